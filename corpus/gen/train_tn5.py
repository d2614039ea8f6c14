"""train/tn5: SEO, web-design and digital-agency spam, plus sales pitches written by one person
to the secretary (label other). All content hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tn5", seed=2705)
SEC_NAME, SEC_ADDR = c.secretary()
FIRST = SEC_NAME.split()[0]
LOCAL, DOMAIN = SEC_ADDR.split("@")
ORG = c.clp[0].replace(" CLP", "")
SITE = c.site()


def add(label, kind, tags=(), **kw):
    t = [kind, *tags]
    if "fmt" not in kw:
        kw["fmt"] = c.rng.choice(["plain", "plain", "plain", "alt"])
    if kw["fmt"] == "html" and "html-only" not in t:
        t.append("html-only")
    h = kw.get("headers") or {}
    if label == "bulk" and not any(k.lower().startswith("list-") for k in h):
        t += ["confuser", "robot-no-list-headers"]
    c.add(label, tags=tuple(t), **kw)


UND = "undisclosed-recipients:;"

# ---------------------------------------------------------------- SEO and web spam

add("bulk", "spam", ("non-native",),
    subject="Your website is not on Google first page",
    sender=("Rohit Sharma", "rohit.seoexpert09@gmail-services.in"),
    to=SEC_ADDR,
    body=f"""Hello {SITE} Team,

I was checking your website and found that it is not ranking on first page of Google for many
keywords related to your business. Also I found many technical errors like:

1. Website is not mobile friendly as per Google guidelines
2. Meta tags are missing on many pages
3. Low quality backlinks
4. Website speed is very slow
5. Not have proper social media presence

We are a team of 45+ SEO experts and we can bring your website on first page of Google in very
affordable cost. If you are interested please reply and I will send you our packages and
proposal. You can also share your phone number, I will call you.

Thanks & Regards,
Rohit Sharma
Sr. SEO Consultant

Note: if you are not interested, reply "NO" and we will not contact you again.""")

add("bulk", "spam", ("quoted",),
    subject="Re: website redesign",
    sender=("Priyanka Das", "priyanka@webcraft-digital-solutions.com"),
    to=SEC_ADDR,
    body=c.quote_reply(
        """Hi,

Just following up on my previous email. Did you get a chance to look at it? Let me know if
you would like to see some of our recent work.

Regards,
Priyanka""",
        f"""Hi,

I came across your website {SITE} and noticed it could benefit from a modern redesign. We build
fast, responsive WordPress websites starting from just $499.

Would you be interested in a free mock-up?

Priyanka Das
Business Development Manager""",
        quoted_from="Priyanka Das <priyanka@webcraft-digital-solutions.com>",
        style="gmail"))

add("bulk", "spam", (),
    subject="Guest post on your site?",
    sender=("Emily Carter", "emily.carter.outreach@contentreach-media.co"),
    to=SEC_ADDR,
    body=f"""Hi there,

I'm Emily, a content writer. I really enjoyed reading the posts on {SITE}.

I'd love to contribute a high-quality, 100% original article to your blog on a topic that fits
your audience. In return, I'd just ask for one do-follow link in the body of the article.

I can also offer $50 for a link insertion in an existing post if that's easier.

Let me know what you think!

Cheers,
Emily""")

add("bulk", "spam", (),
    subject=f"Broken link on {SITE}",
    sender=("Tom from LinkFix", "tom@linkfix-outreach.net"),
    to=SEC_ADDR,
    body=f"""Hey,

I was browsing {SITE} today and noticed that one of the links on your "Get involved" page
points to a resource that no longer exists (404).

I actually wrote a guide on the same topic that might be a great replacement:
https://linkfix-outreach.net/resources/community-organising-guide

Feel free to use it. Either way, hope this helps!

Tom""")

add("bulk", "spam", ("noisy",),
    subject="5000+ HIGH DA BACKLINKS ONLY $29 !!! LIMITED OFFER",
    sender=("SEO Master", "seomaster.packages@fastrank-bl.xyz"),
    to=UND,
    fmt="plain",
    body="""*** MEGA SEO PACKAGE ***

>>> 5000+ HIGH DA/PA BACKLINKS
>>> 100% MANUAL WORK !!!
>>> GOOGLE SAFE - PENGUIN & PANDA PROOF
>>> RANK #1 IN 30 DAYS OR MONEY BACK

PRICE = $29 ONLY (normal $299)

Order now ==>  fastrank-bl.xyz/order

Skype: seomaster.packages
WhatsApp: +92 300 1234 998""")

add("bulk", "marketing", (),
    subject="Quick question about your Google reviews",
    sender=("Hannah | ReviewBoost", "hannah@reviewboost-local.com"),
    to=SEC_ADDR,
    body=f"""Hi {FIRST},

Quick one - I noticed {ORG} Labour only has 4 reviews on Google, and one of them is a 1-star.

Organisations with 50+ reviews get up to 3x more clicks from local searches. Our platform makes
it easy to ask your happy supporters for reviews by text and email, and to respond to negative
ones before they do damage.

Worth a 10-minute chat this week?

Hannah
ReviewBoost | Local reputation made simple

Not the right person? Let me know and I won't follow up.""")

add("bulk", "spam", ("non-native",),
    subject="Website Traffic - 10,000 Real Visitors",
    sender=("Traffic Pro", "sales@trafficpro-realvisitors.com"),
    to=UND,
    body="""Dear Website Owner,

Do you want more visitor for your website? We can send 10,000 real human visitor from UK
targeted for only £39. Traffic is from Google, Facebook and YouTube, 100% safe for Adsense.

Packages:
10,000 visitors - £39
50,000 visitors - £149
100,000 visitors - £249

Order today: trafficpro-realvisitors.com

Best Regards
Traffic Pro Team""")

add("bulk", "marketing", (),
    subject=f"PageSpeed score for {SITE}: 38/100",
    sender=("Alex Novak", "alex@speedfixers.io"),
    to=SEC_ADDR,
    fmt="alt",
    body=f"""Hi,

I ran {SITE} through Google PageSpeed Insights and it scored 38/100 on mobile. The biggest
issues:

  - Largest Contentful Paint: 6.8s (should be under 2.5s)
  - 3.4 MB of unoptimised images on the homepage
  - Render-blocking scripts from 7 plugins

More than half of visitors leave a page that takes over 3 seconds to load, which means fewer
people signing up or donating.

I fix exactly this, for a fixed fee, usually within 3 days. Want me to send a short video
showing what I'd change?

Alex Novak
SpeedFixers

P.S. If this isn't relevant, just reply "no thanks".""",
    html_body=f"""<html><body style="font-family:Arial;font-size:14px"><p>Hi,</p>
<p>I ran <b>{SITE}</b> through Google PageSpeed Insights and it scored <span style="color:#d33;font-weight:bold">38/100</span> on mobile.</p>
<ul><li>Largest Contentful Paint: 6.8s</li><li>3.4 MB of unoptimised images on the homepage</li><li>Render-blocking scripts from 7 plugins</li></ul>
<p>I fix exactly this, for a fixed fee, usually within 3 days. Want me to send a short video showing what I'd change?</p>
<p>Alex Novak<br>SpeedFixers</p></body></html>""")

add("bulk", "spam", ("breakup-email",),
    subject="Should I close your file?",
    sender=("Marcus Reed", "marcus@growthhive-agency.com"),
    to=SEC_ADDR,
    fmt="plain",
    body=f"""Hi {FIRST},

I've reached out a few times about helping {ORG} Labour get more from its website, but haven't
heard back. Usually that means one of three things:

1. You're all set and not interested
2. You're interested but really busy
3. You're being chased by a bear and need me to call for help

Let me know which one so I can stop bothering you!

Marcus""")

add("bulk", "marketing", (),
    subject="An AI assistant that answers your members 24/7",
    sender=("ChatPilot", "team@chatpilot-ai.co.uk"),
    to=SEC_ADDR,
    headers=c.newsletter_headers("Mailchimp"),
    fmt="html", body="",
    html_body="""<html><body style="font-family:Inter,Arial;max-width:600px;margin:auto">
<h1 style="font-size:26px">Never miss a question again</h1>
<p>ChatPilot learns from your website and documents, then answers questions from members and
the public instantly &ndash; meeting times, how to join, how to volunteer.</p>
<p><a href="https://chatpilot-ai.co.uk/trial">Start your free 14-day trial</a></p>
<p style="font-size:11px;color:#999">ChatPilot Ltd &middot; <a href="https://chatpilot-ai.co.uk/unsub">Unsubscribe</a></p>
</body></html>""")

add("bulk", "spam", (),
    subject="Wikipedia page for your organisation",
    sender=("WikiPro Writers", "editors@wikipro-writers.com"),
    to=UND,
    body="""Hello,

Does your organisation have a Wikipedia page? A Wikipedia page is the #1 trust signal for
organisations online and appears at the top of Google search results.

Our team of experienced Wikipedia editors will research, write and publish a page for you that
meets all of Wikipedia's notability guidelines. Guaranteed approval or full refund.

Packages from $899. Reply to get a free notability assessment.

WikiPro Writers""")

add("bulk", "marketing", ("tailored",),
    subject="Voter data and targeted digital ads for local campaigns",
    sender=("Campaign Reach UK", "info@campaignreach-uk.com"),
    to=SEC_ADDR,
    body=f"""Hello,

With local elections approaching, we're helping constituency parties and candidates of every
party reach the right voters online.

 - Geo-targeted Facebook and Instagram ads by ward
 - Lifestyle and demographic audience packs for your area
 - Leaflet design and print-and-deliver bundles
 - Full imprint compliance under the Elections Act

Campaigns in {ORG} start from £350. Reply to this email for a free audience estimate.

Campaign Reach UK

You are receiving this email as your contact details are publicly listed. To opt out, reply
with "remove".""")

add("bulk", "spam", (),
    subject="Your Facebook page hasn't posted in 3 weeks",
    sender=("Sophie @ SocialSorted", "sophie@socialsorted-uk.com"),
    to=SEC_ADDR,
    body=f"""Hi there,

I noticed that the {ORG} Labour Facebook page hasn't posted since earlier this month. Pages that
post less than once a week see their reach drop by up to 70%.

We write, design and schedule posts for busy organisations, from £199/month. All content is
approved by you before it goes out.

Fancy a free content calendar for next month, no strings?

Sophie
SocialSorted""")

add("bulk", "marketing", (),
    subject="Distribute your press release to 500+ UK newsrooms",
    sender=("NewsWire Express", "distribution@newswire-express.co.uk"),
    to=SEC_ADDR,
    headers=c.newsletter_headers("Campaign Monitor"),
    body="""Get your story in front of journalists.

NewsWire Express distributes your press release to over 500 national, regional and trade
newsrooms across the UK, with guaranteed posting on 150+ news sites.

Single release: £149
Bundle of 5: £549

Upload your release today: https://newswire-express.co.uk/submit

Unsubscribe | Privacy policy
NewsWire Express Ltd, Manchester""")

add("bulk", "spam", (),
    subject="Guest appearance on The Changemakers Podcast",
    sender=("Leah, Booking Team", "bookings@changemakers-podcast-network.com"),
    to=SEC_ADDR,
    body=f"""Hi {FIRST},

I'm reaching out on behalf of The Changemakers Podcast, a show featuring community leaders who
are making a difference. Our host would love to have you on as a guest to talk about your work
with {ORG} Labour.

The show reaches 40,000+ listeners a month. To secure your episode there is a one-off
production fee of £495, which includes professional editing, show notes and a promotional
video clip.

Interested? Just book a quick call here: https://changemakers-podcast-network.com/book

Leah""")

add("bulk", "spam", ("hard-negative", "alarmist", "legal-threat"),
    subject=f"Accessibility compliance: {SITE} at risk of legal action",
    sender=("AccessAudit", "compliance@accessaudit-uk.com"),
    to=SEC_ADDR,
    body=f"""IMPORTANT - PLEASE READ

Our automated audit found 63 accessibility failures on {SITE} against WCAG 2.2 AA.

Under the Equality Act 2010, organisations must make reasonable adjustments for disabled
users. Organisations whose websites are not accessible have been subject to legal claims and
significant settlements.

Don't wait for a solicitor's letter. Our AccessShield widget makes your site compliant
overnight for £29/month.

Get your free compliance report: https://accessaudit-uk.com/report/{SITE}

AccessAudit""")

add("bulk", "spam", ("non-native",),
    subject="Mobile App Development",
    sender=("Vikram - AppNova", "vikram@appnova-technologies.com"),
    to=UND,
    body="""Hi,

Hope you are doing well.

We are leading mobile app development company having 10+ years experience. We have developed
more than 500 apps for clients in USA, UK, Australia. We can develop any kind of app like
membership app, event app, donation app, booking app etc. for both Android and iOS.

Our rates are very reasonable. Kindly let me know if you have any requirement, I will share our
portfolio.

Looking forward to hear from you.

Regards,
Vikram""")

add("bulk", "spam", ("short",),
    subject="logo",
    sender=("Design Studio", "studio@logoquick-designs.net"),
    to=UND,
    fmt="plain",
    body="Need a new logo? 3 concepts in 48 hours for $49. Unlimited revisions. Reply YES to get started.\n")

add("bulk", "marketing", ("html-only",),
    subject="Turn your message into a 60-second animated video",
    sender=("Explainify", "hello@explainify-video.com"),
    to=SEC_ADDR,
    fmt="html", body="",
    html_body="""<html><body style="font-family:Arial;text-align:center">
<a href="https://explainify-video.com/showreel"><img src="https://explainify-video.com/play-thumb.gif" width="560" alt="Watch our showreel"></a>
<p>Animated explainer videos from &pound;795. Scripts, voiceover and music included.</p>
<p style="font-size:10px;color:#888">Explainify, Bristol &middot; unsubscribe</p>
</body></html>""")

# ---------------------------------------------------------------- pitches written by one person (other)

add("other", "marketing", ("personal-pitch",),
    subject="Leaflet printing for the May elections",
    sender=("Dave Whitlock", "dave@kestrelprint.co.uk"),
    to=SEC_ADDR,
    body=f"""Hi {FIRST},

Dave here from Kestrel Print on Station Road - we did the posters for the food bank quiz night
last year, if that rings a bell.

I know you lot usually go through the regional print contract, but I thought I'd drop you a
line anyway. We've just got a new Konica in and I can do 10,000 A5 double-sided full colour on
130gsm for £285 including the imprint, turned round in 48 hours. That's cheaper than most of the
big online lot and you can pop in and check a proof rather than waiting for a PDF.

No pressure at all. If it's useful, give me a ring on 01632 960 418 or just reply here and I'll
send a proper quote.

Cheers,
Dave Whitlock
Kestrel Print""")

add("other", "marketing", ("personal-pitch",),
    subject="Your website - a local offer",
    sender=("Ellie Morgan", "ellie@elliemorgandesign.co.uk"),
    to=SEC_ADDR,
    body=f"""Dear {SEC_NAME},

I hope you don't mind me getting in touch out of the blue. I'm a freelance web designer based
in town and I was on your website last week trying to find out where the public meeting about
the library closure was being held. I couldn't find it, and I noticed the events page still
shows things from last year, and the "join us" button goes to a page that doesn't load on my
phone.

I'm not a party member (I'm not really political, if I'm honest) but I do a fair bit of work
for local charities and community groups, and I'd be happy to give the site a tidy-up. I
usually charge £40 an hour, and I think most of this would be a day's work or less. I can also
show someone how to update the events page themselves so you're not reliant on me.

Examples of my work are at elliemorgandesign.co.uk if you want to have a look.

Kind regards,
Ellie Morgan""")

add("other", "marketing", ("personal-pitch",),
    subject="Candidate headshots",
    sender=("Tariq Hussain Photography", "tariq@tariqhussainphoto.com"),
    to=SEC_ADDR,
    fmt="plain",
    body=f"""Hi {FIRST}

I photographed a couple of your councillors at the Eid in the Park event and one of them
(Cllr Adeyemi I think) said I should email the secretary.

I do candidate portraits - outdoor, natural light, in the ward if you like, so the photo
actually looks like the area. £60 per candidate or £300 for a group of 8 on one morning, you
get all the edited images with print and web rights.

Happy to show some examples. I'm around most weekends.

Thanks
Tariq
07700 900 731""")

add("other", "marketing", ("personal-pitch",),
    subject="20 minutes? A canvassing app built by an ex-organiser",
    sender=("Ruth Adebayo", "ruth@doorstep-app.co.uk"),
    to=SEC_ADDR,
    body=f"""Hi {FIRST},

I'll keep this short because I know what a secretary's inbox looks like - I was one for four
years in a south London CLP before I started building software.

DoorStep is a small app I've built with two friends. It does one thing: it lets branch
organisers turn the paper canvass sheets from a session into a tidy spreadsheet by
photographing them, so the data entry doesn't sit on one person's kitchen table for a week.
It doesn't replace the party's own tools and it doesn't store anything after the export.

We're looking for three or four CLPs to try it free for the next campaign and tell us
honestly what's rubbish about it. Would you or your campaign coordinator have 20 minutes for a
video call in the next couple of weeks?

If it's a no, that's completely fine - I remember how many of these emails I used to get.

Best,
Ruth Adebayo
Founder, DoorStep""")

add("other", "marketing", ("personal-pitch", "quoted"),
    subject="Re: Room hire for your monthly meetings",
    sender=("Gary Pearce", "gary.pearce@millfieldsocialclub.co.uk"),
    to=SEC_ADDR,
    body=c.quote_reply(
        f"""Hi {FIRST}, just following up on the below in case it got buried. I've had a word
with the committee and we could do Thursdays as well as Tuesdays now the darts league has moved
nights. Parking's free after 6. Give me a shout if you want to come and have a look round.

Gary""",
        """Hello,

I manage the Millfield Social Club on Brook Street. I understand you've been having trouble
finding a regular room for your GC since the community centre put its prices up. Our function
room seats 80, has a hearing loop and step-free access from the car park, and we can do a
weekday evening for £45 including tea and coffee. Members' bar stays open.

Gary Pearce
Club Manager""",
        quoted_from="Gary Pearce <gary.pearce@millfieldsocialclub.co.uk>",
        style="gmail"))

add("other", "marketing", ("personal-pitch",),
    subject="Talk for one of your branches? (local history)",
    sender=("Bernard Fellowes", "bernard.fellowes@btinternet.com"),
    to=SEC_ADDR,
    body="""Dear Secretary,

I am a retired schoolteacher and the author of "Chimneys and Chapels: Working Lives in Our Town
1850-1950", which came out last spring with a small local publisher. There is a chapter on the
1926 General Strike here and the founding of the first trades council, which I think your
members might find interesting.

I would be very happy to give a talk of about 40 minutes at a branch meeting or social evening.
I don't charge a fee, although I do bring copies of the book to sell (£12, or £10 to members of
any organisation that has me).

I can be reached at this address or on 01632 960 772. I don't drive, so somewhere on a bus route
would be appreciated.

Yours sincerely,
Bernard Fellowes""")

add("other", "marketing", ("personal-pitch", "non-native"),
    subject="Tshirts and badges for your campaign",
    sender=("Magda Wójcik", "magda@redthreadprint.co.uk"),
    to=SEC_ADDR,
    body=f"""Hello {FIRST},

My name is Magda, I have small printing business with my husband, we do t-shirts, tote bags
and badges. All shirts are from ethical supplier and we are unionised workshop (GMB), I know
this is important for you.

I saw on Facebook that you have a big campaign day next month. If you need t-shirts for the
volunteers I can make good price, for example 50 red t-shirts with your logo on front is £260,
and 500 badges 25mm is £90. We can deliver in 10 days.

Please let me know if you are interested, I can send photo of our work.

Kind regards
Magda Wójcik
Red Thread Print""")

add("other", "marketing", ("personal-pitch",),
    subject="Buffet for your fundraising dinner",
    sender=("Shabana's Kitchen", "shabanaskitchen@outlook.com"),
    to=SEC_ADDR,
    fmt="plain",
    body=f"""Hi there

I'm Shabana, I run a small catering business from home (5 star hygiene rating). A friend who is
in your party told me you are planning a fundraising dinner in the autumn and you were looking
for someone to do the food.

I do a full buffet, veg and non veg, from £9 a head for 60+ people, including delivery and
plates. I did the Unison branch retirement do in March and they were very happy, you can ask
them.

Let me know the date and numbers and I'll send you a menu.

Thanks
Shabana""")

add("other", "marketing", ("personal-pitch",),
    subject="Design help with your leaflets",
    sender=("Josh Whelan", "josh.whelan.design@gmail.com"),
    to=SEC_ADDR,
    body=f"""Hi {FIRST},

Apologies for the cold email. I'm a graphic designer who lives in the constituency and I picked
up one of your "Save our Bus Routes" leaflets at the station last week. The message was great
but honestly the layout made it hard to read - there were five fonts on one side and the QR code
was too small to scan.

I design leaflets and social graphics for a few campaign groups and charities. I'd be happy to
do a template you could reuse for every ward, so volunteers only swap the text. I'd do it for a
flat £150 - a lot of people do this sort of thing for free but I've got rent to pay!

Portfolio: joshwhelan.design

Best,
Josh""")

add("other", "marketing", ("personal-pitch",),
    subject="Minibus for campaign days",
    sender=("Colin Tait", "colin@taitscoaches.co.uk"),
    to=SEC_ADDR,
    fmt="plain",
    body=f"""Morning,

Colin from Tait's Coaches. Your MP's office used us for a trip to Westminster a while back and
I wondered if the party would be interested in a minibus for the campaign days in the target
wards. 16 seater with driver, £180 for a Saturday 9 till 5, £220 if you want to go out of area.

Drop me a line if useful. We're fully insured and the drivers are DBS checked.

Colin Tait
Tait's Coaches""")

add("other", "marketing", ("personal-pitch", "quoted"),
    subject="RE: Event insurance",
    sender=("Naomi Price", "naomi.price@hollybankinsurance.co.uk"),
    to=SEC_ADDR,
    body=c.quote_reply(
        f"""Hello {FIRST},

Thanks for getting back to me - no problem at all that the treasurer deals with this. Would you
mind passing on my details? The public liability cover I mentioned would also cover your
street stalls and the summer barbecue, which I understand the regional policy might not. Happy
to talk it through with them whenever suits.

Kind regards,
Naomi""",
        "Thanks Naomi, insurance is really the treasurer's area rather than mine - I'll pass this on.",
        quoted_from=f"{SEC_NAME} <{SEC_ADDR}>",
        style="outlook"))

# ---------------------------------------------------------------- alarmist web and compliance spam

add("bulk", "phishing", ("hard-negative", "legal-threat", "angry-tone"),
    subject="Your website is using my copyrighted images - legal action",
    sender=("Melanie Crane Photography", "melanie.crane.photo@copyright-claims-mail.com"),
    to=SEC_ADDR,
    body=f"""Hello,

Your website or a website that your company hosts is infringing on a copyright-protected
images owned by myself.

Check out this document with the links to my images you used at {SITE} and my previous
publication to obtain the evidence of my copyrights:

https://copyright-claims-mail.com/docs/evidence-MC2211.pdf

I believe you have deliberately infringed my rights under the Copyright, Designs and Patents
Act 1988 and could be liable for statutory damages as high as £100,000.

This letter is official notification. I demand the removal of the infringing materials
mentioned above within the next several days. Please be aware that if you fail to do so I
will report you to your hosting provider and to Google, and I will take legal action against
you and your organisation.

I have a good faith belief that use of the copyrighted materials described above is not
authorized by the copyright owner, its agent, or the law.

Melanie Crane""")

add("bulk", "scam", ("hard-negative", "alarmist"),
    subject=f"ACT NOW or lose {SITE} forever",
    sender=("Domain Recovery Desk", "recovery@domain-expiry-auction.net"),
    to=SEC_ADDR,
    fmt="html", body="",
    html_body=f"""<html><body style="font-family:Arial">
<h1 style="color:#c00">ACT NOW OR LOSE EVERYTHING</h1>
<p>The domain <b>{SITE}</b> has entered the redemption period. If it is not recovered within
<b>72 hours</b> it will be <b>DELETED</b> and offered at public auction, where it may be bought by
anyone &ndash; including your opponents.</p>
<p>Your website, your email and your online reputation will be gone.</p>
<p><a href="https://domain-expiry-auction.net/recover/{SITE}">Recover your domain (&pound;149)</a></p>
</body></html>""")

add("bulk", "scam", ("hard-negative", "alarmist", "legal-threat"),
    subject="Data Protection Fee: FINAL demand - penalty up to £4,000",
    sender=("Data Protection Registration Office", "notices@dpro-registration-uk.org"),
    to=SEC_ADDR,
    body=f"""DATA PROTECTION REGISTRATION OFFICE
Notice under the Data Protection (Charges and Information) Regulations 2018

Organisation: {ORG.upper()} LABOUR
Reference: DPRO/44718

FINAL DEMAND

Our records indicate that your organisation processes personal data but has not paid the
annual data protection fee. Organisations that fail to pay are liable to a fixed penalty of up
to £4,000. We will report non-compliant organisations for enforcement.

To avoid a penalty, you must register and pay the fee of £95 + our processing charge of £40
within 7 days:

https://dpro-registration-uk.org/register/44718

This office is a private registration service and is not affiliated with any government body.""")

add("bulk", "spam", ("hard-negative", "alarmist"),
    subject="Your site will be REMOVED from Google search",
    sender=("Search Console Team", "console-alerts@search-index-warning.com"),
    to=SEC_ADDR,
    fmt="plain",
    body=f"""Warning: {SITE} has been flagged for removal from Google search results.

Reason: Thin content / poor Core Web Vitals / missing structured data.

Sites that are not fixed within 10 days will be DEINDEXED. Your visitors will not be able to
find you.

Our certified team can fix all issues within 48 hours. Reply "FIX" to get started.""")

add("bulk", "marketing", ("tailored",),
    subject="Bulk SMS for political campaigns - 2.9p per text",
    sender=("TextBlast UK", "sales@textblast-uk.com"),
    to=SEC_ADDR,
    headers=c.newsletter_headers("Mailchimp"),
    body="""Reach every supporter in seconds.

TextBlast UK sends bulk SMS for charities, campaigns and membership organisations - polling day
reminders, event invites, fundraising asks.

  - From 2.9p per message
  - Custom sender name
  - Opt-out handling built in

Get 500 free credits: https://textblast-uk.com/free

TextBlast UK | Unsubscribe""")

add("bulk", "spam", ("html-only", "image-only"),
    subject="Re:",
    sender=("", "info@promo-mailer-9921.com"),
    to=UND,
    fmt="html", body="",
    html_body="""<html><body><a href="http://promo-mailer-9921.com/c?i=77"><img src="http://promo-mailer-9921.com/i/offer-77.jpg" width="600" height="800" border="0"></a></body></html>""")

add("bulk", "spam", ("html-only", "image-only", "short"),
    subject="see attached",
    sender=("Office", "office@quickdocs-share.biz"),
    to=SEC_ADDR,
    fmt="html", body="",
    html_body="""<html><body><p style="font:12px Arial">see below</p><a href="https://quickdocs-share.biz/v/0x7"><img src="https://quickdocs-share.biz/pdf-preview.png" width="300" alt="Document.pdf (2 pages)"></a></body></html>""")

c.write()
