"""train/tt2: threats buried in routine party business, and routine business with strong
but harmless endings (Kelvin North CLP, Glasgow). All content hand-written.

20 safety messages whose threat sits in a signature, P.S., middle paragraph or last line of
otherwise ordinary CLP business, and 20 hard negatives of the same shapes."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tt2", seed=5611)
P = c.person
SEC = "Jamie Rennie <clp.secretary@kelvinnorthlabour.org>"

# ===================================================================== safety (20)

# 1 motion; the threat is in the signature line
c.add("safety", subject="Motion - Lambhill sports centre", sender=P("Gerry", "Boyle"),
      tags=("embedded", "veiled", "implicit", "home-address", "threat-in-signature"),
      body="""Jamie,

Lambhill branch motion for the GC on the 20th:

"Kelvin North CLP opposes the proposal by Glasgow Life to close Lambhill Sports Centre and calls on our Labour councillors to vote against it at the City Administration Committee. The centre is the only affordable gym and swimming pool within two miles for 9,000 residents."

Moved: Gerry Boyle
Seconded: Annie McGlinchey

Ta,

Gerry Boyle
Lambhill branch | PS tell Macaulay the buzzer on his close at Kilmun Street still doesnae work, anybody can walk right up to his door""")

# 2 apologies to the members' list; P.S. aimed at the chair
c.add("safety", subject="[KN-members] Apologies for Thursday",
      sender=P("Stacey", "Cairns"),
      headers=c.list_headers("KN-members", domain="groups.kelvinnorthlabour.org"),
      tags=("embedded", "list", "veiled", "implicit", "threat-in-ps"),
      body="""Apologies from me for Thursday's GC, working a double at the Royal. Can whoever is taking notes post them on here after please.

Stacey

PS to whoever's chairing. Rab Kerrigan had better hope they've fixed the lights in the Ruchill church car park by then. It gets awful dark round the back where he parks, and there's folk who've been waiting a long time to catch him on his own.

--
You received this message because you are subscribed to the KN-members group.
To unsubscribe send an email to kn-members+unsubscribe@groups.kelvinnorthlabour.org""")

# 3 room booking query; the MP's surgery routine at the end
c.add("safety", subject="Hearing loop at the Burgh Halls?", sender=P("Isobel", "Craw"),
      tags=("embedded", "veiled", "implicit", "routine", "threat-at-end"),
      body="""Hello Jamie,

For the pensioners' forum you're booking in the Maryhill Burgh Halls in January, could you check the room has a working hearing loop? Three of our group wear aids and the last place we were in was hopeless. Also is there a lift, or is it the big stair?

Many thanks.

Oh, and you can let Fiona Strachan know I've got her surgery timetable on my fridge. First and third Fridays, back door onto the lane, usually away by half twelve. She doesnae need to bother replying to my letters any more. I'll speak to her myself.""")

# 4 subject access request; stalking paragraph in the middle
c.add("safety", also=["data-protection"], subject="Subject Access Request",
      sender=P("Callum", "Dorrian"),
      tags=("embedded", "stalking", "veiled", "home-address", "threat-in-middle"),
      body="""To the Data Protection Officer, Kelvin North CLP

Under the UK GDPR I request a copy of all personal data the CLP holds about me, including canvass records, emails between officers mentioning me, and any notes from the disciplinary complaint made against me in March.

I have a fair idea which of your officers passed my details to the regional office. I have been keeping an eye on her flat in Firhill Road for a few weeks now. Her light goes off about eleven. She will find out soon enough what it feels like when somebody else knows where you are.

Please respond within the statutory one month.

Callum Dorrian
Membership no. A0774311""")

# 5 minutes correction as an Outlook-style reply; threat on the last line
c.add("safety", subject="RE: Draft minutes GC 16 October", sender=P("Frank", "Devlin"),
      tags=("embedded", "quoted", "veiled", "routine", "threat-at-end"),
      body=c.quote_reply(
          """Jamie

Two things on your draft.

Item 3 - you have the Summerston motion as "withdrawn". It was not withdrawn, it was ruled out of order by the chair and I challenged the ruling. The challenge was lost 14-11. Put that in.

Item 9 - my apologies for the September GC were sent and are not recorded.

You've been writing these minutes to suit yourself for a year now. Keep going the way you are, son, and one of these nights you'll not make it as far as the bus stop on Maryhill Road.

F Devlin""",
          """Dear all,

Please find attached the draft minutes of the GC held on 16 October for any corrections before they go to the November meeting for approval.

Jamie Rennie
Secretary, Kelvin North CLP""", quoted_from=SEC, style="outlook"))

# 6 non-native (Urdu speaker): self-nomination, then a report of a note on her car
c.add("safety", subject="Nomination for BAME officer and one problem",
      sender=P("Shazia", "Iqbal"),
      tags=("embedded", "non-native", "third-party-report", "implicit", "threat-in-middle"),
      body="""Assalamualaikum Jamie,

I want to nominate myself for BAME officer of the CLP. Brother Tariq from Gairbraid branch will second me, he say he will send email also. I am member since 2019 and I was organising the Eid food parcels with the councillor.

Also I must tell you one thing and I am little bit frightened. Last Tuesday when I come out from the Gairbraid community centre after the ward meeting, there was paper under the wiper of my car. It was my photo from the CLP website, printed, and on it somebody write "we know this car and we know this house, go back home". My husband say go to police but I don't want trouble for the party. What I should do?

Please tell me also date for the AGM.

Shukriya,
Shazia Iqbal""")

# 7 query about the GC format; veiled warning about the councillor at the end
c.add("safety", subject="Is the GC in person this time?", sender=P("Hughie", "Tolland"),
      tags=("embedded", "veiled", "conditional", "threat-at-end"),
      body="""Jamie, is the next GC in person or on Zoom? I cannae do the stairs at the Halls since my knee op so if it's in the upstairs room I'll need the Zoom link.

And if Macaulay's going to be there in person he'd better get somebody to drive him home after. Folk in Lambhill have long memories about what he did to St Agnes's and there's a few of them been asking when his next public meeting is.

Hughie""")

# 8 student, txt style: reduced rate query; doxxing of a councillor's daughter with "not a threat"
c.add("safety", subject="student membership??", sender=P("Kayleigh", "Muir"),
      tags=("embedded", "noisy", "doxxing", "children", "veiled", "threat-at-end"),
      body="""hiya is there still a student rate for membership bc im at strathclyde now and the full one is a lot. do i have to send proof or just tick the box on the website

also lowkey someone shd tell cllr macaulay his daughters insta is public and ppl in the summerston group chat r screenshotting her stuff n posting where she works. not a threat or anything just saying he might want to think about that before the next vote 👀

thanks!! x""")

# 9 urgent print collection tomorrow; threat in the middle
c.add("safety", also=["urgent"], subject="Summerston leaflets - collect 8am TOMORROW",
      sender=P("Brendan", "Hagan"),
      tags=("embedded", "conditional", "veiled", "threat-in-middle"),
      body="""Jamie,

Clydeprint have finally got the Summerston by-election leaflets done, 4,500 of them, but they need collected by 8am tomorrow or they go to the back of the queue because of a big council job. I can't get the van till 10. Can you or anybody with a car get there? 41 Bilsland Drive, ask for Kenny.

That's the third time our print run's been "lost" at the EC stage. Tell Morag that whoever keeps cancelling Summerston's orders will be getting a delivery of their own at home one of these nights, and it won't be paper.

Once they're collected they can go in the storeroom at the Halls, key's with the janitor.

Brendan""")

# 10 reply to the Burns supper mailing; menace about the MP's taxi
c.add("safety", subject="Re: Burns Supper tickets now on sale!", sender=P("Alasdair", "Munro"),
      tags=("embedded", "veiled", "implicit", "coming-date", "newsletter-reply", "threat-at-end"),
      fmt="alt",
      body="""Put me down for two tickets, veggie haggis for the wife. I'll bring cash on the night.

And since you're asking about "special guests": Fiona Strachan should know there'll be a lot of us outside the Halls that night, not inside. We'll be waiting on her taxi. She's dodged every one of us since July.""")

# 11 forward from the MP's office manager: casework email with stalking at the end
c.add("safety", subject="Fwd: Housing repair - Mr D. Kane - PLEASE READ END",
      sender=("Lorna Hendry", "lorna.hendry@parliament.example.uk"),
      tags=("embedded", "forwarded", "third-party-report", "stalking", "conditional", "threat-at-end"),
      body=c.forward(
          """Jamie - flagging this to the CLP as well as to the police, since he mentions Fiona's home. This is a constituent we've been helping with damp in a Wheatley flat. The first four paragraphs are routine. Please don't forward further.

Lorna Hendry
Office Manager, Fiona Strachan MP""",
          """Dear Ms Strachan

This is my sixth email about the mould in the back bedroom at 2/1, 18 Shawpark Street. My son has asthma. Wheatley sent a man who painted over it with white paint and left. The extractor fan still does not work. The window in the kitchen does not close.

Your office said in August they would "chase this". In September they said it had been "escalated". In October nobody answered.

I am not a violent person but I am at the end. You have until Friday to get this fixed or I will be at your house, not your office. I have already been past it twice. Nice street. Quiet.

D Kane""",
          "Dominic Kane <dkane.shawpark@gmail.com>", "Mould AGAIN"))

# 12 web form: volunteering; concern-troll warning about the organiser's routine
c.add("safety", subject="New submission: Volunteer with us", sender=c.form_robot(),
      reply_to=("Stevie Quinn", "stevieq1984@hotmail.co.uk"),
      tags=("embedded", "webform", "veiled", "implicit", "routine", "threat-at-end"),
      body=c.webform({
          "Name": "Stevie Quinn",
          "Email": "stevieq1984@hotmail.co.uk",
          "Phone": "07700 900412",
          "How can you help?": "Data entry / phone bank",
          "Availability": "Monday and Wednesday evenings",
          "Anything else?": "Happy to help with data entry. Also your organiser walks her dog round Ruchill Park every morning about 6, always the same path by the flagpole. Somebody should tell her it's not safe for a lassie on her own up there at that time. You never know who's watching.",
      }, form="Volunteer with us"))

# 13 expenses query; intimidation at the next EC at the end
c.add("safety", subject="printing expenses - still waiting", sender=P("Marie", "Gallacher"),
      tags=("embedded", "veiled", "intimidation", "coming-date", "threat-at-end"),
      body="""Jamie,

I submitted receipts for £86.40 for the Firhill branch printing on 3 September (Clydeprint invoice 2291 and £12 of envelopes from Rymans). Morag says she never got them. I've attached them again. Can you make sure they get to her this time?

Tell Rab I'm done asking nicely about anything. Next EC I'm bringing a few of the boys from the Firhill end and they'll be standing right behind his chair, every meeting, till he learns some manners. Let's see how many motions he rules out then.

Marie""")

# 14 agenda query; wish-harm against the chair
c.add("safety", subject="Why is our motion not on the agenda", sender=P("Joe", "Cassidy"),
      tags=("embedded", "wish-harm", "veiled", "threat-at-end"),
      body="""Jamie

Ruchill branch sent its motion on the council's cleansing cuts to you on 2 October, well before the deadline. It's not on the GC agenda. Can you explain why, and will it be taken under any other business?

I'll say this once. If something happened to Kerrigan on his way to the GC, I'd not be shedding any tears, and neither would half this CLP. He should think on that before he bins another branch motion.

Joe Cassidy
Ruchill branch secretary""")

# 15 shared-document comment notification (robot shape, no list headers)
c.add("safety", subject="Alan Dunn commented on \"Leaflet rota - November\"",
      sender=("Alan Dunn (via Google Sheets)", "comments-noreply@docs.google.com"),
      tags=("embedded", "notification", "veiled", "implicit", "routine", "threat-at-end"),
      body="""Alan Dunn commented on Leaflet rota - November

Comment on cell B14 ("Gairbraid Ave - unassigned")

Alan Dunn
I'll do Gairbraid Ave and Kelvindale Rd on the Sunday. Leave the bundle at the Halls.
@Nasreen Aziz by the way we all know your shift pattern at the Western now. Nights this week isn't it. Long walk to the car park at 7am.

Reply
Open

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because you are a collaborator on the document "Leaflet rota - November". Change what Google Sheets sends you.""")

# 16 apologies + change of address; threat in P.S. about a route home
c.add("safety", subject="apologies + new address", sender=P("Kenny", "Donachie"),
      tags=("embedded", "veiled", "implicit", "routine", "threat-in-ps"),
      body="""Hi Jamie

Apologies for the GC. Also I've moved, new address is 0/2, 7 Cowal Street, G20 0PB, could you update me on the system and let the Firhill branch know.

Kenny

PS you'll not see me at the GC but Kerrigan will see me soon enough. I know fine well which way he walks home from Firhill after the Jags, and which close he cuts through.""")

# 17 long conference delegate report with a following incident in the middle
c.add("safety", subject="Delegate report - Scottish Labour conference",
      sender=P("Eilidh", "Rankin"),
      tags=("embedded", "third-party-report", "following", "long", "threat-in-middle"),
      body="""Dear Jamie,

Please find below my report as CLP delegate to Scottish Labour conference in Dundee, for circulation with the GC papers.

Friday: Registration was chaotic but fine. I attended the Women's Conference fringe on childcare funding, which was excellent, and the LGBT+ Labour reception.

Saturday: The main debates were on the NHS recovery plan, local government finance and the Scottish Parliament manifesto process. Our CLP's contemporary motion on council funding was composited with four others and carried overwhelmingly. I spoke in favour (two minutes, I was terrified). I voted for the NHS statement and against the reference-back on the manifesto timetable, as mandated by the GC.

Something the GC needs to know, and which I've already raised with the conference safety team and Police Scotland: on Saturday evening a man who'd been in the public gallery followed Cllr Aziz from the Caird Hall to her hotel on Nethergate. He stayed across the road for over an hour and was photographing the hotel entrance. He'd earlier shouted at her in the foyer about the Gaza vote and called her by her home street. Nasreen is OK but very shaken. The police have his details. I think the CLP should discuss what support it can offer, and whether her address is anywhere public.

Sunday: Anas Sarwar's speech. Votes on the rule changes; the CLP's position on the one-member-one-vote change was followed.

Expenses: train £48.20, hotel £112 (two nights, shared). Receipts to Morag.

Eilidh Rankin
CLP delegate""")

# 18 arrears query; CAPS explicit threat on the last line
c.add("safety", subject="arrears letter", sender=P("Tam", "Brogan"),
      tags=("embedded", "explicit", "noisy", "threat-at-end"),
      body="""Got a letter saying I'm in arrears. I pay by standing order every month since 1998, the bank says it's going out. Who do I speak to about this because it's not me that's wrong.

AND IF THAT WEE RAT MACAULAY SHOWS HIS FACE IN THE SUMMERSTON SOCIAL CLUB AGAIN HES GETTING LEATHERED. TELL HIM THAT FROM ME

Tam""")

# 19 data breach complaint (CC'd list); turns into a doxxing threat
c.add("safety", also=["data-protection"], subject="You've put my email out to 200 people",
      sender=P("Gillian", "Rooney"),
      tags=("embedded", "doxxing", "conditional", "veiled", "threat-at-end"),
      body="""Your "Kelvin North campaign update" has gone out with everybody's addresses in the CC line. Mine included. I've already had two emails from people I don't know. That is a data breach, I'm not a lawyer but I know that much, and I want to know what you're doing about it.

Mind you, it works both ways. I've now got all of yours as well, and your names, and Google is a wonderful thing. Let's see how your officers like being found. I've started with the chair.""")

# 20 standing orders item; spaced-out conditional threat
c.add("safety", subject="Re: GC agenda item 5 - suspension of standing orders",
      sender=P("Declan", "Mulgrew"),
      tags=("embedded", "noisy", "conditional", "coming-date", "threat-at-end"),
      body="""Jamie

On item 5: the chair needs a two thirds majority to suspend standing orders under the CLP's own SOs (para 14). If he tries to do it on a simple majority again I'll be challenging from the floor and I'd like that noted in advance.

And a word of advice for Thursday. If that vote goes through the way it's been rigged, some-one is going to get h u r t in that hall. I'm not joking and I'm not going to be the only one there who thinks it.

D. Mulgrew""")

# ===================================================================== hard negatives (20)

# 21 motion; ultimatum of a no-confidence motion
c.add("procedural", subject="Motion - two-child limit", sender=P("Siobhan", "Coyle"),
      tags=("hard-negative", "ultimatum", "angry"),
      body="""Dear Jamie,

Summerston branch submits the following motion for the next GC:

"Kelvin North CLP calls for the immediate abolition of the two-child limit, which pushes over 2,000 children in this constituency into poverty, and asks our MP to vote for abolition at every opportunity."

Moved: Siobhan Coyle. Seconded: Patrick Reilly.

If Fiona votes against abolition again, Summerston branch will be bringing a motion of no confidence in her to the GC, and we've got the numbers.

Siobhan Coyle
Summerston branch secretary""")

# 22 apologies; hyperbole
c.add("procedural", subject="Apologies", sender=P("Ewan", "Lockhart"),
      tags=("hard-negative", "benign-violent-word", "short"),
      body="""Apologies from me for tonight Jamie. I'd rather stick pins in my eyes than sit through another three hours on standing orders, but I promise I'll be there next month. Honest.

Ewan""")

# 23 urgent double booking tonight; metaphor
c.add("urgent", subject="Halls double-booked TONIGHT", sender=P("Morag", "Gillies"),
      tags=("hard-negative", "metaphor", "venue-change"),
      body="""Jamie, the Burgh Halls have double-booked the main room for tonight, there's a ceilidh for the primary school. They've offered us the wee room upstairs, which holds 20 and we're expecting 40 for the hustings. Can you ring the library on Shawpark St and see if the community room is free from 7? I'm stuck at work till 6.

It's been a bloodbath for bookings this month. Never again with these people.

Morag""")

# 24 formal SAR with a solicitor
c.add("data-protection", subject="Data request", sender=P("Anthony", "Mulholland"),
      tags=("hard-negative", "legal-threat"),
      body="""Dear Sir/Madam,

Please provide copies of all information the CLP holds on me, including all correspondence between officers about my membership application, which was rejected in August without explanation.

I have instructed Hendry & Co, solicitors, who will be in touch if this is not received within one month. I intend to pursue this as far as necessary.

Yours faithfully,
Anthony Mulholland""")

# 25 hustings ID query; "shoot me a text"
c.add("query", subject="ID for selection hustings?", sender=P("Precious", "Nwosu"),
      tags=("hard-negative", "benign-violent-word"),
      body="""Hi Jamie, do I need photo ID to vote at the selection hustings on the 30th, or just my membership number? And is there a crèche? If easier, shoot me a text on 07700 900871.

Thanks
Precious""")

# 26 leaving the party
c.add("complaint", subject="I'm out", sender=P("Jim", "Laverty", "btinternet.com"),
      tags=("hard-negative", "angry", "resignation"),
      body="""Jamie,

Cancel my membership and my direct debit. After 44 years, winter fuel, the two-child limit and now the disability cuts, I'm done. My father was a Clydeside shop steward, he'd be ashamed of what this party has become.

You've lost me, and the way you're going you'll lose the seat.

James Laverty""")

# 27 Gaza complaint; "blood on her hands"
c.add("complaint", subject="Fiona's vote", sender=P("Yasmin", "Rafiq"),
      tags=("hard-negative", "metaphor", "angry", "national-decision"),
      body="""Jamie,

I want it recorded that I think our MP has blood on her hands over the arms sales vote. I've knocked doors for her in Gairbraid every election since 2017. Not again.

I want the CLP to debate this at the next GC and I want to know whether she'll come and explain herself to members. I'll be there to have my say.

Yasmin Rafiq""")

# 28 thanks after a by-election; "battered them"
c.add("other", subject="THANK YOU Ruchill!", sender=("Cllr Nasreen Aziz", "nasreen.aziz@councillors.glasgow.example.gov.uk"),
      tags=("hard-negative", "metaphor", "thanks"),
      body="""Jamie, can you pass this on to everyone who came out?

We absolutely battered them in Ruchill. 1,842 to 1,101. Forty-three of you came out on the last Saturday in the rain and I will never forget it. Drinks on me at the Munro on Friday from 7.

Nasreen x""")

# 29 nomination for the Holyrood panel; "take the SNP apart"
c.add("procedural", subject="Nomination for Holyrood selection - Maryhill", sender=P("Paul", "Kerr"),
      tags=("hard-negative", "metaphor", "nomination"),
      body="""Dear Jamie,

Firhill branch nominates Cllr Nasreen Aziz for the Scottish Parliament selection for Maryhill and Springburn. The branch meeting on 11 November voted 17-2 in favour. Minutes attached.

She's a fighter and she'll take the SNP apart on the doorstep in Maryhill.

Paul Kerr
Firhill branch secretary""")

# 30 young member query; "these exams are killing me"
c.add("query", subject="bake sale still on?", sender=P("Rhona", "Easson"),
      tags=("hard-negative", "benign-violent-word"),
      body="""hi jamie is the young labour bake sale still on this saturday at the halls? i can bring brownies but cant stay long, these exams are killing me. what time do we need to be there

rhona""")

# 31 chair's conduct; "won't be polite"
c.add("complaint", subject="Conduct of the chair at the GC", sender=P("Bernadette", "Kelly"),
      tags=("hard-negative", "angry", "officer-conduct"),
      body="""Jamie,

I'd like to make a formal complaint about the chair's conduct at Thursday's GC. Rab Kerrigan shouted down two young women members who were speaking on the Gaza motion, told one of them to "sit down hen", and refused to let anyone from Gairbraid speak at all.

I've been at GCs for fifteen years. This was the worst I've seen. I'll be raising it at the next meeting and I will not be polite about it.

Bernadette Kelly""")

# 32 take me off your list (joined the SNP)
c.add("data-protection", subject="stop texting me", sender=P("Lewis", "McAra"),
      tags=("hard-negative", "angry", "dp-no-legal-words"),
      body="""Take me off your list. I left Labour in May and I've joined the SNP. I've had four texts, two leaflets with my name on and a guy at the door. Don't text me, don't knock on my door, don't put my name on anything. Delete me.""")

# 33 graffiti on the office, dealt with by police
c.add("other", subject="the shutter", sender=P("Davie", "Macaulay"),
      tags=("hard-negative", "police-dealt"),
      body="""Jamie - for the EC's info. The boy who spray-painted "SELLOUTS" on the office shutter in October was charged last week, the council's graffiti team have cleaned it off, and the landlord's insurance has covered the repaint. Nothing needed from the CLP. Just closing it off so it's not on the EC agenda again.

Davie""")

# 34 minutes correction with humour
c.add("procedural", subject="minutes correction (pedantic, sorry)", sender=P("Catriona", "Baird"),
      tags=("hard-negative", "metaphor", "short"),
      body="""Jamie - item 7 of the EC minutes. I did not describe the council budget as "a car crash". I described it as "a slow-motion car crash with the indicators on". I'd like my full words recorded please. It's the only good line I've had all year.

Catriona""")

# 35 branch suspension; "watch this space"
c.add("complaint", also=["query"], subject="Why was Gairbraid branch suspended?",
      sender=P("Tariq", "Hameed"),
      tags=("hard-negative", "angry", "confuser", "complaint-as-query"),
      body="""Jamie,

Our branch has been told by email that it is "suspended pending review" and that we cannot meet. Nobody has said who decided this, under which rule, or for how long. We had 31 people at our last meeting, more than any other branch.

I'd like an explanation, in writing, of who made this decision. And watch this space at the AGM. We'll be there, all of us.

Tariq Hameed""")

# 36 key-holder ill before tonight's count
c.add("urgent", subject="count tonight - I'm out, need someone with the key",
      sender=P("Ross", "Halliday"),
      tags=("hard-negative", "benign-violent-word"),
      body="""Jamie I'm dying here, 39.4 and can barely stand. I've got the key for the storeroom with all the count stuff, tally sheets and the banner. Can someone come to mine at 18 Crosbie St before 5 to pick it up? I'll leave it in an envelope in the letterbox of the close door. Sorry!!

Ross""")

# 37 treasurer's retirement, dark humour
c.add("other", subject="Finally retiring!", sender=P("Morag", "Gillies"),
      tags=("hard-negative", "dark-humour"),
      body="""Jamie,

Twelve years as treasurer and I'm finally stepping down at the AGM. I've done the handover notes for whoever takes it on, and the bank mandate forms are in the blue folder.

If anybody tries to hand me the cash box back after the AGM I'll set the dog on them. He's a fourteen-year-old Westie with no teeth, but still.

Thanks for everything,
Morag""")

# 38 query about the MP's security leaflet
c.add("query", subject="Operation Bridger leaflet - anything for branches?", sender=P("Grant", "Shearer"),
      tags=("hard-negative", "news-about-threats"),
      body="""Hi Jamie,

Fiona's office sent round the Operation Bridger advice leaflet for MPs and their staff, after the attacks on MPs' offices down south. Does any of it apply to branch officers? Should we be doing anything different about the office, like not leaving the door on the latch during surgeries?

Grant""")

# 39 conference delegate report; "a massacre"
c.add("procedural", subject="Report from the regional policy forum", sender=P("Aileen", "Forsyth"),
      tags=("hard-negative", "metaphor"),
      body="""Jamie,

Short report for the GC from the regional policy forum on Saturday.

Housing: broad agreement on a target of 110,000 affordable homes. Our submission on rent controls was noted.
Local government: the session on council funding was a massacre for the front bench - every single CLP that spoke said the settlement is not enough.
Transport: Clyde Metro, nothing new.

Full notes to follow.

Aileen""")

# 40 selection process; NEC and the Scottish Exec
c.add("complaint", also=["query"], subject="Council selection - process stinks", sender=P("Graham", "Dunlop"),
      tags=("hard-negative", "angry", "escalation"),
      body="""Jamie,

Nobody in Lambhill branch was told the council selection for Ward 16 had opened until two days before the deadline. The panel interviews were on a weekday afternoon when anyone with a job couldn't come. The whole thing stinks to high heaven.

Who chose the dates? I'm taking this to the Scottish Executive Committee and the NEC if I have to.

Graham Dunlop""")

c.write()
