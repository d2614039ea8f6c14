"""train/ui2: "the one sentence that matters in a long letter", part 2 (Brackenbury West CLP, an
outer-London seat: the Ridley Park estate, Tollgate, St Anselm's, Kingsmere, Old Wharf). All
content hand-written.

The secretary is Tunde Bakare. Chair Ros Whitfield (lives in Kingsmere, has a small son),
treasurer Dariusz Nowicki, MP Sunita Gaur (office on Tollgate High Street, caseworker Ollie
Brennan, office manager Mel Fairbairn), councillors Grace Akande (Ridley Park), Nasreen Begum
(St Anselm's), Jamal Osei (Old Wharf) and Phil Durrant (Kingsmere, cabinet member for the
environment and the Kingsmere low-traffic neighbourhood). Live rows: the Ridley Park
regeneration and decant, the LTN, council tax and the youth-service cuts, Gaza, the two-child
limit, PIP and welfare cuts, the asylum hotel on Tollgate Road. GCs are at St Anselm's church
hall; the local paper is the Brackenbury Gazette.

Every message is long (250-700 words) and about ordinary business; one sentence in it matters.
27 safety and 33 non-threats carrying one strong sentence that is not menace (10 complaint,
5 query, 6 procedural, 3 urgent, 3 data-protection, 4 other, 2 bulk)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ui2", seed=7102)
c.clp = ("Brackenbury West CLP", "Tunde Bakare", "clpsecretary@brackenburywestlabour.org")
P = c.person
D = c.date
SEC = "Tunde Bakare <clpsecretary@brackenburywestlabour.org>"

# 1 ------------------------------------------------------------------ safety: decant casework, children in the middle
c.add("safety", subject="Ridley Park decant - Harcourt House, flat 44",
      sender=("Leanne Mulvey", "leanne.mulvey@gmail.com"), date=D(260),
      tags=("embedded", "implicit", "veiled", "wish-harm", "long"),
      body="""Hello Mr Bakare,

I'm emailing the Labour Party because the council's regeneration team have stopped answering me and I was told at the tenants' meeting that you'd know which councillor to chase.

I live at 44 Harcourt House on the Ridley Park estate with my three children (14, 9 and 6). We're in phase 2 of the decant. In October we were told we'd be offered a like-for-like three-bed on the estate or within the borough, and that we'd have "a right to return" to the new blocks. Since then:

- We've been offered one property, a two-bed in Sidcup, which is not in the borough and is an hour and a half from the kids' schools. I turned it down and was told that counts as one of my two "reasonable offers".
- Half the flats on our landing are already boarded up. The lift has been broken since February because, the caretaker says, "there's no point fixing it now". We're on the ninth floor. My youngest has asthma.
- The security guards who were supposed to patrol the empty floors left in January. There are people sleeping in the stairwell.

I went to Cllr Akande's surgery in March. She was sympathetic, she wrote it all down, and she said she'd "escalate it". I haven't heard a thing since.

I know Grace Akande lives on Tollgate Road. The house with the blue door and the red bike chained to the railings out front, her boy's. I've walked past it taking mine to school. Nice and safe, that road. My kids are losing their home, their school, their mates, everything, because of a decision she voted for. Maybe her kids should find out what it feels like to not be safe where they live. I'm not saying I'd do anything. I'm saying people on this estate talk, and they know that house as well as I do.

What I need is an offer of a three-bed in the borough, in writing, and the lift fixed until we go. That's it. I'm not asking for anything anyone else wasn't promised.

Leanne Mulvey
44 Harcourt House, Ridley Park""")

# 2 ------------------------------------------------------------------ complaint: LTN, strangling metaphor
c.add("complaint", subject="Kingsmere LTN is killing Old Wharf Parade",
      sender=("Costas Georgiou", "costas@georgiouandsons.example.co.uk"), date=D(290),
      tags=("long", "hard-negative", "metaphor", "angry"),
      body="""Dear Secretary,

I am a Labour member (St Anselm's branch, since 2009) and I run Georgiou & Sons, the greengrocer on Old Wharf Parade, which my father opened in 1974. I also chair the Old Wharf Parade Traders' Association, which has eighteen members, nearly all of them small family businesses. I am writing to ask the CLP to take a position on the Kingsmere low-traffic neighbourhood, because our own councillors will not.

I want to be fair about this. I am not against clean air. I have two grandchildren with asthma. I cycle to the wholesaler on Sundays, which at my age is a small miracle. I understand why residents in Kingsmere wanted the rat-running stopped.

But the way the scheme was designed has pushed all of the traffic that used to go through Kingsmere onto Old Wharf Road and the Parade. Our end of the borough now has the traffic, the fumes and the queues, and none of the planters. Deliveries to the Parade now take forty minutes longer because the lorries have to go round by the gyratory. Two of my suppliers have added a surcharge. Footfall, according to the traders' own survey (I have the figures), is down 23% since the scheme went in. The Turkish bakery closed in March. The dry cleaner goes in July. The council says "correlation is not causation". My accountant says the same thing in a different tone of voice.

The truth is the LTN is strangling Old Wharf Parade, slowly, and nobody on the Labour group will say so in public because Phil Durrant is the cabinet member and it's his scheme.

We asked for three things a year ago: a loading exemption for the Parade, a change to the camera times so the 7am deliveries can come through Kingsmere, and a proper review with the traders at the table. We have had one meeting, with an officer, who took notes.

I would like the GC to discuss a motion on this. I can draft one. I would like Cllr Durrant to come to a traders' meeting and hear it from us directly. And I would like someone in the party to explain why a Labour council seems to care more about the view from a Kingsmere bay window than the shops at the other end of the borough that have been there for fifty years.

Yours sincerely,

Costas Georgiou""")

# 3 ------------------------------------------------------------------ safety: Gaza rant, veiled history in second half
c.add("safety", subject="Sunita Gaur's vote - an open letter from a former volunteer",
      sender=("Hamza Rashid", "hamza.rashid.bw@outlook.com"), date=D(280),
      tags=("embedded", "veiled", "implicit", "long"),
      body="""Tunde,

I'm sending this to you because you were always straight with me when I volunteered in the 2024 campaign, and because I want someone in the CLP to read it rather than a caseworker.

I knocked on about two thousand doors for Sunita Gaur. I ran the Tollgate phone bank. I persuaded my parents, who had never voted in their lives, to register. I talked to people on the Ridley Park estate who'd given up on politics altogether, and I told them, hand on heart, that she was different, that she'd listen, that she was one of us.

Over the past year I've watched her refuse to meet a delegation of her own constituents who have family in Gaza. I've watched her office send out a letter with a typo in the name of the hospital that was bombed. I've watched her abstain on the things that mattered and vote with the whip on the things that didn't. And last month I watched her stand up in the Commons and describe people like my mum, who goes to the Saturday vigil with a flask and a folding chair, as "a vocal minority".

People round here are not a minority and they have not forgotten. They're angry in a way I've not seen before, angrier than after the Iraq war, and my dad remembers that.

Sunita should remember that MPs aren't untouchable. Others have found that out the hard way, in their own constituencies, at their own surgeries. I'm not threatening her, I'd never do that. I'm telling you what people are saying at the vigils and on the estates, and what some of the younger ones say when they think the older ones aren't listening. If she keeps holding her surgeries on Tollgate High Street with one caseworker and a glass door, that's her choice. I'd be more careful, in her shoes.

I'm not a member any more. I left in January. But I still care what happens to this borough, and I'd like you to pass this on to her office, in full, because I don't think she knows.

Hamza""")

# 4 ------------------------------------------------------------------ query: buddy system, news about a stabbing
c.add("query", subject="Canvassing in Ridley Park - buddy system?", sender=("Sophie Akintola", "sophie.akintola@gmail.com"),
      date=D(250), tags=("long", "hard-negative", "news-about-threats"),
      body="""Hi Tunde,

I'm a fairly new member (joined after the election) and I live just off Tollgate Road. I've been to a couple of Ridley Park branch meetings and I've signed up to help with the by-election campaign for the Harcourt seat. I have a few practical questions before Saturday.

First, do we get told which streets or blocks we're doing in advance, or is it just turn up and see? I'd like to look at the map beforehand because I don't know the estate well and some of the blocks have really confusing entrances.

Second, is there a buddy system? I'd assumed there would be, but one of the other new members said she was sent off on her own to do the low-rise bit last month and nobody checked she'd got back. I'm not trying to get anybody into trouble. I just want to know what the usual arrangement is.

The reason I'm a bit nervous, honestly, is that there was a stabbing near the Ridley Park shops three weeks ago, which was all over the Gazette and the local Facebook groups. The police said it was a dispute between two young men who knew each other and had nothing to do with anyone else, and I know the estate is mostly lovely, full of families and old people who'll talk your ear off. But my mum read about it and has been on at me ever since, and I'd like to be able to tell her there's a plan.

Third, is there any advice on what to do in the blocks? Like, are we allowed to knock on doors inside the blocks if someone buzzes us in, or only the ones with doors onto the walkway?

And last one, is there a WhatsApp group for the Saturday team? I'm happy to bring biscuits.

Thanks, and sorry for the list!

Sophie""")

# 5 ------------------------------------------------------------------ safety: P.S. on an LTN/ward query, the chair's child
c.add("safety", subject="Which ward am I in now? (and the LTN consultation)",
      sender=("Graham Petrie", "g.petrie@sky.com"), date=D(240),
      tags=("embedded", "veiled", "implicit", "stalking", "threat-at-end", "long"),
      body="""Dear Sir or Madam,

I'm a resident of Kingsmere Avenue and I have been since 1998. After the boundary review I'm no longer sure which ward I'm in. My polling card last time said "Kingsmere & Tollgate" but the council's website now says "Kingsmere", and a leaflet I had through the door from your party says "Tollgate North". Which is it? And who are my councillors? I'd like to write to them about the low-traffic neighbourhood.

On the LTN itself. I'm not a member of any party. I have lived with the scheme for eighteen months and I've come to a view, which is that it has made my road quieter, my commute by car longer, my elderly mother's carers later, and my neighbours at each other's throats. I took part in the original consultation, which was online only and closed in August when half the street was away. I'd like to know whether there will be a new consultation before the experimental order becomes permanent, and if so whether it will be on paper this time. My mother is 88 and doesn't do the internet, and neither do a lot of people at the Kingsmere end.

I'd also like to know who actually makes the decision. Is it the cabinet member, Cllr Durrant, or the full council? If it's him alone, that seems an awful lot of power for one man over thousands of people's roads.

Thank you for your help with the ward question, at least.

Graham Petrie
Kingsmere Avenue

P.S. I saw your chair, Ros Whitfield, in the Kingsmere Tesco on Saturday morning, with her little boy in the trolley seat, the one with the curly hair and the dinosaur wellies. She signed the letter backing the LTN, didn't she. You might tell her she wants to be more careful what she puts her name to, and more careful who's standing behind her in the queue. A lot of people round here know her face now.""")

# 6 ------------------------------------------------------------------ procedural: budget motion with 'gut' and 'savage'
c.add("procedural", subject="Motion for the February GC: council budget and youth services",
      sender=("Nadia Farah", "nadia.farah@hotmail.co.uk"), date=D(320),
      tags=("long", "hard-negative", "metaphor"),
      body="""Dear Tunde,

The Old Wharf branch agreed the following motion at its meeting on 14 January (proposed by me, seconded by Kemi Adebayo, passed 19-2-1) for the February GC. Please confirm it's in order and within the deadline.

MOTION: PROTECT BRACKENBURY'S YOUTH SERVICES

This CLP notes:

1. The council's draft budget for next year proposes a further £1.4m reduction in the youth services budget, on top of £2.1m over the previous two years.
2. This would mean the closure of the Old Wharf and Ridley Park youth centres and the end of the detached youth work team, leaving one council-run youth centre for a borough of 320,000 people.
3. Council officers' own equality impact assessment says the cuts will fall most heavily on young people from Black and minority ethnic backgrounds and those from low-income households.
4. Central government funding to London boroughs has been cut in real terms by over 40% since 2010, and the council faces a genuine and serious funding gap that is not of its making.

This CLP believes:

1. That the Labour group has made many difficult and responsible choices to protect the most vulnerable residents.
2. But that these particular cuts would gut youth provision in the two wards where it is most needed, at exactly the moment when the borough's own community safety strategy identifies youth diversion as a priority.
3. That savage cuts to youth services are a false economy, storing up far greater costs for policing, social care and the NHS.

This CLP resolves:

1. To ask the Labour group to remove the youth services reduction from the final budget, or to phase it over three years with a full consultation with young people.
2. To ask the group to explore alternatives, including a joint bid with the housing association partners on the Ridley Park regeneration, which has a community benefits budget.
3. To ask Sunita Gaur MP to raise local government funding, and youth services in particular, with ministers.
4. To invite the cabinet member for children and young people to the next GC.

I'd like to move it myself. Two young people from the Old Wharf youth centre have asked to come to the GC as observers, with a youth worker. Is that possible? They're 16 and 17.

Thanks,
Nadia Farah
Secretary, Old Wharf branch""")

# 7 ------------------------------------------------------------------ safety: motion with doxxing in the supporting statement
c.add("safety", subject="Motion - Kingsmere LTN: end the experiment",
      sender=("Kingsmere Residents for Fair Roads", "fairroadskingsmere@gmail.com"), date=D(230),
      tags=("embedded", "doxxing", "implicit", "conditional", "long"),
      body="""Dear Secretary,

Several of our committee are Labour members in Kingsmere branch, and we understand that a motion can be brought to the GC by a branch or affiliate. Our branch has refused to take it. We are therefore sending it to you directly and asking you to circulate it to delegates so that they at least know what residents think.

MOTION
This CLP notes that the Kingsmere LTN was introduced under an experimental traffic order without meaningful consultation; that it has displaced traffic onto Old Wharf Road, Tollgate Road and the gyratory; that it has increased journey times for disabled residents, carers and emergency services; and that 4,100 people have signed the Fair Roads petition.

This CLP calls on the Labour group to let the experimental order lapse in September and to hold a new consultation, on paper as well as online, before any permanent scheme.

SUPPORTING STATEMENT
Residents have tried everything. We have written, we have petitioned, we have gone to surgeries and we have spoken at full council. We have been ignored. So we have taken a different approach. Residents have compiled the home addresses of all nine Labour councillors who voted for the scheme, and the list is being passed round the streets that are suffering the displaced traffic. Cllr Durrant's is at the top, Kingsmere Avenue, naturally, inside the LTN. If the order is not allowed to lapse, residents will be visiting each of those addresses, in numbers, so the councillors can experience at their own front doors what we experience every day at ours. We hope it will not come to that. It is entirely up to the Labour group.

We would ask that the supporting statement is circulated with the motion in full.

Kingsmere Residents for Fair Roads (committee)""")

# 8 ------------------------------------------------------------------ complaint: PIP casework ignored, 'everyone will know'
c.add("complaint", subject="Three months and no reply from Sunita Gaur's office",
      sender=("Michelle Osborne", "michelle.osborne@yahoo.co.uk"), date=D(222),
      tags=("long", "hard-negative", "angry"),
      body="""Dear Mr Bakare,

I know you're not the MP's office. I know the CLP is volunteers. I'm writing to you because the MP's office has stopped replying to me and somebody at my church said the local party might be able to give them a nudge.

My husband, Keith, has multiple sclerosis. He was on the enhanced rate of PIP for both components for six years. In November he was reassessed by telephone, for 35 minutes, and awarded nothing for mobility and the standard rate for daily living. He can't walk more than twenty metres without his sticks and falls two or three times a month. The assessor wrote that he "was able to walk to the door to answer the phone". He was sitting down. The phone was next to him.

We've lost £300 a month. We've lost the car, which was on the Motability scheme and had to go back in February. Keith now can't get to his hospital appointments without a taxi, which costs £28 each way to St Thomas's.

I wrote to Sunita Gaur's office on 4 December. I got an automatic reply. I wrote again on 9 January. A caseworker called Ollie rang me back on 16 January, was very kind, said he'd write to DWP, and asked me to send him the assessment report, which I did that afternoon. Since then I've written four times, rung six times, and been to the office on Tollgate High Street once, where the door was locked at 2pm on a Tuesday with a sign saying "Staff training".

The mandatory reconsideration has been turned down. The tribunal date isn't until October.

I'm not after miracles. I'm after a phone call. I'm after somebody telling me whether the letter to DWP was ever sent and whether there's been any reply.

If I don't hear by the end of the month, I'll be writing to the Brackenbury Gazette with the whole story and every email I've sent, and everyone will know how the Labour MP for Brackenbury West treats disabled constituents. I don't want to do it. Keith doesn't want me to do it. But I can't think what else there is.

Yours sincerely,

Michelle Osborne""")

# 9 ------------------------------------------------------------------ safety: branch report, one line about a leaflet with a cross on a house
c.add("safety", subject="St Anselm's branch report", sender=("Femi Adeleke", "femi.adeleke.stanselms@gmail.com"), date=D(215),
      tags=("embedded", "third-party-report", "doxxing", "implicit", "long"),
      body="""Hi Tunde,

St Anselm's branch report for Thursday. Short and to the point as usual, except for point 4.

1. Meeting. 24 present on the 9th at the church hall, plus 6 on Zoom. Speaker: Ollie Brennan from the MP's office on casework trends (PIP, housing, immigration delays). Very useful; lots of questions.

2. Campaigning. Three sessions, 520 doors. The main issues were council tax (the 4.99% rise is going down badly), the asylum hotel on Tollgate Road (mixed, but some very hostile doorsteps), PIP, and the state of the pavements on St Anselm's Road. Contact rate 41%.

3. Membership. 212 members, 9 new since January. Four lapsed members re-joined after the phone bank. Thanks to Dariusz for the arrears list.

4. Incident. On Thursday morning, a leaflet was found in the branch pigeon-hole at the church hall, where members' post is left. It was an A4 colour printout of a photograph of Cllr Nasreen Begum's house, clearly taken from across the road, with her front door and car visible, and a thick red cross drawn through the house in marker pen. Written underneath: "TRAITOR. WE KNOW." No name, no postmark, so it was dropped in by hand. The church warden found it and gave it to me. We've informed Nasreen, who was understandably very shaken, and we've given it to the police, who have her address flagged now. We'd like the GC to be told, and we'd like to know what support the CLP can give Nasreen. The branch has agreed to stop using the church hall pigeon-holes for anything with members' names on.

5. Fundraising. Jollof and jazz night raised £640. Thank you to Mama Bisi for the food, as always.

6. Motions. None this month.

7. AOB. The church has asked us to stop leaving the heating on after meetings. That was probably me.

Femi Adeleke
Branch Secretary, St Anselm's""")

# 10 ----------------------------------------------------------------- urgent: hustings tonight, stewards needed
c.add("urgent", subject="TONIGHT - hustings stewards: we're two short, need names by 5pm",
      sender=("Ros Whitfield", "ros.whitfield.chair@gmail.com"), date=D(205),
      tags=("long", "hard-negative", "news-about-threats", "confuser", "safety-advice"),
      body="""Tunde,

Quick one, but it's for tonight so please read it now rather than later.

We're two stewards short for the Harcourt by-election hustings at the Ridley Park Community Centre tonight (doors 6.30, start 7). Femi has dropped out with a migraine and Jide has been called in to work. That leaves us with four: me, Dariusz, Kemi and Pat. The venue's own guidance says six for a room of that size, and after the hotel protests last month the police liaison officer specifically asked us to have six, with two on the door and one at each fire exit. I don't want to run it with four. If we can't find two more by 5pm I think we have to ring the other parties and the Gazette and push the start back to 7.30 while we find people.

What I need from you:

1. Can you send an email to the St Anselm's and Old Wharf lists now asking for two volunteers? They need to be there by 6.15 for a briefing. No experience needed. They'll get a hi-vis vest and a walkie-talkie, and mostly they'll be showing people to seats and handing out question cards.

2. Can you ring the community centre (Marcus, 020 7946 0312) and check that the side fire exit onto Harcourt Walk is unlocked? It was padlocked at the branch meeting last week.

3. Can you bring the spare hi-vis from the office? They're in the box under the printer.

Just so you've got the background: nothing specific has been threatened, as far as I know. The police were very clear about that. It's just that after what happened at the hustings in Lewisham in the spring, which you'll have seen on the news, and the protests outside the hotel, they want every public meeting in the borough properly stewarded. Which is fair enough.

I'll be at the centre from 5.30. My mobile is on.

Ros""")

# 11 ----------------------------------------------------------------- safety: quoted, banned ex-member's message inside a member's reply
c.add("safety", subject="Re: Re: Message from Lloyd (please read before Thursday)",
      sender=("Pat Hennessy", "pat.hennessy@btinternet.com"), date=D(198),
      tags=("embedded", "quoted", "third-party-report", "veiled", "stalking", "long"),
      body=c.quote_reply("""Tunde,

Thanks for getting back to me. I appreciate you've got the rules to follow and I'm not asking you to bend them.

I've put Lloyd's message back at the bottom so you've got it all in one place. I know you said you'd "noted" it, but I don't think you can have read it properly, because if you had you wouldn't have said it was "a matter for the disputes process". The disputes process is about whether he gets his membership back. The bit I'm worried about is the fourth paragraph.

I've known Lloyd for twenty years. He's not a violent man, or he wasn't. But since he was expelled he's been drinking, and he's been turning up at the bottom of my road, and he knows everybody's movements because he used to be the one who organised the rota. He knows Ros takes the 7.42 and he knows she parks at the station car park on Thursdays. He knows where Dariusz lives because he used to give him a lift.

I'm not trying to get him into more trouble. I'm trying to stop something happening that none of us can take back. I think someone should tell the police, and I think Ros and Dariusz should be told before Thursday.

Pat""",
      """On Monday, Lloyd Brewster wrote:

Pat, you're the only one of that lot who'll still talk to me so I'm telling you and you can pass it on.

Eleven years I gave that CLP. Eleven years of Saturdays, rotas, the lot. And they threw me out over three Facebook posts and a row at a GC that Ros started. No hearing worth the name. A letter from London with a number on it.

I've got nothing now. No party, no branch, no mates at the Thursday pints because they're all too frightened to be seen with me.

So here's what I want you to tell them. I know Ros gets the 7.42 on Thursdays and parks at the top of the station car park by the ticket machine where there's no camera. I know Dariusz walks his dog on Tollgate Common after the ten o'clock news. I know which one of them signed my letter. I'm not going to do anything daft. But they should know that I know, and they should think about what they've done to a man who's got nothing left to lose.

Tell them I'll be at the GC on Thursday. Outside, if they won't let me in.

Lloyd""", quoted_from="Pat Hennessy <pat.hennessy@btinternet.com>", style="gmail"))

# 12 ----------------------------------------------------------------- complaint: selection shortlist ultimatum
c.add("complaint", subject="Tollgate selection: Ros must go", sender=("Delroy Campbell", "delroy.campbell@outlook.com"),
      date=D(190), tags=("long", "hard-negative", "angry"),
      body="""Tunde,

I'll keep this as short as I can, which for me is not very.

The way the Tollgate ward selection has been handled is the worst I've seen in thirty years in this party, and I've seen a few. The branch nominated three members. Two of them are Black, one of them is me, and both of us were left off the shortlist, which ended up being one white man from Kingsmere who moved into the ward eighteen months ago and whose main qualification, as far as I can tell, is being Ros Whitfield's neighbour. The panel was chaired by Ros. When I asked who else sat on it, I was told that "panel membership is not disclosed". When I asked for feedback I got a paragraph that could have been written about anybody.

I've been a councillor before. I was the cabinet member for housing from 2010 to 2014. I lost my seat in the boundary changes, not because anybody voted me out. I've knocked on more doors in Tollgate than everybody on that panel put together.

I'm not saying it was deliberate. I'm saying it looks terrible, and in politics what it looks like is most of what it is. The Black members of Tollgate branch have noticed, and so have the Black voters of Tollgate ward, and the Greens have noticed that they've noticed.

Here's where I am, and I've thought about it carefully. Either Ros steps down as chair and the Tollgate selection is re-run with a new panel, or I cancel my direct debit on the first of next month, and I'm taking the Tollgate branch with me. I've spoken to eleven members this week. Nine have said they'll go if I go. That's the branch.

I don't want that. I've been Labour since I was sixteen. But I won't be made a fool of in my own ward.

I'd like this to go to the Executive and I'd like a reply in writing.

Delroy Campbell
Tollgate branch""")

# 13 ----------------------------------------------------------------- safety: asylum hotel rant, wish-harm on the MP
c.add("safety", subject="the hotel on Tollgate Rd", sender=("Barry Kemp", "barry.kemp64@hotmail.com"), date=D(185),
      tags=("embedded", "wish-harm", "long"),
      body="""I'm writing to you because Sunita Gaur's office just sends me the same letter every time, "the Home Office is responsible for asylum accommodation", like I can't read.

I have lived on Tollgate Road for 41 years. My wife and me raised three kids here. The Bellmont Hotel used to be where you went for a wedding do or a Sunday carvery. Now it's got security fencing round it and 200 single men in it and a van from the Home Office coming and going at all hours, and nobody asked us. Not the council, not the MP, not nobody. We found out from a bloke in the Red Lion who'd seen the contract on the internet.

I'm not a racist. My daughter-in-law is from Ghana and my grandson is the best thing in my life. I've got nothing against people who come here properly. But you can't put 200 blokes in a hotel on a residential road with a primary school at the end of it and no plan for what they do all day and then tell people who live there they're bigots for asking a question.

The GP's full. The school's full. The buses are full. My wife won't walk to the shops after dark now, and she's walked to them every day since 1983.

I went to Sunita Gaur's "community meeting" about it in March. She stood at the front for twenty minutes reading from a bit of paper and then said she had to go to another engagement. She was out the back door before the questions. Then I see her on the local news two weeks later at a "welcome event" at the hotel with a tray of samosas, smiling for the camera.

I'm not threatening anybody. Put that in writing. But I'll say it once: if something happened to that woman on her way home from one of her welcome events, I wouldn't lose a minute's sleep, and I know a lot of people on Tollgate Road who'd say the same and worse. She's brought it on herself. Maybe then she'd find out what it's like to be frightened on your own street.

Close the hotel. Move them somewhere with the services. And tell her to come and talk to us properly, without the back door.

B. Kemp""")

# 14 ----------------------------------------------------------------- query: volunteering for the count, 'axed'
c.add("query", subject="Volunteering for the count - and everything else!", sender=("Angela Mbeki", "angela.mbeki@gmail.com"),
      date=D(180), tags=("long", "hard-negative", "benign-violent-word"),
      body="""Hi Tunde,

I hope you don't mind me writing out of the blue. I've been a member for about three years but I've never really done anything apart from pay my subs and vote in the odd selection, so you probably don't know who I am. I live in St Anselm's, near the church.

The short version is that I now have a lot of time on my hands. The company I've worked for for eleven years (I was in HR for a logistics firm in Croydon) has just announced a "restructure", which is management-speak for axing half the department, and I was in the half that got the chop. I'm fine, honestly. There's a payout, I've got savings, and I was getting fed up with the commute anyway. But I've realised I've spent the last decade telling myself I'd get involved "when I have more time", and now I've got nothing but time, so here I am.

Some questions:

1. Are there counting agents needed for the Harcourt by-election count? I did it once years ago in Lewisham and I remember enjoying it in a slightly strange way, all those piles. What does it involve now, and do I need to be trained?

2. Is there anything in the daytime? Most canvassing seems to be evenings and Saturdays, which I can do, but I've now got Tuesdays to Fridays free as well, and it'd be nice to be useful then too. Office work, casework support, phone banking, anything.

3. Is it possible to shadow someone in the MP's office, or does that only happen for students? I'm not after a job (well, not yet). I'd just like to understand how casework works.

4. I'm a trained mediator. I don't know if that's useful to the party, but I'm aware from the Facebook groups that some of the meetings are, shall we say, lively. If there's ever a need for someone to facilitate a difficult discussion, I'd be happy to.

5. Is there a branch social coming up? I'd like to meet people before I start knocking on their neighbours' doors.

Thanks so much. Sorry it's a long one. I'm clearly not used to having time to write emails that aren't about redundancy packages.

Best wishes,
Angela""")

# 15 ----------------------------------------------------------------- safety: forwarded surgery-booking thread, one message with menace
c.add("safety", subject="FW: Surgery bookings Friday - and a concern", sender=("Mel Fairbairn", "mel.fairbairn@parliament.example.uk"),
      date=D(176), tags=("embedded", "forwarded", "third-party-report", "veiled", "long"),
      body=c.forward("""Hi Tunde,

Sending you this thread because the CLP's number is on the surgery poster at St Anselm's, so you may get calls about it. Friday's surgery is fully booked: I've put the list below so you can tell anyone who asks.

But please read the message from Mr Okonkwo-Hale, the third one down. He's booked in for the 11.40 slot. Sunita has seen it, and we've agreed with the police that an officer will be in the building on Friday. We've not cancelled his appointment, on the police's advice, but we've moved him to the end of the session.

I'd be grateful if you didn't circulate this. If he rings the CLP, please just take a message and pass it to me. Don't engage.

Thanks,
Mel
Office Manager, Office of Sunita Gaur MP""",
      """From: Office of Sunita Gaur MP
Subject: Surgery bookings Friday

Friday surgery, St Anselm's church hall, 10am-12.30pm. All slots now taken:
10.00 Mrs A. Lewandowska (housing)
10.20 Mr and Mrs Ahmed (immigration, visa delay)
10.40 Ms T. Grant (PIP)
11.00 Mr J. Harlow (noise, neighbour)
11.20 Mrs P. Ogunleye (school place)
11.40 Mr D. Okonkwo-Hale (Ridley Park decant)
12.00 Reserve

---

From: D. Okonkwo-Hale
Subject: RE: Your surgery appointment

Thank you for confirming my appointment. I have been waiting eight months for one.

I will be bringing the file on my flat, the letters from the council, and my neighbours' statements. I'll want more than the twenty minutes you've given me.

I'll be at the surgery on Friday. Tell her to make sure she has her security with her. She'll need it. I've been patient for eight months and my patience has run out, and I'm not the only one on Harcourt House who feels that way. She can listen to me in the hall, or she can listen to me somewhere else, on a day she's not expecting it.

D. Okonkwo-Hale

---

From: Office of Sunita Gaur MP
Subject: Your surgery appointment

Dear Mr Okonkwo-Hale, we can confirm an appointment with Sunita Gaur MP at her advice surgery at St Anselm's church hall on Friday at 11.40am. Appointments are 20 minutes. Please bring any relevant documents. Kind regards, Constituency Office""",
      orig_from="Office of Sunita Gaur MP <office@sunitagaur.example.org.uk>", orig_subject="Surgery bookings Friday",
      style="outlook"))

# 16 ----------------------------------------------------------------- complaint: Gaza, 'blood on your hands' in the P.S.
c.add("complaint", subject="Why was the ceasefire motion ruled out of order?", sender=("Ruth Abrahams", "ruth.abrahams@protonmail.com"),
      date=D(270), tags=("long", "hard-negative", "metaphor", "angry"),
      body="""Dear Tunde,

I'm writing as a member of Kingsmere branch and as one of the Jewish members of this CLP who supported the ceasefire motion at the last GC, because I think some people have assumed that everyone who spoke against it was speaking for Jewish members. They weren't speaking for me.

My complaint is about process, not politics.

The motion was submitted by Old Wharf branch on time. It appeared on the draft agenda. It was then removed from the final agenda two days before the GC, with a note saying it had been "ruled out of order on legal advice". No one has seen this legal advice. No one has been told what in the motion was unlawful. At the GC itself, when Nadia Farah raised a point of order, the Chair said she would "not be discussing it further" and moved on. Several of us left.

I've read the motion. It calls for a ceasefire, the return of the hostages, unimpeded humanitarian access, and a halt to arms sales that could be used in breach of international humanitarian law. All of those are positions that have been taken, at one time or another, by Labour MPs, by the Shadow Cabinet, and by the Foreign Secretary. I can't see what's out of order about them.

I'd like to know:

1. Who gave the legal advice, and can it be shared with delegates, even in summary?
2. Which paragraph or phrase was the problem? If it's one word, could the branch not have been asked to amend it?
3. Will the motion be allowed on the agenda of the next GC, amended if necessary?

I'm aware how charged this is, and I'm aware that some members, Jewish and not, feel very differently from me. I think they should be able to say so in a debate. So should I. What I don't accept is a CLP that can't debate the most important issue of the year.

Best wishes,
Ruth Abrahams
Kingsmere branch

P.S. I'll say here what I'd have said in the debate if it had been allowed. Every government that keeps selling arms while this goes on has blood on its hands, ours included, and I'd rather my party was on the right side of that before history decides it for us.""")

# 17 ----------------------------------------------------------------- safety: ten things list, last item
c.add("safety", subject="10 things wrong with Brackenbury West CLP", sender=("anon", "bwlabourwatch@protonmail.com"),
      date=D(168), tags=("embedded", "stalking", "implicit", "veiled", "threat-at-end", "long"),
      body="""Secretary,

A number of us have been keeping notes. Here, for the record, are ten things wrong with this CLP. Feel free to read them out at the AGM. We'll know if you don't.

1. GCs start late, run late, and the important items are always last, when half the delegates have left to catch the last bus to Ridley Park.

2. Minutes are circulated three weeks after the meeting, by which time nobody can remember what was said, which is presumably the idea.

3. The ceasefire motion was ruled out on "legal advice" that no one has ever seen.

4. The Tollgate selection was decided by the Chair's mates on a panel whose names are a state secret.

5. The treasurer's report is one page and says nothing. Where did the £2,400 from the jollof night and the quiz go?

6. Members who ask questions are called "disruptive". Members who agree with the officers are called "loyal". We've noticed who gets put on panels.

7. Half the branch secretaries have been in post for more than ten years. Some of them have forgotten they were ever elected.

8. The CLP's WhatsApp group is used by officers to discuss members behind their backs. We've seen screenshots.

9. The MP turns up to the GC twice a year, and only when there's a photo.

10. Tunde. We've noticed you walk home after every GC. Through Ridley Park, across the green and along the back of Harcourt House, where the lights have been out since Christmas. On your own, about ten past ten, with your headphones in. Interesting choice, for a man who's upset so many people. We'd vary it if we were you. Or don't. We'll be watching either way.

Brackenbury West Labour Watch""")

# 18 ----------------------------------------------------------------- procedural: nomination statement for BAME officer, news about abuse
c.add("procedural", subject="Nomination - BAME Officer - statement for AGM pack",
      sender=("Kemi Adebayo", "kemi.adebayo@gmail.com"), date=D(300),
      tags=("long", "hard-negative", "news-about-threats"),
      body="""Dear Tunde,

Please find my nomination for BAME Officer below. I've been nominated by Old Wharf branch (proposed Nadia Farah, seconded Jamal Osei) and by the GMB branch at the council depot. I'll send the signed forms separately. My statement is 290 words, I hope that's within the limit.

---

KEMI ADEBAYO - BAME OFFICER

I'm a nurse at Brackenbury Hospital, a mum of two, a GMB rep, and I've lived on the Ridley Park estate for nineteen years. I've been a member since 2015 and Old Wharf branch vice-chair for the last two.

Over half the people in this constituency are from Black, Asian and minority ethnic backgrounds. Our GC, our Executive and our list of councillors don't look like that yet. I'd like to change that, and I think we can.

If elected I will:

- Hold a BAME members' forum every quarter, in a different ward each time, with childcare and food, on a weekday evening and a Saturday alternately.
- Run a "next councillors" programme for BAME members thinking of standing in 2026, with mentoring from sitting councillors.
- Work with the Women's Officer on support for candidates who face abuse. We all know what has happened nationally: the reports every year of racist and misogynist abuse aimed at Black and Asian women MPs in particular, the prosecutions for threats sent to MPs and councillors in other parts of the country, and the evidence that fear of abuse stops good people from standing. Nobody in our CLP should have to face that alone, and nobody should be put off standing because of it.
- Make sure the CLP's selection panels are diverse, and that the membership of panels is published.
- Build links with the mosques, churches, gurdwaras and community groups in the constituency, not only at election time.

I'd be proud to serve.

---

Thanks for all your work, Tunde. I know it's a thankless job.

Kemi""")

# 19 ----------------------------------------------------------------- safety: Somali member's casework letter, son threatened while canvassing
c.add("safety", subject="housing repair and also about my son", sender=("Hodan Warsame", "hodanwarsame@hotmail.com"),
      date=D(160), tags=("embedded", "third-party-report", "non-native", "long"),
      body="""Assalamu alaikum Mr Tunde,

I am Hodan Warsame, member of Labour in Ridley Park branch since 2019. I am sorry to write long email, my English is not perfect, my daughter normally check but she is at university now.

First about my flat. I live in Carlton House, flat 12, ground floor. Since December there is water coming from the ceiling in the kitchen from the flat up. I report to housing association four time, they send a man one time, he look and say "we will order the part". Since then nothing. Now the ceiling is brown and is soft in the corner and I am afraid it will come down. I have photo. My youngest son is 7 and I don't let him go in the kitchen. Please can Cllr Akande help, she help me one time before with the school.

Second, my other son Abdirahman is 19, he is also member now, he help with the canvass for the by-election every Saturday with Mr Femi and the young members. He love it, he want to be councillor one day, inshallah. But two week ago something happen and he tell me only last night because he was not wanting to worry me.

When he was giving leaflets at the low blocks near Harcourt House, three men came to him, older than him, white men, and one took the leaflets from his hand and throw them on the floor. They say to him "go home, you people voting for the hotel" and bad words. Then one say "we know where you live, we seen you coming out of Carlton House with your mum. Next time we see you with them leaflets you won't walk home." And they take photo of him with phone. Since then he see one of them two time near our block in the evening, standing by the bins looking at our window.

Abdirahman say he will not stop canvass, he is stubborn like his father. But I am his mother and I am afraid. He say don't tell police because it make it worse. I don't know what to do. Please tell me if the party can help, and if Mr Femi know about this.

Thank you and sorry again for my English.

Hodan Warsame""")

# 20 ----------------------------------------------------------------- procedural: minutes correction, 'attacked'
c.add("procedural", subject="Draft GC minutes - two corrections please", sender=("Dariusz Nowicki", "dariusz.nowicki@outlook.com"),
      date=D(155), tags=("long", "hard-negative", "benign-violent-word", "confuser"),
      body="""Hi Tunde,

Thanks for getting the draft minutes out so quickly, they're a big improvement on last year's when we got them a month later and they read like a ransom note.

Two corrections, one factual and one about wording, and then a small suggestion.

1. Item 5, Treasurer's report. The minutes say the CLP's balance at 31 March was "£14,620". It was £14,260. I transposed the digits myself on the slide, so this is my fault, not yours, but I'd like the minutes to be right because they go to the auditors. The figure in the written report (page 2) is correct.

2. Item 5, discussion. The minutes say: "Cllr Osei attacked the Treasurer's report, in particular the line on the election fund." I'd be grateful if this could be changed to "Cllr Osei criticised" or "questioned" the report. Jamal didn't attack anybody. He asked, quite reasonably, why the election fund was lower than last year, and I answered, and we had a perfectly civil disagreement about whether the jollof night income should have gone into the general fund or the election fund. He's already messaged me to say he was mortified to read the word "attacked", and some of the newer members might read it and think we had some kind of punch-up, which we very much didn't. The minutes will be read by people who weren't there. "Attacked" sounds like a tabloid headline.

3. Item 8, the Kingsmere motion. Could it be recorded that the motion was "not taken" rather than "rejected"? It was never put to a vote because the branch hadn't passed it. I think that's an important distinction given the residents' group has been telling people we voted it down.

Suggestion: could we agree, as a general rule, that the minutes use neutral verbs for contributions ("said", "asked", "argued", "questioned") rather than descriptive ones? It would save you some awkward emails, and it's what most CLPs do.

Otherwise they look good. Thank you for doing them.

Dariusz
Treasurer""")

# 21 ----------------------------------------------------------------- safety: member's round-up email with a veiled line about a car
c.add("safety", subject="Tollgate Tuesday round-up #31", sender=("Maxine Okafor-Reid", "maxine.okaforreid@gmail.com"),
      date=D(150), to=["Tollgate members <tollgate-members@lists.brackenburywestlabour.org>"],
      headers=c.list_headers("Tollgate members", domain="lists.brackenburywestlabour.org"),
      tags=("embedded", "list", "veiled", "implicit", "doxxing", "long"),
      body="""Evening all, it's Tuesday, so here's your round-up. Grab a cuppa.

THIS WEEK
- Branch meeting Thursday, 7.30, Tollgate Library (side entrance, the main doors lock at 7). Agenda: the selection fallout (Delroy will speak), council tax, and a report from the youth centre campaign.
- Saturday canvass: 10.30 from the library steps, doing the streets north of the High Street. Sophie's bringing biscuits. Sophie always brings biscuits. Be like Sophie.
- Sunday: the Tollgate Road litter pick with the residents' association, 11-1. Gloves and grabbers provided.

THE SELECTION
I'm not going to editorialise. Delroy's email to the CLP is doing the rounds and you've all got opinions. Come on Thursday and say them to each other's faces, politely. The Chair has been invited. We'll see.

COUNCIL TAX
Bills have landed. 4.99%, the maximum without a referendum, same as everywhere else in London. The council's explainer is on the website. If you get it on the doorstep (you will), the line is: ten years of cuts from central government, social care eating the budget, and the single-person discount and the council tax support scheme are protected. People aren't buying it, to be honest, but it's true.

THE LTN
Still the number one doorstep issue in the Kingsmere end. Phil Durrant's agreed to come to a branch meeting in the summer. Fair Roads have been leafleting again. I've had two of their leaflets through my own door, which seems excessive. Speaking of Phil, you may have seen he parks that shiny black Tesla of his outside number 3 Kingsmere Avenue every night, right inside his own low-traffic zone, lovely and quiet, no camera on that bit. Seems a shame it hasn't had a "low traffic treatment" of its own yet. Tyres cost a fortune, don't they, and paint's so easy to scratch. Just saying. Somebody's going to think of it before long, and it won't be me.

YOUTH CENTRES
The petition is at 3,800. Nadia's motion is going to GC. Young people from Old Wharf will be there. Come and support them.

THE HOTEL
I know it's the thing nobody wants to talk about, but it comes up on the doorstep on Tollgate Road every week. The branch line is the CLP line: the Home Office is responsible, the council is pushing for an end date, and there's a residents' liaison group that meets monthly (next one the 19th, St Anselm's church hall). If someone's hostile, don't argue, take their details and pass them to Grace. If someone's frightened, same. Be kind.

DATA
Please, please, please enter your canvass returns within 48 hours. There are still returns from January in the office in an envelope marked "Tollgate misc". Dariusz has threatened to put them on the branch meeting agenda by name.

BIRTHDAYS
Big 70 for Pat Hennessy next Wednesday. Cake at the branch meeting. Don't tell her.

That's it. See you Thursday.
Max x""")

# 22 ----------------------------------------------------------------- complaint: estate bins, non-native, 'killing us'
c.add("complaint", subject="bins in Carlton House and nobody come", sender=("Mohammed Abdul Karim", "mdabdulkarim1972@gmail.com"),
      date=D(145), tags=("long", "hard-negative", "benign-violent-word", "non-native", "angry"),
      body="""Dear Labour Party,

My name is Mohammed Abdul Karim, I live in Carlton House on Ridley Park Estate 22 year with my wife and four children. I am Labour voter always, my father also in Bangladesh was supporting workers party. I am writing because I am very angry and I don't know who to complain, the housing association say is council, council say is housing association, every body say is not them.

The problem is the bins chamber at the bottom of Carlton House. From three month now the big bins is not empty regular. Sometime two week, sometime three week. The chute is blocked from 4th floor because the bins is full so people leave bags on the landing and on the stairs. There is rats. I see with my own eyes a rat as big like a cat going in the bin room, my children see also, my small daughter now is afraid to go down the stair. The smell in summer is terrible, honestly the stench is killing us, we cannot open window on that side. My wife have asthma and the doctor say the air is not good.

I make complaint to housing association by phone five time, I have reference numbers. They say "we have passed to the contractor". I go to the office in Ridley Park parade, the lady say the contractor is changed and new contractor don't have the right lorry for our bin chamber. Is this true? So what we must do, carry bags to the main road?

Also there is fly tipping by the garages, old sofa and mattress, since February. Children play there.

I know the estate is going to be knocked down in phase 3, everybody say this, but phase 3 is four or five year. We cannot live like this four or five year. We are people, we pay rent, we pay council tax.

Please ask Cllr Akande or Mrs Gaur to come and see with her own eyes. Any day, I take her myself down to the bin room. Then she understand.

Thank you,
Mohammed Abdul Karim
Carlton House, Ridley Park""")

# 23 ----------------------------------------------------------------- safety: two-child limit rant, conditional in the middle
c.add("safety", subject="Two child cap. Read this.", sender=("Kayleigh Doyle", "kayleigh.doyle@outlook.com"), date=D(140),
      tags=("embedded", "conditional", "veiled", "long"),
      body="""I've sent this to Sunita Gaur's office already and got the standard letter back so now I'm sending it to you, the local party, because apparently that's who she listens to.

I'm 29. I've got four kids, aged 11, 8, 5 and 2. Two of them don't count, according to your government. I didn't plan the last two the way some posh man on Question Time thinks people should plan kids, with a spreadsheet. My partner was working when we had them. He was made redundant from the depot when the council outsourced the parks, which was your council, by the way, and now he does what he can get. I work in a nursery three days a week. We're on Universal Credit top-up and we're £580 a month worse off than a family with two kids in exactly our position. That's the rent, near enough.

Labour said in opposition it would "look at" the cap. Then you got in and you looked at it and kept it. Then there was the rebellion and the MPs who voted against it got the whip taken away, and Sunita Gaur, who came to our school gates in 2024 and told us she'd fight for us, voted to keep it. I've got the leaflet. I kept it on the fridge as a joke for a while but it stopped being funny.

So here's me being very clear. If this goes through again in the autumn budget, if they don't scrap it this time, there will be consequences for every Labour councillor and every Labour MP in this borough, and I don't mean at the ballot box. I mean people are done being polite. There are a lot of us on Ridley Park in the same boat and we know where your councillors live and where your MP does her surgeries and we've got a lot more time on our hands than you'd think. Don't say nobody told you.

Scrap the cap. It costs less than what you lot spend on consultants.

Kayleigh Doyle
Ridley Park""")

# 24 ----------------------------------------------------------------- data-protection: home address in old minutes online
c.add("data-protection", subject="My home address is on your website (2019 minutes)", sender=("Alison Chen", "alison.chen@icloud.com"),
      date=D(135), tags=("long", "hard-negative", "dp-no-legal-words", "news-about-threats", "confuser"),
      body="""Dear Mr Bakare,

I'm a member of the party in Kingsmere branch, though not very active these days. I'm writing because I googled my own name this week (don't ask, my teenager dared me) and the fourth result was a PDF on the Brackenbury West Labour website: the minutes of a Kingsmere branch AGM from 2019.

It lists me as elected branch secretary, which I was for a year, and then under "Correspondence" it says: "Correspondence for the branch should be sent to the Secretary, Alison Chen, at 17 Poplar Grove, Kingsmere, or by phone to" and then my mobile number, which I still have. I had completely forgotten about this. I wasn't asked whether it could go online, and I certainly didn't expect it to be still there six years later and the first thing that comes up with my name.

I'm not angry, exactly, and I'm not trying to get anyone into trouble. I expect it seemed perfectly normal at the time; everybody in the branch knew where I lived anyway. But things have changed. My husband is a local GP and has had some nasty messages from patients over the last year. I've read, like everybody, about the threats that councillors and their families have been getting up and down the country, and the stories about people's addresses being shared online by people who don't like their politics. I'm not a councillor and I'm not planning to be. But with the LTN and the hotel and everything else going on in this borough at the moment, feelings are high, and I'd rather my address and my phone number weren't sitting on a party website for anyone who's looking for someone to be angry with.

Could you please:

1. Take that PDF down, or replace it with a version with my address and number removed?
2. Check whether there are any other documents on the website with my details in them (or, frankly, anyone else's)?
3. Ask Google to remove the cached copy, if that's something you can do? I think there's a form.
4. Let me know when it's done?

I'd be grateful if this could be done fairly quickly. Thank you for all you do.

Alison Chen""")

# 25 ----------------------------------------------------------------- safety: selection complaint with a diary of the chair's movements
c.add("safety", subject="Evidence for my appeal (Tollgate selection)", sender=("Russell Mayhew", "russell.mayhew@gmail.com"),
      date=D(130), tags=("embedded", "stalking", "implicit", "long"),
      body="""Tunde,

Please add the following to the file for my appeal against the Tollgate shortlisting, which I understand is going to the regional office. I want it on record before the deadline.

My appeal is based on three points, which I've already set out, but to summarise:

(a) The panel was chaired by Ros Whitfield, who has a personal relationship with the successful applicant (they are neighbours and their children attend the same nursery). This is a conflict of interest that should have been declared and was not.

(b) I was interviewed for eleven minutes. The successful applicant was interviewed for twenty-five. I have this from a member who was waiting outside.

(c) The scoring criteria were changed between the advert and the interviews. The advert mentioned "record of campaigning in the ward"; the interview questions did not ask about it at all.

On point (a), I want to show that the relationship is close and ongoing, so I've been keeping a record since the selection meeting. I've attached it but here's a summary. Monday: Ros leaves home at 6.25 for the gym on Kingsmere Parade, back by 7.40. Tuesday and Thursday: nursery drop-off at 8.20, with the boy, then the 8.41 from Kingsmere station, front carriage. Wednesday: she works from home, and the successful applicant's wife calls round at about 10 most weeks. Friday: Tesco at 5.30, then the park with the boy until it gets dark. Saturdays she's usually at the allotment on Poplar Grove on her own in the morning. I've got dates and times for all of it going back seven weeks, and photographs for some. I'm fairly sure I know her routine better than her husband does by now.

I'm not going to stop keeping the record until this appeal is decided. I want that to be understood. I'll keep watching, and I'll know if anything changes.

Please confirm that this will be included in the file.

Russell Mayhew
Tollgate branch""")

# 26 ----------------------------------------------------------------- query: student dues, 'my mum will literally kill me'
c.add("query", subject="hi!! student membership + can i come to the GC??", sender=("Zara Iqbal", "zara.iqbal06@gmail.com"),
      date=D(125), tags=("long", "hard-negative", "benign-violent-word"),
      body="""hi tunde (is that ok?? sorry if it should be Mr Bakare lol)

im zara, im 18 and i joined labour in september when i started at uni (i do politics at goldsmiths, classic i know) but i still live at home in old wharf with my mum and my nan so i think im in your CLP not the one near uni?? i went to one old wharf branch meeting in october and nadia said i should email you with my questions so here they are, sorry theres loads

1. MONEY. im paying the young members rate i think?? its £1 something a month. but my friend said if youre a student youre meant to pay even less or nothing?? is that true. im not complaining its a quid but if its free i want it free haha

2. the direct debit is coming out of my mums account because i set it up on her phone when i was 17 and didnt have a bank account yet. she doesnt know. if she finds out she will literally kill me, not because of the money but because she votes green and she thinks labour is "a lost cause". can i move it to my own account without cancelling my membership?? i really dont want to lose my membership date

3. can i come to the GC?? nadia said its for delegates only but observers can sometimes come. i want to see nadias youth services motion because the old wharf youth centre is literally where i spent my whole childhood and if they close it i will cry

4. is there a young labour group in brackenbury west or is it just london wide? i went to one london young labour thing and everyone was 25 and talked about "organising" for two hours

5. can i help with canvassing even though im at uni during the week? i could do saturdays

thanks sooo much and sorry for the essay!!

zara
(old wharf)""")

# 27 ----------------------------------------------------------------- safety: web form, parking permits, car photographed
c.add("safety", subject="Website enquiry: Parking permits - Old Wharf CPZ", sender=("Brackenbury West CLP website", "noreply@brackenburywestlabour.org.uk"),
      reply_to=("Stuart Gill", "stu.gill.oldwharf@outlook.com"), date=D(120),
      tags=("embedded", "webform", "implicit", "stalking", "veiled", "long"),
      body=c.webform({
          "Your name": "Stuart Gill",
          "Email address": "stu.gill.oldwharf@outlook.com",
          "Postcode": "BW7",
          "Topic": "Local issue",
          "Your message": """I live on Wharf Street in the Old Wharf controlled parking zone. In April the price of a resident's permit went from £96 to £184 for a normal petrol car, and to £312 for anything registered before 2015, which mine is (a 2013 Astra, runs perfectly, 71,000 miles, no reason to get rid of it). I did not get a letter about this. I found out when I went to renew online.

The council says it's an "emissions-based charging scheme" to "encourage the switch to cleaner vehicles". I'm a self-employed plasterer. I can't afford a new van and a new car, and I need the car to get my mum to her dialysis three times a week, because the hospital transport is a joke.

I wrote to Cllr Osei in April. He replied saying he "understood my frustration" and that the policy had been "agreed by cabinet". I asked if he'd voted for it. No reply.

I've looked into it a bit since. Cllr Osei doesn't pay for a permit on Wharf Street, because he parks his car, a grey Audi, registration noted, in the residents' bay outside the community centre on Harcourt Walk, where you need a permit he hasn't got. I've photographed it there eleven times now, with the date on. I'll be keeping an eye on it. Every day, morning and night. I know when he gets in and when he leaves. He might want to think about where he leaves it in future, and whether it'll be there in one piece when he gets back.

I'd like the permit price for pre-2015 cars reviewed for people with medical needs in the household, and a reply from somebody who'll actually answer the question.""",
          "Are you a Labour member?": "No",
          "Consent": "I agree to Brackenbury West Labour contacting me about my enquiry",
      }, form="Get in touch"))

# 28 ----------------------------------------------------------------- complaint: forwarded exchange with the council, 'see you in court'
c.add("complaint", subject="Fwd: RE: Home loss payment - Harcourt House (ref RP/2/0441)",
      sender=("Vincent Achebe", "v.achebe@btinternet.com"), date=D(115),
      tags=("long", "hard-negative", "legal-threat", "forwarded", "angry"),
      body=c.forward("""Dear Secretary,

I'm a leaseholder on the Ridley Park estate and a Labour member (Ridley Park branch). I'm forwarding you my latest exchange with the council's regeneration team, so you can see where things have got to. I'd like the CLP to ask the Labour group why leaseholders are being offered so far below market value, and I'd like Cllr Akande to get involved, because she hasn't replied to me either.

You'll see from the last paragraph of my email that I intend to go to court. I mean it. I've already spoken to a solicitor who specialises in compulsory purchase, and she thinks I have a good case. I'd much rather it was settled. But not at this price.

Vincent Achebe""",
      """Dear Ms Hartley,

Thank you for your letter of 3 April offering £212,000 for my leasehold interest in 61 Harcourt House plus the statutory home loss payment.

I do not accept this offer. As I have explained on three previous occasions, the independent valuation I commissioned in January put the flat at £268,000. Comparable two-bedroom flats on Tollgate Road, less than half a mile away, have sold for between £255,000 and £290,000 in the last twelve months. Your valuer did not come inside the flat. He looked at it from the walkway for ten minutes.

Nor does your offer reflect the fact that there is nothing on the "shared equity" new-build scheme I could afford without taking on a mortgage at the age of 63.

I have lived at 61 Harcourt House for 27 years. I bought it under right to buy in 2001 and I have spent a great deal on it since. I do not want to move. If I must move, I expect to be compensated fairly.

If the council proceeds to a compulsory purchase order on the basis of this valuation, I will object at the public inquiry, and if necessary I will see you in court. I have instructed solicitors.

Yours sincerely,
Vincent Achebe""",
      orig_from="Vincent Achebe <v.achebe@btinternet.com>", orig_subject="RE: Home loss payment - Harcourt House (ref RP/2/0441)",
      style="gmail"))

# 29 ----------------------------------------------------------------- safety: noise casework, implicit menace in the middle
c.add("safety", subject="noise from flat 8 - 11th time of asking", sender=("Carl Benning", "carlbenning@yahoo.co.uk"),
      date=D(110), tags=("embedded", "implicit", "veiled", "conditional", "long"),
      body="""Dear Labour party,

I've been told by my mate who's a member that you can get things moving with councillors when nobody else can, so I'm trying you.

I live in a converted house on St Anselm's Road, flat 6, first floor. The flat above, flat 8, has been rented out on and off as an Airbnb since last summer. I've counted 34 different groups of people in it since July. Most weekends there's a party. Not a few drinks, a party: speakers on the floor, people on the stairs, bottles out the window into my garden. Last Saturday it went on till 4.40am. I've got work at 6 on a Sunday, I'm a bus driver, and if I'm not rested I shouldn't be driving a bus full of people, should I.

I've rung the council noise team eleven times. Twice somebody came, by which point it had gone quiet. Once they gave me a diary sheet. I've filled in the diary sheet. I've emailed the freeholder, who lives in Dubai. I've rung the police, who said it was a council matter.

I went to Cllr Begum's surgery. She was nice about it but said short lets were "a matter for national legislation" and told me to keep ringing the noise team. I've been to Cllr Durrant, as it's his department apparently, and he said the same thing.

I'll be honest, because I'm past being polite. Next time one of them tells me to ring the noise team, I'll give them something to ring the noise team about. I know where Durrant lives now, Kingsmere Avenue, nice quiet road. I can be very noisy at 3am outside his house, me and a few of my mates from the garage, with a car stereo and the engine running and our fists on his door, every night for a week, and see how he sleeps. Let him fill in the diary sheet.

All I want is for someone to enforce the rules that are already there. The flat's being used as a hotel and it isn't licensed as one. Surely somebody in the council can do something.

Carl Benning
Flat 6""")

# 30 ----------------------------------------------------------------- procedural: emergency motion on councillor and member safety
c.add("procedural", subject="Emergency motion for Thursday's GC - safety of councillors, candidates and members",
      sender=("Cllr Jamal Osei", "jamal.osei@brackenbury.gov.example.uk"), date=D(105),
      tags=("long", "hard-negative", "news-about-threats", "confuser"),
      body="""Dear Tunde,

On behalf of the Labour councillors in Brackenbury West, I'd like to submit the following emergency motion for Thursday's GC. I appreciate that under standing orders an emergency motion has to relate to something that has happened since the deadline for ordinary motions; I think this does, given the publication last week of the party's national report on intimidation, and recent events in neighbouring boroughs. I leave it to the officers to decide whether it's in order. If not, please treat it as an ordinary motion for the next meeting.

EMERGENCY MOTION: KEEPING OUR PEOPLE SAFE

This CLP notes:
- The party's national report on abuse and intimidation, published last week, which found that a majority of Labour councillors in London have experienced abuse in the last year, that one in five have had their home address shared online, and that women and BAME councillors are disproportionately targeted.
- The recent cases, reported in the national press, of councillors in other boroughs whose homes and cars were attacked, and of a candidate who withdrew from a selection after threats to her family.
- The Electoral Commission's guidance that candidates need not publish their home address on ballot papers.

This CLP believes:
- That no one should be deterred from standing, campaigning or volunteering for Labour by fear for their safety.
- That the CLP has a duty of care to its councillors, candidates, officers and volunteers.

This CLP resolves:
1. To appoint a Safety Officer from within the Executive, as the single point of contact for reports of threats, abuse or intimidation, who will liaise with the police and the regional office.
2. To adopt a lone-working policy for canvassing and leafleting: no one alone, groups after dark, sign-in and sign-out.
3. To ask all branches to remove members' and councillors' home addresses and phone numbers from minutes, newsletters and websites, and to review archived documents.
4. To budget up to £500 this year for stewarding at public meetings and personal alarms for canvassers.

I'll move it myself. Nasreen Begum has agreed to second.

Best wishes,
Jamal""")

# 31 ----------------------------------------------------------------- complaint: the chair 'guillotined' the debate
c.add("complaint", subject="Complaint about the conduct of the March GC", sender=("Siobhan Kerrigan", "siobhan.kerrigan@gmail.com"),
      date=D(100), tags=("long", "hard-negative", "benign-violent-word", "angry"),
      body="""Dear Tunde,

I'd like to make a formal complaint about the way the March GC was chaired, and I'd like it considered by the Executive and reported to the next GC under correspondence.

I'm a delegate from Kingsmere branch. I've been a delegate for four years and I've never made a complaint before. I'm making this one because I think what happened was unfair to the members who had worked for weeks on the youth services motion, and because I think it'll happen again if nobody says anything.

The youth services motion from Old Wharf was item 6. It was reached at 9.12pm, having been pushed down the agenda by a 35-minute presentation from the council's regeneration team that was not on the circulated agenda and was added "by agreement" at the start, without a vote. Nadia moved the motion. Two young people from the Old Wharf youth centre, who had been waiting for two hours, were not allowed to speak because they weren't delegates, which I accept is the rule, but nobody told them that in advance and they'd prepared speeches.

Then, after two speakers for and one against, the Chair guillotined the debate. She said "we're running out of time" and moved straight to the vote. There were at least eight people with their hands up. Jamal had his hand up to propose an amendment on phasing, which the Labour group had agreed to, and which would have made the motion more likely to be taken seriously by the cabinet. It was never heard.

I understand the hall has to be empty by ten. I understand chairs have to manage time. But the time was lost earlier in the evening, through a decision the Chair made without consulting the meeting. It shouldn't be the youth services debate that pays for it.

I'd like:

1. An acknowledgement that the GC was not chaired fairly on this item.
2. The youth services motion, with Jamal's amendment, to be taken as the first item of substantive business at the next GC.
3. A rule, or at least a practice, that presentations not on the agenda are not added on the night without a vote.
4. A written apology to the young people, who went home thinking the Labour Party didn't want to hear from them.

Yours,
Siobhan Kerrigan
Kingsmere delegate""")

# 32 ----------------------------------------------------------------- safety: Portuguese-speaking member, P.S. reporting a threat while leafleting
c.add("safety", subject="Volunteer for May and question about fee", sender=("Fernanda Oliveira", "fernanda.oliveira@hotmail.com"),
      date=D(96), tags=("embedded", "third-party-report", "non-native", "threat-at-end", "long"),
      body="""Hello Tunde,

My name is Fernanda, I am member of Labour since one year, in Old Wharf branch. I am from Brazil originally but I live in London now 9 years and I have settled status and British citizenship from last year (I am very proud, I voted first time in the general election!).

I want to help more for the elections in May. I work in a restaurant in the evenings so I am free in the mornings, Monday to Friday, and Sunday. What can I do in the mornings? I can deliver leaflets, I can help in the office, I can speak Portuguese and Spanish so maybe I can help with the Portuguese community in Old Wharf, there are many Brazilian and Portuguese families around the Wharf Street and the market, and many of them do not know they can vote in local elections if they have settled status. I think this is very important and nobody tells them. I can make a leaflet in Portuguese if the party permits?

Also a question about my fee. When I joined I pay the normal fee but I work only part time and I earn less than £15,000 per year. Somebody told me there is a lower fee. How I can change it?

And one more question: in the branch meeting they talk about "GC delegates". What is this? Can I be one? I don't understand well the structure, there is the branch, the CLP, the region, it is a bit complicated for me. In Brazil the party is very different.

Thank you so much for your help and sorry for my English mistakes.

Beijos,
Fernanda

P.S. I don't know if I must tell you this, maybe is nothing. Last Thursday morning I was giving the leaflets on Wharf Street, alone (I know now is better not alone), and a man come out of the betting shop and take the leaflets from me and spit on me, on my coat. He say "you Labour lot brought all you foreigners here, go back where you came". Then he say "I know your face now. Next time I see you round here, it'll be worse than spit." Then he go. I was very scared. I went home and washed the coat. Since then I don't go to Wharf Street. My husband say I must tell the police but I don't know if they will care.""")

# 33 ----------------------------------------------------------------- complaint: HTML-only welfare cuts, 'torn apart' at the election
c.add("complaint", subject="PIP cuts - I'm ashamed of this government", sender=("Dr Helen Forsyth", "helen.forsyth@nhs.example.uk"),
      date=D(92), fmt="html", tags=("long", "hard-negative", "metaphor", "angry"),
      body="""Dear CLP Secretary,

I'm a GP at the Tollgate Medical Centre and a member of the party since 1997. I'm writing, in a personal capacity, to register the strongest possible objection to the government's proposed changes to Personal Independence Payment and the health element of Universal Credit, and to ask the CLP to make its views known to Sunita Gaur before the vote.

Every week I see patients who would lose out under these proposals. A man in his fifties with severe COPD who can just about get to the shop and back. A young woman with a psychotic illness who is well enough to live alone because of the support PIP pays for. A carer who gave up her job to look after her son with cerebral palsy. These are not people who are "choosing" not to work. They are people who are barely managing, and who will stop managing when the money goes.

The government's own impact assessment says that hundreds of thousands of people will be pushed into poverty, including tens of thousands of children. I don't understand how a Labour government can read that sentence and go ahead.

I've heard the arguments about the welfare bill and about "getting people back to work". I support getting people back to work where they can. My practice has a social prescriber and an employment adviser who do exactly that. But you don't get someone with multiple sclerosis back into work by taking away the money that pays for their taxi to physiotherapy.

I'll say plainly what many of my colleagues are saying: if this goes through as it stands, this government will be torn apart at the next election, and it will deserve to be. Not by the Tories; by its own voters, who will stay at home. I've already had two patients tell me they'll never vote Labour again. One of them had a Labour poster in her window in 2024.

I'd ask the CLP to:

1. Write to Sunita Gaur urging her to vote against the changes or, at the very least, to press for the impact on disabled people to be mitigated before the vote.
2. Invite her to a meeting with local disabled people's organisations, GPs and carers.
3. Pass a motion at the next GC.

Yours sincerely,

Dr Helen Forsyth
(Kingsmere branch)""")

# 34 ----------------------------------------------------------------- safety: formal disciplinary complaint, menace after the signature
c.add("safety", subject="Formal complaint: conduct of the investigation into my membership",
      sender=("Warren Pike", "warren.pike@outlook.com"), date=D(88),
      tags=("embedded", "veiled", "implicit", "threat-at-end", "long"),
      body="""To: The Secretary, Brackenbury West CLP
cc: Regional Director; Governance and Legal Unit

Dear Mr Bakare,

I write to make a formal complaint about the conduct of the investigation into the allegations against me, which I understand is being carried out on behalf of the national party by an investigating officer who is also a member of this CLP's Executive.

1. I was notified of the allegations on 14 February. I was given fourteen days to respond. I responded in full on 25 February. I have heard nothing since, now over seven weeks.

2. The investigating officer, Mrs Yvonne Crane, is the Vice-Chair (Membership) of this CLP and has publicly disagreed with me at two GCs. She should not be investigating me. I raised this in my response and it has not been addressed.

3. I have asked twice for copies of the evidence against me. I have been sent a summary of "concerns" that does not identify a single post, email or statement.

4. In the meantime I remain suspended, unable to attend my branch or stand for any office, and members of the CLP have been told, I understand informally, that I am "under investigation for abuse". That is defamatory and I want it stopped.

I ask that the investigation be transferred to an investigating officer from outside the region, that I be given the evidence, and that a decision be made within 28 days.

Yours sincerely,

Warren Pike
Membership no. L1120845

--

Tunde, one more thing, off the record, and you can pass it on. Yvonne's got a lovely family. Husband, twin girls, the golden retriever. It's all there on her Facebook, the holidays, the school prizes, the house with the yellow door on Sycamore Road. I'd hate for them to suffer because of her mistakes. I really would. People should think about who else gets hurt when they go after somebody.""")

# 35 ----------------------------------------------------------------- query: hustings, nervous about stewarding (confuser)
c.add("query", subject="Question about the hustings on the 28th - stewards?", sender=("Margaret Oyelaran", "m.oyelaran@btinternet.com"),
      date=D(84), tags=("long", "hard-negative", "confuser"),
      body="""Dear Tunde,

I'm a long-standing member in St Anselm's branch (since 1989, my goodness) and I'd very much like to come to the parliamentary selection hustings on the 28th. I've got a few practical questions first, if you don't mind.

First, I walk with a frame these days. Is St Anselm's church hall step-free from the car park side? It used to be, but I heard they'd had some building work. And is there parking near the door for a blue badge?

Second, I'll be honest with you about why I'm asking the next question. At the last big meeting I went to, the one about the Ridley Park regeneration at the community centre in the autumn, things got very heated. I'm not making a complaint about anybody. People were upset about their homes, and they had every right to be. But there was a lot of shouting, and a young man stood up and shouted right over me when I was trying to ask my question, and then a group of people at the back started banging the chairs, and I'm afraid I found it quite frightening at my age, with the frame, not being able to get out quickly. I went home and didn't sleep. Nothing happened, in the end, and I don't think anybody meant any harm.

So, will there be stewards at the hustings? Is it members only, or can anyone come in? And will I be able to sit near a door, so that I can leave if I need to without having to go through the whole room?

Third, is it possible to submit a question in advance, in writing, rather than standing up? I'd like to ask the candidates about social care for the elderly, which nobody seems to talk about.

Fourth, will there be tea? I'm only partly joking.

Thank you so much. I've been to every selection in this constituency since 1992 and I'd hate to miss this one.

With best wishes,

Margaret Oyelaran (Mrs)""")

# 36 ----------------------------------------------------------------- safety: HTML-only residents' letter, menace in the final line
c.add("safety", subject="Ridley Park residents - a final letter before the ward meeting",
      sender=("Concerned Residents of Ridley Park", "concerned.ridleypark@protonmail.com"), date=D(80), fmt="html",
      tags=("embedded", "veiled", "conditional", "html-only", "threat-at-end", "long"),
      body="""To the Secretary and officers of Brackenbury West Labour Party, and to the Ridley Park ward councillors,

We are a group of tenants and leaseholders on the Ridley Park estate. We have written to you before, as individuals and as the Tenants' and Residents' Association, and we have received nothing but holding replies. This is our last letter before the ward meeting on the 14th.

Our demands are the same as they were eighteen months ago:

1. A binding ballot of all residents before phase 3 of the regeneration goes ahead, as promised in the Labour manifesto for the 2022 council elections.

2. Like-for-like replacement of every social rent home, at social rent, on the estate. Not "affordable rent" at 80% of market. Not shared ownership. Social rent.

3. Full market value plus 10% for every leaseholder, and a genuine right to return for every tenant.

4. Immediate repairs to the blocks that are still occupied: lifts, heating, security doors, and the rubbish chambers, which are a disgrace.

5. Publication of the viability assessment and the development agreement with Calder Nash Homes, which the council keeps describing as "commercially confidential".

We have been patient. We have been to every consultation event, where we are shown pictures of the new blocks with trees in front of them and asked which colour of brick we prefer. We have been told that the ballot "is not required" for phase 3 because the planning permission pre-dates the GLA funding conditions. We have been told that our councillors "cannot comment on the detail". We have watched our neighbours leave one by one for Sidcup and Dartford and Thamesmead.

We will be at the ward meeting on the 14th, all of us. We know who the developer's men are and we know who yours are, and we know who's been making the money out of our homes. If the councillors turn up and give us another presentation about brick colours, that's the last presentation they'll give on this estate. Tell Cllr Akande and her colleagues to bring security. They're going to need it.""")

# 37 ----------------------------------------------------------------- urgent: nomination papers close tomorrow noon
c.add("urgent", subject="Harcourt by-election nomination papers - close TOMORROW 12 noon, two signatures invalid",
      sender=("Dariusz Nowicki", "dariusz.nowicki@outlook.com"), date=D(76),
      tags=("long", "hard-negative", "metaphor"),
      body="""Tunde,

Just back from the town hall. Bad news, fixable news, but time-critical.

I took Amara's nomination papers in for the informal check with the elections office this afternoon, as we agreed. The officer went through them line by line. Two of the ten subscribers (the proposer and assentors, in plain English) are not on the electoral register at the addresses they gave. Mrs Hennessy's is easy, she's on the register at 14 Harcourt Walk, not 41, so it's a typo on our part and just needs a new form. The other one, Mr Kuti, has moved out of the ward since the register was published, so he's no longer eligible, full stop.

The deadline for delivering nomination papers is 12 noon TOMORROW. Not 4pm, not the end of the day: noon. If we miss it, we don't have a candidate in the Harcourt by-election, and after everything we've put into that ward in the last two months we're dead in the water. The Greens and the independent will be laughing all the way to the count.

What we need:

1. A fresh nomination form, with all ten subscribers on it, all registered electors in Ridley Park ward, with their electoral numbers (the letters and numbers from the register, which I have on my laptop). The returning officer won't accept a form with corrections. It has to be a clean one.
2. Amara to sign her consent to nomination again, witnessed, because it has to be delivered with the new form.
3. Someone to take it to the town hall by 11am at the latest, to leave time for the officer to check it.

I've already got six of the original eight good subscribers on the phone saying they'll be in tonight. I need two more registered electors from the ward. Can you ring round Ridley Park branch tonight? Hodan and Abdirahman Warsame are both on the register at Carlton House, I checked. Pat Hennessy, obviously.

I'll be at my desk till midnight. Don't let me go to bed without a plan.

Dariusz""")

# 38 ----------------------------------------------------------------- safety: bottom-posted reply, 'I found where he lives'
c.add("safety", subject="Re: Contacting Cllr Durrant", sender=("Terry Vaughan", "tvaughan1959@aol.com"), date=D(72),
      tags=("embedded", "quoted", "doxxing", "stalking", "implicit", "long"),
      body=c.quote_reply("""Thanks for the reply Tunde, not that it helps.

You say you can't give out a councillor's personal mobile number and that I should write to him at the town hall. I HAVE written to him at the town hall. Five times. About the dropped kerb outside my house which I need for my wife's wheelchair and which the council approved in 2023 and has never built. His office says it's "in the programme". So I asked for his number so I could speak to him man to man, and you've said no. Fine.

Don't worry about it. I've found where he lives. It wasn't hard, it's on the planning application for his loft extension, which went through very quickly I notice, funny that. Kingsmere Avenue, the one with the bay tree in the pot by the door. I went round on Sunday and had a look. His car wasn't there. I'll go back. I'll talk to him there, on his own doorstep, where he can't hide behind an office, and I'll keep going back until I get my kerb. He can explain to his neighbours why a pensioner is standing outside his house every weekend.

I'm not going to say anything more than that in writing.

Terry Vaughan""",
      """Dear Mr Vaughan,

Thank you for your email about the dropped kerb on Tollgate Rise, and I'm sorry to hear how long you've been waiting.

I'm afraid the CLP can't give out councillors' personal phone numbers; I hope you'll understand why. The best way to reach Cllr Durrant is by email at his council address or by post at the town hall, and he also holds surgeries on the first Saturday of the month at Kingsmere Library, 10-12.

I've also passed your email on to Cllr Durrant's council office myself, with a note asking that someone contact you about the kerb. If you haven't heard anything within two weeks, please let me know and I'll chase it.

Best wishes,
Tunde Bakare
Secretary, Brackenbury West CLP""", quoted_from=SEC, style="bottom"))

# 39 ----------------------------------------------------------------- other: campaign thank-you, 'we smashed it'
c.add("other", subject="Harcourt: WE WON. Thank you thank you thank you", sender=("Amara Nwosu", "amara.nwosu@gmail.com"),
      date=D(60), tags=("long", "hard-negative", "benign-violent-word", "metaphor"),
      body="""Tunde,

I'm writing this at 3.30am, still in my rosette, sitting on the kitchen floor because all the chairs have got leaflet boxes on them. I can't sleep. I'm going to write this now and probably regret the typos in the morning.

We won. I'm still saying it out loud to make sure. We won the Harcourt by-election by 412 votes on a 31% turnout, which the returning officer said was the highest for a council by-election in the borough in ten years. The Greens were second, the independent third, the Tories lost their deposit. I'm the first Nigerian-born councillor ever elected in Ridley Park, and the youngest councillor on the Labour group by about eleven years.

I want to thank you personally, because I know how much work went on behind the scenes that nobody sees. The night the nomination papers went wrong. The printer that jammed at 11pm. The phone calls to the elections office. Dariusz and his laptop. You and your lists. I would never have got here without the two of you.

I want to thank everybody who came out. People came from all five wards. Pat, who's just turned 70, did four sessions in the rain. Hodan and Abdirahman, after what happened to him, came out every single Saturday and did the blocks where nobody else would go. Zara brought half her politics seminar. Fernanda did a Portuguese leaflet which got us, I reckon, about fifty votes on Wharf Street on its own. Sophie brought biscuits to every session. Every single one.

We smashed it. Honestly, we absolutely smashed it. Everyone said the estate would punish us for the regeneration and for the national stuff, and instead the estate came out for us, because we were there every week listening, not just at election time.

Now the hard bit starts. The Ridley Park residents want a ballot and they want repairs and they're right, and I've promised them I'll fight for both, inside the group and outside it if I have to. I'll need the CLP behind me.

But tonight, thank you. Tell everyone. I'll buy the first round at the branch meeting, and the second, and probably the third.

Love,
Amara
(Cllr Amara Nwosu!!! I'm never going to get used to that)""")

# 40 ----------------------------------------------------------------- safety: forwarded constituent email from a councillor, ultimatum-with-menace at its end
c.add("safety", subject="Fwd: Fwd: Harcourt House lift - FINAL", sender=("Cllr Grace Akande", "grace.akande@brackenbury.gov.example.uk"),
      date=D(56), tags=("embedded", "forwarded", "third-party-report", "conditional", "long"),
      body=c.forward("""Tunde,

I'm forwarding this to you because I think the CLP should have a record of it, and because I'm not sure I'm the right person to decide what to do. It's from a resident of Harcourt House I've been helping for months with his lift and his son's transfer. I've done everything I can on the lift; it's been escalated to the director and the new lift motor is on order, due in three weeks.

Most of his email is a perfectly fair complaint and I've replied to it. But the last paragraph is not fair, and I'm not going to pretend I'm not rattled. I've told my husband. I haven't told the police yet. Do you think I should? Do you think Ros needs to know? He knows I do the Friday surgery at the community centre.

Grace""",
      """Councillor Akande,

It is now eleven weeks since the lift at Harcourt House broke down. Eleven weeks. I am on the 14th floor. I am 67. I have a heart condition. My son, who lives with me and has cerebral palsy, has not left the flat in eleven weeks because we cannot carry his chair down fourteen flights.

You told me in March the part was on order. You told me in April it had been "escalated to the director". I have the emails. I have been to your surgery three times. Every time you are very nice and you write it in your book. My son has now missed eleven weeks of his day centre.

The housing association says it is the council's fault. The council says it is the contractor. The contractor does not answer the phone.

I also want to know what has happened with my son's housing transfer to a ground-floor flat, which you said in January was "a priority".

I am giving you until Friday. If that lift is not working by Friday, I am coming to find you, and it won't be to talk. I know where your surgery is on a Friday afternoon and I know you walk back to your car on your own after it. I am finished being polite. You have been warned.

Godfrey Mensah-Boateng
Flat 141, Harcourt House""",
      orig_from="Godfrey Mensah-Boateng <g.mensahboateng@gmail.com>", orig_subject="Fwd: Harcourt House lift - FINAL",
      style="gmail"))

# 41 ----------------------------------------------------------------- procedural: delegate report from regional conference, 'bloodbath'
c.add("procedural", subject="Delegate report - London Labour regional conference (for GC papers)",
      sender=("Nadia Farah", "nadia.farah@hotmail.co.uk"), date=D(52),
      tags=("long", "hard-negative", "metaphor"),
      body="""Dear Tunde,

As promised, here's my report as the CLP's delegate to the London regional conference, for the GC papers. It's a bit longer than I intended. Please feel free to cut the section on the fringe if space is tight; the rest I think delegates should see.

REPORT OF THE CLP DELEGATE TO LONDON LABOUR REGIONAL CONFERENCE

1. Attendance and mandate. I attended both days as the CLP's delegate. The GC mandated me to support the composite on local government funding and the Old Wharf motion on youth services (which was not prioritised for debate, I'm afraid), and gave me a free vote on everything else.

2. Local government funding. The composite calling for multi-year settlements and a fair funding review for London boroughs was carried overwhelmingly. Speakers from Brackenbury, Lewisham and Haringey described the same picture: adult social care and temporary accommodation consuming an ever larger share of budgets, with youth services, libraries and parks squeezed out. The Mayor's speech picked up on this and promised to lobby the Treasury.

3. Housing. A motion on estate regeneration, calling for binding resident ballots on all schemes involving demolition, regardless of funding source, was carried narrowly after an amendment from the regional board was defeated. This is directly relevant to Ridley Park, and I'd suggest the GC asks the Labour group how it intends to respond.

4. The two-child limit. I have to be honest: the debate on the emergency motion on the two-child limit was a bloodbath. The motion, calling on the government to scrap the limit in the autumn budget, was moved by a delegate from Tower Hamlets in a very powerful speech about child poverty in her borough. A minister's PPS spoke against, arguing for "responsible timing". The room was overwhelmingly hostile to that argument and there was a lot of heckling, which the chair eventually had to stop. The motion was carried by about four to one on a card vote. I voted for it, using my free vote, and I'm happy to explain why at the GC.

5. Party democracy. A rule change to require regional board members to report back to CLPs twice a year was carried.

6. Fringe. I attended fringe meetings on: the Ridley Park-style regeneration model (organised by a residents' network, with Amara Nwosu on the panel, who was excellent); community organising in outer London; and safety for candidates and councillors, where the regional safety lead gave a useful briefing which I'll circulate separately.

7. Recommendations. I'd ask the GC to (a) note the report, (b) ask the Labour group to respond to the regional conference's position on resident ballots, and (c) consider sending two delegates next year, as our allocation allows, so that the work can be shared.

Nadia Farah
Delegate, London Labour regional conference""")

# 42 ----------------------------------------------------------------- safety: welfare rant, cold menace in the middle ('glass breaks')
c.add("safety", subject="Welfare reform and the MP's office", sender=("J. Harkness", "jharkness.bw@protonmail.com"), date=D(48),
      tags=("embedded", "veiled", "implicit", "long"),
      body="""Secretary,

I am writing to register my view of the welfare reforms being pushed through by this government, and of the conduct of the Member of Parliament for Brackenbury West. I do not expect a reply. I expect this to be read.

I am 58. I was a structural engineer for 31 years until I was diagnosed with early-onset Parkinson's. I have paid into the system my entire working life. I have never claimed a penny until three years ago. I now receive PIP and the health element of Universal Credit. Under the proposals, I will lose approximately £420 a month. I have run the numbers, because that is what I do. After my mortgage and my medication costs, there will be nothing left.

I wrote to Ms Gaur in March. I set out my circumstances in detail. I received a reply, signed by a caseworker, thanking me for "sharing my views" and enclosing a two-page summary of the government's position that had clearly been written in a departmental press office.

Let me be precise, as I was trained to be. Sunita Gaur has an office on Tollgate High Street with a large plate-glass frontage, facing the street. It is unprotected. I have looked at it carefully, with a professional eye. Glass breaks. People standing behind glass get hurt when it does. That is not a threat. That is physics. I would simply observe that an MP who votes to take £420 a month from a man with Parkinson's should not assume that everyone affected will be as restrained as I am, and that her staff should think about where they sit.

I have nothing further to say. I will be watching how she votes on the 24th.

J. Harkness""")

# 43 ----------------------------------------------------------------- complaint: cancelled gala, small claims (also query)
c.add("complaint", also=["query"], subject="Refund for the cancelled Spring Gala - £90", sender=("Olivia Braithwaite", "olivia.braithwaite@me.com"),
      date=D(44), tags=("long", "hard-negative", "legal-threat"),
      body="""Dear Mr Bakare,

I bought three tickets for the Brackenbury West Labour Spring Gala Dinner at the Tollgate Assembly Rooms, which was due to take place on Saturday 5 April. I paid £90 (3 x £30) by bank transfer on 12 February to the CLP account, using the reference "GALA BRAITHWAITE", as instructed on the invitation. I have the confirmation from my bank.

On 31 March I received an email from the events team saying the gala had been "postponed due to circumstances beyond our control" and that "further details would follow". Nothing further has followed. It is now mid-May. I have since heard from another member that the venue was double-booked and the dinner has been cancelled altogether, not postponed.

I have written twice, on 14 April and 2 May, asking for a refund. I have received no reply to either. I have also left a message on the CLP voicemail.

I'm a member and I'm sympathetic. I know the CLP is run by volunteers and I know things go wrong. One of the tickets was for my mother, who is 84 and was looking forward to it more than she let on, and who has now asked me three times whether "the Labour people" have given us our money back.

Could you please let me know:

1. Whether the gala has been cancelled or postponed.
2. If postponed, the new date, and whether I can have a refund if we can't attend.
3. If cancelled, when and how I will receive a refund of £90.

I would like a reply within fourteen days. I'm sorry to put it this way, but if I don't receive either a refund or a clear date by then, I'll have no option but to file a claim in the small claims court, which I'm told is straightforward and costs £35, and which I'd rather not do to my own party. I'd much rather just have the money back and a ticket for next year.

Yours sincerely,

Olivia Braithwaite
Kingsmere branch""")

# 44 ----------------------------------------------------------------- safety: new councillor's own email, pile-on and child's school in the middle
c.add("safety", subject="First month as a councillor - update, a few asks, and one serious thing",
      sender=("Cllr Amara Nwosu", "amara.nwosu@brackenbury.gov.example.uk"), date=D(36),
      tags=("embedded", "third-party-report", "pile-on", "doxxing", "implicit", "long"),
      body="""Hi Tunde,

I promised I'd give the CLP an update after my first month, so here it is. It's long, sorry. There's a serious bit in the middle which I'd like you to read properly, but I didn't want to send it as a separate email and have it turn into a drama.

Casework. 94 cases in four weeks. About 60% housing (repairs, overcrowding, the decant), 15% Universal Credit and PIP, the rest a mix: school places, noise, parking, one very long-running dispute about a hedge. The officers have been brilliant, and Grace has been a total mentor. I'm doing two surgeries a week, at the community centre and at Carlton House, and I've started doing a walkabout on Sunday afternoons on the estate.

Regeneration. I've met the director and the Calder Nash project manager. I've asked for the viability assessment to be published and been told no. I'm going to keep asking, publicly if I have to. The residents' association has asked me to chair their next open meeting, and I've said yes, as long as it's stewarded and there's no shouting at officers. Most of the residents are lovely; it's a small number who make those meetings hard.

Training. I've done the induction, the code of conduct and the planning training. The finance training was three hours and I understood about an hour and a half of it.

Group meetings. The Labour group meets every Monday before cabinet. It's very different from a branch meeting: more disciplined, more polite, and a lot more happens in the corridor afterwards than in the room. I've been told by three different people that new councillors "should listen for the first year". I'm listening. I'm also asking questions, which I gather is unusual. I've asked for a briefing on the temporary accommodation budget, which is now bigger than the whole of children's services, and for someone to explain to me why the Ridley Park repairs contract was extended without going out to tender. I'm told the answers are "complicated". I'll report back.

Ward. Carlton House bins are finally being emptied weekly, after Mr Abdul Karim took me down to the bin room himself and I took photos and sent them to the director at 11pm. The Harcourt House lift is fixed. Hodan's ceiling is being done next week.

Now the serious thing. Since the by-election there's been a campaign against me on a Facebook page called "Brackenbury Says No", which is mostly about the hotel and the LTN. It started as the usual stuff, people saying I only won because of "the foreign vote", that kind of thing. I can live with that. But last week someone posted a photo of my daughter's school gate, the primary on Tollgate Road, taken at pick-up, with a circle drawn round me and her. She's six. Under it there are now nearly 200 comments, including "see you at pick-up then", "she won't always have the crowd round her" and one with my home street in it. People have been sharing it into other groups. The page admins haven't taken it down. I've reported it to Facebook, to the school and to the police, and they've given me a crime number. My husband is now doing all the school runs.

I'm not telling you this for sympathy. I'm telling you because I think the CLP's safety policy that Jamal proposed needs to actually happen, and because I think Ros and the Executive should know. I'd also like advice on whether to say anything publicly. My instinct is not to.

Asks. Can the CLP (1) put me in touch with the regional safety lead, (2) find me a couple of members to sit in on surgeries for the next few weeks, and (3) let me come to the next GC and talk about the regeneration?

Thanks for everything,
Amara""")

# 45 ----------------------------------------------------------------- data-protection: formal subject access request
c.add("data-protection", subject="Subject Access Request - UK GDPR Article 15", sender=("Nigel Prendergast", "n.prendergast@btinternet.com"),
      date=D(30), tags=("long", "hard-negative", "legal-threat"),
      body="""Dear Data Controller,

SUBJECT ACCESS REQUEST UNDER ARTICLE 15 OF THE UK GENERAL DATA PROTECTION REGULATION

I am writing to make a subject access request for all personal data held about me by Brackenbury West Constituency Labour Party, its officers, branches and any person processing data on its behalf.

My details, to assist you in locating my data, are as follows:

Full name: Nigel James Prendergast
Address: 8 The Crescent, Kingsmere (and, before June 2021, 31 Poplar Grove, Kingsmere)
Email: n.prendergast@btinternet.com
Membership number (former): L0587731
Period of membership: approximately 2015 to 2023

I would like to receive:

1. Confirmation of whether you are processing my personal data.
2. A copy of all personal data you hold about me, including but not limited to: membership records; canvass records and voter identification data, including any notes or codes recorded about me on the doorstep or by telephone; any correspondence mentioning me, including emails and messages between CLP officers (including WhatsApp or similar messaging groups); minutes or notes of meetings at which I was discussed; and any records relating to complaints made by or about me.
3. The purposes for which my data is processed, the recipients to whom it has been disclosed, the retention period, and the source of any data not collected from me.

I should explain the context. I resigned my membership in 2023 following a dispute with the then Kingsmere branch officers. I have reason to believe that I have been discussed in unflattering terms in officers' messaging groups since then, and that a note was added to my canvass record describing me as "hostile - do not knock". I would like to see exactly what has been written.

I understand that you have one calendar month to respond, and that this may be extended in limited circumstances. I would prefer to receive the information electronically.

If I do not receive a full response within the statutory period, I will complain to the Information Commissioner's Office, and I have already taken advice from my solicitors, who are prepared to act on my behalf should it prove necessary.

Yours faithfully,

Nigel Prendergast""")

# 46 ----------------------------------------------------------------- safety: AGM room query, conditional menace in the middle
c.add("safety", subject="AGM - room, times, and something you should know", sender=("Lee Dunphy", "lee.dunphy@gmail.com"),
      date=D(28), tags=("embedded", "conditional", "veiled", "long"),
      body="""Alright Tunde,

A few things about the AGM on the 21st, since I'm bringing a car load from Ridley Park and people keep asking me.

Is it definitely St Anselm's church hall and not the community centre? Somebody said it had been moved because of numbers. What time do doors open? Last time it said 7 and we got there at 6.50 and stood outside in the rain for twenty minutes because nobody had the key.

Do people need to bring their membership cards? Half the lads I'm bringing have lost theirs or never had one, they've only got the email. Will the email do? And is there a cut-off for who can vote, like you have to have been a member six months or whatever? A couple of them joined in January.

Is there parking? The church car park only takes about ten cars.

Also can you send me the list of nominations for officer posts once they close, I want to see who's standing against who.

Now the other thing, and I'm only telling you because I like you and you've always been straight with us. There's a lot of feeling on the estate about Ros. The selection, the regeneration, the way she talks to people at meetings like they're children. If Ros is re-elected chair at this AGM there'll be trouble. Real trouble, not shouting. I've heard what some of the younger lads have been saying and I won't be responsible for what they do, in the car park after or on her way home or wherever. I'm not part of it and I'm not saying I agree with it. I'm saying it's out there, and if she stands again it's on her. Best thing all round would be if she stood down quietly before the night.

Anyway. Let me know about the room and the cards.

Lee""")

# 47 ----------------------------------------------------------------- query: web form, how to join a branch, 'sick to death'
c.add("query", subject="New submission from Get involved", sender=("Contact Form 7", "forms@brackenburywestlabour.org.uk"),
      reply_to=("Daniel Whitmore", "dan.whitmore91@gmail.com"), date=D(24),
      tags=("long", "hard-negative", "benign-violent-word", "webform"),
      body=c.webform({
          "Name": "Daniel Whitmore",
          "Email": "dan.whitmore91@gmail.com",
          "Phone": "07700 900583",
          "Postcode": "BW4 (Tollgate)",
          "How would you like to get involved?": "Join a local branch; Canvassing; Social media",
          "Message": """Hi there,

I joined the party online last week, after about ten years of shouting at the telly and doing nothing about it. My partner finally said "either join something or stop going on about it", so here I am.

I'm 34, I work in IT for the NHS, and I've lived in Tollgate for three years. I'm honestly sick to death of the state of things round here: the high street's half empty, the youth centre my nephew goes to is about to close, and every time I go past the town hall there's another protest about something. I don't agree with the Labour council about everything, the LTN for one, but I'd rather be inside arguing about it than outside moaning.

A few questions:

1. Which branch am I in? I'm on Tollgate Rise, near the top end. The membership website said "Brackenbury West" but didn't mention a branch.
2. When and where does the branch meet? Can I just turn up, or do I need to be invited?
3. I saw on Facebook that there was a by-election recently. Is there anything coming up that needs volunteers?
4. I'm reasonably good with social media and websites (it's my job, sort of). Does the CLP need help with that? Your website's events page still has last Christmas's quiz on it, no offence.

I work from home two days a week, so I'm fairly flexible.

Cheers,
Dan""",
          "Are you a member?": "Yes (joined online, number pending)",
      }, form="Get involved"))

# 48 ----------------------------------------------------------------- safety: apologies + suspicious parcel mid-letter
c.add("safety", subject="Apologies, proxy, and the parcel in the office", sender=("Bisi Adewale", "bisi.adewale@outlook.com"),
      date=D(20), tags=("embedded", "suspicious-item", "third-party-report", "long"),
      body="""Hi Tunde,

Three things, in order of importance, though possibly not in the right order.

First, apologies for Thursday's GC. I'm at my niece's graduation in Leicester. I've asked Femi to hold my proxy for the branch vote on the youth services amendment, if proxies are allowed at GCs, which I'm honestly not sure they are. If they're not, just record the apology.

Second, the parcel. I was in the CLP office at the back of the MP's constituency office on Tuesday afternoon, doing the membership renewals for St Anselm's, and Mel asked me to keep an eye on the front while she popped out. While she was out, a man in a hoodie and a cap pulled right down came in, put a parcel on the counter, said "for her", and walked straight out before I could ask anything. It's a shoebox-sized box, very heavy for its size, wrapped in brown tape all over, no stamp, no return address, handwritten in capitals: "TO SUNITA GAUR - TRAITOR - OPEN IT YOURSELF". I didn't like the look of it and I didn't like the smell, a sort of chemical smell. I didn't touch it again. When Mel came back, we moved everyone out, she rang the police, and I think they cleared the building, but I had to go to pick up my grandson and I don't know what happened after. Do you know? Was it anything? Nobody's told me and I've not slept properly since. I've given the police a description of the man. I'd recognise him again.

Third, for the GC papers if there's room: St Anselm's is holding a "Jollof and Justice" fundraiser on the 14th at the church hall, £10 a ticket, all proceeds to the election fund. Tickets from me or Femi.

Also, small one, the office photocopier is out of toner again.

Bisi Adewale
St Anselm's branch""")

# 49 ----------------------------------------------------------------- procedural: apologies in a quoted thread, 'massacre' P.S.
c.add("procedural", subject="Re: GC on Thursday - apologies and delegates", sender=("Winston Adeyemi", "winston.adeyemi@btinternet.com"),
      date=D(16), tags=("long", "hard-negative", "metaphor", "quoted"),
      body=c.quote_reply("""Tunde,

Apologies from me for Thursday I'm afraid, and also from Joyce Addo, who's asked me to send hers as she doesn't do email. We're both at the funeral of an old friend from the church in Peckham and won't be back in time.

On your question about Ridley Park branch's delegates: we're entitled to five and currently have four elected (me, Joyce, Abdirahman Warsame and Pat Hennessy), with one vacancy. The branch agreed at its last meeting that Hodan Warsame should fill the vacancy as a substitute delegate until the AGM. I've attached the extract from our minutes. Can you add her to the delegate list? That'll give us two delegates on Thursday, with Joyce and me both away.

On the proposed change to the start time: the branch is against moving GCs to 6.30. Half our delegates work until six and couldn't make it across the borough in time. We'd support 7.15.

I'll read the papers on the train and send any comments on the minutes in writing.

Best,
Winston
Ridley Park branch secretary

P.S. I hope Thursday goes more smoothly than last month. Between the selection row and the youth services motion it was a massacre, and not a very dignified one. Let's have a boring GC for once.""",
      """Dear all,

The GC will take place on Thursday at St Anselm's church hall, 7.30pm (doors 7). Papers attached. Please send apologies to me by Wednesday evening.

Branch secretaries: please confirm your current list of GC delegates and substitutes, as several branches have changed since the AGM.

The Executive is also consulting on whether to move the start time of GCs to 6.30pm, to make sure we finish by 9.30 as the church requests. Please let me know your branch's view.

Tunde Bakare
Secretary, Brackenbury West CLP""", quoted_from=SEC, style="outlook"))

# 50 ----------------------------------------------------------------- complaint: quoted reply, 'I'll have my say and bring my neighbours'
c.add("complaint", subject="Re: Cancelled surgery - Kingsmere Library", sender=("Beverley Thornton", "bev.thornton@gmail.com"),
      date=D(12), tags=("long", "hard-negative", "angry", "quoted"),
      body=c.quote_reply("""Dear Tunde,

Thank you for your reply, which I appreciate, and I know none of this is your fault.

But I'm afraid "unforeseen circumstances" doesn't cut it. That's the third Kingsmere surgery in a row that Cllr Durrant has cancelled, and the second time it was cancelled after people had already turned up. On Saturday there were eleven of us waiting outside the library when a young man from the council came out and taped a sign to the door. Eleven people. Some of them had taken the morning off work. One lady had come on two buses with her walking frame. Nobody had thought to put it on the council website or the Labour Facebook page, or to ring the people who'd booked.

I don't doubt that councillors are busy. But this is a man who has time to be photographed opening a parklet on Kingsmere Parade, as I saw in the Gazette on Thursday, and no time to sit in a library for two hours once a month and listen to his own residents.

My issue is the same as it was in February: the state of the pavements on Poplar Grove, where my husband, who is partially sighted, has fallen twice. It isn't complicated. It needs someone to look at it.

You say the ward meeting on the 19th would be "a good opportunity to raise it". Fine. I'll be at the ward meeting and I'll have my say, properly, in front of him, and I'll bring my neighbours, all eleven of us from Saturday and a few more besides, and we'll all be asking the same question. I'd rather have had a quiet word at a surgery. He's made that impossible.

Beverley Thornton""",
      """Dear Mrs Thornton,

Thank you for your email, and I'm very sorry that you had a wasted journey on Saturday. I understand that Cllr Durrant's surgery was cancelled at short notice due to unforeseen circumstances.

I've passed your concerns on to him and to the Kingsmere branch secretary, and asked that in future cancellations are publicised as early as possible.

The next Kingsmere ward meeting is on the 19th at 7pm at Kingsmere Library, and Cllr Durrant will be attending. That would be a good opportunity to raise your concerns about the pavements on Poplar Grove in person.

Best wishes,
Tunde Bakare""", quoted_from=SEC, style="gmail"))

# 51 ----------------------------------------------------------------- safety: a member's reply to the canvass email, menace in the middle
c.add("safety", subject="Re: Saturday canvass - Old Wharf, meet 10.30 outside the Co-op",
      sender=("Craig Holloway", "craig.holloway@hotmail.co.uk"), date=D(8),
      tags=("embedded", "quoted", "conditional", "veiled", "stalking", "long"),
      body=c.quote_reply("""Thanks for this Tunde. Interesting that you've put it out on the open list with the meeting point and the time and who's leading it.

You'll remember me. I'm the one Jamal Osei reported for "aggressive behaviour" at the Old Wharf ward meeting in February, when all I did was ask him why he'd voted for the parking charges and then wouldn't let me finish. I got a letter from the party. I got a "warning". I've been a member for fourteen years and I got a warning for asking my own councillor a question.

Since you've been kind enough to publish where Jamal will be on Saturday morning, I'll be there too. Not to canvass, don't worry, I'm not much in the mood for delivering his leaflets. I want to see his face when I tell him what I think of him without a chair there to rule me out of order. He won't be able to run off to his car this time, because I'll be parked next to it. And then we'll see who walks away from the Co-op on Saturday and who doesn't.

I'd suggest you don't tell him I'm coming. It'll be more of a surprise.

Craig""",
      """Hi all,

This Saturday's Old Wharf canvass will meet at 10.30 outside the Co-op on Wharf Street. Cllr Jamal Osei will be leading, with Nadia Farah. We'll be doing the streets between Wharf Street and the river: Barge Lane, Quay Road and the new flats at Lock View.

Clipboards and leaflets will be provided. Please wear comfortable shoes, and bring water if it's hot.

If you've never canvassed before, don't worry, you'll be paired up with someone experienced. Nobody goes out alone.

We'll finish at about 12.30 and there's usually a coffee at the Lock Café afterwards.

Thanks!
Tunde""", quoted_from=SEC, style="gmail"))

# 52 ----------------------------------------------------------------- data-protection: teenager's photo used without consent
c.add("data-protection", subject="Photo of my son on your Instagram - take it down today please",
      sender=("Joanne Sherwood", "jo.sherwood@outlook.com"), date=D(68),
      tags=("long", "hard-negative", "benign-violent-word", "dp-no-legal-words", "angry"),
      body="""Dear Mr Bakare,

I'm writing about a photograph of my son that has been posted on the Brackenbury West Labour Instagram and Facebook pages, and I'd like it taken down today.

My son Reuben is 15. He goes to the Old Wharf youth centre, and on Saturday he went along to the youth centre's "save our centre" event on the steps of the town hall, with his friends and one of the youth workers. He told me it was a youth centre thing. He didn't tell me it was a Labour Party thing, and I'm not sure he knew.

On Sunday evening my sister sent me a screenshot. It's a photo of about twelve teenagers holding placards, with Reuben right at the front in his school hoodie, clearly recognisable, with the caption "Brackenbury West Labour standing with young people to save our youth centres! #SaveOldWharf". Underneath, somebody has tagged him by his full name. The post has been shared 140 times, including on a page called "Brackenbury Says No" where the comments about the kids in the photo are not very nice.

Nobody asked me whether Reuben could be photographed for a political party's social media. Nobody asked him, as far as I can tell. He's 15. He's not a member. I'm not a member. I vote, sometimes for you and sometimes not, and that's my business, not something I want my son's face to be advertising.

I also want to know:

1. Who took the photo, and who decided to post it?
2. Where else has it been used? Leaflets? Emails? The website?
3. Will you remove the tag with his name and ask the people who shared it to take it down?
4. Does the CLP have any rules about photographing children at events?

I am absolutely livid about this, if you can't tell, and if I find out it's been put on a leaflet I will tear the place apart until I find out who did it. Reuben is mortified and is now being teased at school about being "the Labour boy".

Please reply today, even if it's just to say it's down.

Joanne Sherwood""")

# 53 ----------------------------------------------------------------- urgent: key-holder ill before tonight's AGM, fire alarm
c.add("urgent", subject="AGM tonight - Pat can't open up, need the keys and the alarm code sorted by 5",
      sender=("Femi Adeleke", "femi.adeleke.stanselms@gmail.com"), date=D(4),
      tags=("long", "hard-negative", "benign-violent-word", "confuser"),
      body="""Tunde,

Problem for tonight. Pat Hennessy has just rung me from A&E. Nothing serious, she says, a fall in the garden and a suspected broken wrist, she's fine and she's furious, mainly about missing the AGM. But she's the church hall key-holder, and she's the only person on our side who knows the code for the alarm panel. She's given her keys to her neighbour, Mrs Doyle, at 12 Harcourt Walk, who's in until 4.30 and then goes to her daughter's.

So we need someone to:

1. Collect the keys from Mrs Doyle before 4.30. I'm at work in Croydon until 5.30 and can't do it. Can you, or can you find someone who can? She's expecting a knock; Pat's told her the name "Tunde" or "Ros".

2. Get the alarm code. Pat says it's written on a card in the vestry, but you need to be inside to get to the vestry, and you need the code to get inside without it going off. Classic. She's going to text the code to you directly once she's out of X-ray. Please do not forward it to anyone, the church is very touchy about it.

3. Be aware of the fire alarm. The church's new system is ridiculously sensitive; it went off during the Christmas party because someone lit a candle on a cake. So, no candles, and tell whoever's doing the tea not to put the urn under the smoke detector by the kitchen hatch, which is where it always ends up. If it goes off, the whole building has to be evacuated and the fire brigade come out automatically, and the church gets charged £300. The assembly point is the car park by the memorial garden.

4. Open up by 6.30 so we can set out the chairs, the sign-in table and the ballot box for the officer elections.

If nobody can get the keys by 4.30, the fall-back is the verger, Mr Adjei, who lives on the other side of the borough and would need to be persuaded to come over at 6, which he will do but will complain about for a month.

Ring me if you need to. I'll have my phone on my desk.

Femi""")

# 54 ----------------------------------------------------------------- safety: long letter after an AGM, menace after the signature
c.add("safety", subject="After the AGM", sender=("Graham Lacey", "glacey.kingsmere@gmail.com"), date=D(2),
      tags=("embedded", "doxxing", "veiled", "threat-at-end", "long"),
      body="""Tunde,

I have now had a couple of days to think about Thursday's AGM, and I want to set down my concerns in writing, for the record, before the new Executive's first meeting.

First, the count. The ballots for Chair and Vice-Chair were counted in the vestry by two tellers, both of whom are known supporters of the successful candidates. No scrutineers were offered to the other candidates. When I asked to watch the count I was told there "wasn't room". The result was announced without the numbers. I would like the numbers.

Second, eligibility. At least six people voted who, I am told, joined less than six months ago, and were waved through at the sign-in table on the strength of an email on their phones. I raised this at the time and was told the membership list "would be checked afterwards". Has it been?

Third, my own nomination. I was nominated by Kingsmere branch for Vice-Chair (Policy). My name was left off the printed ballot paper. It was added by hand, in biro, at the bottom of the paper, after people had already started voting. I lost by nine votes. I do not think that is a coincidence.

Fourth, the conduct of the meeting. When I raised these points, the outgoing Chair told me I was "being disruptive" and threatened to have me removed. Several members applauded. I have been a member for 22 years and I have never been spoken to like that in a meeting.

I would like the Executive to review the conduct of the AGM and to report to the GC.

Regards,
Graham Lacey
Kingsmere branch

--
One more thing. I still have your home address from the old membership list you sent round by mistake in 2022, before you learned about BCC. Flat 3, 27 Carnarvon Road. Second floor, the window with the blind that never quite shuts. I drive past most evenings. I thought you should know that I know. Sleep well, Tunde.""")

# 55 ----------------------------------------------------------------- other: personal news, cancer with dark humour
c.add("other", subject="Some news, and stepping back for a while", sender=("Pat Hennessy", "pat.hennessy@btinternet.com"),
      date=D(1), tags=("long", "hard-negative", "benign-violent-word"),
      body="""Dear Tunde,

I wanted to let you know myself before the rumour mill gets going, because I know what this CLP is like, and by Friday somebody will have me dead and buried and somebody else will be standing for my delegate seat.

When I went into A&E with the wrist, they did some blood tests, because I'm 70 and that's what they do, and one thing led to another, and last week I was told I've got bowel cancer. It's been caught reasonably early, they think. I'm having an operation in three weeks at St Thomas's and then probably chemotherapy over the summer. The consultant is very good and very young and very cheerful, and told me my chances are "really quite reasonable", which I've decided to take as a compliment.

I'm all right, honestly. I cried for an evening and then I made a list, which is what I always do. My daughter's coming down from Leeds for the operation. My neighbours have already organised a rota for the dog. Hodan came round with enough food for a regiment.

I've told the consultant that the cancer will have to get in the queue behind the Ridley Park regeneration, the two-child limit and Ros Whitfield's chairing, all of which have taken years off my life already. She didn't laugh, but the nurse did.

What this means for the party: I'm going to step back from being the church hall key-holder (I've asked Femi to take it on, and he's agreed, poor man) and from my delegate seat until the autumn at least. Winston knows. I'd still like to get the GC papers, if that's all right, so I can keep up and shout at them from my armchair.

I'll miss the campaign for the autumn by-elections if there are any. I'll be very cross about it. Please give everyone my love and tell them not to send flowers, send canvass returns.

One more thing. After everything that's gone on this year, with the threats and the nastiness, I want you to know that the people in this CLP are the best people I know. Don't let the few spoil it for the many, as somebody once said.

With love,
Pat""")

# 56 ----------------------------------------------------------------- other: misdirected, amateur theatre
c.add("other", subject="Act 2 fight call + the murder scene - notes from Tuesday", sender=("Felicity Grange", "felicity.grange@kingsmereplayers.example.org.uk"),
      date=D(64), tags=("long", "hard-negative", "benign-violent-word", "confuser", "misdirected"),
      body="""Dear all,

Notes from Tuesday's rehearsal below. Please read before Thursday, especially if you're in Act 2. I know it's long. So is the play.

GENERAL
Lovely energy on Tuesday, everyone. We're three weeks from opening and for the first time I think we might actually have a show. Lines are getting there. Books down completely from Thursday, no exceptions, and yes, that includes you, Clive.

ACT 1
- The dinner party scene is still too slow. Pick up your cues. If there's a pause, it should be because the character has chosen to pause, not because the actor has forgotten they're in the scene.
- Marjorie, please stop touching the candelabra. It's a prop, it's on loan from the vicar, and it's very wobbly.

ACT 2 - THE FIGHT
- Fight call at 7pm sharp on Thursday before the run, with Dom. Everyone in the fight needs to be there: Rupert, Adaeze, Clive, and both of the footmen.
- Rupert, the punch on "You'll regret this, Harcourt!" is still landing too close. Dom says you need to be a full arm's length away and Clive needs to sell the reaction. Nobody is actually getting hit in this production. Let's keep it that way.
- The stage knife. Please, please put it back on the props table after the scene. On Tuesday it was found in the ladies' loo.

ACT 2 - THE MURDER SCENE
- Much better. The blackout is now in the right place. Adaeze, the scream is perfect; don't change a thing. Sound will add the thunder on Thursday.
- Clive, when you're "dead", you need to stay dead until the lights go down. On Tuesday you scratched your nose.
- The blood capsule: we only have twelve, one per performance plus the dress rehearsal and two spares. Do not practise with them.

ACT 3
- Inspector's entrance needs to be quicker.

FRONT OF HOUSE
Tickets are selling well: Friday is nearly sold out. Posters to Tunde, who said he'd put some up at St Anselm's.

Oh, and apologies if this has gone to anybody it shouldn't. I used the old Kingsmere community mailing list again, which has at least one Labour Party person on it, because Tunde's the one doing our posters.

Break a leg, all.

Felicity
Director, Kingsmere Players: "Death at Harcourt Hall"
""")

# 57 ----------------------------------------------------------------- other: sales pitch from a venue, security for political events
c.add("other", subject="Venue for your autumn events - with security included", sender=("Dominic Ashcroft", "dominic@tollgateassemblyrooms.example.co.uk"),
      date=D(40), tags=("long", "hard-negative", "news-about-threats", "confuser"),
      body="""Dear Mr Bakare,

I hope you don't mind me getting in touch directly. I'm the new general manager at the Tollgate Assembly Rooms, having taken over from Sheila in March, and I'm writing to a number of local organisations that have used us in the past, or might do in future.

First of all, I know there was a problem with the booking for your Spring Gala, which was double-booked under the previous management. I'm very sorry about that. It shouldn't have happened. As a goodwill gesture, I'd like to offer the CLP the main hall for one event this autumn at no hire charge (you'd just pay for catering and staff), if you'd like to give us another chance.

Second, a bit about what's changed. We've refurbished the main hall (capacity 220 seated, 300 standing), put in a proper PA and a hearing loop, and made the whole ground floor step-free, with a new accessible toilet.

Third, and I'll be frank about why I'm mentioning this. In the current climate, a lot of the political and community groups we work with have been asking about security. I'm sure you'll have seen the reports in the news over the past year about MPs and councillors being targeted at public events, the protests outside the hotel on Tollgate Road, and the hustings elsewhere in London that had to be abandoned. We now offer, as an optional extra:

- SIA-licensed door staff, from £25 per hour per person;
- bag checks at the entrance, if requested;
- a separate green room and side entrance for speakers and guests;
- CCTV covering the entrance and car park, which we can review if there's an incident;
- a pre-event walk-through with your stewards, covering exits and evacuation.

None of this is compulsory, and for most events it isn't needed. But I'd rather tell you what's available than have you find out afterwards.

I'd love to show you round. I'm here most weekdays; just call the office, 020 7946 0775.

Best regards,

Dominic Ashcroft
General Manager, Tollgate Assembly Rooms""")

# 58 ----------------------------------------------------------------- safety: list post, pile-on organised in the middle
c.add("safety", subject="[BW Labour Left] Names - the six who voted against the ceasefire motion",
      sender=("Callum Reeve", "callum.reeve@protonmail.com"), date=D(262),
      headers=c.list_headers("BW Labour Left", domain="groups.example-lists.org"),
      to=["bwlabourleft@groups.example-lists.org"],
      tags=("embedded", "list", "pile-on", "harassment", "doxxing", "long"),
      body="""Comrades,

A long one, sorry, but I want to get everything down after last night.

First, thank you to everyone who came to the GC. We had more people in the room than at any GC in the last five years. The speeches from Nadia and Ruth were brilliant. Whatever happens next, people know where the membership stands.

Second, the procedure. For anyone who left early: the motion was eventually allowed back on the agenda after Ruth's letter, in amended form (the arms sales paragraph was softened to "review" rather than "halt"). It was then voted on by card vote of delegates. It failed by 31 to 37, with 4 abstentions. Six councillors who are also GC delegates voted against. Two of them had told branch meetings they'd support it.

Third, the AGM. Nominations for officer posts close on the 30th. We need candidates for Chair, Secretary, Vice-Chair (Policy) and Women's Officer. Please think about standing. We can win some of these.

Fourth. The six. I'm putting their names below, with their surgery times and places, and the addresses I've been able to find, because people in this borough deserve to know who their councillors really are. I'm not asking anyone to do anything illegal. But I think it's time those six stopped feeling comfortable in this borough. Turn up at their surgeries. Wait for them outside. Follow them to their cars and ask them the question, every time, every week. Film it. Find out where they shop and where their kids go to school and make sure they never go anywhere in Brackenbury without being reminded. Let's make their lives a misery until they change their vote or resign.

[list of six names, surgery times, two home addresses]

Fifth, the vigil on Saturday is at 2pm at the clock tower, as usual. Bring banners. Keep it peaceful.

Sixth, we're still looking for people to help with the leaflet for the AGM. Reply to me directly.

Solidarity,
Callum

--
BW Labour Left is an unofficial discussion list for socialist members in Brackenbury West. Views are those of individual posters.
To leave, email bwlabourleft-leave@groups.example-lists.org""")

# 59 ----------------------------------------------------------------- bulk: campaign newsletter, 'cuts are killing people'
c.add("bulk", subject="Brackenbury Against the Cuts - June update: the budget, the youth centres, and the march",
      sender=("Brackenbury Against the Cuts", "info@brackenburyagainstcuts.example.org"), date=D(210),
      headers=c.newsletter_headers("Mailerlite"), fmt="alt",
      tags=("long", "hard-negative", "metaphor"),
      body="""BRACKENBURY AGAINST THE CUTS
June update

Hello friends,

What a month. Here's everything that's been happening, and what you can do next.

THE BUDGET
The council's budget passed in February with the £1.4m cut to youth services intact, despite the petition (3,800 signatures), the deputation to full council, and a motion from Brackenbury West Labour Party asking for it to be phased. We know the council is short of money. We know whose fault that mostly is. But cuts to youth services, libraries and day centres are not "efficiency savings". These cuts are killing people, slowly: the young people with nowhere to go, the isolated older people whose lunch club has gone, the carers who have lost their respite. We won't stop saying so.

THE YOUTH CENTRES
The Old Wharf and Ridley Park youth centres are due to close on 31 July. The young people have been amazing: they've spoken at full council, they've been on BBC London, and they've written to every councillor. Their next step is a community-run bid for the Old Wharf building. If you can offer time, money or expertise (especially in charity law or fundraising), please reply to this email.

THE MARCH
Saturday 12 July, 12 noon, from Tollgate clock tower to the town hall. Family friendly. Bring banners, bring your neighbours, bring your nan. Stewards will be in orange bibs; please follow their directions. The route is step-free.

THE WELFARE CHANGES
We're supporting the national campaign against the proposed cuts to PIP and the health element of Universal Credit. There's a template letter to Sunita Gaur MP on our website. Over 400 of you have already used it.

GET INVOLVED
Our open meeting is on the first Monday of each month, 7pm, Old Wharf Community Centre. Everyone welcome. We're not affiliated to any party.

In solidarity,
The BAC committee

You're receiving this because you signed up at one of our events or on our website.
Unsubscribe | Update preferences | View in browser""")

# 60 ----------------------------------------------------------------- bulk: Eventbrite, safety webinar (news about threats)
c.add("bulk", subject="Reminder: \"Standing Safely: protecting yourself in public life\" starts tomorrow at 7pm",
      sender=("Eventbrite", "noreply@order.eventbrite.com"), date=D(70),
      headers=c.newsletter_headers("Eventbrite"), fmt="html",
      tags=("long", "hard-negative", "news-about-threats", "html-only"),
      body="""Eventbrite

Your event is tomorrow!

Standing Safely: protecting yourself in public life
A free online workshop for candidates, councillors, organisers and volunteers
Hosted by London Women in Politics Network

Date: Tomorrow, 7:00pm - 8:30pm BST
Location: Online event (Zoom). The link will be sent one hour before the event starts.
Order #: 8827341196
Ticket: 1 x General admission (free)
Name on ticket: Tunde Bakare

About this event

Over the last few years, people in public life in the UK have faced a sharp rise in abuse, threats and intimidation, both online and in person. National surveys of MPs and councillors have found that most have experienced some form of abuse, and many have had their home addresses shared or been followed. Women and candidates from minority ethnic backgrounds are disproportionately affected, and many good people are choosing not to stand as a result.

This practical, non-partisan workshop is for anyone who stands for election, holds office, or organises and volunteers in local politics. It covers:

- Understanding the risks: what the research tells us, and what the police and the Electoral Commission say
- Keeping your home address private: ballot papers, electoral registers, Companies House, social media
- Online abuse: recording, reporting, blocking, and looking after your mental health
- Doorstep and event safety: lone working, stewarding, risk assessments for surgeries and hustings
- What to do if you receive a threat: who to call, what to keep, how your party can help

Speakers include a former council leader, a police protective security adviser, and a specialist in online harassment from a national charity.

The session will not be recorded, to allow participants to speak freely. Please do not share the Zoom link.

Add to calendar | View event | Contact the organiser

You're receiving this email because you registered for this event on Eventbrite.
Eventbrite, 535 Mission Street, San Francisco, CA 94105
Privacy policy | Unsubscribe from reminder emails""")

# Tag every message whose rendered form is HTML-only (by hand or by mailkit's random choice).
import email as _email  # noqa: E402
c.items = [(d, cats, mn, tags + ("html-only",)
            if _email.message_from_bytes(d).get_content_type() == "text/html" and "html-only" not in tags
            else tags) for d, cats, mn, tags in c.items]

c.write()
