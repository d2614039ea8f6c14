"""train/tj6: contrastive pairs 126-150 (threat vs near-miss), written by hand.

Each pair is one situation written twice by different people: once as a threat (safety),
once as something close to it that is not a threat. Both halves carry the tag pair-<n>.
The order of messages is shuffled (seeded) so that pair halves do not sit side by side.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tj6", seed=2306)
CLP, SEC, SECADDR = c.clp
S = SEC.split()[0]
M = []


def m(label, **kw):
    M.append((label, kw))


# ---------------------------------------------------------------- pair 126: where you work
m("query", subject="Catching Cllr Adeyemi at the Royal?",
  sender=c.person("Kwame", "Mensah", "outlook.com"),
  tags=("pair-126", "hard-negative", "benign-knowledge"),
  body="""Hello,

I know Councillor Adeyemi works at the Royal as well as being a councillor - I'm a porter there and
I've seen her on Ward 12. I didn't want to bother her at work without asking first.

My housing transfer has been stuck since March and I can never make her Saturday surgery because of
my shifts. Would it be alright to catch her on a break for five minutes, or is there another way I
can see her? I'm on lates most weeks.

Thank you,
Kwame Mensah
""")

m("safety", subject="Ward 12",
  sender=("", "ward12.nights@gmail.com"),
  tags=("pair-126", "implicit", "stalking"),
  body="""I know where Councillor Adeyemi works. Ward 12 at the Royal, nights this week, comes out
the staff entrance by the multi-storey at 7.30 in the morning when it's still half dark.

She didn't sort my housing. I've got plenty of time to sort her out instead.
""")

# ---------------------------------------------------------------- pair 127: scanned letters sent by a partner
m("complaint", subject="Letter to my wife (Cllr Ahmed) - scanned",
  sender=c.person("Tariq", "Ahmed", "gmail.com"),
  tags=("pair-127", "hard-negative", "angry"),
  body=f"""Dear {S},

My wife, Cllr Sadia Ahmed, asked me to send you a copy of a letter that was posted to the ward
office, as she'd like the CLP to see the strength of feeling about the Greenfield allotments. I've
typed it out as the scan was hard to read.

---
Dear Councillor Ahmed,
I have had an allotment at Greenfield for 31 years. My father had it before me. You voted to sell
it for "executive homes". I hope you never eat a tomato again without thinking of us. We will fight
this every step of the way, at planning committee, in the papers and at the ballot box, and we
will win.
Yours, E. Harrison (Plot 14)
---

She will reply to Mr Harrison herself. No need to do anything, it's for information.

Tariq
""")

m("safety", subject="Letter to Sadia - scanned, please advise",
  sender=c.person("Imran", "Begum", "outlook.com"),
  tags=("pair-127", "forwarded", "third-party-report", "implicit", "explicit"),
  body=f"""{S},

My wife, Cllr Sadia Begum, found this in our letterbox this morning - at home, not the ward
office. No stamp. I've typed it out below and put the original in a plastic wallet. She's gone to
work but she's frightened and so am I. Our daughter is six.

---
COUNCILLOR BEGUM
YOU VOTED TO SELL GREENFIELD. 31 YEARS I HAD THAT PLOT.
I KNOW THIS IS YOUR HOUSE. I KNOW THE LITTLE ONE GOES TO ST JUDE'S.
YOU TOOK SOMETHING FROM ME. I CAN TAKE SOMETHING FROM YOU.
---

We're going to the police this evening. Could you tell us who in the party we should speak to, and
whether she should go to Thursday's meeting?

Imran Begum
""")

# ---------------------------------------------------------------- pair 128: canvass notes
m("data-protection", subject="You've marked me as \"hostile\"?",
  sender=c.person("Derek", "Allen", "btinternet.com"),
  tags=("pair-128", "hard-negative", "confuser", "dp-no-legal-words", "angry"),
  body="""I've been told by a neighbour who's one of your members that your canvassing app has me
down as "HOSTILE - DO NOT RETURN" with a note about me having "shouted".

I told a young lad to get off my property because I was on the phone to the hospital. I didn't
shout. I'm not hostile. I'm not anything.

I want to see everything you've written down about me, and I want that note taken off. Who can see
it? How long do you keep it?

D. Allen
27 Elm Road
""")

m("safety", subject="Elm Road - what happened at no. 31",
  sender=c.person("Hamza", "Khan", "gmail.com"),
  tags=("pair-128", "third-party-report", "explicit"),
  body=f"""{S},

Canvass returns for Elm Road are on the app, but I need to flag one address separately because I
don't think "hostile" covers it.

At 31 Elm Road, Rosie knocked and a man came out holding a claw hammer. He didn't swing it. He
held it up by his face and said: "Come back here again and I'll use this on you. Any of you. I know
you lot meet at the Labour Club." Then he stood in the doorway watching us until we'd left the road.

Rosie's 19 and it was her second time out. We've stopped canvassing that stretch and I've
reported it to 101. Please make sure 31 is taken off every walk sheet and that nobody goes
near it, and could we think about whether the club needs to know.

Hamza
""")

# ---------------------------------------------------------------- pair 129: group chats
m("query", subject="Branch WhatsApp - can we have some rules?",
  sender=c.person("Fiona", "Stewart", "icloud.com"),
  tags=("pair-129", "hard-negative", "rudeness-report", "angry"),
  body=f"""Hi {S},

Can the CLP give branches some guidance on WhatsApp groups? Ours (Harbour branch, 86 people) has
become a battleground since the selection. Last night, pasted from the export:

[22:14] Gary A: anyone who backed the slate should be ashamed frankly
[22:15] Lorraine R: oh do one Gary
[22:15] Gary A: classy
[22:17] Moira: can we PLEASE keep this for the meeting
[22:18] Lorraine R: you're a joke, the lot of you

Nothing dangerous, just grown adults being horrible. Three people have left the group. Is there a
model set of group rules, and who's allowed to remove people?

Fiona
""")

m("safety", subject="screenshots from the Harbour branch WhatsApp",
  sender=c.person("Moira", "Campbell", "hotmail.co.uk"),
  tags=("pair-129", "forwarded", "third-party-report", "explicit", "implicit"),
  body=f"""{S}, pasted from the Harbour branch WhatsApp export. I've left the group but I saved it
first. It's the last two lines. He is a member.

[22:14] Gary A: anyone who backed the slate should be ashamed
[22:15] Lorraine R: oh do one Gary
[22:16] Gary A: Lorraine you're on Quay Street aren't you. blue door. I'll pop round and explain it
to you properly. bring your husband if you want, won't help
[22:16] Gary A: and that goes for Sam and Rachel. I know where you all are
[22:17] Moira: Gary that's not OK
[22:19] Gary A left

Lorraine has seen it. She's asked me to send it to you. What happens now?

Moira
""")

# ---------------------------------------------------------------- pair 130: dead to me
m("complaint", subject="leaving",
  sender=("Ellie", "ellie.b.2007@icloud.com"),
  tags=("pair-130", "hard-negative", "metaphor", "angry"),
  body="""hi

cancel my membership pls. joined at 16 bc of climate stuff, ive been to every young labour thing,
i did the doors in the rain for you. then u lot backtrack on the green investment AND the two child
thing in the same month

this party is dead to me. genuinely. dont email me asking for feedback

ellie
""")

m("safety", subject="dead",
  sender=("x", "noone.cares.2007@gmail.com"),
  tags=("pair-130", "explicit", "wish-harm", "noisy"),
  body="""ur mp is dead to me. soon she'll just be dead lol. everyone at college says so. someones gonna
do it and ppl will clap. ive seen where she parks at the uni thing on fridays
""")

# ---------------------------------------------------------------- pair 131: the office shutter
m("safety", subject="Office shutter this morning (photo)",
  sender=("Lucy Wright", "lucy.wright@mpoffice.example.org.uk"),
  tags=("pair-131", "harassment", "third-party-report", "implicit"),
  body=f"""Hi {S},

When I opened up this morning, someone had spray-painted across the office shutter in red: "TRAITOR
- WE KNOW WHERE YOU SLEEP" with a noose drawn underneath. Photo attached.

The police have been and taken photos, crime reference below. The council graffiti team is coming at
2pm. The MP has been told.

This is the second time this month (the first was just "TRAITOR" so we didn't make a fuss). Could
you let your phone bank volunteers know before they arrive tonight and ask them to come in pairs?

Lucy
Office manager
""")

m("other", subject="Office shutter this morning (photo)",
  sender=("Jack Lloyd", "jack.lloyd@mpoffice.example.org.uk"),
  tags=("pair-131", "hard-negative", "benign-knowledge"),
  body=f"""Hi {S},

Someone fly-posted the office shutter overnight with about twenty "SAVE OUR LIBRARY - Tues 7pm
public meeting" posters. Photo attached. Fair play to them, it's a good campaign.

I've asked the council graffiti team to peel them off (they say Friday), but I've kept one for the
noticeboard inside. Might be worth the CLP sending someone to the meeting?

Jack
""")

# ---------------------------------------------------------------- pair 132: shortlisting on the 3rd
m("procedural", also=["complaint"], subject="Shortlisting 3 March - timetable query",
  sender=c.person("Rhian", "Lloyd", "gmail.com"),
  tags=("pair-132", "hard-negative", "political-menace"),
  body=f"""Dear {S},

Could you confirm the timetable for the parliamentary selection? I understand shortlisting is
3 March and branch nominations close on 24 February.

Several branches are concerned that the shortlisting panel will exclude local applicants again.
If it does, that's when you'll see how members really feel: I expect at least four branches to
pass motions of no confidence in the procedures committee and to nominate the excluded applicants
anyway.

Could you also confirm whether branch nomination meetings must be in person or can be hybrid?

Rhian Lloyd
Secretary, Old Town branch
""")

m("safety", subject="3rd March",
  sender=("", "shortlist.day@proton.me"),
  tags=("pair-132", "veiled", "implicit"),
  body="""3rd March. Shortlisting.

If the local lad's not on the list, don't go home the usual way that night. Not down Church Lane,
not past the rec. We'll be waiting for whoever signed it off, and the panel don't leave by the
front either, we've checked.
""")

# ---------------------------------------------------------------- pair 133: the planters
m("urgent", subject="Press query 2pm today - LTN planters ripped out",
  sender=c.person("Jasmine", "Patel", "gmail.com"),
  tags=("pair-133", "hard-negative", "angry"),
  body=f"""{S} - the Gazette's rung. Overnight, someone has ripped out all six of the LTN planters on
Vale Road and dumped them in the road, and sprayed "NO LTN - WE'LL KEEP DOING IT" on the pavement.
Nobody hurt; highways have cleared the road.

The reporter wants a comment from the CLP (not just the council) by 2pm today. Suggested line:
"We understand strong feelings about the scheme and residents will be heard at the review, but
criminal damage isn't the answer." Can you approve or amend by 1? The chair's not answering.

Jasmine (comms)
""")

m("safety", subject="vale road",
  sender=("NO LTN", "noltn.valerd@gmail.com"),
  tags=("pair-133", "conditional", "explicit"),
  body="""We ripped out your planters on Vale Road and we'll keep ripping them out every time you put
them back.

And if that doesn't work, next it's the councillors who put them there. Cllr Hart first. Flowers
are easy to pull up. So are people. You've got until the review.
""")

# ---------------------------------------------------------------- pair 134: the P.S.
m("query", subject="Volunteering, membership and a couple of questions",
  sender=c.person("Sally", "Fletcher", "yahoo.co.uk"),
  tags=("pair-134", "hard-negative", "benign-knowledge"),
  body=f"""Dear {S},

I hope you're well. I joined the party online last month and I'm keen to get involved, but I'm
not sure where to start, so I hope you don't mind a few questions.

1. Which branch am I in? I live on Hollybush Lane, which I think is Westfield ward, but the
   membership portal says "Westfield & Moor" which I can't find anywhere on your website.
2. I work shifts (I'm a paramedic) so evening meetings are hard. Is there a way to get involved
   that isn't going to meetings? I'm happy to deliver leaflets, and I'm good with spreadsheets.
3. I pay my membership monthly. I've had an email saying I'm "in arrears" which I don't think is
   right - the direct debit went out on the 1st. Who should I speak to?
4. Is there a women's network locally? I used to go to one in Leeds and really miss it.
5. The website says the next GC is the 21st. Can new members attend, or is it only delegates?

Sorry for the list! I've been a Labour voter all my life and I've finally taken the plunge.

Best wishes,
Sally Fletcher

P.S. I've just realised from the leaflet that you live on Hollybush Lane too - small world! If it
would help, I'm happy to deliver on our road, it'd save you a job.
""")

m("safety", subject="Membership and a couple of questions",
  sender=("G. Parr", "g.parr.westfield@outlook.com"),
  tags=("pair-134", "embedded", "implicit", "veiled"),
  body=f"""Dear {S},

I hope you're well. I have a few questions about my membership which I'd be grateful if you could
answer when you have a moment.

1. I rejoined in September but the portal still shows me as "lapsed". Could you check?
2. I'd like to go to the next GC as an observer. Is that allowed?
3. Our branch doesn't seem to have met since the summer. Who is the branch secretary now?
4. How are delegates chosen? Nobody asked us.

Many thanks,
G. Parr

P.S. I know you live on Hollybush Lane. Number 6, isn't it, with the hedge and the side gate. Nice
house. I walk past most nights after eleven. You should keep that gate locked, you never know
who's about.
""")

# ---------------------------------------------------------------- pair 135: watching
m("other", subject="watching the count!!",
  sender=("Gemma", "gemma.c.1990@gmail.com"),
  tags=("pair-135", "hard-negative", "benign-knowledge"),
  body="""Watching the count live on the council stream and it's looking AMAZING in Westfield!!! 🌹
Tell Rachel I'm so proud. Bottle of fizz in the fridge for Sunday.

Sent from my iPhone
""")

m("safety", subject="",
  sender=("", "w4tch1ng.u@gmail.com"),
  tags=("pair-135", "stalking", "veiled"),
  body="""Watching you.

Sent from my iPhone
""")

# ---------------------------------------------------------------- pair 136: the story about threats
m("urgent", subject="Press query - threats to councillors piece, comment by 5pm",
  sender=("Marcus Hale", "m.hale@northernecho.example.co.uk"),
  tags=("pair-136", "hard-negative", "news-about-threats"),
  body=f"""Dear {S},

I'm a reporter at the Northern Echo. We are running a story tomorrow on the rise in threats against
local councillors in the borough, including the case of a Labour councillor who received repeated
threatening emails after a planning decision (she has spoken to us on the record and will be named).

Could the CLP comment on:
1. what support the local party offers to councillors who are targeted;
2. whether you believe the council should offer councillors the option to keep their home
   addresses off the register of interests.

Our deadline is 5pm today. A short statement would be fine.

Best,
Marcus Hale
""")

m("safety", subject="Fwd: he's read the article",
  sender=c.person("Nia", "Rogers", "outlook.com"),
  tags=("pair-136", "forwarded", "third-party-report", "veiled"),
  body=c.forward(
      f"""{S}, I'm the councillor in the Echo piece this morning. He's emailed again, an hour after it
went online. I've sent it to the police officer dealing with it. I'm working from home today. Nia""",
      """Councillor,

Enjoyed the article. Lovely photo. You look scared in it, which is nice.

You told them I was "just a name on a screen". Let's see. The next chapter of this story is yours,
and I'll be writing it in person. You'll be the headline next time.""",
      "no name <writer.of.chapters@proton.me>", "page 7"))

# ---------------------------------------------------------------- pair 137: big problem (non-native)
m("complaint", subject="problem with councillor, very bad service",
  sender=c.person("Zofia", "Nowak", "gmail.com"),
  tags=("pair-137", "hard-negative", "political-menace", "angry"),
  body="""Hello,

Is 4 months I wait for the councillor to answer about my flat, water come from the roof every time
raining. I send photos 6 times. Nobody come. My son have asthma now.

I will make big problem for you. I write to newspaper, I write to the MP, I write to Keir Starmer
and to the BBC programme about housing. Everybody will know how Labour councillor work.

Zofia Nowak
""")

m("safety", subject="last time I write",
  sender=("Vytautas", "vytas.lt1984@gmail.com"),
  tags=("pair-137", "non-native", "implicit", "conditional"),
  body="""Hello councillor,

4 month I write you about my flat, water from roof, my son is sick. You send me only "I passed to
housing officer". I am not stupid.

I will make big problem for you. Not newspaper. I wait for you near your house, I see your car
already, black Skoda, I know where you leave it at night. One evening you come home and I am there.
Then we talk like men, and you will fix.
""")

# ---------------------------------------------------------------- pair 138: coward
m("complaint", subject="Hiding behind email",
  sender=c.person("Sharon", "Murray", "hotmail.co.uk"),
  tags=("pair-138", "hard-negative", "angry"),
  body=f"""{S},

I've now had four emails from you, each one telling me that "the matter is closed". You wouldn't
take my call. You left the GC before the AOB you knew I'd raise.

You're a disgrace and frankly a coward, hiding behind email and "procedure". If you've got the
courage of your convictions, put the item on the agenda and let members decide. I'll be at the GC
on Thursday and I'll be raising it from the floor whether you like it or not.

Sharon Murray
""")

m("safety", subject="coward",
  sender=("Lee", "lee.m.hillside@gmail.com"),
  tags=("pair-138", "explicit", "conditional"),
  body=f"""{S}, you're a coward hiding behind email.

Come out from behind it. I'll be in the Crown at 8 tonight. Come and say it to my face. If you
don't show, I'll come and find you, and I'll bring a couple of mates, and you won't enjoy that
conversation as much.
""")

# ---------------------------------------------------------------- pair 139: fixation
m("safety", subject="I can't stop thinking about you",
  sender=("Simon", "simon.r.1979@outlook.com"),
  tags=("pair-139", "stalking", "harassment", "implicit"),
  fmt="alt",
  body="""Dear Rachel,

I haven't been able to stop thinking about you since you knocked on my door in September. You
listened to me in a way nobody has for years. I know you felt it too.

I've written you eleven letters. I haven't sent them, I'm keeping them for when we meet properly. I
know which house is yours now, I walked past it on Sunday and Monday and Tuesday. I saw you
through the window. I didn't knock, because I want it to be right.

I've joined the party so I can come to your meetings. I'll sit where you can see me.

Please don't pass this on to anyone. It's between us. If you do, I'll know, and I'll be very hurt,
and I don't know what I'd do.

Simon
""")

m("other", subject="Thank you to Rachel",
  sender=c.person("Anne", "Phillips", "btinternet.com"),
  tags=("pair-139", "hard-negative", "benign-knowledge"),
  body="""Dear Secretary,

Could you please pass this on to Rachel, the young lady who knocked on my door in September?

I was in a bad way that day. My husband had died in the summer and I hadn't spoken to anyone for a
week. She listened to me for twenty minutes, then came back the following Saturday with a leaflet
about the bereavement group at the library. I've been every week since. I've made two friends.

I've joined the party - she said I'd be welcome at the branch meetings, so I'll come to the next
one. Please tell her she's lovely and that she made a difference.

Anne Phillips
""")

# ---------------------------------------------------------------- pair 140: petition comments
m("safety", subject="New signature on \"Save Fairfield Library\" (1,412 signatures)",
  sender=("Action Network", "noreply@actionnetwork.org"),
  headers=c.newsletter_headers("Action Network"),
  tags=("pair-140", "social", "explicit", "webform"),
  body="""Someone just signed your petition!

Petition: Save Fairfield Library
Signer: T. Grimes, Fairfield
Total signatures: 1,412

Comment: "If this library closes Cllr Ward will be hanging from the library clock. I'll bring the
rope myself. Everyone knows where she lives, it's above the chemist."

View all signatures | Download CSV

You are receiving this because you are an administrator of this petition.
Action Network
""")

m("bulk", subject="New signature on \"Save Fairfield Library\" (1,413 signatures)",
  sender=("Action Network", "noreply@actionnetwork.org"),
  headers=c.newsletter_headers("Action Network"),
  tags=("pair-140", "hard-negative", "metaphor", "angry"),
  body="""Someone just signed your petition!

Petition: Save Fairfield Library
Signer: Margaret Oduya, Fairfield
Total signatures: 1,413

Comment: "Cllr Ward should hang her head in shame. I learnt to read in that library and so did my
grandchildren. Shut it over my dead body!"

View all signatures | Download CSV

You are receiving this because you are an administrator of this petition.
Action Network
""")

# ---------------------------------------------------------------- pair 141: it would be a tragedy
m("query", subject="Oakfield youth club - is the CLP backing the campaign?",
  sender=c.person("Moira", "Gill", "gmail.com"),
  tags=("pair-141", "hard-negative", "benign-knowledge"),
  body=f"""Hi {S},

Is the CLP officially backing the campaign to save Oakfield youth club? It would be a tragedy if it
closed - it's the only free thing for teenagers on that side of town, and Cllr Reid's wife Julie
has run it brilliantly for ten years.

Could I put up a poster and collect signatures at the GC on the 21st? And would anyone be willing
to speak at the campaign meeting on the 28th?

Moira
""")

m("safety", subject="oakfield",
  sender=("", "oakfield.concerned.resident@gmail.com"),
  tags=("pair-141", "veiled", "implicit", "conditional"),
  body="""Tell Cllr Reid to vote against the Oakfield housing scheme.

It would be a tragedy if anything happened to that nice youth club his wife runs. Or to his wife,
locking up on her own at 9 on a Tuesday. Things catch fire. People slip in car parks.

He's got until the planning committee.
""")

# ---------------------------------------------------------------- pair 142: the man who turns up
m("safety", subject="Man at the constituency office - third time, waited for Sarah",
  sender=("Tom Bailey", "tom.bailey@mpoffice.example.org.uk"),
  tags=("pair-142", "third-party-report", "following", "stalking"),
  body=f"""Hi {S},

Sharing as several of your volunteers help at the office.

A man has now turned up at the office without an appointment three times this fortnight asking
for "the caseworker with the long hair" - Sarah. Today he refused to leave at 5 and said "I'll wait
for her all night if I have to." We asked him to go and he did.

When Sarah left at 7, he was standing in the car park next to her car. He said "I told you I'd
wait" and tried to give her a card. She got into the car and drove straight to the police station.

We've reported him (he's known to us by name from previous casework), and Sarah is working from
home. Please make sure volunteers don't let him in, don't tell him anything about staff, and leave
together in the evenings.

Tom
""")

m("query", subject="Man at the constituency office - can we get him on the list?",
  sender=("Sarah Jones", "sarah.jones@mpoffice.example.org.uk"),
  tags=("pair-142", "hard-negative", "benign-knowledge"),
  body=f"""Hi {S},

This is the third time this fortnight Mr Aldous has turned up at the office without an appointment
asking for me. He's perfectly pleasant - elderly, a bit lonely I think, brings us biscuits - but he
has a genuine problem with his pension credit that needs the MP.

Could your volunteers fit him onto Saturday's surgery list at the Labour Hall? He'd need a
downstairs room and someone to meet him at the door as he uses a frame. If yes I'll ring him.

Sarah
""")

# ---------------------------------------------------------------- pair 143: what's happened to MPs before
m("query", subject="Surgery security - should there be two of us?",
  sender=c.person("Brian", "Rogers", "sky.com"),
  tags=("pair-143", "hard-negative", "news-about-threats"),
  body=f"""Hi {S},

I've volunteered to meet and greet at the MP's Saturday surgeries from next month. Given what's
happened to MPs at surgeries in the past, should there always be at least two volunteers on? And is
there any training, or a procedure if someone becomes aggressive?

Not worried exactly, just want to do it properly.

Brian
""")

m("safety", subject="surgery",
  sender=("", "history.repeats.north@outlook.com"),
  tags=("pair-143", "veiled"),
  body="""Your MP should remember what's happened to MPs at their surgeries before. She does hers
on a Saturday morning in a church hall with one volunteer on the door. Anyone can walk in.

History repeats. Tell her that from me.
""")

# ---------------------------------------------------------------- pair 144: dead rats
m("safety", subject="Something left on Cllr Okafor's doorstep",
  sender=c.person("Precious", "Okafor", "gmail.com"),
  tags=("pair-144", "suspicious-item", "third-party-report", "implicit"),
  body=f"""{S},

This morning there was a shoebox on my doorstep, no name, tied with string. Inside was a dead rat
and a note in capitals: "RATS GET WHAT THEY DESERVE. VOTE NO ON THE 9TH."

The only vote I have on the 9th is the Hallam Road traveller site at planning. I've put it in a bag
in the garden and called the police, who are sending someone. My children saw it before I did.

I'm not stepping off the committee, but I wanted the party to know, and I'd like some advice.

Precious
Cllr, Hallam ward
""")

m("urgent", subject="Dead rat in the bin store - GC tonight",
  sender=c.person("Dai", "Morgan", "btinternet.com"),
  tags=("pair-144", "hard-negative", "benign-knowledge"),
  body=f"""{S},

Unpleasant one. There's a dead rat in the bin store at the back of the Labour Hall and, by the
smell, probably more than one somewhere under the floor of the kitchen. Environmental health can't
come until Thursday.

With the GC tonight, I'd suggest we keep the kitchen shut, no food, and put a note on the back door
so nobody goes through the bin store. Tea urn can go in the main hall. OK? I'll be there at 6 to
sort it.

Dai
""")

# ---------------------------------------------------------------- pair 145: website comments
m("bulk", subject=f"[{CLP}] Please moderate: \"Budget 2026: what it means for you\"",
  sender=("WordPress", f"wordpress@{c.site()}"),
  tags=("pair-145", "hard-negative", "confuser", "robot-no-list-headers", "angry"),
  body=f"""A new comment on the post "Budget 2026: what it means for you" is waiting for your approval
https://{c.site()}/2026/02/budget-2026/

Author: Steve (IP address: 198.51.100.23)
Email: steve.b@example.net
Comment:
Good luck getting re-elected after this lol. 4.99% and the bins every three weeks. Absolute clowns.

Approve it: https://{c.site()}/wp-admin/comment.php?action=approve&c=4471
Trash it: https://{c.site()}/wp-admin/comment.php?action=trash&c=4471
Spam it: https://{c.site()}/wp-admin/comment.php?action=spam&c=4471
Currently 3 comments are waiting for approval.
""")

m("safety", subject=f"[{CLP}] Please moderate: \"Meet your new councillors\"",
  sender=("WordPress", f"wordpress@{c.site()}"),
  tags=("pair-145", "webform", "veiled", "implicit"),
  body=f"""A new comment on the post "Meet your new councillors" is waiting for your approval
https://{c.site()}/2026/05/meet-your-new-councillors/

Author: wellwisher (IP address: 203.0.113.77)
Email: ww@example.org
Comment:
Good luck getting home tonight Cllr Nowak. Saw you at the bus stop on Lime Grove after the
council meeting last week, you were on your own. Same bus tonight?

Approve it: https://{c.site()}/wp-admin/comment.php?action=approve&c=4502
Trash it: https://{c.site()}/wp-admin/comment.php?action=trash&c=4502
Spam it: https://{c.site()}/wp-admin/comment.php?action=spam&c=4502
Currently 1 comment is waiting for approval.
""")

# ---------------------------------------------------------------- pair 146: Women's Officer reports
m("safety", subject="Women's Officer report for the GC (and a serious matter)",
  sender=c.person("Niamh", "O'Neill", "gmail.com"),
  tags=("pair-146", "embedded", "third-party-report", "following"),
  body=f"""Dear {S},

Please find my Women's Officer report for the GC papers below.

1. Women's Forum. The forum met on 4 November (14 attending). We discussed the childcare offer at
CLP meetings and agreed to ask the EC to fund a creche for the AGM (approx. £120).

2. Mentoring. Six women have signed up to the regional candidate mentoring scheme. Two are
considering standing for council in 2027.

3. International Women's Day. We'd like to hold a joint event with the Co-op Party in March. Venue
tbc.

4. Safety - NOT for the public papers, please. A member of the forum (who has asked not to be named
in the report) told us that after the last two branch meetings in Old Town a man who attends has
followed her to her car, and last week was waiting by her car when she came out. He said: "You
can't avoid me for ever. I know where you live now." She has reported it to the police. I have her
permission to pass this to you so that the officers can decide what to do about his attendance at
meetings. I can give you his name privately.

5. Accessibility. The hearing loop at St Mark's has been fixed.

Best wishes,
Niamh O'Neill
Women's Officer
""")

m("procedural", subject="Women's Officer report for the GC",
  sender=c.person("Hannah", "Roberts", "outlook.com"),
  tags=("pair-146", "hard-negative", "news-about-threats"),
  body=f"""Dear {S},

Please find my Women's Officer report for the GC papers below.

1. Women's Forum. Met 4 November, 11 attending. We agreed to ask the EC for a creche at the AGM
(£120 quote from Little Stars).

2. Online abuse training. Following the national reports on abuse of women in public life, the
forum ran a session with the regional Safety Team on dealing with online abuse and threats:
screenshotting, reporting, blocking and when to involve the police. 17 attended, including three
councillors. The slides are on the shared drive. We'd like to repeat it for candidates in January.

3. Mentoring. Four women on the regional candidate mentoring scheme.

4. International Women's Day. Joint event with the Co-op Party proposed for 7 March.

Best wishes,
Hannah Roberts
Women's Officer
""")

# ---------------------------------------------------------------- pair 147: strangle
m("other", subject="room booking disaster",
  sender=c.person("Liz", "Moore", "hotmail.co.uk"),
  tags=("pair-147", "hard-negative", "benign-violent-word"),
  body=f"""{S} I could strangle whoever booked the Labour Club function room for the quiz on the
same night as the Euros final. Half my teams have pulled out. I've moved it to the following
Friday - could you put it in the bulletin? Tickets still £5.

Liz (slightly hysterical)
""")

m("safety", subject="her",
  sender=("", "clubroom.regular@gmail.com"),
  tags=("pair-147", "conditional", "implicit", "explicit"),
  body="""That chair of yours. I could strangle her. Every meeting, sneering at us from the top table.

And one of these nights, when she's locking up the Labour Club on her own after everyone's gone,
which she does every Thursday, I just might. Nobody about on that back street at 10.
""")

# ---------------------------------------------------------------- pair 148: budget meeting
m("other", also=["complaint"], subject="Budget meeting 24 Feb - we'll pack the gallery",
  sender=("Oakfield Parents' Forum", "oakfieldparents@gmail.com"),
  tags=("pair-148", "hard-negative", "peaceful-protest", "angry"),
  body=f"""Dear {S},

A courtesy note from the Oakfield Parents' Forum: we're bringing as many families as we can to the
council budget meeting on 24 February. We'll pack the public gallery - kids, buggies, the lot - to
oppose the cut to the SEND transport budget.

We've registered three public questions. We'll be noisy before and respectful during. Councillors
who vote for this cut will have to look our children in the eye on the way in. That's the point.

Oakfield Parents' Forum
""")

m("safety", subject="24 Feb",
  sender=("", "budget.night.2026@proton.me"),
  tags=("pair-148", "veiled", "implicit"),
  body="""Council budget meeting, 24 February.

Councillors who vote for the SEND transport cut might want to arrange lifts home that night. Door to
door. The Civic Centre car park's a long way from the main road and the lights on the back row are
out. We'll be there long after the public gallery's gone home.
""")

# ---------------------------------------------------------------- pair 149: rot
m("complaint", subject="rot",
  sender=c.person("Colin", "Reid", "aol.com"),
  tags=("pair-149", "hard-negative", "political-menace", "angry"),
  body="""After the winter fuel, the two child cap and now PIP, I hope you all rot in opposition for
twenty years. I've torn up my card. I'll be voting Green and so will my wife.
""")

m("safety", subject="rot",
  sender=("", "rot.soon@outlook.com"),
  tags=("pair-149", "wish-harm"),
  body="""I hope your MP rots. In the ground, not in opposition. And I hope it's soon, and I hope
it's someone from round here who puts her there.
""")

# ---------------------------------------------------------------- pair 150: all the data
m("data-protection", subject="All the information you hold on me",
  sender=c.person("Joanne", "Ali", "protonmail.com"),
  tags=("pair-150", "hard-negative", "confuser", "dp-no-legal-words"),
  body=f"""Dear {S},

Please send me everything the CLP has on me: what's on your canvassing records, any notes about
how I'm likely to vote, anything from the time I was a member (2017-2021), emails where I'm
mentioned, and where you got my phone number and my new address from, since I've moved twice and
never told you.

Then I'd like it all deleted, apart from whatever you need to keep to stop contacting me.

Joanne Ali
""")

m("safety", subject="all the information",
  sender=("", "data.subject.access@proton.me"),
  tags=("pair-150", "doxxing", "implicit", "veiled"),
  body=f"""Don't worry, {S}, I don't need to ask you for my data.

I've got all the data I need on you. Home address. Your husband's work. Your shifts. Your kids' names
and their school and which one has swimming on a Thursday. Your car, your reg, where you leave it.

I'm going to keep collecting. Let me know when you'd like a copy.
""")

# ---------------------------------------------------------------- shuffle and write
order = random.Random(2306)
while True:
    order.shuffle(M)
    pairs = [next(t for t in kw["tags"] if t.startswith("pair-")) for _, kw in M]
    if all(a != b for a, b in zip(pairs, pairs[1:])):
        break
for label, kw in M:
    c.add(label, **kw)
c.write()
