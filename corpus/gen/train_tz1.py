"""train/tz1: data protection in plain words, beside its look-alikes, part 1.
Sandwick Bay & Carrow CLP, an invented coastal seat (Sandwick harbour town, Carrow, Salthouse,
Eastmoor, North Cliff). All content hand-written.

34 data-protection messages, most with no legal words at all ("take me off", "how did you get
my number", a CC'd list, a canvass sheet left in a pub, a child's photo on Facebook, an ex who
must not get a new address), a few in legal language; 13 safety messages where personal details
are used to intimidate (doxxing, nomination-paper addresses, followed after a leak); 13 ordinary
queries about personal details that are not a data-protection matter."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tz1", seed=6201)
c.clp = ("Sandwick Bay & Carrow CLP", "Lorna Feeney", "secretary@sandwickbaycarrowlabour.org.uk")
P = c.person
SEC = "Lorna Feeney <secretary@sandwickbaycarrowlabour.org.uk>"
MEMSEC = "Bev Ashdown <membership@sandwickbaycarrowlabour.org.uk>"
NL = ("dp-no-legal-words",)
LG = ("dp-legal",)
QD = ("confuser", "query-about-details")

# ================================================================ data-protection

# D1 one line, non-member
c.add("data-protection", subject="stop", sender=P("Terry", "Walker", "sky.com"),
      tags=NL + ("unsubscribe-by-human",),
      body="""Take me off your list. Never voted Labour, never will, don't know how I got on it.""")

# D2 late mother still getting letters
c.add("data-protection", subject="Letters for my mother, Mrs Irene Cattermole", sender=P("Alison", "Cattermole"),
      tags=NL + ("erasure", "bereavement"),
      body="""Dear Sir or Madam,

I hope you don't mind me writing. My mother, Irene Cattermole, of 4 Tern Close, Salthouse, was a member of your party for a very long time, I think since the sixties, and she was very proud of it. She passed away in March.

I have been going in to deal with her post and there is still a steady trickle of things from you - the renewal reminder, a card about the Christmas social at the Anchor, and last week a letter asking her to help with leaflets in Salthouse. I know nobody means any harm and she would probably have laughed, but it is a bit of a jolt each time I open the door and see her name.

Could you please take her off whatever lists she is on so the letters stop? I don't need anything back, I just want it to stop. If you need a copy of the death certificate I can send one but I'd rather not if it isn't necessary.

Thank you for all the kindness people from the branch showed her over the years. Mr Tuttle came to the funeral, which meant a lot.

Alison Cattermole (daughter)""")

# D3 how did you get my number, curt
c.add("data-protection", subject="Text from 'Rachel Ormerod'", sender=("Mike Pengelly", "mpengelly@pengellymarine.co.uk"),
      tags=NL + ("how-did-you-get",),
      body="""I have just had a text on my mobile from "Rachel from Labour" asking if I'll be voting on Thursday. I have never given my mobile number to the Labour Party or to Rachel Ormerod or to anybody else in politics. It's a business number.

Where did you get it? And please delete it.

M. Pengelly
Pengelly Marine Services, The Quay, Sandwick""")

# D4 CC line, quoted original
c.add("data-protection", subject="Re: Harbour & Old Town branch - pier campaign meeting Thursday", sender=P("Naomi", "Brierley"),
      tags=NL + ("breach", "quoted"),
      body=c.quote_reply(
          """Hi Bev,

Not to make a fuss but you've put all of us in the To box, not BCC - I can see about 90 addresses including mine, which is my work one, and I think I can see at least two people who I know for a fact don't want it known they're members (one is a teacher at the high school, one works at the council).

Someone has already replied all with "count me in!" so it's going round.

Could you send something asking people to delete it and use BCC next time? Sorry. I know you do loads.

Naomi""",
          """Dear all,

Just a reminder that the Save Sandwick Pier planning meeting is this Thursday at 7.30pm in the back room of the Fisherman's Rest. We'll be sorting the petition stall rota and the letter to the county council.

Please bring clipboards if you've got them!

Bev
Membership Secretary
Harbour & Old Town branch""", quoted_from=MEMSEC, style="gmail"))

# D5 canvass sheet in the pub
c.add("data-protection", subject="Your paperwork", sender=("The Lugger Inn", "thelugger.sandwick@btinternet.com"),
      tags=NL + ("breach", "found-document"),
      body="""Hello,

This is Dennis at the Lugger on Quay Street. Found a clipboard on the bench seat by the fruit machine at closing last night with a Labour Party logo on the top sheet. Looks like a list for Marine Parade and Cliff Road, names and house numbers and ticks and letters in columns, some have notes written on like "dog" and "not in, try Sat", one says "husband rude, wife L".

I've put it behind the bar in an envelope. I haven't shown it anyone but my barmaid saw her own nan's name on it and wasn't best pleased so you may hear about that.

Can someone come and get it? I'm in from 11.

Dennis""")

# D6 child's photo, html-only
c.add("data-protection", subject="Photo of my son on your Facebook page", sender=P("Kayleigh", "Roper"),
      fmt="html", tags=NL + ("published-without-consent", "html-only", "child-photo"),
      body="""Hi,

Your page "Sandwick Bay & Carrow Labour" has posted photos from the Carrow fun day on Saturday. One of them is my son Alfie (he's 6) on the bouncy castle, with his face right in the middle of it and the caption "future Labour voters!! 🌹".

Nobody asked me. I would have said no. We have reasons in our family why we don't put the kids online, and his school has a no-photos policy for the same reason.

Can you take it down today please and let me know when it's done. I don't want it shared any further.

Kayleigh""")

# D7 WhatsApp group exposed numbers
c.add("data-protection", subject="the leaflet whatsapp", sender=P("Gemma", "Stannard", "icloud.com"),
      tags=NL + ("breach", "whatsapp"),
      body="""Lorna hi

I joined the "Eastmoor Leaflets 🌹" whatsapp that Kieran set up for the county election. Didn't realise until today everyone in it can see everyone's number, there are 60 odd of us.

Since then I've had a bloke from the group messaging me privately trying to sell me solar panels (he's added me to his business broadcast list too) and another one who keeps sending me good morning messages with flowers. Nothing nasty but I didn't sign up for that, I signed up to deliver leaflets.

Can the group be changed so people can't see each others numbers, or made into a community or whatever it is? And can you ask them to take me off their lists. I'd rather not message them myself.

Gem x""")

# D8 subject access, legal words
c.add("data-protection", subject="Subject Access Request - Mr Roland Voss", sender=("Roland Voss", "roland.voss@protonmail.com"),
      tags=LG + ("access-request",),
      body="""To the Secretary, Sandwick Bay & Carrow Constituency Labour Party

SUBJECT ACCESS REQUEST UNDER ARTICLE 15 UK GDPR

I am a former member of the Labour Party (membership lapsed approximately 2022) and I reside in the Harbour ward.

I hereby request, under Article 15 of the UK General Data Protection Regulation and section 45 of the Data Protection Act 2018 insofar as applicable, a copy of all personal data concerning me which is processed by the Constituency Labour Party, its officers acting in that capacity, and any branch thereof, including but not limited to:

1. membership records and any notes attached to them;
2. canvass and voter-contact records, including any "voting intention" codes or free-text notes entered in Contact Creator or any successor system, or recorded on paper;
3. emails, messages (including WhatsApp, Signal or SMS) and minutes in which I am named or identifiable;
4. the purposes of the processing, the recipients to whom my data has been disclosed, the retention period, and the source of any data not collected from me.

I understand that the Labour Party nationally may be the controller for some of this data. If so, please forward this request to the appropriate person and confirm to me that you have done so.

I expect a response within one calendar month of receipt. Please acknowledge this email.

Roland Voss""")

# D9 solicitor, long, legal
c.add("data-protection", also=["complaint"], subject="Our client: Mrs Patricia Hendry - disclosure of personal information in published minutes",
      sender=("Carrick Lomas Solicitors", "enquiries@carricklomas-law.co.uk"),
      tags=LG + ("published-without-consent", "erasure", "solicitor"),
      body="""Our ref: CL/PH/4471
Your ref: none

Dear Madam,

Re: Mrs Patricia Hendry, 17 Samphire Way, Carrow

We are instructed by Mrs Hendry in connection with the publication of her personal information by the Sandwick Bay & Carrow Constituency Labour Party.

We understand the facts to be as follows. Mrs Hendry, who is not and has never been a member of the Labour Party, attended a public meeting organised by the Carrow branch on 14 May concerning the proposed holiday-let development at Carrow Fields. During that meeting she spoke, in some distress, about her own housing circumstances, including the fact that she is currently the subject of a possession claim, and about a health condition which affects her ability to move.

On or about 2 June, a document headed "Notes of Carrow Fields public meeting" was uploaded to the Party's website at the address sandwickbaycarrowlabour.org.uk/news and was also shared on the branch's public Facebook page. The document names our client in full, records her address (which she gave to an attendance sheet at the door on the understanding that it was for the purpose of being kept informed about the campaign), and summarises in some detail both her housing situation and her health condition.

Our client was not asked whether she consented to any of this information being published, and she did not consent. She was made aware of the publication by a neighbour. She has since received comments from people in the village which have caused her considerable embarrassment and distress. Information about her health is special category data, and its publication in this way was, in our view, without any lawful basis under the UK GDPR and the Data Protection Act 2018.

Our client's requirements are as follows:

1. That the document, and any copy of it on any website, social media page, mailing list or messaging group under the control of the CLP or its branches, be removed within 48 hours of the date of this letter, and that you confirm in writing that this has been done.

2. That you confirm what other personal data concerning our client is held by the CLP or its branches (including the attendance sheet) and that, save for any data which you are legally obliged to retain, it be erased, pursuant to Article 17 UK GDPR.

3. That you identify to us who authorised the publication, and what steps the CLP proposes to take to ensure that information of this kind is not published again.

4. That you confirm whether the incident has been, or will be, reported to the Information Commissioner's Office.

We would add that our client does not wish this matter to become any more public than it already has, and she would prefer it to be resolved quickly and quietly. However, she reserves all her rights, including the right to complain to the Information Commissioner and to seek compensation under Article 82 UK GDPR for the distress she has suffered.

We understand that the CLP is an unincorporated association and that the Labour Party may be the controller of some or all of the data in question. We are therefore copying this letter to the Party's Data Protection Officer. Please nevertheless treat it as addressed to you, as the CLP officers are plainly responsible for the local website and social media.

We look forward to hearing from you by return.

Yours faithfully,

Carrick Lomas Solicitors
12 Bridge Street, Sandwick

This email and any attachments are confidential and may be legally privileged. If you have received it in error please notify the sender immediately and delete it. Carrick Lomas Solicitors is authorised and regulated by the Solicitors Regulation Authority.""")

# D10 Polish, delete my data
c.add("data-protection", subject="please delete", sender=P("Agnieszka", "Wróbel", "wp.pl"),
      tags=NL + ("erasure", "non-native"),
      body="""Good morning,

I was member of Labour from 2019 to 2021 when I live in Sandwick, now I am back in Poland from one year. I still receive emails from you about meetings and also sms. Please delete all my informations from your computer, my telephone and my email and my address (old address Eastmoor Road 112). I not need nothing more.

Thank you and good luck,
Agnieszka Wróbel""")

# D11 what do you have on me, chatty
c.add("data-protection", subject="Curious...", sender=P("Keith", "Bramble", "btinternet.com"),
      tags=NL + ("access-request",),
      body="""Hello there,

Bit of an odd one. I left the party a few years back (Corbyn era, won't bore you with why) and rejoined last year. When I went to the Carrow branch meeting a chap I've never met said "oh you're the one who left over the antisemitism business" - which isn't even why I left!

Made me wonder what's actually written down about me somewhere. Is there a file? Notes from when I resigned? Can I see whatever you've got, whatever it is, so I know what people are reading about me before they've met me?

Not cross, just would like to know.

Cheers,
Keith Bramble""")

# D12 councillor reports breach - lost folder on bus
c.add("data-protection", subject="Lost casework folder - need advice today please", sender=("Cllr Dawn Pickersgill", "dawn.pickersgill@sandwickbaycarrowlabour.org.uk"),
      tags=NL + ("breach", "councillor-report"),
      body="""Lorna,

I'm so sorry, I've done something stupid. I left my green folder on the 14 bus coming back from County Hall yesterday teatime. I rang the bus depot this morning and they haven't got it.

What was in it: printouts of about a dozen casework emails from Harbour ward residents - housing repairs, a couple of benefits ones, one about a lad's school exclusion, and the one about Mrs B's son and the police. Names, addresses, phone numbers, some of it quite personal. Also my surgery sign-in sheet from Saturday.

I know I'm supposed to tell someone. I don't know who. Is it you, the regional office, the council, or all of them? The casework is council casework but the sign-in sheet has a Labour logo on it.

I haven't said anything to the residents yet. Should I?

Ring me if easier, I'm in all day.

Dawn
Cllr Dawn Pickersgill, Harbour ward""")

# D13 address on the leaflet
c.add("data-protection", also=["complaint"], subject="WHY IS MY ADDRESS ON YOUR LEAFLET", sender=P("Sandra", "Hebden", "hotmail.co.uk"),
      tags=NL + ("published-without-consent", "noisy"),
      body="""I spoke to your lady at the door about the potholes on Gull Lane and said yes I'd be happy to be quoted about the potholes. I did NOT say put my house number on it.

The Eastmoor Focus, sorry the Eastmoor Rose or whatever it is, has come through every door in the ward with my face, my name and "Sandra, 23 Gull Lane". 23 Gull Lane!!! I live on my own. Why would you put that on a leaflet.

I want it off the website version and I want to know it won't be on the next one. Im very upset about it.

Sandra Hebden""")

# D14 webform stop texting me
c.add("data-protection", subject="New submission from Contact us", sender=c.form_robot(),
      reply_to=("Colin Buckle", "colinbuckle1953@aol.com"),
      tags=NL + ("unsubscribe-by-human", "webform"),
      body=c.webform({
          "Your name": "colin buckle",
          "Your email": "colinbuckle1953@aol.com",
          "Phone (optional)": "",
          "Subject": "texts",
          "Your message": "please stop texting me I have had 4 texts this week about the election. I am 72 and every time my phone goes I think its the hospital. I dont want them. thank you",
      }))

# D15 volunteer took the members list home
c.add("data-protection", subject="Members list - Salthouse", sender=P("Ruth", "Ingleby"),
      tags=NL + ("breach", "members-list"),
      body="""Lorna,

Delicate one, so please keep this between us and the EC for now.

As you know Derek Fulcher stood down as Salthouse & villages branch secretary in the summer after the business with the selection. When I took over I asked him for the branch papers. I got the minutes book and the bank paying-in book. What I didn't get, and he's now said he "doesn't have", is the printed members list from Membersnet with everyone's phone numbers and addresses that he printed off in the spring, and the spreadsheet on his laptop where he kept notes of who'd paid for the raffle, who'd said what at meetings and so on.

I'm fairly sure he still has both. Two people have told me he rang them last month to ask if they'd support an independent candidate in the parish council election. They'd never given him their numbers personally.

I don't want a war with him. But I don't think he should have it, and I don't know what we're meant to do about it. Can we talk before the EC?

Ruth Ingleby
Secretary, Salthouse & villages branch""")

# D16 my ex should not be given my new address
c.add("data-protection", subject="Please don't share my new address with the branch", sender=P("Joanne", "Tilley"),
      tags=NL + ("protective", "ex-partner"),
      body="""Hi Lorna,

I've updated my address on Membersnet because I've moved out of the family home, but I want to ask something before it filters through to anyone locally.

My ex-husband, Steve Tilley, is a member of Carrow branch too and he's good friends with the branch secretary. I don't want my new address going on the Carrow branch list or in any email or printout Steve could see or be told about. It's not that I think anything will happen, I'd just rather he didn't know where I am for now while things are being sorted with the solicitors and the children.

Could you make sure my new address only stays with whoever strictly needs it? I'm happy to get everything by email. If there's a way to mark my record so it doesn't print out on branch lists, please do that.

Thanks, and sorry to bring my personal stuff to you.

Jo""")

# D17 forwarded, how did this business get my email
c.add("data-protection", subject="Fwd: Exclusive offer for Sandwick Labour members!", sender=P("Hassan", "Darwish"),
      tags=NL + ("breach", "forwarded", "misuse"),
      body=c.forward(
          """Lorna - this came to the email address I ONLY use for the party. Never used it anywhere else. "Sandwick Labour members"?! Someone has passed the list on, or is using it for their own business. Whose firm is this? I think I recognise the name from Eastmoor branch.""",
          """Dear Sandwick Labour member,

As a fellow member and local businessman I'm offering all comrades 15% off boiler servicing and new installs this winter. Keep warm AND keep it local!

Call Gaz on 07700 900614 or reply to this email.

Fulcher & Son Heating, Eastmoor""",
          "Gaz Fulcher <fulcherheating@outlook.com>", "Exclusive offer for Sandwick Labour members!"))

# D18 16 year old daughter
c.add("data-protection", subject="Letter to my daughter", sender=P("Neil", "Ashworth"),
      tags=NL + ("how-did-you-get", "minor"),
      body="""Hello,

A letter arrived this morning addressed to my daughter Ella, who is 16, from Rachel Ormerod MP "as a first-time voter". Ella isn't a member, she's never been on any list as far as we know, and she's not on the electoral register yet as far as I'm aware.

I'm not furious, but I would like to know how you got her name and our address and why a political party is writing to a 16 year old. And please take her off whatever it is.

Neil Ashworth""")

# D19 received someone else's canvass record
c.add("data-protection", subject="Wrong attachment?", sender=P("Owen", "Latimer"),
      tags=NL + ("breach", "someone-elses-data"),
      body="""Kieran, Lorna (cc'd as I wasn't sure who sent it),

I got the "Saturday session - your walk" email this morning but the attachment isn't my walk, it's a spreadsheet of what looks like the entire North Cliff canvass returns since 2023. Names, addresses, phone numbers, voting intention, "postal vote Y/N", notes like "carer for husband with dementia" and "doesn't want to be called, shouted".

I've deleted it from my inbox and my downloads, I haven't forwarded it. Just letting you know in case it went to other people too. You might want to check who else was on that email.

Owen""")

# D20 elderly, grandson typing
c.add("data-protection", subject="phone calls", sender=("Liam Gedge", "liamgedge2004@gmail.com"),
      tags=NL + ("unsubscribe-by-human", "elderly"),
      body="""this is from my grandad Bernard Gedge, he asked me to type it

To whoever is in charge

Please will you stop telephoning me. I have had a call every evening this week at tea time from young people asking how I am voting. I have told them twice I am 89 and I have voted Labour all my life and I do not need telephoning. My wife is not well and the phone wakes her.

I would like you to take my number off your list. You can still send me the leaflet.

Yours faithfully
B. Gedge
3 Old Rope Walk, Sandwick""")

# D21 number still on website after stepping down
c.add("data-protection", subject="My number on the website", sender=P("Precious", "Okonjo"),
      tags=NL + ("published-without-consent",),
      body="""Hiya, I stepped down as Carrow branch contact in January but my mobile is still on the "find your branch" page of the website. I'm still getting calls from people wanting leaflets or complaining about their bins. Could someone take it down please? Thanks, Precious""")

# D22 quoted reply: you said you'd removed me
c.add("data-protection", also=["complaint"], subject="Re: Your request", sender=P("Graham", "Lusk", "virginmedia.com"),
      tags=NL + ("unsubscribe-by-human", "quoted"),
      body=c.quote_reply(
          """Lorna,

That was on the 3rd of September. Since then I have had:

- "Rachel's summer update" (12 Sept)
- "Can you help in Eastmoor this weekend?" (20 Sept)
- "Last chance: conference raffle" (1 Oct)

So either you haven't done it or there's another list somewhere you don't know about. I don't much care which, I'd just like it to stop.

G Lusk""",
          """Dear Mr Lusk,

Thank you for your email and apologies for any annoyance. I've taken you off our CLP mailing list and you shouldn't hear from us again.

Best wishes,
Lorna Feeney
Secretary, Sandwick Bay & Carrow CLP""", quoted_from=SEC, style="bottom"))

# D23 erasure in legal words, brief
c.add("data-protection", subject="Article 17 erasure request", sender=P("Yvonne", "Crask", "protonmail.com"),
      tags=LG + ("erasure",),
      body="""Dear Data Controller,

Pursuant to Article 17 of the UK GDPR, I request the erasure without undue delay of all personal data you hold concerning me, including my name, postal address (9 Whelk Row, Sandwick), telephone number and email address, together with any canvassing records. I withdraw any consent previously given and object under Article 21 to processing for the purposes of direct marketing.

Please confirm erasure in writing within one month.

Yvonne Crask""")

# D24 txt-speak, young
c.add("data-protection", subject="??", sender=("jaydn", "jaydn.k.2007@icloud.com"),
      tags=NL + ("how-did-you-get", "noisy"),
      body="""y have u got my number i never gave it u. got a msg saying "hi Jayden its Kieran from Labour, can we count on ur vote" like who even is kieran lol. dont msg me again""")

# D25 petition signer, not a supporter
c.add("data-protection", subject="I signed a petition, not a membership form", sender=P("Harriet", "Mowbray"),
      fmt="alt", tags=NL + ("unsubscribe-by-human", "petition"),
      body="""Good afternoon,

In August I signed the Save Sandwick Pier petition on a clipboard outside the Co-op. I was happy to do so: I care about the pier. The young man with the clipboard didn't mention anything about the Labour Party and I assumed it was the pier trust's petition.

Since then I have had four emails from "Sandwick Bay & Carrow Labour", one asking me to donate, one asking me to stand as a candidate (!), and a text message on the day of the county by-election.

I vote for different parties at different times and I'd really rather my name wasn't sitting on a party's list because I signed something about a pier. Please remove me from all of it, and perhaps tell your volunteers to be a bit clearer about whose clipboard it is.

Regards,
Harriet Mowbray""")

# D26 list post: number posted in reply-all
c.add("data-protection", subject="[SBC-members] please don't repost people's numbers", sender=P("Alan", "Thurlow"),
      headers=c.list_headers("SBC-members", domain="groups.sandwickbaycarrowlabour.org.uk"),
      tags=NL + ("breach", "list"),
      body="""All,

Yesterday on this list someone replied to Sue's question about lifts to the Norwich rally with "ring Pat, her number's 07700 900 388, she's always up for a drive". Pat didn't ask for that to go out to 340 people and is not thrilled. The list archive is visible to any member who logs in, so it's now sitting there for good.

Could the list admins please delete that message from the archive, and can we all agree not to post other people's contact details on here. Ask them first, or send it to the person directly.

Thanks,
Alan
(Eastmoor branch)

_______________________________________________
SBC-members mailing list
To unsubscribe visit https://groups.sandwickbaycarrowlabour.org.uk/unsubscribe/sbcmembers""")

# D27 complaint letter screenshotted on Facebook group
c.add("data-protection", also=["complaint"], subject="My letter on your Facebook group", sender=P("Francis", "Dobney"),
      tags=NL + ("published-without-consent", "social-media"),
      body="""I wrote privately to Councillor Lumb in September about the state of the Eastmoor play park. I got a short answer, which was fine.

Today my neighbour showed me the "Sandwick Bay Labour Supporters" Facebook group where somebody has posted a SCREENSHOT of my email to him, with my name, my email address and my road in full view, under the heading "the sort of moaning we have to deal with lol". Forty-odd comments underneath, some of them about me.

I'm not a member of that group and I never agreed to my email being shown to anyone, let alone laughed at. I want it taken down and I want to know who posted it. If it was the councillor himself, I'd like him to tell me why.

F. Dobney""")

# D28 Romanian, how do you know my name
c.add("data-protection", subject="Question about my name on letter", sender=P("Ioana", "Dumitrescu", "yahoo.com"),
      tags=NL + ("how-did-you-get", "non-native"),
      body="""Hello,

I am living in Carrow from 2 years with my husband. Today we receive a letter from Labour with my name, "Dear Ioana", and also my husband name on other letter. We are from Romania, we did not give our names to any party, only to council for the council tax and for the vote in local election.

How you know my name and address? Who give you? Is it the council who give? I want to understand because I am worried maybe also other people have my informations.

If is not necessary please delete.

Thank you,
Ioana Dumitrescu""")

# D29 widow closing husband's membership
c.add("data-protection", subject="Ron", sender=P("Maureen", "Gaze", "talktalk.net"),
      tags=NL + ("erasure", "bereavement"),
      body="""Lorna

Ron died on the 2nd. You will probably have heard. Please close his membership and stop the emails and the texts to his phone, I am using his phone now. I don't want his details kept on anything either, he would not have wanted to be a number on a computer after he'd gone.

The branch have been lovely. Tell them the funeral is at St Botolph's on the 19th at 11 if they want to come.

Maureen""")

# D30 councillor passed email to developer, alt
c.add("data-protection", subject="Who gave Harbourside Developments my email address?", sender=("Carrow Fields Residents' Association", "carrowfieldsra@gmail.com"),
      fmt="alt", tags=NL + ("misuse", "passed-on"),
      body="""Dear Ms Feeney,

I chair the Carrow Fields Residents' Association. In July I emailed Cllr Nasser Qureshi, from my personal address, setting out our objections to the holiday-let scheme on the old caravan park.

On Monday I received an email, to that same personal address, from Harbourside Developments Ltd, addressed to me by name, saying that "Cllr Qureshi suggested we reach out to you directly" and inviting me to a "stakeholder lunch".

I did not give Cllr Qureshi permission to pass my details to the developer whose scheme I was objecting to. I find it extraordinary that he did. I would like an explanation from him, an assurance that my details and the association's correspondence haven't been passed to anyone else, and I'd like to know whether this is how Labour councillors generally treat people who write to them.

Yours sincerely,
Marion Stokes
Chair, Carrow Fields Residents' Association""")

# D31 Urdu-speaking writer, canvass sheet seen by neighbour
c.add("data-protection", subject="about your volunteer paper", sender=P("Shazia", "Rafiq", "hotmail.com"),
      tags=NL + ("breach", "non-native"),
      body="""Assalamu alaikum / hello

Last Saturday two lady from Labour come to my door on Kittiwake Road and ask which party we vote and I tell them. My neighbour Mrs Howe was standing at her gate and after they go she tell me "they wrote you are Labour and your husband is not sure, and you are Muslim" because she saw the paper when the lady was writing on the wall.

Why you write my religion? I did not say this, maybe they guess from my scarf. I am not happy my neighbour read about my family from your paper. Please tell me what you wrote about us and please remove the religion part. My husband is very angry.

Shazia Rafiq""")

# D32 SAR in a dispute, legal
c.add("data-protection", subject="Data subject access request - emails about me", sender=P("Martin", "Rudd"),
      tags=LG + ("access-request", "dispute"),
      body="""Lorna,

Further to the EC's decision to refer the complaint against me to the regional office, I am making a formal subject access request under the UK GDPR.

Please provide copies of all personal data relating to me held by the CLP, including all emails, WhatsApp messages and notes exchanged between CLP officers (including the Chair, Vice-Chair, yourself and the Women's Officer) between 1 January and today in which I am named or referred to, and any notes of the EC meeting of 8 October.

I am aware of the one-month deadline and of the exemption for third-party data, and I accept that other people's details may be redacted. I do not accept that entire messages can be withheld on that basis.

Martin Rudd
Harbour & Old Town branch""")

# D33 forward of text to company phone
c.add("data-protection", subject="Fw: text message to my work phone", sender=P("Deborah", "Wainfleet", "outlook.com"),
      tags=NL + ("how-did-you-get", "forwarded"),
      body=c.forward(
          """I copied this text off my work phone, it came through at 8.15 this morning during a team briefing. My work phone is issued by the hospital trust. I have never put it on anything to do with politics and I'd be in trouble if it looked like I had. Please find out where you got it from and get rid of it.

Debbie""",
          """SMS from +44 7700 900 771
Hi Deborah, it's Rachel Ormerod's team. Polls are open till 10pm for the Eastmoor county by-election - can we count on your vote for Labour's Pete Lumb? Reply STOP to opt out.""",
          "SMS forwarded by Deborah Wainfleet", "text message", style="outlook"))

# D34 curt one-liner
c.add("data-protection", subject="", sender=P("Chris", "Baxendale", "gmail.com"),
      tags=NL + ("unsubscribe-by-human",),
      body="""Remove my email from whatever this is. Thanks.

Sent from my iPhone""")

# ================================================================ safety

# S1 Facebook comment: secretary's address, knock on hers
c.add("safety", subject="Wayne Buss mentioned Sandwick Bay & Carrow Labour in a comment", sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers("Facebook"),
      tags=("social", "doxxing", "veiled", "implicit"),
      body="""Wayne Buss mentioned Sandwick Bay & Carrow Labour in a comment on Sandwick Community Chat (Uncensored).

Wayne Buss: That secretary of theirs Lorna Feeney, the one who sent the letter backing the holiday lets, lives on Pintail Close number 6 the one with the camper van on the drive. Loves knocking on doors does Lorna. Maybe its time somebody knocked on hers. Late one night. 👀

23 likes · 9 replies

View comment: https://www.facebook.com/groups/sandwickchatuncensored/permalink/4410276

This message was sent to secretary@sandwickbaycarrowlabour.org.uk. If you don't want to receive these emails from Meta in the future, please unsubscribe.
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""")

# S2 nomination papers, forwarded by candidate
c.add("safety", subject="Fwd: saw your nomination", sender=("Jenna Caudwell", "jenna.caudwell@gmail.com"),
      tags=("forwarded", "third-party-report", "doxxing", "implicit"),
      body=c.forward(
          """Lorna, this came to my personal email this morning. I'm the candidate for Eastmoor division. My address is on the nomination papers because I forgot to tick the box to keep it off. I've got two kids and I'm on my own. What should I do? Should I ring the police? Should I pull out? I feel sick.

Jenna""",
          """so your standing for labour in eastmoor. we read the notice of poll. 41 Ferryman Way isnt it. nice little house for a single mum. we know where you live now love so have a think about whether you really want to do this. we'll be seeing you""",
          "eastmoor patriot <eastmoorpatriot@protonmail.com>", "saw your nomination"))

# S3 councillor followed home after address shared
c.add("safety", subject="Being followed - need to tell someone", sender=("Cllr Nasser Qureshi", "nasser.qureshi.cllr@gmail.com"),
      tags=("following", "stalking", "doxxing", "third-party-report"),
      body="""Lorna,

I'm telling you so that it's written down somewhere.

Since the holiday-lets vote, my home address has been posted in a Telegram channel called "Carrow Says No" along with a picture of my front door, taken from the pavement. I found out because a neighbour showed me. Nobody official published it as far as I know - I kept it off the council register - so somebody has worked it out.

On Tuesday and again last night a man in a grey van parked opposite my house from about 9pm until after midnight. Last night the same van was behind me from the surgery at Carrow library all the way home. When I pulled onto the drive it drove past slowly and someone shouted my name out of the window.

I've reported it to the police (reference SCP-2211-0457) and they've said they'll do "passes". My wife doesn't want me to do Saturday's surgery. I don't want to let people down but I think she's right.

Can we talk about whether the party can help with a doorbell camera and whether regional office should know?

Nasser""")

# S4 member forwards a post doxxing the secretary
c.add("safety", subject="Fwd: have you seen this?? about you", sender=P("Bev", "Ashdown"),
      tags=("forwarded", "doxxing", "third-party-report", "social"),
      body=c.forward(
          """Lorna I've just seen this on X, somebody sent me the link. It's got your road and the girls' school. I've reported it to X but I think you should see it and maybe ring the police. Do you want me to come round?""",
          """@SandwickTruth
Labour's "secretary" Lorna Feeney organised the petition to block the new fishing quay. Lives on Pintail Close, drops her two off at St Peter's Primary every morning around 8.40 in a blue Zafira. She wants to mess with our jobs, we can mess with her mornings. RT so everyone in Sandwick knows her face.
[image: photo of woman at school gate]
11:02 PM · 212 Views · 14 Reposts""",
          "Bev Ashdown <membership@sandwickbaycarrowlabour.org.uk>", "have you seen this?? about you", style="apple"))

# S5 webform: chair's kids
c.add("safety", subject="New submission from Contact us", sender=c.form_robot(),
      reply_to="nobody@nowhere.invalid",
      tags=("webform", "veiled", "implicit", "doxxing"),
      body=c.webform({
          "Your name": "A Friend",
          "Your email": "nobody@nowhere.invalid",
          "Phone (optional)": "",
          "Subject": "Graham Tuttle",
          "Your message": "Pass this to your chairman. His boy plays for Carrow Colts under 12s, Sunday mornings at the rec, and his daughter gets the 7.50 bus to the college. Lovely family. He wants to keep them that way he'll stop going on the radio about the wind farm. Just a word to the wise.",
      }))

# S6 list post alarm: councillors' addresses with call to visit
c.add("safety", subject="[SBC-members] WARNING - councillors' addresses being circulated", sender=P("Kieran", "Mulvey"),
      headers=c.list_headers("SBC-members", domain="groups.sandwickbaycarrowlabour.org.uk"),
      tags=("list", "doxxing", "third-party-report", "quoted"),
      body="""Everyone,

Please read this carefully. A post is going round several local Facebook groups and at least one WhatsApp group listing the home addresses of all five Labour councillors on the district council, taken from old election literature and the planning register. This is the text, which I'm quoting so people know what to look out for - please do NOT share it further:

> "HOLIDAY LET TRAITORS - here's where they live. Pickersgill 12 Net Loft Lane, Qureshi [address], Lumb [address], Rowntree [address], Dyer [address]. They didn't listen at the council meeting so let's pay them a visit at home where they can't hide behind the clerk. Saturday night. Bring your mates."

The police have been informed and the councillors concerned have been contacted. If you live near any of them and see anything, ring 999, not us. Do not engage with the posts, do not argue with people in the comments.

If you're on the canvassing rota for Saturday and you'd rather not go out, that's completely fine, tell me.

Kieran Mulvey
Campaign Coordinator

_______________________________________________
SBC-members mailing list
To unsubscribe visit https://groups.sandwickbaycarrowlabour.org.uk/unsubscribe/sbcmembers""")

# S7 noisy caps, car on marine parade
c.add("safety", subject="YOUR CAR", sender=("sandwick lad", "sandwicklad88@hotmail.co.uk"),
      tags=("noisy", "implicit", "veiled"),
      body="""I KNOW WHERE U PARK UR LITTLE RED CAR ON MARINE PARADE EVRY TUESDAY FOR UR "SURGERY" dawn pickersgill. 6 till 8. parked under the broken lamp. u want to be carefull walking back to it in the dark this time of year. just saying""")

# S8 harassment after WhatsApp leak; also DP
c.add("safety", also=["data-protection"], subject="The man from the leaflet group", sender=P("Precious", "Ndlovu"),
      tags=("harassment", "stalking", "first-person-report"),
      body="""Lorna,

I didn't want to make a thing of it but it's got worse and I need to tell someone in the party.

You know the Eastmoor leaflets WhatsApp where everyone could see everyone's numbers. One of the men in it started messaging me in September. At first it was "great to meet a fellow socialist" sort of thing. I didn't reply much. Then it was every night, late, asking why I wasn't answering. I blocked him.

Then he messaged me from a different number saying he'd "looked me up" and he knew I work at the pharmacy on Fore Street. On Friday he came into the pharmacy and stood by the door for twenty minutes not buying anything, just watching me. My manager asked him to leave. On Sunday there was a note through my door. It said "Why are you ignoring me, I only want to talk. I'll keep trying."

I haven't told the police yet because I wasn't sure it was "enough". I'm telling you because he's a party member and he got my number from the party group. I don't want him at the women's forum on the 12th. I can give you his name on the phone.

Precious
Women's Officer""")

# S9 HTML-only, cliff road
c.add("safety", subject="Cliff Road", sender=("Coast Watcher", "coastwatcher.sandwick@gmail.com"),
      fmt="html", tags=("html-only", "veiled", "implicit", "doxxing"),
      body="""Councillor Rowntree,

Interesting reading the register of interests. So you own 2 Cliff Road as well as the flat. Lovely spot. Shame about the erosion, things right on the edge can go over very quickly, one minute there the next minute gone.

You voted against the sea defence money for North Cliff. We won't forget. Sleep well up there.""")

# S10 quoted reply: deleted but I know where you live
c.add("safety", subject="Re: Your request to be removed", sender=("D. Fulcher", "dfulcher.salthouse@btinternet.com"),
      tags=("quoted", "embedded", "doxxing", "veiled"),
      body=c.quote_reply(
          """Glad you've deleted me Lorna. You lot have been trying to get rid of me for years so it must feel good.

Funny thing though. You can delete me off your computer but I've not deleted what I know. I've got the lot on my laptop still, every member in Salthouse, where they live, who's got a dog and who's on their own. Including you, number 6, and Ruth, the bungalow at the end of Tern Close with the ramp. I know who goes out at night and who doesn't.

I'd be very careful about what you say about me at that EC.""",
          """Dear Derek,

Thank you for your email. As you asked, your details have now been removed from the CLP's mailing lists and you will not receive further branch or CLP emails.

Best wishes,
Lorna Feeney
Secretary, Sandwick Bay & Carrow CLP""", quoted_from=SEC, style="gmail"))

# S11 man outside meeting with list of addresses
c.add("safety", subject="Last night after the Carrow branch meeting", sender=P("Tomasz", "Lewandowski"),
      tags=("third-party-report", "following", "doxxing", "non-native"),
      body="""Hi Lorna,

I want to report something from last night after Carrow branch meeting in the scout hut. When we come out about 9.15 there was a man standing by the gate with paper in his hand. He ask people "are you from Labour" and when Mrs Clegg say yes he read to her her own address from the paper and say "Samphire Way, nice, I have all of you here". Then he laugh and walk away to the car park.

I see the paper, it was like a printed list, many names with addresses, maybe the same like the canvass list. Mrs Clegg was shaking, I drive her home. Two other people also he say their street.

I think someone give him the list. And I think he wanted to frighten. Maybe we need someone to check outside next meeting, and tell police? I can describe him, tall, grey beard, green jacket, silver Audi.

Tomasz""")

# S12 MP caseworker forwards threat to office staff addresses
c.add("safety", subject="FW: incident log - staff home addresses", sender=("Dan Fairclough", "dan.fairclough@parliament.example.uk"),
      tags=("forwarded", "third-party-report", "doxxing", "conditional"),
      body=c.forward(
          """Lorna - for your awareness as you know both of them through the CLP. This was left as a voicemail transcript and followed up by email to the office inbox. It's been logged with Parliamentary security and the police. Please don't circulate beyond the chair. If anyone from the CLP is asked about Amy or Jon's addresses by anyone, don't confirm anything.

Dan
Senior Caseworker, Office of Rachel Ormerod MP""",
          """To the office of Rachel Ormerod

Your staff Amy and Jon think they are safe because they work in an office with a buzzer. Amy lives on Saltings Road and Jon lives in the flats behind the Co-op in Carrow, I've seen them both going in. If my housing case is not sorted by the end of the month I will stop asking the office and start asking them at home. You have been warned.""",
          "unknown sender <hsg.case.now@gmail.com>", "my housing case", style="outlook"))

# S13 conditional, wind farm, addresses from the council website
c.add("safety", subject="Salthouse wind farm vote", sender=("Salthouse Against", "salthouse.against@outlook.com"),
      tags=("conditional", "doxxing", "veiled"),
      body="""To the Labour party

If the Salthouse turbines get through the planning committee on the 28th, every one of your councillors who votes for it should start checking their doors and windows at night. We've got all your addresses off the council website and off your own leaflets. Dyer, Pickersgill, Lumb. We know which ones have got kids and which ones live alone.

Nobody's threatening anybody. We're just saying, vote the right way and there won't be anything to worry about.""")

# ================================================================ query (confusers)

# Q1 change of address, new branch
c.add("query", subject="Moving house - which branch?", sender=P("Sophie", "Harlow"),
      tags=QD + ("change-of-address",),
      body="""Hi Lorna,

We're moving from Carrow to Salthouse at the end of the month (new address 2 Lapwing Cottages, Salthouse Road). I've changed it on Membersnet already. Does that mean I move to Salthouse & villages branch automatically or do I need to tell someone? And who's the branch secretary there now - I'd like to get on their email list.

Thanks!
Sophie""")

# Q2 update phone number, short
c.add("query", subject="new mobile number", sender=P("Pauline", "Denny", "btinternet.com"),
      tags=QD + ("update-phone",),
      body="""Lorna, I've lost my phone, new number is 07700 900 152. Can you put it on my record so the phone bank people can get me? Old one is dead. Pauline (Eastmoor)""")

# Q3 which email does Membersnet have
c.add("query", subject="Not getting GC emails", sender=P("Rhys", "Tallon"),
      tags=QD + ("which-email",),
      body="""Hi,

I was elected as a GC delegate for North Cliff in the spring but I've never had a GC email - agenda, papers, nothing. I only heard about the last one from Alan. Can you check which email address you've got for me? It might be my old university one (r.tallon@uea-student.example.ac.uk) which I can't access. The right one is this one.

Rhys""")

# Q4 renewal letter used my maiden name; also DP
c.add("query", also=["data-protection"], subject="Renewal letter in my old name", sender=P("Laura", "Kemble"),
      tags=QD + ("old-name",),
      body="""Hello,

My renewal letter came addressed to "Ms L. Sayer", which was my name before I got married in 2021. I changed it on the national website at the time (I'm sure I did) and my membership card says Kemble. Is there a second record somewhere? How do I get the old one sorted so everything comes in the right name?

Laura Kemble""")

# Q5 copy of the AGM minutes
c.add("query", subject="AGM minutes", sender=P("Ian", "Vesey"),
      tags=QD + ("minutes",),
      body="""Dear Lorna,

Could I have a copy of the minutes of the CLP AGM from February? I was away and I'd like to see who was elected to what and what was said about the boundary changes. A PDF is fine, or I can collect a paper copy at the next GC.

Kind regards,
Ian Vesey""")

# Q6 nomination form home address, worried but a question
c.add("query", subject="District council nomination - home address question", sender=P("Amara", "Obi"),
      tags=QD + ("nomination-address",),
      body="""Hi Lorna,

I've been shortlisted for Carrow Fields in the district by-election (thank you to everyone who supported me!). I'm filling in the nomination papers now. The form asks for my home address. Does that have to be printed on the ballot paper and the notice of poll? I rent a flat on my own and I'd rather it wasn't everywhere. I've heard you can opt out and just put the ward - is that right and is there a separate form for it? Who do I hand it in to?

Thanks,
Amara""")

# Q7 large print, by post
c.add("query", subject="Letters instead of emails please", sender=("Betty Harcourt", "harcourt.family@tiscali.co.uk"),
      tags=QD + ("contact-preference", "elderly"),
      body="""Dear Secretary,

My granddaughter has set up this email for me but I don't look at it very often and I can't read the small writing. Would it be possible for the branch to send me the meeting notices by post, in bigger print if possible? My address is the same as always, 11 Coastguard Cottages, Salthouse.

With thanks,
Betty Harcourt (Mrs)""")

# Q8 couple sharing an email
c.add("query", subject="Joint email for two members?", sender=P("Stephen", "Greenhalgh"),
      tags=QD + ("which-email",),
      body="""Hi - my wife and I are both members and we use the same email address (this one). She keeps being told on Membersnet that the email is "already registered" when she tries to log in. Can two members have one email, or does she need her own? Thanks, Steve & Carol Greenhalgh""")

# Q9 webform: transfer from Leeds
c.add("query", subject="New submission from Contact us", sender=c.form_robot(),
      reply_to=("Kwame Boateng", "kwame.boateng@outlook.com"),
      tags=QD + ("webform", "change-of-address"),
      body=c.webform({
          "Your name": "Kwame Boateng",
          "Your email": "kwame.boateng@outlook.com",
          "Phone (optional)": "07700 900 903",
          "Subject": "Moved from Leeds",
          "Your message": "Hi, I've just moved to Sandwick from Leeds Central where I was a member for six years. Do I need to do anything to move my membership to you or does it happen when I change my address? I'd like to get involved, especially with the pier campaign.",
      }))

# Q10 student, home vs uni address
c.add("query", subject="which address counts?", sender=("Mia Clegg", "mia.clegg05@gmail.com"),
      tags=QD + ("which-address",),
      body="""hi! I'm a member at my parents address in Carrow but I'm at uni in Sheffield most of the year. If I want to vote in the selection for the MP candidate (or whatever it is) do I have to be registered at my home address or can I be a member in Sheffield as well? which one does the party have me down for? sorry if this is a silly question xx Mia""")

# Q11 quoted reply: update surname, thanks
c.add("query", subject="Re: Welcome to Harbour & Old Town branch", sender=P("Chloe", "Fenwick"),
      tags=QD + ("quoted", "name-change"),
      body=c.quote_reply(
          """Thanks so much Lorna, see you on the 14th!

One more thing - I got married in August so I'm now Chloe Fenwick, not Chloe Marsh. Do I change that myself somewhere or can you do it?

Chloe""",
          """Hi Chloe,

Welcome to the branch! Our next meeting is Thursday 14th at 7.30 at the Fisherman's Rest, back room. Do come along - no need to say anything if you don't want to.

Lorna""", quoted_from=SEC, style="gmail"))

# Q12 bank details for direct debit
c.add("query", subject="Changing my direct debit bank", sender=P("Mehmet", "Aydin"),
      tags=QD + ("dues",),
      body="""Hello,

I've switched banks. How do I update the bank details for my membership direct debit? I don't want to miss a payment and end up in arrears before the selection. Is it through Membersnet or do you do it?

Mehmet Aydin""")

# Q13 branch contact on the website - generic address?
c.add("query", subject="Branch contact on the website", sender=P("Graham", "Peckover"),
      tags=QD + ("contact-details",),
      body="""Lorna,

Happy to be the contact for Salthouse now that Derek has gone. Before I say yes properly - does my own phone number and email have to go on the "find your branch" page? I'd rather not have my mobile up there. Could we have a salthouse@ address that forwards to me instead, like Harbour branch has? How do I set that up?

Graham""")

c.write()
