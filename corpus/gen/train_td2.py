"""train/td2: procedural business, part 2 (Tynebridge CLP). All content hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "td2", seed=1402)
SEC = "%s <%s>" % c.secretary()


def pair():
    """(reply date, earlier date of the quoted/forwarded message)."""
    d = c.rng.randrange(3, 320)
    return c.date(days_back=d), c.date(days_back=d + c.rng.randrange(1, 10))


def outlook_html(paras, sig_lines=(), disclaimer=None):
    """Wrap hand-written paragraphs in the markup desktop Outlook sends (HTML-only)."""
    body = "".join('<p class="MsoNormal">%s<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
                   % p.replace("\n", "<br>") for p in paras)
    sig = "".join('<p class="MsoNormal"><span style="font-size:9.0pt;color:#1F3864">%s</span></p>' % s for s in sig_lines)
    disc = ('<p class="MsoNormal"><i><span style="font-size:7.0pt;color:#7F7F7F">%s</span></i></p>' % disclaimer) if disclaimer else ""
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" '
            'content="Microsoft Word 15 (filtered medium)"><!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" '
            'spidmax="1026" /></xml><![endif]--></head><body lang="EN-GB"><div class="WordSection1">'
            + body + sig + disc + '</div></body></html>')


GC_NOTICE = """Dear GC delegates,

The General Committee meets on Thursday at 7pm, Keelmen's Hall, Ropery Bank (Metro: Quayside East,
then 5 min walk; the hall has a lift). Papers attached. Motions received: winter fuel (Ropery
Bank), libraries (Whinfield), PR (Lindale). Amendments must reach me 48 hours before the meeting.

Apologies to me please.

Mark Dodds
Secretary, Tynebridge CLP
07700 900 461"""

MINUTES = """Tynebridge CLP General Committee - DRAFT minutes, 18 September

Present: 41 delegates (list at end). Chair: Cllr Pauline Armstrong.

1. Apologies were received from 9 delegates (list at end).
2. The minutes of the July GC were agreed as a true record.
3. Correspondence: letter from the Regional Director on the conference delegate ballot.
4. Reports. The MP's report was received. Treasurer reported a balance of £5,118.
5. Motion on SEND transport (Staithside) - carried 32 to 4.
6. Motion on the Metro fares freeze (Hollinside Park) - remitted to the EC.
7. AOB. None.

Meeting closed 9.05pm."""

# 1 curt apology reply
D, Q = pair()
c.add("procedural", subject="Re: GC Thursday 7pm",
      body=c.quote_reply("apols - Sandra", GC_NOTICE, style="gmail", quoted_date=Q),
      sender=c.person("Sandra", "Elliott"), date=D, tags=("apologies", "quoted", "one-line"))

# 2 full motion, winter fuel
c.add("procedural", subject="Winter fuel motion - Ropery Bank branch",
      sender=c.person("Jean", "Robson"),
      body="""Mark,

Here's our motion for the GC as agreed at branch last week. We'd like it considered for the
Regional Conference too if the GC backs it.

MOTION: WINTER FUEL AND PENSIONER POVERTY

This CLP notes:
1. That the decision to means-test the Winter Fuel Payment removed it from around ten million
   pensioners in its first winter.
2. The subsequent change raising the income threshold, which restored it to many but not all.
3. That Pension Credit take-up in the North East remains around two thirds, so tens of
   thousands of eligible pensioners in the region still miss out on both.
4. That energy prices remain far above their 2021 level.

This CLP believes:
1. That pensioners in this constituency, many living in older terraced housing that is
   expensive to heat, were hit hardest by the original decision.
2. That the party paid a price on the doorstep and in the May elections for that decision.
3. That automatic enrolment for Pension Credit would be the fairest way of targeting support.

This CLP resolves:
1. To call on the government to introduce automatic enrolment for Pension Credit using DWP and
   HMRC data.
2. To run a Pension Credit take-up campaign in every ward this winter, working with Age UK and
   the Citizens Advice.
3. To send this motion to the Northern Regional Conference.

Proposer: Jean Robson
Seconder: Alan Charlton

Regards
Jean (Sec, Ropery Bank)""",
      tags=("motion", "full-motion"))

# 3 three-line motion, libraries
c.add("procedural", subject="Libraries motion",
      sender=c.person("Kieran", "Laidler"),
      body="""Whinfield branch motion:

This CLP notes the council's plan to close four branch libraries including Whinfield and Felgate.
This CLP believes libraries are among the last free, warm, public spaces we have left.
This CLP resolves to urge the Labour group to vote against, and to back the Friends of Whinfield Library.

Mover K Laidler, seconder D Waugh.""",
      tags=("motion", "three-line"))

# 4 amendment to winter fuel
c.add("procedural", subject="Amendment - winter fuel motion",
      sender=c.person("Graham", "Turnbull"),
      body="""Mark,

Lindale branch wishes to move the following amendment to the Ropery Bank motion on winter fuel.

Add at the end of "This CLP resolves":

"4. To ask our MP to report back to the GC on what representations she has made to the
Treasury on this issue, and to publish the reply on the CLP website."

Mover: Graham Turnbull
Seconder: Irene Collingwood

Graham""",
      tags=("amendment",))

# 5 nurse's apology, outlook quote
D, Q = pair()
c.add("procedural", subject="RE: GC Thursday 7pm",
      sender=c.person("Leanne", "Scott", provider="hotmail.co.uk"),
      body=c.quote_reply("""Hi Mark, on a long day Thursday (RVI, 7.30-8pm) so apologies from me. I've read the winter fuel
one and I'm for it. Leanne""", GC_NOTICE, style="outlook", quoted_date=Q),
      date=D, tags=("apologies", "quoted"))

# 6 nominating the secretary for re-election
c.add("procedural", subject="Nomination for secretary - you!",
      sender=c.person("Pauline", "Armstrong"),
      body="""Mark,

Hollinside Park branch nominates Mark Dodds for re-election as CLP Secretary. Proposed by me,
seconded by Derek Hall, carried without dissent (and a round of applause, which I'm told I must
minute). I assume you're accepting but please confirm in writing for the returning officer.

Pauline
(Chair, Hollinside Park branch)""",
      tags=("nomination", "officer-post"))

# 7 nomination for treasurer + acceptance
c.add("procedural", subject="Treasurer nomination and acceptance",
      sender=c.person("Ngozi", "Okoro"),
      body="""Dear Mark,

I have been nominated for the post of CLP Treasurer by Staithside branch (proposer: Barry
Fenwick; seconder: Ann Rutherford). I confirm that I accept the nomination.

For the candidates' statement: I'm a chartered accountant, have been treasurer of the Staithside
Residents' Association for six years and of the branch for two. I'd like to move the CLP to
online banking with two-person authorisation and publish a simple one-page quarterly finance
report to every GC.

Best wishes,
Ngozi Okoro""",
      tags=("nomination", "officer-post", "acceptance"))

# 8 minutes correction - numbers
D, Q = pair()
c.add("procedural", subject="Re: Draft minutes - September GC",
      sender=c.person("Dawn", "Waugh"),
      body=c.quote_reply("""Mark - small one but it matters:

"5. Motion on SEND transport (Staithside) - carried 32 to 4."

It was 23 to 4 - I was one of the tellers. Can you correct before they're approved?
Dawn""", MINUTES, style="gmail", quoted_date=Q),
      date=D, tags=("minutes-correction", "quoted"))

# 9 agenda request - selection timetable
c.add("procedural", subject="Agenda request: council selections timetable",
      sender=c.person("Derek", "Hall"),
      body="""Mark, can we have an item at the next GC on the timetable for selecting candidates for the
2027 council elections? Branches need to know when the LCF panel interviews are and when ward
selection meetings can be held, and several of our members have asked. 10 minutes should do.
Ta, Derek""",
      tags=("agenda-request",))

# 10 standing orders - late motion (also query)
c.add("procedural", also=["query"], subject="Late motion - admissible?",
      sender=c.person("Irene", "Collingwood"),
      body="""Dear Mark,

Lindale branch passed a motion on Monday on the proposed closure of the Felgate walk-in centre.
That is eight days before Thursday's GC, so two days short of the ten-day deadline in SO 6.
The consultation closes before the following GC. Does this count as an emergency motion under
SO 6(d), in your view, or does it have to wait? Grateful for guidance before the branch
secretary sends it in formally.

Kind regards,
Irene Collingwood""",
      tags=("standing-orders", "confuser", "procedural-as-query"))

# 11 conference delegate report, long, annual conference
c.add("procedural", subject="Conference delegate report (Annual Conference, Liverpool)",
      sender=c.person("Siobhan", "Gallagher"),
      body="""Hi Mark,

My report from Annual Conference for the GC. I've tried to include how I voted on everything
with a card vote, since delegates asked for that last year.

PRIORITIES BALLOT
We were mandated to vote for housing, NHS, and employment rights as our top three. I did. The
CLP section's top four were housing, NHS, Palestine, and the cost of living; the affiliates
chose employment rights, NHS, public ownership and social care.

CARD VOTES (my vote in brackets)
- Composite 1, Housing: carried (for)
- Composite 3, Employment Rights Bill implementation: carried (for)
- Composite 5, Palestine: carried on a show of hands; card vote requested; carried (for - GC
  mandated support for the original version and the composite kept the key wording)
- Rule change on the length of time before a motion can be reconsidered: lost (against, as
  mandated)
- Reference back of the NPF report on the economy: lost (for - I used my discretion here,
  because our own submission on the two-child limit was not reflected at all; happy to explain
  at the GC)

OUR CONTEMPORARY MOTION
Our motion on SEND transport was ruled out of order by the Conference Arrangements Committee
as "not contemporary". I went to the CAC appeal session on the Saturday afternoon with the
regional delegate leader. The appeal was refused. Honestly, the process is hard to navigate for
a first-time delegate and I'd recommend that next year the GC agrees the motion earlier and we
get it checked by the regional office before the deadline.

SPEAKING
I put in a card for the NHS debate every day and wasn't called, which is the usual experience
from what people told me. I did speak at two fringe meetings.

FRINGES / CONTACTS
- Met the North East Mayor's policy lead - interested in speaking at a GC on bus franchising.
- Unison health fringe - good material on agency staff costs at our local trust.
- Young Labour disco - I'm too old, I left at 11.

MONEY
Total claimed from the CLP: £412.60 (pass, 4 nights in shared accommodation at the agreed
rate, train). Receipts to Ngozi.

Thanks for the chance to go. I'd encourage everyone to stand as delegate at some point - it's
exhausting but you come back knowing how the party works.

Siobhan Gallagher
Staithside branch""",
      tags=("delegate-report", "long"))

# 12 branch report, bullets
c.add("procedural", subject="Staithside branch report for GC",
      sender=c.person("Barry", "Fenwick"),
      body="""STAITHSIDE BRANCH - REPORT TO GC

* Met 3rd October, 19 present. Speaker: Cllr Moira Bell on the SEND transport review.
* Passed motion on SEND home-to-school transport (already submitted).
* Campaigning: 2 Saturday sessions + 1 weeknight. 420 doors. Top issue by a mile: the
  state of the Staithside Road crossing. Second: winter fuel. Third: anti-social scooters.
* Social: bingo night raised £186 for the branch fighting fund.
* Membership: 132 (+4, -2).
* Our new political education officer is Ann Rutherford.

Barry Fenwick, Branch Secretary""",
      tags=("branch-report",))

# 13 emergency motion - A&E
c.add("procedural", subject="EMERGENCY MOTION for Thursday - A&E overnight closure",
      sender=c.person("Moira", "Bell"),
      body="""Mark,

The trust board announced yesterday that Tynebridge General's A&E will close overnight (10pm-8am)
from January "on a temporary basis". Nobody was consulted. I would like to move the following as
an emergency motion at Thursday's GC. Staithside branch officers have agreed it by WhatsApp.

This CLP notes the trust's announcement of 14th that the A&E at Tynebridge General will close
overnight from January, without consultation with patients, staff or elected representatives.

This CLP believes that the nearest alternative A&E is 40 minutes away by car and unreachable by
public transport overnight, and that "temporary" closures have a habit of becoming permanent.

This CLP resolves to:
1. oppose the closure and call for it to be paused pending full public consultation;
2. ask the MP to raise it in the House and with the Secretary of State;
3. support the public meeting being called by Unison and the GMB on the 27th.

Proposer Moira Bell, seconder Barry Fenwick.

Moira""",
      tags=("emergency-motion", "motion", "full-motion"))

# 14 procedural objection - non-delegates voting (also complaint)
c.add("procedural", also=["complaint"], subject="POINT OF ORDER - vote on libraries motion",
      sender=c.person("Alan", "Charlton"),
      body="""Mark

I'm writing to formally object to the vote on the libraries motion at last night's GC. I watched
at least six people in the back two rows vote who are NOT delegates - they were visitors from
Whinfield branch who came for that item. Nobody checked voting cards. The motion passed by 4
votes.

I raised a point of order and the chair said "we'll trust people". That's not how it works.

I'm asking that the result be declared void and the motion re-taken next month with voting
cards issued at the door, as the standing orders require. And I'd like to know who decided not
to issue cards.

Alan Charlton
Ropery Bank delegate""",
      tags=("procedural-objection", "angry", "hard-negative"))

# 15 forwarded apology from branch secretary
D, Q = pair()
c.add("procedural", subject="Fwd: can't make thursday",
      sender=c.person("Kieran", "Laidler"),
      body=c.forward("Apologies from Dot (below). Kieran",
                     """Kieran pet can you tell the secretary I won't be at the meeting thursday, I've got the hospital
friday early and our Ken doesn't want me out late. Thank you. Dot""",
                     "Dorothy Nixon <dotnixon1948@btinternet.com>", "thursday", orig_date=Q),
      date=D, tags=("apologies", "forwarded", "elderly"))

# 16 apology from an old man, bottom-quoted
D, Q = pair()
c.add("procedural", subject="Re: GC Thursday 7pm",
      sender=c.person("Norman", "Charlton", provider="aol.com"),
      body=c.quote_reply("""MARK

SORRY I WILL NOT BE THERE. BAD CHEST. PLEASE GIVE MY APOLOGIES.

NORMAN CHARLTON""", GC_NOTICE, style="bottom", quoted_date=Q),
      date=D, tags=("apologies", "quoted", "elderly", "noisy"))

# 17 HTML-only Outlook: union branch motion
c.add("procedural", subject="Motion from Unite NE/3104 to Tynebridge CLP", fmt="html", body="x",
      sender=("Foster, Craig", "craig.foster@unite-ne.example.org"),
      html_body=outlook_html([
          "Dear Secretary,",
          "Unite branch NE/3104 (affiliated to Tynebridge CLP) submits the following motion for "
          "the next General Committee.",
          "<b>Fire and Rehire</b>",
          "This CLP notes that despite the Employment Rights Act, workers at two employers in this "
          "constituency have been threatened with dismissal and re-engagement on inferior terms in "
          "the past six months.",
          "This CLP believes that the commitment to end fire and rehire must be implemented in "
          "full and without loopholes.",
          "This CLP resolves to write to the Secretary of State for Business and Trade, through our "
          "MP, calling for the remaining regulations to be laid without further delay, and to send "
          "a message of support to the workers concerned.",
          "Mover: Craig Foster (Unite). Seconder: Tracey Hindmarsh (Unite).",
          "In solidarity,"],
          ["Craig Foster", "Branch Secretary, Unite NE/3104"],
          disclaimer="Unite the Union. This email is intended only for the named recipient."),
      tags=("motion", "html-only", "affiliate"))

# 18 seconding from phone
c.add("procedural", subject="Re: Metro motion",
      sender=c.person("Jo", "Hindmarsh"),
      body="I'll second Jo Irving's motion on the Metro fares. Jo H\n\nSent from Yahoo Mail for Android",
      tags=("seconding", "mobile", "one-line"))

# 19 AGM - rule change notice
c.add("procedural", subject="Notice of SO amendment - AGM",
      sender=c.person("Graham", "Turnbull"),
      body="""Mark,

Lindale branch gives notice of the following amendment to the CLP Standing Orders for
consideration at the AGM:

SO 9 (Executive Committee). Delete "The Executive Committee shall meet monthly" and insert "The
Executive Committee shall meet at least eight times a year, and minutes of its meetings (other
than items the Committee agrees are confidential) shall be circulated to GC delegates within
14 days."

Reason: at the moment the GC has no idea what the EC has decided until it's already happened.

Proposed: Graham Turnbull
Seconded: Irene Collingwood
Agreed at Lindale branch meeting, 6th.""",
      tags=("standing-orders", "amendment", "agm"))

# 20 auditor's statement
c.add("procedural", subject="Examination of accounts",
      sender=c.person("Raymond", "Storey"),
      body="""Dear Mark,

I have examined the accounts of Tynebridge Constituency Labour Party for the year ended 31
December, together with the bank statements, receipts and the cash book.

In my opinion the accounts give a true and fair view of the CLP's income and expenditure for
the year and of its balances at the year end. I noted two small items (a £20 float not
recorded, and a duplicate payment to the printer of £64 which was refunded in February) which
have been corrected.

I recommend that in future expenditure over £250 is countersigned by a second officer.

Please read this statement to the AGM. I will not be able to attend.

Raymond Storey
Honorary Auditor""",
      tags=("agm", "officer-report"))

# 21 Young Labour youth delegate
c.add("procedural", subject="young labour delegate to GC",
      sender=c.person("Ellie", "Straughan"),
      body="""Hi Mark,

The Tynebridge Young Labour group met on Saturday and elected me as our youth delegate to the
GC (replacing Tom who's gone to uni in Bristol). Can you add me to the GC list and send me
the papers? I'm 19 and in Lindale branch.

Thanks!
Ellie""",
      tags=("delegates",))

# 22 motion, refugee welcome
c.add("procedural", subject="Motion - welcoming refugees in Tynebridge",
      sender=c.person("Hassan", "Ali"),
      body="""Dear Mark,

Felgate branch submits this motion. We were careful with the wording after a long discussion
and would ask that it is not amended in a hurry on the night.

This CLP notes:
- the Tynebridge City of Sanctuary network, supported by churches, mosques and the council;
- the protests outside the Felgate hotel in the summer and the distress caused to families
  living there and to local residents;
- that asylum seekers are still waiting over a year for decisions.

This CLP believes:
- that people fleeing war and persecution deserve safety and a fair, fast process;
- that our communities are stronger when we organise together against the real causes of
  insecurity - low pay, poor housing and cuts - rather than against each other.

This CLP resolves:
- to affiliate to Tynebridge City of Sanctuary;
- to ask our MP to press for faster decisions and the right to work after six months;
- to hold a GC discussion on how members can talk about immigration on the doorstep.

Proposer: Hassan Ali. Seconder: Catherine Hope.

Best regards
Hassan Ali""",
      tags=("motion", "full-motion"))

# 23 emergency motion - care home
c.add("procedural", subject="emergency motion - Whinfield care home",
      sender=c.person("Dawn", "Waugh"),
      body="""Mark, sorry this is late. The cabinet announced on Tuesday it's consulting on closing Whinfield
House (council care home, 34 residents). We'd like an emergency motion Thursday. Text:

This CLP notes the proposal announced on Tuesday to close Whinfield House.
This CLP believes the residents and their families must be properly consulted and that there is
no equivalent provision in the ward.
This CLP resolves to ask the Labour group to reject closure at cabinet and to invite families to
address the next GC.

Dawn Waugh / Kieran Laidler (Whinfield)""",
      tags=("emergency-motion", "motion", "three-line"))

# 24 Urdu-speaker apology
c.add("procedural", subject="Apology for Thursday meeting",
      sender=c.person("Tariq", "Mahmood"),
      body="""Assalamu alaikum brother Mark,

I am not able to attend the GC meeting on Thursday due to family wedding in Bradford. Kindly
accept my apology and also for my brother Imran who is travelling with me.

JazakAllah khair,
Tariq Mahmood
Felgate branch""",
      tags=("apologies", "non-native"))

# 25 branch minutes
c.add("procedural", subject="Hollinside Park branch minutes (Sept) - for GC",
      sender=c.person("Derek", "Hall"),
      body="""Mark - approved minutes of our September meeting below for noting by the GC.

HOLLINSIDE PARK BRANCH - MINUTES - 11 SEPTEMBER
Present 14. Apologies 5. Chair: P Armstrong.
1. Minutes of July agreed.
2. Councillor report (Cllr Armstrong): Hollinside Park bowling green handed to community group.
3. Motion on Metro fares (J Irving / J Hindmarsh) - carried 13-0-1. To be sent to GC.
4. Campaign: fortnightly Saturday sessions to continue. Next: 21st, meet at the Spar 10.30.
5. AOB: thanks to Val for the raffle prizes.
Closed 8.40.

Derek Hall, Secretary""",
      tags=("minutes",))

# 26 minute's silence request (also other)
c.add("procedural", also=["other"], subject="Minute's silence at GC for Bill Atkinson",
      sender=c.person("Val", "Atkinson"),
      body="""Dear Mark,

As you know my father-in-law Bill Atkinson died last month. He was a member for 58 years and
chair of the old Ropery ward party when it still had its own rooms above the Co-op. The family
would be very touched if the GC could hold a minute's silence at the next meeting. A few of us
would like to come and be there for it, if that's allowed.

Thank you,
Val Atkinson""",
      tags=("agenda-request", "confuser", "procedural-as-other"))

# 27 casting vote question
c.add("procedural", also=["query"], subject="Chair's casting vote",
      sender=c.person("Pauline", "Armstrong"),
      body="""Mark, before Thursday: if the PR motion ties (and it might), does the chair have a casting vote
under our SOs? I've found nothing either way in the CLP standing orders. My instinct is that the
chair should vote against change and the motion falls, which is the convention. But if you know
better tell me! P""",
      tags=("standing-orders", "confuser", "procedural-as-query"))

# 28 TU liaison officer nomination
c.add("procedural", subject="Nomination - Trade Union Liaison Officer",
      sender=c.person("Tracey", "Hindmarsh"),
      body="""Mark

On behalf of Unite NE/3104 I nominate Craig Foster for Trade Union Liaison Officer. Craig is an
individual member of the party, in Felgate branch, and a Unite shop steward at Tyne Valve. He
has agreed to stand.

Tracey Hindmarsh""",
      tags=("nomination", "officer-post", "affiliate"))

# 29 LGBT+ officer nomination, with statement
c.add("procedural", subject="LGBT+ Officer nomination - Chris Yeoman",
      sender=c.person("Chris", "Yeoman"),
      body="""Hi Mark,

Lindale branch have nominated me for LGBT+ Officer and I'm happy to accept. Short statement
(under 100 words):

"I'm Chris, I'm 34 and I work in the library service. I've been out canvassing most weeks since
I joined in 2022. If elected I'd revive the CLP's presence at Tynebridge Pride with a stall and
a contingent, set up a social every couple of months for LGBT+ members and allies, and make sure
trans members feel they have a place in this party. I'll report to every GC."

Cheers,
Chris""",
      tags=("nomination", "officer-post", "self-statement"))

# 30 regional conference delegates
c.add("procedural", subject="Regional conference - Ropery Bank nominations",
      sender=c.person("Jean", "Robson"),
      body="""Mark,

Ropery Bank nominates the following as CLP delegates to Northern Regional Conference:

1. Jean Robson (woman)
2. Alan Charlton

Both confirmed available on both days. If the GC has more nominations than places please can
we have a ballot at the GC rather than the EC deciding.

Jean""",
      tags=("nomination", "conference-delegate"))

# 31 point of order on the delegate ballot (also complaint)
c.add("procedural", also=["complaint"], subject="Conference delegate ballot - counting irregularities",
      sender=c.person("Martin", "Lowes"),
      body="""Mark,

I'm raising a formal objection to the conduct of the ballot for conference delegates at the GC.

1. The ballot papers were counted by the chair and one other officer in the kitchen, without
   scrutineers from the candidates, contrary to SO 14.
2. The numbers announced (23, 19, 11) add up to 53, but 47 delegates signed in.
3. When I asked for a recount I was told the papers had "gone in the recycling".

I'm not alleging anyone cheated. But the result can't stand on that basis. I'm asking for the
ballot to be re-run at the next GC with scrutineers, and I'll be raising it with the regional
office if that doesn't happen.

Martin Lowes
Candidate, and Keelman's Rise delegate""",
      tags=("procedural-objection", "angry", "hard-negative"))

# 32 Somali-English apology
c.add("procedural", subject="meeting today",
      sender=c.person("Hodan", "Warsame"),
      body="""Hi Mark

I will not come the meeting today because my son is sick he have high temperature. Sorry. Please
tell the chair. I will read the minutes.

Hodan""",
      tags=("apologies", "non-native"))

# 33 apology via partner
c.add("procedural", subject="Apologies for Ken",
      sender=c.person("Sheila", "Robson"),
      body="Mark, Ken asked me to send his apologies for tonight, he's lost his voice completely and can't get to the phone (literally!). Sheila",
      tags=("apologies", "one-line"))

# 34 motion, free school meals auto-enrolment
c.add("procedural", subject="Motion: auto-enrolment for free school meals",
      sender=c.person("Ann", "Rutherford"),
      body="""Hi Mark

Motion from Staithside branch, agreed unanimously. We're asking that if passed it's also sent to
Regional Conference.

This CLP notes that in the North East an estimated 11,000 children who are eligible for free
school meals are not registered, and that schools lose pupil premium funding as a result.

This CLP believes that no child should go hungry because their parent did not fill in a form,
and that councils already hold the data needed to enrol families automatically.

This CLP resolves to:
- ask the council to adopt auto-enrolment, as several councils already have;
- ask our MP to support national legislation for auto-enrolment;
- submit this motion to Regional Conference.

Ann Rutherford (mover), Siobhan Gallagher (seconder)""",
      tags=("motion", "full-motion"))

# 35 SO amendment - reduce quorum
c.add("procedural", subject="AGM rule change - quorum",
      sender=c.person("Pauline", "Armstrong"),
      body="""Mark,

For the AGM, EC-sponsored amendment (agreed at EC on the 2nd):

SO 5(a): delete "one third of the delegates" and insert "one quarter of the delegates, and in any
case not fewer than twenty".

Reason: we've been inquorate twice this year and had to abandon business. Please include with
the AGM papers with the explanation.

Pauline (Chair)""",
      tags=("standing-orders", "amendment", "agm"))

# 36 motion withdrawn
c.add("procedural", subject="Withdrawal of motion",
      sender=c.person("Jean", "Robson"),
      body="""Mark, Ropery Bank wishes to withdraw its motion on the Metro fares freeze, which was remitted to
the EC in September. The Combined Authority has now frozen fares until 2028 so it's been
overtaken by events. Thanks, Jean""",
      tags=("motion", "withdrawal"))

# 37 councillors' group report
c.add("procedural", subject="Labour Group report to GC",
      sender=c.person("Moira", "Bell"),
      body="""Report of the Tynebridge councillors (Labour Group) to the General Committee

Budget. The council faces a gap of £14.3m next year. Proposals out to consultation include
library closures (four branch libraries), reduced opening at two leisure centres, and increased
charges for garden waste. The group is not united on the libraries and there will be a group
meeting on the 20th. Members' views would be welcome - please send them to me before then.

Housing. 62 new council homes at the old Staithside depot have planning permission. Work starts
in spring.

Casework. The biggest issues in our surgeries remain damp and mould in housing association
properties, bin collections after the route change, and SEND transport.

Cllr Moira Bell
Labour Group Secretary""",
      tags=("officer-report",))

# 38 campaign coordinator's report
c.add("procedural", subject="Campaign coordinator report",
      sender=c.person("Lee", "Brannigan"),
      body="""Mark

Campaigns report for GC:

Since last GC - 11 sessions, 1,940 doors knocked, 612 contacts (31.5%).
Best turnout: Ropery Bank (14 volunteers on the 3rd). Worst: Keelman's Rise - one session
cancelled, nobody came.
Leaflets: autumn newsletter delivered to ~90% of the constituency. Gaps in Felgate flats
(entry systems) - need key fobs or a friendly resident.
By-election planning: Hollinside Park by-election likely in February. I'll bring a plan to EC.
Ask to GC: every branch to name one "session lead" by the end of the month.

Lee""",
      tags=("officer-report",))

# 39 minutes correction - name and role
c.add("procedural", subject="Correction to minutes",
      sender=c.person("Siobhán", "Doherty"),
      body="""Hi Mark,

Two small corrections to the October minutes please:
- my name is Siobhán with a fada, not Siobhan (it's wrong in three places)
- I'm the BAME Officer, not the Women's Officer - the Women's Officer is Catherine Hope

Thanks a million,
Siobhán""",
      tags=("minutes-correction",))

# 40 apology with written report
c.add("procedural", subject="Apologies + written report",
      sender=c.person("Catherine", "Hope"),
      body="""Mark,

I can't be there Thursday (parents' evening) so please take my apologies. Women's Officer report
attached for the papers - could the chair take it as read and note that the women's forum wants
to submit a motion on childcare to the January GC? Questions to me by email.

Catherine""",
      tags=("apologies", "officer-report", "attachment-described"))

# 41 contemporary motion submission for GC selection
c.add("procedural", subject="Proposed contemporary motion for Annual Conference",
      sender=c.person("Siobhan", "Gallagher"),
      body="""Hi Mark,

After what happened with the CAC last year, I'd like the GC to select our conference motion well
before the deadline this time. Could the attached draft (on social care workforce) be put on the
September GC agenda for selection, alongside anything else branches propose?

I've checked it against the guidance: under 250 words, one subject, refers to events after the
NPF report was published (the care provider collapse in August). I've also sent it to the
regional office for an informal view.

Siobhan""",
      tags=("motion", "conference-motion", "attachment-described"))

# 42 Northern regional conference report (medium)
c.add("procedural", subject="Report: Northern Regional Conference",
      sender=c.person("Jean", "Robson"),
      body="""Mark, report for the GC papers.

Alan and I attended both days of Regional Conference in Durham.

Our motion on winter fuel / Pension Credit auto-enrolment was composited with two others and
carried. Alan moved the composite and got a very good reception.

The motion on devolution of bus powers passed. The motion critical of the two-child limit passed
on a card vote (we voted for). The emergency motion on the closure of the Tyne Valve plant passed
unanimously.

Elections: regional women's committee - Catherine Hope was elected, congratulations to her.

Expenses: mileage 62 miles, lunch both days. Claim to Ngozi.

Jean Robson""",
      tags=("delegate-report",))

# 43 forwarded branch AGM return
D, Q = pair()
c.add("procedural", subject="FW: Lindale branch AGM",
      sender=c.person("Irene", "Collingwood"),
      body=c.forward("Mark - Graham asked me to send this on as his email is playing up. Irene",
                     """LINDALE BRANCH AGM - RETURN TO CLP SECRETARY

Date of AGM: 2 November. Members present: 22. Quorate: yes.
Chair: Graham Turnbull
Vice chair: Chris Yeoman
Secretary: Irene Collingwood
Treasurer: Peter Dunn
Women's Officer: Alison Dunn
Delegates to GC (6): G Turnbull, I Collingwood, C Yeoman, A Dunn, E Straughan, P Dunn
Branch accounts: accepted. Balance £611.20.

Signed G. Turnbull (chair)""",
                     "Graham Turnbull <g.turnbull@ntlworld.com>", "AGM return", orig_date=Q),
      date=D, tags=("agm", "forwarded"))

# 44 GC delegate nomination from branch
c.add("procedural", subject="new GC delegate - Keelman's Rise",
      sender=c.person("Martin", "Lowes"),
      body="""Mark, Keelman's Rise branch elected Amira Yusuf as a GC delegate at its meeting last night to fill
the vacancy left by Gordon. Please add her to the list and send her Thursday's papers.
amira.yusuf@outlook.com. Martin""",
      tags=("delegates",))

# 45 request a recorded vote
c.add("procedural", subject="Recorded vote request - PR motion",
      sender=c.person("Peter", "Dunn"),
      body="""Dear Mark,

I'd like to give notice that when the Lindale motion on proportional representation is taken at
the next GC I will ask for a recorded vote, under SO 13(c), so that delegates' votes are listed
in the minutes. Could you let the chair know in advance, and make sure there are enough copies
of the delegate list to do it quickly?

Thanks
Peter Dunn""",
      tags=("standing-orders", "agenda-request"))

# 46 motion to rescind
c.add("procedural", subject="Motion to rescind the March decision on the CLP office",
      sender=c.person("Derek", "Hall"),
      body="""Mark

Hollinside Park branch wishes to move a motion rescinding the GC decision of March to give up the
CLP office above the Co-op. We know SO 15 says a decision can't be revisited within six months
unless two thirds of the GC agree, and it will be seven months by the December GC, so we think
it's in order.

Text: "This CLP rescinds its resolution of 14 March to terminate the lease of the CLP office,
and instructs the EC to negotiate a new lease at a rent of no more than £3,000 per year."

Derek""",
      tags=("motion", "standing-orders"))

# 47 apology, android
c.add("procedural", subject="tonight",
      sender=c.person("Gary", "Milburn"),
      body="Sorry Mark can't make it tonight, stuck in work till 9. Apologies please\n\nGet Outlook for Android",
      tags=("apologies", "mobile", "one-line"))

# 48 apology + second-vote question (also query)
c.add("procedural", also=["query"], subject="Apologies and a question",
      sender=c.person("Catherine", "Hope"),
      body="""Mark,

Apologies from me for the AGM - I'll be at my sister's wedding in Leeds. Two questions:
(1) Can I still be elected to the EC in my absence if I've sent in my acceptance? I assume so.
(2) Can a delegate cast a vote on behalf of an absent delegate from the same branch? Someone at
Felgate said that used to be allowed.

Thanks
Catherine""",
      tags=("apologies", "agm", "confuser", "procedural-as-query"))

# 49 short motion - water
c.add("procedural", subject="Motion: water",
      sender=c.person("Owen", "Waugh"),
      body="""From Felgate branch:

This CLP notes that Northumbrian Water paid out dividends while sewage discharges into the Tyne and the coast continued.
This CLP believes water is a natural monopoly and belongs in public hands.
This CLP resolves to support bringing the water industry back into public ownership and to send this to the NPF.""",
      tags=("motion", "three-line"))

# 50 motion - delegate bursary
c.add("procedural", subject="Motion: conference bursary for low-income delegates",
      sender=c.person("Ellie", "Straughan"),
      body="""Hi Mark, motion from Young Labour via Lindale branch (Lindale passed it 15-2):

This CLP notes that the cost of attending Annual Conference (pass, travel, 4 nights' accommodation)
is now over £700, and that the CLP only covers up to £400 per delegate.

This CLP believes that being a conference delegate should not depend on being able to afford it,
and that this disproportionately excludes young, disabled and low-paid members.

This CLP resolves:
1. to create a conference bursary of up to £500 a year, funded from fundraising events;
2. to make the full cost of the pass and travel available to any delegate who asks, with no
   questions asked;
3. to review this at the AGM.

Mover: Ellie Straughan. Seconder: Chris Yeoman.""",
      tags=("motion", "full-motion"))

# 51 HTML-only: Unison delegate list
c.add("procedural", subject="UNISON Tynebridge Local Government branch - CLP delegates", fmt="html", body="x",
      sender=("UNISON Tynebridge LG Branch", "office@unison-tynebridgelg.example.org"),
      html_body=outlook_html([
          "Dear CLP Secretary,",
          "<b>Delegates to Tynebridge CLP General Committee</b>",
          "The Labour Link committee of UNISON Tynebridge Local Government branch has appointed the "
          "following members as our delegates for the year:",
          "<table border=1 cellpadding=4 style='border-collapse:collapse'><tr><th>Name</th><th>Workplace</th>"
          "<th>Labour ward branch</th></tr><tr><td>Lorraine Milburn</td><td>Civic Centre</td><td>Whinfield</td></tr>"
          "<tr><td>Jason Pattinson</td><td>Staithside Depot</td><td>Staithside</td></tr><tr><td>Amira Yusuf</td>"
          "<td>Felgate Library</td><td>Keelman's Rise</td></tr></table>",
          "Please send papers to the delegates directly. Any queries to the branch office.",
          "Yours in unity,"],
          ["Denise Carr", "Labour Link Officer", "UNISON Tynebridge Local Government Branch"]),
      tags=("delegates", "affiliate", "html-only"))

# 52 minutes correction - what was said
c.add("procedural", subject="Minutes - item 4, what I actually said",
      sender=c.person("Alan", "Charlton"),
      body="""Mark,

The draft minutes record me as saying "the leadership's decision is a disgrace". What I said was
"the decision is a disgrace", and I was referring to the council's decision on Whinfield House,
not to the party leadership. Given those minutes go to 60 people and to the MP's office I'd like
it changed before approval.

Alan""",
      tags=("minutes-correction",))

# 53 deferred motion
c.add("procedural", subject="Gaza motion - third time lucky?",
      sender=c.person("Hassan", "Ali"),
      body="""Mark, Felgate's motion on humanitarian aid to Gaza has now been deferred at two GCs because we
ran out of time. Can we please have it taken first under motions on Thursday? Members keep asking
me why it hasn't been heard. Thanks, Hassan""",
      tags=("agenda-request",))

# 54 EC apology + vice-chair report
c.add("procedural", subject="EC - apologies + membership report",
      sender=c.person("Karen", "Heslop"),
      body="""Mark

Apologies for EC tonight, I've got a migraine. My report as Vice-Chair (Membership):

- 1,212 members (up 9 since last month)
- 87 in arrears, of whom 31 are more than 6 months - I'm phoning the 6-month ones this month
- 23 new members got a welcome call; 8 have come to a branch meeting
- Still waiting on the regional office for the updated membership report (they've promised
  it "this week" for three weeks)

Karen""",
      tags=("apologies", "officer-report", "ec"))

# 55 chair nomination with hustings request
c.add("procedural", subject="Nomination for CLP Chair - and request for hustings",
      sender=c.person("Amira", "Yusuf"),
      body="""Dear Mark,

Keelman's Rise branch has nominated me for CLP Chair and I accept the nomination.

As there are now two candidates (Cllr Armstrong has also been nominated) I'd like to ask the EC
to arrange a short hustings at the AGM or beforehand - perhaps five minutes each and questions
from the floor. I think members would welcome it and it would be fair to both of us.

Best wishes,
Amira Yusuf""",
      tags=("nomination", "officer-post", "agm"))

# 56 women's conference delegate report
c.add("procedural", subject="Women's Conference report",
      sender=c.person("Catherine", "Hope"),
      body="""Mark, Women's Conference report for the GC:

Our delegate (me) attended both days. Priority motions debated: violence against women and
girls; childcare; women's health (menopause support at work); the gender pay gap in social
care. All passed. I spoke in the childcare debate on wraparound provision in rural schools.
The conference also debated the "women and the cost of living" NEC statement, which was
accepted. Full write-up and photos on the women's forum WhatsApp.

Catherine""",
      tags=("delegate-report",))

# 57 new branch sec - AGM procedure (also query)
c.add("procedural", also=["query"], subject="Running our branch AGM - help!",
      sender=c.person("Amira", "Yusuf"),
      body="""Hi Mark,

I've just taken over as Keelman's Rise branch secretary (Martin's stepped down to concentrate on
his ballot appeal) and the branch AGM is in three weeks. Nobody here has run one before. Do
nominations have to be in writing in advance or can they be taken from the floor? How many GC
delegates do we elect now we've got 68 members? And does the AGM need to be notified to the
regional office?

Sorry for all the questions!
Amira""",
      tags=("agm", "standing-orders", "confuser", "procedural-as-query"))

# 58 objection to admitting the emergency motion
c.add("procedural", subject="Objection to emergency motion being taken",
      sender=c.person("Raymond", "Storey"),
      body="""Mark,

I wish to object, in advance, to the admission of the "emergency" motion on the care home. The
consultation on Whinfield House was published on the council's website on 29 August, well
before the motions deadline; only the cabinet paper was new. SO 6(d) is clear that an emergency
motion must concern a matter which has arisen since the deadline. I will raise this as a point
of order if it is placed on the agenda.

Raymond Storey""",
      tags=("procedural-objection",))

# 59 apology, train cancelled
c.add("procedural", subject="Apologies - trains",
      sender=c.person("Rob", "Armstrong"),
      body="Mark - apologies for tonight. Train from Durham cancelled and the next one's 8.40. Rob",
      tags=("apologies", "one-line"))

# 60 seconding an amendment
c.add("procedural", subject="Re: Amendment - winter fuel motion",
      sender=c.person("Irene", "Collingwood"),
      body="""Mark,

Confirming I'm seconding Graham's amendment to the winter fuel motion (adding the request for the
MP to report back).

Irene""",
      tags=("seconding", "amendment"))

# 61 acceptance of nomination
c.add("procedural", subject="Acceptance of nomination - Vice-Chair (Membership)",
      sender=c.person("Karen", "Heslop"),
      body="""Dear Mark,

I accept the nomination of Whinfield branch for the post of Vice-Chair (Membership) and confirm
that I am a member in good standing, not in arrears.

Karen Heslop""",
      tags=("nomination", "acceptance"))

# 62 ward/branch report with casework
c.add("procedural", subject="Hollinside Park - branch and ward report",
      sender=c.person("Pauline", "Armstrong"),
      body="""Mark

HOLLINSIDE PARK - REPORT TO GC

Branch: one meeting (14 present), one social. Motion on Metro fares went to GC in September
(now withdrawn by Ropery Bank's equivalent - we're happy with that).

Ward (councillors' report): we've dealt with 38 pieces of casework since the last GC. Main themes
are housing repairs (11), bins (9) and parking around the new school (7). Street lighting on
Hollinside Lane finally fixed after 14 months.

Campaigning: 6 sessions, 700 doors. Tory leaflet out in the ward for the first time in years, and
Reform have been leafleting too. We'll need help in February.

Pauline""",
      tags=("branch-report",))

# 63 full motion on PR
c.add("procedural", subject="Lindale motion - Proportional Representation (final text)",
      sender=c.person("Peter", "Dunn"),
      body="""Final text for the papers. Lindale branch passed this 17-3.

MOTION: A FAIR VOTING SYSTEM

This CLP notes:
- that at the last general election Labour won around 63% of seats on around 34% of the vote;
- that Reform won five seats on 14% of the vote while the Lib Dems won 72 seats on 12%;
- that Labour conference has voted in favour of proportional representation in previous years;
- that Labour already uses proportional systems for the Senedd, Holyrood and the London
  Assembly.

This CLP believes:
- that a parliament which reflects how people vote is more legitimate and more stable;
- that first-past-the-post is increasingly unpredictable in a multi-party system and could hand
  a majority to a party on under 30% of the vote;
- that electoral reform is a matter of democratic principle, not party advantage.

This CLP resolves:
- to support the replacement of FPTP for Westminster elections with a proportional system;
- to ask our MP to set out her position and to join the Labour for a New Democracy group;
- to submit this motion to the National Policy Forum.

Mover: Peter Dunn
Seconder: Alison Dunn""",
      tags=("motion", "full-motion"))

# 64 inline-quoted corrections on the minutes
c.add("procedural", subject="Re: Draft minutes - September GC",
      sender=c.person("Moira", "Bell"),
      body="""Mark, corrections inline.

> 4. Reports. The MP's report was received. Treasurer reported a balance of £5,118.

The Labour Group report was also given (by me) and isn't mentioned. Please add "The Labour Group
report was received."

> 5. Motion on SEND transport (Staithside) - carried 32 to 4.

Dawn's already told you this should be 23 to 4.

> 6. Motion on the Metro fares freeze (Hollinside Park) - remitted to the EC.

It was Ropery Bank's motion, not Hollinside Park's.

> 7. AOB. None.

There was AOB - Karen asked for volunteers for the membership phone bank.

Thanks
Moira""",
      tags=("minutes-correction", "quoted", "inline-reply"))

# 65 forward from chair of a regional office note, asking to add to agenda
D, Q = pair()
c.add("procedural", subject="Fwd: Conference delegate elections - timetable",
      sender=c.person("Pauline", "Armstrong"),
      body=c.forward("""Mark - this came to me as chair rather than to you. Can we put the delegate election on the July
GC agenda to fit the timetable below? We'll need to send out the nomination call at the next GC.
P""", """Dear CLP Chairs and Secretaries,

The timetable for the election of CLP delegates to Annual Conference is as follows:

- CLPs may begin seeking nominations from 1 May.
- Delegates must be elected at an all-member meeting or GC held by 17 July.
- Delegate details must be registered on the conference portal by 24 July.

CLPs with over 1,000 eligible members are entitled to two delegates, at least one of whom must
be a woman. CLPs with a Young Labour member may send an additional youth delegate.

Regards,
Northern Regional Office""", "Northern Region Labour <northern@labour-region.example.org.uk>",
                     "Conference 2027 - delegate elections", orig_date=Q),
      date=D, tags=("agenda-request", "forwarded", "conference-delegate"))

c.write()
