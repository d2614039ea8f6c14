"""train/uj1: the public's voice through machines, part 1 (Calderbrook & Heyside CLP, a Pennine
mill town and its hill villages). All content hand-written.

The secretary, Janice Whitworth, runs the CLP from the party office on Market Street. The rows of
the year: Cllr Bernadette Quigley (Moorend) voted for housing on the Moor Lane fields; the council
is closing Heyside library; Cllr Gavin Sutcliffe (Holme Bridge, cabinet member for highways) put a
bus gate on Brook Street; bins are going three-weekly. Cllr Tahir Mahmood represents Heyside. The
MP is Rachel Ormerod; her caseworker is Nadia Hussain.

The public's words reach Janice through machines: the website contact form, the Facebook page,
Instagram and X, the Nextdoor digest, the petition site, Google reviews, the office voicemail's
transcripts, the members' survey, the ticketing site for the annual dinner, the MP's casework
system, and a councillor forwarding a resident's texts.
37 non-threats (10 bulk, 10 complaint, 6 query, 5 data-protection, 2 procedural, 2 urgent,
2 other) and 23 safety."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "uj1", seed=7201)
c.clp = ("Calderbrook & Heyside CLP", "Janice Whitworth", "secretary@calderbrookheysidelabour.org.uk")
P = c.person
D = c.date
SITE = c.site()  # calderbrookheysidelabour.org.uk
FB = ("Facebook", "notification@facebookmail.com")
VM = ("Office Voicemail", "voicemail@cloudline-telecom.net")
NADIA = ("Nadia Hussain", "nadia.hussain@ormerod-mp-office.org.uk")
SUTCLIFFE = ("Cllr Gavin Sutcliffe", "gavin.sutcliffe@calderbrook-council.gov.uk")
PETE = ("Pete Greenwood", "office@calderbrookheysidelabour.org.uk")

# =================================================================== website contact form

c.add("complaint", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Maureen Dyson", "mo.dyson52@btinternet.com"),
      tags=("webform", "hard-negative", "angry", "insult"),
      body=c.webform({
          "Name": "Maureen Dyson",
          "Email": "mo.dyson52@btinternet.com",
          "Ward (if known)": "Moorend",
          "Subject": "Councillor Quigley and Moor Lane",
          "Your message": """I have voted Labour for forty one years. My father was a shop steward at Crossley's and he'd be turning in his grave.

Bernadette Quigley stood in our community centre in May and told us to our faces she would never support building on the Moor Lane fields. On Tuesday she put her hand up for it. 240 houses, no school places, no doctors, one road in and out.

You are a disgrace, the lot of you, and she should be ashamed of herself. I want to know whether the party is going to do anything about a councillor who says one thing on the doorstep and does the opposite in the chamber, or whether that's just how it works now.

Don't bother sending me the leaflet this time.""",
          "How did you hear about us?": "Leaflet",
      }))

c.add("safety", subject="Website enquiry", sender=c.form_robot(),
      reply_to=("a resident", "moorlanewatch@protonmail.com"),
      tags=("webform", "veiled", "implicit", "doxxing"),
      body=c.webform({
          "Name": "A resident",
          "Email": "moorlanewatch@protonmail.com",
          "Subject": "for Cllr Quigley",
          "Message": """Please pass this to Councillor Quigley since she doesn't answer her own email.

We are very disappointed with her vote on Moor Lane and we want her to know it wasn't forgotten.

She drives a silver Yaris. Leaves Lindley Close about ten to eight most mornings, takes the top road past the reservoir. A lot of people round here know that now.

Just so she knows that we know.""",
      }))

c.add("query", subject="New message via your website", sender=c.form_robot(),
      reply_to=("Callum Reid", "callumreid_88@outlook.com"),
      tags=("webform",),
      body=c.webform({
          "Your name": "Callum Reid",
          "Your email": "callumreid_88@outlook.com",
          "Message": "hi, just moved to Tanner Row (behind the bus station) and want to know which ward I'm in and who my councillors are? the council website map won't load on my phone. also is there a local branch meeting I could come to, never been to one before. cheers",
      }, form="Get in touch"))

c.add("query", also=["complaint"], subject="Contact form: Pothole - Holme Bridge Road",
      sender=c.form_robot(), reply_to=("Stuart Haigh", "s.haigh@sky.com"),
      tags=("webform", "robot-shape"),
      body=c.webform({
          "Name": "Stuart Haigh",
          "Email": "s.haigh@sky.com",
          "Phone": "07700 900612",
          "Address": "41 Holme Bridge Road",
          "What is it about?": "Roads / highways",
          "Message": """There's a pothole at the bottom of Holme Bridge Road just before the mini roundabout, on the downhill side. It's about the size of a dustbin lid and full of water so you can't see how deep it is. My neighbour's lad buckled a wheel on it Sunday.

I've reported it on the council's FixMyStreet thing but I don't know if anyone looks at that. Is Cllr Sutcliffe not in charge of roads? Could somebody let him know please. Photos available if wanted.""",
      }))

c.add("complaint", also=["query"], subject="New submission from Contact us",
      sender=c.form_robot(), reply_to=("Agnieszka Nowak", "aga.nowak1987@gmail.com"),
      tags=("webform", "non-native", "confuser", "complaint-as-query"),
      body=c.webform({
          "Name": "Agnieszka Nowak",
          "Email": "aga.nowak1987@gmail.com",
          "Postcode": "HX7 (Heyside)",
          "Message": """Good morning. This is third time I write on this form and nobody answer me. I am living in housing association flat on Weavers Court with my two children and there is black mould in both bedrooms, my daughter has asthma and now she is using inhaler every night. Housing association say they will come and they do not come. I wrote to Mr Mahmood councillor in September. Nothing.

I am not member of party but I vote for Labour because I think Labour help people like us. Please, is someone there reading this? Who I must contact? I have photos and letter from GP.

Thank you,
Agnieszka""",
      }))

c.add("safety", subject="Fwd: New submission - Contact us", sender=PETE,
      tags=("webform", "forwarded", "third-party-report", "implicit"),
      body=c.forward(
          """Janice,

This came through the website form overnight. I've read it three times and I don't like it at all. It's the bit about his daughter. I haven't replied and I haven't told Tahir yet because I didn't want to frighten him if you think it's nothing, but I don't think it's nothing.

Should I ring the police non-emergency line or will you? I've saved a screenshot of the submission page as well in case the email gets lost. The IP address is in the WordPress log if they want it.

Pete
(office, Tues/Thurs)""",
          c.webform({
              "Name": "Concerned",
              "Email": "nobodyyouknow@mailinator.com",
              "Subject": "Tahir Mahmood",
              "Message": """Your councillor Tahir Mahmood is a traitor to his own people and everyone in Heyside knows it after the vote on the mosque car park.

His daughter goes to Heyside Academy. Year 9. Gets off the 592 at the top of Clough Lane.

Tell him to think about that before he opens his mouth again.""",
          }),
          f"WordPress <wordpress@{SITE}>", "New submission - Contact us"))

c.add("bulk", subject="Contact form: SEO services for your website", sender=c.form_robot(),
      reply_to=("Jessica", "jessica.rankpro@webgrowthly.net"),
      tags=("webform", "robot-shape", "spam"),
      body=c.webform({
          "Name": "Jessica Williams",
          "Email": "jessica.rankpro@webgrowthly.net",
          "Subject": "Page 1 of Google for calderbrookheysidelabour.org.uk",
          "Message": """Hi there,

I was checking your website and noticed it is not ranking on page 1 of Google for important keywords in your industry. I am a digital marketing expert with 8+ years experience and can get you more traffic, leads and sales within 30 days guaranteed.

Can I send you a free audit and price list? Reply "YES" to this email.

Regards
Jessica
Senior SEO Executive""",
      }))

c.add("safety", subject="New form entry: Contact us", sender=c.form_robot(),
      reply_to=("LABOUR TRAITORS", "gettingwhatsyours@yahoo.co.uk"),
      tags=("webform", "noisy", "veiled"),
      body=c.webform({
          "Name": "LABOUR TRAITORS",
          "Email": "gettingwhatsyours@yahoo.co.uk",
          "Message": """U LOT THINK U CAN SHUT OUR LIBARY AND PUT A BUS GATE ON BROOK ST AND NOBODY DOES NOTHING. WRONG

U WONT BE SO SMUG WHEN WE COME FOR U. EVERY 1 OF U

WE NO WERE THE OFFICE IS AND WE NO WHO LOCKS UP ON A THURSDAY NITE. ENJOY UR LAST FEW WEEKS""",
      }))

c.add("data-protection", subject="Website form: please remove me", sender=c.form_robot(),
      reply_to=("Graham Ackroyd", "g.ackroyd@talktalk.net"),
      tags=("webform", "confuser", "dp-no-legal-words"),
      body=c.webform({
          "Name": "G Ackroyd",
          "Email": "g.ackroyd@talktalk.net",
          "Message": """I have had four emails from Calderbrook & Heyside Labour this month about the library petition and the by-election. I have never signed up for anything from you. I signed a paper petition about the library outside the Co-op in the summer and I suspect that's where you've got it from, but nobody said it would be used for this.

Please take me off whatever list I'm on and tell me where my details came from. I'd also like to know who else you've passed them to.""",
      }))

c.add("safety", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Fed Up", "fedupinmoorend@gmail.com"),
      tags=("webform", "wish-harm", "implicit"),
      body=c.webform({
          "Name": "Fed Up",
          "Email": "fedupinmoorend@gmail.com",
          "Ward": "Moorend",
          "Message": """Regarding Councillor Quigley.

I'm not saying anybody should do anything to her. I'd never say that, you can put that in your records. But if she happened to go off that bend by the reservoir one of these dark mornings I don't think there'd be many tears in Moorend, put it that way.

People are angrier than you lot realise. I'd tell her to be careful on those roads.""",
      }))

c.add("other", subject="Message from website", sender=c.form_robot(),
      reply_to=("Edna Crabtree", "edna.crabtree@aol.com"),
      tags=("webform",),
      body=c.webform({
          "Name": "Mrs Edna Crabtree",
          "Email": "edna.crabtree@aol.com",
          "Message": """I would like to say thank you to Councillor Mahmood. The street light outside number 6 on Albion Street had been out since August and I am 84 and I was frightened to go out to the bins in the dark. I told him at the Heyside fun day and it was fixed by the Wednesday. He even came round to check.

My late husband was a Liberal but I think he would have voted for this young man. Please pass on my thanks.

Edna Crabtree""",
      }))

c.add("safety", subject="Contact us - new submission (4)", sender=c.form_robot(),
      reply_to=("Neil", "neil.b.1971@hotmail.co.uk"),
      tags=("webform", "stalking", "following", "harassment"),
      body=c.webform({
          "Name": "Neil",
          "Email": "neil.b.1971@hotmail.co.uk",
          "Subject": "For Janice only",
          "Message": """Janice, this is the fourth one today so you know I'm serious. You've blocked my email and my number so I'll use this, you can't block a website form.

I only want to talk to you. I waited by your car on Market Street last night till gone nine but you must have gone out the back way through the yard. Why would you do that? I wasn't going to do anything.

I'll be there again tonight. Please just come out the front.""",
      }))

# =================================================================== Facebook page

c.add("bulk", also=["complaint"], subject="Lorraine Ashworth commented on your post",
      sender=FB, headers=c.newsletter_headers("Facebook"), fmt="alt",
      tags=("social", "robot-shape", "hard-negative", "angry", "contempt"),
      body="""Lorraine Ashworth commented on your post.

Calderbrook & Heyside Labour: "Heyside library: what happens next. Cllr Mahmood explains the budget pressures on the council and..."

Lorraine Ashworth: Disgrace. Absolute disgrace. Thirteen years of the Tories starving councils and the first thing you lot do when you get the keys is shut a library. You should all be ashamed of yourselves. Never voting Labour again and I know I'm not the only one.

Reply  ·  Like  ·  View comment

This message was sent to secretary@calderbrookheysidelabour.org.uk. If you don't want to receive these emails from Meta in the future, please unsubscribe.
Meta Platforms Ireland Ltd., Attention: Community Support, Dublin 2, Ireland""")

c.add("safety", subject="New comments on your post \"Cllr Quigley: why I voted for the Moor Lane plan\"",
      sender=FB, fmt="alt",
      tags=("social", "pile-on", "doxxing", "implicit", "confuser", "robot-no-list-headers"),
      body="""Calderbrook & Heyside Labour

There are 47 new comments on your post: "Cllr Quigley: why I voted for the Moor Lane plan"

Kirsty Lumb: why I voted for the Moor Lane plan = because the developers bought her a nice lunch 🙄

Dean Farrar: She's at 23 Lindley Close if anyone fancies explaining to her personally what they think of it. Got the house with the camper van on the drive.

    Wayne Barraclough replied: on my way 😂😂

    Shaz Holt replied: bring a few of the lads Dean, she'll listen then

    Dean Farrar replied: Evenings is best, she's always in after 6

Tony Priestley: Page admin might want to delete that comment about her address lads

    Dean Farrar replied: Why it's public, it's on the electoral roll. Free country

Mick Hirst: shes made her bed

View all 47 comments

You're receiving this notification because you manage Calderbrook & Heyside Labour.
Meta Platforms Ireland Ltd.""")

c.add("complaint", subject="New message from Sheila Mitchell", sender=FB,
      tags=("social", "sarcasm", "hard-negative", "angry"),
      body="""Sheila Mitchell sent a message to Calderbrook & Heyside Labour

"Oh well done Labour. Three weekly bin collections. Genius. Really inspired stuff. I'm sure the rats on Victoria Street are absolutely delighted, they've been having a party round the back of number 30 since Tuesday. Perhaps Councillor Sutcliffe would like to come and collect it himself seeing as he thinks three weeks is fine. I've got a family of five. Bring a peg for your nose, love."

Reply in Messenger: https://www.facebook.com/messages/t/calderbrookheysidelabour

Responding quickly helps your Page earn the "Very responsive to messages" badge.""")

c.add("query", subject="New message from Jade Hollinrake", sender=FB, fmt="alt",
      tags=("social",),
      body="""Jade Hollinrake sent a message to Calderbrook & Heyside Labour:

hiya is the quiz night still on friday at the Con club?? and can i bring my mum she uses a wheelchair, is there a ramp or is it them steps at the front. thanks xx

Reply  ·  View conversation""")

c.add("data-protection", subject="New message from Brian Whiteley", sender=FB,
      tags=("social", "confuser", "dp-no-legal-words"),
      body="""Brian Whiteley sent a message to Calderbrook & Heyside Labour

Brian Whiteley: Why is my comment, with my name and my photo, on your page? I wrote that in the Heyside Residents group, which is a private group, not on your page. Somebody from your lot has screenshotted it and put it in a post called "What residents are telling us" with my face on it. I didn't agree to that. My employer follows your page. Take it down today please and tell me who did it.

Reply in Messenger

Calderbrook & Heyside Labour · Page inbox""")

c.add("safety", subject="You have a new message", sender=FB, fmt="alt",
      tags=("social", "veiled", "implicit"),
      body="""New message for Calderbrook & Heyside Labour

From: Carl Bentley

Carl Bentley: Saw the GC is on Thursday at St Paul's hall. Some of us will be there. Some of us will be outside waiting after as well, for the ones that voted for the bus gate. Not everything needs saying inside the hall. Watch yourselves Thursday.

View message · Mark as done

Meta Platforms Ireland Ltd.""")

c.add("urgent", subject="New message from Holme Bridge Print & Copy", sender=FB,
      tags=("social", "confuser", "robot-shape"),
      body="""Holme Bridge Print & Copy sent a message to Calderbrook & Heyside Labour

Holme Bridge Print & Copy: Hi Janice it's Ray at the print shop, tried the office phone no answer. Your 6,000 Moorend leaflets are boxed and ready. Heads up we're shutting at 12 noon TOMORROW for the bank holiday and not back till Tuesday, so if someone doesn't get down before 12 they'll be sat here over the weekend. Don't think you want that with the by-election Thursday. It's 9 boxes, need a car not a bike! Ray

Reply in Messenger""")

c.add("safety", subject="Tahir Mahmood was mentioned in a comment on your post", sender=FB,
      headers=c.newsletter_headers("Facebook"),
      tags=("social", "non-native", "veiled", "doxxing"),
      body="""Calderbrook & Heyside Labour: someone mentioned Tahir Mahmood in a comment on your post "Thank you to everyone at the Heyside fun day!"

Farooq Aziz: Mr Tahir you are shame for our community, you vote with these people against our masjid parking and smile in photo. We know your house on Rochdale Road and we know your father shop by the bridge. Better you be careful now brother, people are not forgetting.

Reply · Like

See all comments

Unsubscribe · Meta Platforms Ireland Ltd.""")

c.add("complaint", subject="New message from Yvonne Pickles", sender=FB,
      tags=("social", "hard-negative", "metaphor", "angry"),
      body="""Yvonne Pickles sent a message to Calderbrook & Heyside Labour

Yvonne Pickles: Please cancel my membership. I joined in 2017 for Jeremy, stuck with you through everything since and I thought you'd at least do right by pensioners. My mum is 81, lives on her own in Moorend, and lost her winter fuel money last year. She sat in her coat all February. You've got blood on your hands as far as I'm concerned and I won't be giving another penny. I've told the branch secretary too.

Reply in Messenger · Mark as done""")

c.add("safety", subject="Doesn't recommend Calderbrook & Heyside Labour", sender=FB, fmt="alt",
      tags=("social", "review", "veiled", "conditional"),
      body="""Gary Sowden doesn't recommend Calderbrook & Heyside Labour.

"Four emails, two phone calls and a letter about my mothers care package and not one reply from anyone at that office. They dont listen to normal people. Maybe a brick through the office window will get their attention, then they'll know how it feels to be ignored. Just saying."

Recommendations and reviews help people learn about your Page. View recommendation | Reply

Meta Platforms Ireland Ltd.""")

# =================================================================== Instagram / X / Nextdoor

c.add("complaint", subject="heyside.mum.of.3 sent you a message", sender=("Instagram", "no-reply@mail.instagram.com"),
      tags=("social", "noisy", "contempt", "hard-negative", "angry"),
      body="""Instagram

heyside.mum.of.3 sent you a message

"ur councillors r a joke. shut the youth club in march and then post pics at the gala grinning like its all fine. my lad has NOWHERE to go now. 14 and hanging round the precinct. embarrasing. do better"

Open Instagram

This message was sent to secretary@calderbrookheysidelabour.org.uk. Not you? Let us know.
Instagram. Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025""")

c.add("safety", subject="heyside_lad_88 sent you a message", sender=("Instagram", "no-reply@mail.instagram.com"),
      headers={"Auto-Submitted": "auto-generated"},
      tags=("social", "implicit", "veiled"),
      body="""Instagram

heyside_lad_88 sent you a message

"nice pic of the cllr at the gala with his little lad on his shoulders. lad looks just like him. same jacket every saturday at the football at the rec. be a shame if anything spoilt his weekends"

Open Instagram

Instagram. Meta Platforms, Inc.""")

c.add("data-protection", subject="moorend_mike sent you a message", sender=("Instagram", "no-reply@mail.instagram.com"),
      tags=("social", "confuser", "dp-no-legal-words"),
      body="""Instagram

moorend_mike sent you a message

"Morning. You've put a photo of my two kids on the face painting stall at the gala on your grid. I never said you could and their mum is not happy, there's reasons (court order) why their faces can't be online. Can you take it down ASAP and not post them again. Thanks"

Open Instagram""")

c.add("bulk", subject="Your weekly X summary: @CalderHeyLabour", sender=("X", "notify@x.com"),
      headers=c.newsletter_headers("X"), fmt="html",
      tags=("social", "robot-shape", "hard-negative", "metaphor", "html-only"),
      body="""Here's what's happening with @CalderHeyLabour this week

Top mention
@PennineObserver: Ormerod backing the welfare bill is political suicide in a seat like Calderbrook. Labour will get slaughtered in the Moorend by-election and they know it.

Other mentions
@HoltbyJames: @CalderHeyLabour we'll crush the Reform lot on Thursday 🌹 out on the doors in Heyside tonight, all welcome
@brookst_resident: the bus gate is killing trade on Brook Street. Ask the bakery. @CalderHeyLabour @GSutcliffeCllr
@RachelOrmerodMP replied to @CalderHeyLabour: Thank you to everyone who came out canvassing in the rain!

Your posts got 4,210 impressions. 38 new followers.

Settings · Unsubscribe · X Corp. 1355 Market Street, San Francisco, CA 94103""")

c.add("safety", subject="New mentions of @JWhitworthCLP", sender=("X", "notify@x.com"),
      tags=("social", "doxxing", "veiled", "noisy"),
      body="""You were mentioned in 3 posts

@northern_truth_77 · 2h
@JWhitworthCLP @CalderHeyLabour funny how quiet you go when people ask questions janice. 9 Fold Terrace isnt it. the one with the blue bins. tick tock

@northern_truth_77 · 2h
@JWhitworthCLP not so brave without your little office to hide in

@sandra_hx7 · 1h
@JWhitworthCLP @northern_truth_77 🍿🍿

View on X

You're receiving this because you turned on email notifications for mentions.
X Corp.""")

c.add("bulk", subject="Heyside: Today's top posts", sender=("Nextdoor Heyside", "no-reply@email.nextdoor-uk.com"),
      headers=c.newsletter_headers("Nextdoor"), fmt="alt",
      tags=("social", "robot-shape", "digest"),
      body="""Nextdoor · Heyside

Today's top posts near you

POTHOLE HOLME BRIDGE RD - Gail D. · Holme Bridge
Anyone else had their tyres wrecked on the hole by the mini roundabout? Third one this year. Who do we complain to?
14 replies

Lost cat - Tiddles (ginger, white paws) - Paul K. · Heyside
Hasn't been home since Tuesday. Last seen by the allotments on Clough Lane.
31 replies

Saw our councillor at the gala - Pam R. · Moorend
Bernadette Quigley was on the tombola at the gala on Saturday if anyone wanted to ask her about Moor Lane. She did talk to me for a good ten minutes to be fair, not that I agree with her.
22 replies

Recommendation: window cleaner? - Lisa M. · Heyside
6 replies

See more posts

You're receiving this email because you are a member of Nextdoor Heyside. Unsubscribe""")

c.add("safety", subject="Trending in Moorend: \"Moor Lane - what now?\"", sender=("Nextdoor Moorend", "no-reply@email.nextdoor-uk.com"),
      tags=("social", "implicit", "pile-on", "confuser", "robot-no-list-headers"),
      body="""Nextdoor · Moorend

Trending near you

Moor Lane - what now? · Geoff T. · Moorend
Well that's that then, diggers in by spring. Thanks Cllr Quigley. Anyone know if there's a residents' group forming to fight the appeal?
58 replies

Top replies:
Anne W.: There's a meeting at the Methodist church Weds 7pm.
Dave H.: Forget meetings. Her surgery is Saturday mornings at the library, just her and one volunteer. Maybe a few of us should turn up and make sure she doesn't leave until she's listened. Those doors lock from the outside too you know.
Steve P.: ^ count me in
Anne W.: Dave that's not funny
Dave H.: wasn't joking Anne

See all replies

Nextdoor, 420 Taylor Street, San Francisco, CA 94102""")

# =================================================================== petition site, reviews

c.add("bulk", subject="Your petition \"Save Heyside Library\" has reached 1,000 signatures!",
      sender=("PetitionPlace", "updates@petitionplace.org.uk"), headers=c.newsletter_headers("PetitionPlace"),
      fmt="alt",
      tags=("robot-shape", "petition", "hard-negative", "metaphor"),
      body="""Congratulations! Your petition has reached 1,000 signatures.

Save Heyside Library
Started by Calderbrook & Heyside Labour

Petitions that reach 1,000 signatures are 4x more likely to win. Share it now to keep the momentum going.

Why people are signing:

"Closing libraries is killing this town one building at a time." - Joan F., Heyside
"My kids learned to read in that library. The council will have blood on its hands if the homework club goes." - Imran A., Heyside
"Death of the community, plain and simple." - Malcolm R., Calderbrook
"Fight this tooth and nail please." - Anon

Share on Facebook · Share on WhatsApp · Email your supporters

You're receiving this email because you started a petition on PetitionPlace.""")

c.add("safety", subject="New comments on \"STOP the Brook Street Bus Gate\"",
      sender=("PetitionPlace", "updates@petitionplace.org.uk"),
      tags=("petition", "embedded", "doxxing", "veiled", "robot-shape"),
      body="""PetitionPlace

5 new comments on a petition you're following: STOP the Brook Street Bus Gate (addressed to Cllr Gavin Sutcliffe, Calderbrook Council)

Keith A. - "Took me 25 mins to get from Brook St to the school this morning. Ridiculous."

Rizwana B. - "My shop takings are down a third since September. Who is going to pay my rent?"

Anonymous - "Everyone knows Sutcliffe's house is the one with the green door on Ash Grove, end of the row. Let's see how he likes a bus gate outside his. Or something worse outside his. He's been warned."

Linda O. - "Signed. The buses don't even use it half the time!"

Carl M. - "Sutcliffe out."

Read all comments · Share this petition

Don't want these emails? Stop following this petition.""")

c.add("bulk", subject="You've got a new 5-star review", sender=("Google Business Profile", "businessprofile-noreply@google.com"),
      fmt="html",
      tags=("review", "robot-shape", "html-only"),
      body="""Calderbrook & Heyside Labour Party (Market Street office) has a new review

★★★★★ Pauline Hepworth

"Went to the Saturday advice surgery with a letter about my council tax I couldn't make head nor tail of. The lady on the desk was lovely and the councillor rang me back the next week and got it sorted. Didn't expect that. Thank you."

Reply to review

Replying to reviews shows customers you value their feedback.
Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043""")

c.add("safety", subject="New review for Calderbrook & Heyside Labour Party", sender=("Google Business Profile", "businessprofile-noreply@google.com"),
      tags=("review", "veiled", "implicit"),
      body="""New review

★☆☆☆☆ R. Lister · 1 review

"Closed every time I come. Phone goes to voicemail. Emails ignored. I've been patient for 8 months over my housing. I know which house on Rochdale Road is Mahmood's and I've been very patient not going there. Patience runs out. Tell him."

Reply to review · Report review

Google Business Profile""")

# =================================================================== voicemail transcripts

c.add("complaint", subject="New voicemail from 07700 900384 (1m 52s)", sender=VM,
      tags=("voicemail", "robot-shape", "hard-negative", "angry", "noisy"),
      body="""You have a new voicemail message.

From: 07700 900384
To: Calderbrook & Heyside Labour (01632 960217)
Received: 18:42
Duration: 1 minute 52 seconds

Transcription (beta):
"Yeah hello this is uh Roy Sutcliffe no relation before you ask. Ring ringing about the the bins. Three weekly. Three weeks. I've got the brown bin the blue bin the grey bin and a back yard full of bags because the grey one was full on day nine. I've been a labour voter all my life my father was a labour voter and I'm telling you now I will never vote Labour again not never and there's a whole street of us on Cross Lane saying the same. You'll see. See you at the ballot box. Uh. See you at the ballot box. You can ring me back if you want on this number but I'm not holding my breath. Right. Bye."

Transcription confidence: medium. Listen to the full message in the attached audio file.

Cloudline Telecom · Hosted Voice""")

c.add("safety", subject="Voicemail from Withheld (0m 38s)", sender=VM,
      tags=("voicemail", "veiled", "noisy", "following"),
      body="""You have a new voicemail message.

From: Withheld
To: Calderbrook & Heyside Labour (01632 960217)
Received: 23:07
Duration: 0 minutes 38 seconds

Transcription (beta):
"This is for Janice. The secretary. Yeah. You think you can throw me out the party and nobody says nothing [inaudible] twenty years I gave. I know you finish up at the office on a Wednesday about half six. Car park at the back. I'll be [inaudible] love. We'll have that conversation. Face to face this time."

Transcription confidence: low. Listen to the full message in the attached audio file.

Cloudline Telecom · Hosted Voice""")

c.add("query", subject="New voicemail from 01632 960855 (1m 10s)", sender=VM,
      tags=("voicemail", "robot-shape", "noisy"),
      body="""You have a new voicemail message.

From: 01632 960855
Received: 10:14
Duration: 1 minute 10 seconds

Transcription (beta):
"Oh hello it's Mr Wilfred um Booth speaking from Marsh Street uh Heyside. I was told to ring this number about the postal votes. The post a vote. My wife's in the home now the Laurels and she always voted and she'd want to vote in the in the by election for the Moorend, well no we're Heyside, for the council, and I don't know if she can do it from there or if I do it for her, the proxy, is it. If somebody could ring me back. Not before ten I'm at the Laurels in the mornings. 01632 960855. Thank you very much. Thank you. Bye bye now."

Transcription confidence: medium.

Cloudline Telecom · Hosted Voice""")

c.add("data-protection", subject="New voicemail from 07700 900771 (0m 49s)", sender=VM,
      tags=("voicemail", "confuser", "dp-no-legal-words", "angry"),
      body="""You have a new voicemail message.

From: 07700 900771
Received: 19:26
Duration: 0 minutes 49 seconds

Transcription (beta):
"Yes hello this is the third time this week I've had one of your volunteers ringing me on my mobile asking how I'm voting in the by election. I want to know how you got this number. I've never given it to the labour party, I've never given it to anyone political. I'm ex directory. So either tell me where you got it or take it off your system, preferably both, and I'd like that in writing. Name's uh Hartley. H A R T L E Y. Thank you."

Transcription confidence: high.

Cloudline Telecom · Hosted Voice""")

c.add("procedural", subject="New voicemail from 07700 900203 (0m 31s)", sender=VM,
      tags=("voicemail", "robot-shape"),
      body="""You have a new voicemail message.

From: 07700 900203
Received: 16:55
Duration: 0 minutes 31 seconds

Transcription (beta):
"Hi Janice it's Mohammed Iqbal Heyside branch. Can you put me down as apologies for the GC on Thursday please, I've got a shift change. And can you make sure it's minuted that I'd have voted for the Library motion, the composite one, the one Sarah's moving. Ta. Speak soon."

Transcription confidence: high.

Cloudline Telecom · Hosted Voice""")

c.add("urgent", subject="New voicemail from 01632 960441 (1m 04s)", sender=VM,
      tags=("voicemail", "robot-shape", "noisy"),
      body="""You have a new voicemail message.

From: 01632 960441
Received: 07:58
Duration: 1 minute 4 seconds

Transcription (beta):
"Morning this is Denise at Moorend community centre. Sorry to be ringing so early. We've had a burst pipe over night in the main hall, the ceilings come down at the kitchen end and the floor is under about an inch of water. There's no way you can have your meeting here tonight, the hustings, I've had to shut the building and the insurance man's coming at two. I'm really sorry. Can someone ring me back this morning so I know you've got this, I don't want sixty people turning up at a locked door. My mobiles 07700 900146. Thanks love."

Transcription confidence: medium.

Cloudline Telecom · Hosted Voice""")

c.add("safety", subject="New voicemail from 07700 900518 (0m 57s)", sender=VM,
      tags=("voicemail", "third-party-report", "suspicious-item", "noisy"),
      body="""You have a new voicemail message.

From: 07700 900518
Received: 08:21
Duration: 0 minutes 57 seconds

Transcription (beta):
"Hiya it's Colin the caretaker at Saint Paul's hall. Can whoever gets this ring me straight back. There's a box been left at the side door, the fire door, sometime over night. Shoe box size, brown tape all round it. It's got Labour party written on it in marker and then TRAITORS underneath. There's a wire or something poking out the end. I've not touched it, I've put a cone by it and I'm keeping folk away. I don't know whether to ring the police or if it's just some idiot. Your GC was here Thursday so I thought I'd ring you first. Ring me back."

Transcription confidence: medium.

Cloudline Telecom · Hosted Voice""")

c.add("other", subject="New voicemail from 07700 900955 (0m 22s)", sender=VM,
      tags=("voicemail", "misdirected"),
      body="""You have a new voicemail message.

From: 07700 900955
Received: 12:40
Duration: 0 minutes 22 seconds

Transcription (beta):
"Hello is that Calder Brook heating? It's about the boiler service for flat 3 Kings Court, your lad was meant to come Tuesday. Can you ring me back. Karen. Thanks."

Transcription confidence: high.

Cloudline Telecom · Hosted Voice""")

c.add("bulk", subject="New voicemail from 0161 496 0032 (0m 29s)", sender=VM,
      tags=("voicemail", "robot-shape", "confuser", "robot-no-list-headers"),
      body="""You have a new voicemail message.

From: 0161 496 0032
Received: 14:03
Duration: 0 minutes 29 seconds

Transcription (beta):
"This is an important message regarding your business energy contract. Our records show you may be eligible for a reduced rate under the new government scheme. Press one to speak to an adviser or press nine to be removed from our list. This is an important message regarding"

Transcription confidence: high.

Cloudline Telecom · Hosted Voice""")

c.add("safety", subject="New voicemail from 07700 900662 (0m 14s)", sender=VM,
      tags=("voicemail", "explicit", "noisy"),
      body="""You have a new voicemail message.

From: 07700 900662
Received: 01:33
Duration: 0 minutes 14 seconds

Transcription (beta):
"[shouting] [inaudible] library closer you Labour [expletive] gonna put your windows in the lot of you every [expletive] window on Market Street and then we'll do your houses [inaudible] mate shut up [laughter]"

Transcription confidence: low.

Cloudline Telecom · Hosted Voice""")

# =================================================================== survey / consultation exports

c.add("bulk", subject="Heyside Library consultation: 23 new responses",
      sender=("Google Forms", "forms-receipts-noreply@google.com"),
      tags=("survey", "robot-shape", "confuser", "robot-no-list-headers"),
      body="""Heyside Library consultation

23 new responses since yesterday. Total responses: 412.

View summary of responses · Open in Sheets

To stop receiving these emails, turn off email notifications in the form settings.
Google Forms: Create and analyse surveys.""")

c.add("safety", subject="New response: Members' survey 2026", sender=("Google Forms", "forms-receipts-noreply@google.com"),
      tags=("survey", "implicit", "stalking", "embedded"),
      body="""Members' survey 2026 - new response

1. Which branch are you in?
Calderbrook Central

2. How many meetings have you attended this year?
3-5

3. What are the three most important issues for the CLP in the next year?
Library closure, bins, housing

4. Would you be willing to help with canvassing?
No

5. Would you be interested in standing as a councillor?
No

6. How could the CLP communicate better with members?
Fewer emails

7. Anything else you'd like to tell the officers?
Just that Janice should be more careful walking that dog along the canal towpath at six in the morning. It's very dark under the railway bridge this time of year and there's nobody about. Anything could happen to a woman on her own down there. I'd hate for anything to.

Submitted at 04:12. View all responses.""")

c.add("data-protection", subject="members survey results - is this meant to be public??",
      sender=P("Hannah", "Firth"),
      tags=("survey", "breach", "confuser", "dp-no-legal-words"),
      body="""Hi Janice

I clicked the link in Sunday's branch email that says "see what members said in our survey". It opens the actual spreadsheet. Not a summary, the whole thing, every response, with people's names, email addresses, which branch they're in, and what they wrote in the "anything else" box. Some of it is quite personal (one person has written about their mental health and why they can't canvass, another has said some very rude things about a named councillor).

I could see it without logging in, so I assume anyone with the link can. The branch email goes to about 400 people and I know at least one of them forwards everything to a Facebook group.

Please can someone lock it down quickly. I'm not trying to cause trouble, I just wouldn't want my answers out there either.

Hannah Firth
Calderbrook Central""")

# =================================================================== ticketing / event booking

c.add("bulk", subject="New order #CHL-20418 - Spring Social & Quiz", sender=("TicketHive", "orders@tickethive.co.uk"),
      headers={"Auto-Submitted": "auto-generated", "X-Mailer": "TicketHive Notifications"},
      tags=("booking", "robot-shape", "confuser", "robot-no-list-headers"),
      body="""You've sold 2 tickets!

Event: Spring Social & Quiz - Heyside Conservative Club (yes, really) - Friday 7.30pm
Order: #CHL-20418
Buyer: Lesley Marsden
Tickets: 2 x Standard (£6.00)
Total: £12.00 (fees absorbed)

Message to organiser: (none)

Tickets remaining: 34 of 80

Manage event · Download attendee list

TicketHive Ltd · You're receiving this because you're an organiser of this event.""")

c.add("safety", subject="New order #CHL-20977 - Annual Dinner 2026", sender=("TicketHive", "orders@tickethive.co.uk"),
      tags=("booking", "stalking", "following"),
      body="""You've sold 1 ticket!

Event: Calderbrook & Heyside Labour Annual Dinner 2026 - The Old Mill, Saturday 7pm
Order: #CHL-20977
Buyer: Neil Barker
Tickets: 1 x Dinner (£32.00)
Dietary requirements: none

Message to organiser:
Please put me on Janice Whitworth's table again like last year. She didn't say goodbye when she left last time which I thought was rude after we'd got on so well but I followed her car as far as Fold Terrace to make sure she got in safe, so no harm done. I'll do the same this year. I've bought her a present.

Tickets remaining: 11 of 90

Manage event · Download attendee list

TicketHive Ltd""")

c.add("complaint", also=["query"], subject="New message from an attendee - Moorend By-election Hustings",
      sender=("TicketHive", "orders@tickethive.co.uk"),
      tags=("booking", "confuser", "complaint-as-query"),
      body="""An attendee has sent you a message about your event.

Event: Moorend By-election Hustings
Attendee: Dr Frances Oddie (order #CHL-21102)

Message:
I booked a free ticket for this in good faith. I have today had an automated email telling me the venue has changed from the community centre to the upstairs room at the Shoulder of Mutton, which as anyone in Moorend could tell you has twenty-two steps and no lift. I use a stick. So I am now, in effect, uninvited from a democratic event in my own ward.

Who made this decision and why was it not checked? Will there be any step-free option, or a way to put questions in writing? I would appreciate an answer rather than another automated email.

Reply to attendee · View order

TicketHive Ltd""")

c.add("safety", subject="New order #CHL-21230 - Meet Rachel Ormerod MP: community Q&A", sender=("TicketHive", "orders@tickethive.co.uk"),
      tags=("booking", "veiled", "suspicious-item"),
      body="""You've sold 1 ticket!

Event: Meet Rachel Ormerod MP - community Q&A, Heyside Methodist Church
Order: #CHL-21230
Buyer: R Holt
Tickets: 1 x Free

Access requirements: none
Message to organiser:
I'll be bringing Rachel a little present. She'll know what it's for after her welfare vote. No need for your volunteers to check my bag, they won't find it anyway.

Tickets remaining: 48 of 120

TicketHive Ltd""")

c.add("query", subject="New message from an attendee - Annual Dinner 2026", sender=("TicketHive", "orders@tickethive.co.uk"),
      tags=("booking",),
      body="""An attendee has sent you a message about your event.

Event: Calderbrook & Heyside Labour Annual Dinner 2026
Attendee: Derek Shackleton

Message:
Is it possible to pay on the door in cash? I don't have a bank card and my daughter booked this for me on hers but she's away. Also is the veggie option the mushroom thing again, as I'd rather have the beef this year. Derek (Holme Bridge branch)

Reply to attendee

TicketHive Ltd""")

# =================================================================== MP's casework system, councillor forwards

c.add("safety", subject="FW: Case CW-26-1184 - notes (please read)", sender=NADIA,
      tags=("crm", "forwarded", "third-party-report", "conditional"),
      body=c.forward(
          """Janice, I'm sending you the notes on this case because the constituent told me on the phone he is a party member and comes to Heyside branch. I've logged it with our parliamentary police liaison already, this is just so you know who he is if he turns up at a meeting. Please don't share beyond officers.

Nadia
Caseworker, Office of Rachel Ormerod MP""",
          """Case: CW-26-1184
Constituent: [redacted - see record]
Category: Benefits / PIP
Status: Open - flagged

Case notes

14/10 11:02 NH - Constituent phoned re PIP review. Has been moved from enhanced to standard daily living. Very distressed. Explained MR process, sent MR template letter.

21/10 15:40 NH - Constituent phoned, asked why the MP "hasn't got it sorted". Explained timescales. Raised voice throughout.

28/10 09:15 NH - Constituent phoned three times before 10am. On third call became abusive. Quote as near as I could write it: "If that woman lets them cut my money I'll find out where she lives and she'll know all about it. I know she comes to Heyside on Fridays." Asked him to repeat, he said "you heard." Call ended by constituent.

28/10 09:40 NH - Logged with PLO. Manager informed. Flag added to record: no lone visits, no surgery appointment without second staff member.""",
          "Casework <casework@ormerod-mp-office.org.uk>", "Case CW-26-1184 - notes"))

c.add("complaint", subject="FW: constituent complaint re canvassers - Case CW-26-1302", sender=NADIA,
      tags=("crm", "forwarded"),
      body=c.forward(
          """Hi Janice - this one's really for the CLP rather than us, as it's about your canvassing session on Sunday rather than anything Rachel has done. Could you pick it up with the constituent directly? I've told her the secretary will be in touch. Notes below.

Thanks, Nadia""",
          """Case: CW-26-1302
Category: Complaint - party activity
Status: Referred

Case notes

03/11 12:20 NH - Constituent (Mrs J. Rowbotham, Crag View, Heyside) phoned. Says two Labour canvassers came to her door on Sunday at about 4.30. When she said she would not be voting Labour because of the library, one of them (young man, red coat) allegedly said "well enjoy Reform then" and laughed as they walked off. She says her husband is disabled and they were both upset. She also says one of them stood on her flower bed.

03/11 12:31 NH - Constituent wants an apology from "whoever runs them" and assurance it won't happen again. Explained the MP's office does not organise canvassing; agreed to refer to the CLP secretary. Constituent content with that but said if she hears nothing in a week she'll "put it on the Heyside page".""",
          "Casework <casework@ormerod-mp-office.org.uk>", "Case CW-26-1302"))

c.add("safety", subject="Fwd: texts from this bloke - advice?", sender=SUTCLIFFE,
      tags=("forwarded", "third-party-report", "harassment", "implicit", "noisy"),
      body="""Janice,

Sorry to dump this on you on a Sunday. I gave my mobile number out at the Brook Street residents' meeting (my mistake, I know). One chap has been texting me ever since. I've copied them below in order. The first few I just ignored. The last three have got to me, especially the one about Lynne and the back gate, because it IS always open, and I don't know how he'd know that unless he's been round the back of our house.

Do I go to the police with this or is there a party process first? I'd rather not make a big thing of it if he's just a windbag.

Gavin

---

Tue 19:02 - Cllr Sutcliffe, this is a Brook St resident. Your bus gate has added 40 mins to my commute. Will you be reviewing it?
Tue 21:15 - No reply then
Wed 07:30 - Sat in it again. Thanks Gavin
Thu 18:44 - You can ignore texts. You can't ignore people forever
Sat 11:20 - seen you in the co op on ash grove this morning. you looked nervous. you should be
Sat 22:51 - nice house. shame about the road outside it
Sun 08:03 - tell your Lynne to lock that back gate, its always open. anyone could walk in""")

c.add("complaint", also=["query"], subject="Fwd: Mrs Gledhill - can you ring her?", sender=SUTCLIFFE,
      tags=("forwarded", "hard-negative", "angry"),
      body="""Janice - Joan Gledhill is a member (Holme Bridge branch, been in forever). She's been texting me about the dealing on Sowerby Street. I've passed it to the neighbourhood police team and highways (for the street light) but she says she wants to raise it at GC and resign if nothing happens. Can you give her a ring? She'd take it better from you than from me at this point. Her texts below.

Gavin

---

Joan Gledhill: Gavin there were three cars outside no 18 again last night engines running from 11 till 2. Everyone knows what's going on. Nobody does anything.
Joan Gledhill: Light at the end of the street still out. Reported twice. It's pitch black, which suits them
Joan Gledhill: I'm 77 and I'm frightened to put my bin out. Is that what I've paid subs for 40 yrs for?
Joan Gledhill: I'll be at GC on the 14th and I'll say all of this there. If I get nowhere I'm handing my card in and I'll tell them why. What is the party going to do?""")

c.add("safety", subject="Fwd: Heyside Parents WhatsApp - thought you should see this", sender=P("Shabana", "Rahman"),
      tags=("forwarded", "pile-on", "implicit", "third-party-report"),
      body="""Janice,

I'm in the Heyside Primary parents' WhatsApp (for my youngest). It's normally lost PE kits and nits. Since the library vote it has turned into something else and last night's messages really worried me. I've typed out the bit I mean below because I don't know how to forward a WhatsApp to email. Cllr Mahmood's two little ones are in Mrs Patel's class, he does the school run on Mondays and Fridays.

I don't want to get anyone in trouble and I don't want it known it was me who passed it on, but I couldn't sit on it.

Shabana

---
[21:04] Kelly B: anyone see the library's definitely shutting
[21:05] Jo: disgusting
[21:07] Kelly B: his kids are in Mrs Patel's class you know. he does drop off monday and friday
[21:07] Kelly B: we could all have a word with him at the gate
[21:08] Marcus: not just a word 😤
[21:08] Kelly B: 😂 exactly
[21:09] Leanne: few of us could be waiting by his car, he parks on Clough Lane
[21:11] Jo: guys maybe not on here
[21:12] Marcus: he'll know how it feels when something gets taken away from him
[21:15] Kelly B: Friday then""")

c.add("procedural", subject="New form entry: Officer nominations 2026", sender=c.form_robot(),
      reply_to=("Aisha Begum", "aisha.begum.hx@gmail.com"),
      tags=("webform", "robot-shape"),
      body=c.webform({
          "Role": "Youth Officer",
          "Nominee name": "Aisha Begum",
          "Nominee membership number": "L1849027",
          "Nominee branch": "Heyside",
          "Nominated by (branch or affiliate)": "Heyside branch, meeting of 9 October",
          "Statement (max 150 words)": "I'm 21, I joined at 17 and I've been out on the doors in every election since. Heyside lost its youth club this year and young people in this CLP feel nobody is listening. As Youth Officer I'd set up a proper young members' group that meets somewhere other than a pub, run a training session before the May elections, and make sure young members get a vote on motions we care about.",
          "Confirmation": "I confirm the nominee has agreed to stand and is a member in good standing.",
      }, form="Officer nominations"))

c.add("complaint", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Martin Kershaw", "martinkershaw64@gmail.com"),
      tags=("webform", "hard-negative", "angry", "contempt"),
      body=c.webform({
          "Name": "Martin Kershaw",
          "Email": "martinkershaw64@gmail.com",
          "Ward (if known)": "Calderbrook Central",
          "Subject": "Brook Street",
          "Your message": """I live at the top end of Brook Street, number 112, above what used to be the florist's until it shut last month (ask them why).

On Friday night I sat in a queue for 20 minutes to get 300 yards home because of your bus gate, and when I finally got parked and went for a pint, who's in the Royal Oak laughing his head off with his mates but Cllr Sutcliffe. Not a care in the world. He saw me looking and couldn't look me in the eye.

That's what we're dealing with. A man who's never once come and stood on Brook Street at half five to see what he's done. He'd rather be in the pub.

I don't want a leaflet, I want someone to explain to me why a scheme that's killing the top end of the street is still there after six months of complaints. And I want it from him, not from a press officer.""",
      }))

c.add("query", subject="Message from website", sender=c.form_robot(),
      reply_to=("Ellie Broadbent", "ellie.broadbent08@gmail.com"),
      tags=("webform",),
      body=c.webform({
          "Name": "Ellie Broadbent",
          "Email": "ellie.broadbent08@gmail.com",
          "Message": """Hello, I'm in Year 12 at Calder High and I'm doing my EPQ on why young people don't vote in local elections. Would one of your councillors be willing to do a short interview with me (20 mins, can be on Teams)? My teacher Mr Akhtar says it's fine to ask. Also is it possible to come and watch a council meeting or is that just for adults?

Thank you!
Ellie""",
      }, form="Get in touch"))

c.add("bulk", subject="Your Page's weekly summary: Calderbrook & Heyside Labour", sender=FB,
      fmt="html", tags=("social", "robot-shape", "html-only", "confuser", "robot-no-list-headers"),
      body="""Calderbrook & Heyside Labour

Here's how your Page did this week (3 Nov - 9 Nov)

Post reach: 6,842 (up 212%)
Post engagement: 1,377
New Page likes: 19
New followers: 24
Unread messages: 11
Unanswered comments: 96

Your top post: "Heyside library: what happens next" - 3,104 people reached, 402 comments

Tip: Pages that reply to messages within an hour are more likely to get new followers.

See Insights

Meta Platforms Ireland Ltd., Attention: Community Support, Dublin 2, Ireland""")

c.write()
