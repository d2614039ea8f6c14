# train / ta2 -- safety, centred on implicit and veiled threats (Cwm Taf Valleys CLP).
# All people, streets and events are invented. Content hand-written.
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ta2", seed=1102)
SEC = c.secretary()
OFFICE = "gareth.prosser.mp@parliament.uk"

# 1 retired headteacher, long, Welsh-medium school, embedded implicit
c.add("safety", subject="Ysgol Gymraeg Cwmllynfach - the closure proposal", sender=c.person("Eirlys", "Bowen", "btinternet.com"), fmt="alt", body="""Dear Mrs Evans,

I was headteacher of Ysgol Gymraeg Cwmllynfach from 1989 until my retirement in 2014, and I write with a heavy heart about the council's proposal to close the school and bus the children to Treforgan.

You will have seen the formal objection from the governors and the petition of some 2,300 names. I will not repeat their arguments, which are sound. I want instead to say something about the village, because I am not sure anybody on the council cabinet understands it.

Cwmllynfach has lost its pit, its chapel, its bank, its police station and its last pub in my lifetime. The school is the one building left in the village where everyone still walks through the door. When it goes, there is nothing. The young families will go to Treforgan and then they will move to Treforgan, and the village will be retired people and empty houses within twenty years.

I voted for Carys Watkins. I canvassed for her. She sat in my kitchen and promised me the school was safe.

I must also tell you, because I think somebody should, that feeling in the village is now very ugly. I taught half the men in this valley and I know what some of them are capable of when they feel they have been made fools of. They know where Carys lives, they know her two catch the 8.10 bus from outside the Co-op, and I have heard things said in the Legion that I would not repeat in a letter. I am not threatening anyone, heaven knows. But I would not be doing my duty if I let her walk into the cabinet vote on the 19th thinking this was only about a consultation.

Please pass my letter to her.

Yn gywir,
Eirlys Bowen (Mrs)
Cwmllynfach""", tags=("implicit", "embedded"))

# 2 short veiled 20mph
c.add("safety", subject="20mph", sender=("Valley Driver", "valleydriver.cf@gmail.com"), body="""Prosser loves his 20mph. Hope he drives nice and slow round the Bont bend on his way home to Pentre tonight. Tight bend that. Folk round here drive how they like and there's no cameras.""", tags=("veiled", "implicit"))

# 3 conditional, coal tip lorries
c.add("safety", subject="Tip lorries past Treforgan Primary", sender=c.person("Kevin", "Parry"), body="""Rhian,

Three weeks now the tip remediation lorries have been coming down Heol y Glo past the primary at half three when the kids are coming out. Forty ton trucks on a road with no pavement on one side. I've rung the council, I've emailed Dai Pritchard, I've been to his surgery.

Next time one of them clips a kid, God forbid, Dai Pritchard better not show his face in Treforgan. I'm telling you now, there's lads up here who'll be waiting for him, and there won't be a lot of talking.

Sort it before it comes to that.

Kev Parry""", tags=("conditional", "veiled"))

# 4 Welsh + English, implicit
c.add("safety", subject="Rhian", sender=("", "dwi.n.gwybod@proton.me"), body="""Rhian.

Dwi'n gwybod ble ti'n byw. Tŷ pen, drws glas, Stryd y Capel.

For the English speakers on your committee: I know where she lives. End terrace, blue door, Chapel Street. Drop the complaint against Gethin.""", tags=("implicit", "conditional", "noisy"))

# 5 faction, Senedd list hustings
c.add("safety", subject="List ranking hustings - Workmen's Hall", sender=c.person("Wayne", "Morgan"), body="""Rhian

Everyone knows the ranking for the Senedd list was stitched up by Cardiff before a single member got a vote, and now we're being asked to turn out to a "hustings" at the Workmen's Hall on Saturday to rubber stamp it.

Fine. We'll turn out. And when the regional organiser and whichever of our own officers have been helping her come out of the Workmen's Hall afterwards, there will be some of us waiting outside for a proper conversation. Just so you know in advance. No surprises.

Wayne""", tags=("veiled",))

# 6 explicit
c.add("safety", subject="Dai Pritchard", sender=("Mike", "mikey.t1974@hotmail.co.uk"), body="""Tell Dai Pritchard if he votes to shut the lido I will break both his legs. I know where he drinks.""", tags=("explicit", "implicit"))

# 7 Nextdoor social doxxing
c.add("safety", subject="New post in Treforgan Heights: 'Leisure centre closure - time for action'", sender=("Nextdoor", "no-reply@rs.email.nextdoor.co.uk"), headers=c.newsletter_headers(esp="other"), fmt="alt", body="""Treforgan Heights

Gav R. · Treforgan Heights · 2 hr ago
Leisure centre closure - time for action
Our "councillor" Dai Pritchard lives at the top of Heol y Bryn, the house with the white caravan on the drive and the Labour poster in the window. Maybe we should all pop round one evening and tell him what we think about him shutting the pool. Bring the kids, he loves kids apparently. Sunday 7pm anyone?

32 Reactions · 17 Comments

Reply on Nextdoor

You're receiving this because you're a member of Treforgan Heights. Unsubscribe or change email settings.
Nextdoor, 420 Taylor Street, San Francisco, CA 94102""", tags=("social", "doxxing", "implicit"))

# 8 forwarded voicemail transcript
c.add("safety", subject="FW: Voicemail transcript - 01443 number", sender=c.person("Jeff", "Lewis", "outlook.com"), to=SEC[1], body=c.forward(
    """Rhian - office line picked this up Monday 6.52pm. The auto-transcription is below. It's the same voice as the two calls in September, the man who wouldn't give his name. I've saved the audio. Gareth's aware. Jeff (office manager)""",
    """Voicemail from +44 1443 ••• ••• (0:38)

"Yeah this is a message for Gareth. He knows who it is. You know me Gareth. You know what I said I'd do if you lot went ahead with it. Well you've gone ahead with it. Friday. That's all. Friday."

This transcript was generated automatically and may contain errors.""",
    "Voicemail <voicemail@cloudphone.example>", "New voicemail from +44 1443 ••• •••"), tags=("forwarded", "third-party-report", "veiled"))

# 9 FB group pile-on
c.add("safety", subject="New activity in Cwmllynfach Community Noticeboard", sender=("Facebook", "groupupdates@facebookmail.com"), headers=c.newsletter_headers(), body="""Cwmllynfach Community Noticeboard

Bethan Jones posted: "Carys Watkins voted to shut OUR school. Don't let her forget it 😡"

Comments:
Lyndon P: She should be run out of the valley
Kayleigh M: she does the school run in the black Qashqai 8.40 past the Co-op every morning if anyone wants a word 👀
Steve H: I know her husband works at the Merthyr depot, early shift
Lyndon P: Everyone wave at her tomorrow 😂 all of us
Dean O: more than wave

View all 48 comments

You're getting this email because you're a member of Cwmllynfach Community Noticeboard.
Meta Platforms Ireland Ltd.""", tags=("social", "pile-on", "implicit"))

# 10 CAPS noisy hotel/care home
c.add("safety", subject="THE OLD CARE HOME", sender=("PENTRE SAYS NO", "pentresaysno@gmail.com"), body="""WE KNOW WHAT CAR BEVAN DRIVES AND WE KNOW WHAT TIME HE LEAVES FOR THE COUNCIL OFFICES. IF THEM MEN MOVE INTO THE OLD CARE HOME ON MONDAY HE WILL HAVE A VERY BAD WEEK. TELL HIM""", tags=("implicit", "conditional", "noisy"))

# 11 wish harm
c.add("safety", subject="nobody would ring the brigade", sender=c.person("Gail", "Pugh"), body="""Gareth Prosser has done nothing for this valley in six years except cut things and smile for photos.

I'm not a violent person and I'd never do anything myself. But if his house went up one night with him in it I don't think anybody on that street would rush to ring the brigade. That's how low he's sunk round here. Tell him that.""", tags=("wish-harm",))

# 12 A&E long nurse, conditional/wish-harm
c.add("safety", subject="Ysbyty Cwm Taf A&E downgrade", sender=c.person("Donna", "Jenkins"), body="""I am a band 6 nurse at Ysbyty Cwm Taf and have been for nineteen years. I am writing to the CLP because our MP and our MS seem to think that if they say "this is a health board decision" often enough, people will stop asking them about it.

The downgrade of the A&E to a minor injuries unit overnight from January means that anyone in the top of the valley with a stroke, a heart attack or a bad crash at 3am will go to Merthyr or Llantrisant. From Cwmllynfach that's 35-45 minutes in good weather with an ambulance that may or may not come. The health board's own paper says this will "impact outcomes for time-critical presentations". Everyone on the ward knows what that means in plain English.

I've watched the staff consultation. It was a sham. The decision was made in the spring. Gareth Prosser stood outside the hospital in 2024 with a banner saying "Save our A&E". I've got the photo. It's on my fridge.

So let me tell you what will happen. At some point this winter someone will die on the A465 in the back of an ambulance who would have lived if we were still open. And their family will know exactly who to blame, because I and everybody else will tell them, and they'll know where his office is and where he lives. I wouldn't want to be Gareth Prosser the day after that funeral. I wouldn't lift a finger to stop them either.

Donna Jenkins RN""", tags=("conditional", "wish-harm", "embedded"))

# 13 quoted reply, lapsed membership
c.add("safety", subject="Re: Your membership", sender=c.person("Gethin", "Lloyd"), body=c.quote_reply(
    """Lapsed my arse. You and your pals on the EC let it lapse so I couldn't vote at the AGM.

You've made an enemy Rhian. I'm retired and I've got nothing but time. I'll be seeing you. Often.""",
    f"""Dear Gethin,

Thank you for your email. I've checked with the membership team and your membership lapsed on 3 March after the direct debit was cancelled. You can rejoin at any time through the national website, but under the rules you will not be eligible to vote at this year's AGM.

Best wishes,
{SEC[0]}
Ysgrifennydd / Secretary, Cwm Taf Valleys CLP""", style="bottom"), tags=("quoted", "veiled", "stalking"))

# 14 webform sinister politeness
c.add("safety", subject="New form submission: Contact", sender=c.form_robot(), reply_to="a.well.wisher.ct@gmail.com", fmt="plain", body=c.webform({
    "Name": "A well-wisher",
    "Email": "a.well.wisher.ct@gmail.com",
    "Ward": "Pentre Isaf",
    "Message": "Please pass my regards to Councillor Bevan's wife. I saw her in Aldi in Treforgan on Saturday morning, about 10, with the little one in the trolley. She looked very well. I do hope she stays well. Kind regards.",
}), tags=("webform", "implicit", "veiled"))

# 15 pile-on report by caseworker
c.add("safety", subject="Twitter/X - Gareth - this needs escalating", sender=c.person("Ffion", "Morgan"), to=SEC[1], cc=("jeff.lewis@parliament.uk",), body="""Hi Rhian,

Since the clip of Gareth at the Senedd lobby went round yesterday there's been a coordinated pile-on. I've counted about 1,400 quote-posts, a lot of them from accounts created this month. Most are just abuse but I've screenshotted 31 that I think cross the line, for example:

- "Pentre's only 10 mins from me. Might go knock on his door"
- "his office is above the bookies on Commercial Street, open Tuesdays. just saying"
- "someone will sort him out eventually, they always do"
- a photo of his house from Google Street View with a red circle on it

I've reported to X and to the parliamentary security team. I'm copying you because two of them mention "the Labour lot at the Legion on Thursday", which is the branch meeting, so the branch secretary needs to know.

Ffion
Caseworker""", tags=("third-party-report", "pile-on", "doxxing"))

# 16 suspicious item
c.add("safety", subject="White powder envelope - office closed", sender=("Jeff Lewis", "jeff.lewis@parliament.uk"), body="""Rhian,

Just so the CLP knows: this morning Ffion opened an envelope addressed to "Prosser the coward" and it had a white powder in it and a note saying "Next time it's real." She put it down, we evacuated, and police and fire have been and taken it away. They think it's flour or talc but it's gone for testing.

Ffion's fine but shaken. The office is closed until Thursday. Can you tell the Treforgan branch that the leaflet drop-off can't happen here this week?

Jeff""", tags=("third-party-report", "suspicious-item"))

# 17 following report
c.add("safety", subject="Leanne after full council", sender=c.person("Alun", "Rees"), body="""Rhian,

Leanne rang me last night in a state. After full council finished about 9.15 a man who'd been in the public gallery walked out right behind her, followed her the length of the car park and stood by the back of her car while she was getting in. He didn't say anything. He just stood there and then took a photo of her number plate.

She thinks it's the same man who's been at the last three meetings sitting in the front row staring at her.

I've told her to ring 101 and I've asked Democratic Services for CCTV. Could you put it on the EC agenda (confidential item) so we can talk about escorts to cars after meetings? This is the second time this year.

Alun
Chair""", tags=("third-party-report", "following", "stalking"))

# 18 explicit spaced
c.add("safety", subject="prosser", sender=("", "zzz.cwm.zzz@yopmail.com"), body="""s o m e o n e   i s   g o i n g   t o   s h o o t   h i m   a n d   i   h o p e   i t s   m e""", tags=("explicit", "noisy"))

# 19 farmer wind farm veiled
c.add("safety", subject="Mynydd Llwyd turbines", sender=c.person("Huw", "Prydderch", "btinternet.com"), body="""Mrs Evans,

My family has farmed the north side of Mynydd Llwyd for five generations. The turbines your Senedd member is so keen on will go across our common grazing and the access track will go through our yard.

I've written to Ms Howells twice. I'll write this once to you.

If those turbines go up, she will not be welcome on that mountain again. It's a dangerous place, the mountain. People walk up there who don't know it, the mist comes down, quad bikes turn over, folk go missing in the bog. It happens most years. I'd tell her to keep to the valley floor.

H Prydderch
Ffarm Ty'n y Waun""", tags=("veiled", "conditional"))

# 20 Portuguese non-native
c.add("safety", subject="about the eviction of my family", sender=c.person("Joao", "Ferreira", "hotmail.com"), body="""Good afternoon

My name is João, I work in the meat factory in Merthyr 6 years. The council say my family must leave the house in Pentre in 28 days because the landlord sell. I go to the office of Cllr Bevan 3 times, nobody help, they say is not council problem.

I know where is his house, I see him many times in the street with the dog, and I know his car. I am very desperate person now with 3 childrens. When desperate person have nothing to lose, he can do anything. Please he must help me before the 28 days finish. After, I dont know what I do.

Obrigado
João Ferreira""", tags=("implicit", "conditional", "non-native", "noisy"))

# 21 list post faction, expulsion
c.add("safety", subject="[cwmtaf-members] Gethin's expulsion", sender=c.person("Rhodri", "Harries"), headers=c.list_headers("cwmtaf-members", domain="lists.cwmtaflabour.cymru"), body="""Friends,

We all know what happened on Thursday. A man who's given forty years to this party has been thrown out on a technicality by people who joined the day before yesterday.

I've been asked to calm things down on here. I'm not going to. I'll say this instead: some of us delivered your membership cards by hand for ten years. We know every one of your doors. If the appeal isn't heard properly, don't be surprised when people come knocking, and it won't be to canvass.

Rhodri
Pentre branch

_______________________________________________
cwmtaf-members mailing list
To unsubscribe send an email to cwmtaf-members-leave@lists.cwmtaflabour.cymru""", tags=("list", "implicit", "conditional"))

# 22 HTML-only, patriots newsletter naming councillors
c.add("safety", subject="WE ARE WATCHING - Cwm Taf Councillors", sender=("Valleys Patriots", "valleys.patriots@proton.me"), fmt="html", body="", html_body="""<html><body style="background:#111;color:#eee;font-family:Arial">
<h1 style="color:#c00;text-align:center">WE ARE WATCHING</h1>
<p>The following Labour councillors voted to turn the old Pentre care home into housing for illegal men:</p>
<ul>
<li><b>Nigel Bevan</b> &ndash; Pentre Isaf &ndash; drives the grey Passat</li>
<li><b>Carys Watkins</b> &ndash; Cwmllynfach &ndash; school run 8.40</li>
<li><b>Dai Pritchard</b> &ndash; Treforgan &ndash; Heol y Bryn, white caravan</li>
<li><b>Leanne Jarman</b> &ndash; Treforgan East &ndash; works Saturdays at the garden centre</li>
</ul>
<p>We have all of their addresses. We are not going to publish them. Yet.</p>
<p style="font-size:22px;text-align:center"><b>Change your vote on the 4th.</b></p>
<p style="color:#666;font-size:10px">Forward to every patriot in the valleys.</p>
</body></html>""", tags=("html-only", "implicit", "doxxing", "conditional"))

# 23 alt, businessman CCTV
c.add("safety", subject="Commercial Street parking and the 20mph", sender=("Clive Hopkins - Hopkins Motors", "clive@hopkinsmotors-treforgan.co.uk"), fmt="alt", body="""Good morning,

I've run Hopkins Motors on Commercial Street for 31 years. Since the 20mph came in and the council took away the eight parking bays outside for the "active travel" scheme, my trade is down a third. Two of my lads are on short time. I've written to Gareth Prosser's office, which is thirty yards up the road, and been told to write to the Senedd.

I'll say something about Mr Prosser. I've got four CCTV cameras on the front of the garage and they cover the whole street. He drives past twice a day, walks past most Tuesdays to the office, goes to the Greggs about one. It's funny what you notice when you've got time on your hands because your business is going under. Very funny. I've got hours of it.

If he wants to come in and talk about it, my door's open. If he doesn't, I'll keep watching.

Regards,
Clive Hopkins
Hopkins Motors
Commercial Street, Treforgan
VAT reg. 318 2291 04

This email and any attachments are confidential and intended solely for the addressee.""", tags=("implicit", "stalking", "embedded"))

# 24 count night
c.add("safety", subject="count at the leisure centre", sender=("", "seeyouatthecount@gmail.com"), body="""You'll all be at the count in the leisure centre on the 7th till the small hours. Good. So will we. I'd arrange a lift to the door if I was your candidate. It's a big dark car park.""", tags=("veiled",))

# 25 explicit
c.add("safety", subject="bullet", sender=("Terry", "t.hughes.cwm@gmail.com"), body="""Somebody's going to put a bullet in that man Prosser one of these days and when they do I'll hand them the gun myself. Pass that on to your precious MP.""", tags=("explicit", "wish-harm"))

# 26 explicit caps noisy
c.add("safety", subject="OFFICE", sender=("", "burnit.ct@yopmail.com"), body="""IM GOING TO BURN YOUR OFFICE ON COMMERCIAL ST TO THE GROUND WITH ALL YOU TRAITERS INSIDE IT. COUNT THE DAYS""", tags=("explicit", "noisy"))

# 27 canvasser photos, veiled
c.add("safety", subject="your canvassers on the Bryn estate", sender=("Estate Watch", "estatewatch.ct@outlook.com"), body="""Your lot were doing the Bryn Estate Saturday morning with their clipboards writing down who lives where.

Well two can play that game. We've got photos of every one of them now, and we know which one lives in the flats by the rugby club. Send them round again and see what happens.""", tags=("implicit", "conditional"))

# 28 staff, boyfriend routes
c.add("safety", subject="Ffion", sender=("", "routes.ct@proton.me"), to=OFFICE, body="""Ffion from the MP's office has been very busy writing to people about their "tone".

Her fella drives for DPD doesn't he. Routes are very easy to find out. So's the address they both go home to.

Tone that down.""", tags=("implicit", "veiled"))

# 29 children netball, veiled
c.add("safety", subject="Leisure centre", sender=("Just a mam", "justamam.treforgan@gmail.com"), body="""Councillor Jarman's daughter plays netball at the leisure centre Wednesday evenings. Under 12s. Lovely little player.

She'll have to find somewhere else when you shut it won't she. Or maybe she'll find out what the rest of our kids are going to feel like. It'd be a shame if it was Wednesday she found out.""", tags=("implicit", "veiled"))

# 30 faction, conditional, knowledge of homes
c.add("safety", subject="My appeal", sender=c.person("Gethin", "Lloyd"), body="""Rhian,

If the NEC turn down my appeal, which I'm sure your mates on the regional office will see to, I'll come to the next GC whether I'm allowed in or not, and every one of you who voted against me will regret it.

I delivered Labour Link for this CLP for a decade. I know every one of your houses. Yours, Alun's, the two Jameses, that new lad from Treforgan. I know which of you have dogs and which of you leave a side gate open.

Think about it.""", tags=("conditional", "implicit"))

# 31 noisy misspelled wish-harm
c.add("safety", subject="the MS", sender=c.person("Darren", "Maddox", "hotmail.co.uk"), body="""sian howells is a discrace she has done NOTHING for the valleys since she got in and now she wants to close the bus 132 so my nan cant get to the docters

i hope somthing bad happens to her i realy do. not from me i wudnt touch her, but i hope she gets ill and has to wait 9 hours in a corridor like my nan did and i hope nobody comes. see how she likes it. shes got it comming""", tags=("wish-harm", "noisy"))

# 32 short veiled, date
c.add("safety", subject="the 19th", sender=("", "cwm.19th@yopmail.com"), body="""CABINET MEETS ON THE 19TH. WE'LL BE THERE. WE'LL STILL BE THERE WHEN IT FINISHES. AND AFTER.""", tags=("veiled", "noisy"))

# 33 long faction fight to secretary, embedded menace near end
c.add("safety", subject="Complaint re conduct of Treforgan branch meeting 14 Oct", sender=c.person("Sharon", "Rowlands"), body="""Dear Rhian,

I am writing formally to complain about the conduct of the Treforgan branch meeting on 14 October.

1. The chair refused to take my point of order on the quorum. We were at 11 when the vote on the Gaza motion was taken, and quorum is 12 under our branch standing orders.
2. The minutes circulated on the 20th record "no points of order raised". That is false.
3. When I asked to see the attendance sheet I was told it had "gone to the CLP". Has it?
4. Two members who have never attended before voted. I would like to know when they joined and whether they were eligible under the freeze date.

I would like these points answered in writing before the GC.

On a personal note: I am sick to the back teeth of being talked over by the same three men every single month. I've been told to "calm down" in that room more times than I can count. I'm calm now. I'm very calm. I've written down all their names and where they park, and I'm finding out a lot about them that they'd rather I didn't. If the GC backs them again, they'll find out what happens when I stop being calm.

Regards,
Sharon Rowlands
Treforgan branch""", tags=("conditional", "implicit", "embedded"))

# 34 quoted inside reply, councillor forwarding what she received
c.add("safety", subject="Fw: Re: Planning committee decision", sender=c.person("Carys", "Watkins"), body=c.forward(
    """Rhian, I replied politely to this man about the planning decision and this is what he sent back. Should this go to the police? He's the one with the kennels up by the reservoir. C""",
    """Thanks for nothing Councillor. You've got a lovely house yourself I hear, big garden, nice and quiet, no neighbours to speak of up there. Must be peaceful at night. Very peaceful. Hope it stays that way for you.

-----Original Message-----
From: Cllr Carys Watkins
Sent: 02 November 2026 14:10
Subject: Planning committee decision

Dear Mr Price, thank you for your email. I'm afraid the committee decided to refuse the application for the reasons set out in the decision notice. You have the right of appeal to Planning and Environment Decisions Wales.""",
    "Lyn Price <lyn.price.kennels@gmail.com>", "Re: Planning committee decision"), tags=("forwarded", "quoted", "third-party-report", "implicit"))

# 35 "people like you end up" short
c.add("safety", subject="people like you", sender=("", "valleyboy1983@gmail.com"), body="""People like you end up on the news eventually Rhian. Not for anything you've done. Just for being in the wrong place at the wrong time. Keep going the way you're going.""", tags=("veiled", "wish-harm"))

# 36 Bulgarian-ish non-native, canvassing
c.add("safety", subject="your party man came to my house", sender=c.person("Stoyan", "Petrov", "abv.bg"), body="""Hello sir or madam

Your man from Labour with the red rosset come to my house on Saturday and ask my wife many question about who vote and how many person live in the house. This is not normal, in my country this is the police who do this. I dont like.

I tell you one time only. If he come again to my house I will meet him with my brothers and he will not like this meeting. We know his face now, we know his car is the blue Corsa. Better he stay away from our street for his health.

Stoyan""", tags=("conditional", "implicit", "non-native"))

# 37 stalking report, notes on car
c.add("safety", subject="Notes on Alun's car", sender=c.person("Bethan", "Rees"), body="""Hi Rhian,

Alun didn't want to bother you but I'm his wife and I'm bothering you. For the third week running someone has left a note under the wiper of his car overnight. Outside our house. The first said "Nice house Alun". The second said "Early start tomorrow?" the night before he went to the regional meeting in Cardiff, which nobody outside the EC knew about. Last night's said "We're closer than you think."

We've got a doorbell camera now. It picked up a figure in a hood at 2.14am but you can't see a face.

He's reported it to police. I want to know who in the CLP knew about Cardiff.

Bethan""", tags=("third-party-report", "stalking", "implicit"))

# 38 explicit, office staff
c.add("safety", subject="jeff lewis", sender=("", "dont.ignore.me.ct@outlook.com"), body="""Tell Jeff Lewis he's had his last chance. Next time he puts the phone down on me I'm coming up those stairs and I'm going to batter him in front of the whole office.""", tags=("explicit", "conditional"))

# 39 veiled, candidate, by-election
c.add("safety", subject="Kieran Lloyd", sender=("A Treforgan voter", "treforganvoter@proton.me"), body="""Interesting choice of candidate for the by-election. I went to school with Kieran's brother. I know where Kieran's mam lives, I know where his girlfriend works, and I know about Ibiza 2019.

I'd have a word with him about whether this is really a good time for him to be going into politics. It's not too late to pull out. Nomination doesn't close till Thursday.""", tags=("implicit", "veiled", "conditional"))

# 40 social, TikTok comment notification
c.add("safety", subject="New comments on your video", sender=("TikTok", "no-reply@mail.tiktok.com"), headers=c.newsletter_headers(), body="""cwmtaflabour, you have 14 new comments on your video "Rhian and the team out in Pentre today! 🌹"

valleylad_99: that's chapel street in the background innit 👀 I know that house
jaz.mxx: she lives there?? 😂
valleylad_99: end one with the blue door. send my regards
nomorelabour_ct: we're coming for you rhian 🔥🔥
+10 more

View comments

TikTok Ltd, Kings Place, 90 York Way, London N1 9AN""", tags=("social", "doxxing", "implicit"))

# 41 very polite menace, apparently respectable, churchwarden
c.add("safety", subject="A word of friendly advice", sender=c.person("Howard", "Beynon"), body="""Dear Mrs Evans,

I hope this finds you well. I was sorry not to catch you after the remembrance service; I had hoped for a quiet word.

A number of us in the congregation at St Tydfil's are deeply troubled by the direction your party has taken on matters of conscience, and by the role your Senedd member played in the vote. I say this in sorrow rather than anger.

I would only observe, as a friend, that Treforgan is a small place and that your Senedd member's mother still worships with us most Sundays. We are all very fond of her. It would be a great pity if, through no fault of her own, she began to find that she was no longer comfortable among us. These things do happen in small communities, once people start to talk.

I am sure it won't come to that.

With every good wish,
Howard Beynon
Churchwarden""", tags=("veiled", "implicit"))

# 42 conditional with date, count
c.add("safety", subject="if you go ahead", sender=("", "no.to.closure@gmail.com"), body="""if cabinet signs off the closures on the 19th the councillors who voted for it wont be able to do a saturday shop in this valley without sombody following them round the isles we'll make it our busness to know were every one of them is every day untill they resign""", tags=("conditional", "stalking", "harassment", "noisy"))

# 43 no punctuation noisy implicit
c.add("safety", subject="the mp", sender=("", "gazza.ct.76@hotmail.com"), body="""seen prosser in the spar in pentre sunday with his missus and the little lad buying milk like a normal person like he lives here he dont live here he lives in cardiff bay mon to thurs and pentre at weekends we know the lot mate tell him to watch himself when hes home""", tags=("implicit", "noisy"))

# 44 explicit long embedded
c.add("safety", subject="winter fuel, the two-child cap, and you people", sender=c.person("Royston", "Griffiths"), body="""I'm 74. I was a miner till they shut Tower. I was in the strike. I've voted Labour in every election since 1970 and I've got the scars to show for it.

This government took my winter fuel payment and then gave half of it back like we should be grateful. They kept the two-child cap that's put my granddaughter's kids in poverty. They're talking about cutting PIP for my son who's not worked since his accident. They stand there in their good suits telling us there's no money and then you see them on the telly at the football in a box.

Gareth Prosser came to my door in 2024 and promised me things would get better. They haven't.

Let me make it plain so there's no confusion. I'm an old man and I've got nothing to lose. The next time Prosser comes up my street I'll be waiting for him with my walking stick and I'll put him in the hospital he's letting them close. I mean it.

Royston Griffiths""", tags=("explicit", "embedded"))

# 45 veiled via workplace secretary
c.add("safety", subject="your job at the council", sender=("", "someone.at.work.ct@proton.me"), body="""Rhian,

Didn't realise you worked in the council housing office in Treforgan. Ground floor, by the window. People come and go all day, don't they, and anybody can walk in.

Have a think about the motion you're putting to GC.""", tags=("implicit", "conditional"))

# 46 third party: man waiting after meeting
c.add("safety", subject="Man waiting outside the Legion last night", sender=c.person("Owain", "Davies"), body="""Rhian

Flagging this as branch sec for Pentre. When we came out of the branch meeting at the Legion last night there was a man sitting in a parked car opposite with the engine running. He'd been there when we went in at 7. When Nigel came out he flashed the headlights twice and pulled off slowly alongside him for about fifty yards, then drove away.

Nigel reckons it's the same car that's been parked at the end of his street. Dark grey Astra, partial reg CU7-something.

We've walked Nigel home since but we can't do it every night. Can we get advice from the party's safety people?

Owain""", tags=("third-party-report", "following", "stalking"))

# 47 wish-harm in alt, A&E
c.add("safety", subject="re your leaflet", sender=c.person("Mandy", "Thomas"), fmt="alt", body="""Got your leaflet about "delivering for the valleys". Made me laugh.

I hope your MP has a heart attack in the middle of Pentre at 3 in the morning and has to wait for the ambulance from Merthyr like the rest of us now. I hope it takes an hour. I'm not threatening anybody, I'm a Christian woman. I'm just saying I'd like him to know how it feels, all the way.""", tags=("wish-harm",))

# 48 explicit, noisy symbol-broken
c.add("safety", subject="carys watkins", sender=("", "cw.x.x@yopmail.com"), body="""carys watkins is gonna get her fkn head k1cked in outside that school gate. d3ad w0man walking. tell her""", tags=("explicit", "noisy"))

# 49 veiled date & selection, member
c.add("safety", subject="Selection meeting Tuesday", sender=c.person("Lee", "Jarman"), body="""I see the regional office has decided the selection meeting for Treforgan will be "members only, doors close at 7".

Doors close at 7 fine. They open again at half 9. Some of us will be outside at half 9 and we'd like a word with whoever ran the shortlisting. Have a think about whether you want to come out the front or the back.""", tags=("veiled",))

# 50 webform, noisy, implicit
c.add("safety", subject="New submission from Join us / Contact", sender=c.form_robot(), reply_to="truth.ct@gmail.com", fmt="plain", body=c.webform({
    "First name": "truth",
    "Last name": "teller",
    "Email": "truth.ct@gmail.com",
    "Phone": "07000 000000",
    "How can we help": "Other",
    "Comments": "your secratary rhian evans walks her dog round the reservoir every morning 6am on her own, lovely spot, very quiet, nobody about. tell her we said hello. and to drop it",
}, form="Join us / Contact"), tags=("webform", "implicit", "stalking", "noisy"))

# 51 sinister, "consider this a warning" alt, html
c.add("safety", subject="Consider this a warning", sender=("Friends of Cwmllynfach", "friendsofcwmllynfach@gmail.com"), fmt="alt", body="""To the councillors of Cwm Taf Valleys Labour,

This is the only warning you will get.

The village has tried petitions. The village has tried the consultation. The village has tried the ballot box. None of it has worked.

We know who you are. We know where you live. We know where your children go to school. We know what you do on a Friday night.

You have until the cabinet meeting to change your minds. After that, it is out of our hands.

Friends of Cwmllynfach""", tags=("veiled", "implicit", "conditional"))

# 52 short explicit
c.add("safety", subject="", sender=("", "ct.revenge.ct@gmail.com"), body="""I'm going to kill nigel bevan""", tags=("explicit",))

# 53 forwarded from Senedd member's office, letter scanned
c.add("safety", subject="Fwd: letter received at the Senedd office - for CLP awareness", sender=c.person("Nerys", "Griffith"), body=c.forward(
    """Dear Rhian, Siân has asked me to share this with the CLP officers for awareness only, as it refers to the Cwmllynfach branch meeting. It arrived by post at the regional office, handwritten, no return address. It's been passed to South Wales Police. Nerys (office manager, Siân Howells MS)""",
    """[Transcribed from a handwritten letter]

Mrs Howells,

You came to Cwmllynfach branch in June and stood up in front of everyone and said the school would stay open. Everybody heard you.

You'll be coming again. Your lot always come back before an election. When you do we'll all be there in the Institute and we'll all want to hear what you've got to say this time. Take your time getting home afterwards. There's no rush. We'll be right behind you.""",
    "Office of Siân Howells MS <sian.howells@senedd.example>", "Letter received 3 Nov"), tags=("forwarded", "third-party-report", "veiled"))


# Tag the messages that mailkit happened to render HTML-only (fmt chosen at random).
import email as _email  # noqa: E402
for _i, (_data, _cats, _mn, _tags) in enumerate(c.items):
    if _email.message_from_bytes(_data).get_content_type() == "text/html" and "html-only" not in _tags:
        c.items[_i] = (_data, _cats, _mn, _tags + ("html-only",))

c.write()
