"""train/td1: procedural business, part 1 (Cwm Taf Valleys CLP). All content hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "td1", seed=1401)
SEC = "%s <%s>" % c.secretary()


def pair():
    """(reply date, earlier date of the quoted/forwarded message)."""
    d = c.rng.randrange(3, 320)
    return c.date(days_back=d), c.date(days_back=d + c.rng.randrange(1, 10))


def outlook_html(paras, sig_lines=(), disclaimer=None):
    """Wrap hand-written paragraphs in the markup desktop Outlook sends (HTML-only)."""
    body = "".join('<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">%s<o:p></o:p></span></p>'
                   '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' % p.replace("\n", "<br>") for p in paras)
    sig = "".join('<p class="MsoNormal"><b><span style="font-size:10.0pt;color:#C00000">%s</span></b></p>' % s
                  if i == 0 else '<p class="MsoNormal"><span style="font-size:10.0pt;color:#595959">%s</span></p>' % s
                  for i, s in enumerate(sig_lines))
    disc = ('<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">%s</span></p>' % disclaimer) if disclaimer else ""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" '
            'content="Microsoft Word 15 (filtered medium)"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;}</style></head><body lang="EN-GB" link="#0563C1" vlink="#954F72">'
            '<div class="WordSection1">' + body + sig + disc + '</div></body></html>')


GC_NOTICE = """Dear delegates,

The next General Committee of Cwm Taf Valleys CLP will be held on Thursday 12th at 7.00pm
in the upstairs room of the Glynhafod Workmen's Hall (step-free access via the side door on
Heol y Capel). The meeting will also be available on Zoom for those who can't travel - link
to follow on the day.

Draft agenda:
1. Welcome and apologies
2. Minutes of the last meeting and matters arising
3. Correspondence
4. Reports: MP, MS, councillors' group, treasurer
5. Motions (deadline for submission is 10 days before the meeting, see SO 7)
6. Campaigns update - council by-election in Tonllwyd
7. AOB

Please send apologies to me by reply.

Diolch,
Rhian Evans
Secretary, Cwm Taf Valleys CLP"""

EC_NOTICE = """Hi all,

Quick reminder EC is this Monday, 7pm, Zoom only. Papers attached: treasurer's report, draft
GC agenda, the two motions received so far. Apologies to me please.

Rhian"""

AGM_NOTICE = """NOTICE OF ANNUAL GENERAL MEETING

The Annual General Meeting of Cwm Taf Valleys Constituency Labour Party will take place on
Saturday 14th at 10.30am at Abercynan Community Centre.

Business: annual reports of the officers; treasurer's report and examined accounts; election
of CLP officers, Executive Committee members, auditors and delegates to Welsh Labour
conference; amendments to the CLP standing orders (notice of which must reach the secretary
no later than 21 days before the meeting).

Nominations for all posts must be received by the secretary by 5pm on the Friday two weeks
before the meeting. Nomination forms are attached. Only members of at least eight weeks'
standing and not in arrears may vote.

Rhian Evans, CLP Secretary"""

# 1 one-line apology from a phone
c.add("procedural", subject="Thursday", body="Apologies for Thursday please. Bev\n\nSent from my iPhone",
      sender=c.person("Bev", "Thomas"), tags=("apologies", "one-line", "mobile"))

# 2 apology as reply to the GC notice
D, Q = pair()
c.add("procedural", subject="Re: GC - Thursday 12th",
      body=c.quote_reply("Sorry Rhian, on nights all that week. Please send my apologies.\n\nGareth (Glynhafod)",
                         GC_NOTICE, style="gmail", quoted_date=Q),
      sender=c.person("Gareth", "Powell"), date=D, tags=("apologies", "quoted"))

# 3 full motion, two-child limit
c.add("procedural", subject="Motion for GC from Pentre Isaf branch - two-child limit",
      sender=c.person("Sioned", "Rees"),
      body="""Hi Rhian,

Pentre Isaf branch passed the motion below at our meeting on Tuesday (14 for, 1 against, 2
abstentions) and asks that it goes on the agenda for the next GC. Mover will be Carys Hopkin,
seconder myself.

---

Motion: The two-child limit

This CLP notes:
- that the two-child limit on Universal Credit and Child Tax Credit, introduced in 2017,
  affects around 1.6 million children across the UK;
- that End Child Poverty's figures put child poverty in parts of this constituency above 35%;
- that the Welsh Government has no power to reverse a reserved benefit but is left to pick up
  the cost through free school meals, the Discretionary Assistance Fund and the NHS.

This CLP believes:
- that a Labour government should not keep a policy it opposed in opposition;
- that the limit punishes children for decisions they had no part in;
- that scrapping it is the single most effective measure available to cut child poverty.

This CLP resolves:
1. To write to our MP asking her to press the Chancellor to abolish the two-child limit in
   the next fiscal event, and to publish her reply to members.
2. To submit this motion to Welsh Labour's policy process and, if the GC agrees, to consider
   it as our contemporary motion to Annual Conference.
3. To invite the Pentre Isaf food bank coordinator to speak at a future GC.

---

Let me know if the wording needs tidying for the agenda. We did try to keep it short!

Sioned Rees
Secretary, Pentre Isaf branch""",
      tags=("motion", "full-motion"))

# 4 nomination for chair from a branch meeting
c.add("procedural", subject="Nomination - CLP Chair",
      sender=c.person("Idris", "Watkins"),
      body="""Dear Secretary,

At its meeting of 3rd October, Tonllwyd branch nominated Cllr Dafydd Prosser for the post of
CLP Chair. The nomination was proposed by Mair Lewis and seconded by Alun Bowen and carried
unanimously. Cllr Prosser has indicated that he is willing to stand.

The completed nomination form is attached (scanned, signed by the branch chair and myself).

Yours sincerely,

Idris Watkins
Branch Secretary, Tonllwyd""",
      tags=("nomination", "officer-post", "attachment-described"))

# 5 curt minutes correction
c.add("procedural", subject="minutes",
      sender=c.person("Lyn", "Harries"),
      body="Item 6 of the draft minutes has me voting against. I abstained. Please correct before they go to GC.\n\nLyn",
      tags=("minutes-correction",))

# 6 agenda item request
c.add("procedural", subject="Request for an agenda item - Save Our Maternity Unit",
      sender=c.person("Ffion", "Jenkins"),
      body="""Hello Rhian,

I'm one of the organisers of the Save Cwm Taf Maternity Unit group (cross-party, but a lot of
us are members). We'd really like 15 minutes at a GC to set out where the health board
consultation is up to and what we're asking councillors and the MS to do. November's GC would
be ideal because the consultation closes on the 30th.

Could you put us on the agenda or let me know who decides? I can send a one-page briefing in
advance for the papers.

Thanks,
Ffion Jenkins (Nant-y-Fedw branch)""",
      tags=("agenda-request", "confuser", "procedural-as-query"))

# 7 standing orders question
c.add("procedural", also=["query"], subject="SO 7 - how many motions per branch?",
      sender=c.person("Owain", "Griffiths"),
      body="""Rhian

Quick one on standing orders. SO 7(b) says branches "may submit a motion" to each GC. Does
that mean ONE motion, or is it one per subject? Heol Las has two ready to go (buses, and the
leisure centre) and I'd rather not have an argument at the meeting about which one is in
order.

Also - if one is ruled out can it come back next month or does the six-month rule bite?

Owain
Heol Las branch sec""",
      tags=("standing-orders", "confuser", "procedural-as-query"))

# 8 Welsh-language apology
c.add("procedural", subject="Ymddiheuriadau / apologies",
      sender=c.person("Eirlys", "Morgan"),
      body="Ymddiheuriadau ar gyfer nos Iau, dwi'n sâl gyda'r annwyd. Apologies for Thursday, full of cold.\n\nEirlys",
      tags=("apologies", "one-line", "non-native"))

# 9 amendment to the two-child motion
c.add("procedural", subject="Amendment to Pentre Isaf motion (two-child limit)",
      sender=c.person("Rhodri", "Vaughan"),
      body="""Dear Rhian,

Glynhafod branch would like to submit the following amendment to the Pentre Isaf motion on
the two-child limit, for the GC on the 12th.

In "This CLP resolves", delete point 2 and insert:

"2. To ask the Welsh Labour Policy Forum to set out what the Welsh Government can do within
its existing powers to mitigate the limit, including an increase to the Discretionary
Assistance Fund, pending its abolition."

Rationale, for the mover: we agree with every word of the motion but we think we have a better
chance of getting something through at conference with the housing or NHS motion this year,
and the mitigation ask is something our MS can actually act on.

Mover: Rhodri Vaughan. Seconder: Bethan Price.

Regards
Rhodri""",
      tags=("amendment",))

# 10 HTML-only Outlook branch report
c.add("procedural", subject="Abercynan branch report to GC", fmt="html", body="x",
      sender=c.person("Meinir", "Davies", provider="outlook.com"),
      html_body=outlook_html([
          "Dear Rhian,",
          "Please find below Abercynan branch's report for the GC papers.",
          "<b>Meetings.</b> We met twice since the last GC (attendance 11 and 9). Speaker in September "
          "was Huw Jenkins MS on the bus franchising bill - good discussion, lots of questions about "
          "the 132 and the 140 routes.",
          "<b>Campaigning.</b> Four doorstep sessions in Abercynan and Cefn Isaf, approx. 310 doors "
          "knocked, contact rate around 30%. Main issues: potholes on Heol Fawr, the GP surgery phone "
          "line, bus times, and (a lot) winter fuel.",
          "<b>Membership.</b> 84 members, 3 new joiners, 2 lapsed. Our membership officer has been "
          "ringing the lapsed members.",
          "<b>Finance.</b> Branch account &pound;412.60 after the coffee morning raised &pound;138.",
          "<b>Motions.</b> None this time.",
          "Diolch,"],
          ["Meinir Davies", "Secretary, Abercynan Branch Labour Party"]),
      tags=("branch-report", "html-only"))

# 11 emergency motion
c.add("procedural", subject="Emergency motion for next Thursday - Cynan Components job losses",
      sender=c.person("Alun", "Bowen"),
      body="""Rhian,

You'll have seen on Monday that Cynan Components are shutting the Abercynan plant with 400
jobs going. That came out after the motions deadline so I'm asking for the following to be
taken as an emergency motion at the GC. Tonllwyd branch EC agreed it by email last night.

EMERGENCY MOTION - CYNAN COMPONENTS

This CLP notes the announcement on Monday that Cynan Components intends to close its
Abercynan plant by March with the loss of around 400 jobs, many of them held by members of
Unite and GMB.

This CLP believes that the closure would be devastating for the upper valley and that the
Welsh and UK governments must act together before the consultation period ends.

This CLP resolves to:
- send a message of solidarity to the Unite and GMB workplace reps;
- ask our MP and MS to seek an urgent meeting with the company and the Economy Minister;
- support the lobby of the Senedd being organised by the unions.

Proposer Alun Bowen, seconder Mair Lewis.

It fits the emergency criteria in SO 9 - happened after the deadline, can't wait until the
next GC. Happy to speak to the chair about it.

Alun""",
      tags=("emergency-motion", "motion", "full-motion"))

# 12 procedural objection, angry (also complaint)
c.add("procedural", also=["complaint"], subject="Ruling of the chair at last GC - formal objection",
      sender=c.person("Gwyn", "Parry"),
      body="""Rhian,

I want to put in writing my objection to the chair's ruling at the last GC that our motion on
council tax was out of order. The reason given was that it was "not received in time". It was
received ELEVEN days before the meeting - I have the sent email and your acknowledgement. SO 7
says ten days. It was in order and the chair knew it.

Frankly the GC was denied a vote on a motion some people didn't want to discuss. I'm asking
that:

1. The minutes record that the ruling was challenged and the reason I gave;
2. The motion is placed first under item 5 at the next GC;
3. The EC reviews how motions are logged so this doesn't happen again.

I'm copying this to the branch so they know where it stands. I'm not interested in a phone
call about it, I'd like a written answer.

Gwyn Parry
Delegate, Heol Las branch""",
      tags=("procedural-objection", "angry", "hard-negative"))

# 13 long conference delegate report
c.add("procedural", subject="Delegate report - Welsh Labour Conference, Llandudno",
      sender=c.person("Nerys", "Bevan"),
      body="""Dear Rhian and GC delegates,

Here is my report as one of our two delegates to Welsh Labour conference in Llandudno. It is
longer than I meant it to be, so I've put a short summary at the top for anyone who only wants
the headlines. Please include it in the GC papers.

SUMMARY
- Both of our delegates attended all sessions (Dafydd for Saturday only, as agreed).
- We voted for all the policy documents and for the composite on bus franchising.
- Our rule change on hybrid branch meetings was remitted to the WEC - not lost, but not won.
- The card vote on the housing composite was close; the unions split.

SATURDAY
The First Minister's speech was mostly on the NHS waiting lists and the new bus network.
Delegates from the Valleys were pleased by the commitment to reopen the Tonllwyd line
feasibility study, though I'd say it was a commitment to "look at" rather than a commitment to
do. In the afternoon we had the economy and skills policy document. I spoke briefly in the
debate on apprenticeships - the point from our GC about under-25s in the upper valley not
being able to get to Merthyr or Pontypridd colleges without two buses. Several delegates came
up afterwards to say they had the same problem in their areas.

The bus franchising composite (which included wording from our CLP's motion last year) was
carried overwhelmingly on a show of hands.

SUNDAY
The housing composite asked for a target of 20,000 low-carbon social homes to be restated and
for councils to be given powers to cap second homes. Some delegates from the north-west felt it
didn't go far enough; some unions were worried about the effect on construction jobs. It went
to a card vote and passed by 52% to 48%. We voted for it, as mandated.

Our rule change (allowing branches to hold hybrid meetings and count remote attendance for
quorum) was debated briefly. The WEC asked for it to be remitted so they could look at the
legal side of online voting, and the chair advised us to accept that rather than risk it being
voted down. Dafydd and I agreed to remit, which I hope the GC will be comfortable with - I did
try to check with Rhian by text but the signal in the hall was terrible.

FRINGES
I went to the fringe on women's representation in local government (excellent), the Unison
one on care workers' pay and the Co-op Party one on community energy, which might be worth
inviting someone from to a GC. I've got leaflets from all three if anyone wants them.

COSTS
Travel was by car, shared, 186 miles return. I'll send the mileage claim to Non separately.
The hotel was at the conference rate. Thank you to the CLP for covering it - I would not
otherwise have been able to go, and I think it's important that we keep funding delegates who
can't afford it themselves.

PERSONAL NOTE
It was my first conference and I found it quite daunting at first. The Welsh Labour staff were
helpful, and the women's caucus breakfast was a good way to meet people. If anyone is thinking
of standing as a delegate next year, please do, and talk to me first.

Diolch yn fawr,
Nerys Bevan
Cwmderwen branch""",
      tags=("delegate-report", "long"))

# 14 seconding
c.add("procedural", subject="Seconding Dai for treasurer",
      sender=c.person("Ceri", "Lloyd"),
      body="Hi Rhian - happy to second Dai Morgan's nomination for treasurer. Form signed and attached.\n\nCeri Lloyd, Heol Las",
      tags=("seconding", "nomination", "attachment-described"))

# 15 forwarded apologies from a branch secretary
D, Q = pair()
c.add("procedural", subject="Fwd: GC apologies",
      sender=c.person("Hywel", "Edwards"),
      body=c.forward("""Rhian - apologies from Nant-y-Fedw delegates below. Olwen and Ray both had already told me
at the branch. So that's three from us: Olwen Hughes, Ray Pritchard, Bronwen Rees.
H""", """Hi Hywel, can you send my apologies to Rhian for Thursday, I'm at my daughter's in Bristol.
Sorry!! Bronwen""", "Bronwen Rees <bronwen.rees@btinternet.com>", "GC thursday", orig_date=Q),
      date=D, tags=("apologies", "forwarded"))

# 16 branch AGM results
c.add("procedural", subject="Cwmderwen branch AGM - results",
      sender=c.person("Elen", "Prosser"),
      body="""Rhian,

Cwmderwen branch held its AGM on Wednesday, 16 present (quorate). Results:

Chair - Mike Jarvis (re-elected, unopposed)
Vice-Chair - Elen Prosser
Secretary - Tomos Hale
Treasurer - Sian Reed
Women's Officer - Sian Reed (joint with treasurer, no other nominations)
Campaign Coordinator - vacant, to be co-opted

GC delegates: Mike Jarvis, Nerys Bevan, Tomos Hale, Sian Reed
(we're entitled to 5 - the fifth place is vacant)

Accounts for the year were presented and accepted. Balance at year end £276.14.

Can you update the GC list and make sure Tomos gets the papers from now on? His email is
tomoshale@gmail.com.

Thanks
Elen""",
      tags=("agm", "branch-report"))

# 17 three-line motion
c.add("procedural", subject="motion - 132 bus",
      sender=c.person("Dilys", "Harris"),
      body="""Motion from Abercynan branch.

This CLP notes the withdrawal of the evening 132 service after 6.30pm from January.
This CLP believes this cuts off shift workers, students and older people from the hospital and the college.
This CLP resolves to write to the council, the operator and Transport for Wales asking for the service to be restored or replaced.

Proposed D. Harris, seconded K. Walters""",
      tags=("motion", "three-line"))

# 18 phone apology with typos
c.add("procedural", subject="Re: GC tonight",
      sender=c.person("Rhys", "Bowen"),
      body="apols tonite stuck in traffic on the A470 by Abercynan roundabout, accident, nothing moving. will jump on zoom if i get home in time\n\nSent from my Galaxy",
      tags=("apologies", "mobile", "noisy"))

# 19 self-nomination with statement
c.add("procedural", subject="Nomination for Women's Officer (self)",
      sender=c.person("Angharad", "Lloyd"),
      body="""Dear Rhian,

I would like to nominate myself for the post of CLP Women's Officer at the AGM. My nomination
is supported by the Glynhafod branch women's forum (meeting of 9th, minutes available). I'd be
grateful if the statement below could be circulated with the AGM papers - it's exactly 150
words.

STATEMENT
I joined the party in 2019 after years as a Unison steward at the Royal Glamorgan. Since then
I've been Glynhafod branch secretary and helped set up our women's forum, which meets monthly
and has brought eleven women who had never been to a Labour meeting along to branch. As
Women's Officer I would: hold a women's forum every two months, alternating between the upper
and lower valley, with a crèche; run a "first time on the doorstep" session before every
campaign; work with the trade union liaison officer to reach women in care and retail; and
make sure the CLP meets its commitments on all-women shortlists and gender balance on the EC.
I believe we win when women in this valley see themselves in this party.

Many thanks,
Angharad Lloyd""",
      tags=("nomination", "self-nomination", "officer-post"))

# 20 long polite minutes correction
c.add("procedural", subject="Draft minutes of 14 Sept GC - a few corrections",
      sender=c.person("Margaret", "Pugh"),
      body="""Dear Rhian,

Thank you for getting the draft minutes out so quickly, it is much appreciated. I noticed a few
things which I think need correcting before they are agreed:

(a) Attendance - I was present (I arrived at about 7.20, during the MP's report) but I'm listed
under apologies. I did send apologies originally but managed to come after all.

(b) Item 4, treasurer's report - the figure for the current account is given as £1,420.55. I
think Non said £1,240.55; that is what's in her written report too.

(c) Item 5 - "Mr Pugh" should be "Mrs Pugh" (my husband isn't a member!).

(d) Item 6 - the minutes say the campaign day was agreed for the 21st. My note says it was
left for the campaign coordinator to decide between the 21st and 28th.

Nothing controversial, I hope. I shall raise them under matters arising if that is easier.

With kind regards,
Margaret Pugh
Nant-y-Fedw""",
      tags=("minutes-correction", "long"))

# 21 union delegate credentials
c.add("procedural", subject="GMB Branch W12 - delegates to Cwm Taf Valleys CLP",
      sender=("GMB W12 Branch Secretary", "w12branch.gmb@btinternet.com"),
      body="""Dear Colleague,

GMB Branch W12 (Cynon & Taf General) affiliates to Cwm Taf Valleys CLP on 240 members.

I can confirm that at our branch meeting on 2nd October the following were appointed as the
branch's delegates to the CLP General Committee for the coming year:

   Kevin Walters
   Lorraine Hopkin
   Darren Price (replacing Phil Jones, who has retired)

All three are individual members of the Labour Party and are paying the political levy.

Please amend your records and send all future correspondence for the GC to the delegates
directly, copied to this address.

In solidarity,

Gail Thomas
Branch Secretary, GMB W12""",
      tags=("delegates", "affiliate"))

# 22 agenda item - boundary changes
c.add("procedural", subject="Could we have an item on the ward boundary review?",
      sender=c.person("Huw", "Rowlands"),
      body="""Rhian, the Local Democracy and Boundary Commission draft proposals are out and they'd merge
Pentre Isaf with half of Cwmderwen. I'd like an agenda item at the next GC so delegates can
agree a CLP response before the consultation closes. I'll do a 5 min intro with maps. Can you
pencil it in and let me know?

Huw Rowlands (Cllr, Pentre Isaf)""",
      tags=("agenda-request",))

# 23 chair asks about quorum
c.add("procedural", subject="Quorum - what do we do if we're short again",
      sender=c.person("Dafydd", "Prosser"),
      body="""Rhian,

After last month I've been reading the standing orders. We were 3 short of quorum at 7.05 and
I carried on "informally", which I probably shouldn't have. SO 12 says quorum is one third of
delegates but I can't see anything about how long we wait.

My proposal: we wait until 7.20, and if still inquorate we hold a members' discussion with no
decisions, and anything urgent goes to the EC. Could we put an SO amendment to the AGM to say
so? Can you draft something and we'll look at it at EC.

Dafydd""",
      tags=("standing-orders",))

# 24 elderly apology, bottom-quoted
D, Q = pair()
c.add("procedural", subject="Re: GC - Thursday 12th",
      sender=c.person("Gwyneth", "Morgan", provider="btinternet.com"),
      body=c.quote_reply("""Dear Rhian,

Thank you for the notice. I regret that I shall not be able to attend on this occasion as my
hip operation has been brought forward to the 11th, and I doubt I shall be fit for the stairs
at the Workmen's Hall (or for Zoom, which I have never mastered).

I hope the meeting goes well.

Kind regards,
Gwyneth Morgan (Mrs)""", GC_NOTICE, style="bottom", quoted_date=Q),
      date=D, tags=("apologies", "quoted", "elderly"))

# 25 full motion - bus public ownership
c.add("procedural", subject="Motion: a public bus network for the Valleys",
      sender=c.person("Kevin", "Walters"),
      body="""Dear Secretary

The following motion is submitted by GMB W12 delegates for the next GC.

PUBLIC BUSES FOR THE VALLEYS

This CLP notes
* the Bus Services (Wales) Bill, which will allow franchising across Wales;
* that since deregulation in 1986 bus mileage in the South Wales valleys has fallen by more
  than a third and fares have risen faster than wages;
* the cuts to the 132, 140 and X4 evening services announced this autumn.

This CLP believes
* that buses are a public service and should be run for passengers, not shareholders;
* that franchising must come with proper funding and with the existing workforce protected
  on no less favourable terms;
* that a publicly owned operator should be an option for the region and not ruled out.

This CLP resolves
* to support the Bill and urge our MS to press for a publicly owned operator in the
  South East Wales franchise area;
* to hold a public meeting on buses in the new year jointly with Unite and GMB;
* to send this motion to the Welsh Labour Policy Forum.

Proposer: Kevin Walters (GMB)
Seconder: Darren Price (GMB)

Kevin""",
      tags=("motion", "full-motion", "affiliate"))

# 26 standing orders amendment for AGM (hybrid)
c.add("procedural", subject="SO amendment for AGM - hybrid meetings",
      sender=c.person("Tomos", "Hale"),
      body="""Hi Rhian,

Notice of a proposed amendment to the CLP standing orders, for the AGM. I make it well over
21 days. Proposed by Cwmderwen branch (meeting 8th, carried 12-2).

Amend SO 4 (Meetings) by adding a new clause:

"4(e) Meetings of the General Committee and of branches may be held in person, online, or in
a hybrid form, as determined by the Executive Committee. Delegates attending online shall be
counted towards the quorum and may vote, provided the voting method allows the chair to verify
that only eligible delegates vote."

And renumber subsequent clauses.

Reason: roughly a quarter of our delegates either work shifts or don't drive, and some of our
villages have one bus an hour after 6. Hybrid was working fine during and after covid.

I realise the regional office may have a view on whether this is allowed under the rule book,
so maybe check with them first?

Tomos Hale
Secretary, Cwmderwen branch""",
      tags=("standing-orders", "amendment", "agm"))

# 27 branch nominates conference delegates
c.add("procedural", subject="Annual Conference delegate nominations - Glynhafod",
      sender=c.person("Angharad", "Lloyd"),
      body="""Rhian,

Glynhafod branch nominates the following for election as CLP delegates to Annual Conference:

Woman delegate: Angharad Lloyd
Second delegate (open): Rhodri Vaughan

Both have confirmed they're willing to stand and that they'd be able to attend all four days.
Rhodri has also asked to be considered for the CLP's bursary for delegates.

Thanks, A.""",
      tags=("nomination", "conference-delegate"))

# 28 objection - vote taken inquorate
c.add("procedural", subject="Leaflet budget vote - not valid?",
      sender=c.person("Sian", "Reed"),
      body="""Hi Rhian

I'd like it noted at the next GC that I don't think the vote on the leaflet budget was valid.
By the time we got to item 7 a lot of people had left for the last bus and I counted 14
delegates in the room and 3 on Zoom, which is under a third. I did raise it at the time but
the chair said we'd "carry on as we were quorate at the start". That's not what the SOs say.

I'm not against the spending itself, I just think it needs to be ratified properly at the next
meeting so nobody can challenge it later.

Sian Reed
Treasurer, Cwmderwen branch""",
      tags=("procedural-objection",))

# 29 EC apology with report promised
D, Q = pair()
c.add("procedural", subject="Re: EC Monday",
      sender=c.person("Non", "Bevan"),
      body=c.quote_reply("""Apologies from me for Monday, the car's failed its MOT and I'm in the garage in
Pontypridd with no signal most of the day. I'll email the treasurer's report round tonight so
it can be taken as read. Short version: we're fine, the standing order income is slightly
down.

Non""", EC_NOTICE, style="outlook", quoted_date=Q),
      date=D, tags=("apologies", "quoted", "ec"))

# 30 treasurer's report with attachment
c.add("procedural", subject="Treasurer's report for GC",
      sender=c.person("Non", "Bevan"),
      body="""Hi Rhian,

Treasurer's report attached for the GC papers (PDF and the spreadsheet version). Headline
figures:

Current account        £3,412.18
Deposit account        £8,050.00 (election fund, ring-fenced)
Income this period     £1,186.40 (CLP share of subs £842.40, donations £210, raffle £134)
Expenditure            £977.25 (room hire £180, Zoom £143.88, leaflets £612, postage £41.37)

I'd like the GC to agree a budget of £900 for the Tonllwyd by-election leaflets - that's in the
recommendations at the end. I'll be there to answer questions.

Non Bevan
CLP Treasurer""",
      tags=("officer-report", "attachment-described"))

# 31 youth officer report
c.add("procedural", subject="youth officer report",
      sender=c.person("Cai", "Jenkins"),
      body="""hiya Rhian, my report for GC below, sorry its late

- Young Labour social at the Cwmderwen Arms last month, 9 came, 4 had never been to anything before
- 3 of us went to the Welsh Young Labour conference in Cardiff
- we want to do a stall at the college freshers (USW) but need someone over 18 to sign the room booking, will ask at GC
- membership under 27: 41 (was 37)

that's it!! Cai""",
      tags=("officer-report",))

# 32 women's forum report
c.add("procedural", subject="Women's Forum report - for noting",
      sender=c.person("Angharad", "Lloyd"),
      body="""Rhian - Women's Forum report for GC, for noting:

The forum met on 2 October (12 present, creche provided by Cwmderwen Play). Discussion on
childcare costs and the new Flying Start areas; agreed to invite the Deputy Minister for
Social Partnership in the spring. We also discussed the CLP's gender balance - the EC has
currently 5 women out of 14 - and the forum would like the AGM to consider whether the EC
should have reserved places. No motions this time.

Next meeting 6 November, Abercynan Community Centre.

Angharad Lloyd (Women's Officer, acting)""",
      tags=("officer-report",))

# 33 withdrawal of nomination
c.add("procedural", subject="Withdrawing my nomination",
      sender=c.person("Bethan", "Price"),
      body="""Dear Rhian,

I'm sorry to do this after the deadline but I'd like to withdraw my nomination for Vice-Chair
(Campaigns). I've been offered a job in Swansea starting January and I won't be able to give
it the time. Please remove me from the ballot paper if it's not too late - and thank you to
Glynhafod for nominating me.

Bethan""",
      tags=("nomination", "withdrawal"))

# 34 forwarded motion with vote result
D, Q = pair()
c.add("procedural", subject="Fwd: Motion passed at Heol Las - please add to GC",
      sender=c.person("Owain", "Griffiths"),
      body=c.forward("""Rhian - this is the final wording agreed at Heol Las last night (passed 9-3). Please table for
the GC under SO 7. Mover Gwyn Parry, seconder me.""",
                     """Owain, tidied-up version with the amendment folded in:

This CLP notes the council's proposal to close Heol Las Leisure Centre as part of next year's
budget, saving an estimated £310,000.
This CLP believes the centre is the only swimming pool within four miles, is used by three
schools and by the cardiac rehab programme, and that closure would cost the NHS more than it
saves the council.
This CLP resolves to ask the Labour group to oppose closure in the budget, to back the
community asset transfer study, and to invite the leisure trust to a GC.

G.""", "Gwyn Parry <gwynparry58@hotmail.co.uk>", "leisure centre motion - final", orig_date=Q),
      date=D, tags=("motion", "forwarded", "three-line"))

# 35 non-native apology (Polish)
c.add("procedural", subject="Apology for meeting",
      sender=c.person("Agnieszka", "Nowak"),
      body="""Hello Rhian,

I am sorry but I cannot come to meeting on Thursday because they change my shift in work to
late one. Please put apology for me. Next month I will come for sure.

Thank you,
Agnieszka Nowak
(Glynhafod)""",
      tags=("apologies", "non-native"))

# 36 branch minutes submitted for noting
c.add("procedural", subject="Glynhafod branch minutes - for noting at GC",
      sender=c.person("Angharad", "Lloyd"),
      body="""Hi Rhian, attached are the approved minutes of our September branch meeting for the GC
papers (for noting only - nothing for decision). Our October ones will come after the branch
approves them on the 18th.

Angharad""",
      tags=("minutes", "attachment-described"))

# 37 request order of business
c.add("procedural", subject="Order of motions at GC",
      sender=c.person("Aled", "Morris"),
      body="""Rhian - as mover of the motion on arms sales, could I ask that it's taken first under item 5? I've
got to be in work for 9pm (nights at the hospital) and can't stay past 8.15. If the chair
wants to take the two-child limit motion first that's fine too, I'd just need to be out the
door by quarter past. Let me know. Aled""",
      tags=("agenda-request",))

# 38 full motion - Gaza/arms
c.add("procedural", subject="Motion for GC: Arms sales and humanitarian access",
      sender=c.person("Aled", "Morris"),
      body="""Motion submitted by Nant-y-Fedw branch (passed 15-4, 2 abstentions)

This CLP notes:
- the humanitarian catastrophe in Gaza, including the findings of UN agencies on famine
  conditions and the numbers of civilians killed and displaced;
- the government's partial suspension of arms export licences and the continuing supply of
  components through the F-35 programme;
- the concern expressed by many members in this CLP, and by the Welsh Government's own
  statements on humanitarian access.

This CLP believes:
- that the UK must not supply arms where there is a clear risk they may be used to commit
  serious breaches of international humanitarian law;
- that an immediate and permanent ceasefire, the release of all hostages and unrestricted
  humanitarian access are essential;
- that members who raise these issues should be able to do so through the party's democratic
  structures.

This CLP resolves:
1. To write to the Foreign Secretary and the Business and Trade Secretary, via our MP, calling
   for the suspension of all remaining arms export licences to Israel, including F-35
   components, while that clear risk remains.
2. To ask our MP to make her position on this question known to members at the next GC.
3. To forward this motion to Welsh Labour and the NEC.

Mover: Aled Morris
Seconder: Ruth Edwards""",
      tags=("motion", "full-motion"))

# 39 friendly amendment accepted by mover
c.add("procedural", subject="Re: Motion: a public bus network for the Valleys",
      sender=c.person("Kevin", "Walters"),
      body="""Rhian, just to say I've spoken to Huw Rowlands and I'm happy to accept his friendly amendment -
add "and the Welsh Government" after "urge our MS" in the first resolves bullet. So can the
version in the papers include that please, and then it won't need a separate vote.

Cheers
Kev""",
      tags=("amendment", "friendly-amendment"))

# 40 HTML-only Outlook apology with disclaimer
c.add("procedural", subject="Apologies - GC", fmt="html", body="x",
      sender=("Powell, Carys", "carys.powell@cwmtaf-ub.example.nhs.wales"),
      html_body=outlook_html([
          "Hi Rhian,",
          "Apologies from me for Thursday&#8217;s GC &#8211; I&#8217;m on call. Could you make sure "
          "the minutes note that I&#8217;d have supported the motion on the maternity unit.",
          "Many thanks,"],
          ["Carys Powell", "Senior Midwife | Bydwraig Uwch", "Tel: 01443 000 000"],
          disclaimer="This e-mail and any attachments are confidential and intended solely for the addressee. "
                     "If you are not the intended recipient, please notify the sender and delete it. / Mae'r "
                     "e-bost hwn yn gyfrinachol."),
      tags=("apologies", "html-only", "work-address"))

# 41 seconding - chatty
c.add("procedural", subject="Re: bins motion",
      sender=c.person("Mal", "Evans"),
      body="Yes I'll second it. About time someone raised the bins, it's been three weeks on our street and the gulls are having a party. Put me down as seconder. Mal",
      tags=("seconding", "one-line"))

# 42 auditor nomination
c.add("procedural", subject="Nomination for auditor",
      sender=c.person("Harold", "Jones"),
      body="""Dear Mrs Evans,

I see from the AGM notice that the CLP needs two auditors (examiners of accounts) for the
coming year. I am happy to be nominated again, and Mr Leighton Davies has agreed to propose me.
Mr Davies will send a separate email to confirm.

As you know I was a bank manager for 31 years and have done the CLP accounts since 2011. I
would ask that the accounts are sent to me at least three weeks before the AGM this time.

Yours sincerely,
Harold Jones""",
      tags=("nomination", "agm"))

# 43 short delegate report
c.add("procedural", subject="Regional women's conference - quick report",
      sender=c.person("Ruth", "Edwards"),
      body="""Rhian

Quick report from Saturday's regional women's conference, full write-up to follow before the
GC:
- 140ish there, 3 from us (me, Angharad, Sian)
- motion on domestic abuse refuge funding passed unanimously
- motion on the WASPI compensation passed after a long debate
- we've been asked to host the next one in the valleys - could come to EC?

Ruth""",
      tags=("delegate-report", "short"))

# 44 arrears and moving a motion (also query)
c.add("procedural", also=["query"], subject="Can someone in arrears move a motion?",
      sender=c.person("Helen", "Bowen"),
      body="""Rhian,

Awkward one. Our mover for the leisure centre motion has just realised her direct debit failed
in the summer and Membersnet shows her in arrears. She's paid it now. Is she still eligible to
move the motion at the GC, or do we need to switch mover? She's a branch delegate so she was
elected when she was in good standing, if that matters.

Helen (Heol Las)""",
      tags=("standing-orders", "confuser", "procedural-as-query"))

# 45 objection to approving minutes, mild complaint
c.add("procedural", also=["complaint"], subject="Re: draft minutes - objection",
      sender=c.person("Gwyn", "Parry"),
      body="""Rhian,

I'll be moving at the GC that the minutes of the last meeting are NOT approved and are held over.
They were circulated at 5.52pm on the day of the meeting. Nobody can be expected to read eleven
pages in an hour and the section on my motion is, in my view, inaccurate. This is the second
time this year.

Gwyn""",
      tags=("procedural-objection", "minutes"))

# 46 txt-ish nomination
c.add("procedural", subject="nomination",
      sender=c.person("Julie", "Price"),
      body="hi rhian i nominate Owen Price for political education officer. seconded by me julie price (his wife, also a member lol). he said yes before you ask x",
      tags=("nomination", "officer-post", "noisy"))

# 47 AGM apology + proxy question (also query)
D, Q = pair()
c.add("procedural", also=["query"], subject="RE: Notice of AGM",
      sender=c.person("Leighton", "Davies"),
      body=c.quote_reply("""Rhian,

I'm afraid I'll be in Tenerife for the AGM, so please record my apologies. Is there any way I can
vote by proxy for the officer elections? I assume not, but worth asking.

Leighton""", AGM_NOTICE, style="outlook", quoted_date=Q),
      date=D, tags=("apologies", "agm", "quoted"))

# 48 three-line motion from phone: leisure centre
c.add("procedural", subject="Motion - libraries",
      sender=c.person("Carys", "Hopkin"),
      body="""This CLP notes the proposed cut of opening hours at Pentre Isaf and Tonllwyd libraries to 2 days a week.
Believes libraries are warm spaces, job clubs and the only free internet for many.
Resolves to ask the Labour group to find the saving elsewhere and support the Friends of the Library petition.

Carys Hopkin / sec Sioned Rees

Sent from my iPhone""",
      tags=("motion", "three-line", "mobile"))

# 49 nominations from a branch meeting for several officer posts
c.add("procedural", subject="Nant-y-Fedw branch - nominations for CLP officers",
      sender=c.person("Hywel", "Edwards"),
      body="""Hi Rhian,

Nant-y-Fedw branch met last night and agreed the following nominations for the CLP AGM:

Chair ............................ Cllr Dafydd Prosser
Vice-Chair ....................... Margaret Pugh
Vice-Chair (Campaigns) ........... Aled Morris
Vice-Chair (Membership) .......... no nomination
Secretary ........................ Rhian Evans
Treasurer ........................ Non Bevan
Women's Officer .................. Angharad Lloyd
Trade Union Liaison Officer ...... Kevin Walters
Disability Officer ............... Ray Pritchard
BAME Officer ..................... no nomination
Youth Officer .................... Cai Jenkins
Political Education Officer ...... no nomination

Forms to follow in the post (Ray doesn't do email). All nominees were contacted before the
meeting.

Regards
Hywel""",
      tags=("nomination", "officer-post", "agm"))

# 50 minutes correction from councillor
c.add("procedural", subject="I was there!",
      sender=c.person("Meirion", "Hughes"),
      body="""Rhian, the draft minutes list me under apologies but I was at the meeting - I gave the
councillors' report under item 4! Could you move me to present. Also it's Cllr Meirion Hughes
not Cllr Merion Hughes. Thanks. M""",
      tags=("minutes-correction",))

# 51 MP's office asks for report slot
c.add("procedural", subject="MP's report - GC 12th",
      sender=("Lowri Pritchard (Office of Catrin Lewis MP)", "lowri.pritchard@parliament.example.uk"),
      body="""Dear Rhian,

Catrin would like to give her parliamentary report at the GC on the 12th. Unfortunately she has
a constituency event in Abercynan earlier that evening and won't be able to arrive before 7.45.
Would it be possible to take her report after the motions rather than under item 4? She will
stay until the end of the meeting.

She has asked me to send a written summary for the papers, which I'll do by Monday.

Best wishes,

Lowri Pritchard
Senior Caseworker / Office Manager
Office of Catrin Lewis MP""",
      tags=("agenda-request", "mp-office"))

# 52 rambling apology
c.add("procedural", subject="Sorry - can't come",
      sender=c.person("Olwen", "Hughes"),
      body="""Hello love,

I'm ever so sorry but I won't be at the meeting Thursday. It's our Sara's little one's first
nativity (she's a sheep, the costume took me two evenings!) and then I've said I'll have them
overnight because Sara's on an early. I did try and swap but there we are. Could you put me down
as apologies please. I've read the papers and I'm all for the maternity unit one, you can tell
them that. And if anyone's doing a lift for the AGM I'd be glad of one, my knee isn't good for
the walk up from the bus.

Love Olwen x""",
      tags=("apologies", "rambling", "elderly"))

# 53 motion on accessibility of meetings
c.add("procedural", subject="Motion on access to CLP meetings",
      sender=c.person("Ray", "Pritchard", provider="aol.com"),
      body="""MOTION FROM THE DISABILITY OFFICER (ACTING)

This CLP notes that three of the last six GC meetings were held in rooms without step-free
access, and that the hearing loop at the Workmen's Hall has not worked since the spring.

This CLP believes that disabled members have the same right to take part in the party as any
other member and that access is not an optional extra.

This CLP resolves:
(a) to hold all CLP meetings in venues with step-free access and accessible toilets;
(b) to ask the EC to budget for a portable hearing loop;
(c) to ask members, on every meeting notice, whether they have access requirements;
(d) to review access at each AGM.

Proposer: Ray Pritchard. Seconder: Bronwen Rees.

(typed for me by my grandson Dewi)""",
      tags=("motion", "full-motion"))

# 54 job-share co-chairs question (also query)
c.add("procedural", also=["query"], subject="Job share nomination for Vice-Chair?",
      sender=c.person("Zofia", "Kowalski"),
      body="""Hi Rhian,

Sian Reed and I would like to stand jointly for Vice-Chair (Membership) as a job share. We both
work and have kids and neither of us could do it alone, but together we could. Is that allowed
under our standing orders / the rule book? If so, do we need one nomination form or two? If it
isn't allowed, we'd like to propose a SO change at the AGM to make it possible.

Thanks,
Zofia""",
      tags=("nomination", "standing-orders", "confuser", "procedural-as-query"))

# 55 one-line apology, two people
c.add("procedural", subject="apologies",
      sender=c.person("Eleri", "Thomas"),
      body="Apologies from me and Huw for tonight - his mam's been taken into the Royal Glam. E",
      tags=("apologies", "one-line"))

# 56 delegate report from policy forum
c.add("procedural", subject="Report from Welsh Policy Forum meeting",
      sender=c.person("Huw", "Rowlands"),
      body="""Rhian,

Short report from the Welsh Policy Forum meeting in Cardiff last Saturday, for the GC papers:

The forum is consulting on three documents this year: Health & Social Care, Education &
Skills, and a New Economy for Wales. Submissions close in February. Our CLP can submit a
response to each, and so can branches and individuals via the online portal.

I'd suggest we hold a GC policy session in January - two 30-minute breakouts - and I draft
the submissions from that. In particular, the health document says very little about
maternity services outside Cardiff, which members here obviously care about.

Huw""",
      tags=("delegate-report",))

# 57 local campaign forum report
c.add("procedural", subject="LCF report",
      sender=c.person("Mike", "Jarvis"),
      body="""Rhian,

LCF met on the 1st. Points for the GC:

1. The Tonllwyd by-election is confirmed for the 28th. Candidate is Cerys Morgan. LCF asks every
   branch to commit one session a week until polling day.
2. The council manifesto working group has started - branches to send local priorities by
   end of month.
3. The LCF's next meeting will consider the timetable for the 2027 council selections. Sitting
   councillors wishing to restand must say so by January.

Mike Jarvis
CLP rep on the LCF""",
      tags=("officer-report",))

# 58 amendment with line numbers - pension divestment
c.add("procedural", subject="Amendment to motion 3 (council pension fund)",
      sender=c.person("Rhiannon", "Parry"),
      body="""Amendment to Motion 3 (Council Pension Fund and Fossil Fuels), submitted by Cwmderwen branch.

Line 4: after "divest from fossil fuel companies" insert "within five years".
Line 9: delete "immediately".
Lines 11-12: delete "and to publish the names of councillors on the pensions committee who vote
against".
Add at end: "This CLP further resolves to ask Unison and GMB, whose members are in the scheme, for
their views before the motion is sent to the council group."

Mover: Rhiannon Parry
Seconder: Tomos Hale""",
      tags=("amendment",))

# 59 requisition for a special GC
c.add("procedural", subject="Request for a special meeting of the General Committee",
      sender=c.person("Ruth", "Edwards"),
      body="""Dear Secretary,

We, the undersigned delegates to the General Committee, request that a special meeting of the
General Committee is called under SO 5(c), to discuss the EC's decision to postpone the AGM
to the new year.

The standing orders provide that a special meeting shall be called on the written request of
not less than one fifth of delegates. There are 58 delegates; we are 13.

Ruth Edwards (Nant-y-Fedw)
Aled Morris (Nant-y-Fedw)
Gwyn Parry (Heol Las)
Helen Bowen (Heol Las)
Owain Griffiths (Heol Las)
Carys Hopkin (Pentre Isaf)
Sioned Rees (Pentre Isaf)
Lorraine Hopkin (GMB)
Kevin Walters (GMB)
Meinir Davies (Abercynan)
Dilys Harris (Abercynan)
Rhiannon Parry (Cwmderwen)
Zofia Kowalski (Cwmderwen)

Each of the above has confirmed by email to me and I am happy to forward those emails if
required.

Ruth Edwards""",
      tags=("requisition", "standing-orders"))

# 60 student apology
D, Q = pair()
c.add("procedural", subject="Re: GC - Thursday 12th",
      sender=c.person("Ffion", "Walters"),
      body=c.quote_reply("hiya sorry cant come thurs got a uni deadline, apols pls!! x", GC_NOTICE, style="gmail", quoted_date=Q),
      date=D, tags=("apologies", "quoted", "one-line", "noisy"))

# 61 women's conference delegate nomination
c.add("procedural", subject="Nomination - Women's Conference delegate",
      sender=c.person("Sian", "Reed"),
      body="""Dear Rhian,

Please accept this as my nomination of Ruth Edwards as the CLP's delegate to National Women's
Conference. Ruth has agreed. I am a member of Cwmderwen branch and not in arrears.

Sian Reed""",
      tags=("nomination", "conference-delegate"))

# 62 chair's corrections to draft minutes
c.add("procedural", subject="draft minutes - my comments",
      sender=c.person("Dafydd", "Prosser"),
      body="""Rhian, comments on your draft before it goes out:

- p1, "the chair apologised for the late start" - fine, though it was the caretaker's fault, not
  mine! Leave it.
- p2, item 4 - I think we should say "the MP's report was received" rather than summarising what
  she said, she's asked us before not to paraphrase.
- p3, the vote on the arms motion - please give the numbers (31 for, 9 against, 4 abstentions).
- p3, Gwyn's challenge to the ruling - record it as "a delegate challenged the ruling of the
  chair; the ruling was upheld 27-11".

Otherwise grand. Send when ready.
D""",
      tags=("minutes",))

# 63 apology plus councillors' report
c.add("procedural", subject="Apologies + councillors' report for item 4",
      sender=c.person("Cerys", "Morgan"),
      body="""Hi Rhian,

Apologies from me for Thursday - I'll be out canvassing in Tonllwyd (by-election, as you know!).

Councillors' group report below for item 4, could someone read it out?

- Budget: the cabinet is consulting on £9.2m of savings. The group has asked for the leisure
  centre and library proposals to be taken out and we're expecting a revised package in
  December.
- Potholes: the £1.5m resurfacing programme has started on Heol Fawr.
- Schools: the new Welsh-medium primary in Cwmderwen has planning permission.

Thanks,
Cerys""",
      tags=("apologies", "officer-report"))

# 64 Romanian-English nomination for BAME officer
c.add("procedural", subject="Nomination for the BAME officer post",
      sender=c.person("Ioana", "Popescu"),
      body="""Dear Mrs Rhian,

I want to nominate my colleague Mr Emeka Obi for BAME officer at the AGM. He is member since
three years and he is very active in the community, with the refugee project in Abercynan and
the mosque and church open day. I have asked him and he agree to stand. I am member in
Abercynan branch and I have paid my subscription.

Please tell me if I must fill some form also, I will do it.

With respect,
Ioana Popescu""",
      tags=("nomination", "officer-post", "non-native"))

# 65 point of order after a GC - delegate entitlement
c.add("procedural", subject="Delegate entitlement - Heol Las",
      sender=c.person("Owain", "Griffiths"),
      body="""Rhian,

According to the figures circulated with the AGM papers Heol Las now has 103 members, which under
SO 3 (one delegate per 20 members or part thereof) entitles us to 6 GC delegates, not 5. We'd like
our sixth delegate - Helen Bowen - to be recognised from the AGM onwards. Please confirm.

Owain""",
      tags=("delegates", "standing-orders"))

c.write()
