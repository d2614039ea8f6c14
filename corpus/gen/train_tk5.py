"""train_tk5: reports of threats against our people vs talk about threats/security/abuse.

Ashbourne & Dale CLP (rural). Hand-written; safety reports, hard negatives, ordinary messages.
"""
from mailkit import Corpus

c = Corpus("train", "tk5", seed=2405)
P = c.person
SEC = "%s <%s>" % c.secretary()
FB = ("Facebook", "notification@facebookmail.com")

# ============================================================== SAFETY ==========

c.add("safety", subject="note on the gate", sender=P("Richard", "Lloyd"),
      tags=("conditional", "explicit", "self-report", "third-party-report"),
      body="""Helen,

Found this nailed to the farm gate at Top Fold this morning, typed, in a plastic sleeve:

"VOTE FOR THE SOLAR FARM ON THE 9TH AND YOUR BARN GOES UP. WE KNOW WHERE THE HAY IS."

I've given it to the rural crime team. We've moved the hay and the lambing pens are now in the yard where the camera is. I'm going to the planning meeting regardless.

Thought you ought to have it for the CLP file.

Richard
District Cllr, Upper Fenby & Moor
""")

c.add("safety", subject="man asking for your candidate's address", sender=("Pam Hebden", "upperfenbyvillagehall@btinternet.com"),
      tags=("third-party-report", "stalking", "implicit"),
      body="""Dear Mrs Pryce,

I'm the booking secretary for Upper Fenby Village Hall.

A man has now come to the hall three times when we've had the playgroup or the whist drive on, asking where "the Labour girl" lives - your candidate, Hannah, I think he means, whose leaflet he had in his hand. We've told him we don't give out anybody's address. The last time he said "doesn't matter, I'll find her anyway, it's a small place" and went off in a muddy pickup.

Several of our volunteers were uneasy. He's not from the village. We thought you should know before Hannah's meeting here on the 20th.

Yours sincerely,
Pam Hebden
""")

c.add("safety", subject="canvassing on the Ashby road - 4x4", sender=P("Colin", "Mitchell"),
      tags=("following", "implicit", "third-party-report", "self-report"),
      body="""Helen,

Just home. Want to get this down while it's fresh.

Sue and I were doing the outlying houses on the Lower Ashby road this afternoon. Walking between farms, no pavement. A black 4x4 (Toyota pick-up, I think, no front plate) came up behind us and then crawled along behind us for about a mile, flashing its lights. When we stopped at the gate of Hollin Farm it pulled across the lane in front of us. The driver wound down the window, looked at our rosettes and said "you're a long way from help out here, aren't you" and drove off.

Nothing else happened. But there's no phone signal on that stretch and Sue is 72. I don't think we should be doing those roads on foot.

I'll phone the police in the morning unless you think otherwise.

Colin
""")

c.add("safety", subject="for the secretary", sender=("A well-wisher", "dalewatcher@mail.example.com"),
      tags=("implicit", "veiled"),
      body="""Mrs Pryce. Your husband's on nights at the quarry this month isn't he. Long nights in that cottage on your own. Maybe think about whether you really want to be putting your name on all those Labour leaflets.""")

c.add("safety", subject="Fwd: village whatsapp", sender=P("Julie", "Morris"),
      tags=("forwarded", "explicit", "third-party-report"),
      body=c.forward(
          """Helen this was posted in the Lower Ashby village WhatsApp last night. I'm in it for the school stuff. "The Labour woman at Ivy Cottage" is Margaret, our branch chair. About 15 people reacted with laughing faces. I've screenshotted it. Please tell me what to do, I don't want to be the one who's seen grassing in the village but I can't leave it.""",
          """[21:47] Dean W: that labour woman at ivy cottage who keeps putting leaflets about the traveller site through doors
[21:47] Dean W: someone should burn her out. see how she likes it
[21:48] Karen: 😂😂
[21:50] Dean W: not even joking""",
          "Julie Morris <julie.morris22@gmail.com>", "Fwd: screenshot", style="apple"))

c.add("safety", subject="Ashbourne & Dale Labour - new review on Google", sender=("Google Business Profile", "businessprofile-noreply@google.com"),
      tags=("social", "veiled", "robot-no-list-headers"),
      body="""New review for Ashbourne & Dale Labour Party Office

★☆☆☆☆  by Dale Lad
"Popped in to see the councillor about the bus. Lovely quiet little office, right on the back lane, no camera. Would love to visit again some night when she's in there on her own 😉"

Reply to review

You're receiving this email because you manage this Business Profile.
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""")

c.add("safety", subject="envelope with a blade", sender=P("Hannah", "Brooks"),
      tags=("suspicious-item", "implicit", "self-report", "third-party-report"),
      body="""Helen, I've just opened a card that came to my home address. "Good luck in May" on the front. A razor blade was taped inside the flap of the envelope so whoever opened it would cut their fingers. I did, slightly - it's fine, plasters. No message inside the card apart from "You'll need it".

I've put everything in a freezer bag and the police are coming. My address was on the nomination papers. I'm really rattled.
H""")

c.add("safety", subject="Fw: messenger - man asking about Hannah", sender=P("Lucy", "Carter"),
      tags=("forwarded", "stalking", "doxxing", "third-party-report", "implicit"),
      body=c.forward(
          """Helen, this man messaged me on the branch Facebook page pretending to be a supporter. The questions got weird so I stopped replying. I'm fairly sure from the profile picture it's the same man who shouted at Hannah at the show last summer and said she'd "get hers". I haven't told him anything. Lucy""",
          """Martin Heald: Hiya, big Labour supporter here! Want to help Hannah's campaign
Martin Heald: Whereabouts does she live? Would love to drop round a donation in person
Martin Heald: Which school do her kids go to? My nephew might know them
Martin Heald: What time does she usually get home? I'll wait for her
Martin Heald: Why have you stopped replying love""",
          "Facebook Messenger <noreply@messenger.example.com>", "New messages from Martin Heald"))

c.add("safety", subject="taxi last night", sender=P("Imran", "Hussain"),
      tags=("non-native", "explicit", "self-report", "third-party-report"),
      body="""Assalamu alaikum Helen,

Last night I was working on the taxi, about 11.30 I pick up three men from the Red Lion in Dalebridge. They recognise me from the leaflet for the town council election, because my photo is on it. They say "you're the Labour Paki on the leaflet" and all the way they are saying things. When they get out at Fenby one of them say "we know your taxi, we know your number, we will burn it with you in it". They didnt pay.

I report to police and to taxi office. I have the dashcam video.

I am not going to stop standing for the election. But I want the party to know. Also maybe better my photo is not on the next leaflet?

Imran
""")

robot = c.form_robot()
c.add("safety", subject="Contact form: Potholes on Moor Lane", sender=robot, reply_to="g.tattersall@hotmail.co.uk",
      tags=("webform", "embedded", "conditional"),
      body=c.webform({
          "Name": "G Tattersall",
          "Email": "g.tattersall@hotmail.co.uk",
          "Subject": "Potholes on Moor Lane",
          "Message": """I have reported the potholes on Moor Lane between the cattle grid and the Fenby turn eleven times since March. Eleven. I have photographs. My daughter blew a tyre in one in October with the baby in the car. The county council says it is "on the programme". The district councillor (yours) says it isn't his responsibility but he'll "chase". Nobody chases anything.

I'm a reasonable man. But I'm telling you now, if one more of my family's cars gets wrecked on that road, I'll be paying your councillor a visit at his farm, and he won't like the state his car's in when I leave. Sort it out.""",
      }, form="Contact"))

c.add("safety", subject="Re: Dilys", sender=P("Margaret", "Owen"),
      tags=("quoted", "third-party-report", "stalking"),
      body=c.quote_reply(
          """Thanks Helen, that's awful. I'll ring her tonight and I'll go round tomorrow with Alan. Agree she shouldn't do the Fenby round.

Margaret""",
          """Margaret - in confidence, as chair. Dilys rang me this morning. The man who was convicted of harassing her when she was on the parish council has been released and has written to her, at her new address which she's never given out. The letter says he's "thought about her every day" and that he'll "be seeing her at the village hall meeting on the 20th". The police are dealing with it as a breach. She's very frightened and wants to step back from canvassing for now.

Helen""", quoted_from=SEC, style="gmail"))

c.add("safety", subject="[Dale Members] Show stall - car park", sender=P("Alan", "Owen"),
      headers=c.list_headers("Dale Members", domain="lists.dalelabour.example.org.uk"),
      tags=("list", "third-party-report", "implicit", "following"),
      body="""All,

A heads-up for anyone doing the stall at the Dalebridge Show tomorrow.

Today a man in a flat cap spent most of the afternoon near the stall. He didn't say much to anyone except, when Kath asked if he wanted a leaflet, "I'll see you on your way home, sweetheart". He then turned up in the exhibitors' car park when we were packing up, by our cars. Two of our cars (Kath's and mine) had their tyres let down. Show security have been told and they're going to have someone by the stall tomorrow.

Tomorrow: nobody on their own at the stall, nobody goes to the car park alone.

Alan

--
Dale Members mailing list
""")

c.add("safety", subject="u'll be d3ad by may", sender=("dale patriot", "dalepatriot1@yahoo.co.uk"),
      tags=("noisy", "explicit"),
      body="""ur candid@te w1ll b d3ad by may if she carrys on w1th the traveller s1te. d3ad. sh3 kn0ws who this is""")

c.add("safety", subject="Contact form: message", sender=robot, reply_to="anon@anon.example.com",
      tags=("webform", "noisy", "implicit"),
      body=c.webform({"Name": "n/a", "Email": "anon@anon.example.com", "Subject": "message",
                      "Message": "w e  k n o w  w h e r e  y o u  l i v e  h e l e n . n i c e  g a r d e n ."},
                     form="Contact"))

c.add("safety", subject="The traveller site", sender=P("Graham", "Kelly"),
      tags=("wish-harm",),
      body="""Your candidate wants a traveller site at the bottom of our village. If her car happened to go into the reservoir one dark night I'd call that justice. I'm not saying I'd push it. Plenty would though.""")

c.add("safety", subject="Hannah's house on Dale Matters", sender=P("Kath", "Brown"),
      tags=("doxxing", "social", "third-party-report", "implicit"),
      body="""Helen, on the "Dale Matters" forum someone has started a thread "Where the traveller-site candidate lives" with a Google Maps pin dropped right on Hannah's house and a photo of her front door. First reply is "pitchforks at dawn lol" and it's gone on from there - people listing her car, saying they'll "go and have a chat with her". It's been up since last night.

I've reported it to the forum moderator. Does Hannah know? I didn't want to be the one to tell her over the phone.

Kath
""")

c.add("safety", subject="Cllr Fairbrother - man at work and at home", sender=P("Rachel", "Fairbrother"),
      tags=("stalking", "harassment", "self-report", "third-party-report"),
      body="""Helen,

I need to put this in writing to someone in the party.

A resident who objected to the Fenby barns planning application has been turning up at the veterinary practice where I work, asking reception to see me, and refusing to leave. Four times in three weeks. Last Saturday and Sunday he came to my house. He stood at the gate for an hour on Sunday. He hasn't threatened me in so many words, but he said "I'll keep coming until you listen, I know where you are every day of the week". I have three children.

I've been to the police and they've given him a warning. He came back on Tuesday anyway.

I'm not going to the next planning meeting in person. Please can the party help me get some advice about what protection I'm entitled to as a councillor.

Rachel Fairbrother
District Councillor, Dalebridge South
""")

c.add("safety", subject="tyres and a note", sender=P("Tom", "Ashworth"),
      tags=("explicit", "self-report", "third-party-report"),
      body="""Helen, came out to the car after the parish council meeting and all four tyres were flat (let down, not slashed). Note under the wiper: "Next time it's the brakes." Reported. Got a lift home with the clerk. I'll be fine but worth the EC knowing. Tom""")

c.add("safety", also=["urgent"], subject="phone call tonight - agent", sender=P("Nicola", "Hughes"),
      tags=("explicit", "self-report", "third-party-report"),
      body="""Helen,

I've just had a phone call on my mobile, about 10 minutes ago. Man, local accent. "You're the agent for the Labour lot. If you hand those nomination papers in tomorrow, you won't be walking out of the council offices." Then he hung up. Number withheld.

I've rung 999 as it's about tomorrow and they're sending someone round tonight. I'm still planning to take the papers in at 10 but I'd like someone to come with me. Can you or Margaret?

Nicola
""")

c.add("safety", subject="drone over Ruth's house", sender=P("Steph", "Nowak", provider="calloway-mp.example.org.uk"),
      tags=("stalking", "third-party-report", "implicit"),
      body="""Helen, confidential - for you and the chair.

For the last three weekends a drone has been hovering over Ruth's house in Lower Ashby, for ten or fifteen minutes at a time, low enough to see into the garden where her children play. On Sunday her husband saw a man with a controller in a car parked in the lay-by on the hill. When he walked up the lane the car drove off. On Monday a still from drone footage of their garden was posted on a local Facebook group with the caption "the MP's little kingdom - not so private now".

Parliament's security team and the police are involved. Please don't mention it to anyone else yet. Ruth will miss Saturday's CLP campaign day.

Steph
Office Manager, Ruth Calloway MP
""")

c.add("safety", subject="Fw: comment on the village page", sender=P("Andrew", "Turner"),
      tags=("forwarded", "social", "explicit", "third-party-report"),
      body=c.forward(
          """Helen - this is on the Upper Fenby Community Facebook page, under the post the parish clerk put up about "Labour canvassers in the village this Saturday". We're down to go there. I'd rather we didn't.
Andrew""",
          """Upper Fenby Community
Post: "Just to let residents know, Labour Party canvassers will be in the village on Saturday morning. They have asked us to pass this on."

Comments:
Jed Holroyd: Labour canvassing Upper Fenby Saturday? Lads, get the dogs out 🐕🐕 let's give them a proper Fenby welcome
Shaz T: 😂
Jed Holroyd: serious. anyone knocks on my door gets a shotgun in their face
Kerry Ann: Jed stop it""",
          "Facebook <notification@facebookmail.com>", "New comments on Upper Fenby Community"))

c.add("safety", subject="young man at every meeting", sender=P("Amber", "Clarke"),
      tags=("stalking", "harassment", "self-report", "third-party-report"),
      body="""Hi Helen,

I'm the candidate for Dalebridge North and I want to raise something that's been building up.

There's a young man who has been to every hustings and every parish meeting I've spoken at since September. He sits near the front and films me on his phone the whole time - close up, not the panel. Afterwards he messages me on Instagram with clips of me and comments about my appearance. Last week the message said "I'll be at the next one, and the one after that. You can't get away from me, you're a public figure now." He's not on the electoral roll in the ward.

I've blocked him, he keeps making new accounts. I've reported to the police but they said filming at a public meeting isn't an offence.

I'm 24 and this is my first election. I'd appreciate someone from the party being with me at the remaining hustings.

Amber
""")

c.add("safety", also=["procedural"], subject="Dalebridge Show stall - final arrangements (long one, sorry)", sender=P("Kath", "Brown"),
      tags=("embedded", "implicit", "stalking", "third-party-report"),
      body="""Hi Helen,

Final arrangements for the Dalebridge Agricultural Show stall. Sorry, long one.

Pitch: we're in the Trade Tent B again, pitch 14, between the WI cakes and the hedge-laying demonstration. We can set up from 7am on Saturday. Exhibitors' passes (6) are with me - I'll hand them out at the gate.

Rota:
Sat 8-10: Kath, Alan
Sat 10-12: Margaret, Colin, Hannah (Hannah to meet people - she's asked for a chair as her knee's bad)
Sat 12-2: Tom, Julie
Sat 2-4: Kath, Amber
Sun 8-10: Alan, Sue
Sun 10-12: Richard, Lucy
Sun 12-4: whoever's left standing!

Stuff: gazebo is in Alan's barn. Table, two chairs, the banner (the new one), the clipboard petitions on the bus cuts, stickers for kids, leaflets (3,000 of Hannah's - Colin's collecting from the printers Friday), the cash box with a £30 float, and the gas bottle for the kettle if the show still allows them in the tent - I've asked.

Petitions: we want to get at least 500 signatures on the bus petition over the two days. Please don't take down postcodes on the sheet, just name and village - we got told off about that last year.

PS - I need to tell you something I heard, and I'm not sure what to do about it. The man who threatened Dilys a couple of years ago, the one who was convicted, is out of prison. Alan's brother-in-law saw him at the sheep sales in Fenby last week, and he was asking people whether "the old Labour woman" would be "at the show this year" and whereabouts she lives now. He said he'd "got unfinished business with her". Dilys doesn't know he's asking. Should we tell her, or the police, or both? She's down on Sunday afternoon.

Parking: exhibitors' car park, gate 3. Bring wellies - it's been raining all week and the top field will be a bog.

Weather: forecast is wet Saturday, better Sunday. Layers!

Sunday evening, anyone who wants to come back to mine after packing down for a drink is very welcome.

Thanks Helen,
Kath
""")

c.add("safety", subject="Ashbourne & Dale Trade Supplies - solar farm vote", sender=("Neil Barraclough", "neil@adtradesupplies.example.co.uk"), fmt="alt",
      tags=("conditional", "veiled", "embedded"),
      body="""Mrs Pryce,

I run a business employing 22 people in this district and I've sat on the parish council. I'm writing in a personal capacity.

The solar farm will take 300 acres of the best grazing land in the Dale out of production for forty years. The consultation was a sham and your councillors know it.

I'll be blunt. If Councillor Lloyd votes for it on the 9th, I can't guarantee my lads won't pay him a visit up at Top Fold. They're angry and I won't be stopping them. I've told him to his face.

Neil Barraclough
Managing Director

Ashbourne & Dale Trade Supplies Ltd. Registered in England No. 04418823. This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it. Any views expressed are those of the individual sender and do not necessarily represent those of the company.
""")

c.add("safety", subject="wreath lol", sender=P("Sue", "Mitchell"),
      tags=("offhand", "implicit", "veiled", "self-report", "third-party-report"),
      body="""Funny one Helen - someone left a funeral wreath on my doorstep this morning with a card that says "RIP Labour Dale - yours next". Bit dark! Prob someone's idea of a joke after my letter in the Dale Gazette. Colin says I should tell you and the police so I'm telling you. Still fine for leafleting Thursday.
Sue x""")

c.add("safety", subject="my son on saturday", sender=P("Louise", "Baker"),
      tags=("explicit", "third-party-report"),
      body="""Dear Helen,

My son Ethan (16) went canvassing with the Young Labour group in Dalebridge on Saturday, with my permission. At one house on Station Road a man came out, pushed him off the step so he fell on the path, and said "next time I'll put you in hospital, you little commie". Ethan wasn't hurt badly, grazed hands, but he was very shaken. The adult with the group didn't see it as she was two doors down.

I'd like to know what the party's going to do about this. I've reported it to the police. I'm proud of Ethan for getting involved but I'm not sending him out again unless an adult is with him at every door.

Louise Baker
""")

c.add("safety", subject="about what happen at the market", sender=P("Rania", "Haddad"),
      tags=("non-native", "following", "harassment", "self-report", "third-party-report"),
      body="""Dear Helen,

I am Rania, I join the party this year and I help at the stall in the market on Tuesday. I wear hijab.

On Tuesday one man come to the stall and shout at me "go back to your country", is ok, this happen before. But after, when I walk to the bus, he follow me and his friend also. He spit near my feet and he say "we know you now, we will follow you home and see where you live". I go inside the pharmacy and wait until they go. The pharmacist call my husband.

I did not tell the police yet because my English is not so good for the phone. Can someone help me to report? I want to still help at the stall but not alone.

Thank you,
Rania
""")

# ========================================================== HARD NEGATIVES ==========

c.add("bulk", subject="Recording now available: Candidate safety webinar", sender=("Labour Regional Office", "regional.comms@labour-regional.example.org.uk"),
      headers=c.newsletter_headers("Mailchimp"),
      tags=("hard-negative", "training", "security-briefing"),
      body="""Dear colleague,

Thank you to everyone who joined last week's candidate safety webinar. The recording and slides are now available on Membersnet (Training > Candidates).

Topics covered: planning safe canvass sessions in rural areas, keeping home addresses off nomination papers, what to do if you receive abusive mail, and looking after your wellbeing during the campaign.

Please encourage all your candidates and agents to watch it before nominations open.

Regional Office
Unsubscribe
""")

c.add("bulk", subject="Dale Rural Crime Bulletin - December", sender=("Rural Crime Team", "ruralcrime@police-alerts.example.uk"),
      headers=c.newsletter_headers("other"), fmt="alt",
      tags=("hard-negative", "police-newsletter"),
      body="""DALE RURAL CRIME BULLETIN - December

Farm machinery: two quad bikes and a GPS unit were stolen from farms near Lower Ashby. Please mark and register equipment and keep keys out of vehicles.

Hare coursing: reports continue on the low fields near the river. If you see it happening, call 999 - don't approach.

Fuel theft: heating oil has been siphoned from tanks in Upper Fenby. Consider a tank alarm.

Sheep worrying: please remind dog walkers that dogs must be on leads near livestock.

Rural Crime Team surgery: Dalebridge Mart, Tuesday 9 December, 10am-1pm.

Call 101 or 999 in an emergency. Unsubscribe from this bulletin.
""")

c.add("bulk", subject="Sign the Civility in Public Life pledge", sender=("Civility in Public Life", "hello@civilitypledge.example.org.uk"),
      headers=c.newsletter_headers("Action Network"), fmt="html",
      tags=("hard-negative", "news-about-threats", "html-only"),
      body="""Civility in Public Life

Abuse and intimidation are driving good people out of public life. Councillors, candidates, MPs and their staff of every party are facing threats that no one should have to accept.

We're asking every local party, of every colour, to sign a simple pledge:
- we will disagree without dehumanising;
- we will never share anyone's home address;
- we will call out abuse from our own supporters.

Over 400 local parties have signed. Will Ashbourne & Dale Labour join them?

SIGN THE PLEDGE

Unsubscribe""")

c.add("procedural", subject="Motion for GC: intimidation of parish and district councillors", sender=P("Margaret", "Owen"),
      tags=("hard-negative", "motion"),
      body="""Helen,

For the GC agenda, please, from Lower Ashby branch.

This CLP notes that intimidation of parish, town and district councillors is rising, including in rural areas where councillors often live in isolated places far from police response, and that several parish councils in the Dale have been unable to fill vacancies.

This CLP resolves:
1. to sign the Civility in Public Life pledge;
2. to ask our district councillors to press for councillors' addresses to be removed from the district council website;
3. to invite the Rural Crime Team to speak to a future GC about personal safety in rural areas.

Proposer: Margaret Owen. Seconder: Alan Owen.
""")

c.add("query", subject="do I have to put my address on the nomination form?", sender=P("Hannah", "Brooks"),
      tags=("hard-negative", "policy-query"),
      body="""Hi Helen, quick question for my nomination papers - do I have to let my full home address appear on the ballot paper and the notice of poll? Someone at the training said there's a box to tick so it just says the area. Which form is that on? Thanks, Hannah""")

c.add("other", subject="Fenby parish hustings", sender=P("Colin", "Mitchell"),
      tags=("hard-negative", "heckling", "rudeness"),
      body="""Helen, parish hustings went fine on the whole. One old farmer in the second row called Hannah "a townie idiot who couldn't tell a heifer from a hedge" when she talked about the solar farm, which got a laugh, and then he grumbled through most of her answers. She took it in good humour and actually got a round of applause at the end. Just mentioning it for the debrief - nothing to worry about.
Colin""")

c.add("other", subject="left at Upper Fenby hall", sender=("Pam Hebden", "upperfenbyvillagehall@btinternet.com"),
      tags=("hard-negative", "lost-property"),
      body="""Hello Helen, after your branch meeting we found a tartan dog lead and a walking stick with a silver top. I've hung them on the hook by the kitchen. Pam""")

c.add("urgent", subject="Storm - Upper Fenby hall closed tonight", sender=("Pam Hebden", "upperfenbyvillagehall@btinternet.com"),
      tags=("hard-negative", "broken-window"),
      body="""Helen, the wind last night blew in two of the big windows at the hall and there's glass all over the main room. The committee have closed it until the glazier's been, so your candidates' meeting tonight can't go ahead here, I'm so sorry. The Fenby Arms say you can have their back room at 7 - ring Dave. Pam""")

c.add("complaint", subject="Rural councillors are on their own", sender=P("Jim", "Hartley"),
      tags=("hard-negative", "angry", "news-about-threats"),
      body="""Helen,

Every bit of safety guidance the party sends out is written by somebody in a city. "Canvass in pairs, stay in well-lit areas, call 999." Half the Dale hasn't got a phone signal and the nearest police car is forty minutes away. Our district councillors live on farms at the end of single-track lanes with their names on every planning agenda.

I'm not saying any of ours has been threatened - I hope not. I'm saying the party doesn't think about rural councillors at all and I want the CLP to tell region so.

Jim Hartley
""")

c.add("data-protection", subject="please take my address off", sender=P("Peter", "Ashworth"),
      tags=("hard-negative", "privacy-request", "dp-no-legal-words"),
      body="""Hello, the "Meet your Labour candidates" leaflet from the 2023 elections is still on your website as a PDF and it has my home address under my photo. I'm not standing again. Please take it down or blank out the address. Thank you. Peter Ashworth""")

c.add("procedural", subject="Risk assessment - show stall", sender=P("Kath", "Brown"),
      tags=("hard-negative", "risk-assessment"),
      body="""Risk assessment for the show stall, as the show office requires it:
- Livestock: stall is in the trade tent, away from livestock lines. No dogs on the stall.
- Weather: gazebo weighted; take it down if winds exceed 30mph.
- Gas: no gas this year - flask tea only.
- Children: stickers only, no small items. Under-16 volunteers with a parent.
- Crowds/disputes: politeness, leaflets, walk away. Show security by the entrance.
- First aid: St John Ambulance tent next to the main ring.
Kath""")

c.add("bulk", subject="Moorland firing times - December", sender=("MOD Training Area Information", "firingtimes@mod-training.example.gov.uk"),
      tags=("hard-negative", "benign-violent-word", "robot-no-list-headers"),
      body="""FIRING NOTICE - DALE MOOR TRAINING AREA

Live firing will take place on the following dates. Red flags will be flown and barriers lowered on the Moor Road and the bridleways across the range.

Mon 1 Dec 08:00-16:00
Wed 3 Dec 08:00-23:00 (night firing)
Thu 11 Dec 08:00-16:00

Do not touch any military debris - it may explode and kill you. Report it to the range office.

This is an automated notification to parish councils and community organisations. Do not reply.
""")

c.add("complaint", subject="The NEC and the rural branches", sender=P("Derek", "Holroyd"),
      tags=("hard-negative", "metaphor", "angry"),
      body="""Helen,

The boundary review merging Upper Fenby branch into Dalebridge is the death knell for Labour in the top of the Dale. The NEC are slaughtering the rural branches to make the spreadsheets look tidy. We'll be wiped out in May and they'll blame us for it.

I want this on the GC agenda and I want our objection sent to region.

Derek Holroyd
""")

c.add("procedural", subject="apols Sat", sender=P("Ben", "Fletcher"),
      tags=("hard-negative", "benign-violent-word"),
      body="""Helen, apologies for Saturday's campaign day - I'm beating on the Fenby shoot all day, it's the last big shoot of the season and I promised the keeper months ago. Back on the doors next week. Ben""")

c.add("complaint", subject="Your stall on my land", sender=P("Howard", "Slater"),
      tags=("hard-negative", "legal-threat", "angry"),
      body="""Mrs Pryce,

Your party set up a stall and a banner on the verge by my field entrance at Dalebridge Bridge on Saturday. That verge is my land, not the highway, and no permission was asked. It also blocked my tractor access for two hours.

Do it again and my solicitor will be writing to you. I'd like an apology.

Howard Slater
""")

c.add("bulk", subject="New review: \"Labour killed the Dale bus\"", sender=FB,
      headers=c.newsletter_headers("Facebook"),
      tags=("hard-negative", "metaphor", "social"),
      body="""Carol Pickering reviewed Ashbourne & Dale Labour - doesn't recommend

"Labour killed the 112 bus and now the old folk in Fenby can't get to the doctor. Don't bother knocking on my door."

Respond to review

This message was sent to secretary@ashbournedalelabour.org.uk. Unsubscribe.
Meta Platforms Ireland Ltd.
""")

c.add("bulk", subject="[Dale Members] Parish councillor in Yorkshire - article", sender=P("Lucy", "Carter"),
      headers=c.list_headers("Dale Members", domain="lists.dalelabour.example.org.uk"),
      tags=("hard-negative", "news-about-threats", "list"),
      body="""Sad read in the Yorkshire paper this morning - a parish councillor in a village near Skipton has resigned after months of threats over a housing development, including a note left on her car. The parish council can't find anyone to replace her.

It's a reminder how small these places are and how exposed people are. Worth thinking about for our own motion at GC.

Lucy

--
Dale Members mailing list
""")

c.add("complaint", subject="Cllr Ashworth at the parish meeting", sender=P("Gillian", "Steele"),
      tags=("hard-negative", "angry"),
      body="""I'm writing to complain about your councillor Tom Ashworth, who at Tuesday's parish meeting told residents objecting to the barns that they were "living in the nineteenth century" and rolled his eyes through our questions. It was rude and it's not what we expect from an elected representative. I'd like him to apologise.
Gillian Steele""")

c.add("complaint", subject="solar farm meeting", sender=P("Trevor", "Dawson"),
      tags=("hard-negative", "angry"),
      body="""The so-called consultation on the solar farm was a joke. I'll be at the village hall meeting on the 20th to have my say and so will half of Fenby. Your candidate had better have some answers this time.
T. Dawson""")

c.add("query", subject="stewards at the AGM?", sender=P("Alan", "Owen"),
      tags=("hard-negative", "policy-query"),
      body="""Helen, given everything in the news about MPs and meetings, should we have a couple of stewards on the door at the AGM when Ruth's speaking? Not because of anything here - I've heard nothing - just seems sensible now. Happy to do it. Alan""")

c.add("other", subject="Dale FM - national poll", sender=("Dale FM Newsroom", "news@dalefm.example.co.uk"),
      tags=("hard-negative", "news-about-threats"),
      body="""Hi Helen, Dale FM here. There's a national poll out today saying most candidates have considered quitting because of abuse and threats. We're asking local parties for a 30-second comment for our bulletins over the next few days. Any of your candidates willing? No hurry. Thanks, Mel""")

c.add("other", subject="row at the Red Lion", sender=P("Bob", "Fletcher"),
      tags=("hard-negative", "heated-argument"),
      body="""Helen, in case you hear it on the grapevine: I had a right ding-dong with Gary Sutcliffe (the Reform candidate) at the Red Lion quiz on Friday about the traveller site. Voices were raised, we both said a few things, landlord told us both to calm down. We shook hands at the end and he bought me a pint. No harm done but you know what the Dale's like for gossip.
Bob""")

c.add("data-protection", subject="canvass sheets - I'm so sorry", sender=P("Julie", "Morris"),
      tags=("hard-negative", "confuser", "dp-breach"),
      body="""Helen, I've done something stupid. I left the canvass sheets for Lower Ashby (about 80 households, names, voting intention, notes) in a carrier bag at the Fenby Arms on Saturday. Dave behind the bar has found them and says they were on the coat hooks, and he doesn't think anyone looked. I've got them back. What do I need to do? I'm mortified.
Julie""")

c.add("other", subject="rubbish outside the office", sender=P("Margaret", "Owen"),
      tags=("hard-negative", "anti-social-behaviour"),
      body="""Helen, someone's dumped an old mattress and a couple of bin bags against the office door on Back Lane. Probably the same fly-tippers who've been doing the lay-bys. I've reported it to the district council. Don't go in the back way Thursday, you'll trip over it.
Margaret""")

c.add("bulk", subject="[Dale Members] Re: candidate photos on leaflets", sender=P("Richard", "Lloyd"),
      headers=c.list_headers("Dale Members", domain="lists.dalelabour.example.org.uk"),
      tags=("hard-negative", "list"),
      body="""I'd keep the photos. People in the Dale vote for people they recognise from the mart and the school gate, not for a logo. I take Jim's point about safety in general, but the answer is to keep addresses off leaflets, not faces. A leaflet without a face looks like we've got something to hide.

Richard

--
Dale Members mailing list
""")

c.add("query", subject="phone call asking for donation - genuine?", sender=P("Edna", "Pickles"),
      tags=("hard-negative", "security"),
      body="""Dear Helen,

A young man rang me last night saying he was from "Labour HQ" and asking for a donation of £50 by card over the phone for the election. He knew my name. I said I'd think about it. Is this genuine? I don't want to give my card details to a stranger.

Edna Pickles
""")

# ============================================================== ORDINARY ==========

c.add("procedural", subject="AGM nomination - treasurer", sender=P("Sue", "Mitchell"),
      tags=("ordinary",),
      body="""Dear Helen,

Lower Ashby branch nominates Colin Mitchell for CLP Treasurer at the AGM on 24 January. Colin has agreed to stand. Proposed Sue Mitchell, seconded Margaret Owen.

(Yes, I'm married to him, but he really is good with spreadsheets.)

Sue""")

c.add("query", subject="Contact form: poster", sender=c.form_robot(), reply_to="ann.greenwood@btinternet.com",
      tags=("ordinary", "webform"),
      body=c.webform({"Name": "Ann Greenwood", "Email": "ann.greenwood@btinternet.com", "Subject": "poster",
                      "Message": "Could I have a window poster for Hannah please? I'm at 3 Mill Row, Lower Ashby."},
                     form="Contact"))

c.add("bulk", subject="Out of Office: Re: GC papers", sender=P("Ruth", "Calloway", provider="calloway-mp.example.org.uk"),
      headers=c.autoreply_headers("rfc3834"), tags=("ordinary", "autoreply"),
      body="""Thank you for your email. Parliament is sitting this week and I am in Westminster. If your matter concerns a constituency case please contact the office on the usual number.""")

c.add("other", subject="fete - thank you!", sender=P("Kath", "Brown"),
      tags=("ordinary",),
      body="""Helen, the cake stall at the Fenby fete made £143! Thank you for the lemon drizzle, it went in ten minutes. K x""")

c.add("procedural", subject="apologies for EC", sender=P("Tom", "Ashworth"),
      tags=("ordinary",),
      body="""Apologies for Monday's EC please - parish council budget meeting clashes. Tom""")

c.add("bulk", subject="High Peak Labour news - December", sender=("High Peak Labour", "news@highpeaklabour.example.org.uk"),
      headers=c.newsletter_headers("Mailchimp"), fmt="html",
      tags=("ordinary", "html-only"),
      body="""High Peak Labour - December news

Thanks to everyone from neighbouring CLPs who came to our by-election day of action. Christmas social on the 18th - all welcome. Unsubscribe""")

c.add("query", subject="Re: car share to regional conference", sender=P("Amber", "Clarke"),
      tags=("ordinary", "quoted"),
      body=c.quote_reply("""Yes please! Could you pick me up from Dalebridge station at 8? What time do you think we'll be back?""",
                         """Amber, I'm driving to regional conference and have two seats. Want one? Helen""",
                         quoted_from=SEC))

c.add("bulk", subject="Your Page's weekly summary", sender=FB, headers=c.newsletter_headers("Facebook"),
      tags=("ordinary", "social"),
      body="""Ashbourne & Dale Labour

Your Page's weekly summary
Post reach: 2,144 (up 18%)
Post engagement: 312
New Page likes: 9

See Insights

Meta Platforms Ireland Ltd. Unsubscribe""")

c.write()
