"""train/uj3: the public's voice through machines, part 3 (Wednesfold & Tipley CLP, two Black
Country towns either side of the canal). All content hand-written.

The secretary is Marcia Lindo, a school business manager. The rows of the year: the council is
closing Tipley leisure centre and its pool to balance the budget (Cllr Gurpreet Sahota,
Brickkiln, is cabinet member for resources); council tax up 4.99%; HMO enforcement on Victoria
Road (Cllr Lee Darby, Tipley Green); fly-tipping in the back alleys of Hallbrook (Cllr Stacey
Whitehouse); a council selection in Cinder Hill that the losing side calls a stitch-up; the MP,
Angela Ruddock, voted to keep the two-child cap. The MP's caseworker is Femi Adebayo.

The machines: the website (NationBuilder, Jotform, Microsoft Forms), WhatsApp Business through a
shared inbox (ChatHub), Zoom webinar registrations with their question box, YouTube comments on
the council-meeting videos the CLP posts, Facebook, Instagram, X, Nextdoor, the council's
e-petition site, Google reviews, the office voicemail, the ticketing site and the MP's casework.
36 non-threats (10 bulk, 10 complaint, 5 query, 4 data-protection, 2 procedural, 2 urgent,
3 other) and 24 safety."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "uj3", seed=7203)
c.clp = ("Wednesfold & Tipley CLP", "Marcia Lindo", "secretary@wednesfoldtipleylabour.org.uk")
P = c.person
D = c.date
SITE = c.site()  # wednesfoldtipleylabour.org.uk
CHAT = ("ChatHub", "notifications@chathub-inbox.com")
ZOOM = ("Zoom", "no-reply@zoom.us")
YT = ("YouTube", "noreply@youtube.com")
VM = ("Wednesfold Labour Voicemail", "voicemail@phonelink-business.co.uk")
MSF = ("Microsoft Forms", "no-reply@forms.office.com")
FB = ("Facebook", "notification@facebookmail.com")
FEMI = ("Femi Adebayo", "femi.adebayo@angelaruddock-office.org.uk")
DARBY = ("Lee Darby", "cllr.lee.darby@wednesfold.gov.uk")
TIX = ("TixSource", "noreply@tixsource.co.uk")

# =================================================================== WhatsApp Business via ChatHub

c.add("safety", subject="New WhatsApp conversation: +44 7700 900731", sender=CHAT,
      headers={"Auto-Submitted": "auto-generated"},
      tags=("social", "whatsapp", "veiled", "noisy", "implicit"),
      body="""ChatHub · New WhatsApp conversation
Inbox: Wednesfold & Tipley Labour (WhatsApp Business)
Contact: +44 7700 900731 ("Deano")
Assigned to: nobody

[19:02] Deano: u the labour lot?
[19:02] Auto-reply: Thanks for messaging Wednesfold & Tipley Labour! A volunteer will get back to you within 2 working days.
[19:03] Deano: 2 days lol
[19:05] Deano: u shut tipley baths. my lad has swam there 3 times a week since he was 6, hes in the county squad. now what
[19:09] Deano: tell darby i know where he drinks. swan on a friday, sits by the fruity
[19:10] Deano: he likes swimming so much he can have a go in the cut on his way home
[19:24] Deano: read 19:10 and no reply. noted

Open conversation in ChatHub · Assign""")

c.add("complaint", subject="New WhatsApp conversation: +44 7700 900268", sender=CHAT,
      tags=("social", "whatsapp", "hard-negative", "angry", "insult"),
      body="""ChatHub · New WhatsApp conversation
Inbox: Wednesfold & Tipley Labour (WhatsApp Business)
Contact: +44 7700 900268 ("Bev Hinton")

[08:41] Bev Hinton: Morning. I'm 68, I've got arthritis in both knees and the hydrotherapy sessions at Tipley pool are the only thing that keeps me walking. Tuesday and Thursday mornings for 11 years.
[08:42] Bev Hinton: Your councillors have closed it to save £400k. What did you spend on the new signs for the council house, I'd like to know.
[08:44] Bev Hinton: Shame on you. Shame on every one of you. I've voted Labour since I was 18 and I'll never vote Labour again. Spineless the lot of you.
[08:45] Bev Hinton: Don't send me the "difficult choices" message either, I've had it twice

Open conversation in ChatHub · Assign""")

c.add("query", subject="New WhatsApp conversation: +44 7700 900904", sender=CHAT,
      tags=("social", "whatsapp", "noisy"),
      body="""ChatHub · New WhatsApp conversation
Inbox: Wednesfold & Tipley Labour (WhatsApp Business)
Contact: +44 7700 900904 ("Kam")

[13:15] Kam: hi is cllr sahota doing his surgery this sat at brickkiln library?? do i need appointment or just turn up. its about my mums council house transfer. ta

Open conversation in ChatHub · Assign""")

c.add("data-protection", subject="New WhatsApp conversation: +44 7700 900415", sender=CHAT,
      tags=("social", "whatsapp", "confuser", "dp-no-legal-words"),
      body="""ChatHub · New WhatsApp conversation
Inbox: Wednesfold & Tipley Labour (WhatsApp Business)
Contact: +44 7700 900415 ("Sunita")

[20:30] Sunita: Hello, I've just received a message from this number about "your Labour team in Brickkiln". I'm on some kind of broadcast list. I never asked to be. I've never given my number to the Labour Party.
[20:31] Sunita: Who gave it to you? The only place I can think is the school PTA list, and the PTA chair is one of your councillors' wives.
[20:31] Sunita: Please take me off and delete my number. And I'd like an answer to my question.

Open conversation in ChatHub · Assign""")

c.add("urgent", subject="New WhatsApp conversation: +44 7700 900187", sender=CHAT,
      tags=("social", "whatsapp", "confuser", "robot-shape"),
      body="""ChatHub · New WhatsApp conversation
Inbox: Wednesfold & Tipley Labour (WhatsApp Business)
Contact: +44 7700 900187 ("Ron (Cinder Hill CC)")

[11:52] Ron (Cinder Hill CC): Marcia its Ron from the community centre. Rang your mobile no answer. I'm in Manor Hospital, they're keeping me in tonight with my chest. I'm the only keyholder for the centre and you've got the canvass briefing at 6 TONIGHT.
[11:53] Ron (Cinder Hill CC): Spare key is with Pam at 22 Coronation Rd but she goes to her daughter's at 4. Somebody needs to get it off her before then or you'll all be stood in the car park
[11:53] Ron (Cinder Hill CC): Sorry duck

Open conversation in ChatHub · Assign""")

c.add("other", subject="New WhatsApp conversation: +44 7700 900359", sender=CHAT,
      tags=("social", "whatsapp", "thanks"),
      body="""ChatHub · New WhatsApp conversation
Inbox: Wednesfold & Tipley Labour (WhatsApp Business)
Contact: +44 7700 900359 ("Winston Clarke")

[17:20] Winston Clarke: Good evening. This is Winston, Gloria Clarke's son. I wanted to thank the party for the flowers and the card for Mum's funeral, and for the lovely words from Marcia at the service. Mum delivered leaflets in Hallbrook for thirty years and never missed a round, even in the snow. She would have been very proud that so many of you came. God bless.

Open conversation in ChatHub · Assign""")

c.add("bulk", subject="ChatHub daily summary: 17 open conversations", sender=CHAT,
      headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
      tags=("whatsapp", "robot-shape", "confuser", "robot-no-list-headers"),
      body="""ChatHub · Daily summary for Wednesfold & Tipley Labour

Open conversations: 17
Unassigned: 12
Waiting over 48 hours: 6
Average first response time this week: 31 hours (target: 24 hours)

Busiest channel: WhatsApp Business (14)

Tip: Set up auto-assignment rules so conversations go straight to the right volunteer.

Open ChatHub · Notification settings""")

c.add("safety", subject="New WhatsApp conversation: +44 7700 900622", sender=CHAT,
      tags=("social", "whatsapp", "noisy", "veiled"),
      body="""ChatHub · New WhatsApp conversation
Inbox: Wednesfold & Tipley Labour (WhatsApp Business)
Contact: +44 7700 900622 ("🔥")

[23:41] 🔥: lol imagine if sum1 set fire 2 the labour office on church st 😂😂
[23:41] 🔥: jk
[23:42] 🔥: ...unless 👀
[23:44] 🔥: no cameras on the back door btw. just saying. u should sort that

Open conversation in ChatHub · Assign""")

# =================================================================== Zoom webinar registrations

c.add("safety", subject="New registrant for \"Budget Q&A with Cllr Gurpreet Sahota\"", sender=ZOOM,
      tags=("webform", "zoom", "veiled", "doxxing"),
      body="""Hi Marcia Lindo,

A new registrant has signed up for your webinar.

Topic: Budget Q&A with Cllr Gurpreet Sahota
Time: Wednesday 7:00 PM London
Registrant: Tipley Taxpayer
Email: tipleytaxpayer@proton.me

Questions & comments:
Will the councillor be doing this from home or from the council house? Only asking because I know which house on Brickkiln Lane is his, the one with the new block paving, and I'll be parked outside either way while he's on. Ask him if he'll come out and answer me in person after.

View registrants

Zoom Video Communications, Inc.""")

c.add("complaint", also=["query"], subject="New registrant for \"Budget Q&A with Cllr Gurpreet Sahota\"", sender=ZOOM,
      tags=("webform", "zoom", "confuser", "complaint-as-query"),
      body="""Hi Marcia Lindo,

A new registrant has signed up for your webinar.

Topic: Budget Q&A with Cllr Gurpreet Sahota
Time: Wednesday 7:00 PM London
Registrant: Leon Jarvis
Email: leon.jarvis@outlook.com

Questions & comments:
Registered but I want to know why the in-person meeting at Tipley was swapped for this. Half the people the pool closure affects are pensioners who don't do Zoom. Feels deliberate to me. Will there be an in-person session or not? If not I'll be raising it at my branch and I'll be at full council.

View registrants

Zoom Video Communications, Inc.""")

c.add("query", subject="New registrant for \"Meet Angela: online surgery\"", sender=ZOOM,
      tags=("webform", "zoom"),
      body="""Hi Marcia Lindo,

A new registrant has signed up for your webinar.

Topic: Meet Angela: online surgery
Time: Thursday 6:30 PM London
Registrant: Moira Lavelle
Email: m.lavelle@btinternet.com

Questions & comments:
I'm hard of hearing. Will there be live captions switched on, and will it be recorded so I can watch it back afterwards? Thank you.

View registrants

Zoom Video Communications, Inc.""")

c.add("procedural", subject="New registrant for \"General Committee - November (online)\"", sender=ZOOM,
      tags=("webform", "zoom", "confuser"),
      body="""Hi Marcia Lindo,

A new registrant has signed up for your meeting.

Topic: General Committee - November (online)
Time: Thursday 7:30 PM London
Registrant: Gwen Batham (Hallbrook branch delegate)
Email: gwen.batham@sky.com

Questions & comments:
Marcia, using this box as the agenda deadline is tonight. Hallbrook branch wishes to move an amendment to the EC's motion on the leisure centre:
In resolution 2, delete "notes with regret" and insert "opposes". Add a new resolution 4: "asks the Labour group to publish the options appraisal for Tipley leisure centre before the budget vote."
Moved by Gwen Batham, seconded by Ade Okonjo. Agreed at Hallbrook branch 3 Nov. Also apologies from our second delegate Phil Tonks.

View registrants

Zoom Video Communications, Inc.""")

c.add("bulk", subject="Your webinar \"Meet Angela: online surgery\" has 42 registrants", sender=ZOOM,
      headers=c.newsletter_headers("Zoom"),
      tags=("zoom", "robot-shape"),
      body="""Hi Marcia Lindo,

Your webinar starts in 24 hours.

Topic: Meet Angela: online surgery
Registrants: 42
Panelists: 2 (Angela Ruddock, Femi Adebayo)

Start webinar · Edit · Copy invitation

Tip: Test your audio and video before you go live.

Zoom Video Communications, Inc. · 55 Almaden Blvd, San Jose, CA""")

c.add("safety", subject="Chat transcript saved: General Committee - November (online)", sender=ZOOM,
      tags=("zoom", "embedded", "veiled", "following"),
      body="""Hi Marcia Lindo,

The chat transcript for your meeting has been saved to the cloud.

Topic: General Committee - November (online)

Transcript:
19:31 Gwen Batham: evening all
19:32 Ade Okonjo: can everyone mute please
19:40 Phil T: Can't hear the chair
19:44 Marcia Lindo (Host): Papers are in the email from Monday
19:58 Cinder Hill member: fix was in from the start, the lot of you
20:03 Cinder Hill member: we're sat in the car park at the back of the Cinder Hill centre. Sahota's car is the grey one isn't it
20:03 Cinder Hill member: we'll wait for him when this finishes. in person this time
20:06 Marcia Lindo (Host): Please can the chair see this
20:07 Ade Okonjo: who is that?? they've renamed themselves

View recording and transcript

Zoom Video Communications, Inc.""")

# =================================================================== YouTube

c.add("bulk", also=["complaint"], subject="New comments on \"Full Council - budget debate (Tipley leisure centre)\"", sender=YT,
      headers=c.newsletter_headers("YouTube"), fmt="alt",
      tags=("social", "youtube", "robot-shape", "hard-negative", "metaphor", "angry"),
      body="""New comments on your video

Full Council - budget debate (Tipley leisure centre)
Wednesfold & Tipley Labour

@brickkiln_bob: This council has murdered Tipley. First the market, now the baths. Nothing left.
@sarahj4581: 2:14:07 Sahota can't even look at the gallery
@TipleyLad: absolute shambles. shame on every one of them that voted for it
@oldmanfromtipley: my dad built that pool in 1971 with the corporation. He'd weep.

Reply · Manage comments in YouTube Studio

You received this email because you're subscribed to comment notifications. Unsubscribe.
YouTube, LLC 901 Cherry Ave, San Bruno, CA 94066""")

c.add("safety", subject="New comment on \"Cllr Stacey Whitehouse on the Hallbrook fly-tipping crackdown\"", sender=YT,
      tags=("social", "youtube", "doxxing", "veiled"),
      body="""New comment on your video

Cllr Stacey Whitehouse on the Hallbrook fly-tipping crackdown
Wednesfold & Tipley Labour

@HallbrookHonest: Stacey Whitehouse drives a white Mini, reg starts WF19, usually on the drive on Cinder Hill Road after 6. Just putting that out there 🙂 since she's so keen on naming and shaming people for a mattress in an alley

Reply · Hold for review · Remove

YouTube, LLC""")

# =================================================================== Facebook, Instagram, X, Nextdoor

c.add("safety", subject="Comments on your live video \"Tipley Pool: what happens next\"", sender=FB,
      fmt="alt",
      tags=("social", "pile-on", "doxxing", "explicit"),
      body="""Wednesfold & Tipley Labour

Your live video "Tipley Pool: what happens next" ended. 1.2K viewers · 604 comments

Highlighted comments:
Jason Plant: TRAITORS
Kelly Oakes: shut our pool and you've got the nerve to go live 😂
Mark Cartwright: whitehouse lives on cinder hill road number 14 go and knock
Jason Plant: string them all up
Shaun Nock: ^ from the lampposts outside the baths
Kelly Oakes: 14 cinder hill road everyone
Denise Rudge: Some of these comments are vile, the councillors are people
Jason Plant: not for long

View all comments · Manage live video

Meta Platforms Ireland Ltd.""")

c.add("complaint", subject="New message from Sharon Dudley", sender=FB,
      tags=("social", "hard-negative", "angry"),
      body="""Sharon Dudley sent a message to Wednesfold & Tipley Labour

Sharon Dudley: Your Cllr Darby has just parked his car right across my dropped kerb on Beacon Street while he goes round the doors with his leaflets. Silver Skoda, red rosette on the dashboard, can't miss it. My husband is in a wheelchair and we have a hospital appointment at 11. I've been out and shouted up the street and he's nowhere. Is this how you get votes? Please ring him and tell him to move it NOW and then maybe explain why your lot think the rules don't apply to them.

Reply in Messenger · Mark as done""")

c.add("query", subject="New message from Tomasz Zielinski", sender=FB,
      tags=("social", "non-native"),
      body="""Tomasz Zielinski sent a message to Wednesfold & Tipley Labour

Tomasz Zielinski: Hello, I am member since January. My son is 15 and very interested in politics, he want to come with me to branch meeting in Wednesfold Central next week. It is allowed for him to come and sit, or only for members? He is not old enough to join I think. Thank you

Reply in Messenger""")

c.add("safety", subject="New message from Gaz W", sender=FB,
      tags=("social", "noisy", "explicit", "implicit"),
      body="""Gaz W sent a message to Wednesfold & Tipley Labour

Gaz W: I KNOW WHERE U LIVE MARCIA. I KNOW UR LAD GOES TO WEDNESFOLD ACADEMY AND GETS THE 529. U LOT CUT THE SCHOOL BUS TO HALLBROOK NOW MY KIDS WALK 2 MILES ALONG THE RING ROAD. SO LETS SEE HOW U LIKE IT WHEN ITS YOUR KID ON HIS OWN. THINK ON

Reply in Messenger · Mark as done

Meta Platforms Ireland Ltd.""")

c.add("bulk", subject="Tipley Tearooms tagged Wednesfold & Tipley Labour in a post", sender=FB,
      headers=c.newsletter_headers("Facebook"),
      tags=("social", "robot-shape"),
      body="""Tipley Tearooms tagged Wednesfold & Tipley Labour in a post.

Tipley Tearooms: Thank you to @Wednesfold & Tipley Labour for booking our back room for your coffee morning! 🍰 Reminder to everyone we're open Sundays now 10-3, two-for-one bacon cobs before 11!

View post

You're receiving this because you manage Wednesfold & Tipley Labour. Meta Platforms Ireland Ltd.""")

c.add("safety", subject="cinderhill_gym_girl replied to your story", sender=("Instagram", "no-reply@mail.instagram.com"),
      tags=("social", "stalking", "following", "implicit"),
      body="""Instagram

cinderhill_gym_girl replied to your story

"saw marcia at the gym at 6 this morning again. she always leaves by the side door by the bins doesnt she. no one else about at that time 😘 tell her she looked tired"

Reply · Open Instagram

Instagram. Meta Platforms, Inc.""")

c.add("complaint", subject="single_mum_tipley sent you a message", sender=("Instagram", "no-reply@mail.instagram.com"),
      tags=("social", "contempt", "hard-negative", "angry"),
      body="""Instagram

single_mum_tipley sent you a message

"Angela Ruddock voted to keep the two child cap. I've got three kids, the youngest is 18 months, I work 24 hours at Aldi and I'm £290 a month worse off because of when she was born. Your MP stood on my doorstep in 2024 and said Labour would end child poverty. I've got nothing but contempt for her now, and for the rest of you posting pictures of bake sales. Don't ever knock my door again."

Open Instagram

Instagram. Meta Platforms, Inc.""")

c.add("bulk", subject="Trending in Wednesfold on X", sender=("X", "notify@x.com"),
      headers=c.newsletter_headers("X"),
      tags=("social", "robot-shape", "hard-negative", "benign-violent-word"),
      body="""Trending near Wednesfold

@WTLabour: Big turnout tonight! 40 volunteers hit the doors in Brickkiln 🌹 Thanks all
@BlackCountryPolitics: Hallbrook and Cinder Hill are Reform's target seats for May. Labour HQ reportedly pouring resources in.
@YoungLabourWT: knock 'em dead at the hustings @StaceyWhitehouse 💪
@TipleyTimes: Council tax to rise 4.99% - full story

See what's happening · Settings

X Corp. 1355 Market Street, San Francisco, CA 94103""")

c.add("safety", subject="You were mentioned in 5 posts", sender=("X", "notify@x.com"),
      tags=("social", "pile-on", "doxxing", "implicit"),
      body="""You were mentioned in 5 posts

@BrickkilnBoy · 3h
@WTLabour the stitch up in Cinder Hill. Marcia Lindo ran the selection. She's the one to ask

@NoMoreStitchUps · 3h
@BrickkilnBoy @WTLabour she lives off Church Lane Wednesfold, the new builds. red door

@BrickkilnBoy · 2h
@NoMoreStitchUps nice one. might pay her a visit

@concerned_wed · 2h
@NoMoreStitchUps you can't post people's addresses

@NoMoreStitchUps · 1h
@concerned_wed watch me. plenty more where that came from. her car's next

View on X · X Corp.""")

c.add("bulk", subject="Hallbrook: today's digest", sender=("Nextdoor Hallbrook", "no-reply@email.nextdoor-uk.com"),
      headers=c.newsletter_headers("Nextdoor"), fmt="alt",
      tags=("social", "robot-shape", "digest", "crime"),
      body="""Nextdoor · Hallbrook

Today's digest

FLY TIPPING AGAIN - back alley behind Hawthorn Rd · Neil P.
Sofa, two mattresses and what looks like a whole kitchen. Reported to council. 3rd time this month.
44 replies

Car broken into on Victoria Road last night · Jas K.
Window smashed, nothing taken as nothing in it. Police gave me a crime number. Anyone have a dashcam covering the top end?
19 replies

Councillor Whitehouse was at the alley clean-up Saturday · Bernie T.
Fair play she was there with her gloves on at 9am. More than I can say for some.
12 replies

Free: kids' bike, needs a tyre · Amy L.

See more on Nextdoor

You're receiving this because you're a member of Nextdoor Hallbrook. Unsubscribe""")

c.add("safety", subject="Trending in Hallbrook: \"FLY TIPPING - enough is enough\"", sender=("Nextdoor Hallbrook", "no-reply@email.nextdoor-uk.com"),
      tags=("social", "doxxing", "pile-on", "implicit", "confuser", "robot-no-list-headers"),
      body="""Nextdoor · Hallbrook

Trending: FLY TIPPING - enough is enough · Craig M. · Hallbrook

"Council does nothing. Councillor does photo ops. I say we all load up our vans Sunday and dump the lot on Stacey Whitehouse's drive. 14 Cinder Hill Rd. And her in it if she comes out moaning."

Replies:
Lisa G.: 😂 I've got a fridge
Paul D.: Sunday 10am, who's in
Bernie T.: Craig that's her house, her kids live there. Pack it in.
Craig M.: she should of thought of that

View all 63 replies

Nextdoor, 420 Taylor Street, San Francisco""")

# =================================================================== website forms

c.add("complaint", subject="New contact form submission", sender=("NationBuilder", "no-reply@nationbuilder.com"),
      reply_to=("Dennis Marsh", "dennis.marsh@live.co.uk"),
      tags=("webform", "hard-negative", "angry"),
      body="""New submission to "Contact us" on wednesfoldtipleylabour.org.uk

Dennis Marsh
dennis.marsh@live.co.uk
Cinder Hill

I am leaving the Labour Party after 31 years and I want the secretary to know why.

The Cinder Hill selection was a stitch-up from start to finish. The shortlisting meeting was called with four days' notice. Two of the three people on the panel were from the same branch as the candidate who won. Members who'd been in the ward for decades were told they'd "missed the freeze date" when they had been paying by direct debit the whole time. I raised all this at branch and was told to "put it in writing" and when I did, nothing.

I have knocked doors in Cinder Hill in the rain for three decades. I'll still knock them, but it won't be for you. Please process my resignation and do not send me the "we're sorry to see you go" email.

Dennis Marsh

--
This submission was received through NationBuilder.""")

c.add("query", also=["complaint"], subject="New contact form submission", sender=("NationBuilder", "no-reply@nationbuilder.com"),
      reply_to=("Joy Fellows", "joyfellows@hotmail.co.uk"),
      tags=("webform", "crime"),
      body="""New submission to "Contact us" on wednesfoldtipleylabour.org.uk

Joy Fellows
joyfellows@hotmail.co.uk
Lime Grove, Brickkiln

There have been three burglaries on Lime Grove since the clocks went back, including my next door neighbour who's 91 and was in bed at the time. The police came, gave out crime numbers and that's the last we've seen of them. There used to be a PCSO who walked round, we haven't seen one in two years.

Is there a PACT meeting for Brickkiln anymore, or a ward walkabout with the councillors? I'd like to come and bring a few neighbours. Also, is it true the council is turning off the street lights after midnight? Because that would be madness for us.

--
This submission was received through NationBuilder.""")

c.add("bulk", subject="Akismet: 23 spam submissions blocked this week", sender=("WordPress", f"wordpress@{SITE}"),
      tags=("webform", "robot-shape", "confuser", "robot-no-list-headers"),
      body=f"""Howdy!

Your site {SITE} had 23 spam form submissions blocked by Akismet this week, and 6 legitimate submissions delivered.

Spam caught this week: 23
Missed spam: 0
False positives: 0

Akismet has protected your site from 1,904 spam submissions since it was activated.

View your stats: https://{SITE}/wp-admin/admin.php?page=akismet-key-config

--
WordPress on {SITE}""")

c.add("safety", subject="Jotform: New submission - Volunteer sign-up", sender=("Kayleigh Pritchard", "organiser@wednesfoldtipleylabour.org.uk"),
      tags=("webform", "forwarded", "third-party-report", "stalking"),
      body=c.forward(
          """Marcia,

Flagging this volunteer sign-up before I do anything with it. I was going to just add him to the Saturday rota like everyone else but read the last answer properly. He's been at the last four of Angela's public events (I recognise the name from the sign-in sheets), and at the Tipley one he waited by the fire exit till she left.

I haven't replied. Do we tell Angela's office? I don't want him on any list that shows where she's going to be.

Kayleigh
(organiser)""",
          """Jotform - New submission: Volunteer sign-up

Full name: Adrian Moss
Email: a.moss.1979@gmail.com
Phone: 07700 900846
Ward: Wednesfold Central
Which activities would you like to help with? Street stalls; Events; Driving
When are you available? Any time
Why do you want to volunteer?
To get close to Angela. I've been to four of her events now and she smiled at me at the last one, it's obvious there's something there. I need to be on her team so I can be near her at the end when she leaves, make sure nobody else bothers her. I can drive her home. I know the way.""",
          "Jotform <noreply@jotform-notify.com>", "New submission - Volunteer sign-up"))

c.add("safety", subject="New contact form submission", sender=("NationBuilder", "no-reply@nationbuilder.com"),
      reply_to=("J", "jjj.wednesfold@outlook.com"),
      tags=("webform", "wish-harm", "implicit"),
      body="""New submission to "Contact us" on wednesfoldtipleylabour.org.uk

J
jjj.wednesfold@outlook.com

Message for Angela Ruddock.

Two child cap. You looked me in the eye and promised. I hope you get exactly what's coming to you. I won't be the one to do it, I've got kids to think about. But someone will, one of these days, at one of your little surgeries, and when they do I'll be sat at home laughing.

--
This submission was received through NationBuilder.""")

c.add("data-protection", subject="New contact form submission", sender=("NationBuilder", "no-reply@nationbuilder.com"),
      reply_to=("Colin Baugh", "colinbaugh@virginmedia.com"),
      tags=("webform", "confuser", "dp-no-legal-words", "youtube"),
      body="""New submission to "Contact us" on wednesfoldtipleylabour.org.uk

Colin Baugh
colinbaugh@virginmedia.com

You've put a video of the full council meeting on your YouTube channel. At 1 hour 3 minutes the camera turns to the public gallery and the councillor says "and Mr Baugh from Victoria Road, who's here today, has written to me about his HMO complaint" and then reads out bits of my letter, including the bit about my neighbour's mental health.

I didn't agree to be filmed and named on your channel, and my neighbour certainly didn't. Please cut that section out or take it down. I've had a message from someone at work asking if it's me.

--
This submission was received through NationBuilder.""")

c.add("other", also=["query"], subject="New contact form submission", sender=("NationBuilder", "no-reply@nationbuilder.com"),
      reply_to=("Tasha Griffiths", "tasha.griffiths94@gmail.com"),
      tags=("webform", "misdirected"),
      body="""New submission to "Contact us" on wednesfoldtipleylabour.org.uk

Tasha Griffiths
tasha.griffiths94@gmail.com

Hiya, is the hall at the Labour club free on Sat 14th for a kids party? 30 kids, 4-8pm, we'd need the kitchen and we'll bring our own bouncy castle. How much is it and do we need insurance? Thanks!!

--
This submission was received through NationBuilder.""")

# =================================================================== Microsoft Forms, consultation exports

c.add("procedural", subject="New response to \"Nominations: delegates to Regional Conference 2027\"", sender=MSF,
      tags=("survey", "robot-shape", "webform"),
      body="""Microsoft Forms

New response to "Nominations: delegates to Regional Conference 2027"

1. Name of nominee
Adebola Okonjo

2. Membership number
L2037741

3. Branch
Hallbrook

4. Is this a self-nomination?
Yes

5. Nominee's statement (max 100 words)
I'm a trade union rep at the Royal and a member of Hallbrook branch since 2019. I'd take our motion on the leisure centre and community health to conference and report back to every branch afterwards, in person, not just by email.

6. I confirm I have read the CLP's procedures for delegate elections
Yes

View results""")

c.add("safety", subject="New response to \"Cinder Hill selection - members' feedback\"", sender=MSF,
      tags=("survey", "veiled", "embedded"),
      body="""Microsoft Forms

New response to "Cinder Hill selection - members' feedback"

1. Which branch are you a member of?
Cinder Hill

2. Did you attend the selection meeting?
Yes

3. How satisfied were you with how the meeting was run? (1-5)
1

4. Any comments on the selection process?
It was a stitch-up and everyone knows it. Names have been taken of who organised it. The people who fixed this should be checking their tyres before they drive anywhere for a while, and checking who's behind them on the way home. That's not a threat, that's advice.

View results""")

c.add("bulk", subject="Weekly summary: \"Cinder Hill selection - members' feedback\"", sender=MSF,
      headers={"Auto-Submitted": "auto-generated"},
      tags=("survey", "robot-shape", "confuser", "robot-no-list-headers"),
      body="""Microsoft Forms

Weekly summary for "Cinder Hill selection - members' feedback"

New responses this week: 38
Total responses: 61
Average satisfaction (Q3): 2.1

Open in Excel · View results

You're receiving this summary because you own this form. Change notification settings.""")

c.add("safety", subject="Fwd: leisure centre consultation - responses export (see row 212)", sender=("Gurpreet Sahota", "cllr.gurpreet.sahota@wednesfold.gov.uk"),
      tags=("survey", "forwarded", "third-party-report", "veiled", "explicit"),
      body="""Marcia,

The council's consultation team sent the cabinet members the raw export of the leisure centre consultation responses today. I've cut out everything except row 212, which they've highlighted and reported to the police. I'm forwarding it because I'm due at the Tipley branch and the GC this month and you should know before I walk in. I'm not panicking but Harjit is.

Gurpreet

---
Row | Submitted | Postcode | Q4 Do you support the proposal? | Q9 Any other comments
211 | 03/10 21:14 | WV10 | No | Keep the pool. Cut councillors' allowances.
212 | 03/10 21:36 | (blank) | Strongly oppose | Anyone who votes to close Tipley baths deserves everything that's coming to them. And it is coming. Ask Sahota if he's looked under his car lately. Brickkiln Lane isn't that long a road.
213 | 03/10 21:40 | WV13 | No | My kids learned to swim there, please reconsider
""")

# =================================================================== petition, reviews

c.add("safety", subject="New comments on e-petition \"Keep Tipley Pool Open\"", sender=("Wednesfold Council e-Petitions", "epetitions@wednesfold.gov.uk"),
      tags=("petition", "conditional", "embedded"),
      body="""Wednesfold Metropolitan Borough Council - e-Petitions

The following comments have been added to the e-petition "Keep Tipley Pool Open", which you are following.

"Where will the schools go for swimming lessons now? Bilston is 25 minutes on the bus." - Signed by Rachel O., Tipley Green

"Sign it or don't, but any councillor who votes for closure won't be walking round Tipley safe after the budget meeting. I'll make sure of that personally." - Signed by Anonymous

"Save our pool!!" - Signed by Jordan E., Brickkiln

This petition will close on 15 January. Petitions with more than 1,500 signatures will be debated at Full Council.

This is an automated message from Wednesfold MBC. Please do not reply.""")

c.add("bulk", subject="New 4-star review", sender=("Google Business Profile", "businessprofile-noreply@google.com"),
      tags=("review", "robot-shape"),
      body="""Wednesfold & Tipley Labour (Church Street office) has a new review

★★★★☆ Harjeet Bains

"Went in to get help filling a council housing form. Friendly people, made me a cup of tea, sorted it in half an hour. Would be 5 stars if the office was open more than two mornings a week."

Reply to review

Google Business Profile""")

c.add("safety", subject="New review for Wednesfold & Tipley Labour", sender=("Google Business Profile", "businessprofile-noreply@google.com"),
      tags=("review", "veiled", "following", "stalking"),
      body="""Wednesfold & Tipley Labour (Church Street office) has a new review

★☆☆☆☆ D. Perks

"Marcia Lindo thinks she's untouchable behind that desk, ignoring people's emails. Funny thing is she lives three streets from me. I see her every morning at the bus stop on Church Lane, 7.40, always with her headphones in so she doesn't hear anyone coming. One of these mornings I'll say hello properly."

Reply to review · Report review

Google Business Profile""")

# =================================================================== voicemail

c.add("safety", subject="Voicemail: 1 new message from 07700 900478", sender=VM,
      tags=("voicemail", "non-native", "veiled", "noisy"),
      body="""Wednesfold Labour Voicemail

1 new message

From: 07700 900478
Mailbox: Office main line
Received: Tuesday 21:17
Duration: 00:48

Transcript (automated):
"Hello. This message for councillor Darby. Lee Darby. You send the enforcement men to my house on Victoria road for the HMO, now I lose my tenants, I lose my business, twelve years. You think I am nothing. I know your house. I know your wife car, the blue one. Be careful mister Darby, this is not finish. Not finish."

The audio file is attached (message.wav).
PhoneLink Business""")

c.add("complaint", subject="Voicemail: 1 new message from 01632 960573", sender=VM,
      tags=("voicemail", "hard-negative", "legal-threat", "angry", "noisy"),
      body="""Wednesfold Labour Voicemail

1 new message

From: 01632 960573
Mailbox: Office main line
Received: Monday 09:08
Duration: 01:39

Transcript (automated):
"Yeah morning it's Keith Hollis Hallbrook. Got my council tax bill Saturday. Four point nine nine percent. Four point nine nine, on top of last year, and what do I get, a bin every fortnight and a library that's open Tuesdays. Now I've looked at the rules and I don't think the council consulted properly on the parish, the, the precept, whatever it is, and I've spoke to my son in law who's a solicitor and you'll be hearing from him, believe me. I want somebody from the Labour group to ring me and explain it. Not a leaflet. Hollis. Oh one six three two nine six oh five seven three. Ta-ra."

The audio file is attached (message.wav).
PhoneLink Business""")

c.add("query", subject="Voicemail: 1 new message from 01632 960129", sender=VM,
      tags=("voicemail", "noisy", "robot-shape"),
      body="""Wednesfold Labour Voicemail

1 new message

From: 01632 960129
Mailbox: Office main line
Received: Friday 15:33
Duration: 00:52

Transcript (automated):
"Hello it's Mrs Val Nock. I've had a letter from the Labour party in London saying my membership has lapsed, lapsed, and I'm in arrears. But I pay by direct debit, I have done since nineteen ninety eight, it goes out the Halifax every month, I've checked. So I don't know what's happened. Am I still a member or not? I want to vote at the branch. Could somebody ring me back, I'm in all weekend."

The audio file is attached (message.wav).
PhoneLink Business""")

c.add("urgent", subject="Voicemail: 1 new message from 0121 496 0381", sender=VM,
      tags=("voicemail", "robot-shape"),
      body="""Wednesfold Labour Voicemail

1 new message

From: 0121 496 0381
Mailbox: Office main line
Received: Wednesday 14:02
Duration: 01:05

Transcript (automated):
"Hi, it's Carl from Midland Mailing Services about your door-to-door drop for Cinder Hill and Hallbrook. The Royal Mail collection is booked for tomorrow at eleven but I still haven't had the signed sales order or the payment, and without it they won't take the pallets and you lose the slot, next one is a week Monday which is after your by-election. I need it signed and back by ten tomorrow morning at the latest. Can Marcia or whoever ring me on oh one two one four nine six oh three eight one. Cheers."

The audio file is attached (message.wav).
PhoneLink Business""")

c.add("data-protection", subject="Voicemail: 1 new message from 07700 900632", sender=VM,
      tags=("voicemail", "confuser", "dp-no-legal-words"),
      body="""Wednesfold Labour Voicemail

1 new message

From: 07700 900632
Mailbox: Office main line
Received: Thursday 12:47
Duration: 00:44

Transcript (automated):
"Hi there, this is Anita Bhogal. I wrote to Councillor Sahota about the HMO next door to me and today my neighbour showed me your Facebook page, you've put my letter on it as an example of "what residents are saying", and you can read my address at the top, you've not blanked it out. The landlord's people will see it. Can you take it down straight away please and ring me back."

The audio file is attached (message.wav).
PhoneLink Business""")

c.add("safety", subject="Voicemail: 1 new message from 07700 900209", sender=VM,
      tags=("voicemail", "third-party-report", "following"),
      body="""Wednesfold Labour Voicemail

1 new message

From: 07700 900209
Mailbox: Office main line
Received: Saturday 13:26
Duration: 01:11

Transcript (automated):
"Hello it's Pauline from the florist's next door to your office. Look I don't want to worry anybody but there's been a man sat in a black Astra across the road every Saturday morning for about a month, while your volunteers are in. Today he's got out and he's taking photos of them coming out with the leaflets, the young girl with the pink hair especially, he followed her up to the lights and then came back. I've written down his registration. Can somebody ring me, and maybe don't let that girl walk to the bus on her own."

The audio file is attached (message.wav).
PhoneLink Business""")

c.add("safety", subject="Voicemail: 1 new message from Unknown", sender=VM,
      tags=("voicemail", "explicit", "noisy"),
      body="""Wednesfold Labour Voicemail

1 new message

From: Unknown
Mailbox: Office main line
Received: Sunday 00:52
Duration: 00:17

Transcript (automated):
"Tell Darby next time I see him I'm gonna batter him. I mean it. I'm not messing. Him and his enforcement. [inaudible] Tell him I'll be waiting."

The audio file is attached (message.wav).
PhoneLink Business""")

c.add("other", also=["bulk"], subject="Voicemail: 1 new message from 07700 900315", sender=VM,
      tags=("voicemail", "pocket-dial", "robot-shape"),
      body="""Wednesfold Labour Voicemail

1 new message

From: 07700 900315
Mailbox: Office main line
Received: Saturday 17:44
Duration: 02:00

Transcript (automated):
"[background noise] no the blue one [inaudible] have they got any [inaudible] chips chips and curry sauce yeah [inaudible] no I've not rung anybody [laughter] [background noise]"

The audio file is attached (message.wav).
PhoneLink Business""")

# =================================================================== ticketing

c.add("safety", subject="New booking: Annual Dinner & Awards (1 ticket) - message from customer", sender=TIX,
      tags=("booking", "stalking", "implicit"),
      body="""TixSource - New booking

Event: Wednesfold & Tipley Labour Annual Dinner & Awards
Venue: Bentley Hall Hotel
Booking ref: TXS-55127
Customer: P. Hickman
Seats: Table 1, seat A

Message from customer:
Front row / top table again please, seat 1A. That's the third event in a row, Marcia will know who it is. Tell her she doesn't need to worry about lifts home anymore, I've moved into the flats opposite hers on Church Lane. I can see her kitchen window from mine.

TixSource · Manage bookings""")

c.add("complaint", also=["query"], subject="New booking: Hustings - Cinder Hill by-election - message from customer", sender=TIX,
      tags=("booking", "confuser", "complaint-as-query"),
      body="""TixSource - New booking

Event: Cinder Hill by-election hustings
Venue: Cinder Hill Community Centre
Booking ref: TXS-55340
Customer: Rev. Alan Tipton
Seats: General admission x 2

Message from customer:
I've booked, but I'm disappointed to see from the poster that the Reform candidate hasn't been invited while the Conservative and Green ones have. As chair of Churches Together in Cinder Hill I was told this was meant to be an open hustings, not a party event. Whose decision was that, and can it be reversed? Otherwise I'm afraid we'll withdraw our support for it and say why.

TixSource · Manage bookings""")

c.add("bulk", subject="Booking confirmed: Annual Dinner & Awards - TXS-55098", sender=TIX,
      headers=c.newsletter_headers("TixSource"),
      tags=("booking", "robot-shape"),
      body="""TixSource - New booking

Event: Wednesfold & Tipley Labour Annual Dinner & Awards
Venue: Bentley Hall Hotel
Booking ref: TXS-55098
Customer: Mr & Mrs K. Sandhu
Seats: Table 6, seats C-D

Message from customer: -

Seats sold: 94 / 120

TixSource · Manage bookings · Turn off booking notifications""")

# =================================================================== MP casework, councillor forwards

c.add("safety", subject="FW: CW/24419 - please read before Saturday", sender=FEMI,
      tags=("crm", "forwarded", "third-party-report", "stalking"),
      body=c.forward(
          """Marcia - Angela asked me to send you this because the CLP organises the Saturday street stalls and the summer fun day, where she's out in public. The woman described below has been to three CLP events this year. We've reported to the parliamentary security team and the police. Please make sure stall volunteers know not to say where Angela will be next, and tell me if she turns up at a CLP event.

Femi Adebayo
Senior Caseworker, Office of Angela Ruddock MP""",
          """Casework record CW/24419

Type: Other - flagged (security)
Opened: 12/09

Notes:
12/09 - Constituent attended constituency office without appointment. Asked to see the MP "privately". Declined. Left envelope for MP.
12/09 - Envelope contained a 6-page handwritten letter describing the MP's daily routine in detail (times she leaves her home, the route she walks her dog, the café she uses on Fridays) and a printed photograph of the MP's front door.
19/09 - Constituent phoned twice asking whether the MP had "read my letter yet". Told the matter had been passed on.
02/10 - Volunteer at CLP stall on Wednesfold High St reports same woman stood near the stall for 2 hours asking when "Angela" would arrive.
Flag: no contact with MP; reported to PLO and police.""",
          "CaseBook <no-reply@casebook-mp.co.uk>", "CW/24419"))

c.add("complaint", subject="FW: CW/25102 - complaint about the CLP", sender=FEMI,
      tags=("crm", "forwarded"),
      body=c.forward(
          """Hi Marcia, this came to us but it's about the CLP, not the MP. Angela's asked if you could reply to him directly. Notes from the case record below.

Femi""",
          """Casework record CW/25102

Type: Complaint - party matter
Opened: 22/10

Notes:
22/10 - Constituent Mr R. Beddow (Hallbrook) emailed. He says he has written to the CLP three times since August about joining and volunteering and never had a reply. He filled in the "get involved" form on the CLP website twice. He describes this as "the rudest organisation I've ever tried to give my time to". He is "seriously considering" helping the Green candidate instead.
22/10 - Acknowledged. Explained MP's office and CLP are separate. Agreed to pass to the CLP secretary.""",
          "CaseBook <no-reply@casebook-mp.co.uk>", "CW/25102"))

c.add("data-protection", also=["complaint"], subject="CW/25277 - constituent says her case was discussed at branch", sender=FEMI,
      tags=("crm", "confuser", "dp-no-legal-words"),
      body="""Marcia,

I need to raise something delicate. A constituent we're helping with a domestic abuse housing case rang this morning very upset. She says a friend of hers who goes to Tipley Green branch told her that her situation (first name, street, and the fact she's in temporary accommodation because of her ex) was talked about at the last branch meeting under "councillor's report".

Our office shared the details only with Cllr Darby, for casework. I don't know what was said at the branch, and I'm not assuming anything, but she's frightened her ex will find out where she is. Could you check the branch minutes for that meeting and let me know whether anything identifying is in them, and who they've been circulated to? If it is in there it needs taking out and the copies recalling.

Thanks,
Femi Adebayo
Senior Caseworker, Office of Angela Ruddock MP""")

c.add("safety", subject="Fwd: texts from a resident - not sure what to do", sender=DARBY,
      tags=("forwarded", "third-party-report", "harassment", "implicit"),
      body="""Marcia,

Sorry to bother you with this on a Sunday night. A man started texting me after the Victoria Road HMO meeting. I've pasted them below. I'd put the early ones down to him being angry about the enforcement. The one from this afternoon is different. Olivia is six. She was with me at Asda this afternoon. She was wearing a pink coat.

I've not told Jen yet. What do I do? Police first or party first?

Lee

---
Tues: Councillor, you need to look again at the Victoria Rd enforcement, you're destroying people's livelihoods
Weds: Not even an acknowledgement
Fri: You had time for a photo with the fly tipping though
Sun 11:02: seen you in asda tipley with your little girl
Sun 11:03: pink coat. she's the image of you
Sun 11:15: enjoy your sunday lee. make the most of it""")

c.add("complaint", also=["query"], subject="Fwd: Mrs Raybould's texts (fly tipping)", sender=DARBY,
      tags=("forwarded", "hard-negative", "angry", "benign-violent-word"),
      body="""Marcia - Maxine Raybould has been texting me about the alley behind Hawthorn Rd (not my ward, it's Stacey's, but she's got my number from the fun day). She's angry rather than dangerous, I know her, she does the Tipley food bank. But she says she's going to dump the lot on the council house steps and she's asking me whether the party will back her. Do we have a line on this? I don't want to encourage it but I don't want to tell a food bank volunteer to shut up either.

Lee

---
Maxine: Lee it's back. Mattresses, a fridge and what smells like something dead. Rats the size of cats. The kids walk past it to school
Maxine: Third time reported. The council's "rapid response" team must be on a go slow
Maxine: I'm going to bag the lot up Saturday and dump it on the steps of the council house. Let them smell it. You coming?
Maxine: And if Stacey turns up I'll hand her a pair of gloves. Will the party back us or not""")

c.add("safety", subject="New response: AGM 2026 - RSVP", sender=("Google Forms", "forms-receipts-noreply@google.com"),
      tags=("webform", "booking", "veiled", "confuser", "robot-no-list-headers"),
      body="""AGM 2026 - RSVP

New response

Your name
Cinder Hill remembers

Branch
Cinder Hill

Will you attend?
Yes

Will you bring a guest?
Yes - a few

Any access or dietary requirements?
None. We'll bring our own refreshments. Tell Marcia and whoever counted the votes in the selection that we'll be in the front row and we'll be staying behind afterwards to "discuss" it in the car park. They won't enjoy the evening. Best not to plan on walking home.

View all responses · Google Forms""")

c.add("safety", subject="Kev Bassett doesn't recommend Wednesfold & Tipley Labour", sender=FB,
      tags=("social", "review", "conditional", "veiled"),
      body="""Kev Bassett doesn't recommend Wednesfold & Tipley Labour.

"Last warning to Sahota and the rest of you. If Tipley pool shuts on the 20th, me and a few of the lads from the swimming club dads will be at his Saturday surgery at Brickkiln library. He'll wish he'd voted the other way. Nobody's going to be talking about swimming by the time we're done."

View recommendation · Reply

Meta Platforms Ireland Ltd.""")

c.add("complaint", also=["procedural"], subject="New response: AGM 2026 - feedback", sender=("Google Forms", "forms-receipts-noreply@google.com"),
      tags=("survey", "robot-shape", "confuser", "hard-negative", "angry"),
      body="""AGM 2026 - feedback

New response

How would you rate the AGM overall?
1 - Very poor

What worked well?
The sandwiches.

What could be better?
The chair cut off three Cinder Hill members at the microphone in under a minute each while letting the EC's people go on for five. The vote on the standing orders change was taken with no count when it was obviously close, and when I asked for a card vote I was told "we've moved on". That is not how an AGM is supposed to be run and I want the secretary to explain under which standing order the chair refused a count.

I'd like a response from the secretary, not a form email. Gwen Batham, Hallbrook.

View all responses · Google Forms""")

c.write()
