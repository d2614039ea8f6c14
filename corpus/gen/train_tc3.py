"""train/tc3: queries, part 1 (Kelvin North CLP, Scotland). All content hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tc3", seed=1303)
P = c.person

# 1 next branch meeting, short
c.add("query", subject="next meeting", sender=P("Callum", "McKenzie"), tags=("meetings", "short"),
      body="Hi Jamie, when's the next Lochburn branch meeting? Cheers, Callum")

# 2 resend Zoom link for Thursday
c.add("query", subject="Zoom link for Thursday's GC?", sender=P("Fiona", "Campbell"),
      tags=("meetings", "online"),
      body="""Hi Jamie,

Sorry, I think I've deleted the email with the Zoom link for Thursday's GC. Would you be able to send it again? I'll be joining from work so can't make it in person this time.

Many thanks,
Fiona""")

# 3 just joined, which branch
c.add("query", subject="Just joined - how do I get involved?", sender=P("Kofi", "Appiah"),
      tags=("joining", "which-branch"),
      body="""Hello,

I joined the party online last week (membership number still to come, I think). I live on Crawford Street, G20 postcode. I have no idea which branch that is or how I find out when it meets. I'd like to actually do something rather than just pay a direct debit - leafleting, whatever's needed.

Could you point me in the right direction?

Thanks,
Kofi""")

# 4 transfer from Edinburgh
c.add("query", subject="Transferring from Edinburgh Southern", sender=P("Niamh", "Gallagher"),
      tags=("transfer", "joining"),
      body="""Hi there,

I've just moved to Glasgow for work (a flat off Northpark Road) and I've been a member in Edinburgh Southern CLP for four years. I've updated my address on Membersnet, but do I need to do anything else to transfer? And is there a branch meeting coming up I could come along to?

Best,
Niamh Gallagher""")

# 5 webform: which ward am I in
c.add("query", subject="New form entry: Contact", sender=c.form_robot(),
      reply_to=("Sandra Milne", "sandra.milne@btinternet.com"), tags=("webform", "which-ward"),
      body=c.webform({
          "Name": "Sandra Milne",
          "Email": "sandra.milne@btinternet.com",
          "Postcode": "G20 9XX",
          "Are you a member?": "Yes",
          "Message": "Could you tell me which council ward I'm in and who my Labour councillors are? The boundaries changed and I'm not sure if I'm still in Braeside or now in Firpark. Thank you.",
      }, form="Contact"))

# 6 retired, volunteer admin
c.add("query", subject="Offer of help", sender=P("Moira", "Stewart", "btinternet.com"),
      tags=("volunteering",),
      body="""Dear Jamie,

I retired from the civil service in the summer and I find I have rather more time than I know what to do with. I'm not one for chapping doors (bad knees), but I'm good with spreadsheets, minutes, envelopes and telephones. Is there anything useful I could do for the CLP? I'm free most weekdays.

Kind regards,
Moira Stewart
Kelvin Vale""")

# 7 canvassing this weekend
c.add("query", subject="Saturday canvass - where do we meet?", sender=P("Ross", "Campbell"),
      tags=("canvassing",),
      body="""Hiya, saw on Facebook there's a canvass in Firpark on Saturday morning. Where's the meeting point and what time? Do I need to bring anything (clipboard?) or is it all on the app now? First time so be gentle 😅

Ross""")

# 8 arrears letter, how to pay
c.add("query", subject="Letter about arrears", sender=P("Margaret", "Reid", "aol.com"),
      tags=("dues", "arrears", "elderly"),
      body="""Dear Sir

I have had a letter from the Labour Party saying my membership is in arrears by £28.50. I used to pay by cheque every year but my bank has stopped my cheque book. How do I pay now? I don't have the internet banking. Can I give the money to someone at the branch?

Mrs M Reid
14 Ardmore Terrace""")

# 9 membership card
c.add("query", subject="membership card", sender=P("Jack", "Wilson"),
      tags=("membership-card", "short"),
      body="Hi, I joined in August and still haven't had a card. Is that normal or should I chase someone? Thanks, Jack")

# 10 childcare at meetings
c.add("query", subject="Childcare at branch meetings?", sender=P("Leanne", "Fraser"),
      tags=("childcare", "access"),
      body="""Hi Jamie,

I'm a single mum with a 4 year old and a 7 year old and I'd really love to come to the branch meetings but 7pm on a school night is hard. Is there any help with childcare costs? I read somewhere that the party can reimburse it. Or would it be OK to bring them along with colouring books - they're fairly well behaved (mostly)?

Thanks
Leanne""")

# 11 hearing loop
c.add("query", subject="Hearing loop at Lochburn hall", sender=P("Brian", "Murray"),
      tags=("access",),
      body="""Hello,

Does Lochburn Community Hall have a working hearing loop? I've a hearing aid and in big rooms I miss most of what's said. If there isn't one, would it be possible for me to sit near the front and for speakers to use the microphone?

Brian Murray""")

# 12 can non-member partner attend
c.add("query", subject="Can my partner come?", sender=P("Aisha", "Hussain"),
      tags=("non-members", "meetings"),
      body="Quick one - my partner isn't a member (yet!) but is interested. Can she come to the branch meeting with me on the 9th, even if she can't vote? Aisha")

# 13 how to become GC delegate, also procedural
c.add("query", also=["procedural"], subject="Becoming a GC delegate", sender=P("Euan", "Docherty"),
      tags=("delegates",),
      body="""Hi Jamie,

How does someone become a delegate to the General Committee? Is it elected at the branch AGM, and if so when's the Braeside AGM? I've been a member for about 18 months - is there a minimum?

Ta,
Euan""")

# 14 garden stake board
c.add("query", subject="Stake board for the garden", sender=P("Alan", "McDonald"),
      tags=("boards", "campaign"),
      body="""Hello

We're on the corner of Firpark Road and Lomond Street, lots of passing traffic. Could we get one of the big Labour stake boards for the front garden come the election? Happy to put it up ourselves if someone drops it off.

Alan & Irene McDonald""")

# 15 window poster
c.add("query", subject="poster", sender=P("Zofia", "Kowalski"),
      tags=("posters", "campaign", "short"),
      body="hello, is possible to have a poster for my window? the red one with the candidate. I live Northpark Road 212 flat 3/1. thank you Zofia")

# 16 MP casework - neighbour immigration
c.add("query", also=["other"], subject="Help for a neighbour - visa problem",
      sender=P("Janet", "Murray"), tags=("casework", "mp"),
      body="""Hi Jamie,

I'm not sure the CLP is the right place for this, so please point me elsewhere if not. My neighbour, a nurse from Kerala, has had her visa extension stuck with the Home Office for nine months and she can't travel to see her dying father. She doesn't know how to contact the MP and is frightened of making things worse.

How does she get in touch with Gordon's office about casework? Is there a surgery she can go to, or an email? I can go with her.

Thanks,
Janet""")

# 17 URGENT subject, not urgent
c.add("query", subject="URGENT - membership number", sender=P("Sophie", "Ross"),
      tags=("confuser", "query-with-urgent", "membership"),
      body="""Hi!!

I need my membership number to register for the Scottish Young Labour conference in March but I can't find my welcome email anywhere. Could you send it over when you get a chance? Registration closes at the end of January.

Thanks so much
Sophie""")

# 18 URGENT!! what time does the meeting start on the 12th
c.add("query", subject="URGENT!! meeting time", sender=P("Tommy", "Doyle"),
      tags=("confuser", "query-with-urgent", "meetings", "short"),
      body="what time is the branch meeting on the 12th next month? need to book a shift swap\n\nTommy")

# 19 complaint as query: minutes not circulated
c.add("complaint", also=["query"], subject="Branch minutes?", sender=P("Gordon", "Baird"),
      tags=("confuser", "complaint-as-query", "minutes"),
      body="""Hi Jamie,

Could you tell me why the Kelvin Vale branch minutes haven't been circulated since June? I've asked at the last three meetings and been told "they're coming". I'd just like to know whether there's a reason, because it's now quite hard to follow what has actually been agreed, and some of it seems to be changing from meeting to meeting.

Thanks,
Gordon""")

# 20 polite question that's really a complaint
c.add("complaint", also=["query"], subject="Does anyone read the suggestions?", sender=P("Carol", "Anderson"),
      tags=("confuser", "complaint-as-query", "ignored"),
      body="""Dear Jamie,

I just wondered whether anyone actually reads the suggestions people put in through the "Have your say" form on the website? I have put in three since the spring (about a crèche, about meeting times and about large-print agendas) and have never had so much as an acknowledgement. I'd hate to think they're going into a void.

Best wishes,
Carol Anderson""")

# 21 student joining
c.add("query", subject="Student - Labour Students or the CLP?", sender=P("Yusuf", "Rahman"),
      tags=("joining", "students"),
      body="""hey, I'm a first year at the uni and I've just joined the party. I'm living in halls on Kelvinhaugh St. Do I join the CLP here or back home in Dundee? And is the uni Labour club something separate? sorry if these are stupid questions

Yusuf""")

# 22 Polish speaker: register to vote and join
c.add("query", subject="question about vote and joining", sender=P("Marek", "Zielinski"),
      tags=("non-native", "joining"),
      body="""Dzień dobry,

I am from Poland, living in Glasgow 6 years, I have settled status. My wife she say in Scotland we can vote also in Scottish Parliament election, not only council, is true? How we register for this?

Also I think to join Labour party. Is possible for me, not British citizen? And how much is the cost per month, we are not rich people haha.

Thank you for answer
Marek""")

# 23 Urdu speaker: bring wife, interpreter
c.add("query", subject="meeting question", sender=P("Mohammed", "Iqbal"),
      tags=("non-native", "access", "meetings"),
      body="""Respected Jamie sahib,

I am member of Labour since 2009 in Northpark. My wife is also member but her English is not very much good, she understand little but speaking is difficult. She want to come to the women meeting. It is possible she bring our daughter for translate in Urdu? Or is there somebody can help in the meeting for translation?

Please advise.

Regards
Mohammed Iqbal""")

# 24 polling day volunteering, months away
c.add("query", subject="Polling day - what's involved?", sender=P("Sean", "Murphy"),
      tags=("volunteering", "election"),
      body="""Hi Jamie,

I'd like to help on polling day in May - I can take the day off work. I've never done it before. What sort of things do people do? Telling outside polling stations? Knocking up? And is there training beforehand? Just want to plan ahead.

Sean""")

# 25 DD change of bank
c.add("query", subject="Changing bank for direct debit", sender=P("Karen", "Baker"),
      tags=("dues", "membership"),
      body="Hi, I'm switching banks next month. Will my membership direct debit move over automatically with the switch service or do I need to set up a new one? Don't want to end up lapsed. Karen")

# 26 change of address within the constituency
c.add("query", subject="Change of address", sender=P("Hazel", "Gray"),
      tags=("membership", "change-of-address"),
      body="""Hello,

I have moved from 8 Lomond Street to 41b Ardmore Road (still in the constituency I think). Can you update my details, or do I need to do it myself somewhere? Also will this change my branch?

Thank you,
Hazel Gray""")

# 27 newsletter by post
c.add("query", subject="Newsletter by post", sender=P("Robert", "Ferguson"),
      tags=("membership", "elderly"),
      body="""Dear Secretary,

My daughter has set up this email for me but I don't really use it. Is it possible to receive the CLP newsletter by post instead? I would be happy to pay for stamps.

Robert Ferguson
Braeside""")

# 28 run a quiz night fundraiser
c.add("query", subject="Quiz night idea", sender=P("Gemma", "Wallace"),
      tags=("fundraising", "volunteering"),
      body="""Hi Jamie

A few of us in Firpark branch want to run a quiz night at the bowling club to raise money for the May campaign. Who do we need to ask/clear it with? Is there anything about licensing or money handling we should know - e.g. does the money have to go through the CLP account, and do we need to record who buys tickets?

Gemma""")

# 29 union affiliated supporter
c.add("query", subject="Union member - affiliated supporter?", sender=P("Dai", "Hughes"),
      tags=("affiliates", "membership"),
      body="""Hi,

I pay the political levy through Unison. Does that make me an affiliated supporter, and if so can I come to CLP meetings or vote in selections? Or do I need to join as a full member? Bit confused by the different categories.

Dai""")

# 30 assistance dog
c.add("query", subject="Assistance dog at meetings", sender=P("Catherine", "Muir"),
      tags=("access",),
      body="""Hello Jamie,

I'm registered blind and I have a guide dog, Hector. Before I come to my first branch meeting, could you confirm the venue is happy to have him? Also, would it be possible to get the agenda emailed beforehand as a plain Word document so my screen reader can read it?

Many thanks,
Catherine Muir""")

# 31 quoted follow-up about canvass
c.add("query", subject="Re: Saturday canvass", sender=P("Ailsa", "Brodie"),
      tags=("quoted-reply", "canvassing"),
      body=c.quote_reply(
          "Thanks Jamie, that's great. One more question - is the Sunday session still on if it's raining? And is there somewhere to park near the library?",
          """Hi Ailsa,

Saturday we're meeting at 10.30 outside Northpark Library. We'll pair you up with someone experienced so don't worry about not having done it before. Wear comfy shoes!

Jamie""", style="gmail"))

# 32 forward: newsletter vs website dates
c.add("query", subject="Fwd: Kelvin North Labour - October news", sender=P("Stuart", "Kerr"),
      tags=("forwarded", "agm", "meetings"),
      body=c.forward(
          "Jamie - the newsletter below says the AGM is on the 14th, but the website says the 21st. Which is it? Don't want to turn up on the wrong night.\n\nStuart",
          """KELVIN NORTH LABOUR - OCTOBER NEWS

* Our CLP AGM will be held on Thursday 14 November at 7pm in Lochburn Community Hall. All members welcome.
* Campaign days: every Saturday 10.30am, meeting points on the website.
* Burns Supper tickets now on sale - see below.
* Thank you to everyone who came out for the Firpark by-election!""",
          "Kelvin North Labour <news@kelvinnorthlabour.org>", "Kelvin North Labour - October news"))

# 33 how to submit motion, also procedural
c.add("query", also=["procedural"], subject="How do I put a motion to the GC?", sender=P("Amara", "Okafor"),
      tags=("motions",),
      body="""Hi Jamie,

I'd like to propose a motion about bus franchising for the GC. What's the process - does it have to go through my branch first, is there a deadline before each GC, and is there a template or word limit?

Thanks,
Amara""")

# 34 Burns Supper tickets
c.add("query", subject="Burns Supper tickets", sender=P("Willie", "Gow"),
      tags=("events", "tickets"),
      body="""Jamie

How do I get tickets for the Burns Supper? 4 please, one vegetarian (the haggis kind not the no-haggis kind, if that makes sense!). Can I pay at the door or do I need to bank transfer?

Willie""")

# 35 15-year-old join
c.add("query", subject="can i join at 15?", sender=P("Ellie", "Brennan"),
      tags=("joining", "youth", "short"),
      body="hi im 15 and really into politics, can i join labour or do i have to wait till 16? my mum says its ok. what would i be allowed to do?\n\nellie")

# 36 non-member, right email for councillor
c.add("query", subject="Is this the right email for the councillor?", sender=P("Derek", "Allan"),
      tags=("public", "councillor"),
      body="""Hello, I'm not a member but your website came up when I searched for my councillor. I want to ask about getting a dropped kerb outside my house for my wife's wheelchair. Is this the right email or do I contact the council? Who are the Labour councillors for Braeside?

Derek Allan""")

# 37 how to get on the council candidates' panel
c.add("query", subject="Getting on the council panel", sender=P("Precious", "Okoro"),
      tags=("selection",),
      body="""Hi Jamie,

I'm thinking about putting myself forward as a council candidate for 2027. What's the process for getting onto the panel? Is there training? And does the CLP have a timetable yet? I'd like to start preparing early.

Thanks,
Precious Okoro""")

# 38 bank details for raffle
c.add("query", subject="Bank details?", sender=P("Linda", "Mitchell"),
      tags=("finance", "short"),
      body="Hi can you send me the CLP bank details so I can pay for the raffle tickets I sold at work? £45. Thanks, Linda")

# 39 lift to the meeting
c.add("query", subject="Lift to the AGM", sender=P("Agnes", "Kelly", "btinternet.com"),
      tags=("access", "elderly", "meetings"),
      body="""Dear Jamie

Is there anybody going to the AGM from the Ardmore end who could give me a lift? I don't go out in the dark on my own since my fall. I'd gladly give something towards petrol.

Agnes Kelly (Mrs)
0141 496 0731""")

# 40 Doorstep / Organise access
c.add("query", subject="Access to the canvassing app", sender=P("Hamza", "Iqbal"),
      tags=("canvassing", "digital-tools"),
      body="""Hi Jamie,

I've been out canvassing three times with paper sheets and would like to use the app like everyone else. Who gives out logins? Do I need to do some training or data protection course first?

Hamza""")

# 41 HTML-only formal query about AGM & nominations
c.add("query", also=["procedural"], subject="AGM - nomination forms", fmt="html",
      sender=P("Graham", "Russell"), tags=("html-only", "agm", "nominations"),
      body="Dear Sir/Madam, please could you advise when the nominations for CLP officer positions open, and where I might obtain a nomination form. Also, may nominations be made by email? Yours faithfully, Graham Russell",
      html_body="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head><body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Dear Sir/Madam,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Please could you advise when the nominations for CLP officer positions open for this year&#8217;s AGM, and where I might obtain a nomination form?<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Also, may nominations be submitted by email, or must they be signed originals?<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Yours faithfully,<o:p></o:p></p><p class="MsoNormal">Graham Russell<o:p></o:p></p><p class="MsoNormal">Kelvin Vale branch<o:p></o:p></p>
</div></body></html>""")

# 42 Co-op party dual membership
c.add("query", subject="Co-op Party", sender=P("Anna", "Lindsay"),
      tags=("membership", "affiliates"),
      body="Hello - if I join the Co-operative Party as well, can I still stand for things in the CLP, and is there a local Co-op party branch? I'm already a Labour member. Ta, Anna")

# 43 MSP vs MP casework, NHS waiting list
c.add("query", subject="Hip operation waiting list - MSP or MP?", sender=P("Jim", "Paterson"),
      tags=("casework", "mp", "msp"),
      body="""Dear Jamie,

I've been on the waiting list for a hip replacement for 71 weeks. I want to write to somebody about it. Is that a matter for Gordon Lennie (MP) or Catriona Baird (MSP)? I get confused which is which now. And do I write to their office or is there a surgery I can go to? I'm a member in Braeside.

Jim Paterson""")

# 44 work experience in MP's office
c.add("query", subject="work experience", sender=P("Ruby", "Fraser"),
      tags=("mp", "youth"),
      body="""Hi,

I'm in S5 at Kelvin Academy and I'm really interested in politics. Does Gordon Lennie's office take work experience students? Or is there anything I could do with the local party over the summer? My modern studies teacher suggested I ask.

Thank you,
Ruby Fraser""")

# 45 Romanian, council tax - misdirected-ish
c.add("query", also=["other"], subject="help with letter from council", sender=P("Ioana", "Dumitru"),
      tags=("non-native", "public", "misdirected"),
      body="""Hello,

Sorry for disturb. I receive letter from the council about council tax, they say I must pay £640 from last year but I was student and I send the paper for exemption. I dont understand what I must do. My friend say Labour people can help. Can you tell me where I go or who I call please?

Thank you very much
Ioana""")

# 46 help with social media
c.add("query", subject="social media help?", sender=P("Jordan", "Mackay"),
      tags=("volunteering", "digital"),
      body="""Hey Jamie,

I do social media for a living (small agency in town). Happy to help the CLP with the Facebook/Insta/TikTok side of things if that's useful - graphics, scheduling, short videos from campaign days. Who would I talk to?

Jordan""")

# 47 phone banking from home
c.add("query", subject="Phone banking from home", sender=P("Eileen", "Thomson"),
      tags=("volunteering", "canvassing"),
      body="Is it possible to do phone canvassing from home? I'm housebound with ME most weeks but have a good phone and a laptop and would love to feel useful. Eileen")

# 48 women's forum when/where
c.add("query", subject="Women's forum", sender=P("Shabana", "Ahmed"),
      tags=("meetings", "women"),
      body="""Hi Jamie,

Is the Kelvin North women's forum still running? A friend said it meets monthly but I can't find anything on the website. When and where, and is it open to non-members? I'd like to bring my sister.

Shabana""")

# 49 disabled members' network
c.add("query", subject="Disabled members network", sender=P("Neil", "Grant"),
      tags=("access", "networks"),
      body="Hello. Is there a disabled members' officer in the CLP, or a Scottish Labour disabled members' group I can get in touch with? Thanks, Neil Grant")

# 50 BSL at AGM
c.add("query", subject="BSL interpreter for AGM", sender=P("Rachel", "Devlin"),
      tags=("access", "agm"),
      body="""Hi

I am Deaf and use BSL. I would like to come to the CLP AGM. Can the party book an interpreter? I need to know at least 3 weeks before because interpreters get booked up. If not possible please tell me so I can plan.

Thanks
Rachel""")

# 51 baby at GC
c.add("query", subject="Bringing a baby to GC", sender=P("Naomi", "Walker"),
      tags=("childcare", "meetings"),
      body="Hi Jamie - I'm a GC delegate and I've got a 3 month old. Is it OK if I bring her along on Thursday? She mostly sleeps in the sling. Don't want to miss the vote on the budget. N x")

# 52 in person or online this month
c.add("query", subject="In person or online?", sender=P("Stephen", "Boyle"),
      tags=("meetings", "short"),
      body="Jamie, is the Northpark branch in person or online this month? The email said both at different points. Stephen")

# 53 arrears and selection vote
c.add("query", subject="Arrears and voting in the selection", sender=P("Derek", "Sinclair"),
      tags=("dues", "arrears", "selection"),
      body="""Hi Jamie,

I've been in arrears for a few months (long story, job change). If I pay it all off this week, will I be able to vote in the Holyrood selection? Or is there a cut-off date for being in good standing? Just want to make sure I'm eligible.

Derek""")

# 54 URGENT please call me back - stake board
c.add("query", subject="URGENT please call me back", sender=P("Irene", "Lennox", "hotmail.co.uk"),
      tags=("confuser", "query-with-urgent", "boards", "elderly"),
      body="""Jamie can you phone me please 0141 496 0622. My neighbour got one of those boards for the garden and I would like one too for when the election is on. I am in most days.

Irene Lennox""")

# 55 Urgent question re stake boards
c.add("query", subject="Urgent question re leaflets", sender=P("Paul", "McGuire"),
      tags=("confuser", "query-with-urgent", "leaflets"),
      body="""Hi Jamie,

Urgent question (well, not really urgent, I just didn't want it to get lost!): when the spring leaflets are ready, can Firpark branch have 1,500 rather than 1,000? We've picked up three new streets since the boundary change. Any time in the next few weeks is fine.

Paul""")

# 56 complaint as query: my question skipped
c.add("complaint", also=["query"], subject="Why was my question to Gordon skipped?",
      sender=P("Marion", "Lawson"), tags=("confuser", "complaint-as-query", "mp"),
      body="""Jamie,

Can someone explain why my question to Gordon at Friday's members' meeting was skipped? I submitted it in writing a week in advance as asked, it was about the two-child limit, and the chair said "we've covered that" when we very clearly hadn't. Three other written questions were read out that were submitted on the night.

Is there a reason, or was it just a question nobody wanted asked?

Marion Lawson""")

# 57 query also complaint: why meetings moved to Tuesdays
c.add("query", also=["complaint"], subject="Meetings on Tuesdays now?", sender=P("Hannah", "Docherty"),
      tags=("confuser", "complaint-as-query", "meetings"),
      body="""Hi Jamie,

I see branch meetings have moved from Wednesdays to Tuesdays. Just out of interest, why was that? I ask because I teach an evening class on Tuesdays so I'll miss every one from now on, which is a shame. Is there any way of joining remotely, or getting the papers in advance so I can send comments?

Hannah""")

# 58 CLP's position on walkway closure
c.add("query", subject="Kelvin walkway closure", sender=P("Andrew", "Munro"),
      tags=("policy-position",),
      body="""Hi,

A neighbour asked me on the doorstep what Labour's position is on the council's plan to close the lower walkway by the river "for safety reasons". I didn't know. Does the CLP or the council group have a line on it? Would be good to know before Saturday's canvass.

Andrew""")

# 59 wifi password
c.add("query", subject="wifi", sender=P("Liam", "Boyle"),
      tags=("short", "meetings"),
      body="whats the wifi password at lochburn hall lol. need it for the zoom bit of the AGM next week")

# 60 teen txt-speak canvassing
c.add("query", subject="canvassing", sender=P("Kai", "Brown", "icloud.com"),
      tags=("canvassing", "noisy", "youth"),
      body="hiya how do i sign up 4 canvassing my mate said u do it on saturdays?? do i need to b a member or can i just come. im 17\n\nSent from my iPhone")

c.write()
