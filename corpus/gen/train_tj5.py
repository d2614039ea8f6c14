"""train/tj5: contrastive pairs 101-125 (threat vs near-miss), written by hand.

Each pair is one situation written twice by different people: once as a threat (safety),
once as something close to it that is not a threat. Both halves carry the tag pair-<n>.
The order of messages is shuffled (seeded) so that pair halves do not sit side by side.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tj5", seed=2305)
CLP, SEC, SECADDR = c.clp
S = SEC.split()[0]
M = []


def m(label, **kw):
    M.append((label, kw))


# ---------------------------------------------------------------- pair 101: the man ejected from GC
m("safety", subject="After Thursday - what he said in the car park",
  sender=c.person("Amara", "Obi", "gmail.com"),
  tags=("pair-101", "third-party-report", "explicit"),
  body=f"""{S},

I didn't want to say this in front of everyone on Thursday because you'd had a rough enough night.

After the chair had Mr Kerrigan removed from the GC, I went out to my car and he was standing by
the gate having a cigarette. He came over and I thought he was going to apologise. Instead he said,
quite calmly, "Tell the secretary I'll get her. Tell her I know her car. I'll get her when she's not
expecting it." Then he walked off up Church Lane.

I wrote it down as soon as I got in the car so I'd have the exact words. I'm sorry I didn't tell
you on the night. I think you should report it, and I'm happy to give a statement.

Amara
""")

m("procedural", also=["complaint"], subject="Mr Kerrigan - formal complaint about the chair",
  sender=c.person("Stephen", "Bell", "btinternet.com"),
  tags=("pair-101", "hard-negative", "angry"),
  body=f"""Dear {S},

After the chair had Mr Kerrigan removed from Thursday's GC, I went out to the car park and he was
still there, very upset. He asked me to pass on that he wants to make a formal complaint about the
chair's handling of the meeting - he says he was not given a warning before being asked to leave,
which I think is arguably true under our standing orders.

He'd like to know: (1) to whom a complaint about a CLP officer should be made, (2) whether it can
be considered at the EC, and (3) whether the GC minutes will record that he was removed and why.

He was angry, but perfectly civil with me. I said I'd pass it on.

Stephen Bell
Delegate, Church Lane branch
""")

# ---------------------------------------------------------------- pair 102: last warning
m("procedural", subject="LAST WARNING: branch reports for the GC due Friday!!",
  sender=c.person("Joanne", "Evans", "gmail.com"),
  to=["branch-secretaries@lists.example-labour.org.uk"],
  tags=("pair-102", "hard-negative", "benign-violent-word"),
  body=f"""Hi all,

This is your last warning (said with love): written branch reports for the GC need to be with me
by FRIDAY 5pm so they can go out with the papers on Monday.

Still missing: Harbour, Westmoor, Old Town, Millbrook. Half a page is fine. What you've done,
what's coming up, anything you need the GC to decide.

If I don't have it, your branch gets a line saying "no report received", which I'll read out in a
disappointed voice.

Jo (on behalf of {S})
""")

m("safety", subject="LAST WARNING",
  sender=("", "lastwarning.harbour@proton.me"),
  tags=("pair-102", "harassment", "veiled"),
  body="""This is your last warning.

You've had eleven emails from me. You've blocked three addresses. You didn't answer the letter I put
through your door. You didn't look up when I stood across the road from the hall on Thursday.

There won't be a twelfth email.
""")

# ---------------------------------------------------------------- pair 103: local forum posts about the treasurer
m("safety", subject="[northside-forum] Digest: the CLP treasurer and our subs",
  sender=("northside-forum", "northside-forum@groups.example.net"),
  headers=c.list_headers("northside-forum", domain="groups.example.net"),
  tags=("pair-103", "list", "doxxing", "pile-on"),
  body="""northside-forum: 1 new message

Topic: CLP treasurer - time she answered for the subs grab
From: "Red Ken of Northside" <redken.ns@gmail.com>

So the treasurer who pushed the 50% subs rise through at a half-empty AGM is Val Thompson, lives at
22 Church View, the house with the red gate next to St Oswald's. Drives the little green Kia.

I'm not saying do anything. I'm saying she's very easy to find and she's home every evening on her
own since her husband started nights. Pop round and say hi. Make sure she knows we know.

--
You received this because you are subscribed to northside-forum.
To stop receiving messages, email northside-forum+unsubscribe@groups.example.net
""")

m("bulk", subject="[northside-forum] Digest: the CLP treasurer and our subs",
  sender=("northside-forum", "northside-forum@groups.example.net"),
  headers=c.list_headers("northside-forum", domain="groups.example.net"),
  tags=("pair-103", "hard-negative", "angry"),
  body=f"""northside-forum: 2 new messages

Topic: CLP treasurer - time she answered for the subs rise
From: "Ken Barlow" <kbarlow.ns@gmail.com>

The local subs rise was pushed through at an AGM with 23 people in the room. I'm not having it. The
treasurer is Val Thompson and her party email is treasurer@{c.site()} - email
her, be polite but firm, and tell her what you think. And come to the GC on the 21st.

From: "Mo Iqbal" <mo.iqbal@gmail.com>

Agree it was badly done, but Val's a volunteer who works full time. Let's keep it to the motion
at GC rather than flooding her inbox. I'll second a reversal.

--
You received this because you are subscribed to northside-forum.
To stop receiving messages, email northside-forum+unsubscribe@groups.example.net
""")

# ---------------------------------------------------------------- pair 104: knives out
m("other", subject="Knives out...",
  sender=c.person("Pauline", "Ward", "hotmail.co.uk"),
  tags=("pair-104", "hard-negative", "metaphor"),
  body=f"""Hi {S},

Well, the knives are out for the leader after last night, aren't they? Did you see the Newsnight
interview with the Treasury bloke? I nearly threw a cushion at the telly.

Anyway, nothing useful to report, just needed to moan to someone who'd understand. See you at the
quiz on Friday - our table's called "Fiscal Rules OK" this time, don't tell the Unison lot.

P x
""")

m("safety", subject="knives",
  sender=("", "knives.out.2026@outlook.com"),
  tags=("pair-104", "explicit", "veiled"),
  body="""Everyone says the knives are out for your lot after the budget.

They're not wrong. I've got one with the MP's name on it, and I know which door of the Labour Hall she
comes out of on surgery Fridays. Print that for her file.
""")

# ---------------------------------------------------------------- pair 105: target
m("bulk", subject="Your CLP's role in the May elections: target seat briefing",
  sender=("Labour Regional Office", "elections@north.labour.example.org.uk"),
  headers=c.newsletter_headers("NationBuilder"),
  tags=("pair-105", "hard-negative", "benign-violent-word"),
  fmt="alt",
  body=f"""Dear CLP officers,

As you'll know, {CLP} borders two of our priority target seats for May. Over the next ten weeks we
will be asking you to:

- twin each of your branches with a target ward and send at least one team there every weekend;
- hit your contact rate targets (see dashboard on Organise);
- identify a volunteer coordinator for each target ward by 15 January.

Target seat training for organisers takes place on Saturday 10 January, 10am-1pm, online.

Thank you for everything you do,
Regional Elections Team
""")

m("safety", subject="you are a target now",
  sender=("", "thewatchers.north@proton.me"),
  tags=("pair-105", "pile-on", "veiled", "harassment"),
  body="""You love your "target seats".

You're a target now. Your photo's been pinned on our forum since Sunday with the caption "traitor
secretary". 3,000 members. Every one of them knows your face, your car and which branch meetings you
go to. People have started posting where they've seen you.

Be a shame if one of them decided to say hello.
""")

# ---------------------------------------------------------------- pair 106: the gym
m("query", subject="Catching you at the gym? (cycle lane)",
  sender=c.person("Tom", "Rahman", "gmail.com"),
  tags=("pair-106", "hard-negative", "benign-knowledge"),
  body="""Hi Cllr Dixon (via the CLP as I couldn't find your email),

I think I see you at the Pure Gym on Wharf Street most mornings - I'm the tall bloke on the rowing
machine who's always too red in the face to say hello.

I'm part of the Wharf Street cycling group and we've got some ideas about the junction with Canal
Road for the new cycle lane. Would it be OK to grab you for five minutes one morning, or would you
rather I booked a surgery slot? Totally understand if the gym is off limits!

Tom Rahman
""")

m("safety", subject="6am",
  sender=("", "wharfst.early@gmail.com"),
  tags=("pair-106", "implicit", "stalking"),
  body="""I see Councillor Dixon at the Pure Gym on Wharf Street every morning at 6. She always parks
in the far corner of the car park where it's dark. Always on her own. Always the same locker, 114.

Thought she should know I notice things. I notice a lot of things.
""")

# ---------------------------------------------------------------- pair 107: "I'll kill you"
m("urgent", subject="LEAFLETS 9AM TOMORROW - by-election",
  sender=c.person("Siobhan", "Morris", "outlook.com"),
  to=["pat.appiah@gmail.com", SECADDR],
  tags=("pair-107", "hard-negative", "benign-violent-word"),
  body=f"""Pat, {S} -

The printer has just rung, the eve-of-poll leaflets are ready but they shut at 12 tomorrow and
they won't keep them over the weekend. We need someone with a big car at Print Plus on Dock Street
at 9am sharp. 8,000 leaflets, 16 boxes.

Pat, you said your van's free? Please confirm tonight. If we lose this by-election because the
good-morning leaflets sat in a print shop I will kill you (joke, obviously, but I will be very,
very cross).

Teams to collect from the committee room from 10.

Siobhan (agent)
""")

m("safety", subject="by-election",
  sender=("", "ward7.voter@gmail.com"),
  tags=("pair-107", "explicit", "conditional"),
  body="""If Labour hold this seat on Thursday I'll kill your agent. Not a joke, not a figure of speech.
She's the one with the clipboard outside the polling station at the school. I'll be there at close of
poll. I've got nothing to lose.
""")

# ---------------------------------------------------------------- pair 108: pickets and the AGM
m("other", subject="Unison picket at the Civic Centre - council AGM",
  sender=c.person("Bev", "Hussain", "btinternet.com"),
  tags=("pair-108", "hard-negative", "peaceful-protest", "angry"),
  body=f"""Dear {S},

As branch secretary of the council's Unison branch, and a party member, I wanted to let the CLP
know directly: we'll be picketing the council AGM on the 20th over the pay and regrading dispute.

We'll be on the steps from 5.30. It will be a lawful, peaceful picket and we'll be asking
councillors to stop and talk to us on their way in. We'd very much welcome CLP members joining us
in solidarity - some of your own councillors will be walking past their own party's members.

The people who voted for the regrading know what they did. We just want them to see our faces.

In solidarity,
Bev Hussain
Branch Secretary, Unison (Council branch)
""")

m("safety", subject="council AGM",
  sender=("", "regraded.and.robbed@outlook.com"),
  tags=("pair-108", "veiled", "implicit"),
  body="""We'll be at the council AGM on the 20th. Not with the union, not on the steps with the
banners.

The councillors who voted to cut our pay will be dealt with. We know which ones. We've made a list
and we know where they park, the multi-storey on Tower Street, level 3. Long walk down those stairs.
""")

# ---------------------------------------------------------------- pair 109: "aggressive" on the doorstep
m("complaint", subject="Councillor's conduct on my doorstep",
  sender=c.person("Rebecca", "Lewis", "yahoo.co.uk"),
  tags=("pair-109", "hard-negative", "angry"),
  body="""To whom it may concern,

I wish to complain about the behaviour of Councillor Joanne Reid, who knocked on my door on
Saturday with two canvassers.

When I said I was unhappy about the Hawthorn Road closure, she became, in my view, aggressive -
raising her voice, pointing, and saying "you clearly haven't read the consultation". My
eight-year-old was standing behind me. I asked her to leave and she said "gladly".

I expect better from an elected representative and would like an apology.

Rebecca Lewis
""")

m("safety", subject="your councillor",
  sender=("", "hawthornrd.resident@hotmail.co.uk"),
  tags=("pair-109", "conditional", "veiled"),
  body="""Your councillor Reid was aggressive on my doorstep on Saturday. Pointing her finger in my
face in front of my kids.

Send her back. Go on. Send her back round here and see how aggressive I can be. I'll be ready for
her this time, and she won't be pointing at anyone after.
""")

# ---------------------------------------------------------------- pair 110: Dropbox
m("bulk", subject="Joanne Evans shared \"GC minutes 12 Nov.docx\" with you",
  sender=("Dropbox", "no-reply@dropbox.com"),
  tags=("pair-110", "hard-negative", "confuser", "robot-no-list-headers"),
  body=f"""Joanne Evans shared a file with you.

GC minutes 12 Nov.docx

"Hi {S} - draft minutes, there's a gap in item 6 where I couldn't hear who seconded. J"

Open in Dropbox

Enjoy!
The Dropbox team
""")

m("safety", subject="a friend shared \"your_house.jpg\" with you",
  sender=("Dropbox", "no-reply@dropbox.com"),
  tags=("pair-110", "doxxing", "implicit", "social"),
  body=f"""a friend shared a file with you.

your_house.jpg

"thought you'd like to see this {S}. taken tuesday night, you'd left the upstairs light on. we
have more. the back's even better"

Open in Dropbox

Enjoy!
The Dropbox team
""")

# ---------------------------------------------------------------- pair 111: calendar invitations
m("bulk", subject="Invitation: EC meeting @ Tue 2 Dec 7pm - 8:30pm (GMT)",
  sender=("Google Calendar", "calendar-notification@google.com"),
  tags=("pair-111", "hard-negative", "confuser", "robot-no-list-headers"),
  body=f"""You have been invited to the following event.

EC meeting
When: Tue 2 Dec 2026 7pm - 8:30pm (GMT)
Where: Labour Hall, back room (or Zoom - link below)
Calendar: {SECADDR}
Who:
  * Rachel Kelly - organiser
  * {SECADDR}
  * chair@example-labour.org.uk
  * treasurer@example-labour.org.uk

Agenda to follow. Please let me know if you can't make it. R

Going (yes)? - Yes - Maybe - No    more options

Invitation from Google Calendar
""")

m("safety", subject="Invitation: Your reckoning @ Fri 12 Dec 11pm (GMT)",
  sender=("Google Calendar", "calendar-notification@google.com"),
  tags=("pair-111", "harassment", "implicit", "doxxing", "veiled"),
  body=f"""You have been invited to the following event.

Your reckoning
When: Fri 12 Dec 2026 11pm (GMT)
Where: your house (you know the address. so do we)
Calendar: {SECADDR}
Who:
  * reckoning.day.2026@gmail.com - organiser
  * {SECADDR}

No need to RSVP. We'll let ourselves in.

Going (yes)? - Yes - Maybe - No    more options

Invitation from Google Calendar
""")

# ---------------------------------------------------------------- pair 112: published details
m("data-protection", subject="My photo on your Facebook page",
  sender=c.person("Zofia", "Kowalski", "gmail.com"),
  tags=("pair-112", "hard-negative", "confuser", "dp-no-legal-words", "angry"),
  body="""Hello,

You have put a photo on your Facebook page from Saturday's canvass where I am at my front door
talking to your councillor, you can see my face, my house number and my car with the registration.
Nobody asked me. The caption says "Great conversations on Brook Street!"

I did not agree to be in your advert. My ex-partner is not supposed to know where I live. Please
take it down today and tell me who else has the photo.

Zofia Kowalski
""")

m("safety", subject="how do YOU like it",
  sender=("", "brookst.payback@gmail.com"),
  tags=("pair-112", "doxxing", "implicit"),
  body="""You put photos of people's houses on your Facebook like it's nothing.

So I've published yours. Your councillor Singh's house, his car reg, his street, the name of his
kids' school. It's up on three groups now and it's been shared 200 times. Let's see how he likes
people knowing where he lives. Some of them aren't as nice as me.
""")

# ---------------------------------------------------------------- pair 113: regional office
m("procedural", subject="Action required by Friday: nominate a CLP safety lead",
  sender=("Regional Director's Office", "regional.director@north.labour.example.org.uk"),
  tags=("pair-113", "hard-negative", "news-about-threats"),
  body=f"""Dear {S},

Following a number of serious incidents involving threats to candidates and councillors across the
region this year, the Regional Board has agreed that every CLP should have a named Safety Lead.

The Safety Lead will be the first point of contact for members reporting abuse, harassment or
threats; will attend a two-hour training session; and will liaise with the regional Safety Team.

Please ask your EC to nominate someone and return the attached form by this Friday. The role can be
held by an existing officer. Please don't nominate a candidate for May.

With thanks,
Office of the Regional Director
""")

m("safety", also=["urgent"], subject="URGENT: credible threat to your candidate - cancel public events",
  sender=("Regional Safety Team", "safety@north.labour.example.org.uk"),
  tags=("pair-113", "third-party-report", "explicit"),
  body=f"""Dear {S},

This is a restricted email. Please do not forward beyond your Chair and the candidate's agent.

This morning the police informed us of a threat against your candidate for Riverside ward, Uchenna
Mensah, which they are treating as credible. A man has posted online that he intends to "finish her"
at the hustings on Thursday and has previously been convicted of a violent offence.

Until further notice, please:
- cancel or postpone all public campaign events involving Uchenna, including Thursday's hustings;
- do not publish her movements or canvass locations on social media;
- ensure she does not canvass or travel to campaign events alone.

The police have been in touch with Uchenna directly. A member of the Safety Team will call you
within the hour.

Regional Safety Team
""")

# ---------------------------------------------------------------- pair 114: make your life hell
m("complaint", subject="Motion 4 - I will keep bringing it back",
  sender=c.person("Peter", "Kelly", "hotmail.com"),
  tags=("pair-114", "hard-negative", "political-menace", "angry"),
  body=f"""{S},

That's the third time my motion on the community asset transfer has been "deferred for lack of
time" while we spent forty minutes on a presentation about the new website.

I'm going to make your life hell at every GC until it's heard. I'll move suspension of standing
orders, I'll challenge the chair's ruling, I'll ask for a recorded vote on the order of business.
I know the rule book better than anyone in that room and I'll use every page of it.

Or you could just put it first on the agenda next time.

Peter Kelly
""")

m("safety", subject="hell",
  sender=("", "peterpiper.hell@proton.me"),
  tags=("pair-114", "harassment", "veiled", "doxxing"),
  body="""I'm going to make your life hell.

Starting with your phone. You'll have noticed the calls. Then your email, you've noticed that too.
Then your work. Then your door - Ribble Street isn't that long and I've walked it twice this week.

You'll know when I've got to the door.
""")

# ---------------------------------------------------------------- pair 115: which ward?
m("query", subject="Which ward is 14 Ashby Road in?",
  sender=c.person("Joseph", "Bailey", "outlook.com"),
  tags=("pair-115", "hard-negative", "benign-knowledge"),
  body="""Hi,

Quick question - which ward is 14 Ashby Road in? I've just moved in and I want to join my local
branch. The council website map is a bit ambiguous because Ashby Road is right on the boundary
between Hillside and Canalside.

Also, does your vice-chair still live on Ashby Road? She knocked on my door with a leaflet and said
to get in touch about the branch.

Thanks,
Joe Bailey
""")

m("safety", subject="Which ward?",
  sender=("", "ashbyrd.neighbour@gmail.com"),
  tags=("pair-115", "implicit", "veiled"),
  body="""Which ward is 14 Ashby Road in?

Asking because that's where your vice-chair lives, and when something happens to it I'd like to
know which of your councillors to complain to. Something might happen to it quite soon. Old houses,
those. Wooden doors.
""")

# ---------------------------------------------------------------- pair 116: Polish writers
m("complaint", subject="your leaflet about immigration",
  sender=c.person("Marek", "Kowalski", "wp.pl"),
  tags=("pair-116", "hard-negative", "angry"),
  body="""Hello

I read your new leaflet with the councillor face and his street on the back, where he say about
"control of the borders" and "people must earn to stay".

I am in England 14 years. I pay tax, I have my firm, I employ 6 people, 4 English. My children
speak better English than Polish. And now Labour talk like Reform. I spit on this leaflet.

I vote Labour 3 times. Never more. I tell all my customers and all my Polish friends, we are many in
this town. You lose this election.

Marek Kowalski
""")

m("safety", subject="leaflet",
  sender=("Krzysztof", "k.w.builder77@o2.pl"),
  tags=("pair-116", "non-native", "explicit", "implicit"),
  body="""I read your leaflet about the "control of the borders". Very nice. With the picture of
councillor face and his street on the back, thank you, very useful.

I am here 16 years, I pay tax, now you want me to "earn" to stay. I spit on you and on your party.

I know his face now and I know the street from leaflet. I will wait him there one evening and
explain him what is "earn". He will remember. You can call police, I dont care.
""")

# ---------------------------------------------------------------- pair 117: Rightmove
m("query", subject="Are you moving out of the ward?",
  sender=c.person("Wendy", "Hughes", "googlemail.com"),
  tags=("pair-117", "hard-negative", "benign-knowledge"),
  body="""Hi,

Bit of a nosy question, sorry! I was scrolling Rightmove last night and saw Councillor Evans's house
on Tanner Street is up for sale - I recognised it from the Christmas photo on your page (lovely
kitchen by the way).

Is she moving out of the ward? Will she still be our councillor until May? Only she's been helping
my mum with her care package and I'd hate for that to get dropped.

Wendy Hughes
""")

m("safety", subject="lovely kitchen",
  sender=("", "house.hunter.tanner@gmail.com"),
  tags=("pair-117", "implicit", "doxxing", "veiled"),
  body="""Lovely photos of Councillor Evans's house on Rightmove. Really thorough. Every room,
the floorplan, the back garden, the side passage.

Shame about the security. No alarm box, single-glazed kitchen door, the bedroom with the kids' stuff
right at the back.

Very helpful listing. I've saved it.
""")

# ---------------------------------------------------------------- pair 118: on the estate
m("other", subject="Saturday's session on the Ferndale estate",
  sender=c.person("Ngozi", "Adeyemi", "gmail.com"),
  tags=("pair-118", "hard-negative", "rudeness-report"),
  body=f"""Hi {S},

Quick debrief from Saturday on the Ferndale estate.

It went well on the doors - 94 contacts, loads of interest in the youth club campaign. The only
blip was a group of kids on bikes who followed us round for ten minutes shouting "Tory scum!"
(which made Dev laugh out loud - wrong party, lads) and "get off our estate". One of them asked for
a sticker afterwards.

No harm done, just letting you know for the log. I'd go back.

Ngozi
""")

m("safety", subject="Ferndale - Ngozi and Dev",
  sender=c.person("Emma", "Clarke", "outlook.com"),
  tags=("pair-118", "third-party-report", "explicit"),
  body=f"""{S},

We cut Saturday's Ferndale session short and I think it needs to go on record properly.

About 11.15 a group of five or six older lads - 18 to 25 maybe - came out of the stairwell at Elm
Court and surrounded Ngozi and Dev on the walkway. One of them took Dev's clipboard and threw it
over the balcony. Another stood very close to Ngozi and said, "We know your face now. Next time
you come on Ferndale we'll do you properly. Both of you." They let them go when I came up the
stairs with the other pair.

Nobody was hurt. Ngozi is very shaken. We've reported it to 101 (ref to follow). I don't think we
should send anyone back to Elm Court for now, and I think the MP should know.

Emma
""")

# ---------------------------------------------------------------- pair 119: selective licensing
m("complaint", subject="Selective licensing - I will sell up",
  sender=c.person("Rajesh", "Patel", "gmail.com"),
  tags=("pair-119", "hard-negative", "angry", "political-menace"),
  body="""Dear Sir/Madam,

I own four terraced houses in the Victoria Park area, all let at below market rent to long-term
tenants, one of whom has been with me for 14 years.

If the council's selective licensing scheme goes ahead at £950 per property, I will sell up. I'm
not exaggerating. My margins are already almost nothing. My tenants will be on the street or in
the council's temporary accommodation, and I'll make sure every one of them knows whose fault it is.

I'm a Labour voter. I'm not a "rogue landlord". I'd like someone to talk to me before the vote.

Rajesh Patel
""")

m("safety", subject="licensing",
  sender=("Landlord", "vicpark.landlord@outlook.com"),
  tags=("pair-119", "conditional", "veiled"),
  body="""If the selective licensing scheme goes ahead, the council officers who enforce it and the
councillors who voted for it should start worrying about their own front doors.

Some of us know a lot of people who do "building work". Doors, windows, locks. Easy to get in, easy
to get out. Your inspectors come to our houses, we'll come to theirs.
""")

# ---------------------------------------------------------------- pair 120: until Friday
m("complaint", subject="Complaint about the Westmoor selection - deadline Friday",
  sender=c.person("Anna", "Singh", "icloud.com"),
  tags=("pair-120", "hard-negative", "legal-threat", "angry"),
  body=f"""Dear {S},

I first wrote to you about the Westmoor selection on 2 October. I have had an acknowledgement and
nothing else.

You have until Friday to give me a substantive answer. After that I will go to the General
Secretary, the NEC Disputes Panel and, if I need to, the Equality and Human Rights Commission,
since I believe the shortlisting discriminated against the only disabled applicant.

I'd far rather this were resolved locally.

Anna Singh
""")

m("safety", subject="Friday",
  sender=("", "westmoor.deadline@gmail.com"),
  tags=("pair-120", "conditional", "veiled"),
  body="""You have until Friday to resign as secretary.

After that it's out of my hands. The people I've been talking to aren't patient and they aren't
members, so your rule book's no use to you. They've asked me what car you drive. I haven't told them.
Yet.
""")

# ---------------------------------------------------------------- pair 121: go to hell
m("other", subject="Jack Morris - thank you",
  sender=c.person("Lynne", "Morris", "talktalk.net"),
  tags=("pair-121", "hard-negative", "benign-violent-word"),
  body=f"""Dear {S},

Thank you so much for the card and for the lovely words about Jack at the funeral. It meant a lot to
the family to see so many red roses.

He'd have been mortified by the fuss. And if he'd seen the latest welfare announcement he'd have
told the lot of them to go to hell, in the way only he could. I've kept his 1984 strike badge and
his last membership card on the mantelpiece.

Please keep sending me the newsletter. I think I'll rejoin in his name.

With love,
Lynne
""")

m("safety", subject="go to hell",
  sender=("", "1984.never.forget@gmail.com"),
  tags=("pair-121", "wish-harm", "noisy"),
  body="""go to hell. the lot of you. and i hope your MP gets there soon and i hope it HURTS on the
way, slow, like it hurts my dad on 3 hrs of care a week. id pay to watch. not even joking
""")

# ---------------------------------------------------------------- pair 122: telephone message slips
m("complaint", subject="Fw: phone messages from Saturday's office hours",
  sender=("Olu Mensah", "olu.mensah@mpoffice.example.org.uk"),
  tags=("pair-122", "hard-negative", "angry"),
  body=c.forward(
      f"""Hi {S} - phone messages from the Saturday volunteer shift for your lot (CLP-related
ones). Nothing urgent. Olu""",
      """PHONE MESSAGE
Caller: Mr Dunn (Greenway Rd)
Time: 10.40 Sat
Re: number 9 bus withdrawal
Message: Very angry. Says the MP promised to "save the 9". Will "keep ringing till someone
listens". Wants to know if the CLP will support the petition. Asked for call back Mon.

PHONE MESSAGE
Caller: Mrs Iqbal
Time: 11.15 Sat
Re: branch meeting venue
Message: Which room is the Hillside meeting in? Called back and told her.""",
      "Saturday volunteer <office@mpoffice.example.org.uk>", "phone messages Sat"))

m("safety", subject="Fw: phone messages from Saturday's office hours",
  sender=("Denise Carter", "denise.carter@mpoffice.example.org.uk"),
  tags=("pair-122", "forwarded", "third-party-report", "implicit"),
  body=c.forward(
      f"""{S} - please see the second message. The volunteer who took it didn't realise it might be
serious. Lucy IS on her own in the office on Wednesdays. We're changing the rota and I've
reported it, but I wanted you to know as your members cover Wednesdays too. Denise""",
      """PHONE MESSAGE
Caller: Mrs Patel
Time: 10.05 Sat
Re: surgery appointment
Message: Can she move her slot to the 2pm? Done.

PHONE MESSAGE
Caller: refused name, withheld no.
Time: 11.50 Sat
Re: ?
Message: Man. Said "Tell Lucy I know she's on her own in the office on Wednesdays. Tell her I'll pop
in." Laughed and hung up. Didn't give a reason.""",
      "Saturday volunteer <office@mpoffice.example.org.uk>", "phone messages Sat"))

# ---------------------------------------------------------------- pair 123: cars at the club
m("query", also=["complaint"], subject="Disabled bay at the club - can we do anything?",
  sender=c.person("Graham", "Watson", "sky.com"),
  tags=("pair-123", "hard-negative", "benign-knowledge", "angry"),
  body=f"""Hi {S},

For the third meeting running someone has left a silver Golf with a Labour sticker in the one
disabled bay at the Labour Club. I had to park on the road and get my wife across in the dark and
the rain. It's a member, obviously - it's always there on GC nights.

Could something go in the GC bulletin? And does the club have any power to have cars towed from
that bay, or is it just a polite sign job?

Graham
""")

m("safety", subject="that golf",
  sender=("", "vicarage.rd.neighbour@gmail.com"),
  tags=("pair-123", "explicit", "conditional", "implicit"),
  body="""Whoever owns the silver Golf with the Labour sticker that parks across my drop kerb on
Vicarage Road every GC night.

I've got a key and I'm not afraid to use it. Down the whole side. Then the tyres. Then, if it's
still there the week after, I'll be waiting by it for whoever comes back to it. I know it's one of
your councillors.
""")

# ---------------------------------------------------------------- pair 124: the flags
m("complaint", subject="Flags taken down on the Brackley estate",
  sender=c.person("Shaun", "Wright", "hotmail.co.uk"),
  tags=("pair-124", "hard-negative", "angry", "political-menace"),
  body="""The council took down every St George's flag on the Brackley estate lamp posts on Monday,
with no warning. We put them up for the Lionesses and for the Armed Forces weekend and nobody
complained.

Put them back up or we'll put them back up ourselves, every lamp post on the estate, and we'll do
it every time you take them down. And we'll remember this in May.

Shaun Wright
""")

m("safety", subject="flags",
  sender=("", "brackley.flags@gmail.com"),
  tags=("pair-124", "conditional", "explicit"),
  body="""Take our flags down again and we'll take your office down with them. The one on Station
Road with the big glass front. Glass breaks, and so does whatever's behind it. We know the girl who
opens up at 9.
""")

# ---------------------------------------------------------------- pair 125: list digests
m("safety", subject="[westmoor-labour] Digest, Vol 14, Issue 22",
  sender=("westmoor-labour-request", "westmoor-labour-request@lists.example-labour.org.uk"),
  headers=c.list_headers("westmoor-labour"),
  tags=("pair-125", "list", "embedded", "explicit"),
  body="""Send westmoor-labour mailing list submissions to
        westmoor-labour@lists.example-labour.org.uk

Today's Topics:

   1. Leaflet round for Larch estate (Derek Young)
   2. Re: Selection - what now? (anon1977)
   3. Quiz night tickets (Pat Moore)

----------------------------------------------------------------------

Message: 1
From: Derek Young
Subject: Leaflet round for Larch estate

Anyone free Sunday afternoon? 600 leaflets, Larch and Alder Close. Meet at the shops 2pm.

------------------------------

Message: 2
From: anon1977
Subject: Re: Selection - what now?

What now is the new candidate finds out that some of us don't accept a rigged result. She'll be
hurt, I promise you that, and not just her feelings. I know the flat, I know the car. Tell her to
withdraw before the count is confirmed.

------------------------------

Message: 3
From: Pat Moore
Subject: Quiz night tickets

Tickets £5 inc. pie and peas. Friday 28th, Labour Club, 7.30. Tables of six.

------------------------------

End of westmoor-labour Digest, Vol 14, Issue 22
""")

m("bulk", subject="[westmoor-labour] Digest, Vol 14, Issue 23",
  sender=("westmoor-labour-request", "westmoor-labour-request@lists.example-labour.org.uk"),
  headers=c.list_headers("westmoor-labour"),
  tags=("pair-125", "hard-negative", "metaphor", "angry"),
  body="""Send westmoor-labour mailing list submissions to
        westmoor-labour@lists.example-labour.org.uk

Today's Topics:

   1. Re: Selection - what now? (Hazel Morris)
   2. Re: Selection - what now? (Gary Allen)
   3. Christmas social (Joanne Evans)

----------------------------------------------------------------------

Message: 1
From: Hazel Morris
Subject: Re: Selection - what now?

What now is we appeal. The selection was a stitch-up and I'll say so to anyone. But once the appeal
is done, I'll be out on the doors for whoever wins. Tories would kill for a split like this, let's
not hand it to them.

------------------------------

Message: 2
From: Gary Allen
Subject: Re: Selection - what now?

Agree with Hazel on the appeal. This result has murdered morale in the branch, and the regional
office should be ashamed. But I'm not going anywhere.

------------------------------

Message: 3
From: Joanne Evans
Subject: Christmas social

Labour Club, Sat 13th, from 7. Bring a plate. Secret Santa limit £5.

------------------------------

End of westmoor-labour Digest, Vol 14, Issue 23
""")

# ---------------------------------------------------------------- shuffle and write
order = random.Random(2305)
while True:
    order.shuffle(M)
    pairs = [next(t for t in kw["tags"] if t.startswith("pair-")) for _, kw in M]
    if all(a != b for a, b in zip(pairs, pairs[1:])):
        break
for label, kw in M:
    c.add(label, **kw)
c.write()
