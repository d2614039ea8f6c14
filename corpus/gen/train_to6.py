"""train/to6: mail that is not party business, part 6 — the secretary's day job as a staff
nurse on a hospital ward (rota, shift swaps, trust comms, training robots, colleagues).
All content hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "to6", seed=2806)
SEC_NAME, SEC_ADDR = c.secretary()
SEC = SEC_NAME.split()[0]
HNV = ("hard-negative", "benign-violent-word")
TRUST = "Tyneside Royal Infirmary"
NHS = "nhs.example.net"

# 1 ---------------------------------------------------------------------------
c.add("other", subject="Ward 23 rota - December (FINAL)",
      sender=("Joanne Swales", f"joanne.swales@{NHS}"),
      to=[f"ward23.nursing@{NHS}"],
      cc=(SEC_ADDR,),
      body=f"""Hi all,

December rota is now final and on HealthRoster. I've done my best to
be fair about Christmas and New Year: if you worked Christmas Day last
year you're off this year, and vice versa. Please don't come to me
about it unless there's a genuine mistake.

I know the run of nights in the second week is going to kill a few of
you. We're down two band 5s until the new starters are signed off in
January, and the bank is already scraping the barrel. If you can pick
up an extra shift, tell me or put it through the bank and you'll get
enhanced rates.

Shift swaps: still fine, but they have to be agreed by both of you AND
put on the system by one of you. A WhatsApp message is not a swap.

Thanks for everything this month, I know it's been grim.

Jo
Joanne Swales
Ward Manager, Ward 23 (Respiratory)
{TRUST}
""",
      tags=("work", *HNV))

# 2 ---------------------------------------------------------------------------
c.add("other", subject="swap?? sat long day",
      sender=("Chantelle Bewick", "chantelle.bewick86@example-mail.co.uk"),
      body=f"""Hiya {SEC}

any chance you'd take my long day on Sat 13th? my sister's hen is that
weekend and I forgot to book it off (I know, I know). I'll do your
night on the 20th if that helps, or any shift you want in Jan.

you'd be a lifesaver. I'll owe you a Greggs for a month

Chan x
""",
      tags=("work",))

# 3 ---------------------------------------------------------------------------
c.add("bulk", subject="Staff Briefing: winter pressures, flu jabs, and zero tolerance of abuse",
      sender=(f"{TRUST} Communications", f"communications@{NHS}"),
      to=[f"all.staff@{NHS}"],
      headers={"Precedence": "bulk", "X-MS-Exchange-Organization-AuthAs": "Internal"},
      fmt="html",
      html_body=f"""<html><body style="font-family:Arial;font-size:14px;max-width:640px">
<div style="background:#005eb8;color:#fff;padding:12px"><b>{TRUST} &middot; Staff Briefing</b></div>
<h3>Winter pressures</h3>
<p>Emergency admissions are running 11% above last year. Thank you to every team who has opened
escalation beds and worked extra shifts.</p>
<h3>Flu jabs</h3>
<p>Our uptake is 54%. Peer vaccinators are on every ward this week. Protect yourself, your family,
and your patients.</p>
<h3>Zero tolerance of violence and aggression</h3>
<p>Reports of verbal and physical abuse against staff have risen again. Every incident should be
reported on Datix, however &ldquo;minor&rdquo; it seems. Our security team and the police liaison officer
will follow up. Body-worn cameras are now available to ED and the Assessment Unit. Support is available
from Occupational Health and the staff wellbeing hub.</p>
<p style="font-size:11px;color:#666">This briefing is sent to all staff. Please do not reply.</p>
</body></html>""",
      body="",
      tags=("work", "newsletter", "hard-negative", "news-about-threats"))

# 4 ---------------------------------------------------------------------------
c.add("bulk", subject="Statutory & Mandatory Training: 2 modules due to expire",
      sender=("ESR Learning", f"no-reply-learning@{NHS}"),
      body=f"""Dear {SEC_NAME},

The following competencies will expire within 30 days:

  Resuscitation - Adult Basic Life Support (Level 2)   expires 04/12/2026
  Conflict Resolution (Level 1)                        expires 11/12/2026

Please book onto a face-to-face session or complete the e-learning
through ESR before the expiry date. Non-compliance is reported to your
line manager monthly.

This is an automated message.
""",
      tags=("work", "confuser", "robot-no-list-headers"))

# 5 ---------------------------------------------------------------------------
c.add("bulk", subject="HealthRoster: your shift has been changed",
      sender=("HealthRoster", f"healthroster-noreply@{NHS}"),
      body=f"""Hello {SEC_NAME},

A change has been made to your roster.

  Date:     Monday 14/12/2026
  Was:      LD (07:30 - 20:00)  Ward 23
  Now:      N  (19:30 - 08:00)  Ward 23
  Changed by: SWALES, Joanne

If you did not expect this change, please speak to your roster manager.
""",
      tags=("work", "confuser", "robot-no-list-headers"))

# 6 ---------------------------------------------------------------------------
c.add("other", subject="last night - bay 3",
      sender=("Dr Ayo Fashola", f"ayo.fashola@{NHS}"),
      body=f"""{SEC},

Just wanted to say thanks for last night. The crash call in bay 3 was
about as messy as they come: the cubicle was tiny, the suction wasn't
working, and his daughter was in the corridor screaming. You kept the
room calm and you had compressions going before the team arrived. We
nearly lost him twice, but he's sitting up on ICU this morning asking
for toast.

Debrief is Thursday at 2 in the seminar room if you can make it. Bring
anyone else who was there; the HCA who ran for the second suction unit
deserves a medal.

Ayo
Respiratory Registrar
""",
      tags=("work", *HNV))

# 7 ---------------------------------------------------------------------------
c.add("other", subject="Sim training - deteriorating patient - dates",
      sender=("Fiona Charlton", f"fiona.charlton@{NHS}"),
      to=[f"ward23.nursing@{NHS}"],
      body="""Hello Ward 23,

I'm running the in-situ simulation sessions again in January. The
scenario is a deteriorating patient with sepsis, on the ward, using
your own equipment. Nobody gets shot down in flames if it goes wrong,
that's the point of it.

Dates: 12, 19 and 26 January, 14:00 - 15:30 on the ward.

Shoot me an email with which date suits, and I'll make sure your
manager releases you.

Fiona Charlton
Clinical Practice Educator
""",
      tags=("work", *HNV))

# 8 ---------------------------------------------------------------------------
c.add("bulk", subject="Your NHSmail password will expire in 3 days",
      sender=("NHSmail", "nhsmail-noreply@nhs.example.net"),
      body="""Your NHSmail password will expire in 3 days.

To change your password, sign in to the NHSmail portal and select
"Change password". Do not click on links in emails claiming to reset
your password. NHSmail will never ask for your password by email.

This is an automated message from NHSmail.
""",
      tags=("work", "confuser", "robot-no-list-headers"))

# 9 ---------------------------------------------------------------------------
c.add("other", subject="Xmas night out Ward 23 🎄🍻",
      sender=("Kayleigh Robson", "kayleigh.robson@example-mail.co.uk"),
      to=["ward23.social@groups.example.io"],
      cc=(SEC_ADDR,),
      body="""RIGHT YOU LOT

Ward 23 Christmas night out is FRIDAY 5TH DEC (the one weekend we
could find where half of us aren't on nights)

6.30 meal at the Italian on Grey Street, £32 for 3 courses, then
we're going to paint the Bigg Market red like it's 2009

£10 deposit to me by the 20th. Put your starter/main/pud on the sheet
in the staff room

Dress code: sparkly. Mark that includes you. I've seen your Christmas
jumper, it's a crime against knitwear, wear it

Kay xx
""",
      tags=("work", "personal", *HNV))

# 10 --------------------------------------------------------------------------
c.add("bulk", subject="RCN Northern: pay ballot opens Monday - make your voice heard",
      sender=("RCN Northern Region", "northern.region@rcn.example.org.uk"),
      headers=c.newsletter_headers("Campaign Monitor"),
      fmt="alt",
      body="""Dear member,

The ballot on this year's pay award opens on Monday and runs for four
weeks. This is an indicative ballot: we're asking whether you'd be
prepared to take industrial action, up to and including strike action,
if the award isn't improved.

Your vote matters. Last time we missed the turnout threshold in our
region by just 2%.

Check your home address is up to date, because ballot papers are
posted.

In solidarity,
RCN Northern Region
""",
      tags=("work", "newsletter", *HNV))

# 11 --------------------------------------------------------------------------
c.add("other", subject="Datix follow-up - fall, bed 14, Tuesday night",
      sender=("Sandra Cuthbertson", f"sandra.cuthbertson@{NHS}"),
      body=f"""Hi {SEC},

Thanks for completing the Datix for Mrs H's fall on Tuesday night. I've
read it and the care given afterwards was exactly right: neuro obs,
medical review, family informed.

For the post-falls review, could you let me know:
- was the bed rail risk assessment up to date?
- was the falls sensor mat in place, and was it switched on?

No blame at all, I just need to complete the review by Friday. Pop into
my office when you're on days.

Sandra
Matron, Respiratory Medicine
""",
      tags=("work",))

# 12 --------------------------------------------------------------------------
c.add("other", subject="if the agency send HIM again",
      sender=("Chantelle Bewick", "chantelle.bewick86@example-mail.co.uk"),
      body="""On the rota for Tuesday night: agency. Guess who. The one who spent
three hours "on his break" last time and left me with all 12 in the
bay on my own.

If he turns up I swear I'll throttle someone. Probably the bank office.

Please tell me you're on too. Pleeeease.
""",
      tags=("work", "personal", *HNV))

# 13 --------------------------------------------------------------------------
c.add("bulk", subject="Annual leave request approved",
      sender=("HealthRoster", f"healthroster-noreply@{NHS}"),
      body=f"""Hello {SEC_NAME},

Your annual leave request has been APPROVED.

  From: 23/02/2027
  To:   27/02/2027
  Hours: 37.5

Remaining entitlement this year: 41.25 hours.
""",
      tags=("work", "confuser", "robot-no-list-headers"))

# 14 --------------------------------------------------------------------------
c.add("other", subject="CD book discrepancy - Sunday",
      sender=("Gurpreet Sandhu", f"gurpreet.sandhu@{NHS}"),
      body=f"""Hi {SEC},

During the weekly controlled drugs check on Ward 23 this morning, the
balance of morphine sulfate 10mg/5ml oral solution in the CD register
was 4.5ml lower than the stock in the cupboard. It's almost certainly
measurement error across several doses (it's a viscous liquid and
people round to the nearest ml), but we have to investigate anyway.

You were the second checker on three of the administrations on
Sunday. Could you meet me on the ward at 10 on Wednesday to go through
the entries? It'll take 20 minutes.

Thanks,
Gurpreet Sandhu
Ward Pharmacist
""",
      tags=("work",))

# 15 --------------------------------------------------------------------------
c.add("other", subject="Occupational Health appointment",
      sender=("Occupational Health", f"occhealth.admin@{NHS}"),
      body=f"""Dear {SEC_NAME},

Following your manager's referral, an appointment has been booked for
you with Occupational Health:

  Date: Thursday 8 January
  Time: 11:15
  Place: OH Department, Ground Floor, Ravensworth Building

The appointment is to discuss the back injury you sustained during a
patient transfer in November, and any adjustments that might help on
your return to full duties.

If you cannot attend, please let us know at least 48 hours in advance.

Occupational Health Administration
""",
      tags=("work",))

c.write()
