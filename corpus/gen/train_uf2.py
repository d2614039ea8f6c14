"""train/uf2: terse and fragmentary mail, part 2 (Brindle Vale CLP, a Pennine market-town seat).
All content hand-written.

Mostly phone-typed: one line, no greeting, no sign-off; subject-only mail; top-posted one-liners
above long quoted threads (draft minutes, a fundraising thread, a Labour group statement) that
are about something else; replies that only mean something with the quote; lines that
contradict their own subject. 43 non-threats over every category but safety, with hard
negatives ("death sentence", "blitz", "took a kicking", "torpedoed", "torn to shreds") and 17
terse threats and reports of threats."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "uf2", seed=6802)
# Our own invented constituency party (replaces the stock one chosen by the seed).
c.clp = ("Brindle Vale CLP", "Imran Lodhi", "clpsecretary@brindlevalelabour.org.uk")
P = c.person
SEC = "Imran Lodhi <clpsecretary@brindlevalelabour.org.uk>"
SIG = """Imran Lodhi
Secretary, Brindle Vale CLP
Trades Hall, Bridge Street, Brindle BV1 3AP"""
HNV = ("hard-negative", "benign-violent-word")
HNM = ("hard-negative", "metaphor")

# ================================================================ complaint (7)

# C1 one word of contempt above the Labour group statement
c.add("complaint", subject="Re: Brindle market hall - statement from the Labour group", sender=P("Alan", "Haslam"),
      tags=("top-posted", "angry"),
      body=c.quote_reply(
          """Spineless. Every last one of them.""",
          """Dear members,

Please find below the statement agreed by the Labour group on Brindle Vale Borough Council following last night's Cabinet decision on the market hall.

"The Labour group recognises the strength of feeling in the town about the market hall. Nobody became a councillor to close a building that has served Brindle since 1887. However, the structural survey shows the roof is unsafe and the cost of repair is estimated at £4.2 million, at a time when the council's budget has been cut by 38% in real terms since 2010. We have secured a commitment that all current traders will be offered a place in the temporary outdoor market on Bridge Street, rent-free for twelve months, while options for the site are developed with the community."

Cllrs Whittaker, Bhatti and Ormerod will be at the Trades Hall on Saturday from 10 to answer questions.

""" + SIG, quoted_from=SEC, style="outlook"))

# C2 hard negative: "death sentence"
c.add("complaint", subject="A&E", sender=("Dorothy Nuttall", "dot.nuttall@btinternet.com"),
      tags=("terse",) + HNM,
      body="""Downgrading Brindle General's A&E is a death sentence for half this valley and our MP just nodded it through. I want somebody to explain that to my face at the next GC.

Dorothy Nuttall, Cragside""")

# C3 subject only
c.add("complaint", subject="STILL no reply to my letter of 2 Sept re Cragside selection", sender=P("Philip", "Greenwood"),
      tags=("terse", "subject-only"),
      body="")

# C4 txt-speak, ignored new member
c.add("complaint", subject="", sender=("kieran", "kieranh_bv@gmail.com"),
      tags=("terse", "noisy"),
      body="""tbh no1 from the branch has spoke 2 me since i joined in march. ive emailed twice. whats even the point""")

# C5 subject contradicted
c.add("complaint", subject="Very happy with the new bin rota", sender=P("Janice", "Holden", "talktalk.net"),
      tags=("terse", "confuser", "contradicts-subject"),
      body="""...said nobody in Ashworth ever. Three weeks without a collection and Cllr Whittaker's voicemail is full.""")

# C6 top-posted above a long fundraising thread
c.add("complaint", subject="RE: 100 Club draw and Christmas fundraiser - who's doing what", sender=P("Shabana", "Akhtar"),
      tags=("top-posted", "quote-dependent"),
      body=c.quote_reply(
          """And once again Hollins is missing from the list. Do we just not exist? We sold more 100 Club numbers than anyone last year.

Shabana
Hollins branch""",
          """Thanks Bernard, that's really helpful.

So to pull it together, here's where we are for December:

100 CLUB
Draw at the GC on 10 December. Bernard has the numbers; 74 of 100 sold so far. £5 a month, half to prizes, half to the campaign fund. If you've got members who've lapsed, a gentle nudge please.

CHRISTMAS FUNDRAISER
Saturday 13 December, Mill Hill Methodist hall, 2-5pm.
- Cake stall: Mill Hill branch (Jean)
- Tombola: Cragside (Phil and Margaret)
- Raffle: Town Centre (Lisa) - we need prizes! Vouchers, bottles, hampers
- Second-hand books: Ashworth (Gordon)
- Kids' craft table: Lower Brindle (Nadia's sister has offered)
- Teas and coffees: Young Labour (Kieran) - Kieran, please no energy drinks this year
- Float and card reader: Bernard

PUBLICITY
Nadia will do a poster for Facebook and the Advertiser's what's on. Can branches print a few for their own noticeboards?

If I've missed anything, shout.

Imran

-----Original Message-----
From: Bernard Entwistle <b.entwistle@brindlevalelabour.org.uk>
Sent: 28 October 2026 19:02
To: Imran Lodhi <clpsecretary@brindlevalelabour.org.uk>
Subject: RE: 100 Club draw and Christmas fundraiser

Imran,

Figures as promised. 100 Club: 74 numbers sold, £370 a month gross. Last year's Christmas fundraiser took £1,146 after costs, which paid for the whole of the spring leaflet. I'd like to beat that.

Card reader is charged. Please nobody take cheques this year, the bank now charges us to pay them in.

Bernard""", quoted_from=SEC, style="outlook"))

# C7 hard negative: "watch this space", angry but political
c.add("complaint", subject="Re: Your nomination for Vice-Chair", sender=P("Trevor", "Hindle"),
      tags=("top-posted", "hard-negative", "angry"),
      body=c.quote_reply(
          """We'll see what the members make of that at the AGM. Watch this space.""",
          """Dear Trevor,

Thank you for your nomination for the position of Vice-Chair (Membership). Unfortunately the EC has had to rule it invalid, as the nomination came from Lower Brindle branch, which has not held a quorate meeting this year and so cannot make nominations under Standing Order 6. You are of course free to be nominated by another branch or from the floor if the standing orders allow, and I'm happy to talk you through how.

Kind regards,
""" + SIG, quoted_from=SEC, style="gmail"))

# ================================================================ query (7)

# Q1 one line
c.add("query", subject="tonight", sender=P("Gail", "Sutcliffe"),
      tags=("terse",),
      body="""Weavers upstairs or the Trades Hall tonight?""")

# Q2 elderly, formal, short
c.add("query", subject="Subscription", sender=("E. Pilling", "edith.pilling@aol.com"),
      tags=("terse",),
      body="""Dear Sir,

Could you kindly tell me when my subscription falls due.

Yours faithfully,
E. Pilling (Mrs)""")

# Q3 top-posted, two words
c.add("query", subject="Re: Public meeting on Brindle General - Thurs 20th", sender=P("Ruth", "Marsden"),
      tags=("top-posted", "quote-dependent"),
      body=c.quote_reply(
          """And parking?""",
          """PUBLIC MEETING: SAVE BRINDLE GENERAL'S A&E

Thursday 20 November, 7pm
Hollins Community Centre, Hollins Lane

Speakers: Rachel Greenhalgh MP, Dr Anjali Rao (GP, Mill Hill surgery), a speaker from the Royal College of Nursing, and local residents.

All welcome, members or not. Wheelchair accessible. Please share.

Nadia Shafiq
Campaign Co-ordinator""", quoted_from="Nadia Shafiq <nadia.shafiq@brindlevalelabour.org.uk>", style="gmail"))

# Q4 hard negative: "blitz"
c.add("query", subject="Saturday", sender=P("Owen", "Pickup"),
      tags=("terse",) + HNV,
      body="""Count me in for the Lower Brindle blitz Saturday. Where are we meeting and do I need the app on my phone first?""")

# Q5 non-native (Urdu speaker), young member question
c.add("query", subject="young labour", sender=("Mohammed Tariq", "mtariq.bv@hotmail.co.uk"),
      tags=("terse", "non-native"),
      body="""Assalamualaikum brother Imran, my son is 15 can he join young labour now or he need to wait until 16? Jazakallah""")

# Q6 change of address in the subject only
c.add("query", subject="change of address - now 4 Tenter Street, Brindle BV7 2QH", sender=P("Graham", "Crabtree"),
      tags=("terse", "subject-only"),
      body="")

# Q7 apologetic, reads like a grumble but is a how-to question
c.add("query", subject="membersnet again", sender=P("Sharon", "Aspin"),
      tags=("terse", "confuser", "complaint-as-query"),
      body="""Sorry to be a pain AGAIN but I still can't log in to Membersnet, it just says my email isn't recognised. Is it me? Is there someone I ring?""")

# ================================================================ procedural (6)

# P1 apologies
c.add("procedural", subject="apols weds", sender=("Phil Duckworth", "cllr.phil.duckworth@gmail.com"),
      tags=("terse",),
      body="""Apologies from both Cragside delegates for Weds - we're at the Rovers away. Phil""")

# P2 top-posted approval above long draft minutes
c.add("procedural", subject="Re: DRAFT minutes - GC 8 October - comments by Friday please", sender=("Christine Haworth", "chaworth.bv@gmail.com"),
      tags=("top-posted",),
      body=c.quote_reply(
          """Fine by me. Typo in item 6 (Entwistle not Entwhistle, he'll notice). Otherwise approved.

C""",
          """Dear all,

Please find the draft minutes of the GC below. Any corrections to me by Friday please, after which they'll go out with the November papers.

BRINDLE VALE CLP - GENERAL COMMITTEE
Wednesday 8 October 2026, 7.30pm, Trades Hall, Bridge Street

Present: Christine Haworth (Chair), Imran Lodhi (Secretary), Bernard Entwhistle (Treasurer), Nadia Shafiq (Campaign Co-ordinator), Gordon Tattersall (Membership), and 31 delegates (attendance sheet held by the Secretary).

1. Apologies
Received from Cllr Asif Bhatti, Tahir Rashid, Margaret Pollard, Kieran Holt, and both Top o' th' Moor delegates.

2. Minutes of the previous meeting
Agreed as a correct record, proposed Jean Ormerod, seconded Gail Sutcliffe.

3. Matters arising
3.1 The Secretary reported that the letter to the Integrated Care Board about Brindle General had been sent and acknowledged; no substantive reply yet.
3.2 The room booking for the December GC has been confirmed.

4. Report from the MP
Rachel Greenhalgh MP gave a report covering the A&E consultation, the closure of the Ashworth post office, and her casework on Universal Credit sanctions. In questions, several delegates raised the two-child limit; the MP said she had made representations to ministers and would report back. Dorothy Nuttall asked that it be minuted that she remained unsatisfied with the MP's position on the A&E consultation. The Chair agreed.

5. Report from the Labour group
Cllr Lisa Whittaker reported on the market hall structural survey and the budget position. A full discussion will take place at the November GC.

6. Treasurer's report
Bernard Entwhistle reported a balance of £6,412.18 in the current account and £2,050 in the election fund. 100 Club sales stand at 74. The Treasurer reminded branches that expenses claims must be submitted with receipts within 30 days.

7. Motions
7.1 Motion from Mill Hill branch on the market hall - deferred to November by agreement of the mover.
7.2 Motion from Hollins branch on Gaza - debated. An amendment from Town Centre branch to delete the third paragraph was lost (9 for, 19 against, 3 abstentions). The substantive motion was carried (22 for, 6 against, 3 abstentions).
7.3 Motion from Cragside on bus services - carried unanimously.

8. Campaigns
Nadia Shafiq reported on the Ashworth by-election. Polling day 30 October. Sessions every evening and weekend; delegates asked to encourage their branches.

9. Membership
Gordon Tattersall reported 612 members, of whom 48 are in arrears. Welcome packs going to 11 new members.

10. Any other business
10.1 Phil Duckworth thanked everyone who had helped with the Cragside litter-pick.
10.2 The Chair reminded delegates that the Women's Forum meets on the 22nd.

Meeting closed 9.41pm.

Imran Lodhi
Secretary""", quoted_from=SEC, style="gmail"))

# P3 hard negative: "torn to shreds"
c.add("procedural", subject="SO rewrite - clause 7", sender=("Tahir Rashid", "tahir.rashid@gmail.com"),
      tags=("terse",) + HNM,
      body="""The standing orders rewrite will get torn to shreds at GC if clause 7 stays in. I'll move an amendment to delete it - can you add it to the papers?""")

# P4 nomination
c.add("procedural", subject="Campaign Co-ordinator nomination", sender=("Jean Ormerod", "cllr.jean.ormerod@outlook.com"),
      tags=("terse",),
      body="""Mill Hill branch nominates Nadia Shafiq for Campaign Co-ordinator. Proposed me, seconded Gail Sutcliffe, 9 for, none against.""")

# P5 only makes sense from the quote
c.add("procedural", subject="Re: Conference priorities ballot - Lower Brindle view?", sender=P("Les", "Whitehead"),
      tags=("top-posted", "quote-dependent"),
      body=c.quote_reply(
          """2 and 4. Not 3, under any circumstances.""",
          """Les,

Lower Brindle hasn't sent me its view on the contemporary motion priorities ballot yet. The GC delegate needs a steer by the 18th. The shortlist is:

1. Social care workforce
2. Child poverty and the two-child limit
3. Reform of party rules on selections
4. Local government finance

Which two do you want to support?

Imran""", quoted_from=SEC, style="gmail"))

# P6 subject says withdrawn, body says not
c.add("procedural", subject="Hollins motion - withdrawn", sender=("Shabana Akhtar", "shabana.akhtar@hotmail.co.uk"),
      tags=("terse", "confuser", "contradicts-subject"),
      body="""Ignore the subject, it's NOT withdrawn after all - branch voted last night to keep it on. Please leave it on Wednesday's agenda as motion 3.""")

# ================================================================ urgent (7)

# U1 boiler gone, tonight
c.add("urgent", subject="Trades Hall heating", sender=("Bernard Entwistle", "b.entwistle@brindlevalelabour.org.uk"),
      tags=("terse",),
      body="""Boiler's packed in. No heat for tonight's GC and it's 4 degrees. Cancel or tell them to bring coats? Need to decide by 4 so the text can go out.""")

# U2 letter deadline 3pm today, above the draft
c.add("urgent", subject="RE: Draft letter to the Advertiser - A&E", sender=("Nadia Shafiq", "nadia.shafiq@brindlevalelabour.org.uk"),
      tags=("top-posted",),
      body=c.quote_reply(
          """Advertiser deadline is 3 TODAY not Friday - just rang them. Can you or Christine sign it off in the next hour?""",
          """Nadia,

Draft attached and pasted below. Happy to take comments.

"Sir,

Your report last week suggested that Brindle Vale Labour has 'gone quiet' on the future of Brindle General's A&E. Nothing could be further from the truth. Our members have collected over 6,000 signatures, our MP has met the Integrated Care Board twice, and on 20 November we are holding a public meeting at Hollins Community Centre, to which everyone is welcome.

A valley of 90,000 people, with the nearest alternative A&E forty minutes away on a good day, cannot be left without emergency care. We will not stop saying so.

Yours faithfully,
Imran Lodhi, Secretary, Brindle Vale Constituency Labour Party"

Imran""", quoted_from=SEC, style="outlook"))

# U3 subject only, collect by 8am
c.add("urgent", subject="Leaflets MUST be collected from Pennine Print by 8am tomorrow - they shut for stocktake", sender=P("Gordon", "Tattersall"),
      tags=("terse", "subject-only"),
      body="")

# U4 hard negative: "torpedoed", replacement speaker by tomorrow lunch
c.add("urgent", subject="thursday", sender=("Sajid Mirza", "sajid.mirza@parliament.example.uk"),
      tags=("terse",) + HNM,
      body="""Whips have torpedoed Thursday - three-line vote, Rachel can't be at the public meeting. Need a replacement speaker confirmed by lunchtime tomorrow or we pull her from the poster.""")

# U5 phone stub, ballot box key
c.add("urgent", subject="key", sender=("Gordon Tattersall", "gordon.tattersall@btinternet.com"),
      tags=("terse",),
      body="""Ballot box key is in my coat pocket and I'm stuck in A&E with mum. Someone needs to get it from the Weavers before 7 tonight, Dave behind the bar knows

Sent from my iPhone""")

# U6 agent signature by 5pm today
c.add("urgent", subject="postal vote form", sender=P("Lisa", "Whittaker"),
      tags=("terse",),
      body="""Council says the postal vote applications need the agent's countersignature by 5pm TODAY for Thursday. Who's agent? Need them at the town hall.""")

# U7 subject contradicted, meaning from the quote
c.add("urgent", subject="Re: No rush on this", sender=P("Carol", "Ashworth"),
      tags=("top-posted", "confuser", "contradicts-subject", "quote-dependent"),
      body=c.quote_reply(
          """Actually there is - the council wants the form back by 9 tomorrow morning or we lose the 14th.""",
          """Carol,

Whenever you get a minute, no rush: could you fill in the council's room booking form for the December GC at Hollins? Usual room, 7-9.30.

Thanks,
Imran""", quoted_from=SEC, style="gmail"))

# ================================================================ data-protection (6)

# DP1 never signed up, above a newsletter
c.add("data-protection", subject="Re: Rachel Greenhalgh MP - your November update", sender=("Darren Mellor", "dmellor84@outlook.com"),
      tags=("top-posted", "dp-no-legal-words"),
      body=c.quote_reply(
          """how did u get this address, never signed up for anything""",
          """RACHEL GREENHALGH MP - YOUR NOVEMBER UPDATE

Hello!

This month I've been fighting for Brindle General, meeting local traders about the market hall, and raising the closure of Ashworth post office in Parliament.

Find out more and get in touch at my surgeries, every second Saturday at Hollins library.

Rachel""", quoted_from="Rachel Greenhalgh MP <news@rachelgreenhalgh.example.org.uk>", style="gmail"))

# DP2 stop ringing my mum
c.add("data-protection", subject="phone calls", sender=P("Karen", "Riley"),
      tags=("terse", "dp-no-legal-words"),
      body="""Please stop ringing my mum. She's 91, she's never been a member, that was my dad and he died in 2019.""")

# DP3 photo on the website
c.add("data-protection", subject="photo", sender=P("Bethany", "Lord"),
      tags=("terse", "dp-no-legal-words"),
      body="""Can you take the photo of me off the website please, the one from the Mill Hill stall. Didn't know it was going online.""")

# DP4 stolen laptop
c.add("data-protection", subject="laptop", sender=("Gordon Tattersall", "gordon.tattersall@btinternet.com"),
      tags=("terse",),
      body="""My laptop got nicked from the car last night outside the Weavers. Membership spreadsheet's on it. Police have a crime number. Do we have to tell anybody else?""")

# DP5 formal but one line
c.add("data-protection", subject="Subject access request", sender=P("Martin", "Leigh"),
      tags=("terse",),
      body="""Subject access request under the UK GDPR for all personal data the CLP holds on me. Membership number L2290417. Please confirm receipt.

M. Leigh""")

# DP6 web form, remove my number
c.add("data-protection", subject="New submission: Get in touch", sender=c.form_robot(),
      reply_to=("Stella Howarth", "stellahowarth@yahoo.co.uk"),
      tags=("terse", "webform", "dp-no-legal-words"),
      body=c.webform({
          "Name": "Stella Howarth",
          "Email": "stellahowarth@yahoo.co.uk",
          "Message": "Please remove my name and phone number from wherever you keep them. I don't want the calls.",
      }, form="Get in touch"))

# ================================================================ other (7)

# O1 "Ta." above the receipt
c.add("other", subject="Re: Receipt for hall deposit", sender=("Jean Ormerod", "cllr.jean.ormerod@outlook.com"),
      tags=("top-posted",),
      body=c.quote_reply(
          """Ta.""",
          """Jean,

Receipt for the £40 deposit on Mill Hill Methodist hall for the fundraiser attached. Bernard has reimbursed you by bank transfer.

Imran""", quoted_from=SEC, style="gmail"))

# O2 hard negative: "took a proper kicking"
c.add("other", subject="Ashworth", sender=("Nadia Shafiq", "nadia.shafiq@brindlevalelabour.org.uk"),
      tags=("terse",) + HNV,
      body="""Reform 1,104, us 892. Took a proper kicking on the Moorside estate. Thank you to everyone who turned out, genuinely. Drinks at the Weavers Friday.""")

# O3 personal news
c.add("other", subject="moving", sender=P("Hannah", "Fielding"),
      tags=("terse",),
      body="""Off to Leeds at the end of the month for the new job. It's been a pleasure. Keep the red flag flying xx""")

# O4 subject only
c.add("other", subject="Cake tins from the coffee morning are in the Trades Hall kitchen", sender=P("Margaret", "Pollard"),
      tags=("terse", "subject-only"),
      body="")

# O5 misdirected
c.add("other", subject="whites", sender=P("Stuart", "Kenyon"),
      tags=("terse", "misdirected"),
      body="""Hi is this Brindle Vale Cricket Club? Got a set of whites and a box to return from the summer.""")

# O6 condolence
c.add("other", subject="Bernard's brother", sender=P("Val", "Crossley"),
      tags=("terse",),
      body="""So sorry to hear about Bernard's brother. Please pass on love from all of us in Cragside. x""")

# O7 sales pitch from a person
c.add("other", subject="quick one", sender=("Josh Pemberton", "josh@doorstep-app.example.io"),
      tags=("terse", "sales"),
      body="""Hi Imran, fancy 20 mins next week to see our canvassing app? Free 3-month trial for CLPs. Cheers, Josh""")

# ================================================================ bulk (3)

# B1 two-line out-of-office
c.add("bulk", subject="Out of Office: Draft letter to the Advertiser - A&E", sender=("Christine Haworth", "chaworth.bv@gmail.com"),
      headers=c.autoreply_headers("gmail"),
      tags=("terse", "autoreply"),
      body="""On leave until Monday 17th. Your email won't be forwarded - for CLP business please contact the Secretary.""")

# B2 page insights notification
c.add("bulk", subject="Your Page's weekly summary", sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers("Facebook"),
      tags=("terse", "notification"),
      body="""Brindle Vale Labour
Your post reached 1,204 people this week. 38 reactions, 9 comments, 4 new followers.

See insights: https://www.facebook.com/brindlevalelabour/insights

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""")

# B3 bounce
c.add("bulk", subject="", raw=c.bounce("hannah.fielding@brindlecollege.example.ac.uk", orig_subject="GC papers - November"),
      tags=("terse", "bounce"), body="")

# ================================================================ safety (17)

# S1 "both of you" style, no violent word
c.add("safety", subject="Wednesday", sender=("A member", "bv.member.2026@gmail.com"),
      tags=("terse", "implicit", "veiled"),
      body="""Looking forward to Wednesday Christine. Bring Bernard with you.""")

# S2 menacing line above a civil hall-booking exchange
c.add("safety", subject="Re: Room for the Hollins surgery", sender=("Colin Rawsthorne", "c.rawsthorne@sky.com"),
      tags=("top-posted", "implicit", "veiled"),
      body=c.quote_reply(
          """Nice quiet street you live on Imran. Very dark at the bottom end near the allotments.""",
          """Dear Mr Rawsthorne,

Thanks for offering the back room at the Bowling Club for Cllr Bhatti's surgeries. That's very kind. At the moment we're happy at Hollins library, but I'll keep your details in case that changes.

Best wishes,
""" + SIG, quoted_from=SEC, style="gmail"))

# S3 two-line report: followed to the bus stop again
c.add("safety", subject="Nadia", sender=("Christine Haworth", "chaworth.bv@gmail.com"),
      tags=("terse", "third-party-report", "following"),
      body="""The man in the Rovers hat followed Nadia to the 482 stop again after GC. Same one as last month. She got the driver to wait with her until her brother came.""")

# S4 subject only
c.add("safety", subject="Cllr Bhatti's lad comes out of St Cuthbert's at 3.15", sender=("watching", "hollinswatch@proton.me"),
      tags=("terse", "subject-only", "implicit", "veiled"),
      body="")

# S5 clear only from the quote
c.add("safety", subject="Re: Your last email", sender=("Dean Pilkington", "deanpilko@hotmail.co.uk"),
      tags=("top-posted", "quoted", "quote-dependent", "veiled"),
      body=c.quote_reply(
          """You understood fine.""",
          """Mr Pilkington,

I'm sorry, I don't follow your last email. Are you saying you intend to go to Cllr Whittaker's house on Sunday? If so, I have to ask you not to. Councillors hold surgeries for exactly this kind of disagreement and she'd be happy to see you at one.

""" + SIG, quoted_from=SEC, style="gmail"))

# S6 Gaza, knows the office hours
c.add("safety", subject="gaza", sender=("bv4palestine", "bv4palestine@gmail.com"),
      tags=("terse", "noisy", "veiled", "implicit"),
      body="""you people sold us on gaza. we know where the MP office is and what time she leaves it. dont say nobody warned u""")

# S7 spaced-out, market stall
c.add("safety", subject="sat", sender=("tell her", "tellher1@outlook.com"),
      tags=("terse", "noisy", "veiled"),
      body="""tell greenhalgh to w a t c h  h e r  b a c k at the market stall saturday""")

# S8 forwarded voicemail transcript, third-party report
c.add("safety", subject="Fwd: Voicemail transcript - office line 23:14", sender=("Sajid Mirza", "sajid.mirza@parliament.example.uk"),
      tags=("terse", "forwarded", "third-party-report", "veiled"),
      body=c.forward(
          """Imran - this came in on the office line overnight. Police have it. Flagging for Saturday's stall.""",
          """Voicemail from: Withheld
Duration: 0:19

Transcript: "Yeah it's about your MP. Saturday, market square, is it. Tell her we'll be there. All of us. She'll know what for."

This transcript was generated automatically and may contain errors.""",
          "Voicemail <voicemail@phones.example.net>", "Voicemail transcript - office line 23:14", style="apple"))

# S9 web form, the chair's house
c.add("safety", subject="New submission from Contact us", sender=c.form_robot(),
      reply_to="builderbob.bv@gmail.com",
      tags=("terse", "webform", "implicit", "stalking"),
      body=c.webform({
          "Name": "Bob",
          "Email": "builderbob.bv@gmail.com",
          "Message": "How's the extension coming on Christine? Saw the skip's gone from the drive. Back door looks new too.",
      }))

# S10 social-media comment with the councillor's address
c.add("safety", subject="Mick Heap commented on Brindle Vale Labour's post", sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers("Facebook"),
      tags=("terse", "social", "doxxing", "pile-on"),
      body="""Mick Heap commented on your post: "Market hall closure: our statement"

Mick Heap: Here's where "Labour councillor" Jean Ormerod lives. 23 Spinners Row. Go and ask her about the market hall yourselves, no point asking this page 👀

Reply · Like · 27 others reacted

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""")

# S11 suspicious item
c.add("safety", subject="post today", sender=("Sajid Mirza", "sajid.mirza@parliament.example.uk"),
      tags=("terse", "third-party-report", "suspicious-item"),
      body="""Envelope with white powder in it came in the office post. Building's evacuated. Don't open anything hand-addressed today, CLP post included.""")

# S12 list post: one line above a civil debate
c.add("safety", subject="Re: [BV Members] Gaza motion at GC - please read before Wednesday", sender=P("Liam", "Greaves"),
      headers=c.list_headers("BV Members", domain="lists.brindlevalelabour.org.uk"),
      tags=("top-posted", "list", "conditional", "veiled"),
      body=c.quote_reply(
          """Go on then, vote it down. Then try walking back to your cars.""",
          """Friends,

Ahead of Wednesday, a plea from the Chair. This is a motion people feel very deeply about, on all sides. Please read it before you come, please listen to one another, and please remember that the person opposite you in the hall has probably stood next to you on a doorstep in the rain.

Speeches will be limited to three minutes. I'll alternate for and against.

Christine Haworth
Chair, Brindle Vale CLP""", quoted_from="Christine Haworth <chaworth.bv@gmail.com>", style="gmail"))

# S13 harassment campaign, reported
c.add("safety", subject="Lisa - again", sender=("Asif Bhatti", "cllr.asif.bhatti@gmail.com"),
      tags=("terse", "third-party-report", "harassment"),
      body="""That's the 14th email from the same man to Lisa since Friday. Now he's writing to her employer as well. She wants to know what the party can do.""")

# S14 wished harm
c.add("safety", subject="", sender=("R.", "valleyvoice@protonmail.com"),
      tags=("terse", "wish-harm", "veiled"),
      body="""Wouldn't be sorry if your MP's car ended up in the canal one night. That towpath road's a nightmare in the dark. Accidents happen.""")

# S15 alt, front of the queue
c.add("safety", subject="Saturday surgery", sender=("Gary", "gwilson.brindle@gmail.com"),
      fmt="alt", tags=("terse", "implicit", "veiled"),
      body="""Enjoy your surgery at Hollins library Saturday Rachel. I'll be in the queue. Front of it. Third time lucky.""")

# S16 phone stub, the treasurer's back gate
c.add("safety", subject="", sender=("B V", "bv_resident@yahoo.com"),
      tags=("terse", "implicit", "veiled"),
      body="""Your treasurer's bungalow has a lovely back gate. Never locked.

Sent from my Samsung Galaxy""")

# S17 explicit, about a canvasser
c.add("safety", subject="ur canvassers", sender=("moorside", "moorside_lad@hotmail.com"),
      tags=("terse", "explicit", "noisy"),
      body="""next time that ginger one comes knocking on our street hes getting his head kicked in. tell him""")

c.write()
