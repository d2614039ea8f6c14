#!/usr/bin/env python3
"""train_tr6: sports forums and hobby-list feuds.

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

c = Corpus("train", "tr6", seed=3106)
SEC = c.secretary()[0].split()[0]
listkit.bind(c)

FANS, FANSD = "Tollbridge Rovers Supporters", "lists.rovers-supporters.co.uk"
ALLOT, ALLOTD = "Pickering Lane Allotments", "googlegroups.com"
BIRD, BIRDD = "Fylde Birders", "googlegroups.com"
MRC, MRCD = "Kelder Model Railway Club", "lists.keldermrc.org.uk"


def phpbb(board, site, topic, who, tags):
    """A phpBB 'topic reply' notification: it names the topic, not the reply."""
    body = (f"Hello,\n\nYou are receiving this notification because you are watching the topic, "
            f"\"{topic}\" at \"{board}\". This topic has received a new reply since your last visit "
            f"by {who}. You can use the following link to view the replies made, no more "
            f"notifications will be sent until you visit the topic.\n\n"
            f"If you want to view the newest post made since your last visit, click the following link:\n"
            f"https://{site}/viewtopic.php?t={c.rng.randrange(10000, 99999)}&view=unread#unread\n\n"
            f"If you no longer wish to watch this topic you can either click the \"Unsubscribe topic\" "
            f"link found at the bottom of the topic above, or by clicking the following link:\n"
            f"https://{site}/viewtopic.php?uid={c.rng.randrange(100, 9999)}&t={c.rng.randrange(10000, 99999)}&unwatch=topic\n\n"
            f"--\nThanks, The Management\n")
    c.add("bulk", body, subject=f"Topic reply notification - \"{topic}\"",
          sender=(board, f"noreply@{site}"), headers=robot_headers(f"https://{site}/ucp.php?i=ucp_notifications"),
          fmt="plain", tags=tags)


# 1 supporters list - ref -----------------------------------------------------------------
post(FANS, FANSD, "[Rovers] Saturday - that referee", """\
I've been going to the Lane since 1979 and I have never, ever seen a
refereeing performance like Saturday's. Three penalty shouts waved away,
their number 4 booted Okafor into the stand and got a TALKING TO, and
then the winner comes from a free kick that was about three yards the
wrong side of the line.

The ref should be shot. Not literally, before anyone writes to the
committee, but he should be taken out of the Football League and made to
do under-11s in the rain for a season to remember what the rules are.

2-1 down to a team that hadn't won away since August. I'm still fuming.

Dave (Block C, Row F, since forever)
""", sender=c.person("Dave", "Crossland"), reply=False,
     tags=("hard-negative", "benign-violent-word", "angry", "list"))

# 2
post(FANS, FANSD, "Re: [Rovers] Saturday - that referee", """\
> The ref should be shot.

Get in line, Dave. Half the Kop had the same idea.

But let's be honest with ourselves: we had 67% of the ball and didn't
put a single shot on target until the 80th minute. The ref didn't miss
that sitter from six yards, Kowalski did. The ref didn't pick a back
three against a team that plays one up front, the gaffer did.

I'm as angry as you. I'm just angry at our lot.

Jan
""", sender=c.person("Jan", "Kowalski"),
     tags=("hard-negative", "benign-violent-word", "angry", "list", "quoted"))

# 3
post(FANS, FANSD, "Re: [Rovers] Saturday - that referee", """\
>> The ref should be shot.
>
> Get in line, Dave.

Can we not, on a list that the club's own staff read? Two seasons ago a
referee in the National League had his house address posted on a fan
forum and the police were involved. We're better than that. Moan about
him all you like, he was awful, but keep it about the football.

Signed, the boring one,
Helen
(Supporters' Trust secretary)
""", sender=c.person("Helen", "Garnett"),
     tags=("hard-negative", "benign-violent-word", "news-about-threats", "list", "quoted"))

# 4 gaffer out
post(FANS, FANSD, "[Rovers] Time for the manager to go?", """\
Played 14, won 3. Bottom four. Lost to a team whose centre-back is a
plumber. I like him as a man, he's been good for the club, but we're
dying on our feet and another month of this will kill us. Board need to
pull the trigger before the January window or we're going down, simple
as that.

Poll: yes/no/wait till Christmas.
""", sender=c.person("Kieran", "Moss"), reply=False,
     tags=("hard-negative", "benign-violent-word", "metaphor", "list"))

# 5
post(FANS, FANSD, "Re: [Rovers] Time for the manager to go?", """\
> Board need to pull the trigger

The board couldn't pull a cracker. They've sacked four managers in six
years and every one was replaced by someone cheaper. The problem's not
who's in the dugout, it's who's in the boardroom. Sack the lot of them
and sell the club to someone who actually wants to own a football club
and not a housing development with a pitch attached.

WAIT TILL CHRISTMAS. Then march on the boardroom (peacefully, with
flags, Helen).

Mick
""", sender=c.person("Mick", "Loughran"),
     tags=("hard-negative", "metaphor", "angry", "list", "quoted"))

# 6 phpBB - fan forum, topic title violent
phpbb("The Tollbridge End Forum", "tollbridgeend.co.uk", "Ref should be banned for life after Saturday", "LaneLegend79",
      ("hard-negative", "benign-violent-word", "angry", "list"))

# 7 vBulletin-style subscription mail, with the post in it
c.add("bulk", """\
Dear LaneEnder_Sue,

Rovers_Til_I_Die has just replied to a thread you have subscribed to
entitled - We got MURDERED at Hexworth - player ratings - in the Match
Day forum of Rovers Online.

This thread is located at:
https://www.roversonline.example/forum/showthread.php?t=88213&goto=newpost

Here is the message that has just been posted:
***************
Keeper 3 - not his fault, hung out to dry every time.
Back four 2 each - got bullied by a nine-foot centre forward all game.
Midfield 4 - ran around a lot, achieved nothing.
Kowalski 1 - could not hit a barn door with a banjo today.
Sub who came on at 4-0 down and immediately got booked - 10, only one
of them who showed any fight.
Manager 0. Dead man walking.
***************

There may also be other replies, but you will not receive any more
notifications until you visit the forum again.

Yours,
Rovers Online team

~~~~~~~~~~
Unsubscription information:
To unsubscribe from this thread, please visit this page:
https://www.roversonline.example/forum/subscription.php?do=removesubscription&t=88213
""", subject="Reply to thread 'We got MURDERED at Hexworth - player ratings'",
      sender=("Rovers Online", "forum@roversonline.example"),
      headers=robot_headers("https://www.roversonline.example/forum/subscription.php"), fmt="plain",
      tags=("hard-negative", "benign-violent-word", "metaphor", "list"))

# 8 rugby club list
post("Aberdare Old Boys RFC", "googlegroups.com", "Re: Saturday vs Treorchy - match report", """\
Match report (edited from Gareth's, which had too many swear words for
the website):

Absolute war out there. Treorchy came to bully us and for the first
forty minutes they did. We were smashed in the scrum, our lineout was a
crime scene, and at half time we were 17-3 down and Dai had lost a
tooth.

Second half, different story. The pack finally turned up, Rhys put in a
tackle on their 12 that they'll be hearing on the Rhondda for a week
(legal, before anyone asks - ref was right there), and we clawed it back
to 20-20.

Draw. Felt like a win. Dai's tooth is in a jar behind the bar.

Bar's open from 6 for the internationals.
""", sender=c.person("Huw", "Bevan"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "metaphor", "list"))

# 9 cricket list - long, old-school
post("Yorks-Cricket-Chat", "lists.yorkscricket.org", "Re: [YCC] The sledging row at Scarborough", """\
On 18 Jul, Ray Sidebottom wrote:
> In my day the bowler would tell you he was going to knock your head
> off and then he'd try to. Nobody went crying to the ECB.

Ray, in your day (and mine) we also didn't wear helmets and we had a
club captain who kept a flask of whisky in the scorebox. I'm not sure
"in my day" is the gold standard you think it is.

There's a difference between a quick bowler giving a batter the eyeballs
and "I'm going to break your arm" on repeat for three overs at a
seventeen-year-old. The lad's dad was stood at the boundary. If that's
cricket, I'd rather watch bowls.

Having said that, the young lad hit him for three fours in the next
over, which is the best reply to sledging ever devised.

--
Tony Brearley
Umpire, Yorkshire ECB CA (retired, mostly)
""", sender=c.person("Tony", "Brearley"),
     tags=("hard-negative", "benign-violent-word", "angry", "list", "quoted"))

# 10 boxing forum
discourse("Ringside UK", "forum.ringsideuk.com", "Prediction thread: Okoye vs. Mallory", "Heavyweight", "LeftHookLarry", """\
Okoye destroys him inside four. Mallory's chin went in the Walsh fight
and you don't get a chin back. Okoye's got killer instinct, Mallory's got
a nice jab and a lovely personality. Jab and personality don't win you
fights against a man who hits like a train.

Book it: KO round 3. If I'm wrong I'll eat my hat, on camera, and post
it here.
""", tags=("hard-negative", "benign-violent-word", "list"))

# 11 boxing reply
discourse("Ringside UK", "forum.ringsideuk.com", "Prediction thread: Okoye vs. Mallory", "Heavyweight", "SweetScience_Sal", """\
@LeftHookLarry Mallory on points. Okoye's gassed by round 6 in every
fight he's had that went past 5. Mallory will make him miss, make him
pay, and walk away with the belt and a slightly swollen eye.

Get the hat seasoned, Larry.
""", tags=("hard-negative", "benign-violent-word", "list"))

# 12 fantasy football league
post("Dog & Duck Fantasy League", "googlegroups.com", "GW12 - I am going to DESTROY all of you", """\
Gameweek 12 update from your league leader (me):

  1. Steve's Stunners      687 pts  (*)
  2. Haaland Me Closer     681 pts
  3. Kaur Blimey           660 pts
  ...
  12. Pep Talk Sam          402 pts  (captained a goalkeeper. why.)

This is my season. I've been bottom three times since 2017 and I am
going to destroy every one of you and put the trophy (a mug) on my
mantelpiece where you'll have to look at it every time you come round.

Sam, mate, I say this with love: you're embarrassing us.

Steve
""", sender=c.person("Steve", "Oakes"), foot="gg", reply=False,
     tags=("hard-negative", "benign-violent-word", "list"))

# 13 reply
post("Dog & Duck Fantasy League", "googlegroups.com", "Re: GW12 - I am going to DESTROY all of you", """\
> Sam, mate, I say this with love: you're embarrassing us.

I captained the keeper because of a dream. The dream was wrong. I'll
be back. I've triple-captained Salah for the double gameweek and I'm
coming for your mug, Steve. Sleep with one eye on the table.

Sam
""", sender=c.person("Sam", "Ng"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

# 14 allotment feud
post(ALLOT, ALLOTD, "Someone has killed my dahlias", """\
I'm not accusing anyone. I'm just saying.

Plot 23. Twelve dahlias, grown from tubers I've been overwintering
since 2019. On Friday evening they were fine. On Saturday morning they
were flat, every one of them, stems snapped at the base. There was a
footprint in the bed, size 10ish, with a zigzag sole.

Plot 24 has been complaining for months that my dahlias "shade his
leeks". Plot 24 wears wellies with a zigzag sole.

I'm not accusing anyone. But I'd like the committee to look into it,
and I'd like it minuted that if it happens again I won't be held
responsible for what happens to certain leeks.

Pauline (Plot 23)
""", sender=c.person("Pauline", "Ackroyd"), foot="gg", reply=False,
     tags=("hard-negative", "angry", "benign-violent-word", "list"))

# 15 reply plot 24
post(ALLOT, ALLOTD, "Re: Someone has killed my dahlias", """\
Pauline Ackroyd wrote:
> I'd like it minuted that if it happens again I won't be held
> responsible for what happens to certain leeks.

Pauline, I would no more murder a dahlia than you would. It was
badgers. Everybody's had badgers this month. The zigzag sole is the
most common welly in B&Q, half the site wears them. The committee chair
wears them.

I'll thank you not to threaten my leeks on a public list. They've done
nothing to you.

Bernard (Plot 24)
""", sender=c.person("Bernard", "Hulme"), foot="gg",
     tags=("hard-negative", "angry", "benign-violent-word", "list", "quoted"))

# 16 committee chair
post(ALLOT, ALLOTD, "Re: Re: Someone has killed my dahlias", """\
Dear all,

The committee has considered the Matter of the Dahlias. We find:

 - badgers have indeed been active (see the lettuce carnage on plots
   8-12 and the dug-up bulbs by the gate);
 - the committee chair does indeed wear zigzag wellies, and was at his
   sister's in Whitby on Friday night;
 - nobody, on this site, is going to "do" anything to anybody's leeks.

Pauline and Bernard are invited to share a cup of tea at the hut on
Sunday at 11. Attendance is strongly encouraged. There will be cake.

Geoff (Chair)
""", sender=c.person("Geoff", "Standring"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "list"))

# 17 birders - stringer feud
post(BIRD, BIRDD, "Re: Claimed Pallas's Warbler at Fleetwood - no photos", """\
>> I watched it for 20 minutes, 10 feet away, lemon rump, crown stripe,
>> the lot.
>
> And yet somehow no photo, no witnesses, and the bird vanishes the
> moment anyone else arrives. Funny how that keeps happening, Clive.

Right, I'll say it, because everybody else is thinking it. That's the
fourth "mega" from the same observer this autumn, every one of them seen
alone, none of them photographed. If it walks like a stringer and
quacks like a stringer...

I've been birding this coast for 40 years and I've never been so angry
about a warbler. The county recorder needs to get a grip before the
whole records system is a laughing stock.

Norman
""", sender=c.person("Norman", "Whiteside"), foot="gg",
     tags=("hard-negative", "angry", "list", "quoted"))

# 18 response
post(BIRD, BIRDD, "Re: Claimed Pallas's Warbler at Fleetwood - no photos", """\
> That's the fourth "mega" from the same observer this autumn, every
> one of them seen alone, none of them photographed.

Norman, calling a man a liar on the county list because you didn't get
the bird is the lowest thing I've seen on here, and I was around for the
great Ross's Gull punch-up of 2011 (two grown men, one tripod, the car
park at Marshside).

Clive's submitted a description to the committee. Let them judge it.
Meanwhile put the kettle on and go and look at some gulls.

Ann
""", sender=c.person("Ann", "Pilkington"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "angry", "list", "quoted"))

# 19 model railway club feud
post(MRC, MRCD, "[KMRC] The layout - who moved my signal box?", """\
Somebody has moved my signal box on Little Burton from its correct and
historically accurate position at the down end of the platform to the
UP end, where it would have been entirely useless to any Great Western
signalman in 1934.

I don't know who did it. I have my suspicions. I will simply say that
I spent eleven months on that box, that every lever is individually
painted, and that if I find it has been moved again I shall be forced
to resign from the layout committee, which I appreciate some members
would consider a victory.

Yours, in considerable distress,
Howard Pennington
Layout Committee (for now)
""", sender=c.person("Howard", "Pennington", "btinternet.com"), reply=False,
     tags=("hard-negative", "angry", "list"))

# 20
post(MRC, MRCD, "Re: [KMRC] The layout - who moved my signal box?", """\
On Tue, Howard Pennington wrote:
> Somebody has moved my signal box on Little Burton from its correct and
> historically accurate position

Howard, it was me. I moved it six inches to stop the 0-6-0 tank clipping
it on the curve, which it has done every Tuesday since March and which
you have been blaming on "dirty track". I'll move it back if you move
the curve.

Don't shoot the messenger.

Phil (also Layout Committee, also for now)
""", sender=c.person("Phil", "Greenhalgh"),
     tags=("hard-negative", "benign-violent-word", "list", "quoted"))

# 21 other - friend rant about match
c.add("other", f"""\
{SEC},

You'll have seen the score. I'm not talking about it. I'm just going to
say that if I ever meet that linesman in a dark alley I'll explain the
offside rule to him very slowly with a diagram, and then buy him an eye
test.

Anyway, I'm still on for the street stall Saturday but if anyone in a
Hexworth scarf comes near the table I'm not responsible for my
language.

Gaz
""", subject="don't", sender=c.person("Gary", "Pickup", "sky.com"),
      fmt="plain", tags=("hard-negative", "benign-violent-word", "angry"))

# 22 cycling club feud
post("Kelder Wheelers", "googlegroups.com", "Re: Sunday club run - half-wheeling and attitude", """\
> I'm sorry but if the B group can't hold 18mph on the flat they should
> be in the C group. I'm not being funny.

You ARE being funny, Martyn, funny in the sense of "a total pain". The B
ride is advertised as 16-18 with regroups at the top of every climb. You
half-wheeled the front for thirty miles, dropped two new riders on
Cragg Lane and then sat at the cafe telling everyone you'd "done a
proper session".

If you want to smash yourself to bits, join the A group and get dropped
by people your own speed. Leave the B ride for those of us who came out
for a bacon butty and a chat.

Fiona (ride captain, B group)
""", sender=c.person("Fiona", "Birtwistle"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "angry", "list", "quoted"))

# 23 golf club
post("Moorside Golf Club Members", "lists.moorsidegolf.co.uk", "Re: [Moorside] The state of the greens", """\
Derek Hamer wrote:
> The greens are a disgrace. Fairways like a ploughed field, greens like
> a motorway verge, and a greenkeeper who's never there.

I echo everything Derek says. The 7th green is like putting on a
ploughed field. I've paid £1,400 this year for the privilege.

The greenkeeper assures us it's "the hollow-tining recovering". It's
been recovering since April. At this point I'd happily strangle him
with his own strimmer cord. (That's a joke, Committee. I'm 78 and I
can barely carry my own bag.)

Can we have a proper explanation at the AGM please, with figures.

Brigadier (ret'd) J. H. Forsyth
""", sender=c.person("John", "Forsyth"),
     tags=("hard-negative", "benign-violent-word", "angry", "list", "quoted"))

# 24 darts league
post("Tynefield Darts League", "googlegroups.com", "Results wk 9 + the tungsten massacre", """\
Week 9 results:

Red Lion A  7 - 0  Miners Arms     (a massacre, 3 x 180s from Big Sue)
Fox & Hounds 4 - 3 Station Hotel
Railway B   2 - 5  The Crown

Miners Arms' captain has asked me to say they "were robbed". They were
not robbed. They were murdered, fair and square, by a 64-year-old
dinner lady with a 23g Phil Taylor replica and an average of 91.

Next week: Crown v Red Lion. The big one. Bring tissues.

Jimmy (league sec)
""", sender=c.person("Jimmy", "Storey"), foot="gg", reply=False,
     tags=("hard-negative", "benign-violent-word", "list"))

# 25 F1 forum
discourse("PitWall UK", "forum.pitwalluk.net", "That Turn 1 crash - who's to blame?", "Race Discussion", "SlowAwayDriver", """\
Torpedoed. There's no other word. He was never making that corner,
dive-bombed from three car lengths back and took out both Ferraris.
Five-second penalty? He should be parked for a race. If that was a
rookie they'd throw the book at him; because it's a world champion
the stewards look the other way.

Race was dead as a contest after lap one. Killed it for everyone.
""", tags=("hard-negative", "benign-violent-word", "metaphor", "angry", "list"))

# 26 choir feud - sopranos
post("Kelder Community Choir", "googlegroups.com", "Re: Seating plan for the Christmas concert", """\
> For balance, I would like to move the second sopranos to the back row
> for the Christmas concert.

With respect, Valerie, the second sopranos have stood on the left since
1998 and we are not moving to the back row "for balance". We were put
on the left by Mr Haworth himself, God rest him, and there we shall
stay.

If the altos want to be heard they could try singing in tune.

Marjorie (2nd Sop., 27 years)
""", sender=c.person("Marjorie", "Clegg"), foot="gg",
     tags=("hard-negative", "angry", "list", "quoted"))

# 27 choir conductor calm
post("Kelder Community Choir", "googlegroups.com", "Re: Seating plan for the Christmas concert", """\
Ladies. Please. It is a carol concert. "Silent Night" is on the
programme. I'd like us to at least appear to believe in it.

New seating plan attached. Everybody is moving. Nobody is happy. This
is how I know it's fair.

If there is bloodshed at the dress rehearsal I'm cancelling the mince
pies.

Luke (MD)
""", sender=c.person("Luke", "Farrant"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "list"))

# 28 fishing club
post("Riverside Anglers", "lists.riversideanglers.org.uk", "[RA] Poachers on the top beat AGAIN", """\
Third weekend running. Gill nets across the pool below the weir, two
carcasses left on the bank, and a camp fire on the far side. The EA
have been told. The police have been told. Nobody comes.

Members on the top beat at dawn: please photograph vehicles and
registrations if you can DO IT SAFELY, and phone 0800 80 70 60. Do not
confront anyone. Do NOT, Keith, "go and have a word" - last time you
did that you fell in.

Bailiff rota attached.

Roger (Hon. Sec.)
""", sender=c.person("Roger", "Ainsworth"), reply=False,
     tags=("hard-negative", "angry", "list"))

# 29 reply angry
post("Riverside Anglers", "lists.riversideanglers.org.uk", "Re: [RA] Poachers on the top beat AGAIN", """\
> Do NOT, Keith, "go and have a word" - last time you did that you
> fell in.

People who net salmon pools should be strung up by their own nets. I
don't care who knows I said it. Forty years I've fished that beat, and
I've put fry in that river with my own hands, and these people come
and strip it in a night.

And I didn't fall in, I slipped. There's a difference.

Keith
""", sender=c.person("Keith", "Marsden", "aol.com"),
     tags=("hard-negative", "benign-violent-word", "angry", "list", "quoted"))

# 30 amateur dramatics
post("Kelder Players", "googlegroups.com", "Re: Tech rehearsal - notes from the director", """\
Notes from last night, in order of severity:

1. The gun in Act 2 is a starting pistol. Please stop pointing it at
   the audience "for drama". Point it at Colonel Mustard, who is going
   to die anyway.
2. Body in the library: Brian, you are dead. Dead people don't scratch.
3. Whoever keeps putting real tea in the poisoned teacup, please stop.
   Sheila has drunk four cups and was up all night.
4. Lighting: the blackout before the murder is still about ten seconds
   too late. We can see Gwen creeping up with the candlestick. That
   rather gives away the ending.

If I don't kill somebody before opening night it'll be a miracle.
Break a leg everyone (not literally, Brian, after last year).

Deborah (dir.)
""", sender=c.person("Deborah", "Lyle"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "list"))

# 31 pigeon racing
post("North West Pigeon Fanciers", "googlegroups.com", "Re: Losses to peregrines - what can we do?", """\
Lost nine birds this season on the Lune Valley line alone, two of them
from a family I've bred from since 1986. You come out in the morning and
there's a pile of feathers on the loft roof. The falcons have learned the
race days.

I know they're protected, I'm not daft and I'm not breaking the law, so
nobody write to the RSPB about me. But it breaks your heart. We need the
federation to push for a proper study on routing round the nest sites.

Tommy
""", sender=c.person("Tommy", "Halliwell"), foot="gg",
     tags=("hard-negative", "angry", "benign-violent-word", "list"))

# 32 sports forum - parents at junior football (angry, no threat)
discourse("Grassroots Football UK", "forum.grassrootsfootball.org.uk", "Touchline parents are killing junior football", "Coaching", "U11sCoachBecky", """\
Under-11s on Sunday. One dad screaming at the 14-year-old referee for
the entire second half. Another telling his son to "take him out" about
an opposing player (he's ten). Our ref, a lovely lad doing his first
season, walked off at the end in tears.

We'll lose refs, then coaches, then kids. Touchline behaviour is
killing the grassroots game. Respect barriers, silent weekends, I've
tried all of it. What actually works?
""", tags=("hard-negative", "metaphor", "benign-violent-word", "angry", "list"))

# 33 reply
discourse("Grassroots Football UK", "forum.grassrootsfootball.org.uk", "Touchline parents are killing junior football", "Coaching", "LeagueWelfareOfficer_Pete", """\
@U11sCoachBecky Report it to your league welfare officer (hello). The
dad who yelled at the ref can be banned from the touchline; the league
takes abuse of young officials very seriously now, and the FA's
reporting form is quick.

"Take him out" about a ten-year-old should be reported too - it won't
be treated as a threat, but the pattern matters, and the parent needs a
conversation with the club.

Also: give that referee a hug from all of us.
""", tags=("hard-negative", "benign-violent-word", "list"))

# 34 snooker forum, non-native Chinese?
discourse("Baize Talk", "forum.baizetalk.com", "UK Championship final - what a massacre", "Tournaments", "pot_black_zhang", """\
10-1. This was not a final, this was execution. Zhou was unplayable,
three centuries in first session. Poor Higgins-Walsh (no relation :) was
sitting in his chair like man waiting for the bus.

In China we are all very excited, my father call me at 3 am to shout.
Best young player since Ding. He will destroy the Crucible in spring, I
am sure.
""", tags=("hard-negative", "benign-violent-word", "metaphor", "list", "non-native"))

# 35 crossword list
post("cryptic-uk", "lists.cryptic-uk.org", "Re: [cryptic-uk] Saturday Prize - 14 down (SPOILER)", """\
On Sat, Lorna Finch wrote:
> 14dn: I still don't get it. Is the setter having a laugh?

It's a reverse hidden with a homophone indicator buried in the surface,
and no, he's not having a laugh, he's having a stroke. I've solved his
puzzles for thirty years and this is the first clue I've wanted to take
out into the yard and shoot.

(The answer is NEMESIS. Which, in the circumstances, is rather on the
nose.)

Ted
""", sender=c.person("Ted", "Armstrong"),
     tags=("hard-negative", "benign-violent-word", "angry", "list", "quoted"))

# 36 beekeepers
post("Kelder Beekeepers", "googlegroups.com", "Re: Hive inspections - who left the crownboard off?", """\
Whoever inspected hive 3 at the apiary on Thursday left the crownboard
half off. I got there Saturday to find the colony furious, robbers
everywhere, and wax moth in the corner frames. I got stung eleven times
through my suit.

I'm not naming anyone. But if it happens again I'll be asking the
committee to lock the apiary gate and I'll be asking the bees to
identify the culprit. They remember faces.

Gillian
""", sender=c.person("Gillian", "Rudd"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "angry", "list"))

# 37 boxing club - news about threats? no. photography club competition feud
post("Kelder Camera Club", "lists.keldercameraclub.org.uk", "Re: [KCC] Competition results - the judge", """\
I'm sorry but I need to say something about Tuesday's judge.

He gave 12/20 to Anita's heron, which is the best wildlife shot anyone
in this club has taken in a decade, because "the bird's eye lacks a
catchlight". Then gave 19/20 to a picture of a rusty bicycle. A RUSTY
BICYCLE.

I've been a member since the days of slide projectors and I have never
wanted to throttle a man with his own lanyard so badly. Can we not have
him back, please?

Jeremy
""", sender=c.person("Jeremy", "Saltonstall"),
     tags=("hard-negative", "benign-violent-word", "angry", "list"))

# 38 reply
post("Kelder Camera Club", "lists.keldercameraclub.org.uk", "Re: [KCC] Competition results - the judge", """\
Jeremy, it's MY rusty bicycle, and it took me three mornings to get
that light.

But I agree about the heron. The heron was robbed.

Clare
""", sender=c.person("Clare", "Ibbotson"),
     tags=("hard-negative", "benign-violent-word", "list"))

# 39 women's football forum
discourse("Back of the Net Forum", "forum.backofthenet.example", "Derby day - we battered them", "Match Threads", "LionessLou", """\
3-0 and it could have been six. Our midfield bullied them all afternoon,
their keeper was under siege from the first whistle, and Aisha's
volley for the third nearly took the net off. Best atmosphere I've ever
seen at the ground - 4,000 and LOUD.

Their manager said afterwards it was "a fair result". It was an
execution. I'm framing the ticket.
""", tags=("hard-negative", "benign-violent-word", "metaphor", "list"))

# 40 village show - baking feud (old-style sig)
post("Little Burton Village Show", "googlegroups.com", "Re: Victoria sponge class - judging complaint", """\
Mrs Ogden,

>> I can only assume the judge favours incomers.

I judged the Victoria sponge class for the W.I. for nineteen years
before I came to Little Burton and I have never once been accused of
"favouritism to incomers". Your sponge had sunk in the middle and you
had used margarine. These things are not opinions. They are facts, and
my palate does not lie.

I shall not be drawn further. I shall, however, be entering the
marmalade class next year, and I suggest you watch your back.

Yours faithfully,
Mrs E. Pargeter
---
Little Burton & District Horticultural Society
"Grow, Show, and Be Kind"
""", sender=c.person("Edith", "Pargeter"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "angry", "list", "quoted"))

# 41 fans list - away day report, long, sarcastic
post(FANS, FANSD, "[Rovers] Away day report: Hexworth (a tragedy in three acts)", """\
ACT ONE: The Journey
Coach left at 9. Arrived at 2:40 because the M62 died at Junction 22,
as it always does, as it was always destined to. Eric had finished his
cans by Huddersfield.

ACT TWO: The Match
We conceded in the 2nd minute, the 19th, the 44th and, for a bit of
variety, the 90th+3. Their centre-forward, who is about nine feet tall,
bullied our back four like they owed him money. Our keeper spent the
second half waving at the defence in a manner I'd describe as "pleading".
4-0. Murdered. Massacred. Dismantled. Choose your word.

ACT THREE: The Return
The chippy in Hexworth had run out of fish. The coach's heater broke.
Eric was sick at Birch services. Somebody started singing "We're not
going down" at 10pm and everyone else laughed in a way I'd describe as
hollow.

Five stars. Would suffer again. See you at home to Cranmoor.

Phil
""", sender=c.person("Phil", "Ogden"), reply=False,
     tags=("hard-negative", "benign-violent-word", "metaphor", "list"))

# 42 darts short
post("Tynefield Darts League", "googlegroups.com", "Re: Results wk 9 + the tungsten massacre", """\
We wasn't robbed, we was ambushed. Big Sue should be banned for
carrying a deadly weapon. See yous next season.

Miners Arms
""", sender=c.person("Alan", "Brough", "hotmail.co.uk"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "list", "noisy"))

# 43 other: rant re Sunday league ref (friend)
c.add("other", f"""\
Morning {SEC},

Quick one - I've just come off the phone to the County FA after
reffing the under-14s yesterday. A parent called me "a blind clown" for
90 minutes and then kept on at me all the way back to the clubhouse
about a throw-in. Just wouldn't stop talking. His own son looked mortified.
I've put in the report like you're supposed to.

Honestly, GC is a picnic by comparison. At least at GC the shouting has
standing orders. See you Tuesday.

Ian
""", subject="never again (until next Sunday)", sender=c.person("Ian", "Fairweather", "gmail.com"),
      fmt="alt", tags=("hard-negative", "angry"))

# 44 rugby league forum HTML only
c.add("bulk", "", fmt="html", html_body="""\
<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p><b>Love Rugby League Forum</b> &mdash; new replies in threads you follow</p>
<hr>
<p><b>Cas vs Wakey: the biggest hit you'll see all year</b> (27 new)<br>
<i>fev_lad_since_82:</i> That shot on their half-back was the cleanest tackle I've seen since Farrell in his pomp.
He got up but he didn't know what day it was. Ref was spot on to let it go.</p>
<p><b>Our pack is getting bullied every week &ndash; time to buy a prop</b> (9 new)<br>
<i>LeedsLoiner:</i> We're getting marched back ten metres every set. It's like watching sheep being shepherded.</p>
<p><a href="https://forum.loverugbyleague.example/followed">View followed threads</a></p>
<p style="color:#888;font-size:11px">Unsubscribe from email alerts in your <a href="https://forum.loverugbyleague.example/account/alerts">account preferences</a>.</p>
</body></html>""",
      subject="New replies: \"Cas vs Wakey: the biggest hit you'll see all year\"",
      sender=("Love Rugby League Forum", "alerts@forum.loverugbyleague.example"),
      headers=robot_headers("https://forum.loverugbyleague.example/account/alerts"),
      tags=("hard-negative", "benign-violent-word", "metaphor", "list", "html-only"))

# 45 bell ringers
post("Kelder Guild of Bell Ringers", "googlegroups.com", "Re: Quarter peal attempt - what went wrong", """\
Malcolm Dent wrote:
> Can anyone explain what went wrong on Sunday? I thought we had it.

It went wrong, Malcolm, because the treble rang two blows behind in the
third lead and then spent four minutes "recovering" by ringing wherever
she felt like it. I'm not blaming her. She's twelve. I'm blaming the
conductor, who didn't call "stand" when it was obviously beyond rescue
and instead let the whole thing die slowly for another ten minutes.

I've rung for forty-one years. I've never heard a quarter murdered so
comprehensively. Still, the tea was nice.

Ruth
""", sender=c.person("Ruth", "Fenwick"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "angry", "list", "quoted"))

# 46 horse racing forum with "should be shot" ambiguous -> jockey, fans
discourse("Paddock Talk", "forum.paddocktalk.co.uk", "Jockey ride at Haydock - stewards asleep?", "Racing Chat", "EachWayEileen", """\
Did anyone watch the 3:10? That was the worst ride I've seen this
season. Sat eight lengths off a crawling pace on a horse that only
stays, didn't move until the furlong pole, then went for his whip when
it was all over. Beaten a neck. I had a tenner each way.

The jockey should be shot, the trainer should be shot, and the stewards
should be woken up. Not a single enquiry.

(Horse is fine, before anyone panics - she's entered again at
Wetherby.)
""", tags=("hard-negative", "benign-violent-word", "angry", "list"))

# 47 marathon club, encouraging violent words
post("Kelder Harriers", "googlegroups.com", "Race report: Manchester Marathon - we smashed it", """\
What a day. 23 Harriers started, 23 finished, and we smashed 14 PBs
between us.

Special mention to Jo, who hit the wall at 20 miles, told me she was
"going to die on the Chester Road", and then ran the last 10k faster
than the first. And to Dev, whose legs were dead by 18 and who shuffled
the last eight miles in what he described as "a death march" with a
smile on his face.

Club night Thursday is cake and stretching only. You've earned it.
""", sender=c.person("Rachel", "Hinchcliffe"), foot="gg", reply=False,
     tags=("hard-negative", "benign-violent-word", "list"))

# 48 cricket digest
digest("village-cricket-chat", "lists.villagecricket.org.uk", 6, 52, [
    ("Barry Cutts", "bcutts@btinternet.com", "Batting collapse at Netherby", """\
All out for 47. Their overseas lad bowled like the wrath of God. Five
for nine. Our number 3 was hit on the helmet first ball and didn't look
right for the rest of the afternoon (he's fine, we checked, he's
concussed in the sense that he's agreed to captain next season)."""),
    ("Sanjay Mehta", "sanjay.mehta@gmail.com", "Re: Batting collapse at Netherby", """\
The wrath of God was a 19-year-old from Adelaide with a mullet. I faced
him. I have nothing further to add except that my ribs still hurt."""),
    ("Barry Cutts", "bcutts@btinternet.com", "Re: Batting collapse at Netherby", """\
Tea was excellent though. Mrs Netherby's egg sandwiches are worth being
slaughtered for."""),
], tags=("hard-negative", "benign-violent-word", "list"))

# 49 knitting circle feud
post("Purl Jam Knitting Circle", "googlegroups.com", "Re: The yarn swap - some people", """\
Some people came to the yarn swap with two balls of acrylic and left
with a bag of hand-dyed merino. I'm not saying who. I'm saying I saw,
and I'm saying my needles are sharp and my memory is long.

Next swap is strictly like-for-like or I'm going to start a cardigan
out of somebody's hair.

Bernie
(joking. mostly. it was lovely merino)
""", sender=c.person("Bernadette", "Hoyle"), foot="gg",
     tags=("hard-negative", "benign-violent-word", "angry", "list"))

# 50 fans' trust: news-about-threats, club staff abuse
post(FANS, FANSD, "[Rovers] Statement from the Supporters' Trust re: online abuse", """\
The Trust board has been made aware that a number of Rovers players and
staff - including the kit manager and a member of the ticket office -
have received abusive messages online following recent results. Some of
these have been passed to the police by the club.

We want to be absolutely clear. Criticise the team, the manager and the
board as much as you like; that is what supporters do and the Trust
will always defend your right to do it. But nobody on £24,000 a year in
the ticket office deserves to be told they'll "get what's coming" because
we lost at Hexworth.

If you see this stuff, report it to the club.

Supporters' Trust Board
""", sender=c.person("Helen", "Garnett"), reply=False,
     tags=("hard-negative", "news-about-threats", "list"))

c.write()
