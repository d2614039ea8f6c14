"""train / tq4: film, TV and theatre newsletters, book clubs on crime fiction, sport results and club
news, history and re-enactment societies. Hard negatives: violent words in titles, listings,
results and history. Every word of every message is hand-written; the helpers below only wrap
text in shapes.
"""
import html as _h
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tq4", seed=3004)
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


def listing_html(brand, bg, fg, films, footer):
    """A cinema/TV listings grid around hand-written (title, cert, when, blurb) entries."""
    rows = "".join(
        f'<tr><td style="padding:12px;border-bottom:1px solid #333;vertical-align:top;width:70%">'
        f'<div style="font:bold 18px Arial;color:{fg}">{_h.escape(t)} <span style="font-size:12px;'
        f'border:1px solid {fg};padding:0 4px">{_h.escape(cert)}</span></div>'
        f'<div style="font:14px/1.4 Arial;color:#ccc;margin-top:4px">{_h.escape(b)}</div></td>'
        f'<td style="padding:12px;border-bottom:1px solid #333;font:bold 13px Arial;color:#fff;vertical-align:top">'
        f'{_h.escape(w)}</td></tr>' for t, cert, w, b in films)
    return (f'<html><body style="margin:0;background:{bg}"><table width="100%" cellpadding="0" cellspacing="0">'
            f'<tr><td align="center"><table width="600" style="background:#111">'
            f'<tr><td colspan="2" style="padding:20px;font:bold 30px Impact,Arial;color:{fg};letter-spacing:2px">'
            f'{_h.escape(brand)}</td></tr>{rows}'
            f'<tr><td colspan="2" style="padding:16px;font:11px Arial;color:#888">{_h.escape(footer)} '
            f'<a href="#" style="color:#888">Unsubscribe</a></td></tr></table></td></tr></table></body></html>')


def listing_text(brand, films, footer):
    out = [brand, ""]
    for t, cert, w, b in films:
        out += [f"{t} ({cert}) - {w}", b, ""]
    return "\n".join(out + [footer])


NEWS = ("news-about-threats",)
WORD = ("benign-violent-word",)
META = ("metaphor",)

# ============================== FILM, TV, THEATRE ==============================================

# 1. Independent cinema horror season, alt, with BBFC 'threat' descriptors
films = [
    ("The Texas Chain Saw Massacre", "18", "Fri 31 Oct 21:00",
     "The 1974 original, newly restored. Strong bloody violence, strong threat."),
    ("Halloween", "15", "Sat 1 Nov 20:30", "Carpenter's masterpiece. Strong violence, threat."),
    ("Don't Look Now", "18", "Sun 2 Nov 18:00", "Venice, grief and a small figure in a red coat."),
    ("Stalker", "PG", "Wed 5 Nov 19:00",
     "Not that kind of stalker: Tarkovsky's slow, hypnotic journey into the Zone. Bring patience."),
]
add("bulk", listing_text("THE REGAL - FRIGHT NIGHTS SEASON", films, "The Regal, Hatherley. Members get 2-for-1 on Wednesdays."),
    WORD, subject="Fright Nights: Chain Saw Massacre restored, Halloween, Don't Look Now",
    sender=("The Regal Hatherley", "boxoffice@theregalhatherley.co.uk"), fmt="alt",
    html_body=listing_html("FRIGHT NIGHTS", "#000", "#ff3b3b", films, "The Regal, Hatherley."),
    headers=c.newsletter_headers("Mailchimp"))

# 2. Streaming service 'new this week', HTML only
add("bulk", "", WORD, subject="New this week: Stalker, Revenge Season 2, and The Murders at Hollow Farm",
    sender=("StreamBox", "hello@mail.streambox.tv"), fmt="html", headers=c.newsletter_headers(),
    html_body="""<html><body style="background:#141414;color:#fff;font-family:Helvetica,Arial">
<div style="max-width:600px;margin:auto;padding:20px">
<p style="color:#e50914;font-weight:bold;font-size:22px">STREAMBOX</p>
<p>Hi Priya, here's what's new this week.</p>
<h3>Stalker</h3><p>She moved to the coast to get away from him. He moved in next door. A six-part
psychological thriller. 15 - strong threat, violence, domestic abuse themes.</p>
<h3>Revenge - Season 2</h3><p>The Grayson family thought it was over. It's only just begun.</p>
<h3>The Murders at Hollow Farm</h3><p>A true-crime documentary series revisiting the 1994 killings that
shocked a Somerset village.</p>
<p style="font-size:11px;color:#777">You're receiving this because you're a StreamBox member. <a href="#" style="color:#777">Unsubscribe</a></p>
</div></body></html>""")

# 3. TV critic's weekly pick newsletter, British
add("bulk", """THE BOX - what to watch this week, by Fiona Wallace

Pick of the week: Cold Blood (Sunday, 9pm)
The best British police drama since the one we're all sick of people comparing things to. A detective
sergeant in Hull investigates a killing in a tower block and discovers the victim had reported
threats to the council eleven times. It's angry, clever and beautifully acted, and the fourth
episode contains the most nerve-shredding twenty minutes of television I've seen this year.

Also worth your time:
- The Hunted (Tuesday): a wildlife documentary in which an orca kills a great white shark. You will
  never go in the sea again.
- Gogglebox (Friday): still the funniest thing on telly.
- Killing Eve repeats (daily): Jodie Comer doing accents and murders. Perfect.

Avoid: The Big Quiz Bash (Saturday). I'd rather be stabbed.

Fiona

The Box | Unsubscribe
""", WORD, subject="The Box: Cold Blood is the best police drama in years",
    sender=("Fiona Wallace", "thebox@fionawallace.tv"), headers=c.newsletter_headers("Substack"))

# 4. YouTube notification
add("bulk", """Crime Files UK uploaded a video

The Stalker Who Lived in the Walls | The Case of Marion Hale
31:12

In 2003, a woman in Stoke kept hearing noises in her loft...

Watch now

You're receiving this email because you subscribed to Crime Files UK. Unsubscribe.
YouTube, LLC 901 Cherry Ave, San Bruno, CA 94066, USA
""", WORD + NEWS, ("social",), subject="Crime Files UK just uploaded a video",
    sender=("YouTube", "noreply@youtube.com"), headers=c.newsletter_headers())

# 5. Film magazine list-feature newsletter
add("bulk", """REEL - the film newsletter

The 25 greatest revenge thrillers, ranked

25. Kill Bill: Vol. 2
24. Death Wish (no, we're not defending it, we're just being honest)
...
3. Oldboy
2. Get Carter
1. The Count of Monte Cristo (1934) - the original revenge story, and still the best

Disagree? Of course you do. Tell us on social media.

Also this week:
- Interview: the director of Stalker on making a thriller about coercive control
- Why horror is the most political genre

REEL | Unsubscribe
""", WORD, subject="The 25 greatest revenge thrillers, ranked",
    sender=("REEL", "editors@reelmagazine.co.uk"), headers=c.newsletter_headers("Campaign Monitor"))

# 6. Theatre: Macbeth and Sweeney Todd
add("bulk", """HATHERLEY PLAYHOUSE - SPRING SEASON NOW ON SALE

MACBETH
3 - 21 March
"Is this a dagger which I see before me?" Shakespeare's bloodiest tragedy in a thrilling new
production set in a 1970s Scottish steelworks. Contains violence, strobe lighting and scenes some
may find disturbing. Age guidance 12+.

SWEENEY TODD: The Demon Barber of Fleet Street
8 - 26 April
Attend the tale! Sondheim's masterpiece of murder, meat pies and revenge, performed by Hatherley
Operatic Society.

Relaxed performance: Saturday 14 March, 2pm.

Box office 01632 960 777. Hatherley Playhouse | Unsubscribe
""", WORD, subject="Spring season: Macbeth and Sweeney Todd now on sale",
    sender=("Hatherley Playhouse", "boxoffice@hatherleyplayhouse.org.uk"), headers=c.newsletter_headers("Mailchimp"))

# 7. Murder mystery fundraiser - a member asks about it -> query
add("query", """Hi Priya,

I'm helping organise the murder mystery night for the Brockwell branch fundraiser (the one where
everyone dresses up 1920s and somebody "dies" between the starter and the main). A couple of
questions before I book the script:

1. Do we need to do anything special because it's a party fundraiser - like do the tickets need to say
   who's promoting it?
2. Can we use the CLP's raffle licence or does the branch need its own?

We're thinking Saturday 7 March at the Millfield Community Centre, about 60 people.

Thanks!!
Rosa (Brockwell branch social sec)""", WORD, subject="murder mystery night - couple of questions",
    sender=c.person("Rosa", "Martin"))

# 8. Friend recommending a true-crime doc, other, chatty
add("other", """Priya!! Have you started The Murders at Hollow Farm yet? I watched all five episodes in one go
last night and now I don't trust anyone in Somerset. The detective is SUCH a character. Also the vicar
definitely knew more than he said.

Anyway, no spoilers. Text me when you've finished. Are you coming to Kemi's on Saturday?

Moira x""", NEWS, subject="Hollow Farm!!!", sender=c.person("Moira", "McKenzie", "icloud.com"))

# 9. Letterboxd-like social notification
add("bulk", """Tom Fletcher reviewed a film you've watched

Kill Bill: Vol. 1 (2003) ★★★★½

"Still the most fun I've had watching someone settle a grudge. The Crazy 88 fight is a ballet with
fake blood. Uma deserved an Oscar for the eyebrow alone."

3 likes · 1 comment

View review | Turn off these emails
""", WORD, ("social",), subject="Tom Fletcher reviewed Kill Bill: Vol. 1",
    sender=("Framebox", "notifications@framebox.social"), headers=c.newsletter_headers(), charset="utf-8")

# 10. Horror convention newsletter
add("bulk", """SCREAMFEST NORTH 2027 - FIRST GUESTS ANNOUNCED

The undead are coming back to Manchester Central on 12-13 June!

First guests: the actor who played the killer in the original "Hook Lane Murders", the special effects
team behind "Gutted", and a live Q&A with the cast of "Revenge of the Scarecrow".

Zombie walk, cosplay contest, SFX make-up workshops (learn to do a realistic stab wound!), and the
horror film quiz of death.

Early bird tickets end Friday.

ScreamFest North | Unsubscribe
""", WORD, subject="ScreamFest North: first guests announced, early bird ends Friday",
    sender=("ScreamFest North", "news@screamfestnorth.co.uk"), fmt="alt", headers=c.newsletter_headers())

# 11. Film club list post discussing Peeping Tom
add("bulk", """Dear members,

Next Tuesday's screening is Michael Powell's "Peeping Tom" (1960), the film that ended his career in
Britain. A young cameraman murders women while filming their faces. Critics at the time were
appalled; one said the only satisfactory way to dispose of it would be to "shovel it up and flush it
swiftly down the nearest sewer". It is now considered one of the greatest British films ever made.

Discussion after, led by Martin. Please note the film contains scenes of violence and some viewers may
find it distressing.

Cheers,
Deborah
Hatherley Film Society

--
Hatherley Film Society members list
hfs-members@lists.hatherleyfilm.org.uk
""", WORD, subject="[HFS] Tuesday: Peeping Tom (1960)", sender=c.person("Deborah", "Allen"),
    to="hfs-members@lists.hatherleyfilm.org.uk", headers=c.list_headers("hfs-members", domain="lists.hatherleyfilm.org.uk"))

# 12. True crime podcast newsletter (invented case)
add("bulk", """MURDER ON THE MOORS - the podcast

Episode 6 is out now: "The Letters"

In the last week of her life, Janet Cole received four anonymous letters. The police kept them in an
evidence box for 35 years. This week, for the first time, a forensic linguist reads them - and tells
us what kind of person wrote them.

Content note: this episode discusses violence against women.

Patrons get the ad-free version on Thursday.

Murder on the Moors | Unsubscribe
""", NEWS, subject="Episode 6: The Letters", sender=("Murder on the Moors", "hello@murderonthemoors.fm"),
    headers=c.newsletter_headers("Mailerlite"))

# 13. Netflix-style recommendation, robot, no headers
add("bulk", """Because you watched Mindhunter

Priya, we think you'll love these:

The Confession Tapes
Serial Killer With Piers
Don't F**k With Cats: Hunting an Internet Killer
Night Stalker: The Hunt for a Serial Killer

Watch now

Questions? Visit the Help Centre.
This message was mailed to secretary@hatherleylabour.org.uk by StreamBox.
""", WORD, subject="Because you watched Mindhunter", sender=("StreamBox", "info@account.streambox.tv"))

# 14. Radio drama listing
add("bulk", """ON AIR THIS WEEK - Drama

Monday, 2.15pm: "The Poison Garden" by Miriam Kaye
A retired botanist is suspected of murdering her husband with a plant from her own greenhouse. The
village knows she did it. The problem is proving it.

Saturday, 9pm: "Lights Out" - a horror anthology for the long nights. This week: "The Knock".

Radio North Drama | Manage emails
""", WORD, subject="On air: The Poison Garden, Lights Out", sender=("Radio North", "drama@radionorth.co.uk"),
    headers=c.newsletter_headers())

# 15. Friend's quoted reply about going to see a thriller, other
add("other", c.quote_reply("""Yes! Friday works. But I'm not sitting through that revenge one again, I had nightmares last time. Can we see the Nolan one instead? Or anything with no stabbings. Or at least fewer stabbings.""",
"""Cinema Friday? The new Revenge film's out and there's a 2-for-1 on Wednesdays but I can't do Weds.
P""", quoted_from="%s <%s>" % SEC, style="gmail"),
    WORD, ("quoted",), subject="Re: cinema", sender=c.person("Naomi", "Wilson"))

# 16. Killers of the Flower Moon-style review from friend, rambling, other
add("other", """Priya,

Finally watched that three-and-a-half hour western you said I had to see. It's brilliant and I hated
every minute of it, which I suspect is the point. The way the murders just pile up and nobody does
anything - I kept thinking about the bit in the last GC where someone said "nobody cares until it's on
the news". Anyway. Thanks for the rec. I've now got to watch something with puppies in it.

Chris""", WORD, subject="that film", sender=c.person("Chris", "Owen"))

# ============================== BOOKS ==========================================================

# 17. Book club list post reviewing a crime novel
add("bulk", """Hi all,

My thoughts on "The Quiet Killing" ahead of Thursday, for those who can't make it:

I expected a cosy village whodunnit and got something much darker. The murder of the postmistress in
chapter two is handled with real restraint - you never see it, you just see the village closing
ranks. DI Hester Crane is a brilliant creation, grumpy and clever, and I loved that the killer's
motive turns out to be something as small and human as an old grudge over a garden boundary.

My only quibble: the stalker subplot with the journalist felt tacked on, and the ending is rushed.

4/5. Bring cake.

Sue

--
Brockwell Readers mailing list
brockwellreaders@groups.io
""", WORD, subject="[BrockwellReaders] The Quiet Killing - my review", sender=c.person("Sue", "Harris"),
    to="brockwellreaders@groups.io", headers=c.list_headers("Brockwell Readers", domain="groups.io"))

# 18. Library newsletter: crime fiction month
add("bulk", """HATHERLEY LIBRARIES - What's On in November

It's Crime Fiction Month!
- "Killer Reads" book group: Tuesday 11th, 6.30pm, Central Library. This month: "A Knife in the Fog".
- Meet the author: Janice Overend, whose novel "Dead Man's Ditch" was shortlisted for the Gold Dagger,
  in conversation on Thursday 20th.
- Forensics for beginners: a retired crime scene investigator explains what TV gets wrong. Ages 14+.

Also: free IT help sessions on Fridays, and the children's Lego club is back.

Hatherley Libraries | Unsubscribe
""", WORD, subject="Crime Fiction Month at your library",
    sender=("Hatherley Libraries", "libraries@hatherley.gov.uk"), headers=c.newsletter_headers("GovDelivery"))

# 19. Publisher newsletter, HTML alt
add("bulk", """DEADLY PAGES - new crime and thrillers this month

THE POISONER'S DAUGHTER by Helena Marsh
She was seven when her mother was hanged for murder. Now she's a doctor, and the deaths have started
again.

BLOOD ON THE SNOW by Anders Lind
A Scandi noir in which a politician is found dead in a frozen lake the night before an election.

KILL SHOT by T. R. Kane
Ex-soldier. Sniper. One last job.

Pre-order now. Deadly Pages is brought to you by Harwood & Fell. Unsubscribe.
""", WORD, subject="New this month: The Poisoner's Daughter, Blood on the Snow, Kill Shot",
    sender=("Deadly Pages", "newsletter@deadlypages.co.uk"), fmt="alt", headers=c.newsletter_headers("Campaign Monitor"))

# 20. Member of the CLP's political book group proposes a thriller, other
add("other", """Priya - for the Red Readers group, how about something lighter after the Piketty? I'm proposing
"House of Cards", the original Michael Dobbs novel. Chief whip bumps off a journalist on a roof garden
to become PM. Very 1989. We could pair it with the TV series and a glass of wine. Francis Urquhart
would have made an excellent CLP secretary, no offence.

Graham""", WORD, subject="Red Readers next book", sender=c.person("Graham", "Bell"))

# 21. Crime writing festival newsletter
add("bulk", """DARK DALES CRIME WRITING FESTIVAL

Tickets on sale Monday!

This year's highlights:
- "Killing Time": four bestselling authors on how they plot a murder
- "The Real CSI": a Home Office pathologist on the cases that haunt her
- "Stalkers, Trolls and Poison Pens": why crime fiction has turned to online menace
- The Dark Dales Crime Quiz (with a cash bar, thankfully)

Festival runs 17-20 July in Hatherley Spa.

Dark Dales Festival | Unsubscribe
""", WORD, subject="Dark Dales 2027: tickets on sale Monday",
    sender=("Dark Dales Festival", "info@darkdalesfestival.co.uk"), headers=c.newsletter_headers("Mailchimp"))

# 22. Goodreads-like notification
add("bulk", """Jacqueline has added a book to her "read" shelf

A Knife in the Fog by Bradley Harper
Jacqueline rated it ★★★★
"Arthur Conan Doyle hunting Jack the Ripper. Ridiculous premise, great fun."

Like | Comment
Unsubscribe from friend updates
""", WORD, ("social",), subject="Jacqueline rated A Knife in the Fog",
    sender=("BookNook", "updates@booknook.com"), headers=c.newsletter_headers(), charset="utf-8")

# 23. Audiobook recommendation email
add("bulk", """Priya, your next great listen is waiting.

Based on your library, we think you'll love:

THE SILENT WITNESS by Marcus Hale, narrated by Adjoa Andoh
A murder trial. A juror who knows too much. 11 hrs 20 mins.

You have 1 credit available.

Listen now | Manage email preferences
""", WORD, subject="Your next great listen: The Silent Witness",
    sender=("Hearwell", "recommendations@hearwell.co.uk"), headers=c.newsletter_headers())

# 24. Book club reply thread quoted, discussion about a violent novel
add("bulk", c.quote_reply("""I have to disagree with Sue. The stalker subplot was the most frightening thing in the book. The letters he leaves on her car, the way he knows what she had for lunch - that's exactly how it happens in real life, my cousin went through it. I thought the author handled it really well.

Anyway see you all Thursday. I'll bring the lemon drizzle.

Bev""", """My only quibble: the stalker subplot with the journalist felt tacked on, and the ending is rushed.
4/5. Bring cake.
Sue""", quoted_from="Sue Harris <sue.harris@gmail.com>", style="gmail"),
    WORD, ("quoted",), subject="Re: [BrockwellReaders] The Quiet Killing - my review",
    sender=c.person("Bev", "Watson"), to="brockwellreaders@groups.io",
    headers=c.list_headers("Brockwell Readers", domain="groups.io"))

# 25. Bookshop newsletter, short
add("bulk", """Hello from Chapter & Verse!

Signed copies of "Dead Man's Ditch" are in. Janice popped in yesterday and signed the lot. Also: our
staff pick this month is a gloriously gory Victorian murder mystery, and there's 10% off all crime
fiction until Sunday.

Mulled wine at the late-night opening on the 12th.

Chapter & Verse Books, 14 Abbey Street, Hatherley
""", WORD, subject="Signed copies in + 10% off crime", sender=("Chapter & Verse", "shop@chapterandversebooks.co.uk"))

# ============================== SPORT ==========================================================

# 26. Football club newsletter, 'massacre at Anfield'
add("bulk", """THE BLUE REVIEW - Official Club Newsletter

MASSACRE AT ANFIELD

Well. That happened. We travelled to Merseyside in hope and came home having shipped seven. The
manager was honest afterwards: "We were slaughtered, there's no other word. I apologise to every
supporter who made that journey."

The good news, if there is any: we've got a home game on Tuesday and a chance to put it right.

Tickets for the Wolves game are on general sale now. Season ticket holders, your renewal window
opens 1 March.

Up the Blues.

Hatherley Town FC | Unsubscribe
""", META, subject="Massacre at Anfield: the manager's verdict",
    sender=("Hatherley Town FC", "newsletter@hatherleytownfc.co.uk"), fmt="alt", headers=c.newsletter_headers())

# 27. Fantasy football friend, other, banter
add("other", """Mate. I got absolutely SLAUGHTERED this week. 23 points. My captain got sent off in the 12th minute
and my keeper let in five. Dave's sitting top of the league being smug about it in the group chat.

Revenge will be mine. Gameweek 14. Mark my words.

Also are you coming to the quiz Thursday or are you stuck in another GC

Lewis""", META, subject="fantasy league carnage", sender=c.person("Lewis", "Jones", "hotmail.com"))

# 28. Cricket club newsletter
add("bulk", """HATHERLEY CC - END OF SEASON ROUND-UP

What a summer. The First XI won the league on the last day with a performance of pure carnage:
Deepak took 7 for 19 with a series of killer yorkers and the opposition were bowled out for 64 before
tea.

Awards night: Friday 17 October, clubhouse, 7.30pm. Bring your own bottle.

Winter nets start in January. The bowling machine has been repaired after last year's unfortunate
incident with the groundsman's shed.

Hatherley Cricket Club | Unsubscribe
""", WORD + META, subject="End of season round-up: carnage, killer yorkers and the league title",
    sender=("Hatherley Cricket Club", "secretary@hatherleycc.org.uk"), headers=c.newsletter_headers("Mailerlite"))

# 29. Automated results email, terse
add("bulk", """RESULTS - Sunday Development League, Division 2

Hatherley Harriers U14 0 - 11 Millfield Rovers U14
Brockwell Juniors U14 3 - 3 Ashgate Athletic U14
St Agnes U14 2 - 1 Hatherley Villa U14

Match report (Millfield Rovers): "A bit of a massacre, sorry Harriers. Good sportsmanship from both
sides and the tea afterwards was excellent."

Full table on the league website. This is an automated email - do not reply.
""", META, subject="Results: Sunday Development League Div 2",
    sender=("Full-Time Results", "noreply@fulltime-results.org.uk"))

# 30. Boxing promotion email
add("bulk", """WAR ON THE WEAR

Saturday 21 February - Sunderland Arena

British middleweight title
"The Assassin" Jordan Leach vs Kieran "Bad News" Doyle

Two fighters who can't stand each other. Twelve rounds. One belt. Somebody's getting knocked out.

Undercard: six local prospects including Hatherley's own Amina Yusuf.

Tickets from GBP 40.

Knockout Promotions | Unsubscribe
""", WORD, subject="WAR ON THE WEAR: The Assassin vs Bad News",
    sender=("Knockout Promotions", "tickets@knockoutpromotions.co.uk"), fmt="alt", headers=c.newsletter_headers())

# 31. Parkrun newsletter
add("bulk", """Hatherley Park parkrun - Event #412

This week 287 parkrunners and walkers took part, with 31 first-timers. Special well done to Maureen,
who completed her 100th parkrun at the age of 79 and says that hill "is still a killer".

Volunteers needed for next week: marshals at the bottom of the hill (bring a hat) and a tail walker.

Thanks as always to our brilliant volunteers.

Hatherley Park parkrun | Unsubscribe
""", WORD, subject="Hatherley Park parkrun results, event #412",
    sender=("Hatherley Park parkrun", "hatherleypark@parkrun.com"), headers=c.newsletter_headers())

# 32. Darts: 'killer' game at pub
add("bulk", """Hi all,

Darts league Monday: we're away at the Fox & Hounds. Lift share from the Crown at 7.15.

After the match we'll do a round of Killer for a fiver in - last man standing takes the pot. Gaz,
you're banned from throwing first after last week.

Cheers
Big Al (captain)

--
Crown Darts Team mailing list
""", WORD, subject="[crowndarts] Monday: away at the Fox + Killer after", sender=c.person("Alan", "Price"),
    to="crowndarts@googlegroups.com", headers=c.list_headers("Crown Darts Team", domain="googlegroups.com"))

# 33. Clay pigeon shooting club newsletter
add("bulk", """HATHERLEY & DISTRICT CLAY SHOOTING CLUB

Sunday shoot: 9am start. Sporting layout, 50 targets. GBP 25 including cartridges.

New shooters: we run a have-a-go session on the first Saturday of every month. Guns, cartridges, ear
and eye protection provided. Under-18s must be accompanied.

A reminder that all members must bring their shotgun certificate to the AGM for the annual check.

Good shooting,
Phil, Club Secretary
""", WORD, subject="Sunday shoot + have-a-go dates", sender=("Hatherley Clay Club", "hatherleyclay@btinternet.com"),
    headers=c.list_headers("HDCSC members", domain="hatherleyclay.org.uk", precedence=False))

# 34. Chess club list
add("bulk", """Evening all,

Result from last night's county league match: Hatherley A 3.5 - 2.5 Millfield.

Board 1 was the game of the night. Hassan sacrificed his queen on move 19 in a Sicilian Dragon, went for
the king, and the attack was so brutal that his opponent resigned on move 24. Absolute carnage. Annotated
game attached.

Club night Wednesday: blitz tournament. Killer instinct required.

Rajesh

--
Hatherley Chess Club
""", WORD, subject="[chess] Hatherley A 3.5-2.5 Millfield - Hassan's queen sac", sender=c.person("Rajesh", "Patel"),
    to="members@hatherleychess.org.uk", headers=c.list_headers("Hatherley Chess Club", domain="hatherleychess.org.uk"))

# 35. Rugby club newsletter - British, metaphors
add("bulk", """HATHERLEY RFC - MATCH REPORT

Hatherley 6 Westbury 48

There's no sugar-coating it: we were battered. Westbury's pack bullied us at every scrum, their winger
ran riot, and by half-time the game was dead and buried. Credit to the lads for never giving up, and
to Tom for the tackle of the season on their number 8, which may have cracked a rib (his own).

Next up: home to Millfield. We need a big crowd.

Hatherley RFC | Unsubscribe
""", META, subject="Match report: battered by Westbury", sender=("Hatherley RFC", "comms@hatherleyrfc.co.uk"),
    headers=c.newsletter_headers("Mailchimp"))

# 36. Self-defence / martial arts club
add("bulk", """HATHERLEY KRAV MAGA - January courses

Women's self-defence, 6 weeks, Tuesdays 7pm. Learn practical strikes, escapes from grabs and how to get
away safely. No experience needed. Tracey has been teaching for 14 years and is terrifying in the best
way.

Kids' martial arts, Saturday mornings.

Book online. Hatherley Krav Maga | Unsubscribe
""", WORD, subject="New January courses: women's self-defence",
    sender=("Hatherley Krav Maga", "info@hatherleykravmaga.co.uk"), headers=c.newsletter_headers())

# 37. Five-a-side league email with disciplinary note
add("bulk", """Hatherley Powerleague - Thursday 6-a-side

Fixtures this week and a reminder from the referees' coordinator: after last week's incident, any
player sent off for violent conduct will be suspended for three matches, no arguments. It's five-a-side,
lads, not a war. Shake hands, have a pint.

Fixtures:
 7pm Pitch 2: Dynamo Kiev Bar Kebab vs Real Ale Madrid
 8pm Pitch 4: The Stabbers (please change your name) vs Inter Yermum

Hatherley Powerleague. You're receiving this as a team captain.
""", WORD, subject="Thursday fixtures + disciplinary reminder",
    sender=("Hatherley Powerleague", "leagues@hatherleypowerleague.co.uk"))

# 38. US sports newsletter, American
add("bulk", """THE BLITZ - NFL Week 12

The Ravens absolutely destroyed the Steelers 41-10. Lamar threw three bombs, the defense recorded six
sacks, and Pittsburgh's offensive line should be investigated for crimes against quarterbacks.

Also: the Jets are dead. Officially. Mathematically eliminated. Start planning for the draft.

Fantasy: who's hot, who's not, and who's getting killed on waivers.

The Blitz | Unsubscribe
""", META + WORD, subject="Ravens destroy Steelers; Jets officially dead",
    sender=("The Blitz", "blitz@gridironmail.com"), headers=c.newsletter_headers())

# 39. Friend's forwarded local sport report with comment, other
add("other", c.forward("""Your nephew's team made the paper! Pity it's for losing 11-0. Tell him chin up, the Harriers'll have their revenge in the cup.""",
"""Millfield Rovers U14 hit eleven in Harriers rout

A hat-trick inside fifteen minutes from striker Jayden Okoro set Millfield Rovers on the way to an 11-0
demolition of Hatherley Harriers.""", "Hatherley Mercury Sport <sport@hatherleymercury.co.uk>",
    "Millfield Rovers U14 hit eleven in Harriers rout"),
    META, ("forwarded",), subject="Fwd: Harriers rout", sender=c.person("Stephen", "Nair"))

# ============================== HISTORY =======================================================

# 40. Local history society lecture on execution of Charles I
add("bulk", """HATHERLEY LOCAL HISTORY SOCIETY

Winter lecture programme

Wednesday 14 January, 7.30pm, United Reformed Church Hall
"A Cruel Necessity: the trial and execution of Charles I" - Dr Mark Ellison

On 30 January 1649 a king of England walked out of a window of the Banqueting House onto a scaffold
and was beheaded in front of a silent crowd. Dr Ellison tells the story of the trial, the men who
signed the death warrant - including one from Hatherley - and what happened to them at the
Restoration, when most were hanged, drawn and quartered.

Members free, visitors GBP 3. Refreshments.

Secretary: Margaret Holmes
""", WORD, subject="Winter lecture: the trial and execution of Charles I",
    sender=("Margaret Holmes", "hatherleyhistory@btinternet.com"),
    headers=c.list_headers("HLHS members", domain="hatherleyhistory.org.uk", precedence=False))

# 41. Re-enactment society list post: Battle of Towton
add("bulk", """All,

Towton Palm Sunday commemoration: we're confirmed for the battlefield walk and living history camp on
29 March. This will be the bloodiest battle ever fought on English soil, restaged in a field with about
sixty of us and a portaloo.

Kit reminders:
- Billmen: check your bills for sharp edges. Last year's first aid log was longer than the muster roll.
- Archers: no real arrows in the display, obviously. Bring the blunts.
- Camp followers: we need more pottage.

We march out from the car park at 10. Casualties lie down on the left-hand side of the field so the
public can see the "dead" and not tread on them.

Yours in sallets,
Will
Captain, the Hatherley Company (Wars of the Roses)

--
hatherleycompany mailing list
""", WORD, subject="[hatco] Towton muster, 29 March", sender=c.person("William", "Carter"),
    to="hatherleycompany@lists.warsoftheroses-living.org.uk",
    headers=c.list_headers("hatherleycompany", domain="lists.warsoftheroses-living.org.uk"))

# 42. Labour history society: Peterloo, Cable Street
add("bulk", """NORTHERN LABOUR HISTORY SOCIETY

Dear members,

Our autumn day school, "Blood on the Streets? Protest and the state, 1819-1984", takes place on
Saturday 15 November at the Mechanics' Institute.

Sessions:
- The Peterloo Massacre, 1819: cavalry, sabres, and the birth of a democratic movement
- The Battle of Cable Street, 1936: how the East End stopped Mosley's blackshirts
- Orgreave, 1984: what the police files still don't tell us

Lunch included. Concessions for unwaged members. Banner-makers welcome.

In comradeship,
Dr Brian Fletcher, Secretary
""", WORD + NEWS, subject="Day school: Peterloo, Cable Street, Orgreave",
    sender=("Northern Labour History Society", "secretary@nlhs.org.uk"), headers=c.newsletter_headers("Mailchimp"))

# 43. Family history forum: ancestor hanged
add("bulk", """Hi everyone,

Breakthrough on my Thomas Ashworth line at last! The reason he vanishes after 1822 is that he was
hanged at Lancaster Castle for sheep stealing. Found the assize record and a newspaper report - "he
went to his death with great composure, and addressed the crowd on the evils of drink". So that's the
family's famous temperance streak explained.

Does anyone know where executed prisoners from Lancaster were buried?

Helen R.

--
Hatherley Family History Group
""", WORD, subject="[HFHG] my ancestor was hanged!", sender=c.person("Helen", "Rogers"),
    to="hfhg@groups.io", headers=c.list_headers("Hatherley Family History Group", domain="groups.io"))

# 44. Archaeology newsletter: mass grave, Viking massacre
add("bulk", """DIGGING DEEP - news from the Archaeological Trust

Excavations at Harrow Field have uncovered the remains of at least 35 young men, apparently executed
and buried in a single pit in the late tenth century. Many show signs of violent blows to the head and
back. Our specialists think they may be Scandinavian raiders killed in the St Brice's Day massacre of
1002, when King Æthelred ordered the killing of all Danes in England.

Open days: 6-7 December. Volunteers needed for finds washing through the winter.

Archaeological Trust | Unsubscribe
""", WORD, subject="Harrow Field: a mass grave from the St Brice's Day massacre?",
    sender=("Archaeological Trust", "diggingdeep@archtrust.org.uk"), headers=c.newsletter_headers("Campaign Monitor"), charset="utf-8")

# 45. Heritage site email: executions on Tower Green tour
add("bulk", """Your tickets: Tower of London

Thank you for booking. Please show this email at the entrance.

Date: Saturday 22 November, 10:00 entry
Adults: 2  Children: 2

Don't miss: the Yeoman Warder tour, including the site of the scaffold on Tower Green where Anne Boleyn
and Lady Jane Grey were executed, and the Crown Jewels. Allow 3 hours.

Historic Palaces Tickets. This is a transactional email.
""", WORD, subject="Your tickets: Tower of London, 22 November",
    sender=("Historic Palaces Tickets", "tickets@historicpalaces-booking.org.uk"))

# 46. Military history society: the Somme
add("bulk", """WESTERN FRONT ASSOCIATION - Hatherley Branch

Next meeting: Thursday 20th, 7.30pm, Royal British Legion Club

"The first day on the Somme: the Hatherley Pals"

On 1 July 1916, 720 men of the Hatherley Pals went over the top at Serre. By nightfall 584 of them were
dead, wounded or missing. Branch member Colin Ward has spent twenty years tracing every one of them.
This is their story.

Poppy appeal volunteers: please collect your trays from the club.

Branch Secretary
""", WORD, subject="Next meeting: the Hatherley Pals on the Somme",
    sender=("WFA Hatherley", "hatherley.branch@wfa-branches.org.uk"),
    headers=c.list_headers("WFA Hatherley branch", domain="wfa-branches.org.uk"))

# 47. Gunpowder plot / bonfire society newsletter - history of the plot to blow up parliament
add("bulk", """HATHERLEY BONFIRE SOCIETY - Bonfire Night 2026

Remember, remember! This year's procession leaves the Market Cross at 6.30pm. Torches GBP 3.

This year's tableau marks the story of the Gunpowder Plot of 1605, in which Robert Catesby and his
fellow conspirators tried to blow up the House of Lords and King James with 36 barrels of gunpowder.
Guy Fawkes was caught in the cellar with a lantern and a slow match. He and seven others were
executed the following January.

(Reminder: the effigy is of Guy Fawkes. No, we are NOT burning an effigy of any living politician this
year, whatever the Facebook poll said.)

Fireworks at 8pm on the Rec. Dogs indoors please.

HBS Committee
""", WORD, subject="Bonfire Night: procession, tableau and fireworks",
    sender=("Hatherley Bonfire Society", "hatherleybonfire@gmail.com"), headers=c.newsletter_headers("Mailerlite"))

# 48. Friend forwards an article on Tolpuddle/Chartists, comment, other
add("other", c.forward("""Priya, for your history buff husband. The Newport Rising stuff is brilliant - did you know they were sentenced to be hanged, drawn and quartered and it was commuted to transportation? Bet the Chartists would have had something to say about our GC.""",
"""The Newport Rising, 1839
On the night of 3-4 November 1839, several thousand Chartists marched on Newport demanding the vote.
Soldiers fired from the Westgate Hotel. At least 22 marchers were killed. The leaders, John Frost,
Zephaniah Williams and William Jones, were convicted of high treason and sentenced to be hanged,
drawn and quartered - the last time that sentence was passed in England and Wales.
""", "Working Class History Digest <digest@workingclasshistory.org.uk>", "The Newport Rising, 1839", style="outlook"),
    WORD, ("forwarded",), subject="FW: The Newport Rising", sender=c.person("Fatima", "Malik"))

# 49. Ripper walk newsletter (historical)
add("bulk", """LONDON WALKS THIS WEEK

The Jack the Ripper Walk - every night at 7.30pm from Aldgate East
Our guide, a former Met detective, takes you through the streets of Whitechapel in 1888 and the five
women whose lives - rather than deaths - we now try to put at the centre of the story.

Also: Haunted Westminster (Fri), Legal London and the Old Bailey (Sat), and the Sherlock Holmes Pub Walk
(Sun).

London Walks | Unsubscribe
""", WORD, subject="This week: Ripper walk, Haunted Westminster, Old Bailey",
    sender=("London Walks", "walks@londonwalks-weekly.co.uk"), headers=c.newsletter_headers())

# 50. Royal British Legion branch Remembrance email
add("bulk", """Royal British Legion - Hatherley Branch

Remembrance Sunday

Parade forms up at 10.15am outside the Town Hall, march to the War Memorial for the two minutes'
silence at 11am. Wreath layers please arrive by 10am and report to Bill.

The names of the 212 men from Hatherley killed in the two World Wars, and the four killed since, will be
read by pupils from Brockwell Academy.

Please wear your medals with pride.

Branch Secretary
""", WORD, subject="Remembrance Sunday arrangements", sender=("RBL Hatherley", "hatherley.branch@rbl-branches.org.uk"),
    headers=c.list_headers("RBL Hatherley", domain="rbl-branches.org.uk", precedence=False))

# 51. History podcast: 'the deadliest riot in British history'
add("bulk", """History Uncovered - new episode

The Gordon Riots, 1780: London burns

For a week in June 1780, mobs roamed London burning Catholic chapels, prisons and the houses of
politicians. Newgate was set ablaze. The Bank of England was attacked. By the time the army restored
order, hundreds were dead and twenty-five rioters were hanged. We ask how a petition against Catholic
relief became the most destructive riot in the city's history.

Listen now.

History Uncovered | Unsubscribe
""", WORD, subject="New episode: The Gordon Riots, 1780", sender=("History Uncovered", "episodes@historyuncovered.fm"),
    headers=c.newsletter_headers())

# 52. Member asks if the CLP banner can go to the Peterloo commemoration -> query
add("query", """Dear Priya,

The Northern Labour History Society are marching to the Peterloo memorial on 16 August for the
anniversary of the massacre, with trade union and party banners. Could we take the old CLP banner from
the cupboard at the Labour Club? Who has the key these days, and does the EC need to agree it?

I'm happy to carry it (well, one pole of it).

Best wishes,
Brian Fletcher
Millfield branch""", WORD, subject="CLP banner for Peterloo commemoration?", sender=c.person("Brian", "Fletcher"))

# 53. English Heritage-like: Battle of Hastings re-enactment
add("bulk", "", WORD, subject="1066: witness the Battle of Hastings on the very field it was fought",
    sender=("Heritage England Events", "events@heritageengland-members.org.uk"), fmt="html",
    headers=c.newsletter_headers("Campaign Monitor"),
    html_body="""<html><body style="font-family:Georgia,serif;background:#f3efe6">
<div style="max-width:580px;margin:auto;background:#fff;padding:24px">
<h1 style="color:#7a1f1f">Battle of Hastings 1066</h1>
<p>Watch more than 1,000 re-enactors clash on the battlefield at Battle Abbey. Feel the ground shake as
the Norman cavalry charge the Saxon shield wall, and see the moment Harold falls.</p>
<p>Plus: living history encampment, falconry, archery have-a-go, and a medieval surgeon explaining
(in grisly detail) how battlefield wounds were treated.</p>
<p><b>Members go free.</b> Book your timed ticket now.</p>
<p style="font-size:11px;color:#777">You are receiving this as a member. <a href="#">Unsubscribe</a></p>
</div></body></html>""")

# 54. Friend replies to secretary, quoted, about history lecture ('beheaded')
add("other", c.quote_reply("""Ha, I know! I got there early and bagged the front row. Dr Ellison brought a replica of the executioner's axe and made poor Margaret hold it. She looked like she wanted to use it on the chap who kept interrupting.

Are we still on for the Indian place after the next one?

Pat""", """Did you go to the Charles I lecture? I was stuck at the EC. Heard it was a full house.
Priya""", quoted_from="%s <%s>" % SEC, style="gmail"),
    WORD, ("quoted",), subject="Re: the king lecture", sender=c.person("Pat", "Holmes"))

# 55. War museum exhibition, alt
add("bulk", """IMPERIAL WAR GALLERY NORTH

New exhibition: "Blitzed: Hatherley Under Fire, 1940-41"

On the night of 8 May 1941, 112 people died when German bombers attacked the Hatherley docks. Eighty
years on, survivors' testimony, photographs and the recovered tail fin of an unexploded bomb tell the
story of the town's worst night.

Open daily, free entry.

IWG North | Unsubscribe
""", WORD, subject="New exhibition: Blitzed - Hatherley Under Fire",
    sender=("IWG North", "exhibitions@iwgnorth.org.uk"), fmt="alt", headers=c.newsletter_headers())

# 56. Short friend text about darts "killer"? done. Short friend message: 'the horror film was murder', other
add("other", """the horror marathon was MURDER. 4 films, 2 bags of popcorn, zero sleep. never again (until next year)""",
    WORD, subject="never again", sender=c.person("Jasmine", "Khan", "gmail.com"))

# 57. Crime fiction reading group's Facebook notification
add("bulk", """Crime Readers UK

Dawn Morris commented on a post you're following

"For anyone who liked The Quiet Killing - try the author's earlier one, Blood Orange Summer. Even darker.
There's a poisoning at a church fete that I still think about."

View comment

This message was sent to secretary@hatherleylabour.org.uk. Unsubscribe.
Meta Platforms Ireland Ltd.
""", WORD, ("social",), subject="Dawn Morris commented on a post you're following",
    sender=("Facebook", "notification@facebookmail.com"), headers=c.newsletter_headers())

# 58. TV listings magazine's daily email: 'murder', 'revenge'
add("bulk", """TONIGHT'S TV

8pm  Midsomer Murders (ITV3) - A morris dancer is found dead in a hay baler.
9pm  Cold Blood (ABN One) - episode 4. The one everyone's talking about.
9pm  Gardeners' World special (ABN Two) - How to kill slugs humanely (is it possible?).
10pm Revenge of the Mummy: Secrets of the Pyramids (Quest)
11pm Film: Die Hard (Channel 5). Yippee-ki-yay.

TV Tonight | Unsubscribe
""", WORD, subject="Tonight: Midsomer Murders, Cold Blood, Die Hard",
    sender=("TV Tonight", "daily@tvtonight.co.uk"), headers=c.newsletter_headers())

# 59. Classic film DVD label newsletter, US English
add("bulk", """CRITERION-ISH COLLECTION - coming in March

THE NIGHT OF THE HUNTER (1955)
Robert Mitchum, "LOVE" and "HATE" tattooed on his knuckles, stalks two children down the river. New 4K
restoration.

DOUBLE INDEMNITY (1944)
"I killed him for money, and for a woman. I didn't get the money, and I didn't get the woman."

ASSAULT ON PRECINCT 13 (1976)

Pre-order now for 20% off.

Archive Films | Unsubscribe
""", WORD, subject="Coming in March: The Night of the Hunter, Double Indemnity, Assault on Precinct 13",
    sender=("Archive Films", "news@archivefilms.us"), headers=c.newsletter_headers())

# 60. Am-dram list post: casting for murder mystery / Agatha Christie
add("bulk", """Dear all,

Auditions for our spring production, Agatha Christie's "The Mousetrap", will be held on Sunday 11th at
2pm in the church hall. We need three women and five men, ages from 20s to 70s. The murderer must be
able to keep a secret for six weeks of rehearsals, which rules out Derek.

Scripts available from me.

Elaine
Hatherley Amateur Dramatic Society

--
HADS members mailing list
""", WORD, subject="[HADS] Auditions: The Mousetrap", sender=c.person("Elaine", "Bailey"),
    to="members@lists.hatherleyads.org.uk", headers=c.list_headers("HADS members", domain="lists.hatherleyads.org.uk"))

# 61. Local paper arts email: review of gory play 'Titus Andronicus' - 'audience members fainted'
add("bulk", """ARTS & WHAT'S ON - Hatherley Mercury

Review: Titus Andronicus, Hatherley Playhouse Studio ★★★★
Three audience members fainted on opening night, and the front row is issued with ponchos. Shakespeare's
bloodiest play - revenge, mutilation, and a pie you really don't want to eat - is staged with
relentless energy. Not for the squeamish.

Also: the Christmas panto is "Sleeping Beauty", with a wicked fairy who "kills it" according to our
eight-year-old reviewer.

Hatherley Mercury | Unsubscribe
""", WORD, subject="Review: Titus Andronicus - three fainted on opening night",
    sender=("Hatherley Mercury Arts", "arts@hatherleymercury.co.uk"), headers=c.newsletter_headers())

# 62. Board game / escape room marketing
add("bulk", """ESCAPE ROOMS HATHERLEY

NEW ROOM: "The Asylum"
You've been locked in the abandoned ward of a Victorian asylum. The doctor who ran it disappeared in
1893. His last patient didn't. You have 60 minutes to escape before he returns...

Perfect for Christmas work parties, hen dos and CLP executive committees who need to learn to work
together (ahem).

Book now - 15% off group bookings in January.
""", WORD, subject="New room: The Asylum", sender=("Escape Rooms Hatherley", "bookings@escaperoomshatherley.co.uk"),
    fmt="alt")

# 63. A member forwards a West End horror play marketing email asking if anyone wants to go, other
add("other", c.forward("""Anyone from the GC fancy this for a post-AGM treat? I've got four tickets and my husband refuses to go ("I've had enough horror at your meetings").

Wendy""", """2:22 A GHOST STORY - final weeks
Jenny believes her new house is haunted. Her husband Sam is having none of it. They'll stay up until
2:22 and then they'll know. "Genuinely terrifying." """, "Theatre Tickets Direct <offers@theatreticketsdirect.co.uk>",
    "Final weeks: 2:22 A Ghost Story"),
    WORD, ("forwarded",), subject="Fwd: 2:22 A Ghost Story - anyone?", sender=c.person("Wendy", "Evans"))

# 64. Book review newsletter from broadsheet
add("bulk", """THE BOOKS PAGE

This week's lead review: "Murder Machine", a history of the Kray twins' London, is "unputdownable
and unpleasant in equal measure". Our reviewer says it gets the violence right and the glamour wrong.

Also reviewed: a novel about a stalker that's really about loneliness; a biography of the hangman
Albert Pierrepoint; and a children's book about a very polite dragon who eats knights.

The Ledger Books | Unsubscribe
""", WORD + NEWS, subject="Books: Murder Machine, the hangman's life, and a polite dragon",
    sender=("The Ledger Books", "books@newsletters.theledger.co.uk"), headers=c.newsletter_headers())

# 65. Football supporters' trust list - protest against owners, metaphors
add("bulk", """Hatherley Town Supporters' Trust

Members,

The owners are killing this club. Forty years of history, and they're bleeding it dry to pay the
interest on their own loans. Enough.

We're holding a peaceful protest before Saturday's game: meet at the Town End at 2pm, black scarves,
no pyro, no trouble. Let's show them the fans are the club.

Trust Board
""", META, subject="The owners are killing this club - protest Saturday",
    sender=("HTFC Supporters' Trust", "board@htfctrust.org.uk"),
    headers=c.list_headers("HTFC Trust members", domain="htfctrust.org.uk"))

# 66. Murder mystery company marketing: 'dinner to die for'
add("bulk", """A DINNER TO DIE FOR

Murder Mystery Evenings at the Grange Hotel

Three courses, a glass of fizz, and a body in the library. Can you solve the crime before dessert?

Friday 13 February: "Death at the Valentine's Ball"
Friday 13 March: "The Poisoned Chalice"

GBP 49 per person. Fancy dress encouraged.

The Grange Hotel, Hatherley | Unsubscribe
""", WORD, subject="A dinner to die for: murder mystery evenings",
    sender=("The Grange Hotel", "events@thegrangehatherley.co.uk"), fmt="alt", headers=c.newsletter_headers("Mailerlite"))

# 67. US true crime newsletter (American English)
add("bulk", """COLD TRAIL - a newsletter about unsolved cases

This week: the Riverside Strangler, 1971

Over nine months, five women were murdered along the same two-mile stretch of river in Sacramento.
Detectives interviewed 2,000 people. A suspect was named in a 1990s book, sued the author, and won. Last
month, new DNA testing pointed somewhere else entirely.

Plus: your tips, and why genetic genealogy is changing everything.

Cold Trail | Unsubscribe
""", NEWS, subject="Cold Trail: the Riverside Strangler and the DNA that changed everything",
    sender=("Cold Trail", "coldtrail@substack.com"), headers=c.newsletter_headers("Substack"))

# 68. Sport: a friend's forwarded club newsletter 'the knives are out for the manager', other
add("other", c.forward("""the knives are out for the gaffer. about time. see u at the protest saturday?""",
"""Sources close to the board say the manager has two games to save his job after the 7-0 defeat at
Anfield. Supporters have called for a protest before Saturday's match.""",
    "Hatherley Mercury Sport <sport@hatherleymercury.co.uk>", "Manager has two games to save his job"),
    META, ("forwarded",), subject="Fwd: Manager has two games to save his job", sender=c.person("Shaun", "Kelly", "live.co.uk"))

c.write()
