"""train/uf3: terse and fragmentary mail, part 3 (Fenlow & Ashgrove CLP, a fenland market-town seat).
All content hand-written.

One-liners typed in a hurry, subject-only mail, phone stubs, and one-line replies on top of
quoted threads that are about something else (one of them a 600-word raffle saga); replies
that only make sense from the quote; a few whose line contradicts the subject; several from
members writing in a second language (Polish, Romanian, Portuguese, Lithuanian). 43
non-threats over every category but safety, with hard negatives ("eat us alive", "bloodbath",
"hatchet job", "ammo", "you'll murder it", "political suicide"), and 17 terse threats and
reports of threats."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "uf3", seed=6803)
# Our own invented constituency party (replaces the stock one chosen by the seed).
c.clp = ("Fenlow & Ashgrove CLP", "Deb Aldous", "secretary@fenlowashgrovelabour.org.uk")
P = c.person
SEC = "Deb Aldous <secretary@fenlowashgrovelabour.org.uk>"
SIG = """Deb Aldous
Secretary, Fenlow & Ashgrove CLP"""
HNV = ("hard-negative", "benign-violent-word")
HNM = ("hard-negative", "metaphor")

# ================================================================ complaint (6)

# C1 non-native (Portuguese speaker), ignored at a meeting
c.add("complaint", subject="meeting Ashgrove", sender=P("Joana", "Ferreira", "sapo.pt"),
      tags=("terse", "non-native"),
      body="""Hello, I go to the meeting in Ashgrove on Tuesday and nobody talk with me for two hours, not even hello. Is this how you receive new member? Not nice. Joana""")

# C2 hard negative, top-posted above a leaflet proof
c.add("complaint", subject="Re: Sutton Drove leaflet - final proof, comments by noon", sender=("Stan Burkitt", "stan.burkitt@fenlowashgrovelabour.org.uk"),
      tags=("top-posted",) + HNM,
      body=c.quote_reply(
          """Reform will eat us alive in Sutton Drove if this is the best we can do. Nobody out there cares about the national fiscal rules, they care about the drains.""",
          """Stan and all,

Final proof of the Sutton Drove "Fenland Voice" below. Printer needs sign-off by noon tomorrow.

FRONT: "Labour's plan: growth, stability, security" - photo of Nell with the Shadow... sorry, with the Chancellor at the Peterborough visit
INSIDE LEFT: What the Budget means for you (national copy from the regional pack)
INSIDE RIGHT: Meet your Labour team - Stan, Nell, and a reply slip
BACK: Postal vote form

Reece""", quoted_from="Reece Dunkley <reece.dunkley@gmail.com>", style="gmail"))

# C3 three words
c.add("complaint", subject="winter fuel", sender=("Ron Leggate", "ron.leggate@btinternet.com"),
      tags=("terse",),
      body="""Explain it. I'll wait.""")

# C4 subject contradicted, top-posted
c.add("complaint", subject="Re: Thank you for your patience", sender=P("Gillian", "Rix"),
      tags=("top-posted", "confuser", "contradicts-subject", "quote-dependent"),
      body=c.quote_reply(
          """Run out of it, I'm afraid. Six weeks for a membership card is a joke.""",
          """Dear Gillian,

Thank you for your patience. I've chased the membership team again and I'm told your card is on its way. In the meantime you're very welcome at any branch meeting - you don't need the card to come along.

Best wishes,
""" + SIG, quoted_from=SEC, style="gmail"))

# C5 html-only, councillor's promise
c.add("complaint", subject="Mill Drove streetlight", sender=P("Keith", "Wakefield"),
      fmt="html", tags=("terse", "html-only"),
      body="""Cllr Tointon promised the streetlight on Mill Drove would be fixed by Bonfire Night. It's nearly Christmas. Useless, the lot of you.""",
      html_body="""<html><body><p style="margin:0">Cllr Tointon promised the streetlight on Mill Drove would be fixed by Bonfire Night.</p><p style="margin:0">It's nearly Christmas. Useless, the lot of you.</p></body></html>""")

# C6 hard negative, "political suicide", leaving
c.add("complaint", subject="cancel me", sender=P("Derek", "Pocklington"),
      tags=("terse", "resignation") + HNM,
      body="""Our lot backing the drainage board cuts is political suicide in the fens and I'm not sticking around to watch. Cancel my membership.""")

# ================================================================ query (6)

# Q1 one line
c.add("query", subject="", sender=P("Paula", "Blades"),
      tags=("terse",),
      body="""hi is GC still at the Corn Exchange or has it moved""")

# Q2 elderly, cash subs
c.add("query", subject="subs", sender=("Reg Bellamy", "reg.bellamy@talktalk.net"),
      tags=("terse",),
      body="""Can I pay my subs in cash at the branch. I don't do the online banking. Reg Bellamy""")

# Q3 only meaningful from the quote
c.add("query", subject="Re: Branch meetings - where and when", sender=P("Colin", "Grummitt"),
      tags=("top-posted", "quote-dependent"),
      body=c.quote_reply(
          """I'm on Gedney Bank Road, the Marholm end. Which one's mine?""",
          """Hi all,

For new members, here's where each branch meets:

Fenlow Town (Fenlow East, Fenlow West, Church Street wards): 2nd Tuesday, Fenlow Library, 7pm
Ashgrove (Ashgrove Town, Marholm wards): 3rd Monday, Methodist schoolroom, 7.30pm
Rural (Sutton Drove, Gedney Bank wards): last Wednesday, the Ship, Gedney Bank, 7.30pm

If you're not sure which ward you're in, just ask!

Lynne Maltby
Membership Secretary""", quoted_from="Lynne Maltby <lynne.maltby@fenlowashgrovelabour.org.uk>", style="gmail"))

# Q4 hard negative: "ammo"
c.add("query", subject="Saturday", sender=P("Dean", "Scotney"),
      tags=("terse",) + HNV,
      body="""Where do I pick up the ammo for Saturday? (leaflets, before anyone panics)""")

# Q5 non-native (Lithuanian speaker), volunteering
c.add("query", subject="help for election", sender=P("Tomas", "Kazlauskas", "gmail.com"),
      tags=("terse", "non-native"),
      body="""Good day. I want to help in the elections. I can drive, I have car with 7 seats. With who I must talk? Regards, Tomas""")

# Q6 subject only
c.add("query", subject="Is the Christmas social ok for kids?", sender=P("Lauren", "Spalding"),
      tags=("terse", "subject-only"),
      body="")

# ================================================================ procedural (7)

# P1 apologies, farmer
c.add("procedural", subject="Thurs GC", sender=("Geoff Rowett", "rowett.farms@btinternet.com"),
      tags=("terse",),
      body="""Apologies. Calving. G""")

# P2 top-posted procedural note above a long quoted raffle thread about something else
c.add("procedural", subject="Re: Christmas social raffle - the saga continues", sender=("Malcolm Speight", "malcolm.speight@outlook.com"),
      tags=("top-posted",),
      body=c.quote_reply(
          """Deb - separate thing - apologies from me for Thursday's EC, and Aurelia will chair in my place. Can you minute that.

M""",
          """OK, I think we finally have it sorted. For everyone's sanity, here is where the raffle stands.

PRIZES CONFIRMED (in hand)
1. Hamper from the Fenlow Co-op (Aurelia collected it, it is enormous, it is in her spare room)
2. £50 voucher for the Ship at Gedney Bank (from Pete the landlord, very generous)
3. Bottle of single malt (anonymous donor, by which I mean Malcolm)
4. Two tickets to the panto at the Corn Exchange (from Cllr Lis)
5. Tin of Quality Street the size of a car tyre (Lynne)
6. Hand-knitted Labour rose tea cosy (Mrs Bellamy, Reg's wife, who has asked that it goes to "someone who'll use it")
7. Car valet from Scotney Motors (Dean)
8. Box of veg from Rowett's farm shop (Geoff)

PRIZES PROMISED (not yet in hand)
9. Signed book from Nell - she says it's in the post from London
10. Something from the Chinese takeaway on Church Street - Jaspreet is chasing
11. Meal for two at the Golden Fleece - I'm told the manager has "said yes in principle", which in my experience means no

THINGS THAT WENT WRONG, FOR THE RECORD
- We printed 500 tickets but the printer numbered them 1-250 twice. Jaspreet has been through them with a red pen and the second batch now has an A on the end. Please do NOT sell an unmarked ticket from the second book.
- The first hamper (from the garden centre) turned out to contain a bottle of wine and two miniatures of gin, which is fine, but also a scented candle that Abimbola says is "a fire risk in a room with that many paper chains". It's been swapped for the Co-op one.
- Someone (I won't name names, Reece) sold three strips to his own mum and then asked whether family members were allowed to win. Yes, Reece. They are.

RULES
We are running it as a small lottery incidental to an exempt entertainment, so:
- tickets sold only at the social, on the night
- no cash prizes
- the draw happens at the social, before the end
- all proceeds after prize costs go to the CLP
Jaspreet has checked this with the council licensing team and she is happy.

ON THE NIGHT
- Tickets £1 a strip of five, from the table by the door (Lynne and Paula 7-8, then Joana and Tomas 8-9)
- Prizes on display on the stage - can someone bring a tablecloth that isn't red?
- Draw at 9.30 by Nell if she's back from London, otherwise by the oldest member present, which I believe is Reg
- Winners not present will be phoned the next day; unclaimed prizes after a week go back in the pot for the spring quiz

FLOAT
Jaspreet will bring a £40 float in coins. Please don't take card payments for the raffle, the reader is for the bar.

AFTERWARDS
Prizes that aren't claimed live in Aurelia's spare room, which she has asked me to say is not a permanent arrangement.

That's it. If I never see another raffle ticket it'll be too soon.

Deb

On Mon, 24 Nov 2026 at 21:07, Aurelia Popescu wrote:
> The hamper is in my spare room. My husband asks when it will leave. Please tell me soon!! A.""",
          quoted_from=SEC, style="gmail"))

# P3 hard negative: "bloodbath"
c.add("procedural", subject="packhouse motion", sender=("Abimbola Ojo", "abimbola.ojo@gmail.com"),
      tags=("terse",) + HNM,
      body="""If the packhouse motion goes to the vote cold on Thursday it'll be a bloodbath. Can we move to refer it back to branches first? Happy to propose.""")

# P4 delegates
c.add("procedural", subject="Fenlow West GC delegates", sender=("Agnieszka Lis", "cllr.a.lis@fenlowashgrovelabour.org.uk"),
      tags=("terse",),
      body="""Fenlow West delegates for 2026/27: me and Piotr Zając. It's Piotr's first time so please be nice to him. A.""")

# P5 top-posted, meaning only from the quoted composite
c.add("procedural", subject="Re: Composite motion - rural bus services (draft)", sender=("Aurelia Popescu", "aurelia.popescu@yahoo.co.uk"),
      tags=("top-posted", "quote-dependent"),
      body=c.quote_reply(
          """OK for me but swap "condemns" for "regrets" in paragraph 2 or Ashgrove won't wear it.""",
          """Aurelia, Stan,

Here's my attempt at compositing the Ashgrove and Rural branch motions. Let me know by Wednesday.

COMPOSITE: RURAL BUS SERVICES

This GC notes that the county council has withdrawn subsidy from the 505 and 507 services, leaving Marholm and Gedney Bank with no bus at all on Sundays.

This GC condemns the county council's decision, taken without consultation with parish councils or passengers.

This GC calls on our Labour councillors and parliamentary candidate to campaign for the restoration of these routes and for a demand-responsive service for the outlying villages.

Deb""", quoted_from=SEC, style="outlook"))

# P6 minutes correction
c.add("procedural", subject="minutes item 5", sender=P("Martin", "Harrod"),
      tags=("terse",),
      body="""Minutes item 5: I abstained, I didn't vote against. Please correct before they go to GC.""")

# P7 subject only, attachment forgotten
c.add("procedural", subject="Motion from Church Street branch on rural buses - attached", sender=P("Sandra", "Bycroft"),
      tags=("terse", "subject-only"),
      body="")

# ================================================================ urgent (6)

# U1 venue lost, flood rest centre
c.add("urgent", subject="tonight - venue", sender=("Malcolm Speight", "malcolm.speight@outlook.com"),
      tags=("terse",),
      body="""Corn Exchange have just pulled us for tonight - council's using it as a flood rest centre. Trying the library. Need a text out to delegates by 6.""")

# U2 hard negative: "hatchet job", press deadline 4pm today
c.add("urgent", subject="Standard - quote by 4", sender=("Reece Dunkley", "reece.dunkley@gmail.com"),
      tags=("terse",) + HNM,
      body="""Standard want our response to the Reform councillor's packhouse comments by 4pm today. OK to go with "a hatchet job on the workers who keep our fields running"? Need a yes from you or Malcolm.""")

# U3 top-posted correction, tomorrow noon
c.add("urgent", subject="Re: Fenlow Town Council by-election - nominations", sender=("Lynne Maltby", "lynne.maltby@fenlowashgrovelabour.org.uk"),
      tags=("top-posted", "quote-dependent"),
      body=c.quote_reply(
          """Misread it - deadline is noon TOMORROW not next week. Sorry!! Paula still needs two more signatures.""",
          """Lynne,

Thanks for finding a candidate for the Church Street town council vacancy. Paula will be great. As long as her nomination papers go in by the deadline next week we should be fine. She needs a proposer, seconder and eight assentors, all on the electoral register in the ward.

Deb""", quoted_from=SEC, style="gmail"))

# U4 subject only, flooded road
c.add("urgent", subject="Van can't get down Gedney Bank - road flooded - need cars at the Ship 9am tomorrow to shift leaflets", sender=P("Pete", "Harrison"),
      tags=("terse", "subject-only"),
      body="")

# U5 phone stub, counting agent
c.add("urgent", subject="count", sender=("Stan Burkitt", "stan.burkitt@fenlowashgrovelabour.org.uk"),
      tags=("terse",),
      body="""Counting agent for Sutton Drove has dropped out. Count's tomorrow 10am at the leisure centre. Anyone?

Sent from my iPhone""")

# U6 speaker cancelled tonight
c.add("urgent", subject="hustings", sender=("Nell Ashby", "nell.ashby.labour@gmail.com"),
      tags=("terse",),
      body="""Tested positive, can't do tonight's hustings. Can you or Malcolm do the Labour bit at Ashgrove, 7pm? Notes coming in 10 mins. So sorry. N""")

# ================================================================ data-protection (7)

# DP1 non-native (Polish speaker), letter to non-voters
c.add("data-protection", subject="letter", sender=P("Krzysztof", "Sadowski", "o2.pl"),
      tags=("terse", "non-native", "dp-no-legal-words"),
      body="""Hello. Why I get letter from Labour with my name and my wife name on it? We are not British citizen, we dont vote in general election. Where you take this from? Please delete us. Krzysztof""")

# DP2 html-only, four words
c.add("data-protection", subject="", sender=("G. Thew", "gthew@aol.com"),
      fmt="html", tags=("terse", "html-only", "dp-no-legal-words"),
      body="""Take me off your list. Today.""")

# DP3 breach, top-posted above the offending email
c.add("data-protection", subject="Re: Leafleting rota for December", sender=("Jaspreet Sandhu", "jaspreet.sandhu@fenlowashgrovelabour.org.uk"),
      tags=("top-posted",),
      body=c.quote_reply(
          """Deb, you've attached the whole membership spreadsheet, not the rota. Phone numbers, addresses, arrears, the lot. To the full branch list. Ring me.""",
          """Hi all,

December leafleting rota attached. Please check your slot and let me know by Friday if it doesn't work.

Attachment: F&A_members_export_FULL_2026-11.xlsx (212 KB)

Deb""", quoted_from=SEC, style="gmail"))

# DP4 canvass sheet left on a wall
c.add("data-protection", subject="your clipboard", sender=P("Carl", "Overton"),
      tags=("terse", "dp-no-legal-words"),
      body="""One of your lot left a clipboard on my front wall with "REFORM - hostile" next to my name. My neighbour read it out to me. Nice.""")

# DP5 erasure, formal, one line
c.add("data-protection", subject="Erasure request", sender=P("Helen", "Cawdron"),
      tags=("terse",),
      body="""Please erase all personal data you hold about me under Article 17 UK GDPR and confirm when done. No further contact please.""")

# DP6 web form, ex-directory
c.add("data-protection", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Brian Tebbutt", "b.tebbutt@sky.com"),
      tags=("terse", "webform", "dp-no-legal-words"),
      body=c.webform({
          "Name": "Brian Tebbutt",
          "Email": "b.tebbutt@sky.com",
          "Message": "Someone rang my landline asking for my vote. I'm ex-directory. How did you get it?",
      }))

# DP7 top-posted, meaning from the quote
c.add("data-protection", subject="Re: Could we use your story in the newsletter?", sender=P("Stacey", "Wilkin"),
      tags=("top-posted", "quote-dependent", "dp-no-legal-words"),
      body=c.quote_reply(
          """No. And please get rid of whatever notes you took when we talked. I shouldn't have said anything about my benefits.""",
          """Hi Stacey,

Thank you so much for talking to us on the doorstep last week about the Universal Credit sanctions - it really stuck with Nell. Would you be happy for us to use your story (first name only) in the next Fenland Voice?

Deb""", quoted_from=SEC, style="gmail"))

# ================================================================ other (7)

# O1 top-posted laugh
c.add("other", subject="Re: Photos from the carnival float", sender=P("Pam", "Ingle"),
      tags=("top-posted",),
      body=c.quote_reply(
          """Ha! Brilliant. Malcolm in the rosette costume should be the Christmas card.""",
          """Hi all,

Photos from Saturday's Fenlow carnival below (link). Thanks to everyone who helped build the float and to Geoff for the tractor. Highlights include Malcolm dressed as a giant red rose, and the moment the float's banner came off on the bridge.

Deb""", quoted_from=SEC, style="gmail"))

# O2 hard negative: "you'll murder it"
c.add("other", subject="tonight", sender=("Abimbola Ojo", "abimbola.ojo@gmail.com"),
      to="Nell Ashby <nell.ashby.labour@gmail.com>", cc=[SEC],
      tags=("terse",) + HNV,
      body="""Break a leg at the hustings Nell. You'll murder it. x""")

# O3 misdirected, top-posted
c.add("other", subject="Re: Advert for the Christmas social", sender=("Deb Aldred", "deb.aldred@fenlowstandard.example.co.uk"),
      tags=("top-posted", "misdirected"),
      body=c.quote_reply(
          """Wrong Deb I think! This came to me at the Standard, not your secretary. Sending back. Deb A.""",
          """Deb,

Here's the wording for the Standard's what's-on column: "Fenlow & Ashgrove Labour Christmas Social, Sat 13 Dec, 7pm, Methodist schoolroom, Ashgrove. Raffle, buffet, carols. All welcome. £5."

Thanks, Lynne""", quoted_from="Lynne Maltby <lynne.maltby@fenlowashgrovelabour.org.uk>", style="outlook"))

# O4 thanks
c.add("other", subject="", sender=P("Paula", "Blades"),
      tags=("terse",),
      body="""Thanks for the lift home Deb, sorry about the mud in the footwell x""")

# O5 subject only
c.add("other", subject="Happy retirement Lynne!! Cake in the library Thursday", sender=P("Sue", "Bristow"),
      tags=("terse", "subject-only"),
      body="")

# O6 non-native, thanks for flowers
c.add("other", subject="flowers", sender=("Aurelia Popescu", "aurelia.popescu@yahoo.co.uk"),
      tags=("terse", "non-native"),
      body="""Dear Deb, thank you so much for the flowers for my mother funeral. Very kind from all the branch. I come back to meetings in December. Aurelia""")

# O7 sales pitch from a person
c.add("other", subject="candidate headshots", sender=("Kasia Nowicka", "kasia@fenphoto.example.co.uk"),
      tags=("terse", "sales"),
      body="""Hi, local photographer here, I do candidate headshots for £40, outdoors or studio. Interested for May? Kasia""")

# ================================================================ bulk (4)

# B1 out-of-office
c.add("bulk", subject="Automatic reply: Re: Christmas social raffle", sender=("Jaspreet Sandhu", "jaspreet.sandhu@fenlowashgrovelabour.org.uk"),
      headers=c.autoreply_headers("rfc3834"),
      tags=("terse", "autoreply"),
      body="""Thanks for your email. I don't work Fridays and will reply on Monday.""")

# B2 calendar reminder
c.add("bulk", subject="Reminder: Fenlow & Ashgrove EC @ Tue 18 Nov 2026 19:00 - 20:30 (GMT)", sender=("Google Calendar", "calendar-notification@google.com"),
      tags=("terse", "confuser", "robot-no-list-headers"),
      body="""Fenlow & Ashgrove EC
Tuesday 18 Nov 2026 19:00 - 20:30 (GMT)
Joining info: meet.google.com/rkq-vbfn-xpa

Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.""")

# B3 ticketing notification
c.add("bulk", subject="3 new orders for Fenlow & Ashgrove Labour Christmas Social", sender=("Eventbrite", "noreply@order.eventbrite.com"),
      headers=c.newsletter_headers("Eventbrite"),
      tags=("terse", "notification"),
      body="""You have 3 new orders for Fenlow & Ashgrove Labour Christmas Social.
Tickets sold: 41 / 60

Manage event: https://www.eventbrite.co.uk/myevent?eid=889120341""")

# B4 bank robot
c.add("bulk", subject="Your statement is ready", sender=("Unity Trust Bank", "no-reply@unity.example.co.uk"),
      fmt="alt", tags=("terse", "confuser", "robot-no-list-headers"),
      body="""Your November statement for account ending 4417 is ready. Log in to Internet Banking to view it. Please do not reply to this email.""")

# ================================================================ safety (17)

# S1 only clear from the quote: he has found the councillor's house
c.add("safety", subject="Re: Cllr Lis - home address?", sender=("Wayne Furbank", "wfurbank@hotmail.com"),
      tags=("top-posted", "quoted", "quote-dependent", "implicit", "veiled"),
      body=c.quote_reply(
          """Don't worry, found it. Green door, kids' bikes on the drive.""",
          """Dear Mr Furbank,

I'm sorry, I can't give out Cllr Lis's home address. She holds surgeries at Fenlow Library on the first Saturday of every month, 10 till 12, and you're very welcome to raise the packhouse issue with her there.

""" + SIG, quoted_from=SEC, style="gmail"))

# S2 one line, no violent word
c.add("safety", subject="", sender=("fenman", "fenman66@gmail.com"),
      tags=("terse", "implicit", "veiled"),
      body="""The Ship's car park gets very dark after your meetings, Malcolm.""")

# S3 two-line report, following again
c.add("safety", subject="Abi after GC", sender=("Reece Dunkley", "reece.dunkley@gmail.com"),
      tags=("terse", "third-party-report", "following"),
      body="""He was outside the Corn Exchange again after GC and walked behind Abimbola all the way to the taxi rank. Same man, same green jacket. Third time now.""")

# S4 threat only in the subject
c.add("safety", subject="sutton drove is a long road to walk home on your own agnieszka", sender=("x", "drove_watch@proton.me"),
      tags=("terse", "subject-only", "implicit", "veiled", "stalking"),
      body="")

# S5 only clear from the quote
c.add("safety", subject="Re: Thursday's flood meeting", sender=("T. Blanchard", "tblanchard.gedney@gmail.com"),
      tags=("top-posted", "quoted", "quote-dependent", "veiled"),
      body=c.quote_reply(
          """You'll find out Thursday.""",
          """Mr Blanchard,

You asked whether Cllr Tointon will be at the flood meeting at Gedney Bank on Thursday and whether he'll be driving home on his own afterwards. He will be at the meeting. I'm not going to answer your second question, and I'd like to know why you're asking it.

""" + SIG, quoted_from=SEC, style="outlook"))

# S6 menacing line above a civil membership exchange
c.add("safety", subject="Re: Your membership renewal", sender=("Neil Gotobed", "ngotobed@outlook.com"),
      tags=("top-posted", "implicit", "veiled"),
      body=c.quote_reply(
          """Your daughter's netball team did well on Saturday Deb. Number 7, isn't she.""",
          """Dear Neil,

Thanks for getting in touch about your renewal. Your membership lapsed in August, but you can rejoin online at any time and your continuous membership will be restored if you pay the arrears within six months.

Kind regards,
""" + SIG, quoted_from=SEC, style="gmail"))

# S7 non-native (Romanian speaker), veiled
c.add("safety", subject="your leaflet", sender=("Florin", "florin.b88@yahoo.com"),
      tags=("terse", "non-native", "veiled"),
      body="""You write lies about my cousin packhouse in your leaflet. I know where is your office. I come there with my brothers and we discuss. Not with words.""")

# S8 caps ultimatum
c.add("safety", subject="PACKHOUSE MOTION", sender=("FENS FIRST", "fensfirst2026@gmail.com"),
      tags=("terse", "noisy", "conditional", "veiled"),
      body="""LAST WARNING. DROP IT BY THURSDAY OR FIND OUT WHAT HAPPENS.""")

# S9 forwarded by the councillor
c.add("safety", subject="Fwd: (no subject)", sender=("Agnieszka Lis", "cllr.a.lis@fenlowashgrovelabour.org.uk"),
      tags=("terse", "forwarded", "third-party-report", "harassment", "veiled"),
      body=c.forward(
          """Deb, second one this week. What do I do?""",
          """Go back where you came from before someone sends you back in a box.""",
          "truefenlander@outlook.com", "(no subject)", style="apple"))

# S10 web form, stalking the candidate
c.add("safety", subject="New submission from Contact us", sender=c.form_robot(),
      reply_to="justasking.fen@gmail.com",
      tags=("terse", "webform", "stalking", "implicit"),
      body=c.webform({
          "Name": "Just asking",
          "Email": "justasking.fen@gmail.com",
          "Message": "Nell Ashby stays at the Fleece when she's up from London, doesn't she. Room 4. Quiet back stairs.",
      }))

# S11 list post, one line above a civil thread
c.add("safety", subject="Re: [F&A Members] Shortlist for Fenlow East - questions for candidates", sender=P("Gary", "Tuplin"),
      headers=c.list_headers("F&A Members", domain="lists.fenlowashgrovelabour.org.uk"),
      tags=("top-posted", "list", "veiled"),
      body=c.quote_reply(
          """Whoever put her on that shortlist wants to check their brake lines.""",
          """Dear members,

The shortlist for the Fenlow East council selection is now confirmed: Piotr Zając and Marianne Cox. The hustings will be at Fenlow Library on 2 December at 7pm, followed by the ballot.

If you'd like to submit a question for the candidates, please send it to me by 28 November. We'll group similar questions together.

Deb Aldous
Secretary""", quoted_from=SEC, style="gmail"))

# S12 social-media mention urging a visit
c.add("safety", subject="@fenland_truth mentioned you", sender=("X", "notify@x.com"),
      headers=c.newsletter_headers("X"),
      tags=("terse", "social", "pile-on", "veiled"),
      body="""@fenland_truth mentioned you
"Labour's Fenlow office is on Church St, open 10-2 Saturdays. Go and pay them a visit they won't forget. You know what to do @FenlowLabour"
212 reposts · 480 likes

View post: https://x.com/fenland_truth/status/18830021

You are receiving this because you have notifications turned on. Unsubscribe.""")

# S13 suspicious item
c.add("safety", subject="office letterbox", sender=("Lynne Maltby", "lynne.maltby@fenlowashgrovelabour.org.uk"),
      tags=("terse", "third-party-report", "suspicious-item", "harassment"),
      body="""Someone's pushed a dead crow through the office letterbox wrapped in Agnieszka's leaflet. Not touching anything. Police on the way.""")

# S14 html-only, one line
c.add("safety", subject="nell", sender=("anon", "fenvoter@proton.me"),
      fmt="html", tags=("terse", "html-only", "implicit"),
      body="""Your candidate lives on her own, doesn't she.""")

# S15 stalking report
c.add("safety", subject="Lynne", sender=("Jaspreet Sandhu", "jaspreet.sandhu@fenlowashgrovelabour.org.uk"),
      tags=("terse", "third-party-report", "stalking", "following"),
      body="""Lynne's had the same car parked opposite her house three nights running and tonight it followed her to Tesco and back. She's got the reg. Can you ring her?""")

# S16 wished harm
c.add("safety", subject="tointon", sender=("drainage", "dykereeve@gmail.com"),
      tags=("terse", "wish-harm"),
      body="""Shame the water missed Tointon's house. Maybe next time the bank goes it'll find him.""")

# S17 phone stub
c.add("safety", subject="count", sender=("Shane", "shane.fenlow@icloud.com"),
      tags=("terse", "veiled"),
      body="""see u at the count stan. bring a helmet

Sent from my iPhone""")

c.write()
