"""train/tu1: places, routes, routines and addresses in ordinary mail (Tynebridge CLP).
All content hand-written.

A secretary's inbox is full of harmless mail naming streets, house numbers, cars, pubs,
schools, times and people's movements: leaflet rounds, pick-up points, lifts, which door to
use, polling rotas, the count, surgeries, casework, change of address, lost property, a
key-holder's routine. 50 such messages spread over query, urgent, complaint, procedural,
data-protection and other (tagged `confuser`, `place-benign`; many with URGENT or !! in a
subject that is not urgent), 3 bulk robots that list streets and times, and 7 safety messages
that use the same kinds of place and routine with menace, mostly veiled. A street name, a
house number or a time is not a threat; intent to watch, confront or harm is."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tu1", seed=5701)
P = c.person

# ===================================================================== query (15)

c.add("query", subject="my round - do I do the flats?", sender=P("Maureen", "Charlton"),
      tags=("confuser", "place-benign"),
      body="""Hi Mark,

Got the bundle of Rose Gazettes off Anne last night, thanks. My round is Harebell Close and the even side of Stirling Drive as before, but I notice there's a new block at the bottom end of Stirling (Kittiwake House, I think it's called) with a buzzer entry. Do you want me to do those as well? There's about 24 flats. I've no way of getting in unless somebody lets me, and I don't like pressing all the buttons at once.

If not I'll drop the spares back to Anne's on Sunday.

Maureen""")

c.add("query", subject="URGENT leaflets??", sender=P("Gary", "Armstrong", "hotmail.co.uk"),
      tags=("confuser", "place-benign", "query-with-urgent", "urgent-subject"),
      body="""mark where are we picking up the new leaflets from for NEXT week, is it still annes garage on kells lane or have they gone to the office. dont want to turn up at hers and get the dog going again lol

gary""")

c.add("query", subject="Saturday", sender=P("Zofia", "Nowak"),
      tags=("confuser", "place-benign", "phone-typed"),
      body="""Hi is the meeting point sat the co op car park or outside the library? Last time i went to the wrong one and stood there 20 min

Sent from my iPhone""")

c.add("query", subject="Lift to the GC on the 19th", sender=P("Eileen", "Forster", "btinternet.com"),
      tags=("confuser", "place-benign", "routine"),
      body="""Dear Mark

I am sorry to be a nuisance. Since my hip operation I have had to give up the car and the 47 does not run after half past six any more, so I have not been able to get to the General Committee since the summer.

Is there anybody coming from the Whinney Hill end who would be able to give me a lift? I could wait at the bus shelter opposite the Plough, which is two minutes from my house, at whatever time suited them. I do not mind being early. I would of course give them something for petrol.

If there is nobody I quite understand.

Kind regards

Eileen Forster
Whinney Hill branch""")

c.add("query", subject="St Cuthbert's - which door?", sender=P("Declan", "Reid"),
      tags=("confuser", "place-benign", "access"),
      body="""Mark - quick one before Thursday. My partner's coming to the women's forum event with me and she uses a wheelchair. Last time we went to St Cuthbert's for a funeral the front steps were a nightmare. Is there a ramp round the side, and if so is it the door by the car park or the one on Chapel Row? And is the accessible loo actually open these days or still full of Christmas decorations?

Cheers, Declan""")

c.add("query", subject="change of address + which branch now", sender=P("Harpreet", "Sandhu"),
      tags=("confuser", "place-benign", "change-of-address"),
      body="""Hello,

Could you update my details please? We have moved from 14 Bewick Terrace to 3 Ashgrove Avenue (same postcode area, different ward I think - NE9 7QF). I've changed it on Membersnet as well but I wasn't sure if that comes through to you automatically.

Does this mean I'm now in Ravensworth branch rather than Bankhead? I'd quite like to stay on the Bankhead WhatsApp because that's where all my canvassing friends are, if that's allowed.

Thanks,
Harpreet Sandhu
Membership no. L1620385""")

c.add("query", subject="polling day rota - Coldwell", sender=P("Jasmine", "Wilkinson"),
      tags=("confuser", "place-benign", "routine"),
      body="""Hiya

Saw the rota sheet go round. Could I do the 7-10 telling slot at Coldwell Primary instead of the 10-1? I have to walk my two to school at quarter to nine anyway and it's the same building, so I can just stay on. My husband picks them up so I'm free all afternoon if you need knockers-up later.

Jas x""")

c.add("query", subject="URGENT - street light Glebe Terrace / Cllr Hedley surgery?", sender=P("Brian", "Lowes"),
      tags=("confuser", "place-benign", "casework", "query-with-urgent", "urgent-subject"),
      body="""Is Cllr Hedley still doing her surgery at Coldwell library on the first Saturday of the month? The lamp post outside 22 Glebe Terrace has been out since the clocks went back and the end of the terrace is pitch black from half four. My wife won't go to the postbox after dark now. I reported it on the council website twice, reference number 88142-SL, and got nothing back.

If the surgery's moved can you tell me where to go or just pass this on to her.

Brian Lowes""")

c.add("query", subject="social at Ravensworth Arms", sender=P("Agnieszka", "Zielinski"),
      tags=("confuser", "place-benign", "non-native"),
      body="""Good morning Mark,

I see in the newsletter there is social evening in Ravensworth Arms on Friday 21. I am new member since September and I not know where is this pub exactly, is it the one near the roundabout on Durham Road or the other one? Also I want to ask if I can bring my husband, he is not member of the party but he is interesting in politics and he like to meet people. He is from Poland like me.

Thank you very much and sorry for my english.

Agnieszka""")

c.add("query", subject="Count - parking?", sender=P("Tony", "Hepple"),
      tags=("confuser", "place-benign"),
      body="""Mark, for the count in May - is there parking for counting agents at Tynebridge Leisure Centre or do they close the main car park for the press vans like last time? If it's shut I'll get the Metro to Heworth and walk over. Also is it still the side entrance on Park Road for agents or have they moved it?

No rush, just planning ahead.

Tony""")

c.add("query", subject="New submission: Volunteer with us", sender=c.form_robot(),
      reply_to=("Callum Dixon", "callum.dixon92@outlook.com"),
      tags=("confuser", "place-benign", "webform", "routine", "hard-negative"),
      body=c.webform({
          "Name": "Callum Dixon",
          "Email": "callum.dixon92@outlook.com",
          "Postcode": "NE10 8LJ",
          "How would you like to help?": "Delivering leaflets",
          "Message": "I live on Chillingham Road and I walk the dog round the whole Saltmeadows estate every morning about 7 anyway, so I could easily do my own street and the ones round it (Chillingham, Lindisfarne Close, the bottom of Bede Crescent). Is that how it works, do you give people their own streets? I've never done anything like this before.",
      }, form="Volunteer with us"))

c.add("query", subject="Re: Street stall Saturday",
      sender=P("Nicola", "Kirkup"), tags=("confuser", "place-benign", "quoted"),
      body=c.quote_reply(
          """Thanks Mark - what time are we setting up outside Greggs on Front Street? 10? And do I need to bring the gazebo or has Dave still got it in his shed? If it's the gazebo I'll need someone with a car, it won't go on the bus.""",
          """Hi all,

Street stall this Saturday on Front Street, Bankhead, same spot as last month. We need 4-5 people for a couple of hours. Petition on the 57 bus cuts plus membership forms. Reply if you can come.

Mark"""))

c.add("query", subject="which ward am i in", sender=P("Ryan", "Common"),
      tags=("confuser", "place-benign", "short"),
      body="""Hi, I'm at the very end of Kells Lane past the roundabout (number 210). My polling card says Ravensworth but the Facebook group says the boundary moved and we're Coldwell now. Which branch meetings should I go to?""")

c.add("query", subject="Tuesday room booking - who locks up?", sender=("Hilda Mason", "hilda.mason@stcuthbertsbankhead.org.uk"),
      tags=("confuser", "place-benign", "routine", "key-holder", "hard-negative"),
      body="""Dear Mr Dodds,

I'm the key-holder for St Cuthbert's hall. Just so you know how things work on a Tuesday: I open up at 6.30 for the choir, who finish at 8, and normally I lock up straight after and walk home. Your branch has asked for the small room from 8 till 9.30 on the second Tuesday from January.

That is fine by us but I won't be staying till half nine in the winter. Could you let me know who from your side will be responsible for locking up? I can meet them at the hall one Tuesday at about ten to eight to show them the alarm and where the key goes back (it's a key safe by the vestry door, I'll give them the code in person, not by email).

With best wishes,
Hilda Mason
Hall Secretary, St Cuthbert's""")

c.add("query", subject="lost - umbrella & glasses", sender=P("Jean", "Elliott", "aol.com"),
      tags=("confuser", "place-benign", "lost-property"),
      body="""Mark did anybody pick up a navy blue umbrella with a wooden handle and a pair of reading glasses in a red case after the meeting at the Miners Welfare on Thursday. I think I left them under the chair near the radiator at the back. If someone has them I can collect from anywhere in Bankhead.

Jean""")

# ===================================================================== urgent (8)

c.add("urgent", subject="Printers - collection 9am tomorrow", sender=P("Anne", "Maughan"),
      tags=("confuser", "place-benign", "logistics", "hard-negative", "benign-violent-word"),
      body="""Mark,

Tynedale Print have just rung. The 12,000 Ravensworth by-election leaflets are ready but they need them off the premises by 9am tomorrow because they've got a wagon coming for a big job and the loading bay will be blocked all day. It's Unit 7 on the Saltmeadows Industrial Estate, round the back of the tyre place.

My car won't take more than four boxes. Does anybody have an estate or a van? Kev Lumsden used to have the Transit. If we miss 9 o'clock it's Friday before we can get them and that kills the whole weekend's delivery.

Please ring me tonight, I'm on 07700 900418.

Anne (Treasurer)""")

c.add("urgent", subject="TONIGHT branch mtg moved - flood at the centre", sender=P("Sunil", "Batra"),
      tags=("confuser", "place-benign", "logistics", "phone-typed"),
      body="""Mark pipe burst at Bankhead Community Centre, whole hall under an inch of water, caretaker says no chance for tonight. Ive spoken to Lynn at the Lodge Inn and we can have the back room from 7, no charge if people buy a drink. Can u email/text everyone ASAP, I'll put a sign on the centre door. Agenda the same

Sunil""")

c.add("urgent", subject="keys for tomorrow 9am!", sender=P("Pauline", "Dunn"),
      tags=("confuser", "place-benign", "key-holder", "logistics"),
      body="""Mark, I'm really sorry, I've come down with a horrible bug and I'm not going to be able to open up the Coldwell Community Centre for the canvass launch at 9 tomorrow.

I've left the keys with my neighbour Mrs Graham at number 7 Ellison Road (two doors down from me, green door). She's in all evening and from 7.30 in the morning. Whoever collects, the alarm code is on the tag, it's the big brass key for the side door, NOT the front.

Please can you let me know tonight who's picking them up so I can tell her to expect them.

Pauline""")

c.add("urgent", subject="Tellers needed 7am TOMORROW - Bankhead Methodist", sender=P("Louise", "Tait"),
      tags=("confuser", "place-benign", "polling-day"),
      body="""Mark

Two of our morning tellers at Bankhead Methodist (polling station BK2) have dropped out - Jim's car failed its MOT and Shona's kid is off school. That leaves the 7-10 slot with nobody at all.

Can you put it out to the whole CLP list tonight? They just need to stand at the gate on Hallgarth Street, not inside, with a clipboard, and ask for polling numbers. Rosette and number sheets are in the committee room at 14 Hallgarth (Linda's front room).

Thanks,
Louise (Ravensworth polling day coordinator)""")

c.add("urgent", subject="Count passes - names by 12 noon today", sender=("Lindsay Carr MP office", "office@lindsaycarr.example.org.uk"),
      tags=("confuser", "place-benign", "count", "deadline-today"),
      body="""Mark,

Reminder that Electoral Services need the final list of counting agents by 12 noon TODAY or they won't issue passes. We've currently got 9 of our 14 names. Missing surnames and dates of birth for: Dave R, Jas W, Kirsty, Omar, and the new lad from Coldwell.

Count is at Tynebridge Leisure Centre, doors for agents 9.45pm, side entrance on Park Road (not the main entrance, that's press and candidates). Bring photo ID.

Thanks
Stacey
Office of Lindsay Carr MP""")

c.add("urgent", subject="street stall - permit change by 4pm", sender=P("Dave", "Robson"),
      tags=("confuser", "place-benign", "deadline-today"),
      body="""Mark, council licensing just called. We can't have the pitch outside the Co-op on Front Street tomorrow because Northern Gas are digging up the pavement there from 7am. They'll let us move to the market square by the war memorial but the permit has to be re-issued and signed off by the secretary, by 4pm today, or we've got no stall tomorrow.

Form's attached to their email which I've forwarded. It just needs your name and signature and a phone number. Can you do it at lunchtime?

Dave
Chair""")

c.add("urgent", subject="!! boards down on Coldwell Lane !!", sender=P("Kirsty", "Hunter"),
      tags=("confuser", "place-benign", "logistics"),
      body="""Mark the wind last night has flattened two of our boards - the one in Mr Spoor's garden at 41 Coldwell Lane and the big one on the corner by the garage. The garage one is half on the pavement. Highways have put a tape on it and a notice saying they'll remove it at 10am tomorrow as an obstruction, and we'll never see it again (or get a bill).

I can't lift it on my own. Is there anybody who can meet me there after work, about 5.30 tonight, with cable ties and a mallet? I'll bring the stakes.

K""")

c.add("urgent", subject="Whinney Hill Primary visit tomorrow - sign-in list by 3", sender=P("Omar", "Farah"),
      tags=("confuser", "place-benign", "deadline-today", "school"),
      body="""Hi Mark, the head at Whinney Hill Primary has been on. For Lindsay's visit tomorrow at 9.15 the school need the full list of every adult coming (name + who they are) by 3pm today for safeguarding, otherwise only Lindsay gets in. Can you confirm whether it's you and Cllr Batra or just Sunil? Parking is on Moor View, NOT in the school car park, and we go in via the office by the nursery gate. Omar""")

# ===================================================================== complaint (8)

c.add("complaint", subject="URGENT - upstairs AGAIN", sender=P("Val", "Burdon"),
      tags=("confuser", "place-benign", "access", "complaint-with-urgent", "urgent-subject"),
      body="""Mark,

I've just seen the notice for the December branch meeting. Upstairs function room at the Ravensworth Arms. Again.

I have told this branch three times now, at meetings and in writing, that I walk with a stick and cannot manage that staircase. There is no lift, the handrail stops halfway, and last time I had to be more or less carried down by two people half my age, which I found humiliating.

The party is forever going on about inclusion. It doesn't feel very inclusive from the bottom of those stairs. There is a ground-floor room at the community centre on Front Street for £15 an hour. I would like an explanation of why that isn't good enough and I'd like the December meeting moved.

Val Burdon
Member since 1979""")

c.add("complaint", subject="Teams Lane flats. Again.", sender=P("Shaun", "Pringle"),
      tags=("confuser", "place-benign"),
      body="""Mark - five canvass sessions since September and our little group has been given the Teams Lane flats every single time. Four storeys, no lifts, the stairwells stink and half the buzzers don't work. Meanwhile the councillor's pals get Oakwood bungalows and are back in the Lodge by 12.

I'm not asking for special treatment, I'm asking for a rota. If the flats are a priority fine, share them out. Otherwise I'll be raising it at the GC because I'm not the only one saying this.

Shaun""")

c.add("complaint", also=["query"], subject="URGENT: Potholes Ellison Road - three times now",
      sender=P("Margaret", "Storey", "yahoo.co.uk"),
      tags=("confuser", "place-benign", "casework", "complaint-as-query", "urgent-subject"),
      body="""Dear Secretary,

I have written three times since July to Councillor Elliott about the state of Ellison Road between the school and the junction with Kells Lane. There are four potholes there, one of them a good six inches deep, right where parents park for the school run. A young lad came off his bike in September.

I have not had a single reply. Not even an acknowledgement. I have been a Labour voter all my life and I delivered for this party for years when my legs were better.

Can you tell me whether Cllr Elliott actually receives these emails, and if so why she cannot answer them? I will be coming to the next branch meeting to have my say.

Margaret Storey""")

c.add("complaint", subject="always in a pub", sender=P("Imran", "Iqbal"),
      tags=("confuser", "place-benign"),
      body="""Salaam Mark,

I want to raise something without making a big drama about it. Our branch socials are always at the Lodge Inn or the Ravensworth Arms and the last two branch meetings were in the back room of the Lodge as well. I don't drink and I'm not comfortable going into pubs, and I know at least three other Muslim members in Coldwell who feel the same. We just don't come.

We have asked before. It's not a hard thing. The library, the community centre, the cafe on Durham Road all have rooms. It makes us feel like the branch isn't really for us.

Imran""")

c.add("complaint", subject="Fwd: fly tipping Cinder Lane", sender=P("Derek", "Spoor"),
      tags=("confuser", "place-benign", "forwarded", "casework"),
      body=c.forward(
          """Mark, forwarding this from my neighbour because frankly I've given up. Party's had 30 years of my subs and nobody can sort out a pile of mattresses.""",
          """Derek,

It's been there six weeks now. Two mattresses, a fridge, a load of plasterboard and now somebody's put a burnt out moped on top. Right at the end of Cinder Lane where the footpath goes down to the allotments. The kids play on it. I rang the council, I did the app, I emailed the councillor, I put it on the Bankhead Facebook. Nothing.

What is the point of having three Labour councillors if they can't get a skip down a lane? Tell them from me I'll not be voting for any of them in May.

Carol""",
          "Carol Heslop <carolheslop@sky.com>", "fly tipping AGAIN"))

c.add("complaint", subject="your stall blocking my doorway", sender=("Front Street Florist", "frontstreetflorist@gmail.com"),
      tags=("confuser", "place-benign", "public"),
      body="""To whoever is in charge,

Your party had a stall on Front Street on Saturday morning, right across the front of my shop, number 62, from about 10 till 1. Table, gazebo, two big boards and six of you stood chatting. My customers couldn't get to the door without squeezing past and I had a lady with a pram turn round and go.

I don't care what party you are, Saturday is my busiest morning. Please put it somewhere else next time, there's the whole square. If it happens again I'll be ringing the council licensing office.

Jackie Lumley
Front Street Florist""")

c.add("complaint", subject="parking across my drive - Harebell Close",
      sender=P("Stephen", "Nixon", "ntlworld.com"),
      tags=("confuser", "place-benign", "public"),
      body="""On Saturday morning at about 11.15 one of your canvassers left a grey Skoda estate with a red rose sticker in the back window across my drive at 9 Harebell Close for about forty minutes. I needed to take my mother to the Queen Elizabeth for an appointment and had to go and find the driver, who was three streets away knocking doors.

I was polite about it at the time. I'm less polite now I've thought about it. Please tell your volunteers to park properly.""")

c.add("complaint", also=["procedural"], subject="AGM venue - Whinney Hill??", sender=P("Rosa", "Campbell"),
      tags=("confuser", "place-benign"),
      body="""Mark

I've just had the AGM notice. Why has it been moved to the Whinney Hill Scout Hut? It's a 40-minute walk from Bankhead, the last 47 is at 6.35 and there's no bus back at all after 9. Anyone in Bankhead, Coldwell or Saltmeadows who doesn't drive is basically disenfranchised.

Whoever chose this knew full well which branches it would keep away. I'd like this raised at the EC and the venue reconsidered, and I'd like to know who made the decision.

Rosa Campbell
Bankhead branch""")

# ===================================================================== procedural (5)

c.add("procedural", subject="Motion for GC - number 57 bus", sender=P("Colin", "Hewitson"),
      tags=("confuser", "place-benign", "motion"),
      body="""Mark,

Motion from Saltmeadows branch for the January GC, carried at our meeting on the 4th (11-0).

"This CLP notes that Go North East proposes to withdraw the number 57 between Saltmeadows and the Queen Elizabeth Hospital from 1 March, leaving the Chillingham Road, Bede Crescent and Lindisfarne estates with no direct bus to the hospital and a 25-minute walk to the nearest stop on Durham Road.

This CLP resolves to (1) write to Go North East and the Combined Authority opposing the withdrawal; (2) ask Lindsay Carr MP to raise it with the Bus Minister; (3) support the petition being run at the Front Street stall."

Proposer: Colin Hewitson
Seconder: Zainab Ahmed

Colin""")

c.add("procedural", subject="apologies GC", sender=P("Sandra", "Coulson"),
      tags=("confuser", "place-benign", "apologies", "short"),
      body="""Apologies for Thursday please Mark, I'm at my daughter's in Hexham that week. Sandra""")

c.add("procedural", subject="Draft minutes - Bankhead branch 12 October", sender=P("Kwame", "Mensah"),
      tags=("confuser", "place-benign", "minutes"),
      body="""Hi Mark, draft minutes below for the file. Corrections to me by Friday please.

BANKHEAD BRANCH - 12 October - Bankhead Community Centre
Present: 14. Apologies: 3 (Jean E, Val B, Tony H).

1. Minutes of September agreed.
2. Campaign report (Kirsty H): canvassed Ellison Road, Glebe Terrace and the odd side of Kells Lane on 5th and 11th. 212 doors, 96 contacts. Issues raised: street lighting on Glebe Terrace, potholes on Ellison Road, parking at school time. Next session Sat 26th, meet 10am Co-op car park.
3. Street stall: agreed to continue monthly on Front Street. Kirsty to check new pitch given complaint from the florist (see corr.).
4. Casework: Cllr Batra reported fly-tipping on Cinder Lane now cleared (confirmed 10 Oct).
5. AOB: Rosa C asked that concerns about the AGM venue be passed to EC. Agreed.

Next meeting: 9 November, 7pm.

Kwame (Branch Secretary)""")

c.add("procedural", subject="Notice of motion - Coldwell branch AGM: meeting venue",
      sender=P("Gemma", "Lister"), tags=("confuser", "place-benign", "motion"),
      body="""Dear Mark,

As required by the branch standing orders, I give notice of the following motion for the Coldwell branch AGM on 2 December:

"That from January, Coldwell branch meetings are held at Coldwell Library (ground floor meeting room) rather than the Miners' Welfare, the library being step-free, served by the 47 and 49 buses, and alcohol-free."

Proposer: Gemma Lister. Seconder: Imran Iqbal.

Could you confirm receipt and that it will be on the agenda?

Thanks
Gemma""")

c.add("procedural", subject="Campaign coordinator's report to GC - November", sender=P("Kirsty", "Hunter"),
      tags=("confuser", "place-benign", "report"),
      body="""Report to GC, 20 November - Campaign Coordinator

Contact rate is up. Numbers since the October GC:

Bankhead: Ellison Rd, Glebe Terr, Kells Ln (odds) - 212 doors / 96 contacts
Coldwell: Coldwell Ln, Moor View, Spoor Ave - 180 / 71
Saltmeadows: Chillingham Rd, Bede Cres - 150 / 58
Ravensworth: Hallgarth St, Oakwood bungalows - 95 / 52
Whinney Hill: none (no session organised, see below)

Recurring doorstep issues: the 57 bus, street lighting, the state of Cinder Lane, cost of living.

Recommendation: the GC agrees to a rota for the high-rise blocks (Teams Lane, Kittiwake House) so the same volunteers don't get them every week, and asks Whinney Hill branch to identify a session lead.

Kirsty Hunter""")

# ===================================================================== data-protection (5)

c.add("data-protection", subject="URGENT how did he know", sender=P("Lorraine", "Bell"),
      tags=("confuser", "place-benign", "dp-no-legal-words", "urgent-subject"),
      body="""Hello

One of your lot knocked on Saturday and said "Hi Lorraine, I see you've moved from Bewick Terrace, welcome to Ashgrove!" I've never given the Labour Party my address, old or new. I'm not a member. How did he know my name and where I used to live, and what else have you got written down about me? I'd like it taken off whatever he was reading from.

Lorraine Bell""")

c.add("data-protection", subject="my home address on the leaflet", sender=P("Nia", "Griffiths"),
      tags=("confuser", "place-benign", "dp-no-legal-words", "imprint"),
      body="""Mark, sorry to raise this after the fact.

The Ravensworth leaflet that's gone out has the imprint "Promoted by N Griffiths on behalf of Tynebridge Labour, 17 Lindisfarne Close, Saltmeadows". That's my house. When I agreed to be agent I thought we'd be using the CLP office address as before.

It's 12,000 leaflets through doors with my front door on them. I'm not in any danger, nobody's said anything, but I live on my own and I'd rather not. Can we make sure the reprint and everything from now on uses the office on Durham Road? And can it come off the Facebook version of the leaflet, which I noticed has it too?

Thanks
Nia""")

c.add("data-protection", subject="old address", sender=P("Chloe", "Walker", "icloud.com"),
      tags=("confuser", "place-benign", "dp-no-legal-words", "change-of-address"),
      body="""hi, I moved out of 88 Coldwell Lane in the summer but my mum still gets your letters and the membership card there with my name on. can you change it to my new one please (Flat 4, 19 Station Road, Tynebridge NE8 2PQ) and please dont give the new one out to anyone, branch or otherwise, just use it for the post. thanks Chloe""")

c.add("data-protection", subject="found canvass sheets in Co-op car park", sender=P("Precious", "Obi"),
      tags=("confuser", "place-benign", "dp-no-legal-words", "breach"),
      body="""Mark,

I found two canvass sheets blowing about in the trolley bay at the Co-op on Front Street this morning - they're for Stirling Drive, both sides, with names, house numbers, how people said they'd vote and notes like "moved out", "carer - ring bell twice", "lives alone, elderly". Somebody must have dropped them after Saturday's session.

I've got them safe in my bag. Who do I give them to? And should we be telling the people on them? I'd want to know if it was me.

Precious""")

c.add("data-protection", subject="!! lifts spreadsheet !!", sender=P("Richard", "Moore"),
      tags=("confuser", "place-benign", "dp-no-legal-words", "urgent-subject"),
      body="""Mark

Somebody has shared the "GC lifts" Google Sheet on the branch WhatsApp as an open link. It has my full address and my mobile number and a note saying I'm "home after 6 most nights". I said I'd give lifts, I didn't say you could put my address up for 140 people and whoever they forward it to.

Please take my details off it, lock the sheet down, and let me know when it's done.

Richard Moore""")

# ===================================================================== other (9)

c.add("other", subject="lovely to see you", sender=P("Jen", "Carr"),
      tags=("confuser", "place-benign", "hard-negative", "social"),
      body="""Mark!! Saw you at the school gate on Thursday at Whinney Hill with your little one - didn't realise your Eva was in the same class as our Freddie. Lovely to catch up even for two minutes. We're usually there from about 3.10 by the bench if you want to moan about the council again ;) Say hi to Sarah

Jen x""")

c.add("other", subject="thank you", sender=P("Eileen", "Forster", "btinternet.com"),
      tags=("confuser", "place-benign", "thanks"),
      body="""Dear Mark

I just wanted to say thank you for arranging for Gemma to pick me up from the bus shelter by the Plough for the General Committee. She was there at quarter past six on the dot and brought me right to my door afterwards. It was lovely to be back among everybody after so long, and I even managed to speak on the bus motion.

Please thank her again from me.

With best wishes
Eileen""")

c.add("other", subject="bins", sender=P("Albert", "Ridley", "talktalk.net"),
      tags=("confuser", "place-benign", "misdirected"),
      body="""To the Council

My green bin has not been emptied for three weeks on Kells Lane (odd side), number 131. The wagon comes down to 125 then turns round at the bottom. Please send the wagon to the end.

A Ridley""")

c.add("other", subject="scooter left at the fun day", sender=P("Lynn", "Arkle"),
      tags=("confuser", "place-benign", "lost-property"),
      body="""Hi Mark, just to let you know a little pink scooter with a unicorn bell was left at the community centre after Saturday's family fun day. I've put it in the caretaker's cupboard. If any of your members' kids are missing one they can pick it up Mon-Fri 9-4 from reception. Lynn (centre manager)""")

c.add("other", subject="moving on", sender=P("Bill", "Tennant", "btinternet.com"),
      tags=("confuser", "place-benign", "personal-news", "change-of-address", "long",
            "hard-negative", "benign-violent-word"),
      body="""Mark,

Some news, and I'm afraid it's a long one because you know I can't write a short letter.

After a lot of going back and forth, and a fair bit of arguing, my son Stephen has persuaded me to move into Seaton View, the care home up at Seaton, from the 1st of next month. My legs aren't what they were and the stairs at Ashgrove are getting beyond me. I had a fall on the landing in September which I didn't tell anybody about, and then another one in October which I couldn't hide because I was on the floor till the postman saw me through the letterbox. So that settled it.

I've delivered the Rose and every election leaflet on Ashgrove Avenue and Ashgrove Crescent for twenty-two years, since Jack Carr handed it over to me in the year of the Iraq march. I know every dog and every letterbox that bites. For whoever takes it on, here's what I know:

- Start at the Durham Road end, the evens first, because the afternoon sun is on the odd side and you'll want the shade if it's summer.
- Number 12 has a letterbox right down at the bottom of the door. Bend your knees.
- Number 19 has a Jack Russell called Bella who is all noise. Number 27 has a big Alsatian who is no noise at all, which is worse. Use the little wire box he's put on the gate.
- Number 30, Mrs Ahmed, always wants two so she can give one to her sister. She has said she might take the round on. She'd be very good, she's out walking every afternoon anyway.
- The flats at 40-46 have a trade button that works before 11 in the morning.
- The Crescent is uphill both ways, as everybody knows.

I've had some grand times on that round. I've been asked in for more cups of tea than I can count, I've been shouted at twice (both Tories, both apologised later), and I once found a lost tortoise at number 8 and returned it to number 44 where it had come from. That's the sort of thing they don't put in the training.

Please keep my membership going and send anything to the home, the address is Seaton View, Seaton Lane, Tynebridge NE9 9RS, room 14. Stephen says there's a minibus on Thursdays so I might even get to the odd branch meeting if somebody can meet me at the door of the Welfare. I'll still vote Labour by post if it kills me.

All the best to everybody, and tell Dave he still owes me a pint from the 1997 count.

Bill Tennant""")

c.add("other", subject="Sad news - Joe Blenkinsop", sender=P("Dave", "Robson"),
      tags=("confuser", "place-benign", "condolences"),
      body="""Dear all,

It is with real sadness that I let you know Joe Blenkinsop died on Sunday, peacefully, at home in Coldwell with his family. Joe joined the party in 1966 and did the Coldwell Lane round, every leaflet, every election, for more than forty years; some of you will remember him doing it with a shopping trolley when his knees went.

The funeral is at St Cuthbert's, Chapel Row, on Friday 14th at 11am, and afterwards at the Miners' Welfare, where he was on the committee. The family have said party members are very welcome. No flowers; donations to the Marie Curie hospice at Heworth.

Dave Robson
Chair, Tynebridge CLP""")

c.add("other", subject="Door-knocking software for your CLP", sender=("Rob Sheldon", "rob@doorwiseuk.example.com"),
      tags=("confuser", "place-benign", "sales-person"),
      body="""Hi Mark,

I came across Tynebridge Labour's Front Street stall photos on Facebook and thought I'd get in touch personally. I run a small Newcastle firm that helps local parties plan walk routes: you give us the streets (say Ellison Road, Glebe Terrace and Kells Lane) and we produce the most efficient route with printable maps and estimated times, so nobody ends up walking up the same hill twice.

We've worked with a couple of residents' associations in Gateshead and a Lib Dem ward team (sorry!). Would you have 15 minutes for a call next week? No hard sell.

Best,
Rob Sheldon
DoorWise UK""")

c.add("other", subject="number 14", sender=P("Terry", "Gibson"),
      tags=("confuser", "place-benign", "canvass-anecdote", "hard-negative"),
      body="""Mark you'll like this. Number 14 on Glebe Terrace, the bloke with the caravan, said he'd vote for us for the first time ever if we fix his garden gate, which the council's bin wagon knocked off its hinges in June. I told him we don't do gates but I'd tell Cllr Hedley. He said "you do that son" and shut the door. Then number 16 came out and said HE'D vote for us if we DIDN'T fix number 14's gate. Glebe Terrace politics.

Good session overall, 40 doors, very warm.

T""")

c.add("other", subject="back room at the Bluebell", sender=P("Sadia", "Rahman"),
      tags=("confuser", "place-benign", "social"),
      body="""Hi Mark

Just a heads up that I spoke to Haleema who runs the Bluebell Cafe on Durham Road (next to the pharmacy) and she's happy for us to use the back room on Saturday afternoons after 2 for socials, free, as long as people buy a coffee or cake. No alcohol, step-free from the side lane, and she does the best samosas in Tynebridge. Could be a good alternative to the pubs that a few people have mentioned.

Sadia""")

# ===================================================================== bulk (3)

c.add("bulk", subject="Notice of temporary road closure: Kells Lane (part), Tynebridge",
      sender=("Tynebridge Council Highways", "noreply-highways@tynebridge.gov.uk"),
      tags=("confuser", "place-benign", "robot", "robot-no-list-headers"),
      body="""This is an automated notice. Please do not reply to this email.

TEMPORARY TRAFFIC REGULATION ORDER - ROAD CLOSURE
Location: Kells Lane, Tynebridge, between its junctions with Ellison Road and Glebe Terrace
Dates: Monday 3 November to Friday 7 November (inclusive), 09:30 to 15:30 daily
Reason: Carriageway resurfacing (Tynebridge Council Highways Maintenance Programme 2026/27)
Diversion: via Ellison Road, Durham Road and Coldwell Lane (signed)

Pedestrian access to properties will be maintained at all times. Bus services 47 and 49 will be diverted and will not serve the stops at Kells Lane (Glebe Terrace) and Kells Lane (Library) during working hours.

You are receiving this notice because you registered for roadworks alerts for postcode area NE9 7. To manage your alerts visit https://www.tynebridge.gov.uk/roadworks-alerts

Reference: TTRO/2026/1184""")

c.add("bulk", subject="Your walk lists for Saturday 26 October are ready",
      sender=("Canvassly", "no-reply@canvassly.example.com"), headers=c.newsletter_headers("Mailerlite"),
      tags=("confuser", "place-benign", "robot"), fmt="alt",
      body="""Hi Mark,

Your team leader has published walk lists for Saturday 26 October.

SESSION: Bankhead - morning
Meet: Co-op car park, Front Street, 10:00
Lists:
  BK-01  Ellison Road 1-87 (odd)          43 doors
  BK-02  Ellison Road 2-96 (even)         48 doors
  BK-03  Glebe Terrace (all)              36 doors
  BK-04  Kells Lane 101-169 (odd)         35 doors

SESSION: Saltmeadows - afternoon
Meet: outside Saltmeadows Library, 14:00
Lists:
  SM-01  Chillingham Road (all)           61 doors
  SM-02  Lindisfarne Close, Bede Crescent 54 doors

Download the app to record responses offline. Lists will be locked 48 hours after the session ends.

You received this because you are an organiser for Tynebridge Labour on Canvassly. Manage notifications in Settings.""")

c.add("bulk", subject="Your parcel was left with a neighbour", sender=("Parcelhub", "notifications@parcelhub-tracking.example.com"),
      tags=("confuser", "place-benign", "robot", "robot-no-list-headers", "delivery"), fmt="html",
      html_body="""<html><body style="font-family:Arial,sans-serif"><table width="600" align="center"><tr><td style="background:#5b2c83;color:#fff;padding:16px"><b>Parcelhub</b></td></tr>
<tr><td style="padding:16px"><h2>We delivered your parcel</h2>
<p>Hi Mark, your parcel from <b>Tynedale Print Ltd</b> (4 items) was delivered today at <b>13:42</b>.</p>
<p>You weren't in, so we left it with your neighbour at <b>No. 12</b>.</p>
<p>Tracking number: PH7730418825GB<br>Delivered by: Lee</p>
<p><a href="https://parcelhub-tracking.example.com/t/PH7730418825GB">See proof of delivery photo</a></p>
<p style="font-size:11px;color:#777">This is an automated message, please do not reply. Parcelhub Ltd, Unit 3, Team Valley Trading Estate.</p></td></tr></table></body></html>""",
      body="")

# ===================================================================== safety (7)

c.add("safety", subject="nice street", sender=P("Neville", "Ord", "protonmail.com"),
      tags=("implicit", "veiled", "home-address", "car", "routine"),
      body="""Mr Dodds

You park that silver Corsa on Bewick Terrace most nights, outside number 9, just under the streetlight. Nice quiet street. Not much passing after ten.

You might want to think harder about who you put in front of the planning committee next month.""")

c.add("safety", subject="Saturday's session - a man followed us", sender=P("Aisha", "Khan"),
      tags=("third-party-report", "following", "implicit"),
      body="""Hi Mark,

I want to put this in writing while it's fresh. On Saturday's Saltmeadows session, Precious, Omar and I were doing Harebell Close and then Stirling Drive. From about 2.30 a man in a black puffer jacket, fifties, grey beard, started walking behind us. Not close, maybe two or three houses back. When we crossed, he crossed. When we stopped at a door he stopped at the lamp post and filmed us on his phone.

At the bottom of Stirling Drive he came up to Omar and said, very calmly, "We know which ones of you live round here. We know where you go after." Then he walked off towards the Chillingham Road shops.

Nobody was hurt but Precious was shaking and we packed in early. Omar thinks he's seen him outside the Miners' Welfare before. I don't know if we should tell the police or the region or both but I didn't want to just let it go. Please can we talk before next Saturday? I don't think we should send anyone out in pairs on that estate until we know more.

Aisha""")

c.add("safety", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to="no-reply-coldwell@mailinator.example.com",
      tags=("webform", "veiled", "routine", "implicit"),
      body=c.webform({
          "Name": "A Coldwell resident",
          "Email": "no-reply-coldwell@mailinator.example.com",
          "Subject": "your leaflet woman",
          "Message": "The woman with the red shopping trolley who does your leaflets round here. Tuesdays and Thursdays, Coldwell Lane then Moor View then back down Spoor Avenue about half 4 when it's getting dark. Regular as clockwork. Tell her to give Spoor Avenue a miss from now on. For her own sake.",
      }))

c.add("safety", subject="Re: Ashgrove delivery done", sender=P("Kofi", "Appiah"),
      tags=("third-party-report", "quoted", "implicit", "home-address"),
      body=c.quote_reply(
          """Mark, sorry, forgot to say - this was pushed through MY door on Monday night, handwritten on the back of one of our own leaflets. I've typed it out below. It means whoever it is watched me deliver and then followed me home to Lindisfarne Close, because I don't deliver my own street. I've kept the original in a sandwich bag. What do I do?

Typed out:
"We see you. We seen which house you went back to. Keep your red rubbish off Ashgrove or next time we'll post something back through yours." """,
          """Thanks Kofi, that's brilliant, whole of Ashgrove done in one evening! You're a machine.

Mark""", style="gmail"))

c.add("safety", subject="after the GC", sender=P("Derek", "Spoor"),
      tags=("third-party-report", "waiting", "veiled", "car"),
      body="""Mark,

Probably nothing, but after the GC on Thursday there was a bloke sat in a dark blue van across the road from the Miners' Welfare from before 7 until we came out at about 9.40. When I went to my car he wound the window down and asked me which car was "the chairman's". I said I didn't know. He said "doesn't matter, I'll work it out" and smiled.

When Dave drove off the van pulled out about thirty seconds later and went the same way up Coldwell Lane. I didn't get the whole reg, NK something.

Dave says he didn't notice anything. I think somebody needs to ring him and I think he should tell the police. I'd rather be the daft old man who made a fuss.

Derek""")

c.add("safety", subject="your councillor", sender=P("Ralph", "Gowland", "yahoo.co.uk"),
      tags=("veiled", "routine", "implicit", "wish-harm"),
      body="""Your Cllr Hedley finishes her little surgery at Coldwell library at 12 every first Saturday and walks back home on her own along the river path by the old railway bridge. No cameras down there. Someone ought to tell her that's not very clever, for a woman who's made as many enemies as she has over the Cinder Lane travellers site.

I'm not saying anything would happen. Just that I wouldn't be surprised.""")

c.add("safety", subject="dog", sender=P("Kev", "Scott", "hotmail.com"),
      tags=("implicit", "noisy", "routine", "veiled"),
      body="""i see u walk the dog in whinney hill park 7 every morning with the little white one. by the pond then out the back gate onto moor view. u should be more carefull who u upset with ur emails mate. not everyone just sends emails back""")

c.write()
