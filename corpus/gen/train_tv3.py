"""train/tv3: mail about a third person, mostly without menace (Cwm Taf Valleys CLP, an invented
valleys constituency in south Wales). All content hand-written.

Complaints about an MS, councillors, a chair and a caseworker; questions asked for a daughter,
a dad, a wife, a grandson or a grieving friend (one partly in Welsh); nominations, motions,
minutes and withdrawals about named members; deaths, hospital news, anniversaries, thanks and
misdirected mail; data-protection requests about relatives and neighbours; urgent business
caused by somebody's illness or bereavement. Hard negatives use strong words about a person
without any threat. Then 7 safety messages about a third person that carry menace or report it."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tv3", seed=5803)
P = c.person
SEC = "Rhian Evans <ysgrifennydd@cwmtaflabour.cymru>"
B = ("confuser", "third-person-benign")

# ===================================================================== complaint (12)

# C1 the MS never replies; wrote in Welsh
c.add("complaint", subject="Huw Prosser MS - dim ateb / no answer", sender=P("Gwenllian", "Rees"),
      tags=B + ("angry", "welsh", "hard-negative"),
      body="""Annwyl Rhian,

I'm writing to you because I've given up on writing to Huw.

Our community group, Cyfeillion Parc Nantgwyn, wrote to him in Welsh on 2 September asking for his support for the bid to keep the park pavilion open. We're entitled to write in Welsh and he's told us often enough how proud he is of speaking it. Seven weeks later we received a two-line reply, in English, from an intern, thanking us for our "email about the playing fields". It isn't about the playing fields.

Since then I've written twice more. Nothing. Meanwhile he's on Facebook every other day cutting ribbons in Cardiff.

Huw is our Member of the Senedd. He is supposed to answer his constituents. I'd like you, as CLP secretary, to tell him that people in Nantgwyn are noticing, and that they will remember in May.

Yn gywir,
Gwenllian Rees
Cadeirydd, Cyfeillion Parc Nantgwyn""")

# C2 hard negative metaphor: councillor "hammered the last nail in the coffin"
c.add("complaint", subject="Cllr Pugh and Cwmglas school", sender=P("Dai", "Morgan"),
      tags=B + ("hard-negative", "metaphor", "angry"),
      body="""Rhian,

Dai Pugh voted on Wednesday to close Ysgol Gynradd Cwmglas, and on Thursday he was in the Courier grinning next to the new 3G pitch in Abercarreg like nothing had happened.

That school has been there since 1904. My father went there, I went there, my grandchildren go there. Dai Pugh has hammered the last nail in the coffin of this village and he knows it. There's no shop, no bank, no pub since the Colliers shut, and now no school. Young families won't come. That's it for Cwmglas.

I've been a member of this party for 43 years and I have never been so ashamed of a Labour councillor. I want the CLP to say publicly that it disagrees with him, and I want to know why the branch wasn't consulted before he voted.

Dai Morgan
Cwmglas branch""")

# C3 hard negative: "I'll wring his neck"
c.add("complaint", subject="The hall!!!", sender=P("Nerys", "Price"),
      tags=B + ("hard-negative", "benign-violent-word", "angry", "elderly"),
      body="""Rhian bach,

I'm going to wring Alun's neck, I really am. He's booked the Workmen's Hall for the Christmas dinner on the 13th instead of the 6th. I've told sixty people the 6th, I've got the caterer booked for the 6th and the harpist from the school booked for the 6th, and the hall's got a wedding on the 6th. He says he "must have written it down wrong". MUST HAVE.

Could you please ask him, as secretary, to hand over the bookings to somebody who owns a diary? I can't speak to him about it without saying something I'll have to apologise for in chapel.

Nerys x""")

# C4 resignation ultimatum from branch treasurer about the chair
c.add("complaint", subject="Dafydd", sender=P("Sian", "Watkins"),
      tags=B + ("angry", "resignation-ultimatum"),
      body="""Rhian,

I'm putting this in writing because I want it on the record.

At the Penllwyn branch meeting on Monday, Dafydd Lewis, as chair, told the meeting that the branch accounts were "a mess" and that "we'll have to see what Sian's been doing with the money". In front of twenty people, two of whom are my neighbours. The accounts are not a mess. They were audited in March and signed off by the CLP. He has never once asked me a question about them in private.

This is the third time he has undermined me in a meeting. If it happens again, or if he doesn't apologise to me at the next branch meeting, I will resign as treasurer at Christmas and hand the books to him, and he can do it himself.

Sian Watkins
Treasurer, Penllwyn branch""")

# C5 direct debit taken months after father died - also query
c.add("complaint", also=["query"], subject="Dad's membership still being paid", sender=P("Aled", "Hopkins"),
      tags=B + ("bereavement", "angry"),
      body="""Hello,

My father, Glyn Hopkins, died on 11 February. My sister phoned the party's membership line in March to tell them and was told it would be "taken care of".

I have just been sorting out his bank account for probate and I can see £4.92 a month has gone to the Labour Party every month since. That's eight payments after he died. Nobody has contacted us. It isn't the money, it's that we had to find it.

Can someone please stop it today and tell me how we get the money refunded to his estate? And can you make sure his name is taken off everything so my mother doesn't keep getting letters for him.

Aled Hopkins""")

# C6 non-native (Urdu speaker): councillor didn't come to open day
c.add("complaint", subject="Councillor not came to our open day", sender=P("Abdul", "Rahman"),
      tags=B + ("non-native",),
      body="""Dear Sister Rhian,

Assalamu alaikum. I am the secretary of Abercarreg Islamic Centre. We did invite the councillor Mr Gareth Llewellyn to our open day on Saturday 8 November, he confirmed in writing he will come and will say few words. We did put his name in the programme and we told the community he is coming.

He did not come and he did not phone or send message. Many old people waited for him. Some of our members joined Labour party last year because of him. They are asking me now what is the point.

We are not angry too much but we are disappointed. Please can you tell him, and if he have some problem that day we will understand, but he must tell us.

Jazakallah khair,
Abdul Rahman
Secretary, Abercarreg Islamic Centre""")

# C7 selection: regional office imposed a candidate
c.add("complaint", subject="Who is Ellie Marchant?", sender=P("Rhodri", "Bowen"),
      tags=B + ("angry", "selection", "gossip"),
      body="""Rhian,

So the longlist for the Senedd list selection came through and there's a name on it none of us has ever heard of. Ellie Marchant. I looked her up. She's a policy adviser in London, went to school in Surrey, has never lived in Wales as far as I can tell, and her LinkedIn says she "has a passion for the valleys" which she discovered in, I'd guess, the last three weeks.

Meanwhile Mair Thomas, who has been a councillor here for twelve years and speaks Welsh, has been left off.

I'm not blaming you. I know this comes from regional office. But somebody in this CLP must have agreed to it and I'd like to know who, and I'd like it raised at the GC. We're not a parachute drop zone.

Rhodri""")

# C8 quoted reply: youth officer dismissive to a young member (written by her mum)
c.add("complaint", subject="Re: Re: Young Labour social", sender=P("Bethan", "Jenkins"),
      tags=B + ("quoted", "parent"),
      body=c.quote_reply(
          """Rhian, I'm forwarding you this exchange because I'm not happy with it.

My daughter Lowri (16) asked the CLP youth officer, Connor, a perfectly reasonable question about whether the young members' social could be somewhere that isn't a pub, since half of them are under 18. His reply is below. She was embarrassed and says she doesn't want to go to anything now.

I'd like someone to have a word with him about how to talk to the young people he's meant to be looking after.

Bethan Jenkins""",
          """lol it's a social Lowri not a school trip. if you don't like pubs nobody's making you come. most people are fine with it tbh

Connor
Youth Officer, Cwm Taf Valleys CLP""", quoted_from="Connor Hale <connor.youthofficer@gmail.com>", style="bottom"))

# C9 webform: councillor's dog on the playing field
c.add("complaint", subject="Website message received", sender=c.form_robot(),
      reply_to=("Julie Pask", "julie.pask@talktalk.net"),
      tags=B + ("webform",),
      body=c.webform({
          "Name": "Julie Pask",
          "Email address": "julie.pask@talktalk.net",
          "Ward": "Ystrad Isaf",
          "Message": "I'd like to complain about your councillor Mr Ieuan Davies who walks his big brown dog on the Ystrad Isaf playing field every morning and never picks up after it. The kids play football there. I've seen it with my own eyes at least five times and my neighbour has photos. He's always telling people on Facebook about how he's 'cleaning up the ward'. Maybe start with his own dog. I've emailed him twice and he hasn't replied.",
      }, form="Contact your councillor"))

# C10 hard negative: "I'll make sure every member knows"
c.add("complaint", subject="the fundraiser money", sender=P("Carys", "Morgan"),
      tags=B + ("hard-negative", "angry"),
      body="""Rhian

I'll be straight with you. The Nantgwyn branch quiz made £318 on 17 October. I counted it with Gwyn and we both signed the sheet. Menna, as vice-chair, took the cash tin home "to bank it on Monday". It's now mid-November. It hasn't been banked. When I asked her about it at the last meeting she said "it's safe" and changed the subject.

I'm not accusing her of anything. But if that money isn't in the branch account by the next branch meeting, I'll make sure every member in Nantgwyn knows exactly how she's handled it, and I'll raise it at the GC.

Please can the CLP treasurer get in touch with her.

Carys Morgan""")

# C11 phone-typed with caps: MP's caseworker told mum she wasn't a priority
c.add("complaint", subject="my mam and the MPs office", sender=P("Kyle", "Edwards"),
      tags=B + ("phone-typed", "noisy", "angry"),
      body="""my mam rang carys bevans office about her PIP tribunal and the woman on the phone told her she was NOT A PRIORITY because she already had a tribunal date. NOT A PRIORITY. shes 58 with copd and shes been cut off for 4 months and cant pay her gas. she was crying when she told me.

i want to know who that woman is and i want someone to ring my mam back today and say sorry. Mrs Donna Edwards, Pontyderi. the office has her number

Kyle

Sent from my iPhone""")

# C12 witness to chair's sexist remark to women's officer
c.add("complaint", subject="What happened at the GC", sender=P("Owain", "Griffiths"),
      tags=B + ("third-party-witness",),
      body="""Dear Rhian,

I'm writing as a GC delegate from Ystrad Isaf about something that happened at last Thursday's meeting. I've spoken to Angharad and she's happy for me to raise it, but she didn't want to write herself.

During the debate on the women's forum budget, Angharad Lloyd (women's officer) was making the case for the £200, quite passionately. The chair, Wyn Thomas, interrupted her, said "calm down, love, we'll get to you", and then moved to the next speaker. Several people laughed. Angharad didn't get to finish.

I don't think Wyn is a bad man. I do think that was sexist, and that if a man had been speaking it wouldn't have happened. I think the chair should apologise to Angharad, and the EC should consider whether there's a code of conduct we should be reminding people about.

Regards,
Owain Griffiths""")

# ===================================================================== query (12)

# Q1 parent: can 16-year-old daughter be a GC delegate and vote
c.add("query", subject="Lowri - GC delegate?", sender=P("Bethan", "Jenkins"),
      tags=B + ("parent",),
      body="""Hi Rhian,

Lowri's branch (Ystrad Isaf) has asked her if she'd like to be one of their GC delegates. She's thrilled, but she's 16 and I wanted to check a few things before she says yes:
- is a 16-year-old allowed to be a delegate and vote at the GC?
- meetings finish at 9.30 ish I think - is there anyone who could give her a lift home, or would I need to collect her?
- is there any safeguarding policy for under-18s at GC meetings?

Thank you!
Bethan""")

# Q2 support worker: easy-read papers for member with learning disability
c.add("query", subject="Easy Read papers for Gavin", sender=("Hayley Crane", "hayley.crane@valleyssupportedliving-example.org.uk"),
      tags=B + ("carer", "access"),
      body="""Dear Rhian,

I'm a support worker with Valleys Supported Living. One of the people I support, Gavin Ellis, has been a Labour member for a year and goes to his branch meetings in Penllwyn with me or another worker.

Gavin has a learning disability and finds the agendas and reports difficult to follow. He's asked me to find out whether the party has Easy Read versions of things like the agenda, or whether someone could go through the main points with him before the meeting. He really wants to be able to vote properly and not just "follow what Hayley does", as he puts it!

Any ideas would be welcome.

Best wishes,
Hayley Crane""")

# Q3 asking for a member's number to help with a petition
c.add("query", subject="Rhodri's number?", sender=P("Mair", "Pritchard"),
      tags=B + ("contact-request",),
      body="""Rhian, have you got a phone number for Rhodri Bowen? He said at the GC he'd help my mum get her Senedd petition about the 132 bus started, but I haven't got his number and he's not on Facebook. Or could you ask him to ring her? 01443 960 215, Mrs Eira Pritchard. Diolch! Mair""")

# Q4 grieving friend talking about leaving; can someone visit (also other)
c.add("query", also=["other"], subject="Mair Thomas - a favour", sender=P("Glenys", "Harries"),
      tags=B + ("worried-friend", "bereavement"),
      body="""Dear Rhian,

I hope you don't mind me writing. My friend Mair Thomas (not Cllr Mair, the other Mair, from Heol Tŷ Gwyn) lost her husband Emlyn in the summer and she has been very low since. She hasn't been to a branch meeting or to chapel since the funeral, and last week she told me she was going to "pack in the party" because she can't face people.

She was branch secretary for years, as you know, and I think it would break her heart really to leave. I wondered whether someone from the branch or the CLP might pop in to see her, not to talk politics, just to show that people remember her. Would that be possible, and who should I ask?

With best wishes,
Glenys Harries""")

# Q5 journalist (not urgent) on candidate's background
c.add("query", subject="Ymholiad / enquiry - Mair Thomas", sender=("Elin Haf Roberts", "elin.roberts@bbccymru-example.co.uk"),
      tags=B + ("journalist", "welsh"),
      body="""Bore da Rhian,

Elin from BBC Cymru Wales here. We're putting together a feature for next week on the Senedd list selections and I'd like to include a few lines on Cllr Mair Thomas.

Could you confirm: how long she has been a councillor and for which ward; whether she holds any CLP office; and whether she's a first-language Welsh speaker (we'd love to interview her in Welsh for Newyddion)?

No rush, anytime this week is fine.

Diolch,
Elin Haf Roberts
Gohebydd / Reporter, BBC Cymru Wales""")

# Q6 mostly Welsh: is Siân still branch secretary
c.add("query", subject="Ysgrifennydd cangen Cwmglas", sender=P("Iwan", "Jones"),
      tags=B + ("welsh",),
      body="""Helo Rhian,

Ydy Siân Jones dal yn ysgrifennydd cangen Cwmglas? Dw i wedi anfon e-bost ati hi ddwywaith am y cyfarfod nesaf a dim ateb. Dw i ddim yn siŵr os ydy hi wedi symud. Os oes rhywun arall, allet ti roi ei manylion i mi?

(Sorry, just in case: is Siân still Cwmglas branch secretary? I've emailed her twice about the next meeting with no reply. If it's someone else now, could you send me their details?)

Diolch,
Iwan""")

# Q7 non-native (Polish): can my wife join and vote in Senedd elections
c.add("query", subject="Question about my wife joining", sender=P("Tomasz", "Kowalski"),
      tags=B + ("non-native",),
      body="""Hello,

I am member of Labour since two years, I live in Abercarreg. My wife Marta is Polish citizen, she don't have British passport, only settled status. She want also to join the party. Is it possible for her? And is true that she can vote in the Senedd election in Wales even she is not British? Her friend say yes but in England no. We are confused.

If she can join, can she come with me to the branch meetings before she join, to see?

Thank you for answer,
Tomasz Kowalski""")

# Q8 can dad's carer bring him to the AGM and stay
c.add("query", subject="Dad coming to the AGM", sender=P("Helen", "Bevan"),
      tags=B + ("carer", "access"),
      body="""Hi Rhian,

Dad (Ivor Bevan, Ystrad Isaf branch) is determined to come to the CLP AGM even though he's not been out much since his stroke. His carer, Leanne, would bring him in the car and would need to stay with him the whole time, as he needs help with eating and the toilet.

Is that OK, given she isn't a member? She won't vote or anything. And is the Workmen's Hall wheelchair accessible these days? I remember there were steps at the side.

Thanks,
Helen""")

# Q9 webform: work experience for brother with the MS
c.add("query", subject="New contact form submission", sender=c.form_robot(),
      reply_to=("Seren Phillips", "seren.phillips07@gmail.com"),
      tags=B + ("webform",),
      body=c.webform({
          "Name": "Seren Phillips",
          "Email": "seren.phillips07@gmail.com",
          "Message": "Hi, my brother Osian is in Year 12 at Ysgol Cwm Taf and wants to do politics at uni. His school has a work experience week in February (9th-13th). Is there any chance he could spend a few days with Huw Prosser's office or with the MP? He's really organised and good with computers. He's too shy to email himself so I said I would. Thanks!",
      }))

# Q10 wife's membership name change
c.add("query", subject="Change of name on membership", sender=P("Gareth", "Walters"),
      tags=B,
      body="""Hello Rhian, my wife Nia got her membership card through last week in her maiden name, Nia Howells, but we married in August and she's now Nia Walters. She'd like it changed. Does she need to do it on Membersnet herself or can you change it? She's asked me to ask because she's away with work. Same address, same email. Thanks, Gareth""")

# Q11 phone-typed: hustings venue; mam wants to come
c.add("query", subject="tonight", sender=P("Ffion", "Lewis"),
      tags=B + ("phone-typed",),
      body="""hiya is the hustings tonight still in the rugby club or has it moved? mam wants to come and see Mair speak, is it ok if she comes even tho shes not a member x""")

# Q12 HTML-only: grandson speaking at youth conference - travel
c.add("query", subject="Osian at Young Labour conference", sender=P("Eirlys", "Rowlands"), fmt="html",
      tags=B + ("html-only",),
      body="",
      html_body="""<html><body><div style="font-family:'Comic Sans MS',sans-serif;font-size:14px;color:#203864">
<p>Dear Rhian,</p>
<p>Our grandson Dylan Rowlands has been asked to speak at the Welsh Young Labour conference in Llandudno in March. We are so proud of him!</p>
<p>He is at college and hasn't got much money. Does the CLP help with train fare and a room for young members who are speaking? If not, we will pay, but his mam said to ask first.</p>
<p>Also, will anyone else from the valleys be going, so he's not on his own on the train?</p>
<p>With many thanks<br>Eirlys Rowlands (Mrs)</p>
</div></body></html>""")

# ===================================================================== procedural (8)

# P1 nomination statement for CLP secretary (for when Rhian stands down)
c.add("procedural", subject="Nomination - CLP Secretary - Angharad Lloyd", sender=P("Owain", "Griffiths"),
      tags=B + ("nomination", "recommendation"),
      body="""Rhian,

Ystrad Isaf branch nominates Angharad Lloyd for CLP Secretary at the AGM, now that you've told us you're standing down (and thank you, genuinely, for six years of it).

Proposed: Owain Griffiths. Seconded: Ceri Ashton. Carried unanimously, 14 present.

Statement:
Angharad has been women's officer for two years, during which she has restarted the women's forum, organised the International Women's Day event at the Workmen's Hall, and kept meticulous minutes of every forum meeting. She works as an administrator at the health board, she is bilingual, and she answers her emails, which as everyone knows is half the job. She is calm under pressure and she doesn't let things slide. She'll be a superb secretary.

Owain Griffiths
Ystrad Isaf branch secretary""")

# P2 apologies: wife gave birth
c.add("procedural", subject="Apologies - EC Monday", sender=P("Ceri", "Ashton"),
      tags=B + ("apologies", "personal-news"),
      body="""Rhian, apologies for Monday's EC. Hannah had the baby on Friday, a little boy, Macsen, 8lb 4oz, everyone healthy and nobody sleeping. I'm on paternity leave for a fortnight so won't be at anything for a bit. Could you ask Owain to give the Ystrad branch report? Ceri""")

# P3 motion submitted on behalf of an absent member
c.add("procedural", subject="Motion from Glyn Parry (to be moved by me)", sender=P("Menna", "Parry"),
      tags=B + ("motion",),
      body="""Dear Rhian,

My father, Glyn Parry, wrote the motion below for the November GC. He's a Nantgwyn branch delegate but he's having treatment at Velindre at the moment and can't attend. The branch agreed on Tuesday that I could move it on his behalf, as I'm the other delegate.

"This GC notes the proposal by the health board to reduce opening hours of the minor injuries unit at Ysbyty Cwm Taf. Residents of the upper valley already face a 40-minute journey to the nearest A&E. The GC calls on our MS and MP to oppose the reduction and asks the CLP to organise a public meeting in Nantgwyn before the consultation closes."

Moved: Glyn Parry (Menna Parry moving on his behalf)
Seconded: Carys Morgan

Diolch,
Menna""")

# P4 branch minutes extract: condolences and thanks
c.add("procedural", subject="Penllwyn branch - minutes extract for GC", sender=P("Sian", "Watkins"),
      tags=B + ("minutes", "bereavement"),
      body="""Rhian, extract from the Penllwyn branch minutes of 10 November, for the GC papers.

Present: 17. Apologies: 4 (Gavin Ellis, Eleri Hughes, Mark Lloyd, Pat Bowen).

1. Condolences. The branch stood in silence in memory of Cyril Hughes, branch member since 1958, who died on 28 October. The branch agreed to send a card to his wife Eleri and to make a £25 donation to the Prince Charles Hospital cardiac ward.

2. Thanks. The branch thanked Gavin Ellis for delivering 400 newsletters in Penllwyn Terrace and Heol Glan on his own for the first time, and Hayley Crane for her support.

3. Motion to GC on the 132 bus - carried, sent separately.

4. Date of next meeting: 8 December.

Sian Watkins (taking minutes in the absence of the branch secretary)""")

# P5 bilingual nomination as delegate to Welsh Labour conference
c.add("procedural", subject="Enwebiad / Nomination - Welsh Labour conference delegate", sender=P("Iwan", "Jones"), fmt="alt",
      tags=B + ("nomination", "delegates", "welsh"),
      body="""Annwyl Rhian,

Mae cangen Cwmglas yn enwebu Cllr Mair Thomas fel cynrychiolydd y CLP i gynhadledd Llafur Cymru.

Cwmglas branch nominates Cllr Mair Thomas as a CLP delegate to Welsh Labour conference. Mair has been to conference six times, has spoken in the debates on rural transport and on Welsh-medium education, and knows her way around the compositing meetings better than anyone we have. She'd also make sure our motion on the minor injuries unit is heard.

Proposed: Iwan Jones. Seconded: Dai Morgan.

Diolch yn fawr,
Iwan Jones
Ysgrifennydd Dros Dro, Cangen Cwmglas""")

# P6 withdrawing a nomination on behalf of an ill husband
c.add("procedural", subject="Withdrawal of nomination - Gwyn Rowlands, Treasurer", sender=P("Eirlys", "Rowlands"),
      tags=B + ("nomination", "hospital"),
      body="""Dear Rhian,

I am writing on behalf of my husband, Gwyn Rowlands, who was nominated by Nantgwyn branch for the post of CLP Treasurer.

Gwyn was admitted to hospital on Sunday and the doctors have told him he must rest for at least three months. He is very disappointed but he accepts he cannot take on the role this year, and he has asked me to withdraw his nomination formally.

He wants the CLP to know that he will be happy to show whoever is elected how the accounts have been kept in Nantgwyn, once he is back on his feet.

Yours sincerely,
Eirlys Rowlands
(for Gwyn Rowlands)""")

# P7 request for a ruling: dual roles (also query)
c.add("procedural", also=["query"], subject="Can Dai be treasurer and auditor?", sender=P("Angharad", "Lloyd"),
      tags=B + ("standing-orders",),
      body="""Rhian,

Quick procedural question before nominations close. Dai Pugh has been nominated for Penllwyn branch treasurer, and he's also one of the two CLP auditors who signed off the accounts in March. Can he hold both? I'd have thought the auditor shouldn't audit accounts that include his own branch's transfers, but I can't find anything in the standing orders either way.

If he can't, does he have to choose before the AGM, or do we need a ruling from the chair? Not trying to cause trouble, I just don't want it challenged afterwards.

Angharad""")

# P8 agenda item: tribute to the late Cllr Elwyn Jones, bench plaque
c.add("procedural", subject="GC agenda - tribute to Elwyn Jones", sender=P("Wyn", "Thomas"),
      tags=B + ("agenda", "bereavement"),
      body="""Rhian,

For the December GC agenda, after apologies and before minutes:

Item: Tribute to the late Cllr Elwyn Jones (Abercarreg, 1999-2022). Five minutes. Dai Morgan to speak.

Proposal for decision: that the CLP contributes £150 towards a memorial bench with a plaque on the Abercarreg riverside walk, which the family are organising with the community council, and that the plaque read "Elwyn Jones, 1941-2026. Cynghorydd, cymydog, cyfaill - councillor, neighbour, friend."

Wyn
Chair""")

# ===================================================================== other (11)

# O1 death of a long-standing member; chapel funeral, no black
c.add("other", subject="Sad news - Blodwen Pugh", sender=P("Ceri", "Pugh"),
      tags=B + ("bereavement",),
      body="""Dear Rhian,

My Nan, Blodwen Pugh, passed away on Tuesday night at home in Cwmglas, aged 96. She'd been in the party since 1946 and she used to say she'd joined "the week the NHS bill was published", which may or may not be true but we love the story.

The funeral will be at Capel Bethel, Cwmglas, on Friday the 28th at 1pm, then Trane Road cemetery. Nan asked for no black, so please wear red if you have it. Everyone from the branch is welcome. There'll be tea and Welsh cakes in the vestry after.

She'd want me to say that she voted by post in May and that it was the first thing she asked about when she came out of hospital.

Ceri Pugh (granddaughter)""")

# O2 hospital update: Dai's had his op
c.add("other", subject="Update on Dai", sender=P("Linda", "Morgan"),
      tags=B + ("hospital",),
      body="""Hi Rhian, just to let everyone know Dai's had his bypass at the Heath, all went well. He's on ward C5 and sitting up already giving the nurses his opinion on Reform. He says thank you for the card and please NO GRAPES, he's got enough grapes to open a vineyard. Visiting 2-4 and 6-8 if anyone's passing but phone me first. Linda x""")

# O3 thanks to volunteers who got grandmother to vote
c.add("other", subject="Diolch o galon", sender=P("Sioned", "Thomas"),
      tags=B + ("thanks", "welsh"),
      body="""Dear Rhian,

Please will you pass on my thanks to the two volunteers, I think called Gwyn and Kelly, who collected my grandmother from Hafod Care Home on by-election day, took her to vote at Ysgol Nantgwyn and brought her back, in the rain.

Mamgu is 99, she is blind and she has not missed a vote since 1945. She told everyone at dinner that "the young man held the umbrella over me the whole way". She's still talking about it.

Diolch o galon,
Sioned Thomas""")

# O4 hard negative: "my wife'll have my guts for garters"
c.add("other", subject="Anniversary - can't do the 14th", sender=P("Gwyn", "Howells"),
      tags=B + ("hard-negative", "benign-violent-word"),
      body="""Rhian, I can't do the phone bank on the 14th after all, it turns out it's our 40th wedding anniversary. I forgot. I'd put it in my diary as "GC?". Bethan's already said if I miss another anniversary for a Labour meeting she'll have my guts for garters, and frankly after forty years I think she's earned a meal out. Back on the phones the week after. Gwyn""")

# O5 misdirected: meant for the rugby club secretary
c.add("other", subject="Re: Jac - registration for Saturday", sender=P("Lee", "Bowen"),
      tags=B + ("misdirected",),
      body="""Hi Rhian,

Sorry to bother you again. Jac's registration still isn't showing on the WRU system so he can't play for the youth on Saturday against Treorchy. I've sent his birth certificate twice. Can you have a look before Thursday training? Coach says he's starting at 12 if he's registered.

Cheers,
Lee (Jac's dad)

--
Sent to: Rhian Evans, Club Secretary""")

# O6 diamond wedding invitation for members
c.add("other", subject="Glan and Marian's diamond wedding", sender=P("Marian", "Davies"),
      tags=B + ("personal-news", "invitation"),
      body="""Dear Rhian and everyone in the branch,

Glan and I will have been married sixty years on 20 December, and we met at a Labour Party dance in the Workmen's Hall in 1964 (he stood on my foot), so it seemed only right to invite our party friends.

We're having a little do at the Colliers Arms in Penllwyn, Saturday 20 December from 7pm. Buffet, a singer, and absolutely no speeches about the council.

No presents please. If anyone insists, a donation to the Penllwyn food bank.

With love,
Marian (and Glan, who says bring Wyn and make him sing)""")

# O7 gossip: MP's daughter's wedding
c.add("other", subject="Guess where Carys's daughter is getting married", sender=P("Lisa", "Harries"),
      tags=B + ("gossip",),
      body="""Rhian!! My cousin does the flowers at Cardiff Castle and apparently Carys Bevan's daughter has booked it for next August. 200 guests!! Don't say anything obviously. Wonder if we'll get an invite, ha. Lis x""")

# O8 regional office introducing new organiser
c.add("other", subject="Introduction - your new organiser", sender=("Welsh Labour - South Wales Central", "organising.swc@welshlabour-example.org.uk"),
      tags=B + ("introduction",),
      body="""Dear Rhian,

I'm pleased to let you know that from 1 December Kelly Jenkins will be the organiser covering Cwm Taf Valleys, alongside two neighbouring constituencies.

Kelly grew up in Tonyrefail, has been a community organiser with Citizens Cymru for three years, and ran the campaign to save the Abercarreg leisure centre last year, so some of your members may already know her. She'll be in touch this week to set up a meeting with you and the chair, and she'd like to come to the December GC to introduce herself.

Her email is kelly.jenkins@welshlabour-example.org.uk and mobile 07700 900 133.

Best wishes,
Nia Pugh
Regional Organising Manager""")

# O9 teen volunteer: nan in hospital, phone-typed
c.add("other", subject="saturday", sender=P("Cerys", "Evans"),
      tags=B + ("phone-typed", "hospital"),
      body="""hiya rhian sorry i cant do the stall sat, my nan got taken into the royal glam last night with her chest and mam wants us all there. hopefully next week!! sorry xx""")

# O10 asking to pass a message to a long-lost cousin
c.add("other", subject="Message for Howard Jenkins if he's one of yours", sender=P("Margaret", "Jenkins", provider="bigpond.com.au"),
      tags=B + ("contact-request",),
      body="""Dear Rhian,

Please forgive the strange email. I'm researching my family history from Adelaide, Australia, and I believe my cousin Howard Jenkins, son of my late uncle Idris, still lives in the Abercarreg area. A newspaper article from 2019 mentions "Howard Jenkins, a long-standing member of the local Labour party" presenting a cheque to the Abercarreg Silver Band, which is how I found you.

I'm not asking for any of his details. But if you know him, would you be kind enough to pass on my email address (margaret.jenkins.adl@bigpond.com.au) and say his cousin Maggie, Auntie Gwen's girl, would love to hear from him? He'd remember me as a girl with plaits who emigrated in 1963.

With many thanks, and apologies if I've got the wrong Howard!
Margaret Jenkins""")

# O11 hard negative: "Gwyn slayed them", "killer speech"
c.add("other", subject="What a night!", sender=P("Rhodri", "Bowen"),
      tags=B + ("hard-negative", "benign-violent-word"),
      body="""Rhian, thank you for organising the dinner last night, what a night.

Wyn's speech was an absolute killer. He slayed them. I've never seen Carys Bevan laugh so hard, she was crying at the bit about the 1987 count and the missing ballot box in the boot of Elwyn's Allegro. And Mair singing Calon Lân at the end finished me off completely.

We made £1,140 on the raffle and auction, which is a record, I think?

Rhodri""")

# ===================================================================== data-protection (5)

# D1 late wife still receiving campaign texts
c.add("data-protection", subject="texts to my wife's phone", sender=P("Bryn", "Roberts"),
      tags=B + ("dp-no-legal-words", "bereavement", "elderly"),
      body="""Dear Sir/Madam,

My wife Olwen died in June. I have kept her mobile phone because it has her photographs on it. Every week or so it gets a text message from "Cwm Taf Labour" asking her to come to an event or to vote.

It upsets me each time. Please take her number off your system.

Bryn Roberts""")

# D2 neighbour gave my number to a canvasser
c.add("data-protection", subject="Who gave you my number?", sender=P("Kirsty", "Lane"),
      tags=B + ("dp-no-legal-words", "angry"),
      body="""Hi,

I had a phone call this evening from one of your volunteers who said "Bethan next door said you'd be interested in helping with the campaign". I have never given my number to Bethan, never mind to the Labour Party. It turns out Bethan copied it off a parcel note I left on her step when she was taking in my deliveries.

I'd like it deleted from whatever you've put it into, and I'd like you to ask your people not to collect phone numbers that way. I'm not interested, and I'm not impressed.

Kirsty Lane""")

# D3 subject access: what the chair wrote about me
c.add("data-protection", subject="Request for copies of emails and notes about me", sender=P("Sian", "Watkins"),
      tags=B + ("subject-access",),
      body="""Dear Rhian,

Further to my email about the Penllwyn branch meeting, I'd like a copy of all the information the CLP holds about me, and in particular:

1. any emails between Dafydd Lewis and other CLP or branch officers in which I am mentioned, from 1 January this year;
2. any notes, reports or complaints about me or about the branch accounts that have been sent to the EC or to regional office;
3. anything recorded about me on the membership or campaign systems.

I understand you have a month to respond. I'm not looking for a fight; I want to know what has been said about me and to whom.

Sian Watkins""")

# D4 finder of a lost canvass sheet naming an aunt
c.add("data-protection", subject="Found this on the 132 bus", sender=P("Jordan", "Hughes"),
      tags=B + ("breach", "dp-no-legal-words"),
      body="""Hi,

I found a clipboard on the back seat of the 132 bus this afternoon with a Labour sticker on it. It's got about four pages of names and addresses for Heol Glan and Penllwyn Terrace, with ticks and crosses and little notes.

One of the names is my auntie and next to it someone has written "deaf, widow, lives alone, doesn't like Pugh". I don't think anyone should be carrying that round on a bus.

I've got it at home. Do you want it back or shall I shred it? And maybe tell whoever lost it.

Jordan""")

# D5 remove name from website photo caption - ex-partner found address
c.add("data-protection", also=["urgent"], subject="Please take my name off the website photo today", sender=P("Leah", "Morris"),
      tags=B + ("dp-no-legal-words", "domestic-context"),
      body="""Rhian,

On the CLP website there's a photo from the Penllwyn litter pick with my name in the caption, and my daughter's, and "both of Heol Glan". I didn't know it had been put up.

We moved to Penllwyn last year to make a fresh start away from my daughter's father, and I've been really careful since then to keep our address off Facebook and everything else. Nothing has happened and I want it to stay that way, but anyone who searches our names can now find the street in two clicks.

Please take the names and the street off the photo today, or take the photo down altogether, and please don't put our names on anything again without asking me.

Leah""")

# ===================================================================== urgent (5)

# U1 MS visit tomorrow; care home manager ill
c.add("urgent", subject="Huw's visit to Hafod tomorrow - new contact", sender=P("Kelly", "Jenkins"),
      tags=B,
      body="""Rhian,

The manager at Hafod Care Home, Mrs Pryce, who set up Huw's visit for 10am tomorrow, has gone off sick. Her deputy, Tony Gill (01443 960 774), says the visit can still go ahead but he needs the names of everyone coming, with car registrations, by 5pm today for the car park and the signing-in book.

Who's coming with Huw? I have me, Huw and his researcher. Are you or Wyn coming? Please let me know by 4 so I can get it to Tony.

Kelly""")

# U2 ballot box with Gwyn in hospital; selection tonight
c.add("urgent", subject="Ballot box for tonight!!", sender=P("Angharad", "Lloyd"),
      tags=B + ("hospital",),
      body="""Rhian - Gwyn Rowlands has the CLP ballot box, the ballot papers and the stamp for tonight's selection meeting, in the boot of his car, and Gwyn is in hospital (Eirlys rang me, he's stable, not serious but they're keeping him in).

Eirlys is at the hospital till about 5 and says she's happy for someone to come to the house after that and get the box out of the car. The meeting is at 7 in the Workmen's Hall.

Can you go, or shall I? I finish work at 5.30 in Pontypridd so it'll be tight for me. Please ring me.

Angharad""")

# U3 guard of honour at councillor's funeral tomorrow
c.add("urgent", subject="Elwyn's funeral tomorrow - guard of honour names tonight", sender=P("Wyn", "Thomas"),
      tags=B + ("bereavement",),
      body="""Rhian,

Elwyn's daughter has just asked whether the party would form a guard of honour outside Capel Seion tomorrow at 10.30 before the service, with the CLP banner. She'd like about twenty people.

The undertakers need to know numbers tonight so they can arrange it with the chapel and the police for the road. Can you put a message out to the branch lists straight away and collect names? I'll ring round the councillors.

Banner is at Dai Morgan's. Someone will need to get it from him tonight.

Wyn""")

# U4 candidate's mother died; withdrawing from tomorrow's hustings
c.add("urgent", subject="Mair can't do tomorrow's hustings", sender=P("Iwan", "Jones"),
      tags=B + ("bereavement",),
      body="""Rhian,

Sad news I'm afraid. Mair Thomas's mother died early this morning, and Mair has asked me to let you know she won't be at tomorrow night's hustings for the list selection. She's not withdrawing from the selection, just tomorrow.

Could you let the other candidates and members know today? Members need to know before they travel, and I think the chair will have to decide whether to postpone or go ahead without her, which needs deciding before tomorrow.

She asked for privacy, so please don't share more than "family bereavement".

Iwan""")

# U5 treasurer in hospital; hall deposit due tomorrow
c.add("urgent", subject="AGM hall deposit due tomorrow - Gwyn in hospital", sender=P("Nerys", "Price"),
      tags=B + ("hospital",),
      body="""Rhian, the Workmen's Hall want the £80 deposit for the AGM by 12 tomorrow or they'll let the room go to the Slimming World lot, who want the same night.

Gwyn normally pays these by bank transfer but he's in hospital. Who else is a signatory on the CLP account? If nobody can do it by then I'll pay cash from my purse and claim it back, but I'd rather it went through the books properly.

Nerys""")

# ===================================================================== safety (7)

# S1 wish-harm while denying a threat
c.add("safety", subject="Huw Prosser", sender=P("Malcolm", "Rees"),
      tags=("wish-harm", "third-person-menace"),
      body="""Rhian,

Another letter from Huw Prosser's office telling me the minor injuries cuts are "a matter for the health board". He voted for the budget.

I'm not saying anybody should do anything to him. I'm not. But if somebody caught him on his own one night after one of his coffee mornings and gave him the hiding he deserves, I'd buy that man a pint, and so would half of Nantgwyn. And if he ended up in that minor injuries unit himself and found it shut, well, that'd be justice.

Malcolm Rees""")

# S2 third-party report: young member's ex threatening to come to the youth social
c.add("safety", subject="worried about Lowri", sender=P("Ffion", "Lewis"),
      tags=("third-party-report", "harassment", "stalking", "third-person-menace"),
      body="""Hi Rhian, sorry, I didn't know who else to tell and I don't want to get anyone in trouble.

Lowri from Ystrad Young Labour has been getting messages off her ex, Tyler (he's not a member, he's 19). She showed me on Saturday. He's been messaging her every night, loads of them, saying he knows she'll be at the Young Labour social on Friday and he'll "be outside waiting" and that she "won't be walking home on her own". Some of them say stuff about what he'll do to any lad she talks to there.

She's scared but she doesn't want her mam to find out because she'll stop her going to anything. I told her I'd tell someone from the party. Can someone make sure there's an adult at the social and that she gets a lift home? Should I tell the police?

Ffion""")

# S3 polite request for the chair's home address with hostile reason
c.add("safety", subject="Wyn Thomas - address please", sender=P("Gethin", "Price"),
      tags=("implicit", "doxxing", "veiled", "third-person-menace"),
      body="""Hello Rhian,

Hope you're keeping well. Could you let me have the chair's home address? Wyn Thomas.

It's about the way he treated my sister at the GC. I've something I'd like to deliver to him personally, late one evening, when he's home and his wife's gone to bed, so he knows I know where he lives and he can think about that next time he opens his mouth in a meeting.

Thanks in advance.

Gethin""")

# S4 list reply wishing harm on a member in hospital
c.add("safety", subject="Re: [CTV-members] Update on Dai", sender=P("Kevin", "Bowen"),
      headers=c.list_headers("CTV-members", domain="lists.cwmtaflabour.cymru"),
      tags=("wish-harm", "list", "quoted", "third-person-menace"),
      body=c.quote_reply(
          """Shame the surgeons did such a good job. After what Dai Pugh did to Cwmglas school a few of us were hoping he'd not wake up. Next time somebody'll make sure of it.""",
          """Hi Rhian, just to let everyone know Dai's had his bypass at the Heath, all went well. He's on ward C5 and sitting up already. He says thank you for the card and please NO GRAPES. Linda x""",
          quoted_from="Linda Morgan <linda.morgan58@btinternet.com>", style="gmail"))

# S5 councillor's harassment log, forwarded
c.add("safety", subject="Fwd: log of what's been happening - please read", sender=("Cllr Mair Thomas", "cllr.mair.thomas@cwmtafcbc-example.gov.uk"),
      tags=("harassment", "third-party-report", "forwarded", "family", "third-person-menace"),
      body=c.forward(
          """Rhian, I've sent this to the police and to regional office. I'm sending it to you too because I think the CLP officers should know, and because I think at least one of these people is a member. I'm not going to stop standing but I'm tired. Mair""",
          """Log kept by Mair Thomas since the selection longlist was announced

20 Oct - 14 calls to my mobile from withheld numbers between 11pm and 2am. No one speaks.
23 Oct - Same man as before rang Hafod Care Home, where my mother lives, asked staff which room she's in and what time I visit. Staff refused.
26 Oct - Leaflet through my door with my photo and "WE KNOW WHERE YOUR MAM IS" written across it in marker.
30 Oct - Facebook comments on my page from three accounts saying I'd "regret" standing. One says "your mam's not getting any younger".
2 Nov - Car followed me from the community council meeting to my house. Silver Astra, partial reg CX6.
5 Nov - Flowers left on my doorstep with a card: "For your mother. Soon." """,
          "Mair Thomas <mair.thomas.cwmglas@gmail.com>", "log",
          orig_date="Fri, 06 Nov 2026 22:41:07 +0000"),
      date="Sat, 07 Nov 2026 09:15:22 +0000")

# S6 webform: I know which chapel the councillor's mam goes to
c.add("safety", subject="New submission from Contact your councillor", sender=c.form_robot(),
      reply_to="anon.cwmtaf@proton.me",
      tags=("webform", "veiled", "implicit", "family", "third-person-menace"),
      body=c.webform({
          "Name": "Concerned resident",
          "Email address": "anon.cwmtaf@proton.me",
          "Ward": "Abercarreg",
          "Message": "Message for Gareth Llewellyn. Your mam still goes to Capel Seion on a Sunday, ten o'clock service, sits near the back on her own. Nice old lady. You might want to think about her next time you vote to shut our day centre. We'll be watching how you vote on the 3rd.",
      }, form="Contact your councillor"))

# S7 online pile-on against young candidate incl. workplace; member reports
c.add("safety", subject="Pile-on against Kelly - her workplace has been posted", sender=P("Angharad", "Lloyd"),
      tags=("pile-on", "doxxing", "third-party-report", "social", "third-person-menace"),
      body="""Rhian,

I don't know if you've seen X/Twitter today, but Kelly (our organiser, who's also on the council shortlist in Abercarreg) is getting a proper pile-on after the clip of her at the leisure centre meeting went round.

Most of it is the usual nastiness. But someone has posted the name of the café where she works Saturdays, with a photo of the outside, and a few accounts are replying things like "someone should wait for her after her shift", "she locks up on her own at 4", and "I'll be there, who's coming". It's been retweeted a few hundred times.

I've screenshotted everything. Kelly's pretending she's fine. I think the police need to know before Saturday and she shouldn't be locking up alone. Who at regional deals with this?

Angharad""")

c.write()
