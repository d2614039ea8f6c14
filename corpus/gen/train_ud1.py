"""train/ud1: threats in robot-shaped mail, part 1 (Saltcote & Marsh CLP, a coastal seat).
All content hand-written.

Everything here arrives in the shape of machine mail: Facebook, Instagram, X and YouTube
notifications, a Nextdoor digest, petition-site comment digests, a Google Business Profile
review, voicemail-to-email transcripts from the office phone system, website contact and
volunteer forms, a survey tool, a Slack digest, a ticketing system, Mailman and Google Groups
list mail. 30 safety messages hide the threat in the user-written part (a comment, a post among
harmless posts, a form field, a transcript line, a report by the robot's user). 30 messages in
the same shapes carry no menace: angry or ordinary comments, violent metaphors in list debate,
and contact-form/voicemail content labelled by what the person wants.

Local colour: Saltcote (pier, harbour, the Bellevue hotel used as asylum accommodation, the
offshore wind-farm cable route across the marshes), wards Quayside, Eastcliff, Marshfield,
Ollerby, Greyhithe and Bellstone. MP Dan Whitlock. Secretary Ruth Ellery."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ud1", seed=6601)
c.clp = ("Saltcote & Marsh CLP", "Ruth Ellery", "secretary@saltcotemarshlabour.org.uk")
P = c.person
SITE = c.site()
FB = ("Facebook", "notification@facebookmail.com")
ND = ("Nextdoor", "no-reply@nextdoor.co.uk")
VM = ("Office Voicemail", "voicemail@phone-system.example")
PET = ("Petitions", "noreply@petitions.example")
RS = ("robot-shape",)

# =====================================================================================
# SAFETY (30)
# =====================================================================================

# S1 Facebook comment notification, veiled about the MP's car and routine
c.add("safety", subject="Gary Pike commented on your post",
      sender=FB, headers=c.newsletter_headers("Facebook"), fmt="alt",
      tags=RS + ("social", "veiled", "implicit", "embedded"),
      body="""Gary Pike commented on Saltcote & Marsh Labour's post.

Saltcote & Marsh Labour
"Dan was at the Bellevue this morning talking to staff and residents about how we make sure the town and the people housed there are both looked after..."

Gary Pike
"looked after" lol. he parks that silver skoda on Trinity Road every friday when he does his little surgery. nice quiet road that. be a shame if anything happened to it. or him walking back to it

Like · Reply · 2h

View Comment

This message was sent to secretary@saltcotemarshlabour.org.uk. If you don't want to receive these emails from Meta in the future, please unsubscribe.
Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ireland""")

# S2 Nextdoor digest, one post among harmless ones, explicit arson suggestion
c.add("safety", subject="Trending in Old Town and 14 nearby neighbourhoods",
      sender=ND, headers=c.newsletter_headers("Nextdoor"),
      tags=RS + ("social", "list", "embedded", "explicit"),
      body="""Nextdoor
Your daily digest for Old Town, Saltcote

TRENDING POSTS

Lost: grey tabby, answers to Biscuit
Mel W. · Eastcliff · 3 hr ago
Hasn't been home since Tuesday night. Microchipped, very friendly, has a white patch on his chin. Around Cliff Terrace / Beacon Road. Please check sheds and garages!! 
12 replies

Anyone recommend a plumber who actually turns up?
Tony R. · Quayside · 5 hr ago
Third one this month has no-showed. Combi boiler pressure keeps dropping. Not after the cheapest just someone reliable.
31 replies

Bin collection changes from 3rd
Saltcote Town Council (Agency) · 6 hr ago
Garden waste collections move to fortnightly Thursdays in Eastcliff and Old Town. Full calendar on the council website.

That labour office on Harbour Parade
Dean H. · Old Town · 7 hr ago
Walked past the labour office again today, still got the "refugees welcome" poster in the window after everything thats gone on at the Bellevue. honestly that place wants burning out with them inside it. old wooden frontage, wouldnt take much. just saying what everyone is thinking
48 replies

Free to collect: child's bike, 16 inch
Priya S. · Ollerby · 9 hr ago
Outgrown, bit rusty on the chain but rides fine. Pick up from Ollerby Road this weekend.

See all posts

You are receiving this email because you are a member of Nextdoor Old Town. Unsubscribe or change your email settings.
Nextdoor, 420 Taylor Street, San Francisco, CA 94102""")

# S3 contact form, polite opening then knowledge of councillor's children
c.add("safety", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("K. Marsh", "kmarsh.saltcote@outlook.com"),
      tags=RS + ("webform", "embedded", "implicit"),
      body=c.webform({
          "Name": "K Marsh",
          "Email": "kmarsh.saltcote@outlook.com",
          "Ward (if known)": "Eastcliff",
          "Subject": "Cllr Tranter",
          "Message": """Hello, I hope whoever reads these is well.

I have written to Cllr Tranter three times about the HMO next door to my mother and she has not had the courtesy to reply, so I'm trying this instead.

Perhaps she'd reply faster if she knew how easy she is to find. Her two girls are at St Anne's, the little one gets picked up by the grandad in the blue Berlingo at quarter past three. Lovely family. I'm sure she'd want them kept out of all this.

I look forward to hearing from her.""",
      }))

# S4 voicemail transcript, veiled, noisy transcription
c.add("safety", subject="New voicemail from +44 7700 900412 (0:41)",
      sender=VM,
      tags=RS + ("voicemail", "veiled", "noisy"),
      body="""You have a new voicemail.

From: +44 7700 900412
To: Saltcote Labour office (ext 201)
Received: Tuesday 22:47
Duration: 0:41

Transcription (automatic, may contain errors):
"Yeah this is a message for the secretary or whoever. You lot and Whitlock. You think you can just dump. Um. Dump two hundred blokes in the bell view and nobody's going to do nothing. [inaudible] we know where he lives right, we know it's the one with the green door on. On Saltings Lane. So. You tell him tick tock. Tick tock. He's got till the end of the month [inaudible]."

Listen to the message: https://voice.phone-system.example/vm/8f21c

This is an automated message from your phone system. Please do not reply.""")

# S5 petition comment digest, explicit among furious-but-harmless comments
c.add("safety", subject="12 new comments on \"Close the Bellevue Hotel asylum centre NOW\"",
      sender=PET, headers=c.newsletter_headers(),
      tags=RS + ("petition", "embedded", "explicit", "conditional"),
      body="""New comments on a petition you are following

Close the Bellevue Hotel asylum centre NOW
Started by Saltcote Residents First · 3,218 signatures

"My daughter can't walk along the front on her own any more. Disgraceful."
— Sharon, Saltcote

"Signed. Labour promised us this would be temporary. That was 18 months ago."
— Anonymous

"I run a B&B on the seafront and bookings are down a third. Who pays for that?"
— Keith, Eastcliff

"If the council wont shut it we will. Bring petrol and bring the lads, saturday after the match. Whitlocks office first."
— Anonymous

"I've emailed the MP six times. Not one reply."
— Janet, Bellstone

"Not racist, just want our town back."
— Lee, Greyhithe

Read all comments · Share this petition

You're getting this email because you signed or followed this petition. Manage notifications.""")

# S6 Google review on the office listing, veiled with following
c.add("safety", subject="New review for Saltcote & Marsh Labour Party Office",
      sender=("Google Business Profile", "businessprofile-noreply@google.com"), fmt="alt",
      tags=RS + ("review", "veiled", "following"),
      body="""New review

Saltcote & Marsh Labour Party Office
14 Harbour Parade, Saltcote

★☆☆☆☆  Mark Rolfe · Local Guide · 23 reviews

Went in to ask about my housing case. The woman on the desk with the red hair told me to email. Email!! I've been emailing for a year. Don't worry love I know what time you lock up, quarter past five isn't it, and I know which way you walk to the car park. Next time we'll have that chat properly without the desk in the way.

Reply to review

You're receiving this email because you manage this Business Profile on Google.
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043""")

# S7 Facebook moderation notice about an automatically hidden comment
c.add("safety", subject="We hid a comment on your Page",
      sender=FB, fmt="html",
      tags=RS + ("social", "veiled", "html-only"),
      body="""Your Page's moderation settings hid a comment

Saltcote & Marsh Labour

A comment on your post "Count night volunteers needed, Saltcote Leisure Centre" was hidden from the public because it may contain threatening language. Only you and the commenter can see it.

Stevie Dunmore: see you at the count Ruth Ellery. might want to bring a helmet this time. we'll be waiting outside when the results are in, all of us

Review comment · Unhide · Ban user

Meta Platforms Ireland Ltd.""")

# S8 Mailman digest of the members' list, one post reports a note through a door
c.add("safety", subject="Saltcote-members Digest, Vol 38, Issue 6",
      sender=("saltcote-members-request@lists.saltcotemarshlabour.org.uk"),
      headers=c.list_headers("Saltcote-members", domain="lists.saltcotemarshlabour.org.uk"),
      tags=RS + ("list", "embedded", "third-party-report", "doxxing"),
      body="""Send Saltcote-members mailing list submissions to
	saltcote-members@lists.saltcotemarshlabour.org.uk

To subscribe or unsubscribe via the World Wide Web, visit
	https://lists.saltcotemarshlabour.org.uk/mailman/listinfo/saltcote-members
or, via email, send a message with subject or body 'help' to
	saltcote-members-request@lists.saltcotemarshlabour.org.uk

Today's Topics:

   1. Saturday stall rota (Liam Kerrigan)
   2. Re: Saturday stall rota (Pauline Hext)
   3. Something I think everyone should know (Joe Amadi)
   4. Quiz night raffle prizes (Nadia Farouk)

----------------------------------------------------------------------

Message: 1
Date: Thu, 8 Oct 2026 19:02:11 +0100
From: Liam Kerrigan <liam.kerrigan@saltcotemarshlabour.org.uk>
Subject: Saturday stall rota

Hi all, need two more for 10-12 outside Boots. Leaflets are in the office. Reply to me not the list!

Liam

------------------------------

Message: 2
Date: Thu, 8 Oct 2026 19:40:37 +0100
From: Pauline Hext <paulinehext@btinternet.com>
Subject: Re: Saturday stall rota

I can do 10-11. Will bring the gazebo weights.

------------------------------

Message: 3
Date: Thu, 8 Oct 2026 21:15:02 +0100
From: Joe Amadi <j.amadi@gmail.com>
Subject: Something I think everyone should know

Sorry to use the list for this but I think people need to know.

Last night somebody put a printed sheet through my door. It had my name, my address, my wife's name and the name of the nursery our son goes to, under the heading "LABOUR TRAITORS OF SALTCOTE". At the bottom it said "we've got all of you, see you soon". There were four other names on it. I recognised two from the Bellstone branch. I'm not putting them on here.

I've reported it to the police (ref on request). If you get one please don't throw it away, bag it and call 101, and tell Ruth.

Joe

------------------------------

Message: 4
Date: Thu, 8 Oct 2026 22:01:48 +0100
From: Nadia Farouk <nadia.farouk@outlook.com>
Subject: Quiz night raffle prizes

Joe that's horrible, so sorry. Ring me if you want anything.

Separately - still need raffle prizes for the 24th, bottles or vouchers. Thanks all x

------------------------------

End of Saltcote-members Digest, Vol 38, Issue 6
************************************************""")

# S9 X mention notification, veiled about the MP's surgery
c.add("safety", subject="@saltmarsh_mtb mentioned you",
      sender=("X", "notify@x.com"), headers=c.newsletter_headers(), fmt="alt",
      tags=RS + ("social", "veiled", "following"),
      body="""@saltmarsh_mtb mentioned you

saltmarsh mtb @saltmarsh_mtb
@SaltcoteLabour your boy Whitlock does his surgery at the library every 2nd saturday 10 till 12. plenty of us will be there this time. lets see how brave he is when theres no coppers about and he has to walk out the back to the car park 👀

Reply  Repost  Like

View on X

This email was sent to @SaltcoteLabour. Unsubscribe from these notifications.
X Corp. 1355 Market Street, Suite 900, San Francisco, CA 94103""")

# S10 ticketing system update from regional office: doxxing reported
c.add("safety", subject="[Member Services] Re: Ticket #40217 - officers' addresses posted online",
      sender=("Labour Regional Office (East)", "memberservices@helpdesk.example"),
      headers=c.autoreply_headers("rfc3834"),
      tags=RS + ("ticket", "third-party-report", "doxxing"),
      body="""##- Please type your reply above this line -##

Your request (#40217) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Harriet (Regional Office - East)

Hi Ruth,

Thanks for sending the screenshots through. I've passed them to the party's safeguarding and security team this morning and they'll be in touch with you directly today.

To confirm what we've logged: a Telegram channel called "Saltcote Patriots" has posted the home addresses of yourself, Colin Pask and Cllr Olaniyan, alongside photographs of your front doors and the caption "these are the ones who let them in - pay them a visit". We've also noted the message you received afterwards saying "nice garden".

In the meantime please report it to Essex Police if you haven't already (and give us the reference), and do not engage with the channel. Please ask Colin and Ade to keep a log of anything else.

Harriet

----------------------------------------------

Ruth Ellery

Screenshots attached. Three of us named. Can someone ring me please?

----------------------------------------------

This email is a service from Labour Regional Office. Delivered by Helpdesk.""")

# S11 WordPress comment moderation, doxxing of a councillor
c.add("safety", subject="[Saltcote & Marsh Labour] Please moderate: \"Quayside by-election: thank you\"",
      sender=("WordPress", "wordpress@" + SITE),
      tags=RS + ("comment-moderation", "doxxing", "implicit"),
      body="""A new comment on the post "Quayside by-election: thank you" is waiting for your approval
https://""" + SITE + """/2026/09/quayside-by-election-thank-you/

Author: TrueSaltcote (IP address: 203.0.113.77)
Email: truesaltcote1066@proton.me
URL:
Comment:
Ade Olaniyan won by 140 votes and thinks that makes him one of us. He lives on Anchor Street, number 31, the one with the bins out front, goes to the Costa on the quay every morning about 8. People round here know his door now. Let's see how long he feels at home.

Approve it: https://""" + SITE + """/wp-admin/comment.php?action=approve&c=412
Trash it: https://""" + SITE + """/wp-admin/comment.php?action=trash&c=412
Spam it: https://""" + SITE + """/wp-admin/comment.php?action=spam&c=412
Currently 3 comments are waiting for approval. Please visit the moderation panel:
https://""" + SITE + """/wp-admin/edit-comments.php?comment_status=moderated""")

# S12 Instagram DM request notification, stalking a young canvasser
c.add("safety", subject="saltcote_lad_88 wants to send you a message",
      sender=("Instagram", "no-reply@mail.instagram.com"), fmt="alt",
      tags=RS + ("social", "stalking", "implicit"),
      body="""saltcote_lad_88 wants to send you a message.

"nice pics of your canvass team on the marshfield estate. the girl in the yellow raincoat, shes on marsh lane isnt she, the house with the trampoline. tell her i said hi. ive seen her a few times now"

Accept or decline the message request in the Instagram app.

from Meta
© Instagram. Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025
This message was sent to secretary@saltcotemarshlabour.org.uk and intended for saltcotelabour.""")

# S13 voicemail, calm elderly-sounding caller, conditional
c.add("safety", subject="Voicemail (1:12) from Withheld",
      sender=VM,
      tags=RS + ("voicemail", "conditional", "veiled"),
      body="""New voicemail received

Caller: Withheld
Mailbox: 201 (Office general)
Length: 1 min 12 sec

Transcript:
Good afternoon. I'd like this passed on to the secretary please. My name doesn't matter. I've lived in Saltcote since nineteen sixty two and I've watched the pier go, the fish market go, the hospital go, and now your lot want to close it altogether and sell it to a developer. I've written. I've signed things. I went to the meeting. Nobody listens to an old man. So I'll say it plainly. If that pier is sold, somebody is going to get hurt, and it won't be me, I've nothing left to lose at my age. Tell Mr Whitlock. I think he'll understand me. Goodbye.

Audio attached: vm_20261014_1402.wav

-- 
Sent by your hosted phone system. Replies to this address are not monitored.""")

# S14 volunteer sign-up form, veiled
c.add("safety", subject="New volunteer sign-up: Saltcote & Marsh Labour",
      sender=("NationBuilder", "no-reply@nationbuilder.com"),
      reply_to="nobodyyouknow@mailinator.com",
      tags=RS + ("webform", "veiled", "following"),
      body=c.webform({
          "First name": "Not",
          "Last name": "Telling",
          "Email": "nobodyyouknow@mailinator.com",
          "Mobile": "",
          "I can help with": "Canvassing; Events",
          "Which ward?": "Eastcliff",
          "Anything else we should know?": "Put me on the Eastcliff canvass with Bev Tranter. I want to meet her in person, I've got something for her. She won't like it but she'll remember it. I know she does Thursday evenings.",
      }, site="saltcotemarshlabour.nationbuilder.com", form="Volunteer with us"))

# S15 event registration with attendee question field
c.add("safety", subject="New registration: Meet Your MP - Marshfield Community Centre",
      sender=("Eventbrite", "noreply@order.eventbrite.com"), fmt="alt",
      tags=RS + ("event", "webform", "veiled", "explicit"),
      body="""Good news! Someone just registered for your event.

Meet Your MP: Dan Whitlock Q&A
Thursday 19 November, 7:00 PM
Marshfield Community Centre

Order #9901344172
Name: D. Carver
Tickets: General admission x 4

Attendee question: "Do you have a question for Dan?"
Answer: Yes. Are you having security? Because you should. Me and three mates are coming and we've got questions about the wind farm cable through our land and if he gives us the usual flannel we won't be asking with words. Last chance for him.

View order · Manage attendees

Eventbrite, 535 Mission Street, San Francisco, CA 94105""")

# S16 Google Groups post from an activist: canvassers followed
c.add("safety", subject="[saltcote-activists] careful on Greyhithe tomorrow",
      sender=("Liam Kerrigan", "liam.kerrigan@saltcotemarshlabour.org.uk"),
      headers=c.list_headers("saltcote-activists", domain="googlegroups.com", precedence=False),
      tags=RS + ("list", "third-party-report", "following"),
      body="""All,

Quick one before tomorrow's session. Last night on the Greyhithe estate a man in a grey hoodie followed Tasha and Ian from Copse Road back to Ian's car, about a hundred yards behind them the whole way. When they got in he stood in front of the bonnet, photographed the number plate and said "now I know who you are. I'll find you." Then walked off.

Ian's reported it. We're not cancelling but:
- nobody canvasses in pairs on Greyhithe, groups of four minimum
- park on the main road, not in the estate
- if you see him (40s, shaved head, grey hoodie, small white dog) leave and ring me

Ruth is aware.

Liam

--
You received this message because you are subscribed to the Google Groups "saltcote-activists" group.
To unsubscribe from this group and stop receiving emails from it, send an email to saltcote-activists+unsubscribe@googlegroups.com.""")

# S17 contact form, non-native (Romanian) member reports threat at stall
c.add("safety", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Ioana Dobre", "ioana.dobre91@yahoo.com"),
      tags=RS + ("webform", "third-party-report", "non-native"),
      body=c.webform({
          "Name": "Ioana Dobre",
          "Email": "ioana.dobre91@yahoo.com",
          "Subject": "man at saturday stall",
          "Message": """Hello, I am Ioana I help at the stall on Saturday near Boots. A man came many times to the table, first he is shouting about immigrants this is ok I am used, but then he read my name from the badge and he say "Ioana, you work in Sea View care home, yes? I will come there. I will come for you there and you lose everything, they will send you back in box". I did not say him where I work. I dont know how he know this.

I am afraid to go to work now on night shift. Please what I must do? I did not call police because I dont know if is serious enough. Sorry for my English.""",
      }))

# S18 Facebook Messenger notification to the page inbox, explicit conditional, noisy
c.add("safety", subject="New message for Saltcote & Marsh Labour",
      sender=("Facebook", "notification@facebookmail.com"), headers=c.newsletter_headers("Facebook"),
      tags=RS + ("social", "explicit", "conditional", "noisy"),
      body="""Saltcote & Marsh Labour has a new message

Rob Ansell
"tell ur mp hes a dead man walkin if them cables go thru the marsh. my familys farmed that land 4 generations. i mean it, DEAD MAN. he can come and tell me to my face if hes got the b***s"

Reply in Meta Business Suite

Responding quickly helps your Page's response rate.

This message was sent to secretary@saltcotemarshlabour.org.uk.
Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, Ireland""")

# S19 petition "message to decision maker" from a signer, veiled
c.add("safety", subject="A supporter has sent a message to decision maker: Cllr Jim Scarrow",
      sender=PET, headers=c.newsletter_headers(),
      tags=RS + ("petition", "veiled", "embedded", "following"),
      body="""You are listed as a contact for the petition "Save Saltcote Pier - No Sale to Developers".

A supporter has written to the decision maker. Supporters' messages are shared with the petition starter and contacts.

To: Cllr Jim Scarrow (Marshfield)
From: Wayne B., Saltcote

"Jim I've known you since school, we were in the same year at Priory. I honestly thought you were one of the good ones. I'm gutted about this vote, the pier was where my dad taught me to fish and I wanted to do the same with my lad. You'd better hope I don't run into you on the prom after that planning meeting, because I won't be responsible. I mean that Jim. Think about it before you vote."

Total supporters: 6,402

Manage how you receive notifications""")

# S20 Slack digest with a staffer's report of doxxing of the women's officer
c.add("safety", subject="Saltcote Labour: you have 4 unread messages",
      sender=("Slack", "feedback@slack.com"), headers=c.newsletter_headers(), fmt="alt",
      tags=RS + ("chat", "third-party-report", "doxxing", "embedded"),
      body="""You have unread messages in Saltcote Labour

#campaign-team

Liam Kerrigan  9:42 AM
Morning. Leaflet drop for Ollerby is moved to Sunday.

Pauline Hext  9:58 AM
👍

#officers

Liam Kerrigan  10:15 AM
Heads up @Ruth - the bloke who was shouting at Nadia at the stall last week has just messaged the campaign Instagram. He's sent her full home postcode and a photo of her front door taken from across the road, with "see you soon Nadia x". I've screenshotted it and blocked him. Nadia doesn't know yet, I didn't want to do it by text. Can you ring me?

Colin Pask  10:21 AM
Christ. Ring the police first Liam, then Ruth.

Open Slack

You're receiving this email because you have unread messages. Notification settings.""")

# S21 HTML-only Nextdoor urgent post: suspicious package outside office
c.add("safety", subject="Urgent alert posted in Quayside",
      sender=ND, fmt="html",
      tags=RS + ("social", "suspicious-item", "third-party-report", "html-only"),
      body="""Urgent alert from a neighbour in Quayside

Suspicious package outside Harbour Parade

Carol F. · Quayside · 6:52 AM

Walking the dog just now and there's a shoebox taped up with brown tape sat in the doorway of the Labour office on Harbour Parade, someone's written TRAITORS on the lid in marker. There's wires or something poking out the side and it smells of petrol. I've not touched it. Rung 999. Please keep away from that end of the parade till police get there.

Thank 23 · Reply 9

You're receiving this urgent alert because you live in or near Quayside. Manage notifications.""")

# S22 voicemail, stalking the secretary's routine, implicit
c.add("safety", subject="New voicemail from +44 1632 960771 (0:18)",
      sender=VM,
      tags=RS + ("voicemail", "implicit", "stalking"),
      body="""You have a new voicemail.

From: +44 1632 960771
To: Saltcote Labour office (ext 201)
Received: Saturday 05:58
Duration: 0:18

Transcription (automatic, may contain errors):
"Morning Ruth. You'll be out with the dog soon. Cliff path, six o'clock, like always. Brown coat. [pause] It's a long way down off that path, isn't it. Careful now."

Listen to the message: https://voice.phone-system.example/vm/a03d7

This is an automated message from your phone system. Please do not reply.""")

# S23 survey tool, single new response, explicit
c.add("safety", subject="New response to \"What matters to you in Saltcote?\"",
      sender=("Typeform", "notifications@typeform.com"),
      tags=RS + ("webform", "explicit", "noisy"),
      body="""You've got a new response!

Form: What matters to you in Saltcote?
Submitted: 02:14

1. Which ward do you live in?
Greyhithe

2. What is the single most important issue for you?
Other

3. Tell us more
HANGING TRAITORS. whitlock first, then that ellery woman who runs there office, then the councillors who put them in the hotel. lamp posts on the prom, one each. theres a list and ur all on it

4. Can we contact you?
No

View all responses in Typeform""")

# S24 YouTube comment notification, wish-harm / explicit
c.add("safety", subject="New comment on \"Dan Whitlock MP speaks in the Coastal Communities debate\"",
      sender=("YouTube", "noreply@youtube.com"), headers=c.newsletter_headers(), fmt="alt",
      tags=RS + ("social", "wish-harm", "explicit"),
      body="""Saltcote & Marsh Labour, someone commented on your video

Dan Whitlock MP speaks in the Coastal Communities debate

@coastalpatriot_77
Id happily pay good money to see someone finish this clown off. Jo Cox didnt stop them did it. Hes next and he knows it

REPLY

YouTube, LLC 901 Cherry Ave, San Bruno, CA 94066, USA
You received this email because you have notifications on for comments on your channel.""")

# S25 residents' forum list post: long heated thread, doxxing buried at the end
c.add("safety", subject="[SaltcoteForum] Re: Bellevue hotel - who voted for it",
      sender=("Graham Tuttle", "gtuttle64@sky.com"),
      headers=c.list_headers("SaltcoteForum", domain="lists.saltcote-residents.example"),
      tags=RS + ("list", "doxxing", "embedded", "quoted"),
      body="""On 12 Oct, Brenda Coles wrote:
> Can we please keep this civil. There are people on this list on both
> sides and most of us just want the hotel back as a hotel. The council
> meeting is on the 28th and anyone can speak if they register.

Brenda I've been civil for eighteen months. Civil got us nowhere.

For everyone asking, the Labour councillors who voted for the extension of the contract were Olaniyan, Tranter, Scarrow and Mehta. The Lib Dem abstained. The two independents voted against, credit to them.

I've also been asked by a few people on here about the party's office and the woman who runs it. Office is 14 Harbour Parade. The secretary is Ruth Ellery and she lives on Saltings Lane, the white house second from the end, you can see it from the sea wall.

I've put all of their home addresses in the attached spreadsheet. It's public information if you know where to look. Do with it what you will. I'm not telling anyone what to do. But they've had a say in our lives long enough, time we had one in theirs.

Graham

_______________________________________________
SaltcoteForum mailing list
To unsubscribe send an email to saltcoteforum-leave@lists.saltcote-residents.example""")

# S26 Mailchimp reply-to-campaign notification: unsubscribe plus veiled threat
c.add("safety", subject="You received a reply to \"Saltcote Labour News - October\"",
      sender=("Mailchimp", "noreply@mailchimp.com"), headers=c.newsletter_headers("Mailchimp"),
      tags=RS + ("social", "veiled", "implicit", "embedded"),
      body="""Someone replied to your campaign.

Campaign: Saltcote Labour News - October
From: pete.laxton@talktalk.net

Message:
take me off this. I never asked for it.

and tell your chairman Colin Pask I know it's his shop on Fore Street. Big windows on that shop. Expensive to replace glass these days isn't it. Be a pity.

View in Inbox

Intuit Mailchimp · 405 N Angier Ave NE · Atlanta, GA 30308 USA""")

# S27 Google Business Profile Q&A notification, following
c.add("safety", subject="Someone asked a question about Saltcote & Marsh Labour Party Office",
      sender=("Google Business Profile", "businessprofile-noreply@google.com"),
      tags=RS + ("review", "following", "veiled"),
      body="""A customer asked a question

Saltcote & Marsh Labour Party Office

Question from Dale:
"What time does the MP's surgery actually finish on Fridays and does he leave out the front or by the back lane? Want to catch him on his own on the way out for a proper word. No staff."

Answer this question

Answering questions helps customers learn more about your business. Questions and answers are public.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043""")

# S28 members' forum notification: a member's reply threatening another member
c.add("safety", subject="New reply to your thread \"Quayside branch AGM - nominations\"",
      sender=("Members' Forum", "forum-noreply@membersforum.example"),
      tags=RS + ("list", "explicit", "noisy", "harassment"),
      body="""Hi Ruth,

There is a new reply to a thread you are watching.

Thread: Quayside branch AGM - nominations
Board: Saltcote & Marsh CLP > Branches

Reply from: mick_quayside

If Jackie Dorne gets in as branch sec AGAIN after what she did to my motion i swear to god i will swing for her in the car park. i'm not joking any more, she'll need more than the standing orders to protect her. ive had 3 yrs of her and I AM DONE. somebody warn her

View this reply: https://membersforum.example/t/88412#post-17

You are receiving this because you are watching this thread. Stop watching.""")

# S29 Instagram comment digest, pile-on and doxxing in one comment
c.add("safety", subject="You have 9 new comments",
      sender=("Instagram", "no-reply@mail.instagram.com"), headers=c.newsletter_headers(),
      tags=RS + ("social", "pile-on", "doxxing", "embedded"),
      body="""saltcotelabour, see what people are saying about your post

"Great morning on the doors in Bellstone with our young members! 🌹"

jen_bellstone: well done all x
harbourside_hats: 🌹🌹
ukfirst_saltcote: traitors
davo_1973: traitors the lot of u
ukfirst_saltcote: found where the one with pink hair lives 😂 Priory Close innit. road trip lads
marsh_boy_: 😂😂 saturday?
ukfirst_saltcote: @marsh_boy_ saturday. bring masks
tom.g.p: this is vile, reported
saltcote_mum_of_3: leave those kids alone ffs

View all comments

Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025""")

# S30 office mobile SMS-to-email gateway, suspicious item implied, noisy
c.add("safety", subject="SMS received: +447700900833",
      sender=("Office SMS Gateway", "sms-gateway@phone-system.example"),
      tags=RS + ("sms", "veiled", "suspicious-item", "noisy"),
      body="""Inbound SMS on office mobile (07700 900120)

From: +447700900833
Received: 23:51

u shud check under ur car b4 u drive it tmrw ruth. just a friendly tip. dont say no1 warned u

---
Reply by SMS from the web portal. This email address does not accept replies.""")

# =====================================================================================
# NON-SAFETY IN THE SAME SHAPES (30)
# =====================================================================================

# N1 Facebook comment notification: angry, metaphor
c.add("bulk", subject="Maureen Kettle commented on your post",
      sender=FB, headers=c.newsletter_headers("Facebook"),
      tags=RS + ("hard-negative", "social", "metaphor", "angry"),
      body="""Maureen Kettle commented on Saltcote & Marsh Labour's post.

Saltcote & Marsh Labour
"Update on the pier: the council's consultation closes on 30 November. Have your say at the link below."

Maureen Kettle
Have our say?? We HAD our say, 6,000 of us signed. This council and this government are killing coastal towns one closure at a time and Dan Whitlock has blood on his hands over that pier. I've voted Labour since 1974. Never again. You've murdered this town's heart and you're asking for our opinion on the funeral arrangements.

Like · Reply · 1h

View Comment

This message was sent to secretary@saltcotemarshlabour.org.uk. If you don't want to receive these emails from Meta in the future, please unsubscribe.""")

# N2 Nextdoor digest with heated political posts and metaphors
c.add("bulk", subject="Popular posts in Saltcote this week",
      sender=ND, headers=c.newsletter_headers("Nextdoor"), fmt="alt",
      tags=RS + ("hard-negative", "social", "list", "metaphor", "angry"),
      body="""Nextdoor
This week in Saltcote

Parking charges on the seafront - AGAIN
Lorraine P. · Eastcliff
£2.80 an hour now. I'll be at the council meeting on Tuesday to give them both barrels. The Labour lot on the council will get crushed in May if they carry on like this, mark my words.
64 replies

Re: who to vote for
Malcolm D. · Old Town
Honestly they're all as bad as each other. Labour have murdered the high street with business rates and Reform would finish off what's left. Political suicide whichever way you go.
102 replies

Anyone know why the 14 bus doesn't stop at Ollerby any more?
Sam K. · Ollerby
Rang the bus company and got nowhere.
8 replies

Litter pick Sunday 10am, meet at the lifeboat station
Saltcote Beach Friends · Quayside
Bags and grabbers provided. Kids welcome!
19 replies

You are receiving this email because you are a member of Nextdoor Old Town. Unsubscribe.""")

# N3 contact form: ordinary query about ward
c.add("query", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Helen Blyth", "helenblyth@icloud.com"),
      tags=RS + ("confuser", "webform", "person-via-robot"),
      body=c.webform({
          "Name": "Helen Blyth",
          "Email": "helenblyth@icloud.com",
          "Subject": "Which branch?",
          "Message": "Hi, I've just moved from Ollerby Road to Kestrel Close, just behind the leisure centre. Am I still Ollerby branch or is that Marshfield now? Want to make sure I get the right meeting notices. Thanks, Helen",
      }))

# N4 voicemail: leaflet collection, benign violent word
c.add("query", also=["bulk"], subject="New voicemail from +44 7700 900257 (0:52)",
      sender=VM,
      tags=RS + ("confuser", "voicemail", "hard-negative", "benign-violent-word"),
      body="""You have a new voicemail.

From: +44 7700 900257
To: Saltcote Labour office (ext 201)
Received: Wednesday 16:20
Duration: 0:52

Transcription (automatic, may contain errors):
"Hiya it's Pauline, Pauline Hext. Just wondering if I can pick up the Bellstone leaflets Friday morning instead of Thursday, I've got the grandkids Thursday. Is someone in at nine? And are these the glossy ones, because Colin said they cost a bomb this time so I don't want to waste any. Give us a ring back. Ta-ra."

Listen to the message: https://voice.phone-system.example/vm/71b02

This is an automated message from your phone system. Please do not reply.""")

# N5 petition comment digest: furious but not threatening
c.add("bulk", subject="8 new comments on \"Save Saltcote Lifeboat Station from closure\"",
      sender=PET, headers=c.newsletter_headers(),
      tags=RS + ("hard-negative", "petition", "angry", "metaphor"),
      body="""New comments on a petition you are following

Save Saltcote Lifeboat Station from closure
8,117 signatures

"My grandad was coxswain for twenty years. Closing it is a death sentence for the next person who gets swept off the groyne."
— Ann, Quayside

"Shame on every councillor who stays quiet about this."
— Anonymous

"Labour told us they'd stand up for coastal towns. Where are you now?"
— Derek, Greyhithe

"Absolute disgrace. I'll never vote for any of them again."
— Anonymous

"The RNLI say it's about cover from Harwich. Harwich is 40 minutes away. People drown in 40 minutes."
— Fiona, Eastcliff

"Dan Whitlock needs to get off the fence before it kills his career."
— Paul, Bellstone

Read all comments

You're getting this email because you signed or followed this petition.""")

# N6 Google review: angry, political-suicide metaphor
c.add("bulk", subject="New review for Saltcote & Marsh Labour Party Office",
      sender=("Google Business Profile", "businessprofile-noreply@google.com"),
      tags=RS + ("hard-negative", "review", "angry", "metaphor"),
      body="""New review

Saltcote & Marsh Labour Party Office

★☆☆☆☆  Trevor Gould · 4 reviews

Useless. Rang four times about my daughter's housing, left messages, nobody rang back. Went in and got a leaflet. A LEAFLET. Whitlock better wake up because ignoring people like us is political suicide in a seat like this. I'll be telling everyone at the club.

Reply to review

You're receiving this email because you manage this Business Profile on Google.""")

# N7 contact form complaint with solicitor threat
c.add("complaint", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Roger Amesbury", "r.amesbury@amesburylettings.co.uk"),
      tags=RS + ("hard-negative", "webform", "legal-threat", "angry"),
      body=c.webform({
          "Name": "Roger Amesbury",
          "Email": "r.amesbury@amesburylettings.co.uk",
          "Subject": "Your leaflet - defamatory",
          "Message": """Your Eastcliff leaflet this month describes "rogue landlords on Cliff Terrace" over a photograph in which my property, and my company board, are clearly visible.

My properties are fully licensed and I have never been the subject of any enforcement action. The implication is false and damaging.

I require a written retraction and an undertaking that the leaflet will not be redistributed. If I do not have both within 7 days you will be hearing from my solicitor.""",
      }))

# N8 contact form: data protection, no legal words
c.add("data-protection", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Dawn Marlow", "dawnmarlow77@hotmail.co.uk"),
      tags=RS + ("confuser", "webform", "dp-no-legal-words", "person-via-robot"),
      body=c.webform({
          "Name": "Dawn Marlow",
          "Email": "dawnmarlow77@hotmail.co.uk",
          "Subject": "text messages",
          "Message": "how did you get my mobile number?? I got a text saying 'Hi Dawn its Liam from Saltcote Labour' asking if I'd vote. I have never given you my number and I'm not a member. I want to know where you got it and I want it deleted please",
      }))

# N9 Mailman digest: Gaza motion debate, fighting talk, knock em dead
c.add("bulk", subject="Saltcote-members Digest, Vol 38, Issue 9",
      sender=("saltcote-members-request@lists.saltcotemarshlabour.org.uk"),
      headers=c.list_headers("Saltcote-members", domain="lists.saltcotemarshlabour.org.uk"),
      tags=RS + ("hard-negative", "list", "metaphor", "benign-violent-word"),
      body="""Send Saltcote-members mailing list submissions to
	saltcote-members@lists.saltcotemarshlabour.org.uk

Today's Topics:

   1. Conference motion on Gaza (Sana Mehta)
   2. Re: Conference motion on Gaza (Peter Vale)
   3. Re: Conference motion on Gaza (Sana Mehta)
   4. Hustings Thursday (Colin Pask)

----------------------------------------------------------------------

Message: 1
From: Sana Mehta <sana.mehta@gmail.com>
Subject: Conference motion on Gaza

Friends, Bellstone branch is putting forward the arms-sales motion for the conference ballot. We know the regional office would rather it quietly died in the priorities ballot. We need every delegate to fight like hell for it. This is the one issue where this CLP has been on the right side from day one and I don't want us to lose our nerve now.

------------------------------

Message: 2
From: Peter Vale <pvale@btinternet.com>
Subject: Re: Conference motion on Gaza

Sana, I agree with the substance, but let's be realistic: if we send it up worded like that it'll be slaughtered in compositing and we'll get nothing. I'd rather something narrower that actually survives.

------------------------------

Message: 3
From: Sana Mehta <sana.mehta@gmail.com>
Subject: Re: Conference motion on Gaza

Peter, "narrower" is how every good motion gets killed off. Come to the branch on Tuesday and we'll have it out properly. Bring your red pen.

------------------------------

Message: 4
From: Colin Pask <colin.pask@saltcotemarshlabour.org.uk>
Subject: Hustings Thursday

Reminder that the council candidates' hustings is Thursday 7pm, Quayside Methodist hall. Two minutes each then questions. Good luck to all the candidates, go knock 'em dead.

------------------------------

End of Saltcote-members Digest, Vol 38, Issue 9""")

# N10 X notification: gloating mention, electoral metaphor
c.add("bulk", subject="@reform_saltcote mentioned you",
      sender=("X", "notify@x.com"), headers=c.newsletter_headers(),
      tags=RS + ("hard-negative", "social", "metaphor"),
      body="""@reform_saltcote mentioned you

Reform UK Saltcote @reform_saltcote
Marshfield by-election result. @SaltcoteLabour absolutely destroyed, 4th behind the Greens 😂 They're finished in this town and they know it. Bring on May, we're going to wipe them off the map.

Reply  Repost  Like

View on X

This email was sent to @SaltcoteLabour. Unsubscribe from these notifications.""")

# N11 ticketing system: routine update (no list headers)
c.add("bulk", subject="[Member Services] Ticket #39880 has been solved",
      sender=("Labour Regional Office (East)", "memberservices@helpdesk.example"),
      tags=RS + ("confuser", "ticket", "robot-no-list-headers"),
      body="""##- Please type your reply above this line -##

Your request (#39880) has been solved. To reopen this request, reply to this email.

----------------------------------------------

Dev (Regional Office - East)

Hi Ruth,

The updated arrears list for Saltcote & Marsh is now available in the CLP officers' area of Membersnet. Nine members moved from "arrears" to "lapsed" this month. Let us know if any of them should have been transferred rather than lapsed.

Thanks,
Dev

----------------------------------------------

This email is a service from Labour Regional Office. Delivered by Helpdesk.""")

# N12 voicemail: apologies for GC
c.add("procedural", also=["bulk"], subject="Voicemail (0:29) from +44 1632 960194",
      sender=VM,
      tags=RS + ("confuser", "voicemail", "person-via-robot"),
      body="""New voicemail received

Caller: +44 1632 960194
Mailbox: 201 (Office general)
Length: 0 min 29 sec

Transcript:
Hello Ruth it's Frank Dorsey, Greyhithe delegate. Can you put my apologies down for the GC on Thursday please, I'm in for my knee on Wednesday and won't be mobile. Shirley will vote for Greyhithe in my place, she's the substitute. Thank you love. Bye bye.

Audio attached: vm_20261103_1011.wav

-- 
Sent by your hosted phone system. Replies to this address are not monitored.""")

# N13 contact form: journalist with a same-day deadline on abuse of councillors
c.add("urgent", subject="New submission: Press enquiries", sender=c.form_robot(),
      reply_to=("Aoife Brennan", "aoife.brennan@coastmercury.example"),
      tags=RS + ("hard-negative", "webform", "news-about-threats"),
      body=c.webform({
          "Name": "Aoife Brennan",
          "Organisation": "Coast Mercury",
          "Email": "aoife.brennan@coastmercury.example",
          "Phone": "01632 960555",
          "Message": """Hi, I'm writing a piece for tomorrow's paper on the abuse and threats councillors in coastal towns have been getting since the summer, including the graffiti on the Tendring council offices and the Home Office figures on MPs' security spending.

Would the CLP or Dan Whitlock's office like to give a comment on what support local councillors get? I'm filing at 4pm today so anything before then would be great.

Thanks, Aoife""",
      }, form="Press enquiries"))

# N14 Slack digest: benign violent words
c.add("bulk", subject="Saltcote Labour: you have 6 unread messages",
      sender=("Slack", "feedback@slack.com"), headers=c.newsletter_headers(),
      tags=RS + ("hard-negative", "chat", "benign-violent-word"),
      body="""You have unread messages in Saltcote Labour

#campaign-team

Liam Kerrigan  6:02 PM
Right team, Saturday we hit the doors in Eastcliff. Target streets are Cliff Terrace, Beacon Road and the Nelson estate.

Pauline Hext  6:10 PM
I'll bring the clipboards. Shoot me a text if you need a lift from Bellstone

Joe Amadi  6:14 PM
This heat is killing me, can we start at 10 not 11?

Liam Kerrigan  6:15 PM
10 it is. Ammo for the doorstep: the lifeboat station and the bus cuts.

Sana Mehta  6:31 PM
Bagsy not doing the flats with the broken lift again 😅

Liam Kerrigan  6:33 PM
@Sana fair 😂

Open Slack

You're receiving this email because you have unread messages. Notification settings.""")

# N15 Instagram comments: ordinary, benign violent words
c.add("bulk", subject="You have 5 new comments",
      sender=("Instagram", "no-reply@mail.instagram.com"), fmt="html",
      tags=RS + ("hard-negative", "social", "benign-violent-word", "html-only"),
      body="""saltcotelabour, see what people are saying about your post

"Huge turnout for the beach clean this morning 🌊"

jen_bellstone: you lot absolutely smashed it today 🔥
harbourside_hats: killer turnout!!
nadia.f: knackered but worth it
bellstone_bakes: the doughnuts were a hit I hear 😉
oldtownandy: fair play, didn't think you'd get that many

View all comments

Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025""")

# N16 event platform: fire safety briefing registrations
c.add("bulk", subject="2 new registrations: Office volunteers - fire safety & first aid",
      sender=("Eventbrite", "noreply@order.eventbrite.com"),
      tags=RS + ("hard-negative", "event", "benign-violent-word"),
      body="""Good news! People are registering for your event.

Office volunteers: fire safety & first aid
Saturday 7 November, 10:00 AM
Saltcote Labour Office, 14 Harbour Parade

New registrations
- Ken Wheatley (1 ticket)
  Question: Any dietary or access needs? "No. Will we cover the evacuation route and the extinguishers by the back door? I've no idea which one is for electrical fires."
- Shirley Dorsey (1 ticket)
  Question: Any dietary or access needs? "Ground floor please, bad knees"

Total registered: 11 of 15

Eventbrite, 535 Mission Street, San Francisco, CA 94105""")

# N17 survey tool weekly summary: furious answers, metaphors
c.add("bulk", subject="Your weekly summary: \"What matters to you in Saltcote?\"",
      sender=("Typeform", "notifications@typeform.com"), headers=c.newsletter_headers(), fmt="alt",
      tags=RS + ("hard-negative", "webform", "metaphor", "angry"),
      body="""Weekly summary for What matters to you in Saltcote?

23 new responses this week (total 214)
Completion rate: 71%

Top issue: Cost of living (38%), Health services (21%), Housing (17%), Other (24%)

Recent answers to "Tell us more":

"The party is dead to me in this town. You've let the high street bleed out and called it 'regeneration'."

"GP appointments. I waited five weeks. Five."

"Parking on the seafront is daylight robbery and the council knows it."

"Honestly the sewage in the bay. We can't swim at Eastcliff half the summer."

"Bins. Every single time."

View all responses in Typeform

You're receiving this summary because you own this form. Change settings.""")

# N18 Nextdoor post discussing MPs' security news
c.add("bulk", subject="New post in Eastcliff: \"MPs getting more security - about time?\"",
      sender=ND, headers=c.newsletter_headers("Nextdoor"),
      tags=RS + ("hard-negative", "social", "news-about-threats"),
      body="""New post near you

MPs getting more security - about time?
Geoff A. · Eastcliff

Saw on the news that the government is extending the security scheme for MPs and their offices after the attacks on constituency offices this year. Apparently some MPs have stopped doing open surgeries altogether. Whatever you think of our lot, nobody should be scared to go to work. Does anyone know if Saltcote's office has had anything done? Seems a shame if the days of just walking in to see your MP are over.

Reply · Thank

12 neighbours replied, including:
Sue M.: Agree. Disagree with them at the ballot box, not with your fists.
Barry W.: Waste of money, they should earn their security like the rest of us.

You're receiving this email because you follow posts in Eastcliff. Unsubscribe.""")

# N19 contact form: thanks (other)
c.add("other", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Grace Ilori", "grace.ilori@gmail.com"),
      tags=RS + ("confuser", "webform", "person-via-robot"),
      body=c.webform({
          "Name": "Grace Ilori",
          "Email": "grace.ilori@gmail.com",
          "Subject": "Thank you",
          "Message": """Just wanted to say thank you to the lady in the office (Janine I think?) who helped my mum with her blue badge renewal last month. Mum is 84 and was in a right state about the forms. It came through today.

You don't get many thank yous I imagine so here's one. Grace""",
      }))

# N20 voicemail: angry complaint, "I'll be at the meeting"
c.add("complaint", also=["bulk"], subject="New voicemail from +44 7700 900688 (1:38)",
      sender=VM,
      tags=RS + ("hard-negative", "voicemail", "angry"),
      body="""You have a new voicemail.

From: +44 7700 900688
To: Saltcote Labour office (ext 201)
Received: Monday 09:03
Duration: 1:38

Transcription (automatic, may contain errors):
"Yes good morning, this is Brian Heal, Beacon Road, Eastcliff. This is the fourth time I've rung about the bins. Fourth. They haven't been since the third of the month and there's foxes, there's rubbish all over the pavement, my wife nearly went over on it. I emailed Councillor Tranter twice and nothing. Nothing! I'm a pensioner, I've voted Labour all my life and this is what I get. So you can tell her from me I'll be at the council meeting on the twenty eighth to have my say, in public, and I'll be bringing the photos, and she'd better be there to answer for it. [inaudible] My number's on your system. Goodbye."

Listen to the message: https://voice.phone-system.example/vm/c11e9

This is an automated message from your phone system. Please do not reply.""")

# N21 Facebook recommendation notification: electoral "wiped out"
c.add("bulk", subject="Kerry Doughty doesn't recommend Saltcote & Marsh Labour",
      sender=FB, headers=c.newsletter_headers("Facebook"),
      tags=RS + ("hard-negative", "social", "review", "metaphor", "angry"),
      body="""Kerry Doughty doesn't recommend Saltcote & Marsh Labour

"Bunch of hypocrites. Promised to save the pier, voted to sell it. Hope you get wiped out in May, you deserve every lost seat."

Reply to Kerry

Recommendations help people decide whether to engage with your Page.

This message was sent to secretary@saltcotemarshlabour.org.uk.
Meta Platforms Ireland Ltd.""")

# N22 motion submitted through the website's motion form
c.add("procedural", subject="New submission: Submit a motion to the GC", sender=c.form_robot(),
      reply_to=("Sana Mehta", "sana.mehta@gmail.com"),
      tags=RS + ("confuser", "webform", "person-via-robot"),
      body=c.webform({
          "Submitted by": "Sana Mehta",
          "Branch": "Bellstone",
          "Role": "Branch secretary",
          "Email": "sana.mehta@gmail.com",
          "Motion title": "Saltcote Lifeboat Station",
          "Motion text": """This GC notes the RNLI's review proposing the closure of Saltcote lifeboat station and the 8,000 signatures on the local petition.

This GC believes the nearest alternative cover is too distant to protect life on this stretch of coast.

This GC calls on Dan Whitlock MP to oppose the closure publicly and to request a meeting with the RNLI, and instructs the Secretary to write to the RNLI and to the county council in support of the campaign.""",
          "Proposer / seconder": "Sana Mehta / Joe Amadi",
          "Passed at branch meeting on": "14 October (11-0-1)",
      }, form="Submit a motion"))

# N23 councillor's out-of-office with safety wording
c.add("bulk", subject="Automatic reply: Pier consultation",
      sender=("Cllr Bev Tranter", "bev.tranter@saltcote.gov.example"),
      headers=c.autoreply_headers("exchange"),
      tags=RS + ("hard-negative", "autoreply", "benign-violent-word"),
      body="""Thank you for your email. I am on leave until Monday 16 November with limited access to email.

For urgent casework please contact Member Services on 01632 960300.

If you are reporting an emergency or are concerned for someone's immediate safety, please call 999. To report anti-social behaviour or fly-tipping use the council's online forms.

Bev Tranter
Councillor for Eastcliff Ward""")

# N24 petition starter's update: "fight to the bitter end"
c.add("bulk", subject="Update on \"Save Saltcote Pier - No Sale to Developers\"",
      sender=PET, headers=c.newsletter_headers(), fmt="alt",
      tags=RS + ("hard-negative", "petition", "metaphor"),
      body="""Petition update

Save Saltcote Pier - No Sale to Developers

From the petition starter, Wendy Crabb:

We did it! 6,000 signatures, which means the council has to debate the petition at full council on 28 November.

We're not going to let them bury this. We'll fight this to the bitter end: pack the public gallery, wear something blue, bring your kids and your banners. The council thinks we'll go quietly. We won't.

Thank you all, Wendy

Share this update

You're getting this email because you signed this petition. Unsubscribe.""")

# N25 Google Groups digest: councillors' network discussing safety training
c.add("bulk", subject="Digest for coastal-labour-cllrs@googlegroups.com - 3 updates in 2 topics",
      sender=("coastal-labour-cllrs@googlegroups.com", "coastal-labour-cllrs+noreply@googlegroups.com"),
      headers=c.list_headers("coastal-labour-cllrs", domain="googlegroups.com"),
      tags=RS + ("hard-negative", "list", "news-about-threats"),
      body="""coastal-labour-cllrs@googlegroups.com
Google Groups

Topics digest
- Personal safety training - anyone done the LGA one? [2 updates]
- Tourism levy - what's everyone's position? [1 update]

Personal safety training - anyone done the LGA one?
Moira Jessop (Cllr, Felstead): Oct 21 09:14AM

After the incident in Clacton where a councillor was followed home from a meeting, our group leader wants all of us on the LGA's personal safety course. Has anyone done it? Is it worth a day? I'm particularly interested in the advice on home addresses on the register of interests, which I still think is far too exposed.

Ade Olaniyan (Cllr, Saltcote): Oct 21 11:40AM

Did it in the summer. Genuinely useful. Practical stuff: vary your routes, don't do surgeries alone, keep a log, how to get your address withheld. Wish I'd done it before the by-election, to be honest.

Tourism levy - what's everyone's position?
Keith Rowe (Cllr, Southmere): Oct 21 03:02PM

Our B&Bs are up in arms. Anyone have a briefing note?

--
You received this digest because you're subscribed to updates for this group.""")

# N26 voicemail: take me off your list
c.add("data-protection", also=["bulk"], subject="Voicemail (0:33) from +44 1632 960402",
      sender=VM,
      tags=RS + ("confuser", "voicemail", "dp-no-legal-words"),
      body="""New voicemail received

Caller: +44 1632 960402
Mailbox: 201 (Office general)
Length: 0 min 33 sec

Transcript:
Hello this is Mrs Pearl Hollins, eleven Nelson Court. I've had three phone calls from your people this week asking about the election. Three. I'm ninety one. Will you please take me off whatever list I'm on and don't ring this number again. I don't know how you got it, it's ex-directory. Thank you.

Audio attached: vm_20261020_1518.wav

-- 
Sent by your hosted phone system. Replies to this address are not monitored.""")

# N27 contact form: complaint dressed as a question
c.add("complaint", also=["query"], subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Alan Sturgess", "alansturgess@aol.com"),
      tags=RS + ("confuser", "webform", "complaint-as-query"),
      body=c.webform({
          "Name": "Alan Sturgess",
          "Email": "alansturgess@aol.com",
          "Subject": "A question for Mr Whitlock",
          "Message": "Could someone please explain to me, in plain English, why our MP voted to take the winter fuel payment from pensioners like me on £14,000 a year? I would genuinely like to understand why a Labour government thinks my wife and I should sit in one room with the heating off. I have asked twice and had two form letters. I would appreciate a real answer this time.",
      }))

# N28 HTML-only Facebook group digest: hyperbole about a one-way system
c.add("bulk", subject="New posts in Saltcote Matters",
      sender=FB, fmt="html",
      tags=RS + ("hard-negative", "social", "benign-violent-word", "html-only", "angry"),
      body="""Saltcote Matters
Popular posts you may have missed

Tina Howe
Whoever designed the new one way system round the harbour wants strangling, honestly. 25 minutes to get from the Co-op to the school. 25!!!
186 comments

Dave Rix
Labour's budget has sunk this town. Fishermen, B&Bs, the lot. Tidal wave of closures coming.
74 comments

Saltcote Matters (Admin)
Reminder: keep it civil please. Personal attacks and posting addresses will get you removed.
9 comments

See all posts

You're receiving this because you're a member of Saltcote Matters.
Meta Platforms Ireland Ltd.""")

# N29 MP's casework system: case closed notification
c.add("bulk", subject="Case SW-88213 closed: housing repairs (Nelson Court)",
      sender=("CaseTrack", "notifications@casetrack.example"),
      tags=RS + ("confuser", "ticket", "robot-no-list-headers"),
      body="""CaseTrack notification

A case you are watching has been closed.

Case: SW-88213
Constituent: [restricted]
Subject: Housing repairs - damp, Nelson Court
Owner: Janine Ross (Office of Dan Whitlock MP)
Closed: 4 November 2026
Outcome: Resolved - landlord completed works 2 Nov

Closing note: "Constituent confirmed the mould treatment and new extractor fan are in. Thanked the office and the local councillor."

You are receiving this because you were added as a watcher (CLP liaison). Log in to CaseTrack to view the full case history.""")

# N30 voicemail: venue lost for tonight (urgent)
c.add("urgent", also=["bulk"], subject="New voicemail from +44 7700 900146 (0:47)",
      sender=VM,
      tags=RS + ("confuser", "voicemail", "person-via-robot"),
      body="""You have a new voicemail.

From: +44 7700 900146
To: Saltcote Labour office (ext 201)
Received: Thursday 11:36
Duration: 0:47

Transcription (automatic, may contain errors):
"Ruth, it's Colin. The Marsh Lane hall have double booked us, there's a wake in there tonight from six, so we've lost the room for the count briefing. Can you ring me as soon as you get this, I'm trying the Methodists but I need you to text everybody before about four if we're moving it. Cheers."

Listen to the message: https://voice.phone-system.example/vm/e90f4

This is an automated message from your phone system. Please do not reply.""")

c.write()
