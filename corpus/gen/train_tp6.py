"""train/tp6: political mass mail, part 6 -- local and political news alerts, incl. news about threats.

Every message body below is hand-written. The helpers only wrap text in the shapes
bulk political mail arrives in (a button-and-table HTML part, list headers or none).
"""
import html
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tp6", seed=2906)
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
GAZ = ("Local Gazette", "newsletters@localgazette-example.co.uk")

# 1 breaking news alert
bulk("BREAKING: Council leader survives no-confidence vote", f"""BREAKING NEWS

Council leader survives no-confidence vote

{TOWN} Council leader Janice Orme has survived a vote of no confidence by 33 votes to 24, after a stormy three-hour meeting in which opposition councillors accused her of "presiding over the death of the town centre".

Two Labour councillors abstained.

More follows: https://localgazette-example.co.uk/news/council-leader-survives

You're receiving Breaking News alerts from the Local Gazette. Manage your newsletters.""", GAZ,
     ("news-alert", "hard-negative", "metaphor", "short"), headers=c.newsletter_headers("Campaign Monitor"))

# 2 morning headlines with threat-to-MP court story
bulk("Your morning headlines", f"""GOOD MORNING -- here's what's happening today

1. Man charged after threatening messages sent to Harwood MP
A 44-year-old man from Fell End has been charged with sending malicious communications after a series of emails and voicemails were left at the constituency office of Daniel Craddock MP. He will appear before magistrates next month.

2. Bin strike: talks resume at ACAS
Union and council bosses will meet again today in a bid to end the seven-week dispute.

3. Plans for 300 homes on Hatchley Woods approved
Campaigners say they will "fight on" after councillors voted 7-4 in favour of the scheme.

4. Eastfield Primary academy plan paused
Governors have agreed to delay a decision after more than 200 parents attended a meeting.

5. Weather: frost this morning, bright later

Read all today's stories: https://localgazette-example.co.uk

The Local Gazette Morning Briefing · Unsubscribe""", GAZ,
     ("news-alert", "newsletter", "hard-negative", "news-about-threats", "metaphor"),
     headers=c.newsletter_headers("Campaign Monitor"), fmt="alt", accent="#1d3557")

# 3 Google Alert
bulk(f"Google Alert - \"{TOWN} Labour\"", f"""Google Alerts

"{TOWN} Labour"
Daily update · {c.date()[5:16]}

NEWS

Councillor receives death threats over low-traffic scheme
Regional Post
A Labour councillor in Brackley Heath has been given police protection after receiving death threats over a low-traffic neighbourhood scheme, the council has confirmed...

{TOWN} Labour members back bin strikers
Local Gazette
Members of {TOWN} Labour Party have been visiting picket lines at Harrow Lane depot, despite the council being Labour-run...

Opinion: Labour are killing off this town
Local Gazette
I have lived in {TOWN} for 61 years and never seen the town centre in such a state...

See more results | Edit this alert
You have received this email because you have subscribed to Google Alerts.
Unsubscribe""", ("Google Alerts", "googlealerts-noreply@google.com"),
     ("news-alert", "notification", "hard-negative", "news-about-threats", "metaphor"), fmt="alt",
     accent="#4285f4")

# 4 regional TV email: office window smashed
bulk("MP's office window smashed in overnight attack", """REGIONAL NEWS TONIGHT -- Evening bulletin

MP's office window smashed in overnight attack

Police are investigating after the front window of an MP's constituency office in Kenwick was smashed overnight.

Staff arrived on Tuesday morning to find the window broken and graffiti sprayed on the door. Nobody was inside at the time.

The MP, Priya Rathore, said in a statement: "My staff are shaken but safe. We will be open as normal from tomorrow. I won't be intimidated and neither will my team."

Kenwick Police said they were treating the incident as criminal damage and were reviewing CCTV. Anyone with information should call 101.

ALSO TONIGHT
- Hospital waiting lists fall for third month
- Flood warnings remain on the Ouse
- Kenwick Town reach FA Cup second round

Watch on the app: https://regionalnewstonight-example.co.uk""",
     ("Regional News Tonight", "bulletin@regionalnewstonight-example.co.uk"),
     ("news-alert", "hard-negative", "news-about-threats"), headers=c.newsletter_headers("Mailchimp"))

# 5 court report: jailed for threatening MP
bulk("Court: man jailed for threatening to kill MP", """COURT REPORTS -- Crown Court roundup

Man jailed for threatening to kill MP

A man who left a series of voicemails threatening to kill a Member of Parliament has been jailed for two years and four months.

Graham Tolley, 52, of Fell End, admitted making threats to kill after a trial date was set. The court heard that he left seven voicemails at the MP's constituency office over two days in March after becoming angry about a planning decision that had nothing to do with the MP.

Sentencing, the judge said: "People who stand for public office are entitled to go about their work without fear. Threats of this kind strike at the heart of our democracy." Tolley was also made subject to a restraining order for ten years.

In a statement read to the court, the MP's senior caseworker said staff had been "terrified" and that the office had been closed to the public for a week.

ALSO IN COURT THIS WEEK
- Driver banned after 100mph chase on A61
- Landlord fined £40,000 over unsafe flats

Local Gazette Court Reports · Unsubscribe""", GAZ,
     ("news-alert", "hard-negative", "news-about-threats"), headers=c.newsletter_headers("Campaign Monitor"))

# 6 candidate pulls out after abuse
bulk("Candidate pulls out of by-election after 'relentless' abuse", f"""POLITICS DESK

Candidate pulls out of by-election after "relentless" abuse

A 24-year-old Green Party candidate in the Lowmoor by-election has withdrawn from the race, saying she has faced "relentless" online abuse since her nomination papers were published.

Amber Kettleby said she had received hundreds of messages, some referring to her home street, and had been followed home from a hustings by a man who filmed her on his phone.

"I love this community and I wanted to serve it," she said. "But I'm not prepared to put my family through this."

Police confirmed they had received a report and were making enquiries.

Leaders of all the parties standing in the by-election have signed a joint statement condemning the abuse.

Read more: https://localgazette-example.co.uk/politics/candidate-withdraws""", GAZ,
     ("news-alert", "hard-negative", "news-about-threats"), headers=c.newsletter_headers("Campaign Monitor"),
     fmt="alt", accent="#1d3557")

# 7 query: member nervous after reading news asks about canvassing safety guidance
c.add("query", subject="canvassing safety?", body=f"""Hi {SEC},

I don't want to make a fuss, but I read the piece in the Gazette about the Green candidate in Lowmoor who was followed home after a hustings, and it's been on my mind. I'm due to do my first canvassing session on Saturday and I'll be honest, I'm a bit nervous.

Does the CLP have any safety guidance for canvassers? Like, do we always go in pairs, and is there someone we check in with? And is there anything I should do if someone is aggressive on the doorstep?

Sorry if this is a silly question. Everyone else seems to have been doing this for years.

Thanks,
Jasmine""", sender=c.person("Jasmine"), tags=("personal-ask", "hard-negative", "news-about-threats", "confuser"))

# 8 speaker reviews MPs security - parliament news
bulk("Parliament this week: Speaker orders review of MPs' security", """PARLIAMENT THIS WEEK

Speaker orders review of MPs' security
The Speaker has announced a review of security arrangements for MPs' constituency offices and surgeries, after figures showed the number of reported threats against MPs rose by a third in the last year. The review will look at panic alarms, CCTV, secure entrances and the use of private security at surgeries.

Committee corridor
- Home Affairs: evidence session on asylum accommodation
- Public Accounts: NHS waiting lists
- Treasury: the Governor of the Bank of England

Bills
- Renters' Rights regulations: committee stage
- Community Energy Bill: second reading

Parliament This Week is a free weekly newsletter from the Parliamentary Digest.""",
     ("Parliamentary Digest", "weekly@parliamentarydigest-example.co.uk"),
     ("newsletter", "hard-negative", "news-about-threats"), headers=c.newsletter_headers("Mailerlite"))

# 9 restraining order court report with quoted threats, mild
bulk("Woman given restraining order over letters to councillor", """COURT NEWS

Woman given restraining order over letters to councillor

A woman who sent a series of anonymous letters to a Brackley Heath councillor has been given a restraining order and a 12-month community order.

The court heard that Deirdre Malkin, 67, sent five letters to Cllr Yusuf Rahman over four months, including one which said he "should watch his back" and another which mentioned the school his children attended. Cllr Rahman told the court he had installed a camera doorbell and changed his children's route to school.

Malkin, who admitted harassment, told the probation service she had been "upset about the bins". District Judge Owen said: "Whatever your grievance, it never justifies frightening a man and his family in his own home."

Local Gazette Court News · Unsubscribe""", GAZ,
     ("news-alert", "hard-negative", "news-about-threats"), headers=c.newsletter_headers("Campaign Monitor"))

# 10 suspicious package at MP office elsewhere
bulk("Suspicious package at Harwood MP's office was 'harmless'", """NEWS ALERT

Suspicious package at MP's office "harmless", police say

A suspicious package delivered to the Harwood constituency office of Daniel Craddock MP on Thursday has been declared harmless after a controlled examination by army bomb disposal experts.

Chapel Street was closed for three hours and nearby shops were evacuated as a precaution. Police said the package contained "documents and a personal item" and that a man had been spoken to.

Mr Craddock thanked police and his staff, and said his office would reopen on Monday.

Regional News Tonight""", ("Regional News Tonight", "bulletin@regionalnewstonight-example.co.uk"),
     ("news-alert", "hard-negative", "news-about-threats", "short"))

# 11 politics weekly: Labour civil war
bulk("Politics Weekly: Labour's civil war goes local", """POLITICS WEEKLY

Labour's civil war goes local

The row over parliamentary selections has spread from Westminster to the party's grassroots, with at least a dozen local parties passing motions of no confidence in the regional selection panels.

In Fellside, the CLP secretary told us: "It's open warfare. Members feel they've been treated as leaflet-deliverers, not as a party." Regional officials insist the process follows the rules.

Elsewhere:
- Reform's council leaders meet in Birmingham to plot their "war on waste"
- The Tory leadership: who's sharpening the knives?
- Green surge in university towns: real or a blip?

Read Politics Weekly online: https://nationalpost-example.co.uk/politics-weekly""",
     ("Politics Weekly", "politicsweekly@nationalpost-example.co.uk"),
     ("newsletter", "hard-negative", "metaphor"), headers=c.newsletter_headers("Campaign Monitor"))

# 12 election results alert
bulk("RESULTS: Labour hold Eastfield, Reform gain Lowmoor", """BY-ELECTION RESULTS

EASTFIELD (Labour hold)
Hazel Greenwood (Lab) 1,204
Kerry Steele (Reform) 988
Philip Warrender (Con) 311
Tom Heddle (LD) 204
Turnout 24.1%

LOWMOOR (Reform gain from Labour)
Dean Mallory (Reform) 1,117
Nick Ashworth (Lab) 702
Barry Thwaite (Ind) 655
Turnout 27.8%

Analysis: Labour were wiped out in Lowmoor, a ward they had held since 1973, as Reform took almost half the vote. "It's a massacre," said one Labour source. "We got slaughtered on the bins." But Labour will take heart from holding Eastfield...

Full coverage: https://localgazette-example.co.uk/elections""", GAZ,
     ("news-alert", "hard-negative", "metaphor", "benign-violent-word"), headers=c.newsletter_headers("Campaign Monitor"),
     fmt="html", accent="#1d3557")

# 13 hyperlocal blog post (WordPress) notification
bulk("[Town Hall Watch] Council meeting: fireworks in the chamber", """New post on Town Hall Watch

Council meeting: fireworks in the chamber
by townhallwatcher

Wednesday's full council meeting was the liveliest I've sat through in years. There were fireworks from the off, when the Conservative leader accused the cabinet of "killing the high street with parking charges" and the deputy leader shot back that the Tories "wouldn't know a high street if they tripped over one".

It went downhill from there. The mayor twice threatened to suspend the meeting, the public gallery booed a Reform councillor, and a motion on the bin strike was ruled out of order after an argument about standing orders that lasted longer than the debate itself...

Read more of this post: https://townhallwatch.wordpress-example.com/2026/11/fireworks

Unsubscribe to no longer receive posts from Town Hall Watch.""",
     ("Town Hall Watch", "donotreply@wordpress-example.com"),
     ("newsletter", "hard-negative", "metaphor", "benign-violent-word"))

# 14 Nextdoor-style digest
bulk("Neighbours are talking about the parking levy", """Trending in your neighbourhood

"Workplace parking levy - has anyone actually read it?"
Posted by Keith in Westgate · 84 replies
"This will kill off what's left of the high street, who's going to pay £500 a year to park at work..."

"Lost cat - ginger, answers to Biscuit"
Posted by Lorna in Marlow · 12 replies

"Fireworks going off every night at 11pm"
Posted by Amrit in Eastfield · 41 replies
"It's like a war zone round here. My dog is terrified..."

"Recommendations for a plumber?"
Posted by Sam in Fenwick · 19 replies

See all posts: https://neighbourly-example.com/digest

You're receiving this email because you're a member of Neighbourly. Unsubscribe from daily digests.""",
     ("Neighbourly", "digest@neighbourly-example.com"),
     ("notification", "hard-negative", "metaphor", "benign-violent-word"), headers=c.newsletter_headers("Mailerlite"))

# 15 X notification
bulk("Local Gazette posted: 'Death threats against councillor...'", """Local Gazette @LocalGazette

"Death threats against Brackley Heath councillor over LTN: police step up patrols. Councillor says she 'won't back down'."

localgazette-example.co.uk/news/ltn-threats

View on X: https://x-example.com/LocalGazette/status/1854420019

You're receiving this because you turned on notifications for @LocalGazette. Settings""",
     ("X", "notify@x-example.com"), ("social", "notification", "hard-negative", "news-about-threats", "short"))

# 16 hustings abandoned after heckling
bulk("Hustings abandoned after heckling and scuffles", f"""LOCAL NEWS

Hustings abandoned after heckling and scuffles

A by-election hustings in Lowmoor was abandoned on Tuesday night after heckling from the audience escalated into pushing and shoving at the back of the hall.

Organisers called the police after two men refused to leave. Nobody was hurt. The church that hosted the event said it would not hold political meetings again "for the time being".

All four candidates later issued a joint statement saying they were "saddened" by the scenes and calling for "robust but respectful" debate.

Local Gazette""", GAZ, ("news-alert", "hard-negative", "news-about-threats"),
     headers=c.newsletter_headers("Campaign Monitor"))

# 17 MP attacked in street elsewhere (news)
bulk("News alert: MP assaulted in street; man arrested", """NEWS ALERT

An MP was punched in the street in the West Midlands on Saturday afternoon while on her way to a community event, police have said.

A 38-year-old man was arrested at the scene on suspicion of assault. The MP was treated by paramedics for minor injuries and did not need to go to hospital.

Party leaders have condemned the attack. The Home Secretary said: "Violence against our elected representatives is an attack on democracy itself."

Full story: https://nationalpost-example.co.uk/news/mp-assaulted

National Post Alerts · Manage alerts""", ("National Post Alerts", "alerts@nationalpost-example.co.uk"),
     ("news-alert", "hard-negative", "news-about-threats", "short"))

# 18 other: member forwards article about threats elsewhere
c.add("other", subject="Fwd: Councillor receives death threats over low-traffic scheme",
      body=c.forward(f"""{SEC} - did you see this? Awful. Meera Joshi is lovely, she came to our regional women's day last year. Maybe the CLP could send her a card or something from all of us? Just a thought.

Irene x""", """Councillor receives death threats over low-traffic scheme

A Labour councillor in Brackley Heath has been given police protection after receiving death threats over a low-traffic neighbourhood scheme, the council has confirmed.

Cllr Meera Joshi, cabinet member for transport, said she had received "a torrent" of abusive messages after the scheme was made permanent last month, some of which referred to her children. Planters on two of the closed roads were set on fire over the weekend.

Police said they were "aware of a number of malicious communications" and were investigating. Cllr Joshi said she had no intention of resigning: "I won't be bullied out of doing my job."

Council leader Peter Vance called the threats "vile and cowardly".""",
      "Regional Post <news@regionalpost-example.co.uk>", "Councillor receives death threats over low-traffic scheme",
      orig_date=c.date(days_back=61)), date=c.date(days_back=60),
      sender=c.person("Irene"), tags=("forwarded", "hard-negative", "news-about-threats", "personal"))

# 19 podcast episode
bulk("New episode: Is Westminster safe?", """New episode out now 🎧

INSIDE WESTMINSTER, Ep. 212: Is Westminster safe?

Since 2016 two MPs have been murdered. Threats against MPs, councillors and candidates have risen every year. This week we talk to a former Commons security chief, a councillor who needed police protection, and a psychologist who studies fixated individuals, about what's changed -- and what hasn't.

Listen: https://insidewestminster-pod-example.co.uk/212

Also on Apple Podcasts, Spotify and wherever you get your podcasts.""",
     ("Inside Westminster", "hello@insidewestminster-pod-example.co.uk"),
     ("newsletter", "hard-negative", "news-about-threats", "short"), headers=c.newsletter_headers("Mailchimp"))

# 20 obituary
bulk("Tributes paid to former council leader Frank Hepworth", f"""OBITUARY

Tributes paid to former council leader Frank Hepworth

Frank Hepworth, who led {TOWN} Council for eleven years and was a Labour councillor for more than three decades, has died aged 88.

A former miner and NUM branch official, Mr Hepworth was first elected in 1971. Colleagues remembered him as a fierce debater who "would fight you to the death in the chamber and buy you a pint afterwards".

Current leader Janice Orme said: "Frank was a giant of this town. There isn't a school, a library or a park here that he didn't fight for."

He is survived by his wife Jean, three children and seven grandchildren. The funeral will be held at St Mary's on 2 December.

Local Gazette""", GAZ, ("news-alert", "hard-negative", "metaphor"))

# 21 Labour club fire electrical fault
bulk("Fire at Fellside Labour Club caused by electrical fault", """LOCAL NEWS IN BRIEF

Fire at Labour Club "caused by electrical fault"
A fire which damaged the function room of Fellside Labour Club last weekend was caused by an electrical fault in a freezer, fire investigators have said. Club secretary Pat Gill said members were "relieved it wasn't anything sinister" and hoped to reopen by Christmas.

Road closure
Market Street will be closed overnight on Tuesday for resurfacing.

Christmas lights
The big switch-on is on Friday 28th at 6pm.""", GAZ, ("news-alert", "hard-negative", "benign-violent-word", "short"))

# 22 doxxing news elsewhere
bulk("Police investigate after councillors' home addresses posted online", """REGIONAL POST -- DAILY NEWSLETTER

Police investigate after councillors' home addresses posted online

Police are investigating after the home addresses of six councillors in Brackley Heath were posted in a local Facebook group, alongside photographs of their houses and comments described by one councillor as "clearly designed to frighten".

The post was removed after several hours, but screenshots were shared widely. The council has written to all councillors reminding them they can apply to have their addresses withheld from the register of interests.

ALSO TODAY
- Hospital trust announces new chief executive
- Flood defences on the Ouse "ahead of schedule"
- Opinion: Why local democracy needs protecting

Regional Post · Unsubscribe""", ("Regional Post", "news@regionalpost-example.co.uk"),
     ("news-alert", "newsletter", "hard-negative", "news-about-threats"), headers=c.newsletter_headers("Mailchimp"))

# 23 most read digest
bulk("Most read this week", f"""MOST READ THIS WEEK

1. "Labour are dead in this town," says ex-councillor as he quits party
2. Bin strike: "It's like living on a rubbish tip"
3. Lowmoor by-election: Reform take seat Labour held for 50 years
4. Plans for new McDonald's on Fenwick Road thrown out
5. Pub named best in county -- for the third year running

Read them all: https://localgazette-example.co.uk/most-read""", GAZ,
     ("news-alert", "hard-negative", "metaphor", "short"), headers=c.newsletter_headers("Campaign Monitor"),
     fmt="html", accent="#1d3557")

# 24 live blog
bulk("LIVE: Budget day -- what it means for your council", """LIVE: BUDGET DAY

12.31 -- The Chancellor is on her feet.
12.48 -- No change to the two-child limit. Boos from some Labour backbenches.
13.02 -- Councils to get £1.3bn extra for social care. Council leaders say it's "a sticking plaster on a gunshot wound".
13.15 -- Fuel duty frozen again.
13.27 -- Opposition leader: "This Budget will kill growth stone dead."

Follow live: https://nationalpost-example.co.uk/live/budget""",
     ("National Post Live", "live@nationalpost-example.co.uk"),
     ("news-alert", "hard-negative", "metaphor", "benign-violent-word", "short"),
     headers=c.newsletter_headers("Campaign Monitor"))

# 25 query: hyperlocal blogger asks for CLP comment
c.add("query", subject="comment for Town Hall Watch?", body=f"""Hello,

I write the Town Hall Watch blog (about 3,000 readers locally -- not the Gazette, just me and a laptop). I'm writing up Wednesday's council meeting and the row over the bin strike motion being ruled out of order.

Several people have told me that {TOWN} Labour Party members have been on the picket lines and that the CLP passed a motion supporting the strikers, which if true is a bit awkward given it's a Labour council.

Is that right? Would the CLP like to give me a comment? I'm aiming to publish on Sunday, so anything by Saturday lunchtime would be great. Happy to quote it in full.

Cheers,
Neil Gallagher
Town Hall Watch""", sender=("Neil Gallagher", "townhallwatcher@protonmail.com"),
      tags=("personal-ask",))

# 26 effigy bonfire news
bulk("Bonfire society's effigy of council leader sparks row", """NEWS

Bonfire society's effigy of council leader sparks row

A bonfire society has defended its decision to burn an effigy of the council leader at its annual bonfire night celebrations, saying it was "a bit of fun in a long tradition of satire".

The 12-foot figure of Cllr Janice Orme, holding a bin bag and a parking ticket, was paraded through the village before being set alight.

Cllr Orme's spokesperson said she "has a sense of humour" but that the society should "think about the climate we're in, when councillors are receiving real threats". The society's chair said it had previously burned effigies of two prime ministers and "a very large pothole".

Local Gazette""", GAZ, ("news-alert", "hard-negative", "news-about-threats", "benign-violent-word"),
     headers=c.newsletter_headers("Campaign Monitor"))

# 27 TheyWorkForYou-style alert
bulk("Your MP spoke in Parliament", """PARLIAMENTARY ALERT

Andrea Whitlow MP spoke in the debate on "Security of Elected Representatives" in Westminster Hall:

"...Madam Deputy Speaker, in the last year my office has had to call the police four times. I am not asking for sympathy. I am asking for a system in which my caseworkers, who earn less than many of the people shouting at them, are not the ones left to deal with it. Every Member in this Chamber will have a story like this..."

Read the full debate: https://parliamentwatch-example.org.uk/debates/2026-11-05

You're receiving this because you set up an alert for "Andrea Whitlow". Unsubscribe.""",
     ("Parliament Watch", "alerts@parliamentwatch-example.org.uk"),
     ("notification", "hard-negative", "news-about-threats"))

# 28 rally clash news
bulk("Police separate rival groups at asylum hotel protest", """REGIONAL POST -- BREAKING

Police separate rival groups at asylum hotel protest

Police formed a line to separate around 200 protesters and counter-protesters outside the Fellside Park Hotel, which houses asylum seekers, on Saturday afternoon.

Bottles were thrown and three people were arrested for public order offences. A police officer suffered a minor injury.

The local MP urged people to "stay away and let the police do their job".

More to follow.""", ("Regional Post", "news@regionalpost-example.co.uk"),
     ("news-alert", "hard-negative", "benign-violent-word", "short"))

# 29 democracy watch newsletter on intimidation statistics
bulk("Democracy Watch: the numbers on intimidation", """DEMOCRACY WATCH -- MONTHLY

THE NUMBERS ON INTIMIDATION

This month we bring together the latest data on abuse and threats against people in public life:

- Reported threats against MPs: up 34% year on year (police figures)
- Councillors reporting abuse in the last 12 months: 71% (LGAE survey)
- Candidates who said they would not stand again because of abuse: 23% (Civic Trust survey)
- Election staff reporting abuse at polling stations: 1 in 12 (Association of Electoral Administrators)

Behind the numbers are people. Our interview this month is with a parish councillor in Somerset who resigned after a neighbour posted her address online with the words "we know where you are". She talks about what happened, how the police responded, and why she's thinking of standing again.

WHAT'S WORKING
Some councils have introduced "safe surgery" protocols, panic buttons and joint training with the police. We profile three.

Democracy Watch is published by the Better Democracy Trust. Unsubscribe.""",
     ("Democracy Watch", "newsletter@betterdemocracytrust-example.org.uk"),
     ("newsletter", "hard-negative", "news-about-threats", "long"), headers=c.newsletter_headers("Mailchimp"))

# 30 local radio news alert bin strike
bulk("Bin strike: union accuses council of 'starving workers back'", """RADIO NORTHGATE NEWS

Bin strike: union accuses council of "starving workers back"

The CPSU has accused the council of trying to "starve workers back to work" by refusing to pay strike hardship top-ups. The council says it has made a "fair and final" offer.

Listen to our interview with branch secretary Gary Pearson: https://radionorthgate-example.co.uk/news

Radio Northgate -- your news, every hour""", ("Radio Northgate News", "news@radionorthgate-example.co.uk"),
     ("news-alert", "hard-negative", "metaphor", "short"), headers=c.newsletter_headers("Mailerlite"))

# 31 court: man pleads guilty to threatening to burn down party office
bulk("Man admits threatening to burn down party office", """COURT NEWS

Man admits threatening to burn down party office

A 29-year-old man has admitted making threats to damage property after he phoned a Conservative Party office in Westbury and said he would "burn the place down with them in it".

The court heard that the call lasted 40 seconds and that the man, who had been drinking, was traced through his phone number within an hour. He told police he was "angry about the cost of living" and "didn't mean it".

He will be sentenced next month. The judge warned him all options, including custody, remained open.

Local Gazette Court News""", GAZ, ("news-alert", "hard-negative", "news-about-threats"),
     headers=c.newsletter_headers("Campaign Monitor"))

# 32 news aggregator digest
bulk("Your daily news digest", f"""Top stories for you

POLITICS
• Chancellor under pressure as backbench rebellion grows -- National Post
• Reform's first year running councils: chaos or revolution? -- Regional Post
• Labour's secret weapon in the Red Wall? Its councillors -- The Northerner

LOCAL
• Council leader survives no-confidence vote -- Local Gazette
• "Stop the war on motorists," say Conservatives -- Local Gazette

BECAUSE YOU READ ABOUT "bin strike"
• Striking bin workers hold rally outside town hall -- Radio Northgate

Open the app to read more.
You're receiving this because you turned on daily digests. Turn off.""",
     ("NewsNow Digest", "digest@newsnow-app-example.com"),
     ("news-alert", "hard-negative", "metaphor"))

# 33 Regional TV: politics show newsletter
bulk("This Sunday on The Politics Show", """THIS SUNDAY ON THE POLITICS SHOW

Is Labour losing the North -- again?
After the Lowmoor by-election bloodbath, we ask Labour's regional director whether the party has a plan to fight back against Reform.

Safer surgeries
We go behind the scenes with an MP's caseworkers as they prepare for a Friday advice surgery -- with a police panic alarm, a locked side door and a volunteer on the front desk.

Plus: the bin strike, and the battle over Hatchley Woods.

Sunday 10am. Watch live or catch up on the app.""",
     ("The Politics Show", "politicsshow@regionalnewstonight-example.co.uk"),
     ("newsletter", "hard-negative", "metaphor", "news-about-threats"), headers=c.newsletter_headers("Mailchimp"),
     fmt="alt", accent="#0f4c81")

# 34 press council news: protection of councillors guidance
bulk("Council news: new safety measures for councillors", f"""{TOWN.upper()} COUNCIL -- MEMBERS' BULLETIN

New safety measures for councillors

Following incidents in neighbouring authorities, the council is introducing new measures to support councillors' personal safety:

- Councillors may now choose to have their home address removed from the published register of interests (form attached on the members' portal)
- Lone-worker alarms are available on request from Democratic Services
- Ward surgeries held in council buildings will have a member of staff present
- A named police contact has been agreed with the Chief Inspector for the district

Councillors who have experienced abuse or threats are encouraged to report them to Democratic Services and to the police.

Democratic Services""", ("Democratic Services", "democratic.services@council-example.gov.uk"),
     ("circular", "hard-negative", "news-about-threats"))

# 35 national newspaper opinion newsletter
bulk("Opinion: Stop calling it a 'war' on anything", """THE OPINION NEWSLETTER

Stop calling it a "war" on anything

By Harriet Osei-Bonsu

Labour's war on motorists. The Tories' war on the poor. Reform's war on waste. The Greens' war on cars. The unions' war on the bosses. The bosses' war on the unions.

If you read nothing but party press releases, you'd think Britain was in the middle of eleven simultaneous civil wars. It isn't. It's a country with a lot of fairly ordinary disagreements about fairly ordinary things: how much to spend on buses, who pays for care, where to put the houses.

Does the language matter? I think it does. When every disagreement is a war, every opponent is an enemy. And we have seen, too many times, where that ends: with councillors needing police protection over traffic schemes, and with MPs' staff learning first aid "just in case".

Read more opinion: https://nationalpost-example.co.uk/opinion""",
     ("National Post Opinion", "opinion@nationalpost-example.co.uk"),
     ("newsletter", "hard-negative", "metaphor", "news-about-threats"), headers=c.newsletter_headers("Campaign Monitor"))

# 36 Weekend long read newsletter
bulk("Weekend read: a week in the life of an MP's caseworker", """THE WEEKEND READ

A week in the life of an MP's caseworker

Monday starts with 212 emails. By lunchtime, Sophie has dealt with a housing case, a visa case, three people who want the MP to "do something" about their neighbour's hedge, and a man who calls every Monday to explain, at length, why he thinks the MP is a traitor.

"He's harmless," she says. "Probably. We log every call."

Logging is a big part of the job now. Every abusive email goes into a spreadsheet; anything that crosses the line goes to the police's dedicated team for MPs. In the last year the office has logged 340 abusive messages and reported 19. Two led to arrests.

What keeps her going? "The cases we win. A family who get a council house after four years. A pensioner whose benefits get sorted. That's the job. The rest is just noise."

Read the full piece: https://nationalpost-example.co.uk/weekend/caseworker""",
     ("National Post Weekend", "weekend@nationalpost-example.co.uk"),
     ("newsletter", "hard-negative", "news-about-threats"), headers=c.newsletter_headers("Campaign Monitor"),
     fmt="alt", accent="#333333")

# 37 Local paper politics newsletter with candidate announcements
bulk("Election countdown: who's standing where", f"""ELECTION COUNTDOWN -- 24 weeks to go

Candidates confirmed so far for May's county council elections in {TOWN}:

EASTFIELD & MARLOW: Lab, Con, LD, Grn, Ref
WESTGATE: Lab, Con, LD, Ref, Ind
LOWMOOR & FENWICK: Lab, Con, Ref, Ind (Thwaite), Grn

Battleground: Westgate, where the Conservatives need a swing of just 1.8% to take the seat from Labour. Both parties have named it a target seat, and the Lib Dems insist they can come through the middle.

Our guide to registering to vote, applying for a postal vote and the new voter ID rules: https://localgazette-example.co.uk/election-guide""", GAZ,
     ("news-alert", "newsletter", "hard-negative", "benign-violent-word"), headers=c.newsletter_headers("Campaign Monitor"))

# 38 Police appeal about graffiti on constituency office elsewhere
bulk("Police appeal after graffiti sprayed on party offices", """POLICE NEWS -- Kenwick & District

Appeal after graffiti on party offices

Officers are appealing for witnesses after offensive graffiti was sprayed on the offices of two political parties on Kenwick High Street overnight on Sunday.

The graffiti, which has since been removed, included abusive language directed at named local politicians. Officers are treating it as criminal damage and a potential public order offence.

Anyone who was in the area between 11pm and 6am, or has doorbell or dashcam footage, is asked to call 101 quoting reference 26-44120.

County Police -- Community Messaging
You are registered for alerts in: Kenwick & District. Change your alert settings.""",
     ("County Police Community Messaging", "alerts@countypolice-messaging-example.co.uk"),
     ("news-alert", "notification", "hard-negative", "news-about-threats"))

# 39 news in brief: security scheme for councillors
bulk("News in brief: Operation Bridger extended to councillors", """NEWS IN BRIEF

Operation Bridger, the national police scheme that gives MPs a single point of contact for security advice, is to be extended to councillors in a pilot across four police force areas from January, the Home Office has announced.

Councillors in the pilot areas will be able to request a home security assessment and will be given a direct contact number for their local force.

National Post Alerts""", ("National Post Alerts", "alerts@nationalpost-example.co.uk"),
     ("news-alert", "hard-negative", "news-about-threats", "short"))

# 40 Weekly 'week in politics' quiz newsletter
bulk("The week in politics: quiz time!", """THE WEEK IN POLITICS QUIZ

1. Which council leader survived a no-confidence vote by nine votes this week?
2. Which by-election did one Labour source describe as "a massacre"?
3. What was set on fire on the bonfire in Ashby: (a) a pothole, (b) a council leader, (c) both?
4. How many times has the Carr Lane pothole been "scheduled" for repair?
5. Which Chancellor is, according to Westminster, "on borrowed time"?

Answers at the bottom of tomorrow's Morning Briefing. No cheating.

Local Gazette""", GAZ, ("newsletter", "hard-negative", "metaphor", "benign-violent-word", "short"),
     headers=c.newsletter_headers("Campaign Monitor"))

c.write()
