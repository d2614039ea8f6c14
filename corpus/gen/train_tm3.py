"""train / tm3: safety mail — misogynist and racist intimidation of women and minority
candidates, online harassment campaigns, threats to constituency office staff, noisy and
non-native writing. Every message written by hand."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tm3", seed=2603)
SEC_NAME, SEC_ADDR = c.secretary()
SEC = SEC_NAME.split()[0]

# 1 ---------------------------------------------------------------------------------------
c.add("safety", subject="leaflet photo",
      sender=c.person("Graeme", "Baird"),
      body="""Your candidate should smile more in her leaflet photo. Pretty girl like that.

She'll be smiling a lot less by May. I'll make sure of it personally.""",
      tags=("veiled", "explicit"))

# 2 ---------------------------------------------------------------------------------------
c.add("safety", subject="A message for Mr Adeyemi",
      sender=("A neighbour", "kelvinside.neighbour@mail.com"),
      body="""Please pass this to your candidate Mr Adeyemi.

People round here don't want him. They've been polite about it so far, nobody's said anything to his face. But the polite phase doesn't last forever.

It would be kinder for everyone, him and that nice wife of his especially, if he got the message early and stood down, before somebody has to deliver it to him in a way he can't misunderstand. This is the early version.""",
      tags=("veiled", "conditional"))

# 3 ---------------------------------------------------------------------------------------
c.add("safety", subject="nomination papers",
      sender=c.person("Iain", "Drummond", provider="hotmail.co.uk"),
      body="""Saw your lady candidate's home address on the council's list of nominations. Very helpful of the council.

Drove past on Sunday. Nice wee cottage. She should get that hedge at the front cut back though, it's very high. Anyone could be standing behind it at night and she'd never know till she was at the door.

Just a safety tip. From a voter.""",
      tags=("implicit", "stalking", "veiled"))

# 4 ---------------------------------------------------------------------------------------
c.add("safety", subject="Fwd: some of what I'm getting on Instagram",
      sender=c.person("Harpreet", "Kaur", provider="gmail.com"),
      body=c.forward(
          "Jamie - you asked me to send examples so region can see the pattern. This is just last night. I "
          "stopped screenshotting after forty. I'm fine. I'm not fine. I'm going to the count regardless. H",
          """Instagram · Message requests for harpreet.for.kelvinnorth

scot_patriot_1314: go back to where you came from before someone helps you pack
scot_patriot_1314: i can see from your stories you run along the canal at 7. brave
user8847261: a woman like you shouldnt be out on her own at night in glasgow. just a thought
user8847261: id stay in if i was you. for your family's sake
thekelvinwatch: we screenshot everything you post. every location tag. every time. 😊
thekelvinwatch: nice dog btw""",
          "Instagram <no-reply@mail.instagram.com>", "You have new message requests"),
      tags=("forwarded", "social", "harassment", "stalking", "third-party-report"))

# 5 ---------------------------------------------------------------------------------------
c.add("safety", subject="Report for the EC: abuse of our women candidates since nominations opened",
      sender=("Catriona MacLeod", "womensofficer.kelvinnorth@gmail.com"), fmt="alt",
      body=f"""Dear {SEC} and EC colleagues,

As agreed at the last EC, here is my summary of the abuse reported to me by our three women council candidates in the four weeks since nominations opened. I have anonymised them as A, B and C at their request. Full screenshots are held securely and have been shared with Police Scotland and with the Scottish Labour safeguarding lead.

Candidate A (Garscadden by-election)
- 60+ emails, mostly from four addresses, escalating from sexual comments about her leaflet photo to, last week: "we'll see if you're still this mouthy after the 6th" and "your boy's football is Saturday mornings at Blairdardie isn't it".
- A man has attended two of her street stalls and stood filming her for the full two hours without speaking.

Candidate B (Kelvin North list)
- A co-ordinated campaign on X after a local blog called her "the hijab candidate". Roughly 300 replies in 48 hours. A minority explicit ("someone should do something about her"), most of it degrading rather than threatening.
- Her workplace has received three anonymous calls asking what time she finishes.

Candidate C (Ruchill & Balgray)
- Fewer messages but the most worrying. Letters to her home, two of them, unstamped, with photographs of her car. Second letter said only "Not long now."

Recommendations
1. Every candidate to be offered a personal safety briefing before the next canvass weekend.
2. No candidate to run a stall alone.
3. We stop publishing candidates' home wards and family photos on the CLP website.
4. The CLP to write to the council about the nominations list and home addresses.

I'm happy to take questions at the EC, but I'd ask that the detail above is not shared beyond EC members.

Catriona MacLeod
Women's Officer, {c.clp[0]}""",
      tags=("third-party-report", "pile-on", "harassment", "stalking"))

# 6 ---------------------------------------------------------------------------------------
c.add("safety", subject="Replies to your post",
      sender=("X", "notify@x.com"), headers=c.newsletter_headers(),
      fmt="alt",
      body="""Kelvin North Labour @KelvinNorthLab · your post is getting attention

Replying to @KelvinNorthLab
"Proud to announce Amira Saleem as our candidate for the Kelvin North by-election! 🌹"

@tartan_truth44: she'll last a week
@BigJimGlasgow: found her. 2/1 Cairn Street, top buzzer. she's on the electoral roll, not exactly hard
@tartan_truth44: @BigJimGlasgow gonnae no post that 😂 ...actually do
@Kelv_Watcher: her car's the white Juke with the L plates, it's her daughter learning
@AnnieFromTheWestEnd: This is disgusting, reported all of you.
@BigJimGlasgow: @AnnieFromTheWestEnd reported for what, its public info hen. go and visit her lads

View replies

You're receiving this because @KelvinNorthLab is your account. Manage notifications
X Corp. 1355 Market Street, Suite 900, San Francisco, CA 94103""",
      tags=("social", "doxxing", "pile-on"))

# 7 ---------------------------------------------------------------------------------------
c.add("safety", subject="Fwd: FB group - 'everyone message this woman'",
      sender=c.person("Fiona", "Campbell", provider="btinternet.com"),
      body=c.forward(
          "Jamie, I'm in this group because of the school closures campaign. Someone's just posted this about our "
          "Siobhan. It's already got 200 comments. Her mobile is there in full. I've reported it to Facebook. "
          "Can someone phone her before it starts ringing? Fi",
          """Posted in Kelvin Parents Against The Cuts (14.2k members)

Stuart Henney:
THIS is the councillor who voted to shut Balgray Primary. Siobhan Docherty. She says she "listens to parents". Let's see if she does. Her mobile is 07700 9xx 4x1 (it's on an old leaflet, she put it there herself). Everybody message her. Everybody ring her. Day and night till she resigns. She doesn't get to sleep when our kids lose their school.

And I'll say what everyone's thinking: if she turned up at the school gates now she'd need more than a lollipop lady.

💬 214 comments · 🔁 88 shares""",
          "Facebook <groupupdates@facebookmail.com>", "New post in Kelvin Parents Against The Cuts"),
      tags=("forwarded", "pile-on", "doxxing", "third-party-report"))

# 8 ---------------------------------------------------------------------------------------
c.add("safety", subject="my phone",
      sender=c.person("Siobhan", "Docherty", provider="icloud.com"),
      body="""Jamie

Just to let you know what's happening since the post yesterday. 212 missed calls since 6pm. The texts I can mostly ignore. The voicemails I can't, some of them talk about my daughter. One said her name and her class, P5, Miss Kerr's. One just played the Balgray school bell. I don't know how you even record that.

I've given the phone to my husband and I'm using the old one. The police are coming at 4.

I'm not resigning. I need someone to do my surgery on Saturday though.

S

Sent from my iPhone""",
      tags=("third-party-report", "pile-on", "harassment"))

# 9 ---------------------------------------------------------------------------------------
c.add("safety", subject="Incident at the office - Friday",
      sender=("Kirsty Lennox", "kirsty.lennox@msp-office.example.scot"),
      body="""Hi Jamie,

Letting the CLP know about Friday as the constituency office shares the building with your committee room.

At about 3.30 on Friday a constituent who has been in several times about his PIP assessment became very angry at the counter when Aidan explained the MSP can't overturn a DWP decision. He slammed his hand on the screen and said: "You close at four on a Friday, pal. I'll be at the bus stop. You can explain it to me again there, properly."

He then sat on the wall opposite until 4.15. Aidan left by the back door and I drove him home.

We've reported it to the police and he's been told in writing he can only contact the office by phone for now. Could you please make sure nobody from the CLP uses the back entrance alone after 4 this week? Thanks.

Kirsty
Office Manager""",
      tags=("third-party-report", "explicit", "following"))

# 10 --------------------------------------------------------------------------------------
c.add("safety", subject="the lady on your front desk",
      sender=c.person("Ross", "Kerr"),
      body="""The blonde lady on the front desk at your office. She's got a blue Fiesta with a dent in the back bumper. She parks on Kelvin Way because there's no parking at the office, and she's always last out on a Thursday.

Tell her I said hello. She'll know who from, I've been in enough times and she's never once been any help.""",
      tags=("implicit", "stalking"))

# 11 --------------------------------------------------------------------------------------
c.add("safety", subject="Photo taped to the office door",
      sender=c.person("Aidan", "Burns", provider="outlook.com"),
      body="""Jamie, first in this morning and there was a photo taped to the glass of the front door. Colour print, A4. It's a photo of the four of us who work in the office, taken from across the road last week (I recognise my jacket, it was Wednesday). Mine and Kirsty's faces have been circled in red marker. Underneath it says "THESE TWO".

I've taken it down with gloves, it's in a plastic wallet. Kirsty's not in yet, I don't want her to walk in and see it. Police called.

Aidan""",
      tags=("third-party-report", "suspicious-item", "veiled"))

# 12 --------------------------------------------------------------------------------------
c.add("safety", also=["complaint"], subject="My Universal Credit sanction - 3rd time writing",
      sender=c.person("Paul", "Docherty", provider="gmail.com"),
      body="""This is the third time I've emailed the MSP's office and the Labour party about my sanction. Nobody has phoned me back like they said they would. I was told "within 5 working days" on the 2nd. It's the 23rd.

I've got £41 to last till the 9th. I've got a son who stays weekends. I've had the electric on emergency credit since Tuesday.

I'm not asking for a miracle. I'm asking for somebody in that office to make one phone call to the jobcentre.

If my money gets stopped for good I'll have nothing left to lose. I'd think about what that means if I was one of the people sitting in that office every day with the door unlocked. I'm not saying it to be dramatic.""",
      tags=("conditional", "embedded", "veiled"))

# 13 --------------------------------------------------------------------------------------
c.add("safety", subject="FW: FW: re your housing case",
      sender=("Mohammed Iqbal", "mohammed.iqbal@msp-office.example.scot"),
      body=c.quote_reply(
          "Jamie - Kirsty asked me to copy the CLP in as this man is also emailing the party's general address. "
          "Second and third paragraphs of his reply below. We've logged it with the police and the parliament's "
          "security team. Please don't reply to him from the CLP account. Mo",
          """Mr Iqbal,

You can stop calling me "sir" in your emails. I know your name, I know you're the caseworker who closed my housing case, and I know what you look like because it's on the MSP's website next to your photo.

I also know you get the 66 home. It's a long ride. Lots of stops. I get the 66 too now.

Reopen my case by Monday. I've asked nicely four times.""",
          quoted_from="Gordon Fyfe <gfyfe1966@yahoo.co.uk>", style="outlook"),
      tags=("quoted", "third-party-report", "stalking", "conditional"))

# 14 --------------------------------------------------------------------------------------
c.add("safety", subject="a woman like you",
      sender=c.person("Alistair", "Munro", provider="aol.com"),
      body="""To Councillor Haddow,

A woman like you, with three weans and a husband who works away, should know when to stay home. It's safer there.

The ward's a big place and it gets dark early now. Plenty of lanes between the houses you knock. You'd be surprised who's about.

Think of it as advice. I'll not give it twice.""",
      tags=("veiled", "implicit"))

# 15 --------------------------------------------------------------------------------------
c.add("safety", subject="Eid fair",
      sender=c.person("Kenny", "Boyd"),
      body="""Councillor Rahman,

Your headscarf makes you very easy to pick out in a crowd. Bright blue on Saturday at the Kelvingrove fair. Easy.

Remember that at the Eid fair on the 21st. I will.""",
      tags=("implicit", "veiled"))

# 16 --------------------------------------------------------------------------------------
c.add("safety", subject="Councillor Cohen walking home",
      sender=c.person("Bruce", "Ogilvie"),
      body="""I am not saying anybody should lay a finger on Councillor Cohen, and I'd deny it if you said I did.

I'm just saying she walks home from the City Chambers on her own at ten at night up through the park after every full council, and if something happened to her one of these nights after what she said about the Palestine flag, there's a lot of folk in this city who'd not lose any sleep. I'd not be at the funeral, put it that way.""",
      tags=("wish-harm", "stalking", "veiled"))

# 17 --------------------------------------------------------------------------------------
c.add("safety", subject="300 copies of the same email",
      sender=c.person("Lorna", "Gillespie", provider="gmail.com"),
      body="""Jamie,

I'm the CLP's equalities officer (Lorna, we met at conference). I wanted to give you a heads-up that since Sunday night the equalities@ inbox has received just over 300 copies of the same email, from about 40 different addresses, all with the subject "THE TRANS CANDIDATE MUST GO".

Most of it is the same paragraph. But about a third have an extra line at the bottom that changes each time: her street, the name of her GP surgery, the colour of her front door, the time her bus gets in. Whoever is doing it is adding a new detail every few hours, like they're showing off how much they can find out.

I haven't told her the details. I've told her there's a lot of abuse and that it's being handled. I've saved everything and started a spreadsheet. Can we talk about who tells her and how?

Lorna""",
      tags=("third-party-report", "pile-on", "doxxing", "harassment"))

# 18 --------------------------------------------------------------------------------------
c.add("safety", subject="a picture of your candidate",
      sender=("anon", "kelvinnorth.truth@tutanota.com"),
      body="""We've sent a picture of your candidate to her headteacher. Not a real one obviously, but it doesn't need to be real, does it. It only needs to be believed.

That's the first one. There are more made and ready, one for her church, one for her husband's work, one for her mum's care home.

She can make it stop by withdrawing before the close of nominations. Otherwise they go out one a week till polling day, and after that we'll find other ways to be in touch.""",
      tags=("harassment", "conditional", "veiled"))

# 19 --------------------------------------------------------------------------------------
c.add("safety", subject="no subject",
      sender=c.person("Darren", "McGuire", provider="gmail.com"),
      body="""your candidate gets off the train at partick every nite at 6.15 i seen her the last 4 nites in a row she walks up dumbarton road with her ear phones in never looks round once not even at the lights shes going to learn to look round tell her that from me""",
      tags=("stalking", "noisy", "implicit"))

# 20 --------------------------------------------------------------------------------------
c.add("safety", subject="Mr Singh",
      sender=c.person("Bill", "Rankin"),
      body="""To the Labour party, about your candidate Mr Singh.

The turban makes him easy to recognise at the gurdwara on a Sunday, and at the cash and carry on a Tuesday, and at his daughter's dancing on a Thursday. He's a man of regular habits.

Somebody should suggest to him that this isn't the area for him to be standing in. Before the area suggests it itself.""",
      tags=("implicit", "veiled", "stalking"))

# 21 --------------------------------------------------------------------------------------
c.add("safety", subject="Followed to the car park last night",
      sender=c.person("Rebecca", "Sinclair", provider="outlook.com"),
      body="""Hi Jamie,

I volunteer in the MSP's office on Tuesday evenings doing casework filing. I wanted to tell the CLP because the office staff had already gone home.

When I locked up at 7.30 last night a man who'd been in at the afternoon surgery (Kirsty will know who, the one shouting about the bin collections) was waiting outside. He walked behind me to the Anniesland multistorey, up to level 3 where my car was. He didn't speak. When I got in the car he stood in front of it for maybe thirty seconds then walked off down the stairs. I drove round the car park twice before leaving because I didn't want him to see which way I went.

I'm OK. I'd rather not do Tuesdays on my own for a bit.

Becca""",
      tags=("third-party-report", "following"))

# 22 --------------------------------------------------------------------------------------
c.add("safety", subject="Constituent at my flat",
      sender=c.person("Niamh", "Quinn", provider="gmail.com"),
      body="""Jamie,

I've told Kirsty but I'm telling the CLP as well because I'm on the CLP executive and I think this affects how we do things.

On Sunday morning the man whose housing case I've been working on (the one I raised at EC as "difficult") turned up at my flat. My actual flat. He buzzed, I didn't answer, he waited in the close for forty minutes. I've never given him my address. The only place it's written down that he could have seen is my delegate form for conference, which was on the table at the last branch meeting which he came to as a guest.

He left a note through the door: "Thought we could talk about my case somewhere more relaxed. I'll come back."

I'm staying at my sister's. The police have been to speak to him.

Niamh""",
      tags=("third-party-report", "stalking", "doxxing"))

# 23 --------------------------------------------------------------------------------------
c.add("safety", subject="New voicemail from 07700 900613 (1:12)",
      sender=("Office Voicemail", "voicemail@hosted-pbx.example.net"),
      body="""New voicemail received

Mailbox: Kelvin North constituency office (main line)
From: 07700 900613
Received: Monday 17:52
Length: 1:12

Transcription:
"Aye this is a message for that Kirsty woman again. You've still no' done anything about my daughter's house. I've been very patient. I'm no' being patient anymore. You tell her I'm coming down there tomorrow and if that door's locked I'll put it in. And she'll be sorry she ever took my case, I'm telling you that now. That's no' a threat, that's a promise."

Press 1 to call back. This message was generated automatically.""",
      tags=("explicit", "conditional"))

# 24 --------------------------------------------------------------------------------------
c.add("safety", subject="patience",
      sender=c.person("Hugh", "Lindsay", provider="btinternet.com"),
      body="""Dear office of the MSP,

I have been patient with your office for nine months regarding my mother's care home fees. I have been polite. I have kept every reply.

Patience is a resource like any other. Mine is very nearly gone.

You have a window at the front of the office on the ground floor, no bars, and I have a great deal of time on my hands these days. I expect to hear from a human being by Friday.

H. Lindsay""",
      tags=("veiled", "conditional"))

# 25 --------------------------------------------------------------------------------------
c.add("safety", subject="Fwd: this thread about women councillors",
      sender=c.person("Moira", "Stewart", provider="yahoo.co.uk"),
      body=c.forward(
          "Jamie - my son found this on a forum he uses and sent it to me because I'm on it. It's a "
          "'rating' thread. Four of us, with photos off the council website. Three of the four have addresses "
          "underneath, mine included. I'm sending it on so the others can be told. I'm not going to pretend "
          "it doesn't frighten me. Moira",
          """Thread: "Rate the Kelvin North cooncillors 🔥"

Post #1 by glasgow_alpha:
Rating the Labour lassies on the council. Photos from their own website. Scores out of 10.
Then for the ones I rate lowest, here's where they live, so yous can go and tell them in person what you think 😂
- Cllr M. Stewart - 4/10 - Balmore Crescent, the one with the Labour poster (still)
- Cllr S. Docherty - 3/10 - Cairnhill, round the corner from the primary
- Cllr K. Haddow - 2/10 - address coming, someone at her work says she's at Gartnavel

Post #2 by anon_4431: go on then lads, who's going first 👀

Post #3 by glasgow_alpha: give it till the budget""",
          "David Stewart <dstewart.97@gmail.com>", "look at this mum"),
      tags=("forwarded", "doxxing", "pile-on", "third-party-report"))

# 26 --------------------------------------------------------------------------------------
c.add("safety", subject="TikTok: new comments on videos you're tagged in",
      sender=("TikTok", "no-reply@account.tiktok.com"), headers=c.newsletter_headers(),
      fmt="html", body="",
      html_body="""<html><body style="font-family:sans-serif">
<p><b>@kelvinnorthlabour</b>, you were tagged in 3 videos</p>
<p><b>@scotlandawake_</b> · stitched with you · "Labour candidate caught at the food bank pretending to care"</p>
<blockquote>💬 <b>@mcbain_1</b>: the black guy in the middle is the candidate, adeyemi, he works at the uni<br>
💬 <b>@mcbain_1</b>: uni's got a big car park, lots of dark corners<br>
💬 <b>@lassie.x</b>: 😳 stop<br>
💬 <b>@scotlandawake_</b>: everyone say hi to him on campus this week 👋 make him feel welcome 😉</blockquote>
<p><a href="https://www.tiktok.com/">Open TikTok</a></p>
<p style="font-size:11px;color:#888">TikTok Pte. Ltd. You're receiving this email because you're tagged. Unsubscribe.</p>
</body></html>""",
      tags=("social", "html-only", "pile-on", "doxxing"))

# 27 --------------------------------------------------------------------------------------
c.add("safety", subject="congratulations to your candidate",
      sender=c.person("Neil", "Forbes", provider="icloud.com"),
      body="""I hear your candidate is expecting. Congratulations to her.

It must be very stressful, a campaign, in her condition. All those doors. All those stairs in the tenements. All those people who don't like her.

Anything could happen. She should really think about whether it's worth it.""",
      tags=("veiled", "implicit"))

# 28 --------------------------------------------------------------------------------------
c.add("safety", subject="letter to my house",
      sender=c.person("Marek", "Zielinski", provider="gmail.com"),
      body="""Hello Jamie,

I am sorry to write you on Sunday. I want to report a letter which was put in my door on Friday night. I am councillor Zielinski for Scotstoun ward since 2022, you know me.

The letter say: "Polish councillor for a Scottish ward. Your time is finish. We know your wife's shop and your son's school, St Paul's, first year. Take them back home to Poland before summer, it will be best for everybody. This is the only letter."

In my 20 years in Glasgow I never have such thing. My wife want that I resign. I dont want to resign. The police have the letter now and they tell me to report to the party also.

Please what I should do about the surgery on Saturday? I normally do alone in the library.

Thank you
Marek""",
      tags=("third-party-report", "non-native", "veiled"))

# 29 --------------------------------------------------------------------------------------
c.add("safety", subject="problema no escritório / problem in the office today",
      sender=c.person("Rafaela", "Costa", provider="hotmail.com"),
      body="""Hi Jamie,

Sorry for my english, it is not perfect when i am nervous. I am the new caseworker since april, Rafaela.

Today a man came to the office about his council tax and when I say I cannot help with this directly he became very aggressive. He say "people like you come here and take the jobs and then you cant even do the job". Then he looked at my lanyard and say my name slowly two times and say "Rafaela. I will remember. I will find you on facebook, I will find your husband, your street, it is easy for me". Then he leave.

Kirsty was in meeting. Aidan call the police. They ask me if I want to make statement and I say yes.

I am ok but I am thinking about the walk to the subway tonight. Is there somebody from the party who can walk with me maybe?

Obrigada
Rafaela""",
      tags=("third-party-report", "non-native", "explicit"))

# 30 --------------------------------------------------------------------------------------
c.add("safety", subject="Contact us - Councillor Haddow (submission 41)",
      sender=c.form_robot(), reply_to="k.h.mustgo@gmail.com",
      body=c.webform({
          "Name": "Resign Haddow",
          "Email": "k.h.mustgo@gmail.com",
          "Subject": "Councillor Haddow (submission 41)",
          "Message": (
              "This is submission 41. I'll keep sending this form every hour until Councillor Haddow resigns. "
              "Your website doesn't have a captcha, did you know? 41 down. When I get to 100 I stop typing and "
              "start visiting. She can count along with me."),
      }),
      tags=("webform", "harassment", "conditional"))

# 31 --------------------------------------------------------------------------------------
c.add("safety", subject="parcel for Amira",
      sender=c.person("Heather", "Ross"),
      body="""Jamie,

Amira asked me to email as she's at work. A parcel came for her at the campaign office yesterday, properly wrapped, tissue paper and everything. Inside was a black dress in her size (exact size, which is unsettling in itself) and a card that said:

"Wear this to the count. I'll be watching for it. If you're not wearing it, I'll know you didn't appreciate the gift, and I don't like not being appreciated."

No name. Posted locally, Partick sorting office stamp.

She laughed it off in front of the volunteers but she rang me in tears after. We've bagged it up for the police. She wants to know if she can have someone with her at all times at the count.

Heather (campaign manager)""",
      tags=("third-party-report", "suspicious-item", "stalking"))

# 32 --------------------------------------------------------------------------------------
c.add("safety", subject="Young Labour - Eilidh getting messages at work",
      sender=c.person("Calum", "Fraser", provider="gmail.com"),
      body="""Hi Jamie,

Calum, youth officer. Eilidh (19) who ran the freshers stall for us has been getting messages through her work's LinkedIn page and now through the work switchboard. She works at a vet's.

They started as "saw you on the Labour stall, you're gorgeous" type stuff. This week they've changed. Tuesday: "I know you do the late shift on Wednesdays". Wednesday night a man came into the vet's five minutes before closing without an animal, asked for her by name, and when her colleague said she was busy he said "tell her I'll catch her at the bus stop then" and left.

Her manager's now making sure she doesn't close up alone. I've told her to go to the police. She's worried about getting the party into the papers. I told her that's not her problem.

Calum""",
      tags=("third-party-report", "stalking", "harassment"))

# 33 --------------------------------------------------------------------------------------
c.add("safety", subject="note on my windscreen",
      sender=c.person("Kirsty", "Lennox", provider="icloud.com"),
      body="""Jamie,

Sorry, one more. After the surgery on Saturday I found a note under my windscreen wiper. My car was round the back of the library, not on the street, so whoever left it knew which car was mine.

It said: "You rushed off today. We never finished our chat. Next time."

I think it's the PIP man from the other week but I can't prove that. Reported. Thought the CLP should have it for the pattern.

K""",
      tags=("third-party-report", "stalking", "following"))

# 34 --------------------------------------------------------------------------------------
c.add("safety", subject="Kenny Boyd sent you a message",
      sender=("Facebook", "notification@facebookmail.com"), headers=c.newsletter_headers("Facebook"),
      body="""Kenny Boyd sent a message to Kelvin North Labour

"yous have got a month to get that Rahman woman off yer leaflets or yous will be picking glass out yer committee room. the one on maryhill road. month."

Reply to Kenny Boyd

To turn off Messenger notifications for your Page, go to Settings.
Meta Platforms Ireland Ltd.""",
      tags=("social", "explicit", "conditional"))

# 35 --------------------------------------------------------------------------------------
c.add("safety", also=["complaint"], subject="What has happened to Scottish Labour",
      sender=c.person("Jean", "Ferguson", provider="btinternet.com"),
      body="""Dear Secretary,

I was a member of your party for 31 years and I left in 2021, and every leaflet that comes through my door now confirms I was right to leave.

Your party used to be for working people. My father was a shop steward at Yarrow's. We had Labour councillors who lived on our street and drank in our pub and you could stop them in the Co-op and tell them the close door was broken and it would be fixed by Friday. Now you have candidates who've never done a day's real work, who speak a language nobody round here understands, "engagement", "stakeholders", "lived experience", and who disappear the day after the count and we don't see them again for five years.

And this new one. I read her leaflet. She's thirty-two, she's a "policy consultant", she lives in the West End, and she's telling me about the cost of living. She's never had to choose between the meter and the messages in her life. She's got a face on her like she's smelling something.

I won't vote for her and I'll tell everyone I know not to. I've already told my whole close.

I'm not going to pretend I'd lose sleep if something happened to her before May. Somebody will eventually do what people like her have coming to them, and when they do there'll be folk in Kelvin North raising a glass. I'll be one of them.

Jean Ferguson (Mrs)""",
      tags=("wish-harm", "embedded"))

# 36 --------------------------------------------------------------------------------------
c.add("safety", subject="Fw: WhatsApp going round about Amira",
      sender=c.person("Farah", "Saleem", provider="gmail.com"),
      body=c.forward(
          "Jamie I'm Amira's sister. This has been sent to my auntie by someone from her work, it's going round "
          "the WhatsApp groups in the area. The picture is of Amira's house with the car in the drive. I typed "
          "out the text for you. Please tell me the party is doing something. Farah",
          """[Forwarded many times]
[Image]
🚨 THIS IS WHERE THE LABOUR CANDIDATE LIVES 🚨
She wants open borders? Let's see how she likes an open door 🚪
Share with every group you're in. Polling day is the 7th. Let's make sure she remembers it.""",
          "Auntie Nasreen <nasreen.b@hotmail.co.uk>", "Fw: look at this"),
      tags=("forwarded", "doxxing", "pile-on", "third-party-report"))

# 37 --------------------------------------------------------------------------------------
c.add("safety", subject="Envelope received today - please read before opening post",
      sender=("Kirsty Lennox", "kirsty.lennox@msp-office.example.scot"),
      body="""All,

Today's post included a plain brown envelope addressed to the MSP in handwriting we've seen before. Inside was a single spent shotgun cartridge and a compliments slip from the Kelvin North Labour Party (one of ours, from the pile at the last street stall) with nothing written on it.

The police have taken it. They've asked that all post to the office and to the CLP's PO box is opened by two people, in the back room, with gloves, until further notice, and that anything handwritten with no return address is left unopened and reported.

Jamie, could you pass this to whoever collects from the PO box.

Thanks, and please be careful.
Kirsty""",
      tags=("third-party-report", "suspicious-item", "veiled"))

# 38 --------------------------------------------------------------------------------------
c.add("safety", subject="Discord server planning to 'raid' the GC",
      sender=c.person("Ewan", "Galbraith", provider="protonmail.com"),
      body=f"""{SEC}, this is going to sound odd. I'm a member in Garscadden branch and I moderate a couple of gaming Discords.

Someone invited me into a server called "Kelvin Cleanup" last week, I think by mistake. It's about sixty people. They're planning to join Thursday's online GC using the Zoom link (which someone has, from a member's forwarded email), and then:

- screenshot everyone's video square and name
- post them in the server so people can "match faces to addresses" off the electoral register
- one guy has a spreadsheet already with about 20 of our members' names and streets, titled "visits"
- there's a poll pinned: "first visit: the chair or the Pakistani one?"

I've saved screenshots, timestamps, usernames. I've left the server so they don't clock me. Please change the Zoom link and tell the police. Happy to give a statement.

Ewan""",
      tags=("third-party-report", "doxxing", "pile-on"))

# 39 --------------------------------------------------------------------------------------
c.add("safety", subject="r e s i g n",
      sender=c.person("Wullie", "Grant"),
      body="""c o u n c i l l o r   h a d d o w

y o u   a r e   g o i n g   t o   e n d   u p   d e a d   i n   a   d i t c h

r e s i g n

t h i s   i s   n o t   a   j o k e""",
      tags=("explicit", "noisy"))

# 40 --------------------------------------------------------------------------------------
c.add("safety", subject="ur candidate",
      sender=c.person("Jay", "McColl", provider="hotmail.com"),
      body="""ur c@ndidate is gonna get w@sted after the c0unt, k!ll the c@mpaign or we k!ll the c@ndidate 🔪 simple as. 
dont bother reportin this address its a burner""",
      tags=("explicit", "noisy", "conditional"))

# 41 --------------------------------------------------------------------------------------
c.add("safety", subject="about my daughter Sadia the candidate",
      sender=c.person("Abdul", "Rahman", provider="hotmail.co.uk"),
      body="""Respected Sir Jamie,

I am father of Sadia who is Labour candidate for Ruchill. I am writing because my daughter will not complain, she is too proud.

Two times this week a white car is parking outside our house from evening until late, engine on, lights off. One man inside. When my son go out to ask, he drive away. Next day come again. Also my wife is receiving phone calls at home on landline, a man asking "is Sadia home, tell her we are waiting for her", then put down. Our landline number is only in old phone book under my name.

We are peaceful family, I am 40 years in Glasgow, I never had problem like this. I am worried for my daughter life. Please sir, what can the party do? Police say they will drive past sometimes.

With respect
Abdul Rahman""",
      tags=("third-party-report", "stalking", "non-native"))

# 42 --------------------------------------------------------------------------------------
c.add("safety", subject="I waited",
      sender=c.person("Gordon", "Aitken", provider="gmail.com"),
      body="""Chair,

You didn't answer my email yesterday so I waited outside the library after your surgery like I said I would. You must have left by the side door. That wasn't very friendly.

I waited till half five. Then I walked up to Balmore Crescent to see if you'd got home all right. Your light was on so you must have.

I'll try again tomorrow. You can't keep going out side doors.

Gordon""",
      tags=("stalking", "following", "implicit"))

# 43 --------------------------------------------------------------------------------------
c.add("safety", subject="The Kelvin Courant: Who is the REAL Labour candidate?",
      sender=("The Kelvin Courant", "editor@kelvincourant-news.example.com"),
      headers=c.newsletter_headers("Mailerlite"), fmt="html", body="",
      html_body="""<html><body style="max-width:640px;font-family:Georgia,serif">
<h2>Who is the REAL Labour candidate?</h2>
<p><i>An independent investigation by The Kelvin Courant</i></p>
<p>Labour want you to believe Ms Amira Saleem is a "local mum". We did some digging.</p>
<p>She lives at <b>2/1, 14 Cairn Street</b>. Her children attend <b>Balgray Primary</b> (P3 and P6, we're told). Her husband drives a <b>grey Passat, plates on file with us</b>. She shops at the Byres Road Waitrose on Saturday mornings. Not very "local mum", is it?</p>
<p>Readers who want to put their questions to Ms Saleem directly now know where to find her. We'd encourage you to do so. Politely, of course. She's earned a visit.</p>
<p>Next week: where her campaign manager lives.</p>
<p style="font-size:11px;color:#777">You are receiving The Kelvin Courant because you subscribed. <a href="#">Unsubscribe</a></p>
</body></html>""",
      tags=("html-only", "doxxing", "veiled"))

# 44 --------------------------------------------------------------------------------------
c.add("safety", subject="Senior caseworker",
      sender=c.form_robot(), reply_to="notgoingaway2026@outlook.com",
      body=c.webform({
          "Name": "D",
          "Email": "notgoingaway2026@outlook.com",
          "Which office?": "MSP constituency office",
          "How can we help?": (
              "Tell Mohammed the senior caseworker that I'll be coming in to the office on Tuesday and I'm "
              "going to hurt him. I've thought about it a lot and it's the only way anyone in that office will "
              "take me seriously. I'm telling you first so it's fair."),
      }, form="Get help from your MSP"),
      tags=("webform", "explicit"))

# 45 --------------------------------------------------------------------------------------
c.add("safety", subject="St Aidan's",
      sender=c.person("Colin", "Marr"),
      body="""Your Councillor Obi's two are at St Aidan's. Maroon blazers, the wee one's got the yellow book bag with the giraffe on it. The mum does the drop-off, dad does Fridays.

I'm only saying what anyone at the gates can see. I just want him to know that people see. Next time he stands up in the chamber and calls the people of this ward racists, he can think about who else is watching at quarter to nine.""",
      tags=("implicit", "veiled"))

# 46 --------------------------------------------------------------------------------------
c.add("safety", subject="You have new notifications",
      sender=("X", "notify@x.com"), headers=c.newsletter_headers(),
      body="""People are quoting your post

@KelvinNorthLab: "Our secretary will be at Saturday's stall on Byres Road from 11 - come and say hello!"

@unfiltered_scot quoted: found her. husband's company is on LinkedIn, they do kitchen fitting out of a unit in Anniesland. van's got the name on the side 🚐
@GlasWatch_ quoted: "come and say hello" don't mind if we do 🙋‍♂️ see you at 11 jamie, bring your pals
@unfiltered_scot quoted: she's got a wee boy too, in the profile pics. maryhill rugby club
@Mhairi_Sings quoted: Looking forward to it! 🌹

See all quotes

X Corp. 1355 Market Street, Suite 900, San Francisco, CA 94103""",
      tags=("social", "doxxing", "pile-on"))

# 47 --------------------------------------------------------------------------------------
c.add("safety", subject="Man outside the office asking odd questions",
      sender=c.person("Sadia", "Begum", provider="outlook.com"),
      body="""Hi Jamie, Sadia from the Thursday volunteers.

Odd one. This afternoon a man in a hi-vis jacket was outside the constituency office with a tape measure, measuring the front window and the door. When I asked if he was from the landlord he said no, he was "just getting a feel for the place". He asked me what days the MSP is in, whether the door is kept locked during surgeries, and whether "the Muslim lassie" (I think he meant Amira) works there or just visits.

I didn't answer any of it and went back in and locked the door. He photographed the door and left on foot towards the subway. I've got a rough description written down.

Probably it's nothing and I'm being paranoid after everything. Kirsty said tell you anyway.

Sadia""",
      tags=("third-party-report", "suspicious-item", "implicit"))

# 48 --------------------------------------------------------------------------------------
c.add("safety", subject="what Jo got",
      sender=c.person("Ian", "Crawford", provider="yahoo.co.uk"),
      body="""I pray every night that your MP gets what that other woman MP got outside her surgery in Yorkshire. Every single night. She's earned it more than that one did.

I'm not going to do it. I'm just going to pray. Prayer's not against the law.""",
      tags=("wish-harm",))

# 49 --------------------------------------------------------------------------------------
c.add("safety", subject="8th May",
      sender=c.person("Ally", "Duncan"),
      body="""Tell Amira she won't need to write a concession speech on the 8th of May.

She won't need a victory speech either.

She'll see.""",
      tags=("veiled",))

# 50 --------------------------------------------------------------------------------------
c.add("safety", subject="Invitation: Your last day as a councillor @ Fri 15 May 2026 18:00 - 19:00 (BST)",
      sender=("Google Calendar", "calendar-notification@google.com"),
      fmt="alt",
      body="""You have been invited to the following event.

Your last day as a councillor
When: Friday 15 May 2026 18:00 - 19:00 (BST)
Where: 27 Hawthorn Rise, Kelvin North (your house)
Organiser: nobodyyouknow2026@gmail.com

Description: We'll all be there. Leave the door unlocked, Siobhan. Or don't, it won't matter.

Going? Yes - Maybe - No   more options »

Invitation from Google Calendar
You are receiving this email at the account clp.secretary@kelvinnorthlabour.org because you are an attendee on this event.
Forwarding this invitation could allow any recipient to send a response to the organiser.""",
      tags=("social", "doxxing", "veiled"))

c.write()
