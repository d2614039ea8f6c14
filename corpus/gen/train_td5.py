"""train/td5: other - social, thanks, news, condolences, misdirected (Hatherley CLP). Hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "td5", seed=1405)
SEC = "%s <%s>" % c.secretary()


def pair():
    """(reply date, earlier date of the quoted/forwarded message)."""
    d = c.rng.randrange(3, 320)
    return c.date(days_back=d), c.date(days_back=d + c.rng.randrange(1, 10))


DEATH_NOTICE = """Dear all,

It is with great sadness that I let you know that Derek Wilson, our former CLP chair and a member
of Oakwood branch for over forty years, died peacefully on Sunday at St Luke's Hospice, with
Maureen and the family beside him. Details of the funeral will follow when the family have them.

Priya Nair
Secretary, Hatherley CLP"""

FUNDAY_THANKS = """Hi everyone,

Thank you SO much to everyone who helped at Saturday's Moor End Fun Day. We had around 600 people
through the park, raised £742 for the Hatherley food bank, and only lost one gazebo leg.

Priya"""

# 1 volunteer's photos from the fun day
c.add("other", subject="Photos from Saturday!",
      sender=c.person("Mandy", "Cooper"), fmt="alt",
      body="""Hi Priya

Attached a few photos from the fun day - the tombola stall, the kids' penalty shootout (Rachel
was in goal and let EVERYTHING in), and a nice one of the whole crew at the end before the rain.
Eleven photos in total, hope they come through, my phone makes them huge.

What a day! My feet are still recovering.

Mandy x""",
      tags=("fun-day", "photo", "attachment-described"))

# 2 birthday wishes for long-standing member
c.add("other", subject="Stan's 80th",
      sender=c.person("Joyce", "Hartley"),
      body="""Dear Priya,

I just wanted to let you know that Stan Marsh turns 80 on Saturday. He joined in 1963 and was
Fernhill ward secretary for longer than some of our members have been alive! He won't want a fuss,
but I know he'd be tickled if a few people sent him a card - 12 Fernhill Close. Please pass on our
warmest wishes from all of us at Fernhill.

Joyce""",
      tags=("birthday", "long-standing-member"))

# 3 condolences from neighbouring CLP
c.add("other", subject="Derek Wilson",
      sender=c.person("Colin", "Marshall"),
      body="""Dear Priya,

I was so sorry to hear of Derek Wilson's death. Everyone in Eastwood CLP who knew him remembers
him with great affection - he came to help us in the 1997 campaign when we had hardly anyone, and
never let us forget it. Please pass on our condolences to Maureen and the family, and to the
members of Hatherley CLP. He was one of the good ones.

With best wishes,
Colin Marshall
Secretary, Eastwood CLP""",
      tags=("condolences",))

# 4 misdirected: planning objection meant for the council
c.add("other", subject="Objection to planning application 26/01873/FUL",
      sender=c.person("Graham", "Pickering"),
      body="""Dear Planning Officer,

I wish to object to the proposed two-storey rear extension at 44 Brookfield Avenue (ref
26/01873/FUL). The extension would overlook my garden and take light from my kitchen for most of
the afternoon. The plans also show the new wall on the boundary line, which I do not agree is the
boundary.

Please acknowledge receipt.

Graham Pickering
42 Brookfield Avenue""",
      tags=("misdirected",))

# 5 misdirected: wedding RSVP for another Priya
c.add("other", subject="RSVP - Priya & Dev's wedding!!",
      sender=c.person("Harpreet", "Kaur"),
      body="""Priya!!! Yes yes yes we're coming, both of us plus the little one (she'll need a high chair).
Vegetarian x2 please. Can't wait to see you in red!!! Is the mehndi the Thursday or Friday?

Love H xx""",
      tags=("misdirected", "social"))

# 6 personal news - new baby
c.add("other", subject="She's here!",
      sender=c.person("Laura", "Bennett"),
      body="""Hi Priya,

Just a quick one to say baby Isla arrived on Tuesday at 3.14am, 7lb 2oz, and both of us are doing
well (if very tired). Tom is besotted. So that's why I've been a bit quiet on the branch WhatsApp!

I'll be back at meetings in the new year, probably with a baby in a sling.

Laura x""",
      tags=("personal-news",))

# 7 thanks from constituent via CLP
c.add("other", subject="Thank you to Rachel and her team",
      sender=c.person("Emeka", "Obi"),
      body="""Dear Sir or Madam,

I don't know the right address for this so I am sending to you. In the summer my mother's visa to
visit for my wedding was refused and Rachel Coombes MP's office helped us with the reconsideration.
It was granted and my mother was at my wedding last Saturday. I would like to say thank you from
the bottom of my heart to the caseworker, Jenny, and to the MP. Please pass this on.

Emeka Obi""",
      tags=("thanks",))

# 8 curry after canvassing
c.add("other", subject="curry after saturday?",
      sender=c.person("Deepak", "Sharma"),
      body="Priya, few of us are going to the Jewel of India after the Brookfield session Saturday, about 1.30. You coming? Tell Anil too. D",
      tags=("social", "one-line"))

# 9 sales pitch from a local printer (person)
c.add("other", subject="Leaflet printing - local, union-recognised",
      sender=("Kevin at Moor End Print", "kevin@moorendprint.example.co.uk"),
      body="""Hi Priya,

I hope you don't mind me getting in touch. I run Moor End Print on the industrial estate - family
firm, Unite-recognised, been going since 1989. I noticed from your last leaflet that you use a
national online printer. I reckon we could match them on price for A5 two-sided runs of 10,000+,
and you'd be able to pick up from us the same day rather than waiting for a courier.

If you fancy a chat, I'll pop round with some samples - or call me on 07700 900 318.

All the best,
Kevin Holroyd
Moor End Print""",
      tags=("sales-pitch",))

# 10 retiring and moving to Cornwall
c.add("other", subject="Moving on",
      sender=c.person("Maureen", "Gibson"),
      body="""Dear Priya,

After 34 years in Hatherley I'm finally retiring from the library in December, and Ken and I are
moving to Cornwall to be nearer the grandchildren. So this is a thank-you and a goodbye - I'll
transfer my membership down there, so I'm not leaving the party, just the branch!

I'll miss the Brookfield lot terribly. Some of my happiest memories are of the 1997 count, the
quiz nights and the cake stalls. Please say goodbye to everyone for me at the next meeting.

With love,
Maureen""",
      tags=("personal-news", "thanks"))

# 11 get well soon
c.add("other", subject="Thinking of you",
      sender=c.person("Sue", "Patel"),
      body="""Priya,

Just heard from Anil you were in hospital over the weekend. I hope it's nothing serious and you're
home and resting. Don't even THINK about the CLP for a couple of weeks - we'll manage. Shout if you
need shopping or a lift anywhere.

Big hugs,
Sue xx""",
      tags=("get-well",))

# 12 poem for branch centenary
c.add("other", subject="A poem for the centenary",
      sender=c.person("Albert", "Hirst", provider="btinternet.com"),
      body="""Dear Priya,

I wrote this for the Oakwood branch centenary dinner. I'm not a poet, but I thought it might amuse
people. Feel free to read it out if there's time, or not if there isn't.

    A Hundred Years in Oakwood

    They met above the Co-op shop
    in nineteen twenty-six,
    with candles when the gas went off
    and leaflets, paste and sticks.

    They marched for bread, they marched for jobs,
    they marched for Spain and peace,
    they knocked on every door in town -
    the knocking doesn't cease.

    So raise a cup of Co-op tea
    to those who went before,
    and then, my friends, put on your coats:
    there's one more street, one more door.

Best wishes,
Albert Hirst""",
      tags=("social", "poem"))

# 13 funeral arrangements from family
c.add("other", subject="Mum's funeral - Eileen Rowe",
      sender=c.person("Jacqueline", "Rowe"),
      body="""Dear Priya,

Thank you for your kind message about Mum. The funeral will be on Friday 14th at 11.30am at Fernhill
Crematorium, and afterwards at the Fernhill Conservative Club (I know! It's the only room big enough
and she'd have laughed). Members of the branch are very welcome. Mum asked for red roses rather
than lilies, and donations to the Hatherley food bank instead of flowers if people prefer.

Jackie""",
      tags=("funeral",))

# 14 thank-you for the flowers
c.add("other", subject="Thank you",
      sender=c.person("Maureen", "Wilson", provider="aol.com"),
      body="""Dear Priya and all at Hatherley Labour,

Thank you for the beautiful flowers and card after Derek's death, and for the guard of honour at
the crematorium with the banners. He would have been so proud. The family were very moved.

Yours,
Maureen Wilson""",
      tags=("thanks", "condolences"))

# 15 quiz night results
c.add("other", subject="Quiz night - results and thanks",
      sender=c.person("Anil", "Mehta"),
      body="""Evening Priya,

Quiz night went brilliantly - 14 teams, £386 raised for the fighting fund after costs. Winners were
"Quizteama Aguilera" (Sandhill branch, again, suspicious) and the booby prize went to "The Tory
Mandate", who scored 19. The picture round on Labour leaders' moustaches went down a storm.

Thanks to the Moor End Social Club for the room. Same again in March?

Anil""",
      tags=("social", "thanks"))

# 16 lost property found
c.add("other", subject="left at the community centre",
      sender=c.person("Carol", "Kershaw"),
      body="""Hi, after Thursday's meeting we found a navy umbrella with a duck handle, a Tupperware box (empty,
blue lid) and a pair of reading glasses in a red case. They're behind the bar at the Brookfield
community centre. Carol (caretaker)""",
      tags=("lost-property",))

# 17 little lad's face-painting photo
c.add("other", subject="for the labour lady",
      sender=c.person("Jodie", "Fletcher"),
      body="""hiya, this is probably a weird email to get but my son Kai (5) had his face painted as a tiger at the
fun day by one of your ladies with the red t-shirts and he has made me promise to send you the
photo so "the Labour lady can see it". so here it is!! hes been a tiger for 3 days now. thanks for a
lovely day x""",
      tags=("fun-day", "photo", "thanks"))

# 18 Welsh cakes recipe
c.add("other", subject="Welsh cakes recipe (as promised)",
      sender=c.person("Gwen", "Probert"),
      body="""Priya,

Here's the recipe several people asked for at the Christmas social:

225g self-raising flour, pinch of salt, 100g butter, 75g caster sugar, 50g currants, 1 egg, a
splash of milk. Rub the butter into the flour, stir in sugar and currants, bind with egg and milk,
roll out to 5mm, cut into rounds, cook on a medium griddle about 3 minutes each side. Sugar on top
while warm.

The secret is not to roll them too thin. And a bit of nutmeg if you're feeling fancy.

Gwen""",
      tags=("social",))

# 19 misdirected: invoice for bouncy castle meant for PTA
c.add("other", subject="Invoice INV-0928 - Bouncy castle hire",
      sender=("Bounce Around Hatherley", "bookings@bouncearoundhatherley.example.co.uk"),
      body="""Hi there,

Please find attached invoice INV-0928 for the hire of the Jungle Combi bouncy castle and the
inflatable slide at the Oakwood Primary School Summer Fair on 12 July.

Total: £265.00. Payment by bank transfer please within 14 days.

Thanks for booking with us - the kids looked like they had a brilliant time!

Dawn
Bounce Around Hatherley""",
      tags=("misdirected", "attachment-described"))

# 20 misdirected: grandma to granddaughter
c.add("other", subject="sunday",
      sender=c.person("Nirmala", "Nair", provider="hotmail.co.uk"),
      body="""Priya my darling are you coming on sunday for lunch. I am making the fish curry you like. Tell
Arjun to bring the big dish back I need it.

Love Ammamma""",
      tags=("misdirected", "personal"))

# 21 congratulations on engagement
c.add("other", subject="Congratulations!!",
      sender=c.person("Rachel", "Greenwood"),
      body="""Priya - just saw the news on Facebook - CONGRATULATIONS to you and Sunil! That is wonderful. I expect
a full report at the next GC (under AOB, obviously).

Rachel xx""",
      tags=("personal-news", "social"))

# 22 proud grandma, graduation
c.add("other", subject="Our Liam graduated!",
      sender=c.person("Pat", "Shaw"),
      body="""Hello Priya love,

Sorry to bother you but I'm so proud I'm telling everybody. Our Liam graduated from Leeds last
Friday - first in the family to go to university - 2:1 in Social Policy. He says it's all the
Labour meetings I dragged him to when he was little. I've attached a photo of him in his gown with
his nana (me).

Pat""",
      tags=("personal-news", "photo"))

# 23 thanks from winning councillor (personal)
c.add("other", subject="Thank you",
      sender=c.person("Shabana", "Akhtar"),
      body="""Priya,

I've been trying to find the words since Thursday night. We held Sandhill by 211 votes and I know
exactly whose Saturdays, evenings and shoe leather made that happen. Thank you for the
organisation, the endless spreadsheets, and for talking me down at 2am at the count when I was
convinced we'd lost. I'll say it properly at the GC but I wanted you to hear it first.

Shabana
(Cllr! Still not used to it)""",
      tags=("thanks",))

# 24 condolences reply to death notice
D, Q = pair()
c.add("other", subject="Re: Sad news - Derek Wilson",
      sender=c.person("Tony", "Ashworth"),
      body=c.quote_reply("""Very sad news. Derek signed my membership form in 1983 in the back room of the Oakwood Arms.
He taught me how to fold a leaflet so it goes through a stiff letterbox in one go. Please pass on
my condolences to Maureen.

Tony""", DEATH_NOTICE, style="gmail", quoted_date=Q),
      date=D, tags=("condolences", "quoted"))

# 25 greetings from a German twinned party branch (non-native)
c.add("other", subject="Greetings from Ortsverein Lindenau",
      sender=c.person("Marek", "Schulz"),
      body="""Dear comrades of Hatherley,

With this email we send you warm greetings from the SPD Ortsverein Lindenau, the partner of your
party since the town twinning in 1988. Our members remember with pleasure the visit of your
delegation in May and the very good evening in the Ratskeller (and the English song about the
red flag which we still do not understand completely).

We hope you can visit us again next year for our 150 years celebration. We wish you success in
your elections.

With solidary greetings,
Marek Schulz
Vorsitzender, SPD Ortsverein Lindenau""",
      tags=("social", "non-native"))

# 26 Christmas greetings
c.add("other", subject="Merry Christmas!", fmt="html", body="x",
      sender=c.person("Val", "Dobson"),
      html_body="""<html><body><div style="font-family:Comic Sans MS,cursive;font-size:16px;color:#b30000;text-align:center">
<p>🎄 Merry Christmas Priya and all the Hatherley comrades! 🎄</p>
<p>Thank you for all your hard work this year.<br>Have a lovely rest, you deserve it!!</p>
<p>Love from Val and Geoff (and Biscuit the dog) xxx</p></div></body></html>""",
      tags=("social", "html-only"))

# 27 courgette glut
c.add("other", subject="courgettes",
      sender=c.person("Dennis", "Armitage"),
      body="Priya - allotment's gone mad again. I'll bring a box of courgettes and some runner beans to Thursday's meeting, help yourselves. If anyone wants a marrow the size of a toddler, speak now. Dennis",
      tags=("social",))

# 28 50 years membership, reminiscence
c.add("other", subject="50 years",
      sender=c.person("Harold", "Binns", provider="btinternet.com"),
      body="""Dear Priya,

My membership card arrived this week saying "Member since 1976" and it set me thinking, so forgive
an old man for reminiscing. I joined the week after the Grunwick dispute started, on the
recommendation of my shop steward at the mill. In those days the Moor End ward met in the back of
the Miners' Welfare and the secretary took the subs in a biscuit tin. We had 340 members in Moor End
alone. I canvassed for Michael Foot's lot in '83 - don't let anybody tell you that was fun.

I've attached a photo of the Moor End ward party outside the Welfare in 1979 - I'm third from the
left, with hair. Perhaps it could go on the wall at the office, if there still is one.

Keep up the good work. It's a long game.

Harold Binns""",
      tags=("long-standing-member", "photo", "reminiscence"))

# 29 photographer pitch
c.add("other", subject="Candidate headshots - special rate",
      sender=("Amy Latham Photography", "amy@amylathamphoto.example.co.uk"),
      body="""Hi Priya,

I'm a local photographer (Fernhill-based) and I noticed you'll have several new council candidates
this spring. I offer a candidate package: 30-minute outdoor shoot, 5 edited portraits, rights for
print and social media, £95 per candidate, or £400 for five. I've done similar for two other local
groups and a couple of independent councillors.

Happy to send examples. Hope you don't mind me getting in touch!

Amy""",
      tags=("sales-pitch",))

# 30 handmade badges
c.add("other", subject="handmade rose brooches",
      sender=c.person("Lorraine", "Haigh"),
      body="""Hi Priya, I crochet red rose brooches (I've attached a picture) and I was wondering whether the CLP
would want some for the Christmas fair stall? I could do 40 by December. I'd sell them to you at
£2 each and you could sell them for £4-5 and keep the profit for the funds. Just an idea! Lorraine""",
      tags=("sales-pitch", "attachment-described"))

# 31 apology for being merry at the Christmas do
c.add("other", subject="Sorry about Saturday!",
      sender=c.person("Gary", "Lockwood"),
      body="""Priya, just wanted to say sorry if I was a bit loud at the Christmas do. Three mulled wines on an
empty stomach and suddenly I'm doing The Red Flag with actions. Tell Joan I'll replace her
reindeer antlers. Mortified.

Gary""",
      tags=("social",))

# 32 thanks for lift to hospital
c.add("other", subject="Thank you for the lift",
      sender=c.person("Elsie", "Moorhouse", provider="aol.com"),
      body="""Dear Priya,

Just to say thank you ever so much for running me to the eye clinic on Tuesday and waiting with
me. It made all the difference. The drops have worked a treat and I can see the telly again.

With thanks and love,
Elsie Moorhouse""",
      tags=("thanks", "elderly"))

# 33 youth officer got into university
c.add("other", subject="GOT IN!!!",
      sender=c.person("Zainab", "Hussain"),
      body="""PRIYA I GOT INTO MANCHESTER!!!!! politics and economics!!!! just found out, had to tell you cos you
wrote my reference for the volunteering thing. i'll still come to stuff in the holidays i promise
😭😭 thank you for everything xx""",
      tags=("personal-news", "noisy"))

# 34 birthday from a friend
c.add("other", subject="Happy birthday!",
      sender=c.person("Nadia", "Iqbal"),
      body="Happy birthday lovely! Hope someone else is doing the minutes today 🎂 Drinks Friday? xx",
      tags=("birthday", "one-line"))

# 35 100th birthday of member since 1945
c.add("other", subject="Our oldest member is 100!",
      sender=c.person("Barbara", "Firth"),
      body="""Dear Priya,

I thought you'd like to know that Winifred Hollings of Oakwood turns 100 tomorrow. She joined the
party in July 1945, the week of the Attlee landslide, when she was 19 and working at the munitions
factory. The Hatherley Gazette are doing a piece on her (cutting attached) and she made sure they
mentioned "the Labour" in the first paragraph.

She's in Beechwood Court care home. She'd love a card from the CLP - she still reads every
leaflet, and corrects the grammar.

Barbara (Oakwood branch)""",
      tags=("birthday", "long-standing-member", "attachment-described"))

# 36 misdirected: cricket club
c.add("other", subject="Nets on Tuesday",
      sender=c.person("Jack", "Ramsden"),
      body="""Hi Priya,

Can you confirm we've got the indoor nets at Hatherley Leisure Centre on Tuesday from 7? Also we're
two short for the Saturday friendly against Fernhill Park, can you put a shout out on the group?

Cheers
Jack (2nd XI captain)""",
      tags=("misdirected",))

# 37 misdirected: boiler quote to someone else
c.add("other", subject="Quote - boiler replacement, 17 Sandhill Road",
      sender=("D. Walsh Heating & Plumbing", "dwalshheating@gmail.com"),
      body="""Hi Mr and Mrs Nair,

Following my visit on Monday, please find my quote for replacing the existing back boiler with a
combi:

Worcester Greenstar 30kW combi, supplied and fitted - £2,450
Removal of back boiler and cylinder, making good - £380
Powerflush - £350
Total £3,180 inc VAT. 10-year manufacturer warranty.

Any questions give me a ring.

Dave Walsh""",
      tags=("misdirected",))

# 38 thanks from the food bank
c.add("other", subject="Thank you from Hatherley Food Bank",
      sender=("Hatherley Food Bank", "coordinator@hatherleyfoodbank.example.org.uk"),
      body="""Dear Priya and everyone at Hatherley Labour,

On behalf of the food bank team, thank you for the £742 raised at the Moor End Fun Day and for the
14 crates of food your members collected. That will make a real difference in the run-up to
Christmas, when we expect to give out over 900 parcels.

With warm thanks,
Helen Crowther
Coordinator""",
      tags=("thanks",))

# 39 forwarded joke from elderly member
D, Q = pair()
c.add("other", subject="Fw: FW: Fwd: this made me laugh",
      sender=c.person("Roy", "Holt", provider="aol.com"),
      body=c.forward("thought you would like this priya. roy", """A Tory, a Lib Dem and a Labour canvasser walk into a pub.

The barman says "What'll it be?"

The Tory says "I'll have whatever the owner of the pub is having."
The Lib Dem says "I'll have a pint, a half and a lemonade, and can I put a leaflet on each table
saying this pub is a two-horse race?"
The Labour canvasser says "Sorry, can't stop, I've got six more streets to do."

>>> PASS IT ON <<<""", "Maggie Holt <maggieholt44@aol.com>", "Fwd: this made me laugh", orig_date=Q),
      date=D, tags=("social", "forwarded", "elderly"))

# 40 Sunday ramble
c.add("other", subject="Walk Sunday?",
      sender=c.person("Helen", "Sykes"),
      body="""Hi Priya,

A few of us from Fernhill are doing a ramble up Moor End Edge on Sunday - about 6 miles, meet at the
Fleece car park at 10, pub lunch at the end. No politics allowed (well, maybe a bit). Would love you
to come if you're free. Bring boots, it'll be boggy.

Helen""",
      tags=("social",))

# 41 condolences to Priya on her father
c.add("other", subject="So sorry",
      sender=c.person("Margaret", "Pearson"),
      body="""Dear Priya,

I've just heard from Anil about your dad. I am so very sorry. Please don't give the CLP a second
thought - we've sorted cover for the GC and the EC, and nothing else matters at the moment. Take
all the time you need with your family.

Thinking of you,
Margaret""",
      tags=("condolences",))

# 42 member stepping back for treatment
c.add("other", subject="Taking a step back",
      sender=c.person("Ian", "Whitaker"),
      body="""Priya,

I wanted you to hear this from me before the rumour mill gets going. I've been diagnosed with bowel
cancer - caught early, the consultant is optimistic - and I start treatment next month. I'm going
to step back from canvassing and meetings for a few months. Ruth will keep an eye on the Brookfield
deliveries.

Please don't make a fuss. I'll be back, probably just as annoying.

Ian""",
      tags=("personal-news",))

# 43 thanks for chairing
c.add("other", subject="Last night",
      sender=c.person("Sophie", "Lister"),
      body="Just wanted to say you did a brilliant job keeping last night's meeting civil. That was not an easy room. Hope you got home and had a large glass of something. Sophie",
      tags=("thanks",))

# 44 fun day photo, may be used (also query)
c.add("other", subject="photo for the newsletter?",
      sender=c.person("Rizwan", "Qureshi"),
      body="""Salaam Priya,

I took this one at the fun day (attached) - the tug of war, Councillor Akhtar's team winning. I
think it came out really well. If you want it for the newsletter or Facebook you're very welcome
to it, everyone in it is a member and they were all laughing about it being "for the leaflet".

Rizwan""",
      tags=("fun-day", "photo", "attachment-described"))

# 45 thanks from Mela organisers
c.add("other", subject="Thank you for being at the Hatherley Mela",
      sender=("Hatherley Mela Committee", "info@hatherleymela.example.org.uk"),
      body="""Dear Priya,

Thank you to the Hatherley Labour volunteers who ran the stall and helped with the litter pick at
this year's Mela. Over 8,000 people came through the park across the weekend. Special thanks to
the volunteer who found a lost child's shoe and walked round with it for an hour until she found
the owner!

We hope to see you next year.

Warm regards,
Mela Committee""",
      tags=("thanks",))

# 46 memories of a Kinnock visit
c.add("other", subject="Found this in a drawer",
      sender=c.person("Keith", "Butterworth"),
      body="""Priya

Clearing out my late father's bureau I found a programme from Neil Kinnock's visit to Hatherley
Town Hall in 1987, signed by him, and a ticket stub for the eve-of-poll rally. Dad was a steward.
I'm not political myself but I think it belongs with the local party rather than in my loft. Can I
drop it in somewhere? No rush.

Keith Butterworth""",
      tags=("reminiscence", "personal"))

# 47 misdirected bin complaint (also complaint)
c.add("other", also=["complaint"], subject="bins not collected AGAIN",
      sender=c.person("Trevor", "Hebden"),
      body="""Brookfield Avenue, green bins, not collected for the second fortnight running. The lorry came, did
the odd numbers and went. I've rung your number three times and get a recorded message. Can
somebody at the council sort it out please.

T. Hebden""",
      tags=("misdirected", "confuser", "complaint-as-other"))

# 48 former secretary's friendly note
c.add("other", subject="From one secretary to another",
      sender=c.person("Jean", "Holroyd"),
      body="""Dear Priya,

I was secretary of this CLP from 1994 to 2006 and I've been watching with admiration. I just wanted
to say: it's a thankless job, the inbox never empties, and somebody will always be cross with you
about something. You're doing it beautifully. Don't forget to have a life as well.

Warmly,
Jean Holroyd""",
      tags=("thanks",))

# 49 photos from Pride
c.add("other", subject="Pride pics 🏳️‍🌈",
      sender=c.person("Chris", "Lumb"), fmt="alt",
      body="""Hey Priya!

Some pics from Hatherley Pride on Saturday - our banner looked amazing (thanks Jan for the sewing
marathon), and there's one of Rachel Coombes dancing badly to Kylie that I think we're legally
obliged to keep forever. Link to the full album: https://photos.app.goo.gl/examplePride2026

Chris x""",
      tags=("photo", "social"))

# 50 tribute to be read at GC (also procedural)
c.add("other", also=["procedural"], subject="Tribute to Eileen Rowe",
      sender=c.person("Frank", "Greaves"),
      body="""Priya,

I understand the GC will remember Eileen Rowe at Thursday's meeting. If it helps, here are a few
words that the chair or I could read:

"Eileen Rowe joined the party in 1959 and served Fernhill as branch secretary, treasurer, women's
officer and, for twelve years, councillor. She ran the first nursery campaign in Hatherley and
never missed a polling day in sixty years. She was kind, fierce and funny, and she made the best
sandwiches at any count in the county. We will miss her."

Frank""",
      tags=("condolences", "confuser", "other-near-procedural"))

c.write()
