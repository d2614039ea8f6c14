"""train/to7: mail that is not party business, part 7 — mis-addressed mail meant for someone
else, out-of-office replies and bounces to the secretary's own personal mail, account robots.
All content hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "to7", seed=2807)
SEC_NAME, SEC_ADDR = c.secretary()
SEC = SEC_NAME.split()[0]
HNV = ("hard-negative", "benign-violent-word")

# 1 ---------------------------------------------------------------------------
c.add("other", subject="boiler's died - can you come Tuesday?",
      sender=("Lorraine Heslop", "lorraine.heslop@example-mail.co.uk"),
      body="""Hi Mark,

Got your email off the card you put through the door. Our boiler died
on Sunday night, it's showing an F28 code and there's no hot water or
heating. We've got a 6 month old so it's a bit grim.

Could you come and have a look Tuesday? Any time, I'm in all day. It's
a Worcester, about 10 years old. 22 Ravensworth Terrace, Gateshead.

Thanks,
Lorraine
""",
      tags=("misaddressed", *HNV))

# 2 ---------------------------------------------------------------------------
c.add("other", also=["query"], subject="Head of the Tyne - entry for our quad",
      sender=("Hugh Armstrong", "hugh.armstrong@example-rowing.org.uk"),
      body="""Dear Secretary,

Please find below our entry for the Head of the Tyne on 14 March:

  Club: Hexham Amateur Rowing Club
  Crew: Masters C coxless quad (4x-)
  Stroke: H. Armstrong
  Contact: 07700 900622

I've tried to pay the entry fee through the website but the link on the
entries page appears to be dead. Can you confirm how you'd like us to
pay? Bank transfer?

Many thanks,
Hugh Armstrong
Club Secretary, Hexham ARC
""",
      tags=("misaddressed", "confuser", *HNV))

# 3 ---------------------------------------------------------------------------
c.add("other", subject="RE: Completion - 41 Westmorland Rd - Dodds",
      sender=("Rachel Elliott, Forster Elliott Solicitors", "r.elliott@forsterelliott.example.co.uk"),
      body="""Dear Mr Dodds,

Further to our telephone conversation, I confirm that we are now in a
position to exchange contracts on your purchase of 41 Westmorland Road,
with completion set for Friday 27 February.

Please transfer the balance of the deposit (£18,450.00) to our client
account by 12 noon on Wednesday. For your protection, please telephone
this office on the number on our letterhead to verify our bank details
before sending any money. We will never change our bank details by
email.

Kind regards,

Rachel Elliott
Conveyancing Executive
Forster Elliott LLP

CONFIDENTIALITY: This email is intended only for the named recipient.
If you have received it in error, please notify the sender immediately
and delete it.
""",
      tags=("misaddressed",))

# 4 ---------------------------------------------------------------------------
c.add("other", subject="Kyle's detention",
      sender=("Donna Carr", "donnacarr1987@example-mail.co.uk"),
      body="""Mr Dodds,

I'm writing about Kyle's detention on Thursday. He says you gave him a
detention for saying he was going to "kill" Jayden. He was talking
about FIFA. They play it every night online together, they're best
mates. Jayden's mam will tell you the same.

I understand the school has to be careful and I'm not having a go, but
I don't think it's fair he misses football training for a video game.

Donna Carr (Kyle's mam, 9R)
""",
      tags=("misaddressed", *HNV))

# 5 ---------------------------------------------------------------------------
c.add("other", subject="RSVP - Sophie & Callum, 16 May",
      sender=("Jean Wardle", "jean.wardle1951@example-mail.co.uk"),
      body="""Dear Mark and Lesley,

Thank you so much for the invitation to Sophie and Callum's wedding.
George and I would be delighted to attend, both the ceremony and the
evening. George will have the beef, and I'll have the fish please.

We are so looking forward to it. It seems only yesterday Sophie was
running around your garden in her wellies.

With love,
Jean & George Wardle
""",
      tags=("misaddressed",))

# 6 ---------------------------------------------------------------------------
c.add("other", subject="RE: RE: RE: Q3 stock count - Gateshead depot",
      sender=("Paul Thirlwell", "paul.thirlwell@example-builders.co.uk"),
      to=["gateshead.depot@example-builders.co.uk", SEC_ADDR, "stock.control@example-builders.co.uk"],
      body=c.quote_reply("""Mark - can you confirm the timber count? Your number is 412 lengths
short of the system. I need it signed off before the auditors come in
on Monday.

Paul""", """Mark - please see below. Depot count attached. Variance on 4x2 CLS
is the big one. Can you check?

Lynne""", quoted_from="Lynne Hardy <lynne.hardy@example-builders.co.uk>", style="outlook"),
      tags=("misaddressed", "work"))

# 7 ---------------------------------------------------------------------------
c.add("other", subject="Re: RE: RE: RE: Q3 stock count - Gateshead depot",
      sender=("Mark Dodds (Depot)", "mark.dodds@example-builders.co.uk"),
      to=["paul.thirlwell@example-builders.co.uk"],
      cc=(SEC_ADDR,),
      body="""Paul, you've been sending these to the wrong Mark Dodds (the one
with the gmail). I'm the depot one. The timber count is correct, the
412 is the delivery that's been booked in but not put away.

Other Mark: sorry mate, ignore all of this. And thanks for forwarding
the first one.

Mark (the right one)
""",
      tags=("misaddressed", "work"))

# 8 ---------------------------------------------------------------------------
c.add("other", also=["query"], subject="allotment inspection date?",
      sender=("Ken Pattinson", "ken.pattinson@example-mail.co.uk"),
      body="""Hello, is this the Tynebridge Allotments Association? I got this email
from an old newsletter. When is the autumn plot inspection this year? I
am on plot 37 and I have been in hospital so it is a bit overgrown and
I don't want to lose it. My son is helping me clear it this weekend.

Ken Pattinson
""",
      tags=("misaddressed", "confuser"))

# 9 ---------------------------------------------------------------------------
c.add("bulk", subject="Automatic reply: Tuesday?",
      sender=("Kayleigh Robson", "kayleigh.robson@example-mail.co.uk"),
      headers=c.autoreply_headers("exchange"),
      body="""Hi, thanks for your email. I'm on annual leave in Tenerife until Monday
1st and won't be checking emails (I'm not even sorry).

For anything ward related please contact Joanne Swales or the nurse in
charge on extension 46023.

Kay
""",
      tags=("work",))

# 10 --------------------------------------------------------------------------
c.add("bulk", subject="Out of Office: Re: five-a-side Thursday",
      sender=("Steve Charlton", "steve.charlton@example-council.gov.uk"),
      headers=c.autoreply_headers("rfc3834"),
      body="""Thank you for your email. I am out of the office until 12 January with
limited access to email. If your matter is urgent, please contact the
Highways Helpdesk on 0191 498 0011.

Gateshead Borough Council is committed to protecting your personal
information. This email and any attachments are confidential.
""",
      tags=("work",))

# 11 --------------------------------------------------------------------------
c.add("bulk", subject="Delivery Status Notification (Failure)",
      raw=c.bounce("gaz.whitfield@example-oldisp.co.uk",
                   reason="550 5.1.1 The email account that you tried to reach does not exist.",
                   orig_subject="Re: tickets for Saturday"),
      body="",
      tags=("personal", "confuser", "robot-no-list-headers"))

# 12 --------------------------------------------------------------------------
c.add("bulk", subject="Security alert: new sign-in on Windows",
      sender=("Google", "no-reply@accounts.google.example.com"),
      fmt="alt",
      body=f"""A new sign-in on Windows

{SEC_ADDR}

We noticed a new sign-in to your Google Account on a Windows device. If
this was you, you don't need to do anything. If not, we'll help you
secure your account.

Check activity

You received this email to let you know about important changes to your
Google Account and services.
""",
      tags=("confuser", "robot-no-list-headers"))

# 13 --------------------------------------------------------------------------
c.add("bulk", subject="Invitation: Dentist - Mark @ Thu 15 Jan 08:40 - 09:10 (GMT)",
      sender=("Google Calendar", "calendar-notification@google.example.com"),
      fmt="alt",
      body=f"""Dentist - Mark
Thursday 15 Jan 08:40 – 09:10 (Greenwich Mean Time - London)

Where: Low Fell Dental Practice, Durham Road
Joining info: none

Organiser: Lesley Dodds
Guests: {SEC_ADDR}

Reply for {SEC_ADDR}: Yes / No / Maybe

Invitation from Google Calendar
""",
      tags=("personal", "confuser", "robot-no-list-headers"))

# 14 --------------------------------------------------------------------------
c.add("bulk", subject="Your Dropbox is full",
      sender=("Dropbox", "no-reply@dropbox.example.com"),
      fmt="html",
      html_body="""<html><body style="font-family:Arial;max-width:480px">
<h2>Your Dropbox is full</h2>
<p>Hi Mark, your Dropbox has reached its 2 GB limit. Files will stop syncing across your devices until you
free up space or upgrade.</p>
<p><a href="#" style="background:#0061fe;color:#fff;padding:10px 18px;text-decoration:none">Upgrade to Plus</a></p>
<p style="font-size:10px;color:#777">You're receiving this because you have a Dropbox Basic account.</p>
</body></html>""",
      body="",
      tags=("confuser", "robot-no-list-headers"))

# 15 --------------------------------------------------------------------------
c.add("bulk", subject="Cloud recording - Dodds family quiz night is now available",
      sender=("Zoom", "no-reply@zoom.example.us"),
      body=f"""Hi {SEC},

Your cloud recording is now available.

Topic: Dodds family quiz night 🧠
Date: Sunday 8:00 PM London

Share recording with viewers:
https://zoom.example.us/rec/share/7Fq2kLp

Passcode: Auntie#Sheila1

Recording duration: 01:47:22
""",
      tags=("personal", "confuser", "robot-no-list-headers"))

# 16 --------------------------------------------------------------------------
c.add("other", subject="Re: Toon",
      sender=("Gary Whitfield", "gazwhitfield@example-mail.com"),
      body=c.quote_reply("""New email, old one's dead. Yeah we got absolutely murdered.
4-0 and it could've been 8. the keeper's kicking was a crime, their number
11 was skinning our full-back every time. Season's over, might as
well shoot the manager now and save time.

Still on for the Villa game? I've got the tickets, £38 each.""",
                         """Did you watch it? Tell me I dreamt that""",
                         quoted_from=f"{SEC_NAME} <{SEC_ADDR}>", style="bottom"),
      tags=("personal", *HNV))

c.write()
