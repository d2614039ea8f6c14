"""dev split, writer db3: procedural business (motions, apologies, nominations, minutes...).

Every message below was written by hand for the held-out set.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("dev", "db3", seed=2203)
SEC = c.clp[1].split()[0]          # Mark
SECFULL = c.clp[1]
SECADDR = c.clp[2]

_add = c.add


def _tagged_add(label, body=None, tags=(), **kw):
    """Every message carries tags; those exercising no special class are tagged 'ordinary'."""
    tags = (tags,) if isinstance(tags, str) else tuple(tags)
    return _add(label, body, tags=tags or ("ordinary",), **kw)


c.add = _tagged_add

# ---- apologies ---------------------------------------------------------------------------

c.add("procedural", subject="Apologies",
      body="Apologies for Thursday please Mark. Bob",
      sender=c.person("Bob", "Charlton"))

c.add("procedural", subject="Apologies for GC - 14th",
      sender=c.person("Christine", "Armstrong"),
      body=f"""Dear {SEC},

Please could you give my apologies for the GC on the 14th. I'm having a small operation that morning (nothing serious, a knee) and I won't be driving for a few days.

For item 5, if it helps the meeting, Saltwell Rise branch discussed the bus franchising motion on Monday and voted 11-2 to support it. Our other delegate, Paul, will be there and can speak to it.

Kind regards,
Christine Armstrong
GC delegate, Saltwell Rise""",
      tags=("confuser", "procedural-as-other"))

c.add("procedural", subject="Re: Agenda - GC Thursday 7pm",
      sender=c.person("Kevin", "Liddle"),
      body=c.quote_reply(
          """Apols from me - working lates this month. Kev""",
          f"""Dear all,

Please find below the agenda for Thursday's General Committee, 7pm, Coalway Miners' Welfare.

1. Apologies
2. Minutes of the previous meeting and matters arising
3. Correspondence
4. Reports: Secretary, Treasurer, Councillors, MP
5. Motions: (a) Bus franchising (Saltwell Rise) (b) Two-child limit (Keelmen)
6. Campaign plan for May
7. AOB

{SECFULL}
Secretary, Tynebridge CLP""",
          style="gmail"),
      tags=("quoted",))

c.add("procedural", subject="GMB delegate - substitute for 14th",
      sender=("Sharon Lumsden", "s.lumsden@gmb-northern.example.org.uk"),
      body=f"""Dear {SEC},

Brother Alan Robson, one of our two credentialed GMB delegates to Tynebridge CLP, sends his apologies for the GC on the 14th. Under your standing orders I understand the branch may send a named substitute; we would like Sister Kelly Dunn (GMB membership no. on file) to attend in his place for that meeting only.

Please let me know if you require anything further.

Regards,
Sharon Lumsden
Branch Secretary, GMB Tynebridge General""")

c.add("procedural", subject="apologise for meeting",
      sender=("Marius Popa", "marius.popa84@yahoo.com"),
      body="""Hello Mark,

I am sorry I cannot come to the meeting of Keelmen branch on Wednesday, I have to work in night shift at the warehouse. Please write in the list that I am apologise. Next month I will come sure.

Thank you
Marius Popa""",
      tags=("non-native",))

c.add("procedural", subject="apologies + a note on item 6",
      body="""Mark,

Apologies for tonight, I'm stuck in Leeds. Train's been cancelled twice.

On item 6 - could it be minuted that I'd asked for the campaign plan to include the Westmoor flats? They've been missed off the target list twice running and there are 600 doors there. Happy for someone else to move it.

Ta
Deepak""",
      sender=c.person("Deepak", "Mistry"))

c.add("procedural", subject="Apologies - Cllr Hedley",
      sender=("Cllr Joan Hedley", "joan.hedley@tynebridge-council.example.gov.uk"),
      fmt="html",
      html_body="""<html><body style="font-family:Arial;font-size:11pt"><p>Dear Mark</p>
<p>Please accept my apologies for the GC this month. I have a clash with Full Council budget briefing.</p>
<p>My written councillor report for Staithes ward is below for inclusion in the papers:</p>
<ul><li>Casework: 34 new cases since last GC, mostly housing repairs and parking.</li>
<li>Secured £12,000 from ward budget for the Staithes Road play area resurfacing.</li>
<li>Continuing to press officers on the missed bin collections on the Bede estate.</li></ul>
<p>Kind regards</p>
<p>Joan<br><b>Cllr Joan Hedley</b><br>Labour Member for Staithes Ward<br>Tynebridge Metropolitan Borough Council</p>
<p style="font-size:8pt;color:#777">This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error please notify the sender and delete it. Views expressed are those of the individual and not necessarily those of Tynebridge MBC.</p></body></html>""",
      body="",
      tags=("html-only",))

c.add("procedural", subject="cant make it",
      body="""cant make it tonite mark sorry, bairn's poorly. put me down as apols. tell them i'm still up for the doorstep session sat. Leanne""",
      sender=c.person("Leanne", "Dobson"),
      tags=("noisy",))

c.add("procedural", subject="Apologies - Westmoor AGM",
      sender=c.person("Walter", "Elliott"),
      body="""Dear Secretary,

I regret I shall be unable to attend the Westmoor branch Annual General Meeting on Saturday, as I am attending my granddaughter's wedding in Edinburgh. Please record my apologies.

I should like it noted that I will not be seeking re-election as branch treasurer, after nineteen years. The books are up to date and I will hand them over at whatever time is convenient to my successor.

Yours sincerely
W. Elliott""",
      tags=("confuser", "procedural-as-other"))

# ---- motions and amendments ---------------------------------------------------------------

c.add("procedural", subject="Motion for GC - bus franchising",
      sender=c.person("Paul", "Hutchinson"),
      body=f"""Hi {SEC},

Saltwell Rise branch passed the following motion on Monday and asks that it be placed on the agenda for the next GC.

---
Bus franchising in the North East

This CLP notes:
- that since deregulation in 1986, bus routes in Tynebridge have been cut by more than a third;
- that the Combined Authority has the power to franchise bus services and has begun consultation;
- that the 47 and 93 routes serving Saltwell Rise and Coalway were withdrawn in March with six weeks' notice.

This CLP believes:
- that public control of buses is Labour policy and is supported by the overwhelming majority of our residents.

This CLP resolves:
- to make a formal submission to the franchising consultation in support of the fastest possible timetable;
- to write to the Mayor and our MP asking them to commit to restoring the 47 and 93 as a priority.

Proposer: Paul Hutchinson
Seconder: Christine Armstrong
---

Thanks,
Paul
Secretary, Saltwell Rise branch""")

c.add("procedural", subject="Keelmen branch motion - two child limit",
      sender=("Gillian Fenwick", "gill.fenwick@outlook.com"),
      body="""Mark

Motion from Keelmen for the GC please. Passed unanimously at our branch meeting last night (18 present).

"Keelmen Branch notes that 1 in 4 children in Tynebridge lives in a family affected by the two-child limit, and that the Child Poverty Action Group estimates scrapping it would lift 350,000 children out of poverty nationally at a cost of around £3.4bn. We call on the CLP to write to the Chancellor and to our MP urging that the limit be abolished in the next Budget, and to submit this as our contemporary motion to Annual Conference."

Proposed Gill Fenwick, seconded Terry Dunn.

Gill""",
      also=())

c.add("procedural", subject="Emergency motion - Hebburn Yard",
      sender=c.person("Stephen", "Gowland"),
      body=f"""{SEC},

As you'll have seen in the Chronicle this morning, Tynebridge Marine has announced the closure of the Hebburn Yard fabrication shop with 240 redundancies. I'd like to submit the following as an emergency motion for Thursday's GC. I believe it meets the test in standing orders as it arose after the deadline for ordinary motions.

"This CLP stands with the workforce at Hebburn Yard and their unions. We call on our MP and the Mayor to meet the unions within seven days, to press the company and government for a rescue plan, and we instruct the Secretary to write to the company expressing our opposition to the closure."

Proposed: Stephen Gowland (Coalway)
Seconded: Andy Shiel (GMB delegate)

Stephen""")

c.add("procedural", subject="Amendment to the campaign plan motion",
      body="""Dear Mark,

On behalf of Bede's Bank branch, we'd like to submit an amendment to item 6 (Campaign Plan for May):

In paragraph 3, delete "concentrate resources on Staithes and Keelmen" and insert "concentrate resources on Staithes, Keelmen and Westmoor".

Add at the end: "The EC will report to each GC on the number of contacts made in each target ward."

Moved: Deepak Mistry. Seconded: Hannah Robson.

Thanks,
Hannah""",
      sender=c.person("Hannah", "Robson"))

c.add("procedural", subject="Proposed changes to standing orders",
      sender=c.person("Richard", "Bell"),
      body=f"""Dear {SEC},

Ahead of the AGM, Ravensworth Park branch wishes to give notice of the following proposed amendments to the CLP standing orders. I understand these require 28 days' notice and a two-thirds majority.

1. SO 7(b) — replace "Motions must be received by the Secretary not less than 14 days before the meeting" with "not less than 10 days".

2. New SO 9(d): "Members attending remotely by video link shall be counted towards the quorum and shall be entitled to vote, provided the meeting has been convened as a hybrid meeting."

3. SO 12 — speaking time for movers of motions to be increased from three minutes to five.

Rationale is attached as a separate sheet for the papers.

Regards,
Richard Bell
Secretary, Ravensworth Park""")

c.add("procedural", subject="Seconding Gaza motion",
      body="""Mark, happy to second the Coalway motion on arms sales to Israel. Please put my name on it. Nadia Hassan (Keelmen)""",
      sender=c.person("Nadia", "Hassan"))

c.add("procedural", subject="Motion text - revised version",
      sender=c.person("Gillian", "Fenwick"),
      body=c.quote_reply(
          """Mark - apologies, we've had a late tweak from the seconder. Can you use this version instead of the one I sent Tuesday? Only change is the last sentence.

"...and to submit this as our contemporary motion to Annual Conference, subject to the Conference Arrangements Committee's criteria."

Thanks, Gill""",
          """Thanks Gill, received - it'll go on the agenda for the 14th. Mark""",
          quoted_from=f"{SECFULL} <{SECADDR}>"),
      tags=("quoted",))

c.add("procedural", subject="Composite meeting - Sunday 9am",
      sender=c.person("Andy", "Shiel"),
      body=f"""{SEC},

Report from conference, day 1. Our contemporary motion on child poverty has been put into a composite with 14 others. Compositing meeting is Sunday 9am in the Arena, room 4. I'll go. The draft composite keeps our call for scrapping the two-child limit but loses the specific costing. I think that's acceptable and I'll agree unless the EC tells me otherwise by tonight.

Full report to GC when I'm back.

Andy
Conference delegate""")

c.add("procedural", subject="Motion from Co-op Party branch",
      body=f"""Dear {SEC},

The Tynebridge branch of the Co-operative Party, as an affiliated socialist society, submits the following motion for the next GC:

"This CLP welcomes the government's commitment to doubling the size of the co-operative and mutual sector and asks the Labour Group on Tynebridge Council to set out, by the end of the municipal year, how the council's procurement policy will favour co-operatives and social enterprises."

Mover: Ian Proud (Co-op Party delegate)

We would welcome any friendly amendments ahead of the meeting.

Fraternally,
Ian Proud""",
      sender=c.person("Ian", "Proud"))

c.add("procedural", subject="Withdrawal of motion 5(b)",
      sender=c.person("Terry", "Dunn"),
      body="""Mark,

Keelmen branch has agreed to withdraw motion 5(b) on the two-child limit from Thursday's agenda - the Chancellor's statement yesterday covers most of it and we'd rather rework it for next month than debate something half out of date. Please note on the revised agenda.

Terry Dunn
Chair, Keelmen""")

# ---- nominations ---------------------------------------------------------------------------

c.add("procedural", subject="Nomination - CLP Chair",
      sender=c.person("Susan", "Purvis"),
      body=f"""Dear {SEC},

Coalway branch nominates Margaret Coulson for the position of CLP Chair at the forthcoming AGM. The nomination was agreed at our branch meeting on the 3rd (19 present, 15 for, 2 against, 2 abstentions).

Margaret has confirmed she is willing to stand. Her membership number and a 150-word statement will follow from her directly.

Susan Purvis
Branch Secretary, Coalway""")

c.add("procedural", subject="Women's officer - my nomination",
      body=f"""Hi {SEC},

I'd like to put myself forward for CLP Women's Officer. I've been nominated by Staithes branch and the Women's Forum (minutes attached).

Statement (under 200 words):

I've been a member since 2017 and Staithes branch women's officer for three years. I set up the monthly women's canvassing sessions, which now regularly get 15+ women out, many for the first time. As CLP Women's Officer I'd want to (1) run a proper women's forum at least quarterly, with childcare provided; (2) mentor women considering standing for council — we had only 3 women on the last panel of 11; (3) work with the unions on a campaign over the closure of the women's refuge in Bede's Bank.

Thanks,
Kirsty Nichol""",
      sender=c.person("Kirsty", "Nichol"))

c.add("procedural", subject="Conference delegate nomination",
      sender=c.person("Hannah", "Robson"),
      body="""Mark, Bede's Bank branch nominates Andy Shiel and Nadia Hassan as CLP delegates to Annual Conference (one man, one woman, as per the gender balance rules). Both agreed. Minuted at our meeting on Monday. Hannah""")

c.add("procedural", subject="Withdrawal of nomination - Vice Chair",
      body=f"""Dear {SEC},

I'm sorry to say that I have to withdraw my nomination for Vice-Chair (Membership). My new job has significantly more travel than expected and I don't think I could do the role justice. Please remove my name from the ballot before papers go out.

I'll remain as a GC delegate for now.

Best wishes,
Olu Bankole""",
      sender=c.person("Olu", "Bankole"),
      tags=("confuser", "procedural-as-other"))

c.add("procedural", subject="Westmoor branch AGM - nominations for branch officers",
      sender=c.person("Lorraine", "Tait"),
      body="""Hi Mark

Nominations received so far for the Westmoor branch AGM (for your records, and so you can check eligibility against the membership list, as we've been asked to):

Chair - Ray Burdon
Vice Chair - (none yet)
Secretary - Lorraine Tait
Treasurer - Jean Ferguson (Walter is standing down)
Women's Officer - Pam Hindmarsh
Political Education - Josh Carr
GC delegates (4) - Ray Burdon, Pam Hindmarsh, Josh Carr, Maxine Oliver

Could you let me know by Friday if anyone isn't eligible (12 months' membership / arrears)?

Lorraine""",
      also=("query",))

c.add("procedural", subject="NEC nominations - request for a nominating meeting",
      body=f"""Dear {SEC},

We, the undersigned branch secretaries, request that the CLP convenes a General Committee (or all-member meeting, as the EC determines) to consider nominations for the CLP section of the National Executive Committee, in line with the timetable published by the General Secretary.

Nominations close on the date in the timetable and we would ask that the meeting is held at least a week before that.

Paul Hutchinson (Saltwell Rise)
Gill Fenwick (Keelmen)
Susan Purvis (Coalway)
Richard Bell (Ravensworth Park)""",
      sender=c.person("Paul", "Hutchinson"))

c.add("procedural", subject="Auditors",
      sender=c.person("Jean", "Ferguson"),
      body="""Mark, for the AGM: I'm happy to be nominated as one of the two CLP auditors again if nobody else wants it. Walter E was the other and he's standing down. Could you add "election of auditors" to the agenda? Jean""")

c.add("procedural", subject="LCF delegates from Coalway",
      body="""Dear Mark

Following our branch AGM, Coalway branch's delegates to the Local Campaign Forum for the coming year are:

- Stephen Gowland
- Maxine Oliver

Please update the LCF contact list.

Susan Purvis, Branch Secretary""",
      sender=c.person("Susan", "Purvis"))

# ---- minutes -------------------------------------------------------------------------------

c.add("procedural", subject="Draft minutes - correction",
      sender=c.person("Hannah", "Robson"),
      body=f"""Hi {SEC},

Thanks for circulating the draft minutes so quickly. Small correction to item 4: the vote on the campaign plan was 22 for, 3 against, 1 abstention, not 22-4. I was counting as teller. Also Nadia's surname is Hassan, not Hussain.

Otherwise all looks right to me.

Hannah""")

c.add("procedural", subject="Keelmen branch minutes - October",
      sender=("Gillian Fenwick", "gill.fenwick@outlook.com"),
      body="""Mark, minutes of the October branch meeting below for the CLP file.

KEELMEN BRANCH - MINUTES
Wednesday 8 October, 7pm, St Bede's church hall

Present: 14 (list held by secretary). Apologies: 3.

1. Minutes of September meeting agreed.
2. Correspondence: letter from Tenants' Federation re: repairs backlog. Noted; secretary to reply.
3. Councillors' report (Cllr Hedley): play area resurfacing approved; bins on Bede estate raised with officers.
4. Motion on two-child limit - carried unanimously (text sent separately to CLP).
5. Campaigning: 3 sessions held, 412 contacts. Next session Sat 10am from the Keelmen Arms.
6. AOB: Christmas social 13 Dec, Jean to book.

Meeting closed 8.52pm.

Gill Fenwick, Branch Secretary""")

c.add("procedural", subject="EC minutes for approval",
      sender=c.person("Margaret", "Coulson"),
      fmt="alt",
      body=f"""{SEC},

I've checked the EC minutes of the 2nd. Two changes please, then they're fine for circulation:

- Item 3: "the Chair agreed to contact region" should read "the Chair agreed to contact region about the selection timetable" (otherwise it sounds like we're reporting someone).
- Item 7: delete the last sentence about the Treasurer's personal circumstances - that was said in confidence and shouldn't be minuted.

Margaret
Chair""")

c.add("procedural", subject="Minutes of GC - matters arising",
      body="""Mark, a couple of matters arising from last month's minutes that I'd like raised on Thursday:

Item 5 - the Secretary was to write to the Mayor about the 47 bus. Has a reply been received?
Item 8 - the Treasurer was going to bring the costs of hiring the Welfare for the AGM. Not in the papers.

Not having a go, just want to make sure we close things off.

Stephen""",
      sender=c.person("Stephen", "Gowland"),
      also=("query",),
      tags=("confuser", "procedural-as-query"))

c.add("procedural", subject="handover of minute book",
      sender=c.person("Linda", "Storey"),
      body="""Hi Mark,

As I'm standing down as assistant secretary at the AGM, I've put the minute book (2019–present), the attendance register and the box of signed nomination forms in a carrier bag behind the bar at the Welfare, labelled "CLP - Mark". I've also put PDFs of everything I typed up on the shared drive, in a folder called "Minutes archive".

It's been a pleasure. Shout if anything's missing.

Linda""",
      tags=("confuser", "procedural-as-other"))

# ---- agendas and GC business -----------------------------------------------------------------

c.add("procedural", subject="Item for GC agenda",
      sender=c.person("Josh", "Carr"),
      body="""Hi Mark, can I request an item on the next GC agenda: "Political education programme for 2027" - 15 minutes, I'll present a short paper. Thanks, Josh (Political Education Officer)""")

c.add("procedural", subject="Draft agenda for the AGM",
      sender=c.person("Margaret", "Coulson"),
      body=f"""{SEC},

Here's my suggested running order for the AGM. Comments by Monday please so it can go out with the 14 days' notice.

1. Welcome and apologies
2. Standing orders for the meeting (adoption)
3. Minutes of last AGM
4. Annual reports: Chair, Secretary, Treasurer (with accounts), Women's Officer, Youth Officer
5. Proposed standing order amendments (Ravensworth Park)
6. Election of officers (ballot - returning officer from region)
7. Election of auditors
8. Election of EC members
9. Guest speaker (MP, 15 mins)
10. Close

I'd like to move the MP to the start so she can leave early - thoughts?

Margaret""",
      also=("query",))

c.add("procedural", subject="Request for special GC",
      body=f"""Dear {SEC},

In accordance with rule C.3 of the CLP rules, we the undersigned, representing more than one third of the GC delegates, request that a special meeting of the General Committee be convened within 21 days to discuss the Labour Group's budget proposals for the closure of Westmoor and Coalway libraries.

[signatures of 27 delegates attached as a scanned sheet]

Please confirm receipt and the date.

On behalf of the signatories,
Ray Burdon""",
      sender=c.person("Ray", "Burdon"))

c.add("procedural", subject="Meeting dates 2027",
      sender=c.person("Margaret", "Coulson"),
      body="""Mark - proposed GC dates for next year (second Thursday, except August and December):

8 Jan, 12 Feb, 12 Mar, 9 Apr, 14 May (AGM?), 11 Jun, 9 Jul, 10 Sep, 8 Oct, 12 Nov

The Welfare has confirmed availability except 12 Feb (their darts final). Could you put these to EC for approval? Margaret""")

c.add("procedural", subject="Correspondence for Thursday",
      body=f"""Dear {SEC},

Please could this letter be read out under correspondence at Thursday's GC, or included in the papers.

"To the members of Tynebridge CLP: The Staithes Community Association would like to thank the party's councillors and members for their support in saving the Staithes Road play area. Without the petition signatures gathered by your members, we would not have secured the funding. With thanks, Brenda Wake, Chair."

Best,
Brenda""",
      sender=c.person("Brenda", "Wake"),
      tags=("confuser", "procedural-as-other"))

c.add("procedural", subject="Point of order from last GC",
      sender=c.person("Richard", "Bell"),
      body=f"""{SEC},

I raised a point of order at the last GC that the vote on the emergency motion was taken when the meeting was inquorate (I counted 17, quorum is 20). The Chair ruled the meeting was quorate based on the sign-in sheet, but several people had left.

I'd like the minutes to record the point of order and the Chair's ruling, and I'd like the question of whether the motion stands to be taken under matters arising. I'm not challenging the substance - I voted for it.

Richard""",
      tags=("confuser", "procedural-as-complaint"))

c.add("procedural", also=("query",), subject="quorum question",
      body="""Hi Mark, quick one - for branch meetings, is the quorum in our branch standing orders (which say 7) or the model ones (which I think say 10% or 7 whichever is greater)? We've got about 140 members so it makes a difference. Trying to work out if our AGM on the 20th is valid. Lorraine""",
      sender=c.person("Lorraine", "Tait"),
      tags=("confuser", "procedural-as-query"))

c.add("procedural", subject="Card vote request",
      sender=c.person("Andy", "Shiel"),
      body="""Mark, on behalf of the affiliated delegates, I'm giving notice that we'll be asking for the vote on the campaign plan to be taken by a recorded vote rather than show of hands, under SO 14. Just so the chair isn't surprised. Andy""")

# ---- reports ---------------------------------------------------------------------------------

c.add("procedural", subject="Women's officer report for GC",
      sender=c.person("Kirsty", "Nichol"),
      body="""Women's Officer's Report - November GC

- Women's Forum met on 4 November, 17 attended (7 first-timers). Discussion on the refuge closure and on women and the cost of living.
- Women's canvassing sessions: 4 held, 290 contacts.
- Two women members have completed the Jo Cox Women in Leadership application with support from the forum.
- The forum asks the GC to endorse the attached letter to the council leader about the refuge.

Kirsty Nichol, Women's Officer""")

c.add("procedural", subject="Treasurer's report Q3",
      sender=("Barry Hindmarsh", "barry.hindmarsh@btinternet.com"),
      body=f"""Mark,

Treasurer's report for the GC papers:

Balance at 30 June: £6,412.18
Income Q3: membership allocation £1,106.40; fundraising (quiz, raffle) £642.00; donations £250.00
Expenditure Q3: room hire £360.00; printing £1,890.50; website £96.00; regional levy £200.00
Balance at 30 Sept: £5,864.08

Note: the printing line includes the by-election leaflet run. The accounting unit return has been filed with the Electoral Commission.

I'm happy to take questions at the meeting. Full accounts for the AGM will follow.

Barry Hindmarsh
Treasurer""")

c.add("procedural", subject="Labour Group report - November",
      sender=("Cllr Dave Forster", "dave.forster@tynebridge-council.example.gov.uk"),
      body=f"""Dear {SEC},

Report from the Labour Group to the GC:

The draft budget will be presented to cabinet on the 3rd. The Group is facing a gap of £14.2m. Proposals include consolidation of the library service (which I know will be controversial and which I'm happy to discuss at length), a review of the adult social care charging policy and a 4.99% council tax rise.

The Group has secured protection for the youth service and the school crossing patrols.

I'll attend the GC to answer questions.

Cllr Dave Forster
Leader of the Labour Group""")

c.add("procedural", subject="Campaign coordinator's report",
      body="""Report for GC - Campaigns

Since the last GC: 11 doorstep sessions, 2,140 contacts, 31 new members signed up at the doors. Phone bank twice a week from the Welfare (Tues and Thurs). Target wards for May: Staithes, Keelmen, Westmoor (pending GC vote on the amendment). 

Big ask: we need 6 more people to run sessions. If you can take a clipboard and a lanyard, you can lead a team. Training on the 22nd.

Gaz""",
      sender=c.person("Gary", "Milburn"))

c.add("procedural", subject="Youth officer report (short, sorry)",
      sender=("Josh Carr", "joshcarr2003@gmail.com"),
      body="""hi mark, youth report for the papers:

- young labour social at the brewery tap, 12 came
- 3 of us went to the regional young labour conference in durham
- planning a voter reg drive at the college in january, need the CLP to pay for a stall (£40)

thats it really. josh""",
      tags=("noisy",))

c.add("procedural", subject="Report back from Annual Conference",
      sender=c.person("Nadia", "Hassan"),
      fmt="alt",
      body=f"""Dear {SEC} and GC colleagues,

Andy and I attended Annual Conference as the CLP's delegates. Our full report is attached, but in summary:

1. Our contemporary motion on child poverty was composited (Composite 3) and carried on a card vote.
2. We voted for the rule change on CLP nominations for the NEC, as mandated by the GC; it fell (CLPs 61% for, affiliates 28%).
3. We attended the North East regional delegates' meeting, where the bus franchising timetable was discussed with the Mayor's team.
4. On the Gaza emergency motion, we voted in line with the GC's decision.

We'll take questions at the GC. Thanks to everyone who donated towards the accommodation costs.

Nadia Hassan and Andy Shiel""")

c.add("procedural", subject="Equalities officer report",
      body="""Mark - equalities report, for the GC papers.

Disability: we've done an access audit of the five venues we use. Two (the Keelmen Arms upstairs room and St Bede's annexe) are not accessible. Recommendation: stop using them for any CLP or branch meeting from January.

BAME: met with the mosque committee and the Sikh gurdwara in Westmoor about voter registration.

LGBT+: Pride stall in August, 40 sign-ups.

Maxine Oliver""",
      sender=c.person("Maxine", "Oliver"))

c.add("procedural", subject="National Policy Forum submission - draft",
      sender=c.person("Josh", "Carr"),
      body=f"""Hi {SEC},

Draft submission to the NPF consultation on "Safe and Secure Communities" from the political education group - needs GC sign-off before the deadline. It's 480 words, under the 500 limit.

Key points: neighbourhood policing numbers in Tynebridge; youth services as prevention; knife crime diversion schemes; community safety funding formula.

Can it go on the agenda as an item for approval?

Josh""")

c.add("procedural", subject="Rule change for conference - Coalway branch",
      body="""Dear Secretary,

Coalway branch would like the CLP to consider submitting the following rule change to Annual Conference:

Chapter 7, Clause VIII: insert new sub-clause: "CLPs shall be permitted to hold General Committee meetings on a hybrid basis, with remote participants counting towards the quorum and entitled to vote."

We understand a rule change can only be submitted with the agreement of the GC and that it cannot be debated until the following year's conference. Please place it on the agenda.

Susan Purvis""",
      sender=c.person("Susan", "Purvis"))

c.add("procedural", subject="Trigger ballot result - Westmoor branch",
      sender=c.person("Lorraine", "Tait"),
      body="""Mark,

Result of the Westmoor branch trigger ballot, held at our special meeting last night:

Votes for the sitting MP to be automatically reselected (YES): 21
Votes for an open selection (NO): 6
Spoilt: 0

Returning officer: Jean Ferguson. Signed tally sheet to follow in the post to the regional office as instructed.

Lorraine Tait
Branch Secretary""")

c.add("procedural", subject="Regional office - CLP AGM guidance",
      sender=("Claire Nesbitt", "claire.nesbitt@labour-northern.example.org.uk"),
      body=f"""Dear {SEC},

Thank you for confirming the date of Tynebridge CLP's AGM. A few points from the regional office:

- Please send us the notice of meeting and the list of nominations received once nominations close, so we can check eligibility before ballot papers are printed.
- The officer elections will need a returning officer independent of the candidates; I can attend or suggest someone from a neighbouring CLP.
- Remember that the gender-balance requirements for officer positions apply (at least 50% women among the officers).

Happy to talk any of this through.

Best,
Claire Nesbitt
Organiser, Northern Region""")

c.add("procedural", subject="AGM returning officer's report",
      sender=c.person("Dorothy", "Wallace"),
      body=f"""To the Secretary, Tynebridge CLP

Returning Officer's report — CLP Annual General Meeting

Chair: Margaret Coulson 48, Ray Burdon 31. Margaret Coulson elected.
Vice-Chair (Campaigns): Gary Milburn, unopposed.
Vice-Chair (Membership): no valid nominations; to be filled by the GC.
Secretary: {SECFULL}, unopposed.
Treasurer: Barry Hindmarsh, unopposed.
Women's Officer: Kirsty Nichol 52, Pam Hindmarsh 27. Kirsty Nichol elected.

Total ballot papers issued: 81. Spoilt: 2.

Dorothy Wallace
Returning Officer""")

c.add("procedural", subject="Fw: Bede's Bank motion",
      sender=c.person("Hannah", "Robson"),
      body=c.forward(
          """Mark - forwarding on from our branch chair as asked. It was passed at Monday's meeting, please put it on the GC agenda. H""",
          """Hi Hannah

Here's the text as agreed on Monday, for the CLP:

"Bede's Bank branch calls on the Labour Group to reverse the decision to close the women's refuge on Bede Road and to publish the equality impact assessment on which the decision was based."

Moved Maxine, seconded me.

Pam""",
          "Pam Hindmarsh <pam.hindmarsh@gmail.com>", "Motion for CLP"),
      tags=("forwarded",))

c.add("procedural", subject="delegates to GC from Staithes",
      body="""Hello Mark,

Staithes branch held its AGM on Tuesday. Our GC delegates for this year are: Joan Hedley, Kirsty Nichol, Farid Rahimi, Sarah Gibson. Branch officers: Chair - Farid Rahimi; Secretary - Sarah Gibson; Treasurer - Ken Bell.

Farid asks me to say he is very happy and will do his best, his English is getting better every month :)

Sarah""",
      sender=c.person("Sarah", "Gibson"))

c.add("procedural", subject="request to defer item 6",
      sender=c.person("Helen", "Broadbent"),
      body="""Mark,

On behalf of the Unison delegation I'd like to give notice that we will move, at the start of Thursday's meeting, that item 6 (campaign plan) be deferred to December to allow affiliates to consult their members. The papers arrived on Tuesday and we have had no opportunity to do so.

This is a procedural motion and I'd be grateful if the Chair could be made aware.

Helen Broadbent""")

c.add("procedural", subject="Re: nominations for Vice-Chair (Membership)",
      sender=("Farid Rahimi", "farid.rahimi@hotmail.com"),
      body=c.quote_reply(
          """Dear Mark,

I am interested to be Vice-Chair Membership. I know I am only member for 2 years but in Staithes we have many new members from Afghan and Kurdish community and I think I can help them to join the meetings. My branch can nominate me at next meeting on the 30th, is this ok for the deadline?

Farid""",
          f"""Dear all,

The Vice-Chair (Membership) post was not filled at the AGM. Nominations are now open and will be taken at the next GC. Please send nominations to me by the 1st.

{SECFULL}""",
          style="bottom"),
      also=("query",),
      tags=("quoted", "non-native"))

c.add("procedural", subject="Motion on winter fuel - for GC",
      sender=c.person("Ken", "Bell"),
      body="""Mark, motion from Staithes branch:

"This CLP welcomes the partial restoration of the winter fuel payment but notes that many pensioners just above pension credit level in Tynebridge remain worse off than two years ago. We call on the Government to raise the threshold further and on our MP to publish how many of her constituents have lost the payment."

Ken Bell (mover), Joan Hedley (seconder)""")

c.write()
