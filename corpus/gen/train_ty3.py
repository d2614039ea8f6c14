"""train/ty3: "other" mail in its breadth, and the threats that hide beside it, part 3.
Skelbrough CLP (invented): a north-west coastal seat, the old shipbuilding port of Skelbrough
and the fell villages behind it; wards Dockside, Priory, Greengate, Newtown, Ormside,
Fellgate, Haverthwick and Lindal Moor. All content hand-written.

46 `other`: thanks (a war-pension case, a ceilidh, a funeral, an accessible canvass), social
arrangements (a barbecue after the AGM, a golden wedding, a whip-round for a caretaker),
personal news (redundancy, a dementia diagnosis, a seagull, a divorce, emigration),
condolences, congratulations, reminiscence, misdirected mail (a plumber, a novelist, a
recruitment agency, the Tories' 500 Club), human sales pitches, chit-chat, a poem, a photo.
14 `safety`: mail that opens like thanks, a photo or personal news and carries menace, reports
of following and harassment, a list-posted "poem" with menace, a suspicious package."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ty3", seed=6103)
c.clp = ("Skelbrough CLP", "Niall Fairclough", "skelbroughclp.secretary@gmail.com")
P = c.person
SEC = "Niall Fairclough <skelbroughclp.secretary@gmail.com>"
CF = "confuser"

# ============================================================ other

# 1 veteran thanks for war pension help, "shot at"
c.add("other", subject="War pension - sorted at last", sender=("Tony Lickiss", "tonylickiss.rn@gmail.com"),
      tags=(CF, "thanks", "other-as-complaint", "hard-negative", "benign-violent-word"),
      body="""Mr Fairclough,

Just a line to say thank you. After two years of going round in circles with Veterans UK over my hearing (HMS Coventry, 1982, I was below decks when she was hit), Sarah Whitlock's office got me a tribunal date within a month of me coming to her surgery at the Dockers' Club, and on Tuesday the tribunal found in my favour, backdated.

I've been shot at by the Argentinians and I've been shot at by the DWP, and I can honestly tell you the DWP was worse. You lot got me out of it.

I'm not political, never have been, but I'll be putting one of your posters in the window this time.

Tony Lickiss
Ex-PO, Royal Navy""")

# 2 one line tea towel
c.add("other", subject="tea towel", sender=("Kath Mossop", "kathmossop@sky.com"),
      tags=(CF, "chit-chat"),
      body="""Ta for the tea towel from the raffle Niall, Kev says it's too good to dry pots with so it's on the wall. K""")

# 3 BBQ after the AGM, "after the AGM"
c.add("other", subject="BBQ at the allotment after the AGM", sender=("Liam Postlethwaite", "liam.postlethwaite@outlook.com"),
      to=[SEC, "Bernie Ashworth <bernie.ashworth@btinternet.com>", "Tariq Mahmood <tariq.m.skelbrough@gmail.com>",
          "Joanne Birkett <jo.birkett@hotmail.co.uk>", "Ross Dalzell <rossdalzell@icloud.com>"],
      tags=(CF, "social", "other-as-procedural"),
      body="""Alright team

Once the AGM's out of the way on the Saturday (please god let it be quorate this year) I'm doing a BBQ at the allotment on Greengate Lane from about 4. Plot 27, the one with the red shed and the slightly illegal chickens.

Bring something to throw on the grill and something to drink. I've got veggie stuff for Ross and halal chicken from Aziz's for Tariq and whoever. Kids and dogs fine. Bring a chair, I've got about three.

Not a party thing, not on the agenda, no minutes, nobody move anything.

Liam""")

# 4 whip-round for the caretaker
c.add("other", subject="Whip-round for Stan at the Priory centre", sender=("Bernie Ashworth", "bernie.ashworth@btinternet.com"),
      tags=(CF, "social"),
      body="""Niall,

Stan's retiring as caretaker at the Priory community centre at the end of the month after 22 years. Twenty-two years of opening up for our GCs, putting the heating on early because he knew we'd moan, and staying till ten waiting for us to finish arguing about composites.

I'd like the CLP to do something. I'll put £20 in myself. Could you mention it at the end of the GC and pass an envelope round? I'll get a card and a bottle of the Talisker he likes. Not CLP funds, I know we can't.

Bernie""")

# 5 amicable separation, stepping back
c.add("other", subject="Stepping back for a bit", sender=("Joanne Birkett", "jo.birkett@hotmail.co.uk"),
      tags=(CF, "personal-news"),
      body="""Niall,

I'll tell you this before the gossip does. Mark and I have separated. It's all very grown-up and amicable, nobody's done anything awful, we've just been living like flatmates for two years and we've finally admitted it. He's staying in the house with the dog and I've got a little flat in Newtown.

I'm fine, honestly, a bit wobbly. I'd like to keep the women's officer role but I might miss the next couple of EC meetings while I get sorted. I'll send a written report.

Jo""")

# 6 redundancy at the yard, anger at the company
c.add("other", subject="Bad news from the yard", sender=P("Gary", "Troughton"),
      tags=(CF, "personal-news", "other-as-complaint"),
      body="""Niall

Well they've done it. 340 jobs going in the fabrication shed and mine's one of them. 26 years. Letter on Friday afternoon, gone by Christmas. Not even the decency to tell us to our faces, a video call from some HR woman in Bristol.

I'm not having a go at the party, there's nothing you could have done, it's the contract. I just wanted you to know why I won't be at the branch for a bit. I need to get my head round things and the missus is in bits.

If Sarah wants to know what it's like in the shed, I'm happy to talk to her. Somebody should.

Gaz""")

# 7 toddler's operation
c.add("other", subject="Back from Alder Hey", sender=P("Tariq", "Mahmood"),
      tags=(CF, "personal-news", "other-as-urgent"),
      body="""Niall - just to say we're home. Zayn's operation went well, the surgeon was really pleased and he's already bossing the nurses about. Thank you for the card and the dinosaur from the CLP, he's named it Keir.

Sorry I vanished on everyone. When the call came it was "come in today" and we just went. I'll catch up on the vice-chair stuff over the weekend.

Tariq""")

# 8 dementia diagnosis
c.add("other", subject="Something I want you to hear from me", sender=P("Walter", "Huddleston"),
      tags=(CF, "personal-news"),
      body="""Dear Niall,

I've been putting off writing this but Dorothy says I must, and she's usually right.

Last month I was diagnosed with Alzheimer's. Early stage, the consultant says. I'd been forgetting things - nothing dramatic, names, where I'd put the car keys, and once I went out to deliver the Ormside leaflets and found myself at the end of Fell Road with no idea which houses I'd already done. That was what made me go to the doctor.

I'm 74. I've been a member since I was 19 and I've been on the Ormside round since 1988. I know every letterbox, which ones are stiff, which ones have the brush in them that eats the leaflets, which houses have a dog and which have a Lib Dem.

What I'd like, if the party will let me, is to keep going as long as I can, with a bit of help. Dorothy says she'll come with me, and we'll do it together, slower. If there's ever a day I get muddled and miss a street, I'd ask people to be patient and just tell me.

I don't want a fuss. I don't want it announced at the GC. You can tell Bernie.

I've had a good innings in this party and I intend to have a few more overs.

Yours,
Walter Huddleston""")

# 9 seagull, broken wrist
c.add("other", subject="Attacked by a seagull (honestly)", sender=P("Lorna", "Satterthwaite"),
      tags=(CF, "personal-news", "other-as-safety", "hard-negative", "benign-violent-word"),
      body="""Hi Niall

I was assaulted on Saturday. By a herring gull. On the harbour steps. It went for my chips, I went backwards, and the steps won. Broken wrist, in plaster for six weeks, and the gull got the chips anyway.

So I can't do my leaflet round or write the branch minutes (right wrist). I can still do phone banking with my left hand though so put me down for Tuesdays.

Lorna""")

# 10 misdirected: housing repair, non-native
c.add("other", subject="repair damp in bedroom please", sender=P("Tomas", "Petrauskas"),
      tags=(CF, "misdirected", "non-native", "other-as-complaint"),
      body="""Hello housing repairs,

I am tenant on 17 Cavendish Court flat 4, Dockside. In the bedroom of my daughter there is black mould on the wall near window, very big now, and water coming from ceiling when rain. I call the telephone 3 times and they say somebody will come but nobody come. My daughter have asthma.

Please send somebody to repair. I am home every day after 4 o'clock.

Thank you
Tomas Petrauskas""")

# 11 misdirected: Tories' 500 Club
c.add("other", subject="500 Club renewal", sender=("Mrs D. Crayston", "dcrayston@btinternet.com"),
      tags=(CF, "misdirected", "other-as-query"),
      body="""Dear Sir,

Please find enclosed details for renewing my membership of the Association's 500 Club for another year. I have set up the standing order as before (£5 monthly). I was delighted to win the £50 in March and I hope my luck continues!

Best wishes to Mr Fairclough and all at the Association.

Yours faithfully,
Dorothy Crayston""")

# 12 misdirected: attending the neighbouring CLP's GC (also query)
c.add("other", also=["query"], subject="which room tonight?", sender=P("Alan", "Kitchin"),
      tags=(CF, "misdirected", "other-as-query"),
      body="""Hi, first time going to the GC as the new Eskdale branch delegate - is it the main function room at the rugby club or the little bar at the back? And is there parking? Thanks, Alan

(Whitcombe & Eskdale CLP)""")

# 13 similar name: plumber, URGENT boiler
c.add("other", subject="URGENT boiler not working", sender=P("Sharon", "Leece"),
      tags=(CF, "misdirected", "other-as-urgent", "other-as-query"),
      body="""Hi Niall its Sharon on Ravenglass Street, the boiler is doing the thing again where it clicks and then nothing, no hot water no heating. Baby in the house. can you come today or tomorrow first thing. I got your email off the van

Sharon""")

# 14 misdirected: union subs
c.add("other", subject="GMB subs - changed bank", sender=("Wayne Hodgson", "waynehodgson73@gmail.com"),
      tags=(CF, "misdirected", "other-as-query"),
      body="""Dear Branch Secretary

I have changed my bank from Barclays to Nationwide so my union subs will bounce this month. Can you send me the form for the new direct debit. Membership no is on my card at home. I work in the yard, fabrication, nights.

Wayne Hodgson""")

# 15 PA hire pitch
c.add("other", subject="PA for your rallies and hustings", sender=("Dom Keenan", "dom@keenansound.co.uk"),
      tags=(CF, "sales-pitch-human", "other-as-bulk"),
      body="""Hi,

I run Keenan Sound, a small PA and lighting hire company in Skelbrough. I was at the hospital protest on the Town Hall steps last month and - speaking as a sound engineer and not a political person - I couldn't hear a word anybody said past the second row.

For outdoor events I can do a battery-powered speaker pair with two radio mics, set up and operated, for £120 for up to three hours. Indoor hustings with a proper desk and a mic for the floor, £150.

No obligation, just thought I'd offer. I also do weddings if anyone's interested.

Dom Keenan
07919 227 405""")

# 16 pub landlord offering upstairs room
c.add("other", subject="Free room for your branch meetings", sender=("Andy Nixon", "thecrownandanchor.skel@gmail.com"),
      tags=(CF, "sales-pitch-human", "other-as-procedural"),
      body="""Niall,

Andy from the Crown & Anchor. Heard from a couple of your lot that you're struggling for a room for the Dockside branch since the library started charging. You're welcome to the upstairs room here, no charge, any weeknight except Thursday, as long as people buy a drink or two at the bar.

It holds about 30, there's a telly you can plug a laptop into, and it's got a lock on the door if you're doing anything secret like minutes.

Let me know.
Andy""")

# 17 franking / mailing house
c.add("other", subject="Your election addresses - we can fold, stuff and post", sender=("Judith Parkin", "judith@cumbriamailhouse.co.uk"),
      fmt="alt", tags=(CF, "sales-pitch-human", "other-as-bulk"),
      body="""Dear Mr Fairclough,

I'm the operations manager at Cumbria Mail House in Skelbrough. We're a small firm (eight staff) doing mailing and fulfilment for local businesses and charities.

I'm getting in touch as we've helped several candidates in previous elections with their addressed mail: we can take a printed file, fold and insert letters, print addresses, and hand over to Royal Mail for the candidate mailing or at business rates. It takes a huge load off volunteers at the busiest time.

Our rates are competitive and I'm always happy to quote for a specific job. I'd be glad to meet at a time to suit you.

Kind regards,
Judith Parkin
Operations Manager, Cumbria Mail House
01229 480 331""")

# 18 ex-agent's training pitch, long-ish
c.add("other", subject="Candidate and agent training - from someone who's done it", sender=("Phil Gaskarth", "phil@gaskarthcampaigns.co.uk"),
      tags=(CF, "sales-pitch-human", "other-as-query"),
      body="""Dear Niall,

We haven't met, though you might know my name from the North West regional board in the early 2010s. I was a Labour party organiser for fourteen years and an election agent in five parliamentary contests, three of them in Cumbria. Since leaving the party's employment I've run a small consultancy, training candidates, agents and volunteers for councils, charities and local parties.

I'm writing because May's elections will see a lot of first-time candidates in seats like yours, and the commonest problems I see are preventable: late nomination papers because a subscriber's electoral number was wrong; expenses returns that don't add up; candidates who can't answer "what have you actually done?" on the doorstep; volunteers who burn out in March.

I offer:
- a half-day "Getting Nominated and Staying Legal" session for candidates and agents (£250 for a group up to 15)
- a two-hour doorstep confidence session for new volunteers (£120)
- one-to-one agent support by phone during the short campaign (quoted per seat)

I'm very conscious that regional office provides training too, and I don't want to step on anyone's toes - think of this as additional capacity, not a replacement.

If it's of interest I'd be glad to chat. If not, good luck in May and I'll be watching Dockside with interest.

Best wishes,
Phil Gaskarth
Gaskarth Campaigns""")

# 19 videographer
c.add("other", subject="short videos for facebook/tiktok?", sender=P("Kai", "Bewley"),
      tags=(CF, "sales-pitch-human"),
      body="""hey, I'm Kai, I'm a media student at Skelbrough college and I do short social videos for local businesses (the chippy on Duke St, the boxing gym, a couple of barbers). your facebook is a bit... wordy? no offence. 30-second clips of your councillors actually doing stuff get way more views than text. I'd do 4 clips for £80 to build my portfolio. I don't have to agree with you lol. my insta is @kaibewley.films""")

# 20 bakery cupcakes for the AGM
c.add("other", subject="Red rose cupcakes?!", sender=("Fiona at Crumbs", "hello@crumbsbakeryskelbrough.co.uk"),
      fmt="html", tags=(CF, "sales-pitch-human", "html-only", "other-as-procedural"),
      html_body="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Hi there!</p>
<p>I'm Fiona from <b>Crumbs</b> on Cavendish Street. A little bird (well, your treasurer Alison, who buys a lot of our flapjacks) told me your AGM is coming up.</p>
<p>Could I tempt you with a tray of our <span style="color:#c8102e"><b>red rose cupcakes</b></span>? Vanilla sponge, buttercream rose piped in red, &pound;1.80 each or 24 for &pound;38. We can do vegan and gluten free too.</p>
<p>We've done them for the WI, the RNLI and the Conservative ladies' lunch (in blue, obviously &#128522;).</p>
<p>Fiona x</p>
</body></html>""",
      body="")

# 21 condolence from the MP to the secretary
c.add("other", subject="Your dad", sender=("Sarah Whitlock", "sarah.whitlock.mp@parliament.example.uk"),
      tags=(CF, "condolence"),
      body="""Niall,

Bernie's just told me. I'm so sorry. I only met your dad a handful of times but I remember him at the count in 2024 in his flat cap, telling me I'd done "all right, for a lass from Kendal". He was so proud of you and he told everyone who'd listen.

Please don't even look at your inbox for a while. If there's anything at all I can do - a lift, a casserole, or keeping the chair off your back - just say.

With love,
Sarah""")

# 22 condolence for founding member, 101
c.add("other", subject="Mrs Edith Lowther", sender=P("Brian", "Pennington"),
      tags=(CF, "condolence", "reminiscence"),
      body="""Dear Niall,

I have just read in the Evening Mail that Edith Lowther has died at 101. I believe she was the oldest member of the party in Cumbria. Please pass my condolences to her family if you are in touch.

She signed me up in 1966 at a jumble sale at Priory church, I was buying a jacket and came away with a membership card. She was secretary of the women's section for thirty years and she ran it like a battleship. They don't make them like that any more.

Brian Pennington""")

# 23 thanks from shop steward's son, not in the party, alt
c.add("other", subject="Dad's funeral", sender=("Mark Benson", "mark.benson@outlook.com"),
      fmt="alt", tags=(CF, "thanks", "bereavement"),
      body="""Hello,

I'm not a member - I moved to Manchester years ago and to be honest I've voted all sorts - but I wanted to say thank you to the Skelbrough Labour Party for what you did for my dad, Jimmy Benson, on Thursday.

He was a shop steward at the yard for thirty years and I knew he'd been in the party but I don't think I understood what it meant to him until I saw the number of people who came. Fifty-odd, in the rain, old men from the yard with their union badges on, and that lady councillor who read the poem. Afterwards at the Dockers' Club a man I'd never met told me Dad had got him his job back in 1979 after a foreman tried to sack him.

I'd like to donate his union banner pole and his box of old Labour and GMB badges to whoever would look after them.

Thank you,
Mark Benson""")

# 24 ceilidh band thanks
c.add("other", subject="Haverthwick ceilidh - cheers!", sender=("Rob Ellwood", "rob@thefellsidefolk.co.uk"),
      tags=(CF, "thanks", "fundraiser"),
      body="""Hi Niall,

Just to say what a cracking night on Saturday at Haverthwick village hall - we play a lot of ceilidhs and that was one of the liveliest crowds we've had. Your chair doing the Strip the Willow with the vicar will stay with me.

Invoice attached as agreed (£300, mates' rates, we waived the travel). Glad to hear the raffle did well.

Rob
The Fellside Folk""")

# 25 thanks for accessible canvass
c.add("other", subject="Thank you for thinking about my chair", sender=P("Eleanor", "Armistead"),
      tags=(CF, "thanks"),
      body="""Dear Niall,

I just wanted to say thank you for Saturday. When I joined and said I used a wheelchair I half expected to be told to do envelope-stuffing. Instead Liam had worked out a route round Greengate with dropped kerbs and ramps, paired me with Ross who knocked on the doors up steps while I did the flats and the bungalows, and nobody made a thing of it.

Forty-one conversations. I was buzzing for the rest of the day.

Eleanor""")

# 26 thanks from primary school for books
c.add("other", subject="Thank you for the books!", sender=("Mrs K. Tyson", "office@ormsideprimary.cumbria.sch.example"),
      tags=(CF, "thanks"),
      body="""Dear Mr Fairclough and Skelbrough Labour,

Thank you so much for the 60 books donated to our school library after your book collection. The children in Class 3 have written you some thank-you letters which I will post to the address on your website. One of them says "thank you for the dinosaur books, I like dinosaurs more than politics". I think that is fair.

With grateful thanks,
Karen Tyson
School Business Manager, Ormside Primary""")

# 27 reminiscence, long, women's section 1950s
c.add("other", subject="For the history project - from Nancy (dictated)", sender=("Gail Whiteside", "gail.whiteside@gmail.com"),
      tags=(CF, "reminiscence", "long"),
      body="""Dear Niall,

You asked for memories for the CLP's history project. My mum, Nancy Whiteside, is 94 and was a member of the Skelbrough women's section from 1951. Her eyes aren't good enough to write any more so I sat with her on Sunday and typed what she said. I've left it in her words. She says to tell you she's "still a member and still paying, thank you very much".

Gail

---

I joined because of my mother-in-law, Annie. I'd married Tom in 1950, he was a riveter at the yard, and we lived with his mother on Schooner Street because there wasn't a house to be had in the whole of Skelbrough. Annie took me to the women's section in the Co-op hall the first week. I thought it'd be like church. It wasn't like church.

There were about forty of us, and every one of us had a husband or a father or a son at the yard, or we were at the yard ourselves in the canteen or the offices. We met on a Tuesday afternoon because that was the only time the men weren't home wanting their teas. We had a chairwoman called Mrs Bell who'd been a suffragette's daughter and she'd tell you so if you gave her half a chance.

What did we do? Everything. We raised money for the election with beetle drives and jumble sales and a bring-and-buy every month. We ran a clothing club so women could pay a few pence a week for the children's shoes. We went to the council about the houses. That was the big one. There were families living in two rooms in Dockside with the water coming down the walls, and we went to every single council meeting in our hats and sat in the gallery and stared at them. Mrs Bell said the staring was the most important part. In the end they built the Priory estate, and I'm not saying it was all us, but I'm not saying it wasn't.

In 1955 I stood at the polling station at St George's school all day with Annie, and a man came out and spat at her shoes and called her a red. She said "Thank you very much, love, I'll take that as a yes", and carried on handing out. I was so frightened I nearly cried and she laughed all the way home.

We had our own banner. Green and red, with a woman holding a child and the words "For Our Children's Future". We sewed it ourselves in Mrs Bell's front room over a winter. I did the lettering. It went to the Durham Miners' Gala in 1959 on a coach with a broken heater. I don't know where it is now. If anybody ever finds it, tell them Nancy Whiteside did the F.

The men used to laugh at us. The CLP was all men then, the GC was all men, and when a woman stood up to speak they'd rustle their papers. But at election time who do you think knew every family in every street? Who knew whose mother had died and whose lad had gone in the army and who'd vote if you sent a car? We did. The men made the speeches. We won the votes.

I had my Susan in 1956 and our Gail in 1961 and I took them both to meetings in the pram. Gail was sick on the minute book once. Mrs Bell said it was a fair comment on the minutes.

When they closed the women's sections I was sad. I know why they did it, and I know women are on everything now, which is what we wanted. But there was something about a room full of women with their sleeves rolled up deciding what they were going to do about things. I miss that.

I'm ninety-four. I've seen Attlee and Wilson and Callaghan and Blair and all the rest. I cried when we won in 1945 (I was sixteen) and I cried when we won last time. I hope the young ones know that they're standing on a lot of women's shoulders, and most of them never got their names in any book.

Put Annie's name in. Annie Whiteside. And Mrs Bell. Her first name was Ada.

Nancy""")

# 28 poem about the cranes
c.add("other", subject="poem for the newsletter - 'Cranes'", sender=P("Declan", "Rooney"),
      tags=(CF, "poem"),
      body="""Niall, Bernie said you might have space in the spring newsletter. Here it is, do what you like with it.

CRANES

My grandad built the ships you could see from the moon -
that's what he told me, and I believed him.
The cranes stood over Skelbrough like a family
of giraffes who'd come to watch the tide.

Now two are left. They paint them every spring
for the tourists and the photographs.
On a clear day from the top of Fellgate
you can still count the gaps where the others were.

I deliver leaflets under them on Saturdays.
People ask me what we'll do for jobs.
I say I don't know, but I'm knocking anyway,
which is more than the cranes can do.

Declan Rooney, Dockside""")

# 29 sunset photo after the Ormside canvass
c.add("other", subject="view from the top", sender=P("Hannah", "Scales"),
      fmt="alt", tags=(CF, "photo", "chit-chat"),
      body="""Niall - took this from the top of Ormside after we finished the last street. Sun going down over the estuary and the Isle of Man just about visible. Sometimes canvassing isn't all bad!

https://photos.app.goo.gl/fQ2mT9sVwRr7

H""")

# 30 twins
c.add("other", subject="Double trouble!!", sender=("Ross Dalzell", "rossdalzell@icloud.com"),
      tags=(CF, "personal-news", "new-baby"),
      body="""NIALL. After three years of paperwork, panels and home visits, Dev and I have been matched for adoption. Twins. Boy and girl, two years old. They move in with us in March!!!

I know, I know, two toddlers and an LGBT+ officer role and a full-time job. Dev says something's got to give and he's looking pointedly at my phone.

Will still be at the EC this week. Probably won't be for a few months after March. I'm crying writing this.

Ross x""")

# 31 congratulations on passing driving test
c.add("other", subject="44 and finally legal!", sender=("Alison Greenhow", "alison.greenhow@gmail.com"),
      tags=(CF, "congratulations", "chit-chat"),
      body="""Niall!! Liam tells me you passed your driving test at the fourth attempt. CONGRATULATIONS. The people of Ormside can now be canvassed without you waiting for the 6A.

I'll be expecting lifts to GCs. Also I'm told you clipped a kerb on the roundabout by Asda and the examiner let it go. Legend.

Alison""")

# 32 congratulations from regional office on phone-bank award
c.add("other", subject="Well done Skelbrough!", sender=("Maxine Corlett", "maxine.corlett@labour-nw.example.org.uk"),
      tags=(CF, "congratulations", "other-as-bulk"),
      body="""Hi Niall,

Just a personal note to say congratulations - Skelbrough made the most phone bank calls of any CLP in the region in October, and by some distance. The regional director mentioned it at the staff meeting this morning.

Please pass on my thanks to Tariq and the Tuesday night crew in particular. I know it's a slog.

Best,
Maxine
Organiser, North West""")

# 33 allotment shed burgled, CLP tables stolen
c.add("other", subject="The folding tables", sender=("Liam Postlethwaite", "liam.postlethwaite@outlook.com"),
      tags=(CF, "personal-news", "other-as-safety", "hard-negative"),
      body="""Niall, bad news. Somebody broke into the allotment shed on Tuesday night - jemmied the padlock - and took the strimmer, my dad's old tools, and the four CLP folding tables I was storing for the stall. Police have been, crime number's 0412/26. Eight other sheds done the same night so it's not personal, just the usual scrotes.

I'll replace the tables out of my own pocket, they were only £25 each at B&M. Just didn't want you to wonder where they'd gone.

Liam""")

# 34 car rear-ended at conference car park
c.add("other", subject="Home from conference (eventually)", sender=P("Kevin", "Mossop"),
      tags=(CF, "personal-news", "other-as-safety", "hard-negative"),
      body="""Niall - made it home. Slight drama: some lad reversed his Audi into me in the multi-storey by the conference centre on Wednesday night. Crumpled the back end, the boot won't shut, had to come up the M6 with it tied down with a bungee. Nobody hurt, he was very apologetic, his insurance is paying.

Report on the conference for the GC to follow. Short version: the compositing was chaos and the bar was dear.

Kev""")

# 35 emigrating to Spain
c.add("other", subject="Adios from the Gradwells", sender=("Pat Gradwell", "patgradwell@aol.com"),
      tags=(CF, "personal-news", "moving-away"),
      body="""Dear Niall and all,

Just to let you know we've finally done it - Jim's retired from the yard and we've sold up and bought a little place near Alicante. We fly on the 30th.

I've loved my 20 years on the Fellgate branch. Please say goodbye to everyone for me and tell Walter I'll be sending him a postcard of the beach to rub it in.

We'll still vote (postal, overseas) and we'll still be watching. Don't let the Tories back in.

Besos,
Pat and Jim""")

# 36 web form: thanks for litter pick
c.add("other", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Gemma Kirkbride", "gemmak_1990@hotmail.com"),
      tags=(CF, "thanks", "webform"),
      body=c.webform({
          "Name": "Gemma Kirkbride",
          "Email": "gemmak_1990@hotmail.com",
          "Message": """Just wanted to say thanks to whoever organised the litter pick along the Greengate beck on Sunday. My two boys came with me and they haven't stopped talking about the shopping trolley they pulled out. The beck looks lovely now. Not a member or anything, just appreciated it.""",
      }, form="Contact us"))

# 37 web form: thinks it's a labour-hire agency
c.add("other", subject="New submission: Join us", sender=c.form_robot(),
      reply_to=("Dariusz Wojcik", "dariusz.welder@gmail.com"),
      tags=(CF, "webform", "misdirected", "other-as-query", "non-native"),
      body=c.webform({
          "Name": "Dariusz Wojcik",
          "Email": "dariusz.welder@gmail.com",
          "Phone": "07488 312 907",
          "Why do you want to join?": """I am looking for work. I am welder MIG/TIG 15 years experience, coded, I have CSCS card. Can start from Monday. Day or night shift no problem. Please call me if you have work in shipyard or construction. Thank you""",
      }, form="Join us"))

# 38 web form: solar installer pitch
c.add("other", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Carl Dickinson", "carl@fellsolar.co.uk"),
      tags=(CF, "webform", "sales-pitch-human", "other-as-query"),
      body=c.webform({
          "Name": "Carl Dickinson",
          "Email": "carl@fellsolar.co.uk",
          "Message": """Hi, I know this form is probably for members but I'm a local solar installer (Fell Solar, Lindal Moor) and I saw your councillors are pushing the council's green homes scheme. I'd love to give a short talk at a branch meeting about what people can actually get grants for. Not a hard sell, just info. Happy to bring biscuits. Carl""",
      }, form="Contact us"))

# 39 quoted chit-chat about the terrible PA
c.add("other", subject="Re: GC last night", sender=("Tariq Mahmood", "tariq.m.skelbrough@gmail.com"),
      tags=(CF, "chit-chat", "quoted"),
      body=c.quote_reply("""I've heard better sound out of two yoghurt pots and a bit of string. When Bernie said "can everyone hear me at the back" and the back said "WHAT" I nearly lost it.

Might be worth taking up that Keenan bloke's offer, mind.""",
                         """Thanks for chairing the motions bit last night Tariq. Sorry about the mic. I think it's older than I am.

Niall""", style="gmail"))

# 40 lost Tupperware (also query)
c.add("other", also=["query"], subject="tupperware!!", sender=P("Jean", "Fishwick"),
      tags=(CF, "chit-chat", "other-as-query"),
      body="""Did anybody pick up a big Tupperware with a green lid after the bring and share? It had my sausage rolls in and now it has my heart in it, it was my mother's. Jean""")

# 41 teen txt-speak meme
c.add("other", subject="lol", sender=("Jayden", "jaydenb.2008@gmail.com"),
      tags=(CF, "chit-chat", "noisy"),
      body="""niall i swear the chair said "ill be brief" at 7.04 and finished at 7.31 💀💀 im making it a meme for the young labour gc. its affectionate i promise. dont tell bernie. or do idk""")

# 42 Polish member: thanks, invitation to Independence Day
c.add("other", subject="Zaproszenie / invitation", sender=P("Agnieszka", "Wrobel"),
      tags=(CF, "social", "non-native", "thanks"),
      body="""Dear Niall,

First I want to say thank you again for the help with my council tax problem, Cllr Begum was fantastic, everything is ok now.

Second - every year on 11 November the Polish Club in Greengate make celebration for Polish Independence Day. There is food (pierogi, bigos, many cakes), music, and small exhibition about Polish people in Skelbrough since the war, because many Polish soldiers and sailors come here after 1945 and work in the yard. We will be very happy if people from Labour party come, and the MP also if she is free. Start 6pm. No need ticket.

Pozdrawiam serdecznie,
Agnieszka Wróbel""")

# 43 Filipino nurse ILR news
c.add("other", subject="finally!!", sender=P("Maricel", "Dela Cruz"),
      tags=(CF, "personal-news", "non-native"),
      body="""Hi Niall good evening,

I just want to share, I got my ILR approved today!! After 6 years working in Skelbrough General as nurse, and so much worry about the fees. Thank you to you and Ms Sarah office for helping me when the Home Office lost my documents last year, I don't think it would be approved without that.

Now I can relax a little and maybe join the canvassing like you always ask hehe. God bless you all.

Maricel""")

# 44 html-only golden wedding save the date
c.add("other", subject="Save the date - Maureen & Jack's Golden Wedding", sender=P("Sandra", "Mossop"),
      fmt="html", tags=(CF, "social", "html-only", "other-as-bulk"),
      html_body="""<html><body style="text-align:center;font-family:'Times New Roman',serif;background:#fffaf0">
<h1 style="color:#b8860b">Save the Date</h1>
<p style="font-size:18px">Maureen &amp; Jack Postlethwaite<br><i>50 years</i></p>
<p>Saturday 18 April, from 7pm<br>The Dockers' Club, Marine Terrace</p>
<p>Mum and Dad have been Labour members for all fifty of those years and met at a Labour party dance at the Co-op hall in 1975, so it wouldn't be right without the party there. Please pass to anyone from the branches who knows them.</p>
<p>No presents please - a donation to the Skelbrough hospice if you'd like.</p>
<p>Sandra (their daughter) xx</p>
</body></html>""",
      body="")

# 45 reply to secretary's "are you ok" - low mood
c.add("other", subject="Re: haven't seen you for a while", sender=P("Adrian", "Pickthall"),
      tags=(CF, "personal-news", "quoted"),
      body=c.quote_reply("""Hi Niall,

Thanks for asking, genuinely. Not many people did.

Honest answer: I've been pretty low since the summer. Not sleeping, not going out much, letting things slide, the usual. I've been to the GP and I'm on a waiting list for talking therapy and the tablets are starting to take the edge off. My sister's been round a lot.

I'll come back to the branch when I feel up to it. Maybe the Christmas social, if I can face a crowd. Don't take me off the WhatsApp, I like seeing what everyone's up to even if I don't say anything.

Adrian""",
                         """Hi Adrian,

Just checking in - we haven't seen you at the branch since June and a few people were asking after you. No pressure at all, just hope you're ok.

Niall""", style="gmail"))

# 46 misdirected: fan letter for a novelist with the MP's name
c.add("other", subject="Your wonderful book", sender=("Margaret Ansell", "margaret.ansell@talktalk.net"),
      tags=(CF, "misdirected"),
      body="""Dear Ms Whitlock,

I have just finished "The Lighthouse Keeper's Daughters" and I had to write. The chapter where Ellen rows out in the storm had me in tears. My book group in Harrogate chose it for December and we all agreed it is the best thing we've read this year.

Is there to be a sequel? I do hope so.

With admiration,
Margaret Ansell

(I found this address by searching your name - I do hope it reaches you.)""")

# ============================================================ safety

# S1 thanks for the ceilidh, menace about the chair living alone
c.add("safety", subject="Great ceilidh", sender=("Haverthwick local", "haverthwicklocal@gmail.com"),
      tags=("veiled", "implicit", "embedded", "opens-benign"),
      body="""Great ceilidh at the village hall Saturday. Your chairwoman can certainly dance.

On her own up at Fell Cottage now since her husband passed, isn't she. Long dark lane up there, no streetlights, nearest neighbour half a mile off. Phone signal's rubbish too. I'd worry, if I was her, living out there alone with the way people feel about the quarry expansion she's been backing.

Might be worth her thinking about whose side she's on before the planning meeting. Just neighbourly concern.""")

# S2 personal-news style: moving back, watching the councillor
c.add("safety", subject="Coming home", sender=("an old friend", "comingbacktoskel@outlook.com"),
      tags=("stalking", "veiled", "implicit", "opens-benign"),
      body="""Hello Niall,

Some personal news. After four years away I'm moving back to Skelbrough next month. Got myself a lovely flat on Priory Road. Top floor, front. Great views.

Straight across the road from Margaret Nicholson's house, as it happens. I'll be able to see her come and go every day. Put the bins out, get her paper, go to her little council meetings. Every single day.

She won't remember me. She signed the papers that put me and my kids out of the house on Beck Street in 2021. I remember her. I'll have plenty of time to remind her.

Don't bother telling her who I am. She'll work it out.""")

# S3 report: followed after the women's forum social
c.add("safety", subject="After the women's social", sender=("Joanne Birkett", "jo.birkett@hotmail.co.uk"),
      tags=("third-party-report", "following", "stalking", "opens-benign"),
      body="""Niall,

Thanks for covering the room booking for the women's forum social at the Ferry - it was a really good night, 22 of us.

I need to tell you something and I'd like it written down. When I left at about 10.15, a man who'd been at the bar watching our table got up at the same time. He walked behind me to the bus stop on Strand Street, got on the same 1A, sat two rows behind me, and got off at my stop in Newtown. When I turned round at the corner of my new street he was standing under the lamppost looking straight at me. He didn't say anything. He just waved.

I went into the Spar and waited till he'd gone and the lad behind the counter walked me to my door.

I've only lived there six weeks. Hardly anyone knows the address. I recognised him: he was one of the men shouting at the stall about the "women's officer" leaflet in September.

I've called 101 and have a reference. Please can the CLP stop putting the women's forum venues on the public Facebook page.

Jo""")

# S4 routine reply with P.S. about where Eddie drinks
c.add("safety", subject="Re: Christmas social - numbers", sender=("Alison Greenhow", "alison.greenhow@gmail.com"),
      tags=("third-party-report", "pile-on", "doxxing", "postscript", "quoted"),
      body=c.quote_reply("""Put me and Dave down, and Dave wants the veggie option, he's "trying". Deposit transferred.

A

PS Niall - not party business exactly but I think you should see it. On the Skelbrough Voice Facebook group someone called "Dockside Dave" has been posting about Eddie Tyson since the parking vote. The latest one says he drinks in the Crown & Anchor every Friday from 6, "sits by the pool table, can't miss him, fat lad in a Barbour", and "maybe we should all go down Friday and have a word, see how brave he is without his council mates". Over 60 likes and a load of comments saying "I'm in". Screenshots here: https://imgur.com/a/Kq3vX9p. Eddie laughs it off but I don't like it one bit.""",
                         """Hi all - numbers for the Christmas social at the Dockers' Club please by the 5th, £15 deposit to Alison.

Niall""", style="gmail"))

# S5 note on car after mosque open day
c.add("safety", subject="After the mosque open day", sender=("Cllr Farida Begum", "cllr.farida.begum@outlook.com"),
      tags=("third-party-report", "explicit", "harassment", "opens-benign"),
      body="""Niall,

Firstly thank you to everyone from the CLP who came to the open day at the Greengate mosque - the community were really touched, especially by Walter and Dorothy staying for the whole thing.

But Tariq asked me to write to you because he's too angry to. When he got back to his car, parked on Albert Street, there was a printed note under the wiper: "MAHMOOD. GO BACK WHERE YOU CAME FROM OR WE'LL SEND YOU THERE. WE'VE SEEN YOUR KIDS AT ORMSIDE PRIMARY." Both wing mirrors were smashed.

He's been born and bred in Skelbrough. His kids are 4 and 7.

He's reported it to the police, reference 0911/26. He's asked me to ask whether the party can cover a doorbell camera and whether the regional office should be told.

Farida""")

# S6 harassment campaign against LGBT+ officer
c.add("safety", also=["query"], subject="Ongoing - not sure what to do", sender=("Ross Dalzell", "rossdalzell@icloud.com"),
      tags=("third-party-report", "harassment", "stalking"),
      body="""Niall,

Sorry to add to your pile. I need some advice on what's been going on since the Pride stall in July.

- I've had about 200 emails from different addresses, all the same few sentences, calling me a groomer and saying they'll "make sure the adoption agency knows what you are"
- someone has rung my mum's landline three times. I don't know how they got it
- a bunch of flowers was delivered to work with a card saying "for the happy couple, enjoy it while it lasts"
- last Saturday someone photographed our house from a car and posted it online with "this is where they want to bring kids"

Dev wants to go to the police again. The first time they said it "didn't meet the threshold". With the twins coming in March I'm genuinely scared for them.

Can the party do anything? Is there someone at regional who deals with this?

Ross""")

# S7 social media notification: thanks then schools
c.add("safety", subject="@SkelFirst mentioned you in a post", sender=("X", "notify@x.com"),
      headers=c.newsletter_headers("X"),
      tags=("social", "veiled", "doxxing", "opens-benign"),
      body="""@SkelFirst mentioned you

@SkelFirst · 2h
Thanks @SkelbroughLabour for the "family fun day" on the prom, very fun 👍 Lots of good photos. Interesting that @SarahWhitlockMP brought her two along. Big school uniforms, St Bega's isn't it. Good to know where to find them 📸 #SkelbroughDeservesBetter

12 Reposts · 41 Likes

View post

You're receiving this email because you're subscribed to notifications from X about mentions.
X Corp. 1355 Market Street, Suite 900, San Francisco, CA 94103""")

# S8 web form condolences, wished harm
c.add("safety", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Dockside Taxpayer", "docksidetaxpayer@gmail.com"),
      tags=("webform", "wish-harm", "opens-benign"),
      body=c.webform({
          "Name": "Dockside Taxpayer",
          "Email": "docksidetaxpayer@gmail.com",
          "Message": """Condolences to your secretary on losing his dad. Genuinely. Shame it wasn't him instead, mind. Him and that MP. I'm not saying I'd do anything, I'm just saying if they both went under a bus tomorrow this town would have a party. Pass that on with the flowers.""",
      }, form="Contact us"))

# S9 forwarded by councillor: thanks, then conditional menace
c.add("safety", subject="Fwd: Thank you councillor", sender=("Cllr Farida Begum", "cllr.farida.begum@outlook.com"),
      tags=("forwarded", "conditional", "third-party-report", "opens-benign"),
      body=c.forward("""Niall - this came to my council email yesterday. The man's name is on the planning application for the extension on Fellside Avenue. I've sent it to the council's monitoring officer too. Farida""",
                     """Dear Councillor Begum,

Thank you for getting my bins sorted in the spring, I appreciated that.

Now I need another favour. My extension application goes to committee on the 14th. I expect you to speak for it and vote for it. If it's refused, I'll know who to blame. I know your husband runs the taxi rank by the station and works the late shift on his own. I know his car. Things happen to taxis late at night.

Regards,
G. Harker""",
                     "G Harker <gharker.fellside@gmail.com>", "Thank you councillor", style="gmail"))

# S10 all caps, waiting in the car park
c.add("safety", subject="THANKS FOR NOTHING", sender=("DOCKSIDE RESIDENT", "docksideresident1966@yahoo.co.uk"),
      tags=("noisy", "veiled", "explicit"),
      body="""THANKS FOR NOTHING ON THE PARKING. YOUR COUNCILLOR TYSON SAID HE WOULD SORT IT AND HE SOLD US OUT.

WE KNOW THE GC IS AT THE PRIORY CENTRE ON THE 2ND. WE'LL BE WAITING IN THE CAR PARK AFTERWARDS FOR HIM AND FOR THAT CHAIRWOMAN. THERE'S ONLY THE ONE WAY OUT OF THAT CAR PARK AND IT'S DARK BY SIX. TELL THEM TO BRING A COAT IT'LL BE A LONG NIGHT.""")

# S11 quoted: threat is in the quoted list reply
c.add("safety", subject="Re: [Fellgate branch] Thanks for volunteering!", sender=("Hannah Scales", "hannahscales@gmail.com"),
      tags=("quoted", "wish-harm", "third-party-report", "list"),
      body=c.quote_reply("""Niall - is this normal?? This is the reply that went to the whole Fellgate branch list after you sent round the thank-you. I'm new and it's quite frightening. I don't know who Darren is but he obviously knows where you live.""",
                         """> Thanks to everyone who volunteered this month!

Thanks for nothing more like. You lot have had my complaint about the housing officer for six months.

You'll be sorry one of these nights when somebody puts a brick through that front window of yours on Lindal Road, Fairclough. Not saying it'll be me. But I won't be crying, and I won't be the only one who knows which house it is.

Darren""", quoted_from="Darren Hebson <dhebson@hotmail.co.uk>", style="bottom"))

# S12 photo "share" that is stalking
c.add("safety", subject="another one for your album", sender=("admirer", "fellgatephotos@proton.me"),
      fmt="alt", tags=("stalking", "veiled", "implicit", "harassment", "opens-benign"),
      body="""Bernie,

Thought you'd like this one. Lovely light this morning. You in the kitchen window at Fell Cottage at 6.50, kettle on, dressing gown (the blue one). That's the seventh this month. I'll send the eighth next week.

https://photos.app.goo.gl/Bv7nQsWm2aLe4

You should really get some curtains. Or stop voting for that quarry.""")

# S13 suspicious package at MP's constituency office
c.add("safety", subject="Package at the office - police here", sender=("Daniel Rigg", "daniel.rigg@parliament.example.uk"),
      tags=("suspicious-item", "third-party-report"),
      body="""Niall,

Heads up so you don't hear it from the Evening Mail first. A padded envelope was hand-delivered to the constituency office on Cavendish Street this morning, addressed to Sarah "BY HAND - PERSONAL". It was leaking an oily liquid with a strong chemical smell, and there was a typed note taped to the outside: "A THANK YOU GIFT FOR EVERYTHING YOU'VE DONE FOR SKELBROUGH."

We evacuated, the police have closed the street and there's a cordon. Nobody's hurt. Sarah wasn't in.

Please tell the officers not to come to the office today and to be careful with anything hand-delivered to them at home. I'll update when I know more.

Dan
Senior Caseworker, Office of Sarah Whitlock MP""")

# S14 list post "poem" with menace
c.add("safety", subject="[Skelbrough Members] A poem for Dockside Eddie", sender=("Stephen Craig", "stevecraig.dockside@gmail.com"),
      headers=c.list_headers("Skelbrough Members", domain="lists.skelbroughlabour.org.uk", precedence=False),
      tags=("list", "veiled", "implicit", "doxxing"),
      body="""Since we're all sharing poems for the newsletter now, here's mine.

Dockside Eddie votes for the cuts,
Smiles for the paper and hides in his hut.
Number 6, Marine Terrace, the blue Astra outside,
Lights off by eleven, no place to hide.

He took our parking, he'll take our flats,
He'll find out one night what happens to rats.

Feel free to print it. Eddie knows I mean every word.

Steve""")

c.write()
