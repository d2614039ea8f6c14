"""train/te2: robots for Ashbourne & Dale CLP -- out-of-office and auto-replies, bounces,
calendar/Zoom/Teams/Drive/Dropbox/social/bank/membership/printer notifications. Most carry
no List-* or Precedence header at all. All message text is hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "te2", seed=1502)
SEC = c.clp[2]
NOH = ("confuser", "robot-no-list-headers")

# ====================================================================== auto-replies
c.add("bulk", """Thank you for your email.

I am currently out of the office with limited access to email, returning Monday 9 February. For Electoral Services matters please contact electoral.services@derbydales.example.gov.uk or call 01629 000 761.

Kind regards,

Adrian Foulds
Electoral Services Manager
Dales District Council

This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it. Dales District Council may monitor emails to ensure compliance with its policies.""",
      subject="Automatic reply: Polling district review - CLP response",
      sender=("Adrian Foulds", "adrian.foulds@derbydales.example.gov.uk"),
      headers=c.autoreply_headers("exchange"), tags=(*NOH, "autoreply", "exchange"))

c.add("bulk", """Hi! I'm in Lanzarote till the 12th with no signal (bliss) so won't see this till I'm back. If its about the quiz speak to Jan.

Bev x""", subject="Re: Quiz night tables",
      sender=("Bev Harding", "bevharding62@gmail.com"),
      headers=c.autoreply_headers("rfc3834"), tags=(*NOH, "autoreply", "gmail"))

c.add("bulk", """I'm away from my Mac until 3 March. I'll reply when I get back.""",
      subject="Auto-Reply: EC papers", sender=("Tom Radley", "tomradley@me.com"),
      headers=c.autoreply_headers("bare"), tags=(*NOH, "autoreply", "apple", "one-line"))

c.add("bulk", """I am on leave until Monday 3rd August and will not be checking emails.

For urgent ward casework in Dovebank please contact my ward colleague Cllr Sarah Kinsey (cllr.kinsey@derbydales.example.gov.uk). For anything else I'll get back to you when I return.

Cllr Mick Orme
Labour, Dovebank ward""", subject="Re: Canvassing Saturday - can you do Dovebank?",
      sender=("Cllr Mick Orme", "cllr.orme@derbydales.example.gov.uk"),
      tags=(*NOH, "autoreply", "councillor"))

c.add("bulk", """Thank you for contacting the office of Laura Whitcombe MP.

This is an automated response to confirm we have received your email.

If you are a constituent, please ensure you have included your full postal address, as we can only take up cases for people living in the Ashbourne & Dale constituency. We aim to respond to all correspondence within 15 working days.

If your enquiry is about an urgent immigration matter or a hospital appointment in the next 48 hours, please call the office on 01335 000 219.

Please note that we receive a very high volume of emails on national policy campaigns and may send a standard response.

Laura Whitcombe MP
Member of Parliament for Ashbourne & Dale
House of Commons, London SW1A 0AA""", subject="Thank you for contacting Laura Whitcombe MP",
      sender=("Office of Laura Whitcombe MP", "laura.whitcombe.mp@parliament.example.uk"),
      headers=c.autoreply_headers("exchange"), tags=(*NOH, "autoreply", "mp-office"))

c.add("bulk", """Thanks for your email. The East Midlands Regional Office mailbox is monitored Monday to Friday, 9.30am - 5pm. We aim to respond within 3 working days.

For membership enquiries please use the Membership Services contact form. For safeguarding concerns please email safeguarding@labour.example.org.uk.

East Midlands Labour""", subject="[Auto] Received: Request for CLP bank mandate form",
      sender=("East Midlands Labour", "eastmidlands@labour.example.org.uk"),
      headers=c.autoreply_headers("rfc3834"), tags=(*NOH, "autoreply", "regional"))

c.add("bulk", """Hello,

I'm on maternity leave from 1 September until further notice. Your email will not be forwarded.

For anything to do with the Dales Community Hall bookings please email bookings@dalescommunityhall.example.org.uk and Pete or Shirley will help.

Thanks,
Rosie""", subject="Out of Office: Room booking for GC in October",
      sender=("Rosie Allsop", "rosie@dalescommunityhall.example.org.uk"),
      headers=c.autoreply_headers("exchange"), tags=(*NOH, "autoreply",))

c.add("bulk", """This email address is no longer monitored.

Please update your records. The Ashbourne Town Council clerk can now be contacted at clerk@ashbournetowncouncil.example.gov.uk.""",
      subject="Undeliverable? No - address no longer in use",
      sender=("Town Clerk", "townclerk.ashbourne@btconnect.example.com"),
      headers=c.autoreply_headers("bare"), tags=(*NOH, "autoreply"))

c.add("bulk", """Dear Customer

Thank you for contacting Dales District Council. Your enquiry has been logged.

Your reference number is: CRM-0418822

Service: Waste & Recycling - Missed collection (communal)
Address: Dovebank Community Centre

We aim to resolve enquiries within 10 working days. Please quote your reference number in any further correspondence.

Please do not reply to this email, this mailbox is not monitored.""",
      subject="Your enquiry CRM-0418822", sender=("Dales District Council", "noreply@derbydales.example.gov.uk"),
      tags=(*NOH, "autoreply", "council"))

c.add("bulk", """Away until Tuesday at my daughter's wedding in Whitby, will reply when I'm home and recovered. If it's about the GC agenda, Helen has it all.

Nigel Hart
Chair, Ashbourne & Dale CLP""", subject="Re: GC agenda - final version",
      sender=("Nigel Hart", "nigel.hart.ad@gmail.com"), headers=c.autoreply_headers("gmail"),
      tags=("autoreply", "gmail"))

c.add("bulk", """Hi - I'm working a different shift pattern this week and not on the newsdesk until Thursday. For anything time-sensitive please email news@dalesmercury.example.co.uk.

Kirsty Mellor
Political Reporter | The Dales Mercury""", subject="Automatic reply: Press release - Labour candidate selected",
      sender=("Kirsty Mellor", "kirsty.mellor@dalesmercury.example.co.uk"),
      headers=c.autoreply_headers("exchange"), tags=(*NOH, "autoreply", "press"))

c.add("bulk", c.quote_reply("""Thank you for your message. I am not available at the moment. I will get back to you as soon as possible.

Marek""", """Dear Marek,

Please find attached the papers for Tuesday's EC, including the draft budget and the treasurer's report.

Helen""", quoted_from="Helen Pryce <secretary@ashbournedalelabour.org.uk>", style="outlook"),
      subject="Automatyczna odpowiedź: EC papers Tuesday", sender=("Marek Zielinski", "marek.zielinski@onet.example.pl"),
      headers=c.autoreply_headers("rfc3834"), tags=(*NOH, "autoreply", "quoted"))

c.add("bulk", """Carsington Edge Primary School is now closed for the half-term holiday and will reopen on Monday 23 February.

Emails to staff will be picked up when school reopens. If you have a safeguarding concern during the holiday please contact Derbyshire Children's Services on 01629 000 300.

Have a lovely break!""", subject="Re: Polling station at the school - access on 7 May",
      sender=("Carsington Edge Primary", "office@carsingtonedge.example.sch.uk"),
      headers=c.autoreply_headers("exchange"), tags=(*NOH, "autoreply",))

# ====================================================================== bounces
c.add("bulk", b"", raw=c.bounce("jean.holloway@aol.example.com",
                                 reason="552 5.2.2 <%s>: Mailbox full", orig_subject="Ashbourne North branch - February meeting",
                                 subject="Mail delivery failed: returning message to sender"), tags=(*NOH, "bounce",))
c.add("bulk", b"", raw=c.bounce("dovebanklabour@yahoo.example.co.uk",
                                 orig_subject="Minutes of AGM 2025 (draft)"), tags=(*NOH, "bounce",))
c.add("bulk", b"", raw=c.bounce("p.stretton@dalesfarmers.example.co.uk",
                                 reason="550 5.7.1 Message rejected as spam by Content Filtering",
                                 subject="Delivery Status Notification (Failure)",
                                 orig_subject="Invitation: Summer fundraiser at Hognaston Cross"), tags=(*NOH, "bounce",))
c.add("bulk", b"", raw=c.bounce("treasurer@ashdalelabour.example.org",
                                 reason="Host or domain name not found. Name service error for name=ashdalelabour.example.org type=A: Host not found",
                                 orig_subject="Quarterly accounts"), tags=(*NOH, "bounce",))

c.add("bulk", """Delivery has failed to these recipients or groups:

graham.pilling@nhs.example.net
Your message wasn't delivered because the attachment is too large. The maximum message size allowed by the recipient's organisation is 10 MB.

Diagnostic information for administrators:

Generating server: LO2P265MB0812.GBRP265.PROD.OUTLOOK.COM
graham.pilling@nhs.example.net
Remote Server returned '552 5.3.4 Message size exceeds fixed maximum message size'

Original message headers:
From: Helen Pryce <secretary@ashbournedalelabour.org.uk>
Subject: GC papers incl. scanned minutes
""", subject="Undeliverable: GC papers incl. scanned minutes",
      sender=("Microsoft Outlook", "postmaster@outlook.example.com"),
      headers={"Auto-Submitted": "auto-replied"}, fmt="html", tags=(*NOH, "bounce", "exchange"))

# ====================================================================== calendar
c.add("bulk", """Ashbourne & Dale CLP - Executive Committee
Tuesday 10 March 2026 ⋅ 7:00 – 9:00pm (Greenwich Mean Time)

Location: Dales Community Hall, Room 2 / Zoom

Join Zoom Meeting https://zoom.example.us/j/81234567722

Agenda to follow. Please send apologies to Helen.

Organiser: Nigel Hart
Guests: Helen Pryce, Marek Zielinski, Tom Radley, Sarah Kinsey, Priti Mistry, +4 more

Reply for secretary@ashbournedalelabour.org.uk
Yes  No  Maybe  More options

Invitation from Google Calendar

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.""",
      subject="Invitation: Ashbourne & Dale CLP - Executive Committee @ Tue 10 Mar 2026 7pm - 9pm (GMT) (secretary@ashbournedalelabour.org.uk)",
      sender=("Nigel Hart", "calendar-notification@google.com"), reply_to="nigel.hart.ad@gmail.com",
      fmt="alt", tags=(*NOH, "calendar"))

c.add("bulk", """Reminder: General Committee
Thursday 19 March 2026 ⋅ 7:30pm – 9:30pm
Ashbourne Methodist Church Hall, Compton

View all event details
You are receiving this email at the account secretary@ashbournedalelabour.org.uk because you set a reminder for this event on calendar Ashbourne & Dale Labour.

Forwarding this invitation could allow any recipient to send a response to the organiser and be added to the guest list.

Google Calendar""", subject="Notification: General Committee @ Thu 19 Mar 2026 7:30pm - 9:30pm (GMT)",
      sender=("Google Calendar", "calendar-notification@google.com"), fmt="html",
      tags=(*NOH, "calendar", "reminder"))

c.add("bulk", """Priti Mistry has accepted this invitation.

Ashbourne & Dale CLP - Executive Committee
Tuesday 10 March 2026 ⋅ 7:00 – 9:00pm (Greenwich Mean Time)

Invitation from Google Calendar""", subject="Accepted: Ashbourne & Dale CLP - Executive Committee @ Tue 10 Mar 2026 7pm - 9pm (GMT)",
      sender=("Priti Mistry", "priti.mistry@hotmail.co.uk"),
      tags=(*NOH, "calendar"))

c.add("bulk", """Tom Radley has declined this invitation.

Tom Radley's note: "Sorry - parents' evening. Will send a report."

Ashbourne & Dale CLP - Executive Committee
Tuesday 10 March 2026 ⋅ 7:00 – 9:00pm (Greenwich Mean Time)

Invitation from Google Calendar""", subject="Declined: Ashbourne & Dale CLP - Executive Committee @ Tue 10 Mar 2026 7pm - 9pm (GMT)",
      sender=("Tom Radley", "tomradley@me.com"), tags=(*NOH, "calendar"))

c.add("bulk", """This event has been changed.

Changed: Location
Ashbourne Methodist Church Hall, Compton → St Oswald's Parish Rooms, Church Street

Campaign planning - May elections
Saturday 7 February 2026 ⋅ 10am – 12:30pm

Organiser: Sarah Kinsey

Invitation from Google Calendar""", subject="Updated invitation with note: Campaign planning - May elections @ Sat 7 Feb 2026 10am - 12:30pm (GMT)",
      sender=("Sarah Kinsey", "calendar-notification@google.com"), reply_to="sarahkinsey.labour@gmail.com",
      tags=(*NOH, "calendar"))

c.add("bulk", """Your meeting request was forwarded

Eileen Shaw has forwarded your meeting request to additional recipients.

Meeting
Treasurers' handover
Wednesday, 4 February 2026 18:00-19:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

Recipients
Colin Shaw

All times listed are in the following time zone: (UTC+00:00) Dublin, Edinburgh, Lisbon, London

Sent by Microsoft Exchange Server""", subject="Meeting Forward Notification: Treasurers' handover",
      sender=("Microsoft Outlook", "eileen.shaw@dalescoop.example.co.uk"),
      headers={"Auto-Submitted": "auto-generated", "X-MS-Exchange-Generated-Message-Source": "Calendar Assistant"},
      tags=(*NOH, "calendar", "exchange"))

# ====================================================================== Zoom / Teams
c.add("bulk", """Hi Helen,

Someone is waiting for you in your meeting. Your meeting "Ashbourne & Dale CLP - Women's Forum" has participants waiting in the waiting room.

Start meeting

Thank you for choosing Zoom.
-The Zoom Team""", subject="Participants are waiting for you to start your meeting",
      sender=("Zoom", "no-reply@zoom.us"), fmt="html", tags=(*NOH, "zoom", "notification"))

c.add("bulk", """Hi Helen Pryce,

Thank you for registering for "East Midlands Labour: Data Protection for CLP Officers".

Date & Time: Feb 24, 2026 06:30 PM London

Join from PC, Mac, iPad, or Android: Click Here to Join
Note: This link should not be shared with others; it is unique to you.
Passcode: 418220

Add to Calendar  Add to Google Calendar  Add to Yahoo Calendar

You can cancel your registration at any time.""",
      subject="East Midlands Labour: Data Protection for CLP Officers Confirmation",
      sender=("East Midlands Labour", "no-reply@zoom.us"), fmt="alt", tags=(*NOH, "zoom", "notification"))

c.add("bulk", """Rachel Dunmore sent you a message

"Hi Helen, are the ward boundary maps on the shared drive somewhere? Can't find them."

Reply in Teams

Microsoft Teams
You're receiving this email because you have unread messages in Microsoft Teams. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""",
      subject="Rachel Dunmore sent you a message", sender=("Microsoft Teams", "noreply@email.teams.microsoft.example.com"),
      fmt="html", tags=(*NOH, "teams", "notification", "quotes-member"))

c.add("bulk", """You have been added to a team

Owen Fletcher added you to the team "Ashbourne & Dale Campaign 2026" in Microsoft Teams.

Open Microsoft Teams

Download the app for your phone or desktop.""",
      subject="You have been added to a team in Microsoft Teams", sender=("Microsoft Teams", "noreply@email.teams.microsoft.example.com"),
      tags=(*NOH, "teams", "notification"))

c.add("bulk", """Missed activity in Microsoft Teams

Ashbourne & Dale Campaign 2026 > General
Owen Fletcher mentioned you: "@Helen Pryce can you check the imprint on the Dovebank leaflet before it goes to print Monday"

Ashbourne & Dale Campaign 2026 > Leafleting
4 new messages

Open Teams""",
      subject="You have 5 new notifications in Microsoft Teams",
      sender=("Microsoft Teams", "noreply@email.teams.microsoft.example.com"), fmt="html",
      headers={"Precedence": "bulk"}, tags=("teams", "notification", "quotes-member"))

# ====================================================================== Drive / Dropbox / Docs
c.add("bulk", """Karen Bell shared a document

Karen Bell (karen.bell.dales@gmail.com) has invited you to edit the following document:

Draft minutes - AGM 2026

"Hi Helen, here's my go at the minutes - I wasn't sure about the wording on the standing orders vote, can you check?"

Open

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because karen.bell.dales@gmail.com shared a document with you from Google Docs.""",
      subject="Document shared with you: \"Draft minutes - AGM 2026\"",
      sender=("Karen Bell (via Google Docs)", "drive-shares-dm-noreply@google.com"),
      reply_to="karen.bell.dales@gmail.com", fmt="alt", tags=(*NOH, "google-drive", "notification", "quotes-member"))

c.add("bulk", """Karen Bell mentioned you in the following document

Draft minutes - AGM 2026

Karen Bell
"@secretary@ashbournedalelabour.org.uk is this right - 34 for, 6 against, 2 abstentions? I wrote 4 abstentions on my sheet."

Reply  Open

You received this email because you were mentioned in a comment thread.""",
      subject="Draft minutes - AGM 2026 (Karen Bell)",
      sender=("Karen Bell (Google Docs)", "comments-noreply@docs.google.com"),
      tags=(*NOH, "google-drive", "notification", "quotes-member"))

c.add("bulk", """Hi Helen,

Nigel Hart shared a folder with you.

"GC papers - March"
4 files

"all in here, hopefully the right versions this time!"

View folder

Enjoy!
The Dropbox team""", subject="Nigel Hart shared \"GC papers - March\" with you",
      sender=("Dropbox", "no-reply@dropbox.example.com"), fmt="html",
      tags=(*NOH, "dropbox", "notification", "quotes-member"))

c.add("bulk", """Hi Helen,

Your Dropbox is almost full. You're using 1.9 GB of your 2 GB.

When your Dropbox is full, your files will stop syncing. Upgrade to Dropbox Plus for 2 TB of space.

Upgrade now

- The Dropbox team""", subject="Your Dropbox is almost full",
      sender=("Dropbox", "no-reply@dropbox.example.com"), headers=c.newsletter_headers(),
      tags=("dropbox", "notification"))

# ====================================================================== social media
c.add("bulk", """Ashbourne & Dale Labour

You have a new message from Dave Crossley

Dave Crossley: hiya are you doing a stall on the market again saturday? my mum wants to sign the petition about the bus

Reply

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
This message was sent to secretary@ashbournedalelabour.org.uk. To help keep your account secure, please don't forward this email.""",
      subject="You have a new message from Dave on Facebook",
      sender=("Facebook", "notification@facebookmail.example.com"), fmt="alt",
      tags=(*NOH, "social", "facebook", "quotes-member"))

c.add("bulk", """Ashbourne & Dale Labour

Sheila Gratton commented on your post: "Well done to everyone who came out in the snow!! Proud of this town x"

See comment

You're receiving these notifications as an admin of Ashbourne & Dale Labour. Unsubscribe""",
      subject="Sheila Gratton commented on your post",
      sender=("Facebook", "notification@facebookmail.example.com"),
      headers={"List-Unsubscribe": "<https://www.facebook.example.com/o.php?k=AS2&u=1000&mid=5f1>"},
      tags=("social", "facebook", "quotes-member"))

c.add("bulk", """Ashbourne & Dale Labour

Ray Bagshaw commented on your post "Your Labour team for Dovebank": "Labour have killed this town. Bus gone, bank gone, now the library. You lot are finished round here come May."

3 other people reacted to this comment.

See comment

You're receiving these notifications as an admin of Ashbourne & Dale Labour.""",
      subject="Ray Bagshaw commented on your post",
      sender=("Facebook", "notification@facebookmail.example.com"),
      tags=(*NOH, "social", "facebook", "quotes-member", "hard-negative", "metaphor", "angry"))

c.add("bulk", """Your Page had 27 new likes this week

Ashbourne & Dale Labour
27 new Page likes
1,402 post engagements
3 new messages

Your most popular post: "Thank you to the 40 volunteers who..."  reached 3,211 people

See Insights""",
      subject="Ashbourne & Dale Labour: 27 new likes this week",
      sender=("Facebook", "notification@facebookmail.example.com"), fmt="html",
      headers={"List-Unsubscribe": "<https://www.facebook.example.com/o.php?k=AS3&u=1000&mid=6a2>"},
      tags=("social", "facebook"))

c.add("bulk", """@DalesWatcher mentioned you

DalesWatcher @DalesWatcher
Replying to @AshDaleLabour
Funny how the "listening" stall vanished the minute someone asked about the car park charges. Typical.

View post

X Corp. 1355 Market Street, Suite 900 San Francisco, CA 94103""",
      subject="@DalesWatcher mentioned you", sender=("X", "notify@x.example.com"),
      tags=(*NOH, "social", "x", "quotes-member"))

c.add("bulk", """@AshDaleLabour, you have new followers!

Derbyshire Unison @DerbysUnison
Dales Cycling Club @DalesCC
Kev Hollis @kevhollis77

and 9 others.

View your followers""",
      subject="Derbyshire Unison and 11 others followed you",
      sender=("X", "info@x.example.com"), headers=c.newsletter_headers(), fmt="html",
      tags=("social", "x"))

c.add("bulk", """ashdale_labour, you have 3 unread messages

lucy.bakes.ashbourne, ash_yfc and 1 other sent you messages.

Open Instagram

from Meta
This message was sent to secretary@ashbournedalelabour.org.uk.""",
      subject="3 unread messages", sender=("Instagram", "no-reply@mail.instagram.example.com"),
      tags=(*NOH, "social", "instagram"))

c.add("bulk", """Hi ashdale_labour,

Someone tried to log in to your Instagram account from a new device.

Device: Samsung Galaxy A14
Location: Leicester, United Kingdom

If this was you, you can ignore this message. If this wasn't you, secure your account.

Thanks,
The Instagram team""", subject="New login to Instagram from Samsung Galaxy A14",
      sender=("Instagram", "security@mail.instagram.example.com"),
      tags=(*NOH, "social", "instagram", "security-alert"))

# ====================================================================== bank / money
c.add("bulk", """Dear Customer,

Your statement for account ending 4471 (ASHBOURNE AND DALE CONSTITUENCY LABOUR PARTY) is now available to view in Online Banking.

Statement period: 01/01/2026 - 31/01/2026

For your security, we will never ask for your password, PIN or security codes by email.

Unity Trust Bank""", subject="Your statement is ready",
      sender=("Unity Trust Bank", "no-reply@unity.example.co.uk"),
      tags=(*NOH, "bank"))

c.add("bulk", """A new payee has been added

A new payee "DERBYSHIRE PRINT CO" was added to account ending 4471 on 12/02/2026 at 21:14 by user ESHAW01.

If you did not make this change, call us immediately on 0345 000 0123.

Unity Trust Bank
Please do not reply to this email.""", subject="Security notification: new payee added",
      sender=("Unity Trust Bank", "alerts@unity.example.co.uk"),
      tags=(*NOH, "bank", "security-alert"))

c.add("bulk", """Hi Helen,

Eileen Shaw sent you £20.00 GBP

Note from Eileen Shaw:
"For the raffle and put the change in the fighting fund. see you thursday"

Transaction ID: 5KT93288RL4401716

The money is in your PayPal balance.

PayPal""", subject="You've got money", sender=("service@paypal.example.co.uk", "service@paypal.example.co.uk"),
      fmt="html", tags=(*NOH, "bank", "quotes-member"))

c.add("bulk", """Payout sent

Hi Helen,

We've sent £184.60 to your bank account ending 4471. It should arrive within 1-2 working days.

Transactions included: 23 card payments from Saturday 7 February (Christmas Fair).

SumUp""", subject="Your payout of £184.60 is on its way",
      sender=("SumUp", "noreply@sumup.example.com"), tags=(*NOH, "bank"))

c.add("bulk", """You've received a donation!

Kate Ormerod donated £25.00 to "Ashbourne & Dale Labour - Campaign Fund"

Message: "Good luck in May. Get them out!"

Total raised: £2,335 of £4,000 target

JustGiving
You can change your email preferences at any time.""",
      subject="You've received a donation of £25.00", sender=("JustGiving", "noreply@justgiving.example.com"),
      headers=c.newsletter_headers(), tags=("bank", "quotes-member"))

# ====================================================================== membership system
c.add("bulk", """WEEKLY NEW MEMBERS REPORT
Ashbourne & Dale CLP (CLP code 0481)
Week ending: Sunday 8 February 2026

New members this week: 5

Name | Branch/Ward | Joined | Type
A. Moorcroft | Ashbourne North | 02/02/2026 | Standard
J. Tideswell | Dovebank | 03/02/2026 | Reduced (Unwaged)
R. Ghosh | Ashbourne South | 04/02/2026 | Standard
S. Peveril | Carsington Edge | 06/02/2026 | Young member
L. Whitworth | Hognaston Cross | 07/02/2026 | Standard (affiliated: UNISON)

Members lapsed this week: 2
Members moved into CLP: 1
Members moved out of CLP: 0

Current membership: 612

The full report with contact details is available to authorised officers in Membersnet > Reports. Please remember this data is for Labour Party purposes only and must be handled in line with the Party's data protection policy.

This is an automated email from the Labour Party membership system. Replies to this address are not monitored.""",
      subject="Weekly new members report - Ashbourne & Dale CLP",
      sender=("Labour Party Membership", "membership-reports@labour.example.org.uk"),
      tags=(*NOH, "membership-system"))

c.add("bulk", """MEMBERSHIP ARREARS REPORT - MONTHLY
Ashbourne & Dale CLP

Members in arrears (1-6 months): 23
Members lapsed (over 6 months, removed this month): 4

Officers may contact members in arrears to encourage them to renew. Please use the template messages in Membersnet. Do not share this report outside authorised officers.

Generated: 01/03/2026 04:00

Labour Party Membership Services - automated report""",
      subject="Monthly arrears report - Ashbourne & Dale CLP",
      sender=("Labour Party Membership", "membership-reports@labour.example.org.uk"),
      headers={"Auto-Submitted": "auto-generated"}, tags=(*NOH, "membership-system"))

c.add("bulk", """Hi Helen,

Your Membersnet password was changed on 14 February 2026 at 22:41.

If you made this change, you don't need to do anything.

If you didn't, please reset your password immediately and contact the Membership Services helpdesk.

The Labour Party""", subject="Your Membersnet password has been changed",
      sender=("Labour Party", "no-reply@membersnet.labour.example.org.uk"),
      tags=(*NOH, "membership-system", "security-alert"))

c.add("bulk", """New event registration

Event: Ashbourne & Dale - New Members' Social
Date: Friday 20 March, 7pm, The Coach & Horses, Ashbourne

Registrant: Rupa Ghosh
Ward: Ashbourne South
Dietary/access requirements: none

Total registered: 14

Manage event in Membersnet.""", subject="New registration: Ashbourne & Dale - New Members' Social",
      sender=("Membersnet Events", "events-noreply@membersnet.labour.example.org.uk"),
      tags=(*NOH, "membership-system"))

# ====================================================================== printers / orders / deliveries
c.add("bulk", """Hi Helen,

Good news - your order is on its way!

Order: DPC-88217
5,000 x A5 leaflets, 130gsm gloss, "Dovebank - Your Labour Team"
Courier: DPD
Tracking number: 15502839940021
Expected delivery: Thursday 12 February, 10:41 - 11:41

We'll text you on the morning of delivery.

Thanks for printing with Derbyshire Print Co.""",
      subject="Hi Helen, your order DPC-88217 has been dispatched",
      sender=("Derbyshire Print Co", "orders@derbyshireprint.example.co.uk"),
      tags=(*NOH, "printer", "order"))

c.add("bulk", """Your parcel is coming today!

Hi Helen, your parcel from Derbyshire Print Co will be delivered between 10:41 and 11:41.

Your driver today is Stuart.

Not in? Choose a safe place or deliver to a neighbour.

DPD""", subject="Your DPD parcel is arriving today between 10:41 and 11:41",
      sender=("DPD", "noreply@dpd.example.co.uk"), fmt="html", tags=(*NOH, "order"))

c.add("bulk", """Your Amazon.co.uk order #204-8831902-4455126

Hello Helen Pryce,

Thanks for your order. We'll let you know once your item(s) have dispatched.

Arriving: Wednesday

Clipboard A4 with Cover, Pack of 6 - £14.99
Pritt Stick 43g, Pack of 3 - £6.45

Order total: £21.44

Amazon.co.uk""", subject="Your Amazon.co.uk order of \"Clipboard A4 with Cover, Pack of 6...\"",
      sender=("Amazon.co.uk", "auto-confirm@amazon.example.co.uk"), fmt="alt",
      tags=(*NOH, "order"))

c.add("bulk", """Door to Door booking confirmation

Booking reference: D2D-773104
Campaign: Ashbourne & Dale Labour - spring newsletter
Delivery window: 2 March - 13 March 2026
Postcode sectors: DE6 1, DE6 2, DE6 3
Items: 14,200

Please deliver your items to Ashbourne Delivery Office by 23 February with the Royal Mail consignment note attached to every pallet.

Royal Mail Marketreach""", subject="Your Door to Door booking is confirmed - D2D-773104",
      sender=("Royal Mail Marketreach", "d2d.bookings@royalmail.example.com"),
      tags=(*NOH, "order"))

# ====================================================================== misc SaaS
c.add("bulk", """Sarah Kinsey has voted in your poll

"EC dates - April/May"

Sarah Kinsey's preferences:
Tue 14 Apr ✓
Wed 15 Apr ✓
Tue 21 Apr (if need be)

6 of 9 participants have voted. View results

Doodle""", subject="Sarah Kinsey has voted in \"EC dates - April/May\"",
      sender=("Doodle", "mailer@doodle.example.com"), tags=(*NOH, "notification"))

c.add("bulk", """Hi Helen,

Your domain ashbournedalelabour.org.uk will automatically renew in 30 days.

Renewal date: 15 March 2026
Price: £9.99 + VAT (1 year)
Payment method: Visa ending 0082

Nothing to do - if you'd like to cancel auto-renew, log in to your account.

123-Reg""", subject="ashbournedalelabour.org.uk renews in 30 days",
      sender=("123-Reg", "noreply@123-reg.example.co.uk"), tags=(*NOH, "notification"))

c.add("bulk", """Your password will expire in 3 days

The password for secretary@ashbournedalelabour.org.uk will expire on 18/02/2026.

Change password now

Microsoft 365 admin""", subject="Password expiry notice",
      sender=("Microsoft 365", "no-reply@microsoft.example.com"), fmt="html",
      tags=(*NOH, "notification", "security-alert"))

c.add("bulk", """New response to Volunteer sign-up 2026

Name: Graham Peel
Ward: Hognaston Cross
I can help with: Delivering leaflets, Driving people to polling stations
Availability: Weekends
Anything else?: I've got a van if you need stuff moving

View all responses in Google Forms""",
      subject="New response: Volunteer sign-up 2026", sender=("Google Forms", "forms-receipts-noreply@google.com"),
      tags=(*NOH, "webform-robot", "quotes-member"))

c.add("bulk", """Hi Helen,

1 contact unsubscribed from "Ashbourne & Dale members" in the last 24 hours.

j.tideswell@btinternet.example.com - reason given: "I get enough emails from national"

View audience

Mailchimp""", subject="Unsubscribe notification", sender=("Mailchimp", "no-reply@mailchimp.com"),
      tags=(*NOH, "campaign-tool"))

c.add("bulk", """New event scheduled

Invitee: Tom Bakewell
Event type: 20 minute call with the CLP Secretary
Date: Thursday 26 February 2026, 12:30 - 12:50
Invitee notes: "about setting up a Young Labour group"

Calendly""", subject="New Event: Tom Bakewell - 12:30pm Thu, Feb 26, 2026 - 20 minute call with the CLP Secretary",
      sender=("Calendly", "notifications@calendly.example.com"), tags=(*NOH, "calendar", "quotes-member"))

c.add("bulk", """Your e-tickets

Booking reference: TLN7K2XQ
Ashbourne → Liverpool Lime Street
Sunday 27 September 2026
Out: 07:48 (change at Derby)
Return: Wednesday 30 September, 17:15

1 Adult, Advance Single x2, Railcard applied
Total: £38.60

Download your tickets in the app.

Trainline""", subject="Your Trainline tickets - TLN7K2XQ",
      sender=("Trainline", "auto-confirm@info.thetrainline.example.com"), fmt="alt",
      tags=(*NOH, "order"))

c.add("bulk", """Thanks for riding with Uber, Helen

Total £23.40

Trip: Sat 3:12am
From: Leisure Centre, Clifton Road, Ashbourne
To: Sturston Lane, Ashbourne

Payment: Personal Visa ••0082

Rate your driver Mohammed""", subject="Your Saturday morning trip with Uber",
      sender=("Uber Receipts", "noreply@uber.example.com"), fmt="html",
      tags=(*NOH, "order"))

c.add("bulk", """You appeared in 9 searches this week

Helen, see who's looking at your profile:
- A recruiter at Derbyshire County Council
- Someone at East Midlands Chamber
- 7 others

Try Premium for free

LinkedIn""", subject="Helen, you appeared in 9 searches this week",
      sender=("LinkedIn", "notifications-noreply@linkedin.example.com"),
      headers=c.newsletter_headers(), tags=("social", "notification"))

c.add("bulk", """Trending in Ashbourne this week

"Does anyone know why the bins weren't collected on Sturston Road?" - 42 replies
"Lost cat - ginger, answers to Biscuit" - 18 replies
"Recommendations for a good electrician" - 31 replies
"Who are the candidates for the council elections?" - 56 replies

See more on Nextdoor

You're receiving this because you're a member of Nextdoor Ashbourne Central.""",
      subject="Trending in Ashbourne Central: bins, Biscuit and the elections",
      sender=("Nextdoor", "no-reply@rs.email.nextdoor.example.co.uk"),
      headers=c.newsletter_headers(), tags=("social", "digest"))

c.add("bulk", """You have new messages in Ashbourne & Dale Labour

#campaign
Owen Fletcher: leaflets have arrived, 8 boxes in my garage
Priti Mistry: brill, I'll take Compton tomorrow

#general
Sarah Kinsey: who's got the gazebo?

Open Slack

Slack Technologies, 500 Howard Street, San Francisco, CA""",
      subject="[Slack] New messages from Owen, Priti and Sarah in Ashbourne & Dale Labour",
      sender=("Slack", "feedback@slack.example.com"), tags=(*NOH, "notification", "quotes-member"))

c.add("bulk", """Reminder: quarterly donation report

This is a reminder that registered accounting units must submit their quarterly donations and borrowing report for Q1 2026 (1 January - 31 March) by 30 April 2026 if they have accepted reportable donations.

If your accounting unit has not accepted any reportable donations, you do not need to submit a nil return unless required by your party's central office.

Submit through PEF Online.

The Electoral Commission
Please do not reply to this automated message.""",
      subject="Reminder: Q1 2026 donations report", sender=("Electoral Commission", "noreply@electoralcommission.example.org.uk"),
      tags=(*NOH, "notification"))

c.add("bulk", """Planning application update

You commented on application 25/00931/FUL (Land off Sturston Lane, Ashbourne - erection of 64 dwellings).

A decision has been made: GRANTED subject to conditions (Planning Committee, 10 February 2026).

View the decision notice on the planning portal.

This is an automatically generated email from Dales District Council Planning Services.""",
      subject="Planning application 25/00931/FUL - decision issued",
      sender=("Planning Services", "planning-noreply@derbydales.example.gov.uk"),
      tags=(*NOH, "notification", "council"))

c.add("bulk", """You have a new survey response

Survey: Ashbourne & Dale Labour - members' survey 2026
Respondent: anonymous

Q1 How long have you been a member? 1-3 years
Q2 How often do you come to branch meetings? Never
Q3 What stops you? "Meetings are at 7pm on a weeknight and I do shifts. Would come to a Saturday morning thing."
Q4 Which issues matter most to you? NHS, cost of living, buses

View all 48 responses

SurveyMonkey""", subject="New response: Ashbourne & Dale Labour - members' survey 2026",
      sender=("SurveyMonkey", "member@surveymonkeyuser.example.com"), headers=c.newsletter_headers(),
      tags=("webform-robot", "quotes-member"))

c.add("bulk", """Your free trial of Canva Pro ends in 2 days

Hi Helen, your team "Ashbourne & Dale Labour" will move back to Canva Free on 19 February. You'll keep your designs but lose access to Brand Kit and Background Remover.

Nonprofits can get Canva Pro free - apply now.

Canva""", subject="Your Canva Pro trial ends in 2 days",
      sender=("Canva", "marketing@engage.canva.example.com"), headers=c.newsletter_headers("Mailerlite"),
      fmt="html", tags=("marketing",))

c.add("bulk", """Your booking is confirmed

Dales Community Hall
Room 2 (capacity 40)
Tuesday 10 March 2026, 18:45 - 21:15
Booked by: Ashbourne & Dale CLP
Hire charge: £36.00 - invoice to follow

Key collection from reception. Please leave the room as you found it and stack the chairs.

Dales Community Hall booking system - do not reply to this email""",
      subject="Booking confirmation - Room 2 - Tue 10 Mar", sender=("Dales Community Hall", "bookings-noreply@dalescommunityhall.example.org.uk"),
      tags=(*NOH, "notification", "venue"))

c.add("bulk", """Hi Helen,

Just a reminder that your Parish Rooms booking is this Saturday, 10am - 12:30.

Please remember the fire doors at the back must be kept clear at all times and the fire assembly point is the car park. The kitchen is available, but please don't use the urn if the red light is on.

St Oswald's Parish Rooms - automated booking reminder""",
      subject="Booking reminder: Saturday 10am - Parish Rooms",
      sender=("St Oswald's Parish Rooms", "hallbookings@stoswaldsashbourne.example.org.uk"),
      tags=(*NOH, "reminder", "venue", "hard-negative", "benign-violent-word"))

c.add("bulk", """Your invoice from Dales Community Hall

Invoice INV-2026-0217
Amount due: £36.00
Due date: 10 March 2026

Pay online or by bank transfer (reference INV-2026-0217).

This invoice was sent using Xero on behalf of Dales Community Hall.""",
      subject="Invoice INV-2026-0217 from Dales Community Hall for Ashbourne & Dale CLP",
      sender=("Dales Community Hall", "messaging-service@post.xero.example.com"),
      tags=(*NOH, "notification", "venue"))

c.add("bulk", """Hi there,

Welcome to the Derbyshire Dales Community Network newsletter!

This month:
- Spring grants open for community groups (up to £2,000)
- Volunteer fair at the Town Hall, Saturday 21 March
- Safeguarding training for trustees - new dates
- Meet your new Community Network officer

We send this to all registered community groups in the Dales. Unsubscribe any time.""",
      subject="Community Network news - March",
      sender=("Derbyshire Dales Community Network", "news@dalescvs.example.org.uk"),
      headers=c.newsletter_headers("Mailchimp"), fmt="alt", tags=("newsletter",))

c.add("bulk", """Google Workspace for Nonprofits

Hi Helen,

Your organisation's verification with Goodstack has expired. To keep access to Google for Nonprofits, please renew your verification by 31 March.

Renew now

Google""", subject="Action required: renew your nonprofit verification",
      sender=("Google for Nonprofits", "nonprofits-noreply@google.com"),
      tags=(*NOH, "notification"))

c.add("bulk", """Kiran Patel wants to join "Ashbourne & Dale Labour members" group

Message from Kiran: "hi I joined last month, was told this is the group for the newsletter?"

Approve  Decline

Google Groups""", subject="Request to join Ashbourne & Dale Labour members",
      sender=("Google Groups", "noreply@googlegroups.com"), tags=(*NOH, "notification", "quotes-member"))

c.add("bulk", """Your WordPress site has updated to version 6.9.1

Howdy! Your site at https://ashbournedalelabour.org.uk has been updated automatically to WordPress 6.9.1.

No further action is needed on your part.

Plugin updates: Contact Form 7 was updated to 6.1.

The WordPress Team""", subject="[Ashbourne & Dale Labour] Your site has updated to WordPress 6.9.1",
      sender=("WordPress", "wordpress@ashbournedalelabour.org.uk"), tags=(*NOH, "notification"))

c.add("bulk", """Your order has been received!

Hi Helen,

Thanks for shopping with Red Rosette Supplies. We're getting your order ready.

Order #RR4419
2 x Labour Red Rosette (large) £7.00
1 x Table banner "Ashbourne & Dale Labour" 2m £48.00
Subtotal £55.00
Shipping £4.95
Total £59.95

We'll send another email when it ships.""", subject="Order #RR4419 confirmed",
      sender=("Red Rosette Supplies", "shop@redrosette.example.co.uk"), fmt="alt",
      tags=(*NOH, "order"))

c.add("bulk", """Hi Helen,

We're sorry - your order #RR4419 has been delayed because the 2m table banner is being printed to order. New estimated dispatch date: 24 February.

No action needed. If you'd like to cancel, reply to this email.

Red Rosette Supplies""", subject="An update on your order #RR4419",
      sender=("Red Rosette Supplies", "shop@redrosette.example.co.uk"),
      tags=(*NOH, "order"))

c.write()
