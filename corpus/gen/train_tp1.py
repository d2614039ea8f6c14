"""train/tp1: political mass mail, part 1 -- UK party and candidate fundraising.

Every message body below is hand-written. The helpers only wrap text in the shapes
fundraising mail arrives in (a button-and-table HTML part, list headers or none).
"""
import html
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tp1", seed=2901)
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


LAB = ("Labour", "info@e.labourcampaigns.org.uk")
LAB_IMPRINT = ("Promoted by Nadia Fenwick on behalf of the Labour Party, both at "
               "14 Tanner Row, London SE1 4QP.")

# 1
bulk("They're coming for your NHS", f"""{SEC},

I'll be blunt. They're coming for your NHS.

The Tories and Reform have spent the summer telling anyone who'll listen that the health
service is "unaffordable". They don't want to fix it. They want to break it up and sell it
off, ward by ward, hospital by hospital -- and they've got the money to fight a very nasty
campaign to do it.

We can't match them pound for pound. We never could. But we can match them with people, and
with thousands of small donations that add up to something they can't buy.

Will you chip in £5 today to defend the NHS?

[[Chip in £5|https://donate.labourcampaigns.org.uk/nhs?amt=5]]

Every pound goes straight into the fight in the seats where the NHS is on the ballot.

Thank you,

Gwen Alderley
Campaign Coordinator

{LAB_IMPRINT}
You are receiving this email because you signed up at a Labour event. Unsubscribe:
https://e.labourcampaigns.org.uk/unsub""", LAB, ("fundraising", "hard-negative", "metaphor"),
     headers=c.newsletter_headers("NationBuilder"), fmt="alt", preheader="They want to sell it off.")

# 2
bulk("we're being crushed", f"""{SEC} -- I've just seen the latest spending returns and I feel sick.

The Conservatives raised £4.1 million last quarter. We raised a fraction of that. Their war
chest is being poured into Facebook ads in exactly the marginals we need to hold, and right
now we're being crushed online. Every time someone in a target seat opens their phone,
they see an attack ad. Not ours.

I'm not asking for a lot. I'm asking for £3. If ten thousand people give £3 tonight, we can
put our own message in front of the voters who'll decide the next election.

[[Give £3 now|https://donate.labourcampaigns.org.uk/q3?amt=3]]

Sorry for the gloomy email. But you deserve the truth.

Priya
Digital Fundraising Team

{LAB_IMPRINT}""", ("Priya at Labour", "priya@e.labourcampaigns.org.uk"),
     ("fundraising", "hard-negative", "metaphor"), fmt="html")

# 3
bulk("FINAL DEADLINE: midnight", f"""FINAL DEADLINE -- MIDNIGHT TONIGHT

{SEC}, a group of long-standing supporters has promised to MATCH every donation made before
midnight, up to £50,000. After midnight the offer is gone.

Your £5 becomes £10.
Your £10 becomes £20.
Your £25 becomes £50.

We are £11,370 short. This is the last email you'll get about it.

[[DOUBLE MY DONATION|https://donate.labourcampaigns.org.uk/match?src=eml_final]]

Labour Fundraising

{LAB_IMPRINT}
Update your email preferences or unsubscribe here: https://e.labourcampaigns.org.uk/prefs""",
     LAB, ("fundraising", "confuser", "bulk-as-urgent"), headers=c.newsletter_headers("NationBuilder"),
     fmt="alt", accent="#e4003b", logo="LABOUR")

# 4
bulk("RE: your membership", f"""Hi {SEC},

Sorry to email again -- I know you're busy.

I just wanted to check you'd seen my message from Tuesday. We're asking every member in
{CLP.replace(' CLP', '')} to add a little extra to their membership this year for the
Fighting Fund, because the seats we need to win next time are being decided now, not in the
last three weeks.

If you've already given, thank you and ignore this. If you haven't, could you add £4 a month?

https://donate.labourcampaigns.org.uk/fightingfund?ref=re_membership

Thanks so much,
Tom
Labour Membership Team

(This is an automated message -- replies to this address are not monitored.)
{LAB_IMPRINT}""", ("Tom, Labour Membership", "membership@e.labourcampaigns.org.uk"),
     ("fundraising", "confuser", "fake-reply-subject"))

# 5
bulk(f"{SEC} -- 3 hours left", f"""3 hours left. £2,200 to go.

https://donate.labourcampaigns.org.uk/eoq?amt=10

Team Labour
{LAB_IMPRINT}""", LAB, ("fundraising", "short", "confuser", "bulk-as-urgent"),
     headers=c.newsletter_headers("NationBuilder"))

# 6
bulk("I'm not going to sugarcoat this", f"""{SEC},

I'm not going to sugarcoat this: the polls have moved against us, and they've moved fast.

In the last six weeks Reform have gained in forty of the seats we hold with majorities under
5,000. Some of those are seats where the same families have voted Labour for three
generations. People there aren't stupid and they aren't racist. They are tired, and they've
been told for years that nothing will change. Reform's pitch is simple: burn it all down.

Ours has to be better than that, and it has to reach people on the doorstep, not just on
telly. That means organisers on the ground in those forty seats, and organisers cost money.

So here's the ask. We want to put an organiser into every one of those forty seats before
Christmas. Each one costs around £2,400 a month. Every single donation, however small, goes
into that fund and nothing else.

[[Fund an organiser|https://donate.labourcampaigns.org.uk/organisers]]

I know money is tight for a lot of you. If you can't give, share this with someone who can,
or get out on the doorstep with your local party this weekend. That matters just as much.

In solidarity,

Marcus Hale
Deputy General Secretary

{LAB_IMPRINT}""", ("Marcus Hale", "marcus.hale@e.labourcampaigns.org.uk"),
     ("fundraising", "hard-negative", "metaphor"), headers=c.newsletter_headers("NationBuilder"),
     fmt="alt")

# 7 by-election candidate, combative
bulk("This is war (the nice kind)", f"""Friends,

Let's not pretend otherwise. The Haddon Vale by-election is a straight fight between us and a
Reform candidate who thinks the council should "stop wasting money" on libraries and bus
passes. This is war -- the nice kind, fought with leaflets and clipboards and flasks of tea --
and I intend to win it.

Polls open on Thursday 14th. Here's what I need:

* Bodies on the doors. Sessions every day at 10am and 5.30pm from the Co-op car park on
  Mill Lane. Bring comfy shoes.
* Drivers for polling day to take older voters to the station.
* Money. We are allowed to spend £740 on this campaign and we've raised £310. Every tenner
  is another 200 leaflets.

Donate: https://haddonvalelabour.org.uk/donate
Sign up for a session: https://haddonvalelabour.org.uk/doors

We hit the doors hard last weekend and the response was brilliant. Let's finish the job.

Dee Marsh
Labour candidate, Haddon Vale ward

Promoted by K. Osei on behalf of Dee Marsh, both at 22 Chantry Close, Haddon, HD4 7LT.""",
     ("Dee Marsh for Haddon Vale", "dee@haddonvalelabour.org.uk"),
     ("fundraising", "hard-negative", "metaphor", "benign-violent-word"),
     headers=c.list_headers("Haddon Vale Campaign", domain="lists.haddonvalelabour.org.uk"))

# 8 Conservative fundraising, received by the secretary
bulk("Labour want to destroy everything we've built", f"""Dear Friend,

Labour want to destroy everything we have built.

Fourteen years of sound money. Record employment. A country that stood tall in the world.
In just a few short years Labour have taxed family farms, hammered small businesses and
handed our borders to the people smugglers.

We are fighting back. But we cannot do it alone.

Our new campaign fund will take the fight to Labour in the seats where they are weakest. We
have already identified 80 constituencies where Labour MPs are vulnerable -- and with your
help we will win every one of them.

Please give £15, £25 or £50 today.

[[DONATE TO THE CAMPAIGN FUND|https://give.conservatives-forward.org.uk/cf26]]

Thank you for standing with us.

Yours,
Conservative Campaign Headquarters

Promoted by R. Ashdown on behalf of the Conservative and Unionist Party, both at 4 Mathew
Parker Street, London SW1H 9NP.
Click here to unsubscribe.""", ("Conservatives", "campaign@conservatives-forward.org.uk"),
     ("fundraising", "hard-negative", "metaphor", "other-party"),
     headers=c.newsletter_headers("Campaign Monitor"), fmt="alt", accent="#0087dc")

# 9 Lib Dem
bulk("It's a two-horse race here (and Labour can't win)", f"""Hello,

Just a quick one.

Our latest survey in Westbury & Fenn shows it's neck and neck between the Lib Dems and the
Conservatives. Labour are a distant third -- they simply can't win here.

LIB DEM 38%   CON 36%   LAB 17%   REF 9%

[Survey of 412 residents, conducted by the local party, October.]

The Tories are throwing everything at this seat. They've already sent three glossy mailings
and they're paying for targeted ads on Facebook. We need £1,800 to get our Focus leaflet
through every door before they do.

Can you help with £10?

https://westburyfenn-libdems.org.uk/donate

Thanks,

Harriet Cole
Your Lib Dem campaigner for Westbury & Fenn

Promoted by J. Wetherby on behalf of Harriet Cole (Liberal Democrats), both at 9 Station
Road, Westbury WB2 3EE.""", ("Harriet Cole - Lib Dems", "harriet@westburyfenn-libdems.org.uk"),
     ("fundraising", "other-party"))

# 10 Green party
bulk("The oil giants want us gone", f"""{SEC},

The fossil fuel lobby spent more than £9 million on lobbying in Westminster last year.
They have friends in every newspaper. They have PR agencies on speed-dial. And they have one
goal: to make sure nobody in Parliament says no to new drilling.

Green councillors and MPs say no every single time. That's why the oil giants want us gone.

We don't take their money. We never will. So we rely on you.

Can you chip in £3 to help us fight back?

[[Chip in £3|https://act.greenparty-now.org.uk/chip3]]

Thank you,

Rowan
Green Party Fundraising

Promoted by E. Ferris on behalf of the Green Party, at The Biscuit Factory, 100 Clements
Road, London SE16 4DG. Unsubscribe: https://act.greenparty-now.org.uk/unsubscribe""",
     ("Rowan at the Green Party", "rowan@act.greenparty-now.org.uk"),
     ("fundraising", "other-party", "hard-negative", "metaphor"),
     headers=c.newsletter_headers("Action Network"), fmt="alt", accent="#02a95b")

# 11 Reform-style
bulk("THEY ARE TRYING TO SMEAR US", f"""THE ESTABLISHMENT IS RATTLED.

Every week there is another smear. Another "investigation". Another hit piece from the
same journalists who have been wrong about everything for twenty years.

Why? Because they know we are going to WIN.

The old parties are TERRIFIED. They have spent decades taking your vote for granted and now
the people are taking their country back. They will throw everything at us between now and
May. Lies. Dirty tricks. Attack ads funded by their billionaire mates.

We need a FIGHT BACK FUND to hit back harder.

>> DONATE £20 TO THE FIGHT BACK FUND: https://join.britainfirstreform-news.co.uk/fightback

Don't let them win.

The Team

Promoted by D. Mallory on behalf of Reform UK, 83 Victoria Street, London SW1H 0HW.""",
     ("Reform Team", "team@britainfirstreform-news.co.uk"),
     ("fundraising", "other-party", "hard-negative", "metaphor"), fmt="html", accent="#12b6cf")

# 12 attack ads
bulk("£200,000 of attack ads", f"""{SEC},

This morning the Tories launched £200,000 worth of attack ads aimed at our candidates in
twelve marginal seats. They're nasty, they're misleading, and they're already being seen by
hundreds of thousands of people.

We have 48 hours to respond before the narrative sets. We're building a rapid rebuttal
campaign -- real local people, real local stories -- and we need £40,000 to put it in front
of the same voters.

Can you help us hit back?

£5: https://donate.labourcampaigns.org.uk/rebut?amt=5
£10: https://donate.labourcampaigns.org.uk/rebut?amt=10
£25: https://donate.labourcampaigns.org.uk/rebut?amt=25
Other amount: https://donate.labourcampaigns.org.uk/rebut

Thanks,
Labour Digital

{LAB_IMPRINT}""", LAB, ("fundraising", "hard-negative", "benign-violent-word"),
     headers=c.newsletter_headers("NationBuilder"))

# 13 survey with donate ask
bulk("Quick question (takes 30 seconds)", f"""Hi {SEC},

We're asking supporters one quick question:

What matters most to you at the next election?

  1. Cutting NHS waiting lists  -> https://e.labourcampaigns.org.uk/s/q1?a=1
  2. Cost of living             -> https://e.labourcampaigns.org.uk/s/q1?a=2
  3. Building more homes        -> https://e.labourcampaigns.org.uk/s/q1?a=3
  4. Safer streets              -> https://e.labourcampaigns.org.uk/s/q1?a=4
  5. Something else             -> https://e.labourcampaigns.org.uk/s/q1?a=5

Click one answer. That's it.

(After you answer we'll ask if you'd like to chip in to help us campaign on the issue you
chose -- no pressure.)

Thanks for your time!
Labour

{LAB_IMPRINT}""", LAB, ("fundraising", "survey"), headers=c.newsletter_headers("NationBuilder"),
     fmt="alt")

# 14 donation receipt
bulk("Thank you for your donation", f"""Dear {c.secretary()[0]},

Thank you for your donation to the Labour Party.

Donation reference:   LP-DN-2026-0449812
Amount:               £10.00
Payment method:       Visa ending 4471
Date:                 {c.date()[5:16]}
Designated to:        General Election Fighting Fund

Under the Political Parties, Elections and Referendums Act 2000 we are required to check
that donations over £500 come from a permissible source. If your total giving in a calendar
year exceeds that amount we may contact you to confirm your details.

Please keep this email for your records.

Labour Party Donations
This is an automated email. Please do not reply.
{LAB_IMPRINT}""", ("Labour Donations", "donations-noreply@labourcampaigns.org.uk"),
     ("fundraising", "receipt"))

# 15 failed DD
bulk("Action needed: your regular donation could not be collected", f"""Hi {SEC},

We tried to collect your monthly donation of £5.00 on 1 November but your bank told us the
payment could not be made (reason: instruction cancelled by payer).

If this was a mistake, you can set up a new regular donation here in under a minute:
https://donate.labourcampaigns.org.uk/regular/restart?t=8812ab

If you meant to cancel, no problem at all -- thanks for everything you've given so far.

Labour Supporter Care
supportercare@labourcampaigns.org.uk | 0345 092 0000 (Mon-Fri, 9am-5pm)

{LAB_IMPRINT}""", ("Labour Supporter Care", "no-reply@labourcampaigns.org.uk"),
     ("fundraising", "confuser", "bulk-as-urgent", "notification"))

# 16 non-bulk: a candidate elsewhere thanks the CLP for its donation (other)
c.add("other", subject="thank you!!", body=f"""Dear {SEC},

Just a quick personal note to say thank you to you and everyone at {CLP} for the £150 towards
the Haddon Vale by-election. Kev told me it went through the GC without a single objection,
which frankly is more than I can say for my own CLP!

It paid for the second leaflet drop, the one with the bus pass petition on the back, and
we've had nearly 300 returns. We're going to crush them on Thursday. Well -- I hope so. The
Reform lot have been out every night and their candidate's dad runs the biggest garage in
town, so nothing is certain.

If any of your members fancy a day out, we're doing a big push on Saturday from 10. There'll
be cake.

Thanks again, truly.

Dee

--
Cllr Dee Marsh (candidate, Haddon Vale)
07700 900417""", sender=("Dee Marsh", "deemarsh.haddon@gmail.com"),
      tags=("hard-negative", "metaphor", "personal"))

# 17 crowdfunder for a legal fight
bulk("They're trying to bankrupt me. I won't let them.", f"""Dear friends,

Many of you will know that for the last eight months I have been fighting a defamation claim
brought by a property developer after I described one of his schemes, in a council meeting,
as "a land grab dressed up as regeneration".

Yesterday his lawyers told us they intend to take the case all the way. They know I can't
afford it. That's the point: this is a SLAPP -- a lawsuit designed not to win but to frighten
people like me into silence, and to warn every other councillor to keep their mouth shut.

I am not going to shut up.

Our crowdfunder has raised £18,400 from 611 people. My legal team estimates we need £35,000
to get to trial. If you can give anything at all, or share the link with your branch, I'd be
enormously grateful.

https://www.crowdjustice-uk.org/case/defend-cllr-ahmed/

Thank you for standing with me.

Cllr Yasmin Ahmed
Brackley Heath ward

Sent via CrowdJustice UK. You're receiving this because you backed or followed this case.""",
     ("Cllr Yasmin Ahmed via CrowdJustice", "updates@crowdjustice-uk.org"),
     ("fundraising", "hard-negative", "metaphor"), headers=c.newsletter_headers("Mailerlite"))

# 18 raffle
bulk("Last chance to win £1,000 (and help beat the Tories)", f"""LAST CHANCE

The Labour Winter Draw closes at midnight on Friday.

1st prize: £1,000
2nd prize: a weekend break for two in the Lake District
3rd prize: signed conference programme + Labour rose tea set
Plus 20 runners-up prizes of £50

Tickets are £1 each, or 10 for £10. Every ticket helps us knock on more doors in the seats
that matter.

Buy tickets: https://draw.labourcampaigns.org.uk/winter

Good luck!

Labour Lotteries

Promoter: Labour Lotteries Ltd, registered with the Gambling Commission (licence 000-123456-
R-318940). Over 18s only. Please play responsibly. {LAB_IMPRINT}""",
     ("Labour Winter Draw", "draw@labourcampaigns.org.uk"), ("fundraising",),
     headers=c.newsletter_headers("Campaign Monitor"), fmt="alt", accent="#ffb81c")

# 19 long MP letter
bulk("A letter from Jonathan", f"""Dear {SEC},

I don't usually write these emails myself. The fundraising team are better at them than I
am, and they tell me my first drafts are "too long and too sad". So I'll apologise now: this
one is both.

Twenty-two years ago I knocked on my first door as a Labour volunteer, on an estate in the
town where I grew up. I was nineteen. The woman who answered listened to me stumble through
my script, then told me, very kindly, that she'd voted Labour every time since 1966 and she
wasn't going to stop now, but could I please tell "them up there" that the lift in her block
had been broken for five months.

I went back to the local party and asked who I should tell. There was a long silence. Then
the branch secretary -- a retired railwayman called Arthur, who I still think of most weeks --
said: "Us. You tell us. And then we make a fuss."

That's what this party is at its best. Not a machine, not a brand. A group of people who
make a fuss on behalf of the ones who don't get listened to.

I'm writing because that kind of party is under attack in a way I've not seen before. Not
from one direction, but from several at once. There are people with a great deal of money
who would be quite happy to see the Labour Party reduced to a rump, and they are spending it.
Their tactic isn't to argue with us -- it's to drown us out. Millions of pounds of ads. Paid
"grassroots" groups that appear from nowhere. A relentless stream of stories designed to make
people think there's no point voting at all.

We cannot outspend them. We can out-organise them, but only if local parties have the
organisers, the printing and the data they need, and that's what the Fighting Fund pays for.

I'm asking you to consider a regular gift. Even £3 a month means we can plan, instead of
scrambling for money in the final weeks of every campaign.

Set up a regular donation: https://donate.labourcampaigns.org.uk/regular?src=jh_letter

Arthur died in 2011. At his funeral, half the estate turned up. The lift, by the way, got
fixed -- eventually -- after we made a fuss.

Thank you for reading this far.

Jonathan Harrow MP
Chair, Campaign Committee

{LAB_IMPRINT}
You're receiving this as a Labour member. Manage your email preferences:
https://e.labourcampaigns.org.uk/prefs""", ("Jonathan Harrow MP", "jonathan.harrow@e.labourcampaigns.org.uk"),
     ("fundraising", "long", "hard-negative", "metaphor"), headers=c.newsletter_headers("NationBuilder"),
     fmt="alt")

# 20 Regional office mass mailing about target seats weekend
bulk("Target seats weekend -- can your CLP send a carload?", f"""Dear CLP Secretaries,

On Saturday 21st and Sunday 22nd we are running a regional weekend of action across our
four target seats. We'd love every CLP in the region to send at least one carload.

SATURDAY: Kenwick South -- meet 10.30am, Kenwick Methodist Hall, Chapel St
SUNDAY: Brampton Ferry -- meet 11am, the Ferryman's Rest car park

We'll provide: boards, leaflets, tea and (famously) the Kenwick flapjacks.
You provide: comfy shoes and a smile.

Please pass this on to your members via your usual channels and let us know roughly how many
you're bringing by replying to organising.region@labour-regional.org.uk (not this address).

These are the seats that decide whether we're in government or not. Let's hit them hard.

Best,
Regional Organising Team

--
This message was sent to all CLP Secretaries in the region. Please do not reply to this
address.""", ("Labour Regional Office", "regional-noreply@labour-regional.org.uk"),
     ("hard-negative", "benign-violent-word", "circular"),
     headers=c.list_headers("CLP Secretaries", domain="labour-regional.org.uk"))

# 21 Scottish / independence party fundraising
bulk("Westminster wants to silence Scotland", f"""Dear supporter,

Every week Westminster makes another decision about Scotland's future without asking
Scotland. Our budget slashed. Our parliament ignored. Our voice drowned out.

Enough.

This winter we are launching the biggest doorstep campaign in our history -- one hundred
thousand conversations, street by street, from Stranraer to Shetland. But campaigns cost money,
and unlike the Westminster parties we don't have millionaire donors on tap.

Can you give £10 to power the campaign?

https://give.albaforward-scot.org/doorstep

Thank you,

Eilidh Mackay
National Secretary

Promoted by E. Mackay on behalf of Alba Forward, 12 Leith Walk, Edinburgh EH6 5BH.""",
     ("Eilidh Mackay", "eilidh@albaforward-scot.org"), ("fundraising", "other-party"),
     headers=c.newsletter_headers("Mailchimp"))

# 22 short fake urgent
bulk("URGENT: we need you", """We need you.
We're £6,000 short with 6 hours to go.
£5 makes a difference: https://donate.labourcampaigns.org.uk/urgent

Labour""", LAB, ("fundraising", "short", "confuser", "bulk-as-urgent"), fmt="html")

# 23 Labour Women's network-ish
bulk("Help us get more working-class women elected", f"""Hi {SEC},

Standing for selection costs money. Travel. Childcare. Time off work. Printing your own
leaflets for members' hustings. For a lot of women -- especially working-class women, disabled
women and women of colour -- those costs are the difference between putting your name forward
and not.

Our Bursary Fund gives grants of up to £750 to women seeking selection as Labour candidates.
Last year we supported 64 women, and 19 of them are now councillors.

This year the demand has doubled. Can you help us meet it?

Donate to the Bursary Fund: https://womenintolabour.org.uk/bursary

Thank you for backing the next generation.

Shona, Alia & Bex
Women into Labour

Women into Labour is a socialist society affiliated to the Labour Party.
Unsubscribe | Update preferences""", ("Women into Labour", "hello@womenintolabour.org.uk"),
     ("fundraising", "newsletter"), headers=c.newsletter_headers("Mailchimp"), fmt="alt",
     accent="#7d2ae8")

# 24 happy birthday
bulk(f"Happy birthday, {SEC}! 🎂", f"""Happy birthday, {SEC}!

From all of us at Labour, thank you for everything you do -- the leafleting, the meetings,
the emails you no doubt have to wade through.

To celebrate, some supporters have offered to double any birthday gift to the Fighting Fund
today. Totally optional -- we hope you have a lovely day either way.

https://donate.labourcampaigns.org.uk/birthday

With love,
The Labour team

{LAB_IMPRINT}""", LAB, ("fundraising",), headers=c.newsletter_headers("NationBuilder"), fmt="html",
     accent="#e4003b")

# 25 query: member of another CLP asks whether CLP can donate and how
c.add("query", subject="donation to the by-election fund - is it allowed?", body=f"""Hi {SEC},

Hope you don't mind me emailing out of the blue -- I got your address from the regional
contacts list. I'm the treasurer for Brampton Ferry CLP and we're fundraising for the
council by-election in Ferry North on the 28th.

A few people at your GC apparently said they'd be willing to chip in, which is lovely. Before
anyone does anything I just wanted to check two things:

1. Is it OK for one CLP to donate to another CLP's campaign, or does it have to go through
   the region? I've had two different answers.
2. If it's fine, would a donation need to be agreed at your GC, or can your EC approve it?
   (I'm asking so I know whether to expect it before polling day or not!)

We're up against a very well-funded independent so every little helps.

Thanks very much,

Niamh Kelly
Treasurer, Brampton Ferry CLP""", sender=c.person("Niamh", "Kelly"), tags=("personal-ask",))

# 26 one-line from candidate first name
bulk(f"{SEC}?", f"""{SEC}, quick one -- did you see my email yesterday? We're still short for the
final push. Anything helps: https://donate.labourcampaigns.org.uk/lh?amt=5

Lucy""", ("Lucy Harker", "lucy@e.labourcampaigns.org.uk"), ("fundraising", "short", "confuser"),
     headers=c.newsletter_headers("NationBuilder"))

# 27 Conservative 'Labour's war on...'
bulk("Labour's war on motorists", f"""Labour's war on motorists has begun.

Pay-per-mile. Low traffic neighbourhoods. 20mph everywhere. Fuel duty up.

Your local Conservative councillors have fought every step of the way -- and now Labour want
to push through a new parking levy that will cost local families hundreds of pounds a year.

SIGN OUR PETITION: SCRAP THE PARKING LEVY
https://give.conservatives-forward.org.uk/parking

Then, if you can, chip in £5 to help us take the fight to Labour at the May elections.

Cllr Graham Pettifer
Leader of the Conservative Group

Promoted by R. Ashdown on behalf of the Conservative and Unionist Party, both at 4 Mathew
Parker Street, London SW1H 9NP.""", ("Cllr Graham Pettifer", "graham.pettifer@conservatives-forward.org.uk"),
     ("fundraising", "petition", "other-party", "hard-negative", "metaphor"),
     headers=c.newsletter_headers("Campaign Monitor"))

# 28 html-only with embedded numbers, 'deadline tonight at midnight'
bulk("Deadline tonight at midnight", f"""Deadline tonight at midnight.

Our end-of-month target: £75,000
Raised so far: £61,240
Still needed: £13,760

If we miss this target we'll have to cut back on the leaflets going out in our target seats
next month. Simple as that.

[[Give before midnight|https://donate.labourcampaigns.org.uk/eom]]

Thank you.

{LAB_IMPRINT}""", LAB, ("fundraising", "confuser", "bulk-as-urgent"), fmt="html",
     headers=c.newsletter_headers("NationBuilder"), preheader="£13,760 to go")

# 29 TU-linked political fund
bulk("Your union, your voice: why the political fund matters now", f"""Dear member,

The government has promised the biggest upgrade to workers' rights in a generation. The
employers' lobby has promised to fight it clause by clause, and they have a war chest to do
it. Every day there are briefings in the papers about "watering down" fire-and-rehire rules,
sick pay and union access.

Our political fund is how we fight back. It pays for our lobbying in Parliament, our
campaigns in marginal seats, and our support for candidates who stand with working people.

If you have opted out of the political fund in the past, please consider opting back in. It
costs less than 15p a week.

Opt in here: https://members.cpsu-union.org.uk/politicalfund

In solidarity,

Donna Whitlock
General Secretary, Community & Public Services Union

CPSU, 40 Brewer Street, Manchester M1 2HS. You are receiving this as a CPSU member.""",
     ("CPSU", "members@cpsu-union.org.uk"), ("fundraising", "union", "hard-negative", "metaphor"),
     headers=c.newsletter_headers("Campaign Monitor"))

# 30 Lib Dem bar chart html-only
bulk("Labour are wasting their vote here", f"""Only the Lib Dems can beat the Conservatives in Fennimore Cross.

LAST TIME:
Lib Dem ████████████████ 14,210
Con     ███████████████  13,688
Labour  ████             3,902

Every vote for Labour here helps the Tories. Please share this with anyone thinking of voting
Labour.

And if you can spare £5 to help us win, it would mean the world:
https://fennimore-libdems.org.uk/give

Promoted by A. Patel on behalf of the Liberal Democrats, 3 Market Sq, Fennimore FC1 1AB""",
     ("Fennimore Lib Dems", "news@fennimore-libdems.org.uk"), ("fundraising", "other-party"),
     fmt="html")

# 31 Labour fundraising - someone 'waiting' language? careful: benign
bulk("They're waiting for us to give up", f"""{SEC},

The other side are waiting for us to give up. They're waiting for the bad polls to sap our
members' morale. They're waiting for activists to stay home. They're waiting for the money
to run dry.

Let's disappoint them.

This week, one chip-in from you keeps a full-time organiser in a seat we cannot afford to
lose. £5, £10, whatever you can.

https://donate.labourcampaigns.org.uk/dontgiveup

Onwards,
Labour

{LAB_IMPRINT}""", LAB, ("fundraising", "hard-negative", "metaphor"),
     headers=c.newsletter_headers("NationBuilder"), fmt="alt")

# 32 RE: RE: fake thread
bulk("RE: RE: Fighting Fund", f"""---------- Previous message ----------
From: Labour Fundraising
To: {SEC}

{SEC}, we still haven't heard from you. Are you in?
-----------------------------------------

{SEC} -- I'm forwarding my colleague's email because honestly we're getting nervous. Our
end-of-quarter deadline is Sunday and we're behind where we were this time last year.

If you've been meaning to give, now's the moment. Even £1 shows the other side we're not
going anywhere.

https://donate.labourcampaigns.org.uk/re-re

Thanks,
Ellie""", ("Ellie at Labour", "ellie@e.labourcampaigns.org.uk"),
     ("fundraising", "confuser", "fake-reply-subject"), headers=c.newsletter_headers("NationBuilder"))

# 33 Co-op party style
bulk("Co-operators: the fight for community energy", f"""Dear {SEC},

Across the country, community energy groups are being strangled by red tape and grid
connection queues that stretch into the 2030s. Big energy companies are sailing through.

We're campaigning for a Community Energy Bill that would change that, and we need your help
to win the argument in Parliament.

1) Write to your MP -- we've made it easy: https://coopparty-action.org.uk/energy
2) Chip in to fund the campaign: https://coopparty-action.org.uk/give

Co-operatively,

Campaigns Team
Co-operative Action Party

Promoted by M. Singh on behalf of the Co-operative Action Party, 65 St John Street, London
EC1M 4AN.""", ("Co-operative Action Party", "campaigns@coopparty-action.org.uk"),
     ("fundraising", "petition", "hard-negative", "metaphor"), headers=c.newsletter_headers("Mailchimp"))

# 34 other: campaigner personally writes after a fundraising event, mixed personal
c.add("other", subject="Saturday's quiz", body=f"""{SEC}

just wanted to say what a laugh saturday was. the quiz raised £412 for the fighting fund which
Barbara says is a record for the ward, and the Kenwick lot were absolutely gutted to lose on
the tie break, we slaughtered them on the music round lol.

Mo says can we do it again in the spring, he'll do the questions again but NOT the picture
round he says that took him three weeks.

anyway thanks for doing the raffle, you were a star

Sandra""", sender=c.person("Sandra"), tags=("hard-negative", "benign-violent-word", "personal"))

# 35 conference fringe fundraising email from a campaign group
bulk("Last chance: fringe tickets + our conference fighting fund", f"""Hello {SEC},

Conference is nearly here and our fringe line-up is packed:

SUN 6pm  "Who killed the high street?" -- with shadow ministers, traders and the Federation
         of Small Businesses. Hall 4B.
MON 1pm  "Fight or flight: can Labour hold the Red Wall?" -- pollsters and organisers.
TUE 7pm  Our famous conference social (bring your own hat).

Tickets are free but limited. Register: https://labourrenew.org.uk/fringe

We don't take corporate money for our fringe. If you value what we do, a small donation to
our Conference Fund keeps it that way: https://labourrenew.org.uk/donate

See you on the floor,

Labour Renew""", ("Labour Renew", "info@labourrenew.org.uk"),
     ("fundraising", "conference", "hard-negative", "metaphor"), headers=c.newsletter_headers("Mailerlite"),
     fmt="alt", accent="#2b2d7c")

# 36 monthly supporter update, with 'smear' language
bulk("What your money did this month", f"""Hi {SEC},

A quick update on what supporters like you paid for in October:

- 1.2 million leaflets delivered in 38 target seats
- 14 new organisers recruited
- A rapid-response team that rebutted 23 smears within the hour
- Training for 600 first-time canvassers

We couldn't have done any of it without you. Seriously.

The next push starts in two weeks. If you'd like to be part of it, here's where to give:
https://donate.labourcampaigns.org.uk/nov

And if you'd rather give your time, find your nearest campaign session:
https://e.labourcampaigns.org.uk/events

Thank you,
Labour

{LAB_IMPRINT}""", LAB, ("fundraising", "newsletter"), headers=c.newsletter_headers("NationBuilder"),
     fmt="alt")

# 37 independent candidate mass email
bulk("A message from your independent candidate", f"""Dear Resident,

I am standing as an Independent in the Lowmoor by-election because I am sick and tired of
party politics. The Labour council has butchered our bus services and the Tories couldn't
organise a raffle in a brewery.

Enough is enough! It is time for a local voice.

If elected I will:
- Fight to reopen Lowmoor library
- Battle the council on parking charges
- Stand up against the so called "regeneration" of the precinct

I have no party machine behind me so I need your help. Donations of any size can be made at
https://votebarrylowmoor.co.uk. Thank you.

Barry Thwaite
Independent candidate, Lowmoor ward

Promoted by B. Thwaite, 14 Ash Grove, Lowmoor, LW3 9PP""", ("Barry Thwaite", "barry@votebarrylowmoor.co.uk"),
     ("fundraising", "other-party", "hard-negative", "metaphor"))

# 38 US-style thermometer, 'we're being outspent 3 to 1'
bulk("Outspent 3 to 1", f"""{SEC}, here's the number that keeps me up at night: 3 to 1.

That's how much the Conservatives outspent us on social media ads in the last month.

Here's the good news: small donors closed a gap like this before, in 2017, and we can do it
again.

📊 Goal: 5,000 donors by Friday
✅ So far: 3,412
⏳ Left to go: 1,588

Will you be one of them?

[[Count me in|https://donate.labourcampaigns.org.uk/3to1]]

{LAB_IMPRINT}""", LAB, ("fundraising", "confuser"), headers=c.newsletter_headers("NationBuilder"),
     fmt="alt", accent="#e4003b")

# 39 query: campaigner asks if CLP would host a fundraising gig
c.add("query", subject="benefit gig for the strike fund - would the CLP want in?", body=f"""Hiya,

I'm one of the organisers of the Fight for Fair Pay gigs -- we've done three so far for the
bin workers' strike fund and raised about £2k. Next one is at the Railway Social Club on the
6th of December. Four bands, a comedian and a raffle.

A couple of your members (Josh and Aisha, I think from the town centre branch?) said your
CLP might want to co-host it and have a stall. Is that something you'd need to take to a
meeting first? And if it's a yes, who would I talk to about logos on the poster, because I
know the party gets funny about that.

Cheers

Liam Docherty
Fight for Fair Pay Gigs
07700 900862""", sender=("Liam Docherty", "liam.fightforfairpay@gmail.com"),
      tags=("personal-ask", "hard-negative", "metaphor"))

# 40 Labour 'politcal suicide' op-ed style fundraising from a faction group
bulk("Political suicide", f"""Comrades,

Freezing the two-child limit yet again would be political suicide. Nobody knocked on doors in
the rain for fourteen years so that a Labour government could keep 1.6 million children in
poverty to please the Treasury.

We are organising to force a vote at conference. To do that we need delegates in the room,
motions on the agenda, and money for the campaign -- printing, travel bursaries for delegates
from poorer CLPs, and the fringe hall.

Three things you can do today:

1. Get a motion through your CLP. Model text: https://labourgrassroots-left.org.uk/motion
2. Make sure your delegates know about our delegate briefing on the Saturday.
3. Donate to the campaign: https://labourgrassroots-left.org.uk/donate

The leadership thinks we'll roll over. Let's show them we won't.

Grassroots Left Network""", ("Grassroots Left Network", "network@labourgrassroots-left.org.uk"),
     ("fundraising", "hard-negative", "metaphor"), headers=c.list_headers(
         "GLN Supporters", domain="lists.labourgrassroots-left.org.uk"))

c.write()
