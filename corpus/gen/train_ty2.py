"""train/ty2: "other" mail in its breadth, and the threats that hide beside it, part 2.
Kettlewick CLP (invented): an East Midlands market-town seat, the old boot-and-shoe town of
Kettlewick plus the villages of Thornby and Great Orsley; wards Abbey Fields, Tanners,
Castle Hill, Brookside, Mill Lane and Upper Kettlewick. All content hand-written.

47 `other`: thanks (a sixth-form Q&A, a curry fundraiser, a funeral), social arrangements (a
Christmas do, a wedding, a leaving collection, a book club), personal news (cancer, a flood,
a stolen phone, a deer on the road, a dog's death), condolences, congratulations,
reminiscence, misdirected mail, human sales pitches, jokes; many use words that look like
another category. 13 `safety`: mail that opens like thanks or social news and carries menace,
reports of following and harassment, a suspicious card."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ty2", seed=6102)
c.clp = ("Kettlewick CLP", "Ravinder Sandhu", "secretary@kettlewicklabour.org.uk")
P = c.person
SEC = "Ravinder Sandhu <secretary@kettlewicklabour.org.uk>"
CF = "confuser"

# ============================================================ other

# 1 teacher thanks for sixth-form Q&A, "grilled", "fired questions"
c.add("other", subject="Thank you - Year 12 Q&A with Owen Fairbrother", sender=("Ms H. Ogundipe", "h.ogundipe@kettlewickacademy.org.uk"),
      tags=(CF, "thanks", "other-as-safety", "hard-negative", "benign-violent-word"),
      body="""Dear Mr Sandhu,

I wanted to thank you for arranging for Owen Fairbrother to come in to speak to our Year 12 Politics group last Thursday. The students are still talking about it.

As you saw, they grilled him mercilessly - one of them fired questions at him about tuition fees for a good ten minutes and another asked him, with great seriousness, whether he'd ever been "destroyed" on Question Time. He took it all in remarkably good humour. Several students who had never shown much interest in anything beyond the syllabus stayed behind at lunch to carry on the argument.

For the record, and so that nobody accuses us of bias, we have also invited the Conservative and Reform candidates and the Green councillor, and will do the same for each.

Thank you again for giving up your afternoon.

With best wishes,
Helen Ogundipe
Head of Social Sciences, Kettlewick Academy""")

# 2 one line birthday
c.add("other", subject="🎂", sender=("Jo Pell", "jopell62@hotmail.co.uk"),
      tags=(CF, "chit-chat"),
      body="""Happy birthday Rav!! Hope they let you have a day off from the minutes xx Jo""")

# 3 Christmas do, deadline Friday
c.add("other", subject="Christmas do - MENU CHOICES BY FRIDAY PLEASE", sender=P("Denise", "Oakley"),
      to=[SEC],
      tags=(CF, "social", "other-as-urgent"),
      body="""Rav,

Can you stick this in the members' email when you do the GC reminder? Ta.

---
KETTLEWICK LABOUR CHRISTMAS DO
Saturday 13 December, 7pm, upstairs at the Wheatsheaf
£22 a head, 3 courses

Starters: leek and potato soup / prawn cocktail / garlic mushrooms (v)
Mains: turkey with all the trimmings / beef in ale pie / butternut and chestnut wellington (v, vg)
Pudding: Christmas pud / chocolate torte / cheeseboard

Choices and money to Denise by FRIDAY 28th - the Wheatsheaf need numbers and Bev won't budge, I asked. There's a raffle, bring a prize if you can.
Partners, pals and people who voted Green last time all welcome.
---

Denise""")

# 4 leaving collection for the organiser
c.add("other", subject="Collection for Sophie", sender=P("Femi", "Adebayo"),
      to=[SEC, "Denise Oakley <denise.oakley@btinternet.com>", "Graham Pell <grahampell.treasurer@gmail.com>"],
      tags=(CF, "social"),
      body="""Hi both/all,

As you'll have heard Sophie is leaving the regional office at the end of the month to go and work for the union in Leeds. She's been our organiser for three years, she got us through the by-election in Tanners and the general, and she never once complained about the 11pm WhatsApps from Graham.

I thought we might do a card and a present from the CLP officers. I've got a big card from the Oxfam shop. I'll bring it on Tuesday. Fiver each into the envelope? I was thinking a decent bottle of something and a framed copy of the Tanners result sheet with everybody's signatures.

Femi""")

# 5 treasurer's cancer news
c.add("other", subject="Personal - some news", sender=("Graham Pell", "grahampell.treasurer@gmail.com"),
      tags=(CF, "personal-news", "other-as-procedural"),
      body="""Rav,

I wanted to tell you before the EC rather than at it, because I'm not sure I'd get through it in a room.

I've been diagnosed with bowel cancer. They caught it on the screening kit, which I nearly didn't bother sending back - let that be a lesson to everybody over sixty reading the minutes one day. It's stage 2, they think, and the consultant at Leicester was very calm and very positive, which I've decided to believe. Operation in three weeks and then probably a course of chemo after Christmas.

I want to carry on as treasurer. Honestly, the books are the one thing in my life at the moment that add up. Jo says I'm mad. I can do the bank reconciliation from a hospital bed if I have to and I've set it up so Hilary has view access as second signatory in case I'm out of it for a bit.

What I probably can't do is come to meetings in person for a while, particularly during the chemo when I'll be avoiding crowds. So I'll be sending apologies fairly often and doing my reports in writing. If the EC would rather I stepped aside I will completely understand and won't be offended. I'd just rather it was a decision and not a kindness.

I'd be grateful if you told the officers but not the wider membership yet. I'll tell people myself when I'm ready.

Thanks mate.

Graham""")

# 6 house flooded, "disaster"
c.add("other", subject="Flooded out", sender=P("Carol", "Burditt"),
      tags=(CF, "personal-news", "other-as-urgent"),
      body="""Hi Ravinder

Just to let you know we've been flooded. The brook came up over the weekend and we had two foot of water through the whole ground floor of the house on Mill Lane. Absolute disaster. Carpets, sofa, freezer, the lot. The insurance man is coming Thursday.

We're at my sister's in Great Orsley for the foreseeable so if you're posting me anything send it there (14 Church View). And I won't be doing my leaflet round for a while obviously, the leaflets were in the front room so they're papier mache now. Sorry!!

If anyone from the council asks, the flood defences on Mill Lane are a joke and they can quote me on that.

Carol""")

# 7 phone pickpocketed
c.add("other", subject="Phone nicked - ignore anything weird from my number", sender=P("Dylan", "Moorcroft"),
      tags=(CF, "personal-news", "other-as-safety", "hard-negative"),
      body="""Hi all (sent to the officers),

Had my phone nicked out of my coat pocket at the Thursday market. Didn't feel a thing. Police say it's a gang that works the market towns, there were three others the same morning.

It's locked with a code and I've had EE block it, so it should be a brick now, but if you get any odd messages "from me" asking for money or an Amazon voucher or whatever, it's not me. I'll be on my old Nokia for a week so no WhatsApp, text or ring me on the usual number once the new SIM comes.

Dylan""")

# 8 misdirected: planning objection, formal
c.add("other", subject="Objection to planning application 25/01187/FUL - Land off Orsley Road", sender=("Prof. Martin Hurrell", "m.hurrell@btinternet.com"),
      tags=(CF, "misdirected", "other-as-complaint"),
      body="""Dear Sir or Madam,

Planning Application 25/01187/FUL: Erection of 140 dwellings with associated access, Land off Orsley Road, Thornby.

I write to object to the above application on the following grounds:

1. Highways. The proposed single access onto Orsley Road is on the inside of a bend with a 60mph limit. The applicant's transport statement relies on traffic counts taken in August, during the school holidays.

2. Drainage. The site is the catchment for the Thornby Brook, which flooded properties on Mill Lane downstream in both 2020 and this year. The flood risk assessment does not address downstream effects.

3. Infrastructure. Thornby Primary is at capacity and the village surgery closed its list to new patients in March.

I should be grateful if these comments could be placed on the public file and taken into account by the Planning Committee.

Yours faithfully,
Martin Hurrell
The Old Forge, Thornby""")

# 9 misdirected: meant for the Greens
c.add("other", subject="paper candidate", sender=P("Rowan", "Tilley"),
      tags=(CF, "misdirected", "other-as-query"),
      body="""Hi Kettlewick Greens!

Happy to be a paper candidate for you in Upper Kettlewick in May if you still need someone. I won't have much time to campaign (two kids and a job at the hospital) but I'm happy for my name to go on the ballot. Let me know what forms I need.

Rowan Tilley
(we met at the Repair Cafe, I had the toaster)""")

# 10 misdirected: the old Labour club, snooker
c.add("other", subject="snooker league", sender=("Terry Cheney", "tcheney1957@outlook.com"),
      tags=(CF, "misdirected", "other-as-query"),
      body="""is the labour club doing the snooker league again this winter. we had a team in last year the Cue Balls. Wednesdays. who do I pay the entry fee to, is it still Brian.

Terry""")

# 11 similar name: Ravi Sandhu the accountant
c.add("other", subject="self assessment deadline", sender=P("Linda", "Marriott"),
      tags=(CF, "misdirected", "other-as-query", "other-as-urgent"),
      body="""Hi Ravi,

Sorry to bother you again - I know it's your busy season. Did you get the envelope with my receipts for the cleaning business? I put it through the door of your office on Sheep Street on Friday. I'm panicking a bit about the January deadline after last year's fine.

Linda Marriott
(Sparkle & Shine)""")

# 12 misdirected: meant for the MP, passport
c.add("other", subject="Passport - please help Mr Fairbrother", sender=P("Kwabena", "Asante"),
      tags=(CF, "misdirected", "other-as-query"),
      body="""Dear Mr Fairbrother MP,

My passport renewal has been with the Passport Office for 14 weeks. I have a ticket to Accra on the 19th for my mother's 80th birthday. I have phoned them 9 times. Please can your office help me.

Application reference: PEX-0447-2931

Kwabena Asante, Brookside""")

# 13 banner maker pitch
c.add("other", subject="Banners, flags, gazebos - from a Kettlewick firm", sender=("Wayne Lattimore", "wayne@lattimoresigns.co.uk"),
      tags=(CF, "sales-pitch-human", "other-as-bulk"),
      body="""Afternoon,

Wayne from Lattimore Signs on the Brookside industrial estate. I saw your stall in the Market Place on Saturday and noticed your banner's seen better days - no offence, the "L" has come unstitched and it currently says "ABOUR".

We do:
- PVC banners with eyelets from £45 (2m x 0.8m)
- pop-up gazebos printed in your colours from £380
- correx boards for gardens and fences (cheap in bulk, we did hundreds for the 2024 election, for a couple of different parties)

All made here, I'm on site, come and have a look. Mates' rates for local voluntary groups.

Wayne Lattimore
Lattimore Signs & Print, Unit 4, Brookside Way
07808 551 206""")

# 14 minibus hire
c.add("other", subject="Minibus for your village canvassing?", sender=("Kettlewick Community Transport", "bookings@kettlewickct.org.uk"),
      tags=(CF, "sales-pitch-human"),
      body="""Dear Kettlewick Labour Party,

I'm the coordinator at Kettlewick Community Transport. We're a registered charity and we hire out our 16-seat minibuses (with or without a volunteer driver) to local groups, which helps fund our dial-a-ride service for elderly residents.

It occurs to me that getting volunteers out to Thornby and Great Orsley must be a challenge for you. A minibus for a Saturday is £65 self-drive (D1 licence or MiDAS needed) or £95 with one of our drivers. We've done runs for the Rotary, the Scouts and both the Conservative and Liberal Democrat associations.

If it's useful, you're welcome to call in and see us at the Corn Exchange.

Best regards,
Beryl Tanswell
Coordinator""")

# 15 freelance social media manager, long-ish, alt
c.add("other", subject="Your Facebook page (a friendly observation)", sender=("Chloe Ravenhall", "chloe@ravenhallsocial.co.uk"),
      fmt="alt", tags=(CF, "sales-pitch-human", "other-as-complaint"),
      body="""Hi Ravinder,

Hope you don't mind a cold email. I'm a freelance social media manager in Kettlewick - I mostly work with independent shops and a couple of charities - and I'm also, for full disclosure, a Labour voter who isn't a member.

I had a look at your Facebook page. Some honest observations (please don't take this as a complaint - I know it's all volunteers):

- the last post was 5 weeks ago
- a lot of posts are screenshots of national party graphics with no local angle
- the photos that get by far the most engagement are the local ones (the litter pick got 4x the reach of anything else this year)
- there are questions from residents in the comments that haven't been answered

I'd be happy to put together a simple posting plan for the next six months, and do a one-hour training session for whoever runs the page. My usual day rate is £300 but for a voluntary political group I'd do the plan and training for £150.

No pressure whatsoever. And if you'd rather not, the tips above are free!

Chloe
Ravenhall Social""")

# 16 caterer for AGM
c.add("other", subject="AGM buffet? Spice Route Catering", sender=("Balbir Chahal", "spiceroutecatering@gmail.com"),
      tags=(CF, "sales-pitch-human", "other-as-procedural"),
      body="""Sat Sri Akal Ravinder ji,

My nephew tells me your party has its AGM in February at the Baptist hall. If you are doing refreshments, we can do a buffet for 50 people - samosas, pakoras, chana, rice, salad, and mithai - for £5 per head, delivered and set out, with vegetarian and vegan labelled. Also cups of chai if the hall allows the urn.

We did the Gurdwara anniversary and the Rotary Christmas dinner last year so we are used to big numbers.

Please call me on 07961 330 482 if interested.

Balbir Chahal
Spice Route Catering""")

# 17 web developer: SSL expired, "urgent", looks like a warning
c.add("other", subject="Your website is showing a security warning", sender=("Tom Gadsby", "tom@gadsbyweb.dev"),
      tags=(CF, "sales-pitch-human", "other-as-urgent", "other-as-safety", "hard-negative"),
      body="""Hi,

Not a scam, promise - I'm a web developer in Kettlewick (Castle Hill, actually) and I went on your site this morning to look up the date of the Brookside branch meeting. Chrome gave me a big red "Your connection is not private" warning. Your SSL certificate expired on the 2nd.

It's a 10-minute fix for whoever manages your hosting - usually it's just renewing the Let's Encrypt cert or ticking auto-renew. I'd fix it before more people see it, since most visitors will assume you've been hacked.

If there's nobody to do it, I'm happy to sort it and look after the site going forward for a small monthly fee (£15/month, hosting, updates, certificates, backups). But honestly, even if you don't want that, do get it fixed.

Tom Gadsby
gadsbyweb.dev""")

# 18 condolence for late councillor, via secretary
c.add("other", subject="Cllr Pat Nolan", sender=P("Bridget", "Feeney"),
      tags=(CF, "condolence"),
      body="""Dear Mr Sandhu,

I was so sorry to read in the Kettlewick Mercury that Councillor Nolan has passed away. I wonder if you would be able to pass this note to his family, as I don't have an address for them.

"Dear Kathleen and family. Pat helped my mother when she was fighting to stay in her flat on the Abbey Fields estate in 2009. He came to every meeting with the housing association and he never once made us feel like a nuisance. She stayed in that flat until she died. We never forgot it. With deepest sympathy, Bridget Feeney (née Doyle)"

Thank you.

Bridget Feeney""")

# 19 formal condolence from neighbouring CLP
c.add("other", subject="Condolences from Ashby & Wold CLP", sender=("Secretary, Ashby & Wold CLP", "secretary@ashbywoldlabour.org.uk"),
      tags=(CF, "condolence", "other-as-procedural"),
      body="""Dear Ravinder,

At its meeting on Monday evening, the General Committee of Ashby & Wold CLP stood for a minute's silence in memory of Councillor Patrick Nolan, and asked me to convey to Kettlewick CLP, and through you to his family, our sincere condolences.

Many of our members knew Pat from the county Labour group and from his years on the regional board, where he was a tireless advocate for the smaller towns. He will be greatly missed well beyond Kettlewick.

In comradeship,

Margaret Oyelaran
Secretary, Ashby & Wold CLP""")

# 20 thanks after funeral, short, from husband
c.add("other", subject="thank you", sender=("Stuart Haddon", "stuart.haddon@gmail.com"),
      tags=(CF, "thanks", "bereavement"),
      body="""Ravinder,

Thank you and everyone from the branch for coming on Friday. Ann would have laughed at the Red Flag at a crematorium but she'd have been quietly pleased. The collection for Macmillan came to £846.

Stuart""")

# 21 reminiscence, long, boot factory strike
c.add("other", subject="The Tanner's Arms, 1978", sender=("Reg Bletsoe", "reg.bletsoe@talktalk.net"),
      tags=(CF, "reminiscence", "long"),
      body="""Ravinder,

You asked at the last branch meeting if any of the old ones had stories for the centenary booklet. I said I'd think about it. I've thought about it and it's run away with me, so here it is, and you can cut it down to whatever you need. My daughter has typed it from my handwriting, so any spelling mistakes are hers.

In the summer of 1978 I was twenty-six and a clicker at Hollis & Sons, the boot factory on Tanners Lane where the flats are now. A clicker, for the young ones, is the man who cuts the leather for the uppers with a knife and a pattern, and you were paid on the piece, so you learned to be quick and you learned not to waste a hide. It was a skilled job and we were proud of it.

That June the firm brought in a new piece-rate that, when we'd sat down and done the sums on the back of a fag packet, knocked about a fifth off what a good clicker could take home. The union man, Frank Elson, who was also the secretary of the Labour party branch, called a meeting in the back room of the Tanner's Arms. There were ninety of us crammed into a room meant for forty. I remember it was so hot the wallpaper was peeling and old Frank stood on a chair because he was only five foot four.

We came out for seven weeks. It doesn't sound long now. It felt like forever. My wife Maureen was expecting our first and we had nothing coming in but strike pay, which was a joke. What kept us going was the town. The Co-op gave credit. The Labour party - and this is why I'm telling you all this - ran a kitchen out of the Labour club on Sheep Street, every day, dinners for the strikers and their kids. The women of the branch did it. Nobody asked them to. Betty Garner, Joan Ashpole, Mrs Dhillon who I think was Ajit's grandmother, who made a curry on the Thursdays that half the men had never tasted anything like and came back for seconds. There was a tin on the bar for donations and people I'd never met put pound notes in it.

Our MP then, who I won't name because he's long gone and he was a decent man, came and stood on the picket line at six in the morning in the rain in a suit, and a photographer from the Mercury took his picture, and the next day the management agreed to talks. I've never known if those two things were connected. Frank always said they were.

We went back on a rate that was better than the old one. Not much better. But better. And a good number of us joined the party that summer who'd never have dreamed of it before. I was one. I've been a member ever since, forty-seven years, through all of it, the good leaders and the ones I won't talk about.

Hollis closed in 1991. The building stood empty for twenty years and then it was flats. I walk past it most days on the way to the paper shop and I still look up at the windows of the clicking room on the second floor.

What I want the young members to understand, if you put any of this in your booklet, is that the party in this town was not a leaflet. It was a kitchen. It was women with big pans feeding other people's children. When people ask me why I still bother at my age, that's the answer.

Anyway that's my story. Do what you like with it. If you want the photograph of the kitchen, our Susan has it in a frame, she'll lend it if you're careful.

Regards,
Reg Bletsoe
Tanners branch""")

# 22 limerick about the treasurer
c.add("other", subject="for the newsletter (or not)", sender=P("Mandy", "Brigstock"),
      tags=(CF, "poem", "chit-chat"),
      body="""A treasurer down in Kettlewick
Kept the books in a manner quite slick,
When asked for a fiver
He'd say "I'm the decider,
Fill in form 3B, and be quick."

Graham said I could send it in as long as nobody mentions the form 3B incident. Mandy""")

# 23 photos of 1966 election, alt
c.add("other", subject="1966 - Market Place photos", sender=P("Geoff", "Pridmore"),
      fmt="alt", tags=(CF, "photo", "reminiscence"),
      body="""Rav - my late uncle was a photographer for the Mercury and I've just scanned a box of his negatives. There are about thirty of the 1966 election: the count at the Corn Exchange, a huge crowd in the Market Place for the declaration, and the candidate on the back of a coal lorry with a megaphone.

Folder here: https://drive.google.com/drive/folders/1Qk8vYtR2mZ0

Might be nice for the centenary. You're welcome to any of them.

Geoff Pridmore""")

# 24 allotment chit-chat with photo
c.add("other", subject="Re: marrow update", sender=("Ajit Dhillon", "cllr.ajit.dhillon@gmail.com"),
      tags=(CF, "chit-chat", "photo", "quoted"),
      body=c.quote_reply("""Behold. 14.2 lbs. Photo attached. It's bigger than the Tory group's majority on the district council.

Not entering it into the show, I'm entering it into the raffle.

Ajit""",
                         """Ajit, how's the famous marrow? You promised us a photo at the GC and produced nothing. The membership demands evidence.

Rav""", style="gmail"))

# 25 becoming a grandmother
c.add("other", subject="I'm a Nana!", sender=("Hilary Wragge", "hilary.wragge@outlook.com"),
      tags=(CF, "personal-news", "new-baby"),
      body="""Rav,

Our Becky had a little girl at 6 this morning at the Kettering General - Ivy Rose, 7lb 9oz, a full head of black hair and a pair of lungs on her that would do a rally proud. Both doing well.

I'll be off to Becky's for a week from Friday to help out so the membership list will have to wait. Anyone who's lapsed can stay lapsed for a week!

Over the moon,
Hilary xxx""")

# 26 wedding invite to the evening do
c.add("other", subject="You're invited! (evening do)", sender=("Femi Adebayo", "femi.adebayo@gmail.com"),
      fmt="html", tags=(CF, "social", "html-only", "other-as-query"),
      html_body="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<p>Hi Rav,</p>
<p>As you know, Grace and I are getting married on <b>Saturday 9 May</b> (yes, the weekend after the elections - we're aware, we booked it before we knew, Denise has already told me off). We'd love the CLP crowd to come to the <b>evening do from 7.30pm at Thornby Village Hall</b>.</p>
<p>There'll be jollof, a DJ, and my uncle, who will try to make you dance. You will not be able to resist.</p>
<p>Could you pass it round to the officers and the Brookside branch lot, and let me know roughly numbers by the end of March? Partners and kids welcome.</p>
<p>Femi</p>
<p style="font-size:11px;color:#999">Sent from my iPhone</p>
</body></html>""",
      body="")

# 27 congratulations on the newsletter
c.add("other", subject="Kettlewick Rose - best one yet", sender=P("Vera", "Eakins"),
      tags=(CF, "thanks", "other-as-bulk"),
      body="""Dear Ravinder

I just wanted to say that the autumn Kettlewick Rose was the best issue I've read in the 20 years I've been getting it. The piece about the Thornby bus was excellent and the recipe at the back (Nasreen's dal) has already been made twice in this house. My husband, who has voted Liberal since 1974, read it cover to cover and said "not bad". High praise.

Please pass on my compliments to whoever puts it together.

Vera Eakins""")

# 28 granddaughter's Oxford place
c.add("other", subject="Proud grandma moment", sender=P("Pauline", "Goodliffe"),
      tags=(CF, "personal-news", "congratulations"),
      body="""Ravinder, forgive an old woman boasting but I have to tell someone who'll understand. Our Chloe (the one who did the Young Labour stall with you at the summer fete) has been offered a place at Oxford to read PPE! First in the family to go to university, never mind Oxford. Her dad was a bus driver and her granddad was at Hollis's.

She says she's going to come back and be our MP. I said Owen might have something to say about that.

Pauline""")

# 29 car broken into, leaflets soaked
c.add("other", subject="Castle Hill leaflets will be late", sender=P("Shaun", "Liquorish"),
      tags=(CF, "personal-news", "other-as-safety", "other-as-urgent", "hard-negative"),
      body="""Ravinder,

Somebody smashed my passenger window in the night (outside the house on Castle Street). Nothing taken as far as I can tell, I think they were after the satnav that I don't have. But it rained like hell and the two bundles of Castle Hill leaflets on the back seat are soaked through.

I'll dry what I can on the radiators. Might be a bit crinkly. They'll go out next week instead of this - I know they're not time-sensitive, it's only the autumn newsletter, just so you know.

Shaun""")

# 30 hit a deer
c.add("other", subject="Re: Thornby canvass Sunday", sender=P("Megan", "Colyer"),
      tags=(CF, "personal-news", "other-as-safety", "hard-negative", "benign-violent-word"),
      body="""Sorry sorry sorry, I won't make it. Hit a deer on the Orsley road last night coming back from work. Killed it outright, poor thing, and very nearly killed me and the car - it came through the windscreen on the passenger side. I'm absolutely fine, not a scratch, just shaky and sat at home with tea, but the car's gone to the garage on the back of a lorry.

Give the Thornby lot my love. Someone should do a leaflet on the lack of deer fencing on that road, honestly.

Meg""")

# 31 off to uni, how to switch branch (also query)
c.add("other", also=["query"], subject="off to glasgow!", sender=("Callum Tate", "callumtate06@gmail.com"),
      tags=(CF, "personal-news", "moving-away", "other-as-query"),
      body="""hey Ravinder

got my results and i'm off to glasgow uni in september!! gutted to be leaving youth officer but i'll stay on till the AGM if you want, or someone else can take it now, whatever's easier.

do i have to do anything to move my membership up there or does it happen when i change my address on membersnet? and is there like a glasgow young labour or is that a scottish thing

thanks for everything honestly, the by-election was the best summer ever

callum""")

# 32 web form: thanks for the streetlight
c.add("other", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Annette Wilby", "annettewilby@yahoo.co.uk"),
      tags=(CF, "thanks", "webform"),
      body=c.webform({
          "Name": "Annette Wilby",
          "Email": "annettewilby@yahoo.co.uk",
          "Address": "Abbey Fields",
          "Message": """The streetlight outside 22-30 Priory Walk was out for 7 months and it's been fixed at last. I think it was Councillor Voce who chased it as she told me she would when she knocked on my door. I walk home from my shift at 11pm so it makes a real difference. Please thank her.""",
      }, form="Contact us"))

# 33 web form: PhD student wants to interview members (also query)
c.add("other", also=["query"], subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Joel Akinola", "j.akinola@student.lboro.ac.uk"),
      tags=(CF, "webform", "other-as-query"),
      body=c.webform({
          "Name": "Joel Akinola",
          "Email": "j.akinola@student.lboro.ac.uk",
          "Message": """Hello, I'm a PhD student at Loughborough researching why people in small towns volunteer for political parties. I'm looking to interview 8-10 local party members (about 45 minutes, anonymous, any party). I've had ethics approval. Would you be willing to circulate a short invitation to your members? No worries if not.""",
      }, form="Contact us"))

# 34 web form: misdirected bin complaint to "the Labour council"
c.add("other", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Dean Chapman", "deanchapman88@gmail.com"),
      tags=(CF, "webform", "misdirected", "other-as-complaint"),
      body=c.webform({
          "Name": "Dean Chapman",
          "Email": "deanchapman88@gmail.com",
          "Message": """your bin lorry has cracked my drive AGAIN reversing onto it on collection day. I want it paying for. Its your council so your problem""",
      }, form="Contact us"))

# 35 forwarded AGM bingo joke
c.add("other", subject="Fw: AGM bingo", sender=P("Nasreen", "Kauser"),
      tags=(CF, "chit-chat", "forwarded", "other-as-procedural"),
      body=c.forward("""Ha! Rav, this was going round the BAME Labour network. Don't tell Denise.""",
                     """AGM BINGO - mark off as you hear them:

[ ] "Point of order, Chair"
[ ] "Can I just say..." (cannot just say)
[ ] Someone asks what "composite" means
[ ] The treasurer's report takes longer than the rest of the meeting put together
[ ] "I've been a member for forty years and..."
[ ] Standing orders suspended to discuss the car park
[ ] "Through the chair"
[ ] Biscuits run out before item 4
[ ] Someone votes in the wrong branch's election
FULL HOUSE: "Is this quorate?"

Shout BINGO at your own risk.""",
                     "Aisha Mirza <aisha.mirza@gmail.com>", "AGM bingo", style="outlook"))

# 36 cake sale chit-chat, "criminal"
c.add("other", subject="that lemon drizzle", sender=("Jo Pell", "jopell62@hotmail.co.uk"),
      tags=(CF, "chit-chat", "other-as-safety", "benign-violent-word"),
      body="""Rav your lemon drizzle at the coffee morning was criminal. I need the recipe or I will have to take drastic action. Graham had three slices and he's supposed to be cutting down. £138 raised by the way, I've given it to him to bank.

Jo""")

# 37 councillor thanks Saturday team, "smashed our target"
c.add("other", subject="Cheers to Saturday's team!", sender=("Cllr Sandra Voce", "sandra.voce.cllr@outlook.com"),
      to=[SEC, "castlehill-branch@googlegroups.com"],
      tags=(CF, "thanks", "other-as-bulk", "other-as-safety", "benign-violent-word"),
      body="""Hi all,

A massive thank you to everyone who turned out on Saturday in Castle Hill despite the weather: Rav, Dylan, Megan, Nasreen, Shaun, Reg (in his 70s and out-walking the lot of us), and the two new faces, Priya and Tom. We hit 146 doors in two hours and smashed our target for the month.

Couple of things worth knowing from the doorstep: the bus to Leicester came up again and again, and so did the bloody potholes on Castle Street. I'll be raising both at full council.

Next session is the 15th, same place, same time. Bring gloves.

Sandra""")

# 38 restaurant owner thanks for the curry fundraiser
c.add("other", subject="Thank you for the fundraising dinner", sender=("Harjit Bains", "thejaipur.kettlewick@gmail.com"),
      tags=(CF, "thanks", "fundraiser"),
      body="""Dear Ravinder and all the Labour party friends,

Thank you for choosing the Jaipur for your fundraising dinner on Sunday. 64 guests, our biggest booking of the year! My staff enjoyed the speeches even though they did not understand all the jokes about the county council.

As agreed, the cheque for £10 per ticket (£640) is with my son, please collect any time from the restaurant. We have also donated the cost of the mango lassis, please accept it with our compliments.

We would be happy to host you again.

Best regards,
Harjit Bains
The Jaipur, High Street""")

# 39 dog died
c.add("other", subject="Bonnie", sender=P("Kenneth", "Swaby"),
      tags=(CF, "personal-news", "bereavement"),
      body="""Ravinder

Some of you will remember Bonnie, the old border terrier who came on every canvass in Brookside from 2012 and barked at every Conservative poster. We had to have her put to sleep on Tuesday. She was fifteen.

Not a big thing for the party I know but she was a member in all but name. The house is very quiet.

Ken""")

# 40 "URGENT - sorry" - husband's stroke, pulling out of May rota
c.add("other", subject="URGENT - sorry", sender=P("Gail", "Brittain"),
      tags=(CF, "personal-news", "other-as-urgent"),
      body="""Ravinder, sorry to put urgent on this, I just wanted to make sure you saw it before you do the rota.

My husband had a stroke on Sunday and he's in the stroke unit at Leicester Royal. They think he'll recover a lot of it but it'll be months. I'm going to be his carer when he comes home so please take me off the polling station rota for May and the telling rota. I'll let you know if things change.

Gail Brittain""")

# 41 html-only choir concert invite
c.add("other", subject="Kettlewick Community Choir - winter concert", sender=P("Eileen", "Tebbutt"),
      fmt="html", tags=(CF, "social", "html-only", "other-as-bulk"),
      html_body="""<html><body><div style="font-family:Calibri,Arial;font-size:15px">
<p>Dear Ravinder,</p>
<p>I hope you don't mind me sending this to the party address. The <b>Kettlewick Community Choir</b> (about a third of whom are Labour members, and one of whom is Cllr Dhillon, who has a surprisingly good baritone) is doing its winter concert:</p>
<p style="text-align:center;font-size:18px;color:#8b0000"><b>Songs of Work and Winter</b><br>St Mary's Church, Friday 12 December, 7.30pm<br>Tickets &pound;8 / &pound;5 concessions, on the door</p>
<p>Including <i>Bread and Roses</i>, <i>The Fields of Athenry</i>, and a medley of Christmas songs that will be over sooner than you fear.</p>
<p>All proceeds to the Kettlewick Food Bank. It would be lovely to see some of you there.</p>
<p>Eileen Tebbutt (alto, and secretary of the choir)</p>
</div></body></html>""",
      body="")

# 42 volunteer replies to secretary's thanks, quoted
c.add("other", subject="Re: Thank you from the CLP", sender=P("Norman", "Chilvers"),
      tags=(CF, "thanks", "quoted", "personal-news"),
      body=c.quote_reply("""No, thank YOU Ravinder. I'm just an old man with a bad knee and a lot of time. Delivering gets me out of the house and stops me shouting at the television.

The knee's playing up so I may be a bit slower on the Mill Lane round this winter. If it's late it's the knee, not me.

Norman""",
                         """Dear Norman,

On behalf of the officers I just wanted to say thank you for the extraordinary job you've done on the deliveries this year - over 4,000 leaflets by our count. We couldn't do it without people like you.

Best wishes,
Ravinder Sandhu
Secretary, Kettlewick CLP""", style="outlook"))

# 43 Portuguese member going home for father
c.add("other", subject="I will be away", sender=P("Mariana", "Carvalho"),
      tags=(CF, "personal-news", "non-native"),
      body="""Hi Ravinder,

I write you to say I will be away for about one month, maybe more. My father in Viseu is very sick, they find a problem in his heart and the doctors say he need operation. I am flying on Thursday.

So I will not be in the canvassing in Brookside and also not in the branch meeting, sorry for this. When I come back I will help again, I promise, specially with the Portuguese families in Tanners, they ask me many things about the council.

Um abraço,
Mariana""")

# 44 Somali elder thanks for iftar invitation
c.add("other", subject="Thanks for the iftar", sender=("Abdirahman Warsame", "a.warsame.kettlewick@gmail.com"),
      tags=(CF, "thanks", "non-native"),
      body="""Dear brother Ravinder,

Asalaamu calaykum. On behalf of the Kettlewick Somali Community Association I want to say thank you to you and to the Labour party for coming to our community iftar at the Brookside centre. It was the first time many of our elders meet with a politician who sit with them, eat with them and listen. The MP Owen also he listen very carefully to the mothers about the school transport, this is very important problem for us.

You are welcome in our community every time. Next year inshallah we will invite again.

With respect,
Abdirahman Warsame
Chairman, KSCA""")

# 45 book club
c.add("other", subject="Red Readers - next book", sender=P("Frances", "Ludlam"),
      tags=(CF, "social"),
      body="""Hello Red Readers (and Ravinder, who keeps saying he'll come),

Votes are in and the next book is "The Ragged Trousered Philanthropists". Yes, all 600 pages. Yes, I know. Denise's argument that "we're a Labour book club and we've never done it" won the day.

We'll give ourselves two months. Meeting at mine, 3 Priory Walk, Wednesday 21 January, 7.30. I'll do mulled wine. If you don't finish it, come anyway, nobody ever has.

Frances""")

# 46 anniversary chit-chat
c.add("other", subject="20 years ago today", sender=("Ajit Dhillon", "cllr.ajit.dhillon@gmail.com"),
      tags=(CF, "reminiscence", "chit-chat"),
      body="""Rav - 20 years ago tonight I won Tanners by THREE votes after two recounts and your dad stood in the Corn Exchange with a flask of tea refusing to let anyone go home. I've never forgotten it. Thought you'd want to know.

A""")

# 47 letter published in the paper
c.add("other", subject="They printed it!!", sender=P("Doreen", "Padmore"),
      tags=(CF, "chit-chat", "other-as-bulk"),
      body="""Ravinder, did you see the Mercury? They printed my letter about the Thornby bus in full, with the headline "RURAL VILLAGES LEFT STRANDED". Only cut one sentence (the one about the Tory county councillor's new Range Rover, which to be fair was a bit cheeky).

Eleven letters published since 1998. My husband says I should go for the record.

Doreen""")

# ============================================================ safety

# S1 thanks for the Christmas do, menace about husband's route home
c.add("safety", subject="Lovely Christmas do", sender=("A Kettlewick Resident", "kettlewickresident@outlook.com"),
      tags=("veiled", "implicit", "embedded", "opens-benign", "stalking"),
      body="""Dear Mrs Oakley (via your secretary, as you don't publish your address - very sensible),

What a lovely Christmas do at the Wheatsheaf. Lots of laughing from upstairs. Lots of red faces coming out at closing time.

Your husband was on good form. He's in the Boot & Shoe most Fridays too, isn't he, six till nine, then home the back way through the ginnel by St Mary's. Very dark, that ginnel. No cameras. A man who's had a few wants to watch his step on a path like that, in the winter.

Perhaps you'll bear that in mind when your lot vote on the Brookside hostel in January.

Season's greetings.""")

# S2 wedding congratulations with menace
c.add("safety", subject="Congratulations to Femi", sender=("Thornby Villager", "thornbyvillager1@gmail.com"),
      fmt="html", tags=("veiled", "harassment", "html-only", "opens-benign"),
      html_body="""<html><body><p>Congratulations to Femi Adebayo and his bride on the forthcoming wedding. Saw the notice on his Facebook. <b>Thornby Village Hall, 9 May, 7.30</b>.</p>
<p>Interesting choice of village. People in Thornby like to know who's coming into it, and a lot of them weren't keen on the last lot of Labour "outsiders". Some of us might pop down to the hall that night and give him the kind of welcome Thornby gives. Him and all his guests.</p>
<p>Might want to think about a different venue. Or a different village. Or a different country.</p></body></html>""",
      body="")

# S3 report: youth officer followed after the social
c.add("safety", subject="Something happened after the Christmas do", sender=("Callum Tate", "callumtate06@gmail.com"),
      tags=("third-party-report", "following", "opens-benign"),
      body="""hi Ravinder

the do was great thanks for organising, Jess loved it.

but i need to tell someone. when me and Jess left at about 11 to walk to the taxi rank there was a guy who'd been sitting on his own at the bar downstairs all night, and he followed us out. he walked right behind us all the way down Sheep Street, like close enough we could hear him. at the rank he said "you're the Labour lad who does the school stuff aren't you. Tate. we know you work at the leisure centre. see you on monday." then he walked off.

i didn't tell him my name. i don't know how he knows where i work.

i'm on an early shift monday and honestly i'm a bit freaked out. jess thinks we should tell the police. should i?

callum""")

# S4 BAME officer reports online pile-on and calls to her work
c.add("safety", subject="What's been happening since the GC motion", sender=("Nasreen Kauser", "nasreen.kauser@outlook.com"),
      tags=("third-party-report", "pile-on", "harassment", "doxxing"),
      body="""Ravinder,

Thank you for the flowers, they were lovely and they cheered me up more than you know.

I need to put on record what's been happening since the Gaza motion was reported in the Mercury with my name in it:

- about 300 comments and messages on my Instagram and Facebook over the week, most of them the usual, but some saying things like "we know you work at the Brookside surgery" and "see you when you finish at 6"
- someone rang the surgery four times on Tuesday asking for me by name and asking what time I leave
- a post on a local Facebook group with my photo, the surgery's address and the words "pay her a visit"
- my car was keyed in the surgery car park on Wednesday

My practice manager has been brilliant and I'm leaving by the back door with a colleague. I've reported it to the police and have a reference. I'd like the CLP to have it in writing, and to know whether the party can help - the regional office, or whoever deals with members' safety.

Nasreen""")

# S5 html-only get-well to the treasurer, wished harm
c.add("safety", subject="Get well soon Graham", sender=("Kettlewick Taxpayer", "kwtaxpayer@gmail.com"),
      fmt="html", tags=("wish-harm", "html-only", "opens-benign"),
      html_body="""<html><body style="font-family:Arial"><p>Heard Graham Pell has cancer. Get well soon Graham, lol.</p>
<p>Funny how it always seems to get the wrong ones. Twenty years that man has been taking our money for his council cronies. I'm not saying I'd wish it on anybody. But if it doesn't work out for him, there'll be a few of us raising a glass in the Boot & Shoe, and if it does work out, well, there's always next time, isn't there. There's always something waiting for people like him.</p>
<p>Tell him we're all thinking of him. Every day.</p></body></html>""",
      body="")

# S6 list post: retirement wishes, then menace about cottage
c.add("safety", subject="[Kettlewick Labour Members] Happy retirement Denise!", sender=("Kevin Ord", "kevinord1971@hotmail.com"),
      headers=c.list_headers("Kettlewick Labour Members", domain="groups.kettlewicklabour.org.uk"),
      tags=("list", "veiled", "implicit", "embedded", "opens-benign"),
      body="""Just want to wish Denise a happy retirement from the county council after 16 years. Enjoy it.

And enjoy the new place. Nice little cottage on Back Lane in Thornby, the one with the green door and the wood store, no neighbours either side. Very quiet out there at night. Nobody to hear anything. Nice for a rest.

Some of us haven't forgotten the library vote, Denise. Retirement doesn't change that.

All the best.""")

# S7 web form: new neighbour "keeping an eye"
c.add("safety", subject="New submission: Get involved", sender=c.form_robot(),
      reply_to=("Neil", "neil.castlehill@gmail.com"),
      tags=("webform", "stalking", "veiled", "implicit"),
      body=c.webform({
          "Name": "Neil",
          "Email": "neil.castlehill@gmail.com",
          "How would you like to get involved?": "Other",
          "Message": """Just moved to Castle Hill, lovely area. Found out Cllr Voce lives three doors up from me, the one with the hanging baskets. Small world. I'll be keeping an eye on her for you. Every morning when she leaves at 8.15 for the bus and every night when she comes back. Very regular, Sandra. Tell her I said hello. She doesn't know me yet.""",
      }, form="Get involved"))

# S8 forwarded from caseworker: thanks turns conditional
c.add("safety", subject="FW: Thank you for the reply re: Brookside hostel", sender=("Ellie Marsh", "ellie.marsh@parliament.example.uk"),
      tags=("forwarded", "conditional", "third-party-report", "opens-benign"),
      body=c.forward("""Ravinder - flagging this one to you as it names a local councillor and a meeting your members will be at. I've logged it with the parliamentary security team and Owen has seen it. Please make sure whoever's running the public meeting on the 20th has a copy.

Ellie
Caseworker, Office of Owen Fairbrother MP""",
                       """Dear Mr Fairbrother,

Thank you for your reply about the proposed hostel on Brookside Way. It was polite, I'll give you that.

But I'm going to be straight with you. If that hostel opens, people will get hurt. That's not a threat, it's just what's going to happen round here, everybody knows it. And if it goes through, I'll make sure the first one to find out what that means is Councillor Dhillon, who's been pushing it. He'll be at the public meeting on the 20th. So will we.

A. Constituent""",
                       "A Constituent <brooksideresident2@gmail.com>", "Re: Your enquiry - Brookside Way", style="outlook"))

# S9 noisy spaced threat
c.add("safety", subject="thnx for the leaflet", sender=("tanners lad", "tannerslad99@gmail.com"),
      tags=("noisy", "veiled", "explicit", "opens-benign"),
      body="""thnx for the leaflet m8 v nice photo of ur councillor dhillon on the front

tell him hes getting a v i s i t. we no his gaff on tanners lane an we no wot time he gets in from the council. the door wont stop us

dont reply to this i wont read it""")

# S10 canvasser reports note and slashed tyre
c.add("safety", subject="Car after Saturday's canvass", sender=P("Priya", "Sehmi"),
      tags=("third-party-report", "veiled", "implicit"),
      body="""Hi Ravinder,

Thank you for Saturday, it was my second canvass and I really enjoyed it, Sandra's a great teacher.

When I got back to my car (on Castle Street outside the chip shop) the front tyre had been slashed, clean cut in the sidewall, not a puncture. And there was a note in a freezer bag under the wiper: "STAY OUT OF CASTLE HILL WITH YOUR CLIPBOARD. WE KNOW YOUR CAR NOW. NEXT TIME IT WON'T BE THE TYRE."

I've taken photos of both, here: https://photos.app.goo.gl/Ktr7YpWm3aXf9

I don't know if it was because of the party or because of me, if you know what I mean. I'd like someone to know. I'm not sure I want to do Castle Hill again on my own.

Priya""")

# S11 opens like a misdirected note, then stalking
c.add("safety", subject="Sorry, wrong address?", sender=("R", "r.kettlewick@proton.me"),
      tags=("veiled", "stalking", "implicit", "opens-benign"),
      body="""Sorry if this has come to the wrong place, I couldn't find a personal email for your secretary.

Actually, that's not true. I know exactly where this goes. Just like I know Ravinder parks in the station car park every morning at 7.40, second row, by the ticket machine, and gets the 7.52 to Leicester. Just like I know which house in Abbey Fields has the red door and the kid's bike in the front.

He should be more careful what he says in the Mercury about people he doesn't know. People he doesn't know know him.""")

# S12 funeral thanks, then report of man menacing the MP at the funeral
c.add("safety", also=["query"], subject="Thank you, and something I should tell you", sender=("Kathleen Nolan", "kathleen.nolan@btinternet.com"),
      tags=("third-party-report", "embedded", "opens-benign"),
      body="""Dear Ravinder,

Thank you from the bottom of my heart for everything the party did for Pat's funeral. The guard of honour of members at St Mary's, the banner, Owen's lovely words. Pat would have pretended to hate the fuss.

There's something I feel I should tell you though, and I didn't want to spoil the day by mentioning it at the time. As we were coming out of the church, a man I didn't recognise, who'd been standing at the back of the churchyard the whole service, went up to Owen and said something. Our Declan was right beside them and heard it. He said: "Enjoy the send-off. You'll be next in a box, Fairbrother, and nobody'll carry a banner for you." Then he walked off towards the Market Place.

Declan says he'd know him again. Fifties, shaved head, dark jacket with a Kettlewick Town badge. I don't know whether Owen even took it in, everything was such a blur.

Should I be telling the police as well, or will the party do that?

Kathleen""")

# S13 suspicious powder in a card
c.add("safety", subject="Strange birthday card", sender=("Hilary Wragge", "hilary.wragge@outlook.com"),
      tags=("suspicious-item", "third-party-report"),
      body="""Rav,

Probably nothing but. A birthday card came through the door this morning addressed to "THE MEMBERSHIP SECRETARY, KETTLEWICK LABOUR" at my home address, which isn't published anywhere. It's not my birthday. When I opened it a white powder came out all over the kitchen table. No message, just "MANY HAPPY RETURNS" printed and a drawing of a coffin.

I've shut the kitchen door, washed my hands, and I'm sat in the car outside. Phoning 999 now. Letting you know in case anyone else on the officers' list gets one - please tell them not to open anything hand-addressed.

H""")

c.write()
