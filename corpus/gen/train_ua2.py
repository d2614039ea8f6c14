"""train/ua2: talking about safety is not a threat, part 2 (Stourley & Kingsmead CLP, a Midlands market town).
All content hand-written.

43 hard negatives about safety or using its words (body cameras, dark stairwells, appointment-only
surgeries, shopworker violence, a safe-spaces item in the minutes, safeguarding reports, road
closures and crash barriers, scam alerts, a local paper's headlines about a man jailed for threats,
ward complaints about bin fires, off-road bikes and pub fights, refuge and knife-crime casework,
an officer's burnout), then 17 safety messages in the same settings and vocabulary.

Stourley & Kingsmead: a fictional market-town seat. Wards: Cattle Market, Kingsmead East,
Abbey, Hob Green, Wollerton, Bridge Street. MP: Helen Darby. Secretary: Rajinder Bassi.
Chair: Pam Whitlock. Cllrs: Neville Oakes (Cattle Market), Sana Mirza (Kingsmead East), Gwen
Hatherall (Abbey), Lewis Ferris (Hob Green).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ua2", seed=6302)
c.clp = ("Stourley & Kingsmead CLP", "Rajinder Bassi", "secretary@stourleylabour.org.uk")


def fwd(note, orig_body, orig_from, orig_subject, orig_to, style):
    """c.forward, with the original message's own recipient in its To: line."""
    text = c.forward(note, orig_body, orig_from, orig_subject, style=style)
    return text.replace("To: %s\n" % c.clp[2], "To: %s\n" % orig_to, 1)


P = c.person
SEC = "Rajinder Bassi <secretary@stourleylabour.org.uk>"
HN = ("hard-negative", "safety-talk")
OAKES = "Cllr Neville Oakes <neville.oakes@stourley-dc.gov.uk>"
MIRZA = ("Cllr Sana Mirza", "sana.mirza@stourley-dc.gov.uk")

# ============================================================ hard negatives

# 1 body camera on the doors
c.add("query", subject="Body cam while canvassing - allowed?", sender=P("Stuart", "Pagett"),
      tags=HN + ("safety-query",),
      body="""Raj,

Straight question. I've bought one of those small body cameras that clip on your jacket (the sort delivery drivers wear). After the things you read about candidates being harassed I'd feel better wearing it when I'm out on the doors, especially on my own patch in Wollerton where I'm known.

Is that allowed under party rules? I can see there might be a data issue with filming voters on their own doorsteps without asking, so I'd only switch it on if something kicked off. But I'd rather check than get a complaint.

Stuart Pagett
Wollerton branch""")

# 2 dark stairwells in the Hob Green flats - buddy system
c.add("query", subject="Leafleting Hob Green towers", sender=("Lewis Ferris", "lewis.ferris@stourley-dc.gov.uk"),
      tags=HN + ("safety-query",),
      body="""Hi Raj

The county leaflet needs to go into the three Hob Green towers by the 20th. Half the stairwell lights in Ashdown and Clent House are out (I've reported them to the housing association, again) and the lifts in Clent are off more than they're on. I don't want anyone doing those on their own after 4pm.

Do we have a buddy system written down anywhere? If not can we say in the branch email: towers in pairs, daylight only, text the organiser when you're out. I'll do Saturday morning with whoever's free.

Lewis""")

# 3 complaint: MP's surgery now appointment-only "for security reasons"
c.add("complaint", also=["query"], subject="Why do I have to BOOK to see my MP?", sender=P("Derek", "Bayliss"),
      tags=HN + ("angry",),
      body="""I went to Helen Darby's surgery at the library on Saturday, as I have done for years with various MPs, and was told by a young man on the door that it is now "appointment only, for security reasons" and I should ring the office. I've rung the office. The next appointment is in three weeks.

Security reasons? I'm 74. What does she think I'm going to do, hit her with my walking stick?

I appreciate MPs have had some horrible experiences and I don't blame anyone for being careful. But an MP who can only be seen by appointment, behind a man with a clipboard, isn't a representative, she's a receptionist. When did this change and who decided it? Was the CLP consulted?

Derek Bayliss""")

# 4 councillor asks about councillor security support
c.add("query", subject="Is there a councillor version of Operation Bridger?", sender=MIRZA,
      tags=HN + ("safety-query", "news-about-threats"),
      body="""Salaam Raj,

Quick question you may or may not know the answer to. I know MPs get security advice and kit through Operation Bridger. Is there anything equivalent for district councillors? I'm not worried about anything in particular. But after the councillor in Leicestershire had her windows put through, a few of us on the group were talking and realised none of us had ever been told what's available.

Does the regional office or the LGA Labour group have a contact? Or is it just "ring 101"?

Thanks
Sana""")

# 5 motion on violence against shopworkers
c.add("procedural", subject="Motion for GC: protect shopworkers", sender=P("Karen", "Lilley"),
      tags=HN + ("motion", "benign-violent-word"),
      body="""Dear Rajinder,

I'm the Usdaw rep at the big Tesco on Bridge Street and a member of Abbey branch, which passed this motion on Wednesday (proposed me, seconded Ahmed Rashid). Please can it go on the next GC agenda.

FREEDOM FROM FEAR AT WORK

This GC notes:
- Usdaw's annual survey found that most retail workers had experienced verbal abuse in the last year and a significant minority had been threatened or physically assaulted;
- the new offence of assaulting a retail worker;
- that shoplifting in Stourley town centre has risen sharply and several staff on the market square have been threatened when challenging thieves.

This GC resolves:
- to support Usdaw's Freedom from Fear campaign;
- to invite the Usdaw area organiser to a future GC;
- to ask our councillors to raise town-centre policing with the Community Safety Partnership.

Karen Lilley""")

# 6 draft minutes with "safe spaces" item
c.add("procedural", subject="Draft minutes GC 15 Oct - please check item 6",
      sender=("Pam Whitlock", "pam.whitlock@stourleylabour.org.uk"),
      fmt="alt", tags=HN + ("minutes",),
      body="""Raj, minutes below. Can you check item 6, I want to be sure we got the wording right as it was a bit heated.

STOURLEY & KINGSMEAD CLP - GENERAL COMMITTEE
Wednesday 15 October, Corn Exchange Committee Room. 34 delegates present.

...

5. Motion on the Kingsmead bypass. Carried 21-9-4.

6. Conduct of meetings / Safe Spaces
Following the September meeting, at which voices were raised during the debate on the bypass and two delegates said afterwards that they had felt intimidated, the Chair proposed the following, which was agreed without a vote:
(a) every GC will have a named safety contact (not the Chair) whom any delegate can approach during or after the meeting;
(b) the Chair will remind the meeting at the start that robust disagreement is welcome and personal abuse is not;
(c) delegates who need to leave early or would like someone to walk them to their car or the bus station should tell the safety contact.
Gwen Hatherall agreed to act as safety contact until the AGM.
Delegates noted that no complaint had been made and nobody had been threatened; the aim is to make meetings welcoming.

7. Reports from councillors. Cllr Oakes reported on the Market Square CCTV upgrade.

...

Meeting closed 9.15pm.""")

# 7 safeguarding officer's report
c.add("procedural", subject="Safeguarding officer's report - November GC", sender=P("Bernadette", "Halford"),
      tags=HN + ("report",),
      body="""Report of the CLP Safeguarding Officer (B. Halford)

Since the last report:
- Concerns raised with me: 3. All resolved. In line with the policy I won't give details. Briefly: one concerned a member's welfare (signposted to support, now fine), one concerned a 17-year-old volunteer being added to an adult WhatsApp group (removed, group admins reminded), one was a misunderstanding.
- Training: 11 branch officers completed the party's online safeguarding module. Thanks to all. Four branches still have nobody trained: Bridge Street, Wollerton, Hob Green, Cattle Market.
- DBS: two new Young Labour volunteers have had checks completed.
- Policy review: the national party has updated the model policy. The changes are minor (mainly contact details). I'll bring the revised version to the January GC.

Please remember: if anyone is in immediate danger, call 999 first and tell me afterwards.

Bernadette""")

# 8 standing orders amendment: no recording without consent
c.add("procedural", subject="Proposed standing order amendment - recording of meetings",
      sender=("Gwen Hatherall", "gwen.hatherall@btinternet.com"),
      tags=HN + ("standing-orders",),
      body="""Dear Secretary,

Please give notice of the following proposed amendment to the CLP standing orders, for decision at the AGM. Proposed by Abbey branch.

Insert new Standing Order 14A:
"No audio or video recording, live-streaming or photography of any meeting of the CLP or its branches shall take place without the agreement of the meeting. Where a delegate or member requests not to be photographed, their wishes shall be respected."

Reason: in the summer short clips of branch members speaking at a meeting were posted on a local Facebook group with comments. Several of the members, including two who are not public figures at all, found the attention distressing. This amendment protects members' privacy and makes people feel able to speak freely.

Gwen Hatherall, Secretary, Abbey branch""")

# 9 branch AGM results including new safety post
c.add("procedural", subject="Kingsmead East branch AGM - results", sender=P("Ahmed", "Rashid"),
      tags=HN + ("nomination",),
      body="""Hi Raj

Kingsmead East branch AGM held Tuesday, 17 members present (quorate). Results:

Chair - Sana Mirza (unopposed)
Vice Chair - Tony Blakemore
Secretary - Ahmed Rashid
Treasurer - Jean Cotterill
Women's Officer - Rubina Akhtar
Youth Officer - vacant
Campaign Co-ordinator - Tony Blakemore
Branch Safety Contact (new post, agreed at the meeting) - Jean Cotterill. Jean will keep the list of who is out canvassing and check everyone is back.

GC delegates: Sana Mirza, Ahmed Rashid, Jean Cotterill, Ifeoma Nwosu.

Please update the records. Thanks!
Ahmed""")

# 10 town council market day road closures and barriers (bulk)
c.add("bulk", subject="Christmas Lights Switch-On: road closures and safety information",
      sender=("Stourley Town Council", "events@stourleytowncouncil.example.gov.uk"),
      headers=c.newsletter_headers("Mailerlite"), fmt="html",
      tags=HN + ("html-only",),
      body="""CHRISTMAS LIGHTS SWITCH-ON
Saturday 29 November, Market Square, from 3pm

Road closures
High Street, Sheep Street and Bridge Street (north of the Abbey) will be closed to traffic from 12 noon until 9pm. Blue Badge holders may use the Cattle Market car park.

Safety
This year, for the first time, temporary vehicle barriers will be in place at each entrance to the square, in line with national guidance for crowded places. There is no specific threat; this is now standard for large public events.
Stewards in orange jackets will be on duty. Please keep children close and agree a meeting point in case you get separated: lost children can be collected from the Town Council gazebo by the Buttercross.
First aid: St John Ambulance, next to the gazebo.

Please note: drones are not permitted over the event.

The switch-on will be performed at 5.30pm by the Mayor and the winner of the schools' lantern competition.

Unsubscribe from Town Council event updates""")

# 11 Nextdoor digest about suspicious man trying car doors
c.add("bulk", subject="Trending in Kingsmead: \"Man trying car door handles on Abbey Road\"",
      sender=("Nextdoor Kingsmead", "no-reply@rs.email.nextdoor.example.co.uk"),
      headers=c.newsletter_headers("Nextdoor"),
      tags=HN + ("social", "crime-casework"),
      body="""Trending posts in Kingsmead

Man trying car door handles on Abbey Road
Claire R., Abbey - "Just caught a guy on my Ring at 3.40am going down the road trying every car door. Hoodie, dark trackies, on foot. Police informed, ref 0112. Lock your cars people!!"
23 replies · 41 thanks

Lost cat - ginger tom, answers to Biscuit
Pete H., Kingsmead East
8 replies

Has anyone else had the scam text pretending to be the council tax office?
Anita S., Wollerton - "It says I'm owed a refund and to click a link. Don't!"
15 replies

Recommendation: good plasterer?
2 replies

You're receiving this because you're a member of Nextdoor Kingsmead. Unsubscribe or change your email settings.""")

# 12 LGA-type Labour group newsletter about councillor safety (bulk)
c.add("bulk", subject="Councillor Bulletin: new guidance on personal safety, the Budget, and more",
      sender=("Labour Councillors' Network", "bulletin@labourcouncillors.example.org.uk"),
      headers=c.newsletter_headers("Campaign Monitor"), fmt="alt",
      tags=HN + ("news-about-threats", "security-briefing"),
      body="""COUNCILLOR BULLETIN

In this issue:
1. Your safety: new guidance
2. Budget: what it means for councils
3. Winter pressures in adult social care

1. YOUR SAFETY: NEW GUIDANCE
Abuse and intimidation of councillors is increasing. Recent cases include a councillor whose home address was shared on social media after a planning decision, and a council leader who was confronted outside a school. In response, we have published updated guidance, "Safe in Office", covering:
- withholding your home address on nomination papers and the register of interests;
- working with your council's monitoring officer and the police;
- safety at ward surgeries (never alone, choose public venues, tell someone);
- online abuse: when to block, when to report, when to call the police.
Councils can fund safety measures for councillors; ask your group leader what your authority offers.

2. BUDGET
The settlement leaves most district councils with a real-terms cut. Template press release attached.

3. SOCIAL CARE
Share your case studies with us.

Labour Councillors' Network. You are receiving this because you are a Labour councillor or group officer. Unsubscribe.""")

# 13 local newspaper newsletter with headlines about threats to an MP (bulk)
c.add("bulk", subject="Stourley Advertiser: Man jailed for threatening MP | Market traders hit back | Bonfire warning",
      sender=("Stourley Advertiser", "newsletter@stourleyadvertiser.example.co.uk"),
      headers=c.newsletter_headers("Mailchimp"),
      tags=HN + ("news-about-threats", "benign-violent-word"),
      body="""THE STOURLEY ADVERTISER - Your daily headlines

MAN JAILED FOR THREATENING MP
A 52-year-old man from Redditch has been jailed for 18 months after sending a series of threatening emails to the MP for a neighbouring constituency. The court heard he had told her she would "not see Christmas". Judge said the messages had caused "real and lasting fear". Full story >

MARKET TRADERS HIT BACK AT SHOPLIFTERS
Stallholders on Stourley market have set up a WhatsApp group to warn each other about thieves after a spate of thefts. "We're not vigilantes," says fruit-and-veg trader Mo Bashir. "We just look out for each other." Full story >

BONFIRE NIGHT: FIRE SERVICE WARNING
Firefighters are urging residents to go to organised displays after last year saw 14 garden fires in the district. Full story >

COUNCIL TAX: DISTRICT TO CONSULT ON 4.99% RISE
Full story >

SPORT: Stourley Town crush Kidderminster 4-0 in the Cup.

Manage your newsletter preferences | Unsubscribe""")

# 14 Zoom reminder: safeguarding training
c.add("bulk", subject="Reminder: Safeguarding for Branch Officers starts in 1 hour",
      sender=("Zoom", "no-reply@zoom.us"),
      tags=HN + ("confuser", "robot-no-list-headers"),
      body="""Hi Rajinder Bassi,

This is a reminder that "Safeguarding for Branch Officers (West Midlands)" will begin in 1 hour.

Date & Time: Nov 12, 2026 07:00 PM London

Join from PC, Mac, iPad, or Android:
https://zoom.us/j/8812345507?pwd=example

Meeting ID: 881 2345 507
Passcode: 221190

You can cancel your registration at any time.

Thank you for registering!

Copyright 2026 Zoom Video Communications, Inc. All rights reserved.""")

# 15 bounce of the stewarding rota
c.add("bulk", body=None, raw=c.bounce("dave.whitehouse1949@btinternet.co", orig_subject="Stewarding rota for Saturday's hustings - please check your slot"),
      tags=HN + ("bounce",))

# 16 X notification: a reply complaining about the surgery security guard (not threatening)
c.add("bulk", subject="@Jenny_Stourley replied to your post",
      sender=("X", "notify@x.example.com"),
      headers=c.newsletter_headers("X"),
      tags=HN + ("social",),
      body="""@Jenny_Stourley replied to your post

Stourley & Kingsmead Labour @StourleyLabour: Helen's next surgery is Sat 10am at Stourley Library. Book on 01905 000 188.

Jenny @Jenny_Stourley: Went to the last one. The security guy on the door was SO rude, made my mum open her handbag like she was at the airport. She's 81. Helen was lovely once we got in, sorted mum's pension credit, but honestly the bouncer act needs to go

Reply · Repost · Like

View on X

You are receiving this email because you are subscribed to notifications for @StourleyLabour. Unsubscribe.""")

# 17 Ring doorbell motion alert at the CLP office (robot, no list headers)
c.add("bulk", subject="There is motion at CLP Office Front Door",
      sender=("Ring", "no-reply@ring.example.com"),
      tags=HN + ("confuser", "robot-no-list-headers"),
      body="""There is motion at your CLP Office Front Door.

Tue, Nov 11 at 11:42 PM

Watch the video in the Ring app.

Tip: Fine-tune your Motion Zones to reduce alerts from passing cars.

Ring LLC. You're receiving this because Motion Alerts are turned on for this device. Manage notifications in the Ring app.""")

# 18 Trading Standards scam alert
c.add("bulk", subject="SCAM ALERT: rogue traders targeting older residents",
      sender=("Mercia Trading Standards", "tradingstandards.alerts@merciacounty.example.gov.uk"),
      headers=c.newsletter_headers("Campaign Monitor"),
      tags=HN + ("crime-casework",),
      body="""TRADING STANDARDS SCAM ALERT

We've had several reports from Stourley, Kingsmead and Wollerton of doorstep callers claiming roof tiles are loose and offering to fix them "today only". Once on the roof, they claim to find serious damage and demand thousands of pounds. Some residents have been driven to the bank to withdraw cash.

If someone calls unexpectedly:
- Don't agree to any work on the doorstep.
- Don't let them in.
- Don't go to the bank with them.
- If you feel intimidated or they won't leave, call 999.

Please share this with older friends, relatives and neighbours.

Report rogue traders to Trading Standards via the Citizens Advice consumer helpline.

Mercia County Council Trading Standards. Unsubscribe from alerts.""")

# 19 fly-tipping and bin fires behind Cattle Market, to councillor
c.add("complaint", subject="bins set on fire again - Cattle Market back lane", sender=P("Ryan", "Boswell"),
      cc=[OAKES],
      tags=HN + ("crime-casework",),
      body="""Cllr Oakes

Third time since September someone's dumped rubbish in the back lane behind Cattle Market Terrace and set it alight. Last night it was two sofas and a load of black bags right up against the wooden fence of number 6, fire brigade came out at 1am. The fence is gone and the back of their shed is black. Lady at number 6 has three kids.

The council took 11 days to clear the last lot. 11 days. That's an invitation.

Someones going to get hurt or worse. We need the lane gated at both ends like Sheep Street got, and a camera. You said the CCTV upgrade was coming. When?

Ryan Boswell
Cattle Market Terrace""")

# 20 off-road bikes on the rec
c.add("complaint", subject="motorbikes on Wollerton rec", sender=("Irene Yarnold", "irene.yarnold@talktalk.net"),
      tags=HN + ("crime-casework",),
      body="""Dear Sir or Madam

I am writing again about the off road motorbikes on Wollerton recreation ground. They come every evening and at weekends, three or four of them, no helmets, tearing up the grass and doing wheelies past the children's play area. On Sunday one came within a foot of my granddaughter on her scooter. The noise goes on till ten at night.

I have reported it to the police on the online form six times and I have had an automatic reply six times.

I am asking the Labour councillors to do what they promised and get the gates put back on the rec and the police to actually come out. I am 71 and I am not going to stop writing.

Mrs I Yarnold""")

# 21 pub fights at kicking-out time
c.add("complaint", also=["query"], subject="Market Square on Friday and Saturday nights", sender=P("Martin", "Gauld"),
      tags=HN + ("crime-casework", "benign-violent-word"),
      body="""Evening,

I live above the estate agents on the Market Square. Every Friday and Saturday from about 11.30pm, when the Bull and the Talbot kick out, there are fights in the square. Not handbags either, proper brawls. Last Saturday a lad was knocked out cold on the cobbles outside my door and I was the one who rang the ambulance. Then there's the screaming, the glass, the vomit in my doorway in the morning.

The Talbot has had a late licence extension. Did our Labour councillors support that at the licensing committee? Because if they did I'd like to know why. And is there any chance of a taxi marshal scheme or a police presence at closing time like they have in Worcester?

Martin Gauld""")

# 22 friend turned away from meeting "for security reasons"
c.add("complaint", subject="My friend was turned away at the door", sender=("Theresa Cope", "theresa.cope@gmail.com"),
      tags=HN + ("angry",),
      body="""Raj,

I brought my friend Sheila to the public meeting on the bypass on Tuesday. She's not a member but the leaflet said "all welcome". The steward at the door (I don't know his name, tall, beard) asked for her name and postcode, looked at a list and then told her she couldn't come in "for security reasons". In front of a queue of people. She's a 66-year-old retired dinner lady who's lived in Kingsmead all her life. She went home in tears.

If there's a list of people who aren't allowed in, I'd like to know who's on it and why, and how on earth Sheila got on it. If it was a mistake, someone owes her an apology. A proper one, in writing.

I've never been so embarrassed.

Theresa Cope""")

# 23 wheelchair user: fire evacuation plan at new venue
c.add("complaint", subject="Fire evacuation at the Corn Exchange - wheelchair users",
      sender=P("Amrit", "Sandhu"),
      tags=HN + ("access", "benign-violent-word"),
      body="""Dear Rajinder,

I'm a wheelchair user and have been a GC delegate for three years. At the first meeting in the new upstairs room at the Corn Exchange, the Chair read out the fire procedure: "in the event of the alarm, leave by the main stairs and gather in the square." I asked what I was supposed to do. Nobody knew. Eventually the caretaker said I should "wait at the refuge point by the stairs for the fire brigade".

So, in a fire, everyone else goes to the square and I sit on a landing and wait to be rescued. Nobody had thought about this. Nobody had asked me. There is no personal evacuation plan, no evac chair, and no trained person.

I'm not prepared to attend meetings there until this is sorted, and I don't think the CLP should be booking rooms where disabled members are an afterthought. I'd like the EC to discuss this and give me a written answer.

Amrit Sandhu""")

# 24 metaphor-laden complaint about timid campaign
c.add("complaint", subject="The market closure - when are we going to FIGHT?", sender=P("Gary", "Shingler"),
      tags=HN + ("angry", "metaphor"),
      body="""Raj,

The Tory-Independent coalition on the district council is murdering Stourley market. Rents up 40%, the Tuesday market scrapped, the indoor hall "under review". They're killing the town centre stall by stall and the Labour group's response is a press release. One press release!

We should be out there every Saturday with a petition and a megaphone. We should be hammering them in the Advertiser every week. We should be making it the number one issue on every leaflet. The traders are ready to fight like hell for this and they're asking me where Labour is.

If we campaign properly we'll crush them in May. If we don't, it's political suicide, because Reform are already on the market with a stall and they're signing people up by the dozen.

Can we get it on the EC agenda please.

Gary Shingler""")

# 25 chair's well-being: burnt out after online stuff, handled
c.add("other", subject="A personal note", sender=("Pam Whitlock", "pam.whitlock@stourleylabour.org.uk"),
      tags=HN + ("well-being",),
      body="""Raj, love,

I wanted to write this rather than say it at the EC because I'd probably get upset.

I'm going to take a break from chairing until after Christmas. Simon will take the chair for December as vice.

You'll know some of the stuff about the bypass vote on the Advertiser's Facebook page got quite personal, about my weight, my age, my late husband, "Pam the dinosaur" etc. None of it was threatening, nobody said they'd do anything, and Facebook took most of it down when Helen's office reported it. It's all handled. But I've found myself not sleeping, dreading opening my laptop, and snapping at the grandchildren, and my doctor said to me "Pam, why are you doing this to yourself?" and I didn't have a good answer.

So I'm going to knit, walk the dog and watch rubbish telly for six weeks. I'll be back, don't worry. I'm not going anywhere.

With love,
Pam""")

# 26 retired police officer member, personal news
c.add("other", subject="Free at last!", sender=P("Clive", "Hadley"),
      tags=HN + ("benign-violent-word",),
      body="""Hi Raj,

Just to let you know that as of Friday I am officially retired from the police after 30 years, the last twelve as a response sergeant in Stourley. No more 3am fights on the Market Square for me, no more riot helmets, no more being shouted at by drunks. My wife says I now have to be nice to people for a living.

Which means I'll have a lot more time for the party. Put me down for anything: leafleting, telling, driving, I've even been told I'm quite good at calming people down, so if you ever need a steward, I'm your man.

Clive""")

# 27 member who was spat at in 2024, case closed, wants pairing
c.add("query", subject="Getting back on the doors", sender=P("Nadia", "Rahman"),
      tags=HN + ("past-incident", "safety-query"),
      body="""Dear Rajinder,

Some of you will remember that during the general election campaign a man spat at me on a doorstep in Bridge Street. He was charged, pleaded guilty in the magistrates' court in March and got a fine and a restraining order. That's all over and done with, and I want to say again how grateful I was for the support from the CLP and from Helen.

I've stayed off the doors since, but I'd like to start canvassing again for the county elections. I'd just like to be sure I'm always paired with someone I know, at least for the first few sessions, and not sent to Bridge Street (the restraining order covers him, not the street, but still).

Could you pass that on to whoever organises the rota?

Thank you,
Nadia""")

# 28 DV casework: left refuge, needs councillor for housing
c.add("query", subject="need councillor help with housing", sender=("Leanne M", "leannem.2026@outlook.com"),
      tags=HN + ("crime-casework",),
      body="""hello i dont know if this is right place i couldnt find councillor email on the website

i left a refuge in the summer after getting away from my ex who was violent. i am now in temporary b&b in Stourley with my two kids (4 and 7) in one room since july. the council keep saying im on the list but nothing happens. the police and my support worker said it is not safe for me to go back to my old area so i can only bid for Stourley and Kingsmead.

can someone tell me who is my councillor and how i contact them. i live near the bus station now.

thanks
Leanne""")

# 29 youth worker: knife crime bid, asks MP support
c.add("query", subject="Support for our knife crime prevention bid", sender=P("Jermaine", "Clarke"),
      tags=HN + ("crime-casework",),
      body="""Dear Ms Bassi,

I run Bridge Street Youth Project, a small charity working with 11-18 year olds in Stourley. We are bidding to the Police and Crime Commissioner's community safety fund for £38,000 over two years for a knife crime prevention programme: weekly mentoring, workshops in the two secondary schools with a paramedic and a mother who lost her son, and a detached youth worker in the town centre on Friday nights.

The fund gives extra weight to bids with letters of support from local elected representatives. Would Helen Darby be willing to write one? I have contacted her office but haven't heard back, and our deadline is the end of the month. A short letter is all we need.

Happy to show anyone round.

Jermaine Clarke
Project Lead, Bridge Street Youth Project""")

# 30 amendment to youth services motion
c.add("procedural", subject="Amendment - youth services motion", sender=("Tony Blakemore", "tony.blakemore@hotmail.co.uk"),
      tags=HN + ("motion",),
      body="""Raj

Kingsmead East wish to move the following amendment to the Bridge Street branch motion on youth services at the GC.

After "This GC calls on the County Council to restore youth service funding", insert:

"and calls on the Police and Crime Commissioner to direct at least a quarter of violence reduction funding in the county to youth work and early intervention, rather than enforcement alone, recognising that the best way to reduce knife crime is to give young people somewhere to go and someone to talk to."

Moved: Tony Blakemore. Seconded: Ifeoma Nwosu.

Tony""")

# 31 urgent: scout hut broken into, meeting tonight
c.add("urgent", subject="TONIGHT - Wollerton branch - can't use the Scout hut", sender=("Stuart Pagett", "stuart.pagett@outlook.com"),
      tags=HN + ("crime-casework",),
      body="""Raj - the Scout hut was broken into overnight, door kicked in, place trashed, police there now doing forensics. Obviously we can't have tonight's branch meeting there. I've asked the Plough if we can use their function room at 7.30, waiting to hear. Can you send the branch email saying VENUE TBC and I'll confirm by 3? Don't have the mailing list on my phone.

Sent from my iPhone""")

# 32 urgent: press deadline on abuse of candidates
c.add("urgent", subject="Advertiser - comment needed by 4pm today re candidate abuse survey",
      sender=("Ellie Marsh", "ellie.marsh@stourleyadvertiser.example.co.uk"),
      tags=HN + ("news-about-threats", "press"),
      body="""Hi Rajinder,

I'm writing a piece for tomorrow's paper on a new national survey showing that more than half of council candidates say they experienced abuse or intimidation during last year's elections. I'm asking all the local parties for a short comment:

1. Have any Stourley & Kingsmead Labour candidates or activists experienced abuse during campaigning?
2. What does the local party do to support them?

Two or three sentences is fine. I need it by 4pm today for the print deadline. If I don't hear back I'll say the party didn't respond, which I'd rather not do!

Thanks,
Ellie Marsh
Local Democracy Reporter, Stourley Advertiser""")

# 33 Portuguese speaker: street light, afraid walking back from night shift
c.add("query", also=["complaint"], subject="Light of the street is broken", sender=P("Mariana", "Carvalho", "hotmail.com"),
      tags=HN + ("non-native", "crime-casework"),
      body="""Good morning,

My name is Mariana, I live in Tanners Row number 14 in Kingsmead East. The light of the street in front of my house and the next one is broken since September. I work in the factory (chicken) in night shift and I arrive home at 6 in the morning in winter is very dark. I am afraid to walk from the bus because there is always some men drinking near the garages and is no light.

I call the council two times they say they will repair. Nothing.

Can the councillor please help me? Who I must contact? Sorry for my english.

Obrigada,
Mariana Carvalho""")

# 34 Urdu-speaking member: women-only canvass, lift home?
c.add("query", subject="Women canvassing Sunday", sender=P("Rubina", "Akhtar"),
      tags=HN + ("non-native", "safety-query"),
      body="""Assalam o alaikum Rajinder bhai,

Inshallah I will come to the women only canvassing on Sunday in Kingsmead East with my sister in law and two ladies from the masjid. They are very happy it is only sisters. But it is finishing 5 o clock and it is dark now at this time and we have no car. My husband is working.

Please can somebody with car drop us home after, we are all living near Ferndale Road? Or can it finish 4 o clock? Also please tell where we meet, is it at Sana's house?

JazakAllah
Rubina""")

# 35 data-protection: address on the stewards' emergency contact sheet
c.add("data-protection", subject="my details on the steward sheet", sender=P("Phil", "Gittins"),
      tags=HN + ("confuser", "dp-no-legal-words"),
      body="""Raj

The "steward emergency contacts" sheet for Saturday that Pam's email sent to all 22 stewards has my home address, mobile, date of birth AND my wife's name and number as next of kin. Same for everyone else. I gave those details for the CLP's records, not to be sent to 21 people I mostly don't know.

Can you ask everyone to delete it and send a version with just first names and mobiles? And can you tell me who else has had it?

Phil""")

# 36 insurance for stewards
c.add("query", subject="insurance q", sender=("Tom Dearn", "tomdearn@gmail.com"),
      tags=HN + ("safety-query",),
      body="""Quick q - if one of the stewards at the lights switch-on stall trips over a cable or gets knocked over in the crowd, are they covered by the party's insurance or do they need their own? Asking because my dad's volunteering and he's 80 and stubborn.""")

# 37 sales pitch from a person: security company
c.add("other", subject="Protecting your candidates this May", sender=("Darren Pike", "darren.pike@shieldpoint-security.example.co.uk"),
      tags=HN + ("sales",),
      body="""Dear Rajinder,

I hope you don't mind me getting in touch directly. I'm the business development manager at ShieldPoint, a family-run security firm based in Kidderminster.

With the well-publicised rise in incidents involving candidates and elected members, more and more local parties are asking us for help. We offer:
- SIA-licensed stewards for hustings, counts and public meetings, from £22/hour;
- lone worker devices with 24/7 monitoring for canvassers;
- personal safety briefings for candidates (two hours, on site).

We've worked with several political parties and community organisations across the Midlands and offer a 15% discount for not-for-profits.

Would you have ten minutes for a call next week?

Best regards,
Darren Pike
ShieldPoint Security Ltd""")

# 38 misdirected: rugby club tackle safety session
c.add("other", subject="U12s tackle safety session Sunday", sender=P("Helen", "Jukes"),
      tags=HN + ("misdirected", "benign-violent-word"),
      body="""Hi Rich,

Just checking the tackle safety session for the U12s is still on for Sunday 9.30, before the match. Two of the new lads have never been tackled and their mums are a bit nervous after the head injury thing on the news. Can you make sure the RFU coach does the "tackle height" bit first?

Thanks
Helen (Oscar's mum)

P.S. If this has gone to the wrong Stourley email, sorry! I got it off the old fixtures sheet.""")

# 39 apologies: first aid course
c.add("procedural", subject="Apologies - GC Weds", sender=P("Ifeoma", "Nwosu"),
      tags=HN + ("apologies",),
      body="""Hi Raj, please send my apologies for Wednesday's GC. I'm on the second evening of a first aid at work course (the branch asked me to do it so we've got someone qualified at events). Will read the papers.

Ifeoma""")

# 40 shopkeeper: police not responding to shoplifting
c.add("complaint", subject="Shoplifting - I am asking Helen Darby to do something", sender=P("Mo", "Bashir"),
      tags=HN + ("crime-casework", "angry"),
      body="""To the Labour Party,

I have a greengrocer stall and a small shop on Sheep Street. In the last three months I have been robbed eleven times. Same two men, I know their faces, the whole market knows their faces. They take what they want and walk out. When my son stood in the door one time, one of them squared up to him and said "move or get moved". I told him after, never do that again, it is not worth it.

I report every time. I have video. The police do not come. One time they rang me back three days later.

Your party said it would put police back on the streets. Where are they? I want Helen Darby to come and stand in my shop for one Saturday and see.

I pay my business rates. I want an answer.

Mo Bashir""")

# 41 GC delegate: quiet room after last meeting's shouting
c.add("query", subject="Quiet room at GC?", sender=P("Kirsty", "Holloway"),
      tags=HN + ("safety-query", "access"),
      body="""Hi Raj,

I'm autistic and I found the September GC really hard when everyone started shouting over each other during the bypass debate. I know nobody meant anything by it, and I've seen the new safe spaces bit in the minutes, which is great.

Would it be possible to have a small quiet room or even just a corner I can go to if it gets loud, and to sit near the door? I'd really like to keep coming.

Thanks
Kirsty""")

# 42 "knock 'em dead" to the candidate, cc secretary
c.add("other", subject="Good luck tonight!", sender=P("Simon", "Fellows"),
      to=["Sana Mirza <sana.mirza@stourley-dc.gov.uk>"], cc=[SEC],
      tags=HN + ("benign-violent-word",),
      body="""Sana,

Good luck at the hustings tonight. You'll smash it. Remember: slow down, look at the back row, and when the Reform guy starts on about the hotel, stick the knife in with the figures on the asylum backlog he voted against fixing. Knock 'em dead!

I'll be the one cheering in row three.

Simon""")

# 43 bonfire committee list post: marshal safety briefing
c.add("bulk", subject="[Stourley Bonfire Volunteers] Marshals - safety briefing Weds 7pm",
      sender=P("Keith", "Prosser"),
      headers=c.list_headers("Stourley Bonfire Volunteers", domain="lists.example-mail.co.uk"),
      tags=HN + ("list", "benign-violent-word"),
      body="""Hi all,

Thanks to everyone who's signed up to marshal at the bonfire and fireworks on the 8th. Over 60 of you, including a good crowd from the Labour party, the Rotary and the rugby club.

Compulsory safety briefing: Weds 7pm, Rugby Club bar. Covers:
- the exclusion zone around the firing area (nobody inside it except the pyro team, ever);
- what to do if a firework misfires into the crowd (it hasn't happened in 22 years but we plan for it);
- lost children;
- crowd flow at the end when 3,000 people try to leave through one gate.

Hi-vis, torches and radios will be handed out on the night. Please wear sensible shoes.

Keith Prosser
Chief Marshal

--
You are subscribed to Stourley Bonfire Volunteers. To leave, email stourleybonfirevolunteers-leave@lists.example-mail.co.uk""")

# ============================================================ safety

# T1 steward: man photographing number plates at the selection meeting
c.add("safety", subject="Selection meeting - man photographing cars", sender=("Clive Hadley", "clive.hadley@gmail.com"),
      tags=("third-party-report", "implicit", "veiled", "doxxing"),
      body="""Raj,

I was stewarding in the car park at the Corn Exchange for the county selection last night, as promised. Old habits, I'm afraid: I'm writing this up the way I would have as a police officer, because I think it matters.

Approx 19:20, a white male, 40s, 5'10", grey beard, navy North Face jacket, walked slowly along both rows of cars photographing the number plates on his phone. When I asked what he was doing he said "just making a note of who's inside". I asked if he was a member. He said "no, but I will know who all of you are by the morning, and where you live, it's amazing what you can find out." He then said "tell your Mrs Mirza the town's had enough of her." He left on foot towards Sheep Street.

He was not aggressive in his manner but the words were clearly meant to intimidate. Sana's car was one of the ones he photographed.

I'd recommend this is reported to the police and that Sana and anyone else who parked there is told. I can give a statement.

Clive Hadley""")

# T2 off-road bike complaint ending with menace to the councillor
c.add("safety", subject="Re: motorbikes on the rec and your useless councillor",
      sender=("Shane Docker", "shanedocker77@gmail.com"), cc=[OAKES],
      tags=("embedded", "implicit", "veiled", "threat-at-end"),
      body="""I read in the Labour leaflet Oakes wants to "crack down" on off-road bikes. Of course he does. He's never had anything in his life, never had a hobby that cost him, never been a kid with nothing to do in this dump of a town. The lads on the rec aren't hurting anyone. The old biddies complaining should get earplugs.

If the police start seizing bikes because of him, there'll be consequences. Let him know I've got a bike too. I know the lanes he cycles on Sunday mornings out Wollerton way, with his fancy lycra and his little helmet. Lot of blind bends out there. Accidents happen all the time on those lanes, don't they.""")

# T3 Nextdoor notification: someone should torch the councillor's garage
c.add("safety", subject="New reply on \"bins set on fire again - Cattle Market back lane\"",
      sender=("Nextdoor Kingsmead", "no-reply@rs.email.nextdoor.example.co.uk"),
      headers=c.newsletter_headers("Nextdoor"),
      tags=("social", "wish-harm", "explicit", "doxxing"),
      body="""New reply on a post you're following

Ryan B., Cattle Market: "Third bin fire in the back lane. Cllr Oakes has been told. Nothing."

Lee T., Cattle Market replied:
"Oakes lives in the big house at the end of Priory Lane with the double garage. Maybe someone should torch HIS garage and see how quick the council comes then. I'd happily hold the lighter. Bet he'd get a camera put up in a day."

View the conversation on Nextdoor

You're receiving this because you follow this post. Unsubscribe or change your email settings.""")

# T4 MP caseworker forwards a constituent's threat
c.add("safety", subject="Fwd: PIP - THIS IS YOUR LAST CHANCE", sender=("Owen Tranter", "owen.tranter@parliament.example.uk"),
      tags=("forwarded", "third-party-report", "veiled", "conditional"),
      body=fwd(
          """Rajinder,

Copying you in as CLP secretary because he mentions the surgery, which is in the CLP's room at the library on Saturday. I've reported it to the parliamentary security team and to the police. We'll have two police officers at the surgery this week. Please don't circulate this more widely than the EC.

He has been a constituent on our books for two years with a genuinely awful PIP case, which makes it harder. But this isn't acceptable.

Owen Tranter
Senior Caseworker, Office of Helen Darby MP""",
          """I have been patient. 14 months waiting for my PIP appeal. You have "chased it" 6 times. I have lost my flat and I am sleeping on my brothers settee.

This is Helen Darby's last chance. If I have not got a date by Friday I will be at her surgery on Saturday and I will not be coming with paperwork this time, I will be bringing something else. Everybody who has let me down is going to find out what it feels like. I have nothing left to lose and I am not the only one. You have been warned.

G.""",
          "G Yates <gy1969yates@hotmail.com>", "PIP - THIS IS YOUR LAST CHANCE", "Office of Helen Darby MP <helen.darby.mp@parliament.example.uk>", style="outlook"))

# T5 surgery appointment webform with a veiled threat
c.add("safety", subject="New surgery appointment request", sender=c.form_robot(),
      reply_to="k.renshaw@outlook.com",
      tags=("webform", "veiled", "implicit"),
      body=c.webform({
          "Full name": "Keith Renshaw",
          "Email": "k.renshaw@outlook.com",
          "Phone": "07700 900 441",
          "Postcode": "ST19 4TQ",
          "Preferred surgery": "Saturday 10am - Stourley Library",
          "Reason for appointment": """Travellers site on Wollerton Lane that she backed. I'll be bringing her something she won't forget. She can check my bag all she likes. Tell her to enjoy her last surgery.""",
          "Accessibility needs": "none",
      }, form="Book a surgery appointment"))

# T6 suspicious envelope with powder at the CLP office
c.add("safety", subject="CLP office - envelope with powder - police attended",
      sender=("Bernadette Halford", "bernadette.halford@stourleylabour.org.uk"),
      tags=("suspicious-item", "third-party-report"),
      body="""Raj,

I was in the office this morning sorting the post for the membership returns. One envelope, handwritten, addressed to "The Labour Traitors, Bridge Street", second-class stamp, Birmingham postmark. When I slit it, white powder came out on to the desk and my hands, and there was a card inside with "YOU WERE WARNED" printed on it.

I did what the guidance says: put it down, didn't brush it off, washed my hands, shut the room, rang 999. Fire and police came, the office was sealed off for three hours. They've taken it away and they think it is probably flour or something harmless but it will be tested. Apparently the Conservative office in Kidderminster had one last week.

I'm fine, a bit shaky. The office is closed until the police say otherwise. Can you let the EC know, and can we get the post opened somewhere else from now on?

Bernadette""")

# T7 doxxing list post on a local "free speech" list
c.add("safety", subject="[StourleyFreeSpeech] The councillors who voted for the bypass - home addresses",
      sender=("Stourley Truth", "stourleytruth@protonmail.com"),
      headers=c.list_headers("StourleyFreeSpeech", domain="groups.example-forum.net"),
      tags=("list", "doxxing", "veiled", "pile-on"),
      body="""Friends,

They won't hold a public meeting, they won't answer our emails and they hide behind "appointment only" surgeries with security guards. So let's make it easy. These are the Labour councillors who voted for the Kingsmead bypass through the water meadows:

- Sana Mirza, 31 Ferndale Road (red door)
- Neville Oakes, Priory Lane, end house, double garage
- Gwen Hatherall, the bungalow on Abbey Close next to the post box
- Lewis Ferris, flat 6, Clent House, Hob Green

Go and ask them yourselves. At home. In the evening, when they can't run off. Take friends. Let them see their neighbours know what they did. Nobody is saying anything illegal, we're just visiting our representatives.

--
StourleyFreeSpeech. To leave, email stourleyfreespeech-leave@groups.example-forum.net""")

# T8 member reports former member turning up at her workplace
c.add("safety", subject="He's come to my work again", sender=("Jean Cotterill", "jean.cotterill@outlook.com"),
      tags=("stalking", "third-party-report", "harassment"),
      body="""Raj,

I'm sorry to bother you again with this but Sana said I must tell you in writing.

Since I became the branch safety contact and reported him for what he said to Rubina at the stall, Darren Wilkes has turned up at the pharmacy where I work four times in three weeks. He doesn't buy anything. He stands by the hair products and watches me serve. Yesterday he waited until I went out to the car park on my break and said "you should be more careful who you grass on, Jean, it's a small town". Then he said my daughter's name. I don't know how he knows it.

My manager has banned him from the shop. I have been to the police and they've given me a crime reference for harassment.

I don't want to come to the next branch meeting if he is going to be there. Is he still a member?

Jean""")

# T9 X digest with pile-on
c.add("safety", subject="You have 47 new notifications", sender=("X", "notify@x.example.com"),
      headers=c.newsletter_headers("X"),
      tags=("social", "pile-on", "explicit", "wish-harm"),
      body="""@StourleyLabour, see what you missed

@bypassbetrayal mentioned you: "@StourleyLabour Mirza sold out the water meadows. Every traitor has a price, hope she enjoys spending it"

@patriot_pete_uk replied: "she wants dragging out of that council chamber by her hair and i'd volunteer"

@bypassbetrayal replied: "ha don't tempt me. she's at the Co-op on Ferndale Road every morning about 8"

@Kingsmead_Kev replied: "someone should just wait for her there then. sorted"

@meadowsforever replied: "Come on lads, this is too far. Report it."

+ 42 more

View on X

You are receiving this email because you are subscribed to notifications for @StourleyLabour. Unsubscribe.""")

# T10 noisy, bonfire
c.add("safety", subject="bonfire nite", sender=("x", "k1ngsm3ad.lad@gmail.com"),
      tags=("noisy", "veiled", "explicit"),
      body="""hope u lot r comin 2 the bonfire on the 8th with ur labour stall. wil b a nice surprize 4 u. we got plenty of rockets left over an we no wat ur cars look like in the rugby club car park

u lot wil get w h a t s  c o m i n g. 4 the hotel. b l a z e""")

# T11 non-native (Somali) brother reporting threat to his sister
c.add("safety", subject="threat to my sister Hodan, candidate for Bridge street", sender=P("Abdirahman", "Farah"),
      tags=("non-native", "third-party-report", "explicit"),
      body="""Salaam Mr Rajinder,

I am brother of Hodan Farah who is Labour candidate for Bridge Street ward in the county election. She ask me to write you because she is too upset for writing.

Yesterday night 9 o clock a man knock on her door, she live with her two children. He have the Labour leaflet in his hand with her picture. He say to her "you people come here and now you want to be in charge of us. Take your name off or we will burn you out of this house." Then he throw the leaflet on her floor and go.

Her neighbour see him, he is white man maybe 30 years, small dog with him. Hodan call the police, they come this morning.

She is asking must she continue to be candidate. She is very scared for the children. Please somebody from the party call her today. Her number is with you.

Thank you,
Abdirahman Farah""")

# T12 html-only: we know your daughter's school
c.add("safety", subject="to the Labour chair", sender=("Stourley Parent", "stourley.parent.2026@gmail.com"),
      fmt="html", tags=("html-only", "implicit", "veiled"),
      body="""Mrs Whitlock,

Your granddaughter is in year 9 at Kingsmead Academy. Blonde, plays netball on Tuesdays, gets picked up by you at 4.15 from the side gate in a green Honda Jazz.

You and your party voted to put a bail hostel two streets from that school. Now you know how the rest of us feel about our kids.

Think about it.""")

# T13 conditional: travellers' site and the next surgery
c.add("safety", subject="Wollerton Lane site", sender=P("Craig", "Pountney"),
      tags=("conditional", "veiled", "angry"),
      body="""Mr Bassi,

I have lived in Wollerton 40 years. The planning committee meets on the 3rd to decide on the Wollerton Lane travellers' site and the two Labour councillors on it have been told by every person in this village that we don't want it.

I will put it simply. If that site gets approved, there will be trouble at Helen Darby's next surgery and at the Labour councillors' next ward surgery, and it won't just be words this time. There are a lot of angry men in this village who've stopped writing letters. Nobody will be able to say they weren't warned. Make sure she knows.

C. Pountney""")

# T14 reply to the nominations circular with a veiled threat to the nominee
c.add("safety", subject="Re: Nominations for CLP Safeguarding Officer", sender=("D Wilkes", "dazwilkes@yahoo.co.uk"),
      tags=("quoted", "veiled", "harassment"),
      body=c.quote_reply(
          """Congratulations to Jean Cotterill on her nomination. Very fitting. She's good at keeping lists on people.

She'll need a safeguarding officer of her own by the time this is over. I'd get her one quick.""",
          """Dear members,

Nominations for the post of CLP Safeguarding Officer have closed. One nomination has been received: Jean Cotterill (Kingsmead East), who is therefore elected unopposed and will take up the post at the AGM.

Rajinder Bassi
Secretary""", quoted_from=SEC, style="bottom"))

# T15 wish-harm: MPs who don't make it to the end of their term
c.add("safety", subject="Helen Darby's security", sender=("R. Maddox", "rmaddox.stourley@outlook.com"),
      tags=("wish-harm", "veiled"),
      body="""I see Helen Darby has bouncers on the door of her surgery now. Frightened of her own constituents.

She should be. After the way she's voted on the winter fuel and the farms, there are people round here who would gladly see her gone, and not at an election. There's a reason some MPs don't make it to the end of their term. I'm not threatening anyone, I'm just stating a fact. But I won't be wearing a black armband if it happens to her.""")

# T16 following: leaflet volunteer followed round the Hob Green flats
c.add("safety", subject="Hob Green - a man followed me round Ashdown House",
      sender=P("Chloe", "Whitmore"),
      tags=("following", "third-party-report", "stalking"),
      body="""Hi Raj,

I did Ashdown House on Saturday morning with the county leaflet. I know Lewis said do the towers in pairs but Amy cancelled and I thought, it's daylight, it'll be fine.

On the 4th floor a man came out of a flat and started walking behind me. I went up to 5, he came up to 5. He stood at the end of the landing while I did the doors. When I went down he came down. At the ground floor he took a photo of me on his phone and said "I'll see you later, love, I know your round now, Saturdays." I walked straight out to the bus stop and he watched me from the entrance until the bus came.

He didn't touch me. But I'm really shaken and I keep thinking about the "I know your round" bit. I do Saturdays. Can someone tell the police, and can I be taken off the towers list?

Chloe""")

# T17 explicit, short
c.add("safety", subject="stop knocking my door", sender=("dean", "deanorourke1990@hotmail.co.uk"),
      tags=("explicit",),
      body="""third time ur lot have knocked my door in 2 weeks with ur leaflets. told ur ginger lad last time. next person from labour who knocks im going to smash their face in and i mean it. dont send anyone""")

c.write()
