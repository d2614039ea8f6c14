"""train/tu3: places, routes, routines and addresses in ordinary mail, third batch
(Riverside CLP, in the invented town of Sallowbridge). All content hand-written.

49 harmless messages naming streets, house numbers, cars, pubs, schools, bus routes, times
and people's routines (boards, lifts, access, the count, the committee room, surgeries,
dropped kerbs and footbridges, lost keys, a councillor's address on the website, a canvass
note read over a shoulder), spread over query, urgent, complaint, procedural,
data-protection and other and tagged `confuser` + `place-benign`; 4 bulk (a streetworks
robot, a Royal Mail card, a canvassing-app session summary, a residents' list post); and 7
safety messages where the same knowledge of places and routines is used to intimidate (the
school run, waiting by a councillor's car, "I know your round", a pub named on social media
with a call to turn up, an address posted to a list, a key-holder watched)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tu3", seed=5703)
P = c.person

# ===================================================================== query (15)

c.add("query", subject="board", sender=P("Frank", "Leighton", "btinternet.com"),
      tags=("confuser", "place-benign", "short"),
      body="""Sam, where do I pick up a garden board - the Labour Club on Wharf Street or do I have to wait for someone to bring one? I'm at 2 Rope Walk, corner plot, can take a big one. Frank""")

c.add("query", subject="councilor help for my flat", sender=P("Joana", "Ferreira"),
      tags=("confuser", "place-benign", "non-native", "surgery", "casework"),
      body="""Good afternoon Mr Sam,

My name is Joana, I am member of Labour since one year, I live in Eastbank, in the flats of Chapel Brow, number 7B. I have problem with the mould in the bedroom of my son since last winter and the housing association they come one time and paint and after two weeks is the same again.

My friend say me there is a councilor who make a surgery in the Eastbank Library on the saturday. Is it true? Which saturday and what time? I need to make appointment before or I can go only? I work in the care home in the morning until 1 o clock so if is morning only I must change my shift.

Sorry for the long message and thank you very much for your help.

Joana Ferreira""")

c.add("query", subject="Regional women's conference - anyone driving?", sender=P("Tracey", "Bamford"),
      tags=("confuser", "place-benign", "lift"),
      body="""Hi Sam,

I've got a place at the regional women's conference in Manchester on the 22nd. Is anyone else from Riverside going and driving? I'm in Millbrook near the Spar on Mill Street, can get to anywhere on the 22 route. Very happy to chip in for petrol and I'm good company (I'm told).

Tracey""")

c.add("query", subject="Millbrook Methodist hall - access", sender=P("Graham", "Ashworth"),
      tags=("confuser", "place-benign", "access"),
      body="""Dear Sam,

I'm hoping to come to the GC at Millbrook Methodist Hall on the 12th. I'm profoundly deaf in one ear and don't hear well in echoey rooms. Does the hall have a working hearing loop, and if so is it switched on for meetings or do we have to ask? Also, is the entrance on Mill Street step-free? My wife uses a rollator and would like to come as an observer.

Many thanks
Graham Ashworth""")

c.add("query", subject="moving - do I keep my round?", sender=P("Kelly", "Nuttall"),
      tags=("confuser", "place-benign", "change-of-address"),
      body="""Hiya Sam

We're moving next month from 31 Tannery Row to 5 Alder Grove in Hollins (finally a garden!). Can you change my address from the 14th please? Membership number L1744092.

Also I've done the Tannery Row and Canal Side round for three years and I'd honestly like to keep it, it's only ten minutes in the car from the new house and I know where all the awkward letterboxes are. Is that allowed if I'm in a different branch?

Kelly""")

c.add("query", subject="keys to the club", sender=P("Stan", "Holden"),
      tags=("confuser", "place-benign", "key-holder", "routine"),
      body="""Sam,

I'm off to my daughter's in Spain from the 2nd for three weeks. As you know I'm one of the two key-holders for the Labour Club on Wharf Street - I usually open up at half six on Mondays for the darts and Thursdays for the committee. Barbara has the other set but she doesn't drive after dark.

Who do you want me to leave my keys with while I'm away, and shall I show them the alarm? I could meet them at the club on Sunday afternoon about 3.

Stan""")

c.add("query", subject="polling day - parking at Quayside Primary?", sender=P("Naomi", "Fletcher"),
      tags=("confuser", "place-benign", "polling-day"),
      body="""Hi, I'm down on the rota for telling at Quayside Primary 4-7pm on polling day. Can we park in the school car park or is it only for voters? Dockers Walk gets rammed after school. Or is there anywhere near? Thanks, Naomi""")

c.add("query", subject="Weaver's Green branch - still the Boatman?", sender=P("Luca", "Romano"),
      tags=("confuser", "place-benign"),
      body="""Hi Sam,

I'm a new member in Weaver's Green. The website says branch meetings are "last Wednesday, upstairs at the Boatman", but a neighbour said they moved. Which is right, and what time? Don't want to walk into the pub quiz by mistake.

Cheers,
Luca""")

c.add("query", subject="URGENT - dropped kerb Orchard Close", sender=P("Irene", "Whittle", "aol.com"),
      tags=("confuser", "place-benign", "casework", "access", "query-with-urgent", "urgent-subject"),
      body="""Dear Secretary,

My husband has been given a mobility scooter by the NHS but there is no dropped kerb anywhere on Orchard Close. He has to go along the road to the junction with Lime Kiln Lane, which is a blind bend where the delivery vans come round. He goes out every morning to the paper shop about 9.

Could you tell me which councillor deals with this, or pass it on? We asked the council a year ago and were told it was "on a list".

Yours faithfully
Irene Whittle""")

c.add("query", subject="New submission: Get involved", sender=c.form_robot(),
      reply_to=("Dev Mistry", "dev@mistrysgreens.example.co.uk"),
      tags=("confuser", "place-benign", "webform"),
      body=c.webform({
          "Name": "Dev Mistry",
          "Email": "dev@mistrysgreens.example.co.uk",
          "Phone": "07700 900 512",
          "I'd like to": "Help with a street stall",
          "Anything else?": "I have the fruit and veg stall on Bridgewater Road market (Weds, Fri, Sat, pitch 14, the one with the green awning). Saw your lot with the petition about the footbridge a couple of weeks ago two pitches down. Happy to help out on a Saturday when my son is covering me, and you can use my van to bring the table if you like.",
      }, form="Get involved"))

c.add("query", subject="youth labour??", sender=P("Tyler", "Greenhalgh", "gmail.com"),
      tags=("confuser", "place-benign", "teen"),
      body="""hiya is there like a youth labour thing near riverside college?? me and 3 mates from the a level politics class wanna come to something. we finish at 3.30 tues/thurs and can walk to anywhere in quayside. ty""")

c.add("query", subject="Fwd: hustings at St Anne's?", sender=P("Beth", "Crossley"),
      tags=("confuser", "place-benign", "forwarded"),
      body=c.forward(
          """Hi Sam - from the St Anne's parents' WhatsApp. Is it ours? Can I tell them it's open to everyone?""",
          """Does anyone know if the Labour hustings is at St Anne's school hall on Thursday 7pm? Saw a poster on the railings by the side gate. Is it just for party members or can anyone turn up? Would want to ask about the 20mph thing on Ferry Lane.

Hayley (Year 3)""",
          "Hayley (St Anne's Parents) via WhatsApp export", "Hustings?"))

c.add("query", subject="Re: Polling day committee room", sender=P("Michael", "Birtwistle"),
      tags=("confuser", "place-benign", "quoted", "polling-day"),
      body=c.quote_reply(
          """Sorry to be thick Sam, but what number on Canal Side is it? There's two Lorna's on the Eastbank list and I don't want to knock on the wrong one at 7am.""",
          """Hi Michael,

Thanks for offering to run the Eastbank committee room from 6am. Lorna has very kindly offered her front room on Canal Side again. She'll have the kettle on. Boards and knock-up sheets will be dropped off the night before.

Sam""", style="outlook"))

c.add("query", subject="URGENT - parking permits for canvassers?", sender=P("Rosa", "Walsh"),
      tags=("confuser", "place-benign", "query-with-urgent", "parking", "urgent-subject"),
      body="""Sam - the Quayside residents' parking zone has just been extended to Wharf Street and Dockers Walk. Is there any kind of visitor permit we can get for canvassers for the Saturday sessions, or do we tell people to park at the Asda on the ring road and walk? Not for this week, for the new year programme. Rosa""")

c.add("query", subject="lost car key", sender=P("Dean", "Hargreaves"),
      tags=("confuser", "place-benign", "lost-property", "phone-typed"),
      body="""hi sam did anyone hand in a car key with a blackpool tower keyring at eastbank library after sat surgery? think it fell out my coat when I was helping stack chairs. the wife is not impressed. cheers dean

Sent from my Galaxy""")

# ===================================================================== urgent (8)

c.add("urgent", subject="Count tomorrow - accessible entrance changed", sender=P("Lorna", "Haworth"),
      tags=("confuser", "place-benign", "count", "access"),
      body="""Sam,

Electoral Services have just told agents that the ramp at the main entrance of Sallowbridge Civic Hall is being replaced and won't be usable tomorrow night. The accessible entrance for the count is now the goods door on Mill Street (round the back, by the bins), with a member of staff there from 9.30pm.

Priya is one of our counting agents and uses a wheelchair. Can you ring her tonight please so she doesn't end up stuck at the front steps? I don't have her number.

Lorna (Treasurer)""")

c.add("urgent", subject="GC TONIGHT - no heating at the club, moving", sender=P("Rob", "Kershaw"),
      tags=("confuser", "place-benign", "venue-lost"),
      body="""Sam, the boiler at the Labour Club has packed in and it's 4 degrees in the hall. Can't have 50 people sat in coats for 3 hours. Unison have said we can use their training room on Bridgewater Road, first floor but there's a lift, room for 60. Same time, 7pm. Please email everyone now and I'll put a notice on the club door. Rob (Chair)""")

c.add("urgent", subject="leaflets in my car at Kwik Fit - need collecting by 5.30",
      sender=P("Mehmet", "Yilmaz"), tags=("confuser", "place-benign", "logistics"),
      body="""Sam,

My car's failed on the way back from the printers - it's at the Kwik Fit on Lime Kiln Lane with the 3,000 Millbrook station leaflets in the boot. They're keeping it overnight for a part. They close at 5.30 and said someone can take the boxes out before then if they say they're from me.

The leaflets are for the 7am Millbrook station drop TOMORROW. I'm stuck at work in Warrington till 7. Is there anyone with a car who can get there this afternoon?

Mehmet""")

c.add("urgent", subject="proxy vote for mum - deadline 5pm today", sender=P("Amara", "Nwosu"),
      tags=("confuser", "place-benign", "deadline-today"),
      body="""Sam, my mum (a member in St Anne's) has been admitted to Sallowbridge General and won't be out before polling day. She wants me to vote for her by proxy. The emergency proxy form has to be in to Electoral Services by 5pm TODAY and needs an attestation. Is there anyone in the party who can sign it or tell me who can? I'm at the hospital now, Ward 6, and can get to the Town Hall by 4. Amara""")

c.add("urgent", subject="teller moved on at Eastbank Library", sender=P("Sue", "Kenyon"),
      tags=("confuser", "place-benign", "polling-day", "phone-typed"),
      body="""Sam the presiding officer at Eastbank Library has told me to move off the path and stand on the pavement past the gate, says I'm "obstructing". Tory teller is still on the path. Is she allowed to do that? What do I say? Need an answer now-ish""")

c.add("urgent", subject="Echo photo Ferry Lane footbridge - need Bernie by 5 today", sender=P("Jade", "Morris"),
      tags=("confuser", "place-benign", "press-deadline", "deadline-today"),
      body="""Hi Sam,

The Riverside Echo want a photo of Cllr Walsh at the closed Ferry Lane footbridge at 10 tomorrow morning, with residents, for Friday's front page - it's been shut eight months and the council's finally announced repairs. The photographer needs confirmation by 5pm today or they'll give the slot to the Lib Dems, who are apparently "also keen".

I've texted Bernie twice with no reply. Can you try her? Meet at the Quayside end of the bridge, by the bench.

Jade (Regional Organiser)""")

c.add("urgent", subject="Tomorrow's stall CANCELLED - go to Quayside precinct instead",
      sender=P("Rosa", "Walsh"), fmt="html",
      tags=("confuser", "place-benign", "html-only", "logistics"),
      html_body="""<html><body><div style="font-family:Arial">
<p><b>Sam - please send this round tonight:</b></p>
<p>Bridgewater Road market is <b>closed tomorrow</b> for the Remembrance parade (road closed 9am-1pm from the Cenotaph to the bridge). So no stall there.</p>
<p>Instead we'll do a <b>petition table outside the Quayside precinct, by the chemist</b>, 10.30 till 12.30, after the parade passes. Same kit. Dev (the veg man) is bringing the table in his van.</p>
<p>Anyone marching with the British Legion - come over after.</p>
<p>Rosa</p></div></body></html>""",
      body="")

c.add("urgent", subject="nominations close 4pm tomorrow - home address form", sender=P("Lorna", "Haworth"),
      tags=("confuser", "place-benign", "nominations", "deadline-tomorrow"),
      body="""Sam,

Nominations for the Millbrook by-election close at 4pm tomorrow. The candidate, Geoff Platt's replacement Aleksandra, has signed the consent form but NOT the home address form, which is the one that lets her choose whether her address appears on the ballot paper. Without it the nomination isn't valid.

She's on a late shift at the hospital until 10 tonight and then at home on Ferry Lane. Can you or Rob take the form round first thing (she's up at 7) and then straight to the Town Hall? I've left it in an envelope behind the bar at the Club with "SAM" on it.

Lorna""")

# ===================================================================== complaint (8)

c.add("complaint", subject="No cold callers means NO", sender=P("Hazel", "Butterworth", "sky.com"),
      tags=("confuser", "place-benign", "public"),
      body="""I have a clear "No Cold Callers" sticker on my door at 5 Alder Grove, supplied by Trading Standards. On Saturday two of your people knocked anyway and when I pointed at it, one of them said "we're not selling anything". That is not the point. I am 82 and I do not open the door to people I don't know. Please make sure this address is marked and nobody comes again.

H. Butterworth""")

c.add("complaint", subject="!! Why is everything in Quayside !!", sender=P("Martin", "Clegg"),
      tags=("confuser", "place-benign", "urgent-subject"),
      body="""Sam,

GC at the Club on Wharf Street. EC at the Club. Campaign launch at the Club. Training at the Unison office round the corner. Social at the Boatman, two doors down.

I live in Hollins. To get to Wharf Street by 7 on a weeknight I need the 9 into town and then the 22, and the last 22 back leaves at 9.40, so I walk out of every GC before the end, which is when the votes happen.

I'm not asking for every meeting to be in Hollins. I'm asking why none of them ever are. Hollins Community Centre is perfectly good and has a car park. It looks like the CLP is run for people who live within five minutes of the Club, and I'd like to see this on the EC agenda.

Martin Clegg
Hollins branch""")

c.add("complaint", subject="street lights switched off - Dockers Walk", sender=P("Angela", "Dunne"),
      tags=("confuser", "place-benign", "hard-negative", "metaphor", "angry", "casework"),
      body="""I want someone to explain to me why the Labour council has decided to switch off the street lights on Dockers Walk, Canal Side and the whole of the Quayside estate at midnight. I work at the Amazon depot and walk home at half past twelve along the canal. It is pitch black.

This council is killing this town one cut at a time. First the library hours, then the footbridge, now the lights. You'll get a hammering in May and you'll deserve it.

I would like a reply from an actual councillor, not a leaflet.

Angela Dunne
Canal Side""")

c.add("complaint", subject="dropped from the rota without a word", sender=P("Bernadette", "Quinn"),
      tags=("confuser", "place-benign", "polling-day"),
      body="""Sam,

I've done the 7-10am telling slot at St Anne's school every election since 2010. On Thursday I turned up at 6.55 with my flask and there was a young man there with a clipboard who said he'd been given my slot. Nobody had told me. I stood at the gate like a lemon and went home.

I don't mind stepping aside if that's what's wanted. I mind being treated as if I wasn't worth a phone call. I'd like to know who does the rota now and why I wasn't contacted.

Bernadette Quinn""")

c.add("complaint", subject="Surgery in a church?", sender=P("Shabana", "Akhtar"),
      tags=("confuser", "place-benign", "surgery"),
      body="""Dear Sam,

I've just seen that Donna Whitfield MP's Sallowbridge surgery is moving from the Eastbank Library to St Anne's Church parish room on Saturday mornings.

I understand the library has cut its hours. But there are many people in Eastbank, Muslim, Sikh, Hindu and people of no faith, who will not feel comfortable going into a church building to ask their MP for help, especially about something private. The mosque committee on Chapel Brow would happily offer its community room, and so would the Sikh temple on Bridgewater Road, but I'd suggest something neutral, like the Hollins Community Centre or the Town Hall.

Please could this be reconsidered? I'd be grateful for a reply.

Shabana Akhtar
Eastbank branch""")

c.add("complaint", subject="your councillor and the school run", sender=P("Jodie", "Ainsworth"),
      tags=("confuser", "place-benign", "public", "school", "hard-negative"),
      body="""Hi

Every morning at 8.40 a white Audi with a "Cllr Platt - Working For Millbrook" sticker in the back window parks on the zig-zags outside Quayside Primary on Dockers Walk while he drops his grandson off. Every morning. The rest of us park down by the canal and walk. He's the one who put the 20mph motion through, I saw it in the paper!

I'm not going to make a big thing of it online but someone should have a word with him. It's a really bad look.

Jodie (Year 1 parent)""")

c.add("complaint", subject="URGENT!! dog got out", sender=P("Wayne", "Entwistle"),
      tags=("confuser", "place-benign", "complaint-with-urgent", "public", "urgent-subject"),
      body="""Whoever posted your leaflet at 14 Orchard Close on Sunday left my side gate WIDE OPEN. Sign on it says keep shut. Our dog got out and we spent two hours looking for her up Lime Kiln Lane before a woman found her by the canal. Kids were in bits. Shut gates behind you. Simple. Tell your people.""")

c.add("complaint", also=["query"], subject="the Club - it's a disgrace", sender=P("Keith", "Hamer", "talktalk.net"),
      tags=("confuser", "place-benign", "long", "complaint-as-query"),
      body="""Sam,

I've held off writing this for months but after Thursday I can't.

The Labour Club on Wharf Street is not fit to hold meetings of a party that claims to care about working people. I'm sorry but it isn't. Let me list it.

The gents has had a sign saying "out of order, use ladies" for eleven weeks. The ladies then has a queue of men outside it, which the women are understandably not thrilled about. The fire door at the back by the snooker room is propped open with a fire extinguisher, which if you think about it for more than a second is not what fire extinguishers are for. The stairs to the function room have no second handrail, and two of the treads are loose; Pauline Ridings went over on her ankle in September and nothing was done. The lighting in the car park behind the bins is out, and we all walk to our cars through it at ten o'clock at night with our keys in our hands.

Then there's the money. A pint of mild is now £4.60, dearer than the Boatman, which at least has working toilets. The Club committee says it needs the bar takings to survive. I understand that. But we, the CLP, pay £40 a meeting for the function room on top. Where is that going? Because it isn't going on the gents.

I've raised this at two GCs. Both times the chair said it would be "taken up with the Club committee". Nothing has changed. I'm aware half the EC are also on the Club committee, and I'm not saying that's why, but people are saying it, and it's not a good look either way.

So: can you tell me, in writing, (1) what the CLP has actually said to the Club committee and when; (2) whether the CLP has considered moving GCs to the Millbrook Methodist Hall or the Hollins Community Centre, both of which are step-free and cheaper; and (3) how much the CLP has paid the Club in room hire this year?

I'll be at the AGM to have my say if I don't get an answer before then, and I won't be the only one.

Keith Hamer
Quayside branch, member since 1983""")

# ===================================================================== procedural (5)

c.add("procedural", subject="Motion - 20mph near St Anne's and Quayside Primary", sender=P("Hannah", "Pilkington"),
      tags=("confuser", "place-benign", "motion"),
      body="""Dear Sam,

Please include the following motion from St Anne's branch on the agenda for the next GC.

"This CLP notes that Ferry Lane, Dockers Walk and the lower end of Bridgewater Road are used by over 600 children walking to St Anne's C of E Primary and Quayside Primary each day; that there have been four reported collisions involving pedestrians on Ferry Lane since 2023; and that the temporary closure of the Ferry Lane footbridge has pushed more children onto the road.

This CLP calls on the Labour group on Sallowbridge Council to introduce a 20mph zone and school streets scheme on these roads before September 2027, and asks the Secretary to write to the Cabinet Member for Highways accordingly."

Proposed: Hannah Pilkington
Seconded: Jodie Ainsworth

Kind regards
Hannah (Branch Secretary, St Anne's)""")

c.add("procedural", subject="apologies - GC 12th", sender=P("Uchenna", "Eze"),
      tags=("confuser", "place-benign", "apologies", "short"),
      body="""Apologies for the GC on the 12th please, I'm on nights at Sallowbridge General all that week. Uchenna (Millbrook)""")

c.add("procedural", subject="EC paper: venues for CLP meetings (draft for comment)", sender=P("Rob", "Kershaw"),
      tags=("confuser", "place-benign", "report"), fmt="alt",
      body="""Sam, draft paper for item 5 at the EC. Please circulate with the agenda.

EC PAPER 5 - VENUES FOR CLP MEETINGS

1. Background. Since 2019 nearly all CLP meetings have been held at the Labour Club, Wharf Street. Members from Hollins and Eastbank have raised travel times and last buses; others have raised access (stairs, toilets) at the Club.

2. Options.
  a) Status quo: the Club (£40/meeting, first floor, no lift).
  b) Rotate GCs between the Club, Millbrook Methodist Hall (£25, step-free, loop) and Hollins Community Centre (£30, step-free, car park).
  c) Move GCs permanently to Millbrook Methodist Hall; keep socials at the Club.

3. Transport. The 22 serves the Club and Millbrook; the 9 serves Hollins and the town centre. No bus serves all three after 9.30pm.

4. Recommendation. Option (b) on a trial basis for six months, with a review at the AGM, and an offer of lifts coordinated by branch secretaries.

Rob Kershaw, Chair""")

c.add("procedural", subject="Nomination - Eastbank polling day coordinator", sender=P("Nadia", "Hussain"),
      tags=("confuser", "place-benign", "nomination", "polling-day"),
      body="""Sam,

On behalf of Eastbank branch I'd like to nominate Michael Birtwistle as our polling day coordinator for May. The branch agreed this at the October meeting (unanimous). He'll run the committee room at Lorna's on Canal Side again and coordinate the tellers at Eastbank Library and the Chapel Brow community centre.

Please could you note this for the EC.

Thanks,
Cllr Nadia Hussain""")

c.add("procedural", subject="Correction to GC minutes - street stall", sender=P("Rosa", "Walsh"),
      tags=("confuser", "place-benign", "minutes"),
      body="""Hi Sam,

Small correction to the draft minutes of the last GC, item 7 (campaigning): they say the monthly stall will be "on Wharf Street outside the Club". What was agreed was Bridgewater Road market, by Dev's veg stall, first Saturday of the month, 10-12, because the Club end gets almost no footfall. Could it be changed before the minutes go for approval?

Thanks
Rosa""")

# ===================================================================== data-protection (5)

c.add("data-protection", subject="URGENT what your man had on his phone about me", sender=P("Tony", "Whalley"),
      tags=("confuser", "place-benign", "dp-no-legal-words", "urgent-subject"),
      body="""Your canvasser was on my step at 23 Lime Kiln Lane on Saturday and while he was fiddling with his phone I could see the screen. It had my address, my name, and next to it "HOSTILE - big dog - don't bother". I was a docker for thirty years and a Labour voter for fifty. The dog is a Labrador and she's fourteen.

I'd like to know what else it says about me and who can see it, and I want that note taken off.

T. Whalley""")

c.add("data-protection", subject="my address on the website", sender=P("Geoff", "Platt"),
      tags=("confuser", "place-benign", "dp-no-legal-words", "councillor"),
      body="""Sam,

Just noticed the "Your councillors" page on the CLP website still has my home address (44 Orchard Close) under my photo, from when we set the site up in 2018. I've had nothing nasty, I should say, it's just that the council now gives all of us a Town Hall address for correspondence and I'd rather constituents used that. Could whoever updates the site swap it for "c/o Sallowbridge Town Hall, Market Place" and do the same for Nadia and Bernie if theirs are up too?

Cheers
Geoff""")

c.add("data-protection", subject="Request for erasure of personal data", sender=P("Claire", "Sutcliffe", "outlook.com"),
      tags=("confuser", "place-benign", "erasure"),
      body="""Dear Sir or Madam,

I am writing to request the erasure of all personal data your organisation holds about me, under Article 17 of the UK General Data Protection Regulation. I am not, and have never been, a member of the Labour Party. My details are: Claire Sutcliffe, 9 Rope Walk, Sallowbridge.

This includes any canvassing records, any record of my voting intention and any notes made about my household. I also ask that you confirm that my address will not be visited by canvassers in future.

Please confirm within one month that this has been done.

Yours faithfully
Claire Sutcliffe""")

c.add("data-protection", subject="how did you get my number", sender=P("Lee", "Haslam"),
      tags=("confuser", "place-benign", "dp-no-legal-words", "phone-typed"),
      body="""got a text this morning "Hi Lee its Sue from Riverside Labour, do you need a lift to the polling station at Eastbank Library today? we can pick you up from Chapel Brow". I never gave labour my number or my address. how have you got them and who gave them you""")

c.add("data-protection", subject="clipboard left on the 22", sender=P("Marek", "Kowalski"),
      tags=("confuser", "place-benign", "dp-no-legal-words", "breach", "non-native"),
      body="""Hi Sam,

I must tell you something bad, I am very sorry. Yesterday after canvassing in Millbrook I take the bus 22 home and I leave the clipboard on the seat. On it are the sheets for Mill Street and the part of Rope Walk, with names, numbers of houses and what people said. I realise only when I am home. I called the bus company this morning and they have nothing in lost property yet, they will call me.

What I must do now? Do we need to tell the people on the sheets? I feel very bad.

Marek""")

# ===================================================================== other (8)

c.add("other", subject="robbed!", sender=P("Gill", "Marsden"),
      tags=("confuser", "place-benign", "social", "hard-negative", "benign-violent-word"),
      body="""Sam!! Great to catch up at the Boatman quiz on Tuesday. You were ROBBED on the music round, that was definitely Dusty Springfield. Same table next month? We're always in the corner by the fire from about half 7. Bring Chidi, we need someone under 40 for the TikTok questions x""")

c.add("other", subject="Ferry Lane litter pick - thank you", sender=P("Pauline", "Ridings"),
      tags=("confuser", "place-benign", "thanks"), fmt="alt",
      body="""Dear Sam,

Please pass on the Weaver's Green Residents' Association's thanks to the eleven Labour members who came to Sunday's litter pick along Ferry Lane and the canal towpath down to the lock. Between us we filled 38 bags, plus a shopping trolley, two traffic cones and (we think) most of a bicycle.

It made a real difference. Several residents stopped to say so.

With thanks
Pauline Ridings
Secretary, WGRA""")

c.add("other", subject="appointment for Bonnie", sender=P("Kathleen", "Moss", "yahoo.co.uk"),
      tags=("confuser", "place-benign", "misdirected"),
      body="""Hello, can I book Bonnie (cocker spaniel, 6) in for her booster jabs next week please? Any afternoon except Wednesday. We're the ones who moved from Tannery Row to Hollins so please update the address on her file.

Thanks
Kathleen Moss""")

c.add("other", subject="Cllr Jim Boardman - funeral arrangements", sender=P("Rob", "Kershaw"),
      tags=("confuser", "place-benign", "condolences"),
      body="""Dear all,

Jim Boardman's family have asked me to share the arrangements. Jim was councillor for Quayside for twenty-four years and Mayor of Sallowbridge in 2009.

The funeral is on Friday 28th at 1pm at Sallowbridge Crematorium. Before that, at 12.15, the cortege will leave the family home on Wharf Street and pause for two minutes outside the Town Hall, and the family would be very touched if members and former colleagues lined the Market Place. Afterwards, everybody is welcome at the Labour Club, where Jim was president.

Family flowers only; donations to the Sallowbridge Foodbank.

Rob""")

c.add("other", subject="new chapter", sender=P("Aisha", "Bello"),
      tags=("confuser", "place-benign", "personal-news"),
      body="""Hi Sam,

Just to let you know I've got the job in Leeds and I'm moving at the end of the month, so I'll be transferring my membership to Leeds Central. I'll miss the Tannery Row round, the Thursday EC biscuits and even the Club's stairs (not really). Thank you for everything, especially for getting me to my first GC when I was too nervous to walk in on my own.

If you're ever in Leeds I'm buying.

Aisha""")

c.add("other", subject="Polling day minibus hire", sender=("Carl Duckworth", "bookings@duckworthcoaches.example.co.uk"),
      tags=("confuser", "place-benign", "sales-person"),
      body="""Hi Sam,

Carl Duckworth here, Duckworth Coaches, Sallowbridge. We've done polling day runs for a few local groups over the years and wondered if Riverside Labour would want a 16-seat accessible minibus with driver on 7 May, say 10am-9pm, to take people to the polling stations in Eastbank, Hollins and Millbrook. Flat rate £420. Happy to come and talk at the Club if that's easier.

Carl""")

c.add("other", subject="!! found at the hall !!", sender=P("Margaret", "Fielding"),
      tags=("confuser", "place-benign", "lost-property", "urgent-subject"),
      body="""Sam, after Donna's surgery on Saturday in the parish room I found a child's school jumper (St Anne's, age 7-8, name tape "O. Mensah") and a reading book from school, "Biff, Chip and Kipper". I've left them with the verger. They can be collected from the church office, Mon-Thu 9-12. Margaret (St Anne's church warden)""")

c.add("other", subject="best doorstep ever", sender=P("Mehmet", "Yilmaz"),
      tags=("confuser", "place-benign", "canvass-anecdote"),
      body="""Sam - had to tell someone. Number 23 Lime Kiln Lane, gentleman called Tony, was a docker on the Sallowbridge quays in '72 and sat me down for forty minutes with tea and a custard cream and told me the whole story of the strike, including how his dad got arrested outside the Boatman. Voting Labour, obviously, but not happy with the council about the street lights. I've passed that on. Didn't get down the rest of the street but worth it.""")

# ===================================================================== bulk (4)

c.add("bulk", subject="Streetworks update: Bridgewater Road (A5081) - lane closures",
      sender=("Sallowbridge Council Streetworks", "streetworks-noreply@sallowbridge.gov.uk"),
      headers=c.newsletter_headers("GovDelivery"),
      tags=("confuser", "place-benign", "robot"),
      body="""STREETWORKS UPDATE
Issued by Sallowbridge Council Highways

Bridgewater Road (A5081), between Ferry Lane and the Market Place
Works: Cadent gas main replacement
From: Monday 10 November   To: Friday 19 December
Hours: 24-hour two-way temporary traffic lights; lane closure northbound 09:30-15:30

Bridgewater Road Market (Wed/Fri/Sat) will operate as normal. Pedestrian access to all shops maintained.
Bus service 22 may experience delays of up to 10 minutes.

Ferry Lane footbridge: remains CLOSED. Repair works scheduled January 2027.

You are subscribed to Streetworks updates for: Quayside, Eastbank. Update your preferences or unsubscribe at any time.""")

c.add("bulk", subject="Something for you: we tried to deliver your item",
      sender=("Royal Mail", "no-reply@royalmail.example.com"),
      tags=("confuser", "place-benign", "robot", "robot-no-list-headers", "delivery"), fmt="alt",
      body="""Sorry we missed you

We tried to deliver your item today at 11:06 but no one was in to sign for it.

Item: Signed For (1 item), from: ELECTORAL SERVICES SALLOWBRIDGE
Reference: KR 3815 0642 2GB

Your item will be held at:
Sallowbridge Delivery Office, Mill Street Industrial Estate, Unit 4
Opening hours: Mon-Fri 07:00-14:30, Sat 07:00-12:00

You can collect it from the next working day after 12:00. Please bring photo ID and the reference above.

Or reschedule delivery: https://www.royalmail.example.com/redeliver

Please do not reply to this email.""")

c.add("bulk", subject="Session summary: Quayside Saturday doorstep",
      sender=("Canvassly", "no-reply@canvassly.example.com"), headers=c.newsletter_headers("Mailerlite"),
      tags=("confuser", "place-benign", "robot"),
      body="""Session summary for Riverside Labour

Quayside Saturday doorstep - Sat 15 Nov, 10:00-12:45
Meeting point: Riverside Labour Club, Wharf Street
Volunteers: 8

Streets completed:
  Canal Side (1-64)        64 doors   27 contacts
  Tannery Row (all)        41 doors   18 contacts
  Dockers Walk (odds)      33 doors   11 contacts
Streets partly done:
  Wharf Street (2-40)      20 of 38 doors

Top issues: street lighting (14), Ferry Lane footbridge (9), cost of living (8).

Data from this session will sync to Contact Creator overnight.
You are receiving this because you are an organiser for Riverside Labour. Notification settings: https://app.canvassly.example.com/settings""")

c.add("bulk", subject="[WGRA] Litter pick Sunday - meeting point", sender=P("Pauline", "Ridings"),
      headers=c.list_headers("WGRA Members", domain="lists.weaversgreenra.example.org.uk"),
      tags=("confuser", "place-benign", "list"),
      body="""Hello everyone,

This Sunday's litter pick: meet 10am at the Ferry Lane end of the towpath, by the lock-keeper's cottage (NOT the footbridge, which is still fenced off). Gloves, pickers and bags provided. Wear boots, it's muddy past the second lock. Finish about 12, then tea at the Boatman for anyone who wants it.

Labour and the Green Party have both said they'll send people, so we should be a good crowd.

Pauline
WGRA Secretary

--
WGRA Members mailing list
To unsubscribe, email wgramembers-leave@lists.weaversgreenra.example.org.uk""")

# ===================================================================== safety (7)

c.add("safety", subject="St Anne's", sender=P("Craig", "Holt", "protonmail.com"),
      tags=("implicit", "veiled", "children", "car", "routine"),
      body="""Sam,

You do the school run to St Anne's at twenty to nine in the red Fiesta, park on Ferry Lane by the post box and walk her in through the side gate. Lovely purple backpack she's got.

Keep writing your letters to the paper about the mosque extension. Everyone's reading them.""")

c.add("safety", subject="after Saturday's surgery", sender=P("Nadia", "Hussain"),
      tags=("third-party-report", "waiting", "car", "implicit"),
      body="""Sam,

I need to log something and I'd like you to pass it to the regional office.

Saturday's surgery at Eastbank Library finished at 12. Margaret from the library said that from about 11.15 a man had been standing by my car in the side car park. When I came out he'd gone, but Margaret said while he was there he'd asked her "what time does she normally leave?" and "does she always park round the back?" She told him she didn't know.

She described him as white, forties, shaved head, grey tracksuit. That sounds like the man who stood at the back of the March hustings and kept saying I "wouldn't be councillor much longer".

I'm not going to stop doing surgeries. But I'd like us to think about having someone with me on Saturdays and about whether the surgery address and times should be on the website quite so prominently. I have reported it to the police (ref 26-4471).

Nadia""")

c.add("safety", subject="Fwd: message on my doorstep", sender=("Kelly Nuttall", "kelly.nuttall@gmail.com"),
      tags=("forwarded", "third-party-report", "veiled", "routine", "home-address"),
      body=c.forward(
          """Sam - this was on a bit of paper tucked in my door on Alder Grove this morning. We only moved in on the 14th. Nobody outside the party knew the new address. I've typed it out and kept the note.""",
          """I know your round. Canal Side and Tannery Row, Sunday mornings, blue coat. And now I know where you moved to. You'll be seen wherever you go so think about whether it's worth it for a few leaflets.""",
          "Kelly Nuttall <kelly.nuttall@gmail.com>", "note"))

c.add("safety", subject="@riversidemoaner mentioned Riverside Labour",
      sender=("X", "notify@x.example.com"), headers=c.newsletter_headers("X"),
      tags=("social", "pile-on", "doxxing", "routine", "veiled"),
      body="""@riversidemoaner mentioned you

riversidemoaner @riversidemoaner · 2h
For the lads asking: the Labour "secretary" Sam Okafor drinks in the Boatman on Wharf St every Friday from about 8, corner by the fire. If you've got something to say about what his lot did to the Ferry Lane bridge, go and say it to his face. Bet he won't be so gobby in person. Friday. Be there. #Sallowbridge

412 reposts · 88 quotes · 1.1K likes

Top reply:
Dazza @dazzasall · 1h  see you there lads 😂 bring your mates

View on X

You are receiving this email because you have notifications on for @RiversideLabour.""")

c.add("safety", subject="[WGRA] Re: the councillor and the footbridge", sender=P("Phil", "Rostron"),
      headers=c.list_headers("WGRA Members", domain="lists.weaversgreenra.example.org.uk"),
      tags=("list", "doxxing", "home-address", "veiled"),
      body="""> Cllr Walsh has said the repair date is down to the contractor.

Cllr Walsh has said a lot of things. She lives at 4 Orchard Close, by the way, the house with the blue door and the hanging baskets, five minutes from the bridge she won't fix. I think we should all pay her a visit one evening. And not a friendly one with biscuits. Let her see what it's like to have people on her doorstep for once.

Phil

--
WGRA Members mailing list
To unsubscribe, email wgramembers-leave@lists.weaversgreenra.example.org.uk""")

c.add("safety", subject="Fwd: Re: your visit on Saturday", sender=P("Bernadette", "Quinn"),
      tags=("forwarded", "quoted", "third-party-report", "veiled", "home-address"),
      body=c.forward(
          """Sam, this is the reply I got from the gentleman at Dockers Walk after I emailed him the information about the footbridge repairs that he asked for on the doorstep. Please read the bottom bit. I gave him my email, nothing else. I'm not going back down that street on my own.""",
          """I don't want your information.

You were very chatty on Saturday Bernadette. Told me you live up by the church and do the school gate for your granddaughter. I've seen you since. Small town. Your lot want to be careful who they send to doors round here, and you want to be careful walking back from that church on your own of an evening.

> Dear Mr Parr,
> Thank you for speaking to me on Saturday. As promised, the council's notice about the Ferry Lane footbridge is attached, with the contractor's start date of 12 January.
> Best wishes
> Bernadette Quinn, Riverside Labour""",
          "D Parr <dparr.sallow@gmail.com>", "Re: Ferry Lane footbridge - the information you asked for"))

c.add("safety", subject="Tuesdays", sender=P("Jan", "Ormerod"),
      tags=("stalking", "routine", "key-holder", "third-party-report"),
      body="""Sam,

You know I open the Millbrook Methodist hall at half six on Tuesdays for the branch. For the last month there's been a man parked across the road in a grey Astra every Tuesday when I arrive. He's still there when I lock up at nine.

Last Tuesday as I was locking the gate he wound his window down and said "running a bit late tonight, Jan?" I've never seen him before in my life. I don't know how he knows my name.

My husband wants me to stop doing it. I don't want to stop. But I've started getting my son to walk me to the car. What should we do? Should I tell the minister at the church as well?

Jan""")

c.write()
