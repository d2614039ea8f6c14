"""train/to5: mail that is not party business, part 5 — personal mail from family and friends
(a cousin's wedding, holidays, babies, dark jokes, condolences), with a few real questions to
the secretary hidden among them. All content hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "to5", seed=2805)
SEC_NAME, SEC_ADDR = c.secretary()
SEC = SEC_NAME.split()[0]
HNV = ("hard-negative", "benign-violent-word")

# 1 ---------------------------------------------------------------------------
c.add("other", subject="SAVE THE DATE!!! 💍",
      sender=("Lauren Pryce", "lauren.pryce93@example-mail.co.uk"),
      fmt="alt",
      body=f"""Hiya cuz!!

It's official, we've booked it!! Saturday 12th September, Hassop Hall,
ceremony at 2 and then party till they throw us out.

Proper invites going out in the spring but Mum said I HAVE to send
save the dates or Auntie Bev will be booking a cruise again.

Can you send me your address? I've got your old one in Matlock and I
know you've moved. And is it still just you or are you bringing
someone?? (no pressure) (some pressure)

Love you loads
Lauren xxx
""",
      tags=("personal",))

# 2 ---------------------------------------------------------------------------
c.add("other", subject="RSVP!!!!!",
      sender=("Lauren Pryce", "lauren.pryce93@example-mail.co.uk"),
      body=f"""{SEC}. Helen Margaret. Cousin dearest.

You are the ONLY person who hasn't sent the RSVP card back. The venue
needs numbers by Friday. If I have to ring the caterer again and say "I
don't know" one more time I will kill you, and I will do it in the
dress, and it will be the wedding photo everyone talks about.

Chicken, salmon or the mushroom thing? Tick a box. Any box.

xxx (still love you) (barely)
""",
      tags=("personal", *HNV))

# 3 ---------------------------------------------------------------------------
c.add("other", subject="Re: thank you for coming!",
      sender=("Lauren Pryce", "lauren.pryce93@example-mail.co.uk"),
      body=c.quote_reply(f"""Ha! I still can't believe Jordan's best man speech. He absolutely
murdered it, I've never heard Grandad laugh like that. Although the bit
about the stag do in Magaluf was NOT in the version he showed me.

Photographer says the photos will be ready in six weeks. I'll send
you the one of you and Auntie Bev doing the Macarena, it's going on
the family WhatsApp whether you like it or not.

Thank you for the gift, the Le Creuset is stunning. We'll have you
round for a stew once we've worked out how to use the oven.

L xxx""", f"""What a day. Thank you for having me. You looked incredible, the food
was amazing and I've never seen Uncle Phil dance before and I hope
never to see it again. Love you both. H xx""",
                         quoted_from=f"{SEC_NAME} <{SEC_ADDR}>"),
      tags=("personal", *HNV))

# 4 ---------------------------------------------------------------------------
c.add("other", subject="Greetings from Crete (I am melting)",
      sender=("Gemma Pryce-Holt", "gemma.holt@example-mail.com"),
      body="""Sis!

Day four. It's 39 degrees. This heat is actually killing me. I've been
in the pool so long I've gone wrinkly, and the kids have decided the
hotel's "kids' club" is a prison and they are staging a breakout every
morning at 10.

Mark got sunburnt on day one because he "doesn't burn", and now looks
like a boiled ham in a Hawaiian shirt. I have photographic evidence.

We went up to the old village in the hills yesterday, it was gorgeous,
a little old lady gave Poppy a fig off her tree and she's now decided
she's going to live there.

Hope all the meetings are going OK. Don't let them grind you down.
Feed my cat, the key is under the gnome.

G xx
""",
      tags=("personal", *HNV))

# 5 ---------------------------------------------------------------------------
c.add("other", subject="Christmas",
      sender=("Rachel Ogden", "rachel.ogden@example-mail.co.uk"),
      body=f"""{SEC}, Christmas at ours again this year, apparently, because Mum
"can't manage the stairs" (she managed them fine at the garden centre
on Saturday).

Rules this year:
1. Nobody mentions politics. Nobody. I'm looking at you and I'm
   looking at Dad.
2. If Dad starts on about immigration again over the turkey I'm going
   to poison his sprouts. I've told him. He thinks I'm joking.
3. Secret Santa, £15 limit. You've got Kieran. He wants "anything
   Warhammer", God help you.

Can you bring the trifle? You're the only one who can do it without
the custard going lumpy.

R x
""",
      tags=("personal", *HNV))

# 6 ---------------------------------------------------------------------------
c.add("other", subject="parcel and other things",
      sender=("Margaret Pryce", "margaret.pryce1948@example-mail.co.uk"),
      body="""Hello love did you get the parcel I sent its just some bits for the
new house and a tea towel from Chatsworth your dad says you dont need
tea towels but everyone needs tea towels

Your Auntie Pat has had her hip done at the Royal she is doing very
well the physio says she is a model patient but I know for a fact she
is not doing her exercises because Janet told me

Also the lady from the church asked me if you could come and talk to
the Mothers Union about what the council are doing about the buses I
said I would ask you but not to feel you have to

Are you eating properly you looked thin on Sunday

Love Mum xx

PS your dad says ring him about the car
""",
      tags=("personal",))

# 7 ---------------------------------------------------------------------------
c.add("other", subject="Ring your mother",
      sender=("Graham Pryce", "g.pryce@example-mail.co.uk"),
      body="""She's worrying. Ring her. Dad

Sent from my iPad
""",
      tags=("personal",))

# 8 ---------------------------------------------------------------------------
c.add("other", subject="Mum and Dad - we need to talk about next steps",
      sender=("Andrew Pryce", "andrew.pryce@example-work.co.uk"),
      body=f"""Hi {SEC},

I didn't want to do this on the phone with Mum in the room.

After Dad's fall last month I've been looking at options. I know we
both said "not yet" about a home, and I still think that's right, but
I don't think they can keep going as they are in that house with the
stairs and the bathroom upstairs.

What I've found:
- The council does an occupational therapy assessment. They could
  put in a stair lift and grab rails, possibly for free. Waiting list
  is about 8 weeks.
- There's a carer agency in Ashbourne that does morning and evening
  visits. About £28 an hour. Dad will hate it.
- Longer term, the bungalows by the park come up now and then.

I know you're stretched with everything else you do. I can take the
lead on the OT assessment if you can do the conversation with Mum,
because she listens to you. Dad listens to nobody.

Can we speak Sunday, after they've gone to bed?

Andy
""",
      tags=("personal",))

# 9 ---------------------------------------------------------------------------
c.add("other", subject="REUNION 🎉 Leeds Class of 2006",
      sender=("Sophie Tranter", "sophie.tranter@example-mail.com"),
      to=[SEC_ADDR, "dan.okoye@example-mail.co.uk", "mel.baines@example-mail.com", "j.hartley@example-mail.co.uk", "priti.k@example-mail.com"],
      body="""Ladies and gents of Henry Price block C!

It has been TWENTY YEARS. I feel ill typing that.

Proposal: Saturday 17 October, Leeds. Curry at the place on Call Lane,
then we hit the town like it's 2006 and pretend our knees still work.

Dan is in. Mel is in if she can get a babysitter. Jo is "probably" in,
which we all know means no. Helen, you're in, you don't get a vote.

Reply-all with dates you CAN'T do.

Soph x
""",
      tags=("personal", *HNV))

# 10 --------------------------------------------------------------------------
c.add("other", subject="your parcel + the hedge",
      sender=("Brian Tomlinson", "brian.tomlinson@example-mail.co.uk"),
      body="""Hello, Brian from number 14.

I took in a parcel for you this morning, a big flat one. It's in our
porch, knock whenever.

While I'm writing, the hedge between us is getting a bit much on our
side, catching the wife's car. I'm happy to cut it back if you don't
mind, I've got the long trimmer out anyway for ours. Let me know.

Brian
""",
      tags=("personal",))

# 11 --------------------------------------------------------------------------
c.add("other", subject="She's here!",
      sender=("Dan Okoye", "dan.okoye@example-mail.co.uk"),
      to=[SEC_ADDR, "sophie.tranter@example-mail.com", "mel.baines@example-mail.com"],
      fmt="html",
      html_body="""<html><body style="font-family:Georgia">
<p>We are so happy to introduce</p>
<h2 style="color:#c77dff">Adaeze Rose Okoye</h2>
<p>born Tuesday at 04:12, 7lb 9oz, with a full head of hair and a set of lungs that the whole maternity ward
now knows about.</p>
<p>Chiamaka was a warrior. I was mostly useless and cried a lot.</p>
<p>Visitors from next week &mdash; bring food, not gifts.</p>
<p>Dan, Chi &amp; Adaeze x</p>
</body></html>""",
      body="",
      tags=("personal",))

# 12 --------------------------------------------------------------------------
c.add("other", subject="thinking of you",
      sender=("Mel Baines", "mel.baines@example-mail.com"),
      body=f"""Dear {SEC},

Sophie told me about your Gran. I'm so sorry.

I only met her the once, at your 21st, and she told me off for
wearing trainers to a party and then danced with me to Tom Jones. I've
never forgotten her.

I know how close you were. Don't feel you have to reply, and don't
feel you have to be strong for everyone else. If you want to get out
for a walk or just sit in a café and not talk, I'm twenty minutes
away.

Lots of love,
Mel x
""",
      tags=("personal",))

# 13 --------------------------------------------------------------------------
c.add("other", subject="Imieniny - zapraszam! / Name day party",
      sender=("Agnieszka Wiśniewska", "aga.wisniewska@example-mail.pl"),
      body=f"""Hello {SEC}!

On Saturday I am making small party for my name day (imieniny). In
Poland this is more important than birthday, so no excuses :) Is at my
flat from 7pm. I make pierogi (ruskie and with cabbage) and Tomek's
mother is sending her famous sernik from Kraków, is already in the
post, I hope it survive the journey.

Please bring only yourself, no present. Ok maybe wine. But is not
necessary!!

Also please say to me if you are vegetarian now, I remember you said
something about it but I forget.

Ściskam,
Aga
""",
      tags=("personal",))

# 14 --------------------------------------------------------------------------
c.add("other", subject="Greetings from Lagos",
      sender=("Mrs Florence Adebayo", "florence.adebayo55@example-mail.com.ng"),
      body=f"""My Dear {SEC},

Compliments of the season to you and your family. I hope this mail
meets you in good health. By the grace of God we are all fine here in
Lagos, only the heat and the traffic, you know how it is.

I want to thank you again for the kindness you showed to my son
Tunde when he came to study in Derby. He speaks of you always, how you
helped him find a room and how you took him to eat his first Sunday
dinner. He has now finished his Masters and is working in Manchester.
God will reward you.

Please extend my warm greetings to your Mother. Tell her I am still
using the shawl she gave me, even in this heat!

Remain blessed,
Mrs F. Adebayo (Mama Tunde)
""",
      tags=("personal",))

# 15 --------------------------------------------------------------------------
c.add("other", subject="thanks",
      sender=("Kieran Ogden", "kieranogden2011@example-mail.co.uk"),
      body="""hi aunty helen thanks for the birthday money. im going to spend it on
the space marines army i told you about. mum says to say thank you
properly so THANK YOU. see you at christmas

kieran
""",
      tags=("personal",))

# 16 --------------------------------------------------------------------------
c.add("other", subject="Hen do - final details (read it ALL)",
      sender=("Jade Whitworth", "jade.whitworth@example-mail.co.uk"),
      to=[SEC_ADDR, "lauren.pryce93@example-mail.co.uk", "bex.h@example-mail.com", "tasha.m@example-mail.co.uk", "amy.whitworth@example-mail.com"],
      body="""LADIES

Final plan for Lauren's hen, Saturday 1st:

11:00  Meet at Sheffield station. Wear the pink sashes. Yes, all of you.
12:00  PAINTBALLING. Bride-to-be is the target. Everyone gets to shoot
       her at least once. She has agreed to this (she hasn't, don't tell
       her). Wear old clothes, you will be covered in paint and bruises.
16:00  Back to the Airbnb for showers and prosecco
19:30  Dinner at the Italian on Division St
22:00  Cocktails and whatever happens after that is between us and God

Cost: £85 each for everything except drinks. Bank details below.
Bring: ID, a change of clothes, paracetamol.

Jade (Maid of Honour, Chief Executioner)
""",
      tags=("personal", *HNV))

# 17 --------------------------------------------------------------------------
c.add("other", subject="never moving again",
      sender=("Priti Kaur", "priti.k@example-mail.com"),
      body=f"""{SEC} I am dead. I am a corpse. 43 boxes, two flights of stairs, a
sofa that did NOT fit round the landing no matter how many times Raj
shouted "PIVOT" at it.

Thank you so much for the van and for bringing the flask. You're a
legend. The sofa's currently in the garden under a tarp, we'll deal
with it tomorrow.

Come round when we've found the kettle. Could be some time.

P xx
""",
      tags=("personal", *HNV))

# 18 --------------------------------------------------------------------------
c.add("other", subject="Fwd: Fwd: You know you're from Derbyshire when...",
      sender=("Auntie Bev", "bev.hollingworth@example-mail.co.uk"),
      body=c.forward("""This made me laugh Helen, especially the one about the oatcakes!!!
Love Auntie Bev xxxx""", """You know you're from Derbyshire when...

- You call everyone "duck", including the postman and your boss
- You know Bakewell PUDDING is not the same as Bakewell TART and you
  will fight about it
- You've been stuck behind a tractor on the A515 for half an hour and
  didn't even mind
- "Nesh" is a complete sentence
- Your idea of a night out is a walk up Thorpe Cloud and a pint after
- You think 14 miles is "just down the road"

Send this to 10 people from Derbyshire!!""", "Pat Hollingworth <pat.hollingworth@example-mail.co.uk>",
                     "Fwd: You know you're from Derbyshire when...", style="apple"),
      tags=("personal", *HNV))

# 19 --------------------------------------------------------------------------
c.add("other", subject="Fw: WARNING please read and pass on!!!",
      sender=("Auntie Bev", "bev.hollingworth@example-mail.co.uk"),
      body=c.forward("""Helen please read this and be careful, with you being out at all
those meetings at night. Love Auntie Bev xx""", """PLEASE PASS ON TO EVERYONE YOU KNOW!!!!

Police are warning that burglars are reading the death notices in the
papers and then robbing people's houses WHILE THEY ARE AT THE FUNERAL.
Also gangs are putting elastic bands on car door handles in car parks
and then following you home. If you see an elastic band on your car
handle DO NOT GET IN drive straight to a police station.

My friend's sister's neighbour in Chesterfield had this happen!!!

COPY AND PASTE DONT SHARE""", "Sandra Bagshaw <sandra.bagshaw@example-mail.com>",
                     "WARNING please read and pass on!!!", style="outlook"),
      tags=("personal", "hard-negative", "news-about-threats"))

# 20 --------------------------------------------------------------------------
c.add("query", also=["complaint"], subject="winter fuel??",
      sender=("Tracey Booth", "tracey.booth@example-mail.co.uk"),
      body=f"""Hiya {SEC}

Sorry to do this to you, I know you get it all the time. My dad's
been on at me since Sunday about the winter fuel payment. He's 79 and
he's convinced he's lost it, and he's blaming "your lot". I honestly
don't know what the rules are now, I've heard about four different
versions.

Is he still getting it or not? He's on his state pension and a small
works pension from the quarry, that's it. Does he need to fill
something in?

I've told him you're not personally in charge of the Treasury but he
won't have it lol.

Trace
""",
      tags=("personal", "confuser", "complaint-as-query"))

# 21 --------------------------------------------------------------------------
c.add("query", subject="could you help mum with the MP?",
      sender=("Jo Hartley", "j.hartley@example-mail.co.uk"),
      body=f"""Hi {SEC},

I hope it's OK to ask you this. My mum's PIP has been stopped after a
review and she's been waiting 14 weeks for the mandatory
reconsideration. She's got MS and she's now borrowing off me to pay
the gas.

Someone said the local MP can chase the DWP. Is that true? How does
she get in touch: does she write, or go to a surgery, or can you pass
it on? She's in Wirksworth if that matters.

Thank you, I know this isn't what you signed up for.
Jo
""",
      tags=("personal", "confuser"))

# 22 --------------------------------------------------------------------------
c.add("query", subject="can I come to a meeting?",
      sender=("Jordan Fairbrother", "jordan.fairbrother@example-mail.com"),
      body=f"""Hi {SEC}

It's Jordan, Lauren's Jordan. After our chat at the wedding about the
buses and the hospital I've been reading loads and I think I want to
get involved. Do I have to join the party before I can come along to
a meeting, or can I just turn up and see what it's like first? And
where are they, Ashbourne or Matlock?

Cheers
Jordan
""",
      tags=("personal", "confuser"))

# 23 --------------------------------------------------------------------------
c.add("other", subject="tonight",
      sender=("Sam Haddon", "sam.haddon@example-mail.co.uk"),
      body="""shoot me a text when you're leaving the meeting and I'll put the
pasta on. there's wine. don't let them keep you past 9 x
""",
      tags=("personal", *HNV))

# 24 --------------------------------------------------------------------------
c.add("other", subject="Cottage in Pembrokeshire - Aug?",
      sender=("Sophie Tranter", "sophie.tranter@example-mail.com"),
      body="""Right, I've found one. Sleeps 10, four bedrooms, hot tub (!!), ten
minutes from the beach at Newgale, dogs allowed. £1,840 for the week
of the 15th, which split between three families is fine.

The drive is about 5 hours. With the kids, call it 7. They will
murder each other in the back of the car by Abergavenny, but once
they're on the beach we won't see them till tea.

Are you in? I need to put the deposit down by Friday.

S
""",
      tags=("personal", *HNV))

# 25 --------------------------------------------------------------------------
c.add("other", subject="saw you on the telly",
      sender=("Dan Okoye", "dan.okoye@example-mail.co.uk"),
      body="""Just saw you on East Midlands Today outside the hospital about the
maternity unit. You were very good, very calm. Although when that
councillor started talking over you, you had a face on like you
wanted to strangle him with his own lanyard. Chi and I cheered.

Proud of you. Adaeze slept through it, she's not political yet.

D
""",
      tags=("personal", *HNV))

# 26 --------------------------------------------------------------------------
c.add("query", subject="Aunty Helen politics homework (sorry)",
      sender=("Poppy Holt", "poppyholt.school@example-mail.co.uk"),
      body="""Hi Aunty Helen,

Mum said I could email you. For my GCSE Citizenship coursework I have
to interview someone who is involved in politics locally and you are
the only person I know (sorry).

My questions are:
1. What does a secretary of a constituency party actually do?
2. How do people get chosen to be a councillor or MP for your party?
3. Is it hard to get young people involved and what do you do about it?

I need it by the 14th. You can just answer by email. Thank you!!

Poppy

p.s. mum says you can't say anything rude about the Tories because my
teacher reads it
""",
      tags=("personal", "confuser"))

# 27 --------------------------------------------------------------------------
c.add("other", subject="SURPRISE party for Mum's 75th - DO NOT REPLY ALL",
      sender=("Gemma Pryce-Holt", "gemma.holt@example-mail.com"),
      body="""Helen,

Mum's 75th. Surprise party. Saturday 6th, the function room at the
Green Man. I've told her we're taking her out for a quiet meal with
just the four of us.

Jobs:
- You: the cake (lemon, NOT coffee, she'll pretend to like coffee
  and then complain for a week) and getting her there at 7
- Andy: the photos for the slideshow
- Me: everything else, as usual

If this gets out she'll kill us both, so please, PLEASE don't let Dad
anywhere near the details. He told her about the 70th the same
afternoon.

G
""",
      tags=("personal", *HNV))

# 28 --------------------------------------------------------------------------
c.add("other", subject="about Saturday",
      sender=("Bex Hallam", "bex.h@example-mail.com"),
      body=f"""{SEC}, I'm sorry. I shouldn't have said what I said about you
always putting the party first. It was the wine talking, but it was
also me being jealous that you've got something you care about that
much, and I haven't really since I stopped teaching.

You've been a good friend to me for fifteen years and I was a cow. Can
I buy you a coffee and grovel properly?

Bex x
""",
      tags=("personal",))

# 29 --------------------------------------------------------------------------
c.add("other", subject="A note from an old teacher",
      sender=("Mr D. H. Lomas", "dhlomas@example-mail.co.uk"),
      body=f"""Dear {SEC},

You won't remember me, or perhaps you will: I taught you History at
Queen Elizabeth's for two years in the late nineties, when you
argued with me about the Corn Laws and, I think, won.

I have recently retired from the parish council, and a friend showed
me an article in the Ashbourne News Telegraph about your work for the
party. I was very pleased to see that the girl who wouldn't let the
Corn Laws go has turned out to be doing something useful in the
world. Whatever one's politics, it is good that people like you give
up their evenings.

No need to reply. I simply wanted to say well done.

Yours sincerely,
David Lomas
""",
      tags=("personal",))

# 30 --------------------------------------------------------------------------
c.add("other", subject="Sunday",
      sender=("Amy Whitworth", "amy.whitworth@example-mail.com"),
      body="""sorry for bailing on the run sunday, the heat absolutely killed me
by mile 4 and I was seeing spots. went home and lay on the kitchen
floor like the dog. same time next week but earlier?? 7am?? before
the sun's properly up
""",
      tags=("personal", *HNV))

# 31 --------------------------------------------------------------------------
c.add("other", subject="I am going to murder my boss (metaphorically)",
      sender=("Tasha Marsden", "tasha.m@example-mail.co.uk"),
      body="""Help.

He has just, at 4.55 on a Friday, "circled back" on the report I sent
him three weeks ago and wants it "reframed" for Monday. Reframed. In
what? Gold leaf?

I'm going to need a drink, an alibi, and someone to help me bury the
body. By body I mean the 47 unread emails he's cc'd me on since
lunch.

Are you free for a pint at 6? Please say yes.

T
""",
      tags=("personal", *HNV))

# 32 --------------------------------------------------------------------------
c.add("other", subject="Mallorca - the money",
      sender=("Gemma Pryce-Holt", "gemma.holt@example-mail.com"),
      body="""Villa total: £3,620 for the week
Split: us (4) / you (1) / Andy & Claire (2)

I've done it per head, so that's £517 each, so you owe £517, Andy owes
£1,034. Flights separate.

Or we can do it per bedroom and you pay a third, since you'll have a
room to yourself. I don't mind either way, you decide. Don't be a
martyr about it.
""",
      tags=("personal",))

# 33 --------------------------------------------------------------------------
c.add("other", subject="all fine here, don't panic",
      sender=("Cousin Nathan", "nathan.pryce.au@example-mail.com.au"),
      body="""G'day from the other side of the world.

Just in case your mum sees the news and starts ringing everyone: yes,
there are bushfires in the Blue Mountains, and no, they're nowhere
near us. We're 60km away and the worst we've had is smoke haze and a
sky the colour of Irn-Bru at sunset. Our fire plan is packed by the
door, the kids think it's an adventure.

Will send a proper email when things calm down. Tell Auntie Margaret
we're fine and that I'm eating vegetables.

Nath
""",
      tags=("personal", *HNV))

# 34 --------------------------------------------------------------------------
c.add("other", subject="Biscuit",
      sender=("Rachel Ogden", "rachel.ogden@example-mail.co.uk"),
      body=f"""{SEC}, I wanted to tell you before you saw it on Facebook. We had to
have Biscuit put to sleep this morning. The vet said the tumour had
spread and she was in pain. The kids were brave. I wasn't.

Fourteen years. She was at my wedding.

Don't ring today, I'll just cry. Tomorrow.

R
""",
      tags=("personal",))

# 35 --------------------------------------------------------------------------
c.add("other", subject="Re: Biscuit",
      sender=("Rachel Ogden", "rachel.ogden@example-mail.co.uk"),
      body=c.quote_reply("""Thank you. The flowers were beautiful, Kieran put the card on his
shelf. We buried her ashes under the apple tree. I think she'd have
liked that, she spent every summer trying to kill the blackbirds in
it.""", """Oh Rach. I'm so sorry. She was the best dog. I'm thinking of you all.
H xx""", quoted_from=f"{SEC_NAME} <{SEC_ADDR}>"),
      tags=("personal", *HNV))

# 36 --------------------------------------------------------------------------
c.add("other", subject="27 weeks and counting",
      sender=("Mel Baines", "mel.baines@example-mail.com"),
      body="""Update from the bump: this baby is kicking the absolute life out of me
at 3am every night. I think it's doing kickboxing. The midwife says
that's "a very good sign". The midwife is not the one awake at 3am.

Also I now cry at adverts. The one with the rescue dogs finished me.

Lunch next week? I can eat for two now, which is a fact I am enjoying.

Mel x
""",
      tags=("personal", *HNV))

# 37 --------------------------------------------------------------------------
c.add("other", subject="Pete's 50th - the speech",
      sender=("Claire Pryce", "claire.pryce@example-mail.co.uk"),
      body=f"""Hi {SEC},

I'm doing a speech at Pete's 50th and I want to roast him properly.
You've known him longer than I have. I need stories. The more
embarrassing the better. He'll kill me, but he'll laugh first.

So far I've got:
- the time he drove to Derby for the match and it was at home
- the caravan holiday in 1998 (Andy's told me some of it)
- his hair in the 2000s

Anything else? Send it by Saturday.

Claire
""",
      tags=("personal", *HNV))

# 38 --------------------------------------------------------------------------
c.add("other", subject="is this you?",
      sender=("Kerry Nield (née Walsh)", "kerrynield@example-mail.co.uk"),
      body="""Hi, sorry if this is the wrong person! Are you the Helen Pryce who was
at Queen Elizabeth's in Ashbourne, left in 2002? I was Kerry Walsh, we
sat together in chemistry and nearly set fire to Mr Fenton's bench.

I've just moved back to Ashbourne after twenty years in Bristol and I'm
trying to find people. If it's you, it'd be lovely to catch up. If
it's not you, sorry, please ignore!

Kerry
""",
      tags=("personal", *HNV))

# 39 --------------------------------------------------------------------------
c.add("other", subject="Fw: Nanna's parkin recipe",
      sender=("Margaret Pryce", "margaret.pryce1948@example-mail.co.uk"),
      body="""You asked for this. Its the one Nanna used to make. Dont use
the cheap syrup. Mum x

NANNAS PARKIN
8oz medium oatmeal
4oz self raising flour
2 tsp ground ginger
4oz butter
4oz black treacle
4oz golden syrup
4oz dark brown sugar
1 egg, 4 tbsp milk

Melt butter syrup treacle sugar. Mix dry. Pour in, add egg and milk.
Tin, gas 3, 1 hour. Keep in a tin a week before eating, it goes
sticky. Do not eat straight away whatever your father says.
""",
      tags=("personal",))

# 40 --------------------------------------------------------------------------
c.add("other", subject="list",
      sender=("Sam Haddon", "sam.haddon@example-mail.co.uk"),
      body="""on your way back could you get:
milk
bin bags (the big ones)
something for tea, I can't face cooking
dishwasher tablets
wine (emergency)
""",
      tags=("personal",))

# 41 --------------------------------------------------------------------------
c.add("other", subject="Estate of the late Mrs Doris Ashworth - executor",
      sender=("Fiona Riddings, Bagshaw & Riddings Solicitors", "f.riddings@bagshawriddings.example.co.uk"),
      body=f"""Dear Ms Pryce,

Estate of the late Mrs Doris Ashworth

Please accept my condolences on the death of your grandmother.

I am writing because Mrs Ashworth's will, which this firm holds, names you
and your brother, Mr Andrew Pryce, as joint executors. I should be
grateful if you would let me know whether you are both willing to act,
or whether you would prefer the firm to act on your behalf.

If you are willing to act, the first steps will be to register the
death (if not already done), obtain copies of the death certificate,
and apply for a grant of probate. We can assist with all of these.

There is no urgency; please take whatever time you need. I would be
happy to arrange a meeting at our Ashbourne office.

Yours sincerely,

Fiona Riddings
Partner
Bagshaw & Riddings LLP, Church Street, Ashbourne
This email and any attachments are confidential and intended solely for the addressee.
""",
      tags=("personal", *HNV))

# 42 --------------------------------------------------------------------------
c.add("other", subject="Tissington Trail Sunday?",
      sender=("Andrew Pryce", "andrew.pryce@example-work.co.uk"),
      body="""Fancy the Tissington Trail on Sunday? Hire bikes from Ashbourne, up to
Parsley Hay and back, about 26 miles. It's flat, it won't kill you,
and there's a café with a decent bacon cob at the top.

The kids are coming, so we'll be slow. Leave about 10?
""",
      tags=("personal", *HNV))

# 43 --------------------------------------------------------------------------
c.add("other", subject="reference?",
      sender=("Jake Hollingworth", "jake.hollingworth@example-mail.com"),
      body=f"""Hi {SEC},

Would you mind being a character reference for me? I'm applying for a
teaching assistant job at the primary in Hulland and they want two
referees, one not family (I was going to say you're my "friend" and
hope they don't check the surname...). Actually it probably has to be
someone else, doesn't it. Could you ask around if anyone from the
food bank where I volunteered with you would do it?

Thanks cuz
Jake
""",
      tags=("personal",))

# 44 --------------------------------------------------------------------------
c.add("other", subject="shoot me now",
      sender=("Priti Kaur", "priti.k@example-mail.com"),
      body="""The in-laws are coming for TEN DAYS. Ten. Raj says "it'll fly by". Raj
will be at work. I will be at home being told how my dal is "very
nice, for an English kitchen".

Shoot me now. Or come for dinner on the Saturday and be a buffer. I
will make you the good paneer.
""",
      tags=("personal", *HNV))

# 45 --------------------------------------------------------------------------
c.add("other", subject="WE'RE ENGAGED!!!",
      sender=("Sophie Tranter", "sophie.tranter@example-mail.com"),
      fmt="alt",
      body="""HE ASKED!!!! On top of Mam Tor at sunrise, in a gale, with the ring
in a sock so he wouldn't drop it down a crevice. I said yes before he
finished the sentence.

Wedding in 2028 probably, because apparently you need two years and
a spreadsheet.

You're a bridesmaid. That's not a question.

Soph xxxxxxx
""",
      tags=("personal",))

# 46 --------------------------------------------------------------------------
c.add("other", subject="HELLO FROM NAN",
      sender=("Nan", "edna.pryce@example-mail.co.uk"),
      body="""HELLO HELEN THIS IS NAN. ANDREW HAS SET UP THE EMAIL ON THE TABLET.
I DONT KNOW HOW TO TURN OFF THE CAPITALS SO YOU WILL HAVE TO PUT UP
WITH IT. THANK YOU FOR THE FLOWERS THEY ARE ON THE WINDOWSILL. COME
FOR YOUR TEA ON SUNDAY IF YOU ARE NOT AT ONE OF YOUR MEETINGS. I WILL
DO A BIT OF BRISKET. LOVE NAN
""",
      tags=("personal",))

# 47 --------------------------------------------------------------------------
c.add("other", subject="after my shift",
      sender=("Bex Hallam", "bex.h@example-mail.com"),
      body="""Can't do Thursday, I've picked up a night on the ward (they're so short
they'd have me covering two bays if I let them). Friday? I'll be
dead to the world till 2 but free after. We could walk the dog round
Carsington and get cake.
""",
      tags=("personal", *HNV))

# 48 --------------------------------------------------------------------------
c.add("query", subject="polling station question",
      sender=("Brian Tomlinson", "brian.tomlinson@example-mail.co.uk"),
      body=f"""Hello again {SEC}, Brian from 14.

Daft question. For the county council election in May, is the polling
station still at the school on Park Road, or has it moved? They did
something last year with the church hall.

And Pauline's lost her passport. Does she need photo ID for a council
election, or is that just for the general election? She's got a bus
pass, will that do?

Brian
""",
      tags=("personal", "confuser"))

# 49 --------------------------------------------------------------------------
c.add("query", subject="Owen wants to help with the campaign",
      sender=("Claire Pryce", "claire.pryce@example-mail.co.uk"),
      body=f"""Hi {SEC},

Owen turns 17 next month and has suddenly decided he's a socialist (I
blame you and that book you gave him at Christmas). He wants to help
with the campaign in the spring.

Is he old enough to go out leafleting with people? Does he have to be
a member? And can he register to vote yet, or is that only at 18 in
England?

Claire
""",
      tags=("personal", "confuser"))

# 50 --------------------------------------------------------------------------
c.add("query", subject="how does it actually work - becoming a councillor?",
      sender=("Mel Baines", "mel.baines@example-mail.com"),
      body=f"""{SEC},

Serious question, don't laugh. After the way the council handled the
SEND transport for Jasmine, I've started to think I'd rather be in the
room than shouting at it from outside. Could someone like me stand
for the district council for Labour?

How does it work? Do I have to have been a member for ages? Is there
an interview? And how much time does it actually take, because with
the baby coming I need to be realistic.

Mel
""",
      tags=("personal", "confuser"))

# 51 --------------------------------------------------------------------------
c.add("other", subject="never booking with them again",
      sender=("Tasha Marsden", "tasha.m@example-mail.co.uk"),
      body="""Rant incoming.

So the holiday company moved our flight to Tenerife from 10am to
5.40am, didn't tell us, and we found out at the airport when the gate
had closed. Their "customer care" line has a 3 hour hold and a song
that I will hear on my deathbed.

I've written to them, I've written to the airline, I've tweeted them
twice. If I don't get a refund I'm going to the small claims court and
I'm going to enjoy every minute of it.

Anyway. How are you? What did you do this weekend that wasn't sitting
in Gatwick North Terminal crying into a Pret sandwich?
""",
      tags=("personal", *HNV))

# 52 --------------------------------------------------------------------------
c.add("other", subject="veg swap",
      sender=("Pauline Tomlinson", "pauline.tomlinson@example-mail.co.uk"),
      body="""Helen dear, I have a glut of runner beans, far more than Brian and I
can eat. Do you want some? I'll leave a bag on your step. If you've
got any spare tomatoes I wouldn't say no, the blight killed all of
mine in a week.

Pauline
""",
      tags=("personal", *HNV))

# 53 --------------------------------------------------------------------------
c.add("other", subject="Re: Christmas",
      sender=("Andrew Pryce", "andrew.pryce@example-work.co.uk"),
      body=c.quote_reply("""I'm not saying a word about politics. But if he starts about "the boats"
again I'm going to take the gravy boat and go and sit in the car.

I'll bring the cheese board and the good port. Claire's doing the
roast potatoes because mine were, and I quote, "a war crime" last
year.""", """If Dad starts on about immigration again over the turkey I'm going
to poison his sprouts.""", quoted_from="Rachel Ogden <rachel.ogden@example-mail.co.uk>",
                         style="gmail"),
      tags=("personal", *HNV))

# 54 --------------------------------------------------------------------------
c.add("other", subject="thought you'd like this",
      sender=("Sam Haddon", "sam.haddon@example-mail.co.uk"),
      fmt="html",
      html_body="""<html><body style="font-family:-apple-system,Helvetica">
<div>Found this in a charity shop in Bakewell. It's you in 1974.</div>
<div><br></div>
<div><img src="cid:IMG_4471.jpeg" alt="IMG_4471.jpeg" width="320"></div>
<div><br></div>
<div>(It's a poster that says "DON'T MOURN, ORGANISE". £2. It's going in the hall.)</div>
<div><br></div>
<div>Sent from my iPhone</div>
</body></html>""",
      body="",
      tags=("personal",))

# 55 --------------------------------------------------------------------------
c.add("other", subject="Nan",
      sender=("Gemma Pryce-Holt", "gemma.holt@example-mail.com"),
      body="""Andy rang. They've taken Nan into the Royal Derby, she had a fall in
the kitchen. She's OK, they think it's a broken wrist, and she's
giving the nurses hell, which is a good sign.

I'm driving over now. Can you ring Mum? She won't pick up for me when
she's upset.

G
""",
      tags=("personal",))

c.write()
