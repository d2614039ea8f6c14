"""train/uf1: terse and fragmentary mail, part 1 (Saltcote & Wendham CLP, a coastal seat).
All content hand-written.

Phone-typed one-liners, subject-only messages, "Sent from my iPhone" stubs and one-line
replies top-posted above long quoted threads that are about something else. 44 non-threats
over every category but safety (some hard negatives with violent words used ordinarily, some
where the one line contradicts the subject, some that only make sense from the quote) and 16
threats in the same terse shapes: a line with no violent word, a menacing line above a civil
quoted exchange, two-line reports of following, a threat only in the subject, a threat only
clear from what it replies to."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "uf1", seed=6801)
# Our own invented constituency party (replaces the stock one chosen by the seed).
c.clp = ("Saltcote & Wendham CLP", "Ros Pettifer", "secretary@saltcotewendhamlabour.org.uk")
P = c.person
SEC = "Ros Pettifer <secretary@saltcotewendhamlabour.org.uk>"
ROS_SIG = """Ros Pettifer
Secretary, Saltcote & Wendham CLP"""
HNV = ("hard-negative", "benign-violent-word")
HNM = ("hard-negative", "metaphor")

# ================================================================ complaint (7)

# C1 three words and a full stop
c.add("complaint", subject="GC minutes", sender=P("Colin", "Sallows"),
      tags=("terse",),
      body="""Still waiting. Third time of asking.""")

# C2 top-posted, only makes sense from the quote
c.add("complaint", subject="Re: Minibus for Wendham canvassing", sender=P("Margaret", "Blowers", "btinternet.com"),
      tags=("top-posted", "quote-dependent"), in_reply_to=c.msgid("saltcotewendhamlabour.org.uk"),
      body=c.quote_reply(
          """So that's a no then. We'll carry on getting the 9.15 bus with the leaflets on our laps shall we.""",
          """Dear Margaret,

Thanks for coming to the EC on Tuesday to make the case for the minibus. I know how much work the Wendham Rural branch puts in, and nobody on the EC disputes that the villages are hard to cover without transport.

The EC discussed it at length. The difficulty is purely money: the hire quote from Coastal Community Transport was £95 a day plus fuel, and with the by-election fund already committed to the Quayside leaflet print we couldn't see how to do six Saturdays. The Treasurer has suggested we look again in January once the raffle money and the Christmas social are in, and Dom has offered to see whether any members with larger cars could do a lift rota in the meantime.

I'm sorry it isn't the answer you were hoping for. Do ring me if you want to talk it through.

Best wishes,
""" + ROS_SIG, quoted_from=SEC, style="gmail"))

# C3 hard negative: policy "kills" the seafront, terse phone mail
c.add("complaint", subject="parking charges", sender=("Gav Tydeman", "gavtydeman@icloud.com"),
      tags=("terse",) + HNM,
      body="""The new parking charges will finish Quayside off by Easter. Did a single one of our councillors vote against? Thought not.

Sent from my iPhone""")

# C4 the line contradicts the subject
c.add("complaint", subject="Thanks for a great evening!", sender=P("Hilary", "Gosling"),
      tags=("terse", "confuser", "contradicts-subject"),
      body="""That was sarcasm by the way. Two hours on standing orders and nobody said one word about the ferry closing.""")

# C5 html-only one line
c.add("complaint", subject="", sender=("stevie baines", "stevie.baines71@hotmail.co.uk"),
      fmt="html", tags=("terse", "html-only"),
      body="""why was nobody told marsh end branch moved to tuesday. drove 12 miles to a locked hall and sat in the car like a lemon""",
      html_body="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">why was nobody told marsh end branch moved to tuesday. drove 12 miles to a locked hall and sat in the car like a lemon</div></body></html>""")

# C6 top-posted above a list thread about something else (leaflet rounds)
c.add("complaint", subject="Re: [Saltcote Deliverers] November Focus-style rounds - allocations", sender=P("Derek", "Ling"),
      headers=c.list_headers("Saltcote Deliverers", domain="groups.saltcotewendhamlabour.org.uk"),
      tags=("top-posted", "list"),
      body=c.quote_reply(
          """I've done round 14 for six years and nobody asked me before handing it to Dom's mate. Bit much, frankly.""",
          """Hi all,

Allocations for the November "Saltcote Matters" leaflet below. 4,200 copies, picked up from the Quayside Community Centre from Saturday 10am (side door, Sunita will be there with the bundles until 1).

Round 1 Harbour Road / Anchor Row - Bryony
Round 2 Fishmarket / Net Lofts - Pat G
Round 3 Quay Street evens - Ellis + Jordan
Round 4 Quay Street odds - Ellis + Jordan
Round 5-8 Northgate estate (four bundles) - Ade and the Northgate branch
Round 9 St Botolph's Walk - Lorna
Round 10 Cliff Road top - Marcus
Round 11 Cliff Road bottom + Saltings - Marcus
Round 12 Rope Walk / Ropewalk Close - Hilary
Round 13 Beach Lane - Keith
Round 14 Marsh End bungalows - Toby Rennard (new, welcome Toby!)
Round 15 Wendham village - Margaret and the Wendham lot
Round 16 Wendham outlying farms - drive round, Margaret to sort

Please reply to me, not the list, if you can't do yours. And PLEASE don't leave bundles in porches, we had three complaints last time about soggy leaflets.

Thanks everyone, you're stars.

Dom
Vice-Chair (Campaigns)

--
Saltcote Deliverers list. To leave, email saltcotedeliverers-leave@groups.saltcotewendhamlabour.org.uk""",
          quoted_from="Dom Ashdown <dom.ashdown@gmail.com>", style="gmail"))

# C7 legal threat, hard negative, top-posted
c.add("complaint", subject="Re: Outcome of EC discussion", sender=P("Roger", "Kettleborough"),
      tags=("top-posted", "hard-negative", "legal-threat", "angry"),
      body=c.quote_reply(
          """Received. My solicitor will be in touch about what was said about me in that room. I'm not discussing it further by email.

R.K.""",
          """Dear Roger,

I'm writing to let you know that the Executive Committee considered the complaint about the Harbour branch Facebook page at its meeting last night. The EC agreed that the posts of 2 and 4 October fell short of the standard expected and has asked that you step back as page administrator while the matter is referred to the regional office, which is the body that deals with individual conduct.

This is not a finding against you and you will be able to respond fully to the region. I have attached the regional contact details.

Kind regards,
""" + ROS_SIG, quoted_from=SEC, style="outlook"))

# ================================================================ query (7)

# Q1 no subject, one line
c.add("query", subject="", sender=P("Jordan", "Mace"),
      tags=("terse",),
      body="""what time's GC on thurs, 7 or half 7""")

# Q2 subject only, empty body
c.add("query", subject="Can I bring my daughter (16) to the branch meeting?", sender=P("Kerry", "Youngs"),
      tags=("terse", "subject-only"),
      body="")

# Q3 top-posted, only meaningful with the quote
c.add("query", subject="Re: Beach clean and chips - Sunday 14th", sender=P("Anne", "Catchpole"),
      tags=("top-posted", "quote-dependent"),
      body=c.quote_reply(
          """Is this still on? Forecast looks grim""",
          """Hello everyone,

Our autumn beach clean is on Sunday 14th, 10am to midday, meeting at the lifeboat slipway. Bags, gloves and litter pickers provided (thank you Saltcote Town Council). Bring the kids, bring the dog, bring your granny.

Afterwards we'll head to Mariner's Fish Bar, where the branch is paying for chips for anyone who's done at least an hour.

Lorna""", quoted_from="Lorna Cattermole <lornacattermole@outlook.com>", style="gmail"))

# Q4 hard negative: "fire over", "blast out"
c.add("query", subject="fb page", sender=("Ellis Brand", "ellisbrand05@gmail.com"),
      tags=("terse",) + HNV,
      body="""can u fire over the login for the facebook page? want to blast the fun day poster out tonight before it gets buried""")

# Q5 non-native, short
c.add("query", subject="Which ward", sender=P("Mariusz", "Wrobel", "wp.pl"),
      tags=("terse", "non-native"),
      body="""Hello, I am new member since last week. Ropewalk Close is which ward please? I want to go to right meeting. Thank you

Mariusz""")

# Q6 phone stub
c.add("query", subject="Lifeboat Inn", sender=P("Brenda", "Fiske", "aol.com"),
      tags=("terse",),
      body="""Is there step free in to the back room at the Lifeboat? Knee's playing up again

Sent from my iPhone""")

# Q7 URGENT subject, ordinary question
c.add("query", subject="URGENT", sender=P("Tony", "Pask"),
      tags=("terse", "confuser", "query-with-urgent"),
      body="""do I have to be paid up to vote at the AGM or is a month behind ok""")

# ================================================================ procedural (7)

# P1 apologies, shortest possible
c.add("procedural", subject="Thurs", sender=("Keith Marrable", "keith.marrable@btinternet.com"),
      tags=("terse",),
      body="""Apols for Thurs. Dentist. K""")

# P2 top-posted "Seconded" above a motion
c.add("procedural", subject="Re: Motion for November GC - bus services", sender=P("Fatima", "Hussain"),
      tags=("top-posted",),
      body=c.quote_reply(
          """Seconded.""",
          """Ros,

Northgate branch passed the following on Monday and would like it on the November GC agenda.

BUS SERVICES IN SALTCOTE AND WENDHAM

This GC notes that the 66 and 67 services have been cut to two-hourly since September, that the last bus from Saltcote to Wendham now leaves at 18.10, and that Wendham residents without cars can no longer attend evening appointments, shifts or meetings in town.

This GC believes that bus franchising powers now available to combined authorities should be extended to county areas like ours.

This GC resolves to write to Joanna Belstead MP and to the county Labour group asking them to press for (a) restoration of the evening service and (b) a franchising pilot in the district.

Proposer: Ade Okonjo
Seconder: (tbc)

Thanks,
Ade""", quoted_from="Cllr Ade Okonjo <ade.okonjo@saltcotewendhamlabour.org.uk>", style="outlook"))

# P3 hard negative metaphor about a motion
c.add("procedural", subject="motion 4", sender=("Sunita Varma", "sunita.varma@saltcotewendhamlabour.org.uk"),
      tags=("terse",) + HNM,
      body="""Motion 4 is going down in flames, Harbour won't back it and neither will the Unite delegates. Suggest we composite it with 6 before Thursday or let Wendham withdraw it quietly.""")

# P4 nomination in the subject, one line body
c.add("procedural", subject="Nomination: Lorna Cattermole - Women's Officer - from Harbour branch", sender=P("Pat", "Gedge"),
      tags=("terse", "subject-only"),
      body="""as above. minutes to follow when I find them""")

# P5 reply that only makes sense from the quoted questions
c.add("procedural", subject="Re: AGM arrangements - three quick questions", sender=("Keith Marrable", "keith.marrable@btinternet.com"),
      tags=("top-posted", "quote-dependent"),
      body=c.quote_reply(
          """Yes to 1 and 3, no to 2.""",
          """Keith,

Before I send the AGM notice I need your view as Chair on three things:

1. Moving the AGM from 16 to 23 January, because St Botolph's hall has a funeral tea booked on the 16th.
2. Allowing members to attend and vote on Zoom. Region says it's allowed if we can verify membership, but it needs a second person on the laptop all night and I'm not sure we have one.
3. Taking the annual reports as read and circulating them in advance so we're not there until 10.

Ros""", quoted_from=SEC, style="gmail"))

# P6 amendment, alt format, terse
c.add("procedural", subject="amendment to motion 2", sender=P("Hugh", "Aldridge"),
      fmt="alt", tags=("terse",),
      body="""Amendment to Motion 2 (housing): delete "demands that" and insert "calls on". That's all. Moved by Wendham Rural branch.""")

# P7 subject says apologies, body says the opposite
c.add("procedural", subject="Apologies - Thursday GC", sender=P("Zainab", "Mahmood"),
      tags=("terse", "confuser", "contradicts-subject"),
      body="""Scrap that, I can come after all. Put me down as attending, and as Quayside's delegate in place of Mo please.""")

# ================================================================ urgent (7)

# U1 venue double booked tonight
c.add("urgent", subject="tonight", sender=("Dom Ashdown", "dom.ashdown@gmail.com"),
      tags=("terse",),
      body="""Quayside CC double booked. Zumba has the main hall from 7. Need a plan B by 5 or we're on the pavement""")

# U2 leaflet van broken down
c.add("urgent", subject="van", sender=P("Marcus", "Ellwood"),
      tags=("terse",),
      body="""Van's died on the A12 outside Woodbridge with all 4,200 leaflets in it. AA say 2hrs. Won't get to the hall before 11 tomorrow. Someone needs to open up for the deliverers at 10.""")

# U3 top-posted, deadline moved; meaning only from the quote
c.add("urgent", subject="Re: Mercury wants a line on the harbour sale", sender=("Will Tye", "will.tye@parliament.example.uk"),
      tags=("top-posted", "quote-dependent"),
      body=c.quote_reply(
          """They've moved it - 10am TOMORROW not Friday. Can you get the CLP line to me tonight?

W""",
          """Will,

Thanks for the heads-up. Happy for the CLP to give the Mercury a line on the harbour sale; I'll run a draft past Keith and Bryony and get something to you by Thursday evening so it's in ahead of their Friday deadline.

Draft so far, very rough:

"Saltcote's harbour belongs to the town. Selling it to a private operator without a proper public consultation would be a mistake that future generations pay for. Our councillors will be asking the questions residents deserve answers to."

Ros""", quoted_from=SEC, style="outlook"))

# U4 hard negative: printer "murdered" the ballots, tonight
c.add("urgent", subject="ballot papers!!", sender=P("Pat", "Gedge"),
      tags=("terse",) + HNV,
      body="""Printer's just murdered the ballot papers for tonight - jammed and chewed the whole ream. Anyone near a working printer who can do 80 copies before 7??""")

# U5 all in the subject
c.add("urgent", subject="KEYHOLDER OFF SICK - who can open Wendham village hall 6.30 tonight??", sender=P("Gillian", "Rush"),
      tags=("terse", "subject-only"),
      body="")

# U6 nominations close tomorrow, phone stub
c.add("urgent", subject="Trevor's consent form", sender=("Bryony Fisk", "bryonyfisk.harbour@gmail.com"),
      tags=("terse",),
      body="""Noms close noon tomorrow and Trevor still hasn't signed his consent to nomination. He's at his sister's in Norwich. I'll drive up tonight if someone can send me the form as a PDF in the next hour

Sent from my iPhone""")

# U7 regional organiser, count agents by 10 tomorrow
c.add("urgent", subject="count agents", sender=("Gemma Tovell", "gemma.tovell@labour-eastern.example.org.uk"),
      tags=("terse",),
      body="""Ros - need your final list of count agents by 10am tomorrow or the council won't issue passes. Names and ward only. G""")

# ================================================================ data-protection (7)

# DP1 "who gave you my number", top-posted above a volunteer appeal
c.add("data-protection", subject="Re: Can you help this Saturday?", sender=P("Leanne", "Cobbold"),
      tags=("top-posted", "confuser", "dp-no-legal-words"),
      body=c.quote_reply(
          """Who gave you my mobile? I've never joined anything.""",
          """Hi Leanne!

It's Dom from Saltcote & Wendham Labour. We're out in Northgate this Saturday from 11 talking to residents about the bus cuts and the parking charges. No experience needed, we'll pair you with someone friendly and it's only a couple of hours. There's cake.

Can we count you in? Just reply YES and I'll send the meeting point.

Dom""", quoted_from="Dom Ashdown <dom.ashdown@gmail.com>", style="gmail"))

# DP2 two words
c.add("data-protection", subject="Re: Saltcote Matters - November", sender=("J. Orford", "jorford@sky.com"),
      tags=("terse", "dp-no-legal-words"),
      body="""Unsubscribe. And delete me.""")

# DP3 CC'd list breach, top-posted above the offending message
c.add("data-protection", subject="Re: Christmas social - save the date!", sender=P("Naomi", "Stebbings"),
      tags=("top-posted", "dp-no-legal-words"),
      body=c.quote_reply(
          """You've sent this to about 140 people in the CC line. My personal email included. Brilliant.""",
          """From: Saltcote & Wendham Labour <secretary@saltcotewendhamlabour.org.uk>
To: secretary@saltcotewendhamlabour.org.uk
Cc: jorford@sky.com; naomi.stebbings@gmail.com; brendafiske@aol.com; t.pask@hotmail.co.uk; margaret.blowers@btinternet.com; gavtydeman@icloud.com; kerry.youngs@yahoo.co.uk; hugh.aldridge@outlook.com; anne.catchpole@talktalk.net; mariusz.wrobel@wp.pl; jordanmace02@gmail.com; derek.ling@ntlworld.com; ... [128 more]

Hi all,

Save the date: Christmas social, Saturday 13 December, 7.30pm, back room of the Lifeboat. Raffle, quiz, mince pies. £5 on the door, under-18s free.

Ros""", quoted_from=SEC, style="gmail"))

# DP4 why is my address on the leaflet
c.add("data-protection", subject="leaflet", sender=P("Wendy", "Balls"),
      tags=("terse", "confuser", "dp-no-legal-words"),
      body="""Why is my home address printed on the back of your Marsh End leaflet? Nobody asked me. My ex can read.""")

# DP5 lost canvass sheets
c.add("data-protection", subject="oh no", sender=P("Toby", "Rennard"),
      tags=("terse",),
      body="""Think I left the Marsh End canvass sheets on the 66. Names, numbers, who said what. Really sorry. What do I do?""")

# DP6 subject access, no legal words
c.add("data-protection", subject="", sender=("Malcolm Peck", "mpeck1952@talktalk.net"),
      tags=("terse", "dp-no-legal-words"),
      body="""Can I see everything you've got on me please. The doorstep notes too, not just the membership stuff.

M Peck""")

# DP7 subject says yes, body says remove me
c.add("data-protection", subject="Happy to help Saturday!", sender=P("Chloe", "Girling"),
      tags=("terse", "confuser", "contradicts-subject", "dp-no-legal-words"),
      body="""Sorry, ignore the subject, I've changed my mind. Please take me off the volunteer list and the WhatsApp group and delete my number. Personal reasons.""")

# ================================================================ other (6)

# O1 congratulations
c.add("other", subject="!!!", sender=P("Sue", "Garrod"),
      tags=("terse",),
      body="""Congrats on the baby Ros!! Heard from Lorna. Xx""")

# O2 hard negative: "got destroyed" at the quiz
c.add("other", subject="quiz night", sender=("Keith Marrable", "keith.marrable@btinternet.com"),
      tags=("terse",) + HNV,
      body="""Got absolutely destroyed by the Lib Dems' table, 31 to 58. Humiliating. Raised £212 though so I'll take it.""")

# O3 misdirected, top-posted
c.add("other", subject="Re: Wendham branch - change of venue", sender=P("Rosalind", "Pettit"),
      tags=("top-posted", "misdirected"),
      body=c.quote_reply(
          """Think this was meant for another Ros - I'm the sailing club secretary, not Labour! Good luck with it.""",
          """Hi Ros,

Quick one: Wendham branch can't have the village hall on the 20th (harvest supper) so we're moving to the Plough's function room, same time. Can you put it in the GC bulletin? Also can I claim back the £30 deposit we paid on the hall or is that gone?

Margaret""", quoted_from="Margaret Blowers <margaret.blowers@btinternet.com>", style="gmail"))

# O4 thanks, above condolences
c.add("other", subject="Re: Thinking of you", sender=("Trevor Sallows", "trevor.sallows@saltcotewendhamlabour.org.uk"),
      tags=("top-posted",),
      body=c.quote_reply(
          """Thank you Ros. Means a lot. Back at council next week.

T""",
          """Dear Trevor,

I was so sorry to hear about Jean. Everyone at EC last night asked me to pass on their love. She was a fixture at every Marsh End event for as long as I've been a member, and I don't think anyone ever left one of her teas hungry.

Please don't give a thought to council business or the branch for as long as you need. Ade and Bryony have said they'll cover your casework.

With love,
Ros""", quoted_from=SEC, style="outlook"))

# O5 subject-only lost property
c.add("other", subject="Found a blue scarf after GC - anyone's?", sender=("St Botolph's Hall", "stbotolphshall.bookings@gmail.com"),
      tags=("terse", "subject-only"),
      body="")

# O6 sales pitch from a person
c.add("other", subject="election leaflets", sender=("Darren Kerridge", "darren@coastlineprint.example.co.uk"),
      tags=("terse", "sales"),
      body="""Hi, we print election leaflets about 20% under the big online lot, local delivery, imprints done right. Want a quote for May? Darren, Coastline Print""")

# ================================================================ bulk (3)

# B1 two-line out-of-office
c.add("bulk", subject="Automatic reply: GC papers", sender=("Joanna Belstead MP", "joanna.belstead.mp@parliament.example.uk"),
      headers=c.autoreply_headers("exchange"),
      tags=("terse", "autoreply"),
      body="""I'm away until 3 November with limited access to email. For casework please contact the constituency office on 01728 555 310.""")

# B2 terse system notice, no list headers
c.add("bulk", subject="Your meeting has ended: Saltcote & Wendham GC", sender=("Zoom", "no-reply@zoom.us"),
      tags=("terse", "confuser", "robot-no-list-headers"),
      body="""Your meeting "Saltcote & Wendham GC" has ended.
Duration: 2 hr 14 min
Participants: 27

Your cloud recording will be available shortly.""")

# B3 membership system notice
c.add("bulk", subject="New joiners in your area", sender=("Membership Services", "no-reply@membership.labour.example.org.uk"),
      fmt="html", tags=("terse", "confuser", "robot-no-list-headers", "html-only"),
      body="""1 new member has joined in Northgate ward. Log in to view details. Do not reply to this email.""")

# ================================================================ safety (16)

# S1 noted which car; top-posted above a civil volunteer sign-up
c.add("safety", subject="Re: Thanks for signing up to volunteer!", sender=("Paul Bracey", "pbracey@protonmail.com"),
      tags=("top-posted", "veiled", "implicit"),
      body=c.quote_reply(
          """Blue Corsa on Ropewalk Close. Nice to finally put a face to the name.""",
          """Hi Paul,

Thanks so much for signing up to volunteer with Saltcote & Wendham Labour! We'd love to see you at our next street stall on Saturday, outside the Co-op on Quay Street from 10am. I'll be there in a red coat with the clipboard - come and say hello.

Ros""", quoted_from=SEC, style="gmail"))

# S2 one line about the surgery, no violent word
c.add("safety", subject="", sender=("S.W. Resident", "sw.resident.1@gmail.com"),
      tags=("terse", "implicit", "veiled"),
      body="""Belstead's surgery finishes at twelve. The car park round the back doesn't have a camera.""")

# S3 two-line report: followed again, same man
c.add("safety", subject="Lorna after GC", sender=("Sunita Varma", "sunita.varma@saltcotewendhamlabour.org.uk"),
      tags=("terse", "third-party-report", "following"),
      body="""Same man as September was waiting outside the Lifeboat after GC and followed Lorna along the front to the bus shelter. She's shaken, Pat drove her home. Can we talk tomorrow?""")

# S4 threat only in the subject
c.add("safety", subject="we know bryony walks home up cliff road on her own", sender=("x", "harbourwatch77@outlook.com"),
      tags=("terse", "subject-only", "implicit", "veiled", "stalking"),
      body="")

# S5 only clear from the quoted message
c.add("safety", subject="Re: Your emails to Cllr Okonjo", sender=("Neil Hammond", "n.hammond.saltcote@gmail.com"),
      tags=("top-posted", "quoted", "quote-dependent", "veiled", "implicit"),
      body=c.quote_reply(
          """Good. Then he knows Thursday's the night.""",
          """Dear Mr Hammond,

Cllr Okonjo has asked me to let you know that he has read all of your emails about the skate park decision, and that he would be grateful if you did not come to his home again. He is happy to discuss the decision at his ward surgery, and he will be at the planning committee on Thursday evening as usual if you wish to speak there.

Yours sincerely,
""" + ROS_SIG, quoted_from=SEC, style="gmail"))

# S6 children on the leaflet, above a civil newsletter reply
c.add("safety", subject="Re: Welcome to the Saltcote & Wendham Labour newsletter", sender=("A reader", "saltcote.reader@protonmail.com"),
      tags=("top-posted", "implicit", "veiled"),
      body=c.quote_reply(
          """Lovely photo of Bryony's two on the Christmas leaflet. Recognised the school jumpers straight away.""",
          """Thanks for signing up to our newsletter!

Every month we'll send you news from your Labour councillors, dates for surgeries and events, and ways to get involved. You can unsubscribe at any time using the link at the bottom of every email.

Saltcote & Wendham Labour""", quoted_from="Saltcote & Wendham Labour <news@saltcotewendhamlabour.org.uk>", style="outlook"))

# S7 noisy, phone-typed
c.add("safety", subject="thurs", sender=("kev", "kev.saltcote@yahoo.co.uk"),
      tags=("terse", "noisy", "veiled", "implicit"),
      body="""u wont be so smug after thurs. we no which bay u park in at the council""")

# S8 suspicious item report
c.add("safety", subject="DON'T COME TO THE OFFICE", sender=("Pat Gedge", "patgedge@hotmail.co.uk"),
      tags=("terse", "third-party-report", "suspicious-item"),
      body="""Box left against the office door overnight, no stamp, just THE TRAITORS on it in marker. Probably nothing but I've rung the police and they said keep away. Tell everyone.""")

# S9 forwarded ultimatum, terse note
c.add("safety", subject="Fwd: (no subject)", sender=("Bryony Fisk", "bryonyfisk.harbour@gmail.com"),
      tags=("terse", "forwarded", "conditional", "veiled"),
      body=c.forward("??",
          """Resign by Friday Fisk. We won't be asking twice.""",
          "harbour.not.for.sale@gmail.com", "(no subject)", style="gmail"))

# S10 web form, stalking the MP at surgeries
c.add("safety", subject="New submission from Contact us", sender=c.form_robot(),
      reply_to="m.r.1966@gmail.com",
      tags=("terse", "webform", "stalking", "veiled"),
      body=c.webform({
          "Name": "M",
          "Email": "m.r.1966@gmail.com",
          "Message": "I've been to three of Joanna's surgeries now and she still doesn't recognise me. She will.",
      }))

# S11 list post: one line on top of a civil debate thread
c.add("safety", subject="Re: [SW Members] Motion on the harbour sale - for and against", sender=P("Craig", "Mayhew"),
      headers=c.list_headers("SW Members", domain="groups.saltcotewendhamlabour.org.uk"),
      tags=("top-posted", "list", "conditional", "veiled"),
      body=c.quote_reply(
          """Debate all you like. Some of us will be in the car park afterwards for whoever votes it through.""",
          """I'll put the case against, since someone should.

The harbour costs the council £180k a year it doesn't have. The operator has promised to keep the fishing berths at current rates for ten years, in writing, and to fund the dredging we've been begging the county for since 2015. I don't like it either. But "the harbour belongs to the town" doesn't dredge the channel.

I'll be voting against the motion on Thursday and I'd ask people to at least read the operator's proposal before they decide.

Hugh Aldridge
Wendham Rural""", quoted_from="Hugh Aldridge <hugh.aldridge@outlook.com>", style="gmail"))

# S12 doxxing report, two lines
c.add("safety", subject="Ros's address on FB", sender=("Ellis Brand", "ellisbrand05@gmail.com"),
      tags=("terse", "third-party-report", "doxxing", "pile-on"),
      body="""someone's put Ros's home address up on Saltcote Uncensored with "pop round and tell her what you think". 40+ comments. screenshots attached, reported it but FB hasn't done anything""")

# S13 stalking report
c.add("safety", subject="the van", sender=("Keith Marrable", "keith.marrable@btinternet.com"),
      tags=("terse", "third-party-report", "stalking"),
      body="""Grey van outside Sunita's again this morning. Third time this week, same reg. She's not coming to the treasurer's meeting and I don't blame her.""")

# S14 wish harm while denying it
c.add("safety", subject="quayside office", sender=("no name", "saltcote.says@proton.me"),
      tags=("terse", "wish-harm"),
      body="""Not saying anyone should, but if your Quayside office went up one night with Belstead inside I wouldn't lose any sleep. Just saying.""")

# S15 phone stub, both of you
c.add("safety", subject="count", sender=("Lee", "leep1980@icloud.com"),
      tags=("terse", "implicit", "veiled"),
      body="""See you at the count Bryony. You and the husband.

Sent from my iPhone""")

# S16 html-only, routine of the chair
c.add("safety", subject="7.40", sender=("A commuter", "wendham.commuter@gmail.com"),
      fmt="html", tags=("terse", "html-only", "stalking", "implicit"),
      body="""Still getting the 7.40 from Wendham every morning Keith? Same seat, same paper. Creature of habit.""",
      html_body="""<html><body><p>Still getting the 7.40 from Wendham every morning Keith?</p><p>Same seat, same paper. Creature of habit.</p></body></html>""")

c.write()
