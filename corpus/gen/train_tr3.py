#!/usr/bin/env python3
"""train_tr3: philosophy and religion lists, and replies to news digests.

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

c = Corpus("train", "tr3", seed=3103)
SEC = c.secretary()[0].split()[0]
listkit.bind(c)

PH, PHD = "phil-chat", "lists.philchat.org"
CS, CSD = "ChristianLeft", "lists.christianleft.org.uk"
IF, IFD = "Interfaith Forum North", "googlegroups.com"
AT, ATD = "Freethinkers UK", "forum.freethinkers.org.uk"
DAILY, DAILYD = "Morning Digest", "lists.morningdigest.co.uk"

# 1 ---------------------------------------------------------------------------------------
post(PH, PHD, "Re: [phil-chat] Trolley problem, round 847", """\
Desmond Haigh wrote:
> If you won't push the fat man, you have no business pulling the lever.
> The outcome is identical: one dead, five saved. The rest is squeamishness
> dressed up as deontology.

Desmond, you say "squeamishness" as if it were an insult. It's the single
most important moral datum we have. The reason almost everybody will pull
the lever and almost nobody will shove a stranger off a bridge is that
using a person as a mere means to kill him is different from redirecting
a threat that was coming anyway. That's not squeamishness. That's Kant,
and the doctrine of double effect, and about two thousand years of people
thinking harder than you have on a Tuesday evening.

Also: can we retire "the fat man"? He's been killed in seminars so many
times I'm starting to feel sorry for him.

--
Philippa Rowntree
"Act only according to that maxim whereby you can at the same time will
that it should become a universal law." -- and reply on-list, please.
""", sender=c.person("Philippa", "Rowntree"),
     tags=("hard-negative", "benign-violent-word", "angry", "list", "quoted"))

# 2
post(PH, PHD, "Re: [phil-chat] Trolley problem, round 847", """\
> He's been killed in seminars so many times I'm starting to feel sorry
> for him.

He's been killed in seminars so many times he should have a union.

Philippa: "two thousand years of people thinking harder than you" is
precisely the appeal to authority you'd mark down in a first-year essay.
Sort yourself out.

Des
""", sender=c.person("Desmond", "Haigh"),
     tags=("hard-negative", "benign-violent-word", "angry", "list", "quoted"))

# 3 digest
digest(PH, PHD, 31, 7, [
    ("Neil Ambrose", "neil.ambrose@virginmedia.com", "Nietzsche: 'God is dead' is not a celebration", """\
Every few months somebody on the atheist forums quotes "God is dead" as if
Nietzsche were doing a lap of honour. Read the passage. The madman runs
into the marketplace with a lantern in the morning, and the line is "God
is dead. God remains dead. And we have killed him. How shall we comfort
ourselves, the murderers of all murderers?" It is a howl of horror, not a
victory chant. He thought the consequences would be catastrophic."""),
    ("Beatrix Oduya", "b.oduya@phonecoop.coop", "Re: Nietzsche: 'God is dead' is not a celebration", """\
Agreed, and the follow-on is that "what does not kill me makes me
stronger" has become a gym slogan, which would have made him want to
throw himself off a cliff in Sils Maria. (He didn't, to be clear. He
collapsed in Turin hugging a horse, which is arguably worse.)"""),
    ("Desmond Haigh", "dhaigh@talktalk.net", "Re: Trolley problem, round 847", """\
For the record I'd like it minuted that I have not killed anyone, fat or
otherwise, and that Philippa started it."""),
    ("List Admin", "phil-chat-owner@lists.philchat.org", "Reminder: reading group, Hobbes, Leviathan ch. 13", """\
Next month's reading is Leviathan chapter 13: the war of all against all,
life "solitary, poor, nasty, brutish, and short". Online, first Thursday,
8pm. Given the tone of this list lately it seems apt."""),
], tags=("hard-negative", "benign-violent-word", "metaphor", "list"))

# 4 antinatalism flame
post(PH, PHD, "Re: [phil-chat] Benatar and antinatalism - let's have it out", """\
>> Every birth is an act of harm. You have imposed on a being that could not
>> consent the certainty of suffering and death.
>
> So the solution is that humanity should go extinct. Brilliant. Tell that
> to my granddaughter.

Colm, nobody's proposing to kill your granddaughter. Benatar is perfectly
explicit that the argument is against starting lives, not ending them.
You're arguing with a cartoon. Again.

Not that I agree with him - I think the asymmetry argument is a cheap trick
with absences - but if you're going to lose your temper at a philosopher,
at least lose it at what he said.

Yusuf
""", sender=c.person("Yusuf", "Demir"),
     tags=("hard-negative", "benign-violent-word", "angry", "list", "quoted"))

# 5 assisted dying - long measured but sharp
post(PH, PHD, "[phil-chat] The assisted dying bill: killing, letting die, and 'safeguards'", """\
A long one. Apologies in advance; the bill is back and the debate in the
press is so bad that I'd like to try to do better here.

Three distinctions keep getting mashed together.

1. Killing vs letting die. Most doctors already withdraw treatment, and
   most of us accept that doing so is not killing even when death follows.
   Opponents of the bill say assisted dying crosses from the second to the
   first. Supporters say that if the intention and outcome are the same,
   the distinction is a moral fig leaf. I find myself unable to dismiss
   either view, which is a sign, I think, that the distinction is doing
   real work but less than both sides want.

2. Autonomy vs pressure. The strongest argument against the bill isn't
   religious. It's disability rights: that in an underfunded care system,
   "choice" for a frightened, expensive, lonely person looks a lot like a
   door held open. The strongest argument for it is that people are
   already dying badly, or travelling to Zurich, or killing themselves
   alone because their families could be prosecuted for helping.

3. Safeguards. Everyone says they want strong safeguards. Nobody agrees
   what one looks like. A judge? A panel? A psychiatrist? Six months'
   prognosis (which doctors notoriously get wrong in both directions)?

I'm not telling anyone how to think. I'm asking us to stop calling each
other murderers and ghouls on the one hand and religious zealots who want
people to die in agony on the other. I have now seen both on this list
in the same week.

Rachel Wexford
""", sender=c.person("Rachel", "Wexford"), reply=False,
     tags=("hard-negative", "benign-violent-word", "angry", "list"))

# 6 reply terse
post(PH, PHD, "Re: [phil-chat] The assisted dying bill: killing, letting die, and 'safeguards'", """\
Best thing posted here in a year. Printing it for my mother, who thinks
I've joined a death cult because I said I'm "leaning yes".

Jo
""", sender=c.person("Jo", "Pemberton"),
     tags=("hard-negative", "metaphor", "list"))

# 7 Christian left list - hell
post(CS, CSD, "Re: [ChristianLeft] Does anyone still believe in Hell?", """\
Ian wrote:
> I'm sorry but if Hell isn't real then the cross is pointless. Something
> has to be at stake. Otherwise Jesus died for a misunderstanding.

Ian, I've been a Methodist local preacher for thirty-one years and I've
never once needed eternal conscious torment to make sense of the cross.
What's at stake is whether we become the kind of people who can bear the
love of God, not whether He roasts the rest.

And while we're at it: half the hellfire preachers I grew up with seemed
rather to enjoy describing who'd be burning. There was a man at our
chapel in Tredegar who used to name names from the pulpit. I've never
forgotten the look on my mam's face. "Turn or burn" never converted
anybody I know. It made a lot of them leave.

Peace, in spite of everything,
Gwyneth
""", sender=c.person("Gwyneth", "Prosser"),
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

# 8 reply - traditionalist, angry
post(CS, CSD, "Re: [ChristianLeft] Does anyone still believe in Hell?", """\
Gwyneth,

On Sun, Gwyneth Prosser wrote:
> I've been a Methodist local preacher for thirty-one years and I've
> never once needed eternal conscious torment to make sense of the cross.

With great respect, "I've never needed it" isn't theology, it's
autobiography. Our Lord spoke of Gehenna more than anyone else in the New
Testament. "Fear him who can destroy both soul and body in hell" is not a
soft text. You can't build a Christian socialism on the bits of the
Gospels that fit in a Guardian editorial and bin the rest.

I'm on this list because I believe the Gospel demands justice for the
poor. I also believe it demands we take judgement seriously. Those aren't
opposites.

Ian Mathers
Lay Reader, St Cuthbert's
""", sender=c.person("Ian", "Mathers"),
     tags=("hard-negative", "benign-violent-word", "angry", "list", "quoted"))

# 9 imprecatory psalms - old style sig
post(CS, CSD, "[ChristianLeft] Psalm 137 and the politics of rage", """\
Our Bible study group reached Psalm 137 last night. "By the rivers of
Babylon" - lovely, Boney M, everyone sings along - until the last verse:
"Happy shall he be, that taketh and dasheth thy little ones against the
stones." Silence round the table. Then Derek said "well, that's the
Tories told", and we all laughed, and then we felt a bit ashamed of
laughing.

I think the point the psalm makes is that rage at injustice is part of
the spiritual life and needs to be said out loud to God - so that it
doesn't get acted out on anyone. Better in the psalter than in the
street. I thought that was a useful thing for a group of political
Christians to sit with.

Blessings,
Rev. Alison Harcombe
---------------------------------------------------------------
"Blessed are they which do hunger and thirst after righteousness"
---------------------------------------------------------------
""", sender=c.person("Alison", "Harcombe"), reply=False,
     tags=("hard-negative", "benign-violent-word", "metaphor", "list"))

# 10 Interfaith - jihad meaning
post(IF, GG, "Re: 'Jihad' in the Council leaflet - what it actually means", """\
Brother Keith,

Keith Fothergill wrote:
> I really don't think the word "jihad" should appear in a Council
> leaflet, whatever the context. People will be frightened.

I know you meant no harm, but your message to the group saying the word
"jihad" should never appear in a community leaflet was upsetting to some
of us. In our tradition the greater jihad - al-jihad al-akbar - is the
struggle against one's own ego, one's anger, one's laziness. My mother
used to say that getting up for Fajr on a January morning in Bradford
was her jihad. The word has been stolen by criminals and the tabloids
have helped them.

When the Council wrote "a jihad against litter" it was clumsy, yes. It
was not a call to violence. Please come to the mosque open day on the
22nd and we can talk about it over tea. You will be very welcome.

Salaam,
Hamza Akhtar
""", sender=c.person("Hamza", "Akhtar"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

# 11 Keith replies
post(IF, GG, "Re: 'Jihad' in the Council leaflet - what it actually means", """\
Hamza - thank you, and I'm sorry. I'll be there on the 22nd. My wife says
I can bring the lemon drizzle as a peace offering, which I gather is also
a kind of jihad for her, given how long it takes.

Keith
""", sender=c.person("Keith", "Fothergill"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "list"))

# 12 atheist forum discourse
discourse(AT, ATD, "Religion poisons everything - discuss (again)", "Debate Hall", "NoGodsNoMasters_1985", """\
Look, I'll say it plainly since nobody else on here will any more. Every
organised religion is a protection racket with a choir. They've burned
heretics, drowned witches, slaughtered each other across half of Europe
for three hundred years, and they still get seats in the House of Lords
and tax breaks for their mansions.

Hitchens was right. Religion poisons everything it touches. Show me a
single good thing it does that couldn't be done better without the
superstition attached.
""", tags=("hard-negative", "angry", "metaphor", "benign-violent-word", "list"))

# 13 reply
discourse(AT, ATD, "Religion poisons everything - discuss (again)", "Debate Hall", "sceptical_sue", """\
@NoGodsNoMasters_1985 The food bank in my town is run out of a church
hall by Baptists who've never once asked anyone about Jesus. The night
shelter is run by a mosque. The only people who visited my gran when she
was dying were the Catholic ladies from down the road. "Couldn't be done
better without superstition" - well, it ISN'T being done without it, is it?
Nobody from this forum showed up.

I'm as atheist as you are. But this "burn it all down" stuff is lazy and
it makes us look like pricks.
""", tags=("hard-negative", "angry", "metaphor", "list"))

# 14 Buddhism list - kill the Buddha
post("sangha-uk", "lists.sangha-uk.org", "Re: [sangha-uk] 'If you meet the Buddha on the road, kill him'", """\
Dear Dharma friends,

A newcomer at the Tuesday sit asked me, quite alarmed, whether we really
teach people to kill the Buddha. I explained it's Linji, it's a koan, and
it means don't cling to any image of enlightenment, including the teacher
and including the Buddha himself - cut through it. He looked relieved and
then said "so it's a metaphor for killing your own ideas?" and I said yes,
and he said "that sounds worse".

I think he'll fit in very well.

With metta,
Sumedha (Carol)
""", sender=c.person("Carol", "Lightowler"), foot="mailman3",
     tags=("hard-negative", "benign-violent-word", "metaphor", "list"))

# 15 news digest reply - news-about-threats (imam)
post(DAILY, DAILYD, "Re: [Morning Digest] Imam receives threats after interfaith service", """\
> 6. An imam in Oldham has been given police protection after receiving
>    threats following his participation in a Remembrance service
>    alongside Christian and Jewish leaders. Greater Manchester Police
>    said enquiries were ongoing.

I know Imam Rashid slightly - we were on a panel together at the library
last year. He's the gentlest man you could meet and he told me at the
time he was getting abuse from both ends: from the far right for being a
Muslim and from a handful of hardliners for standing next to a rabbi.
That's the story of anyone trying to build bridges in this country right
now - shot at from both banks.

I hope the digest will follow this up rather than leave it as item six
under the weather.

Brian Stott
""", sender=c.person("Brian", "Stott"), foot="mailman3",
     tags=("hard-negative", "news-about-threats", "metaphor", "list", "quoted"))

# 16 CST report - Jewish community list
post("Jewish Labour North", "googlegroups.com", "CST figures this week - and what branches can do", """\
Friends,

The Community Security Trust published its half-year figures this week.
They're grim: antisemitic incidents remain far above pre-2023 levels,
including assaults, threats and damage to synagogues and cemeteries.
Several of us have had abuse at stalls and on doorsteps - mostly shouted,
occasionally worse.

I'm not posting this to start the usual argument about Israel/Palestine.
Please don't turn this into that. I'm posting because a few branch
officers have asked how to make meetings feel safe for Jewish members.
Practical suggestions welcome: clear codes of conduct, chairs who
actually intervene, and not scheduling everything on Friday nights would
be a start.

Shalom,
Miriam
""", sender=c.person("Miriam", "Goldfarb"), foot="gg", reply=False,
     tags=("hard-negative", "news-about-threats", "list"))

# 17 reply
post("Jewish Labour North", "googlegroups.com", "Re: CST figures this week - and what branches can do", """\
> not scheduling everything on Friday nights would be a start.

Seconded, and thirded by my wife. Our branch moved from Friday to
Wednesday two years ago after I raised it and attendance went UP.

On safety more broadly: the CST will come and talk to any group that
asks. They did a session for our shul and it was calm, sensible and not
at all scary. Might be worth inviting them to a GC.

Daniel
""", sender=c.person("Daniel", "Lewin"), foot="gg",
     tags=("hard-negative", "news-about-threats", "list", "quoted"))

# 18 other: friend rant about church council
c.add("other", f"""\
Dear {SEC},

Forgive the personal email but I must tell somebody. The parochial church
council has voted, 7 to 5, to remove the rainbow banner from the church
porch because it was "divisive". Divisive! It's been there two years and
the only division it's caused is Mr Blenkinsop writing to the Bishop
every quarter.

I nearly stood up and told them they'd crucified the only thing in that
building anybody under sixty has ever noticed. I didn't. I said "I'd like
my objection minuted", very quietly, which for me is the equivalent of
throwing the hymn books.

Anyway - church politics makes the CLP look like a tea party. I'll see
you at the AGM.

With love,
Margaret
""", subject="a rant, sorry", sender=c.person("Margaret", "Ellerby", "btinternet.com"),
      fmt="plain", tags=("hard-negative", "angry", "metaphor"))

# 19 free will flame
post(PH, PHD, "Re: [phil-chat] Free will is an illusion and you're all in denial", """\
> If determinism is true, nobody deserves punishment, so every prison
> in the land should be emptied tomorrow.

Christ on a bike, Tobias. Even Sapolsky doesn't say that. Hard
determinists accept quarantine: a man who's going to hurt people can be
kept from hurting people without anyone claiming he "deserves" it, the
way we quarantine a carrier of cholera. What goes is retribution, not
protection.

You've been on this list three weeks and you've managed to misrepresent
Spinoza, Hume, Strawson AND Sapolsky. That's a hat-trick plus one.

Irene
--
"Men are deceived in thinking themselves free" -- Ethics, II, P35, Schol.
""", sender=c.person("Irene", "Valtonen", "kolumbus.fi"),
     tags=("hard-negative", "angry", "benign-violent-word", "list", "quoted"))

# 20 Tobias reply
post(PH, PHD, "Re: [phil-chat] Free will is an illusion and you're all in denial", """\
Irene, I couldn't have done otherwise. Blame the Big Bang.

T.
""", sender=c.person("Tobias", "Wren"),
     tags=("hard-negative", "angry", "list"))

# 21 Crusades argument
post(IF, GG, "Re: Can we stop bringing up the Crusades every time", """\
>> Christians have no lessons to give anyone about violence. Crusades,
>> Inquisition, burning of Cathars, the Thirty Years War.
>
> Every single tradition in this group has blood on its hands if you go
> back far enough. That's not an argument, it's a body count.

Thank you, Pat. This group was set up to bring people together in this
town, not to re-fight 1099 over email. My great-grandparents were killed
in Armenia in 1915; if I started posting about that every time somebody
was rude to me we would never get the soup kitchen rota done.

Can we please get back to the soup kitchen rota.

Ani (Armenian Church, Manchester)
""", sender=c.person("Ani", "Petrosyan"), foot="gg",
     tags=("hard-negative", "metaphor", "benign-violent-word", "angry", "list", "quoted"))

# 22 Sikh member — news about threats to gurdwara - news-about-threats
post(IF, GG, "Gurdwara graffiti - thank you all", """\
Sat Sri Akal everyone,

Just to say thank you to everyone from the forum who came to help clean
the wall on Sunday after the graffiti. Police have been good, they are
treating it as a hate incident. Some of the younger ones were very angry
and wanted to "go and find who did it" but the committee calmed them down,
we told them our history is service not revenge.

The langar is open to everyone as always, and especially to whoever
wrote those words, if they are hungry.

Harpreet Kaur
Secretary, Guru Nanak Gurdwara committee
""", sender=c.person("Harpreet", "Kaur"), foot="gg", reply=False,
     tags=("hard-negative", "news-about-threats", "list"))

# 23 atheist forum - blasphemy and Charlie Hebdo
discourse(AT, ATD, "Ten years on: cartoons, killings and cowardice", "News & Current Affairs", "LeedsHumanist", """\
Saw the anniversary coverage. What strikes me is how completely the
argument has been won by the people with the guns. Virtually no British
paper would run those cartoons today, and everyone knows why. Not because
editors suddenly discovered respect. Because they don't want to be shot.

I'm not saying they should run them. I'm saying we should be honest that
self-censorship under threat of murder isn't "sensitivity", it's fear,
and the men who did it got exactly what they wanted.
""", tags=("hard-negative", "news-about-threats", "benign-violent-word", "angry", "list"))

# 24 reply
discourse(AT, ATD, "Ten years on: cartoons, killings and cowardice", "News & Current Affairs", "Rationalist_Rahul", """\
@LeedsHumanist I grew up Muslim, I'm an ex-Muslim now, and I've had my
own share of "you'll burn" messages from relatives. So I'm not soft on
this. But "the men with guns won" erases the millions of ordinary Muslims
who found the cartoons offensive and responded by... doing nothing at all
except being offended. You're letting two murderers speak for them. That's
also what the murderers wanted.
""", tags=("hard-negative", "news-about-threats", "benign-violent-word", "list"))

# 25 theological one-liner
post(CS, CSD, "Re: [ChristianLeft] Does anyone still believe in Hell?", """\
I believe in Hell. It's the A-road between Wrexham and Chester at 5pm.
""", sender=c.person("Gethin", "Morris"),
     tags=("hard-negative", "metaphor", "list"))

# 26 Stoicism modern newsletter forum HTML
c.add("bulk", "", fmt="html", html_body="""\
<html><body style="font-family:Georgia,serif;max-width:600px">
<h3 style="margin-bottom:4px">The Stoa Online forum &mdash; weekly digest</h3>
<p style="color:#666">Most-discussed threads this week</p>
<hr>
<p><b>&ldquo;Memento mori &mdash; does anyone else find it morbid?&rdquo;</b> &middot; 63 replies<br>
<i>marcus_in_margate:</i> Seneca says we die every day. My wife says if I say that once more at breakfast she'll make it literal.</p>
<p><b>&ldquo;How do I stop wanting to murder my line manager (figuratively)&rdquo;</b> &middot; 118 replies<br>
<i>epictetus_fan_88:</i> Dichotomy of control. His spreadsheet is not up to you. Your response to the spreadsheet is up to you. Also, update your CV.</p>
<p><b>&ldquo;Stoics on anger: is political rage ever virtuous?&rdquo;</b> &middot; 41 replies<br>
<i>Cato_the_Younger_ish:</i> Cato ripped his own stitches out rather than live under Caesar. Not saying do that. Saying the Stoics weren't all calm people.</p>
<p><a href="https://forum.stoa-online.example/digest">Read the discussions</a></p>
<p style="font-size:11px;color:#999">You are receiving this digest because you have an account on The Stoa Online forum.
<a href="https://forum.stoa-online.example/u/prefs/emails">Unsubscribe</a></p>
</body></html>""",
      subject="[Stoa Online] Weekly summary: \"How do I stop wanting to murder my line manager (figuratively)\"",
      sender=("The Stoa Online forum", "summary@forum.stoa-online.example"),
      headers=robot_headers("https://forum.stoa-online.example/u/prefs/emails"),
      tags=("hard-negative", "benign-violent-word", "metaphor", "list", "html-only"))

# 27 Christian pacifism vs just war
post(CS, CSD, "[ChristianLeft] Just war after Ukraine - I've changed my mind", """\
I've been a Christian pacifist since I was nineteen. I refused to join
the cadets at school and got caned for it - that's how old I am. I have
preached "turn the other cheek" from more pulpits than I can count.

And then I watched Bucha.

I still believe that Christ calls us to non-violence. But I can no longer
tell a Ukrainian grandmother that the Christian thing to do is let the
soldiers in. I don't know what that makes me. Bonhoeffer, perhaps, who
plotted against Hitler and never claimed he was right to. I'd welcome the
list's thoughts, including from those who think I've gone soft.

Frank
""", sender=c.person("Frank", "Albury"), reply=False,
     tags=("hard-negative", "benign-violent-word", "list"))

# 28 reply Quaker
post(CS, CSD, "Re: [ChristianLeft] Just war after Ukraine - I've changed my mind", """\
Frank, dear,

> I still believe that Christ calls us to non-violence. But I can no longer
> tell a Ukrainian grandmother that the Christian thing to do is let the
> soldiers in. I don't know what that makes me.

You haven't gone soft. You've gone honest, which is harder. The Peace
Testimony has never been "let the soldiers in" - it has been that we will
not take up the sword ourselves, and will do everything else, including
things that are dangerous and unglamorous. Friends drove ambulances at
Ypres. Friends are in Kharkiv now doing trauma counselling.

Come to Meeting on Sunday. You don't have to decide anything.

In Friendship,
Ruth
""", sender=c.person("Ruth", "Eccleston"),
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

# 29 news digest reply - bishop threats
post(DAILY, DAILYD, "Re: [Morning Digest] Bishop 'will not be silenced' after abuse over asylum comments", """\
I'm sure I'm not the only C of E member on this digest who's furious
about this. The Bishop said one thing - that the Church would keep
supporting asylum seekers who'd converted - and within a day there were
people online saying she should be "dragged out of her cathedral". The
papers ran it as "bishop in row". What row? One side said something
kind, the other side made threats. That's not a row.

Sorry. I know these digests are meant to be read not replied to.

Peter (Lichfield diocese)
""", sender=c.person("Peter", "Rushworth"), foot="mailman3",
     tags=("hard-negative", "news-about-threats", "angry", "list"))

# 30 Islamic scholar list non-native
post(IF, GG, "Re: Ramadan iftar - and the incident at the bus stop", """\
Dear all,

Thank you for your concern about the sister who was attacked at bus
stop last week, she is ok, only shocked, her scarf was pulled and the man
shout at her. Police has the CCTV. Many people in our community is now
afraid to go to evening prayers alone, so we organised walking groups,
brothers walk the sisters home.

The iftar on Saturday is still happening, everybody is invited, we will
not hide. Please bring your neighbours.

Br. Mehmet Yilmaz
Masjid committee
""", sender=c.person("Mehmet", "Yilmaz"), foot="gg",
     tags=("hard-negative", "news-about-threats", "list", "non-native"))

# 31 philosophy - Hobbes reading group flame
post(PH, PHD, "Re: [phil-chat] Reading group: Leviathan ch. 13", """\
Ok, I'll be the one. Hobbes is right and everyone who's read the comments
section of the Manchester Evening News knows it. Take away the state for
one afternoon and we'd be at each other's throats before teatime. The
"state of nature" isn't a thought experiment, it's the car park at Aldi
on Christmas Eve.

Cheerfully misanthropic,
Gerald
""", sender=c.person("Gerald", "Whitcombe"),
     tags=("hard-negative", "metaphor", "list"))

# 32 reply Rousseau fan
post(PH, PHD, "Re: [phil-chat] Reading group: Leviathan ch. 13", """\
Gerald Whitcombe wrote:
> The "state of nature" isn't a thought experiment, it's the car park at
> Aldi on Christmas Eve.

And yet, Gerald, in that car park nobody actually kills anybody. They
sigh, they glare, they let an old lady go first. That's the Rousseau
point: the vicious stuff comes with property and comparison, not before
it. The Aldi car park IS civil society - that's why it's so awful.

Also I was in that car park. It was me in the Corsa. Sorry.

Hannah
""", sender=c.person("Hannah", "Stockdale"),
     tags=("hard-negative", "benign-violent-word", "metaphor", "list", "quoted"))

# 33 Atheist vs Christian flame classic nesting
discourse(AT, ATD, "Debate challenge: local vicar vs our chair, 14 March", "Events", "freethinkers_events", """\
Good news - Rev. Tim Sowerby of St Aidan's has agreed to debate our chair,
Linda Brack, on "Does Britain need God?" on 14 March at the Friends
Meeting House. Tickets free, donations to the food bank.

Please, PLEASE, can members behave. Last time half the front row heckled
"burn the witch" when the Catholic speaker made a point about Galileo,
which was funny exactly once. The Rev is a good sport and we want him
back. Ask questions; don't go for the jugular.
""", tags=("hard-negative", "benign-violent-word", "metaphor", "list"))

# 34 other: friend after philosophy evening class
c.add("other", f"""\
{SEC}!!

Philosophy night class was amazing tonight, you'd have loved it. We did
the trolley problem and some lad in a Stone Island jacket said he'd push
the fat man "no bother, he's in the way". The tutor nearly fell off her
chair. Then a retired surgeon said he'd spent forty years deciding who to
save and it's never five versus one, it's always "who do we have a bed
for", and the room went very quiet.

I wish GC was like this. Actual arguments, no standing orders.

Come next week? It's on free speech. Bring your battle face.

Owen
""", subject="trolleys!!", sender=c.person("Owen", "Ifans", "gmail.com"),
      fmt="plain", tags=("hard-negative", "benign-violent-word"))

# 35 Hindu community list - Diwali fireworks neighbour moan that turned religious
post("Leicester Hindu Forum", "googlegroups.com", "Re: Diwali fireworks complaints - our response", """\
Namaste all,

On the fireworks complaints. Yes some of the letters to the Mercury have
been very unpleasant, someone wrote that we are "bombing the street like a
war zone every November" which is ridiculous, it is three evenings. But
let us be honest also: some families set off the big rockets past 11pm
and elderly neighbours' dogs are terrified. We can be good neighbours
without apologising for our festival.

I propose we print a small card in English and Gujarati with the council
times and hand it out at the mandir. Any objections?

Ramesh Patel
""", sender=c.person("Ramesh", "Patel"), foot="gg",
     tags=("hard-negative", "metaphor", "benign-violent-word", "list"))

# 36 short reply
post("Leicester Hindu Forum", "googlegroups.com", "Re: Diwali fireworks complaints - our response", """\
Good idea Ramesh. And tell Uncle Bhupendra the 200-shot barrage cake is
not a "small one". It shook my windows on Belgrave Road. Lol.

Priti
""", sender=c.person("Priti", "Mistry"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "list"))

# 37 religion & politics: Church and the two-child cap
post(CS, CSD, "[ChristianLeft] The two-child cap is a sin. I'm going to say it from the pulpit.", """\
I've preached on the two-child cap before but never named it as sin.
Sunday I'm going to. A policy that deliberately punishes the third child
of a poor family for the crime of existing is, in my reading of Matthew
25, something we will be asked about. "I was hungry and you gave me no
food."

Expect the parish WhatsApp to explode. Expect at least one letter to the
Bishop (hi, Mr Blenkinsop). Expect me to be "politicising the pulpit".

Pray for me. Or, if you prefer, just send biscuits.

Revd Chris Amadi
""", sender=c.person("Chris", "Amadi"), reply=False,
     tags=("hard-negative", "metaphor", "list"))

# 38 reply - disagree angrily
post(CS, CSD, "Re: [ChristianLeft] The two-child cap is a sin. I'm going to say it from the pulpit.", """\
Chris Amadi wrote:
> Sunday I'm going to [name it as sin].

Chris, I'm a Labour member and I think the cap is cruel. I also think a
priest calling a government policy "sin" from the pulpit is exactly what
we'd be screaming about if a Tory vicar called the minimum wage a sin.
Say it's wrong. Say it's unjust. Say it's un-Christian, even. But "sin"
consigns the people who support it to something very specific and I
don't think that's yours to do on a Sunday morning.

Sorry to be the wet blanket. You know I love you.

Jenny
""", sender=c.person("Jenny", "Lorimer"),
     tags=("hard-negative", "angry", "list", "quoted"))

# 39 philosophy - Just war vs drone ethics (academic)
post(PH, PHD, "[phil-chat] CFP: Ethics of killing at a distance (workshop)", """\
Call for papers, apologies for cross-posting.

"Killing at a Distance: Drones, Autonomy and Responsibility"
One-day workshop, University of Kelder, 12 June.

We invite papers on the ethics of remote and autonomous weapons,
including: responsibility gaps in lethal autonomous systems; the moral
psychology of drone operators; targeted killing and the just war
tradition; and whether "killer robots" is a helpful description or a
tabloid one.

Abstracts (500 words) by 1 March. Bursaries for PhD students.
""", sender=c.person("Samira", "Holloway"), reply=False,
     tags=("hard-negative", "benign-violent-word", "list"))

# 40 spammy "I will destroy your argument" style
post(PH, PHD, "Re: [phil-chat] Is Jordan Peterson a philosopher?", """\
No.

I'll expand: no, and the next person who links a YouTube video titled
"Peterson DESTROYS feminist professor" gets a nine-thousand word reply
from me on the difference between a philosopher and a man who is cross
about lobsters.

That is not a threat. It is a promise.

Margot
""", sender=c.person("Margot", "Delacroix"),
     tags=("hard-negative", "benign-violent-word", "metaphor", "list"))

# 41 news digest reply - desecration of graves
post(DAILY, DAILYD, "Re: [Morning Digest] Muslim graves vandalised in Blackburn cemetery", """\
This one hit home - my father is buried in that section. I drove up
yesterday; his stone is fine, thank God, but the ones three rows over
were smashed and sprayed. The police were there and the council had
already put barriers up. Someone had left flowers on every damaged grave
by the time I got there, with a card that said "from your neighbours".

I don't know who did the damage. I'd like to know who left the flowers.

Tariq
""", sender=c.person("Tariq", "Mahmood"), foot="mailman3",
     tags=("hard-negative", "news-about-threats", "list"))

# 42 Atheist forum: "Pray away" humour
discourse(AT, ATD, "Things religious relatives say at funerals - vent thread", "Off Topic", "nonbeliever_nan", """\
Great-aunt at Grandad's funeral, to me, loudly: "Well, he's in the fire
now, he never went to chapel." In front of the vicar. The vicar, bless
him, said "I think the Lord is rather more generous than that, Edna", and
Edna said "you would say that, you're Church of England".

I laughed so hard I had to go and stand by the bins.
""", tags=("hard-negative", "benign-violent-word", "list"))

# 43 interfaith - Gaza/Israel row on local interfaith list, keep it peaceful and sad
post(IF, GG, "A request from the steering group", """\
Dear members,

The last two weeks have been the hardest in this forum's fourteen years.
People who have eaten at each other's tables, visited each other's
hospitals and buried each other's parents have been writing things to
each other that I don't think they would ever say face to face. Words
like "genocide", "pogrom", "Nazi", "terrorist" have been thrown across
this list like stones.

Everybody here is grieving. Nobody here started the war. Nobody here can
end it. What we can do is not let it end us.

The steering group has decided to pause posting for one week. We will
hold an in-person listening circle at the library on the 9th. No
speeches, no slogans, no flags. Just people.

With love and sorrow,
The Steering Group
""", sender=c.person("Judith", "Abrahams"), foot="gg", reply=False,
     tags=("hard-negative", "metaphor", "benign-violent-word", "list"))

# 44 philosophy digest long bottom posting, with PGP-looking block, old style
post(PH, PHD, "Re: [phil-chat] Utilitarianism and the transplant surgeon", """\
-----BEGIN PGP SIGNED MESSAGE-----
Hash: SHA256

On Wed, 4 Mar, Yusuf Demir wrote:

> Five patients need organs. A healthy man walks in for a check-up. A
> consistent act-utilitarian surgeon harvests him. Therefore act
> utilitarianism is monstrous. QED.

A consistent act-utilitarian surgeon would notice that a world in which
hospitals harvest healthy visitors is a world in which nobody ever goes
to the doctor again, and the body count from THAT dwarfs five. The
counter-example only bites against a utilitarian too stupid to count
past the operating theatre. Which, granted, describes several of the
utilitarians I've met.

Rule utilitarianism deals with it more cleanly, but at the cost of
collapsing into rule worship. Pick your poison.

- --
Aidan Crossley
-----BEGIN PGP SIGNATURE-----

iQEzBAEBCAAdFiEEq7v0x2Lk9mKQ3wPcT8yd4Q1nB0kFAmXm1QAACgkQT8yd4Q1n
B0n4pAf/ZtNq0z8kMrfU2xXhYk0Lr8pPqVwE1sXb7uD+3y9wG2cJfH4tK5eQa1mR
=Wd3q
-----END PGP SIGNATURE-----
""", sender=c.person("Aidan", "Crossley", "riseup.net"),
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

# 45 other: friend rant about religious relative and politics
c.add("other", f"""\
Hey {SEC.lower()}

My Nan has decided that me joining Labour means I'm going to hell. Not
metaphorically. She's praying for me at the Pentecostal every Sunday
with my name and everything. My mum says take it as a compliment, at
least she thinks I'm worth saving.

Honestly after last night's branch meeting I think I'm already there.
Three hours on standing orders. THREE HOURS. If that's not purgatory I
don't know what is.

anyway see u saturday xx
Precious
""", subject="hell (literally)", sender=c.person("Precious", "Nwosu", "icloud.com"),
      fmt="alt", tags=("hard-negative", "benign-violent-word", "metaphor"))

# 46 religious list - tithe joke
post(CS, CSD, "Re: [ChristianLeft] Fundraising ideas for the food bank", """\
> Could we do a sponsored silence?

Our minister suggested a sponsored silence last year and was told by the
Men's Fellowship that if he tried to stop them talking for 24 hours there
would be bloodshed. In the end we did a bake sale. There was bloodshed
anyway, over the Victoria sponge judging. Mrs Ogundipe has still not
forgiven Mrs Rees.

Seriously though, bake sales work. We raised £640.

Dilys
""", sender=c.person("Dilys", "Ogmore"),
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

# 47 news digest reply - survey of threats to faith leaders (news-about-threats)
post(DAILY, DAILYD, "Re: [Morning Digest] Survey: one in three faith leaders threatened in past year", """\
> A survey of 1,200 clergy and faith leaders found that a third had
> received threats or abuse in the past twelve months, most commonly
> online, with women and minority-faith leaders most affected.

One in three sounds low to me, honestly. Every woman priest I know has a
folder. Mine has letters going back to 1994 when they first ordained us,
including one that was just a photocopied Bible verse about Jezebel with
"NOT LONG NOW" written underneath in green biro. I kept it. It's quite
funny in hindsight. It was not funny at the time.

Point is: this isn't new. What's new is that people are finally counting.

(Canon) Elizabeth Hartley, retired
""", sender=c.person("Elizabeth", "Hartley"), foot="mailman3",
     tags=("hard-negative", "news-about-threats", "list", "quoted"))

# 48 phil-chat moderator closing
post(PH, PHD, "[phil-chat] ADMIN: civility, and the Peterson thread", """\
Hello all,

Two reminders.

1. "I will destroy you in argument" is fine. "Your argument is garbage" is
   fine. "You are garbage" is not. The difference is subtle but I believe
   in you.

2. The Peterson thread is closed. Margot's 9,000 words will be published
   as a standalone post for those who wish to read them. I understand
   there are footnotes.

Carry on thinking.

-- phil-chat admin (Thursday edition)
""", sender=("phil-chat admin", "phil-chat-owner@lists.philchat.org"), reply=False,
     tags=("hard-negative", "benign-violent-word", "metaphor", "list"))

c.write()
