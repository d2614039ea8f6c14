"""train / tq2: US and international news digests, 'email this article' forwards, opinion pieces
forwarded by friends. Hard negatives: news about violence and threats elsewhere, and metaphor.
Every word of every message is hand-written; the helpers below only wrap text in shapes.
"""
import html as _h
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tq2", seed=3002)
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


def card_html(brand, accent, items, footer, kicker=""):
    """Card-style HTML newsletter around hand-written (section, headline, text) items."""
    cards = "".join(
        f'<div style="border-left:4px solid {accent};margin:18px 0;padding:4px 14px">'
        f'<div style="font:bold 11px Arial;letter-spacing:1px;color:{accent};text-transform:uppercase">{_h.escape(s)}</div>'
        f'<div style="font:bold 19px Georgia,serif;margin:4px 0">{_h.escape(t)}</div>'
        f'<div style="font:15px/1.55 Georgia,serif;color:#333">{_h.escape(b)}</div></div>'
        for s, t, b in items)
    return (f'<html><head><meta name="viewport" content="width=device-width"></head>'
            f'<body style="margin:0;padding:0;background:#fafafa">'
            f'<div style="max-width:600px;margin:0 auto;background:#fff;padding:20px 26px">'
            f'<div style="font:bold 28px Georgia,serif;border-bottom:1px solid #000;padding-bottom:8px">{_h.escape(brand)}</div>'
            f'<p style="font:italic 14px Georgia,serif;color:#555">{_h.escape(kicker)}</p>{cards}'
            f'<p style="font:11px Arial;color:#999;border-top:1px solid #ddd;padding-top:10px">{_h.escape(footer)}'
            f' <a href="#">Unsubscribe</a></p></div></body></html>')


def card_text(brand, items, footer, kicker=""):
    out = [brand.upper(), kicker, ""] if kicker else [brand.upper(), ""]
    for s, t, b in items:
        out += [f"{s.upper()}: {t}", b, ""]
    return "\n".join(out + [footer])


NEWS = ("news-about-threats",)
WORD = ("benign-violent-word",)
META = ("metaphor",)

# 1. US morning newsletter, alt, card style
items = [
    ("Courts", "Jury selection begins in governor kidnap plot retrial",
     "Two men accused of plotting to abduct Governor Marcy Kessler from her lake house will be retried "
     "in Grand Rapids after the first jury deadlocked. Prosecutors say the men trained with rifles and "
     "surveilled the property at night."),
    ("Nation", "Town mourns after Friday night shooting at high school football game",
     "Three teenagers were wounded when gunfire broke out in a parking lot in Beaumont, Texas. A "
     "16-year-old was arrested Saturday."),
    ("Weather", "Hurricane Delphine strengthens to Category 3",
     "Evacuation orders are in effect for coastal counties in the Carolinas."),
    ("Sports", "Yankees blow five-run lead, again",
     "Fans at the Stadium booed the bullpen off the field in the ninth."),
]
add("bulk", card_text("The Capital Tribune - The Morning", items, "The Capital Tribune, 1400 K Street NW, Washington DC.",
                      "Good morning. Here's what you need to know to start your day."),
    NEWS, subject="The Morning: A retrial in the governor kidnap case",
    sender=("The Capital Tribune", "nytdirect@capitaltribune.com"), fmt="alt",
    html_body=card_html("The Morning", "#326891", items, "The Capital Tribune, 1400 K Street NW, Washington DC.",
                        "Good morning. Here's what you need to know to start your day."),
    headers=c.newsletter_headers("Campaign Monitor"))

# 2. Old-style "email this article" from a US paper site, sent by a friend
add("other", """This article from TribuneOnline.com has been sent to you by drjtmorris@aol.com.

/-------------------- advertisement -----------------------\\

  Fly to New York from $299 roundtrip. Book by Friday.

\\----------------------------------------------------------/

Helen - saw this and thought of your council candidates. It's grim over here. - Jim

School Board Members Face Wave of Threats
By LAURA BECKETT

COLUMBUS, Ohio - When Tracy Dunham joined the Westerville school board, she expected arguments about
bus routes and the cafeteria budget. She did not expect a man to stand at the back of a meeting and
read out the name of her street.

Across the country, school board members report an unprecedented level of hostility. A survey by the
National School Boards Association found that one in four members had received a threat in the past
year. Dozens have resigned. Several now travel to meetings with a sheriff's deputy.

"People think of us as the lowest rung of government," Ms. Dunham said. "But we're the ones you can
find in the grocery store."

Copyright 2026 The Capital Tribune Company
--------------------------------------------------------------
Get home delivery of the Tribune for 50% off. Click here.
""", NEWS, subject="TribuneOnline.com Article: School Board Members Face Wave of Threats",
    sender=("TribuneOnline.com", "email-this@tribuneonline.com"), reply_to="drjtmorris@aol.com", also=["bulk"])

# 3. Wire-style international summary, all caps slugs, plain, no list headers
add("bulk", """GLOBAL WIRE - WORLD NEWS SUMMARY 0600 GMT

GERMANY-POLITICS/ATTACK
Berlin - A Social Democrat candidate for the Saxony state parliament was beaten by four men while
putting up election posters in Dresden late on Friday and needed surgery for facial injuries, police
said. It was the third attack on campaigners in the state in a fortnight. Chancellor's office called it
"an attack on democracy itself".

FRANCE-RIOTS
Paris - Police arrested 212 people overnight as rioting spread to a fourth night in suburbs north of
the capital following the death of a 19-year-old delivery rider during a traffic stop.

MEXICO-VIOLENCE
Mexico City - The mayor of a town in Guerrero state was shot dead outside the town hall, the fourth
local official killed in the state this year.

SUDAN-CONFLICT
Khartoum - At least 40 civilians were killed in shelling of a market in Omdurman, medical sources said.

AUSTRALIA-WEATHER
Sydney - Bushfires forced the evacuation of 3,000 people in Victoria's Gippsland region.

--
Global Wire Client Services. This summary is provided to subscribers under licence. Not for
redistribution.
""", NEWS, subject="World News Summary 0600 GMT", sender=("Global Wire", "summary@globalwire-news.com"))

# 4. Friend forwards German attack story with a question (does the party do anything?) -> query
add("query", """Hi Helen,

Did you see the story about the SPD candidate who was beaten up in Dresden putting up posters? My
sister-in-law lives near there and says everyone's shaken.

I was going to propose that the CLP sends a short message of solidarity to the SPD branch there - do
we need a motion at the GC for that, or can the officers just do it? And who would I even send it to?

Thanks, and sorry if this is a daft question.

Tomasz""", NEWS, subject="solidarity message to SPD Dresden?", also=["procedural"],
    sender=c.person("Tomasz", "Kowalski"))

# 5. Axios-style smart brevity, plain
add("bulk", """Axis Politics

Good morning. Today's newsletter is 812 words, a 3-minute read.

1 big thing: Threats against election officials hit a record

Threats and harassment aimed at local election workers reached their highest level on record this
year, according to a new Justice Department tally.

Why it matters: The people who count the votes are quitting. One in five county election chiefs
in swing states is new since 2024.

By the numbers:
- 1,120 threats referred to the federal task force
- 41 prosecutions
- 9 convictions so far

What they're saying: "I used to worry about printer jams," one Arizona clerk told Axis. "Now I
worry about my kids."

The other side: Defense lawyers say many of the cases involve angry social media posts that were
never meant seriously.

2. Senate braces for shutdown fight
The bottom line: nobody wants to blink first.

3. Campaign cash: the fundraising "bloodbath" nobody predicted
Three incumbents were outraised by challengers in Q3. Their donors are "sitting on their hands".

Axis Media, Arlington VA. Unsubscribe.
""", NEWS + META, subject="Axis Politics: Threats against election officials hit a record",
    sender=("Axis Politics", "politics@axismedia.com"), headers=c.newsletter_headers())

# 6. Somali speaker forwarding news of attack in Mogadishu, relieved, other
add("other", """Salaam Helen,

Sorry for not come to the meeting last night. My family in Mogadishu was in the news, there was a
bomb attack near the hotel in Lido beach and my cousin work there as security. Thanks God he is ok,
only injured in the arm. I was on the phone all night with my aunt.

This is the news from the website:

"At least nine people were killed when al-Shabaab militants attacked a beachfront hotel in Mogadishu
on Thursday evening, police said. Security forces ended the siege after five hours."

I will come next month inshallah. Please send my apology to the chair.

Abdirahman Warsame
Dalebridge branch""", NEWS, ("non-native",), subject="apology and news from home",
    sender=("Abdirahman Warsame", "a.warsame84@hotmail.com"), also=["procedural"])

# 7. US cable breaking alert, short
add("bulk", """BREAKING NEWS ALERT

Former Minneapolis-area police officer found guilty of second-degree murder in the shooting of
Darnell Price during a 2025 traffic stop. Sentencing is set for February.

Watch live coverage on CNX.

You received this alert because you signed up at cnx.com. Update alert preferences.
""", NEWS, subject="Breaking News: Officer found guilty of murder in Darnell Price shooting",
    sender=("CNX Breaking News", "breakingnews@mail.cnx.com"), headers=c.newsletter_headers("Salesforce"))

# 8. Opinion piece on terrorism, forwarded by friend with a long comment, other
add("other", c.forward("""Helen,

I've been meaning to send you this since the debate at the last GC about the Prevent motion. It's a
long read but she makes the argument better than any of us did on the night - that the counter-terror
system has become so obsessed with "ideology" it misses the isolated, angry young men who don't have
one. I don't agree with her conclusion (she wants to scrap Prevent entirely and I think that's mad)
but the middle section on the Southgate attack is the best thing I've read on it.

Maybe something for the political education evening?

Best
Richard""", """The lonely attacker doesn't need an ideology
By Farah Siddiqui

When the inquiry into last year's attack in Southgate reported last month, one line was quoted in
every newspaper: the attacker had been referred to Prevent three times and each time the referral was
closed because he "did not hold a coherent extremist ideology".

He didn't. He had a collection of grievances, a fascination with school shootings, a shelf of books
about the Second World War, and a search history that lurched from incel forums to Islamist videos to
Columbine fan pages. Counter-terrorism officers looked at that mess and saw no terrorist. A mental
health team looked at it and saw no illness. Children's services had closed his file at 18.

We have built a system that is very good at spotting a young man who has joined a movement. It is very
bad at spotting a young man who is looking for anything at all to join.
""", "The Northern Review <editor@northernreview.co.uk>", "The lonely attacker doesn't need an ideology", style="gmail"),
    NEWS, ("forwarded",), subject="Fwd: The lonely attacker doesn't need an ideology",
    sender=c.person("Richard", "Morgan"))

# 9. Australian digest, Aussie English, alt
items = [
    ("Queensland", "Croc attack: fisherman airlifted after 'death roll'",
     "A 62-year-old man survived being dragged into the Daintree River by a 4m saltwater crocodile. His "
     "mate fought it off with a boat hook."),
    ("Crime", "Bikie boss shot dead outside Melbourne gym",
     "Police believe the killing is linked to a feud between two outlaw motorcycle gangs."),
    ("Politics", "Canberra: MP's office window smashed",
     "The electorate office of a Greens MP in Brisbane was attacked overnight, the second incident this "
     "month. AFP are investigating."),
    ("Sport", "Ashes: Poms bowled out before lunch",
     "England lost 7 for 41 in a morning of carnage at the Gabba."),
]
add("bulk", card_text("The Southern Daily", items, "Southern Daily Media Pty Ltd. Unsubscribe.", "G'day. Here's your briefing."),
    NEWS + META, subject="Croc death roll, bikie shooting, England collapse",
    sender=("The Southern Daily", "briefing@southerndaily.com.au"), fmt="alt",
    html_body=card_html("The Southern Daily", "#00703c", items, "Southern Daily Media Pty Ltd.", "G'day. Here's your briefing."),
    headers=c.newsletter_headers("Mailchimp"))

# 10. Member's brother in the US forwards local news, 'it's not just you lot', other
add("other", c.forward("""Hey sis, saw this and thought you'd laugh/cry. The trash pickup wars have turned nasty in Cedar Falls. Hope the Labour Party is treating you right. Mom says call her Sunday.

D""", """Man arrested for threatening mayor over missed trash pickup

CEDAR FALLS - A 59-year-old man was arrested Tuesday after police said he left a voicemail for Mayor
Linda Trask threatening to "come down there and settle it" after his trash was not collected for two
weeks.

The man told officers he "didn't mean anything by it" and was "just frustrated with the city". He was
charged with harassment in the first degree.

Mayor Trask said the city's sanitation department had been short-staffed since September and
apologized to residents for the delays.
""", "Cedar Falls Courier <alerts@cfcourier.com>", "Man arrested for threatening mayor over missed trash pickup", style="apple"),
    NEWS, ("forwarded",), subject="Fwd: Man arrested for threatening mayor over missed trash pickup",
    sender=("Dan Pryce", "danpryce.iowa@gmail.com"))

# 11. Human-rights NGO urgent action, HTML only
add("bulk", "", NEWS, subject="Urgent Action: journalist facing execution in Iran",
    sender=("Rights Watch International", "action@rightswatch-intl.org"), fmt="html",
    headers=c.newsletter_headers("Action Network"),
    html_body="""<html><body style="font-family:Arial,sans-serif;color:#111">
<div style="max-width:580px;margin:auto">
<div style="background:#ffde00;padding:12px;font-weight:bold;font-size:20px">URGENT ACTION</div>
<p>Dear Helen,</p>
<p>Reza Tavakoli, a 34-year-old journalist from Mashhad, has been sentenced to death after a trial that
lasted less than an hour. He was convicted of "spreading corruption on earth" for reporting on the 2022
protests. His family have been told the sentence could be carried out at any time.</p>
<p>At least 900 people were executed in Iran last year, the highest number in a decade.</p>
<p><b>Please write today</b> to the Head of the Judiciary calling for the sentence to be quashed. Our
template letter takes two minutes.</p>
<p style="text-align:center"><a href="#" style="background:#111;color:#fff;padding:12px 24px;text-decoration:none">Take action</a></p>
<p style="font-size:11px;color:#666">You are receiving this because you took action with us before.
<a href="#">Unsubscribe</a> &middot; <a href="#">Privacy</a></p>
</div></body></html>""")

# 12. Press-freedom org monthly, plain, list headers (Sympa)
add("bulk", """PRESS FREEDOM MONITOR - monthly bulletin

Journalists killed this year: 71
Journalists imprisoned: 361

Mexico: Radio reporter Julio Cárdenas was shot dead outside his home in Veracruz on 3 October, the
seventh journalist killed in Mexico this year. He had received threats after reporting on a local
politician's links to a cartel.

Philippines: A broadcaster in Mindanao was killed by gunmen on a motorcycle while driving to work.

Gaza: The number of media workers killed since the start of the war has passed 200, according to our
count.

United Kingdom: We have written to the Home Secretary about online threats against Northern Irish
journalists covering paramilitary activity, after two reporters were told of "credible threats" by
the PSNI.

--
You are subscribed to pfm-bulletin as the address shown. To leave, send "signoff pfm-bulletin" to
sympa@lists.pressfreedommonitor.org
""", NEWS, subject="[pfm-bulletin] Monthly bulletin: 71 journalists killed this year",
    sender=("Press Freedom Monitor", "bulletin@pressfreedommonitor.org"), to="pfm-bulletin@lists.pressfreedommonitor.org",
    headers=c.list_headers("pfm-bulletin", domain="lists.pressfreedommonitor.org"))

# 13. Portuguese-speaker friend forwarding Brazil news about councillor's murder trial, other
add("other", """Oi Helen, tudo bem?

Sorry my english is not perfect. You remember I talk about the vereadora (city councillor) in my
city, she was killed 2 years ago? Finally the trial is starting. Here is the news in english from a
website.

"Two former police officers went on trial in Belo Horizonte on Monday accused of the murder of city
councillor Ana Lúcia Ferraz, who was shot in her car in 2024 after campaigning against militia groups
in the north of the city. Her family, wearing t-shirts with her face, filled the public gallery."

For us it is very emotional. She was like a symbol for the women in politics. I am very proud to be
in the Labour here, to be honest, because in England you can do politics without this fear.

Beijos
Luciana""", NEWS, ("non-native",), subject="the trial started",
    sender=("Luciana Ferreira", "lu.ferreira.bh@gmail.com"), charset="utf-8")

# 14. Extremism think-tank research digest
add("bulk", """Institute for Countering Extremism - Research Digest, November

In this issue

1. Terrorgram after the bans
Our analysts track how the accelerationist network has fragmented since its designation as a
terrorist organisation, and why its "saints" imagery still circulates among teenagers on gaming
platforms. The average age of those arrested for terrorism offences in the UK is now lower than ever
recorded; one in five is under 18.

2. Mixed, unclear and unstable
A growing share of Prevent referrals involve no identifiable ideology. We look at what practitioners
are doing with these cases.

3. The local election threat picture
Drawing on open-source monitoring during the May elections, we found spikes in online abuse of
candidates around asylum accommodation announcements. The full report is available to partners.

Events: Webinar, 4 December, "Online radicalisation and the Online Safety Act: one year on".

Institute for Countering Extremism, London. You can unsubscribe here.
""", NEWS, subject="Research Digest: Terrorgram, 'mixed, unclear and unstable', election threats",
    sender=("ICE Research", "digest@counteringextremism.org"), headers=c.newsletter_headers("Campaign Monitor"))

# 15. Counter-terror public awareness newsletter - suspicious items advice (general, not a report)
add("bulk", """Action Against Terror - Community Newsletter

Busy season, stay alert

With Christmas markets opening across the country, counter-terrorism policing is reminding the public
to trust their instincts. If you see an unattended bag or something that doesn't feel right, tell a
member of staff or call 999. You won't be wasting our time.

Remember: most unattended items are simply lost property. But every year reports from the public help
officers to prevent harm.

Businesses: free ACT Awareness e-learning is available for all staff. It takes 45 minutes.

This newsletter is sent to community partners. To unsubscribe reply UNSUBSCRIBE.
""", NEWS, subject="Christmas markets: trust your instincts",
    sender=("ACT Community", "communitynews@act-awareness.org.uk"))

# 16. Indian English digest
add("bulk", """THE DAILY SENTINEL OF INDIA - EVENING EDITION

Top Stories

Communal clashes in Nuh: internet suspended for 48 hours
Prohibitory orders have been clamped in the district after stone-pelting during a religious
procession left 14 persons injured including 6 policemen. The Chief Minister has appealed for calm.

Supreme Court pulls up state over mob lynching probe
A bench headed by the Chief Justice said the state police had "dragged its feet" in the case of a
dairy farmer who was beaten to death on suspicion of cattle smuggling.

Gangster shot dead in 'encounter' in UP
Police claim the accused opened fire first. Family members allege a fake encounter.

Cricket: India thrash Australia in Pune
The captain's blistering 112 off 87 balls sealed a seven-wicket win.

To unsubscribe from Evening Edition click here.
""", NEWS + META, subject="Evening Edition: Nuh clashes, SC on mob lynching, India thrash Australia",
    sender=("Daily Sentinel of India", "evening@dailysentinelindia.in"), headers=c.newsletter_headers("Mailchimp"))

# 17. Friend's forwarded piece about US assassination attempt, short note, other
add("other", c.forward("""This is where it ends up when politics gets this poisonous. Let's not let it happen here. x""",
"""Senator shot at rally; suspect in custody

HARRISBURG, Pa. - Senator Ray Calloway was shot in the shoulder during a campaign rally on Saturday
afternoon. Secret Service agents returned fire and a suspect, a 27-year-old man, was taken into custody
at the scene. A spectator was critically injured.

Mr. Calloway was taken to hospital, where his office said he was in stable condition and "in good
spirits". Leaders of both parties condemned the attack.
""", "Capital Tribune Alerts <alerts@capitaltribune.com>", "Senator shot at rally; suspect in custody", style="gmail"),
    NEWS, ("forwarded",), subject="Fwd: Senator shot at rally; suspect in custody",
    sender=c.person("Sophie", "Green", "outlook.com"))

# 18. Longform magazine newsletter, American
add("bulk", """THE REPUBLIC - Ideas newsletter

This week's essay: The Age of Political Violence Is Already Here

Americans like to think of political violence as something that happens elsewhere, or long ago - in
the Sixties, or in countries with juntas. But the numbers tell a different story. Threats against
members of Congress have increased roughly tenfold in a decade. Two of the last three presidential
campaigns have seen attempts on a candidate's life. State legislators now routinely ask for security
details that would have been unthinkable in 2010.

One political scientist we spoke to argues that what changes is not the number of people
willing to commit violence - that remains tiny - but the number who are willing to excuse it. That is
the number we should be worried about.

Also this week
- "Kill the filibuster": the case for, and the much better case against
- Why every thriller now has a hacker in it
- Letters: our readers on last week's piece about gun ownership in rural Montana

The Republic, New York NY. Manage newsletters.
""", NEWS + META, subject="The Age of Political Violence Is Already Here",
    sender=("The Republic", "ideas@therepublicmag.com"), headers=c.newsletter_headers())

# 19. Urdu-speaker forwarding Pakistan news, asking for prayers, other
add("other", """Assalam o alaikum Helen sahiba,

I hope you are well. I am sharing news from Pakistan, from my home district Sialkot. A mob attacked a
factory manager because of allegation of blasphemy. Police saved him but he is in hospital. This kind
of thing makes me very sad and ashamed, this is not Islam. Our community here in Dalebridge will do
dua for him at Friday prayer.

News link: dawnlink.pk/news/sialkot-factory-mob

I also want to say thank you for the councillors who came to the mosque open day. People appreciated
it very much.

Jazak Allah
Muhammad Tariq Chaudhry
Hillside ward""", NEWS, ("non-native",), subject="News from Sialkot and thank you",
    sender=c.person("Tariq", "Chaudhry", "hotmail.co.uk"))

# 20. Gun violence data weekly email, US
add("bulk", """Gun Violence Tracker - Weekly Update

Last 7 days:
Incidents: 874
Deaths: 311
Injuries: 602
Mass shootings (4+ shot): 9
Children (0-11) killed or injured: 14
Teens (12-17) killed or injured: 61

Notable incidents this week:
- Jackson, MS: five shot at a birthday party, one killed
- Aurora, CO: officer-involved shooting following a carjacking
- Louisville, KY: three killed in a domestic incident; shooter died by suicide

Our data is free to researchers and journalists. Download the full dataset.

Gun Violence Tracker is a nonprofit. Donate | Unsubscribe
""", NEWS, subject="Weekly Update: 9 mass shootings in the last 7 days",
    sender=("Gun Violence Tracker", "weekly@gunviolencetracker.org"), headers=c.newsletter_headers("Mailchimp"))

# 21. US campaign fundraising email, metaphors, HTML alt
add("bulk", """Helen --

I'll be blunt. If we don't hit our goal by MIDNIGHT, we are dead in the water in Arizona.

The other side is out for blood. They've dumped $40 MILLION into attack ads. They want to crush us
before we even get to November.

But here's the thing: we've been counted out before, and we fought like hell and WON.

Chip in $5 now and your gift will be TRIPLE-MATCHED >>

This is do or die, Helen.

-- Team Alvarez

Paid for by Alvarez for Senate. Contributions are not tax deductible.
This email was sent to you because you signed a petition. Unsubscribe.
""", META, subject="dead in the water", sender=("Team Alvarez", "info@alvarezforsenate.com"),
    fmt="alt", headers=c.newsletter_headers("Action Network"))

# 22. Canadian news digest
add("bulk", """The Maple Post - Morning Update

RCMP lay terrorism charges in Edmonton plot
Two teenagers have been charged with conspiring to attack a Pride event in Edmonton. Police say the
pair had sworn allegiance to the Islamic State group in online chats.

Ottawa: MPs' security budget doubles
The House of Commons Board of Internal Economy has approved funding for panic buttons at all
constituency offices after a rise in threats.

Wildfire season officially over in B.C.
It burned 1.8 million hectares, the second-worst on record.

Hockey: Leafs get hammered in Montreal
An 8-1 loss. We'll say no more.

The Maple Post, Toronto. Unsubscribe / Préférences.
""", NEWS + META, subject="Morning Update: terrorism charges in Edmonton; MPs' security budget doubles",
    sender=("The Maple Post", "morning@maplepost.ca"), headers=c.newsletter_headers())

# 23. A friend replies to the secretary about a true-crime doc about a US case - quoted
add("other", c.quote_reply("""I watched it last night after you mentioned it and now I'm never going to a motel again. The bit where the sheriff reads out the letters he sent to the victim's sister - chilling. Don't think he did the first one though, the timeline doesn't work.

Coffee Saturday? I'll bring the case files (joke).""",
"""Have you seen the Netflix one about the Tri-County killer? Started it on Sunday and got no sleep.
Helen""", quoted_from="%s <%s>" % SEC, style="outlook"),
    NEWS, ("quoted",), subject="RE: Tri-County", sender=c.person("Sandra", "Lewis"))

# 24. Irish paper digest, gangland feud
add("bulk", """THE DUBLIN ARGUS - News at Noon

Gardaí step up patrols after Crumlin shooting
Armed units are patrolling south Dublin after a man in his 30s was shot dead in a car park on Tuesday
night in what gardaí believe is the latest killing in the Cassidy-Byrne feud. It is the ninth murder
linked to the feud since 2022.

Threats against TDs 'at unprecedented levels'
The Ceann Comhairle has told the Dáil that gardaí have investigated more than 200 threats against
public representatives this year, many made online during the debate on international protection
accommodation.

Storm Fionnuala: orange warning for west coast

GAA: Cork hammer Waterford to reach Munster final

Unsubscribe | The Dublin Argus, D02
""", NEWS + META, subject="News at Noon: Crumlin shooting, threats against TDs, Storm Fionnuala",
    sender=("The Dublin Argus", "noon@dublinargus.ie"), headers=c.newsletter_headers(), charset="utf-8")

# 25. Very short forward, a headline and "!!", other
add("other", """!!!! this is the guy from the Ashbourne hustings last year isn't it

https://www.peaksrecorder.co.uk/news/man-jailed-for-threatening-mp-in-emails""",
    NEWS, subject="look who it is", sender=c.person("Gemma", "Wright", "gmail.com"))

# 26. Middle East digest, neutral, HTML only
add("bulk", "", NEWS, subject="Middle East Briefing: ceasefire talks stall; settler violence in West Bank",
    sender=("Levant Briefing", "briefing@levantbriefing.com"), fmt="html",
    headers=c.newsletter_headers("Mailerlite"),
    html_body="""<html><body style="font-family:Georgia,serif;font-size:15px;line-height:1.6;max-width:600px;margin:auto">
<h2 style="font-family:Arial">Middle East Briefing</h2>
<p><b>Gaza:</b> Negotiations in Cairo broke up without agreement on Sunday. The UN says aid trucks
entering the territory fell to their lowest level in three months. Health officials report 37 people
killed in the past 24 hours.</p>
<p><b>West Bank:</b> Settlers set fire to cars and a mosque in the village of Turmus Ayya overnight,
according to residents and the Palestinian Red Crescent. Israeli police said they had detained four
suspects.</p>
<p><b>Lebanon:</b> Strikes on the southern border towns continued for a third day.</p>
<p><b>Iran:</b> Human rights groups say at least six protesters were executed this month.</p>
<p><b>Analysis:</b> Why the region's "forever war" logic is proving so hard to break - our editor's
notes from Amman.</p>
<p style="font-size:11px;color:#888">Levant Briefing is independent and reader-funded. <a href="#">Unsubscribe</a></p>
</body></html>""")

# 27. Marshall-Project-like US criminal justice newsletter
add("bulk", """CLOSING ARGUMENT
A weekly column about the U.S. criminal justice system

The death penalty's strange autumn

Five states carried out executions in October, the busiest month for American death chambers since
2010. Two of them used nitrogen gas, a method that was untested until last year and that witnesses
have described as lasting far longer than officials predicted.

At the same time, public support for capital punishment is at its lowest point in half a century.
Juries are handing down fewer death sentences than ever. The machinery, in other words, is running
faster on a shrinking supply of cases, many of them decades old.

What explains it? Partly politics: governors in several states have found that signing death warrants
plays well with primary voters. Partly supply: a backlog of prisoners whose appeals have finally run
out.

We'll keep tracking every execution. Our database is linked below.

The Justice Ledger is a nonprofit newsroom. Unsubscribe | Donate
""", NEWS, subject="Closing Argument: The death penalty's strange autumn",
    sender=("The Justice Ledger", "closingargument@justiceledger.org"), headers=c.newsletter_headers())

# 28. Friend in Netherlands forwarding about Dutch politician in safe house, Dutch-English
add("other", """Hi Helen,

Here something from Holland that maybe interests you, with the local party elections coming. A
member of our city council in Utrecht had to move to a safe house after threats from a criminal group
because she spoke about drugs gangs in the harbour. It is quite shocking for us, we always think
Holland is safe and boring :-) The article is in Dutch so I translate the main part:

"Councillor Femke de Graaf (PvdA) has been living at a secret address for three weeks after police
received information that a criminal organisation was planning to harm her. She continues her work
for the council via video link."

Also in general all is fine here, Jan says hello. When you come to visit?

Groetjes,
Marieke""", NEWS, ("non-native",), subject="from Utrecht",
    sender=("Marieke van Dijk", "mvandijk@ziggo.nl"))

# 29. Economist-like "The world this week" politics section
add("bulk", """THE WORLD THIS WEEK - Politics

A court in Lyon convicted five men over an arson attack on a mosque in which a caretaker was badly
burned. Prosecutors said the attack had been planned in a far-right chat group. Sentences ranged from
two to 14 years.

America's Justice Department charged a man from Idaho with plotting to kill a federal judge who had
ruled against him in a property dispute. He had, prosecutors say, bought a drone.

Riots broke out in several Kenyan cities after the death in custody of a blogger who had criticised
the police. At least 11 people died.

Britain's government announced extra money for the protection of MPs after a rise in reported threats.
Councillors will be eligible for security advice for the first time.

Japan's prime minister survived a vote of no confidence. Barely.

Brazil's former president was ordered to wear an ankle tag.

The Weekly Globe. Manage your subscription.
""", NEWS, subject="The world this week", sender=("The Weekly Globe", "newsletters@weeklyglobe.com"),
    headers=c.newsletter_headers("Campaign Monitor"))

# 30. US podcast episode notification: true crime/news
add("bulk", """New episode of THE DAILY DISPATCH

The Hunt for the Ohio Bomber

For six weeks in 2025, someone left pipe bombs outside three county offices in rural Ohio. None
exploded. Then someone did. Our reporter Marcus Lee on the strange, slow investigation that led to a
retired schoolteacher, and why his neighbours still can't believe it.

Listen now (31 min) on Apple Podcasts, Spotify or wherever you get your podcasts.

You're getting this because you follow The Daily Dispatch. Unsubscribe.
""", NEWS, subject="New episode: The Hunt for the Ohio Bomber",
    sender=("The Daily Dispatch", "podcasts@capitaltribune.com"), headers=c.newsletter_headers())

# 31. Google Groups international students list forwarding Iran executions news
add("bulk", """Dear friends,

Forwarding the statement below from the Iranian Students' Association about the execution of two young
men in Isfahan on Sunday. They were 22 and 24. Both were arrested during protests and their families
say their confessions were obtained under torture.

There will be a silent vigil on the university library steps on Thursday at 1pm. Please bring a
candle if you can. All welcome.

Best,
Shirin (on behalf of the committee)

--
You received this message because you are subscribed to the Google Groups "Dalebridge Uni
International Society" group.
To unsubscribe from this group and stop receiving emails from it, send an email to
dalebridge-intsoc+unsubscribe@googlegroups.com.
""", NEWS, subject="[intsoc] Vigil Thursday for the young men executed in Isfahan",
    sender=("Shirin Farahani", "shirin.farahani@student.dalebridge.ac.uk"),
    to="dalebridge-intsoc@googlegroups.com",
    headers=c.list_headers("Dalebridge Uni International Society", domain="googlegroups.com"))

# 32. Friend's forward of US op-ed about policing, American friend, comment, other
add("other", c.forward("""Helen - this is the op-ed I was telling you about on the call. Your lot are having the same argument about armed police, right? Curious what you think. Personally I think she's half right and half dreaming.

xo Kim""", """Defunding Was a Slogan. Here's What Actually Worked.
By Tamara Ellis

Five years after "defund the police" became the most divisive phrase in American politics, it's worth
asking a less divisive question: what actually made people safer?

In my city, homicides fell by a third between 2022 and 2025. The police department will tell you it was
focused deterrence - calling in the small number of young men driving most of the shootings and
offering them a choice. The violence interrupters will tell you it was them. The honest answer is that
it was both, and that neither would have worked without the other.
""", "The Capital Tribune Opinion <opinion@capitaltribune.com>", "Defunding Was a Slogan. Here's What Actually Worked.", style="gmail"),
    NEWS, ("forwarded",), subject="Fwd: Defunding Was a Slogan. Here's What Actually Worked.",
    sender=("Kim Alvarado", "kimalvarado@comcast.net"))

# 33. US local TV station news app alert, tiny
add("bulk", """KXTV 10 News Alert: Police chase ends in shootout on I-80; two suspects dead, deputy injured. Details at kxtv10.com""",
    NEWS, subject="News Alert", sender=("KXTV 10", "alerts@kxtv10.com"))

# 34. Rwanda remembrance article forwarded by a history-minded member
add("other", c.forward("""Helen, I know the CLP doesn't usually mark these things but a few of us are going to the Kwibuka commemoration at the cathedral in April. If anyone wants to come along they'd be welcome. The article below is a good short introduction for anyone who doesn't know the history.

Emmanuel""", """Kwibuka: remembering the 1994 genocide against the Tutsi

In one hundred days in 1994, more than 800,000 people were murdered in Rwanda. Neighbours killed
neighbours, often with machetes, egged on by a radio station that called the victims "cockroaches" and
read out names and addresses.

Every April, Rwandans and friends of Rwanda around the world gather to remember. The word Kwibuka means
"to remember". This year's theme is "Remember, Unite, Renew".
""", "Remembrance Trust <news@remembrancetrust.org.uk>", "Kwibuka: remembering the 1994 genocide against the Tutsi"),
    NEWS, ("forwarded",), subject="Fwd: Kwibuka commemoration in April", sender=c.person("Emmanuel", "Mensah"))

# 35. Fact-check newsletter, debunking a 'bomb' video
add("bulk", """FULL FACT CHECK WEEKLY

1. No, this video does not show a bomb at Manchester Piccadilly
A clip shared 2 million times shows people running through a station concourse. It was filmed in 2019
in Madrid after a false alarm caused by a burst pipe.

2. The claim that "knife crime has tripled since 2010" is wrong
Police-recorded knife offences have risen by around 50% over that period; hospital admissions are
roughly flat.

3. A post says an MP "called for protesters to be shot". She didn't.
The quote comes from a satirical website and has been stripped of its context.

Fact Finders is an independent charity. Unsubscribe.
""", NEWS, subject="No, that isn't a bomb at Piccadilly - and two more checks",
    sender=("Fact Finders", "weekly@factfinders.org.uk"), headers=c.newsletter_headers("Mailchimp"))

# 36. European Socialist party international newsletter
add("bulk", """PES NEWSFLASH

Solidarity with our Saxon comrades
The Party of European Socialists condemns the attack on SPD candidate Jonas Hartmann in Dresden and
the wave of violence against campaigners across eastern Germany. Democracy is defended door by door
and poster by poster.

Spain: PSOE holds Andalusia by-election
Slovakia: Smer-SD government faces mass protests
Congress 2026: Registration for delegates is open

PES | Rue Guimard, Brussels. Unsubscribe.
""", NEWS, subject="Newsflash: solidarity with Saxon comrades",
    sender=("European Socialists", "newsflash@pes-news.eu"), headers=c.newsletter_headers("Mailerlite"))

# 37. Mexico cartel violence longread newsletter, US/Spanish-ish
add("bulk", """BORDERLANDS

Hola and welcome to issue 54.

The numbers from Sinaloa this month are hard to take in: 143 murders in Culiacán alone, schools closed
for a week, the main hospital running on a generator after the power substation was shot up. The
split inside the cartel that began last year has turned a city that used to be quietly, grimly
controlled into an open war zone.

I spent four days there. The thing that stays with me is not the violence - you see the aftermath,
rarely the act - but the silence. Taxi drivers who would normally talk your ear off say nothing. A
woman selling tamales tells me she closes at 4pm now, "before they come out".

Also in this issue:
- The mayors who carry guns
- A reader asks: is it safe to travel to Oaxaca? (Yes, mostly.)

Gracias for reading,
Elena

Borderlands is reader-supported. Unsubscribe.
""", NEWS, subject="Borderlands #54: Culiacán's open war",
    sender=("Elena Ruiz at Borderlands", "borderlands@substack.com"), headers=c.newsletter_headers("Substack"))

# 38. Member sends a NYT-style piece as plain paste, no comment, ends "Sent from my Galaxy"
add("other", """After Manchester, Nine Years of Watching the Doors

When the arena emptied that night, the city did what cities do after terror: it put flowers in a
square, sang Oasis, and promised itself it would not be changed. Nearly a decade on, it has been changed,
and mostly in ways that are invisible - bag checks at every concert, barriers on every pedestrian
street, stewards who are trained to look at faces, not tickets.

Sent from my Galaxy""", NEWS, subject="After Manchester", sender=c.person("Lee", "Parker", "sky.com"))

# 39. Quoted thread with friend about Sweden gang bombing news
add("other", c.quote_reply("""Yes it's been constant here. Another one went off in a stairwell in Uppsala on Tuesday, nobody hurt this time. The politicians all say the same things. My mother won't go out after dark any more which is ridiculous, she lives in a village of 400 people.

Anyway enough of that. Did the AGM go ok? Did you get the treasurer you wanted?

Kram, Annika""", """Annika, I saw on the news about the bombings in Stockholm - are you and your family ok? It sounded
awful.
H""", quoted_from="%s <%s>" % SEC, style="gmail"),
    NEWS, ("quoted",), subject="Re: are you ok?", sender=("Annika Lindqvist", "annika.lindqvist@telia.se"))

# 40. US activist group email - "fight like hell", "kill the bill" metaphors
add("bulk", """Friend,

They thought they could ram this through in the dead of night. They were wrong.

Thanks to 40,000 calls from people like you, the Senate committee has postponed the vote on SB 212.
But this bill isn't dead yet - it's on life support, and its backers are sharpening their knives for
one more try next week.

We need to KILL THIS BILL for good. That means flooding the phones again on Monday.

Sign up for a call shift: 30 minutes, a script, and the satisfaction of knowing you helped drive a
stake through the worst housing bill in a generation.

In solidarity,
Renters United

Renters United, Oakland CA | Unsubscribe
""", META, subject="This bill isn't dead yet", sender=("Renters United", "info@rentersunited.org"),
    headers=c.newsletter_headers("Action Network"))

# 41. Obituary/tribute newsletter about murdered journalist, list post (press club)
add("bulk", """Colleagues,

It is with enormous sadness that we share the news that Julio Cárdenas, who spent a fellowship year with
us in 2019, was killed in Veracruz last week. Many of you will remember him from the summer school -
the man who brought a guitar to every session and a question to every speaker.

Julio knew the risks of his work. He told us once that he had stopped sleeping in the same house two
nights running. He kept reporting anyway.

A book of condolence is open online and will be sent to his family. We will hold a short memorial at
the club on Friday 14th at 6pm.

Frances Wilde
Director, International Reporting Fellowship

--
fellows-alumni mailing list
""", NEWS, subject="[fellows-alumni] Julio Cárdenas 1981-2026", sender=("Frances Wilde", "f.wilde@irfellowship.org"),
    to="fellows-alumni@lists.irfellowship.org", headers=c.list_headers("fellows-alumni", domain="lists.irfellowship.org"))

# 42. Sister-party newsletter from Australia Labor branch - metaphors, Aussie
add("bulk", """Marrickville-ish Branch News (well, Inner West Branch, but old habits)

Comrades,

What a weekend. We absolutely smashed the by-election - 61% two-party preferred, a swing of 8 points.
The Liberals got slaughtered on the pre-poll booths and I've never seen so many sausage sizzles.

Massive thanks to the 140 volunteers who hit the streets. Special shout-out to Bruce, 83, who did
eleven hours on the Dulwich Hill booth and refused to sit down.

Next meeting: Thursday 7pm at the RSL. Motion on the Hunter Valley transition fund.

Solidarity,
Kerri-Anne
Branch Secretary

(You're getting this because you signed up at the UK Labour exchange visit last year - reply STOP and
we'll take you off, no hard feelings.)
""", META, subject="We smashed it!", sender=("Inner West ALP Branch", "innerwestbranch@alp-members.org.au"))

# 43. Newspaper's 'race and justice' newsletter - police shooting protests
add("bulk", """UNEQUAL - a newsletter about race and justice in Britain

Hello,

It's been two weeks since Kofi Mensah, 23, was shot dead by police officers in a car in Croydon, and
the protests have not stopped. On Saturday around 5,000 people marched from the scene to the police
station. It was peaceful, loud and very young.

The IOPC has opened a homicide investigation and one officer has been suspended. The family's lawyer
says they have still not been shown the bodycam footage.

This week I look at what we know about police shootings in England and Wales: how rare they are (fewer
than ten fatal shootings most years), how long investigations take (on average, more than three years
to a decision), and how often an officer is convicted (almost never).

Read it in full online.

Nadia

UNEQUAL is published by The Ledger. Unsubscribe.
""", NEWS, subject="Unequal: After the Croydon shooting",
    sender=("Nadia Bello, The Ledger", "unequal@newsletters.theledger.co.uk"), headers=c.newsletter_headers())

# 44. Forward about a hurricane / disaster from friend abroad (Caribbean), other
add("other", """Helen darling

Just to say we are all alive!! The hurricane went right over us on Tuesday night. The roof of the
church came off and the whole of Front Street is under water but the house is ok, only the mango tree
gone. No power still. The news here says 14 dead on the island, very sad, mostly fishermen who went
out to secure boats.

I am writing from the hotel in town which has a generator. Tell everybody at the branch I will send
photos when I can.

Love Grace""", WORD, subject="we are ok", sender=c.person("Grace", "Campbell", "gmail.com"))

# 45. "World Press Review" HTML only, international press round-up
add("bulk", "", NEWS, subject="What the world's papers are saying: Paris verdicts, Kenya riots",
    sender=("World Press Review", "editors@worldpressreview.net"), fmt="html",
    headers=c.newsletter_headers("Campaign Monitor"),
    html_body="""<html><body style="font-family:'Times New Roman',serif;font-size:16px;max-width:620px;margin:auto;color:#222">
<p style="text-align:center;font-size:24px;letter-spacing:3px">WORLD PRESS REVIEW</p>
<hr>
<p><b>Le Progr&egrave;s</b> (Lyon) calls the verdicts in the mosque arson trial "a necessary reckoning with
the chain of hatred that ran from a group chat to a can of petrol in a quiet street".</p>
<p><b>Daily Nation</b> (Nairobi): "The police killed a young man for his words. Now the streets are
answering."</p>
<p><b>Süddeutsche Zeitung</b> (Munich) on attacks on campaigners in Saxony: "Every beaten volunteer is a
message to a thousand others: stay at home."</p>
<p><b>The Times of Malta</b> marks the anniversary of the car-bomb murder of a journalist with an
editorial demanding the full inquiry recommendations be implemented.</p>
<hr>
<p style="font-size:11px">Translations are our own. <a href="#">Unsubscribe</a></p>
</body></html>""")

# 46. US TV station "Watch tonight" true-crime-news, short
add("bulk", """TONIGHT ON 48 MINUTES: "The Neighbor"

For eleven years, nobody on Maple Court suspected the quiet man at number 7. Then the DNA came back.

Saturday 10/9c.

Unsubscribe from programme alerts.
""", NEWS, subject="Tonight: The Neighbor", sender=("48 Minutes", "48minutes@cnxnetwork.com"),
    headers=c.newsletter_headers("Salesforce"))

# 47. Friend forwards Reuters-ish story about Kenyan riots asking nothing, Kenyan friend, other
add("other", """Hey Helen,

Sorry to be quiet, it's been a tough few weeks here. Sending you this so you know what's going on -
I know the UK news doesn't cover it much.

"Kenyan police fired tear gas and live rounds at protesters in Nairobi, Mombasa and Kisumu on Tuesday
as anger grew over the death in police custody of blogger Stephen Auma. Amnesty Kenya said at least
11 people had been killed."

Our office has closed for the week and I'm working from home. We're safe. Just very angry, like
everyone.

Will call when things calm down.

Wanjiru""", NEWS, subject="Nairobi", sender=("Wanjiru Kamau", "wanjiru.kamau@gmail.com"))

# 48. A journalist contact's newsletter - American columnist's list on 'kill switch' in politics
add("bulk", """THE SHOUTING MATCH - a column by Greg Pappas

The Kill Switch Theory of American Politics

Every few months someone in Washington floats the idea that social media companies should have a "kill
switch" for political violence - a way to throttle the feeds in the hours after an attack, when the
rumors are worst. It sounds sensible. It is also, as every civil libertarian will tell you, a terrible
idea, because whoever holds the switch decides what counts as an emergency.

I used to think the answer was more speech, not less. After the last year I'm not so sure. When the
Harrisburg shooter's manifesto was being shared faster than the police could confirm his name, more
speech was the problem.

Reply and tell me I'm wrong. You always do.

Greg

Unsubscribe | Forward to a friend
""", NEWS + META, subject="The Kill Switch Theory of American Politics",
    sender=("Greg Pappas", "greg@theshoutingmatch.com"), headers=c.newsletter_headers("Buttondown"))

# 49. Forwarded by a member, short, bottom-posted quote of a paper's email, US
add("other", """Thought the second item would interest you given the Dales Road thing.

-----Original Message-----
From: The Republic <ideas@therepublicmag.com>
Subject: Why rural sheriffs are refusing to enforce red-flag laws

In Colorado, 37 of 64 counties have declared themselves "Second Amendment sanctuaries". We spent a
month with the sheriffs who say they will not take anyone's guns - and the families who say that
decision cost them a son.
""", NEWS, ("forwarded",), subject="FW: Why rural sheriffs are refusing to enforce red-flag laws",
    sender=c.person("Steve", "Walker", "btinternet.com"))

# 50. International Women's Day-style newsletter from a women's political network, includes data on threats
add("bulk", """Women in Politics Network - November Update

Dear members,

Our survey of women councillors closed last week with 1,312 responses. We'll publish in January, but
one early finding stood out: 58% said they had changed how they campaign because of concern for their
safety, most often by not canvassing alone or by removing their address from election material.

Mentoring scheme: applications open for the spring cohort. Twelve places for women standing for the
first time in May.

Webinar, 2 December: "Staying safe online" with a former Met cyber-crime officer. Practical, not
scary - promise.

Warm wishes,
The WiPN team

You're receiving this as a WiPN member. Unsubscribe.
""", NEWS, subject="November update: early survey findings on safety, mentoring, webinar",
    sender=("Women in Politics Network", "hello@wipn.org.uk"), headers=c.newsletter_headers("Mailchimp"))

# 51. Friend forwarding a Guardian-ish piece on online abuse in general + question re social media policy -> query
add("query", c.forward("""Helen, one for the EC maybe. After reading this I wondered whether the CLP has a social media policy for moderating our Facebook page? Some of the comments under the post about the asylum hotel last week were pretty foul (nothing threatening, just racist). Who's supposed to delete them - is it you or the comms officer? I'm happy to help if there's a rota.

Zofia""", """Online abuse is driving people out of public life. Platforms must act

Every week, a new study confirms what anyone in public life already knows: online abuse is relentless,
it is disproportionately aimed at women and minorities, and it works. People step back. They stop
posting, stop standing, stop speaking at the council meeting.
""", "The Ledger Opinion <opinion@theledger.co.uk>", "Online abuse is driving people out of public life"),
    NEWS, ("forwarded",), subject="Fwd: Online abuse / our Facebook page", sender=c.person("Zofia", "Zielinski"))

# 52. Japanese/Asian news digest in English
add("bulk", """ASIA MORNING

Japan: man arrested for threatening PM at campaign stop
A 44-year-old man was arrested in Wakayama after shouting threats and throwing a smoke canister at a
campaign event. No one was injured. Police said he had a grievance over a pension ruling.

South Korea: court upholds sentence in attack on opposition leader
The man who stabbed the opposition leader in the neck in Busan in 2024 will serve 15 years.

Philippines: Typhoon death toll rises to 91

Hong Kong: pro-democracy activist's sentence extended

Asia Morning is published by the Pacific Chronicle. Unsubscribe.
""", NEWS, subject="Asia Morning: Wakayama arrest; Busan stabbing sentence upheld",
    sender=("Pacific Chronicle", "asiamorning@pacificchronicle.sg"), headers=c.newsletter_headers())

# 53. Auto 'digest' from a political news aggregator, many short lines, no headers
add("bulk", """Your NewsDeck digest for today (12 stories)

- Opinion: Is the Home Secretary's immigration plan dead on arrival? (The Ledger)
- Man charged over hoax bomb threats to 20 schools (ABN)
- French police clash with farmers in Brussels (Global Wire)
- Analysis: Why Reform's ground war is stronger than you think (Red Bench)
- Inquest: teenager died after 'frenzied' attack in park (Midshire Express)
- US: judge orders release of video in Price shooting (Capital Tribune)
- Labour MPs warn two-child cap "killing us on the doorstep" (The Northern Review)
- Terror trial: jury retires in festival plot case (Courtsdesk)
- Explosion at fireworks warehouse in Tamil Nadu kills 8 (Daily Sentinel of India)
- Sport: Wolves savaged by Spurs (ABN Sport)
- Science: the asteroid that killed the dinosaurs had a twin (The Republic)
- Lifestyle: "I was haunted by a ghost in my Airbnb" (Daily Sentinel)

Manage sources | Pause digest
""", NEWS + META, subject="Your NewsDeck digest: 12 stories", sender=("NewsDeck", "digest@newsdeck.app"))

# 54. Forward from an elderly member outraged by US gun news, all caps bits
add("other", """Helen

WHY DO THE AMERICANS PUT UP WITH THIS. Another school. I saw it on the news this morning and had to
turn it off. Our grandson is on an exchange in Texas next year and my daughter is beside herself.

Anyway, sorry, I know there's nothing you can do about it. Just needed to say it to someone who
would understand. See you at the coffee morning.

Eileen

>>> Three teenagers were wounded when gunfire broke out in a parking lot after a high school football
>>> game in Beaumont, Texas, on Friday night.
""", NEWS, subject="America", sender=c.person("Eileen", "Thompson", "aol.com"))

# 55. International crisis NGO appeal, disaster + war
add("bulk", """Dear Helen,

In Darfur, families are fleeing on foot with what they can carry. Many have walked for days to reach
the border with Chad. They tell our teams of villages burned and men taken away.

GBP 25 can provide emergency shelter for a family.

Please give what you can today.

With gratitude,
Aisha Bello
Emergency Response Director, Relief Without Borders

Registered charity 1123456. Unsubscribe.
""", NEWS, subject="They walked for six days", sender=("Relief Without Borders", "appeals@reliefwithoutborders.org.uk"),
    fmt="alt", headers=c.newsletter_headers("Campaign Monitor"))

# 56. Friend links an American late-night comedy clip about 'threats', light, other
add("other", """Helen you HAVE to watch this. The bit where he reads out the threats his mother-in-law sends him over Thanksgiving seating. I cried.

youtu.be/xq8sLm2ptQ4

Can't wait for your Christmas party xx""", WORD, subject="watch this!!!", sender=c.person("Naomi", "Ahmed", "icloud.com"))

# 57. US state capitol news email: security tightened after threats
add("bulk", """STATEHOUSE REPORT

Capitol security tightened after threats to lawmakers

Visitors to the Statehouse in Columbus will have to pass through metal detectors from Monday after
several legislators received threatening emails during the debate over the abortion amendment. The
emails, sent from an anonymous account, have been referred to the FBI.

Also:
- Budget talks: Senate and House "still miles apart"
- Lawmakers honor fallen firefighter
- Governor Kessler to testify at kidnap retrial next week

Statehouse Report is a free service of the Ohio Public Radio Network. Unsubscribe.
""", NEWS, subject="Statehouse Report: security tightened after threats to lawmakers",
    sender=("Statehouse Report", "statehouse@ohiopublicradio.org"), headers=c.newsletter_headers())

# 58. European newsletter on Slovakia: PM shooting anniversary analysis
add("bulk", """EUROPE EXPLAINED - Weekly

Two years after the shooting, what has changed in Bratislava?

When a 71-year-old poet shot the prime minister five times outside a cultural centre in a small mining
town, the country held its breath. The prime minister survived. What followed was not national
reconciliation but an even more bitter politics, in which each side blamed the other's rhetoric.

We talked to journalists, MPs from both sides and a former minister about the two years since.

Also: Dutch coalition wobbles, Polish presidential race, and what Europe's farmers really want.

Unsubscribe
""", NEWS, subject="Europe Explained: two years after the shooting",
    sender=("Europe Explained", "weekly@europeexplained.eu"), headers=c.newsletter_headers("Mailerlite"))

# 59. Reply from a member to secretary's recommendation of an article, quoted, short
add("other", c.quote_reply("""Read it. Depressing but brilliant. Have sent to my daughter who's just started at the council.""",
"""If you haven't read the piece in The Republic on political violence it's worth twenty minutes.""",
    quoted_from="%s <%s>" % SEC, style="gmail"),
    NEWS, ("quoted",), subject="Re: worth a read", sender=c.person("Val", "Robinson"))

# 60. US newsletter of a Dem club (UK-based Democrats Abroad-ish), metaphor and news
add("bulk", """Americans Abroad - Peak District chapter

Hi all,

After the shooting in Harrisburg a lot of you have been in touch, shaken. We've organized a informal
get together at the Red Lion in Wirksley on Sunday at 4 for anyone who wants company and to talk.

Also reminder: overseas ballot requests for the special election must be in by the 15th. Don't let
them steal this one by default - every vote counts and we can absolutely crush the turnout record.

Take care of each other,
Beth & Marcus

Americans Abroad Peak District | Unsubscribe
""", NEWS + META, subject="Sunday get-together + ballot deadline",
    sender=("Americans Abroad Peak District", "peakdistrict@americansabroad-uk.org"),
    headers=c.list_headers("Peak District members", domain="americansabroad-uk.org"))

# 61. Terse article link from councillor: about security at US school board meetings, no body but link
add("other", """Interesting - worth thinking about for the AGM venue? Probably overkill for us!

https://www.capitaltribune.com/2026/09/school-boards-metal-detectors.html

Cllr Martin Foster
Wirksley East""", NEWS, subject="school boards and metal detectors", sender=c.person("Martin", "Foster"))

# 62. Israeli/Palestinian peace group newsletter
add("bulk", """Voices for Peace - Newsletter

Dear friends,

This month our Jewish and Palestinian volunteers planted olive trees together in a village near
Hebron where settlers uprooted 300 trees in the spring. Three of our members were assaulted during
the planting; one needed stitches. They went back the next day and finished the job.

In London, our joint vigil for all civilians killed since October drew more than 800 people.

We continue to believe that no one's safety is built on another's fear.

Shalom, salaam, peace,
Voices for Peace UK

Unsubscribe
""", NEWS, subject="Planting olives under threat",
    sender=("Voices for Peace UK", "newsletter@voicesforpeace.org.uk"), headers=c.newsletter_headers("Mailchimp"))

# 63. Americans' style TV crime docuseries press release to a journalist? no - to secretary via PR list: skip.
# Instead: a student member sends an essay on terrorism law for comment -> other
add("other", """hiya Helen!!

sorry to bother u, u said at the youth meeting u would read my essay for the politics module. its on
whether proscribing groups like palestine action was "proportionate" compared to actual terrorist
groups like the ones who did the manchester attack. I've attached it (hopefully). its like 2500
words so no rush at all. my lecturer says my conclusion is weak lol

thanks so much ur a legend

Jasmine (youth officer) x""", NEWS, subject="my essay :)", sender=c.person("Jasmine", "Begum", "gmail.com"))

# 64. Official US embassy travel advisory newsletter (for a dual national secretary?) -> bulk
add("bulk", """Security Alert - U.S. Embassy London

Location: Central London

Event: Large demonstrations are planned in Whitehall and Parliament Square on Saturday. Even
demonstrations intended to be peaceful can turn confrontational.

Actions to Take:
- Avoid the area
- Monitor local media for updates
- Keep a low profile

Assistance: U.S. Embassy London, 33 Nine Elms Lane.

You are subscribed to STEP alerts. Unsubscribe.
""", NEWS, subject="Security Alert: Demonstrations in Central London",
    sender=("U.S. Embassy London", "londonacs@step-alerts.state.gov"), headers=c.newsletter_headers("GovDelivery"))

# 65. Brief "this week in history" from a US newspaper with assassination anniversaries
add("bulk", """THIS WEEK IN HISTORY

1963: President John F. Kennedy is assassinated in Dallas.
1978: More than 900 people die in the Jonestown massacre in Guyana.
1990: Margaret Thatcher announces her resignation after a leadership challenge her allies call "the
knifing".
2003: England beat Australia in the Rugby World Cup final with a drop goal in the last minute of
extra time.

From the archives of The Capital Tribune. Unsubscribe.
""", NEWS + META, subject="This week in history: Dallas, Jonestown and 'the knifing'",
    sender=("The Capital Tribune Archives", "onthisday@capitaltribune.com"), headers=c.newsletter_headers())

# 66. Friend forwarding viral US news of a goose attack... weird mostly -> covered elsewhere. Use: Brazilian news on politician stabbed? done. Instead
# Kenyan/UK diaspora association list post condemning attack
add("bulk", """Dear members,

The Executive Committee of the Dales African & Caribbean Association wishes to express its shock and
sadness at the attack on the Parkway Hotel in Lowfield last weekend, and our solidarity with the
residents. Many of us remember what it was like to be unwelcome. We will never accept violence or
intimidation against anyone because of where they come from.

Members are invited to join the interfaith vigil on Sunday at 3pm.

The December social is still going ahead on the 13th. Bring a dish!

Yours,
Kofi Boateng, Secretary

--
DACA members list
""", NEWS, subject="[DACA] Statement on the Lowfield attack; December social",
    sender=("Kofi Boateng", "secretary@daca-dales.org.uk"), to="members@lists.daca-dales.org.uk",
    headers=c.list_headers("DACA members", domain="lists.daca-dales.org.uk"))

# 67. Short American newsletter "Morning Brew"-like (business) with metaphor
add("bulk", """Good morning, Brewers.

The market got absolutely massacred yesterday. The Dow shed 1,100 points, tech stocks got their teeth
kicked in, and one analyst described the bond market as "a crime scene". Grab a coffee. It's gonna be
a day.

Also: a cyberattack shut down a major meat processor for a second day, and a viral TikTok has people
"murdering" their houseplants by watering them with coffee. Don't.

Morning Grind, NYC. Unsubscribe.
""", META + WORD, subject="Massacre on Wall Street",
    sender=("Morning Grind", "crew@morninggrind.com"), headers=c.newsletter_headers())

# 68. A reply-all from member on an international solidarity list, about a murdered trade unionist
add("bulk", c.quote_reply("""Thanks Paul. Our branch will send a donation. Colombia remains the most dangerous country in the world to be a trade unionist and we should say so loudly at conference.

In solidarity,
Harpreet""", """Comrades, sad news from our partners in Colombia: Luis Herrera, a leader of the palm oil workers'
union in Magdalena, was shot dead on his way home on Monday. He had reported threats to the
authorities twice this year. Justice for Colombia is asking affiliates to write to the Colombian
ambassador.

Paul""", quoted_from="Paul Jenkins <paul.jenkins@unionlink.org.uk>", style="bottom"),
    NEWS, ("quoted",), subject="Re: [intl-solidarity] Luis Herrera",
    sender=c.person("Harpreet", "Kaur"), to="intl-solidarity@lists.unionlink.org.uk",
    headers=c.list_headers("intl-solidarity", domain="lists.unionlink.org.uk"))

c.write()
