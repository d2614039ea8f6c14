"""train / tm1: safety mail from campaign life — doors, stalls, leaflets, hustings, counts,
polling stations and young volunteers. Every message written by hand."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tm1", seed=2601)
SEC_NAME, SEC_ADDR = c.secretary()
SEC = SEC_NAME.split()[0]

# 1 ---------------------------------------------------------------------------------------
c.add("safety", subject="Canvassers on Heol Las",
      sender=c.form_robot(), reply_to="residentofheollas@proton.me",
      body=c.webform({
          "Name": "A resident",
          "Email": "residentofheollas@proton.me",
          "Ward / community": "Cwmderwen",
          "Your message": (
              "Your people were on Heol Las on Sunday afternoon. The tall lad in the grey hoodie "
              "and the woman with the clipboard who parked the silver Astra by the chapel, "
              "registration ending in KXE. I wrote it all down. I write a lot of things down, "
              "I've got books of it. Next time send different people. Better still send nobody, "
              "because I'll know."),
      }),
      tags=("webform", "veiled", "implicit"))

# 2 ---------------------------------------------------------------------------------------
c.add("safety", subject="Sunday session Tre-Gethin - write-up of the car thing",
      sender=c.person("Gareth", "Pugh"),
      body=f"""{SEC},

Writing this up while it's fresh as Bev said I should. Sunday session, Tre-Gethin, 11 till 1, five of us on the board.

- About 11.40 a man in a black Qashqai started crawling along behind Nia and Josh on Cranmer Street. Walking pace.
- He pulled in ahead of them, got out, held his phone up and photographed both of them. Did not say a single word. Got back in.
- 20 minutes later on Ellis Road, same car, same thing, except this time he also photographed Nia's clipboard which had the street sheet on it.
- When I walked over he drove off. I got most of the reg, WN?? something, I've written what I could.

Nia is 19 and she was properly rattled, she went home early and I drove her. Josh was calmer about it but he's 17 and his mum will want to know.

I don't know if it's a police thing yet. Nobody was hurt and nobody said anything. But it was deliberate, you don't photograph a clipboard by accident. Can we talk tonight about whether we go back to Tre-Gethin next weekend and with how many.

Gareth
Tre-Gethin branch, campaign co-ordinator""",
      tags=("third-party-report", "following", "implicit"))

# 3 ---------------------------------------------------------------------------------------
c.add("safety", subject="about saturday stall, man who came 2 times",
      sender=c.person("Agnieszka", "Nowak", provider="wp.pl"),
      body="""Hello Rhian,

I am writing about saturday stall at the market in Llanhafod. One man came two times. First time he was shouting about immigrants and the hospital, ok, this happens, Dai talked to him and he went.

Second time he came alone when Dai went for the coffees and he stand very close to me, too close, and he said he know I work in the Spar on Crown Street, he saw me there on the till, and he will come to see me there "to continue our conversation". He said my first name but I did not wear a name badge on saturday. I dont know how he knows it.

Maybe it is nothing. But I have early shift tomorrow 6am and I am alone in the shop until 8. I dont want to make big problem for the party or for the stall. Please tell me what to do, should I tell my manager?

Thank you
Agnieszka""",
      tags=("third-party-report", "stalking", "non-native", "implicit"))

# 4 ---------------------------------------------------------------------------------------
c.add("safety", subject="note through my door",
      sender=c.person("Maureen", "Price", provider="btinternet.com"),
      body="""Dear Rhian,

I'm sorry to bother you on a Sunday. This was pushed through my letterbox some time last night, two days after I did the Beech Avenue round with the new Senedd leaflets. It's handwritten in capitals on the back of one of our own leaflets. I'm typing it out exactly:

"YOU PUT YOUR RUBBISH THROUGH OUR DOOR SO WE FOLLOWED YOU HOME. NUMBER 9 WITH THE RAMP. RETURN TO SENDER."

The ramp is for Alan's wheelchair. I did Beech Avenue on foot and walked home the long way through the park so someone must have walked behind me the whole way, which is the part I can't stop thinking about.

I've put it in a freezer bag in case the police want it. I haven't told Alan yet. I will do the delivery round on Thursday if you need me to but I'd rather not do it on my own.

Maureen Price
Bryn ward""",
      tags=("third-party-report", "following", "implicit"))

# 5 ---------------------------------------------------------------------------------------
c.add("safety", subject="Post this morning - police attended, please read",
      sender=("Ffion Llewellyn", "ffion.llewellyn@senedd-office.example.wales"),
      cc=["office.manager@cwmtaflabour.cymru"],
      body="""Hi Rhian

Quick heads-up before it gets round on WhatsApp in a garbled form.

This morning's post at the constituency office included a padded envelope addressed by hand to "The Labour Candidate (the woman)". Inside were about a dozen of our returned leaflets, one with the candidate's face burned through with a cigarette, and a small sealed bag of white powder. Llinos opened it at the front desk. We followed the suspicious package procedure: didn't touch anything further, left the room, shut the door, rang 999.

Police attended within 20 minutes, area cordoned, envelope removed. Early indication is that the powder is harmless but they're testing it. Crime reference is 2600-114-877 if anyone needs it.

Llinos is fine but shaken and has gone home. Office closed for the rest of today.

Can you please tell the officers and candidates on the list NOT to open any post at home from unknown senders for the next couple of weeks, and to bring anything odd in unopened. The police will want to speak to whoever handles the Freepost returns.

Ffion
Office Manager""",
      tags=("third-party-report", "suspicious-item"))

# 6 ---------------------------------------------------------------------------------------
c.add("safety", subject="Thursday",
      sender=c.person("Darren", "Hughes", provider="outlook.com"),
      body="""Got my ticket for Thursday's hustings at the Workmen's Hall. Row C, seat 4. Right in her eyeline, I checked the plan.

I want her to see me the whole time she's talking. She'll know who I am. She blocked me on everything in March so this is the only way left to get her attention.

Tell her I've been looking forward to it.""",
      tags=("veiled", "stalking"))

# 7 ---------------------------------------------------------------------------------------
c.add("safety", subject="A question card from Tuesday's hustings",
      sender=("Revd. Huw Bevan", "huw.bevan@churchesincymru.example.org"),
      body="""Dear Ms Evans,

Thank you for sending your candidate to the Churches Together hustings on Tuesday. As you'll know we collected written questions at the door and the panel took a selection.

There is one card I did not put to the panel, and after sleeping on it I think you and she ought to see it. It was unsigned and in block capitals. I transcribe it exactly:

"FOR THE LABOUR CANDIDATE. DOES YOUR LITTLE ONE STILL COME OUT OF THE SIDE GATE AT YSGOL Y WAUN AT QUARTER PAST THREE OR HAS THAT CHANGED SINCE SEPTEMBER? RED CARDIGAN, VERY SMART."

I may be an old fool, but I don't think that is a question about education policy. I have kept the card in an envelope and will hand it to whoever needs it. I have not mentioned it to anyone else on the organising committee.

With every good wish and my prayers,
Huw Bevan
Minister, Capel Bethania""",
      tags=("third-party-report", "implicit"))

# 8 ---------------------------------------------------------------------------------------
c.add("safety", subject="New comments on \"Cwmderwen Senedd hustings - full recording\"",
      sender=("YouTube", "noreply@youtube.com"), headers=c.newsletter_headers("YouTube"),
      fmt="alt",
      body="""Cwm Taf Valleys Labour, you have 6 new comments on your video

Cwmderwen Senedd hustings - full recording

@valleyslad_1987: she couldn't answer a single question about the steelworks. embarrassing
@Gethin.T: someone should be waiting for her in the car park after the next one. just saying
@truthteller44: @Gethin.T the Miners Institute car park has no cameras btw. asking for a friend
@Mererid_Jones: Really informative, thank you for putting this up for people who couldn't make it.
@valleyslad_1987: @truthteller44 that's the one by the bins yeah? 😂
@rgm_1960: shame about the sound quality

Reply   Manage comments

You received this email because you have notifications turned on for comments on your channel.
YouTube, LLC 901 Cherry Ave, San Bruno, CA 94066""",
      tags=("social", "pile-on", "veiled"))

# 9 ---------------------------------------------------------------------------------------
c.add("safety", subject="for the election agent, before the count",
      sender=c.person("Kevin", "Rees"),
      body="""To your agent,

I'll be at the count at the leisure centre on the 8th. Already registered as an observer, all above board. A few friends will be there too.

If there's any funny business with the postal votes like there was in 2022 it won't be me leaving that sports hall on a stretcher. I've told a PCSO the same thing in so many words so nobody can say they weren't warned.

K. Rees""",
      tags=("conditional", "explicit"))

# 10 --------------------------------------------------------------------------------------
c.add("safety", subject="Telling at Ysgol Gynradd Bryn - man in the grey van",
      sender=c.person("Sian", "Morgan", provider="hotmail.co.uk"),
      body="""hi rhian, sorry this is late, I only got home from the count at 4 and slept till dinner.

when I was telling at Bryn school yesterday afternoon (2-5 slot) a man in a grey van parked across the road and sat there the whole three hours. he got out twice and took photos of me and of the Plaid teller, close up, and said to me "see you later then". the presiding officer saw it and said she'd log it.

when I left at 5 I walked to my mum's on Stryd Fawr and the van went past me slowly twice. I went into the chip shop and waited till it went. I didn't say anything at the time because everyone was so busy.

I'm not telling again at that station on my own. can you pass this on to whoever needs it, the agent maybe. I've got a photo of the van but not a clear reg.

Sian""",
      tags=("third-party-report", "following", "noisy"))

# 11 --------------------------------------------------------------------------------------
c.add("safety", subject="My daughter - messages from someone she canvassed",
      sender=c.person("Lisa", "Jenkins", provider="icloud.com"),
      body="""Dear Rhian,

I'm Ellie Jenkins' mum. Ellie is 17 and has been out with the Young Labour group most weekends since Easter, which we've been proud of.

Last Tuesday she canvassed Maes yr Onnen with two others. Since then a man has found her on Instagram (she thinks he saw her first name on the badge and searched it with the town). These are the messages, copied from her phone:

  Weds 21:14 - you were at my door on tuesday. you looked frozen. I'll bring you a coffee next time you're on the estate
  Weds 21:15 - which night are you out next?
  Thurs 23:02 - you read it and didn't reply. thought we got on
  Fri 00:40 - no worries I'll just keep an eye out for you then. you're not hard to spot

She's blocked him and I've taken screenshots. She wants to keep going out but I'm not letting her knock on that estate again, and I'd like to know what the party does about this, because frankly I was never told anything about how you keep the young ones safe.

Lisa Jenkins""",
      tags=("third-party-report", "stalking", "quoted"))

# 12 --------------------------------------------------------------------------------------
c.add("safety", subject="your young helpers",
      sender=("no name", "throwaway81723@gmx.co.uk"),
      body="""Tell the lad who had the Labour badge on his rucksack last Saturday that Ysgol Cwmderwen lets out at twenty past three and the underpass by the Tesco is very quiet at that time of day.

He should get his mam to pick him up until after May. Just a friendly tip from someone who noticed him.""",
      tags=("implicit", "veiled"))

# 13 --------------------------------------------------------------------------------------
c.add("safety", subject="DO NOT KNOCK",
      sender=c.person("Terry", "Davies", provider="aol.com"),
      body="""IF ONE MORE OF YOUR LOT COMES UP MY PATH I WILL PUT THEM THROUGH THE HEDGE HEAD FIRST. THATS NOT A JOKE AND ITS NOT A FIGURE OF SPEECH. THE LAST ONE WAS LUCKY I WAS ON THE PHONE TO MY SISTER.
NO LEAFLETS NO KNOCKING NO NOTHING. 14 GLYN STREET. PUT IT ON YOUR LIST.""",
      tags=("explicit", "conditional", "noisy"))

# 14 --------------------------------------------------------------------------------------
c.add("safety", subject="Barry Teague posted in Llanhafod Uncensored",
      sender=("Facebook", "notification@facebookmail.com"), headers=c.newsletter_headers("Facebook"),
      fmt="alt",
      body="""Barry Teague posted in Llanhafod Uncensored

"These are the Labour lot who had the stall outside Boots this morning. The one in the middle with the red scarf is a teaching assistant at St Mary's, the ginger one drives for the Co-op home delivery. Share so everybody knows who's knocking on their door. Maybe pop in and say hello to them at work 😉"

43 reactions · 27 comments · 19 shares

Vanessa Pike: the red scarf one taught my nephew, she's on Facebook under her married name
Barry Teague: @Vanessa Pike go on then 👀

View post

You're receiving this because you follow Llanhafod Uncensored. Unsubscribe
Meta Platforms Ireland Ltd., Merrion Road, Dublin 4""",
      tags=("social", "doxxing", "pile-on"))

# 15 --------------------------------------------------------------------------------------
c.add("safety", subject="leaflets",
      sender=c.person("Carol", "Watkins"),
      body="""Our dog doesn't like strangers at the gate. He's a big lad and he's not fussy.

Last week it was a leaflet and I had him in. Next time your lot come I'll leave the gate open and pop to the shops. Your choice.""",
      tags=("veiled", "conditional"))

# 16 --------------------------------------------------------------------------------------
c.add("safety", also=["complaint"], subject="Your candidate at the Tre-Gethin hustings. A disgrace.",
      sender=c.person("Alun", "Griffiths", provider="btinternet.com"),
      body="""I have been a Labour voter since 1979 and I went to the hustings at the Welfare Hall last night genuinely wanting to be persuaded, and I am writing to tell you that your candidate was the worst I have seen in forty-odd years of these things.

She was asked about the 80-mile Senedd constituency and whether anyone would ever see her in Tre-Gethin again after the election and she gave an answer about "the list system ensuring proportionality" which nobody in that room understood and which I don't think she understood either. She was asked about the bus to the Royal Glamorgan being cut and she said she would "take it away and look at it". She was asked about the 20mph and she read from a card. The Plaid chap ran rings round her and the Reform one didn't even have to try.

Then the business of the microphone. When Mrs Thomas from the tenants' association stood up to ask about the damp in the Brynhyfryd flats your candidate talked over her, twice, and then smiled at her like she was a child. I saw people get up and walk out at that point. I nearly did myself.

I have delivered leaflets for this party in the rain. My father was a lodge secretary. I have never been so ashamed of a Labour platform.

I'm not saying anyone should do anything to her, I'm a peaceable man. But if that smug woman went over on those steep steps outside the Welfare Hall on her way out next time and didn't get up, there'd be a round of applause in Tre-Gethin and I wouldn't be the last one clapping. You can put that in your report to Cardiff.

A. Griffiths""",
      tags=("wish-harm", "embedded"))

# 17 --------------------------------------------------------------------------------------
c.add("safety", subject="Is this yours?",
      sender=c.person("Lee", "Harris", provider="gmail.com"), fmt="html",
      body="",
      html_body="""<html><body><div dir="ltr"><div>Is this your agent's car?</div><div><br></div>
<div><img src="cid:ii_lv3k9x0a1" alt="IMG_4471.jpg" width="480" height="360"><br></div><div><br></div>
<div>Back of the leisure centre, bay 14, 2.47am. She was in there counting till gone three.</div><div><br></div>
<div>Tell her to park nearer the doors next time. It's very dark round the back by the bottle bank and there's nobody about at that time of night.</div>
</div></body></html>""",
      tags=("html-only", "implicit", "following"))

# 18 --------------------------------------------------------------------------------------
c.add("safety", subject="FW: Incident log - Northgate polling station (Labour teller)",
      sender=("Electoral Services", "elections@cwmtafcouncil.example.gov.uk"),
      body=c.forward(
          "Dear Ms Evans, as agent's office contact, please see below an extract from the Presiding "
          "Officer's incident log for polling day concerning a member of your party who was telling. "
          "We have passed this to South Wales Police. Regards, Electoral Services",
          """Polling Station 14 - Northgate Community Centre
Time: 16:20
Logged by: Presiding Officer

A male voter (approx 50s, navy fleece) left the station after voting and stopped in front of the Labour party teller (female, elderly). He asked for her name, she declined. He then took a photograph of her face at close range, said "I've got you now, we'll have a proper chat when this is over, I know the shop you use". Teller visibly distressed. He left on foot towards Heol Newydd. I went out to check on the teller, she chose to remain at her post until her colleague relieved her at 17:00. CCTV may be available from the adjacent pharmacy.""",
          "Presiding Officer, PS14 <ps14@cwmtafcouncil.example.gov.uk>",
          "Incident log PS14 - polling day"),
      tags=("third-party-report", "forwarded", "implicit"))

# 19 --------------------------------------------------------------------------------------
c.add("safety", subject="61 Ferndale - don't send anyone",
      sender=c.person("Dai", "Protheroe", provider="talktalk.net"),
      body="""Rhian

For the canvass records, please mark 61 Ferndale Road as do not visit, and I mean properly, not just a refusal.

I knocked about half six last night. Man came to the door with a claw hammer in his hand. He said he was "in the middle of some DIY" but then he held it up at my face level and said "I'd do a bit on you as well if you weren't so old, tell your party that". Then he shut the door.

I'm 71 and I've been doing this since the miners' strike and I've had worse said to me, but I've not had it said holding a hammer. I'm fine. I've told my wife it was a dog.

Dai""",
      tags=("third-party-report", "explicit"))

# 20 --------------------------------------------------------------------------------------
c.add("safety", subject="Urgent - TikTok video of two of our under-18s",
      sender=("Carys Mathias", "youthofficer.cwmtaf@gmail.com"),
      body="""Rhian, I need your help with this today please.

Someone filmed Osian and Leah (both 16) knocking doors on Parc Terrace on Saturday without them knowing and put it on TikTok with the caption "Labour sending kids to do their dirty work 🤡". It's had 40,000 views since last night.

That on its own I could live with. The comments are the problem. People have worked out the school from Leah's PE hoodie and named it. One comment says "year 11 at Cwmderwen comp, finishes at 3, go and educate her". Another has Osian's surname and says his dad's a Labour councillor (he isn't, it's his uncle) and "find the dad". Another one just says "found her insta" with a link.

I've reported the video and the comments to TikTok. Both sets of parents know. I think this needs to go to the police and to regional office today and I'd like us to stop under-18s canvassing until we've talked about it properly.

Can you ring me after 5?

Carys
Youth Officer""",
      tags=("third-party-report", "pile-on", "doxxing"))

# 21 --------------------------------------------------------------------------------------
c.add("safety", subject="Reminder",
      sender=c.person("Steve", "Bowen", provider="hotmail.com"),
      body="""Just a reminder.

Market stall, Saturday, 10 till 12, same spot by the clock as always.

We'll be there too. Last time was a conversation.""",
      tags=("veiled",))

# 22 --------------------------------------------------------------------------------------
c.add("safety", subject="something happen at door on Kestrel Close",
      sender=c.person("Ioana", "Popescu", provider="yahoo.com"),
      body="""Hello Rhian, is Ioana from the Tuesday group with Pat.

I want to tell something that happen on Kestrel Close yesterday. The man at number 6 ask where I am from, I say Romania, I live here 9 years. He say "go home before somebody send you home in a box, there is plenty of boxes". He laugh but not like a joke. Then he say he will remember me when he see me in town.

I say have a nice day and I go. Pat was on other side of road and did not hear. I dont want to make big problem but Pat said I must write to you and that it is not ok.

I still want to do the canvassing but maybe not on Kestrel Close.

Thank you
Ioana""",
      tags=("third-party-report", "non-native", "explicit"))

# 23 --------------------------------------------------------------------------------------
c.add("safety", subject="Re: Your request not to be canvassed",
      sender=c.person("Neil", "Pritchard"),
      body=c.quote_reply(
          """Fine. Noted. Now you note this.

I've got the name off the lanyard of the girl who came on the 4th. Chloe. Media student at the college, going by the bag. If she or anyone else in a red rosette is on my street again I'll be going down that college to have a word with her in person, and it won't be about politics, and she won't enjoy it.""",
          """Dear Mr Pritchard,

Thank you for your email. I'm sorry our volunteers called when you'd asked not to be contacted. I have marked your address as do-not-knock on our system and passed this on to the local team.

Best wishes,
Rhian Evans
Secretary, Cwm Taf Valleys CLP""",
          quoted_from=f"{SEC_NAME} <{SEC_ADDR}>"),
      tags=("conditional", "explicit"))

# 24 --------------------------------------------------------------------------------------
c.add("safety", subject="fwd from our candidate - see below, what do I do",
      sender=c.person("Bethan", "Rowlands", provider="gmail.com"),
      body=c.quote_reply(
          "Rhian - this is the reply I got from the bloke on Maesteg Road I wrote to after the doorstep row. "
          "I was trying to smooth it over. Look at his last paragraph. Do I send it to the police or am I overreacting? B",
          """Ms Rowlands,

Your letter is noted. You can apologise all you like. You stood on my doorstep in front of my grandchildren and lectured me about "facts".

You'll have seen my van. It's outside your sister's house most mornings because I'm doing the Evanses' roof two doors down from her. I've had plenty of time to think up there. Plenty of time to watch who comes and goes. Your sister's kids are very well behaved.

Say hello to her from me. Or don't, I'll say it myself.

G. Lloyd""",
          quoted_from="G Lloyd <glloydroofing@hotmail.co.uk>", style="bottom"),
      tags=("quoted", "third-party-report", "implicit"))

# 25 --------------------------------------------------------------------------------------
c.add("safety", subject="After the hustings last night - three men and a car",
      sender=("Revd. Catrin Howells", "vicar.sttydfil@example-churchinwales.org.uk"),
      body="""Dear Rhian,

I chaired the St Tydfil's hustings last night and wanted to put in writing something I saw, because I'm not sure your candidate noticed and I am not sure she should be left not knowing.

Three men were in the church car park from about half past eight, well before we finished. They weren't at the hustings. When your candidate left at about 9.40 with her husband, two of them got into a dark blue estate and pulled out straight after her car and turned the same way down the hill. The third stayed and watched the door until the rest of us had left.

I wrote down what I could of the registration: C?? 4 something, blue Skoda estate, roof bars. I've given that to PC Hale who does our community meetings.

I'm sorry to be the bearer. I hope she got home and that I'm making too much of it.

Catrin""",
      tags=("third-party-report", "following"))

# 26 --------------------------------------------------------------------------------------
c.add("safety", subject="polling day",
      sender=c.form_robot(), reply_to="concerned.voter.cf@gmail.com",
      body=c.webform({
          "Name": "Concerned voter",
          "Email": "concerned.voter.cf@gmail.com",
          "Subject": "polling day",
          "Message": (
              "If I see your tellers stood outside St John's school tomorrow hassling people like they did "
              "last May I'll do some hassling of my own. Ask your teller from last year what happened to "
              "his bike. He never did find out who. Nobody will this time either"),
      }, form="Get in touch"),
      tags=("webform", "conditional", "veiled"))

# 27 --------------------------------------------------------------------------------------
c.add("safety", subject="Card with flowers left at office - photo to follow",
      sender=c.person("Llinos", "Parry", provider="outlook.com"),
      body="""Hi Rhian,

Someone left a bunch of white lilies propped against the office door some time before I opened up at nine, the kind with the cellophane you get from the garage. There's a funeral-style card tucked in. The card says:

    In loving memory
    The Labour candidate, Cwm Taf
    Thursday 7 May 2026

7th May is polling day obviously. I didn't touch the flowers except to move them off the step with gloves on. They're in the back office. The card has a smudge of something on it, might just be rain.

Ffion says to log it with the police and with the party's security line so I've done both. Mentioning it to you so the candidate hears it from us and not from Facebook. Do we tell her today or after the debate tonight?

Llinos""",
      tags=("third-party-report", "suspicious-item", "veiled"))

# 28 --------------------------------------------------------------------------------------
c.add("safety", also=["data-protection"], subject="your canvass sheet",
      sender=c.person("Wayne", "Cole"),
      body="""Your canvasser left a clipboard on my garden wall while she was arguing with my neighbour. So now I've got your sheet.

I'm "AGAINST - hostile - dog", lovely. Very professional.

On the back there's a list of eleven names and house numbers with "Lab member" next to them and phone numbers. I didn't know half my street were in your party. Wonder how they'd feel being on a list. I might go round and ask a few of them in person. Starting with the one at 22 who's always so pleased with herself.

You can have it back if you come and ask nicely. Come yourself.""",
      tags=("veiled", "doxxing", "implicit"))

# 29 --------------------------------------------------------------------------------------
c.add("safety", subject="phone calls since the Cherry Tree Court canvass",
      sender=c.person("Rosa", "Ferreira", provider="gmail.com"),
      body="""Rhian,

I wasn't going to report this because it sounds silly written down. Since I did the Cherry Tree Court flats ten days ago somebody has rung my mobile every night at 11.11pm on the dot. Withheld number. They don't say anything, I can hear a TV in the background and then they hang up after about a minute.

Last night was different. When I answered they played a recording of my own voice, from the doorstep: "Hi, I'm Rosa, I'm with the Labour Party, have you got a minute?" Then they hung up. It must be off one of those video doorbells.

My number was only ever on the canvass contact sheet and on my WhatsApp. I don't know how they've got it. I've changed my settings but I don't want to change my number, it's my work phone as well.

I'm writing it down so there's a record. I'd like to know if anyone else from that session has had the same.

Rosa""",
      tags=("third-party-report", "harassment", "stalking"))

# 30 --------------------------------------------------------------------------------------
c.add("safety", subject="Fwd: There is motion at your Front Door",
      sender=c.person("Owen", "Jeffreys", provider="icloud.com"),
      body=c.forward(
          "This is my front door at 3.04 this morning. The man in the hood with the dog is the one who "
          "stood at our stall on Saturday for an hour and kept asking where I lived. He stood on my step for "
          "ten minutes looking up at the camera, then left one of our leaflets folded in half on the mat "
          "with my name written on it. I've rung 101. Sent from my iPhone",
          """Ring

There is motion at your Front Door
Front Door · 03:04

Tap to view the recording in the Ring app.

Ring LLC · 1523 26th St, Santa Monica, CA""",
          "Ring <no-reply@ring.com>", "There is motion at your Front Door", style="apple"),
      tags=("forwarded", "third-party-report", "stalking"))

# 31 --------------------------------------------------------------------------------------
c.add("safety", subject="stall",
      sender=("x", "ffsxxx99@gmail.com"),
      body="next saturday bring helmets",
      tags=("veiled",))

# 32 --------------------------------------------------------------------------------------
c.add("safety", subject="thurs",
      sender=c.person("Jason", "Lewis", provider="yahoo.co.uk"),
      body="""tell your candidate she'll get whats c o m i n g to her after thursday. she thinks the police care, they dont, they took 3 weeks last time. 2 weeks and counting. tick tock""",
      tags=("veiled", "noisy"))

# 33 --------------------------------------------------------------------------------------
c.add("safety", subject="[Llanhafod Residents Forum] Re: Who's counting our votes?",
      sender=("Geraint Thomas via Llanhafod Residents Forum", "llanhafod-residents@googlegroups.com"),
      headers=c.list_headers("Llanhafod Residents Forum", domain="googlegroups.com"),
      body="""The Labour agent IS the one in charge of watching the count for them, I've seen her name on the notice. We should ALL register as observers and be there to make sure nothing goes missing.

And when it's done a few of us should follow her home to make sure she doesn't take any ballot papers with her lol. She lives out Heol y Bryn way I think, someone will know.

On Tue, Gwen Walters wrote:
> Does anybody know who actually counts the votes? Is it the council or the parties?

--
You received this message because you are subscribed to the Google Groups "Llanhafod Residents Forum" group.
To unsubscribe from this group and stop receiving emails from it, send an email to llanhafod-residents+unsubscribe@googlegroups.com.""",
      tags=("list", "following", "veiled"))

# 34 --------------------------------------------------------------------------------------
c.add("safety", subject="Low Ings farm - for the records please",
      sender=c.person("Pauline", "Rees", provider="btinternet.com"),
      body="""Rhian,

For the canvass notes. I did the farms up the top road on Saturday with Hywel driving.

At Low Ings the farmer came out to the yard very pleasant and chatty, and then said, still smiling, that the last man who came up his track uninvited was "still looking for his teeth". Then he said he keeps the shotgun by the back door "for foxes and other vermin" and looked at the rosette and then at me and waited. Hywel had stayed in the car so it was just me.

I laughed it off and went. Nothing happened. But I wouldn't want anyone younger going up there and I would like it written down somewhere that it was said.

Pauline""",
      tags=("third-party-report", "implicit"))

# 35 --------------------------------------------------------------------------------------
c.add("safety", subject="leafleting by the masjid - man following",
      sender=c.person("Tariq", "Mahmood", provider="hotmail.co.uk"),
      body="""Assalamualaikum sister Rhian,

Yesterday after Asr prayer I was distributing the Senedd leaflet near the Jamia Masjid on Victoria Road with my son Bilal. One man follow us from Khan's shop until the end of Victoria Road, more than ten minutes, he was making video all the time on his phone. When I ask him what he want he say "I am sending this to the boys, they will find you, they know this road". Then he go to a car.

My son is 15 years, he is very upset, he does not want to go to school today. I am not scared for me but I am worried for him and also for the other brothers who help with leaflets.

Please advise what we should do. Should we stop the leaflets in this area? Should I go to police station? I have the video of him also because Bilal was filming him back.

Jazakallah khair
Tariq Mahmood
Central branch""",
      tags=("third-party-report", "following", "non-native"))

# 36 --------------------------------------------------------------------------------------
c.add("safety", subject="Fwd: after the hustings",
      sender=("Elin Davies", "elin.davies.senedd@gmail.com"),
      body=c.forward(
          "Rhian - forwarding for the file. Came to my campaign email the morning after the Cwmderwen hustings. "
          "I'm not going to reply obviously. I'm going to Hollins Park on Sunday for the fun run as planned, "
          "but I'd like someone from the branch with me. Elin",
          """Loved your speech.

You tuck your hair behind your left ear when you're nervous. Three times during the NHS question. I notice things like that about you. I've noticed a lot since the first leaflet came through my door in February.

You were wearing the green coat again. You should wear it on Sunday at Hollins Park, I'll be at the 3k mark.

x""",
          "A Friend <a.friend.cwm@outlook.com>", "after the hustings"),
      tags=("forwarded", "stalking", "third-party-report"))

# 37 --------------------------------------------------------------------------------------
c.add("safety", subject="war memorial",
      sender=c.person("Mervyn", "Jones", provider="sky.com"),
      body="""If your stall is outside the war memorial again on Remembrance weekend with your Palestine badges and your collecting tin I will personally pick it up and put it in the river, and anybody stood behind it can go in with it.

My grandfather's name is on that memorial. Find somewhere else.""",
      tags=("explicit", "conditional"))

# 38 --------------------------------------------------------------------------------------
c.add("safety", subject="Contact form: you left your pen",
      sender=c.form_robot(), reply_to="mike.harlow1961@gmail.com",
      body=c.webform({
          "Your name": "Mike",
          "Your email": "mike.harlow1961@gmail.com",
          "Phone": "",
          "Message": (
              "To the young lady with the curly hair and the nose ring who knocked on Tuesday evening on "
              "Glanrhyd Road. You left your pen. Come and collect it, I'm in every evening after six. Come "
              "on your own this time, your friend was rude and you don't need her hanging about. I've "
              "kept it somewhere safe for you. I'll be waiting."),
      }),
      tags=("webform", "stalking", "implicit"))

# 39 --------------------------------------------------------------------------------------
c.add("safety", subject="Parcel at committee room - please tell the tellers",
      sender=c.person("Hywel", "Roberts", provider="gmail.com"),
      body="""Rhian,

A cardboard box was left on the step of the committee room (Mrs Ellis's front room on Moor Lane) at about 1pm while everyone was out doing knock-ups. Marker pen on top: FOR THE LABOUR TELLERS - ENJOY, YOU'VE EARNED IT.

Inside, on top of a pile of our own leaflets, was a dead rat. Under the leaflets was a printed list of the polling stations with our tellers' first names written next to three of them. Those names are right. I don't know where they got them from.

Mrs Ellis is 84 and it was her who opened it. She's all right, her daughter's with her. Police have been. I've stood everyone down from those three stations and put two men on each of the others for the rest of the day.

Hywel (agent's assistant)""",
      tags=("third-party-report", "suspicious-item", "doxxing"))

# 40 --------------------------------------------------------------------------------------
c.add("safety", subject="Your agent",
      sender=c.person("Shaun", "Evans", provider="googlemail.com"),
      body="""Your agent's daughter works on the tills at the Co-op on Station Road. Lovely girl. Very polite, always asks if I want a bag.

I'll let her know how her mam's getting on at the count. I'll give her all the news. Every shift.""",
      tags=("implicit", "veiled"))

# 41 --------------------------------------------------------------------------------------
c.add("safety", subject="re: canvassing session 12th - stood at the end of the street",
      sender=c.person("Hannah", "Owen"),
      body=f"""hiya {SEC}

just wanted to flag something from the canvassing session on the 12th, it's been bugging me.

at the start we met at the usual corner by the bakery and i noticed a man stood across the road with a carrier bag. he was still there when we came back an hour and a half later. then when we split into pairs he walked to the end of whichever street me and Kofi were on and just stood there, every street, not doing anything, not on his phone. he never came closer than the end of the road. when we finished and i got in my car he was stood by the bus shelter facing my car till i drove off.

i know it sounds like nothing. kofi thinks he might just be lonely. but it was 2 hours and it was only ever our pair not the others.

hannah x""",
      tags=("third-party-report", "following", "stalking", "noisy"))

# 42 --------------------------------------------------------------------------------------
c.add("safety", subject="snap acc with my name on",
      sender=c.person("Leah", "Morris", provider="gmail.com"),
      body="""hi Rhian its Leah from young labour. carys said to email u directly.

someone has made a snapchat account with my name and the labour rose as the pic and posted a story with my address on it (my actual address, my mums house) and it says "labour girl lives here, come get her 👋" and theres a photo of our front door with the number

it was up for like 6 hours before my mate saw it and told me. loads of people from school saw it. i reported it but its still up

my mum is going mad and wants to go to the police. i dont know who did it. i only ever put my name on the sign in sheet at the canvassing and on the groupchat

sorry x""",
      tags=("third-party-report", "doxxing", "pile-on", "noisy"))

# 43 --------------------------------------------------------------------------------------
c.add("safety", subject="Llanhafod Labour stall today",
      sender=("Facebook", "notification@facebookmail.com"), headers=c.newsletter_headers("Facebook"),
      body="""Cwm Taf Valleys Labour: new comment on your post

Ron Thorne commented on your post "Thanks to everyone who stopped by our stall in Llanhafod today! 🌹":

"Shame that bin lorry didn't mount the pavement by your stall this morning, it would have done the whole town a favour. Next time maybe."

Reply · Hide · Delete

See all comments on your Page

This message was sent to ysgrifennydd@cwmtaflabour.cymru. If you don't want to receive these emails from Meta in the future, please unsubscribe.""",
      tags=("social", "wish-harm"))

# 44 --------------------------------------------------------------------------------------
c.add("safety", subject="red Kia",
      sender=c.person("Gary", "Hopkins"),
      body="""Your volunteer with the rosette parked her red Kia Picanto across my drive to do my road on Wednesday. I couldn't get the van out for 40 minutes.

I've had a good look at that car. I know the reg, I know the dent on the back door and I know where it lives at night now. She can keep having it in one piece as long as she never parks on my street again.""",
      tags=("conditional", "veiled", "stalking"))

# 45 --------------------------------------------------------------------------------------
c.add("safety", subject="Count - press bench",
      sender=("Owain Probert", "owain.probert@valleysnews.example.co.uk"),
      body="""Hi Rhian,

Owain from the Valleys Gazette. Not a press query as such - I wanted to let you know something I saw at the count that I'm not going to write about.

About 1am a man in the public gallery (bald, Cardiff Devils shirt) was taking photographs of your counting agents, only yours, and reading their names off the lanyards to someone on the phone. I heard him say "Helen, with the glasses, she's the one from Aberdare Road, I'll send you her picture". He left before the declaration.

I told the security staff and they said they'd pass it to the returning officer. I don't know if that happened, so I'm telling you too.

Owain""",
      tags=("third-party-report", "doxxing"))

# 46 --------------------------------------------------------------------------------------
c.add("safety", subject="Ferndale estate - the Young Labour girls",
      sender=c.person("Margaret", "Howells", provider="talktalk.net"),
      body="""Hello,

You don't know me. I'm not a member of anything. I live in the flats on the Ferndale estate and I saw your two young girls come round last Thursday with their leaflets.

I want you to know that after they'd gone the man from the top floor, who I won't name because I have to live here, was on the landing telling his mates that he'd "have them" next time they came round and that "little girls shouldn't be out doing politics in the dark". He was laughing. They were all laughing. He's not a nice man, the police know him.

Please don't send them back here, not on their own and not after dark. I'd never forgive myself if I hadn't said.

M. Howells""",
      tags=("third-party-report", "explicit"))

# 47 --------------------------------------------------------------------------------------
c.add("safety", subject="Re: Re: canvassing rota for April",
      sender=c.person("Andrew", "Llewellyn"),
      body=c.quote_reply(
          """Rhian, I've put myself down for the 11th and the 18th. Happy to drive.

Separate thing, and I didn't want to put it on the WhatsApp because half the branch are on it: did you know Colin was telling people at the Legion on Friday that if Sioned gets the top of the list he'll "go round and sort her out properly, she won't be standing for anything by the summer"? He'd had a few, but he said her street, and he said it twice, and two of them were nodding. I'm not comfortable sitting on that. Sorry to put it in with the rota.

Andrew""",
          """Hi all, rota for April below - please add yourselves to at least two sessions if you can.

Sat 4th - Tre-Gethin, 10.30, meet at the bakery
Sat 11th - Bryn, 10.30, meet at the chapel
Sat 18th - Cwmderwen, 11.00, meet at the Co-op
Sat 25th - Llanhafod, 10.30, meet by the clock

Rhian"""),
      tags=("third-party-report", "embedded", "explicit"))

# 48 --------------------------------------------------------------------------------------
c.add("safety", subject="Warning to neighbours",
      sender=("Nextdoor", "no-reply@rs.email.nextdoor.co.uk"), headers=c.newsletter_headers(),
      fmt="alt",
      body="""Nextdoor · Glanrhyd & Pant-yr-Awel

Popular post near you

Kelvin D. · Pant-yr-Awel · 2 hr ago
WARNING TO NEIGHBOURS. Labour "volunteers" out on Brambling Way this morning trying to get in people's doors. The older woman with the short grey hair lives at 3 Coppice Walk, I recognised her from the school run. If you want to give her a piece of your mind she's home most days, her car's the white Yaris on the drive. Spread the word.

31 Thanks · 18 Replies

Read replies

You're receiving this email because you're a member of Nextdoor Glanrhyd & Pant-yr-Awel.
Nextdoor, 420 Taylor Street, San Francisco, CA 94102""",
      tags=("social", "doxxing", "pile-on"))

# 49 --------------------------------------------------------------------------------------
c.add("safety", subject="From Bethan (agent) - two things from today",
      sender=c.person("Bethan", "Harries", provider="outlook.com"),
      body=c.quote_reply(
          """Rhian - forwarding for the log. This came to the candidate's campaign inbox this afternoon in reply to our "meet your candidate" email. I've sent it to the police single point of contact already. Can you add it to the incident list for the regional office call on Thursday? Second thing (boring) - the Bryn leaflets are at mine, someone needs to collect. B""",
          """So she wants to "meet me on the doorstep"? Great. I'll be on mine. She'll be on hers, 17 Maes Glas, the one with the yellow door and the trampoline in the back. I walk the dog past it every night at about ten.

We can meet whenever she likes. I'd prefer when her husband's on nights.""",
          quoted_from="voter2026 <voter2026cwm@gmail.com>", style="gmail"),
      tags=("quoted", "third-party-report", "doxxing", "implicit"))

# 50 --------------------------------------------------------------------------------------
c.add("safety", subject="cllr jones cant hide behnd a rosette",
      sender=c.person("Craig", "Thomas"),
      body="""seen cllr jones out knockin doors with the kids from the college on sat like butter wouldnt melt after what she done to the rec ground. she can hide behnd a rosette and a load of teenagers all she wants

shes on the school run every morning 8.40 the one on the corner of heol y nant, white mini, back seat full of car seats. plenty of time to have a word through the window one of these mornings when theres no kids with cameras about

dont bother replying""",
      tags=("implicit", "stalking", "noisy"))

c.write()
