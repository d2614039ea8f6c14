"""train/tn2: account-suspension phishing (banks, Microsoft, PayPal, HMRC, Royal Mail, DVLA and
friends) and "your mailbox is full" webmail phishing. All content hand-written."""
import html as _html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tn2", seed=2702)
SEC_NAME, SEC_ADDR = c.secretary()
FIRST = SEC_NAME.split()[0]
LOCAL, DOMAIN = SEC_ADDR.split("@")
ORG = c.clp[0].replace(" CLP", "")


def add(label, kind, tags=(), **kw):
    t = [kind, *tags]
    if "fmt" not in kw:
        kw["fmt"] = c.rng.choice(["plain", "alt", "alt"])
    if kw["fmt"] == "html" and "html-only" not in t:
        t.append("html-only")
    h = kw.get("headers") or {}
    if label == "bulk" and not any(k.lower().startswith("list-") for k in h):
        t += ["confuser", "robot-no-list-headers"]
    c.add(label, tags=tuple(t), **kw)


def button(paras, label, url, colour="#0067b8", logo=None, foot=""):
    """Wrap hand-written paragraphs in the kind of one-button HTML a phishing kit sends."""
    ps = "".join(f"<p>{p}</p>" for p in paras)
    img = f'<img src="{logo}" height="32" alt=""><br>' if logo else ""
    return (f'<html><body style="margin:0;font-family:Segoe UI,Helvetica,Arial,sans-serif;'
            f'font-size:14px;color:#222"><table width="100%" cellpadding="0"><tr><td align="center">'
            f'<table width="580" cellpadding="24" style="border:1px solid #ddd"><tr><td>{img}{ps}'
            f'<p><a href="{url}" style="background:{colour};color:#fff;padding:10px 22px;'
            f'text-decoration:none;display:inline-block">{label}</a></p>'
            f'<p style="font-size:11px;color:#888">{foot}</p></td></tr></table></td></tr></table>'
            f'</body></html>')


UND = "undisclosed-recipients:;"

# ---------------------------------------------------------------- Microsoft and friends

add("bulk", "phishing", (),
    subject=f"Password Expiry Notice for {SEC_ADDR}",
    sender=("Microsoft 365", "no-reply@m365-passwordservices.com"),
    to=SEC_ADDR,
    fmt="alt",
    body=f"""Microsoft 365

The password to your mailbox {SEC_ADDR} expires today.

You can continue using your current password. Use the button below to keep the same password.

Keep Current Password: https://m365-passwordservices.com/keep?u={LOCAL}

Note: Failure to act will result in your account being locked and you may lose access to
important messages.

Microsoft respects your privacy. Read our privacy statement.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""",
    html_body=button(
        [f"The password to your mailbox <b>{SEC_ADDR}</b> expires <b>today</b>.",
         "You can continue using your current password. Use the button below to keep the same password.",
         "Note: Failure to act will result in your account being locked and you may lose access to important messages."],
        "Keep Current Password", f"https://m365-passwordservices.com/keep?u={LOCAL}",
        logo="https://m365-passwordservices.com/ms-logo.png",
        foot="Microsoft respects your privacy. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"))

add("bulk", "phishing", (),
    subject="Microsoft account unusual sign-in activity",
    sender=("Microsoft account team", "account-security-noreply@accountprotection-microsoft.support"),
    to=SEC_ADDR,
    body=f"""Microsoft account
Unusual sign-in activity

We detected something unusual about a recent sign-in to the Microsoft account
{LOCAL[:2]}*****@{DOMAIN}.

Sign-in details
Country/region: Russia/Moscow
IP address: 103.225.77.255
Date: Sat, 14 Mar 2026 03:12 (GMT)
Platform: Kali Linux
Browser: Firefox

Please go to your recent activity page to let us know whether or not this was you. If this
wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity
in the future.

Review recent activity: http://accountprotection-microsoft.support/review

To opt out or change where you receive security notifications, click here.

Thanks,
The Microsoft account team""")

add("bulk", "phishing", ("hard-negative", "alarmist"),
    subject="ACTION REQUIRED: Your Microsoft 365 subscription will be TERMINATED",
    sender=("Microsoft Billing", "billing@office365-renewals-center.net"),
    to=SEC_ADDR,
    fmt="html", body="",
    html_body="""<html><body style="font-family:Arial">
<div style="background:#d83b01;color:white;padding:12px;font-size:18px"><b>Final Notice</b></div>
<p>Dear Customer,</p>
<p>We were unable to process the payment for your <b>Microsoft 365 Business Standard</b>
subscription. Your payment method has been declined three times.</p>
<p><b>Your subscription, mailbox and all OneDrive files will be permanently terminated within
24 hours.</b> Data that is deleted cannot be recovered.</p>
<p>To avoid interruption, update your billing details now:</p>
<p><a href="http://office365-renewals-center.net/billing/update">http://office365-renewals-center.net/billing/update</a></p>
<p>Microsoft 365 Team</p>
</body></html>""")

add("bulk", "phishing", (),
    subject="You have 4 unread messages in Microsoft Teams",
    sender=("Microsoft Teams", "noreply@teams-notification-mail.com"),
    to=SEC_ADDR,
    fmt="alt",
    body=f"""Your teammates are trying to reach you in Microsoft Teams

{ORG} Executive - 4 new messages
"Can you take a look at this before tonight? The document is in the file..."

Reply in Teams: https://teams-notification-mail.com/l/chat/19:meeting_NzQ1

Install Microsoft Teams now: iOS | Android

This email was sent from an unmonitored mailbox.""",
    html_body=button(
        ["Your teammates are trying to reach you in Microsoft Teams",
         f"<b>{ORG} Executive</b> &middot; 4 new messages",
         "<i>\"Can you take a look at this before tonight? The document is in the file...\"</i>"],
        "Reply in Teams", "https://teams-notification-mail.com/l/chat/19:meeting_NzQ1",
        colour="#6264a7", foot="This email was sent from an unmonitored mailbox."))

add("bulk", "phishing", ("impersonation",),
    subject=f"Treasurer shared \"{ORG} Accounts Q3.xlsx\" with you",
    sender=("SharePoint Online", "no-reply@sharepointonline-docs.co"),
    to=SEC_ADDR,
    fmt="html", body="",
    html_body=f"""<html><body style="font-family:Segoe UI,Arial;font-size:15px">
<table cellpadding="20" width="520"><tr><td>
<p><b>Treasurer</b> shared a file with you</p>
<table><tr><td><img src="https://sharepointonline-docs.co/xlsx.png" width="40"></td>
<td><b>{_html.escape(ORG)} Accounts Q3.xlsx</b><br><span style="color:#666">
"Please review before the EC, some figures need signing off"</span></td></tr></table>
<p><a href="https://sharepointonline-docs.co/:x:/g/personal/AbC7xk2" style="background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">Open</a></p>
<p style="font-size:11px;color:#666">This link will only work for direct recipients of this message.</p>
<p style="font-size:11px;color:#666">Microsoft respects your privacy. To learn more, please read our Privacy Statement.</p>
</td></tr></table></body></html>""")

add("bulk", "phishing", (),
    subject=f"Please DocuSign: {ORG}_Payment_Agreement_2026.pdf",
    sender=("DocuSign via Accounts", "dse_na3@docusign-esign-mail.net"),
    to=SEC_ADDR,
    fmt="alt",
    body=f"""DocuSign

Accounts sent you a document to review and sign.

REVIEW DOCUMENT: https://docusign-esign-mail.net/Signing/EmailStart.aspx?a=8f3c1b

Accounts Department
accounts@{DOMAIN}

Please review and sign the attached payment agreement at your earliest convenience.

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access
code with others.

About DocuSign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.""",
    html_body=button(
        ["<b>Accounts</b> sent you a document to review and sign.",
         f"Accounts Department<br>accounts@{DOMAIN}",
         "Please review and sign the attached payment agreement at your earliest convenience."],
        "REVIEW DOCUMENT", "https://docusign-esign-mail.net/Signing/EmailStart.aspx?a=8f3c1b",
        colour="#f5b700", foot="Do Not Share This Email. This email contains a secure link to DocuSign."))

# ---------------------------------------------------------------- PayPal

add("bulk", "phishing", (),
    subject="Your account has been limited until we hear from you",
    sender=("PayPal", "service@paypal-resolution-centre.com"),
    to=SEC_ADDR,
    body="""Dear Customer,

We noticed some unusual activity on your PayPal account. As a security precaution, we have
limited what you can do with your account until you confirm your information.

What's the problem?
We believe that an unauthorised party may have accessed your account.

Case ID: PP-005-481-227-903

What to do next:
Please log in to your PayPal account and complete the steps to restore full access. If you do
not complete this within 48 hours, your account will be permanently limited.

Log in: https://paypal-resolution-centre.com/signin/?case=PP-005-481-227-903

Thanks,
PayPal

Please don't reply to this email. It'll just confuse the computer that sent it and you won't
get a response.""")

add("bulk", "phishing", ("callback",),
    subject="You've got an invoice from Geek Squad Protection",
    sender=("service@paypal.com via Geek Squad", "invoicing@paypal-invoice-notify.com"),
    to=SEC_ADDR,
    body="""Geek Squad Protection sent you an invoice for £399.99 GBP

Invoice number: INV-3382-0917
Due on receipt

Note from seller:
Your annual Geek Squad Total Tech Support plan has been renewed automatically. The amount of
£399.99 will be debited from your account within 24 hours. If you did not authorise this
purchase or wish to cancel and get a refund, please call our billing department immediately on
+44 20 3885 7721. Lines open 24/7.

View and Pay Invoice

Don't recognise this invoice? Report this invoice.

PayPal Europe S.a.r.l. et Cie, S.C.A.""")

add("bulk", "phishing", ("noisy", "homoglyph"),
    subject="P\u0430yP\u0430l: Unusu\u0430l p\u0430yment \u0430ctivity det\u0435cted",
    sender=("P\u0430yP\u0430l Security", "alert@pp-acct-review.info"),
    to=UND,
    fmt="plain",
    body="""Hel\u200blo,

We det\u0435cted a p\u0430yment of £1,249.00 to "Vertex Electronics Ltd" from your \u0430ccount.

If you d\u0456d not m\u0430ke this p\u0430yment, you must c\u0430ncel it \u0456mmed\u0456\u0430tely:
hxxp://pp-acct-review.info/cancel?id=77120

If you m\u0430de this p\u0430yment, no \u0430ction is needed.

PayPal Security Team""")

# ---------------------------------------------------------------- HMRC

add("bulk", "phishing", (),
    subject="HMRC: You are eligible for a tax refund of £489.62",
    sender=("HM Revenue & Customs", "refunds@hmrc-gov-refund.uk.com"),
    to=UND,
    fmt="alt",
    body="""HM Revenue & Customs

Tax Refund Notification

After the last annual calculations of your fiscal activity we have determined that you are
eligible to receive a tax refund of £489.62.

Please submit the tax refund request and allow us 2-5 working days in order to process it.

Access your refund: http://hmrc-gov-refund.uk.com/refund/claim.php?ref=UK77291

A refund can be delayed for a variety of reasons. For example submitting invalid records or
applying after the deadline.

Note: For security reasons, we will record your IP address and date.

Sincerely,
HM Revenue & Customs Refunds Department""",
    html_body="""<html><body style="font-family:Arial">
<div style="background:#000;color:#fff;padding:10px"><b>HM Revenue &amp; Customs</b></div>
<h3>Tax Refund Notification</h3>
<p>After the last annual calculations of your fiscal activity we have determined that you are
eligible to receive a tax refund of <b>&pound;489.62</b>.</p>
<p>Please submit the tax refund request and allow us 2-5 working days in order to process it.</p>
<p><a href="http://hmrc-gov-refund.uk.com/refund/claim.php?ref=UK77291">Access your refund</a></p>
<p style="font-size:11px">Note: For security reasons, we will record your IP address and date.</p>
</body></html>""")

add("bulk", "phishing", ("hard-negative", "alarmist", "legal-threat"),
    subject="FINAL NOTICE - Outstanding Self Assessment balance - enforcement action",
    sender=("HMRC Debt Management", "debt.management@hmrc-collections-notice.com"),
    to=SEC_ADDR,
    body=f"""HM Revenue and Customs
Debt Management and Banking

Reference: 0748 3362 91K
Amount outstanding: £1,846.20

FINAL NOTICE BEFORE ENFORCEMENT

Dear {SEC_NAME},

We have written to you previously about the above amount, which remains unpaid. This is your
final notice. If you do not pay the full amount or contact us within 7 days, we will take
enforcement action without further warning.

This may include:
  * instructing enforcement agents (bailiffs) to visit your home and take goods to sell
  * starting proceedings against you in the County Court
  * collecting the debt directly from your bank account
  * reporting the debt to credit reference agencies

You may also have to pay additional costs and interest.

To pay now or to dispute this notice, use our secure online service:
https://hmrc-collections-notice.com/pay/07483362

Do not ignore this notice.

HM Revenue and Customs""")

add("bulk", "phishing", ("short",),
    subject="HMRC - Tax credit adjustment",
    sender=("GOV.UK", "no-reply@govuk-notify-taxes.com"),
    to=UND,
    fmt="plain",
    body="GOV.UK: Your 2025/26 tax credit adjustment of £312.40 is ready. Confirm your bank details to receive it today: https://govuk-notify-taxes.com/c/8821\n")

# ---------------------------------------------------------------- Royal Mail and couriers

add("bulk", "phishing", (),
    subject="Royal Mail: Your parcel is awaiting delivery",
    sender=("Royal Mail", "info@royalmail-redelivery-uk.info"),
    to=SEC_ADDR,
    fmt="alt",
    body="""Royal Mail

Your parcel is waiting for delivery.

We attempted to deliver your item on 12/03 but there was an unpaid shipping fee of £1.99.
Please confirm the payment of £1.99 using the link below. Your item will be returned to the
sender if the fee is not paid within 48 hours.

Tracking number: RM4418 2976 5GB

Pay and arrange redelivery: https://royalmail-redelivery-uk.info/redeliver

Royal Mail Group Ltd 2026. All rights reserved.""",
    html_body="""<html><body style="font-family:Arial;background:#f7f7f7"><table width="560" align="center" bgcolor="#fff" cellpadding="18"><tr><td>
<div style="background:#e2001a;height:8px"></div>
<img src="https://royalmail-redelivery-uk.info/rm.png" height="40">
<h2>Your parcel is waiting for delivery</h2>
<p>We attempted to deliver your item on 12/03 but there was an unpaid shipping fee of <b>&pound;1.99</b>.</p>
<p>Your item will be returned to the sender if the fee is not paid within 48 hours.</p>
<p>Tracking number: <b>RM4418 2976 5GB</b></p>
<p><a href="https://royalmail-redelivery-uk.info/redeliver" style="background:#e2001a;color:#fff;padding:10px 20px;text-decoration:none">Pay &amp; redeliver</a></p>
<p style="font-size:10px;color:#777">Royal Mail Group Ltd 2026. All rights reserved.</p>
</td></tr></table></body></html>""")

add("bulk", "phishing", ("noisy", "non-native"),
    subject="RoyaI MaiI - We could not deliver you package !!",
    sender=("RoyaI MaiI Support", "support@rm-parcelcentre.top"),
    to=UND,
    fmt="plain",
    body="""Dear customer ,

Your package could not be delivered on  because of incomplete address information . Please
confirm your address in next 24h or the package will be return to sender .

Confirm here >>>   http://rm-parcelcentre.top/uk/?track=GB88102

Parcel weight: 1.4 kg   Status: ON HOLD

RoyaI MaiI""")

add("bulk", "phishing", (),
    subject="DPD - Your delivery has been rescheduled",
    sender=("DPD UK", "your.parcel@dpd-parcel-update.com"),
    to=SEC_ADDR,
    body="""Hi,

Your DPD parcel from ASOS could not be delivered today because no one was available to sign
for it.

Parcel number: 15501 2278 339
New delivery date: pending

To choose a new delivery date or a safe place, please confirm your details and pay the £2.49
redelivery fee: https://dpd-parcel-update.com/r/15501

Thank you for choosing DPD.""")

# ---------------------------------------------------------------- DVLA / TV Licensing / Council

add("bulk", "phishing", ("hard-negative", "alarmist", "legal-threat"),
    subject="DVLA: Vehicle tax payment unsuccessful - act now to avoid a fine",
    sender=("DVLA", "vehicletax@dvla-gov-renewals.co.uk"),
    to=SEC_ADDR,
    fmt="alt",
    body="""Driver & Vehicle Licensing Agency

Your latest vehicle tax payment was unsuccessful.

This may be because your bank details have changed or your card has expired.

If you do not update your payment details, your vehicle will be recorded as UNTAXED. Driving an
untaxed vehicle is a criminal offence. You may be fined up to £1,000, your vehicle may be
clamped and impounded, and the matter passed to the courts.

Update your details: https://dvla-gov-renewals.co.uk/vehicle-tax/update

Thank you,
DVLA Customer Services""",
    html_body=button(
        ["<b>Driver &amp; Vehicle Licensing Agency</b>",
         "Your latest vehicle tax payment was <b>unsuccessful</b>.",
         "If you do not update your payment details, your vehicle will be recorded as UNTAXED. "
         "Driving an untaxed vehicle is a criminal offence. You may be fined up to &pound;1,000, "
         "your vehicle may be clamped and impounded, and the matter passed to the courts."],
        "Update your details", "https://dvla-gov-renewals.co.uk/vehicle-tax/update",
        colour="#00703c", foot="DVLA Customer Services"))

add("bulk", "phishing", (),
    subject="Your driving licence has been suspended",
    sender=("GOV.UK DVLA", "licensing@dvla-online-verify.com"),
    to=UND,
    fmt="plain",
    body="""Dear Driver,

Our records indicate that the details held on your driving licence are out of date. Under the
Road Traffic Act your licence has been temporarily SUSPENDED until your details are verified.

Verify your licence online (takes 2 minutes):
https://dvla-online-verify.com/licence/verify

Kind regards
DVLA Swansea SA6 7JL""")

add("bulk", "phishing", ("hard-negative", "alarmist", "legal-threat"),
    subject="TV Licensing: Your licence is due to expire - prosecution warning",
    sender=("TV Licensing", "donotreply@tvlicensing-renew-uk.com"),
    to=SEC_ADDR,
    fmt="html", body="",
    html_body="""<html><body style="font-family:Arial;font-size:14px">
<img src="http://tvlicensing-renew-uk.com/tvl.gif" alt="TV Licensing"><br>
<p><b>Your TV Licence is due to expire</b></p>
<p>We were unable to collect your last direct debit payment. As a result, your TV Licence is no
longer valid.</p>
<p>It is against the law to watch or record live TV on any channel without a valid licence.
Our enforcement officers may visit your address. If you are caught you could face
<b>prosecution and a fine of up to &pound;1,000</b> plus legal costs.</p>
<p>Renew now to stay covered: <a href="http://tvlicensing-renew-uk.com/renew">Renew TV Licence</a></p>
<p style="font-size:10px">TV Licensing, Darlington DL98 1TL</p>
</body></html>""")

add("bulk", "phishing", (),
    subject="Council Tax Band Reduction - Refund Approved",
    sender=("Council Tax Services", "counciltax@localgov-refunds.org"),
    to=UND,
    body="""Dear Resident,

Following a national review of property valuations, your home has been re-assessed into a
lower council tax band. You are entitled to a refund of £642.19 for overpayments since 2017.

Refund reference: CT/REF/226190

To receive your refund, please verify your identity and provide the card or bank account you
wish to be credited:
https://localgov-refunds.org/claim?ref=226190

Refunds not claimed within 14 days will be cancelled.

Revenues & Benefits Team""")

# ---------------------------------------------------------------- banks

add("bulk", "phishing", ("hard-negative", "alarmist"),
    subject="NatWest: Your Online Banking has been suspended",
    sender=("NatWest", "secure@natwest-onlineservices.net"),
    to=SEC_ADDR,
    body="""Dear Customer,

Your NatWest Online Banking access has been SUSPENDED due to a failed security check.

We have noticed multiple incorrect login attempts on your account. To protect your money, we
have temporarily suspended access.

You must reactivate your account within 24 hours or it will be permanently closed and any
pending payments will be cancelled.

Reactivate: https://natwest-onlineservices.net/reactivate

NatWest will never ask for your full PIN or password.

National Westminster Bank plc""")

add("bulk", "phishing", ("callback",),
    subject="New payee added to your account",
    sender=("Lloyds Bank", "alerts@lloyds-securemessage.co"),
    to=UND,
    fmt="plain",
    body="""Lloyds Bank

A new payee "J HARTLEY" was added to your account at 23:41 today from a new device.

If this was you, you don't need to do anything.

If you did NOT add this payee, call our Fraud Team immediately on 0203 884 5190 quoting
reference LB-77812. Do not log in until you have spoken to us, as your device may be
compromised.

Lloyds Bank plc""")

add("bulk", "phishing", (),
    subject="You have 1 new secure message",
    sender=("HSBC UK", "securemessages@hsbc-uk-inbox.com"),
    to=SEC_ADDR,
    fmt="html", body="",
    html_body="""<html><body style="font-family:Arial">
<table width="100%" bgcolor="#db0011"><tr><td style="color:#fff;padding:8px"><b>HSBC UK</b></td></tr></table>
<p>Dear Customer,</p>
<p>You have 1 new secure message waiting for you in Online Banking.</p>
<p><a href="https://hsbc-uk-inbox.com/securemessage/view?id=88120">View message</a></p>
<p style="font-size:11px;color:#666">Please do not reply to this e-mail.</p>
</body></html>""")

add("bulk", "phishing", ("short",),
    subject="Card temporarily blocked",
    sender=("Santander", "no-reply@santander-uk-cardservices.com"),
    to=UND,
    fmt="plain",
    body="Santander: your debit card ending 4471 has been temporarily blocked after a suspicious transaction of £742.00 at CURRYS ONLINE. If this was not you, unblock your card here: https://santander-uk-cardservices.com/unblock\n")

add("bulk", "phishing", ("tailored",),
    subject="Unity Trust Bank - Suspicious transaction on your organisation's account",
    sender=("Unity Trust Bank", "security@unitytrust-onlinebanking.com"),
    to=SEC_ADDR,
    body=f"""Dear {SEC_NAME},

As an authorised signatory on the account of {ORG} Constituency Labour Party, we are writing to
let you know that we have placed a temporary hold on a transaction of £3,860.00 to a new
beneficiary, "CONNECT PRINT SERVICES LTD", which did not match the usual pattern of activity on
the account.

To release or cancel the payment, please sign in and confirm the transaction within 12 hours.
If no action is taken, the payment will be released automatically.

Sign in to Unity Trust Online Banking:
https://unitytrust-onlinebanking.com/corporate/login

Yours sincerely,

Fraud Prevention Team
Unity Trust Bank plc""")

add("bulk", "phishing", (),
    subject="Verify your identity to keep using Monzo",
    sender=("Monzo", "help@monzo-account-verify.app"),
    to=UND,
    fmt="alt",
    body="""Hey,

We need you to verify your identity again. This is a regular check required by law.

It only takes a few minutes: take a selfie video and confirm your card details.

Verify now: https://monzo-account-verify.app/kyc

If you don't do this within 3 days we'll have to freeze your account.

Monzo""",
    html_body=button(
        ["Hey,", "We need you to verify your identity again. This is a regular check required by law.",
         "It only takes a few minutes: take a selfie video and confirm your card details.",
         "If you don't do this within 3 days we'll have to freeze your account."],
        "Verify now", "https://monzo-account-verify.app/kyc", colour="#ff4f40"))

# ---------------------------------------------------------------- consumer brands

add("bulk", "phishing", (),
    subject="Your Prime membership could not be renewed",
    sender=("Amazon.co.uk", "prime@amazon-membership-billing.com"),
    to=SEC_ADDR,
    body=f"""Hello {FIRST},

We were unable to charge your payment method for your Amazon Prime membership renewal. Your
benefits have been put on hold.

To continue enjoying Prime, update your payment information within 48 hours:
https://amazon-membership-billing.com/ap/billing?ref=prime

If you do not update your details, your membership will be cancelled and any pending orders
may be affected.

Sincerely,
Amazon Prime Team""")

add("bulk", "phishing", ("short",),
    subject="Your account is on hold",
    sender=("Netflix", "info@netflix-billing-support.net"),
    to=UND,
    fmt="html", body="",
    html_body="""<html><body style="background:#000;color:#fff;font-family:Helvetica">
<div style="padding:30px"><span style="color:#e50914;font-size:30px;font-weight:bold">NETFLIX</span>
<h2>Your account is on hold</h2>
<p>We're having some trouble with your current billing information.</p>
<p><a href="http://netflix-billing-support.net/update" style="background:#e50914;color:#fff;padding:12px 30px;text-decoration:none">UPDATE ACCOUNT</a></p>
</div></body></html>""")

add("bulk", "phishing", ("non-native",),
    subject="Your Apple ID has been locked for security reasons",
    sender=("Apple Support", "noreply@appleid-unlock-service.com"),
    to=SEC_ADDR,
    body="""Dear Customer,

Your Apple ID has been locked for security reasons. We have detected that someone has try to
sign in to your account from an unknown device in Vietnam.

For your protection your Apple ID is locked and all the services are suspended (iCloud, App
Store, Apple Pay, iMessage).

To unlock your Apple ID you need to verify your identity in next 24 hours, otherwise the
account will be deleted permanently.

Verify Now > https://appleid-unlock-service.com/verify

Apple Support
Copyright 2026 Apple Inc. All rights reserved.""")

add("bulk", "phishing", ("hard-negative", "alarmist", "tailored"),
    subject=f"Google Workspace: {DOMAIN} will be suspended",
    sender=("Google Workspace", "workspace-noreply@google-workspace-admin.net"),
    to=SEC_ADDR,
    body=f"""Google Workspace

Your Google Workspace subscription for {DOMAIN} will be suspended

Hi Administrator,

We were unable to process payment for your Google Workspace subscription for the domain
{DOMAIN}. If payment is not received, your organisation's email, Drive files and Calendar will
be suspended and then PERMANENTLY DELETED after 3 days.

Resolve billing issue: https://google-workspace-admin.net/billing/{DOMAIN}

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043""")

add("bulk", "phishing", (),
    subject="Your bill payment was declined",
    sender=("BT", "billing@bt-myaccount-payments.com"),
    to=SEC_ADDR,
    fmt="alt",
    body="""Your BT bill

Unfortunately we couldn't take your monthly payment of £58.47.

To avoid your broadband and phone service being disconnected, please pay your bill or update
your card details within 72 hours.

Pay now: https://bt-myaccount-payments.com/pay

Thanks,
BT""",
    html_body=button(
        ["<b>Your BT bill</b>", "Unfortunately we couldn't take your monthly payment of <b>&pound;58.47</b>.",
         "To avoid your broadband and phone service being disconnected, please pay your bill or update your card details within 72 hours."],
        "Pay now", "https://bt-myaccount-payments.com/pay", colour="#5514b4"))

add("bulk", "phishing", (),
    subject="O2: You are owed a refund",
    sender=("O2 Billing", "refunds@o2-customer-refunds.co"),
    to=UND,
    fmt="plain",
    body="""O2

Hi, due to an overpayment on your last bill you are owed a refund of £38.22. To claim your
refund please confirm your card details at https://o2-customer-refunds.co/claim. The refund will
be processed within 3 working days.

O2 UK""")

# ---------------------------------------------------------------- tailored to a political party

add("bulk", "phishing", ("hard-negative", "alarmist", "legal-threat", "tailored"),
    subject="Electoral Commission: Statement of accounts overdue - civil penalty notice",
    sender=("The Electoral Commission", "compliance@electoralcommission-notices.org"),
    to=SEC_ADDR,
    body=f"""The Electoral Commission
Political Finance Regulation

Notice of intention to impose a variable monetary penalty

To the Registered Officer / Accounting Unit: {ORG} Labour Party

Our records show that the statement of accounts for the above accounting unit for the last
financial year has not been received by the statutory deadline. Failure to deliver a statement
of accounts is an offence under the Political Parties, Elections and Referendums Act 2000.

Unless the attached statement is verified and submitted through the PEF Online portal within 5
working days, the Commission will impose a civil penalty of up to £20,000 and may refer the
matter to the police for further investigation.

Review notice and submit: https://electoralcommission-notices.org/pef/submit?unit=8842

Political Finance and Regulation Team
The Electoral Commission""")

add("bulk", "phishing", ("tailored", "confuser-party-system"),
    subject="Your Labour membership payment has failed",
    sender=("Labour Membership", "membership@labour-membersnet-verify.com"),
    to=SEC_ADDR,
    fmt="alt",
    body=f"""Dear {FIRST},

We tried to collect your membership subscription but your payment was declined.

To keep your membership active, and to keep your right to vote in selections and attend
meetings, please update your payment details now:

https://labour-membersnet-verify.com/renew

If we do not receive payment within 7 days your membership will lapse.

Thank you for your support,
Membership Services""",
    html_body=button(
        [f"Dear {FIRST},", "We tried to collect your membership subscription but your payment was declined.",
         "To keep your membership active, and to keep your right to vote in selections and attend meetings, please update your payment details now.",
         "If we do not receive payment within 7 days your membership will lapse."],
        "Update payment", "https://labour-membersnet-verify.com/renew", colour="#e4003b",
        foot="Membership Services"))

add("bulk", "phishing", ("hard-negative", "alarmist", "social"),
    subject=f"Your Page \"{ORG} Labour\" will be permanently deleted",
    sender=("Meta Support", "page-support@meta-business-appeals.com"),
    to=SEC_ADDR,
    body=f"""Meta for Business

Your Page has been scheduled for permanent deletion

Page: {ORG} Labour

We have received multiple reports that your Page violates our Community Standards on
intellectual property and impersonation. As a result your Page will be permanently deleted
within 24 hours.

If you believe this decision is a mistake, you can submit an appeal. If we do not receive an
appeal, your Page and all its content will be removed and cannot be restored.

Submit appeal: https://meta-business-appeals.com/appeal/case-7712094

Thanks,
The Meta Team
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""")

add("bulk", "phishing", ("social",),
    subject="Copyright infringement notice for your Instagram account",
    sender=("Instagram", "security@instagram-copyright-help.com"),
    to=UND,
    fmt="plain",
    body="""Hi,

We have received a complaint that a recent post on your account infringes copyright. If you
think we made a mistake, please give feedback. Otherwise your account will be deleted within
48 hours.

Give feedback: https://instagram-copyright-help.com/form

Thanks,
Instagram""")

add("bulk", "phishing", ("social",),
    subject="Your account is eligible for verification",
    sender=("X", "verify@x-verified-accounts.net"),
    to=SEC_ADDR,
    body="""Congratulations! Based on your account's public interest and activity, your account is
eligible to receive the blue verification badge free of charge.

Complete the application form within 48 hours to claim it:
https://x-verified-accounts.net/apply

X Corp.""")

add("bulk", "phishing", (),
    subject="Recording of your Zoom meeting is now available",
    sender=("Zoom", "no-reply@zoom-cloudrecordings.us"),
    to=SEC_ADDR,
    body="""Hi there,

You missed a Zoom meeting. The cloud recording of "Executive Committee - monthly" is now
available.

Share recording link: https://zoom-cloudrecordings.us/rec/share/Xy8Pq2

Access password: sign in with your email account to view.

Thank you for choosing Zoom.
-The Zoom Team""")

add("bulk", "phishing", (),
    subject="Files shared with you via Dropbox",
    sender=("Dropbox", "no-reply@dropboxshares-mail.com"),
    to=SEC_ADDR,
    fmt="html", body="",
    html_body="""<html><body style="font-family:Helvetica">
<p><img src="https://dropboxshares-mail.com/db.png" height="30"></p>
<p><b>Cllr. Office</b> shared 3 files with you.</p>
<p>Canvass_returns_final.pdf<br>Ward_data_May.xlsx<br>Scan_0041.pdf</p>
<p><a href="https://dropboxshares-mail.com/s/view" style="background:#0061ff;color:#fff;padding:10px 20px;text-decoration:none">View files</a></p>
<p style="color:#999;font-size:11px">Enjoy!<br>The Dropbox team</p>
</body></html>""")

add("bulk", "phishing", ("hard-negative", "alarmist", "legal-threat"),
    subject="Companies House: Confirmation statement overdue - strike off action",
    sender=("Companies House", "enquiries@companieshouse-filings.net"),
    to=UND,
    body="""Companies House

Dear Director,

Our records show that your company's confirmation statement is now overdue. Failure to file a
confirmation statement is a criminal offence and directors may be prosecuted.

If the statement is not filed within 14 days, the registrar will begin action to strike the
company off the register and dissolve it. Any assets will pass to the Crown.

File now and pay the £34 fee: https://companieshouse-filings.net/file

Companies House, Crown Way, Cardiff""")

add("bulk", "phishing", ("html-only",),
    subject="(1) New Voicemail from +44 20 7946 0218 [00:42 sec]",
    sender=("Voice Services", f"voicemail@{DOMAIN}-pbx.com"),
    to=SEC_ADDR,
    fmt="html", body="",
    html_body=f"""<html><body style="font-family:Arial">
<table cellpadding="10" style="border:1px solid #ccc"><tr><td>
<b>You have a new voice message</b><br><br>
From: +44 20 7946 0218<br>
To: {SEC_ADDR}<br>
Duration: 00:42<br>
Received: today<br><br>
<a href="https://voicemsg-player.online/play?m={LOCAL}">&#9654; Play Message</a>
</td></tr></table></body></html>""")

# ---------------------------------------------------------------- mailbox full / webmail

add("bulk", "phishing", ("tailored",),
    subject=f"Your mailbox {SEC_ADDR} is full",
    sender=("Mail Administrator", f"postmaster@mail-{DOMAIN.split('.')[0]}-admin.com"),
    to=SEC_ADDR,
    fmt="html", body="",
    html_body=f"""<html><body style="font-family:Tahoma;font-size:13px">
<p>Dear {LOCAL},</p>
<p>Your mailbox <b>{SEC_ADDR}</b> has reached its storage limit.</p>
<table width="300" style="border:1px solid #999"><tr><td bgcolor="#d9534f" width="99%">&nbsp;</td><td>&nbsp;</td></tr></table>
<p>49.87 GB / 50 GB used (99%)</p>
<p>You will not be able to send or receive new messages. Incoming mail is being returned to
senders. To get 25 GB additional storage free of charge,
<a href="https://storage-upgrade-portal.com/{DOMAIN}">click here to upgrade</a>.</p>
<p>{DOMAIN} Mail Services</p>
</body></html>""")

add("bulk", "phishing", ("non-native",),
    subject="Mail Quota Exceeded !",
    sender=("Webmail Helpdesk", "helpdesk@webmail-support-desk.org"),
    to=UND,
    fmt="plain",
    body="""Dear Email User,

Your mail box has exceed the storage limit which is 20GB as set by your administrator, you are
currently running on 20.9GB, you may not be able to send or receive new mail until you
re-validate your mail box. To re-validate your mailbox please CLICK HERE:

http://webmail-support-desk.org/revalidate

Failure to re-validate your mailbox within 24hrs will lead to deactivation of your account.

Thanks,
System Administrator.
Copyright 2026 Webmail Helpdesk, All Rights Reserved""")

add("bulk", "phishing", (),
    subject="7 incoming messages held on server",
    sender=(f"{DOMAIN} Mail", f"no-reply@secure-mailgate-{DOMAIN.split('.')[0]}.net"),
    to=SEC_ADDR,
    fmt="alt",
    body=f"""Message Centre

{SEC_ADDR}

You have 7 pending incoming messages that failed to deliver to your inbox because your
mailbox storage is nearly full. Review the messages below and release them to your inbox.

  RE: Treasurer's report - updated figures           Pending
  Invoice 00419 - Print order                        Pending
  Venue booking confirmation                         Pending
  Fw: Nomination forms                               Pending
  (3 more)

Release messages: https://secure-mailgate-server.net/release?u={LOCAL}

Messages will be deleted automatically after 48 hours.""",
    html_body=f"""<html><body style="font-family:Verdana;font-size:12px">
<h3>Message Centre</h3><p>{SEC_ADDR}</p>
<p>You have <b>7 pending incoming messages</b> that failed to deliver to your inbox because your
mailbox storage is nearly full.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>RE: Treasurer's report - updated figures</td><td>Pending</td></tr>
<tr><td>Invoice 00419 - Print order</td><td>Pending</td></tr>
<tr><td>Venue booking confirmation</td><td>Pending</td></tr>
<tr><td>Fw: Nomination forms</td><td>Pending</td></tr>
<tr><td colspan="2">(3 more)</td></tr></table>
<p><a href="https://secure-mailgate-server.net/release?u={LOCAL}">Release messages to inbox</a></p>
<p style="color:#999">Messages will be deleted automatically after 48 hours.</p>
</body></html>""")

add("bulk", "phishing", ("hard-negative", "alarmist"),
    subject="WARNING: Email account deactivation in progress",
    sender=("IT Service Desk", "it-servicedesk@account-team-verify.com"),
    to=SEC_ADDR,
    body=f"""WARNING!!!

We have received a request to deactivate your email account ({SEC_ADDR}). This request will be
processed in 24 hours and all your emails, contacts and files will be permanently deleted.

If you did NOT make this request, cancel it immediately:

>> CANCEL DEACTIVATION: https://account-team-verify.com/cancel?e={SEC_ADDR}

IT Service Desk""")

add("bulk", "phishing", (),
    subject="Password expiration notice",
    sender=("Roundcube Webmail", f"webmaster@{DOMAIN}"),
    to=SEC_ADDR,
    body=f"""Dear {LOCAL},

The password for your email account {SEC_ADDR} will expire on today's date.

To continue using your account without interruption, please update your password using the
webmail portal below:

https://roundcube-webmail-login.com/?_task=login&_user={SEC_ADDR}

Regards,
{DOMAIN} webmail""")

add("bulk", "phishing", ("short",),
    subject="Mailbox Full",
    sender=("Storage", "alert@cloud-storagenotice.info"),
    to=SEC_ADDR,
    fmt="plain",
    body="Your mailbox is full. Click https://cloud-storagenotice.info/upgrade to add free storage or new mail will be rejected.\n")

add("bulk", "phishing", (),
    subject="Undelivered messages (5) - action required",
    sender=("Outlook Web App", "owa-notification@outlookweb-services.com"),
    to=SEC_ADDR,
    fmt="alt",
    body=f"""Outlook

Delivery of the following messages to {SEC_ADDR} has been suspended because of a sync error
on our server. 5 messages are awaiting your review.

Retrieve Messages: https://outlookweb-services.com/retrieve

This message was sent by the Microsoft Exchange Server on behalf of your email administrator.""",
    html_body=button(
        [f"Delivery of the following messages to <b>{SEC_ADDR}</b> has been suspended because of a sync error on our server.",
         "<b>5 messages</b> are awaiting your review."],
        "Retrieve Messages", "https://outlookweb-services.com/retrieve",
        foot="This message was sent by the Microsoft Exchange Server on behalf of your email administrator."))

add("bulk", "phishing", (),
    subject=f"cPanel: Your email account \"{SEC_ADDR}\" will be suspended",
    sender=("cPanel on mail.server", "cpanel@srv-cp-notify.net"),
    to=SEC_ADDR,
    body=f"""The email account "{SEC_ADDR}" on the server has not been verified since the recent
server upgrade. Unverified accounts will be suspended on the next maintenance cycle.

Verify your account: https://srv-cp-notify.net:2096/verify?user={SEC_ADDR}

Do not reply to this automated message.

Copyright 2026 cPanel, L.L.C.""")

add("bulk", "phishing", ("non-native", "noisy"),
    subject="Re:  *** Your E-mail  Upgrade  ***",
    sender=("Admin", "admin.upgradeteam@acc-upgrade-centre.com"),
    to=UND,
    fmt="plain",
    body="""Attention ;

We are upgrading all email accounts to the new 2026 version of our Web-Mail to improve
security and spam filter. All user must to complete upgrade , else your account will be
block from sending and receiving .

Click Here :: http://acc-upgrade-centre.com/upgrade2026 ::  and fill the upgrade form.

Thank You for cooperation
Web-Mail Admin Team
Copyright ©2026""")

add("bulk", "phishing", ("short",),
    subject=f"Storage warning for {LOCAL}",
    sender=("Email Storage", f"quota@{DOMAIN}"),
    to=SEC_ADDR,
    fmt="html", body="",
    html_body=f"""<html><body><p style="font:13px Arial">{SEC_ADDR}: storage 98% full.
<a href="https://quota-manager.info/increase?user={LOCAL}">Increase quota</a> to avoid message loss.</p></body></html>""")

add("bulk", "phishing", ("hard-negative", "alarmist"),
    subject="Final Warning: Your email will be shut down today",
    sender=("Account Services", "noreply@mailaccount-services.click"),
    to=SEC_ADDR,
    body=f"""FINAL WARNING

This is the third and final notice regarding your email account {SEC_ADDR}.

Because you have not confirmed ownership of this mailbox, it will be SHUT DOWN TODAY at 23:59
and the address will be released for registration by other users.

You have been warned. We are not responsible for any loss of data after this time.

Confirm ownership: https://mailaccount-services.click/own/{LOCAL}""")

add("bulk", "phishing", (),
    subject="New sign-in to your mail account from Windows device",
    sender=(f"{DOMAIN} Security", f"security-noreply@webmail-{DOMAIN.split('.')[0]}.com"),
    to=SEC_ADDR,
    fmt="alt",
    body=f"""A new sign-in was detected on your account {SEC_ADDR}.

Device: Windows 10, Chrome
Location: Lagos, Nigeria
Time: 02:14 AM

If this was you, you can ignore this message.

If you don't recognise this activity, secure your account: https://webmail-secure-check.com/secure

Your mail team""",
    html_body=button(
        [f"A new sign-in was detected on your account <b>{SEC_ADDR}</b>.",
         "Device: Windows 10, Chrome<br>Location: Lagos, Nigeria<br>Time: 02:14 AM",
         "If you don't recognise this activity, secure your account now."],
        "Secure account", "https://webmail-secure-check.com/secure", colour="#c0392b"))

add("bulk", "phishing", ("quoted",),
    subject="RE: Email migration - second request",
    sender=("IT Support", "it.support@helpdesk-migration.net"),
    to=SEC_ADDR,
    body=c.quote_reply(
        f"""Hi,

We have not received confirmation from you. Your mailbox is one of the last not migrated to
the new server. Please complete the form today or your mail will stop on Friday.

https://helpdesk-migration.net/form?acct={LOCAL}

IT Support""",
        """All users are requested to re-validate their login details for the migration to the new
mail server. Please use the link to complete the form.""",
        quoted_from="IT Support <it.support@helpdesk-migration.net>",
        style="outlook"))

c.write()
