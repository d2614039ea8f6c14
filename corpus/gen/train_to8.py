"""train/to8: mail that is not party business, part 8 — the secretary's day job as a history
teacher: staff bulletins, colleagues, cover robots, a trip, a parent, the union.
All content hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "to8", seed=2808)
SEC_NAME, SEC_ADDR = c.secretary()
SEC = SEC_NAME.split()[0]
SUR = SEC_NAME.split()[-1]
HNV = ("hard-negative", "benign-violent-word")
SCH = "dovevale.example.sch.uk"

# 1 ---------------------------------------------------------------------------
c.add("bulk", subject="Staff Bulletin - Week 14",
      sender=("Dove Vale Academy - Headteacher", f"head@{SCH}"),
      to=[f"allstaff@{SCH}"],
      headers={"Precedence": "bulk"},
      body="""STAFF BULLETIN — WEEK 14

Thank you
To everyone who stayed for parents' evening on Thursday: 87% of
families attended, our highest ever.

This week
 Mon  Year 11 mocks begin (Sports Hall). Invigilation rota on the
      shared drive.
 Tue  Fire drill, Period 2. Please take registers out with you.
 Wed  Lockdown drill, Period 4. Procedures were emailed by Mr Ince;
      please re-read them. Blinds down, door locked, lights off, pupils
      away from the window, silence until the all-clear.
 Thu  Governors' visit (Science and History).
 Fri  Non-uniform day for Children in Need.

Reminders
 - Duty rota: several duties were missed last week. If you can't do
   yours, swap it and tell Mrs Dakin.
 - The staff room microwave is not a science experiment. Whoever
   exploded the soup: we know.

Have a good week,
R. Whittaker
Headteacher
""",
      tags=("work", "newsletter", *HNV))

# 2 ---------------------------------------------------------------------------
c.add("other", subject="9X4 are killing me - swap P5 Thursday?",
      sender=("Tom Bagnall", f"t.bagnall@{SCH}"),
      body=f"""{SEC}, I'm begging.

9X4 on a Thursday afternoon after wet break are a war zone. I've tried
the seating plan, I've tried the phone calls home, I've tried the
Gunpowder Plot with actual sparklers (outside, with a risk assessment,
don't tell the Head). Nothing.

You've got them for Geography on Tuesday morning and they're apparently
angels for you. Any chance of a swap so I get them when they've still
got some blood sugar? I'll do your Year 7 duty for a month.

Tom
""",
      tags=("work", *HNV))

# 3 ---------------------------------------------------------------------------
c.add("other", subject="Mock marking + moderation",
      sender=("Dr Sarah Hennessy", f"s.hennessy@{SCH}"),
      to=[f"humanities@{SCH}"],
      body="""Dear all,

Mock papers to be marked and on the tracker by Friday 23rd, please. I
know that's tight. Moderation meeting Tuesday 27th after school in H4;
bring three scripts each (one top, one middle, one borderline 4/5).

Paper 2 (Conflict and Tension 1918-39) is the one where we were
harshest last year. Please use the new mark scheme, which gives more
credit for explaining causes rather than just describing the events of
the war.

Cake will be provided as a bribe.

Sarah
Head of Humanities
""",
      tags=("work", *HNV))

# 4 ---------------------------------------------------------------------------
c.add("bulk", subject="Cover: Wed P3 - 10B/Hi1 - H2",
      sender=("Cover Manager", f"cover@{SCH}"),
      body=f"""COVER NOTIFICATION

Staff: {SEC_NAME[0]}. {SUR} ({SEC_NAME[0]}{SUR[0]})
Date: Wednesday
Period: 3
Class: 10B/Hi1 (absent teacher: Mr Bagnall)
Room: H2
Work: set on Teams — "Trench warfare: source analysis". Sheets on the
desk.

This is an automated message from the cover system.
""",
      tags=("work", "confuser", "robot-no-list-headers", *HNV))

# 5 ---------------------------------------------------------------------------
c.add("other", subject="Ypres trip - risk assessment and final numbers",
      sender=("Craig Ince", f"c.ince@{SCH}"),
      body=f"""Hi {SEC},

Final numbers for the Ypres and Somme battlefields trip: 44 students,
5 staff (you, me, Sarah, Tom and Mrs Barker as first aider).

I've drafted the risk assessment, mostly copied from 2024 with updates.
Could you read the section on the Menin Gate ceremony (crowds) and the
visit to the Lochnagar crater (uneven ground, and the old ordnance the
farmers still dig up every spring — students are NOT to touch anything
in the fields, however much it looks like a souvenir)?

I need it back by Wednesday so the Head can sign it off.

Craig
Assistant Head (Pastoral) / EVC
""",
      tags=("work", *HNV))

# 6 ---------------------------------------------------------------------------
c.add("other", subject="Ellie Whitmore 10C - coursework",
      sender=("Joanne Whitmore", "jo.whitmore@example-mail.co.uk"),
      body=f"""Dear Ms {SUR},

I'm writing about Ellie's history coursework, which I think is due on
the 14th. Ellie's grandad died last week and she's been very upset and
hasn't been able to concentrate on anything. Would it be possible to
have a short extension? She's really worried about it and doesn't want
to ask you herself.

Thank you for everything you do for her, she loves your lessons.

Kind regards,
Joanne Whitmore
""",
      tags=("work",))

# 7 ---------------------------------------------------------------------------
c.add("other", subject="collection for Linda",
      sender=("Pam Dakin", f"p.dakin@{SCH}"),
      to=[f"allstaff@{SCH}"],
      body="""Hello everyone,

Linda in the office retires at half term after 31 years. There's a card
and a collection envelope in the staff room (behind the kettle). She's
going on a cruise, so we thought vouchers.

Please sign the card when you're passing, but DON'T let her see it.
She's in the staff room every break. Stealth is required.

Pam
""",
      tags=("work",))

# 8 ---------------------------------------------------------------------------
c.add("bulk", subject="NEU: indicative ballot result and what happens next",
      sender=("NEU Derbyshire District", "derbyshire@neu.example.org.uk"),
      headers=c.newsletter_headers("Action Network"),
      fmt="alt",
      body="""Dear member,

Thank you to everyone who voted. In Derbyshire, 91% voted to reject the
pay offer and 78% said they'd be willing to take strike action, on a
turnout of 54%.

The National Executive will meet next week to decide whether to move
to a formal statutory ballot. We will fight for a fully funded pay
rise; schools cannot be expected to find it from budgets that are
already cut to the bone.

Your school rep will hold a meeting in the next fortnight.

In solidarity,
NEU Derbyshire District
""",
      tags=("work", "newsletter", "hard-negative", "metaphor"))

# 9 ---------------------------------------------------------------------------
c.add("other", subject="thank you Miss",
      sender=("Aaron Mellor", "aaron.mellor2006@example-mail.com"),
      body=f"""Hi Miss {SUR},

You probably don't remember me, I was in your Year 11 class in 2022
(back row, always late). I just wanted to say I got a 2:1 in History
at Sheffield. I'd never have done History A level if you hadn't told
me my essay on the miners' strike was "annoyingly good". 

I'm starting a PGCE in September. God help me.

Thanks Miss.
Aaron
""",
      tags=("work", "personal"))

# 10 --------------------------------------------------------------------------
c.add("bulk", subject="Safeguarding: updated lockdown procedure (please read before Wednesday)",
      sender=("Craig Ince", f"c.ince@{SCH}"),
      to=[f"allstaff@{SCH}"],
      headers={"Precedence": "bulk"},
      body="""Dear colleagues,

Ahead of Wednesday's practice, here is the updated lockdown procedure.
This replaces the version in the staff handbook.

When you hear the lockdown signal (three long blasts on the bell):
 1. Bring any pupils in the corridor into your room.
 2. Lock the door, close blinds, lights off.
 3. Move everyone out of sight of the door and windows. Silence.
 4. Do not open the door to anyone until a senior leader gives the
    all-clear using the code word.
 5. Take a register and email it to the office if you can do so safely.

If you're outside, move away from the building to the far side of the
field, or leave the site, and call the office.

The practice is just a practice. Please keep it calm for the younger
ones and reassure anyone who gets anxious.

Craig Ince
Designated Safeguarding Lead
""",
      tags=("work", "hard-negative", "news-about-threats"))

c.write()
