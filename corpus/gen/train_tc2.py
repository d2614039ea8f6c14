"""train/tc2: complaints, part 2 (Hatherley CLP). All content hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tc2", seed=1302)
P = c.person

# 1 Facebook page message notification, political suicide
c.add("complaint", subject="Gordon Pike sent a message to Hatherley Labour",
      sender=("Facebook", "notification@facebookmail.com"), headers=c.newsletter_headers("Facebook"),
      tags=("hard-negative", "metaphor", "social", "national-decision"), fmt="alt",
      body="""Gordon Pike sent a message to Hatherley Labour

"Cutting winter fuel for pensioners and then finding billions for defence. It's political suicide and you all know it. My dad's 88 and sat in a blanket all last January. Are any of you local lot going to stand up and say it's wrong or are you just going to keep sharing photos of Dawn cutting ribbons? I want an answer not a heart emoji."

Reply to Gordon

View conversation: https://www.facebook.com/hatherleylabour/inbox/

This message was sent to the Page Hatherley Labour. To stop receiving these emails, go to your notification settings.
Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, Ireland""")

# 2 members' discussion list post, EC secrecy
c.add("complaint", also=["bulk"], subject="[Hatherley-members] EC minutes - why are they secret?",
      sender=P("Olu", "Adeyemi"), headers=c.list_headers("Hatherley-members"),
      tags=("list", "process-failure", "officer-conduct"),
      body="""Friends,

Sorry to use the list for this but I've asked privately twice and got nowhere.

Since the spring the EC has stopped circulating its minutes to GC delegates. We're told they're "available on request". I requested them in July. Still waiting. The rules say the EC reports to the GC. How can it report if we can't see what it decided?

I'm not accusing anyone of anything. I'd just like to know what's being decided in our name - branch mergers, the selection timetable, the budget - before it lands on us as a done deal.

Could the secretary please confirm on this list when the minutes will be circulated?

Olu (St Anne's delegate)

_______________________________________________
Hatherley-members mailing list
hatherley-members@lists.example-labour.org.uk""")

# 3 conference delegate voted against mandate
c.add("complaint", subject="Our conference delegate ignored the GC mandate",
      sender=P("Sally", "Ahmed"), tags=("conference", "officer-conduct"),
      body="""Dear Priya,

At the July GC we mandated our conference delegate to support the composite on public ownership of water. I have just checked the card vote records and Hatherley CLP voted against.

I'd like to know whether that was our delegate's own decision, whether anyone on the EC told him to, and what the CLP intends to do about a delegate who ignores a mandate. He will be asking for the members' trust again next year.

Sally Ahmed""")

# 4 branch chair fiefdom, no AGM
c.add("complaint", subject="Northgate branch hasn't had an AGM since 2023",
      sender=P("Emeka", "Okoro"), tags=("process-failure", "officer-conduct", "branch"),
      body="""Hi Priya,

I'll keep this short. Northgate branch has not held an AGM since March 2023. The same chair, secretary and treasurer (who are all from one household) carry on. Meetings are called at two days' notice in their front room. New members who ask to come are told it's "full".

I'm not the only one who's noticed. Can the CLP require the branch to hold an AGM, and if the officers won't call one, can the CLP call it?

Emeka""")

# 5 hall booking refused, Palestine
c.add("complaint", subject="Refusal of room for the solidarity meeting", sender=P("Fatima", "Malik"),
      tags=("local-decision", "foreign-policy"),
      body="""Priya

The EC has refused our request to use the CLP's Thursday room booking at the Trades Club for a Palestine solidarity meeting organised by Labour members. No reason was given except that it "could be divisive".

Every other member-organised meeting this year - the housing forum, the women's forum, the climate group - has been allowed that room without question. If the reason is that the EC doesn't like the subject, please say so honestly. If there's another reason, I'd like to hear it.

Fatima Malik, Canal Side""")

# 6 solicitor, defamation in branch newsletter
c.add("complaint", subject="Branch newsletter - defamatory statement",
      sender=P("Richard", "Thomas"), tags=("hard-negative", "legal-threat", "officer-conduct"),
      body="""Dear Ms Nair,

The Brindley Park branch newsletter (October edition, page 2), which was delivered to members and also left in the library, states that I "abandoned the campaign three weeks before polling day, leaving others to pick up the pieces". That is untrue. I withdrew on medical advice after a cardiac event, as the branch officers knew at the time.

I require:
1. a written retraction in the next edition, given equal prominence;
2. a private apology;
3. the name of the person who wrote and approved the piece.

If I do not receive a satisfactory response within fourteen days you will be hearing from my solicitor.

Richard Thomas""")

# 7 disciplinary taking 18 months
c.add("complaint", subject="18 months and counting", sender=P("Simon", "Green"),
      tags=("national-decision", "disciplinary", "ignored"),
      body="""Priya, I know this isn't your decision, but you're the only person in the party who replies to me, so here goes.

I was administratively suspended in May last year. I've been told nothing about the allegation beyond one sentence. I've sent my response, twice. I've chased the Governance and Legal Unit every month. Eighteen months. I can't attend meetings, I can't vote, I can't even deliver leaflets for the branch I founded.

Would the CLP be willing to write to the General Secretary asking for a timetable? A letter from the CLP secretary might get a reply where mine don't.

Simon""")

# 8 sexist remarks councillor
c.add("complaint", subject="Remarks at the Christmas social", sender=P("Jasmine", "Carter"),
      tags=("officer-conduct", "councillor", "conduct"),
      body="""Dear Priya,

I'm writing because I don't think I should let this go, though part of me wants to.

At the CLP social on Saturday, Cllr Gerry Moss made a series of comments to me and to another young woman at the bar about our appearance, including asking whether I'd "got dressed up for him". When I said I didn't find it funny he said I'd "lost my sense of humour since joining the women's forum". Two people heard it. One of them laughed it off as "just Gerry".

I'd like this dealt with under the party's complaints process. Could you tell me how to make a formal complaint, or make it on my behalf? I'd also prefer not to be at events where he is until it's resolved.

Jasmine Carter""")

# 9 escalation thread, "I asked nicely twice"
c.add("complaint", subject="Re: Re: Refund for the gala dinner", sender=P("Janet", "Hall"),
      tags=("quoted-reply", "ignored", "finance"),
      body=c.quote_reply(
          "I asked nicely twice. The dinner was cancelled by the CLP, not by me. It's £90 for two tickets and I'd like it back. Not a credit against next year, not a donation. Back. By the end of next week please, or I'll raise it at the GC.",
          """Hi Janet,

Thanks for your patience. We're still working out what to do about refunds for the cancelled dinner - most people have kindly agreed to treat their ticket as a donation to the campaign fund. Would you be happy to do the same?

Best,
Lorna (Treasurer)""",
          quoted_from="Lorna Bakewell <treasurer@hatherleylabour.org.uk>", style="gmail"))

# 10 long, lawyer member with disclaimer, regeneration scheme
c.add("complaint", subject="Canal Basin regeneration - CLP endorsement", sender=("Deborah Fenwick", "d.fenwick@fenwick-ashby-law.co.uk"),
      tags=("local-decision", "long", "housing", "disclaimer"), fmt="alt",
      body="""Dear Priya,

I am writing in a personal capacity as a member of Canal Side branch, although I should declare that I practise in planning law and have read the relevant documents more closely than most.

I was surprised and, frankly, disappointed to see the CLP's name on the press release welcoming the Canal Basin regeneration scheme last Friday. I was not aware that the GC had debated the scheme, let alone endorsed it. Having checked the minutes of the last three GCs I can find no such decision. If the endorsement was made by the EC, I would be grateful to know when, on what information, and under which provision of the CLP's standing orders the EC considers it may speak for the CLP on a matter of this significance without reference to the GC.

On the substance. The scheme as approved provides 640 homes, of which 38 are "affordable" under the national definition (80% of market rent), and none are social rent. The viability assessment on which the reduction from 25% to 6% affordable housing was accepted has not been published in full; the redacted version omits the developer's assumed profit margin and land value. The council's own housing needs assessment, adopted in 2024, identifies a need for over 300 social rented homes a year in the borough. This scheme, on the largest publicly owned brownfield site in the town, contributes nothing to that need.

The scheme also involves the demolition of Wharf Street Buildings, which currently house 14 small businesses on below-market leases, several of them run by Labour members. None of them was consulted before the planning committee. I understand two have already been served notice.

I do not say any of this to embarrass our councillors, several of whom I count as friends and who are working under budget pressures I would not wish on anyone. I understand why a council with no money is tempted by a private partner with a cheque book. But a Labour CLP endorsing, in public, a scheme that delivers no social housing on public land is a significant political act, and it should have been a decision for members.

I would ask that:

(a) the endorsement be withdrawn or, at the least, clarified as not being a decision of the GC;
(b) the GC be given the opportunity to debate the scheme at its next meeting, with the council's cabinet member invited to attend;
(c) the EC confirm that it will not issue statements on behalf of the CLP on contested local matters in future without GC authority.

I am happy to prepare a short, neutral briefing note on the planning position for delegates if that would be useful.

With best wishes,

Deborah Fenwick
Canal Side branch

--
Fenwick Ashby LLP | 3 Chancery Court | Hatherley HT1 2AB
This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient please notify the sender immediately and delete it. Fenwick Ashby LLP is authorised and regulated by the Solicitors Regulation Authority (SRA No. 000000). This email is sent in a personal capacity and does not constitute legal advice.""")

# 11 council tax, GC to have my say
c.add("complaint", subject="5% council tax rise", sender=P("Gary", "Wood"),
      tags=("hard-negative", "angry", "local-decision"),
      body="""Five per cent on council tax and the bins still go fortnightly. Our Labour council is taking working people for mugs and the CLP just nods it through.

I'll be at the GC on the 14th to have my say, and I'll be bringing the whole Foxhill branch with me. Tell Keith to book a bigger room.

Gary""")

# 12 two-child limit, sarcastic short
c.add("complaint", subject="two child limit", sender=P("Niamh", "O'Brien"),
      tags=("sarcastic", "national-decision", "short"),
      body="Good to see the two-child limit survived another budget. Really glad I spent my Saturdays in 2024 telling single mums on the Westcombe estate that Labour would end child poverty. Can someone from the CLP tell me what I'm meant to say to them now? Genuinely asking.\n\nNiamh")

# 13 Somali speaker, councillor promised help
c.add("complaint", subject="Councillor no help my house", sender=P("Hassan", "Abdi"),
      tags=("non-native", "ignored", "councillor"),
      body="""Hello Labour office

My name is Hassan Abdi I live in Canal Side flat 5 Tamworth House. In the summer Councillor Desai come to my door with the red leaflet and I tell him my ceiling is falling and water coming, my daughter have asthma. He write it in his book and say he will call housing and call me back one week.

Nobody call me. Now is October, more water, more black on the wall. I call the councillor number is voicemail only. I vote for Labour all the time, all my family vote. Why he promise and not do?

Please can you tell him to call me. 07700 900 871

Thank you
Hassan""")

# 14 Portuguese speaker, reduced rate ignored
c.add("complaint", subject="Membership reduced rate - no answer", sender=P("Luca", "Ferreira"),
      tags=("non-native", "dues", "ignored"),
      body="""Dear Sir/Madam,

In August I lost my job and I write to the party asking for change my membership to the reduced rate, because I cannot pay the standard now. I send two emails and also I fill the form on the national website. Nobody answer me and the bank take again the full value in September and October.

For me is important to stay in the party, I am member since I arrive from Porto seven years ago and I help always in the campaigns. But I cannot continue to pay like this. Is very frustrating that nobody reply, I feel like only the money is important.

Please can you help me or give me the contact of the right person.

Best regards,
Luca Ferreira""")

# 15 trans member, MP's radio comments
c.add("complaint", subject="Dawn's comments on Radio Hatherley", sender=P("Rebecca", "Hughes"),
      tags=("mp", "officer-conduct"),
      body="""Priya,

I'm a trans woman and I've been a member here for five years. On Radio Hatherley on Tuesday morning, Dawn was asked about the guidance on single-sex spaces and said she'd "never met a trans person who'd had any trouble using the right loo". I've met her. Twice. At the Pride stall she asked us to run.

I'm not asking the CLP to take a position on the guidance. I'm asking whether someone can tell Dawn that what she said was careless and hurtful, and whether she'd meet the LGBT+ members, who'd be happy to talk to her calmly.

I've thought hard about whether to send this. I'd appreciate a reply.

Becca""")

# 16 allotments sell-off, regret at ballot box
c.add("complaint", subject="Sale of Hill Lane allotments", sender=("Hill Lane Allotment Society", "hilllaneallotments@btinternet.com"),
      tags=("hard-negative", "angry", "local-decision", "organisation"),
      body="""To the Secretary, Hatherley Labour Party

The committee of Hill Lane Allotment Society has asked me to write following the cabinet decision to dispose of the Hill Lane site for housing.

There are 84 plots on that land. Some have been worked by the same families for three generations. We were told in writing by the cabinet member in 2023 that there were "no plans" for the site. We learned of the decision from the Echo.

Our members are of all parties and none, but a great many of them have voted Labour. Please let your councillors know they will regret this at the ballot box. We intend to make sure every one of our members, and their families, knows which councillors voted for it, and we will be holding a public meeting on site on the 22nd, to which your councillors are invited.

Yours faithfully,
Alan Birch
Secretary, Hill Lane Allotment Society""")

# 17 raffle prizes never delivered
c.add("complaint", subject="raffle", sender=P("Sue", "Morgan"),
      tags=("finance", "minor", "short"),
      body="""Hiya, sorry to be a pain but I won the hamper in the summer fair raffle (ticket 218, blue) and was told someone would drop it round. It's now nearly November. Not the end of the world but a bit rubbish tbh, I bought 20 tickets! Do you know who's got it?

Sue x""")

# 18 URGENT!!! appeal no reply
c.add("complaint", subject="URGENT!!! Still no reply about my appeal", sender=P("Mehmet", "Yilmaz"),
      tags=("urgent-subject", "ignored", "selection"),
      body="""Priya,

I lodged an appeal against my exclusion from the council longlist on the 1st. The CLP procedures say appeals are heard within 14 days. It's now day 26. The shortlisting has gone ahead without me. Nobody has acknowledged the appeal, never mind heard it.

What's the point of an appeals process if you just run the clock down? I want a date for the hearing this week.

Mehmet Yilmaz""")

# 19 counting agent excluded
c.add("complaint", subject="Being turned away from the count", sender=P("Precious", "Mensah"),
      tags=("process-failure", "election", "officer-conduct"),
      body="""Dear Priya

I was appointed as a counting agent for the Millbrook by-election and was told by the agent to be at the leisure centre for 10pm. When I arrived I was told my name had been "taken off" and replaced by someone else. No one told me. I had arranged childcare until 3am and paid for it.

I don't mind being replaced, these things happen. But I do mind being left to find out at the door in front of other parties' agents. I'd like to know why, and I'd like it not to happen to someone else.

Precious""")

# 20 called a Trot at the pub
c.add("complaint", subject="Vice chair's comments", sender=P("Andrew", "Gill"),
      tags=("hard-negative", "angry", "officer-conduct"),
      body="""Priya,

After the GC on Thursday, in the Carver Arms, the vice chair called me "a Trot wrecker who should have been thrown out with the rest of them" in front of my partner and three other members. Because I spoke in favour of the rent controls motion. The same motion that passed.

I've been a member for eleven years. I was a councillor for four. I won't be spoken to like that by an officer of this CLP and I want it dealt with formally. And if it isn't, I'll be standing against him at the AGM and I'll make sure every delegate knows exactly why.

Andrew Gill""")

# 21 no wreath for long-serving member's funeral
c.add("complaint", subject="Nobody from the party at Frank's funeral", sender=P("Kathleen", "Doyle"),
      tags=("ignored", "emotional"),
      body="""Dear Priya,

My father, Frank Doyle, was buried on Friday. He was a Labour member for 61 years, a councillor in Northgate for 16 of them, and he delivered leaflets until he was 85. I emailed the CLP and the branch the week he died with the funeral details.

Nobody from the party came. No wreath, no card, no message. The Conservative councillor for his old ward came and spoke to my mother. I don't know how to tell you how that felt.

I'm not asking for anything now, it's too late. I just think somebody should know.

Kathleen Doyle""")

# 22 leisure centres outsourced, butchered
c.add("complaint", subject="Leisure centres handed to a private company", sender=P("Ryan", "Stewart"),
      tags=("hard-negative", "metaphor", "local-decision"),
      body="""So the council's handing both leisure centres to FitCorp on a 15 year contract. Staff off the council pension, prices up 30% in the small print, swimming lessons cut to "demand-led". The leisure budget has been butchered for years and now they've just given up on it.

This is the kind of thing we used to campaign AGAINST. Where was the CLP? Did anyone on the GC even know this was coming? I'd like a straight answer.

Ryan Stewart
Unison member, Westcombe""")

# 23 CLP banner used without permission
c.add("complaint", subject="CLP banner at Saturday's demo", sender=P("Linda", "Watson"),
      tags=("officer-conduct", "local-decision"),
      body="""Priya,

The CLP banner was carried at Saturday's march through the town centre, which the GC never agreed to support. Photos of it are all over the Echo's Facebook page with a caption implying Hatherley Labour organised the event.

Whatever one thinks of the demo, the banner belongs to the CLP, not to whoever has the key to the cupboard. Who authorised it? And can we have a rule about who signs the banner out?

Linda Watson
Vice-chair (Membership), Brindley Park""")

# 24 EC cabal, GC delegate
c.add("complaint", subject="The EC is running this CLP like a private club", sender=P("Tariq", "Mahmood"),
      tags=("hard-negative", "angry", "officer-conduct", "process-failure"),
      body="""Secretary,

Let me list what the EC has done this year without bringing it to the GC:
- changed the meeting day
- cancelled two GCs "for lack of business"
- set the selection timetable
- endorsed a regeneration scheme
- agreed a budget we have never seen.

It is a cabal. Six people deciding everything in a back room and presenting it to delegates as "for noting". The rules say the GC is the governing body of the CLP. Not the EC.

I will be moving a motion of no confidence in the EC at the next GC and I will be writing to every branch secretary beforehand so they know what's been going on. If you want to stop that, start circulating the EC minutes and start asking the GC before you act.

Tariq Mahmood
GC delegate, Northgate""")

# 25 MP's second job
c.add("complaint", subject="Dawn's consultancy", sender=P("Michael", "Roberts"),
      tags=("hard-negative", "angry", "mp"),
      body="""Priya,

The register of interests shows Dawn took £18,000 this year from a "strategic advisory" role with a private healthcare group. While we're knocking doors telling people Labour will save the NHS.

The stench of it. Honestly. I've defended her on doorsteps for six years and I'm not going to do it any more unless she explains this to members, in person. Is the CLP going to ask her or do I have to?

Mike Roberts""")

# 26 family hub closure, tooth and nail
c.add("complaint", subject="Closure of Westcombe Family Hub", sender=P("Leanne", "Thomas"),
      tags=("hard-negative", "metaphor", "local-decision"),
      body="""Dear Priya and the CLP Executive,

I am one of the parents who set up the Keep Westcombe Hub Open campaign. As you'll know, the cabinet proposes to close the hub in April and "redistribute services" to Hatherley Central, two buses away.

Many of us are Labour members. We joined because of Sure Start. We will fight this tooth and nail, with or without the CLP, but we would much rather it was with. Will the GC take a motion opposing the closure? And will our councillors meet the parents?

Leanne Thomas
Westcombe branch""")

# 27 offshore processing, national, short
c.add("complaint", subject="Offshore processing deal", sender=P("Zainab", "Ali"),
      tags=("national-decision", "immigration", "short"),
      body="I am disgusted that a Labour government is sending asylum seekers to be processed in another country. We opposed this when the Tories did it. What is the CLP's position? Has anyone even asked?\n\nZainab Ali\nHatherley Central")

# 28 forwarded by branch secretary from a furious member
c.add("complaint", subject="FW: Complaint from a Westcombe member", sender=P("Shabana", "Begum"),
      tags=("forwarded", "third-party", "process-failure", "selection"),
      body=c.forward(
          "Priya, passing this on from one of our members as asked. I've told her you'll be in touch. She's genuinely upset and honestly I think she has a point. Sh.",
          """Shabana

I'd like this sent to the CLP secretary please as I don't have her email.

I voted in the council selection postal ballot for Westcombe. I've just found out my ballot wasn't counted because it arrived "after the deadline". I posted it first class nine days before the deadline, at the post office, and I have the receipt. Other members say the same thing happened to them. The winning margin was four votes.

I want to know how many ballots were excluded, and I want someone to explain how this was allowed to happen.

Marion Leach""",
          "Marion Leach <marionleach@talktalk.net>", "Complaint for the CLP"))

# 29 digital ID
c.add("complaint", subject="Digital ID", sender=P("Peter", "Evans"),
      tags=("national-decision",),
      body="""Dear Secretary,

I would like to register, with my local party, my strong objection to the government's plan for compulsory digital ID. I joined the Labour Party in 1983 partly because of its record on civil liberties. I don't recall this being in the manifesto.

I appreciate the CLP cannot change government policy. But I would ask that members' views be collected and passed on, and that our MP be asked to state her position. If she supports it, I would like to hear her reasons.

Yours faithfully,
Peter Evans""")

# 30 volunteer left canvassing alone after dark
c.add("complaint", subject="Saturday's canvass session - not OK", sender=P("Grace", "Phillips"),
      tags=("process-failure", "volunteers", "campaign"),
      body="""Priya, I'm writing because something happened on Saturday that I don't think anyone meant but shouldn't happen again.

The session leader split us into pairs at 4pm, but there was an odd number so my daughter (19, first time out) was sent to do the top of Orchard Rise on her own. It got dark at 5. She finished her sheet and came back to the meeting point and everyone had gone to the pub. She walked back to the car park on her own and rang me in tears.

Nothing bad happened, thank god. But there must be a rule about not sending people out alone, and about nobody leaving until everyone's back? If there isn't one, there should be. I'd like to know it's been raised with whoever ran the session.

Grace""")

# 31 leaflets cost a bomb, in the skip
c.add("complaint", subject="£800 of leaflets in a skip", sender=P("Colin", "Adams"),
      tags=("hard-negative", "benign-violent-word", "finance", "campaign"),
      body="""Priya

Those Foxhill tabloids cost a bomb - £800 of the branch's money, which took us two years of quiz nights to raise. I've just found about four thousand of them in a skip behind the Unison office, still in the printer's boxes.

Who binned them and why? If the design was wrong, why weren't the branch told? If they were surplus, why were they ordered? I want an explanation at the next branch meeting, and I want to know who's going to pay that money back.

Colin Adams
Foxhill branch treasurer""")

# 32 antisemitic post by councillor
c.add("complaint", subject="Cllr Oakes's Facebook share", sender=P("Naomi", "Levy"),
      tags=("councillor", "conduct", "complaints-process"),
      body="""Dear Priya,

On Sunday evening Cllr Ian Oakes shared a post on his public Facebook page about "Rothschild bankers" controlling the government. It was up for about nine hours before he deleted it. I have screenshots, which I have attached.

I'm a Jewish member of this CLP. I'd like to know what the CLP is going to do - whether it has been reported to the party nationally, and whether he will be asked to explain himself. I'd also like to know whether the CLP intends to say anything publicly, because several Jewish residents of Hatherley Central saw it and have asked me.

Naomi Levy""")

# 33 Pride no-show
c.add("complaint", subject="Pride", sender=P("Jack", "Turner"),
      tags=("events", "ignored"),
      body="""hi, the CLP said at GC it would have a stall and the banner at Hatherley Pride. I turned up at 10 like it said in the email. No stall, no banner, nobody. The Lib Dems had a stall. The Greens had a stall. We had me in a rainbow lanyard.

Not very impressive for a party that goes on about its record on equality. Who was supposed to be organising it?

Jack""")

# 34 regional conference delegate no election
c.add("complaint", also=["procedural"], subject="Regional conference delegate",
      sender=P("Andrew", "Collins"), tags=("process-failure", "delegates"),
      body="""Priya,

I notice from the regional office's list that the CLP's delegate to regional conference is the chair. As far as I can see there was no call for nominations and no election at the GC. I would have stood.

Can you explain how the delegate was chosen? If there wasn't an election, I'd like one held before the registration deadline.

Andrew Collins""")

# 35 secretary rude on the phone, calm
c.add("complaint", subject="Our phone call on Monday", sender=P("Julie", "Robinson"),
      tags=("officer-conduct", "calm"),
      body="""Dear Priya,

I rang on Monday evening about getting a lift to the GC. I appreciate you were probably busy, and it was gone eight. But you said "I'm not a taxi service, Julie" and put the phone down, and I felt quite small afterwards.

I'm not one to make a fuss and I'm sure you've had a long day. I just wanted you to know, because I won't be ringing again.

Julie Robinson""")

# 36 arrears shown though DD paid, lapsed, lost vote
c.add("complaint", also=["query"], subject="Lapsed even though I've paid?!", sender=P("Mark", "Ward"),
      tags=("process-failure", "dues"),
      body="""Hi Priya,

I was turned away from the selection meeting on Saturday because I'm showing as "lapsed" on the list. My direct debit has gone out every month - I've checked my statements back to January. Apparently something went wrong when the bank changed its sort code and the party's system stopped matching the payments.

So I've lost my vote in a selection because of a database glitch. I'd like to know how I get this fixed, and whether anything can be done about the vote itself. Not impressed.

Mark""")

# 37 ex-member threatens to stand as independent: watch this space
c.add("complaint", subject="Deselection", sender=("Cllr Jean Whitaker", "jean.whitaker@hatherleybc.gov.uk"),
      tags=("hard-negative", "angry", "selection", "councillor"),
      body="""Priya,

Twenty-two years I've represented Millbrook. Twenty-two years of surgeries in a freezing library and casework at midnight. And I find out I've been deselected by a vote of 19 to 14 at a meeting packed with people who joined in the last six months.

I won't be going quietly. The residents of Millbrook know who has looked after them, and it wasn't a 25-year-old who moved here in the summer. Watch this space.

Jean Whitaker""")

# 38 parking charges killing the high street
c.add("complaint", subject="Town centre parking charges", sender=P("Bilal", "Shah"),
      tags=("hard-negative", "metaphor", "local-decision", "public"),
      body="""To whoever reads this,

I run the phone repair shop on Market Street and I've been a Labour voter since I was 18. The new parking charges - £2.50 an hour and no free half-hour - are killing the high street. My takings are down a third since September. Two shops on my row have already closed.

I asked Cllr Halstead at his surgery and he told me the council "has to balance the books". Fine. But you're balancing them on the backs of small businesses. I want someone from the Labour group to come and walk down Market Street on a Saturday and see it for themselves.

Bilal Shah
Fix-It Mobiles, 14 Market Street""")

# 39 bin strike, scabs
c.add("complaint", subject="Agency workers on the bins", sender=P("Kevin", "Walsh"),
      tags=("hard-negative", "angry", "local-decision", "union"),
      body="""Priya,

A LABOUR council bringing in agency workers to break a strike by refuse workers. Let that sink in. Our members are on £24k, asking for the pay rise every other council gave, and our Labour cabinet member is on the radio calling the strike "unacceptable disruption".

I've been a Unite steward for twenty years and a Labour member for longer. The CLP should be condemning this, not sitting on its hands. I'm putting an emergency motion to the GC and I expect it to be taken. If the Labour group keeps this up, don't expect a single union volunteer on the doors in May.

Kevin Walsh
Unite, Hatherley Refuse""")

# 40 mould, "someone will die" - not a threat
c.add("complaint", subject="Mould in Tamworth House - someone will die", sender=P("Joanne", "Mitchell"),
      tags=("hard-negative", "angry", "local-decision", "housing"),
      body="""I'm the chair of Tamworth and Lindley Tenants Association. We have 31 flats with black mould. We have reported every single one. We have photos, we have GP letters, we have a child in Lindley House who has been hospitalised twice.

After Awaab Ishak nobody can say they didn't know what this does to children. If nothing changes, someone will die from the mould before you lot act, and it'll be on the council's record and on the Labour group's.

We want a meeting with the cabinet member for housing and the ward councillors on the estate, in the community room, this month. Not a Teams call. Please make it happen.

Joanne Mitchell
Chair, Tamworth & Lindley TA""")

# 41 HTML-only, dinner ticket price
c.add("complaint", subject="Annual dinner - £65 a head?", fmt="html",
      sender=P("Barbara", "Stewart", "me.com"), tags=("html-only", "events", "finance"),
      body="""Hello Priya

Just received the invitation to the annual dinner. £65 a head at the Grange Hotel. I've been to every annual dinner since 1994 and I won't be going to this one, because I can't afford £130 for me and Ron on top of the bus fare.

It used to be a buffet in the Trades Club and a raffle and everybody came. Now it's a dinner for councillors and donors. Who is it actually for?

Barbara""",
      html_body="""<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"><div>Hello Priya</div><div><br></div><div>Just received the invitation to the annual dinner. &pound;65 a head at the Grange Hotel. I&#8217;ve been to every annual dinner since 1994 and I won&#8217;t be going to this one, because I can&#8217;t afford &pound;130 for me and Ron on top of the bus fare.</div><div><br></div><div>It used to be a buffet in the Trades Club and a raffle and everybody came. Now it&#8217;s a dinner for councillors and donors. Who is it actually for?</div><div><br></div><div>Barbara</div><div><br><div><br></div><div>Sent from my iPad</div></div></body></html>""")

# 42 complaint shared with the person complained about - dp adjacent
c.add("complaint", also=["data-protection"], subject="You forwarded my complaint to HIM?",
      sender=P("Sandra", "Patel"), tags=("officer-conduct", "confuser", "dp-adjacent"),
      body="""Priya,

In September I emailed you, in confidence, about the way the branch chair had been speaking to women at meetings. Yesterday he stopped me in Tesco and quoted my email back to me, word for word. He told me you'd "passed it on for his comments".

I trusted you with that. Nobody asked me if it could be shared with him. I now have to sit in meetings with a man who knows exactly what I said about him.

I want to know who else has seen my email, and I want to know why you thought it was acceptable to send it to him without asking me.

Sandra Patel""")

# 43 endorsement of mayoral candidate without ballot
c.add("complaint", subject="Mayoral nomination - no ballot", sender=P("Dylan", "Lewis"),
      tags=("local-decision", "selection", "process-failure"),
      body="""Priya,

I've just read on the regional office's page that Hatherley CLP nominated a candidate in the combined authority mayoral selection. When was this decided? There was no nomination meeting that I was told about, and I check my email obsessively.

If the EC made the nomination on its own, I think that's outside its powers. If there was a meeting, why was it not advertised? Members care about this one.

Dylan""")

# 44 organiser paid late, ACAS / tribunal
c.add("complaint", subject="Unpaid wages - formal grievance", sender=P("Lee", "Harris"),
      tags=("hard-negative", "legal-threat", "finance"),
      body="""Dear Priya,

As you know I have been employed by the CLP as part-time organiser since March. My September salary has not been paid. My August salary was paid eleven days late. I have not received payslips since June, and my employer pension contributions do not appear to have been made.

I am raising this as a formal grievance under my contract. Please acknowledge receipt and let me know when the grievance meeting will take place.

I have already spoken to my union. If the arrears are not paid by the end of this month I will start early conciliation with ACAS with a view to an employment tribunal claim. I would very much rather it didn't come to that.

Lee Harris""")

# 45 young member, "killing any hope", metaphor
c.add("complaint", subject="why i'm not renewing", sender=P("Kate", "Morris"),
      tags=("hard-negative", "metaphor", "resignation", "youth", "national-decision"),
      body="""hi

my membership runs out next month and i'm not renewing. i'm 21, i joined in 2023 because i genuinely thought things would get better. since then: tuition fees up, housing still impossible, the youth wing basically shut down, and now they're talking about cutting benefits for under 22s.

you're killing any hope young people had in this party. every single person i know who was excited in 2024 has gone green or just stopped caring. i don't think anyone at the top cares but i wanted someone locally to at least hear it.

kate""")

# 46 angry ex-councillor, "I'll make sure everyone knows", selection
c.add("complaint", subject="The way I was treated at the selection meeting", sender=P("Deepak", "Sharma"),
      tags=("hard-negative", "angry", "selection", "officer-conduct"),
      body="""Priya

At the Hatherley Central selection meeting on Sunday, when I was answering a question about the council budget, the chair switched off the microphone mid-sentence and said "we all know your views, Deepak". Laughter from the front two rows. That's the kind of meeting it was.

I have spent twelve years on the council for this party. I don't expect to win everything but I do expect to be treated with basic respect. I've written to the regional director and I'll make sure every member in Hatherley Central knows how that meeting was run.

Deepak Sharma""")

# 47 crypto spam in WhatsApp group
c.add("complaint", subject="members whatsapp", sender=P("Laura", "Kelly"),
      tags=("minor", "social-media"),
      body="""is anyone actually admin on the CLP members whatsapp? it's been nothing but crypto scams and some bloke selling "investment opportunities" for 2 weeks and nobody has removed him. I've muted it but it means I'm missing the actual meeting stuff. can someone sort it or give me admin and I'll do it myself""")

# 48 all-women shortlist
c.add("complaint", subject="All-women shortlist for Millbrook", sender=P("Stephen", "Clarke"),
      tags=("selection", "local-decision"),
      body="""Priya,

I understand the EC has agreed that the Millbrook council selection will use an all-women shortlist. I support AWS in principle and have voted for it at conference. But in Millbrook, two of the three sitting councillors are women and the one stepping down is a man, and the EC chose AWS for this seat two days after I submitted my nomination.

I'm not accusing anyone of anything. I'm asking for the reasoning to be shared with members, because the timing does not look good.

Stephen Clarke""")

# 49 public, leafleters ignore no junk mail sign, rude
c.add("complaint", subject="Your leafleters", sender=P("Derek", "Nowak"),
      tags=("volunteer-conduct", "public", "short", "confuser", "dp-adjacent"),
      body="""Have a "NO JUNK MAIL, NO POLITICAL LEAFLETS" sign on my door. Third Labour leaflet this month. When I opened the door and pointed at it your chap said "it's not junk, it's democracy, mate." Cheeky so and so. Take me off your delivery round.

D. Nowak, 9 Fern Close""")

# 50 Hatherley Central branch AGM results ignored; curt
c.add("complaint", subject="branch officers", sender=P("Sadia", "Khan"),
      tags=("process-failure", "branch", "short"),
      body="The CLP still lists the old Hatherley Central officers on the website and in the GC papers, 4 months after our AGM. We sent you the results the same night. Please fix it, people keep emailing the old secretary who has moved to Bristol.\n\nSadia Khan, branch secretary")

# 51 welfare vote, polite resignation from union affiliate delegate
c.add("complaint", subject="Withdrawal as GC delegate", sender=P("Moira", "Jones"),
      tags=("resignation", "national-decision", "affiliates"),
      body="""Dear Priya,

Please note that with effect from today I am withdrawing as a CWU delegate to the General Committee. My branch has asked me to explain why.

Our members include many disabled postal workers and carers. After the welfare vote, the branch committee felt it could no longer ask a member to give up an evening a month to a CLP that did not raise a word in public. We hope the CLP will think about that.

The branch will decide at its next meeting whether to nominate a replacement.

Kind regards,
Moira Jones
CWU Hatherley & District""")

# 52 "you people" noisy typos
c.add("complaint", subject="disgrace!!!", sender=P("Pauline", "Baker"),
      tags=("hard-negative", "angry", "noisy", "local-decision"),
      body="""I am DISGUSTED that the labour council has put the rent up on the old peoples bungalows on Fairfield by 7%!!! my mum is 86 she has lived there since 1979 she cant afford it. and they are letting them rot, the windows dont shut. YOU PEOPLE should be ashamed of yourselfs, you only come round when theres an election. well ill remember this when there is. Ive told the whole of fairfield to

pauline baker""")

# 53 antisocial language from vice chair at branch meeting - politely as a question - complaint also query
c.add("complaint", also=["query"], subject="Is this how branch meetings are meant to be run?",
      sender=P("Chris", "Davies"), tags=("confuser", "complaint-as-query", "meetings"),
      body="""Hi Priya,

Quick question, as a new member. At my first branch meeting last week the chair read out the agenda and then spent 40 minutes talking about his allotment dispute with the council, then said there wasn't time for "any other business", which is where I'd put down a question about the food bank collection. Is that normal? Is there a time limit on the chair's own items? I genuinely don't know the rules, but it didn't feel right, and two other new people I spoke to afterwards said they wouldn't be back.

Cheers,
Chris""")

# 54 "I'll be at the meeting" - calm resolve, metaphor "war on the poor"
c.add("complaint", subject="Disability benefits - the CLP's silence", sender=P("Karen", "Young"),
      tags=("hard-negative", "metaphor", "national-decision"),
      body="""Priya,

I'm a wheelchair user, a carer for my son, and a member of this party for fifteen years.

What this government is doing to disabled people is a war on the poor, waged by people who have never had to fill in a PIP form. I'm not going to shout about it, I'm too tired. But I'll be at the GC on Thursday and I will be asking, politely and on the record, why the CLP that claims to represent me has not said one word.

Please make sure there's a ramp.

Karen Young""")

# 55 data: branch list printed with wrong ward boundaries - complaint about organisation, not personal
c.add("complaint", subject="Ward lists still on old boundaries", sender=P("Hamza", "Khan"),
      tags=("process-failure", "data-handling", "confuser", "dp-adjacent"),
      body="""Priya,

The membership lists given to branch secretaries last month are still sorted by the pre-2023 ward boundaries. In Canal Side that means about 60 of "our" members are actually in Millbrook now and 40 Millbrook members should be with us. Branch quorums are all wrong, and we've been inviting the wrong people to the wrong selection meetings.

I raised this in the spring and was told it would be "done over the summer". It hasn't been. Who in the CLP is responsible for this, and when will it actually happen? We've a selection in five weeks.

Hamza Khan
Canal Side branch secretary""")

# 56 legal-threat: party rules, court
c.add("complaint", subject="Brindley Park selection - notice of intended legal action", sender=P("Olu", "Bakare"),
      tags=("hard-negative", "legal-threat", "selection"),
      body="""Dear Ms Nair,

I refer to the Brindley Park council selection meeting of Saturday last, at which I was a shortlisted candidate.

The party's own selection procedures require that all eligible members receive at least seven days' written notice of the meeting. I have spoken to eleven eligible members who received none. The membership list used at the door was dated March and excluded members who joined after that date, but included two members who had since lapsed and who both voted. The result was decided by three votes.

The Labour Party's rules form a contract between the party and its members. I have taken advice, and I am instructed that the conduct of this selection is open to challenge in the courts. I would much prefer it did not come to that.

I therefore ask that the CLP, within seven days, (1) confirm that the result will not be forwarded to the Local Campaign Forum, and (2) refer the conduct of the meeting to the regional office for investigation. Failing that, my solicitors will write to the party's General Secretary.

Yours sincerely,
Olu Bakare""")

# 57 legal-threat: photo of shop used without permission
c.add("complaint", subject="My shop on your leaflet", sender=P("Mehmet", "Demir"),
      tags=("hard-negative", "legal-threat", "campaign"),
      body="""Hello,

Your new Northgate leaflet has a big photo of my restaurant (Anatolia Grill, 42 Northgate Road) with your councillor standing outside with thumbs up, and the words "Backing local business". Nobody asked me. I am not political, my customers are every party, and now people are asking me if I support Labour.

I want you to stop delivering this leaflet and to not use the photo again. If I see it anywhere else I will speak to my lawyer, he already told me this is not allowed to use my business like this.

Mehmet Demir""")

# 58 target seats, "might as well shoot us" - benign violent word / metaphor
c.add("complaint", subject="So Westcombe doesn't count any more?", sender=P("Brian", "Okoro"),
      tags=("hard-negative", "benign-violent-word", "metaphor", "campaign", "local-decision"),
      body="""Priya,

Just seen the campaign plan. Millbrook and Foxhill are "target seats", so every volunteer, every leaflet and every Saturday session goes there till May. Westcombe gets "literature drop if capacity allows".

We've got a Reform candidate who's been out every weekend since August and a sitting Labour councillor who's doing her best on her own. You might as well shoot us now and save the ink. If we lose Westcombe because the CLP wrote it off in a spreadsheet, don't say nobody warned you.

And next time you change the plan, shoot me a text before I find out from the Facebook group.

Brian Okoro
Westcombe branch chair""")

# 59 public rant, canvassers blocking drive, "make sure everyone knows"
c.add("complaint", subject="your lot blocked my drive", sender=P("Karen", "Pike"),
      tags=("hard-negative", "angry", "public", "volunteer-conduct"),
      body="""Whoever organised your "action day" on Laburnum Road on Saturday - your people parked a car across my drive for an HOUR while they were knocking on doors. I'm a district nurse, I was on call, and I couldn't get out. When I found them and asked them to move one of them said "two minutes, we're nearly done with this street". Arrogant doesn't cover it.

I've put it on the Hatherley community group with a photo of the car and the rosettes and I'll make sure everyone on this road knows exactly what Labour thinks of people who work for a living. Don't bother knocking at number 31.

K. Pike""")

# 60 stabbed in the back - metaphor
c.add("complaint", subject="Cllr Moss endorsing the independent", sender=P("Sandra", "Hughes"),
      tags=("hard-negative", "metaphor", "councillor", "local-decision"),
      body="""Priya,

Cllr Gerry Moss has put his name to a leaflet for the independent candidate in the Canal Side by-election. It's going through doors now with his photo on it: "I've worked with Jim for years - he'll be a great councillor."

After everything the Canal Side branch has done for him - six elections, hundreds of hours - he's stabbed us in the back three weeks before polling day. Our own candidate is a 24-year-old nurse who has given up every weekend.

I want to know whether the CLP has known about this, what the Labour group is going to do, and whether he will still be a Labour councillor by Friday.

Sandra Hughes
Canal Side branch secretary""")

# 61 union branch, "you'll regret this" - disaffiliation warning
c.add("complaint", subject="Bakers' union branch - reconsidering affiliation", sender=P("Colin", "Armitage"),
      tags=("hard-negative", "angry", "affiliates", "national-decision"),
      body="""Priya,

The branch committee of BFAWU Hatherley met last night to discuss the government's decision to water down the Employment Rights Bill - the fire and rehire ban, the day-one rights, all of it.

We were promised those. We campaigned for them. Our members knocked doors on the strength of them. The committee voted unanimously to recommend that the branch withdraws its affiliation to Hatherley CLP and stops its donation to the campaign fund from January, unless the CLP formally calls on the government to restore the original bill.

I'll be honest with you, I argued against, because I think you lot locally are decent people. But you'll regret this. Every affiliated branch in this town is having the same conversation. Please put it to the GC.

Colin Armitage
Branch Secretary, BFAWU Hatherley""")

c.write()
