"""train / tm5: hard negatives from campaign life on the ground — doors, stalls, leaflets,
hustings, counts, polling stations, young volunteers and the constituency office. Campaign
slang, violent metaphors, ordinary violent words, rough but harmless exchanges, and mail
about threats to others. None of these is a threat. Written by hand."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tm5", seed=2605)
SEC_NAME, SEC_ADDR = c.secretary()
SEC = SEC_NAME.split()[0]

# 1 ---------------------------------------------------------------------------------------
c.add("bulk", subject="This weekend: hit the doors in our target seats 🌹",
      sender=("Tynebridge Labour", "campaigns@tynebridgelabour.org.uk"),
      headers=c.newsletter_headers("Mailchimp"), fmt="alt",
      body="""Hi there,

Six weeks to go and it's all hands on deck. Our target seats are Walker Dene and St Aidan's, and this weekend we're going to hit the doors harder than we've ever done.

SATURDAY
10.30 - Walker Dene, meet at the Co-op car park
14.00 - St Aidan's, meet outside the library

SUNDAY
11.00 - Walker Dene again (knock-up practice for new folk)

Never canvassed before? Brilliant. You'll be paired with someone who has. Bring comfy shoes and a brolly.

Let's smash it.

Tynebridge Labour

You're receiving this because you're a member or supporter of Tynebridge CLP. Unsubscribe | Update your preferences""",
      tags=("hard-negative", "benign-violent-word", "metaphor"))

# 2 ---------------------------------------------------------------------------------------
c.add("query", subject="knock-up??",
      sender=c.person("Chloe", "Robson", provider="gmail.com"),
      body="""Hiya Mark,

Sorry if this is a daft question. I keep seeing "knock-up" and "target seat" and "GOTV" in the WhatsApp and I've no idea what any of it means 😂 I've only been a member since September.

What actually happens on polling day and what could I do? I've got the day off work.

Chloe""",
      tags=("hard-negative", "benign-violent-word"))

# 3 ---------------------------------------------------------------------------------------
c.add("other", subject="Re: tonight",
      sender=c.person("Bev", "Armstrong"),
      cc=["candidate.walkerdene@gmail.com"],
      body=c.quote_reply(
          """Knock 'em dead tonight pet! You've done the prep, you know the housing stuff better than any of them. Remember to breathe, and don't let the Reform lad get under your skin. We'll all be in the second row grinning at you.

Bev x (cc Mark so he knows I've sent the good-luck message like he asked 😂)""",
          """Bev - nervous as anything about the hustings tonight. Any last tips? L""",
          quoted_from="Lauren Hedley <candidate.walkerdene@gmail.com>"),
      tags=("hard-negative", "benign-violent-word"))

# 4 ---------------------------------------------------------------------------------------
c.add("procedural", subject="Campaign committee report for the GC",
      sender=c.person("Stephen", "Charlton", provider="btinternet.com"),
      body=f"""{SEC},

My report for the GC papers:

CAMPAIGN COMMITTEE REPORT - March
1. Contact rates are up 40% on the same point last cycle. Walker Dene is now our strongest-performing target.
2. The new "Walker Dene deserves better" leaflet is a killer - best response rate we've had on a direct mail piece.
3. St Aidan's remains tough. We got slaughtered there in 2024 and the Lib Dems are dug in, but doorstep data suggests their vote is soft.
4. Volunteer numbers: 62 active (up from 38). 11 under-25s.
5. Asks of the GC: approve £600 for a second print run; every delegate to commit to two sessions before 1 May.

Steve Charlton
Campaign Co-ordinator""",
      tags=("hard-negative", "metaphor", "benign-violent-word"))

# 5 ---------------------------------------------------------------------------------------
c.add("urgent", subject="Leaflets - MUST be collected by 9am tomorrow",
      sender=c.person("Gary", "Milburn"),
      body="""Mark,

The printer's just rung. The St Aidan's leaflets are ready but they need collecting by 9am tomorrow, they're closing the unit for a stocktake for a week after that. 12 boxes, you'll need a car with the seats down.

I'm at work till 5 and can't do it. Can you find someone tonight? If we miss it, Dave'll kill me - it's his delivery round on Saturday.

Gary""",
      tags=("hard-negative", "benign-violent-word"))

# 6 ---------------------------------------------------------------------------------------
c.add("complaint", subject="Young members left on their own on Saturday",
      sender=c.person("Karen", "Dobson", provider="hotmail.co.uk"),
      body="""Mark,

My son Jack (16) came home on Saturday and told me that halfway through the session in Walker Dene, the adults went to the pub and left him and another lad to finish the last two streets on their own. It was getting dark.

Nothing happened, he had a great time and wants to go again. But that's not the point. We'd been told under-18s would always be with an adult. That's basic safeguarding and it wasn't followed.

I'd like to know who was leading the session and what's going to change. Until I hear, Jack's not going out again.

Karen Dobson""",
      tags=("hard-negative", "angry", "news-about-threats"))

# 7 ---------------------------------------------------------------------------------------
c.add("query", subject="personal alarm?",
      sender=c.person("Ellie", "Swan", provider="icloud.com"),
      body="""hi mark its ellie (17, young labour)

my mum read something in the chronicle about candidates getting abuse and shes worried about me canvassing. does the party give out those personal alarm things? and can I always be with an adult? if so she says I can keep coming

thanks!!""",
      tags=("hard-negative", "news-about-threats"))

# 8 ---------------------------------------------------------------------------------------
c.add("bulk", subject="Automatic reply: Constituency office - closed for fire alarm testing",
      sender=("Tynebridge Constituency Office", "office@tynebridge-mp.example.org.uk"),
      headers=c.autoreply_headers("exchange"),
      body="""Thank you for your email.

The constituency office is closed today (Wednesday) while the building's fire alarm system is tested and the fire doors are replaced. We will reopen at 9.30am tomorrow.

If your matter is urgent please call 0191 496 0000 and leave a message. In an emergency always dial 999.

Tynebridge Constituency Office""",
      tags=("hard-negative", "benign-violent-word"))

# 9 ---------------------------------------------------------------------------------------
c.add("urgent", subject="COUNT TONIGHT - need a new key-holder for the committee room",
      sender=c.person("Joanne", "Charlton", provider="gmail.com"),
      body="""Mark - Pat's been knocked flat by a stomach bug and he's got the only key to the committee room at the Miners' Welfare. We need someone there to lock up at 10 after the last knock-up sheets come back, and someone to open at 7 tomorrow for the count team's breakfast.

He can drop the key at the Welfare bar before 4 if someone can collect it. Can you ring round? I've tried Bev and Stephen.

Jo (agent)""",
      tags=("hard-negative", "benign-violent-word"))

# 10 --------------------------------------------------------------------------------------
c.add("complaint", subject="Your canvasser on Tuesday",
      sender=c.person("Alan", "Proudlock"),
      body="""Dear Sir,

A Labour canvasser called at my house on Tuesday evening around 7pm. I told him politely that I wasn't interested. He carried on talking. I told him again. He then started arguing with me about the winter fuel allowance on my own doorstep and would not leave until my wife came to the door.

I have been a Labour voter all my life. I don't expect to be lectured by a lad half my age. Please ask your volunteers to take no for an answer.

A. Proudlock""",
      tags=("hard-negative", "angry"))

# 11 --------------------------------------------------------------------------------------
c.add("complaint", subject="NO JUNK MAIL means NO JUNK MAIL",
      sender=c.person("Brenda", "Hall"),
      body="""There is a sign on my letterbox that says NO JUNK MAIL, NO LEAFLETS, NO FREE PAPERS. Your lot have put three leaflets through it this month. Three.

I've kept them. If it happens again I'm reporting you to the Advertising Standards and to the council. I'll put them on Facebook as well so everyone can see what a joke you are.

B. Hall""",
      tags=("hard-negative", "angry", "legal-threat"))

# 12 --------------------------------------------------------------------------------------
c.add("other", subject="Fwd: Chronicle: Abuse of candidates 'at record level'",
      sender=c.person("Ron", "Hepple", provider="talktalk.net"),
      body=c.forward(
          "Mark - interesting piece in today's Chronicle. Grim reading. Worth having on the GC agenda? Ron",
          """THE TYNESIDE CHRONICLE

Abuse of election candidates 'at record level', survey finds

More than half of candidates in last year's elections reported abuse or intimidation during the campaign, according to a new survey by the Electoral Commission.

Women and candidates from ethnic minority backgrounds were significantly more likely to report threats. Many said they had stopped doing street stalls or canvassing alone.

A spokesperson for Northumbria Police said officers work with all parties to support candidates and urged anyone receiving threats to report them.""",
          "The Tyneside Chronicle <newsletter@tynesidechronicle.example.co.uk>", "Today's headlines"),
      tags=("hard-negative", "news-about-threats", "forwarded"))

# 13 --------------------------------------------------------------------------------------
c.add("procedural", subject="Branch motion: safety of canvassers and young volunteers",
      sender=c.person("Susan", "Bell"),
      body=f"""Dear {SEC},

St Aidan's branch agreed the following motion on Monday for submission to the GC.

"This CLP notes that volunteers, especially young members, face increasing hostility on the doorstep and online. This CLP resolves:
(a) that no under-18 canvasses without a named adult in sight;
(b) that every canvass session has a named leader who ends the session in person;
(c) that the CLP buys ten personal alarms for volunteers to borrow;
(d) that the EC reports back to the GC in three months."

Proposed: Susan Bell. Seconded: Tony Wallace.

Susan Bell
Branch Secretary, St Aidan's""",
      tags=("hard-negative", "news-about-threats"))

# 14 --------------------------------------------------------------------------------------
c.add("query", subject="stall on sat",
      sender=c.person("Tony", "Wallace"),
      body="""Mark is the stall at the Quayside market still on for Saturday or has it been binned because of the weather? shoot me a message either way, I've got the leaflets in my boot. Tony""",
      tags=("hard-negative", "benign-violent-word"))

# 15 --------------------------------------------------------------------------------------
c.add("urgent", subject="Gazebo destroyed - need one for tomorrow",
      sender=c.person("Lisa", "Fenwick", provider="outlook.com"),
      body="""Mark

The wind absolutely smashed the gazebo to bits at the end of today's stall. Two legs snapped and the roof's ripped. It's in the bin at the Metro station now.

We've got the big Saturday stall tomorrow at 10 on Northumberland Street. Does anyone have a gazebo we can borrow? Otherwise it'll just be the table and the rain.

Lisa""",
      tags=("hard-negative", "benign-violent-word"))

# 16 --------------------------------------------------------------------------------------
c.add("complaint", subject="Labour tellers intimidating voters at St Aidan's school",
      sender=c.person("Margaret", "Fairless"),
      body="""Dear Sir or Madam,

I voted at St Aidan's school this morning. There were two Labour tellers at the gate. One of them stood right in the path to the door and asked me for my polling card number before I'd gone in, and then asked me "who are you voting for today, love?" I found that intimidating and I'm sure it's not allowed.

I've also reported it to the Presiding Officer. Please remind your people of the rules.

M. Fairless""",
      tags=("hard-negative", "angry"))

# 17 --------------------------------------------------------------------------------------
c.add("bulk", subject="You're going! Campaign Bootcamp: kill your fear of the doorstep",
      sender=("Eventbrite", "noreply@eventbrite.co.uk"), headers=c.newsletter_headers(),
      body="""You're going to Campaign Bootcamp: kill your fear of the doorstep

Saturday 14 March · 10:00 - 13:00
Tynebridge Miners' Welfare, Front Street

Order #8841203 · 1 x Free ticket

What to expect: role-play doorstep conversations, how to handle hostile doors, data entry on the app, and a bacon butty.

View your ticket in the Eventbrite app.

Eventbrite, 535 Mission St, San Francisco""",
      tags=("hard-negative", "benign-violent-word"))

# 18 --------------------------------------------------------------------------------------
c.add("other", subject="What a day!!",
      sender=c.person("Aimee", "Pattison", provider="gmail.com"),
      body="""MARK!!! the heat was absolutely killing us today but we smashed 400 doors in Walker Dene 🔥🔥🔥 the young labour lot were unstoppable, Jack and Priya did a whole street on their own (with Steve watching from the corner dont worry 😂)

pls tell the GC we are the best branch. that is all

aimee x""",
      tags=("hard-negative", "benign-violent-word"))

# 19 --------------------------------------------------------------------------------------
c.add("query", subject="Can my dad come with me?",
      sender=c.person("Priya", "Chowdhury", provider="gmail.com"),
      body="""Hi Mark,

I'm 16 and I've been canvassing with Young Labour since January. After all the stuff on the news about candidates getting threats my mum's gone a bit funny about me going out. Would it be ok if my dad came with me on Saturdays? He's not a member but he's Labour. Does he need to sign anything?

Thanks, Priya""",
      tags=("hard-negative", "news-about-threats"))

# 20 --------------------------------------------------------------------------------------
c.add("data-protection", subject="why am I down as AGAINST",
      sender=c.person("Keith", "Thirlwell"),
      body="""Your canvasser left a sheet on the wall outside my house by mistake (I've put it back through the Labour office door). My house is on it with "A - hostile" written next to it.

I am not hostile. I told him I hadn't decided. I don't like being written down as anything, frankly. What else have you got on me? I'd like to see it and I'd like it deleted.

K. Thirlwell""",
      tags=("hard-negative", "confuser", "dp-no-legal-words"))

# 21 --------------------------------------------------------------------------------------
c.add("procedural", subject="Appointment of polling and counting agents - forms",
      sender=c.person("Joanne", "Charlton", provider="gmail.com"),
      body="""Mark,

Attached are the completed appointment forms for polling agents and counting agents, signed by me as agent. 18 counting agents in total. Could you check the names against the membership list before I hand them in to Electoral Services on Monday?

Reminder for the briefing: counting agents can observe but must not touch ballot papers or disrupt the count, and anyone who does will be asked to leave by the Returning Officer.

Jo""",
      tags=("hard-negative", "benign-violent-word"))

# 22 --------------------------------------------------------------------------------------
c.add("complaint", subject="Hustings performance",
      sender=c.person("Dennis", "Scott", provider="btinternet.com"),
      body="""Mark,

I hate to say it but our candidate got murdered on the housing question at the Heaton hustings. The Green candidate had the figures at her fingertips and ours froze. The room turned on her. It was painful.

She needs proper media training before the BBC Look North debate or it'll be a car crash on live TV. Who's responsible for candidate preparation? I'd like to know, because this isn't good enough.

Dennis""",
      also=["query"],
      tags=("hard-negative", "metaphor", "angry"))

# 23 --------------------------------------------------------------------------------------
c.add("urgent", subject="Tonight's canvass - storm warning, change of plan",
      sender=c.person("Stephen", "Charlton", provider="btinternet.com"),
      body="""Mark, Met Office has put an amber wind warning on from 5pm. I'm not sending anyone out on the doors in that. Can you email the Walker Dene group this afternoon: tonight's canvass is OFF and we'll do phone banking from the Welfare instead, 6.30-8.30. Bring your phones and chargers.

Steve""",
      tags=("hard-negative", "benign-violent-word"))

# 24 --------------------------------------------------------------------------------------
c.add("other", subject="keys",
      sender=c.person("Bev", "Armstrong"),
      body="""Mark, I'm going to kill Dave. He's gone to Whitley Bay for the day with the office keys in his pocket. I'll get them off him tonight and drop them through your door by 9. Sorry pet. Bev""",
      tags=("hard-negative", "benign-violent-word"))

# 25 --------------------------------------------------------------------------------------
c.add("bulk", subject="Membersnet: updated guidance - personal safety for candidates and volunteers",
      sender=("Labour Membersnet", "no-reply@membersnet.example.org.uk"),
      body="""Membersnet update

New resource published: "Personal safety for candidates, agents and volunteers (2026 edition)"

This guidance covers:
- Planning safe canvassing and street stalls
- What to do if you receive a threat (report to police first)
- Protecting home addresses on nomination papers
- Support available from the party

Log in to Membersnet to read the full guidance.

This is an automated notification. Please do not reply to this email.""",
      tags=("hard-negative", "news-about-threats", "confuser", "robot-no-list-headers"))

# 26 --------------------------------------------------------------------------------------
c.add("complaint", subject="You're dead to me",
      sender=c.person("Norman", "Reay", provider="aol.com"),
      body="""Mark,

62 years a member. The pit, the strike, Blair, all of it, I stuck with you. The winter fuel was the last straw. I've cut my card up and posted it to the regional office.

As far as I'm concerned the Labour Party's dead to me. Don't send anyone round to talk me out of it.

Norman Reay""",
      tags=("hard-negative", "metaphor", "angry"))

# 27 --------------------------------------------------------------------------------------
c.add("other", subject="Campaign photo competition - entries!",
      sender=c.person("Helen", "Tait"),
      body="""Hi Mark,

Entries for the "best shot from the campaign trail" competition so far:

1. Steve being chased down Shields Road by a very small terrier
2. Bev asleep in the committee room on a pile of leaflets
3. The Young Labour lot doing a human pyramid at the Quayside stall
4. Lauren at the hustings pulling a face at the Reform guy (maybe not for Facebook)

Judging at the social on Friday!

Helen""",
      tags=("hard-negative", "benign-violent-word"))

# 28 --------------------------------------------------------------------------------------
c.add("bulk", subject="Your canvass sheets are ready to print",
      sender=("Doorstep Data", "noreply@doorstepdata.example.com"),
      body="""Hi Mark,

The walk sheets you requested are ready.

Ward: Walker Dene
Polling district: WD3
Streets: 14
Electors: 1,288
Target filter: Soft Labour / Undecided / Not contacted since 2024

Download PDF (expires in 72 hours)

Hit those doors!

Doorstep Data - campaign tools for progressive parties
Automated message. Do not reply.""",
      tags=("hard-negative", "benign-violent-word", "confuser", "robot-no-list-headers"))

# 29 --------------------------------------------------------------------------------------
c.add("complaint", subject="I'll tell everyone I know",
      sender=c.person("Shaun", "Corbett", provider="hotmail.com"),
      body="""Three times I've emailed Cllr Hedley about the flytipping behind Welbeck Road. Three times. Not a word back. And now she's got the nerve to put a leaflet through my door asking for my vote.

I'll make sure everyone knows. Everyone on the street, everyone at the club, everyone in the Walker Dene Residents group on Facebook. She won't get a single vote off this street and I'll be out telling people why. Watch this space.

Shaun Corbett""",
      tags=("hard-negative", "angry"))

# 30 --------------------------------------------------------------------------------------
c.add("query", subject="dog on the doorstep",
      sender=c.person("Dawn", "Errington", provider="yahoo.co.uk"),
      body="""Mark, silly question. Can I bring my dog canvassing? He's a Staffy but he's an absolute softy, he'd lick a burglar to death. People love him and it gets the door open. If it's against the rules I'll leave him with my husband.

Dawn""",
      tags=("hard-negative", "benign-violent-word"))

# 31 --------------------------------------------------------------------------------------
c.add("urgent", subject="Count passes - collect by 12 noon tomorrow",
      sender=("Electoral Services", "elections@tynebridge.example.gov.uk"),
      body="""Dear Agent,

This is a reminder that count passes for Thursday night's count at the Tynebridge Sports Centre must be collected from the Civic Centre reception by 12 noon tomorrow (Wednesday). Uncollected passes will not be available on the night.

Please note that all attendees will be required to pass through a security search on entry. Items including knives, tools, aerosols, glass and flags will be confiscated.

Electoral Services
Tynebridge Council""",
      tags=("hard-negative", "benign-violent-word"))

# 32 --------------------------------------------------------------------------------------
c.add("procedural", subject="Report to GC - the May elections",
      sender=c.person("Joanne", "Charlton", provider="gmail.com"),
      body="""Mark, here's the agent's report for Thursday.

AGENT'S REPORT TO THE GC - MAY ELECTIONS
Walker Dene: GAIN. Majority 412. We crushed them in the Dene estate polling districts, where turnout was up 9 points.
St Aidan's: Lib Dem HOLD. We were hammered in the private estates. Narrowed the gap from 780 to 290.
Heaton West: Labour HOLD. Majority down to 61 - a battle to the last box, with two recounts.

Thanks to everybody. Particular thanks to the Young Labour team who turned out in force and to the count team who stayed till 4.

Expenses returns are due in 35 days. Receipts to me please.

Jo Charlton, Agent""",
      tags=("hard-negative", "metaphor"))

# 33 --------------------------------------------------------------------------------------
c.add("other", subject="leaflet proof comments",
      sender=c.person("Gemma", "Tulip"),
      body="""Mark, comments on the proof:

- The layout is a killer, love it
- But the candidate photo makes her look like a hostage. Can we use the one from the park?
- "Fighting for Walker Dene" - great
- The imprint is missing the printer's address
- Page 2, "Shoot us an email" - maybe just "Email us", the older folk won't get it

Gemma""",
      tags=("hard-negative", "benign-violent-word"))

# 34 --------------------------------------------------------------------------------------
c.add("complaint", subject="your war on the poor",
      sender=c.person("Ruth", "Laidler"),
      body="""This government's welfare cuts are a war on the poor, plain and simple, and Labour councillors round here are cheering it on by keeping quiet. People in Walker Dene will die because of the PIP changes, I've seen it happen with my own neighbours under the last lot.

I'm going to the MP's surgery on Friday to tell him to his face, and I want a reply from the CLP about whether you're going to pass a motion opposing the cuts.

Ruth Laidler""",
      also=["query"],
      tags=("hard-negative", "metaphor", "angry"))

# 35 --------------------------------------------------------------------------------------
c.add("other", subject="Memories for the centenary booklet",
      sender=c.person("Jack", "Dunn", provider="btinternet.com"),
      body="""Dear Mark,

You asked the older members for memories for the CLP centenary booklet, so here's mine.

I joined in 1968 at the Miners' Welfare. The 1984 strike was a battle every single day - we fought for every pit and every job, and we lost, and it nearly killed this town. What kept us alive was the soup kitchen at the Welfare and the women who ran it. Half the branch officers now are their daughters and granddaughters.

I canvassed in 1983 when we got murdered nationally, and in 1997 when the whole of Tyneside went red. I'd do it all again.

Use whatever you like.

Jack Dunn""",
      tags=("hard-negative", "metaphor"))

# 36 --------------------------------------------------------------------------------------
c.add("query", subject="Press: security at the count",
      sender=("Hannah Ord", "hannah.ord@tynesidechronicle.example.co.uk"),
      body="""Hi Mark,

Hannah at the Chronicle. Given the national concern about intimidation of candidates, we're asking each party locally what security arrangements they've made for their candidates and volunteers on polling day and at the count, and whether any of your candidates have received threats this campaign.

Happy to take a short statement by Tuesday. I'll be at the count myself on Thursday.

Thanks,
Hannah""",
      tags=("hard-negative", "news-about-threats"))

# 37 --------------------------------------------------------------------------------------
c.add("bulk", subject="Debate Not Hate: councillor survey - 5 minutes of your time",
      sender=("Local Government Association", "info@lga-bulletin.example.gov.uk"),
      headers=c.newsletter_headers("Campaign Monitor"), fmt="alt",
      body="""Debate Not Hate

Abuse and intimidation of councillors is on the rise. Our latest survey found that seven in ten councillors experienced abuse in the past year, and many are considering whether to stand again.

We want to hear from councillors, candidates and party officers about their experiences and what support would help. The survey takes five minutes and is completely anonymous.

Take the survey

Share our Debate Not Hate pledge with your group.

Local Government Association
Unsubscribe""",
      tags=("hard-negative", "news-about-threats"))

# 38 --------------------------------------------------------------------------------------
c.add("complaint", subject="Rude caseworker",
      sender=c.person("Trevor", "Heslop"),
      body="""I rang the MP's office about my blue badge renewal. The caseworker, a young woman, was short with me and then put the phone down on me when I raised my voice. I raised my voice because I'd been passed around for a month.

I want an apology and I want my case dealt with by someone more senior. I'm a constituent, not a nuisance. I'm going to keep ringing until someone sorts it.

T. Heslop""",
      tags=("hard-negative", "angry"))

# 39 --------------------------------------------------------------------------------------
c.add("other", subject="sorry for Thursday",
      sender=c.person("Dave", "Scott"),
      body="""Mark,

Sorry I exploded at the GC on Thursday over the leaflet budget. Long week, bad back, no excuse. I've apologised to Steve and I'll buy you both a pint on Friday.

For the record I still think the second print run is the wrong call. But I could have said it without banging the table.

Dave""",
      tags=("hard-negative", "benign-violent-word"))

# 40 --------------------------------------------------------------------------------------
c.add("query", subject="ground war / air war?",
      sender=c.person("Sophie", "Rutherford"),
      body="""Hi Mark, another new-member question! At the campaign meeting people kept talking about "the ground war" and "the air war" and "shock and awe on polling day". I'm assuming we're not actually at war 😅 - could someone explain? And where do leafleting and social media fit?

Sophie""",
      tags=("hard-negative", "metaphor"))

# 41 --------------------------------------------------------------------------------------
c.add("urgent", subject="Nomination papers - we're dead in the water without them",
      sender=c.person("Joanne", "Charlton", provider="gmail.com"),
      body="""Mark

Nominations close at 4pm TOMORROW. I've still not got the St Aidan's candidate's consent to nomination form back - she's signed it but it's sat in her kitchen. Without it we're dead in the water in St Aidan's.

Can you or anyone get to her house in Heaton tonight and bring it to me? I'll take everything in to the Civic Centre first thing.

Jo""",
      tags=("hard-negative", "metaphor"))

# 42 --------------------------------------------------------------------------------------
c.add("complaint", subject="Nasty leaflet",
      sender=c.person("Eric", "Bainbridge"),
      body="""Your latest St Aidan's leaflet calls the Lib Dem councillor a "dead man walking" and says "we'll bury them in May". I'm not a Lib Dem, I'm a floating voter, but I think it's a nasty way to talk about a man who's served the ward for twelve years, whatever you think of his politics.

It's put me off. Is this how the campaign's going to be run?

E. Bainbridge""",
      also=["query"],
      tags=("hard-negative", "metaphor"))

# 43 --------------------------------------------------------------------------------------
c.add("other", subject="Thank you from the Welfare",
      sender=("Tynebridge Miners' Welfare", "secretary@tynebridgewelfare.example.org.uk"),
      body="""Dear Mark,

On behalf of the committee, thank you for the Labour Party's donation to the new roof fund, and to your members who helped clear the hall after the count night breakfast. The place was left spotless.

You're welcome back for the social on the 30th.

Best wishes,
Ivy Potts
Secretary""",
      tags=("hard-negative",))

# 44 --------------------------------------------------------------------------------------
c.add("data-protection", subject="texts",
      sender=c.person("Carol", "Ridley"),
      body="""I'm being bombarded with texts from Labour about the election. Three this week. I never gave you my mobile number, I've never been a member and I've never signed anything.

Where did you get it? Please stop and take me off whatever list I'm on.""",
      tags=("hard-negative", "confuser", "dp-no-legal-words"))

# 45 --------------------------------------------------------------------------------------
c.add("query", subject="fire drill during stall",
      sender=c.person("Paul", "Wilkinson"),
      body="""Hi Mark, the community centre have told us there's a fire drill at 11 on Saturday during our stall in their foyer. Do we need to pack everything up and go out with them, or can we leave the table? Anyone know the drill (ha)?

Paul""",
      tags=("hard-negative", "benign-violent-word"))

# 46 --------------------------------------------------------------------------------------
c.add("other", subject="Going down fighting",
      sender=c.person("Lauren", "Hedley", provider="gmail.com"),
      body="""Dear all (Mark please forward to the members' list),

We got hammered in Heaton West last night, I won't pretend otherwise. But we went down fighting, and 1,104 people voted for a better deal for Heaton. That's not nothing.

Thank you to every one of you who knocked doors, stuffed envelopes, drove people to polling stations and stayed up for the count. I'll be back.

Love,
Lauren""",
      tags=("hard-negative", "metaphor"))

# 47 --------------------------------------------------------------------------------------
c.add("bulk", subject="Google Alert - \"Tynebridge\" candidate",
      sender=("Google Alerts", "googlealerts-noreply@google.com"),
      body="""Google Alerts

"Tynebridge" candidate
As-it-happens update

Police investigate threats to Tynebridge council candidate
Tyneside Chronicle
... a Conservative candidate in the St Aidan's ward said she had received threatening messages online. Northumbria Police confirmed they were investigating. All parties condemned the messages ...

Flag as irrelevant
See more results | Edit this alert
You have received this email because you have subscribed to Google Alerts.""",
      tags=("hard-negative", "news-about-threats", "confuser", "robot-no-list-headers"))

# 48 --------------------------------------------------------------------------------------
c.add("other", subject="solidarity message for the Conservative candidate?",
      sender=c.person("Susan", "Bell"),
      body=f"""{SEC},

You'll have seen the Chronicle piece about the Tory candidate in St Aidan's getting threats online. Whatever we think of her politics, nobody should have to put up with that. Would the CLP consider sending her a short private message of support from the officers? I think it'd be the right thing to do, and it's what we'd want if it was one of ours.

I'm happy to draft it.

Susan""",
      tags=("hard-negative", "news-about-threats"))

# 49 --------------------------------------------------------------------------------------
c.add("complaint", subject="Blood on your hands - the bus cuts",
      sender=c.person("Irene", "Dodd", provider="hotmail.co.uk"),
      body="""Dear Labour,

The 37 bus was the only way my mam got to the Freeman for her dialysis. Now it's gone, because the combined authority (Labour) decided it "wasn't viable". If she misses treatment because she can't get there, you'll have blood on your hands, every last one of you who voted it through.

I'll be at the mayor's question time on the 12th and I'll be asking him to his face. And I'll be telling the Chronicle.

Irene Dodd""",
      tags=("hard-negative", "metaphor", "angry"))

# 50 --------------------------------------------------------------------------------------
c.add("query", subject="Walker Dene - are we a battleground?",
      sender=c.person("Kofi", "Mensah", provider="gmail.com"),
      body="""Hi Mark,

I've moved into Walker Dene from Gateshead. A friend told me it's the battleground ward for May and you need all the help you can get. I'm happy to help - leaflets, doors, driving on polling day.

Also, how do I transfer my membership to Tynebridge branch? I'm still showing under Gateshead on Membersnet.

Kofi""",
      tags=("hard-negative", "metaphor"))

c.write()
