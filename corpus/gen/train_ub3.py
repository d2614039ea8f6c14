"""train/ub3: many things at once, part 3 (Penhallick Bay & Trewith CLP, a Cornish coastal
seat: a fishing harbour, an estuary ferry, clay and tin country inland). All content
hand-written.

Each message mixes two or three concerns and is labelled by what the secretary must do first;
`also` only where a careful reader would accept either. 50 non-threats over urgent, complaint,
query, procedural, data-protection and other, then 10 safety messages: the same kind of
many-topic letter with one menacing sentence, or a report of a threat, somewhere in it.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ub3", seed=6403)
c.clp = ("Penhallick Bay & Trewith CLP", "Tamsin Rowe", "secretary@penhallicklabour.org.uk")
P = c.person
SEC = "Tamsin Rowe <secretary@penhallicklabour.org.uk>"
MX = ("confuser", "mixed")

# ============================================================ urgent (8)

# U1 chair: ferry off, GC tonight won't be quorate, decide by four
c.add("urgent", also=["procedural"], subject="Tonight - ferry", sender=("Jago Pascoe", "jago.pascoe@btinternet.com"),
      tags=MX + ("urgent-buried", "procedural-with-urgent"),
      body="""Tamsin,

Thanks for the papers, they look grand, and well done getting Daniel's report out of his office on time, a first.

Bad news though. The St Morwenna ferry's suspended for the rest of the day, gusting 50 on the estuary and they've pulled the afternoon crossings. That's fourteen delegates from St Morwenna and Quarry Lane who can't get round by road in time (it's an hour and twenty the long way and half of them don't drive). Without them we're not quorate, I've done the sums twice.

We either postpone to next Thursday or go hybrid and hope the Sailors' Institute wifi holds up. I lean towards postponing. Can we decide by four and get a message out to all delegates? I'll ring round the St Morwenna lot myself if you do the email.

Jago""")

# U2 MP's office: quote for a press release going out at 2pm, and a rota aside
c.add("urgent", also=["query"], subject="Sewage release - need a CLP quote by 1pm", sender=("Ellie Kitto", "ellie.kitto@danielkeast.example.org.uk"),
      fmt="alt", tags=MX + ("press-deadline", "query-with-urgent"),
      body="""Hi Tamsin,

Hope you're well and that the cold's gone!

Daniel's putting out a release at 2pm today on the latest discharge figures for Penhallick beach (37 spills in October, it's grim), calling for the water company to be fined. He'd like to include a line from the local party, ideally from you or Jago, about the beach clean-up group and members' campaigning. Two or three sentences is plenty. Could I have it by 1pm? If not we'll run without.

Unrelated: could you send me the names of who's doing the Christmas market stall with Daniel on the 12th? Any time this week is fine.

Thanks!
Ellie
Office of Daniel Keast MP""")

# U3 leaflet pallet arrives at 7am tomorrow, nobody to sign
c.add("urgent", also=["complaint"], subject="pallet tomorrow 7am", sender=P("Roz", "Penberthy"),
      tags=MX + ("urgent-buried", "complaint-with-urgent"),
      body="""Tamsin

The courier has just texted (at 6pm, thanks very much) to say the Trewith Downs leaflets, all 12,000 of them, are coming to the Sailors' Institute tomorrow at 7am, not Friday as booked. The caretaker doesn't start till 9 and says he won't come in early. If nobody's there to sign the driver takes it back to Plymouth and we lose the week.

I'm at the dentist in Truro at 7.30 and can't move it. Is there anyone with a key who can be there at 7? Nigel? Kai?

And remind me never to use that courier again. Third time.

Roz""")

# U4 residents' association: candidate ill, substitute name needed by noon
c.add("urgent", subject="Trewith hustings tonight", sender=("Trewith Residents Association", "trewithresidents@gmail.com"),
      tags=MX + ("urgent-buried", "other-with-urgent"),
      body="""Dear Tamsin,

Thank you so much for your help with the hall booking for tonight's hustings, and please thank Nigel for the loan of the PA. Everything is set: 7pm, Trewith Village Hall, chairs out, tea and saffron buns from the WI.

I'm afraid I've just had a phone call from your candidate, Becky Hosken, who sounds dreadful. She's tested positive for Covid and won't be able to come. She said the party might send someone to speak on her behalf. Our rules say we need the name of any substitute by 12 noon so we can put it on the sheet and tell the other candidates, otherwise your chair will simply be empty, which I'd rather avoid as I think it would look bad for you.

Could you let me know?

With best wishes,
Maureen Nance
Secretary, Trewith Residents Association""")

# U5 conference registration closes at midnight tonight; the delegate can't log in
c.add("urgent", also=["procedural"], subject="delegate registration closes TONIGHT and I'm locked out", sender=P("Lowenna", "Hicks"),
      tags=MX + ("procedural-with-urgent", "urgent-buried"),
      body="""Tamsin, sorry to bother you again, and thanks for the lovely card, it's on the mantelpiece.

The regional conference delegate registration on Membersnet closes at midnight tonight and I cannot log in. Password reset email never arrives (checked spam). The CLP secretary can register delegates on their behalf according to the FAQ. Could you do it for me today? My membership number is in my last email.

If I'm not registered tonight the CLP loses the place.

Lowenna""")

# U6 Lithuanian member: community transport cancelled for tomorrow's AGM
c.add("urgent", subject="minibus tomorrow AGM", sender=P("Tomas", "Kazlauskas", "gmail.com"),
      tags=MX + ("urgent-buried", "non-native", "query-with-urgent"),
      body="""Hello Tamsin

I am driver for the community minibus who take the older members from Quarry Lane and Chapel Hill to the AGM tomorrow evening. Today the community transport office call me, they say minibus is broken, gearbox, and no other minibus free tomorrow. Sorry.

There is 9 people who need lift. I can take 3 in my car. Someone must organise other cars or taxis, I don't have the list with all phone numbers, only you have this.

Also other question, not for now: my friend at fish factory say Labour members can get help to join union, how? 

Thanks
Tomas""")

# U7 reply about the Christmas social; the lithium meeting is tomorrow not next week
c.add("urgent", also=["query"], subject="Re: Christmas social - numbers?", sender=P("Demelza", "Curnow"),
      tags=MX + ("quoted", "urgent-buried", "query-with-urgent"),
      body=c.quote_reply("""Put me and Jory down for the social, both of us, and we'll bring a tray of fudge.

BUT - have you seen the Facebook post about the lithium consultation? It says the public meeting is Thursday 19th. The company's letter that came through my door today says it's TOMORROW, Wednesday 18th, 6pm at the Rugby Club. I rang them to check and it's definitely tomorrow. If we don't correct the post today half the branch will turn up a day late and the company will say nobody objected.

Can you fix it or tell me who can? And is there a parking plan, because the Rugby Club car park is tiny?

Demelza""", """Hi all,

The Christmas social is on Saturday 12 December at the Sailors' Institute, 7pm, bring a plate. Could you let me know by the end of the month if you're coming?

Tamsin""", quoted_from=SEC, style="outlook"))

# U8 treasurer in hospital; the hall deposit in cash by 5pm today
c.add("urgent", also=["other"], subject="from a hospital bed", sender=("Nigel Bassett", "nigel.bassett@sky.com"),
      tags=MX + ("urgent-buried", "personal-news"),
      body="""Tamsin

Well, here I am in the county hospital with a suspected kidney stone, nil by mouth and a view of the car park. Don't worry, they say it'll pass (literally). Sorry to be a nuisance.

The thing I'm worried about: the £150 deposit for Saturday's fundraiser at the Rugby Club has to be paid IN CASH to Gerry behind the bar by 5pm today or he releases the room to the darts league, he was very clear. The cash is in the green tin in my kitchen, second drawer under the tea towels. My neighbour Pat at number 6 has a key. Could you or someone pop round, get it from Pat and take it to Gerry? I'll ring Pat to say you're coming.

And bring me a paper if you're passing.

Nigel""")

# ============================================================ complaint (8)

# C1 MP's vote on water company penalties, ends with a real question
c.add("complaint", also=["query"], subject="Daniel and the water bill vote", sender=P("Kerensa", "Pollard"),
      tags=MX + ("complaint-as-query", "hard-negative", "metaphor"),
      body="""Tamsin,

I swim at Penhallick every morning from May to October. This year I've been ill twice, and the beach has been closed to swimmers on eleven days because of discharges. So I was not happy to read that Daniel voted with the government against the amendment that would have banned bonuses at water companies that keep pumping sewage into the sea.

He put out a press release about the discharge figures the same day. You can't campaign against sewage on Monday and vote to protect the bonuses on Tuesday. Our surfers and swimmers are not stupid and this will be political suicide on this coast if nobody explains it.

So: what's his actual reasoning? And is he coming to the Surfers Against Sewage paddle-out on the 29th, because people are asking and I'm not going to defend him without knowing.

Kerensa
Harbour branch""")

# C2 URGENT subject: clamped at the rugby club during the GC, wants refund
c.add("complaint", also=["query"], subject="URGENT!! clamped at the GC", sender=P("Wayne", "Trethewey"),
      tags=MX + ("complaint-with-urgent-subject", "complaint-as-query"),
      body="""Tamsin

I went to the GC on Thursday at the Rugby Club, parked in the car park like we were told in the email, came out at half nine and I was clamped. £120 to get it off. So were two others. The bloke said the car park is "members of the club only after 7" and there's a sign. There is a sign, behind a hedge.

Nobody from the CLP said anything about this. I'd like the £120 back, or at least half of it, because I was there doing party business. Who do I send the receipt to? And can we stop having meetings there?

Wayne""")

# C3 Cornish language dropped from the leaflets; apologies
c.add("complaint", also=["procedural"], subject="Kernewek on the leaflets", sender=P("Jenifer", "Angove"),
      tags=MX + ("procedural-with-complaint",),
      body="""Dydh da Tamsin,

I notice the new Trewith Downs leaflet no longer has the bilingual heading and the Cornish strapline we've used since 2019. I'm told it was "to save space". It's one line.

I'm not precious about it, but the Lib Dems and the Mebyon Kernow candidate both have Cornish on theirs, and it does look as if we've decided we're a party that's come down the A30 to tell people what to think. People notice. My neighbour did.

Could someone on the campaign committee explain the decision, and can we have it back for the next print run?

Apologies from me for the GC, I'm at a Gorsedh meeting that night.

Meur ras,
Jenifer Angove""")

# C4 EC wouldn't back the harbour strike; "we'll be nominating someone else"
c.add("complaint", also=["procedural"], subject="The EC and the harbour strike", sender=P("Mark", "Pengelly"),
      tags=MX + ("procedural-with-complaint", "hard-negative", "metaphor"),
      body="""Tamsin,

I understand the EC voted 5-3 on Monday not to send a message of support to the harbour workers on strike at Penhallick Marine. Not even a message. Men who've worked on that quay for thirty years, on £11.80 an hour, and the Labour Party in their own town won't say a word because the owner sponsors the carnival.

I'm Unite. I'm on that picket line every morning at six. Please tell the EC we'll be there fighting like hell until it's settled, with or without them.

And I'll say it straight: Quarry Lane branch will be nominating somebody else for chair at the AGM. Jago's had his chance.

Mark Pengelly""")

# C5 young member patronised; how do I get involved in Young Labour
c.add("complaint", also=["query"], subject="last night", sender=("Kai Tregenza", "kai.tregenza@gmail.com"),
      tags=MX + ("complaint-as-query", "youth"),
      body="""hi Tamsin

i dont really want to make a big deal of this but last night at branch when i tried to talk about the bus to college (which is literally the only way i can get there) one of the older members said "we'll let the grown-ups talk about the budget first" and people laughed. i'm 19. i'm the youth officer. i've delivered more leaflets than him this year.

its not the first time. i just want it noted somewhere that its not ok and that its why nobody my age comes.

also is there a cornwall young labour group or anything? theres literally nothing for young members down here that i can find

kai""")

# C6 the chair shouted at her in the car park; asks how to make it formal
c.add("complaint", also=["procedural"], subject="What happened after the EC", sender=P("Siobhan", "Treloar"),
      tags=MX + ("procedural-with-complaint", "complaint-as-query"),
      body="""Dear Tamsin,

After the EC meeting on Monday, in the car park at the Sailors' Institute, Jago Pascoe shouted at me for about two minutes because I had disagreed with him in the meeting about the strike motion. He was standing very close, jabbing his finger, and said I had "humiliated" him in front of the committee. Roz saw some of it from her car. He apologised by text the next morning, which I appreciate, but I was shaken and I don't think an apology by text is the end of it.

I don't want to blow this up out of proportion. But I think it needs to be dealt with properly, and I'd like to know what the process is for a complaint about an officer's conduct, and whether it goes to you, to the EC or to the regional office. I'm not comfortable raising it at the EC with him chairing.

Siobhan Treloar
Women's Officer""")

# C7 Lib Dem councillor's wife on a misleading leaflet, solicitor mention
c.add("complaint", subject="Your 'Trewith Downs Focus' leaflet is untrue", sender=P("Patricia", "Rodda"),
      tags=MX + ("hard-negative", "legal-threat", "angry"),
      body="""Dear Madam,

Your leaflet delivered in Trewith Downs this weekend states that "the Lib Dem councillor has done NOTHING about the closure of the post office." My husband, Cllr Ivor Rodda, organised the petition (2,300 signatures), met the Post Office twice and secured the outreach service that now runs on Tuesdays. This is all a matter of public record and was in the Cornish Guardian.

I am not a member of any party and I am writing as his wife, because he is too polite to. Politics is a rough game, I understand that. Lies are a different matter.

I expect a correction in your next leaflet. If that doesn't happen, my husband will be taking advice from a solicitor about whether the leaflet breaches election law on false statements about candidates. I will also be writing to the Cornish Guardian.

Patricia Rodda""")

# C8 fisherman forwards a producer organisation email: sold out; who do I write to
c.add("complaint", also=["query"], subject="Fw: PO update - EU deal", sender=P("Jory", "Harvey"),
      tags=MX + ("forwarded", "complaint-as-query", "hard-negative", "metaphor"),
      body=c.forward("""Read this. Twelve more years of EU boats in our waters, signed off by a Labour government, and not one word to the men in Penhallick before it was done. First the Tories sold us out, now your lot. They've gutted what's left of the fleet.

I voted Labour for the first time in my life last year because Daniel stood on the quay and said he'd stand up for the fishing. Where is he?

Who do I write to to get an answer, him or someone in the government?

Jory Harvey, FV Morwenna Rose""", """CORNISH FISH PRODUCERS - MEMBERS' UPDATE

UK-EU agreement: access arrangements

Members will have seen the announcement of the UK-EU agreement extending reciprocal access to UK waters for EU vessels for a further twelve years. The PO was not consulted on the final text. We are seeking urgent meetings with Defra and with MPs in fishing constituencies.

We will update members as soon as we have more information.""",
          "CFPO Members <members@cfpo.example.org.uk>", "PO update - EU deal", style="apple"))

# ============================================================ query (8)

# Q1 URGENT in the subject; the social is weeks away
c.add("query", subject="URGENT - Christmas social tickets", sender=P("Bryony", "Pascoe"),
      tags=MX + ("query-with-urgent",),
      body="""Are there any tickets left for the Christmas social on the 12th?? Do I pay you or Nigel?""")

# Q2 forwarded Cornwall Council consultation newsletter, one line
c.add("query", also=["bulk"], subject="Fwd: Have your say on buses in Cornwall", sender=P("Peter", "Jewell"),
      tags=MX + ("forwarded", "query-with-bulk"),
      body=c.forward("""Should the branch respond to this as a branch? Closes 30th.""",
                     """Cornwall Council Newsletter

HAVE YOUR SAY: The future of bus services in Cornwall

We want to hear from residents about proposed changes to supported bus routes, including the 42 (Penhallick - Trewith - St Austell) and the 91 (St Morwenna - Truro). The consultation closes at midnight on 30 November.

Take the survey | Drop-in sessions | Easy read version

You are receiving this because you signed up to Cornwall Council email updates. Unsubscribe.""",
                     "Cornwall Council <newsletter@cornwall.example.gov.uk>", "Have your say on buses in Cornwall", style="gmail"))

# Q3 forwarded Eventbrite confirmation: it says Truro?
c.add("query", also=["bulk"], subject="Fwd: Your tickets for Labour South West Winter Organising Day", sender=P("Elaine", "Hocking"),
      tags=MX + ("forwarded", "query-with-bulk", "robot-no-list-headers"),
      body=c.forward("""Tamsin, I booked this thinking it was at Trewith Village Hall like the flyer said, but the confirmation says Truro. Which is right? I can't get to Truro without a lift.""",
                     """Eventbrite

You're going to Labour South West Winter Organising Day!

Order #8834120571
Sat, 5 December, 10:00 - 16:00
Hall for Cornwall (Studio), Truro

1 x General Admission - Free

View your tickets in the app. Add to calendar.

This email was sent to you by Eventbrite on behalf of Labour South West.""",
                     "Eventbrite <noreply@order.eventbrite.example.com>", "Your tickets for Labour South West Winter Organising Day", style="apple"))

# Q4 guide dog, new to the area, which branch
c.add("query", subject="Joining in", sender=P("Alan", "Vosper"),
      tags=MX + ("query-with-access", "query-with-personal-news"),
      body="""Hello,

I've just moved down from Bristol to Chapel Hill (Fore Street, near the chapel). I was active in my old CLP and I'd like to get involved here.

Two things: I'm registered blind and I work with a guide dog, Barley, who is very well behaved and will sleep under any chair. Is that all right at meetings? And could agendas be sent as Word documents rather than scanned PDFs, which my screen reader can't read?

Which branch would I be in?

Thanks,
Alan Vosper""")

# Q5 student off to Exeter, transfer membership, and thanks
c.add("query", also=["other"], subject="Moving to Exeter!", sender=P("Morwenna", "Bray"),
      tags=MX + ("query-with-personal-news", "other-with-query"),
      body="""Hi Tamsin!!

I got into Exeter for politics and I'm going in September! I honestly think part of the reason I got in was talking about the by-election in my personal statement, so thank you for letting a 17-year-old loose on the doorstep.

Do I need to transfer my membership to the Exeter CLP, or can I stay a member here and come back in the holidays? I'd quite like to stay in Penhallick if I can because this is home.

Morwenna x""")

# Q6 hearing loss: BSL at the hustings, plus a grumble
c.add("query", also=["complaint"], subject="Hustings - BSL?", sender=P("Gillian", "Nicholls"),
      tags=MX + ("query-with-access", "query-with-complaint"),
      body="""Hi Tamsin,

Will there be a BSL interpreter or live captions at the hustings in Trewith? I'm profoundly deaf (I lip-read and use BSL). At the last one I sat at the front and still couldn't follow, because two of the four candidates spoke with their hands over their mouths and the chair didn't repeat questions from the floor.

I'm not asking for the earth. If there's no interpreter, could questions be written on a flipchart? That would help more people than just me.

Gillian""")

# Q7 trawlerman away at sea: how to vote in the selection
c.add("query", also=["procedural"], subject="selection vote when im at sea", sender=("Dan Richards", "danrichardsfv@outlook.com"),
      tags=MX + ("query-with-procedural",),
      body="""Alright Tamsin

I'm away on the boat most of January and February, 10 days out 4 in, and phone signal is nil beyond the Lizard. The council selection hustings is in January I think. Is there a postal vote or proxy or online way to vote for the candidate? I want my say, last time I missed it.

Also can you send me the dates so I can try and swap trips.

Dan""")

# Q8 follow-up after an unhelpful reply: paying in cash
c.add("query", also=["complaint"], subject="Re: Re: membership fee", sender=P("Edna", "Hocking"),
      tags=MX + ("quoted", "query-with-complaint", "elderly"),
      body=c.quote_reply("""Thank you dear but that doesn't quite answer my question. I don't have a bank card, I never have. Can I give the money to someone in person, in cash, every year, the way I used to give it to Len Spargo before he passed? I don't want to be thrown out over a bank card.

Edna Hocking""", """Dear Edna,

Thank you for your email. You can pay your membership online at the Labour Party website, or set up a direct debit through Membersnet.

Best wishes,
Tamsin""", quoted_from=SEC, style="gmail"))

# ============================================================ procedural (8)

# P1 apologies with venue and parking question
c.add("procedural", also=["query"], subject="apols for 26th - also where is it?", sender=P("Colin", "Spargo"),
      tags=MX + ("apologies-with-query",),
      body="""Tamsin - apologies from me for the GC on the 26th (grandson's rugby tour). Our Sandra's going as my substitute. Is it Trewith Village Hall or the Sailors' Institute? And after Wayne's clamping saga, is there somewhere safe to park? Cheers, Col""")

# P2 motion with an angry covering note (water ownership)
c.add("procedural", also=["complaint"], subject="MOTION for GC - public ownership of water", sender=P("Rachel", "Tonkin"),
      tags=MX + ("procedural-with-complaint", "motion"),
      body="""Tamsin,

Harbour branch motion below. We submitted a version of this in March and it was "noted" without debate at 9.55pm because the meeting had run out of time. Noted. On a coast where you can't put your feet in the sea for a third of the summer. I'd like an assurance it will be taken in the first hour this time, or I'll move that it is.

MOTION: CLEAN WATER IN PUBLIC HANDS

This GC notes:
- 37 sewage discharges at Penhallick beach in October alone;
- water company dividends and bonuses continuing while bills rise;
- Surfers Against Sewage's finding that Cornwall has among the highest number of discharge events in England.

This GC believes that water is a natural monopoly that should be run for the public good, not for shareholders.

This GC calls on Daniel Keast MP to support bringing failing water companies into special administration and public ownership, and submits this motion to the regional policy forum.

Prop. Rachel Tonkin, sec. Kerensa Pollard. Passed at Harbour branch 16-0-2.

Rachel""")

# P3 thank-you, with a delegate nomination
c.add("procedural", also=["other"], subject="A thank you, and Lowenna", sender=P("Margaret", "Carne"),
      fmt="alt", tags=MX + ("procedural-with-other", "nomination"),
      body="""Dear Tamsin,

I wanted to thank you for arranging the lift to the County Hall protest on Wednesday. I haven't been on a protest since Greenham and I didn't think I'd manage it at 81, but I did, and I held the banner for a whole hour.

On a more formal note, Penhallick East branch met on Monday and nominated Lowenna Hicks as one of the CLP's delegates to Annual Conference. Proposed by myself, seconded by Rob Eddy, unanimous. Please let me know if you need anything signed.

With love and thanks,
Margaret Carne""")

# P4 long delegate report with grumbles and a question
c.add("procedural", also=["complaint"], subject="Delegate report - Regional Conference, for the GC papers", sender=P("Lowenna", "Hicks"),
      tags=MX + ("procedural-with-complaint", "report-to-gc", "long"),
      body="""Dear Tamsin,

Here's my report from the regional conference for the GC papers. It's longer than I meant it to be, sorry. Feel free to cut the last section if there isn't room, but I'd rather it went in.

REPORT OF THE CLP DELEGATE TO LABOUR SOUTH WEST REGIONAL CONFERENCE

1. Arrangements

Conference was held over one day in Exeter. I travelled up on the 6.10 train from St Austell with the delegate from North Cornwall CLP and we got there in time for the start, just. The conference fee was paid by the CLP and my travel was reimbursed. Thank you.

2. Policy sessions

There were three policy sessions: housing, health and the economy.

Housing: the most useful session of the day. A motion from Torbay on second homes and holiday lets, similar to ours, was carried overwhelmingly. The Minister's speech acknowledged "particular pressures in coastal and rural communities" but did not commit to any new powers for councils. I asked from the floor whether councils would be able to require planning permission for change of use to holiday lets, and was told the Government was "looking at the evidence". I have heard that before.

Health: dominated by the state of the county hospital and ambulance handover times. A delegate from Camborne described waiting nine hours for an ambulance for her father. There was a good motion on dentistry, which was carried. I spoke briefly to say that in Penhallick there are now no NHS dentists taking adult patients at all.

Economy: mostly a speech from a Treasury minister. Questions were taken in batches of five, so nobody's got a real answer.

3. Motions

Five motions were debated; four were carried. I voted in line with the GC's instructions on the two where we had a position (second homes: for; two-child limit: for). On the others I used my judgement and I'm happy to say how I voted if anybody asks.

4. Elections

The regional board elections were held by ballot. Results will be published on the regional website.

5. Things I think the GC should know

I want to raise a few things honestly, because otherwise nobody will.

First, the Cornish delegates were, as always, at the back of the queue. The first session started at 9.30 and it is impossible to get to Exeter for 9.30 from west Cornwall on a Saturday without leaving home at half five. Two delegates from Penwith didn't make it until the afternoon. I'd like the CLP to ask the region to either start later or hold the conference further west every other year.

Second, the motions from CLPs were squeezed into the last ninety minutes after three ministerial speeches. By the time we got to them half the hall had gone for their trains. I don't think this is an accident.

Third, and this is the one I feel most strongly about: the accessibility was poor. The venue had one lift, which broke at lunchtime. A delegate in a wheelchair was carried up a flight of stairs by two stewards. Nobody from the organisers apologised from the platform.

6. Recommendations

I recommend that the GC:
(a) writes to the regional director about the timing of conference and the order of business;
(b) asks that next year's venue is checked properly for access;
(c) supports a motion to next year's conference on second homes jointly with other coastal CLPs. I've already spoken to the delegates from Torbay and North Devon and they are keen.

Question for you: do I need to present this in person at the GC, or is circulating it enough? I'd rather present it, but if the agenda's full I'll understand.

Lowenna Hicks
CLP delegate""")

# P5 union nominations for the AGM, deadline question
c.add("procedural", also=["query"], subject="Unite nominations - Penhallick Bay & Trewith AGM", sender=("Gerry Polglase", "gerry.polglase.unite@gmail.com"),
      tags=MX + ("procedural-with-query", "nomination"),
      body="""Dear Secretary,

Unite SW/1134 (Penhallick Marine & General) wishes to make the following nominations for the CLP AGM:

Chair: Mark Pengelly
Trade Union Liaison Officer: Gerry Polglase

Both nominees are individual members of the party in the constituency and have consented.

Could you confirm the closing date for nominations and whether affiliate nominations need to be on the CLP form or whether this email will do? I'd also like confirmation that our three GC delegates are recorded as entitled to vote at the AGM, as our affiliation fee was paid in June.

In solidarity,
Gerry Polglase
Branch Secretary""")

# P6 apologies, a minutes correction and a new grandchild
c.add("procedural", also=["other"], subject="minutes, apols, and news!", sender=P("Janet", "Retallick"),
      tags=MX + ("procedural-with-other", "minutes", "personal-news"),
      body="""Tamsin

Three things:

1) Minutes of the October GC, item 7: it was Rob Eddy who seconded the bus motion, not Rob Cock. (Poor Rob Cock hasn't been to a meeting since 2021.)

2) Apologies for November, I'll be in Plymouth because -

3) - our Zoe had a little boy on Sunday! Arthur James, 8lb 11oz. First grandchild and I'm over the moon. Photos available on request, whether you request them or not.

Jan""")

# P7 withdrawing a motion, in triumph
c.add("procedural", also=["other"], subject="Withdraw our library motion - we won!", sender=P("Clive", "Bolitho"),
      tags=MX + ("procedural-with-other",),
      body="""Tamsin,

Chapel Hill branch would like to withdraw its motion on the Chapel Hill library from the November GC agenda. Cornwall Council announced yesterday that the library will stay open on a shared-service model with the town council. A small victory but a real one, and I think the 400 letters had something to do with it.

Please thank Anita Gilbert for all her work behind the scenes. She never got the credit.

Drinks on me at the Sailors' on Thursday.

Clive Bolitho
Chair, Chapel Hill branch""")

# P8 request for a special GC, signed by delegates, angry about the mine
c.add("procedural", also=["complaint"], subject="Requisition for a special GC - Trewith lithium project", sender=P("Hedley", "Jago"),
      tags=MX + ("procedural-with-complaint", "special-meeting"),
      body="""Dear Secretary,

Under the CLP standing orders, we the undersigned GC delegates request that a special meeting of the General Committee be called, within 21 days, to discuss the CLP's position on the proposed lithium extraction project at Trewith Downs, and specifically the statement issued in the CLP's name on 3 November welcoming the project "as a source of skilled green jobs".

That statement was not agreed by the GC or, as far as we can establish, the EC. Many members in Trewith, including those who support the principle of domestic lithium, are furious that the CLP has taken a position without a word of consultation while residents are still waiting for answers on water, traffic and the tailings.

Signed (delegates):
Hedley Jago (Trewith)
Ann Tremayne (Trewith)
Rob Eddy (Penhallick East)
Demelza Curnow (Quarry Lane)
Kerensa Pollard (Harbour)
Peter Jewell (Chapel Hill)
Colin Spargo (St Morwenna)
Sandra Spargo (St Morwenna)
Jenifer Angove (Harbour)
Margaret Carne (Penhallick East)
Tomas Kazlauskas (Quarry Lane)

Please confirm receipt and the date of the meeting.

Hedley Jago""")

# ============================================================ data-protection (9)

# D1 cold resignation: delete everything, and a line on PIP
c.add("data-protection", also=["complaint"], subject="Membership", sender=P("Paul", "Trevail"),
      tags=MX + ("dp-in-resignation",),
      body="""Ms Rowe,

Please accept this email as my resignation from the Labour Party, effective immediately. My reasons are the Government's changes to PIP and the Universal Credit health element, which will hit my sister and thousands like her in Cornwall.

Under data protection law I request that you erase all personal data the CLP holds about me, including canvass records and any notes, and that you confirm in writing when this has been done. Please also confirm that my details will not be passed to the national party for "win-back" contact.

Paul Trevail""")

# D2 the members' spreadsheet was attached to an all-members email
c.add("data-protection", also=["query"], subject="attachment on the St Morwenna branch email??", sender=P("Lisa", "Opie"),
      tags=MX + ("dp-breach", "query-with-dp", "dp-no-legal-words"),
      body="""Hi Tamsin,

The St Morwenna branch email that came round last night about the quiz had an attachment called "members_list_FINAL_v3.xlsx". I opened it before I realised. It's everyone in the branch, names, addresses, phone numbers, dates of birth and whether they're in arrears. Mine included.

I've deleted it but presumably 90-odd other people have it now. Is anything going to happen about this? Do we get told? And is there a way to recall it?

Also is the quiz still on, because I'd like to go if it's not going to be awkward.

Lisa""")

# D3 canvasser told the neighbour how she votes
c.add("data-protection", also=["complaint"], subject="You told my neighbour how I vote", sender=P("Carole", "Penrose"),
      tags=MX + ("dp-no-legal-words", "complaint-with-dp"),
      body="""I'm not a member, I'm a resident of Fore Street, Chapel Hill.

On Saturday one of your canvassers was talking to my neighbour over the wall, and my neighbour told me afterwards that the canvasser had said "don't bother with next door, she's Reform". I don't know where that came from. I may have said something on the doorstep last year about immigration, I don't remember. But I didn't expect it to be written down and told to the street.

I'd like to know what you've written down about me and I want it deleted. And I want that canvasser told.

Carole Penrose""")

# D4 member's mobile printed on a leaflet without asking
c.add("data-protection", also=["complaint"], subject="my mobile on the leaflet", sender=P("Dave", "Uren"),
      tags=MX + ("dp-no-legal-words", "dp-with-thanks"),
      body="""Tamsin,

Happy to help with the campaign as you know, I've done every Saturday. But the new Quarry Lane leaflet has "For help or a lift to the polls, call Dave on 07700 900 558" on the back. That's my personal mobile. Nobody asked me. I've had eleven calls since Friday, two of them people shouting about the lithium mine and one at half eleven at night.

Can we take it off the next batch and can the Facebook version be changed today? Use the office number.

Still up for Saturday.

Dave""")

# D5 web form: holiday cottage owner: stop writing to me here, how did you get it
c.add("data-protection", also=["complaint"], subject="New submission: Contact", sender=c.form_robot(),
      reply_to=("Jeremy Ashcombe", "j.ashcombe@ashcombe-partners.example.co.uk"),
      tags=MX + ("webform", "dp-no-legal-words", "complaint-with-dp"),
      body=c.webform({
          "Name": "Jeremy Ashcombe",
          "Email": "j.ashcombe@ashcombe-partners.example.co.uk",
          "Message": """I own a holiday cottage in Penhallick (Gull Cottage, Harbour Row). I live in Surrey and am registered to vote in Surrey. Your party has sent three leaflets addressed to me BY NAME at the cottage, one of them attacking "second home owners who take and give nothing back".

How did you get my name linked to that address? I want whatever you hold about me removed and I'd like to know the source.

For the record, I pay a 100% council tax premium and employ two local people.""",
      }, form="Contact"))

# D6 Lithuanian signer: take my name off the online petition
c.add("data-protection", also=["other"], subject="my name on petition", sender=P("Rasa", "Petrauskiene", "gmail.com"),
      tags=MX + ("dp-no-legal-words", "non-native"),
      body="""Hello,

I sign your paper petition for the 42 bus at the market in October, I am happy to sign, we need this bus for work. But now my friend show me that on your website all names are listed with the street, "Rasa P., Chapel Hill Road". My manager at the factory see it and ask me if I am political now. I don't want problem at work.

Please take away my name from the website. The petition on paper is okay, only not internet.

Thank you, and good luck with the bus.
Rasa""")

# D7 moved for personal reasons, keep the new address off everything
c.add("data-protection", also=["procedural"], subject="please read - new address", sender=P("Claire", "Bennetts"),
      tags=MX + ("dp-no-legal-words", "apologies-with-dp"),
      body="""Tamsin,

Sorry I've been missing from meetings since the summer. I've had to move out of my home in Trewith for personal reasons and I'm now living somewhere else in the constituency. I'm safe and I'm OK, so please don't worry.

But I need to ask: please don't put my new address on anything. Not on branch lists, not on the delegates' list for the GC, not in any email that goes to more than you. If anyone asks where I am, please just say you don't know. I've changed it on Membersnet myself, but I don't know who else can see that.

I'll come back to meetings when I can. Please mark me as apologies until then.

Claire""")

# D8 councillor: my caseworker posted a constituent's email in the branch WhatsApp
c.add("data-protection", also=["procedural"], subject="Mistake in the Trewith WhatsApp - advice please", sender=("Cllr Steve Trounson", "steve.trounson@cornwall.example.gov.uk"),
      tags=MX + ("dp-breach", "dp-no-legal-words"),
      body="""Tamsin,

Embarrassing one. My volunteer caseworker, meaning well, pasted a constituent's email into the Trewith branch WhatsApp last night to ask if anyone knew a good damp specialist. The email included the constituent's full name, address, her children's names and the fact that she's on benefits and in rent arrears with her landlord. It was up for about an hour before I saw it and deleted it, but 48 people are in that group.

What do I need to do? Do I tell the constituent? Does the party need to be told? I'd rather do it properly than hope nobody noticed.

Also, I'll be late to Thursday's EC, council meeting runs till seven.

Steve""")

# D9 reply to a dues reminder: I cancelled, delete me, why was I charged
c.add("data-protection", also=["complaint"], subject="Re: Your membership is due for renewal", sender=P("Graham", "Hosking"),
      tags=MX + ("quoted", "dp-in-resignation", "dp-no-legal-words"),
      body=c.quote_reply("""I cancelled my membership in May. I have the email confirming it. Why are you still emailing me, and why did £5.25 come out of my account on the 1st?

Delete my details. All of them. And refund the £5.25.""", """Dear member,

Your Labour Party membership is due for renewal. Keeping your membership up to date means you can take part in selections, attend meetings and help us win across Cornwall.

Penhallick Bay & Trewith Labour""", quoted_from="Penhallick Bay & Trewith Labour <secretary@penhallicklabour.org.uk>", style="outlook"))

# ============================================================ other (9)

# O1 condolence on a long-serving member; eulogy offer and photos
c.add("other", also=["query"], subject="Len Spargo", sender=P("Ruth", "Lanyon"),
      tags=MX + ("condolence", "other-with-query"),
      body="""Dear Tamsin,

I heard from Edna about Len. I'm so sorry. He signed me up in 1974 in the back bar of the Ship, on a beer mat, which I still have.

If the family would like someone from the party to say a few words at the funeral, I'd be honoured, but I don't want to push myself forward. Would you ask them?

And do you know if anyone has photos of Len from the old days, the miners' support group in '84 or the harbour campaign? I'm putting something together for the family.

With love,
Ruth Lanyon""")

# O2 misdirected: meant for the gig rowing club
c.add("other", subject="training times?", sender=P("Jess", "Rowse"),
      tags=MX + ("misdirected",),
      body="""Hiya, is ladies' gig training still Tuesdays and Thursdays at 6 off the slipway over the winter or does it move to Saturday mornings? Also are the new club hoodies in yet, I ordered a medium. Thanks! Jess

(sent to secretary@penhall... hopefully the rowing club not the rugby lol)""")

# O3 fisherman's thanks and an invitation to the harbour day
c.add("other", subject="thanks", sender=("Mike Stevens", "mikestevensfv@gmail.com"),
      tags=MX + ("thanks", "social"),
      body="""Tamsin

Tell Daniel thanks from me. The licence come through Thursday after 5 month of chasing the MMO and his office got it done in a fortnight. I wasnt sure about him but fair play.

Harbour day is Sat 6th, we're doing crab sandwiches off the boat, you and the party lot are welcome, no speeches mind.

Mike""")

# O4 local photographer, a member, pitching headshots
c.add("other", also=["query"], subject="candidate photos - mate's rates", sender=("Rob Eddy", "rob@eddyphotography.example.co.uk"),
      fmt="alt", tags=MX + ("sales-pitch-person", "other-with-query"),
      body="""Hi Tamsin,

Wearing my work hat for once. I've noticed that some of our candidates' photos on the leaflets are, how to put this, holiday snaps with someone's arm cropped out. I'd be happy to do proper headshots for all the May candidates in one session, outdoors on the harbour if the weather's kind. Usually £95 a head; for the CLP I'd do it for £25 to cover costs.

No pressure at all. Who decides these things, you or the campaign committee?

Rob
(Penhallick East)""")

# O5 member stepping back after 50 years, offers the banner
c.add("other", also=["procedural"], subject="Fifty years", sender=("Arthur Curnow", "arthurcurnow1944@btinternet.com"),
      tags=MX + ("personal-news", "other-with-procedural", "elderly"),
      body="""Dear Tamsin,

This month I have been a member of the Labour Party for fifty years, all of them in this constituency. I was branch secretary of St Morwenna from 1979 to 1998, and I stood for the old district council four times and won once.

I'm 82 now and my eyesight is going, so I've decided to stand down as a GC delegate at the AGM and let someone younger have a go. I'll still come when I can get the ferry.

I have in my loft the old St Morwenna branch banner, hand-painted in 1951 for the Festival of Britain, and a box of minute books going back to 1946. I'd like them to go somewhere they'll be looked after. Would the CLP want them, or should I offer them to the Cornwall archive at Kresen Kernow?

Yours,
Arthur Curnow""")

# O6 chair's HTML-only joke email to the EC
c.add("other", subject="Friday funny", sender=("Jago Pascoe", "jago.pascoe@btinternet.com"),
      fmt="html", tags=MX + ("social", "html-only", "hard-negative", "benign-violent-word"),
      html_body="""<div>Morning all,</div><div><br></div><div>After Thursday's four-hour EC, Lowenna sent me this and I nearly killed myself laughing. Thought you'd appreciate it.</div><div><br></div><div><i>"A committee is a group of people who keep minutes and waste hours."</i></div><div><br></div><div>I promise next month's will be under two hours. (Tamsin has heard this promise before.)</div><div><br></div><div>Don't forget it's Nigel's pasty night on the 20th, he's doing steak and Stilton as well as traditional, which some of us consider heresy.</div><div><br></div><div>Jago</div>""",
      body="")

# O7 parish clerk: Remembrance wreath, who'll attend
c.add("other", also=["query"], subject="Remembrance Sunday - Trewith war memorial", sender=("Trewith Parish Council", "clerk@trewithparish.example.gov.uk"),
      tags=MX + ("other-with-query", "invitation"),
      body="""Dear Ms Rowe,

As in previous years, Trewith Parish Council would like to invite a representative of each of the local political parties to lay a wreath at the Trewith war memorial on Remembrance Sunday. Assembly is at 10.40am at the lychgate; the service begins at 10.50.

Could you let me know the name of your representative by Friday 6 November, so that we can print the order of service? Wreaths may be ordered through the Royal British Legion if you do not have one.

Yours sincerely,
Helen Tremaine
Clerk to Trewith Parish Council""")

# O8 thanks for a recipe and a chat, with apologies tucked in
c.add("other", also=["procedural"], subject="the recipe!!", sender=P("Bev", "Chegwidden"),
      tags=MX + ("social", "other-with-procedural"),
      body="""Tamsin my love, your nan's heavy cake recipe is a triumph. I made it for the WI and three people asked for it. I told them it was a state secret (Labour Party property). Thank you for writing it out.

Can't come on Thursday, it's Bingo at the Legion and I'm calling.

Bev xx""")

# O9 misdirected fan mail meant for the Lib Dems
c.add("other", subject="Well done Ivor!", sender=P("Pam", "Trudgeon"),
      tags=MX + ("misdirected", "political-other-party"),
      body="""Dear Ivor,

Just a note to say thank you for all your hard work on the post office. We'll definitely be voting for you again in May, unlike SOME people who put nasty leaflets about you through the door. Keep it up!

Pam and Stan Trudgeon, Trewith Downs""")

# ============================================================ safety (10)

# S1 apologies, venue question, report of tyres let down with a note about brakes
c.add("safety", subject="apols 26th + Becky's car", sender=P("Sandra", "Spargo"),
      tags=("mixed", "third-party-report", "veiled", "embedded"),
      body="""Hi Tamsin,

Apologies for the 26th, I can't do two weeks running with the grandchildren. Is it at the Sailors' or Trewith? Col says one, the email says the other.

Also I think someone needs to know about this. After the hustings on Thursday Becky Hosken came out to the car park at the village hall and all four tyres on her car had been let down. Under the wiper was a note, printed, that said "Next time it won't be the tyres. It'll be the brake pipes. Drop out." Becky's husband took a photo of it. She didn't want a fuss because she was still getting over the Covid but I think the party should know, and maybe the police.

Sandra""")

# S2 fisherman's grumble with a question and a veiled remark about the harbour wall
c.add("safety", subject="Keast", sender=("T. Hocking", "tomhocking.fv@outlook.com"),
      tags=("mixed", "veiled", "implicit", "embedded"),
      body="""When's his next surgery in Penhallick. Not Truro, here.

Twelve more years of French and Belgian boats in our waters. He stood on this quay and told us he'd back us. Lying little man.

He wants to be careful walking along that harbour wall when he comes for his photo at the harbour day. It's slippy down the far end and there's no rail. Accidents happen on quays, everybody knows that, and nobody ever sees a thing.

And tell him we want the fuel duty rebate back""")

# S3 web form: second-home owner on the premium, a question, a menace about the chair's boat
c.add("safety", subject="New submission: Contact", sender=c.form_robot(),
      reply_to=("Harbour Row owner", "harbourrowowner@gmail.com"),
      tags=("mixed", "webform", "veiled", "embedded", "implicit"),
      body=c.webform({
          "Name": "A Harbour Row owner",
          "Email": "harbourrowowner@gmail.com",
          "Message": """Does your party intend to push for the 200% premium or not? Your leaflets say one thing and your councillor says another.

Some of us have spent a fortune on this town. We're tired of being spat at in the street.

We know your chair keeps his boat on the inner harbour moorings, the blue one, Lowena. Be a shame if she came loose one night with nobody about. Or if he was aboard when she did.

Please answer the question about the premium.""",
      }))

# S4 forwarded message the youth officer received, with a stalking detail
c.add("safety", subject="Fwd: the message", sender=("Lowenna Hicks", "lowenna.hicks@yahoo.co.uk"),
      tags=("mixed", "forwarded", "third-party-report", "stalking", "veiled"),
      body="""Tamsin - Kai sent me this last night and asked me to pass it on because he didn't know who to send it to. It came to his Instagram from an account with no posts. He's 19 and trying to pretend he's fine about it. His mum does work at the Co-op in Trewith.

Separately, can we talk about the youth officer budget at the EC? He's been paying for the Young Labour social out of his own pocket.

Lowenna

---------- Forwarded message ---------
From: Kai Tregenza <kai.tregenza@gmail.com>
Date: Tue, 13 Oct 2026 at 23:48
Subject: the message
To: Lowenna Hicks <lowenna.hicks@yahoo.co.uk>

lowenna this is what i got on insta last night, copied exactly:

"keep your nose out of trewith kai. we know your mums shift at the coop finishes at 10 and she walks home past the old count house. be a shame. stick to your college bus"

no name on the account, no posts, made this week i think. i blocked it
""")

# S5 noisy: lithium grievance, question about the meeting, symbol-broken threat
c.add("safety", subject="lithium meeting + ur office", sender=("trewith_local", "trewithlocal@protonmail.com"),
      tags=("mixed", "noisy", "conditional", "embedded"),
      body="""what time does the lithium meeting finish tomorrow, some of us work

ur CLP put out a statement WELCOMING the mine without asking any1 in trewith. welcome this: if that mine gets the go ahead some1 at ur office on fore st is gonna get h.u.r.t. not a joke. not a w@rning either, a promise

and why is there no public meeting in trewith itself""")

# S6 long letter: minutes, thanks, and someone asking which house is the secretary's
c.add("safety", subject="Several things, sorry", sender=("Winifred Bolitho", "win.bolitho@talktalk.net"),
      tags=("mixed", "third-party-report", "stalking", "embedded", "elderly"),
      body="""Dear Tamsin,

Thank you for the minutes. I'm afraid I must point out that under item 4 I am recorded as "Winnie Bolitho", and I have not been Winnie to anybody since 1962.

Thank you also for the Christmas social invitation. Clive and I will come if his back allows.

Now something I ought to have told you straight away but I didn't want to worry you. On Tuesday afternoon I was in my front garden, which as you know is across the lane from your cottage, and a man I didn't know, about forty, with a dark jacket and a woolly hat, was standing on the corner taking photographs of your house with his phone. When he saw me he came over, very friendly, and asked me which house was "the Labour woman's". I said I didn't know. He said "never mind, I'll find it, she'll be easy enough to spot." Then he walked off down towards the harbour. He was back on Thursday morning, sitting in a white van at the end of the lane for about an hour. I took down the registration: it began WF.

Please be careful, my dear. And please let me know if you'd like me to tell anybody else.

Lastly, the AGM: are we still voting on the new standing orders? Clive wants to speak against.

Yours,
Winifred Bolitho""")

# S7 agent reports a suspicious envelope at the office, with tomorrow's leaflets
c.add("safety", subject="office - DON'T GO IN - and leaflets", sender=P("Roz", "Penberthy"),
      tags=("mixed", "suspicious-item", "third-party-report"),
      body="""Tamsin,

Don't go into the Fore Street office this afternoon. When I opened the post at 11 there was a brown envelope addressed to "The Labour Traitors", no stamp, hand-delivered, and when I slit it open some white powder came out onto the desk. I didn't touch it again, I've washed my hands, shut the door and called 999. Police are here now and have closed the street. They've said it's "probably nothing" but they're treating it properly.

Also, which I know is the least of it: the Trewith Downs leaflets for tomorrow's delivery are in the office, so if the street's still shut in the morning we'll need a plan B. Kai's got 2,000 in his car.

I'll ring you as soon as they let me go.

Roz""")

# S8 Polish worker: employer grumble, union question, report of a threat to him
c.add("safety", subject="work problem and the poster", sender=P("Piotr", "Zawadzki", "o2.pl"),
      tags=("mixed", "non-native", "third-party-report", "embedded"),
      body="""Hello Tamsin,

I am working in fish factory in harbour, 4 years. Now manager say all workers must sign new contract with zero hour, or we lose job. Is this legal? Which union I must join for help? You say me before Unite maybe.

Second thing. I put Labour poster in window of my flat on Quay Street for the by-election. On Sunday a man from the flat under, he is supporting other party, he knock my door and he say "take this poster down or I will break your window and then your face, you Polish ****". My wife is very scared, we have baby. I take the poster down. I dont know if I can call police for this or they dont care.

Please can you give me advice about both things.

Thank you
Piotr""")

# S9 list post about the hustings with a veiled remark about a councillor's dog walk
c.add("safety", subject="[Trewith Labour] hustings thoughts + Trounson", sender=P("Gary", "Lobb"),
      headers=c.list_headers("Trewith Labour", domain="lists.penhallicklabour.org.uk"),
      tags=("mixed", "list", "veiled", "embedded", "implicit"),
      body="""Evening all,

Thought the hustings went well considering Becky wasn't there. Roz did a great job standing in. The MK lad was good too, to be fair.

What I will say is this. Trounson's the one on the planning committee who'll decide the mine. If he votes it through, he'd better not be walking that spaniel of his along the old tramway after dark any more. Just saying. Lot of people in Trewith feel the same.

Anyway, leafleting Saturday, 10am from the chapel. Who's got the spare boards?

Gary""")

# S10 HTML-only: resignation with a data request and an explicit threat to a councillor
c.add("safety", also=["data-protection"], subject="Resignation - and you can pass this on", sender=("Keith Jenkin", "k.jenkin.penhallick@gmail.com"),
      fmt="html", tags=("mixed", "html-only", "explicit", "embedded"),
      html_body="""<html><body><p>Tamsin,</p><p>I'm out. After twenty-two years. Please cancel my membership and delete whatever you've got on me, I don't want any more of your begging letters.</p><p>Morwenna Eddy sat in that council chamber and voted to close the harbour toilets and the lifeguard hut, and then had the nerve to be photographed at the beach clean. If I see her at the harbour day I'll put her in the water myself and hold her there. You can pass that on.</p><p>And send me back my £20 for the Christmas social, I won't be coming.</p><p>Keith Jenkin</p></body></html>""",
      body="")

c.write()
