"""train/ty1: "other" mail in its breadth, and the threats that hide beside it, part 1.
Saltfleet & Marsh CLP (invented): a Lincolnshire-style coastal seat, the resort town of
Saltfleet and the market town of Marshby, with wards Seaholme, Harbour, North Marsh, Cuxby,
Withern Road and Sutton End. All content hand-written.

47 `other`: thank-you notes, social arrangements, personal news, condolences, congratulations,
reminiscence, misdirected mail, human sales pitches, chit-chat, a poem, a photo; many carry
words that look like another category (urgent, hospital, AGM, attacked, complaint, a date).
13 `safety`: mail that opens like thanks, social mail or personal news and carries a veiled
threat, or reports someone menacing or following an officer."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ty1", seed=6101)
c.clp = ("Saltfleet & Marsh CLP", "Gillian Thoresby", "secretary@saltfleetmarshlabour.org.uk")
P = c.person
SEC = "Gillian Thoresby <secretary@saltfleetmarshlabour.org.uk>"
CF = "confuser"

# ============================================================ other

# 1 thanks after the MP's surgery, mentions urgent
c.add("other", subject="Thank you for Saturday", sender=P("Maureen", "Ingleby"),
      tags=(CF, "thanks", "other-as-urgent"),
      body="""Dear Mrs Thoresby,

I just wanted to say thank you to you and to Helen Castleford for seeing me at the surgery in the Seaholme Methodist hall on Saturday. I know I was not on the list and you squeezed me in at the end when you were packing up the tea urn.

As you know it was urgent for our Liam because the landlord had given him until the end of the month. Well I am pleased to tell you that Mr Ridley from Helen's office rang the housing people on Monday and they have found him a flat in Harbour ward, ground floor, which is what he needed for his leg. He moves in on the 14th.

I have voted Labour all my life but I have never had anything to do with the party before, I thought you were all in London. I did not expect anybody to bother. You did.

With many thanks and best wishes,
Maureen Ingleby (Mrs)""")

# 2 one-liner, brolly
c.add("other", subject="brolly", sender=("Sue Cathcart", "suecathcart@btinternet.com"),
      tags=(CF, "chit-chat"),
      body="""Think I left my brolly in your car after the GC Gill - the green one with ducks on. No rush, give it me at the stall Saturday x""")

# 3 curry after the GC, mentions the AGM
c.add("other", subject="Spice of Bengal after GC?", sender=P("Kieran", "Ashby"),
      to=[SEC, "Parveen Akhtar <p.akhtar.treasurer@gmail.com>", "Roy Maddison <roy.maddison@talktalk.net>"],
      tags=(CF, "social", "other-as-procedural"),
      body="""Evening all,

Usual thing - anyone up for a curry after the GC on Thursday? Last one before the AGM so I reckon we've earned it, especially if the motions debate goes the way it did in September.

Spice of Bengal on Quay Street do a table for 8 if I ring by Wednesday. Reply by tomorrow night so I know numbers. Roy, they still remember you from the poppadom incident, so maybe sit facing the wall.

K""")

# 4 birthday collection for the chair
c.add("other", subject="Roy's 70th - SHHH", sender=P("Lynsey", "Broughton"),
      to=[SEC, "Parveen Akhtar <p.akhtar.treasurer@gmail.com>", "Kieran Ashby <kieranashby.labour@gmail.com>",
          "Malcolm Peet <malcolm.peet1954@outlook.com>", "Cllr Brenda Skeels <b.skeels@hotmail.co.uk>"],
      tags=(CF, "social", "other-as-bulk"),
      body="""Hi everyone (NOT Roy, obviously),

Roy is 70 on the 22nd. He thinks nobody knows. He told me in 2019 that he'd "rather walk into the sea" than have a fuss made, so we're making a small fuss.

Plan:
- I've bought a card (a lighthouse, he loves a lighthouse) - it'll be in my bag at the GC, sign it in the loo or somewhere he can't see
- collection for a present - I was thinking the big Eric Hobsbawm box set he keeps looking at in the Oxfam bookshop, or a voucher for the Lifeboat Inn. £5 each? more if you like, less if you're skint, nobody's counting
- Parveen, can you NOT put it through the CLP account, it's a personal whip round not party money!!

Cash or bank transfer to me, details below. Before the 20th please.

Lynsey
Women's Officer (and chief conspirator)

L Broughton 20-44-91 31187722""")

# 5 hip op, hospital, "not urgent"
c.add("other", subject="Out of action for a bit", sender=P("Derek", "Stainton"),
      tags=(CF, "personal-news", "other-as-urgent"),
      body="""Hello Gillian

Bit of news. I'm going into the Pilgrim for my hip on Monday, they had a cancellation so it all happened very quickly. The letter actually said URGENT on it which frightened Jean to death but it's only because they want an answer by return.

So I'll be off my feet for six weeks or so. I won't be able to do my usual round (Marsh Lane, Church Walk and the bungalows on Tennyson Close, about 220 doors). I'm not asking you to sort it, I've already asked our Kayleigh's lad if he'll do it for a tenner and a bacon sandwich, just letting you know in case the leaflets turn up at mine and nobody knows why they're sat in the porch.

Back on the doors in the new year, with a new hip and no excuses.

Derek""")

# 6 attacked by a dog while leafleting
c.add("other", subject="Attacked by a dog in Cuxby!", sender=P("Hazel", "Frankish"),
      tags=(CF, "personal-news", "other-as-safety", "hard-negative", "benign-violent-word"),
      body="""Gill,

Well, I have been attacked by a dog. Don't worry, I'm fine, it's more my pride and my good gloves than me.

I was doing the Cuxby Road leaflets on Sunday afternoon, got to the farmhouse at the end past the caravan site, and put the leaflet through and this great big collie-cross thing came flying round the side of the house and had my hand before I knew it. Only a nip through the glove, the farmer's wife came out all apologetic and put some TCP on it and gave me a cup of tea. I've been to the walk-in at Marshby to be on the safe side and had a tetanus jab, which hurt more than the dog.

Might be worth someone putting a note on the delivery sheets though that Low Farm has a dog that thinks leaflets are a declaration of war. I'm not doing it again!

Hazel x""")

# 7 misdirected: fly-tipping, meant for the district council
c.add("other", subject="Fly tipping behind Co-op Marshby REPORT", sender=("Gordon Vickers", "g.vickers@sky.com"),
      tags=(CF, "misdirected", "other-as-complaint"),
      body="""To the Environmental Services Dept

I wish to report fly tipping AGAIN on the lane behind the Co-op in Marshby (Wold Lane end). There is a sofa, two mattresses, a fridge and about a dozen black bags which the foxes have had open. It has been there since last Tuesday.

I reported this on your website but the website says "error 404" when you press submit.

Please arrange collection. Reference number from last time was FT/23/8812 if that helps.

G. Vickers
12 Wold Lane""")

# 8 misdirected: meant for the Lib Dems
c.add("other", subject="Delivering Focus leaflets", sender=P("Patricia", "Moorhouse"),
      tags=(CF, "misdirected", "other-as-query"),
      body="""Hello,

I got your leaflet about the Seaholme by-election and I'd like to help. I'm retired and walk the dog twice a day round Seaholme anyway so I could easily deliver your Focus newsletter in the streets between the front and the railway.

Is there someone who organises this? I've always liked the yellow ones, they're cheerful.

Kind regards
Pat Moorhouse""")

# 9 human sales pitch: printer
c.add("other", subject="Leaflet printing - local printer, good rates", sender=("Dave Onions", "dave@marshbyprintandcopy.co.uk"),
      tags=(CF, "sales-pitch-human", "other-as-bulk"),
      body="""Hi there,

Dave here from Marshby Print & Copy on Bridge Street (the one next to the old Woolworths that's now the vape shop).

I noticed your last leaflets were printed in Leeds. No judgement - but I reckon I can beat them, and you'd be supporting a local firm with three staff who all live in the constituency.

Rough prices for you:
A5 double sided 4-colour on 130gsm, 10,000 = £298
A4 folded to A5, 5,000 = £340
Posters A3 = 80p each over 50

Imprint's no problem, I did the Greens' and the Independents' last May so I know the rules. Turnaround three working days, or next day if you're desperate and bring cake.

Pop in any time or give me a ring on 01507 660 214.

Cheers,
Dave Onions
Marshby Print & Copy""")

# 10 photographer pitch
c.add("other", subject="Candidate portraits for May", sender=("Esme Garside", "hello@esmegarsidephotography.co.uk"),
      fmt="alt", tags=(CF, "sales-pitch-human", "other-as-bulk"),
      body="""Dear Saltfleet & Marsh Labour,

My name's Esme and I'm a portrait photographer based in Saltfleet. I don't do politics myself (I photograph dogs and weddings, mostly) but I saw a couple of your councillors' leaflet photos last year and - forgive me - I think I can help.

Good candidate photos are honestly the cheapest improvement you can make to a leaflet. Natural light, a recognisable local backdrop (the pier, the clock tower, the harbour wall), and no squinting into the sun.

I'm offering a half-day session in January for up to eight candidates at £240 in total, including retouched web and print files for each person. I can come to wherever suits.

Some examples are on my website. Happy to chat if useful, and no hard feelings if not.

Warmly,
Esme Garside
07723 418 556""")

# 11 condolence to secretary, mother's death
c.add("other", subject="So sorry Gillian", sender=P("Anne", "Tuplin"),
      tags=(CF, "condolence"),
      body="""Dear Gillian,

Roy told us at the branch meeting last night about your mum. I'm so sorry.

I only met her twice, at the fish and chip supper and the time she came canvassing with you in Sutton End in her wheelchair and told that man at number 40 exactly what she thought of his hedge. She was a force of nature. You must be very proud of her and very sad.

Please don't even think about the minutes or any of it for a while. We'll muddle through.

With love,
Anne""")

# 12 widow thanks for funeral, long
c.add("other", subject="Thank you from Irene Welbourn", sender=("Irene Welbourn", "irenewelbourn@aol.com"),
      tags=(CF, "thanks", "bereavement"),
      body="""Dear Gillian and everyone at the Labour party,

I am writing to thank you all for what you did for Stan's funeral last Friday. I have been meaning to write all week but every time I sat down I ended up in tears again so my granddaughter is typing this for me.

Stan would have been so chuffed to see the branch banner at the crematorium. I didn't even know you still had it. He carried that banner at Durham in 1984 when he was still at the docks, and he always said it was heavier than it looked because it had all the years in it. Roy carrying it in with Malcolm, I had to look away or I wouldn't have got through the service.

Thank you also for the flowers, the red and white ones, and for the card which everybody signed. I have put it on the mantelpiece next to his photograph. And thank you to the lady who did the sandwiches at the Railway Club, I didn't catch her name, the one with the red hair. She wouldn't let me pay for anything.

Stan was a member for 61 years. He used to say the Labour party was his other family and I used to say yes, the one that never does the washing up. But you turned up for him and I won't forget it.

I would like to give his books to the party if anybody wants them. There are a lot of them. Mostly history and the Spanish civil war. Perhaps for a raffle or for the young ones.

With my very best wishes and thanks,
Irene Welbourn""")

# 13 reminiscence, 1997, long
c.add("other", subject="Your AGM notice set me off remembering", sender=("Bernard Coultas", "bernard.coultas@btinternet.com"),
      tags=(CF, "reminiscence", "other-as-procedural", "long"),
      body="""Dear Madam Secretary,

Your AGM notice came through the letterbox this morning (yes, I still get it on paper, I'm one of the awkward ones) and I noticed it's at the Seaholme Methodist hall. That took me back so far I had to sit down with a second cup of tea, and I thought I'd write it down before it goes, because there are not many of us left who remember.

The first selection meeting I ever went to in this constituency was in that hall in the spring of 1983. Michael Foot was leader and we all knew we were going to get hammered. There were eleven of us, and a paraffin heater, and a chairman called Walter Kitching who smoked a pipe through the entire meeting despite a sign on the wall saying NO SMOKING in letters a foot high. We selected a schoolteacher from Marshby as our candidate because nobody else would do it. She lost her deposit. She said afterwards it was the best six weeks of her life.

Then 1997. I don't think anybody under forty understands what 1997 felt like in a place like this. We had never had a hope here. The Tory majority was something like fourteen thousand. We had about forty active members and a borrowed loudspeaker that only worked if you held the wire at a certain angle. And then, from about February, people started talking to us on the doorstep. Properly talking. A fisherman on the harbour who'd told me to clear off every election since 1979 stopped me and asked for a poster. Old women in the bungalows in Sutton End wanted to know when the hospital waiting lists would come down. I remember a young lad, must have been eighteen, who came into the committee room above the Co-op and asked if he could help, and he delivered every single leaflet in Withern Road for six weeks and we never saw him again after polling day. I often wonder what happened to him.

We didn't win, of course. Not here. Not then. But we cut the majority to under four thousand, and on the night, at the count in the old Marshby sports hall, when the national results started coming through on somebody's little portable television - Portillo and all that - we stood there cheering for seats hundreds of miles away, and the Tory agent came over and shook my hand and said "enjoy it, Bernard, it won't last". Well, it lasted thirteen years, which is more than he did.

There were bad years after, too, and I won't pretend otherwise. I tore up my card over Iraq and my wife Dot sellotaped it back together and put it in the kitchen drawer and said "you'll want that again". She was right, as usual. I rejoined in 2010, the week after we lost, because it seemed a poor sort of loyalty that only turned up when we were winning. Dot did the teas at every branch meeting until her eyes went, and I still make the sandwiches for the Withern Road coffee morning, though I'm told my cutting is "rustic".

I'm telling you all this not because I want anything, and not because I want to make a speech at the AGM (my legs won't stand it, I'll be sending my apologies anyway). I suppose I just wanted somebody in the party now to know that there were people here before, in the years when it seemed completely hopeless, and they kept going because they thought it mattered. It's good to see the young ones on the Facebook, and a Labour MP for Saltfleet, which I never thought I'd live to see. Walter would have lit his pipe in celebration.

If anybody ever wants to write a history of the local party, I have two shoeboxes of leaflets, a photograph of Neil Kinnock on the pier in 1987 with half of his face blown about by the wind, and a great many opinions.

Yours fraternally,
Bernard Coultas
(member since 1971, Withern Road)""")

# 14 poem about canvassing in the rain
c.add("other", subject="a poem (sorry)", sender=P("Rosa", "Hebblethwaite"),
      tags=(CF, "poem"),
      body="""Gill, you said at the social that I should share it, so I'm sharing it before I lose my nerve. Feel free to bin.

NORTH MARSH, NOVEMBER

The rain comes in sideways off the Wash
and finds the gap between my hood and hair.
Number nine has a dog, number eleven
has opinions, number thirteen isn't there.

A man in slippers tells me we're all the same,
then asks about his mother's care home fees.
I write him down as "soft" - which he isn't -
and leave him standing with his disagreements and his keys.

By four o'clock the streetlights do their flicker,
the clipboard's pulp, my biro's given in.
But someone at forty-two said "thank you, love,
for coming out" - and that's the bit I'm keeping in.

Rosa (Cuxby branch)""")

# 15 photo share link, html-only
c.add("other", subject="Photos from the beach clean!", sender=P("Jordan", "Pickering"),
      fmt="html", tags=(CF, "photo", "other-as-bulk", "html-only"),
      html_body="""<html><body><div style="font-family:Arial,sans-serif;font-size:14px">
<p>Hiya Gillian</p>
<p>Here's the album from Sunday's beach clean at Seaholme - 23 of us plus Helen and about four dogs. My fave is the one of Malcolm holding up the traffic cone like it's the FA cup &#128514;</p>
<p><a href="https://photos.app.goo.gl/zQ7mN2pLxv8RkTq49">https://photos.app.goo.gl/zQ7mN2pLxv8RkTq49</a></p>
<p>Feel free to use any for the website or the newsletter, everyone in them said it was ok apart from the lady in the pink coat, I've left her out.</p>
<p>Jordan</p>
<p style="color:#888">Sent from Outlook for iOS</p>
</div></body></html>""",
      body="")

# 16 new baby, special care, "little fighter"
c.add("other", subject="He's here!!", sender=("Kieran Ashby", "kieranashby.labour@gmail.com"),
      to=[SEC, "Roy Maddison <roy.maddison@talktalk.net>"],
      tags=(CF, "personal-news", "new-baby"),
      body="""Gill, Roy,

Our little boy arrived at 3.14am on Tuesday, five weeks early, 5lb 2oz. He's called Arlo. He's in the special care unit at the Pilgrim for a bit because his breathing was a bit dodgy at first but he's a little fighter and the nurses are amazing and Jess is doing brilliantly.

Obviously I'm off for the next couple of weeks. I've handed the canvass sessions to Jordan and Sue, Jordan has the MiniVAN login. Please don't ring me about the campaign unless the sea has actually come over the wall.

Photos to follow when he looks less like a cross pensioner.

K x""")

# 17 congratulations for the new councillor
c.add("other", subject="Please pass on my congrats to Imran", sender=P("Winifred", "Dales"),
      tags=(CF, "congratulations"),
      body="""Dear Gillian,

I don't have an email for Councillor Qadir so I wonder if you would pass this on.

Dear Imran, many congratulations on winning Harbour ward. I voted for you by post and I'm delighted. I was the lady in the flat above the launderette who kept you on the step for twenty minutes talking about the harbour lights. I hope you still think it was worth it. Please do something about the steps down to the slipway, they are a death trap in the winter.

Best wishes,
Winifred Dales""")

# 18 burglary at the treasurer's house
c.add("other", subject="Bit of a week", sender=("Parveen Akhtar", "p.akhtar.treasurer@gmail.com"),
      tags=(CF, "personal-news", "other-as-safety", "hard-negative"),
      body="""Gill,

Sorry I didn't get back to you about the bank signatories. We had a break-in on Sunday night while we were at my sister's in Boston. They smashed the back door, took the telly, my laptop, Amir's PlayStation and my mum's gold bangles which is the one that's really upset her. The police came, took fingerprints, gave us a crime number and a leaflet about victim support. That's it, that's the end of that I suspect.

Before you panic, the CLP stuff wasn't on the laptop - it's all on the party Google drive and the bank is on my phone which was in my handbag with me. So nothing to report on that front.

I'll get the signatory forms done this week. Just need a few days to get the glazier in and stop jumping every time the wind rattles the letterbox.

P x""")

# 19 car accident in fog, missed the canvass
c.add("other", subject="Sorry about Sat", sender=P("Glen", "Wragg"),
      tags=(CF, "personal-news", "other-as-safety", "hard-negative"),
      body="""gillian sorry i didnt turn up sat morning for the canvass. fog was terrible on the A1031 and some idiot pulled out of the farm track at Grainthorpe and i went into the back of him. im fine, bit of whiplash, air bag went off which is like getting punched in the face by a marshmallow. car is a write off tho. the other chap was ok too, his trailer took most of it.

so no car for a bit which means i cant do the north marsh villages. ill do what i can on foot round town

glen""")

# 20 moving to Scotland, transfer membership
c.add("other", also=["query"], subject="Farewell from the Hardcastles", sender=P("Judith", "Hardcastle"),
      tags=(CF, "personal-news", "other-as-query", "moving-away"),
      body="""Dear Gillian,

After 38 years in Saltfleet, Malcolm and I are moving to Stirling to be near our daughter and the grandchildren. The house is sold (to a nice young couple from Nottingham - I've told them to expect a Labour leaflet and to be polite to whoever delivers it) and we go on the 3rd of next month.

We will miss the branch terribly. We were trying to remember the other evening how many elections we've done here and we gave up at twenty. Thank you for all the work you do - I know how much of it is invisible.

I assume we need to transfer our memberships to whichever the Scottish party is up there, do we do that ourselves on the website or is it something you do? Our new address will be 4 Abbey Crescent, Stirling.

With love and solidarity,
Judith (and Malcolm)""")

# 21 web form: thanks, bins sorted
c.add("other", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Kelly Addison", "kellyaddison87@hotmail.co.uk"),
      tags=(CF, "thanks", "webform", "other-as-complaint"),
      body=c.webform({
          "Name": "Kelly Addison",
          "Email": "kellyaddison87@hotmail.co.uk",
          "Ward (if known)": "north marsh i think",
          "Message": """I put a complaint in on here in August about the bins on Fenside not being emptied for 3 weeks and the smell with the heat. I just wanted to say Cllr Fenwick came round himself, had a look, and they've been done every week since. Didn't expect that tbh. Say thank you to him from me and the kids, they named the bin man Joe after him""",
      }, form="Contact your councillor"))

# 22 web form: wants to book the Labour club for a christening
c.add("other", subject="New submission: Get involved", sender=c.form_robot(),
      reply_to=("Stacey Burnham", "staceyb_1992@icloud.com"),
      tags=(CF, "misdirected", "webform", "other-as-query"),
      body=c.webform({
          "Name": "Stacey Burnham",
          "Email": "staceyb_1992@icloud.com",
          "Phone": "07811 204993",
          "How would you like to get involved?": "Other",
          "Message": """hi is the function room free on sat 6th march for a christening about 60 people we want the buffet and the dj if poss, my nan had her 80th there and said it was lovely. how much is the deposit""",
      }, form="Get involved"))

# 23 misdirected: another CLP's branch minutes
c.add("other", also=["procedural"], subject="Draft minutes - Holme Fen branch 12th", sender=P("Trevor", "Lumley"),
      tags=(CF, "misdirected", "other-as-procedural"),
      body="""Hi Carol,

Draft minutes from Tuesday attached (well, pasted below - the attachment wouldn't go). Can you check the bit about the Brackenholme by-pass motion, I'm not sure I got the amendment right.

HOLME FEN BRANCH - BRACKENHOLME CLP
Present: T Lumley (chair), C Brammer, A Sykes, J Sykes, M Rowbotham, D Iqbal
Apologies: K Fell
1. Minutes of last meeting agreed.
2. Matters arising: the banner is still at Doreen's.
3. Motion on the by-pass: carried 5-0-1 as amended (amendment from A Sykes to delete "immediately").
4. Next meeting: second Tuesday, the Bell.

Trevor

----
(I think I've sent this to the wrong Labour, the autofill picked up "secretary@" - if you're not Carol Brammer in Brackenholme, sorry!)""")

# 24 similar name: tap class
c.add("other", subject="tuesday??", sender=("Bev Kettleborough", "bevkett@yahoo.co.uk"),
      tags=(CF, "misdirected", "other-as-query"),
      body="""Gill are we still on for tap Tuesday or is the hall flooded again? Bev x

p.s. Pauline says bring the CD player, the speaker thingy doesn't work""")

# 25 misdirected: meant for the MP's caseworker (also query)
c.add("other", also=["query"], subject="For Mr Ridley at Helen Castleford's office please", sender=P("Ewa", "Sadowska"),
      tags=(CF, "misdirected", "other-as-query", "non-native"),
      body="""Good morning,

I am writing for Mr Tom Ridley who work for the MP. He help me before with my mother visa. Now I have different problem. My husband is working in the packing factory in Marshby and he have accident with his hand in June and the company say now they don't pay him anything because he is "agency". He have letter from the doctor. We don't know who we can ask.

I find this email on the Labour internet page, I hope it is correct. If not, please can you give it to Mr Ridley.

Thank you very much,
Ewa Sadowska
Tel 07940 118 372""")

# 26 forwarded joke chain
c.add("other", subject="FW: FW: FW: you'll like this one", sender=P("Keith", "Borrill"),
      tags=(CF, "chit-chat", "forwarded", "other-as-bulk"),
      body=c.forward("""Gill - one for the next GC when the treasurer's report is dragging on. Keith""",
                     """A Tory MP, a Lib Dem and a Labour councillor are in a lifeboat off Saltfleet when the engine packs in.

The Tory says "Don't worry, I'll pay someone to row."
The Lib Dem says "I'll draw a bar chart showing we're only two strokes behind."
The Labour councillor says "Right. I'll set up a working group, consult the oars, and report back to the GC in March."

The lifeboat crew say "Would you all please sit down, we've been trying to rescue you for twenty minutes."

>> Pass it on, it made me laugh!!! Mavis""",
                     "Mavis Thurlby <mavisthurlby@aol.com>", "FW: FW: you'll like this one", style="outlook"))

# 27 chit-chat, Grimsby Town
c.add("other", subject="Re: Saturday", sender=("Phil Sowerby", "philsowerby@ntlworld.com"),
      tags=(CF, "chit-chat", "quoted"),
      body=c.quote_reply("""Ha! No chance, I'll be at Blundell Park watching us throw away another lead. Put me down for the Sunday one instead. Tell Roy his prediction of 3-0 was "ambitious".

Phil""",
                         """Phil - any chance of you on Saturday morning for Sutton End? 10am, the bus shelter. Bring a pen that works this time.

Gill""", style="gmail"))

# 28 thanks after first canvass, doors slammed
c.add("other", subject="My first canvass!", sender=P("Aaliyah", "Dunmore"),
      tags=(CF, "thanks", "other-as-safety", "hard-negative", "benign-violent-word"),
      body="""Hi Gillian,

I just wanted to say thank you for pairing me with Sue on Saturday. I was honestly terrified. I nearly didn't get out of the car.

I survived! One door slammed in my face, one man told me exactly where I could put my leaflet (Sue said that counts as a "no" on the sheet haha), and one lady in Seaholme wanted to show me her entire garden. But then a young guy at the flats said he'd never been asked his opinion by anybody before, and we talked for ten minutes about the bus to Marshby. I think I converted him?? Not sure how you can tell.

Anyway I'm in for next week. Sue says I'm "a natural killer on the doorstep" which I'm choosing to take as a compliment.

Aaliyah""")

# 29 thanks from the pub after quiz fundraiser
c.add("other", subject="Quiz night - thank you!", sender=("Shelley at the Lifeboat", "lifeboatinn.saltfleet@gmail.com"),
      tags=(CF, "thanks", "fundraiser"),
      body="""Hi Gillian

Just a quick one to say thanks for bringing your lot in on Friday. Best Friday we've had since August bank holiday! My final count for the kitty was £612.40 after the raffle, which Rob has put in an envelope behind the bar for your treasurer to collect whenever.

Your quizmaster was a star though I'm still not sure the capital of Australia isn't Sydney.

Happy to do another one in the new year, any Friday except the last one in the month (that's darts).

Shelley
The Lifeboat Inn""")

# 30 venue pitch, mentions AGM, alt
c.add("other", subject="Your AGM - a venue with a sea view?", sender=("Lorraine Pask", "events@grandhotelsaltfleet.co.uk"),
      fmt="alt", tags=(CF, "sales-pitch-human", "other-as-procedural"),
      body="""Dear Ms Thoresby,

I hope you don't mind me getting in touch directly. I'm the events manager at the Grand Hotel on the seafront and I noticed from your Facebook page that your Annual General Meeting is coming up in the new year.

Our Marine Suite seats up to 120 theatre-style, has a hearing loop, step-free access from the Esplanade entrance, and - perhaps more importantly for a winter evening - working radiators. For community and voluntary groups we offer a weekday evening rate of £95 including tea, coffee and biscuits, with a PA system and projector at no extra charge.

I'd be very happy to show you or one of your committee round at any time. We're fully independent and happy to host groups of every political colour (the Round Table, the Save Our Pier campaign and the Women's Institute are regulars).

Kind regards,

Lorraine Pask
Events & Functions Manager
The Grand Hotel, The Esplanade, Saltfleet
01507 441 900""")

# 31 software consultant pitch, long-ish
c.add("other", subject="Quick question about how you manage volunteers", sender=("Ashwin Menon", "ashwin@tidelinedigital.co.uk"),
      tags=(CF, "sales-pitch-human", "other-as-query"),
      body="""Hi Gillian,

I'll keep this short because I know secretaries of voluntary organisations get a lot of email.

I'm a freelance software developer living in Marshby (Withern Road ward, for what it's worth). Over the last two years I've built volunteer-rota tools for the Saltfleet RNLI fundraising group, the Marshby food bank and two parish councils. A common story: a spreadsheet that's been forwarded so many times nobody knows which version is right, and one overworked person texting everyone individually on a Friday night.

I'm wondering whether your local party has the same problem with canvassing and leaflet rounds. I'm aware you'll have national party tools for voter data, and I wouldn't touch any of that - this would purely be the "who's doing which round on Saturday" side of things, with text reminders.

I'd happily do a free half-hour chat to see if it's any use, and for a voluntary group my rate is heavily discounted (typically a few hundred pounds one-off and then nothing).

If this isn't for you, no problem at all - just ignore me and I won't chase.

Best,
Ashwin Menon
Tideline Digital""")

# 32 local cafe offering a canvassers' discount
c.add("other", subject="bacon butties for your canvassers", sender=("Tina", "thepiercafe@outlook.com"),
      tags=(CF, "sales-pitch-human"),
      body="""Hello Labour people

I'm Tina, I run the Pier Cafe at the bottom of Marine Parade. I've seen your lot with your clipboards going past most Saturday mornings looking frozen.

Offer for you: 10% off for anyone with a rosette or a clipboard, and if you ring ahead I'll have a tray of bacon butties and teas ready for a group at 12. You can use the back room to sort your sheets out, it's warm and there's a plug for your phones.

(I'll do the same for the other lot if they ask, I'm not fussy, but you asked first. Well you didn't. But you know what I mean.)

Tina
The Pier Cafe""")

# 33 condolence reply to secretary's announcement, quoted
c.add("other", subject="Re: Sad news - former Cllr Margaret Hoyle", sender=P("Colin", "Dunderdale"),
      tags=(CF, "condolence", "quoted", "reminiscence"),
      body=c.quote_reply("""Oh that's such sad news. Thank you for letting us know, Gill.

Margaret was the first person from the party who ever knocked on my door - 1992, I was 23 and living in a bedsit on Quay Street with no heating. She spotted the condensation running down the window and had the council out within the week. I joined because of her. She used to say that being a councillor was 10% meetings and 90% damp.

I'll be at the funeral. Please let us know if the family want anything doing at the wake.

Colin""",
                         """Dear members,

It is with great sadness that I have to tell you that former councillor Margaret Hoyle died peacefully on Sunday at the age of 88, with her family around her.

Margaret represented Harbour ward from 1986 to 2011 and was Mayor of Saltfleet in 1999. Her family have asked that anyone who wishes to attend the funeral at St Clement's on the 28th is welcome. Donations, if desired, to the RNLI.

Gillian Thoresby
Secretary, Saltfleet & Marsh CLP""", style="gmail"))

# 34 bereavement, stepping down as branch treasurer, "sudden"
c.add("other", subject="Stepping back", sender=P("Moira", "Clixby"),
      tags=(CF, "personal-news", "bereavement", "other-as-procedural"),
      body="""Gillian,

I'm afraid I've had some very bad news. My husband Alan died suddenly last Wednesday. It was his heart, there was no warning at all, he was out in the garden cutting back the buddleia and he just went down.

I'm sorry to say I can't carry on as Sutton End branch treasurer, I just haven't got it in me at the moment. The cash book and the paying-in book are in a Tesco bag by my front door, if someone could collect them I'd be grateful. I don't want visitors just yet, so perhaps they could just knock and take the bag.

Please tell the branch. I can't face writing it more than once.

Moira""")

# 35 non-native (Romanian), citizenship, can vote now
c.add("other", subject="Good news from me!!", sender=P("Ioana", "Munteanu"),
      tags=(CF, "personal-news", "non-native", "congratulations"),
      body="""Hello Gillian,

I want to share with you good news - yesterday I had my citizenship ceremony in Lincoln!! I am British now. I was crying all the time, my husband was filming, very embarassing.

You remember when I join the party two years ago, I say to you I can vote only in local elections and this make me sad because I live here nine years and pay taxes. Now I can vote for everything. In the next general election I will vote Labour for Helen first time in my life, and I will bring my mother-in-law also (she is English since always, she vote Tory but I am working on her).

Thank you for always making me feel welcome in the Harbour branch, when my English was not so good.

See you on Saturday for leaflets,
Ioana""")

# 36 Urdu-English thanks from a family
c.add("other", subject="thanking you", sender=("Mohammed Farooq", "mfarooq.taxis@gmail.com"),
      tags=(CF, "thanks", "non-native"),
      body="""Respected Madam Gillian sahiba,

Assalam o alaikum. I am writing on behalf of my father Haji Abdul Farooq who came with me to the MP surgery on last month regarding his pension from Pakistan side and the DWP problem.

By the grace of Allah the matter is now resolved, the DWP has sent letter and the arrears are paid in full. My father is very happy and he is saying many prayers for you and Helen madam.

He is asking me to say that if the party is needing any taxi for taking old people to the polling station at election time, our company will do it free of charge, only please tell us in advance which day.

With kind regards and thanks again,
Mohammed Farooq
Farooq Taxis, Marshby""")

# 37 html-only walk invitation
c.add("other", subject="Red Ramblers - New Year sea wall walk", sender=P("Janet", "Ostler"),
      fmt="html", tags=(CF, "social", "html-only", "other-as-bulk"),
      html_body="""<html><body style="font-family:Georgia,serif">
<h2 style="color:#c00">Red Ramblers &#8212; New Year's Day Walk</h2>
<p>Dear all,</p>
<p>Our traditional blow-the-cobwebs-away walk is on <b>1st January</b>. Meet at the <b>Seaholme lifeboat station at 11am</b>, along the sea wall to Sutton End (about 4 miles, flat, muddy in places) and back on the 12.50 bus for anyone whose legs have given up.</p>
<ul>
<li>Bring a flask</li>
<li>Dogs welcome (on leads near the seals please!)</li>
<li>Fiona is bringing her famous ginger cake</li>
</ul>
<p>It's not a party event, just friends who happen to be in the party, so bring anyone you like. Last year we had a Lib Dem and nobody minded. Much.</p>
<p>Janet</p>
</body></html>""",
      body="")

# 38 Christmas round-robin, long
c.add("other", subject="Christmas news from the Pinchbecks", sender=("Ron and Sheila Pinchbeck", "pinchbecks@btinternet.com"),
      to=["Gillian Thoresby <secretary@saltfleetmarshlabour.org.uk>", "Doug and Ann <dougann@talktalk.net>",
          "Brenda Skeels <b.skeels@hotmail.co.uk>", "Rev. Tim Allcock <vicar.stclements@gmail.com>"],
      tags=(CF, "personal-news", "other-as-bulk", "round-robin", "long"),
      body="""Dear friends,

Well, here we are again, and where has the year gone? Sheila says I say that every year and she's right, but it's truer every year.

January started badly with Ron's knee (for those not following the saga, the left one, the one that went at bowls in 2019). The NHS did him proud in the end after a long wait - we won't go into the politics, though some of you will know Ron has views - and he was back on the green by May, only slightly slower than before, which nobody noticed.

Our big news is that Karen and Mike have finally moved back from Leeds and are now in Marshby, five minutes away. We are thrilled. The twins are eight now and have taken up the recorder. We are slightly less thrilled about the recorder.

Sheila has been busy as ever. She did the flowers at St Clement's for Easter and Harvest, ran the tombola at the school fair, and has single-handedly delivered the Labour newsletter to the whole of Tennyson Close for the fourteenth year running, in all weathers, despite Ron's suggestions that she could do with a rest. She says she'll stop when they carry her out. Gillian, consider yourself warned.

In June we had two weeks in Northumberland. It rained for eleven of the fourteen days. We loved it.

The sad news of the year was the loss of our dear old cat Tiddles at 19. She's under the apple tree with a little slate Sheila painted. Ron claims not to have cried. Ron cried.

We are both keeping reasonably well, all things considered. Ron's blood pressure is "being monitored", which he treats as a challenge.

We hope this finds you all well and we look forward to seeing many of you at the Boxing Day swim (watching, NOT swimming).

With love and best wishes for Christmas and the New Year,
Ron and Sheila
3 Tennyson Close""")

# 39 quiz team needs a sixth
c.add("other", subject="Need a 6th for the Marx Brothers", sender=("Nathan Sleight", "nathansleight@gmail.com"),
      tags=(CF, "social", "other-as-query"),
      body="""Gill, any chance you fancy joining the quiz team Thursday at the Railway Club? We're a person down since Dean moved to Hull and we're rubbish at sport and soaps. You don't have to know anything. You just have to be there so we qualify as a team. First round's at 8.

Nathan""")

# 40 teenage thanks
c.add("other", subject="thx!!!", sender=("Mia", "mia.xo.tw@gmail.com"),
      tags=(CF, "thanks", "noisy"),
      body="""hiii its mia from young labour!! just wanted to say thx sm for sat the canvass was actually sick, didnt think id enjoy it that much lol. and thx for the pizza ur a legend 🍕🍕

my mate ellie wants to come next time is that ok?? shes 16

mia x""")

# 41 thanks from guest speaker, mentions meeting dates
c.add("other", subject="Thank you for having me on 3 October", sender=("Carole Hainsworth", "manager@marshbyfoodbank.org.uk"),
      tags=(CF, "thanks", "other-as-procedural"),
      body="""Dear Gillian,

Thank you so much for inviting me to speak at your General Committee on 3 October. I'm not used to speaking to rooms full of people with motions in their hands, and I was a little worried I'd be asked to "move" something, but everybody was very kind.

I wanted to let you know that after the meeting we had eleven people sign up to volunteer at the Marshby food bank, and we've since had £340 in donations from your members, plus an extraordinary quantity of tinned tomatoes from (I think) the Cuxby branch. It makes a real difference as we head into winter.

Roy mentioned you might invite me back on 7 November to update the GC on the winter appeal. I'd be happy to - just let me know timings nearer the date.

With warm thanks,
Carole Hainsworth
Manager, Marshby Food Bank""")

# 42 misdirected: wants a Tory poster
c.add("other", subject="POSTER", sender=("R. Edgecombe", "redgecombe1948@aol.com"),
      tags=(CF, "misdirected", "other-as-query"),
      body="""Dear Sir

Please send me one of your large posters for my front wall for the Conservative candidate in the Seaholme by-election, Mr Harland. I had one last time and the wind took it.

R Edgecombe
The Laurels, Seaholme Road""")

# 43 appendicitis, urgent, missed the count
c.add("other", subject="Why I wasn't at the count", sender=P("Craig", "Mumby"),
      tags=(CF, "personal-news", "other-as-urgent"),
      body="""Gill,

In case anyone thought I'd bottled it: I was blue-lighted into hospital at about 6pm on polling day with my appendix. They took me straight into surgery as an urgent case, which is the most attention the NHS has ever paid me. So I spent the count on a morphine drip watching the results on my phone at 3am and cheering at the ceiling, apparently very loudly, the nurse has asked me to mention.

Home now, stitches out next week. Well done everyone on Seaholme. I'm sorry I missed seeing Harland's face.

Craig""")

# 44 chair replies to get-well card, quoted
c.add("other", subject="Re: Get well soon from all of us", sender=("Roy Maddison", "roy.maddison@talktalk.net"),
      tags=(CF, "thanks", "quoted", "personal-news"),
      body=c.quote_reply("""Gill,

Thank you, and thank everyone. The card arrived this morning and the nurse said she'd never seen so many signatures on one card. I said that's the Labour party for you, we'll sign anything.

They're keeping me in till Friday to keep an eye on the ticker. It's not as dramatic as it sounded - a bit of a flutter, a lot of tests. I've read two books and the hospital's entire supply of Lincolnshire Life.

Tell the EC I'll be back for the December meeting if Pat lets me out of the house.

Roy""",
                         """Roy,

Just to say everybody at the GC last night sent their love, and there's a card on its way signed by about forty people (some more legibly than others). Don't you dare think about the agenda.

Gill x""", style="bottom"))

# 45 reminiscence, 1974 clipping, photo
c.add("other", subject="Found this in the loft!", sender=P("Pam", "Ridlington"),
      fmt="alt", tags=(CF, "reminiscence", "photo"),
      body="""Gillian,

Clearing my dad's loft and found a cutting from the Saltfleet Standard, February 1974: "LABOUR CANVASSERS BRAVE THE BLIZZARD". There's a photo of about eight people outside the old Co-op with a loudspeaker van, and I'm sure the young man second from left with the sideburns is my dad. I think the woman holding the placard might be Margaret Hoyle?

I've taken a photo of it on my phone, here's the link:
https://www.dropbox.com/s/8hkq2xvz1/standard1974.jpg

Would the CLP like the original? It's a bit yellowed but it's all there.

Pam""")

# 46 purse returned
c.add("other", subject="My purse", sender=P("Elsie", "Marfleet"),
      tags=(CF, "thanks"),
      body="""Dear Labour party,

I left my purse on a chair at the coffee morning in the Methodist hall on Tuesday and a lady called Sue brought it round to my bungalow that same afternoon with everything still in it, including my bus pass and my late husband's photo.

I'm not a member and I don't usually vote but I'd like you to know that was very kind of her.

Yours sincerely
Elsie Marfleet (Mrs)""")

# 47 congrats on retirement from the library
c.add("other", subject="Saw you in the Standard!", sender=P("Gwen", "Brocklesby"),
      tags=(CF, "congratulations", "chit-chat"),
      body="""Gillian!! 31 years at Saltfleet library and a photo in the paper with a cake shaped like a book. Congratulations. I remember you stamping my kids' Roald Dahls with a face like thunder when they were late back.

I suppose now you'll have even more time for the Labour party. God help them.

Lots of love,
Gwen""")

# ============================================================ safety

# S1 opens like quiz-night thanks, menace mid-message
c.add("safety", subject="Good night Friday", sender=("a neighbour", "beachroadwatcher@gmail.com"),
      tags=("veiled", "implicit", "embedded", "opens-benign"),
      body="""Well done on the quiz night, the Lifeboat was packed. You must have made a few quid.

Saw you leave at about ten past eleven with the cash tin under your arm, walking down Beach Road to where you'd left the blue Fiesta by the shelters. On your own. Not very clever, that, a lady on her own with a tin of money on a dark road in winter. Anyone could be waiting.

I'd think about that before you put up that windfarm petition stall again outside the Co-op. Just a friendly word.

Enjoy the rest of your weekend.""")

# S2 personal news then report of being followed
c.add("safety", subject="News, and something I need to tell you", sender=("Lynsey Broughton", "lynseybroughton@outlook.com"),
      tags=("third-party-report", "following", "stalking", "opens-benign"),
      body="""Hi Gill,

Good news first - we got the house on Sea View Road! Exchange next week, moving on the 20th. Gareth is already measuring for a shed.

The other thing. I didn't want to say anything at the GC in front of everyone. Twice now, after the last two GCs, a man has followed me from the Railway Club to my car. Same man both times - fifties, grey fleece, he was at the back of the public bit of the hustings in September asking about the women's officer post and "what women's officer is for". Thursday he walked behind me all the way down Station Road and when I got in the car he stood at the driver's window and said "see you next month, Lynsey" and tapped the glass. I've never told him my name.

Then on Saturday he was across the road from my current house. Just standing there.

I'm honestly a bit shaken. I don't know whether to go to the police or whether I'm overreacting. I don't want him knowing the new address. Can we talk tomorrow?

Lynsey""")

# S3 social note, P.S. about man following Parveen
c.add("safety", subject="Re: Spice of Bengal after GC?", sender=("Kieran Ashby", "kieranashby.labour@gmail.com"),
      tags=("third-party-report", "following", "postscript", "quoted", "opens-benign"),
      body=c.quote_reply("""Booked for 8, 9.30pm. Roy's agreed to sit facing the wall.

Gill - PS, and I didn't want to put this on the group thread. Last time, after the curry, the bloke in the white van with no name on it was parked opposite Spice of Bengal again - that's the third time. When Parveen walked to the taxi rank he pulled out and crawled along beside her the whole length of Quay Street. She's told me she's fine. She's not fine. I think it's the same guy who was shouting at her about "your lot" at the stall. We need to sort out walking people to cars after meetings and I think the police should hear about it.

K""",
                         """Evening all,

Usual thing - anyone up for a curry after the GC on Thursday? Reply by tomorrow night so I know numbers.

K""", quoted_from="Kieran Ashby <kieranashby.labour@gmail.com>", style="gmail"))

# S4 note on car, reported by councillor
c.add("safety", subject="Found on my windscreen after canvassing", sender=("Cllr Joe Fenwick", "joe.fenwick.cllr@gmail.com"),
      tags=("third-party-report", "veiled", "implicit"),
      body="""Gillian,

Came back to the car after the North Marsh canvass this morning (parked outside the chapel on Fen Lane, like always) and this was under the wiper, handwritten on the back of one of our own leaflets:

"WE KNOW THIS IS YOUR CAR. WE KNOW WHERE IT'S PARKED AT NIGHT TOO. SHAME ABOUT THE CARAVAN SITE VOTE. DRIVE CAREFULLY COUNCILLOR"

I've kept it in a freezer bag. Probably nothing but after the caravan site planning vote I'd rather it was written down somewhere. Should I ring 101 or just tell regional? I've got the grandkids staying this weekend and I don't love the "at night too" bit.

Joe""")

# S5 congratulations on the baby, then where he drinks on Fridays
c.add("safety", subject="congrats to Kieran", sender=("well wisher", "marshwatch2026@proton.me"),
      tags=("veiled", "implicit", "stalking", "opens-benign"),
      body="""Please pass on our congratulations to Kieran Ashby on the baby. Arlo. Lovely name. Lovely photos on his Facebook, outside the Pilgrim with the little car seat, and the new one from the front step on Wendover Close.

He's usually in the Lifeboat on a Friday from about seven isn't he, back corner by the darts. Maybe we'll pop in and raise a glass to the new arrival. Have a proper chat with him about the flyers he's been putting out about us.

Family man now. He'll want to be more careful what he puts his name to.""")

# S6 councillor reports harassment campaign
c.add("safety", also=["query"], subject="I can't keep doing this on my own", sender=("Cllr Brenda Skeels", "b.skeels@hotmail.co.uk"),
      tags=("third-party-report", "harassment"),
      body="""Gillian,

I've not said much because I didn't want to make a drama but I think I have to now.

Since I spoke in favour of the asylum hotel staying open at the council in July, I have had (I've counted) 43 letters through my door, none signed. Most of them just say "TRAITOR" or worse. Twice my tyres have been let down outside the house. Someone has signed me up to about thirty catalogues and a funeral plan. Last week a wreath was left on my front step, with a card saying "for Brenda, soon". My neighbour saw a young lad leave it but didn't see his face.

The police have given me a reference number and a "crime prevention visit" which was a man telling me to get a doorbell camera.

Is there anything the party does for councillors in this situation? The regional office, or the LGA? I'm 71 and I live on my own and I'm starting to not want to open the door.

Brenda""")

# S7 Facebook notification on a thank-volunteers post
c.add("safety", subject="Dean Parr commented on Saltfleet & Marsh Labour's photo", sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers("Facebook"),
      tags=("social", "veiled", "doxxing", "pile-on"),
      body="""Dean Parr commented on Saltfleet & Marsh Labour's photo: "A huge thank you to all our volunteers who came out for the beach clean!"

Dean Parr: Nice of them to all line up for a picture 👍 saves us the bother. The one in the red coat is the secretary, lives on Tennyson Close, number 9 I think, the one with the ramp. Anyone else fancy a beach clean of their own 😉

Lee Gant: 😂😂 say the word

Dean Parr: Saved the pic. Names and streets for the rest coming

Reply to this comment: https://www.facebook.com/saltfleetmarshlabour/photos/a.10158/3318804/

You are receiving this email because you manage the Page Saltfleet & Marsh Labour. Unsubscribe
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""")

# S8 condolence card turns into wished harm
c.add("safety", subject="Your loss", sender=("Marsh Residents Against The Cable", "nocable.marsh@gmail.com"),
      tags=("wish-harm", "veiled", "conditional", "opens-benign"),
      body="""Mrs Thoresby,

Sorry to read about your mother in the Standard. 91 is a good age. You'll have had time to say your goodbyes, which is more than some get.

Life is short. Shorter for some than others. You and your MP might want to think about that before you stand up at another meeting backing the cable route across our fields. People round here have long memories and not much left to lose.

I'm not saying anybody would do anything. I'm saying if something happened to one of you on those dark roads out to the villages, there's not many in North Marsh would shed a tear.

Think on.""")

# S9 web form: thanks for leaflet then kids' school
c.add("safety", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("A Parent", "concernedparent_marshby@gmail.com"),
      tags=("webform", "veiled", "implicit", "opens-benign"),
      body=c.webform({
          "Name": "A Parent",
          "Email": "concernedparent_marshby@gmail.com",
          "Message": """Thanks for the leaflet about the school bus cuts, very informative. Funny that Cllr Qadir's own kids don't need the bus. St Hugh's isn't it, the pair of them, the little one's in the year 3 class with the blue door onto Church Lane. Dropped off 8.40 by mum in the silver Qashqai most days.

Amazing what you notice at the school gate. Maybe he should think about other people's kids before he votes on the bus. We're all watching.""",
      }, form="Contact us"))

# S10 list post: photos, then a reply with menace
c.add("safety", subject="Re: [Saltfleet Members] Photos from the beach clean", sender=("Gary Tebbutt", "gtebbutt77@yahoo.co.uk"),
      headers=c.list_headers("Saltfleet Members"),
      tags=("list", "veiled", "implicit", "quoted", "stalking"),
      body=c.quote_reply("""Cracking photos. Good to put faces to names at last. Specially the young lass with the litter picker, Lynsey's girl isn't she. Walks home from the Academy along the sea wall path about half three, on her own, headphones in, doesn't look up. Someone ought to tell her mum to be more careful, the way her mum's been carrying on about the Reform lot. Things happen on that path.

Gary""",
                         """Hi all, the album from Sunday's beach clean is here: https://photos.app.goo.gl/zQ7mN2pLxv8RkTq49 - thanks to everyone who came!

Jordan""", quoted_from="Jordan Pickering <jordanpickering@hotmail.co.uk>", style="gmail"))

# S11 forwarded WhatsApp after the GC
c.add("safety", subject="Fwd: this came after the GC", sender=("Parveen Akhtar", "p.akhtar.treasurer@gmail.com"),
      tags=("forwarded", "third-party-report", "veiled", "implicit"),
      body=c.forward("""Gill, this came to my phone at 10.47 last night, about half an hour after I got home from the GC. I don't know the number. I've typed it out exactly. I've not told Amir yet. I'll do whatever you think.""",
                     """well done tonight on the accounts. very professional. enjoy it while it lasts. we know the red Corsa and we know you came home the back way along Wold Lane. slow drive home next time, no need to rush. regards to your mum""",
                     "+44 7700 900 613 (WhatsApp)", "(no subject)", style="apple"))

# S12 non-native report after community event
c.add("safety", subject="after the Eid party - problem", sender=("Halima Yusuf", "halima.yusuf.shop@gmail.com"),
      tags=("third-party-report", "non-native", "harassment"),
      body="""Dear Gillian

Thank you so much for the party helping with the Eid community lunch in Harbour ward, everybody was very happy and the children loved the face painting.

But I must tell you something bad. When we are cleaning at the end, around 6 o'clock, three men stand outside the hall and they shout at me and my sister, they say we are "Labour's pets" and they throw egg at my sister. One man he point at me and say "you are the one with the shop on Quay Street, we come back to see you there, tell your Labour friends". Today morning somebody write on my shop shutter in paint, I dont want to write the words.

I am frightened for my children, they help in the shop after school. I call the police they say they will come. What I should do? Can the party help?

Halima Yusuf""")

# S13 thanks for raffle prizes, then suspicious package
c.add("safety", subject="Raffle prizes + odd parcel", sender=P("Malcolm", "Peet"),
      tags=("suspicious-item", "third-party-report", "embedded", "opens-benign"),
      body="""Gill,

Thanks for dropping the raffle prizes round, I've put them in the cupboard at the office. Nobody will be getting the bottle of Baileys if I get to it first.

Something odd though. When I got to the office on Marine Parade at about 2 there was a box on the step, brown parcel tape all over it, no stamp, no postmark, "G. THORESBY - SECRETARY - PERSONAL" written in capitals on the top. There's a smell of something like petrol off it and there's a wire sticking out of one corner. I've not touched it. I've locked up and I'm standing across the road by the bus shelter.

Do I ring 999 or is that daft? I'm going to ring them anyway. Don't come down here.

Malcolm""")

c.write()
