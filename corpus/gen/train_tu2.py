"""train/tu2: places, routes, routines and addresses in ordinary mail, second batch
(Tynebridge CLP). All content hand-written.

51 harmless messages that name streets, house numbers, cars, venues, bus routes, times and
people's comings and goings (garden boards, lifts, polling stations, the count, surgeries,
bus stops and footpaths, change of address, a councillor's address on the website, a
neighbour's complaint about the office), spread over query, urgent, complaint, procedural,
data-protection and other and tagged `confuser` + `place-benign`; 3 bulk notifications (a
Facebook event reminder, a council bin-day robot, an out-of-office); and 6 safety messages
where the same places and routines carry menace (doxxing in a comment, a man waiting after a
meeting, "I know your round", knowledge of the drive home)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tu2", seed=5702)
P = c.person

# ===================================================================== query (15)

c.add("query", subject="garden board", sender=P("Elsie", "Wardle", "btinternet.com"), fmt="html",
      tags=("confuser", "place-benign", "html-only"),
      html_body="""<html><body><p style="font-family:Verdana;font-size:13px">Hello Mark,</p>
<p style="font-family:Verdana;font-size:13px">I would like one of the red garden boards this time for Ravensworth. I am at 5 Oakwood Bungalows, the end one with the bird table, and I have a good bit of grass at the front facing the main road so everybody going to the Metro will see it.</p>
<p style="font-family:Verdana;font-size:13px">I cannot carry it myself. Is there somebody who goes round putting them up or do I have to collect it from somewhere?</p>
<p style="font-family:Verdana;font-size:13px">Yours sincerely<br>Elsie Wardle (Mrs)</p></body></html>""",
      body="")

c.add("query", subject="Saturday canvassing question", sender=P("Ioana", "Popescu"),
      tags=("confuser", "place-benign", "non-native", "routine"),
      body="""Hello Mark,

I want to come for canvassing this Saturday in Saltmeadows. Please can you tell me the meeting is at the library at 10 o clock or at other place? And what time it finish usually? I work in Sainsbury at Team Valley from 3 o clock so I must leave maximum 1.45 for catch the bus.

Also I never did canvassing before, is need to speak a lot? My english is ok but not perfect when people speak fast with Geordie accent haha.

Thank you,
Ioana""")

c.add("query", subject="my dad - polling day", sender=P("Bilal", "Chaudhry"),
      tags=("confuser", "place-benign", "polling-day"),
      body="""Hi Mark,

My dad (Mohammed Chaudhry, member in Saltmeadows since 2001) wants to help on polling day. His English is fine for speaking but he doesn't read it that well, so I'm emailing for him. He wants to stand outside the polling station at the Saltmeadows Islamic Centre hall on Chillingham Road because everyone who goes in knows him and he thinks he can remind people to come out.

Is he allowed to do that? Does he need a badge or something? He's 74 so he'd only do the morning, 8 till 12 maybe, and I'd drop him off and pick him up. He doesn't need a chair, he says, but I'm bringing one anyway.

Thanks
Bilal""")

c.add("query", subject="Re: GC moved to Miners Welfare", sender=P("Rob", "Turnbull"),
      tags=("confuser", "place-benign", "quoted", "parking"),
      body=c.quote_reply(
          """Is the car park behind the Welfare free after 6 or is it pay and display now? Someone said the council took it over. Don't fancy a ticket on top of a two-hour GC.""",
          """Dear all,

Please note the November GC will be at the Miners' Welfare, Coldwell Lane, not the community centre, on Thursday 20th at 7pm. The centre is closed for repairs after the flood.

Mark Dodds
Secretary, Tynebridge CLP""", style="outlook"))

c.add("query", subject="URGENT!!! christmas social??", sender=P("Leanne", "Gallagher", "hotmail.co.uk"),
      tags=("confuser", "place-benign", "query-with-urgent", "phone-typed", "urgent-subject"),
      body="""is the xmas do at the lodge again this year and what date!!! need to sort a babysitter before my mam books her cruise lol""")

c.add("query", subject="new adress", sender=P("Hodan", "Warsame"),
      tags=("confuser", "place-benign", "non-native", "change-of-address"),
      body="""Salaam Mark

I am Hodan member from Saltmeadows. I move house last week, now my address is Flat 12 Kestrel Court, Teams Lane, Tynebridge. Please change for the letters. My phone is same.

Also my sister tell me there is women group in the party meeting in Bankhead. I want to join please when is next one and where. I can come only in day time, evening I have the children.

Thank you
Hodan""")

c.add("query", subject="Fwd: bus stop outside pharmacy", sender=P("Wendy", "Hutchinson"),
      tags=("confuser", "place-benign", "forwarded", "casework", "benign-violent-word"),
      body=c.forward(
          """Mark, could you pass this to whichever councillor covers Durham Road? It's from my neighbour who isn't on email much. I told her I'd find out.""",
          """Wendy pet the bus stop outside Boots on Durham Road has gone, just a hole in the pavement where the pole was and a bit of tape. My nearest one now is down by the roundabout which is murder with my knees. Is it coming back or have they done away with it? Can you ask your Labour people. Thanks love, Betty""",
          "Betty Laidler <bettylaidler41@aol.com>", "bus stop"))

c.add("query", subject="Urgent: footpath to the allotments closed", sender=P("Graham", "Pattinson"),
      tags=("confuser", "place-benign", "casework", "query-with-urgent", "urgent-subject"),
      body="""Hi Mark,

The developers building the new houses on the Coldwell Lane field have put up Heras fencing right across the public footpath that runs from the end of Coldwell Lane down to the allotments and the river. There's no diversion sign. Those of us with plots now have to go all the way round by Durham Road, which is about a mile.

I'm fairly sure it's a registered right of way (it's on the OS map as a dotted green line). Is it legal for them to just close it? And who do I ask - the councillors, the council's rights of way officer, or the planning department? I'm happy to go to a surgery if that's best.

Regards,
Graham Pattinson
Coldwell Allotment Society""")

c.add("query", subject="student - how can I help", sender=P("Niamh", "O'Connor", "gmail.com"),
      tags=("confuser", "place-benign", "routine"),
      body="""Hi! I'm a first year at Tynebridge College and joined Labour over the summer. I'm living in the halls on Station Road, no car, but I'm free every Wednesday afternoon and most Sunday mornings. Is there anything happening within walking distance (or on the Metro)? Happy to deliver, stuff envelopes, whatever. Thanks, Niamh""")

c.add("query", subject="where do I vote now", sender=P("Walter", "Hume", "yahoo.co.uk"),
      tags=("confuser", "place-benign"),
      body="""Mr Dodds

For forty years I have voted at the Scout hut on Moor View. The lad who came to the door on Saturday said it is not the Scout hut any more. Where is it then. I do not want a postal vote, I like to go in person. I am at 27 Moor View.

W. Hume""")

c.add("query", subject="New submission: Contact your councillor", sender=c.form_robot(),
      reply_to=("Joanne Clarke", "jo.clarke77@virginmedia.com"),
      tags=("confuser", "place-benign", "webform", "casework", "access"),
      body=c.webform({
          "Name": "Joanne Clarke",
          "Email": "jo.clarke77@virginmedia.com",
          "Ward": "Heworth Moor",
          "Your message": "Is there a Labour councillor surgery anywhere near Heworth Moor? The hedge at the corner house on Fellgate Avenue (opposite the post box) has grown right across the pavement and I can't get past on my mobility scooter, I have to go into the road where the cars come round the bend fast. I've knocked and nobody answers. I go to the Co-op every morning around 10 and it's the only way. Who should I talk to?",
      }, form="Contact your councillor"))

c.add("query", subject="bringing Meg", sender=P("Lewis", "Dobson"),
      tags=("confuser", "place-benign", "routine", "hard-negative"),
      body="""Mark - can I bring the dog on Saturday's Oakwood session? She's a very soft collie, doesn't bark, and I walk her round Oakwood and the bungalows every morning and evening anyway so half the street knows her better than me. People actually open the door for her. If it's a no that's fine, I'll drop her home first.

Lewis""")

c.add("query", subject="count", sender=P("Kate", "Rowell"),
      tags=("confuser", "place-benign", "count", "short"),
      body="""what time does the count start and is it the leisure centre again? x""")

c.add("query", subject="Re: Regional training day 8th", sender=P("Olu", "Adeyemi"),
      tags=("confuser", "place-benign", "quoted", "parking"),
      body=c.quote_reply(
          """Thanks Mark, signed up. Does anyone know somewhere cheap to park near the regional office? I've got to drive in from Whinney Hill because the first Metro doesn't get me there for 9.30 with the change at Monument. Or is anyone going from our end who wants to share?""",
          """Hi all,

Northern Region are running a campaign skills day on Saturday 8th, 9.30-4, at the regional office in Newcastle. Free, lunch provided. Sign up on the form by Wednesday. We have 6 places.

Mark""", style="gmail"))

c.add("query", subject="gazebo storage", sender=P("Dave", "Robson"),
      tags=("confuser", "place-benign"),
      body="""Mark,

Two things re the stall kit. Sharon's asked if we can stop storing the gazebo, table and boards in my shed on Oakwood, which is fair enough, it's her shed too (apparently). Do you know if the community centre still has that store cupboard we used in 2019? If so can we ask Lynn about a key for the campaign team, or does it have to go through the management committee?

Also, does anybody know where the second table leg went?

Dave""")

# ===================================================================== urgent (9)

c.add("urgent", subject="Fwd: double booking - TONIGHT", sender=P("Louise", "Tait"),
      tags=("confuser", "place-benign", "forwarded", "venue-lost"),
      body=c.forward(
          """Mark - see below. Tonight's Ravensworth hustings has NO VENUE. 40-odd people expected at 7. I've tried St Cuthbert's (choir) and the Welfare (darts). Can you ring round anyone you know and I'll do the socials? Worst case we do it in the car park with the PA.""",
          """Dear Louise,

I'm so sorry. I've just discovered that the Scout hut on Moor View was double-booked for this evening: the Beavers' parents' evening was entered in the diary under the old system and nobody spotted it. The Beavers have priority under our lease, so I'm afraid we can't have your meeting tonight.

Your deposit will be refunded in full. Again my apologies.

Ken Wray
Group Scout Leader, 3rd Ravensworth""",
          "Ken Wray <ken.wray@3rdravensworthscouts.org.uk>", "Room booking tonight"))

c.add("urgent", subject="leaflets for Heworth Metro 7am tomorrow", sender=P("Martin", "Ellison"),
      tags=("confuser", "place-benign", "logistics"),
      body="""Mark, bad news - I've been admitted to the QE with my chest (nothing serious, they're keeping me in overnight to be safe). The 500 station leaflets for tomorrow's 7am Heworth Metro session are in the boot of my car, which is outside my house on Spoor Avenue, number 33. Keys are with my wife Pat, she's home all evening.

Somebody needs to get them tonight or the morning session's off. The team's meeting at the bottom of the station steps at 6.50.

Martin""")

c.add("urgent", subject="committee room has no power - Hallgarth", sender=P("Linda", "Fenwick"),
      tags=("confuser", "place-benign", "polling-day"),
      body="""Mark, it's polling day and there's a power cut on the whole of Hallgarth Street - Northern Powergrid say 6pm at the earliest. No lights, no kettle, no printer for the knock-up sheets, no wifi.

My neighbour Carol at number 18 is on a different supply (the other side of the lane) and says we can use her front room from 1pm. I'm moving everything across now. Can you tell HQ and make sure the runners know: committee room is 18 Hallgarth, NOT 14, from 1pm.

Linda""")

c.add("urgent", subject="Chronicle photo at Cinder Lane 2pm TODAY", sender=P("Sunil", "Batra"),
      tags=("confuser", "place-benign", "press-deadline"),
      body="""Mark

The Chronicle want a photo of me and Joan at the Cinder Lane fly-tipping site at 2pm today for tomorrow's paper, with a quote from the CLP about the council finally clearing it. They need the quote by 1.

Suggested: "Residents of Cinder Lane have waited far too long. We're glad it's cleared, and we'll keep pushing for CCTV at the bottom of the lane so it doesn't happen again."

Can you OK it or change it and send it straight to Becky Hall at the Chronicle? I'm driving.

Sunil""")

c.add("urgent", subject="nomination papers - must be at Civic Centre by 3pm tomorrow", sender=P("Nia", "Griffiths"),
      tags=("confuser", "place-benign", "nominations", "deadline-tomorrow"),
      body="""Mark,

The Ravensworth nomination papers are signed by all ten subscribers and they're at Dave's (22 Oakwood). Close of nominations is 4pm tomorrow, and Electoral Services have asked us to get them in by 3 so they can check them and we have time to fix anything.

I'm in Leeds for work until 6pm tomorrow and can't do it. Could you or someone collect them from Dave tonight or first thing and hand them in at the Civic Centre reception in person (get a receipt)? Don't post them.

The candidate's home address form is in the envelope too - it's sealed, don't open it.

Nia (Agent)""")

c.add("urgent", subject="postal vote opening tomorrow 10am - need one observer", sender=("Stacey Fairbairn", "office@lindsaycarr.example.org.uk"),
      tags=("confuser", "place-benign", "deadline-tomorrow"),
      body="""Hi Mark,

Electoral Services are opening the first batch of postal votes for the by-election tomorrow at 10am, Civic Centre, Room 2.14. We're entitled to send observers and it'd be good to have one - the Tories always do. Whoever goes needs to be on the list by 5pm today, so I need a name from you this afternoon. They sign in at main reception and get escorted up.

Thanks, Stacey""")

c.add("urgent", subject="metro off - change of meeting point tmrw", sender=P("Kirsty", "Hunter"),
      tags=("confuser", "place-benign", "phone-typed", "logistics"),
      body="""Mark metros off between heworth and pelaw all weekend, replacement bus only. Can you email the whinney hill canvass lot and say meet at HEWORTH INTERCHANGE by the bus stands 10am tmrw not the station steps. Ill bring the lists. Sorry for short notice only just seen it""")

c.add("urgent", subject="no key for EC tonight", sender=P("Anne", "Maughan"),
      tags=("confuser", "place-benign", "key-holder", "venue-lost"),
      body="""Mark,

The community centre caretaker has gone off sick and nobody else with a key can get there before 9. So we can't get in for the EC at 7.

I've asked the Bluebell cafe and Haleema says we can have the back room from 6.30, she'll stay open for us until 9. Same street, four doors up from the centre. Can you email the EC? I'll stick a note on the centre door.

Anne""")

c.add("urgent", subject="Lindsay's surgery tomorrow - library closed", sender=("Stacey Fairbairn", "office@lindsaycarr.example.org.uk"),
      tags=("confuser", "place-benign", "surgery", "venue-lost"),
      body="""Mark,

Coldwell Library has been closed at no notice for an asbestos survey. Lindsay's surgery tomorrow (10-12) was due there and we have eight constituents booked in.

Sunil has arranged for us to use the meeting room at the Miners' Welfare instead, same times. I'm ringing the constituents this afternoon but I can't get hold of two of them. Could someone from the branch put a sign on the library door first thing tomorrow pointing people to the Welfare (it's a five-minute walk, up Coldwell Lane past the garage)? I'll email the wording.

Thanks
Stacey""")

# ===================================================================== complaint (9)

c.add("complaint", subject="half eight on a Sunday?!", sender=P("Craig", "Wilkinson"),
      tags=("confuser", "place-benign", "public"),
      body="""Your canvassers knocked on my door at 27 Moor View at half past EIGHT on Sunday night. I'm on earlies at the hospital and had been in bed an hour. My daughter answered. The lad was polite but honestly. Who decided that was a sensible time? Put a note against my address not to call after 7, or better, not at all.""")

c.add("complaint", subject="URGENT: nobody told me the venue changed", sender=P("Pat", "Ramshaw"),
      tags=("confuser", "place-benign", "complaint-with-urgent", "urgent-subject"),
      body="""Mark,

For the second time this year I have got myself out on a dark wet night, got two buses to the Miners Welfare for a branch meeting, and found the place locked and dark. Turns out it was at the Lodge. Everybody on the WhatsApp knew apparently. I am not on the WhatsApp. I do not have a smartphone. I said this in March.

I would like to know what the procedure is for telling members who don't use WhatsApp that a venue has changed. Because at the moment it appears to be: there isn't one.

Pat Ramshaw""")

c.add("complaint", also=["query"], subject="surgery times", sender=P("Jason", "Wood"),
      tags=("confuser", "place-benign", "complaint-as-query", "surgery"),
      body="""Hi,

Why are all three councillors' surgeries for Bankhead on weekday mornings at the library? Tuesday 11-12, Wednesday 10-11, first Friday 11-12. I work full time in Sunderland, like most people on my street. I've got a problem with my housing association that the councillors could actually help with and I can't get to any of them without losing half a day's pay.

Is there any chance of an evening or a Saturday one? Or is it only meant for retired people? Sorry to be blunt but that's how it looks.

Jason Wood
Glebe Terrace""")

c.add("complaint", subject="board at the roundabout", sender=P("Philip", "Heslop", "sky.com"),
      tags=("confuser", "place-benign", "public"),
      body="""Sir,

There is a large red "Vote Labour" board cable-tied to the railings on the Kells Lane roundabout, on what I understand is council land. It has been there for a fortnight. Quite apart from the question of whether your party is entitled to advertise on public property, it blocks the view of traffic coming from Ellison Road for anyone pulling out of Glebe Terrace. I nearly had a collision on Tuesday.

I would be grateful if it were removed within the week, failing which I shall report it to Highways.

P. Heslop""")

c.add("complaint", subject="URGENT - THE 57!!", sender=P("Joyce", "Lumsden", "talktalk.net"),
      tags=("confuser", "place-benign", "hard-negative", "metaphor", "angry", "complaint-with-urgent", "urgent-subject"),
      body="""I'm writing because I'm livid. The 57 stopped running on Monday. Nobody told us. I stood at the stop on Chillingham Road for forty minutes on Monday morning in the rain with my blood test form and no bus came, then a lad at the shop told me it's been axed.

The Labour-run Combined Authority has let Go North East murder that route and left Saltmeadows with nothing. Half the people on my street are over seventy and the hospital's three miles away. You put a motion through, I saw it in the Rose. Well what good did that do? Motions don't drive buses.

I have voted Labour since I was 21. I want to know what our MP and our councillors are going to DO, not what they're going to "note".

Joyce Lumsden
Bede Crescent""")

c.add("complaint", subject="wrong polling station on the leaflet", sender=P("Neil", "Jobling"),
      tags=("confuser", "place-benign"),
      body="""Mark

I've just spent three evenings delivering 600 of the "Your polling station" leaflets round Coldwell in the pouring rain, and a neighbour has just pointed out that the leaflet says Coldwell Primary on Moor View when it's actually the Methodist church hall on Hallgarth this time. So I've told 600 households to go to the wrong place.

Who checked this? I'm not angry at you personally but I'm angry. We now need a correction out and I'm not doing it on my own.

Neil""")

c.add("complaint", subject="I'm leaving", sender=P("Gemma", "Kirton"),
      tags=("confuser", "place-benign", "leaving"),
      body="""Mark,

Please cancel my membership.

Last night our Labour councillors voted for 140 houses on the Saltmeadows field, the only green space on our side of the estate, the field my kids learned to ride their bikes on, the field where half of Lindisfarne Close walks their dogs every single day. Not one of them spoke against it. Cllr Batra, who I leafleted for in the rain two years ago, said it was "a difficult balance".

It isn't difficult. There's a brownfield site on the old bus depot a quarter of a mile away.

I've been a member for nine years and done every street on Saltmeadows for you. I'm done.

Gemma Kirton""")

c.add("complaint", subject="treated like dirt at the count", sender=P("Ahmed", "Hussain"),
      tags=("confuser", "place-benign", "count"),
      body="""Mark,

I was a counting agent last night at the Leisure Centre. I had my pass, I'd been to the briefing, I knew what I was doing. When I got to our table in Hall B, Cllr Elliott told me to "stand at the back and let the proper people watch the boxes", and I spent three hours behind a pillar by the fire exit, unable to see a single ballot paper. Two white members who'd never done it before stood at the front.

I'm not going to speculate about why. I'd like it raised with the EC and I'd like someone to talk to me about it properly, not a one-line email.

Ahmed Hussain""")

c.add("complaint", subject="your members outside my house", sender=("Mrs J Cuthbertson", "jcuthbertson1952@btinternet.com"),
      tags=("confuser", "place-benign", "public", "neighbour"),
      body="""To the Labour Party office at 81 Durham Road,

I live next door at number 83. I have been patient for a long time but it has got to the stage where I must write.

On meeting nights, which seems to be most nights lately, there are people standing outside smoking right under my front window until past ten. The ends are left on my step. On Saturday mornings there are bicycles chained to MY railings, not yours, and last week a man sat on my wall to eat his sandwich and left the paper bag.

I have nothing against your politics. My late husband was in the NUM. But I would ask you please to tell your people that the pavement outside 83 is not part of your office, and that some of us go to bed before eleven.

Yours faithfully
J. Cuthbertson (Mrs)""")

# ===================================================================== procedural (5)

c.add("procedural", subject="Ravensworth by-election - appointment of polling agents",
      sender=P("Nia", "Griffiths"), tags=("confuser", "place-benign", "agents"),
      body="""Mark,

For the notice of appointment of polling and counting agents, I need full names and home addresses (it's a legal requirement on the form, they aren't published) for the following, by Friday:

- Louise Tait (polling agent, BK2 Bankhead Methodist)
- Omar Farah (polling agent, RV1 Oakwood Community Room)
- Kate Rowell, Tony Hepple, Jasmine Wilkinson (counting agents)

I'll submit it to Electoral Services as one form. Could you pull the addresses from the membership list rather than me emailing everyone?

Nia (Agent)""")

c.add("procedural", subject="URGENT - Amendment to Motion 4 (street lighting)", sender=P("Siobhan", "McKenzie"),
      tags=("confuser", "place-benign", "amendment", "urgent-subject"),
      body="""Dear Mark,

Coldwell branch wishes to submit the following amendment to Motion 4 (Bankhead branch) on the GC agenda:

In paragraph 1, delete "on Glebe Terrace" and insert "on Glebe Terrace, Spoor Avenue, the Cinder Lane footpath and the underpass at Kells Lane roundabout".

In paragraph 2, after "the Cabinet Member for Environment" insert "and to request a lighting audit of all routes to schools in the Bankhead and Coldwell wards".

Reason: the problem is not one street. Parents walk to Coldwell Primary through the underpass in the dark from October to February.

Proposer: Siobhan McKenzie. Seconder: Graham Pattinson.

Siobhan""")

c.add("procedural", subject="EC apologies", sender=P("Tom", "Milburn"),
      tags=("confuser", "place-benign", "apologies"),
      body="""Apologies for Thursday's EC - I'm on the 6am out of Newcastle airport for a work thing in Amsterdam. Back Saturday. Happy to vote on the venue paper by email if the chair allows it; I'm in favour of the library option. Tom""")

c.add("procedural", subject="Delegate report - Northern Region conference", sender=P("Siobhan", "McKenzie"),
      tags=("confuser", "place-benign", "report", "long"),
      body="""Report to the GC from the CLP delegates to Northern Regional Conference

Delegates: Siobhan McKenzie, Kwame Mensah. Observer: Niamh O'Connor (Young Labour).

Conference was held at the Gateshead International Stadium conference suite on Saturday 15 November. Some practical notes first, for whoever goes next year: the venue is well served by the Metro (Gateshead Stadium station, five minutes' walk) but the car park filled by 9am; the main hall is step-free but the fringe rooms on the first floor are up a staircase with the lift out of order all day, which meant one of our members couldn't attend the housing fringe. We've written to the regional office about that.

Business. Twelve motions were on the agenda. Our own motion on rural and suburban bus services, composited with motions from two County Durham CLPs, was carried overwhelmingly; Kwame moved it and quoted the withdrawal of the 57 from Saltmeadows, which got a round of applause and some very useful conversations afterwards with delegates from Sunderland facing the same thing. The composite now calls on the Combined Authority to use franchising powers to restore socially necessary routes and on the government to ring-fence bus funding for evenings and weekends.

The motion on the two-child limit was carried after a long debate. The motion on local government finance was remitted to the Regional Executive.

Elections: the results of the Regional Executive elections will be circulated by the region.

Recommendations to the GC:
1. That the CLP write to the Combined Authority mayor asking for a date for the bus franchising decision.
2. That the secretary circulate the regional guidance on accessible venues to all branch secretaries, as several of our own branches still meet upstairs in pubs.
3. That next year the CLP budget include travel for a second observer.

Siobhan McKenzie and Kwame Mensah""")

c.add("procedural", subject="Nomination - branch social secretary", sender=P("Sadia", "Rahman"),
      tags=("confuser", "place-benign", "nomination"),
      body="""Mark,

I'd like to nominate Hodan Warsame for Social Secretary of Saltmeadows branch at the AGM. Hodan has agreed. Seconded by Imran Iqbal.

If elected, Hodan would like to try daytime socials alternating between the Bluebell Cafe on Durham Road and the community room at Kestrel Court, so that parents and people who don't go to pubs can come. I think that's worth saying at the AGM.

Sadia""")

# ===================================================================== data-protection (5)

c.add("data-protection", subject="URGENT why is my house on your facebook", sender=P("Donna", "Yeoman"),
      tags=("confuser", "place-benign", "dp-no-legal-words", "urgent-subject"),
      body="""Hi

You've put a photo on your Tynebridge Labour facebook page of your team "planning the route" with a big map on the table and you can read the sheet next to it, it says 23 Fellgate Avenue - D Yeoman - AGAINST - "don't bother". That's me. My neighbours can see that. I don't mind you knowing how I vote (I don't hide it) but I do mind it being on Facebook with my house number. Please take it down or blur it today.

Donna Yeoman""")

c.add("data-protection", subject="branch contact list", sender=P("Rebecca", "Shaw"),
      tags=("confuser", "place-benign", "dp-no-legal-words"),
      body="""Hi Mark,

I've just noticed that the Whinney Hill branch contact list that went round with the AGM papers has every member's home address on it, mine included.

I teach at Whinney Hill Primary. A fair number of the parents are members, and I'd really rather they didn't have my home address: there's nothing sinister about it, it's just a professional boundary, and school is very clear with us about it. Could you take my address off that list (and any others that go to the branch), keeping it only wherever the party actually needs it?

Many thanks,
Rebecca""")

c.add("data-protection", subject="Subject access request", sender=P("Peter", "Thornton", "outlook.com"),
      tags=("confuser", "place-benign", "sar"),
      body="""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I request a copy of all personal data that Tynebridge Constituency Labour Party holds about me, including but not limited to canvass records, notes made by canvassers at my address (27 Moor View, Tynebridge NE9 6TS), any voting intention data, and the source from which my details were obtained.

I understand you have one month to respond. Please send the information to this email address.

Peter Thornton""")

c.add("data-protection", subject="everyones addresses in your email!", sender=P("Carole", "Hall"),
      tags=("confuser", "place-benign", "dp-no-legal-words", "breach"),
      body="""Mark, your email this morning about lifts to the GC went out with a spreadsheet attached that has about sixty people's names, home addresses and "available after" times on it. I don't think you meant to do that. Some of those people are very private (I know of at least one who's moved to get away from somebody). Can you send a recall and tell people to delete it? I've deleted mine.

Carole""")

c.add("data-protection", subject="please stop calling at my door", sender=P("Gordon", "Fairless", "ntlworld.com"),
      tags=("confuser", "place-benign", "dp-no-legal-words"),
      body="""Please make a note not to call at 6 Fellgate Avenue. We've had four visits in a month. Take our names off whatever list you have. Thank you.""")

# ===================================================================== other (8)

c.add("other", subject="Saturday", sender=P("Sharon", "Robson"),
      tags=("confuser", "place-benign", "hard-negative", "social"),
      body="""Hiya Mark, lovely to bump into you at the Co-op on Saturday, even if you were halfway through a meal deal. I forgot to ask - are you and Sarah coming to Dave's 60th at the Lodge on the 29th? It's a surprise so don't say anything. Back room from 8, bring yourselves. He thinks we're going to the Chinese on Front Street.

Sharon x""")

c.add("other", subject="Re: thanks for Saturday", sender=P("Lynn", "Arkle"),
      tags=("confuser", "place-benign", "quoted", "thanks"),
      body=c.quote_reply(
          """You're very welcome, and can I say your lot left the hall cleaner than we found it, which is more than I can say for the Zumba class. Chairs stacked, floor swept, even the cups washed. Come back any time.

Lynn""",
          """Hi Lynn,

Just a quick thank you for letting us use the main hall at such short notice for the hustings on Thursday, and for staying late to lock up. We got over sixty residents in. We'll drop a bottle round.

Mark""", style="bottom"))

c.add("other", subject="little announcement", sender=P("Kirsty", "Hunter"),
      tags=("confuser", "place-benign", "personal-news"),
      body="""Hi Mark,

Bit of news: baby Rowan arrived on Tuesday at 4.12am, 7lb 2oz, all fine, mum exhausted. So I'm officially off the Bede Crescent round and off campaign coordinating until at least March. Omar has said he'll take over the canvass lists and the Canvassly logins; I've handed him the folder.

Don't let them put the stall back outside the florist's while I'm gone!

K x""")

c.add("other", subject="parcel for you at mine", sender=P("Barry", "Nesbitt"),
      tags=("confuser", "place-benign", "misdelivered"),
      body="""Hello, I think a delivery driver has left a big box for "Tynebridge Labour Party" at my house - I'm at 18 Durham Road and I think your office is 81. It's heavy (leaflets maybe?). I'm in after 5 most days, or I can leave it with the pharmacy next door if you tell them it's coming. Barry""")

c.add("other", subject="Wagonway walk photos", sender=P("Colin", "Hewitson"), fmt="alt",
      tags=("confuser", "place-benign", "social"),
      body="""Hi all,

Thanks to the eighteen of you (plus three dogs and one pushchair) who came on the Sunday walk along the old Ravensworth wagonway. From the Oakwood end to the Bowes Arms and back is about six miles, which is further than I said, sorry. Photos here: https://photos.example.com/ravensworthwalk

Next one in the spring, probably the river path from Coldwell to Heworth with a stop at the Swan.

Colin""")

c.add("other", subject="Correx boards - special offer for local parties", sender=("Darren Pearson", "darren@signrightnorth.example.co.uk"),
      tags=("confuser", "place-benign", "sales-person"),
      body="""Hi Mark,

Darren here from SignRight North, we're a family business in Washington. I noticed your red boards are up round Ravensworth (nice one on Kells Lane roundabout!) and thought I'd drop you a line.

We do A2 and A1 correx election boards, single or double sided, with stakes and cable ties, from 95p each at 200+. Free delivery anywhere in Tyne and Wear, straight to your office on Durham Road or to whoever's doing the putting up. Turnaround is three working days.

Happy to send samples.

Cheers,
Darren""")

c.add("other", subject="small world", sender=P("Emma", "Forster"),
      tags=("confuser", "place-benign", "canvass-anecdote"),
      body="""Just had to share - knocked on 3 Moor View on Saturday and the lady who answered was Mrs Stobbart, my dinner lady at Coldwell Primary in 1994! She remembered me (I was "the one who wouldn't eat the semolina"). Took her four leaflets to put through her neighbours' doors, and she's voting Labour, "same as always, pet".""")

c.add("other", subject="Re: lift on Thursday", sender=P("Eileen", "Forster", "btinternet.com"),
      tags=("confuser", "place-benign", "quoted", "hard-negative", "thanks"),
      body=c.quote_reply(
          """Gemma dear, that is so kind. And now I know where you live I shall be sending you a Christmas card whether you like it or not! I'll be at the bus shelter from ten past six in my purple coat.

Eileen""",
          """Hi Eileen, Mark passed on your email. I live just round the corner from you on Hawthorn Road, so picking you up is no trouble at all. I'll be at the shelter opposite the Plough at quarter past six on Thursday.

Gemma""",
          quoted_from="Gemma Lister <gemma.lister@gmail.com>", style="gmail"))

# ===================================================================== bulk (3)

c.add("bulk", subject="Reminder: Tynebridge Labour Christmas Social is tomorrow",
      sender=("Facebook", "notification@facebookmail.com"), headers=c.newsletter_headers("Facebook"),
      tags=("confuser", "place-benign", "social-notification"), fmt="alt",
      body="""Tynebridge Labour Christmas Social
Tomorrow at 19:00 · The Lodge Inn, 4 Front Street, Bankhead, Tynebridge

Mark, you said you're going. 23 people are going and 14 are interested.

Dave Robson posted in the event: "Back room booked, buffet from 8, raffle prizes still welcome - drop them at the Lodge before 6!"

View event: https://www.facebook.com/events/000000000000/

This message was sent to tynebridgeclp.secretary@gmail.com. If you don't want to receive these emails from Meta in the future, please unsubscribe.
Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ireland""")

c.add("bulk", subject="Christmas and New Year bin collection changes - your street",
      sender=("Tynebridge Council", "binreminders@tynebridge.gov.uk"),
      tags=("confuser", "place-benign", "robot", "robot-no-list-headers"),
      body="""Do not reply to this email - this mailbox is not monitored.

Your address: 81 Durham Road, Tynebridge NE9 7AB

Over the festive period your collection days will change:

  Usual day         Revised day
  Thu 25 December   Sat 27 December
  Thu 1 January     Sat 3 January

Please have your bin at the kerb by 7am. Bins left on the pavement after collection may be an obstruction. Real Christmas trees can be left next to your green bin (cut into pieces under 1.5m) in the week of 5 January.

Manage your reminders at https://www.tynebridge.gov.uk/bins""")

c.add("bulk", subject="Automatic reply: Canvass lists for Saturday", sender=P("Kirsty", "Hunter"),
      headers=c.autoreply_headers("exchange"),
      tags=("confuser", "place-benign", "autoreply"),
      body="""Thank you for your email. I'm on maternity leave until March 2027 and not checking this inbox.

For canvassing lists, walk sheets and Canvassly logins please contact Omar Farah. For the Bankhead street stall (first Saturday, market square by the war memorial, 10am) contact Dave Robson.

The CLP office at 81 Durham Road is open Tuesday and Thursday 10-2.

Kirsty""")

# ===================================================================== safety (6)

c.add("safety", subject="Gaz Rutter commented on your post",
      sender=("Facebook", "notification@facebookmail.com"), headers=c.newsletter_headers("Facebook"),
      tags=("social", "doxxing", "home-address", "veiled"), fmt="alt",
      body="""Neville Ord commented on your post in Tynebridge Labour.

Gaz Rutter: For anyone who wants to take it up with the secretary PERSONALLY, he's on Whitfield Road. End house, blue camper van on the drive, usually in by 6. Save yourselves an email. Might get a better answer face to face 😉

Tommo Reay: 👀 noted

Jill Arnott: This is out of order Gaz take it down

Reply · Like · See all comments

This message was sent to tynebridgeclp.secretary@gmail.com. If you don't want to receive these emails from Meta in the future, please unsubscribe.""")

c.add("safety", subject="something odd after the women's forum", sender=P("Precious", "Obi"),
      tags=("third-party-report", "waiting", "home-address", "implicit"),
      body="""Mark,

I didn't want to worry Nia with this by email so I'm telling you first.

After the women's forum at St Cuthbert's last night, Nia and I came out the side door on Chapel Row at about 9.15. There was a man leaning on the wall opposite who I'd noticed when we went in at 7 as well, so he'd been there over two hours. As we passed he said "You're the one off the leaflet, aren't you? Griffiths." Nia said yes, thinking he was a voter. He said "Lindisfarne Close. Nice little cul-de-sac. Only one way in and out," and then he just walked off towards the Metro.

He didn't shout, didn't swear. It was the way he said it. Nia laughed it off in the car but she went quiet. I drove her home and waited until her hall light went on.

That imprint with her address is still on the Facebook leaflet. Please can you get it taken down today and can we talk about what else to do? I think she should report it but she'll say it's nothing.

Precious""")

c.add("safety", subject="Fwd: text I got last night", sender=("Maureen Charlton", "maureen.charlton@gmail.com"),
      tags=("forwarded", "third-party-report", "veiled", "routine"),
      body=c.forward(
          """Mark, I don't know what to make of this. It came to my mobile on Sunday night from a number I don't know. I've never given my number to anyone except the party and the doctors. My daughter says send it to you. I've done Harebell Close for six years and nobody's ever said a word.""",
          """Text message from +44 7700 900 731, Sunday 21:48:

I know your round Maureen. Harebell Close then Stirling Drive, Monday afternoons, tartan bag. You always do the flats last. I'd find another hobby if I were you. Its getting dark early now.""",
          "Maureen Charlton (SMS export) <maureen.charlton@gmail.com>", "text"))

c.add("safety", subject="Surgery feedback", sender=P("Alan", "Gaddes", "gmail.com"), fmt="html",
      tags=("embedded", "html-only", "routine", "car", "veiled"),
      html_body="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Mr Dodds,</p>
<p>I attended Cllr Batra's surgery at the Miners' Welfare on Saturday regarding my daughter's housing application. He was courteous and said he would look into it, and I'm grateful for the time.</p>
<p>However I've now had an email from his office that says nothing will change before the spring. That isn't good enough when she's in a one-bed with two children.</p>
<p>I'd like him to understand something. I waited in the car park after my appointment. He comes out at ten past twelve, goes to the black Kia by the recycling bins, and drives home the back way along Cinder Lane, which is a very lonely road. I know that now. I'd like my daughter sorted before Christmas. I think he'll understand what I mean.</p>
<p>Regards,<br>Alan Gaddes</p>
</div></body></html>""",
      body="")

c.add("safety", subject="planning committee 3 December", sender=P("Trevor", "Elrington", "yahoo.co.uk"),
      tags=("conditional", "veiled", "home-address", "doxxing"),
      body="""To the Tynebridge Labour Party

The councillors who vote through the Saltmeadows field on 3 December should know that their home addresses are all on the council's register of interests, and plenty of us have printed them off. Elliott, Batra, Hedley, the lot.

If that field goes, I reckon a few of them might find they get some unexpected "development" of their own. Front gardens, cars, windows. I'm not threatening anything. I'm telling you what people on this estate are saying in the Ravensworth Arms, and they're not the sort to write emails.

You've been warned.""")

c.add("safety", subject="probably being daft", sender=P("Anne", "Maughan"),
      tags=("stalking", "routine", "third-party-report", "following"),
      body="""Mark,

I've been going back and forth about whether to mention this. You know I open the office at 81 Durham Road on Tuesdays and Thursdays at ten. For about five weeks there's been a man sitting in the window of the cafe across the road, every one of those mornings, when I arrive. Same seat. He doesn't seem to be with anyone.

Last Thursday when I locked up at two and walked down to the Metro he was about twenty yards behind me the whole way and got on the same train, and then got off at my stop. I went into the Co-op and waited and he'd gone when I came out.

Yesterday there was a note pushed under the office door: "You should vary your hours Anne." That's all it said.

I don't want to make a fuss but I'm not sleeping. What should I do?

Anne""")

c.write()
