"""train/ud3: threats in robot-shaped mail, part 3 (Caldmouth CLP, a northern port town).
All content hand-written.

Robot shapes used here: a parenting-forum watched-thread alert, Zoom webinar Q&A reports and
chat logs, Google Groups join requests and digests, X and Discord and Mastodon notifications,
Microsoft Teams voicemail and missed-chat emails, a hosted phone system's voicemail, a website
host's support ticket, the council's member-enquiry system (the secretary is also a
councillor), petition digests, a Facebook Marketplace message, a local "Caldmouth Chat" app
digest, Instagram story replies, a business-directory review, SurveyMonkey, Google Docs
comment alerts, Mailchimp signup notices, Facebook live-video comments, an Action Network
letter tool and an e-card service. 30 safety: the threat is in the user-written part. 30
without menace in the same shapes.

Local colour: Caldmouth (the port and Caldmouth Steel job cuts, A&E downgrade at Caldmouth
General, the Marine Hotel used as asylum accommodation, flooding on Fishgate). Wards Fishgate,
Westmoor, Lantern Hill, Ravensby, Cobble Bank, Southend Park. MP Kieran Lowther. Secretary Jo
Featherstone (also councillor for Cobble Bank). Chair Mick Ollerenshaw."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ud3", seed=6603)
c.clp = ("Caldmouth CLP", "Jo Featherstone", "secretary@caldmouthlabour.org.uk")
P = c.person
SITE = c.site()
VM = ("Caldmouth Labour phones", "voicemail@phone-system.example")
TEAMS = ("Microsoft Teams", "noreply@email.teams.microsoft.com")
FB = ("Facebook", "notification@facebookmail.com")
RS = ("robot-shape",)

# =====================================================================================
# SAFETY (30)
# =====================================================================================

# S1 parenting forum watched-thread alert, veiled "teach her a lesson"
c.add("safety", subject="Someone has posted on a thread you're watching",
      sender=("Mumsnet-style Talk", "talk-noreply@parentsforum.example"), headers=c.newsletter_headers(),
      tags=RS + ("social", "veiled", "implicit", "following"),
      body="""Hi CaldmouthLabourJo,

There's a new post on a thread you're watching:

Local politics > "Caldmouth Labour councillor Shazia Akhtar - anyone actually know her?"

Posted by SeaviewMum2 at 22:18:

She's on the PTA at my DS's school, sits there all smiles at the cake sale like butter wouldn't melt after what she voted for with the Marine Hotel. I know which car is hers, silver Qashqai, always parks in the same spot by the side gate at pick up. Somebody round here ought to teach her a lesson she won't forget, and honestly some of the dads are talking about doing just that. I'm not going to stop them.

Reply to this post · Stop watching this thread

You're receiving this because you're watching this thread.""")

# S2 Zoom webinar Q&A report, one threatening question among ordinary ones
c.add("safety", subject="Q&A report: \"Caldmouth A&E - public online meeting with Kieran Lowther MP\"",
      sender=("Zoom", "no-reply@zoom.us"), fmt="alt",
      tags=RS + ("webinar", "embedded", "explicit"),
      body="""Hi Jo Featherstone,

Your webinar has ended. Here is the Q&A report.

Topic: Caldmouth A&E - public online meeting with Kieran Lowther MP
Date: 12 Nov 2026, 7:00 PM London
Attendees: 142

Questions (anonymous questions shown as "Anonymous Attendee")

1. Margaret Hebden: Will the minor injuries unit stay open overnight?
   Answer (live): Answered live

2. Anonymous Attendee: How long is the ambulance wait to Middleport now?
   Answer (live): Answered live

3. Lee Gaskin: You should all be ashamed. When my dad died waiting in that corridor nobody came. Kieran Lowther I know you do the Ravensby surgery and I'll be there and I will put you in a hospital bed myself so you can see what it's like. That's a promise not a question.
   Answer: Dismissed

4. Shirley Pattison: Can we have the slides afterwards please?
   Answer (text): Yes, we'll email them to all registrants.

5. Anonymous Attendee: Is the consultation still open?
   Answer (text): Until 15 December.

Download full report (CSV)

Zoom Video Communications, Inc. 55 Almaden Blvd, San Jose, CA 95113""")

# S3 Zoom meeting chat log emailed after a zoombombed branch meeting
c.add("safety", subject="Your meeting chat has been saved: Westmoor branch meeting",
      sender=("Zoom", "no-reply@zoom.us"),
      tags=RS + ("webinar", "harassment", "doxxing", "embedded"),
      body="""Hi Jo Featherstone,

The chat from your meeting has been saved to the cloud.

Meeting: Westmoor branch meeting
Date: 5 Nov 2026, 7:30 PM London

Chat transcript (excerpt):
19:31:02 From Shazia Akhtar to Everyone: Evening all, can everyone hear me?
19:31:40 From Dave Cooke to Everyone: yes fine
19:33:15 From Tina (guest) to Everyone: apologies from Rob, he's on nights
19:38:51 From Patriot_Caldmouth to Everyone: enjoy your little traitor meeting
19:39:07 From Patriot_Caldmouth to Everyone: Dave Cooke, 7 Penhallow Street. Shazia Akhtar, Westmoor Drive, the one with the Eid lights. nice of you all to put your real names up
19:39:30 From Patriot_Caldmouth to Everyone: we'll be round to see you all in person soon, no zoom needed
19:39:58 From Jo Featherstone to Everyone: I've removed that participant. Sorry everyone.
19:41:12 From Dave Cooke to Everyone: bloody hell

View cloud recording and chat

You're receiving this because you hosted this meeting.""")

# S4 Google Groups join request, veiled answer
c.add("safety", subject="New membership request for Caldmouth Labour Supporters",
      sender=("Google Groups", "noreply-groups@googlegroups.com"),
      tags=RS + ("list", "veiled", "following"),
      body="""Caldmouth Labour Supporters
caldmouth-supporters@googlegroups.com

A user has requested to join your group.

Email: fishgate.lad.1986@gmail.com
Answer to "Why would you like to join?":
want to know when and where your next meetings are so i can come and sort a few of you out in the car park after. specially the chairman. dont worry ill be polite at the door

Approve or reject this request: https://groups.google.com/g/caldmouth-supporters/pending-members

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043""")

# S5 X direct message notification, explicit, noisy
c.add("safety", subject="New Direct Message from @CaldmouthFirst_",
      sender=("X", "notify@x.com"), headers=c.newsletter_headers(),
      tags=RS + ("social", "explicit", "noisy"),
      body="""@CaldmouthFirst_ sent you a Direct Message

Caldmouth First @CaldmouthFirst_
"LOWTHER IS A TRAITOR AND HE WILL HANG FOR IT. ur whole party is next. we r coming to the port gates on monday and if we see any red rosettes they wont be going home. Y O U  H A V E  B E E N  W A R N E D"

Reply

View on X · Unsubscribe from direct message emails""")

# S6 Teams voicemail transcript, veiled, broad dialect
c.add("safety", subject="Voicemail from +44 7700 900914",
      sender=TEAMS,
      tags=RS + ("voicemail", "veiled", "implicit", "noisy"),
      body="""Microsoft Teams

You received a voicemail from +44 7700 900914
Duration: 00:36

Transcript (preview):
Aye this is for Mick Ollerenshaw. Mick, thas a plumber int tha. Blue Transit, reg ends in DXK. Yer park it on Harbour Row every neet. I'd be checkin them brakes if I were thee lad, before tha goes down the bank road. Wouldn't want nowt to happen. [laughs] Ta-ra.

Play voicemail in Teams

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""")

# S7 phone-system voicemail: Somali member followed home after leafleting
c.add("safety", subject="New voicemail from +44 7700 900566 (1:26)",
      sender=VM,
      tags=RS + ("voicemail", "third-party-report", "following", "non-native"),
      body="""You have a new voicemail.

From: +44 7700 900566
To: Caldmouth Labour (main)
Received: Friday 21:08
Duration: 1:26

Transcription (automatic, may contain errors):
"Salaam, hello, this is Hodan Farah, I am member from Westmoor. Today me and my sister we deliver the leaflets for Shazia on Ravensby, after we finish two men in a white car they follow us. From Ravensby to the mosque and then to my house, slowly, slowly, all the way. When I go inside one man he shout 'we know your house now, next time we come in'. My sister she is crying. I call 101, they give me number. I want Labour know, because maybe they follow other people with leaflets also. Please call me. Thank you."

Listen to the message: https://voice.phone-system.example/vm/4c9d1

This is an automated message from your phone system. Please do not reply.""")

# S8 contact form: long polite letter about the steelworks, conditional threat at the end
c.add("safety", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Raymond Kettlewell", "ray.kettlewell@btinternet.com"),
      tags=RS + ("webform", "embedded", "conditional", "explicit"),
      body=c.webform({
          "Name": "Raymond Kettlewell",
          "Email": "ray.kettlewell@btinternet.com",
          "Ward": "Ravensby",
          "Subject": "Caldmouth Steel",
          "Message": """Dear Sir or Madam,

I'm writing as someone who has worked at Caldmouth Steel for twenty-nine years, as did my father for thirty-six. I have always voted Labour and I canvassed for Mr Lowther in 2024 because he stood at the gates and told us, in front of the cameras, that a Labour government would "never let the furnaces go cold in Caldmouth".

Last week the company announced 1,100 redundancies including the whole of the hot strip mill. The government's response has been a "taskforce" and a retraining fund. I am 57. I do not want to retrain as a wind turbine technician in Hull.

I went to the union meeting on Thursday. There are men there who have lost everything on this. Mortgages, marriages. One lad on my shift has not been home for three days.

I have written politely three times and I am writing politely again. But I will say this once and clearly. If those furnaces are switched off before Christmas, Kieran Lowther should not show his face in this town, because there are men here who will kill him, and I'm not sure I'd stop them, and I'm not sure I wouldn't be one of them.

Yours faithfully,
R. Kettlewell""",
      }))

# S9 website host support ticket quoting spam form submissions, one a threat
c.add("safety", subject="Re: [Support #77812] Lots of junk coming through the contact form",
      sender=("HostHarbour Support", "support@hostharbour.example"),
      headers=c.autoreply_headers("rfc3834"),
      tags=RS + ("ticket", "embedded", "explicit", "quoted"),
      body="""Hi Jo,

Thanks for your patience. I've had a look at the submissions that came through your contact form between 2am and 4am on Sunday. Most of it is the usual bot spam (crypto, SEO offers, the "Ray-Ban" ones) and I've switched on a CAPTCHA which should stop that.

However I wanted to flag one of them to you directly as it doesn't look like a bot, and I think you should see it. It came from an IP in the UK and it's been sent through the form four times:

  Name: caldmouthpatriot
  Message: "jo featherstone you labour slag. we know its you that signed off the marine hotel. you live on sandgate terrace. we'll burn you out of it. you and your little dog."

We can provide the IP address and timestamps to the police if you request it in writing. I'd strongly suggest you do report it.

Kind regards,
Dan
HostHarbour Support

--
Ticket #77812 · Reply above this line to update the ticket""")

# S10 council member-enquiry system: resident's enquiry to the secretary-as-councillor
c.add("safety", subject="New enquiry assigned to you: ME-2026-04417",
      sender=("Caldmouth Council Member Enquiries", "memberenquiries@caldmouth.gov.example"),
      to="cllr.jo.featherstone@caldmouth.gov.example",
      tags=RS + ("ticket", "implicit", "veiled"),
      body="""MEMBER ENQUIRY SYSTEM

A new enquiry has been assigned to you.

Reference: ME-2026-04417
Ward: Cobble Bank
Category: Planning / Other
Received via: Online form
Target response: 10 working days

Enquiry text:
Councillor Featherstone, you won't answer my emails about the bail hostel on Tanner's Yard so I'll use your system instead. I know you live on Sandgate Terrace, I've seen you putting your bins out in your dressing gown. I know your husband works earlies at the port. I know you're home on your own till about three. Thought you should know that I know. Now answer me.

Submitted by: (name withheld by submitter)

Open enquiry in the Member Portal

This is an automated message from Caldmouth Council. Please do not reply to this email.""")

# S11 petition comment digest: wish-harm among furious but harmless comments
c.add("safety", subject="Latest comments on \"Keep Caldmouth A&E Open 24/7\"",
      sender=("Petitions", "noreply@petitions.example"), headers=c.newsletter_headers(),
      tags=RS + ("petition", "embedded", "wish-harm"),
      body="""Keep Caldmouth A&E Open 24/7
14,233 signatures

Latest comments

"45 minutes to Middleport in an ambulance, if one comes. This will cost lives." - Gillian, Southend Park

"Signed for my mam who had a stroke and was seen within the hour at Caldmouth General. She wouldn't be here now." - Anonymous

"I hope Kieran Lowther has a heart attack one night and lies on his kitchen floor waiting for an ambulance that never comes. Then he'll know. I'd sleep like a baby." - Anonymous

"Lowther promised to save it. Liar." - Craig, Fishgate

"The trust board meets on the 9th. Everyone go!" - Dawn, Lantern Hill

Read all comments · Share this petition

You're receiving this because you signed or follow this petition.""")

# S12 Facebook Marketplace message about the CLP's gazebo, veiled
c.add("safety", subject="New message about your listing: Gazebo 3x3m, used, Caldmouth Labour",
      sender=FB, headers=c.newsletter_headers("Facebook"),
      tags=RS + ("social", "veiled", "implicit"),
      body="""Marketplace

Gav Denholm sent you a message about "Gazebo 3x3m, used, Caldmouth Labour"

"is this still available. ill come collect it from the office. will the secretary be there on her own to hand it over? ive got more than cash for her. something from all of us at the port. tell her to make sure she's in"

Reply to Gav

Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, Ireland""")

# S13 local app digest: veiled about the MP's mother in a care home
c.add("safety", subject="Caldmouth Chat: top posts today",
      sender=("Caldmouth Chat", "digest@caldmouthchat.example"), headers=c.newsletter_headers(),
      tags=RS + ("social", "list", "embedded", "implicit", "veiled"),
      body="""Caldmouth Chat · Daily digest

🔥 Most active

"Road closed on Harbour Row again??" · 41 comments
Water main apparently. Third time this year.

"Best chippy in Caldmouth, go" · 112 comments
Obviously the Golden Haddock. Fight me.

"Lowther and the Marine Hotel" · 88 comments
Top comment from Steve_R: Did you know his mam's in Seaview care home on the front? Room at the front, ground floor, you can see her in the window most afternoons. Maybe someone should pay her a visit and tell her what her precious boy has done to this town. See how he likes it when it's his family.

"Lost dog - Lantern Hill" · 9 comments
Black lab, red collar, answers to Bess.

You're receiving this daily digest because you joined Caldmouth Chat. Unsubscribe.""")

# S14 Instagram story reply, stalking
c.add("safety", subject="harbourwatcher_ replied to your story",
      sender=("Instagram", "no-reply@mail.instagram.com"), fmt="alt",
      tags=RS + ("social", "stalking", "implicit"),
      body="""harbourwatcher_ replied to your story

Your story: "Late one at the office tonight doing the GC papers 📄☕"

harbourwatcher_: "i know. i can see your light on from here. 2nd floor, window on the left. you'll be walking to your car in a bit. take care on the steps jo x"

Reply

Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025""")

# S15 business-directory review, veiled sabotage
c.add("safety", subject="You have a new review on Caldmouth Labour Party",
      sender=("LocalFinder Reviews", "reviews@localfinder.example"),
      tags=RS + ("review", "veiled", "explicit"),
      body="""LocalFinder

Caldmouth Labour Party, 22 Quay Street, Caldmouth
A new review has been posted. You can respond publicly from your business dashboard.

★☆☆☆☆ "Know your enemies"
by Anonymous, Fishgate

The bloke who runs this place, Mick, parks his blue Transit round the back every night. Tyres are easy enough to slash. Brakes are even easier, if you know what you're doing, and some of us do. Zero stars if I could.

Respond to this review · Report this review

LocalFinder Ltd. You are receiving this because you claimed this listing.""")

# S16 SurveyMonkey single response, ALL CAPS explicit in free text
c.add("safety", subject="New response: Caldmouth Labour - Have Your Say",
      sender=("SurveyMonkey", "member@surveymonkeyuser.com"),
      tags=RS + ("webform", "explicit", "noisy"),
      body="""SurveyMonkey

You have a new response to "Caldmouth Labour - Have Your Say"

Respondent #318
Completed: Tuesday 03:41
Time spent: 00:01:52

Q1 How would you rate your local Labour councillors?
Very poor

Q2 What one thing would make Caldmouth better?
Get rid of the hotel

Q3 Any other comments?
YOU LOT PUT 200 MEN IN THE MARINE HOTEL NEXT TO MY KIDS SCHOOL. WHEN SOMETHING HAPPENS TO ONE OF MY KIDS I WILL COME FOR EVERY ONE OF YOU. LOWTHER. FEATHERSTONE. AKHTAR. I WILL FIND YOU AND I WILL END YOU. THATS NOT A THREAT THATS A FACT

View response · Analyze results""")

# S17 Young Labour Google Group post, teen reports harassment, txt-speak
c.add("safety", subject="[caldmouth-young-labour] ok so this is kind of scary",
      sender=("Kayleigh Storr", "kayleigh.storr07@icloud.com"),
      headers=c.list_headers("caldmouth-young-labour", domain="googlegroups.com", precedence=False),
      tags=RS + ("list", "third-party-report", "harassment", "noisy", "following"),
      body="""hiya so idk if this is the right place but jo said to post here

after i put the canvassing selfies from lantern hill on my insta loads of older guys started messaging me. mostly just calling me names which whatever. but one of them keeps sending pics of MY HOUSE like from across the road?? and my school. last one said "see you at the bus stop tomorrow kayleigh, 8.10 like always". i never posted my address or my bus or anything

my mum has rung the police but i dont feel safe getting the bus. is anyone else getting this?? pls dont post pics of me anywhere for now

k x

--
You received this message because you are subscribed to the Google Groups "caldmouth-young-labour" group.
To unsubscribe from this group and stop receiving emails from it, send an email to caldmouth-young-labour+unsubscribe@googlegroups.com.""")

# S18 Discord mention notification, explicit
c.add("safety", subject="You were mentioned in Caldmouth Politics",
      sender=("Discord", "notifications@discord.com"), fmt="html",
      tags=RS + ("social", "explicit", "html-only", "pile-on"),
      body="""You were mentioned in #local-news on Caldmouth Politics

reaper_of_fishgate
@JoFeatherstone @MickO you two are first when it kicks off. we've got your addresses pinned in #targets. nobody from labour walks through fishgate on polling day without getting their head kicked in

thornyboy
🔥🔥 pinned

View the conversation in Discord

Sent by Discord · 444 De Haro Street, Suite 200, San Francisco, CA 94107""")

# S19 Teams voicemail: someone outside the office watching
c.add("safety", subject="Voicemail from Unknown caller",
      sender=TEAMS,
      tags=RS + ("voicemail", "following", "stalking", "implicit"),
      body="""Microsoft Teams

You received a voicemail from Unknown caller
Duration: 00:22

Transcript (preview):
Hello Jo. I'm outside. Across the road, by the bus shelter. Can you see me? Go on, look out the window. [pause] There you are. I'll wait. I've got all night.

Play voicemail in Teams

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""")

# S20 Google Docs comment on a leaked polling-day rota, doxxing
c.add("safety", subject="Polling day volunteer rota - 1 new comment",
      sender=("Google Docs", "comments-noreply@docs.google.com"), fmt="alt",
      tags=RS + ("comment-moderation", "doxxing", "implicit"),
      body="""Anonymous Wombat added a comment to Polling day volunteer rota

Sheet: Rota, cell E14
"Thanks for making this public, very handy. Names, mobiles, home addresses and which polling station everyone's at and when. We'll know exactly where to find each of you on the 7th. See you all there 👍"

Reply · Open

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because you are the owner of this file.""")

# S21 Mailchimp new subscriber notification with a veiled form answer
c.add("safety", subject="New subscriber to Caldmouth Labour News",
      sender=("Mailchimp", "noreply@mailchimp.com"),
      tags=RS + ("webform", "veiled", "following"),
      body="""Hi Caldmouth Labour,

You have a new subscriber to your audience Caldmouth Labour News.

Email: keepyoureyesopen@proton.me
First name: Watching
Last name: You
How did you hear about us?: watched your secretary go in and out of that office on quay street all week. figured I'd sign up so I know what's planned before we pay you all a visit

View subscriber profile

Intuit Mailchimp · 405 N Angier Ave NE · Atlanta, GA 30308 USA""")

# S22 Facebook mention in a local group, pile-on with photos of councillors
c.add("safety", subject="Caldmouth Uncensored mentioned Caldmouth Labour",
      sender=FB, headers=c.newsletter_headers("Facebook"), fmt="alt",
      tags=RS + ("social", "pile-on", "implicit", "doxxing"),
      body="""Caldmouth Uncensored mentioned Caldmouth Labour in a post.

"Here they are lads, the faces of the people who voted to keep the Marine Hotel open. @Caldmouth Labour Cllr Akhtar, Cllr Rowntree, Cllr Heseltine, Cllr Featherstone. Have a good look. Learn them. If you see any of them in town, you know what to do. Share this till every one of them is recognised in every shop in Caldmouth."

4 photos · 611 reactions · 203 comments · 356 shares

View post

Meta Platforms Ireland Ltd.""")

# S23 Action Network letter tool, personal addition contains following threat
c.add("safety", subject="New letter sent: \"Save Caldmouth Steel - write to Kieran\" (1 new)",
      sender=("Action Network", "notifications@actionnetwork.org"), headers=c.newsletter_headers("Action Network"),
      tags=RS + ("webform", "embedded", "following", "veiled"),
      body="""A new letter was sent through your action "Save Caldmouth Steel - write to Kieran".

Sender: Barry Hirst, Ravensby
Target: Kieran Lowther MP

Letter:
Dear Kieran Lowther,

As your constituent, I am asking you to demand that the government takes a public stake in Caldmouth Steel and keeps the blast furnace running until a green transition plan is agreed with the unions. 1,100 jobs and the future of our town depend on it.

Personal addition from sender:
You come home on the Friday teatime train from London, the 17:42 into Caldmouth, every week. Some of the lads from the hot mill will be waiting on the platform for you this Friday. No cameras this time Kieran.

Yours sincerely,
Barry Hirst

View all letters

Action Network · You're receiving this because you're an administrator of this action.""")

# S24 voicemail: caller reads out the secretary's address and hangs up
c.add("safety", subject="New voicemail from +44 1632 960044 (0:15)",
      sender=VM,
      tags=RS + ("voicemail", "doxxing", "implicit"),
      body="""You have a new voicemail.

From: +44 1632 960044
To: Caldmouth Labour (main)
Received: Sunday 01:12
Duration: 0:15

Transcription (automatic, may contain errors):
"Jo Featherstone. Fourteen. Sandgate Terrace. Caldmouth. [pause] Fourteen. Sandgate Terrace. [pause] Just so you know we know. [call ends]"

Listen to the message: https://voice.phone-system.example/vm/0b7e2

This is an automated message from your phone system. Please do not reply.""")

# S25 contact form, Portuguese speaker reports threat at fish-processing plant
c.add("safety", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Ana Ribeiro", "ana.ribeiro.cld@gmail.com"),
      tags=RS + ("webform", "third-party-report", "non-native", "explicit"),
      body=c.webform({
          "Name": "Ana Ribeiro",
          "Email": "ana.ribeiro.cld@gmail.com",
          "Subject": "threat to me in my work",
          "Message": """Good afternoon, I am Ana, I am member of Labour since last year, I work in the fish factory in the port. Last week I bring leaflets for the union meeting and also the Labour leaflet for the council election. One man from the other shift, he see the leaflet in my bag and he say to me in front of everyone "Labour lovers like you, they will find you in the harbour one morning, floating". Next day he put the leaflet on my locker with knife mark through my face on the photo of the team.

I tell the supervisor, he say is only a joke. For me is not a joke. I want to know what I can do and if the party can help me. Obrigada.""",
      }))

# S26 Google Groups tenants digest, implicit threat to a councillor's children
c.add("safety", subject="Digest for caldmouth-tenants@googlegroups.com - 4 updates in 3 topics",
      sender=("caldmouth-tenants@googlegroups.com", "caldmouth-tenants+noreply@googlegroups.com"),
      headers=c.list_headers("caldmouth-tenants", domain="googlegroups.com"),
      tags=RS + ("list", "embedded", "implicit"),
      body="""caldmouth-tenants@googlegroups.com
Google Groups

Topics digest
- Damp and mould - the Fishgate flats [2 updates]
- Rent rise letters [1 update]
- Cllr Rowntree [1 update]

Damp and mould - the Fishgate flats
Lorraine Begg: Nov 10 08:02PM
Housing association finally sent someone round. He sprayed the wall and left. It'll be back in a fortnight.

Damp and mould - the Fishgate flats
Sunil Varma: Nov 10 09:17PM
Same in block C. We need to get everyone's photos together for the ombudsman.

Rent rise letters
Pat Kearns: Nov 11 07:44AM
Has everyone had the 7.7% letter? Is that even allowed mid-tenancy?

Cllr Rowntree
Wes Dobson: Nov 11 11:58PM
Rowntree's kids go to Fishgate Juniors, same as mine. Two boys, ginger, they walk home by the cut on their own. He doesn't seem bothered about OUR kids breathing in mould so I don't see why anyone should be bothered about his. Just saying. Accidents happen by that cut.

--
You received this digest because you're subscribed to updates for this group.""")

# S27 HTML-only Mastodon mention, veiled
c.add("safety", subject="You were mentioned by @tidewatcher@mastodon.example",
      sender=("Mastodon", "notifications@mastodon.example"), fmt="html",
      tags=RS + ("social", "veiled", "html-only", "conditional"),
      body="""@tidewatcher@mastodon.example mentioned you:

"@caldmouthlabour you've got until the council vote on the 24th to change your minds about the hotel. After that we stop asking nicely. We know where your officers live and which of them have kids. Your choice."

View post

You are receiving this email because you have notifications for mentions enabled.""")

# S28 Teams missed-chat email: staffer reports call about device under MP's car
c.add("safety", subject="You have 3 missed messages from Office of Kieran Lowther MP",
      sender=TEAMS,
      tags=RS + ("chat", "third-party-report", "suspicious-item", "embedded"),
      body="""Microsoft Teams

You have 3 new messages in Caldmouth CLP / MP office liaison

Nadine Holt  14:02
Jo, just so you know, someone rang reception 10 minutes ago, male, local accent, and said "tell Lowther to check under his car before he drives home tonight, there's a little surprise for him". Then hung up.

Nadine Holt  14:03
We've called the police and parliamentary security. Kieran's car is in the Quay Street car park, they're sending someone to check it. Nobody to go near it.

Nadine Holt  14:05
Can you let Mick know? His van's parked next to it. And maybe cancel the 5pm leaflet pickup from here.

Reply in Teams

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""")

# S29 Facebook live-video comment notification during a public meeting, following
c.add("safety", subject="New comments on your live video",
      sender=FB, headers=c.newsletter_headers("Facebook"),
      tags=RS + ("social", "following", "veiled", "pile-on"),
      body="""People are commenting on your live video

Caldmouth Labour was live: "Public meeting - the future of the port, Ravensby Community Centre"

Ian Tate: sound's a bit quiet
Carol Ann Dobbs: good to see a full hall 👏
Ravensby Rebel: we're outside now. car park by the side door. can see you all through the window. come out one at a time when you're done, we're not going anywhere
Ravensby Rebel: specially you in the red scarf
Steph Hanley: is this being recorded for later?

View all comments

Meta Platforms Ireland Ltd.""")

# S30 e-card service notification, veiled wish-harm
c.add("safety", subject="You've received an eCard from \"A friend in Caldmouth\"",
      sender=("CardPost", "ecards@cardpost.example"), fmt="alt",
      tags=RS + ("ecard", "wish-harm", "veiled"),
      body="""You've received an eCard!

From: A friend in Caldmouth
Card: "With Deepest Sympathy" (white lilies)

Message:
Sending this one early, to save time. For Kieran's family. And yours Jo. It won't be long now, the way things are going in this town. We'll all be at the funeral. Front row.

Open your eCard: https://cardpost.example/view/8c1f0a

CardPost eCards. You received this because someone entered your email address. Report abuse.""")

# =====================================================================================
# NON-SAFETY IN THE SAME SHAPES (30)
# =====================================================================================

# N1 parenting forum thread: angry, metaphor about the two-child cap
c.add("bulk", subject="Someone has posted on a thread you're watching",
      sender=("Mumsnet-style Talk", "talk-noreply@parentsforum.example"), headers=c.newsletter_headers(),
      tags=RS + ("hard-negative", "social", "metaphor", "angry"),
      body="""Hi CaldmouthLabourJo,

There's a new post on a thread you're watching:

Local politics > "Caldmouth Labour and the two-child cap"

Posted by ThreeUnderFive at 20:47:

I'm a Labour voter (was?) with three kids and this policy is strangling families like mine. It's a knife in the back from the party that was supposed to end child poverty. I'll be at Jo Featherstone's surgery to tell her that to her face and I'll bring all three kids. Let's see her explain it to them.

Reply to this post · Stop watching this thread""")

# N2 Zoom webinar Q&A report: heated but harmless questions
c.add("bulk", subject="Q&A report: \"Caldmouth Steel - what next? Online briefing\"",
      sender=("Zoom", "no-reply@zoom.us"), fmt="alt",
      tags=RS + ("hard-negative", "webinar", "metaphor", "angry"),
      body="""Hi Jo Featherstone,

Your webinar has ended. Here is the Q&A report.

Topic: Caldmouth Steel - what next? Online briefing
Attendees: 211

Questions

1. Anonymous Attendee: The government has blood on its hands over this. What is Kieran actually going to do?
   Answer (live): Answered live

2. Gary Thwaite: Will the taskforce include union reps from the hot mill, not just management?
   Answer (text): Yes, Community and Unite have two places each.

3. Anonymous Attendee: This is the death of Caldmouth. Full stop. My grandad, my dad, me, all steel. Who'll fight for us?
   Answer (live): Answered live

4. Lynne Carr: Will the recording be available?
   Answer (text): Yes, on the CLP Facebook page by Friday.

Download full report (CSV)

Zoom Video Communications, Inc.""")

# N3 Zoom cloud recording available
c.add("bulk", subject="Cloud Recording - Lantern Hill branch meeting is now available",
      sender=("Zoom", "no-reply@zoom.us"),
      tags=RS + ("confuser", "webinar", "robot-no-list-headers"),
      body="""Hi Jo Featherstone,

Your cloud recording is now available.

Topic: Lantern Hill branch meeting
Date: Nov 19, 2026 07:30 PM London

Share recording with viewers:
https://zoom.us/rec/share/xv3Qp8aLk0

Passcode: 9#kT2m!q

Recordings will be deleted after 30 days.

Zoom Video Communications, Inc.""")

# N4 Google Groups join request, ordinary
c.add("bulk", subject="New membership request for Caldmouth Labour Supporters",
      sender=("Google Groups", "noreply-groups@googlegroups.com"),
      tags=RS + ("confuser", "list", "robot-no-list-headers"),
      body="""Caldmouth Labour Supporters
caldmouth-supporters@googlegroups.com

A user has requested to join your group.

Email: bernie.oakes@yahoo.co.uk
Answer to "Why would you like to join?":
Retired teacher, just moved back to Caldmouth (Lantern Hill). Would like to hear about events and maybe help with leafleting.

Approve or reject this request: https://groups.google.com/g/caldmouth-supporters/pending-members""")

# N5 X notification: journalist's post on MPs' security
c.add("bulk", subject="@hannah_wyke_news posted: MP surgeries and security",
      sender=("X", "notify@x.com"), headers=c.newsletter_headers(),
      tags=RS + ("hard-negative", "social", "news-about-threats"),
      body="""Hannah Wyke @hannah_wyke_news
Reporter, Caldmouth Evening Post

NEW: Caldmouth MP Kieran Lowther says he'll keep holding open-door surgeries despite the national rise in threats against MPs. "If we stop meeting people we've lost something," he told the Post. Police confirm extra patrols near constituency offices across the county after recent incidents. Full story ⬇️

Reply  Repost  Like

You're receiving this because you turned on notifications for @hannah_wyke_news.""")

# N6 Teams voicemail: access question for the GC (query)
c.add("query", also=["bulk"], subject="Voicemail from +44 7700 900382",
      sender=TEAMS,
      tags=RS + ("confuser", "voicemail", "person-via-robot"),
      body="""Microsoft Teams

You received a voicemail from +44 7700 900382
Duration: 00:49

Transcript (preview):
Hi Jo, it's Marie Spence from Southend Park branch. I'm a new delegate to the GC and I use a wheelchair, I just wanted to check the room at the Ravensby centre on the 2nd is step free and whether there's an accessible loo, because last time at the Trades Club there wasn't. And can I bring my carer in with me, she's not a member. Thanks love, ring me back when you can.

Play voicemail in Teams""")

# N7 phone-system voicemail: housing query in Somali-English
c.add("query", also=["bulk"], subject="New voicemail from +44 7700 900741 (0:58)",
      sender=VM,
      tags=RS + ("confuser", "voicemail", "non-native", "person-via-robot"),
      body="""You have a new voicemail.

From: +44 7700 900741
To: Caldmouth Labour (main)
Received: Wednesday 10:15
Duration: 0:58

Transcription (automatic, may contain errors):
"Hello, my name is Abdirahman Yusuf I live in Fishgate flats block C. The water come in the ceiling from the flat upstairs for three weeks, my daughter she has asthma. The housing they say they come but they don't come. Somebody tell me the councillor can help, which councillor is for Fishgate, and how I can speak to him? Please call me back. Thank you, thank you."

Listen to the message: https://voice.phone-system.example/vm/9aa13

This is an automated message from your phone system. Please do not reply.""")

# N8 contact form: long angry steelworks letter, no threat (complaint)
c.add("complaint", also=["query"], subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Susan Thackray", "susan.thackray@outlook.com"),
      tags=RS + ("hard-negative", "webform", "angry", "metaphor"),
      body=c.webform({
          "Name": "Susan Thackray",
          "Email": "susan.thackray@outlook.com",
          "Ward": "Ravensby",
          "Subject": "What is Kieran actually doing about the steelworks",
          "Message": """My husband has 31 years at Caldmouth Steel and got his letter on Monday. My son-in-law got his on Tuesday. That's both wages in our family gone by March.

Everybody in Ravensby is asking me because they know I've been in the party since the miners' strike. And I have nothing to tell them, because nobody tells me anything. Kieran stood at the gates in 2024 and promised. Now it's a "taskforce". They've gutted this town and they're calling it a transition.

I don't want a leaflet. I want to know: is the government going to take a stake in the works or not? Yes or no. And if not, why did he say it would?

I'll be at the GC on the 2nd and I'll be asking it there as well. Every month till I get an answer.

Susan Thackray""",
      }))

# N9 host support ticket: ordinary spam clean-up
c.add("bulk", subject="[Support #77790] Your ticket has been resolved",
      sender=("HostHarbour Support", "support@hostharbour.example"),
      headers=c.autoreply_headers("rfc3834"),
      tags=RS + ("confuser", "ticket", "robot-no-list-headers"),
      body="""Hi Jo,

Good news, your SSL certificate for caldmouthlabour.org.uk has been renewed and the "Not secure" warning should have gone. I've also killed off the old staging site that was still live at test.caldmouthlabour.org.uk, as it had an outdated plugin.

If anything else looks wrong, just reply to this email and the ticket will reopen.

Kind regards,
Priya
HostHarbour Support

--
Ticket #77790 · Status: Resolved""")

# N10 council member-enquiry system: ordinary pothole enquiry
c.add("query", also=["bulk"], subject="New enquiry assigned to you: ME-2026-04452",
      sender=("Caldmouth Council Member Enquiries", "memberenquiries@caldmouth.gov.example"),
      to="cllr.jo.featherstone@caldmouth.gov.example",
      tags=RS + ("confuser", "ticket", "person-via-robot"),
      body="""MEMBER ENQUIRY SYSTEM

A new enquiry has been assigned to you.

Reference: ME-2026-04452
Ward: Cobble Bank
Category: Highways
Received via: Online form
Target response: 10 working days

Enquiry text:
Dear Cllr Featherstone, there's a pothole the size of a paddling pool at the bottom of Cobble Bank by the bus stop. Two cyclists have come off this month. I've reported it on the council website twice (refs HW-88120 and HW-88341) and both were closed as "inspected - no action". Can you find out why and get it filled before someone breaks their neck? Thank you. Ken Audsley, 3 Rope Walk

Open enquiry in the Member Portal

This is an automated message from Caldmouth Council. Please do not reply to this email.""")

# N11 petition comments: furious, not threatening
c.add("bulk", subject="Latest comments on \"No to the Caldmouth General downgrade\"",
      sender=("Petitions", "noreply@petitions.example"), headers=c.newsletter_headers(),
      tags=RS + ("hard-negative", "petition", "angry", "metaphor"),
      body="""No to the Caldmouth General downgrade
9,812 signatures

Latest comments

"Lowther should be ashamed. Shame on the lot of them." - Anonymous

"Every Labour MP who stays quiet is complicit. They'll get what's coming at the ballot box." - Denise, Westmoor

"My dad's life was saved in that A&E. This is a death sentence for coastal towns." - Michael, Ravensby

"I'll be at the trust board on the 9th and I'll be asking my question whether they let me or not." - Linda, Southend Park

"Absolute joke of a government." - Anonymous

Read all comments""")

# N12 Facebook Marketplace: ordinary buyer message (other)
c.add("other", subject="New message about your listing: Gazebo 3x3m, used, Caldmouth Labour",
      sender=FB,
      tags=RS + ("confuser", "social", "person-via-robot"),
      body="""Marketplace

Janice Rudd sent you a message about "Gazebo 3x3m, used, Caldmouth Labour"

"Hiya is this still available? It's for the Lantern Hill scouts summer fair. Could you do £25? I can collect from Quay Street Saturday morning, I'll bring my husband to carry it. Thanks Janice"

Reply to Janice

Meta Platforms Ireland Ltd.""")

# N13 local app digest: bonfire night, benign violent words
c.add("bulk", subject="Caldmouth Chat: top posts today",
      sender=("Caldmouth Chat", "digest@caldmouthchat.example"), headers=c.newsletter_headers(),
      tags=RS + ("hard-negative", "social", "list", "benign-violent-word"),
      body="""Caldmouth Chat · Daily digest

🔥 Most active

"Fireworks on Ravensby till 2am" · 63 comments
Sounded like a war zone. My poor dog was shaking all night.

"Bonfire at Lantern Hill park Saturday" · 27 comments
Organised one, with marshals. Gates 6pm, fireworks 7.30. Bring a torch.

"Labour leaflets" · 14 comments
Top comment from Dot_W: Three Labour leaflets through my door this week, they must cost a bomb. Straight on the bonfire pile 😂 (only joking, Jo, I did read one)

"Harbour Row reopened" · 5 comments
Water main fixed. Hallelujah.

You're receiving this daily digest because you joined Caldmouth Chat. Unsubscribe.""")

# N14 Instagram story replies, benign
c.add("bulk", subject="You have 4 new replies to your story",
      sender=("Instagram", "no-reply@mail.instagram.com"),
      tags=RS + ("hard-negative", "social", "benign-violent-word", "robot-no-list-headers"),
      body="""New replies to your story "Lantern Hill canvass done ✅ 212 doors!!"

kayleigh.s: we absolutely killed it today 🔥
mick_o_plumbing: legs are shot, worth it
dawn.heseltine: thank you all, you're stars
shazia.akhtar.cllr: 🔥🔥🔥 next stop Westmoor

Reply

Meta Platforms, Inc.""")

# N15 business-directory review: angry, harmless
c.add("bulk", subject="You have a new review on Caldmouth Labour Party",
      sender=("LocalFinder Reviews", "reviews@localfinder.example"),
      tags=RS + ("hard-negative", "review", "angry"),
      body="""LocalFinder

Caldmouth Labour Party, 22 Quay Street, Caldmouth
A new review has been posted.

★☆☆☆☆ "Never open"
by Graham P., Cobble Bank

Tried three times to come in about my council tax reduction being stopped. Sign on the door says open Tues and Thurs 10-2, it was shut every time. Phone goes to voicemail. If you can't run an office how are you meant to run a country. I'll be voting for somebody else and telling my mates to do the same.

Respond to this review""")

# N16 SurveyMonkey response: data-protection in free text
c.add("data-protection", also=["bulk"], subject="New response: Caldmouth Labour - Have Your Say",
      sender=("SurveyMonkey", "member@surveymonkeyuser.com"),
      tags=RS + ("confuser", "webform", "dp-no-legal-words"),
      body="""SurveyMonkey

You have a new response to "Caldmouth Labour - Have Your Say"

Respondent #322
Completed: Thursday 18:03

Q1 How would you rate your local Labour councillors?
Neither good nor poor

Q2 What one thing would make Caldmouth better?
Sort the buses

Q3 Any other comments?
I only filled this in because the girl on the doorstep asked me to. Please don't keep my name or my phone number after this and don't pass it on, I don't want calls or texts from anyone. Can you confirm you've deleted it. Vera Lumb, Southend Park

View response""")

# N17 Young Labour list post: benign campaign words
c.add("bulk", subject="[caldmouth-young-labour] SATURDAY!!! 💥",
      sender=("Kayleigh Storr", "kayleigh.storr07@icloud.com"),
      headers=c.list_headers("caldmouth-young-labour", domain="googlegroups.com", precedence=False),
      tags=RS + ("hard-negative", "list", "benign-violent-word"),
      body="""ok team we absolutely smashed lantern hill last week so this saturday we're hitting westmoor, its a target ward so we need everyone

meet 11am outside greggs on the precinct, jo is bringing the boards and shazia is buying the sausage rolls (she said so its in writing now 😂)

bring a brolly its gonna be a washout

k x

--
You received this message because you are subscribed to the Google Groups "caldmouth-young-labour" group.""")

# N18 Discord mention: heated debate, metaphors about Reform
c.add("bulk", subject="You were mentioned in Caldmouth Politics",
      sender=("Discord", "notifications@discord.com"),
      tags=RS + ("hard-negative", "social", "metaphor"),
      body="""You were mentioned in #elections on Caldmouth Politics

port_and_starboard
@JoFeatherstone honest question, do you reckon Labour can hold Fishgate in May? Reform are going to crush you there, they took the county seat by 900

northern_rose
@port_and_starboard we'll see. we've got the ground game and they've got a Facebook page. we'll fight for every street, and we'll batter them on the hospital

View the conversation in Discord""")

# N19 Teams voicemail: press deadline today (urgent)
c.add("urgent", also=["bulk"], subject="Voicemail from +44 20 7946 0321",
      sender=TEAMS,
      tags=RS + ("confuser", "voicemail", "person-via-robot"),
      body="""Microsoft Teams

You received a voicemail from +44 20 7946 0321
Duration: 01:04

Transcript (preview):
Hi Jo, it's Aaron from the regional press team. The Post are running the steelworks story tomorrow and they want a line from the CLP chair or secretary by three o'clock today, on whether the local party backs the nationalisation motion going to conference. We need to agree wording with you before then, so can you call me back as soon as you get this? My mobile's on the email I sent this morning. Cheers.

Play voicemail in Teams""")

# N20 Google Docs comment on draft minutes (procedural)
c.add("procedural", also=["bulk"], subject="Draft minutes - GC 4 November - 2 new comments",
      sender=("Google Docs", "comments-noreply@docs.google.com"),
      tags=RS + ("confuser", "comment-moderation", "person-via-robot"),
      body="""Paddy Rowntree added 2 comments to Draft minutes - GC 4 November

On "Item 4: motion on the steelworks, moved by Dawn Heseltine"
"Jo - I moved this, Dawn seconded. Please correct before circulation."

On "Item 7: AOB - apologies noted from Cllr Rowntree"
"I was there, arrived late (7.50). Please take me off the apologies list and add me to attendance."

Reply · Open

You have received this email because you are the owner of this file.""")

# N21 Mailchimp new subscriber: ordinary
c.add("bulk", subject="New subscriber to Caldmouth Labour News",
      sender=("Mailchimp", "noreply@mailchimp.com"),
      tags=RS + ("confuser", "webform", "robot-no-list-headers"),
      body="""Hi Caldmouth Labour,

You have a new subscriber to your audience Caldmouth Labour News.

Email: r.okafor.caldmouth@gmail.com
First name: Rita
Last name: Okafor
How did you hear about us?: Met you at the A&E stall on the precinct

View subscriber profile

Intuit Mailchimp · 405 N Angier Ave NE · Atlanta, GA 30308 USA""")

# N22 Facebook mention: furious, metaphor, no threat
c.add("bulk", subject="Caldmouth Uncensored mentioned Caldmouth Labour",
      sender=FB, headers=c.newsletter_headers("Facebook"),
      tags=RS + ("hard-negative", "social", "metaphor", "angry"),
      body="""Caldmouth Uncensored mentioned Caldmouth Labour in a post.

"@Caldmouth Labour sold out the port, sold out the steelworks, sold out the hospital. What's left? Political suicide in a town like this. Come May they'll be wiped off the council and good riddance. Watch this space."

148 reactions · 61 comments

View post""")

# N23 Action Network letters: angry personal additions, harmless
c.add("bulk", subject="New letters sent: \"Save Caldmouth Steel - write to Kieran\" (3 new)",
      sender=("Action Network", "notifications@actionnetwork.org"), headers=c.newsletter_headers("Action Network"),
      tags=RS + ("hard-negative", "webform", "angry"),
      body="""3 new letters were sent through your action "Save Caldmouth Steel - write to Kieran".

Sender: Joan Maltby, Fishgate
Personal addition: My husband gave 40 years to that works. Don't you dare let it close.

Sender: Dev Mistry, Westmoor
Personal addition: (none)

Sender: Carl Wray, Ravensby
Personal addition: I will be telling every voter in Ravensby how you voted on this Kieran. You'll be hearing from my union branch as well. We will not forget.

View all letters

Action Network · You're receiving this because you're an administrator of this action.""")

# N24 voicemail: apologies and delegate nomination (procedural)
c.add("procedural", also=["bulk"], subject="New voicemail from +44 7700 900275 (0:41)",
      sender=VM,
      tags=RS + ("confuser", "voicemail", "person-via-robot"),
      body="""You have a new voicemail.

From: +44 7700 900275
To: Caldmouth Labour (main)
Received: Monday 18:20
Duration: 0:41

Transcription (automatic, may contain errors):
"Jo it's Dawn Heseltine. Two things. Apologies for the EC on Thursday, I've got a council scrutiny meeting. And Lantern Hill branch met last night and nominated Bernie Oakes as our second GC delegate, replacing Tony who's moved away. I'll send the paperwork but wanted you to have it in time for the GC notice. Ta."

Listen to the message: https://voice.phone-system.example/vm/33d0c

This is an automated message from your phone system. Please do not reply.""")

# N25 contact form, Portuguese speaker: data-protection (no legal words)
c.add("data-protection", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Joao Mendes", "joao.mendes85@hotmail.com"),
      tags=RS + ("confuser", "webform", "dp-no-legal-words", "non-native"),
      body=c.webform({
          "Name": "João Mendes",
          "Email": "joao.mendes85@hotmail.com",
          "Subject": "letters with my name",
          "Message": "Good morning. I move from Fishgate 2 years ago but your party still send letters with my name to the old flat, the new person who live there give them to me. Please stop to send there. Also I want to know what information about me you have in your computer and from where you have it, I am not member. Thank you, João",
      }))

# N26 tenants' Google Groups digest: angry, literal health harm, meeting
c.add("bulk", subject="Digest for caldmouth-tenants@googlegroups.com - 3 updates in 2 topics",
      sender=("caldmouth-tenants@googlegroups.com", "caldmouth-tenants+noreply@googlegroups.com"),
      headers=c.list_headers("caldmouth-tenants", domain="googlegroups.com"),
      tags=RS + ("hard-negative", "list", "angry", "benign-violent-word"),
      body="""caldmouth-tenants@googlegroups.com
Google Groups

Topics digest
- Meeting with the housing association - 25th [2 updates]
- Rent rise letters [1 update]

Meeting with the housing association - 25th
Lorraine Begg: Nov 18 07:12PM
The damp is literally killing my kids' lungs, the GP has written a letter saying so. I'll be at the meeting on the 25th to have my say and I'm bringing the letter and the photos. Cllr Rowntree has said he'll come.

Meeting with the housing association - 25th
Wes Dobson: Nov 18 08:40PM
Good. I'll be there. They'll get both barrels from me, I've had enough of being fobbed off. Sorry for what I posted last week about the councillor's kids, I was out of order and I've apologised to him.

Rent rise letters
Sunil Varma: Nov 19 09:03AM
Shelter say the mid-tenancy rise may not be valid. Link below.

--
You received this digest because you're subscribed to updates for this group.""")

# N27 Mastodon mention: discussion of online abuse generally
c.add("bulk", subject="You were mentioned by @drkatebell@mastodon.example",
      sender=("Mastodon", "notifications@mastodon.example"),
      tags=RS + ("hard-negative", "social", "news-about-threats"),
      body="""@drkatebell@mastodon.example mentioned you:

"Thread for local party officers (cc @caldmouthlabour): our research on abuse of councillors in coastal towns is out today. Key findings: 62% of respondents had received threats, mostly online; women and ethnic-minority councillors disproportionately targeted; most never reported it. Recommendations for parties include safety training and withholding home addresses. Happy to present to any CLP."

View post""")

# N28 Teams missed messages: ordinary chat
c.add("bulk", subject="You have 2 missed messages from Office of Kieran Lowther MP",
      sender=TEAMS,
      tags=RS + ("hard-negative", "chat", "benign-violent-word", "robot-no-list-headers"),
      body="""Microsoft Teams

You have 2 new messages in Caldmouth CLP / MP office liaison

Nadine Holt  11:20
Morning Jo. The new leaflets have arrived at ours, 6 boxes. They cost a bomb so tell the branches to go easy with them!

Nadine Holt  11:21
Also Kieran's happy to do the Westmoor action day on the 28th, he says he'll hit the doors from 10 till 12.

Reply in Teams""")

# N29 Facebook live comments: ordinary enthusiasm
c.add("bulk", subject="New comments on your live video",
      sender=FB, headers=c.newsletter_headers("Facebook"), fmt="html",
      tags=RS + ("hard-negative", "social", "benign-violent-word", "html-only"),
      body="""People are commenting on your live video

Caldmouth Labour was live: "GC open session - the future of Caldmouth General"

Carol Ann Dobbs: full house again 👏
Ian Tate: Susan Thackray is on fire tonight
Mick Ollerenshaw: the chair killed it with that answer on the rota cuts, sorry, I'm the chair 😂
Steph Hanley: can we get the slides?
Bernie Oakes: first meeting, brilliant, will be back

View all comments""")

# N30 e-card: thanks from a constituent (other)
c.add("other", subject="You've received an eCard from \"Irene Lister\"",
      sender=("CardPost", "ecards@cardpost.example"),
      tags=RS + ("confuser", "ecard", "person-via-robot"),
      body="""You've received an eCard!

From: Irene Lister
Card: "Thank You" (sunflowers)

Message:
Dear Jo, just a little card to say thank you for sorting out Mam's care assessment. Three months we'd been waiting and you had it done in a week. She's settled now and asking after "that nice councillor". Love, Irene (Lantern Hill)

Open your eCard: https://cardpost.example/view/3d77e2

CardPost eCards.""")

c.write()
