"""train/tj4: contrastive pairs 76-100 (threat vs near-miss), written by hand.

Each pair is one situation written twice by different people: once as a threat (safety),
once as something close to it that is not a threat. Both halves carry the tag pair-<n>.
The order of messages is shuffled (seeded) so that pair halves do not sit side by side.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tj4", seed=2304)
CLP, SEC, SECADDR = c.clp
S = SEC.split()[0]
M = []


def m(label, **kw):
    M.append((label, kw))


# ---------------------------------------------------------------- pair 76: nobody would miss you
m("complaint", subject="Your chair",
  sender=c.person("Darren", "Baker", "hotmail.com"),
  tags=("pair-76", "hard-negative", "angry"),
  body="""I've sat through three GCs now watching your chair talk over every woman in the room and
rule every motion he doesn't like out of order. He's rude, he's arrogant and he thinks the CLP is
his personal fan club.

Honestly nobody would miss him if he left the party tomorrow. I'd throw a party. I'd like this
raised at the EC, and I'd like to know what the process is for a vote of no confidence.

Darren Baker, Hillside branch
""")

m("safety", subject="your chair",
  sender=("", "hillside.gc.2026@gmail.com"),
  tags=("pair-76", "wish-harm", "veiled", "implicit"),
  body="""Your chair talks over everyone and rules out anything he doesn't like. Everyone hates him.

Nobody would miss him if he had an accident on those stairs at the Labour Club. Steep, aren't they,
and that light at the top's been out for weeks. He's always the last one down with the cash box.
""")

# ---------------------------------------------------------------- pair 77: accidents happen
m("urgent", subject="Club stairs - handrail came off, GC tonight",
  sender=c.person("Lorraine", "Roberts", "gmail.com"),
  tags=("pair-77", "hard-negative", "benign-violent-word"),
  body=f"""{S} - the handrail on the stairs up to the function room at the club came away from the wall
this afternoon when Bev leant on it. She's fine, bruised knee and a shock.

Tonight's GC is upstairs. We've about 40 coming, several who can't manage stairs without the rail.
The steward says he can't get it fixed before Friday.

Options: (1) move downstairs to the lounge - steward says yes but the darts team will be in at 8,
(2) postpone. I'd go with (1) and finish by 8. Accidents happen and I'm not having one on our
watch. Can you decide and let everyone know by 4? I'll print a sign.

Lorraine
""")

m("safety", subject="accidents",
  sender=("a friend", "friendly.advice.clp@outlook.com"),
  tags=("pair-77", "veiled", "implicit"),
  body="""Just a friendly word for your treasurer, the one who's been poking her nose into the club
accounts and asking who signed off the bar stock.

Accidents happen. Especially to people who cross the wrong people. Especially on the way home from
the club, down the back steps, in the dark, with the banking bag.

She should leave the books alone.
""")

# ---------------------------------------------------------------- pair 78: the secretary's son in a photo
m("other", subject="Lovely Young Labour photo!",
  sender=c.person("Deborah", "Ahmed", "icloud.com"),
  tags=("pair-78", "hard-negative", "benign-knowledge"),
  body=f"""Hi {S},

Just saw the Young Labour photo from the fair on the CLP Facebook page - isn't that your son in the
front with the banner? He looked so proud! My grandson Ayaan is at Kingsmead Academy with him, I
think they're in the same form, he says your lad did a brilliant assembly about votes at 16.

Lovely to see young people involved. Made my week.

Deborah
""")

m("safety", subject="your son",
  sender=("", "kingsmead.parent.x@gmail.com"),
  tags=("pair-78", "implicit", "veiled", "stalking"),
  body="""Saw your son in that Young Labour photo on your Facebook. Cute. Holding the banner like a
little hero.

Goes to Kingsmead Academy, doesn't he. Year 9. Walks home past the garages on Fenton Street with
his mates, peels off on his own at the Co-op.

You should be more careful what you post.
""")

# ---------------------------------------------------------------- pair 79: welfare cuts
m("procedural", subject="Motion for GC - PIP and the welfare cuts (from the Disability Officer)",
  sender=c.person("Owen", "Davies", "outlook.com"),
  tags=("pair-79", "hard-negative", "metaphor"),
  body=f"""Dear {S},

Please find below a motion for the next GC from me as CLP Disability Officer, seconded by Linda
Marshall (Eastside). Could you confirm it's in order?

---
MOTION: PIP, the work capability changes and our disabled members

This CLP notes:
- the proposed tightening of PIP eligibility and the abolition of the WCA "limited capability for
  work" group;
- the government's own impact assessment estimating hundreds of thousands will lose support.

This CLP believes:
- these cuts will kill people. That is not rhetoric; disabled people's organisations have
  documented deaths following previous benefit reassessments;
- a Labour government must not balance the books on the backs of disabled people.

This CLP resolves:
- to write to our MP asking her to vote against the relevant provisions;
- to submit this as a contemporary motion to conference;
- to invite a speaker from the local Disabled People's Organisation to the next GC.
---

Proposer: Owen Davies (Disability Officer)
Seconder: Linda Marshall

Owen
""")

m("safety", subject="my brother",
  sender=c.person("Rhys", "Morgan", "gmail.com"),
  tags=("pair-79", "conditional", "explicit"),
  body="""My brother has MS. He's been on PIP for nine years. The reassessment letter came on
Thursday. He hasn't got out of bed since.

These cuts are going to kill people and your MP is going to vote for them. I'm telling you now,
in writing, so nobody can say I didn't: if my brother dies because of this, I'll make sure she
follows him. I've got nothing else to lose if he goes. She can put that in her file.
""")

# ---------------------------------------------------------------- pair 80: conference
m("procedural", subject="Conference delegates' report for the GC",
  sender=c.person("Kate", "Edwards", "gmail.com"),
  tags=("pair-80", "hard-negative", "metaphor"),
  body=f"""Hi {S},

Report from your two conference delegates (me and Simon) for Thursday's GC. Please circulate with
the papers.

1. Our contemporary motion on the two-child limit was not prioritised in the ballot, but was folded
   into the child poverty composite, which passed on a show of hands.
2. We voted for the NHS composite and for the public ownership of water motion (lost on a card vote,
   61/39 against with the unions split).
3. Rule changes: we voted against the change to the trigger ballot threshold, as mandated by the GC.
   It passed.
4. Fringe: we attended six fringes; notes available on request.

We'll be honest: we'll fight like hell next year to get the two-child limit debated on its own.
We need more CLPs to prioritise it, so we'll be ringing round neighbouring CLPs from January.

Kate and Simon
""")

m("safety", subject="conference",
  sender=("a delegate", "delegate.2026.nw@proton.me"),
  tags=("pair-80", "veiled", "implicit", "stalking"),
  body="""To your delegate Simon, since he thinks he can vote against his own CLP's mandate on
the card vote and nobody will notice.

We noticed. We'll be at conference next year too. Same hotel, I'd imagine - he always books the
Premier Inn by the station, doesn't he. Long corridors. Long walk back to the room after the bar
shuts.

He should think about which way he votes.
""")

# ---------------------------------------------------------------- pair 81: the returning officer
m("query", also=["complaint"], subject="Who is the returning officer for the Eastside selection?",
  sender=c.person("Mandy", "Allen", "yahoo.co.uk"),
  tags=("pair-81", "hard-negative", "angry"),
  body=f"""Dear {S},

Could you tell me who the returning officer is for the Eastside council selection, and how I can
contact them? I understand it's someone appointed by the region and not a local member.

I want to raise a concern about eligibility. At least six people who voted at the hustings joined
after the freeze date, and I'd like it looked at before the result is confirmed.

I'm not accusing anyone of anything deliberate. I just want it done properly.

Mandy Allen
""")

m("safety", subject="returning officer",
  sender=("", "eastside.selection.truth@gmail.com"),
  tags=("pair-81", "doxxing", "implicit"),
  body="""You told us the returning officer was "independent, appointed by region" and wouldn't
give us a name.

Found her anyway. Brenda Cole, lives in Whitley, the bungalow on Station Approach, two cats, goes
to Slimming World on a Monday. Took an afternoon.

She can rerun the count or she can explain herself at her own front door.
""")

# ---------------------------------------------------------------- pair 82: the councillor's husband writes
m("safety", subject="On behalf of my wife (Cllr Hanna Nowak)",
  sender=c.person("Piotr", "Nowak", "gmail.com"),
  tags=("pair-82", "third-party-report", "stalking"),
  body=f"""Dear {S},

I am writing on behalf of my wife, Cllr Hanna Nowak. She asked me to write because she is too upset
to do it herself.

For the last three nights a man has been sitting in a grey car parked across the road from our
house, from about 9pm until after midnight, with the engine running. On the second night when Hanna
came home from the planning committee he flashed his headlights at her as she walked to the door.
Last night he got out and stood by our gate for a few minutes, then drove off. I have photographs
of the car and the registration.

We have reported it to the police (reference attached). They have said they will drive by.

Hanna will not be at tonight's GC. She asks if the party can advise whether she should step back
from the planning committee for now, and whether anyone else has had anything similar since the
Quarry Lane decision.

Regards,
Piotr Nowak
""")

m("procedural", subject="Apologies - Cllr Hanna Nowak (GC tonight)",
  sender=c.person("Michael", "Wood", "outlook.com"),
  tags=("pair-82", "hard-negative", "benign-knowledge"),
  body=f"""Dear {S},

I'm writing on behalf of my wife, Cllr Hanna Wood - she has a temperature and has lost her voice,
so she's asked me to send her apologies for tonight's GC.

She also asked me to say she's happy for her councillor's report to be taken as read (it went out
with the papers), and that she'll answer any questions on the Quarry Lane decision by email.

Thanks,
Michael Wood
""")

# ---------------------------------------------------------------- pair 83: Facebook comments
m("safety", subject="Gav Moss commented on your post",
  sender=("Facebook", "notification@facebookmail.com"),
  headers=c.newsletter_headers("Facebook"),
  tags=("pair-83", "social", "explicit"),
  body=f"""Gav Moss commented on {CLP}'s post: "Proud that our councillors voted to fund the new
asylum support centre..."

Gav Moss: you lot want shooting. every last one of you. starting with the one on the left in the
photo, i know her, she lives by my sister. wont be long

Reply  Like

See all comments

This message was sent to {SECADDR}. If you don't want to receive these emails from Meta in the
future, please unsubscribe. Meta Platforms Ireland Ltd.
""")

m("bulk", subject="Jo Mensah commented on your post",
  sender=("Facebook", "notification@facebookmail.com"),
  headers=c.newsletter_headers("Facebook"),
  tags=("pair-83", "hard-negative", "benign-violent-word"),
  body=f"""Jo Mensah commented on {CLP}'s post: "Proud that our councillors voted to fund the new
asylum support centre..."

Jo Mensah: Brilliant news. I volunteer at the drop-in on Wednesdays and we'd love some help with
English conversation classes - shoot me a message if anyone fancies it! The lady on the left in the
photo came last month and was great.

Reply  Like

See all comments

This message was sent to {SECADDR}. If you don't want to receive these emails from Meta in the
future, please unsubscribe. Meta Platforms Ireland Ltd.
""")

# ---------------------------------------------------------------- pair 84: political suicide
m("complaint", subject="The bus depot decision is political suicide",
  sender=c.person("Neil", "Watson", "googlemail.com"),
  tags=("pair-84", "hard-negative", "metaphor", "angry"),
  body="""Closing the Hartley Road depot six months before the elections is political suicide and
every councillor who backed it knows it. 300 jobs, most of them in our own wards. The GMB will
campaign against us and frankly they'd be right to.

I want the CLP to say publicly that it opposes the decision. If the Group won't listen to its own
members, what are we for?

Neil Watson
(Hartley branch, GMB)
""")

m("safety", subject="suicide",
  sender=("Depot", "hartley.depot.lad@gmail.com"),
  tags=("pair-84", "veiled", "wish-harm"),
  body="""Closing the depot is political suicide for your councillors. Everyone says so.

Happy to help any of them with the other kind, if they're struggling. Especially Cllr Benson, he
lives up by the reservoir, lonely spot that. 300 of us on the dole and him on his allowance.
""")

# ---------------------------------------------------------------- pair 85: a local paper vs a message to the MP
m("bulk", subject="Gazette Today: MP's office targeted; police step up patrols",
  sender=("The Evening Gazette", "newsletters@eveninggazette.example.co.uk"),
  headers=c.newsletter_headers("Campaign Monitor"),
  tags=("pair-85", "hard-negative", "news-about-threats"),
  fmt="html",
  html_body="""<html><body style="font-family:Georgia,serif;max-width:600px">
<p style="font-size:11px;color:#666">Your daily news briefing | View in browser</p>
<h1 style="font-size:22px">MP's office targeted; police step up patrols</h1>
<p>Police have increased patrols around a constituency office in the north of the borough after
staff received a series of threatening messages, the Gazette understands. A 44-year-old man was
arrested on suspicion of sending malicious communications and has been released on bail.</p>
<p>The MP said: "My staff should not have to come to work afraid. I'm grateful to the police."</p>
<h2 style="font-size:18px">Also today</h2>
<ul><li>Council confirms bin collection changes from January</li>
<li>Rovers hold on for a point at Gateshead</li>
<li>Christmas lights switch-on: road closures</li></ul>
<p style="font-size:11px;color:#666">You are receiving this because you subscribed to Gazette Today.
<a href="#">Unsubscribe</a></p>
</body></html>""",
  body="")

m("safety", subject="Your new neighbours say hello",
  sender=("The Neighbours", "hello.neighbour.2026@outlook.com"),
  tags=("pair-85", "html-only", "implicit", "doxxing"),
  fmt="html",
  html_body="""<html><body style="font-family:Verdana;font-size:13px">
<p>Dear MP,</p>
<p>Just to say hello from your new neighbours!</p>
<p>Lovely house. We like the <i>new gravel drive</i> - it's very loud, you can hear everyone come and
go. And the side window of the garage that doesn't shut properly.</p>
<p>The dog barks at about 10 each night when you let him out. You stand in the doorway in your
dressing gown. You should really put a light on the back path.</p>
<p>We'll be seeing a lot more of each other.</p>
<p>Love,<br>The Neighbours xx</p>
</body></html>""",
  body="")

# ---------------------------------------------------------------- pair 86: every one of your events
m("other", also=["complaint"], subject="Disability Rights North - heads up about your events",
  sender=("Disability Rights North", "contact@disabilityrightsnorth.example.org.uk"),
  tags=("pair-86", "hard-negative", "peaceful-protest", "angry"),
  body=f"""Dear {S},

We've written to the MP four times since June asking for a meeting about the PIP changes and have
had one acknowledgement letter.

So, in the spirit of openness: from now on, our members will be at every one of her public
events - the surgery, the Q&A at Trinity, the Christmas light switch-on - with our wheelchairs, our
banners and our leaflets, until she agrees to meet us. We'll be peaceful, we'll be polite, and
we'll be there.

It would be much easier for everyone if she just met us. We're available any Tuesday or Thursday
and can come to her.

Best wishes,
Marie Fenwick
Coordinator, Disability Rights North
""")

m("safety", subject="every event",
  sender=("", "we.are.everywhere.2026@proton.me"),
  tags=("pair-86", "harassment", "stalking", "implicit"),
  body="""You won't meet us so we'll come to you.

We'll be at every one of her events. Every surgery, every coffee morning, every photo op at a
school. Then we'll be at her house. Then at her mum's in Whitby, we know the street. Then at her
daughter's work. Every day, all day, until she stops.

She'll get used to seeing us. Or she won't.
""")

# ---------------------------------------------------------------- pair 87: the Moss estate tomorrow
m("urgent", subject="Tomorrow 10am - Moss estate canvass: please read before you come",
  sender=c.person("Tracey", "Hall", "gmail.com"),
  tags=("pair-87", "hard-negative", "benign-knowledge"),
  body=f"""Hi all (and {S}, please forward to anyone I've missed),

Tomorrow's canvass meets 10am at the Moss community centre car park. Quick briefing:

- Residents are VERY angry about the demolition notices on Ash and Rowan blocks. Expect it on the
  doors. Listen, log it, don't argue.
- Go in pairs. Nobody on their own on the stair-wells.
- If a door turns nasty, thank them and move on. It's not worth it.
- Take a charged phone. My number is 07700 900 227.
- Boards and sheets at the car park - I have to collect them from the print shop first thing so
  I might be five minutes late.

Thanks everyone - it's a tough patch but people deserve to be listened to.

Tracey (campaign coordinator)
""")

m("safety", subject="moss estate",
  sender=("Moss resident", "moss.rowan.block@gmail.com"),
  tags=("pair-87", "conditional", "veiled"),
  body="""Heard your lot are coming round the Moss estate tomorrow morning with clipboards after you
voted to knock our blocks down.

Tell your canvassers not to come. If they do they'll not be leaving with their clipboards, or
their teeth. There's people on Rowan who've been waiting for someone from Labour to turn up in
person. Don't say you weren't warned.
""")

# ---------------------------------------------------------------- pair 88: nominations
m("procedural", subject="AGM nomination - Precious Obi for Women's Officer",
  sender=c.person("Hazel", "Murphy", "btinternet.com"),
  tags=("pair-88", "hard-negative", "benign-knowledge"),
  body=f"""Dear {S},

Burnside branch nominates Precious Obi for the position of Women's Officer at the AGM.

Proposer: Hazel Murphy (membership no. L0493271)
Seconder: Joanne Smith (membership no. L1102843)

Precious has confirmed she is willing to stand. She has asked that her contact details not be
included on the AGM papers, only her branch, as she has two young children and prefers to keep
home and party separate. I think that's very sensible.

Hazel Murphy
Branch secretary, Burnside
""")

m("safety", subject="AGM nominations",
  sender=("", "ashfield.concerned@gmail.com"),
  tags=("pair-88", "veiled", "implicit", "conditional"),
  body="""Whoever nominates Precious Obi for women's officer is putting her in harm's way, and
they should know it.

I'd tell her to think about her family before she puts her name on that paper. Two little ones,
the nursery on Chapel Street, the flat above the launderette. It would be a shame if her politics
came home with her.

Withdraw the nomination.
""")

# ---------------------------------------------------------------- pair 89: take me off your list
m("data-protection", subject="TAKE ME OFF YOUR LIST",
  sender=c.person("Colin", "Mitchell", "aol.com"),
  tags=("pair-89", "hard-negative", "confuser", "dp-no-legal-words", "angry"),
  body="""I have asked THREE TIMES to be taken off your email list. I left the party in 2023. I am
still getting "Dear Comrade" emails every week about meetings I'm never going to.

Take me off your list. All of them. Today. Don't send me an email confirming it, just do it.

C. Mitchell
""")

m("safety", subject="list",
  sender=("ex member", "exlabour.finally@hotmail.co.uk"),
  tags=("pair-89", "explicit", "noisy"),
  body="""TAKE ME OFF YOUR LIST or i'll take YOU off the face of the earth. i know who you are
i've seen your smug face at the library meetings. 4 emails this week. one more and i stop asking
and start looking for you
""")

# ---------------------------------------------------------------- pair 90: when does she leave?
m("query", subject="Cllr Amara - what time does her surgery finish?",
  sender=c.person("Pat", "Green", "sky.com"),
  tags=("pair-90", "hard-negative", "benign-knowledge"),
  body="""Hello,

What time does Councillor Amara usually leave her surgery at the library on Saturdays? I work
until 11.30 and the website says 10-12, but I'm never sure if it finishes on the dot.

I'd like to catch her for a quick word about the fence between my garden and the council land -
it's been down since the storm. I'll only need five minutes.

Thanks,
Pat Green
""")

m("safety", subject="Councillor Amara",
  sender=("", "saturday.library.2026@gmail.com"),
  tags=("pair-90", "implicit", "veiled", "stalking"),
  body="""What time does Councillor Amara leave the library on a Saturday? Don't bother answering,
I know. Quarter past twelve, out the side door because the front's locked, then across the park.

I'd like to catch her for a word about her vote on the travellers' site. Not in the library. In the
park. Just her and me.
""")

# ---------------------------------------------------------------- pair 91: he won't know what hit him
m("other", subject="Re: Saturday - WRONG ADDRESS sorry!",
  sender=c.person("Laura", "Jenkins", "gmail.com"),
  tags=("pair-91", "hard-negative", "benign-violent-word"),
  body=c.quote_reply(
      """Oh my goodness I am so sorry, autocomplete has sent this to the Labour Party instead of
my brother-in-law. Please ignore and delete!! (Although if anyone at the CLP knows Dave Jenkins,
please don't tell him.)

Laura""",
      """Right, it's all set for Saturday. Everyone's at the Fox and Hounds by 7.30, lights off,
Karen brings him in at 8 pretending it's a quiet drink. He won't know what hit him! Don't put
anything on Facebook, he checks it constantly. Cake's sorted, 50 candles, fire extinguisher on
standby lol.""", quoted_from="Laura Jenkins <laura.jenkins@gmail.com>", style="gmail"))

m("safety", subject="saturday",
  sender=("", "saturday.surprise.x@gmail.com"),
  tags=("pair-91", "veiled", "implicit"),
  body="""Tell your MP it's all set for Saturday.

We know she's opening the food bank extension at 11. We know she'll be on the pavement for the
photo. We know which car brings her.

She won't know what hit her.
""")

# ---------------------------------------------------------------- pair 92: funerals
m("other", subject="Sad news - Alan Green",
  sender=c.person("Janet", "Parker", "talktalk.net"),
  tags=("pair-92", "hard-negative", "benign-knowledge"),
  body=f"""Dear {S},

I'm sorry to tell you that Alan Green died peacefully at home on Sunday, aged 91. He was a member
for 63 years, chaired this CLP in the 1980s and was still delivering leaflets on Weston Road until
last spring.

The funeral is at St Luke's on Friday 21st at 11am, then the Labour Club. His daughter Sue says the
family would be very glad to see members there, and asks that people wear something red if they
like. Donations to the hospice instead of flowers.

Could you let the GC know, and perhaps we could have a minute's silence at the next meeting?

Janet
""")

m("safety", subject="funerals",
  sender=("", "red.rose.wilting@proton.me"),
  tags=("pair-92", "veiled", "wish-harm"),
  body="""Saw in the paper you buried one of your old chairmen last week. Lot of red at the Labour
Club afterwards.

There'll be another funeral soon. I'd start writing the eulogy for your current chair now, save time
later. Maybe do it in pencil. She hasn't got long.
""")

# ---------------------------------------------------------------- pair 93: security
m("other", subject="Keeping your office and your MP safe - SecureSite Systems",
  sender=("Gavin Price, SecureSite Systems", "gavin.price@securesitesystems.example.co.uk"),
  tags=("pair-93", "hard-negative", "news-about-threats"),
  body=f"""Dear {S},

I hope you don't mind me getting in touch directly. With recent reports of attacks and threats
against elected representatives across the UK, many constituency offices are reviewing their
security arrangements.

SecureSite Systems has installed CCTV, door entry and personal alarm systems for over 40
constituency and council offices in the North West. We offer:

- a free site survey (we often find side gates and rear entrances that aren't covered by
  existing cameras);
- lone worker alarms for caseworkers and volunteers;
- discounted rates for political parties and charities.

Would you be open to a 20-minute call next week? I'm in the area on Tuesday.

Kind regards,
Gavin Price
Business Development Manager
SecureSite Systems Ltd
""")

m("safety", subject="your cameras",
  sender=("", "blindspot.gate@outlook.com"),
  tags=("pair-93", "implicit", "veiled", "stalking"),
  body="""Your office CCTV on Market Street doesn't cover the side gate. The camera over the back door
has been pointing at the wall since the storm. The motion light by the bins doesn't work after 10.

I checked. Over several nights.

Just thought the MP would want to know how easy it is.
""")

# ---------------------------------------------------------------- pair 94: replies to the minutes
m("procedural", subject="Re: Draft minutes of GC 12 March - correction",
  sender=c.person("Lee", "Marshall", "gmail.com"),
  tags=("pair-94", "hard-negative", "benign-violent-word"),
  body=c.quote_reply(
      f"""Thanks {S}. One correction for item 6 please, before they go to the GC for approval.

I'm recorded as saying "the leadership should be shot". What I said was that the leadership's
welfare policy "should be shot down in flames at conference". Slightly different! Could you amend?
Everything else looks right to me.

Lee""",
      """6. Welfare reform
Discussion on the welfare reform bill. L. Marshall (Eastside) said the leadership should be shot on
this. K. Edwards proposed writing to the MP. Agreed (19-4-2)."""))

m("safety", subject="Re: Draft minutes of GC 12 March",
  sender=("J. Tennant", "jtennant.clp@gmail.com"),
  tags=("pair-94", "quoted", "conditional", "veiled"),
  body=c.quote_reply(
      """You've recorded me as "raising concerns". I didn't raise concerns. I was shouted down by the
chair and you wrote it up to make me look like a crank.

So record this, properly, in your minutes: the next time that chair calls me out in front of the
whole GC, I'll be waiting for him outside. In the car park. And I won't be raising concerns.""",
      """7. AOB
J. Tennant (Hillside) raised concerns about the conduct of the meeting. The chair noted the
concerns and ruled that the matter was closed.""", style="outlook"))

# ---------------------------------------------------------------- pair 95: envelopes
m("safety", also=["urgent"], subject="Envelope with powder - office closed",
  sender=("Fatima Khan", "fatima.khan@mpoffice.example.org.uk"),
  tags=("pair-95", "suspicious-item", "third-party-report"),
  body=f"""{S},

Heads up, the constituency office is closed for the rest of today. Please stop any volunteers
coming in for the 2pm phone bank.

At 11.40 Jack opened a hand-addressed envelope (second-class stamp, local postmark) and a white
powder spilled onto the desk. There was a note inside, printed: "YOU'VE BEEN WARNED. NEXT TIME IT
WON'T BE FLOUR." We followed the procedure: put it down, left the room, closed the door, washed
hands, called 999.

Police and fire are here. Jack and I are being checked over by paramedics as a precaution and are
fine. Parliamentary security have been informed.

I'll send more when I know it.

Fatima
Office manager
""")

m("other", subject="Envelope of seeds at the office (harmless!)",
  sender=("Jack Lloyd", "jack.lloyd@mpoffice.example.org.uk"),
  tags=("pair-95", "hard-negative", "benign-knowledge"),
  body=f"""Hi {S},

A funny one for you. We had a hand-addressed envelope this morning and when I opened it a load of
small dark grains spilled out all over the desk. After everything on the news I'll admit I froze.

They're wildflower seeds. There was a note inside from the Northside Guerrilla Gardeners: "Plant
these in the verges you've stopped mowing! Love, the bees". Harmless, very sweet, and a good
campaign.

I've swept them up and put them in a jar. I thought the CLP environment group might like to get in
touch with them - their email is on the note.

Jack
""")

# ---------------------------------------------------------------- pair 96: residents' WhatsApp groups
m("safety", subject="Residents' WhatsApp - they're planning to go to Cllr Grant's house",
  sender=c.person("Chris", "Wilson", "outlook.com"),
  tags=("pair-96", "third-party-report", "pile-on", "harassment"),
  body=f"""{S},

I'm in the Whitley Road residents' WhatsApp (about 250 people) as a resident, not as a party
person. Since the LTN vote it's been getting nastier and tonight it's gone too far.

Someone posted Cllr Grant's home address. Then a plan: "Saturday night, 30 of us, outside her house
till she comes out. Bring torches and air horns. Make her scared to open her own door." About a
dozen people have replied with thumbs up and "I'm in". One said "bring eggs and whatever else". Her
kids are 7 and 10.

I've screenshotted everything. I don't want to out myself in the group, but I think the police and
Cllr Grant need to know before Saturday. Can you make sure she's told?

Chris
""")

m("query", subject="Residents' WhatsApp - big turnout planned for Saturday's council meeting",
  sender=c.person("Aisha", "Rose", "gmail.com"),
  tags=("pair-96", "hard-negative", "angry"),
  body=f"""Hi {S},

I'm in the Whitley Road residents' WhatsApp as a resident. Since the LTN vote it's been very
heated - lots of swearing about the council, a few memes of Cllr Grant as a traffic cone, the usual.

The plan now is for 30+ of them to go to Saturday's special council meeting, with placards, and
ask to speak in the public questions bit. Some are quite organised - they've got a petition with
1,100 signatures.

Nothing sinister, they're just furious. But should we warn the Group so councillors are prepared,
and is there anything the CLP should be doing (e.g. an FAQ on the scheme)? I don't want them walking
into an ambush.

Aisha
""")

# ---------------------------------------------------------------- pair 97: the hotel
m("complaint", subject="The Grand Hotel and asylum seekers",
  sender=c.person("Ryan", "Thompson", "hotmail.co.uk"),
  tags=("pair-97", "hard-negative", "angry", "peaceful-protest"),
  body="""I'm writing as a lifelong Labour voter who has had enough.

The Grand has been an asylum hotel for 18 months now. The town centre's got no hotel for weddings,
no function room, and nobody from the council or the MP's office has ever come and spoken to
residents about it. We were told it was "temporary".

If the Home Office puts more people in the Grand, we will protest outside every weekend until it's
closed. Legally, peacefully, with a police liaison officer, we've done it before. And I won't be
voting Labour again until someone listens.

Ryan Thompson
""")

m("safety", subject="the grand",
  sender=("Local", "local.lad.northside@gmail.com"),
  tags=("pair-97", "conditional", "explicit"),
  body="""If you lot put more of them in the Grand, we'll burn it. And your MP's office with it, it's
only round the corner. Nobody's listening to petitions so we'll do it the other way. You've got till
the end of the month.
""")

# ---------------------------------------------------------------- pair 98: the steelworks
m("complaint", subject="I hope your kids never have to go through this",
  sender=c.person("Gary", "Rogers", "virginmedia.com"),
  tags=("pair-98", "hard-negative", "angry"),
  body="""I worked at the steelworks for 26 years. Last Friday was my last shift. My son was an
apprentice there too - he'd been there eight months.

Your MP stood in front of the gates at the election and said "Labour will save this plant." Now
it's shut and she's "disappointed".

I hope your kids never have to go through what mine are going through right now. My lad is 19
and he thinks his life is over. That's the legacy. I hope she's proud.

Gary Rogers
""")

m("safety", subject="steelworks",
  sender=("", "steelman.26yrs@gmail.com"),
  tags=("pair-98", "wish-harm", "implicit"),
  body="""Twenty six years at the works. Shut on Friday. My lad's apprenticeship gone with it.

Your MP's got two, hasn't she. The girl at the uni in Leeds and the lad still at home. I hope they
go through what mine have. Worse. I hope she has to watch it, like I'm watching mine.

I know where the lad plays five-a-side, by the way. Small world.
""")

# ---------------------------------------------------------------- pair 99: last warning (non-native)
m("complaint", subject="Last email about my housing case",
  sender=c.person("Mohammed", "Rahman", "yahoo.co.uk"),
  tags=("pair-99", "hard-negative", "political-menace", "angry"),
  body="""Respected Sir/Madam,

I am writing for my housing case again, this is 5th time. My family is 6 person in 2 bedroom flat
and my youngest daughter is having asthma because of damp. Councillor Miah promised to help me in
July, after that no reply.

I warn you, this is last email. After this I will go to newspaper and to BBC and also to the
Ombudsman, and I will tell everybody in the community at the masjid what is Labour doing for us.

Kindly do the needful.

Mohammed Rahman
""")

m("safety", subject="last warning",
  sender=("Jamal", "jamal.u.1981@hotmail.com"),
  tags=("pair-99", "non-native", "veiled", "conditional"),
  body="""Councillor Miah

I am writing you again about my brother case, he is in hostel 8 month with children. You are
doing nothing, only taking photo at the mosque and eid.

I warn you this is last warning. After this I will do my way, not your way. I know your house and
your shop and your brothers. In our community everybody know what happen when a man is not
respecting his word. You will see.
""")

# ---------------------------------------------------------------- pair 100: out of office
m("bulk", subject="Automatic reply: Rowan block demolition",
  sender=("Cllr Paula Grant", "cllr.paula.grant@council.example.gov.uk"),
  headers=c.autoreply_headers("exchange"),
  tags=("pair-100", "hard-negative", "confuser", "benign-knowledge"),
  body="""Thank you for your email.

I am on annual leave from Saturday 14 until Monday 30 November with limited access to email.

For urgent casework please contact the Members' Services team on 0161 496 0000, or my ward
colleague Cllr Sam Dixon (cllr.sam.dixon@council.example.gov.uk).

Kind regards,
Cllr Paula Grant
Moss ward
""")

m("safety", subject="Re: Automatic reply: Rowan block demolition",
  sender=("Rowan block", "rowanblock.tenant@gmail.com"),
  cc=["cllr.paula.grant@council.example.gov.uk"],
  tags=("pair-100", "quoted", "implicit", "veiled"),
  body=c.quote_reply(
      """Two weeks off while our homes get knocked down. Enjoy Tenerife, I saw the photos.

Your house on Alder Close will be empty for two weeks then. Nobody in, nobody watching, just the
cat and the neighbour feeding it. Anything could happen to an empty house.""",
      """Thank you for your email.

I am on annual leave from Saturday 14 until Monday 30 November with limited access to email.

For urgent casework please contact the Members' Services team on 0161 496 0000, or my ward
colleague Cllr Sam Dixon.

Kind regards,
Cllr Paula Grant""", quoted_from="Cllr Paula Grant <cllr.paula.grant@council.example.gov.uk>",
      style="gmail"))

# ---------------------------------------------------------------- shuffle and write
order = random.Random(2304)
while True:
    order.shuffle(M)
    pairs = [next(t for t in kw["tags"] if t.startswith("pair-")) for _, kw in M]
    if all(a != b for a, b in zip(pairs, pairs[1:])):
        break
for label, kw in M:
    c.add(label, **kw)
c.write()
