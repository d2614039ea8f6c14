"""train / tq5: friends and members forwarding articles with a line of comment, 'email this article'
mail, chain-mail hoaxes, social notifications, Welsh and Valleys news digests, history and
commentary lists. Hard negatives: news about violence and threats to others, metaphor, ordinary
violent words. Every word of every message is hand-written; the helpers below only wrap text in
shapes.
"""
import html as _h
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tq5", seed=3005)
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


def outlook_fwd_html(note_paras, orig_from, sent, subject, article_paras):
    """The HTML an Outlook user's forward looks like, around hand-written text."""
    note = "".join(f'<p class="MsoNormal">{_h.escape(p)}</p>' for p in note_paras)
    art = "".join(f'<p class="MsoNormal">{_h.escape(p)}</p>' for p in article_paras)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif}</style></head>'
            f'<body lang="EN-GB"><div class="WordSection1">{note}<p class="MsoNormal">&nbsp;</p>'
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'<p class="MsoNormal"><b>From:</b> {_h.escape(orig_from)}<br><b>Sent:</b> {_h.escape(sent)}<br>'
            f'<b>Subject:</b> {_h.escape(subject)}</p></div><p class="MsoNormal">&nbsp;</p>{art}'
            '</div></body></html>')


NEWS = ("news-about-threats",)
WORD = ("benign-violent-word",)
META = ("metaphor",)

# 1. 'Email this article' from a US paper, friend's note, old style
add("other", """----------------------------------------------------------------
This article from TransatlanticTimes.com has been sent to you by
Gwen Price (gwenprice48@btinternet.com).
----------------------------------------------------------------

Rhian - the bit about the Welsh valleys near the end made me think of you. G x

----------------------------------------------------------------

The Towns That Were Promised Everything

By HANNAH COLE

MERTHYR TYDFIL, Wales - On a wet Tuesday in this former iron town, the queue outside the food bank
starts before the doors open. Inside, volunteers talk about the things that have gone: the pits, the
Hoover factory, the bus to the hospital after 6 p.m.

Politicians of every stripe have promised regeneration here for forty years. Residents have learned
not to listen. "They come, they make a speech, they go," said one man, a former miner in his 70s.
"I'm not angry any more. I'm just tired."

----------------------------------------------------------------
Copyright 2026 The Transatlantic Times Company. Privacy Policy.
Get the Times delivered - subscribe now.
----------------------------------------------------------------
""", META, subject="TransatlanticTimes.com: The Towns That Were Promised Everything",
    sender=("TransatlanticTimes.com", "emailthis@transatlantictimes.com"),
    reply_to="gwenprice48@btinternet.com", also=["bulk"])

# 2. Same paper's email-this-article, news about threats to politicians, shorter note
add("other", """This article from TransatlanticTimes.com has been sent to you by dylan.rhys.hughes@gmail.com.

Dylan's note: "Scary stuff. Glad it's not like this at home, mostly."

Britain's Politicians Retreat Behind Locked Doors

LONDON - The open constituency surgery, where any voter can walk in off the street and sit down with
their member of Parliament, was once a point of pride in British politics. It is disappearing. After
two MPs were murdered in just over five years and threats have multiplied online, many lawmakers now
see constituents by appointment only, with a security guard in the corridor.

Copyright 2026 The Transatlantic Times Company
""", NEWS, subject="TransatlanticTimes.com: Britain's Politicians Retreat Behind Locked Doors",
    sender=("TransatlanticTimes.com", "emailthis@transatlantictimes.com"),
    reply_to="dylan.rhys.hughes@gmail.com", also=["bulk"])

# 3. Friend forwards opinion piece on proscription/terrorism, long comment
add("other", c.forward("""Rhian,

You asked after the GC what I actually thought about the proscription row, because I went quiet during the debate. This piece says most of it. I don't think the people who glued themselves to things are terrorists, and I don't think calling them that helps anyone, least of all the police who have to deal with people who really do want to kill. That's it. That's my position. I'm not putting a motion in.

Huw""", """The word 'terrorist' is losing its meaning - and that should frighten us
By Siân Morgan

The Terrorism Act 2000 was written for people who plant bombs. It defines terrorism broadly, as the
law must, because the threats it was designed to meet were varied and grave. But a definition that
broad is only safe in the hands of governments that use it narrowly.

When the state applies the same label to a man who plotted to murder worshippers at a synagogue and to
a group of activists who sprayed paint on aircraft, it does not make the country safer. It makes the
word cheaper. And a cheap word is a dangerous one: juries notice, the public notices, and, worst of
all, the people who really do intend mass murder notice.
""", "Cymru Review <opinion@cymrureview.wales>", "The word 'terrorist' is losing its meaning", style="gmail"),
    NEWS, ("forwarded",), subject="Fwd: The word 'terrorist' is losing its meaning",
    sender=c.person("Huw", "Williams"))

# 4. Welsh-language news digest with English summary, alt
add("bulk", """Newyddion Cymru Heddiw

Dyn wedi'i gyhuddo o lofruddiaeth yn Abercynon
Mae dyn 29 oed wedi ymddangos yn y llys wedi'i gyhuddo o lofruddio dyn 34 oed a fu farw ar ol
ymosodiad y tu allan i dafarn yn Abercynon nos Sadwrn.

Cofio Aberfan: 60 mlynedd
Bydd gwasanaeth coffa yn cael ei gynnal ym mynwent Bryntaf ddydd Mercher.

Rygbi: Cymru yn cael eu chwalu yn Twickenham
Lloegr 52 - 13 Cymru.

---
English summary: A man has been charged with murder after a fight outside a pub in Abercynon; Aberfan
60th anniversary service on Wednesday; Wales thrashed at Twickenham.

Cymru Heddiw | Dad-danysgrifio / Unsubscribe
""", NEWS + META, subject="Newyddion: cyhuddiad llofruddiaeth yn Abercynon | Aberfan 60 | Twickenham",
    sender=("Cymru Heddiw", "newyddion@cymruheddiw.cymru"), fmt="alt", headers=c.newsletter_headers())

# 5. Member forwards Aberfan anniversary article and asks re wreath -> query
add("query", c.forward("""Rhian, are we as a CLP laying a wreath at the Aberfan service this year? It's the 60th and I think we should. If we are, who's going, and do we need to let the organisers know in advance? I'd like to go if there's room.

Diolch,
Eirlys""", """Aberfan remembered: 60 years on
On 21 October 1966 a colliery spoil tip slid down the mountainside above Aberfan and engulfed Pantglas
Junior School. 144 people died, 116 of them children. A memorial service will be held at Bryntaf
cemetery, attended by survivors and families.""", "Cymru Heddiw <newyddion@cymruheddiw.cymru>",
    "Aberfan remembered: 60 years on"),
    WORD, ("forwarded",), subject="Fwd: Aberfan remembered - wreath?", sender=c.person("Eirlys", "Jenkins"))

# 6. Chain-mail hoax from elderly member, forwarded many times, other
add("other", """Rhian,

My friend from chapel sent me this. I don't know if it's true but better safe than sorry. PLEASE SEND
TO ALL THE LADIES IN THE BRANCH.

Mair

> > > > WARNING!!! THIS IS NOT A JOKE!!!
> > > > A police officer from Cardiff has told everyone that there is a new gang going round
> > > > petrol stations. A man will come up and offer to sell you perfume, and ask you to smell
> > > > it, and it is really ETHER and you will pass out and they will take your car and your
> > > > handbag!!!! It has happened to 3 women in Bridgend already.
> > > > FORWARD THIS TO EVERY WOMAN YOU KNOW. You could save a life.
""", NEWS, ("forwarded",), subject="FW: FW: FW: FW: WARNING to all ladies!!!!",
    sender=c.person("Mair", "Davies", "btinternet.com"))

# 7. Another hoax: headlights gang initiation, with a skeptical reply on top (quoted)
add("other", c.quote_reply("""Gareth, love, this has been going round since 1993. It's not true. There is no gang that kills people who flash their headlights. South Wales Police have said so several times. Please don't send it to the whole branch list again, poor Eileen was terrified.

Ruth (Chair)""", """URGENT POLICE WARNING. New gang initiation - if you see a car at night with NO HEADLIGHTS do NOT
flash your lights at it!!! The gang members will follow you home and kill you. This is their
initiation. Tell everyone!!""", quoted_from="Gareth Thomas <gareth.thomas1949@talktalk.net>", style="gmail"),
    NEWS, ("quoted",), subject="Re: URGENT POLICE WARNING", sender=c.person("Ruth", "Bevan"),
    to=["gareth.thomas1949@talktalk.net"], cc=["%s <%s>" % SEC])

# 8. Young member forwarding TikTok doc about knife crime, txt speak
add("other", """omg rhian have u seen this?? its a doc about knife crime in cardiff made by kids from my old school
its actually so good. we shud show it at young labour

tiktok.com/@grangetownvoices/video/7391102233

x""", NEWS, subject="watch this", sender=c.person("Leanne", "Ali", "gmail.com"))

# 9. Outlook HTML-only forward from councillor: police crime stats, FYI for ward report
add("other", "", NEWS, ("forwarded",), subject="FW: Neighbourhood crime figures - October",
    sender=c.person("Owen", "Lloyd"), fmt="html",
    html_body=outlook_fwd_html(
        ["Rhian,", "FYI for the ward report at GC. The assault figures look worse than they are - most of it is one pub on a Friday night.",
         "Owen", "Cllr Owen Lloyd, Penydarren"],
        "Neighbourhood Policing Team", "Monday 3 November 2026 09:14", "Neighbourhood crime figures - October",
        ["Dear partners,",
         "October figures for the Penydarren and Park neighbourhood: violence against the person 41 (up 6), of which assault with injury 12; criminal damage 19; burglary 4; vehicle crime 9; anti-social behaviour 63.",
         "The increase in violent offences is concentrated around the High Street late on Fridays. We will have extra patrols through December.",
         "PCSO Bethan Rowe"]))

# 10. Italian friend forwarding mafia trial news, non-native
add("other", """Cara Rhian,

how are you? Here in Palermo there is a big news, the trial for the killing of the journalist from
Trapani is finished and they gave ergastolo (life) to the boss and 3 others. I send you the piece from
the newspaper in english, it was 12 years for the justice, incredible. For us this is very important,
he was a friend of my brother in the university.

"A court in Palermo sentenced four men to life imprisonment on Friday for the 2014 murder of
investigative journalist Salvo Mancuso, who was shot outside his home in Trapani after reporting on
links between local politicians and organised crime."

Ti abbraccio, and send my love to everyone at the club!
Giulia""", NEWS, ("non-native",), subject="news from Palermo",
    sender=("Giulia Ferrante", "giulia.ferrante@libero.it"))

# 11. Senedd-watch newsletter
add("bulk", """SENEDD WEEK

Security review for Members of the Senedd
The Llywydd has confirmed a review of security arrangements for MSs and their constituency offices
after two members received threatening letters containing white powder last month. The powder was
harmless. Police have charged a 61-year-old man from Swansea.

Also this week:
- Budget: "a slow puncture, not a car crash" - Finance Secretary
- 20mph: councils start switching some roads back to 30
- Committee report on NHS waiting times

Senedd Week is produced by the Wales Governance Unit. Unsubscribe.
""", NEWS + META, subject="Senedd Week: security review after powder letters; budget 'slow puncture'",
    sender=("Senedd Week", "seneddweek@walesgovernance.ac.uk"), headers=c.newsletter_headers("Campaign Monitor"))

# 12. Friend's rugby gloom, metaphor, short
add("other", """Well that was a massacre. 52-13. I've switched the telly off and I'm going for a walk on the mountain
so I don't throw something. See you Tuesday if I've recovered.

Dai""", META, subject="twickenham", sender=c.person("Dai", "Morgan", "sky.com"))

# 13. Mining heritage society: Senghenydd disaster, Tonypandy riots
add("bulk", """RHONDDA MINING HERITAGE SOCIETY - Newsletter

Senghenydd remembered
On 14 October 1913, an explosion at the Universal Colliery killed 440 men and boys, the worst mining
disaster in British history. Our annual walk to the national memorial was attended by over 200 people,
including descendants from Australia and Canada.

Talk: "Tonypandy 1910 - the riots, the troops and the legend"
Thursday 12 February, 7pm, Workmen's Hall. Dr Rhodri Evans separates fact from family story: did
Churchill really send the troops in? (Short answer: it's complicated.)

Membership renewals due in January, still GBP 10.
""", WORD + NEWS, subject="Newsletter: Senghenydd remembered; Tonypandy talk",
    sender=("Rhondda Mining Heritage Society", "rmhs.secretary@gmail.com"),
    headers=c.list_headers("RMHS members", domain="googlegroups.com"))

# 14. Twitter/X-like trending notification
add("bulk", """Trending in United Kingdom

#CardiffStabbing
12.4K posts
"Police say a 17-year-old boy has died after being stabbed in Grangetown. Thoughts with his family"

#StopTheBoats
8,211 posts

Wales v England
41.9K posts

See more on X

This email was sent to ysgrifennydd@cwmtaflabour.cymru. Unsubscribe.
X Corp. 1355 Market Street, San Francisco, CA 94103
""", NEWS, ("social",), subject="#CardiffStabbing is trending in United Kingdom",
    sender=("X", "info@x.com"), headers=c.newsletter_headers())

# 15. Bluesky notification: someone you follow shared article on MPs threats
add("bulk", """Bluesky

@profannawil.bsky.social posted:

"New paper out today with colleagues: what happens to MPs after a death threat. Spoiler: most don't tell
their families, and most keep going. Thread 🧵"

Reply · Repost · Like

You're receiving these emails because you follow @profannawil.bsky.social. Manage notifications.
""", NEWS, ("social",), subject="Anna Williams posted: New paper out today on MPs after a death threat",
    sender=("Bluesky", "notifications@bsky.app"), headers=c.newsletter_headers(), charset="utf-8")

# 16. Member forwards tabloid article sarcastically, angry at the paper (not threat)
add("other", c.forward("""Look at this garbage. "Migrant crime wave" - and the actual figures in paragraph nine show crime in the town went DOWN. Someone should write to IPSO. I would but I'll swear.

Carys""", """MIGRANT CRIME WAVE TERROR: Valleys town 'under siege'

Residents of a quiet Valleys town say they are "living in fear" after a string of incidents they blame
on young men housed at a local hotel.

[...]

Police figures show recorded crime in the town fell by 4 per cent last year.
""", "The Daily Sentinel <newsletters@dailysentinel.co.uk>", "MIGRANT CRIME WAVE TERROR", style="outlook"),
    NEWS, ("forwarded",), subject="FW: MIGRANT CRIME WAVE TERROR - seriously??", sender=c.person("Carys", "Rees"))

# 17. Ex-detective's Substack
add("bulk", """THE MURDER ROOM
Notes from thirty years as a detective, by Ray Beddoe

Issue 19: The ones you don't solve

People always ask about the cases I solved. I understand why. But the ones that come back at three in
the morning are the others.

There's a woman in Bridgend - I'll not name her - whose son was beaten to death in a bus shelter in
1998. We had a suspect. We had a witness, who changed her story. We had a jury that took four hours to
acquit. Every Christmas for twenty years that mother sent me a card. She never once blamed me. I blamed
myself enough for both of us.

This week I want to write about what it does to a detective to carry those files, and why I think the
police service is still terrible at looking after its own.

Ray

The Murder Room is free. Paid subscribers get the Q&A. Unsubscribe.
""", NEWS, subject="The ones you don't solve", sender=("Ray Beddoe", "themurderroom@substack.com"),
    headers=c.newsletter_headers("Substack"))

# 18. Bengali-speaking member forwarding Bangladesh news, non-native
add("other", """Dear Rhian apa,

Salam. I want to share with you the news from my home. In Sylhet a local politician from opposition
party was killed by attackers in his house last week, it is very bad situation now before election.
My uncle is in same party and all family is worried. In our country politics is very dangerous thing.

"Police in Sylhet have arrested five people in connection with the killing of a local opposition
leader, who was attacked at his home by a group of men with machetes on Thursday night."

Please pray for my family. I will see you at the Eid dinner.

Shahidul""", NEWS, ("non-native",), subject="news from Sylhet", sender=c.person("Shahidul", "Rahman", "yahoo.co.uk"))

# 19. Lithuanian member forwarding Vilnius sabotage news, non-native
add("other", """Hi Rhian,

Maybe interesting for you. In Vilnius the police caught two men who make fire in big shopping center, they
work for russian intelligence. Now everybody speak about sabotage in Europe. In Lithuania we are used to
this fear from russia but it is more and more. My mother say she not sleep well.

Link: lrt-en.example.lt/news/sabotage-ikea

See you at canvassing on saturday, I bring my husband also.

Rūta""", NEWS, ("non-native",), subject="news from Lithuania", sender=("Rūta Kazlauskienė", "ruta.kazl@gmail.com"),
    charset="utf-8")

# 20. Valleys local paper digest, plain, court and drugs raid
add("bulk", """THE VALLEYS ADVERTISER - Daily Digest

Drugs raids: 14 arrested in dawn swoops across Merthyr and Aberdare
Officers from Operation Hafren executed warrants at 11 addresses on Tuesday. Cannabis, cocaine and
GBP 23,000 in cash were seized.

Man jailed for attack on paramedic
A 36-year-old man who headbutted a paramedic trying to treat him in Mountain Ash has been jailed for
ten months.

Pontypridd Lido to reopen in May

Bobby's Bakery wins best Welsh cake in Wales (again)

Valleys Advertiser | Unsubscribe
""", NEWS, subject="Drugs raids: 14 arrested | Paramedic attacker jailed | Lido reopening",
    sender=("The Valleys Advertiser", "digest@valleysadvertiser.co.uk"), headers=c.newsletter_headers())

# 21. Friend forwards article on attack on a mosque elsewhere, solidarity comment
add("other", c.forward("""This is awful. The imam from Aberdare is a friend of my sister's. Can we send something from the branch, even just a card? I'll sort it if you give me the nod. No need for a fuss.

Non""", """Man arrested after pig's head left at mosque

Police have arrested a 42-year-old man after a pig's head was left outside a mosque in Aberdare on Friday
morning. Officers are treating the incident as a hate crime. The mosque's trustees thanked neighbours
who brought flowers.""", "Cymru Heddiw <newyddion@cymruheddiw.cymru>", "Man arrested after pig's head left at mosque", style="gmail"),
    NEWS, ("forwarded",), subject="Fwd: Aberdare mosque", sender=c.person("Nia", "Edwards"))

# 22. Opinion on drill music, forwarded, comment, other
add("other", c.forward("""Rhian - saw this and thought of the row at Young Labour. For the record I'm with the writer. Banning the music never stopped a single stabbing. x""",
"""Stop blaming drill for knife crime
By Kemi Adebayo

Every few months a police chief or a columnist "discovers" drill music and announces that it causes
violence. The lyrics are brutal, yes. So were the lyrics of gangsta rap in the nineties and the ballads
about highwaymen in the 1700s. Music reflects the lives of the people who make it. Take the music away
and the lives remain.
""", "The Ledger Opinion <opinion@theledger.co.uk>", "Stop blaming drill for knife crime"),
    NEWS, ("forwarded",), subject="Fwd: Stop blaming drill for knife crime", sender=c.person("Precious", "Obi"))

# 23. Policing opinion forwarded, short, 'thin blue line' metaphor, other
add("other", c.forward("""Not often I agree with the Police Federation but they've a point here.""",
"""Opinion: The thin blue line in Wales is now a dotted one
By Chief Inspector (ret.) Alun Beynon

South Wales Police has 300 fewer officers than it did in 2010. In the Valleys, a single response car can
cover forty square miles at night. The public rightly want bobbies on the beat. They should know how
few there are.
""", "Western Courier <opinion@westerncourier.wales>", "The thin blue line in Wales is now a dotted one", style="apple"),
    META + NEWS, ("forwarded",), subject="Fwd: The thin blue line in Wales is now a dotted one",
    sender=c.person("Peter", "Evans"))

# 24. Women's safety vigil - list post, Reclaim the Night
add("bulk", """Hi everyone,

Reclaim the Night Pontypridd is on Saturday 29 November. We meet at 6pm at the Taff Street fountain and
march to the Muni Arts Centre for speeches and soup.

This year we're marching in memory of the women killed by men in Wales this year - eleven of them -
and to demand better street lighting on the routes home from the university and the train station.

Bring torches, banners and warm clothes. Men are welcome as allies at the back of the march.

In solidarity,
Ffion (Pontypridd Women's Network)

--
You received this message because you are subscribed to the Google Groups "Pontypridd Women's Network"
group. To unsubscribe, send an email to ponty-womens-network+unsubscribe@googlegroups.com.
""", NEWS, subject="[PWN] Reclaim the Night - Saturday 29th", sender=c.person("Ffion", "Hughes"),
    to="ponty-womens-network@googlegroups.com",
    headers=c.list_headers("Pontypridd Women's Network", domain="googlegroups.com"))

# 25. Member forwards Reclaim the Night and asks about CLP banner/attendance -> query
add("query", c.forward("""Rhian, are we sending a CLP contingent to this? Lots of the women's forum want to go. Can we bring the CLP banner and is there any money for placards? Let me know before the women's forum meets on Thursday.

Bethan (Women's Officer)""", """Reclaim the Night Pontypridd is on Saturday 29 November. We meet at 6pm at the Taff Street fountain
and march to the Muni Arts Centre.""", "Ffion Hughes <ffion.hughes@gmail.com>", "[PWN] Reclaim the Night - Saturday 29th"),
    NEWS, ("forwarded",), subject="Fwd: Reclaim the Night - CLP contingent?", sender=c.person("Bethan", "Griffiths"))

# 26. Schools' safeguarding/Prevent newsletter for governors
add("bulk", """GOVERNOR BRIEFING - Safeguarding Update, Autumn Term

1. Prevent duty: refresher training
All governors with safeguarding responsibility should complete the updated Prevent awareness module by
the end of term. The new module includes guidance on "mixed, unclear or unstable" ideologies and on
pupils who show an interest in school shootings or mass-casualty attacks without a clear ideology.

2. Knife crime awareness week
Schools are invited to take part in the county's knife crime awareness week in February. Resources for
Key Stages 2-4 are available.

3. Online safety
A reminder about the viral "challenge" videos circulating on social media. Please share the parents'
letter.

Governor Support Service | County Borough Council
""", NEWS, subject="Governor Briefing: Prevent refresher, knife crime week, online safety",
    sender=("Governor Support Service", "governorsupport@cwmtaf-schools.gov.uk"), headers=c.newsletter_headers("GovDelivery"))

# 27. Forward of governor briefing: asks whether CLP officers need safeguarding training -> query
add("query", """Hi Rhian,

I got the governor briefing (below, cut down) about Prevent and safeguarding for school governors. It
made me wonder - do CLP officers or the youth officer need any safeguarding training from the party,
given we've got a few 15 and 16 year olds coming to Young Labour now? Is there a course through the
regional office? I'm happy to do it if so.

Cheers,
Tom (youth officer)

> 1. Prevent duty: refresher training. All governors with safeguarding responsibility should complete
> the updated Prevent awareness module by the end of term.
""", NEWS, ("forwarded",), subject="safeguarding training for youth officer?", sender=c.person("Tom", "Price"))

# 28. Member posts a motion based on news article -> procedural (confuser)
add("procedural", """Dear Rhian,

Please find below a motion from Treharris branch for the next GC, agreed at our branch meeting on
Tuesday. It was prompted by the article in the Advertiser about the paramedic attack and the drugs
raids.

MOTION: Community safety in the Valleys

This CLP notes:
- the rise in assaults on emergency workers in Cwm Taf;
- that South Wales Police has 300 fewer officers than in 2010;
- the closure of youth centres in Treharris and Mountain Ash.

This CLP believes that safe communities are built by youth services and neighbourhood policing
together.

This CLP resolves to write to our MS and MP asking them to press for restored funding for youth
services and neighbourhood policing, and to invite the Police and Crime Commissioner to a GC meeting.

Proposed: Rhys Morgan. Seconded: Denise Jones.

Thanks,
Rhys Morgan
Branch Secretary, Treharris""", NEWS, ("confuser",), subject="Motion for GC - community safety",
    sender=c.person("Rhys", "Morgan"))

# 29. Quoted reply thread about a terror trial verdict, secretary and friend
add("other", c.quote_reply("""I did. Relieved mostly. The jury were out for ages and I was worried. Those poor families sitting through eight weeks of it. And that lad's mother in the public gallery every single day - I can't imagine.

Anyway, yes to Sunday lunch. Mam's doing lamb.

Sioned""", """Did you see the verdicts in the festival plot trial? Guilty on all counts.
R""", quoted_from="%s <%s>" % SEC, style="gmail"),
    NEWS, ("quoted",), subject="Re: verdicts", sender=c.person("Sioned", "Evans"))

# 30. Cymru Today news site daily, HTML only
add("bulk", "", NEWS, subject="Cymru Today: teenager dies in Grangetown stabbing; Senedd security review",
    sender=("Cymru Today", "daily@cymrutoday.wales"), fmt="html", headers=c.newsletter_headers("Mailerlite"),
    html_body="""<html><body style="font-family:Arial,sans-serif;max-width:600px;margin:auto">
<div style="background:#c8102e;color:#fff;padding:12px;font-size:22px;font-weight:bold">Cymru Today</div>
<h2>Teenager dies after stabbing in Grangetown</h2>
<p>A 17-year-old boy has died after being stabbed in Grangetown, Cardiff, on Sunday evening. Two boys,
aged 15 and 16, have been arrested on suspicion of murder. Flowers have been left at the scene.</p>
<h2>Senedd to review members' security</h2>
<p>The review follows suspicious letters sent to two MSs last month.</p>
<h2>Opinion: the Valleys deserve better than slogans</h2>
<p>Our columnist on why "levelling up" died on the Heads of the Valleys road.</p>
<p style="font-size:11px;color:#777">Cymru Today is an independent news service. <a href="#">Unsubscribe</a></p>
</body></html>""")

# 31. Member one-liner on heat 'killing me' + article on wildfires
add("other", """This heat is killing me. And look at this - half of Gwent mountain's on fire again.

https://www.cymrutoday.wales/news/mountain-fires-arson

Don't think I'll make canvassing tonight, sorry. Too hot to move.

Kev""", WORD + NEWS, subject="fires", sender=c.person("Kevin", "Jones", "virginmedia.com"))

# 32. Fire & rescue newsletter: grass fires arson
add("bulk", """SOUTH WALES FIRE & RESCUE - Community Update

Grass fires: a plea to parents
Crews have attended 212 deliberate grass fires since April, mainly on the mountains above Merthyr,
Tonypandy and Aberdare. Deliberate fires put lives at risk and tie up crews who could be attending a
house fire or a crash.

If you know who is setting fires, call Crimestoppers anonymously.

Smoke alarms: test yours this weekend.
""", WORD + NEWS, subject="Grass fires: a plea to parents",
    sender=("South Wales Fire & Rescue", "community@southwalesfire.gov.uk"))

# 33. Chapel newsletter: sermon on violence, 'turn the other cheek'
add("bulk", """Capel Bethel - Newyddlen / Newsletter

Dear friends,

Sunday's sermon will be on Matthew 5: "You have heard that it was said, 'An eye for an eye'." In a
week when a young man has been killed in Cardiff and our newspapers are full of anger, we will think
together about what it means to seek justice without seeking revenge.

Te a bara brith after the service as always.

Gweinidog Aled
""", NEWS, subject="Newyddlen Capel Bethel", sender=("Capel Bethel", "capelbethel.merthyr@gmail.com"),
    headers=c.list_headers("Bethel newsletter", domain="googlegroups.com", precedence=False))

# 34. Mastodon digest
add("bulk", """Your Mastodon digest

Popular posts from people you follow:

@valleyshistorian@toot.wales: "On this day in 1831, Dic Penderyn was hanged in Cardiff for stabbing a
soldier during the Merthyr Rising. He almost certainly didn't do it. His last words were 'O Arglwydd,
dyma gamwedd' - O Lord, here is iniquity."

@cardiffcyclist@toot.wales: "Nearly got killed by a bus on Newport Road again. Paint is not
infrastructure."

You can change your email notification preferences.
""", WORD + NEWS, ("social",), subject="Your Mastodon digest",
    sender=("Mastodon", "notifications@toot.wales"), headers=c.newsletter_headers())

# 35. Student union newsletter with violent idiom
add("bulk", """USW Students' Union - What's On

Killer Quiz - Tuesday 7pm, Y Bar. Winning team takes the bar tab.
Self-defence workshop for women - Wednesday 5pm, Sports Centre. Free, all welcome.
Film Soc: "Scream" - Thursday 8pm. Bring a friend you trust.
Bloody Good Period drive: donate period products at the SU shop.

USW SU | Unsubscribe
""", WORD, subject="What's On: Killer Quiz, self-defence, Scream", sender=("USW Students' Union", "whatson@uswsu.example.ac.uk"),
    headers=c.newsletter_headers())

# 36. Neighbourhood watch Wales newsletter
add("bulk", """NEIGHBOURHOOD WATCH CYMRU - Winter Newsletter

Doorstep crime
Rogue traders are targeting older residents in the Cynon Valley, claiming roof tiles are loose and
demanding cash. In one case a man in his 80s was threatened when he refused to pay. Never pay cash on
the doorstep. Call 101.

Courier fraud
Fraudsters pretending to be police officers are phoning people and asking them to withdraw money "as
evidence". The police will never do this.

Keeping warm, keeping safe: free door chains and timer switches from your local coordinator.
""", NEWS, subject="Winter newsletter: doorstep crime, courier fraud",
    sender=("Neighbourhood Watch Cymru", "newsletter@nwcymru.org.uk"), headers=c.newsletter_headers("Mailchimp"))

# 37. Friend forwards a 'Guardian Long Read'-style piece, no comment at all, apple style
add("other", c.forward("", """The long read: What happens after an MP is killed

In the days after a member of parliament is killed, the machinery of British politics goes quiet. Flags
at half mast. A minute's silence. Speeches in the Commons that make even hardened sketchwriters cry.
Then, slowly, the questions: should surgeries continue? Should MPs publish their addresses? What do we
owe the staff who were in the building? This is the story of two offices, eight years apart, and the
people who had to answer those questions.""",
    "The Ledger Long Read <longread@theledger.co.uk>", "The long read: What happens after an MP is killed", style="apple"),
    NEWS, ("forwarded",), subject="Fwd: The long read: What happens after an MP is killed",
    sender=c.person("Andrew", "Hughes"))

# 38. Bulk: Welsh Government press release list
add("bulk", """Llywodraeth Cymru / Welsh Government
Press release

New strategy to end violence against women

The Welsh Government today published its updated strategy on violence against women, domestic abuse
and sexual violence, including new funding for specialist stalking advocates in every police force
area and a campaign aimed at young men.

The Cabinet Secretary said: "No woman in Wales should live in fear - at home, at work, online or on the
street."

ENDS

You are receiving this because you subscribed to press releases. Unsubscribe.
""", NEWS, subject="Press release: New strategy to end violence against women",
    sender=("Welsh Government", "newyddion@gov.wales"), headers=c.newsletter_headers("GovDelivery"))

# 39. Valleys Socialist discussion list post sharing article on far-right graffiti
add("bulk", """Comrades,

Article from today's Advertiser below, for anyone who hasn't seen it. Swastikas painted on the
underpass by the leisure centre in Mountain Ash, second time this month. The council had them cleaned
off by lunchtime, credit where it's due.

I'd suggest we don't give it oxygen on social media - that's what they want - but we should think about
a proper anti-racist presence at the St David's Day parade.

Thoughts?

Gethin

> Police are investigating after racist graffiti, including swastikas, was painted in the underpass near
> Mountain Ash leisure centre overnight on Sunday.

--
valleys-left mailing list
valleys-left@lists.valleysleft.org
""", NEWS, subject="[valleys-left] graffiti in Mountain Ash", sender=c.person("Gethin", "Lewis"),
    to="valleys-left@lists.valleysleft.org", headers=c.list_headers("valleys-left", domain="lists.valleysleft.org"))

# 40. Reply on that list: metaphor, 'crush them' at the ballot box
add("bulk", c.quote_reply("""Agree with Gethin. Ignore them online, outnumber them on the street, and crush them at the ballot box in May. That's how the Valleys have always done it.

Sara""", """I'd suggest we don't give it oxygen on social media - that's what they want - but we should think
about a proper anti-racist presence at the St David's Day parade.
Gethin""", quoted_from="Gethin Lewis <gethin.lewis@hotmail.co.uk>", style="bottom"),
    META, ("quoted",), subject="Re: [valleys-left] graffiti in Mountain Ash", sender=c.person("Sara", "Thomas"),
    to="valleys-left@lists.valleysleft.org", headers=c.list_headers("valleys-left", domain="lists.valleysleft.org"))

# 41. Friend forwards Guardian-ish piece on female MPs' abuse, comment with concern for secretary
add("other", c.forward("""Read this and thought of you, cariad. I know you're not an MP but you get enough grief as it is. Don't let them grind you down. Walk on Sunday?

Ang""", """'Every woman I know in politics has a story': MPs on the abuse they face

More than two-thirds of women MPs say they have received threats of violence, according to a new
survey. Many describe changing their routines, installing panic alarms and, in some cases, moving
house. Several said the abuse was worst after appearances on television or votes on immigration.""",
    "The Ledger <newsletters@theledger.co.uk>", "'Every woman I know in politics has a story'", style="gmail"),
    NEWS, ("forwarded",), subject="Fwd: 'Every woman I know in politics has a story'",
    sender=c.person("Angela", "Morris", "hotmail.co.uk"))

# 42. 'On this day' history email: Merthyr Rising
add("bulk", """ON THIS DAY IN WELSH HISTORY

1831: The Merthyr Rising. Thousands of ironworkers and miners take control of Merthyr Tydfil for several
days. The red flag is raised, reputedly for the first time as a symbol of workers' revolt. Soldiers open
fire outside the Castle Inn, killing at least sixteen. Dic Penderyn is later hanged in Cardiff.

1984: Miners and police clash at the Port Talbot steelworks gates.

Hanes Heddiw | Unsubscribe
""", WORD + NEWS, subject="On this day: the Merthyr Rising, 1831",
    sender=("Hanes Heddiw", "hanes@hanesheddiw.cymru"), headers=c.newsletter_headers())

# 43. Short forward with comment, iPhone, about police shooting in Brazil
add("other", """Horrible. My cousin lives near there. 

Sent from my iPhone

Begin forwarded message:

From: Global Wire Alerts <alerts@globalwire-news.com>
Subject: Rio police raid leaves 28 dead in favela

RIO DE JANEIRO - At least 28 people were killed in a police operation against drug gangs in a favela in
northern Rio on Thursday, officials said. Human rights groups called it a massacre.
""", NEWS, ("forwarded",), subject="Fwd: Rio police raid leaves 28 dead in favela",
    sender=c.person("Luca", "Silva", "icloud.com"))

# 44. Newsletter from an MP (not ours) - 'my office was attacked' update, bulk
add("bulk", """Dear constituent,

Many of you have been in touch after the damage to my constituency office last week. Thank you. I want
to reassure you that no one was hurt and that the office is open again as normal, with some new
security measures I won't bore you with.

Whatever our disagreements - and I know some of you disagree with me strongly on Gaza - I will always
listen. What I won't accept is intimidation of my staff, who are local people doing their jobs.

Surgeries continue by appointment on Fridays.

Best wishes,
Gwyneth Rowlands MP
Member of Parliament for Gower and Lliw

This newsletter is sent to constituents who have signed up. Unsubscribe.
""", NEWS, subject="An update from Gwyneth", sender=("Gwyneth Rowlands MP", "gwyneth.rowlands.mp@mpnewsletter.org.uk"),
    headers=c.newsletter_headers("NationBuilder"))

# 45. Welsh rugby club - metaphors
add("bulk", """TREHARRIS RFC

Treharris 38 Abercynon 0. What a performance. We absolutely annihilated them up front and the backs
ran riot in the second half. Man of the match: Gruff, who played with a broken nose and "didn't notice".

Bingo Friday, raffle Saturday. Bar open from 5.

Up the Lilywhites!
""", META, subject="Treharris 38 Abercynon 0!", sender=("Treharris RFC", "treharrisrfc@btinternet.com"),
    headers=c.list_headers("Treharris RFC members", domain="treharrisrfc.co.uk", precedence=False))

# 46. Friend jokes about a 'killer' AGM (quoted reply), metaphor
add("other", c.quote_reply("""Congratulations on surviving the AGM! Four hours. That's not a meeting, that's a hostage situation. The bit where Glyn tried to amend the standing orders to allow amendments to the amendments - I nearly lost the will to live.

Proper drink next week?
Meg""", """Well, I'm still secretary. Just about.
R""", quoted_from="%s <%s>" % SEC, style="gmail"),
    META, ("quoted",), subject="Re: survived", sender=c.person("Megan", "Jones"))

# 47. Podcast about the Sandy Hook / guns? Keep invented: US gun law news via newsletter with British reader
add("bulk", """THE TRANSATLANTIC - a newsletter for Brits who follow American politics

This week: why nothing changes after a school shooting

I've lived in the US for nine years and covered six mass shootings. Each time the British friends I
speak to ask the same question: why don't they just ban the guns? I've stopped trying to answer it in a
sentence. This week, I try to answer it in 2,000 words.

Also: the governor kidnap retrial, and the senator who was shot at a rally and is back on the campaign
trail with his arm in a sling.

Owain

The Transatlantic | Unsubscribe
""", NEWS, subject="Why nothing changes after a school shooting",
    sender=("Owain Pritchard", "owain@thetransatlantic.news"), headers=c.newsletter_headers("Buttondown"))

# 48. Community radio bulletin, Welsh/English mixed, shooting in Swansea
add("bulk", """GTFM Newsroom - bore da

Man critical after shooting in Swansea's Townhill estate; armed police patrols stepped up.
Cwm Taf Morgannwg health board to close a ward at Prince Charles Hospital for the winter.
Football: Merthyr Town thrash Barry 5-0.

More at 10.
""", NEWS + META, subject="GTFM Newsroom: shooting in Townhill; ward closure",
    sender=("Valleys Radio Newsroom", "newsroom@valleysradio.cymru"))

# 49. Member forwards election-watch article about canvasser safety abroad, asking nothing
add("other", c.forward("""Bit of perspective for the next time someone moans about the rain on the doorstep.""",
"""German campaigners attacked: 'I still go out, but never alone'

In Saxony, where attacks on campaigners of every party have surged, many volunteers now canvass in
pairs and leave before dark. "You start to look at every car that slows down," said one SPD volunteer,
63, who was knocked to the ground while hanging posters.""", "Europe Explained <weekly@europeexplained.eu>",
    "German campaigners attacked: 'I still go out, but never alone'"),
    NEWS, ("forwarded",), subject="Fwd: German campaigners attacked", sender=c.person("Colin", "Roberts"))

# 50. True crime book club (Welsh library) email
add("bulk", """Merthyr Libraries - Crime Club

Our January read is "The Valley Murders" by Llinos Parry - a true story of two killings in the Rhondda
in the 1950s that were wrongly pinned on a local miner, who was hanged. Fifty years later, his name was
cleared.

Meeting: Monday 19 January, 2pm, Central Library. Copies available to borrow.
""", WORD + NEWS, subject="Crime Club: The Valley Murders", sender=("Merthyr Libraries", "crimeclub@merthyrlibraries.gov.uk"))

# 51. Friend recommending a podcast about a real violent historical case, American friend
add("other", """Hey Rhian!! Have you listened to "Dark Histories of the North"? There's an episode on a haunted mill
near Newcastle and another on Welsh witch trials. Made me think of your mam's stories. Totally your
thing. My drive to work has never been so creepy.

Love from Ohio,
Becky""", WORD, subject="podcast rec", sender=("Becky Alvarez", "becky.alvarez@att.net"))

# 52. Regional party bulletin mentions safety briefing news (bulk)
add("bulk", """WELSH LABOUR - Members' Bulletin

In this issue
- Senedd 2026: thank you to every member who knocked a door. Now the hard work starts.
- Candidate and agent safety: following recent incidents across the UK, a new online safety briefing
  for candidates, agents and campaign organisers is available on Membersnet. Topics include lone
  working on the doorstep, dealing with abuse online and reporting incidents.
- Conference: motions deadline and delegate registration.
- Training: "Winning the ground war" - doorstep skills for new activists.

Welsh Labour, Transport House, Cardiff. Unsubscribe.
""", NEWS + META, subject="Members' Bulletin: thank you, safety briefing, conference",
    sender=("Welsh Labour", "bulletin@welshlabour-members.wales"), headers=c.newsletter_headers("NationBuilder"))

# 53. Friend forward: a pub quiz question sheet about murders (playful)
add("other", """Quiz night answers for Thursday (don't tell anyone!!)

Round 4 - Crime & Punishment
1. Which Welsh-born actor played Hannibal Lecter? (Anthony Hopkins)
2. What was Dic Penderyn accused of? (stabbing a soldier)
3. In Cluedo, name three of the six weapons (candlestick, dagger, lead pipe, revolver, rope, spanner)
4. Which Shakespeare play features "Out, damned spot"? (Macbeth)
5. Who wrote "The Murder of Roger Ackroyd"? (Agatha Christie)

Mwah,
Lowri (quizmaster, don't kill me if they're too easy)""", WORD, subject="quiz answers - for your eyes only",
    sender=c.person("Lowri", "Davies"))

# 54. Short: colleague forwards link to knife crime stats with "FYI" only, councillor
add("other", """FYI

https://www.gov.wales/knife-crime-data-cwm-taf-2026

Cllr Denise Jones
Sent from Outlook for Android""", NEWS, subject="FYI knife crime data", sender=c.person("Denise", "Jones"))

# 55. Vice-style magazine newsletter on extremism documentary
add("bulk", """UNDERCOVER - new documentary out now

"Inside the Active Clubs": our reporter spent six months inside the far-right fitness groups that
train young men in combat sports and talk about a coming "race war". What she found was less organised
than the headlines suggest - and, in some ways, more worrying.

Watch now (48 min). Contains strong language and discriminatory views.

Undercover Media | Unsubscribe
""", NEWS, subject="New documentary: Inside the Active Clubs", sender=("Undercover Media", "docs@undercovermedia.tv"),
    headers=c.newsletter_headers())

# 56. Romanian member's comment on a UK news story about attacks on Romanian shop, non-native
add("other", """Buna Rhian,

You see this in the news? Somebody throw a brick in the window of the Romanian shop in Pontypridd, the
one near the station. The owner is my friend Cosmin. He is ok, nobody hurt, only the window and he is
very upset. Police say maybe is hate crime. He ask me if the Labour can do something, maybe the
councillor visit him? He is a good man, he pay his taxes, he work 7 days.

Thank you,
Ioana""", NEWS, ("non-native",), subject="the shop of my friend", sender=c.person("Ioana", "Marin", "yahoo.com"))

# 57. Friend's sarcastic comment on council 'massacre' headline
add("other", c.forward("""'Budget bloodbath'. It's a 3% cut to the parks budget, Western Courier. Calm down.""",
"""BUDGET BLOODBATH: Council axes parks, libraries in savage cuts
The council's cabinet last night approved what opposition members called a "massacre" of local services.""",
    "Western Courier <news@westerncourier.wales>", "BUDGET BLOODBATH"),
    META, ("forwarded",), subject="Fwd: BUDGET BLOODBATH", sender=c.person("Emma", "Watkins"))

# 58. Human rights newsletter on Turkey/Kurdish politicians jailed
add("bulk", """Dear supporter,

This month, a court in Diyarbakır sentenced the co-mayor of a Kurdish city to 12 years in prison for
"membership of a terrorist organisation" - on the evidence of speeches she gave at public rallies. She
is the 80th elected mayor removed from office in the region since 2016.

Please sign our letter to the Turkish ambassador.

Thank you,
Peace in Kurdistan Campaign
""", NEWS, subject="80 elected mayors removed", sender=("Peace in Kurdistan Campaign", "info@peaceinkurdistan-campaign.org"),
    headers=c.newsletter_headers("Action Network"))

# 59. Member forwards a local news story with photos of the secretary at a vigil (benign)
add("other", """Rhian, you're in the paper! Third photo down, holding a candle at the vigil for the Grangetown boy.
Lovely piece actually, very respectful.

https://www.cymrutoday.wales/news/grangetown-vigil-hundreds-gather

Jen x""", NEWS, subject="you're in the paper", sender=c.person("Jennifer", "Powell"))

# 60. US gun violence op-ed forwarded by an American cousin to secretary
add("other", c.forward("""Rhian - you asked me at Christmas why I don't own a gun in Texas. This is why. Love, Cousin Marty""",
"""I Sold My Guns. Here's Why.
By Kyle Dorsey

For twenty years I kept a pistol in the nightstand. I told myself it was for protection. Then my
teenage son went through a rough patch, and one night I lay awake doing the math that every gun owner
should do and almost none of us do.""",
    "The Capital Tribune Opinion <opinion@capitaltribune.com>", "I Sold My Guns. Here's Why.", style="gmail"),
    NEWS, ("forwarded",), subject="Fwd: I Sold My Guns. Here's Why.", sender=("Marty Evans", "marty.evans.tx@yahoo.com"))

# 61. Bulk: Hate crime charity newsletter
add("bulk", """Victim Support Cymru - Hate Crime Awareness Week

Hate crime is any crime motivated by hostility towards someone's race, religion, sexual orientation,
disability or gender identity. Last year police in Wales recorded more than 4,500 hate crimes, but we
know most are never reported.

This week our volunteers will be at Merthyr bus station (Tuesday), Aberdare market (Wednesday) and
Pontypridd library (Thursday).

You don't have to go to the police to get support from us.
""", NEWS, subject="Hate Crime Awareness Week", sender=("Victim Support Cymru", "newyddion@victimsupport-cymru.org.uk"),
    headers=c.newsletter_headers("Mailchimp"))

# 62. Weird Welsh folklore list post - Gwrach y Rhibyn, Cŵn Annwn
add("bulk", """Annwyl aelodau,

Our Calan Gaeaf storytelling evening is on 31 October at the Llancaiach Fawr manor. Tales will include
the Gwrach y Rhibyn, the hag whose scream foretells a death in the family; the Cŵn Annwn, the hounds of
the underworld who hunt the souls of the damned across the mountain; and the ghost of the Civil War
steward who is said to still climb the stairs.

Candlelit, mulled wine, not suitable for young children.

Cymdeithas Llên Gwerin Morgannwg / Glamorgan Folklore Society
""", WORD, subject="Calan Gaeaf: tales of the Gwrach y Rhibyn and the Cŵn Annwn",
    sender=("Glamorgan Folklore Society", "llengwerin.morgannwg@gmail.com"), charset="utf-8",
    headers=c.list_headers("Glamorgan Folklore members", domain="googlegroups.com"))

# 63. Podcast newsletter about political violence, British
add("bulk", """THE WESTMINSTER PODCAST - new episode

"Could it happen here?" - political violence in Britain

After the attack on a German campaigner and the shooting of a US senator, we ask whether British
politics is heading the same way. With a former Home Office counter-extremism adviser, a Labour MP who
has had a man jailed for threatening her, and a Tory councillor who now canvasses with a bodycam.

Listen: 52 min.

Unsubscribe
""", NEWS, subject="New episode: Could it happen here?",
    sender=("The Westminster Podcast", "pod@westminsterpodcast.co.uk"), headers=c.newsletter_headers())

# 64. Friend forwarding a 'Which? scam' newsletter: 'hackers attack'
add("other", c.forward("""Rhian, check the treasurer's email isn't one of these - the CLP bank account got one of these "your account is under attack" texts last month didn't it?""",
"""Scam alert: "Your account is under attack" texts
Fraudsters are sending texts claiming your bank account is "under attack by hackers" and urging you to
call a number to "secure" it.""", "Which Way Scam Alerts <scams@whichway.co.uk>", "Scam alert: 'Your account is under attack' texts"),
    WORD, ("forwarded",), subject="Fwd: Scam alert", sender=c.person("Hazel", "Griffiths"))

# 65. International: Kenyan/UK? Done elsewhere. Do: Northern Ireland news digest: paramilitary threats to journalists
add("bulk", """BELFAST BRIEFING

PSNI warn two journalists of "credible threat" from dissident group
Two Belfast-based reporters have been warned by police of a threat to their lives from a dissident
republican group, the NUJ said. The union called the threats "an attack on press freedom".

Loyalist bonfire row: council to review policy
Riots in Derry: petrol bombs thrown at police in Creggan

Belfast Briefing | Unsubscribe
""", NEWS, subject="PSNI warn journalists of 'credible threat'", sender=("Belfast Briefing", "briefing@belfastbriefing.co.uk"),
    headers=c.newsletter_headers("Mailerlite"))

# 66. Friend: "shoot me a text" + article link on canvasser safety training
add("other", """Hiya, shoot me a text when you're free - want to talk about that safety training thing the party's
launched (saw it in the Welsh Labour bulletin). Might be good for the new lot we recruited in May.

Also saw the Cymru Today story about the Senedd letters. Mad.

Gav""", WORD + NEWS, subject="text me", sender=c.person("Gavin", "Jenkins", "gmail.com"))

# 67. History society bulk: Chartist trial re-enactment in Monmouth
add("bulk", """NEWPORT CHARTIST SOCIETY

Re-enactment: The Trial of John Frost, Monmouth Shire Hall, Saturday 10 January

Join us in the very courtroom where John Frost, Zephaniah Williams and William Jones were tried for
high treason in 1840 and sentenced to be hanged, drawn and quartered. Audience members will act as the
jury. (Spoiler: history says guilty. You might disagree.)

Tickets GBP 8.
""", WORD, subject="Re-enactment: the Trial of John Frost",
    sender=("Newport Chartist Society", "info@newportchartists.org.uk"), headers=c.newsletter_headers())

# 68. Final: daughter forwarding article to mum (secretary) about a crime novel set in valleys, short
add("other", """Mam, they've made a TV series of that murder book set in Merthyr that you loved! On StreamBox in
January. Don't watch it without me.

Cerys xx""", WORD, subject="your murder book!!", sender=c.person("Cerys", "Evans", "icloud.com"))

c.write()
