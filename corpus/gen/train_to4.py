"""train/to4: mail that is not party business, part 4 — shops, banks, utilities, travel and
booking confirmations, a child's school, community groups, local news digests.
All content hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "to4", seed=2804)
SEC_NAME, SEC_ADDR = c.secretary()
SEC = SEC_NAME.split()[0]
SUR = SEC_NAME.split()[-1]
HNV = ("hard-negative", "benign-violent-word")

# 1 ---------------------------------------------------------------------------
c.add("bulk", subject="This week's killer deals - up to half price on the big shop",
      sender=("Carrick's Supermarkets", "offers@carricks-food.example.co.uk"),
      headers=c.newsletter_headers("Campaign Monitor"),
      fmt="html",
      html_body="""<html><body style="margin:0;font-family:Arial;background:#eee">
<table width="600" align="center" style="background:#fff">
<tr><td style="background:#00693c;color:#fff;padding:16px;font-size:26px;font-weight:bold">Carrick's</td></tr>
<tr><td style="padding:16px">
<h2>This week's killer deals</h2>
<p>Prices slashed on hundreds of lines until Tuesday.</p>
<table width="100%" style="font-size:14px">
<tr><td>Scottish beef mince 500g</td><td><b>&pound;2.75</b> <s>&pound;3.90</s></td></tr>
<tr><td>Tattie scones, 6 pack</td><td><b>2 for &pound;2</b></td></tr>
<tr><td>Washing liquid, 40 washes</td><td><b>&pound;5</b> <s>&pound;9.50</s></td></tr>
<tr><td>Irn-Bru 8 x 330ml</td><td><b>&pound;3.50</b></td></tr>
</table>
<p>Plus: double points on fresh fruit and veg with your Carrick's Card.</p>
</td></tr>
<tr><td style="font-size:10px;color:#888;padding:16px">Carrick's Supermarkets Ltd. You're receiving this because you
signed up for offers. <a href="#">Unsubscribe</a></td></tr></table></body></html>""",
      body="",
      tags=("newsletter", *HNV))

# 2 ---------------------------------------------------------------------------
c.add("bulk", subject="Crime Month: our booksellers pick their favourite killers",
      sender=("Kettle & Quire Books", "hello@kettleandquire.example.co.uk"),
      headers=c.newsletter_headers("Mailchimp"),
      fmt="alt",
      body="""Dear reader,

October is Crime Month at Kettle & Quire, and our booksellers have
been arguing for weeks about who the greatest fictional killer is.

Fiona (fiction buyer) champions the coldest narrator in Scottish crime
fiction. Raymond swears by the Victorian poisoner in a new debut set
in the Gorbals. And young Sal, predictably, picked a thriller where the
murderer is the unreliable podcast host.

EVENTS
Thursday 16 Oct, 7pm: "Tartan Noir at 30" — a panel with three local
crime writers. Tickets £5, redeemable against any book.

Saturday 25 Oct: signed copies day. Bring your own, or buy one of ours.

Happy reading, and mind who you trust,
Kettle & Quire
Byres Road

Unsubscribe | View in browser
""",
      tags=("newsletter", *HNV))

# 3 ---------------------------------------------------------------------------
c.add("bulk", subject="🔥 BLOWOUT SALE: up to 50% off waterproofs 🔥",
      sender=("Munro Outdoor", "news@munro-outdoor.example.com"),
      headers={"List-Unsubscribe": "<https://email.munro-outdoor.example.com/u/8f21>",
               "X-Mailer": "Klaviyo"},
      fmt="html",
      html_body="""<html><body style="font-family:Helvetica;text-align:center">
<h1 style="font-size:36px;color:#d62828">BLOWOUT SALE</h1>
<p style="font-size:18px">Up to 50% off waterproofs, down jackets and boots.<br>Ends Sunday at midnight.</p>
<p><a href="#" style="background:#000;color:#fff;padding:14px 28px;text-decoration:none">SHOP THE SALE</a></p>
<p>Because Scottish weather doesn't care what month it is.</p>
<p style="font-size:10px;color:#999">Munro Outdoor Ltd &middot; <a href="#">Unsubscribe</a></p>
</body></html>""",
      body="",
      tags=("newsletter", *HNV))

# 4 ---------------------------------------------------------------------------
c.add("bulk", subject="Your statement is ready to view",
      sender=("Clydesdale & Forth Bank", "alerts@cfbank.example.co.uk"),
      body=f"""Dear {SEC_NAME.upper()},

Your statement for account ending 4471 is now ready to view in online
banking and the app.

For your security, we will never include links in emails that ask you
to log in. Please open the app or type our address into your browser.

Clydesdale & Forth Bank
This is an automated message. Please do not reply.
""",
      tags=("newsletter", "confuser", "robot-no-list-headers"))

# 5 ---------------------------------------------------------------------------
c.add("bulk", subject="We've stopped a payment - please check",
      sender=("Clydesdale & Forth Bank", "fraud-alerts@cfbank.example.co.uk"),
      fmt="alt",
      body=f"""Dear {SEC} {SUR},

We've stopped a card payment that looked unusual and we need you to
confirm whether it was you.

  Merchant:  VLT*GAMESTORE LIMASSOL
  Amount:    £289.99
  Date:      today, 03:12

If this was you, reply YES to the text we've sent to your mobile ending
18. If it wasn't you, reply NO and we'll block the card and send you a
new one. You won't lose any money.

We will never ask you for your PIN or full password, or ask you to
move money to a "safe account".

Fraud Prevention Team
Clydesdale & Forth Bank
""",
      tags=("newsletter", "confuser", "robot-no-list-headers"))

# 6 ---------------------------------------------------------------------------
c.add("bulk", subject="Scam alert: fraudsters pretending to be us",
      sender=("Clydesdale & Forth Bank", "news@cfbank.example.co.uk"),
      headers=c.newsletter_headers(),
      fmt="html",
      html_body="""<html><body style="font-family:Arial;max-width:600px;margin:auto">
<h2 style="color:#1d3557">Stay safe from scams</h2>
<p>We're seeing a rise in calls from criminals pretending to be our fraud team. They already know
your name and address, sometimes the last four digits of your card, which makes them sound convincing.
They'll tell you your account is under attack and ask you to move your money to keep it safe.</p>
<p><b>We will never ask you to move money to another account.</b> If anyone does, hang up and call
the number on the back of your card from a different phone.</p>
<p>Know someone older who might be targeted? Have a chat with them this week.</p>
<p style="font-size:10px;color:#888">Clydesdale &amp; Forth Bank plc. <a href="#">Manage marketing preferences</a></p>
</body></html>""",
      body="",
      tags=("newsletter", "hard-negative", "news-about-threats"))

# 7 ---------------------------------------------------------------------------
c.add("bulk", subject="Your energy bill is ready (£142.18)",
      sender=("Lumen Energy", "bills@lumen-energy.example.co.uk"),
      body=f"""Hi {SEC},

Your bill for 14 August – 13 September is ready.

  Electricity   £78.40
  Gas           £51.02
  Standing charges included
  VAT (5%)      £12.76
  Total         £142.18

Your Direct Debit of £130 will be taken on 1 October. You're £22.40 in
credit.

Tip: your gas use is up 18% on last month. Is the boiler timer still on
summer settings?

Lumen Energy
""",
      tags=("newsletter", "confuser", "robot-no-list-headers"))

# 8 ---------------------------------------------------------------------------
c.add("bulk", subject="Power cut in your area (G20) - engineers on site",
      sender=("SP Networks Power Cuts", "powercut@spn-notify.example.co.uk"),
      body="""POWER CUT UPDATE

We're aware of a power cut affecting 412 properties in the G20 area,
including your postcode.

Cause: a fault on an underground cable. Our engineers are on site.
Estimated restoration: 21:30 tonight.

If you see damaged cables or equipment, stay well away and call 105.

If someone in your home relies on medical equipment, call us on 105
now.

Reply STOP to stop updates.
""",
      tags=("newsletter", "confuser", "robot-no-list-headers"))

# 9 ---------------------------------------------------------------------------
c.add("bulk", subject="Burst water main - supply interruption in your street",
      sender=("Scottish Water", "updates@scottishwater.example.co.uk"),
      fmt="alt",
      body="""Hello,

We're sorry: a burst water main on Maryhill Road means some customers
have no water or low pressure this morning. Our teams are on site and
we expect supplies to return by 2pm.

When your water comes back it may be discoloured. Run the cold kitchen
tap until it's clear.

Bottled water is available at the Maryhill Burgh Halls car park for
anyone who needs it.

We'll update you when the repair is complete.
""",
      tags=("newsletter", "confuser", "robot-no-list-headers"))

# 10 --------------------------------------------------------------------------
c.add("bulk", subject="Bin collection change: Christmas and New Year",
      sender=("Glasgow City Council", "noreply-bins@glasgow.example.gov.uk"),
      body="""Your bin collection days are changing over the festive period.

  Blue bin (paper/card): Friday 26 Dec -> Saturday 27 Dec
  Grey bin (general):    Friday 2 Jan  -> Saturday 3 Jan
  Brown bin (garden):    no collections until February

Please put bins out by 7am on your collection day.

Real Christmas trees can be taken to any recycling centre until 17
January.

You're receiving this because you signed up for bin reminders for your
address. To stop, visit the council website.
""",
      tags=("newsletter", "confuser", "robot-no-list-headers"))

# 11 --------------------------------------------------------------------------
c.add("bulk", subject="Council News: bonfire night safety, winter gritting, and your say on libraries",
      sender=("Glasgow City Council", "news@glasgow.example.gov.uk"),
      headers=c.newsletter_headers("Campaign Monitor"),
      fmt="html",
      html_body="""<html><body style="font-family:Arial;max-width:620px;margin:auto">
<h2>Council News &mdash; November</h2>
<h3>Enjoy fireworks safely</h3>
<p>Organised displays are the safest way to enjoy bonfire night. Firework Control Zones are in place in
four areas this year, where setting off fireworks on public land is an offence. Never go back to a firework
once lit, even if it hasn't gone off.</p>
<h3>Winter gritting</h3>
<p>Our gritters are ready. Priority routes are gritted first; you can see the live map online.</p>
<h3>Libraries consultation</h3>
<p>We're asking for views on opening hours at seven community libraries. The consultation closes on
30 November.</p>
<p style="font-size:10px;color:#888"><a href="#">Unsubscribe</a></p>
</body></html>""",
      body="",
      tags=("newsletter", *HNV))

# 12 --------------------------------------------------------------------------
c.add("bulk", subject="Your e-ticket: Glasgow Central to London Euston, Thu 12 Mar",
      sender=("RailBook", "tickets@railbook.example.co.uk"),
      body=f"""Thanks for booking with RailBook, {SEC}.

Booking reference: K7QXPL2M

OUTWARD  Thursday 12 March
  07:40 Glasgow Central -> 12:12 London Euston
  Coach C, Seat 41 (table, forward facing)
  Advance Single, Standard — £49.80

Your e-ticket is attached. Show the barcode on your phone or a printout.
Railcard: 26-30 Railcard (take it with you — you may be asked to show
it).

Travelling with a bike? You need to reserve a space separately.
""",
      tags=("newsletter", "confuser", "robot-no-list-headers"))

# 13 --------------------------------------------------------------------------
c.add("bulk", subject="Check-in is open: Glasgow (GLA) to Faro (FAO), 4 Aug",
      sender=("Skylark Air", "no-reply@skylarkair.example.com"),
      fmt="html",
      html_body=f"""<html><body style="font-family:Arial">
<div style="background:#0a2463;color:#fff;padding:12px"><b>SKYLARK AIR</b></div>
<p>Hi {SEC},</p>
<p>Online check-in is now open for your flight.</p>
<table style="border:1px solid #ccc;padding:8px"><tr><td>SK 2291</td><td>GLA 06:10 &rarr; FAO 10:25</td></tr>
<tr><td>Passengers</td><td>2 adults, 1 child</td></tr><tr><td>Booking ref</td><td>Q8ZT4R</td></tr></table>
<p>Remember: liquids over 100ml in hand luggage, sharp items including scissors and knives over 6cm,
and anything that looks like a weapon (toy guns included) will be confiscated at security.</p>
<p><a href="#" style="background:#f4a259;color:#000;padding:10px 18px;text-decoration:none">Check in now</a></p>
</body></html>""",
      body="",
      tags=("newsletter", "confuser", "robot-no-list-headers", *HNV))

# 14 --------------------------------------------------------------------------
c.add("bulk", subject="Booking confirmation - Harbourside Inn, Oban",
      sender=("Harbourside Inn", "reservations@harbourside-oban.example.co.uk"),
      body=f"""Dear {SEC} {SUR},

Thank you for your reservation.

  Arrival:    Friday 17 July (check-in from 3pm)
  Departure:  Sunday 19 July (check-out by 11am)
  Room:       Double, sea view
  Rate:       £128 per night, breakfast included
  Deposit:    £128 taken

Parking is limited; we recommend the Station Road long-stay.

Our fire alarm is tested every Tuesday at 10am. In the event of a fire,
please follow the green signs to the assembly point on the pier.

We look forward to welcoming you.

Morag & Iain
Harbourside Inn
""",
      tags=("newsletter", "confuser", "robot-no-list-headers", *HNV))

# 15 --------------------------------------------------------------------------
c.add("bulk", subject="Sailing disruption: Oban - Craignure, Saturday",
      sender=("Clyde & Isles Ferries", "status@clydeislesferries.example.co.uk"),
      body="""SERVICE STATUS: AMBER

Route: Oban - Craignure (Mull)
Date: Saturday

Due to forecast high winds (gusting 55mph), sailings after 14:00 are at
risk of disruption or cancellation at short notice.

If you're booked on an affected sailing, you can change your booking
free of charge.

Please check the status page before you travel.
""",
      tags=("newsletter", "confuser", "robot-no-list-headers"))

# 16 --------------------------------------------------------------------------
c.add("bulk", subject="Your tickets: Macbeth - Citizens Theatre, Sat 8 Feb",
      sender=("Citizens Theatre Box Office", "boxoffice@citz.example.co.uk"),
      fmt="alt",
      body=f"""Hello {SEC},

Thank you for booking.

  Macbeth
  Saturday 8 February, 7.30pm
  Stalls, Row F, seats 11-12
  Total: £44.00

Content guidance: this production contains depictions of violence and
murder, stage blood, loud gunshot sound effects, haze, smoke and
strobe lighting. Recommended 14+.

Latecomers will be admitted at a suitable break in the performance.

The bar opens at 6.30pm. Interval drinks can be pre-ordered.
""",
      tags=("newsletter", "confuser", "robot-no-list-headers", *HNV))

# 17 --------------------------------------------------------------------------
c.add("bulk", subject="Halloween double bill: The Slaughter at Loch Drum + Night Shift",
      sender=("Grosvenor Picturehouse", "whatson@grosvenorpics.example.co.uk"),
      headers=c.newsletter_headers("Mailerlite"),
      fmt="html",
      html_body="""<html><body style="background:#111;color:#eee;font-family:Georgia;text-align:center">
<h1 style="color:#ff6f00">HALLOWEEN DOUBLE BILL</h1>
<p>Friday 31 October &middot; 9pm</p>
<p><b>The Slaughter at Loch Drum</b> (18) &mdash; a cult Scottish folk-horror from 1978, newly restored.<br>
<b>Night Shift</b> (15) &mdash; a care-home horror that will make you call your gran.</p>
<p>Fancy dress encouraged. Best costume wins a year's membership.</p>
<p><a href="#" style="color:#ff6f00">Book now</a></p>
<p style="font-size:10px;color:#777"><a href="#" style="color:#777">Unsubscribe</a></p>
</body></html>""",
      body="",
      tags=("newsletter", *HNV))

# 18 --------------------------------------------------------------------------
c.add("bulk", subject="Your parcel is on its way - arriving today 11:05-12:05",
      sender=("ParcelPath", "notifications@parcelpath.example.co.uk"),
      body="""Your parcel from Kettle & Quire Books is on its way!

Arriving: today, between 11:05 and 12:05
Driver: Hamza
Tracking: PP00381947221GB

Not going to be in? Choose a safe place or a neighbour in the app.
""",
      tags=("newsletter", "confuser", "robot-no-list-headers"))

# 19 --------------------------------------------------------------------------
c.add("bulk", subject="Sorry we missed you",
      sender=("ParcelPath", "notifications@parcelpath.example.co.uk"),
      fmt="html",
      html_body="""<html><body style="font-family:Arial">
<p>We tried to deliver your parcel today at 14:22 but nobody was in.</p>
<p><b>What happens next:</b> we'll try again tomorrow. Or collect it from the ParcelPath point at
<b>Mo's Newsagent, 212 Great Western Road</b> from 4pm today.</p>
<p>Tracking: PP00381950012GB</p>
</body></html>""",
      body="",
      tags=("newsletter", "confuser", "robot-no-list-headers"))

# 20 --------------------------------------------------------------------------
c.add("bulk", subject="Your order has been dispatched (#KQ-3381027)",
      sender=("Sharp & Steel Kitchen", "orders@sharpandsteel.example.co.uk"),
      body=f"""Hi {SEC},

Good news: your order is on its way.

  1 x Chef's knife, 20cm, German steel         £64.00
  1 x Bread knife, 23cm                        £38.00
  1 x Magnetic knife rack, walnut              £29.00
  Delivery (tracked, signature required)        £4.95
  Total                                       £135.95

Because your order contains bladed items, the courier will need to see
photo ID showing you're over 18, and can't leave it with a neighbour.

Happy cooking!
Sharp & Steel
""",
      tags=("newsletter", "confuser", "robot-no-list-headers", *HNV))

# 21 --------------------------------------------------------------------------
c.add("bulk", subject="Hillhead Primary - Newsletter 7",
      sender=("Hillhead Primary School", "office@hillheadprimary.example.sch.uk"),
      headers={"List-Unsubscribe": "<mailto:office@hillheadprimary.example.sch.uk?subject=unsubscribe>",
               "Precedence": "bulk"},
      fmt="alt",
      body="""Dear Parents and Carers,

What a busy few weeks!

VIKING DAY
P4 had a fantastic Viking Day on Friday. Thank you for the costumes —
we had at least nine Thors. A reminder for next year: cardboard shields
and swords only please. One pupil brought in his grandad's real
(blunt!) sword, which we kept safe in the office until home time.

SAFETY DRILLS
We will be holding our termly fire drill next week, and on Thursday a
"lockdown" drill, which all Scottish schools now practise. The children
will be told it's a practice; we keep it calm and call it "quiet time".
You don't need to do anything.

ANTI-BULLYING WEEK
Odd socks day on Monday! Wear odd socks to show we're all different.

HEAD LICE
We've had several cases in P2. Please check your child's hair this
weekend.

NITS, FLU SPRAYS, PE KIT
Flu spray forms are due back Friday. PE is on Tuesdays and Thursdays.

Mrs A. Docherty
Head Teacher
""",
      tags=("newsletter", *HNV))

# 22 --------------------------------------------------------------------------
c.add("bulk", subject="Payment due: P5 trip to the Riverside Museum",
      sender=("ParentPay", "noreply@parentpay.example.com"),
      body=f"""Dear parent/carer,

A payment item has been added for your child:

  Item: P5 trip - Riverside Museum (Tues 21 Oct)
  Amount: £6.50 (coach)
  Due by: Friday 17 October

Please log in to pay. If cost is a barrier, please speak to the school
office in confidence; no child will miss out.

Hillhead Primary School
""",
      tags=("newsletter", "confuser", "robot-no-list-headers"))

# 23 --------------------------------------------------------------------------
c.add("bulk", subject="Police Scotland visit - knife crime awareness assemblies",
      sender=("Kelvin Academy", "enquiries@kelvinacademy.example.sch.uk"),
      to="undisclosed-recipients:;",
      body="""Dear Parent/Carer,

As part of our Personal and Social Education programme, our Campus Police
Officer and the charity No Knives, Better Lives will lead assemblies for
S2 and S3 next week.

The sessions cover the law on carrying knives, why young people
sometimes feel they need to, and how to help a friend who is. They are
age-appropriate and have been run in many Glasgow schools.

If your child has been affected by violence and you'd like to talk
about whether they should attend, please contact their Pupil Support
teacher.

Yours faithfully,
Mr R. Kaur
Depute Head Teacher
""",
      tags=("newsletter", "hard-negative", "news-about-threats"))

# 24 --------------------------------------------------------------------------
c.add("bulk", subject="Isla's day at Wee Acorns",
      sender=("Wee Acorns Nursery via Famly", "noreply@famly.example.co"),
      fmt="html",
      html_body="""<html><body style="font-family:Helvetica;max-width:460px;margin:auto">
<p style="color:#6a4c93;font-weight:bold">Isla's day &mdash; Wednesday</p>
<p>&#127860; Lunch: ate all her pasta and half of Finlay's</p>
<p>&#128164; Nap: 12:50 &ndash; 14:05</p>
<p>&#127912; Activities: Isla absolutely killed it at messy painting today! Lots of purple. Some on paper.</p>
<p>&#129371; Nappies: 3</p>
<p>Note from Aimee: she's been talking about "the big fireworks" all day &mdash; very excited for Saturday!</p>
</body></html>""",
      body="",
      tags=("newsletter", "confuser", "robot-no-list-headers", *HNV))

# 25 --------------------------------------------------------------------------
c.add("bulk", subject="Friends of Ruchill Park: litter pick + knotweed attack",
      sender=("Friends of Ruchill Park", "friendsofruchillpark@example-mail.com"),
      to="undisclosed-recipients:;",
      body="""Hello Friends,

Saturday 10am, meet at the flagpole. Litter pick for the first hour,
then we're launching an all-out attack on the Japanese knotweed by the
old hospital wall (the council's contractor has treated it, we're just
clearing the dead canes, gloves provided).

Kids welcome with a grown-up. Grabbers, bags and hi-vis provided.

Soup and rolls afterwards at the community hub, courtesy of the
Co-op.

Anne-Marie
""",
      tags=("newsletter", *HNV))

# 26 --------------------------------------------------------------------------
c.add("bulk", subject="Tenants' Association Newsletter - damp, mould and how to report it",
      sender=("North Kelvin Tenants' Association", "nkta@example-mail.org.uk"),
      headers=c.newsletter_headers("Mailerlite"),
      body="""NORTH KELVIN TENANTS' ASSOCIATION — AUTUMN NEWSLETTER

DAMP AND MOULD
Since the Awaab's Law changes, landlords must investigate damp and
mould hazards within set time limits. If you rent from the housing
association and have reported damp without a response, please log it
in writing and tell us. We're collecting cases for our meeting with
the association in November.

REPAIRS
The repairs line is now open until 8pm on weekdays.

COMMUNITY FRIDGE
Open Tuesdays and Fridays, 12-3, at the church hall.

MEETING
Our open meeting is on Wednesday 5 November at 6.30pm. Everyone
welcome, tenants and owners alike.
""",
      tags=("newsletter",))

# 27 --------------------------------------------------------------------------
c.add("bulk", subject="Neighbourhood Watch alert: car break-ins, Queen Margaret Drive",
      sender=("Kelvin Neighbourhood Watch", "alerts@kelvin-nw.example.org.uk"),
      headers={"Precedence": "bulk"},
      body="""NEIGHBOURHOOD WATCH ALERT

Police Scotland have asked us to share this.

Between Monday night and Wednesday morning, six cars were broken into
on Queen Margaret Drive and the surrounding streets. Two men were seen
on a doorbell camera at around 3am trying door handles along the
street.

Please:
 - don't leave anything on display in your car
 - make sure your car is locked (check the mirrors have folded)
 - if you see anyone acting suspiciously, call 101, or 999 if a crime
   is in progress. Don't approach them.

Reference: PS-20260915-0441
""",
      tags=("newsletter", "hard-negative", "news-about-threats"))

# 28 --------------------------------------------------------------------------
c.add("bulk", subject="Evening Digest: man charged after threats outside MSP's office; Subway closure; bin strike vote",
      sender=("The Glasgow Courier", "digest@glasgowcourier.example.co.uk"),
      headers=c.newsletter_headers("Mailchimp"),
      fmt="alt",
      body="""THE GLASGOW COURIER — EVENING DIGEST

Man charged after threats outside MSP's office
A 47-year-old man has been charged with threatening or abusive behaviour
after an incident outside a constituency office in the west of the
city on Tuesday. Staff locked the doors and police attended within
minutes. The MSP thanked officers and said her surgeries would continue
as normal. The man is due to appear at Glasgow Sheriff Court.

Subway to close early for three weekends
SPT says the closures are needed for signalling upgrades. Replacement
buses will run.

Bin workers to vote on strike action
GMB members in the council's cleansing department will be balloted over
pay. A strike could begin before Christmas.

Weather: dry, 11C, wind picking up overnight.

You're receiving this because you signed up for the Evening Digest.
Unsubscribe
""",
      tags=("newsletter", "hard-negative", "news-about-threats"))

# 29 --------------------------------------------------------------------------
c.add("bulk", subject="Morning Briefing: potholes cost drivers £1m; new cycle lane opens",
      sender=("The Glasgow Courier", "digest@glasgowcourier.example.co.uk"),
      headers=c.newsletter_headers("Mailchimp"),
      body="""GOOD MORNING

Potholes: drivers claimed more than £1m from the council for pothole
damage last year, figures show. The worst street? Dumbarton Road, with
61 claims.

Cycle lane: the South City Way's final section opens today. Shopkeepers
on Victoria Road remain split.

Sport: Partick Thistle were hammered 4-0 at the weekend, and the
manager says he "takes full responsibility".

What's on: Mela in Kelvingrove Park on Sunday; free.
""",
      tags=("newsletter", *HNV))

# 30 --------------------------------------------------------------------------
c.add("bulk", subject="Winter appeal: 412 families helped last month",
      sender=("Maryhill Community Food Bank", "info@maryhillfoodbank.example.org.uk"),
      headers=c.newsletter_headers("Mailchimp"),
      fmt="html",
      html_body="""<html><body style="font-family:Arial;max-width:580px;margin:auto">
<h2 style="color:#2a9d8f">Thank you, and a winter ask</h2>
<p>Last month we helped 412 families &mdash; 140 more than this time last year. Most were working
households whose money simply ran out before the month did.</p>
<p><b>Most needed right now:</b> tinned meat, UHT milk, toiletries, nappies (size 5 and 6), tea bags.</p>
<p>Drop-off: Tuesdays and Thursdays 10&ndash;2 at the church hall, or at the collection points in the Co-op
and the library.</p>
<p style="font-size:10px;color:#888">Maryhill Community Food Bank, SCIO SC000000. <a href="#">Unsubscribe</a></p>
</body></html>""",
      body="",
      tags=("newsletter",))

# 31 --------------------------------------------------------------------------
c.add("bulk", subject="Reminder: 3 items due back on Friday",
      sender=("Glasgow Libraries", "library-notices@glasgowlife.example.org.uk"),
      body="""Dear borrower,

The following items are due back on Friday 24 October:

  The Murder at Glanllyn Hall / Vaughan, E.
  Gruffalo's Child / Donaldson, J.
  Raspberry Pi for Beginners / Okafor, T.

You can renew them online or in the app, unless another borrower has
reserved them.

Glasgow Libraries
""",
      tags=("newsletter", "confuser", "robot-no-list-headers", *HNV))

# 32 --------------------------------------------------------------------------
c.add("bulk", subject="New class: KILLER CORE 🔥 Tuesdays 6.15am",
      sender=("IronWorks Gym", "hello@ironworks-gym.example.co.uk"),
      headers=c.newsletter_headers("Mailerlite"),
      fmt="html",
      html_body="""<html><body style="font-family:Impact,Arial;background:#111;color:#fff;text-align:center">
<h1 style="color:#e63946">KILLER CORE</h1>
<p style="font-family:Arial">30 minutes. Planks, hollow holds, ab wheel and a finisher that will destroy you.
Tuesdays 6.15am with Coach Ross.</p>
<p style="font-family:Arial">Plus: <b>Bootcamp</b> is back in the park on Saturdays. Bring a mat and a friend you
don't mind hearing scream.</p>
<p><a href="#" style="color:#e63946">Book in the app</a></p>
<p style="font-size:10px;font-family:Arial;color:#888"><a href="#" style="color:#888">Unsubscribe</a></p>
</body></html>""",
      body="",
      tags=("newsletter", *HNV))

# 33 --------------------------------------------------------------------------
c.add("bulk", subject="New this week: Deadly Terms, season 3",
      sender=("StreamBox", "hello@streambox.example.com"),
      headers=c.newsletter_headers(),
      body=f"""Hi {SEC}, here's what's new on StreamBox.

DEADLY TERMS — Season 3
The assassin and the detective are back, and this time it's personal.
All episodes Friday.

THE LONG FALL — documentary
How one man survived six days trapped in a Cairngorms snow hole.

Because you watched "Shetland Murders": you might like GRANITE, a new
Aberdeen police drama.

Manage notifications | Unsubscribe
""",
      tags=("newsletter", *HNV))

# 34 --------------------------------------------------------------------------
c.add("bulk", subject="New episode: The Ayrshire Poisoner (Part 2)",
      sender=("Cold Case Caledonia", "podcast@coldcasecaledonia.example.com"),
      headers=c.newsletter_headers("Substack"),
      body="""This week on Cold Case Caledonia

Part two of our series on the 1950s Ayrshire poisonings. We go to the
archive in Ayr to read the trial transcripts, talk to the grandson of
the detective who cracked the case, and ask why the jury took just
forty minutes.

Listen wherever you get your podcasts.

A note from us: this series discusses historical deaths. If you're
affected by any of the issues raised, support is available from the
organisations listed in the show notes.

— Mhairi & Tam
""",
      tags=("newsletter", "hard-negative", "news-about-threats"))

# 35 --------------------------------------------------------------------------
c.add("bulk", subject="'We fought the sea for four hours': your lifeboat news",
      sender=("Sea Rescue Scotland", "supporters@searescuescot.example.org.uk"),
      headers=c.newsletter_headers("Campaign Monitor"),
      fmt="alt",
      body="""Dear Supporter,

At 2.14am on 3 March, the pagers went off at our Oban station. A fishing
boat had lost power and was being driven onto rocks off Kerrera in a
force 8.

"We fought the sea for four hours," says coxswain Calum. "At one point
I thought we'd lost the tow." They didn't. All three crew came home.

Your donation keeps our volunteers in kit, training and fuel.

Thank you.

Sea Rescue Scotland
""",
      tags=("newsletter", *HNV))

# 36 --------------------------------------------------------------------------
c.add("bulk", subject="Your bill is ready - and a heads-up about roaming",
      sender=("Heather Mobile", "bills@heathermobile.example.co.uk"),
      body="""Your latest bill: £18.00

Plan: 30GB SIM only
Billing period: 5 Jul - 4 Aug

Heading abroad this summer? Roaming in Europe is included on your plan
up to 15GB. In Portugal you'll get a text when you land.

View your bill in the app.
""",
      tags=("newsletter", "confuser", "robot-no-list-headers"))

# 37 --------------------------------------------------------------------------
c.add("bulk", subject="Update: broadband outage in your area has been fixed",
      sender=("Fibreline", "service@fibreline.example.co.uk"),
      body="""Good news: the broadband fault affecting customers in G20 has now been
fixed. The cause was a cable cut by contractors working on Maryhill
Road.

If you're still having problems, turn your router off for 30 seconds
and back on again. If that doesn't help, use the fault checker in the
app.

Sorry for the disruption.
""",
      tags=("newsletter", "confuser", "robot-no-list-headers"))

# 38 --------------------------------------------------------------------------
c.add("bulk", subject="Your home insurance renewal - action needed",
      sender=("Thistle Direct Insurance", "renewals@thistledirect.example.co.uk"),
      fmt="alt",
      body=f"""Dear {SEC} {SUR},

Your home insurance renews on 1 December.

  Buildings and contents: £312.40 (last year £268.10)

Why has my price gone up? Claims costs across the industry rose,
especially for escape of water and storm damage.

Your cover includes fire, theft, flood, storm and accidental damage to
contents. Bikes over £1,000 need to be listed separately.

If you do nothing, your policy will renew automatically.

Thistle Direct
""",
      tags=("newsletter", "confuser", "robot-no-list-headers"))

# 39 --------------------------------------------------------------------------
c.add("bulk", subject="MOT reminder: your vehicle SN19 XKR",
      sender=("MOT Reminder Service", "mot-reminders@vehicle-check.example.gov.uk"),
      body="""Your vehicle's MOT runs out on 14 November.

Vehicle: SN19 XKR, Skoda Octavia, grey

You can get an MOT up to a month (minus a day) before it runs out and
keep the same renewal date.

You can be fined up to £1,000 for driving a vehicle without a valid
MOT.

This is an automated reminder. Do not reply.
""",
      tags=("newsletter", "confuser", "robot-no-list-headers"))

# 40 --------------------------------------------------------------------------
c.add("bulk", subject="Bramble's booster is due",
      sender=("Kelvinside Vets", "reminders@kelvinsidevets.example.co.uk"),
      body="""Hello!

Bramble is due her annual booster vaccination and health check.

Book online or call us on 0141 496 0788.

While you're here: our autumn flea and worm bundle is 15% off this
month. The spot-on kills fleas within 24 hours and keeps killing new
ones for a month. (Bramble will, as usual, hate it.)

Kelvinside Vets
""",
      tags=("newsletter", "confuser", "robot-no-list-headers", *HNV))

# 41 --------------------------------------------------------------------------
c.add("bulk", subject="Your tickets for Ceilidh Night at the Old Fruitmarket",
      sender=("Eventbrite", "orders@eventbrite.example.com"),
      fmt="alt",
      body=f"""You're going to Ceilidh Night!

{SEC_NAME}
2 x General Admission

Saturday 29 November, 7.30pm - 11.30pm
The Old Fruitmarket, Candleriggs

Order #7712840391

Don't forget your dancing shoes. The Strip the Willow will be brutal.

View tickets in the Eventbrite app.
""",
      tags=("newsletter", "confuser", "robot-no-list-headers", *HNV))

# 42 --------------------------------------------------------------------------
c.add("bulk", subject="Message from your host, Ana: check-in instructions",
      sender=("StayAway", "automated@stayaway.example.com"),
      reply_to="Ana via StayAway <ana-4412@reply.stayaway.example.com>",
      fmt="alt",
      body=f"""Ana sent you a message about your reservation in Carvoeiro:

"Olá {SEC}! Welcome in advance. The key is in the lockbox by the green
door, code 4781. The pool is cleaned Tuesday morning. Please don't use
the barbecue if it is very windy, we had fire risk warnings in the hills
last summer. Any problem, send me message here. Boas férias! Ana"

Reply to Ana

Reservation: 4 Aug - 11 Aug · 3 guests
""",
      tags=("newsletter", "confuser", "robot-no-list-headers", *HNV))

# 43 --------------------------------------------------------------------------
c.add("bulk", subject="Slugs: the organic way to win the war",
      sender=("Kelvin Garden Centre", "news@kelvingardencentre.example.co.uk"),
      headers=c.newsletter_headers("Mailchimp"),
      body="""KELVIN GARDEN CENTRE — GROW NEWS

Win the war on slugs, organically
Nematodes kill slugs underground before they reach your hostas. Water
them in when the soil's warm and moist. Copper tape for pots. And
frankly, a torch and a bucket at 10pm.

Bulbs are in!
Tulips, daffs and alliums. Plant now for spring.

Café: soup of the day is Cullen skink on Fridays.
""",
      tags=("newsletter", *HNV))

# 44 --------------------------------------------------------------------------
c.add("bulk", subject="Fire up your projects: cordless nail gun £99",
      sender=("BuildBase Trade & DIY", "deals@buildbase-diy.example.co.uk"),
      headers=c.newsletter_headers(),
      fmt="html",
      html_body="""<html><body style="font-family:Arial;max-width:600px;margin:auto">
<h2 style="background:#ffbe0b;padding:10px">Fire up your autumn projects</h2>
<ul>
<li>18V cordless first-fix nail gun &mdash; <b>&pound;99</b> (bare unit)</li>
<li>Demolition hammer drill, 1500W &mdash; <b>&pound;129</b></li>
<li>Loft insulation roll, 200mm &mdash; 3 for 2</li>
</ul>
<p>Free click &amp; collect in one hour.</p>
<p style="font-size:10px"><a href="#">Unsubscribe</a></p>
</body></html>""",
      body="",
      tags=("newsletter", *HNV))

# 45 --------------------------------------------------------------------------
c.add("bulk", subject="Bordeaux 2025 en primeur: a knockout vintage",
      sender=("Drummond & Wylie Wine Merchants", "cellar@drummondwylie.example.co.uk"),
      headers=c.newsletter_headers("Campaign Monitor"),
      body="""Dear Customer,

We've just returned from a week of tasting in Bordeaux and the 2025s are
a knockout: ripe, generous, with the freshness that the 2022s lacked.

Our picks to lay down:
 - Château La Tour Carnet, Haut-Médoc — £198 per 6 IB
 - Château Cantemerle — £216 per 6 IB
 - Domaine de Chevalier rouge — £420 per 6 IB

Allocations are tight. Reply to reserve.

Alasdair Wylie
""",
      tags=("newsletter", *HNV))

# 46 --------------------------------------------------------------------------
c.add("bulk", subject="Your subscription renews next week",
      sender=("The Glasgow Courier", "subscriptions@glasgowcourier.example.co.uk"),
      body=f"""Dear {SEC},

Your digital subscription to The Glasgow Courier renews on 3 December
at £7.99 a month.

Thank you for supporting local journalism. Your subscription pays for
our court reporter, our council reporter, and the three people who still
understand the Subway timetable.

Manage your subscription online.
""",
      tags=("newsletter", "confuser", "robot-no-list-headers"))

# 47 --------------------------------------------------------------------------
c.add("bulk", subject="Hospice lottery: this week's results",
      sender=("Kelvin Hospice Lottery", "lottery@kelvinhospice.example.org.uk"),
      body="""This week's winning numbers have been drawn.

Your numbers: 07 14 22 31 38 40
Winning numbers: 03 11 22 29 37 41

Sorry, not a winner this time. But every ticket pays for nurses' time
at bedsides across the city. Thank you.

Next draw: Friday.
""",
      tags=("newsletter", "confuser", "robot-no-list-headers"))

# 48 --------------------------------------------------------------------------
c.add("bulk", subject="Route 6 axed from January - what it means for you",
      sender=("City Buses Glasgow", "customer@citybuses-gla.example.co.uk"),
      headers=c.newsletter_headers(),
      body="""Timetable changes from 5 January

Route 6 (Maryhill - City Centre via Firhill) will be withdrawn. Most of
the route is covered by the 60 and 61. Passengers at Firhill Road will
need to walk to Maryhill Road (about 300m).

Route 15: evening frequency reduced from every 15 to every 20 minutes.

We know this isn't welcome news. Falling passenger numbers on the 6
and higher costs mean we can't keep running it.
""",
      tags=("newsletter", *HNV))

# 49 --------------------------------------------------------------------------
c.add("bulk", subject="BLACK FRIDAY: prices cut to the bone 🔪",
      sender=("Homestead Living", "hello@homesteadliving.example.com"),
      headers={"List-Unsubscribe": "<https://homesteadliving.example.com/unsub?id=5519>",
               "X-Mailer": "Klaviyo"},
      fmt="html",
      html_body="""<html><body style="text-align:center;font-family:Helvetica">
<h1 style="font-size:40px">BLACK FRIDAY</h1>
<p style="font-size:20px">Prices cut to the bone. 40% off everything. No code needed.</p>
<p>Throws &middot; Candles &middot; Lamps &middot; Cookware</p>
<p><a href="#" style="background:#000;color:#fff;padding:14px 30px;text-decoration:none">SHOP NOW</a></p>
<p style="font-size:9px;color:#999"><a href="#">Unsubscribe</a></p></body></html>""",
      body="",
      tags=("newsletter", *HNV))

# 50 --------------------------------------------------------------------------
c.add("bulk", subject="Is your boiler on its last legs? Free check for smart meter customers",
      sender=("Lumen Energy", "offers@lumen-energy.example.co.uk"),
      headers=c.newsletter_headers(),
      body="""Your smart meter data suggests your boiler might be working harder
than it should. Old boilers can die without warning, usually on the
coldest night of the year.

Book a free 20-minute boiler check before winter. If it needs replacing,
ask about our heat pump finance.

Not interested? Unsubscribe from offers.
""",
      tags=("newsletter", *HNV))

# 51 --------------------------------------------------------------------------
c.add("bulk", subject="Kelvin Mums & Dads: new post from Shona",
      sender=("Facebook", "notification@facebookmail.example.com"),
      headers={"X-Facebook-Notify": "group_activity", "Precedence": "bulk"},
      fmt="html",
      html_body="""<html><body style="font-family:Helvetica,Arial;font-size:14px">
<p><b>Shona McPhail</b> posted in <b>Kelvin Mums &amp; Dads</b>:</p>
<p style="border-left:3px solid #1877f2;padding-left:8px">Anyone else's wee one absolutely terrified of the fireworks?
Ours was screaming till midnight. Someone in the park keeps setting off rockets at 2am, it's like a war zone.
Any tips for ear defenders that actually stay on a 3 year old??</p>
<p>47 comments &middot; 12 reactions</p>
<p><a href="#">View post</a></p>
<p style="font-size:10px;color:#999">You received this because you're a member of Kelvin Mums &amp; Dads.</p>
</body></html>""",
      body="",
      tags=("newsletter", "confuser", *HNV))

# 52 --------------------------------------------------------------------------
c.add("bulk", subject="Your neighbourhood this week: lost cat, loud bangs, free sofa",
      sender=("Neighbourly", "digest@neighbourly.example.co.uk"),
      headers=c.newsletter_headers(),
      body="""TOP POSTS NEAR YOU

Lost: grey tabby "Mr Biscuits", answers to rattling of treats, last seen
near Firhill Road. — Lorna

Loud bangs after midnight? Anyone else hearing what sounds like
gunshots near the canal around 1am? I assume fireworks but it's every
night this week. — Farhan
  > It's the lads with the bangers by the lock. Called 101. — Ian

Free: 3-seater sofa, grey, one cushion the cat has clearly murdered.
Collection only. — Dev

Recommendations wanted: a plumber who actually turns up.
""",
      tags=("newsletter", "confuser", *HNV))

# 53 --------------------------------------------------------------------------
c.add("query", subject="lollipop crossing - who do I ask?",
      sender=("Shona McPhail", "shona.mcphail@example-mail.co.uk"),
      body=f"""Hi {SEC}

Shona here, Isla's pal Rory's mum from nursery. Hope you don't mind me
emailing, Aimee gave me your address when I said I'd heard you were
"in the Labour party".

The council are taking away the lollipop man at the crossing on Bilsland
Drive at Christmas. It's a nightmare crossing and the P1s use it. Is
there a local councillor I should be writing to about it, and do you
know who it is for our bit? I don't even know what ward we're in.

Sorry if this is a silly question!!

Shona
""",
      tags=("confuser",))

# 54 --------------------------------------------------------------------------
c.add("query", subject="Ruchill Park litter pick - party volunteers?",
      sender=("Anne-Marie Boyle", "friendsofruchillpark@example-mail.com"),
      body=f"""Dear {SEC},

I run the Friends of Ruchill Park group. One of our regulars mentioned
you're the secretary of the local Labour party and that members
sometimes do community litter picks.

Would your members be interested in joining our big spring clean on
Saturday 21 March? It's not political at all and we'd have to keep it
that way (no rosettes!), but more hands would be lovely.

Who's the best person to ask, and is there a way of letting your
members know?

Kind regards,
Anne-Marie Boyle
Friends of Ruchill Park
""",
      tags=("newsletter", "confuser"))

# 55 --------------------------------------------------------------------------
c.add("bulk", subject="Low Emission Zone: changes to exemptions from 1 June",
      sender=("Glasgow City Council", "lez@glasgow.example.gov.uk"),
      headers={"Precedence": "bulk", "Auto-Submitted": "auto-generated"},
      body="""You registered for updates about the Low Emission Zone.

From 1 June, the temporary exemption for residents' vehicles inside the
zone ends. Non-compliant vehicles entering the zone will receive a
penalty charge of £60, doubling for each further breach.

Check your vehicle: https://lez.glasgow.example.gov.uk/check

Help is available: the Low Emission Zone Support Fund offers grants of
up to £2,000 to low-income households to dispose of non-compliant
vehicles.
""",
      tags=("newsletter", "confuser", "robot-no-list-headers"))

c.write()
