"""train/tp4: political mass mail, part 4 -- think tanks, lobbyists, press-release lists.

Every message body below is hand-written. The helpers only wrap text in the shapes
bulk political mail arrives in (a button-and-table HTML part, list headers or none).
"""
import html
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tp4", seed=2904)
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

# 1 think tank weekly
bulk("This week: who killed the high street?", f"""THE HARDIE INSTITUTE -- WEEKLY

Who killed the high street?

Every town has its own suspect. Online shopping. Business rates. Out-of-town retail parks. Parking charges. The bank that closed its last branch in 2019 and took the footfall with it.

Our new report, Main Street Futures, looks at 140 towns over fifteen years and finds that none of these on its own explains why some high streets have held on and others have collapsed. The strongest predictor of survival is something duller: whether the town has a functioning local institution -- a council, a college, a hospital, a large employer -- with a reason to keep people in the centre during the day.

Read the report: https://hardieinstitute.org.uk/main-street-futures

ALSO THIS WEEK
- Blog: "The two-child limit is a poverty machine" -- Amira Haddad on the latest DWP figures
- Podcast: Can Labour win back the voters it lost to Reform? With pollster Ben Stroud
- Event: Growth without the grind -- Tuesday, 6pm, online. Register: https://hardieinstitute.org.uk/events

The Hardie Institute is an independent, progressive think tank. Registered charity no. 1167340.
Unsubscribe | Forward to a friend""", ("The Hardie Institute", "newsletter@hardieinstitute.org.uk"),
     ("newsletter", "think-tank", "hard-negative", "metaphor"), headers=c.newsletter_headers("Mailchimp"),
     fmt="alt", accent="#b5121b")

# 2 right-wing think tank
bulk("Labour's tax raid is strangling growth", f"""CENTRE FOR ENTERPRISE POLICY

BRIEFING NOTE 26/41

Labour's tax raid is strangling growth

Key findings:
- Employer National Insurance increases have cost an estimated 160,000 jobs in hospitality and retail
- Business investment intentions are at their lowest since 2020
- The UK now has the highest top marginal rate on small-business owners in the G7

"The government promised to unleash growth. Instead it has put a boot on the neck of every small employer in the country," said Dr Giles Penrose, Director of Research.

Full briefing (PDF, 18 pages): https://cep-policy.org.uk/briefings/26-41

Centre for Enterprise Policy, 57 Tufton Street, London SW1P 3QL
You are receiving this because you subscribed to CEP briefings.""",
     ("Centre for Enterprise Policy", "briefings@cep-policy.org.uk"),
     ("newsletter", "think-tank", "hard-negative", "metaphor"), headers=c.newsletter_headers("Campaign Monitor"))

# 3 polling company newsletter
bulk("Voting intention: Labour enters the 'death zone'", f"""POLLWATCH -- your Friday numbers

Westminster voting intention (fieldwork Wed-Thu, 2,044 GB adults):

REF  29 (+1)
LAB  21 (-2)
CON  18 (nc)
GRN  12 (+1)
LD   12 (nc)
OTH   8

Labour's share is now in what pollsters grimly call the "death zone": the range where first-past-the-post stops being kind to you and starts being brutal. On a uniform swing, a 21% share would leave Labour with somewhere between 90 and 160 seats, depending on how Reform's vote is distributed.

A few caveats. First, mid-term polls are a poor guide to general election results. Second, our MRP work suggests Labour's vote is more efficiently distributed than its national share implies. Third, Green and Lib Dem gains are concentrated in seats Labour would lose to Reform anyway -- which matters for the "split the left" story.

Read the full tables: https://pollwatch-uk.co.uk/vi/wk45

PollWatch is a member of the British Polling Council and abides by its rules.""",
     ("PollWatch UK", "friday@pollwatch-uk.co.uk"), ("newsletter", "hard-negative", "metaphor"),
     headers=c.newsletter_headers("Mailerlite"))

# 4 lobbyist briefing for CLPs
bulk("Briefing for Labour local parties: the Wexley Tidal Lagoon", f"""Dear {c.secretary()[0]},

I am writing on behalf of our client, Wexley Tidal Power Ltd, to share a short briefing for Labour Party local officers ahead of this year's regional policy forum.

The Wexley Tidal Lagoon would:
- Generate enough clean power for 310,000 homes for 120 years
- Create 2,300 construction jobs and 180 permanent jobs, with a commitment to recognise trade unions on site
- Provide flood defence to 11,000 properties in the Wexley estuary

Some local campaigners have raised concerns about the impact on wading birds. We take those concerns seriously and the attached summary sets out the mitigation package agreed with Natural England.

We would be delighted to provide a speaker for a branch or CLP meeting, or to arrange a site visit for members. Please do not hesitate to get in touch.

Kind regards,

Olivia Brandreth
Associate Director
Meridian Public Affairs
On behalf of Wexley Tidal Power Ltd

Meridian Public Affairs is registered on the Register of Consultant Lobbyists and is a member of the PRCA. This email and any attachments are confidential and intended solely for the addressee.""",
     ("Olivia Brandreth, Meridian PA", "olivia.brandreth@meridianpa.co.uk"),
     ("lobbying", "circular"))

# 5 lobbyist conference reception invite
bulk("Invitation: Housing Futures reception at Labour Conference", f"""YOU ARE INVITED

HOUSING FUTURES
A drinks reception at Labour Party Conference

Tuesday, 7.00pm - 9.00pm
The Atrium, Level 2, Premier Hotel (inside the secure zone)

Speakers:
- A Shadow Housing Minister (TBC)
- Dame Lorraine Achebe, Chair, Homes for Everyone Coalition
- Tom Fairbairn, CEO, Castlebridge Homes

Join developers, housing associations, councillors and campaigners to discuss how we build 1.5 million homes -- and who will build them.

Drinks and canapés served. Conference pass required.

RSVP by Friday: https://events.meridianpa.co.uk/housingfutures

Hosted by the Homes for Everyone Coalition, supported by Castlebridge Homes and Northway Living.""",
     ("Meridian Events", "events@meridianpa.co.uk"), ("lobbying", "conference"),
     headers=c.newsletter_headers("Campaign Monitor"), fmt="html", accent="#004e64")

# 6 press release, embargoed, child poverty
bulk("EMBARGO 00:01 THURS: 1 in 3 children in the region now live in poverty", f"""PRESS RELEASE
EMBARGOED UNTIL 00:01 THURSDAY

One in three children in the region now living in poverty, new figures show

New analysis by End Child Poverty North, based on official HMRC and DWP data, shows that 33.7% of children in the region were living in poverty after housing costs in the last financial year -- up from 29.1% five years ago.

In {TOWN}, the figure is 36.2%. In the worst-affected ward, Aldridge, it is 51%.

The charity says the two-child limit is the single biggest driver of the increase, and is calling on the government to scrap it in the coming Budget.

Director Rachel Ombaka said: "These are not just numbers. They are children going to school hungry, children sharing beds with siblings, children who've never had a holiday. The two-child limit is a policy choice, and it is a choice to keep children poor."

ENDS

Notes to editors
1. Full ward-level tables attached and at https://endchildpovertynorth.org.uk/data
2. Interviews available with Rachel Ombaka and with parents affected by the policy.
3. Media contact: press@endchildpovertynorth.org.uk / 07700 900 781""",
     ("End Child Poverty North", "press@endchildpovertynorth.org.uk"),
     ("press-release",), headers=c.list_headers("ECPN Media", domain="lists.endchildpovertynorth.org.uk"))

# 7 police federation style press release: assaults on officers
bulk("PRESS RELEASE: Assaults on officers hit record high", f"""PRESS RELEASE -- FOR IMMEDIATE RELEASE

Assaults on police officers hit record high

Assaults on officers in the county rose by 14% last year to 1,412, according to figures released today by the Police Officers' Association (County Branch). Almost a third involved officers being spat at or bitten. Seventy-one officers required hospital treatment.

Branch Chair Sgt Mick Fairhurst said: "Being punched, kicked or spat at is not part of the job. Every one of these is a real person who goes home to their family with an injury. We need the courts to use the sentencing powers they already have."

The Association is calling for:
- Body-worn cameras for all frontline officers
- Double-crewing on night shifts in the county's busiest areas
- Faster charging decisions from the CPS

ENDS

Contact: Media Office, 01632 960 118""", ("Police Officers' Association (County)", "media@poa-county.org.uk"),
     ("press-release", "hard-negative", "benign-violent-word"))

# 8 council press release budget
bulk("News release: Council sets out £22m savings plan", f"""{TOWN.upper()} COUNCIL -- NEWS RELEASE

Council sets out £22m savings plan as government funding falls short

The council has today published draft budget proposals for consultation, setting out how it plans to close a £22 million gap in next year's budget.

Proposals include:
- Reducing opening hours at four libraries
- Introducing a £45 annual charge for garden waste collection
- Reviewing the future of Millbrook Baths
- A council tax increase of 4.99%, including the adult social care precept

Council Leader Cllr Janice Orme said: "Nobody came into local government to make cuts like these. After fifteen years of austerity, there is simply no fat left to trim. We will protect the most vulnerable, but there are no easy choices left."

The consultation runs until 9 January. Residents can have their say at https://{TOWN.lower().replace(' ', '').replace('&', 'and')}.gov-example.uk/budget

Media enquiries: Press Office, 01632 960 200 (out of hours: 07700 900 011)

Sent to the council's media and stakeholder distribution list. To be removed, reply with REMOVE.""",
     (f"{TOWN} Council Press Office", "press.office@council-example.gov.uk"),
     ("press-release", "hard-negative", "metaphor"))

# 9 Lib Dem press release about pothole 'war zone'
bulk("LIB DEMS SLAM LABOUR COUNCIL OVER POTHOLE 'WAR ZONE'", """NEWS FROM THE LIBERAL DEMOCRATS

For immediate release

LIB DEMS SLAM LABOUR COUNCIL OVER POTHOLE "WAR ZONE"

Liberal Democrat councillors have accused the Labour-run council of turning local roads into a "war zone" after figures obtained under Freedom of Information showed that compensation claims for pothole damage have tripled in three years.

The figures show the council paid out £312,000 last year to drivers and cyclists injured or whose vehicles were damaged by potholes.

Cllr Alison Bright, Lib Dem spokesperson for highways, said: "Residents are dodging craters on the school run. Labour have lost control of our roads. If they can't fix a pothole, how can anyone trust them with anything else?"

ENDS

Contact: Cllr Alison Bright, 07700 900 342""", ("Westbury & Fenn Lib Dems", "press@westburyfenn-libdems.org.uk"),
     ("press-release", "other-party", "hard-negative", "metaphor"))

# 10 MP press release condemning threats against councillors (news)
bulk("PRESS RELEASE: MP condemns 'vile' threats against Brackley councillors", f"""PRESS RELEASE
From the office of Sarah Lindqvist MP

MP condemns "vile" threats against Brackley councillors

Sarah Lindqvist MP has condemned threats made against three Brackley Heath councillors after a heated planning meeting last week, and has written to the Chief Constable asking for an update on the police investigation.

The councillors -- from Labour, the Conservatives and the Green Party -- received abusive messages on social media and, in one case, a letter delivered to a home address.

Ms Lindqvist said: "Whatever you think of a planning decision, there is never, ever an excuse for threatening people who have put themselves forward to serve their community. Councillors are volunteers in all but name. They have families. This has to stop."

The MP has asked the council to review the security advice given to all councillors and to make sure that councillors can keep their home addresses off the public register.

ENDS

Notes to editors: Ms Lindqvist is available for interview on Friday morning. Contact: Dan Whelan, Senior Caseworker, 020 7219 0000.""",
     ("Office of Sarah Lindqvist MP", "sarah.lindqvist.mp@parliament-example.uk"),
     ("press-release", "hard-negative", "news-about-threats"), headers=c.list_headers(
         "SL Media List", domain="lists.parliament-example.uk", precedence=False))

# 11 Taxpayers' Alliance-style
bulk("Town Hall Rich List: 2,911 council staff on £100k+", """THE TOWN HALL RICH LIST 2026

Our annual investigation reveals that 2,911 council employees received total remuneration of more than £100,000 last year -- at the same time as town halls hiked council tax to the maximum and slashed bin collections.

Top of the list: a chief executive in the South East who took home £487,000, including a "loss of office" payout.

Find out how your council ranks: https://taxpayersunion-uk.org/richlist

The Taxpayers' Union campaigns for lower taxes and an end to wasteful spending. We receive no money from government.""",
     ("The Taxpayers' Union", "news@taxpayersunion-uk.org"), ("newsletter", "pressure-group"),
     headers=c.newsletter_headers("Campaign Monitor"), fmt="html", accent="#333399")

# 12 other: lobbyist personal pitch
c.add("other", subject="Incinerator - happy to brief your members?", body=f"""Hi {SEC},

I hope you don't mind the direct approach -- I got your details from the party's website.

I work with Greenhaul Energy, who as you may have seen are proposing the energy-from-waste facility at the old Marley Works site. I know it's been a bit of a battle in the local press and some of the coverage hasn't been very accurate (we are not building "a toxic chimney next to a school" -- the nearest school is 1.4km away and emissions would be continuously monitored and published).

I'd love the chance to give your members the facts directly. We could do a short presentation at a branch meeting or a more informal Q&A over coffee -- whatever works. We'd also be happy to take people round one of our other sites.

Would that be of interest? Happy to jump on a call.

Best wishes,

Rory Kettering
Account Director, Fenwick Strategic Communications
M: 07700 900 634""", sender=("Rory Kettering", "rory.kettering@fenwickstrategic.co.uk"),
      tags=("lobbying", "sales-pitch", "hard-negative", "metaphor"))

# 13 Civility foundation newsletter about abuse of politicians
bulk("Newsletter: keeping candidates safe in 2027", f"""THE CIVIC TRUST FOR PUBLIC LIFE -- NEWSLETTER

Keeping candidates safe in 2027

Next May's local elections will see more than 20,000 candidates on the ballot. Our survey of last year's candidates found that 43% experienced abuse, harassment or intimidation during the campaign, and 1 in 7 said they had been threatened. Women, ethnic minority candidates and those standing for the first time were most likely to be targeted. Nearly a quarter said they would not stand again.

We're publishing three new resources this month:

1. A Candidate Safety Checklist -- covering home address protection, social media settings, what to do if you're followed from an event, and how to report threats to the police and to Operation Bridger.
2. A guide for local party officers on supporting candidates who are targeted, including how to keep records, when to involve the party's regional office, and how to look after volunteers on the doorstep.
3. Training videos on de-escalation for canvassers.

Download them free: https://civictrustpubliclife.org.uk/safety

We're also running two online briefings for election agents and local party secretaries, on 3 and 10 December. Places are limited.

"Democracy depends on people being willing to stand," said our chair, Baroness Hollis of Fenn. "Nobody should be driven out of public life by fear."

The Civic Trust for Public Life is a registered charity (no. 1198821).""",
     ("The Civic Trust for Public Life", "news@civictrustpubliclife.org.uk"),
     ("newsletter", "hard-negative", "news-about-threats"), headers=c.newsletter_headers("Mailchimp"),
     fmt="alt", accent="#00539f")

# 14 webinar invite zoom
bulk("Webinar: Is the Red Wall lost for good?", f"""Is the Red Wall lost for good?

A Hardie Institute webinar
Thursday 7 November, 12.30-1.30pm (online)

Five years after it was "rebuilt", the Red Wall is crumbling again -- this time not to the Conservatives but to Reform. Can Labour hold the seats it won back? Or is a second, deeper collapse coming?

Panel:
- Ben Stroud, Director, PollWatch UK
- Cllr Kelly Armitage, Labour group leader, Ashfield & Mansley
- Professor Dorothy Nwosu, University of Teesmouth
- Chair: Amira Haddad, Hardie Institute

Register (free): https://us06web.zoom-example.us/webinar/register/WN_hardie_redwall

You'll receive a Zoom link on the morning of the event.""",
     ("The Hardie Institute Events", "events@hardieinstitute.org.uk"),
     ("newsletter", "think-tank", "hard-negative", "metaphor"), headers=c.newsletter_headers("Mailchimp"))

# 15 LabourList-style daily briefing
bulk("Morning Briefing: selections row, NEC showdown, and a very long PLP meeting", f"""MORNING BRIEFING
Good morning,

Three things you need to know today.

1. THE SELECTIONS ROW ROLLS ON. Members in at least six CLPs have written to the General Secretary complaining that longlists were drawn up by regional panels without local input. One CLP chair told us: "It feels like a stitch-up, and everyone knows it." Party sources insist the process is "exactly as set out in the rulebook".

2. NEC SHOWDOWN. The party's ruling body meets today, with a fight expected over the timetable for next year's internal elections. The left slate wants a full members' ballot; the leadership wants it pushed to after May.

3. PLP. Last night's Parliamentary Labour Party meeting ran to nearly two hours as backbenchers lined up to criticise the welfare package. One MP described the mood as "mutinous". Another said the whips had "lost the room".

ALSO: the Chief Whip has warned MPs that anyone who votes against the government on the welfare bill "knows the consequences". A source close to the Chief Whip insists this was "not a threat, just a statement of the rules".

Have a great day, and don't forget to send us your CLP news: news@labourdispatch.co.uk

Labour Dispatch -- independent news for the Labour movement
Unsubscribe""", ("Labour Dispatch", "briefing@labourdispatch.co.uk"),
     ("newsletter", "hard-negative", "metaphor"), headers=c.newsletter_headers("Mailchimp"))

# 16 Substack-style 'knives are out'
bulk("The knives are out", """The knives are out for the Chancellor, and everybody in Westminster knows it.

It started with the briefing war. Treasury sources telling the Sunday papers that Number 10 had "bottled" the decision on the fuel duty freeze. Number 10 sources telling the Monday papers that the Treasury was "in bunker mode". By Wednesday it had escalated to the point where cabinet ministers were openly speculating, on the record, about who might replace her.

I've covered four Chancellors who were "on borrowed time". Two survived. What matters isn't the briefing; it's whether the backbenchers decide there's more to lose by keeping her than by sacking her.

Read the rest of this post (subscribers): https://westminsterwhispers.substack-example.com/p/knives-out

-- Cara Dunphy

You're on the free list for Westminster Whispers. Upgrade to paid to get the full weekly deep dive.""",
     ("Cara Dunphy from Westminster Whispers", "westminsterwhispers@substack-example.com"),
     ("newsletter", "hard-negative", "metaphor"), headers=c.newsletter_headers("Mailerlite"), fmt="alt",
     accent="#ff6719")

# 17 pub trade association
bulk("Briefing: your local is dying -- here's what MPs can do", f"""BRITISH PUB FEDERATION -- STAKEHOLDER BRIEFING

Your local is dying. Eight pubs a week closed last year.

The combined impact of business rates, employer National Insurance, energy costs and beer duty means a typical community pub now pays £1 in every £3 of turnover in tax.

We are asking every MP and political party to back three measures in the Budget:
1. A permanent cut in beer duty on draught beer
2. Business rates relief for pubs with a rateable value under £100,000
3. A National Insurance holiday for under-25s in hospitality

Cheers,
British Pub Federation Public Affairs Team

www.britishpubfederation.org.uk | @BritPubFed""",
     ("British Pub Federation", "publicaffairs@britishpubfederation.org.uk"),
     ("lobbying", "hard-negative", "metaphor"), headers=c.newsletter_headers("Campaign Monitor"))

# 18 knife crime charity press release
bulk("PRESS RELEASE: Knife crime charity welcomes funding for youth hubs", """NEWS RELEASE

Knife crime charity welcomes £4m for youth hubs

The Daniel Osei Foundation has welcomed today's announcement of £4 million for youth hubs in five cities with the highest rates of knife crime.

Founder Grace Osei, whose son Daniel was stabbed to death in 2017 aged 16, said: "Every week I meet parents who are living the nightmare I lived. Knives are not the root of this problem. Boredom, exclusion from school, poverty and exploitation are. Youth hubs give young people somewhere to go and someone to talk to. This money will save lives."

The foundation runs weapons-awareness sessions in 140 schools and has trained more than 2,000 youth workers in bleed-control first aid.

ENDS

Media: Kemi Adeyemi, 07700 900 155, media@danielosei.org.uk""",
     ("Daniel Osei Foundation", "media@danielosei.org.uk"),
     ("press-release", "hard-negative", "benign-violent-word"))

# 19 fire service fireworks safety
bulk("Fire service urges caution ahead of Bonfire Night", f"""NEWS -- COUNTY FIRE & RESCUE SERVICE

Fire service urges caution ahead of Bonfire Night

Crews attended 212 deliberate fires and 14 fireworks-related injuries over the bonfire weekend last year. The service is urging people to attend organised displays rather than setting off fireworks at home.

Station Manager Lisa Tomlinson said: "We'd much rather you went to one of the brilliant organised displays than spent the night in A&E. If you do have fireworks at home, keep them in a closed metal box, light them at arm's length and never go back to one that's been lit. And please -- don't throw fireworks at our crews. It happens every year and it's not funny."

List of organised displays in the county: https://countyfire-example.gov.uk/bonfire

ENDS

You are receiving this as a stakeholder of County Fire & Rescue Service.""",
     ("County Fire & Rescue Service", "news@countyfire-example.gov.uk"),
     ("press-release", "hard-negative", "benign-violent-word"), headers=c.newsletter_headers("Campaign Monitor"))

# 20 transport campaign: death spiral
bulk("Buses: stop the death spiral", """Bus cuts are a death spiral.

Fewer buses → fewer passengers → less fare income → more cuts → fewer buses.

Since 2010, 1 in 4 bus routes in England has been cut or axed. Rural areas and small towns have been hit hardest.

Our new report, Last Stop, maps every route lost in the last decade and sets out a plan to reverse the decline through franchising, fare caps and a fair funding settlement.

Read it: https://betterbuses-campaign.org.uk/laststop

Campaign for Better Buses""", ("Campaign for Better Buses", "info@betterbuses-campaign.org.uk"),
     ("newsletter", "pressure-group", "hard-negative", "metaphor", "short"), headers=c.newsletter_headers("Mailerlite"))

# 21 LGA-style survey press release about threats to councillors (news)
bulk("Survey: 7 in 10 councillors have faced abuse or intimidation", """PRESS RELEASE -- LOCAL GOVERNMENT ASSOCIATION OF ENGLAND (LGAE)

Seven in ten councillors have faced abuse or intimidation, survey finds

A survey of more than 4,000 councillors published today finds that 71% experienced abuse or intimidation in the last year -- up from 61% two years ago. One in five said they had been threatened with violence, and one in ten had reported an incident to the police.

Abuse is most often experienced online, but more than a third of councillors said they had been abused in person, including on their doorstep or at council surgeries.

Cllr Mehmet Ozturk, LGAE Chair, said: "Local democracy depends on ordinary people being willing to stand for their community. When councillors are being followed home, having their families targeted or their addresses shared online, we risk losing good people."

The LGAE is calling for:
- Councillors' home addresses to be removed from the public register by default
- A dedicated police point of contact for councillors in every force area
- Better support from social media companies to remove threatening content

ENDS

Notes: The survey was conducted online between June and August. The full report is at https://lgae-example.org.uk/civility""",
     ("LGAE Media Office", "media@lgae-example.org.uk"),
     ("press-release", "hard-negative", "news-about-threats"),
     headers=c.list_headers("LGAE Media", domain="lists.lgae-example.org.uk", precedence=False))

# 22 Press distribution robot
bulk("[Press Release] Developers launch 'Build Britain' coalition", """CORPORATE NEWSWIRE
Distributed on behalf of: Build Britain Coalition

LONDON -- Twelve of the UK's largest housebuilders today launched the Build Britain Coalition, calling on the government to "tear up" planning restrictions that they say are blocking 300,000 homes.

"We are in a war for homes, and at the moment the blockers are winning," said coalition chair Adrian Whitcombe. "Every month of delay costs first-time buyers another step away from owning a home."

The coalition proposes automatic planning permission for schemes on brownfield land, a fast-track for "grey belt" sites and a cap on the time councils can take to decide applications.

About Build Britain Coalition: ...

Media contact: buildbritain@corporate-newswire.co.uk

--
You are receiving this release because you are on the Corporate Newswire Politics & Public Policy distribution list. To update your preferences or unsubscribe, visit https://corporate-newswire.co.uk/prefs""",
     ("Corporate Newswire", "distribution@corporate-newswire.co.uk"),
     ("press-release", "hard-negative", "metaphor"), headers=c.newsletter_headers("Campaign Monitor"))

# 23 query: think-tank researcher asks secretary to take part
c.add("query", subject="research on local party officers - 20 min interview?", body=f"""Dear {c.secretary()[0]},

I'm a researcher at the Hardie Institute working on a project about the pressures on local party volunteers -- secretaries, treasurers, chairs and organisers -- across all the main parties. We're particularly interested in workload, the growth in email and online abuse, and how local parties are coping with the shift to digital campaigning.

Would you be willing to do a 20-minute interview, by phone or video call, some time in the next month? Everything would be anonymised, and we'd send you the draft quotes before publication. We can offer a £25 voucher (or a donation to your CLP if you'd prefer).

If you'd like to know more, the project information sheet is here: https://hardieinstitute.org.uk/research/local-officers. Could you let me know whether you're happy to take part, and if so what days/times suit?

With thanks,

Dr Callum Reid
Research Fellow, The Hardie Institute""", sender=("Callum Reid", "callum.reid@hardieinstitute.org.uk"),
      tags=("personal-ask",))

# 24 Election printing company marketing
bulk("Leaflets that hit the target -- 20% off target-seat packs", f"""Hi {SEC},

Election season is coming. Don't get caught short.

Our Target Seat Packs include:
✔ 10,000 A5 leaflets (two-sided, full colour)
✔ 2,000 "Good Morning" polling day cards
✔ 500 window posters
✔ 200 correx boards and stakes

Order before 30 November and save 20%. Imprints checked by our in-house compliance team, so you never get caught out.

Use code TARGET20 at checkout: https://redrosepress.co.uk/target

Trusted by 400+ Labour CLPs and councillors. Union-printed. Carbon-balanced paper.

Red Rose Press Ltd, Unit 7, Hartley Industrial Estate, Wexley WX3 1PQ
Unsubscribe""", ("Red Rose Press", "sales@redrosepress.co.uk"),
     ("marketing", "hard-negative", "benign-violent-word"), headers=c.newsletter_headers("Mailchimp"),
     fmt="alt", accent="#c8102e")

# 25 Canvassing app marketing: "knock 'em dead"
bulk("Knock 'em dead this May 🚪", f"""Knock 'em dead this May.

DoorStep is the canvassing app built by organisers, for organisers.

🗺️ Walk lists that actually make sense
📱 Works offline on the doorstep
📊 Live dashboards for your campaign coordinator
🔒 GDPR-compliant, UK-hosted data

Join 1,200 local campaigns already using DoorStep. Free for parties with fewer than 500 members.

Book a demo: https://doorstepcanvass.io/demo

DoorStep Technologies Ltd""", ("DoorStep", "hello@doorstepcanvass.io"),
     ("marketing", "hard-negative", "benign-violent-word", "short"), headers=c.newsletter_headers("Mailerlite"),
     fmt="html", accent="#00a878")

# 26 GOV.UK alert: defending democracy guidance
bulk("GOV.UK update: Guidance on security for candidates and elected representatives", """GOV.UK

Guidance on security for candidates and elected representatives

Page summary:
Advice for candidates, councillors, MPs and their staff on personal security, including what to do if you receive threats, how to report online abuse, and support available from local police forces.

Change made:
Updated to include new information on the Defending Democracy Taskforce's single point of contact scheme for local election candidates.

Time updated: 10:14am, 4 November

You're getting this email because you subscribed to updates on this topic on GOV.UK.

View, unsubscribe or change the frequency of the emails you get: https://www.gov-example.uk/email/manage

Is this email useful? Answer some questions to tell us more.
Do not reply to this email. Feedback? Visit https://www.gov-example.uk/contact""",
     ("GOV.UK", "noreply@notifications.gov-example.uk"),
     ("notification", "hard-negative", "news-about-threats"))

# 27 Electoral Commission newsletter
bulk("Electoral Commission: news for parties and campaigners -- November", f"""News for parties and campaigners -- November

IN THIS ISSUE

1. Digital imprints: a reminder
Digital election material must include an imprint showing who has promoted it and on whose behalf. This applies to all material, at all times of year -- not only during election periods. We have seen a number of local parties omit imprints from Facebook graphics. Please check yours.

2. Statements of accounts
Accounting units with income or expenditure over £25,000 must submit statements of accounts by 30 April. If your local party is over the threshold for the first time, make sure your treasurer is aware.

3. Candidate and campaigner safety
We have published updated guidance, jointly with the police, on the intimidation of candidates and campaigners. It includes the new offence and sanctions for intimidation of candidates and explains how candidates can choose not to have their home address published on the ballot paper.

4. Webinars for agents
Free webinars for election agents and local party officers in January and February. Book on our website.

The Electoral Commission""", ("The Electoral Commission", "parties@ec-example.org.uk"),
     ("newsletter", "hard-negative", "news-about-threats"), headers=c.newsletter_headers("Campaign Monitor"))

# 28 conservative think tank telling Tories to stop culture war
bulk("Commentary: The culture war is a war the Conservatives can't win", """COMMENTARY
Blue Horizons Policy Exchange

The culture war is a war the Conservatives can't win

By Felicity Marsh-Grant, Senior Fellow

There is a particular kind of Conservative strategist who believes that every election can be won by picking the right fight. Statues. Flags. Gender. Small boats. Pick the fight, make the other side defend the indefensible, and watch the votes roll in.

It worked, for a while. It stopped working, and it stopped working because voters noticed that while the fights were being picked, their GP appointments were getting harder to book and their rent was going up.

If the party wants to win again, it has to stop fighting battles it has already lost and start fighting the one that matters: for the voters who think no party has anything to say to them about the basics.

Read in full: https://bluehorizonspx.org.uk/commentary/culture-war""",
     ("Blue Horizons Policy Exchange", "commentary@bluehorizonspx.org.uk"),
     ("newsletter", "think-tank", "hard-negative", "metaphor"), headers=c.newsletter_headers("Mailchimp"))

# 29 short correction to a press release
bulk("CORRECTION: previous release -- figures for Aldridge ward", """CORRECTION

In our release issued at 00:01 today ("One in three children in the region now living in poverty"), the figure for Aldridge ward should read 47%, not 51%. The regional and district figures are unchanged.

Apologies for any inconvenience.

End Child Poverty North press office""", ("End Child Poverty North", "press@endchildpovertynorth.org.uk"),
     ("press-release", "short"), headers=c.list_headers("ECPN Media", domain="lists.endchildpovertynorth.org.uk"))

# 30 veterans charity release
bulk("Veterans charity: 'The battle doesn't end when they come home'", """MEDIA RELEASE -- ARMISTICE WEEK

"The battle doesn't end when they come home"

Veterans' mental health charity Homefront Minds has seen a 40% increase in referrals in two years, with many veterans waiting more than a year for specialist NHS treatment.

Chief Executive Col. (Retd) Andrew Mbeki said: "Many of the men and women we help served in Iraq and Afghanistan, and saw combat that most of us can't imagine. For some of them, the fight starts when they leave the forces -- for housing, for work, for treatment. This Armistice week, we're asking every MP to visit a veterans' service in their constituency."

Notes to editors: Case studies available on request.""",
     ("Homefront Minds", "press@homefrontminds.org.uk"),
     ("press-release", "hard-negative", "benign-violent-word", "metaphor"), headers=c.newsletter_headers("Mailerlite"))

# 31 long think-tank essay newsletter
bulk("Essay: The slow death of the local party", f"""THE HARDIE INSTITUTE -- LONG READ

The slow death of the local party -- and how to stop it

There is a building in most towns that used to be the Labour Club. Sometimes it still is. More often it's a Wetherspoons, a carpet warehouse or a block of flats called something like "The Foundry". Its decline is a pretty good metaphor for what has happened to local political parties in Britain over the last forty years: they haven't died, exactly. They've been hollowed out.

Membership figures tell part of the story. Labour's membership, like that of every other major party, has swung wildly -- up to over half a million in 2017, down to fewer than 350,000 today. But raw numbers disguise the more important change. A local party used to be the place where working people met each other, argued, learned to chair a meeting, drafted a leaflet, organised a jumble sale, and -- occasionally -- chose a candidate. It was a civic institution first and an election machine second.

Today, in most places, it is the other way round, and the machine is running on fumes. Our survey of 600 local party officers across all parties found that:

- The median local party has four people who do "almost all" of the work.
- 58% of secretaries spend more than five hours a week on party business; 17% spend more than fifteen.
- The most common complaint was not about politics at all. It was about email: the volume of it, the tone of it, and the difficulty of telling the important from the noise.

That last finding surprised us. One secretary told us she receives more than 200 emails a week, of which "maybe ten actually need me to do something". Much of the rest is national fundraising, campaign-group petitions, newsletters, and mail from other parties and lobbyists. A lot of it is written to sound like an emergency -- "FINAL DEADLINE", "they're coming for your NHS", "we're being crushed" -- because that's what raises money. The effect on the people at the end of the chain is exhaustion.

Meanwhile, officers reported a real increase in abusive and threatening messages, particularly since 2020. Several told us they now dread opening their inbox, not because of the volume, but because of what might be in it. Parties have been slow to offer practical support.

What would help? Our recommendations, in brief:

1. Central parties should take responsibility for the burden they impose. Fundraising emails should not be sent to local officers' role accounts. Campaign tools should be built with volunteers in mind.
2. Every local party should have a named officer -- not the secretary -- responsible for safeguarding and for the safety of officers, candidates and canvassers.
3. Regional offices should run a triage service, or fund local parties to buy one.
4. Local parties should be allowed -- encouraged -- to be social institutions again. The CLPs that are thriving are the ones with a quiz night.

The local party is not dead. But if we want it to survive the next decade, we need to stop treating its volunteers as an unlimited resource.

Full report: https://hardieinstitute.org.uk/local-parties

The Hardie Institute · Registered charity no. 1167340 · Unsubscribe""",
     ("The Hardie Institute", "newsletter@hardieinstitute.org.uk"),
     ("newsletter", "think-tank", "long", "hard-negative", "metaphor", "news-about-threats"),
     headers=c.newsletter_headers("Mailchimp"), fmt="alt", accent="#b5121b")

# 32 energy lobby: battle for baseload
bulk("Nuclear Matters: the battle for baseload", """NUCLEAR MATTERS -- Parliamentary & Stakeholder Bulletin

THE BATTLE FOR BASELOAD
With two ageing plants due to close by 2028, the UK faces a gap in firm, low-carbon power. Our new analysis shows how small modular reactors could fill it -- and what Parliament needs to do to fast-track them.

UNION SUPPORT GROWS
The Energy Workers' Alliance has become the latest union to back a new generation of nuclear, citing 40,000 skilled jobs.

EVENT
Labour Conference fringe: "Powering Britain's industrial heartlands" -- Monday 12.30pm, Meeting Room 7.

Nuclear Matters is the public affairs programme of the Nuclear Industry Forum.""",
     ("Nuclear Matters", "bulletin@nuclearmatters-uk.org"), ("lobbying", "newsletter", "hard-negative", "metaphor"),
     headers=c.newsletter_headers("Campaign Monitor"), fmt="html", accent="#f2a900")

# 33 query: pressure group staff asks who is the right contact
c.add("query", subject="who's the best person for environment policy?", body=f"""Hi,

Sorry for the general email. I work for Clean Rivers Now as our political engagement officer. We're trying to build a list of the right person in each local party to send our policy briefings to (we send maybe four a year, not a flood, I promise).

Does {CLP} have an environment officer, or a policy officer, or should we just send them to the secretary? And would it be OK to send them to this address?

Many thanks,
Ella Finch
Political Engagement Officer, Clean Rivers Now""", sender=("Ella Finch", "ella.finch@cleanriversnow.org.uk"),
      tags=("personal-ask",))

# 34 politics blog digest
bulk("Politics Blog Digest: 5 new posts", """POLITICS & POLICY BLOG -- WEEKLY DIGEST

1. "Why Reform voters aren't who you think they are" -- new survey evidence from 12,000 respondents.
2. "Death by a thousand cuts: local government finance explained in five charts"
3. "Has the Commons lost its teeth?" -- on select committees and executive power.
4. "Online abuse of MPs: what the data does and doesn't show" -- a review of the research on threats against elected representatives, and why the numbers are hard to compare across years.
5. "The long goodbye of the two-party system"

Read all posts: https://politicsblog-univ.ac-example.uk

You subscribed to the weekly digest. Unsubscribe.""",
     ("Politics & Policy Blog", "digest@politicsblog-univ.ac-example.uk"),
     ("newsletter", "hard-negative", "metaphor", "news-about-threats"), headers=c.newsletter_headers("Mailchimp"))

# 35 press release - other party: Green party attacks Labour council on trees
bulk("PRESS RELEASE: Greens accuse Labour of 'chainsaw massacre' on Beech Avenue", """NEWS FROM THE GREEN PARTY (LOCAL)

Greens accuse Labour of "chainsaw massacre" on Beech Avenue

Green Party councillors have accused the Labour administration of a "chainsaw massacre" after contractors felled 14 mature lime trees on Beech Avenue as part of a road widening scheme.

Residents woke on Tuesday to find the trees, some more than 90 years old, being cut down. Green councillor Rosie Amadi said: "This is environmental vandalism. The council declared a climate emergency in 2019 and it's been hacking down trees ever since."

ENDS""", ("Green Party (local)", "press@localgreens-example.org.uk"),
     ("press-release", "other-party", "hard-negative", "metaphor", "short"))

# 36 pressure group membership renewal robot
bulk("Your membership of the Hardie Institute renews in 14 days", f"""Dear {c.secretary()[0]},

Your Hardie Institute Supporter membership (£5/month) will renew automatically on 1 December.

If you'd like to upgrade to Friend (£10/month) and receive our printed quarterly journal, you can do so here: https://hardieinstitute.org.uk/account

Thank you for supporting independent progressive research.

The Hardie Institute Membership Team
This is an automated message.""", ("The Hardie Institute", "membership-noreply@hardieinstitute.org.uk"),
     ("notification", "think-tank"))

# 37 lobbying: gambling industry briefing with 'shot' words
bulk("Parliamentary briefing: don't shoot the messenger on gambling reform", """BETTING & GAMING STANDARDS COUNCIL -- BRIEFING FOR POLITICAL STAKEHOLDERS

Don't shoot the messenger: the facts on gambling reform

Our members support a well-regulated industry. But the proposed statutory levy, stake limits and affordability checks, taken together, risk driving 400,000 players to the unregulated black market.

Key facts:
- The UK problem gambling rate is 0.4%, stable over ten years
- The regulated industry supports 110,000 jobs and contributes £4bn in tax
- Black-market gambling stakes have doubled since 2020

We would welcome the opportunity to brief your members.

BGSC Public Affairs""", ("BGSC Public Affairs", "publicaffairs@bgsc-example.org.uk"),
     ("lobbying", "hard-negative", "benign-violent-word"), headers=c.newsletter_headers("Campaign Monitor"))

# 38 media monitoring service daily alert
bulk(f"Media alert: '{TOWN}' -- 7 new mentions", f"""MEDIAWATCH DAILY ALERT
Keyword: "{TOWN} Labour"

1. Local Gazette -- "Labour group in turmoil after council leader survives no-confidence vote" (07:12)
2. Local Gazette -- Letters: "Labour have killed off this town centre" (07:12)
3. Radio Northgate -- news bulletin mention, 08:00 (transcript)
4. Twitter/X -- 3 posts with >50 engagements
5. Regional Post -- "Bin strike: Labour councillors split over picket line visits" (11:40)

Your plan includes 25 keywords. Manage alerts: https://mediawatch-monitor.co.uk/alerts""",
     ("MediaWatch Monitor", "alerts@mediawatch-monitor.co.uk"),
     ("notification", "hard-negative", "metaphor"))

# 39 Fabian-style society event with 'dead cat'
bulk("Tonight: 'Dead cats and red lines' -- the politics of the Budget", f"""Members' event -- TONIGHT

Dead cats and red lines: the politics of the Budget

7pm, upstairs at the Crown, or join on Zoom.

Speaker: Prof. Alan Rees (former Treasury special adviser). Chair: Nikki Barlow, Society chair.

Free for members, £3 for non-members. Zoom link: https://zoom-example.us/j/8841902231

{TOWN} Socialist Society (affiliated to the Labour Party)""",
     (f"{TOWN} Socialist Society", "socialistsociety.local@gmail.com"),
     ("newsletter", "hard-negative", "metaphor", "short"),
     headers=c.list_headers("Socialist Society", domain="googlegroups.com"))

# 40 Think tank newsletter HTML-only with "war chest" story
bulk("Money in politics: who's filling the war chests?", """MONEY IN POLITICS -- MONTHLY TRACKER

Who's filling the war chests?

Q3 donations reported to the Electoral Commission:

Conservatives  £8.2m  (top donor: property, £1.5m)
Labour         £5.9m  (top donor: trade union, £1.1m)
Reform         £4.7m  (top donor: individual, £2.0m)
Lib Dems       £1.6m
Greens         £0.6m

Reform's share of donations has overtaken Labour's from individuals for the first time. Our analysis of who gives, and why, is in this month's briefing.

The Money in Politics Project""",
     ("Money in Politics Project", "tracker@moneyinpolitics-uk.org"),
     ("newsletter", "pressure-group", "hard-negative", "metaphor"), fmt="html", accent="#444444")

c.write()
