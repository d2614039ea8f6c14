"""train/tj3: contrastive pairs 51-75 (threat vs near-miss), written by hand.

Each pair is one situation written twice by different people: once as a threat (safety),
once as something close to it that is not a threat. Both halves carry the tag pair-<n>.
The order of messages is shuffled (seeded) so that pair halves do not sit side by side.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tj3", seed=2303)
CLP, SEC, SECADDR = c.clp
S = SEC.split()[0]
M = []


def m(label, **kw):
    M.append((label, kw))


# ---------------------------------------------------------------- pair 51: what you deserve
m("safety", subject="NHS",
  sender=("Wendy", "wendy.s.1961@hotmail.co.uk"),
  tags=("pair-51", "wish-harm", "html-only"),
  fmt="html",
  html_body="""<div style="font-family:Calibri,sans-serif">My husband waited 19 hours on a trolley at the Royal.
<br><br>Your MP stood on the steps of that hospital for a photo in July.<br><br>
<b>I hope she gets cancer. I hope she waits 19 hours. I hope it's slow.</b><br><br>
Print that and give it her.<br><br>Sent from my Galaxy</div>""",
  body="")

m("complaint", subject="19 hours on a trolley",
  sender=c.person("Pauline", "Jackson", "hotmail.co.uk"),
  tags=("pair-51", "hard-negative", "political-menace", "angry"),
  body="""My husband waited 19 hours on a trolley in a corridor at the Royal on Sunday. He is 81 and
has heart failure. Nobody could tell us anything.

Your MP stood on the steps of that hospital for a photograph in July saying the NHS was "on the
road to recovery". I'd like her to come and sit in that corridor for one night.

I hope she gets what she deserves at the next election. I'll be voting and so will my three
grown-up children, and not for her.

Pauline Jackson
""")

# ---------------------------------------------------------------- pair 52: days are numbered
m("procedural", subject="Notice of motion of no confidence in the Chair - GC 21st",
  sender=c.person("Fiona", "Mensah", "gmail.com"),
  tags=("pair-52", "hard-negative", "political-menace"),
  body=f"""Dear {S},

Under standing order 7(c), please accept this notice of a motion for the General Committee on the
21st. It has been agreed by Harbour branch and Old Town branch.

"This GC has no confidence in the Chair of the CLP, and calls for an election for the post at
the next GC, with nominations to open immediately."

Mover: Fiona Mensah (Harbour)
Seconder: Abdul Rahman (Old Town)

I'd be grateful if you'd confirm it is in order and will appear on the agenda. For the avoidance
of doubt, I've told Roger myself, face to face, before sending this - I didn't want him to hear it
second hand. He knows his days as chair are numbered and, to be fair to him, he took it well.

Fiona Mensah
Secretary, Harbour branch
""")

m("safety", subject="Roger",
  sender=("", "oldtown.member@outlook.com"),
  tags=("pair-52", "veiled", "harassment"),
  body="""Tell Roger his days are numbered.

Not as chair. I don't care about the chair.

He can start counting them. He'll know when I've got to zero.
""")

# ---------------------------------------------------------------- pair 53: remembered
m("procedural", subject="Motion for GC - Ceasefire and arms sales (Old Town branch)",
  sender=c.person("Abdul", "Rahman", "hotmail.com"),
  tags=("pair-53", "hard-negative", "political-menace"),
  body=f"""Dear {S},

Old Town branch passed the following motion on Tuesday (18 for, 3 against, 2 abstentions) and asks
that it be placed on the agenda of the next GC.

---
This CLP:
1. Notes the continuing loss of civilian life in Gaza;
2. Believes the UK should suspend all arms export licences where there is a clear risk of use in
   violation of international humanitarian law;
3. Calls on our MP to support this position publicly and to vote accordingly;
4. Resolves to send this motion to the NPF and to the regional office.
---

One further thing, as a branch we asked that the vote at GC be recorded. Members feel very strongly
and people who vote against this will be remembered by their branches when it comes to delegate
elections at the AGM. That's how accountability works.

Abdul Rahman
Secretary, Old Town branch
""")

m("safety", subject="Website enquiry: GC vote",
  sender=c.form_robot(), reply_to="accountable.now@proton.me",
  tags=("pair-53", "webform", "veiled"),
  body=c.webform({
      "Name": "Accountable",
      "Email": "accountable.now@proton.me",
      "Enquiry type": "Other",
      "Message": """Message for your GC delegates before the ceasefire vote. We'll have the recorded
vote from someone in the room by 10pm. Delegates who vote against will be remembered. And visited.
We have the delegate list with addresses from last year's AGM papers that someone left on a bus.""",
  }, form="Contact the CLP"))

# ---------------------------------------------------------------- pair 54: the window
m("other", also=["query"], subject="Labour Club window - insurance?",
  sender=c.person("Dai", "Griffiths", "btinternet.com"),
  tags=("pair-54", "hard-negative", "benign-violent-word"),
  body=f"""Evening {S},

The big front window at the Labour Club got a football through it this afternoon - the under-11s
from the rec, their coach came round straight away, very apologetic and offered to pay. No-one
hurt, glass all over the bar though.

I've boarded it up for tonight. Glazier can come Thursday, £340 + VAT. Do we claim on the CLP
insurance or does the club committee's policy cover it? I can never remember which one is which.

Dai
(Club steward)
""")

m("safety", subject="window",
  sender=("", "remember.the.window@gmail.com"),
  tags=("pair-54", "veiled", "implicit"),
  body="""Remember the brick through the front window of your Labour Club this time last year? You
told the paper it was "kids".

It wasn't kids. Next time it won't be a brick and it won't be the club, it'll be the secretary's
front window. Ground floor, no curtains in the kitchen, light on till late.

Stop the hostel.
""")

# ---------------------------------------------------------------- pair 55: lose my home
m("complaint", subject="We are going to lose our home because of this council",
  sender=c.person("Jason", "Moore", "outlook.com"),
  tags=("pair-55", "hard-negative", "angry"),
  body="""I'm going to lose my home because of you. I want you to know that. Because of a
decision your group made in a room I wasn't allowed in.

We've lived at Ravensworth Court for 17 years. Our kids grew up there. The council has voted to
"regenerate" it, which as far as I can see means knocking it down and selling the land to a
developer who will put up flats we couldn't afford in a million years. The "right to return" in
the letter is to "a comparable property" which could be anywhere in the borough.

I'm not a political person. I didn't even know who my councillor was until last month. But I
know this: every Labour councillor who voted for this should have to look my son in the eye and
tell him why he's moving schools in Year 10.

I want a meeting. I want it in writing. I'm copying this to the Gazette.

Jason Moore
Flat 22, Ravensworth Court
""")

m("safety", subject="Ravensworth",
  sender=c.person("Craig", "Nolan", "gmail.com"),
  tags=("pair-55", "conditional", "veiled", "embedded"),
  body="""I went to your consultation. I filled in your survey. I went to the cabinet meeting and sat
in the gallery and watched them vote for it in eleven minutes. I wrote to the councillor, I wrote
to the MP, I wrote to the ombudsman. I've done everything your leaflets told me to do.

Seventeen years in that flat. My wife's ashes are scattered in the garden at the back, the bit
they're putting the car park on. Nobody on that cabinet asked about that.

So here's the deal. I'm going to lose my home because of you people, so it's only fair you lose
yours. Councillor Haworth, the big semi on Moor Lane. I've walked past it a few times now. If that
demolition notice isn't withdrawn he'll find out how it feels to have someone decide what happens
to his house.

I've got nothing left to lose and he should think very hard about what that means.
""")

# ---------------------------------------------------------------- pair 56: bring the estate
m("complaint", subject="Parkside meeting Tuesday - I'll be there",
  sender=c.person("Sharon", "Turner", "yahoo.co.uk"),
  tags=("pair-56", "hard-negative", "angry"),
  body="""Hello

I've just seen the notice about the public meeting on the Parkside youth centre on Tuesday. I'll be
at the meeting to have my say and I'll be bringing half the estate with me. The mums' group, the
football lot, the lads who actually use the place. We're going to fill that hall.

Your councillor said "no decisions have been made" - then why has the youth worker been given
notice?

Please make sure there are enough chairs and that residents actually get to speak this time, not
just listen to a PowerPoint.

Sharon Turner
""")

m("safety", subject="parkside tuesday",
  sender=("Parkside", "parkside.lads2026@gmail.com"),
  tags=("pair-56", "veiled", "implicit"),
  body="""ill be at the meeting tuesday. so will some of the lads from the estate who used to go to
that youth club before you lot shut it on them

we wont be asking questions. we'll be waiting for cllr Okoro after, out the back where he parks
by the garages. just want a quiet word. him and the lads. no cameras
""")

# ---------------------------------------------------------------- pair 57: cancelled again (quoted replies)
m("procedural", also=["complaint"], subject="Re: Branch meeting CANCELLED tonight",
  sender=c.person("Chris", "Anderson", "gmail.com"),
  tags=("pair-57", "hard-negative", "angry", "political-menace"),
  body=c.quote_reply(
      """Third cancellation since June. I understand people are ill and busy but the branch has not
met properly in five months and we still haven't discussed the selection timetable or elected a
delegate.

Cancel on us again and see what happens at the AGM. I'll be moving that the branch officers are
all re-elected from scratch and that we set a fixed meeting date in the standing orders so this
can't happen any more. Please put that on the next agenda as a notice of motion.

Chris Anderson""",
      """Hi all,

Apologies - tonight's Longmoor branch meeting is CANCELLED as the chair is unwell and the hall has
a double booking. We will reschedule as soon as possible.

Best wishes,
Branch Secretary"""))

m("safety", subject="Re: Branch meeting CANCELLED tonight",
  sender=("G. Platt", "gplatt.longmoor@hotmail.com"),
  tags=("pair-57", "quoted", "veiled", "conditional"),
  body=c.quote_reply(
      """Third time. Third time you've cancelled on us with four hours' notice.

Cancel on us again and see what happens to you. Not at the AGM. To you. I've been patient for five
months and I've got nothing left to lose. I know where you'll be on Thursday whether there's a
meeting or not.""",
      """Hi all,

Apologies - tonight's Longmoor branch meeting is CANCELLED as the chair is unwell and the hall has
a double booking. We will reschedule as soon as possible.

Best wishes,
Branch Secretary""", style="bottom"))

# ---------------------------------------------------------------- pair 58: addresses
m("data-protection", subject="Why is my address on your leaflet??",
  sender=c.person("Rosa", "Phillips", "gmail.com"),
  tags=("pair-58", "hard-negative", "confuser", "dp-no-legal-words", "angry"),
  body="""I've just had your Focus-style leaflet through the door (the one about the crossing on
Bury Road) and it has a "resident's quote" from me, with my full name and "Bury Road" underneath,
and my house is the only one with a photo next to it.

I did sign your petition about the crossing. I did NOT say you could print my name and street on
a leaflet that's gone to 3,000 houses. I live alone.

Take it off whatever you put online and don't use it again. And I'd like to know who decided that
was OK.

Rosa Phillips
""")

m("safety", subject="how do you like it",
  sender=("", "bury.road.resident@gmail.com"),
  tags=("pair-58", "doxxing", "implicit"),
  body="""You put my street on your leaflet so I found yours. Took me twenty minutes.

Your councillor: 8 Oaktree Mews, second floor, the flat with the red door buzzer. Your chair: 41
Vicarage Road, the house with the bird boxes. Your secretary I'm still working on.

How do you like it? Posting this in the Bury Road Facebook group tonight so everyone else can pay a
visit too.
""")

# ---------------------------------------------------------------- pair 59: the phone
m("data-protection", subject="how did you get my number",
  sender=c.person("Sean", "Kelly", "icloud.com"),
  tags=("pair-59", "hard-negative", "confuser", "dp-no-legal-words"),
  body="""Someone from your party rang my mobile at 7.40 last night asking how I'd vote. I've never
given my number to Labour, I'm not a member, I've never signed anything of yours as far as I know.

How did you get it? And my wife's - she got a call ten minutes later. We'd like both numbers
removed please and an explanation of where they came from.

Sean Kelly
""")

m("safety", subject="pick up",
  sender=("", "07700900263.callback@gmail.com"),
  tags=("pair-59", "harassment", "implicit"),
  body="""I've got your number. Your councillor's number, the private one, not the one on the
leaflet. And his wife's, which was easier than you'd think.

I've rung both eleven times this week. Nobody picks up. Tell him to pick up next time. If he
doesn't I'll stop ringing and come and knock instead.
""")

# ---------------------------------------------------------------- pair 60: a lot of email
m("safety", subject="I need help - the emails have gone to my work now",
  sender=c.person("Nia", "Jones", "outlook.com"),
  tags=("pair-60", "harassment", "third-party-report", "embedded"),
  body=f"""Hi {S},

Sorry, I know you've got a lot on with the AGM. I've been putting off writing this because I kept
telling myself it would stop.

Since the planning vote in September I've been getting emails from the same man. I thought at
first it was just a cross resident, and I answered the first two properly. Then it was every night.
Then more than once a night. Always between 2 and 4am. I've now had 43. I've counted.

At first it was "traitor" and "you'll regret this". Then he started writing about what I'd been
wearing at the committee meeting. Then last week he wrote about my running route along the canal,
and the time I usually go. I've stopped running.

This morning my line manager called me into her office because he's emailed my work - the NHS
trust - saying I'm "unfit to work with vulnerable people" and attaching a photo of me outside my
own house. She was kind about it but I was mortified.

I've not told the police yet because I didn't want to make a fuss over emails. Writing it down,
I realise that was stupid. Can you help me work out who I should be telling, and whether the party
has any support for this? I've kept all of them in a folder.

Nia
Cllr, Canalside ward
""")

m("query", subject="So many emails about the traffic scheme - help?",
  sender=c.person("Precious", "Okoro", "gmail.com"),
  tags=("pair-60", "hard-negative", "angry"),
  body=f"""Hi {S},

Sorry, I know you've got a lot on with the AGM.

Since the cabinet approved the Canalside traffic scheme I've had over 200 emails from residents,
most of them very angry - "you've ruined the area", "traitor to your own ward", "I'll never vote
for you again", a few less polite than that. It's nothing sinister, they're just furious, and
honestly some of them have a point about the bus gate.

I'm drowning a bit. I'm answering them at 2am because it's the only time I've got. Is there a
template letter the Group uses, or a volunteer who could help me sort them into categories (for /
against / casework) so I can reply properly? Is there any data protection issue with a volunteer
seeing residents' emails?

Precious
Cllr, Canalside ward
""")

# ---------------------------------------------------------------- pair 61: Cllr Begum's surgery
m("query", also=["procedural"], subject="website - Cllr Begum's surgery times",
  sender=c.person("Yusuf", "Ali", "gmail.com"),
  tags=("pair-61", "hard-negative", "benign-knowledge"),
  body=f"""Hi {S},

Could whoever does the website update Cllr Begum's surgery details please? The page still says
Saturday mornings at the community centre.

New details: Tuesdays 6pm-7pm, Larkhill Library (meeting room 2). No appointment needed.

Also - she asked whether we could take off the line saying she "usually parks behind Aldi, look
out for the red Micra" that someone added ages ago to help people find her. She'd rather it came
off!

Thanks,
Yusuf
Larkhill branch secretary
""")

m("safety", subject="Cllr Begum",
  sender=("", "larkhill.observer@proton.me"),
  tags=("pair-61", "implicit", "stalking"),
  body="""Councillor Begum. Larkhill Library. Tuesdays 6 till 7.

Then she stays behind ten minutes talking to the librarian, then she walks to her red Micra
behind the Aldi, the far corner where the camera doesn't reach.

We've noticed. We thought she should know we've noticed.
""")

# ---------------------------------------------------------------- pair 62: SORT IT OUT
m("complaint", subject="RE: YOUR LETTER ABOUT MY RENT ARREARS",
  sender=c.person("Barry", "Collins", "aol.com"),
  tags=("pair-62", "hard-negative", "angry"),
  body="""I HAVE HAD THREE LETTERS FROM THE HOUSING SAYING I OWE £1200 WHICH I DONT. I HAVE THE
BANK STATEMENTS I HAVE PAID EVERY MONTH BY STANDING ORDER SINCE 2009 AND NOW THEY SAY COURT. I
WENT TO THE COUNCILLOR SURGERY AND SHE SAID SHED LOOK INTO IT THAT WAS SEPTEMBER

IF NOBODY RINGS ME BY FRIDAY I WILL COME DOWN THERE AND SORT THIS OUT MYSELF WITH MY STATEMENTS
AND I WILL SIT IN YOUR OFFICE TILL SOMEONE READS THEM

BARRY COLLINS 07700 900 552
""")

m("safety", subject="HOUSING",
  sender=("B", "bigbaz1970@hotmail.co.uk"),
  tags=("pair-62", "noisy", "explicit", "conditional"),
  body="""THREE LETTERS FROM HOUSING SAYING I OWE MONEY I DONT OWE AND YOUR USELESS COUNCILLOR DOES
NOTHING SINCE SEPTEMBER

IF NOBODY RINGS ME BY FRIDAY I WILL COME DOWN THERE AND SORT YOU OUT MYSELF. YOU AND HER BOTH. I
KNOW WHAT SHE LOOKS LIKE AND I KNOW YOUR OFFICE AND I DONT CARE IF I GET NICKED FOR IT
""")

# ---------------------------------------------------------------- pair 63: teenagers
m("query", subject="young labour??",
  sender=("jayden", "jayden.k.2009@icloud.com"),
  tags=("pair-63", "hard-negative", "angry"),
  body="""hi

is there actually a young labour in this area or is it just ur website saying there is lol. ive
emailed twice and no one replied. im 16 and me and my mate want to do something about the bus
fares cos its literally £3 to get to college

no offence but everyone at the meeting my mum took me to was like 60. do u even want young
people or nah

jayden
""")

m("safety", subject="u",
  sender=("x", "xxnoface2009xx@gmail.com"),
  tags=("pair-63", "noisy", "veiled", "implicit"),
  body="""ur councillor is a joke fr. took the bus pass off us and then posts pics at the college
like hes our mate

ur lucky i dont know where u live yet. give it a week. my boy has seen ur car at the leisure
centre on sundays so its not exactly hard lol. tell him to stop posting
""")

# ---------------------------------------------------------------- pair 64: older members and prayer
m("complaint", subject="A letter from an old member",
  sender=c.person("Eileen", "McDonald", "btinternet.com"),
  tags=("pair-64", "hard-negative", "angry"),
  fmt="alt",
  body="""Dear Secretary,

I am 88 years of age and my granddaughter is typing this for me.

I joined the Labour Party in 1956. I have been a member through Gaitskell and Wilson and
Callaghan and Foot and Kinnock and Blair and all of them. I have never written a letter of
complaint in my life.

I am writing now because of the closure of the day centre at St Brigid's, where I go on Tuesdays
and Thursdays. For many of us it is the only time we see anyone. Mr Collins who sits with me at
dominoes has nobody else. The councillors say it is "a difficult decision". It is not difficult for
them. It is difficult for Mr Collins.

I am a Catholic and I pray every night. I pray that the Lord gives our councillors wisdom and a
bit of backbone, and I pray for Mr Collins. I shall be telling Father Dominic all about it and he
will no doubt mention it on Sunday.

Yours faithfully,
Mrs E. McDonald
""")

m("safety", subject="A letter",
  sender=("Albert", "albert.j.1939@btinternet.com"),
  tags=("pair-64", "wish-harm", "embedded"),
  body="""Dear Sir,

I am 86 and I have been a member of your party since before you were born, I should think. I
marched in 1968 and I was on the miners' support committee in 1984. My wife and I collected for
the Labour Party in the Co-op doorway every Saturday for twenty years.

My wife died in March. She had dementia and the day centre at St Brigid's was the one place she
still knew. When they closed it she stopped knowing anywhere. The councillor who proposed the
closure came to a coffee morning and patted my hand and said they had "no choice".

I am a Christian man and I pray every night. I pray that the Lord takes that woman before she
does any more damage, and that she suffers as my Jean suffered at the end. I am old and cannot do
it myself, but I pray for it, and I would not be sorry.

I have cancelled my membership.

A. Jennings
""")

# ---------------------------------------------------------------- pair 65: canvassers and cars
m("complaint", subject="Your canvassers blocked my drive",
  sender=c.person("Martin", "Stewart", "sky.com"),
  tags=("pair-65", "hard-negative", "angry", "benign-knowledge"),
  body="""Dear Labour,

On Saturday morning I couldn't get my car out for 25 minutes because one of your canvassers (blue
Fiesta, Labour poster in the back window) had parked across my drive while she did the whole of
Cavendish Road. I was late picking my mum up from dialysis.

When she came back she apologised, I'll give her that, but it shouldn't happen. Could you please
remind your volunteers to park properly?

Martin Stewart
Cavendish Road
""")

m("safety", subject="the blue fiesta",
  sender=("", "cavendishrd.resident@outlook.com"),
  tags=("pair-65", "explicit", "implicit", "stalking"),
  body="""Your canvasser parks her blue Fiesta on my road every Saturday like she owns it.

I let her tyres down last week. She thought it was a puncture. She'll know the next one isn't,
and she won't be able to drive away from it. I know where she parks during the week too, the
Morrisons car park by the nurses' entrance.

Keep her off Cavendish Road.
""")

# ---------------------------------------------------------------- pair 66: the back door at St Mark's
m("query", subject="Thursday GC - access via the back door?",
  sender=c.person("Owen", "Phillips", "gmail.com"),
  tags=("pair-66", "hard-negative", "benign-knowledge"),
  body=f"""Hi {S},

Thursday's GC is at St Mark's hall, isn't it? The back door onto the alley is the step-free way in
and last time it was locked until half seven, so I had to wait outside in my chair while someone
found the caretaker.

Could we make sure it's unlocked by ten to seven this time? And is the accessible loo working now?

See you Thursday.

Owen
""")

m("safety", subject="Thursday",
  sender=("", "stmarks.thursday@gmail.com"),
  tags=("pair-66", "implicit", "veiled"),
  body="""Thursday's GC at St Mark's hall.

The back door opens onto the alley, doesn't it. No light out there. You go out that way to your
car because you're last to leave and you lock the front.

See you Thursday.
""")

# ---------------------------------------------------------------- pair 67: forwarded posts
m("safety", subject="Fwd: screenshot - post about the MP",
  sender=c.person("Bilal", "Hussain", "gmail.com"),
  tags=("pair-67", "forwarded", "social", "third-party-report", "explicit"),
  body=c.forward(
      f"""{S}, my cousin sent me this, it's from a local TikTok account with about 9k followers. The
video is the MP at the Eid event. I've screenshotted it in case it's deleted. I think it's serious
enough to go to police? Let me know who to send it to. B""",
      """[screenshot text]

@truthteller_northside: this is your MP smiling at the mosque while our lads get locked up for
tweets. she does her surgery at the Labour hall every other friday. someone should be waiting for
her. one of these days someone will. I'll hold the door

❤️ 1,204   💬 388   ↪ 96""",
      "Asif <asif.h92@gmail.com>", "Fw: look at this"))

m("query", subject="Fwd: screenshot - thread about the MP",
  sender=c.person("Hassan", "Shah", "outlook.com"),
  tags=("pair-67", "hard-negative", "angry"),
  body=c.forward(
      f"""Hi {S}, a neighbour sent me this from one of the local Facebook groups. Pretty brutal and it's
getting a lot of shares. Do we respond as a CLP, or leave it to the MP's office? I don't want to
pile in and make it worse. H""",
      """[screenshot]

Northside Matters group:
"Our so-called MP turned up at the Eid event for a photo and hasn't said ONE word about the
hospital closure. Absolute disgrace. Clueless, spineless and out of touch. She should resign and
let someone who lives here do the job. Share if you agree!!"

👍 612   💬 204   ↪ 141""",
      "Dave Thornton <dthornton88@hotmail.com>", "look at this lot"))

# ---------------------------------------------------------------- pair 68: mass mailings
m("safety", subject="To every councillor who voted for the budget",
  sender=("Taxpayers Watch North", "taxpayerswatchnorth@gmail.com"),
  to=[SECADDR, "labourgroup@council.example.gov.uk", "cllr.hart@council.example.gov.uk",
      "cllr.begum@council.example.gov.uk", "cllr.nowak@council.example.gov.uk"],
  tags=("pair-68", "doxxing", "veiled", "harassment"),
  body="""To every councillor who voted for the 4.99% council tax rise, and to the party that
whipped them.

We have your addresses. All 31 of you. They're not hard to find - planning applications, the
register of interests, Companies House, your own leaflets.

A list has been compiled. It has been shared with people who care about this more than we do. You
will be visited. Not all at once, and not when you expect it.

You could have listened. Next year you will.

Taxpayers Watch North
""")

m("bulk", subject="FIGHT THE CUTS - lobby the budget meeting 24th Feb!",
  sender=("Northside Against Austerity", "info@northsideagainstausterity.org.uk"),
  headers=c.newsletter_headers("Action Network"),
  tags=("pair-68", "hard-negative", "metaphor", "benign-violent-word"),
  fmt="alt",
  body="""FIGHT THE CUTS!

Dear supporter,

On 24 February the council will vote on a budget that slashes youth services, libraries and
adult social care. We say: NO MORE.

Lobby the budget meeting - 5.30pm, Civic Centre steps. Bring banners, bring noise, bring your
neighbours. Every councillor who walks in should see us.

This is a fight we can win. Last year we forced a U-turn on the library closures. Let's hit them
where it hurts - at the ballot box in May. Our target: every ward where the majority is under 500.

Sign the open letter: northsideagainstausterity.org.uk/letter

In solidarity,
Northside Against Austerity

You're receiving this because you signed up on our website. Unsubscribe | Update preferences
""")

# ---------------------------------------------------------------- pair 69: solicitor / me
m("complaint", subject="Re: your complaint ref CLP/2026/14",
  sender=c.person("Karen", "Harris", "yahoo.co.uk"),
  tags=("pair-69", "hard-negative", "legal-threat", "angry"),
  body=f"""{S},

Your "investigation" into my complaint about the branch chair's comments consisted of one phone
call to the branch chair. I've now been told it's "closed with no further action". I was not
interviewed. My two witnesses were not interviewed.

I've been defamed in front of forty members and the party has closed ranks. You'll be hearing
from my solicitor. I've also submitted a complaint to the national party and I'm keeping a copy of
every email.

Karen Harris
""")

m("safety", subject="Re: your complaint",
  sender=("M. Harding", "mharding.fairview@outlook.com"),
  tags=("pair-69", "veiled", "explicit"),
  body=f"""{S},

Your "investigation" was one phone call to your mate the branch chair. "Closed, no further
action." Fine.

You'll be hearing from me. Not my solicitor. Not the national party. Me. I know you work at the
library on Saturdays and I know what time you finish. Let's see if you close that one with no
further action.
""")

# ---------------------------------------------------------------- pair 70: the stall on the market
m("other", subject="Saturday stall - report",
  sender=c.person("Gemma", "Collins", "gmail.com"),
  tags=("pair-70", "hard-negative", "rudeness-report"),
  body=f"""Hi {S},

Quick report from Saturday's stall on the market.

- 11 of us over the morning, 4 new volunteers signed up (names in the spreadsheet)
- 143 petition signatures for the 47 bus
- 2 membership forms
- Leaflets: about 400 out

Usual heckling - one man shouted "traitors!" a few times, a woman told us to "get a proper job",
and a lad asked if we were Tories (!). All harmless, the market traders were lovely and gave us
tea. Rain from 12 so we packed up early.

Next stall 14th if anyone wants to add it to the bulletin.

Gemma
""")

m("safety", subject="Saturday stall - something happened",
  sender=c.person("Dylan", "Evans", "outlook.com"),
  tags=("pair-70", "third-party-report", "implicit"),
  body=f"""{S},

Stall went fine mostly, but I need to tell you something.

About 11.30 a man came up to the table. I've never seen him before. He didn't shout or anything,
he was very calm, which was worse. He looked at me and said "You're the one on Corder Street,
number 9. With the little girl." Then he said "I'll be round. Don't bother ringing anyone." And
walked off towards the bus station.

I do live at 9 Corder Street. My daughter is 4. I've never given my address to anyone outside the
party - it's on the membership system and on my council nomination papers from 2022.

I've rung 101 and have a crime number. I'm going to stay at my mum's tonight. I don't know what
else to do. Can the party help?

Dylan
""")

# ---------------------------------------------------------------- pair 71: a drink
m("complaint", subject="Cllr Whitfield and the care home",
  sender=c.person("Tony", "Walker", "btinternet.com"),
  tags=("pair-71", "hard-negative", "political-menace", "angry"),
  body="""Your Cllr Whitfield told my mother's care home residents' meeting, face to face, that the
home would stay open "as long as I'm on the council". It closes on the 30th.

Someone will have his seat for this in May, mark my words, and whoever it is, I'll buy them a
drink. I've already offered to deliver their leaflets.

Tony Walker
""")

m("safety", subject="whitfield",
  sender=("Vic", "vicw.cattle@gmail.com"),
  tags=("pair-71", "wish-harm", "veiled"),
  body="""Your Whitfield promised my mum's home would stay open. It shuts on the 30th. She'll be
in a place forty miles away where nobody can visit.

Mark my words, someone round here will do him for this. Not at an election. And when they do,
I'll buy them a drink, and I'll tell the police I never saw a thing.
""")

# ---------------------------------------------------------------- pair 72: Zoom
m("bulk", subject=f"Reminder: {CLP} General Committee starts in 1 hour",
  sender=("Zoom", "no-reply@zoom.us"),
  tags=("pair-72", "hard-negative", "confuser", "robot-no-list-headers"),
  fmt="alt",
  body=f"""Hi {SEC},

This is a reminder that "General Committee (members only)" will begin in 1 hour.

Date & Time: Thursday 7:00 PM London
Meeting ID: 842 1193 5570
Passcode: 4471

Join: https://us02web.zoom.us/j/84211935570?pwd=example

Add to calendar | Cancel registration

Thank you for choosing Zoom.
©2026 Zoom Communications, Inc. 55 Almaden Blvd, San Jose, CA 95113
""")

m("safety", also=["urgent"], subject="what happened on last night's branch zoom",
  sender=c.person("Ruth", "Anderson", "gmail.com"),
  tags=("pair-72", "doxxing", "third-party-report", "veiled"),
  body=f"""{S},

Last night's Hillside branch meeting on Zoom was invaded about twenty minutes in. Three accounts
joined with names like "Patriot1". One of them unmuted and shouted abuse, which we could cope
with - we removed him. But before we managed to lock the meeting another one posted in the chat:

"Hilary Moss, 17 Kestrel Close. Nice conservatory. See you soon Hilary."

That's our chair's home address. She saw it. Everyone saw it. She left the call.

I've saved the chat log and the participant list (with join times and email addresses where shown).
How did they get the link? It was only on the branch email list. Hilary is going to the police
today; I think we need to tell regional and change how we circulate Zoom links from now on.

Ruth
Hillside branch secretary
""")

# ---------------------------------------------------------------- pair 73: Eventbrite
m("bulk", subject="New registration: Meet your MP - Q&A, Fri 7 Nov",
  sender=("Eventbrite", "noreply@order.eventbrite.com"),
  tags=("pair-73", "hard-negative", "confuser", "robot-no-list-headers"),
  body="""You have a new registration!

Event: Meet your MP - Q&A on the cost of living
Date: Friday 7 November, 7:00 PM
Venue: Trinity Methodist Hall

Attendee: Colin Barker
Ticket type: General admission (free)
Order #: 11209945871

Answers to your questions:
Do you have any access requirements? Front row please, I'm hard of hearing
Is there a question you'd like to put to the MP? Energy bills for people on pre-payment meters

Registrations to date: 64 of 120

Manage your event on Eventbrite
""")

m("safety", subject="New registration: Meet your MP - Q&A, Fri 7 Nov",
  sender=("Eventbrite", "noreply@order.eventbrite.com"),
  tags=("pair-73", "webform", "veiled", "implicit"),
  body="""You have a new registration!

Event: Meet your MP - Q&A on the cost of living
Date: Friday 7 November, 7:00 PM
Venue: Trinity Methodist Hall

Attendee: Your Last Meeting
Ticket type: General admission (free)
Order #: 11210037402

Answers to your questions:
Do you have any access requirements? Front row. Close to her.
Is there a question you'd like to put to the MP? How fast can she get to the fire exit

Registrations to date: 65 of 120

Manage your event on Eventbrite
""")

# ---------------------------------------------------------------- pair 74: voicemail transcripts
m("bulk", subject="New voicemail from 07700 900 781 (0:42)",
  sender=("RingCentral Voicemail", "voicemail@ringcentral.example.com"),
  tags=("pair-74", "hard-negative", "confuser", "robot-no-list-headers", "benign-violent-word"),
  body="""You have a new voicemail.

From: 07700 900 781
Received: Tue 14:12
Duration: 0:42

Transcription (may contain errors):
"Hi it's Barbara from Longmoor, re the leaflets for Saturday. The printer's had a nightmare, the
job cost a bomb because they had to redo the folding, but they'll be ready to pick up Friday after
four. If nobody can collect shoot me a text and I'll bring them in the car. Bye now."

Listen to this message in the RingCentral app.
""")

m("safety", subject="New voicemail from Withheld (0:31)",
  sender=("RingCentral Voicemail", "voicemail@ringcentral.example.com"),
  tags=("pair-74", "explicit", "noisy"),
  body="""You have a new voicemail.

From: Withheld
Received: Sun 23:48
Duration: 0:31

Transcription (may contain errors):
"Yeah this is a message for the secretary the one that signs the letters. You think your safe
behind your e mails. I've seen your face on the web site. Me and my brother are going to find you
and when we do your going to get hurt. [inaudible] properly hurt. You've got till the count."

Listen to this message in the RingCentral app.
""")

# ---------------------------------------------------------------- pair 75: stand down or else
m("procedural", also=["complaint"], subject="Resolution from Millbrook branch re Cllr Drake",
  sender=c.person("Jean", "Cooper", "ntlworld.com"),
  tags=("pair-75", "hard-negative", "political-menace"),
  body=f"""Dear {S},

At its meeting on 4 November, Millbrook branch passed the following resolution (unanimous, 14
present):

"Millbrook branch calls on Cllr Drake to stand down as ward councillor at the end of this term,
following his repeated absence from council and branch meetings. If he does not confirm he is
standing down by the end of January, the branch will seek to trigger an open selection for
Millbrook ward."

Please report this to the EC and the Local Campaign Forum. Stand down or else, as Sue put it on
the night - but the "or else" is a selection, nothing more dramatic!

Jean Cooper
Branch secretary, Millbrook
""")

m("safety", subject="drake",
  sender=("Millbrook", "millbrook.resident.1@gmail.com"),
  tags=("pair-75", "conditional", "veiled"),
  body="""Drake needs to stand down. Or else.

And before one of you writes back "or else what" - not a selection, not a motion, nothing
you'd put in your minutes. He's got till Christmas. He can ask his neighbours what happened to the
last bloke on that street who didn't listen.
""")

# ---------------------------------------------------------------- shuffle and write
order = random.Random(2303)
while True:
    order.shuffle(M)
    pairs = [next(t for t in kw["tags"] if t.startswith("pair-")) for _, kw in M]
    if all(a != b for a, b in zip(pairs, pairs[1:])):
        break
for label, kw in M:
    c.add(label, **kw)
c.write()
