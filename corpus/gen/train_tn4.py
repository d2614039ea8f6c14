"""train/tn4: pharmacy and supplement spam, crypto and investment scams, dating spam.
All content hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tn4", seed=2704)
SEC_NAME, SEC_ADDR = c.secretary()
FIRST = SEC_NAME.split()[0]
LOCAL, DOMAIN = SEC_ADDR.split("@")


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

# ---------------------------------------------------------------- pharmacy and supplements

add("bulk", "spam", ("noisy",),
    subject="V1@gra 0.89$ - C!al1s 1.20$ - no prescr1ption",
    sender=("Pharmacy Online", "rx-sale@ph-direct-74.ru"),
    to=UND,
    fmt="plain",
    body="""Hi,

V_i_a_g_r_a  from  $0.89
C_i_a_l_i_s  from  $1.20
L.e.v.i.t.r.a  from  $1.35

* N0 prescr1ption needed
* Discreet package, worldwide shipp1ng
* 100% satisfact1on or money back

>> http://ph-direct-74.ru/?c=uk <<

remove: reply "no"
""")

add("bulk", "spam", (),
    subject="Canadian Pharmacy - Spring Specials up to 80% off",
    sender=("Canadian Health&Care Mall", "specials@canadian-healthcare-mall.biz"),
    to=UND,
    fmt="html", body="",
    html_body="""<html><body><table width="620" align="center" style="font-family:Verdana;font-size:12px">
<tr><td colspan="3" style="background:#c00;color:#fff;padding:10px;font-size:18px">Canadian Health&amp;Care Mall &#127809;</td></tr>
<tr><td><img src="http://canadian-healthcare-mall.biz/i/1.jpg" width="180"><br><b>Sildenafil 100mg</b><br>$0.95 per pill</td>
<td><img src="http://canadian-healthcare-mall.biz/i/2.jpg" width="180"><br><b>Tadalafil 20mg</b><br>$1.15 per pill</td>
<td><img src="http://canadian-healthcare-mall.biz/i/3.jpg" width="180"><br><b>Modafinil 200mg</b><br>$1.80 per pill</td></tr>
<tr><td><b>Amoxicillin 500mg</b><br>$0.60</td><td><b>Atorvastatin 20mg</b><br>$0.45</td><td><b>Sertraline 50mg</b><br>$0.55</td></tr>
<tr><td colspan="3" align="center"><a href="http://canadian-healthcare-mall.biz/shop">SHOP NOW - FREE AIRMAIL OVER $200</a></td></tr>
<tr><td colspan="3" style="font-size:9px;color:#999">You received this because you subscribed. To stop receiving, click here.</td></tr>
</table></body></html>""")

add("bulk", "spam", (),
    subject="She lost 4 stone in 8 weeks - doctors are stunned",
    sender=("Daily Health Report", "news@dailyhealth-breakingreport.com"),
    to=UND,
    fmt="alt",
    body="""BREAKING: Mum-of-three loses 4 stone in 8 weeks without diet or exercise

A 46-year-old teaching assistant from Leeds has left doctors speechless after losing almost four
stone in just eight weeks, using a simple gummy that she takes twice a day.

"I didn't change anything else," she says. "I still have my takeaway on a Friday."

The gummy, which was featured on a well-known TV investment show, uses a natural ketone blend
that forces the body to burn fat for energy instead of carbs.

Stocks are running out fast after the show aired. Claim your discounted bottle today:
http://dailyhealth-breakingreport.com/keto-uk

*Results may vary. This is an advertisement and not a news article.""",
    html_body="""<html><body style="font-family:Georgia"><p style="color:#c00;font-weight:bold">BREAKING</p>
<h2>Mum-of-three loses 4 stone in 8 weeks without diet or exercise</h2>
<img src="http://dailyhealth-breakingreport.com/before-after.jpg" width="500">
<p>A 46-year-old teaching assistant from Leeds has left doctors speechless after losing almost four
stone in just eight weeks, using a simple gummy that she takes twice a day.</p>
<p><a href="http://dailyhealth-breakingreport.com/keto-uk">Claim your discounted bottle today &raquo;</a></p>
<p style="font-size:9px">*Results may vary. This is an advertisement and not a news article.</p></body></html>""")

add("bulk", "spam", (),
    subject="Semaglutide pens - no GP, no waiting list",
    sender=("SlimRx UK", "hello@slimrx-uk-direct.shop"),
    to=UND,
    body="""Tired of waiting for the NHS?

Get weight loss injections delivered to your door in 48 hours. No GP appointment. No
prescription. No questions asked.

 - 0.25mg starter pen: £89
 - 4-week course: £149
 - Free cool bag delivery

Order: https://slimrx-uk-direct.shop

Use code SPRING20 for 20% off your first order.

SlimRx UK is not affiliated with the NHS. To unsubscribe reply STOP.""")

add("bulk", "spam", ("noisy",),
    subject="\U0001f33f Pure CBD - feel calm again \U0001f33f",
    sender=("Nature's Calm", "offers@naturescalm-cbd.co"),
    to=UND,
    fmt="plain",
    body="""Stress?  Sleepless nights?  Aching joints?

\U0001f33f 100% pure, lab-tested CBD oil
\U0001f33f Loved by 250,000+ customers in the UK
\U0001f33f "Changed my life" - Maureen, 67

BUY 2 GET 3 FREE  ->  naturescalm-cbd.co/offer

Offer ends at midnight!!!

Nature's Calm Ltd. Unsubscribe: naturescalm-cbd.co/u""")

add("bulk", "spam", (),
    subject="Regrow your hair in 90 days - or your money back",
    sender=("Follicle Labs", "info@follicle-labs-uk.com"),
    to=UND,
    body="""Hi there,

Thinning on top? You're not alone - 2 in 3 men experience hair loss by the age of 35.

Our clinically-formulated serum combines biotin, caffeine and saw palmetto to wake up dormant
follicles. 94% of users saw visible results in 90 days.

Get your first month for £1 (then £29.99/month, cancel any time):
https://follicle-labs-uk.com/trial

Follicle Labs""")

add("bulk", "spam", ("non-native",),
    subject="Men over 50: get back your energy like 25",
    sender=("Dr. Mark Ellison", "dr.ellison@vitalmen-formula.net"),
    to=UND,
    body="""Dear friend,

After 50 every man testosterone falls down. You feel tired, no energy, no focus, belly
getting bigger. It is not your fault!

Our formula with 7 natural herbs is proven to help men feel like 25 again. Thousands of men in
UK already use it and their wives are very happy.

Only today 70% discount: http://vitalmen-formula.net/uk

Best regards
Dr. Mark Ellison""")

add("bulk", "spam", (),
    subject="Tinnitus? Do this tonight (takes 10 seconds)",
    sender=("Hearing Health Insider", "insider@hearinghealth-insider.com"),
    to=UND,
    fmt="plain",
    body="""If you suffer from ringing in the ears, watch this short video before it gets taken down.

A retired ENT surgeon has revealed a strange 10-second ritual that "switches off" tinnitus,
and Big Pharma is furious.

Watch now: http://hearinghealth-insider.com/v/ritual

(This presentation may be removed at any time.)""")

add("bulk", "spam", (),
    subject="Throw away your reading glasses?",
    sender=("VisionRestore", "support@vision-restore-naturally.com"),
    to=UND,
    body="""Scientists at a leading university have discovered that poor eyesight isn't caused by
age at all, but by a tiny parasite in the lens of the eye.

Over 48,000 people have used this simple 7-second morning routine to restore perfect 20/20
vision - without glasses, contacts or surgery.

See the discovery: https://vision-restore-naturally.com/discovery

To your health,
The VisionRestore Team""")

add("bulk", "spam", ("short",),
    subject="blood sugar",
    sender=("GlucoBalance", "news@gluco-balance-now.com"),
    to=UND,
    fmt="plain",
    body="Type 2? This \"forbidden\" breakfast food lowers blood sugar better than metformin: gluco-balance-now.com/b\n")

add("bulk", "marketing", (),
    subject="New: Marine Collagen + Turmeric - 40% off for subscribers",
    sender=("Harrowgate Health", "newsletter@harrowgatehealth.co.uk"),
    to=SEC_ADDR,
    headers=c.newsletter_headers("Mailerlite"),
    fmt="alt",
    body="""Hello,

Creaky knees on the stairs? Our new Marine Collagen + Turmeric capsules are here, and as a
subscriber you get 40% off your first tub this week.

Each capsule contains 1,000mg of hydrolysed marine collagen, 500mg of turmeric with black
pepper, and vitamin C to support normal collagen formation.

Shop now: https://harrowgatehealth.co.uk/collagen

Free UK delivery on orders over £25.

You're receiving this email because you signed up at harrowgatehealth.co.uk.
Unsubscribe | Manage preferences
Harrowgate Health Ltd, Unit 4, Mill Park, Harrogate""")

add("bulk", "spam", (),
    subject="Stop snoring tonight (your partner will thank you)",
    sender=("SleepWell Direct", "deals@sleepwell-direct-uk.com"),
    to=UND,
    fmt="html", body="",
    html_body="""<html><body style="font-family:Arial;text-align:center">
<img src="https://sleepwell-direct-uk.com/img/couple.jpg" width="540">
<h2>Stop snoring from the very first night</h2>
<p>The tiny mouthpiece dentists don't want you to know about.</p>
<p><a href="https://sleepwell-direct-uk.com/go">GET 50% OFF TODAY</a></p>
<p style="font-size:9px;color:#aaa">SleepWell Direct, PO Box 4417. Unsubscribe.</p>
</body></html>""")

add("bulk", "phishing", (),
    subject="Your repeat prescription is ready for collection",
    sender=("NHS Pharmacy Services", "prescriptions@nhs-pharmacy-notify.com"),
    to=SEC_ADDR,
    body=f"""Dear {SEC_NAME},

Your repeat prescription has been processed and is ready for delivery.

Due to changes in NHS prescription charges, you need to confirm your exemption status or pay
the prescription charge of £9.90 before your medication can be dispatched.

Confirm now: https://nhs-pharmacy-notify.com/rx/confirm

If you do not confirm within 3 days, your prescription will be cancelled and you will need to
request it again from your GP.

NHS Pharmacy Services""")

add("bulk", "spam", ("non-native", "noisy"),
    subject="Tramadol, Xanax, Valium - NO RX - overnight",
    sender=("MedsFast", "medsfast2026@mail-pills-discount.xyz"),
    to=UND,
    fmt="plain",
    body="""best price pain killer and sleep medicine , NO PRESCRIPTION , fast overnight delivery
UK / EU / USA

Tramadol 100mg ... 90 pills $129
Xanax 2mg ........ 60 pills $149
Valium 10mg ...... 90 pills $119
Oxycodone 30mg ... contact

100% discreet , stealth pack , pay with bitcoin or card

order : mail-pills-discount.xyz/shop
whatsapp +1 (302) 555 0147""")

add("bulk", "spam", (),
    subject="Oxford scientists reveal the \"brain pill\"",
    sender=("Cognitive Edge", "mail@cognitive-edge-nootropic.com"),
    to=UND,
    body="""Forgetting names? Losing your keys? Struggling to concentrate in meetings?

A team of researchers has developed a natural "limitless" nootropic that has been described as
"rocket fuel for the brain". Students, executives and even politicians are using it to stay
sharp for 14-hour days.

Try NeuroPrime risk-free: https://cognitive-edge-nootropic.com/trial

*These statements have not been evaluated by any medical authority.""")

add("bulk", "spam", ("short",),
    subject="Hollywood white teeth for £19",
    sender=("BrightSmile", "hi@brightsmile-kits.store"),
    to=UND,
    fmt="plain",
    body="Whiter teeth in 7 days. Dentist-grade LED whitening kit, now £19 (was £89). brightsmile-kits.store - today only\n")

add("bulk", "marketing", (),
    subject="Book your FREE hearing test this month",
    sender=("ClearSound Hearing Centres", "appointments@clearsound-hearing.co.uk"),
    to=SEC_ADDR,
    headers=c.newsletter_headers("Campaign Monitor"),
    body="""Dear Customer,

Do you find yourself turning up the TV, or struggling to follow conversations in busy
restaurants? It may be time for a hearing check.

This month we're offering a FREE 45-minute hearing assessment at all 60 of our centres, with no
obligation to buy. Plus, save up to £1,000 on our latest rechargeable, almost-invisible
hearing aids.

Book online: https://clearsound-hearing.co.uk/book
or call 0800 112 4470 (free from landlines and mobiles)

Kind regards,
The ClearSound Team

You are receiving this email because you requested information from ClearSound Hearing
Centres. To unsubscribe, click here.""")

add("bulk", "marketing", ("non-native",),
    subject="Private label supplement manufacturer - MOQ 500 units",
    sender=("Ava Chen", "ava@nutrapack-oem.com"),
    to=UND,
    body="""Hi there,

This is Ava from NutraPack OEM, a GMP-certified supplement manufacturer with 15 years
experience. We produce capsules, gummies, powders and liquid drops for brands in UK, EU and
USA.

- Low MOQ from 500 units
- Free design for label and packing
- Fast sample in 7 days

If you have any new project, please feel free to contact me. I will send you our catalogue
and price list.

Best regards,
Ava Chen
Sales Manager | NutraPack OEM""")

add("bulk", "spam", (),
    subject="Stairlift prices slashed - government grant may apply",
    sender=("Stairlift Quote Centre", "quotes@stairlift-quotecentre.co.uk"),
    to=UND,
    body="""Struggling with the stairs?

Homeowners over 60 could be eligible for a grant towards the cost of a brand new stairlift.
Compare quotes from trusted local installers in under 60 seconds.

Check eligibility: https://stairlift-quotecentre.co.uk/check

Prices from £1,495 fitted. Reconditioned models available.

If you no longer wish to receive these emails, reply REMOVE.""")

# ---------------------------------------------------------------- crypto and investment

add("bulk", "scam", (),
    subject="Your wallet has received 0.8413 BTC",
    sender=("CryptoVault Exchange", "notify@cryptovault-exchange.io"),
    to=SEC_ADDR,
    fmt="alt",
    body="""Deposit confirmed

Your CryptoVault account has received 0.8413 BTC (approx. £51,920.00).

Sender: Mining pool reward (referral bonus)
Status: Confirmed (6/6)

To withdraw to your bank account, log in and complete verification. A one-time network
activation fee of 0.005 BTC applies to new accounts.

Log in: https://cryptovault-exchange.io/login

CryptoVault Ltd""",
    html_body="""<html><body style="font-family:Inter,Arial;background:#0b0e11;color:#eaecef;padding:30px">
<h2 style="color:#f0b90b">Deposit confirmed</h2>
<p>Your CryptoVault account has received <b>0.8413 BTC</b> (approx. &pound;51,920.00).</p>
<p>Status: Confirmed (6/6)</p>
<p><a href="https://cryptovault-exchange.io/login" style="background:#f0b90b;color:#000;padding:10px 20px;text-decoration:none">Withdraw now</a></p>
</body></html>""")

add("bulk", "phishing", (),
    subject="Action needed: verify your account to avoid restrictions",
    sender=("Coinbase", "no-reply@coinbase-verification-center.com"),
    to=SEC_ADDR,
    body="""Hello,

Due to new FCA regulations, all UK customers must re-verify their identity. Your account will
be restricted to "sell only" in 48 hours if verification is not completed.

Verify now: https://coinbase-verification-center.com/verify

The Coinbase Team""")

add("bulk", "scam", (),
    subject="How a retired nurse from Bolton makes £1,200 a day",
    sender=("Money Insider UK", "editor@moneyinsider-uk-news.com"),
    to=UND,
    fmt="alt",
    body="""EXCLUSIVE: How a retired nurse from Bolton makes £1,200 a day from her kitchen table

When Pauline, 64, saw a famous money expert talking about a new AI trading platform on morning
TV, she was sceptical. "I thought it was a scam," she laughs. Six weeks later, she has paid off
her mortgage.

The platform, QuantexAI, uses artificial intelligence to trade cryptocurrency automatically,
with a claimed accuracy of 99.4%. A minimum deposit of just £250 is needed to get started.

Spaces are limited to 50 new UK members per day.

Register free: https://moneyinsider-uk-news.com/quantex

Disclaimer: trading involves risk.""",
    html_body="""<html><body style="font-family:Georgia;max-width:640px">
<p style="color:#888">MONEY INSIDER &middot; EXCLUSIVE</p>
<h1>How a retired nurse from Bolton makes &pound;1,200 a day from her kitchen table</h1>
<img src="https://moneyinsider-uk-news.com/img/pauline.jpg" width="600">
<p>When Pauline, 64, saw a famous money expert talking about a new AI trading platform on morning TV, she was sceptical.</p>
<p><a href="https://moneyinsider-uk-news.com/quantex"><b>Register free &raquo;</b></a></p>
</body></html>""")

add("bulk", "scam", ("noisy",),
    subject="\U0001f680\U0001f680 $MOONX is about to 100x - presale ends in 6 hours \U0001f680\U0001f680",
    sender=("MoonX Token", "presale@moonx-token.finance"),
    to=UND,
    fmt="plain",
    body="""\U0001f525 LAST CHANCE \U0001f525

$MOONX presale is 94% SOLD OUT.

\u2705 Audited smart contract
\u2705 Listing on 3 major exchanges NEXT WEEK
\u2705 Early buyers already up 1,400%

Don't be the one who says "I should have bought at $0.002"...

\U0001f449 moonx-token.finance/presale

NFA. DYOR. WAGMI \U0001f48e\U0001f64c""")

add("bulk", "scam", (),
    subject="Forex mentorship - I turned £500 into £38,000",
    sender=("Jordan Blake FX", "jordan@blakefx-academy.com"),
    to=UND,
    body="""Hey,

18 months ago I was working night shifts in a warehouse. Today I trade forex from my phone
for about an hour a day and I've just bought my mum a house.

I'm opening 20 spots in my private mentorship group this month. You get my exact signals,
copy-trade access, and 1-to-1 calls.

Normally £1,997. For the next 48 hours: £497.

Lock in your spot: https://blakefx-academy.com/join

Jordan

P.S. I'm not a financial adviser. But you've got to ask yourself - what will doing nothing cost
you?""")

add("bulk", "scam", (),
    subject="Protect your pension from the coming crash",
    sender=("Sovereign Gold Reserve", "info@sovereign-gold-reserve.co.uk"),
    to=UND,
    body="""Dear Saver,

Experts are warning that a stock market crash is imminent and that UK pensions could lose up
to 40% of their value. Gold has outperformed the FTSE 100 over the last 20 years and is
capital-gains-tax free when bought as UK legal tender coins.

Request your FREE Gold Investment Guide today and find out how to move your pension into
physical gold stored in a secure vault:

https://sovereign-gold-reserve.co.uk/guide

Sovereign Gold Reserve

Capital at risk. The value of gold can go down as well as up.""")

add("bulk", "scam", (),
    subject="You can now access 25% of your pension tax-free (before 55)",
    sender=("Pension Release Advisory", "advisers@pension-release-uk.com"),
    to=UND,
    body="""Did you know that a recent legal change allows people under 55 to unlock up to 25% of
their pension as a cash lump sum?

Our specialists have helped over 12,000 people release an average of £21,400. There are no
upfront fees, and the money can be in your bank in as little as 10 days.

Find out how much you could release: https://pension-release-uk.com/calculator

Pension Release Advisory""")

add("bulk", "scam", (),
    subject="Fixed-rate bond: 9.2% AER, fully protected",
    sender=("Harbourside Capital Bonds", "bonds@harbourside-capital.co"),
    to=UND,
    fmt="alt",
    body="""Fixed-Rate Bond - Issue 14

  * 9.2% AER fixed for 3 years
  * Interest paid quarterly
  * Minimum investment £5,000
  * Asset-backed by UK residential property

Compare that to the best high-street savings rates! Only £2.4m of this issue remains.

Download the information memorandum:
https://harbourside-capital.co/bond14

Harbourside Capital Ltd""",
    html_body="""<html><body style="font-family:Arial"><h2 style="color:#003366">Fixed-Rate Bond &ndash; Issue 14</h2>
<ul><li><b>9.2% AER</b> fixed for 3 years</li><li>Interest paid quarterly</li><li>Minimum investment &pound;5,000</li><li>Asset-backed by UK residential property</li></ul>
<p>Only &pound;2.4m of this issue remains.</p>
<p><a href="https://harbourside-capital.co/bond14">Download the information memorandum</a></p></body></html>""")

add("bulk", "scam", (),
    subject="Carbon credits - the investment the City doesn't want you to know about",
    sender=("GreenLedger Assets", "research@greenledger-assets.com"),
    to=UND,
    body="""Good morning,

With global net-zero targets now law, demand for verified carbon credits is forecast to grow
15-fold by 2030. Early investors have already seen returns of up to 300%.

Our analysts have identified a limited allocation of credits from a rainforest preservation
project in Brazil, available to private investors at wholesale prices.

A senior consultant will call you to explain the opportunity. Reply with your best contact
number and a convenient time.

Kind regards,
Oliver Pemberton
Senior Portfolio Consultant
GreenLedger Assets""")

add("bulk", "phishing", ("hard-negative", "alarmist"),
    subject="Withdrawal request: 2.14 ETH - was this you?",
    sender=("Binance", "do-not-reply@binance-security-alerts.net"),
    to=SEC_ADDR,
    body="""[Binance] Withdrawal Request

A withdrawal of 2.14 ETH to address 0x7a3F...c91E has been requested from your account.

If you did not make this request, your account may be compromised. Cancel the withdrawal and
freeze your account IMMEDIATELY:

https://binance-security-alerts.net/cancel-withdrawal

Funds cannot be recovered once the withdrawal is processed.

Binance Team""")

add("bulk", "phishing", ("hard-negative", "alarmist"),
    subject="MetaMask: wallet sync required - funds at risk",
    sender=("MetaMask", "support@metamask-walletsync.com"),
    to=UND,
    fmt="html", body="",
    html_body="""<html><body style="font-family:Arial;text-align:center">
<img src="https://metamask-walletsync.com/fox.png" width="90">
<h2>Wallet Verification Required</h2>
<p>Due to a critical security upgrade, all wallets must be synchronised with the new network.
Wallets not verified by the deadline will be <b>suspended and assets may be lost permanently</b>.</p>
<p><a href="https://metamask-walletsync.com/sync" style="background:#f6851b;color:#fff;padding:12px 28px;text-decoration:none;border-radius:20px">Verify Wallet</a></p>
<p style="font-size:10px;color:#777">You will need your Secret Recovery Phrase.</p>
</body></html>""")

add("bulk", "scam", (),
    subject="Lost money to a crypto scam? We can get it back",
    sender=("Asset Recovery Solicitors", "claims@fund-recovery-legal.com"),
    to=UND,
    body="""Have you lost money to a fake investment, crypto trading platform or online broker?

Our team of blockchain forensic experts and lawyers has recovered over £47 million for victims
across the UK. In many cases we can trace and freeze the stolen funds within weeks.

- No win, no fee (small registration fee applies)
- Free case evaluation
- Success rate 92%

Start your free evaluation: https://fund-recovery-legal.com/start

Asset Recovery Solicitors""")

add("bulk", "marketing", (),
    subject="Fine wine: a tangible asset with 13% average annual growth",
    sender=("Cellar Vintners Investment", "invest@cellarvintners.co.uk"),
    to=SEC_ADDR,
    body="""Dear Sir or Madam,

Fine wine has outperformed most major asset classes over the last decade. Unlike shares, it is
a tangible, finite asset - and as the bottles are drunk, the remaining supply becomes more
valuable.

Our portfolio managers build personalised portfolios from £10,000, stored under bond in our
temperature-controlled warehouse.

Request our free 2026 Wine Investment Guide:
https://cellarvintners.co.uk/guide

Yours faithfully,
Charles Ainsworth
Cellar Vintners Investment

Wine investment is not regulated by the Financial Conduct Authority. To opt out of future
emails, reply "unsubscribe".""")

add("bulk", "scam", ("wrong-number-lure",),
    subject="Dinner on Saturday?",
    sender=("Mei Lin", "meilin.designstudio@outlook-hk.com"),
    to=SEC_ADDR,
    fmt="plain",
    body="""Hi Richard, are we still on for dinner at the Italian place on Saturday? Let me know what time suits, I'm free after 6. Also I have that information about the investment app I told you about, my uncle's team made 30% last month!

Mei""")

add("bulk", "scam", (),
    subject="The AI that trades while you sleep",
    sender=("Nexora Trade", "welcome@nexora-trade-ai.com"),
    to=UND,
    fmt="html", body="",
    html_body="""<html><body style="font-family:Helvetica;background:#050a1f;color:#fff;text-align:center;padding:30px">
<h1 style="color:#00e5ff">The AI that trades while you sleep</h1>
<p>Average member profit last month: <b style="color:#00ff95">+&pound;4,812</b></p>
<p>Deposit from &pound;250. Withdraw anytime.</p>
<p><a href="https://nexora-trade-ai.com/r/uk" style="color:#050a1f;background:#00e5ff;padding:14px 30px;text-decoration:none"><b>START NOW</b></a></p>
<p style="font-size:9px;color:#667">Past performance is not a guide to future returns.</p>
</body></html>""")

add("bulk", "spam", ("noisy",),
    subject="HOT STOCK ALERT: VRXL set to explode",
    sender=("Penny Stock Insider", "alerts@pennystock-insider-daily.com"),
    to=UND,
    fmt="plain",
    body="""*** HOT STOCK ALERT ***

Company: Verax Lithium Corp
Symbol: VRXL
Current price: $0.14
12-month target: $2.80  (+1,900%)

BIG NEWS EXPECTED THIS WEEK. Insiders are loading up. Get in before the announcement!!!

This is a paid advertisement. We hold shares and may sell at any time.""")

add("bulk", "scam", (),
    subject="Claim your $CLAIM airdrop (eligible wallet detected)",
    sender=("Airdrop Portal", "airdrop@claimdrop-portal.app"),
    to=UND,
    body="""Congratulations!

Your address was identified as eligible for the Season 3 airdrop: 4,200 $CLAIM tokens (est.
value $3,150).

Claim before the snapshot closes: https://claimdrop-portal.app/claim

Connect your wallet and approve the claim transaction. Unclaimed tokens will be burned.""")

add("bulk", "phishing", ("legal-threat",),
    subject="HMRC: Undeclared cryptoasset gains - disclosure required",
    sender=("HMRC Cryptoassets", "cryptoassets@hmrc-disclosure-facility.com"),
    to=SEC_ADDR,
    body="""HM Revenue & Customs - Cryptoasset Compliance

We have received information from cryptoasset exchanges indicating that you may have disposed
of cryptoassets without reporting the gains.

You must make a disclosure using our online facility within 30 days. If you do not, we may open
an enquiry and you may have to pay penalties of up to 100% of the tax due.

Make a disclosure: https://hmrc-disclosure-facility.com/crypto

HMRC""")

add("bulk", "marketing", (),
    subject="This week in crypto: ETH ETF flows, Solana, and what the Budget means for your gains",
    sender=("The Block Brief", "hello@theblockbrief.news"),
    to=SEC_ADDR,
    headers={**c.list_headers("The Block Brief", domain="lists.theblockbrief.news", precedence=False),
             "X-Mailer": "Substack"},
    body="""THE BLOCK BRIEF - Issue #212

Good morning. Here's what happened this week.

1. ETH ETF inflows hit a three-month high
After two quiet weeks, spot Ether funds pulled in more than $400m, with most of it on one day.

2. Solana congestion, again
A surge in memecoin launches caused transaction failures for roughly four hours on Tuesday.

3. What the Budget means for you
No change to CGT rates on crypto, but the annual exempt amount stays frozen. Keep records.

4. Chart of the week
Stablecoin supply, now at an all-time high.

That's it. Reply and tell us what you want covered next week.

You're receiving this because you subscribed to The Block Brief.
Unsubscribe: https://theblockbrief.news/unsubscribe""")

add("bulk", "scam", (),
    subject="Dubai off-plan: 12% guaranteed rental yield",
    sender=("Azure Gulf Properties", "uk-desk@azuregulf-properties.ae"),
    to=UND,
    body="""Dear Investor,

Zero income tax. Zero capital gains tax. 12% guaranteed net rental yield for 5 years.

Our new waterfront development in Dubai offers studios from £145,000 with a 1% monthly payment
plan and a buy-back guarantee.

Join our free London investor seminar, or book a 15-minute call with our UK desk:
https://azuregulf-properties.ae/uk-seminar

Azure Gulf Properties""")

# ---------------------------------------------------------------- dating

add("bulk", "scam", ("non-native",),
    subject="hello my dear, i saw you",
    sender=("Natalia", "natalia.krasivaya88@mail-lovebox.ru"),
    to=UND,
    fmt="plain",
    body="""Hello my dear,

My name is Natalia, i am 32 years old and i live in small city near Kazan. I saw your e-mail in
the site of international friendship and i decided to write you. I am kind, romantic woman and
i am looking for serious relationship with a man from England. Local men here drink too much
and dont respect women.

I work as teacher of music for children. I like cooking, walking in the park and reading. I have
never been married and have no children.

If you are interesting, please write me on my private e-mail natalia.k.1993@mail-lovebox.ru
and i will send you my photos.

I will wait your letter,
Natalia""")

add("bulk", "spam", (),
    subject="Lonely women near you want to chat",
    sender=("LocalHearts", "invite@localhearts-singles.net"),
    to=UND,
    fmt="html", body="",
    html_body="""<html><body style="font-family:Arial;text-align:center;background:#fdeef4">
<h2 style="color:#d6336c">12 women within 5 miles are online now</h2>
<table align="center"><tr>
<td><img src="http://localhearts-singles.net/p/1.jpg" width="120"><br>Sarah, 41</td>
<td><img src="http://localhearts-singles.net/p/2.jpg" width="120"><br>Kelly, 38</td>
<td><img src="http://localhearts-singles.net/p/3.jpg" width="120"><br>Donna, 45</td></tr></table>
<p><a href="http://localhearts-singles.net/join" style="background:#d6336c;color:#fff;padding:10px 24px;text-decoration:none">CHAT FREE</a></p>
<p style="font-size:9px">18+ only. Unsubscribe</p></body></html>""")

add("bulk", "spam", (),
    subject="You have 3 new matches!",
    sender=("MatchMeet", "matches@matchmeet-alerts.com"),
    to=SEC_ADDR,
    body=f"""Hi {LOCAL},

Great news - you have 3 new matches waiting for you!

  Emma, 36 - "Love dogs, live music and Sunday roasts"
  Joanne, 42 - "New to the area, looking for someone to explore with"
  Claire, 39 - "Let's skip the small talk x"

Log in to see who they are: https://matchmeet-alerts.com/matches

Don't keep them waiting!
The MatchMeet Team""")

add("bulk", "spam", ("short",),
    subject="Someone viewed your profile",
    sender=("FindLove", "notifications@findlove-uk.date"),
    to=SEC_ADDR,
    fmt="plain",
    body="Someone from your area viewed your profile 4 times today. See who: findlove-uk.date/viewers\n")

add("bulk", "spam", ("curiosity-lure",),
    subject="hey is this you?? lol",
    sender=("Jess", "jess.x.1994@quickchat-mail.net"),
    to=SEC_ADDR,
    fmt="plain",
    body="""hey!! sorry if wrong person, i think we met at the gym or maybe at a party?? anyway i found your email on my phone lol. im on this site now, add me if u want to chat, my username is jessxo94

quickchat-mail.net/jessxo94

xx""")

add("bulk", "spam", (),
    subject="Discreet connections for attached people",
    sender=("SecretAffairs", "discreet@secretaffairs-members.com"),
    to=UND,
    body="""Married but feeling lonely?

SecretAffairs is the UK's most discreet community for attached people looking for something
more. Thousands of new members join every week. Your privacy is guaranteed - our emails are
sent with neutral subject lines and billing appears as "SA Online Services".

Create your free profile: https://secretaffairs-members.com

You're receiving this email because you're a member of a partner website. Unsubscribe.""")

add("bulk", "scam", ("non-native",),
    subject="Re: our future together",
    sender=("Anna Kovalenko", "anna.kovalenko.love@mail-ukr-net.com"),
    to=SEC_ADDR,
    body="""My love,

I am so happy to read your letter again (I hope you have received my last one). Every day I
think about our meeting. I have spoke with the travel agency and they say I can come to England
next month, the visa is ready, only I need the money for the ticket and the insurance, it is
720 euro. I am very ashamed to ask this, I wanted to pay myself but my mother is in hospital and
all my salary go to her medicine.

If you can send the money by Western Union to my name, I will be with you very soon and we can
start our life together. Please dont think bad of me. I love you with all my heart.

Your Anna""")

add("bulk", "spam", ("html-only",),
    subject="(1) New message from Chloe - 2.3 km away",
    sender=("Flirtly", "msg@flirtly-app-mail.com"),
    to=SEC_ADDR,
    fmt="html", body="",
    html_body="""<html><body style="font-family:Helvetica"><div style="max-width:420px;border-radius:12px;border:1px solid #eee;padding:20px">
<img src="https://flirtly-app-mail.com/avatar/chloe.jpg" width="60" style="border-radius:30px">
<b>Chloe, 34</b> &middot; 2.3 km away<br>
<p style="background:#f2f2f2;padding:10px;border-radius:10px">Hi! I think I've seen you around town &#128522; fancy a chat?</p>
<a href="https://flirtly-app-mail.com/reply">Reply to Chloe</a></div></body></html>""")

add("bulk", "spam", ("short",),
    subject="still single?",
    sender=("Amy", "amy.singlesclub@singlesnight-uk.org"),
    to=SEC_ADDR,
    fmt="plain",
    body="Are you still single? Singles night this Friday, first drink free. singlesnight-uk.org/fri\n")

add("bulk", "scam", (),
    subject="A letter from a lonely soldier",
    sender=("Sgt. Michael Rowntree", "sgt.m.rowntree@army-mail-us.com"),
    to=UND,
    body="""Hello,

I hope this message finds you well. I know it may be strange to receive a letter from a
stranger, but out here you learn that life is short and you should reach out to people.

I am a widower, my wife passed away four years ago and I have a daughter who is 11 and stays in
a boarding school in Texas. I am currently deployed on a UN peacekeeping mission and will be
retiring next year. I would love to make a new friend in the UK, maybe more if God wills it.

I don't have access to social media here, only this email. Please tell me a little about
yourself. I will tell you more about me when you write back.

Stay blessed,
Michael""")

add("bulk", "phishing", (),
    subject="Your membership renewal: £39.99",
    sender=("DateSpark Billing", "billing@datespark-subscriptions.com"),
    to=SEC_ADDR,
    body="""Thank you for renewing your DateSpark Premium membership.

Amount: £39.99
Next renewal: one month from today

If you did not sign up to DateSpark or wish to cancel and receive a refund, please log in to
manage your subscription:
https://datespark-subscriptions.com/cancel

DateSpark Ltd""")

add("bulk", "marketing", (),
    subject="Meet like-minded singles over 50 - free this weekend",
    sender=("Silver Hearts", "news@silverhearts.co.uk"),
    to=SEC_ADDR,
    headers=c.newsletter_headers("Mailchimp"),
    body="""This weekend only: free full membership!

Thousands of genuine singles over 50 are looking for companionship, friendship and romance on
Silver Hearts. This weekend, you can message anyone for free - no card needed.

Browse members near you: https://silverhearts.co.uk/browse

Happy dating,
The Silver Hearts Team

You signed up to receive updates from Silver Hearts. Unsubscribe from this list.""")

add("bulk", "spam", ("non-native", "noisy"),
    subject="hi",
    sender=("Olga", "olga34@sweetlady-mail.top"),
    to=UND,
    fmt="plain",
    body="hi how are you? i am Olga 34 year old. i see you profile and like very much :) you want to know me? write me back and i send foto. kiss\n")

c.write()
