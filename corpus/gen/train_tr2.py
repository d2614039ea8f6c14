#!/usr/bin/env python3
"""train_tr2: discussion lists on free speech, guns, the death penalty and immigration (UK, US, elsewhere).

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

c = Corpus("train", "tr2", seed=3102)
SEC = c.secretary()[0].split()[0]
listkit.bind(c)

CL, CLD = "civlib", "lists.civlib-forum.org.uk"
PT = "progressive-talk"
LLN, LLND = "LabourLeft-North", "lists.labourleftnorth.org.uk"
DS, DSD = "debsoc-alumni", "lists.debsoc-alumni.org"
MIG, MIGD = "Migration Policy Network", "googlegroups.com"

# 1 ---------------------------------------------------------------------------------------
post(CL, CLD, "Re: [civlib] Online Safety Act - 'legal but harmful' by the back door", """\
Fergus McLeish <fergus@mcleish.scot> wrote:
>> The Act doesn't criminalise any speech that was legal before. Read it.
>
> I have read it, all 300-odd pages of it, which is more than most of
> the MPs who voted for it.

And I've read it twice, Fergus, and I still say you're wrong. It doesn't
need to criminalise anything. It hands Ofcom a club and tells platforms
they'll be beaten with it if they don't "mitigate risk". So the platforms
do what any risk-averse compliance department does: they delete first and
ask questions never. Result: lawful speech vanishes and nobody's fingerprints
are on the knife.

It's censorship by outsourcing. The state gets the result it wants and
a Californian content moderator on £11 an hour takes the blame.

Hilda
--
Hilda Carmichael | civlib list since 2004 | views my own, obviously
""", sender=c.person("Hilda", "Carmichael"),
     tags=("hard-negative", "angry", "metaphor", "list", "quoted"))

# 2
post(CL, CLD, "Re: [civlib] Online Safety Act - 'legal but harmful' by the back door", """\
> nobody's fingerprints are on the knife.

Nice image. Wrong, but nice.

Hilda, the "delete first" problem existed long before the Act. Platforms
were nuking perfectly lawful posts in 2015 because an algorithm thought a
photo of a breastfeeding mum was porn. The Act at least gives people a
complaints route. You're blaming the fire brigade for the fire.
""", sender=("Fergus McLeish", "fergus@mcleish.scot"),
     tags=("hard-negative", "metaphor", "benign-violent-word", "list", "quoted"))

# 3 news-about-threats: jailed for riot posts
post(CL, CLD, "[civlib] Jailed for a post: were the riot sentences a free speech issue?", """\
Trying to start a calmer thread than the last one.

During last summer's disorder a number of people were jailed - some for
two or three years - for posts on social media. In several cases the posts
called on others to attack hotels housing asylum seekers, or named the
hotels and said they should be burned. A few of the defendants had tiny
followings; one had, I think, eleven friends on Facebook.

My question for the list isn't "were the posts vile" (they were) but:

 (a) is incitement to violence against a specific, identifiable building
     full of specific people properly a speech issue at all, or is it
     more like conspiracy?
 (b) were the sentences driven by the law or by the government wanting
     to be seen to act?

I lean towards (a) being "not a speech issue" and (b) being "a bit of both".
Happy to be argued out of either.

Priya
""", sender=c.person("Priya", "Venkataraman"), reply=False,
     tags=("hard-negative", "news-about-threats", "list"))

# 4
post(CL, CLD, "Re: [civlib] Jailed for a post: were the riot sentences a free speech issue?", """\
Priya,

On Mon, Priya Venkataraman wrote:
>  (a) is incitement to violence against a specific, identifiable building
>      full of specific people properly a speech issue at all, or is it
>      more like conspiracy?
>  (b) were the sentences driven by the law or by the government wanting
>      to be seen to act?

(a) Agree. "Burn that hotel down" with the postcode attached is not an
opinion, it's a plan with a hashtag. The free-speech absolutists on this
list who've been comparing those defendants to Soviet dissidents should
be ashamed of themselves. Solzhenitsyn didn't ask anyone to torch a
Holiday Inn with families inside.

(b) Of course it was political. Every sentence during a riot is. That
doesn't make it wrong.

--
Ade
""", sender=c.person("Ade", "Olowe"),
     tags=("hard-negative", "news-about-threats", "angry", "list", "quoted"))

# 5
post(CL, CLD, "Re: [civlib] Jailed for a post: were the riot sentences a free speech issue?", """\
Ade Olowe wrote:
> The free-speech absolutists on this list who've been comparing those
> defendants to Soviet dissidents should be ashamed of themselves.

I'm the one who made the comparison, so let me own it. I did not compare
the CONTENT. I compared the PROCESS: charge, plea, sentence within a
fortnight, in front of courts told by the government to make examples.
Speed like that is how you get injustice, whatever the defendant said.

And I'm not ashamed, thanks. I'm old enough to remember when "making an
example" was something the left complained about.

Gordon
""", sender=c.person("Gordon", "Affleck", "btinternet.com"),
     tags=("hard-negative", "angry", "list", "quoted"))

# 6 groups.io US gun thread
post(PT, "groups.io", "[progressive-talk] Another school. Another 'thoughts and prayers'.", """\
I'm typing this from my car in the pick-up line at my daughter's middle
school in suburban Ohio because I can't make myself go inside yet.

Four kids dead this time. Four. In a state where you can now carry a
loaded handgun without a permit or a minute of training. Our legislature
passed that law two years ago to a standing ovation from the gun lobby.
The same people are now tweeting thoughts and prayers.

The NRA has blood on its hands. So does every legislator who took their
money. I'm done being polite about it. I'm going to the statehouse on
Tuesday and I'm going to sit in that gallery until somebody throws me out.

Karen (Dayton)
""", sender=c.person("Karen", "Lindqvist", "gmail.com"), foot="groupsio", reply=False,
     tags=("hard-negative", "angry", "metaphor", "news-about-threats", "list"))

# 7
post(PT, "groups.io", "Re: [progressive-talk] Another school. Another 'thoughts and prayers'.", """\
> The NRA has blood on its hands. So does every legislator who took their
> money.

Karen, I'm so sorry. Hug your girl.

Devil's advocate though, because somebody on this list should be: I own
three rifles and a shotgun. I've hunted deer in Pennsylvania since I was
twelve. The most dangerous thing I've ever shot is a groundhog that was
destroying my mother's garden. I vote Democrat, I support universal
background checks and red-flag laws, and I get told on lists like this
that I'm part of a death cult.

You will never win the rural Midwest by telling people like my dad that
his deer rifle makes him a murderer. You'll win it by talking about the
AR-15 in the hands of a nineteen-year-old who posted his plans on Discord
for six weeks. Pick your fight.

Tom
""", sender=c.person("Tom", "Brubaker", "yahoo.com"), foot="groupsio",
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

# 8 Brit joins in
post(PT, "groups.io", "Re: [progressive-talk] Another school. Another 'thoughts and prayers'.", """\
On Wed, Tom Brubaker wrote:
> You will never win the rural Midwest by telling people like my dad that
> his deer rifle makes him a murderer.

Chiming in from Lancashire, where we banned handguns after Dunblane in
1997 and have had, I believe, one school shooting since. One.

Tom, nobody sensible wants your dad's deer rifle. But from the outside,
American gun culture looks like a death cult with a merchandise range,
and I'm not going to pretend it doesn't because it might upset people
in Pennsylvania. You've got more guns than people. Your children practise
lockdown drills like ours practise fire drills. That is not normal.

Joanne
""", sender=c.person("Joanne", "Whittle", "hotmail.co.uk"), foot="groupsio",
     tags=("hard-negative", "angry", "metaphor", "list", "quoted"))

# 9 the classic flame
post(PT, "groups.io", "Re: [progressive-talk] Another school. Another 'thoughts and prayers'.", """\
>>> American gun culture looks like a death cult with a merchandise range
>>
>> Says the country where you need a license to own a TV and they're
>> confiscating butter knives in Croydon. Mind your own business, Joanne.
>
> You're an idiot, Randy.

No, YOU are, Denise. And so is Joanne. I've been on this list since the
Clinton years and every single time there's a shooting we get the same
three Brits telling us how barbaric we are while their own cities have
teenagers stabbing each other over trainers.

Mods, can we have a "no foreigners lecturing" rule? Asking for me.
""", sender=c.person("Randy", "Kowalczyk", "aol.com"), foot="groupsio",
     tags=("hard-negative", "angry", "benign-violent-word", "list", "quoted"))

# 10 mod
post(PT, "groups.io", "[progressive-talk] MOD NOTE: gun thread locked", """\
The gun thread is locked. It had a good run: 63 messages, two people
leaving, one person rejoining under a different address (we can see that,
Randy), and a short but vigorous debate about whether Croydon is in
London.

Reminder that this group is international and has been since 2003. Nobody
will be banned for being British. Several people may be banned for being
rude.

-- Linda, co-mod
""", sender=c.person("Linda", "Feld", "gmail.com"), foot="groupsio", reply=False,
     tags=("hard-negative", "benign-violent-word", "list"))

# 11 death penalty - debsoc
post(DS, DSD, "Re: [debsoc-alumni] This house would bring back hanging (for real this time)", """\
Oh god, Clive's started it again.

> Some crimes are so monstrous that the only proportionate response is
> death. Child murderers. Terrorists. The public agree with me by a
> double-digit margin every time it's polled.

Clive, you argued the opposite side of this motion in Michaelmas 1989 and
won. I was there. I voted for you. You said, and I quote from the minutes
which I have because I was secretary, that "a state which kills to show
that killing is wrong has lost the argument before it begins".

What happened? Did you get a column in the Telegraph?

Stella
""", sender=c.person("Stella", "Mountjoy"),
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

# 12
post(DS, DSD, "Re: [debsoc-alumni] This house would bring back hanging (for real this time)", """\
> What happened? Did you get a column in the Telegraph?

Stella, I did indeed get a column, though not in the Telegraph, and I
did indeed change my mind, which I'm told is permitted after the age of
fifty.

To answer the substance: I'd hang the men who murdered that little girl
in Liverpool without losing a minute's sleep, and I think most people on
this list would too if they were honest with themselves instead of
performing their enlightenment for each other.

Clive
""", sender=c.person("Clive", "Aspinall"),
     tags=("hard-negative", "angry", "benign-violent-word", "list", "quoted"))

# 13
post(DS, DSD, "Re: [debsoc-alumni] This house would bring back hanging (for real this time)", """\
Clive Aspinall wrote:
> I'd hang the men who murdered that little girl in Liverpool without
> losing a minute's sleep

Tell that to the Birmingham Six. Tell it to the Guildford Four. Tell it
to Stefan Kiszko's mother, who spent sixteen years visiting an innocent
son who'd have been in a lime pit if you'd had your way in 1976. The
trouble with the rope is not that it's cruel to the guilty. It's that it
can't be undone for the innocent.

I'm performing nothing. I'm remembering.

Marcus
(Floor speaker, 1988-90, never won anything)
""", sender=c.person("Marcus", "Iredale"),
     tags=("hard-negative", "angry", "benign-violent-word", "list", "quoted"))

# 14 facebook - death penalty group
facebook("Gary Lomax", "Bring Back Capital Punishment UK (Debate)", """\
Every time theres a child killer on the news the bleeding hearts come out saying
"but what about miscarriages of justice". Fine. Only hang them when theres DNA
AND video. Simple. Anyone who says otherwise has never had kids. Should be done
in public as well so the scum know whats coming""",
         ("hard-negative", "angry", "benign-violent-word", "social", "list", "noisy"),
         extra="42 comments · 118 reactions\n\n")

# 15 facebook comment reply
facebook("Deborah Ansell", "Bring Back Capital Punishment UK (Debate)", """\
Gary I have 3 kids and I'm against it. Having kids doesn't make you want to kill
people it makes you want a justice system that gets it right. Public hangings?? Its
2026 not 1826. Honestly this group should be renamed 'Angry Men Shouting'""",
         ("hard-negative", "angry", "benign-violent-word", "social", "list"),
         verb="commented on Gary Lomax's post in")

# 16 news-digest reply death penalty US
post("Justice Digest", "lists.justicedigest.org", "Re: [Justice Digest] Alabama carries out third nitrogen execution", """\
> Alabama on Thursday carried out its third execution using nitrogen
> gas, a method critics describe as experimental and which witnesses
> said left the condemned man convulsing for several minutes.

I've been a member of a death-penalty abolition group for thirty years
and I'm struggling to find words for this. They're suffocating people
with industrial gas in a mask and calling it humane because a
spokesman said so. We in Britain had a Royal Commission in the 1950s
trying to find a painless method and concluded, more or less, that there
wasn't one and that was rather the point.

Please can the Digest carry the Reprieve petition in the next issue?

Anne Threlfall
Amnesty Group 214
""", sender=c.person("Anne", "Threlfall"), foot="mailman3",
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

# 17 UK immigration - LLN
post(LLN, LLND, "[LabourLeft-North] Asylum hotels, Reform and political suicide", """\
Comrades,

I'll say what a lot of us are thinking. The leadership has decided that the
way to beat Reform is to sound like Reform, and it's political suicide. Every
time a minister stands at a podium in front of a Union Jack and talks about
"taking back control" of the asylum system, a Reform voter nods, thinks
"they've admitted we were right", and votes Reform anyway. Why vote for the
tribute act when the band's still touring?

Meanwhile our own members - the ones who knock the doors, the ones who run
the food banks, the ones who volunteer at the refugee drop-in - are
walking. Three resignations in my branch this month, two of them people
who'd been members since the eighties.

We are going to get slaughtered in May in every seat where the left vote
matters and we'll STILL lose the seats to Reform where it doesn't. That's
not a strategy. It's a double amputation.

Mo
Secretary, Frankwell branch
""", sender=c.person("Mo", "Rasheed"), reply=False,
     tags=("hard-negative", "angry", "metaphor", "list"))

# 18
post(LLN, LLND, "Re: [LabourLeft-North] Asylum hotels, Reform and political suicide", """\
Mo,

Mo Rasheed wrote:
> We are going to get slaughtered in May in every seat where the left vote
> matters

Hate to be the one, but I canvassed in Rotherham and Doncaster all last
spring and the single biggest issue on the doorstep, by a country mile,
was the hotel. Not Gaza, not the two-child cap, the hotel. If we don't
have an answer to that we don't have an answer, full stop. "Be nicer" is
not going to cut it with a woman whose town centre has been hollowed out
and who watches coaches pull up to the Britannia every Tuesday.

You can call that sounding like Reform. I call it listening.

Lorraine
""", sender=c.person("Lorraine", "Battersby"),
     tags=("hard-negative", "angry", "list", "quoted"))

# 19 one-line
post(LLN, LLND, "Re: Re: [LabourLeft-North] Asylum hotels, Reform and political suicide", """\
"Double amputation" - I'm having that for my GC speech, Mo. Credit given.
""", sender=c.person("Graham", "Pilling"),
     tags=("hard-negative", "metaphor", "list"))

# 20 hotel protest news, discussion - news-about-threats
post(MIG, GG, "Re: Protests outside the hotel in Epworth - report from Saturday", """\
I went down with the counter-protest on Saturday, so for those asking what
it was actually like:

About 150 on their side, maybe 300 on ours, police line between. Their lot
were mostly blokes in their fifties and some lads who'd clearly come from
the pub. Chants were the usual plus a few I won't type. Someone had a
banner with the hotel manager's name on it, which the police confiscated
after about twenty minutes. That bit genuinely scared me - not for myself,
for her. There's a difference between protesting a policy and putting a
name on a banner.

Residents of the hotel were kept at the back of the building. A couple of
kids waved at us from an upstairs window and got cheered, which made me
cry a bit, I'm not ashamed to say.

Police say they'll be reviewing footage. We'll see.

Ngozi
""", sender=c.person("Ngozi", "Eze"), foot="gg",
     tags=("hard-negative", "news-about-threats", "list"))

# 21 reply on migration
post(MIG, GG, "Re: Protests outside the hotel in Epworth - report from Saturday", """\
> Someone had a banner with the hotel manager's name on it

That's the bit that should be in every news report and won't be. The
Home Office has a duty to protect staff at these sites too, and from
what I hear from the union, it's doing the square root of nothing. If
the council and the contractor can't guarantee the manager's safety
they should say so publicly and let the press ask the minister why.

Also: well done for going, Ngozi. Genuinely.
""", sender=c.person("Richard", "Ebdon"), foot="gg",
     tags=("hard-negative", "news-about-threats", "angry", "list", "quoted"))

# 22 US immigration - ICE
post(PT, "groups.io", "Re: [progressive-talk] ICE in the neighborhood again", """\
They took Mr Herrera from the tire shop on 26th Street at 7 in the
morning. He's been here since 1998, his kids are citizens, his daughter is
a nurse at Mercy. Masked agents, no warrant anyone could see, unmarked
SUV. The whole block watched it.

Everyone on this list who said "they'll only go after criminals" - I'd
like you to come and explain that to his grandson, who is nine, and who
asked me yesterday if they're coming for his mom next.

This administration is waging war on its own neighborhoods and calling
it border security. I'm so angry I can barely type.

Rosa
Chicago, Little Village
""", sender=c.person("Rosa", "Mendoza", "gmail.com"), foot="groupsio",
     tags=("hard-negative", "angry", "metaphor", "list"))

# 23 Australia
post(MIG, GG, "Offshore detention: lessons from Australia before the UK copies it again", """\
G'day all, long-time lurker from Melbourne.

Every time the UK floats an "offshore processing" plan (Rwanda, then the
Balkans, now wherever it is this week) I want to scream, so I'll write
instead. We did this. We did it for over a decade on Manus and Nauru.
It cost billions, it drove people to set themselves on fire, children
stopped eating, the UN called it torture, and at the end of it most of
the men were resettled in the US or New Zealand anyway.

Both our major parties supported it at various points, and the Labor
government here kept it going because they were terrified of being
called soft. Sound familiar?

Happy to send the Senate inquiry reports to anyone who wants them. Please
don't do what we did.

Bridget Hanrahan
""", sender=c.person("Bridget", "Hanrahan", "bigpond.com"), foot="gg", reply=False,
     tags=("hard-negative", "angry", "benign-violent-word", "list"))

# 24 German non-native
post(MIG, GG, "Re: Offshore detention: lessons from Australia before the UK copies it again", """\
Hello Bridget and all,

Thank you for this. From Germany I can say we have now the same discussion,
after the attacks in Solingen and Magdeburg the whole debate exploded and
now also the SPD speaks about "deportation offensive". The AfD is very
happy, they say "we told you" and they go up in polls anyway. It is like
Mo wrote on the other list - if you copy the far right, the far right wins
two times.

I am afraid we will kill our own social democracy with this strategy. But
nobody in Berlin listens to a municipal councillor from Kassel :)

Best greetings,
Jürgen Albrecht
""", sender=c.person("Jürgen", "Albrecht", "web.de"), foot="gg",
     tags=("hard-negative", "metaphor", "news-about-threats", "list", "non-native"))

# 25 free speech - universities
post(CL, CLD, "[civlib] No-platforming at Redbrook University - again", """\
So the philosophy society invited a gender-critical academic, the student
union tried to cancel it, the university overruled the union, three
hundred people turned up to shout at the door and the talk went ahead
with security. Both sides claim victory. Both sides are now writing
op-eds about how the other side is killing free speech on campus.

Meanwhile the actual threat to universities - the fact that half of them
are about to go bust - gets a paragraph in the FT.

I'm not sure what I want from this post. Possibly just to say that I've
had it with the culture war and I'd like to go back to arguing about
police powers and data retention, which were at least boring.
""", sender=c.person("Eileen", "Garside"), reply=False,
     tags=("hard-negative", "metaphor", "angry", "list"))

# 26 reply with "> > you're an idiot" style nested flame
post(CL, CLD, "Re: [civlib] No-platforming at Redbrook University - again", """\
> > > Shouting at the door IS free speech. Deal with it.
> >
> > Shouting so nobody can hear the speaker is a heckler's veto, you idiot.
>
> Don't call me an idiot on a civil liberties list, it's a bit on the nose.

I'm going to call you both idiots, affectionately, because you're having
the exact argument the article is about, in the exact register it's about,
and neither of you has noticed.

Eileen's right. Can we talk about data retention. Please. I'm begging.

-- 
Raymond
"Those who would give up essential liberty to purchase a little
temporary safety deserve neither liberty nor safety." (the full quote,
not the bumper sticker)
""", sender=c.person("Raymond", "Quigley", "ntlworld.com"),
     tags=("hard-negative", "angry", "list", "quoted"))

# 27 other: friend rant about Sunday lunch
c.add("other", f"""\
{SEC} -

I need to tell somebody who won't tell me to calm down. Sunday lunch at
Steve's mum's. Steve's brother Darren, three pints in, starts on "the
boats". Says they should "just sink them". At the table. With my nephew
there, who is eight.

I said if he wants to drown children he can say it to my face without the
gravy in his mouth. Steve's mum said "now now". Darren said I'd "gone woke
since I joined that party". I said at least I joined something. Steve
drove home in silence and we've not spoken properly since.

I know you'll say Darren is exactly the voter we're supposed to be
winning back. I KNOW. I'm just not sure I can win back someone I'd quite
like to push in the canal.

Anyway. Canvassing Saturday still on? I'll be there. Might work some of
this off on the doors.

Leanne
""", subject="sunday lunch from hell", sender=c.person("Leanne", "Cartwright", "icloud.com"),
      fmt="plain", tags=("hard-negative", "angry", "benign-violent-word", "metaphor"))

# 28 US border
post(PT, "groups.io", "Re: [progressive-talk] The buoys in the Rio Grande", """\
Brad wrote:
> It's a border. Countries get to have borders. If you don't want to
> get hurt by a buoy barrier, don't cross a river illegally.

Brad, a four-year-old does not "decide" to cross a river. Her mother
does, because the alternative is the cartel that killed her husband.
Putting razor-wire-wrapped saw blades in a river where you KNOW families
will cross is not "having a border". It's setting a trap. If you or I
did that on our property and a child drowned, we'd be charged.

I used to think you were just contrarian. Now I think you actually
believe this stuff.

Maria
""", sender=c.person("Maria", "Castellanos", "hotmail.com"), foot="groupsio",
     tags=("hard-negative", "angry", "list", "quoted"))

# 29 US gun laws - 3D printed
post(PT, "groups.io", "[progressive-talk] Ghost guns from a 3D printer, Ohio case", """\
Heads up, NPR has a good piece this morning on the kid in Akron who
printed a functioning pistol frame in his bedroom from a file he got on
a forum. No serial number, no background check, total cost about $40 in
filament. The ATF rule that tried to close this got kicked around the
courts for years.

Posting because people on this list keep saying "we just need background
checks". We do. But the technology is outrunning the law and nobody in
Congress has a clue what a slicer is.
""", sender=c.person("Neil", "Garber", "gmail.com"), foot="groupsio", reply=False,
     tags=("hard-negative", "benign-violent-word", "news-about-threats", "list"))

# 30 UK shotgun certificates
post(LLN, LLND, "Re: [LabourLeft-North] Rural policy - shotgun licensing backlog", """\
Gareth Pugh wrote:
> Genuine question for the rural members: do farmers actually need guns
> in 2026, or is it tradition at this point?

Being the only farmer on this list, I'll answer Gareth's question.

Yes, we need guns. I've a shotgun and a .22 for foxes and rats, and
before anybody flinches, the fox that got in with the hens last spring
killed eleven birds in one night and left them there. That's what they
do. Nobody who's seen it is sentimental about it.

The backlog for renewing a certificate in this force area is fourteen
months. FOURTEEN. I've had the same guns for twenty years, same cabinet,
same GP, same clean record. Meanwhile I can't legally shoot the rats in
the feed store. If Labour wants rural votes it could start by funding the
firearms licensing team properly instead of bleating about "the
countryside" at conference.

Huw
""", sender=c.person("Huw", "Penrhyn", "btinternet.com"),
     tags=("hard-negative", "benign-violent-word", "angry", "list", "quoted"))

# 31 Reddit-like digest
c.add("bulk", """\
Top posts this week from r/UKPolitics_Debate

  "The death penalty debate is back because politicians are cowards" - 2.1k upvotes, 847 comments
  u/mild_tory_energy: Every time there's a horrific case, the "bring back hanging" crowd appears, and
  every time the politicians hide behind the ECHR instead of making the argument themselves...

  "Asylum hotels: the numbers nobody talks about" - 1.4k upvotes, 602 comments
  u/BoltonBarmpot: Spent three hours on the Home Office stats so you don't have to. Short version: the
  backlog was murdered by a hiring freeze, not by "boats"...

  "MPs' security costs have tripled. Good." - 980 upvotes, 311 comments
  u/PoliticalNerd_ish: After everything that's happened, I'd rather pay for panic alarms than go to
  another memorial service...

  "Free speech in the UK is dead and here's the proof" - 812 upvotes, 1.2k comments
  u/OakenSaltire: [removed by moderator]

See more posts >

You are receiving this email because you subscribed to Reddit digests.
Unsubscribe | Reddit Inc., 1455 Market Street, San Francisco, CA 94103
""", subject="\"The death penalty debate is back because politicians are cowards\"",
      sender=("Reddit", "noreply@redditmail.com"), headers=robot_headers("https://www.reddit.com/mail/unsubscribe/digest"), fmt="alt",
      tags=("hard-negative", "metaphor", "news-about-threats", "benign-violent-word", "list"))

# 32 Urdu-speaker non-native on free speech / blasphemy
post(CL, CLD, "Re: [civlib] Blasphemy by another name?", """\
Assalam o alaikum and hello to all,

I am reading this list from some time. I want to say something on Quran
burning issue. In Pakistan I saw what blasphemy law do to people, many
innocent people are in jail, some are killed by mobs before any court.
So I am totally against blasphemy law, also in UK by "public order" way.

But also I want that people understand, for many Muslim persons burning
Quran in front of mosque is not "free speech", it is like to spit on
your mother. Both things is true. Law should not punish the burner but
society can say he is a very rude man. This is my view.

Jazakallah,
Imran Qureshi
""", sender=c.person("Imran", "Qureshi"),
     tags=("hard-negative", "benign-violent-word", "list", "non-native"))

# 33 flame reply
post(CL, CLD, "Re: [civlib] Blasphemy by another name?", """\
> Law should not punish the burner but society can say he is a very
> rude man. This is my view.

Imran - thank you, that's one of the most sensible things posted here
this year, and I say that as a militant atheist who'd happily set fire
to every holy book in the country in a debate (metaphorically! before
anyone writes in).

The "rude man" solution is exactly right. Contempt is the proper social
sanction. Prison is not.

Ollie
""", sender=c.person("Ollie", "Sandbach"),
     tags=("hard-negative", "benign-violent-word", "metaphor", "list", "quoted"))

# 34 Italy/Mediterranean
post(MIG, GG, "Lampedusa again - and the EU pact", """\
Ciao a tutti,

Short message from Palermo. This week 1,200 arrivals in Lampedusa in 48
hours, the hotspot built for 400. The government here speak about "naval
blockade" like it is a videogame. A blockade of what? Of boats with
children? The Coast Guard people I know are exhausted and furious, they
say politicians make war on the NGOs while the sea makes war on everybody.

The new EU pact will not change nothing, it is only paper.

Giulia
""", sender=c.person("Giulia", "Russo", "libero.it"), foot="gg", reply=False,
     tags=("hard-negative", "metaphor", "angry", "list", "non-native"))

# 35 Flag burning - short angry
post(LLN, LLND, "Re: [LabourLeft-North] The flag row", """\
We are a socialist party having a fight about flags on lamp posts. A FLAG
FIGHT. While the council is shutting two libraries. Somebody shoot me.
""", sender=c.person("Sadia", "Hanif"),
     tags=("hard-negative", "benign-violent-word", "angry", "list"))

# 36 reply
post(LLN, LLND, "Re: Re: [LabourLeft-North] The flag row", """\
> Somebody shoot me.

Get in the queue, Sadia, I've had this since Tuesday.

But seriously - the flags went up because people feel nobody listens to
them, and telling them it's a distraction from library closures is, in
their ears, more of not listening. We need a line that doesn't sneer.
""", sender=c.person("Paul", "Hindley"),
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

# 37 comedian cancelled - alt fmt
post(CL, CLD, "[civlib] The comedian and the Fringe venue", """\
Quick poll for the list:

A comedian's Fringe run was cancelled by the venue after a clip went
viral in which he "joked" that a certain minister should be "taken out
back and dealt with". The venue says it's a safety issue. He says it's a
joke, obviously, and that comedians have been saying worse about Thatcher
for forty years.

My own view: it's a bad joke, he should be free to tell it, the venue
should be free not to host him, and nobody should be calling the police.
All four can be true at once.

But the venue's statement specifically cited "the current climate" of
threats against politicians, and I think that's the interesting bit. Is
there a point where a joke about violence against a politician stops
being protected satire because the context has changed? Or is that
exactly the reasoning that kills satire?
""", sender=c.person("Deepak", "Raval"), fmt="alt", reply=False,
     tags=("hard-negative", "news-about-threats", "list"))

# 38 reply
post(CL, CLD, "Re: [civlib] The comedian and the Fringe venue", """\
Deepak Raval wrote:
> Is there a point where a joke about violence against a politician
> stops being protected satire because the context has changed?

Legally, no - the test is still whether a reasonable person would take
it as a real threat, and nobody in a comedy club thinks the bloke with
the microphone is organising a hit. Morally, I think the "current
climate" argument is a trap. Two MPs have been murdered in my adult
lifetime and neither had anything to do with comedians. The people who
do this stuff don't need jokes; they've got YouTube.

Sue
""", sender=c.person("Sue", "Brannigan"),
     tags=("hard-negative", "news-about-threats", "list", "quoted"))

# 39 Canada immigration, elsewhere
post(MIG, GG, "Re: Is anywhere getting this right? Canada?", """\
On 12 Jun, Lorraine Battersby wrote:
> Everyone on here keeps pointing at Canada as the model. Is anywhere
> actually getting this right?

Canadian here, in Winnipeg. Short answer: no, and stop holding us up as
the model. We did sponsor refugees brilliantly in 2015-16 and then let
temporary student and worker numbers explode to prop up colleges and Tim
Hortons, rents went through the roof, and now the consensus has flipped
so hard that ministers are competing to slash numbers. The far right
didn't win an election here. They didn't need to. They won the argument
while everyone was looking the other way.

Sorry to be the bearer of bad news. It's not sunnier up here.

Kate
""", sender=c.person("Kate", "Donnelly", "shaw.ca"), foot="gg",
     tags=("hard-negative", "metaphor", "list", "quoted"))

# 40 immigration UK - angry member with caps and typos
post(LLN, LLND, "Re: [LabourLeft-North] Asylum hotels, Reform and political suicide", """\
i dont normaly post but i have to say this. my dad came here from
jamaica in 1961 and was told NO BLACKS NO DOGS NO IRISH. now im
watching a LABOUR govermment talk like the people who put them
signs up. its a disgrace. I AM NOT LEAVING THE PARTY. they can
drag me out kicking and screaming. but im ashamed today

Clive B
""", sender=c.person("Clive", "Bailey", "hotmail.co.uk"),
     tags=("hard-negative", "angry", "benign-violent-word", "list", "noisy"))

# 41 Death penalty - Singapore/elsewhere
post("Justice Digest", "lists.justicedigest.org", "Re: [Justice Digest] Singapore hangs man over 1kg of cannabis", """\
> Singapore on Friday executed a 46-year-old man convicted of
> trafficking just over a kilogram of cannabis, despite appeals for
> clemency from the UN and the man's family.

The thing that haunts me about the Singapore cases is the bureaucratic
calm. Notice of execution, a week for the family to arrange photos, the
final visit through glass, then a Friday dawn. Everyone in a uniform,
everyone following procedure, and a man dead over cannabis that's legal
in Thailand forty minutes' flight away.

I've never been much for the "state killing is barbaric" rhetoric. But
the quiet version is worse than the barbaric version, somehow.

Matthew (Quaker Concern for Abolition)
""", sender=c.person("Matthew", "Arkwright"), foot="mailman3",
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

# 42 free speech - "kill all men" tweet type discussion
post(CL, CLD, "[civlib] 'Kill all the landlords' - protected hyperbole or not?", """\
Housing activist posts "kill all landlords lol" under a video of an
eviction. Gets reported, account suspended, a local paper runs it as
"Activist calls for murder". She apologises, says it was obviously
hyperbole, like "eat the rich".

I think this is pretty clearly the same kind of thing as "hang the
bankers" in 2009 - violent rhetoric, no target, no plan, nobody
seriously reads it as an instruction. But I notice that the people
defending her are mostly the same people who were demanding action
against "hang the traitors" posts about MPs a year ago. Is there a
principled distinction, or are we just on different teams?

Genuinely asking. I don't know the answer.
""", sender=c.person("Hazel", "Dunmore"), reply=False,
     tags=("hard-negative", "benign-violent-word", "news-about-threats", "list"))

# 43
post(CL, CLD, "Re: [civlib] 'Kill all the landlords' - protected hyperbole or not?", """\
Hazel Dunmore wrote:
> Is there a principled distinction, or are we just on different teams?

There's a distinction but it's about targets, not teams. "Kill all
landlords" is a class of two and a half million people - nobody can act
on it. "Hang the traitors" under a post naming six MPs, with a picture of
a gallows and the date of a vote, is a different animal. That's not a
slogan any more; it's a list.

Neither should be a crime in itself. The second should get a knock on
the door.

-- Bernard
""", sender=c.person("Bernard", "Ackroyd"),
     tags=("hard-negative", "news-about-threats", "benign-violent-word", "list", "quoted"))

# 44 LLN - two-child cap & immigration linked, metaphor-heavy
post(LLN, LLND, "[LabourLeft-North] Motion for regional conference - immigration & the 'hostile environment'", """\
Draft below, comments by Friday please, then we'll circulate to branches.
It's deliberately punchy; tone it down in the amendments if you like but
please don't kill it in committee.

  "Conference notes that the hostile environment, introduced in 2012,
  has destroyed lives, wrecked the Windrush generation, and poisoned
  community relations for a decade. Conference believes that a Labour
  government should dismantle it root and branch rather than
  rebranding it..."

Full text attached (well, it will be when I remember to attach it).

Jean
""", sender=c.person("Jean", "Ormerod"), reply=False,
     tags=("hard-negative", "metaphor", "list"))

# 45 Kenyan/Somali non-native on migration forum
post(MIG, GG, "Re: Voices of people who actually migrated?", """\
Salaan all. I came from Somalia to UK in 2003 as asylum seeker, age 16. I
read many people here talk about "migrants" like we are weather or
statistic. I understand you are on our side, thank you, but please also
let us speak.

Hotel life is very hard, I was in one for 9 months in Croydon. You cant
work, you cant do nothing, some men go crazy from this. When people
protest outside and shout "go home" it is like you are in prison and
prison guard hate you also. I am now a bus driver and I pay my tax and I
still feel this when I hear the news.

Thanks for reading,
Abdirahman
""", sender=c.person("Abdirahman", "Warsame"), foot="gg",
     tags=("hard-negative", "news-about-threats", "list", "non-native"))

# 46 death penalty terse
post(DS, DSD, "Re: [debsoc-alumni] This house would bring back hanging (for real this time)", """\
Can we all agree Clive is only doing this because his column's up for
renewal? Motion to adjourn to the bar. Seconded by me. Carried.
""", sender=c.person("Fiona", "Greatorex"),
     tags=("hard-negative", "benign-violent-word", "list"))

# 47 gun debate - Canada/NZ mention, older plain style with sig
post(PT, "groups.io", "Re: [progressive-talk] Buybacks work - look at New Zealand", """\
On Tue, Karen Lindqvist wrote:
> Australia did it after Port Arthur. New Zealand did it after
> Christchurch. Why can't we?

Because neither country has a Second Amendment, a Supreme Court that
treats it like scripture, or a hundred million gun owners who think
the buyback van is the first wave of the UN invasion. I'm not saying it
can't be done. I'm saying if you march in with "buyback" on the banner
you'll get your head handed to you in every swing state.

Start with storage laws. Nobody can argue with "lock it up so your kid
can't take it to school".

--
Phil Osterman
Madison, WI
"Politics is the art of the possible." - Bismarck, who was not a nice man
""", sender=c.person("Phil", "Osterman", "att.net"), foot="groupsio",
     tags=("hard-negative", "benign-violent-word", "metaphor", "list", "quoted"))

# 48 other: friend sends rant about free speech row at work
c.add("other", f"""\
hiya

so you know that "free speech" guy at work, the one who put the poster
up in the kitchen? Well HR finally took it down and now he's sending
all-staff emails about "Orwell" and "the thought police". I replied-all
(yes I know) saying Orwell was a socialist who fought fascists in Spain
and would have hated him. Now I've been "invited to a conversation" on
Monday. Kill me now.

Anyway, not party business, just needed to tell someone who'd laugh.
Are you still doing the leafleting rota or has that passed to Irene?

Shabana
""", subject="you will not believe this", sender=c.person("Shabana", "Aziz", "gmail.com"),
      fmt="html", tags=("hard-negative", "benign-violent-word", "angry", "html-only"))

# 49 immigration - angry but balanced, long, html alt
post(MIG, GG, "Numbers, not nonsense: what the net migration figures actually say", """\
Every quarter the ONS publishes the migration estimates and every quarter
the same papers run the same front pages: INVASION, SWAMPED, FLOOD. So as
somebody who spent eight years as a statistician at a government
department, here's a plain-English guide.

1. Net migration peaked at roughly 900,000 in the year to mid-2023. It
   has since fallen sharply, mainly because of visa rule changes for
   students' dependants and care workers, not because of anything to do
   with boats.

2. Small-boat arrivals are a small share of total immigration. They are
   visible, frightening and politically explosive, which is why they get
   a hundred times the coverage.

3. Most immigration to the UK in recent years has been on visas the
   government itself designed and issued, because sectors like social
   care could not recruit.

4. "Flood", "swarm" and "invasion" are not neutral words. They are
   weather and war metaphors designed to make you feel under attack. I'd
   ask people on this list - on both sides - to stop using them, even
   ironically.

That's it. No conclusions. Just numbers. Fight about them by all means,
but fight about the real ones.

Sandra
""", sender=c.person("Sandra", "Mwangi"), foot="gg", fmt="alt", reply=False,
     tags=("hard-negative", "metaphor", "list"))

# 50 reply: sharp
post(MIG, GG, "Re: Numbers, not nonsense: what the net migration figures actually say", """\
> 4. "Flood", "swarm" and "invasion" are not neutral words.

Sandra, with respect, "the far right wants to kill refugees", which I
read on this very group last week, isn't a neutral phrase either, and
nobody wrote a four-point plan about that. I agree with your numbers. I
disagree that the only inflammatory language in this debate comes from
one side.

Anyway. Excellent post otherwise. Saving it for the next time my
father-in-law starts.

Mark
""", sender=c.person("Mark", "Teasdale"), foot="gg",
     tags=("hard-negative", "angry", "metaphor", "list", "quoted"))

c.write()
