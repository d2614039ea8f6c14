"""train/tn6: printer-cartridge and office-supply spam, event and conference spam, and B2B
marketing (energy, solar, utilities). All content hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tn6", seed=2706)
SEC_NAME, SEC_ADDR = c.secretary()
FIRST = SEC_NAME.split()[0]
LOCAL, DOMAIN = SEC_ADDR.split("@")
ORG = c.clp[0].replace(" CLP", "")


def add(label, kind, tags=(), **kw):
    t = [kind, *tags]
    if "fmt" not in kw:
        kw["fmt"] = c.rng.choice(["plain", "plain", "alt"])
    if kw["fmt"] == "html" and "html-only" not in t:
        t.append("html-only")
    h = kw.get("headers") or {}
    if label == "bulk" and not any(k.lower().startswith("list-") for k in h):
        t += ["confuser", "robot-no-list-headers"]
    c.add(label, tags=tuple(t), **kw)


UND = "undisclosed-recipients:;"

# ---------------------------------------------------------------- printers and office supplies

add("bulk", "spam", (),
    subject="Toner & Ink up to 70% OFF - HP, Brother, Canon, Epson",
    sender=("InkSaver Direct", "sales@inksaver-direct.co.uk"),
    to=UND,
    fmt="alt",
    body="""InkSaver Direct - Spring Clearance

Compatible cartridges, same quality, a fraction of the price.

  HP 305XL Black ............. £9.99  (original £27.99)
  Brother TN-2420 toner ...... £14.49 (original £64.99)
  Canon PG-545XL ............. £11.99 (original £24.50)
  Epson 603XL multipack ...... £16.99 (original £49.99)

FREE next-day delivery on orders over £20.
Lifetime guarantee on every cartridge.

Shop now: https://inksaver-direct.co.uk/sale

To unsubscribe reply with UNSUBSCRIBE in the subject line.""",
    html_body="""<html><body style="font-family:Arial"><table width="600" align="center"><tr><td style="background:#1b75bb;color:#fff;padding:14px;font-size:20px"><b>InkSaver Direct</b> &ndash; Spring Clearance</td></tr>
<tr><td><table width="100%" cellpadding="6" border="1" style="border-collapse:collapse">
<tr><td>HP 305XL Black</td><td><s>&pound;27.99</s> <b style="color:#c00">&pound;9.99</b></td></tr>
<tr><td>Brother TN-2420 toner</td><td><s>&pound;64.99</s> <b style="color:#c00">&pound;14.49</b></td></tr>
<tr><td>Canon PG-545XL</td><td><s>&pound;24.50</s> <b style="color:#c00">&pound;11.99</b></td></tr>
<tr><td>Epson 603XL multipack</td><td><s>&pound;49.99</s> <b style="color:#c00">&pound;16.99</b></td></tr></table></td></tr>
<tr><td align="center"><a href="https://inksaver-direct.co.uk/sale">SHOP NOW</a></td></tr></table></body></html>""")

add("bulk", "scam", (),
    subject="Reorder reminder: your printer cartridges are running low",
    sender=("Customer Services", "reorders@office-ink-supplies.net"),
    to=SEC_ADDR,
    body="""Dear Customer,

According to our records, it has been 3 months since your last order of printer cartridges
and your supply will shortly run out.

To save you time, we have prepared your usual order:

  4 x Black toner (high yield)
  1 x Colour multipack

Total: £412.80 + VAT

Your order will be dispatched automatically on Friday unless you contact us. To amend or
cancel your order, call 0330 027 1184.

Office Ink Supplies""")

add("bulk", "spam", ("non-native",),
    subject="Compatible toner cartridge supplier from China - factory price",
    sender=("Cindy Wu", "cindy@zhuhai-tonerking.com"),
    to=UND,
    body="""Dear Purchasing Manager,

Glad to hear that you are on the market for toner cartridges.

This is Cindy from Zhuhai TonerKing Technology Co., Ltd, we are professional manufacturer of
compatible toner cartridge and ink cartridge for 16 years, our products have passed ISO9001,
ISO14001, STMC, CE, RoHS.

Advantage:
1. Stable quality, yield same as original
2. Competitive factory price
3. OEM and neutral packing available
4. Fast delivery, 3-7 days

If you have inquiry, please don't hesitate to contact me. Free sample can be offered.

Best regards,
Cindy Wu
Whatsapp/Wechat: +86 138 2200 4471""")

add("bulk", "marketing", (),
    subject="Your 2026 Office Essentials catalogue is here",
    sender=("OfficeHub", "news@officehub-supplies.co.uk"),
    to=SEC_ADDR,
    headers=c.newsletter_headers("Campaign Monitor"),
    fmt="html", body="",
    html_body="""<html><body style="margin:0;font-family:Helvetica,Arial">
<table width="620" align="center" cellpadding="0"><tr><td><img src="https://officehub-supplies.co.uk/em/hero-2026.jpg" width="620" alt="Office Essentials 2026"></td></tr>
<tr><td style="padding:16px"><h2>Over 15,000 products. Next-day delivery.</h2>
<p>Paper, envelopes, ink, furniture, cleaning, catering and more &ndash; all in one place.</p>
<p><a href="https://officehub-supplies.co.uk/catalogue">Browse the catalogue</a> &middot; <a href="https://officehub-supplies.co.uk/deals">This week's deals</a></p></td></tr>
<tr><td style="font-size:10px;color:#888;padding:16px">OfficeHub Ltd, Unit 12, Westgate Trading Estate. <a href="https://officehub-supplies.co.uk/unsubscribe">Unsubscribe</a></td></tr></table>
</body></html>""")

add("bulk", "marketing", (),
    subject="FREE box of A4 paper with every order this week",
    sender=("Paper & Post Supplies", "offers@paperandpost.co.uk"),
    to=SEC_ADDR,
    headers=c.newsletter_headers("Mailchimp"),
    body="""This week only!

Spend £60 or more on anything and we'll add a FREE box of premium 80gsm A4 paper (5 reams)
to your order.

Stock up on envelopes, labels and toner for your next mailing.

Use code FREEBOX at checkout: https://paperandpost.co.uk

Paper & Post Supplies
Why am I getting this? You bought from us before. Unsubscribe here.""")

add("bulk", "marketing", (),
    subject="Royal Mail price rises: cut your postage costs by up to 60%",
    sender=("FrankIt Mailing Solutions", "info@frankit-mailing.co.uk"),
    to=SEC_ADDR,
    body="""Good morning,

Another round of stamp price increases means posting letters is now more expensive than ever.
A franking machine can save you up to 60% per item compared with buying stamps - and our
machines start from £14.99 per month.

We'll even buy out your existing lease.

Request a free postage review: https://frankit-mailing.co.uk/review

Kind regards,
Sales Team
FrankIt Mailing Solutions""")

add("bulk", "marketing", (),
    subject="Cut your printing costs with a managed print service",
    sender=("Lauren Fox - Clearview Document Solutions", "lauren.fox@clearview-docsolutions.co.uk"),
    to=SEC_ADDR,
    body=f"""Hi {FIRST},

Most organisations don't know what they spend on printing. When we audit a small office, we
typically find savings of 30% or more by replacing old printers with a single leased
multifunction device and an all-inclusive cost per page.

Would you be open to a free, no-obligation print audit? It takes 20 minutes.

Best regards,
Lauren Fox
Business Development Executive
Clearview Document Solutions""")

add("bulk", "scam", ("hard-negative", "alarmist"),
    subject="Toner price increase - confirm your order",
    sender=("Accounts - National Toner Services", "accounts@nationaltoner-services.co.uk"),
    to=SEC_ADDR,
    fmt="plain",
    body=f"""Hello,

Following our telephone conversation with your office, this is to confirm that the
manufacturer price increase takes effect from the 1st of next month. We have held your price
for one final order at the old rate:

  6 x TN-3480 toner cartridges @ £129.00 each = £774.00 + VAT

As agreed, these will be dispatched this week. If we do not hear from you within 48 hours, the
order will be treated as confirmed and invoiced accordingly. Cancellation after dispatch is
subject to a 50% restocking charge and non-payment will be passed to our solicitors.

Regards,
National Toner Services""")

add("bulk", "marketing", ("tailored",),
    subject="Hi-vis vests, lanyards and tabards for your volunteers",
    sender=("Event Kit UK", "sales@eventkit-uk.com"),
    to=SEC_ADDR,
    body=f"""Hello,

Campaign season is coming! Make sure your volunteers are seen (and safe) on the doorstep.

  - Printed hi-vis vests in your colours, from £3.20 each
  - Branded lanyards, from 45p
  - Rosettes made to order, from 85p
  - Pop-up banners and gazebos for street stalls

All printed in the UK with a 5 working-day turnaround.

Get a quote: https://eventkit-uk.com/quote

Event Kit UK

To stop receiving our emails please reply with "stop".""")

add("bulk", "spam", ("short",),
    subject="Office chairs - clearance",
    sender=("Furniture Clearance Warehouse", "clearance@fcw-officefurniture.co.uk"),
    to=UND,
    fmt="plain",
    body="Ex-corporate office chairs from £19. Stacking chairs for halls from £6 each. Tables, cabinets, whiteboards. Delivery nationwide. See stock: fcw-officefurniture.co.uk\n")

add("bulk", "marketing", ("html-only",),
    subject="Self-inking stamps - order by 2pm, dispatched today",
    sender=("StampMakers", "orders@stampmakers.co.uk"),
    to=SEC_ADDR,
    headers={"List-Unsubscribe": "<https://stampmakers.co.uk/unsubscribe?id=77120>"},
    fmt="html", body="",
    html_body="""<html><body style="font-family:Arial;font-size:14px"><p><b>Custom self-inking stamps</b> from &pound;9.95</p>
<p>"RECEIVED", "PAID", your address, your logo &ndash; anything you like.</p>
<p><a href="https://stampmakers.co.uk">Design yours now</a></p></body></html>""")

add("bulk", "marketing", (),
    subject="Confidential shredding - GDPR compliant collections",
    sender=("SecureShred", "bookings@secureshred-uk.com"),
    to=SEC_ADDR,
    body="""Dear Sir/Madam,

Old membership forms, canvass sheets, bank statements and minutes all contain personal data,
and under UK GDPR you are responsible for disposing of them securely.

SecureShred offers one-off sack collections from £6.50 per sack, with a certificate of
destruction for your records.

Book a collection: https://secureshred-uk.com/book

SecureShred Ltd
If you would prefer not to receive further emails from us, please let us know.""")

add("bulk", "spam", ("non-native",),
    subject="We print envelopes and letterheads cheap",
    sender=("Printing Team", "printing.team@cheapprint-envelopes.com"),
    to=UND,
    body="""Dear Customer,

We are printing company, we can print envelopes, letterheads, business cards, flyers and
booklets for very cheap price with free delivery to UK.

Example: 5000 DL envelopes with your logo only £89.
1000 business cards £15.

Send us your design and we make free proof. Reply to this email for more information.

Thank you""")

# ---------------------------------------------------------------- events and conferences

add("bulk", "spam", ("tailored",),
    subject="Speaker invitation: Local Government Leaders Summit 2026",
    sender=("Summit Programme Team", "programme@lglsummit-events.com"),
    to=SEC_ADDR,
    body=f"""Dear {SEC_NAME},

Following your organisation's work in {ORG}, our programme committee would like to invite you
to speak at the Local Government Leaders Summit 2026 in London, which brings together over 600
council leaders, chief executives and senior policy makers.

We have a 20-minute slot available on the "Community Engagement" panel.

To confirm your place as a speaker, we ask for a contribution of £1,450 + VAT towards
event costs, which includes your delegate pass, lunch, and a profile in the event brochure.

Please confirm by Friday as slots are allocated on a first-come basis.

Kind regards,
Programme Team
LGL Summit""")

add("bulk", "spam", (),
    subject="Labour Party Conference attendees list",
    sender=("Jessica Miller", "jessica.miller@eventdata-leads.com"),
    to=SEC_ADDR,
    fmt="plain",
    body="""Hi,

Would you be interested in acquiring the Labour Party Conference Attendees List?

List includes: Name, Title, Organisation, Email, Phone, Address etc.

Counts: 9,850 records

If interested, please let me know so that I can share the cost details.

Regards,
Jessica Miller
Marketing Coordinator

If you do not wish to receive further emails, reply "Leave Out\"""")

add("bulk", "marketing", (),
    subject="Invitation: Public Sector Digital Transformation Expo",
    sender=("PSDT Expo", "register@psdt-expo.co.uk"),
    to=SEC_ADDR,
    headers=c.newsletter_headers("Campaign Monitor"),
    fmt="alt",
    body="""You're invited to the UK's leading public sector technology event.

Public Sector Digital Transformation Expo
ExCeL London | Two days | FREE for public sector and not-for-profit

  - 120+ speakers from central and local government
  - 200 exhibitors showcasing the latest GovTech
  - CPD-accredited seminars

Register for your free pass: https://psdt-expo.co.uk/register

Unsubscribe | Update preferences""",
    html_body="""<html><body style="font-family:Arial"><table width="600" align="center"><tr><td style="background:#0b2545;color:#fff;padding:24px">
<h1 style="margin:0">Public Sector Digital Transformation Expo</h1><p>ExCeL London &middot; Two days &middot; FREE for public sector and not-for-profit</p></td></tr>
<tr><td style="padding:16px"><ul><li>120+ speakers from central and local government</li><li>200 exhibitors</li><li>CPD-accredited seminars</li></ul>
<p><a href="https://psdt-expo.co.uk/register">Register for your free pass</a></p></td></tr></table></body></html>""")

add("bulk", "spam", ("non-native",),
    subject="Call for Speakers - World Congress on Politics, Governance and Public Policy",
    sender=("Dr. Sarah Williams, Program Manager", "politics@globalscience-congress.org"),
    to=UND,
    body="""Dear Esteemed Researcher,

Greetings from World Congress on Politics, Governance and Public Policy!

We are glad to invite you to be an Honorable Speaker at our upcoming congress to be held in
Paris, France. Considering your eminent research and contribution in this field, we would be
pleased to have you deliver a Keynote/Plenary talk.

Kindly send your abstract at your earliest. Registration fee for speakers: 699 EUR (early
bird). Accepted abstracts will be published in our international journal with DOI.

Await for your positive response.

Regards,
Dr. Sarah Williams
Program Manager""")

add("bulk", "marketing", (),
    subject="Webinar: Winning local elections with data (Thursday, 1pm)",
    sender=("Ballotline", "events@ballotline.co.uk"),
    to=SEC_ADDR,
    headers=c.list_headers("Ballotline Events", domain="mail.ballotline.co.uk", precedence=False),
    body="""Join us this Thursday at 1pm for a free 45-minute webinar.

WINNING LOCAL ELECTIONS WITH DATA

  - How to prioritise wards with limited volunteers
  - Knocking-up on polling day: what the numbers say
  - Live demo of Ballotline's canvassing dashboard

Reserve your place: https://ballotline.co.uk/webinar

Can't make it? Register anyway and we'll send you the recording.

The Ballotline Team
Unsubscribe from event emails""")

add("bulk", "spam", (),
    subject=f"Congratulations - {ORG} shortlisted for the Community Excellence Awards",
    sender=("Community Excellence Awards", "awards@communityexcellence-awards.co.uk"),
    to=SEC_ADDR,
    fmt="html", body="",
    html_body=f"""<html><body style="font-family:Georgia;background:#111;color:#f5e6c8;text-align:center;padding:30px">
<img src="https://communityexcellence-awards.co.uk/laurel.png" width="120">
<h1>Congratulations!</h1>
<p>We are delighted to inform you that <b>{ORG} Labour</b> has been shortlisted in the category
<i>Outstanding Community Organisation (Regional)</i>.</p>
<p>Winners will be announced at our Gala Dinner in Birmingham. Shortlisted organisations are
invited to reserve a table of 10 at the discounted rate of &pound;2,450 + VAT.</p>
<p><a href="https://communityexcellence-awards.co.uk/book" style="color:#ffd76a">Reserve your table</a></p>
</body></html>""")

add("bulk", "spam", (),
    subject="Your biography in Who's Who in British Public Life",
    sender=("Editorial Office", "editorial@whoswho-publiclife.co.uk"),
    to=SEC_ADDR,
    body=f"""Dear {SEC_NAME},

Our editorial board has selected you for inclusion in the forthcoming edition of Who's Who in
British Public Life, in recognition of your contribution to civic and political life.

Please complete your biographical entry online at no charge. Members may also order the
commemorative hardback edition (£295) and a framed certificate of inclusion (£95).

Complete your entry: https://whoswho-publiclife.co.uk/entry

Editorial Office""")

add("bulk", "scam", ("hard-negative", "alarmist"),
    subject="Conference accommodation - official housing bureau - FINAL ROOMS",
    sender=("Conference Housing Bureau", "reservations@conferencehousing-bureau.com"),
    to=SEC_ADDR,
    body="""Dear Delegate,

We are the official housing partner for this year's party conference. Our records indicate
that your delegation has NOT yet reserved accommodation.

Hotels within walking distance of the conference centre are now 94% SOLD OUT. Rooms remaining
at our negotiated rate: 11.

If you do not secure your rooms by Friday, your delegation may be unable to find accommodation
anywhere in the city during conference week.

Book now (full prepayment required): https://conferencehousing-bureau.com/delegates

Reservations Team""")

add("bulk", "marketing", (),
    subject="Fringe event and exhibition space - party conference",
    sender=("Fringe Venues Ltd", "bookings@fringevenues-conference.co.uk"),
    to=SEC_ADDR,
    body="""Hello,

We have a small number of fringe meeting rooms and exhibition stands still available within
the secure zone at this year's party conference.

  Fringe room (60 seats, 75 minutes, AV included): £1,900 + VAT
  Shell-scheme stand (3m x 2m): £4,750 + VAT

Many constituency parties and affiliated groups use our rooms to launch campaigns and hold
receptions.

Availability and floorplan: https://fringevenues-conference.co.uk/availability

Kind regards,
Bookings Team""")

add("bulk", "marketing", (),
    subject="Westminster Policy Breakfast: Housing and the Planning Bill",
    sender=("Westminster Forum Briefings", "bookings@westminster-forum-briefings.co.uk"),
    to=SEC_ADDR,
    headers=c.newsletter_headers("Campaign Monitor"),
    body="""WESTMINSTER FORUM BRIEFINGS

Policy Breakfast: Housing, Planning and the New Towns Programme
Central London | 8.00am - 10.30am

Hear from parliamentarians, senior officials and industry leaders, with networking over a
full English breakfast.

Standard rate: £295 + VAT
Charity / public sector rate: £195 + VAT

Book your place: https://westminster-forum-briefings.co.uk/housing

You are receiving this as you have previously shown an interest in our events.
Unsubscribe""")

add("bulk", "spam", (),
    subject="Executive leadership retreat - Tuscany, 4 nights",
    sender=("Lead Well Retreats", "invitations@leadwell-retreats.com"),
    to=UND,
    fmt="html", body="",
    html_body="""<html><body style="font-family:Garamond,serif;text-align:center">
<img src="https://leadwell-retreats.com/img/villa.jpg" width="600">
<h2>Lead. Reflect. Recharge.</h2>
<p>An intimate leadership retreat for 12 senior leaders in a restored Tuscan villa.</p>
<p>Coaching &middot; Cookery &middot; Wine &middot; Silence</p>
<p><a href="https://leadwell-retreats.com/apply">Apply for a place</a> &mdash; &euro;4,900 all inclusive</p>
</body></html>""")

add("bulk", "spam", ("short",),
    subject="Exhibitor list",
    sender=("Kevin Hart", "kevin.h@tradeshow-data-leads.com"),
    to=SEC_ADDR,
    fmt="plain",
    body="Hi, I have the verified exhibitor and visitor list for the Local Government Association Annual Conference. Interested? Can share counts and pricing.\n\nThanks\nKevin\n")

add("bulk", "marketing", (),
    subject="Save the date: Campaign Tech Expo, London",
    sender=("Campaign Tech Expo", "hello@campaigntechexpo.co.uk"),
    to=SEC_ADDR,
    headers=c.newsletter_headers("Mailerlite"),
    body="""SAVE THE DATE

Campaign Tech Expo returns to London this autumn.

One day. 40 talks. Every tool you need for digital campaigning, fundraising and organising -
from peer-to-peer texting to AI leaflet design.

Early bird tickets from £49. Free for volunteers and students.

https://campaigntechexpo.co.uk

You're on this list because you attended or registered interest in a previous event.
Unsubscribe""")

add("bulk", "scam", ("tailored",),
    subject=f"Feature for {ORG} in 'Britain's Best Communities'",
    sender=("Editorial Team - Britain's Best Communities", "editorial@britainsbestcommunities-mag.co.uk"),
    to=SEC_ADDR,
    body=f"""Dear {FIRST},

I'm writing from the editorial team of Britain's Best Communities, a quarterly publication
distributed to local authorities, MPs' offices and community organisations across the UK.

We're compiling a feature on grassroots organisations in your region and would love to include
{ORG}. The feature would be a half-page article written by our journalists in consultation with
you, with photographs.

There is a contribution of £675 towards design and distribution costs for a half page, or
£1,200 for a full page.

Could you let me know by the end of the week? The issue goes to print shortly.

Best wishes,
Rebecca Hale
Features Editor""")

add("bulk", "spam", ("non-native",),
    subject="Invitation to International Youth Leadership Forum in Istanbul",
    sender=("IYLF Secretariat", "secretariat@iylf-forum2026.org"),
    to=UND,
    body="""Dear Sir / Madam,

We are pleased to invite your organization to nominate young leaders to participate in the
International Youth Leadership Forum 2026 which will take place in Istanbul, Turkey.

The Forum will gather more than 800 participants from over 90 countries. Fully funded places
are available for selected participants (flight, accommodation, meals). A non-refundable
registration fee of 150 USD must be paid to process the visa invitation letter.

Deadline for application is approaching. Please apply via our website.

Best regards,
IYLF Secretariat""")

# ---------------------------------------------------------------- B2B marketing: energy, solar, utilities

add("bulk", "marketing", (),
    subject="Is your organisation overpaying for energy?",
    sender=("Sam Turner - Utility Bidder", "sam.turner@utility-compare-business.co.uk"),
    to=SEC_ADDR,
    body=f"""Hi {FIRST},

Business energy contracts don't have a price cap, and many small organisations rolled onto
expensive "out of contract" rates without realising.

If you send me a copy of your latest gas or electricity bill, I'll compare it against 27
suppliers and show you what you could save. It costs nothing and there's no obligation.

Sam Turner
Senior Energy Consultant""")

add("bulk", "spam", ("hard-negative", "alarmist"),
    subject="Last chance: free solar panels scheme closing",
    sender=("Green Homes Grant Advisory", "advice@greenhomes-grant-advisory.co.uk"),
    to=UND,
    body="""FINAL WEEK

The government-backed scheme offering FREE solar panels, batteries and insulation to eligible
households is closing. Once it closes, this funding will be gone forever.

You could save up to £1,100 a year on your energy bills.

Check eligibility now (takes 30 seconds): https://greenhomes-grant-advisory.co.uk/check

Don't miss out - thousands of homeowners have already claimed.

Reply STOP to opt out.""")

add("bulk", "marketing", (),
    subject="EV chargers for community buildings - fully funded",
    sender=("ChargePoint Partners", "info@chargepoint-partners.co.uk"),
    to=SEC_ADDR,
    body="""Hello,

Do you own or manage a community building, office or car park? We install electric vehicle
charge points at no cost to you and share the revenue with the site owner.

  - £0 installation
  - 20% of charging revenue paid to you
  - Fully maintained for 10 years

Register your interest: https://chargepoint-partners.co.uk/sites

ChargePoint Partners""")

add("bulk", "marketing", (),
    subject="Business rates refund - you could be owed thousands",
    sender=("Rates Review UK", "team@ratesreview-uk.co.uk"),
    to=SEC_ADDR,
    body="""Dear Occupier,

Did you know that as many as 1 in 3 business rate assessments are incorrect?

Our chartered surveyors review your rateable value on a no-win, no-fee basis. If we find an
error, we'll appeal on your behalf and could recover overpayments going back years.

Charities and not-for-profits may also qualify for up to 100% relief.

Start your free review: https://ratesreview-uk.co.uk/review

Rates Review UK""")

c.write()
