# train / ta3 -- safety, centred on implicit and veiled threats (Hatherley CLP).
# All people, streets and events are invented. Content hand-written.
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ta3", seed=1103)
SEC = c.secretary()
MP = "daniel.ashworth.mp@parliament.uk"

# 1 long Oldfield Farm, respectable, embedded
c.add("safety", subject="Oldfield Farm - 1,200 homes on the green belt", sender=c.person("Richard", "Hollingworth"), fmt="alt", body="""Dear Ms Nair,

I chair the Oldfield Residents' Association and I have been asked by our committee to set out, once more, why the Oldfield Farm allocation in the draft Local Plan is wrong, and why so many people who have voted Labour all their lives are now saying they won't again.

The site is green belt. It floods: the lower field was under water for most of last February, as the photographs we sent Mr Ashworth show. The only access is down Oldfield Lane, which is single-track for four hundred yards. The GP surgery on Netherton Road is closed to new patients. The secondary school is over capacity. The developer's "infrastructure contribution" is a roundabout and a play area.

We have been told repeatedly that the government's housing targets leave the council no choice. We understand that. What we do not understand is why Hatherley's Labour councillors went out of their way to put Oldfield in the plan in preference to the brownfield land at the old gasworks, and why Councillor Whitlock, who lives at the far end of Castle Mead and will not see a single new house from his window, told a public meeting that objectors were "nimbys with double garages".

I have tried to keep our campaign courteous and lawful and I intend to go on doing so. But I would be failing in my duty if I did not tell you that some of our younger members are not prepared to be courteous any longer. Councillor Whitlock's address is on the register of interests, and one or two of them have been up to Castle Mead to "have a look at his view", as they put it. I have asked them to stop. They have not. If the plan goes through cabinet unchanged in March, I genuinely cannot say what they will do, and I would not want to be him.

I should be grateful if you would bring this to the attention of the councillors and of Mr Ashworth.

Yours sincerely,
Richard Hollingworth
Chair, Oldfield Residents' Association""", tags=("implicit", "conditional", "embedded"))

# 2 short, route home
c.add("safety", subject="GC", sender=("", "hath.gc.watch@proton.me"), body="""GC finishes 9ish. Priya parks on Mill Street because the hall car park's full. Long walk back past the old works on her own. Hope she's got a torch.""", tags=("implicit", "veiled"))

# 3 Regency hotel, CAPS
c.add("safety", subject="REGENCY HOTEL", sender=("HATHERLEY PATRIOT", "hatherleypatriot@gmail.com"), body="""ENOUGH IS ENOUGH. 140 MEN OF FIGHTING AGE IN THE REGENCY 2 MINUTES FROM ST ANNES PRIMARY AND QURESHI DEFENDS IT ON FACEBOOK

WE ALL KNOW WHERE QURESHI LIVES. WE KNOW HIS KIDS GO TO THE SAME SCHOOL. MAYBE HE SHOULD THINK ABOUT HOW SAFE HIS OWN FAMILY FEELS. JUST A THOUGHT""", tags=("implicit", "noisy"))

# 4 wish-harm, denial
c.add("safety", subject="Jade Okonkwo", sender=c.person("Terence", "Mullaney"), body="""Dear Sir/Madam,

I watched your Councillor Okonkwo on the local news saying the Pride flag will stay on the town hall "as long as she's on the council".

I've got nothing against her personally. I wouldn't lay a finger on her. But I'll tell you now, if she got what's coming to her I wouldn't lose a minute's sleep, and I'd wager half of Netherton wouldn't either. Let's see how long she's on the council.

T. Mullaney""", tags=("wish-harm", "veiled"))

# 5 explicit
c.add("safety", subject="ashworth", sender=("", "hatherleyhate@yopmail.com"), body="""Daniel Ashworth is going to get his throat cut at his next surgery. Count on it.""", tags=("explicit",))

# 6 quote reply, caseworker
c.add("safety", subject="Re: Your housing case - ref HA/2291", sender=c.person("Lee", "Swinburne"), to=MP, body=c.quote_reply(
    """You keep telling me to wait. I've waited 14 months.

Ollie I know you get the 6.10 train from Hatherley to Leeds every night. Platform 2. I've watched you. You always stand at the end. Maybe if you want to get home safe you'll find me a flat.""",
    """Dear Mr Swinburne,

Thank you for your email. I have chased Hatherley Homes again this morning and they have confirmed your application remains in Band B. I'm afraid I can't give a timescale but I will continue to press them.

Kind regards,
Ollie Grant
Caseworker, Office of Daniel Ashworth MP""", quoted_from="Ollie Grant <ollie.grant@parliament.uk>"), tags=("quoted", "implicit", "stalking", "conditional"))

# 7 Somali-English, non-native, implicit
c.add("safety", subject="about the councillor Faisal", sender=c.person("Abdirahman", "Warsame", "hotmail.com"), body="""Salaam

I am writing about Councillor Faisal Qureshi. In the mosque committee meeting he say our community are the one making problem in St Anne's park at night. This is big insult for us. Our young boys is not criminal.

Many young men is very angry now. I try to calm them but they dont listen me. They know his shop in Victoria Road, they know when he close the shutter at night 9pm. I am not responsible for what they do if he dont say sorry in the mosque in front of everybody.

Please tell him quickly.

Abdirahman""", tags=("implicit", "conditional", "non-native"))

# 8 faction fight, conditional, AGM count
c.add("safety", subject="The AGM count", sender=c.person("Kieran", "Doherty"), body="""Priya,

Straight to the point. If there's any funny business with the proxies or the freeze date at the AGM on Thursday, the people who organise it won't be walking out of Brookfield Community Centre with their heads held high. Or at all, if some of the lads have their way.

I've told them to behave. I'll only tell them once.

Kieran""", tags=("conditional", "veiled"))

# 9 sinister politeness, children, webform
c.add("safety", subject="New submission from Contact Hatherley Labour", sender=c.form_robot(), reply_to="concerned.parent.hath@gmail.com", fmt="plain", body=c.webform({
    "Name": "A concerned parent",
    "Email": "concerned.parent.hath@gmail.com",
    "Topic": "Councillors",
    "Message": "Please could you pass on my compliments to Councillor Cole on her grandchildren. I see them most afternoons at the gate of Brookfield Juniors at 3.15 - she picks them up on Tuesdays and Thursdays, doesn't she? Such well-behaved little girls. She must be very proud. I would hate for anything to worry them. I'm sure she'll do the right thing on the library vote.",
}), tags=("webform", "implicit", "veiled", "conditional"))

# 10 forwarded by councillor, email she received
c.add("safety", subject="FW: your recent vote", sender=("Cllr Bernadette Cole", "bernadette.cole@hatherley.gov.example"), body=c.forward(
    """Priya — another one. Third this month. I'm 71 and I've been a councillor for 22 years and I've never felt like this about opening my email. I'm sending them all to you and to the police liaison officer. Bernie""",
    """Councillor Cole,

You voted to close the library. You'll have noticed the car that sat outside your house on Saturday night. And Sunday. We'll be back next weekend. We'll keep coming back until you change your vote at the next full council.""",
    "hatherley.reader <hath.reader.26@outlook.com>", "your recent vote"), tags=("forwarded", "third-party-report", "stalking", "conditional"))

# 11 X notification, veiled
c.add("safety", subject="New reply to your post", sender=("X", "notify@x.com"), headers=c.newsletter_headers(esp="other"), body="""HatherleyLabour, you have a new reply

NorthernTruth84 @NorthernTruth84 · Replying to @HatherleyLabour
Nice photo of your canvassing team on Castle Mead. Zoomed in on every face. Saved. See you all on the doorstep next Saturday 😉

View reply

X Corp., 1355 Market Street, Suite 900 San Francisco, CA 94103""", tags=("social", "implicit", "veiled"))

# 12 long rant, two child cap, embedded at end
c.add("safety", subject="The two-child limit, PIP and your MP's vote", sender=c.person("Shelley", "Barraclough"), body="""Hello,

I'm writing to tell you why I've torn up my membership card after 12 years.

I'm a single mum with three kids in a two-bed in Netherton. My eldest has autism. I work 22 hours at Morrisons because that's what fits around school. When Labour got in I actually cried, I thought, that's it, they'll scrap the two-child limit, they said they wanted to end child poverty. They didn't. Then my son's DLA got reviewed and now they're going after PIP and people like my mum.

Daniel Ashworth voted for the welfare bill. He came to my door in 2024 and looked at my kids and told me "this is exactly who we're in it for". I remember his exact words because I put them on Facebook.

I've gone to his surgery twice. The first time he wasn't there, it was a caseworker. The second time he said he "understood my frustration". He doesn't understand anything. He's on £90k.

I'm telling you this because you should know how people feel round here. I'm not the angriest person on my street, not by a long way. There's men on the estate who say they'll be waiting for him next time he does the Netherton Tesco car park stall, and I'm not going to tell them not to. After what he's done to our kids he can take his chances.

Shelley""", tags=("embedded", "veiled", "wish-harm"))

# 13 explicit noisy symbol-broken
c.add("safety", subject="qureshi", sender=("", "st.annes.x@yopmail.com"), body="""Q U R E S H I   is a d 3 a d   m @ n. we will b o m b his shop. count the days traitor""", tags=("explicit", "noisy"))

# 14 staff, office manager, car
c.add("safety", subject="The woman in charge at Ashworth's office", sender=("", "seen.it.all.hath@proton.me"), to=MP, body="""The office manager with the headscarf drives a red Fiat 500 and parks in the Aldi car park behind Market Street to avoid the charges.

Somebody ought to tell her that Aldi car park has no cameras at the back. Somebody ought to tell her to stop hanging up on people who ring about the hotel.""", tags=("implicit", "veiled"))

# 15 third-party report, canvassing, man with dog
c.add("safety", subject="Incident on Castle Mead canvass Saturday - please read", sender=c.person("Sophie", "Lindqvist"), body="""Hi Priya,

I was session lead on Castle Mead on Saturday. I want to report an incident and ask that we change how we run that patch.

At about 11.30, Tom (Whitlock) and two of our youngest volunteers (both 17) were on Hawthorn Close. A man came out of number 14, stood between Tom and the gate and said, word for word as Tom remembers it, "I know who you are, I know where you live, I know your wife's car. You'll want to be careful walking round here on your own." He then followed the three of them to the end of the close with his dog off the lead.

Nobody was hurt. The two young ones were very frightened and one of their parents has rung me. Tom has reported it to the police (crime ref to follow).

Could the EC discuss: a) no under-18s on Castle Mead for the time being, b) minimum of four per group, c) a proper incident log.

Thanks,
Sophie
Castle Mead branch organiser""", tags=("third-party-report", "following", "implicit"))

# 16 suspicious item at chair's home
c.add("safety", subject="Something left on my doorstep", sender=c.person("Lesley", "Ord"), body="""Priya, I need to let the officers know. This morning there was a Labour rose leaflet, one of ours, folded and pushed through my letterbox with a box of matches taped to it. Nothing written on it. Just the matches.

I live alone. I've rung the police and they've taken it. They've asked whether anybody in the CLP knows my address who shouldn't. Apart from the officers and the membership list... I don't know.

I'll still chair the GC. But could someone meet me outside beforehand.

Lesley""", tags=("third-party-report", "suspicious-item", "implicit"))

# 17 date menace, selection
c.add("safety", subject="Castle Mead by-election selection", sender=("", "castlemead.members@gmail.com"), body="""The regional office may think it can parachute in Simon Eastwood over the heads of Castle Mead branch.

Selection is the 8th. Simon and the people who fixed it should enjoy the 8th. The 9th onwards might be harder for them.""", tags=("veiled",))

# 18 webform, Urdu-English, sinister
c.add("safety", subject="New submission from Contact Hatherley Labour", sender=c.form_robot(), reply_to="m.aslam.hath@gmail.com", fmt="plain", body=c.webform({
    "Name": "Mohammed Aslam",
    "Email": "m.aslam.hath@gmail.com",
    "Topic": "Other",
    "Message": "Respected Sir/Madam, I am elder of the Victoria Road community. Your councilor Jade Okonkwo is coming in our area with leaflets about LGBT in schools. This is against our religion and our childrens. We have respectfully told her before not to come. She is young girl and maybe does not understand our area. Kindly advise her not come again for her own safety, our youngsters are not always so respectful as the elders. We will not be responsible. Thanking you.",
}), tags=("webform", "veiled", "non-native", "conditional"))

# 19 list post, left faction
c.add("safety", subject="[hatherley-left] the GC vote on the Gaza motion", sender=c.person("Danny", "Fairclough"), headers=c.list_headers("hatherley-left", domain="lists.riseup.net"), body="""Comrades,

For those not there: the GC voted 31-27 not to take the emergency motion on Gaza. I've got the names of every delegate who voted against (I was sitting where I could see the hands). Spreadsheet attached to the next email, with branches and wards.

I'm not suggesting anybody does anything stupid. But people should know who they are and where to find them. They've got blood on their hands and they should feel it every time they open their front door.

In solidarity,
Danny

--
hatherley-left mailing list
hatherley-left@lists.riseup.net
https://lists.riseup.net/www/info/hatherley-left""", tags=("list", "doxxing", "veiled", "third-party-report"))

# 20 teenage, noisy, veiled
c.add("safety", subject="ur councillor", sender=("kai", "kaii.x.07@icloud.com"), body="""bro ur councillor tom whitlock told my mum our family are a "problem family" at the housing meeting. everyone at my school knows his son. just sayin. his son gets the 42 bus home on his own everyday lol. tell tom to watch his mouth""", tags=("implicit", "noisy"))

# 21 explicit caps
c.add("safety", subject="I WILL BE WAITING", sender=("", "waiting.for.u.hath@gmail.com"), body="""NEXT TIME ASHWORTH DOES HIS SURGERY AT THE LIBRARY I WILL BE WAITING WITH A KNIFE. THIS IS NOT A JOKE AND I DONT CARE IF I GO TO PRISON""", tags=("explicit", "noisy"))

# 22 html-only, newsletter-looking intimidation
c.add("safety", subject="Hatherley Labour: Meet your councillors!", sender=("Hatherley Truth", "news@hatherleytruth.example"), fmt="html", body="", html_body="""<html><body style="font-family:Verdana;max-width:600px;margin:auto">
<h2 style="background:#d50000;color:white;padding:8px">MEET YOUR LABOUR COUNCILLORS</h2>
<p>Since they're so keen on "community engagement", we thought we'd help residents engage with them directly:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Councillor</th><th>Street</th><th>Usually home</th></tr>
<tr><td>Tom Whitlock</td><td>Linden Rise, Castle Mead</td><td>after 6pm</td></tr>
<tr><td>Faisal Qureshi</td><td>Victoria Road (above shop)</td><td>always</td></tr>
<tr><td>Jade Okonkwo</td><td>Netherton flats, block C</td><td>weekends</td></tr>
<tr><td>Bernadette Cole</td><td>Brookfield Avenue</td><td>retired - all day</td></tr>
</table>
<p>Why not pop round and let them know how you feel about Oldfield Farm and the Regency? Polite knock first. Then however you like.</p>
<p style="font-size:10px;color:#999">You received this because someone thought you should. Share widely.</p>
</body></html>""", tags=("html-only", "doxxing", "implicit"))

# 23 conditional, Pride flag
c.add("safety", subject="Town hall flag", sender=c.person("Graham", "Tetley"), body="""FLAG comes DOWN by FRIDAY or WE take it down OURSELVES. and if your "little councillor" is there when we do thats HER lookout!!!!""", tags=("conditional", "veiled", "noisy"))

# 24 stalking report, candidate
c.add("safety", subject="Simon - I think someone's watching the house", sender=c.person("Simon", "Eastwood"), body="""Priya,

I don't want to sound paranoid. Since the selection was announced a man has walked past our house on Wentworth Road at least twice a day, slowing right down, looking in. Yesterday he stopped and took a photo of the car. This morning there was a card through the door with just my name on it, spelled with letters cut out of a newspaper, and "we're close" underneath.

My wife is very upset. We've got a 4-year-old. I've rung 101. Is there a party process for candidate security? I was told at the selection there would be advice and nobody has sent me anything.

Simon""", tags=("third-party-report", "stalking", "implicit"))

# 25 wish-harm, noisy, elderly
c.add("safety", subject="WINTER FUEL", sender=c.person("Joyce", "Haworth", "aol.com"), body="""Dear Labour party,

I am 84 years old and i was a Labour voter all my life like my husband God rest him. You took my winter fuel money away and then gave it back and now im told i have to fill in a form.

I hope your Mr Ashworth freezes in the dark like the rest of us. I hope somebody does to him what hes done to us pensioners. i am not a wicked woman but i would not cry if he was found stiff in his bed one morning. That is how i feel. yours J Haworth (Mrs)""", tags=("wish-harm", "noisy"))

# 26 explicit, conditional
c.add("safety", subject="if my son loses his PIP", sender=c.person("Barry", "Hinchliffe"), body="""My son has cerebral palsy. If the PIP cuts take his money off him I'm going to go to Ashworth's office on Market Street and I'm going to hurt whoever's behind that desk. I'm not bluffing. You've been warned and you can tell the police I said it.""", tags=("explicit", "conditional"))

# 27 forwarded from office manager - letter with photo
c.add("safety", subject="Fwd: letter with photos - Daniel's home", sender=("Parveen Akhtar", "parveen.akhtar@parliament.uk"), body=c.forward(
    """Priya - for the CLP record. This came by post today to the constituency office. It's now with police and with the parliamentary security team (PSD ref attached on their system). Two photographs were enclosed: one of Daniel's front door, one of his daughter's bedroom window, both taken at night from the street. The text of the note is below. Please don't share beyond officers. Parveen""",
    """[Note typed, no signature]

Mr Ashworth

We thought you might like to see your house from our side.
You vote for the welfare bill again and we'll send you some more.
We can see a lot from the road.""",
    "Constituency Office post <post@ashworth-office.example>", "scan: letter received 10:42"), tags=("forwarded", "third-party-report", "implicit", "conditional"))

# 28 long faction member, veiled about selection, Labour right
c.add("safety", subject="The Netherton branch takeover", sender=c.person("Paul", "Greatorex"), body="""Priya,

I'm writing as someone who's been in the party through the good times and the bad. I stuck with it through 2017 and 2019 when people like me were called Tories on every branch WhatsApp. I didn't leave and I didn't shout.

What's happened in Netherton branch over the last six months is a takeover, plain and simple. Thirty-odd new members, most of whom have never been seen at a street stall, turned up to the branch AGM, voted in a full slate and then voted to nominate Jade Okonkwo's mate for the county division. Jade's been sitting on the branch WhatsApp calling the old members "dead wood" and "Starmer's lapdogs".

I've put in a formal complaint to the regional office. I'll be at the GC to speak to it.

And I'll say this, which I wouldn't put to the regional office. Jade is very young and very sure of herself. She's very visible too - she puts everything on Instagram, her gym, her Saturday job, her route to work. I'm not threatening her. I'm saying if she keeps making enemies the way she has been in this town, it's a matter of time before one of them decides to do something about it, and some of the people she's upset are not nice people.

Paul""", tags=("implicit", "veiled", "embedded"))

# 29 short "people like you"
c.add("safety", subject="qureshi", sender=("", "one.day.hath@gmail.com"), body="""People like Qureshi always get what's coming in the end. This town has a long memory and short fuses.""", tags=("veiled", "wish-harm"))

# 30 facebook messenger notification
c.add("safety", subject="Mark Dyson sent you a message", sender=("Facebook", "notification@facebookmail.com"), headers=c.newsletter_headers(), fmt="alt", body="""Mark Dyson sent you a message

"u the secretary? tell bernadette cole we've seen her little house on brookfield ave. nice roses. shame if summat happened to them. or her"

Reply on Messenger

This message was sent to Hatherley Labour Party. If you don't want to receive these emails from Meta in the future, please unsubscribe.
Meta Platforms Ireland Ltd., Merrion Road, Dublin 4""", tags=("social", "implicit", "veiled"))

# 31 Polish non-native, wish-harm
c.add("safety", subject="about Mr Ashworth and Polish people", sender=c.person("Agnieszka", "Kaminska", "o2.pl"), body="""Dear Labour

Mr Ashworth say in the newspaper that immigration must go down and that people come here for benefits. I live here 18 years, I work in hospital as a carer, I pay everything. My son born here. After this my son was called names in school.

I never wish bad for anybody. But for this man I wish something very bad will happen to him, that he will know how it is when everybody hate you. And maybe it will happen soon, many people are angry, not only me. I will not be sorry.

Agnieszka""", tags=("wish-harm", "non-native"))

# 32 veiled via secretary's work
c.add("safety", subject="St Anne's Primary", sender=("", "a.parent.hath@outlook.com"), body="""Didn't know the CLP secretary was a teaching assistant at St Anne's. Lot of parents at that gate are not happy with your party's line on the hotel. Lot of parents with your photo on their phone now. Drop-off's going to be awkward for you.""", tags=("implicit", "veiled"))

# 33 alt, sinister, respectable local businessman
c.add("safety", subject="Market Street regeneration - a private word", sender=("Malcolm Pybus", "malcolm@pybusproperties.example"), fmt="alt", body="""Priya,

Thank you for the coffee last month. I appreciated the chance to explain our position on the Market Street scheme, and I hope I made clear that Pybus Properties has been a friend to this town, and to your party, for a long time. The donations speak for themselves.

I understand the planning committee will consider our application on the 21st, and that two of your councillors, Cole and Qureshi, have indicated they'll vote against.

I don't make threats. I'm a businessman. I'd simply point out that I know a lot of people in Hatherley, that Councillor Qureshi's shop is in one of my units on a lease that comes up for renewal in January, and that Councillor Cole's son works for one of my subcontractors. Life has a way of getting difficult for people who make life difficult for others.

I'd be grateful if you could have a word.

Best,
Malcolm

Malcolm Pybus | Managing Director | Pybus Properties Ltd
Registered in England No. 04418822""", tags=("implicit", "veiled", "conditional"))

# 34 explicit, spaced
c.add("safety", subject="jade", sender=("", "xxnetherton@yopmail.com"), body="""j a d e   o k o n k w o   w i l l   b e   d r a g g e d   o u t   o f   t h a t   f l a t   a n d   h u r t   i f   t h a t   f l a g   s t a y s   u p""", tags=("explicit", "noisy", "conditional"))

# 35 third-party report, waiting after meeting, alt
c.add("safety", subject="After Thursday's public meeting on the Regency", sender=c.person("Naveed", "Hussain"), fmt="alt", body="""Hi Priya,

Writing as the steward for Thursday's public meeting on the Regency Hotel, as promised.

The meeting itself was heated but went off without anything happening inside the hall. However:

- A group of about eight men, some of whom had been in the hall, waited across the road by the bus shelter after it finished.
- When Faisal came out, one of them shouted "see you at the shop, Faisal" and two of them followed his car on foot to the junction with Victoria Road.
- One of them was filming on his phone throughout and said "this is going online".

We kept Faisal inside for 20 minutes and then drove him home ourselves. Police were called and two officers attended but the group had gone.

I'd like the EC to consider whether we should hold any more of these without a police presence.

Naveed
Branch secretary, St Anne's""", tags=("third-party-report", "following", "implicit"))

# 36 no punctuation, noisy, conditional
c.add("safety", subject="oldfield", sender=("", "oldfieldlad@hotmail.com"), body="""if them diggers go on oldfield farm in the spring whitlock better move house cos we all know which one it is and were not going to be writing letters this time""", tags=("conditional", "implicit", "noisy"))

# 37 quote reply: reply to a circular about the AGM
c.add("safety", subject="Re: Hatherley CLP AGM - notice and nominations", sender=c.person("Kieran", "Doherty"), body=c.quote_reply(
    """Noted. I'll be there. So will a lot of people who haven't been to a meeting for a while.

If the chair rules any of our nominations out of order on a technicality like last year, she'll find out how much people in this CLP really mind. Lesley knows what I mean. She knows where I live and I know where she lives.""",
    f"""Dear members,

The Annual General Meeting of Hatherley CLP will be held on Thursday 26 February at 7pm at Brookfield Community Centre. Nominations for officer posts must be received by the Secretary by 12 noon on Friday 13 February. Please see the attached nomination form and the CLP's standing orders.

{SEC[0]}
Secretary""", style="gmail"), tags=("quoted", "conditional", "implicit"))

# 38 sinister short to MP
c.add("safety", subject="Saturday", sender=("", "sat.morning.hath@proton.me"), to=MP, body="""Mr Ashworth. Parkrun, Hatherley Park, 9am Saturdays, you finish around 27 minutes and walk home through the woods. Lovely habit. Keep it up.""", tags=("implicit", "stalking"))

# 39 explicit noisy misspelled
c.add("safety", subject="your a dead man", sender=("", "deadman.walking.h@gmail.com"), body="""ashworth your a ded man walking. ill smash ur head in when i see u in town. u no what u did""", tags=("explicit", "noisy"))

# 40 Romanian non-native, veiled
c.add("safety", subject="complaint about canvasser", sender=c.person("Florin", "Popescu", "yahoo.com"), body="""Hello,

Saturday one man from your party, tall, with beard, came at my door in Netherton and say I cannot vote in English election because I am from Romania. He laugh at me in front of my children.

I find where he live, is not hard, my friend know him from the warehouse. I want that he know this. He must come to say sorry to my family or he will have surprise one night. Is better for everybody if he say sorry.

Florin""", tags=("conditional", "implicit", "non-native"))

# 41 harassment campaign report
c.add("safety", subject="Ongoing harassment of Jade - summary for EC", sender=c.person("Harriet", "Blake"), body="""Priya,

As women's officer I've been keeping a log of what Jade has been receiving since the flag row. Summary for the confidential EC item:

- 212 abusive messages across email, Instagram and Facebook in three weeks.
- Her home address (block and floor) posted in two local Facebook groups with "pay her a visit".
- A man has been seen photographing her block on three occasions.
- Someone rang her employer pretending to be from the police asking about her shift pattern.
- A dead rat left at the door of the flat on Sunday.

Jade doesn't want to stand down and she doesn't want a fuss, but she's not sleeping. I'd like the CLP to formally ask the council for a security assessment and the party for support under the candidate safety scheme.

Harriet
Women's Officer""", tags=("third-party-report", "harassment", "doxxing", "stalking"))

# 42 veiled, meeting, date
c.add("safety", subject="public meeting 12th", sender=("Netherton Residents", "netherton.residents.26@gmail.com"), body="""We see Mr Ashworth has finally agreed to a public meeting about the Regency on the 12th.

We'll fill that hall. Every seat. We'll be outside it too, and in the car park, and on the road out. He wanted to hear from residents. He'll hear from us all the way home.""", tags=("veiled",))

# 43 conditional, wrong, subtle, apparently respectable retired officer
c.add("safety", subject="A matter of some urgency", sender=("Lt Col (Retd) A. F. Harcourt", "afharcourt@btinternet.com"), body="""Madam,

I have served my country for twenty-eight years and I did not expect, at the end of my life, to see the Union flag removed from our town hall and replaced with the banner of a political cause.

I am too old to march and too well brought up to shout. I will simply say this. There are a good many men in this town who have been trained to do things that your councillors cannot imagine. Most of them are as law-abiding as I am. Not all of them. I should not like to be the young lady councillor who is so keen on her flag if one of those men decides that he has run out of patience.

I would advise a change of course before Remembrance Sunday.

A. F. Harcourt""", tags=("veiled", "conditional"))

# 44 social YouTube comment
c.add("safety", subject="New comment on \"Hatherley Labour - Public Meeting on Local Plan (full)\"", sender=("YouTube", "noreply@youtube.com"), fmt="alt", body="""Hatherley Labour, someone commented on your video

@oldfield_forever
4:32 - that's Whitlock's wife in the front row isn't it. good to know what she looks like. I'll remember that face

Reply

You received this email to notify you of activity on your YouTube channel. You can unsubscribe from these emails.
Google LLC, 1600 Amphitheatre Pkwy, Mountain View, CA 94043""", tags=("social", "implicit", "veiled"))

# 45 long explicit within argument
c.add("safety", subject="Gaza - a message for Daniel Ashworth", sender=c.person("Imran", "Siddiqui"), body="""I have written to Daniel Ashworth six times since October 2023 about Gaza. I have had four replies, all of them the same letter with the paragraphs moved around.

I've sat in his surgery with a photograph of my cousin's children who were killed in Khan Younis. He looked at it for five seconds and said he "shared my concern for all civilian life". Then he went and voted against the amendment on arms sales.

I used to be a member of your party. I delivered leaflets for him in 2024 in the rain. I persuaded my father and my uncles to vote for him when they wanted to stay at home.

I want you to understand that I'm not writing in anger now. I'm past that. I'm telling you plainly that the next time that man stands in front of me, I'm going to hurt him the way he's hurt my family. I don't care what happens to me after.

Imran Siddiqui""", tags=("explicit", "embedded"))

# 46 veiled to chair, knowing routine
c.add("safety", subject="Lesley", sender=("", "tuesday.thursday.h@outlook.com"), body="""Tuesdays and Thursdays Lesley swims at the leisure centre 7am. Leaves her bag in locker 40. Drives home along the canal road. We don't need to do anything. We just want her to know we know.""", tags=("implicit", "stalking", "veiled"))

# 47 forwarded WhatsApp screenshot transcript from member
c.add("safety", subject="Fwd: screenshot from Hatherley Community Watch WhatsApp", sender=c.person("Gemma", "Ackroyd"), body=c.forward(
    """Priya I'm in this WhatsApp group for my street and this has just been posted. I've copied the text out because the screenshot's blurry. Thought the CLP needed to know before Saturday's stall. G x""",
    """[Hatherley Community Watch - 187 participants]

Dean: labour stall outside boots saturday 10-12 again
Dean: the secretary woman and the councillor with the flag
Kerry: ive seen them, always the same few
Dean: lets give them a welcome they wont forget
Mick: count me in
Mick: bring the lads from the club
Dean: no phones 👍""",
    "Gemma Ackroyd <gemma.ackroyd@gmail.com>", "screenshot"), tags=("forwarded", "third-party-report", "veiled"))

# 48 wish-harm social via email, short
c.add("safety", subject="Re: Hatherley Labour newsletter - Autumn", sender=c.person("Dennis", "Pickles"), body=c.quote_reply(
    """Take me off your list. And tell Ashworth I hope his car goes off the bypass one night. No skin off my nose.""",
    """Hatherley Labour - Autumn Newsletter
* Daniel's surgery dates
* Oldfield Farm - the facts
* Help us deliver in Castle Mead""", style="gmail"), tags=("quoted", "wish-harm"))

# 49 explicit with date
c.add("safety", subject="count night", sender=("", "count.night.x@gmail.com"), body="""At the count on the 7th im going to wait for Eastwood in the car park and stab him. Dont bother looking for me beforehand you won't find me""", tags=("explicit",))

# 50 veiled, knowledge of holiday
c.add("safety", subject="Have a nice holiday", sender=("", "bon.voyage.hath@proton.me"), body="""hear councilor whitlok and famly are of to lanzarotte half term. lovley. house'll be empty for a week then. hope the alarm works""", tags=("implicit", "veiled", "noisy"))

# 51 Somali non-native wish-harm/veiled against canvasser
c.add("safety", subject="your canvasser woman", sender=c.person("Hodan", "Abdi", "gmail.com"), body="""Hello

The lady from Labour with short grey hair come to our flats Netherton block B and she talk to my mother about the hotel in bad way, she say the men there is "a problem". My mother is refugee also, she cry after.

My brothers now know this lady, they see her leaflet with her name and picture and they know she live in Brookfield. I tell them leave it but they are young and very angry. She should not come to our block again. I cannot promise what will happen next time, wallahi I cannot.

Hodan""", tags=("conditional", "implicit", "non-native", "noisy"))

# 52 suspicious item, office
c.add("safety", subject="URGENT: suspicious parcel at Market Street office - do not attend", sender=("Ollie Grant", "ollie.grant@parliament.uk"), body="""Priya,

Please tell anyone from the CLP who was planning to come in today not to. A padded envelope was left in our letterbox overnight, addressed by hand to "Daniel Ashworth - traitor" with wires visible through a tear in the corner. We've evacuated the building and the police have closed Market Street from the Boots end. The bomb squad are on their way.

Everybody is safe. I'll update you as soon as we know more.

Ollie""", tags=("third-party-report", "suspicious-item"))


# Tag the messages that mailkit happened to render HTML-only (fmt chosen at random).
import email as _email  # noqa: E402
for _i, (_data, _cats, _mn, _tags) in enumerate(c.items):
    if _email.message_from_bytes(_data).get_content_type() == "text/html" and "html-only" not in _tags:
        c.items[_i] = (_data, _cats, _mn, _tags + ("html-only",))

c.write()
