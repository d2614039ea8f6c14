"""train/to3: mail that is not party business, part 3 — hobby and club lists (camera club,
chess, angling, cycling, choir, allotments, five-a-side, rugby, running, book club, clay
shooting, darts...). All content hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "to3", seed=2803)
SEC_NAME, SEC_ADDR = c.secretary()
SEC = SEC_NAME.split()[0]
HNV = ("hard-negative", "benign-violent-word")


def groupsio(name):
    return {"List-Id": f"<{name}.groups.example.io>",
            "List-Unsubscribe": f"<mailto:{name}+unsubscribe@groups.example.io>",
            "List-Post": f"<mailto:{name}@groups.example.io>",
            "Sender": f"{name}@groups.example.io",
            "Precedence": "list",
            "X-Groups-Msg-Id": "10" + name[:3]}


def bcc_circular():
    return "undisclosed-recipients:;"


# 1 ---------------------------------------------------------------------------
c.add("bulk", subject="[TaffCameraClub] Studio shoot Tuesday - model booked, 8 places",
      sender=("Gwyn Parry", "gwyn.parry@example-mail.co.uk"),
      to="taffcameraclub@groups.example.io",
      headers=groupsio("taffcameraclub"),
      body="""Hi all,

Tuesday's studio night is on. Lowri (who some of you shot at the
Victorian evening last year) has agreed to come back and model for us,
1940s theme this time. We've got the two big softboxes and the new
beauty dish.

Eight places only because of space in the back room. First eight to
reply get them. Please bring your own memory cards and a fully charged
battery, we lost twenty minutes last time while three people charged
cameras off the one socket.

Shooting starts at 7.15 sharp. Model release forms will be there, you
must sign one if you want to enter any of the shots in competitions.

Gwyn
Programme Secretary
""",
      tags=("hobby", *HNV))

# 2 ---------------------------------------------------------------------------
c.add("bulk", subject="Camera Club Newsletter - October: 'Decay' results and the big shoot-out",
      sender=("Taff Valley Camera Club", "newsletter@taffcameraclub.example.org.uk"),
      headers=c.newsletter_headers("Mailchimp"),
      fmt="html",
      html_body="""<html><body style="font-family:Verdana,sans-serif;font-size:14px;max-width:620px;margin:auto">
<h1 style="font-family:Georgia;color:#333">Taff Valley Camera Club</h1>
<p><b>October newsletter</b></p>
<h3>'Decay' set subject &mdash; results</h3>
<p>Our judge, Mr Alwyn Rees ARPS, was impressed by the standard. First place in Projected Digital went to
<b>Ceri Howells</b> for <i>Last Shift</i>, the rusted winding gear at the old colliery. Second to
<b>Mike Danvers</b> for a dead sycamore leaf on wet slate, which the judge called &ldquo;brutally simple&rdquo;.
Third, <b>Rhian</b>'s abandoned chapel interior.</p>
<h3>Inter-club shoot-out, 14 November</h3>
<p>We're up against Merthyr and Aberdare in the annual shoot-out. Each club gets two hours in Pontypridd
town centre with one brief. Last year we were slaughtered, so we need our best street shooters.</p>
<h3>Subs</h3>
<p>Annual subs (&pound;35, &pound;20 concessions) are now due.</p>
<p style="font-size:11px;color:#888">You are getting this because you are a member of TVCC.
<a href="#">Unsubscribe</a> &middot; <a href="#">Update your preferences</a></p>
</body></html>""",
      body="",
      tags=("hobby", "newsletter", *HNV))

# 3 ---------------------------------------------------------------------------
c.add("bulk", subject="Re: shooting wide open at night - focus keeps hunting",
      sender=("nightowl_pete", "pete.hollins@example-mail.com"),
      to="nightphotography@groups.example.io",
      headers=groupsio("nightphotography"),
      body="""> at f/1.4 my lens just hunts back and forth and never locks. tried
> centre point, tried face detect. ready to throw it in the river

Don't throw it in the river, the river doesn't deserve that.

Two things that sorted it for me:
1. Switch to manual focus, magnify the live view 10x on a street light
   or bright window at the same distance, focus, and leave it.
2. If you must use AF, pick a point on something with contrast. The lens
   can't lock on a dark wall any more than you can.

Also f/1.4 at night has a depth of field about as thick as a fag paper.
Stop down to 2 or 2.8 and you'll get far more keepers.

Pete
""",
      tags=("hobby", *HNV))

# 4 ---------------------------------------------------------------------------
c.add("other", subject="survived the wedding",
      sender=("Carys Morgan", "carys.morganphoto@example-mail.co.uk"),
      body=f"""Rhi!!

I survived. Fourteen hours, 2,800 frames, one bride in tears (happy
ones), one groom's uncle who stood directly behind me for the whole
ceremony with an iPad, and a first dance in a marquee so dark I was
shooting at ISO 12800 and praying.

I am dead on my feet. My feet are dead. Possibly my knees too.

The good news is the light at the golden hour shots on the tump behind
the farm was unreal, I think I've got the best portrait I've ever
taken. Will show you on Thursday at club.

Thanks again for lending me your 85mm, it was the MVP. I'll bring it
back Thursday, cleaned, I promise.

Carys x
""" if SEC == "Rhian" else f"""Hiya {SEC}!!

I survived. Fourteen hours, 2,800 frames, one bride in tears (happy
ones), and a first dance in a marquee so dark I was shooting at ISO
12800 and praying. I am dead on my feet.

Thanks again for lending me your 85mm. I'll bring it back Thursday.

Carys x
""",
      tags=("hobby", "personal", *HNV))

# 5 ---------------------------------------------------------------------------
c.add("query", subject="camera at the quiz night?",
      sender=("Ceri Howells", "ceri.howells@example-mail.com"),
      body=f"""Hi {SEC},

Quick one. I'm coming to the Labour quiz night at the rugby club on the
21st (my partner's a member, I'm just tagging along for the cawl). I'm
building up a portfolio of events work and wondered if it'd be OK to
bring my camera and take some shots, candid stuff, nothing posed.

Who would I need to ask? And I'm guessing some people won't want to be
photographed at a party event, so is there a way you usually handle
that, stickers or something? Don't want to put anyone's back up.

Ceri
""",
      tags=("hobby", "confuser", *HNV))

# 6 ---------------------------------------------------------------------------
c.add("bulk", subject="League match v Merthyr A - Thursday - team and report",
      sender=("Dafydd Lewis", "dafydd.lewis.chess@example-mail.co.uk"),
      to=bcc_circular(),
      body="""Dear all,

Team for Thursday's away match v Merthyr A (board order):

 1. Huw Bevan
 2. Dafydd Lewis
 3. Agnieszka Wójcik
 4. Rhian Evans
 5. Tom Reardon
 6. Sion Lloyd (reserve: Paddy Quinn)

Meet at the Ynys car park 6.45 for lifts.

Last week's report, since several of you asked: we lost 2.5-3.5 to
Cardiff Castles. Huw's kingside attack on board one was a thing of
beauty, he sacrificed the exchange on f6 and their man was dead lost
by move 24. Agnieszka ground out a long rook ending. But we were
crushed on boards 4 and 5, both in time trouble, both after being
completely winning. Please, for the love of Caissa, use your clocks.

Subs for the league season are £12. Bring cash or I'll chase you.

Dafydd
Match Captain
""",
      tags=("hobby", *HNV))

# 7 ---------------------------------------------------------------------------
c.add("bulk", subject="GwynforB played a move in your correspondence game",
      sender=("lichess.org", "noreply@lichess.example.org"),
      body="""GwynforB played 23...Qxh2+ in your correspondence game.

You have 2 days 23 hours to move.

White: you    Black: GwynforB
Sicilian Defence: Najdorf Variation

Play your move: https://lichess.example.org/Kd8f3Tqp

--
To stop receiving these emails, change your notification settings.
""",
      tags=("hobby", "confuser", "robot-no-list-headers"))

# 8 ---------------------------------------------------------------------------
c.add("bulk", subject="Club night game of the week - Bevan v Quinn (annotated)",
      sender=("Huw Bevan", "huw.bevan@example-mail.co.uk"),
      to="ponty-chess@groups.example.io",
      headers=groupsio("ponty-chess"),
      body="""Game of the week, with my (biased) notes. Paddy has kindly agreed to
be humiliated in public.

1.e4 c5 2.Nf3 d6 3.d4 cxd4 4.Nxd4 Nf6 5.Nc3 a6 6.Bg5 e6 7.f4

The old main line. If you don't know this stuff, Black gets killed
here quickly.

7...Qb6 8.Qd2 Qxb2

The Poisoned Pawn. Paddy takes it. Brave man.

9.Rb1 Qa3 10.f5 Nc6 11.fxe6 fxe6 12.Nxc6 bxc6 13.e5

Now White throws everything at the king. The attack is the whole
point; if it fizzles, Black's extra pawn wins the ending.

13...dxe5 14.Bxf6 gxf6 15.Ne4 Qxa2 16.Rd1 Be7 17.Be2 O-O 18.O-O

And here I went wrong. 18.Rb3! keeps the attack going and Black's
king is probably finished. I castled, Paddy consolidated, and the
attack died a slow death. He won on move 51.

Moral: strike while the iron is hot. Also, don't play the Poisoned Pawn
against Paddy.

Huw
""",
      tags=("hobby", *HNV))

# 9 ---------------------------------------------------------------------------
c.add("bulk", subject="Daily Puzzle: White to play and win - can you find the killer blow?",
      sender=("Chess Daily", "puzzles@chessdaily.example.com"),
      headers=c.newsletter_headers("Mailerlite"),
      fmt="html",
      html_body="""<html><body style="font-family:Arial;text-align:center">
<h2>Today's puzzle</h2>
<p>White to play and win. Black's king looks safe behind its pawns, but one quiet move sets up a
killer blow.</p>
<p><img src="https://chessdaily.example.com/p/88213.png" alt="puzzle diagram" width="320"></p>
<p>Difficulty: &#9733;&#9733;&#9733;&#9734;&#9734;</p>
<p><a href="#" style="background:#769656;color:#fff;padding:10px 20px;text-decoration:none">Solve it</a></p>
<p style="font-size:11px;color:#999">Yesterday's solution: 1.Rxh7+! Kxh7 2.Qh5+ Kg8 3.Ng6 and mate follows.</p>
<p style="font-size:10px;color:#aaa"><a href="#">Unsubscribe</a></p></body></html>""",
      body="",
      tags=("hobby", "newsletter", *HNV))

# 10 --------------------------------------------------------------------------
c.add("bulk", subject="Taff & District AA - June newsletter: catch returns, kill limits, match results",
      sender=("Taff & District Angling Association", "secretary@taffangling.example.org.uk"),
      headers=c.newsletter_headers("Mailerlite"),
      body="""TAFF & DISTRICT ANGLING ASSOCIATION
June newsletter

SEWIN AND SALMON - IMPORTANT
Reminder that under the byelaws ALL salmon must be returned alive.
For sewin (sea trout) the association kill limit is one fish per day
under 60cm, and none over. If you do take a fish, dispatch it quickly
with a priest, and record it on your catch return the same day.

Catch returns are due by 31 October. Members who don't return them
won't be renewed. We're not joking this year.

MATCH RESULTS
Coarse match at the reservoir, 7 June: 1st Bryn Jones 14lb 3oz, 2nd
Keith "Carp" Hathaway 11lb 12oz, 3rd Jo Price 9lb. Twenty-two fished.

WORK PARTY
Bankside clearance on the Lower Beat, Sunday 28th, 9am. Bring loppers
and gloves. Bacon rolls provided.

Tight lines,
Alun Hughes, Hon. Sec.
""",
      tags=("hobby", "newsletter", *HNV))

# 11 --------------------------------------------------------------------------
c.add("bulk", subject="Bailiff report - Lower Beat",
      sender=("Alun Hughes", "secretary@taffangling.example.org.uk"),
      to=bcc_circular(),
      body="""Members,

The bailiffs found two sets of night lines on the Lower Beat below the
footbridge last weekend, and a gill net across the tail of Pwll Du.
Natural Resources Wales have been informed and have taken the net
away. Nobody has been caught yet.

If you're on the water early or late and you see anything odd, don't
go confronting anyone. Take a note of vehicles and times and ring the
NRW incident line or me. That's what we pay the bailiffs for.

Alun
""",
      tags=("hobby", "hard-negative", "news-about-threats"))

# 12 --------------------------------------------------------------------------
c.add("bulk", subject="[ValleysWheelers] Sunday club run - Bwlch and back, 62 miles",
      sender=("Gethin Rowlands", "gethin.r@example-mail.co.uk"),
      to="valleyswheelers@groups.example.io",
      headers=groupsio("valleyswheelers"),
      body="""Sunday's club run

Meet 8.30 at the Co-op in Treorchy. Out over the Bwlch, down to
Bridgend for coffee at the usual place, back over the Rhigos.

Two groups:
- Social (16-17mph avg): Sian leading. No-drop, we regroup at the top
  of every climb.
- Fast (19-20mph): me. Also no-drop in theory. In practice if Owain
  attacks on the Bwlch again like last week I'm not chasing him, I'm
  still recovering.

Forecast is dry but a headwind coming back over the Rhigos that will
absolutely kill us. Bring a gilet.

Gethin
""",
      tags=("hobby", *HNV))

# 13 --------------------------------------------------------------------------
c.add("bulk", subject="Uh oh! You lost your QOM on Rhigos Climb",
      sender=("Strava", "no-reply@strava.example.com"),
      fmt="html",
      html_body="""<html><body style="font-family:Helvetica;max-width:480px;margin:auto;text-align:center">
<p style="color:#fc4c02;font-weight:bold;font-size:20px">Your QOM has been stolen!</p>
<p><b>Bethan M.</b> just took your Queen of the Mountain on <b>Rhigos Climb (official)</b>.</p>
<table align="center" style="font-size:14px"><tr><td>Bethan M.</td><td>14:02</td></tr>
<tr><td>You</td><td>14:19</td></tr></table>
<p>Go take it back!</p>
<p><a href="#" style="background:#fc4c02;color:#fff;padding:10px 20px;text-decoration:none;border-radius:4px">View segment</a></p>
<p style="font-size:10px;color:#999">You're receiving this because you have segment notifications on.</p>
</body></html>""",
      body="",
      tags=("hobby", "confuser", "robot-no-list-headers"))

# 14 --------------------------------------------------------------------------
c.add("bulk", subject="Track evening at Maindy - 3 July - please read",
      sender=("Sian Pritchard", "sian.pritchard.vw@example-mail.com"),
      to="valleyswheelers@groups.example.io",
      headers=groupsio("valleyswheelers"),
      body="""Hello Wheelers,

We've got the velodrome booked for a beginners' track evening on
Thursday 3 July, 6-8pm. Bikes provided (fixed gear, no brakes, which
is exactly as terrifying as it sounds for the first ten minutes).

You MUST:
- wear a proper hard-shell helmet
- have your British Cycling membership number to hand (insurance)
- wear gloves (track surfaces are not kind to skin)

It's £15 each, pay on the night. Twelve places. Reply to me, not the
list, please.

Sian
Club Secretary
""",
      tags=("hobby",))

# 15 --------------------------------------------------------------------------
c.add("bulk", subject="Rehearsal notes - Tuesday",
      sender=("Meinir Jenkins", "meinir.jenkins.music@example-mail.co.uk"),
      to="cor-cymuned@groups.example.io",
      headers=groupsio("cor-cymuned"),
      body="""Noswaith dda pawb,

Notes from Tuesday, since about half of you were missing (flu, I know,
get well):

FAURÉ, Libera me: we murdered it. Not in the good way. Tenors, bar 18,
you came in a beat early and dragged the basses with you. Basses, you
don't have to follow the tenors over a cliff.

Sanctus: the attack on "Hosanna" needs to be together. Breathe
together, hit the consonant together. At the moment it sounds like a
firework display with a damp fuse.

Cut-offs: when I close my hand, stop. Not after. Not "finishing the
word". The final "-men" at the end of the Agnus Dei was executed
beautifully by the altos and sloppily by everyone else.

Next week: In Paradisum from the top, then the Welsh pieces for the
Eisteddfod. Bring pencils.

Meinir
""",
      tags=("hobby", *HNV))

# 16 --------------------------------------------------------------------------
c.add("bulk", subject="Eisteddfod - coach times and what to wear",
      sender=("Côr Cymuned Secretary", "ysgrifennydd@corcymuned.example.cymru"),
      to=bcc_circular(),
      body="""Annwyl aelodau / Dear members,

Coach leaves the Workmen's Hall car park at 7.00am on Saturday. Not
7.05. Elwyn the driver will not wait, as the tenors found out in 2023.

Dress: black trousers/skirt, the red scarf, black shoes. No perfume or
aftershave please, the hall gets very hot and we have two members with
asthma.

Bring water and a packed lunch. We're on stage at approximately 13.40
(competition 31). Warm-up room from 12.50.

Good luck, everyone. Pob lwc!

Eirlys
Ysgrifennydd / Secretary
""",
      tags=("hobby",))

# 17 --------------------------------------------------------------------------
c.add("other", subject="tea rota swap??",
      sender=("Bethan Thomas", "bethan.t1962@example-mail.co.uk"),
      body=f"""{SEC} love could you possibly swap tea rota with me, I'm down for the 14th
but our Siân is having the baby induced that week and I want to be free.
I can do yours on the 28th. Let me know. No worries if not. Bethan xx
""",
      tags=("hobby", "personal"))

# 18 --------------------------------------------------------------------------
c.add("bulk", subject="Allotment Society News: slug massacre season, blight watch, AGM date",
      sender=("Heol-y-Felin Allotment Society", "news@heolyfelinallotments.example.org.uk"),
      headers=c.newsletter_headers("Mailchimp"),
      fmt="alt",
      body="""HEOL-Y-FELIN ALLOTMENT SOCIETY — JULY NEWS

Slugs
After the wet June, the slugs are having a field day. Several of you
have asked about pellets: ferric phosphate ones are allowed on site,
metaldehyde ones are not (they kill the hedgehogs too). Beer traps and
the night-time torch patrol remain the most satisfying method of
mass slaughter.

Blight watch
There's a Hutton Criteria warning for our area this week. If you see
brown patches on potato leaves, cut the haulms and bin them (not the
compost). Don't wait.

Water
The troughs on the top path are being turned off for repairs on
Tuesday. Sorry.

AGM
Thursday 24 September, 7pm, church hall. Agenda to follow.

Happy growing,
The Committee
""",
      tags=("hobby", "newsletter", *HNV))

# 19 --------------------------------------------------------------------------
c.add("other", subject="plot 14 bindweed",
      sender=("Ray Fowler", "rayfowler1951@example-mail.co.uk"),
      body="""Hello, sorry to bother you. Its Ray from plot 15 next door.

The bindweed from your side has come under the path again and is all
through my raspberries. I know its a devil of a job to kill, I have
been at mine for 20 years. Would you mind if I put some weedkiller
along the edge on your side, the glyphosate gel you paint on, not the
spray. I would not touch anything else.

Or if you would rather do it yourself thats fine too. Just let me know.

Your courgettes are looking grand by the way.

Regards Ray
""",
      tags=("hobby", "personal", *HNV))

# 20 --------------------------------------------------------------------------
c.add("bulk", subject="RATS - pest control visit Tuesday - keep dogs off site",
      sender=("Heol-y-Felin Allotment Society", "committee@heolyfelinallotments.example.org.uk"),
      to=bcc_circular(),
      body="""Dear plot holders,

We've had reports of rats around the compost bays by the top gate. The
council's pest control officer is coming on Tuesday morning and will
put down bait boxes. The poison is inside locked boxes, but PLEASE keep
dogs off site and children on the main path until further notice.

Also please, PLEASE stop putting cooked food and bread on the compost
heaps. That's what's bringing them in.

Thanks,
The Committee
""",
      tags=("hobby", *HNV))

# 21 --------------------------------------------------------------------------
c.add("bulk", subject="Tuesday: we got murdered 7-1",
      sender=("Rhodri Bowen", "rhodri.bowen88@example-mail.com"),
      to=bcc_circular(),
      body="""Lads (and Rhi),

Well. That happened.

7-1 to the Ferndale Old Boys. We got absolutely murdered. Their
number 9 was about twelve feet tall and their keeper had clearly been
told nobody would shoot from more than two yards out, because that's
all we managed.

Highlights: Dai's goal (a deflection off his knee, but they all count).
Lowlights: everything else, particularly our shooting, which was
criminal, and Gareth's attempt to slide tackle on 3G, which left him
looking like he'd been dragged behind a car.

Next week we play the Co-op Killers, who are top. It can't get worse.
It can definitely get worse.

£5 each for the pitch please, I'm out of pocket again.

Rhod
""",
      tags=("hobby", *HNV))

# 22 --------------------------------------------------------------------------
c.add("bulk", subject="Booking confirmed: 5-a-side Pitch 3, Tue 19:00",
      sender=("GoalZone Pontypridd", "bookings@goalzone.example.co.uk"),
      body="""BOOKING CONFIRMATION

Centre: GoalZone Pontypridd
Pitch: 3 (5-a-side, 3G)
Date: Tuesday 16 September
Time: 19:00 - 20:00
Booked by: Rhodri Bowen
Payment: £48.00 paid

Please arrive 10 minutes early. Moulded studs or astro trainers only,
no metal studs. Shin pads recommended.

To cancel, use the app at least 24 hours before kick-off.
""",
      tags=("hobby", "confuser", "robot-no-list-headers"))

# 23 --------------------------------------------------------------------------
c.add("bulk", subject="who's in tues???",
      sender=("Rhodri Bowen", "rhodri.bowen88@example-mail.com"),
      to=bcc_circular(),
      body="""need 2 more for tuesday or we're dead, only got 8 so far

in: me, dai, gareth (knee permitting), owain, jase, big steve, rhi, kieran
out: lloyd (wedding), mo (nights)

anyone got a mate??
""",
      tags=("hobby", *HNV))

# 24 --------------------------------------------------------------------------
c.add("bulk", subject="Club news: Seconds smash Treharris, ladies into the cup semi",
      sender=("Cwm Taf RFC", "news@cwmtafrfc.example.cymru"),
      headers=c.newsletter_headers("Mailchimp"),
      fmt="html",
      html_body="""<html><body style="font-family:Arial;max-width:600px;margin:auto">
<div style="background:#8b0000;color:#fff;padding:14px"><h2 style="margin:0">CWM TAF RFC &mdash; CLUB NEWS</h2></div>
<h3>Seconds 34 &ndash; 10 Treharris</h3>
<p>A dominant display from the Seconds on Saturday. The front row destroyed them in the scrum, and
once young Tomos broke the line for the third try the visitors were dead and buried. Man of the match:
Jac Llewellyn.</p>
<h3>Ladies through to the Cup semi</h3>
<p>A nail-biter in the rain, 17&ndash;15, with Ffion's conversion from the touchline in the last minute.
Semi-final away at Bargoed on the 18th &mdash; supporters' bus from the club at 12.</p>
<h3>Bar</h3>
<p>Quiz every Thursday. The Labour party have booked the function room on the 21st for their quiz night
&mdash; the bar will be open to all as normal.</p>
<p style="font-size:11px">Cwm Taf RFC &middot; <a href="#">Unsubscribe</a></p>
</body></html>""",
      body="",
      tags=("hobby", "newsletter", *HNV))

# 25 --------------------------------------------------------------------------
c.add("bulk", subject=f"Your parkrun result for Pontypridd parkrun event #412",
      sender=("parkrun", "results@parkrun.example.com"),
      fmt="alt",
      body=f"""Hi {SEC},

Congratulations on completing Pontypridd parkrun event #412 today.

Your time was 29:41.

You finished in 187th place out of 341 parkrunners, and were the 52nd
female. You came 9th in the VW45-49 age category.

This is your 73rd parkrun. You have run Pontypridd parkrun 70 times.

Congratulations on your new age-grade best of 56.12%!

Thank you to the 31 volunteers who made today possible.

Pontypridd parkrun results team
""",
      tags=("hobby", "confuser", "robot-no-list-headers"))

# 26 --------------------------------------------------------------------------
c.add("bulk", subject="Wednesday hills: the killer session returns",
      sender=("Rhondda Harriers", "coach@rhonddaharriers.example.org.uk"),
      to="members@rhonddaharriers.example.org.uk",
      headers=c.list_headers("Harriers members", domain="rhonddaharriers.example.org.uk", precedence=False),
      body="""Harriers,

By popular demand (by which I mean two people asked and everyone else
groaned), the killer hill session is back this Wednesday.

  8 x 90 seconds up Graig Road, jog back down recovery
  Warm-up from the leisure centre at 6.45

It will hurt. That is the point. You will thank me in the cross-country
season. Or you won't, but you'll be faster.

Head torches from next month.

Coach Mal
""",
      tags=("hobby", *HNV))

# 27 --------------------------------------------------------------------------
c.add("bulk", subject="Book club - next month: The Murder at Glanllyn Hall",
      sender=("Nerys Davies", "nerys.davies@example-mail.co.uk"),
      to=bcc_circular(),
      body="""Hello bookworms,

Thank you all for coming on Wednesday, and thank you Menna for the
bara brith which was frankly the highlight.

Next month's book is The Murder at Glanllyn Hall by Eleri Vaughan. It's
a cosy one after the grim Scandinavian thing, I promise. A body in the
library of a crumbling country house, a village full of suspects, a
retired headmistress who solves it. Nobody is dismembered.

Library has four copies. Otherwise it's £4.99 on Kindle.

Same time, same place, my front room. Bring wine.

Nerys
""",
      tags=("hobby", *HNV))

# 28 --------------------------------------------------------------------------
c.add("bulk", subject="Murder Mystery Night - rehearsal schedule and who dies when",
      sender=("Valleys Players", "valleysplayers@example-mail.co.uk"),
      to="valleysplayers@groups.example.io",
      headers=groupsio("valleysplayers"),
      body="""Dear Players,

The murder mystery dinner is on 8 November at the Con Club. Tickets are
going well (64 sold).

Rehearsal schedule:
  Mon 20 Oct  — Act 1 (the dinner party, up to the first body)
  Mon 27 Oct  — Act 2 (the butler is poisoned; Wyn, please practise
                 dying quietly this time, it is not Hamlet)
  Mon 3 Nov   — full run, with the props
  Thu 6 Nov   — dress

Props: Geraint has the rubber dagger and the prop revolver (which
doesn't fire anything, it's a cap gun with the caps removed, before
anyone asks the Con Club committee again).

Break a leg, all of you.

Marian (director, and yes, I know who did it)
""",
      tags=("hobby", *HNV))

# 29 --------------------------------------------------------------------------
c.add("bulk", subject="Sunday shoot - 40 bird sporting + safety reminder",
      sender=("Llanwonno Clay Target Club", "secretary@llanwonnoclays.example.co.uk"),
      headers=c.newsletter_headers("Mailerlite"),
      body="""LLANWONNO CLAY TARGET CLUB

SUNDAY SHOOT
40 bird sporting, 10 stands. Registration 9.30-12.00. £25 members,
£30 guests. Cartridges available at the clubhouse (28g, 7.5s).

SAFETY REMINDERS
 - Guns in slips at all times when not on a stand.
 - Guns broken and empty when moving between stands.
 - Eye and ear protection compulsory, no exceptions.
 - Guests must be accompanied by a member with a current certificate.

Well done to Lyn Probert, who shot 98/100 at the regional ESP on
Saturday and came home with the trophy.

Bacon butties in the hut from 9.
""",
      tags=("hobby", "newsletter", *HNV))

# 30 --------------------------------------------------------------------------
c.add("bulk", subject="Archery: target day Saturday + new bows arrived",
      sender=("Taff Bowmen", "taffbowmen@groups.example.io"),
      to="taffbowmen@groups.example.io",
      headers=groupsio("taffbowmen"),
      body="""Hi everyone,

Saturday is a club target day at the school field, 10am start. WA 720
round for those who want a score, fun shoot for anyone else. Beginners
welcome.

The club's new recurve bows arrived this week (four 24lb, two 28lb) so
the beginners' course can finally stop sharing.

Reminder: nobody walks forward to collect arrows until the field
captain calls it. Nobody.

Huw, Field Captain
""",
      tags=("hobby", *HNV))

# 31 --------------------------------------------------------------------------
c.add("bulk", subject="Darts - Killer night Friday",
      sender=("Glyn Edwards", "glyn.edwards.darts@example-mail.co.uk"),
      to=bcc_circular(),
      body="""Killer night Friday at the Lamb. £2 a life, three lives, winner
takes the pot. Boards from 8.

Anyone who shot out last week owes me £2 and I know who you are.

Glyn
""",
      tags=("hobby", *HNV))

# 32 --------------------------------------------------------------------------
c.add("bulk", subject="Warhammer doubles tournament - lists due Friday",
      sender=("Dragon's Hoard Games Club", "club@dragonshoard.example.co.uk"),
      to="club@dragonshoard.example.co.uk",
      headers=c.list_headers("Dragons Hoard club", domain="dragonshoard.example.co.uk"),
      body="""Greetings, generals!

The doubles tournament is on Saturday 11th. 1,000 points per player,
2,000 per team. Army lists to me by Friday midnight, please, in the
usual format.

Three games:
  Game 1: Seize the Ground
  Game 2: Scorched Earth
  Game 3: Total Annihilation (last one standing)

Painted armies only. Half-painted counts if you can convince Gwil it's
"a stylistic choice".

Prizes for Best Army, Best Sportsman and (new this year) the Wooden
Spoon for the most spectacular massacre suffered.

For the Emperor / Waaagh / whatever you're into,
Gwil
""",
      tags=("hobby", *HNV))

# 33 --------------------------------------------------------------------------
c.add("bulk", subject="[CwmBirders] Sparrowhawk kill in the garden this morning (photos)",
      sender=("Dilys Morris", "dilys.morris@example-mail.co.uk"),
      to="cwmbirders@groups.example.io",
      headers=groupsio("cwmbirders"),
      body="""Morning all,

A female sparrowhawk took a collared dove right off the feeder at about
7.40 this morning, then sat on the lawn plucking it for a good ten
minutes while I stood at the kitchen window in my dressing gown with
the camera. Not for the squeamish, but an amazing thing to watch.

Photos here if you'd like to see: https://photos.example.com/dilys/spar

Also: two dippers on the river by the old tramroad bridge yesterday.

Dilys
""",
      tags=("hobby", *HNV))

# 34 --------------------------------------------------------------------------
c.add("bulk", subject="Quarter peal at St Illtyd's - we fired out!",
      sender=("Tower Captain", "ringers.stillyd@example-mail.co.uk"),
      to=bcc_circular(),
      body="""Well done all on Sunday's quarter: 1260 Grandsire Doubles, rung for
the harvest festival. We had a near fire-out in the fourth lead when
the tenor went wrong, but it came back and the rest was the best
striking we've managed all year.

Practice as usual Thursday. New learners start next month.

Iolo
Tower Captain
""",
      tags=("hobby", *HNV))

# 35 --------------------------------------------------------------------------
c.add("bulk", subject="Knit & Natter - moving to the library",
      sender=("Pam Whitcombe", "pam.whitcombe@example-mail.co.uk"),
      to=bcc_circular(),
      body="""Hello ladies (and Glyn),

From next week Knit and Natter is moving to the library community
room because the café is closing early on Wednesdays now. Same time,
2 till 4.

The library doesn't allow hot drinks in the room, so bring a flask. I
know, I know. I could murder a cuppa by half past two as it is.

We're still knitting squares for the hospice blankets, any colour.

Pam
""",
      tags=("hobby", *HNV))

# 36 --------------------------------------------------------------------------
c.add("bulk", subject="Exhibition report - Llanharan layout died on Saturday",
      sender=("Valleys Model Railway Club", "vmrc@groups.example.io"),
      to="vmrc@groups.example.io",
      headers=groupsio("vmrc"),
      body="""Exhibition report

Thank you to everyone who helped over the weekend. 412 visitors, our
best ever, and the raffle made £286.

Bad news: the Llanharan layout died at 11 on Saturday. A dry joint on
the main bus, we think. Dave and Keith had it running again by 2, but
the kids' "drive a train" corner took the brunt of the queue.

Good news: Pete's 00 gauge colliery won Best in Show from the visitors'
vote. The winding wheel actually turns now.

Next meeting Tuesday. We need to talk about the van.

Roger (Secretary)
""",
      tags=("hobby", *HNV))

# 37 --------------------------------------------------------------------------
c.add("bulk", subject="Ramblers: Pen y Fan horseshoe, Sunday",
      sender=("Cynon Valley Ramblers", "walks@cynonramblers.example.org.uk"),
      headers={**c.newsletter_headers("Mailchimp"), "Precedence": "bulk"},
      body="""Sunday 14th: Pen y Fan horseshoe from Taf Fechan

Distance: 11 miles. Ascent: 2,600ft. Grade: Strenuous.
Meet: Taf Fechan forest car park, 9.30am.
Leader: Bryn (07700 900441 on the day only)

This is a long day with some steep pulls. The climb up to Cribyn
nearly killed a few of us last year, so please only come if you're
comfortable with strenuous walks. Full waterproofs, warm layers, lunch,
plenty of water.

If the forecast is bad we'll switch to the low-level reservoir walk and
email on Saturday evening.
""",
      tags=("hobby", "newsletter", *HNV))

# 38 --------------------------------------------------------------------------
c.add("bulk", subject="Re: killing Japanese knotweed (legally!)",
      sender=("GrowYourOwn Forum", "notifications@growyourown.example.co.uk"),
      headers={"Auto-Submitted": "auto-generated"},
      body="""New reply in "How to kill Japanese knotweed on my allotment?"

veg_patch_viv wrote:
  Don't dig it. Every bit of root you break off becomes a new plant,
  and if you move soil containing it off site without the right
  licence you're committing an offence. Stem injection with glyphosate
  in late summer is the only thing that's really worked on our site,
  and it took three years. Tell your committee, they may have a
  contractor.

Reply to this topic: https://growyourown.example.co.uk/t/22819
Unsubscribe from this topic.
""",
      tags=("hobby", "confuser", "robot-no-list-headers", *HNV))

# 39 --------------------------------------------------------------------------
c.add("bulk", subject="Swarm alert list + queen problems",
      sender=("Glamorgan Beekeepers", "glambees@groups.example.io"),
      to="glambees@groups.example.io",
      headers=groupsio("glambees"),
      body="""Hi all,

Swarm season is here. The swarm collectors' list for the valleys is
below; if the public ring you about a swarm and you can't go, pass it
on to the nearest name.

  Aberdare / Cynon: Huw T. (07700 900512)
  Pontypridd / Taff: Elin R. (07700 900783)
  Rhondda: Gareth P. (07700 900296)

On the queen question from last week's meeting: if you've got two
queens after a supersedure, leave them. The bees will sort it out; the
old one usually gets killed within a few days. Don't go in there with
a matchbox trying to help.

Elin
""",
      tags=("hobby", *HNV))

# 40 --------------------------------------------------------------------------
c.add("bulk", subject="Gala results - well done all our swimmers!",
      sender=("Dolphins Swimming Club", "dolphinsswimming@example-mail.co.uk"),
      headers=c.newsletter_headers("Mailerlite"),
      fmt="alt",
      body="""DOLPHINS SWIMMING CLUB — GALA RESULTS

What a day at the Sobell Centre! 34 swimmers, 61 PBs.

Highlights:
 - Cadi (10) smashed her 50m freestyle PB by 3 seconds
 - The U12 girls' medley relay took gold
 - Mabon (9) swam his first 100m IM and didn't stop grinning

A reminder that dive starts in training are only from the deep end,
with a coach on the side.

Thank you to the parent volunteers who timed for seven hours straight.
Your ankles have our sympathy.

Dolphins Committee
""",
      tags=("hobby", "newsletter", *HNV))

# 41 --------------------------------------------------------------------------
c.add("bulk", subject="Supporters' Club bulletin: away day to Swansea",
      sender=("Bluebirds Valleys Supporters Club", "bvsc@example-mail.co.uk"),
      to=bcc_circular(),
      body="""BVSC BULLETIN

Away to Swansea, Sunday 1pm. The derby.

Coach leaves the Legion at 9.30. £18 members. Police have made it clear
it's a bubble match: coach to the ground, ground to the coach, no
stopping. Anyone who gets the club banned from the bubble scheme will
answer to Mrs Pugh on the committee, and you don't want that.

We got battered 3-0 last time. Let's not.

Come on City.
""",
      tags=("hobby", *HNV))

# 42 --------------------------------------------------------------------------
c.add("bulk", subject="quiz post mortem",
      sender=("Menna Rees", "menna.rees@example-mail.co.uk"),
      to=bcc_circular(),
      body="""Team Quizteama Aguilera were slaughtered last night by the vicar's
team. Again. Third week running. I'm starting to think he has help
from above.

Where it went wrong: the music round (Aled, you are banned from
answering anything after 1979), and the picture round, where we
confidently identified the Archbishop of Canterbury as Gary Lineker.

Same time next week. Revenge will be ours.

Menna
""",
      tags=("hobby", *HNV))

# 43 --------------------------------------------------------------------------
c.add("bulk", subject="Bridge: hand of the week - how to kill a contract",
      sender=("Pontypridd Bridge Club", "pontybridge@groups.example.io"),
      to="pontybridge@groups.example.io",
      headers=groupsio("pontybridge"),
      body="""Hand of the week (board 14, Monday):

  North: S AQ54 H K3 D KJ92 C 1076
  South: S KJ83 H A82 D A10 C KQ92

South declared 4S. West led the queen of clubs, East overtook with the
ace and returned a club for West to ruff. Then the heart switch through
dummy's king killed the contract: one off.

The lesson for East: when partner leads an obvious singleton, take
the ace and give the ruff. Most of the room didn't, and let the
contract make.

Hywel
""",
      tags=("hobby", *HNV))

# 44 --------------------------------------------------------------------------
c.add("bulk", subject="Your photo was added to a gallery",
      sender=("Flickr", "no-reply@flickr.example.com"),
      fmt="html",
      html_body="""<html><body style="font-family:Arial;max-width:480px;margin:auto">
<p><b>grainandgrit_uk</b> added your photo <b>"Winding gear, Cwm colliery, dusk"</b> to their gallery
<b>"Industrial ghosts of South Wales"</b>.</p>
<p><a href="#" style="background:#0063dc;color:#fff;padding:8px 16px;text-decoration:none">View gallery</a></p>
<p style="font-size:10px;color:#999">Manage email notifications in your account settings.</p>
</body></html>""",
      body="",
      tags=("hobby", "confuser", "robot-no-list-headers"))

# 45 --------------------------------------------------------------------------
c.add("bulk", subject="Valleys Wheelers AGM - notice, agenda and nominations",
      sender=("Sian Pritchard", "sian.pritchard.vw@example-mail.com"),
      to="valleyswheelers@groups.example.io",
      headers=groupsio("valleyswheelers"),
      body="""NOTICE OF ANNUAL GENERAL MEETING

The AGM of Valleys Wheelers CC will be held on Thursday 20 November at
7.30pm in the upstairs room of the Cricketers.

Agenda
 1. Apologies
 2. Minutes of the 2025 AGM
 3. Chair's report
 4. Treasurer's report and accounts
 5. Subscriptions for 2027 (committee proposes no change)
 6. Election of officers: Chair, Secretary, Treasurer, Club Captain,
    Welfare Officer
 7. Motion from Owain Price: "That the club adopts a women's ride led
    by a woman ride leader on the first Sunday of each month."
 8. AOB

Nominations for officers, with a proposer and seconder, to me by 6
November. I am standing down as Secretary after six years; someone
please take it on, I will hand over all my spreadsheets with love.

Sian
""",
      tags=("hobby", "confuser"))

# 46 --------------------------------------------------------------------------
c.add("other", subject="subs",
      sender=("Eirlys Watkins", "eirlys.watkins@example-mail.co.uk"),
      body=f"""Dear {SEC},

Just a gentle reminder from the choir, your subs for the autumn term
(£45) haven't come through yet. You can pay by bank transfer to the
usual account, or bring cash on Tuesday.

No panic at all, I know you've been busy.

Eirlys
Ysgrifennydd / Treasurer, Côr Cymuned
""",
      tags=("hobby", "confuser"))

# 47 --------------------------------------------------------------------------
c.add("bulk", subject="Allotment Society AGM - draft minutes",
      sender=("Heol-y-Felin Allotment Society", "committee@heolyfelinallotments.example.org.uk"),
      to=bcc_circular(),
      body="""Draft minutes of the AGM held 24 September, church hall.

Present: 31 plot holders and the committee.
Apologies: 6.

1. Chair's report. A good year despite the wet June. Two new plots
   created from the old bonfire area. The waiting list is 44.
2. Treasurer. Income £3,914, expenditure £3,402. The new water
   trough took most of it.
3. Rents. Agreed unanimously to raise the full-plot rent from £38 to
   £42 from April, to cover the council's water charges.
4. Election. The committee was re-elected en bloc. Mr Fowler was
   thanked for 22 years as site rep.
5. AOB. Rats (again). Bonfires: no more on Sundays.

Any corrections to me by the end of the month.
""",
      tags=("hobby", "confuser"))

# 48 --------------------------------------------------------------------------
c.add("query", subject="my lad wants to join",
      sender=("Paddy Quinn", "paddy.quinn@example-mail.com"),
      body=f"""Alright {SEC},

After chess last week you said you were the Labour secretary round here.
My youngest, Connor, is 16 and has got very into politics (he's read
more about the two-child cap than I have). He wants to join the party.

Can he at 16? Is it cheaper for young people? And is there anything
for his age group locally, or would he just come to the normal
meetings with all of us old ones?

Cheers, see you Thursday. Bring your A game, I'm out for revenge.

Paddy
""",
      tags=("hobby", "confuser", *HNV))

# 49 --------------------------------------------------------------------------
c.add("query", subject="hustings",
      sender=("Owain Price", "owain.price.cycles@example-mail.co.uk"),
      body=f"""Hi {SEC}

saw on facebook there's a hustings for the Senedd seat at the
Workmen's Hall. is that open to anyone or just party members? and do
you have to book? me and a couple of the wheelers were thinking of
going to ask about the cycle path on the old railway line.

ta
Owain
""",
      tags=("hobby", "confuser"))

# 50 --------------------------------------------------------------------------
c.add("other", subject="caught a monster!!",
      sender=("Bryn Jones", "brynjones.fishing@example-mail.co.uk"),
      body=f"""{SEC}!! Look at this (photo attached). 7lb 4oz sewin off the Lower
Beat at half eleven last night. Took me twenty minutes to get it in,
I was shaking like a leaf. Your dad would have been proud, he always
said that pool would give up a big one.

Had to put it back mind, over the size limit for killing one. Broke my
heart a bit but the committee would have had me hung drawn and
quartered.

Pint Friday?

Bryn
""",
      tags=("hobby", "personal", *HNV))

# 51 --------------------------------------------------------------------------
c.add("other", subject="Re: who's in tues???",
      sender=("Kieran Mullins", "kieran.mullins@example-mail.com"),
      to=["rhodri.bowen88@example-mail.com", SEC_ADDR],
      body=c.quote_reply("""in. but I swear if gareth misses another open goal from two yards I'm
burying him under the centre circle and we can play on his grave every
tuesday. it'd be an improvement, he'd finally be in the right position""",
                         """need 2 more for tuesday or we're dead, only got 8 so far""",
                         quoted_from="Rhodri Bowen <rhodri.bowen88@example-mail.com>", style="bottom"),
      tags=("hobby", "personal", *HNV))

# 52 --------------------------------------------------------------------------
c.add("bulk", subject="[TaffCameraClub] Street photography walk: shoot from the hip",
      sender=("Mike Danvers", "mike.danvers@example-mail.co.uk"),
      to="taffcameraclub@groups.example.io",
      headers=groupsio("taffcameraclub"),
      body="""Saturday's street walk is in Cardiff: meet at the top of Queen Street
by the Aneurin Bevan statue at 10.

Theme: "shoot from the hip". Camera at waist height, wide lens,
zone-focus at 3 metres, don't look through the viewfinder. You'll get a
lot of wonky rubbish and a few shots you'd never have got otherwise.

Etiquette: if someone asks you to delete a photo of them, delete it.
No kids without a parent's say-so. Be nice.

Pub at 1.

Mike
""",
      tags=("hobby", *HNV))

# 53 --------------------------------------------------------------------------
c.add("bulk", subject="Come and sing! Messiah from scratch - St Catherine's, 6 December",
      sender=("Côr Cymuned", "newyddion@corcymuned.example.cymru"),
      headers=c.newsletter_headers("Mailchimp"),
      fmt="html",
      html_body="""<html><body style="font-family:Georgia;max-width:600px;margin:auto;color:#222">
<h1 style="color:#7b1e3a;text-align:center">Messiah from Scratch</h1>
<p style="text-align:center"><b>Saturday 6 December &middot; St Catherine's Church, Pontypridd</b><br>
Rehearsal 1.30pm &middot; Performance 6pm</p>
<p>Bring a copy (Novello or Watkins Shaw) and your voice. No audition. We'll rehearse the
choruses in the afternoon and perform with the Valleys Sinfonia in the evening.</p>
<p>The Hallelujah chorus will be sung standing, in the traditional way, and the basses are
asked in advance not to attack &ldquo;King of Kings&rdquo; like they're storming a castle.</p>
<p>&pound;12 singers, &pound;8 audience, under-18s free.</p>
<p style="text-align:center"><a href="#">Book a place</a></p>
<p style="font-size:11px;color:#999;text-align:center"><a href="#">Dad-danysgrifio / Unsubscribe</a></p>
</body></html>""",
      body="",
      tags=("hobby", "newsletter", *HNV))

# 54 --------------------------------------------------------------------------
c.add("bulk", subject="Club dinner 29th - guest speaker confirmed",
      sender=("Cwm Taf RFC", "secretary@cwmtafrfc.example.cymru"),
      to=bcc_circular(),
      body="""Dear members and vice-presidents,

The annual dinner is on Saturday 29th. We're delighted to confirm our
guest speaker is former Wales flanker Dewi "the Hitman" Harries, who
has promised to tell the story of the 1994 Pontypool game "with the
bits the papers left out".

Tickets £38, three courses. Black tie optional (we know some of you
only own the one suit).

Tables of ten. Please send names to me by the 20th.

Gwilym
Hon. Secretary
""",
      tags=("hobby", *HNV))

# 55 --------------------------------------------------------------------------
c.add("other", subject="Re: Camera Club Newsletter",
      sender=("Alwyn Rees", "alwyn.rees.arps@example-mail.co.uk"),
      body=f"""Dear {SEC},

Thank you for your kind note after the competition. Your chapel
interior was a lovely piece of work. If I may say so, the only thing
that held it back was the blown-out window on the left. Next time try
bracketing and blending, or simply wait for a cloudier day. Light like
that is cruel, and it will kill the highlights every time.

I hope to see it again in the spring exhibition.

With best wishes,
Alwyn Rees ARPS
""",
      tags=("hobby", "personal", *HNV))

c.write()
