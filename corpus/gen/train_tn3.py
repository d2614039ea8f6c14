"""train/tn3: fake invoices and delivery notices, fake security alerts, domain and directory
scams, and impersonation (CEO-fraud) scams. All content hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tn3", seed=2703)
SEC_NAME, SEC_ADDR = c.secretary()
FIRST = SEC_NAME.split()[0]
LOCAL, DOMAIN = SEC_ADDR.split("@")
ORG = c.clp[0].replace(" CLP", "")
SITE = c.site()


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

# ---------------------------------------------------------------- invoices

add("bulk", "phishing", ("short",),
    subject="Invoice INV-20418",
    sender=("Karen Holt", "karen.holt@holtandbridge-accounts.com"),
    to=SEC_ADDR,
    body="""Hi,

Please see attached invoice INV-20418 for services rendered. Kindly remit payment at your
earliest convenience.

INV-20418.pdf.html (opens in browser)

Kind regards,
Karen Holt
Accounts Receivable""")

add("bulk", "scam", ("hard-negative", "alarmist", "legal-threat"),
    subject="OVERDUE INVOICE 7731 - FINAL REMINDER BEFORE LEGAL ACTION",
    sender=("Credit Control", "creditcontrol@apex-business-supplies.co"),
    to=SEC_ADDR,
    body=f"""FINAL REMINDER

Account: {ORG.upper()} LABOUR
Invoice: 7731
Amount due: £1,184.40 (inc. VAT)
Days overdue: 63

Despite previous reminders, the above invoice remains unpaid. If payment is not received in
full within SEVEN DAYS of the date of this email, we will, without further notice:

 1) pass the debt to our collection agents, adding statutory late payment compensation and
    interest under the Late Payment of Commercial Debts (Interest) Act 1998;
 2) issue a claim in the County Court, which may result in a County Court Judgment being
    registered against your organisation;
 3) report the default to the commercial credit reference agencies.

We WILL take legal action. Do not ignore this notice.

Payment details and a copy of the invoice: https://apex-business-supplies.co/ar/7731

Credit Control Department
Apex Business Supplies""")

add("bulk", "phishing", ("callback",),
    subject="Your order confirmation #NR-558213907",
    sender=("Norton LifeLock", "orders@nortonlifelock-renewals.co"),
    to=SEC_ADDR,
    fmt="html", body="",
    html_body="""<html><body style="font-family:Arial;font-size:13px">
<table width="600" cellpadding="14" style="border:1px solid #ffc107"><tr><td>
<h2 style="color:#333">Thank you for your order</h2>
<p>Your subscription to <b>Norton 360 Deluxe (5 devices, 3 years)</b> has been renewed automatically.</p>
<table width="100%" border="1" style="border-collapse:collapse" cellpadding="6">
<tr><td>Order No.</td><td>NR-558213907</td></tr>
<tr><td>Product</td><td>Norton 360 Deluxe</td></tr>
<tr><td>Amount</td><td><b>&pound;349.99</b></td></tr>
<tr><td>Payment</td><td>Auto debit</td></tr></table>
<p>If you wish to cancel this order and receive a refund, call our customer helpdesk within
24 hours: <b>+44 20 3880 1123</b></p>
<p style="font-size:10px">This is an automated email. Please do not reply.</p>
</td></tr></table></body></html>""")

add("bulk", "phishing", (),
    subject="Remittance Advice - Payment Ref 000841772",
    sender=("Accounts Payable", "ap.remittance@finance-notify-hub.com"),
    to=SEC_ADDR,
    fmt="alt",
    body="""Remittance Advice

Payment has been made to your account for the amount of £2,460.00.

Payment Ref: 000841772
Payment date: this week

View remittance: https://finance-notify-hub.com/docs/remit/000841772

This is a system generated email.""",
    html_body="""<html><body style="font-family:Calibri,Arial"><p><b>Remittance Advice</b></p>
<p>Payment has been made to your account for the amount of <b>&pound;2,460.00</b>.</p>
<p>Payment Ref: 000841772</p>
<p><a href="https://finance-notify-hub.com/docs/remit/000841772"><img src="https://finance-notify-hub.com/pdf-icon.png" width="24"> Remittance_000841772.pdf</a></p>
<p style="color:#888">This is a system generated email.</p></body></html>""")

add("bulk", "phishing", (),
    subject="Invoice 1047 from Northgate Events Ltd",
    sender=("Northgate Events Ltd via QuickBooks", "quickbooks@notification-intuit-mail.com"),
    to=SEC_ADDR,
    body="""Dear Customer,

Your invoice is attached. Please remit payment at your earliest convenience.

Thank you for your business - we appreciate it very much.

Sincerely,
Northgate Events Ltd

--------------------------------
Invoice 1047 Details
Balance due: £875.00
Due date: 14 days

Review and pay: https://notification-intuit-mail.com/invoice/1047""")

add("bulk", "phishing", (),
    subject="Bright Venue Hire sent you an invoice",
    sender=("Bright Venue Hire", "messaging-service@post.xero-invoices.net"),
    to=SEC_ADDR,
    fmt="html", body="",
    html_body=f"""<html><body style="font-family:Helvetica;font-size:14px">
<p>Hi {FIRST},</p>
<p>Here's invoice INV-0934 for <b>&pound;620.00 GBP</b>.</p>
<p>The amount outstanding of &pound;620.00 GBP is due on the 28th.</p>
<p><a href="https://post.xero-invoices.net/view/INV-0934" style="background:#13b5ea;color:#fff;padding:9px 18px;text-decoration:none">View invoice</a></p>
<p>If you have any questions, please let us know.</p>
<p>Thanks,<br>Bright Venue Hire</p>
</body></html>""")

add("bulk", "phishing", ("forwarded",),
    subject="Fw: Outstanding invoice - please process",
    sender=("Martin Dyer", "martin.dyer@dyer-facilities.co.uk"),
    to=SEC_ADDR,
    body=c.forward(
        "Please see below and process today if you can. Thanks. M",
        """Dear Sir/Madam,

Please find the invoice for the hall hire and cleaning below. Payment should be made to our new
account:

Account name: DF Services
Sort code: 04-00-75
Account no: 31882047

Invoice link: https://dyer-facilities-docs.com/inv/3318

Regards
Accounts""",
        "Accounts <accounts@dyer-facilities-docs.com>", "Invoice 3318 - hall hire"))

add("bulk", "phishing", ("callback", "short"),
    subject="Order dispatched: Apple Watch Ultra 2 - £799.00",
    sender=("Order Update", "dispatch@orders-tracking-uk.co"),
    to=UND,
    fmt="plain",
    body="""Your order has been dispatched.

Apple Watch Ultra 2 (49mm Titanium)  x1   £799.00
Delivery address: as per account
Estimated delivery: tomorrow

Didn't place this order? Call 0800 048 7719 to cancel and get a full refund.""")

add("bulk", "phishing", (),
    subject="Confirmation of your new Direct Debit Instruction",
    sender=("Direct Debit Services", "noreply@dd-confirmations.org.uk"),
    to=SEC_ADDR,
    body=f"""Dear {SEC_NAME},

This is to confirm that a new Direct Debit Instruction has been set up on your bank account:

Service user: FIBRENET BUSINESS SERVICES
Reference: FBS-208871
First collection: £219.00 on the 1st of next month
Frequency: monthly

If you did not authorise this Direct Debit, you are protected by the Direct Debit Guarantee.
Cancel the instruction and request an immediate refund here:
https://dd-confirmations.org.uk/guarantee/cancel

Direct Debit Services""")

add("bulk", "phishing", ("non-native",),
    subject="Request for Quotation / PO#4471",
    sender=("Mr. Rakesh Venkat", "purchase@sunrise-impex-traders.in"),
    to=UND,
    body="""Dear Sir/Madam,

Good day. We got your contact from online directory. Kindly find attached our purchase order
for your products and send us your best price and delivery time.

PO#4471 - view & download: https://sunrise-impex-traders.in/docs/PO4471.zip

Please revert urgently as the order is required for this month shipment.

Best Regards,
Rakesh Venkat
Purchase Manager
Sunrise Impex Traders Pvt Ltd""")

add("bulk", "phishing", (),
    subject="Statement of Account - March",
    sender=("Hilltop Supplies Accounts", "statements@hilltopsupplies-ltd.net"),
    to=SEC_ADDR,
    fmt="plain",
    body="""Good afternoon,

Please find your statement of account attached for your records. There are 3 items shown as
outstanding. Please could you check these against your ledger and advise when payment will be
made.

Statement_Mar.xlsm

Many thanks
Hilltop Supplies - Accounts Team""")

add("bulk", "scam", ("non-native",),
    subject="PROFORMA INVOICE for your kind confirm",
    sender=("Lily Zhang", "lily@shenzhen-promogift-factory.cn"),
    to=UND,
    body="""Dear Friend,

Nice day!

As per our talk, pls find the PI for the custom printed rosettes, badges and lanyards for your
election campaign. Please kindly check and confirm, then we arrange production ASAP.

Item: Custom rosette 10cm, red, 5000pcs, USD 0.18/pc
Item: Lanyard with logo, 2000pcs, USD 0.22/pc
Payment: 50% T/T deposit, balance before shipment

Bank info in attached PI.

Looking forward your reply!
Lily
Shenzhen Promo Gift Factory""")

add("bulk", "phishing", ("tailored",),
    subject=f"Invoice: leaflet print run - {ORG}",
    sender=("Accounts - PrintPoint", "accounts@printpoint-invoicing.co.uk"),
    to=SEC_ADDR,
    body=f"""Hello,

Thank you for your recent order with us. Please find below the invoice for the print run of
A5 double-sided leaflets (20,000 copies) for {ORG} Labour.

Invoice number: PP-66281
Amount: £1,742.00
Due: on receipt

To avoid delays to future orders, please settle via the secure payment portal:
https://printpoint-invoicing.co.uk/pay/PP-66281

Kind regards,
PrintPoint Accounts""")

add("bulk", "scam", ("hard-negative", "alarmist", "legal-threat"),
    subject="NOTICE OF INTENDED PROCEEDINGS - Account 88210-CLP",
    sender=("Marshall Grant Recoveries", "legal@marshallgrant-recoveries.com"),
    to=SEC_ADDR,
    body=f"""MARSHALL GRANT RECOVERIES
Debt Recovery & Litigation

Our client: DATALINK COMMUNICATIONS LTD
Our ref: 88210-CLP
Balance: £2,317.55

Dear Sir or Madam,

We have been instructed by our client to recover the above balance, which remains outstanding
despite numerous requests for payment.

TAKE NOTICE that unless payment in full is received within 5 days, our client has instructed
us to commence County Court proceedings against you without further reference. A judgment
against you may affect your ability to obtain credit. Our client will also seek to recover the
costs of these proceedings, which could be considerable.

We may also instruct High Court Enforcement Officers to attend your registered address.

This is your final opportunity to resolve this matter without court action.

Pay online or dispute: https://marshallgrant-recoveries.com/case/88210

Yours faithfully,
Litigation Department""")

add("bulk", "phishing", (),
    subject="Your Amazon.co.uk order #203-4471120-8843 has been cancelled",
    sender=("Amazon.co.uk", "order-update@amazon-co-uk.order-status.net"),
    to=UND,
    body="""Hello,

We're writing to let you know that your order #203-4471120-8843 has been cancelled because
your payment method could not be verified. To complete the order, please confirm your billing
information:

https://amazon-co-uk.order-status.net/gp/css/verify

Order summary:
Samsung 65" QLED Smart TV   £1,199.00

We hope to see you again soon.
Amazon.co.uk""")

add("bulk", "phishing", ("hard-negative", "alarmist", "legal-threat"),
    subject="Parking Charge Notice PCN-UK7719 - payment overdue",
    sender=("UK Parking Control", "pcn@ukparking-enforcement.co"),
    to=SEC_ADDR,
    fmt="alt",
    body="""PARKING CHARGE NOTICE

PCN number: UK7719
Contravention: Parked without a valid pay & display ticket
Amount: £60 (reduced to £30 if paid within 14 days)

Our records show that this charge remains unpaid. If it is not paid within 14 days, the charge
will increase to £170 and we will request the registered keeper's details from the DVLA and
begin court proceedings. A County Court Judgment may be entered against you.

View photographic evidence and pay: https://ukparking-enforcement.co/pcn/UK7719

UK Parking Control Ltd""",
    html_body="""<html><body style="font-family:Arial"><div style="background:#ffcc00;padding:8px"><b>PARKING CHARGE NOTICE</b></div>
<p>PCN number: <b>UK7719</b><br>Contravention: Parked without a valid pay &amp; display ticket<br>
Amount: <b>&pound;60</b> (reduced to &pound;30 if paid within 14 days)</p>
<p>If it is not paid within 14 days, the charge will increase to &pound;170 and we will request the registered keeper's
details from the DVLA and begin court proceedings.</p>
<p><a href="https://ukparking-enforcement.co/pcn/UK7719">View photographic evidence and pay</a></p></body></html>""")

add("bulk", "phishing", ("short",),
    subject="Unpaid ULEZ charge - penalty pending",
    sender=("TfL Charges", "charges@tfl-penalty-notices.com"),
    to=UND,
    fmt="plain",
    body="TfL: Our records show an unpaid ULEZ charge for your vehicle. Pay £12.50 today to avoid a £180 Penalty Charge Notice: https://tfl-penalty-notices.com/pay\n")

# ---------------------------------------------------------------- delivery notices

add("bulk", "phishing", (),
    subject="Evri: Sorry we missed you",
    sender=("Evri", "noreply@evri-redelivery.online"),
    to=SEC_ADDR,
    fmt="html", body="",
    html_body="""<html><body style="font-family:Arial;font-size:14px">
<div style="background:#007bc4;color:#fff;padding:10px"><b>evri</b></div>
<p>Sorry we missed you!</p>
<p>Our courier tried to deliver your parcel today but couldn't find a safe place.</p>
<p>Parcel: <b>H01HYA0048827116</b></p>
<p><a href="https://evri-redelivery.online/book">Book a new delivery day</a> (a &pound;1.45 redelivery fee applies)</p>
</body></html>""")

add("bulk", "phishing", (),
    subject="DHL Express: Import duty payment required - AWB 4492817730",
    sender=("DHL Express", "customs@dhl-express-duties.com"),
    to=SEC_ADDR,
    body="""DHL Express

Your shipment is on its way but is being held at customs.

Waybill: 4492817730
Origin: Shanghai, CN
Contents: Promotional goods
Duty and taxes due: £23.17

Your shipment cannot be released until the duty has been paid. Shipments not cleared within 5
days will be returned to origin and storage fees may apply.

Pay duty online: https://dhl-express-duties.com/pay/4492817730

DHL Express (UK) Limited""")

add("bulk", "phishing", ("non-native", "noisy"),
    subject="FedEx : Shipment On Hold ! Invalid Delivery Address",
    sender=("FedEx Service", "fedex.service@fdx-tracking.work"),
    to=UND,
    fmt="plain",
    body="""FedEx®

Dear Customer ,

Your parcel is arrived to our depot but we unable to deliver it because the delivery address is
not correct. Please download the shipping label , print it and go to the nearest FedEx office
to pick up your parcel.

>> Download Shipping Label : http://fdx-tracking.work/label_7721.zip

If the parcel is not picked in 7 days it will be returned back .

Thanks,
FedEx Corporation 2026""")

add("bulk", "phishing", (),
    subject="UPS Update: Package returned to sender",
    sender=("UPS Quantum View", "pkginfo@ups-quantumview-mail.com"),
    to=SEC_ADDR,
    body="""UPS Update

Your package has been returned to the sender after 3 unsuccessful delivery attempts.

Tracking Number: 1Z 8E4 071 68 2291 7730
Status: Return to sender
Reason: The receiver was not available for delivery.

To arrange a new delivery, please download and complete the delivery form:
https://ups-quantumview-mail.com/forms/redelivery.doc

© 2026 United Parcel Service of America, Inc.""")

add("bulk", "phishing", ("short",),
    subject="Parcelforce Worldwide: delivery fee due",
    sender=("Parcelforce", "noreply@parcelforce-payments.uk.net"),
    to=UND,
    fmt="plain",
    body="Parcelforce: your parcel PB84411927 has a £2.99 shipping fee outstanding. Pay at https://parcelforce-payments.uk.net to arrange delivery.\n")

add("bulk", "phishing", (),
    subject="Your package delivery failed",
    sender=("Amazon Logistics", "shipment@amzn-logistics-delivery.com"),
    to=SEC_ADDR,
    fmt="alt",
    body="""Your package could not be delivered

We tried to deliver your package today but it didn't fit through your letterbox and no one was
home to sign.

Please confirm your address and preferred delivery window within 48 hours:
https://amzn-logistics-delivery.com/confirm

Thank you,
Amazon Logistics""",
    html_body="""<html><body style="font-family:Arial"><h3>Your package could not be delivered</h3>
<p>We tried to deliver your package today but it didn't fit through your letterbox and no one was home to sign.</p>
<p><a href="https://amzn-logistics-delivery.com/confirm" style="background:#ff9900;color:#111;padding:8px 16px;text-decoration:none">Confirm address</a></p>
<p>Thank you,<br>Amazon Logistics</p></body></html>""")

add("bulk", "phishing", (),
    subject="Your InPost locker code",
    sender=("InPost UK", "locker@inpost-lockers.co"),
    to=UND,
    body="""Your parcel is ready to collect!

Collection code: 448-219
Locker: Tesco Extra, Station Road (APM 2241)

Your parcel has been waiting 5 days. Confirm collection within 24 hours or it will be returned.
Confirm and pay the £0.99 extension fee: https://inpost-lockers.co/extend""")

# ---------------------------------------------------------------- fake security alerts

add("bulk", "phishing", ("hard-negative", "alarmist"),
    subject="Your Norton subscription has EXPIRED - your PC is at risk",
    sender=("Norton Security", "alerts@norton-expiry-notice.com"),
    to=SEC_ADDR,
    fmt="html", body="",
    html_body="""<html><body style="font-family:Arial;text-align:center">
<div style="background:#ffe01b;padding:20px"><span style="font-size:24px"><b>&#9888; YOUR PC IS UNPROTECTED</b></span></div>
<p style="font-size:16px">Your Norton subscription expired yesterday.</p>
<p>Your computer is now exposed to viruses, ransomware and hackers. Hackers can steal your bank
details, photos and passwords.</p>
<p><b>Renew today and get 85% OFF</b></p>
<a href="http://norton-expiry-notice.com/renew?d=85"><img src="http://norton-expiry-notice.com/btn-renew.png" alt="RENEW NOW"></a>
<p style="font-size:9px;color:#999">You are receiving this because you are a valued customer. Unsubscribe.</p>
</body></html>""")

add("bulk", "phishing", ("hard-negative", "alarmist", "noisy"),
    subject="\u26a0 (5) VIRUSES DETECTED on your device !!",
    sender=("McAfee Total Protection", "noreply@mcafee-scan-result.net"),
    to=UND,
    fmt="plain",
    body="""!!! SECURITY SCAN RESULT !!!

Your device is infected with (5) viruses:

  Trojan.Win32.Agent ........ DETECTED
  Spyware.KeyLogger ......... DETECTED
  Adware.BrowserHijack ...... DETECTED
  Ransom.Locky .............. DETECTED
  PUP.Optional.Crypto ....... DETECTED

Your personal data, banking and photos are in DANGER. Remove threats NOW before it is too late:

>>> http://mcafee-scan-result.net/clean <<<

Offer ends today: McAfee Total Protection 2026 only £19.99""")

add("bulk", "phishing", (),
    subject="Windows Defender: Threat quarantine failed",
    sender=("Windows Security Center", "security-center@windows-defender-alerts.com"),
    to=SEC_ADDR,
    body="""Windows Security

Windows Defender was unable to quarantine a threat found on your computer.

Threat: Trojan:Win32/Emotet.RPX!MTB
Severity: Severe
Status: Active

Your device may be sending your personal information to a remote server. Please contact
Microsoft Certified Support immediately to remove the threat:

Toll free: 0800 098 8814

Do not shut down or restart your computer, as this may cause data loss.""")

add("bulk", "phishing", ("hard-negative", "alarmist"),
    subject="Your iCloud storage is full - your photos will be deleted",
    sender=("iCloud", "icloud-noreply@cloud-storage-apple.info"),
    to=SEC_ADDR,
    fmt="alt",
    body="""Your iCloud storage is full.

Your photos and videos will be PERMANENTLY DELETED in 48 hours because your storage plan payment
failed. As a loyalty reward, you can get 50 GB extra storage for FREE.

Claim free storage: https://cloud-storage-apple.info/claim

iCloud""",
    html_body="""<html><body style="font-family:-apple-system,Helvetica;text-align:center">
<img src="https://cloud-storage-apple.info/icloud.png" width="80">
<h2>Your iCloud storage is full.</h2>
<p>Your photos and videos will be <b>permanently deleted</b> in 48 hours because your storage plan payment failed.</p>
<p>As a loyalty reward, you can get 50 GB extra storage for FREE.</p>
<p><a href="https://cloud-storage-apple.info/claim">Claim free storage</a></p></body></html>""")

add("bulk", "phishing", (),
    subject=f"Your email {SEC_ADDR} was found on the dark web",
    sender=("Identity Guard Alerts", "alerts@idguard-darkweb-scan.com"),
    to=SEC_ADDR,
    body=f"""Dark Web Alert

We have found your email address {SEC_ADDR} in 3 data breaches that are being traded on
dark web marketplaces, along with:

  - passwords (partially masked): R*******19
  - phone number
  - home address

Criminals can use this information to take over your accounts or commit identity fraud.

Run your free full scan now to see what was exposed and protect yourself:
https://idguard-darkweb-scan.com/scan?e={SEC_ADDR}

Identity Guard""")

add("bulk", "spam", ("tailored",),
    subject=f"Security vulnerability detected on {SITE}",
    sender=("SiteScan Security", "alerts@sitescan-security-audit.com"),
    to=SEC_ADDR,
    body=f"""Hello,

During a routine automated scan, our system detected 14 security vulnerabilities on
{SITE}, including 3 rated CRITICAL:

  CRITICAL  Outdated WordPress core version
  CRITICAL  Plugin with known remote code execution flaw
  CRITICAL  Missing security headers (X-Frame-Options)
  HIGH      Exposed admin login page
  ...and 10 more

Websites with these vulnerabilities are regularly hacked, defaced or used to spread malware.
Google may blacklist your site without warning.

Get the full report and a fix for £49: https://sitescan-security-audit.com/report/{SITE}

Regards,
SiteScan Security Team""")

add("bulk", "phishing", ("hard-negative", "alarmist"),
    subject=f"URGENT: {SITE} has been HACKED",
    sender=("WP Security Alert", "alert@wp-malware-monitor.net"),
    to=SEC_ADDR,
    body=f"""URGENT SECURITY NOTICE

Our monitoring network has detected malicious code injected into {SITE}. Your website is
currently redirecting some visitors to a gambling site and sending spam email.

If this is not removed within 24 hours your hosting provider is likely to suspend your account
and Google will flag your site as dangerous.

Log in to your dashboard to run the emergency cleaner:
https://wp-malware-monitor.net/wp-login.php?site={SITE}

WP Security Team""")

add("bulk", "scam", ("hard-negative", "alarmist"),
    subject=f"SSL certificate for {SITE} expires in 3 days",
    sender=("SSL Renewals", "renewals@ssl-cert-renewal-centre.com"),
    to=SEC_ADDR,
    fmt="plain",
    body=f"""Dear Website Owner,

The SSL certificate protecting {SITE} will expire in 3 days.

When it expires, visitors will see a full-screen "Your connection is not private" warning and
most will leave immediately. Online donations and membership forms will stop working.

Renew now for £89.99/year: https://ssl-cert-renewal-centre.com/renew/{SITE}

SSL Renewals Centre""")

add("bulk", "scam", (),
    subject=f"Your domain {DOMAIN} has been added to a spam blacklist",
    sender=("Deliverability Monitor", "monitor@mailrep-blacklist-check.com"),
    to=SEC_ADDR,
    body=f"""Hi,

Our monitoring shows that {DOMAIN} has been listed on 4 major email blacklists. While listed,
a large percentage of your emails will be rejected or sent to spam by Gmail, Outlook and
Yahoo, meaning your recipients may never see your messages.

Blacklists:
  - SPAMHAUS-DBL (listed)
  - SORBS (listed)
  - UCEPROTECT-L2 (listed)
  - BARRACUDA (listed)

We can have your domain delisted within 48 hours. Reply to this email for a free consultation
or view our delisting packages at https://mailrep-blacklist-check.com/delist

Best,
Deliverability Team""")

add("bulk", "phishing", (),
    subject="Critical security alert",
    sender=("Google", "no-reply@accounts-google-security.com"),
    to=SEC_ADDR,
    fmt="alt",
    body=f"""Someone knows your password

{SEC_ADDR}

Someone just used your password to try to sign in to your account from a non-Google app.
Google blocked them, but you should check what happened. Review your account activity to make
sure no one else has access.

Check activity: https://accounts-google-security.com/activity

You received this email to let you know about important changes to your Google Account and
services.""",
    html_body=f"""<html><body style="font-family:Roboto,Arial"><table width="516" align="center" style="border:1px solid #dadce0"><tr><td style="padding:40px 20px;text-align:center">
<img src="https://accounts-google-security.com/googlelogo.png" width="74"><br>
<div style="font-size:24px">Someone knows your password</div><div>{SEC_ADDR}</div></td></tr>
<tr><td style="padding:20px">Someone just used your password to try to sign in to your account from a non-Google app. Google blocked them, but you should check what happened.
<br><br><a href="https://accounts-google-security.com/activity" style="background:#4184f3;color:#fff;padding:7px 24px;text-decoration:none">Check activity</a></td></tr></table></body></html>""")

add("bulk", "phishing", ("short",),
    subject="Two-step verification turned off",
    sender=("Account Security", "security@acct-2sv-notice.com"),
    to=SEC_ADDR,
    fmt="plain",
    body=f"2-Step Verification was turned off for {SEC_ADDR}. If you didn't do this, someone may be using your account. Turn it back on: https://acct-2sv-notice.com/restore\n")

add("bulk", "scam", ("hard-negative", "alarmist", "legal-threat"),
    subject="Copyright infringement notice - your IP address",
    sender=("Anti-Piracy Enforcement Unit", "notices@apeu-copyright-claims.com"),
    to=SEC_ADDR,
    body="""NOTICE OF COPYRIGHT INFRINGEMENT

Our client's monitoring systems have recorded the unlawful download and distribution of
copyrighted film material via BitTorrent from an IP address associated with your internet
account.

Title: [withheld]
Date/time: recorded

We are entitled to seek damages of up to £5,000 through the courts. However our client is
prepared to settle this matter without litigation upon payment of £350 within 10 days.

If you fail to respond, we will apply for a Norwich Pharmacal order and issue proceedings
against you personally.

Settle online: https://apeu-copyright-claims.com/settle

Anti-Piracy Enforcement Unit""")

add("bulk", "phishing", (),
    subject="Avast Premium Security - your renewal receipt",
    sender=("Avast Billing", "billing@avast-renewal-receipts.com"),
    to=UND,
    fmt="plain",
    body="""Receipt #AV-99201-3

Product: Avast Premium Security (10 PCs, 2 years)
Amount charged: £299.00
Renewal: automatic

Not you? For a full refund, call our billing desk on 0203 769 1140 within 24 hours.
After this period the charge is non-refundable.

Avast Software s.r.o.""")

# ---------------------------------------------------------------- domains, directories, trademarks

add("bulk", "scam", (),
    subject=f"Domain Name Expiration Notice: {SITE}",
    sender=("Domain Services", "notices@domain-listing-services.org"),
    to=SEC_ADDR,
    fmt="alt",
    body=f"""DOMAIN NAME EXPIRATION NOTICE

Domain Name: {SITE}
Notice ID: 771290
Expiration Date: 14 days from today

Attention: Administrator, {ORG} Labour

As a courtesy to domain name holders, we are sending you this notification for your business
domain search engine submission. Failure to complete your search engine registration by the
expiration date may result in the cancellation of this offer, making it difficult for your
customers to locate you on the web.

Privacy: Registering your domain name with search engines ensures that your website is found.

12 months submission: £86.00

Secure payment: https://domain-listing-services.org/pay/771290

NOTE: We do not register or renew domain names. This is not a bill. This is an optional offer
for search engine submission services. You are under no obligation to pay the amount stated
above unless you accept this offer.""",
    html_body=f"""<html><body style="font-family:Times New Roman;font-size:13px">
<h3 style="text-align:center;border:2px solid #000;padding:6px">DOMAIN NAME EXPIRATION NOTICE</h3>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>Domain Name</td><td><b>{SITE}</b></td></tr><tr><td>Notice ID</td><td>771290</td></tr>
<tr><td>Expiration Date</td><td style="color:red"><b>14 days from today</b></td></tr></table>
<p>As a courtesy to domain name holders, we are sending you this notification for your business
domain search engine submission. Failure to complete your search engine registration by the
expiration date may result in the cancellation of this offer.</p>
<p><a href="https://domain-listing-services.org/pay/771290">Secure payment &raquo;</a></p>
<p style="font-size:8px">We do not register or renew domain names. This is not a bill. This is an
optional offer for search engine submission services.</p></body></html>""")

add("bulk", "scam", ("non-native",),
    subject=f"Notice of \"{SITE.split('.')[0]}\" Intellectual Property & Domain",
    sender=("Jason Liu", "jason.liu@cn-domainregistry-center.cn"),
    to=SEC_ADDR,
    body=f"""(If you are not the person who is in charge of this, please forward this to your CEO,
because this is urgent. Thanks)

Dear CEO,

We are a Network Service Company which is the domain name registration center in China. We
received an application from Huaxin Ltd on the 3rd day of this month. They want to register
"{SITE.split('.')[0]}" as their Internet Keyword and "{SITE.split('.')[0]}.cn",
"{SITE.split('.')[0]}.com.cn", "{SITE.split('.')[0]}.asia" domain names. But after checking it,
we find this name conflict with your company name or trademark.

In order to deal with this matter better, it's necessary to send email to you and confirm
whether this company is your distributor or business partner in China or not?

Best Regards,

Jason Liu | Service & Operations Manager
China Registry (Head Office)
Tel: +86-2161918696""")

add("bulk", "scam", ("legal-threat",),
    subject="Trademark publication - payment required",
    sender=("World Trademark Register", "office@wtr-trademark-publication.com"),
    to=SEC_ADDR,
    fmt="plain",
    body=f"""WORLD TRADEMARK REGISTER
Publication of Trademark Data

Owner: {ORG.upper()} LABOUR
Publication No.: WTR-2026-88214
Annual fee: EUR 2,890.00

Please find the offer for the publication of your trademark data in the World Trademark
Register online database. Publication is effective upon receipt of payment. Payment within 8
days.

This is an offer. Publication is not affiliated with any official body. Late payments are
subject to collection.

https://wtr-trademark-publication.com/pay/88214""")

add("bulk", "scam", ("hard-negative", "alarmist"),
    subject=f"RENEWAL: {ORG} entry in UK Business Index - final notice",
    sender=("UK Business Index", "renewals@uk-business-index-directory.com"),
    to=SEC_ADDR,
    body=f"""UK BUSINESS INDEX - RENEWAL NOTICE (FINAL)

Listing: {ORG} Labour
Category: Organisations / Political
Renewal fee: £995 + VAT (3 year term)

Our records show that your listing is due for renewal. To avoid the removal of your listing
and loss of online visibility, return the signed form or pay online by the date shown.

By correcting and returning the data form you have agreed to the terms and conditions of a
3-year contract. Non-payment will be referred to our collection department.

https://uk-business-index-directory.com/renew

UK Business Index Ltd""")

add("bulk", "phishing", ("callback",),
    subject="Your Google Business Profile will be suspended",
    sender=("Business Listings Team", "support@gbp-verification-desk.com"),
    to=SEC_ADDR,
    body=f"""Hi,

Your Google Business Profile for "{ORG} Labour" is incomplete and has not been verified. Google
is removing unverified profiles this month. Your listing will no longer appear on Maps or
Search.

To keep your listing active, call our verification desk on 0330 118 4471 (option 2) or reply
with a convenient time for a call.

Business Listings Team""")

# ---------------------------------------------------------------- impersonation / CEO fraud

chair = c.person()
add("bulk", "scam", ("impersonation", "short"),
    subject="Are you available?",
    sender=(chair[0], f"{chair[0].split()[0].lower()}.{ORG.split()[0].lower()}.chair@gmail-office.com"),
    to=SEC_ADDR,
    fmt="plain",
    body=f"""Hi {FIRST}, are you free? I need you to handle a task for me discreetly. I'm in a meeting and can't talk right now, just reply here.

{chair[0].split()[0]}
Sent from my iPhone""")

add("bulk", "scam", ("impersonation", "quoted"),
    subject="Re: Are you available?",
    sender=(chair[0], f"{chair[0].split()[0].lower()}.{ORG.split()[0].lower()}.chair@gmail-office.com"),
    to=SEC_ADDR,
    body=c.quote_reply(
        f"""Thanks. I need you to get 5 Amazon gift cards, £100 each. They are a surprise thank
you for our best volunteers from the by-election and I want it kept quiet till the social.
Scratch the back, take a photo of the codes and send them to me here. I'll sort the money back
to you tonight from the CLP account.

Thanks, I owe you one
{chair[0].split()[0]}""",
        "Yes, what do you need?",
        quoted_from=f"{SEC_NAME} <{SEC_ADDR}>",
        style="bottom"))

add("bulk", "scam", ("impersonation",),
    subject="Change of bank details - please update your records",
    sender=("Accounts Dept - Castleford Print & Design", "accounts@castlefordprint-design.co"),
    to=SEC_ADDR,
    body="""Dear valued customer,

Please be advised that we have recently changed banks following an audit of our financial
arrangements. With immediate effect, all future payments should be made to our new account:

Bank: Metro Business
Account name: Castleford Print and Design
Sort code: 23-05-80
Account number: 41087722

Please do not make any further payments to our old account as it is being closed. Kindly
confirm once your records have been updated and let us know of any outstanding invoices so we
can send copies.

Many thanks,
Accounts Department""")

treas = c.person()
add("bulk", "scam", ("impersonation", "confuser-urgent"),
    subject="URGENT - payment needed today",
    sender=(f"{treas[0]} (Treasurer)", f"treasurer.{ORG.split()[0].lower()}labour@outlook-mail.net"),
    to=SEC_ADDR,
    fmt="plain",
    body=f"""{FIRST}

Can you make a bank transfer of £2,450 today for the venue deposit? I'm at a family funeral
and can't log in to the bank on my phone. It has to go before 3pm or we lose the booking.

Account: R Halden Events
Sort code 60-83-71
Acc 20418837

Don't call, I can't take calls here. I'll explain later and sort the paperwork.

{treas[0].split()[0]}""")

add("bulk", "scam", ("impersonation", "short"),
    subject="quick favour",
    sender=("Office of the MP", "mp.constituencyoffice@protonmail-secure.net"),
    to=SEC_ADDR,
    fmt="plain",
    body="Hello, can you send me your mobile number please. I need you to do something for me quickly.\n\nSent from my iPad\n")

c.write()
