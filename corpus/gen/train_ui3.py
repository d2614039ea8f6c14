"""train/ui3: "the one sentence that matters in a long letter", part 3 (Carrowfield & Dunmere CLP,
a North East seat: the old steel and port town of Dunmere, the market town of Carrowfield, and the
wards of Dunmere Harbour, Carrowfield North, Pitfield, Ellerby and St Hild's). All content
hand-written.

The secretary is Bernadette Quigley. Chair Ged Rafferty, treasurer Moira Henderson, MP Rob
Tranter (office on Front Street, caseworker Katie Lowther), councillors Siobhan Doherty
(Ellerby), Ken Nixon (Dunmere Harbour) and Paul Armstrong (cabinet member for transport), Ellerby
branch secretary Mo Gibson. Live rows: the downgrade of the A&E at Carrowfield General, the
closure of the Dunmere works and job losses at the port, the asylum hotel on the Esplanade,
the axed number 14 bus, winter fuel, PIP and welfare cuts, a parliamentary selection. GCs are at
Pitfield Community Hall; the local paper is the Carrowfield Echo.

Every message is long (250-700 words) and about ordinary business; one sentence in it matters.
26 safety and 34 non-threats carrying one strong sentence that is not menace (10 complaint,
5 query, 6 procedural, 3 urgent, 4 data-protection, 3 other, 3 bulk)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ui3", seed=7103)
c.clp = ("Carrowfield & Dunmere CLP", "Bernadette Quigley", "secretary@carrowfielddunmerelabour.org.uk")
P = c.person
D = c.date
SEC = "Bernadette Quigley <secretary@carrowfielddunmerelabour.org.uk>"

# 1 ------------------------------------------------------------------ safety: A&E casework, conditional menace in the middle
c.add("safety", subject="Carrowfield General A&E - my wife, and what I want the party to do",
      sender=("Gary Tindall", "gary.tindall@btinternet.com"), date=D(300),
      tags=("embedded", "conditional", "veiled", "implicit", "long"),
      body="""Dear Mrs Quigley,

My wife Lorraine has been a nurse in the A&E at Carrowfield General for twenty-two years. I'm writing because she won't, because she's frightened of losing her job, and because I'm sick of watching what this is doing to her.

You'll know the health board has confirmed the A&E will be "reconfigured" into an urgent treatment centre from April, open 8am to 10pm, with anything serious going to Sunderland or Middlesbrough. That's 29 miles from Dunmere. On a good day, with the A19 clear, that's forty minutes in an ambulance. On a bad day, and there are plenty, it's over an hour. Lorraine has seen what happens to people with a stroke or a heart attack when the first hour goes. She comes home and doesn't talk.

The staff were told in a meeting that lasted twenty minutes. There was no consultation that anyone in Dunmere heard about. There was an online survey. The health board says 1,400 people responded. There are 90,000 people in this constituency.

I went to the public meeting at the Dunmere Harbour Institute. The health board chair, Dr Whitcombe, sat at the front with a PowerPoint and said "clinical safety" eleven times. I counted. When people tried to ask about ambulance times she said the figures "weren't available tonight".

She lives on Priory Walk in Carrowfield, by the way. The big detached house at the end with the bay windows and the electric gates. I've stood outside it. I went there the night after that meeting and stood on the pavement for half an hour looking at all that glass, all lit up, and I thought about what I could throw through it. I didn't. I went home. But I want somebody to know that I stood there, and that next time, if one more person from Dunmere dies in the back of an ambulance on the A19, I don't know that I'll walk away, and I'm not the only husband in Dunmere who feels that way.

What I want from the Labour Party is simple. I want Rob Tranter to stop "raising concerns" and start fighting. I want the council's health scrutiny committee to refer the decision to the Secretary of State. I want the CLP to organise a proper public meeting, in Dunmere, not in Carrowfield, where people can say what they think to somebody who can do something about it.

Gary Tindall
Dunmere""")

# 2 ------------------------------------------------------------------ complaint: A&E, 'this will kill people'
c.add("complaint", subject="A&E downgrade - why is Rob Tranter not fighting this?",
      sender=("Dr Aileen McGuire", "aileen.mcguire@gmail.com"), date=D(295),
      tags=("long", "hard-negative", "metaphor", "angry"),
      body="""Dear Bernadette,

I'm a retired consultant anaesthetist. I worked at Carrowfield General for twenty-six years, including nine as clinical director for critical care, and I've been a party member for longer than that. I'm writing to complain, as strongly as I can, about the response of our MP and our CLP to the decision to downgrade the A&E.

Let me be clear about what the decision means, because I don't think the health board has been straight with people. An urgent treatment centre is not an emergency department. It can deal with sprains, cuts and minor illnesses. It cannot deal with major trauma, stroke, heart attack, sepsis, a child who stops breathing, or a woman bleeding after childbirth. Those patients will now be taken past Carrowfield, up the A19, to a department that is already over capacity. The health board's own modelling, which I have read and which has not been published, assumes that the ambulance service will absorb the extra journeys within existing resources. It won't. It can't.

I don't say this lightly, and I'm aware of how it sounds, but this decision will kill people. Literally. Not in a metaphorical, political-leaflet sense. People in Dunmere and Pitfield who would have survived a cardiac arrest or a major bleed with a twenty-minute journey will not survive a fifty-minute one. I've sat at enough bedsides to know.

So why has Rob Tranter's response been a press release saying he has "sought assurances"? Assurances from whom? The people who made the decision? Why did he not speak at the health board meeting? Why has the CLP not passed a motion? Why was the public meeting in Dunmere organised by the residents' group and not by us? The Lib Dems have been handing out "Save Our A&E" leaflets on Front Street every Saturday for a month, and we have been handing out leaflets about bins.

I'd like the CLP to:

1. Pass a motion at the next GC opposing the downgrade and calling for a referral to the Secretary of State.
2. Ask Rob Tranter to meet clinicians, including retired ones like me, who can explain the risks in detail.
3. Organise, or join, a public campaign, with a petition and a march.

I'm happy to speak at the GC. I'm happy to help write the motion. I've been a loyal member through a lot of things I disagreed with, but I won't be loyal about this.

Aileen McGuire
St Hild's branch""")

# 3 ------------------------------------------------------------------ safety: winter fuel rant, stalking the MP's train in the second half
c.add("safety", subject="Winter fuel. Again.", sender=("Norman Pybus", "norman.pybus@talktalk.net"), date=D(285),
      tags=("embedded", "stalking", "veiled", "implicit", "long"),
      body="""To the Secretary,

I'll be 81 in March. I was a fitter at the Dunmere works for 38 years, man and boy, and a union man the whole of that time. I've been in the Labour Party since 1962 and I've delivered your leaflets in every election since, in the rain, up and down the terraces in Pitfield where half the doors are too stiff to open and the letter boxes have brushes in them that take the skin off your knuckles.

My wife and I have just had our first winter without the fuel payment. We're about £30 a week over Pension Credit, which means nothing. I've been told by the young lad at Rob Tranter's office that we should "check our entitlement". I have checked our entitlement. I've checked it four times. We aren't entitled. We're just cold.

We've turned the heating down to 17 and we sit in the back room with the door shut and a blanket each. My wife has COPD. Her consultant told her to keep warm. I told him to write to the Chancellor.

I was at the branch meeting when the Chair said it was "a difficult decision taken to restore the public finances". Twenty-odd pensioners sat there and nodded like we'd been told the bus was cancelled. I didn't nod.

Rob Tranter was elected on the backs of men like me. I stood on the Front Street stall for him in the snow in 2024. Now he's in London four days a week and he won't even hold a surgery in Dunmere, only Carrowfield. I know exactly how much time he spends up here because I've seen him on the platform. He takes the 7.10 from Carrowfield to King's Cross every Monday, coach B, always on his own, no minder, standing at the far end of the platform by the bike racks with his coffee, where the camera doesn't reach. I've stood a few yards from him three Mondays running now and he's never once looked up. One of these Mondays somebody won't be as polite as me, and nobody at that end of the platform will see a thing.

Reinstate the payment. It's not much to ask for people who built this town.

Norman Pybus
Pitfield""")

# 4 ------------------------------------------------------------------ query: lone canvassing after a story in the news
c.add("query", subject="Lone canvassing - what's the CLP's policy?", sender=("Rachel Tait", "rachel.tait@outlook.com"), date=D(280),
      tags=("long", "hard-negative", "news-about-threats"),
      body="""Hi Bernadette,

Quick question (which has turned into several questions, sorry).

I'm a member in Carrowfield North and I've started doing a bit of leafleting and canvassing since Christmas, mainly with the Saturday group from the Labour Club. I really enjoy it. But I work shifts at the call centre and often the only time I can do any is a weekday afternoon, when there isn't a group going out.

Is it OK to go out on my own with leaflets? And what about canvassing on my own, with the app? I've been told different things by different people. One person said "everyone does it, just be sensible", another said the party has a rule against it.

The reason I'm asking now is that I saw the story in the Northern Echo last week about the woman in the West Midlands who was attacked while delivering leaflets on her own for a council by-election. She was pushed down some steps by a man who didn't like her party, and she broke her arm. It's obviously a very rare thing and I don't think Carrowfield North is that kind of place at all. I've had nothing but friendly people on the doorstep, apart from one man who told me his views on the asylum hotel for ten minutes while his dog licked my hand. But it did make me think I should know what the rules are, rather than assume.

So:

1. Is there a CLP or party policy on lone working?
2. If I do go out on my own, should I be telling someone where I am? Is there a sign-in system?
3. Is there any training on doorstep safety, or on what to do if someone gets aggressive?
4. Are there any streets we're told not to do on our own?

I'd also be interested in any other daytime volunteering, if lone leafleting turns out to be a no-no.

Thanks!
Rachel""")

# 5 ------------------------------------------------------------------ safety: asylum hotel, 'measured' letter with doxxing in the middle
c.add("safety", subject="The Esplanade Hotel - a residents' view", sender=("Dunmere Seafront Residents", "dunmereseafront@protonmail.com"),
      date=D(275), tags=("embedded", "doxxing", "veiled", "implicit", "long"),
      body="""Dear Secretary,

We are writing on behalf of a group of residents who live on and around the Esplanade in Dunmere. We want to set out our concerns about the use of the Esplanade Hotel to house asylum seekers, calmly and in writing, because we feel that every time we raise them in public we are shouted down and called names.

First, the facts as we understand them. The hotel has been used by the Home Office since last summer. It now houses around 180 men. There was no consultation with residents or, we are told, with the council. The contract runs until at least next March.

Second, our concerns. They are not about race or religion. They are about numbers, services and honesty. Our GP surgery closed its list to new patients in October. The seafront toilets have been shut since the summer. The police presence on the Esplanade has gone from a PCSO twice a week to nothing. We have been told repeatedly that the hotel is "temporary", and it has been there for over a year.

Third, the politics. We have written to Rob Tranter four times and received the same letter four times. The three Labour councillors for Dunmere Harbour voted at full council against a motion calling on the Home Office to set an end date for the contract. We would like to know why.

We should tell you, so that you are not surprised, that feelings on the seafront have hardened a great deal in the last month. The names and home addresses of the three councillors who voted against the motion, and of Mr Tranter's constituency staff, have been put together and are on our residents' group chat, which has over 900 members. Some of them are making plans about what to do with that information, and quite a few of the people in the group are not the sort who write letters. We have no control over that. We would suggest that the councillors and staff concerned think about that before the next vote.

We are asking for: an end date for the contract; a public meeting with the MP, in Dunmere; and a reply that is not the same letter as the last four.

Dunmere Seafront Residents""")

# 6 ------------------------------------------------------------------ complaint: winter fuel, 'the party is dead to me'
c.add("complaint", subject="Resigning - winter fuel and the rest of it", sender=("Eileen Brannigan", "eileen.brannigan@sky.com"),
      date=D(270), tags=("long", "hard-negative", "metaphor", "angry"),
      body="""Dear Bernadette,

I've been putting this off for months, but I've finally done it. I've cancelled my direct debit and I'm resigning from the Labour Party after 47 years. I'm writing to you because you've always been kind to me and I didn't want you to find out from a computer.

I joined in 1978, when I was a dinner lady at Pitfield Juniors. I've been branch secretary, branch chair and women's officer. I was on the picket line at the works in '80 with a flask and a baby in a pram. I've knocked on more doors in Pitfield than the postman. I've buried a husband who was a Labour councillor for twenty years, and half the people at his funeral were party members.

I've stayed through everything. I stayed through Iraq, which nearly finished me. I stayed through the years in opposition when the party seemed to have forgotten there was anything north of Birmingham. I stayed because I believed that when we got back in, things would change for people like the ones I grew up with.

Then the first thing you did was take the winter fuel payment off pensioners. Not the rich ones. Mine. The women in my street who are a few pounds over Pension Credit and have never claimed a thing in their lives. And then the two-child limit stayed. And then the PIP cuts. And the A&E, which I know isn't the government exactly, but nobody in the party seems to be fighting it.

As far as I'm concerned the party is dead to me now. I've taken my card out of my purse, where it's been for 47 years next to a photo of my Jim, and I've torn it in half. I'm not proud of that. I cried doing it.

I'm not going to the Greens or Reform or anybody else. I'm just going home. If the party ever remembers who it's for, it knows where I live. It's the same house it's always been.

Please give my best to Moira and to the Pitfield branch. Tell them it was nothing personal. It was the most personal thing in the world.

Eileen Brannigan""")

# 7 ------------------------------------------------------------------ safety: ward query with a P.P.S. about the councillor's daughter
c.add("safety", subject="Ward boundaries and polling station - Ellerby/St Hild's", sender=("Derek Stobbart", "derek.stobbart@gmail.com"),
      date=D(262), tags=("embedded", "veiled", "implicit", "stalking", "threat-at-end", "long"),
      body="""Hello,

I wonder if you could help me with something the council website has made very confusing.

I live on Ellerby Lane, at the top end near the roundabout. For the last two elections I've voted at Ellerby Methodist Church. My poll card for the by-election next month says I'm now in St Hild's ward and my polling station is St Hild's Primary School, which is a mile and a half away and up a hill. My neighbours on the other side of the road are still in Ellerby. I didn't know there'd been a boundary change and I'm not sure it's right.

Could you tell me:

1. Is the top of Ellerby Lane now in St Hild's ward, and when did that happen?
2. Was there any consultation? I'd have liked to have had a say.
3. Who are my councillors now? Is Siobhan Doherty still my councillor or is it someone else?
4. Can I vote at Ellerby Methodist instead, since it's closer? I have a bad hip.
5. If not, how do I apply for a postal vote, and is there still time?

I realise this isn't strictly a party matter, but your leaflet said to get in touch with any questions, so I have.

Many thanks,

Derek Stobbart

PS I'll be honest, I'm not a Labour voter, I'm Reform these days, but I'm not daft and I know who to ask.

PPS Please pass on to Cllr Doherty that I saw her daughter's netball team won on Saturday at the leisure centre. Lovely girl. Tall for her age, the ponytail, plays goal attack, Ellerby Juniors, under-12s, Saturday mornings at ten, isn't it. I was watching from the car park. Tell her mum she wants to be more careful what she votes for at full council, with a girl that age to think about.""")

# 8 ------------------------------------------------------------------ procedural: A&E motion, 'death sentence'
c.add("procedural", subject="Motion for GC: Save Carrowfield General A&E (St Hild's branch)",
      sender=("Aileen McGuire", "aileen.mcguire@gmail.com"), date=D(255),
      tags=("long", "hard-negative", "metaphor"),
      body="""Dear Bernadette,

As promised, St Hild's branch met on Wednesday and agreed the following motion for the next GC (proposed by me, seconded by Lawrence Okoye, carried 23-0-1). I understand that a motion on a health board decision is in order as it concerns a matter of public policy in the constituency; if the officers think otherwise, I'd be grateful for an explanation in writing before the agenda is circulated.

MOTION: SAVE CARROWFIELD GENERAL A&E

This CLP notes:
1. The decision of the health board on 14 October to reconfigure the emergency department at Carrowfield General Hospital as an urgent treatment centre, open 8am-10pm, from April.
2. That patients with major trauma, stroke, cardiac arrest and other life-threatening emergencies will instead be taken to Sunderland or Middlesbrough, up to 29 miles away.
3. That the consultation ran online for six weeks over the summer holidays and received responses from fewer than 2% of the population served.
4. That the health board's own risk register identifies "increased time to definitive care" as a high risk.

This CLP believes:
1. That the downgrade is a death sentence for Dunmere as a place where families and older people can live with confidence, and will cost lives.
2. That the decision is the result of national workforce shortages and years of underfunding, not of any failure by the staff of Carrowfield General, who are magnificent.
3. That a Labour government should not allow a community of 90,000 people to be left without a 24-hour emergency department.

This CLP resolves:
1. To call on the council's health scrutiny committee to refer the decision to the Secretary of State for Health and Social Care.
2. To ask Rob Tranter MP to seek an urgent meeting with the Secretary of State, and to support the campaign publicly.
3. To support, and ask branches to support, the Save Carrowfield A&E campaign's petition and march.
4. To write to the health board asking for the publication of its full clinical and ambulance modelling.

I'll move it. I'd also like to ask whether two A&E nurses could attend as observers to answer delegates' questions. They've asked not to be named in the papers.

With thanks,
Aileen McGuire
Secretary, St Hild's branch""")

# 9 ------------------------------------------------------------------ safety: one item in a branch report (car keyed, note)
c.add("safety", subject="Dunmere Harbour branch report - November", sender=("Trevor Lamb", "trevor.lamb.dunmere@gmail.com"),
      date=D(250), tags=("embedded", "third-party-report", "conditional", "long"),
      body="""Bernadette,

Branch report for the GC below. Apologies for lateness, I've had the grandkids all week.

DUNMERE HARBOUR BRANCH REPORT

Meeting. Met 6 November, Harbour Institute, 19 present. Speaker was Sandra from the Save Carrowfield A&E campaign. Standing room only, which at the Institute means about three people standing. The branch agreed unanimously to support St Hild's motion on the A&E.

Campaigning. Two sessions on the Esplanade and the Fisher's Row estate, about 300 doors. Main issues: the A&E (by a mile), the works closure, the hotel (strong feelings both ways, some very hostile doorsteps on the Esplanade), the 14 bus. A lot of "you're all the same". A lot of Reform posters in windows that weren't there last year.

Works closure. The branch has written to the company and to the Secretary of State for Business asking for a meeting with the unions and the council about a transition plan. We have had an acknowledgement from the company. We'd like the CLP to back the letter.

Councillor report. Cllr Nixon reported on the council budget and on the hotel. He then told the branch, and asked that the CLP be told, that on the morning of the 2nd he came out of his house on Fisher's Row to find the word TRAITOR scratched into the driver's door of his car, deep, down to the metal, and a note pushed under the wiper: "We know where you live. Next time it won't be the car, it'll be you." He's reported it to the police and given them the note. He was very calm about it at the meeting, but his wife isn't, and frankly neither are we. Several members offered to walk him home. The branch would like the CLP to discuss what support it can give him and whether the officers should contact regional office.

Fundraising. The Harbour Institute bingo raised £118.

AOB. The Institute's boiler is broken again. Bring a coat.

Trevor Lamb
Branch Secretary, Dunmere Harbour""")

# 10 ----------------------------------------------------------------- data-protection: canvass data on a lost phone
c.add("data-protection", subject="I've lost my phone with the canvassing app on it - what do I do?",
      sender=("Liam Forster", "liam.forster99@gmail.com"), date=D(245),
      tags=("long", "hard-negative", "benign-violent-word", "dp-no-legal-words", "confuser"),
      body="""Hi Bernadette,

I'm really sorry to be emailing about this, and I'm kicking myself, but I think I need to tell someone.

On Saturday I was out canvassing with the Carrowfield North group, doing the streets around the park. We finished about 1pm, went for a pint at the Labour Club, and then I got the bus home. Somewhere between the Labour Club and my flat, I lost my phone. I've been back to the club, rung the bus company, checked the lost property at the station, and put a post on the Carrowfield Community Facebook page. Nothing. I'm fairly sure it fell out of my pocket on the bus.

The problem is that the canvassing app was on it, and I was logged in. I'd been using it all morning. I think it would have shown the names, addresses and some of the canvass data for about three streets, maybe 200 houses: who we'd spoken to, how they said they'd vote, and any notes we'd put in. Some of the notes were things like "elderly, lives alone", "postal vote", "don't knock - dog". I also had the WhatsApp group for the Carrowfield North canvassers on it, which has about thirty members' phone numbers.

The phone has a PIN, a six-digit one, but I don't think the app logs you out automatically, so if somebody got past the PIN, they'd be in.

I've done what I can think of: I've changed my password for the app on my laptop, and I've rung my network and had the SIM blocked. I've also tried "Find my phone" but it's switched off or dead.

So, what else do I need to do? Is there someone at the party I have to report it to? Can the app be remotely logged out? Do the people on those streets need to be told? I really don't want to make this bigger than it is, but I also don't want to be the idiot who lost everyone's data and said nothing.

My mum says I'd lose my head if it wasn't screwed on, and honestly, on the evidence of this week, she has a point.

I'm on my old phone now, same number as on my membership.

Sorry again,
Liam""")

# 11 ----------------------------------------------------------------- safety: motion covering email, conditional line about the port men
c.add("safety", subject="Motion on the Dunmere works closure - please circulate", sender=("Jimmy Coulson", "jimmy.coulson@hotmail.co.uk"),
      date=D(242), tags=("embedded", "conditional", "veiled", "long"),
      body="""Bernadette,

Motion below from me and the lads in the GMB branch at the port, for the GC. We've got it proposed and seconded through Dunmere Harbour branch (Trevor has the minute). It's been a long time coming.

MOTION: A FUTURE FOR DUNMERE'S WORKERS

This CLP notes:
- That the owners of the Dunmere works have announced closure by the end of next year, with the loss of 640 direct jobs and an estimated 1,500 in the supply chain and at the port.
- That the works has been the biggest employer in Dunmere for 120 years.
- That no transition plan has been put forward by the company, the combined authority or the government.
- That the Labour manifesto promised a "just transition" for industrial communities.

This CLP believes:
- That a just transition means a plan agreed with the workers and their unions, before the jobs go, not a leaflet about retraining handed out in the canteen after.
- That Dunmere cannot lose its works, its A&E and its bus service in the same two years and be expected to survive as a town.

This CLP resolves:
- To call on the government to convene a Dunmere taskforce, with the unions at the table, within three months.
- To ask Rob Tranter MP to secure a meeting with the Secretary of State for Business for the works and port union reps.
- To support the unions' campaign, including the rally on the 30th.

That's the motion. I'd like to move it myself and I'd like two of the lads to speak.

I'll tell you straight, Bernadette, because you've always been straight with me. The men at the port are past angry. There's lads who've been there thirty years who are going to lose everything, their houses some of them. They've had enough of motions and meetings and MPs who "share their concerns". If this GC votes it down or fobs it off to the Executive, I can't be responsible for what some of them do to the officers who sit on their hands. I'm not saying it to frighten anyone. I'm saying it because it's true, and because I'd rather you heard it from me than found out in the car park after.

Jimmy Coulson
GMB, Dunmere port branch""")

# 12 ----------------------------------------------------------------- urgent: market stall tomorrow, police advice about a demo
c.add("urgent", subject="Tomorrow's Front Street stall - police say move it, decision needed tonight",
      sender=("Ged Rafferty", "ged.rafferty.chair@gmail.com"), date=D(236),
      tags=("long", "hard-negative", "confuser", "news-about-threats"),
      body="""Bernadette,

Sorry to land this on you at teatime, but we need to decide tonight.

I've just had a call from Sergeant Pollard at Carrowfield police station (the neighbourhood team, the one who came to the GC about canvassing safety). There's a demonstration planned for tomorrow outside the Esplanade Hotel in Dunmere, organised through a couple of national Facebook pages, with a counter-protest from Stand Up to Racism and the trades council. The police expect a few hundred people on each side. They're bringing in officers from Newcastle and Durham. It's been in the Echo and on Look North tonight.

Our stall is booked for Front Street in Carrowfield, 10 till 1, which is four miles away, so it's not directly affected. But Sergeant Pollard says they're expecting some people to move on from Dunmere into Carrowfield town centre in the afternoon, as happened in Sunderland last summer, and that with every spare officer tied up at the Esplanade, there won't be much cover in Carrowfield. He was very careful to say there's no intelligence about us or anybody specific. His advice was either to finish by 12, or to move the stall inside, to the Labour Club or the library foyer, or to postpone.

My own view: we finish by 12, we pack up quickly, and we don't have anyone on the stall on their own at any point. We don't wear rosettes on the way there or back. And we tell people to go home afterwards rather than to the café. But I know some of the younger members want to go to the counter-protest instead, and I'm not going to tell them not to, as long as they don't go in party colours.

What I need from you tonight:

1. A yes or no on finishing at 12.
2. Can you email the stall rota (it's on the shared drive) and let them know the change? There are eight of them.
3. Can you ring Moira, who's got the gazebo and the leaflet boxes in her garage, and let her know we'll be packing up early?

I'm around all evening. Ring me rather than email if it's easier.

Ged""")

# 13 ----------------------------------------------------------------- safety: quoted thread from a councillor (resident's threat in the quote)
c.add("safety", subject="Re: FW: Bins on Ellerby Terrace", sender=("Cllr Siobhan Doherty", "siobhan.doherty@carrowfield.gov.example.uk"),
      date=D(230), tags=("embedded", "quoted", "third-party-report", "veiled", "stalking", "long"),
      body=c.quote_reply("""Bernadette,

Thanks for passing Mr Cowie's email on to me. I've spoken to the waste team, and they've agreed to send the small lorry to Ellerby Terrace from next week, which should solve the missed collections. I've written to him to tell him.

But I'm replying to you, rather than just filing it, because I want you to read his email properly, down to the bottom, which I suspect you didn't have time to do when you forwarded it. The last paragraph.

I've had bad emails before. Everybody has. This one I didn't like. He knows what time I leave in the morning and where I park, and the bit about my daughter's school run is accurate, which means he's been watching. I don't want to overreact, and I don't know the man from Adam. But I've given a copy to the police this afternoon and they're going to "have a word", and I've asked my husband to do the school run for now.

Could you keep a copy on the CLP file, please, in case he turns up at a branch meeting or a surgery? And could we talk about whether someone from the branch could sit in with me at the Saturday surgery for a few weeks?

Siobhan""",
      """---------- Forwarded message ---------
From: Bernadette Quigley
To: Siobhan Doherty
Subject: FW: Bins on Ellerby Terrace

Siobhan, this came to the CLP address - can you pick it up? Thanks, B

---------- Forwarded message ---------
From: R. Cowie
Subject: Bins on Ellerby Terrace

To the Labour Party,

The bins on Ellerby Terrace have been missed four times since September. The lorry can't get down because of the parked cars. The council's answer is that we should bring the bins to the end of the terrace, which is 200 yards, downhill one way and uphill back, and I'm 74.

I've written to Cllr Doherty three times. No reply.

I'll tell you something else for nothing. I know exactly what time Siobhan Doherty leaves her house on a morning, ten past eight, with the girl in the back of the car for the school run, and where she parks at the council offices. I've been paying attention, because I've had plenty of time to while I wait for somebody to answer me. She might want to find the time to answer a pensioner's letter, before somebody less patient than me decides to have a word with her in that car park.""",
      quoted_from="Bernadette Quigley <secretary@carrowfielddunmerelabour.org.uk>", style="gmail"))

# 14 ----------------------------------------------------------------- query: dues on a pension, dark humour
c.add("query", subject="Membership rate for retired members and paying by cheque",
      sender=("Walter Henderson", "walter.henderson@btinternet.com"), date=D(226),
      tags=("long", "hard-negative", "benign-violent-word"),
      body="""Dear Mrs Quigley,

My son-in-law has set up this email address for me, and I'm told it's working, so I hope this reaches you.

I have been a member of the Labour Party since 1959, which I think makes me one of the longest-serving members in the constituency, although I'm sure somebody in Pitfield will dispute it. I've always paid my subscription by cheque, once a year, in January, to the branch treasurer, first to Bill Maddison and then to Moira's predecessor, Tom, who passed away in the summer. This year I sent my cheque to Tom's old address, not knowing, and his widow very kindly sent it back to me with a note.

So I have three questions.

First, who do I now send my cheque to, and for how much? I'm retired, obviously. I'm 87. I used to pay the retired rate, which I think was £20-something a year, but I've had a letter from London saying the rate has changed and something about "direct debit only for new members". I'm not a new member. Am I still allowed to pay by cheque?

Second, the letter from London also says my membership has "lapsed" because of non-payment. I'd like that put right, because I don't want my 66 years to have a gap in them at this stage, just because the post went to the wrong house. Is there a way to backdate it?

Third, and I say this half in jest, is there a rate for members over 85? Between the council tax, the water rates and the TV licence that I now have to pay again, my pension goes out faster than it comes in. At this rate the bills will see me off before the doctor does. My late wife used to say I'd outlive the lot of them out of sheer awkwardness, and so far she's been right.

I'm still quite able to fold leaflets at the kitchen table, if anyone would like to bring me some. I can't do the doors any more, my knees won't allow it.

Yours sincerely,

Walter Henderson
Carrowfield North""")

# 15 ----------------------------------------------------------------- safety: forwarded thread from the MP's office, anonymous message about the caseworker
c.add("safety", subject="Fwd: RE: RE: Casework query - ref 22/1187", sender=("Rob Tranter MP (office)", "office@robtranter.example.org.uk"),
      date=D(220), tags=("embedded", "forwarded", "third-party-report", "stalking", "implicit", "long"),
      body=c.forward("""Bernadette - Mark from Rob's office here. Forwarding this chain because one of the messages in it came via the CLP contact form before it reached us, so it may still be in your inbox too.

The casework itself is a PIP mandatory reconsideration that we're dealing with and which has now been resolved in the constituent's favour (good news). But the second message down is not from the constituent. It came from a different email address, replying to the chain, which means someone has access to his email or he's forwarded it on. It's about Katie. She's seen it, she's OK but shaken, and the police have it. We've changed her hours and she's not doing the Front Street office on her own for the time being.

Can you let us know if anything similar has come to the CLP? And please don't use Katie's name in any CLP emails or minutes for now.

Mark
Office Manager""",
      """From: Katie Lowther
Subject: RE: RE: Casework query - ref 22/1187

Dear Mr Sowerby, I'm very pleased to tell you that DWP has overturned its decision on your PIP mobility component on mandatory reconsideration, and you will receive the enhanced rate backdated to August. You should get a letter within ten days. Do let me know if there's anything else. Best wishes, Katie Lowther, Caseworker

---

From: justsaying2024@proton.example
Subject: RE: Casework query - ref 22/1187

Katie. Nice name. We know where you park on a morning, the blue Corsa on Cross Street behind the Front Street office, the one with the dent in the back and the parking permit for the hospital on the dash. We know you leave at 5.15 and walk up Cross Street on your own. We'd vary your route if we were you. Pass it on to your boss.

---

From: Katie Lowther
Subject: RE: Casework query - ref 22/1187

Dear Mr Sowerby, thank you for sending the copy of the decision letter. I've now written to DWP to request a mandatory reconsideration on your behalf and will let you know as soon as I hear. Best wishes, Katie

---

From: Dennis Sowerby
Subject: Casework query - ref 22/1187

Dear Mr Tranter, I was awarded nothing for mobility at my PIP reassessment. I can't walk more than 50 yards. Please can you help. Dennis Sowerby""",
      orig_from="Katie Lowther <katie.lowther@robtranter.example.org.uk>", orig_subject="RE: RE: Casework query - ref 22/1187",
      style="outlook"))

# 16 ----------------------------------------------------------------- complaint: ignored by an officer, strong sentence in the P.S.
c.add("complaint", subject="Still no minutes, still no answer", sender=("Lawrence Okoye", "lawrence.okoye@outlook.com"),
      date=D(215), tags=("long", "hard-negative", "angry", "confuser"),
      body="""Bernadette,

I don't like writing emails like this, but I've run out of other options.

I'm the St Hild's branch delegate to the GC and, since September, the branch's political education officer. In September I asked the CLP Vice-Chair (Policy), Colin Moffat, three straightforward things by email:

1. For a copy of the minutes of the CLP policy forum held on 2 July, which I attended and which agreed to set up a working group on the A&E. The minutes were never circulated.
2. For the date of the first meeting of that working group, which I volunteered for at the forum.
3. For the CLP's response to the regional policy consultation, which I understood was due in October and which the forum was supposed to contribute to.

I've had no reply to that email, or to the three follow-ups I sent in October, November and December. I've raised it with him in person twice, at GCs, and both times he's said "I'll get back to you". When I asked at the December GC under matters arising, he said "the working group is in hand", and the Chair moved on.

I don't think the working group exists. I don't think the minutes exist. And I'm fairly sure the CLP didn't respond to the regional consultation at all, which, given that the A&E is the biggest issue in the constituency in twenty years, is pretty remarkable.

I understand Colin is a volunteer and has a job and a family. So do I. If he can't do the role, he should say so, and someone else will. But you can't just not answer a member for four months.

I'd like you, as Secretary, to:

(a) find out whether the minutes of the policy forum exist and, if they do, circulate them;
(b) tell me whether there is an A&E working group and, if not, put its establishment on the next Executive agenda;
(c) find out whether the CLP responded to the regional consultation.

Lawrence Okoye
St Hild's branch

P.S. If I don't get answers before the February GC, I will be raising this at the GC under correspondence, and I'll read out every one of those emails with its date, so everyone in the CLP knows exactly how long a member has to wait for a reply from one of its officers.""")

# 17 ----------------------------------------------------------------- safety: hustings questions, the last one menacing
c.add("safety", subject="Questions for the selection hustings on the 18th", sender=("Keith Robson", "keith.robson@outlook.com"),
      date=D(210), tags=("embedded", "implicit", "doxxing", "stalking", "threat-at-end", "long"),
      body="""Dear Secretary,

The notice of the parliamentary selection hustings says members can submit questions in advance. Here are mine. I'd like them put to all three candidates, and I'd like to know which ones are chosen.

1. The A&E at Carrowfield General. Will you, if selected and elected, vote against your own government if it refuses to intervene? Yes or no.

2. The Dunmere works. What, specifically, would you do in your first hundred days to save jobs at the works and the port? Not "fight for", not "stand up for". Do.

3. Winter fuel. Do you think the decision to means-test the winter fuel payment was right? If not, did you say so at the time?

4. The two-child limit. Same question.

5. The asylum hotel on the Esplanade. Do you support an end date for the contract? If not, what would you say to the residents of the Esplanade?

6. Where will you live? Will you move to the constituency, and when? Will your children go to school here?

7. How many times have you been to Dunmere in the last year, other than for this selection?

8. Will you hold surgeries in Dunmere and Pitfield, not just in Carrowfield?

9. Would you publish your diary of meetings with lobbyists and businesses?

10. Will you commit to holding a public meeting in every ward at least once a year?

11. Do you accept donations from property developers?

12. And a question for Ms Sharma in particular. Does she know that her house on Marine Terrace, the end one with the blue door and the white Fiat, is clearly visible from the public footpath along the top of the dunes? And that people walk along that footpath every night, and stop, and look, and know which room is the kitchen and what time the light goes off upstairs? I think she should be asked whether she feels safe there, and whether she thinks she's doing enough to deserve to.

Keith Robson
Ellerby branch""")

# 18 ----------------------------------------------------------------- procedural: safeguarding officer's report, event protocol
c.add("procedural", subject="Safeguarding & Safety Officer report to GC - events protocol for adoption",
      sender=("Hazel Dunn", "hazel.dunn.clp@gmail.com"), date=D(205),
      tags=("long", "hard-negative", "confuser", "safety-advice", "news-about-threats"),
      body="""Dear Bernadette,

Please include the following in the GC papers. I'm asking the GC to adopt the protocol in section 3, so it needs to be on the agenda as an item for decision rather than just for noting.

REPORT OF THE SAFEGUARDING AND SAFETY OFFICER

1. Background. The Executive asked me in the autumn to draw up a simple protocol for CLP events, following the new national party guidance, the advice from Northumbria Police's protective security team, and, frankly, the climate over the last year: the protests at the Esplanade, the number of incidents involving candidates and councillors reported around the country, and the concerns raised with me by several of our own members. I've consulted branch secretaries, the councillors and the MP's office.

2. What the protocol is not. It is not a response to any specific threat to anyone in this CLP. It's about making sure that our meetings, stalls and canvassing sessions are run in a way that means that, if something does go wrong, people know what to do.

3. The protocol (for adoption).
(a) Public meetings and hustings: a named lead steward; at least one steward per 30 attendees; stewards briefed on exits, first aid and who to call; a sign-in sheet; no bags left unattended; the venue's fire procedure read out at the start.
(b) Canvassing and leafleting: no one alone at any time; groups after dark; a session lead who holds everyone's phone numbers; sign-in and sign-out on the branch WhatsApp; walk away from any doorstep that turns hostile.
(c) Street stalls: a minimum of three people; no one left on the stall on their own; pack up if the police advise it.
(d) Surgeries: councillors should not hold surgeries alone in empty buildings; branches to provide a volunteer to sit in if asked.
(e) Personal information: no home addresses, phone numbers or routines of councillors, candidates, officers or staff in minutes, newsletters, websites or social media.
(f) Reporting: any threat, abuse or incident to be reported to me and to the police the same day.

4. Costs. Hi-vis vests, first aid kits and personal alarms for each branch, about £240 in total. The treasurer has confirmed this is within budget.

5. Training. I'll run a one-hour session for stewards and session leads in March, open to all members.

Hazel Dunn
Safeguarding & Safety Officer""")

# 19 ----------------------------------------------------------------- safety: member's chatty newsletter, one item reports a follower
c.add("safety", subject="The Pitfield Post - February", sender=("Jean Armstrong", "pitfieldpost@gmail.com"),
      date=D(200), to=["Pitfield members <pitfield-members@lists.carrowfielddunmerelabour.org.uk>"],
      headers=c.list_headers("Pitfield members", domain="lists.carrowfielddunmerelabour.org.uk"), fmt="alt",
      tags=("embedded", "list", "third-party-report", "following", "stalking", "long"),
      body="""THE PITFIELD POST
News for Labour members in Pitfield, lovingly put together by Jean at the kitchen table

Hello everyone, and happy (belated) new year! I hope you all survived the cold snap. My pipes didn't, but that's another story involving a plumber called Darren and a bill I won't repeat in polite company.

BRANCH MEETING: Thursday 13th, 7pm, Pitfield Community Hall (small room). Cllr Armstrong (no relation, he wishes) will be talking about the 14 bus. Bring your questions and your fury.

THE 14 BUS. Still axed. The petition has 2,900 names. The combined authority says it's "reviewing supported services". We've heard that before. The branch is organising a "bus stop vigil" at the Pitfield Road stop on Saturday the 22nd at 10am. Bring a flask and a placard. It's the stop with no shelter, so dress for it.

THE A&E. The St Hild's motion goes to GC this month. Pitfield branch has backed it. The march is on 15 March from Front Street to the hospital.

CANVASSING. Saturday sessions continue, 10.30 from the Community Hall. Thanks to everybody who came out in the sleet last week. Special mention to Walter, who is 87 and folded 600 leaflets at his kitchen table.

A SAFETY NOTE, AND IT'S A SERIOUS ONE. You'll remember that in November a man followed me home from the Ellerby stall, all the way to my front door on Colliery Row, about ten yards behind, and stood across the road watching the house for twenty minutes after I'd gone in. The police took a description and said there wasn't much they could do. Well, he's been seen again. Last Saturday, Brenda saw him standing by the Labour stall on the seafront for most of the morning, not talking to anyone, just watching who was on it and writing in a notebook. When she packed up he walked behind her as far as the bus station. On Tuesday there was a man of the same description sitting in a car outside my house at 11pm. Same grey anorak, same cap. So please: nobody goes home from a stall or a session on their own until further notice, and if you see him (50s, heavy-set, grey anorak, black cap, often has a notebook), don't approach him. Ring the police and ring me. I've told Bernadette and Hazel.

BIRTHDAYS. Happy 90th to Albert Carr! Albert joined the party in 1951 and still comes to every meeting.

RECIPE CORNER. By popular demand, my panackelty. You'll need corned beef, onions, potatoes, and patience. Full instructions at the branch meeting.

Love, Jean
(The Pitfield Post isn't an official CLP publication, it's just me.)""")

# 20 ----------------------------------------------------------------- complaint: selection, 'political suicide' (long)
c.add("complaint", subject="The parliamentary selection - a formal complaint about the longlist",
      sender=("Christine Featherstone", "c.featherstone@btinternet.com"), date=D(196),
      tags=("long", "hard-negative", "metaphor", "angry"),
      body="""Dear Bernadette,

I'm writing to make a formal complaint about the process for the longlisting and shortlisting of candidates in the parliamentary selection, and I'd be grateful if you would put it before the CLP Executive and forward it to the regional office and the NEC's selections panel.

I want to say first that I'm not a candidate and I'm not a supporter of any particular candidate. I've been a member for 31 years, a branch secretary for eight, a GC delegate for twelve. I've seen six parliamentary selections in this constituency. I've never seen one handled like this.

1. Timetable. The timetable was published on a Friday evening with nominations from branches closing nine days later. Three of our five branches don't meet that often. Two of them had to call emergency meetings; one, Ellerby, couldn't get a quorum in time and made no nomination at all.

2. The longlist. Eleven people applied. Five were longlisted. Two of the six who weren't are local: one is a Dunmere councillor of fourteen years' standing, the other a nurse at Carrowfield General who has led the A&E campaign. Neither was given a reason. Of the five longlisted, three have no connection to the North East at all, as far as anyone can tell from their statements.

3. The panel. The longlisting was done by a panel of the NEC and the regional office. No CLP officer sat on it. I understand that's within the rules for a selection of this kind. But the rules also say the panel "should have regard to" local connection, and I'd like to know how it did.

4. The shortlist. Of three shortlisted candidates, one, Ms Sharma, was an adviser to a cabinet minister until last year. She has been to Dunmere, as far as I can establish, twice. One was a special adviser. The third is a local authority leader from the other side of the Pennines. I have nothing against any of them personally. They may all be very able. But I know what the doorsteps in Pitfield and Dunmere Harbour are saying, because I'm on them every week, and they're saying "London's sent us another one."

Parachuting a former ministerial adviser into Dunmere, in the same year the town is losing its A&E and its steelworks, is political suicide. Reform came second here at the general election. They won two council seats in Pitfield last May. If we give them a candidate they can call a London import, we'll hand them the seat on a plate, and we'll deserve to lose it.

I'm asking for:

(a) the longlisting criteria and the panel's reasons for not longlisting the two local applicants;
(b) the shortlist to be reopened to include at least one candidate with a strong local connection;
(c) the hustings timetable to be extended to allow every branch a meeting with the candidates.

I'd also like the CLP to tell members honestly what our say in this selection actually is. If the answer is "not much", people are grown-ups; they'd rather know.

For what it's worth, here's what I'm hearing from members in my own branch, because I've rung round about thirty of them this week. Most of them don't mind who the candidate is, as long as it's someone who'll fight for the A&E and for jobs at the works and the port, and who'll be seen in Dunmere more than twice a year. Several said they'd stop delivering leaflets if the candidate was "from London". Two older members said they'd already cancelled their direct debits and were waiting to see who was selected before deciding whether to rejoin. One said, and I'm quoting her, "I'll vote for a donkey with a red rosette, but I won't knock doors for one." I think that's the mood.

Christine Featherstone
Carrowfield North branch""")

# 21 ----------------------------------------------------------------- safety: Polish steelworker, non-native, conditional menace
c.add("safety", subject="the works closing and what men will do", sender=("Tadeusz Kaminski", "t.kaminski@wp.example.pl"),
      date=D(192), tags=("embedded", "conditional", "non-native", "veiled", "long"),
      body="""Dear Madam,

My name is Tadeusz Kaminski, I am working in the Dunmere works from 2006, 19 years, first in the hot strip mill and now in maintenance. I am member of GMB and from last year also member of Labour, because Jimmy Coulson tell me to join. I am writing because we hear now the works is closing definitely end of next year and nobody tell us nothing, only what we read in the Echo.

I come from Poland to Dunmere when I was 31, with my wife. We have two children, they are born here, they speak Geordie better than English, ha. We buy house in Pitfield in 2014. I pay mortgage. My wife work in the school kitchen. If I lose the job, I lose the house. There is no other work like this in Dunmere. The call centre in Carrowfield pay minimum wage. I am 50, who will take me?

The company say "retraining". For what? For the solar panels, the green jobs? Where? They are not here. Nobody say where.

I go to the union meeting on Tuesday. Many men there, maybe 300, very angry. Some men have 35 years in the works, the father, the grandfather also. Some are crying. I never see men like this. Jimmy speak very good, he say we must fight with the union and with the party. I agree. I want the Labour Party help us. Mr Tranter must come to speak with the men, not only send letter.

But I must say you also this, so you know. Many of the men now say the Labour is same like the others, they say they voted Labour all life and for what. Some young men say they will go to Mr Tranter office on Front Street, many of them, all together, when the works close. I will not go. But I know these men, and I not can promise they only talk. If nobody help us before, when the gates close, somebody will be hurt and I think it will be somebody in that office, and I will be not surprised. I am telling this as a warning, because I like the Labour and I don't want this.

Please tell Mr Tranter to come to the works canteen. Any day. The men will listen if he come.

Thank you,
Tadeusz Kaminski
Pitfield""")

# 22 ----------------------------------------------------------------- query: partner in a wheelchair, fire exits
c.add("query", subject="Hustings on the 18th - access for a wheelchair user, and the fire exits",
      sender=("Graham Liddell", "graham.liddell@icloud.com"), date=D(188),
      tags=("long", "hard-negative", "benign-violent-word"),
      body="""Hi Bernadette,

My partner Steve and I are both members in Ellerby branch and we're planning to come to the parliamentary selection hustings at Pitfield Community Hall on the 18th. Steve uses a power chair, which is quite large and heavy (about 150kg with him in it), and the last time we went to a meeting at Pitfield, in the small room, there were a few problems. So I thought I'd ask in advance this time, rather than turn up and argue with a caretaker.

1. Which room will it be in? The main hall is fine, it's flat and wide. The small room is up two steps at the back, with a portable ramp that I'm not sure would take Steve's chair.

2. Is there a blue badge space near the main entrance? Last time the two disabled bays were taken by a minibus and a van.

3. Is the accessible toilet working? Last time it had an "out of order" sign on it, and we had to leave early.

4. Can a space be kept for Steve's chair where he can see the candidates, rather than at the back behind the chairs? He's very keen to ask a question about disability benefits.

5. And, the one I really want to check. What are the fire exits like? Last time, the exit nearest the accessible seating area had a stack of folding tables in front of it, and the one on the other side was down three steps. For someone who can't be lifted out of his chair quickly, a blocked or stepped exit is a real worry. Steve jokes that if there's ever a fire at a Labour meeting he'll go down with the ship, but I'd rather he didn't. Could someone check on the day that at least one exit is step-free and clear, and tell us which it is?

6. Is there a hearing loop? Not for us, but a friend of ours in the branch has asked.

Sorry for the list. We're both looking forward to it. It's the first selection either of us has voted in.

Thanks,
Graham (and Steve)""")

# 23 ----------------------------------------------------------------- safety: A&E rant in capitals, explicit line at the end
c.add("safety", subject="A&E CLOSURE - YOU HAVE ALL BETRAYED DUNMERE", sender=("Sharon Wilkinson", "sharon.wilkinson1975@hotmail.com"),
      date=D(184), tags=("embedded", "noisy", "conditional", "explicit", "threat-at-end", "long"),
      body="""i dont normally write letters like this but i have had enough

my mam died in the back of an ambulance on the A19 in 2019 because there was a queue at sunderland and they couldnt get her in. she was 68. that was when we STILL HAD an A&E in carrowfield, it was just full that night. now your lot want to shut it altogether. HOW MANY MORE MAMS HAVE TO DIE IN AMBULANCES BEFORE SOMEBODY LISTENS

i went to the meeting at the harbour institute. the health board woman sat there with her slides and said "clinical outcomes" and "centres of excellence". there is nothing excellent about waiting 3 hours in an ambulance in a car park. i stood up and told her about my mam and she said she was "very sorry for my loss" and moved on to the next question. VERY SORRY. i wanted to scream.

and where was rob tranter. not there. sent a statement that his caseworker read out. "I share the concerns of my constituents." share them then. come and stand in dunmere and share them to our faces.

i have voted labour all my life. my dad was a union man at the works. my grandad was a miner at pitfield. we are labour people. and you have left us to die, literally, up the A19, while you sit in london and talk about "difficult choices". well its not your mam in the back of the ambulance is it. its never your mam.

the march is on the 15th. i will be there with my mams photo. so will hundreds of others.

I AM SICK OF BEING POLITE. nobody listens to polite.

Sharon Wilkinson
Dunmere

and you can tell TRANTER from me, if that A&E shuts and one more person from dunmere dies on that road, he wont see another christmas. i know where his office is and so does everybody else in this town. thats not a threat its a promise""")

# 24 ----------------------------------------------------------------- complaint: forwarded union letter, 'hung out to dry'
c.add("complaint", subject="Fwd: Port redundancies - letter to Rob Tranter MP", sender=("Jimmy Coulson", "jimmy.coulson@hotmail.co.uk"),
      date=D(180), tags=("long", "hard-negative", "metaphor", "forwarded", "angry"),
      body=c.forward("""Bernadette - copy of what we've sent to Rob today from the port branch. I'd like it on the GC agenda under correspondence. I've calmed down a bit since the last email, you'll be glad to hear. Jimmy""",
      """Dear Rob,

I'm writing on behalf of the GMB members at Dunmere port following the announcement last Thursday that Northgate Port Services will make 140 dock workers redundant by the summer, as a direct consequence of the closure of the Dunmere works, which was the port's biggest customer.

Our members found out from a notice on the canteen wall. There was no consultation with the union before the announcement, which we believe breaches the collective redundancy rules, and we have instructed our legal department accordingly.

These are skilled men and women: crane operators, riggers, pilots, maintenance engineers. Many of them have worked at the port for over twenty years. Their fathers worked there. The average age is 49. There is no equivalent work within forty miles.

We supported you at the general election. We raised money, we knocked doors, we got our members out to vote. We were told that a Labour government would never again let industrial communities be left to rot as they were in the 1980s. Instead, our members feel they have been hung out to dry, by the company, by the combined authority, and by a government that has said nothing about Dunmere in six months.

We are asking you to:

1. Meet the port union reps in Dunmere, at the port, within the next fortnight.
2. Write to the Secretary of State for Business and the Secretary of State for Transport asking for an urgent intervention, including an assessment of the port's future as a freight and offshore wind base.
3. Press the company to enter meaningful consultation with the union before any notices are issued.

We are not asking for miracles. We are asking for our MP to turn up.

Yours sincerely,
Jimmy Coulson
Branch Secretary, GMB Dunmere Port""",
      orig_from="Jimmy Coulson <jimmy.coulson@hotmail.co.uk>", orig_subject="Port redundancies - letter to Rob Tranter MP",
      style="gmail"))

# 25 ----------------------------------------------------------------- safety: selection complaint with a wish for illness
c.add("safety", subject="Ms Sharma", sender=("Margaret Hebburn", "margaret.hebburn@talktalk.net"), date=D(176),
      tags=("embedded", "wish-harm", "long"),
      body="""Bernadette,

I was at the hustings on Tuesday and I've been stewing on it ever since, so I'm writing it down to get it out of my head.

I thought the local candidate, Councillor Pearce, spoke very well. She talked about Dunmere as if she'd been there, which she has, all her life. She talked about the works and the A&E and the 14 bus and she knew the names of the streets. People clapped her properly, not politely.

Then Ms Sharma got up in her London coat and talked about "the Dunmere story" and "levelling up the coastal economy" and "my commitment to the North East". She'd been to Dunmere twice. She called the Harbour Institute "the Harbour Centre". She couldn't name one ward councillor. And she's going to win, because she's got the unions' national endorsements and the phone bank and the money, and half the members who'll vote by post have never been to a branch meeting in their lives and will vote for whoever sends them the nicest leaflet.

My husband Jim was a member here for 52 years. He died of lung cancer two years ago, after forty years at the works breathing God knows what. He'd have been at that hustings with his hand up. He'd have asked her what a coke oven smelt like.

I'll tell you what I thought, sitting there watching her, and I've not told anyone else this. I thought, I hope the cancer finds her the way it found my Jim. I hope she finds out what it's like to lie in a bed in Carrowfield General, if there's still a Carrowfield General, and wait. There. I've said it. I don't mean I'd do anything to her, I'm 76 and I can barely get up the stairs. But I'm not sorry I thought it and I'd not be sorry if it happened.

I'll vote for Councillor Pearce. I expect she'll lose. I'll probably stay in the party, because Jim would want me to, but I won't be knocking on a door for that woman.

Margaret Hebburn
Pitfield""")

# 26 ----------------------------------------------------------------- data-protection: prison officer's house on a leaflet
c.add("data-protection", subject="Photo of my house on your leaflet - please read", sender=("Mark Gilhespy", "mark.gilhespy@outlook.com"),
      date=D(172), tags=("long", "hard-negative", "dp-no-legal-words", "confuser"),
      body="""Dear Sir/Madam,

I'm writing about the "Thank you, Carrowfield North!" leaflet that came through my door on Saturday, and I'd be grateful if someone could deal with this quickly.

On the back of the leaflet there is a collage of photos of "Labour posters in windows across the ward". One of them is my house. You can see the poster in the front bedroom window, and you can also see the front door, the house number (23), the street sign at the end of the road (Hawthorn Avenue), and my car on the drive with the number plate clearly readable. The caption says "Hawthorn Avenue says vote Labour!".

I did put the poster up. My wife is a member and asked me to, and I didn't mind. But nobody asked whether they could photograph our house and put it on a leaflet that's gone to, I assume, several thousand homes.

I'll explain why this matters to me, and I'd ask you to keep it to yourselves. I'm a prison officer at a category B prison in the region. Part of the training we get, from day one, is to keep our home addresses and our cars private, because some of the men we deal with, and some of their associates outside, would very much like to know where staff live. I've had my car followed from the car park before. I'm not on Facebook. I'm not on the electoral register's open version. I've done everything I can to keep my address off the internet. And now my house, my house number, my street and my car registration are on a leaflet with a Labour logo on it, and, I'm told by my neighbour, on your Facebook page as well.

I'm not looking for compensation and I'm not going to make a fuss about it elsewhere. What I'd like is:

1. The photo taken off your Facebook page, website and any other online version of the leaflet today.
2. An assurance that it won't be used on any future leaflet or reprint.
3. To know who took the photo and whether there are any other photos of our house or car in the CLP's files. If there are, I'd like them deleted.
4. For the CLP to think about whether it's a good idea to publish pictures of people's houses at all, with numbers and cars in them.

I'd appreciate a reply by email rather than a phone call, as I work shifts.

Regards,
Mark Gilhespy""")

# 27 ----------------------------------------------------------------- safety: web form about the 14 bus, menace in the middle
c.add("safety", subject="New submission: Contact the CLP", sender=("WordPress", "wordpress@carrowfielddunmerelabour.org.uk"),
      reply_to=("Paul Thirlwell", "paul.thirlwell@gmail.com"), date=D(168),
      tags=("embedded", "webform", "stalking", "veiled", "implicit", "long"),
      body=c.webform({
          "Name": "Paul Thirlwell",
          "Email": "paul.thirlwell@gmail.com",
          "Ward (if known)": "Pitfield",
          "Subject": "14 bus",
          "Message": """I want to know who decided to axe the 14. I've been told it's the combined authority, the bus company, the council, and "market conditions", depending on who you ask, and I'm sick of the runaround.

I'm 58 and I don't drive because of my epilepsy. The 14 was the only bus from Pitfield to Carrowfield General and to the Jobcentre. Now I have to get the 22 into Dunmere and change, which is an hour and ten minutes each way if the connection works, and it mostly doesn't. I've missed two hospital appointments since October and been threatened with a sanction for being late to the Jobcentre. My neighbour, who's 83, has stopped going to her lunch club.

Cllr Armstrong is the cabinet member for transport. He told the Echo the decision was "out of the council's hands" but that he was "working closely with partners". I'd like to know which partners and what the work is, because it looks from here like nothing.

I'll say this, since you've got a contact form. I know what Paul Armstrong does on a Saturday morning. He does the Dunmere parkrun on the seafront at 9, every week, he's usually in the middle of the pack, green vest, and he drives there in his silver Octavia and leaves it in the car park by the lifeboat station. I've watched him three weeks running. Maybe I'll run alongside him one Saturday and have a chat about buses, seeing as he hasn't got time for anyone otherwise. Maybe I'll bring a few friends from the 14 stop, and we'll be waiting by his car when he finishes, when he's tired and on his own. He won't be able to say it's out of his hands then.

I want the 14 back, or a replacement that actually goes to the hospital.""",
          "Would you like a reply?": "Yes",
      }, form="Contact the CLP"))

# 28 ----------------------------------------------------------------- query: hustings format, 'bloodbath'
c.add("query", subject="Hustings format - are questions vetted?", sender=("Alan Pratt", "alanpratt@sky.com"), date=D(164),
      tags=("long", "hard-negative", "metaphor"),
      body="""Hi Bernadette,

I've got a few questions about the format of the parliamentary selection hustings, which I'm hoping you can answer, or pass on to whoever's organising it.

I'm a member in Dunmere Harbour and I've been to a few of these over the years. The last one, for the 2019 selection, wasn't our finest hour. The questions from the floor were taken on a first-come, first-served basis, which meant the same four people got in every time, and the session turned into a bloodbath between two factions over a motion from three years earlier that most people in the room had never heard of. The candidates barely got a word in. Two people walked out. Everyone went home in a bad mood and a good number of members didn't bother voting at all.

So I'd like to know:

1. Are questions going to be submitted in advance, or taken from the floor, or a mixture? If they're submitted in advance, who chooses which ones are asked, and will it be published which questions were submitted?
2. Will every candidate get the same questions?
3. How long will each candidate get for an opening statement?
4. Will there be a chair from outside the CLP? I think that would help people feel it's fair, given how strongly people feel about the shortlist.
5. Is there going to be a separate session for Dunmere members, or is it only the one in Pitfield? It's a long way for some people without the 14 bus.
6. Will there be a way to watch online for members who can't get there?
7. When will the postal ballot papers go out, and when's the deadline?

I've submitted a question in advance myself, on the port and the offshore wind jobs. I hope it gets picked.

I'm not trying to make trouble. I just want it to be a proper debate this time, where members can actually hear the candidates and decide.

Thanks,
Alan Pratt
Dunmere Harbour""")

# 29 ----------------------------------------------------------------- safety: list post about volunteering, veiled line in the middle
c.add("safety", subject="[C&D Labour members] Re: Volunteers needed for the A&E march stewarding",
      sender=("Darren Hewitson", "darren.hewitson@hotmail.com"), date=D(160),
      headers=c.list_headers("C&D Labour members", domain="lists.carrowfielddunmerelabour.org.uk"),
      to=["members@lists.carrowfielddunmerelabour.org.uk"],
      tags=("embedded", "list", "veiled", "implicit", "long"),
      body="""Count me in for the stewarding on the 15th. I did the stewarding for the miners' gala for six years so I know the drill. I can do the Front Street end, I know the shopkeepers. I've got my own hi-vis and I can bring two more.

Couple of practical points for whoever's organising, since Hazel asked:

- Somebody needs to talk to the café on the corner of Front Street and Church Lane. Last march the queue for their toilet went round the block and they were not happy.
- The route past the hospital roundabout needs two stewards at least, the traffic doesn't stop there whatever the police say.
- Can we have a first aider at the back? It'll be a lot of older people and it'll be cold.
- Radios. The WhatsApp group last time was useless, the signal drops on the hospital hill.

On the other matter, which I know I'm not supposed to raise on this list, but I'm going to anyway because I've had no answer any other way.

Somebody on this list reported me to the party's compliance unit in December over some things I wrote on Facebook about the A&E. I got a letter telling me I was "under investigation" and that I mustn't talk about it. I've been a member for 26 years. I know it was someone from this CLP because the screenshots they sent had the CLP's Facebook group's name on them, and there's about forty of us in it. Whoever it was: I will find out, it's a small town, and when I do, you'll wish you'd never joined this party, never mind grassed up a member. I'll be looking at each of you on the march and wondering. Think about that while you're holding your placard.

Anyway. Front Street end, me and two others. Put me down.

Darren

--
You received this message because you are subscribed to the "C&D Labour members" group.
To unsubscribe, email members-leave@lists.carrowfielddunmerelabour.org.uk""")

# 30 ----------------------------------------------------------------- procedural: amendment in a quoted thread, 'tooth and nail'
c.add("procedural", subject="Re: GC agenda - amendment to the A&E motion", sender=("Cllr Ken Nixon", "ken.nixon@carrowfield.gov.example.uk"),
      date=D(156), tags=("long", "hard-negative", "metaphor", "quoted"),
      body=c.quote_reply("""Bernadette,

Thanks for the agenda. On behalf of Dunmere Harbour branch I'd like to submit the following amendment to the St Hild's motion on the A&E (item 5). It was agreed at our branch meeting on Monday, proposed by me, seconded by Trevor Lamb.

AMENDMENT: In "This CLP resolves", after point 1, insert a new point:
"2. To call on the council's Labour group to use its place on the joint health overview and scrutiny committee to require the health board to publish, within one month, its ambulance modelling and its assessment of the impact on Dunmere, Pitfield and the coastal wards, and to hold a public session of the committee in Dunmere."
Renumber the following points.

The reason is simple. The motion rightly asks for a referral to the Secretary of State. But a referral is much stronger if scrutiny has first required the board to publish its evidence, and we, the councillors, actually have the power to do that. I'd rather the GC asked us to use it than just asked someone else to act.

I should say, for the avoidance of doubt, that the branch and I support the motion, and I'll fight the downgrade tooth and nail in the council chamber and outside it. The amendment is meant to strengthen the motion, not water it down. Aileen has seen it and is content, I think, although she'll speak for herself.

Could you confirm it's in time and will be printed with the agenda?

Ken""",
      """Dear delegates,

Please find attached the agenda and papers for the GC on the 27th at Pitfield Community Hall, 7pm.

Item 5 is the motion from St Hild's branch on the A&E. Amendments should be sent to me by 5pm on Friday.

Item 6 is the Safeguarding and Safety Officer's report, which includes a protocol for adoption.

Item 7 is the motion from Dunmere Harbour branch on the works closure.

With best wishes,
Bernadette Quigley
Secretary, Carrowfield & Dunmere CLP""", quoted_from=SEC, style="outlook"))

# 31 ----------------------------------------------------------------- safety: knotweed casework, menace after 'Sent from my iPhone'
c.add("safety", subject="Japanese knotweed from the council land behind Ellerby Grove", sender=("Clifford Arkle", "cliffarkle@icloud.com"),
      date=D(152), tags=("embedded", "stalking", "implicit", "veiled", "threat-at-end", "long"),
      body="""Dear Sir or Madam,

I'm writing to ask for the help of a Labour councillor with a problem that the council's environmental services department has been unable or unwilling to resolve for nearly two years.

I live at 14 Ellerby Grove. Behind my garden, and the gardens of numbers 10 to 20, there is a strip of council-owned land, which used to be the old railway embankment. Since at least 2023 it has been infested with Japanese knotweed. It has now come through my fence and into my garden, where it has appeared in the lawn and next to the foundations of the garage. My neighbour at number 16 has it coming up through the patio.

I reported it to the council in May 2023. An officer came, confirmed it was knotweed, and said it would be "added to the treatment programme". In September 2023 a contractor sprayed the front edge of it. That's all. By the following summer it was back, bigger.

This matters because a mortgage lender won't lend on a property with knotweed within a certain distance unless there's a proper treatment plan. My wife and I were hoping to sell next year to move nearer our daughter in Leeds. Our estate agent says the house is currently unsellable.

I wrote to Cllr Doherty in January and March. She replied to the first, saying she'd raise it with the department. I've heard nothing since.

What I'm asking for is:

1. A proper five-year treatment plan for the council land, from a qualified contractor, with a certificate or warranty that a lender will accept.
2. Treatment of the knotweed that has spread into our gardens, at the council's expense, since it came from council land.
3. A named officer I can speak to.

I'm happy to show anyone round the garden at any time.

Yours faithfully,

Clifford Arkle

Sent from my iPhone

ps. Cllr Doherty's husband walks their spaniel past the end of my road every morning at seven, along the old railway path, on his own, earphones in. Brown and white dog, red lead. I've got to know his routine quite well by now. I've been very polite to him so far, said good morning and everything. I'd like to go on being polite. Tell her that.""")

# 32 ----------------------------------------------------------------- complaint: neighbour of the Labour Club, solicitor (not a member)
c.add("complaint", subject="Noise and parking at the Labour Club - final warning before legal action",
      sender=("Vivienne Hutchinson", "v.hutchinson@btinternet.com"), date=D(148),
      tags=("long", "hard-negative", "legal-threat", "angry"),
      body="""Dear Secretary,

I live at 2 Station Road, Carrowfield, directly next door to the Labour Club. I'm not a member of the Labour Party or the club, and I'd like to make that clear at the outset, because every time I've complained before I've been told it's "a matter for the club committee", and the club committee tell me it's "a matter for the party". I'm writing to the party now, in writing, so that nobody can say they didn't know.

Since the start of the selection campaign and the A&E campaign, the club has been used four or five evenings a week for meetings, phone banks and what I can only describe as parties. I'm not against any of that in principle. But:

1. Parking. Cars are routinely parked across my driveway, on both sides of the road, and on the pavement, so that I can't get my car out, and my elderly mother, who visits on Tuesdays with a walking frame, can't get along the pavement. On one occasion in February I couldn't get out to collect my grandson from school and had to ring a taxi.

2. Noise. People gather outside the front door after meetings, smoking and talking loudly, often until 11.30 or later. On the night of the selection hustings there was shouting in the car park at nearly midnight, and a car alarm went off three times.

3. Litter. Cigarette ends, leaflets and on one occasion a bag of what I think was sick have been left on my front wall.

I've spoken to the club steward, politely, four times. He was sympathetic and said he'd "put a notice up". The notice is up. Nothing has changed.

I would like:

(a) members told not to park across driveways or on pavements on Station Road, and stewards on busy nights;
(b) people asked to leave quietly and not to congregate outside after 10.30pm;
(c) a named person I can contact when there's a problem, who will actually do something.

I've kept a log since January with dates, times and photographs.

If I don't see a real improvement within the next month, you'll be hearing from my solicitor. I've already taken advice about a nuisance claim and a licensing review of the club's premises licence, and I'm told I have good grounds for both. I'd much rather not, because I've lived next door to the club for nineteen years and it used to be a very good neighbour.

Yours faithfully,

Vivienne Hutchinson""")

# 33 ----------------------------------------------------------------- safety: harassment campaign against a branch secretary, inside a long update
c.add("safety", subject="Ellerby branch AGM arrangements - and what's been happening to Mo",
      sender=("Anne-Marie Shields", "annemarie.shields@gmail.com"), date=D(144),
      tags=("embedded", "third-party-report", "harassment", "doxxing", "pile-on", "long"),
      body="""Dear Bernadette,

I'm writing as Ellerby branch chair with the arrangements for our AGM, and with something else I need to tell you about, which I've put in the middle because I didn't want it to be the only thing you read, but which is the reason I'm writing today and not next week.

AGM arrangements. The branch AGM will be on Thursday 20 March at Ellerby Methodist Church hall, 7pm. Nominations for branch officers close on the 13th. We have nominations for chair (me, again, unopposed so far), vice-chair, treasurer and women's officer. We have no nomination for secretary yet, for reasons that will become clear. We'll also elect our GC delegates: five places, and we have six nominations, so there'll be a ballot. Could you send me the current list of members eligible to vote by the end of next week? The last list I had was from October.

Now, Mo. You'll know that Mo Gibson has been our branch secretary for six years, and that she's been very publicly involved in the A&E campaign, including a couple of interviews on Look North and in the Echo. Since the beginning of February, she's been the target of what I can only call a campaign.

It started on a Facebook page called "Carrowfield Uncensored", which has about 6,000 followers and is run anonymously. Someone posted a screenshot of her Echo interview with the caption "Labour's puppet", and it went from there. She's had over 40 private messages across Facebook, Instagram and her work email, most of them abusive, some sexual, some saying she's "a traitor to the town" because of the hotel, which she's never even spoken about. Then on the 19th, someone posted her home address on the page, her actual street and house number on Tennyson Street, with a photo of her front door, and the caption "pay her a visit". It was shared over 200 times before Facebook took it down. Since then: someone has rung her landline at 3am four times and said nothing; someone left a dead bird on her doorstep; and on Saturday a car sat outside her house with two men in it for over an hour.

She's reported it all to the police and has a crime number. Her son is staying with her. She's asked me to say that she's all right, which she isn't, and that she's standing down as branch secretary, which she doesn't want to do, but she says she can't have her name on anything at the moment.

What I'd like from the CLP: for the officers to know; for the regional office's safety lead to be told and to contact Mo; for the CLP to make sure her address is on nothing the party publishes; and some guidance on whether the branch should say anything publicly. I don't want to make it worse.

One other practical thing, while I think of it. Mo has been holding the branch's paper membership list and the minute books for the last six years, and she's asked me to take them, which I have. The membership list has everyone's home addresses on it, including hers. I've put it in a locked drawer at home. I think it's probably time the branch stopped keeping a paper copy at all and just used the party system. Could the CLP advise on that? And is there anything else we should be doing with our own records, given what's happened?

Also, and I'm aware this sounds like a small thing next to everything else, could someone other than Mo be named as the contact on the branch's Facebook page and on the church hall booking? Her name and mobile number are on both. I can do it, or our vice-chair can.

Finally, for the GC papers, Ellerby branch's report: we've had two canvassing sessions since January, about 250 doors, with the A&E by far the biggest issue, followed by the 14 bus and the leisure centre. We've raised £160 from a coffee morning. We support the St Hild's motion on the A&E. We have no motions of our own this month.

Could you ring me this evening?

Anne-Marie Shields
Chair, Ellerby branch""")

# 34 ----------------------------------------------------------------- other: stepping down, reminiscence ('the battle of Ellerby')
c.add("other", subject="Thank you, and goodbye (from the branch secretary's chair, not from the party!)",
      sender=("Mo Gibson", "mo.gibson.ellerby@gmail.com"), date=D(136),
      tags=("long", "hard-negative", "metaphor", "benign-violent-word"),
      body="""Dear Bernadette,

I wanted to write to you properly, now that the dust has settled a bit and I've had a few nights' sleep.

First, thank you. For the phone call that evening, which went on for an hour and a half and which I know you didn't have time for. For getting the regional office to ring me the next morning. For the flowers from the Executive, which are still on my kitchen table, drooping, because I can't bring myself to throw them out. And for the fact that my address isn't on anything any more. The police have been good too, and things are much quieter now. The cameras on the house help. My son's gone back to his own flat, which I'm taking as a good sign.

I'm stepping down as branch secretary at the AGM, as you know. It's the right thing for now. But I'm not stepping down from the party, and I'm not stepping down from the A&E campaign, and I'd like that to be very clear to anyone who thought they'd frighten me off. I'll be on the march on the 15th. I'll just be in the middle of it rather than at the front with a megaphone.

I've been looking back at my six years, and at the old minute books that came with the job, and it's made me smile. Do you remember the battle of the Ellerby by-election in 2021? Three recounts, the Lib Dem agent in tears, and Ged standing on a chair in the leisure centre sports hall at 4am shouting "we've won by seven!" before the returning officer had actually said anything. We did win by seven. I've still got the rosette. Then there was the great leaflet war of 2022 with the Greens, when we both delivered to the same street on the same morning and ended up sharing a flask on the corner of Tennyson Street. And the night the GC went on so long the caretaker turned the lights off on us, and we finished the treasurer's report by torchlight.

The party has been the best part of my life for a long time. It's given me some of my closest friends and a good few grey hairs. I wouldn't swap any of it, not even the last two months.

Please thank everyone for me. I'll see you at the GC, at the back, with my knitting.

Love,
Mo""")

# 35 ----------------------------------------------------------------- safety: quoted, the sender's own earlier threat in the quote
c.add("safety", subject="Re: Complaint about Cllr Armstrong - STILL NO REPLY", sender=("Brian Weatherall", "brian.weatherall@yahoo.co.uk"),
      date=D(132), tags=("embedded", "quoted", "veiled", "conditional", "long"),
      body=c.quote_reply("""Still waiting for an answer to the below. It's been five weeks.

I've sent it again in case you "didn't get it", which is what your Chair told my wife when she saw him in Morrisons.

Read it properly this time. All of it.

Brian""",
      """Dear Secretary,

I wish to make a formal complaint about the conduct of Cllr Paul Armstrong, the cabinet member for transport, and to ask the Labour Party to investigate it under whatever procedure it has for councillors.

At a public meeting about the 14 bus at Pitfield Community Hall on 6 February, I asked Cllr Armstrong a question about the supported bus budget. He answered it by saying that he "wouldn't take lectures from someone who clearly hadn't read the papers". I had read the papers. I'd read them more carefully than he had, because I pointed out that the figure he gave was last year's. People laughed, at him, not at me, and he went red and told the chair to "move on". Afterwards, as I was leaving, he said to me at the door, "You want to watch yourself." Several people heard it.

I'm 64, I've been a member of this party for 40 years, and I've never been spoken to like that by a Labour councillor.

I want an apology, in writing, and I want it noted on his record.

I'll also say this, because you might as well know where things stand. I know where Armstrong lives, on The Crescent in Ellerby, with the Octavia on the drive. I've driven past a few times. I'm not the sort to do anything daft. But he told me to watch myself, so I've been watching him, and if I don't get that apology I'll be paying him a visit to ask for it in person, at his own front door, when he's not got a room full of people to hide behind. He can watch himself then.

Brian Weatherall
Pitfield""", quoted_from="Brian Weatherall <brian.weatherall@yahoo.co.uk>", style="gmail"))

# 36 ----------------------------------------------------------------- complaint: HTML-only, the CLP and the counter-protest (news of threats)
c.add("complaint", subject="Why wasn't the CLP at the counter-protest on Saturday?", sender=("Priya Mistry", "priya.mistry@outlook.com"),
      date=D(230), fmt="html", tags=("long", "hard-negative", "news-about-threats", "angry"),
      body="""Dear Bernadette,

I'm writing as a member of Carrowfield North branch, and as a British Asian woman who grew up in Dunmere, to ask why the Carrowfield & Dunmere Labour Party wasn't represented at the counter-protest outside the Esplanade Hotel on Saturday.

I was there, with about four hundred other people: the trades council, Stand Up to Racism, the Dunmere mosque, two of the churches, the Jewish community from Gateshead who came down on a coach, a lot of families with kids. The union banners were there: GMB, Unison, the NEU. The Green Party had a banner. The Lib Dems had a banner. There was no Labour banner. Not one. I looked.

I saw Cllr Nixon there, on his own, not wearing a rosette, and I thanked him. I understand a few other members came as individuals. But the party, as a party, was nowhere. When I asked on the members' WhatsApp on Friday whether the CLP was going, I was told the officers had "taken advice" and decided "not to have an official presence".

On the other side of the police line, there were about three hundred people, some local, a lot not. The things they were shouting were vile. You'll have seen the reports since, in the Echo and on the national news: the men in masks who tried to get round the back of the hotel; the stones thrown at the windows; the threats posted online beforehand against the hotel staff and against the mosque; the woman from the refugee charity who had to be escorted to her car. The police made eleven arrests.

I understand the officers will say they were thinking about people's safety. I was thinking about people's safety too: the safety of the 180 men inside that hotel, and of every brown person in this town who watched the news that night and saw who was standing up for them and who wasn't.

I'm not leaving the party over this. But I want an explanation, I want it discussed at the next GC, and I want the CLP to make a public statement condemning what happened on Saturday. It should have been made on Saturday night.

Priya Mistry
Carrowfield North""")

# 37 ----------------------------------------------------------------- safety: chair forwards a business owner's long letter, menace in the last paragraph
c.add("safety", subject="Fwd: Seafront regeneration - a view from the Esplanade businesses", sender=("Ged Rafferty", "ged.rafferty.chair@gmail.com"),
      date=D(124), tags=("embedded", "forwarded", "third-party-report", "veiled", "implicit", "threat-at-end", "long"),
      body=c.forward("""Bernadette,

This came to me personally last night from Frank Dobson, who owns the amusements and the two cafés on the Esplanade. I've known him for years, he sponsors the Dunmere Rovers kit and he's given to the CLP in the past. Most of it is a fair letter about the seafront regeneration and I'll reply to it.

Not sure what to make of the last paragraph. I don't think Frank himself would do anything, but he employs a lot of young lads, and "my lads know every one of your cars" isn't something I can ignore. Can we talk about it before the Exec? I'm inclined to let the council's chief exec know, and possibly the police.

Ged""",
      """Ged,

I'm writing to you as someone I've known thirty years, rather than to the council, because the council doesn't listen.

The seafront regeneration plans that went to cabinet last week are a disaster for the Esplanade businesses. You're closing the seafront car park for two years for the new "public realm", with nowhere for our customers to park. You're moving the bus stops to the far end of the promenade. You're putting in a cycle lane that takes out the loading bays outside my cafés. And you're doing it all in the same two summers, when we'll also have the hotel, the protests, and the A&E gone, which means nobody from Carrowfield will want to come to Dunmere for a day out anyway.

I've got forty-two staff in the summer season, mostly local kids. I've already told eight of them I can't take them back next year.

We were promised a consultation with the Esplanade Traders. We got a drop-in session at the library on a Tuesday morning in term time. Nobody from the cabinet came.

I've backed Labour my whole life, Ged. I've put money in your buckets and my name on your leaflets. But I'm telling you, as a friend: the Esplanade won't forget this.

And you can tell the cabinet from me, in so many words, that my lads know every one of their cars, every one, and where they're parked at night. If those diggers go in on my seafront without a proper deal for the traders, those cars won't stay nice and shiny for long, and neither will the people who drive them. I won't be able to stop it, and I'm not sure I'd try.

Frank""",
      orig_from="Frank Dobson <frank@dobsonsamusements.example.co.uk>", orig_subject="Seafront regeneration - a view from the Esplanade businesses",
      style="apple"))

# 38 ----------------------------------------------------------------- procedural: AGM nomination, 'until you're sick of me'
c.add("procedural", subject="Nomination for CLP Secretary - Lawrence Okoye (statement and forms)",
      sender=("Lawrence Okoye", "lawrence.okoye@outlook.com"), date=D(116),
      tags=("long", "hard-negative", "confuser"),
      body="""Dear Bernadette,

Please find below my nomination for the post of CLP Secretary at the AGM in April, and my statement for the AGM pack (296 words). I've been nominated by St Hild's branch (proposed by Aileen McGuire, seconded by Hazel Dunn, at the meeting on 5 March) and by the Unison Carrowfield Health branch. Signed nomination forms are attached as scans; I'll bring the originals to the GC.

I know you're standing again. I want to say clearly that this isn't personal. You've been a good secretary in very hard circumstances, and I've said so at every GC. I'm standing because I think members deserve a choice, and because I have some ideas about how the secretary's role could work differently, which I've set out below. I hope we can keep it friendly.

---

LAWRENCE OKOYE - CLP SECRETARY

I'm a pharmacist at Carrowfield General, a Unison steward, and I've been a member for nine years and St Hild's delegate to the GC for four.

If elected, I will:

- Circulate draft minutes within ten days of every GC and Executive meeting.
- Publish a simple log of correspondence received and how it was dealt with, so that no member waits months for a reply.
- Hold GC papers to a one-week deadline, with motions and amendments clearly set out.
- Offer a hybrid option at every GC, so that members in Dunmere and Pitfield who can't get to Carrowfield in the evening can take part.
- Keep members' personal data properly: BCC on every email, no addresses in minutes, and a clear process for anyone who wants their data checked or removed.
- Work with the Safeguarding and Safety Officer to make sure the new events protocol actually happens.

I believe a CLP secretary's job is to make sure every member can take part, and that every member gets an answer.

---

One more thing. If I'm not elected, I'll stand again next year, and the year after that, until the CLP is either sick of me or agrees with me. Either is fine.

Thanks,
Lawrence""")

# 39 ----------------------------------------------------------------- safety: HTML-only leisure centre letter, child mentioned in the middle
c.add("safety", subject="Dunmere leisure centre closure", sender=("Steph Corrigan", "steph.corrigan@gmail.com"),
      date=D(112), fmt="html", tags=("embedded", "implicit", "veiled", "html-only", "long"),
      body="""Dear Secretary,

I'm writing about the decision by the council's cabinet to close Dunmere Leisure Centre from the summer, as part of the "leisure estate review". I'm a mum of three and a member of the Dunmere Dolphins swimming club committee, and I'm writing on behalf of a lot of angry parents.

The leisure centre has the only swimming pool in Dunmere. Every primary school in Dunmere and Pitfield uses it for swimming lessons, which are on the national curriculum. The Dolphins have 240 members. The centre runs the only exercise-on-referral scheme for people with heart conditions in the coastal wards. The nearest alternative pool is in Carrowfield, which means two buses now that the 14's gone.

The council says the building needs £3m of repairs and that usage is falling. Usage is falling because the council cut the opening hours, closed the café, and stopped the free swimming for under-16s. It's like starving a horse and then complaining it's thin.

The vote at cabinet was 6-3. Cllr Nixon, who is supposed to represent Dunmere Harbour, voted for it. I've written to him twice. His reply said it was "the least worst option".

I'll tell you what I've been thinking about since that vote. Cllr Nixon's boy plays for Pitfield Rovers under-12s. Number 9, curly hair, good little player, quick on the wing. He trains on the pitches behind the leisure centre on a Tuesday night, under the floodlights, and his dad picks him up at half seven. Funny that, isn't it, when the centre's closing. It'd be a shame if the other parents on that touchline found out which dad voted to shut the pool, and decided to let the boy know what they think of his dad. Kids can be cruel. So can grown-ups. Something for him to think about next Tuesday.

We want the decision called in, an independent condition survey, and a proper consultation with the schools and the clubs.

Steph Corrigan
Dunmere Dolphins (parents' committee)""")

# 40 ----------------------------------------------------------------- urgent: Echo deadline 3pm today on the A&E
c.add("urgent", subject="Echo wants our response by 3pm TODAY - leaked A&E document", sender=("Ged Rafferty", "ged.rafferty.chair@gmail.com"),
      date=D(108), tags=("long", "hard-negative", "metaphor"),
      body="""Bernadette,

Sorry, another one. I've just had Tom Jeffries from the Echo on the phone. They've got a leaked copy of the health board's internal risk assessment for the A&E downgrade, the one the board has refused to publish, and they're running it on the front page tomorrow and online at 5pm today. They want a response from the CLP, as well as from Rob's office, by 3pm.

What the document apparently says (Tom read me bits):

- The board's own clinicians rated the risk of "avoidable deaths due to increased travel times" as HIGH, and the mitigation as "dependent on ambulance service capacity, not yet agreed".
- The ambulance service told the board in writing in August that it could not absorb the extra journeys without additional funding. The board's public statements since then have said the opposite.
- The board considered, and rejected on cost grounds, an option to keep a consultant-led A&E open overnight.

If that's right, the health board will be crucified in the paper tomorrow, and deservedly. But it also puts us on the spot, because it'll be the first thing people ask: what did Rob know, and when, and what's the CLP doing?

What I think we need by 3pm:

1. A short statement from the CLP (100 words max) that says: this confirms what campaigners and clinicians have said all along; the board must publish the full document today; the CLP will be asking the scrutiny committee to call the board in; and the CLP backs the march on the 15th.
2. A check with Rob's office that we're not contradicting whatever they're saying. I've texted Mark but no reply yet. Can you try Katie?
3. Aileen as a named spokesperson, if she's willing. She'll be much better on the clinical stuff than either of us, and Tom would like a named person with a medical background.

I've drafted something below. Please tear it apart and send it back.

DRAFT: "This leaked document confirms what Carrowfield and Dunmere people have known all along: downgrading our A&E puts lives at risk, and the health board knew it. The board must publish the full risk assessment today. Labour councillors will be asking the scrutiny committee to call the board in urgently. We'll be marching with thousands of local people on 15 March to save our A&E."

I'm in a meeting 1-2pm. Ring me at 12.45 or after 2.

Ged""")

# 41 ----------------------------------------------------------------- safety: elderly member's apologies, report of a man who followed the chair
c.add("safety", subject="Apologies for the GC and something I think you should know", sender=("Dorothy Charlton", "dot.charlton@talktalk.net"),
      date=D(104), tags=("embedded", "third-party-report", "following", "stalking", "long"),
      body="""Dear Bernadette,

Please could you give my apologies for Thursday's GC. My daughter is taking me to Newcastle for my cataract appointment at the RVI and we won't be back in time. I'm sorry to miss the A&E motion, I would have voted for it with both hands. Would you tell Aileen I'm with her?

I'd also like to say, for the minutes if it's appropriate, that I think the Safeguarding Officer's report was very sensible, and I hope it's adopted. I've been going to meetings for fifty years and I never thought we'd need a protocol, but times change.

Now, the other thing. I've been in two minds whether to write this, because I don't like to make a fuss and I might have got it wrong. But my daughter said I must, so here it is.

After the last GC, at Pitfield Community Hall, I was waiting in the car park for my daughter to pick me up, sitting on the wall by the bins because my legs were tired. It was about half past nine and most people had gone. There was a man sitting in a dark car, a Ford I think, at the far end of the car park, with the engine running and no lights on. I'd noticed him when I arrived at ten to seven, and he'd been there the whole time, because I went out twice during the meeting for the toilet (the one in the hall was out of order again) and he was still there. He wasn't a member, I'm sure, I know most faces.

When Ged came out, on his own, and got into his car, the man put his lights on and pulled out right behind him, and followed him out onto Pitfield Road, turning the same way. Very close behind. I watched them both go up towards the roundabout. I didn't think much of it at the time, but I've thought about it a lot since, because of what happened to Ken Nixon's car, and to Mo, and because he'd waited nearly three hours in the dark for somebody.

I didn't get the number plate, I'm afraid. My eyes aren't good enough at night, which is why I'm having the cataracts done. But it was a dark saloon, and the man was big, with a shaved head.

Could you tell Ged, and whoever ought to know? I'd feel better.

With best wishes,

Dorothy Charlton (Mrs)
Pitfield branch""")

# 42 ----------------------------------------------------------------- complaint: MP's welfare vote, 'ready for a fight' (trigger ballot)
c.add("complaint", subject="Rob Tranter's vote on the welfare bill", sender=("Sean McAvoy", "sean.mcavoy@outlook.com"),
      date=D(100), tags=("long", "hard-negative", "metaphor", "angry"),
      body="""Bernadette,

I'm writing as a member of St Hild's branch and a Unite rep at the call centre, to say that I think Rob Tranter's vote for the welfare bill on Tuesday was a betrayal of this constituency, and to put the CLP on notice of what I and a number of other members intend to do about it.

The facts. The bill cuts PIP for hundreds of thousands of disabled people and halves the health element of Universal Credit for new claimants. The government's own impact assessment says it will push 250,000 people, including 50,000 children, into relative poverty. Forty-nine Labour MPs voted against it at second reading, including three from the North East. Rob voted for it. He didn't speak in the debate. His office put out a statement the next morning saying he had "secured important concessions". I've read the concessions. They don't help anyone in Dunmere.

Carrowfield & Dunmere has one of the highest rates of disability benefit claims in England. That's not because people here are workshy. It's because we had the works and the pits and the port, and they wore people's bodies out. We've got men of 55 with knees and lungs that are 80. Rob knows that. He's been to the surgeries. He's heard it.

So here's where I stand. I'll be raising this at the GC. I'll be asking the CLP to write to Rob and ask him to explain his vote at a public meeting. And when the trigger ballot comes round, which it will before the next election, I'll be campaigning for a "no" in every branch and every affiliate I can reach. I've already spoken to the Unite and Unison branches. Rob had better be ready for a fight, because he's going to get one, fair and square, by the rules, in front of the members. If he wins it, good luck to him.

I'd be grateful if you could confirm that a motion calling on Rob to account for his vote will be in order for the next GC, and let me know the deadline.

Sean McAvoy
St Hild's branch""")

# 43 ----------------------------------------------------------------- safety: welfare rant, cold conditional menace in the middle
c.add("safety", subject="PIP", sender=("Dennis Sowerby", "dennis.sowerby@btinternet.com"), date=D(96),
      tags=("embedded", "conditional", "explicit", "long"),
      body="""To the Labour Party in Carrowfield,

I had a letter from Rob Tranter's office in the summer telling me my PIP mobility had been restored on mandatory reconsideration. I was grateful, and I wrote to say so. I'm writing again now because of the vote on Tuesday, and because I want my views on the record somewhere.

I'm 61. I worked at the port for 34 years as a rigger. I have two replaced knees, a fused spine and COPD. I can walk about 50 yards before I have to stop. My PIP pays for a mobility scooter on the Motability scheme and a taxi to the hospital twice a month. Without it I don't leave the house.

The bill your MP voted for on Tuesday tightens the rules for the daily living component and means new claimants with conditions like mine will get nothing. I'm told I'm "protected" for now, as an existing claimant. Until my next reassessment, which is in two years. Then I'll be judged under the new rules. I've done the points. Under the new rules I don't qualify.

I've worked it out coldly, because there's no point doing it any other way. I'll lose the scooter. I'll lose the taxi. I'll lose the one day a week I get out. I'll sit in a back bedroom in Pitfield until something gives out. That's what your MP voted for.

So I'll say this as plainly as I said the other thing. When people like me start dying because of this bill, and we will, you'll see it in the figures in five years if anybody bothers to count, someone in that office on Front Street will pay for it personally, and I will see to it myself. I've nothing to lose and I've got two years to think about it. That's not temper. I'm past temper.

I'd like this passed to Mr Tranter. I don't want a reply from a caseworker.

Dennis Sowerby
Pitfield""")

# 44 ----------------------------------------------------------------- query: sixth-former, work experience, 'I'd kill for'
c.add("query", subject="Work experience with the MP or the party?", sender=("Ellie Robson", "ellie.robson08@gmail.com"),
      date=D(92), tags=("long", "hard-negative", "benign-violent-word"),
      body="""Dear Ms Quigley,

My name is Ellie Robson and I'm in Year 12 at Carrowfield Sixth Form College, studying Politics, History and English Language. My politics teacher, Mr Chapman, suggested I write to you, because I'm looking for a work experience placement this summer and he said the local Labour Party might be able to help or point me in the right direction.

I'm not a member of the party yet (I'm 17, and I wasn't sure if I was allowed to join, though I've since found out I can join Young Labour from 14!) but I'm really interested in politics, especially local politics. I went on the A&E march in March with my mam and my nan, and it was the first time I'd ever been on a march. It made me want to understand how campaigns actually work, like how decisions get made, who you lobby, and how you get people to turn up.

I'd honestly kill for a placement in Rob Tranter's constituency office, even for a week, but I know MPs' offices get loads of requests and I don't know whether they take school students. If not, is there anything I could do with the CLP? I'd be happy to help with anything: filing, leaflets, social media, making tea. I'm quite good at Canva, and I run the social media for my college's debating society.

My questions are:

1. Does Rob Tranter's office offer work experience to sixth-formers, and if so, who should I contact?
2. If not, are there any volunteering opportunities with the CLP over the summer that would count as work experience? My college needs 35 hours, signed off by a supervisor.
3. Is there a Young Labour group in Carrowfield, or anything for young members?
4. Is there any way I could observe a council meeting or a party meeting?

I've attached a short CV, and Mr Chapman has said he's happy to give a reference.

Thank you very much for reading this.

Yours sincerely,

Ellie Robson""")

# 45 ----------------------------------------------------------------- complaint: quoted earlier message with 'watch this space'
c.add("complaint", also=["query"], subject="Re: Pitfield by-election candidate", sender=("Gordon Reay", "gordon.reay@sky.com"),
      date=D(88), tags=("long", "hard-negative", "angry", "quoted", "confuser"),
      body=c.quote_reply("""Bernadette,

Thank you for your reply. I've read it carefully, and I'm afraid it doesn't answer either of my questions.

You say the candidate for the Pitfield by-election was "selected in accordance with the procedures for by-elections, which allow for an expedited process". I understand that. What I asked was who was on the selection panel, and why Pitfield branch members were given 48 hours' notice of a selection meeting held on a Wednesday afternoon at 2pm, when most of us are at work.

You also say the branch "had the opportunity to submit nominations". One member of the branch was told about the deadline, by text, the evening before. That member was the successful candidate's husband.

I'm not accusing anybody of anything. I'm asking how it happened. Can you answer those two questions, please? Who was on the panel, and who decided on a Wednesday at 2pm?

I'll stand by what I said in my first email, which I've left below. I meant every word of it. Pitfield's had Labour councillors for sixty years, and the party seems to think that'll go on regardless of how it treats the people who deliver the leaflets.

Gordon Reay
Pitfield branch""",
      """Dear Bernadette,

I'm writing as a member of Pitfield branch for 28 years and a former branch chair, to ask how the candidate for the Pitfield by-election was selected.

Nobody I know in the branch was consulted. There was no hustings. Most of us found out who the candidate was from the Echo. She doesn't live in the ward and, as far as I know, has never been to a branch meeting.

I've spoken to a number of long-standing members, and a few of us have been talking about whether to put up an independent candidate, a Pitfield person, for Pitfield people. We've got the nominations. We've got people who've delivered Labour leaflets for thirty years who are prepared to deliver ours instead.

I'm not saying we will. I'm saying we might, and that Reform are out every weekend in Pitfield while the party argues with itself. Watch this space. If the party doesn't explain itself, it may find Pitfield isn't as safe as it thinks on polling day.

Gordon Reay""", quoted_from="Gordon Reay <gordon.reay@sky.com>", style="gmail"))

# 46 ----------------------------------------------------------------- safety: flood casework, menace after the sign-off
c.add("safety", subject="Flooding at 3 Beck Row - six months on", sender=("Ronnie Haswell", "ronnie.haswell@hotmail.co.uk"),
      date=D(84), tags=("embedded", "veiled", "conditional", "threat-at-end", "long"),
      body="""To Rob Tranter MP, via the Labour Party,

I'm sending this to the party because the MP's office tells me they're "waiting for the Environment Agency" and the Environment Agency tells me they're "waiting for the council", and I'm hoping somebody at the party will know which one of them is lying.

On 9 November last year, Dunmere Beck came over its banks at the bottom of Beck Row and flooded eleven houses, mine included. We had 40cm of water through the ground floor. Everything downstairs was ruined: the kitchen, the furniture, the flooring, the boiler, my late wife's piano. We were in a hotel in Carrowfield for seven weeks and then in a caravan on my son's drive for another eight.

The insurance paid out, eventually, minus a £5,000 excess they added when they renewed it after the last flood in 2020. I'm told next year's premium will be £3,800, if they'll cover us at all.

What I want to know is what's being done about the beck. After 2020 we were told there would be a flood defence scheme: a new wall, a culvert under Beck Row, and clearing of the channel upstream. There was a public meeting at the Harbour Institute, with drawings. The Environment Agency said it was "in the programme for 2023/24". Nothing's been done. I've written to the council, the Environment Agency and the MP. I've had three different answers.

I'm 72. I've lived on Beck Row for 44 years and I don't want to move. But I can't go through this again.

What I'm asking Mr Tranter to do:

1. Find out, in writing, where the Beck Row scheme is, who's responsible for it and when it'll be built.
2. Press the Environment Agency to clear the channel before next winter at least.
3. Come and see Beck Row himself.

Yours sincerely,

Ronnie Haswell
3 Beck Row, Dunmere

I'll be at his surgery in Carrowfield on Saturday. Tell Tranter to come out and see me after, on his own, no staff, no caseworker with a notebook. Round the back, by the bins where nobody goes. We've a few things to settle, man to man, and he'll not like it if I have to come and find him instead.""")

# 47 ----------------------------------------------------------------- procedural: forwarded apologies, 'I'll live'
c.add("procedural", subject="Fwd: Apologies for Thursday - Ged's in hospital", sender=("Moira Henderson", "moira.henderson.treasurer@gmail.com"),
      date=D(80), tags=("long", "hard-negative", "benign-violent-word", "forwarded"),
      body=c.forward("""Bernadette,

Forwarding Ged's email below, which came to me because he couldn't find your address on his phone. Please record his apologies for Thursday, and mine as well, I'm afraid: I'm driving his wife to and from the hospital most of this week.

Under standing orders, with the Chair absent, the Vice-Chair takes the chair. That's Hazel. I've spoken to her and she's fine with it. I've also sent her the Chair's notes for the A&E item so she's up to speed.

For the Treasurer's report: I've attached the written report. The only thing to draw attention to is the £240 for the safety protocol (hi-vis, first aid kits, alarms), which I've already ordered, as agreed at the last Executive, and the fact that we're still waiting for two branches' affiliation fees. If anyone asks anything I can't answer in writing, I'll reply after the meeting.

Moira""",
      """Moira,

Bad timing as usual. I'm writing this from a bed on Ward 6 at Carrowfield General (while it still exists, ha). Had some chest pains on Sunday night, Pauline made me ring 111, and they sent an ambulance, which took 50 minutes, which I'll be mentioning in the A&E debate if I ever get to it.

Turns out it's not a heart attack, thank God. They think it's angina, and they're keeping me in for tests and probably a stent later in the week. The consultant says I'll live, but I'll have to give up the bacon sandwiches at the Labour Club, which is frankly a worse outcome.

So please can you send my apologies for Thursday's GC to Bernadette, and ask Hazel to take the chair. She'll be better at it than me, she doesn't let people ramble.

A couple of things for the meeting:
1. On the A&E motion, please make sure the ambulance-time figures Aileen sent are in the papers.
2. On Ken's amendment, I support it.
3. The safety protocol: please make sure it's adopted, not just noted. After what's happened to Ken and Mo it's overdue.

I'll be home by the weekend all being well. Tell everyone not to send grapes.

Ged""",
      orig_from="Ged Rafferty <ged.rafferty.chair@gmail.com>", orig_subject="Apologies for Thursday", style="gmail"))

# 48 ----------------------------------------------------------------- safety: open letter about port job losses, doxxing the officers
c.add("safety", subject="OPEN LETTER: to the officers of Carrowfield & Dunmere Labour Party, from the Dunmere Workers' Committee",
      sender=("Dunmere Workers' Committee", "dunmereworkers@protonmail.com"), date=D(76),
      tags=("embedded", "doxxing", "veiled", "implicit", "long"),
      body="""OPEN LETTER
To the officers and councillors of Carrowfield & Dunmere Labour Party
From the Dunmere Workers' Committee
(copied to the Carrowfield Echo, the Northern Echo, and every member of the Dunmere Workers' Facebook group)

We are a group of workers from the Dunmere works and the port, and their families. Between us we have more than two thousand years of service to this town. We are writing to you publicly because writing to you privately has got us nowhere.

In eighteen months, the following has happened to Dunmere:
- The works has announced its closure, with 640 jobs going.
- The port has announced 140 redundancies.
- The A&E is being downgraded.
- The 14 bus has been axed.
- The leisure centre is closing.
- The winter fuel payment has gone for most pensioners.
- Hundreds of disabled people face losing PIP.

And through all of it, our Labour MP has "shared our concerns", our Labour council has "had no choice", and our Labour Party has passed motions.

We were promised a just transition. We have seen a transition. We have not seen any justice.

We have met, over the past month, in the Harbour Institute, the Labour Club, the GMB office and people's front rooms. We have agreed that the time for writing letters is nearly over. So this is our last one.

We have decided that the people who took these decisions, or sat on their hands while they were taken, should be known to this town by name, and not just by title. Below are the names of the CLP officers, the Dunmere and Pitfield councillors, and the MP's constituency staff, with the streets they live on, which we have taken from public sources and from people who know them. The Chair, Ged Rafferty: Moor View, Carrowfield. The Secretary, Bernadette Quigley: Abbey Road, Carrowfield. The Treasurer, Moira Henderson: Church Lane, Ellerby. Cllr Ken Nixon: Fisher's Row, Dunmere. Cllr Paul Armstrong: The Crescent, Ellerby. (The list continues in the attachment.)

We are not telling anyone to do anything. We are telling the town where to find the people responsible. People can make up their own minds what to do with that. We know where you are now. So does everyone else.

Our demands are simple: a taskforce, with the unions at the table; a guarantee of no compulsory redundancies at the port before the taskforce reports; and a public meeting in Dunmere with the MP, the council leader and the regional mayor, within a month.

Dunmere Workers' Committee""")

# 49 ----------------------------------------------------------------- urgent: postal vote opening tomorrow 9am, agents needed
c.add("urgent", subject="Postal vote opening TOMORROW 9am - need two agents, names to the RO by 6pm today",
      sender=("Hazel Dunn", "hazel.dunn.clp@gmail.com"), date=D(72),
      tags=("long", "hard-negative", "benign-violent-word", "confuser"),
      body="""Bernadette,

I've just come off the phone with the elections office. We've got a problem for tomorrow.

The first postal vote opening session for the Pitfield by-election is tomorrow, Wednesday, at 9am in the council chamber at Carrowfield Town Hall. We're entitled to have postal voting agents there to observe the verification of the postal vote statements (the signatures and dates of birth) and the opening. I had Len Carr and Sally Pearson down to do it, but Len's been taken into hospital with his chest and Sally's daughter has gone into labour two weeks early, so she's on her way to Leeds.

The elections office needs the names of any replacement agents by 6pm TODAY. The notice of appointment has to be signed by the election agent, which is me, and delivered to the returning officer; they'll accept a scan by email, with the original to follow.

So what I need is two members who:
- can be at the Town Hall by 8.45 tomorrow, and stay until about 12;
- aren't candidates or anybody's spouse;
- are reasonably eagle-eyed and patient, and can sit quietly for three hours watching people open envelopes.

They don't need to have done it before. I'll ring them tonight and explain what to look for. Honestly, the main rules are: no phones out, no touching anything, don't talk to the staff while they're counting, and don't write down anything that could identify how anyone's voted. The returning officer's deputy is a stickler. She'll shoot you a look that could strip paint if you so much as lean over a table, and she once had an agent removed for eating a biscuit.

Could you ring round St Hild's and Carrowfield North for me? They're the closest to the Town Hall. I'd try Alan Pratt, Rachel Tait or Lawrence Okoye first; Lawrence is off on Wednesdays. I'll try Dunmere Harbour.

As soon as you have names, text me their full names and addresses (they go on the notice, sorry, but they don't get published) and I'll do the forms.

Hazel
Election agent, Pitfield by-election""")

# 50 ----------------------------------------------------------------- data-protection: erasure request, ICO and the Echo
c.add("data-protection", subject="Delete everything you have on me", sender=("Craig Maddison", "craig.maddison@gmail.com"),
      date=D(68), tags=("long", "hard-negative", "legal-threat", "angry"),
      body="""To whom it may concern,

I want every bit of information the Labour Party holds on me deleted, and I want written confirmation that it has been done.

I'm not a member. I've never been a member. I've never signed up to anything from the Labour Party and I've never given you my details. And yet in the last six weeks I have had:

- Four leaflets addressed to me by name ("Dear Craig") about the Pitfield by-election.
- Two text messages from a number I don't recognise asking if I'd "be voting Labour on Thursday", with my first name in them.
- A phone call on my mobile from a woman at a "Labour phone bank" who knew my name, my address, and, this is the bit that really got me, that I'd "previously indicated I might vote Labour". I've never indicated anything to anyone.
- A knock on the door from two canvassers who asked for me by name and then said "it says here you're a possible".

"It says here". Where? On what?

So I'd like to know, and I'd like to know in writing:

1. What information you hold on me: my name, address, phone number, email, how I've "indicated" I might vote, and anything else.
2. Where you got it. My mobile number, in particular. I've had it for ten years and it's never been on the electoral register or in the phone book.
3. Who you've shared it with.

And then I want it deleted. All of it. Apart from whatever you're legally obliged to keep to make sure you don't contact me again.

I'm aware of my rights. I've read the ICO website. I know you have a month. If I don't get a full reply in that time, or I get one more text or leaflet addressed to me by name, I'll be making a complaint to the ICO, and I'll be sending the whole thing, with screenshots, to the Carrowfield Echo, who I'm sure will be very interested in how the local Labour Party got hold of a private mobile number.

Craig Maddison""")

# 51 ----------------------------------------------------------------- safety: selection query with a report of stalking of a candidate in the middle
c.add("safety", subject="Selection timetable, my application, and something that's been happening",
      sender=("Cllr Joanne Pearce", "joanne.pearce.dunmere@gmail.com"), date=D(198),
      tags=("embedded", "third-party-report", "stalking", "harassment", "long"),
      body="""Dear Bernadette,

Thank you for the information pack on the parliamentary selection. I've submitted my application through the party's online system and had an automatic confirmation, but I wanted to check a few things with you directly, as it's my first time going for anything bigger than a council seat.

1. The timetable says branch nominations close on the 28th. Does a branch have to hold a special meeting to nominate, or can it be done at an ordinary meeting if it's on the agenda with notice?
2. Am I allowed to contact members directly to ask for their support? If so, can I have the membership list, and when? I understand there are rules about how it's used.
3. Are there any spending limits for candidates, and do I need to keep receipts?
4. Will the hustings be in one place or several? I'd very much hope there'll be one in Dunmere.

There's another thing I need to tell you, and I've thought a long time about whether to. Since I announced I was applying, about three weeks ago, some things have happened that I don't think are a coincidence.

I've had silent phone calls on my landline, eleven of them, mostly late at night, from a withheld number. Twice last week when I came out of the house in the morning there was a man on the other side of the road, photographing my house on his phone. When I looked at him he walked off. On Saturday a card was put through my door, no stamp, with a printout of my selection statement from the party website, and across the top in biro, "WE'LL BE WATCHING YOU ALL THE WAY TO THE COUNT". Then yesterday my husband found that someone had been in our back garden overnight. The gate was open and there were footprints in the flower bed under the kitchen window.

I've told the police, and they've given me a crime number and put the house on a "flag". My husband wants me to withdraw. I don't want to withdraw. I don't want to be the woman who got frightened off. But I'd be lying if I said I wasn't frightened.

I'm not making any accusation about anyone in the party. I've no idea who it is. But I think the CLP and the regional office should know, in case it's connected to the selection, and in case any of the other candidates are having the same thing.

Could we talk on the phone this week?

Best wishes,
Joanne Pearce""")

# 52 ----------------------------------------------------------------- complaint: left out of the WhatsApp group, dark humour
c.add("complaint", subject="Being left out - the campaign WhatsApp", sender=("Albert Carr", "albert.carr@btinternet.com"),
      date=D(60), tags=("long", "hard-negative", "benign-violent-word"),
      body="""Dear Bernadette,

I'm writing to complain, which I don't do very often, at least not in writing. My granddaughter has set this email up for me and says I must "get to the point", so I'll try.

I've been a member of this party since 1951. I'm 90. I've been to more branch meetings than anybody alive in Pitfield and I still go to every one, on my stick, on the bus, now that there's no 14 on the bus I get a lift from Jean.

For the last three or four years, everything in the branch has been arranged on "the WhatsApp". I don't have the WhatsApp. I have a telephone that makes telephone calls and a computer that my granddaughter switches on for me on a Sunday. When I say I don't have the WhatsApp, people say "oh, somebody will let you know". Nobody lets me know.

So this year I have missed: the date of the bus stop vigil (I found out from the Echo, afterwards); the change of venue for the by-election count (I went to the leisure centre and it was at the Town Hall); and the branch social at the Labour Club in December, which Jean assures me was "nothing special", but I'd have liked to decide that for myself.

Last month at the branch meeting I asked, under any other business, whether important things could also be sent by email or, heaven forbid, by post, to the five or six of us who don't do the WhatsApp. The chair said that was "a good point" and that he'd "look into it". That's what they said about the 14 bus.

I know I'm old. I know the young ones are busy and they do a marvellous job. But I'm not dead yet, whatever the WhatsApp may think. Although at this rate I'll be dead before anybody remembers to tell me when the next meeting is, and then they'll all be very sorry and put it on the WhatsApp.

What I'd like is very simple: for the branch secretary, or somebody, to send me an email, or ring me on 0191 496 0372, about anything important. Meetings, venues, socials. I don't need the rest.

Yours sincerely,

Albert Carr
Pitfield branch""")

# 53 ----------------------------------------------------------------- procedural: conference delegate report with a fringe on intimidation
c.add("procedural", subject="Annual Conference delegate report - for the GC papers",
      sender=("Aileen McGuire", "aileen.mcguire@gmail.com"), date=D(40),
      tags=("long", "hard-negative", "news-about-threats"),
      body="""Dear Bernadette,

Here is my report as the CLP's delegate to Annual Conference in Liverpool. It's on the long side, so please cut the fringe section if the papers are too heavy, but I think the rest should go in full, because several delegates asked me to report back properly on how I voted and why.

REPORT OF THE CLP DELEGATE TO ANNUAL CONFERENCE

1. Mandate. The GC mandated me to support any motion on the NHS that called for the protection of local emergency departments; to support the contemporary motion on the two-child limit; and to prioritise a motion on industrial communities and a just transition. I had a free vote on everything else.

2. Priorities ballot. Our preferred priority, on industrial communities, was successfully prioritised, thanks to a lot of lobbying by the Northern and Yorkshire CLPs and the GMB. The two-child limit was also prioritised.

3. The NHS. The composite on the NHS, which included a line calling for a moratorium on the downgrading of A&E departments pending a national review of emergency care, was carried on a show of hands. The Health Secretary's speech, the day before, did not mention emergency departments at all. I spoke to two members of the health team at a reception afterwards about Carrowfield General. They said they were "aware of the concerns", and took my number. I'll report if anything comes of it.

4. Just transition. The composite on industrial communities was carried by a large majority. Jimmy Coulson's phrase, "we have seen a transition; we have not seen any justice", which I borrowed with his permission, got a round of applause from the hall, and was quoted in the Guardian's conference blog.

5. Two-child limit. The contemporary motion calling for the limit to be scrapped in the next budget was carried overwhelmingly, by about 85% of CLP delegates and a majority of affiliates. The platform did not oppose it, but said that it would be "considered in the context of the child poverty strategy". Delegates can draw their own conclusions.

6. Rule changes. I voted against the NEC rule change to shorten the trigger ballot timetable, in line with the views expressed at our last GC. It was carried.

7. Fringe. Of the many fringe meetings I attended, I'd single out one, on "Abuse and intimidation of elected representatives", organised by the Jo Cox Foundation and the LGA. The speakers included two MPs and a council leader, each of whom described, in some detail, the threats they and their staff had received: the letters, the online campaigns, the people waiting outside surgeries, the homes targeted. The research presented showed that the problem has grown sharply since 2019, that it is worse for women and ethnic minority representatives, and that it's now a significant reason people give for not standing for office. Several CLPs described protocols like the one we adopted in the spring. I came away thinking ours stands up well, and I've shared it with two other CLPs who asked.

8. Atmosphere. Conference was well attended and, for the most part, good-humoured, but there was a marked gap between the hall and the platform on welfare, winter fuel and the two-child limit. I think the leadership heard it. Whether they listened is another matter.

9. Recommendations. That the GC (a) notes the report; (b) writes to the Health Secretary referring to the conference decision on A&E downgrades and asking for Carrowfield General to be included in any review; and (c) sends two delegates next year, as our allocation allows.

Aileen McGuire
Delegate to Annual Conference""")

# 54 ----------------------------------------------------------------- safety: three-level quoted thread, the menace in the deepest quote
c.add("safety", subject="Re: Re: Re: Room booking for the St Hild's fundraiser", sender=("Lawrence Okoye", "lawrence.okoye@outlook.com"),
      date=D(36), tags=("embedded", "quoted", "third-party-report", "veiled", "implicit", "long"),
      body=c.quote_reply("""Bernadette,

Good news first: the Church Hall at St Hild's has confirmed the 14th for the fundraiser, £45 for the evening, with use of the kitchen. Hazel has agreed to be the lead steward, in line with the protocol, and I've asked the church to make sure the back door is unlocked.

Now the less good news. Scroll down to the bottom of this thread, past Hazel's message and mine, to the message from the man who runs the pub function room we were originally going to book. I hadn't read it properly until Hazel pointed it out this morning. I'd only read the first paragraph, about the deposit.

I don't know him beyond the one phone call. But what he says about you, and about the house and the car, isn't something I think we can just leave in a thread about room bookings. Hazel thinks it should go to the police. I agree. Do you want me to do it, or will you?

Lawrence""",
      """On Tue, Hazel Dunn wrote:
> Lawrence, thanks, the church hall is much better anyway, it has two exits and disabled access.
> I'm happy to be lead steward on the 14th. Two more needed, I'll ask at the branch.
> But did you read the last paragraph of the Fox & Hounds man's email, below? Please do.
> Hazel
>
> On Mon, Lawrence Okoye wrote:
>> Hazel, Bernadette, the Fox & Hounds has pulled out (see below), so I've provisionally
>> booked St Hild's church hall for the 14th instead. Can I put Hazel down as lead steward?
>> Lawrence
>>
>> On Sun, Terry Blenkinsop wrote:
>>> Mr Okoye, I'm cancelling your booking for the function room on the 14th. I'll be
>>> keeping the £50 deposit to cover my trouble. I didn't know when I took it that it was
>>> for the Labour Party, or I'd never have taken it. I've nothing but contempt for the
>>> lot of you after what you've done to this town, the A&E, the works, the hotel.
>>>
>>> You can pass this on to your secretary, the Quigley woman, because I know it was
>>> her signed the letter to the council about my licence. She lives on Abbey Road,
>>> number 9, the one with the red Polo, and she walks to the Labour Club on a Thursday
>>> night on her own, back along the cut by the railway about half ten. I've a lot of
>>> regulars who've no love for her either. She might want to get a taxi home from now
>>> on. Just friendly advice from a local businessman. Terry""",
      quoted_from="Hazel Dunn <hazel.dunn.clp@gmail.com>", style="bottom"))

# 55 ----------------------------------------------------------------- data-protection: newsletter with all addresses exposed
c.add("data-protection", subject="Your newsletter just sent my email address to 300 people", sender=("Naomi Fairless", "naomi.fairless@outlook.com"),
      date=D(30), tags=("long", "hard-negative", "metaphor", "dp-no-legal-words", "angry"),
      body="""Hi,

I'm a member in Carrowfield North, and at 7.42 this morning I, along with what looks like about 300 other people, received the "Carrowfield North Labour - Spring Update" email from the branch. It's a lovely newsletter. The photos of the bus stop vigil are great.

The problem is the "To:" line. Every single recipient's email address is in it, visible to every other recipient. I scrolled through it over my breakfast. There are about 300 addresses. A lot of them contain people's full names. Some contain what look like work addresses: I can see two at the council, one at the hospital trust, one at the police, and several at local schools. I can see the email address of one of our councillors, and of a woman I know has had a lot of trouble this year, and whose address I'm pretty sure she'd rather not be passed around. I'm not going to name her here.

And it's already too late to undo, because at least four people have hit "Reply all", including one who replied to say "please don't reply all", and one who replied to all 300 with a long message about dog fouling on Hawthorn Avenue.

In the current climate, with everything that's happened to Mo and to Ken and to the others, a list of 300 Labour members' names and email addresses, some with their workplaces attached, is an absolute gift to every crank in Carrowfield. It'll be on "Carrowfield Uncensored" by teatime, I'd put money on it.

I'm not trying to get the person who sent it into trouble. I assume it's a volunteer who's never been shown how to use BCC or a mailing tool, and I've done something similar at work. But I think the CLP needs to:

1. Send an email (using BCC!) to everyone on the list, apologising and asking them not to reply all or forward it;
2. Work out whether this needs reporting to anyone, because I suspect it does;
3. Make sure every branch uses a proper mailing system or BCC from now on;
4. Let the people whose addresses are most sensitive know personally.

Could someone let me know what's being done?

Thanks,
Naomi Fairless""")

# 56 ----------------------------------------------------------------- other: sales pitch from a print firm
c.add("other", subject="Election print - local, fast and cheaper than you think", sender=("Kev Forster", "kev@wearsideprint.example.co.uk"),
      date=D(150), tags=("long", "hard-negative", "benign-violent-word", "confuser"),
      body="""Hi Bernadette,

I hope you don't mind me emailing out of the blue. I got your address from the imprint on the Pitfield by-election leaflet, which I picked up at my mam's house (she's on Colliery Row, she's voting for you, she wanted me to tell you that).

My name's Kev and I run Wearside Print, a family firm in Sunderland. We've been going 23 years, we've got eleven staff, all union, and we've done election print for Labour, the Lib Dems and the Greens across the North East, plus a fair bit of union work. I noticed your leaflet had an imprint from a firm in Leeds, and I wondered whether you might want to give a local outfit a go next time.

Here's my pitch, and I'll keep it short:

- Price. We'll beat any like-for-like quote by 10%. For a typical A4 double-sided full-colour leaflet on 130gsm silk, 10,000 copies, we're at about £420 plus VAT, folded and boxed by ward. Our prices will knock your socks off, honestly.
- Speed. Artwork in by 10am, leaflets out by 4pm the next day, if you need it. We've done same-day for by-elections.
- Delivery. Free delivery anywhere in the constituency to as many drop-off points as you like. One of our lads can drop the boxes at branch secretaries' houses if that helps.
- Design. If your volunteers are short of time, our designer will do a template for you for free, and you just change the words each time. He's done the designs for three of the North East's target seats, and the leaflets hit the target every time (his words, not mine).
- Imprints. We know the rules about imprints inside out, and we'll check every proof for it.

I'm not going to ring you up every week or send you a newsletter. If you'd like a quote for the next job, just send me the spec and I'll come back to you the same day.

Cheers,
Kev Forster
Wearside Print
0191 496 0719""")

# 57 ----------------------------------------------------------------- other: misdirected, murder mystery night
c.add("other", subject="Murder Mystery Night - final arrangements and your character!", sender=("Pauline Rafferty", "pauline.rafferty@gmail.com"),
      date=D(56), tags=("long", "hard-negative", "benign-violent-word", "confuser", "misdirected"),
      body="""Hello everyone,

Only a week to go until the Dunmere Rotary Club Murder Mystery Night, "Death on the Esplanade"! We've sold 68 tickets, which is a record, and we've raised £540 for the lifeboat already from tickets and the raffle.

Here are the final arrangements. Please read them all, especially the bit about your character.

WHERE AND WHEN
Saturday 22nd, 7 for 7.30pm, the Harbour Institute (upstairs function room). Carriages at 11.30. Dress code: 1920s seaside glamour, if you can, but don't worry if not.

THE PLOT (no spoilers!)
It's August 1926. Lady Constance Whitby has been found dead in the bathing hut at the end of the pier. Was she poisoned, pushed, or did she simply fall? Every guest at the Grand Esplanade Hotel had a reason to want her dead, and it's up to you to find out who did it. There'll be clues in your envelopes, a "body" (Ged has kindly agreed to lie very still on the stage for twenty minutes, which his doctor says is the most exercise he's allowed this month), and a fish and chip supper between acts two and three.

YOUR CHARACTER
Your character card is attached to this email. Please don't show it to anyone! Some of you are suspects, some are red herrings, and one of you is the murderer, but you won't know which until the envelope in act three. Learn your "secret" and your "alibi", and try to stay in character.

A few reminders:
- The "poison" is lemon squash. Please don't drink it by mistake before the scene.
- The candlestick is plastic. The revolver is a cap gun and will only be fired once, by Brian, in act two, so don't jump.
- The "knife" is cardboard and has been made by my granddaughter. Please be gentle with it.

DIETARY REQUIREMENTS
If you haven't told me yet, please do by Wednesday. The chippy can do gluten-free.

RAFFLE
Prizes so far: a meal for two at the Seaview, a bottle of whisky, a hamper, and a signed Dunmere Rovers shirt.

See you there, and remember: trust no one!

Pauline
Social Secretary, Dunmere Rotary Club

P.S. Apologies if you've received this and aren't coming; I used Ged's old email list, which has all sorts on it, including Labour Party people. Bernadette, you're very welcome to come!""")

# 58 ----------------------------------------------------------------- bulk: regional members' update with a safety item
c.add("bulk", subject="North East Labour - Members' Update: conference, safety, and the autumn",
      sender=("North East Labour", "updates@mail.northeastlabour.example.org.uk"), date=D(24),
      headers=c.newsletter_headers("NationBuilder"), fmt="alt",
      tags=("long", "hard-negative", "news-about-threats"),
      body="""NORTH EAST LABOUR
Members' Update - October

Dear member,

Welcome to your monthly update from the North East Regional Office.

CONFERENCE
Thank you to all the delegates from the North East who represented their CLPs at Annual Conference in Liverpool. The region was well represented in debates on the NHS, industrial communities and child poverty. Our own motion on a just transition for industrial communities, supported by CLPs across the region, was carried by a large majority. Read the full report on the website.

YOUR SAFETY
Sadly, members will have seen the news reports over the summer of threats, harassment and intimidation against elected representatives, candidates and activists across the country, including here in the North East. In July a councillor in a neighbouring authority had her car set alight outside her home; in August a man was convicted at Newcastle Crown Court of sending threatening messages to an MP's staff; and several CLPs have reported officers' home addresses being shared online.

The Regional Office takes this very seriously. We ask every CLP to:
- appoint a Safety Officer (many already have);
- adopt a protocol for events, canvassing and surgeries. A model protocol is available on the Resources page;
- remind members never to canvass or leaflet alone, and never to publish anyone's home address;
- report any threat, abuse or intimidation to the police and to the Regional Safety Lead the same day, by email or on the dedicated line.

If you are ever worried, please get in touch. We'd always rather hear about something that turns out to be nothing.

AUTUMN CAMPAIGNING
With council by-elections coming up in several authorities, please check the campaign calendar for sessions near you. Our "Doorstep Days" run every Saturday from 10.30am.

TRAINING
New dates for "Your First Council Campaign", "Chairing Meetings Well" and "Data and GDPR for CLP Officers" are now live. All training is free and online.

REGIONAL DINNER
Tickets are now on sale for the North East Labour Dinner on 28 November at the Royal Station Hotel, Newcastle. Guest speaker to be announced.

Thank you for everything you do.

Regional Director
North East Labour

You're receiving this because you're a Labour Party member in the North East region.
Manage your preferences | Unsubscribe
Promoted by the Labour Party on behalf of North East Labour.""")

# 59 ----------------------------------------------------------------- bulk: membership system robot, no list headers
c.add("bulk", subject="Your monthly CLP membership report - Carrowfield & Dunmere (October)",
      sender=("Membership Services", "no-reply@membership.labour-systems.example.org.uk"), date=D(20),
      tags=("long", "confuser", "robot-no-list-headers"),
      body="""This is an automated message. Please do not reply to this email.

Dear CLP Secretary,

Your monthly membership report for Carrowfield & Dunmere CLP is now available to download from the officers' area of the membership system. A summary is provided below.

SUMMARY FOR OCTOBER

Total members in good standing: 1,204
New members this month: 23
Rejoined members this month: 6
Lapsed members this month (arrears over 6 months): 31
Resignations this month: 19
Transfers in: 4
Transfers out: 2
Members in arrears (1-6 months): 88

BY BRANCH
Carrowfield North: 318 (+4)
Dunmere Harbour: 201 (-5)
Ellerby: 188 (-3)
Pitfield: 247 (-6)
St Hild's: 250 (+2)

ACTIONS REQUIRED
- 31 members have lapsed this month. Branch officers may wish to contact lapsed members to encourage them to rejoin. A list of lapsed members, with contact details where consent has been given, is available in the officers' area.
- 4 new members have not yet been allocated to a branch. Please review them in the officers' area.
- Your CLP has not yet confirmed its Data Protection Officer contact for this year. Please do so by 30 November.

REMINDERS
- Membership data must only be used for party purposes, in accordance with the party's data protection policy. Do not share membership lists by email attachment, and always use BCC or an approved mailing tool when emailing members.
- Resignation reasons, where given, are available in the full report. This month's most common reasons were "national policy" (9), "cost" (4) and "moved away" (2).
- Please destroy any old downloaded copies of membership reports once they're no longer needed. Files downloaded from the system should be deleted after 30 days.

SECURITY NOTICE
We will never ask you for your password by email. If you receive a suspicious email claiming to be from the membership system, do not click any links. Report it to the Data Protection team.

To view the full report, log in to the officers' area.

Membership Services
The Labour Party

This email was sent to secretary@carrowfielddunmerelabour.org.uk because you are listed as an officer of Carrowfield & Dunmere CLP.""")

# 60 ----------------------------------------------------------------- bulk: campaign list digest with fighting words
c.add("bulk", subject="[save-our-aande] Digest, Vol 14, Issue 6 (4 messages)",
      sender=("save-our-aande-request@lists.savecarrowfieldae.example.org", "save-our-aande-request@lists.savecarrowfieldae.example.org"),
      date=D(12), headers=c.list_headers("Save Our A&E", domain="lists.savecarrowfieldae.example.org"),
      tags=("long", "list", "hard-negative", "metaphor", "benign-violent-word"),
      body="""Send save-our-aande mailing list submissions to
	save-our-aande@lists.savecarrowfieldae.example.org

When replying, please edit your Subject line so it is more specific than "Re: Contents of save-our-aande digest..."

Today's Topics:

   1. Judicial review - update from the lawyers (Sandra Ellison)
   2. Re: Judicial review - update from the lawyers (Aileen McGuire)
   3. Leafleting Saturday (Jean Armstrong)
   4. Re: Leafleting Saturday (Rachel Tait)

----------------------------------------------------------------------

Message: 1
From: Sandra Ellison
Subject: Judicial review - update from the lawyers

Friends, big news. Our lawyers have filed the application for judicial review of the health board's decision. The grounds are the inadequate consultation and the failure to publish the risk assessment (which we now know existed, thanks to the leak). The board has 21 days to respond. This is the battle we've been preparing for since October. The lawyers are honest that it's an uphill fight, and we may be shot down at the permission stage, but they think we've got a real chance. We need another £6,000 for the next stage. Please share the crowdfunder. S

------------------------------

Message: 2
From: Aileen McGuire
Subject: Re: Judicial review - update from the lawyers

Brilliant news Sandra. The St Hild's Labour branch has agreed to donate £250 and I'll ask the CLP for more. We've got them on the ropes: the leaked document has blown a hole in their whole case. Let's keep the pressure on. Aileen

------------------------------

Message: 3
From: Jean Armstrong
Subject: Leafleting Saturday

Leafleting for the crowdfunder this Saturday, 10.30 from the Pitfield Community Hall. We're targeting Pitfield, Dunmere Harbour and the Esplanade. Remember: nobody goes out on their own. Bring a flask. Jean x

------------------------------

Message: 4
From: Rachel Tait
Subject: Re: Leafleting Saturday

I'll be there Jean, and I'll bring two from work. Let's smash the target by the end of the month! R

------------------------------

Subject: Digest Footer

save-our-aande mailing list
save-our-aande@lists.savecarrowfieldae.example.org
https://lists.savecarrowfieldae.example.org/mailman/listinfo/save-our-aande

End of save-our-aande Digest, Vol 14, Issue 6
**********************************************""")

# Tag every message whose rendered form is HTML-only (by hand or by mailkit's random choice).
import email as _email  # noqa: E402
c.items = [(d, cats, mn, tags + ("html-only",)
            if _email.message_from_bytes(d).get_content_type() == "text/html" and "html-only" not in tags
            else tags) for d, cats, mn, tags in c.items]

c.write()
