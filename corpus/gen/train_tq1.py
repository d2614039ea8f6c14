"""train / tq1: UK news digests, court and crime reporting, forwards of articles.

Hard negatives: news and commentary about violence, crime and threats made to other people.
Every word of every message is hand-written; the helpers below only wrap text in shapes.
"""
import html as _h
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tq1", seed=3001)
SEC = c.secretary()


def add(label, body, kinds, shape=(), **kw):
    """c.add with the hard-negative tags plus shape tags read off the message's form."""
    tags = ["hard-negative", *kinds, *shape]
    if "fmt" not in kw:
        kw["fmt"] = c.rng.choices(["plain", "alt", "html"], [0.74, 0.21, 0.05])[0]
    if kw.get("fmt") == "html":
        tags.append("html-only")
    h = kw.get("headers") or {}
    if "List-Id" in h:
        tags.append("list")
    if label == "bulk" and not any(k.startswith("List-") for k in h):
        tags += ["confuser", "robot-no-list-headers"]
    c.add(label, body, tags=tuple(dict.fromkeys(tags)), **kw)


def table_html(masthead, colour, intro, items, footer):
    """A table-layout newsletter around hand-written (headline, blurb) items."""
    rows = "".join(
        f'<tr><td style="padding:14px 24px;border-bottom:1px solid #e5e5e5">'
        f'<a href="#" style="font:bold 18px Georgia,serif;color:#111;text-decoration:none">{_h.escape(t)}</a>'
        f'<p style="font:15px/1.5 Georgia,serif;color:#333;margin:6px 0 0">{_h.escape(b)}</p></td></tr>'
        for t, b in items)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{_h.escape(masthead)}</title></head>'
            f'<body style="margin:0;background:#f4f4f4"><table width="100%" cellpadding="0" cellspacing="0">'
            f'<tr><td align="center"><table width="600" cellpadding="0" cellspacing="0" style="background:#fff">'
            f'<tr><td style="background:{colour};padding:18px 24px;font:bold 26px Georgia,serif;color:#fff">'
            f'{_h.escape(masthead)}</td></tr>'
            f'<tr><td style="padding:16px 24px;font:15px/1.5 Arial,sans-serif;color:#444">{_h.escape(intro)}</td></tr>'
            f'{rows}<tr><td style="padding:18px 24px;font:11px Arial,sans-serif;color:#888">{_h.escape(footer)}'
            f'<br><a href="#">Unsubscribe</a> | <a href="#">Manage preferences</a></td></tr>'
            f'</table></td></tr></table></body></html>')


def plain_items(intro, items, footer, bullet="*"):
    out = [intro, ""]
    for t, b in items:
        out += [f"{bullet} {t}".strip(), b, ""]
    out.append(footer)
    return "\n".join(out)


NEWS = ("news-about-threats",)
WORD = ("benign-violent-word",)
META = ("metaphor",)

# ---------------------------------------------------------------------------------------------
# 1. Regional morning briefing, alt, Mailchimp-ish
items = [
    ("Teenager jailed for life over Harrowgate Park killing",
     "Kieran Walsh, 17, will serve a minimum of 16 years for the murder of 19-year-old Jordan Pryor, "
     "who was stabbed after an argument over a moped last October. The judge said knives had 'robbed a "
     "family of their son and another of theirs to prison'."),
    ("Synagogue plot trial: jury sworn in",
     "Three men deny preparing acts of terrorism. Prosecutors say they scouted a synagogue in Elmbury "
     "and discussed buying a shotgun. The trial at Sheffield Crown Court is expected to last eight weeks."),
    ("Knife offences up 4% across the county",
     "New figures show 1,214 offences involving a blade in the year to June. Police say more than a third "
     "were recorded in the two city-centre wards."),
    ("Weather: cold snap to continue",
     "Frost overnight and a top of 5C tomorrow. Gritters will be out from 6pm."),
]
add("bulk", plain_items("Good morning. Here's what you need to know today.", items,
                        "The Northern Courier | Courier House, Wharf Street\nYou are receiving this "
                        "because you signed up to the Morning Briefing."),
    NEWS, subject="Morning Briefing: Harrowgate Park killer jailed | synagogue plot trial opens",
    sender=("The Northern Courier", "briefing@email.northerncourier.co.uk"), fmt="alt",
    html_body=table_html("Morning Briefing", "#8b0000",
                         "Good morning. Here's what you need to know today.", items,
                         "The Northern Courier, Courier House, Wharf Street."),
    headers=c.newsletter_headers())

# 2. Weekly court report, long plain text, no list headers
add("bulk", """WESTGATE EVENING POST - COURT REPORT
Week ending Friday

The following cases were dealt with at Westgate Magistrates' Court and Westgate Crown Court this
week. Addresses are as given in court.

LIAM CORCORAN, 34, of Fennel Road, Westgate. Admitted making threats to kill his former partner in
a series of text messages sent in August. Jailed for 14 months and made subject to a ten-year
restraining order.

DONNA PEAKE, 51, of Mill Lane, Ashcote. Admitted drink driving on the A614. Banned for 18 months,
fined GBP 620.

TYRONE HEWITT, 22, of no fixed abode. Admitted possession of a lock knife in Market Square. Sentence
adjourned for reports. Remanded in custody.

GRAHAM ELLISON, 67, of Orchard Close, Westgate. Found guilty after trial of assault by beating after a
row with a neighbour over a leylandii hedge. Fined and ordered to pay GBP 300 compensation.

JASMINE TREW, 29, of Coalpit Row. Admitted shoplifting from Co-op on three occasions. Community order
with rehabilitation activity requirement.

MARTIN BLAKEY, 45, of Beech Avenue, Ashcote. Denied causing grievous bodily harm with intent.
Trial set for March.

Court reports are published in good faith from proceedings in open court. If you believe a report is
inaccurate please contact the newsdesk on 01632 960 214.

Westgate Evening Post Ltd. To stop these emails reply with STOP in the subject line.
""", NEWS, subject="Court Report: threats to kill, knife possession and a hedge dispute",
    sender=("Westgate Evening Post", "courts@westgateeveningpost.co.uk"))

# 3. Political site HTML-only, threats to an MP elsewhere
add("bulk", "", NEWS, subject="Politics Tonight: MP reveals death threats as security review widens",
    sender=("The Ledger", "politicstonight@newsletters.theledger.co.uk"), fmt="html",
    headers=c.newsletter_headers("Campaign Monitor"),
    html_body="""<html><body style="font-family:Helvetica,Arial,sans-serif;max-width:620px;margin:auto">
<p style="color:#999;font-size:12px">Politics Tonight &middot; View in browser</p>
<h1 style="font-size:24px">MP reveals months of death threats</h1>
<p>Dame Alison Forde, MP for Castlebrook, told the Commons this afternoon that she had received more
than forty threatening messages since the summer, including one naming her daughter's school. A
52-year-old man from Kettering has been charged with sending malicious communications.</p>
<p>Speaking afterwards, Ms Forde said she would "not be hounded out of public life" but that she had
stopped holding open-door surgeries.</p>
<h2 style="font-size:18px">Speaker orders review of protection scheme</h2>
<p>The Speaker has asked the parliamentary security department to look again at the Operation Bridger
scheme, which pays for alarms and CCTV at MPs' homes and constituency offices. Members from all sides
said the money did not stretch to councillors or candidates.</p>
<h2 style="font-size:18px">Also tonight</h2>
<ul>
<li>Chancellor signals no U-turn on the business rates revaluation</li>
<li>Lords defeat on the planning bill, again</li>
<li>Our sketchwriter on PMQs: "a slow-motion car crash with better tailoring"</li>
</ul>
<p style="font-size:11px;color:#999">You are receiving Politics Tonight because you subscribed at theledger.co.uk.
<a href="#">Unsubscribe</a></p>
</body></html>""")

# 4. Radio breaking alert, one line, no headers
add("bulk", """BREAKING: Armed police have shot a man in Holloway Street, Dunmore. The IOPC has been informed. More on Radio Dunmore at the top of the hour.

Radio Dunmore News Alerts - reply OFF to stop""", NEWS,
    subject="BREAKING: man shot by armed police in Dunmore town centre",
    sender=("Radio Dunmore News", "alerts@radiodunmore.co.uk"))

# 5. Friend forwards local stabbing article, comment, other
add("other", c.forward("""Jamie, this is literally round the corner from where we had the stall on Saturday. Awful. Hope the lad pulls through. Might be worth being a bit more careful about packing up after dark for a while, not that I'm being dramatic.

Bev""", """Man, 24, in hospital after stabbing near Eastfield station

A 24-year-old man is in a serious but stable condition after being stabbed near Eastfield railway
station on Sunday evening.

Police were called to Station Approach at around 9.40pm. Two men were seen running towards the
retail park. Detectives have asked anyone with dashcam footage to get in touch, quoting log 1187.

Inspector Nadia Farouk said: "We understand this will be concerning for people who use the station.
There will be extra patrols in the area this week."
""", "Eastfield & District News <news@eastfielddistrict.co.uk>",
    "Man, 24, in hospital after stabbing near Eastfield station", style="gmail"),
    NEWS, ("forwarded",), subject="Fwd: Man, 24, in hospital after stabbing near Eastfield station",
    sender=c.person("Bev", "Hughes"))

# 6. Member forwards MP-security article, actually asks something -> query
add("query", c.forward("""Hi,

After reading this I wondered whether the CLP has any guidance for people running street stalls or
canvassing on their own? I'm new to organising the Tuesday sessions in Northgate ward and I'd like to
get it right. Is there a document I can circulate, or should I ask the regional office?

Thanks,
Olu Mensah
Northgate branch""", """Candidates of all parties face 'unacceptable' abuse, watchdog warns

A report by the Electoral Commission published today found that more than half of candidates at the
last local elections experienced some form of abuse or intimidation, most often online.

The report recommends that parties provide safety training and that police forces appoint a named
elections officer. It notes several cases in which candidates were followed while canvassing or had
leaflets returned with abusive messages.

A government spokesperson said it would "study the recommendations carefully".
""", "The Ledger <newsletters@theledger.co.uk>", "Candidates face 'unacceptable' abuse, watchdog warns",
    style="outlook"),
    NEWS, ("forwarded",), subject="FW: candidate safety - do we have guidance?",
    sender=c.person("Olu", "Mensah"))

# 7. Neighbourhood alert (police community messaging), list-ish headers
add("bulk", """Message sent by
PC 4471 Ryan Doherty (Police, Neighbourhood Officer, Westfield & Oakley)

Good afternoon,

We are appealing for witnesses following a robbery on Pendle Road at about 4.15pm on Tuesday. A
16-year-old boy was approached by two males who threatened him with what was described as a large
kitchen knife and took his phone and headphones. The boy was not physically hurt.

The suspects are described as white, aged 16 to 18, wearing black puffer jackets, one with a
distinctive orange balaclava.

If you saw anything, or have doorbell footage from Pendle Road or Kimberley Street between 4pm and
4.30pm, please call 101 quoting crime reference 22/90113/26, or contact Crimestoppers anonymously.

We will have officers at the Oakley Community Centre drop-in on Thursday from 10am until 12pm if you
would like to talk to us in person.

Regards,
PC Doherty

Reply to this message | Rate this message
You are receiving this message because you are registered on Westfield Community Alert. To change
the messages you receive or to unsubscribe, click here.
""", NEWS, subject="Witness appeal - robbery Pendle Road (knife)",
    sender=("Westfield Community Alert", "noreply@westfieldcommunityalert.co.uk"),
    headers={"List-Unsubscribe": "<https://westfieldcommunityalert.co.uk/unsub?id=88213>",
             "Auto-Submitted": "auto-generated"})

# 8. Safer streets partnership newsletter, stats, HTML alt
items = [
    ("Knife crime: the numbers",
     "Recorded knife crime across the borough fell by 7% this year, but hospital admissions for "
     "assault with a sharp object among under-25s rose from 31 to 38. Most incidents happen between "
     "3pm and 7pm on school days."),
    ("New surrender bins",
     "Two new knife surrender bins have been installed, outside St Mark's Church on Hill Road and at "
     "the Brookside Leisure Centre. No questions asked."),
    ("Bleed kits in shops",
     "Fourteen businesses on the High Street now hold emergency bleed control kits. Free training "
     "sessions for staff are running in February - book through the partnership office."),
    ("Youth workers back on the estates",
     "Funding from the Violence Reduction Unit means detached youth workers will be out four evenings "
     "a week on the Greenacre and Tollgate estates."),
]
add("bulk", plain_items("SAFER STREETS PARTNERSHIP - WINTER UPDATE\n\nDear partner,", items,
                        "Safer Streets Partnership is a joint initiative of the borough council, police and "
                        "local NHS trust.\nUnsubscribe from partner updates", bullet="--"),
    NEWS, subject="Winter update: knife crime figures, new surrender bins, bleed kits",
    sender=("Safer Streets Partnership", "partnership@saferstreets-bromleigh.org.uk"), fmt="alt",
    html_body=table_html("Safer Streets Partnership", "#005a8c", "Dear partner,", items,
                         "A joint initiative of the borough council, police and local NHS trust."),
    headers=c.newsletter_headers("Mailerlite"))

# 9. Terrorism trial live email, day 6
add("bulk", """OLD BAILEY LIVE - Day 6: R v Haddad and others

Today's key points
- Jury hears the first defendant searched online for the opening times of a festival in Hyde Park
  and "how many people attend" in the weeks before his arrest
- Detective tells court a notebook found at a flat in Luton contained what prosecutors call a
  "list of targets", including a named Jewish community centre
- Defence says the notebook was "fantasy" written by a lonely and unwell young man

The three defendants, aged 19, 23 and 31, deny preparing acts of terrorism. The trial continues
tomorrow when the jury is expected to hear from a counter-terrorism officer who interviewed the
second defendant.

Reporting restrictions: the court has ordered that the name of the youngest defendant's school
should not be published.

Follow every day of the trial at courtsdesk.co.uk/live. You're getting this email because you
subscribed to Courtsdesk trial alerts. Manage alerts.
""", NEWS, subject="Day 6: jury hears of 'list of targets' in festival plot trial",
    sender=("Courtsdesk Trial Alerts", "alerts@courtsdesk.co.uk"), headers=c.newsletter_headers())

# 10. Red Bench Daily (Labour news site)
add("bulk", """RED BENCH DAILY

Morning comrades,

Three things today.

1. Party to offer safety training to every candidate. Following a spate of incidents during the
May campaign - including a Green candidate in Bristol who was punched while canvassing and a
Reform councillor whose office window was smashed - the general secretary has written to CLP
chairs announcing online personal safety sessions for all candidates and agents. Our take: long
overdue, and it should cover volunteers, not just the people whose names are on the ballot.

2. Deputy leadership. Nominations from CLPs close in three weeks. Our tracker has the latest
numbers - and no, we still don't think the hustings in Leeds was "a bloodbath", whatever the Sun
says.

3. Two-child cap. The backbench letter now has 71 names. Whips are "relaxed". Nobody believes them.

That's it. Go and knock some doors.

Red Bench is reader funded. Chip in from GBP 3 a month.
Unsubscribe | Update preferences
""", NEWS + META, subject="Red Bench Daily: candidate safety training, deputy race, two-child cap",
    sender=("Red Bench", "daily@redbench.org.uk"), headers=c.newsletter_headers("NationBuilder"))

# 11. Westminster insider newsletter, full of metaphors
add("bulk", """THE LOBBY SHEET  |  Thursday

GOOD MORNING from a Westminster still picking shrapnel out of its hair after yesterday's reshuffle.

KNIVES OUT: Cabinet ministers spent last night briefing against each other with the enthusiasm of a
school playground. One ally of the Home Secretary told The Lobby Sheet the new Culture Secretary's
appointment was "political suicide dressed up as a masterstroke". Another called it "a massacre,
but a polite one". Treasury sources were more sanguine: "Nobody died. Well, nobody important."

BLOOD ON THE CARPET: Three junior ministers were sacked by phone. One learned of his fate from a
Sky News push alert while sitting in the tea room. He has since tweeted a picture of a sunset.

THE HIT LIST: Whips are said to be drawing up a list of backbenchers who voted against the welfare
bill. "They'll be picked off one by one at selection time," says one MP, who insisted he was joking.

WAR ROOM: CCHQ has moved its by-election operation into the old Coburg Street offices. Expect
the attack ads to start Monday.

DIARY: PMQs at noon. Home Affairs Committee takes evidence on police pay at 2.30.

Send tips to tips@lobbysheet.co.uk. Forwarded this? Sign up here. Unsubscribe.
""", META, subject="The Lobby Sheet: Knives out after the reshuffle",
    sender=("The Lobby Sheet", "morning@lobbysheet.co.uk"), headers=c.newsletter_headers("Mailchimp"))

# 12. Email-this-article robot from a friend
add("other", """Deborah Clarke (debs.clarke61@btinternet.com) has sent you an article from The Ledger.

Deborah's message: "Jamie - this is the case I mentioned at EC. Glad they got him in the end."

---------------------------------------------------------------

Man jailed for threatening to kill councillor over bin collections

A man who left voicemails threatening to kill a district councillor because his garden waste had not
been collected has been jailed for 20 months.

Nigel Farrow, 58, of Alderley, called Cllr Janice Mott's council mobile eleven times over two days.
Preston Crown Court heard the messages became "increasingly menacing". Cllr Mott, who chairs the
environment committee, said she had been afraid to leave her house.

Judge Amelia Hartley told Farrow: "Councillors are volunteers doing a difficult job. They are entitled
to do it without fear."

Read the full article: theledger.co.uk/news/uk/...

---------------------------------------------------------------
The Ledger does not verify the email address of the sender. Privacy notice.
""", NEWS, subject="Deborah Clarke has sent you an article: Man jailed for threatening to kill councillor",
    sender=("The Ledger", "share@theledger.co.uk"), also=["bulk"], reply_to="debs.clarke61@btinternet.com")

# 13. Short personal forward, one line comment, pasted article (no forward header)
add("other", """thought u shd see this. mad world

https://www.tynesidegazette.co.uk/news/crime/rioters-jailed

Rioters jailed for total of 47 years after summer disorder

Eleven people have been jailed for their part in the violence outside the Redcliffe Hotel in July,
when a crowd of several hundred threw bricks and fireworks at police lines and tried to set fire to
the building, which was housing asylum seekers.

Judge Robert Anstey said those involved had "brought shame on their town". Sentences ranged from
20 months to seven years.
""", NEWS, subject="rioters", sender=c.person("Darren", "Dixon", "hotmail.co.uk"))

# 14. Google-alert style, no list headers
add("bulk", """Google Alert - labour councillor

NEWS                                     As-it-happens update - 3 new results

Councillor's car vandalised in 'targeted attack', police say
Hartside Mercury
... Police are investigating after the car of a Labour councillor in Hartside was daubed with
paint and had its tyres slashed outside her home. Cllr Fiona Greaves said she was ...

Labour councillor defects to independents over Gaza vote
Redbridge Weekly
... the third Labour councillor in the borough to resign the whip this year, citing the national
leadership's position on ...

Labour councillor wins award for allotments project
Eastley Observer
... Cllr Tony Marsh, who has represented Brookfield ward since 2014, was named community champion of ...

Edit this alert
You have received this email because you have subscribed to Google Alerts.
Unsubscribe | View all your alerts
""", NEWS, subject="Google Alert - labour councillor",
    sender=("Google Alerts", "googlealerts-noreply@google.com"))

# 15. Friend: forwarded opinion column on knife crime, comment ahead of GC
add("other", c.forward("""Worth reading before Thursday's GC, whatever you think of the author. I don't agree with all of it (the bit about stop and search made me wince) but she's right that we've cut every youth club in the borough and then act surprised.

Pauline""", """We will not arrest our way out of knife crime
By Ruth Adebayo

Every time a teenager dies on a British street we go through the same ritual. Flowers on the railings.
A vigil. A chief constable promising "a robust response". A minister announcing a knife arch at some
railway station for the cameras. And then, six weeks later, another boy.

I have covered youth violence for eleven years and I have never met a young person who carried a blade
because the sentence for doing so was too short. I have met dozens who carried one because they were
frightened. They were frightened on the bus, frightened outside the chicken shop, frightened on the
walk home from a school that had excluded them.

The places that used to absorb that fear have gone. In the borough where I live, seven youth centres
have closed since 2012. The one that remains opens two evenings a week.

Stop and search has a place, used with intelligence rather than as a net. But if we want fewer funerals,
the money has to follow the evidence: youth workers, mentors, mental health support, and schools that
keep difficult children in rather than pushing them out. Glasgow did it. We could too.
""", "The Sunday Chronicle <comment@sundaychronicle.co.uk>", "We will not arrest our way out of knife crime"),
    NEWS, ("forwarded",), subject="Fwd: We will not arrest our way out of knife crime",
    sender=c.person("Pauline", "Foster"))

# 16. Broadcaster evening digest, alt, with police shooting and inquest
items = [
    ("Firearms officer charged over motorway shooting",
     "A Metropolitan Police firearms officer has been charged with manslaughter over the death of a "
     "28-year-old man who was shot during a hard stop on the M11 in March. The officer, known only as "
     "W28, will appear at the Old Bailey next month."),
    ("Inquest opens into deaths of climbers",
     "Two men who died on Ben Nevis in January were experienced climbers caught in an avalanche, an "
     "inquest in Inverness heard."),
    ("Prison officer assaults at record high",
     "Ministry of Justice figures show more than 10,000 assaults on staff in the past year. The Prison "
     "Officers' Association says its members are 'being used as punchbags'."),
    ("And finally: goose terrorises Cotswold village",
     "A goose named Gerald has been chasing postmen in Little Barrowby for a month. Royal Mail has "
     "suspended deliveries to three houses."),
]
add("bulk", plain_items("Your evening news from ABN", items, "ABN News, Broadcasting House North.\n"
                        "Manage your newsletters at abn.co.uk/account"),
    NEWS + WORD, subject="Evening digest: officer charged over M11 shooting",
    sender=("ABN News", "newsletters@abn.co.uk"), fmt="alt",
    html_body=table_html("ABN News - Evening", "#222", "Your evening news from ABN", items,
                         "ABN News, Broadcasting House North."),
    headers=c.newsletter_headers("Campaign Monitor"))

# 17. Local Democracy Reporting roundup, plain, list headers
add("bulk", """Local Democracy Roundup - issue 214

Council meeting halted after protesters storm chamber
Hartside Borough Council's budget meeting was adjourned on Wednesday night after around thirty
protesters opposed to the closure of Marsh Lane library pushed past security into the chamber.
Two councillors said they had been jostled. Police were called but no arrests were made. The
leader, Cllr Ahmed Rahman, said: "People have every right to be angry about cuts. They do not have
the right to intimidate elected members." The meeting will be reconvened online.

Parish clerk resigns citing 'toxic' abuse
The clerk of Mossley Parish Council has resigned after what she called "a year of abuse on
Facebook" over plans for a skatepark.

Mayor's office defends bodyguard costs
The West Vale mayor's office spent GBP 86,000 on close protection last year, a freedom of
information request has revealed. A spokesperson said the figure reflected "the current threat
picture for elected officials".

Stories in this roundup are free to use by LDRS partners.
""", NEWS, subject="LDRS roundup 214: chamber stormed, clerk quits, mayor's bodyguard bill",
    sender=("LDRS Northern Hub", "roundup@ldrs-north.org.uk"),
    headers=c.list_headers("LDRS Roundup", domain="lists.ldrs-north.org.uk"), to="ldrs-roundup@lists.ldrs-north.org.uk")

# 18. Friend forwarding MP office attack elsewhere, caring comment
add("other", """Hi Jamie,

Did you see this? It's the office in Kingsmere, the one we went to for the regional training day.
Paint all over the front and the windows put in. Nobody hurt, thank god.

Honestly it makes me sick. Look after yourself, and don't go opening up the Labour Hall on your own
on dark nights, please. I know you will anyway.

Love to Chris

Margaret x

---

MP's constituency office vandalised for second time
Kingsmere Echo, Tuesday

The constituency office of Kingsmere MP Daniel Osei was vandalised overnight, with red paint thrown
over the frontage and two windows smashed. It is the second attack on the office this year.

Mr Osei said: "This will not stop my team helping the hundreds of constituents who come to us every
month." Police are reviewing CCTV.
""", NEWS, subject="Kingsmere office", sender=c.person("Margaret", "O'Neill", "btinternet.com"))

# 19. Welsh bilingual digest
add("bulk", """Newyddion y Bore | Morning News
Cymraeg isod / English below

---

Dyn wedi'i garcharu am ymosod ar weithiwr siop
Mae dyn 41 oed o Bontypridd wedi'i garcharu am 18 mis am ymosod ar weithiwr mewn siop gyfleustra
ar ol cael ei wrthod rhag prynu alcohol.

---

Man jailed for attacking shop worker
A 41-year-old man from Pontypridd has been jailed for 18 months for attacking a convenience store
worker who refused to sell him alcohol. The Usdaw union said the case showed why assaulting a retail
worker must be treated as a serious offence.

Flood warnings remain on the Taff
Natural Resources Wales has five flood warnings in place. Residents in Trallwn are advised to move
valuables upstairs.

Rugby: Scarlets slaughtered at the Arms Park
Cardiff ran in eight tries in a 56-10 rout.

Newyddion y Cymoedd / Valleys News - dad-danysgrifio / unsubscribe
""", NEWS + META, subject="Newyddion y Bore | Shop worker attack, flood warnings, Arms Park rout",
    sender=("Newyddion y Cymoedd", "bore@newyddionycymoedd.cymru"), headers=c.newsletter_headers())

# 20. Charity newsletter: domestic homicide review
add("bulk", """Dear supporter,

This month a domestic homicide review was published into the death of a woman we will call "Sarah",
who was killed by her former partner in 2024. The review found that she had reported him to police
on six occasions, including for stalking and for threats made against her children, and that
agencies did not share what they knew.

Sarah's story is, sadly, not unusual. Two women a week are killed by a current or former partner in
England and Wales.

What we're calling for:
- Stalking to be treated as a red flag by every agency, every time
- Proper funding for independent domestic violence advisers
- A duty on agencies to share information when a victim reports threats

In your area: our helpline took 312 calls last month. Our outreach workers in the north of the county
now run a drop-in at Riverside Library every Wednesday.

If you can, please give GBP 10 today to keep the helpline open.

With thanks,
Annette Brooks
Chief Executive, Safe Harbour

Safe Harbour is a registered charity no. 1094321. Unsubscribe.
""", NEWS, subject="A review that should never have been needed",
    sender=("Safe Harbour", "supporters@safeharbour-charity.org.uk"), headers=c.newsletter_headers("Mailchimp"))

# 21. Someone asks to put an article on the EC agenda -> query, also procedural
add("query", """Hi Jamie

See the link below - the LGA survey on abuse of councillors. 7 in 10 say they've been harassed or
intimidated in the last year, and a quarter say they've thought about standing down because of it.

https://www.localgovchronicle.co.uk/news/councillor-abuse-survey

Could we have a short item on this at the next EC? Not a big debate, just whether we should be
offering our councillors anything (we've got nine of them after all) and maybe a note in the members'
bulletin. Is there still room on the agenda or is it too late?

Cheers
Gareth
Vice-chair (campaigns)""", NEWS, subject="LGA abuse survey - EC item?", also=["procedural"],
    sender=c.person("Gareth", "Lloyd"))

# 22. Daily headlines, terse, mobile style, no headers
add("bulk", """THE MORNING DISPATCH - 6 headlines, 60 seconds

1 Stalker jailed after following TV presenter for two years
2 Bomb disposal called to Plymouth garden - it was a WW2 shell
3 Prison riot at HMP Fenwick: 40 inmates barricade wing
4 Interest rates held at 3.75%
5 Flu cases double in a fortnight
6 England crush Italy 41-3 in Six Nations opener

Read all 6 at morningdispatch.co.uk
""", NEWS + WORD, subject="6 in 60: Stalker jailed | WW2 shell | Fenwick riot",
    sender=("The Morning Dispatch", "sixin60@morningdispatch.co.uk"))

# 23. Crime & justice Substack-style columnist, long
add("bulk", """THE DOCK
A newsletter about crime, courts and the people caught up in them
Issue 88

Hello, and welcome to the new subscribers who arrived after last week's piece on joint enterprise.
There are a lot of you. Please don't all write in at once.

This week I want to talk about stalking protection orders, because three separate readers have
emailed me about them and because the Home Office quietly published the figures on a Friday
afternoon, which is always a sign.

Stalking protection orders were introduced in 2020. The idea was sound: police could apply to a
court for an order banning someone from contacting or approaching a victim, even before anyone had
been charged. Campaigners had fought for them for a decade.

Five years on, the numbers are dismal. Forces applied for just over 1,600 orders last year, against
more than 100,000 recorded stalking offences. Some forces applied for fewer than ten. One - I won't
name it yet, I'm waiting for their right of reply - applied for two.

Why? I asked officers, lawyers and victims. The answers were depressingly consistent. The paperwork
is heavy. The application goes to a magistrates' court that may not sit for weeks. Officers aren't
sure whether they need to show that a threat of violence was made, or whether a pattern of unwanted
contact is enough (it is enough; the guidance is clear; nobody has read it).

One woman, who I'll call Leanne, told me she had kept a spreadsheet of every time her ex-partner
turned up at her work. There were 74 entries. "They told me it wasn't stalking because he never
actually threatened me," she said. "I kept saying: he doesn't need to. Him being there is the threat."

She's right, and the law agrees with her. The police just haven't caught up.

Next week: the magistrates' courts backlog, and why your shoplifting case may not be heard until 2028.

As always, reply to this email if you have a story. I read everything.

Hannah Lowe

---
The Dock is free. If you'd like to support it, a paid subscription is GBP 5 a month.
Unsubscribe | You're receiving this because you subscribed at thedock.substack.com
""", NEWS, subject="Why stalking protection orders aren't working",
    sender=("Hannah Lowe from The Dock", "thedock@substack.com"), headers=c.newsletter_headers("Substack"))

# 24. Hansard Society style briefing, HTML only, on MPs' safety debate
add("bulk", "", NEWS, subject="Parliament this week: Westminster Hall debate on the safety of elected representatives",
    sender=("Parliament Watch", "weekly@parliamentwatch.org.uk"), fmt="html",
    headers=c.newsletter_headers("Campaign Monitor"),
    html_body="""<html><head><meta charset="utf-8"></head><body>
<table width="640" align="center" style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
<tr><td style="border-bottom:4px solid #006548;padding:10px 0"><b style="font-size:20px">Parliament Watch</b><br>
<span style="color:#666">Your weekly guide to what's happening in Parliament</span></td></tr>
<tr><td style="padding:12px 0">
<h3>Monday: Westminster Hall debate on the safety of elected representatives</h3>
<p>Following an e-petition that passed 100,000 signatures, MPs will debate the protection of MPs,
councillors and candidates from intimidation. The petition asks for a specific criminal offence of
intimidating an elected representative. The government's written response said existing offences,
including harassment and sending threatening communications, were "sufficient if properly used".</p>
<p><b>Background:</b> The Joint Committee on Human Rights found in its last report that a majority of
MPs had experienced threats, and that women and ethnic-minority members were disproportionately
targeted. Police data shows reports of offences against MPs have risen every year since 2019.</p>
<h3>Tuesday: Report stage of the Crime and Policing Bill</h3>
<p>Amendments on knife sales online, "zombie knives" and respect orders. Expect a rebellion on
protest powers.</p>
<h3>Thursday: Backbench business</h3>
<p>A general debate on fireworks safety and a debate on rural crime.</p>
</td></tr>
<tr><td style="font-size:11px;color:#888">Parliament Watch is an independent charity. <a href="#">Unsubscribe</a></td></tr>
</table></body></html>""")

# 25. Friend forward: short, Polish-speaking member, bus-shelter attack story
add("other", """Hello Jamie,

I send you this article from our local paper. This is the bus stop near my work, the man was attacked
there with a bottle on friday night. I am so sad for this, it is very quiet place normally. Maybe the
council must put more lights there, it is very dark after 5. I think this is something for the
councillors, no?

Regards
Agnieszka

> Man seriously hurt in bus stop attack
> Police are investigating after a 38-year-old man suffered serious head injuries in an assault at a
> bus shelter on Moor Road, Lowfield, shortly before midnight on Friday. A 20-year-old man has been
> arrested on suspicion of GBH and released on bail.
""", NEWS, ("non-native",), subject="article from Lowfield news",
    sender=c.person("Agnieszka", "Nowak", "wp.pl"))

# 26. Nextdoor-style digest
add("bulk", """Nextdoor

Trending near Fernleigh

Police helicopter circling for an hour last night?
Gail from Fernleigh Park - 38 replies
"Anyone know what was going on? It was right over the school at about 11. My dog went berserk."
Top reply: "Someone told me there was a stabbing by the garages on Cedar Walk, but the police
Facebook page says it was a missing person."

Lost: grey tabby, answers to Biscuit
Deepak from Ashdown Rise - 12 replies

Recommendations for a chimney sweep?
Maureen from Old Fernleigh - 21 replies

Someone's been trying car door handles on Willow Crescent again
Kev from Willow Crescent - 54 replies
"Caught on my Ring at 3am. If anyone recognises him, report it, don't go round his house lads"

Open Nextdoor to see more posts from your neighbours.
You received this email because you are a member of the Fernleigh neighbourhood. Unsubscribe.
""", NEWS, ("social",), subject="Police helicopter circling for an hour last night?",
    sender=("Nextdoor Fernleigh", "no-reply@rs.email.nextdoor.co.uk"), headers=c.newsletter_headers("Nextdoor"))

# 27. Fire service newsletter: arson and fire safety
add("bulk", """NORTHSHIRE FIRE & RESCUE - COMMUNITY NEWS

Wheelie bin fires: please take your bins in
Crews attended 63 deliberate bin fires in October, most of them in the Moorside and Lydgate areas.
Arson puts lives at risk - several fires spread to cars and one to the front of a house. Please keep
bins away from windows and doors and bring them in after collection.

Bonfire night
Organised displays are the safest way to enjoy fireworks. If you are holding your own, never go back
to a lit firework and keep a bucket of water handy.

Free home fire safety checks
Our crews will fit smoke alarms for free for anyone over 65 or living with a disability. Call 0800
169 1234.

Stay safe,
Station Manager Lisa Quayle

To stop receiving community news, email unsubscribe@northshirefire.gov.uk
""", WORD, subject="Community news: bin fires, bonfire night, free safety checks",
    sender=("Northshire Fire & Rescue", "communitynews@northshirefire.gov.uk"))

# 28. Member forwards a 'this is what we're up against' article - metaphor-laden opinion, other
add("other", c.forward("""Jamie - I know we're all sick of the two-child cap row but this piece is good. Shared it in the Lowfield WhatsApp and it's started a proper fight (a polite one).""",
"""The two-child cap is killing this government by inches
By Tom Harrington

There is a particular kind of political death that doesn't happen in a single night. It happens one
awkward doorstep at a time. Ask any Labour canvasser in a marginal seat what they heard this summer
and you'll hear the same thing: "You were supposed to be different."

The cap is not the most expensive policy in the Treasury's drawer. Scrapping it would cost less than
the fuel duty freeze. But it has become a symbol, and symbols are lethal to governments that forget
what they were elected to do. Every month it stays, another chunk of the coalition that put this
government in office quietly walks away.

The Chancellor's allies say the numbers don't add up. The numbers never add up until the leadership
decides they do.
""", "The Northern Review <editor@northernreview.co.uk>", "The two-child cap is killing this government by inches", style="apple"),
    META, ("forwarded",), subject="Fwd: The two-child cap is killing this government by inches",
    sender=c.person("Liz", "Marshall"))

# 29. Usdaw-style union bulletin
add("bulk", """RETAIL VOICE - members' bulletin

Violence against shopworkers: the new offence one year on

A year after assaulting a retail worker became a specific criminal offence, our survey of 4,800
members shows:
- 72% were verbally abused in the last year
- 1 in 6 were threatened with a weapon, most often a knife or a syringe
- 14 members a day are physically assaulted at work

"The law has changed, but too many police forces still don't turn up," said General Secretary
Paddy McAuley. "A woman in our Birkenhead branch was threatened with a hammer over a meal deal. It
took the police four days to call her back."

Branch reps: the Freedom From Fear campaign week is 9-15 March. Order materials now.

Retail Voice. You are receiving this as a member. Update your details at retailvoice.org.uk
""", NEWS, subject="Freedom From Fear: 1 in 6 shopworkers threatened with a weapon",
    sender=("Retail Voice", "bulletin@retailvoice.org.uk"), headers=c.newsletter_headers("Action Network"))

# 30. Scottish paper, alt, sectarian attack + football
items = [
    ("Man charged after sectarian attack on Orange walk",
     "A 33-year-old man has been charged after a bottle was thrown at marchers in Coatbridge on "
     "Saturday, injuring a teenage flute player."),
    ("Glasgow gangland feud: third man jailed",
     "The High Court in Glasgow has jailed a third man over a firebomb attack on a house in "
     "Easterhouse during a feud between two crime families."),
    ("Council votes to close six libraries",
     "Protesters chanted outside the City Chambers as the budget passed by four votes."),
    ("Celtic massacre Dundee",
     "Seven goals, two red cards and a fan on the pitch: a Sunday afternoon at Dens Park to forget."),
]
add("bulk", plain_items("Here's your Daily Record-er briefing", items,
                        "The Clydeside Recorder, Glasgow G2. Unsubscribe any time."),
    NEWS + META, subject="Sectarian attack charge | gangland firebomb | Celtic hit seven",
    sender=("The Clydeside Recorder", "briefing@clydesiderecorder.co.uk"), fmt="alt",
    html_body=table_html("The Recorder", "#003366", "Here's your briefing", items,
                         "The Clydeside Recorder, Glasgow G2."),
    headers=c.newsletter_headers())

# 31. Inquest digest from a coroner-watch blog, feed email
add("bulk", """New post on Coroner Watch

Prevention of future deaths: knife sold to 14-year-old online

Coroner Dr Stephen Amis has issued a prevention of future deaths report after the inquest into the
death of 15-year-old Ethan Moss, who was stabbed in Rotherwood Park last year with a knife bought
online by his 14-year-old attacker.

The inquest heard the knife was delivered to a parcel locker with no age check at the point of
collection. Dr Amis wrote to the Home Office and to three online retailers asking what steps they
would take.

Read more of this post

Coroner Watch | Unsubscribe to no longer receive posts from Coroner Watch.
Change your email settings at Manage Subscriptions.
""", NEWS, subject="[New post] Prevention of future deaths: knife sold to 14-year-old online",
    sender=("Coroner Watch", "donotreply@wordpress.com"),
    headers={"List-Unsubscribe": "<https://subscribe.wordpress.com/?key=8f2a1&email=x>"})

# 32. Weekly news quiz
add("bulk", """THE WEEKLY QUIZ - how closely were you following the news?

1. Which animal shut down a Cotswold post round for a month?
   a) a llama  b) a goose  c) an escaped emu

2. A man in Kettering was charged with sending threatening messages to which MP?
   a) Daniel Osei  b) Dame Alison Forde  c) Priti Nandra

3. How many people were jailed over the Redcliffe Hotel riot?
   a) 4  b) 11  c) 29

4. What did bomb disposal experts find in a Plymouth garden?
   a) a WW2 shell  b) a Roman coin hoard  c) a very old marrow

5. Which club suffered a "massacre" at Dens Park?
   a) Dundee  b) St Mirren  c) Hibs

Answers: b, b, b, a, a. Score 5? Smug. Score 0? Read our briefing more often.

The Ledger Weekend. Unsubscribe.
""", NEWS + META, subject="Quiz: how closely were you following the news this week?",
    sender=("The Ledger Weekend", "weekend@newsletters.theledger.co.uk"), headers=c.newsletter_headers())

# 33. Crimestoppers-like campaign email, HTML only
add("bulk", "", NEWS, subject="Someone knows who killed Danny. Is it you?",
    sender=("Speak Up Anonymously", "hello@speakupanon.org.uk"), fmt="html",
    headers=c.newsletter_headers("Mailchimp"),
    html_body="""<html><body style="background:#111;color:#fff;font-family:Arial,sans-serif">
<div style="max-width:560px;margin:0 auto;padding:30px">
<h1 style="color:#ffcc00;font-size:30px">Two years. No answers.</h1>
<p style="font-size:16px">Danny Reeve was 22 when he was shot dead outside a barber's on Lansdown Road
in February 2024. His killer has never been caught.</p>
<p style="font-size:16px">Danny's mum, Carol, says: <i>"Somebody out there knows. I'm not asking you to
go to the police. I'm asking you to tell someone who will never know your name."</i></p>
<p style="font-size:16px">A reward of up to &pound;20,000 is available for information given only to
us that leads to a conviction.</p>
<p style="text-align:center;margin:30px 0"><a href="#" style="background:#ffcc00;color:#111;padding:14px 28px;
text-decoration:none;font-weight:bold">Give information anonymously</a></p>
<p style="font-size:11px;color:#aaa">We are an independent charity. We don't trace IP addresses or
record calls. You are receiving this because you signed up to our community updates.
<a href="#" style="color:#aaa">Unsubscribe</a></p>
</div></body></html>""")

# 34. Explosion / disaster news alert, alt short
add("bulk", """Breaking news from ABN

Explosion at chemical plant near Runcorn - residents told to keep windows closed

Emergency services are at the Castner Works site after a large explosion shortly after 2pm. Cheshire
Fire and Rescue says several people have been taken to hospital. A 1km cordon is in place.

Follow live updates on the ABN app.

You're receiving breaking news alerts from ABN. Change your alert settings.
""", WORD, subject="Breaking: explosion at chemical plant near Runcorn",
    sender=("ABN News", "breaking@abn.co.uk"), fmt="alt", headers=c.newsletter_headers("Campaign Monitor"))

# 35. Reply thread with a friend about a true crime article - quoted
add("other", c.quote_reply("""Ha, I knew you'd bite. I still think he did it, the jury just didn't have the phone evidence. Anyway bring the article to book club on Weds and we'll fight about it properly. I'll bring the wine, you bring the conspiracy theories.

J""", """Have you read the piece in the Chronicle magazine about the Harwell Farm murder? 30 years on and
they're still arguing about whether the son did it. The bit about the missing shotgun cartridges is
chilling. I couldn't sleep after.

Jamie""", quoted_from="%s <%s>" % SEC, style="gmail"),
    NEWS, ("quoted",), subject="Re: that Harwell Farm article", sender=c.person("Jacqueline", "Reid"))

# 36. Nostalgia column list
add("bulk", """Bygone Westgate - weekly email

FIFTY YEARS AGO this week: the town was gripped by the hunt for the so-called "Tannery Lane
Strangler" after the body of a 31-year-old machinist was found near the old tannery. Police
interviewed more than 900 men. The case was never solved, and the file remains open at
Westgate police station to this day.

SEVENTY-FIVE YEARS AGO: the Gaumont cinema reopened after being bombed in the war, with a
screening of The Third Man. Queues stretched down Market Street.

A HUNDRED YEARS AGO: a runaway horse and cart crashed into Hubbard's drapery, injuring two
shoppers and, according to the Post, "an indignant parrot".

Send us your memories and old photographs: bygone@westgateeveningpost.co.uk
Unsubscribe from Bygone Westgate
""", NEWS + WORD, subject="Bygone Westgate: the Tannery Lane Strangler, 50 years on",
    sender=("Westgate Evening Post", "bygone@westgateeveningpost.co.uk"), headers=c.newsletter_headers())

# 37. Short forward from councillor's partner: article about abuse of female politicians, no comment
add("other", c.forward("", """'I check under my car every morning': women in local politics on the abuse they face

When Councillor Sana Iqbal was first elected in 2018 she expected long meetings and casework about
potholes. She did not expect to be sent a photograph of her own front door.

Iqbal is one of 40 women councillors from across England who spoke to us for this report. Almost all
had been abused online; more than half had received threats they reported to the police; eleven had
installed security cameras at their own expense.

"People think it's the MPs who get it," says a Conservative councillor from Surrey. "But we're the ones
who live on the same street as the people we represent. Everyone knows where we live."

The Local Government Association has called for councillors to be allowed to withhold their home
addresses from the register of interests, a change that came into force in some councils last year.
""", "Women in Public Life <news@womeninpubliclife.org>", "'I check under my car every morning'"),
    NEWS, ("forwarded",), subject="Fwd: 'I check under my car every morning'",
    sender=c.person("Chris", "Bennett", "icloud.com"))

# 38. Think-tank research email: prison violence
add("bulk", """Centre for Justice Reform

NEW REPORT: Behind the Door - violence in England's prisons

Dear colleague,

Today we publish Behind the Door, the result of eighteen months of interviews with prisoners, officers
and governors in twelve establishments.

Key findings:
* Self-harm and assaults are at or near record levels in nine of the twelve prisons we visited
* Debt linked to the drug trade is the single biggest driver of violence between prisoners
* Officers with less than two years' experience now make up 40% of the frontline workforce
* Prisoners spend an average of 22 hours a day in their cells at the most crowded sites

Launch event: Tuesday 6pm, Church House, Westminster, with the chair of the Justice Select Committee
and a former governor of HMP Longmoor. Places are free but limited - reply to reserve.

Best wishes,
Dr Imogen Price
Director of Research

Centre for Justice Reform is a charitable company. If you no longer wish to hear from us, unsubscribe.
""", NEWS, subject="New report: violence in England's prisons",
    sender=("Centre for Justice Reform", "research@justicereform.org.uk"), headers=c.newsletter_headers("Campaign Monitor"))

# 39. Forward from elderly member, whole article, capital letters comment
add("other", """Dear Jamie

I AM DISGUSTED BY THIS. A man stabbed on a bus in broad daylight and nobody lifted a finger. What
has happened to this country. When I was a young woman you could leave your door unlocked. I know you
will say that is not true, my son says the same.

Anyway I thought you should see it.

Regards
Irene Walker (Mrs)
Hollybush ward

----- Original Message -----
From: Midshire Express <newsletter@midshireexpress.co.uk>
Subject: Passengers 'froze' as man stabbed on number 42 bus

Passengers on a packed number 42 bus "froze in shock" as a man was stabbed in the leg in an apparent
row over a seat, police said. The victim, in his 40s, was treated at the scene before being taken to
Midshire General. A 19-year-old has been arrested.

Bus company StarLink said its drivers were "shaken" and it was reviewing CCTV.
""", NEWS, ("forwarded",), subject="Fw: Passengers 'froze' as man stabbed on number 42 bus",
    sender=c.person("Irene", "Walker", "aol.com"))

# 40. BBC-like 'world at one' radio programme email, HTML alt, international content from UK broadcaster
items = [
    ("Ukraine: drone strikes hit Odesa port overnight",
     "Four people were killed and a grain terminal set alight in the latest wave of attacks."),
    ("Sudan: UN warns of 'mass atrocities' in Darfur",
     "Aid agencies say fighters have been going house to house in El Geneina."),
    ("France: mayor's home firebombed",
     "The mayor of a small town in Normandy has been placed under police protection after petrol bombs "
     "were thrown at his house. He had backed a new migrant reception centre."),
    ("Cricket: England collapse in Perth",
     "From 112-2 to 168 all out in a session of carnage."),
]
add("bulk", plain_items("THE WORLD AT NOON - today's running order", items,
                        "Listen again on ABN Sounds. Unsubscribe from programme emails."),
    NEWS + META, subject="The World at Noon: Odesa strikes, Darfur warning, French mayor firebombed",
    sender=("ABN Radio", "worldatnoon@abn.co.uk"), fmt="alt",
    html_body=table_html("The World at Noon", "#5a2d82", "Today's running order", items,
                         "Listen again on ABN Sounds."),
    headers=c.newsletter_headers())

# 41. Forwarded academic article on extremism from a member who's a lecturer, long note, other
add("other", """Hi Jamie,

Following up our chat in the pub after the GC - here's the paper I mentioned on how far-right groups
use local Facebook pages to pick targets around asylum hotels. It's not light reading but the section
on "grievance pages" (p.14 onwards) is exactly what we're seeing in Lowfield with that Lowfield Matters
group. I'm not suggesting anything is going to happen here, the point of the paper is that most of this
stays online. But I think the councillors would find it useful background.

Abstract pasted below, PDF attached via the link.

"This article examines the mobilisation that preceded the 2024 summer disorder in England through an
analysis of 212 local Facebook groups. We find that a small number of 'bridge' accounts repeatedly
translated national anti-migrant narratives into hyper-local grievances, identifying specific hotels,
council buildings and, in several cases, named officials. We argue that the boundary between online
grievance and offline violence is porous but rarely crossed, and that early, visible local engagement
is more effective than content removal in reducing the risk."

Happy to come and talk to the EC about it if that would ever be useful, but no pressure.

Best
Dr Amara Obi
Senior Lecturer in Criminology (and Ashdown branch, when I can make it)
""", NEWS, subject="that paper on local Facebook groups and the riots", sender=c.person("Amara", "Obi", "gmail.com"))

# 42. Court sketch from local paper list for journalists - Mailman list
add("bulk", """[court-copy] Tuesday list - Westgate Crown Court

Court 1 (HHJ Mallinson): R v Pritchard - murder - trial day 3. Pathologist evidence this morning.
Court 2 (Recorder Sethi): R v Gale & Gale - conspiracy to supply class A - sentence.
Court 3 (HHJ Okonjo): R v Abbott - threats to kill, stalking involving fear of violence - plea and
trial preparation hearing. Defendant is 61, from Ashcote. Victim is a parish councillor. RRO in
place: do not name the complainant.
Court 4: no jury business; appeals against sentence from the magistrates.

Usual reminder: mobiles off in the press bench, the usher in Court 1 is not messing around.

Kath
--
court-copy mailing list
court-copy@lists.westgatemedia.co.uk
https://lists.westgatemedia.co.uk/mailman/listinfo/court-copy
""", NEWS, subject="[court-copy] Tuesday list - Westgate Crown Court", sender=c.person("Kath", "Pearson"),
    to="court-copy@lists.westgatemedia.co.uk",
    headers=c.list_headers("court-copy", domain="lists.westgatemedia.co.uk"))

# 43. A friend replies to secretary's forward about a 'kill' headline - metaphor chat, quoted
add("other", c.quote_reply("""Honestly, "Council budget will KILL the high street" on the front page in 72-point type. Our local rag has gone full tabloid. Mind you, the bit about the car park charges is fair. I'll raise it at branch.""",
"""Front page today if you haven't seen it! Apparently we've murdered Market Street single-handed.""",
    quoted_from="%s <%s>" % SEC, style="bottom"),
    META, ("quoted",), subject="Re: front page", sender=c.person("Kwame", "Appiah"))

# 44. Regional TV news roundup, American-style capitalization? No: British, HTML-only short
add("bulk", "", NEWS, subject="Tonight on Northern Eye: the village living in fear of a 'phantom' arsonist",
    sender=("Northern Eye", "programme@northerneyetv.co.uk"), fmt="html",
    headers=c.newsletter_headers("Mailchimp"),
    html_body="""<html><body style="font-family:Arial,sans-serif">
<p><img src="https://northerneyetv.co.uk/img/banner.jpg" alt="Northern Eye" width="600"></p>
<p><b>Tonight at 6.30</b></p>
<p>Eleven barns and haystacks have been set alight in and around the village of Brackenthwaite since
August. Farmers are taking turns to sit up all night. Police say they are following "several lines of
enquiry". Our reporter spent a week with the villagers living in fear of a phantom arsonist.</p>
<p>Plus: the boxing club in Middlesbrough that has kept 200 kids off the streets, and the forecast for
a very wet weekend.</p>
<p style="font-size:10px;color:#777">Northern Eye Productions. <a href="#">Unsubscribe</a></p>
</body></html>""")

# 45. Someone forwards a crime stats story and genuinely asks a policy question -> query
add("query", """Dear Secretary,

I'm a new member (joined in September) and I saw this in the Courier today - the figures about knife
crime in the city centre wards being a third of the county total. My street is in one of those wards.

What is the local party's position on this? Is there a policy document or anything the councillors
have said that I could read? I'd like to get involved in whatever the party is doing about youth
services, if there's a working group.

Link: northerncourier.co.uk/news/knife-offences-up-4-per-cent

Many thanks,
Hamza Iqbal
""", NEWS, subject="Knife crime figures - party position?", sender=c.person("Hamza", "Iqbal"))

# 46. Long-read newsletter: county lines
add("bulk", """THE SUNDAY LONG READ

"They gave me a phone and a train ticket": inside the county lines trade

The first time Jay was sent out of London he was fourteen. He was given a phone, a return ticket to
a seaside town he had never heard of, and an address where he would stay for a week with a woman he
had never met. He was told what would happen to his mum if the drugs or the money went missing.

Jay, now nineteen and training as an electrician, is one of six young men who agreed to talk to us
about the county lines trade, in which gangs use children to move drugs from cities into smaller
towns. Their stories are remarkably alike: recruited through debt, held by fear, and almost never
treated as victims by the first police officer they met.

"The threats were the job," Jay says. "Nobody ever hit me. They didn't need to. They'd just say they
knew where my little brother went to school."

The National Crime Agency estimates there are about 600 active lines. Police say they have closed
thousands since 2019, but a line shut down on a Monday is, in the words of one detective, "back up
and running by Friday with a new number".

[continues - 4,200 words, about 18 minutes]

Read the rest at sundaychronicle.co.uk/longread

The Sunday Chronicle. Manage your newsletters.
""", NEWS, subject="The Sunday Long Read: inside the county lines trade",
    sender=("The Sunday Chronicle", "longread@sundaychronicle.co.uk"), headers=c.newsletter_headers())

# 47. Very short forward from a councillor, no note, just link and headline
add("other", """https://www.hartsidemercury.co.uk/news/councillors-car-vandalised

Sent from my iPhone""", NEWS, subject="Fwd: Councillor's car vandalised in 'targeted attack', police say",
    sender=c.person("Tony", "Marsh", "icloud.com"))

# 48. Members' email from party-affiliated society (Fabian-like), events, talk on political violence
add("bulk", """Dear member,

Our winter events programme is now open for booking.

Tuesday 13 January, 7pm - "Democracy under threat? Political violence in Britain since 2016"
Professor Kamala Deshpande (University of Eastbridge) on what the data tells us about attacks on
politicians, and what parties, police and platforms should do about it. Chaired by our branch
treasurer. Free for members, GBP 4 non-members.

Thursday 29 January, 7pm - "Housing: can we actually build 1.5 million homes?"
With a panel of councillors and a developer who promises to be honest.

Saturday 7 February - Day school on local government finance (sold out last year; book early).

All events at the Friends Meeting House, Brook Street, and online. Step-free access.

In solidarity,
Maya Whitlock
Secretary, Eastbridge Fabians

You are receiving this as a member of the Eastbridge Fabian Society. Unsubscribe.
""", NEWS, subject="Winter programme: political violence, housing, council finance",
    sender=("Eastbridge Fabians", "eastbridgefabians@gmail.com"),
    headers=c.list_headers("Eastbridge Fabians members", domain="googlegroups.com"))

# 49. Friend forwarded article re attack on asylum hotel, angry comment (not threat), other
add("other", c.forward("""This is vile. The people who did this want us frightened and they want migrants frightened. Let's make sure the Lowfield branch turns out for the solidarity vigil on Sunday, there's nothing in the party bulletin about it yet.

Deepak""", """Hotel housing asylum seekers attacked with fireworks

Police are investigating after fireworks were fired at the windows of the Parkway Hotel in Lowfield,
which houses around 90 asylum seekers, on Saturday night. No one was injured.

A local vicar who has organised a vigil outside the hotel for Sunday afternoon said residents were
"terrified". Superintendent Alex Morgan said officers would maintain "a visible presence".
""", "Lowfield Today <news@lowfieldtoday.co.uk>", "Hotel housing asylum seekers attacked with fireworks", style="gmail"),
    NEWS, ("forwarded",), subject="Fwd: Hotel housing asylum seekers attacked with fireworks",
    sender=c.person("Deepak", "Sharma"))

# 50. Local radio phone-in newsletter, 'should we bring back hanging'
add("bulk", """THE BREAKFAST PHONE-IN - this week

Monday: "Should the age of criminal responsibility go up to 14?" - you called in your hundreds.
Tuesday: Graham from Ashcote thinks we should bring back hanging. Marjorie from Lowfield thinks
Graham should be hanged. We had to cut to the travel.
Wednesday: Potholes. Of course potholes.
Thursday: Our resident vet on why your dog is scared of fireworks.
Friday: The council leader, live, taking your calls on the budget.

Call 01632 960 555, text DUNMORE to 81111.

Radio Dunmore. Unsubscribe.
""", NEWS + META, subject="Phone-in this week: criminal responsibility, hanging, potholes",
    sender=("Radio Dunmore", "breakfast@radiodunmore.co.uk"), headers=c.newsletter_headers("Mailerlite"))

# 51. Court list round-up for libel (newspaper's legal column) metaphors, short
add("bulk", """Press Gazette Briefing

* Tabloid settles with footballer over "assassination of character" claim
* Local paper wins appeal over naming of man accused of threatening MP
* Editors' code: IPSO rejects complaint over photographs of knife attack scene

Read today's briefing in full online.

Unsubscribe
""", NEWS + META, subject="Briefing: paper wins appeal over naming of man accused of threatening MP",
    sender=("Press Review Daily", "briefing@pressreviewdaily.co.uk"))

# 52. Church newsletter mentions knife angel visit
add("bulk", """ST BARNABAS PARISH NEWS

The Knife Angel comes to Westgate
From 3 to 28 February the Knife Angel - the 27-foot sculpture made from 100,000 knives surrendered in
amnesties across the country - will stand in the Cathedral Close. Schools will visit throughout the
month. On Sunday 8 February we will hold a service of remembrance for young people lost to knife
crime, to which families from across the city have been invited.

Warm Space
The church hall is open as a warm space Monday to Thursday, 10 until 3. Soup and bread from noon.

Lent groups
Sign up at the back of church.

Fr Michael
""", NEWS, subject="Parish news - February", sender=("St Barnabas Westgate", "office@stbarnabaswestgate.org.uk"),
    headers=c.list_headers("St Barnabas News", domain="stbarnabaswestgate.org.uk", precedence=False))

# 53. Foreign correspondent's newsletter (British writer, abroad): war
add("bulk", """Letters from Kharkiv, no. 31

The sirens went at 4.10 this morning, which is early even for them. By now the city has a routine. You
hear the first missile, you count, you decide whether the corridor or the bathroom is the safer wall.
My neighbour Olena, who is 79, does neither. She makes tea.

Three people died in the strike on the tram depot yesterday. I went there at noon. A man in a hi-vis
jacket was sweeping glass into a pile with a broom, very slowly, as if the pile might be finished one
day.

People in Britain ask me whether Ukrainians are tired. Yes. They are tired the way you are tired at the
end of a long shift, not the way you are tired of a cause.

More next week, power permitting.

Tom

--
Letters from Kharkiv is a reader-supported newsletter. Unsubscribe.
""", NEWS, subject="Letters from Kharkiv, no. 31: the tram depot",
    sender=("Tom Fairley", "tomfairley@buttondown.email"), headers=c.newsletter_headers("Buttondown"))

# 54. Alt format; broadcaster's Africa desk digest
items = [
    ("Nigeria: gunmen kidnap 40 from church in Kaduna state",
     "Police say a rescue operation is under way. The attack is the third in the region this month."),
    ("Kenya: opposition leader says he was followed by police",
     "Raila Mwangi told reporters that unmarked cars had trailed him for a week. The police deny it."),
    ("South Africa: councillors' murders prompt inquiry",
     "KwaZulu-Natal has seen more than 30 local politicians killed in five years; a new commission "
     "will investigate links to tender fraud."),
    ("Ghana: Black Stars slaughter Sudan 5-0",
     "A hat-trick for the 19-year-old winger sealed qualification."),
]
add("bulk", plain_items("Africa Today - the stories we're following", items, "ABN World Service. Unsubscribe."),
    NEWS + META, subject="Africa Today: Kaduna kidnapping, Kenya surveillance claims, KZN inquiry",
    sender=("ABN World", "africatoday@abn.co.uk"), fmt="alt",
    html_body=table_html("Africa Today", "#b35900", "The stories we're following", items, "ABN World Service."),
    headers=c.newsletter_headers())

# 55. Forwarded by MP's caseworker: article about MP's own office security upgrade? Different: about
# the security funding scheme, routine info, 'FYI'
add("other", c.forward("""FYI, in case members ask - this is the story doing the rounds about the new security money. Nothing changes for us locally, the office already has the panic alarm and film on the windows. Happy to explain at the next GC if useful.

Precious
Senior Caseworker, Office of the MP""", """MPs to receive extra security funding after rise in threats

Every MP will be offered a dedicated protection security officer for public events, and the budget
for home and office security will rise by GBP 31m, the Home Office has announced.

The move follows figures showing that reported crimes against MPs rose by more than 40% last year.
The scheme will also fund security advice for councillors in "high-risk" areas for the first time.
""", "ABN News <newsletters@abn.co.uk>", "MPs to receive extra security funding after rise in threats", style="outlook"),
    NEWS, ("forwarded",), subject="FW: MPs to receive extra security funding", sender=c.person("Precious", "Adeyemi"))

# 56. Daily Mail-esque 'sidebar' promo email, tabloid headlines, HTML-only with shouting
add("bulk", "", NEWS + META, subject="REVEALED: The 'monster' next door | Stars' revenge on ex | Mum's fury",
    sender=("The Daily Sentinel", "newsletters@dailysentinel.co.uk"), fmt="html",
    headers=c.newsletter_headers("Mailchimp"),
    html_body="""<html><body style="font-family:Arial,sans-serif;margin:0">
<div style="background:#004db3;color:#fff;padding:10px;font-size:22px;font-weight:bold">The Daily Sentinel</div>
<div style="padding:10px">
<h2 style="color:#c00">REVEALED: The 'monster' next door who terrorised a cul-de-sac for a decade</h2>
<p>Neighbours describe years of threats, dead birds on doorsteps and a campaign of hate over a parking space</p>
<h3>Reality star's revenge on cheating ex: she sold his Rolex on live TV</h3>
<h3>Mum's FURY as school sends boy home for 'wrong shade' of grey trousers</h3>
<h3>The 'killer' fitness routine that helped Dave, 61, lose five stone</h3>
<h3>Weather bomb to hit Britain this weekend: 80mph gales</h3>
</div>
<div style="font-size:10px;color:#666;padding:10px">To unsubscribe from The Sentinel's Evening Edition <a href="#">click here</a></div>
</body></html>""")

# 57. Commons library 'research briefing' alert, plain, official
add("bulk", """House of Commons Library - new publication

Knife crime statistics: England and Wales
Research briefing, updated

This briefing presents statistics on knife crime from police recorded crime, hospital admissions,
sentencing and the Crime Survey. In the year to March there were around 50,500 offences involving a
knife or sharp instrument recorded by police forces in England and Wales (excluding Greater
Manchester), a 2% fall on the previous year. Admissions to NHS hospitals for assault by a sharp object
fell by 6%. 

Read the full briefing: commonslibrary.parliament.uk/research-briefings/sn04304

You are subscribed to Crime and Justice alerts. To manage your subscription visit the Library website.
""", NEWS, subject="New: Knife crime statistics, England and Wales",
    sender=("Commons Library", "papers@alerts.parliament.uk"), headers=c.newsletter_headers("GovDelivery"))

# 58. Member forwards Telegraph-ish opinion piece on protest policing: 'the police are at war with...'
add("other", c.forward("""You'll hate this but read it anyway. I half agree with him, which worries me.""",
"""Britain's police have declared war on the wrong people
By Rupert Vane

Somewhere in England this morning a pensioner is being questioned about a Facebook post while a
burglar three streets away is being given a crime number and a leaflet. That is the charge sheet
against modern policing, and it is a damning one.

The chief constables have surrendered the streets to the shoplifters and the scooter thieves and
turned their fire on the easy targets: the angry, the eccentric and the merely rude. They will tell
you they are protecting the vulnerable. They are protecting their statistics.
""", "The Daily Sentinel <comment@dailysentinel.co.uk>", "Britain's police have declared war on the wrong people", style="gmail"),
    META + NEWS, ("forwarded",), subject="Fwd: Britain's police have declared war on the wrong people",
    sender=c.person("Sean", "Murphy", "gmail.com"))

# 59. Tabloid-ish local crime newsletter "Crime Watch Weekly" with mugshots - plain
add("bulk", """JAILED THIS WEEK
Brought to you by the Midshire Express

Thug who attacked pensioner for his pension money - 6 years
Drug dealer caught with GBP 40k of cocaine in a Fiat Punto - 4 years 3 months
Burglar who fell asleep on victim's sofa - 2 years
Man who threatened pub landlord with a machete over a pool table dispute - 3 years 6 months
Fraudster who conned church out of GBP 60,000 - 2 years 8 months

See all the faces at midshireexpress.co.uk/jailed

Don't want these emails? Unsubscribe.
""", NEWS, subject="Jailed this week: machete threat, sleeping burglar and a church fraudster",
    sender=("Midshire Express", "jailed@midshireexpress.co.uk"), headers=c.newsletter_headers())

# 60. Message from a friend abroad forwarding an article about attack on a politician there, Romanian English
add("other", """Hi Jamie!

How are you? Here in Cluj everybody speak only about this. A local deputy was attacked with a knife
in the market, he is ok now but is very bad. I send you the article in english from the news site.
Please tell me, in UK the politicians have police protection? Here nobody has, only the ministers.

"A member of the Romanian parliament was slightly injured on Saturday when a man attacked him with a
knife at a market in Cluj-Napoca. The deputy, who is known for campaigning against corruption in
local government, was treated in hospital and released. The attacker, a 46-year-old man, was detained
by shoppers and handed to police."

Kisses to all the team, I miss the canvassing with you (not the rain!!)

Ioana""", NEWS, ("non-native",), subject="news from Cluj", sender=c.person("Ioana", "Popescu", "yahoo.com"))

# 61. Online news 'most read' automated email with no list headers, short
add("bulk", """Most read on Eastfield & District News today:

1. Man, 24, in hospital after stabbing near Eastfield station
2. Eastfield's best fish and chips - as voted by you
3. Plans for 300 homes on Greyfield site thrown out
4. Drivers 'terrified' by boy racers on the bypass
5. Tributes to much-loved lollipop lady Pat, 81

You are receiving this because you have an Eastfield & District News account.
""", NEWS, subject="Most read today", sender=("Eastfield & District News", "noreply@eastfielddistrict.co.uk"))

# 62. Historical-crime column from a newspaper, weekly, alt
add("bulk", """Murder Most Local

This week: the poisoner of Priory Terrace

In the winter of 1889, three members of the Cartwright household in Priory Terrace fell ill within a
week of each other. Two recovered. Old Josiah Cartwright, a retired draper worth the considerable sum
of four thousand pounds, did not.

Suspicion fell at once on his housekeeper, Mrs Ellen Tapp, who had been named in his will a month
before. Arsenic was found in the sugar bowl. The trial at the county assizes was the sensation of the
season; the Post sent two reporters and an artist.

Mrs Tapp was acquitted after the defence showed that the sugar came from a grocer who had recently
been fined for selling flypaper from the same counter. She left the town and was never heard of again.

Next week: the Great Mill Strike riot of 1911.

Murder Most Local appears every Saturday. Unsubscribe.
""", WORD + NEWS, subject="Murder Most Local: the poisoner of Priory Terrace",
    sender=("Westgate Evening Post", "murdermostlocal@westgateeveningpost.co.uk"), fmt="alt",
    headers=c.newsletter_headers())

# 63. A member who is a journalist shares their own published article about threats to councillors
add("other", """Hi Jamie

As promised, here's the piece I was working on. It went up this morning. Thanks for putting me in
touch with Cllr Greaves - she was brilliant, and brave to talk on the record after what happened to
her car.

https://www.hartsidemercury.co.uk/news/councillors-abuse-investigation

I've kept the CLP out of it as you asked.

Best,
Rebecca Hall
Chief Reporter, Hartside Mercury
07700 900 418""", NEWS, subject="piece is live", sender=("Rebecca Hall", "rebecca.hall@hartsidemercury.co.uk"))

# 64. LinkedIn-type notification sharing article about security, social
add("bulk", """LinkedIn

Neil Kelly shared a post

"Proud of our team's work on this. Threats against local councillors are rising and too few councils
have a proper plan. Our new guide sets out 10 practical steps - from withholding home addresses to
lone-working apps for ward surgeries. Free to download."

Keeping councillors safe: a practical guide | Civic Risk Partners

Like  Comment  Repost

You are receiving notification emails. Unsubscribe
This email was intended for Jamie Rennie (Secretary, Kelvin North CLP)
LinkedIn Corporation, Sunnyvale, CA 94085
""", NEWS, ("social",), subject="Neil Kelly shared a post: Keeping councillors safe",
    sender=("LinkedIn", "notifications-noreply@linkedin.com"), headers=c.newsletter_headers("LinkedIn"))

# 65. Short plain reply from friend to secretary's own forwarded news, quoted, sarcastic
add("other", c.quote_reply("""Yep saw it. 'Phantom arsonist'. Twelve barns. Half of Brackenthwaite thinks it's the vicar. I give it a week before they make a podcast about it.""",
"""Is this the village your sister lives in? Saw the trailer on Northern Eye.""",
    quoted_from="%s <%s>" % SEC, style="gmail"),
    NEWS, ("quoted",), subject="Re: Brackenthwaite", sender=c.person("Niamh", "Gallagher"))

# 66. Regional paper politics newsletter with 'we'll crush them'/campaign metaphors
add("bulk", """WESTMINSTER TO WESTGATE
Our political editor's weekly note

The by-election is on. The Tories insist they'll "crush" Reform in the villages; Reform's candidate
says the Tories are "a dead party walking"; the Lib Dems have a bar chart. Labour's candidate, a
primary school head, has been out on the doors every night and refuses to say anything interesting
at all, which may be the smartest strategy of the lot.

Away from the campaign, the county council's cabinet member for highways had what can only be
described as a car crash of an interview on local radio about pothole funding. I'm told the leader's
office has banned him from phone-ins "until the heat dies down".

And a word of thanks to the police and the hustings organisers at the Corn Exchange on Monday, who
handled a noisy crowd sensibly. After the nonsense at the Hartside council meeting last month, it was
good to see a heated evening that stayed civil.

Jo Pennington, Political Editor

Westgate Evening Post. Unsubscribe.
""", META + NEWS, subject="Westminster to Westgate: the by-election is on",
    sender=("Jo Pennington", "politics@westgateeveningpost.co.uk"), headers=c.newsletter_headers())

# 67. Press release distribution to local party (police press office)
add("bulk", """PRESS RELEASE - FOR IMMEDIATE RELEASE

Man charged following threats made at Hartside council meeting

A 44-year-old man from Hartside has been charged with using threatening behaviour and with a
public order offence following disorder at a meeting of Hartside Borough Council on 12 November.

He will appear before Hartside Magistrates' Court on 2 December.

Chief Inspector Rachel Osborne said: "Everyone has the right to protest peacefully. Nobody - elected
or not - should be threatened while doing their job."

ENDS

Notes to editors: as the man has been charged, please be mindful of reporting restrictions under the
Contempt of Court Act.

Corporate Communications | Press Office
This email was distributed via the press release service. To be removed, reply REMOVE.
""", NEWS, subject="PRESS RELEASE: Man charged following threats made at Hartside council meeting",
    sender=("Police Press Office", "pressoffice@police-newsdesk.org.uk"))

# 68. Friend forwarding a 'bad news day' with gallows humour, short, txt style
add("other", """lol the courier headline today "TOWN CENTRE PLAN DEAD IN THE WATER" with a picture of the canal. someone there is having fun. see u thurs""",
    META, subject="courier", sender=c.person("Josh", "Taylor", "gmail.com"))

# 69. Forwarded from a member with a request for the newsletter: can we reprint? -> query
add("query", c.forward("""Hi Jamie, the Fabians are doing this talk on political violence and I think a lot of our members would want to go. Can we put it in the next CLP members' email or do we have a rule about advertising other organisations' events? Happy either way, just don't want to tread on toes.

Linda""", """Tuesday 13 January, 7pm - "Democracy under threat? Political violence in Britain since 2016"
Professor Kamala Deshpande (University of Eastbridge) on what the data tells us about attacks on
politicians, and what parties, police and platforms should do about it. Free for members, GBP 4
non-members. Friends Meeting House, Brook Street, and online.""", "Eastbridge Fabians <eastbridgefabians@gmail.com>",
    "Winter programme: political violence, housing, council finance"),
    NEWS, ("forwarded",), subject="Fwd: Fabians talk - can it go in the members' email?",
    sender=c.person("Linda", "Campbell"))

c.write()
