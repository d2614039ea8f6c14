"""train/tn1: lottery and inheritance (419) scams, mass-mailed extortion, a few loan and
money-mule offers. All content hand-written; mailkit supplies envelopes."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tn1", seed=2701)
SEC_NAME, SEC_ADDR = c.secretary()
FIRST = SEC_NAME.split()[0]
SURNAME = SEC_NAME.split()[-1]
LOCAL, DOMAIN = SEC_ADDR.split("@")


def add(label, kind, tags=(), **kw):
    """Wrap c.add: the kind tag first, shape tags derived from how the message is built."""
    t = [kind, *tags]
    if "fmt" not in kw:
        kw["fmt"] = c.rng.choice(["plain", "plain", "alt"])
    if kw["fmt"] == "html" and "html-only" not in t:
        t.append("html-only")
    h = kw.get("headers") or {}
    if label == "bulk" and not any(k.lower().startswith("list-") for k in h):
        t += ["confuser", "robot-no-list-headers"]
    c.add(label, tags=tuple(t), **kw)


UNDISCLOSED = "undisclosed-recipients:;"

# ---------------------------------------------------------------- 419 and lotteries

add("bulk", "scam", ("non-native",),
    subject="ATTENTION: REGARDING YOUR LATE RELATIVE ESTATE",
    sender=("Barrister Emmanuel Okonkwo-Bello", "e.okonkwobello.chambers@lawyer-consult.ng-mail.com"),
    reply_to="barr.emmanuelokonkwo@post-office-mail.net",
    to=UNDISCLOSED,
    body=f"""Dear {SURNAME},

I am Barrister Emmanuel Okonkwo-Bello, a Solicitor at Law and the personal attorney to late
Engineer Peter {SURNAME}, a national of your country, who used to work with Shell Petroleum
Development Company in Port Harcourt. On the 21st of April 2019, my client, his wife and their
only daughter were involved in a car accident along Sagamu Express Road. Unfortunately they all
lost there lives in the event of the accident, since then I have made several enquiries to your
embassy to locate any of my clients extended relatives, this has also proved unsuccessful.

After these several unsuccessful attempts, I decided to trace his relatives over the Internet,
to locate any member of his family but of no avail, hence I contacted you. I have contacted you
to assist in repatriating the money and property left behind by my client before they get
confiscated or declared unserviceable by the bank where this huge deposits were lodged.
Particularly, the Bank where the deceased had an account valued at about $8.5 million dollars
(EIGHT MILLION FIVE HUNDRED THOUSAND UNITED STATE DOLLARS ONLY).

The Bank has issued me a notice to provide the next of kin or have the account confiscated
within the next ten official working days. Since I have been unsuccessful in locating the
relatives for over 2 years now, I seek your consent to present you as the next of kin of the
deceased since you have the same last names, so that the proceeds of this account can be paid
to you. Then we share it 50% to me and 50% to you.

All I require is your honest cooperation to enable us see this deal through. I guarantee that
this will be executed under a legitimate arrangement that will protect you from any breach of
the law. Please get in touch with me by my private email: barr.emmanuelokonkwo@post-office-mail.net
and send me your full names, direct telephone number and your contact address.

Best regards,
Barrister Emmanuel Okonkwo-Bello (Esq.)
Principal Partner, Okonkwo-Bello & Associates Chambers
""")

add("bulk", "scam", ("noisy",),
    subject="UNITED NATIONS COMPENSATION COMMISSION - PAYMENT FILE: UNCC/0987/UK",
    sender=("UNCC Payment Desk", "uncc.paymentunit@un-compensation-desk.org"),
    to=UNDISCLOSED,
    body="""UNITED NATIONS COMPENSATION COMMISSION (UNCC)
PALAIS DES NATIONS, GENEVA / LONDON LIAISON OFFICE

ATTENTION: BENEFICIARY

THIS IS TO OFFICIALLY INFORM YOU THAT YOUR EMAIL ADDRESS WAS LISTED AMONGST THE 150 BENEFICIARIES
SELECTED FOR THE 2026 COMPENSATION PAYMENT FOR VICTIMS OF INTERNET SCAM, LOTTERY FRAUD AND
INHERITANCE FRAUD. THE SUM OF US$1,500,000.00 (ONE MILLION FIVE HUNDRED THOUSAND UNITED STATES
DOLLARS) HAS BEEN APPROVED IN YOUR FAVOUR AND LOADED ON A VISA ATM CARD.

YOUR ATM CARD WILL BE DISPATCHED TO YOU THROUGH OUR ACCREDITED DIPLOMATIC COURIER AS SOON AS YOU
RECONFIRM THE FOLLOWING:

1. FULL NAME:
2. HOME ADDRESS:
3. DIRECT TELEPHONE / WHATSAPP:
4. OCCUPATION:
5. COPY OF ID (PASSPORT OR DRIVING LICENCE):

NOTE: YOU ARE ADVISED TO STOP ALL COMMUNICATION WITH ANY OTHER PERSON OR OFFICE REGARDING THIS
FUND AS THEY ARE IMPOSTORS. DO NOT DISCLOSE THIS PAYMENT TO ANYBODY UNTIL YOUR CARD IS RECEIVED.

YOURS IN SERVICE,
DR. HAROLD MBEKI-ASANTE
DIRECTOR, FOREIGN REMITTANCE UNIT
""")

add("bulk", "scam", (),
    subject="Please I need your help for charity",
    sender=("Mrs. Rahima Al-Sabeh", "rahima.alsabeh1954@mailbox-free.kw-mail.com"),
    to=UNDISCLOSED,
    body="""Dearest in the Lord,

Calvary greetings to you. I am writing this mail to you with heavy tears in my eyes and great
sorrow in my heart. My name is Mrs. Rahima Al-Sabeh, I am a widow from Kuwait and I am married
to late Mr. Yousef Al-Sabeh who worked with the Kuwait Embassy in Ivory Coast for nine years
before he died in the year 2017. We were married for eleven years without a child.

Since his death I decided not to remarry. When my late husband was alive he deposited the sum
of £2.8 Million (Two Million Eight Hundred Thousand British Pounds) with a bank in Abidjan.
Presently this money is still with the bank. Recently, my Doctor told me that I would not last
for the next four months due to cancer problem. The one that disturbs me most is my stroke
sickness.

Having known my condition I decided to donate this fund to a good organisation or individual
that will utilize this money the way I am going to instruct herein. I saw your organisation on
the internet and I see you help poor people in your community, so I believe you will use it to
help the less privileged, orphanages, widows and propagate the work of God.

I took this decision because I do not have any child that will inherit this money and my
husband relatives are not Christians and I do not want my husband's hard earned money to be
misused. Please reply me quickly so I can give you the contact of the bank. Any delay in your
reply will give me room in sourcing another organisation for this same purpose.

Remain blessed in the Lord.
Yours in Christ,
Mrs. Rahima Al-Sabeh
""")

add("bulk", "scam", (),
    subject="Proposal",
    sender=("Daniel Whitford-Ayo", "dwhitford.ayo@consult-partners.biz"),
    to=UNDISCLOSED,
    body="I have a business proposal for you worth $24.5M. Reply for more details.\n\nDaniel\n")

add("bulk", "scam", ("noisy",),
    subject="***Congratulations*** Your e-mail has won EUR 950,000.00",
    sender=("EuroMillions Int. Promotions", "claims.department@euromillions-intl-award.eu.com"),
    reply_to="agent.carlos.mendes@claims-agent-mail.com",
    to=UNDISCLOSED,
    body=f"""EUROMILLIONS INTERNATIONAL E-MAIL PROMOTION PROGRAMME
Ref No: EM/7731/22-UK      Batch No: 14/0098/IPD
Ticket No: 56475600545 188     Serial No: 5368/02
Lucky Numbers: 05 - 17 - 28 - 34 - 47  Stars: 02 - 09

Dear Winner,

We are pleased to inform you of the result of the EuroMillions International Programme held on
the 14th of this month. Your e-mail address ({SEC_ADDR}) attached to the above ticket number
drew the lucky numbers and consequently won in the 2nd category. You have therefore been approved
for a lump sum pay out of EUR 950,000.00 (Nine Hundred and Fifty Thousand Euros) in cash credited
to file KTU/9023118308/03.

All participants were selected through a computer ballot system drawn from 25,000 company and
30,000,000 individual email addresses from all continents as part of our international
promotions programme which is conducted annually.

To file for your claim, please contact our fiduciary agent:
   Mr. Carlos Mendes
   Email: agent.carlos.mendes@claims-agent-mail.com
   Tel: +34 631 55 90 12

Due to mix up of some numbers and names, we ask that you keep your winning information
confidential until your claims has been processed and your money remitted to you. This is part
of our security protocol to avoid double claiming and unwarranted abuse of this program.

Congratulations once again from all members of our staff.

Mrs. Lucia Fernandez-Prado
(Lottery Coordinator)
""")

add("bulk", "scam", ("html-only",),
    subject="Microsoft Anniversary Award - Final Notification",
    sender=("Microsoft Award Team", "awards@msft-anniversary-draw.com"),
    to=UNDISCLOSED,
    fmt="html", body="",
    html_body="""<html><body style="font-family:Segoe UI,Arial;background:#f3f3f3">
<table width="600" align="center" bgcolor="#ffffff" cellpadding="20"><tr><td>
<img src="http://msft-anniversary-draw.com/img/logo_ms.png" width="180" alt="Microsoft">
<h2 style="color:#0067b8">Congratulations!!!</h2>
<p>Your email address has been selected as one of the 10 lucky winners of the
<b>Microsoft Windows 40th Anniversary Draw</b>. You have been awarded the sum of
<b>&pound;750,000.00 GBP</b> and a brand new Surface Laptop.</p>
<p>Winning Code: <b>MS/WIN/40/UK/0771</b></p>
<p>To claim, reply to this email with your Full Name, Address, Phone and Winning Code.</p>
<p style="font-size:10px;color:#999">Microsoft Corporation, One Microsoft Way. This is a
promotional notification. Do not share your winning code.</p>
</td></tr></table></body></html>""")

add("bulk", "scam", ("non-native",),
    subject="From Captain Lisa Marten",
    sender=("Capt. Lisa Marten", "capt.lisamarten@militarymail-us.net"),
    to=UNDISCLOSED,
    body="""Hello dear,

How are you today, I hope all is well with you. My name is Captain Lisa Marten, I am from the
United State of America, currently serving with the US Army on peace keeping mission in
Syria. I got your contact while searching for a reliable and honest person.

I am seeking your kind assistance to move the sum of $4.6M USD to you, as far as i can be
assured that the money will be safe in your care until i complete my service here. This is no
stolen money and there are no dangers involved. The money is in a trunk box and it is with
a diplomatic agent.

If you are interested, write me back. I will give you more details when i hear from you.
Please keep this very secret because of my position here.

Regards,
Capt. Lisa Marten
""")

add("bulk", "scam", (),
    subject="CONFIDENTIAL: Dormant Account No. 0021/77/ADB",
    sender=("Mr. Ibrahim Sawadogo", "ibrahim.sawadogo.audit@boa-bf-mail.com"),
    to=UNDISCLOSED,
    body="""FROM THE DESK OF THE DIRECTOR OF AUDIT AND ACCOUNTING UNIT,
BANK OF AFRICA (B.O.A), OUAGADOUGOU, BURKINA FASO.

Dear Friend,

In my department as the director of audit and accounting, I discovered an abandoned sum of
$15.7m US dollars (fifteen million, seven hundred thousand US dollars) in an account that belongs
to one of our foreign customers who died along with his entire family in a plane crash in
2016.

Since I got information about his death, the bank has been expecting his next of kin to come
over and claim his money because we cannot release it unless somebody applies for it as next
of kin or relation to the deceased as indicated in our banking guidelines. Unfortunately we
learnt that all his supposed next of kin or relation died alongside with him at the plane crash
leaving nobody behind for the claim.

It is therefore upon this discovery that I now decided to make this business proposal to you and
release the money to you as the next of kin, so the money will not be transferred into the bank
treasury as unclaimed fund. The request of foreigner as next of kin in this business is
occasioned by the fact that the customer was a foreigner and a Burkinabe cannot stand as next
of kin to a foreigner.

I agree that 40% of this money will be for you as foreign partner, in respect to the provision
of a foreign account, and 60% would be for me. Upon receipt of your reply, I will send you full
details on how the business will be executed and also note that you will have to send me your
full names, age, occupation and direct phone number.

Yours faithfully,
Mr. Ibrahim Sawadogo
""")

add("bulk", "scam", ("hard-negative", "alarmist", "legal-threat"),
    subject="FINAL REMINDER!!! Your $5,000 daily transfer will be CANCELLED",
    sender=("Western Union Transfer Dept", "wu.transfer.office@wu-payout-centre.com"),
    to=UNDISCLOSED,
    body="""Attn: Beneficiary,

This is the FINAL REMINDER regarding your compensation fund of $850,000.00 which we have been
instructed by the Financial Conduct Office to send to you via Western Union at $5,000 daily.
We have already sent the first payment of $5,000 but the MTCN number cannot be released to you
because you have not paid the activation fee of $95 only.

WE HAVE SENT YOU THREE (3) NOTICES WITHOUT REPLY.

If we don't hear from you within 72 HOURS your file will be CLOSED and the fund will be
returned to the Government Treasury as unclaimed. Failure to comply will also result in your
name being forwarded to the Anti-Fraud Unit for investigation, as it will be assumed that you
are trying to obstruct the payment process.

Send the activation fee via iTunes gift card or Steam card and scan the back of the card to
this email.

MTCN (pending): 823-***-****
Sender name: Dr. Kelvin Adeboye
Amount: $5,000

Ms. Grace Ohakim
Western Union Agent / Transfer Manager
""")

add("bulk", "scam", (),
    subject="Google Anniversary Lucky Winner",
    sender=("Google Promo", "promo-notification@g00gle-lucky-winner.com"),
    to=UNDISCLOSED,
    fmt="alt",
    body="""Congratulations You Have Won!

Your email address was selected in the Google Anniversary Online Draw and you have won
GBP 1,000,000.00 and an Apple iPhone 17.

Claim Ref: GOOG/UK/09/6671

Contact the Claims Manager, Mr. Henry Lodge at googleclaims.henrylodge@claims-mail.org with:
name / address / phone / age / sex / occupation

Google Inc. Promotions (UK)
""",
    html_body="""<html><body><center>
<img src="https://g00gle-lucky-winner.com/banner.jpg" width="560" alt="Google Anniversary Draw">
<h1 style="font-family:Arial;color:#4285F4">Congratulations You Have Won!</h1>
<p style="font-family:Arial">Your email address was selected in the Google Anniversary Online Draw and you have won<br>
<b style="font-size:22px">GBP 1,000,000.00</b> and an Apple iPhone 17.</p>
<p style="font-family:Arial">Claim Ref: <b>GOOG/UK/09/6671</b></p>
<p style="font-family:Arial">Contact the Claims Manager, Mr. Henry Lodge at
<a href="mailto:googleclaims.henrylodge@claims-mail.org">googleclaims.henrylodge@claims-mail.org</a></p>
</center></body></html>""")

add("bulk", "scam", (),
    subject=f"Unclaimed Estate - {SURNAME} - Our Ref GP/UE/4471",
    sender=("Gibbs & Partners Solicitors", "probate@gibbspartners-solicitors-london.co"),
    to=SEC_ADDR,
    body=f"""Private & Confidential

Dear {SEC_NAME},

We act in the administration of the estate of the late Mr Albert {SURNAME}, formerly of
Cheltenham, who died intestate on 9 November 2024. Our genealogy researchers have identified
you as a potential beneficiary of this estate by way of a common ancestor.

The net value of the estate after liabilities is presently estimated at £1,276,400, consisting
mainly of cash held with a building society and a portfolio of shares. Unless a claim is lodged
by a beneficiary within the statutory period, the estate will pass to the Crown as bona vacantia.

To progress your claim we require:
 - a scan of photographic identification;
 - proof of address dated within the last three months;
 - your date of birth and the names of your parents and grandparents where known.

Please note that a one-off probate registration and verification fee of £680 is payable before
documents can be released. This fee is refundable from the estate upon distribution.

We look forward to hearing from you at your earliest convenience.

Yours sincerely,

Jonathan R. Gibbs
Senior Partner
Gibbs & Partners Solicitors
12 Lincoln's Inn Walk, London WC2

This email and any attachments are confidential and intended solely for the addressee.
""")

add("bulk", "scam", ("quoted",),
    subject="Re: Your Fund Approval",
    sender=("Dr. Martins Kalu", "drmartinskalu.cbn@finance-approval-desk.com"),
    to=UNDISCLOSED,
    body=c.quote_reply(
        """Dear Beneficiary,

I am surprised you have not replied to my last email below. This is my second time of writing
you. Please understand that your fund is now ready for transfer and we only need to hear from
you. Reconfirm your details today so the release will go through before end of this week.

Dr. Martins Kalu""",
        """Good day,

This is to inform you that your payment file has been approved by the payment committee and
the sum of $3.2M will be wired into your nominated account. Please reconfirm your bank
details, full name and address.

Regards,
Dr. Martins Kalu
Director, International Remittance""",
        quoted_from="Dr. Martins Kalu <drmartinskalu.cbn@finance-approval-desk.com>",
        style="gmail"))

add("bulk", "scam", ("hard-negative", "alarmist", "legal-threat"),
    subject="OFFICIAL WARNING FROM FEDERAL BUREAU OF INVESTIGATION (FBI)",
    sender=("FBI Washington DC", "fbi.office.dc@fbi-gov-investigation.org"),
    to=UNDISCLOSED,
    body="""FEDERAL BUREAU OF INVESTIGATION
ANTI-TERRORIST AND MONETARY CRIMES DIVISION
935 PENNSYLVANIA AVENUE, WASHINGTON DC

ATTENTION:

This is to officially inform you that it has come to our notice that you have been dealing with
some impostors who claim to be releasing an inheritance fund to you. We have arrested the
suspects and recovered the sum of $4.3M which is legally yours.

However, in order to release the fund, you are required to obtain an ANTI-TERRORISM AND
ANTI-MONEY LAUNDERING CLEARANCE CERTIFICATE at the cost of $320. This certificate proves that
your fund is not connected to terrorism or drug trafficking.

FAILURE TO OBTAIN THIS CERTIFICATE WITHIN 3 WORKING DAYS WILL LEAD TO YOUR IMMEDIATE ARREST,
YOUR NAME WILL BE PUBLISHED ON THE INTERPOL WATCH LIST AND YOU WILL BE PROSECUTED ACCORDINGLY.
WE WILL ALSO FREEZE ALL YOUR BANK ACCOUNTS.

Do not contact any other bank or office. Reply only to this email.

Director Christopher Wray-Henderson
FBI Head Office
""")

add("bulk", "scam", ("non-native", "noisy"),
    subject="IMF Payment Release Notification !!!",
    sender=("International Monetary Fund", "imf.paymentrelease@imf-payout.org.za"),
    to=UNDISCLOSED,
    body="""Attention Please,

THE INTERNATIONAL MONETARY FUND (IMF) IN CONJUCTION WITH WORLD BANK HAVE MANDATED US TO PAY YOUR
OUTSTANDING CONTRACT/INHERITANCE FUNDS TOTALING US$6,500,000.00 WHICH HAVE BEEN DELAYED SINCE
LONG TIME DUE TO THE CORRUPT OFFICIALS WHO HAVE BEEN DIVERTING YOUR FUND.

Your payment is now going to be made to you through Diplomatic Courier or Bank Transfer which
ever you choose ... the charges for the Courier is $250 only , the Bank transfer is free of
charge BUT you have to open account with our Paying bank with minimum deposit of $1,000 .

kindly ,contact me with your choice of payment :

Mr.Anthony Ejiofor
(Foreign Operations)

N/B : IGNORE THIS MAIL IF YOU HAVE ALREADY RECIEVED YOUR FUND !!!
""")

add("bulk", "scam", (),
    subject="Donation For You",
    sender=("Evelyn Marchetti", "evelyn.marchetti.foundation@charity-giveback.org"),
    to=UNDISCLOSED,
    body="""Hi,

I am Evelyn Marchetti, a philanthropist and founder of the Marchetti Giving Foundation. I have
decided to donate £1,500,000.00 to five lucky individuals worldwide as part of my pledge to
give away a large portion of my wealth to charity. Your email was selected after a spin ball.

Kindly confirm receipt of this message so my secretary can provide you with further
information.

Warm regards,
Evelyn Marchetti
""")

add("bulk", "scam", (),
    subject="Business Cooperation from Hong Kong",
    sender=("Mr. Wang Jianhua", "wang.jianhua@hk-finance-partners.hk-mail.net"),
    to=UNDISCLOSED,
    body="""Good day,

My name is Wang Jianhua, a Credit Manager at a leading bank in Hong Kong. I am contacting you
regarding a business transaction that will be of benefit to both of us. A deceased client of
our bank, an oil merchant from your country, left funds of USD 22,300,000.00 in a fixed deposit
account without any named beneficiary.

I want you to stand as the beneficiary. The process is 100% risk free, I have all documents
needed. After transfer we share 50/50.

Please treat as strictly confidential. Reply through my private email:
wjianhua.private@mailhub-asia.com

Best regards,
Wang Jianhua
""")

add("bulk", "scam", ("noisy",),
    subject="A t t e n t i o n   B e n e f i c i a r y",
    sender=("Payment Notification", "notification04871@mail-server-xp7.ru"),
    to=UNDISCLOSED,
    body="""A t t e n t i o n   B e n e f i c i a r y ,

Y o u r  P a y m e n t  o f  $ 2 . 5 M  h a s  b e e n  a p p r o v e d .

C o n t a c t :  r e l e a s e . o f f i c e r 2 0 2 6 @ g m x - m a i l b o x . c o m

R e f :  X 9 9 1 / 2 0 2 6 / U K
""")

add("bulk", "scam", (),
    subject="I won the UK Lotto and I am giving some of it away",
    sender=("Margaret & Colin Priestley", "priestley.lottowinners@giveaway-family.co"),
    to=UNDISCLOSED,
    body="""Hello,

My husband Colin and I won £57.9 million on the UK Lotto last year and we have decided to give
away £500,000 each to 5 random people as our way of giving back. We feel very lucky and we
want to share our good fortune. You can see our story on the news and on YouTube:
https://youtu.be.video-share-watch.com/priestley-lotto-winners

Your email address was picked by our family at random. Please get back to us with your name,
address and mobile so our solicitor can process the donation.

God bless,
Margaret Priestley
""")

add("bulk", "scam", (),
    subject="Compensation for victims of online fraud",
    sender=("Fraud Victims Compensation Scheme", "fvcs-payments@fraud-victims-fund.org"),
    to=UNDISCLOSED,
    body="""Dear Sir/Madam,

Following the recent joint operation between the Serious Fraud Office, the Metropolitan Police
and INTERPOL, a sum of £7.4 billion has been recovered from online scammers and set aside to
compensate victims of internet fraud.

Your name and email address appeared on a list of people who were contacted by these criminals
and you are therefore entitled to compensation of £250,000.

To receive your payment, complete the attached form (FVCS-Claim.pdf) and return it with a copy
of your bank statement. An administrative charge of £150 applies.

Yours faithfully,
Claims Officer
Fraud Victims Compensation Scheme
""")

add("bulk", "scam", ("non-native",),
    subject="my dear, please read and reply quickly",
    sender=("Adja Fatoumata Keita", "adjakeita_fatou@freemail-sn.com"),
    to=UNDISCLOSED,
    body="""my dear,

it is with deep regret and heartful of tears that i write you this mail, i am Adja Fatoumata
Keita 24 years old, only daughter of late General Ousmane Keita former chief of army staff of
Republic of Mali who was killed by the rebels during the crisis, after his death my step mother
and her brothers took everything and they are planing to kill me, i escape to Dakar Senegal
and i am now staying in the refugee camp here.

before my father died he deposited the sum of ($9,500,000 usd) in one of the leading bank in
Europe with my name as the next of kin. i have the documents of the deposit with me. the bank
said i cannot withdraw the money without a foreign partner because of my refugee status.

i want you to help me receive this money and invest it in your country, also to help me leave
this camp and continue my education. i am willing to give you 25% of the total money for your
help. please i am begging you in the name of God, reply me so i can send you my picture and the
bank details.

yours sincerely
Adja Fatoumata
""")

add("bulk", "scam", (),
    subject="Hello",
    sender=("Henry Kaboré", "henrykabore.legal@yandex-mail.cc"),
    to=UNDISCLOSED,
    body="Good day, did you receive my previous email regarding your inheritance? Kindly get back to me.\n\nRegards,\nMr Henry Kaboré\n")

add("bulk", "scam", ("hard-negative", "alarmist", "legal-threat"),
    subject="CONSIGNMENT BOX HELD AT HEATHROW AIRPORT - IMMEDIATE ACTION REQUIRED",
    sender=("Diplomat James Fairbanks", "diplomat.fairbanks@courier-diplomatic-svc.com"),
    to=UNDISCLOSED,
    body=f"""Dear {SEC_NAME},

I am Diplomat James Fairbanks. I arrived at Heathrow Airport, London this morning with your
consignment box containing $4,200,000.00 which was sent to you by the Foreign Payment Office.

Unfortunately the UK Customs has held the consignment because the Non-Inspection Certificate
was not attached. The certificate cost £450 only and must be paid today.

PLEASE NOTE: If this fee is not paid within 24 hours, the consignment will be CONFISCATED by
the Customs and Excise, opened, and you as the named receiver will be investigated for MONEY
LAUNDERING and may face prosecution under UK law. I am not threatening you but this is the law
here. Act fast.

Call me on +44 7418 990 332 (WhatsApp only) and send your delivery address.

Diplomat James Fairbanks
""")

add("bulk", "scam", ("html-only",),
    subject="You're one of our winners! Coca-Cola Summer Promo",
    sender=("Coca Cola Promo UK", "winners@cocacola-summerpromo.co"),
    to=UNDISCLOSED,
    fmt="html", body="",
    html_body="""<html><body bgcolor="#e41e2b"><div align="center" style="color:#fff;font-family:Verdana">
<img src="http://cocacola-summerpromo.co/assets/header.png" width="600" height="220"><br>
<span style="font-size:26px"><b>YOU WON &pound;450,000!</b></span><br><br>
Ticket No: CC/2026/UK/8813<br>
<a href="http://cocacola-summerpromo.co/claim?id=8813" style="color:#fff">CLAIM NOW &gt;&gt;</a><br><br>
<span style="font-size:9px">If you cannot see this message, enable images.</span>
</div></body></html>""")

add("bulk", "scam", (),
    subject="Investment partnership for your organisation",
    sender=("Khalid Al-Mansouri", "k.almansouri@gulf-capital-investors.ae-mail.com"),
    to=UNDISCLOSED,
    body="""Good day,

I represent a wealthy investor from Dubai, UAE who is interested in funding viable projects
and organisations in the United Kingdom. My client can provide long term loans from £500,000 to
£50,000,000 at 3% interest per annum, with a 2 year moratorium, or can come in as an equity
partner.

Your organisation came to our attention and we believe it may benefit from this offer.

If you are interested please send an executive summary of your project or organisation and
the amount required, and we shall proceed.

Regards,
Khalid Al-Mansouri
Investment Consultant
""")

# ---------------------------------------------------------------- mass extortion ("sextortion")

add("bulk", "extortion-scam", (),
    also=["safety"],
    subject=f"{LOCAL} : Riverbank2019!",
    sender=("", "ozeneqazirir@wetnflyservices.ca"),
    to=SEC_ADDR,
    body=f"""I know Riverbank2019! is one of your password on day of hack..
Lets get directly to the point.
Not one person has paid me to check about you.
You do not know me and you're probably thinking why you are getting this email?

in fact, i actually placed a malware on the adult vids (adult porn) website and you know what,
you visited this site to experience fun (you know what i mean). When you were viewing videos,
your browser started out operating as a RDP (Remote control Desktop) having a keylogger which
gave me accessibility to your display and web camera. after that, my software program obtained
all of your contacts and files.

You entered a passwords on the websites you visited, and I intercepted it.

Of course you can will change it, or already changed it.
But it doesn't matter, my malware updated it every time.

What did I do?
I made a double-screen video. 1st part shows the video you were viewing (you've got a fine
taste haha), and 2nd part shows the recording of your web camera.

What should you do?
Well, I believe, $1900 is a fair price for our little secret. You'll make the payment via
Bitcoin (if you do not know this, search "how to buy bitcoin" in Google).

BTC Address: bc1qz8mw3kq7d0h2xf6lrt5c9yvep4uu0aqn3ws7k2
(It is cASe sensitive, so copy and paste it)

Important:
You now have 48 hours to make the payment. (I have a unique pixel within this email message,
and right now I know that you have read this email message). If I don't get the BitCoins, I
will definately send your video recording to all of your contacts including relatives,
coworkers, and so on. Nevertheless, if I do get paid, I will destroy the video immidiately.
If you need evidence, reply with "Yes!" and I definitely will send your video recording to your
6 contacts. It is a non-negotiable offer, and so please don't waste my personal time and
yours by responding to this mail.
""")

add("bulk", "extortion-scam", ("spoofed-sender",),
    also=["safety"],
    subject="Your account has been hacked! You need to unlock it.",
    sender=(SEC_NAME, SEC_ADDR),
    to=SEC_ADDR,
    body="""Hello!

As you may have noticed, I sent you an email from your account.
This means that I have full access to your account.

I've been watching you for a few months now.
The fact is that you were infected with malware through an adult site that you visited.

If you are not familiar with this, I will explain.
Trojan Virus gives me full access and control over a computer or other device.
This means that I can see everything on your screen, turn on the camera and microphone, but
you do not know about it.

I also have access to all your contacts and all your correspondence.

Why your antivirus did not detect malware?
Answer: My malware uses the driver, I update its signatures every 4 hours so that your
antivirus is silent.

I made a video showing how you satisfy yourself in the left half of the screen, and in the
right half you see the video that you watched. With one click of the mouse, I can send this
video to all your emails and contacts on social networks. I can also post access to all your
e-mail correspondence and messengers that you use.

If you want to prevent this, transfer the amount of $1350 to my bitcoin address (if you do not
know how to do this, write to Google: "Buy Bitcoin").

My bitcoin address (BTC Wallet) is: 1HqC7dTL4vbNwQ2uFEs9kRjP6ZxYaM3oWt

After receiving the payment, I will delete the video and you will never hear me again.
I give you 50 hours (more than 2 days) to pay. I have a notice reading this letter, and the
timer will work when you see this letter.

Filing a complaint somewhere does not make sense because this email cannot be tracked like my
bitcoin address. I do not make any mistakes.

If I find that you have shared this message with someone else, the video will be immediately
distributed.

Best regards!
""")

add("bulk", "extortion-scam", ("noisy", "non-native"),
    also=["safety"],
    subject="HELLO PERVERT - LAST WARNING",
    sender=("Anonymous", "xb9f2.mailer@hostcheap-vps.xyz"),
    to=UNDISCLOSED,
    body="""HELLO PERVERT, I KNOW WHAT YOU DO ON INTERNET. I HAVE HACKED YOUR DEVICE AND RECORD YOU
FROM YOUR CAMERA WHEN YOU WATCH THE ADULT VIDEOS. DISGUSTING.

I HAVE YOUR CONTACT LIST, FAMILY, WORK, FRIENDS. I WILL SEND THEM THE VIDEO.

IF YOU DONT WANT THIS PAY 950 EURO IN BITCOIN TO

bc1q7hd3w0fsl9cx2m4kq8rzn5jy6vtae0pu3g2x9

YOU HAVE 2 DAYS. DONT REPLY, DONT GO TO POLICE, THEY CANT DO NOTHING I AM NOT IN YOUR COUNTRY.
AFTER PAYMENT I DELETE EVRYTHING. NO PAY = EVERYBODY SEE.
""")

add("bulk", "extortion-scam", ("html-only",),
    also=["safety"],
    subject="Payment Pending - Case #4471-AX",
    sender=("Support", "support-4471@secure-notices-mail.top"),
    to=SEC_ADDR,
    fmt="html", body="",
    html_body="""<html><body style="font-family:Arial;font-size:13px">
<p>Hi, this is important so read carefully.</p>
<p>I got into your device through <b>Pegasus</b> spyware some months ago. Since then I can see
your camera, microphone, messages and browsing.</p>
<p>I have video of you doing things you would not like your c<span style="font-size:0">x</span>olleagues
and family to see. I also have copies of your emails.</p>
<p>Transfer <b>USD 1,650</b> in B<span style="font-size:0">q</span>itcoin to:<br>
<code>bc1qa5t3xk9n0lwe8z7vm2c4yf6hd0ru5spj8qe4mn</code></p>
<p>You have 48 hours. After payment everything is deleted and you will not hear from me.</p>
<p style="color:#ffffff;font-size:1px">weather report tuesday cloudy garden tools</p>
</body></html>""")

add("bulk", "extortion-scam", (),
    also=["safety"],
    subject="recorded",
    sender=("", "l.v.w0@mailboxbay.cn"),
    to=SEC_ADDR,
    body="""I recorded you. Both screens. Pay 1200 USD in BTC to 3Fk9wPq2XvRt7NmYb4cD8sLhJ1aE6uZo5G or the video goes to everyone in your contacts. Timer started when you opened this.
""")

add("bulk", "extortion-scam", ("tailored",),
    also=["safety"],
    subject="Regarding your political career",
    sender=("Concerned Observer", "observer.1987@anonmailbox.io"),
    to=SEC_ADDR,
    body="""Good afternoon,

I will be brief. Some time ago your device was compromised when you opened a link on a website
that you would not want your party colleagues to know you visit. Since then I have had access
to your webcam, your emails and your contact lists, including all the members and officials
whose addresses you hold.

I have a recording. It is not flattering.

You are a public person in your local area. I imagine the local newspaper, your members and
your opponents would find it interesting. I have no interest in your politics, left or right,
this is only business.

The price for deletion is 0.03 BTC. Wallet: bc1q4nh2v9lz0dm8kfx3p7wce5uyt6sr9aq2jg0h8e

You have three days. I will know when you have read this. Don't bother replying.
""")

add("bulk", "extortion-scam", ("noisy",),
    also=["safety"],
    subject="\u24e8our d\u0435vice is c\u043empromised \u26a0\ufe0f",
    sender=("\u2063", "noreply@trx-alerts-8812.site"),
    to=UNDISCLOSED,
    body="""Ⓨou don't know me but I know you very well.

I have been w\u200ba\u200bt\u200bc\u200bh\u200bi\u200bn\u200bg you through your w e b c a m for several weeks.
I have the v i d e o. I have your c o n t a c t s.

Send 𝟭𝟱𝟬𝟬 $ in B I T C O I N to this w@llet:
bc1qm0t8xv3nk2e9yl4dq7cj5wz6hr0fsu8pa3k1xy

4̶8̶ 36 hours left. Don't test me.
""")

add("bulk", "extortion-scam", ("quoted",),
    also=["safety"],
    subject="Re: Second notice - you ignored me",
    sender=("", "a.dolores77@sunflower-hosting.com.br"),
    to=SEC_ADDR,
    body=c.quote_reply(
        """You ignored my previous message, that was a mistake. The price has gone up to $2000.
Same wallet. 24 hours this time. After that the video goes out, starting with the people at
the top of your contact list. I will not write again.""",
        """I have access to your computer through a trojan. I have recorded you watching adult
material with your webcam. Pay $1500 in bitcoin to 1Lp4Zq7NsK3eR8wUvXy2Tb9mJcH6dGfA5o within
48 hours or the recording will be sent to your contacts.""",
        quoted_from="<a.dolores77@sunflower-hosting.com.br>",
        style="gmail"))

add("bulk", "extortion-scam", ("foreign-language",),
    also=["safety"],
    subject="Je vous ai enregistré",
    sender=("", "contact.k7@free-serveur-mail.fr"),
    to=UNDISCLOSED,
    charset="iso-8859-1",
    body="""Bonjour,

Je suis un programmeur et j'ai piraté votre appareil il y a quelques mois. J'ai eu accès à votre
caméra, à vos messages et à votre historique de navigation.

J'ai enregistré une vidéo de vous pendant que vous regardiez des sites pour adultes. Si vous ne
voulez pas que cette vidéo soit envoyée à tous vos contacts, à votre famille et à vos collègues,
vous devez payer 1100 € en Bitcoin à l'adresse suivante :

bc1qg2m7k0w9zd4sx8fn3hy5lv6te0pc7ra9uj2q4d

Vous avez 48 heures à partir de l'ouverture de ce message. Ne répondez pas à cet e-mail.
Ne contactez pas la police, cela ne servira à rien.
""")

add("bulk", "extortion-scam", ("hard-negative", "alarmist", "legal-threat"),
    also=["safety"],
    subject="CONVOCATION - NATIONAL CRIME AGENCY - Ref NCA/CS/2026/08814",
    sender=("National Crime Agency - Cyber Division", "nca.cybercrime.unit@justice-gov-notice.eu"),
    to=UNDISCLOSED,
    body="""NATIONAL CRIME AGENCY
CHILD EXPLOITATION AND ONLINE PROTECTION COMMAND
Ref: NCA/CS/2026/08814

CONVOCATION

Following a computer seizure as part of a cyber-infiltration operation authorised by the
Prosecutor, we have identified your IP address and email as having accessed prohibited material
online. You are hereby summoned to respond.

Offences: viewing and distribution of indecent images, exhibitionism, cyber-pornography.

You are required to send your written justification to this email within 72 hours so that it
can be examined and verified in order to assess any sanctions. Alternatively you may settle the
matter by payment of a fine, details of which will be sent on reply.

After this deadline, we will be obliged to forward our report to the Crown Prosecution Service,
to issue an arrest warrant against you, and to register you on the national sex offenders
register. Your file will also be forwarded to the press and to your employer.

Commander R. Whitcombe
Head of Cyber Crime, NCA
""")

add("bulk", "extortion-scam", ("html-only",),
    also=["safety"],
    subject=f"{SEC_NAME}",
    sender=("", "m.hayes.78x@postbox-svc.biz"),
    to=SEC_ADDR,
    fmt="html", body="",
    html_body=f"""<html><body>
<p>{SEC_NAME},</p>
<p>I know that calling you or visiting you at 14 Mill Lane would be a nice way to reach you if
you don't act. Nice house. <img src="cid:streetview_img001.jpg" width="420" alt=""></p>
<p>I know about your secrets. I have been watching through your phone and camera for a while.
There is a video of you and I have your contacts.</p>
<p>Pay $2,000 in Bitcoin to <b>bc1q9ldh7x0k3w2tm5c8s4vnr6yfe0zg7qa2pu3j4k</b> (scan the QR code:
<img src="cid:qr_001.png" width="120">) and I will disappear. You have 24 hours.</p>
<p>Don't be stupid.</p>
</body></html>""")

add("bulk", "extortion-scam", ("noisy",),
    also=["safety"],
    subject="u have 2 days",
    sender=("", "kk33z@onetwomail.net"),
    to=SEC_ADDR,
    body="""hey. got ur password, got ur cam. seen wat u watch lol. u want it gone send 800 usd btc to bc1qt8w5z0xn3e7kd2m9fq4l6yhv0ar8cp2sj5u7gx . 2 days. if not everyone on ur list gets the vid. dont reply i wont read it
""")

add("bulk", "extortion-scam", (),
    also=["safety"],
    subject="Security notice: unauthorised access to your mailbox",
    sender=("Mail Security", f"security@{DOMAIN}"),
    to=SEC_ADDR,
    body=f"""Hi, {LOCAL}!

You may have noticed that this message came from your own address ({SEC_ADDR}). If you check
the headers you will see it was sent from your server. I got access to your email and your
device more than four months ago through a vulnerability in your router firmware.

For those four months I have collected everything: your correspondence, the list of people you
write to, your documents, your browsing and your camera. I have a rather compromising video
recording of you, cut together with what was on your screen at the time.

I am not going to waste time. Send €1450 in Bitcoin to the wallet below and I will delete the
material and remove my malware. If you do not, the recording and a selection of your emails
will be sent to every address you have ever written to.

Wallet: 3Qw7nV2kXe9Lp4Rt8ZcJ6yBm1sHd5aUfTg

You have 2 days from reading this. I can see when it is opened.
""")

add("bulk", "extortion-scam", ("non-native",),
    also=["safety"],
    subject="Last chance before I send",
    sender=("", "hairul.azmi.2233@myschool-mail.edu.my"),
    to=UNDISCLOSED,
    body="""Hello my friend,

I am hacker and i have install a special software to your device months ago when you click a
link. I see everything you do, i see your screen, i have record you with your own camera while
you watching the XXX sites.

I dont want to make you problem. I only want money. 1500 dollar in Bitcoin and we forget this.

Wallet: 1Ab5Ge8Hn2Kq9Lx3Tw7Rc4Vy6Pm0Zs1De

If you not pay in 48 hours, i will send video to your wife, your friends, your job and i will
also put it in internet.

Good luck
""")

add("bulk", "extortion-scam", ("html-only", "noisy"),
    also=["safety"],
    subject="Invoice #88213 overdue",
    sender=("Accounts", "accounts@invoice-reminder-88213.click"),
    to=SEC_ADDR,
    fmt="html", body="",
    html_body="""<html><body><table><tr><td style="font:14px Georgia">
<p>Not an invoice. I just needed you to open this.</p>
<p>I have been inside your computer since the spring. Camera, microphone, mail, everything.
I have what I need to make your life very embarrassing.</p>
<p>&#66;&#84;&#67; only. <b>0.025</b> to <b>bc1qs4k8x2nm0z7ld3w9cf5vyt6he0ru2pa8qj3g7m</b>.</p>
<p>Two days.</p>
</td></tr></table></body></html>""")

# ---------------------------------------------------------------- loans, jobs, money mules

add("bulk", "scam", (),
    subject="Guaranteed Loan Approval - No Credit Check",
    sender=("Fast Finance UK", "offers@fastfinance-approvals.co"),
    to=UNDISCLOSED,
    body="""Do you need a loan to pay off your bills, start a new business, or refinance?

We offer loans to individuals, companies and organisations at a low interest rate of 2%.
Loan amount from £5,000 to £5,000,000. Repayment from 1 to 30 years.

* No credit check
* Funds in 24 hours
* Bad credit accepted

Reply with: Full name / Amount needed / Duration / Phone number

Regards,
Mr. Steven Callow
Loan Officer
""")

add("bulk", "scam", (),
    subject="Part-time remote position - £450/week",
    sender=("HR Team - Northfield Logistics", "recruitment@northfield-logistics-hr.com"),
    to=UNDISCLOSED,
    body="""Hello,

We came across your profile and believe you could be a good match for a part-time remote
position as a Payment Processing Assistant with our company.

Your duties:
- receive payments from our UK customers into your personal bank account
- transfer the funds (minus your 10% commission) to our suppliers via the instructions provided
- 2-3 hours per day, flexible

No experience is required. Salary £450 per week plus commission.

If you are interested please reply with your full name, age, city and a contact number and our
HR manager will contact you on WhatsApp.

Kind regards,
Olivia Barnes
Recruitment Team
""")

add("bulk", "scam", ("non-native",),
    subject="Earn from home 300-800 GBP daily!!",
    sender=("Amazon Job Center", "jobs-uk@amz-work-online.shop"),
    to=UNDISCLOSED,
    body="""Hi! We are hiring!!

Amazon is looking for 50 people in UK to help rate products online. Simple tasks on your phone,
only 60-90 minutes per day, you get paid 300-800 GBP DAILY. Payment same day.

Age 23+, have a smartphone. No experience need.

Contact our HR on WhatsApp: wa.me/447700183920 (write "JOB")

Limited places, start today!
""")

add("bulk", "scam", ("quoted",),
    subject="RE: Grant application - approved",
    sender=("Community Grants Board", "grants-approval@uk-community-grants-board.org"),
    to=SEC_ADDR,
    body=c.quote_reply(
        f"""Dear {FIRST},

Further to our previous correspondence, we are delighted to confirm that your organisation has
been approved for a Community Development Grant of £48,000. To release the funds we need you to
complete the attached beneficiary form and pay the refundable compliance fee of £295 by bank
transfer to the account shown.

Best wishes,
Sandra Whitlow
Grants Officer""",
        """Thank you for your interest in the Community Development Grant programme. Your
organisation has been pre-selected. We will be in touch shortly.""",
        quoted_from="Community Grants Board <grants-approval@uk-community-grants-board.org>",
        style="outlook"))

add("bulk", "scam", (),
    subject="Re: your outstanding debt",
    sender=("Debt Relief Helpline", "help@debt-write-off-uk.info"),
    to=UNDISCLOSED,
    body="""Hi,

Did you know that under a government-backed scheme you could write off up to 85% of your
unsecured debts? Thousands of people across the UK have already had their debts slashed.

Check if you qualify in 30 seconds: http://debt-write-off-uk.info/check?src=em44

The scheme closes soon.

Reply STOP to unsubscribe.
""")

add("bulk", "scam", (),
    subject="Urgent assistance needed",
    sender=("Rev. Fr. Thomas Mwangi", "fr.thomasmwangi@parish-outreach.ke-mail.org"),
    to=UNDISCLOSED,
    body="""Dear friend,

Greetings in the name of our Lord. I am Rev. Fr. Thomas Mwangi, a Catholic priest in Nairobi.
A member of my church, now late, left instructions for me to distribute his fortune of
$3,700,000 to charitable organisations abroad. He insisted it should go to groups working for
the poor and for fairness in society.

I have decided your organisation will be one of the beneficiaries. Write me back with the
full name of the organisation, the address, and the name of the person who will sign.

God bless you,
Fr. Thomas
""")

c.write()
