# train / ta1 -- safety, centred on implicit and veiled threats (Kelvin North CLP).
# All people, streets and events are invented. Content hand-written.
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ta1", seed=1101)
SEC = c.secretary()
SECF = SEC[0].split()[0]
MP_OFFICE = "catriona.lennox.mp@parliament.uk"

# 1 long LTN rant, menace in two sentences
c.add("safety", subject="Garscube Road 'low traffic' scheme - enough is enough", sender=c.person("Derek", "Baird"), body="""Mr Rennie,

I have written to Ms Lennox three times about the so-called low traffic neighbourhood on Garscube Road and the streets off it and I have had one reply, from an intern, telling me that it is a council matter. Well it is your party that runs the council and it is your MP who stood on a leaflet in a hi-vis vest next to the planters, so don't tell me it has nothing to do with her.

My wife has MS. Her hospital transport now takes twenty five minutes to get round a loop that used to be four. The taxi firm we use has started charging us the extra. The pensioners in the sheltered housing at Ashgrove Court cannot get a delivery before 11 because the vans are stuck on the diversion. Nobody consulted us. There was a "survey" online that nobody over seventy could fill in, and a drop-in at the library on a weekday afternoon when anybody with a job was at it.

I am not some car-mad idiot. I voted Labour for forty years. I leafleted for Donald Dewar. But I've had it.

I'll say this once and you can pass it on. A lot of people round here know which close Ms Lennox stays in, and a lot of them know she walks that wee dog along the canal towpath most nights about ten. I'm not saying anything will happen. I'm saying people are angrier than you lot seem to realise and she's not as anonymous as she thinks.

Take the planters out and this all goes away.

Derek Baird
Ruchill""", tags=("implicit", "embedded"))

# 2 short anon, route home
c.add("safety", subject="tuesday", sender=("K", "kn.watcher77@proton.me"), body=f"""Enjoy the GC on Tuesday {SECF}. Dark early now isn't it. Mind how you go on the walk back up to Queen Margaret Drive.""", tags=("implicit", "veiled"))

# 3 faction fight, conditional / warning
c.add("safety", subject="Council selection - Kelvinbrae ward", sender=c.person("Gordon", "McAllister"), body="""Jamie

It's an open secret that the panel for Kelvinbrae has been fixed for Ross Gilchrist before a single branch has nominated. Everyone in the branch knows it, the regional office knows it and you certainly know it.

I'm telling you now so nobody can say later they weren't told. If that shortlist comes out on the 14th with Ross on it and Maggie off it, there are people in this branch who will not sit quietly and take it, and I won't be stopping them. I'm not threatening anybody, I'm just telling you what happens when you keep pushing folk.

Consider this a warning, comrade.

Gordon""", tags=("conditional", "veiled"))

# 4 wish-harm denying threat
c.add("safety", subject="Re: Garscube Hotel asylum contract", sender=c.person("Stephen", "Kerr", "gmail.com"), body="""I saw Cllr Rashid on the telly defending the hotel again. She doesn't live anywhere near it does she.

Let me be clear I would never tell anyone to do anything to her, I'm a law abiding man. But I'll be honest, if something happened to her on the way home one night I wouldn't shed a tear, and I don't think many on Lyon Street would either. She's brought it on herself.

S Kerr""", tags=("wish-harm",))

# 5 sinister politeness, surgery
c.add("safety", subject="Your surgery", sender=("A. Constituent", "kelvinbrae.resident@outlook.com"), to="cllr.boyle@glasgow-council.example", cc=(SEC[1],), fmt="alt", body="""Dear Councillor Boyle,

Thank you for the leaflet through my door last week. I read it with great interest.

I note that your surgery is held in the small room at Kelvinbrae Community Centre every second Saturday from ten until twelve, and that you generally arrive on your own and leave by the back door onto Shuna Street, where you park.

I look forward to coming along and discussing my concerns with you in person. I will be sure to wait until the others have gone.

With every good wish,
A Constituent""", tags=("implicit", "veiled"))

# 6 children, school
c.add("safety", subject="lovely gala day pics", sender=("Watching", "gala.day.2026@tutanota.com"), body="""Saw the photos of Councillor Munro's two at the gala day on the party facebook. Lovely kids. St Columba's uniform isn't it, the wee one's got the same bag as my niece.

Tell him he might want to think about which side he's on when the school closures vote comes round. It's a small area. Everybody knows everybody's weans.""", tags=("implicit",))

# 7 car
c.add("safety", subject="SN19", sender=("no name", "nn8822@yopmail.com"), body="""Silver Octavia with the baby seat in the back, SN19 and the rest. Outside the office on Kelvinbrae Road Tuesdays and Thursdays, outside her house the rest of the week. Tell her to get a better alarm. Or a different job.""", tags=("implicit",))

# 8 ALL CAPS noisy implicit
c.add("safety", subject="HOTEL", sender=("Concerned Dad", "concerneddadG20@gmail.com"), body="""YOU LOT WANT TO KEEP THEM IN THE GARSCUBE HOTEL 200 YARDS FROM A PRIMARY SCHOOL FINE. WE KNOW WHERE THE MP STAYS AND WE KNOW WHAT NIGHT YOU HAVE YOUR WEE MEETINGS IN THE HALL. LETS SEE HOW YOU LIKE IT WHEN ITS YOUR STREET. DONT SAY NOBODY TOLD YOU""", tags=("implicit", "noisy"))

# 9 explicit
c.add("safety", subject="your canvasser", sender=("Rab", "rab.mc1967@hotmail.co.uk"), body="""One of your lot chapped my door on Sunday during the football and gave me a lecture about the two child cap like I was a moron.

If she or anybody else with a red rosette comes up my stair again I will put them down it. That is not a joke. Take my address off your list.""", tags=("explicit",))

# 10 webform doxxing-ish
c.add("safety", subject="New submission: Contact the CLP", sender=c.form_robot(), reply_to=("Lee", "lb.kn2026@gmail.com"), body=c.webform({
    "Name": "Lee",
    "Email": "lb.kn2026@gmail.com",
    "Postcode": "G20",
    "Subject": "AGM papers",
    "Message": "Thanks for putting the secretary's home address on the AGM nomination form that went round the whole mailing list. Very helpful. Some of us have saved it. Tell him to expect visitors.",
}), tags=("webform", "doxxing", "implicit"))

# 11 forwarded from councillor
c.add("safety", subject="Fwd: see you on the 12th", sender=("Cllr Amina Rashid", "amina.rashid@glasgow-council.example"), body=c.forward(
    f"""{SECF} - this came in to my council email overnight. Probably nothing but I'd rather it was logged. I'm speaking at the Garscube tenants meeting on the 12th as it says. Can we talk about whether someone should come with me? A""",
    """You'll be at the Garscube Tenants and Residents on the 12th. Says so on their page.

So will we.

Bring your pals if you like.""",
    "Garscube Resident <g.res.2026@proton.me>", "see you on the 12th"), tags=("forwarded", "third-party-report", "veiled"))

# 12 quoted reply
c.add("safety", subject="Re: Your email about the Gaza motion", sender=c.person("Callum", "Drysdale"), body=c.quote_reply(
    """Thanks for the form letter.

Here's one back. People remember names, and yours is on the list now alongside everybody else who voted that motion down at the GC. We'll see how well you sleep after the next vote.""",
    f"""Dear Callum,

Thank you for your email about the emergency motion on Gaza at last month's General Committee. I understand how strongly you feel. The motion was debated in full and the GC voted on it in line with our standing orders. Members are welcome to bring a fresh motion through their branch.

Best wishes,
{SEC[0]}
Secretary, Kelvin North CLP"""), tags=("quoted", "veiled"))

# 13 non-native, Romanian-ish
c.add("safety", subject="about councilor Boyle", sender=c.person("Ionut", "Dumitrescu", "yahoo.com"), body="""Hello,

I write about Mr Boyle councilor. He said on the radio that people from my community is making the rubish on Hinshaw street. This is not true, is the landlord who dont take the bins.

I know where is Mr Boyle house, my cousin live in the same street with him, number is near. He must be very carefull what he say about us people. I am not threaten him, I only say he must be carefull because many man from my community are angry and I cannot control what they do.

Please tell him.
Ionut""", tags=("implicit", "non-native", "noisy"))

# 14 long faction fight AGM, embedded
c.add("safety", subject="AGM, the count, and the conduct of some officers", sender=c.person("Moira", "Sutherland"), fmt="alt", body="""Dear Jamie,

I'm writing ahead of the AGM on the 22nd because I want it on record, before the event, that a number of us have serious concerns about how it is being run.

First, the freeze date. Members who joined after the 1st of last month are being told they can't vote, which is the rule, but members who are in arrears by a matter of weeks are also being struck off the eligible list without being given a chance to pay. I know of at least nine in Ruchill branch alone. Every one of them is a supporter of the Kelvin Left slate. You'll forgive me for not believing that's a coincidence.

Second, the hall. The Maryhill Burgh Halls booking holds 140. There are over 400 eligible members. Either you expect most people not to come or you are hoping they won't, and in either case the choice of a Thursday at 6pm when most of our members are on shifts speaks for itself.

Third, the count. We have asked three times who the tellers will be and have been told "it will be handled by officers". That is not good enough. We want two tellers nominated from each slate and we want the ballot papers kept in a sealed box until the count.

I'm a reasonable person and I've been a member of this party for twenty-six years. I have chaired branches, I have run committee rooms, I have sat in freezing sports halls at three in the morning waiting on a result. I know how these things should be done.

I'll say one more thing and then I'll stop. Some of us have long memories and a lot of friends in this part of town. If the count on the 22nd comes out the way everybody expects it to because of the way it's been rigged, I would advise the officers concerned not to hang about in that car park afterwards. I won't be able to answer for what some of the younger ones do and frankly I'm past trying.

I'd appreciate a reply on the tellers by Friday.

Moira Sutherland
Ruchill branch""", tags=("veiled", "embedded", "conditional"))

# 15 count / lock
c.add("safety", subject="count", sender=("Patriot", "kn.patriot.1320@gmail.com"), body="""Count's Thursday night. Hope your wee candidate has a good lawyer and a better lock on her door. Both will come in handy.""", tags=("veiled",))

# 16 route home from the meeting
c.add("safety", subject="same time next month", sender=("Habits", "habits.die.hard@proton.me"), body="""Ruchill branch finishes about five past nine. Yous all come out the side door onto Lyon Street, stand about having a fag and a moan for ten minutes, then most of you go down past the chippy to the subway and the tall one with the bike goes the other way up the hill by himself.

Every month. Same nights. Same route.

Creatures of habit, the lot of you.""", tags=("implicit", "veiled"))

# 17 canvasser, noisy no punctuation
c.add("safety", subject="yous on ashgrove terrace", sender=("dont matter", "gtfo.kn@hotmail.com"), body="""your lot were up ashgrove terrace saturday the lassie with the purple hair and the clipboard tell her no to come back up this way this is no a safe street for her kind and the boys on the corner have seen her face now last time im asking nicely""", tags=("implicit", "veiled", "noisy"))

# 18 staff at office
c.add("safety", subject="Your receptionist", sender=c.person("Brian", "Cullen"), to=MP_OFFICE, cc=(SEC[1],), body="""To whoever is in charge of the Kelvin North constituency office,

The young woman on your front desk was extremely rude to my elderly mother on Monday when she came in about her PIP appeal. She was told to "book an appointment online" and sent away. My mother is 81 and doesn't have the internet.

I have stood across the road a few times this week. I know what time the shutters come down and I know she's the last one out on a Wednesday and waits on the number 40 on her own. If I were her I'd start getting somebody to walk her to the bus.

I expect an apology to my mother in writing.

Brian Cullen""", tags=("implicit", "stalking"))

# 19 "people like you end up"
c.add("safety", subject="the canal", sender=("a neighbour", "neighbour.g20@gmail.com"), body="""People like your MP tend to end up in the canal one of these days. Not a threat. Just an observation about how things go round here for folk who forget where they came from.""", tags=("veiled", "wish-harm"))

# 20 spaced noisy
c.add("safety", subject="surgery", sender=("J", "jx.1990@outlook.com"), body="""the mp wants to be very careful. people are a n g r y. there's a lot of us and we know the d a y s and the t i m e s she does her surgery at the library and we know she only has the one wee guy with her. just letting yous know. have a nice day""", tags=("implicit", "veiled", "noisy"))

# 21 explicit symbol-broken
c.add("safety", subject="labour scum", sender=("X", "x.kn.x@yopmail.com"), body="""the next one of youse that chaps my door wi a leaflet im gonny k!ll them. swear to god. stab the lot of yous. pass it on""", tags=("explicit", "noisy"))

# 22 HTML-only sinister politeness from respectable person
html22 = """<html><body style="font-family:Georgia,serif;font-size:14px">
<p>Dear Ms Lennox,</p>
<p>I write as a long-standing resident of Kelvindale and, until recently, a supporter of your party.</p>
<p>The proposal to site a homeless hostel on the former bowling club ground at Cleveden Gardens has been handled with a contempt for residents that I have rarely encountered in forty years of professional life. I have written separately to the planning department and copied my letter to the Herald.</p>
<p>I would, however, like to add a personal note. I am aware that your family home is not in the constituency but some twelve miles away in Bearsden, and that your husband commutes from there. I should hate for your family to be <i>inconvenienced</i> by the strength of feeling that this decision has aroused. These things have a way of following people home.</p>
<p>I trust you will reconsider.</p>
<p>Yours sincerely,<br>Dr R. Galbraith FRCP (ret.)<br>Cleveden Gardens</p>
</body></html>"""
c.add("safety", subject="Cleveden Gardens hostel", sender=("Dr Robert Galbraith", "rgalbraith@btinternet.com"), to=MP_OFFICE, cc=(SEC[1],), fmt="html", html_body=html22, body="", tags=("html-only", "veiled", "implicit"))

# 23 alt, school merger, embedded children
c.add("safety", subject="Kelvinbank / St Gregory's merger - a parent's view", sender=c.person("Lorraine", "Hendry"), fmt="alt", body="""Hi Jamie,

I'm one of the parent council at Kelvinbank Primary and I've been asked by quite a few parents to get in touch with the CLP directly, because we're getting nowhere with the council.

To recap for anyone who hasn't been following: the proposal is to merge Kelvinbank with St Gregory's on the St Gregory's site from August 2027. That means 300-odd children walking across Maryhill Road at the busiest junction in the ward, a two-year building programme with the kids in portakabins, and a class size that will go up whatever the council says. The consultation closed on a Friday before a school holiday. The "engagement event" was a powerpoint.

The thing that's really got people going is that Councillor Munro chairs the education committee and voted it through, and as everybody at the gate knows, his own two are at Kelvinbank. He'll be taking them out to the private school in Bearsden I suppose.

I want to be fair and say most parents are just upset and want to be listened to. But there are a few dads who've been talking in a way I don't like, and I'd be lying if I said Councillor Munro is going to find the school run very pleasant from now on. People know his car and they know what time he drops off. He might want to let his wife do it for a while.

We'd like a meeting with the MP and with the council group leader before the final vote on the 3rd.

Thanks,
Lorraine Hendry
Kelvinbank Parent Council""", tags=("implicit", "embedded"))

# 24 list post faction
c.add("safety", subject="[KN-members] Re: Motion to suspend comrade Tait", sender=c.person("Euan", "Blackwood"), headers=c.list_headers("KN Members", domain="googlegroups.com"), body="""Comrades,

I see the EC is going to put the suspension of Andy Tait to the GC on Monday as if it's a done deal.

Let me say on this list so there's a record: anyone who votes to throw Andy under the bus to please the regional office will be held to account. And I mean personally, not with a strongly worded tweet. We know who you are, we know where you drink after the meeting, and we'll be there.

Think carefully on Monday.

Euan
Kelvindale branch

--
You received this message because you are subscribed to the Google Groups "KN Members" group.
To unsubscribe from this group and stop receiving emails from it, send an email to kn-members+unsubscribe@googlegroups.com.""", tags=("list", "veiled", "implicit"))

# 25 social FB comment
c.add("safety", subject="Bobby McGlinchey commented on your post", sender=("Facebook", "notification@facebookmail.com"), headers=c.newsletter_headers(), fmt="alt", body="""Bobby McGlinchey commented on your post in Kelvin North Labour.

Bobby McGlinchey
"Aye nice wee office yous have got there on Kelvinbrae Road, seen the pics. Big windaes. Be a shame if they all went in one night wouldn't it"

Like   Reply   Hide

View comment: https://www.facebook.com/KelvinNorthLabour/posts/8812230471?comment_id=55100

You're receiving this because you're an admin of Kelvin North Labour.
Facebook, Meta Platforms Ireland Ltd., Attention: Community Operations, Dublin 2, Ireland
Unsubscribe""", tags=("social", "veiled"))

# 26 social X mention
c.add("safety", subject="@kn_patriot mentioned you", sender=("X", "notify@x.com"), body="""@kn_patriot mentioned you

kn_patriot @kn_patriot
Count finishes about 2am @CatrionaLennoxMP. Long walk back to the car from the Emirates at that time of night. We'll be about. #KelvinNorth #Traitor

Reply   Repost   Like

View on X

You are receiving this email because you have notifications on for mentions. Unsubscribe
X Corp. 1355 Market Street, Suite 900 San Francisco, CA 94103""", tags=("social", "veiled"))

# 27 third-party report, following
c.add("safety", subject="Something that happened after canvassing on Saturday", sender=c.person("Niamh", "Docherty"), body=f"""Hi {SECF},

Not sure who I should tell about this so I'm telling you.

On Saturday Beth and I were doing the Wyndford flats on the afternoon session. About half an hour in a man (white, 50s, grey North Face jacket, a wee terrier) started walking about twenty yards behind us. We thought nothing of it at first. He followed us across three blocks, waited outside each close while we did the stair, and when we went into the Co-op to get away from him he stood outside looking in the window.

When we came out he said "see you next week, hen" to Beth and walked off. We hadn't told anybody we'd be back next week, but it's on the Facebook events page.

We're both a bit shaken. Beth doesn't want to do Wyndford again. Can we make sure there are always at least three of us and maybe take the event off public Facebook?

Niamh""", tags=("third-party-report", "following", "implicit"))

# 28 suspicious item
c.add("safety", subject="Package at office this morning - police called", sender=("Kirsty Mair", "kirsty.mair@parliament.uk"), body=f"""{SECF},

Quick heads up as you're key-holder for the CLP cupboard at the office. When I opened up at 8.40 there was a shoebox-sized parcel wrapped in brown tape sitting on the step, no stamp, no courier label, just "FOR THE TRAITOR" in black marker on the top. I didn't touch it. I've called 999 on the parliamentary security advice and they've put a cordon on the street. I'm across the road in the café.

Please don't send anybody down for the leaflet collection today, and can you let the branch secretaries know.

Will update when I hear anything.

Kirsty
Senior Caseworker, Office of Catriona Lennox MP""", tags=("third-party-report", "suspicious-item"))

# 29 doxxing report
c.add("safety", subject="Morag's address posted on Telegram", sender=c.person("Hamza", "Iqbal"), body="""Jamie,

Someone in my branch sent me a screenshot from a Telegram channel called "Glasgow Says No" (about 3,000 subscribers). It has Morag's full home address, a photo of her front door that looks like it was taken from the street, and the caption "Chair of Kelvin North Labour. Lives here with her wife. Maybe pay her a visit and explain how you feel about the hotel."

There are already 40-odd replies, a few of them saying they're "local" and "know the street".

I've saved the screenshots. Does Morag know? I didn't want to be the one to tell her cold. I think this needs to go to police and to the regional office today.

Hamza
Vice-chair (membership)""", tags=("third-party-report", "doxxing"))

# 30 conditional library
c.add("safety", subject="Kelvinbrae library", sender=c.person("Sandra", "Fyfe"), body="""Councillor Boyle swore blind at the hustings that Kelvinbrae library would not close on his watch. It's on the budget list.

If it shuts, I'll be holding him personally responsible, and I mean personally. Everybody knows he's in the Doublet every Friday from six. I'll be there the first Friday after the vote, and I won't be on my own.

Sandra""", tags=("conditional", "implicit"))

# 31 explicit, office
c.add("safety", subject="office", sender=("anon", "burn.it.kn@proton.me"), body="""I'm going to torch that office of yours on Kelvinbrae Road. Not tonight. But soon. Tell the staff not to be in it.""", tags=("explicit",))

# 32 veiled, workplace of secretary
c.add("safety", subject="Your day job", sender=("A friend", "friend.of.ruchill@outlook.com"), body=f"""{SECF},

Interesting to find out you work at the Western. Ward 7, nights, isn't it? Must be hard getting home at that time.

I wonder whether your manager knows how you spend your evenings. I wonder who else would be interested to find out where you are at 7am on a weekday.

Drop the complaint against Andy and we can all forget about it.""", tags=("implicit", "conditional"))

# 33 non-native Urdu-English, implicit
c.add("safety", subject="Regarding Cllr Amina", sender=c.person("Tariq", "Mahmood", "hotmail.co.uk"), body="""Assalamu alaikum,

I am writing regarding sister Amina Rashid the councillor. She has been speaking in public against the community elders and shaming our families in the newspaper about the marriages issue. This is not her place.

Many brothers in the community is very upset. We know her family, her father is known to us, we know which house her brother is living, we know where she is parking at the mosque on Friday. She should think about her family honour before she is speaking again. It will be better for her.

Please tell her to stop this. It is a friendly advise.

Tariq""", tags=("implicit", "veiled", "non-native"))

# 34 long, budget cuts, date menace
c.add("safety", subject="Budget meeting 26 February", sender=c.person("Alan", "Struthers"), body="""To the CLP secretary,

I'm a Unison steward in the council's cleansing department and I've been a Labour member since I was seventeen. I'm writing as an individual, not on behalf of the branch.

The budget going to full council on the 26th of February cuts 140 posts from cleansing and parks, closes two depots and brings in four-weekly collections for the brown bin. We were told in 2022 that there would be no compulsory redundancies under a Labour administration. We were told the same thing in 2024. We are now being told that "difficult decisions" have to be made and that the SNP government is to blame for the settlement. Maybe it is. I don't care any more. My members are going to lose their jobs and the people voting for it are people we knocked doors for.

I have sat in meeting after meeting with the group leader and the finance convener being polite. I am done being polite.

The 26th is going to be a very long day for everybody who votes for that budget. My members know every one of the councillors by sight, they empty their bins, they know their streets, their cars, which of them have dogs. I'd tell your councillors to think very carefully about how they want that day to go for them, and about the days after.

I am not going to put my name to anything stupid. But I'm not going to stand in the way either.

Alan Struthers""", tags=("implicit", "veiled", "embedded"))

# 35 short menace about selection
c.add("safety", subject="shortlisting", sender=("a member", "kn.member.anon@gmail.com"), body="""heard the shortlists bein decided weds nite in sum1s livin room. tell whoevers hostin we'll no WHICH livin room by thurs. n whos in it""", tags=("veiled", "implicit", "noisy"))

# 36 noisy misspelled long-ish
c.add("safety", subject="you people", sender=c.person("Kenny", "Rooney", "aol.com"), body="""Mr rennie

i rote to yous last month about my neibour and the counsil house extenshun and NOBODY replyd. i seen the councilor Boyle at the shops and he walked past me like i was dirt on his shoe.

well i no were he lives now to. my pal drives the taxi and he dropped him at his hoose on friday. its no hard to find people these days.

i wudnt do nothing stupid. but i want a reply or ill be round to see him at his hoose and ask him myself face to face see how he likes being ignored on his own doorstep.

Kenny""", tags=("implicit", "conditional", "noisy"))

# 37 explicit to MP
c.add("safety", subject="Lennox", sender=("Mark", "mark.r.1979@gmail.com"), body="""She voted to cut the winter fuel for my mother. If my mother dies this winter I will find Catriona Lennox and I will kill her. Print that out and give it to the police, I don't care.""", tags=("explicit", "conditional"))

# 38 veiled "we'll be watching" staff
c.add("safety", subject="Caseworker Kirsty", sender=("Watcher", "kn.watching@proton.me"), to=MP_OFFICE, body="""Kirsty at the MP's office has a very public Instagram. Nice flat in Partick, nice view from the window, nice cat.

Tell her to stop sending out those letters about the hotel. We read them. We read everything. We're very good at reading.""", tags=("implicit", "stalking"))

# 39 quoted inside reply from the MP's office chain
c.add("safety", subject="RE: Surgery appointment", sender=("Kirsty Mair", "kirsty.mair@parliament.uk"), body=c.quote_reply(
    f"""Hi {SECF}, flagging this reply I got from a constituent I'd offered a surgery slot to. Read the last line. I've not replied. Do you know him from the party at all? I think he's an ex-member. K""",
    """Don't need an appointment thanks. I'll catch Catriona on her own some time. Sooner or later everybody's on their own somewhere.

> Dear Mr Haggarty, thank you for your email. The next available surgery
> appointment with Catriona is Saturday 14th at 11.20am at Maryhill library.
> Please reply to confirm.""",
    quoted_from="Gerry Haggarty <g.haggarty55@btinternet.com>"), tags=("quoted", "forwarded", "third-party-report", "veiled"))

# 40 veiled warning about vote
c.add("safety", subject="Monday's vote", sender=("Friend of Andy", "friendofandy@gmail.com"), body="""jus a freindly word.... whoever moves the suspenshun on monday will want to have a lift home aranged.....""", tags=("veiled", "noisy"))

# 41 wish-harm social Insta DM notification
c.add("safety", subject="New message request from @glasgowtruth_", sender=("Instagram", "no-reply@mail.instagram.com"), fmt="html", body="", html_body="""<html><body><table width="100%"><tr><td style="font-family:Helvetica,Arial;font-size:15px;color:#262626">
<p><b>glasgowtruth_</b> wants to send you a message.</p>
<p style="background:#efefef;padding:10px;border-radius:12px">honestly hope someone sorts ur councillor out. not saying me. just sayin if she got jumped coming out that community centre id be buying the guy a pint</p>
<p><a href="https://instagram.com/direct/requests">View request</a></p>
<p style="color:#8e8e8e;font-size:11px">This message was sent to kelvinnorthlabour. Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</p>
</td></tr></table></body></html>""", tags=("social", "html-only", "wish-harm", "noisy"))

# 42 long respectable sounding with conditional
c.add("safety", subject="Planning application 26/01142/FUL - phone mast at Kelvinbrae Park", sender=c.person("Douglas", "Marr"), body="""Dear Secretary,

I am writing on behalf of the Friends of Kelvinbrae Park, a group of about sixty residents, regarding the telecommunications mast proposed at the north gate of the park.

We have made representations through the proper channels. Our objection concerns the loss of amenity, the siting beside the children's play area and the failure of the applicant to consider the alternative site at the depot. We have had support from the community council and a petition of 1,100 signatures.

We had hoped that the local Labour councillors, all three of whom serve on the planning committee, would at least meet us. Only Cllr Rashid has done so.

I should say that there is a faction within our group who take a much less measured view of all this than I do. Some of them are the same people who took down the mast in Springburn in 2021, and I dare say you'll remember what happened to the contractor's van. I have tried to keep them within the group and within the law. If the committee approves the application on the 9th, I am not confident I will be able to do so, and I would not like to be one of the councillors who voted for it walking across that park afterwards.

I would be grateful if you could pass this to the councillors concerned.

Yours faithfully,
Douglas Marr
Convener, Friends of Kelvinbrae Park""", tags=("conditional", "veiled", "embedded"))

# 43 explicit short noisy caps
c.add("safety", subject="TRAITORS", sender=("GLASGOW", "glasgowfirst88@gmail.com"), body="""GONNY PUT A BRICK THROUGH HER WINDAE AND THEN HER HEID. TRAITOR BITCH. SEE YOU SOON""", tags=("explicit", "noisy"))

# 44 veiled about candidate's family
c.add("safety", subject="Your candidate", sender=("Interested", "interested.voter.kn@proton.me"), body="""Ross Gilchrist's mum still lives in the house in Summerston he grew up in, doesn't she. Same wee bungalow, same bad hip. I'd hate to think of her being worried by anything during the campaign. Maybe Ross should think about whether he really wants to stand.""", tags=("implicit", "veiled"))

# 45 forwarded by chair, from text message transcription
c.add("safety", subject="Fwd: texts I've been getting", sender=c.person("Morag", "Findlay"), body=c.forward(
    """Jamie, I've been getting these by text since Friday from a number I don't know. I've copied them into an email so you've got them for the record. I've given them to Police Scotland (ref PS-20261104-0338). I'd rather not talk about it at the EC but the officers should know. M""",
    """Fri 21:14  You should have let the vote happen Morag
Fri 21:15  Nice red door by the way
Sat 07:52  Early riser
Sat 07:53  Same as us
Sun 19:40  Your wife's car was in a different place tonight
Mon 08:01  We're not going anywhere""",
    "Morag Findlay <morag.findlay@gmail.com>", "texts"), tags=("forwarded", "third-party-report", "stalking", "implicit"))

# 46 sinister politeness to secretary, about membership list
c.add("safety", subject="Thank you", sender=("An admirer", "an.admirer.kn@outlook.com"), body=f"""Dear {SEC[0]},

Just a note to say thank you for all your hard work as secretary. I've been following it closely. Very closely, really. I know how late the light's on in your front room on a Sunday when you're doing the minutes, and I know you take the recycling out on a Tuesday even though it's collected Wednesday.

I hope you'll think again about the Andy Tait matter. I'd hate to have to write a less friendly note.

Warm regards""", tags=("implicit", "stalking", "conditional"))

# 47 Polish non-native implicit about canvassers
c.add("safety", subject="your people at my door", sender=c.person("Marek", "Wojcik", "wp.pl"), body="""Hello

Yesterday two persons from Labour came to my door in Shuna street with leaflet, young man and woman. I tell them I not want, they continue talking about Reform and immigration. Very rude for me. I am here 15 years, I pay taxes.

I take foto of them with my phone. I know now who they are, I find the girl on facebook, I know she live near Firhill. If they come one more time to my building will be problem for them, big problem. I say only one time.

Marek""", tags=("implicit", "conditional", "non-native"))

# 48 wish-harm with explicit denial, rant
c.add("safety", subject="two child cap", sender=c.person("Shannon", "Kilpatrick"), body="""i have three kids and yous kept the two child cap. I get £0 for my youngest. ZERO.

Ive never wished anyone dead in my life but honestly if that MP got hit by a bus tomorrow id throw a party. Id not lift a finger to help her. Shes got it coming to her one way or another and when it comes I hope it hurts.

and no im not threatening anyone before you start""", tags=("wish-harm", "noisy"))

# 49 explicit, conditional
c.add("safety", subject="Maryhill Road housing", sender=("Jim Tennant", "jimtennant61@sky.com"), body="""I've been on the housing list 9 years and you're housing other people ahead of me. If I don't get a house by Christmas I'm going down to that office with a can of petrol and I'm taking somebody with me. Mark my words.""", tags=("explicit", "conditional"))

# 50 webform, veiled about meeting, noisy
c.add("safety", subject="Website enquiry - Kelvin North Labour", sender=c.form_robot(), reply_to="nomore.kn@gmail.com", body=c.webform({
    "Your name": "no more",
    "Your email": "nomore.kn@gmail.com",
    "What is your enquiry about?": "Events",
    "Message": "is the public meeting on the hotel still on for thursday 7pm at st columbas hall. good. we'll be coming. a lot of us. make sure the mp is there and make sure she stays to the end. we'll wait for her",
}, form="Get in touch"), tags=("webform", "veiled", "noisy"))

# 51 stalking report by candidate
c.add("safety", subject="Someone at my work", sender=c.person("Ross", "Gilchrist"), body=f"""Hi {SECF},

I'm sorry to bother you with this but I think I need to report it somewhere. A man came into the pharmacy where I work in Summerston twice this week and asked for me by name. The second time he didn't want anything, he just said "just checking you're still here Ross" and left. My manager says he's been seen sitting in a car in the staff car park.

I've never seen him before. I haven't told anyone at work I'm standing for the council except my manager. My work isn't on my candidate leaflet.

I don't want to make a fuss, I just want to know what the party's procedure is and whether I should tell the police.

Ross""", tags=("third-party-report", "stalking", "implicit"))

# 52 pile-on report
c.add("safety", subject="Pile-on against Amina - need help", sender=c.person("Chloe", "Gunn"), body="""Jamie,

I do the CLP's social media and I need some help with this. Since Amina's interview on Sunday there have been over 600 replies to the post, most of them abusive, and a lot of them now include her photo, the name of the street her mosque is on, and comments like "we know where she prays", "someone should have a word on Friday", "she's easy to find".

It's coordinated — the same accounts are posting in the same order every hour or so, and there's a link being shared from a forum.

I've turned off comments but they've moved to her personal account. Who do we tell? The party's safeguarding team? The police? Both?

Chloe""", tags=("third-party-report", "pile-on", "implicit"))

# 53 very short veiled
c.add("safety", subject="", sender=("", "k.n.2026.x@yopmail.com"), body="""We know what time you lock the hall on Thursdays.""", tags=("implicit", "veiled"))


# Tag the messages that mailkit happened to render HTML-only (fmt chosen at random).
import email as _email  # noqa: E402
for _i, (_data, _cats, _mn, _tags) in enumerate(c.items):
    if _email.message_from_bytes(_data).get_content_type() == "text/html" and "html-only" not in _tags:
        c.items[_i] = (_data, _cats, _mn, _tags + ("html-only",))

c.write()
