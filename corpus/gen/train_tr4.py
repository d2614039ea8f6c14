#!/usr/bin/env python3
"""train_tr4: science-fiction fandom, gaming, tabletop and other fan lists.

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

c = Corpus("train", "tr4", seed=3104)
SEC = c.secretary()[0].split()[0]
listkit.bind(c)

RAID, RAIDD = "Ashen Vanguard", "lists.ashenvanguard.gg"
DW, DWD = "gallifrey-base", "lists.gallifreybase.org.uk"
TREK, TREKD = "trek-uk", "lists.trekuk.net"
RPG, RPGD = "Tuesday Night Dice", "googlegroups.com"
CON, COND = "NorCon committee", "lists.norcon.org.uk"
CHESS, CHESSD = "Kelder Chess Club", "googlegroups.com"

# 1 raid guild -------------------------------------------------------------------------
post(RAID, RAIDD, "[Ashen Vanguard] Thursday raid post-mortem (we got DESTROYED)", """\
Right. Thursday.

For those who logged off in a sulk after the ninth wipe, here's what
happened on the last boss:

 - Phase 2 adds weren't picked up. Tanks, that's on you. I said it four
   times on voice. FOUR.
 - Two of our healers stood in the fire. Not near the fire. IN it. For
   the entire transition. You know who you are, Grimbeard.
 - Somebody pulled the trash pack by the bridge while we were still
   buffing. Again. I'm not naming names but his name rhymes with
   Shmoggleblade.

We got absolutely destroyed and it's nobody's fault except all of ours.
Same time Sunday, flasks mandatory, and if anyone pulls early I will
personally kill you before the boss does.

- Vexxa (raid lead, tired, so tired)
""", sender=c.person("Kirsty", "Maclean"), reply=False,
     tags=("hard-negative", "benign-violent-word", "list"))

# 2
post(RAID, RAIDD, "Re: [Ashen Vanguard] Thursday raid post-mortem (we got DESTROYED)", """\
> if anyone pulls early I will personally kill you before the boss does.

In fairness you killed me twice last week already (friendly fire from the
void zone, still counts). For the record I stood in the fire because my
cat walked across the keyboard. I have witnesses. The cat is one of them.

Grimbeard
(Dave from accounts, IRL)
""", sender=c.person("Dave", "Hepworth"),
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

# 3 flame
post(RAID, RAIDD, "Re: [Ashen Vanguard] Thursday raid post-mortem (we got DESTROYED)", """\
>> Somebody pulled the trash pack by the bridge while we were still
>> buffing.
>
> That was me and I'm not sorry, you lot take twenty minutes to buff.

Smogg you absolute walnut. It takes twenty minutes because YOU spend
fifteen of them in the auction house. I'm going to gank you in every
battleground from here to the expansion. Sleep with one eye open.

<3 Tilly (resto shaman, out of patience)
""", sender=c.person("Tilly", "Ferris", "gmail.com"),
     tags=("hard-negative", "benign-violent-word", "angry", "list", "quoted"))

# 4 gaming clan Discord digest
c.add("bulk", """\
Hey, you have 14 unread messages in Ashen Vanguard.

#raid-chat
  Smoggleblade: ok who wants to die in a fire on sunday
  Vexxa: you. specifically you. you're first in the fire
  Smoggleblade: rude but fair
  Thornwick: i'll be late, kid's parents evening. kill the first boss without me

#pvp
  Tilly: 3v3 tonight? i need to murder some rogues
  Grimbeard: headshotted by a hunter from half a map away, game is broken
  Tilly: skill issue

#general
  Vexxa: reminder guild bank is NOT for personal use, whoever took the 40 flasks i will find you

View messages: https://discord.com/channels/1098734512098734/1098734512098735

You're receiving this email because you have unread messages on Discord.
Unsubscribe from these emails: https://discord.com/email/unsubscribe?t=lkj8G2nQ
Discord Inc., 444 De Haro Street #200, San Francisco, CA 94107
""", subject="You have 14 unread messages in Ashen Vanguard", sender=("Discord", "notifications@discord.com"),
      headers=robot_headers("https://discord.com/email/unsubscribe?t=lkj8G2nQ"), fmt="alt",
      tags=("hard-negative", "benign-violent-word", "list"))

# 5 Doctor Who list - flame
post(DW, DWD, "Re: [gallifrey-base] The new series finale - SPOILERS", """\
SPOILERS BELOW, you have been warned
.
.
.
.
.
Wendell wrote:
> That was the best finale since Doomsday and I will fight anyone who
> says otherwise.

Fight me, then. I'll be the one in the scarf. That finale was a
forty-minute trailer for merchandise with a deus ex machina bolted on
the end so lazily I could see the screws. The Master's plan made no
sense, the companion's exit was signposted from episode two, and they
killed off the one interesting new character in a montage. A MONTAGE.

I have watched this programme since Tom Baker. I have defended it
through the Sylvester years, the wilderness years, the TV movie and the
spider planet. I am too old for this.

--
Gwen
"Bow ties are cool" - no, they were never cool, but I loved him anyway
""", sender=c.person("Gwen", "Arbuthnot"),
     tags=("hard-negative", "benign-violent-word", "angry", "list", "quoted"))

# 6
post(DW, DWD, "Re: [gallifrey-base] The new series finale - SPOILERS", """\
> Fight me, then. I'll be the one in the scarf.

Gwen, you're ALWAYS the one in the scarf. It's fourteen feet long. You
could strangle a Sontaran with it.

For what it's worth I agree about the montage. They killed him off like
he was a redshirt. The showrunner should be exiled to a quarry in Wales
for a season with nothing but a polystyrene rock for company.

Wendell (who still thinks it was good, mostly, apart from that bit)
""", sender=c.person("Wendell", "Pryor"),
     tags=("hard-negative", "benign-violent-word", "metaphor", "list", "quoted"))

# 7 Star Trek list, old style
post(TREK, TREKD, "Re: [trek-uk] Kirk vs Picard: settle it once and for all", """\
In article <kirkrules@trekuk>, Barry Tulloch writes:

>Kirk would have Picard on the floor in two punches and then seduce his
>first officer. End of discussion.

Barry, this is the single stupidest post in the twenty-six-year history
of this list, and I include the 1999 thread about whether Klingons have
a second spine. Picard would never be on the floor because Picard would
have talked the situation down before anybody threw a punch. That's the
point of Picard. That's the point of the whole 24th century.

Also Kirk's fighting technique consists of a double-fisted hammer blow
and a flying kick that would dislocate both his hips. I've seen it
eleven hundred times. It is not a martial art. It is a man falling over
with intent.

Live long and get some perspective,
Deirdre

--
"Things are only impossible until they're not." - J-L Picard
trek-uk list, est. 1999, still arguing
""", sender=c.person("Deirdre", "Kinloch", "ntlworld.com"),
     tags=("hard-negative", "benign-violent-word", "angry", "list", "quoted"))

# 8 short
post(TREK, TREKD, "Re: [trek-uk] Kirk vs Picard: settle it once and for all", """\
Sisko punched Q. Neither of your boys did that. Thread over.
""", sender=c.person("Kwesi", "Boateng"),
     tags=("hard-negative", "benign-violent-word", "list"))

# 9 Star Wars sequel rage - modern forum
discourse("Kessel Run Forum", "forum.kesselrun.uk", "Ten years on: the sequels still murdered my childhood", "Films & TV",
          "ReyOfLight_no_not_that_one", """\
Rewatched The Last Jedi last night to see if age had mellowed me. It had
not. They took Luke Skywalker - the kid who wouldn't give up on Vader -
and turned him into a bitter hermit who milks a sea cow. Then they
killed him off with a hologram. Then the next film brought Palpatine
back from the dead with no explanation beyond "somehow".

I'm not one of the toxic lot who sent abuse to the actors - that was
disgusting and I said so at the time. But I'm allowed to think the
trilogy was a car crash in three parts. It killed my interest stone dead.
""", tags=("hard-negative", "benign-violent-word", "metaphor", "angry", "list"))

# 10
discourse("Kessel Run Forum", "forum.kesselrun.uk", "Ten years on: the sequels still murdered my childhood", "Films & TV",
          "AhsokaFan_Lisa", """\
Your childhood is fine, Kev, it's in the attic with your Kenner
Millennium Falcon. It's been murdered about six times by now by various
films and it keeps surviving, which honestly makes it more Palpatine than
Luke.

Also TLJ is the best film in the franchise and I will die on this hill.
""", tags=("hard-negative", "benign-violent-word", "metaphor", "list"))

# 11 D&D group
post(RPG, RPGD, "Re: Session 47 recap - TPK at the Sunless Citadel", """\
Recap for Marcus, who missed it (lucky Marcus):

- We went down the stairs we were told not to go down.
- Bryony's bard tried to seduce a dragon. The dragon was not seduced.
- Jaz's paladin charged in, rolled three natural 1s in a row, and was
  eaten.
- My wizard cast fireball in a corridor. Yes. In a corridor. With the
  party in it. I thought the party was further away. The party was
  not further away.
- Total party kill by 10:42pm. Record time.

The DM has announced that we are starting new characters next week and
"this time, actually read the map". Grief counselling will be provided
in the form of crisps.

Ollie
""", sender=c.person("Ollie", "Trask"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "list"))

# 12 DM reply
post(RPG, RPGD, "Re: Session 47 recap - TPK at the Sunless Citadel", """\
Ollie Trask wrote:
> - We went down the stairs we were told not to go down.

For the record, I gave you THREE warnings about the stairs. There was a
skeleton holding a sign. The sign said "DON'T". You burned the sign.

New characters next week. If anyone brings another tiefling rogue with a
tragic backstory and no family I'm going to kill them in session one,
out of mercy for all of us.

- your exhausted DM, Sal
""", sender=c.person("Sal", "Iqbal"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

# 13 Warhammer club - feud
post("Crumpsall Wargames Club", "googlegroups.com", "Re: Tournament rules - the 'proxy models' row", """\
> The terrain on table 4 was a joke and so are the proxy rules. I want
> the result reviewed by the committee.

Steve, I've been playing since Rogue Trader. I've painted, by my count,
eleven hundred models. I have never once turned up to a tournament with
an army made of Coke cans and blu-tack and claimed they were "Terminators
in conversion".

You got tabled in turn three fair and square. Crying about the terrain
afterwards doesn't change that. My Death Guard ate your Space Marines
for breakfast and I'll do it again at the league final.

Also, that's my lucky dice you walked off with. I want it back.

Phil
""", sender=c.person("Phil", "Grundy"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "angry", "list", "quoted"))

# 14 club sec calming
post("Crumpsall Wargames Club", "googlegroups.com", "Re: Tournament rules - the 'proxy models' row", """\
Phil, Steve - enough. This is a toy soldier club that meets in a church
hall. Nobody is getting "tabled", "eaten" or "annihilated" on this email
list. Save it for the tabletop.

Proxy rules for the league are on the website: 3D prints OK, cans not
OK, blu-tack at the TO's discretion. The dice has been handed in at the
counter.

Bev (club sec, and my Sisters of Battle would see off the pair of you)
""", sender=c.person("Bev", "Tollington"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "list"))

# 15 FPS clan
post("[OVK] Overkill Clan", "lists.overkillclan.gg", "[OVK] Scrim results vs Red Fox Gaming", """\
Scrim results, Thursday 8pm:

Map 1 (Harbour): lost 13-7. They had a sniper on the crane who headshot
  literally everyone who peeked mid. Zee, you peeked mid six times. Stop
  peeking mid.
Map 2 (Refinery): WON 13-11. Jonno's triple kill on the last round with
  a pistol was the single greatest thing I have ever seen. Clip is in the
  Drive.
Map 3 (Citadel): lost 13-2. We got slaughtered. Don't want to talk about
  it.

Next week: Kill Collective. They're good. We need comms to be better -
less screaming, more callouts. "HE'S THERE" is not a callout.

- Ash (IGL)
""", sender=c.person("Ashley", "Dunn", "gmail.com"), reply=False,
     tags=("hard-negative", "benign-violent-word", "list"))

# 16 angry teen gamer
post("[OVK] Overkill Clan", "lists.overkillclan.gg", "Re: [OVK] Scrim results vs Red Fox Gaming", """\
> Zee, you peeked mid six times. Stop peeking mid.

bro i peeked mid bc NOBODY ELSE WOULD. u all sat in spawn like
grandads. i died 6 times taking fights for the team and this is the
thanks. next scrim im going full rambo and yall can watch

also jonno's triple was lucky and we all know it

- zee
""", sender=c.person("Zain", "Hussain", "hotmail.com"),
     tags=("hard-negative", "benign-violent-word", "angry", "list", "quoted", "noisy"))

# 17 Game of Thrones style fandom list (long)
post("Westeros Reforged", "googlegroups.com", "Re: Still not over the final season, seven years later", """\
>> Seven years on. Surely it's time to let it go?

Someone upthread said it's "time to let it go". It is not time to let it
go. I will let it go when the books are finished, which at current rates
will be some time after the heat death of the universe.

Let me list the crimes, for the youngsters:

 1. Eight seasons of build-up to the Long Night, resolved by a teenage
    girl jumping out of nowhere with a knife in one episode that you
    couldn't see because it was filmed in the dark.
 2. Dany going full mad queen in the space of a single bell. A BELL.
 3. Bran. Just... Bran.
 4. Jaime's entire arc, thrown in the bin so he could die under some
    bricks with Cersei.

The writers murdered the show in front of forty million witnesses and
then went off to make a space opera that also got cancelled. Justice,
of a sort.

I'm fine. I'm completely fine.

Morag
""", sender=c.person("Morag", "Baird"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "metaphor", "angry", "list", "quoted"))

# 18 con-runners feud
post(CON, COND, "Re: [NorCon] Guest of Honour - who dropped the ball?", """\
> Whoever was meant to confirm the GoH's travel should own up.

Fine. It was me. I own up. I also sent four emails to the agent, none of
which were answered, and raised it at the June meeting, where I was told
"we'll sort it", by a person on this list who then went to Crete for
three weeks.

I'm not going to be the scapegoat for this. If the committee wants a
head on a spike it can have the chair's, because the chair told me not
to chase the agent "because it looks desperate".

Helen (programme)
""", sender=c.person("Helen", "Carberry"),
     tags=("hard-negative", "metaphor", "angry", "list", "quoted"))

# 19 chair reply
post(CON, COND, "Re: [NorCon] Guest of Honour - who dropped the ball?", """\
Helen Carberry wrote:
> If the committee wants a head on a spike it can have the chair's

Helen, nobody is putting anybody's head on a spike. This is a
convention about books with dragons in, not a Shakespearean history.
Though I appreciate that it increasingly feels like one.

I did say not to chase, because the agent has form for being shirty.
I was wrong. I apologise. The GoH is now booked on the Friday flight.

Can we all please stop knifing each other on the committee list? The
attendees read this stuff on the archive.

Rob (chair, suitably chastened)
""", sender=c.person("Rob", "Ellery"),
     tags=("hard-negative", "metaphor", "benign-violent-word", "list", "quoted"))

# 20 chess club
post(CHESS, CHESSD, "Kelder Chess Club - Tuesday results & a grumble", """\
League results, Tuesday:

Kelder A 3.5 - 2.5 Hexworth
Kelder B 1 - 5 Cranmoor (we were butchered, no other word for it)

Board 1: Dmitri sacrificed a knight on move 14 for a kingside attack
that never came. Afterwards he explained that the attack was "there in
spirit". Board 4: Ken blundered his queen on move 9 and played on for
another 50 moves out of what he described as "spite".

Grumble: can people PLEASE turn their phones off. Somebody's went off
on board 3 in the middle of a time scramble and I nearly murdered them.
It was mine. I'm still cross with myself.

Colin (club captain)
""", sender=c.person("Colin", "Sturgess"), foot="gg", reply=False,
     tags=("hard-negative", "benign-violent-word", "list"))

# 21 chess reply trash talk
post(CHESS, CHESSD, "Re: Kelder Chess Club - Tuesday results & a grumble", """\
> Board 1: Dmitri sacrificed a knight on move 14 for a kingside attack
> that never came.

It was coming. It was ALWAYS coming. Cranmoor's board 1 just defended
accurately, which is not my fault. Next time I will crush him with the
Sicilian Dragon and we'll see who's "there in spirit".

Colin, I challenge you to blitz on Thursday. Loser buys the pints.
Prepare to be destroyed.

Dmitri
""", sender=c.person("Dmitri", "Volkov", "yandex.ru"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "list", "quoted", "non-native"))

# 22 Diplomacy board game
post(RPG, RPGD, "Diplomacy night - aftermath", """\
Well, that ended friendships.

For the record: I did not "betray" anyone. I made a strategic decision
to move into Munich after Kat's Germany spent four turns promising she'd
support me into Russia and then supported Russia into me. I just got my
knife in first.

Kat is now not speaking to me. Ben says he'll "destroy me" in the rematch.
Jaz went home early saying she needed "to be around people who don't
stab each other in the back", which is a weird thing to say about a game
literally about stabbing each other in the back.

Same time next month? Bring snacks and trust issues.

Ollie
""", sender=c.person("Ollie", "Trask"), foot="gg", reply=False,
     tags=("hard-negative", "benign-violent-word", "metaphor", "list"))

# 23 Steam group / game announcement with violent words
c.add("bulk", """\
STEAM GROUP ANNOUNCEMENT - Retro FPS Nights UK

Friday Frag Night is BACK

This Friday, 9pm UK time, on the usual server. Classic deathmatch,
capture the flag and one round of rocket-launchers-only for the
masochists. Last month's champion "LlamaSlayer" is defending the title
and has promised to "rail every one of you off the map". Let's humble
him.

Headshots count double. Camping the quad damage counts as a war crime
and will be punished by everybody, simultaneously.

See you in the arena.

View announcement: https://steamcommunity.com/groups/retrofpsnightsuk#announcements/detail/4410293
You received this email because you're a member of Retro FPS Nights UK.
Manage email preferences: https://store.steampowered.com/account/emailoptout
""", subject="Retro FPS Nights UK: Friday Frag Night is BACK", sender=("Steam", "noreply@steampowered.com"),
      headers=robot_headers("https://store.steampowered.com/account/emailoptout"), fmt="alt",
      tags=("hard-negative", "benign-violent-word", "list"))

# 24 other: friend tells secretary about D&D
c.add("other", f"""\
{SEC},

Can't make the phone bank tomorrow after all - I've been press-ganged
into being the DM for my nephew's D&D birthday party. Eight twelve-year-
olds. I've prepared a goblin cave. I fully expect them to murder the
goblins, the innkeeper, the quest-giver and probably each other within
the first half hour. One of them has already told me his character is
"a barbarian who kills everyone and takes their stuff". Lovely boy.
Very polite in real life.

I'll do two extra hours on Thursday to make up for it. Wish me luck.

Tony
""", subject="phone bank - sorry!", sender=c.person("Tony", "Delaney", "gmail.com"),
      fmt="plain", tags=("hard-negative", "benign-violent-word"))

# 25 Babylon 5 old usenet-flavoured digest
digest("b5-reminisce", "lists.b5fans.org", 12, 88, [
    ("Stuart Glenn", "sglenn@dircon.example.co.uk", "Re: Best episode ever - still Severed Dreams", """\
"Severed Dreams" is still the best hour of sci-fi television made in the
1990s and I'll brook no argument. Sheridan's "get the hell out of our
space" speech. The Minbari arriving. Grown men in Uxbridge weeping. I
was one of them."""),
    ("Pam Odell", "pam.odell@btinternet.com", "Re: Best episode ever - still Severed Dreams", """\
Stuart you always say this and you're always wrong. "Intersections in
Real Time" is the best episode. An entire hour of a man being tortured
in a grey room and it's riveting. Uncomfortably so. Came back to it
after twenty years and it's still the most frightening thing JMS wrote."""),
    ("Stuart Glenn", "sglenn@dircon.example.co.uk", "Re: Best episode ever - still Severed Dreams", """\
Pam, it is brilliant, but I'm not going to pick an episode that made me
want to lie down in a dark room as my FAVOURITE. Meet you at the Vorlon
Bar at con, I'll buy you a drink and we can fight it out."""),
], tags=("hard-negative", "benign-violent-word", "list"))

# 26 MMO patch notes - forum reply angry about nerf
discourse("Aetherfall Community", "community.aetherfall.game", "Patch 4.2 killed Shadowblades. Thanks devs.", "Class Discussion", "NyxShade", """\
Congrats on murdering an entire class with one patch. 30% damage nerf to
Shadowstrike, removed the stealth opener, and "reworked" Venom into
something that ticks for less than auto attacks. Shadowblades are now
the worst DPS in the game by a mile.

I've mained a Shadowblade since beta. Four years. I'm not rerolling,
I'm uninstalling. Enjoy your game full of paladins.
""", tags=("hard-negative", "benign-violent-word", "angry", "list"))

# 27 dev reply
discourse("Aetherfall Community", "community.aetherfall.game", "Patch 4.2 killed Shadowblades. Thanks devs.", "Class Discussion", "Dev_Marisol", """\
Hey @NyxShade and everyone - Marisol from the combat team here.

Heard. We overshot on the Shadowstrike change; the intent was to curb
burst in PvP and it clearly gutted PvE throughput. A hotfix is going out
Thursday restoring 20% of the damage and bringing back the stealth opener
in PvE. Please don't uninstall yet. And please also stop sending the
lead designer pictures of guillotines; she's fine, she laughed, but
it's not a great look for the community.
""", tags=("hard-negative", "benign-violent-word", "metaphor", "list"))

# 28 fandom list, feud about fanfic
post("Slash & Burn Fic Exchange", "googlegroups.com", "Re: Exchange mods - the Ao3 tagging row", """\
Mods,

I really didn't want to put this on-list but my DMs are being ignored.
I was matched with someone who specifically asked for "no major
character death". I wrote them 14,000 words of fluff. They then
gifted ME a fic where my favourite character is killed on page three,
resurrected, and killed again "for angst". Untagged.

I'm not saying anyone should be kicked out. I'm saying if I'd wanted to
be emotionally murdered on a Sunday morning I'd have called my mother.

Please remind people to TAG.

- harbourlights
""", sender=c.person("Esme", "Tinsley", "gmail.com"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "metaphor", "angry", "list"))

# 29 Twitch notification
c.add("bulk", """\
RageQuitRachel is live!

"100 deaths or I quit forever | Elden Ring no-hit attempt | !sub"

RageQuitRachel is streaming Elden Ring. Come watch her die to the same
boss for the 400th time.

Watch now: https://www.twitch.tv/ragequitrachel

You're receiving this email because you follow RageQuitRachel on Twitch.
Unsubscribe from these notifications: https://www.twitch.tv/settings/notifications
Twitch Interactive, Inc., 350 Bush Street, San Francisco, CA 94104
""", subject="RageQuitRachel is live: 100 deaths or I quit forever", sender=("Twitch", "no-reply@twitch.tv"),
      headers=robot_headers("https://www.twitch.tv/settings/notifications"), fmt="alt",
      tags=("hard-negative", "benign-violent-word", "list"))

# 30 LARP group
post("Greymoor LARP", "lists.greymoorlarp.org.uk", "[Greymoor] Event 3 debrief - the Battle of the Ford", """\
Hello adventurers,

What a weekend. The Battle of the Ford will be talked about for years.
The Iron Pact held the bridge for forty minutes against three times
their number, then got absolutely slaughtered when the Orc warband came
round the back through the nettles. Body count: most of the Pact, two
referees (accidentally), and one very confused dog walker, who we
apologise to.

Reminders:
- Foam weapons ONLY. Someone brought a "decorative" steel sword. No.
- Headshots are still not allowed. Hit the torso. Stop aiming for faces.
- If you are "dead", lie down, don't shout advice.

Next event 14-16 August. Bring midge repellent. The midges are the real
enemy.

Greymoor Refs
""", sender=("Greymoor Refs", "refs@greymoorlarp.org.uk"), reply=False,
     tags=("hard-negative", "benign-violent-word", "list"))

# 31 retro gaming list, gentle
post("retro-micro", "lists.retromicro.org.uk", "Re: [retro-micro] Speccy vs C64 - round 9,000", """\
John Pearce wrote:
> The C64 SID chip murders anything the Spectrum beeper ever did.

It does, John, and nobody has ever denied it. But the Spectrum had
Jet Set Willy and the Commodore had to make do with a loading screen
that took fifteen minutes and then crashed. I was there. I saw what the
tape deck did to grown men.

We've been having this argument since 1984. I propose we keep having it
until one of us dies, at which point the survivor wins.

Alan
""", sender=c.person("Alan", "Quayle", "ntlworld.com"), foot="mailman",
     tags=("hard-negative", "benign-violent-word", "metaphor", "list", "quoted"))

# 32 kids' Minecraft server admin list
post("Hearthstead Minecraft admins", "googlegroups.com", "Griefer on the survival server AGAIN", """\
Someone blew up half of spawn last night with TNT again. Same MO as
before - new account, joined at 2am, rigged the bank and the village
hall, boom. The kids who built the hall are gutted; one of them spent
six weeks on the stained glass.

I've rolled back to the 11pm backup and banned the account. Can we
PLEASE turn on the whitelist? I know it's less "open", but I'm tired of
explaining to ten-year-olds why their stuff exploded.

If I find out who this is I'll ban them into next week and then into
the week after that.

Sam (admin)
""", sender=c.person("Sam", "Whitlock"), foot="gg", reply=False,
     tags=("hard-negative", "benign-violent-word", "angry", "list"))

# 33 reply
post("Hearthstead Minecraft admins", "googlegroups.com", "Re: Griefer on the survival server AGAIN", """\
On Thu, Sam Whitlock wrote:
> If I find out who this is I'll ban them into next week and then into
> the week after that.

Whitelist on, agreed. Also turning off TNT in the spawn region - should
have done it months ago. I know this is a game, but honestly watching a
kid's face when his build gets nuked is worse than any boss fight.

Also, "ban them into next week" is my favourite admin phrase of the year.

Laura
""", sender=c.person("Laura", "Beckett"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

# 34 sci-fi book club list - harsh review
post("SF Book Circle (Leeds)", "lists.sfbookcircle.org.uk", "Re: [SFBC] March book - 'The Iron Saints' - verdicts", """\
I'll go first since nobody else wants to:

I hated it. I hated it so much that I finished it purely to be able to
say so with authority. The prose reads like a Warhammer codex translated
into Latin by an AI and then back again. Every chapter ends with a
battle in which thousands of people are vaporised and nobody we care
about so much as stubs a toe. By page 400 I was rooting for the
alien hive-mind to just eat everyone and be done with it.

Two stars. One for the cover, one for the map.

Lydia
""", sender=c.person("Lydia", "Shorrocks"), reply=False,
     tags=("hard-negative", "benign-violent-word", "angry", "list"))

# 35
post("SF Book Circle (Leeds)", "lists.sfbookcircle.org.uk", "Re: [SFBC] March book - 'The Iron Saints' - verdicts", """\
Lydia, you've mortally wounded me, I chose that book.

I'm going to sulk and then pick something even longer for June out of
revenge.

Farouk
""", sender=c.person("Farouk", "Mansour"),
     tags=("hard-negative", "benign-violent-word", "list"))

# 36 eSports forum - football game
discourse("FUT Pundits", "forum.futpundits.co.uk", "Weekend League rage thread - vent here", "Weekend League", "ScouseKeeper_99", """\
1-0 up, 93rd minute, my keeper decides he's a striker and walks out to
the halfway line to collect a back pass. Their 5'4 winger scores from
60 yards. Then the next game the ref gives a red for a tackle that
didn't touch anyone. I threw my controller so hard it's now two
controllers.

This game is scripted and I will die on this hill. EA owe me a pad.
""", tags=("hard-negative", "benign-violent-word", "angry", "list"))

# 37 Doctor Who list, mod note, digest of bickering
post(DW, DWD, "[gallifrey-base] ADMIN: the Cybermen thread", """\
The Cybermen thread is closed because it's become two people explaining
to each other, with increasing hostility, which era of Cyberman was the
most frightening. For the record, the correct answer is "the ones in
The Invasion walking down the steps at St Paul's" and I will accept no
correspondence on the matter.

Anybody who threatens to "delete" another subscriber, even in a
Cyberman voice, will be put on moderation. Yes, Gary. We all heard it.

The list admins
""", sender=("gallifrey-base admins", "gallifrey-base-owner@lists.gallifreybase.org.uk"), reply=False,
     tags=("hard-negative", "benign-violent-word", "list"))

# 38 gaming friend rant - other
c.add("other", f"""\
{SEC} - you asked how half-term went. Don't.

Jayden and his two cousins have been on Fortnite for six days straight.
Every ten minutes someone screams "I'M GOING TO KILL YOU" from the box
room, followed by thumping, followed by "MUM HE SNIPED ME". I have been
"eliminated" by a seven-year-old twice while trying to hoover. My
brother-in-law thinks it's "good for their reflexes". My brother-in-law
has not been here.

Back on the doors next Saturday, sanity permitting. Save me an easy
street, nothing with dogs.

Dee x
""", subject="half term", sender=c.person("Denise", "Sowerby", "gmail.com"),
      fmt="html", tags=("hard-negative", "benign-violent-word", "angry", "html-only"))

# 39 Tabletop convention pub argument - non-native
post("Euro Boardgamers UK", "googlegroups.com", "Re: Twilight Imperium marathon report", """\
Hello everybody, I was the Dutch guy with the orange t-shirt.

It was 11 hours game and I was destroyed in first 3 hours by Callum who
said to me at the start "we are friends, Niels, we have an alliance".
Then he take my home system. This is the real lesson of Twilight
Imperium, never trust a Scottish person with space ships :)

Next time I will have revenge, Callum. I will annihilate you in turn one.

Groeten,
Niels
""", sender=c.person("Niels", "van Dijk", "ziggo.nl"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "list", "non-native"))

# 40 Marvel fandom - HTML digest from forum
c.add("bulk", "", fmt="html", html_body="""\
<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#fff;padding:16px"><tr><td>
<h2 style="color:#b31b1b">Comic Vaults Forum &ndash; Hot threads</h2>
<p><b>&ldquo;Who would win: Thanos vs. every Superman at once&rdquo;</b><br>
<span style="color:#555">Thanos gets one-shotted. Done. Next question. &mdash; <i>KryptonBoy</i></span></p>
<p><b>&ldquo;They killed off my favourite X-Man AGAIN&rdquo;</b><br>
<span style="color:#555">This is the fourth time. He'll be back by Christmas. They always come back. Death in comics is a long weekend. &mdash; <i>Mutant_Annie</i></span></p>
<p><b>&ldquo;The new Batman director should be fired into the sun&rdquo;</b><br>
<span style="color:#555">Three hours. THREE HOURS. And the Riddler gets five minutes. &mdash; <i>GothamGrump</i></span></p>
<p><a href="https://forum.comicvaults.example/hot">See all hot threads</a></p>
<p style="font-size:11px;color:#888">You get this email because you have a Comic Vaults Forum account. <a href="https://forum.comicvaults.example/settings/email">Email settings</a></p>
</td></tr></table></body></html>""",
      subject="Hot on Comic Vaults: \"The new Batman director should be fired into the sun\"",
      sender=("Comic Vaults Forum", "digest@forum.comicvaults.example"),
      headers=robot_headers("https://forum.comicvaults.example/settings/email"),
      tags=("hard-negative", "benign-violent-word", "metaphor", "list", "html-only"))

# 41 speedrunning community
post("UK Speedrun Collective", "googlegroups.com", "Marathon schedule - and a plea", """\
Schedule for the charity marathon is up. 52 hours, 34 runners, all
proceeds to the children's hospice.

A plea: please, PLEASE, if you're running a game with a "kill" category
(any% no-death, boss-kill RTA, whatever), remember we are streamed on
a platform that auto-captions. Last year the captions turned "I'm going
to kill the Hammer Bro" into "I'm going to kill the hammer bro" in giant
letters under a children's hospice logo and a parent emailed in
concerned. It was fine. But let's say "defeat" on mic where we can.

Thanks all. Let's smash the target.

Femi (organiser)
""", sender=c.person("Femi", "Adebayo"), foot="gg", reply=False,
     tags=("hard-negative", "benign-violent-word", "list"))

# 42 chess club - one liner
post(CHESS, CHESSD, "Re: Re: Kelder Chess Club - Tuesday results & a grumble", """\
Dmitri, I accept. Bring your Dragon. I'll bring a fire extinguisher.
""", sender=c.person("Colin", "Sturgess"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "list"))

# 43 anime fandom, teen txt
post("Northwest Anime Society", "googlegroups.com", "Re: AOT ending discourse (spoilers obvs)", """\
ok im sorry but if ONE more person in the group chat says the ending was
"actually good" im going to lose it. eren literally rumbled 80% of
humanity and we're meant to be sad about his hair?? the author killed
the whole fandom with one chapter

anyway who's coming to the meetup on sat, i'll bring the good pocky

- kei
""", sender=c.person("Keira", "Lomas", "icloud.com"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "metaphor", "angry", "list", "noisy"))

# 44 horror film club - news-about-threats? no; benign
post("Hammer & Tongs Horror Club", "lists.hammertongs.org.uk", "[H&T] Friday screening: The Wicker Man (1973) - and the remake debate", """\
This Friday: The Wicker Man, the proper one. Edward Woodward, the
maypole, Christopher Lee in a kaftan. Bring a jumper, the back room of
the Feathers is freezing.

A gentle reminder after last month's Q&A: we can disagree about the
Nicolas Cage remake without calling each other names. It is a bad film.
It is also, some would argue, a great bad film. Both of these things
can be true and nobody needs to be burned in a giant wicker structure
to settle it.

Not the bees,
Dom
""", sender=c.person("Dominic", "Harte"), reply=False,
     tags=("hard-negative", "benign-violent-word", "metaphor", "list"))

# 45 gaming guild recruitment - html alt
post(RAID, RAIDD, "[Ashen Vanguard] Recruiting: healers and one tank who can count", """\
Ashen Vanguard (EU, Silvermoon) is recruiting for the new tier.

We're a friendly, mostly-30s guild who raid Thu/Sun 8-11pm. We want to
kill bosses, not each other, and we take progression seriously without
screaming at people (much).

Looking for:
 * 2 healers (any class, but please be able to dodge fire)
 * 1 tank who can count to three adds without crying

Apply on Discord or reply to this list. Trial raids on Thursdays.
Raid leader's bark is worse than her bite. Probably.
""", sender=c.person("Kirsty", "Maclean"), fmt="alt", reply=False,
     tags=("hard-negative", "benign-violent-word", "list"))

# 46 Trek list - flame, Discovery hate
post(TREK, TREKD, "Re: [trek-uk] Why do people hate Discovery so much?", """\
>> It's not real Trek. Everyone cries all the time and the ship spins.
>
> "Not real Trek" is what people said about TNG in 1987, you muppet.

I was THERE in 1987 and I said it about TNG and I was RIGHT about
season one, which was an abomination featuring a planet of sexy
joggers. It got better. Discovery did not get better. It got a
mushroom drive.

Don't call me a muppet on a Trek list, Nathan, I've been here longer
than your beard.

- Gordon
""", sender=c.person("Gordon", "Leishman"),
     tags=("hard-negative", "angry", "list", "quoted"))

# 47 Con committee - cosplay weapons policy (benign)
post(CON, COND, "[NorCon] Cosplay weapons policy for this year - draft", """\
Draft weapons policy for the website, for comment by Sunday:

  * All prop weapons must be peace-bonded at registration.
  * No real steel, no functioning projectiles, no airsoft, no Nerf with
    darts loaded.
  * Realistic replica firearms must stay in the cosplay area and be
    carried in a bag between there and the hotel (the venue is next to
    a station and the British Transport Police have asked nicely).
  * Lightsabers may be swung, but only at other lightsabers.

The last point is a joke. Mostly. Last year a child took out a
Stormtrooper's kneecap with a Disney-shop lightsaber and the Stormtrooper
was very good about it.

Helen
""", sender=c.person("Helen", "Carberry"), reply=False,
     tags=("hard-negative", "benign-violent-word", "list"))

# 48 Gaming - guild drama farewell
post(RAID, RAIDD, "[Ashen Vanguard] I'm out", """\
After five years I'm stepping down as an officer. Nothing dramatic, no
guild-killing meltdown, no secret loot council conspiracy. I've had a
baby and the only thing I'm raiding at 3am now is the fridge.

Thanks for all of it - the wipes, the server-first kill in 2022 that
none of us will shut up about, Smogg pulling every pack in Azeroth.
Don't let Vexxa murder anyone while I'm gone.

Love,
Thornwick (Gemma)
""", sender=c.person("Gemma", "Rowe"), reply=False,
     tags=("hard-negative", "benign-violent-word", "list"))

c.write()
