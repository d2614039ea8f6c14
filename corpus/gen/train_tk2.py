"""train_tk2: reports of threats against our people vs talk about threats/security/abuse.

Cwm Taf Valleys CLP. Hand-written; safety reports, hard negatives, and a few ordinary messages.
"""
from mailkit import Corpus

c = Corpus("train", "tk2", seed=2402)
P = c.person
FB = ("Facebook", "notification@facebookmail.com")

# ============================================================== SAFETY ==========

c.add("safety", subject="about saturday canvas in Tre-Ifor", sender=P("Ioana", "Popescu"),
      tags=("non-native", "following", "conditional", "third-party-report", "self-report"),
      body="""Hello Rhian,

I want to tell you what happen on Saturday because Gareth say I must write it.

We was canvassing in Tre-Ifor, Heol y Bryn. At number 30 one man open the door and when he hear "Labour" he start to shout about 20mph and immigrants. Is ok, this happen. But then he say if I don't go from his street he will let the dog on me, and he hold the dog by the collar and the dog was going crazy. I go away quick. After, he walk behind me with the dog until the end of the street, maybe 100 metres, and he say "I know your accent, I will find where you live".

Gareth was on other side of road and he see some of it.

I am ok but I am not happy to go to this street again. I think somebody must know about this man, maybe for the other canvassers also.

Thank you,
Ioana
""")

c.add("safety", subject="Wall", sender=P("Nia", "Griffiths"),
      tags=("implicit", "self-report", "third-party-report"),
      body="""Rhian - someone's spray-painted "WE KNOW NIA" across my garden wall overnight. Big letters, facing the road. Photo attached. Police have been, crime number 2600412877. Nothing else damaged. Just so the CLP knows. I'm still doing surgery Saturday.
Nia
""")

c.add("safety", also=["urgent"], subject="Phone call re your Friday booking", sender=P("Dai", "Morgan", provider="cwmgarwrfc.example.co.uk"),
      tags=("third-party-report", "conditional", "explicit"),
      body="""Hi Rhian,

Dai here, club steward at Cwmgarw RFC. Had a phone call behind the bar about half past nine last night, man's voice, local accent. He said "you've got the Labour lot in Friday. If they're in your function room Friday you'll be needing new windows. Pass it on." and rang off. Number withheld.

I've told the committee and I've rung 101 and given them what I can. The committee are happy to keep the booking - we're not having that sort of thing decide who uses our club - but we want your people to know, and we'll have two of the boys on the door and the car park lights on. If you'd rather move it I understand.

Let me know today or tomorrow if you can.

Dai Morgan
Club Steward
""")

c.add("safety", subject="New post near you: \"Labour candidate for Glanrhyd\"",
      sender=("Nextdoor", "no-reply@rs.email.nextdoor.co.uk"), headers=c.newsletter_headers("other"),
      fmt="alt", tags=("social", "doxxing", "implicit"),
      body="""Nextdoor - Glanrhyd

Kev P. · Glanrhyd · 2 hr ago
Labour candidate for Glanrhyd
For anyone who didn't know, the Labour candidate who's all for the 20mph lives at 14 Heol Rowan, the house with the campervan on the drive. Let's all pop round Saturday morning and let her know what we think. No point emailing, she won't answer. Face to face is better 😉

23 replies · 41 reactions

View post

You're receiving this email because you're a member of Nextdoor Glanrhyd. Unsubscribe or change your email settings.
Nextdoor, 420 Taylor Street, San Francisco, CA 94102
""")

c.add("safety", subject="Re: Surgery at the Institute", sender=P("Owen", "Price"),
      tags=("quoted", "veiled", "conditional", "third-party-report"),
      body=c.quote_reply(
          """Rhian,

That's the email I mentioned at EC. Forwarding it to you so the CLP has a copy - I've given the original to the police. I'm not cancelling the surgery but I'd be glad if a couple of members could sit in the Institute that morning. Nothing heroic, just people in the room.

Owen
Cllr, Cwmgarw ward""",
          """To Councillor Price

You moved my mother off the housing list and now she is in a B&B in Merthyr with her bad chest. You did that. Your Saturday surgery at the Institute is 10 till 12 it says on the poster. If nothing has changed for her by then I will be coming to see you at 10 and you will be sorry you ever put your name on that poster. I have nothing left to lose.

D.""", quoted_from="D Lewis <dlewis.cwmgarw@hotmail.co.uk>", style="bottom"))

c.add("safety", subject="Incident at the office today - white powder", sender=P("Sian", "Thomas", provider="senedd-office.example.cymru"),
      tags=("suspicious-item", "third-party-report"),
      body="""Rhian

Letting you know before it gets out: at about 11 this morning Catrin opened a letter at the constituency office on the High Street that had a white powder inside and a typed note saying "a taste of what's coming". We followed the procedure - put it down, left the room, closed the door, washed hands, rang 999. Fire and police attended and the street was closed for about two hours. Initial view is that it's harmless but it's gone for testing.

Catrin's fine, just shaken. The office will be closed tomorrow. Please don't post anything on the branch Facebook pages - the police have asked us not to comment publicly while they investigate.

I'll update at EC.

Sian Thomas
Office Manager
""")

c.add("safety", subject="Dyn wrth y capel / man by the chapel", sender=P("Gwen", "Jones", provider="btinternet.com"),
      tags=("stalking", "third-party-report", "self-report"),
      body="""Annwyl Rhian,

Forgive me writing in English, my Welsh spelling is worse than my English spelling.

Since the election leaflets went out with my photograph on ("Gwen Jones, your Labour candidate for Pantycelyn"), there has been a man waiting outside Bethel chapel on a Sunday when I come out. Three Sundays now. He doesn't come to the service. He stands by the bus shelter and he watches me to the car, and last week he followed the car slowly up the hill as far as my road, then turned round.

I don't know him. My daughter took his photograph from the window of the vestry - I can send it to you.

I am seventy-four and I have stood for the council twice before without any of this. Is this what it is now? I don't want to withdraw but I am frightened to go to chapel.

Cofion,
Gwen
""")

c.add("safety", also=["procedural"], subject="AGM room, the raffle, and Gill", sender=P("Carol", "Evans"),
      tags=("embedded", "third-party-report", "harassment"),
      body="""Hiya Rhian,

Few bits from me before the AGM:

Room - the Institute have confirmed the upstairs hall for the 19th, 7pm, £30. Key from Mr Rees at the bar. They want us out by 9.45 because of the snooker league.

Raffle - I've got a hamper from the Co-op and a voucher from Dylan's garage, and Betty's doing one of her cakes. Can you bring the raffle tickets from the office, the green ones not the pink ones (pink are half used).

Nominations - I've had two for vice-chair and none for women's officer again. I'll put a plea in the Facebook group.

Oh, and one more thing, I wasn't going to put it in an email but Gill asked me to. She's had another letter at home, the fourth one since she spoke at the council meeting about the asylum hotel. This one said she'd "get what's coming to her" and that "we know your little routine with the dog". Same handwriting as the others. She's taken it to the police but they said there's not much they can do without a name. She's really shaken and she doesn't want to come to the AGM and stand up in front of everyone, so can we not put her name on the agenda for the equalities report, and maybe Mair can read it out?

Minutes of last AGM - I'll bring 30 copies.

Thanks love,
Carol
Branch secretary, Cwmgarw
""")

robot = c.form_robot()
c.add("safety", subject="New submission from Contact form", sender=robot, reply_to="just.a.driver@outlook.com",
      tags=("webform", "conditional", "veiled"),
      body=c.webform({
          "Your name": "Just a driver",
          "Your email": "just.a.driver@outlook.com",
          "What is your enquiry about?": "Other",
          "Message": "Your 20mph has ruined this valley. If it isn't reversed on our roads by the spring somebody is going to get hurt, and it won't be a pedestrian. Pass that on to your councillors who voted for it, we know who they are.",
      }))

c.add("safety", subject="Rhys Bevan commented on a post you're tagged in", sender=FB,
      headers=c.newsletter_headers("Facebook"), fmt="alt",
      tags=("social", "wish-harm"),
      body="""Rhys Bevan commented on Cwm Taf Valleys Labour's post.

Rhys Bevan
Wouldn't shed a tear if someone ran Councillor Price off the mountain road. At 20mph obviously 😂😂 just saying

Reply  Like

See all comments

This message was sent to ysgrifennydd@cwmtaflabour.cymru. If you don't want to receive these emails from Meta in the future, please unsubscribe.
Meta Platforms Ireland Ltd., Attention: Community Support, Dublin 2, Ireland
""")

c.add("safety", subject="Man at the office asking for Lowri", sender=P("Bethan", "Hughes", provider="senedd-office.example.cymru"),
      tags=("stalking", "harassment", "third-party-report"),
      body="""Rhian,

Can we talk tomorrow? I need to tell the CLP about something because it overlaps with the branch.

There's a man who keeps turning up at the office asking for Lowri, our junior caseworker, by name. He doesn't have a case. He's come in five times since September. He sits in the waiting area and when we say she's not available he waits until closing. On Tuesday he said he knows she "used to be Lowri Jenkins before she married", which is not public anywhere that we know of, and that he knows she goes to the Glanrhyd branch meetings.

We've put in a report with the police and given him a letter telling him not to come back. But Lowri is worried he'll turn up at the branch, and so am I. She's asked not to be listed as attending any branch or CLP meeting in anything that goes to members.

Bethan
Office Manager
""")

c.add("safety", subject="incident on the doorstep - Bryn Terrace", sender=P("Callum", "Davies"),
      tags=("explicit", "third-party-report", "self-report"),
      body="""Hi Rhian,

Reporting this as the canvass training says we should.

Tues evening, Bryn Terrace, Cwmgarw. At no. 7 a man answered, I said who I was, he went back inside and came out with a garden spade. He said "get off my property or I'll put you in the ground, you and the rest of your lot", and he walked at me holding it. I left. He didn't hit me or touch me. Siân was across the road.

We've marked the house DNC. I haven't gone to the police - should I? Honestly part of me thinks he was just making a point but it wasn't nice.

Callum
""")

c.add("safety", subject="office letterbox", sender=P("Tony", "Rees"),
      tags=("third-party-report", "implicit", "suspicious-item"),
      body="""Rhian,

Bad news. Sometime overnight somebody pushed a burning rag through the letterbox of the Labour office on Commercial Street. The mat caught and scorched the door, but it went out on its own - the fire brigade reckon it didn't get enough air. If the leaflets had been stacked in the hall like they were last week it would have been a different story.

"LABOUR OUT" has been chalked on the pavement outside. Police have taken statements from the flats above. Nobody was in the building.

I've had the locksmith fit a letterbox cage and we'll get a fire-proof post box. I think we need an emergency EC this week.

Tony Rees
Chair
""")

c.add("safety", subject="instagram thing", sender=P("Seren", "Lloyd", provider="icloud.com"),
      tags=("stalking", "social", "third-party-report", "self-report"),
      body="""hi rhian, not sure if this is a CLP thing or a police thing or both

since i did the young labour video for the senedd campaign a guy ive never met has been messaging me on instagram. at first it was just "great video" which fine. now its pics of me he's taken, me at the bus station in Cardiff, me outside my halls, me in the library at uni. no message with them, just the pics. last one said "you looked tired today". i've blocked him 3 times and he makes new accounts

i don't want to do the next video. can someone from labour help?? i'm 19 and this is freaking me out

seren x
""")

c.add("safety", subject="your researcher", sender=("Concerned", "concerned.anon.cwm@gmail.com"),
      tags=("third-party-report", "following", "conditional"),
      body="""I don't want to give my name, sorry. I'm not a member of anything.

My brother-in-law has been going on about the young lad who works for your MS, the one with the glasses who was on the news about the hospital. Tonight he said he's found out which train the lad gets home and he's going to "follow him off and have a proper word" and he was drinking. He's done stuff before. I might be wrong and he might just be talk but I'd never forgive myself if I didn't say.

Please tell the lad to be careful for a bit.
""")

c.add("safety", subject="Fwd: blog - officers list", sender=P("Marian", "Howells"),
      tags=("forwarded", "doxxing", "implicit", "third-party-report"),
      body=c.forward(
          """Rhian, my neighbour showed me this. It's a blog called Valleys Truth. It has my address and the name of Jac's school. And yours, I'm afraid. I've reported it to the host and to the police. Please can we talk tonight. Marian (treasurer)""",
          """CWM TAF LABOUR - WHO'S REALLY RUNNING YOUR VALLEY

Here are the people behind the local Labour machine that gave you 20mph, the asylum hotel and the hospital downgrade. They hide behind their committee. Not anymore.

Treasurer - Marian Howells, 3 Maes y Ffynnon, Glanrhyd. Son at Ysgol Glanrhyd.
Secretary - Rhian Evans, Heol Llwyn, Tre-Ifor.
Chair - Tony Rees, ...

We know where they live now. So do you. Let them know how you feel. We'll be watching to see who stands down first.""",
          "Valleys Truth <noreply@valleystruth.blogspot.example>", "New post on Valleys Truth"))

c.add("safety", subject="Meleri - social media", sender=P("Mair", "Edwards"),
      tags=("pile-on", "third-party-report", "implicit"),
      body="""Rhian,

I'm writing on Meleri's behalf because she's not up to it.

You'll have seen her post on Tuesday about the ceasefire vigil. It was shared into one of the big valleys Facebook groups and it's now got over 400 comments. Most of it is the usual - "traitor", "disgrace", that kind of thing - but some of it is worse. Someone has posted the name of the surgery where she works as a receptionist. Someone else posted "she wants sorting" and got 60 likes. One said they'd "pop in for an appointment". The practice manager has had calls.

She's taken the post down but the comments are still on the shares. She's asked the CLP to help with (1) reporting to Facebook, (2) whether regional office have any support, and (3) she doesn't want to be on the stall rota for a while.

I've got screenshots of everything.

Mair
Women's officer
""")

c.add("safety", subject="calls", sender=P("Kelly", "Baker"),
      tags=("harassment", "implicit", "self-report", "third-party-report"),
      body="""Rhian

Since my mobile number went on the ward leaflet (which I agreed to, my fault) I've been getting calls at 2, 3 in the morning. Withheld. Usually silent, just breathing or a telly on. Eleven of them since Sunday. Last night someone spoke for the first time and said "we're outside Kelly" and hung up. There was nobody outside. I checked from the bedroom window for an hour.

I've reported it and the phone company are looking at it. Can we please take my number off the leaflet reprint and the website today. I'll use a council number from now on.

Kelly
""")

c.add("safety", also=["complaint"], subject="The shortlist - I'm warning you now", sender=P("Lee", "Morris"),
      tags=("conditional", "embedded", "veiled"),
      body="""Rhian,

I've been a member in Cwmgarw for twenty years and I've never seen anything like the way this Senedd shortlist is being handled. The longlisting panel met without telling the branches, the CVs weren't circulated, and the one local candidate with real support in the valleys has been "not progressed" without a word of explanation. People are furious, and I mean properly furious, not Facebook furious.

I'll put my complaint in writing to the NEC as well, don't worry about that.

But I'm telling you now, as a friend, so nobody can say they weren't told: if this shortlist goes through rigged again, I can't be responsible for what some of the lads will do to that regional organiser next time she shows her face up here. They know what car she drives. I won't be stopping them.

Sort it out.

Lee
""")

c.add("safety", subject="Gaza - your MS", sender=P("Imran", "Shah"),
      tags=("veiled", "implicit"),
      body="""Your MS voted with the government again. Every child buried in Gaza is on his conscience and he knows it. He has blood on his hands and one day someone will come to collect. I hope he checks behind him when he gets out of his car in the Senedd car park. I would.
""")

c.add("safety", subject="", sender=("", "door.watch.2026@gmail.com"), fmt="html",
      tags=("html-only", "implicit"),
      body="",
      html_body="""<html><body><div><img src="cid:IMG_4432.jpg" alt="IMG_4432.jpg" width="480"></div>
<div style="font-family:Helvetica">Nice door, Rhian. Green suits it.</div>
<div style="font-family:Helvetica">See you soon x</div></body></html>""")

c.add("safety", subject="Problem man at the stall", sender=P("Mariana", "Costa"),
      tags=("non-native", "stalking", "harassment", "third-party-report"),
      body="""Hi Rhian,

I am Mariana, I help at the Saturday stall in Aberfechan with Tom. I am Portuguese so sorry for mistakes.

There is one man who come to the stall every Saturday since maybe two months. At first he is only talking, he say he is supporter. But now he stand very close to the girls, me and Elin and Ffion (she is only 17), and he take photos with the phone of us, not of the stall. Last Saturday he ask me where I live and if I live alone, and when I don't answer he say "don't worry I will find out, is small town". Then he follow Ffion to the bus station.

Tom talk to him but he come back again after. I think this is not normal. Ffion's mother is very angry and want to know what the party is doing. I don't want to stop helping but I don't feel safe.

Obrigada,
Mariana
""")

c.add("safety", subject="[Cwmgarw Branch] Warning - after last night's meeting",
      sender=P("Huw", "Thomas"), headers=c.list_headers("Cwmgarw Branch", domain="groups.example-valleys.org.uk"),
      tags=("list", "third-party-report", "following", "implicit"),
      body="""All,

Sorry to put this on the list but I want everyone to know before Thursday.

Last night after the branch meeting, two men were waiting by the Institute car park. They weren't members and they weren't drinking in the bar. When Angharad came out they asked her if she was "the one who does the newsletter" and when she said who's asking, one of them said "tell her we've read it" and they both laughed and followed her to her car. They drove off behind her but turned off at the roundabout.

Angharad is OK. She's reported it. We do write the newsletter together, so I suppose they mean me too.

Until further notice: nobody leaves a meeting alone, we walk out together, and if you see anyone hanging around please tell me or Carol.

Huw
Cwmgarw branch chair

--
You received this message because you are subscribed to the Cwmgarw Branch group.
""")

c.add("safety", subject="ur MS", sender=("valley boy", "vboy1999@hotmail.co.uk"),
      tags=("noisy", "explicit"),
      body="""some1 should sh00t the lot of u st@rting with ur MS and his sm@rmy lil staff, ur all scum, we no were the office is, c u there""")

c.add("safety", subject="Crime ref 2600398112 - update for the CLP", sender=("PC Rhodri Bowen", "rhodri.bowen@police-wales.example.uk"),
      tags=("third-party-report", "harassment"),
      body="""Dear Ms Evans,

I am the officer dealing with the reports made by Councillor Nia Griffiths regarding the graffiti at her home and the notes left on her car over the past month. With her consent I am writing to you as CLP secretary.

We have identified a man we believe to be responsible and enquiries are ongoing. Until those enquiries are complete, I would ask that the CLP:

- does not publish Cllr Griffiths' surgery times, canvassing sessions or other movements in advance, including on social media;
- ensures she is not scheduled to canvass or leaflet alone;
- notes and reports to me any approach, email or call asking about her whereabouts.

We have also given Cllr Griffiths crime prevention advice at her home.

If you have any information that may assist, please contact me on the number below quoting the reference above.

Regards,
PC 4471 Rhodri Bowen
Neighbourhood Policing Team
""")

c.add("safety", subject="Marian next door", sender=("Alun Pritchard", "alun.pritchard@sky.com"),
      tags=("third-party-report", "implicit", "stalking"),
      body="""Hello,

I found this address on your website, I hope it is the right one. I live next door to Marian Howells who I believe is your treasurer. She is away at her sister's in Swansea this week.

A man has been to her door twice, Monday teatime and again this morning, banging. When I went out he asked where she was and when she'd be back. I said I didn't know. He said "tell her I've got a message for her from the lads, she'll know what about" and that he'd "be back when she's home". He had a look round the side of the house before he left.

I've rung Marian and she asked me to let you know as well as the police. I've got a bit of his van on my doorbell camera.

Alun Pritchard
""")

# ========================================================== HARD NEGATIVES ==========

c.add("bulk", subject="Gweithdy Ymgyrchu'n Ddiogel / Safer Campaigning Workshop - Sat 7 Feb",
      sender=("Welsh Labour Training", "hyfforddiant@welshlabour-regional.example.cymru"),
      headers=c.newsletter_headers("Mailchimp"), fmt="alt",
      tags=("hard-negative", "training", "security-briefing"),
      body="""Safer Campaigning Workshop
Saturday 7 February, 10am - 1pm, Miners' Institute, Aberfechan
Free for members. Tea, coffee and Welsh cakes provided.

Ahead of the Senedd and council campaigns, this practical session is for candidates, agents, organisers and anyone who leads canvassing or street stalls.

We'll cover:
- planning a canvass session so nobody is ever on their own
- how to end a conversation on the doorstep that isn't going well
- what to do if you feel unsafe, and who to tell afterwards
- keeping your personal details off leaflets, websites and nomination papers
- looking after yourself and your team online

Led by the regional safety lead with a guest speaker from the police Elected Representatives liaison team.

Places are limited to 40. Book via Membersnet > Events.

Bilingual materials available. Please tell us about any access needs when booking.

Welsh Labour | Llafur Cymru
You are receiving this because you are a CLP officer. Unsubscribe.
""")

c.add("other", subject="did you see this about the MS in the north", sender=P("Glyn", "Roberts"),
      tags=("hard-negative", "news-about-threats"),
      body="""Rhian did you see this in the Daily Post?

"A man has appeared in court charged with making threats to kill a North Wales Member of the Senedd. The court heard he had sent a series of messages over a period of months and had been seen outside her constituency office. He was remanded in custody."

Terrible isn't it. Thank God nothing like that round here. I think we should send her a card from the CLP, she came down to help us in the by-election. Could you sort it or shall I?

Glyn
""")

c.add("procedural", subject="Amendment to the 'abuse of councillors' motion", sender=P("Sharon", "Williams"),
      tags=("hard-negative", "motion"),
      body="""Dear Secretary,

Aberfechan branch wishes to submit the following amendment to the Cwmgarw motion "Abuse and intimidation of councillors", for the December GC.

After "resolves 2", insert a new point:

"3. To ask the Welsh Labour Executive to fund a confidential support service for councillors and candidates who experience abuse, including access to a home security assessment and to legal advice about online harassment; and to ask our MS to raise the question of councillors' home addresses being published on nomination papers and council websites with the Welsh Government."

Renumber the remaining points.

Moved: Sharon Williams
Seconded: Glyn Roberts

Agreed at branch meeting, 11 November (9 for, 0 against, 1 abstention).

Sharon Williams
Secretary, Aberfechan branch
""")

c.add("query", subject="security assessment - how do I apply", sender=P("Bethan", "Morgan"),
      tags=("hard-negative", "policy-query", "security-briefing"),
      body="""Hi Rhian,

The regional newsletter says councillors and candidates can ask for a home security assessment through the party. I'm going on the panel for the council elections and I'd like one before I start knocking doors. Nothing has happened, I should say, it's just that my house is on the main road and my name's going to be on everything.

Who do I contact and is there a form?

Diolch,
Bethan
""")

c.add("other", subject="Stall Saturday - a bit of a moan", sender=P("Elin", "Watkins"),
      tags=("hard-negative", "rudeness", "heckling"),
      body="""Hi Rhian, just for the record really.

Stall went OK, 40 odd leaflets out, 3 new volunteers. One woman spent a good ten minutes telling Cllr Price he was "useless", "a disgrace" and "should be ashamed of himself" over the 20mph, quite loud, people stopping to watch. He was very patient with her. She bought a cup of tea from the café and went in the end. Nothing more to it than that, but it was a bit much for the two new volunteers on their first day so maybe a word at training about how to handle people who just want to shout.

Elin
""")

c.add("other", subject="left at the count", sender=P("Alan", "Jenkins"),
      tags=("hard-negative", "lost-property"),
      body="""Hello Rhian, the caretaker at the leisure centre rang - after the count they found a hi-vis jacket (large, says GARETH inside), a red rosette and a child's scooter. They're in the office by reception until Friday. No idea whose the scooter is!
Alan
""")

c.add("other", subject="Vestry window", sender=("Rev. Eifion Parry", "eifion.parry@bethelcwmgarw.example.org"),
      tags=("hard-negative", "broken-window"),
      body="""Dear Rhian,

Just to let you know that one of the vestry windows was broken on Sunday afternoon by a football from the Under-11s on the field behind the chapel. A very apologetic father came and told me straight away and has offered to pay. It is boarded up until the glazier comes. The vestry will be a little cold for your branch meeting on Wednesday, so you may want to bring coats. The heaters are working.

Bendith,
Eifion
""")

c.add("bulk", subject="Cwm Taf Neighbourhood Policing: PACT meetings and winter advice",
      sender=("Heddlu Cymdogaeth / Neighbourhood Policing", "npt.cwmtaf@police-wales.example.uk"),
      headers=c.newsletter_headers("other"),
      tags=("hard-negative", "police-newsletter"),
      body="""Cwm Taf Neighbourhood Policing - December update

PACT (Partners and Communities Together) meetings
Cwmgarw - Tuesday 9 Dec, 6pm, Miners' Institute
Glanrhyd - Thursday 11 Dec, 6.30pm, Glanrhyd Library
Your chance to tell us what matters on your street.

Off-road bikes
We continue to receive reports about off-road bikes on the mountain and through the estates. If you know where bikes are being stored, tell us in confidence.

Doorstep crime
Rogue traders offering to clear gutters or moss from roofs have been reported in Tre-Ifor. Never agree to work on the doorstep and never pay cash upfront.

Winter driving
Please take care on the mountain roads. Check your tyres and carry a blanket and water.

Christmas drink-drive campaign begins 1 December.

In an emergency always call 999. For non-emergencies call 101 or report online.

You are receiving this because you registered for community messaging. Manage preferences.
""")

c.add("complaint", subject="All talk", sender=P("Delyth", "Owen"),
      tags=("hard-negative", "angry", "news-about-threats"),
      body="""Rhian,

Our MS was on Newyddion last night talking about how terrible the abuse of women in politics is. Lovely. Very moving.

Meanwhile this CLP hasn't got a safeguarding officer, hasn't run a single bit of training since 2022, and when I asked at GC in June who a member should call if something happens on a canvass session, nobody on the top table could tell me.

I'm sick of the party saying the right things on telly and doing nothing in the valleys. I'd like a proper answer at the next GC about what we are actually going to do, and I'd like it minuted.

Delyth Owen
""")

c.add("data-protection", subject="my details on your old nomination page", sender=P("Hywel", "Jones"),
      tags=("hard-negative", "privacy-request", "dp-no-legal-words"),
      body="""Hello,

I stood as a paper candidate for you in 2022 in Pantycelyn. I've just googled myself (as you do) and the CLP website still has a page with a photo of my nomination form, home address and all. I never agreed to that being put online and I'm not a candidate anymore.

Please take the page down, and if it's been copied anywhere else by the party, that too.

Thanks,
Hywel Jones
""")

c.add("procedural", subject="Risk assessment - public meeting on the hospital, 22 Jan", sender=P("Catrin", "Hughes"),
      tags=("hard-negative", "risk-assessment"),
      body="""Rhian,

For EC approval - risk assessment for the public meeting on the hospital downgrade (Miners' Institute, main hall, 22 January, 7pm), with the MS and two health board reps on the panel.

- Capacity: hall holds 200, we're expecting a big turnout given the strength of feeling. Doors close at capacity; overflow standing at the back only if the fire officer agrees.
- Strong feeling in the room: likely and to be expected - it's a public meeting about a hospital. Chair (Tony) to set ground rules at the start: one speaker at a time, two minutes each, no personal remarks. Anyone who repeatedly disrupts will be asked to leave by stewards; the Institute's own door staff will be present.
- Campaign group protest outside: they've told us they'll hold a vigil with placards before the meeting. Lawful and peaceful, police are aware. Stewards keep the entrance clear.
- Access: ramp at side door, hearing loop to be tested on the day, reserved seats at front.
- First aid: two trained first-aiders, box in the kitchen.
- Panel: arrive by the side entrance, green room upstairs, leave after the hall has emptied.

Stewards confirmed: Huw, Carol, Alan, Elin. One more needed.

Catrin
""")

c.add("other", subject="Fire alarm last night - thank you", sender=("Gwyn Rees", "secretary@minersinstitute.example.org.uk"),
      tags=("hard-negative", "drill-notice"),
      body="""Dear Rhian,

Sorry about the fire alarm in the middle of your GC last night. It turned out to be the toaster in the snooker room kitchen - the lads were making cheese on toast. The fire service were very good about it.

Please thank your members for leaving the building so calmly and quickly. Your stewards had everyone out and at the assembly point in under three minutes, which is better than we manage on our own drills!

Regards,
Gwyn Rees
Institute Secretary
""")

c.add("other", subject="valleys are sick of 20mph - campaign plan", sender=P("Jack", "Phillips"),
      tags=("hard-negative", "metaphor"),
      body="""Rhian,

Some thoughts for the campaign group before Monday.

Whether we like it or not, 20mph is killing us on the doorstep in the valleys. Every second door brings it up. We can either keep bleeding votes over it or we can get ahead of it - the review's given councils room to change the roads that don't need it, so let's lead with that.

The other side are going to throw everything at us in May. Plaid think they can take Glanrhyd and Reform are targeting Tre-Ifor. I think we can crush both of them if we get the ground game right, but only if we stop fighting each other in the GC and start fighting them on the streets.

Ideas on the attached sheet. Can we go through it Monday?

Jack
""")

c.add("complaint", subject="Your leaflet misquoted me", sender=P("Wendy", "Carter"),
      tags=("hard-negative", "legal-threat", "angry"),
      body="""Dear Ms Evans,

Your "Glanrhyd Update" leaflet, delivered this week, quotes me as a "local resident" saying I "support Labour's plans for the surgery". I said nothing of the sort. I spoke to one of your canvassers for two minutes on my doorstep and told him I was worried about the surgery closing. I did not give permission for my name to be used.

I want a correction in your next leaflet and a written apology. If I don't get one I'll be taking advice from my solicitor, and I'll be writing to the Cynon Observer.

Wendy Carter
""")

c.add("other", subject="doorbell cameras for your councillors", sender=("Gareth Lloyd", "gareth@secure-valleys.example.co.uk"),
      tags=("hard-negative", "sales-pitch", "security-briefing"),
      body="""Hi Rhian,

Hope you don't mind me getting in touch - my daughter's in your Aberfechan branch and gave me the CLP email.

I run a small local security firm and we've done a lot of work recently with councillors and public-facing people across RCT and Merthyr - video doorbells, outside lighting, a panic button linked to a monitoring centre. With everything in the news about threats to politicians I thought your councillors might be interested. I'd be happy to offer members 15% off and do a free home survey.

No pressure at all. Leaflet attached.

Gareth Lloyd
Secure Valleys Ltd
""")

c.add("query", subject="protest outside the hospital meeting - stewards?", sender=P("Sian", "Thomas", provider="senedd-office.example.cymru"),
      tags=("hard-negative", "protest-notice"),
      body="""Hi Rhian,

Quick heads up for the 22nd. The Save Our Hospital campaign have told us (and the police) they'll hold a peaceful vigil with placards outside the Institute before the public meeting. They're lovely people, most of them are our members anyway, and the police have no concerns.

Could the CLP find 3 or 4 stewards to keep the entrance clear and help people in? Just need names by next Friday.

Diolch,
Sian
""")

c.add("bulk", subject="[Valleys Members] Re: addresses on ballot papers",
      sender=P("Rob", "Hughes"), headers=c.list_headers("Valleys Members", domain="groups.example-valleys.org.uk"),
      tags=("hard-negative", "list", "news-about-threats"),
      body="""Different view here. Candidates have been able to keep their home address off the ballot paper for years now - you just tick the box on the form and the returning officer publishes your ward instead. The issue isn't the ballot paper, it's the council website that lists every councillor's address under "declarations of interest", and the old copies of election leaflets people keep online.

I agree with Delyth that there's a real problem with threats to politicians generally - just look at the news - but let's aim the motion at the right target. Ask the council to stop publishing addresses by default. That's in our gift.

Rob

--
You received this message because you are subscribed to the Valleys Members group.
""")

c.add("complaint", also=["data-protection"], subject="your canvasser", sender=P("Pauline", "Walker"),
      tags=("hard-negative", "angry"),
      body="""I'm writing to complain about the young man who knocked on my door on Sunday with a Labour badge on. I told him twice I wasn't interested and he kept talking, and then argued with my husband about the 20mph across the garden wall. He was not aggressive as such but he would not take no for an answer and it was upsetting for my husband who isn't well.

Please make sure your volunteers understand that no means no. And take us off your list.

Pauline Walker
""")

c.add("other", subject="diolch o galon!", sender=P("Gemma", "Lewis"),
      tags=("hard-negative", "benign-violent-word"),
      body="""Rhian!! What a day. Killer turnout - 34 people on the doors in Glanrhyd, and we got absolutely bombarded with questions about the hospital, which is brilliant. The heat in that community centre was killing me by 4 o'clock and I could murder a pint now, but worth it.

Huge thanks to you and Carol for the sandwiches. Let's do it again in January.

Gem x
""")

c.add("bulk", subject="Plaid Glanrhyd quoted your post", sender=("X", "notify@x.com"),
      headers=c.newsletter_headers("other"),
      tags=("hard-negative", "metaphor", "social"),
      body="""Plaid Glanrhyd @PlaidGlanrhyd quoted your post

"Labour's 20mph has been the death of trade on Glanrhyd high street. In May, people will have their say. 🏴󠁧󠁢󠁷󠁬󠁳󠁿"

View post

You are receiving this because you have notifications turned on for quotes. Unsubscribe.
X Corp. 1355 Market Street, Suite 900, San Francisco, CA 94103
""")

c.add("other", subject="Dad", sender=P("Alun", "Rees"),
      tags=("hard-negative", "historical-violence"),
      body="""Dear Rhian,

I'm sorry to let you know that Dad (Emlyn Rees, Cwmgarw branch) passed away on Monday at the age of 88, peacefully, at home.

He was a member for 65 years. He was on the picket line at the pit in '84 and used to tell anybody who'd listen about the night the police charged the line and he got a truncheon across the shoulder for his trouble - he said he'd have done it all again. The party was his life after Mam died.

The funeral is at Bethel on the 4th at 11. He'd have loved a few red rosettes there. Donations to the Miners' Welfare instead of flowers.

Alun
""")

c.add("procedural", subject="Safeguarding policy for youth events - for GC adoption", sender=P("Ffion", "Evans"),
      tags=("hard-negative", "safeguarding-policy"),
      body="""Rhian,

Attached is the draft safeguarding policy for youth events, based on the national template, for adoption at the December GC. Main points:

- a named safeguarding lead (proposed: me, until the AGM) and a deputy;
- any event with under-18s must have at least two adults with a current DBS check;
- no one-to-one private messaging between adult officers and under-18 members;
- photos of under-18s only with written parental consent;
- any concern about a young member's welfare goes to the safeguarding lead the same day, and to the regional safeguarding contact.

Could it go on the agenda under "policies"? Happy to speak to it.

Ffion
Youth officer
""")

c.add("query", subject="what if someone gets aggressive", sender=P("Tomasz", "Kowalski"),
      tags=("hard-negative", "policy-query", "non-native"),
      body="""Hi,

I join canvassing team for first time next Saturday. I want to ask, what we do if somebody get aggressive at the door? Is there a rule, we just go away, or we tell someone? Nothing happen to me, I just like to know before. In my country we don't do this door to door so it is new for me.

Thanks
Tomasz
""")

c.add("urgent", also=["query"], subject="branch facebook hacked!!", sender=P("Ryan", "Watson"),
      tags=("hard-negative", "security"),
      body="""Rhian the Glanrhyd branch Facebook page has been hacked overnight, it's posting crypto adverts and a fake "giveaway" every hour and people are commenting asking if it's real. I'm locked out. You're the other admin I think? Can you try to get in and remove me/reset it today before anyone gives their bank details. Or who do I ring at regional?

Ryan
""")

c.add("other", subject="bikes outside the Institute", sender=("Gwyn Rees", "secretary@minersinstitute.example.org.uk"),
      tags=("hard-negative", "anti-social-behaviour"),
      body="""Rhian, just a note that we've had a group of teenagers doing wheelies on their bikes in the car park most evenings this week. Harmless enough but they go fast between the cars, so could you ask your members to park carefully and watch when reversing on Wednesday. We've asked the PCSO to pop by.
Gwyn
""")

# ============================================================== ORDINARY ==========

c.add("query", subject="New submission from Contact form", sender=c.form_robot(), reply_to="b.pugh57@btinternet.com",
      tags=("ordinary", "webform"),
      body=c.webform({"Your name": "Brenda Pugh", "Your email": "b.pugh57@btinternet.com",
                      "What is your enquiry about?": "Membership",
                      "Message": "I've moved from Tre-Ifor to Aberfechan. Do I need to tell you or the national party, and will I be in a different branch now?"}))

c.add("procedural", subject="Nomination - youth officer", sender=P("Elin", "Watkins"),
      tags=("ordinary",),
      body="""Dear Secretary, I would like to nominate Ffion Evans for the position of Youth Officer at the AGM. Ffion has agreed to stand. Seconded by Huw Thomas. Elin Watkins (Cwmgarw)""")

c.add("bulk", subject="Undelivered Mail Returned to Sender", tags=("ordinary", "bounce"),
      body="", raw=c.bounce("gwilym.rees1951@btinternet.com", orig_subject="GC papers - December"))

c.add("bulk", subject="Invitation: EC meeting @ Mon 8 Dec 7pm (Zoom)",
      sender=("Zoom", "no-reply@zoom.us"), tags=("ordinary", "robot-no-list-headers"),
      body="""Tony Rees is inviting you to a scheduled Zoom meeting.

Topic: Cwm Taf Valleys CLP - Executive Committee
Time: Dec 8, 2026 07:00 PM London

Join Zoom Meeting
https://us02web.zoom.us/j/84419022731

Meeting ID: 844 1902 2731
Passcode: 551203
""")

c.add("other", subject="Re: teas for the AGM", sender=P("Betty", "Morris"),
      tags=("ordinary", "quoted"),
      body=c.quote_reply(
          """Yes love I'll do the teas and a bara brith. Need someone to carry the urn mind, my back.
Betty""",
          """Hi Betty, would you be able to do the teas at the AGM on the 19th again? Carol's doing the raffle. Rhian""",
          style="gmail"))

c.add("bulk", subject="Welsh Labour - members' bulletin", sender=("Welsh Labour", "news@welshlabour.example.cymru"),
      headers=c.newsletter_headers("NationBuilder"), fmt="html",
      tags=("ordinary", "html-only"),
      body="""Members' bulletin

Senedd selections: timetable now published on Membersnet.
Winter conference: registration open until 12 December.
Campaign day of action: Saturday 17 January, all CLPs.

Promoted by Welsh Labour. Unsubscribe.""")

c.add("query", subject="dog at the social?", sender=P("Neil", "Davies"),
      tags=("ordinary",),
      body="""Hiya, is it ok to bring my dog to the Christmas social at the rugby club? She's very old and very quiet, just sleeps under the table. If not no worries. Neil""")

c.add("bulk", subject="Your membership payment has failed", sender=("Labour Membership", "membership@labour-membership.example.org.uk"),
      tags=("ordinary", "robot-no-list-headers"),
      body="""Dear member,

We were unable to collect your membership payment this month. Your membership may fall into arrears if payment is not received.

Please update your payment details on Membersnet.

This is an automated message - replies to this address are not monitored.

Labour Party Membership Services
""")

c.write()
