#!/usr/bin/env python3
"""train_tr7: parenting forums, local community forums (noise, parking, planning) and friends' rants.

Every message here is heated list or forum traffic (or a friend's rant) full of violent
figures of speech and none of it a threat to anyone at the party: hard negatives for safety.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402
import listkit  # noqa: E402
from listkit import (  # noqa: E402,F401
    GG, digest, discourse, facebook, footer, lheaders, post, q, robot_headers, slug, token,
)

c = Corpus("train", "tr7", seed=3107)
SEC = c.secretary()[0].split()[0]
listkit.bind(c)

PTA, PTAD = "St Wilfrid's PTA", "googlegroups.com"
RES, RESD = "Ashgrove Residents", "lists.ashgroveresidents.org.uk"
PAR, PARD = "Kelder Parents Network", "googlegroups.com"


def nextdoor(area, items, tags):
    """A Nextdoor-style digest; items are (name, street, title, text)."""
    lines = [f"Trending in {area}\n"]
    for name, street, title, text in items:
        lines.append(f"{title}\n{name} · {street}\n\n{text.strip()}\n\nReply · Thank\n")
    lines.append("See all posts: https://nextdoor.co.uk/news_feed/\n\n"
                 f"This message is intended for {c.clp[2]}.\nUnsubscribe or change your email settings: "
                 f"https://nextdoor.co.uk/email_settings/?t={token()}\nNextdoor, 420 Taylor Street, San Francisco, CA 94102\n")
    c.add("bulk", "\n".join(lines), subject=f"{items[0][2]} · {area}",
          sender=("Nextdoor", "reply@rs.email.nextdoor.co.uk"),
          headers=robot_headers(f"https://nextdoor.co.uk/email_settings/?t={token()}"),
          fmt=c.rng.choice(["alt", "plain"]), tags=tags)


def mumsforum(board, title, who, text, tags):
    """A parenting-forum 'watched thread' notification carrying the new post."""
    body = (f"{who} has posted on a thread you're watching:\n\n{board}: {title}\n\n"
            f"{text.strip()}\n\nView the thread: https://www.parentstalk.example/{slug(board)}/{c.rng.randrange(10**6, 10**7)}\n\n"
            f"You're getting this email because you're watching this thread. Stop watching: "
            f"https://www.parentstalk.example/watch/stop/{token()}\n")
    c.add("bulk", body, subject=f"New post on \"{title}\"", sender=("ParentsTalk", "noreply@parentstalk.example"),
          headers=robot_headers("https://www.parentstalk.example/account/notifications"),
          fmt="plain", tags=tags)


# 1 AIBU-style parenting forum ------------------------------------------------------------
mumsforum("Am I being unreasonable?", "AIBU to want to murder the man who designed school uniform trousers",
          "BiscuitBandit", """\
Third pair this term. THIRD. Knees out by week two. They're 100%
polyester, they cost £14 from the "approved supplier" because they have
a tiny embroidered crest on the pocket, and they disintegrate if a
child so much as looks at a playground.

I'm not actually going to murder anyone. I'm just going to lie on the
kitchen floor for a while and think about it.
""", ("hard-negative", "benign-violent-word", "angry", "list"))

# 2
mumsforum("Am I being unreasonable?", "AIBU to want to murder the man who designed school uniform trousers",
          "TeaAndSympathy2", """\
YANBU. Join me on the floor. Ours are on the fourth pair and it's
October. Iron-on knee patches, Lidl sell them, changed my life. Also
write to the governors about the crest thing - our school dropped the
logo requirement after enough of us moaned and the price halved
overnight.
""", ("hard-negative", "benign-violent-word", "list"))

# 3 sleep training flame
mumsforum("Sleep", "Controlled crying - please don't flame me",
          "NightOwlMum", """\
> Controlled crying is child abuse. Full stop. You are teaching your
> baby that nobody comes.

And you're an idiot. Sorry, but you are. I did controlled crying with
both of mine at 8 months after a year of waking every 45 minutes. I
was hallucinating on the M6. I came closer to killing us both by
falling asleep at the wheel than controlled crying ever came to
harming my son. He's nine now, he's bright, he's happy, he sleeps like
a log and he hugs me every night.

You don't get to call a sleep-deprived mother an abuser on a Tuesday
afternoon and then go back to your coffee.
""", ("hard-negative", "angry", "benign-violent-word", "list", "quoted"))

# 4
mumsforum("Sleep", "Controlled crying - please don't flame me",
          "Moderator_Jen", """\
Hi all, we've deleted a number of posts on this thread for breaking
Talk Guidelines (personal attacks). Please remember the OP asked for
support, not a war. You're welcome to disagree with the approach, but
do it without calling anyone an abuser or an idiot. Thanks.
""", ("hard-negative", "benign-violent-word", "list"))

# 5 PTA list - bloodbath
post(PTA, PTAD, "Re: Summer Fair debrief", """\
Well. That was a bloodbath.

For those who couldn't make the debrief: we made £2,140, which is
brilliant. We also had a forty-minute argument about whether the
tombola should have had "grown-up" prizes (bottles of wine) and a
further twenty about whose idea the bouncy castle was, given that it
deflated with eleven children inside it at 2:15pm.

Nobody was hurt. Several egos were.

Minutes to follow, heavily edited.

Kate (Secretary, for my sins)
""", sender=c.person("Kate", "Hollings"), foot="gg",
     tags=("hard-negative", "metaphor", "benign-violent-word", "list"))

# 6 reply
post(PTA, PTAD, "Re: Summer Fair debrief", """\
> whose idea the bouncy castle was

It was Darren's idea, I have the WhatsApp screenshots, and I will go
to my grave defending my innocence. I wanted a coconut shy.

Also I'd like to formally withdraw "grown-up prizes" and apologise to
the Reception parent who won a bottle of gin and had to carry it home
in a book bag past the headteacher.

Mel
""", sender=c.person("Melanie", "Dyson"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

# 7 school-run parking war
post(PTA, PTAD, "School gate parking - it's going to end in tears", """\
Dear parents,

Please, please stop parking on the zigzags, on the pavement by the
crossing, and across the driveways on Elmfield Road. Yesterday a
resident couldn't get out for a hospital appointment. On Monday a Year
1 child stepped out between two 4x4s and a van missed her by a foot.

I know the school run is a war zone. I know you're late. We're all late.
But one of these mornings somebody is going to get killed and we'll
all be standing at the gates wishing we'd walked.

The council's camera car is coming next week, FYI.

Mrs Achebe
Headteacher
""", sender=c.person("Ngozi", "Achebe"), foot="gg", reply=False,
     tags=("hard-negative", "metaphor", "benign-violent-word", "list"))

# 8 angry parent reply
post(PTA, PTAD, "Re: School gate parking - it's going to end in tears", """\
> Please, please stop parking on the zigzags, on the pavement by the
> crossing, and across the driveways on Elmfield Road.

With respect Mrs Achebe, some of us have to drop off and then drive 25
minutes to work for 9. Not everybody can walk. The council shut the
crossing patrol, took away the bus, and now wants to fine us for
parking. We're being squeezed from both ends and then lectured.

I'll stop parking on Elmfield when someone gives me another option.
Until then, the camera car can do its worst.

Dean Pritchard (Y3 & Y5 dad)
""", sender=c.person("Dean", "Pritchard"), foot="gg",
     tags=("hard-negative", "angry", "list", "quoted"))

# 9 residents list - noise
post(RES, RESD, "[Ashgrove] Noise from no. 14 - AGAIN", """\
I'm sorry to raise this again but it's now 1:40am and the bass from
number 14 is going through my bedroom wall like a pneumatic drill. This
is the fourth weekend running. I have a newborn. My husband works
nights. We have asked nicely three times. We've left a note. We've
reported it to the council noise team, who sent a letter.

I'm at the end of my rope. If I have to listen to one more drum and
bass remix of a Whitney Houston song I'm going to lose my mind.

Sorry for ranting on here. I don't know what else to do.

Aisha (no. 12)
""", sender=c.person("Aisha", "Rahman"), reply=False,
     tags=("hard-negative", "angry", "metaphor", "list"))

# 10 reply from no. 14
post(RES, RESD, "Re: [Ashgrove] Noise from no. 14 - AGAIN", """\
On Sat, Aisha Rahman wrote:
> If I have to listen to one more drum and bass remix of a Whitney
> Houston song I'm going to lose my mind.

Aisha, this is Tom from 14. I'm mortified. I honestly didn't realise it
was that bad through the wall - the landlord told us the walls were
"soundproofed", which I now realise meant "painted". I've moved the
speaker off the party wall and it's going off at 11 from now on, every
night, no exceptions. Come and bang on the door any time.

Also congrats on the baby. I'll stop murdering Whitney.

Tom
""", sender=c.person("Tom", "Halloran"),
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

# 11 parking war on residents list, nasty
post(RES, RESD, "[Ashgrove] The white Transit on the corner", """\
Whoever owns the white Transit that's been parked on the corner of
Ashgrove and Mill Lane for NINE DAYS: you are blocking the sightline
for everyone pulling out. Yesterday I nearly got T-boned by the 42 bus.
It's a miracle nobody's been killed.

I've reported it to parking enforcement, the police non-emergency line
and the council. I'm putting it here as well so you know it was me.
Move it.

Brian (no. 3)
""", sender=c.person("Brian", "Wetherall"), reply=False,
     tags=("hard-negative", "angry", "benign-violent-word", "list"))

# 12 reply nasty but not threatening
post(RES, RESD, "Re: [Ashgrove] The white Transit on the corner", """\
> I'm putting it here as well so you know it was me.

Well done Brian, you've finally achieved your dream of being the street's
official grass. It's my van. It's legally parked - I measured it, it's
11 metres from the junction, the rule is 10. I'm a plumber. It's got my
tools in. Where exactly would you like me to park it, your front room?

You've been on my case since I moved in because I put a trampoline in
my front garden. Get a hobby.

Lee (no. 7)
""", sender=c.person("Lee", "Gormley"),
     tags=("hard-negative", "angry", "list", "quoted"))

# 13 mod
post(RES, RESD, "Re: [Ashgrove] The white Transit on the corner", """\
Right, both of you, that's enough. This list is for the whole street,
not for neighbour disputes conducted in capital letters. Brian, Lee:
I'll knock on both your doors tomorrow with a tape measure and a pot of
tea and we can sort it out like adults.

Everyone else: the residents' association meeting is Thursday, 7pm, at
the Methodist hall. Item 1 on the agenda is, I'm afraid, parking.

Jean (RA chair, tired)
""", sender=c.person("Jean", "Mossop"),
     tags=("hard-negative", "angry", "list"))

# 14 Nextdoor digest
nextdoor("Cranmoor", [
    ("Sandra P.", "Hollin Lane", "Who keeps parking on the verge outside the school?", """\
Every morning, same silver Qashqai, churning up the grass verge the
Friends of Cranmoor planted with bulbs in October. The daffodils are
dead. DEAD. I've got photos. Some of us spend our weekends on this."""),
    ("Mark T.", "Station Road", "Fireworks at midnight - seriously?", """\
Three nights running, big rockets from somewhere near the rec at gone
midnight. Dog's a wreck, baby's awake, and the bloke at 9 thinks a war's
broken out. It's not even bonfire night any more. It's February."""),
    ("Jackie W.", "Moorside", "Lost: grey tabby, answers to Biscuit", """\
Missing since Tuesday. Microchipped. Please check sheds. Last seen
terrorising the robins at no. 22."""),
], ("hard-negative", "angry", "benign-violent-word", "metaphor", "list"))

# 15 Facebook residents group - LTN rage
facebook("Colin Daintith", "Northfield Residents (Official)", """\
The council has murdered this neighbourhood with their "Low Traffic Neighbourhood". It takes me 25 mins to
get to the Co-op which is half a mile away. Businesses on the high street are dying. The planters are
full of cans. Whoever dreamt this up should be made to drive round it every day for a year. Not one
resident was asked.""", ("hard-negative", "metaphor", "angry", "social", "list"), extra="78 comments\n\n")

# 16 Facebook reply
facebook("Amira Yousef", "Northfield Residents (Official)", """\
Colin there were THREE consultations and two drop-in sessions. I went to both. My kids can now cycle to
school without a lorry on their shoulder. "Murdered" is a bit much when actual people used to get hit on
that rat run every year.""", ("hard-negative", "metaphor", "angry", "social", "list"),
         verb="commented on Colin Daintith's post in")

# 17 other: friend rant about neighbour
c.add("other", f"""\
{SEC}, I need to vent.

New neighbour has decided that the shared drive is HIS drive. Every
evening there's his Audi, precisely diagonal, so I have to do a
fourteen-point turn to get out. I've asked him. He smiled and said
"oh, is that a problem?" in the tone of a man who knows exactly that
it's a problem.

I've now measured the drive, dug out the deeds, and drafted a very
calm letter which Paul has made me take six adjectives out of. I am
still imagining his Audi rolling gently into the canal. I know this is
not the behaviour of a responsible ward officer. I'm not going to do
anything. It's just nice to imagine.

See you Thursday. Don't let me near the parking item on the agenda.

Carol
""", subject="drive wars", sender=c.person("Carol", "Whitworth", "btinternet.com"),
      fmt="plain", tags=("hard-negative", "angry", "metaphor"))

# 18 SEND battle parents list
post(PAR, PARD, "EHCP tribunal - we won!!!", """\
After TWO YEARS of fighting the local authority, three refusals, one
appeal, a 400-page bundle and a tribunal that lasted five hours, we won.
Full EHCP, specialist placement, transport.

I want to say to every parent on here still in the trenches: don't give
up. They count on you being too tired to fight. Be the mum who's too
angry to be tired. I wrote half my submission at 3am with a toddler
asleep on me and a vat of coffee.

The LA's barrister tried to tear my evidence to shreds and the judge
just looked at her and said "the mother knows her child". I cried.

Thank you all for keeping me going. I'll pay it forward.

Lisa
""", sender=c.person("Lisa", "Brannan"), foot="gg", reply=False,
     tags=("hard-negative", "metaphor", "angry", "list"))

# 19 reply
post(PAR, PARD, "Re: EHCP tribunal - we won!!!", """\
BRILLIANT news Lisa. Absolutely brilliant. The system is designed to
grind us down and you didn't let it.

Can I ask who your solicitor was? We're going to tribunal in March and
I feel like I'm taking a butter knife to a gunfight.

Farah
""", sender=c.person("Farah", "Chaudhry"), foot="gg",
     tags=("hard-negative", "metaphor", "benign-violent-word", "list"))

# 20 dads group, humour
post("Kelder Dads", "googlegroups.com", "Toddler update: he has discovered the word 'no'", """\
Two-year-old update. He has learned "no". He uses it as a complete
sentence, a battle cry and a lifestyle. This morning, asked if he wanted
toast, he said "NO" and then screamed for forty minutes because he
didn't have toast.

Dealing with him is like negotiating with a very small, very sticky
terrorist. He makes demands. He does not accept terms. He takes hostages
(the remote). Any of you seasoned veterans got advice?

Sunil
""", sender=c.person("Sunil", "Mistry"), foot="gg", reply=False,
     tags=("hard-negative", "metaphor", "benign-violent-word", "list"))

# 21 reply
post("Kelder Dads", "googlegroups.com", "Re: Toddler update: he has discovered the word 'no'", """\
Sunil Mistry wrote:
> Any of you seasoned veterans got advice?

Don't negotiate with terrorists. Offer two choices you're happy with
("red cup or blue cup?") and let him "win". Also, hide the remote.
Mine's 4 now and the "no" phase has been replaced by the "why" phase,
which is worse, because you can't win it. It's like being interrogated
by a tiny philosophy lecturer who can't reach the light switch.

Godspeed, soldier.

Gav
""", sender=c.person("Gavin", "Tierney"), foot="gg",
     tags=("hard-negative", "metaphor", "benign-violent-word", "list", "quoted"))

# 22 residents list: hedge feud
post(RES, RESD, "[Ashgrove] The Leylandii at no. 22 - a plea", """\
I've lived at no. 20 for thirty-one years. For the last twelve of
them, my back garden has been in permanent twilight thanks to the
Leylandii at no. 22, which are now, by my measurement, 34 feet tall.
My tomatoes have given up. My wife's washing never dries. Our cat has
developed a vitamin D deficiency (the vet's words, not mine).

I have asked politely. I have written to the council under the high
hedges legislation. I have offered to pay for half of the cutting.

Next stop, I'm afraid, is a chainsaw and a solicitor - in that order
of preference, legally the other way round.

Roy
""", sender=c.person("Roy", "Whitehead"), reply=False,
     tags=("hard-negative", "angry", "benign-violent-word", "legal-threat", "list"))

# 23 nextdoor second digest
nextdoor("Ashgrove & Mill Lane", [
    ("Dev K.", "Mill Lane", "Drilling at 7am on a SUNDAY", """\
Whoever's doing the loft conversion behind the Co-op: 7am on a Sunday?
I thought somebody was drilling into my skull. Council hours are 8-6
weekdays, 8-1 Saturdays and NONE on Sundays. I'm not a violent man but
I've dreamt about that drill."""),
    ("Pat R.", "Ashgrove", "Re: Drilling at 7am on a SUNDAY", """\
It's my son-in-law, sorry Dev, I've told him. He's from Leeds, they
don't have Sundays there."""),
    ("Hannah L.", "Orchard Close", "Ice cream van playing Greensleeves at 9pm", """\
It's a lovely tune. It is less lovely at 9pm outside a house with
three children who have just got to sleep. I could cheerfully strangle
the man, and then buy a 99."""),
], ("hard-negative", "benign-violent-word", "angry", "list"))

# 24 parenting: teen rant from parent
mumsforum("Teenagers", "15yo son says he'll 'literally die' without a £200 coat",
          "KeepCalmAndCarryWine", """\
Update: he did not literally die. He is alive and wearing the £40 coat
from Sports Direct, in which he claims he "looks like a dad", which he
means as the most devastating insult in the English language. I have
been told I've "ruined his life" and "destroyed his reputation"
(at a school where, as far as I can tell, everybody looks like a dad).

Twenty-three years till he moves out. Not that I'm counting.
""", ("hard-negative", "benign-violent-word", "list"))

# 25 PTA - treasurer row (angry)
post(PTA, PTAD, "Re: PTA accounts - questions", """\
I asked a simple question at the AGM - where did the £600 from the
Christmas raffle go - and I've been treated ever since like I accused
someone of murder. I didn't accuse anybody of anything. I asked to see
the bank statement. That's what a PTA treasurer is for.

If the committee would rather shoot the messenger than answer the
question, fine, but I'll keep asking at every meeting until I get an
answer. I'm nothing if not stubborn.

Jo Hirst (Y2 parent)
""", sender=c.person("Jo", "Hirst"), foot="gg",
     tags=("hard-negative", "angry", "benign-violent-word", "list"))

# 26 treasurer response
post(PTA, PTAD, "Re: PTA accounts - questions", """\
Jo Hirst wrote:
> I've been treated ever since like I accused someone of murder.

Jo - nobody thinks you accused anyone of murder. The raffle money went
on the Year 6 leavers' hoodies, because the school budget was cut and
we didn't want the kids whose parents can't afford £18 to be left out.
It's in the minutes of the January meeting, which I appreciate nobody
reads. Statement attached.

I'm sorry if it felt like a war. It's been a long year and we're all a
bit frazzled. Come on the committee. Genuinely. We need people who ask
questions.

Deborah (Treasurer)
""", sender=c.person("Deborah", "Quayle"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "metaphor", "list", "quoted"))

# 27 community forum - dog poo, nasty tone
post(RES, RESD, "[Ashgrove] Dog mess outside the nursery - enough", """\
To the owner of the large brown dog that is walked along Ashgrove at
about 6:30 every morning and who leaves a gift outside the nursery gate:
I've got you on my doorbell camera. You look round, you see nobody's
watching, and you walk off.

Thirty toddlers walk through that gate. I had to clean it off my
daughter's shoe with a lolly stick yesterday. I'm so angry I could
spit.

I've sent the footage to the council's dog warden. £100 fixed penalty.
Enjoy.

Gemma
""", sender=c.person("Gemma", "Lindley"), reply=False,
     tags=("hard-negative", "angry", "list"))

# 28 local news digest reply
post("Kelder Echo Daily", "lists.kelderecho.co.uk", "Re: [Echo Daily] Man fined after 'bin war' with neighbour", """\
> A Kelder man has been fined £400 after a two-year dispute with his
> neighbour over bin placement escalated into what magistrates called
> "a campaign of petty harassment", including moving her bins into the
> road every collection day and sending her 112 emails.

112 emails about bins. I thought my street was bad. Next time someone
on our Facebook group starts a bin war I'm going to post this link.

Also, full credit to the magistrate for "a campaign of petty
harassment", which is now what I call my marriage.

Keith
""", sender=c.person("Keith", "Dunstan"), foot="mailman3",
     tags=("hard-negative", "news-about-threats", "list", "quoted"))

# 29 parenting, non-native Polish mum forum
post(PAR, PARD, "Re: Half-term clubs - any recommendations?", """\
Hello, I am Agnieszka, my son is 8. I can recommend football camp in
Kelder Park, is very good, coaches are nice. But be careful, the boys
come home completely destroyed, my son was sleeping at 7pm like a dead
person, it was the best week of my life :)

Also the swimming one is ok but they kill you with price, £120 for 5
mornings.

Pozdrawiam
Agnieszka
""", sender=c.person("Agnieszka", "Nowak"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "list", "non-native"))

# 30 Urdu-speaking dad, noise complaint about mosque? Avoid. - instead about wedding music
post(RES, RESD, "Re: [Ashgrove] Wedding at no. 31 - apologies in advance", """\
Dear neighbours,

My daughter is getting married on Saturday 14th, the mehndi is on
Friday night in our garden. There will be dhol drum and music, we will
try to finish by 11pm, I promise. Please accept this as early apology,
and if it is too loud please come and knock, you will get sweets
instead of argument :)

Also everyone is invited to come for food on Friday, there is too much,
my wife has cooked like for army.

Mr Tariq Hussain, no. 31
""", sender=c.person("Tariq", "Hussain"),
     tags=("hard-negative", "list", "non-native"))

# 31 reply - sour
post(RES, RESD, "Re: [Ashgrove] Wedding at no. 31 - apologies in advance", """\
> if it is too loud please come and knock, you will get sweets
> instead of argument :)

That's very kind, Mr Hussain, and congratulations. I'll take the
sweets AND the argument, if that's all right - I'm 84 and the
argument is the only exercise I get.

Joking. We'll see you Friday. Save me a samosa.

Doreen (no. 29)
""", sender=c.person("Doreen", "Platt", "aol.com"),
     tags=("hard-negative", "list", "quoted"))

# 32 Facebook school mums group - nasty gossip argument
facebook("Kayleigh Bray", "Kelder Primary Parents Chat", """\
Can whoever keeps screenshotting this group and sending it to the head please stop. We all know
who you are. Its pathetic. If you've got a problem say it to peoples faces at the gate like an
adult instead of being a snake. Absolutely fuming""",
         ("hard-negative", "angry", "social", "list", "noisy"), extra="23 comments\n\n")

# 33 Facebook reply
facebook("Rachel Storr", "Kelder Primary Parents Chat", """\
Kayleigh, it was me and I'll say it to your face. The post about Miss Carter's weight was disgusting
and she's 23 and it's her first year. I'd do it again. Happy to chat at pick-up x""",
         ("hard-negative", "angry", "social", "list"),
         verb="replied to a comment in")

# 34 other: friend rant about the school
c.add("other", f"""\
Hi {SEC},

Sorry, I know this isn't party stuff but you'll get it. I've just come
out of a meeting with the school about Maisie's reading support and I'm
shaking I'm so angry. They've cut the TA hours AGAIN, they admitted she
hasn't had her one-to-one since October, and the deputy head sat there
telling me "we're all in the same boat". We are NOT in the same boat.
Her boat has a hole in it and nobody's bailing.

I wanted to turn the table over. I didn't. I smiled and said "I'll be
in touch" in my scariest voice and now I'm in the car eating a Twix.

Anyway. Can I come round Thursday and rant properly? Bring wine?

Hayley x
""", subject="school meeting - need to vent", sender=c.person("Hayley", "Pearson", "icloud.com"),
      fmt="plain", tags=("hard-negative", "angry", "metaphor"))

# 35 community forum - HMO planning, angry, metaphor
post("Save Hollin Park", "googlegroups.com", "HMO application on Cedar Road - objections by Friday", """\
Neighbours,

Another HMO application, this time turning 41 Cedar Road into a
nine-bed "co-living space". That'll make six on a street of 40 houses.
The landlord lives in Surrey and has never set foot here.

We are not against anyone living here. We are against a street being
hollowed out one house at a time by people who treat it as a cash
machine. Family homes are being killed off and the council rubber-stamps
every one of them.

Objection template attached. Please get them in by Friday 5pm. Let's
flood the planning portal.

Sheila
""", sender=c.person("Sheila", "Crompton"), foot="gg", reply=False,
     tags=("hard-negative", "metaphor", "angry", "list"))

# 36 reply - pushback
post("Save Hollin Park", "googlegroups.com", "Re: HMO application on Cedar Road - objections by Friday", """\
On Mon, Sheila Crompton wrote:
> Family homes are being killed off and the council rubber-stamps
> every one of them.

Sheila, I'm going to be unpopular. I live in an HMO on this street. I'm
a junior doctor. The "people who treat it as a cash machine" are my
landlord, yes, but the people who live in those nine rooms are nurses,
students and care workers who can't afford anything else.

Object to bad landlords by all means. But when you write "family homes
are being killed off", understand some of us read that as "people like
you aren't welcome".

Olu (no. 18, Room 4)
""", sender=c.person("Olu", "Adeleke"), foot="gg",
     tags=("hard-negative", "metaphor", "angry", "list", "quoted"))

# 37 PTA humour - nits
post(PTA, PTAD, "Nits. Again.", """\
Letter coming home today but to save you the suspense: nits, Year 2,
all of them. If you've ever wanted a reason to go to war with an enemy
smaller than a sesame seed, this is your moment.

Conditioner and a nit comb. Every three days. Two weeks. No mercy.
""", sender=c.person("Kate", "Hollings"), foot="gg", reply=False,
     tags=("hard-negative", "metaphor", "benign-violent-word", "list"))

# 38 parenting forum - birth story with violent language
mumsforum("Childbirth", "Tell me your birth stories (the honest ones)", "Ellie_and_Bump", """\
Honest version: 37 hours, back-to-back, epidural failed on one side, and
at about hour 30 I told my husband I was going to kill him, very calmly,
and then apologised to the midwife for swearing. She said "love, I've
heard worse from a vicar's wife". Ventouse, 9lb 2oz, he's perfect, I'd
do it again, I will never do it again.
""", ("hard-negative", "benign-violent-word", "list"))

# 39 community - seagulls
post("Whitby Residents Forum", "googlegroups.com", "Re: The gulls are winning", """\
> A gull took a whole crab sandwich out of my hand on the pier
> yesterday and I'm fairly sure it looked me in the eye.

It did. They do. They're organised. My neighbour had a pasty stolen
out of her shopping bag in Sainsbury's car park by a gull that she
swears was the same one that's been dive-bombing her bins since March.
I'd declare war if I thought we had any chance of winning.

(Reminder for visitors: they're protected, so no, you can't "do
anything" about them. Just eat indoors.)

Bob
""", sender=c.person("Bob", "Ellerker"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "metaphor", "list", "quoted"))

# 40 residents meeting - a heated minutes-style post
post(RES, RESD, "[Ashgrove] Notes from Thursday's RA meeting (parking, again)", """\
Notes from Thursday (unofficial, Jean's proper minutes to follow):

- 34 people came. The most since the phone mast.
- Parking: heated. Brian and Lee shook hands, eventually. The van is
  being moved to Mill Lane. Brian will stop photographing it.
- Residents' parking permit scheme: council says £70 a year per car.
  Someone at the back shouted "daylight robbery", which got a round of
  applause.
- Mr Gill proposed a petition. Mrs Platt proposed "a sit-in on the
  council steps". The meeting went with the petition.
- Noise at no. 14: resolved. Round of applause for Tom.

Nobody died. Biscuits were good.

Fiona (note-taker, volunteered against her will)
""", sender=c.person("Fiona", "Kershaw"), reply=False,
     tags=("hard-negative", "benign-violent-word", "list"))

# 41 home-ed group argument
post("North West Home Educators", "googlegroups.com", "Re: The register - this is war", """\
>> The new register is the thin end of the wedge. First registration,
>> then inspection, then they take our kids. This is WAR.
>
> It's a register, Martina. Not a tank on your lawn.

Thank you, Sally. I've home-educated three children and I've got
concerns about the register too - mainly about data sharing and
whether LAs understand autonomous learning. But calling it war,
comparing it to the Stasi (twice in this thread) and saying you'll
"barricade the door" makes all of us look unhinged to the very
officials we need to persuade.

Write to your MP. Respond to the consultation. Turn up to the LA
meeting. All less dramatic. All more effective.

Bridget
""", sender=c.person("Bridget", "Colclough"), foot="gg",
     tags=("hard-negative", "metaphor", "angry", "list", "quoted"))

# 42 community forum - burglaries and vigilante talk calmed down (news-about-threats)
post(RES, RESD, "[Ashgrove] Car break-ins on Orchard Close - police update", """\
PCSO Davies came to the residents' meeting and asked me to pass this on:

- Four cars broken into on Orchard Close and Mill Lane in two weeks.
  Two arrests made; enquiries ongoing.
- Don't leave anything on display, including charging cables and coins.
- Please report everything on 101 or online, even if nothing's taken -
  the numbers affect where patrols go.

She also asked me to say - politely - that the posts on the Facebook
group about "sorting them out ourselves" and "a baseball bat by the
door" aren't helping and could land people in trouble. Leave it to the
police. Doorbell cameras, yes. Baseball bats, no.

Jean
""", sender=c.person("Jean", "Mossop"), reply=False,
     tags=("hard-negative", "benign-violent-word", "news-about-threats", "list"))

# 43 parenting forum: tiger parent flame
mumsforum("Education", "Is it wrong to tutor a 6-year-old for the 11+?", "LondonMum_of_3", """\
> You're destroying her childhood. She's six. Let her play.

And you're destroying my will to live with your sanctimony. It's one
hour on a Saturday, she loves it, the tutor does puzzles with her and
she gets a hot chocolate after. Some of us don't have a comprehensive
in walking distance that isn't in special measures.

I asked a genuine question. I didn't ask to be crucified.
""", ("hard-negative", "angry", "metaphor", "list", "quoted"))

# 44 village community list - speeding, angry but calm
post("Little Burton Village", "googlegroups.com", "Speedwatch results - some of you should be ashamed", """\
Community Speedwatch results for March:

 - 412 vehicles checked on Main Street (30mph)
 - 96 over 35mph
 - Top speed: 58mph, 8:14am, past the primary school, on a Tuesday.

The 58mph vehicle has been reported to the police. Letters go out to
everyone over 35. Some of those letters are going to addresses in this
village. You know who you are. One day one of you is going to kill a
child and you'll have to live with it for the rest of your life.

Slow down.

Graham (Speedwatch coordinator)
""", sender=c.person("Graham", "Oddie"), foot="gg", reply=False,
     tags=("hard-negative", "angry", "benign-violent-word", "list"))

# 45 other - friend rant about neighbour's cockerel
c.add("other", f"""\
{SEC}!!

The cockerel. THE COCKEREL. Number 8 have got chickens, which I
supported, because I am a nice person who believes in urban
self-sufficiency. Nobody mentioned a cockerel. It starts at 4:10am. It
doesn't stop. I now know what time the sun rises every single day of
the year.

I have lain awake plotting its death in ways that would make a Bond
villain blush. Obviously I'm not going to touch it. I've written to the
council like a grown-up. But if it happens to meet a fox I'll be
sending the fox a thank-you card.

Anyway, minutes attached for the branch meeting, sorry they're late,
I've been awake since 4:10.

Jo
""", subject="minutes (and a cockerel)", sender=c.person("Joanne", "Fairhurst", "outlook.com"),
      fmt="alt", tags=("hard-negative", "benign-violent-word", "angry"))

# 46 parents group - news about threats to teachers (news-about-threats)
post(PAR, PARD, "Article: teachers facing abuse from parents online", """\
Sharing this because I think it's worth us reading as a parents'
group. The union survey says a third of teachers have been abused by
parents on social media, some with threats, some with their home
addresses posted. One head had to have police outside her house
after a row about a uniform policy.

I know we all get frustrated with schools (see: trousers thread) but
I'd like us to agree that this group never becomes that. Criticise
decisions, not people, and never post anyone's personal details.

Link in the first comment.

Nadia
""", sender=c.person("Nadia", "Fraser"), foot="gg", reply=False,
     tags=("hard-negative", "news-about-threats", "list"))

# 47 NCT group chat-style email
post("NCT Kelder March '26 Babies", "googlegroups.com", "Re: Week 6 check-in - how is everyone surviving", """\
Surviving is a strong word. Arlo has decided that sleep is for the
weak and that 2am-5am is "party time". I've watched every episode of
every Scandi crime drama ever made. Yesterday I put the milk in the
cupboard and the cereal in the fridge and then cried because the
kettle was too loud.

Partner back at work Monday. If anyone wants to meet at the park for a
zombie walk I'm in. I'll be the one with sick on both shoulders.

Ruby x
""", sender=c.person("Ruby", "Tennant"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "list"))

# 48 community forum - Airbnb party house, angry
post("Save Hollin Park", "googlegroups.com", "The party house on Larch Avenue", """\
Third weekend in a row: hen party, stag party, and last night something
I can only describe as a rave. Forty people in a three-bed semi,
screaming in the garden until 4am, a fight in the street at 2 (between
two of the guests - police came), bottles in my hedge.

The owner lives in Dubai. The "host" is a management company whose
phone number goes to voicemail. The council says short lets aren't
their problem. The police say noise isn't theirs.

I'm not going to stop until that house is a home again. Councillor
surgery Saturday - who's coming with me?

Mandy
""", sender=c.person("Mandy", "Keogh"), foot="gg", reply=False,
     tags=("hard-negative", "angry", "benign-violent-word", "list"))

# 49 residents: cat feud humour
nextdoor("Ashgrove & Mill Lane", [
    ("Simon B.", "Ashgrove", "To the owner of the ginger cat", """\
Your cat has murdered four frogs, a blue tit and, as of this morning, a
rather expensive koi. He then left the koi on my doormat like a gift.
I appreciate the gesture. I do not appreciate the koi."""),
    ("Louise M.", "Mill Lane", "Re: To the owner of the ginger cat", """\
That's Marmalade. I'm so sorry. He's a serial killer with a lovely
personality. I'll buy him a bell. I'll buy you a koi. I'll buy
everyone a drink."""),
], ("hard-negative", "benign-violent-word", "list"))

# 50 parenting - angry dad about football coach, resolved
post("Kelder Dads", "googlegroups.com", "Rant: junior football coach benched my lad all season", """\
Not looking for advice, just need to shout into the void.

Ten games. My son has played a combined 40 minutes. The coach's son has
played every minute of every game, including the one where he was sick
at half-time. Last week the coach told him to "toughen up" when he
asked why.

I've been composing an email to the club in my head that would
strip paint. I'm not sending it. I'm going to calm down, talk to the
club welfare officer like a normal person, and maybe take him to try
the other team on Saturdays.

Right. Void shouted into. Feel slightly better.

Pete
""", sender=c.person("Pete", "Ashurst"), foot="gg", reply=False,
     tags=("hard-negative", "angry", "list"))

c.write()
