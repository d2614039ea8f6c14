"""train/ud2: threats in robot-shaped mail, part 2 (Kestermoor & Dunholt CLP, a market-town seat).
All content hand-written.

Robot shapes used here: the local paper's comment-reply notifications, a crowdfunding
donation feed, Strava kudos and comments, a cloud phone system's voicemail transcripts, a
Google Forms surgery-booking form, Calendly, Facebook group/event/tag notifications, Bluesky,
TikTok, Reddit and LinkedIn notifications, a parish-council Mailman list, a Sympa moderation
notice, a Discourse forum summary, a Groups.io digest, a neighbourhood doorbell-camera app,
the office's Freshdesk tickets, a Mailchimp abuse report, an SMS gateway, Jotform and
NationBuilder forms. 30 safety: the threat is in the user-written part. 30 without menace:
angry farmers, metaphors about the death of the market town, ordinary notifications, and
form/voicemail content labelled by what the person wants.

Local colour: Kestermoor (market cross, livestock market, maternity unit downgrade, 1,200
homes on Abbey Fields, the Dunholt bypass, solar farm, inheritance-tax tractor protests).
Wards Market Cross, Tannery, Abbey Fields, Northgate, Dunholt Rural, Sallow Green.
MP Sian Ferriday. Secretary Phil Maddox. Chair Eddie Rourke."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ud2", seed=6602)
c.clp = ("Kestermoor & Dunholt CLP", "Phil Maddox", "secretary@kestermoordunholtlabour.org.uk")
P = c.person
SITE = c.site()
VM = ("CloudPBX Voicemail", "voicemail@cloudpbx.example")
FB = ("Facebook", "notification@facebookmail.com")
GAZ = ("Kestermoor Gazette", "comments-noreply@kestermoorgazette.example")
RS = ("robot-shape",)

# =====================================================================================
# SAFETY (30)
# =====================================================================================

# S1 newspaper comment-reply notification, veiled menace to the chair (who wrote the op-ed)
c.add("safety", subject="Someone replied to your comment on Kestermoor Gazette",
      sender=GAZ, headers=c.newsletter_headers(),
      tags=RS + ("social", "veiled", "implicit", "quoted"),
      body="""Hi Eddie Rourke,

FarmLad_Dunholt replied to your comment on "OPINION: Why Labour is right about inheritance tax - Eddie Rourke, Kestermoor & Dunholt Labour"

Your comment:
"Happy to meet any farmer who wants to talk this through. My door's open."

FarmLad_Dunholt replied:
"Your doors open is it. Good to know Eddie. Farmers know how to deal with vermin, always have. Plenty of places on a farm where a man could go missing and nobody find him for a long time. Keep your door open, we'll be round."

View the conversation

You're receiving this because you have notifications switched on for replies. Manage your notifications.
Kestermoor Gazette, part of Midshire Media Group""")

# S2 crowdfunding donation notification, veiled/wish-harm message from donor
c.add("safety", subject="You've received a donation: £5.00",
      sender=("CrowdGiver", "donations@crowdgiver.example"), fmt="alt",
      tags=RS + ("donation", "veiled", "wish-harm"),
      body="""Great news! Your page "Kestermoor Labour: Fighting Fund for May" received a donation.

Amount: £5.00
From: Anonymous
Message from the donor:
"Towards the wreath for Sian Ferriday. Won't be long now. Pick a nice one."

Total raised: £1,842 of £3,000 (61%)

Thank the donor · Share your page

You're receiving this email because you manage this fundraising page. CrowdGiver Ltd, registered in England and Wales.""")

# S3 Strava comment on the secretary's run, stalking
c.add("safety", subject="tractorboy_k commented on your activity",
      sender=("Strava", "no-reply@strava.com"), headers=c.newsletter_headers(), fmt="alt",
      tags=RS + ("social", "stalking", "implicit"),
      body="""tractorboy_k commented on your activity "Morning Run"

"same loop every tues and thurs phil. 6.15 out the door, canal towpath, past the old mill where theres nobody about, back by 7. very regular. you want to mix it up a bit mate, you never know who's watching"

Reply to the comment

5.8 km · 31:12 · 5:23 /km

Strava, Inc. 208 Utah Street, Suite 400, San Francisco, CA 94103
Don't want these emails? Update your notification settings.""")

# S4 voicemail from an angry farmer, explicit conditional, noisy transcription
c.add("safety", subject="Voicemail from 01632 960822 - 1m 54s",
      sender=VM,
      tags=RS + ("voicemail", "explicit", "conditional", "noisy"),
      body="""CloudPBX - New voicemail

From: 01632 960822
For: Kestermoor Labour Office (Main line)
Date: Wed 14:07
Length: 1m 54s

Transcription:
yeah hello you don't know me I farm up at Sallow Green been farming there 40 year and my dad before me and his before him and your lot your your Sian Ferriday wants to take it off my kids when I die so somebody in London can have it well let me tell you something. we're bringing the tractors into the market square on Saturday the 12th and if she shows her face we'll block her car in and we'll drag her out of it and she can see how it feels to lose everything. I'm not joking. Tell her. tell her don't come to Kestermoor on Saturday [noise] thats it

(Transcription confidence: medium)

Download audio · Manage voicemail settings""")

# S5 Google Forms surgery booking, veiled
c.add("safety", subject="Surgery booking request - new response",
      sender=("Google Forms", "forms-receipts-noreply@google.com"),
      reply_to="d.harbottle58@gmail.com",
      tags=RS + ("webform", "veiled", "implicit"),
      body="""Kestermoor & Dunholt Labour: Book a place at Sian's surgery

New response

Name: Derek Harbottle
Email: d.harbottle58@gmail.com
Phone: 07700 900771
Preferred surgery: Saturday 21st - Dunholt Library
What would you like to talk to Sian about?
The maternity unit. My daughter lost her baby in the back of an ambulance on the A-road because the unit is closed at night. Sian stood outside it with a placard in 2023.

I want to see her face when I tell her. And I'll be bringing something for her, something I've kept since the funeral. She'll know what it means. After that it's out of my hands.

Do you need any access adjustments?
No

View all responses in Google Forms""")

# S6 Facebook group post notification, doxxing with a wink
c.add("safety", subject="New post in Kestermoor Farmers & Friends",
      sender=FB, headers=c.newsletter_headers("Facebook"),
      tags=RS + ("social", "doxxing", "implicit", "pile-on"),
      body="""Bryn Tolley posted in Kestermoor Farmers & Friends

"So everyone knows who we're dealing with. Cllr Louise Penrose, Labour, Tannery ward. Voted FOR the motion backing the family farm tax. Lives at Tannery Cottage on Mill Bank, drives the red Mini. Her lad plays under-12s for Abbey Fields Juniors, home games Sunday 10am. Nobody touch her obviously 😉😉 but I think she should see a few of us about. Share share share"

217 reactions · 64 comments · 88 shares

View post

You're receiving this because you're a member of Kestermoor Farmers & Friends.
Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, Ireland""")

# S7 Bluesky mention, explicit
c.add("safety", subject="New mention from @sallowgreenpatriot.bsky.social",
      sender=("Bluesky", "notifications@bsky.example"), fmt="html",
      tags=RS + ("social", "explicit", "html-only"),
      body="""@sallowgreenpatriot.bsky.social mentioned you

"@kestermoorlabour.bsky.social the market cross has been in that square since 1480 and it's seen plenty of traitors hang off it in its time. room for a few more. Ferriday, Rourke, Maddox. one rope each"

View post

You can change which notifications you receive by email in Settings.""")

# S8 parish council Mailman list post, long heated debate, threat buried at the end
c.add("safety", subject="[Dunholt-PC] Re: Solar farm - parish meeting 3rd December",
      sender=("Keith Armistead", "keitharmistead@btinternet.com"),
      headers=c.list_headers("Dunholt-PC", domain="lists.dunholtparish.example"),
      tags=RS + ("list", "embedded", "explicit", "quoted"),
      body="""> From: Clerk to Dunholt Parish Council
> The parish meeting to discuss the consultation response on the Hollins
> Farm solar scheme will be held on Tuesday 3 December at 7.30pm in the
> village hall. County Cllr Maggie Dunn has confirmed she will attend.
> Written comments by the 1st, please.

Thank you Sheila.

I'll make my written comments now so they are on the record.

1. The scheme takes 190 acres of grade 3a land out of food production for forty years. The applicant's own agricultural land classification says so on page 14.

2. The access route is Back Lane, which is single track with no passing places, past the primary school. The construction traffic management plan proposes 60 HGV movements a day for 18 months. Has anybody from the county actually driven Back Lane?

3. The "community benefit fund" is £8,000 a year. Spread across the parish that is about £11 a household. Insulting.

4. The grid connection goes under the Dunholt brook where it floods every winter.

I've lived in this village 34 years and I've never seen it so united about anything. 412 objections from a parish of 900 people.

And since the county councillor is coming: Maggie Dunn told this parish in 2023 she'd "never" support industrial solar on farmland. She then voted for the county's renewables strategy that named Hollins Farm as a preferred site. If she turns up on the 3rd and gives us that speech again she'll be leaving the village hall in an ambulance, and I won't be the only one making sure of it. Tell her that from me.

Keith Armistead
Back Lane, Dunholt

_______________________________________________
Dunholt-PC mailing list
Dunholt-PC@lists.dunholtparish.example
https://lists.dunholtparish.example/mailman/listinfo/dunholt-pc""")

# S9 Freshdesk ticket created from an email: housing rant, threat at the end
c.add("safety", subject="[Ticket #1187] New ticket: ABBEY FIELDS ESTATE",
      sender=("Kestermoor Labour Office", "office@kestermoordunholtlabour.freshdesk.example"),
      headers=c.autoreply_headers("rfc3834"),
      tags=RS + ("ticket", "embedded", "conditional", "explicit"),
      body="""A new ticket has been created and assigned to the group "Enquiries".

Ticket #1187
Requester: Sandra Coyle <sandracoyle@hotmail.co.uk>
Subject: ABBEY FIELDS ESTATE
Priority: Low
Status: Open

Description:
To whoever reads these

I live on Abbey Close and the back of my house looks straight onto Abbey Fields. 32 years of looking at fields and now 1200 houses. No new school no new doctors the surgery on Northgate already takes 3 weeks for an appointment. Where are all these people going to go to the doctor. Where is the water coming from, we already get brown water in summer. Nobody from your party has come to explain any of it, Cllr Ashworth has NEVER been round here not once.

My husband is very ill and the noise from the diggers will start at 7.30 every morning. He needs his sleep.

I am telling you now. If the first digger comes on to that field in January I will put a petrol bomb through Tom Ashworths window myself. I have nothing to lose with how things are. I mean every word.

Sandra Coyle

View ticket: https://kestermoordunholtlabour.freshdesk.example/a/tickets/1187""")

# S10 voicemail, Polish caller reporting threat at her home (non-native, third-party-report)
c.add("safety", subject="Voicemail from 07700 900347 - 2m 03s",
      sender=VM,
      tags=RS + ("voicemail", "third-party-report", "non-native", "explicit"),
      body="""CloudPBX - New voicemail

From: 07700 900347
For: Kestermoor Labour Office (Main line)
Date: Sun 20:41
Length: 2m 03s

Transcription:
Hello good evening my name is Agnieszka Wróbel I am member of Labour I live in Northgate on Dyer Street. I put the poster for Harjit in my window for the council election. Tonight two men they come to my door, they bang very hard and when I open they say take it down Polish or we will burn it, burn the house with you in it. My children was in the living room they hear everything. They say they know my car. I take down the poster. I call the police and they say they will send somebody tomorrow. I don't know what to do, maybe other members with poster also have this. Please call me back on this number. Thank you sorry.

(Transcription confidence: medium)

Download audio · Manage voicemail settings""")

# S11 LinkedIn message notification, veiled visit to workplace
c.add("safety", subject="Craig Hollins sent you a message",
      sender=("LinkedIn", "messages-noreply@linkedin.com"), headers=c.newsletter_headers(), fmt="alt",
      tags=RS + ("social", "veiled", "following"),
      body="""Craig Hollins
Director at Hollins Agricultural Contractors

"Phil, pass this on to your campaigns man Graham Oyelaran since he's blocked me. Interesting to see where he works. Sandersons, top floor on Northgate, does your Labour leaflets in his spare time. I'll pop in one lunchtime, I know he eats his sandwich on the bench by the war memorial. We can discuss your party's treatment of farmers somewhere more private. Just the two of us. He'll know who I am."

View message · Reply

You are receiving Message notification emails. Unsubscribe.
LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.""")

# S12 petition comment digest, conditional arson among angry comments
c.add("safety", subject="New reasons for signing \"NO to 1,200 homes on Abbey Fields\"",
      sender=("Petitions", "noreply@petitions.example"), headers=c.newsletter_headers(),
      tags=RS + ("petition", "embedded", "conditional", "veiled"),
      body="""Here's what supporters are saying

NO to 1,200 homes on Abbey Fields
4,906 signatures · Next goal: 5,000

Linda, Kestermoor: "My kids learned to ride bikes on that field."

Anonymous: "Where's the infrastructure? Answer: there isn't any."

Barry, Abbey Fields: "Labour said build on brownfield first. There's a derelict tannery in the middle of town."

Anonymous: "Whoever on that council signs this off, their own house will be the first thing that burns round here. Not a threat, a prediction."

Rachel, Sallow Green: "The traffic on the Dunholt road is already a nightmare at school time."

Mo, Northgate: "Sign and share please!!"

See all reasons · Share

You're receiving this because you signed this petition.""")

# S13 neighbourhood app (doorbell cameras): man watching a councillor's house
c.add("safety", subject="New post near you: \"Man photographing houses on Cobbler's Row\"",
      sender=("Neighbours by DoorCam", "no-reply@neighbours-app.example"), fmt="alt",
      tags=RS + ("social", "third-party-report", "stalking", "following"),
      body="""Neighbours · Safety · 0.2 mi away

Man photographing houses on Cobbler's Row
Posted by Neighbour 48 · Tannery · 9:14 PM

Caught on our doorbell cam about 7pm. Big lad in a Barbour jacket, stood outside number 6 for a good ten minutes, photographing the house and the car, writing in a notebook. That's the Labour councillor's house, Louise Penrose. When my wife went out and asked what he was doing he said "tell her we're watching. Tell her we know when the boy's home on his own." Then walked off towards the Tannery car park. Third time this week someone's seen him. Police informed.

Video: 0:48

12 comments · Helpful 41

You're receiving this because you're subscribed to Safety posts within 1 mile. Manage alerts.""")

# S14 Calendly booking for MP's surgery, veiled
c.add("safety", subject="New Event: Derek Oates - 10:30am Sat 28 Nov - Sian Ferriday MP surgery (15 min)",
      sender=("Calendly", "notifications@calendly.com"),
      tags=RS + ("webform", "veiled", "implicit"),
      body="""Hi Kestermoor Labour Office,

A new event has been scheduled.

Event Type:
Sian Ferriday MP surgery (15 min)

Invitee:
Derek Oates

Invitee Email:
doates1961@yahoo.co.uk

Event Date/Time:
10:30am - Saturday, 28 November 2026 (GMT)

Location:
Kestermoor Community Hub, Room 2

Invitee Time Zone:
Greenwich Mean Time

Questions:
Please share anything that will help prepare for our meeting.
Tell her to enjoy this one. It'll be her last surgery. I'll be there at half ten sharp and I won't be needing the full fifteen minutes.

View event in Calendly""")

# S15 Mailchimp abuse report with feedback
c.add("safety", subject="Abuse complaint on campaign \"Kestermoor Labour: Winter update\"",
      sender=("Mailchimp", "noreply@mailchimp.com"),
      tags=RS + ("social", "explicit", "noisy"),
      body="""Hi Kestermoor Labour,

A recipient of your campaign "Kestermoor Labour: Winter update" reported it as spam. We've unsubscribed this contact from your audience.

Reporter: j.w.kettering@outlook.com
Feedback left by the reporter:
"STOP EMAILING ME. you people will be HUNTED down one by one when this country wakes up, starting with the clowns in your committee. i know your names now from the footer. Phil Maddox. Eddie Rourke. remember me"

Abuse complaints above 0.1% may affect your account standing. Learn more about list hygiene.

Intuit Mailchimp · 405 N Angier Ave NE · Atlanta, GA 30308 USA""")

# S16 Sympa moderation notice, held message posts councillors' addresses
c.add("safety", subject="Message for list kestermoor-community awaiting moderation",
      sender=("SYMPA", "sympa@lists.kestermoor-community.example"),
      headers=c.list_headers("kestermoor-community", domain="lists.kestermoor-community.example"),
      tags=RS + ("list", "doxxing", "pile-on"),
      body="""Dear list owner,

A message was sent to kestermoor-community by ollie.spence@gmail.com and is held for your moderation.

To distribute it, go to: https://lists.kestermoor-community.example/sympa/modindex/kestermoor-community
To reject it: https://lists.kestermoor-community.example/sympa/reject/kestermoor-community/19f2a

----- Held message -----
Subject: Every Labour councillor in the district - addresses

I've got home addresses for every Labour councillor on the district, Bains, Penrose, Ashworth the lot, plus the party's chairman and secretary. I'm printing them off with photos and sticking them up on the boards at the livestock market Saturday morning so the farming community knows exactly whose door to knock on. Will post the list here tonight. Make them feel it where they live.

Ollie
----- End of held message -----

Sympa mailing list manager""")

# S17 TikTok comment notification, teen spelling, explicit
c.add("safety", subject="New comment on your video",
      sender=("TikTok", "noreply@account.tiktok.com"), headers=c.newsletter_headers(),
      tags=RS + ("social", "explicit", "noisy"),
      body="""kestermoorlabour, you have a new comment

Your video: "Sian at the maternity unit rally 💪"

ukfarmer_lad_07: ur mp gonna get wat jo cox got fr fr 💀 sallow green boys r ready

Reply

TikTok · 5800 Bristol Pkwy, Culver City, CA 90230
You're receiving this email because you have comment notifications on.""")

# S18 Jotform "report a concern", third-party report of explicit threat from a member
c.add("safety", subject="Jotform: new submission - Raise a concern with the CLP officers",
      sender=("Jotform", "noreply@jotform.com"),
      reply_to=("Becky Lund", "becky.lund@gmail.com"),
      tags=RS + ("webform", "third-party-report", "explicit"),
      body=c.webform({
          "Your name": "Becky Lund",
          "Role": "Women's officer",
          "Email": "becky.lund@gmail.com",
          "Nature of concern": "Conduct of a member",
          "Details": """After Tuesday's Northgate branch meeting, in the car park, Martin Calloway came up to Shirin Ahmadi (who has said she's putting her name forward for the council selection in Northgate) and said, in front of me and Dave Pryor: "You stand against me and I'll break your legs, and I know where you live, you're on Wool Street." He was not laughing. Shirin was shaking.

Shirin has asked me to report it because she's worried about telling anyone herself. She doesn't want to go to the police yet but she's scared to come to the next meeting. I've told her I'll pick her up.

Please can the officers deal with this as a matter of urgency.""",
          "Can we contact you?": "Yes, by phone: 07700 900512",
      }, site="form.jotform.com", form="Raise a concern with the CLP officers"))

# S19 5-star Google review with a veiled line about a staffer
c.add("safety", subject="New 5-star review for Office of Sian Ferriday MP",
      sender=("Google Business Profile", "businessprofile-noreply@google.com"),
      tags=RS + ("review", "veiled", "following", "stalking"),
      body="""New review

Office of Sian Ferriday MP
3 Market Cross, Kestermoor

★★★★★  R. Quinton · 1 review

Lovely staff! Especially the young girl with the glasses who walks down to the Tesco on her own at 1 every day for her lunch. She wants to be more careful though. Lots of funny people about in Kestermoor these days. Never know who's following you down the back of the car park. 5 stars for her anyway.

Reply to review

You're receiving this email because you manage this Business Profile on Google.""")

# S20 Facebook event post notification, explicit-veiled about a rope
c.add("safety", subject="Alan Rees posted in Public meeting: future of Kestermoor maternity unit",
      sender=FB, headers=c.newsletter_headers("Facebook"), fmt="alt",
      tags=RS + ("social", "event", "veiled", "explicit"),
      body="""Alan Rees posted in Public meeting: future of Kestermoor maternity unit
Thursday 3 December at 19:00 · Kestermoor Corn Exchange

"Ill be there. Bringing a rope for Sian Ferriday. She can choose what to do with it, either she hangs on to the maternity unit or we'll find another use for it 🙂 see you all thursday"

Like · Comment

You're receiving this because you're a host of this event.
Meta Platforms Ireland Ltd.""")

# S21 forward by the MP's office manager of a voicemail notification (forwarded robot)
c.add("safety", subject="Fwd: New voicemail from 01632 960119 - 0m 38s",
      sender=("Janet Ormerod", "janet.ormerod@parliament.example"),
      tags=RS + ("forwarded", "voicemail", "third-party-report", "conditional"),
      body=c.forward(
          """Phil - this came in on the constituency office line overnight. Forwarding so the CLP officers are aware given Saturday's street stall. We've logged it with the police and the parliamentary security team (ref on request). Please don't circulate widely.

Janet
Office Manager, Office of Sian Ferriday MP""",
          """CloudPBX - New voicemail

From: 01632 960119
For: Constituency Office (Main)
Date: Fri 02:13
Length: 0m 38s

Transcription:
this is for Ferriday and her Labour lot. You're doing your stall on Saturday by the market cross, we know you are, it's on your Facebook. If you put that table up we'll put it through your windows. All of you. Don't say you weren't told.

(Transcription confidence: high)""",
          "CloudPBX Voicemail <voicemail@cloudpbx.example>", "New voicemail from 01632 960119 - 0m 38s"))

# S22 Discourse forum summary, one post threatens the chair
c.add("safety", subject="[Kestermoor Labour Forum] Summary",
      sender=("Kestermoor Labour Forum", "forum@discourse.kestermoordunholtlabour.org.uk"),
      headers=c.newsletter_headers(),
      tags=RS + ("list", "embedded", "explicit", "harassment"),
      body="""Kestermoor Labour Forum
Summary since your last visit

Popular topics

Leaflet round for Dunholt Rural - volunteers?
Sue Hathersage: I can do the outlying farms if someone lends me a car, mine's in the garage.
3 replies

AGM standing orders - proposed changes
Eddie Rourke: I've posted the draft amendments. Comments by the 20th please, they'll go to the EC.
11 replies

Re: AGM standing orders - proposed changes
Martin Calloway: Eddie if you pull that trick with the proxy votes again at the AGM you won't be getting home in one piece. I'm past caring what happens to me. You've been warned, in writing, here where everyone can see it.
2 replies

Christmas social - date?
Becky Lund: The Wheatsheaf can do the 18th. Thoughts?
7 replies

You're receiving this because you enabled email summaries. Unsubscribe.""")

# S23 SMS gateway, implicit about child's school
c.add("safety", subject="Text message from +447700900623",
      sender=("Office Mobile", "sms@cloudpbx.example"),
      tags=RS + ("sms", "implicit", "veiled"),
      body="""CloudPBX - SMS received

From: +447700900623
To: Office mobile (07700 900100)
Received: Mon 08:49

Your girl goes to Dunholt Primary doesn't she Phil. Nice maroon jumper. Saw her at the gate this morning. Cute.

Reply from the CloudPBX portal.""")

# S24 Disqus comment on the CLP blog, doxxing with a "pop round"
c.add("safety", subject="New comment on \"Why we're backing the Dunholt bypass\"",
      sender=("Disqus", "notifications@disqus.net"),
      tags=RS + ("comment-moderation", "doxxing", "veiled"),
      body="""Kestermoor & Dunholt Labour

A new comment was posted on "Why we're backing the Dunholt bypass"

Guest (justalocal):
Great article Eddie. Shame the bypass doesn't go past YOUR house, 14 Mill Lane, the one with the cherry tree. Still, plenty of time for us to pop round and talk about it. Evenings best? We'll bring a few friends.

Reply · Moderate · Delete

You're receiving this because you moderate this site's comments on Disqus.""")

# S25 HTML-only membership join form, sinister "why do you want to join"
c.add("safety", subject="New signup: Join Kestermoor & Dunholt Labour",
      sender=("NationBuilder", "no-reply@nationbuilder.com"), fmt="html",
      tags=RS + ("webform", "veiled", "html-only", "noisy"),
      body=c.webform({
          "Name": "Ashley Tern",
          "Email": "a.tern.88@protonmail.com",
          "Postcode": "KM4 7RT",
          "Why do you want to join?": "so i can get in your meetings and see all your faces close up. write your names down. ive started a list already. kestermoor will be clean by christmas one way or another",
          "Can we contact you by phone?": "no",
      }, site="kestermoordunholtlabour.nationbuilder.com", form="Join us"))

# S26 voicemail: staff report of suspicious envelope with powder
c.add("safety", subject="Voicemail from 07700 900199 - 1m 11s",
      sender=VM,
      tags=RS + ("voicemail", "suspicious-item", "third-party-report"),
      body="""CloudPBX - New voicemail

From: 07700 900199
For: Phil Maddox (Direct)
Date: Thu 10:22
Length: 1m 11s

Transcription:
Phil it's Janet at the MP's office. Don't come down to Market Cross this morning. An envelope came in the post addressed to the Labour Party, handwritten, and when Kerry opened it there was white powder in it and a note saying next one's real. We've put it down, we're all in the back room with the door shut, police and fire are on their way. Kerry's washing her hands. Can you let the CLP officers know and tell anyone who's due in for the stall briefing not to come. I'll ring you when we're out. Bye.

(Transcription confidence: high)

Download audio · Manage voicemail settings""")

# S27 event platform "message from attendee", veiled
c.add("safety", subject="Message from an attendee: Kestermoor council candidates' hustings",
      sender=("Eventbrite", "noreply@order.eventbrite.com"),
      tags=RS + ("event", "veiled", "implicit"),
      body="""You've received a message from an attendee.

Event: Kestermoor council candidates' hustings
Wednesday 18 November, 7:30 PM, Tannery Arts Centre

From: Lee Bastable (Order #9918820034)

"Sorry I can't make it after all. My brother will be coming in my place though. He's the one who put your office window through in 2019, you'll remember him. He'll be sitting near the front for Harjit Bains. Harjit will know him too."

Reply to Lee

Eventbrite, 535 Mission Street, San Francisco, CA 94105""")

# S28 Facebook tag notification, pile-on directed at a councillor's shop
c.add("safety", subject="Dean Lyle tagged Kestermoor Labour in a post",
      sender=FB, headers=c.newsletter_headers("Facebook"),
      tags=RS + ("social", "pile-on", "doxxing", "implicit"),
      body="""Dean Lyle tagged Kestermoor & Dunholt Labour in a post in Kestermoor Uncensored.

"Labour scum @Kestermoor & Dunholt Labour. Harjit Bains, Labour councillor, owns the Spar on Northgate. Lads, go and buy your milk there this week and let him know how we feel about his vote. He shuts at 10, usually on his own at the till by then. Be a shame if he had a bad night."

143 reactions · 52 comments

View post

Meta Platforms Ireland Ltd.""")

# S29 Reddit reply notification, veiled doxxing of the secretary
c.add("safety", subject="u/canal_rat_km replied to your post in r/Kestermoor",
      sender=("Reddit", "noreply@redditmail.com"), headers=c.newsletter_headers(), fmt="alt",
      tags=RS + ("social", "veiled", "doxxing"),
      body="""u/canal_rat_km replied to your post in r/Kestermoor

Your post: "Kestermoor Labour AMA - ask the local party anything about the bypass (Phil, CLP secretary)"

u/canal_rat_km:
No questions Phil. Some of us already know all we need to about you. Narrowboat on the canal by Lock 14, blue and cream, "Molly Ann" painted on the side. Someone should have a proper word with you, if you know what I mean. Boats sink.

Reply · View thread

Reddit Inc · 548 Market St #16093 · San Francisco, CA 94104""")

# S30 Groups.io residents' digest, wish-harm among ordinary posts
c.add("safety", subject="[kestermoor-residents] Digest Number 412",
      sender=("kestermoor-residents@groups.io", "kestermoor-residents+noreply@groups.io"),
      headers=c.list_headers("kestermoor-residents", domain="groups.io"),
      tags=RS + ("list", "embedded", "wish-harm"),
      body="""Groups.io
kestermoor-residents

Topics in this digest:

1. Farmers' market moving to the first Saturday
2. Dunholt bypass: county decision
3. Lost keys, Market Cross car park

----------------------------------------------------------------------

1. Farmers' market moving to the first Saturday
From: Jean Pettifer
Date: Sun, 8 Nov

From January the farmers' market moves to the first Saturday of the month because of the Christmas lights switch-on clash. Stallholders have been told.

----------------------------------------------------------------------

2. Dunholt bypass: county decision
From: Roy Whiteley
Date: Sun, 8 Nov

So it's going through. Four hundred year old hedgerows, the water meadow, and the footpath my late wife and I walked every Sunday. All so lorries can save four minutes.

I'm not a violent man. I've never hit anyone in my life. But if that Labour councillor who pushed it through, Ashworth, went under one of his own bulldozers on the first day of the works I'd buy the driver a pint. I hope it's slow. I hope he sees it coming. There, I've said it.

----------------------------------------------------------------------

3. Lost keys, Market Cross car park
From: Gail Sutton
Date: Mon, 9 Nov

Set of keys with a pink Peppa Pig keyring. Handed in to the library?

----------------------------------------------------------------------

You're receiving this digest because you are a member of kestermoor-residents.
View/Reply Online · Unsubscribe""")

# =====================================================================================
# NON-SAFETY IN THE SAME SHAPES (30)
# =====================================================================================

# N1 newspaper comment reply: angry, metaphor
c.add("bulk", subject="Someone replied to your comment on Kestermoor Gazette",
      sender=GAZ, headers=c.newsletter_headers(),
      tags=RS + ("hard-negative", "social", "metaphor", "angry", "quoted"),
      body="""Hi Eddie Rourke,

HedgeLayer replied to your comment on "OPINION: Why Labour is right about inheritance tax - Eddie Rourke, Kestermoor & Dunholt Labour"

Your comment:
"The exemption still covers the first £1m for most family farms."

HedgeLayer replied:
"Eddie you clearly haven't a clue what land is worth round here. 200 acres and a few sheds and you're over it. You lot have killed family farming in this country and you're sat there with a calculator telling us how lucky we are. This will be the death of every small farm in Dunholt and it'll be on your party's head. Never voting Labour again, and nor will anyone at the mart."

View the conversation

You're receiving this because you have notifications switched on for replies.""")

# N2 crowdfunding donations: benign "knock 'em dead"
c.add("bulk", subject="You've received 3 new donations",
      sender=("CrowdGiver", "donations@crowdgiver.example"), headers=c.newsletter_headers(),
      tags=RS + ("hard-negative", "donation", "benign-violent-word"),
      body="""Your page "Kestermoor Labour: Fighting Fund for May" received 3 donations today.

£20.00 from Maureen Tweddle
"Go knock 'em dead in May, Harjit!"

£10.00 from Anonymous

£50.00 from the Tannery branch raffle
"Raffle takings from the quiz. The leaflets cost a bomb this year so hope this helps."

Total raised: £1,922 of £3,000 (64%)

Thank your donors

CrowdGiver Ltd, registered in England and Wales.""")

# N3 Strava kudos, ordinary
c.add("bulk", subject="Eddie Rourke and 3 others gave you kudos",
      sender=("Strava", "no-reply@strava.com"), headers=c.newsletter_headers(),
      tags=RS + ("confuser", "social", "robot-no-list-headers", "benign-violent-word"),
      body="""Eddie Rourke, Becky Lund and 2 others gave kudos on your activity "Lunch Run"

Eddie Rourke commented: "absolutely smashed that hill Phil, you'll be killing it at the Kestermoor 10k"

Give kudos back · View activity

Strava, Inc. Don't want these emails? Update your notification settings.""")

# N4 voicemail: furious farmer, death-of-farming metaphor, resignation (complaint)
c.add("complaint", also=["bulk"], subject="Voicemail from 01632 960345 - 2m 31s",
      sender=VM,
      tags=RS + ("hard-negative", "voicemail", "angry", "metaphor"),
      body="""CloudPBX - New voicemail

From: 01632 960345
For: Kestermoor Labour Office (Main line)
Date: Tue 19:16
Length: 2m 31s

Transcription:
Good evening, this is Gwyneth Pryce, Cold Ash Farm, Dunholt. I've been a member of the Labour Party for twenty six years. My husband was a union man at the dairy before it closed. I'm ringing to tell you that I've cancelled my direct debit this afternoon. This inheritance tax business is the death of farms like ours, we're asset rich and cash poor like everybody keeps saying and nobody in London listens. I've written to Sian twice and had a standard letter back. So I'm done. I'll be on the tractor rally in Westminster on the 19th and I'll be telling anyone with a microphone exactly why a Labour member of twenty six years is stood there. I'd like somebody to at least ring me back and tell me you got this message. Thank you.

(Transcription confidence: high)

Download audio · Manage voicemail settings""")

# N5 Google Forms surgery booking: ordinary (query)
c.add("query", subject="Surgery booking request - new response",
      sender=("Google Forms", "forms-receipts-noreply@google.com"),
      reply_to="amina.warsame@gmail.com",
      tags=RS + ("confuser", "webform", "person-via-robot", "non-native"),
      body="""Kestermoor & Dunholt Labour: Book a place at Sian's surgery

New response

Name: Amina Warsame
Email: amina.warsame@gmail.com
Phone: 07700 900364
Preferred surgery: Friday 20th - Kestermoor Community Hub
What would you like to talk to Sian about?
My son he has autism and the council stop his taxi to the school in Ashfield, they say he is 2 miles and 1 hundred metres only. I cannot take him in the bus, he is very scared. I write to council 3 times. Can Sian help me please? Also can I bring my sister to translate if my English is not enough.

Do you need any access adjustments?
I have a pushchair with my baby

View all responses in Google Forms""")

# N6 Facebook group: farmers' metaphors, no threat
c.add("bulk", subject="New post in Kestermoor Farmers & Friends",
      sender=FB, headers=c.newsletter_headers("Facebook"), fmt="alt",
      tags=RS + ("hard-negative", "social", "metaphor", "angry"),
      body="""Sarah Haythornthwaite posted in Kestermoor Farmers & Friends

"Right. Coaches to London on the 19th are booked, two from the mart car park at 5am. We'll fight this tax to the last tractor. Bring flasks, bring banners, bring your kids if they're old enough. And anybody who still thinks Labour are on the side of rural Britain, come and talk to me, I'll set you straight. They've declared war on the countryside and they're going to lose it at the ballot box."

318 reactions · 97 comments · 141 shares

View post

Meta Platforms Ireland Ltd.""")

# N7 Bluesky: journalist sharing article on abuse of MPs
c.add("bulk", subject="@laurafinch.bsky.social mentioned you",
      sender=("Bluesky", "notifications@bsky.example"),
      tags=RS + ("hard-negative", "social", "news-about-threats"),
      body="""@laurafinch.bsky.social mentioned you

"New for @midshiremedia: three in four MPs in rural seats say they've had threats since the farm tax protests began, and half have changed how they run surgeries. Includes interviews with local party officers, thanks to @kestermoorlabour.bsky.social for talking to us. Link below."

View post

You can change which notifications you receive by email in Settings.""")

# N8 parish council list: heated solar debate with metaphors
c.add("bulk", subject="[Dunholt-PC] Re: Solar farm - consultation response",
      sender=("Helen Marwood", "helen.marwood@dunholtparish.example"),
      headers=c.list_headers("Dunholt-PC", domain="lists.dunholtparish.example"),
      tags=RS + ("hard-negative", "list", "metaphor", "quoted"),
      body="""On Mon, Keith Armistead wrote:
> Is the parish council actually going to object or are we going to sit
> on the fence again?

Keith, we're objecting. Draft response is attached for comment, deadline Friday.

I'll be honest: if Hollins Farm goes through as drawn it'll be the death of this end of the village. But we've got a decent case on the access road and the flood risk and I think if we get the highways evidence right we can kill the application at committee stage. We'll crush it on the transport grounds if nothing else. The county's own officers flagged Back Lane.

What we should NOT do is turn the parish meeting into a shouting match. Written objections with evidence are what count. Please, everybody, just write in.

Helen Marwood
Chair, Dunholt Parish Council

_______________________________________________
Dunholt-PC mailing list
https://lists.dunholtparish.example/mailman/listinfo/dunholt-pc""")

# N9 Freshdesk ticket: change of address (query)
c.add("query", subject="[Ticket #1192] New ticket: change of address",
      sender=("Kestermoor Labour Office", "office@kestermoordunholtlabour.freshdesk.example"),
      headers=c.autoreply_headers("rfc3834"),
      tags=RS + ("confuser", "ticket", "person-via-robot"),
      body="""A new ticket has been created and assigned to the group "Enquiries".

Ticket #1192
Requester: Tom Fairweather <tomfairweather@sky.com>
Subject: change of address
Priority: Low
Status: Open

Description:
Hello, I've moved from Sallow Green to 22 Abbey Road, Kestermoor (KM2 3PL). I've updated it on Membersnet but I'm still getting the Sallow Green branch emails. Do I need to do anything else to move to the Abbey Fields branch? Also does my subs rate change? Cheers, Tom

View ticket: https://kestermoordunholtlabour.freshdesk.example/a/tickets/1192""")

# N10 voicemail in Polish-English: how to register to vote / join branch
c.add("query", also=["bulk"], subject="Voicemail from 07700 900458 - 0m 59s",
      sender=VM,
      tags=RS + ("confuser", "voicemail", "non-native", "person-via-robot"),
      body="""CloudPBX - New voicemail

From: 07700 900458
For: Kestermoor Labour Office (Main line)
Date: Mon 12:30
Length: 0m 59s

Transcription:
Hello, my name is Tomasz Zieliński I live in Kestermoor five years, I work in the meat factory on the industrial estate. I want to ask, I am Polish citizen with settled status, can I vote in the council election in May, and how I register? And also my friend he say there is a branch meeting in Northgate, can I come if I am not member yet, just to listen? My number is this one. Thank you very much, goodbye.

(Transcription confidence: medium)

Download audio · Manage voicemail settings""")

# N11 LinkedIn InMail notification: complaint phrased as questions
c.add("complaint", also=["query"], subject="Alison Beckworth sent you a message",
      sender=("LinkedIn", "messages-noreply@linkedin.com"), headers=c.newsletter_headers(),
      tags=RS + ("confuser", "social", "complaint-as-query"),
      body="""Alison Beckworth
Head of Midwifery (retired) · Kestermoor

"Phil, forgive me contacting you here but emails to the CLP seem to go into a void. Can you tell me why nobody from the party has responded to the Save Our Maternity Unit letter signed by 40 retired midwives? And can you tell me why Sian Ferriday told the Gazette she was "fighting for the unit" the same week she declined to meet us? I'd like an answer, not a press line."

View message · Reply

LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.""")

# N12 petition comments: furious, not threatening
c.add("bulk", subject="New reasons for signing \"Save Kestermoor Maternity Unit\"",
      sender=("Petitions", "noreply@petitions.example"), headers=c.newsletter_headers(),
      tags=RS + ("hard-negative", "petition", "angry", "metaphor"),
      body="""Here's what supporters are saying

Save Kestermoor Maternity Unit
11,380 signatures

Jo, Dunholt: "My waters broke at 2am. Under the new plans that's 45 minutes to the city hospital on the A-road. Disgraceful."

Anonymous: "The trust is killing this service by stealth and our MP is letting it happen."

Priya, Northgate: "Born there, had both my kids there. Shame on everyone who votes for this."

Mark, Sallow Green: "If Labour let this go through it's political suicide in this seat. Remember that at the next election."

Anonymous: "I'll be at the trust board meeting with my placard. They'll have to look us in the eye."

See all reasons · Share""")

# N13 neighbourhood app: "suspicious" clipboard man turns out to be canvassers
c.add("bulk", subject="New post near you: \"Men with clipboards on Wool Street?\"",
      sender=("Neighbours by DoorCam", "no-reply@neighbours-app.example"),
      tags=RS + ("hard-negative", "social", "safety-words"),
      body="""Neighbours · Suspicious activity · 0.4 mi away

Men with clipboards on Wool Street?
Posted by Neighbour 112 · Northgate · 11:40 AM

Three people going door to door with clipboards and lanyards on Wool Street. Anyone know who they are? Seem to be writing down house numbers.

UPDATE 12:05: Mystery solved, it's the Labour lot canvassing for the council elections 😂 one of them had a red rosette. Nice enough, the lady asked about the bins. Panic over, sorry all!

Comments (6)
Neighbour 9: ha, they got me too, asked about potholes
Neighbour 73: better than the fish man at least

You're receiving this because you're subscribed to posts within 1 mile.""")

# N14 Calendly routine booking
c.add("bulk", subject="New Event: Gwen Adebayo - 11:00am Sat 28 Nov - Sian Ferriday MP surgery (15 min)",
      sender=("Calendly", "notifications@calendly.com"),
      tags=RS + ("confuser", "webform", "robot-no-list-headers"),
      body="""Hi Kestermoor Labour Office,

A new event has been scheduled.

Event Type:
Sian Ferriday MP surgery (15 min)

Invitee:
Gwen Adebayo

Invitee Email:
gwen.adebayo@outlook.com

Event Date/Time:
11:00am - Saturday, 28 November 2026 (GMT)

Location:
Kestermoor Community Hub, Room 2

Questions:
Please share anything that will help prepare for our meeting.
Universal Credit housing element - the landlord has put the rent up and UC won't cover the difference. I have the letters.

View event in Calendly""")

# N15 Mailchimp unsubscribe notification with angry reasons
c.add("bulk", subject="Unsubscribe report for \"Kestermoor Labour: Winter update\"",
      sender=("Mailchimp", "noreply@mailchimp.com"), headers=c.newsletter_headers("Mailchimp"),
      tags=RS + ("hard-negative", "metaphor", "angry", "robot-no-list-headers"),
      body="""Hi Kestermoor Labour,

7 contacts unsubscribed from "Kestermoor Labour: Winter update". Here's the feedback some of them left:

"You killed the winter fuel payment, I'll kill my subscription."
"Too many emails."
"No longer live in the area."
"This government has stabbed pensioners in the back."
"Other"

Reviewing unsubscribe feedback can help you improve your content.

Intuit Mailchimp · 405 N Angier Ave NE · Atlanta, GA 30308 USA""")

# N16 Sympa moderation notice: angry but harmless held message
c.add("bulk", subject="Message for list kestermoor-community awaiting moderation",
      sender=("SYMPA", "sympa@lists.kestermoor-community.example"),
      headers=c.list_headers("kestermoor-community", domain="lists.kestermoor-community.example"),
      tags=RS + ("hard-negative", "list", "angry"),
      body="""Dear list owner,

A message was sent to kestermoor-community by pat.gorman@virginmedia.com and is held for your moderation.

----- Held message -----
Subject: Northgate selection is a STITCH UP

Anyone else notice that the Northgate council selection shortlist was announced the day after the deadline was "extended" for one particular person? I've been in this party 31 years and I've never seen anything so blatant. I'll be at the branch meeting on the 24th to have my say and I'll be putting in a formal complaint to the regional office. Watch this space.

Pat
----- End of held message -----

Sympa mailing list manager""")

# N17 TikTok comments: slang
c.add("bulk", subject="You have 6 new comments",
      sender=("TikTok", "noreply@account.tiktok.com"), fmt="alt",
      tags=RS + ("hard-negative", "social", "benign-violent-word"),
      body="""kestermoorlabour, people are commenting on your video

"Sian vs the trust board: the 60 second version"

lilymay.km: she ATE this 🔥🔥
dunholt_dan: absolutely killed it
northgate.nadia: the way she destroyed that chief exec 💀
grandad_geoff1950: Well spoken young lady
kes.teen.politics: this slaps ngl
anon_user9981: still voting green lol

View comments

TikTok · 5800 Bristol Pkwy, Culver City, CA 90230""")

# N18 Jotform "raise a concern": angry, non-threatening complaint about the chair
c.add("complaint", subject="Jotform: new submission - Raise a concern with the CLP officers",
      sender=("Jotform", "noreply@jotform.com"),
      reply_to=("Roger Pym", "rogerpym@btinternet.com"),
      tags=RS + ("hard-negative", "webform", "angry"),
      body=c.webform({
          "Your name": "Roger Pym",
          "Role": "Member, Dunholt Rural branch",
          "Email": "rogerpym@btinternet.com",
          "Nature of concern": "Conduct of an officer",
          "Details": """At the GC on the 12th the Chair, Eddie Rourke, cut me off three times while I was speaking to the Dunholt branch's motion on the bypass and then put it to the vote without any speakers against being called, because there weren't any, and without letting me finish the summing up. He then said "I think we've all heard enough from Dunholt."

I have been a member since 1983 and I have never been spoken to like that in a meeting. I want a written apology and I want the motion re-heard at the next GC. If neither happens I'll be taking it to the regional office.""",
          "Can we contact you?": "Yes, email",
      }, site="form.jotform.com", form="Raise a concern with the CLP officers"))

# N19 Google review: 2 stars, metaphor
c.add("bulk", subject="New review for Office of Sian Ferriday MP",
      sender=("Google Business Profile", "businessprofile-noreply@google.com"), fmt="alt",
      tags=RS + ("hard-negative", "review", "metaphor", "angry"),
      body="""New review

Office of Sian Ferriday MP

★★☆☆☆  Colin Marchbank · 12 reviews

Staff polite enough, the lass on the front desk tried her best. Two stars for her. But the MP is a dead loss on the maternity unit, full stop. Voted for her, won't again. She'll get hammered at the next election and she'll deserve it.

Reply to review

You're receiving this email because you manage this Business Profile on Google.""")

# N20 Facebook event post: "give her hell", no threat
c.add("bulk", subject="Jackie Moss posted in Public meeting: future of Kestermoor maternity unit",
      sender=FB, headers=c.newsletter_headers("Facebook"),
      tags=RS + ("hard-negative", "social", "event", "metaphor"),
      body="""Jackie Moss posted in Public meeting: future of Kestermoor maternity unit
Thursday 3 December at 19:00 · Kestermoor Corn Exchange

"We'll be there in force!! Whole of the Tuesday mums group coming, prams and all. Time to give Sian and the trust hell over this. Make some noise people, and bring your questions written down so they can't wriggle out of them 👊"

Like · Comment

You're receiving this because you're a host of this event.""")

# N21 forwarded voicemail: data-protection request
c.add("data-protection", subject="Fwd: New voicemail from 01632 960501 - 0m 44s",
      sender=("Janet Ormerod", "janet.ormerod@parliament.example"),
      tags=RS + ("confuser", "forwarded", "voicemail", "dp-no-legal-words"),
      body=c.forward(
          """Phil, this one's for the CLP rather than us, she's talking about canvassing calls. Over to you.

Janet""",
          """CloudPBX - New voicemail

From: 01632 960501
For: Constituency Office (Main)
Date: Tue 15:02
Length: 0m 44s

Transcription:
Hello, my name is Mrs Doreen Askew, Sallow Green. I keep getting calls from people saying they're from the Labour Party asking how I'm going to vote. I've had four. I'm not a member and I've never given my number to anyone political. I want to know who gave it you and I want it taken off your computer. Please don't ring me again. Thank you.

(Transcription confidence: high)""",
          "CloudPBX Voicemail <voicemail@cloudpbx.example>", "New voicemail from 01632 960501 - 0m 44s"))

# N22 Discourse summary: heated AGM debate, no menace
c.add("bulk", subject="[Kestermoor Labour Forum] Summary",
      sender=("Kestermoor Labour Forum", "forum@discourse.kestermoordunholtlabour.org.uk"),
      headers=c.newsletter_headers(),
      tags=RS + ("hard-negative", "list", "angry", "metaphor"),
      body="""Kestermoor Labour Forum
Summary since your last visit

Popular topics

AGM standing orders - proposed changes
Pat Gorman: This is a stitch-up dressed up as "modernisation". Moving nominations to close a week before the AGM just kills off any challenge from the branches. I'll be at the AGM to have my say and I'll be voting it down.
14 replies

Re: AGM standing orders - proposed changes
Eddie Rourke: Pat, the change is to comply with the rulebook, not to stop anybody. Happy to go through it line by line before the meeting if that helps. Coffee at the Wheatsheaf Thursday?
6 replies

Re: AGM standing orders - proposed changes
Shirin Ahmadi: Can we all take a breath? We're tearing each other apart over a paragraph while Reform are eating our lunch in Northgate.
9 replies

Two-child cap motion for conference
Becky Lund: Draft is on the shared drive. We need to hammer this home: it's the single biggest driver of child poverty in the ward.
4 replies

You're receiving this because you enabled email summaries. Unsubscribe.""")

# N23 SMS gateway: leaflets must be collected by 8am tomorrow (urgent)
c.add("urgent", also=["bulk"], subject="Text message from +447700900284",
      sender=("Office Mobile", "sms@cloudpbx.example"),
      tags=RS + ("confuser", "sms", "benign-violent-word", "person-via-robot"),
      body="""CloudPBX - SMS received

From: +447700900284
To: Office mobile (07700 900100)
Received: Wed 17:55

Phil its Graham. Printers just rang - the Northgate leaflets have to be collected by 8am TOMORROW or they go back in the queue till next week and we miss the window. They cost a bomb so we cant lose them. I cant get there, Im in Leeds. Can you or Eddie do it? Shoot me a text either way

Reply from the CloudPBX portal.""")

# N24 contact form: condolences (other)
c.add("other", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Marion Eccles", "marion.eccles@outlook.com"),
      tags=RS + ("confuser", "webform", "person-via-robot"),
      body=c.webform({
          "Name": "Marion Eccles",
          "Email": "marion.eccles@outlook.com",
          "Subject": "Pat Hindle",
          "Message": """I've only just heard that Pat Hindle passed away last month. I knocked doors with Pat in Tannery in the 1997 campaign and the 2001 one, she was a force of nature and she always had Murray Mints in her coat pocket for the canvassers.

Please pass my condolences on to her family and to the Tannery branch. If there is a memorial or a collection I'd like to know.

Marion (used to be in Tannery branch, now in Scarborough)""",
      }))

# N25 NationBuilder join form: "fight for the NHS" (bulk signup notification)
c.add("bulk", subject="New signup: Join Kestermoor & Dunholt Labour",
      sender=("NationBuilder", "no-reply@nationbuilder.com"),
      tags=RS + ("hard-negative", "webform", "metaphor"),
      body=c.webform({
          "Name": "Chloe Ramsbottom",
          "Email": "chloe.ramsbottom04@gmail.com",
          "Postcode": "KM1 2DH",
          "Why do you want to join?": "I'm a student nurse at the city hospital and I want to fight for the NHS and for the maternity unit. Ready to hit the doors whenever!",
          "Can we contact you by phone?": "yes",
      }, site="kestermoordunholtlabour.nationbuilder.com", form="Join us"))

# N26 contact form: "why is my address online" (data-protection, no legal words)
c.add("data-protection", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Nigel Tapping", "nigel.tapping@gmail.com"),
      tags=RS + ("confuser", "webform", "dp-no-legal-words"),
      body=c.webform({
          "Name": "Nigel Tapping",
          "Email": "nigel.tapping@gmail.com",
          "Subject": "my address on your website",
          "Message": "Your website has the September GC minutes up as a PDF and it has my full home address in it next to a motion I moved. Why? I didn't agree to that and anybody can Google it. Can you take it down or blank it out today please and tell me if it's anywhere else.",
      }))

# N27 Eventbrite contact-organiser: apologies for the AGM (procedural)
c.add("procedural", subject="Message from an attendee: Kestermoor & Dunholt CLP AGM",
      sender=("Eventbrite", "noreply@order.eventbrite.com"),
      tags=RS + ("confuser", "event", "person-via-robot"),
      body="""You've received a message from an attendee.

Event: Kestermoor & Dunholt CLP Annual General Meeting
Saturday 12 December, 10:30 AM, Kestermoor Methodist Hall

From: Harjit Bains (Order #9920114587)

"Phil - please record my apologies for the AGM, I've got the Spar to cover that morning. Also please note I'm nominating Shirin Ahmadi for Vice-Chair (Membership), nomination form is in the post with her consent. Thanks, Harjit"

Reply to Harjit

Eventbrite, 535 Mission Street, San Francisco, CA 94105""")

# N28 Facebook tag: action day, target seats
c.add("bulk", subject="Becky Lund tagged Kestermoor & Dunholt Labour in a post",
      sender=FB, headers=c.newsletter_headers("Facebook"),
      tags=RS + ("hard-negative", "social", "benign-violent-word"),
      body="""Becky Lund tagged Kestermoor & Dunholt Labour in a post.

"Brilliant turnout for the regional action day in Northgate - 34 of us out on the doors in one of our target wards! Thanks to everyone who came, and to Harjit for the samosas 😋 We absolutely blitzed Wool Street and Dyer Street. Same again next Saturday @Kestermoor & Dunholt Labour?"

56 reactions · 12 comments

View post

Meta Platforms Ireland Ltd.""")

# N29 Reddit reply: electoral metaphors
c.add("bulk", subject="u/sallowgreen_sceptic replied to your post in r/Kestermoor",
      sender=("Reddit", "noreply@redditmail.com"), headers=c.newsletter_headers(),
      tags=RS + ("hard-negative", "social", "metaphor"),
      body="""u/sallowgreen_sceptic replied to your post in r/Kestermoor

Your post: "Kestermoor Labour AMA - ask the local party anything about the bypass (Phil, CLP secretary)"

u/sallowgreen_sceptic:
Fair play for doing this, but honestly? Labour are going to get annihilated in Kestermoor in May. The bypass is the final nail. You've torched the Dunholt vote and the farmers will bury you. Genuine question though: why didn't the county look at the northern route?

Reply · View thread

Reddit Inc · 548 Market St #16093 · San Francisco, CA 94104""")

# N30 Groups.io digest: bypass debate with metaphors
c.add("bulk", subject="[kestermoor-residents] Digest Number 415",
      sender=("kestermoor-residents@groups.io", "kestermoor-residents+noreply@groups.io"),
      headers=c.list_headers("kestermoor-residents", domain="groups.io"),
      tags=RS + ("hard-negative", "list", "metaphor"),
      body="""Groups.io
kestermoor-residents

Topics in this digest:

1. Bypass: what now?
2. Re: Bypass: what now?
3. Christmas lights switch-on volunteers

----------------------------------------------------------------------

1. Bypass: what now?
From: Roy Whiteley

After the county decision, is anyone organising a legal challenge? I've been told judicial review is possible if the environmental assessment is flawed, and I think it is.

----------------------------------------------------------------------

2. Re: Bypass: what now?
From: Anita Desai

Roy, the Friends of the Water Meadow are looking at it. We need about £8k for the first stage. If we can kill this thing in the courts it'll be worth every penny. Ashworth and the county Labour group have bulldozed it through without listening to anybody and I'd love to see the look on their faces when a judge stops it.

----------------------------------------------------------------------

3. Christmas lights switch-on volunteers
From: Jean Pettifer

Still need six marshals for the 28th. Hi-vis provided. It's a blast, honestly.

----------------------------------------------------------------------

You're receiving this digest because you are a member of kestermoor-residents.
View/Reply Online · Unsubscribe""")

c.write()
