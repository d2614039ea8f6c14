"""train/te1: bulk mail for Cwm Taf Valleys CLP -- branch list, women's forum list, a Google
Group, a trade-union branch list, regional and national newsletters, campaign tools, marketing.
Every message body below is written by hand; the helpers only wrap text in a list's envelope."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "te1", seed=1501)
SEC = c.clp[2]
NOH = ("confuser", "robot-no-list-headers")

# ---------------------------------------------------------------- list envelopes (shape only)
BR_DOM = "lists.cwmtaflabour.cymru"
BR_ADDR = "blaencoedglynhafod@" + BR_DOM


def branch(subject, body, sender, tags=(), also=(), **kw):
    """A post to the Blaencoed & Glynhafod branch Mailman list."""
    h = c.list_headers("Blaencoed-Glynhafod", domain=BR_DOM)
    h["X-BeenThere"] = BR_ADDR
    h["X-Mailman-Version"] = "2.1.39"
    foot = ("\n_______________________________________________\n"
            "Blaencoed-Glynhafod mailing list\n" + BR_ADDR + "\n"
            "https://" + BR_DOM + "/mailman/listinfo/blaencoedglynhafod\n")
    c.add("bulk", body.rstrip() + "\n" + foot, subject="[Blaencoed-Glynhafod] " + subject,
          sender=sender, to=BR_ADDR, headers=h, also=also, tags=("list", *tags), **kw)


WF_DOM = "sympa.walesvalleyswomen.org.uk"
WF_ADDR = "forum@" + WF_DOM


def women(subject, body, sender, tags=(), also=(), **kw):
    """A post to the Valleys & Vale Labour Women's Forum (Sympa, no subject tag)."""
    h = c.list_headers("Valleys and Vale Labour Women's Forum", domain=WF_DOM,
                       precedence=c.rng.random() < 0.5)
    h["X-Loop"] = WF_ADDR
    h["X-Sympa-To"] = WF_ADDR
    c.add("bulk", body, subject=subject, sender=sender, to=WF_ADDR, headers=h, also=also,
          tags=("list", *tags), **kw)


GG = "cwmtaf-activists"


def group(subject, body, who, tags=(), also=(), **kw):
    """A post to the Cwm Taf Valleys Labour Activists Google Group."""
    name, addr = who
    h = {"Reply-To": addr,
         "X-Original-Sender": addr,
         "Precedence": "list",
         "Mailing-list": f"list {GG}@googlegroups.com; contact {GG}+owners@googlegroups.com",
         "List-ID": f"<{GG}.googlegroups.com>",
         "X-Google-Group-Id": "771903214455",
         "List-Post": f"<https://groups.google.com/group/{GG}/post>, <mailto:{GG}@googlegroups.com>",
         "List-Help": f"<https://support.google.com/a/users/answer/9308783>, <mailto:{GG}+help@googlegroups.com>",
         "List-Archive": f"<https://groups.google.com/group/{GG}/>",
         "List-Unsubscribe": f"<mailto:googlegroups-manage+771903214455+unsubscribe@googlegroups.com>, "
                             f"<https://groups.google.com/group/{GG}/subscribe>"}
    foot = ("\n-- \nYou received this message because you are subscribed to the Google Groups "
            "\"Cwm Taf Valleys Labour Activists\" group.\nTo unsubscribe from this group and stop "
            f"receiving emails from it, send an email to {GG}+unsubscribe@googlegroups.com.\n")
    c.add("bulk", body.rstrip() + "\n" + foot, subject=subject,
          sender=f"'{name}' via Cwm Taf Valleys Labour Activists <{GG}@googlegroups.com>",
          to=f"{GG}@googlegroups.com", headers=h, also=also, tags=("list", "google-group", *tags), **kw)


TU_DOM = "lists.unitecwmtafcommunity.org.uk"


def union(subject, body, sender, tags=(), **kw):
    """A post to the Unite Cwm Taf Community & Health branch list."""
    h = c.list_headers("Unite CT Community-Health branch", domain=TU_DOM)
    c.add("bulk", body, subject="[CT-Unite] " + subject, sender=sender,
          to="ctcommunityhealth@" + TU_DOM, headers=h, tags=("list", "trade-union", *tags), **kw)


# ====================================================================== branch list
branch("Branch meeting Thursday 7pm - Glynhafod Welfare Hall", """Evening all,

Reminder that our branch meeting is this Thursday, 7pm, in the small room at the back of Glynhafod Welfare Hall (NOT the main hall, the Zumba class have it).

Agenda
1. Apologies
2. Minutes of last meeting
3. Councillors' report - Cllr Bethan Rowlands
4. Senedd campaign - who can do Saturdays in March
5. Motion on the closure of Blaencoed library (proposed by Huw, copy attached)
6. AOB

Tea and Welsh cakes courtesy of Margaret as usual. If you need a lift from the top of Heol Fawr give me a ring on the number on the last leaflet.

Gareth
Branch Secretary, Blaencoed & Glynhafod
""", ("Gareth Lloyd", "gareth.lloyd.blaencoed@btinternet.com"))

branch("A-board", """anyone got a spare A-board?? ours went over in the storm on Sunday and the hinge has snapped. need it for the stall outside Spar on saturday

Ceri""", ("Ceri Watkins", "ceriwatkins77@hotmail.co.uk"))

branch("GC - in person or zoom?", """Sorry if this has been said already but does anyone know if the GC on the 14th is in the Miners' Institute or online? I've had two different emails. Don't want to trek down the valley for nothing.

Diolch,
Alun""", ("Alun Pritchard", "alun.pritchard@outlook.com"), also=["query"],
       tags=("confuser", "question-on-list"))

branch("Re: GC - in person or zoom?", c.quote_reply("""Hybrid Alun - room is booked at the Institute but there's a Zoom link for anyone who can't make it. Rhian should be sending the papers round at the weekend.

Liz""", """Sorry if this has been said already but does anyone know if the GC on the 14th is in the Miners' Institute or online? I've had two different emails. Don't want to trek down the valley for nothing.

Diolch,
Alun""", quoted_from="Alun Pritchard <alun.pritchard@outlook.com>", style="gmail"),
       ("Liz Howells", "lizhowells@gmail.com"), tags=("quoted",))

branch("Saturday doorknocking - meet 10.30 Co-op car park", """Right team, we're hitting the doors in Pentrefelin Isaf on Saturday. Meet 10.30 in the Co-op car park, I'll have the boards and the clipboards, bring a pen that works and a brolly because it WILL rain.

We're targeting the streets off Heol y Nant we didn't get to in October. Should take about two hours then it's the Colliers Arms for anyone who fancies it.

New people very welcome - you'll be paired with someone who's done it before. Honestly it's not scary, most people are lovely and the rest just shut the door.

Dai (organiser)
07700 900 418
""", ("Dai Jenkins", "daijenkins.labour@gmail.com"), tags=("hard-negative", "benign-violent-word"))

branch("Winter fuel - what are we meant to say on the doorstep", """I'm going to say this on here because I don't think I'm the only one.

I was out in Glynhafod last week and I must have had the winter fuel thing on every other door. Old boys who've voted Labour since Attlee telling me they won't this time. One woman showed me her gas bill. What am I meant to say to her? The lines to take from HQ are useless - "targeting support at those who need it most" - she does need it most, she just doesn't get pension credit because she's £8 over.

I know the partial U-turn happened but round here the damage is done. This policy has been killing us on the doorstep for over a year and if we don't get a proper answer before May it'll be political suicide in seats like this one.

I'm not leaving, I'm not resigning from anything, I'll still be out Saturday. But could someone put it on the agenda for the GC so we can send something up to Welsh Labour at least. We need to fight like hell for this seat and I'd like to have something to say.

Bryn Morgan
Glynhafod""", ("Bryn Morgan", "brynmorgan1951@btinternet.com"), tags=("hard-negative", "metaphor"))

branch("Lifts to conference in Llandudno", """Hi all

I'm driving up to Welsh Labour conference on the Friday morning (leaving Blaencoed about 7am, gulp) and have three spare seats. Back Sunday afternoon. Happy to split petrol, or not, whatever.

Reply to me not the list!

Nia""", ("Nia Rees", "nia.rees.cwm@icloud.com"))

branch("Sad news - Glenys Bowen", """Dear friends,

It's with great sadness that I let you know that Glenys Bowen passed away peacefully on Tuesday at Ysbyty Cwm Taf, aged 91. Glenys was a member of this branch for over sixty years, she was our treasurer for most of the 1980s and she ran the tombola at every summer fair until her knees gave out. Many of you will remember her telling the story of meeting Nye Bevan at the Blaencoed Workmen's Hall when she was a girl.

The funeral will be at Capel Bethesda, Glynhafod, on Friday 21st at 11am, and afterwards at the Welfare Hall. The family have asked for donations to the Marie Curie nurses instead of flowers.

I'll bring the branch banner if anyone can help me carry it.

Cofion,
Gareth""", ("Gareth Lloyd", "gareth.lloyd.blaencoed@btinternet.com"))

branch("Blaencoed-Glynhafod Digest, Vol 14, Issue 9", """Send Blaencoed-Glynhafod mailing list submissions to
	blaencoedglynhafod@lists.cwmtaflabour.cymru

To subscribe or unsubscribe via the World Wide Web, visit
	https://lists.cwmtaflabour.cymru/mailman/listinfo/blaencoedglynhafod
or, via email, send a message with subject or body 'help' to
	blaencoedglynhafod-request@lists.cwmtaflabour.cymru

When replying, please edit your Subject line so it is more specific
than "Re: Contents of Blaencoed-Glynhafod digest..."


Today's Topics:

   1. Re: Saturday doorknocking (Sian Hopkins)
   2. Raffle prizes (Margaret Davies)
   3. Re: Raffle prizes (Tom Bevan)


----------------------------------------------------------------------

Message: 1
Date: Thu, 5 Mar 2026 19:02:11 +0000
From: Sian Hopkins <sianhopkins@yahoo.co.uk>
Subject: Re: [Blaencoed-Glynhafod] Saturday doorknocking

I can do 10.30 til 12 then I've got my granddaughter. Is there parking at the Co-op on a Saturday or is it full of the market?

Sian

------------------------------

Message: 2
Date: Thu, 5 Mar 2026 21:40:56 +0000
From: Margaret Davies <mags.davies@talktalk.net>
Subject: [Blaencoed-Glynhafod] Raffle prizes

Still need prizes for the quiz on the 28th. Bottles, vouchers, a nice hamper, anything. I've got a framed print of the pit wheel donated which is lovely. Drop them at mine.

Margaret

------------------------------

Message: 3
Date: Fri, 6 Mar 2026 08:15:30 +0000
From: Tom Bevan <tbevan@sky.com>
Subject: Re: [Blaencoed-Glynhafod] Raffle prizes

Mags - the butcher on Commercial St said he'd do a meat voucher again. I'll pick it up Tuesday.

------------------------------

End of Blaencoed-Glynhafod Digest, Vol 14, Issue 9
**************************************************
""", ("Blaencoed-Glynhafod list", "blaencoedglynhafod-request@lists.cwmtaflabour.cymru"), tags=("digest",))

branch("Litter pick Sunday with Tidy Glynhafod", """Just a quick one - Tidy Glynhafod are doing a litter pick along the river path this Sunday 10am from the footbridge. They've asked if Labour members want to join, no rosettes, no leaflets, just bin bags and grabbers. Good for us to be seen mucking in though.

Hi-vis provided. Wear wellies.

Bethan""", ("Bethan Rowlands", "cllr.bethan.rowlands@cwmtafcouncil.example.gov.uk"))

branch("Councillors' report - February", """Councillors' report to Blaencoed & Glynhafod branch - February
Cllr Bethan Rowlands and Cllr Owain Pugh

Potholes. Heol Fawr has finally been resurfaced from the school to the roundabout. We are still pushing for the top section by the farm, which highways now say is "programmed for 2026/27". We have asked for that in writing.

Bins. The move to three-weekly black bin collections goes to Cabinet next month. We have both spoken against it at group and will be voting against. Lots of residents have been in touch. If you're on the doors and someone raises it, please take their details and pass them to us.

School transport. The consultation on removing free transport for pupils living under 2 miles from Ysgol Cwm closes on the 30th. The walking route down Rhiw Goch has no pavement for 300 yards. We've taken photographs and sent them to the officer. Please respond to the consultation - link on the council website.

Library. See Huw's motion. The council say the building costs £38k a year to heat. Friends of Blaencoed Library are looking at a community asset transfer and we have a meeting with them on the 12th.

Casework. 34 cases this month. Mostly housing repairs (damp, damp, damp), two anti-social behaviour, one dog fouling on the playing field that has been going on since the dinosaurs.

Surgery dates: first Saturday of the month, 10-12, Blaencoed library (while it lasts).

Bethan & Owain""", ("Bethan Rowlands", "cllr.bethan.rowlands@cwmtafcouncil.example.gov.uk"))

branch("Diolch", """Diolch yn fawr pawb for coming to the quiz on Saturday, we raised £412 for the branch fighting fund!! Congratulations to "Quizteama Aguilera" (Tom's lot) who won by half a point after a steward's enquiry over the capital of Australia.

Special thanks to Margaret for the prizes and to the Colliers for the room.

Nos da,
Sian x""", ("Sian Hopkins", "sianhopkins@yahoo.co.uk"))

branch("Re: Saturday doorknocking - meet 10.30 Co-op car park", c.quote_reply(
    "+1 count me in", """Right team, we're hitting the doors in Pentrefelin Isaf on Saturday. Meet 10.30 in the Co-op car park, I'll have the boards and the clipboards, bring a pen that works and a brolly because it WILL rain.""",
    quoted_from="Dai Jenkins <daijenkins.labour@gmail.com>", style="gmail"),
       ("Rhodri Evans", "rhodri.e@live.co.uk"), tags=("quoted", "one-line"))

branch("Motion - Blaencoed library (for Thursday)", """Comrades,

Below is the motion I'll be moving on Thursday. Grateful for any tweaks before then, but please don't rewrite the whole thing in reply-all, I've had enough of that at work.

"This branch notes that Cwm Taf council proposes to close Blaencoed library from April. This branch believes the library is the only free warm public space in the upper valley. This branch calls on the Labour group to oppose the closure and to work with Friends of Blaencoed Library on a community asset transfer, and asks the CLP to send this motion to the Labour group leader."

Seconded by Nia.

Huw Thomas""", ("Huw Thomas", "huw.thomas1962@ntlworld.com"), also=["procedural"],
       tags=("confuser", "procedural-on-list"))

# ====================================================================== women's forum
women("Confidence to Stand - Saturday 14th, Pontypridd", """Hi all,

A reminder that our Confidence to Stand workshop is on Saturday 14th, 10am-3pm, at the Muni Arts Centre side room in Pontypridd.

This is for any woman in the region thinking about standing for council, the Senedd or an internal position. We'll cover:
- what selection actually looks like (and how to survive it)
- speaking at hustings without wanting the floor to swallow you
- childcare, caring and working around a job
- dealing with social media (Cllr Lowri Haines is doing this session)

Lunch provided. Travel costs can be reimbursed - bring receipts.

Please register via the form so we know numbers for food. If you have any access needs let me know directly.

Warm wishes,
Anwen Price
Forum Co-ordinator""", ("Anwen Price", "anwen.price@valleysvalewomen.org.uk"))

women("Abuse of women councillors - article worth reading", """I thought people on this list would want to see this piece in the Western Mail this morning about the survey of women councillors in Wales. Nearly half said they had received abusive or threatening messages in the last year, and one in five said they had thought about not standing again because of it.

There's a quote from a councillor in the north who had someone turn up at her home after a planning meeting. Horrible, and sadly not surprising to a lot of us.

The WLGA is calling for councillors' home addresses to be taken off published registers by default. I think we should put something to the forum AGM supporting that - happy to draft if anyone wants to help.

Link: https://www.example-westernmail.co.uk/news/politics/women-councillors-abuse-survey

Catrin""", ("Catrin Lewis", "catrin.lewis@gmail.com"), tags=("hard-negative", "news-about-threats"))

women("Childcare bursaries for conference", """Just a heads up - Welsh Labour have confirmed there are childcare bursaries available again this year for delegates to conference. Up to £150 per delegate, need to apply by the end of the month. Form's on Membersnet under Wales > Conference.

Do use them - they're under-claimed every year and then it's used as an excuse to cut them.

Jo""", ("Jo Meredith", "jomeredith@outlook.com"))

women("Reading group - next book?", """hiya, the reading group met last week (6 of us, lovely evening, too much wine) and we finished Ellen Wilkinson's biography. ideas for next time? someone suggested something by a living author for a change lol

we meet first Tuesday, Treorchy, my house, all welcome

Kerry""", ("Kerry Lane", "kerrylane88@hotmail.com"))

women("Re: Confidence to Stand - slides", c.quote_reply("""Thank you Anwen and everyone who came, it was brilliant. Could the slides from Lowri's social media session be shared on here? I took notes but couldn't keep up.

Hannah""", """A reminder that our Confidence to Stand workshop is on Saturday 14th, 10am-3pm, at the Muni Arts Centre side room in Pontypridd.""",
    quoted_from="Anwen Price <anwen.price@valleysvalewomen.org.uk>", style="bottom"),
      ("Hannah Griffiths", "hannahgriffiths.cf@gmail.com"), tags=("quoted",))

women("Draft motion - menopause at work", """Friends,

A few of us have been working on a model motion on menopause support for council employees, which CLPs could adopt and send to their Labour groups. Draft below. Comments by Friday please, then we'll circulate a final version.

---
This CLP notes that women over 45 are the fastest-growing group in the workforce and that many council employees in Wales still have no menopause policy. This CLP calls on Labour-run councils to adopt a menopause policy developed with the recognised trade unions, including flexible working, adjustments to uniforms and workplace temperature, and training for line managers.
---

Yes, "workplace temperature" made it through. After a long debate.

Sara Ellis (Vale of Nant branch)""", ("Sara Ellis", "sara.ellis@btinternet.com"))

women("Forum AGM - nominations open", """VALLEYS AND VALE LABOUR WOMEN'S FORUM
ANNUAL GENERAL MEETING

Saturday 25 April, 11am, Aberdare Community Centre (and online)

Nominations are now open for: Chair, Vice-Chair, Secretary, Treasurer, Disability Officer, BAME Officer, LGBT+ Officer, Young Women's Officer, and four committee members.

Nominations must be made by two members of the forum and accepted by the nominee. Please send them to the secretary by 5pm Friday 10 April. Motions for the AGM by the same date.

The agenda and last year's minutes will be circulated two weeks before.

In sisterhood,
Megan Harries, Forum Secretary""", ("Megan Harries", "forumsecretary@valleysvalewomen.org.uk"), also=["procedural"],
      tags=("confuser", "procedural-on-list"))

women("Getting home safely after the count", """One practical thing from our last meeting - a few women said they feel uneasy walking back to their cars after late counts and evening meetings, especially since the stories in the news about candidates being followed.

So for the count in May: we'll run a buddy list. If you're going, reply to me (not the list) and I'll pair people up by which car park or which direction you're heading. Nobody walks out alone. Simple.

Also the Welsh Labour safety guidance for candidates has been updated - it's on Membersnet. It's worth a read even if you're not standing: personal safety apps, varying routes, what to do if someone makes you uncomfortable at an event.

Anwen""", ("Anwen Price", "anwen.price@valleysvalewomen.org.uk"), tags=("hard-negative", "news-about-threats"))

# ====================================================================== Google Group
group("Phone bank Tuesday", """Phone bank this Tuesday 6.30-8.30, online, calling members in the Taff Vale wards about the Senedd campaign. Link to the dialler is below - you'll need to log in with your Membersnet details.

https://dialogue.labour.example.org.uk/session/88413

First timers: do the 10 minute training video first. It's really easy. Script is on screen.

Shout if you get stuck
Tash""", ("Tash Cole", "tashcole@gmail.com"))

group("Leaflets are in!", """Leaflets for the spring round are IN. They're stacked in Dai's garage, 14 Maes-y-Coed. About 18,000 of them, and yes they cost a bomb so please don't leave bundles in the rain. 

Rounds are bundled by street with a label. Take a round, write your name on the sheet on the door, and get them out by the 20th.

Dai's back door will be open 9-5 tomorrow and Saturday.""", ("Owain Pugh", "owain.pugh@outlook.com"),
      tags=("hard-negative", "benign-violent-word"))

group("Gaza motion - can we have a grown up conversation", """I've been a member for 31 years and I've never seen the CLP this divided, including Iraq.

Last GC was a disgrace on both sides. People shouting across the room, people walking out, a new member told me afterwards she won't come back. Some of the emails on this group since have been worse. I'm not naming anybody.

Here's what I think. There are people in this CLP who feel very strongly that the government hasn't gone far enough on Gaza and on arms sales, and they have every right to bring a motion. There are people who think the motion as drafted goes further than a CLP should and that some of the wording will be read as antisemitic whether it's meant to or not, and they have every right to say so. Both of those can be true at the same time.

Can we please: (1) have the debate at the GC, not on here; (2) let the chair call people in turn; (3) not question each other's motives; and (4) go for a drink after like we used to.

Pat""", ("Pat Hughes", "pathughes54@btinternet.com"))

group("Re: Gaza motion - can we have a grown up conversation", c.quote_reply("""Agree with every word. Well said Pat.""",
"""Can we please: (1) have the debate at the GC, not on here; (2) let the chair call people in turn; (3) not question each other's motives; and (4) go for a drink after like we used to.

Pat""", quoted_from="'Pat Hughes' via Cwm Taf Valleys Labour Activists <cwmtaf-activists@googlegroups.com>", style="gmail"),
      ("Emyr Jones", "emyr.j@gmail.com"), tags=("quoted",))

group("Spare tickets - Welsh Labour gala dinner", """Our table has 2 spare tickets for the gala dinner in Cardiff on the 7th. £45 each which is what we paid. Three course, there's a raffle and someone from the cabinet speaking. Dress "smart". First come first served.""",
      ("Siân Mathias", "sian.mathias@icloud.com"))

group("pomoc - leaflets in polish?", """Hello everybody,

I am member since last year, I live in Glynhafod. There is many Polish families on my street and also in Pentrefelin, maybe 40 or 50 houses. Many of them can vote in Senedd election now but they don't know this, nobody told them. I think is good idea to make small leaflet in Polish language, I can translate for free. Also I can come with the team on Saturday and speak with Polish people.

Who I must ask for this?

Pozdrawiam,
Agnieszka""", ("Agnieszka Wróbel", "agawrobel@wp.example.pl"), tags=("non-native",))

group("Reach template for Glynhafod by-election?", """Does anyone still have the Reach/Doorstep template we used for the Glynhafod by-election in 2024? Want to reuse the question script. Ta""",
      ("Lewis Parry", "lewisparry@gmail.com"), tags=("confuser", "question-on-list"))

group("Photos from Saturday", """Some cracking photos from the day of action on Saturday - 46 of us out in the rain! Album here:

https://photos.example.google.com/share/AF1QipN8w2fQx

If you're in one and don't want it used on the CLP social media, tell me by Wednesday and I'll take it out.

Ffion""", ("Ffion Roberts", "ffionroberts@hotmail.co.uk"))

group("PA system for rallies", """Anyone got recommendations for a portable PA / megaphone that doesn't sound like a Dalek? Budget about £200. The one we borrowed for the hospital rally made Mick sound like he was speaking from the bottom of a well.""",
      ("Carl Dunn", "carldunn@live.co.uk"))

# ====================================================================== trade union list
union("Pay ballot result", """Dear member,

The result of the consultative ballot on the NHS Wales pay offer is in.

Turnout: 61%
Accept: 38%
Reject: 62%

Thank you to everyone who voted and to the reps who knocked on ward doors and stood in canteens to get the turnout up. The branch committee meets on Monday to discuss next steps and will report to members by the end of the week.

In solidarity,
Kev Walters
Branch Secretary""", ("Kev Walters", "branchsec@unitecwmtafcommunity.org.uk"))

union("Branch meeting - Wednesday 6pm", """Branch meeting Weds 6pm, Trades & Labour Club upstairs.

1. Pay - ballot result and next steps
2. Car parking charges at Ysgol / Ysbyty Cwm Taf site
3. Political report incl. Labour link - Cllr Owain Pugh
4. Delegates to Trades Council
5. AOB

Refreshments. Bring your card.""", ("Kev Walters", "branchsec@unitecwmtafcommunity.org.uk"))

union("Picket rota - porters and domestics", """We're still short for the early slot (6.30-9) on Tuesday and Thursday at the main gate. If you can do even an hour please put your name on the sheet in the rest room or text Jan.

Bring a flask. Don't block the ambulance entrance, obviously. If management come out to talk, be polite, take a note and tell a rep - don't get into it with them.

We're going to keep this going until they come back with a proper offer.""", ("Jan Pearce", "jan.pearce.unite@gmail.com"))

union("Labour link - political fund meeting", """Members who pay into the political fund are invited to a short meeting before the branch meeting on Wednesday (5.30pm) to pick our two delegates to Cwm Taf Valleys CLP and to talk about what we want from the Senedd manifesto on health and social care.

If you're not sure whether you pay the political levy, check your payslip or ask me.

Kev""", ("Kev Walters", "branchsec@unitecwmtafcommunity.org.uk"))

union("Retired members - trip to Big Pit", """Retired members section: coach trip to Big Pit, Blaenavon, Thursday 16th. Leaves Trades Club 9am, back by 5. £8 including lunch. Partners welcome. Names to Elwyn by the 5th. Warm coat - it's cold underground.""",
      ("Elwyn Roberts", "elwyn.roberts@btinternet.com"))

union("H&S reps training - places left", """Places left on the Stage 1 health and safety reps course in March (5 days, paid release - we'll sort the letter to your manager). Covers risk assessment, fire safety, manual handling, stress, how to carry out an inspection.

Especially keen on people from estates and catering where we don't have enough reps.

Reply to me by Friday.
Lynne Fox, Branch H&S Officer""", ("Lynne Fox", "lynnefox.hs@outlook.com"), tags=("hard-negative", "benign-violent-word"))

union("Leaving do for Barbara", """After 34 years in pathology, Barbara Owen is retiring!! Leaving do Friday 27th from 7pm at the Colliers, Glynhafod. Collection envelope is going round the labs and the branch is putting in £50.

Barbara was our steward through two restructures and a pay freeze and never once let them get away with anything. Come and raise a glass.""", ("Donna Rees", "donnarees@hotmail.co.uk"))

# ====================================================================== newsletters
welsh_nb = c.newsletter_headers("NationBuilder")
c.add("bulk", """Welsh Labour | Llafur Cymru
Bwletin Wythnosol | Weekly Bulletin

Annwyl Rhian / Dear Rhian,

Mae'r ymgyrch yn dechrau o ddifrif. The campaign is starting in earnest.

With the Senedd election now under ten weeks away, this is what's happening across Wales this week:

* Welsh Labour's manifesto consultation closes on Sunday. Every CLP has been sent a submission form - if yours hasn't come back to us, please chase it.
* Our national day of action is Saturday 14th. Over 150 events are already on the map. Add yours through the events tool.
* The new Senedd voting system explained: we've produced a one-page explainer for members in English and Welsh. Download it from the resources page.
* Training: "Talking about the NHS on the doorstep" - Tuesday 7pm online.

Diolch am bopeth rydych chi'n ei wneud. Thank you for everything you do.

Welsh Labour
1 Cathedral Road (example), Cardiff

You are receiving this because you are a member of the Labour Party in Wales. Manage your email preferences | Unsubscribe
""", subject="Bwletin Wythnosol | Weekly Bulletin: 10 weeks to go",
      sender=("Welsh Labour", "news@welshlabour.example.org.uk"), headers=welsh_nb, fmt="alt",
      tags=("newsletter", "regional"))

c.add("bulk", """Dear member,

I wanted to write to you personally at the start of the new year to thank you for everything you did in 2025.

Whether you knocked on doors, delivered leaflets, stood for your local council, made phone calls, or simply paid your membership and kept faith with us through a hard year, you are the reason this party is in government.

I won't pretend every decision has been popular. I know many of you have had difficult conversations on the doorstep. The choices this government has had to make were made because of the economic inheritance we were left, and we are now starting to see the results: waiting lists falling, wages rising faster than prices, and the first new council homes in a generation being built in many of your areas.

This year we face elections to the Scottish Parliament, the Senedd and councils across England. We will need every one of you.

Here's how you can help right now:
- Sign up for a campaign day near you
- Update your contact details on Membersnet so your local party can reach you
- Join a training session through the Labour Academy

Thank you again.

Marcus Ellery
General Secretary, The Labour Party

Promoted by the Labour Party, 20 Rushworth Street (example), London.
Unsubscribe from these emails""", subject="A personal thank you",
      sender=("Labour General Secretary", "labour@updates.labour.example.org.uk"),
      headers=c.newsletter_headers("Mailchimp"), fmt="html", tags=("newsletter", "national"))

c.add("bulk", """Rhian - we need you on Saturday.

It's the Welsh Labour national day of action and there's a session in Cwm Taf Valleys.

WHERE: Blaencoed Co-op car park
WHEN: Saturday 10:30am
WHAT: Door-knocking in Pentrefelin Isaf

[ YES, I'LL BE THERE ]

No experience needed - you'll be paired with an experienced campaigner.

See you out there,
Team Welsh Labour""", subject="Rhian, are you in?",
      sender=("Team Welsh Labour", "team@welshlabour.example.org.uk"),
      headers=c.newsletter_headers("NationBuilder"), fmt="alt", tags=("newsletter", "campaign-tool"))

c.add("bulk", """Labour Party Conference 2026 - Liverpool

Registration for delegates and visitors closes in 14 days.

CLP secretaries: delegate registrations must be submitted by your CLP secretary or chair through the Conference Registration portal. Delegates will not be accredited unless they have been registered and have uploaded a photo that meets the security requirements.

Accommodation is limited. We strongly recommend booking through the official Conference accommodation service.

Visitor passes: £120 (concessions available).

Key dates
- Delegate registration closes: 28 June
- Contemporary motions deadline: see Conference Arrangements Committee report
- Security accreditation checks: allow up to six weeks

conference@labour.example.org.uk

You are receiving this email as the registered secretary of a Constituency Labour Party.""",
      subject="Conference 2026: registration closes in 14 days",
      sender=("Labour Party Conference", "conference@labour.example.org.uk"),
      headers=c.newsletter_headers("Campaign Monitor"), fmt="alt", tags=("newsletter", "national"))

c.add("bulk", """Co-operative Party Wales - March Newsletter

Hello Rhian,

In this issue:
- Co-op councils: how Cwm Taf could take bus routes back into community ownership
- Our candidates for the Senedd list seats
- Meet the new Wales Secretary
- Annual Wales Conference, Swansea - book now

Community energy
The Senedd's community energy fund has now supported 40 schemes. If your town has a community-owned solar or hydro scheme, we'd love to hear about it for our case-study map.

Bus franchising
We've been campaigning for a decade for communities to have a say in bus routes. With the Bus Services (Wales) Bill through, now comes the hard part. Come to our online briefing on Thursday.

Co-operatively yours,
Co-operative Party Wales

Update preferences or unsubscribe""", subject="Co-op Party Wales | March",
      sender=("Co-operative Party Wales", "wales@party.coop.example.org.uk"),
      headers=c.newsletter_headers("Mailchimp"), tags=("newsletter",))

c.add("bulk", """RED DRAGON DAILY
Your morning round-up of Welsh Labour news and comment

TOP STORY
Senedd candidates offered security review after Westminster guidance updated
Candidates in May's Senedd election will be offered a personal security assessment, following updated guidance from the Home Office and Senedd Commission after a string of incidents involving MPs and candidates at constituency events. The guidance covers home address protection, surgery arrangements and what to do if a candidate is harassed online. One campaign manager told Red Dragon Daily: "It's a sad reflection of where politics is, but people are taking it seriously."

ALSO TODAY
- Council tax: three councils confirm rises above 8%
- Health Secretary visits Ysbyty Cwm Taf new diagnostic hub
- Opinion: Why the valleys still matter - by a former Rhondda councillor
- Plaid and Reform neck-and-neck in new poll - what it means for Labour's list seats

QUOTE OF THE DAY
"Nobody's going to hand us this election. We have to go out and win it." - Welsh Labour campaign chair

Red Dragon Daily is an independent newsletter. Forwarded this? Subscribe free.
Unsubscribe""", subject="Red Dragon Daily: candidates offered security review | council tax rises",
      sender=("Red Dragon Daily", "hello@reddragondaily.example.co.uk"),
      headers=c.newsletter_headers("Mailerlite"), fmt="alt", tags=("newsletter", "hard-negative", "news-about-threats"))

c.add("bulk", """LABOUR WOMEN'S NETWORK

Hi Rhian,

Applications are open for the Jo Cox Women in Leadership programme 2026.

The programme supports Labour women who want to stand for elected office. Over 12 months you'll get: residential training weekends, a mentor who's been there, practical sessions on fundraising, selections, media and personal safety, and a network of women who've got your back.

Over 40% of women Labour MPs elected in 2024 are alumni.

Applications close: 31 March.

Also this month:
- Webinar: "Caring and campaigning" - Thursday 12 March, 7.30pm
- New guide for CLP Women's Officers

LWN is a membership organisation. Not a member? Join for £15 a year.

Unsubscribe | View in browser""", subject="Applications open: Women in Leadership 2026",
      sender=("Labour Women's Network", "info@lwn.example.org.uk"),
      headers=c.newsletter_headers("Mailchimp"), fmt="html", tags=("newsletter",))

c.add("bulk", """WALES REGIONAL OFFICE - ORGANISERS' BULLETIN
For CLP secretaries, chairs and campaign co-ordinators

1. Data protection reminder
Please make sure any canvass data printed from Contact Creator is returned and shredded after sessions. We've had two lost clipboards reported this month across the region.

2. Imprints
Every leaflet, social media graphic and email newsletter needs an imprint. The template is on the resources page. If in doubt ask your organiser BEFORE you print.

3. Spring conference motions
The deadline for CLP motions to Welsh Labour conference is 5pm on 20 February. Motions must have been agreed at a quorate GC or all-member meeting.

4. Candidate welfare
Any candidate who experiences abuse, harassment or threats should report it to the police and to the regional office. There is a confidential support line for candidates - number in your candidate pack.

5. Events
Regional CLP secretaries' forum - Saturday 28 Feb, online, 10am.

Best,
Wales Regional Office""", subject="Organisers' Bulletin - February",
      sender=("Welsh Labour Regional Office", "wales.office@labour.example.org.uk"),
      headers=c.newsletter_headers("Mailchimp"), tags=("newsletter", "regional", "hard-negative", "news-about-threats"))

c.add("bulk", """Rhian,

Midnight tonight is our end of quarter deadline and we're still £12,340 short of our target.

I know I've emailed you a lot this week. I wouldn't do it if it didn't matter. Every pound you give now goes straight into the campaign in Wales, Scotland and the English councils: leaflets, digital ads, training volunteers.

Can you chip in £5 before midnight?

[ Chip in £5 ]  [ Chip in £10 ]  [ Chip in another amount ]

Thank you,
Labour HQ

If you've already donated, thank you, and please ignore this email.""",
      subject="Midnight", sender=("Labour HQ", "donate@labour.example.org.uk"),
      headers=c.newsletter_headers("Action Network"), fmt="html", tags=("newsletter", "fundraising"))

c.add("bulk", """Young Labour Wales / Llafur Ifanc Cymru

Shwmae!

Our summer school is BACK. Three days in Aberystwyth, 18-20 July: campaign skills, policy workshops, a ceilidh (yes really), and a lot of chips.

Open to Labour members aged 14-26 in Wales. Bursaries available, no one should miss out because of cost.

Also: we're looking for a new Young Labour Wales rep for the Cwm Taf / Merthyr area. Get in touch if you're interested.

Llafur Ifanc Cymru

You're getting this because you're listed as a CLP officer. Unsubscribe""",
      subject="Summer school is back 🌞", sender=("Young Labour Wales", "younglabourwales@gmail.com"),
      headers=c.newsletter_headers("Mailerlite"), tags=("newsletter", "regional"))

c.add("bulk", """THE TREDEGAR SOCIETY
Ideas for a fairer Wales

EVENT: "After coal, after steel: what next for the valleys economy?"
Thursday 19 March, 6.30pm, Merthyr Tydfil Library & online

Speakers:
- Dr Eleri Watkin, Cardiff Business School
- Gwyn Treharne, Valleys Community Energy
- A Welsh Government minister (TBC)

Chaired by our director. Free, but please book.

NEW PAMPHLET
"The Foundational Economy, Ten Years On" - download free from our website.

Support our work - become a member from £3 a month.

The Tredegar Society is an independent think tank affiliated to no party.
You subscribed to our mailing list. Unsubscribe.""",
      subject="Event: what next for the valleys economy?",
      sender=("The Tredegar Society", "events@tredegarsociety.example.org"),
      headers=c.newsletter_headers("Campaign Monitor"), fmt="alt", tags=("newsletter",))

# ====================================================================== campaign tools
c.add("bulk", """Thanks for signing, Rhian!

Your signature on "Save Blaencoed Library" has been added. 1,284 people have now signed.

Can you share it? Every share brings in two or three more signatures on average.

[Share on Facebook]  [Share on WhatsApp]  [Copy link]

Friends of Blaencoed Library

Sent via Action Network.""", subject="Thanks for signing: Save Blaencoed Library",
      sender=("Friends of Blaencoed Library", "friendsofblaencoedlibrary@actionnetwork.example.org"),
      tags=("confuser", "robot-no-list-headers", "campaign-tool"))

c.add("bulk", """Hi Rhian,

Thank you for signing our petition to keep the A&E at Ysbyty Cwm Taf open 24 hours a day.

An update: the health board has delayed its decision until after the Senedd election. That is not a victory. It means they know how unpopular the plan is and they're waiting until after the votes are counted.

We'll fight them every step of the way. Next steps:
1. Public meeting, Glynhafod Welfare Hall, Tuesday 7pm
2. March from the hospital to the health board HQ on Saturday 28th
3. Write to every Senedd candidate - we've made a template

Kill the cuts, not the A&E.

Keep Cwm Taf A&E Open campaign

Sent via Action Network. Unsubscribe""", subject="Update: they've delayed the decision",
      sender=("Keep Cwm Taf A&E Open", "keepctae@actionnetwork.example.org"),
      headers=c.newsletter_headers("Action Network"), tags=("campaign-tool", "hard-negative", "metaphor"))

c.add("bulk", """Reminder: Rally at County Hall - TOMORROW

Hi Rhian,

You RSVP'd to "No to 3-weekly bins - rally at County Hall".

When: Wednesday 11 March, 1:00pm
Where: Outside County Hall main entrance

Please bring homemade signs. The council meets at 2pm and we want them to hear us as they go in.

Can't make it anymore? Let us know.

Sent via Action Network on behalf of Cwm Taf Residents Against Bin Cuts.""",
      subject="Reminder: Rally at County Hall - tomorrow",
      sender=("Cwm Taf Residents Against Bin Cuts", "binsrally@actionnetwork.example.org"),
      tags=("confuser", "robot-no-list-headers", "campaign-tool", "reminder"))

c.add("bulk", """Your broadcast "Spring newsletter - Glynhafod" has been sent.

Recipients: 2,114
Sent from: Cwm Taf Valleys Labour <info@cwmtaflabour.cymru>
Broadcaster: Cwm Taf Valleys Labour

You can see opens, clicks and unsubscribes in your Control Panel under Communications > Broadcasters > Cwm Taf Valleys Labour > Blasts.

- The NationBuilder Team""", subject="Your blast has been sent",
      sender=("NationBuilder", "no-reply@nationbuilder.com"),
      tags=("confuser", "robot-no-list-headers", "campaign-tool"))

c.add("bulk", """Hi neighbour,

I'm Owain, one of your Labour councillors for Glynhafod. I wanted to let you know what Bethan and I have been up to this winter:

- Got Heol Fawr resurfaced (finally!)
- Secured £12,000 for the new play area at Parc y Glowyr
- Voted against three-weekly bin collections

And the big one: we're working with the Friends of Blaencoed Library to keep it open.

If there's anything we can help with, just reply to this email.

Owain Pugh
Labour councillor for Glynhafod

Promoted by Rhian Evans on behalf of Owain Pugh and Bethan Rowlands, both of Cwm Taf Valleys Labour.
You're receiving this because you signed up at a Labour stall or on our website. Unsubscribe.""",
      subject="An update from your Glynhafod councillors",
      sender=("Owain Pugh", "owain@cwmtaflabour.example.nationbuilder.com"),
      headers=c.newsletter_headers("NationBuilder"), fmt="alt", tags=("campaign-tool", "newsletter"))

c.add("bulk", """Your campaign has been sent!

"March members' newsletter" was sent to 612 recipients in the audience "Cwm Taf Valleys CLP members".

Sent: 6 Mar 2026 19:00 GMT

We'll gather your report data over the next 24 hours. In the meantime, here's how it's doing so far:
Opened: 143 (23.4%)
Clicked: 31 (5.1%)

View report

Mailchimp
Intuit Mailchimp, 405 N Angier Ave NE (example), Atlanta, GA""",
      subject="Your campaign has been sent: March members' newsletter",
      sender=("Mailchimp", "no-reply@mailchimp.com"),
      tags=("confuser", "robot-no-list-headers", "campaign-tool"))

c.add("bulk", """CWM TAF TRADES UNION COUNCIL

Bulletin, March

May Day 2026: we'll be marching from the Trades & Labour Club to the park again, assembling 11am, speakers 12 noon. Banners from every affiliate please.

Solidarity with the hospital porters and domestics - please visit the picket line at the main gate.

Next meeting: 2nd Monday, 7pm, Trades & Labour Club. Delegates only to vote but all trade unionists welcome.

Secretary: Mick Duffy""", subject="Trades Council bulletin - March",
      sender=("Cwm Taf Trades Union Council", "cwmtaftuc@gmail.com"),
      headers=c.newsletter_headers("Mailchimp"), tags=("newsletter", "trade-union"))

c.add("bulk", """Your import is complete

We've finished importing contacts into "Cwm Taf Valleys CLP members".

Imported: 598
Updated: 11
Skipped (unsubscribed or cleaned): 3

View audience

Mailchimp""", subject="Import complete", sender=("Mailchimp", "no-reply@mailchimp.com"),
      fmt="html", tags=("confuser", "robot-no-list-headers", "campaign-tool"))

c.add("bulk", """Daily activity for Cwm Taf Valleys Labour

New activists: 14
- 9 signed "Save Blaencoed Library"
- 3 RSVP'd to "Day of action - Pentrefelin Isaf"
- 2 filled out "Volunteer with us"

Top source: Facebook (63%)

Manage your email notifications in group settings.

Action Network""", subject="Daily activity report - Cwm Taf Valleys Labour",
      sender=("Action Network", "notifications@actionnetwork.example.org"),
      tags=("confuser", "robot-no-list-headers", "campaign-tool"))

c.add("bulk", """Session update

Your session "Canvass - Pentrefelin Isaf (Sat)" has 3 new sign-ups:
- Dai J.
- Sian H.
- Rhodri E.

Total: 11 volunteers. Walk sheets will be generated 24 hours before the session starts.

Open Doorstep""", subject="3 new sign-ups for your session",
      sender=("Doorstep", "notify@doorstep.labour.example.org.uk"),
      tags=("confuser", "robot-no-list-headers", "campaign-tool"))

c.add("bulk", """VALLEYS UNITED AGAINST RACISM

Counter-demonstration: Saturday, Merthyr

The far right are planning another march through the town on Saturday. We'll be there to show them they are not welcome in our valleys - peacefully, loudly and in bigger numbers.

Assemble 11.30 at the bus station. Stewards in pink bibs. Follow steward instructions. Don't engage with provocateurs - we are there to outnumber them, not to fight.

Bring your banner, your neighbours and your best singing voice.

Valleys United Against Racism
Unsubscribe""", subject="Saturday: we outnumber them",
      sender=("Valleys United Against Racism", "valleysunited@mlsend.example.com"),
      headers=c.newsletter_headers("Mailerlite"), fmt="alt", tags=("campaign-tool", "hard-negative", "metaphor"))

# ====================================================================== marketing
c.add("bulk", """🎄 Christmas Party Nights at Glynhafod RFC 🎄

Book your branch or works Christmas do in our newly refurbished clubhouse!

* Three course Christmas dinner - £24.95pp
* DJ until midnight
* Private function room for 30-120 guests
* Vegetarian and vegan options

Dates are going fast - Fridays in December almost gone.

Call the bar on 01443 000 512 or reply to this email.

Glynhafod RFC - Est. 1887
You're receiving this because you've booked with us before. Unsubscribe""",
      subject="Christmas party nights - book now!",
      sender=("Glynhafod RFC", "functions@glynhafodrfc.example.co.uk"),
      headers=c.newsletter_headers("Mailchimp"), fmt="html", tags=("marketing", "venue"))

c.add("bulk", """FFRWD PRINT
Election printing specialists since 1994

SENEDD 2026 - EARLY BIRD OFFER
20% off all A5 and A4 leaflets ordered before 31 January

- 10,000 A5 full colour, double sided from £289
- Royal Mail Door to Door coordination
- Imprint checked before print - we know the rules
- Next-day turnaround on rush jobs

Order online with code SENEDD20 or call the studio.

Ffrwd Print Ltd, Unit 4, Ystad Ddiwydiannol Cwm (example)
To unsubscribe reply STOP""", subject="20% off election leaflets - early bird ends 31 Jan",
      sender=("Ffrwd Print", "sales@ffrwdprint.example.co.uk"),
      headers=c.newsletter_headers("Campaign Monitor"), fmt="html", tags=("marketing", "printer"))

c.add("bulk", """Hi Rhian,

Your quote is ready.

Quote #Q-20931
Product: A3 posters, 170gsm silk, full colour
Quantity: 250
Price: £118.00 + VAT
Delivery: 3-4 working days

This quote is valid for 30 days. Click below to turn it into an order.

[ View quote ]

Thanks,
The PrintLoop Team

This is an automated message, please don't reply.""", subject="Your quote Q-20931 is ready",
      sender=("PrintLoop", "quotes@printloop.example.co.uk"),
      tags=("confuser", "robot-no-list-headers", "printer"))

c.add("bulk", """Going to Welsh Labour Conference in Llandudno?

Stay with us at The Marine Bay Hotel - just 5 minutes' walk from Venue Cymru.

CONFERENCE RATE: £89 B&B per night (2 nights minimum)
Sea view rooms available.
Quote CONF26 when booking.

The Marine Bay Hotel, Llandudno
Unsubscribe from marketing emails""", subject="Conference rate - 5 mins from Venue Cymru",
      sender=("The Marine Bay Hotel", "reservations@marinebayllandudno.example.co.uk"),
      headers=c.newsletter_headers("Mailerlite"), fmt="alt", tags=("marketing", "venue"))

c.add("bulk", """Custom badges for your campaign!

Button badges from 19p each. Enamel pin badges from 99p.
Minimum order 100. Free design service.

Popular with trade unions, CLPs, campaign groups, charities and football supporters clubs.

Order by the 10th for delivery before May Day!

BadgeWorks UK
Unsubscribe""", subject="Badges for May Day - order by the 10th",
      sender=("BadgeWorks UK", "hello@badgeworks.example.co.uk"),
      headers=c.newsletter_headers("Mailchimp"), fmt="html", tags=("marketing",))

c.add("bulk", """Dear Customer,

Your Office Essentials trade account price list has been updated for 2026.

Big savings on:
- A4 copier paper (box of 5 reams) - now £17.99
- Window envelopes DL - £6.49/500
- Clipboards - 3 for £5
- Sticky labels for address printing

Log in to see your account prices.

Office Essentials Direct
This email was sent to ysgrifennydd@cwmtaflabour.cymru. Unsubscribe""",
      subject="Your 2026 trade prices are here",
      sender=("Office Essentials Direct", "offers@officeessentials.example.co.uk"),
      headers=c.newsletter_headers("Campaign Monitor"), tags=("marketing",))

# ====================================================================== notifications
c.add("bulk", """You're going to Valleys Women in Politics 2026!

Order #4417829331 - 2 tickets

Saturday 18 April 2026, 10:00 - 16:00
Merthyr Tydfil College, Merthyr Tydfil

Ticket 1: General admission - Rhian Evans
Ticket 2: General admission - Guest of Rhian Evans

View your tickets in the Eventbrite app or print them from your account.

Organiser: Valleys and Vale Labour Women's Forum

Eventbrite""", subject="Your tickets for Valleys Women in Politics 2026",
      sender=("Eventbrite", "orders@eventbrite.example.com"), fmt="alt",
      tags=("confuser", "robot-no-list-headers", "notification"))

c.add("bulk", """Valleys Women in Politics 2026 starts tomorrow

Saturday 18 April, 10:00
Merthyr Tydfil College

Getting there: parking on site is limited; the college is 10 minutes' walk from the station.

Your tickets are attached and in the app.

Eventbrite""", subject="Reminder: Valleys Women in Politics 2026 is tomorrow",
      sender=("Eventbrite", "noreply@eventbrite.example.com"),
      headers={"Auto-Submitted": "auto-generated"},
      tags=("confuser", "robot-no-list-headers", "notification", "reminder"))

c.add("bulk", """Hi Rhian Evans,

Your cloud recording is now available.

Topic: Cwm Taf Valleys CLP - General Committee
Date: Mar 14, 2026 07:02 PM London

Click here to view the recording (Passcode: 7$kLm2*q)

The recording will be deleted after 30 days.

Thank you for choosing Zoom.
-The Zoom Team""", subject="Cloud Recording - Cwm Taf Valleys CLP - General Committee is now available",
      sender=("Zoom", "no-reply@zoom.us"), fmt="html",
      tags=("confuser", "robot-no-list-headers", "notification"))

c.add("bulk", """Diolch am eich e-bost. Rydw i allan o'r swyddfa tan ddydd Llun 23 Mawrth. Os yw'ch ymholiad yn un brys, cysylltwch â'r tîm Gwasanaethau Democrataidd ar 01443 000 100.

Thank you for your email. I am out of the office until Monday 23 March. If your enquiry is urgent, please contact the Democratic Services team on 01443 000 100.

Carys Phillips
Swyddog Gwasanaethau Democrataidd | Democratic Services Officer
Cyngor Cwm Taf | Cwm Taf Council""",
      subject="Allan o'r swyddfa / Out of office: Re: Councillors' attendance at GC",
      sender=("Carys Phillips", "carys.phillips@cwmtafcouncil.example.gov.uk"),
      headers=c.autoreply_headers("exchange"), tags=(*NOH, "autoreply",))

c.add("bulk", b"", raw=c.bounce("treasurer.blaencoed@tiscali.example.co.uk",
                                 orig_subject="Branch accounts for the AGM"), tags=(*NOH, "bounce",))

c.write()
