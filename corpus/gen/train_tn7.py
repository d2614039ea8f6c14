"""train/tn7: survey scams, fake charity appeals, spam in other languages (French, Spanish,
Russian, Chinese, German, Portuguese, Italian, Polish), claims-management and consumer spam,
a few more extortion scams, and two more one-person pitches. All content hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tn7", seed=2707)
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

# ---------------------------------------------------------------- survey scams

add("bulk", "scam", (),
    subject="Tesco: Complete our 30-second survey and get a £100 voucher",
    sender=("Tesco Customer Rewards", "rewards@tesco-customer-survey.win"),
    to=UND,
    fmt="html", body="",
    html_body="""<html><body style="font-family:Arial;text-align:center">
<div style="background:#00539f;color:#fff;padding:14px;font-size:22px"><b>Customer Rewards</b></div>
<p>Dear customer, you have been selected to take part in our anonymous 30-second survey.</p>
<p>As a thank you, you will receive a <b>&pound;100 voucher</b>.</p>
<p><a href="https://tesco-customer-survey.win/start" style="background:#e81c24;color:#fff;padding:12px 28px;text-decoration:none">START SURVEY</a></p>
<p style="font-size:9px;color:#888">Only 1 reward per household. Offer expires today.</p>
</body></html>""")

add("bulk", "scam", ("noisy",),
    subject="\U0001f381 Congratulations! You've been chosen (Asda Loyalty) \U0001f381",
    sender=("ASDA Rewards", "no-reply@asda-loyalty-gift.club"),
    to=SEC_ADDR,
    fmt="plain",
    body="""\U0001f389 CONGRATULATIONS \U0001f389

You have been chosen to receive an exclusive loyalty gift:
\u27a1\ufe0f Ninja Air Fryer Dual Zone
\u27a1\ufe0f Just answer 3 short questions
\u27a1\ufe0f Pay only £1.95 delivery

\u23f0 Time remaining: 04:59

CLAIM NOW \U0001f449 asda-loyalty-gift.club/c/uk7712""")

add("bulk", "scam", (),
    subject="Your opinion matters - exclusive Amazon reward",
    sender=("Amazon Feedback", "feedback@amz-reward-programme.com"),
    to=UND,
    body=f"""Dear {LOCAL},

You have been randomly selected to participate in our annual customer satisfaction survey.
It will take you only a minute, and you will be eligible to receive an exclusive reward worth
£90 or more.

Start the survey: https://amz-reward-programme.com/survey

This invitation is valid for 24 hours only.

Amazon Customer Experience Team""")

add("bulk", "scam", ("short",),
    subject="Win a Dyson V15 - 3 questions",
    sender=("UK Consumer Panel", "panel@ukconsumerpanel-win.com"),
    to=UND,
    fmt="plain",
    body="Answer 3 questions about your shopping habits and you could WIN a Dyson V15 Detect! Entries close tonight: ukconsumerpanel-win.com/dyson\n")

add("bulk", "scam", (),
    subject="10 free coffees - just tell us what you think",
    sender=("Costa Coffee Club", "club@costa-coffeeclub-rewards.com"),
    to=UND,
    fmt="alt",
    body="""Hi coffee lover!

We're celebrating with our Club members. Tell us what you think in our quick survey and we'll
load 10 free drinks onto your card.

Take the survey: https://costa-coffeeclub-rewards.com/s

Only a small processing fee of £2 applies.""",
    html_body="""<html><body style="font-family:Arial;background:#6d1f37;color:#fff;text-align:center;padding:24px">
<h2>10 FREE COFFEES &#9749;</h2><p>Tell us what you think in our quick survey and we'll load 10 free drinks onto your card.</p>
<p><a href="https://costa-coffeeclub-rewards.com/s" style="color:#fff">Take the survey</a></p>
<p style="font-size:9px">Processing fee of &pound;2 applies.</p></body></html>""")

add("bulk", "scam", (),
    subject="Sky customer survey - receive £50 credit",
    sender=("Sky Surveys", "surveys@sky-customer-credit.co"),
    to=SEC_ADDR,
    body="""Hello,

Thank you for being a loyal Sky customer. We'd love to hear about your experience. Complete
our short survey and we'll add £50 credit to your next bill.

Begin: https://sky-customer-credit.co/survey

To apply your credit, we'll need to confirm your account details and the card you pay with.

Sky UK""")

add("bulk", "marketing", (),
    subject="Earn up to £5 per survey - join 2 million members",
    sender=("OpinionPoint", "invite@opinionpoint-panel.co.uk"),
    to=SEC_ADDR,
    headers=c.newsletter_headers("Mailerlite"),
    body="""Get paid for your opinions.

Join OpinionPoint and earn cash and vouchers for sharing your views on products, brands and
current affairs. Most surveys take 5-15 minutes and pay between 50p and £5.

Sign up today and get a £1 welcome bonus: https://opinionpoint-panel.co.uk/join

OpinionPoint Research Ltd
You received this email because you signed up to one of our partner sites. Unsubscribe.""")

add("bulk", "scam", (),
    subject="Mystery shopper position - £350 per assignment",
    sender=("Mystery Shopping UK", "assignments@mysteryshop-uk-jobs.com"),
    to=UND,
    body="""Dear Applicant,

Thank you for your interest in becoming a mystery shopper. You have been selected for your
first assignment in your area: evaluating a money transfer service.

You will receive a cheque for £2,450 by post. Deposit it into your account, keep £350 as your
fee, and use the rest to send transfers via the service you are evaluating to the recipients we
will provide. Then complete the evaluation form.

Please reply with your full name, postal address and phone number to receive your cheque.

Assignments Coordinator""")

add("bulk", "scam", ("tailored",),
    subject="National political opinion poll - share your views and win £500",
    sender=("British Opinion Research", "poll@britishopinion-research.co.uk"),
    to=SEC_ADDR,
    body="""Dear Respondent,

You have been selected to take part in our monthly National Political Tracker. Questions cover
the party leaders, voting intention, the cost of living and immigration.

Every completed response is entered into a prize draw for £500. To verify that you are a UK
adult and eligible for the draw, you will be asked to confirm your date of birth, postcode and
a payment card (no charge will be made).

Begin the poll: https://britishopinion-research.co.uk/tracker

British Opinion Research""")

add("bulk", "scam", ("short",),
    subject="Lidl anniversary gift for you",
    sender=("Lidl GB", "gift@lidl-anniversary-gb.top"),
    to=UND,
    fmt="plain",
    body="Lidl is celebrating! Every participant receives a £250 gift card. Answer 4 questions: lidl-anniversary-gb.top\n")

add("bulk", "phishing", (),
    subject="NHS Patient Experience Survey - £75 for your time",
    sender=("NHS Patient Survey", "survey@nhs-patient-feedback.org"),
    to=SEC_ADDR,
    body="""NHS

Patient Experience Survey

You have been selected to take part in the national patient experience survey. As a thank you
for your time, you will receive £75.

The survey takes around 10 minutes. At the end you will be asked for your bank details so the
payment can be made.

Start survey: https://nhs-patient-feedback.org/start

This survey is conducted on behalf of NHS England.""")

# ---------------------------------------------------------------- fake charity appeals

add("bulk", "scam", ("tailored",),
    subject="Emergency appeal: families in Gaza need you now",
    sender=("Humanitarian Relief Trust", "appeals@humanitarian-relief-trust.org"),
    to=UND,
    body="""Dear friend,

Families in Gaza are without clean water, food or shelter. Children are sleeping in the open.
Every hour counts.

£30 can provide a family with a food parcel for a week.
£60 can provide emergency medical supplies.
£120 can provide a tent and blankets.

Because of bank restrictions on transfers to the region, we are asking supporters to donate
by direct bank transfer to our relief partner, or in USDT or Bitcoin:

Account name: HRT Relief Partners
IBAN: AE07 0331 2345 6789 0123 456

USDT (TRC20): TXq8v2Kz9RfN4mDpL7yWc3eB6hJ5sA1uGo

Please share this message with everyone you know.

With gratitude,
Humanitarian Relief Trust""")

add("bulk", "scam", (),
    subject="Ukrainian orphans need winter clothes",
    sender=("Help Ukraine Children Fund", "help@ukraine-children-fund.info"),
    to=UND,
    fmt="alt",
    body="""Winter is coming, and thousands of orphaned children in eastern Ukraine have no warm
clothes, boots or blankets.

Our volunteers deliver aid directly to orphanages near the front line. With your help we can
reach 5,000 more children before the frost.

Donate now: https://ukraine-children-fund.info/donate

Every pound reaches a child.""",
    html_body="""<html><body style="font-family:Arial"><img src="https://ukraine-children-fund.info/img/children-snow.jpg" width="580">
<h2>Winter is coming</h2><p>Thousands of orphaned children in eastern Ukraine have no warm clothes, boots or blankets.</p>
<p><a href="https://ukraine-children-fund.info/donate" style="background:#0057b7;color:#ffd700;padding:10px 22px;text-decoration:none"><b>DONATE NOW</b></a></p></body></html>""")

add("bulk", "scam", ("non-native",),
    subject="EARTHQUAKE VICTIMS - PLEASE HELP",
    sender=("Disaster Aid Network", "disaster.aid.network@relief-donations.net"),
    to=UND,
    body="""Dear Brothers and Sisters,

As you know, the terrible earthquake destroyed many villages and more than 10,000 people lost
their homes. Our team is on the ground giving food, water and tents. But we need more help
urgently.

Please donate any amount you can. You can send by PayPal to relief.donations.team@gmail-pay.com
or by bank transfer (details on request).

May God reward you.

Disaster Aid Network volunteers""")

add("bulk", "scam", (),
    subject="Please help little Amira - she needs surgery",
    sender=("Amira's Family", "help.amira.surgery@familyappeal-mail.com"),
    to=UND,
    body="""Hello,

I'm sorry to write to a stranger. My daughter Amira is 6 years old and she was born with a heart
defect. The doctors say she needs surgery in Germany within 2 months and it costs €48,000.
We have sold our car and everything we have and we still need €17,000.

Please, anything you can give. Even £5 will help. Here is her fundraising page with her medical
documents: https://familyappeal-mail.com/amira

Thank you and God bless you.

Leyla (Amira's mother)""")

add("bulk", "scam", (),
    subject="Our veterans are sleeping on the streets tonight",
    sender=("Heroes Home Appeal", "appeal@heroeshome-appeal.org.uk"),
    to=UND,
    body="""They served their country. Now they have nowhere to sleep.

Every night, hundreds of former servicemen and women sleep rough in Britain. The Heroes Home
Appeal provides emergency beds, hot meals and support.

A gift of £15 today gives one veteran a warm bed tonight.

Give now: https://heroeshome-appeal.org.uk/give

Thank you.
Heroes Home Appeal (registration pending)""")

add("bulk", "scam", ("short",),
    subject="food bank crisis - donate btc",
    sender=("Community Food Crisis", "foodcrisis.uk@protonmail-relay.net"),
    to=UND,
    fmt="plain",
    body="UK food banks are running out. Donate in bitcoin so 100% reaches families, no bank fees: bc1qf3k7w2m9x0le8d4zn6vcy5ht0pr3sa7gq2j9ku. Please forward.\n")

add("bulk", "scam", (),
    subject="Sponsor a water well - £500 changes a village forever",
    sender=("Wells of Hope International", "sponsor@wellsofhope-intl.org"),
    to=UND,
    fmt="html", body="",
    html_body="""<html><body style="font-family:Georgia;text-align:center">
<img src="https://wellsofhope-intl.org/img/well.jpg" width="560">
<h2>&pound;500 changes a village forever</h2>
<p>Sponsor a water well and your organisation's name will be written on a plaque beside it.
We'll send you photos and GPS coordinates.</p>
<p><a href="https://wellsofhope-intl.org/sponsor">Sponsor a well</a></p>
</body></html>""")

add("bulk", "scam", ("non-native",),
    subject="Save the dogs of Romania - they will be killed tomorrow",
    sender=("Paws Rescue Romania", "pawsrescue.ro@dogs-rescue-mail.com"),
    to=UND,
    body="""Dear animal lover,

Tomorrow 40 dogs in the public shelter will be put to sleep if nobody help them. We are small
volunteer team and we try to take them out but we have no money for the transport and the vet.

Please donate, every euro is important. Paypal: pawsrescue.ro@dogs-rescue-mail.com (please
choose "friends and family" so there are no fees).

Thank you from our heart and from the dogs.
Paws Rescue Romania""")

add("bulk", "scam", (),
    subject="Christmas toy appeal - gift cards needed",
    sender=("Winter Wishes Appeal", "wishes@winterwishes-appeal.co.uk"),
    to=UND,
    body="""Hello,

This Christmas, 4,000 children in care in the UK won't get a single present. You can change
that.

The easiest way to help is to send us Amazon or Argos gift card codes of any value. Our
volunteers will buy and wrap the toys for you.

Just reply to this email with the codes. Thank you for making a child smile.

Winter Wishes Appeal""")

add("bulk", "scam", (),
    subject="Flood disaster appeal - Pakistan",
    sender=("Flood Relief Fund", "floodrelief@pk-flood-relief.org"),
    to=UND,
    body="""Dear supporter,

Millions of people have been affected by the devastating floods. Entire villages have been
washed away. Our partners are distributing food, clean water and medicine.

Donate by bank transfer to our collection account:

Beneficiary: FRF International Collections
Sort code: 04-06-05
Account: 22871930
Reference: FLOOD

Please act now - every minute matters.
Flood Relief Fund""")

add("bulk", "scam", ("html-only",),
    subject="Children's cancer hospital appeal",
    sender=("Hope Children's Hospital", "donate@hope-childrens-hospital.in"),
    to=UND,
    fmt="html", body="",
    html_body="""<html><body style="font-family:Arial"><table width="560"><tr><td>
<img src="https://hope-childrens-hospital.in/img/ward.jpg" width="560">
<p>Little Priya is 4. She has leukaemia. Her father is a rickshaw driver and cannot pay for
her chemotherapy.</p>
<p><b>&pound;25 pays for one day of treatment.</b></p>
<p><a href="https://hope-childrens-hospital.in/priya">Help Priya now</a></p>
</td></tr></table></body></html>""")

# ---------------------------------------------------------------- other languages

add("bulk", "phishing", ("foreign-language",),
    subject="Votre colis est en attente de livraison",
    sender=("La Poste - Colissimo", "service@colissimo-suivi-livraison.fr"),
    to=SEC_ADDR,
    charset="iso-8859-1",
    body="""Bonjour,

Votre colis n° 6A19283746501 n'a pas pu être livré en raison de frais de port impayés (1,99 €).

Pour reprogrammer la livraison, veuillez régler les frais dans les 48 heures :
https://colissimo-suivi-livraison.fr/reprogrammer

Passé ce délai, votre colis sera retourné à l'expéditeur.

Cordialement,
Le service client Colissimo""")

add("bulk", "phishing", ("foreign-language",),
    subject="Remboursement disponible - Assurance Maladie",
    sender=("ameli", "remboursement@ameli-assurance-remb.fr"),
    to=UND,
    fmt="html", body="",
    html_body="""<html><body style="font-family:Arial">
<p><b>L'Assurance Maladie</b></p>
<p>Madame, Monsieur,</p>
<p>Après les derniers calculs de vos remboursements de soins, nous avons déterminé que vous
avez droit à un remboursement de <b>168,40 €</b>.</p>
<p>Pour recevoir ce montant, veuillez mettre à jour vos informations bancaires :
<a href="https://ameli-assurance-remb.fr/espace">Accéder à mon compte</a></p>
<p>Le service client de l'Assurance Maladie</p>
</body></html>""")

add("bulk", "scam", ("foreign-language",),
    subject="FÉLICITATIONS ! Vous avez gagné 500 000,00 €",
    sender=("Loterie Internationale", "gagnants@loterie-internationale-fr.com"),
    to=UND,
    body="""FÉLICITATIONS !!!

Votre adresse e-mail a été tirée au sort lors de notre tirage international et vous avez gagné
la somme de 500 000,00 € (cinq cent mille euros).

Numéro de référence : LI/2026/0471-FR

Pour recevoir vos gains, veuillez contacter notre agent de paiement, Maître Jean-Claude Rivière,
en lui envoyant vos nom, prénom, adresse, numéro de téléphone et profession.

Email : me.jcriviere@notaire-paiement.com

Veuillez garder ces informations confidentielles.

Mme Isabelle Garnier
Coordinatrice""")

add("bulk", "spam", ("foreign-language",),
    subject="Référencement de votre site sur Google - 1ère page garantie",
    sender=("Agence Web Pro", "contact@agencewebpro-referencement.fr"),
    to=SEC_ADDR,
    body="""Bonjour,

Votre site internet n'apparaît pas sur la première page de Google pour les mots-clés importants
de votre activité. Nous sommes une agence spécialisée en référencement naturel (SEO) depuis
12 ans.

Nous vous garantissons la première page de Google en 90 jours, ou nous vous remboursons.

Souhaitez-vous recevoir un audit gratuit de votre site ?

Bien cordialement,
Thomas Lefèvre
Consultant SEO

Pour ne plus recevoir nos e-mails, répondez STOP.""")

add("bulk", "phishing", ("foreign-language",),
    subject="Correos: Su paquete está retenido en aduanas",
    sender=("Correos", "notificaciones@correos-envios-es.com"),
    to=UND,
    charset="iso-8859-1",
    body="""Estimado cliente:

Su paquete con número de seguimiento PQ4B7K0192837465 está retenido en nuestro centro logístico
por falta de pago de los gastos de aduana (2,99 €).

Para recibir su envío, realice el pago en las próximas 24 horas:
https://correos-envios-es.com/pago

Si no se realiza el pago, el paquete será devuelto a su remitente.

Atentamente,
Correos""")

add("bulk", "scam", ("foreign-language",),
    subject="Herencia sin reclamar - confidencial",
    sender=("Lic. Alejandro Ruiz Montenegro", "lic.ruizmontenegro@abogados-herencias.es"),
    to=UND,
    body=f"""Estimado/a {SEC_NAME.split()[-1]}:

Soy el licenciado Alejandro Ruiz Montenegro, abogado en Madrid. Me pongo en contacto con usted
en relación con la herencia de un cliente mío, fallecido sin testamento, que comparte su
apellido. El valor de la herencia asciende a 6.400.000 € depositados en un banco español.

Tras varios intentos infructuosos de localizar a sus familiares, le propongo presentarle como
beneficiario. Repartiríamos el importe al 50%. Todo el proceso es legal y sin riesgo.

Por favor, respóndame a mi correo privado con su nombre completo, dirección y número de
teléfono.

Atentamente,
Lic. Alejandro Ruiz Montenegro""")

add("bulk", "scam", ("foreign-language", "noisy"),
    subject="\U0001f4b0 Gana 5.000€ al mes desde casa con Bitcoin \U0001f4b0",
    sender=("Inversiones Cripto", "info@inversiones-cripto-hoy.es"),
    to=UND,
    fmt="plain",
    body="""¡HOLA!

Miles de españoles ya ganan más de 5.000€ al mes con nuestra plataforma automática de trading
de Bitcoin. ¡Sin experiencia! ¡Solo 20 minutos al día!

\u2705 Depósito mínimo: 250€
\u2705 Retiros en 24 horas
\u2705 Inteligencia artificial 99% de precisión

\U0001f449 ¡REGÍSTRATE GRATIS HOY! inversiones-cripto-hoy.es/registro

Plazas limitadas.""")

add("bulk", "phishing", ("foreign-language", "hard-negative", "alarmist"),
    subject="Aviso importante: su cuenta ha sido suspendida temporalmente",
    sender=("Banca Online", "seguridad@bancaonline-verificacion.es"),
    to=SEC_ADDR,
    body="""Estimado cliente,

Hemos detectado actividad inusual en su cuenta y, por su seguridad, la hemos SUSPENDIDO
temporalmente.

Debe verificar su identidad en un plazo de 24 horas. De lo contrario, su cuenta será bloqueada
de forma permanente y sus tarjetas serán canceladas.

Verificar ahora: https://bancaonline-verificacion.es/verificar

Departamento de Seguridad""")

add("bulk", "spam", ("foreign-language",),
    subject="Клиентские базы данных для вашего бизнеса",
    sender=("Базы данных", "bazy2026@mail-baza-klientov.ru"),
    to=UND,
    charset="koi8-r",
    body="""Здравствуйте!

Соберём для вас базу потенциальных клиентов: телефоны, e-mail, адреса, сайты компаний по
любому городу и любой сфере деятельности.

Рассылки по e-mail, WhatsApp и Telegram. Доставка во «Входящие» гарантирована.

Цены от 3000 руб. Подробнее — ответьте на это письмо или пишите в Telegram @baza_klientov.

Если вам не интересно, просто удалите это письмо.""")

add("bulk", "spam", ("foreign-language",),
    subject="Продвижение сайта в ТОП-10 Яндекса и Google",
    sender=("Алексей, SEO-студия", "alexey@seo-top10-studio.ru"),
    to=SEC_ADDR,
    charset="windows-1251",
    body="""Добрый день!

Проанализировали ваш сайт и нашли 27 ошибок, которые мешают ему попасть в ТОП поисковых
систем. Предлагаем бесплатный аудит и продвижение с оплатой за результат.

— Гарантия выхода в ТОП-10 за 3 месяца
— Работаем по договору
— Более 400 довольных клиентов

Ответьте на письмо, и мы пришлём подробный отчёт.

С уважением,
Алексей""")

add("bulk", "spam", ("foreign-language", "noisy"),
    subject="\U0001f3b0 Ваш бонус 500% и 200 фриспинов активирован!",
    sender=("Казино", "bonus@vulkan-club-bonus.ru"),
    to=UND,
    fmt="html", body="",
    html_body="""<html><body style="background:#1a0033;color:#ffd700;font-family:Arial;text-align:center;padding:30px">
<h1>БОНУС 500% + 200 ФРИСПИНОВ</h1>
<p style="color:#fff">Только сегодня! Зарегистрируйтесь и получите бонус на первый депозит.</p>
<a href="http://vulkan-club-bonus.ru/reg" style="background:#ffd700;color:#1a0033;padding:14px 30px;text-decoration:none"><b>ИГРАТЬ</b></a>
<p style="font-size:9px;color:#888">18+</p></body></html>""")

add("bulk", "scam", ("foreign-language",),
    subject="Уведомление о выплате компенсации",
    sender=("Фонд компенсаций", "vyplaty@fond-kompensaciy-info.ru"),
    to=UND,
    charset="koi8-r",
    body="""Уважаемый получатель!

По результатам проверки Вам начислена компенсация в размере 187 400 рублей за ранее
понесённые убытки от действий недобросовестных финансовых организаций.

Для получения выплаты необходимо подтвердить данные и оплатить комиссию за перевод (1 450
рублей) по ссылке: http://fond-kompensaciy-info.ru/vyplata

Срок действия уведомления — 3 дня.""")

add("bulk", "spam", ("foreign-language",),
    subject="代开各地正规发票",
    sender=("王经理", "fapiao8899@tsmail-cn.com"),
    to=UND,
    charset="gb2312",
    body="""您好：

本公司长期代开全国各地增值税发票、普通发票，项目齐全，可验证后付款。

联系人：王经理
电话/微信：13800138000

如有打扰，敬请谅解。""")

add("bulk", "marketing", ("foreign-language",),
    subject="外贸客户开发 精准询盘 每天100+",
    sender=("外贸获客", "sales@waimao-leads-cn.com"),
    to=UND,
    charset="gbk",
    fmt="alt",
    body="""外贸企业老板您好：

还在为找不到海外客户发愁吗？我们提供全球海关数据、精准采购商邮箱和自动开发信服务，
帮助您每天获得100+精准询盘。

免费试用7天，效果看得见！

回复"试用"即可开通。""",
    html_body="""<html><body style="font-family:Microsoft YaHei,SimSun"><h2 style="color:#c00">外贸客户开发 精准询盘</h2>
<p>还在为找不到海外客户发愁吗？我们提供全球海关数据、精准采购商邮箱和自动开发信服务。</p>
<p><b>免费试用7天</b>，回复"试用"即可开通。</p></body></html>""")

add("bulk", "phishing", ("foreign-language",),
    subject="【重要通知】您的企业邮箱即将停用，请立即升级",
    sender=("邮箱管理中心", "admin@mail-upgrade-center.cn"),
    to=SEC_ADDR,
    fmt="html", body="",
    html_body=f"""<html><body style="font-family:SimSun">
<p>尊敬的用户 {SEC_ADDR}：</p>
<p>根据系统安全升级要求，您的邮箱尚未完成新版验证，将于24小时内<b style="color:red">停止使用</b>。</p>
<p>请点击下方链接立即完成升级：<br><a href="http://mail-upgrade-center.cn/verify">http://mail-upgrade-center.cn/verify</a></p>
<p>邮箱管理中心</p></body></html>""")

add("bulk", "phishing", ("foreign-language", "hard-negative", "alarmist"),
    subject="Ihr Konto wurde vorübergehend gesperrt",
    sender=("Sparkasse Online-Banking", "service@sparkasse-sicherheit-de.com"),
    to=UND,
    charset="iso-8859-1",
    body="""Sehr geehrte Kundin, sehr geehrter Kunde,

aufgrund einer Sicherheitsüberprüfung wurde Ihr Online-Banking-Zugang vorübergehend gesperrt.

Bitte bestätigen Sie Ihre Daten innerhalb von 48 Stunden. Andernfalls wird Ihr Konto
dauerhaft gesperrt und es können Gebühren anfallen.

Jetzt bestätigen: https://sparkasse-sicherheit-de.com/freischalten

Mit freundlichen Grüßen
Ihre Sparkasse""")

add("bulk", "scam", ("foreign-language",),
    subject="Gewinnbenachrichtigung - Ihre E-Mail-Adresse hat gewonnen",
    sender=("Lotto Gewinnzentrale", "gewinn@lotto-zentrale-eu.de.com"),
    to=UND,
    body="""Sehr geehrte Damen und Herren,

wir freuen uns, Ihnen mitteilen zu können, dass Ihre E-Mail-Adresse bei unserer internationalen
Online-Ziehung einen Betrag von 850.000,00 EUR gewonnen hat.

Aktenzeichen: DE/77/2026/LZ

Bitte wenden Sie sich an unseren Treuhänder, Herrn Dr. Klaus Brenner, und senden Sie ihm Ihren
vollständigen Namen, Ihre Anschrift und eine Kopie Ihres Ausweises.

Mit freundlichen Grüßen
Frau Monika Albrecht
Gewinnzentrale""")

add("bulk", "phishing", ("foreign-language",),
    subject="Correios: Sua encomenda está aguardando pagamento de taxa",
    sender=("Correios", "rastreamento@correios-taxa-envio.com.br"),
    to=UND,
    body="""Prezado(a) cliente,

Sua encomenda com código de rastreio BR771928374LX foi tributada e está aguardando o pagamento
da taxa de importação (R$ 49,90).

Realize o pagamento via Pix em até 3 dias úteis para evitar a devolução:
https://correios-taxa-envio.com.br/pagamento

Atenciosamente,
Correios""")

add("bulk", "phishing", ("foreign-language",),
    subject="Il tuo pacco è in attesa - azione richiesta",
    sender=("Poste Italiane", "avvisi@poste-italiane-spedizioni.it.com"),
    to=UND,
    charset="iso-8859-1",
    body="""Gentile cliente,

il tuo pacco non è stato consegnato perché l'indirizzo risulta incompleto. È necessario
confermare i dati e pagare un supplemento di 1,50 € entro 24 ore.

Conferma ora: https://poste-italiane-spedizioni.it.com/conferma

Cordiali saluti,
Poste Italiane""")

add("bulk", "phishing", ("foreign-language", "short"),
    subject="InPost: Twoja paczka oczekuje na dopłatę",
    sender=("InPost", "powiadomienia@inpost-doplata.pl.net"),
    to=UND,
    fmt="plain",
    body="InPost: Twoja paczka nie może zostać dostarczona. Prosimy o dopłatę 1,99 zł w ciągu 24 godzin: https://inpost-doplata.pl.net/p/8812\n")

# ---------------------------------------------------------------- more extortion, other languages

add("bulk", "extortion-scam", ("foreign-language",),
    also=["safety"],
    subject="Tengo tu vídeo",
    sender=("", "x8k2.envio@correo-rapido-es.net"),
    to=SEC_ADDR,
    charset="iso-8859-1",
    body="""Hola,

Hace unos meses infecté tu dispositivo con un software espía cuando visitaste una página para
adultos. Desde entonces tengo acceso a tu cámara, tus contactos y tus correos.

Grabé un vídeo tuyo. Si no quieres que lo envíe a tu familia, tus amigos y tus compañeros de
trabajo, transfiere 1.300 € en Bitcoin a esta dirección:

bc1qp7d2x9kn3w0me5zl8fq4cy6tv0hr2sa9gk3u7j

Tienes 48 horas. No respondas a este correo.""")

add("bulk", "extortion-scam", ("foreign-language",),
    also=["safety"],
    subject="Letzte Warnung",
    sender=("", "k.weber1961@post-schnell-mail.de"),
    to=UND,
    body="""Hallo,

ich habe vor einigen Monaten Zugriff auf Ihr Gerät erhalten. Ich habe Ihre Kamera benutzt und
ein Video aufgenommen, während Sie Seiten für Erwachsene besucht haben.

Überweisen Sie 1.200 EUR in Bitcoin an folgende Adresse, sonst schicke ich das Video an alle
Ihre Kontakte:

bc1qw4n8z2kx7e0ld3m9fc5vyq6th0su8pa2rj4g1x

Sie haben 48 Stunden. Die Polizei kann Ihnen nicht helfen.""")

add("bulk", "extortion-scam", (),
    also=["safety"],
    subject="Unfortunately, there are some bad news for you.",
    sender=("", "nimbus-relay-0213@cloudmailer-fast.org"),
    to=SEC_ADDR,
    body="""Hello there!

Unfortunately, there are some bad news for you.

Some months ago, I have gained access to the devices that you use for browsing the internet.
Subsequently, I have proceeded with tracking down your internet activities.

Here is the sequence of events:
Some time ago, I have purchased access to email accounts from hackers (nowadays, it is quite
simple to purchase such thing online). Obviously, I have managed to log in to your email
account without any problems.

One week later, I have installed Trojan virus on Operating Systems of all the devices that you
use to access your email. I have collected all your personal data, as well as your private
photos and video recordings.

I was really surprised by the videos of you doing 'fun' things. I have compiled videos of you
with the content you were watching at the same time. One click and your colleagues, friends
and family will receive them.

I guess you would like to avoid that. All you need to do is transfer $1450 to my Bitcoin
account:

1NjD8rWqP3kZ6mYc9tVb2Fx7LsA4hGe5uQ

As soon as the money is received, I will delete everything. You have 48 hours starting from the
moment you opened this email. Do not try to respond; this email and the Bitcoin address are
generated automatically.

Good luck!""")

# ---------------------------------------------------------------- claims, consumer and misc spam

add("bulk", "spam", (),
    subject="You could be owed £5,318 from your car finance",
    sender=("Motor Finance Claims", "claims@motorfinance-refunds.co.uk"),
    to=UND,
    fmt="alt",
    body="""Did you buy a car on finance between 2007 and 2024?

You may have been mis-sold through hidden commission. The average claim is worth £5,318 per
agreement.

Check in 30 seconds - no credit check, no obligation:
https://motorfinance-refunds.co.uk/check

No win, no fee. Fees of up to 30% + VAT apply on successful claims.""",
    html_body="""<html><body style="font-family:Arial"><h2>You could be owed &pound;5,318</h2>
<p>Did you buy a car on finance between 2007 and 2024? You may have been mis-sold through hidden commission.</p>
<p><a href="https://motorfinance-refunds.co.uk/check"><b>Check in 30 seconds &rarr;</b></a></p>
<p style="font-size:9px">No win, no fee. Fees of up to 30% + VAT apply.</p></body></html>""")

add("bulk", "spam", ("short",),
    subject="flight delayed?",
    sender=("FlightClaim Pro", "hello@flightclaim-pro.eu"),
    to=UND,
    fmt="plain",
    body="Flight delayed 3+ hours in the last 6 years? You could claim up to £520 per passenger. flightclaim-pro.eu\n")

add("bulk", "marketing", (),
    subject="Plan ahead: funeral plans from £1,395",
    sender=("Evergreen Funeral Plans", "info@evergreen-funeralplans.co.uk"),
    to=SEC_ADDR,
    headers=c.newsletter_headers("Campaign Monitor"),
    body="""Protect your loved ones from rising funeral costs.

The average funeral now costs over £4,000. With an Evergreen plan you can fix today's price
and spare your family difficult decisions later.

  - Plans from £1,395
  - Spread the cost from £25 per month
  - FCA regulated

Request your free guide: https://evergreen-funeralplans.co.uk/guide

Unsubscribe | Privacy""")

add("bulk", "scam", (),
    subject="You've received a £50 Amazon gift card",
    sender=("Amazon Gift Cards", "giftcards@amazon-egift-delivery.com"),
    to=SEC_ADDR,
    fmt="html", body="",
    html_body="""<html><body style="font-family:Arial;text-align:center">
<img src="https://amazon-egift-delivery.com/card50.png" width="320">
<p><b>A friend sent you a &pound;50 Amazon.co.uk Gift Card!</b></p>
<p>"Thought you deserved a treat :)"</p>
<p><a href="https://amazon-egift-delivery.com/redeem">Redeem now</a></p>
<p style="font-size:9px;color:#999">You will be asked to sign in to your Amazon account to apply the balance.</p>
</body></html>""")

add("bulk", "spam", ("noisy",),
    subject="\U0001f3b0 200 FREE SPINS waiting for you \U0001f3b0",
    sender=("SpinPalace VIP", "vip@spinpalace-uk-bonus.com"),
    to=UND,
    fmt="plain",
    body="""*** VIP INVITATION ***

200 FREE SPINS + 100% bonus up to £500

No wagering on your first 50 spins!!!

CLAIM >> spinpalace-uk-bonus.com/vip

18+ | Play responsibly | T&Cs apply""")

add("bulk", "marketing", (),
    subject="Release tax-free cash from your home",
    sender=("Later Life Finance", "advice@laterlife-finance.co.uk"),
    to=UND,
    body="""Are you a homeowner aged 55 or over?

Equity release could let you unlock tax-free cash from your home to help family, clear a
mortgage or enjoy your retirement - and you can keep living in your home.

Use our free calculator to see how much you could release:
https://laterlife-finance.co.uk/calculator

Equity release may involve a lifetime mortgage which is secured against your property. To
understand the features and risks, ask for a personalised illustration.

Later Life Finance""")

add("bulk", "marketing", ("short",),
    subject="Replace your conservatory roof - 30% off this month",
    sender=("WarmRoof Conservatories", "offers@warmroof-conservatories.co.uk"),
    to=UND,
    fmt="plain",
    body="Too hot in summer, too cold in winter? A solid tiled conservatory roof from WarmRoof, now 30% off. Free survey: warmroof-conservatories.co.uk\n")

# ---------------------------------------------------------------- pitches written by one person (other)

add("other", "marketing", ("personal-pitch",),
    subject="Bookkeeping help with your Electoral Commission returns",
    sender=("Hannah Osei ACCA", "hannah@oseibookkeeping.co.uk"),
    to=SEC_ADDR,
    body=f"""Dear {FIRST},

I hope you don't mind me writing. I'm a chartered certified accountant who works from home in
the constituency, and I look after the books for a few small charities and two tenants'
associations.

Your treasurer mentioned at the community centre open day that the accounting-unit return and
the year-end reconciliation always land on one volunteer in a rush. That's exactly the sort of
thing I help with: I can keep the books ticking over monthly so the annual return is a couple
of hours' work rather than a weekend.

For an organisation your size I'd expect it to be around £45 a month. I'm happy to meet the
treasurer for a coffee first, no charge, to see if it's a fit.

Best wishes,
Hannah Osei ACCA""")

add("other", "marketing", ("personal-pitch",),
    subject="public speaking coaching for your candidates",
    sender=("Martin Gallagher", "martingallagher.voice@gmail.com"),
    to=SEC_ADDR,
    fmt="plain",
    body=f"""hello {FIRST}

I was at the hustings at St Barnabas last month (as a member of the public) and thought your
candidates were good on substance but a couple of them really struggled with nerves, one
read her whole answer off her phone.

I'm a retired drama teacher and I run small group sessions on speaking with confidence - 2
hours, up to 6 people, £120 for the group. Very practical, no luvvie stuff I promise.

If it's of any interest let me know. No hard feelings if not.

Martin Gallagher""")

c.write()
