"""train/uc1: tone is not menace, part 1 (Holmsea & Carrow CLP, a coastal seat on the east coast).
All content hand-written.

34 hard negatives: furious, contemptuous, insulting mail aimed at named officers, councillors and
the MP, with sarcasm, swearing, capitals and political consequences (lose your seat, rot in
opposition, stand against you, the papers, the General Secretary), but no menace to anybody's
person. Then 26 safety messages written calmly, politely, even warmly, whose content is menace:
the car, the children's school, the husband away on the rigs, a "final reminder", reports of
threats in a flat third-person voice, measured conditional threats, harm wished as concern."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "uc1", seed=6501)
# Our own invented CLP (the secretary's address must match it).
c.clp = ("Holmsea & Carrow CLP", "Bridget Hallam", "secretary@holmseacarrowlabour.org.uk")
P = c.person
SEC = "Bridget Hallam <secretary@holmseacarrowlabour.org.uk>"
HN = ("hard-negative", "angry", "contempt", "insult")
CALM = ("calm",)

# ============================================================ hard negatives

# 1 long rant about the pier vote, Harbour ward
c.add("complaint", subject="Terry Vickers and the pier - I want this read out at the GC",
      sender=P("Maureen", "Cattermole"),
      tags=HN,
      body="""Bridget,

I am writing this at the kitchen table at half past one in the morning because I cannot sleep, and I cannot sleep because I keep seeing Terry Vickers' face when he put his hand up on Tuesday night. I want this letter read out at the next General Committee. All of it. I don't care if it takes ten minutes.

For those who weren't in the council chamber: Holmsea District Council voted 19 to 17 to "progress the managed decommissioning" of Holmsea Pier. That is council-speak for knocking it down. It was two votes. Two. One of them was our Labour councillor for Harbour ward, the ward the pier is IN, a man who stood at the pier gates in May with a clipboard and a rosette and told my husband, "Over my dead body, Ken. That pier stays." My husband remembers it word for word because he wrote it on the back of the leaflet and stuck it on the fridge. It is still on the fridge. I looked at it this morning.

Terry, if you are reading this, and I hope Bridget sends it to you, you are a spineless careerist and you make me sick. You did not even have the decency to speak in the debate. You sat there picking at your cuff while Sheila Dunnett from the Pier Trust read out the names of the 2,300 people who signed the petition, and then you voted with the Independents and the Tories because somebody on the cabinet promised you the chair of the regeneration board. Everybody in Harbour ward knows that's what happened. You are not fooling a single soul.

Let me tell you what the pier is, since you seem to have forgotten. It is where my father took me fishing off the end every Sunday in 1961. It is where half the lads on Quay Street had their first job, on the dodgems or the chip kiosk. It is where the lifeboat crew do their Christmas swim. It is the only thing on that seafront that isn't a charity shop or a vape shop or boarded up. It is the last thing this town has that makes anybody get off the train. And you have thrown it away for a seat on a board.

I have been a member of this party for thirty-one years. I have delivered Terry's own leaflets, three elections running, up and down those terraces behind the harbour where the steps nearly kill you. I canvassed for him in the rain in 2022 when his own branch secretary wouldn't. I did his count. I brought the sandwiches.

Never again.

Here is what I am going to do, so nobody can say they weren't told:

1. I will be at the Harbour branch AGM and I will be nominating somebody, anybody, against him for the council selection. He will not get through that selection without a fight and I will make sure every member in Harbour knows exactly how he voted.
2. I will be telling every door on Quay Street, Chapel Row and Marine Terrace how their councillor voted, and I'll do it in person, on my own time, with a copy of his leaflet in my hand.
3. I have written to the Holmsea Mercury and they have said they will print my letter on Thursday.
4. If he is somehow selected again, I will be voting for whoever stands against him, and so will my husband, my sister and both my sons.

I hope he loses his seat. I hope he loses it by a landslide and I hope he has to stand at the count and hear it read out. That is the only language people like Terry understand.

And before anybody writes back to me about "the council's financial position" and "difficult decisions", don't. I have read the report. I know about the structural survey. I also know the Pier Trust had a bid in for the lottery money and the cabinet wouldn't wait six weeks for the answer. Six weeks. That is not a difficult decision, that is a stitch-up.

I'm sorry Bridget, none of this is your fault and you've always been good to me. But I am not going to sit quietly and make the tea this time.

Maureen Cattermole
Harbour branch (for now)""")

# 2 all caps, winter fuel, MP
c.add("complaint", subject="NEIL ASHDOWN", sender=("Ron Fairweather", "ronfairweather47@btinternet.com"),
      tags=HN + ("noisy",),
      body="""NEIL ASHDOWN IS A DISGRACE TO THE LABOUR PARTY AND A DISGRACE TO THIS TOWN. HALF THE PENSIONERS IN NORTHCLIFF ARE SAT IN ONE ROOM WITH A BLANKET AND HE IS ON THE TELLY SMIRKING ABOUT "FISCAL RULES". SMUG LITTLE PUBLIC SCHOOL PARACHUTE. HE COULDN'T FIND CARROW FIELDS WITH A MAP.

TELL HIM FROM ME HE WILL BE A ONE TERM MP. YOU LOT WILL ROT IN OPPOSITION FOR TWENTY YEARS AND YOU WILL DESERVE EVERY MINUTE OF IT.

R FAIRWEATHER
(MEMBER SINCE 1983, NOT FOR MUCH LONGER)""")

# 3 one-line resignation with asterisked swearing
c.add("other", also=["complaint"], subject="bye", sender=P("Darren", "Loades"),
      tags=HN + ("resignation",),
      body="""Cancel my membership. Spineless bunch of t**ts the lot of you.""")

# 4 sarcastic, polished, at the council group leader
c.add("complaint", subject="Warmest congratulations to Cllr Moorcroft", sender=P("Philippa", "Strang"),
      tags=("hard-negative", "angry", "contempt", "sarcasm"),
      body="""Dear Ms Hallam,

Could you please pass on my warmest congratulations to Councillor Angela Moorcroft.

In the space of a single budget she has managed to close the Carrow Fields children's centre, cut the Sandhills library to two mornings a week, and put the seafront parking up to £2.80 an hour, while finding £46,000 for a "place-branding consultancy" to come up with the slogan "Holmsea: Naturally Brighter". I have lived here for thirty years and I had no idea we were naturally brighter. I do now. Thank you, Angela.

It takes a rare talent to make a Tory council look generous, and she has it in spades. I imagine the Conservative group are drafting a thank-you card as we speak.

I should also like to congratulate her on her statement to the Mercury, in which she described the parents who protested outside the children's centre as "a vocal minority". There were ninety of us, Ms Hallam. Some of us had pushchairs. One of us was holding a sign that said "I voted for you", which in hindsight was a little optimistic.

Please do tell her we will all be remembering her fine work next May, and that I look forward very much to helping whoever stands against her. I'm told I make an excellent leaflet deliverer.

With every good wish,

Philippa Strang
Carrow Fields""")

# 5 motion of no confidence in the chair, venomous preamble
c.add("procedural", also=["complaint"], subject="No confidence motion - Chair - for November GC agenda",
      sender=P("Keith", "Bramwell"),
      tags=HN,
      body="""Bridget,

Please put the following on the agenda for the November GC. It was carried by St Botolph's branch on the 4th, 17 for, 3 against, 1 abstention. Proposer me, seconder Rita Okonjo. It is within the deadline in the standing orders and I'll be checking.

I'll say this off the record, since the motion has to be polite and I don't. Graham Tebbutt has treated this CLP as his personal fan club for four years. He's a pompous, thin-skinned little man who thinks a gavel makes him Speaker of the House. He talks over every woman in the room, he rules motions out of order because he doesn't like them, and he hasn't read a standing order since Blair was in. He's a joke, and everyone but him is in on it.

MOTION

This GC notes that:
(a) three motions from branches have been ruled out of order by the Chair this year without reasons being given;
(b) the Chair refused a challenge to his ruling at the September GC, contrary to standing order 11;
(c) the Chair has twice closed a meeting early while items remained on the agenda.

This GC has no confidence in the Chair and calls on him to resign. It instructs the EC to arrange an election for the post at the next GC.

See you there.

Keith Bramwell
St Botolph's branch secretary""")

# 6 DP no legal words, insults
c.add("data-protection", subject="how the hell did you get my mobile number", sender=P("Jade", "Kerrison"),
      tags=HN + ("dp-no-legal-words",),
      body="""Some clown from your party has just rung me at work asking if I'll "be supporting Neil at the next election". I have never given you my number. I have never been a member. I have never signed a petition.

So where did you get it, who else has it, and when are you deleting it? Because I want it gone, today, and I want you to tell me in writing that it's gone.

Absolute amateurs. No wonder the country's in the state it's in.

Jade Kerrison""")

# 7 quoted reply, contempt for the secretary's reply, selection
c.add("complaint", subject="Re: Northcliff selection", sender=P("Alistair", "Munday"),
      tags=HN + ("quoted", "political-consequence"),
      body=c.quote_reply(
          """Bridget,

That is the most mealy-mouthed paragraph I have ever had the misfortune to read, and I used to work in local government.

"The procedure was followed correctly." Which procedure? The one where the longlist is drawn up by the chair's wife and the chair's wife's best friend? The one where I get my rejection by email at 11.48 pm with no reasons? If that's the procedure, the procedure stinks, and frankly so does your willingness to hide behind it.

You are a decent person who has turned into a functionary. I'm sorry to say it, but you have.

I'll see you at the selection meeting. I'll be the one asking for the shortlisting minutes to be read out, and I'll keep asking until somebody does it.

Alistair""",
          """Dear Alistair,

Thank you for your email. I'm sorry you were disappointed by the outcome of the longlisting for Northcliff ward. I can confirm that the procedure was followed correctly and that the panel's deliberations are confidential. You are of course welcome to attend the selection meeting as a member of the ward.

Best wishes,
Bridget
Secretary, Holmsea & Carrow CLP""", quoted_from=SEC, style="gmail"))

# 8 webform from public, beach huts, parasites, papers
c.add("complaint", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Gordon Lusher", "glusher@sky.com"),
      tags=HN + ("webform", "political-consequence"),
      body=c.webform({
          "Name": "Gordon Lusher",
          "Email": "glusher@sky.com",
          "Postcode": "NR99 2HB",
          "Subject": "Beach hut rents",
          "Message": """My family has rented hut 114 on South Beach since 1974. This year the rent goes from £640 to £1,900 because your Labour council wants to "maximise the asset". Maximise the asset. You are a party of parasites who have never done an honest day's work between you, sat in the Town Hall dreaming up new ways to bleed ordinary families out of the one bit of seaside they can afford.

I have sent a copy of this to the Holmsea Mercury and to Look East. I hope they make you look as stupid as you are.""",
      }, form="Contact us"))

# 9 non-native (Polish), damp flat, councillor ignored
c.add("complaint", subject="Cllr Sethi is liar", sender=P("Katarzyna", "Wrobel"),
      tags=HN + ("non-native",),
      body="""Hello

I write third time. In my flat in Carrow Fields (Tennyson House) is black mould on all walls in bedroom of my son. He is 4 year and he have asthma. In March I speak to councillor Ravi Sethi at the Co-op, he say "leave it with me, I will call housing tomorrow". He never call. I send him 5 email. Nothing.

He is liar and he is lazy man. He only come when he want vote. You are shame, all Labour people here, shame.

I go now to the newspaper and to the housing ombudsman. I will tell all Polish people in Carrow Fields, we are many, do not vote for this man. He will lose.

Katarzyna Wrobel""")

# 10 formal, going to General Secretary
c.add("complaint", subject="Conduct of the CLP Treasurer - copy to the General Secretary",
      sender=P("Howard", "Pennington"),
      cc=["general.secretary@labour-party.example.org.uk"],
      tags=HN + ("political-consequence",),
      body="""Dear Secretary,

I write, with a copy to the General Secretary of the Party, to record my disgust at the conduct of the CLP Treasurer, Mrs Eleanor Pask, at the Executive Committee on Monday.

When I asked, courteously and for the third time, why the branch's share of the raffle proceeds from the summer fete had not been transferred, Mrs Pask replied that "some people have nothing better to do than count pennies", and turned her back on me. In forty years of trade union and party work I have rarely witnessed such contemptible arrogance from a person entrusted with members' money.

Mrs Pask appears to believe that the CLP accounts are her private business. They are not. She is a treasurer, not a duchess.

I ask that the matter be placed before the EC, that Mrs Pask be asked to apologise in writing, and that the branch funds be transferred within fourteen days. If that does not happen I shall pursue the matter with the General Secretary's office, and I shall not let it drop.

Yours faithfully,

Howard Pennington
Treasurer, Wyke Bank branch""")

# 11 uncensored swearing, bus route cut
c.add("complaint", subject="the 14 bus", sender=("Lee Brundle", "leebrundle@hotmail.co.uk"),
      tags=HN,
      body="""So the 14 is gone. The ONLY bus from Carrow Fields to the hospital and the college. My mum can't get to her dialysis now without a £22 taxi each way and my sister can't get to her course.

Ravi Sethi put out a post saying he "fought hard" for it. Fought hard. He fought so hard he voted for the transport budget that cut it. He's a gutless little weasel and he's so far up the cabinet's arse he can see daylight. Fucking useless, the lot of you.

Don't bother knocking on my door next year. I'll be telling everyone on the estate what he did.""")

# 12 metaphor, A&E downgrade
c.add("complaint", subject="You have killed our A&E", sender=P("Dr Anne", "Holloway"),
      tags=HN + ("metaphor",),
      body="""Bridget,

I was a GP in this town for twenty-six years, so please don't send me the briefing note.

This government, with our MP nodding along, has murdered the Holmsea & District A&E. "Urgent treatment centre" is a euphemism for a waiting room with a nurse in it. The nearest proper emergency department is now 41 miles away on a single-carriageway A-road in a county with one of the oldest populations in England. There will be people who die in the back of cars on the A1099 because of this and there will be blood on the hands of every one of those ministers, and on Neil Ashdown's too, for standing up in the Commons and calling it "a modernisation".

It is political suicide for him and for you in this seat, and I would not be sorry to see him lose his seat over it. He has been a cowardly, vacuous representative and he should be ashamed.

I shall be speaking against him at every public meeting I can find.

Anne Holloway""")

# 13 other: Christmas social invitation reply
c.add("other", also=["complaint"], subject="Re: Christmas social at the Harbour Institute - all welcome!",
      sender=P("Bernie", "Cole"),
      tags=HN + ("quoted",),
      body=c.quote_reply(
          """Thanks but no thanks. I wouldn't sit in a room with Donna Pickering for a free turkey. She's a two-faced snob who looks down her nose at anyone without a degree, and I've had four years of it.

Have a lovely time.""",
          """Hi all!

Our Christmas social is on Friday 12 December at the Harbour Institute, 7pm till late. Raffle, buffet and a quiz set by Cllr Donna Pickering! Bring a friend, tickets £5 on the door.

Bridget x""", quoted_from=SEC, style="bottom"))

# 14 partial caps, lose your seat, ballot box
c.add("complaint", subject="Sandhills flood defences - disgusting", sender=P("Trevor", "Ling"),
      tags=HN + ("noisy",),
      body="""Mrs Hallam

For the THIRD winter running the Sandhills end of Marram Road has flooded because the sea wall repairs were "deprioritised". My garage has had 2 foot of water in it. My neighbour is 88. The council sent ONE letter telling us to buy sandbags at our own expense.

Cllr Pickering came down with a photographer, stood on the dry bit for ten minutes, said "it's heartbreaking" and went home. SHE IS A PHOTO OPPORTUNITY IN A COAT. Nothing else.

I HOPE YOU ALL LOSE YOUR SEATS. PEOPLE LIKE YOU WILL GET WHAT'S COMING AT THE BALLOT BOX and I'll be there at the count to watch it.

T Ling""")

# 15 html-only, eloquent, two-child cap, moral cowards
c.add("complaint", subject="From a single mother of three in Eastmarsh", sender=P("Leanne", "Goodrum"),
      fmt="html", tags=HN + ("html-only",),
      body="""To the officers of the Holmsea & Carrow Labour Party,

I have three children. The youngest was born eleven months after the cutoff, which means as far as the state is concerned she doesn't exist. I work 24 hours a week at the care home on Wyke Road. I go to the food bank at St Botolph's every other Thursday. I voted Labour in July because Neil Ashdown stood in my kitchen and told me things would change.

They haven't. The two-child limit is still there. I've watched your MP on the news three times now explaining why it "isn't affordable right now". He has a salary of over ninety thousand pounds. I'd like him to explain to my eldest why she can't go on the school trip.

You are moral cowards. All of you. You knew exactly what it would do to families like mine and you kept it anyway because you were scared of a headline in the Mail.

I don't expect a reply. I've stopped expecting anything from you. But I'll be voting for anyone but you at the next election and so will every mum at the school gate I can talk to.

Leanne Goodrum""")

# 16 at the secretary herself, minutes missing
c.add("complaint", subject="Minutes. Again.", sender=P("Malcolm", "Yaxley"),
      tags=HN,
      body="""Bridget

The minutes of the September GC are now seven weeks late. The minutes of the July GC were circulated the night before September's meeting, with three names spelled wrong and my amendment left out entirely.

I'm sorry but you are, without doubt, the most incompetent secretary this CLP has had in my time, and I've seen a few. You are an officious little jobsworth when it comes to telling branches their motions are a day late, and completely useless when it comes to doing the one thing your post actually requires.

If the minutes aren't out before the next GC I'll be moving that they be taken as not received and I'll be asking the GC to consider whether you're fit for the role.

Malcolm Yaxley""")

# 17 apologies with venom
c.add("procedural", subject="Apologies - GC Thursday", sender=P("Ruth", "Ashworth"),
      tags=("hard-negative", "angry", "contempt", "insult", "sarcasm"),
      body="""Please record my apologies for Thursday's GC.

I'm not ill. I just can't face another two hours watching Graham stroke his own ego while the room dies of boredom. If anything genuinely important comes up, like him retiring, do let me know.

Ruth Ashworth
Northcliff delegate""")

# 18 ex-candidate after selection
c.add("complaint", subject="Wyke Bank selection - my statement", sender=P("Jason", "Pegg"),
      tags=HN + ("political-consequence",),
      body="""Bridget,

I've now had time to cool off after Saturday's selection meeting, and having cooled off I am, if anything, angrier.

I lost by four votes. Eleven of the people who voted had joined the Wyke Bank branch in the six weeks before the freeze date and every one of them lives in a street Cllr Vickers canvasses. I've never seen any of them at a branch meeting before or since. Don't insult my intelligence by telling me that's a coincidence.

The people who organised this know exactly who they are. They are grubby little fixers who'd sell their own mothers for a seat on the planning committee, and I've got no intention of pretending otherwise in public.

I won't be appealing, because I've no faith in the process. But people like them always get what's coming at the ballot box in the end, and I'll be making sure the electors of Wyke Bank know exactly how their candidate was chosen.

Jason Pegg""")

# 19 DP erasure with insults to membership secretary
c.add("data-protection", subject="Subject access request and erasure - and a word about Phil Garside",
      sender=P("Colin", "Hewitt"),
      tags=HN + ("legal-threat",),
      body="""To the Data Protection contact of Holmsea & Carrow CLP,

1. Under Article 15 UK GDPR, please send me a copy of all personal data you hold about me, including canvass records, notes of phone calls and any emails in which I am discussed by officers.

2. When that is done, please erase everything except the minimum you are legally required to keep.

I'm making this request because your membership secretary, Phil Garside, told a room full of people at the Wyke Bank Social Club that I was "three months behind on my subs and always have been". That's information he only has because of his role. It was also untrue. He is a smug, gossiping little man who should never have been let near a membership list, and I'll be telling the ICO exactly that if this request isn't answered within the month.

C. Hewitt""")

# 20 legal threat, defamation by councillor
c.add("complaint", subject="Cllr Pickering's Facebook post about me", sender=P("Stuart", "Bantock"),
      tags=HN + ("legal-threat",),
      body="""Mrs Hallam,

Last night Cllr Donna Pickering posted on her public councillor page that I am "a known troublemaker who has been banned from the library". I have never been banned from anything. I complained, once, in writing, about the library hours. That is the sum total of my crimes.

Your councillor is a liar and a coward who hides behind a Facebook page because she hasn't got the guts to answer a question in a public meeting.

I have screenshots. I have spoken to a solicitor this morning. If the post is not removed and a public apology posted in the same place by Friday, you'll be hearing from him, and I'll also be sending the screenshots to the Mercury.

Stuart Bantock""")

# 21 forwarded: what I sent to the MP
c.add("complaint", subject="Fwd: PIP reassessment - 4th email", sender=P("Sharon", "Greengrass"),
      tags=HN + ("forwarded",),
      body=c.forward(
          """Bridget, this is what I sent your useless MP's office last week. Nobody's replied. I'm sending it to you because at least you answer emails. Tell him to grow a spine.""",
          """To Neil Ashdown's office,

This is my fourth email. My PIP has been stopped after a 20 minute phone assessment by somebody who has never met me. I have MS. I can't walk to the end of my road on a bad day.

Mr Ashdown promised at the hustings that "no disabled person will be worse off under Labour". I was there. I asked the question. He looked me in the eye.

He is a liar and a coward and I'm ashamed I put his poster in my window. I'll be taking it out and I'll be putting up whoever stands against him next time.

Sharon Greengrass""",
          "Sharon Greengrass <sharongreengrass@outlook.com>", "PIP reassessment - 4th email", style="gmail"))

# 22 teenage/young member register
c.add("complaint", subject="youth officer??", sender=("Kai Thurlow", "kaithurlow06@icloud.com"),
      tags=HN + ("noisy",),
      body="""hi so not being funny but who actually elected callum brant as youth officer because ngl he's a total joke. been in young labour here 8 months, he's cancelled 4 socials, ghosted our group chat and then turned up at the GC and told everyone "young members aren't engaged" like bro YOU are the reason lmao. absolute clown behaviour

honestly if nothing changes me and like 6 others are just gonna go join the greens. they actually reply to messages

also i'm emailing the general secretary about it so

kai""")

# 23 elderly, formal but scathing
c.add("complaint", subject="The Branch Meeting of the 9th", sender=("Mrs E. M. Tubby", "e.tubby@talktalk.net"),
      tags=HN,
      body="""Dear Madam,

I have been a member of the Labour Party since 1958. I attended the St Botolph's branch meeting on the 9th with the assistance of my walking frame and my neighbour's son, who kindly drove me.

I have never in sixty-seven years encountered such a contemptible shower. The chairman, whose name I understand to be Mr Tebbutt, spent twenty minutes discussing his own holiday, then informed me that my question about the closure of the Day Centre was "not really a branch matter, dear". Not really a branch matter. Dear.

I taught at St Botolph's Junior School for thirty-four years. I have taught the children and in several cases the grandchildren of half the people in that room, and I never once addressed any of them with such condescension, even when they deserved it, which several of them did.

Your chairman is a rude, ignorant little man. I should be obliged if you would tell him so.

Yours faithfully,
E. M. Tubby (Mrs)""")

# 24 fundraising appeal reply
c.add("other", also=["complaint"], subject="Re: Help us win in May - donate today",
      sender=P("Graham", "Kettle"),
      tags=HN + ("quoted", "sarcasm"),
      body=c.quote_reply(
          """You want MONEY? From me? After you've spent a year telling pensioners to tighten their belts?

Ha. Ask Neil. He's just claimed £2,100 in expenses for a "constituency engagement" trip to a conference in Lisbon. Maybe he can pass the hat round on the plane.

Go and whistle.""",
          """Dear Graham,

May's council elections are the most important in a generation for Holmsea & Carrow. Every £10 pays for 200 leaflets. Can you chip in today?

Donate now: holmseacarrowlabour.org.uk/donate

Thank you,
The Holmsea & Carrow Labour team""", quoted_from="Holmsea & Carrow Labour <campaigns@holmseacarrowlabour.org.uk>", style="outlook"))

# 25 sarcasm, leaflet into recycling
c.add("complaint", subject="Your leaflet", sender=P("Nadine", "Clegg"),
      tags=("hard-negative", "angry", "contempt", "sarcasm", "insult"),
      body="""Thank you so much for the glossy leaflet telling me what a wonderful job Cllr Vickers is doing for Harbour ward. It was lovely. It's in the recycling, which is more than the council have done with my recycling since August.

He's the emptiest suit on the seafront, and that's saying something on a seafront with that many empty shops.

Nadine""")

# 26 telling every door on the street, disabled member
c.add("complaint", subject="I used to deliver your leaflets", sender=P("Michael", "Rudd"),
      tags=HN + ("political-consequence",),
      body="""I used to deliver your leaflets. 220 houses in Northcliff, every election since 2005, on two sticks.

Now the government is coming for my PIP and my ESA and your MP has voted for it twice, the second time after telling the Mercury he had "serious concerns". Serious concerns, and a yes vote. What a pathetic, gutless specimen.

So here's my last leaflet round. I'm going to walk those same 220 houses this winter, slowly, and I'm going to knock on every door and tell them what Neil Ashdown did to disabled people. I've got the time. I've got nothing but time, thanks to you.

Mick Rudd""")

# 27 uncensored swearing, car parks, you make me sick
c.add("complaint", subject="£2.80 an hour", sender=("Bev Sayer", "bevsayer@aol.com"),
      tags=HN,
      body="""Angela Moorcroft, if my carer has to pay £2.80 an hour to park outside my house to get me out of bed in the morning I want to know what bloody planet you live on.

You make me sick. You and your whole smug cabinet. You didn't even consult, you just stuck it in the budget and hoped nobody would read page 84. Well I did.

I've been Labour all my life. I'm done. Hope you lose the council. Hope you lose it badly.

Bev Sayer, Marine Parade""")

# 28 procedural: nominating self because current lot are a disgrace
c.add("procedural", subject="Nomination for CLP Chair - AGM", sender=P("Sandra", "Mowle"),
      tags=("hard-negative", "angry", "contempt", "insult"),
      body="""Dear Bridget,

I'd like to nominate myself for CLP Chair at the AGM. I've been nominated by Eastmarsh branch (meeting of 2 October, minute attached) and I have the consent of my seconder, Jim Cordy, Eastmarsh delegate.

For the avoidance of doubt, I'm standing because the current chair is a vain, rude, self-regarding embarrassment and somebody has to. I'll be saying something kinder in my statement.

Please confirm receipt and the date by which statements are due.

Sandra Mowle""")

# 29 DP: photo on leaflet
c.add("data-protection", subject="WHY IS MY FACE ON YOUR LEAFLET", sender=P("Gemma", "Thirtle"),
      tags=HN + ("dp-no-legal-words", "noisy"),
      body="""Your "In Touch" leaflet for Sandhills has a photo of me and my daughter at the beach clean with a caption saying "Local families backing Donna Pickering".

I do NOT back Donna Pickering. Nobody asked me. Nobody asked if they could put my 7 year old on a leaflet that went through 3,000 doors. Whichever cretin in your campaign team thought that was fine needs their head examined.

Take it off your website, take it off your Facebook, don't use it again, and tell me who took the photo and who else has it.""")

# 30 disciplinary handling
c.add("complaint", subject="My suspension", sender=P("Dennis", "Vowles"),
      tags=HN + ("political-consequence",),
      body="""Bridget,

It's now 14 weeks since I was administratively suspended on the basis of an anonymous complaint about a Facebook comment I didn't write. Fourteen weeks. No interview. No hearing. No date.

Every time I email you I get the same two lines: "this is a matter for the national party" and "I'm not able to comment". You're a coward hiding behind process, Bridget. You sat next to me on the EC for five years and you haven't even picked up the phone.

I have written today to the General Secretary, to the NEC disputes panel and to my union. I'll be copying every letter to the Mercury once the party has had its chance to respond, and I'll be making sure every member in Eastmarsh branch knows how this CLP treats people who've given it twenty years.

Dennis Vowles""")

# 31 Gaza, rot in opposition, metaphor
c.add("complaint", subject="Ashdown and the arms vote", sender=P("Samira", "Haddad"),
      tags=HN + ("metaphor",),
      body="""Neil Ashdown voted against suspending arms licences again. He has blood on his hands and I'll say so at every meeting until I'm blue in the face.

He is a weak, vain, cynical man who'd sell anyone out for a junior ministry. The party in this town is finished. You will rot in opposition and you'll deserve it.

I've cancelled my membership. Don't write back with a statement from the front bench.

Samira Haddad""")

# 32 resignation as branch officer, sarcasm
c.add("other", subject="Resignation - Sandhills branch secretary", sender=P("Pauline", "Redgrave"),
      tags=HN + ("resignation", "sarcasm"),
      body="""Bridget,

I'm resigning as Sandhills branch secretary, effective today. I'll hand over the minute book and the branch email login to whoever you like.

Working with Cllr Pickering for the past two years has been like being trapped in a lift with a foghorn that thinks it's Churchill. I wish my successor luck. They'll need it.

I'm staying a member. For now.

Pauline""")

# 33 short txt-speak insult, bins
c.add("complaint", subject="sandhills bins", sender=("Wayne B", "wayneb_holmsea@gmail.com"),
      tags=HN + ("noisy",),
      body="""bins not done in 3 wks on dunes rd. ur councillor is a waste of oxygen. tell her i said so. shes not getting my vote again thats for sure""")

# 34 going to the papers, alt format, careerist MP
c.add("complaint", subject="Neil Ashdown's second job", sender=P("Oliver", "Kedge"),
      fmt="alt", tags=HN + ("political-consequence",),
      body="""Bridget,

According to the new register of interests, our MP has taken a paid "advisory" role with an offshore wind consultancy at £3,500 a month, eight hours a month. That's £437 an hour, from a company that's bidding for the Carrow Sands array off our own coast.

He spent the election telling us he'd be "a full-time MP for Holmsea". He is a careerist chancer who saw this seat as a stepping stone, and now he's cashing in before the stone sinks.

I've already sent the register entry to the Eastern Daily News and they're running it next week. I'll be moving a motion at the GC asking him to give it up, and if he won't, I'll be campaigning against him at reselection. His career is finished in this town; he just doesn't know it yet.

Oliver Kedge
Wyke Bank""")

# ============================================================ safety, calm

# S1 the lovely car
c.add("safety", subject="The pier vote", sender=("A friend of the pier", "holmseapier.friend@protonmail.com"),
      tags=CALM + ("veiled", "implicit"),
      body="""Dear Mrs Hallam,

I hope you are keeping well.

I'm writing about the final vote on the pier, which I understand comes back to full council on the 18th. I know you aren't a councillor yourself, but you are close to Cllr Vickers and I'm sure he listens to you.

I'd be grateful if you could let him know that many of us would like him to think again. I'd also mention that I've noticed your little green Fiat on Marram Close. It's a lovely car and it's obviously well looked after. I'd hate for anything to happen to it, parked out on the road like that overnight.

With kind regards,
A friend of the pier""")

# S2 courteous note listing children and school
c.add("safety", subject="A note about your family", sender=("H. Gosling", "h.gosling.holmsea@outlook.com"),
      tags=CALM + ("veiled", "implicit", "doxxing"),
      body="""Dear Bridget,

Isla is in Year 5 at St Botolph's Primary and Finn is in Year 2. Isla has the red scooter and Finn usually has a dinosaur lunchbox. Pick-up is 3.15, and on Wednesdays it's your husband, because you have the CLP office in the afternoon.

I don't write this to upset you. I write it so that you understand I am serious when I ask you to withdraw the complaint you made about me to the regional office.

I would appreciate a reply by the end of the week.

Regards,
H. Gosling""")

# S3 final reminder
c.add("safety", subject="FINAL REMINDER - Ref HC/0419", sender=("Accounts", "accounts.hc0419@gmail.com"),
      tags=CALM + ("veiled", "conditional", "doxxing"),
      body="""Mrs B. Hallam
14 Marram Close
Holmsea

Ref: HC/0419

FINAL REMINDER

Dear Mrs Hallam,

Our records show that the matter raised in our letters of 2 and 16 October remains outstanding, namely the reinstatement of Mr D. Vowles to full membership of the Holmsea & Carrow Labour Party.

You have had ample time to resolve this. We have been patient.

Please be advised that if the matter is not resolved within seven days of the date of this notice, other steps will be taken at your home address, without further correspondence. These steps will not be taken through the party.

We trust it will not come to that.

Yours sincerely,
Accounts""")

# S4 pop round when husband is away
c.add("safety", subject="Coffee sometime?", sender=P("Martin", "Sowter"),
      tags=CALM + ("veiled", "stalking"),
      body="""Hi Bridget,

I hope you don't mind me writing to your CLP address. You didn't reply to the last one I sent to your personal email, and I wasn't sure if it had gone to spam.

I know Clive's on the rigs again from Monday, two weeks on. It must get lonely in that house with just the kids. I thought I might pop round one evening when he's away, so we can talk properly about why you keep blocking my membership application. Say Tuesday, after they're in bed, about nine? There's no need to tell anyone, it's just a chat between the two of us.

I'll see you then.

Martin""")

# S5 third-person dry report of threat at branch meeting
c.add("safety", subject="Sandhills branch meeting last night - something you should know",
      sender=("Eleanor Pask", "eleanor.pask@holmseacarrowlabour.org.uk"),
      tags=CALM + ("third-party-report", "conditional"),
      body="""Bridget,

For the record, and so it's written down somewhere.

At the Sandhills branch meeting last night (about 14 present), during the item on the pier, a man I didn't recognise, late fifties, grey fleece, sitting near the door, said quite calmly that if the pier came down he would "put Terry Vickers in the harbour with it, and hold him there". He didn't raise his voice. A couple of people laughed. He didn't. He left before the end.

Rita thinks his name is Leonard, and that he may have been a member years ago. I haven't told Terry yet. I think someone should, and I think the police should probably know. Could we speak tomorrow morning?

Eleanor""")

# S6 measured conditional from "residents"
c.add("safety", subject="Carrow Sands caravan park application - a statement from residents",
      sender=("Carrow Sands Residents", "carrowsands.residents@gmail.com"),
      tags=CALM + ("conditional", "veiled"),
      body="""Dear Secretary,

We write on behalf of a number of residents of Carrow Sands regarding planning application 25/0781/FUL (expansion of the Sandpiper Holiday Park to 640 units).

We have made our objections through the proper channels. We have attended the consultation. We have written to Cllr Sethi on several occasions. We have been ignored.

We wish to be measured and clear. Should Cllr Sethi vote to approve this application at committee on the 27th, we will no longer be in a position to guarantee his safety when he walks home from the council offices along the front. Feelings in the village are very strong, and not everyone here is as patient as those of us writing this letter.

We would much prefer that it did not come to that, and we are sure you would too.

Yours faithfully,
Carrow Sands Residents""")

# S7 wish harm dressed as concern - cliffs
c.add("safety", subject="Neil and the coast path", sender=P("Vera", "Hemsley"),
      tags=CALM + ("wish-harm", "veiled"),
      body="""Dear Bridget,

I see from his newsletter that Neil walks the coast path from Northcliff to the lighthouse most Sunday mornings. Good for him; it's a beautiful walk.

I do hope he's careful. That stretch by the old coastguard cottages has been crumbling all year and there's no fence now. It would be so very easy for somebody to go over there, and with nobody about that early, who would ever know how it happened.

I only mention it out of concern. After what he's done to the hospital, I should hate for anything to happen to him before he's had time to reflect on it. Or perhaps I wouldn't. I haven't decided.

Warm regards,
Vera Hemsley""")

# S8 suspicious item, calm report
c.add("safety", subject="Parcel left at the Institute for Neil - police called",
      sender=("Des Mayhew", "des.mayhew.institute@btinternet.com"),
      tags=CALM + ("suspicious-item", "third-party-report"),
      body="""Morning Bridget,

Just to let you know, so you're not caught on the hop if someone asks.

When I opened up the Harbour Institute at 7.30 this morning for the surgery, there was a small box on the step, brown paper, taped all round, addressed in capitals to "NEIL ASHDOWN MP - BY HAND". No stamp. It was heavier than it looked and there was a bit of wire poking out of one corner, which may be nothing.

I didn't touch it further. I've rung 999, they've put a cordon on Quay Street and they've asked me not to let anyone in. I've phoned Neil's office and they're cancelling the surgery. I'll stay here until the police say otherwise.

All quite calm here. Will update you when I know more.

Des
(Caretaker, Harbour Institute)""")

# S9 following, calm third-party report
c.add("safety", subject="Jess and the man at the bus station", sender=P("Tony", "Ribbons"),
      tags=CALM + ("following", "third-party-report"),
      body="""Hi Bridget,

Jess Ormerod asked me not to make a fuss, so I'm writing to you rather than ringing, but I think you need to know.

Three times this week, Monday, Wednesday and again tonight, the same man has been outside the campaign office on Station Road when we locked up at nine. Tall, dark anorak, grey van parked opposite. Each time he's walked behind Jess all the way to the bus station and stood at the next stop along until her bus went. He doesn't say anything. Tonight he got on the same bus.

Jess is fine, she got off early and her brother picked her up. I've got a partial number plate for the van (ends in "WKX"). I think we should stop her locking up alone and I think she should report it, but she'd listen to you more than me.

Tony""")

# S10 webform with councillor's address, "we'll be visiting"
c.add("safety", subject="New submission: Contact your councillor", sender=c.form_robot(),
      reply_to="sandhills.flooded@gmail.com",
      tags=CALM + ("webform", "doxxing", "veiled"),
      body=c.webform({
          "Name": "Sandhills Residents",
          "Email": "sandhills.flooded@gmail.com",
          "Ward": "Sandhills",
          "Councillor": "Cllr Donna Pickering",
          "Message": """Good afternoon,

Please pass this to Cllr Pickering, as her own inbox appears to be full.

We note that Cllr Pickering's home at 3 Links View, Holmsea, sits comfortably on the high ground above the golf course and has never flooded. Ours have, three winters running.

We have been very polite for a long time. Since she doesn't visit us, a few of us will be visiting her. We know which evenings she's in.

Thank you.""",
      }, form="Contact your councillor"))

# S11 quoted reply, dog walk on sea wall
c.add("safety", subject="Re: Your complaint about the Eastmarsh selection", sender=P("Roger", "Tilney"),
      tags=CALM + ("quoted", "stalking", "veiled"),
      body=c.quote_reply(
          """Dear Bridget,

Thank you for your considered reply. I accept that you have done your best within the rules, and I don't hold it against you personally.

I notice you still walk your spaniel along the Eastmarsh sea wall at about six in the morning, usually alone, usually in the blue waterproof. It is very isolated out there at that hour, past the sluice. Sound doesn't carry far against the wind.

Perhaps the panel might reconsider after all.

Kind regards,
Roger Tilney""",
          """Dear Roger,

Thank you for your email. I'm sorry you're unhappy with the outcome. I've checked with the procedures secretary and I'm satisfied that the Eastmarsh selection was conducted in line with the rules. There is no further right of appeal within the CLP.

Best wishes,
Bridget Hallam
Secretary, Holmsea & Carrow CLP""", quoted_from=SEC, style="gmail"))

# S12 forwarded by MP's caseworker: shotgun licence
c.add("safety", subject="FW: A&E - constituent email (for your awareness)",
      sender=("Priya Lakhani", "priya.lakhani@parliament.example.uk"),
      tags=CALM + ("forwarded", "third-party-report", "veiled"),
      body=c.forward(
          """Hi Bridget,

Forwarding for awareness. This came into the constituency inbox on Friday. We've logged it with the parliamentary security team and Norfolk Police have been informed, but as the sender mentions the Institute surgeries we thought the CLP should know. Please don't circulate further.

Neil has been told. The surgery on the 22nd will go ahead with a police presence.

Priya
Senior Caseworker, Office of Neil Ashdown MP""",
          """Dear Mr Ashdown,

I am 71 and I have never written to an MP before.

My wife died in the back of my car on the A1099 in August, on the way to the James Paget, because the Holmsea A&E had closed its doors at 8pm. You voted for that.

I hold a shotgun licence, as I have for forty years, and I have a long memory. I know you hold your surgeries at the Harbour Institute on the second Saturday. I think it's right that you and I should meet in person, soon. I have nothing else left to do.

Yours sincerely,
George Wakelin""",
          "George Wakelin <gwakelin1954@btinternet.com>", "The A&E", style="outlook"))

# S13 html-only Christmas card
c.add("safety", subject="Season's greetings", sender=("Well-wisher", "holmsea.wellwisher@gmail.com"),
      fmt="html", tags=CALM + ("html-only", "veiled", "doxxing"),
      body="""Season's greetings to Bridget, Clive, Isla and Finn.

We'll be thinking of you all at 14 Marram Close this Christmas, especially on the nights Clive is away.

Do remember to keep the back gate locked. It's been open a few times lately.

With all good wishes for the New Year,
A well-wisher""")

# S14 social notification, doxxing of group leader
c.add("safety", subject="Kevin Lark commented on a post in Holmsea Matters", sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers("Facebook"),
      tags=CALM + ("social", "doxxing", "pile-on", "veiled"),
      body="""Kevin Lark commented on a post in Holmsea Matters that mentions Holmsea & Carrow Labour.

Kevin Lark: For anyone who'd like to discuss the parking charges with Cllr Moorcroft in person, she lives at 27 Priory Gardens, Carrow (the house with the white gates). She gets home about 6 most evenings and her husband's at the golf club on Thursdays. Polite visits only, of course 🙂

22 likes · 9 replies

Reply: https://www.facebook.com/groups/holmseamatters/permalink/40918

You're receiving this because you follow Holmsea Matters. Unsubscribe: https://www.facebook.com/notifications/unsubscribe
Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ireland""")

# S15 explicit but calm
c.add("safety", subject="So there is no misunderstanding", sender=("G. Wakelin", "gwakelin1954@btinternet.com"),
      tags=CALM + ("explicit",),
      body="""Mrs Hallam,

I will say this plainly and without any anger, because I am past anger.

When the last beds at Holmsea & District close in January, I intend to kill Neil Ashdown. I have thought about it carefully for some weeks and I am at peace with it.

I am telling you because you are his party secretary and because I would like it to be on record that I gave warning. I shan't write again.

G. Wakelin""")

# S16 list post, calm, quiet word in unlit car park
c.add("safety", subject="[HC-Members] Re: Thursday GC - parking", sender=P("Lionel", "Breame"),
      headers=c.list_headers("HC-Members", domain="groups.holmseacarrowlabour.org.uk"),
      tags=CALM + ("list", "veiled"),
      body="""Hi all,

In answer to Sue's question about parking on Thursday: there's space for about twenty cars at the back of the Institute. No lighting and no cameras round there, which is worth knowing.

Graham parks there every GC, in the far corner by the bins, and he's usually the last to leave because he locks up.

Some of us might want to have a quiet word with him about the way he ran the last meeting. A proper quiet word, away from the minutes. I'll leave that with you all.

Lionel
Wyke Bank

--
HC-Members mailing list. To unsubscribe email hc-members-leave@groups.holmseacarrowlabour.org.uk""")

# S17 non-native (Romanian), allotment, polite conditional
c.add("safety", subject="about my allotment - please read", sender=P("Ionel", "Stanciu", "yahoo.com"),
      tags=CALM + ("non-native", "conditional", "veiled"),
      body="""Good evening Mrs Bridget,

I am polite man and I write polite. Since 6 years I have allotment number 31 at Wyke Bank. Now council give it to other person because they say I not pay, but I pay, I have paper. Councillor Vickers say he will help me and nothing happen.

I ask you nice. Please tell councillor to give back my allotment before 1 December.

If not, I know where he is living, the house near the church with the boat in garden. I will visit him and talk with his wife also. I think is better for everyone if we agree before this. I do not want problem for his family.

Thank you very much for understanding.

Ionel Stanciu""")

# S18 stalking log, polite
c.add("safety", subject="This week", sender=("An observer", "observer.hc@protonmail.com"),
      tags=CALM + ("stalking", "implicit"),
      body="""Dear Bridget,

Monday: Tesco Holmsea, 5.40pm. You bought flowers and a bottle of Rioja.
Tuesday: school run, then the CLP office on Station Road until 2.10.
Wednesday: Carrow Fields surgery with Cllr Sethi. You left by the side door.
Thursday: Swimming with Finn at the leisure centre, 6pm.
Friday: Drinks at the Mariner's with Eleanor. You walked home along the front at 10.50, on your own.

I hope you have a restful weekend.

I'll write again next week.""")

# S19 embedded: query about motion deadline with calm conditional in the middle
c.add("safety", subject="Motion deadline and the Carrow Fields selection", sender=P("Graham", "Nuttall"),
      tags=CALM + ("embedded", "conditional"),
      body="""Hi Bridget,

A couple of quick things, if I may.

First, could you confirm the deadline for motions to the January GC? Our branch meets on the 8th and I want to be sure we're within the 14 days. We're bringing one on the local bus network and one on the children's centre.

Second, on the Carrow Fields selection. I've said all I have to say at the branch and I don't want to go over it again. But I'd ask you to pass on to Ravi Sethi, in the nicest possible way, that if he's reselected over Marcia, he should think about varying the way he gets home from the ward surgery on a Saturday. There are a few of us who've agreed we'd like to meet him on the footpath behind the Co-op, and we won't be there to discuss policy.

Third, is there any chance of getting the new Membersnet login for our branch treasurer sorted? She's been locked out since the summer.

Thanks, and hope Clive's back safe from the rigs.

Graham Nuttall
Carrow Fields branch chair""")

# S20 harassment report from women's officer, calm
c.add("safety", subject="Emails I've been getting - for the EC", sender=("Jess Ormerod", "jess.ormerod.hcwomen@gmail.com"),
      tags=CALM + ("harassment", "third-party-report"),
      body="""Hi Bridget,

I've been putting off writing this because I didn't want to make a thing of it, but I've now had 41 emails since September from the same address (carrowwatcher@outlook.com), and Tony says I should tell you.

None of them are rude. That's the odd thing. They're all very polite. But every single one mentions my daughter by name (Maisie), and most of them mention something she did that day: what she wore to nursery, that she'd had a cold, that her grandad picked her up on Friday. The latest one says "Maisie will be four in March. It would be nice if she got to enjoy it."

I've saved them all in a folder. I'm going to the police station on Monday with my dad. I'd like to step back from leading the Thursday canvass for a bit if that's OK, and I'd be grateful if my phone number came off the website.

Thanks,
Jess""")

# S21 regional office briefing about a Telegram channel
c.add("safety", subject="Safeguarding: Cllr Sethi - home address posted online",
      sender=("Eastern Region Labour", "safeguarding.eastern@labour-party.example.org.uk"),
      tags=CALM + ("third-party-report", "pile-on", "doxxing"),
      body="""Dear Bridget,

I'm writing to let you know, in confidence, that our monitoring team identified a post yesterday evening in a Telegram channel with roughly 1,800 subscribers which gives Cllr Ravi Sethi's home address, a photograph of his house and the make and registration of his car, alongside a call for people to "pay him a visit before the planning committee". The post has been shared into at least two local Facebook groups.

We have reported the post to the platform and to Norfolk Constabulary, who are aware. Cllr Sethi has been informed and has accepted the offer of a security review of his home.

In the meantime, please:
- do not share the post or the address further, including in EC papers;
- make sure Cllr Sethi is not canvassing or attending events alone for the next fortnight;
- let us know at once if any further threats come to the CLP inbox.

Best wishes,
Safeguarding Officer
Eastern Region, Labour Party""")

# S22 quiet wish for harm in religious dress
c.add("safety", subject="A prayer for Councillor Moorcroft", sender=P("Dorothy", "Fenn"),
      tags=CALM + ("wish-harm",),
      body="""Dear Mrs Hallam,

I thought you would want to know that I have been praying for Councillor Moorcroft every night since the children's centre closed.

I pray that the Lord will take her before she can do any more harm to the little ones of this town. I light a candle for it at St Botolph's every Sunday. I have a feeling He will answer soon, and if He is slow, there are others who may help Him along.

God bless you and your family.

Dorothy Fenn""")

# S23 business-like: priced up
c.add("safety", subject="Quote", sender=("R. Sallis", "r.sallis.lettings@gmail.com"),
      tags=CALM + ("veiled", "implicit"),
      body="""Bridget,

Further to Cllr Vickers' support for the selective licensing scheme, which will cost me approximately £38,000 across my properties in Harbour ward over five years.

Out of interest, I've priced up what it would cost to have someone deal with Cllr Vickers instead. It comes to considerably less than £38,000. I'm a businessman and I tend to take the cheaper option.

I'll let you draw your own conclusions, and I'd be grateful if you'd pass them on to him.

R. Sallis""")

# S24 noisy elderly calm, son out of prison
c.add("safety", subject="terry", sender=("june pegg", "junepegg1946@aol.com"),
      tags=CALM + ("noisy", "veiled", "implicit"),
      body="""dear bridget i hope your well and the children. just to let you know my son lee is out of prison next thursday and he has'nt forgot what the council did with his flat when he was inside, they give it away and put all his stuff in a skip. he blames terry vickers because terry signed the letter.

he asked me on the phone where terry lives now and i told him. i thought you should know so terry isnt surprised

all the best to you
june""")

# S25 voicemail transcript notification, alt
c.add("safety", subject="New voicemail from 07700 900418", sender=("Visual Voicemail", "voicemail@vm.mobile-operator.example.com"),
      fmt="alt",
      tags=CALM + ("veiled", "conditional"),
      body="""You have a new voicemail.

From: 07700 900418
Received: Tue 14:07
Duration: 0:48

Transcript (automatic, may contain errors):
"Hello, this is a message for Mrs Hallam. Nothing to worry about. I was just passing your house this morning and I noticed how lovely your garden looks, the hedge and the little summerhouse at the back. It's all very dry at this time of year, isn't it. I'd hate for it to go up, with the children's bedroom being just above. Anyway, I'm sure you'll make the right decision about Mr Vowles. Have a nice afternoon."

Listen to this voicemail in the app.
You can turn off voicemail-to-email in My Account > Settings.""")

# S26 short explicit conditional, calm
c.add("safety", subject="AGM", sender=("D.", "d.holmsea.agm@gmail.com"),
      tags=CALM + ("explicit", "conditional"),
      body="""Bridget,

If Eleanor Pask stands for Treasurer again at the AGM, I'll break her arm afterwards in the car park. I'm not angry about it. I'm just letting you know so you can advise her.

Regards,
D.""")

c.write()
