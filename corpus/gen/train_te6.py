"""train/te6: 'other' mail for Ashbourne & Dale CLP -- pitches written by people, thank-you notes,
misdirected mail, personal invitations, personal news, condolences. All text hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "te6", seed=1506)
SEC = c.clp[2]
SITE = "ashbournedalelabour.org.uk"

# ====================================================================== pitches written by people
c.add("other", """Hi Helen,

I hope you don't mind me getting in touch directly. I'm Callum, I run a small print brokerage based in Derby and we work with a handful of CLPs and union branches across the East Midlands.

With the county elections coming up I wondered if it would be useful to have a second quote on your leaflets. We don't own a press, so we shop each job around four or five trade printers and usually come in 15-25% under what people are paying direct. Imprints checked, delivery to your door or straight to Royal Mail.

If you send me the spec of your last job (size, paper, quantity) I'll come back with a like-for-like price within a day. No hard feelings if not.

Cheers,
Callum Birtles
Midland Print Sourcing
07700 900 283""", subject="Leaflet quotes for May", sender=("Callum Birtles", "callum@midlandprintsourcing.example.co.uk"),
      tags=("sales-pitch",))

c.add("other", c.quote_reply("""Hi Helen, just bumping this to the top of your inbox in case it got buried. Happy to price up your next run, no obligation. Callum""",
"""I hope you don't mind me getting in touch directly. I'm Callum, I run a small print brokerage based in Derby and we work with a handful of CLPs and union branches across the East Midlands.""",
    quoted_from="Callum Birtles <callum@midlandprintsourcing.example.co.uk>", style="outlook"),
      subject="RE: Leaflet quotes for May", sender=("Callum Birtles", "callum@midlandprintsourcing.example.co.uk"),
      tags=("sales-pitch", "follow-up", "quoted"))

c.add("other", c.webform({"Name": "Jordan", "Email": "jordan@rankrocket.example.io",
                          "Message": "Hi there! I was looking at ashbournedalelabour.org.uk and noticed you're not ranking for 'Labour Ashbourne' or 'Ashbourne councillor'. We help political and community organisations get to page 1 of Google in 90 days or your money back. Would you be open to a quick 10 min call this week? Best, Jordan"},
                         site=SITE), subject="New contact form submission", sender=c.form_robot(),
      reply_to="jordan@rankrocket.example.io", tags=("sales-pitch", "webform"))

c.add("other", """Hello Helen,

My name is Anjali and I'm a freelance photographer living in Wirksworth. I did the photos for the Dovebank Community Garden opening last summer (you may have seen them in the Mercury).

I'm writing because I'd love to offer my services for your candidates' leaflet photos this spring. I know budgets are tight for local parties so I can do a simple half-day shoot - several candidates, one location, natural light - for £150 total, edited photos within a week. I'm a Labour voter, for what it's worth, but I'd be happy to do it on a purely professional basis.

Portfolio: www.anjalibhattphoto.example.co.uk

Thanks for reading,
Anjali Bhatt""", subject="Candidate photos - local photographer", sender=("Anjali Bhatt", "anjali@anjalibhattphoto.example.co.uk"),
      fmt="alt", tags=("sales-pitch",))

c.add("other", """Dear Sir/Madam,

Greetings of the day!

I am Rahul from WebNova Solutions. We have visited your website and found that it is running on old version of WordPress and some plugins are outdated which may cause security issues and slow loading. Also website is not fully mobile friendly.

We are offering complete website redesign with modern look, mobile responsive, SEO friendly and fast loading at very affordable cost starting from $299 only. We have worked with many clients in UK, USA and Australia.

Kindly let me know if you are interested so I can share our portfolio and quotation.

Looking forward to hear from you.

Thanks & Regards,
Rahul Verma
Business Development Executive
WebNova Solutions""", subject="Website Redesign Proposal for ashbournedalelabour.org.uk",
      sender=("Rahul Verma", "rahul.bd@webnovasolutions.example.in"), tags=("sales-pitch", "non-native"))

c.add("other", """Hi Helen - quick question.

How are you currently keeping track of who's been canvassed in the villages with no phone signal?

I'm the founder of DoorLog, a tiny two-person start-up. We built an offline-first canvassing app after I spent a miserable weekend in rural Shropshire with a dead phone and a soggy clipboard. It's free for local parties for the first election.

Worth 15 minutes? Here's my calendar: calendly.example.com/ben-doorlog

Ben Atherton
Founder, DoorLog
P.S. Not affiliated with any party - we've got Lib Dem and Green users too, so I'll understand if that's a no.""",
      subject="quick question", sender=("Ben Atherton", "ben@doorlog.example.app"), tags=("sales-pitch",))

c.add("other", """Hiya Helen,

Lovely to meet you at the Christmas Fair! I'm the lady from the cake stall (Dale Bakes - lemon drizzle, you had two slices!).

You mentioned your AGM is in the spring and that you usually do a buffet. I'd love to quote for it. I do sandwiches, sausage rolls, quiche, salads, and of course cakes, all homemade. Vegetarian, vegan and gluten-free no problem. For 50 people I'd usually charge around £7 a head, delivered and set up.

Let me know the date and numbers and I'll pop a menu over.

Warmest wishes,
Marion Tissington
Dale Bakes, Hognaston Cross
07700 900 904""", subject="AGM buffet", sender=("Marion Tissington", "dalebakes@hotmail.co.uk"),
      tags=("sales-pitch",))

c.add("other", """Dear Helen,

I design and print tea towels, mugs and tote bags featuring great figures of the Labour movement - Keir Hardie, Ellen Wilkinson, Nye Bevan, Barbara Castle, Jayaben Desai and more. They've been very popular as fundraising items at CLP events, and I offer a 40% trade discount to local parties so you can sell them on at a profit.

I've attached a catalogue. Minimum order is 20 of any one item.

In solidarity (and in cotton),
Gwen Farraday
Hardie & Co. Designs""", subject="Fundraising merchandise for your CLP", sender=("Gwen Farraday", "gwen@hardieandco.example.co.uk"),
      tags=("sales-pitch",))

c.add("other", """Dear Ms Pryce,

I noticed from your Facebook page that the CLP is planning a summer fundraiser at Hognaston Cross. Can I ask whether your events are covered by public liability insurance? Many local parties assume they're covered by the national party's policy when in fact they may not be for certain activities (bouncy castles, barbecues, raffles with alcohol prizes).

I'm an independent broker specialising in charities, clubs and community groups. I'd be happy to review what you've got for free. Annual event cover for a group your size typically starts around £95.

Kind regards,
Stuart Oakley Cert CII
Oakley Community Insurance""", subject="Event insurance for your summer fundraiser",
      sender=("Stuart Oakley", "stuart@oakleycommunityinsurance.example.co.uk"), tags=("sales-pitch",))

c.add("other", """Hello,

I'm recruiting for a paid academic focus group on "how local political volunteers talk about the cost of living". It's 90 minutes on Zoom, £40 voucher per participant, and we're looking for 6-8 CLP officers or active members from rural constituencies.

Could you share this with your members? I've put a short sign-up link below. Completely confidential, no party affiliation needed.

Thanks so much,
Dr Rebecca Lunn
Fieldwork Coordinator, Civic Voices Research""", subject="Paid research opportunity for your members",
      sender=("Rebecca Lunn", "r.lunn@civicvoices.example.co.uk"), tags=("sales-pitch", "request"))

c.add("other", """Helen,

Terry here, landlord at the Green Man on St John Street. Heard through the grapevine you lot have been using the Methodist hall for your socials. Nothing wrong with the Methodists but they won't sell you a pint!

Back room's free most Tuesdays and Wednesdays. No room charge if you're buying drinks, I'll even do a plate of chips for the table. Come and have a look any time.

Terry""", subject="Back room", sender=("Terry Gould", "greenmanashbourne@btinternet.com"),
      tags=("sales-pitch", "venue"))

c.add("other", """Hey Helen!

I host "Dales Talk", a local podcast about life in the Derbyshire Dales - we've had the High Peak MP, the bishop, and a bloke who grows giant leeks. We get about 2,000 listens an episode.

We'd love to feature Ashbourne & Dale Labour ahead of the elections. We offer a "featured guest" package for £120 which includes a 30 min episode, social clips, and a link in the show notes. (Candidates from other parties have been offered the same, to keep it fair!)

Let me know!
Sophie @ Dales Talk""", subject="Podcast feature?", sender=("Sophie Marsden", "sophie@dalestalk.example.co.uk"),
      tags=("sales-pitch",))

# ====================================================================== thank-you notes
c.add("other", """Helen - I've typed this up from the card because my handwriting's shocking and I wanted you to be able to read it out on Thursday if you think it's appropriate.

"Dear Helen and everyone at Ashbourne North branch,

Thank you so much for the beautiful flowers and the card after Dad's funeral. He would have been tickled pink to see the branch banner at the crematorium - he carried it on every May Day march from 1972 until his legs gave out. So many of you came, and so many of you had a story about him I'd never heard.

He always said the Labour Party was his second family. I didn't really understand that until last week.

With love and thanks,
Carol (Frank Bowler's daughter)"

Carol""", subject="Thank you card - from Carol Bowler", sender=("Carol Bowler", "carol.bowler@icloud.com"),
      tags=("thanks", "card"))

c.add("other", """Dear Ms Pryce,

On behalf of everyone at Carsington Edge Primary, thank you for arranging for Laura Whitcombe MP to visit our Year 6 class last Friday. The children had prepared questions for weeks and were thrilled that she answered every single one, including "how much money do you get" and "have you met the King".

Several of them have since announced they want to be Prime Minister. We will keep you posted.

With thanks,
Mrs J. Allcock
Year 6 Teacher""", subject="Thank you for the MP's visit", sender=("Jane Allcock", "j.allcock@carsingtonedge.example.sch.uk"),
      fmt="alt", tags=("thanks",))

c.add("other", """Hi Helen,

Just wanted to say thanks for such a warm welcome at my first branch meeting last night. I was really nervous walking in (I didn't know a single person and I'm about 30 years younger than everyone else, no offence!) but you and Nigel made me feel like I'd been coming for years. And Maureen's flapjack is elite.

See you at the stall on Saturday.

Kiran""", subject="thank you!", sender=("Kiran Patel", "kiranpatel2001@gmail.com"), tags=("thanks",))

c.add("other", """Dear Helen, dear friends,

I've been trying to write this since Saturday and I keep getting stuck, so forgive me if it rambles.

Thank you for the send-off. I've been a Dales councillor for twenty-four years and I have never been so embarrassed or so happy in one evening. The slideshow (who found the photo of me in the flares at the 1997 count?) had me in tears, and the book of messages is going on the shelf next to my grandfather's NUM card.

When I first stood in 2002 there were nine of us in the branch and we met in my front room. Now you fill the Methodist hall. That's not down to me, it's down to all of you, but I'm proud to have been part of it.

I'm not going anywhere - I'll still be delivering leaflets on Dovebank until they prise the bundles out of my hands. But it's time for someone younger, and I couldn't have wished for a better successor than Sarah.

With love and solidarity, always,
Mick Orme""", subject="Thank you for Saturday", sender=("Mick Orme", "mick.orme44@btinternet.com"),
      tags=("thanks",))

c.add("other", """Hi Helen and all,

Just a quick note to say THANK YOU from all of us at the Ashbourne Food Bank for the donations collected at your Christmas fair. You lot absolutely smashed it - 214kg of food, 40 selection boxes and £312 in cash. That's about three weeks of stock for us in January, which is always the hardest month.

Photo of the volunteers with some of it attached.

Lots of love
Debbie (volunteer coordinator)""", subject="You smashed it!", sender=("Debbie Stanton", "debbie@ashbournefoodbank.example.org.uk"),
      tags=("thanks", "hard-negative", "benign-violent-word"))

c.add("other", """To all at the labour party

thank you for the hamper at Christmas it was very kind. the ginger biscuits were my favourite. my grandson is typing this for me.

love Doris (aged 94) xx""", subject="thank you from Doris", sender=("Jason Fearn", "jasonfearn86@outlook.com"),
      tags=("thanks", "card", "elderly"))

# ====================================================================== misdirected
c.add("other", """Dear Secretary,

Please find attached the summer fixtures for the Dales Bowls League. Can you let your captains know that the first match is away at Tissington on 2 May, 2pm start, and whites must be worn.

Also the league AGM is on 14 March at Hognaston Bowls Club and each club needs to send two representatives.

Regards,
Bernard Poyser
League Fixtures Secretary""", subject="Summer fixtures 2026", sender=("Bernard Poyser", "bernard.poyser@talktalk.net"),
      tags=("misdirected",))

c.add("other", """Dear Chairman,

Please find enclosed my membership renewal for 2026 (cheque for £25 posted separately). I would also like to put my name down again for the Association's annual dinner at the Peveril of the Peak, two places please, my wife and myself.

I was very sorry to miss the last branch coffee morning. Keep up the good work - we'll win Ashbourne back yet!

Yours sincerely,
Major (retd) Hugh Fitzherbert""", subject="Membership renewal and annual dinner", sender=("Hugh Fitzherbert", "hugh.fitzherbert@btinternet.com"),
      tags=("misdirected",))

c.add("other", """Dear Mrs Secretary,

Ellie Tomlinson (Class 3) won't be in school today, she was sick in the night and has a temperature. I'll keep her off tomorrow too to be on the safe side.

Also sorry her dinner money is late, I'll send it in on Monday.

Thanks
Gemma Tomlinson""", subject="Ellie off sick", sender=("Gemma Tomlinson", "gemmatommo@gmail.com"),
      tags=("misdirected",))

c.add("other", """Hi Helen,

Lovely to meet you and Andrew on Tuesday. As promised, please find attached our quotation for the single-storey kitchen extension and bifold doors.

Groundworks and foundations - £8,400
Structure and roof - £19,750
Bifold doors (3 pane, anthracite) - £4,900
Electrics and plastering - £5,100
Total (ex VAT) - £38,150

We could start in late April subject to planning. Any questions just give me a shout.

Kind regards,
Lee Hambleton
Hambleton Building Services""", subject="Your extension quote - 14 Sturston Rise", sender=("Lee Hambleton", "lee@hambletonbuilding.example.co.uk"),
      tags=("misdirected", "hard-negative", "benign-violent-word"))

c.add("other", """Hi both!!

YES we'd absolutely love to come!! So excited for you. Put us down for two - me and Dan - and Dan is having the beef and I'm having the veggie option. No dietary requirements except Dan can't be trusted near a free bar.

Can't wait to see you in that dress!!!

Love Jess xxx""", subject="Re: RSVP - Harriet & Tom, 12 September", sender=("Jess Oldknow", "jessoldknow@hotmail.co.uk"),
      tags=("misdirected",))

c.add("other", """Sir,

I write regarding the proposed closure of the public toilets on Market Place, which your paper reported last week.

As a man of 78 with a bladder to match, I can tell you that the toilets are not a luxury but the single most important reason I am able to shop in Ashbourne at all. If the council wishes to save money it could start by not printing glossy magazines telling us how well it is doing.

Yours faithfully,
Dennis Hollingworth
Clifton""", subject="Letter for publication", sender=("Dennis Hollingworth", "d.hollingworth@btinternet.com"),
      tags=("misdirected", "letter-to-editor"))

c.add("other", c.quote_reply("""Agree with Pam - let's go with the Tuesday. I'll book the village hall.

Colin""", """Dear all,

Following the last meeting, the clerk has suggested two dates for the extraordinary meeting on the footpath diversion: Tuesday 17th or Thursday 19th. Please reply-all with your preference.

Pam Wardle
Chair, Kniveton Moor Parish Council""", quoted_from="Pam Wardle <chair@knivetonmoorpc.example.org.uk>", style="gmail"),
      subject="Re: Extraordinary meeting - footpath diversion", sender=("Colin Ratcliffe", "colin.ratcliffe@sky.com"),
      cc=["chair@knivetonmoorpc.example.org.uk", "clerk@knivetonmoorpc.example.org.uk"],
      tags=("misdirected", "reply-all", "quoted"))

c.add("other", """Dear Hiring Manager,

Please find attached my CV in application for the position of Part-time Secretary (Ref: ADC/0442) as advertised on Indeed.

I have over ten years' experience in administrative roles, most recently as a medical secretary at Ashbourne Health Centre. I am proficient in Microsoft Office, minute-taking and diary management, and I am available to start immediately.

I look forward to hearing from you.

Yours faithfully,
Lorraine Spencer""", subject="Application - Part-time Secretary (Ref: ADC/0442)",
      sender=("Lorraine Spencer", "lorraine.spencer79@outlook.com"), tags=("misdirected",))

# ====================================================================== personal invitations
c.add("other", """Dear Helen,

Our dad, Ken Wibberley, is turning 80 on the 14th of March and we're throwing him a surprise party at the Town Hall Tavern from 7pm. As you know he's been a member of the branch for 55 years and he talks about all of you constantly, so it wouldn't be right without some of you there.

Please could you spread the word discreetly among the people he'd want - you'll know better than us. And please DON'T mention it to him, he thinks we're taking him for a curry.

Hope to see you there,
Angela & Pete (his long-suffering children)""", subject="Surprise party - Ken's 80th!", sender=("Angela Wibberley", "angela.wibberley@gmail.com"),
      tags=("invitation",))

c.add("other", """Dear Ms Pryce,

The Mayor of Ashbourne, Councillor Rosemary Dakin, requests the pleasure of your company at the Mayor's Civic Service at St Oswald's Church on Sunday 15 June at 3pm, followed by refreshments in the Town Hall.

Dress: lounge suits / day dress. Party officers are warmly invited in a personal capacity.

Kindly reply to the Mayor's Secretary by 31 May.

Mrs Linda Coxon
Mayor's Secretary, Ashbourne Town Council""", subject="Invitation: Mayor's Civic Service", sender=("Linda Coxon", "mayors.secretary@ashbournetowncouncil.example.gov.uk"),
      fmt="html", tags=("invitation", "formal"))

c.add("other", """Hello Helen,

I'm the programme secretary for Hulland & District WI. We have a speaker slot free at our October meeting (second Wednesday, 7.30pm, village hall) and one of our members suggested you, because she'd heard you talk at the library about volunteering in local politics.

It wouldn't need to be party political - the ladies would just love to hear what a constituency secretary actually does, how you got into it, and perhaps some funny stories from the campaign trail. About 30-40 minutes, then questions and tea.

We can offer a small fee (£30) or a donation to a charity of your choice, and there's always cake.

Kind regards,
Susan Bradbury""", subject="WI speaker invitation - October", sender=("Susan Bradbury", "susan.bradbury@btinternet.com"),
      tags=("invitation",))

c.add("other", """HELEN!!!

It's Claire from uni - remember me?! Found you through the Labour website, you haven't changed a bit (well you have, you look like a proper grown-up now).

Anyway, me and Ollie are FINALLY getting married, 22 August, at a barn near Bakewell which is practically your doorstep. We would love you to come. Proper invite to follow but save the date!!

Also let's get a drink before then because it's been about 15 years and that's ridiculous.

C xx""", subject="save the date!!!", sender=("Claire Doyle", "clairedoyle.clairedoyle@gmail.com"),
      tags=("invitation", "personal"))

c.add("other", """Dear Helen,

Assalamu alaikum and warm greetings.

Ashbourne Islamic Centre will be holding a community iftar on Saturday 28 February at sunset (approximately 5.45pm) at the centre on Dig Street. We would be honoured if you and two or three members of your party would join us to break the fast with our community. Representatives of the other parties, the churches and the police have also been invited.

Please let me know numbers by the 24th so we can cater.

With warm regards,
Dr Iqbal Hussain
Chair, Ashbourne Islamic Centre""", subject="Invitation - community iftar", sender=("Iqbal Hussain", "chair@ashbourneislamiccentre.example.org.uk"),
      tags=("invitation",))

c.add("other", """Dear Comrade Pryce,

Derby & District Trades Union Council is 130 years old this year, and to mark the occasion we're holding a centenary-plus-thirty dinner at the Assembly Rooms on Friday 9 October.

We'd be delighted if you would join us as a guest of the Trades Council, in recognition of the support Ashbourne & Dale CLP has given to local disputes over the years, especially the care home strike. Guest speaker: the TUC General Secretary.

No charge for you and a guest. Please let Maureen know by 1 September.

Fraternally,
Ray Cotton, Secretary""", subject="Invitation - Trades Council 130th anniversary dinner",
      sender=("Ray Cotton", "secretary@derbytuc.example.org.uk"), tags=("invitation",))

# ====================================================================== personal news, condolences, social
c.add("other", """Hi Helen,

Some personal news - after 31 years in Ashbourne, Geoff and I are moving up to Fife to be near our daughter and the grandchildren. The house sold faster than we expected so we'll be gone by Easter.

I'll transfer my membership to the Scottish party (I assume Membersnet will do that automatically?) but I wanted to say goodbye properly. The branch has been such a big part of my life. I'll miss the Saturday stalls, even the freezing ones, and I'll miss your emails, which always made me laugh.

If anyone wants a filing cabinet full of old leaflets going back to 1994, it's yours.

Much love,
Maureen""", subject="Some news", sender=("Maureen Buckley", "maureenbuckley@btinternet.com"),
      tags=("personal-news",))

c.add("other", """Dear Helen,

I was so sorry to hear this morning about Nigel. I know how close you all were and what a huge hole he'll leave in Ashbourne & Dale. I only met him a handful of times at regional events but he was always the kindest man in the room, and the funniest, and he once spent an hour on the phone helping me sort out our CLP's bank mandate when he had absolutely no reason to.

Please pass on condolences from all of us in Amber Valley to his family and to your members. If there's anything at all we can do - even just cover a stall or some leafleting so your people can have a breather - please ask.

With love and sympathy,
Joanne Critchlow
Secretary, Amber Valley CLP""", subject="So sorry about Nigel", sender=("Joanne Critchlow", "secretary@ambervalleylabour.example.org.uk"),
      tags=("condolence",))

c.add("other", """Helen,

Attached, for the avoidance of doubt, is photographic evidence that Biscuit has joined the Labour Party. He wore the rosette for almost four seconds before eating it.

Treasurer's report to follow on Tuesday. It is less fun.

Eileen""", subject="new member", sender=("Eileen Shaw", "eileen.shaw@dalescoop.example.co.uk"),
      tags=("social", "banter"))

c.add("other", """Dear Mrs Pryce,

I am 97 and the oldest member of the party in Ashbourne, I am told, so I hope you'll forgive an old woman a little reminiscing.

I was nineteen in July 1945 and I spent the whole of that summer cycling round the villages with leaflets in my basket for our candidate. My father thought I'd gone mad. When the results came through, weeks later because of the soldiers' votes, we had a dance in the Drill Hall and I danced with a boy from the Co-op who became my husband of 61 years.

I saw your name in the Mercury and thought you might like to know that there were people doing the same job as you, in the same lanes, eighty years ago. Some things don't change. The hills don't get any flatter.

Keep going, dear.

Yours sincerely,
Winifred Slack""", subject="1945", sender=("Winifred Slack", "winnie.slack@ntlworld.com"),
      tags=("personal-news", "elderly"))

c.add("other", """Hi all (and Helen, sorry for using the work address!)

Just to let you know that little Aurora Rose arrived at 4.12am on Sunday, 7lb 3oz, with a full head of hair and a very loud voice - a future Labour organiser for sure. Mum and baby both doing well; dad is running on coffee.

I'll be on leave for a few months so please direct campaign stuff to Owen in the meantime.

Priti x""", subject="Baby news!!", sender=("Priti Mistry", "priti.mistry@hotmail.co.uk"), tags=("personal-news",))

c.add("other", """Hello,

I think one of your volunteers left a navy blue scarf (looks hand-knitted, quite long) on the wall outside Boots after the stall on Saturday. I've taken it home to keep it dry. If someone wants it back they can collect it from 3 Compton, just ring the bell.

Rita""", subject="scarf left after your stall", sender=("Rita Gosling", "ritagosling@yahoo.co.uk"),
      tags=("lost-property",))

c.add("other", """Sarah -

Good luck at the hustings tomorrow. You'll knock 'em dead. Remember: breathe, smile, don't let Graham Noakes wind you up, and if all else fails talk about the buses.

Helen, cc'ing you so you can make sure she eats something beforehand.

Love,
Jan""", subject="Tomorrow", sender=("Jan Buxton", "janbuxton@gmail.com"),
      to=["sarahkinsey.labour@gmail.com"], cc=[SEC],
      tags=("social", "hard-negative", "benign-violent-word"))

c.add("other", """Helen - I'm around next week if you fancy that coffee we keep talking about (not about the party, I promise, I just want to hear about your new job). Shoot me a text when you know what day works. Any day but Wednesday.

Lou x""", subject="coffee?", sender=("Louise Carrington", "lou.carrington@icloud.com"),
      tags=("social", "hard-negative", "benign-violent-word"))

c.add("other", """Hi Helen

Just back from the count. What a night. Absolutely shattered but so proud of everyone. That fire alarm going off at 2am when we were one ward from the end - I thought Sarah was going to cry, and then she won by 41 votes and she DID cry!

Get some sleep. Proper debrief next week.

Owen""", subject="what a night", sender=("Owen Fletcher", "owen.fletcher@outlook.com"),
      tags=("social", "hard-negative", "benign-violent-word"))

c.write()
