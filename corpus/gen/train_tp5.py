"""train/tp5: political mass mail, part 5 -- other parties, conference, training, MPs' and councillors' newsletters.

Every message body below is hand-written. The helpers only wrap text in the shapes
bulk political mail arrives in (a button-and-table HTML part, list headers or none).
"""
import html
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tp5", seed=2905)
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

# 1 conference delegate registration circular
bulk("Annual Conference 2026: delegate registration closes Friday", f"""Dear CLP Secretary,

This is a reminder that registration for CLP delegates to Annual Conference closes at 12 noon on Friday.

If your CLP has elected its delegate(s), please make sure they have:
1. Registered on the conference portal using the link sent to them, and
2. Uploaded a photograph that meets the accreditation requirements (passport style, plain background, no sunglasses or hats).

Delegates who have not completed registration by the deadline cannot be accredited and will not be able to vote.

The CLP secretary must also confirm the delegate(s) through the CLP officers' section of the portal. If you have not yet done this, please log in at https://conference-portal.labour-example.org.uk/clp.

A reminder that CLPs are entitled to one delegate for the first 749 members, with an additional delegate for each additional 250 members or part thereof, and that at least every second delegate must be a woman.

With best wishes,

Conference Arrangements Unit
The Labour Party

This is an automated email sent to all CLP Secretaries. Please do not reply.""",
     ("Labour Conference Arrangements", "conference-noreply@labour-example.org.uk"),
     ("conference", "circular", "confuser", "bulk-as-urgent"), also=["procedural"])

# 2 conference pass ready robot
bulk("Your conference pass is ready to collect", f"""Hello {c.secretary()[0]},

Your Annual Conference pass has been approved.

Pass type: VISITOR
Reference: AC26-V-118043

Collect your pass from the Accreditation Centre (Exhibition Hall Entrance B) from 10am on Saturday. Bring photographic ID that matches the name on your registration.

Please allow extra time for security screening. Bags will be searched and some items are prohibited, including aerosols, knives and bladed items of any length, flags on poles and large banners.

See you at conference!

Labour Events""", ("Labour Events", "events-noreply@labour-example.org.uk"),
     ("conference", "notification", "hard-negative", "benign-violent-word"))

# 3 conference daily
bulk("Conference Daily -- Day 2: the fight for the soul of the party", """CONFERENCE DAILY | DAY 2

THE FIGHT FOR THE SOUL OF THE PARTY

The conference floor erupted this afternoon as delegates voted 58-42 against the leadership on the two-child limit, in what one shadow minister called "a bloody nose for the Treasury". Leadership allies played down the result, insisting conference votes "are not binding on government".

TODAY'S HIGHLIGHTS
11.00  Economy debate -- Chancellor's speech
14.30  Rules changes (card votes expected)
16.00  Health and social care

FRINGE PICKS
- "Burn it down or build it up? Labour and the Reform challenge" -- 6pm, Exchange Room
- "Killing the housing crisis: can we build 1.5m homes?" -- 7.30pm, Hall 3

SECURITY REMINDER: Please wear your pass at all times in the secure zone. If you see an unattended bag, report it to a steward.

Conference Daily is published by Labour Dispatch. Read online: https://labourdispatch.co.uk/conference""",
     ("Labour Dispatch Conference Daily", "daily@labourdispatch.co.uk"),
     ("conference", "newsletter", "hard-negative", "metaphor"), headers=c.newsletter_headers("Mailchimp"),
     fmt="alt", accent="#8b0000")

# 4 Labour Academy training webinar
bulk("Labour Academy: Winning target seats (new dates)", f"""LABOUR ACADEMY

WINNING TARGET SEATS
An 8-week course for campaign coordinators, organisers and candidates

Learn how to:
• Build a campaign plan from your seat's data
• Recruit, train and keep volunteers
• Run persuasion and GOTV operations that actually shift votes
• Hit the doors at scale without burning people out

Weekly online sessions on Tuesday evenings, starting 13 January. Free for members.

Apply: https://academy.labour-example.org.uk/target-seats

Places are prioritised for members in battleground seats. Applications close 5 December.""",
     ("Labour Academy", "academy@labour-example.org.uk"),
     ("training", "hard-negative", "benign-violent-word"), headers=c.newsletter_headers("NationBuilder"),
     fmt="alt", accent="#e4003b")

# 5 safety training for canvassers
bulk("New training: personal safety for canvassers and candidates", f"""Dear CLP Officers,

Following feedback from local parties, we're running a new online training session on personal safety for canvassers, candidates and officers. It's open to up to three people from each CLP.

The session covers:
- Planning safe canvassing sessions (pairs, check-in times, sharing routes)
- What to do if a conversation turns aggressive on the doorstep
- Protecting your home address and personal data as a candidate
- Reporting threats and abuse, including to the police and to the party's safeguarding unit
- Looking after yourself and your volunteers after a difficult incident

Dates: Wednesday 26 November, 7pm; Saturday 6 December, 10.30am
Register: https://academy.labour-example.org.uk/safety

We know that many of you have been dealing with an increase in abuse, particularly online. You do not have to deal with it alone. The Safeguarding Unit can be reached at safeguarding@labour-example.org.uk.

Best wishes,
Regional Training Team""", ("Labour Regional Training", "training-noreply@labour-regional.org.uk"),
     ("training", "circular", "hard-negative", "news-about-threats"),
     headers=c.list_headers("CLP Officers", domain="labour-regional.org.uk"))

# 6 data protection training circular
bulk("Reminder: mandatory data protection training for CLP officers", """Dear CLP Officer,

Our records show you have not yet completed the annual data protection training module for officers with access to membership data.

Officers who have not completed the module by 31 December will have their access to Membersnet and the campaign database suspended until it is completed.

The module takes around 25 minutes: https://learning.labour-example.org.uk/gdpr-officers

If you have already completed it, please ignore this email.

Data Protection Team""", ("Labour Data Protection Team", "dataprotection-noreply@labour-example.org.uk"),
     ("training", "notification", "confuser"))

# 7 Regional conference motions deadline (circular)
bulk("Regional Conference: motions and delegates -- key dates", f"""REGIONAL CONFERENCE -- KEY DATES

Dear Secretary,

Regional Conference will take place on Saturday 7 March at the Grand Hall, Kenwick.

Key dates:
- 16 January: deadline for CLP delegate names
- 23 January: deadline for motions (one per CLP, max 250 words)
- 13 February: priorities ballot opens
- 20 February: delegate bursary applications close

Motion and delegate forms are on the regional pages of Membersnet. Please submit through the online form only; emailed motions cannot be accepted.

Kind regards,
Regional Office""", ("Labour Regional Office", "regional-noreply@labour-regional.org.uk"),
     ("conference", "circular"), headers=c.list_headers("CLP Secretaries", domain="labour-regional.org.uk"),
     also=["procedural"])

# 8 MP e-newsletter (own MP)
bulk("Your MP's update -- November", f"""Hello,

Welcome to my November update. It's been a busy month in Parliament and here in {TOWN}.

FIGHTING FOR OUR HOSPITAL
I've met the Health Secretary twice about the plans for Marlow Road A&E. I made it absolutely clear that downgrading our A&E would be unacceptable, and that I will fight it every step of the way. I also spoke at the Save Our A&E public meeting -- thank you to the 400 people who came.

BIN STRIKE
I know many of you are fed up. So am I. I've urged both sides to get back round the table and I'm pleased talks resumed this week with ACAS.

POTHOLES
Thank you to everyone who reported potholes through my online survey -- 1,312 reports! I've passed them all to the council's highways team.

SURGERIES
My advice surgeries continue every other Friday. Please note that, following police advice given to all MPs, surgeries are now by appointment only. Book by calling the office on 01632 960 555 or via my website.

IN PARLIAMENT
I voted for the Renters' Rights regulations, spoke in the debate on community energy, and asked the Prime Minister about bus funding for towns like ours.

As always, if you need help, get in touch.

Best wishes,

Andrea Whitlow MP

You're receiving this because you signed up to my e-newsletter. To unsubscribe, click here. Promoted by Andrea Whitlow MP, House of Commons, London SW1A 0AA.""",
     ("Andrea Whitlow MP", "andrea.whitlow.newsletter@parliament-example.uk"),
     ("mp-newsletter", "newsletter", "hard-negative", "metaphor", "news-about-threats"),
     headers=c.newsletter_headers("Mailchimp"), fmt="alt", accent="#d50032")

# 9 neighbouring MP newsletter: antisocial behaviour
bulk("Making our streets safer: my meeting with the Chief Constable", """Dear constituent,

This week I met the Chief Constable to discuss the rise in antisocial behaviour in Harwood town centre, and in particular the spate of shop thefts and the attacks on bus drivers on the 22 route.

I'm pleased to report:
- Two additional neighbourhood officers will be based in Harwood from January
- A dispersal order will be in place for the bus station on Friday and Saturday nights over Christmas
- Operation Shield, the county's knife crime initiative, will include weapons sweeps in three parks

I also raised the shocking attack on a delivery driver on Chapel Street last month. The investigation is ongoing and I'd urge anyone with information to call 101.

Keep in touch,
Daniel Craddock MP
Member of Parliament for Harwood and Fell

Promoted by Daniel Craddock MP, House of Commons, London SW1A 0AA. Unsubscribe.""",
     ("Daniel Craddock MP", "newsletter@danielcraddock-example.uk"),
     ("mp-newsletter", "newsletter", "hard-negative", "benign-violent-word"),
     headers=c.newsletter_headers("Mailerlite"))

# 10 councillor ward e-newsletter
bulk("Eastfield Ward News: bins, bumps and the battle for the 41", f"""EASTFIELD WARD NEWS
from your Labour councillors Cllr Hazel Greenwood, Cllr Imran Shah and Cllr Pat Docherty

THE BATTLE FOR THE 41
We've been fighting hard to save the evening 41 bus. Northline told us last month the service would be axed after 7pm. After 1,283 of you signed the petition and we took it to the Transport Committee, they've agreed to keep it running until at least April while the council looks at funding. Not a total win, but a reprieve -- and we won't stop.

BINS
We know the strike has made collections a nightmare. Extra crews are prioritising food waste. If your bin has been missed for more than two weeks, email us and we'll chase it.

SPEED BUMPS ON HAWTHORN ROAD
Finally approved! Works start in February.

SURGERIES
Second Saturday of the month, 10-11am, Eastfield Library. No appointment needed.

Hazel, Imran & Pat

Promoted by H. Greenwood on behalf of {TOWN} Labour Party, at 3 Coronation Street, {TOWN}.
Unsubscribe""", ("Eastfield Labour Councillors", "eastfieldlabour@gmail.com"),
     ("councillor-newsletter", "newsletter", "hard-negative", "metaphor"), headers=c.newsletter_headers("Mailchimp"),
     fmt="alt", accent="#e4003b")

# 11 Conservative councillor newsletter
bulk("Labour's bin chaos -- your Conservative councillors are fighting back", """WESTGATE CONSERVATIVES -- ONLINE NEWSLETTER

LABOUR'S BIN CHAOS

Six weeks of rotting rubbish. Rats on the pavements. Families told to "store waste securely" in their own homes.

This is what Labour's mismanagement has done to our town.

Your Conservative councillors have:
✔ Demanded an emergency council meeting
✔ Called for the Labour leader to resign
✔ Set up our own skip collection at Westgate Rec on Saturday mornings

Labour have lost control. In May, you can take it back.

Cllr Philip Warrender & Cllr Susan Lake
Your Conservative Team for Westgate

Promoted by M. Fenwick on behalf of Westgate Conservatives, 8 Church Lane, Westgate WG1 4AE.""",
     ("Westgate Conservatives", "news@westgateconservatives.org.uk"),
     ("other-party", "councillor-newsletter", "hard-negative", "metaphor"),
     headers=c.newsletter_headers("Campaign Monitor"))

# 12 Lib Dem Focus by email
bulk("FOCUS on Westgate -- November", """FOCUS on Westgate
Working for you all year round

LOCAL LIB DEMS WIN FIGHT FOR NEW CROSSING
After a two-year campaign led by Lib Dem campaigner Tom Heddle, the council has finally agreed to install a zebra crossing outside St Luke's School. "I was told it couldn't be done," says Tom. "We proved them wrong."

"LABOUR HAVE GIVEN UP ON WESTGATE"
Residents on the Fairfield Estate say they haven't seen a Labour councillor since the election. "They only turn up when they want your vote," said one resident.

WINNING HERE
Lib Dems gained 3 seats in neighbouring wards last May. Only the Lib Dems can beat the Conservatives in Westgate.

Got a problem? Tom's helpline: 07700 900 228

Promoted by J. Wetherby on behalf of Westgate Lib Dems, 9 Station Road, Westbury WB2 3EE.""",
     ("Westgate Lib Dems", "focus@westburyfenn-libdems.org.uk"), ("other-party", "newsletter"),
     headers=c.newsletter_headers("Mailerlite"), fmt="html", accent="#faa61a")

# 13 Reform leaflet email
bulk("Take back control of YOUR council", f"""REFORM -- {TOWN.upper()} BRANCH

TAKE BACK CONTROL OF YOUR COUNCIL

For forty years {TOWN} has been run by the same tired party. What have they given us? Potholes. Bin strikes. Council tax up every single year. Millions spent on consultants and "diversity officers" while our roads crumble.

ENOUGH.

Reform will:
• Freeze council tax
• Scrap the "climate emergency" vanity projects
• Sack the consultants
• Fix the roads

In May we are standing a candidate in EVERY ward. The old parties are finished.

Join us: https://reform-{TOWN.lower().replace(' ', '').replace('&', 'and')}-branch.co.uk

Promoted by K. Steele on behalf of Reform UK ({TOWN} Branch), 14 High St, {TOWN}.""",
     ("Reform branch", "branch@reform-localnews.co.uk"),
     ("other-party", "hard-negative", "metaphor"), fmt="html", accent="#12b6cf")

# 14 Green leaflet email to residents associations
bulk("Greens' alternative budget: no cuts to libraries or buses", """Dear residents' association secretaries and community groups,

Please find below a summary of the Green group's alternative budget for next year, which we'll be putting to full council in February. Feel free to share it with your members.

We would:
- Keep all four libraries open at current hours
- Fund the evening 41 bus for two years
- Reverse the proposed £45 garden waste charge
- Pay for this by ending the £3.1m consultancy contract for the "Town Centre Vision", selling the unused Marley Works site and introducing a workplace parking levy

We'd welcome your views. Our councillors are happy to come and speak at your meetings.

Cllr Rosie Amadi, Green Group Leader

Promoted by R. Amadi on behalf of the local Green Party, 21 Orchard Row.""",
     ("Green Councillors", "press@localgreens-example.org.uk"), ("other-party", "circular"))

# 15 query: hustings organiser asks
c.add("query", subject="Churches Together hustings - Labour speaker?", body=f"""Dear {c.secretary()[0]},

I'm writing on behalf of {TOWN} Churches Together. As at previous elections, we're planning to hold a hustings for the county council elections in May, most likely on Thursday 23 April at St Mary's Church Hall, 7-9pm.

We've written to all the parties standing candidates in the Eastfield & Marlow division. Could you let us know:

- whether Labour will be sending a speaker (ideally the candidate), and who that will be;
- any access or other requirements they have;
- whether the date works, or if there are dates you'd want us to avoid.

The format is a neutral chair, two-minute opening statements and questions from the floor submitted in writing in advance. We ask all speakers to keep things civil -- last time it got quite heated about the incinerator, but everyone shook hands at the end.

With thanks and best wishes,

Revd. Ann Holloway
Churches Together in {TOWN}""", sender=("Ann Holloway", "revannholloway@btinternet.com"),
      tags=("personal-ask",))

# 16 Conservative Association AGM notice (wrongly includes secretary)
bulk("Westbury Conservative Association: AGM Notice and Christmas Dinner", """WESTBURY & FENN CONSERVATIVE ASSOCIATION

NOTICE OF ANNUAL GENERAL MEETING

The Annual General Meeting of the Association will be held at the Westbury Golf Club on Friday 5 December at 6.30pm, followed by the Christmas Dinner at 7.30pm.

AGENDA
1. Apologies
2. Minutes of the last AGM
3. Chairman's report
4. Treasurer's report and adoption of accounts
5. Election of officers
6. Any other business

Dinner tickets £38 (three courses). Guest speaker: the Rt Hon. Lord Ambler of Fenn.

Please reply to the Association Office by 28 November with dinner choices (beef or salmon).

Geoffrey Tallis, Association Secretary""", ("Westbury & Fenn Conservatives", "office@westburyconservatives-example.org.uk"),
     ("other-party", "misdirected"))

# 17 councillor Facebook page notification
bulk("Cllr Imran Shah posted an update", """Cllr Imran Shah posted on his page.

"Another week, another battle with Highways 🙄 The pothole on Carr Lane has now been 'scheduled' four times. Four! Went down this morning with a can of spray paint and drew a smiley face round it so at least the kids can enjoy it. I'll keep fighting till it's fixed. #Eastfield #Potholes"

76 likes · 14 comments · 3 shares

View post: https://www.facebook.com/cllrimranshah/posts/102933811

You're receiving this because you follow Cllr Imran Shah. Manage notifications.""",
     ("Facebook", "notification@facebookmail.com"),
     ("social", "notification", "hard-negative", "metaphor"))

# 18 internal campaign briefing: lines on Reform
bulk("Campaign briefing: taking on Reform on the doorstep", f"""CAMPAIGN BRIEFING -- FOR LABOUR ACTIVISTS ONLY

TAKING ON REFORM ON THE DOORSTEP

Reform are now our main challengers in 98 of the seats we hold. This briefing gives you the facts and lines you need to take them apart on the doorstep -- politely.

1. Don't argue with the voter. Argue with Reform.
If a voter says they're thinking of voting Reform, don't tell them they're wrong. Ask what's bothering them. Then make the case that Reform won't fix it.

2. Their record in local government
Where Reform run councils, they promised to cut waste and freeze council tax. What happened? Hire of consultants, chaos in cabinet, two council leaders resigned within a year. See the fact sheet.

3. The NHS
Senior Reform figures have talked about moving to an insurance-based system. Use their own words -- the quotes in the fact sheet are all sourced.

4. Don't get into immigration rows you can't win in two minutes
Acknowledge the concern, talk about what Labour is doing, move on to the issue they raised first.

Remember: you're there to listen and to identify our voters, not to win a debate. Hit the doors, get the data in, get home safe.

Labour Campaigns Unit
Not for publication. Please do not forward outside the party.""",
     ("Labour Campaigns Unit", "campaigns-noreply@labour-example.org.uk"),
     ("circular", "hard-negative", "metaphor", "benign-violent-word"),
     headers=c.list_headers("Labour Campaign Briefings", domain="lists.labour-example.org.uk"))

# 19 Membersnet weekly
bulk("This week on Membersnet", f"""THIS WEEK ON MEMBERSNET

📣 Policy consultation: "Safer Streets" -- closes 12 December
🎓 Labour Academy: new courses open
🗳️ NEC by-election: nominations open to CLPs
📅 National Women's Conference: registration now open
🌹 Member stories: how one CLP doubled its active members in a year

Log in: https://membersnet.labour-example.org.uk

You're receiving this email as a Labour Party member. Change your email settings on Membersnet.""",
     ("Membersnet", "membersnet-noreply@labour-example.org.uk"),
     ("newsletter", "short"), headers=c.newsletter_headers("NationBuilder"), fmt="html", accent="#e4003b")

# 20 GLU weekly circular to secretaries
bulk("Weekly update for CLP Secretaries", """WEEKLY UPDATE FOR CLP SECRETARIES

1. NEC by-election
CLPs may nominate one candidate for the vacant CLP seat on the NEC. Nominations must be made at a quorate all-member or GC meeting and submitted via the online form by 5pm, 19 December.

2. Annual reports
Please remember that CLP annual reports and accounts are due to be uploaded by 31 March.

3. Officer changes
If your CLP has had any change of officer, please notify Membership Services so that access to Membersnet can be updated.

4. Complaints process
A reminder that complaints about members' conduct must be submitted through the national complaints portal and not handled locally.

Governance and Legal Unit""", ("Governance and Legal Unit", "glu-noreply@labour-example.org.uk"),
     ("circular",), headers=c.list_headers("CLP Secretaries", domain="lists.labour-example.org.uk"),
     also=["procedural"])

# 21 other: Lib Dem councillor personal note after campaign
c.add("other", subject="no hard feelings", body=f"""{SEC},

Just wanted to drop you a line after Thursday. Congratulations to your lot on holding Eastfield -- Hazel ran a good campaign and I'll admit I didn't think she'd do it.

No hard feelings about the "Lib Dems can't win here" bar chart either. We'd have done exactly the same. Next time we'll destroy you, obviously, but until then -- the offer of a pint at the Feathers stands, and I still owe you for the sandwiches at the count.

Best,
Tom

Cllr Tom Heddle (Lib Dem, Westgate)""", sender=("Tom Heddle", "tom.heddle@westburyfenn-libdems.org.uk"),
      tags=("hard-negative", "metaphor", "personal", "other-party"))

# 22 TUC-style e-bulletin
bulk("Congress Bulletin: employment rights, pay and the fight ahead", """CONGRESS BULLETIN

EMPLOYMENT RIGHTS: THE FIGHT IS NOT OVER
The Employment Rights Act is law, but employers' groups are lobbying hard to delay key provisions until 2028. Unions will be in Parliament on 3 December to press ministers to hold firm.

PUBLIC SECTOR PAY
The pay review bodies are due to report in the spring. Unions have warned of "a winter of discontent" if awards fall below inflation again.

BIN STRIKE
Congress House has sent a message of solidarity to CPSU members on strike at Harrow Lane and Canal Street depots.

TRAINING FOR REPS
New online courses for health and safety reps, including "Violence at work: prevention and reporting".

Trade Union Congress Federation""", ("Congress Bulletin", "bulletin@tucf-example.org.uk"),
     ("union", "newsletter", "hard-negative", "metaphor"), headers=c.newsletter_headers("Campaign Monitor"))

# 23 conference fringe guide from newspaper
bulk("Your Labour conference fringe guide", """THE FRINGE GUIDE

Our pick of the 480 fringe events at Labour conference this year. You're welcome.

MUST-SEE
"Is Labour sleepwalking to defeat?" -- Sunday 6pm. The panel includes two former cabinet ministers and a pollster who is going to make everyone very depressed.

BEST FOOD
The housing associations' reception (Monday 7pm) -- last year's mini Yorkshire puddings were legendary.

MOST LIKELY TO END IN A ROW
"Gaza, arms and the Labour movement" -- Tuesday 1pm. Stewards have been briefed.

BEST TITLE
"Shoot the messenger? Pollsters on trial" -- Monday lunchtime.

Full guide: https://labourdispatch.co.uk/fringe""", ("Labour Dispatch", "briefing@labourdispatch.co.uk"),
     ("conference", "newsletter", "hard-negative", "benign-violent-word"), headers=c.newsletter_headers("Mailchimp"))

# 24 hotel booking confirmation
bulk("Booking confirmation: Premier Quays Hotel, 3 nights", f"""Thank you for your booking, {c.secretary()[0]}.

Booking reference: PQ-88420197
Hotel: Premier Quays Hotel, Liverpool Waterfront
Check-in: Saturday 27 September, from 3pm
Check-out: Tuesday 30 September, by 12 noon
Room: Standard double, room only
Total paid: £612.00

Free cancellation until 48 hours before arrival.

Please note that during Annual Conference, the hotel is inside the police security perimeter. Guests will need to show a conference pass or hotel booking confirmation to enter the zone.

Manage your booking: https://bookings.premierquays-example.com/manage

This is an automated email.""", ("Premier Quays Hotel", "reservations@premierquays-example.com"),
     ("conference", "notification"))

# 25 women's conference registration
bulk("Labour Women's Conference: registration now open", """LABOUR WOMEN'S CONFERENCE
Registration is now open

Join women from across the movement for two days of debate, training and solidarity.

This year's priority themes:
• Ending violence against women and girls
• Childcare and the cost of living
• Women's health
• Safety in public life -- including a workshop for women candidates on dealing with online abuse and threats

Each CLP may send two delegates. CLP women's officers will receive nomination forms separately.

Register: https://conference-portal.labour-example.org.uk/women

Bursaries are available for women on low incomes, disabled women and women with caring responsibilities.""",
     ("Labour Women's Conference", "womensconference-noreply@labour-example.org.uk"),
     ("conference", "hard-negative", "news-about-threats"), headers=c.newsletter_headers("NationBuilder"),
     fmt="alt", accent="#7b2d8e")

# 26 public speaking training
bulk("Speak up: public speaking for councillors and candidates", f"""SPEAK UP!
A one-day public speaking masterclass for councillors, candidates and activists

Saturday 17 January, 10am-4pm, Kenwick Trades Hall

Whether you're facing a hustings, a full council meeting or a hostile local radio interview, this course will help you:
- Find your message and stick to it
- Handle hecklers and trick questions
- Use your nerves (not fight them)
- Knock 'em dead in two minutes flat

£25 (£10 unwaged). Lunch included.

Book: https://speakup-training.co.uk/jan

Run by Dunmore Training, in partnership with the regional Co-operative Party.""",
     ("Dunmore Training", "bookings@speakup-training.co.uk"),
     ("training", "marketing", "hard-negative", "benign-violent-word"), headers=c.newsletter_headers("Mailerlite"))

# 27 Police and crime commissioner newsletter
bulk("PCC update: Operation Steel results", """POLICE & CRIME COMMISSIONER -- MONTHLY UPDATE

OPERATION STEEL: 212 KNIVES OFF THE STREETS
During the national knife crime week of action, officers carried out 46 weapons sweeps, seized 212 knives and made 38 arrests. 140 knives were handed in through surrender bins.

NEW NEIGHBOURHOOD POLICING TEAMS
Recruitment is under way for 30 additional PCSOs.

VICTIMS' SERVICES
Funding has been agreed for two new independent domestic violence advisers.

YOUR VIEWS
The police precept consultation closes on 10 January.

Office of the Police and Crime Commissioner""", ("Office of the PCC", "opcc@pcc-county-example.gov.uk"),
     ("newsletter", "hard-negative", "benign-violent-word"), headers=c.newsletter_headers("Campaign Monitor"))

# 28 Mayor's newsletter
bulk("The battle for buses is won: franchising starts in January", """A MESSAGE FROM YOUR MAYOR

Five years ago I promised to take back control of our buses. It's been a long, hard battle -- legal challenges from the operators, a judicial review, and more meetings than I care to count.

This week, I'm proud to say: we won.

From January, buses in the first franchise zone will be run under public control. Fares capped at £2. Timetables set for passengers, not shareholders. One ticket across every operator.

This is just the start.

Mayor Lorraine Hutchings""", ("Mayor Lorraine Hutchings", "mayor@combinedauthority-example.gov.uk"),
     ("newsletter", "hard-negative", "metaphor", "short"), headers=c.newsletter_headers("Mailchimp"),
     fmt="alt", accent="#222c5a")

# 29 left party leaflet accusing Labour of 'blood on hands'
bulk("Labour has blood on its hands. We won't forget.", f"""WORKERS' ALLIANCE -- {TOWN.upper()}

Labour has blood on its hands. We won't forget.

For two years the Labour government has kept selling parts for the fighter jets that have flattened Gaza. Your Labour MP voted against an arms embargo. Twice.

In May, we're standing candidates against Labour in every ward in {TOWN}. We'll give voters who are sick of being taken for granted somewhere to go.

If you're a Labour member who's had enough, we want to hear from you.

Workers' Alliance

Promoted by S. Anwar on behalf of the Workers' Alliance, 44 Chapel Road, {TOWN}.""",
     ("Workers' Alliance", "info@workersalliance-example.org.uk"),
     ("other-party", "hard-negative", "metaphor"), headers=c.newsletter_headers("Mailerlite"))

# 30 query: neighbouring CLP campaign coordinator asks for help
c.add("query", subject="target seat help - could your members come over?", body=f"""Hi {SEC},

I'm the campaign coordinator for Kenwick South, which as you'll know is one of the region's target seats for next time. We're doing a big doorstep push on the first three Saturdays in December and, honestly, we're short of bodies. Our CLP has about 200 members and maybe 15 of them are active.

Would you be able to send something out to your members asking for volunteers? Happy to write the text for you so it's as little work as possible. Also -- would it be better to go through your campaign coordinator rather than you? I couldn't find their email on the website.

Sessions are 10.30am from Kenwick Methodist Hall. We provide boards, tea and (I'm told) the best flapjacks in the region.

Thanks,
Chloe Barraclough
Campaign Coordinator, Kenwick South CLP""", sender=c.person("Chloe", "Barraclough"),
      tags=("personal-ask", "hard-negative", "benign-violent-word"))

# 31 Young Labour mailing
bulk("Young Labour: winter organising school 🔥", """YOUNG LABOUR WINTER ORGANISING SCHOOL

Two days. Fifty young organisers. One mission: smash it in May.

📍 Kenwick Trades Hall
📅 Sat 10 - Sun 11 January
💷 Free (travel bursaries available)

Sessions on: running a campaign on campus, building a branch from scratch, taking on the far right online, and how to not burn out.

Apply now: https://younglabour-example.org.uk/winterschool

See you there 🌹""", ("Young Labour", "hello@younglabour-example.org.uk"),
     ("training", "hard-negative", "metaphor", "short"), headers=c.newsletter_headers("NationBuilder"), fmt="html",
     accent="#ff004c")

# 32 Co-op party conference mailing
bulk("Co-operative Party Conference: motions, fringe and the big debate", """Dear member,

Our annual conference takes place on 14-15 March in Kenwick. This year's big debate: "Who owns the future? Co-operation versus the tech giants."

MOTIONS: Branch and council motions must be received by 30 January.
FRINGE: Applications for fringe slots are open until 16 January.
DELEGATES: Each branch may send up to three delegates.

Register: https://coopparty-action.org.uk/conference

Co-operatively,
The Co-operative Action Party""", ("Co-operative Action Party", "conference@coopparty-action.org.uk"),
     ("conference", "newsletter"), headers=c.newsletter_headers("Mailchimp"))

# 33 councillor e-newsletter, another ward, longer, HTML
bulk("Marlow & Fenwick Ward Report -- Autumn", f"""MARLOW & FENWICK WARD REPORT
Autumn edition

Dear neighbours,

It's been a difficult few months for our ward, and I want to start with the A&E.

SAVE OUR A&E
Like many of you, I was shocked by the Integrated Care Board's proposals to downgrade Marlow Road. I have formally objected on behalf of the ward, and I've asked for a meeting with the ICB chief executive. I'm also a member of the Save Our A&E steering group. Please respond to the consultation when it opens -- every response counts.

FLOODING ON RIVERSIDE WALK
After last winter's flooding, the Environment Agency has agreed to fund a new flood barrier. Work starts in spring.

THE SKATEPARK
Some of you have asked about the damage to the skatepark. The ramp has been repaired and CCTV is being installed. I know some residents have found the noise and late-night gatherings intimidating -- I've met with the police and the youth service, and there'll be detached youth workers there on Friday evenings from this month.

FIREWORKS
The council's Bonfire Night display is at Fenwick Park on 5 November, gates 6pm. Please use the organised display rather than setting off fireworks in the street -- our pets and our older neighbours will thank you.

CONTACT ME
Surgery: first Thursday of the month, 6-7pm, Marlow Community Centre.
Email: cllr.okonjo@council-example.gov.uk

Best wishes,
Cllr Grace Okonjo (Labour)

Promoted by G. Okonjo on behalf of {TOWN} Labour Party, 3 Coronation Street, {TOWN}.""",
     ("Cllr Grace Okonjo", "graceokonjo.labour@gmail.com"),
     ("councillor-newsletter", "newsletter", "long", "hard-negative", "benign-violent-word"),
     headers=c.newsletter_headers("Mailchimp"), fmt="alt", accent="#e4003b")

# 34 NEC candidate campaign mailing
bulk("Vote for a grassroots voice on the NEC", f"""Dear {SEC},

My name is Ruth Abernethy. I'm a CLP secretary, a nurse, and I'm standing for the CLP section of the National Executive Committee.

I'm asking for your CLP's nomination because I believe the NEC has lost touch with the people who actually keep this party going -- the secretaries, treasurers and organisers doing it all for free, late at night, after work.

If elected I will fight for:
• A proper support package for CLP officers, including safeguarding training and help with abusive correspondence
• An end to parachuted candidates
• Fair, transparent selection timetables
• Rebuilding the party's local infrastructure, not just its digital operation

Nominations must be made at a quorate meeting. My supporting statement and a model nomination form are attached here: https://ruthforthenec-example.org.uk

Thank you for considering me.

In solidarity,
Ruth Abernethy
Secretary, Fellside CLP""", ("Ruth Abernethy", "ruthforthenec@gmail.com"),
     ("circular", "hard-negative", "metaphor"), headers=c.list_headers(
         "Ruth for NEC", domain="lists.ruthforthenec-example.org.uk", precedence=False))

# 35 local Conservatives' attack leaflet targeting Labour by name
bulk(f"Labour's war on {TOWN} drivers", f"""LABOUR'S WAR ON {TOWN.upper()} DRIVERS

New figures show the Labour council issued 41,000 parking fines last year -- up 60%. Now they want a workplace parking levy that would cost commuters £500 a year.

Labour see drivers as a cash cow. We see them as residents.

Sign our petition: SCRAP THE PARKING LEVY
https://give.conservatives-forward.org.uk/{TOWN.lower().replace(' ', '').replace('&', 'and')}-parking

{TOWN} Conservatives""", (f"{TOWN} Conservatives", "campaign@conservatives-forward.org.uk"),
     ("other-party", "petition", "hard-negative", "metaphor", "short"), headers=c.newsletter_headers("Campaign Monitor"))

# 36 regional board election mailing in HTML with "hustings"
bulk("Regional Board elections: meet the candidates online", """REGIONAL BOARD ELECTIONS

Meet the candidates -- online hustings

Monday 1 December, 7pm (Zoom)

All candidates for the CLP section of the Regional Board have been invited to take part. Each candidate will make a two-minute opening statement followed by questions submitted in advance by members.

Submit your questions: https://forms.labour-regional-example.org.uk/hustings

Join: https://zoom-example.us/j/9930122410

Ballot opens 8 December.""", ("Labour Regional Office", "regional-noreply@labour-regional.org.uk"),
     ("circular", "conference", "short"), fmt="html", accent="#e4003b")

# 37 Independent residents' newsletter
bulk("Fenwick Independents -- newsletter no. 12", """FENWICK INDEPENDENTS
Putting Fenwick first, not party politics

Hello again!

Your Independent councillor Barry Thwaite has had a busy month. He:
- Took the council to task over the state of the Lowmoor precinct
- Stood up to the Labour cabinet over the closure of Lowmoor library (we're still fighting!)
- Helped 31 residents with housing, benefits and parking problems

Barry says: "I'm not here to play political games. I'm here to fight for Fenwick. The party machines can do their worst -- they don't scare me."

Barry's surgery: every Saturday 10am, Lowmoor Community Café.""",
     ("Fenwick Independents", "fenwickindependents@outlook.com"),
     ("other-party", "newsletter", "hard-negative", "metaphor"))

# 38 Zoom registration confirmation for training
bulk("Registration confirmed: Personal safety for canvassers and candidates", f"""Hi {c.secretary()[0]},

Thank you for registering for "Personal safety for canvassers and candidates".

Date & time: Wed 26 Nov, 7:00 PM London
Join from PC, Mac, iPad, or Android: https://zoom-example.us/w/84420199321?tk=Xa9vB

Passcode: 551903

Add to calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

You can cancel your registration at any time.""", ("Zoom", "no-reply@zoom-example.us"),
     ("training", "notification", "hard-negative", "news-about-threats"))

# 39 Scottish conference commercial mailing
bulk("Scottish conference: fringe slots, exhibitor stands and sponsorship", """SCOTTISH CONFERENCE -- COMMERCIAL OPPORTUNITIES

Exhibitor stands, fringe slots and sponsorship packages are now available for Scottish Conference in Dundee.

Exhibition stands from £1,200 + VAT (charities: £450)
Fringe rooms from £600 + VAT
Conference app banner: £2,500 + VAT

Reach 1,400 delegates, MSPs, MPs, councillors and journalists.

Download the commercial pack: https://scotconf-example.org.uk/commercial

Deadline for bookings: 16 January.""", ("Scottish Conference Commercial", "commercial@scotconf-example.org.uk"),
     ("conference", "marketing"), headers=c.newsletter_headers("Campaign Monitor"))

# 40 MP e-newsletter short pointing to petition; includes 'I will crush ...'? no: 'scrap'
bulk("Can you help me save our post office?", f"""Hello,

The Post Office has announced that the Crown branch on Market Street is "under review". I've seen what that means elsewhere -- a counter in the back of a supermarket, and half the services.

I've launched a petition to keep it open. Please sign and share: https://andreawhitlow-example.uk/postoffice

I'll be handing it in to the Post Office chief executive next month. Let's make it a big one.

Andrea Whitlow MP

Promoted by Andrea Whitlow MP, House of Commons, London SW1A 0AA.""",
     ("Andrea Whitlow MP", "andrea.whitlow.newsletter@parliament-example.uk"),
     ("mp-newsletter", "petition", "short"), headers=c.newsletter_headers("Mailchimp"))

c.write()
