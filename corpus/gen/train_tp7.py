"""train/tp7: political mass mail, part 7 -- lists, campaign tools, affiliates, community groups.

Every message body below is hand-written. The helpers only wrap text in the shapes
bulk political mail arrives in (a button-and-table HTML part, list headers or none).
"""
import html
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tp7", seed=2907)
SEC = c.secretary()[0].split()[0]
CLP = c.clp[0]

BTN = re.compile(r"\[\[(.+?)\|(.+?)\]\]")


def plain(body):
    """[[label|url]] buttons become 'label: url' in the text part."""
    return BTN.sub(lambda m: f"{m.group(1)}: {m.group(2)}", body)


def promo(body, accent="#c8102e", preheader="", logo=""):
    """The table-and-button HTML that fundraising platforms send."""
    out = []
    for p in [p.strip() for p in re.split(r"\n\s*\n", body.strip()) if p.strip()]:
        m = BTN.fullmatch(p)
        if m:
            out.append(
                f'<table role="presentation" cellpadding="0" cellspacing="0" style="margin:18px 0"><tr>'
                f'<td style="background:{accent};border-radius:4px;padding:14px 30px">'
                f'<a href="{html.escape(m.group(2))}" style="color:#ffffff;font-family:Arial,sans-serif;'
                f'font-size:17px;font-weight:bold;text-decoration:none">{html.escape(m.group(1))}</a>'
                f'</td></tr></table>')
        else:
            t = html.escape(BTN.sub(lambda m: m.group(1), p)).replace("\n", "<br>")
            out.append(f'<p style="font-family:Arial,Helvetica,sans-serif;font-size:16px;'
                       f'line-height:1.55;color:#1a1a1a;margin:0 0 14px">{t}</p>')
    pre = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">'
           f'{html.escape(preheader)}</div>') if preheader else ""
    head = (f'<tr><td style="background:{accent};padding:12px 24px;color:#fff;font-family:Arial;'
            f'font-weight:bold;font-size:20px">{html.escape(logo)}</td></tr>') if logo else ""
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" '
            'content="width=device-width,initial-scale=1"></head><body style="margin:0;'
            f'background:#eeeeee">{pre}<table width="100%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center"><table width="600" cellpadding="0" cellspacing="0" '
            f'style="background:#ffffff">{head}<tr><td style="padding:26px 30px">{"".join(out)}'
            '</td></tr></table></td></tr></table></body></html>')


def bulk(subject, body, sender, tags, headers=None, fmt=None, accent="#c8102e",
         preheader="", logo="", **kw):
    tags = list(tags)
    if not headers:
        tags += ["confuser", "robot-no-list-headers"]
    html_body = None
    if fmt in ("alt", "html"):
        html_body = promo(body, accent, preheader, logo)
    c.add("bulk", body=plain(body), subject=subject, sender=sender, tags=tuple(tags),
          headers=headers, fmt=fmt or "plain", html_body=html_body, **kw)



TOWN = CLP.replace(" CLP", "")

# 1 Mailman list post from a left network
bulk("[LeftNet] Call to arms: conference motions on the two-child limit", f"""Comrades,

Time for a call to arms. The deadline for contemporary motions to conference is less than three weeks away and we need as many CLPs as possible to submit on the two-child limit.

Model motion is on the website. Key points:
- Conference notes that the two-child limit pushes 109 children a day into poverty
- Conference believes that scrapping it is the single most effective anti-poverty measure available
- Conference resolves to call on the government to scrap it in the next fiscal event

Please report back to the list when your CLP has passed it so we can keep a tally. Last year we got 41 CLPs. Let's smash that.

Solidarity,
Kev (Fellside)

_______________________________________________
LeftNet mailing list
leftnet@lists.leftnet-example.org.uk
https://lists.leftnet-example.org.uk/mailman/listinfo/leftnet""",
     ("Kevin Rourke via LeftNet", "leftnet@lists.leftnet-example.org.uk"),
     ("list", "hard-negative", "metaphor"), headers=c.list_headers("LeftNet", domain="lists.leftnet-example.org.uk"))

# 2 auto-reply from a campaign group
bulk("Automatic reply: Speaker request for GC", """Thank you for contacting Clean Rivers Now.

Our small team receives a very large number of emails and we aim to reply within 10 working days. If your email is about a sewage pollution incident happening now, please report it to the Environment Agency incident hotline on 0800 80 70 60.

For press enquiries please contact press@cleanriversnow.org.uk.

Thanks for your patience, and for everything you do to protect our rivers.

Clean Rivers Now""", ("Clean Rivers Now", "hello@cleanriversnow.org.uk"),
     ("autoreply",), headers=c.autoreply_headers("exchange"))

# 3 Polish community voter registration
bulk("Zarejestruj się do głosowania! / Register to vote!", f"""Drodzy Państwo,

Przypominamy, że obywatele Polski i innych krajów UE mieszkający w Wielkiej Brytanii mogą głosować w wyborach lokalnych w maju -- ale tylko jeśli są zarejestrowani!

Rejestracja trwa 5 minut: https://www.gov-example.uk/register-to-vote

Zapraszamy na punkt informacyjny w sobotę, 10:00-13:00, w Polskim Ośrodku Społecznym, ul. Station Road 14. Pomożemy wypełnić formularz.

Dear friends, Polish and other EU citizens with settled status can vote in May's local elections -- but only if registered! Drop-in help this Saturday 10am-1pm at the Polish Community Centre.

Stowarzyszenie Polaków w {TOWN}
Polish Association of {TOWN}""", ("Stowarzyszenie Polaków", "kontakt@polacy-lokalnie-example.org.uk"),
     ("newsletter", "bilingual", "non-english"), headers=c.newsletter_headers("Mailerlite"))

# 4 query: Polish association organiser asks for a speaker (non-native English)
c.add("query", subject="question about speaker for our event", body=f"""Dear Sir/Madam,

My name is Agnieszka Wróbel, I am volunteer in Polish Association in {TOWN}. We are organising on Saturday 6 December meeting for Polish and other EU people about voting in local elections in May. Many people do not know they can vote, or they think it is not for them.

We would like to invite speakers from all parties to explain short (maybe 10 minutes) what is your programme for the town, and then people can ask questions. Is it possible somebody from Labour Party can come? Also, I want to ask if your party have leaflets in Polish language, or only English?

Please let me know who I should contact for this, maybe it is not you.

Thank you very much and best regards,
Agnieszka Wróbel""", sender=("Agnieszka Wróbel", "agnieszka.wrobel85@wp-example.pl"),
      tags=("personal-ask", "non-native"))

# 5 another CLP's fundraising dinner
bulk("Fighting Fund Dinner -- tickets now on sale", f"""KENWICK SOUTH LABOUR
ANNUAL FIGHTING FUND DINNER

Friday 23 January, 7pm for 7.30pm
The Kenwick Arms, function room

Guest speaker: Andrea Whitlow MP
Three-course dinner, raffle and auction (including a signed copy of the 1997 manifesto and a day's canvassing with the MP -- lucky you)

Tickets £35 (£20 concessions)
Tables of 8 available

Every penny goes to our campaign to win Kenwick South back. We lost it by 1,104 votes last time. We're not losing it again.

Book: https://kenwicksouthlabour.org.uk/dinner

Promoted by C. Lyle on behalf of Kenwick South Labour Party, 3 Foundry Yard, Kenwick KW1 2DF.""",
     ("Kenwick South Labour", "team@kenwicksouthlabour.org.uk"),
     ("fundraising",), headers=c.newsletter_headers("Mailchimp"), fmt="alt", accent="#e4003b")

# 6 Eventbrite tickets for rally
bulk("Your tickets for Rally Against the Cuts", f"""Hi {SEC},

You're going to Rally Against the Cuts!

Saturday, 29 November · 12:00 - 15:00 GMT
Market Square, {TOWN}

Order #9914204117 · 2 x General Admission (Free)

Speakers include: Gary Pearson (CPSU), Margaret Fairclough (Save Our A&E), Dr Amira Haddad, and more.

View tickets in the app | Add to calendar

Organised by {TOWN} Trades Council. Questions? Contact the organiser.

Eventbrite, 2 Ontario Way, London""", ("Eventbrite", "noreply@order.eventbrite-example.com"),
     ("notification", "hard-negative", "metaphor"))

# 7 Action Network signup
bulk("You're signed up: Emergency Day of Action for Disabled People's Rights", """Thanks for signing up!

EMERGENCY DAY OF ACTION FOR DISABLED PEOPLE'S RIGHTS
Wednesday 12:00 noon, Parliament Square

Accessibility: step-free route from Westminster tube. BSL interpretation. Quiet space available at the Methodist Central Hall from 11am. Bring water and medication.

Can't make it in person? Join the online action at the same time: https://disabledpeopleagainstcuts-uk.org/online

Disabled People Against Cuts UK
Sent via Action Network""", ("DPAC UK via Action Network", "info@actionnetwork-example.org"),
     ("notification", "confuser"), headers=c.newsletter_headers("Action Network"))

# 8 ALL CAPS fringe group
bulk("WAKE UP!!! THEY ARE STEALING OUR TOWN", """WAKE UP PEOPLE!!!

THE COUNCIL AND THEIR DEVELOPER MATES ARE STEALING OUR TOWN FROM UNDER OUR NOSES.

HATCHLEY WOODS - GONE
MILLBROOK BATHS - GONE
LOWMOOR LIBRARY - GONE
NEXT IT WILL BE THE PARK

THE SO CALLED "LABOUR" PARTY HAS BETRAYED EVERY WORKING PERSON IN THIS TOWN. THEY ARE FINISHED. WE WILL VOTE EVERY ONE OF THEM OUT IN MAY.

SHARE THIS EMAIL WITH EVERYONE YOU KNOW!!!

Concerned Residents Network
(to unsubscribe reply "remove")""", ("Concerned Residents Network", "concernedresidents.network@gmail.com"),
     ("hard-negative", "metaphor", "angry", "noisy"))

# 9 history society: Cable Street anniversary (historic violence)
bulk("Labour Heritage: 90 years since the Battle of Cable Street", """LABOUR HERITAGE -- NEWSLETTER

90 YEARS SINCE THE BATTLE OF CABLE STREET

On 4 October 1936, tens of thousands of East Enders -- Jewish and Irish, dockers and garment workers, communists and Labour members -- blocked the way of Oswald Mosley's British Union of Fascists. The police tried to clear the road for the march. The crowds held. "They shall not pass" went up from the barricades, and they didn't.

This autumn we're marking the anniversary with:
- A guided walk from Aldgate to Cable Street (Sunday 5 October, 11am)
- A talk on "Labour, the left and Cable Street: myths and memories" by Dr Sarah Gold
- An exhibition of banners and photographs at the Trades Hall

Members free. Non-members £5.

Labour Heritage is an independent society for the history of the Labour movement.""",
     ("Labour Heritage", "newsletter@labourheritage-example.org.uk"),
     ("newsletter", "hard-negative", "benign-violent-word"), headers=c.newsletter_headers("Mailerlite"))

# 10 merch shop Black Friday
bulk("BLACK FRIDAY: 30% off everything (yes, even the 'Tories Out' mugs)", f"""BLACK FRIDAY AT RED RAG MERCH

30% OFF EVERYTHING until midnight Monday

🔥 "Tories Out" mugs
🔥 "Never Kissed a Tory" tote bags
🔥 "Solidarity Forever" hoodies (union-made, organic cotton)
🔥 NEW: "Keep Calm and Smash the Patriarchy" tea towels

Use code REDFRIDAY at checkout.

https://redragmerch-example.co.uk

Red Rag Merch · Unionised workplace · We ship in recycled packaging""",
     ("Red Rag Merch", "shop@redragmerch-example.co.uk"),
     ("marketing", "hard-negative", "metaphor", "short"), headers=c.newsletter_headers("Mailchimp"), fmt="html",
     accent="#b30000")

# 11 crowdfunder for arrested protesters' legal fees
bulk("Hatchley 7: legal defence fund -- 6 days left", """CROWDFUNDER UPDATE

HATCHLEY 7 LEGAL DEFENCE FUND
£8,240 raised of £12,000 target · 6 days to go

Seven protesters were arrested at the Colley Lane gate on the first morning of tree clearance at Hatchley Woods. All seven were peaceful. Four are pensioners. One is a vicar.

They have been charged with "obstructing the highway" and face trial in February. Their lawyers believe the charges should never have been brought.

Every pound goes directly to legal costs.

Back the fund: https://www.crowdfunder-example.co.uk/hatchley7

You're receiving this update because you backed or followed this project.""",
     ("Crowdfunder", "updates@crowdfunder-example.co.uk"),
     ("fundraising", "notification"), headers=c.newsletter_headers("Mailchimp"))

# 12 polling panel survey invite
bulk("New survey available: politics and current affairs (12 mins, 150 points)", """Hi there,

A new survey is available for you!

Topic: Politics and current affairs
Length: approx. 12 minutes
Reward: 150 points

Start survey: https://opinionpanel-example.co.uk/s/88420

Please note that surveys may close early once enough responses have been received.

Thanks for being part of our panel!
OpinionPanel UK""", ("OpinionPanel UK", "surveys@opinionpanel-example.co.uk"),
     ("notification", "survey"), headers=c.newsletter_headers("Campaign Monitor"))

# 13 mental health campaign affiliated group
bulk("Labour Campaign for Mental Health: winter newsletter", """LABOUR CAMPAIGN FOR MENTAL HEALTH
Winter newsletter

Hello everyone,

First, a thank you. Our "Mind the Gap" campaign on mental health waiting times got a mention at PMQs last month -- a real win for a small volunteer organisation.

LOOKING AFTER EACH OTHER
Many of you have told us that being active in politics has become harder on your mental health: long hours, conflict in meetings, and for some of you, abuse and threats online. We've produced a short guide for CLP officers on looking after yourselves and your volunteers, including how to step back when you need to. Download it here: https://lcmh-example.org.uk/guide

EVENTS
- Online: "Burnout in the movement" -- 9 December, 7pm
- Conference fringe recordings now online

Take care of yourselves this winter.

The LCMH Committee""", ("Labour Campaign for Mental Health", "hello@lcmh-example.org.uk"),
     ("newsletter", "hard-negative", "news-about-threats"), headers=c.newsletter_headers("Mailchimp"))

# 14 hunt saboteurs/ anti-hunt group
bulk("Boxing Day: the hunts are coming -- monitors needed", """Dear supporter,

Boxing Day is the biggest day of the hunting calendar. More than 200 hunts will meet across the country, and despite the Hunting Act, we know many will chase and kill foxes under the cover of "trail hunting".

We need volunteer monitors with cameras to record what really happens.

Training: online, 14 December
Sign up: https://protectwildlife-example.org.uk/monitor

Please remember: our monitors observe and film. We never engage physically with hunt members, and we ask all volunteers to follow our code of conduct.

Protect Wildlife UK""", ("Protect Wildlife UK", "campaigns@protectwildlife-example.org.uk"),
     ("petition", "hard-negative", "benign-violent-word"), headers=c.newsletter_headers("Mailerlite"))

# 15 electoral services: last chance to register
bulk("Last chance to register to vote", f"""{TOWN.upper()} COUNCIL -- ELECTORAL SERVICES

Last chance to register to vote in the by-elections

If you live in Lowmoor or Eastfield wards and want to vote in the by-elections on 14 November, you must register by midnight on Tuesday 28 October.

Register online: https://www.gov-example.uk/register-to-vote

Remember: you will need photo ID to vote at a polling station. If you don't have accepted ID, you can apply for a free Voter Authority Certificate until 5pm on Wednesday 5 November.

This message has been sent to political parties, community groups and stakeholders. Please share widely.

Electoral Services""", ("Electoral Services", "elections@council-example.gov.uk"),
     ("circular", "confuser", "bulk-as-urgent"))

# 16 CND-style
bulk("Nuclear weapons: the new arms race", """CAMPAIGN FOR DISARMAMENT -- UPDATE

THE NEW ARMS RACE

The government has confirmed it will buy 12 F-35A jets capable of carrying US nuclear bombs. For the first time since the end of the Cold War, Britain will have an air-launched nuclear capability.

We think this is a dangerous escalation. A nuclear war cannot be won and must never be fought -- that's not our slogan, it's what the leaders of the nuclear powers themselves agreed in 2022.

Write to your MP: https://disarm-example.org.uk/f35

Join our vigil outside the Ministry of Defence, Saturday 2pm.

Campaign for Disarmament""", ("Campaign for Disarmament", "info@disarm-example.org.uk"),
     ("petition", "hard-negative", "benign-violent-word"), headers=c.newsletter_headers("Campaign Monitor"))

# 17 Stand Up to Racism-like: counter-demo call
bulk("Counter-protest Saturday: they shall not pass", f"""UNITY NOT DIVISION -- {TOWN.upper()}

The far right are planning a "protest" outside the Fellside Park Hotel on Saturday at 1pm. They want to frighten the families inside and whip up hatred in our town.

We will be there to show that {TOWN} is a town of welcome.

Assemble 12 noon, Fellside Park main gate. Bring banners, bring friends, bring your voice.

We will be peaceful, we will be disciplined, and we will be many. Stewards will be in hi-vis; please follow their instructions and do not respond to provocation.

They shall not pass.

Unity Not Division""", ("Unity Not Division", "unitynotdivision.local@gmail.com"),
     ("list", "hard-negative", "metaphor"), headers=c.list_headers("Unity Not Division", domain="groups.io"))

# 18 other: campaigner personal note with photo after stall
c.add("other", subject="photos from the stall!", body=f"""Hi {SEC}!

Lovely to meet you at the market stall on Saturday. Thank you for signing the Save Our A&E petition and for taking a clipboard for twenty minutes while I went for a wee, you're a hero.

Here's the link to the photos, there's a good one of you and Mo with the big banner: https://photos.example-share.com/saveourae-market

We got 612 signatures in one morning which is a record!! We're going to absolutely bury the ICB in signatures at this rate.

Hope to see you at the march on the 2nd.

Love,
Bev (Save Our A&E)""", sender=c.person("Bev"), tags=("hard-negative", "metaphor", "personal", "thanks"))

# 19 Commons library research alert
bulk("New research briefing: Knife crime statistics", """HOUSE OF COMMONS LIBRARY

New research briefing

Knife crime statistics: England and Wales
This briefing presents statistics on knife crime, including offences recorded by the police, hospital admissions for assault by a sharp object, and sentencing for possession offences.

Also published this week:
- Threats and abuse against MPs: a statistical overview
- Local government finance: settlement 2026/27
- The two-child limit: impact and options

You are subscribed to Commons Library alerts on: Crime, Local government, Social security. Manage your subscription.""",
     ("House of Commons Library", "library-alerts@parliament-example.uk"),
     ("notification", "hard-negative", "benign-violent-word", "news-about-threats"))

# 20 GOTV war room from another CLP, polling day volunteers
bulk("Polling day: our war room needs you", """POLLING DAY -- THURSDAY

Lowmoor by-election. Our war room is at 22 Chantry Close from 6am. We need:

- Tellers at all four polling stations (2-hour shifts)
- Knockers-up from 4pm till 9.30pm
- Drivers
- Someone to make an industrial quantity of sandwiches

It'll be close. Every door we knock could be the difference.

Reply to Kwame on 07700 900 118 or just turn up.

Lowmoor Labour""", ("Lowmoor Labour Campaign", "lowmoorlabour@gmail.com"),
     ("hard-negative", "metaphor", "short"), headers=c.list_headers("Lowmoor Campaign", domain="googlegroups.com"))

# 21 Postcard to No 10 campaign
bulk("Send a postcard to Number 10 (we'll pay the stamp)", f"""Hi {SEC},

Emails are easy to ignore. Ten thousand postcards landing on the doormat of Number 10 are not.

We'll send you a free postcard with a picture of a child in your area who's affected by the two-child limit (with their parents' permission) and space for your own message. Write it, post it -- we've already paid the stamp.

Order yours: https://endpovertynow-uk.org/postcards

Thank you,
End Poverty Now""", ("End Poverty Now", "team@endpovertynow-uk.org"),
     ("petition",), headers=c.newsletter_headers("Mailchimp"), fmt="alt", accent="#f4a261")

# 22 hunger strike news from campaign group
bulk("Day 12 of the hunger strike", """UPDATE FROM THE CAMP

Today is day 12 of Ahmed's hunger strike outside the Home Office, in protest at the detention of his brother.

Doctors from Medical Justice visited this morning. Ahmed is weak but determined. He has lost 7kg. He is drinking water and taking salt and sugar.

Please call your MP and ask them to raise Karim's case with the Home Secretary. Script and case details: https://freekarim-example.org

Visit the camp: Marsham Street, daily 10am-6pm.

Free Karim Campaign""", ("Free Karim Campaign", "freekarim.campaign@gmail.com"),
     ("petition", "hard-negative", "benign-violent-word"), headers=c.list_headers("Free Karim", domain="groups.io"))

# 23 political cartoonist Patreon
bulk("New post from Red Pen Cartoons: 'The Chancellor's Last Stand'", """Red Pen Cartoons just shared a new post

"The Chancellor's Last Stand"

This week's cartoon: the Chancellor as General Custer, surrounded by her own backbenchers in war paint. Drawn in a hurry on Wednesday night. I apologise to Custer.

View post: https://patronpage-example.com/posts/redpen-last-stand

You're receiving this because you support Red Pen Cartoons. Manage notifications.""",
     ("Patron Page", "bingo@patronpage-example.com"),
     ("notification", "hard-negative", "metaphor", "short"))

# 24 query: animal welfare campaigner asks candidates to sign pledge
c.add("query", subject="candidates' animal welfare pledge -- Labour candidates?", body=f"""Dear {c.secretary()[0]},

I'm coordinating the local Animals Count pledge for May's county council elections. We're asking every candidate, of every party, to sign a short pledge on animal welfare (ending council-land trail hunting, banning wild-animal circuses on council land, and proper funding for the dog warden service).

So far we've had signatures from three Green candidates, two Lib Dems and one Independent. We'd really like Labour candidates on board too.

Could you tell me whether Labour's candidates have been selected yet, and if so whether you'd be able to pass the pledge on to them, or give me their contact details? I understand if you'd rather forward it than share emails.

We'll be publishing the list of who signed in March, so it would be good to hear before the end of February.

Many thanks,
Hazel Quinn
Animals Count ({TOWN} group)""", sender=c.person("Hazel", "Quinn"), tags=("personal-ask", "hard-negative",
                                                                          "benign-violent-word"))

# 25 British Legion-ish remembrance
bulk("Remembrance Sunday: wreath-laying arrangements for civic and political organisations", f"""Dear organisation representative,

Thank you for confirming that your organisation will lay a wreath at the Remembrance Sunday service at the {TOWN} War Memorial.

Arrangements:
- Please arrive by 10.30am and report to the marshal at the Memorial Gardens gate
- The two-minute silence will be marked by the firing of a maroon at 11.00am -- please be aware this is loud
- Wreaths will be laid in the order on the attached list; political parties lay after civic organisations and before uniformed youth groups
- Poppy wreaths can be collected from the branch office on Friday

Thank you for helping us remember those who gave their lives in war and conflict.

{TOWN} Branch, Royal Veterans Legion""", ("Royal Veterans Legion", "branch.secretary@veteranslegion-example.org.uk"),
     ("circular", "hard-negative", "benign-violent-word"))

# 26 bounce from a campaign group mailing the secretary forwarded to
c.add("bulk", body="", raw=c.bounce("campaigns@fortydegrees-old-example.org.uk",
                                     orig_subject="Re: Hospital land petition - CLP support"),
      tags=("bounce", "notification"))

# 27 devolution campaign
bulk("The North deserves better -- join the fight for real devolution", """THE NORTH DESERVES BETTER

For too long, decisions about our trains, our hospitals and our jobs have been made 200 miles away by people who have never waited for a Northern train in the rain.

We're campaigning for a Northern Assembly with real powers and real money. Not a mayor with a budget smaller than a London borough's. Real devolution.

Sign the declaration: https://northdeserves-example.org.uk

Join us at the launch rally in Leeds on 17 January.

Northern Voice Campaign""", ("Northern Voice Campaign", "hello@northdeserves-example.org.uk"),
     ("petition", "hard-negative", "metaphor", "short"), headers=c.newsletter_headers("Mailerlite"))

# 28 Mailman digest from a tenants' federation
bulk("Tenants-Fed Digest, Vol 44, Issue 11", """Send Tenants-Fed mailing list submissions to
	tenants-fed@lists.tenantsfed-example.org.uk

Today's Topics:

   1. Damp and mould - council's new policy (Lorraine Ashby)
   2. Re: Aldridge decant meeting (Tunde Bakare)
   3. Rent increase letters - template appeal (Federation Office)

----------------------------------------------------------------------

Message: 1
From: Lorraine Ashby
Subject: Damp and mould - council's new policy

The council's new damp and mould policy is out. It's an improvement but there's still no deadline for repairs in non-emergency cases. We need to hit them hard on this at the scrutiny committee on the 4th.

------------------------------

Message: 2
From: Tunde Bakare
Subject: Re: Aldridge decant meeting

80 people came to the emergency meeting! We voted unanimously to demand a ballot. The fight's on.

------------------------------

Message: 3
From: Federation Office
Subject: Rent increase letters - template appeal

Template attached for any tenant who has received a rent increase above the cap.

End of Tenants-Fed Digest, Vol 44, Issue 11
*******************************************""",
     ("Tenants-Fed", "tenants-fed-request@lists.tenantsfed-example.org.uk"),
     ("list", "hard-negative", "metaphor"), headers=c.list_headers("Tenants-Fed", domain="lists.tenantsfed-example.org.uk"))

# 29 Green party membership recruitment 'join the fight'
bulk(f"{SEC}, fed up with Labour? Join the Greens", f"""Fed up with Labour?

You're not alone. Since the election, more than 40,000 people have joined the Green Party -- many of them former Labour members who were sick of broken promises on climate, on the two-child limit, and on Gaza.

We're not going to pretend we agree on everything. But if you want to fight for a fairer, greener country, there's a home for you here.

Join for £1 a month: https://join.greenparty-now.org.uk

Promoted by E. Ferris on behalf of the Green Party, at The Biscuit Factory, 100 Clements Road, London SE16 4DG.""",
     ("Green Party", "join@act.greenparty-now.org.uk"),
     ("other-party", "hard-negative", "metaphor", "short"), headers=c.newsletter_headers("Action Network"),
     fmt="alt", accent="#02a95b")

# 30 Campaign group annual report with 'victories'
bulk("Our year: 12 victories, 3 defeats, and a lot of tea", f"""FORTY DEGREES -- OUR YEAR

Dear {SEC},

What a year. Here's what you -- 1.4 million members -- achieved together:

✅ 12 VICTORIES, including:
   • Saving 4 hospital land sites from sale
   • Forcing 2 water companies to scrap bonuses
   • Getting the government to U-turn on cutting free school meals for infant classes

❌ 3 DEFEATS (we tell you about these too):
   • The airport expansion went ahead -- but the fight continues in the courts
   • The Renters' Rights regs were watered down in committee
   • The winter fuel cut has not been reversed -- yet

🫖 An estimated 48,000 cups of tea consumed at petition hand-ins.

Thank you for everything.

The Forty Degrees team

PS: We don't take a penny from government or big business. If you can, chip in to fund next year's campaigns: https://act.fortydegrees.org.uk/donate""",
     ("Forty Degrees", "info@fortydegrees.org.uk"), ("newsletter", "fundraising"),
     headers=c.newsletter_headers("Mailchimp"), fmt="alt", accent="#e8242c")

# 31 Party 'thank you' after by-election — mass email from candidate
bulk("Thank you, Eastfield", """Dear friends,

I am so proud to have been re-elected as your councillor on Thursday.

This was a hard-fought campaign. The other side threw everything at us -- four glossy leaflets, a barrage of Facebook ads, and some claims about me that I'm still scratching my head about. But you stuck with us, and we won by 216 votes.

To every volunteer who knocked a door, delivered a leaflet, made a phone call or put the kettle on: thank you. We did this together.

Now back to work. The 41 bus won't save itself.

Hazel

Cllr Hazel Greenwood
Labour, Eastfield ward""", ("Hazel Greenwood", "eastfieldlabour@gmail.com"),
     ("hard-negative", "metaphor"), headers=c.newsletter_headers("Mailchimp"))

# 32 church campaign group (faith-based poverty)
bulk("Advent Action: the bread is running out", """ADVENT ACTION -- CHURCHES AGAINST POVERTY

The bread is running out.

Food banks in our network gave out 41% more emergency parcels this autumn than last. Several have had to close early because shelves were empty.

This Advent we're asking churches to do three things:
1. Hold a "Empty Plate" service and collection
2. Sign the joint letter to the Chancellor on the two-child limit
3. Invite your MP to visit your food bank before Christmas

Resources: https://churchesagainstpoverty-example.org.uk/advent

Grace and peace,
Churches Against Poverty""", ("Churches Against Poverty", "info@churchesagainstpoverty-example.org.uk"),
     ("petition", "newsletter"), headers=c.newsletter_headers("Mailchimp"))

# 33 think tank 'scorecard' of MPs
bulk("Scorecard: how did your MP vote on welfare cuts?", f"""THE WELFARE SCORECARD

Last night's vote on the welfare bill was the biggest Labour rebellion of this Parliament. 49 Labour MPs voted against the government and 31 abstained.

How did your MP vote?

Andrea Whitlow MP: voted FOR the bill
Daniel Craddock MP: ABSTAINED
Priya Rathore MP: voted AGAINST

See the full list and your MP's voting record: https://welfarescorecard-example.org.uk

Disability Rights Alliance""", ("Disability Rights Alliance", "scorecard@welfarescorecard-example.org.uk"),
     ("newsletter", "pressure-group", "short"), headers=c.newsletter_headers("Action Network"))

# 34 Webinar recording email with 'shooting the breeze'
bulk("Recording: 'Winning the ground war' webinar", """Thanks for registering for "Winning the ground war: what campaigns can learn from 2024".

If you missed it, or want to watch again, the recording is here: https://zoom-example.us/rec/share/groundwar-88

Slides: https://hardieinstitute.org.uk/events/groundwar/slides.pdf

Apologies for the first five minutes, which consist of our panellists shooting the breeze while we fixed the sound.

The Hardie Institute Events Team""", ("The Hardie Institute Events", "events@hardieinstitute.org.uk"),
     ("notification", "hard-negative", "benign-violent-word", "short"), headers=c.newsletter_headers("Mailchimp"))

# 35 campaign for electoral reform
bulk("Fair votes: the system is broken", f"""Dear {SEC},

At the last general election, one party won 63% of the seats with 34% of the vote. Another won 14% of the vote and five seats.

Whatever your politics, that's broken.

Labour members passed a motion for proportional representation at conference. Now we need the leadership to act on it.

Three things you can do:
1. Get your CLP to pass our model motion (again!) -- https://fairvotesnow-example.org.uk/motion
2. Ask your MP to join the PR caucus
3. Chip in to fund the campaign

Fair Votes Now""", ("Fair Votes Now", "info@fairvotesnow-example.org.uk"),
     ("petition", "hard-negative", "metaphor"), headers=c.newsletter_headers("Mailchimp"))

# 36 satirical campaign mailing
bulk("Operation Bin Bag: Phase 2", """OPERATION BIN BAG -- PHASE 2

Agents,

Phase 1 was a triumph. Forty-three bags of uncollected rubbish were decorated with tinsel and googly eyes and photographed next to the council leader's parking space. The Gazette ran it on page 3.

Phase 2 begins Saturday. Objective: the Great Bin Bag Christmas Choir. Meet at the Clock Tower, 11am. Costumes encouraged. Carols will be rewritten.

This message will self-destruct in five seconds. (It won't. It's an email.)

HQ
Eastfield Residents for Functioning Bins""", ("Operation Bin Bag", "operationbinbag@gmail.com"),
     ("list", "hard-negative", "benign-violent-word", "humour"))

# 37 Trade union political officer mailing to CLPs about affiliation fees
bulk("Affiliation fees: 2027 invoices", """Dear CLP Secretary,

Please find below details of this union's affiliation to your Constituency Labour Party for 2027.

Affiliated members: 412
Affiliation fee: £3.00 per 10 members, as per Party rules
Delegates: up to 5 (nominations to be made by the union's regional office)

If you have any queries about delegate entitlement, please contact the Regional Political Officer.

NUCSW Political Department

This is an automated mailing to all CLPs with NUCSW affiliation.""",
     ("NUCSW Political Dept", "political-noreply@nucsw.org.uk"),
     ("union", "circular"), also=["procedural"])

# 38 online harms campaign
bulk("The algorithm is radicalising our kids", """The algorithm is radicalising our kids.

A 14-year-old boy who opens a new social media account can be shown misogynist and extremist content within 30 minutes, our new research finds.

We're calling on Ofcom to use its full powers under the Online Safety Act to force platforms to change their recommendation systems.

Add your name: https://safeonline-campaign-example.org.uk/algorithm

Safe Online Campaign""", ("Safe Online Campaign", "act@safeonline-campaign-example.org.uk"),
     ("petition", "short"), headers=c.newsletter_headers("Mailchimp"))

# 39 Facebook event reminder for the picket / rally
bulk("Reminder: Rally Against the Cuts is tomorrow", f"""Rally Against the Cuts is tomorrow

📅 Saturday at 12:00
📍 Market Square, {TOWN}
👥 412 going · 1.1K interested

"We've had enough of cuts killing our services. Bring your banners, bring your kids, bring your neighbours. Let's make some noise."

View event: https://www.facebook.com/events/88412003190

Facebook · Meta Platforms""", ("Facebook", "notification@facebookmail.com"),
     ("social", "notification", "hard-negative", "metaphor"))

# 40 long e-newsletter from a grassroots housing coop/campaign, html-only
bulk("Homes Not Hotels: our autumn newsletter", f"""HOMES NOT HOTELS -- AUTUMN NEWSLETTER

Friends,

It's been a big season. Here's the long version, for those of you who like the long version.

1. THE EMPTY HOMES COUNT

In September, forty volunteers walked every street in the town centre and counted the buildings that were clearly empty -- boarded windows, post piled up behind the door, "to let" signs that had faded to white. We counted 312 empty homes, including 41 flats above shops on the High Street alone. The council's own figure is 180. We've sent them our spreadsheet and a polite note suggesting they might want to check theirs.

Meanwhile, 96 families in {TOWN} are living in temporary accommodation, including 40 in a converted office block on the ring road where children have to share a kitchen with strangers. The council spent £2.1 million on temporary accommodation last year. That's £2.1 million that didn't build a single home.

2. THE CAMPAIGN

Our demand is simple: bring empty homes back into use, prioritise families in temporary accommodation, and use the council's compulsory purchase powers where owners won't play ball. Other councils do it. There's no reason ours can't.

We've met with the cabinet member for housing twice. The first meeting was frosty. The second was better: she has agreed to a "task and finish group" on empty homes, with a report due in March. We're cautiously optimistic -- with the emphasis on cautiously.

3. THE FIGHT OVER THE OLD POST OFFICE

Some of you will have seen the row over the old Crown post office building. A developer bought it for £400,000 in 2019 and has done absolutely nothing with it since, while it's valued at more than double that. We think it could be 14 flats. The developer thinks it could be "a boutique hotel concept". We've started a petition asking the council to use its powers. Over 1,900 signatures so far: https://www.petitionry.com/p/old-post-office-homes

4. THANK YOUS

To the Methodist church for the meeting room, the bakery on Brook Street for the leftover pastries, and to every one of the forty counters who gave up a Saturday.

5. DATES

Members' meeting: Tuesday 9 December, 7pm, Unity Hall.
Christmas social: Friday 19 December, the Feathers, from 7pm. Quiz. Prizes. Questionable jumpers.

With solidarity and mince pies,

The Homes Not Hotels Collective""", ("Homes Not Hotels", "homesnothotels.collective@gmail.com"),
     ("newsletter", "long", "hard-negative", "metaphor"), fmt="html", accent="#264653")

c.write()
