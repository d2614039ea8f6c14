"""train / tm2: safety mail from party and council life — selections and faction fights,
budget and planning rows, asylum-hotel protests, Gaza, threats through relatives and
neighbours. Every message written by hand."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tm2", seed=2602)
SEC_NAME, SEC_ADDR = c.secretary()
SEC = SEC_NAME.split()[0]

# 1 ---------------------------------------------------------------------------------------
c.add("safety", subject="Selection",
      sender=c.person("Declan", "Murray", provider="protonmail.com"),
      body="""Sam,

You're the procedures secretary for the selection so this is going to you rather than to her directly. Pass it on, she'll understand it.

I kept every WhatsApp she sent me between 2019 and 2021. All of them. Including the long ones at 2am about her sister and what happened at the christening, and the ones about the council leader. I've got them backed up in three places.

She withdraws her nomination by 5pm Friday, quietly, "family reasons", and they stay where they are. If she doesn't, every member of the GC gets them on Saturday morning, and her sister gets them too. And I'll be at the hustings on the 19th to watch her face when people start reading.

No need to reply. Friday.""",
      tags=("veiled", "conditional"))

# 2 ---------------------------------------------------------------------------------------
c.add("safety", also=["complaint"], subject="Complaint about the Eastbank shortlisting - formal",
      sender=c.person("Graham", "Foster", provider="btinternet.com"),
      body="""Dear Secretary,

I wish to lodge a formal complaint about the conduct of the shortlisting for the Eastbank by-election candidacy.

1. The shortlisting panel met on a Tuesday afternoon at 2pm when everyone knows half the branch works. Three of the five panel members are on the same side of every vote at the GC. I will not insult your intelligence by pretending you don't know which side.

2. The criteria were circulated 26 hours before the deadline. Paragraph 4 ("demonstrable record of community campaigning in the ward") was plainly written with one applicant in mind. Mr Okonjo has lived in Eastbank for six years and chairs the food bank. Apparently that is not community campaigning.

3. I requested the scoring sheets on the 3rd and again on the 10th. I have received nothing. I understand the panel's notes are "informal". Then the process is informal and should be rerun.

4. The branch secretary was told by regional office that the timetable was set by the CLP. The CLP tells us it was set by region. Someone is not telling the truth and I would like to know who.

I expect a written reply to each of these points before the selection meeting, and I am copying this to the regional director.

I'd add, since I'm writing: tell Councillor Whitlow I saw her at the Brook Street school gates on Wednesday morning with her lad. Lovely boy. Blue coat, Spider-Man bag. He holds her hand right up to the door. Sorry he's got to grow up with a mother like that. I'll probably see them again, I go that way most mornings now.

Yours,
Graham Foster
Eastbank branch""",
      tags=("embedded", "implicit"))

# 3 ---------------------------------------------------------------------------------------
c.add("safety", subject="AGM on the 14th - a reminder",
      sender=c.person("Roy", "Atkins"),
      body="""Just a reminder to the officers that the AGM is on the 14th and that people in this CLP have long memories.

Some of us remember exactly which cars were in the Trades Hall car park after last year's AGM and which way they went home. Some of us remember which of you walked to the bus on your own.

Think about that when you're deciding how to run the vote on the delegates. It would be nice for everyone to get home without any bother this year.""",
      tags=("veiled", "conditional"))

# 4 ---------------------------------------------------------------------------------------
c.add("safety", subject="re the council selection and the favour",
      sender=c.person("Pat", "Collins"),
      body="""Sam

In 2022 I did you a favour and kept my mouth shut about the branch accounts and the "expenses" for the Christmas social. You'll remember. You bought me a drink and said you owed me.

Favours get returned. Mine gets returned at the GC on Thursday when you make sure the Riverside Park selection goes to a members' ballot and not to the panel.

If it doesn't, I stop being quiet about the accounts, and I'm not the only one who knows where your allotment is or what time you lock up the shed. Nobody wants unpleasantness. So do the decent thing.""",
      tags=("veiled", "conditional", "implicit"))

# 5 ---------------------------------------------------------------------------------------
c.add("safety", subject="Fwd: Voicemail from Withheld (0:41)",
      sender=c.person("Joanne", "Hall", provider="outlook.com"),
      body=c.forward(
          "Sam - this is the eleventh one of these since the selection result. Every night between 1 and 3am, "
          "always to the ward office line, which diverts to my mobile. Always 40-odd seconds of nothing. Tonight "
          "there was a child laughing in the background, and right at the end someone said my daughter's name, "
          "just her name, and hung up. I've turned the divert off. I'd like this logged with region and I think "
          "I need to speak to the police now.\n\nJo",
          """You have a new voicemail.

From: Withheld
To: Eastbank Ward Office (ext 204)
Received: 02:17
Duration: 0:41

Transcription (beta): [no speech detected] ... "Amelia." [end]

The audio is attached as VM-0204-0217.wav.
This is an automated message from your hosted phone system. Do not reply.""",
          "Office Phone System <voicemail@hosted-pbx.example.net>", "Voicemail from Withheld (0:41)"),
      tags=("forwarded", "third-party-report", "harassment"))

# 6 ---------------------------------------------------------------------------------------
c.add("safety", subject="Wednesday's budget vote",
      sender=c.person("Brian", "Kelly"),
      body="""Please pass this to Councillor Ahmed since he doesn't answer his own emails.

If he votes for the Marsh Lane library closure on Wednesday he'll find out what a closure feels like.

Nice little bakery his wife has on Dock Street. Lovely window. Be a shame if that had to close as well. Lots of things close round here these days.""",
      tags=("conditional", "implicit", "veiled"))

# 7 ---------------------------------------------------------------------------------------
c.add("safety", subject="After the budget meeting last night",
      sender=("Cllr Sandra Bennett", "cllr.sandra.bennett@riversidecouncil.example.gov.uk"),
      body="""Sam,

Putting this in writing for the group and the CLP.

When I left the council chamber at about 10.15 last night after the budget vote there were six or seven people from the public gallery standing by the staff car park barrier. Not chanting, not holding placards. Just standing. They let the Conservative and Lib Dem members through without a word. When I walked to my car one of them said "evening Sandra" and another one said "see you at home".

When I got to the car, the word CUTS had been scratched into the driver's door, deep, through to the metal.

Democratic Services have the CCTV request in. I've reported it to the police. I'm not going to be intimidated out of the chamber but I would like the group to talk about leaving in pairs for the rest of the budget cycle, and I'd like the CLP to stop putting councillors' home wards on the website.

Sandra""",
      tags=("third-party-report", "following", "implicit"))

# 8 ---------------------------------------------------------------------------------------
c.add("safety", subject="Brookfield Day Centre",
      sender=c.form_robot(), reply_to="brookfieldcarer@hotmail.co.uk",
      body=c.webform({
          "Name": "A carer",
          "Email": "brookfieldcarer@hotmail.co.uk",
          "Postcode": "RV4",
          "Message": (
              "Every Labour councillor who votes to shut Brookfield Day Centre should have their home address "
              "read out at the next full council so the families can go and explain what it means in person. "
              "If nobody else will read them out I will. I've got all of them. I got them off the electoral "
              "roll and I've been round to check a few. Councillor Price has very nice roses."),
      }),
      tags=("webform", "doxxing", "conditional"))

# 9 ---------------------------------------------------------------------------------------
c.add("safety", subject="[SaveMeadowFarm] Who waved it through",
      sender=("Kath Rooney via SaveMeadowFarm", "savemeadowfarm@groups.io"),
      headers=c.list_headers("SaveMeadowFarm", domain="groups.io"),
      body="""Since nobody on the council will tell us who swung the planning committee, I'll do it.

Cllr Derek Mallory, Labour, Westfield ward. Voted FOR the 240 homes on Meadow Farm after telling us at the public meeting he had "grave reservations".

He lives on Pinfold Lane. It's the white house with the green gate and the caravan on the drive. He's usually in after six. His wife does the church flowers on a Saturday morning.

Thought people should know. Maybe go and tell him what you think face to face seeing as emails don't work. Take a few friends.

Kath

_._,_._,_
Groups.io Links: You receive all messages sent to this group.
View/Reply Online | Leave Group""",
      tags=("list", "doxxing"))

# 10 --------------------------------------------------------------------------------------
c.add("safety", subject="Cllr Mallory's extension",
      sender=c.person("Stephen", "Ward"),
      body="""I notice Cllr Mallory's own rear extension sailed through planning in 2023 without a single objection being upheld. Funny that.

Timber frame, isn't it. Lovely cedar cladding. Very dry this time of year.

Just saying it'd be a terrible shame if something happened to it. The way things have been going on Pinfold Lane.""",
      tags=("veiled", "implicit"))

# 11 --------------------------------------------------------------------------------------
c.add("safety", subject="Fwd: FYI - photos from Saturday on Telegram",
      sender=c.person("Naomi", "Kessler", provider="gmail.com"),
      body=c.forward(
          "Sam, a friend who keeps an eye on these channels sent me this. It's the counter-protest at the "
          "Grand Hotel on Saturday. They've got our banner, and they've named five of us. Two of the names are "
          "wrong but three are right, including mine and Emeka's, with where we work. I'm forwarding exactly "
          "what she sent. I think every member who was there needs to know. N",
          """Screenshot text from "Riverside Patriots Watch" channel (4,100 subscribers), posted Sun 09:12:

LABOUR TRAITORS WHO STOOD WITH THE INVADERS AT THE GRAND ON SATURDAY 👇
1. Ginger woman with RIVERSIDE LABOUR banner = Naomi K, nurse at the General (A&E)
2. Big black guy with megaphone = Emeka, works at the uni library
3. Old man with the walking stick = ??? anyone
4. Woman with the pram = lives on Canal St
5. Young lad with the camera = Kieran, student

Share this everywhere. We've got all their faces now. Door knocking works both ways lads. We'll be round to say hello 🇬🇧

(1.2k views, 87 forwards)""",
          "Leah Stein <leahs@fastmail.com>", "photos from Saturday on Telegram"),
      tags=("forwarded", "doxxing", "third-party-report", "pile-on"))

# 12 --------------------------------------------------------------------------------------
c.add("safety", subject="The Grand Hotel",
      sender=c.person("Carl", "Simmons"),
      body="""To the MP's office and the Labour party.

Your caseworker Precious, the one who wrote to us about "community cohesion", might like to know that the Grand Hotel is 400 yards from St Cuthbert's primary. I think her two go there, don't they. The little girl in Year 2 with the bunches.

She'll understand why parents round here are worried. Maybe she'd like to understand it a bit better. Every morning at quarter to nine she'll have a chance to think about it.""",
      tags=("implicit", "veiled"))

# 13 --------------------------------------------------------------------------------------
c.add("safety", subject="New comment on your post",
      sender=("Facebook", "notification@facebookmail.com"), headers=c.newsletter_headers("Facebook"),
      fmt="alt",
      body="""Riverside Labour Party

Dean Porter commented on your post: "Proud that 240 local people have signed our welcome letter to the families staying in Riverside. 💛"

"We've got the list of the 240 who signed it, thanks for putting it online. Lots of house numbers in there once you cross-check the roll. Door knocking works both ways doesn't it 🙂 see you all soon"

Like · Reply · Hide

View comment

Facebook
This message was sent to secretary@riverside-labour.org.uk.""",
      tags=("social", "veiled", "doxxing"))

# 14 --------------------------------------------------------------------------------------
c.add("safety", subject="after vigil at hotel",
      sender=c.person("Hassan", "Abdi", provider="gmail.com"),
      body="""Salaam Sam,

I am Hassan from the Northside branch. I write to tell what happen after the vigil at Grand Hotel on Thursday evening.

When we finish at 8 o'clock I walk to my car on Mill Road with my wife. Two men follow us from the hotel, maybe 20 meter behind, all the way. When we get to car one of them take photo of the number plate and say "nice car, we find you now easy". My wife was crying. They laugh and go back.

I did not call police in that moment because I was worry for my wife and I want to leave quickly. Now I think I must tell someone. I am not afraid for myself but I have 3 childrens and we live only one mile from this hotel.

Also I want to ask, can the party give advice for people going to the next vigil on 28th? Maybe to walk in group.

Thank you brother
Hassan Abdi""",
      tags=("third-party-report", "following", "non-native"))

# 15 --------------------------------------------------------------------------------------
c.add("safety", subject="Your MP's Gaza vote",
      sender=("Free Palestine Riverside", "frpalriverside@proton.me"),
      body="""To the MP and her office.

You abstained. Thirty-one thousand of our people in your constituency, and you abstained.

You will answer for that vote. Not at the ballot box, we're past the ballot box. We have the address of your constituency office and your surgery timetable for the next three months, and we have something you don't: patience.

Every surgery you hold, one of us will be there. You'll never know which one. Think about that at the Tuesday surgery on the 12th.""",
      tags=("veiled", "explicit", "stalking"))

# 16 --------------------------------------------------------------------------------------
c.add("safety", subject="Since the GC debate on the Gaza motion",
      sender=c.person("Ruth", "Abrahams", provider="icloud.com"),
      body="""Dear Sam,

I've been a member of this CLP for 22 years and I've never written this kind of email before.

Since I spoke against the second half of the Gaza motion at the GC (I supported the ceasefire call, I opposed the wording of clause 4 - that's all I did) I have had:

 - a letter through my door with no stamp, so hand-delivered, with a printout of my Zoom square from the GC and the words "we know what you are" underlined;
 - two emails from accounts I don't know quoting things I said in the meeting, which means someone at the meeting is passing them on;
 - on Sunday, my full address posted in a Facebook comment under the CLP's own post about the motion, with "if anyone wants to visit the Zionist". It's been removed now but it was up for nine hours.

I want to be very clear that I don't think this is the CLP's fault. But the GC is supposed to be a members-only meeting and someone in it is handing me out. I'd like this taken up with region, and I'd like to know how the party intends to keep members safe who say unpopular things in debate.

I'm also not coming to the next GC in person until I know.

Ruth""",
      tags=("third-party-report", "doxxing", "harassment"))

# 17 --------------------------------------------------------------------------------------
c.add("safety", subject="councillor Hussain",
      sender=c.person("Len", "Howard", provider="yahoo.co.uk"),
      body="""Councillor Hussain spoke very nicely in the chamber about "solidarity with Palestine". Lovely speech.

The mosque on Albion Street where he does his Friday prayers has got very big windows. They must cost a fortune to replace.

He might want to pass that on to his imam. Before the next time he gets up to make a speech.""",
      tags=("veiled", "implicit"))

# 18 --------------------------------------------------------------------------------------
c.add("safety", subject="[riverside-pal-solidarity] Cllr Greenbaum - direct action proposal",
      sender=("riverside-pal-solidarity", "riverside-pal-solidarity@lists.example-labour.org.uk"),
      headers=c.list_headers("riverside-pal-solidarity"),
      body="""From: "Jay R" <jayr_riverside@proton.me>

Comrades, emails and petitions are clearly getting us nowhere with Greenbaum. She voted down the divestment motion AGAIN.

Proposal: we pay her a visit at home instead of at the town hall where she's got security. RV3 7QE. It's the end terrace with the blue door opposite the playground. She's usually back by 6.

I'm not talking about anything stupid. Just enough of us outside her house every night until she understands she's not going to get any peace until she changes her vote. Her kids should see what their mum supports.

Who's in? Reply off-list.

_______________________________________________
riverside-pal-solidarity mailing list
To unsubscribe send an email to riverside-pal-solidarity-leave@lists.example-labour.org.uk""",
      tags=("list", "doxxing", "harassment"))

# 19 --------------------------------------------------------------------------------------
c.add("safety", subject="What happened in the Swan after the GC",
      sender=c.person("Michael", "O'Neill", provider="gmail.com"),
      body=f"""{SEC},

I didn't want to say this at the EC in front of everyone so I'm emailing.

After the GC on Thursday a few of us went to the Swan. Ian Dixon came in about half ten, came straight over to our table, put both hands flat on it and said to Fatima, right in her face: "You moved that motion to get me off the EC. Do it again and I'll break your jaw. I'm not joking, ask anyone who's known me long enough."

Then he went and stood at the bar watching us till we left. The landlord asked him to go.

Fatima left with her partner and she's fine, she says she won't be scared off, but she's not sleeping. There were four witnesses, me, Fatima, Rob and Siobhan. We'll all put it in writing.

I know this is a faction thing, and I know there'll be people who say we're making it up to win a vote. We aren't.

Mick""",
      tags=("third-party-report", "explicit"))

# 20 --------------------------------------------------------------------------------------
c.add("safety", subject="A letter my mum got",
      sender=c.person("Shabana", "Malik", provider="hotmail.co.uk"),
      body="""Sam,

I need to tell someone in the party. My mum is 78, she lives on her own in Ashton, and she doesn't have email.

On Monday she got a letter, hand-delivered, addressed to her by her full name, which is not on anything public. It says:

"Your daughter thinks she can be a councillor. Ask her to think of you before she puts her name forward. It's a long way to Ashton when you're needed in a hurry. A well wisher."

The nominations for the ward selection closed on Friday. My name went in on Thursday. Only the branch and the procedures people would know that yet.

My mum thinks it's a nice letter from someone who cares about her. I haven't told her otherwise. I've told my brothers and we're taking turns staying over.

I'm not withdrawing. But I want to know who had the list.

Shabana""",
      tags=("third-party-report", "veiled"))

# 21 --------------------------------------------------------------------------------------
c.add("safety", subject="your councillor next door",
      sender=c.person("Dean", "Marsh", provider="live.co.uk"),
      body="""I live two doors down from your Cllr Okoro on Hazel Grove. I've told the lads at the social club which house is his since he voted for the bus gate on Crescent Road. They were very interested.

I'd keep the kids in the back garden for a bit if I were him. And I wouldn't leave the car on the road.""",
      tags=("explicit", "doxxing", "implicit"))

# 22 --------------------------------------------------------------------------------------
c.add("safety", subject="an observation",
      sender=c.person("Victor", "Hale"),
      body="""Dear Ms Reid (please forward, I couldn't find your councillor's own address),

I have lived across the road from you for eleven years and we have never spoken. I thought I should make an introduction now that you have chosen to put your name on that leaflet.

From my landing window I can see straight into your kitchen. You have been working very late recently. The lamp is on until past one. Your husband leaves at 5.30 on weekdays.

I will be keeping an eye, as a concerned neighbour, for the good of the community. I'm sure you would want me to.

V. Hale""",
      tags=("stalking", "implicit", "veiled"))

# 23 --------------------------------------------------------------------------------------
c.add("safety", subject="Cllr Patel's mother",
      sender=c.person("Robert", "Lane"),
      body="""Your Councillor Patel's mum still goes to the Wednesday coffee morning at St Luke's doesn't she. Sits by the radiator. Two sugars.

Someone should let her know what her son voted for on Tuesday night. Someone probably will. She'll be there on her own till her lift comes at half eleven, plenty of time for a chat.""",
      tags=("veiled", "implicit"))

# 24 --------------------------------------------------------------------------------------
c.add("safety", subject="SWIMMING BATHS!!!!!!",
      sender=c.person("Gary", "Turner", provider="hotmail.com"),
      body="""YOU LOT ARE SHUTTING THE ONLY POOL IN THE NORTH OF THE TOWN, MY KIDS LEARNED TO SWIM THERE, I LEARNED TO SWIM THERE, MY DAD DID. AND FOR WHAT, A "LEISURE HUB" IN THE RETAIL PARK 3 BUSES AWAY.

i swear to god if that vote goes through on the 24th i will k!ll whoever signs it off. i dont care. ill do the time. councillor bell first. put that in your minutes

YOU HAVE BEEN WARNED""",
      tags=("explicit", "conditional", "noisy"))

# 25 --------------------------------------------------------------------------------------
c.add("safety", subject="Something in Cllr Mallory's post",
      sender=("Democratic Services", "democratic.services@riversidecouncil.example.gov.uk"),
      body="""Dear Mr Okafor,

I'm writing as we have been asked by Cllr Mallory to let his party secretary know, and he is not on email this week.

An A4 envelope addressed to Cllr Mallory arrived in the members' post room this morning. It contained a printed photograph of Cllr Mallory taken outside his home, through the front window, apparently at night, with the interior lit. Written across the bottom in marker: "PLANNING COMMITTEE 19 MARCH. ONE MORE CHANCE."

Cllr Mallory has been informed. The item has been handed to the police, incident ref RV-26-04418. The Monitoring Officer is reviewing security arrangements for the planning committee on the 19th.

Kind regards,
Democratic Services
Riverside Borough Council""",
      tags=("third-party-report", "suspicious-item", "veiled"))

# 26 --------------------------------------------------------------------------------------
c.add("safety", subject="Fwd: Message on Hannah's business page",
      sender=c.person("Martin", "Clarke", provider="gmail.com"),
      body=c.forward(
          "Sam, this came to my wife's nail salon Facebook page overnight. She's never been involved in any of "
          "this. She's got nothing to do with the budget. Please log it with the group whip and region. I'm not "
          "going to have her dragged in. Martin (Cllr, Harbourside)",
          """Messenger · Hannah's Nails & Beauty

Customer (no profile pic): Hi hun can I book in for Saturday?
Customer: Actually don't worry. I just wanted you to know that lots of us know it's your husband that's closing the children's centres. And we all know where your shop is now. And what time you lock up on your own.
Customer: Tell Martin we said good luck on Thursday. You'll both need it x""",
          "Facebook <notification@facebookmail.com>", "New message on Hannah's Nails & Beauty"),
      tags=("forwarded", "social", "third-party-report", "implicit"))

# 27 --------------------------------------------------------------------------------------
c.add("safety", subject="the hustings on the 19th",
      sender=c.person("Ken", "Barlow-Shaw", provider="aol.com"),
      body="""Of course I'm not wishing anything on anyone. I'm a Christian.

But if the Leftie candidate didn't make it to the hustings on the 19th because she'd stepped out in front of a bus on Dock Road, I don't think there'd be many people in this CLP shedding tears. I'd be first in the queue to sign the card, and I'd be smiling when I did it.

Might happen yet. Those buses go very fast down there.""",
      tags=("wish-harm", "veiled"))

# 28 --------------------------------------------------------------------------------------
c.add("safety", subject="@RiversideLabour you were mentioned in a post",
      sender=("X", "notify@x.com"), headers=c.newsletter_headers(),
      fmt="alt",
      body="""@RedRiversideMember mentioned you

Red Riverside 🌹 @RedRiversideMember
THREAD 🧵 The Riverside CLP EC members who suspended our branch for "bringing the party into disrepute". The members deserve to know who they are and WHERE THEY WORK so they can raise it with them directly:
1/ Chair - accounts manager at Hollis & Co, Dock St
2/ Secretary @RiversideLabour - works at the hospital trust, pharmacy
3/ Treasurer - St Anne's primary, the TA in Year 4
4/ Women's officer - drives for the council, recycling round, Thursdays in Eastbank
Go and see them. Don't let them sleep easy. They've picked their side. 🔥

412 Reposts · 1,190 Likes · 233 Replies

View on X

You're receiving this because you're mentioned. Manage email notifications
X Corp. 1355 Market Street, Suite 900, San Francisco, CA 94103""",
      tags=("social", "pile-on", "doxxing"))

# 29 --------------------------------------------------------------------------------------
c.add("safety", subject="Re: Gaza motion - apologies and a question",
      sender=c.person("Faisal", "Qureshi"),
      body=c.quote_reply(
          """Sam, apologies for tonight, I'm on a late shift.

I also want to flag the message at the bottom, which was sent to me by a member of my branch after I said at the branch meeting that I'd be abstaining on the motion. I'm not forwarding it to make a point in the debate. I'm forwarding it because of the last line, which I don't like at all. I know where he lives and he knows where I live. Please log it.

Faisal""",
          """Brother Faisal

An abstention is a vote for genocide. You know that. The whole community knows that now.

We'll see how you explain it at the masjid on Friday. Everyone will be there. The brothers will want a word after jummah in the car park, a long word. Don't bring your sons.""",
          quoted_from="Umar <umar.rvsd@gmail.com>", style="gmail"),
      tags=("quoted", "third-party-report", "veiled"))

# 30 --------------------------------------------------------------------------------------
c.add("safety", subject="Re: outcome of Westfield selection",
      sender=c.person("Lorraine", "Fletcher"),
      body=c.quote_reply(
          """Sam - I was the returning officer for the Westfield selection. Below is the reply I got from the supporter of the unsuccessful applicant after I sent the result out to branch members. I replied once saying the result stood and I would not be engaging further. The last paragraph has been on my mind all week. I'd like it on file and I'd like advice.

Lorraine""",
          """You fixed it. We all know you fixed it, you counted the ballots in the kitchen with the door shut.

I'm not going to appeal. Appeals are for people who think the system works.

You've got a granddaughter at Westfield Juniors, haven't you. Maisie. She's in the school play next month, it's on the newsletter. I might come along and watch. Everyone's welcome.""",
          quoted_from="T. Nolan <tnolan64@gmail.com>", style="outlook"),
      tags=("quoted", "third-party-report", "implicit"))

# 31 --------------------------------------------------------------------------------------
c.add("safety", subject="Children's centres",
      sender=c.person("Eileen", "Gallagher", provider="btinternet.com"),
      body="""Dear Labour Party,

I'm not going to do anything myself, I'm 74 and I have a bad hip.

But my grandson has a lot less patience than me, and he's not been right since they took his little girl's place at the children's centre away. He knows which councillor lives at the bottom of our road. He walks past it every night.

I've told him to leave it. I don't think he's listening to me any more. Perhaps your councillor should think again before the 3rd, for everybody's sake.

Mrs E. Gallagher""",
      tags=("conditional", "implicit", "veiled"))

# 32 --------------------------------------------------------------------------------------
c.add("safety", subject="PEACEFUL DEMO - Sat 2pm",
      sender=("Riverside Says No", "riversidesaysno@tutanota.com"), fmt="html",
      body="",
      html_body="""<html><body style="font-family:Arial;background:#111;color:#fff">
<h1 style="color:#e11">RIVERSIDE SAYS NO 🇬🇧</h1>
<p><b>THEY WON'T LISTEN AT THE TOWN HALL. LET'S GO TO WHERE THEY LIVE.</b></p>
<p>Councillor Aisha Begum voted to keep the Grand Hotel open.</p>
<p>📍 <b>14 Sycamore Drive, RV6</b><br>🕑 Saturday 2pm<br>Bring flags. Bring torches. Bring your neighbours.</p>
<p>We'll stay till she comes out and explains herself. However long it takes. She's got two kids and a cat, she'll be in.</p>
<p style="font-size:11px;color:#999">Forward this to everyone. Peaceful protest is your right.</p>
</body></html>""",
      tags=("html-only", "doxxing", "veiled"))

# 33 --------------------------------------------------------------------------------------
c.add("safety", subject="Application 25/01877/OUT - Cllr Whitlow",
      sender=("Julian Pereira", "jpereira@pereira-associates.example.co.uk"), fmt="alt",
      body="""Dear Mr Okafor,

I write on behalf of my client, Harbourline Developments Ltd, in connection with outline application 25/01877/OUT (land east of Quay Road), which is due before the Planning Committee on 9 April.

I understand that Cllr Whitlow, a member of your party and of the Committee, has been speaking to residents' groups about the application in terms my client considers prejudicial.

My client has been extremely patient. He has also, in the ordinary course of business, come to know a good deal about a number of people in local politics: their business interests, their family arrangements, and some of their less public associations. He has no wish for any of that to become relevant. He would much rather Cllr Whitlow simply did what she is paid to do on the 9th and considered the application on its merits.

I'd be grateful if you could convey that to her, informally. I'm sure she would not want her name, or her husband's, to come up in connection with matters she would rather were not known. Nobody wants that. The 9th is not far away.

Yours sincerely,
Julian Pereira
Pereira Associates | Planning & Development Consultancy

This email and any attachments are confidential and intended solely for the addressee.""",
      tags=("veiled", "conditional", "embedded"))

# 34 --------------------------------------------------------------------------------------
c.add("safety", subject="New message requests on Instagram",
      sender=("Instagram", "no-reply@mail.instagram.com"), headers=c.newsletter_headers(),
      fmt="html", body="",
      html_body="""<html><body><table width="100%"><tr><td style="font-family:Helvetica,Arial;font-size:14px">
<p><b>cllr.zainab.rahman</b>, you have 3 new message requests</p>
<p><b>freedom_is_speech_88</b>: zainab you were very brave on the panel. lets see how brave you are at the eid fair in the park on saturday when there's no police about</p>
<p><b>freedom_is_speech_88</b>: you'll be on the councils stall 12-2 wont you. its on the poster 😊</p>
<p><b>riversider.proud</b>: hope somebody teaches you a lesson you wont forget. you and your little gaza friends</p>
<p><a href="https://instagram.com/direct/requests">See message requests</a></p>
<p style="color:#999;font-size:11px">This message was sent to secretary@riverside-labour.org.uk and intended for cllr.zainab.rahman. Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025</p>
</td></tr></table></body></html>""",
      tags=("social", "html-only", "harassment", "veiled"))

# 35 --------------------------------------------------------------------------------------
c.add("safety", subject="I didn't say a word",
      sender=c.person("Alan", "Pickering"),
      body="""I've stopped arguing with you people.

You'll have noticed I didn't say a word at the GC on Thursday. And I didn't say a word when I walked past the chair's house afterwards, or when I stood at the end of her road for a while. I didn't need to.

That's how it's going to be from now on. No more emails. No more motions. Just me, around.""",
      tags=("stalking", "implicit", "veiled"))

# 36 --------------------------------------------------------------------------------------
c.add("safety", subject="Basen - zamkniecie / the pool closing",
      sender=c.form_robot(), reply_to="tomasz.kowal78@wp.pl",
      body=c.webform({
          "Name": "Tomasz K",
          "Email": "tomasz.kowal78@wp.pl",
          "Message": (
              "You close the swimming pool on Marsh Road where my children learn to swim, for this what? "
              "I pay council tax 11 years here. I write 4 emails to councillor Baker, no answer never. "
              "I know where is councillor Baker surgery and which day he is there, Saturday morning at "
              "the library. I will come there with my friends and it will not be for talking. He can "
              "not ignore 10 men like he ignore emails. Last warning."),
      }),
      tags=("webform", "non-native", "conditional", "explicit"))

# 37 --------------------------------------------------------------------------------------
c.add("safety", subject="Telegram - Grand Hotel counter protest - pics of our members",
      sender=c.person("Kieran", "Walsh", provider="gmail.com"),
      body="""Sam,

Following up Naomi's email. I'm the student on their list (no. 5). Since Sunday:

- someone found my uni email and has sent me 30+ emails from different addresses, all with a picture of me at the protest with a red circle round my head
- one of them had a photo of my halls of residence taken from the car park with "room 14?" - I'm in room 14
- my mum got a friend request from a profile called "Kieran's Mates" with our Riverside flag as its picture

Uni security know and have moved me to a different block for now. I've given the police everything. I don't know what the party can actually do but I think the others on the list should know it's not just talk.

K""",
      tags=("third-party-report", "stalking", "pile-on", "harassment"))

# 38 --------------------------------------------------------------------------------------
c.add("safety", subject="Cllr Okoro's son",
      sender=("Cllr Emeka Okoro", "emeka.okoro@riversidecouncil.example.gov.uk"),
      body="""Sam,

Tell me if I'm overreacting. My son Tobi is 14. Yesterday on his way home from school, by the chip shop on Crescent Road, a man he didn't know walked alongside him for about a hundred yards and said, quite calmly, "tell your dad to vote no on the bus gate on Thursday. He'll know who it's from." Then crossed the road and went.

Tobi didn't say anything till bedtime. He asked if we're in trouble.

I've spoken to the police and they're sending someone round. I've told the group I'm not changing my vote. I'd like it recorded with the CLP too because I know I'm not the only one getting this over the bus gate, and I'd like the EC to think about whether we're stopping publishing councillors' family photos on the website.

Emeka""",
      tags=("third-party-report", "implicit", "veiled"))

# 39 --------------------------------------------------------------------------------------
c.add("safety", subject="standing orders",
      sender=c.person("Phil", "Dunne"),
      body="""To the chair, via the secretary.

If you rule the Northside branch motion out of order again on Tuesday using your made-up reading of the standing orders, I will be waiting for you at the bottom of the stairs at the Trades Hall afterwards, and I won't be there to discuss standing orders. Think of it as an amendment.

P. Dunne""",
      tags=("explicit", "conditional"))

# 40 --------------------------------------------------------------------------------------
c.add("safety", subject="your MP and her surgeries",
      sender=c.person("Norman", "Pike"),
      body="""Your MP thinks a surgery in a library on a Saturday morning with one teenager on the door is safe.

She's not the first MP to think that. She should read up on the others. She'll find it doesn't always end with a handshake.

After the way she voted on the Gaza amendment there are a lot of people who'd like a word with her, and most of them are a lot less polite than me.""",
      tags=("veiled", "implicit"))

# 41 --------------------------------------------------------------------------------------
c.add("safety", subject="FW: Request to speak at Full Council - 24 Feb",
      sender=("Democratic Services", "democratic.services@riversidecouncil.example.gov.uk"),
      body=c.forward(
          "Sam - sharing with you as the CLP contact. The request below to speak at the budget meeting has "
          "been refused and referred to the police given the content. We have alerted the Labour group whip. "
          "Extra security will be in place on the 24th. DS team",
          """Public speaking request - Full Council 24 February

Name: W. Fairbrother
Item: Budget 2026/27 - adult social care
Summary of what you wish to say (max 200 words):
I want to speak for my three minutes about my mother's care package which the Labour cabinet cut. I will be naming Councillor Price as the one responsible. I'll have a few things to say to him and then I'll be waiting outside for him after, I don't need three minutes for that part. He walks to the multi storey on his own, I've watched him. If the budget goes through he can see what social care feels like when there's nobody to help.

Do you require any reasonable adjustments? No""",
          "Council website <noreply@riversidecouncil.example.gov.uk>", "Request to speak at Full Council",
          style="outlook"),
      tags=("forwarded", "webform", "conditional", "stalking"))

# 42 --------------------------------------------------------------------------------------
c.add("safety", subject="22nd",
      sender=c.person("Simon", "Rudd", provider="icloud.com"),
      body="""Selection meeting is on the 22nd.

Whatever happens on the 22nd, remember I'll still be here on the 23rd. And the 24th. And the 25th. I'm not going anywhere and neither is she.

Long campaign ahead. For some of us.""",
      tags=("veiled",))

# 43 --------------------------------------------------------------------------------------
c.add("safety", subject="Petrol can outside the office",
      sender=("Joseph Mensah", "caseworker.riverside@parliament.example.uk"),
      body="""Hi Sam,

Quick one for the CLP log (the MP's office has already done the formal reporting).

This morning I found a red plastic petrol can on the doorstep of the constituency office, under the letterbox. About half full. Taped to it was a printout of the CLP's statement on the Grand Hotel from Tuesday, with "LAST WARNING" written across it.

Police came, took it away, and have asked us to keep the shutters down outside office hours and check the letterbox is sealed. We're closing the front counter for the week and doing appointments by phone.

The MP asked me to make sure the CLP knows before Thursday's branch meeting, and suggested the meeting isn't at the office this month.

Joe""",
      tags=("third-party-report", "suspicious-item", "veiled"))

# 44 --------------------------------------------------------------------------------------
c.add("safety", subject="drones",
      sender=c.person("Ash", "Mendes", provider="protonmail.com"),
      body="""I'm a member, I've been a member since 2015, and I'm not threatening anyone, obviously.

But honestly if one of those drones she's so relaxed about selling to Israel found its way to her constituency office one Friday afternoon I'd sleep like a baby. I wouldn't go to the vigil. I'd put the kettle on. That's where I'm at with her now.""",
      tags=("wish-harm",))

# 45 --------------------------------------------------------------------------------------
c.add("safety", subject="Your husband's taxi",
      sender=c.person("Wes", "Holt"),
      body="""To Councillor Finnegan (forward it, I know you read her post).

Good to see your husband on the rank at the station every night. Badge 117, the silver Octavia.

I had a ride home with him last Tuesday. We had a good chat. He's very proud of you. Did he mention me? He wouldn't have known who I was.

Might book him again after the planning vote. Long way out to the villages at that time of night.""",
      tags=("implicit", "veiled"))

# 46 --------------------------------------------------------------------------------------
c.add("safety", also=["complaint"], subject="Quay Road flats - my final letter",
      sender=c.person("Derek", "Sutcliffe", provider="btinternet.com"), fmt="alt",
      body="""Dear Sir,

This is the fourth time I have written to the Labour Party about the proposal to build a six-storey block of flats at the bottom of Quay Road, opposite my home of 38 years, and I expect it will be the last.

When the application was first submitted I was told by your councillor, at a public meeting and in front of witnesses, that it would "never get past committee". I was then told that the committee was "quasi-judicial" and that councillors could not express a view. I was then told that the officer's recommendation was "finely balanced". I have read it, and it is not finely balanced, it is a developer's brochure with a council crest on it.

The block will take the light from my front room from October to March. It will put 90 cars onto a road where my granddaughter crosses to school. It will overlook my late wife's garden, which I have kept exactly as she left it.

I have instructed solicitors and I intend to seek judicial review if the application is approved. I have written to the Ombudsman about the handling of my previous complaints. I have written to the newspaper.

And I will say this once, plainly, so nobody can say afterwards they didn't know. If the law fails me, I have other options. I have nothing left to lose and I am not a young man. I have two sons who feel as I do. The councillors who vote for this on the 9th will not be able to say they weren't told.

Yours faithfully,
D. Sutcliffe""",
      tags=("embedded", "conditional", "veiled"))

# 47 --------------------------------------------------------------------------------------
c.add("safety", subject="[Riverside CLP members] Re: GC report - the Mallory question",
      sender=("Riverside CLP members list", "members@lists.riverside-labour.org.uk"),
      headers=c.list_headers("Riverside CLP members", domain="lists.riverside-labour.org.uk"),
      body="""From: Frank Healey

I'm sick of people saying "let the process run". The process is a stitch-up and everyone on this list knows it.

There are other ways to deal with a councillor like Mallory. The old-fashioned way. A few of us outside the Trades Hall after the next GC and he won't be voting on anything for a while. I'm serious. I'm past caring who reads this.

> On Mon, Sue Marshall wrote:
> Can we please keep this list to organising? The complaints process is there for a reason.

--
Riverside CLP members discussion list. Please keep posts respectful.
Unsubscribe: members-leave@lists.riverside-labour.org.uk""",
      tags=("list", "explicit"))

# 48 --------------------------------------------------------------------------------------
c.add("safety", subject="Photo",
      sender=c.person("Anthony", "Greaves", provider="gmail.com"), fmt="html",
      body="",
      html_body="""<div dir="ltr"><div><img src="cid:img_0183_jpeg" alt="IMG_0183.jpeg" width="600"></div>
<div><br></div><div>Cllr Price's house, 7.40 this morning. Bins out. Blinds still down.</div>
<div><br></div><div>I'll send one every day until the budget vote. So he knows.</div></div>""",
      tags=("html-only", "stalking", "implicit"))

# 49 --------------------------------------------------------------------------------------
c.add("safety", subject="Windows",
      sender=c.person("Lewis", "Orme"),
      body="""Hey Sam, its Lewis from Northside.

Not sure if this is a thing but somebody put a brick through my front window last night. Theres a Labour poster in the window (was). Attached to the brick with an elastic band was the selection leaflet with Aisha's face on it, and "YOU'RE NEXT" written on her face.

Police came, took the brick. They think it's kids. I don't, kids don't write on selection leaflets. Aisha lives three streets away. Somebody needs to tell her, I don't have her number.""",
      tags=("third-party-report", "explicit", "suspicious-item"))

# 50 --------------------------------------------------------------------------------------
c.add("safety", subject="the vote on the 3rd",
      sender=c.person("Lynne", "Horrocks"),
      body="""Dear Councillor Davies (via the party because your council address bounces),

I have written to you politely six times about the closure of the Willows respite unit where my son goes two nights a week. I have had one reply, from an officer, saying it is "under review".

I'm not writing again.

Next time you hear from me, you won't hear me. You'll just find I've been. I know where you park for the surgeries on a Saturday, and I know the way home you take because it's the way I take. Vote the right way on the 3rd.""",
      tags=("veiled", "conditional", "stalking"))

c.write()
