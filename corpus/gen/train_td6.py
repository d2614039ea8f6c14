"""train/td6: queries that sit close to procedural / data-protection / other (Ashbourne & Dale CLP). Hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "td6", seed=1406)
SEC = "%s <%s>" % c.secretary()


def pair():
    """(reply date, earlier date of the quoted/forwarded message)."""
    d = c.rng.randrange(3, 320)
    return c.date(days_back=d), c.date(days_back=d + c.rng.randrange(1, 10))


AGM_NOTICE = """Dear member,

The Annual General Meeting of Ashbourne & Dale CLP will be held on Saturday 7 March at 11am at
Crossford Village Hall. All members of eight weeks' standing are welcome to attend and vote.

We will elect the CLP officers and Executive Committee for the coming year. Nomination forms are
attached and must be returned by 20 February.

Helen Pryce
Secretary, Ashbourne & Dale CLP"""

# 1 how do motions get to conference
c.add("query", also=["procedural"], subject="How does a motion get to Labour conference?",
      sender=c.person("Martin", "Bradshaw"),
      body="""Hello Helen,

Probably a basic question but I joined last year and nobody's ever explained it. If our branch
wanted something debated at national conference - say on rural bus services - how does that
actually work? Does the branch send it to you, then the GC votes, then it goes to conference? Is
there a deadline? And is there any chance it actually gets debated, or is it all stitched up in
advance?

Thanks,
Martin Bradshaw (Upper Dale)""",
      tags=("confuser", "query-near-procedural"))

# 2 when is the AGM
c.add("query", subject="AGM date?",
      sender=c.person("Ruth", "Allsop"),
      body="When's the AGM this year? Trying to sort my diary for March. Ruth",
      tags=("confuser", "query-near-procedural", "one-line"))

# 3 update address on membership system
c.add("query", subject="Change of address",
      sender=c.person("Graham", "Slater"),
      body="""Hi,

I've moved from Stanbrook to Millthorpe (still in Ashbourne & Dale). How do I update my address on
the membership system? I tried logging into Membersnet but it says my email isn't recognised - I
think I originally joined with my old work email. Do I need to ring someone?

Graham Slater""",
      tags=("confuser", "query-near-dp", "membership"))

# 4 how do I become a GC delegate
c.add("query", also=["procedural"], subject="Becoming a GC delegate",
      sender=c.person("Priti", "Desai"),
      body="""Hi Helen, I'd like to get more involved. How does someone become a delegate to the General
Committee? Is it elected by the branch, and when? I'm in Hollowdale branch, which I don't think has
met since I joined. Thanks, Priti""",
      tags=("confuser", "query-near-procedural"))

# 5 motions deadline (URGENT in subject)
c.add("query", subject="URGENT - deadline for motions?",
      sender=c.person("Dave", "Hollins"),
      body="""Helen - what's the deadline for motions for the next GC? Our branch meets Wednesday and we want to
pass one on the quarry lorries. Don't want to miss it.

Dave""",
      tags=("confuser", "query-with-urgent", "query-near-procedural"))

# 6 vote at AGM if in arrears
c.add("query", subject="Can I still vote at the AGM?",
      sender=c.person("Sandra", "Beresford"),
      body="""Dear Helen,

My direct debit failed in December because I changed banks and I've only just noticed. I've now
paid what I owed online. Will I still be able to vote at the AGM on 7 March, or is there a cut-off?

Many thanks,
Sandra Beresford""",
      tags=("confuser", "query-near-procedural", "membership"))

# 7 can I nominate myself, how
c.add("query", also=["procedural"], subject="nominating myself?",
      sender=c.person("Amara", "Nwosu"),
      body="""Hi, I'm interested in the women's officer role. Am I allowed to nominate myself or does someone
else have to? And does it have to go through my branch? I don't want to step on anyone's toes if
there's already someone lined up. Thanks! Amara""",
      tags=("confuser", "query-near-procedural"))

# 8 AGM venue, parking, step-free
D, Q = pair()
c.add("query", subject="Re: AGM notice",
      sender=c.person("Peter", "Gould"),
      body=c.quote_reply("""Helen, thanks for this. Is there parking at Crossford Village Hall, and is it step-free inside? My
wife uses a wheelchair and would like to come. If not we'll stay home and send apologies.

Peter""", AGM_NOTICE, style="gmail", quoted_date=Q),
      date=D, tags=("confuser", "query-near-procedural", "access", "quoted"))

# 9 can't log into Membersnet to change email
c.add("query", subject="Membersnet login",
      sender=c.person("Linda", "Whitworth"),
      body="""I'm trying to change my email on membersnet as I'm closing my btinternet account. It keeps sending the
password reset to the old address which I can't get into much longer. What do I do?? Linda Whitworth
membership no. A2288104""",
      tags=("confuser", "query-near-dp", "membership"))

# 10 who can see my number on the canvassing app (also data-protection)
c.add("query", also=["data-protection"], subject="Canvassing app question",
      sender=c.person("Owen", "Marsden"),
      body="""Hi Helen,

I'm about to start doing some door-knocking for the first time. When I log into the app, who can
see my phone number and address - just the organisers, or other volunteers too? I'd just like to
know before I sign up properly.

Cheers,
Owen""",
      tags=("confuser", "query-near-dp"))

# 11 stop paper letters (also data-protection)
c.add("query", also=["data-protection"], subject="Paper letters",
      sender=c.person("Rosemary", "Tunnicliffe", provider="btinternet.com"),
      body="""Dear Helen,

Is it possible to stop receiving things from the party by post and just have them by email? I'm
trying to cut down on paper. I still want to hear everything, I just don't need it twice.

Kind regards,
Rosemary Tunnicliffe""",
      tags=("confuser", "query-near-dp"))

# 12 bring non-member husband to AGM
c.add("query", subject="Bringing my husband",
      sender=c.person("Joanne", "Fearn"),
      body="Hi Helen, can I bring my husband to the AGM? He's not a member (yet!) but he's interested. He won't vote obviously. Jo",
      tags=("confuser", "query-near-procedural", "guest"))

# 13 is the GC on Zoom
c.add("query", subject="GC on Zoom?",
      sender=c.person("Ben", "Hadfield"),
      body="Is Thursday's GC hybrid or in person only? I'm stuck in Sheffield till 7 and could join online if there's a link. Ben (Crossford delegate)",
      tags=("confuser", "query-near-procedural"))

# 14 what's a composite motion
c.add("query", subject="composite??",
      sender=c.person("Kayleigh", "Mellor"),
      body="""Sorry if this is a stupid question but at the GC someone kept saying our motion would probably
"get composited" at conference. What does that mean? Is that good or bad? I didn't want to ask in
the meeting and look daft. Kayleigh""",
      tags=("confuser", "query-near-procedural"))

# 15 transfer membership from Leeds
c.add("query", subject="Transferring from Leeds Central",
      sender=c.person("Femi", "Adebayo"),
      body="""Hello,

I've just moved to Ashbourne from Leeds for work. I was an active member in Leeds Central CLP (branch
secretary for two years). How do I transfer my membership to Ashbourne & Dale? Is it automatic
when I change my address, or do I need to do something? And which branch would I be in - I'm on
Compton Street.

Best,
Femi Adebayo""",
      tags=("membership", "which-branch"))

# 16 where are last GC minutes
c.add("query", subject="Minutes of last GC",
      sender=c.person("Ann", "Goodwin"),
      body="""Helen, where can I find the minutes of the last GC? I missed it and want to see what was decided on
the Stanbrook surgery motion. Are they on the website or do they only go to delegates? Ann""",
      tags=("confuser", "query-near-procedural"))

# 17 which branch am I in
c.add("query", subject="Which branch?",
      sender=c.person("Stephen", "Gratton"),
      body="""Hi there, I live in Brassington Lane, just outside Hollowdale. Am I in the Hollowdale branch or the Dale
Villages one? I'd like to start going to meetings. When do they meet? Thanks, Steve""",
      tags=("which-branch",))

# 18 how many delegates does our branch get
c.add("query", also=["procedural"], subject="Delegate numbers",
      sender=c.person("Gillian", "Cope"),
      body="""Hi Helen,

How many GC delegates is Millthorpe branch entitled to this year? We've grown a bit (I think we're
about 70 now) and I want to make sure we elect the right number at our branch AGM next month.

Gillian Cope
Branch secretary""",
      tags=("confuser", "query-near-procedural"))

# 19 quorum for a branch meeting (also procedural)
c.add("query", also=["procedural"], subject="quorum",
      sender=c.person("Nigel", "Bowden"),
      body="what's the quorum for a branch meeting? we had 6 last night and weren't sure if we could vote on anything. Nigel (Dale Villages chair)",
      tags=("confuser", "query-near-procedural"))

# 20 how do I send apologies (also procedural)
c.add("query", also=["procedural"], subject="Apologies - who do I send them to?",
      sender=c.person("Catherine", "Gee"),
      body="""Hi, new GC delegate here. If I can't make a meeting, do I send apologies to you or to my branch
secretary? And do I need to send them before the day? (I can make Thursday, this is for future
reference!) Catherine""",
      tags=("confuser", "query-near-procedural"))

# 21 hustings for delegate elections
c.add("query", subject="Conference delegate - hustings?",
      sender=c.person("Robin", "Etches"),
      body="""Helen,

Will there be a hustings or statements for the conference delegate election? I'm thinking of
standing but I don't want to if it's just a popularity contest among people who already know each
other. How many people usually stand?

Robin""",
      tags=("confuser", "query-near-procedural"))

# 22 deadline for council candidate panel
c.add("query", subject="Council candidate panel",
      sender=c.person("Harjit", "Singh"),
      body="""Dear Secretary,

I am interested in standing as a Labour candidate in the 2027 district council elections. When is
the deadline to apply to the Local Campaign Forum panel, and where can I find the application
form? Do I need to have been a member for a certain length of time?

Regards,
Harjit Singh""",
      tags=("confuser", "query-near-procedural", "selections"))

# 23 what does the political education officer do
c.add("query", subject="Political education officer - what's involved?",
      sender=c.person("Lucy", "Marriott"),
      body="""Hi Helen,

I saw the political education officer post is vacant. What does the role actually involve, and how
much time does it take? I'm a teacher so I'm quite busy in term time, but I love the idea of
organising talks and reading groups. If it sounds doable I might put my name forward.

Lucy""",
      tags=("confuser", "query-near-procedural"))

# 24 membership card
c.add("query", subject="membership card not arrived",
      sender=c.person("Darren", "Stubbs"),
      body="joined 6 weeks ago, still no card. is that normal? do i need it to go to meetings? cheers darren",
      tags=("membership",))

# 25 reduced rate
c.add("query", subject="Reduced rate for pensioners?",
      sender=c.person("Brian", "Gregory", provider="btinternet.com"),
      body="""Dear Helen,

I retired in the summer and my income has dropped considerably. Is there a reduced membership rate
for pensioners, and if so how do I change to it? I pay by direct debit.

Yours,
Brian Gregory""",
      tags=("membership",))

# 26 can 15-year-olds join
c.add("query", subject="Can my son join?",
      sender=c.person("Alison", "Fowler"),
      body="""Hello, my son is 15 and very keen (he's been watching PMQs on YouTube, I don't know where we went
wrong). Can he join the party at 15, and is there anything for young members round here? We're in
Crossford. Thanks, Alison""",
      tags=("membership", "young-member"))

# 27 large print agenda
c.add("query", subject="Large print",
      sender=c.person("Dorothy", "Bagshaw", provider="aol.com"),
      body="""Dear Mrs Pryce,

My eyesight is not what it was. Would it be possible to have the AGM papers in large print, or
posted rather than emailed? I find the small type on the computer very hard.

Thank you,
Dorothy Bagshaw""",
      tags=("access", "elderly", "confuser", "query-near-procedural"))

# 28 BSL interpreter
c.add("query", subject="BSL interpreter for AGM",
      sender=c.person("Kerry", "Fox"),
      body="""Hi Helen,

I'm Deaf and a BSL user. Would it be possible to book an interpreter for the AGM? I'd really like to
come and take part properly. If it helps, I can recommend a local agency. How much notice would you
need?

Thanks,
Kerry Fox""",
      tags=("access",))

# 29 how to get the conference delegate to raise an issue
c.add("query", subject="Who's our conference delegate?",
      sender=c.person("Phil", "Hand"),
      body="""Helen, who are the CLP's delegates to conference this year, and is there a way for an ordinary
member to ask them to raise something or vote a particular way? I feel very strongly about the
winter fuel issue and I'd like to know how they'll vote. Phil""",
      tags=("confuser", "query-near-procedural"))

# 30 getting a report from councillor to GC
c.add("query", subject="Councillor reports to the GC",
      sender=c.person("Maria", "Kowalczyk"),
      body="""Hello Helen,

Do our district councillors report to the GC regularly? I live in Stanbrook and I've never heard
anything from ours about the surgery closure. Is there a way members can ask for a councillor to
come and report, or can I only do that through my branch?

Maria""",
      tags=("confuser", "query-near-procedural"))

# 31 union rep: how does the union get delegates
c.add("query", also=["procedural"], subject="Union delegates to the GC",
      sender=c.person("Lee", "Chadwick"),
      body="""Hi Helen,

I'm the new Unison branch secretary for Derbyshire Dales health. I'm told we used to have delegates
on the CLP GC but nobody's gone for years. How do we get that going again - do we need to affiliate
again, and how many delegates would we get? What paperwork do you need from us?

Lee Chadwick""",
      tags=("confuser", "query-near-procedural", "affiliate"))

# 32 can I do the ward report
c.add("query", subject="ward report",
      sender=c.person("Sarah", "Jepson"),
      body="Hi Helen, our branch secretary is ill at the moment. Is it OK if I give the Crossford report at the GC instead, or does it have to be an officer? Sarah",
      tags=("confuser", "query-near-procedural"))

# 33 how to put forward a motion about the bus
c.add("query", also=["procedural"], subject="Motion about the 442 bus",
      sender=c.person("Tom", "Needham"),
      body="""Hello,

The 442 bus is being cut to every two hours from April and it's a disaster for Upper Dale. I'd like
the party to do something. How do I put forward a motion? Do I need a seconder? Is there a form?
I've never done one before so a template would be brilliant.

Tom Needham""",
      tags=("confuser", "query-near-procedural"))

# 34 how do I find out what data the party holds (also data-protection)
c.add("query", also=["data-protection"], subject="Finding out what's held about me",
      sender=c.person("Angela", "Bunting"),
      body="""Hi Helen,

Just a general question - if a member wanted to find out what information the party holds about
them, who would they ask? Is it you, or the national party? I don't need it right now, I'm just
curious how it works after a conversation at branch.

Angela""",
      tags=("confuser", "query-near-dp"))

# 35 booking holidays, AGM date fixed?
c.add("query", subject="AGM - date fixed yet?",
      sender=c.person("Keith", "Boden"),
      body="""Helen, is the AGM definitely 7 March? We're trying to book a holiday and my wife says if I miss
another AGM she'll "nominate me for everything". Cheers, Keith""",
      tags=("confuser", "query-near-procedural"))

# 36 quoted reply to AGM notice
D, Q = pair()
c.add("query", also=["procedural"], subject="Re: AGM notice",
      sender=c.person("Nasreen", "Akhtar"),
      body=c.quote_reply("""Thanks Helen. Is this the meeting where we also elect delegates to annual conference, or is that
separate? I'd like to stand for that but not for the EC.

Nasreen""", AGM_NOTICE, style="outlook", quoted_date=Q),
      date=D, tags=("confuser", "query-near-procedural", "quoted"))

# 37 web form: how do I join
c.add("query", subject="New submission: Contact us",
      sender=c.form_robot(), reply_to=("Callum Birch", "callum.birch@outlook.com"),
      body=c.webform({
          "Name": "Callum Birch",
          "Email": "callum.birch@outlook.com",
          "Postcode": "DE6 0XX",
          "Message": "Hi, I'd like to join and help out at the next election. Do I join online nationally\n"
                     "or through you? And is there anyone local I can talk to first?",
      }),
      tags=("membership", "webform"))

# 38 URGENT subject, ordinary question
c.add("query", subject="URGENT!!! nomination form",
      sender=c.person("Julie", "Allen"),
      body="""Helen sorry to bother you, where do I find the nomination form for the EC? I can't see it attached to
the AGM email. Is it on the website? The deadline's not till the 20th so no massive rush really!!
Julie""",
      tags=("confuser", "query-with-urgent", "query-near-procedural"))

# 39 childcare at meetings
c.add("query", subject="Kids at meetings",
      sender=c.person("Hannah", "Brough"),
      body="""Hi Helen,

Is it OK to bring children to branch meetings or the GC? I've got a 3-year-old and a baby and my
partner works evenings. They'd sit quietly with a tablet (mostly). Or is there ever any childcare
provided? I'd love to come but it's impossible otherwise.

Hannah""",
      tags=("access", "confuser", "query-near-procedural"))

# 40 didn't get AGM notice (also complaint)
c.add("query", also=["complaint"], subject="Didn't get the AGM notice",
      sender=c.person("Geoff", "Swindell"),
      body="""Helen,

A friend in Crossford branch has just mentioned the AGM is in March. I haven't received any notice,
and I've checked my spam folder. This isn't the first time I've found out about meetings second-hand.
Could you resend it, and check that I'm actually on the list?

Geoff Swindell""",
      tags=("confuser", "complaint-as-query"))

c.write()
