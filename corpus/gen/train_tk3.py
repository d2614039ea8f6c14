"""train_tk3: reports of threats against our people vs talk about threats/security/abuse.

Riverside CLP (second batch). Hand-written; safety reports, hard negatives, ordinary messages.
"""
from mailkit import Corpus

c = Corpus("train", "tk3", seed=2403)
P = c.person
OFFICE = "parliament-office.example.org.uk"

# ============================================================== SAFETY ==========

c.add("safety", subject="Call log - surgery line, Tues", sender=P("Amara", "Obi", provider=OFFICE),
      tags=("third-party-report", "veiled", "conditional"),
      body="""CALL LOG - CONSTITUENCY OFFICE
Date/time: Tues 14:52
Taken by: Amara Obi
Caller: gave name as "Mr Foley", no number (withheld)
Re: housing case, refused surgery appointment last month

Summary: Caller angry that his case was closed. Said he would be at Angela's next Saturday surgery at Northgate library "whether you book me in or not". When told appointments are booked in advance, said: "Then next time I come I'll bring something to make you listen. You can tell her that." Declined to say what he meant. Ended call.

Action: logged on system, copied to Office Manager and police liaison. Copying to CLP Secretary as surgery is held in CLP-booked room and branch volunteers help on the door.

Amara
""")

c.add("safety", subject="FW: Enquiry received via Contact Centre - Cllr Mensah", sender=P("Kofi", "Mensah"),
      tags=("forwarded", "explicit", "third-party-report"),
      body=c.forward(
          """Sam - FYI. Member Services sent me this. Police have it. I'm OK, but I think the branch should know because I'm down for the Saturday stall. Kofi""",
          """Dear Cllr Mensah,

The following was received via the council's contact centre web chat at 21:14 last night. In line with our procedure it has been referred to the police and the Monitoring Officer. Please contact us if you would like to discuss support.

--- transcript ---
Customer: is this councillor kofi mensah's email
Agent: I can pass a message to a councillor, what is it regarding?
Customer: tell him he's a dead man walking if he votes for that hostel on Bridge Street. we'll be at his stall saturday. he won't be walking home
--- end ---

Regards,
Member Services""",
          "Member Services <member.services@riverside.gov.example.uk>", "Enquiry received via Contact Centre", style="outlook"))

c.add("safety", subject="quiz money, raffle, and Keisha", sender=P("Julie", "Foster"),
      tags=("embedded", "stalking", "following", "third-party-report"),
      body="""Hi Sam

Quiz raised £312.50 in the end!! I've banked it and Pete has the slip. Thank you for doing the picture round, the 1997 cabinet one nearly killed people (in a good way).

Raffle prizes left over: two bottles of wine and a Boots voucher, I'll keep them for the Christmas social.

Keisha asked me to tell you something because she doesn't want to email it herself. The man who's been turning up since the hustings (the one who waited at the bus stop after, and then at the leisure centre) was outside her work on Monday and Wednesday, just standing by the railings at home time. She's told the police and they've given her a number, and she's going to stay at her mum's for a bit. She's asked not to be on any rota that gets posted on the members Facebook.

Also can we get the hall an hour earlier for the social, to set up.

Thanks Sam
Julie x
""")

c.add("safety", subject="Stall today - suspicious bag", sender=P("Declan", "O'Neill"),
      tags=("suspicious-item", "third-party-report"),
      body="""Sam,

Short version: stall on the precinct was shut down at 11.40 today. Everyone is fine.

Longer version: about 11 a man had a go at us about the asylum hostel. Shouting, nothing physical, he left after five minutes. About half an hour later Rosa noticed a black holdall under the bench right next to our table that hadn't been there before, zipped, nobody claiming it. We moved everyone back and rang 999. Police cordoned off the precinct for about an hour and a half. It turned out to contain old clothes and a brick.

Police want to talk to us about the man who shouted and have asked for the CCTV from the bank. They've said to treat it as deliberate.

I think we need to talk about whether we do the precinct next week.

Declan
""")

c.add("safety", subject="help please my husband councillor", sender=P("Shabana", "Begum"),
      tags=("non-native", "explicit", "third-party-report"),
      body="""Salam Mr Sam,

I am wife of Councillor Rahman. He is at the council meeting tonight so I am writing.

Tonight 8 o clock some boys, maybe 5 or 6 boys, throw eggs to our house, the window and the door, and shout bad words about him and about Muslims. One boy shout "we come back with petrol next time". My children is crying. I call 999 and police is coming now.

My husband tell me before if something happen tell Labour party also. So I tell you. Please what we must do. We are very worry.

Shabana
""")

c.add("safety", subject="after the GC", sender=P("Giulia", "Rossi"),
      tags=("non-native", "following", "third-party-report", "self-report"),
      body="""Dear Sam,

I write because after the GC on Thursday something happened and I think it is better you know it.

When I walked from St Anne's to the tram stop, two men walked behind me all the way. At the tram stop one of them said "Giulia, right? The one who talks about Palestine" and the other one laughed. I never saw them before. They did not get on my tram, they stayed on the platform looking at me until the tram go.

How they know my name? I said it only at the microphone in the meeting. Maybe they were in the meeting, or maybe someone told them.

I am ok, a bit shaky. I ask if next time somebody can walk with me to the tram.

Thank you,
Giulia Rossi
""")

c.add("safety", subject="Someone replied to your post", sender=("X", "notify@x.com"),
      headers=c.newsletter_headers("other"), fmt="alt",
      tags=("social", "doxxing", "implicit"),
      body="""@RvrsideTruth replied to your post

Replying to @RiversideLabour
"Your Chair Bev lives on Orchard Street, Holloway Park. Number's on the electoral roll for anyone who fancies going to say hello to her in person 👋 Maybe she'll answer us then"

Reply  Repost  Like

View on X

This email was sent to @RiversideLabour. Unsubscribe from reply notifications.
X Corp. 1355 Market Street, Suite 900, San Francisco, CA 94103
""")

c.add("safety", subject="these messages", sender=P("Naomi", "Collins"),
      tags=("harassment", "implicit", "third-party-report", "self-report"),
      body="""Sam, copying these in from my phone so there's a record somewhere other than my phone. Same unknown number, all this week. I've reported to police.

Mon 07:42 - Saw your car at Tesco. Nice.
Mon 15:10 - Saw your kids too. Blue coats.
Wed 22:18 - You don't listen in the council chamber. Maybe you'll listen at home.
Thu 06:55 - Resign.
Thu 06:55 - Last chance.

I'm not resigning. But I've stopped doing the school run and I'm not doing the Saturday door knock. Please let Bev know.

Naomi
""")

c.add("safety", subject="RE: voicemail overnight", sender=P("Bev", "Hall"),
      tags=("quoted", "veiled", "third-party-report"),
      body=c.quote_reply(
          """Sam, this is the transcription of the voicemail that came in on the office phone overnight (see below). I've saved the audio and given a copy to the police. Cllr Whitfield's surgery is at the library on Saturday so we need to decide today whether it goes ahead.

Bev""",
          """Voicemail from: Withheld
Received: 02:13
Duration: 0:31
Transcription: "Yeah, this is a message for the councillor. Whitfield. We know she does her surgery at the library Saturday morning. We'll be there. And we're not coming to talk about potholes. Tell her."

This transcription was produced automatically and may contain errors.""",
          quoted_from="Office Voicemail <voicemail@riverside-labour.org.uk>", style="outlook"))

c.add("safety", also=["other"], subject="Stepping down", sender=P("Michael", "Osei"),
      tags=("implicit", "self-report", "third-party-report"),
      body="""Dear Sam,

Please accept this as notice that I will not be seeking re-selection for Northgate ward, and that I'm stepping down as branch chair with immediate effect.

I want to be honest with you about why, because I think the CLP should know. Last Tuesday at around 11pm a man I didn't recognise knocked on my door. When I opened it he said, "Just checking this is the right house, Councillor," smiled, and walked off. The next morning there was a printout of my family's photos from my wife's Facebook page pushed through the letterbox. The police are dealing with it.

I've done this job for nine years and had plenty of abuse. This is different. My wife and I have agreed that it isn't worth it.

I'd be grateful if this was kept between you, the Chair and the regional office.

With best wishes and real sadness,
Michael
""")

c.add("safety", subject="note under the door of the community room", sender=P("Yusuf", "Iqbal", provider="bridgestreetcentre.example.org.uk"),
      tags=("third-party-report", "conditional", "veiled"),
      body="""Dear Sam,

I manage the community room at the Bridge Street Islamic Centre, where your Bridge ward branch books on the second Monday.

This morning our caretaker found a folded note pushed under the door. Handwritten in capitals: "CANCEL THE LABOUR MEETING MONDAY OR ELSE. WE'LL BE WATCHING WHO GOES IN." We have given it to the police, who are taking it seriously given the other incidents in the area.

Our committee does not want to cancel and we will not be intimidated. But we need to agree arrangements with you - our volunteers will be on the door and police have said they will pass by. Please call me today.

Yusuf Iqbal
Centre Manager
""")

c.add("safety", subject="youtube video of the canvass team", sender=P("Rachel", "Young"),
      tags=("pile-on", "doxxing", "social", "third-party-report"),
      body="""Sam - have you seen this? Someone's put up a YouTube video called "Riverside Labour's door-knockers EXPOSED" with footage of us canvassing on Ferry Lane last Saturday. They've circled our faces in red and named four of us, and under each one they've written which street we live on (mine's right). The caption at the end says "we'll be seeing these ones". It's got 3k views and the comments are vile.

I've reported it to YouTube. Can the party do anything faster? And I've told the others. Shaun's taken his kids to his mum's.

Link: https://youtube.example/watch?v=rvf93kd

Rachel
""")

c.add("safety", subject="[Riverside EC] Thursday's venue - please do not share",
      sender=P("Bev", "Hall"), headers=c.list_headers("Riverside EC"),
      tags=("list", "third-party-report"),
      body="""EC colleagues,

Please do NOT share the venue for Thursday's GC anywhere public - not on Facebook, not on WhatsApp groups beyond the delegates' one.

The police have told Sam and me this afternoon that they have information about a credible threat to disrupt the meeting and to target "the officers" as they leave. They're putting officers nearby. We're moving it to a venue that will only be sent to delegates by email on Thursday morning.

If anyone gets approached by someone asking where or when the GC is, please don't say, and let me know.

Bev Hall
Chair

--
Riverside EC mailing list
""")

c.add("safety", subject="returns - Bridge ward Sat", sender=P("Shaun", "Kelly"),
      tags=("embedded", "offhand", "implicit", "third-party-report"),
      body="""Returns for Sat:

Elm Row 1-45 - 38 contacts
Tanners Lane odds - 22 contacts
Mill Rd flats - 9, intercom broken again

Overall about 55% L, lots of don't knows on the hostel issue.

btw had a weird one on Tanners Lane, bloke at no. 17 said "I know where you live mate, you're no. 9 on my road, Cedar Avenue" before I'd said a word about myself. Which is right. Then he said "see you around" and shut the door. Creepy tbh. Probably nothing but mentioning it in case anyone else has had him.

Shaun
""")

c.add("safety", subject="Fw: Fw: Fw: (no subject)", sender=P("Leanne", "Okoro"),
      tags=("stalking", "harassment", "forwarded", "third-party-report", "self-report"),
      body=c.forward(
          """Sam, this is one of about forty this month from the same man, all to my women's officer email. I'm sending you one so you know the kind of thing. He knows which gym I go to and what time. I've blocked him on three addresses. Police reference 26/130447. Please can we take my photo off the website.

L""",
          """Leanne my darling I saw you at the gym tonight 6.15 like always, you looked so tired, you work too hard for that party. They don't deserve you. I've written you another poem, I'll leave it on your car so you get it first thing. Don't ignore me again, it makes me sad and when I'm sad I do silly things. I know you feel it too. See you Thursday at the meeting x""",
          "M <m.devoted1975@outlook.com>", "(no subject)"))

c.add("safety", subject="flowers", sender=P("Ellie", "Marshall", provider=OFFICE),
      tags=("stalking", "implicit", "self-report", "third-party-report"),
      body="""Sam, this is going to sound silly. Someone keeps sending flowers to my flat. Four bunches now. Notes say things like "for the prettiest caseworker" and "you looked lovely at the Ferry Lane meeting". I've never given anyone at work or in the party my home address - it's not on anything. Last one said "I like your new curtains". I did get new curtains last week.

I've told Angela's office manager and she says I should tell the CLP too because of the meeting reference. Police are aware.

E
""")

c.add("safety", subject="Branch office door", sender=P("Terry", "Wood"),
      tags=("explicit", "third-party-report"),
      body="""Sam

Got to the Ferry Lane branch office this morning to find a swastika painted on the door in red, and underneath "YOUR NEXT". Spelling theirs. Police on their way. I'm staying till they get here. Don't think anybody should come in on their own this week.

Terry
""")

c.add("safety", subject="photograph", sender=P("Pete", "Rogers"),
      tags=("implicit", "stalking", "self-report", "third-party-report"),
      body="""Sam,

Arrived home to find an envelope on the mat, no stamp, so hand delivered. Inside, a photograph of me at the counter in Barclays on Bridge Street paying in the quiz money last Tuesday. Taken from inside the bank, from behind. On the back, in pencil: "Counting the money, treasurer?"

That's it. Nothing else. It's with the police now. I'm going to stop doing the banking on my own and I think we should think about whether the treasurer's name needs to be on everything we publish.

Pete
""")

robot = c.form_robot()
c.add("safety", subject="New submission: Get in touch", sender=robot, reply_to="traitorsout@gmx.co.uk",
      tags=("webform", "noisy", "explicit"),
      body=c.webform({"Name": "patriot", "Email": "traitorsout@gmx.co.uk", "Postcode": "rv",
                      "How can we help?": "wil find u and ur familys u traiters. all of u on the council. every 1. we no the names we no the streets. hang the lot"},
                     form="Get in touch"))

c.add("safety", subject="The hotel vote", sender=P("Darren", "Clarke"),
      tags=("conditional", "explicit"),
      body="""To the Labour Party,

If Councillor Begum votes for the asylum hotel on Thursday, her kids won't be safe walking to school. That's not a threat, that's a promise. People round here have had enough and nobody's listening.

You've been told.
""")

c.add("safety", subject="Resign by Friday", sender=("Northgate Resident", "ngresident.2026@proton.me"),
      tags=("conditional", "implicit"),
      body="""Councillor Pearce resigns by Friday or we stop asking nicely. He knows why. We know where.""")

c.add("safety", subject="a personal thing - please keep confidential", sender=P("Sophie", "Turner"),
      tags=("stalking", "self-report", "third-party-report"),
      body="""Dear Sam,

This isn't party business exactly, but it touches on it so I hope you don't mind.

I separated from my ex-partner in the summer and there is a non-molestation order in place. In the last month he has turned up outside two branch meetings and once at the stall, standing across the road. He isn't a member. I think he's finding out where I'll be from the members' Facebook group, where the rotas and meeting venues are posted with names.

I don't want to stop coming. Could you make sure my name is taken off any rota or attendance list that's posted anywhere, and could the branch secretary let me know quietly if he's ever seen near a meeting? The police know about the breaches.

Thank you, and sorry to put this on you.
Sophie
""")

c.add("safety", subject="your MP", sender=P("Colin", "Baker"),
      tags=("veiled", "implicit"),
      body="""She wants to remember what happened to Jo Cox. Some of us haven't forgotten what she said about the marches. Surgery's Saturday isn't it.""")

c.add("safety", subject="young labour list posted online", sender=P("Josh", "Patel"),
      tags=("doxxing", "third-party-report", "implicit"),
      body="""Hi Sam,

I'm the Young Labour co-ordinator. Someone has posted our old sign-up spreadsheet from the freshers' fair (names, uni emails, and for about 15 people their term-time address) on one of those anonymous forums, in a thread titled "Riverside's little commies - addresses for a visit". The replies are people saying which ones are "close to me" and "who's going round first".

We think someone screenshotted it from a shared drive that wasn't locked down - that's a separate conversation. Right now I need to tell people and I need to know who at the party deals with this tonight. I've reported to police online.

Josh
07700 900418
""")

c.add("safety", subject="heads up re Saturday's selection meeting", sender=("Tom Hardy", "tom.hardy@riversideecho.example.co.uk"),
      tags=("third-party-report", "explicit"),
      body="""Hi Sam,

Off the record and not for publication: the newsdesk got an anonymous email this morning saying a group plans to turn up at "the Labour selection on Saturday" to "hurt a few of them on the way in". No names, no details, sent from a throwaway address. We've passed it to the police as a matter of course but I thought you should know directly rather than hear it from them.

We won't be reporting it unless the police make a statement.

Tom Hardy
News Editor, Riverside Echo
""")

c.add("safety", subject="riversidelabour: new comment on your video",
      sender=("TikTok", "no-reply@account.tiktok.com"), headers=c.newsletter_headers("other"),
      tags=("social", "implicit", "veiled"),
      body="""TikTok

bridge_st_boys commented on your video: "we know where ur office is 👀 coming for u 🔥🔥🔥 canal st friday"

Reply in app

You're receiving this email because of your notification settings. Unsubscribe.
TikTok Inc.
""")

# ========================================================== HARD NEGATIVES ==========

c.add("bulk", subject="Security bulletin for constituency offices - winter 2026",
      sender=("Members' Security Support", "security.bulletin@parliament-security.example.org.uk"),
      headers=c.newsletter_headers("other"), fmt="html",
      tags=("hard-negative", "security-briefing", "news-about-threats", "html-only"),
      body="""Security bulletin for constituency offices - winter 2026

1. Mail handling
Reminder of the suspicious mail procedure: if an item looks unusual (no return address, excessive postage, stains, powder, wires, unexpected weight), do not open it; put it down, leave the room, close the door, wash your hands and call 999. A poster version is available to download.

2. Surgeries
National reporting indicates surgeries remain the most common setting for incidents against elected members. Consider appointment-only surgeries, a second member of staff present, and a check-in call afterwards.

3. Online
Review privacy settings on staff personal accounts, especially geotagged photos.

4. Lone working
Lone-working devices are available to constituency staff free of charge. Request through the portal.

5. Training
Dates for the spring personal safety courses are now available.

This bulletin is sent to all constituency office managers. Please do not reply.""")

c.add("other", subject="worth a read before the women's forum", sender=P("Naomi", "Reid"),
      tags=("hard-negative", "news-about-threats"),
      body="""Sam, worth a read before the women's forum on the 9th. It's a long piece from the weekend papers interviewing women MPs from all parties about the abuse they get - death threats, people turning up at their homes, one of them moved house twice. Pretty grim reading, but the last section on what actually helped them is useful and I'd like to use it to start the discussion.

Could you send it round with the agenda?

Naomi
""")

c.add("procedural", subject="Women's Forum agenda - 9 December", sender=P("Naomi", "Reid"),
      tags=("hard-negative", "news-about-threats"),
      body="""Riverside CLP Women's Forum
Tuesday 9 December, 7pm, Ferry Lane Community Room (and Zoom)

1. Welcome and apologies
2. Minutes of the September meeting
3. Online abuse and women in politics - discussion led by Naomi Reid (reading circulated)
4. Women's officer report
5. Candidates for May - how we encourage more women to stand
6. Regional women's conference - delegates
7. AOB

Childcare costs can be reimbursed - speak to Naomi beforehand.
""")

c.add("procedural", subject="EC minutes extract - item 7, safety", sender=P("Rhys", "Jenkins"),
      tags=("hard-negative", "minutes", "security-briefing"),
      body="""Sam, here's the extract for item 7 for you to check before the full minutes go out.

7. Safety of officers and volunteers
The EC noted the updated regional guidance on safety while campaigning, circulated in advance. Discussion covered the two-person rule for canvassing, whether branch rotas should be posted on the members' Facebook group, and training.
Agreed:
(a) to appoint a safety officer at the next GC; until then the Vice-Chair (Rhys Jenkins) to act;
(b) branch rotas to be shared by email only, not on social media;
(c) to book the regional training for a Saturday in February.
Action: RJ to draft a one-page guide for branches.

Rhys
""")

c.add("query", subject="GC venue on the public event page?", sender=P("Imran", "Ahmed"),
      tags=("hard-negative", "policy-query"),
      body="""Hi Sam,

Small thing, but given everything in the news about threats to politicians, is it wise that the GC venue and time go on the public Facebook event every month? Other CLPs I know just email it to delegates. Nothing has happened here that I know of, I just wondered whether the EC had a view. Happy to be told I'm overthinking it.

Imran
""")

c.add("complaint", subject="What happened at the public meeting", sender=P("Margaret", "Lloyd"),
      tags=("hard-negative", "heckling", "angry"),
      body="""Dear Sam,

I was at Angela's public meeting on Friday and I want to complain about the way the young man who shouted "Gaza!" was removed.

Yes, he was interrupting. Yes, he kept going after the chair asked him to stop. But he was not threatening anybody, and two of our stewards took him by the arms and marched him out in front of everybody. It looked terrible, and two people near me walked out in disgust. We are the party that's supposed to believe in the right to protest.

I'd like to know who trained the stewards and what they were told to do.

Margaret Lloyd
""")

c.add("query", subject="phone left in the hall", sender=P("Val", "Green"),
      tags=("hard-negative", "lost-property"),
      body="""Anyone lost a phone? iPhone, cracked screen, photo of a spaniel as the lock screen. Found under the seats in the Ferry Lane Community Room after Tuesday's branch meeting. I've got it at home - how do I find out whose it is? Val""")

c.add("other", subject="bike gone", sender=P("Lewis", "Martin"),
      tags=("hard-negative", "theft"),
      body="""Just to say my bike was nicked from the railings outside the community centre during the branch meeting last night, lock cut. Reported online to the police for the insurance. Not the branch's fault obviously but maybe worth telling people to bring bikes inside the lobby. Gutted, it was a good one.
Lewis
""")

c.add("bulk", subject="Neighbourhood Watch alert: vehicle crime - Holloway Park",
      sender=("Riverside Neighbourhood Watch", "alerts@riversidenw.example.org.uk"),
      headers=c.newsletter_headers("Mailerlite"),
      tags=("hard-negative", "police-newsletter"),
      body="""NEIGHBOURHOOD WATCH ALERT
Holloway Park and Orchard Street area

Over the past week there have been six reports of vehicles being broken into overnight, with sat-navs, loose change and tools taken. Most vehicles were left unlocked.

Please:
- lock your vehicle and check it's locked
- leave nothing on show
- report anything suspicious to 101, or 999 if a crime is in progress

Thank you for keeping our streets safe.
Riverside Neighbourhood Watch Association
Unsubscribe from alerts
""")

c.add("complaint", subject="safety training - still waiting", sender=P("Harpreet", "Gill"),
      tags=("hard-negative", "angry", "security-briefing"),
      body="""Sam,

In April the Northgate branch asked, via the CLP, for the regional office to run safety training for our canvassers. In June we were told "it's in the pipeline". In September we were told it would be "in the new year". We have two new canvass leaders, both young women, who have been doing sessions on the estates without any training at all.

I'm not saying anything has gone wrong. I'm saying we were promised something basic and it hasn't happened, and if it's not going to happen I'd rather we were told so we can organise it ourselves.

Can you chase and give me a straight answer?

Harpreet
Northgate branch secretary
""")

c.add("data-protection", subject="why am I on your petition page", sender=P("Hazel", "Watson"),
      tags=("hard-negative", "dp-no-legal-words", "privacy-request"),
      body="""I signed your petition about the 47 bus at a stall in the summer. I've just found my full name and my street listed on your website under "local people who've signed". I didn't agree to that. Please take my name and street off and tell me who else you've given them to.

H. Watson
""")

c.add("data-protection", subject="Annual report on website", sender=P("Sunita", "Bhatt"),
      tags=("hard-negative", "privacy-request"),
      body="""Hi Sam,

The CLP annual report PDF that's on the website (2025) has the officers' contact details at the back, and mine includes my home address from when I was membership secretary. Could we get a version up with home addresses removed? Just my general preference for the future to keep home addresses off anything public - the CLP email is fine for contact.

Thanks
Sunita
""")

c.add("procedural", subject="Christmas stall - risk assessment", sender=P("Fatima", "Malik"),
      tags=("hard-negative", "risk-assessment"),
      body="""Sam, quick risk assessment for the mulled wine stall on the precinct (Sat 20th) for the file:

- Hot liquids: urn on a stable table at the back, only stewards serve, cups with lids, no under-16s behind the table.
- Gas burner: not using one this year - electric urn from the café's socket (agreed with them).
- Alcohol: non-alcoholic mulled punch only, no licence needed.
- Cold: rota of 1-hour shifts, flask of tea for volunteers.
- Trip hazards: cable run along the wall and taped; gazebo weights on all four legs.
- Disputes with passers-by: as always, don't argue, smile, offer a leaflet, walk away.
- Cash: float in a lockbox, banked same day by two people.

Fatima
""")

c.add("urgent", subject="Gas leak - Ferry Lane Community Room closed tonight", sender=("Ferry Lane Community Association", "flca.bookings@gmail.com"),
      tags=("hard-negative", "evacuation-notice"),
      body="""Hi Sam,

Cadent are dealing with a gas leak in the street outside the community room and the building has been evacuated this afternoon as a precaution. We've been told it won't reopen until tomorrow at the earliest, so tonight's Ferry Lane branch meeting can't go ahead here. Sorry for the short notice - can you let your members know?

Ann
FLCA bookings
""")

c.add("complaint", subject="A bloodbath", sender=P("Steve", "Murray"),
      tags=("hard-negative", "metaphor", "angry"),
      body="""Sam,

What happened at the selection on Saturday was a bloodbath and everyone in that room knows it. The NEC have knifed Northgate in the back - three of our best people cut from the longlist without an interview. It's the death of internal democracy in this CLP.

I want my objection recorded and I want to know how to appeal.

Steve Murray
""")

c.add("procedural", subject="Target streets and attack leaflet - for Monday's campaign committee",
      sender=P("Leanne", "Okoro"),
      tags=("hard-negative", "benign-violent-word"),
      body="""Hi all,

For Monday's campaign committee:

1. Target seats: Northgate and Bridge remain our top two. Holloway Park is now a defensive seat after the by-election swing.

2. Hit list: I've pulled 40 streets in Northgate where our contact rate is under 20%. We blitz those first - two Saturdays and three weekday evenings.

3. Attack leaflet: draft on the opposition's record on the library. Needs to go to legal before it goes anywhere near a printer.

4. The rumour about us "closing the children's centre" - we need to kill it fast. Suggest a short "myth vs fact" card.

Leanne
Campaign coordinator
""")

c.add("bulk", subject="We'll crush them in May - but only with you", sender=("Labour Campaigns", "campaigns@labour-campaigns.example.org.uk"),
      headers=c.newsletter_headers("NationBuilder"), fmt="alt",
      tags=("hard-negative", "metaphor"),
      body="""Sam,

The polls are tight. Our opponents are pouring money into the battleground councils. But we have something they don't: thousands of volunteers ready to hit the doors.

If we turn out on the weekends of action, we can crush them in May. Sign up for your nearest session now.

[ FIND A SESSION ]

Promoted by Labour Campaigns. Unsubscribe.
""")

c.add("bulk", subject="Dr Alice Moreno mentioned you in a thread", sender=("Bluesky", "notifications@bsky.example.app"),
      tags=("hard-negative", "social", "news-about-threats", "robot-no-list-headers"),
      body="""Dr Alice Moreno (@alicemoreno.bsky.social) mentioned you:

"1/ New research out today: abuse of local councillors has doubled since 2019, with women & ethnic minority councillors most affected. Thread on what parties and councils could do 🧵 @riversidelabour @riversidelibdems @riversidegreens"

View thread

You can change which notifications you receive by email in Settings.
""")

c.add("procedural", subject="office security - quotes", sender=P("Jen", "Price"),
      tags=("hard-negative", "security-briefing"),
      body="""Sam and Pete,

Following the insurance renewal, the insurer wants us to upgrade the office locks to BS3621 and would give us a discount for a monitored alarm. I've had three quotes:

- Canal Locksmiths: locks only, £340
- SafeHome: locks + alarm, £890 + £18/month monitoring
- Riverside Security: locks + alarm + CCTV camera on the door, £1,450 + £22/month

My recommendation is SafeHome. Could the EC approve at the next meeting? Happy to present.

Jen
""")

c.add("complaint", subject="your councillors", sender=("Frank", "frank.dobson1958@aol.com"),
      tags=("hard-negative", "angry", "metaphor"),
      body="""You people have lied to this town for thirty years. You closed the pool, you closed the library, you'll close the children's centre next. You'll get what you deserve at the ballot box and I'll be there at 7am to make sure of it. Good riddance.
""")

c.add("complaint", subject="clowns", sender=P("Sean", "O'Brien"),
      tags=("hard-negative", "angry"),
      body="""You are without doubt the most useless bunch of clowns ever to run a council. Three months for a pothole. THREE MONTHS. I hope every one of you loses your seat.""")

c.add("other", subject="BBC Radio Riverside - Thursday morning", sender=("Lucy Grant", "lucy.grant@bbc-local.example.co.uk"),
      tags=("hard-negative", "news-about-threats"),
      body="""Hi Sam,

We're doing a feature on Thursday's breakfast show on the new research about abuse of councillors, and we'd love a Labour councillor from Riverside to come on and talk about what it's like generally - the online stuff, how they cope, whether it puts people off standing. We'll have a Conservative and a Green too. About 8 minutes, 8.10am, in the studio or down the line.

Could you suggest someone by Tuesday?

Lucy Grant
Producer
""")

c.add("query", subject="lone working app for caseworkers?", sender=P("Amara", "Obi", provider=OFFICE),
      tags=("hard-negative", "policy-query"),
      body="""Hi Sam, random one. We're looking at a lone-working app for the caseworkers for home visits (the kind where you check in and it alerts someone if you don't check out). Does the CLP use anything for canvass leaders? Would be good to use the same one if so. Amara""")

c.add("other", also=["query"], subject="Safer Streets walkabout - Canal Street", sender=("PCSO Aisha Rahman", "aisha.rahman@police-alerts.example.uk"),
      tags=("hard-negative", "police-newsletter"),
      body="""Hello Sam,

We're holding a Safer Streets walkabout along Canal Street and the precinct on Wednesday 10 December at 4pm with the council's community safety team, looking at lighting, CCTV and shop-front security. Local councillors from all parties are very welcome. Could you pass this on to the Canal Street and Northgate councillors, and let me know who might come?

Kind regards,
PCSO 8812 Aisha Rahman
""")

c.add("complaint", subject="dues", sender=P("Gary", "Roberts"),
      tags=("hard-negative", "angry"),
      body="""I've been charged twice for my membership this month and nobody at national will answer the phone. If it's not refunded this week I'm cancelling, and I'll make sure everyone in the branch knows how you treat your members.
Gary""")

c.add("other", subject="Fire extinguisher service - office closed Monday AM", sender=P("Jen", "Price"),
      tags=("hard-negative", "drill-notice"),
      body="""Hi all, the office will be closed Monday until 12 while the fire extinguishers are serviced and the new fire blanket goes in the kitchen. Volunteers for the mailing please come after lunch. Jen""")

c.add("query", subject="candidate photo shoot Saturday", sender=P("Callum", "Stewart"),
      tags=("hard-negative", "benign-violent-word"),
      body="""Hi Sam, the photographer wants to shoot Kwame by the canal at 9am Saturday while the light's good, then the high street. Can you check he's free? And can you shoot me the new imprint wording when you have it. Knock 'em dead Kwame! C""")

# ============================================================== ORDINARY ==========

c.add("other", subject="Fwd: Booking confirmation - Ferry Inn function room", sender=P("Julie", "Foster"),
      tags=("ordinary", "forwarded"),
      body=c.forward("Booked! FYI. J",
                     """Thank you for your booking.
Function room, Friday 12 December, 7pm-11pm. Buffet for 40. Deposit £50 received.
The Ferry Inn""",
                     "The Ferry Inn <bookings@ferryinn.example.co.uk>", "Booking confirmation"))

c.add("query", subject="New submission: Get in touch", sender=c.form_robot(), reply_to="ada.nwosu@gmail.com",
      tags=("ordinary", "webform"),
      body=c.webform({"Name": "Ada Nwosu", "Email": "ada.nwosu@gmail.com", "Postcode": "RV2 7HD",
                      "How can we help?": "I'm a graphic designer and I'd like to volunteer, maybe with leaflets or social media. Who should I talk to?"},
                     form="Get in touch"))

c.add("procedural", subject="Minutes - Bridge ward branch, 10 November", sender=P("Abdul", "Rahman"),
      tags=("ordinary",),
      body="""Bridge ward branch - minutes, 10 November
Present: 11. Apologies: 3.
1. Minutes of October agreed.
2. Councillor report (Cllr Rahman): school streets scheme, bin collection changes.
3. Motion on the 47 bus supported.
4. Delegates to GC: no change.
5. Next meeting 8 December.
Abdul Rahman, secretary""")

c.add("bulk", subject="Riverside Labour, you have a new follower", sender=("Instagram", "no-reply@mail.instagram.com"),
      headers=c.newsletter_headers("other"), tags=("ordinary", "social"),
      body="""ferrylanebakery started following you.

See their profile

Instagram. Meta Platforms, Inc.""")

c.add("bulk", subject="[Riverside Members] Book club - December", sender=P("Moira", "Stewart"),
      headers=c.list_headers("Riverside Members"), tags=("ordinary", "list"),
      body="""December book is "The Road to Wigan Pier". Meeting at mine, 15th, 7pm, mince pies provided. Moira

--
Riverside Members mailing list""")

c.add("bulk", subject="Unite Riverside branch - rally for the hospital", sender=("Unite Riverside", "riverside.branch@unite-branches.example.org.uk"),
      headers=c.newsletter_headers("Mailchimp"), fmt="html",
      tags=("ordinary", "html-only"),
      body="""Rally to save our A&E
Saturday 6 December, 12 noon, Town Hall steps
Bring banners, bring friends.
Unite Riverside branch. Unsubscribe""")

c.add("query", subject="hearing loop at the GC?", sender=P("Maureen", "Jackson"),
      tags=("ordinary",),
      body="""Dear Sam, does St Anne's hall have a hearing loop? I missed most of the last GC. If not, could I sit near the front? Many thanks, Maureen""")

c.add("bulk", subject="Out of office", sender=P("Kwame", "Appiah"), headers=c.autoreply_headers("gmail"),
      tags=("ordinary", "autoreply"),
      body="""I'm on leave until 2 December. For campaign matters please contact Leanne Okoro.""")

c.write()
