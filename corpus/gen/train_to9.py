"""train/to9: mail that is not party business, part 9 — the secretary's day job as a shift
supervisor at a distribution warehouse: shift changes, rota robots, health and safety,
colleagues, the union. All content hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "to9", seed=2809)
SEC_NAME, SEC_ADDR = c.secretary()
SEC = SEC_NAME.split()[0]
HNV = ("hard-negative", "benign-violent-word")
DC = "valleysdc.example.co.uk"

# 1 ---------------------------------------------------------------------------
c.add("other", subject="Proposed shift pattern change - consultation",
      sender=("Neil Prosser", f"neil.prosser@{DC}"),
      to=[f"shift.supervisors@{DC}"],
      cc=(SEC_ADDR,),
      body="""Hi all,

As trailed at Monday's ops meeting, the business wants to move nights
from the current 4-on-4-off (12-hour) pattern to a 5-shift week of
8.5 hours, Sunday to Thursday, from the start of April. The reasoning
is that our volume has shifted: Friday and Saturday nights are now our
quietest, and Sunday night is our peak by a mile.

I know this will go down like a lead balloon with a lot of the team,
especially the ones with childcare built around the 4-on-4-off. This
is a consultation, not a done deal. I need from each of you by the
20th:

 - how many on your shift would be affected by caring responsibilities
 - any ideas for a pattern that hits the Sunday peak without blowing up
   everyone's lives

Formal consultation with the union starts on the 27th.

Neil Prosser
Operations Manager, Night Shift
""",
      tags=("work", *HNV))

# 2 ---------------------------------------------------------------------------
c.add("bulk", subject="Your rota for w/c 9 March has been published",
      sender=("ShiftHub", "noreply@shifthub.example.com"),
      body=f"""Hi {SEC},

Your rota for the week commencing 9 March is now available.

  Sun 8   22:00 - 06:30  Supervisor, Ambient Picking
  Mon 9   22:00 - 06:30  Supervisor, Ambient Picking
  Tue 10  REST
  Wed 11  REST
  Thu 12  22:00 - 06:30  Supervisor, Goods In
  Fri 13  22:00 - 06:30  Supervisor, Goods In

Open the ShiftHub app to view or request a swap.
""",
      tags=("work", "confuser", "robot-no-list-headers"))

# 3 ---------------------------------------------------------------------------
c.add("bulk", subject="SAFETY ALERT: near miss - FLT and pedestrian, aisle 41",
      sender=("Health & Safety", f"hse@{DC}"),
      to=[f"all.supervisors@{DC}"],
      headers={"Precedence": "bulk", "Importance": "high"},
      body="""SAFETY ALERT 2026-07

What happened
On Tuesday night at 02:40 a reach truck reversing out of aisle 41 came
within a metre of a picker who had stepped off the walkway to grab a
case. No one was hurt.

Why it matters
A reach truck with a full pallet weighs over three tonnes. A collision
at walking pace can kill.

Actions for supervisors
 - Brief this alert at every start-of-shift huddle this week.
 - Remind pickers: walkways only, and eye contact with the driver
   before crossing.
 - Remind drivers: horn at every aisle end, and look behind you.

Please sign the briefing sheet and return it to H&S by Friday.
""",
      tags=("work", *HNV))

# 4 ---------------------------------------------------------------------------
c.add("other", subject="sunday night",
      sender=("Kelly Jenkins", "kellyjenks91@example-mail.co.uk"),
      body="""hiya Rhi any chance you could swap my sunday night for your thursday?
Alfie's teething and it's killing me, I've had about 3 hours sleep
since friday. Gav can have him sunday but not thursday. no worries if
you cant I'll drag myself in

Kel
""",
      tags=("work", "personal", *HNV))

# 5 ---------------------------------------------------------------------------
c.add("other", subject="3 agency starting Monday",
      sender=("Aled Rowlands", "aled.rowlands@primestaff-recruit.example.co.uk"),
      body=f"""Hi {SEC},

Confirming three agency operatives starting on your shift Monday night
for the Easter peak:

  Mihai Popescu — experienced picker, LLOP licence
  Joanna Zielińska — experienced picker
  Darren Cole — new to warehousing, needs full induction

They've all done the online site safety module. Mihai's Romanian and
his English is good; Joanna's is more basic, so a buddy for her first
shift would help.

Any problems, ring me on the agency mobile, day or night.

Aled
Primestaff Recruitment
""",
      tags=("work",))

# 6 ---------------------------------------------------------------------------
c.add("other", subject="Last week's pick rates - nights smashed it",
      sender=("Neil Prosser", f"neil.prosser@{DC}"),
      to=[f"night.supervisors@{DC}"],
      body="""Quick one.

Nights hit 112% of pick target last week, the best since we opened.
Ambient absolutely smashed it on Sunday: 41,000 cases. Chilled was the
weak spot again, mainly because of the two dead reach trucks, which
engineering say will be fixed by Wednesday.

Please pass on a massive thanks to your teams at huddle. There'll be
bacon rolls on Sunday.

Neil
""",
      tags=("work", *HNV))

# 7 ---------------------------------------------------------------------------
c.add("bulk", subject="Your payslip is ready",
      sender=("Payroll", f"payroll-noreply@{DC}"),
      body="""Your payslip for period 11 is now available on the employee portal.

Pay date: Friday 27 February

If you have a query about your pay, contact the payroll helpdesk
within 14 days of the pay date.

This is an automated message. Please do not reply.
""",
      tags=("work", "confuser", "robot-no-list-headers"))

# 8 ---------------------------------------------------------------------------
c.add("bulk", subject="Shift pattern: union members' meeting Wednesday",
      sender=("GMB Valleys DC Branch", "valleysdc.branch@gmb.example.org.uk"),
      headers=c.newsletter_headers("Action Network"),
      body="""Brothers and sisters,

The company wants to rip up the 4-on-4-off pattern on nights. For a
lot of you, that's not a rota change, it's your childcare, your second
job, your caring for a parent.

We will fight this proposal through the consultation with everything
we've got. But we need to know how it affects you.

Members' meeting: Wednesday, 6pm and again at 9pm (for nights), in the
canteen.

Bring your questions. Bring a colleague who isn't a member yet.

Dai Lewis
Branch Secretary
""",
      tags=("work", "newsletter", "hard-negative", "metaphor"))

# 9 ---------------------------------------------------------------------------
c.add("bulk", subject="Security briefing: suspicious packages and unattended items",
      sender=("Site Security", f"security@{DC}"),
      to=[f"all.supervisors@{DC}"],
      headers={"Precedence": "bulk"},
      body="""All supervisors,

Following the national guidance update, please brief your teams on the
procedure for suspicious packages and unattended items on site. This
is routine annual training; there is no specific threat to this site.

If an item is found:
 - Don't touch it, move it or open it.
 - Clear the immediate area and keep people back.
 - Call the security lodge on 2222 from a landline (not a radio or
   mobile within 15 metres of the item).
 - Note what it looks like, where it is and when it was found.

Remember that 99.9% of unattended items are someone's lunch. But we
treat every one properly.

Briefing sheet attached; return signed sheets to the lodge.

Gareth Evans
Site Security Manager
""",
      tags=("work", "hard-negative", "news-about-threats"))

# 10 --------------------------------------------------------------------------
c.add("other", subject="Bryn's leaving do",
      sender=("Sian Bevan", f"sian.bevan@{DC}"),
      body=f"""Rhi,

Bryn's last night shift is the 28th after 19 years. We're doing a
breakfast at the Spoons in Ponty after the shift (7am, God help us).
Card's in the supervisors' office and I'm collecting for a new fishing
rod, because he's going to "spend every day on the river and never
think about this place again".

Are you in? And could you say a few words? You're the only one who
can talk about him without crying or swearing.

Sian
""" if SEC == "Rhian" else f"""{SEC},

Bryn's last night shift is the 28th after 19 years. Breakfast after
the shift, card in the office, collecting for a fishing rod. Are you in?

Sian
""",
      tags=("work",))

c.write()
