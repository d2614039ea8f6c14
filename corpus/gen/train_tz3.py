"""train/tz3: data protection in plain words, beside its look-alikes, part 3.
Castle Brampton CLP, an invented Midlands market-town seat (Castle, Priory, Brampton Fields,
Newbold, Sheepwash, Upper Holme, and the village of Fenny Marston). All content hand-written.

33 data-protection messages (a dead father's phone, casework data used for campaigning, a quiz
invitation with every address in To:, a clipboard left at a polling station, a loft full of old
membership cards, medical details in the minutes, "LIVES ALONE" on a sheet left on a wall, a
long letter from a retired teacher, a few formal requests); 13 safety messages where personal
details are used to intimidate; 14 ordinary queries about personal details."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tz3", seed=6203)
c.clp = ("Castle Brampton CLP", "Carys Whitlock", "secretary@castlebramptonlabour.org.uk")
P = c.person
SEC = "Carys Whitlock <secretary@castlebramptonlabour.org.uk>"
NL = ("dp-no-legal-words",)
LG = ("dp-legal",)
QD = ("confuser", "query-about-details")

# ================================================================ data-protection

# D1 one line
c.add("data-protection", subject="Re: Can we count on you?", sender=P("Lee", "Marriott", "live.co.uk"),
      tags=NL + ("unsubscribe-by-human",),
      body="""Not interested. Off the list please.""")

# D2 dead father's phone, grandson has it
c.add("data-protection", subject="this was my dad's phone", sender=("Jordan Pollard", "jpollard.07700@gmail.com"),
      tags=NL + ("bereavement", "unsubscribe-by-human"),
      body="""hi, the texts you keep sending to "Ken" are coming to me. Ken was my dad, he died last year and I kept his number. every time one comes through saying "Hi Ken!" it's a bit of a kick in the teeth tbh. please take him off. thanks""")

# D3 councillor used pothole report number for campaigning
c.add("data-protection", also=["complaint"], subject="I reported a pothole, not signed up to Labour", sender=P("Rebecca", "Ashdown"),
      tags=NL + ("how-did-you-get", "casework-misuse"),
      body="""Dear Ms Whitlock,

In March I emailed Cllr Ian Colley about a pothole on Tanyard Lane and gave my mobile number so he could ring me. He did, it got fixed, I was grateful.

Last night I got a text: "Hi Rebecca, it's Ian Colley, your Labour councillor - I'm standing again on 7 May, can I count on your support? Reply YES." 

I gave him my number as my councillor for a pothole, not as a Labour candidate for his campaign. I don't think that's right and I'd like it taken off whatever campaign list it's been put on. I'd also quite like to know if my email's gone on one too.

Rebecca Ashdown""")

# D4 quiz invite with everyone in To:, sarcastic IT worker
c.add("data-protection", subject="Re: Quiz night!!! Fri 21st", sender=P("Sunil", "Varma"),
      tags=NL + ("breach", "cc-line", "quoted"),
      body=c.quote_reply(
          """Sounds fun Pam, but just FYI you've put 63 people's personal email addresses in the To field, so we've all now got each other's. One of them is already being used - I've had a "hi fellow comrade, are you interested in crypto" from someone on the list.

Bcc is your friend! Happy to show anyone how, I do this for a living.

Sunil""",
          """Hi everyone!!

Castle Brampton Labour QUIZ NIGHT, Friday 21st at the Black Swan, 7.30 for 8. Teams of up to 6, £5 each, raffle, bring your brains!!

Pam x
Social Secretary""", quoted_from="Pam Hextall <pamhextall@btinternet.com>", style="gmail"))

# D5 Lib Dem teller returns clipboard left at polling station
c.add("data-protection", subject="Your clipboard - Sheepwash polling station", sender=("Martin Oakes", "martin.oakes@libdems-example.org.uk"),
      tags=NL + ("breach", "found-document"),
      body="""Dear Ms Whitlock,

Political opponents we may be, but I thought you'd rather hear this from me than from anyone else.

When I finished my stint telling at the Sheepwash Methodist Hall polling station on Thursday, your team's clipboard was left on the tellers' table. It contains several pages of what I assume is your knocking-up list for Sheepwash: names, addresses, and what look like support codes and "PV" marks. I haven't read it beyond seeing what it was, and neither has anyone on our side.

I've put it in a sealed envelope. Happy to drop it at your office or hand it to any of your people. Let me know.

Best regards,
Martin Oakes
Castle Brampton Liberal Democrats""")

# D6 family finds boxes of old membership records in the loft
c.add("data-protection", subject="Mum's Labour Party papers", sender=P("Graham", "Everitt"),
      tags=NL + ("found-document", "old-records"),
      body="""Hello,

My mother, Doreen Everitt, was secretary of the Newbold branch for many years (I think from about 1985 until 2010). She died in the summer and we're clearing her house.

In the loft there are four boxes of Labour Party papers: minute books, which I imagine you'd want, but also card-index boxes of members with names, addresses, phone numbers and notes, canvass books going back to the 1990s with people's names and how they voted, and a folder of letters from members about all sorts including personal troubles.

I don't want to just put it in the recycling with people's names on it. And I don't want to read it either. What should we do with it? Is there someone who can collect it, or should we shred it?

Graham Everitt""")

# D7 dad angry about son's school photo on MP's social media
c.add("data-protection", also=["complaint"], subject="My son's photo on the MP's Twitter", sender=P("Craig", "Fenton"),
      tags=NL + ("published-without-consent", "child-photo"),
      body="""Who gave permission for my lad to be in Sarah Okafor MP's Twitter post about "fixing our schools"? Photo taken outside Priory Juniors at home time, him in his uniform with the school badge showing and his face front and centre. 11k views.

Nobody asked me. Nobody asked his mum. The school says they didn't know anything about it.

Take it down. And don't do it again with anyone's kids without asking the parents. I don't care what your politics are, it's not on.

Craig Fenton""")

# D8 parent: 16-year-old's number in WhatsApp, adults messaging
c.add("data-protection", subject="My son's number in your WhatsApp group", sender=P("Fiona", "Drake"),
      tags=NL + ("breach", "whatsapp", "minor"),
      body="""Dear Carys,

My son Ollie is 16 and joined Young Labour in September. He was added to a WhatsApp group called "Castle Brampton Activists" which has around 120 people in it, mostly adults, and every number is visible.

Two adult men from the group have since messaged him privately. I've read the messages (with his permission) and I don't think either meant anything bad - one asked him to help with leaflets, one sent him a long political article at midnight - but I was alarmed that grown men he's never met have his number and are messaging him directly.

Please can you make sure young members aren't put in open groups with their numbers showing, and take Ollie out of that one. I'd rather anything for him came through me or through the youth officer.

Fiona Drake""")

# D9 law student formal SAR
c.add("data-protection", subject="Data Subject Access Request (Article 15 UK GDPR) - Ms Anya Kowalczyk", sender=P("Anya", "Kowalczyk"),
      tags=LG + ("access-request",),
      body="""Dear Sir/Madam,

I am writing to exercise my right of access under Article 15 of the UK General Data Protection Regulation.

Please provide me with:
1. confirmation of whether or not personal data concerning me is being processed by the Castle Brampton Constituency Labour Party;
2. a copy of that personal data;
3. the purposes of the processing;
4. the categories of personal data concerned (including any special category data such as political opinion);
5. the recipients or categories of recipient to whom the data has been or will be disclosed;
6. the envisaged retention period or the criteria used to determine it;
7. where the data was not collected from me, any available information as to its source.

For identification: I have lived at 22 Keepers Walk, Brampton Fields, since 2023, and was a member of the party from March 2024 to January 2025. I enclose nothing further at this stage but will provide proof of identity if reasonably requested.

I look forward to your response within one month of receipt, as required by Article 12(3).

Yours faithfully,
Anya Kowalczyk""")

# D10 one-line GDPR
c.add("data-protection", subject="GDPR request", sender=P("Dominic", "Shaw", "outlook.com"),
      tags=LG + ("access-request",),
      body="""Under GDPR Article 15 I'm requesting a copy of all personal data you hold on me. Name and address as below. Please confirm receipt.

D. Shaw, 5 Mortimer Close, Castle Brampton""")

# D11 independent councillor: Labour leaflet published his medical info; legal words
c.add("data-protection", also=["complaint"], subject="Your Upper Holme leaflet - my health", sender=("Cllr Roger Tebbutt (Independent)", "roger.tebbutt@upperholme-parish.example.org"),
      tags=LG + ("published-without-consent", "special-category"),
      body="""Ms Whitlock,

Your Upper Holme leaflet, delivered this week, says that I "have missed half of all council meetings this year" and adds, in brackets, "(Cllr Tebbutt has been receiving treatment for cancer - we wish him well, but Upper Holme deserves a full-time councillor)".

I have not made my diagnosis public. I told the council clerk in confidence when I sent my apologies. I do not know how your party came to know it, but I can think of only a handful of people who could have told you.

Information about my health is special category personal data under the UK GDPR. Publishing it to 1,800 households to make a political point is, I think, both unlawful and contemptible. I require you to (a) withdraw the leaflet from further delivery and from your website, (b) tell me the source of the information, and (c) confirm whether you intend to report the matter to the ICO yourselves, because I intend to.

Roger Tebbutt""")

# D12 retired man, what have you got on me
c.add("data-protection", subject="What's on my file?", sender=P("Barry", "Lightfoot", "btinternet.com"),
      tags=NL + ("access-request",),
      body="""Hello Carys,

Been reading in the paper about how much the parties know about voters - which magazines you read, what car you drive, all that. Got me wondering. I've been a member since 2017, go to most branch meetings in Newbold, done a bit of leafleting.

What does the party actually have on me? Is it just my name and address and that I pay my subs, or is there more to it - what I've said on the doorstep, how likely I am to vote, and so on? Not bothered either way really, just nosy. If there's a way to see it I'd like to.

Cheers
Barry""")

# D13 petition photo on Facebook group shows names and addresses
c.add("data-protection", subject="your facebook post of the petition", sender=P("Tina", "Gorman", "hotmail.co.uk"),
      fmt="html", tags=NL + ("published-without-consent", "html-only", "social-media"),
      body="""Hi,

The Castle Brampton Labour Facebook group has posted a photo of "our brilliant petition stall" and you can zoom in and read the petition sheet on the table. My name and full address are the third line down, with my signature. So are about fifteen other people's.

Please crop it or take it down. I signed a petition about the swimming baths, I didn't expect my address to end up on Facebook.

Tina Gorman""")

# D14 man: ex keeps asking the CLP to forward post - do not give address
c.add("data-protection", subject="Please don't pass my details to my former partner", sender=P("Daniel", "Oyelowo"),
      tags=NL + ("protective", "ex-partner"),
      body="""Hello Carys,

I'm a member in Priory branch. I've just separated from my partner and moved out. I've been told by a friend in the branch that my ex has been in touch with Cllr Bassi's office and with the branch secretary, saying she needs my new address to "forward some post" and asking if they know where I am now.

I'd be grateful if nobody in the party passes on my new address or phone number to her, or confirms where I'm living, even if asked nicely. Any post for me can be handed to the party office and I'll collect it. There's no drama, it's just that we're going through solicitors and I'd like to keep things that way.

I've updated my address with the national party directly. Could you just make sure Priory branch and the councillor's office know?

Thanks,
Daniel""")

# D15 Urdu-speaking mother, 15-year-old daughter on list
c.add("data-protection", subject="my daughter name", sender=P("Nasreen", "Akhtar", "gmail.com"),
      tags=NL + ("minor", "how-did-you-get", "non-native"),
      body="""Hello

My daughter Aleena she is 15 years. Today she receive email from Castle Brampton Labour "join us at the youth hustings". She say she did not give her email, maybe her friend put her name in the paper at school debate club? She is too young for politic I think. Please remove her name and email from your list and please tell me what you have of her.

Nasreen Akhtar (mother)""")

# D16 Portuguese, WhatsApp messages without giving number
c.add("data-protection", subject="Messages in WhatsApp", sender=P("Luana", "Ferreira", "hotmail.com"),
      tags=NL + ("how-did-you-get", "non-native", "unsubscribe-by-human"),
      body="""Hello, good evening

I am receiving messages in WhatsApp from "Castle Brampton Labour 🌹" about the elections and one meeting in the library. I never gave my number to the Labour. I work in the care home in Newbold, maybe one colleague gave? I don't know.

Please can you remove my number from this list? I am not angry, I only don't want receive.

Thank you very much
Luana Ferreira""")

# D17 medical reason in circulated minutes
c.add("data-protection", subject="My apologies in the minutes", sender=P("Susan", "Henshaw"),
      tags=NL + ("breach", "minutes", "special-category"),
      body="""Carys,

The Brampton Fields branch minutes went round by email yesterday to everyone on the branch list and to the Castle Brampton Chronicle's "community news" contact (why is the paper on the branch list?).

Under apologies it says "Sue Henshaw (chemotherapy)".

I told Val why I couldn't come in a private text. I haven't told most of my friends yet, let alone 80 people in the branch and a journalist. I'm not cross with Val, she was being kind, but can you please get it taken out of the minutes, send a corrected version, and ask people to delete the first one? And take the newspaper off the list.

Sue""")

# D18 councillor wrong-recipient email with housing case
c.add("data-protection", subject="Sent a resident's case to the wrong Sue", sender=("Cllr Maggie Drury", "maggie.drury.cllr@castlebramptonlabour.org.uk"),
      tags=NL + ("breach", "councillor-report", "wrong-recipient"),
      body="""Carys - quick one, but I need to own up.

This morning I forwarded a resident's housing case (Mrs P on Newbold Rise, with her letter from the hospital about her son's mental health and the housing association's reply) to "Sue" - meaning Sue at the housing association - and the email autocompleted to Sue Henshaw in Brampton Fields branch.

I've rung Sue H and she's deleted it, she's lovely about it. I haven't told Mrs P yet. Do I have to? And do I need to tell anyone else - the council's data person, the party? I've no idea what the rules are for councillor casework.

Maggie""")

# D19 leaving over Gaza, delete everything
c.add("data-protection", also=["other"], subject="resignation and delete my data", sender=P("Imran", "Sadiq"),
      tags=NL + ("erasure", "leaving"),
      body="""Carys

I've resigned my membership today. I'm not going to go over the reasons, everyone knows them.

Delete everything. And I mean everything - membership record, my phone and email, the Priory branch list, the WhatsApp groups (I've left them but my number's still in the history), the canvassing notes about my family, the Christmas card list, the donor list from when I gave £50 for the by-election. I don't want to be contacted by Labour again, by anyone, for anything, including "we miss you" letters.

Imran Sadiq""")

# D20 canvass sheet left on wall, "LIVES ALONE, ELDERLY"
c.add("data-protection", subject="paper left on my wall", sender=("Vera Simmonds", "verasimmonds@aol.com"),
      tags=NL + ("breach", "vulnerable", "elderly"),
      body="""Dear Sirs

On Saturday two of your canvassers came to my door on Abbey Walk. I did not answer as I don't open the door to people I don't know. When I looked out later there was a sheet of paper left on my front wall weighted with a stone.

It has a list of the houses on Abbey Walk and by mine it says "No.9 - LIVES ALONE, ELDERLY, widow, won't answer, try PV". Anybody walking past could have picked it up. I am 84. I do live alone. I do not want people knowing that.

My nephew says I should send it to somebody. I have it here. What do you want me to do with it and why do you write these things down about people?

Vera Simmonds (Mrs)""")

# D21 webform, widow, stop phoning
c.add("data-protection", subject="New submission: Get in touch", sender=c.form_robot(),
      reply_to=("Patricia Lowe", "patlowe1949@gmail.com"),
      tags=NL + ("unsubscribe-by-human", "webform", "bereavement"),
      body=c.webform({
          "Name": "Patricia Lowe",
          "Email": "patlowe1949@gmail.com",
          "Ward (if known)": "Castle",
          "Message": "Please stop phoning my house asking for my husband Alan. He passed away in January. I have asked twice on the phone, this is the third time. Please take him off and please take me off too, I will read the leaflets.",
          "How did you hear about us?": "",
      }, form="Get in touch"))

# D21b quoted: why does regional office need my details
c.add("data-protection", subject="Re: Your request", sender=P("Harvey", "Coombes"),
      tags=NL + ("erasure", "quoted"),
      body=c.quote_reply(
          """Why does the regional office need my details? I asked you to delete them, not send them to more people. I just want deleting. I'm not sure why that requires a committee.""",
          """Hi Harvey,

Thanks for your message. The CLP doesn't hold the main membership database - that's held nationally - so I've passed your name, address and email on to the regional office and the party's data team so they can deal with your request.

Best wishes,
Carys""", quoted_from=SEC, style="gmail"))

# D22 letter to the paper on website with street name
c.add("data-protection", subject="My letter to the Chronicle is on your website", sender=P("Norman", "Beasley"),
      tags=NL + ("published-without-consent",),
      body="""I wrote a letter to the Castle Brampton Chronicle about the bus station closure. The Chronicle printed it as "N. Beasley, Sheepwash". Fair enough.

Your website has now reproduced it on a page called "What local people are saying", with my full name and "Cobbler's Row, Sheepwash" underneath. The Chronicle never printed my street. Where did you get it from?

Remove my street please. And ask next time.

N. Beasley""")

# D23 teenager, photo on leaflet from climate march
c.add("data-protection", subject="pic of me on ur leaflet", sender=("Maisie", "maisie.t.xo@icloud.com"),
      tags=NL + ("published-without-consent", "noisy"),
      body="""hiya my mum says ur new leaflet has a pic of me at the climate march in the market square holding my sign, nobody asked me or her and im 14. can u take it off the website version and not use it again pls. its not that im not on ur side i just dont want my face on a leaflet going to every house in brampton fields x""")

# D24 forwarded: Reform campaigner has the branch email list
c.add("data-protection", subject="Fwd: A message for Priory residents", sender=P("Ravinder", "Bassi"),
      tags=NL + ("forwarded", "breach", "suspected-leak"),
      body=c.forward(
          """Carys - this went to my personal email, the one I only use for Priory branch. Three other branch members have had it too, same addresses as on the branch email list. I think our list has got out. Who had a copy? Can we check?

Ravinder""",
          """Dear Priory resident,

Fed up with Labour taking Castle Brampton for granted? You're not alone. Join us at the Priory Tavern on Thursday to hear from Reform UK's candidate for Priory ward.

Castle Brampton Reform UK""",
          "Castle Brampton Reform <cbreform2026@gmail.com>", "A message for Priory residents"))

# D26 business, shared office address, html
c.add("data-protection", subject="Please remove info@ address", sender=("Brampton Veterinary Centre", "info@bramptonvets.example.co.uk"),
      fmt="html", tags=NL + ("unsubscribe-by-human", "html-only"),
      body="""Good morning,

We keep receiving your party newsletters and campaign emails at our practice's general info@ address, which is read by all our reception staff. I presume someone signed it up at some point, possibly a former employee.

We are a veterinary practice and we don't want party political material coming into our shared inbox. Please remove this address from all your lists.

Kind regards,
Reception Team
Brampton Veterinary Centre""")

# D27 officers' list: donations spreadsheet shared with anyone-with-link
c.add("data-protection", subject="[cb-officers] Donations spreadsheet was public - fixed", sender=("Olusegun Bakare", "treasurer@castlebramptonlabour.org.uk"),
      headers=c.list_headers("cb-officers", domain="lists.castlebramptonlabour.org.uk", precedence=False),
      tags=NL + ("breach", "list"),
      body="""Officers,

I was tidying the shared drive last night and found that the "Donations 2024-26" sheet had its sharing set to "anyone with the link can view". It was like that from when we were collecting the by-election pledges in spring, I think because the link got put in a group email so people could add their pledge.

It has donors' names, addresses, amounts, and for about twenty people their bank reference. Drive says it's been opened by 14 "anonymous" viewers over the months.

I've locked it down to us four. I don't know whether the anonymous viewers were just members who had the link or someone else. What do we need to do now - does this go to regional? Can we discuss at Tuesday's officers' meeting?

Segun
Treasurer

--
cb-officers mailing list
cb-officers@lists.castlebramptonlabour.org.uk""")

# D28 legal objection to direct marketing, privacy activist
c.add("data-protection", subject="Notice: objection to direct marketing and request for source of data", sender=("Hugh Carver", "hugh.carver@privacy-minded.example.net"),
      tags=LG + ("objection", "unsubscribe-by-human"),
      body="""NOTICE

To: Castle Brampton Constituency Labour Party

1. I object, pursuant to Article 21(2) and (3) UK GDPR, to any processing of my personal data for direct marketing purposes, which includes political campaigning communications addressed to me by name by post, telephone, text message or email.

2. I notify you, for the purposes of regulation 21 and 22 of the Privacy and Electronic Communications (EC Directive) Regulations 2003, that I do not consent to unsolicited calls or electronic mail for direct marketing.

3. Pursuant to Article 14 and Article 15(1)(g), please tell me the source from which my telephone number was obtained. I received a call on it on 3 November from a volunteer identifying themselves as calling "for Castle Brampton Labour". The number is not on the electoral register and I have never supplied it to you.

4. Please confirm that my details have been added to a suppression list so that the objection is respected in future.

Hugh Carver
Fenny Marston""")

# D29 support worker for client with learning disabilities
c.add("data-protection", subject="Calls to my client - please stop", sender=("Kelly Brough", "kelly.brough@brightpath-support.example.org.uk"),
      tags=NL + ("unsubscribe-by-human", "vulnerable", "third-party-request"),
      body="""Hello,

I'm a support worker with Brightpath, writing on behalf of one of the people I support, who lives in supported housing in Castle ward. She has a learning disability and she's given me permission to write this.

She's had several phone calls and a doorstep visit from Labour volunteers in the last fortnight. She finds calls from people she doesn't know very stressful and after the last one she was convinced she'd "signed up" to something and would have to pay. She wants to vote and will, but she doesn't want any phone calls or visits.

Can she be taken off the phone and door lists? Letters are fine. I can give you her name and address over the phone rather than by email if that's better.

Kind regards,
Kelly Brough
Support Worker, Brightpath""")

# D30 member: why does the ward councillor have my personal mobile
c.add("data-protection", subject="Cllr Tomlin ringing my mobile", sender=P("Sinead", "Maguire"),
      tags=NL + ("how-did-you-get", "internal"),
      body="""Carys,

I only ever gave my mobile number to you, for the CLP phone tree, and I asked at the time that it not be passed round. Last week Cllr Leah Tomlin rang it to ask me to nominate her for the county selection. Nice enough call, but how did she get it? Has the phone tree list been given to candidates? If so, I'd like my number off it and I'd like to know who else has it.

Sinead""")

# D31 long rambling retired teacher (600+ words)
c.add("data-protection", subject="A long-overdue letter about lists", sender=("Miss Hilary Stone", "hilary.stone1951@talktalk.net"),
      tags=NL + ("long", "elderly", "erasure", "unsubscribe-by-human"),
      body="""Dear Ms Whitlock,

I must apologise in advance because this will be long. I taught English at Brampton Grammar (as was) for thirty-four years and I have never in my life been able to write a short letter, as generations of Year 10s could tell you.

I am writing about lists. Specifically, the lists I appear to be on, and how I came to be on them, and how I might cease to be on them.

Some history, so that you understand I am not a crank. I joined the Labour Party in 1974 in Coventry, and I was a member there and then here, in Castle ward, more or less continuously until 2019, when I let my membership lapse for reasons I will not go into except to say that they were about the conduct of a particular branch meeting and not about the party's policies. I have not rejoined. I vote, and I have usually voted Labour, and I expect I usually will.

Since 2019 I have received, and I have kept them in a shoebox because I am that sort of person: eleven letters addressed to me as a member, including two invitations to the AGM; three "we miss you" letters; a birthday card from a councillor (in 2022 - I cannot think how he knew my birthday, unless it was from my membership record, which I thought would have been closed); and a Christmas card every year from the MP's office, which is kind but which I would have expected to stop.

I have also received telephone calls. In the 2024 general election I had, by my own count, seven calls, all asking whether I would vote Labour, and on one occasion a young man told me that I was "down as a strong Labour" and asked if I would give a lift to "other elderly supporters" on polling day. I was touched, in a way, and mildly offended, in another. I am seventy-five and perfectly capable of driving, but I do not want to be on a list of "elderly supporters" that is handed to young men I have never met.

Then last month came the thing that has actually prompted this letter. My neighbour, who volunteers for your party, mentioned over the fence that she had seen my name "on the list for Castle ward" with a note beside it. She would not say what the note was, which was tactful of her, but has of course made me imagine all kinds of things. "Difficult"? "Ex-member, sulking"? "Lives alone, cats"? I have no idea. I would very much like to know.

So I have three requests, and I will number them because old habits die hard:

1. Please tell me what information about me you have: on the membership side, on the canvassing side, and anywhere else. I should particularly like to know what the note says.

2. Please take me off the membership lists altogether - I am not a member, and have not been since 2019 - and off every telephone list. I am happy to receive leaflets through the door like everybody else, and if you must write to me at election time, do so by post, addressed to "The Occupier" if need be.

3. Please ask whoever is responsible for the Christmas cards and the birthday cards to stop. I do not mean to sound ungrateful.

I do not want anybody to get into trouble over this. I have no doubt the people involved were doing their best. But it has been seven years, and I think it is reasonable to expect that a person who has left an organisation is allowed to have left it.

I am in most mornings if anyone would rather telephone - but, given the subject of this letter, perhaps not.

With kind regards,

Hilary Stone (Miss)
Castle ward""")

# D32 former staffer, erasure of photos, legal
c.add("data-protection", subject="Request for erasure - photographs and personal details on CLP channels", sender=P("Megan", "Yardley"),
      tags=LG + ("erasure", "published-without-consent"),
      body="""Dear Carys,

As you know I worked as the CLP's campaign organiser on a fixed-term contract until August. I'm now working in a politically restricted post in the civil service, and I need my association with the party to be removed from public channels as far as possible.

Under Article 17 UK GDPR, I request the erasure of:
- photographs of me on the CLP website, Facebook page, Instagram and X accounts, including the "meet the team" page;
- my name and former work phone number on the "contact us" page and in any downloadable documents;
- my personal mobile number, which I understand is still on the volunteer coordinators' list.

I am not asking for the deletion of historic minutes or financial records where I am named as an employee, which I understand you need to keep.

Grateful for confirmation once done. I'm happy to talk it through.

Best wishes,
Megan Yardley""")

# D33 short, someone else's canvass record via the app
c.add("data-protection", subject="app showing me my neighbours' details", sender=P("Tom", "Hewitt"),
      tags=NL + ("breach", "someone-elses-data"),
      body="""Carys, quick heads up. I logged into the canvassing app this morning for my Upper Holme walk and it's given me access to the whole of Castle ward instead, including phone numbers and notes on every house - including my own street and my own family. Doesn't seem right that any volunteer can see all that. I've logged out. Might want to check the permissions. Tom""")

# ================================================================ safety

# S1 nomination papers
c.add("safety", subject="Brampton Fields", sender=("Local Voter", "bfvoter@proton.me"),
      tags=("doxxing", "implicit", "veiled"),
      body="""Nomination papers are public, Leah. 31 Brampton Fields Road. The house with the trampoline in the back garden.

See you soon.""")

# S2 webform, councillor's daughter's school
c.add("safety", subject="New submission: Get in touch", sender=c.form_robot(),
      reply_to="noreply@none.invalid",
      tags=("webform", "implicit", "veiled", "child"),
      body=c.webform({
          "Name": "Priory Parent",
          "Email": "noreply@none.invalid",
          "Ward (if known)": "Priory",
          "Message": "Cllr Bassi's daughter goes to Priory Juniors doesn't she. Year 4. Pick up is 3.15 I believe and it's usually the grandma who collects her. Tell him to think about that before he votes to close the youth centre.",
          "How did you hear about us?": "facebook",
      }, form="Get in touch"))

# S3 chair forwards Telegram channel: councillors' addresses, pay them a visit
c.add("safety", subject="Fwd: Telegram - councillors' addresses", sender=("Des Fenwick", "chair@castlebramptonlabour.org.uk"),
      tags=("forwarded", "doxxing", "third-party-report"),
      body=c.forward(
          """Carys,

A member sent me this screenshot from a Telegram channel called "Brampton Patriots". I've typed it out. It lists every one of our district councillors with their home road and tells people to pay them a visit. I've rung the police and given them the channel name. Can you ring round the councillors tonight so they've heard it from us? I'll do Ravinder and Maggie, you do Ian and Leah.

Des""",
          """LABOUR COUNCILLORS WHO VOTED FOR THE HOSTEL
Bassi - Abbey Walk
Drury - Newbold Lane
Colley - Tanyard Lane
Tomlin - Brampton Fields Road

Time to pay them a visit. Bring a torch. They sleep easy while our kids can't walk to school. Let's see how easy they sleep after this weekend.""",
          "Brampton Patriots (Telegram channel, via screenshot)", "screenshot", style="apple"))

# S4 member harassed after branch list leak; also DP
c.add("safety", also=["data-protection"], subject="Messages since the list got out", sender=P("Priya", "Chauhan"),
      tags=("harassment", "first-person-report"),
      body="""Hi Carys,

I think I'm one of the people whose email was on the Priory list that Reform got hold of. Since that email came round I've been getting messages to my personal address from accounts I don't know. At first it was just political abuse which I can ignore. But in the last week they've started mentioning my husband by name, and last night one said "we know you're the one at number 14 with the Labour sticker on the car. Take it off or we'll take it off for you, and the windscreen with it."

There was a scratch down the side of the car this morning. Could be a coincidence.

I've screenshotted everything. Should I go to the police? And does the party know how the list got out? I'm scared to put the poster back up for the election.

Priya""")

# S5 X notification doxxing secretary
c.add("safety", subject="@BramptonWatch mentioned you", sender=("X", "info@x.com"),
      headers=c.newsletter_headers("X"),
      tags=("social", "doxxing", "pile-on"),
      body="""@BramptonWatch mentioned you

@BramptonWatch: Carys Whitlock @CastleBramptonLab runs the show round here. Drives a little white Fiat 500, parks it outside her place on Orchard Row every night. Thought people should know who to thank for the hostel. 📍

@cbfairplay replying: orchard row, the end terrace? 👀
@tom_cb77 replying: someone should go and thank her in person

View on X

You're receiving this email because you turned on notifications for mentions. Unsubscribe.
X Corp. 1355 Market Street, Suite 900, San Francisco, CA 94103""")

# S6 quoted reply to DP removal with veiled car remark
c.add("safety", subject="Re: Confirmation - you've been removed", sender=("Kev Barlow", "kevbarlow1971@hotmail.co.uk"),
      tags=("quoted", "embedded", "veiled", "implicit"),
      body=c.quote_reply(
          """Good. Took you long enough.

And tell Carys her little white Fiat is very easy to spot on Orchard Row. It'd be a shame if she came out one morning and found it wasn't in one piece. People round here remember who did what.""",
          """Dear Mr Barlow,

As requested, your details have been removed from our mailing lists and you won't receive further communications from Castle Brampton Labour.

Regards,
Carys Whitlock
Secretary, Castle Brampton CLP""", quoted_from=SEC, style="gmail"))

# S7 partner of councillor: man photographing house
c.add("safety", subject="Leah - someone watching the house", sender=P("Matt", "Tomlin"),
      tags=("third-party-report", "following", "stalking", "doxxing"),
      body="""Carys,

Leah asked me to write because she's at work and doesn't want to do it from there.

Since her nomination papers went up with our address on (we didn't know about the opt-out) there's been a man photographing our house. Three times now - twice from across the road on his phone, once from a car. Yesterday he was there when I got back with our two from school. He took a photo of the kids going in. When I walked towards him he got in a blue Corsa and went.

Police have a log number. We've put a camera up. Leah doesn't want to pull out but I want her to. Can the party do anything? Is there someone at regional who deals with candidate safety?

Matt""")

# S8 spaced letters
c.add("safety", subject="orchard row", sender=("n0name", "n0name.cb@gmail.com"),
      tags=("noisy", "doxxing", "implicit"),
      body="""w e  k n o w  w h e r e  y o u  l i v e  c a r y s

orchard row. end terrace. white fiat. ur light goes off at 11.

s e e  y o u""")

# S9 wish-harm with address
c.add("safety", subject="Maggie Drury", sender=("Newbold Born & Bred", "newbold.bb@outlook.com"),
      tags=("wish-harm", "doxxing"),
      body="""Your councillor Maggie Drury shut our library and then went home to her nice house on Newbold Lane like nothing happened. Number 40, the one with the blue gate, everybody knows.

I'd never tell anyone to go round there. But if somebody did, and gave her a taste of what she's done to this estate, I wouldn't be shedding any tears, and I don't think anyone else round here would either.""")

# S10 HTML-only, hanging baskets
c.add("safety", subject="Orchard Cottage", sender=("A well-wisher", "wellwisher.fm@gmail.com"),
      fmt="html", tags=("html-only", "veiled", "doxxing", "implicit"),
      body="""Mr Fenwick,

Lovely hanging baskets at Orchard Cottage, Fenny Marston. I walk past them most days. Your wife's car is usually gone by 8 and you're usually back from the station about half six, so the house is empty most of the day. I'd be careful. Would be a pity if anything happened to the cottage, or to the people inside it, because you couldn't keep your nose out of the village's business.""")

# S11 pub landlord: man reading out names and addresses
c.add("safety", subject="Something you should know - bloke in the pub", sender=("The Black Swan", "blackswan.castlebrampton@gmail.com"),
      tags=("third-party-report", "doxxing"),
      body="""Carys, it's Phil at the Swan. You had your quiz here last month so I've got your email.

Last night a group in the corner had a printout they said was "the Labour members list for Castle ward". One of them was reading names and addresses out loud and the others were saying things like "he wants sorting out" and "I know where that is, I'll go round". I heard at least two names I know are regulars of yours. I asked them to keep it down and they left about 10.

I don't know if it was real or just drunk talk, but I didn't like it, and I thought you'd want to know. I've got CCTV from the bar if the police want it.

Phil""")

# S12 youth officer: pile-on against 17-year-old
c.add("safety", subject="Young Labour member being targeted online", sender=("Jess Okonkwo", "youth@castlebramptonlabour.org.uk"),
      tags=("third-party-report", "pile-on", "doxxing", "harassment"),
      body="""Carys,

I need to flag something urgently. Callum (17, Brampton Fields, you'll remember him from the hustings) spoke at the youth centre protest and a clip of him went round TikTok. Since yesterday a couple of accounts have posted his full name, his sixth form, the bus he gets in the morning and a photo of his house taken from the street. The comments are things like "see you at the bus stop Monday" and "someone teach this kid a lesson".

His mum has been told and is going to the police this afternoon. The school knows. I've reported the accounts.

What can the party do? Does regional have a safeguarding route for under-18 members? I don't want him to be left to deal with this on his own.

Jess
Youth Officer""")

# S13 suspicious item, treasurer's leaflet with eyes scratched out
c.add("safety", subject="Envelope at Segun's house", sender=("Olusegun Bakare", "treasurer@castlebramptonlabour.org.uk"),
      tags=("suspicious-item", "first-person-report", "doxxing"),
      body="""Carys, Des,

This morning there was an envelope on my doormat, hand delivered, no stamp, my name and full address written in capitals. Inside was our 2024 leaflet - the one with my photo as treasurer - with the eyes scratched out and "WE KNOW" written across it. There was also a second, smaller envelope taped inside which I haven't opened.

My address has never been on anything of ours. It was on the donations spreadsheet that was public. I've put everything in a plastic bag and not touched the inner envelope. Police are coming at 2.

Please make sure no one else opens anything like this.

Segun""")

# ================================================================ query (confusers)

# Q1 moving to Fenny Marston
c.add("query", subject="change of address", sender=P("Heather", "Bowles"),
      tags=QD + ("change-of-address",),
      body="""Hi Carys, just to let you know we've moved to Fenny Marston (The Old Forge, Church Lane). Which branch covers the village? Do I need to do anything apart from update it online? H""")

# Q2 new phone number
c.add("query", subject="Updated number", sender=P("Jamal", "Hussein"),
      tags=QD + ("update-phone",),
      body="""Hello,

New phone, new number: 07700 900 558. Could you update it for the phone bank and WhatsApp? The old 07700 900 119 one no longer works.

Thanks,
Jamal (Priory)""")

# Q3 which email do you have
c.add("query", subject="Which email address have you got for me?", sender=P("Alison", "Brightwell"),
      tags=QD + ("which-email",),
      body="""Hi Carys,

I use two addresses - this one (home) and alison.brightwell@brampton-college.example.ac.uk (work). I think the CLP newsletters go to the work one and the national stuff to this one. Could you tell me which one you've got on the branch list? I'd prefer everything to come here.

Thanks,
Alison""")

# Q4 renewal letter in pre-divorce name
c.add("query", subject="renewal letter name", sender=P("Karen", "Oldham", "yahoo.co.uk"),
      tags=QD + ("old-name",),
      body="""Hello,

My renewal letter came in my married name (Karen Pike). I've been Karen Oldham again since the divorce went through last year. How do I change it? Do I do it on the website or do I need to send you something?

Karen""")

# Q5 minutes of the special GC
c.add("query", subject="Special GC minutes", sender=P("Rajesh", "Mistry"),
      tags=QD + ("minutes",),
      body="""Dear Carys,

I couldn't make the special GC on the parliamentary selection timetable. Are the minutes available yet, or will they only be circulated with the next GC papers? If there's a draft I'd be grateful for a copy.

Regards,
Rajesh Mistry
Delegate, Newbold""")

# Q6 CLP officer election, home address?
c.add("query", subject="Nomination for vice-chair - do I need to give my address?", sender=P("Zofia", "Nowicka"),
      tags=QD + ("nomination-address",),
      body="""Hi Carys,

I'd like to stand for vice-chair (membership) at the AGM. The nomination form asks for name, membership number, branch, and address. Does my address get circulated with the nominations to all members? I'm happy to give it to you but I'd rather it wasn't on the AGM papers. What actually gets sent round?

Zofia""")

# Q7 abroad for six months, redirect letters
c.add("query", subject="Away for six months", sender=P("Derek", "Haynes", "btinternet.com"),
      tags=QD + ("change-of-address",),
      body="""Carys,

I'm off to my daughter's in New Zealand from January to July. I'll keep paying subs. Could anything that comes by post go to my son's instead (Paul Haynes, 8 Mill Race, Castle Brampton)? Email will reach me as normal.

Derek""")

# Q8 webform, non-member newsletter signup with different email
c.add("query", subject="New submission: Get in touch", sender=c.form_robot(),
      reply_to=("Chioma Eze", "chioma.eze@gmail.com"),
      tags=QD + ("webform", "which-email"),
      body=c.webform({
          "Name": "Chioma Eze",
          "Email": "chioma.eze@gmail.com",
          "Ward (if known)": "Brampton Fields",
          "Message": "Hi, I signed up for the newsletter at the summer fair with my old uni email which I can't access any more. Can you switch it to this address? I'm not a member (yet!) but would like to hear about events.",
          "How did you hear about us?": "summer fair",
      }, form="Get in touch"))

# Q9 membership number, lost card
c.add("query", subject="Membership number?", sender=P("Patrick", "Flynn"),
      tags=QD + ("membership-number",),
      body="""Hi, I've lost my membership card and need my number to register for the regional conference. Can you tell me what it is, or where I can find it? Thanks, Pat Flynn, Sheepwash""")

# Q10 branch secretary asks for updated contact list; officer query
c.add("query", subject="Upper Holme contact list", sender=P("Gillian", "Croft"),
      tags=QD + ("officer-question",),
      body="""Carys,

As the new Upper Holme branch secretary, could you send me the current branch members' contact list so I can send out notice of our first meeting? The one I inherited is from 2023 and half the emails bounce. Is it something I can download myself from Membersnet now I'm an officer, or do you send it?

Gill""")

# Q11 regional conference registration - address needed?
c.add("query", subject="Regional conference registration form", sender=P("Abdul", "Rahim"),
      tags=QD + ("form-fields",),
      body="""Hi Carys, the registration for regional conference asks for my home address and dietary needs and "any access requirements". Do I fill it in myself online or do you register delegates? And is the address for the pass or something? Thanks, Abdul""")

# Q12 quoted: wife's name spelled wrong
c.add("query", subject="Re: Christmas social - names for the list", sender=P("Colin", "Pearce"),
      tags=QD + ("quoted", "spelling"),
      body=c.quote_reply(
          """Thanks Carys - yes, two tickets please.

By the way, on the branch list my wife is down as "Gillian" but she's "Jillian" with a J. She's been too polite to mention it for three years! Could you change it?

Colin""",
          """Hi Colin, just confirming - is it two tickets for the Christmas social for you and Gillian? Carys""", quoted_from=SEC, style="bottom"))

# Q13 deaf member, text instead of phone
c.add("query", subject="Contact by text please", sender=P("Hannah", "Fairbairn"),
      tags=QD + ("contact-preference", "access"),
      body="""Hi Carys,

I'm profoundly deaf so I can't take phone calls - the phone bank keeps ringing me and I can't answer. Could my record say "text or email only"? I'm very happy to be contacted, just not by voice call. And is there a BSL interpreter at the AGM?

Hannah""")

# Q14 two renewal letters - duplicate record?
c.add("query", subject="Two renewal letters?", sender=P("Neil", "Stoddart"),
      tags=QD + ("duplicate-record",),
      body="""Got two renewal letters this week, one to "N Stoddart" and one to "Neil Stoddart", different membership numbers. Have I accidentally joined twice? Am I paying twice?! Which one do I keep? Neil""")

c.write()
