"""train/tl2: an ordinary few weeks in the inbox of Tynebridge CLP's secretary.

An urban North East seat: Saltmeadows, Deckham Hill, Heworth Vale and Felling Bank branches;
the Metro, the shipyard, council housing, the library closures, council selections.
All people and places invented.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus, CLPS  # noqa: E402

c = Corpus("train", "tl2", seed=2502)
c.clp = CLPS[4]  # Tynebridge CLP, Mark Dodds
SEC = c.secretary()

WEEKS = [list(range(300, 307)), list(range(150, 157)), list(range(95, 102))]


def d():
    return c.date(c.rng.choice(c.rng.choice(WEEKS)))


LYNN = ("Lynn Charlton", "lynn.charlton@hotmail.co.uk")          # CLP chair
STEPHEN = ("Stephen Robson", "steve.robson61@btinternet.com")     # vice-chair
KATH = ("Kath Milburn", "kathmilburn@gmail.com")                  # treasurer
DAVE = ("Dave Armstrong", "dave.armstrong.ne10@gmail.com")        # membership secretary
AISHA = ("Aisha Rahman", "aisha.rahman@outlook.com")              # women's officer
CALLUM = ("Callum Hedley", "callumhedley03@gmail.com")            # youth officer
GED = ("Cllr Ged Forster", "ged.forster@tynebridge-council.example.gov.uk")
JOANNE = ("Cllr Joanne Pattinson", "joanne.pattinson@tynebridge-council.example.gov.uk")
MEMBERS_LIST = "tynebridge-members@googlegroups.com"

# =====================================================================================
# SAFETY (7)
# =====================================================================================

c.add("safety", subject="leaflets",
      sender=("no name", "nomorelies1@gmail.com"), date=d(),
      body="""tell ur canvassers to stay away from coatsworth rd. next one of yous knocks my door
wi a leaflet about "fixing the metro" il k!ll them, i mean it. ive had enough of the lot of
u. LAST WARNING""",
      tags=("explicit", "conditional", "noisy"))

c.add("safety", subject="Mark Dodds",
      sender=("Concerned Resident", "concerned.ne10@protonmail.com"), date=d(),
      body="""Mr Dodds,

You're the one sending the emails so you'll do. We know you live on Stoneycroft Terrace, the
house with the blue door and the Labour poster still up in the front window from May. We
know you walk back from the Welfare on a Tuesday night after your meetings about half nine,
on your own, down the cut by the allotments.

Your councillors are putting asylum seekers in the flats on Saltmeadows Road. Our kids play
on that estate. Think about that next time you're walking home.""",
      tags=("doxxing", "implicit", "veiled"))

c.add("safety", subject="Re: [Tynebridge members] Heworth Vale selection",
      sender=("Kevin Tulip", "kevtulip@sky.com"), to=MEMBERS_LIST, date=d(),
      headers=c.list_headers("Tynebridge members", domain="googlegroups.com"),
      body=c.quote_reply(
          """Fine words from Stephen but everybody on this list knows what happened at
that selection. Forster fixed it with his mates in regional same as last time.

I'll say this once and everybody can read it. If Ged Forster gets reselected for Heworth Vale
after what he did to my brother's tenancy I'll be waiting outside the Welfare for him after
the count, and he won't be walking home in one piece. Let him read that.

Kev""",
          """Comrades, can we keep this list civil please. The selection process is run by the
LCF under the regional rules and any member who has concerns should write to the secretary,
not air them here.

Stephen""", quoted_from="Stephen Robson <steve.robson61@btinternet.com>", style="gmail"),
      tags=("list", "conditional", "explicit"))

c.add("safety", subject="The messages since Thursday",
      sender=JOANNE, date=d(),
      body="""Mark,

I need to tell you and Lynn what's been happening since the clip of me at the housing
committee went round. Somebody cut it to make it look like I said the council would put
asylum seekers "ahead of local families". I didn't, the full recording shows that, but it's
been shared thousands of times.

Since Thursday I've had over 300 messages on Facebook, Instagram and to my council email.
Most are just abuse. But some of them mention my daughters by name and one of them named
their school and said "they finish at 3.15 don't they". Another one posted a photo of my car
outside my house. Somebody has set up a page called "Sack Pattinson" which has 2,000
followers and people on there are swapping my address.

I've reported it to the police (reference on request) and the council security team have
been good. But I think the party needs to know, and regional, and I want the CLP page to
stop sharing anything about me for now.

I'm OK. I'm not OK. You know.

Jo""",
      tags=("third-party-report", "pile-on", "doxxing"))

c.add("safety", subject="The 14th", sender=("A friend", "watching.tynebridge@tutanota.com"),
      date=d(), fmt="html", body="",
      html_body="""<html><body style="background:#fff">
<p style="font-family:Georgia;font-size:15px">A warning, and you only get the one.</p>
<p style="font-family:Georgia;font-size:15px">The public meeting about the Saltmeadows
Road flats on the 14th. Don't hold it.</p>
<p style="font-family:Georgia;font-size:15px">If you do, think about who has to walk home
afterwards, and which way they go.</p>
</body></html>""",
      tags=("html-only", "veiled", "conditional"))

c.add("safety", subject="Need some advice - Gary Heslop",
      sender=("Sadia Iqbal", "sadia.iqbal@gmail.com"), date=d(),
      body="""Hi Mark,

I didn't know who else in the party to tell and Aisha said to email you. I'm sorry this is
long.

You'll remember Gary Heslop who was expelled last year. Since about March he has been turning
up wherever I am. He was outside my work (I'm at the Job Centre on Front Street) three times
last week, just standing across the road. He was at the Deckham branch stall on Saturday even
though he's not a member. Twice there has been a note under my windscreen wiper when I've
come out of the big Asda - the last one said "you looked lovely today in the green coat". I
was wearing a green coat.

I've blocked him on everything but new accounts keep following me on Instagram and I'm sure
they're him. I have reported it to the police and they've given me a log number.

Could the branch and CLP make sure he doesn't get told where our stalls and meetings are? I
think someone who's still a member is passing it on.

Sadia""",
      tags=("stalking", "third-party-report", "harassment"))

c.add("safety", subject="Formal objection - Felling Bank shortlist",
      sender=("Norman Cuthbertson", "ncuthbertson@btinternet.com"), date=d(),
      body="""Mr Dodds,

I write to lodge a formal objection to the shortlist for Felling Bank ward, which I understand
is to go to a selection meeting on the 21st.

First, the shortlisting panel included the sitting councillor's partner, which is a plain
conflict of interest. Second, my application was rejected on the grounds that I had not
attended "sufficient branch meetings", a criterion which appears nowhere in the published
guidance. Third, the only woman on the shortlist, Ms Chapman, joined the party barely two
years ago and has never knocked a door in Felling Bank that I have seen.

I have been a member since 1983. I have been treated with contempt.

Let me be clear about one thing, and you may pass this on. If that selection goes ahead on
the 21st with Ms Chapman's name on the paper there will be consequences for her personally,
and I don't mean at the ballot box. People in Felling Bank have long memories and she doesn't
live far from the club.

I expect a reply before the 21st.

N. Cuthbertson""",
      tags=("conditional", "veiled", "embedded"))

# =====================================================================================
# URGENT (5)
# =====================================================================================

c.add("urgent", subject="FLOOD at the Labour Club - tonight's meeting",
      sender=LYNN, date=d(),
      body="""Mark - pipe's burst above the function room at the Labour Club, water coming
through the ceiling, the steward has shut the whole upstairs. Tonight's Heworth Vale selection
meeting (7pm, 40-odd members) can't happen there.

I've spoken to the Miners' Welfare and they can give us the back room from 6.45 but we need
to tell every member who's been sent the notice. Can you email all Heworth Vale members NOW
with the change and I'll text the ones I've got numbers for. Regional says it's fine to
change venue on the day as long as we notify everyone and put a sign on the club door.

I'll go and tape a notice on the door on my way past.

Lynn""",
      tags=("urgent-real",))

c.add("urgent", also=["other"], subject="Chronicle - Cllr Forster - deadline 5pm",
      sender=("Becky Turnbull", "becky.turnbull@chronicle.example.co.uk"), date=d(),
      body="""Hi Mark,

Becky from the Chronicle here. We understand Cllr Ged Forster has been administratively
suspended by the party pending an investigation. Can the CLP confirm, and is there any
comment from the local party?

We're publishing online at 6 tonight, so I'd need anything by 5pm. My mobile is 07700 900763.

Thanks,
Becky Turnbull
Local Democracy Reporter""",
      tags=("urgent-real", "press"))

c.add("urgent", also=["procedural"], subject="Heworth Vale nomination papers - 2 missing - 4pm TOMORROW",
      sender=("Ian Proudlock (agent)", "ian.proudlock@gmail.com"), date=d(),
      body="""Mark,

Quick one. I've got all the nomination papers back except two: Heworth Vale (Ged - or whoever
replaces him now) and the second candidate for Deckham Hill, Sharon Elliott. Close of
nominations is 4pm tomorrow at the Civic Centre and I'm handing the whole lot in at 2 so
there's time for the returning officer to check them.

If Heworth Vale is now vacant because of the suspension, the LCF needs to authorise a
replacement tonight and I need your signature as the nominating officer on the certificate.
Sharon just needs to sign her consent to nomination - she's on lates at the RVI so somebody
needs to get the form to her there.

Can you ring me? 07700 900512.

Ian""",
      tags=("urgent-real",))

c.add("urgent", subject="zoom card declined - AGM is at 7",
      sender=KATH, date=d(),
      body="""Mark pet the Zoom subscription has lapsed - card on the account was the old
Unity card that expired. So we're back to 40 minute meetings and the AGM is TONIGHT.

I can't log into the Zoom admin, you've got the password. Can you either put the new card on
(details in the envelope I gave you) or give me the login by 5 and I'll do it. Otherwise the
AGM gets cut off after 40 mins and we'll have to restart it with new links which will be
chaos with the elections.

Kath x""",
      tags=("urgent-real",))

c.add("urgent", subject="Your leaflets are in my front room",
      sender=("Mrs Gillian Shotton", "gillshotton@talktalk.net"), date=d(),
      body="""Hello,

A courier has left 16 boxes of your leaflets (they say "Kate Lumsden - working hard for
Tynebridge") at my house, 14 Wardle Street, Felling Bank. I think they were meant for number
41. The driver wouldn't listen.

I'm going to my daughter's in Carlisle first thing tomorrow for a week and I'm not leaving them
on the step. If someone wants them they need to come tonight before 9.

My number is 0191 555 0447.

Gillian Shotton""",
      tags=("urgent-real",))

# =====================================================================================
# COMPLAINT (14)
# =====================================================================================

c.add("complaint", subject="Saltmeadows library",
      sender=("Maureen Coxon", "maureencoxon@hotmail.com"), date=d(),
      body="""To the Labour Party in Tynebridge,

Our library in Saltmeadows is the only warm building on the estate that you can sit in
without spending money. The bairns do their homework there because half of them haven't got
a computer at home. The old men read the paper there. The job club meets there.

And a Labour council is closing it. Not the Tories, Labour. You are killing this community
one building at a time, and don't give me the line about the government grant, I've heard it.

I've been a Labour voter all my life and so was my dad who worked at the yard. I'll be at the
council meeting on the 12th with everybody I can get on the bus and we'll make it the
loudest council meeting you've ever had.

Maureen Coxon""",
      tags=("hard-negative", "metaphor", "angry"))

c.add("complaint", subject="Cllr Forster at the residents' meeting",
      sender=("Peter Lowery", "peter.lowery@outlook.com"), date=d(),
      body="""Dear Secretary,

I'm chair of the Coatsworth Tenants' and Residents' Association. Councillor Forster came to our
meeting last Wednesday to talk about the repairs backlog. When one of our members, an elderly
lady who has had black mould in her bathroom for 14 months, asked him when it would be fixed,
he told her that "some people need to learn to open a window". He then spent most of the
meeting on his phone and left early.

I'd like to know whether this is how your party expects its councillors to behave, and I'd
like him to apologise to her.

Peter Lowery
Chair, Coatsworth TRA""",
      tags=("conduct",))

c.add("complaint", subject="Deckham Hill selection - stitched up before it started",
      sender=("Angela Fenwick", "angela.fenwick@gmail.com"), date=d(),
      body="""Mark, I'm not going to dress this up.

The longlist for Deckham Hill was decided before nominations even closed. I know that because
Sharon Elliott told half the branch on the 2nd that she'd "got it", and the nominations
closed on the 9th. The branch were told we'd have a proper hustings. We didn't, we had a
twenty minute "meet the candidates" in a room at the back of the library.

I'm not asking you to overturn anything. I'm asking for the process to be explained to the
members properly, because right now it looks rotten. I'll be at the selection meeting and I'll
say all this out loud, so you might as well hear it from me first.

Angela""",
      tags=("hard-negative", "angry", "selections"))

c.add("complaint", subject="F-35 parts",
      sender=("Hamza Siddiqui", "h.siddiqui@protonmail.com"), date=d(),
      body="""Dear Mark,

I am a member in Saltmeadows. I would like the CLP to explain, or get our MP to explain, how
a Labour government can still be licensing F-35 components that end up in Israel when the
government's own lawyers say there is a clear risk they could be used in serious violations of
international humanitarian law.

I have asked the MP this twice and got a letter both times that said "the government keeps
all export licences under careful review". That is not an answer. I am asking the local party
to take a position, or at least to stop pretending the question doesn't exist.

Hamza""",
      tags=("confuser", "national-decision-complaint"))

c.add("complaint", subject="Offered to help - five times",
      sender=("Ellen Rowell", "ellen.rowell@gmail.com"), date=d(),
      body="""I've now filled in the volunteer form on the website twice, ticked the box on the
national app, signed up at the stall in the precinct and told two different councillors that
I want to help. Nobody has contacted me. Not once.

Then today I got a national email saying "We need YOU on the doorstep this weekend, Ellen".

Honestly. I'm not asking for anything any more. I just want someone to know that this is how
you lose people.

Ellen Rowell, Heworth Vale""",
      tags=("ignored",))

c.add("complaint", subject="Re: Membership arrears - friendly reminder",
      sender=("Bob Reay", "bobreay52@btinternet.com"), date=d(),
      body=c.quote_reply(
          """"Friendly reminder". Don't you dare.

I stopped my direct debit on purpose in July after the welfare vote. I've been a member 38
years and I stopped it because I was disgusted, not because I forgot. I don't need a
reminder from a CLP that hasn't once raised that vote at a GC, never mind opposed it.

If you want my money back, get the MP to a GC and have her explain herself to the members.
Until then you can take me off the reminders.

Bob Reay""",
          """Dear member,

Our records show that your membership subscription is now in arrears. Members who are more
than six months in arrears will lapse and lose their voting rights at branch and CLP meetings.
You can renew easily on Membersnet or by contacting the membership secretary.

Best wishes,
Mark Dodds
Secretary, Tynebridge CLP""", style="outlook"),
      tags=("quoted-reply", "confuser", "complaint-vs-dp"))

c.add("complaint", subject="URGENT - two child cap",
      sender=("Lauren Tait", "laurentait94@icloud.com"), date=d(),
      body="""URGENT PLEASE READ

I am a single mum of three. My youngest was born in 2019 so I get nothing for her. I work 22
hours at Greggs. Every month I'm £60 short before I've even bought the school shoes.

I voted for you lot because I thought you'd scrap it the first week. You haven't. Every time
I see the Prime Minister on the telly saying "tough choices" I want to scream. It's not a
tough choice for him.

Why is it still there? Is anybody in the Labour Party actually going to do anything or are
we just meant to wait? I want an answer not a leaflet.""",
      tags=("confuser", "complaint-with-urgent", "national-decision-complaint"))

c.add("complaint", subject="Photo on the CLP Instagram",
      sender=("Rob Kirkup", "robkirkup@gmail.com"), date=d(),
      body="""Hi,

Whoever runs the CLP Instagram posted a photo yesterday of our councillors grinning next to
the boss of Quayside Homes at the "ground-breaking" for the luxury flats on the old bus depot.
That's the same developer that got out of its affordable housing obligation on the last
scheme.

Half the members I know are furious. Can it come down and can we have a word with whoever
decides what goes on there? It makes us look bought.

Rob""",
      tags=())

c.add("complaint", subject="repairs",
      sender=("Jimmy Nesbitt", "jimmy.nesbitt@yahoo.co.uk"), date=d(),
      body="""Mark,

Said it at branch, saying it again here. This council has blood on its hands over the repairs
backlog. 2,000 homes with damp and mould reports outstanding and they're spending money on a
new logo for the Quayside. We'll get slaughtered in May in Coatsworth and Saltmeadows if we
don't do something and frankly we'll deserve it.

I want the CLP to write to the council leader. I'll draft it if nobody else will.

Jimmy""",
      tags=("hard-negative", "metaphor", "angry"))

c.add("complaint", subject="Your canvasser",
      sender=("Mr S. Armstrong", "s.armstrong.felling@gmail.com"), date=d(),
      body="""Dear Sir/Madam

On Saturday one of your canvassers, a young lad with a red lanyard, knocked at my door. When I
said I wasn't voting Labour this time because of the winter fuel business, he said "well
that's your funeral mate" and walked off laughing with his friend.

I'm 77. I don't expect to be spoken to like that on my own doorstep. I'd like you to have a
word with him.

S. Armstrong""",
      tags=("hard-negative", "benign-violent-word"))

c.add("complaint", also=["procedural"], subject="minutes??",
      sender=("Colin Bainbridge", "colin.bainbridge@ntlworld.com"), date=d(),
      body="""Mark

We have now had FOUR GCs without any minutes being circulated. We approved "last month's
minutes" in September without anybody having seen them, which makes a mockery of the whole
thing. Delegates are voting on decisions they can't check.

I'm raising it under matters arising at the next GC unless the minutes of June, July, August
and September are out before then. I don't say this lightly, I know you're a volunteer, but
it isn't good enough.

Colin Bainbridge
GC delegate, Felling Bank""",
      tags=("confuser", "complaint-vs-procedural"))

c.add("complaint", subject="Leaving",
      sender=("Siobhan Carr", "siobhan.carr@gmail.com"), date=d(),
      body="""Hi Mark,

Just to let you know I've cancelled my membership today. I've joined the Greens. I know that
will annoy people but I can't defend the welfare cuts and the stuff on immigration on the
doors any more, and I'm not going to pretend.

Thanks for everything you do - genuinely. This isn't about you.

Siobhan""",
      tags=("leaving",))

c.add("complaint", also=["query"], subject="Why weren't Deckham members told?",
      sender=("Yusuf Mohammed", "yusuf.m1985@hotmail.co.uk"), date=d(),
      body="""Assalamu alaikum Mark,

I've just found out there was a selection meeting for Deckham Hill last Thursday. Neither I,
my wife nor my brother - all members in Deckham for years - got any notice. I've checked my
spam. Two other families on our street also heard nothing. That's at least seven members who
couldn't vote.

How can that be allowed? Is there going to be a rerun, and if so when?

Yusuf""",
      tags=("confuser", "complaint-as-query", "selections"))

c.add("complaint", subject="Where is our MP?",
      sender=("Les Hindmarsh", "les.hindmarsh@btinternet.com"), date=d(),
      body="""Mark

Eight months. That's how long since Kate Lumsden last came to a GC. She was "unavoidably
detained in Westminster" in March, had a "constituency engagement" in May, and since then
nothing, not even an apology through you.

Members are entitled to hold their MP to account. That's the whole point of a GC. I want it
minuted at the next meeting that the GC has asked for her attendance and I want somebody to
explain what she's doing that's more important than the members who got her elected.

Les Hindmarsh""",
      tags=())

# =====================================================================================
# QUERY (16)
# =====================================================================================

c.add("query", subject="meeting",
      sender=("Brenda Lister", "brendalister@aol.com"), date=d(),
      body="""whens the next heworth vale meeting pet is it still at the welfare. bren""",
      tags=("short", "dialect"))

c.add("query", subject="Just moved - how do I get involved?",
      sender=("Tom Wheatley", "tom.wheatley@gmail.com"), date=d(),
      body="""Hi there,

I've just moved up from Leeds for work (new job at the hospital) and I'm now renting in Felling
Bank. I was fairly active in my old CLP - delivered, did some data entry, helped run a phone
bank. I've updated my address on Membersnet.

How do I get involved here? Is there a branch meeting coming up, or a campaign session I can
just turn up to?

Cheers,
Tom""",
      tags=("volunteering",))

c.add("query", subject="polling day - am I allowed?",
      sender=("Gemma Wake", "gemma.wake@outlook.com"), date=d(),
      body="""Hello,

I work for the council in the benefits team. I'd really like to help on polling day but a
colleague said council staff aren't allowed to do anything political. Is that right? I'm not
a manager - I'm a grade 5 officer. Could I still do telling or knock up in a different ward
from where I work?

Thanks,
Gemma""",
      tags=())

c.add("query", subject="Direct debit amount",
      sender=("Barry Lamb", "barry.lamb@sky.com"), date=d(),
      body="""Hi Mark, my DD to the party has gone up from £4.75 to £5.89 a month. Nobody told me.
I'm not fussed really but I'd like to know why - is that a national increase or have I been
moved off the reduced rate? Barry""",
      tags=("membership", "confuser", "query-with-grumble"))

c.add("query", subject="Ward",
      sender=("Agnieszka Wójcik", "agnieszka.wojcik@gmail.com"), date=d(),
      body="""Hello, I am new member. My address is 7 Gateside Court, NE10 8RJ. Please can you
tell me which ward is this and which branch I should go? Thank you very much.
Agnieszka""",
      tags=("non-native",))

c.add("query", subject="child poverty strategy",
      sender=("Hannah Moody", "hannah.moody@gmail.com"), date=d(),
      body="""Hi Mark,

I'm doing a short talk at our branch next month about child poverty in Tynebridge. Do you know
where I can find what the government has actually published on the child poverty strategy -
what's in it about the two-child limit, timescales, that kind of thing? And does the CLP or
the MP's office have local figures? I've found the End Child Poverty ones for the borough but
not by ward.

Thanks!
Hannah""",
      tags=("confuser", "info-request"))

c.add("query", subject="Assistance dog at GC",
      sender=("Michael Dunn", "michael.dunn@outlook.com"), date=d(),
      body="""Dear Mark,

I'm a new GC delegate for Saltmeadows. I'm visually impaired and have a guide dog, Bramble.
Can you confirm the Labour Club function room is OK with a dog? Also, would it be possible to
have the papers emailed in Word rather than PDF, as my screen reader copes better with them?

Many thanks,
Michael""",
      tags=("access",))

c.add("query", subject="New submission from Get in touch",
      sender=c.form_robot(), reply_to=("Joe Hall", "joe.hall77@gmail.com"), date=d(),
      body=c.webform({
          "Your name": "Joe Hall",
          "Your email": "joe.hall77@gmail.com",
          "Your message": """How do i contact my local councillor? theres a pothole on
Leam Lane that nearly had me off my bike. i dont know who my councillor is. i live near the
Heworth roundabout""",
      }, form="Get in touch"),
      tags=("webform", "public"))

c.add("query", subject="AGM - kids?",
      sender=("Rachel Forsyth", "rachel.forsyth@icloud.com"), date=d(),
      body="""Hi Mark,

I'd love to come to the AGM and maybe stand for something, but I've got a 4 and a 6 year old
and my partner works nights. Is it OK to bring them if they sit quietly with tablets at the
back? Or is there any childcare? I know some CLPs do a crèche.

Rachel""",
      tags=("access",))

c.add("query", subject="membersnet login",
      sender=("Norma Kell", "normakell@aol.com"), date=d(),
      body="""Dear Mark

I have been told to use Membersnet to see the GC papers but it says my email is not
recognised. I have used this email for years. Do you know who I should ask? I am not very
good with computers so step by step would be appreciated.

Norma Kell""",
      tags=("elderly",))

c.add("query", also=["procedural"], subject="conference delegate costs",
      sender=("Danielle Ord", "danielle.ord@gmail.com"), date=d(),
      body="""Hi Mark,

I'm thinking of putting my name forward to be one of our delegates to annual conference.
Before I do - does the CLP cover travel and accommodation, or is it self-funded? I couldn't
afford Liverpool hotel prices on my own. And is there a bursary from the region?

Danielle""",
      tags=("confuser", "procedural-as-query"))

c.add("query", subject="Re: GC - Thursday 7pm",
      sender=("Alan Teasdale", "a.teasdale@btinternet.com"), date=d(),
      body=c.quote_reply(
          """Is it the Welfare again? Not being funny but it was bloody freezing last time,
half of us sat in our coats. If it is I'll bring a flask. What time do the doors open?""",
          """Dear delegates,

The next General Committee is on Thursday at 7pm. Papers attached.

Mark""", style="gmail"),
      tags=("confuser", "query-with-grumble", "quoted-reply"))

c.add("query", subject="student - which CLP?",
      sender=("Priya Bhatt", "priya.bhatt@durham.example.ac.uk"), date=d(),
      body="""Hi,

I'm a student at Durham but my home address is in Deckham (I'm back in the holidays). Should I
be a member here or in Durham? Can I be active in both? I'd like to help with the council
elections here in May when I'm home.

Thanks, Priya""",
      tags=("student",))

c.add("query", also=["procedural"], subject="standing for council",
      sender=("Darren Shiel", "darren.shiel@gmail.com"), date=d(),
      body="""Mark, what's the process for getting on the panel to stand for the council? I've
been a member 3 years and the branch has been asking me to think about it for Coatsworth when
Pauline steps down. Is there an application, an interview, training? And when's the deadline
for the next round? Cheers, Daz""",
      tags=("confuser", "procedural-as-query", "selections"))

c.add("query", subject="application",
      sender=("Ioana Popescu", "ioana.popescu@yahoo.com"), date=d(),
      body="""Good afternoon,

I applied to join the Labour Party three weeks ago online and paid with my card but I
have not received any email or card. The money is taken. Can you check if my application is
received please? My name is Ioana Popescu, born 12.03.1991, address Flat 3, 22 Albion Road.

Thank you
Ioana""",
      tags=("non-native", "membership"))

c.add("query", subject="foodbank collection",
      sender=("Ruth Dobson", "ruthdobson@hotmail.co.uk"), date=d(),
      body="""Hello Mark

A friend told me the Felling Bank branch does a foodbank collection outside the Co-op once a
month. I'm not a member but I'd like to help or at least drop some things off. Who do I speak
to and when is the next one?

Ruth""",
      tags=("public",))

# =====================================================================================
# PROCEDURAL (12)
# =====================================================================================

c.add("procedural", subject="apols",
      sender=("Terry Brannigan", "terrybrannigan@gmail.com"), date=d(),
      body="""Mark, can you pass on my apologies for Thursday, on a back shift. Cheers Terry""",
      tags=("apologies", "short"))

c.add("procedural", subject="Motion for GC - Saltmeadows library",
      sender=("Eileen Graham", "eileen.graham@outlook.com"), date=d(),
      body="""Dear Mark,

Saltmeadows branch agreed the following motion last night for the next GC. Carried
unanimously (18 present).

"Tynebridge CLP notes the proposal by the council to close Saltmeadows and Coatsworth branch
libraries as part of the budget for next year.

The CLP believes that libraries in our most deprived wards are essential community spaces and
that any savings should not fall on the poorest neighbourhoods.

The CLP calls on the Labour group on the council to withdraw the closure proposal and to
consult with residents and staff on a community-run or shared-use alternative, and asks the
secretary to write to the council leader to that effect."

Proposed: Eileen Graham. Seconded: Maureen Coxon.

Eileen Graham, Secretary, Saltmeadows branch""",
      tags=("motion",))

c.add("procedural", subject="Emergency motion - Tyne Yard jobs",
      sender=("Frank Heppell", "frank.heppell@unite.example.org.uk"), date=d(),
      body="""Mark,

Following yesterday's announcement of 400 redundancies at Tyne Yard, could the following be
accepted as an emergency motion for Thursday's GC. I know the deadline for ordinary motions
passed but the announcement wasn't made until yesterday.

"This CLP stands in solidarity with the workers at Tyne Yard facing redundancy, calls on the
government to bring forward the naval support ship orders it has promised, and resolves to send
a delegation to the picket/public meeting organised by the unions."

If the GC agrees, we'd like to submit it to regional conference as a contemporary motion too.

Frank Heppell
Unite delegate to the CLP""",
      tags=("motion", "emergency-motion"))

c.add("procedural", subject="Heworth Vale branch - nominations for CLP officers",
      sender=("Linda Scorer", "linda.scorer@btinternet.com"), date=d(),
      body="""Mark,

Heworth Vale branch made the following nominations at last night's meeting for the CLP AGM:

Chair: Lynn Charlton
Vice-Chair (Campaigns): Stephen Robson
Secretary: Mark Dodds
Treasurer: Kath Milburn
Women's Officer: Aisha Rahman
Youth Officer: Callum Hedley
Political Education Officer: Hannah Moody

All nominees were contacted and agreed. Branch minutes to follow.

Linda
Secretary, Heworth Vale""",
      tags=("nomination",))

c.add("procedural", also=["query"], subject="Gaza motion?",
      sender=("Nadia Haddad", "nadia.haddad@gmail.com"), date=d(),
      body="""Hi Mark,

A few of us want to bring a motion on Gaza to the next GC - recognising Palestine properly,
arms sales, humanitarian access. Can we put it in as individual delegates or does it have to
come from a branch or an affiliate? And is there anything in the rules about what we can't
say? Last time someone mentioned a motion being "ruled out of order" and I'd rather avoid that.

We have a draft. Happy to send it.

Nadia""",
      tags=("confuser", "procedural-as-query", "motion"))

c.add("procedural", subject="Fwd: Deckham Hill branch minutes",
      sender=("Aftab Hussain", "aftab.hussain@live.co.uk"), date=d(),
      body=c.forward(
          "Mark, minutes below as requested for the GC file. Aftab",
          """DECKHAM HILL BRANCH - MINUTES
Held at Deckham Community Centre, Monday, 7pm. 14 present.

1. Apologies: J. Cowie, S. Elliott.
2. Minutes of previous meeting: agreed.
3. Councillor report (Cllr Surtees): update on the Deckham Park play area; bin collection
   changes from next month.
4. Campaigning: canvassing Saturdays 10.30 from the community centre. Board 3 (Sheriff's
   Highway) still to do.
5. Motions: none.
6. GC delegates' report: noted.
7. AOB: Christmas social to be arranged - Aftab to ask the Lakeside.

Next meeting: first Monday next month.""",
          "Aftab Hussain <aftab.hussain@live.co.uk>", "Minutes - Deckham Hill branch", style="gmail"),
      tags=("forwarded", "minutes"))

c.add("procedural", subject="Youth officer's report for GC",
      sender=CALLUM, date=d(), fmt="alt",
      body="""hiya Mark here's my report for the GC papers

YOUTH OFFICER'S REPORT
- Young Labour social at the Labour Club last month - 11 came, 4 were new members
- we did two campaign sessions in Felling Bank with the under-27s, about 300 doors
- some of us are going to the Young Labour regional day in Newcastle on the 18th, CLP paid
  for the train tickets (thanks Kath)
- still trying to get a Young Labour rep onto each branch, Deckham and Heworth have one, the
  other two don't yet

any questions gimme a shout
Callum""",
      tags=("report",))

c.add("procedural", subject="Selection timetable - Tynebridge council elections",
      sender=("North Regional Office", "northregion@labour.example.org.uk"), date=d(),
      body="""Dear Mark,

Please find below the timetable agreed by the Local Campaign Forum for the outstanding council
selections in Tynebridge CLP. Please circulate to all members in the affected wards and confirm
to me when this has been done.

Heworth Vale (vacancy):
  Applications open: Monday 3rd
  Applications close: Friday 14th, 12 noon
  Shortlisting: week commencing 17th
  Selection meeting: Thursday 27th, 7pm (venue TBC by CLP)

Felling Bank:
  Selection meeting: Tuesday 21st, 7pm

Members must have been members in good standing for six months at the freeze date to vote.
The freeze date is the 1st.

Regards,
Claire Moat
Organiser, North Regional Office""",
      tags=("selections", "from-region"))

c.add("procedural", subject="Conference delegate nomination",
      sender=AISHA, date=d(),
      body="""Dear Mark,

I'd like to put myself forward as one of the CLP's delegates to annual conference (women's
place). My supporting statement, for the ballot paper if there is one:

"I've been the CLP Women's Officer for two years and a member of the Heworth Vale branch since
2016. At conference I'll vote in line with the GC's mandates, report back in full to the GC and
the branches, and prioritise the debates on childcare, violence against women and girls, and
the cost of living. I'll make sure our motion on the library closures is heard in the
local government session if it's prioritised."

Nominated by Heworth Vale branch (minute attached) and by Linda Scorer.

Aisha""",
      tags=("nomination", "delegates"))

c.add("procedural", also=["query"], subject="Heworth motion - in time?",
      sender=("Paul Bewick", "paul.bewick@hotmail.com"), date=d(),
      body="""Mark,

Standing Order 9 says motions have to be with the secretary 14 clear days before the GC. The
Heworth Vale motion on the Metro fares came in on the 4th and the GC is on the 16th. By my
count that's out of time. I'd ask that it's either held over to next month or taken as a
late motion only if the GC votes to suspend standing orders, which needs two-thirds.

Can you confirm how you intend to handle it?

Paul Bewick
Chair, Standing Orders Committee""",
      tags=("standing-orders", "confuser", "procedural-as-query"))

c.add("procedural", subject="Stepping down as branch secretary",
      sender=("Aftab Hussain", "aftab.hussain@live.co.uk"), date=d(),
      body="""Mark,

Just to let you know formally that I'm stepping down as secretary of Deckham Hill branch at the
end of this month - new job, lots of evening travel. I'm staying a member and I'll still
deliver.

The branch will need to elect a replacement at the next meeting. Can you let me know what has
to happen - does it need to be notified to the CLP or region? I'll hand over the files and
the branch email login to whoever takes over.

Aftab""",
      tags=("officer-vacancy",))

c.add("procedural", subject="Affiliation - GMB Tynebridge General branch",
      sender=("GMB Tynebridge General", "tynebridge.general@gmb.example.org.uk"), date=d(),
      body="""Dear Secretary,

The GMB Tynebridge General branch wishes to affiliate to Tynebridge CLP for the coming year in
respect of 120 members resident in the constituency, and to appoint the following delegates to
the General Committee:

  Frances Gibson
  Kwame Osei

The affiliation fee will be paid by the region. Please confirm the delegates will be added to
the GC list from the next meeting.

Yours fraternally,
J. Hetherington
Branch Secretary""",
      tags=("affiliates", "delegates"))

# =====================================================================================
# DATA-PROTECTION (6)
# =====================================================================================

c.add("data-protection", subject="text message",
      sender=("Carl Marley", "carlmarley@gmail.com"), date=d(),
      body="""Why have you got my phone number?

I got a text this morning saying "Hi Carl, it's Kate Lumsden's team. Can we count on your
support on Thursday?" I've never given my number to the Labour Party or to Kate Lumsden. I'm
not a member. I'd like to know where you got it and I'd like it deleted.""",
      tags=("confuser", "dp-no-legal-words"))

c.add("data-protection", also=["complaint"], subject="Delete me",
      sender=("Gordon Pyle", "gordon.pyle@btinternet.com"), date=d(),
      body="""Mark,

I've resigned from the party (you'll have had that from head office by now). I want every
record the CLP holds on me deleted - the branch contact list, the WhatsApp groups, canvassing
records, any emails. I do not want to be contacted again by anybody from Tynebridge Labour,
not for money, not for "we miss you", nothing.

Please confirm when it's done.

Gordon Pyle""",
      tags=("erasure", "confuser", "dp-no-legal-words"))

c.add("data-protection", subject="my address on your facebook",
      sender=("Stacey Hume", "staceyhume@hotmail.co.uk"), date=d(),
      body="""hi, why is my name and address on the tynebridge labour facebook page??? theres a
post from Cllr Surtees saying shes "got the council out to fix the damp at Stacey Hume's flat,
12 Tarset Court" with a picture of my front door. i never said she could put that up. i live on
my own with my little girl. please take it down today""",
      tags=("confuser", "dp-no-legal-words", "published-without-consent"))

c.add("data-protection", subject="Lost USB stick",
      sender=DAVE, date=d(),
      body="""Mark,

I'm embarrassed to be writing this. I think I left a USB stick on the Metro on Monday night
(Yellow line, between Heworth and Monument). It had the Felling Bank and Heworth Vale
membership lists on it - names, addresses, phone numbers, emails, and membership status. It
wasn't encrypted. I've rung Nexus lost property twice and nothing's been handed in.

I know this is a data breach. What do we do - does region need to know, or the party's data
protection team? I'll do whatever's needed.

Dave""",
      tags=("breach",))

c.add("data-protection", subject="complaint file",
      sender=("Jenny Oxley", "jenny.oxley@outlook.com"), date=d(),
      body="""Dear Mark,

Last year a complaint was made about me to the EC by another member (I think you know the
one). It was dismissed, but I was never shown what was actually said about me or what the EC
wrote down. I'd like to see a copy of whatever the CLP has about it - the complaint, any notes,
emails between officers about me. Is that something you can send?

Jenny Oxley""",
      tags=("confuser", "dp-no-legal-words", "sar"))

c.add("data-protection", subject="Please take me off the canvass list",
      sender=("Louise Telford", "l.telford@icloud.com"), date=d(),
      body="""Hello,

I've recently moved to the Saltmeadows area for personal reasons and I'd prefer it if my name
and new address weren't on any list your canvassers or volunteers use. I'm happy to still get
a leaflet through the door but I don't want people knocking or knowing my name, and I don't
want my details shared with anyone.

Can you confirm that's been done?

Louise""",
      tags=("confuser", "dp-no-legal-words"))

# =====================================================================================
# BULK (12)
# =====================================================================================

c.add("bulk", subject="Invitation: Executive Committee @ Tue 7pm - 9pm (GMT) (tynebridgeclp.secretary@gmail.com)",
      sender=("Lynn Charlton (Google Calendar)", "calendar-notification@google.com"),
      reply_to=LYNN, date=d(), fmt="alt",
      body="""Lynn Charlton has invited you to this event.

Executive Committee
When: Tuesday 7pm - 9pm (GMT) - London
Where: Miners' Welfare, Heworth Vale
Guests: Lynn Charlton (organiser), Stephen Robson, Kath Milburn, Mark Dodds, Aisha Rahman,
Callum Hedley, Dave Armstrong

Reply for tynebridgeclp.secretary@gmail.com: Yes - Maybe - No - More options

Invitation from Google Calendar. You are receiving this email because you are an attendee on
the event.""",
      tags=("confuser", "robot-looks-personal", "robot-no-list-headers", "notification"))

c.add("bulk", subject="Out of Office: Casework query - Mrs Hume",
      sender=("Lumsden, Kate - Office", "kate.lumsden.office@parliament.example.uk"),
      headers=c.autoreply_headers("exchange"), date=d(),
      body="""Thank you for contacting the office of Kate Lumsden MP.

The office is closed for staff training today. We will respond to your email as soon as
possible. If you need urgent help with an immigration matter please call the office on
0191 555 0900 from 10am tomorrow.

Please note that Kate can only take up cases from constituents of Tynebridge.""",
      tags=("autoreply",))

c.add("bulk", raw=c.bounce("stephen.robson@ouremailhost.example.net",
                           reason="552 5.2.2 <%s>: Mailbox full",
                           subject="Mail delivery failed: returning message to sender",
                           orig_subject="GC papers - Thursday"),
      body="", tags=("bounce",))

c.add("bulk", subject="Labour North: the Metro, the shipyard and your May campaign",
      sender=("Labour North", "news@labournorth.example.org.uk"),
      headers=c.newsletter_headers("NationBuilder"), date=d(), fmt="html",
      body="""<html><body style="font-family:Arial">
<h1 style="color:#d50000">Labour North</h1>
<h2>Fight for every vote in May</h2>
<p>With five months to go, our target wards across the region need you. This month we're
running action days in Sunderland, Gateshead and Tynebridge. Hit the doors with us!</p>
<h2>Metro: new trains, new fares</h2>
<p>Our regional mayor has frozen fares for another year. Download the leaflet template for your
ward from the resources page.</p>
<h2>Standing up for Tyne Yard</h2>
<p>We stand with the workforce. Sign the petition.</p>
<p style="font-size:11px">Promoted by Labour North. You're receiving this as a CLP officer.
<a href="#">Unsubscribe</a></p>
</body></html>""",
      tags=("newsletter", "hard-negative", "benign-violent-word"))

c.add("bulk", subject="Kath Milburn shared \"Accounts 2026\" with you",
      sender=("Dropbox", "no-reply@dropbox.com"), date=d(),
      body="""Hi Mark,

Kath Milburn (kathmilburn@gmail.com) invited you to edit the folder "Accounts 2026".

Go to folder

Enjoy!
The Dropbox team""",
      tags=("confuser", "robot-looks-personal", "robot-no-list-headers", "notification"))

c.add("bulk", subject="Your campaign \"Tynebridge Labour - Autumn News\" has been sent",
      sender=("Mailchimp", "no-reply@mailchimp.com"), date=d(),
      body="""Your campaign has been sent!

Campaign: Tynebridge Labour - Autumn News
Sent to: 1,842 recipients in "Tynebridge supporters"

View report: opens, clicks and bounces will appear here over the next 24 hours.

Mailchimp, 405 N Angier Ave NE, Atlanta, GA 30308 USA""",
      tags=("notification", "robot-no-list-headers"))

c.add("bulk", subject="Mark, can you chip in?",
      sender=("Labour Party", "info@labour.example.org.uk"),
      headers=c.newsletter_headers("NationBuilder"), date=d(),
      body="""Mark,

I'll keep this short.

The other side have more money than us. They always do. But what they don't have is people
like you.

Will you chip in £5 today to help us reach voters in the places that matter most?

Chip in £5 -> 
Chip in £10 ->

Thank you,
Anna
Labour Party

Promoted by the Labour Party. If you'd rather not receive emails like this, unsubscribe.""",
      tags=("confuser", "robot-looks-personal", "fundraising"))

c.add("bulk", subject="Someone new signed your petition: Save Saltmeadows Library",
      sender=("Action Network", "petitions@actionnetwork.org"),
      headers=c.newsletter_headers("Action Network"), date=d(),
      body="""Save Saltmeadows Library

New signature from Carol W. (Tynebridge)
Total signatures: 1,317

"My kids learnt to read in that library."

Manage your petition | Download signatures

You're receiving this because you created this petition on Action Network.""",
      tags=("notification",))

c.add("bulk", subject="[tyneside-tuc] March and rally - Saturday, Monument 12 noon",
      sender=("Sue Fairley", "sue.fairley@tynesidetuc.example.org.uk"),
      to="tyneside-tuc@lists.tynesidetuc.example.org.uk", date=d(),
      headers=c.list_headers("tyneside-tuc", domain="lists.tynesidetuc.example.org.uk"),
      body="""Brothers and sisters,

A reminder that the march against the Tyne Yard redundancies assembles at Monument at 12 noon
this Saturday, marching to the Quayside for a rally at 1pm. Speakers include the Unite and GMB
regional secretaries and a shop steward from the yard.

Please bring your banners. Stewards please meet at 11.15 at the Grey's Monument side.

Solidarity,
Sue
Secretary, Tyneside TUC

_______________________________________________
tyneside-tuc mailing list
To unsubscribe send a message to tyneside-tuc-leave@lists.tynesidetuc.example.org.uk""",
      tags=("list",))

c.add("bulk", subject="Your enquiry - reference CRM-4491827",
      sender=("Tynebridge Council", "donotreply@tynebridge-council.example.gov.uk"), date=d(),
      body="""Thank you for contacting Tynebridge Council.

Your enquiry has been logged with reference CRM-4491827. We aim to respond within 10 working
days. Please quote your reference number in any further correspondence.

Subject: Saltmeadows Library consultation - request for meeting

Please do not reply to this email as this mailbox is not monitored.""",
      tags=("robot-no-list-headers", "autoreply"))

c.add("bulk", subject="Trending in Saltmeadows: bins, a lost cat and the library",
      sender=("Nextdoor Saltmeadows", "no-reply@rs.email.nextdoor.com"),
      headers=c.newsletter_headers(), date=d(), fmt="html",
      body="""<html><body>
<h3>Trending near you</h3>
<p><b>Bin day changes?</b> - Pam, Saltmeadows · 42 replies<br>"Has anyone else's brown bin
not been emptied since the changes?"</p>
<p><b>LOST: grey tabby, answers to Mo</b> - Daniel, Coatsworth · 18 replies</p>
<p><b>Library closure meeting</b> - Maureen, Saltmeadows · 96 replies<br>"Everybody needs to be
at the Civic Centre on the 12th. Make some noise!"</p>
<p><a href="#">See all posts</a> · <a href="#">Unsubscribe</a></p>
</body></html>""",
      tags=("social", "digest"))

c.add("bulk", subject="Your order has been dispatched",
      sender=("Viking", "orders@viking-direct.example.co.uk"), date=d(),
      body="""Hello Mark Dodds,

Good news - your order 30148822 has been dispatched and will be delivered tomorrow.

1 x HP 305 ink cartridge, black
2 x 2nd class stamps, book of 50
1 x A4 copier paper, 5 reams

Track your order: https://viking-direct.example.co.uk/track

Viking, part of the Office Depot group.""",
      tags=("notification", "robot-no-list-headers"))

# =====================================================================================
# OTHER (8)
# =====================================================================================

c.add("other", subject="Thank you for having me",
      sender=("Prof. Anne Lowther", "a.lowther@northumbria.example.ac.uk"), date=d(),
      body="""Dear Mark,

Thank you very much for inviting me to speak at the political education evening last night.
I enjoyed the questions enormously - particularly the gentleman who had worked at the yard in
the seventies and remembered the 1977 nationalisation better than I did. If any of your members
want the slides, they're welcome to them.

With best wishes,
Anne""",
      tags=("thanks",))

c.add("other", subject="junior membership",
      sender=("Julie Brough", "juliebrough@hotmail.com"), date=d(),
      body="""Hi, is this Tynebridge Cricket Club? My son is 11 and wants to join the juniors for
the summer. How much is it and when are nets? Thanks Julie""",
      tags=("misdirected", "confuser", "other-as-query"))

c.add("other", subject="A bit of news",
      sender=LYNN, date=d(),
      body="""Mark,

I wanted you to hear it from me before the gossip starts. I'm going into the Freeman for my
knee replacement on the 3rd - they had a cancellation. I'll be out of action for about six
weeks and probably grumpy with it. Stephen's said he'll chair the GC and the EC while I'm off,
I've already spoken to him.

I'll still be on email but I'll be on the good painkillers so don't expect sense.

Lynn""",
      tags=("personal-news",))

c.add("other", subject="Sad news - Cllr Ray Hewitson",
      sender=("Pam Storey", "secretary.jarrowside.labour@gmail.com"), date=d(),
      body="""Dear Mark,

I'm writing as secretary of Jarrowside CLP with sad news you may already have heard. Ray
Hewitson, who represented Coatsworth for your CLP for twenty years before moving to us, died at
home last night. He was 83.

His family have asked me to let people know. The funeral will be at St Mary's, Heworth, with
details to follow. I know many of your older members will remember him fondly.

With best wishes,
Pam""",
      tags=("condolence",))

c.add("other", subject="Candidate headshots",
      sender=("Lee Carruthers", "lee@leecarruthersphoto.example.co.uk"), date=d(),
      body="""Hi Mark,

I'm a freelance photographer based in Heworth - I did the photos for Cllr Surtees' leaflets a
couple of years back. With the council elections coming up, I'm offering candidate headshot
sessions: £40 per candidate, or £250 for up to eight if you book a morning at the Labour Club.
Natural light, edited and ready for print within 48 hours.

Happy to send examples. No hard sell - just thought it might be useful.

Lee""",
      tags=("sales-from-person",))

c.add("other", subject="Saturday",
      sender=("Gerry Donnelly", "gerrydonnelly@btinternet.com"), date=d(),
      body="""Mark - few of us are going to the Labour Club after canvassing on Saturday, about
1ish, for a pint and a bacon sandwich. Come along if you're about, you look like you need it.
Ger""",
      tags=("social",))

c.add("other", also=["query"], subject="Research request - local parties",
      sender=("Olu Adebayo", "o.adebayo@newcastle.example.ac.uk"), date=d(),
      body="""Dear Mr Dodds,

I'm a PhD student at Newcastle researching how volunteer officers in local political parties
manage their workload. I'm interviewing CLP secretaries from all the main parties across the
North East. Interviews take about 45 minutes, can be online, and everything is anonymised.

Would you be willing to take part? I've attached the participant information sheet and my
supervisor's details.

Kind regards,
Olu Adebayo""",
      tags=("confuser", "other-as-query", "research"))

c.add("other", subject="thanks for the lift",
      sender=("Margaret Reay", "margaret.reay@sky.com"), date=d(),
      body="""Mark pet thank you for the lift home on Saturday in all that rain, you're a good
lad. Bob says hello and he says he's still cross about the welfare vote but not with you. Enjoy
the scones.
Margaret""",
      tags=("thanks", "dialect"))

c.write()
