"""train/tc6: other - thanks, bereavements, misdirected mail, personal pitches, reminiscences (Hatherley CLP).
All content hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tc6", seed=1306)
P = c.person

# 1 thanks after AGM
c.add("other", subject="Thank you for Saturday", sender=P("Wendy", "Roberts"),
      tags=("thanks", "short"),
      body="Priya, just wanted to say what a lovely AGM that was - ran to time, nobody shouted, and the sandwiches were excellent. Thank you for all the work behind the scenes. Wendy x")

# 2 quizmaster thanks
c.add("other", subject="Quiz night - we raised £612!", sender=P("Gareth", "Hughes"),
      tags=("thanks", "fundraising"),
      body="""Hi Priya,

Final count from Friday's quiz at the Trades Club: £612.40 after the room and the prizes. That's the best we've ever done. The table from Canal Side won (again - I'm starting to suspect they have a ringer) and the picture round on 1970s Labour leaders' eyebrows was a surprise hit.

Thanks for selling tickets and for putting up with my terrible jokes on the mic. I've handed the cash to Lorna.

Same time next year?

Gareth""")

# 3 food bank thanks (organisation)
c.add("other", subject="Thank you from Hatherley Food Bank", sender=("Hatherley Food Bank", "info@hatherleyfoodbank.example.org.uk"),
      tags=("thanks", "organisation"), fmt="alt",
      body="""Dear Priya and everyone at Hatherley Labour,

On behalf of the volunteers and trustees of Hatherley Food Bank, thank you for the collection at your annual dinner. We received 14 crates of food and toiletries and a cheque for £285.

To give you an idea of what that means: it is roughly a week of emergency parcels for families in Northgate and Westcombe, at a time when referrals are up by a third on last year.

Please pass on our thanks to everyone who gave.

With warm wishes,
Anne Cartwright
Coordinator, Hatherley Food Bank
Registered charity no. 0000000""")

# 4 speaker thanks
c.add("other", subject="Thanks for having me", sender=("Dr Ruth Okonjo", "r.okonjo@hatherley.example.ac.uk"),
      tags=("thanks", "events"),
      body="""Dear Priya,

Thank you for inviting me to speak at the political education evening on Thursday. I don't often get an audience who have read the reading list before I arrive, and the questions on hospital trusts and PFI were sharper than most of my seminars.

I promised a couple of people the slides - I've put them online here: https://example.ac.uk/okonjo/nhs-history-talk. Please feel free to share.

Best wishes,
Ruth""")

# 5 teen thanks after first canvass
c.add("other", subject="omg", sender=P("Maya", "Patel", "icloud.com"),
      tags=("thanks", "youth", "noisy"),
      body="""just wanted to say thank u for sorting my first canvass on saturday!!! i was SO nervous but Uchenna was amazing and the lady at no 32 gave us biscuits lol. i talked to like 20 people. defo coming again

maya""")

# 6 bereavement: widow informs
c.add("other", subject="Sad news - Harold Pickering", sender=P("Joan", "Pickering", "btinternet.com"),
      tags=("bereavement",),
      body="""Dear Priya,

I'm writing to let you and the branch know that my husband Harold died peacefully on Tuesday at St Anne's Hospice, with the family around him. He was 87.

Harold joined the party in 1956 and was so proud of his membership card. He delivered the Foxhill leaflets until last winter, when his legs finally let him down, and he still asked me every polling day to drive him past the school to "see the tellers".

The funeral will be at Hatherley Crematorium on Monday 17th at 11.30am and afterwards at the Foxhill Social Club. Everyone from the party would be very welcome. He'd have liked a red rose on the coffin, if anybody wants to bring one.

With best wishes,
Joan Pickering""")

# 7 branch secretary reports a death
c.add("other", subject="Death of Brenda Marsh", sender=P("Imran", "Hussain"),
      tags=("bereavement", "branch"),
      body="""Priya,

I'm sorry to say that Brenda Marsh, who many will remember as the Northgate branch treasurer for most of the 1990s and 2000s, died last week after a short illness.

Brenda was a fixture at every jumble sale and every count for thirty years, and she taught half of us how to fold a leaflet so it goes through a stiff letterbox first time. Her son says the family are planning a private funeral and a memorial later in the year, and will let us know.

I thought you'd want to know before Thursday's GC.

Imran""")

# 8 Punjabi-English, father's death, thanks
c.add("other", subject="My father passed away", sender=P("Gurpreet", "Singh"),
      tags=("bereavement", "non-native", "thanks"),
      body="""Respected Priya ji,

With heavy heart I inform that my father S. Balwant Singh Gill left this world on Sunday morning. He was member of Labour party since 1971 when he came to Hatherley to work in the foundry. He always say Labour is party of working man and he never miss voting, even last year when he was in wheelchair we took him to polling station.

Thank you to all the party members who visit him in the hospital and sent the flowers, especially Cllr Akhtar and Mrs Gill Sutcliffe. Our family is very grateful.

Bhog and Antim Ardas will be at Guru Nanak Gurdwara Northgate on Saturday at 11am, everybody welcome.

Gurpreet Singh Gill""")

# 9 misdirected: fly-tipping to council
c.add("other", subject="Fly tipping behind Elm Court", sender=P("Barbara", "Cooper"),
      tags=("misdirected", "council"),
      body="""Dear Hatherley Borough Council Environmental Services,

I wish to report fly tipping on the access lane behind Elm Court, Westcombe (off Holly Way). There is a mattress, a broken fridge, and about ten black bags which have been split open by foxes. It has been there since last Thursday.

Please arrange for it to be removed. I have attached photographs.

Yours faithfully,
Mrs B. Cooper
7 Elm Court""")

# 10 misdirected: planning objection
c.add("other", subject="Objection - planning application 25/00871/FUL", sender=P("Martin", "Fisher"),
      tags=("misdirected", "council", "planning"),
      body="""To: The Planning Officer

Re: 25/00871/FUL - Erection of two-storey rear extension, 22 Laburnum Road

I object to the above application on the grounds of loss of light to my kitchen and rear garden, and because the proposed extension would be overbearing given the slope of the gardens.

Please ensure this objection is placed before the committee.

Martin Fisher
20 Laburnum Road, Hatherley""")

# 11 misdirected: council tax DD form
c.add("other", subject="council tax direct debit", sender=P("Leanne", "Carter"),
      tags=("misdirected", "council", "short"),
      body="Hi, please find my council tax direct debit form attached, I want to pay on the 15th each month instead of the 1st. Account ref 40012273. Thanks Leanne Carter")

# 12 misdirected: wrong Priya, kids' party
c.add("other", subject="Isla's party Saturday!!", sender=P("Kate", "Jones"),
      tags=("misdirected", "personal"),
      body="""Hi Priya!!

So sorry it's taken me ages to reply - yes Ruby would LOVE to come to Isla's party on Saturday, she's been talking about nothing else. Is it 2 till 4 at the soft play? Does she need to bring anything (wellies / change of clothes)?

Also do you want me to take the two of them to school on Friday so you can get the cake sorted?

Kate xx""")

# 13 misdirected: RSVP to the Conservatives
c.add("other", subject="RSVP - Autumn Supper", sender=P("Geoffrey", "Hartley"),
      tags=("misdirected", "other-party"),
      body="""Dear Sir or Madam,

My wife and I would be delighted to attend the Hatherley Conservatives' Autumn Supper on the 8th. Please find enclosed a cheque for £70. We have no dietary requirements.

We look forward to hearing the guest speaker.

Yours faithfully,
G. Hartley""")

# 14 printer salesman personal pitch
c.add("other", subject="Quick hello from a local printer", sender=("Dean Walsh", "dean@walshprintworks.example.co.uk"),
      tags=("sales-pitch", "supplier"),
      body="""Hi Priya,

Dean from Walsh Print Works here - we're the family firm on Canal Road, been going since my grandad started it in 1962. I'm not a mass-mailer, I promise: I spotted one of your Millbrook leaflets on my mum's mat and thought, we could do that for less, and it'd be printed a mile away instead of in Leeds.

A5 double-sided on 130gsm silk, 10,000 for £285, delivered to your door, 48-hour turnaround in election weeks. Imprints checked for free (I've printed for all the parties over the years, so I know the rules).

No hard feelings if you're tied in elsewhere. If you fancy a cuppa and a look at some samples, I'm about most days.

Cheers,
Dean Walsh
Walsh Print Works | 01632 960 455""")

# 15 café owner pitch for meeting room
c.add("other", subject="Meeting space at The Lock Café", sender=P("Giulia", "Moretti"),
      tags=("sales-pitch", "venue"),
      body="""Hello Priya,

I've just opened The Lock Café on the canal towpath (the old lock-keeper's cottage) and we've got an upstairs room that seats 25 with a screen. A friend who's in the Labour party said you're sometimes looking for places for meetings.

I'd be happy to offer it in the evenings for just the cost of teas and coffees, as we're trying to get known. It's step-free from the towpath side. Come and have a look any time.

Giulia""")

# 16 web designer freelancer pitch
c.add("other", subject="Your website", sender=P("Josh", "Pearce"),
      tags=("sales-pitch",),
      body="""Hi there,

Hope this isn't too cheeky. I'm a freelance web designer based in Brindley Park and I had a look at your site - it's a bit slow on mobile and the events page hasn't updated since March (not judging! I know it's volunteers).

I do a lot of work for charities and community groups and I'd be happy to do a refresh at a "community rate". Portfolio at joshpearce.example.dev. No worries at all if not.

Josh""")

# 17 long reminiscence, miners' strike
c.add("other", subject="Some memories for the 40th anniversary", sender=P("Roy", "Bamforth", "btinternet.com"),
      tags=("reminiscence", "long", "elderly"),
      body="""Dear Priya,

You asked at the GC whether any of the older members had memories of the strike for the display at the library. I'm not much of a writer but my grandson has typed this up from what I told him, so here it is. Use as much or as little as you like.

I was twenty-six in March 1984 and working at Hatherley Colliery, which most of the young members won't even know was there - it's the retail park now, where the big Tesco is. My dad worked there, and his dad. When the strike came I don't think any of us thought it would last a year. We thought it would be a few weeks, like '74.

The thing I remember most isn't the picket lines, though I did my share of those. It's the kitchen at the Miners' Welfare on Carver Street. The women ran it. My mother, my wife Sheila, Brenda Marsh (God rest her), and a dozen others. They fed two hundred people a day on donations. The Labour Party ward branches went round with buckets every Saturday in the town centre, and people who had nothing much themselves put coins in. A branch in Hackney adopted us and sent a van down at Christmas with toys for every child in the village. I still have the letter they sent with it.

Not everyone in the party was with us, and there were some hard words at meetings that took years to mend. But the local party, the people who actually knocked on doors in Foxhill, were with us from the first day to the last. Our councillor then, Frank Doyle, gave up his allowance for the whole year and put it in the strike fund. I've never forgotten that.

We went back in March '85 behind the band and the banner. The pit closed in 1992 anyway. Some of the lads never worked again. Sheila always said the strike was the worst year of our lives and the best, and I think that's right. I've never been part of anything like it, before or since.

If the young ones take anything from it, I hope it's that politics isn't just what happens in London. It's who turns up with a pan of stew when you need it.

I've got some photos of the kitchen and the Christmas van that you're welcome to borrow for the display, if you'll give them back. Sheila's in one of them, with her hair done.

All the best,
Roy Bamforth
Foxhill branch (member since 1977)""")

# 18 1997 photo found in the loft
c.add("other", subject="Look what I found!", sender=P("Christine", "Hale"),
      tags=("reminiscence", "short"),
      body="""Priya - clearing Mum's loft and found this: a photo of the Hatherley count in May 1997, with Keith (with HAIR!) and about forty of us in those awful red ties. Attached. Thought it might make people smile at the next social. Keith may disagree.

Christine""")

# 19 personal news: new baby
c.add("other", subject="She's here!", sender=P("Niamh", "Kelly"),
      tags=("personal-news", "friendly"),
      body="""Hi Priya and everyone,

Just a quick one to say that baby Aoife arrived on Sunday night at 8lb 2oz, in a hurry and absolutely furious about it. We're all doing well, if very tired.

I'll be off the Canal Side rota for a while obviously! But I'll bring her to the Christmas social so she can get her first taste of a branch meeting.

Niamh xx""")

# 20 get-well wishes to the chair
c.add("other", subject="Please pass on to Keith", sender=P("Joyce", "Farrell"),
      tags=("get-well", "friendly"),
      body="""Dear Priya,

We heard at the branch that Keith is in Hatherley General after his operation. Could you pass on best wishes from all of us in Brindley Park and tell him not to worry about the GC, the world won't end if he misses one. We've signed a card which I'll drop at the hospital on Saturday.

Joyce""")

# 21 farewell from departing organiser
c.add("other", subject="Signing off", sender=("Marcus Leigh", "organiser@hatherleylabour.org.uk"),
      tags=("farewell", "thanks"),
      body="""Hi Priya,

As you know, Friday is my last day as the CLP organiser before I start the new job in Manchester. I just wanted to say a proper thank you. Three years, two general elections' worth of leaflets, one by-election, countless phone banks in the Unison office with the heating broken. I've learned more in this CLP than I did in my degree.

I've left the handover notes in the shared drive and the office keys with Lorna. I'll still be on the members' WhatsApp, whether you like it or not.

All the best,
Marcus""")

# 22 member moving abroad
c.add("other", subject="Goodbye for now", sender=P("Deepak", "Chaudhry"),
      tags=("farewell", "personal-news"),
      body="""Hello Priya,

My wife and I are moving to Lisbon at the end of the month to be nearer our daughter and the grandchildren. After 24 years in Northgate it's a strange feeling. I've been so proud to be part of this branch - it's where I made most of my friends when we first came to this country.

Please say goodbye to everyone for me. If anybody from the CLP is ever in Lisbon, the coffee is on me.

Warm regards,
Deepak""")

# 23 casework resolved thanks to councillor, pass on
c.add("other", subject="Please thank Cllr Desai", sender=P("Hassan", "Abdi"),
      tags=("thanks", "non-native", "councillor"),
      body="""Hello,

I want to say thank you to Councillor Desai. She help me with the housing repair, the ceiling and the damp. Last week the workers come and fix everything, my daughter is sleeping in her room again. Please tell her thank you from me and my family. She is good lady.

Hassan Abdi
Tamworth House""")

# 24 photo share after summer fair
c.add("other", subject="Photos from the summer fair", sender=P("Ben", "Mitchell"),
      tags=("friendly", "photos"),
      body="""Hi Priya,

Here are the photos from Saturday's summer fair - there are about 80 in the folder: https://photos.example.com/share/hatherley-fair. Best ones are the tug of war (Labour vs the Rotary, we lost) and the kids with the red balloons.

Feel free to use any for the newsletter or Facebook. I've left out anyone who asked not to be photographed.

Ben""")

# 25 lemon drizzle recipe
c.add("other", subject="The lemon drizzle recipe", sender=P("Irene", "Fowler"),
      tags=("friendly", "personal"),
      body="""Priya love, a few people asked for my lemon drizzle recipe at the coffee morning so here it is. Share it round.

225g butter, 225g caster sugar, 4 eggs, 225g self-raising flour, zest of 2 lemons. Beat it all up, loaf tin, 180 (160 fan) for 45-50 minutes.
Drizzle: juice of 1.5 lemons and 85g caster sugar, pour over while warm.

The secret is to prick it all over with a skewer first. My mother's recipe, she made it for every jumble sale from 1965.

Irene""")

# 26 poem
c.add("other", subject="A little poem", sender=P("Daniel", "Ogunleye"),
      tags=("friendly", "creative"),
      body="""Priya, I wrote this on the bus home after Saturday's canvass. Not sure what to do with it. Maybe the newsletter? Maybe nowhere! Either way, thank you for a good day.

Doorsteps

Some doors were slammed and some left open,
A dog, a child, a kettle on;
A man who said he'd "not decided"
And told us all his life story for an hour.
We marked him "soft". He wasn't, really.
He just wanted someone to ask.

Daniel""")

# 27 100th birthday news
c.add("other", subject="Edna is 100!", sender=P("Sharon", "Baxter"),
      tags=("friendly", "personal-news", "elderly"),
      body="""Hi Priya,

Just to let you know that Edna Pollard from Westcombe turns 100 on Friday! She joined the party in 1945 to vote for Attlee (her words: "the best thing I ever did, apart from marrying Ted"). The branch has sent a card and some flowers, and she's been on Radio Hatherley this morning telling them all about it.

Thought it might be nice to mention in the newsletter.

Sharon""")

# 28 one-word thanks, reply
c.add("other", subject="Re: Minutes of September GC", sender=P("Tony", "Wilson"),
      tags=("thanks", "short", "quoted-reply"),
      body=c.quote_reply("Thanks!", """Dear delegates,

Please find attached the draft minutes of the September GC. Any corrections to me by the 10th please.

Priya""", style="gmail"))

# 29 forwarded joke
c.add("other", subject="Fwd: you'll like this", sender=P("Steve", "Ormerod"),
      tags=("friendly", "forwarded", "humour"),
      body=c.forward(
          "Ha! Thought this would make you laugh after the week you've had.",
          """A Labour canvasser knocks on a door. A man answers: "I'm not voting for anyone. You're all the same."
Canvasser: "Ah, so you're undecided then?"
Man: "No. I've decided. I'm not voting for anyone."
Canvasser (writing on clipboard): "Soft Labour."
""",
          "Dave Ormerod <dave.ormerod55@btinternet.com>", "you'll like this"))

# 30 misdirected: school absence
c.add("other", subject="Jayden absent today", sender=P("Kerry", "Dixon"),
      tags=("misdirected", "short"),
      body="Hi Miss, Jayden won't be in today he's been sick in the night. Hopefully back tomorrow. Kerry Dixon (mum) Year 4 Oak class")

# 31 regional director's thanks after by-election
c.add("other", subject="Thank you - Millbrook by-election", sender=("Karen Oduya, Regional Director", "regional.director@labour-region.example.org.uk"),
      tags=("thanks", "regional"), fmt="alt",
      body="""Dear Priya,

I wanted to write personally to thank you, the officers and every member of Hatherley CLP who worked on the Millbrook by-election.

To hold a seat with a swing against us nationally, in the teeth of a very well-funded Reform campaign, was a remarkable achievement. Our figures show your volunteers had more than 4,000 conversations on the doorstep in three weeks, and the postal vote operation was among the best I have seen in the region.

Please pass on my thanks to your members. I hope to come to a GC in the new year to say it in person.

With best wishes,
Karen Oduya
Regional Director""")

# 32 personal news: engagement
c.add("other", subject="Some news!", sender=P("Lorna", "Bakewell"),
      tags=("personal-news", "friendly"),
      body="""Priya!

Couldn't wait till Thursday - Dev proposed on the top of Hatherley Edge on Sunday, in the rain, with the ring in a crisp packet because he was worried about losing the box. I said yes, obviously.

You'll get an invitation. Wedding not till 2028 so no panic. But I'm telling you now because I'm going to be useless at the treasurer's report this week, I can't stop looking at my hand.

L xx""")

c.write()
