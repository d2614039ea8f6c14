"""train/tz2: data protection in plain words, beside its look-alikes, part 2.
Hollinbridge & Dearne Moor CLP, an invented Pennine market-town seat (Hollinbridge, Crossfields,
Old Mill, Thornleigh, Dearne Moor, Hollin Top). All content hand-written.

33 data-protection messages (stop texting me, how did you get my number, a CC'd AGM notice, a
walk sheet blowing round the Co-op car park, a foster child's photo, a stolen laptop, the marked
register, a widow's letters, a few formal requests and objections); 14 safety messages where
personal details are used to menace (an officer's son's school, nomination papers, a puppy
walked at 6.40, a leaked spreadsheet used by an abusive ex); 13 ordinary queries about
personal details."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tz2", seed=6202)
c.clp = ("Hollinbridge & Dearne Moor CLP", "Tariq Mirza", "secretary@hollinbridgelabour.org.uk")
P = c.person
SEC = "Tariq Mirza <secretary@hollinbridgelabour.org.uk>"
NL = ("dp-no-legal-words",)
LG = ("dp-legal",)
QD = ("confuser", "query-about-details")

# ================================================================ data-protection

# D1 caps, election day texts
c.add("data-protection", subject="STOP TEXTING ME", sender=("R Haworth", "rhaworth@talktalk.net"),
      tags=NL + ("unsubscribe-by-human", "noisy"),
      body="""7.02 THIS MORNING. "Hi Roy, polls are open!" I KNOW THE POLLS ARE OPEN. I HAVE VOTED CONSERVATIVE SINCE 1974 AND YOU HAVE TEXTED ME THREE TIMES SINCE SUNDAY.

STOP TEXTING ME. TAKE MY NUMBER OFF. WHOEVER GAVE IT YOU TELL THEM FROM ME THEY HAD NO RIGHT.""")

# D2 elderly man, rambling, how did you get my number (long)
c.add("data-protection", subject="Your telephone call of Tuesday evening", sender=P("Gordon", "Ackroyd", "btinternet.com"),
      tags=NL + ("how-did-you-get", "elderly", "long"),
      body="""Dear Sir,

I hope you will forgive a long letter from an old man, but I have been turning this over for two days and my wife says I will not sleep properly until I have written it down and sent it, so here it is.

On Tuesday evening at about ten past seven, while we were having our tea, the telephone rang. It was the landline, which hardly anybody rings now except the surgery and my sister in Harrogate, and so I got up to answer it thinking it might be one or the other. It was a young woman, very pleasant, who said she was calling "on behalf of Hollinbridge Labour" and asked whether I would be voting in the county council election and whether I had "any issues" I would like raising with the candidate.

Now I want to be fair. She was polite, and when I said I did not want to discuss how I vote on the telephone she said that was fine and rang off. I have no complaint about her at all. My complaint, if it is a complaint, is a different one, and it is this: how did you come to have our telephone number?

We have been ex-directory since 1987. I went ex-directory after a spate of calls when I was a magistrate, and I have been careful ever since. The number is not in the phone book. I have never, to my knowledge, given it to any political party. I was a member of the Labour Party, it is true, but that was in the 1970s when I lived in Bradford, and I let it lapse in about 1981 and have not been a member of anything since except the bowling club and the National Trust.

So I asked myself where you might have got it. The bowling club? I cannot believe that. The surgery? Surely not. My wife wondered if it was when we signed the petition about the Thornleigh bus in 2023, which I think was organised by one of your councillors, Mrs Brigg, although it did not say Labour on it anywhere that I remember. We did put our phone number on it because there was a column for it. If that is where it came from, I have to say I would not have expected a petition about a bus to turn into a telephone call about the county council. I might have signed it anyway, but I would have liked to be told.

I would be grateful if you could tell me, in plain terms, where the number came from and what else you have written down about us. I do not mean that in a suspicious way; I simply like to know. I spent thirty years in local government and I know how lists get passed around and I know that nobody usually means any harm by it.

And after you have told me, I would like you to remove the number, and my wife's name, which the young lady also knew (she asked "is Margaret in?"), from whatever list it is on. If you want to write to us by post at election time that is perfectly all right, we will read it, as we read everybody's, but please do not telephone.

I should add that I am eighty-one and my wife is seventy-nine and not in the best of health, and the telephone ringing in the evening does give us both a start. I do not suppose your volunteers can know that, which is rather the point of asking you to take us off.

Thank you for reading this far. I wish your candidate well, whatever my vote.

Yours faithfully,

Gordon Ackroyd
Thornleigh""")

# D3 forwarded CC storm
c.add("data-protection", subject="Fwd: RE: RE: Old Mill branch AGM - Thursday 7pm", sender=P("Helen", "Stansfield"),
      tags=NL + ("breach", "forwarded", "cc-line"),
      body=c.forward(
          """Tariq, forwarding this so you can see the state of it. The original AGM notice from Brian went out with every member's address in the CC line, about 140 of us. Since then it's been reply-all chaos, and now somebody has replied all with a link to his "investment opportunity". I'm a domestic violence support worker and I am really, really careful about who has my personal email. Can you please get Brian to stop using CC and send something to everyone asking them to delete the thread? I'd like my address taken off whatever list Brian keeps, too, and just get things from you.""",
          """Hi all, I won't be able to make the AGM but would like to nominate Jean for chair if that's allowed?

-----Original Message-----
From: Brian Sowden
Sent: Monday
To: [140 recipients]
Cc: jean.lumb@..., d.haigh@..., h.stansfield@..., s.crabtree@..., (list continues)
Subject: Old Mill branch AGM - Thursday 7pm

Dear all, the branch AGM is this Thursday at 7pm in the Oddfellows Hall upstairs room. Please come!
Brian""",
          "Kath Greenwood <kathgreenwood51@hotmail.co.uk>", "RE: RE: Old Mill branch AGM - Thursday 7pm"))

# D4 canvass sheet in the Co-op car park, "against - abusive"
c.add("data-protection", also=["complaint"], subject="found this in the Co-op car park with MY NAME ON IT", sender=P("Darren", "Holroyd", "outlook.com"),
      tags=NL + ("breach", "found-document"),
      body="""Evening,

Found a sheet of paper blowing round the Co-op car park on Station Road today. Labour logo, "Crossfields walk 4" at the top, list of names and addresses down Chapel Fold and Weavers Row, and little codes. Next to my name it says "A - abusive - DO NOT KNOCK".

Abusive! I told a lad with a clipboard I wasn't interested and shut the door. That's it.

So 1) your rubbish is blowing round a supermarket car park with everyone's address on it, 2) there's a note about me calling me abusive that anybody could've picked up and read, and 3) my neighbours are on it too with their own codes.

I've got the sheet. Not giving it back till someone explains what you write down about people and takes that word off my name. I can be reached on this email.

Darren Holroyd""")

# D5 former member recruiting from old list
c.add("data-protection", subject="Thornleigh branch list - being used by Ray Dinsdale", sender=P("Moira", "Stainthorpe"),
      tags=NL + ("breach", "members-list", "officer-report"),
      body="""Tariq,

For the EC, and I'm afraid it needs looking at quickly.

Ray Dinsdale, who was Thornleigh branch secretary until he left the party in June to join Your Party, still has the full Thornleigh members list. He printed it off Membersnet for the branch phone tree last winter and never gave it back. I know he still has it because at least six of our members have had a letter through their door this week, hand-addressed by name, inviting them to "a meeting for disillusioned Labour members" at the Fleece on the 20th. Two of them have no idea how he knew they were members; one lives in a flat that isn't even on the electoral register under her name.

Ray is a decent man and I don't think he sees anything wrong with it, but it's our members' details and he's using them for another party.

What do we do - you write to him? Regional office? I'm happy to ring him but I suspect that'll just end up in a row.

Moira
Chair""")

# D6 planning objection on website
c.add("data-protection", subject="my objection letter on your site", sender=P("Lynne", "Firth"),
      fmt="alt", tags=NL + ("published-without-consent",),
      body="""Hello,

Someone's just sent me a link to your website's "Save Hollin Top Fields" page. Lovely that you're supporting the campaign, but you've put up a scan of my objection letter to the planning committee, and it still has my full address and phone number at the top, and my signature.

I sent that letter to the council, not to the Labour Party, and I'm not a member. I assume one of your councillors downloaded it from the planning portal (where the council had blacked out my address - so someone's gone to the trouble of finding an unredacted copy?).

Please take it down or at least blank out my details. I'd rather you used your own words on your website than mine.

Lynne Firth
Hollin Top""")

# D7 foster child photo
c.add("data-protection", subject="URGENT - photo on Cllr Akhtar's Instagram must come down", sender=P("Sarah", "Nuttall"),
      tags=NL + ("published-without-consent", "child-photo"),
      body="""Dear Mr Mirza,

I'm a foster carer. At the Hollinbridge Gala on Saturday Cllr Saima Akhtar took some photos at the face-painting stall and one of them, on her Instagram and on the "Hollinbridge Labour" page, shows the girl we're fostering, clear as day, in her school jumper, with her first name in the comments because someone tagged her.

I can't go into details but there are very serious reasons why she must not be photographed or identifiable online. Her social worker has asked me to get it removed immediately.

I've messaged Cllr Akhtar but had no reply. Please can you get it taken down tonight if at all possible, and make sure nobody has downloaded or reshared it. I'm not angry with anyone, nobody could have known, but it needs to come down.

Sarah Nuttall
07700 900 414""")

# D8 WhatsApp community, MLM
c.add("data-protection", subject="Dearne Moor Doorknockers", sender=P("Wayne", "Oldroyd"),
      tags=NL + ("breach", "whatsapp"),
      body="""Tariq

Whoever set up the Dearne Moor Doorknockers WhatsApp has made it so every number shows, and one of the new ones in it (goes by "Lisa Wellness 🌸") has gone down the list adding everybody to her own "Healthy Habits" group to flog shakes. I got added, my wife got added, half the branch got added. Then she started DM'ing people.

Can you sort the group settings and get her booted. People signed up to knock doors, not to have their number handed out to whoever joins.

Wayne""")

# D9 widow, late husband's letters
c.add("data-protection", subject="Mr Harold Shaw", sender=("Edna Shaw", "edna.shaw1940@gmail.com"),
      tags=NL + ("erasure", "bereavement", "elderly"),
      body="""Dear Secretary

My husband Harold Shaw died in October 2023. I wrote to the party then. Letters still come for him every few months, the latest one this week saying "Harold, we need you this election!".

It upsets me every time. Please take him off. I do not know how else to say it.

Mrs E. Shaw
12 Dyers Lane, Old Mill""")

# D10 welcomed as a member but never joined
c.add("data-protection", subject="I haven't joined anything", sender=P("Ben", "Oyelaran"),
      tags=NL + ("someone-elses-data", "wrong-person"),
      body="""Hi,

I've had an email "Welcome to Hollinbridge & Dearne Moor Labour, Bernadette!" with a link to a branch meeting and a PDF of the branch contact list attached (names and phone numbers of about 30 people).

I'm not Bernadette and I haven't joined the Labour Party. My email is b.oyelaran@ and I'm guessing hers is something similar. I've deleted the attachment. Someone should probably tell Bernadette and probably also the 30 people.

Ben""")

# D11 my own walk sheet says rude things about me; also complaint
c.add("data-protection", also=["complaint"], subject="What your walk sheets say about me", sender=P("Philip", "Greaves"),
      tags=NL + ("access-request", "notes-about-me"),
      body="""Tariq,

I've been a member for two years and I volunteered for Saturday's session in Dearne Moor. The organiser handed me the sheet for Moor Lane, which is my own street. Next to my own house number it said:

"Philip - ex-member? Complained re Gaza. Difficult. Don't bother."

(a) I'm not an ex-member. (b) Yes I wrote to the MP about Gaza, in a private email to her office. How does that end up on a canvass sheet handed to volunteers? (c) "Difficult"?

I'd like to know what else is written about me, where, and who can see it. And I'd like those notes removed.

Philip Greaves""")

# D12 moved and changed name, keep apart (protective)
c.add("data-protection", subject="Change of name and address - please handle carefully", sender=("H. Mercer", "h.mercer.newstart@outlook.com"),
      tags=NL + ("protective", "ex-partner"),
      body="""Hello,

I've been a member in Crossfields for about five years under my married name (Hayley Sutcliffe). I have now left my husband, moved to a different part of the constituency and gone back to my maiden name, Mercer.

I'd like to keep my membership but I need to make sure of a few things:
- nothing is posted to my old address any more, and nobody in Crossfields branch is told where I've moved to
- my old name and my new name/address aren't linked on any list that a branch officer or volunteer could see
- if anybody rings up asking for my address or number, however nice they sound, please don't give it out

My ex is not a member but he knows some people in Crossfields branch well. I'm not in danger and I'm not asking for anything dramatic, I'd just like a clean start.

Is there someone at the party who deals with this properly, or is it you?

Thank you,
Hayley Mercer""")

# D13 Portuguese, work email
c.add("data-protection", subject="E-mail for work", sender=("Rui Carvalho", "rui.carvalho@dearnevalleyfoods.co.uk"),
      tags=NL + ("unsubscribe-by-human", "non-native"),
      body="""Good afternoon,

I receive your emails of the party to my work email (this one). I don't know how you have it, maybe I write it in the paper at the fair in summer. My boss see one email in my screen about "the Labour meeting" and make a joke and I don't like this.

Please, you can remove this email from your list? If you want you can use my personal email ruicarvalho87@gmail.com but only for the events, not every week.

Obrigado,
Rui Carvalho""")

# D14 Somali speaker, not a citizen
c.add("data-protection", subject="why you have my phone", sender=P("Hodan", "Warsame", "hotmail.com"),
      tags=NL + ("how-did-you-get", "non-native"),
      body="""Hello

Somebody phone me yesterday say they are Labour party and ask if I vote for them in May. I am not british citizen yet, I cant vote in the general election, and I never give my number to Labour. Why you have my phone number? Who give you it?

I am not angry I just want to know. Maybe it was from the mosque open day? There was a table there. Please take off my number if I can not vote anyway.

Thank you
Hodan""")

# D15 SAR legal, disciplinary dispute
c.add("data-protection", subject="Request for personal data - Article 15 UK GDPR", sender=P("Adrian", "Whitworth"),
      tags=LG + ("access-request", "dispute"),
      body="""Dear Mr Mirza,

I write to make a request under Article 15 of the UK General Data Protection Regulation for access to the personal data the Hollinbridge & Dearne Moor CLP holds about me.

In particular I request:
(a) copies of all correspondence between CLP officers, and between CLP officers and the Regional Office, referring to me, including the communications which preceded my administrative suspension on 3 September;
(b) the notes or minutes of any meeting at which my conduct was discussed;
(c) any record of complaints received about me, with third-party identifiers redacted as necessary;
(d) information about the sources of the data and the recipients to whom it has been disclosed.

Please treat this email as the start of the one-month statutory period. If you consider any part of this request to fall to the Labour Party as controller rather than to the CLP, please tell me promptly and pass that part on.

Yours sincerely,
Adrian Whitworth""")

# D16 councillor reports breach: casework emails forwarded
c.add("data-protection", subject="Something's gone wrong with my casework emails", sender=("Cllr Saima Akhtar", "saima.akhtar.cllr@hollinbridgelabour.org.uk"),
      tags=NL + ("breach", "councillor-report"),
      body="""Tariq,

Bit of a mess, I need your help working out what to do.

Last week I asked Josh (our Young Labour volunteer who's been helping me with my inbox) to set up a rule so that emails from residents got a copy sent to my personal address as well. It turns out he set it up to send a copy of everything to the Crossfields campaign group address instead, which goes to about 15 volunteers. So for eight days every email that came into my councillor inbox - including housing cases, a safeguarding one, somebody's benefit sanction, a woman writing about her neighbour's drug dealing - went to all 15.

I found out because one of them replied "is this meant for us?" this morning. I've turned the rule off.

I don't know what I'm meant to do now - do I tell the residents? the council? Do the volunteers need to delete everything? Can you ring me? I feel awful, and Josh feels worse.

Saima""")

# D17 teenage
c.add("data-protection", subject="group chats", sender=("Kacey", "kaceyx.hollin@gmail.com"),
      tags=NL + ("unsubscribe-by-human", "noisy"),
      body="""pls stop adding me to ur group chats 😭 ive been added to 3 now, "Hollinbridge YL", "Thornleigh action day" and one with like 200 people called "labour doorstep". i went to ONE thing with my mate. i dont want my number in them. ty""")

# D18 delete everything, leaving
c.add("data-protection", also=["other"], subject="I've left. Delete me.", sender=P("Rashid", "Karim"),
      tags=NL + ("erasure", "leaving"),
      body="""Tariq,

I've cancelled my membership this week. You know why, I've said it at GC enough times.

I'd like everything you hold about me deleted. Membership record, phone, email, the canvass stuff, the GC contact list, the WhatsApp groups, the officers' spreadsheet with my DBS number on from when I was youth officer. All of it. I don't want a "we're sorry to see you go" email, or a call from the MP's office, or to be on the "lapsed members" list someone rings every January.

Thanks for everything over the years, personally. It's not you.

Rashid""")

# D19 quoted: clicked unsubscribe four times
c.add("data-protection", subject="Re: Hollinbridge Labour News - November", sender=P("Anne", "Lockwood", "yahoo.co.uk"),
      tags=NL + ("unsubscribe-by-human", "quoted"),
      body=c.quote_reply(
          """I have clicked the unsubscribe link at the bottom of these four times now. It says "you have been unsubscribed" and then the next one comes anyway. So I'm replying to a human being instead. Please take me off. Anne Lockwood""",
          """HOLLINBRIDGE LABOUR NEWS - NOVEMBER

Market hall: Labour's plan to save it
Thornleigh bus: we did it!
Meet your new Dearne Moor candidate
Christmas social - tickets now on sale

Unsubscribe | Update your preferences""", quoted_from="Hollinbridge Labour <news@hollinbridgelabour.org.uk>", style="gmail"))

# D20 minutes on Facebook name "asked to leave"; also complaint
c.add("data-protection", also=["complaint"], subject="Branch minutes on the public Facebook page", sender=P("Gillian", "Sugden"),
      tags=NL + ("published-without-consent", "minutes"),
      body="""Dear Tariq,

The Thornleigh branch minutes for September have been posted on the branch's public Facebook page. Item 6 reads: "G. Sugden was asked to leave the meeting by the chair following disruptive behaviour."

Whatever anyone thinks about what happened at that meeting (and I dispute the word "disruptive"), branch minutes are meant for branch members, not for the whole of Thornleigh and my employer to read. My full surname is there. Three people have already asked me about it at the school gate.

Please get them taken down from anywhere public. I'll raise the accuracy of the minutes at the branch, that's a separate matter.

Gillian Sugden""")

# D21 shop front photo with staff member
c.add("data-protection", subject="Leaflet photo of my shop", sender=("Hollinbridge Pharmacy", "manager@hollinbridgepharmacy.co.uk"),
      fmt="html", tags=NL + ("published-without-consent", "html-only"),
      body="""Hello,

Your new "Back the High Street" leaflet has a photo of your candidate outside my pharmacy on Market Street. That's fine in itself, but behind him, through the window, you can clearly see my pharmacist, Anjali, at the counter, and the caption says "Local pharmacist Anjali says the high street needs Labour".

Anjali didn't say that, she didn't agree to be in a leaflet, and as a healthcare professional she has to be careful about being linked to any party. She's very upset. We also serve customers of all parties.

Please don't use that photo again, take it off your website and Facebook, and let me know what you intend to do about the leaflets already printed.

David Crowther
Manager""")

# D22 legal-ish, will report to ICO
c.add("data-protection", subject="Unsolicited marketing texts - complaint before ICO referral", sender=P("Nadia", "Hussain"),
      tags=LG + ("unsubscribe-by-human",),
      body="""To the Data Controller,

I have received three unsolicited text messages from "Hollinbridge Labour" since 1 October promoting the party and asking for donations. I have never consented to receive electronic marketing from your organisation. This is a breach of the Privacy and Electronic Communications Regulations 2003, regulation 22, and political campaigning messages are direct marketing for those purposes.

Please (1) cease sending me electronic marketing immediately, (2) tell me the source from which you obtained my mobile number, and (3) confirm that my number has been suppressed.

If I do not receive a satisfactory response within 14 days I will lodge a complaint with the Information Commissioner's Office.

N. Hussain""")

# D23 marked register - how do you know I didn't vote
c.add("data-protection", subject="How do you know whether I voted?", sender=P("Colin", "Pickles"),
      tags=NL + ("how-did-you-get",),
      body="""Good evening,

One of your canvassers knocked today and said, quite cheerfully, "we noticed you didn't vote in the last county elections, is there a reason?"

I was taken aback. How on earth does a political party know whether I voted? I thought the ballot was secret. What else do you know about me, and where are you getting it from?

Colin Pickles""")

# D24 mother with dementia in care home
c.add("data-protection", subject="Please stop calling my mum", sender=P("Tracey", "Horsfall"),
      tags=NL + ("unsubscribe-by-human", "vulnerable"),
      body="""Hi

My mum Jean Horsfall is 87 and has dementia, she's now at Moorside care home. Her landline number was forwarded there and your phone bank has rung it twice. The second time she got very distressed because she thought she'd missed voting and was "letting the party down" and the staff had to calm her down for an hour.

She was a member for years, I know that, but she can't vote anymore. Please take her off every calling and letter list. If you need to write about anything send it to me at this email.

Tracey Horsfall (daughter)""")

# D25 name printed as supporter
c.add("data-protection", subject="My name on your bypass leaflet", sender=P("Frank", "Illingworth"),
      tags=NL + ("published-without-consent",),
      body="""Your latest leaflet lists "local people backing Labour's campaign for the Hollinbridge bypass", and my name is on it, with my street.

I signed a petition about the bypass three years ago when it was a residents' campaign. I didn't agree to be on a Labour leaflet as "backing Labour". I've been a Lib Dem member for twenty years. My own party's local chair rang me to ask if I'd defected!

Please don't use my name again and put something right on the next leaflet.

Frank Illingworth""")

# D26 stolen laptop - volunteer confesses
c.add("data-protection", subject="my car was broken into", sender=P("Owen", "Haigh"),
      tags=NL + ("breach", "stolen-device"),
      body="""Tariq

Really sorry to be sending this. Someone smashed my car window outside the Royal Oak last night and took my bag, with my laptop in it. On the laptop (not password protected, I know, I know) there was the spreadsheet of Dearne Moor supporters I exported for the postal vote chase - about 900 names, addresses, phone numbers, postal vote yes/no, and the notes column.

Reported to police, crime ref 14/88712/26. Insurance claim in.

What else do I need to do? Do we need to tell the people on the list? I'll do whatever's needed.

Owen (Cllr Haigh)""")

# D27 webform access request, plain
c.add("data-protection", subject="New submission from Contact us", sender=c.form_robot(),
      reply_to=("Stuart Lister", "stuart.lister@gmail.com"),
      tags=NL + ("access-request", "webform"),
      body=c.webform({
          "Your name": "Stuart Lister",
          "Your email": "stuart.lister@gmail.com",
          "Postcode": "HB4 7QT",
          "What is your enquiry about?": "Other",
          "Message": "Who is the person in your organisation who looks after people's information? I'd like to see everything you've got on me - the canvassing notes, anything from when I was a member (2015-2019), anything from the phone calls. Happy to prove who I am.",
      }))

# D28 list post: membership spreadsheet attached to the list
c.add("data-protection", subject="Re: [hdm-members] Christmas social volunteers - PLEASE DON'T OPEN THE ATTACHMENT", sender=P("Jean", "Lumb"),
      headers=c.list_headers("hdm-members", domain="lists.hollinbridgelabour.org.uk"),
      tags=NL + ("breach", "list"),
      body="""Everyone - please DON'T open or forward the spreadsheet attached to Keith's message about the Christmas social. It isn't the volunteer rota. It's the whole membership export - names, addresses, phone numbers, dates of birth, arrears.

Keith has been told and is mortified. Tariq and the list admins are on it. If you've already downloaded it, please delete it (and empty your deleted items). Please don't reply all to this either, just delete.

Jean Lumb
Old Mill branch

--
You received this message because you are subscribed to the hdm-members list.
To unsubscribe send an email to hdm-members-leave@lists.hollinbridgelabour.org.uk""")

# D29 birthday card from councillor
c.add("data-protection", subject="Birthday card from Cllr Brigg??", sender=P("Denise", "Hirst", "icloud.com"),
      tags=NL + ("how-did-you-get",),
      body="""Got a birthday card today signed "best wishes, Janice Brigg, your Labour councillor". Very nice of her I'm sure but how does my councillor know when my birthday is? I'm 50, I haven't told anyone! Is that on a list somewhere? Bit creepy to be honest. Would rather not get another one.""")

# D30 husband forwards wife's worry
c.add("data-protection", subject="Fw: my wife's details", sender=P("Michael", "Fitton"),
      tags=NL + ("forwarded", "published-without-consent"),
      body=c.forward(
          """Tariq - my wife asked me to send this on as she doesn't have your email. She's not a member, I am. Can someone deal with it please.

Mike Fitton (Crossfields)""",
          """Mike, can you ask your Labour lot why my name and phone number are on the "Crossfields Community Clean-up - contacts" sheet that's pinned up in the library and on their Facebook page? I put my name down to help with litter picking, I didn't say put my mobile on a noticeboard. I've had two calls from numbers I don't know already. Want it off.

Lou x""",
          "Louise Fitton <lou.fitton@gmail.com>", "my details"))

# D31 objection to profiling, legal
c.add("data-protection", subject="Objection to profiling - Article 21 UK GDPR", sender=("Dr Esther Lamb", "e.lamb@hollinbridge-college.example.ac.uk"),
      tags=LG + ("objection", "profiling"),
      body="""Dear Secretary,

I understand from the Labour Party's published privacy notice that the party uses information about voters, including data from the electoral register, the marked register, canvass returns and commercially available data, to build profiles and to estimate how individuals are likely to vote.

I object, under Article 21(1) of the UK GDPR, to the processing of my personal data for the purposes of profiling, including any modelled voting-intention score, and under Article 21(2) to processing for direct marketing. I also request under Article 15 the information required by Article 15(1)(h) as to the existence of any automated decision-making or profiling, and meaningful information about the logic involved.

I appreciate that a local CLP secretary may not hold this data and that the request may need to go to the Party's Data Protection Officer. I should be grateful if you would forward it there and confirm that you have done so.

Yours faithfully,
Dr Esther Lamb""")

# D32 SAR overdue, legal, quoted
c.add("data-protection", also=["complaint"], subject="Re: Subject access request", sender=P("Adrian", "Whitworth"),
      tags=LG + ("access-request", "quoted", "overdue"),
      body=c.quote_reply(
          """Mr Mirza,

It is now 38 days since I sent the request below. The statutory period is one month. I have had no acknowledgement, no response, and no request for an extension.

I will wait a further seven days, after which I will submit a complaint to the Information Commissioner's Office and copy it to the Labour Party's Data Protection Officer and General Secretary.

Adrian Whitworth""",
          """Dear Mr Mirza,

I write to make a request under Article 15 of the UK General Data Protection Regulation for access to the personal data the Hollinbridge & Dearne Moor CLP holds about me.

[...]

Please treat this email as the start of the one-month statutory period.

Yours sincerely,
Adrian Whitworth""", quoted_from="Adrian Whitworth", style="outlook"))

# D33 one line
c.add("data-protection", subject="who gave you this email?", sender=P("Jason", "Crabtree", "gmail.com"),
      tags=NL + ("how-did-you-get",),
      body="""who gave you this email address. genuinely want to know""")

# ================================================================ safety

# S1 webform, nomination papers
c.add("safety", subject="New submission from Contact us", sender=c.form_robot(),
      reply_to="dearnemoorlocal@proton.me",
      tags=("webform", "doxxing", "implicit", "veiled"),
      body=c.webform({
          "Your name": "Dearne Moor Local",
          "Your email": "dearnemoorlocal@proton.me",
          "Postcode": "",
          "What is your enquiry about?": "Elections",
          "Message": "Read the statement of persons nominated today. Your candidate Kirsty Pollard, 8 Lower Moor Terrace. Didnt take long to find the one with the yellow door. We'll be seeing her. Maybe she should think again about the asylum hotel before polling day.",
      }))

# S2 Facebook: secretary's son's school
c.add("safety", subject="New activity in Hollinbridge Matters", sender=("Facebook", "groupupdates@facebookmail.com"),
      headers=c.newsletter_headers("Facebook"),
      tags=("social", "doxxing", "veiled", "child"),
      body="""Darryl Mellor posted in Hollinbridge Matters

Darryl Mellor: That Labour secretary Tariq Mirza who wrote to the paper backing the Moorview Hotel scheme, his lad is in year 9 at Thornleigh Academy. Maybe someone should have a word with the lad at the gates about what his dad's doing to this town. Just a word 😉

8 reactions · 31 comments

See post: https://www.facebook.com/groups/hollinbridgematters/posts/99120344

You're receiving notifications because you're a member of Hollinbridge Matters. Manage notification settings.
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""")

# S3 councillor reports van outside after register of interests (long)
c.add("safety", subject="The man in the van - for the record", sender=("Cllr Janice Brigg", "janice.brigg@hollinbridgelabour.org.uk"),
      tags=("stalking", "following", "first-person-report", "doxxing"),
      body="""Tariq,

You asked me to write down what's been happening so it's all in one place. Here it is. Sorry it's long.

Background: in August the council republished councillors' registers of interests after the new form came in. Mine had my home address on it because I own the house and the form asked for "land in the area". I didn't think about it. Nobody told us we could ask for it to be withheld. It was up on the council website for about five weeks until I asked for it to be removed.

In that time a man I have never met started commenting on my Facebook page about the Old Mill car park decision - angry but nothing unusual. Then on 14 September he commented "nice garden, the roses need deadheading". My front garden has roses. I deleted it and blocked him.

Since then:

- 18 Sept: a white van, no markings, parked across from my house from about 6pm to 9pm. A man in it, on his phone. I didn't think much of it.
- 22 Sept: the same van. My husband went over to ask if he was lost and he drove off.
- 2 Oct: the van was outside the Oddfellows Hall when I came out of the branch meeting. It followed me home, about ten yards behind, down Mill Lane and onto our road, then carried on past the house.
- 9 Oct: an envelope through the door, no stamp, with a printout of the register of interests page with my address highlighted and "NOT HARD" written across it in biro.
- Last night: the van again, 11pm, engine running, lights off, for about forty minutes.

I've reported it all to the police. The reference is 11/3309/26. They've said to ring 999 if I see the van and they've given me a number plate check (it's registered to a hire firm). I've got the envelope in a freezer bag.

I'm telling you because (a) I think the regional office should know, I gather they have a safety person, (b) I don't want to do the Old Mill surgery on my own any more, can somebody come with me, and (c) I think every councillor should be told today that they can get their address taken off the register. Two of the others still have theirs up.

I'm alright. I'm not going to stop doing the job. But I'm not sleeping.

Janice""")

# S4 Polish speaker, followed after group chat leak; also DP
c.add("safety", also=["data-protection"], subject="somebody know where I work", sender=P("Marek", "Zieliński", "gmail.com"),
      tags=("harassment", "first-person-report", "non-native", "following"),
      body="""Hello Tariq,

I am member from Crossfields, I was in the whatsapp of "Labour doorstep" with 200 people where everybody can see numbers. After I write in the group about the hotel (I say the refugees are people also), somebody from unknown number write me: "we know you work at the warehouse at Dearne Park, we see you come out at 10 at night, polish traitor".

Yesterday night when I finish work there was car with two men waiting near the bus stop and they say my name when I walk past. I go back in the warehouse and my friend drive me home.

I don't know who is this. I think they take my number from the group. I will go to police today. But please close this group or make numbers hidden, other people can have the same problem.

Marek""")

# S5 member forwards post doxxing secretary
c.add("safety", subject="Fwd: this is about Tariq", sender=P("Keith", "Dobbs"),
      tags=("forwarded", "doxxing", "third-party-report", "social"),
      body=c.forward(
          """Tariq - sorry, you need to see this. It's on the "Hollinbridge Uncut" Telegram channel, my nephew sent me a screenshot. I've typed out what it says. Your address and your car. I'd ring the police. Do you want me to come and sit with you tonight?

Keith""",
          """HOLLINBRIDGE UNCUT
Meet the man bringing 200 "asylum seekers" to the Moorview. Tariq Mirza, Labour's local fixer. 27 Ashgrove Road, the grey Passat. He's in most evenings after 7. Maybe pop round and tell him what you think, since he won't listen at meetings. He doesn't get to hide.
👁 1.2K""",
          "Keith Dobbs <k.dobbs@hollinbridgelabour.org.uk>", "this is about Tariq", style="gmail"))

# S6 wish-harm, membership secretary's house
c.add("safety", subject="Dobbs", sender=("Old Mill resident", "oldmill.res@outlook.com"),
      tags=("wish-harm", "doxxing", "veiled"),
      body="""You can tell your membership man Keith Dobbs from me that everybody on Mill Lane knows which house is his now, the one with the Labour poster in the window.

I'm not saying anyone should go round there. I'm not that sort. But if one night his windows went in I wouldn't lose any sleep, and neither would half of Old Mill after what his lot did to the market.""")

# S7 forwarded community list post with councillors' addresses
c.add("safety", subject="Fw: [hollinbridge-residents] bin strike", sender=P("Ann", "Sykes"),
      tags=("forwarded", "list", "doxxing", "third-party-report"),
      body=c.forward(
          """Tariq, this came through on the residents' list I'm on (not a Labour list). I'm not going to reply on it. But it's got all our councillors' home addresses and it's telling people to go round. Thought you and the councillors should know straight away.

Ann""",
          """Eight weeks no bins. Rats in the ginnels. The Labour councillors won't answer emails so here's where they live, it's all public from the election notices:

Brigg - Mill Lane
Akhtar - Cragg Vale Road
Haigh - the new builds off Thornleigh Road
Pollard - Lower Moor Terrace (yellow door)

Let's pay them a visit this weekend and take them a few bags of our rubbish. See how they like the smell on their own doorstep. And if they won't come to the door we'll make them come to the door.

--
hollinbridge-residents mailing list""",
          "Craig Sutcliffe <craig.sutcliffe@hollinbridge-residents.example.org>", "[hollinbridge-residents] bin strike"))

# S8 spaced letters, explicit-ish
c.add("safety", subject="a visit", sender=("x", "hdm2026x@protonmail.com"),
      tags=("noisy", "explicit", "doxxing"),
      body="""tariq mirza. ashgrove road. we will v i s i t. you and the w i f e. no police will stop it. count the days""")

# S9 suspicious item at chair's house
c.add("safety", subject="Package at Moira's - please read", sender=P("Peter", "Stainthorpe"),
      tags=("suspicious-item", "third-party-report", "doxxing"),
      body="""Tariq,

Moira asked me to write as she's with the police now.

About 8 this morning a package was left on our doorstep, not posted, no stamp, no sender. Addressed by hand to "Moira Stainthorpe, Labour Party Chair" with our full address, which until last month was not anywhere public - it was in that leaked spreadsheet the Reform lot got hold of, according to the police. It's a shoebox size, taped all round, and something rattles inside.

We haven't opened it. We've moved away from it and rung 999 and they've told us to keep away and they're sending someone. Our neighbours on both sides have been asked to go out the back.

Can you let the other officers know, and tell them if anything similar turns up not to touch it.

Peter (Moira's husband)""")

# S10 quoted rant, embedded threat about the breach
c.add("safety", also=["data-protection"], subject="Re: Apology - accidental sharing of members' details", sender=P("Gary", "Redfearn"),
      tags=("quoted", "embedded", "doxxing", "veiled"),
      body=c.quote_reply(
          """An apology. Great. My address, my phone, my DATE OF BIRTH went out to 600 people because your membership bloke can't attach a file, and I get an apology signed "Tariq".

Do you know what I do for a living? I'm a prison officer. There are people who'd pay money for where I live. So thanks for that. I've had to tell my manager, I've had to tell my wife why she needs to keep the kids' bedroom curtains shut.

I've cancelled my membership and I'm not done with this. And seeing as you lot were so free with my details, I've had a look at yours. Ashgrove Road, the grey Passat, leaves at 7.45. Works both ways, doesn't it. Think about how it feels.""",
          """Dear member,

I'm writing to apologise. On 14 November a spreadsheet containing members' names, addresses, phone numbers, dates of birth and membership status was sent in error to the hdm-members list. We have asked all recipients to delete it and have reported the incident to the Labour Party's data protection team.

I am very sorry.

Tariq Mirza
Secretary""", quoted_from=SEC, style="gmail"))

# S11 HTML-only, puppy walked on canal at 6.40
c.add("safety", subject="The new puppy", sender=("A neighbour", "canalside.walker@gmail.com"),
      fmt="html", tags=("html-only", "stalking", "implicit"),
      body="""Dear Moira,

I hope the new puppy is settling in. Lovely little thing, black with the white chest. I've seen you walking him along the canal towpath by the old dye works most mornings, about 6.40, before it's properly light. It's very quiet down there that time of day, isn't it. Nobody about.

You should be more careful. All sorts of people know your routine now.""")

# S12 third-party: office manager - leaked spreadsheet used by abusive ex; also DP
c.add("safety", also=["data-protection"], subject="Constituent found via the leaked members' list - police involved", sender=("Lucy Pearson", "lucy.pearson@parliament.example.uk"),
      tags=("third-party-report", "stalking", "doxxing"),
      body="""Tariq,

In confidence, please. I manage the MP's constituency office.

A woman came in this morning, very distressed. She's a member in your CLP and her details were in the spreadsheet that went out on the members' list. She had moved to escape a violent ex-partner and had updated her address with the party only a fortnight ago. One of the 600 people who received the spreadsheet is a friend of her ex. Last night her ex turned up outside her new flat and sent her a text saying "found you, wasn't hard, the Labour party told me". He has a non-molestation order against him.

The police are dealing with it and she's being moved. I've told her we'll do everything we can. I need to know, today if possible, exactly who received that file and whether anyone has told you they forwarded it. And I think regional office needs to hear about this directly from you, not second-hand.

Lucy Pearson
Office Manager, constituency office""")

# S13 conditional, Moorview hotel, councillor's address
c.add("safety", subject="Moorview", sender=("Concerned Parent HB", "concernedparenthb@gmail.com"),
      tags=("conditional", "doxxing", "veiled"),
      body="""Message for Cllr Akhtar.

If the Moorview Hotel gets another coachload, your house on Cragg Vale Road will be getting visitors of its own. Plenty of us know it. The one with the side gate that doesn't lock.

Vote against it on the 4th and nobody will need to come round. Simple as that.""")

# S14 Instagram pile-on, women's officer
c.add("safety", subject="hollinbridge.uncut mentioned you in a comment", sender=("Instagram", "no-reply@mail.instagram.com"),
      headers=c.newsletter_headers("Instagram"),
      fmt="alt", tags=("social", "pile-on", "doxxing", "harassment"),
      body="""hollinbridge.uncut mentioned you in a comment: "@hollinbridgelabour your women's officer Fozia lives above the nail bar on Market St, flat 2, we all know her face now 😂 everyone go say hi"

Other comments on this post:
dm_lads: she'll get a knock tonight then
steelcityjay: flat 2 lol. going past there later
moortop_mick: 🔥🔥 about time someone named them

View comment

Instagram from Meta
This was sent to secretary@hollinbridgelabour.org.uk. Not you? Remove your email.
Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025""")

# ================================================================ query (confusers)

# Q1 moved wards
c.add("query", subject="Address change + which branch now", sender=P("Nicola", "Heap"),
      tags=QD + ("change-of-address",),
      body="""Hi Tariq,

We've moved from Crossfields to Old Mill (14 Tenter Croft). I've updated Membersnet. Which branch meetings do I go to now - Old Mill? And do I need to be re-elected as a GC delegate or does that carry over?

Nicola""")

# Q2 reply to phone bank text with new number
c.add("query", subject="Re: Saturday phone bank", sender=P("Andrew", "Sutcliffe"),
      tags=QD + ("update-phone", "quoted"),
      body=c.quote_reply(
          """Count me in for Saturday morning. And while I think of it - the number you've got for me is my old work mobile, which I handed back in June. New one's 07700 900 226. Could you update it?

Andy""",
          """Hi all,

We're running a phone bank this Saturday 10-12 at the Oddfellows Hall. Laptops provided, biscuits provided. Reply to let me know if you're coming.

Tariq""", quoted_from=SEC))

# Q3 changed email on Membersnet but emails go to old one
c.add("query", subject="emails still going to old address", sender=P("Catherine", "Dyson"),
      tags=QD + ("which-email",),
      body="""Hello, I changed my email on Membersnet in the summer (to this one) but the branch and CLP emails still go to my old work address, which I only get when I'm in the office. Is there a separate CLP list that needs changing? Thanks, Catherine Dyson, Thornleigh""")

# Q4 renewal letter used old name (trans member); also DP
c.add("query", also=["data-protection"], subject="Renewal letter - wrong name", sender=("Alex Brennan", "alexbrennan.hdm@gmail.com"),
      tags=QD + ("old-name",),
      body="""Hi Tariq,

Small thing but it matters to me. My renewal letter came with my old name on it. I changed my name by deed poll two years ago and updated it online, and my card and emails are right, but the paper letter isn't. My mum opened it (I still live at home) which wasn't great.

Is there a paper-letter list that's separate from the online one? How do I get it fixed? Happy to send the deed poll if needed.

Alex""")

# Q5 GC minutes from March
c.add("query", subject="March GC minutes?", sender=P("Yusuf", "Bhatti"),
      tags=QD + ("minutes",),
      body="""Tariq, could you send me the March GC minutes? I've got Feb and April but March seems to have missed me. Cheers, Yusuf (Dearne Moor)""")

# Q6 parish council, address on ballot paper
c.add("query", subject="Parish council nomination - does my address go on the ballot paper?", sender=P("Ruth", "Greenhalgh"),
      tags=QD + ("nomination-address",),
      body="""Dear Tariq,

I'm planning to stand for Hollin Top parish council next May with the Labour description. I've downloaded the nomination pack from the council. Is it right that my address is printed on the ballot paper unless I fill in the home address form? I'm perfectly happy for people to know which village I live in, but I'd rather not have my house number on every ballot and on the noticeboard outside the church.

Also do I need a certificate from you or the agent to use "Labour Party" on the ballot?

Many thanks,
Ruth Greenhalgh""")

# Q7 which ward am I in
c.add("query", subject="ward", sender=P("Dean", "Whiteley", "hotmail.co.uk"),
      tags=QD + ("which-ward",),
      body="""Which ward is 3 Cloth Hall Yard in? Is it Market or Old Mill? My membership card says one and my polling card says the other. Want to go to the right branch meeting.""")

# Q8 non-native, changed bank
c.add("query", subject="membership pay", sender=P("Ewa", "Kaczmarek", "wp.pl"),
      tags=QD + ("dues", "non-native"),
      body="""Hello,

I change my bank from Santander to Monzo. Now I think my membership is not paid because the old card not work. How I can pay now? Is it in the website or I send to you?

Thank you
Ewa Kaczmarek (Crossfields)""")

# Q9 webform, new member didn't get welcome
c.add("query", subject="New submission from Contact us", sender=c.form_robot(),
      reply_to=("Femi Ojo", "femi.ojo@outlook.com"),
      tags=QD + ("webform", "which-email"),
      body=c.webform({
          "Your name": "Femi Ojo",
          "Your email": "femi.ojo@outlook.com",
          "Postcode": "HB2 3LP",
          "What is your enquiry about?": "Membership",
          "Message": "I joined online three weeks ago but haven't had any welcome email or anything from the local party. Do you have my details? Is it the right email? I'd like to come to a meeting.",
      }))

# Q10 off WhatsApp but stay on email; also DP
c.add("query", also=["data-protection"], subject="WhatsApp vs email", sender=P("Marjorie", "Holt"),
      tags=QD + ("contact-preference",),
      body="""Tariq,

I'm in three of the branch WhatsApp groups and I can't keep up, the phone pings all evening. Could I come out of the WhatsApps and just get things by email? I still want to know what's going on and I'll still do my leaflet round. Is that possible or is everything on WhatsApp now?

Marjorie""")

# Q11 youth delegate form asks date of birth
c.add("query", subject="Youth delegate form - date of birth?", sender=("Josh Akhtar", "josh.akhtar07@gmail.com"),
      tags=QD + ("form-fields",),
      body="""hi Tariq, I'm filling in the form to be youth delegate to regional conference and it asks for my date of birth and home address. is that normal? does it go to the region or does the CLP keep it? just checking before I send it. thanks, Josh""")

# Q12 branch officer asks if they can use the membership list for leafleting; also DP
c.add("query", also=["data-protection"], subject="Using the members list for a leaflet rota?", sender=P("Brian", "Sowden"),
      tags=QD + ("officer-question",),
      body="""Hi Tariq,

After the CC business (sorry again) I want to do things properly. For Old Mill branch I'd like to ring round members to get more people on the leaflet rota. Am I allowed to use the members list from Membersnet to phone people, or do I have to ask them first somehow? And is it OK to keep a spreadsheet of who's on the rota on my home computer?

Brian
Old Mill branch secretary""")

# Q13 elderly: use son's email
c.add("query", subject="Please write to my son's address", sender=("Peter Wadsworth", "wadsworth.peter@sky.com"),
      tags=QD + ("contact-preference", "elderly"),
      body="""Dear Mr Mirza,

I am writing from my son's computer. I am a member in Hollin Top but I do not use email. Please could any notices for me come to this address, my son Peter's, and he will print them out for me. My name is Walter Wadsworth.

Thank you,
Walter Wadsworth""")

c.write()
