"""train/tp2: political mass mail, part 2 -- US-style and copycat fundraising.

Every message body below is hand-written. The helpers only wrap text in the shapes
bulk political mail arrives in (a button-and-table HTML part, list headers or none).
"""
import html
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tp2", seed=2902)
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



PB = "secure.pledgeblue.com"

# 1 fake RE chain from a senator
bulk(f"RE: RE: RE: {SEC}?", f"""{SEC}, I've emailed you three times now and I haven't heard back, so I'm going to be straight with you.

Our FEC deadline is at MIDNIGHT and we're still $41,806 short. If we miss it, the pundits will say our campaign is in trouble. The Republicans will use it against us in their attack ads. And the Super PACs backing my opponent will smell blood.

I can't let that happen. Can you?

>> Rush $15 now: https://{PB}/donate/callahan-eoq?amount=15
>> Rush $25 now: https://{PB}/donate/callahan-eoq?amount=25
>> Rush any amount: https://{PB}/donate/callahan-eoq

Thank you,
Ruth

Paid for by Callahan for Senate. Not authorized by any candidate or candidate's committee other than Callahan for Senate.

This email was sent to {c.clp[2]}. If you'd like to receive fewer emails, click here. To unsubscribe, click here.""",
     ("Ruth Callahan", "info@ruthcallahan.com"), ("fundraising", "us-style", "fake-reply-subject", "confuser",
                                                  "bulk-as-urgent", "hard-negative", "metaphor"),
     headers=c.newsletter_headers("Action Network"), fmt="alt", accent="#1a3d8f")

# 2 5X MATCH
bulk("5X MATCH UNLOCKED (expires 11:59 PM)", f"""⚠️ 5X MATCH UNLOCKED ⚠️

{SEC} -- this is NOT a drill. A group of grassroots donors has agreed to QUINTUPLE-MATCH every gift made before 11:59 PM tonight.

$5 → $25
$10 → $50
$25 → $125

This is the biggest match we have EVER offered. It will not come back.

[[ACTIVATE MY 5X MATCH|https://{PB}/donate/bhpac-5x]]

-- Blue Horizon PAC

Paid for by Blue Horizon PAC (www.bluehorizonpac.org) and not authorized by any candidate or candidate's committee. Contributions to Blue Horizon PAC are not tax-deductible.""",
     ("Blue Horizon PAC", "alerts@bluehorizonpac.org"),
     ("fundraising", "us-style", "confuser", "bulk-as-urgent"), fmt="html", accent="#0a58ca",
     preheader="This is NOT a drill")

# 3 we're being crushed in the polls
bulk("we're getting CRUSHED", """We just got the new internal poll back and I'm not going to sugarcoat it: we're getting CRUSHED.

Navarro 44%
Hollings (R) 51%

Seven points. Three weeks ago we were tied.

What changed? Hollings' allies dropped $3.2 MILLION in attack ads smearing Eli's record on veterans. Every TV in the district has been running them on a loop. And we haven't been able to answer a single one.

We need $60,000 by Friday to get our own ad on the air. Without it, this seat is gone.

Chip in $10 to fight back →
https://secure.pledgeblue.com/donate/navarro-fightback

Team Navarro

PAID FOR BY NAVARRO FOR CONGRESS""", ("Team Navarro", "team@elinavarro.com"),
     ("fundraising", "us-style", "hard-negative", "metaphor", "benign-violent-word"),
     headers=c.newsletter_headers("Action Network"))

# 4 'declaration of war'
bulk("This is a declaration of war on democracy", f"""{SEC},

Let's call what happened in the state legislature last night what it is: a declaration of war on democracy.

At 2 AM, with no public notice, Republicans rammed through new district maps that carve up Black and Latino neighborhoods and hand them two extra congressional seats. They didn't even pretend to hide it.

We are going to court. We are going to the streets. And we are going to the ballot box -- and we're going to beat them at all three.

But lawsuits cost money. Our legal team estimates we need $250,000 to see this through to the state supreme court.

Stand with us: https://{PB}/donate/fairmaps-legal

For democracy,

Fair Maps Now Action Fund

Paid for by Fair Maps Now Action Fund. Not authorized by any candidate or candidate's committee.""",
     ("Fair Maps Now", "action@fairmapsnow.org"),
     ("fundraising", "us-style", "hard-negative", "metaphor"),
     headers=c.newsletter_headers("Action Network"), fmt="alt", accent="#5b2c83")

# 5 fake membership expiry
bulk("FINAL NOTICE: Your 2026 Democratic Membership has EXPIRED", f"""*** FINAL NOTICE ***

Member: {c.secretary()[0].upper()}
Member ID: DNM-20-44718
Status: EXPIRED ❌

{SEC}, our records show that your 2026 Democratic Membership has NOT been renewed. Active members are the backbone of our party. Without you, we cannot fight back against the MAGA extremists who want to take away our rights.

Please renew IMMEDIATELY to restore your status:
https://{PB}/donate/dnm-renew

Renewal takes less than 60 seconds.

Democratic National Membership Drive

Paid for by the Democratic Victory Committee. Membership is symbolic and confers no voting rights.""",
     ("Democratic Membership Dept.", "membership@democraticvictorycmte.org"),
     ("fundraising", "us-style", "confuser", "bulk-as-urgent"), fmt="html", accent="#002868")

# 6 official survey
bulk("Official 2026 Midterm Survey -- RESPONSE REQUIRED", f"""OFFICIAL 2026 MIDTERM STRATEGY SURVEY

Issued to: {c.secretary()[0]}
Response status: NOT RECEIVED

You have been selected to represent your area in our official Midterm Strategy Survey. Your responses will directly shape our plan to defeat the far-right in November.

Q1. Do you support protecting abortion rights nationwide? YES / NO
Q2. Should billionaires pay their fair share? YES / NO
Q3. Will you chip in to help Democrats hold the line in November? YES / NO

Complete your survey: https://survey.democraticvictorycmte.org/official-2026

(Your survey will remain open until midnight.)

Paid for by the Democratic Victory Committee.""", ("Democratic Victory Committee", "survey@democraticvictorycmte.org"),
     ("fundraising", "survey", "us-style", "confuser", "bulk-as-urgent"),
     headers=c.newsletter_headers("Mailchimp"))

# 7 Republican-side
bulk("The Radical Left wants to DESTROY everything we love", f"""Patriot,

The Radical Left has made it clear: they want to DESTROY everything we love about this country.

Our faith. Our flag. Our families. Our freedom.

They'll stop at nothing. Open borders. Sky-high taxes. Woke indoctrination in our kids' schools. And now they're coming for your Second Amendment rights.

We can STOP them -- but only if true patriots step up RIGHT NOW.

I need 1,776 patriots to chip in before midnight. Will you be one of them?

>> YES, I'LL STAND WITH PATRIOTS: https://win.redwallamerica-pac.com/stand

God bless,
Col. Dwayne Hatcher (Ret.)
Chairman, Red Wall America PAC

PAID FOR BY RED WALL AMERICA PAC. NOT AUTHORIZED BY ANY CANDIDATE OR CANDIDATE'S COMMITTEE.""",
     ("Col. Dwayne Hatcher", "patriots@redwallamerica-pac.com"),
     ("fundraising", "us-style", "other-party", "hard-negative", "metaphor"), fmt="html", accent="#b22234")

# 8 devastated, short
bulk("devastated", f"""{SEC}, I'm devastated. We missed our goal by $3,112.

I really thought we'd make it. Can you help close the gap before the books close tonight?

https://{PB}/donate/whitfield-gap

-Dana""", ("Dana Whitfield", "dana@danawhitfield.com"),
     ("fundraising", "us-style", "short"), headers=c.newsletter_headers("Action Network"))

# 9 'bad news', one line
bulk("bad news", f"""Bad news, {SEC}. Click here for the details: https://{PB}/donate/badnews-q4

Paid for by Blue Horizon PAC.""", ("Blue Horizon PAC", "alerts@bluehorizonpac.org"),
     ("fundraising", "us-style", "short", "confuser"))

# 10 Americans abroad voter registration
bulk("Americans in the UK: register to vote from abroad -- deadline approaching", f"""Hello from Americans Overseas for Democracy -- UK Chapter!

If you're a US citizen living in the United Kingdom, you can vote in the midterm elections -- but you need to request your absentee ballot NOW. Many states have deadlines in the next two weeks.

HOW TO VOTE FROM THE UK
1. Fill in the Federal Post Card Application (FPCA) at our Vote From Abroad tool: https://votefromabroad-aod.org
2. Send it to your local election office in the last US state you lived in.
3. Watch your inbox for your ballot, then return it by email, fax or post depending on your state.

UK EVENTS
- Voter registration drop-in, London, Saturday 2-5pm, The Crown & Anchor function room
- Manchester watch party on Election Night -- details to follow
- Phone bank to swing states, every Tuesday, online

Questions? Our volunteer Voter Help Desk replies within 48 hours: votehelp@aod-uk.org

Americans Overseas for Democracy UK is a volunteer organisation. We are not affiliated with any UK political party.

Unsubscribe | Update your details""", ("Americans Overseas for Democracy UK", "uk@aod-uk.org"),
     ("newsletter", "us-style"), headers=c.newsletter_headers("Mailchimp"), fmt="alt", accent="#3c3b6e")

# 11 "target on my back"
bulk("They've painted a target on my back", f"""Friend,

I'll be honest with you. When I decided to run for this seat, I knew the special interests would come after me. I didn't know how fast.

This week the Chamber of Commerce PAC announced they're spending $1.8 MILLION to defeat me. They've painted a target on my back because I refuse to take corporate PAC money and I said -- out loud -- that insulin should cost $35.

I'm not backing down. But I can't fight $1.8 million on my own.

Will you split a donation between my campaign and 5 other progressive candidates who are being targeted?

https://{PB}/donate/targeted-six

In this together,
Marisol Ortega
Candidate for Congress, AZ-09

Paid for by Ortega for Arizona.""", ("Marisol Ortega", "marisol@ortegaforarizona.com"),
     ("fundraising", "us-style", "hard-negative", "metaphor", "benign-violent-word"),
     headers=c.newsletter_headers("Action Network"), fmt="alt", accent="#d9480f")

# 12 Member forwards one as a joke -> other
c.add("other", subject="Fwd: we're getting OBLITERATED", body=c.forward(f"""{SEC} have you seen the stuff the Americans send?! Got this because I gave $5 to someone in 2020 and now I get FOUR A DAY. Apparently they're getting obliterated, again. Makes our lot look restrained. Maybe don't show the fundraising committee, they'll get ideas 😂

Rachel""", """We're getting OBLITERATED.

Republicans just outraised us by $2 MILLION in a single quarter and the Beltway media is already writing our obituary.

I refuse to go down without a fight. Will you chip in $5 RIGHT NOW to prove them wrong?

>> https://secure.pledgeblue.com/donate/obliterated

-- Team Navarro""", "Team Navarro <team@elinavarro.com>", "we're getting OBLITERATED",
      orig_date=c.date(days_back=27)), date=c.date(days_back=26),
      sender=c.person("Rachel"), tags=("forwarded", "hard-negative", "metaphor", "personal"))

# 13 "Official" sweepstakes
bulk("WIN a trip to meet Ruth (airfare included!)", f"""Want to meet Ruth in person?

Enter for a chance to WIN a trip for two to the campaign's Election Night party -- airfare and hotel included!

Any contribution enters you to win. Contributions of $10 or more get DOUBLE entries.

ENTER NOW: https://{PB}/donate/meet-ruth

No contribution necessary to win. Contest ends midnight ET on Sunday. Must be 18+ and a US citizen or permanent resident to enter. Full rules: https://ruthcallahan.com/rules

Paid for by Callahan for Senate.""", ("Callahan for Senate", "info@ruthcallahan.com"),
     ("fundraising", "us-style"), headers=c.newsletter_headers("Action Network"), fmt="alt", accent="#1a3d8f")

# 14 internal memo style
bulk("MEMO: Our path to victory (confidential)", f"""TO: Top supporters
FROM: Campaign Manager, Whitfield for Governor
RE: Path to victory -- final 30 days
STATUS: Confidential -- please do not forward

{SEC}, you're receiving this because you're one of our most committed supporters. Here's where things stand.

1. THE MAP. We are competitive in 11 of 14 counties we need. The suburban collar counties have moved 6 points toward us since August.

2. THE MONEY. Our opponent's allies have reserved $14M in TV for the final month. We have $6.1M reserved. We do not need to match them. We need to get within range.

3. THE GROUND GAME. 2,800 volunteers knocked 190,000 doors last weekend. That's our secret weapon -- and it's why their internal polls are spooking them.

4. THE ASK. To finish the job we need to raise $2.4M in 30 days. The vast majority of that will come from people giving $27 or less.

If you can chip in, this is the moment: https://{PB}/donate/whitfield-memo

Thanks for being with us to the finish line.

Kevin Oduya
Campaign Manager

Paid for by Whitfield for Governor.""", ("Kevin Oduya, Whitfield for Governor", "kevin@danawhitfield.com"),
     ("fundraising", "us-style", "long", "benign-violent-word"), headers=c.newsletter_headers("Action Network"))

# 15 UK candidate copying US trick: RE: quick favour
bulk("Re: quick favour?", f"""Hi {SEC},

Hope you don't mind me dropping you a line. Bit of a favour to ask.

As you might know, I've been selected as Labour's candidate for Kenwick South, which we lost by 1,104 votes last time. The local Tories are already running Facebook ads calling me "a London lawyer who's never been to Kenwick" (I've lived here for 31 years, but never mind).

I want to get our first leaflet out before theirs, and to do that I need to raise £2,000 by the end of the month. Could you help with £10 or £20?

https://kenwicksouthlabour.org.uk/give

Thanks so much -- and if you're ever over this way, the kettle's always on at the campaign office.

Best wishes,

Joe

Joe Adebayo, Labour candidate for Kenwick South

Promoted by C. Lyle on behalf of Joe Adebayo, both at 3 Foundry Yard, Kenwick KW1 2DF. You're receiving this because you signed up at kenwicksouthlabour.org.uk. Unsubscribe: https://kenwicksouthlabour.org.uk/u""",
     ("Joe Adebayo", "joe@kenwicksouthlabour.org.uk"),
     ("fundraising", "fake-reply-subject", "confuser"))

# 16 fake missed call
bulk("Missed call from Ruth Callahan (2)", f"""📞 MISSED CALL (2)

Caller: Ruth Callahan
Status: Unanswered

{SEC}, Ruth tried to reach you twice today. She wanted to personally ask if she could count on you before our end-of-month deadline.

Call back: https://{PB}/donate/callback

(Ruth wanted you to know she'd rather hear from you than from a pollster.)

Paid for by Callahan for Senate.""", ("Ruth Callahan (via campaign)", "info@ruthcallahan.com"),
     ("fundraising", "us-style", "confuser"), fmt="html", accent="#1a3d8f")

# 17 query: member asks if these are genuine
c.add("query", subject="are these emails real?", body=f"""Hello {SEC}

Sorry to bother you with this but I'm not very good with the computer. I keep getting emails that say they are from the Labour Party saying FINAL DEADLINE and "we're being crushed" and "they're coming for your NHS". One today said RE: your membership like it was replying to me but I never wrote to them.

Are these genuine? My grandson says they might be a scam. I don't want to give money to the wrong people. If I want to help the party should I give to the national people or to our own local party, and how do I do that? I would rather it stayed local if possible.

Thank you and sorry again.

Maureen Lloyd
(Eastfield branch)""", sender=c.person("Maureen", "Lloyd"),
      tags=("confuser", "personal-ask", "mentions-alarmist-mail"))

# 18 'Flagged account'
bulk("[Account flagged]", f"""Hi {SEC},

Your supporter account has been flagged.

Reason: no contribution recorded this quarter

This isn't a big deal. But we're checking in with every supporter before our deadline, and we'd really love to be able to mark you as ACTIVE.

Reactivate with any amount: https://{PB}/donate/reactivate

Thanks,
Progressive Turnout Project Alliance

Paid for by the Progressive Turnout Project Alliance (PTPA). Not authorized by any candidate.""",
     ("PTPA Alerts", "alerts@ptpalliance.org"), ("fundraising", "us-style", "confuser"),
     headers=c.newsletter_headers("Action Network"))

# 19 'candidate's mum'
bulk("This is Eli's mom", f"""{SEC},

This is Eli's mom, Rosa. Eli doesn't know I'm writing this. 

I've watched my son work eighteen-hour days for a year. I've watched strangers on television call him names that I won't repeat. And I've watched him get up every morning and go right back out there to fight for people like our neighbors, who can't afford their prescriptions.

I don't ask for much. But I'm asking you now: will you help my son win?

https://{PB}/donate/eli-mom

With love (and a little worry),
Rosa Navarro

P.S. Please don't tell him I emailed you. He'll be embarrassed.

Paid for by Navarro for Congress.""", ("Rosa Navarro", "team@elinavarro.com"),
     ("fundraising", "us-style"), headers=c.newsletter_headers("Action Network"), fmt="alt")

# 20 Election night war room
bulk("Join us in the war room on Election Night", f"""{SEC} -- we're opening the doors of our Election Night war room to a small group of supporters, and we'd like you to be one of them (virtually).

From 7 PM ET you'll get:
• Live updates from our data team, county by county
• A behind-the-scenes look at our voter protection hotline
• A few words from Dana before she heads to the stage

There's no cost to join, but we're asking everyone who RSVPs to consider a final contribution to fund our last 72 hours of turnout.

RSVP: https://danawhitfield.com/warroom

See you there!
Team Whitfield

Paid for by Whitfield for Governor.""", ("Team Whitfield", "info@danawhitfield.com"),
     ("fundraising", "us-style", "hard-negative", "benign-violent-word"),
     headers=c.newsletter_headers("Action Network"), fmt="alt", accent="#00635a")

# 21 unsubscribe confirmation
bulk("You've been unsubscribed", f"""You've been unsubscribed from Blue Horizon PAC's "Urgent Alerts" list.

You may still receive emails from our other lists, including "Weekly Roundup", "Breaking News" and "Supporter Updates". To manage all your subscriptions, visit https://bluehorizonpac.org/preferences.

We're sorry to see you go. If you ever change your mind, we'll be here -- fighting.

Blue Horizon PAC""", ("Blue Horizon PAC", "noreply@bluehorizonpac.org"),
     ("us-style", "notification"))

# 22 Tied / dead heat in all caps
bulk("DEAD HEAT", """DEAD. HEAT.

ORTEGA 47
RUIZ (R) 47

The race is TIED, and every dollar we raise in the next 48 hours decides who wins.

Please, {sec}: rush a gift. The attack ads start Monday.

https://secure.pledgeblue.com/donate/deadheat""".replace("{sec}", SEC),
     ("Ortega for Arizona", "marisol@ortegaforarizona.com"),
     ("fundraising", "us-style", "short", "hard-negative", "benign-violent-word"), fmt="html",
     accent="#d9480f")

# 23 Republican 'we will CRUSH the Democrats'
bulk("We WILL crush the Democrats in November", f"""Fellow Conservative,

The Democrats think they have this election in the bag. They are WRONG.

With your help we WILL crush the Democrats in November and take back the Senate. Our volunteers are making 250,000 calls a week. Our ads are hitting where it hurts. And the polls are moving our way.

But the liberal billionaires are dumping millions into the swing states. We need to match them.

>> Chip in $25 to CRUSH the Democrats: https://win.redwallamerica-pac.com/crush

Your friend in the fight,
Senate Majority Victory Fund

Paid for by the Senate Majority Victory Fund.""", ("Senate Majority Victory Fund", "victory@smvfund.com"),
     ("fundraising", "us-style", "other-party", "hard-negative", "metaphor"),
     headers=c.newsletter_headers("Campaign Monitor"))

# 24 birthday card gimmick
bulk("Sign Dana's birthday card", f"""Dana turns 54 on Thursday, and we're putting together a card from her supporters.

Will you add your name? It takes two seconds: https://danawhitfield.com/card

(After you sign, you'll have the option to chip in a birthday gift for the campaign. Totally optional!)

Team Whitfield

Paid for by Whitfield for Governor.""", ("Team Whitfield", "info@danawhitfield.com"),
     ("fundraising", "us-style", "short"), headers=c.newsletter_headers("Action Network"))

# 25 long: state of the race newsletter, more measured
bulk("Sunday letter: what the early vote is telling us", f"""Good morning,

This is our Sunday letter, where we slow down and tell you what we're actually seeing -- not the breathless stuff that fills your inbox the rest of the week. (We know. We send some of it too.)

THE EARLY VOTE

Early voting opened in 31 states this week. Turnout among voters under 30 is running ahead of 2022 in most of the states we track, and notably ahead in two of the three Senate races we consider tipping-point races. That's encouraging, but we'd caution against reading too much into it: younger voters have historically front-loaded their early vote in some states and then not shown up on Election Day in the numbers the early data suggest.

Turnout among older voters, meanwhile, is slightly down on 2022, which may simply reflect a shift to mail ballots that haven't been returned yet.

THE MONEY

Outside spending in House races is on track to pass $1.9 billion. Most of it is negative. If you live in a competitive district, you are being carpet-bombed with attack ads, and you'll have noticed they're nastier than usual this cycle. Research consistently finds attack ads do most damage when they go unanswered for a week or more -- which is why campaigns beg so hard for rapid-response money.

THE GROUND

Our volunteers made 412,000 calls and sent 1.1 million texts this week. Contact rates are low, as they always are now. The conversations that do happen are long, and more of them are about prices than about anything else.

THE SAFETY QUESTION

We've had a number of you ask about reports of threats against election workers. These are real and serious, and several states have expanded protection programmes for county clerks and poll workers. If you're volunteering as a poll watcher, please take the training seriously and follow the de-escalation guidance. Nobody is asking you to be a hero.

WHAT WE'RE ASKING

Nothing dramatic this week. If you can volunteer for a phone-bank shift, that's the single most useful thing you can do: https://bluehorizonpac.org/volunteer

If you'd rather give, here's the link: https://{PB}/donate/sunday

Have a good week,

Leah Marchetti
Political Director, Blue Horizon PAC

Paid for by Blue Horizon PAC and not authorized by any candidate or candidate's committee.""",
     ("Leah Marchetti, Blue Horizon PAC", "leah@bluehorizonpac.org"),
     ("fundraising", "newsletter", "us-style", "long", "hard-negative", "news-about-threats", "metaphor"),
     headers=c.newsletter_headers("Action Network"), fmt="alt", accent="#0a58ca")

# 26 Progressive group 'Fight like hell'
bulk("Fight like hell", f"""They are trying to take away our healthcare. Again.

The budget bill that passed the House committee today slashes Medicaid by $880 billion over ten years. It would throw millions of people off their coverage. And the vote on the floor could come as soon as next week.

We have to fight like hell to stop it.

Here's the plan:
1. Flood the Capitol switchboard. Call your representative at (202) 555-0143.
2. Show up at district offices this weekend. Find an event: https://ourhealthcarefight.org/events
3. Fund the ad campaign targeting the 18 swing-district Republicans who can kill this bill: https://{PB}/donate/healthcare-fight

Let's go.

Our Healthcare Fight

Paid for by Our Healthcare Fight Action.""", ("Our Healthcare Fight", "act@ourhealthcarefight.org"),
     ("fundraising", "petition", "us-style", "hard-negative", "metaphor"),
     headers=c.newsletter_headers("Action Network"), fmt="alt", accent="#7b2cbf")

# 27 UK: momentum-ish group copying US
bulk(f"{SEC}, we're not going to lie to you", f"""{SEC}, we're not going to lie to you. This week has been brutal.

Three of our best organisers have been suspended pending "investigation" -- no charge, no timeline, no explanation. The right of the party is trying to purge the left before the selections open. They want to crush any challenge before it starts.

We're not having it.

We've instructed lawyers to demand due process for all three. And we're stepping up our organising in every CLP where there's a trigger ballot this spring.

We're funded entirely by members. If you can, chip in £4 a month to make sure we can keep fighting: https://peoplesmomentum-uk.org/join

Solidarity,
The People's Momentum Team""", ("People's Momentum", "team@peoplesmomentum-uk.org"),
     ("fundraising", "hard-negative", "metaphor"), headers=c.newsletter_headers("NationBuilder"),
     fmt="alt", accent="#e30613")

# 28 query: American member asks about a US midterm watch party at CLP office
c.add("query", subject="US election night at the office?", body=f"""Hi {SEC},

Quick question. I'm a member (Westgate branch) but I'm also American, and I help run the local group of Americans Overseas for Democracy. We'd like to hold a small watch party on the night of the US midterms -- probably 20-30 people, starting around 10pm and going on until it becomes clear who's won or we all fall asleep.

Would it be possible to use the CLP office/meeting room for that? We'd pay for the room obviously and clean up after ourselves. I'm aware the party might not want to be seen to be backing a US party formally, so if that's a problem just say and we'll book the back room of the Feathers instead.

Also, is there a key-holder rota or would someone need to be there with us?

Thanks!
Kayla Brennan""", sender=("Kayla Brennan", "kaylab.uk@gmail.com"), tags=("personal-ask",))

# 29 emoji-laden short
bulk("🚨🚨🚨", f"""{SEC}!!! 🚨

Our match EXPIRES in 2 hours. We're $8K away.

👉 https://{PB}/donate/emoji-match

🙏 Ruth's team""", ("Ruth Callahan", "info@ruthcallahan.com"),
     ("fundraising", "us-style", "short", "confuser", "bulk-as-urgent"),
     headers=c.newsletter_headers("Action Network"))

# 30 'last chance' receipt-like recurring upsell
bulk("Your contribution receipt + a quick question", f"""Thank you for your contribution!

Recipient: Navarro for Congress
Amount: $5.00
Date: {c.date()[5:16]}
Card: **** 1187

Could you make it monthly? Monthly donors are the lifeblood of grassroots campaigns -- they let us plan ahead instead of scrambling every deadline.

Make it monthly: https://{PB}/recurring/navarro

Contributions to PledgeBlue-processed committees are not tax deductible. PledgeBlue is a nonprofit fundraising platform. Questions: help@pledgeblue.com""",
     ("PledgeBlue", "receipts@pledgeblue.com"), ("fundraising", "receipt", "us-style"))

# 31 right-populist governor 'they're coming after me'
bulk("They're coming after me -- and YOU", f"""They're not really coming after me. They're coming after YOU. I'm just standing in the way.

Every corrupt bureaucrat, every fake news anchor, every radical prosecutor in this country wants me GONE, because I'm the last line of defense between you and the swamp.

I will NEVER surrender.

Will you stand with me? Chip in $47 to the DEFEND THE MOVEMENT FUND:
https://win.redwallamerica-pac.com/defend

-- Governor Hollings

PAID FOR BY HOLLINGS VICTORY COMMITTEE.""", ("Gov. Hollings", "movement@hollingsvictory.com"),
     ("fundraising", "us-style", "other-party", "hard-negative", "metaphor"), fmt="html", accent="#b22234")

# 32 multiple candidates 'split'
bulk("3 races. 3 days. 1 chip-in.", f"""Three races will decide the Senate. All three are within the margin of error. All three candidates are being outspent.

Split a gift between them in one click:
  • Ruth Callahan (PA)
  • Dana Whitfield (for Governor, MI)
  • Marisol Ortega (AZ-09)

https://{PB}/donate/three-races

Paid for by Blue Horizon PAC.""", ("Blue Horizon PAC", "alerts@bluehorizonpac.org"),
     ("fundraising", "us-style", "short"), headers=c.newsletter_headers("Action Network"))

# 33 Democrats abroad-ish press/newsletter with news of threats to candidates
bulk("Weekly roundup: redistricting, debates, and candidate security", f"""WEEKLY ROUNDUP

1) REDISTRICTING FIGHT HEADS TO COURT
The lawsuit over the state's new congressional map was filed Monday. A hearing is set for the 19th.

2) DEBATE SEASON
Ortega and Ruiz meet Thursday at 8 PM ET. Watch party links below.

3) CANDIDATE SECURITY
Capitol Police figures released this week show threat cases against members of Congress hit another record last year. Two state legislative candidates in the Midwest suspended door-knocking after being followed from events, and several campaigns now travel with security. We've put together a short guide to safety for volunteers on the doors -- it's common-sense stuff (go in pairs, share your route, leave if you feel uncomfortable) and worth five minutes of your time: https://bluehorizonpac.org/volunteer-safety

4) WHAT WE'RE READING
"The inbox arms race": why fundraising emails got so shouty, and whether it works.

Have a good weekend.

Blue Horizon PAC · You're receiving our Weekly Roundup. Manage preferences.""",
     ("Blue Horizon PAC", "roundup@bluehorizonpac.org"),
     ("newsletter", "us-style", "hard-negative", "news-about-threats"),
     headers=c.newsletter_headers("Action Network"), fmt="alt", accent="#0a58ca")

# 34 'a rude email'
bulk("a rude email", f"""{SEC},

This is going to be a rude email. Sorry in advance.

You opened our last 9 emails. You haven't donated. We're not mad -- we're just out of options.

Midnight. $10. https://{PB}/donate/rude

That's it. That's the email.

- Team Navarro

Paid for by Navarro for Congress.""", ("Team Navarro", "team@elinavarro.com"),
     ("fundraising", "us-style", "short", "confuser"), headers=c.newsletter_headers("Action Network"))

# 35 UK style: "The Tories are spending a fortune to smear ..."
bulk("A smear, a lie and a leaflet", f"""Morning {SEC},

Overnight, the Conservatives in Kenwick South put out a leaflet claiming Joe Adebayo "wants to close Kenwick Fire Station". It's a lie. Joe has spent four years campaigning to keep it open -- he organised the petition that 6,000 people signed.

They know it's a lie. They've done it anyway, because they think we can't afford to answer it.

We can. We're printing a rebuttal leaflet -- with a photo of Joe handing in that petition -- and it'll go through every door in the ward by Saturday. It costs £640.

Can you help? https://kenwicksouthlabour.org.uk/give

Thanks,

Kenwick South Labour campaign team

Promoted by C. Lyle on behalf of Joe Adebayo, both at 3 Foundry Yard, Kenwick KW1 2DF.""",
     ("Kenwick South Labour", "team@kenwicksouthlabour.org.uk"),
     ("fundraising", "hard-negative", "metaphor"), headers=c.newsletter_headers("Mailchimp"))

# 36 PAC "no-one has responded from your area"
bulk(f"Nobody from {CLP.replace(' CLP', '')} has responded", f"""{SEC},

We're looking at our map of supporters who've chipped in this month, and there's a gap right where you are. Nobody from your area has responded yet.

Could you be the first? https://{PB}/donate/map-gap

Paid for by the Progressive Turnout Project Alliance.""", ("PTPA", "alerts@ptpalliance.org"),
     ("fundraising", "us-style", "short", "confuser"))

# 37 "I'm begging you" html-only, long lines
bulk("I'm begging you", f"""I don't know how else to say it, {SEC}. I'm begging you.

We are 72 hours from the most important deadline of this entire campaign, and we are $94,000 behind where we need to be. If we don't hit this number, my team tells me we'll have to cancel our final week of TV in the Philadelphia suburbs -- the exact voters who will decide this race.

I've never begged for anything in my life. But I'm begging now, because the alternative is letting a man who wants to ban abortion nationwide walk into the Senate unopposed on the airwaves.

[[I'll chip in|https://{PB}/donate/begging]]

With everything I've got,
Ruth

Paid for by Callahan for Senate.""", ("Ruth Callahan", "info@ruthcallahan.com"),
     ("fundraising", "us-style", "confuser"), fmt="html", accent="#1a3d8f")

# 38 gun-safety group: 'shot' words in a benign way (policy context)
bulk("One vote short", f"""{SEC},

The background checks bill failed in the Senate last night. One vote short.

One.

Families who have lost children to gun violence sat in the gallery and watched it happen. Some of them have been coming to that building for eleven years.

We're not giving up. We never do. Next year's elections will decide whether that one vote changes -- and we're going to be in every race where it could.

Stand with survivors: https://{PB}/donate/one-vote

Parents for Safer Communities Action Fund""",
     ("Parents for Safer Communities", "action@saferparents.org"),
     ("fundraising", "us-style", "hard-negative", "benign-violent-word"),
     headers=c.newsletter_headers("Action Network"))

# 39 UK: Plaid/independent style, Welsh flavour
bulk("Mae'r frwydr yn dechrau / The fight starts now", f"""Annwyl gefnogwr / Dear supporter,

Mae'r frwydr dros Senedd gryfach yn dechrau nawr. The fight for a stronger Senedd starts now.

Westminster has short-changed Wales for a generation. Our railways, our coal tips, our water -- decisions about all of them are still made in London. In May we have the chance to change that.

We need 500 new monthly donors before Christmas to fund organisers in every new Senedd constituency.

Cyfrannwch / Donate: https://rhoi.cymruymlaen.cymru

Diolch / Thank you,
Cymru Ymlaen

Hyrwyddwyd gan / Promoted by G. Pritchard ar ran / on behalf of Cymru Ymlaen, 18 Heol y Frenhines, Caerdydd CF10 2BY.""",
     ("Cymru Ymlaen", "newyddion@cymruymlaen.cymru"),
     ("fundraising", "other-party", "bilingual", "hard-negative", "metaphor"),
     headers=c.newsletter_headers("Mailchimp"), fmt="alt", accent="#3a7d44")

# 40 short UK "Can we count on you?" final
bulk("Can we count on you, " + SEC + "?", f"""Can we count on you?

Yes, here's £5: https://donate.labourcampaigns.org.uk/count?amt=5
Yes, here's £10: https://donate.labourcampaigns.org.uk/count?amt=10
Not today: https://e.labourcampaigns.org.uk/not-today

Labour
Promoted by Nadia Fenwick on behalf of the Labour Party, both at 14 Tanner Row, London SE1 4QP.""",
     ("Labour", "info@e.labourcampaigns.org.uk"), ("fundraising", "short"),
     headers=c.newsletter_headers("NationBuilder"), fmt="alt")

c.write()
