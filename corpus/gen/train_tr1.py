#!/usr/bin/env python3
"""train_tr1: discussion-list traffic about foreign wars, terrorism and policing.

Every message here is heated list or forum traffic (or a friend's rant) that uses violent
language about politics, never a threat to anyone at the party: hard negatives for safety.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402
import listkit  # noqa: E402
from listkit import GG, digest, discourse, footer, lheaders, post, q, slug, token  # noqa: E402,F401

c = Corpus("train", "tr1", seed=3101)
SEC = c.secretary()[0].split()[0]
listkit.bind(c)

LD, LDD = "LeftDebate", "lists.leftdebate.org.uk"
NSF = "Northern Socialist Forum"
PD, PDD = "Policing Debate", "forum.policingdebate.uk"
UKPOL, UKPOLD = "UKPOL-L", "listserv.northmoor.ac.uk"
PEACE, PEACED = "peace-talk", "lists.peacenetwork.org.uk"

dennis = c.person("Dennis", "Oyelaran")
keith = ("Keith Bramall", "keith.bramall@btinternet.com")
maggie = ("Maggie Fairclough", "mfairclough@phonecoop.coop")

# 1 -------------------------------------------------------------------------------------
post(LD, LDD, "Re: [LeftDebate] Iraq, twenty-three years on", f"""\
Keith Bramall wrote:
> Dennis Oyelaran wrote:
> > Anyone who voted for that war has blood on their hands and I don't
> > care how many hospitals they opened afterwards.
>
> Which is the sort of thing that sounds brave on a mailing list and
> means precisely nothing. Half the PLP voted for it. Are you going to
> excommunicate the lot of them posthumously?

Yes, Keith, frankly I am. Somebody has to keep the ledger.

You keep doing this thing where you treat "it was a long time ago" as if
it were an argument. It isn't. A million people marched. We were told we
were naive, told we were useful idiots, told the dossier was sound. The
dossier was not sound. People died in their hundreds of thousands and the
men who sold it to us went off on speaking tours. If "blood on their
hands" is too strong a phrase for you then find a thesaurus with a
stronger one, because I have looked and there isn't one.

And before you start: no, I am not saying the current front bench are the
same people. I am saying the instinct that got us into Basra is alive and
well. It just wears a nicer suit and says "rules-based order" a lot.

Dennis

--
"The first casualty when war comes is truth." -- attrib. Hiram Johnson
""", sender=dennis, tags=("hard-negative", "angry", "metaphor", "list", "quoted"))

# 2
post(LD, LDD, "Re: [LeftDebate] Iraq, twenty-three years on", """\
On Tue, Dennis Oyelaran wrote:
> If "blood on their hands" is too strong a phrase for you then
> find a thesaurus with a stronger one

Dennis, you absolute crank. I marched too. I was in Hyde Park with a
homemade placard while you were, by your own account on this very list in
2019, "not really into politics yet". Don't lecture me about ledgers.

K.
""", sender=keith, tags=("hard-negative", "angry", "metaphor", "list", "quoted"))

# 3
post(LD, LDD, "[LeftDebate] MODERATOR: the Iraq thread", """\
Friends,

The Iraq thread has produced 41 posts in two days. I have read all of them,
which I'd like noted somewhere as an act of heroism. Roughly a third consist
of subscribers calling each other cranks, warmongers, apologists, "Blairite
scum" (twice) and in one case a "tankie with a thesaurus", which I admit made
me laugh.

Rules, for those who joined after 2011 and have never read them:

  1. Attack the argument, not the subscriber.
  2. "Blood on their hands" about a government is politics. "Blood on YOUR
     hands" aimed at another person on this list is a personal attack and
     will get you put on moderation.
  3. Trim your quotes. Some of you are quoting eleven levels deep and the
     digest readers are weeping.

The thread is now closed. Dennis and Keith have kindly agreed to continue it
off-list, and I wish them both the joy of it.

Maggie
(list moderator, unpaid, unthanked)
""", sender=maggie, tags=("hard-negative", "metaphor", "angry", "list"), reply=False)

# 4
post(NSF, GG, "Ukraine: can we have an honest conversation about negotiations?", """\
I know I'm going to get shot down in flames for this but here goes.

Three years plus of a war of attrition. Both sides are feeding young men
into a meat grinder along a front line that has barely moved the width of
a county. Every time anyone on the left suggests a ceasefire they get called
a Putin stooge, and every time anyone on the right suggests one they get
called a realist. Funny that.

I am NOT saying Ukraine should hand over territory. I am saying that "as
long as it takes" is not a strategy, it is a slogan, and the people paying
for the slogan are conscripts from Zaporizhzhia and Buryatia who never got
a vote on any of it.

What would an actual settlement look like? Security guarantees with teeth?
Neutrality plus EU membership? A frozen line like Korea? I'd genuinely like
to hear from people here rather than the usual pile-on.

Flak jacket on. Go.

Rob
Hebden Bridge
""", sender=c.person("Rob", "Stansfield"), foot="gg", reply=False,
     tags=("hard-negative", "metaphor", "benign-violent-word", "list"))

# 5
post(NSF, GG, "Re: Ukraine: can we have an honest conversation about negotiations?", """\
> I know I'm going to get shot down in flames for this but here goes.

Yes, you are, because you deserve to be.

> "as long as it takes" is not a strategy, it is a slogan

And "an honest conversation about negotiations" is not a policy, Rob, it's a
press release for the Kremlin with a Yorkshire postcode. Negotiate WHAT? With
whom? The last three "frozen lines" in that part of the world became the
launch pads for the next invasion. Ask the Georgians how their honest
conversation went.

You say you're not saying Ukraine should hand over territory and then you
describe a settlement that can only mean handing over territory. Pick one.

I'm sick of this forum. Every six months someone discovers realism, posts
a thousand words about meat grinders and then acts wounded when people
point out that the only meat grinder here belongs to the invader.

Siobhan
""", sender=c.person("Siobhan", "Keane"), foot="gg",
     tags=("hard-negative", "angry", "metaphor", "list", "quoted"))

# 6 (non-native)
post(NSF, GG, "Re: Ukraine: can we have an honest conversation about negotiations?", """\
Hello, I read this forum long time but write first time.

Rob Stansfield wrote:
> What would an actual settlement look like? Security guarantees with
> teeth? Neutrality plus EU membership? A frozen line like Korea?

I am from Lublin, I live in Leeds from 2008. Rob, with respect, you do not
know what you are talking about. For us this is not "debate" it is history.
Russia will crush any country which it can crush, this is what they do
always, 1939, 1944, 1968 in Czechoslovakia, 2008 Georgia, 2014. When they
are stopped, they stop. When you give them piece, they eat piece and they
come back for more.

My grandfather was deported to Kazakhstan. Please don't tell me about
"realism" like it is new idea. It is very old idea and it always kills
the small nations first.

Also Siobhan is too aggressive with you but she is right.

Pozdrawiam,
Tomasz
""", sender=c.person("Tomasz", "Wróblewski", "wp.pl"), foot="gg",
     tags=("hard-negative", "angry", "metaphor", "list", "quoted", "non-native"))

# 7 digest
digest("FP-Talk", "lists.fptalk.net", 19, 44, [
    ("Anselm Hurd", "a.hurd@kcl-alumni.example.org", "Re: Targeted killing and the law", """\
> The government's position is that a drone strike on a British citizen
> abroad can be lawful self-defence if the threat is "imminent".

And the whole game is in that word. "Imminent" has been stretched like
toffee since 2015. Under the current reading, a man who might one day
plan an attack is an imminent threat, which means nobody isn't. I don't
have a problem with killing people who are actually about to blow up a
train. I have a problem with a legal memo nobody is allowed to read
deciding who is."""),
    ("Jo Ferreira", "joferreira@outlook.com", "Decapitation strikes - can we retire the phrase?", """\
Small request. Can commentators stop saying "decapitation strike" like
it's a rugby move? It's a euphemism for killing a country's leadership
and their families and drivers and whoever's in the flat downstairs. The
jargon does a lot of work for people who'd rather not picture it."""),
    ("Greg Tolland", "gtolland@gmail.com", "Re: Decapitation strikes - can we retire the phrase?", """\
Jo, with the greatest respect, every profession has jargon. Surgeons say
"the patient was lost". Nobody thinks they're hiding the body. This list
used to be about strategy and it's turning into a style guide."""),
    ("Jo Ferreira", "joferreira@outlook.com", "Re: Decapitation strikes - can we retire the phrase?", """\
Greg, surgeons aren't trying to sell the operation to the voters.

Also "this list used to be about..." is the oldest move in the book. You
were saying it in 2009. I have the archive."""),
], tags=("hard-negative", "benign-violent-word", "angry", "list", "quoted"))

# 8 Discourse
discourse(PD, PDD, "Stop and search: the new figures are out", "Data & Research", "copper_retd_1998", """\
Here we go again. New figures out, and before anyone's even read the
methodology the usual suspects on here are calling every officer in the
country a racist thug.

I did thirty years, most of it on response in south London. I have been
punched, spat at, bitten (twice, same bloke) and had a brick come through
the windscreen of a carrier. I stopped and searched people because
somebody in that postcode had been stabbed the week before and the week
before that. Sometimes I got it wrong. Mostly I didn't.

By all means argue about disproportionality - it's real and the data's
ugly - but do it without pretending the cops are the ones who turned the
estates into a war zone.
""", tags=("hard-negative", "angry", "benign-violent-word", "list"))

# 9 Discourse reply
discourse(PD, PDD, "Stop and search: the new figures are out", "Data & Research", "hattie_k", """\
@copper_retd_1998 nobody has said every officer is a thug, you're fighting
a strawman and losing. The figures say a black man in London is several
times more likely to be stopped and considerably LESS likely to be found
with anything. That's not "getting it wrong sometimes", that's a system
working exactly as designed.

And "war zone" - come on. You know exactly what that phrase does. My
estate is not a war zone. It's a place where people live, badly served,
and where the main experience of the state for most teenage lads is
being pinned against a wall on the way home from football.

Thirty years on the job doesn't make you right. It makes you experienced.
Different thing.
""", tags=("hard-negative", "angry", "metaphor", "list"))

# 10 LISTSERV
post(UKPOL, UKPOLD, "Re: Proscription and the right to protest", """\
On 14 March, Dr Lionel Mabbott wrote:

>It is perfectly reasonable for a democratic state to proscribe a group
>that damages military property. Criminal damage on that scale is not
>"protest"; it is sabotage, and the terrorism framework exists for it.

Lionel, by that definition you'd have had the suffragettes in Belmarsh and
the Greenham women up before a special tribunal. Breaking windows and
cutting fences is a crime - prosecute it as one. The moment you call it
terrorism you've made holding a placard with the group's name on it an
offence carrying years inside, and you've told every pensioner with a
cardboard sign that the state considers her roughly equivalent to a
suicide bomber.

I'm not defending the damage. I'm defending the English language. If
everything is terrorism, nothing is, and the people who actually plant
bombs get lumped in with a retired vicar in Kendal.

Regards,
Catherine Ollerenshaw
School of Law (emerita)
""", sender=("Catherine Ollerenshaw", "C.OLLERENSHAW@NORTHMOOR.AC.UK"), foot="listserv",
     tags=("hard-negative", "angry", "benign-violent-word", "list", "quoted"))

# 11
post(UKPOL, UKPOLD, "Re: Proscription and the right to protest", """\
Catherine,

>If everything is terrorism, nothing is

Agreed, and nicely put. But "the retired vicar in Kendal" is doing a
great deal of rhetorical work in your message. The vicar was not
arrested for her sign; she was arrested for a sign expressing support
for a proscribed organisation, which is a distinction the law has drawn
since the 1970s in the Northern Ireland context and which you did not
object to then.

I should add, since this list has a habit of escalating: I don't think
anyone here is a terrorist sympathiser and I would be grateful if the
next three replies did not accuse me of wanting to lock up pensioners.

LM
""", sender=("Lionel Mabbott", "L.J.MABBOTT@NORTHMOOR.AC.UK"), foot="listserv",
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

# 12 Prevent / threat level
post(LD, LDD, "[LeftDebate] Prevent, the threat level and the chilling effect", """\
Quick one because I'm on a break at work.

The national threat level went back up to "severe" this week, and within
about four hours the same commentators were on the radio saying Prevent
needs to be "tougher on the left". Meanwhile my partner teaches in a
primary school and they had a referral last term because a nine-year-old
drew a tank in a picture about his grandad's village. A TANK. In a picture
about a war his family actually fled.

I get that there are real plots and real people who want to kill as many
of us as possible on a Saturday night. I'm not naive. But the thing is
carpet-bombing schools with suspicion and then wondering why nobody trusts
it.

Anyone got the latest referral stats broken down by ideology? I think the
far-right share overtook Islamist a while back but I can't find it.

Nadia
""", sender=c.person("Nadia", "Haddad"), reply=False,
     tags=("hard-negative", "metaphor", "news-about-threats", "list"))

# 13 other: friend's rant
c.add("other", f"""\
{SEC},

Did you see Question Time last night?? I nearly put my slipper through the
telly. That man from the think tank with the gilet actually said, on air,
that "a short sharp war" would "concentrate minds in Tehran". A short sharp
war. Has he ever met a war? Has anyone in that studio met a war?

And then our lot, our actual shadow-whatever-he-is, sat there nodding like
the Churchill dog. I was shouting at the screen so loud Bernie next door
knocked on the wall.

Anyway I've got it out of my system now. Mostly. See you Thursday, I'll
bring the biscuits. Not the ginger ones, nobody ate the ginger ones.

Love
Pauline x
""", subject="question time!!!!", sender=c.person("Pauline", "Greaves", "btinternet.com"),
      fmt="plain", tags=("hard-negative", "angry", "benign-violent-word"))

# 14 news-digest reply
post("Westminster Morning Brief", "lists.wmbrief.co.uk", "Re: [WMB] MPs' security bill passes £10m", """\
> ITEM 3: The cost of protecting MPs at home and in their constituency
> offices has passed £10m a year, according to figures released by
> IPSA. The rise follows a series of incidents including arson at a
> constituency office and threats against several members.

Not sure this list is meant for replies but here goes anyway.

I've been a councillor's spouse for eleven years and I am so tired of the
"well, they signed up for it" brigade in the comments under every one of
these stories. No, they did not sign up to have someone post their kids'
school online. Ten million is small change compared to what we'd lose if
ordinary people stopped standing because they're scared.

Also the headline writers should be ashamed: "Taxpayers foot bill for
MPs' panic buttons" is deliberately written to make people angrier at the
victims than at the people making the threats.

Rant over. Carry on.
""", sender=c.person("Hilary", "Pountney"), foot="mailman3",
     tags=("hard-negative", "news-about-threats", "angry", "list", "quoted"))

# 15 terrorism and root causes
post(NSF, GG, "Re: 'Root causes' row - is it ever OK to talk about foreign policy after an attack?", """\
Gary wrote:
> Anyone who brings up foreign policy within a week of an atrocity
> is excusing terrorism. Full stop. Have some decency.

And anyone who says "full stop" after a contested claim is trying to end
the argument rather than win it.

Explaining is not excusing. The security services themselves wrote, in
a document released under the thirty-year rule, that the invasion had
increased the threat to the UK. Were THEY excusing terrorism? Was MI5 an
apologist for the bombers?

Nobody on this forum thinks murdering kids at a concert is anything but
evil. Stop pretending otherwise because it's easier to fight.

Amira
""", sender=c.person("Amira", "Saleh"), foot="gg",
     tags=("hard-negative", "angry", "news-about-threats", "list", "quoted"))

# 16 one-liner
post(LD, LDD, "Re: [LeftDebate] Iraq, twenty-three years on", """\
+1 to everything Maggie said. The rest of you can settle it in the car park.
""", sender=c.person("Owen", "Pritchard"),
     tags=("hard-negative", "benign-violent-word", "list"))

# 17 peace list
post(PEACE, PEACED, "[peace-talk] Trident renewal - the 'credible deterrent' nonsense again", """\
Every time the renewal budget comes up someone wheels out the line that
we need a "credible" deterrent, by which they mean one that the other side
believes we would actually use. So let's be clear what we're discussing:
a British prime minister ordering the incineration of a city of several
million people, most of whom had no more say in their government's
behaviour than a Stockport dinner lady has in ours.

That is what "credible" means. It means we are willing to do it. And if
we're not willing to do it, it isn't credible, and it's a hundred-odd
billion quid of the most expensive bluff in history.

I'd rather spend the money on things that don't glow in the dark.

Bryn
(Cardiff branch, and yes I've been saying this since 1983)
""", sender=c.person("Bryn", "Maddocks"), reply=False,
     tags=("hard-negative", "benign-violent-word", "metaphor", "list"))

# 18 ALL CAPS reply
post(PEACE, PEACED, "Re: [peace-talk] Trident renewal - the 'credible deterrent' nonsense again", """\
BRYN IS RIGHT AND THE REST OF YOU NEED TO WAKE UP.

I WAS AT GREENHAM. WE WERE DRAGGED OUT BY OUR ARMS AND LEGS BY POLICE
WHO THOUGHT IT WAS A JOKE. FORTY YEARS LATER AND THE SAME GREY MEN ARE
STILL TELLING US THE BOMB KEEPS US SAFE. IT KEEPS NOBODY SAFE. IT KEEPS
ARMS COMPANIES RICH.

sorry for caps my eyes are not good and it is easier to read

Margaret
""", sender=c.person("Margaret", "Hollins", "aol.com"),
     tags=("hard-negative", "angry", "benign-violent-word", "list", "noisy"))

# 19
post(PEACE, PEACED, "Re: [peace-talk] Trident renewal - the 'credible deterrent' nonsense again", """\
On 2026-02-11 Bryn Maddocks wrote:
> I'd rather spend the money on things that don't glow in the dark.

Lovely line, Bryn, and I agree with the conclusion, but can we please stop
pretending the other side of this argument is made up of bloodthirsty
lunatics? Most multilateralists I know are decent people who genuinely
think unilateral disarmament would get us all killed. They're wrong, in my
view, but they're not monsters, and calling them war criminals in advance
is exactly why we have lost this argument at every conference since 1989.

If we want to win we have to stop treating persuasion as surrender.

Hester (Friends Meeting, Kendal)
""", sender=c.person("Hester", "Bainbridge"),
     tags=("hard-negative", "metaphor", "benign-violent-word", "list", "quoted"))

# 20 arms exports
post(NSF, GG, "Arms export licences - they've got blood on their hands and they know it", """\
So the government has finally published the list of suspended licences
and it's about a tenth of what they promised. F-35 parts still flowing
through "the global pool", whatever that is when it's at home.

I've written to our MP four times. I've had four letters back with the
same three paragraphs in them. If the party leadership thinks members
are going to knock doors in May while this carries on, they're in for a
nasty shock. Half my branch has already said they won't.

They've got blood on their hands and they know it, and what makes me
angriest is they think we'll forget by the time the leaflets come round.
""", sender=c.person("Declan", "Furey"), foot="gg", reply=False,
     tags=("hard-negative", "angry", "metaphor", "list"))

# 21
post(NSF, GG, "Re: Arms export licences - they've got blood on their hands and they know it", """\
Declan,

I'm with you on the substance but "half my branch won't knock doors" is
the kind of thing that ends up in a Sunday paper with your name next to
it. Be careful on here, it's not as private as people think - there were
at least two journalists subscribed last time someone checked.

Fight it at GC, fight it at conference, submit the motion. Don't hand the
press a "Labour civil war" headline for free.

Sent from my iPhone

> On 3 Mar 2026, at 21:14, Declan Furey wrote:
>
> They've got blood on their hands and they know it, and what makes me
> angriest is they think we'll forget by the time the leaflets come round.
""", sender=c.person("Sharon", "Egan"), foot="gg",
     tags=("hard-negative", "metaphor", "list", "quoted"))

# 22 veteran
post(LD, LDD, "Re: [LeftDebate] Any ex-forces on the list? What do you actually think?", """\
Since you asked.

Two tours, Helmand 2008 and 2010, infantry. I have been shot at more times
than I can count and I carried a lad from my section to the HLS who didn't
make it. So when people on this list talk about "boots on the ground" or
"our brave boys" or for that matter "war criminals in uniform", I'd ask you
to remember that there's a difference between the men who made the
decision and the men who got sent.

For what it's worth: the war was a mess from start to finish, the
politicians who started it should answer for it, and I'd happily have a
pint with any of you who disagree and tell you why you're wrong.

Lee
""", sender=c.person("Lee", "Haworth"),
     tags=("hard-negative", "benign-violent-word", "angry", "list"))

# 23 LISTSERV digest
c.add("bulk", f"""\
There are 3 messages totaling 118 lines in this issue.

Topics of the day:

  1. Armed police in Britain - time to admit it? (2)
  2. CFP: Policing and the State workshop, Durham, June

----------------------------------------------------------------------

Date:    Wed, 21 Oct 2026 09:12:44 +0100
From:    Paul Venables <p.venables@northmoor.ac.uk>
Subject: Armed police in Britain - time to admit it?

We still tell ourselves Britain has an unarmed police force, which is a
comforting story told about a country with several thousand firearms
officers, armed response vehicles on permanent patrol in every city and
officers with carbines outside railway stations. The question isn't
whether to arm the police. That happened quietly. The question is
whether anyone voted for it.

------------------------------

Date:    Wed, 21 Oct 2026 11:40:03 +0100
From:    Fiona Dunleavy <f.dunleavy@strathmore.ac.uk>
Subject: Re: Armed police in Britain - time to admit it?

Paul - you'll get shot for saying this (sorry, couldn't resist) but the
public are overwhelmingly in favour of routine arming when polled,
mostly because they imagine the gun will be pointed at somebody else.
Every fatal police shooting reopens the question for about a week, and
then it's as if it never happened. I'd be interested in whether the
Scottish numbers differ.

------------------------------

Date:    Wed, 21 Oct 2026 14:02:19 +0100
From:    Policing and the State Network <posn-admin@northmoor.ac.uk>
Subject: CFP: Policing and the State workshop, Durham, June

Abstracts of 300 words by 15 January. Themes include protest policing,
counter-terror powers, and public order after the summer disorder.
Bursaries available for PGRs.

------------------------------

End of UKPOL-L Digest - 20 Oct 2026 to 21 Oct 2026 (#2026-214)
**************************************************************
""" + footer("listserv", UKPOL, UKPOLD), subject="UKPOL-L Digest - 20 Oct 2026 to 21 Oct 2026 (#2026-214)",
      sender=("Automatic digest processor", f"LISTSERV@{UKPOLD.upper()}"), to=f"UKPOL-L@{UKPOLD.upper()}",
      headers=lheaders(UKPOL, UKPOLD, "listserv"), fmt="plain", date=c.date(40),
      tags=("hard-negative", "benign-violent-word", "list"))

# 24 other: friend forwarding a flame
c.add("other", c.forward(f"""\
{SEC} - have a look at this from the LeftDebate list, I think you're still
on it but you probably mute it like a sane person. These people would start
a fight in an empty room. Keith and Dennis have been at each other's
throats since the Miners' Strike reunion and now they've dragged the whole
list into it. Made me laugh though. Pint soon? J""", """\
> Dennis, you absolute crank. I marched too.

Keith, the difference between us is that I didn't spend the next ten
years defending the people I marched against.

And for the avoidance of doubt, I will happily debate this with you in
any room, any hall, any pub in Greater Manchester. Bring your dossier.

D.""", "Dennis Oyelaran via LeftDebate <leftdebate@lists.leftdebate.org.uk>",
        "Re: [LeftDebate] Iraq, twenty-three years on"),
      subject="Fwd: Re: [LeftDebate] Iraq, twenty-three years on",
      sender=c.person("Jim", "Kershaw"), fmt="alt", tags=("hard-negative", "angry", "metaphor", "forwarded", "quoted"))

# 25 armed police - policing forum
discourse(PD, PDD, "Should every officer carry a Taser? Poll inside", "General Discussion", "DevonAndCornwallDave", """\
Voted no. Not because I'm some soft liberal (ask my missus) but because
the minute every bobby has a Taser, every bobby uses a Taser, and you
get a seventy-year-old bloke with dementia zapped on his own kitchen
floor. We've seen it. Multiple times.

The old line was that British police police by consent. You don't get
consent by turning every officer into a walking gun turret.
""", tags=("hard-negative", "metaphor", "angry", "list"))

# 26 proscription again, angry short
post(NSF, GG, "Re: Proscription - arrested for a placard", """\
This is how it starts. First the "extremists", then anyone who holds a sign
the Home Secretary doesn't like. I'm 71 and they can come and arrest me
too, I'll put the kettle on for them. Absolute state of this country.

Brenda
""", sender=c.person("Brenda", "Lightfoot", "talktalk.net"), foot="gg",
     tags=("hard-negative", "angry", "list"))

# 27 please stop
post(LD, LDD, "Re: Re: Re: Re: Re: [LeftDebate] Gaza - motion 14 - PLEASE can we stop", """\
I've been on this list since it ran on a server in somebody's loft in
Moss Side. I have watched it survive the Iraq split, the 2015 purge, the
2019 purge, the other 2019 purge, and whatever 2020 was. I don't think it
survives this.

People I have known for twenty years are calling each other genocide
apologists and antisemites in the same thread, sometimes in the same
message. Nobody is persuading anybody. We are just tearing each other to
pieces for an audience of nobody.

I'm unsubscribing. If anyone wants me I'm on the allotment.

Celia
""", sender=c.person("Celia", "Brundrett"),
     tags=("hard-negative", "angry", "metaphor", "list"))

# 28 ex-officer glassed
discourse(PD, PDD, "Assaults on emergency workers - sentencing is a joke", "Courts & Sentencing", "ex_sgt_wendy", """\
Got glassed in a pub in Swindon in 1996 breaking up a fight that had
nothing to do with me. Eleven stitches and a scar through my eyebrow I
still get asked about. He got four months, served two.

Thirty years on and they're still giving suspended sentences to people
who headbutt paramedics. If the system won't back the people it sends in
to get hurt, don't be surprised when nobody wants the job.
""", tags=("hard-negative", "angry", "benign-violent-word", "list"))

# 29 non-native Romanian
post("EuroLeft Exchange", "lists.euroleft.eu", "Re: Moldova, Transnistria and the next war", """\
Dear comrades,

I write from Iasi. I follow this discussion and I must say that some
british friends here speak about Moldova like it is a chess board. It is
not chess board, it is my cousins. If Russia break through to Odesa they
will be at Prut river, and then all this nice talk about "spheres of
influence" will be very concrete for us, with tanks.

Is easy to be pacifist when you have sea between you and the war. I was
pacifist also, before 2022. Now I am realist, sorry.

With respect,
Ioana Bratu
""", sender=c.person("Ioana", "Bratu", "yahoo.com"), foot="mailman3",
     tags=("hard-negative", "metaphor", "benign-violent-word", "list", "non-native"))

# 30 offlist, humour
post(LD, LDD, "Re: [LeftDebate] Iraq, twenty-three years on", """\
Update for the list: Keith and Dennis met in the Marble Arch on Saturday
to "settle this like men". Witnesses report four hours, six pints each,
a shared plate of chips and a joint agreement that Tony Benn was right
about everything. Nobody was harmed except the chips.

Peace in our time.

Owen
""", sender=c.person("Owen", "Pritchard"),
     tags=("hard-negative", "benign-violent-word", "list"))

# 31 Yemen / Saudi - older list sig
post("socialist-history", "lists.lsh-archive.org.uk", "Re: [socialist-history] Yemen, Saudi and Labour's record", """\
Tony W. writes:

>> it was OUR government that signed off the Typhoon deals
>
> Both governments. Don't make this partisan.

It is partisan, Tony, that's the point. Parties are supposed to be
different. If we sign the same contracts and bomb the same weddings by
proxy I struggle to see why I spent my Saturday mornings in 1997 pushing
leaflets through letterboxes in Harpurhey.

--
Frank Delaney                  "Agitate, educate, organise"
Harpurhey, Manchester          Member since 1974, still cross
""", sender=c.person("Frank", "Delaney", "ntlworld.com"),
     tags=("hard-negative", "angry", "metaphor", "list", "quoted"))

# 32 police and protest
discourse(PD, PDD, "Saturday's march: the Met went in like a wrecking ball", "Protest & Public Order", "kettled_in_whitehall", """\
Was there. Peaceful march, families, a samba band for god's sake. At
about 4pm the line at the bottom of Whitehall just closed and we were
kettled for five and a half hours. No toilets, no water, kids crying.
Then they came in with shields to "extract" people at random.

They were itching for a fight and when nobody gave them one they made one.
I've been on demos since the poll tax and I've never seen anything like it.

Footage in the link. Judge for yourselves.
""", tags=("hard-negative", "angry", "metaphor", "list"))

# 33 reply to above
discourse(PD, PDD, "Saturday's march: the Met went in like a wrecking ball", "Protest & Public Order", "PC_Ordinary", """\
@kettled_in_whitehall I wasn't there so I won't argue about what you saw.
But "itching for a fight" - half those officers were on a 14-hour shift
called in on their rest day, and the intelligence that morning was that a
group planned to storm the Cenotaph. You may not have seen them. The
people making the decisions had to plan for them.

Doesn't excuse the kettle if it was as bad as you say. Complain to the
IOPC, I mean it. But the "coppers love violence" line gets us nowhere.
""", tags=("hard-negative", "benign-violent-word", "list"))

# 34 html-only newsletter-forum reply
c.add("bulk", "", fmt="html", html_body="""\
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p><b>Ravi Lakhani</b> replied to your comment in <b>Labour Foreign Policy Network &gt; Israel, Iran and escalation</b></p>
<blockquote style="border-left:3px solid #ccc;margin-left:0;padding-left:10px;color:#555">
Nobody wins a war with Iran. Everyone on this forum acting like it's a video game should go and read about the tanker war.
</blockquote>
<p>It's not a video game, it's worse, because in a video game nobody pretends the bombing is "limited". Every "limited strike"
since 1991 has been the opening move of something nobody planned for. The hawks on this forum would flatten Tehran before lunch
and then ask why oil costs $140 at teatime.</p>
<p><a href="https://community.lfpn.org.uk/discussion/8812#comment-44">View the conversation</a> &middot;
<a href="https://community.lfpn.org.uk/profile/notifications">Notification settings</a></p>
<p style="color:#999;font-size:11px">You're receiving this because you are following this discussion.
Labour Foreign Policy Network community, a members' discussion space.</p>
</body></html>""",
      subject="Ravi Lakhani replied to your comment", sender=("LFPN Community", "noreply@community.lfpn.org.uk"),
      headers={"List-Unsubscribe": "<https://community.lfpn.org.uk/profile/notifications>", "Precedence": "bulk"},
      tags=("hard-negative", "metaphor", "angry", "list", "quoted", "html-only"))

# 35 short flame exchange
post(NSF, GG, "Re: Re: Re: Iran escalation", """\
> > Anyone still defending the strikes is a warmonger, simple as.
>
> And anyone who opposes them is a useful idiot for the mullahs, simple as.

Oh good, "simple as" has arrived. Thread's dead, lads. Nice knowing you.
""", sender=c.person("Gemma", "Thornley"), foot="gg",
     tags=("hard-negative", "angry", "metaphor", "list", "quoted"))

# 36 terrorism: media coverage of an attack on a politician abroad
post(LD, LDD, "[LeftDebate] The coverage of the attack on the German mayor", """\
Did anyone else notice how the British coverage of the stabbing of that
mayor in Saxony spent three paragraphs on the attacker's "mental health"
and one line on the fact that he'd spent two years posting about killing
"traitor politicians"? Same pattern as every one of these. Lone wolf,
troubled, isolated. Never "radicalised in plain sight on a platform a
billionaire refuses to moderate".

Threats against local politicians across Europe have doubled in five
years according to the report someone posted last month. We should be
talking about this more - especially at branch level, where the people
standing are unpaid, unprotected and have their addresses on the ballot
paper.
""", sender=c.person("Ruth", "Eisenberg"), reply=False,
     tags=("hard-negative", "news-about-threats", "list"))

# 37 reply to 36
post(LD, LDD, "Re: [LeftDebate] The coverage of the attack on the German mayor", """\
Ruth Eisenberg wrote:
> especially at branch level, where the people standing are unpaid,
> unprotected and have their addresses on the ballot paper.

For what it's worth, candidates can now opt out of having their home
address printed on the ballot paper - it's been the case for a few years.
The Electoral Commission guidance covers it and the LGA did a decent
safety guide for councillors. Worth making sure every branch secretary
knows, because a lot of first-time candidates don't.

Otherwise agree entirely. The "lone wolf" framing is lazy and dangerous.

Sunil
""", sender=c.person("Sunil", "Bhatt"),
     tags=("hard-negative", "news-about-threats", "list", "quoted"))

# 38 very long historian-style Gaza/terrorism definitions (measured)
post(UKPOL, UKPOLD, "On the word 'terrorism' - a long post, sorry", """\
Colleagues,

I've resisted weighing in on the recent threads but the word "terrorism"
has been thrown around this list with such abandon over the last month
that I feel obliged, as someone who spent a career on the history of
political violence, to offer a few observations. Delete now if you're
short of time.

1. There is no agreed international legal definition of terrorism. The
UN has tried since the 1970s and failed, largely because every state
wants a definition that covers its enemies and excludes its friends. The
UK statutory definition (Terrorism Act 2000, s.1) is notoriously broad:
it covers the use or threat of action designed to influence the
government and made for the purpose of advancing a political, religious,
racial or ideological cause, where the action involves serious violence,
serious damage to property, and so on.

2. Because of that breadth, nearly every armed liberation movement of the
twentieth century would have qualified. The ANC was on the list. People
on this list, quite a few of you, marched for the ANC.

3. None of this means that "one man's terrorist is another man's freedom
fighter" is a useful slogan. It isn't. Deliberately killing civilians is
wrong whoever does it and whatever the cause, and I have little patience
for those on any side who slide from "context" into "justification".

4. The present argument, if I may summarise uncharitably, is between
subscribers who think the word is being used to silence protest and
subscribers who think it is being diluted to protect favoured causes.
Both are partly right. Both have spent the last fortnight calling the
other side apologists for mass murder, which I'd suggest is beneath a
list whose archive contains some genuinely distinguished scholarship.

5. For those who want something to read rather than something to shout
about, I recommend the old Wilkinson textbook and, for the legal side,
the Independent Reviewer's annual reports, which are free and admirably
clear.

I'll now retreat to my garden, where the only violence is against
greenfly.

Hugh Ravenscroft
(formerly Reader in Modern History)
""", sender=("Hugh Ravenscroft", "h.ravenscroft@northmoor.ac.uk"), foot="listserv", reply=False,
     tags=("hard-negative", "benign-violent-word", "news-about-threats", "list"))

# 39 txt-speak young member
post(NSF, GG, "Re: Young Labour & the war debate", """\
lol at the boomers in this thread acting like we dont know what war is. we
grew up watching genocide livestreamed on our phones between tiktoks. we
know exactly what it is. what we dont know is why the party we joined acts
like its scared of its own members.

anyway ill be at the YL meeting thurs, come and fight me (politically) x
""", sender=c.person("Jasmine", "Okeke", "icloud.com"), foot="gg",
     tags=("hard-negative", "angry", "benign-violent-word", "list", "noisy"))

# 40 police funding local
post(LD, LDD, "[LeftDebate] Neighbourhood policing has been murdered and nobody held a funeral", """\
The title is deliberately dramatic. The numbers are not.

In 2010 our ward had two PCSOs and a named sergeant who came to residents'
meetings. Today we share one PCSO with four wards and the sergeant's job
is "under review", which it has been since 2017. The station closed and
became flats. The police say they're "visible online". My mum has been
burgled twice and got a crime number both times and nothing else.

Fourteen years of cuts killed neighbourhood policing stone dead, and the
same people who did it now want us to be impressed by a few hundred extra
officers who spend most of their shifts driving people to A&E because the
ambulances are forty minutes out.

Rant ends. Motion for GC to follow, seconders welcome.
""", sender=c.person("Tariq", "Bashir"), reply=False,
     tags=("hard-negative", "metaphor", "angry", "list"))

# 41 Afghanistan withdrawal, alt fmt
post(NSF, GG, "Re: Five years since Kabul fell - what did we learn?", """\
Honestly? Nothing. We learned nothing.

We learned that you can spend twenty years and half a trillion dollars
building an army that evaporates in eleven days. We learned that the
interpreters who risked their lives for our soldiers will be left on the
tarmac filling in forms while the embassy shreds paper. We learned that
every politician who sent them there will call it "a tragedy" and not one
will call it "my fault".

Hang on, I tell a lie. We learned to call it "the Afghan resettlement
scheme" and leak the spreadsheet.

Wendy
""", sender=c.person("Wendy", "Ashcroft"), foot="gg", fmt="alt",
     tags=("hard-negative", "angry", "metaphor", "list"))

# 42 counter-argument conservative subscriber on a mixed list
post(UKPOL, UKPOLD, "Re: Five years since Kabul fell", """\
>Honestly? Nothing. We learned nothing.
>
>We learned that you can spend twenty years and half a trillion dollars
>building an army that evaporates in eleven days.

Wendy - you forget the girls who went to school for twenty years who
otherwise wouldn't have. That wasn't nothing. It was snuffed out in a
week and that's a crime, but the crime was the withdrawal, not the
presence. The anti-war left would rather the whole thing had never
happened, and I'd say that to your face at any seminar you like.

Disagreeably yours,
Marcus Tilley
""", sender=("Marcus Tilley", "m.tilley@northmoor.ac.uk"), foot="listserv",
     tags=("hard-negative", "angry", "metaphor", "list", "quoted"))

# 43 terrorism threat levels explained - news item repost
post(LD, LDD, "[LeftDebate] FYI: JTAC threat level explainer (for the branch briefing)", """\
A few people asked after Thursday what the threat levels actually mean, so
here's the summary from the public MI5 page, paraphrased:

  LOW         - an attack is highly unlikely
  MODERATE    - an attack is possible but not likely
  SUBSTANTIAL - an attack is likely
  SEVERE      - an attack is highly likely
  CRITICAL    - an attack is highly likely in the near future

The level is set by the Joint Terrorism Analysis Centre, not by ministers.
It's national, not specific to any person or event. None of this changes
anything about branch meetings - I only mention it because somebody at
the back asked whether "severe" meant we should cancel the quiz night.
(It doesn't. The quiz is on. Bring a pen.)

Ann
""", sender=c.person("Ann", "Whitworth"), reply=False,
     tags=("hard-negative", "news-about-threats", "benign-violent-word", "list"))

# 44 Rant about "bomb" being used on Twitter
post(NSF, GG, "Twitter pile-ons and 'kill yourself' culture - a thread for the digital group", """\
Following up from the digital campaigning session. Someone asked whether
the party has guidance for members who get piled on online. The answer
is: sort of. Regional office has a page. It says "don't engage" and
"report to the platform", which is good advice and also roughly as useful
as an umbrella in a hurricane.

What I see, over and over: an activist posts something mild, a big account
quote-tweets it, and within an hour there are two hundred replies telling
them to kill themselves, or that they'll "get what's coming". The
platforms do nothing. The police say it's a civil matter until it isn't.

I'd like the digital group to put together something practical - what to
screenshot, who to tell, how to lock down accounts. Volunteers?
""", sender=c.person("Kwame", "Asante"), foot="gg", reply=False,
     tags=("hard-negative", "news-about-threats", "list"))

# 45 bottom-posted long reply
post(LD, LDD, "Re: [LeftDebate] Neighbourhood policing has been murdered and nobody held a funeral", """\
On Sat, Tariq Bashir wrote:
> Fourteen years of cuts killed neighbourhood policing stone dead

It didn't die, Tariq, it was starved. Murder implies a single act. This
was a slow strangulation by spreadsheet, with every Chief Constable
signing off their own bit of it while writing op-eds about "doing more
with less".

> Motion for GC to follow, seconders welcome.

Happy to second. But let's be clear in the wording that we want the
neighbourhood teams restored, not "more bobbies" in the abstract. "More
bobbies" is how we ended up with riot vans and no PCSOs.

Glenys
""", sender=c.person("Glenys", "Parry"),
     tags=("hard-negative", "metaphor", "list", "quoted"))

# 46 other: friend rant about forum
c.add("other", f"""\
Hi {SEC}

Sorry to dump this on you but you're the only person I know who'll
understand. I've just had the most unbelievable row on that policing
forum - you know the one, I sent you the link about the Taser poll. Some
retired inspector called me a "bleeding heart who'd let the estates burn"
because I said kettling kids is wrong. I called him a dinosaur. He called
me worse. I'm now banned for a week and he isn't. Fine. FINE.

Anyway I'm not going back. I'd rather stick pins in my eyes. Fancy a
walk on Sunday? I need to rant at someone in person.

Nia
""", subject="vent", sender=c.person("Nia", "Cadwaladr", "outlook.com"),
      fmt="html", tags=("hard-negative", "angry", "metaphor", "html-only"))

# 47 Sudan - forgotten war
post(PEACE, PEACED, "[peace-talk] Sudan: the war nobody on this list mentions", """\
We spend weeks flaming each other about Ukraine and the Middle East and
barely a word about Sudan, where by any estimate more people have been
killed and displaced than in either. Entire towns in Darfur burned. A
famine declared. The RSF besieging El Fasher for over a year.

I'm not posting this to start another fight. I'm posting because I think
it says something uncomfortable about which wars we care about and why.

There's a vigil at the Quaker meeting house on the 14th. All welcome.
""", sender=c.person("Abdul", "Osman"), reply=False,
     tags=("hard-negative", "benign-violent-word", "list"))

# 48 terse reply
post(PEACE, PEACED, "Re: [peace-talk] Sudan: the war nobody on this list mentions", """\
Because nobody can make a career out of it, Abdul. That's the
uncomfortable answer. It doesn't split the party so it doesn't get
airtime. I'll be at the vigil.
""", sender=c.person("Liz", "Marchant"),
     tags=("hard-negative", "angry", "list"))

# 49 conscription / national service flame
post(NSF, GG, "Re: National service is back on the agenda - kill it with fire", """\
> Kill it with fire

Seconded. The idea that we fix "youth disengagement" by teaching
eighteen-year-olds to strip a rifle while their youth clubs stay shut is
the most Daily Mail thing I have read this decade, and I've read the
Daily Mail.

Also the same politicians pushing it dodged every war going. Funny that.
""", sender=c.person("Callum", "Niven"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "angry", "list", "quoted"))

c.write()
