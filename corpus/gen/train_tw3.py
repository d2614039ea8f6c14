"""train/tw3: short mail, the phone-typed, hurried and angry kind (Riverside CLP).
All content hand-written.

Every body is a few words to three or four lines (quoted originals and forwards may run
longer). 34 short threats: routines, homes, cars, children and family, dated and conditional
menace, wish-harm with a denial, explicit ones in caps or symbol-broken, non-native English,
reports by members and staff (a brick through the window, a bag left at the surgery, people
followed or waited for, an address posted for a pile-on), and threats arriving by web form,
Instagram, YouTube, a tenants' list, a forward and quoted replies. 31 short non-threats:
curt complaints with strong words but no menace, queries, urgent mail due today or tomorrow,
apologies and motions, data-protection notes, thanks, a sales pitch, robots."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tw3", seed=5903)
P = c.person
IPH = "\n\nSent from my iPhone"
AND = "\n\nSent from Outlook for Android"

# ===================================================================== safety (34)

c.add("safety", subject="gym", sender=("", "riverside.eyes@proton.me"),
      tags=("short", "veiled", "routine", "implicit"),
      body="Funny you still use the same gym on Wharf Road after everything. Creature of habit, aren't you Sam.")

c.add("safety", subject="Cllr Mistry", sender=P("Terry", "Hallam", "hotmail.com"),
      tags=("short", "veiled"),
      body="I'd sleep with one eye open if I was Cllr Mistry. That's all I'll say.")

c.add("safety", subject="Tuesday's vote", sender=P("Kevin", "Shaw"),
      tags=("short", "conditional", "date", "veiled"),
      body="If your MP votes for the welfare cuts on Tuesday he'd better not come back to Riverside. He won't leave it the way he arrived.")

c.add("safety", subject="papers in my door", sender=("Joao", "joao.ferreira.ldn@gmail.com"),
      tags=("short", "non-native", "conditional", "home"),
      body="I am tired of you people. If you put more papers in my door I go to your house, I have the address from the newspaper. Last time I say.")

c.add("safety", subject="ALL OF YOU", sender=("", "sickofitall1972@outlook.com"),
      tags=("short", "explicit", "noisy"),
      body="ALL OF YOU DESERVE A BEATING AND BELIEVE ME YOU'LL GET ONE")

c.add("safety", subject="kids", sender=("", "r1verside.k1ds@gmail.com"),
      tags=("short", "noisy", "children", "veiled"),
      body="k n o w i n g  w h e r e  y o u r  k i d s  g o  t o  s c h o o l  i s  e a s y")

c.add("safety", subject="Tierney", sender=P("Frank", "Dolan", "talktalk.net"),
      tags=("short", "wish-harm", "home"),
      body="If Tierney's house went up one night I wouldn't lift a bucket. Not a threat. Just I'm not the only one round here who feels like that.")

c.add("safety", subject="tenants meeting", sender=P("Jason", "Pike"),
      tags=("short", "explicit", "date"),
      body="I'll do that councillor in if she shows her face at the Ropewalk tenants meeting. Tell her from me." + IPH)

c.add("safety", subject="Bina", sender=P("Femi", "Adebayo"),
      tags=("short", "third-party-report", "stalking", "waiting"),
      body="Sam the man who shouted at Bina at surgery was at the bus stop outside her house at 7 this morning. She rang me in tears. Can you call her")

c.add("safety", subject="office window", sender=P("Mike", "Gallagher"),
      tags=("short", "third-party-report", "explicit"),
      body="brick through the office window overnight. note round it says 'next time youre inside'. police been, crime no. 4412. dont let anyone in alone" + AND)

c.add("safety", subject="New enquiry from riversidelabour.org.uk", sender=c.form_robot(), reply_to="x@guerrillamail.com",
      tags=("short", "webform", "doxxing", "veiled"),
      body=c.webform({"Name": "-", "Email": "x@guerrillamail.com", "Enquiry type": "Other",
                      "Message": "okafor. 47 cannon lane. flat 3. we'll be in touch in person."}, form="Get involved"))

c.add("safety", subject="riverside_realist sent you a message", sender=("Instagram", "no-reply@mail.instagram.com"),
      headers={"X-Instagram-Notification": "direct_v2_message", "List-Unsubscribe": "<https://www.instagram.com/emails/unsubscribe/>"},
      tags=("short", "social", "stalking"),
      body="""riverside_realist sent you a message

"you look different without the rosette sam. saw you in tesco wharf rd last night. nice trolley 👀"

Open Instagram
© Instagram from Meta""")

c.add("safety", subject="New comment on \"Meet Riverside's Labour candidate\"", sender=("YouTube", "noreply@youtube.com"),
      tags=("short", "social", "pile-on", "explicit"),
      body="""Hi Riverside Labour,

Dazza1988 commented on your video "Meet Riverside's Labour candidate":

"someone find out where she lives and sort her out 👊 plenty of us would help"

Reply · Manage comments
YouTube, LLC""")

c.add("safety", subject="Re: Thank you from Riverside Labour", sender=P("Lenny", "Crowe"),
      tags=("short", "quoted", "veiled"),
      body=c.quote_reply("shove your thank you. got your canvasser's name off her badge. tell Rachel I'll remember her.",
                         """Thank you for speaking to Rachel and the team on your doorstep on Sunday. If you'd like a poster for your window, just reply.

Riverside Labour""", style="gmail"))

c.add("safety", subject="Fwd: letter received today", sender=("Constituency office, Daniel Ashe MP", "office.ashe@parliament.example.uk"),
      tags=("short", "forwarded", "third-party-report", "date"),
      body=c.forward("Sam - typed copy of a letter that came in the post this morning. Original bagged for police. Please warn the surgery volunteers. Leona",
                     "WE HAVE YOUR DIARY. WE KNOW ABOUT SATURDAY. YOU WILL NOT FINISH THAT SURGERY.",
                     "Post, constituency office", "(no subject - handwritten envelope)", style="outlook"))

c.add("safety", subject="you people", sender=("Abdirahman", "abdirahman.h@gmail.com"),
      tags=("short", "non-native", "wish-harm", "veiled"),
      body="you people lie for our community many many times. one day somebody will do something to you and i will not stop him. i will watch.")

c.add("safety", subject="2moro", sender=("", "lilmarkz@hotmail.co.uk"),
      tags=("short", "noisy", "car", "veiled"),
      body="lol ur chair shud check under his car b4 he drives 2moro")

c.add("safety", subject="Thursdays", sender=P("Gordon", "Ives"),
      tags=("short", "veiled", "routine", "implicit"),
      body="Every Thursday 6.15 you lock that office up on your own. Thought you'd like to know someone's noticed.")

c.add("safety", subject="Gaza motion", sender=("", "lastwarning.riverside@gmail.com"),
      tags=("short", "conditional", "veiled"),
      body="last warning on the Gaza motion. vote it down and see what happens to your little party and the people in it")

c.add("safety", subject="your MP", sender=P("Barry", "Tollitt", "aol.com"),
      tags=("short", "veiled", "wish-harm"),
      body="If he was my MP I'd have done something about him by now. Lucky for him he isn't. Lucky for now.")

c.add("safety", subject="nice house", sender=("", "streetview.fan@outlook.com"), fmt="html",
      html_body='<html><body><div>Nice house. Shame about the hedge.</div><div><a href="https://maps.example.com/@51.5012,-0.0321,3a,75y">have a look yourself</a></div></body></html>',
      tags=("short", "html-only", "home", "doxxing", "implicit"),
      body="Nice house. Shame about the hedge.\nhave a look yourself")

c.add("safety", subject="Costa", sender=("", "riverside.regular@gmail.com"),
      tags=("short", "veiled", "children", "implicit"),
      body="Your branch chair's daughter works in the Costa on the high street, doesn't she. We've been in a few times. Nice girl. Polite.")

c.add("safety", subject="Bina's address", sender=P("Precious", "Nwosu"),
      tags=("short", "third-party-report", "doxxing", "pile-on"),
      body="Bina's home address is up on 'Riverside Residents Uncensored' with 'go round and tell her what you think'. 40 shares already. She's terrified. Who can report it?")

c.add("safety", subject="Joe", sender=P("Femi", "Adebayo"),
      tags=("short", "third-party-report", "following"),
      body="Joe got followed from the GC to the tube by two lads who called him by name. He's fine but rattled. Think we need someone walking people out after meetings now.")

c.add("safety", subject="OKAFOR", sender=("", "wharfboy99@hotmail.com"),
      tags=("short", "explicit", "noisy"),
      body="IM GONNA SMASH UR FACE IN OKAFOR. COUNT ON IT")

c.add("safety", subject="station stall", sender=P("Nigel", "Brabham"),
      tags=("short", "conditional", "explicit"),
      body="Shut the food bank stall outside the station or we shut it for you. With you lot still stood at it.")

c.add("safety", subject="bag at surgery", sender=P("Mike", "Gallagher"),
      tags=("short", "third-party-report", "suspicious-item"),
      body="rucksack left under the table at surgery, nobody claiming it, man who left it walked off fast. Mike's rung 999, everyone out in the car park. dont send anyone over" + IPH)

c.add("safety", subject="Friday", sender=("Shahid", "shahid.rana77@yahoo.com"),
      tags=("short", "non-native", "veiled", "date", "family"),
      body="You are making enemy of the wrong people Mr Sam. Think about your family before Friday meeting.")

c.add("safety", subject="Precious - estate whatsapp", sender=P("Leona", "Birch"),
      tags=("short", "third-party-report", "embedded", "harassment"),
      body="Screenshot from the Ropewalk estate whatsapp: \"the labour bird with the clipboard, anyone sees her round here let her know she's not welcome. properly.\" That's Precious. I'm taking her off that round.")

c.add("safety", subject="labour councillors", sender=P("Trevor", "Marsh"),
      headers=c.list_headers("Riverside Tenants Forum", domain="lists.riversidetenants.example.org"),
      tags=("short", "list", "doxxing", "incitement"),
      body="Somebody should pay the Labour councillors a visit at home. Their addresses are on the council website. Just saying.\n\n--\nRiverside Tenants Forum mailing list")

c.add("safety", subject="councillors", sender=("", "fedupwithit.rs@proton.me"),
      tags=("short", "explicit", "noisy"),
      body="every l@bour c0unc!llor should be sh0t and i'd happily start with yours")

c.add("safety", subject="the count", sender=P("Ricky", "Stannard"),
      tags=("short", "veiled", "date", "conditional"),
      body="I'll be at the count. So will my mates. Your candidate had better hope she loses.")

c.add("safety", subject="told", sender=P("Alan", "Quarrie"),
      tags=("short", "veiled"),
      body="you were told once at my door. you won't be told again.")

c.add("safety", subject="Re: Re: Complaint ref 114", sender=P("Keith", "Varley", "btinternet.com"),
      tags=("short", "quoted", "veiled", "car"),
      body=c.quote_reply("Remember me? You should. I remember your car.",
                         """Dear Mr Varley,

I'm sorry you are unhappy with the outcome. The Executive Committee has considered your complaint and its decision is final. You may appeal to the regional office.

Sam Okafor
Secretary, Riverside CLP""", style="outlook"))

# ===================================================================== complaint (10)

c.add("complaint", subject="no reply", sender=P("Joyce", "Pemberton"),
      tags=("short", "hard-negative", "angry", "ignored"),
      body="Shocking. Three emails, not one reply. Does anyone even read these?")

c.add("complaint", subject="selection", sender=P("Vince", "Harrop"),
      tags=("short", "hard-negative", "angry", "meeting-menace-benign"),
      body="This selection stinks. Stitch-up start to finish. I'll be raising it at the GC and I've got the numbers." + IPH)

c.add("complaint", subject="two-child cap", sender=P("Hannah", "Lowther"),
      tags=("short", "hard-negative", "benign-violent-word"),
      body="Two-child cap. Kill it or lose me. Simple as that.")

c.add("complaint", subject="youth service", sender=P("Marcus", "Boateng"),
      tags=("short", "hard-negative", "metaphor"),
      body="These cuts will gut the youth service. Our councillors will have those kids' futures on their hands. Shameful.")

c.add("complaint", subject="press", sender=P("Diane", "Cattermole"),
      tags=("short", "hard-negative", "angry", "ill-tell-everyone"),
      body="I'm going straight to the Riverside Echo with this. Let's see how you like that.")

c.add("complaint", subject="Cllr Tierney", sender=P("Norma", "Ashby"),
      tags=("short", "confuser", "conduct"),
      body="Complaint about Cllr Tierney at Tuesday's ward meeting: shouted at a pensioner in front of everyone. I want this escalated.")

c.add("complaint", subject="Re: We value your feedback", sender=P("Stan", "Whitlock"),
      tags=("short", "hard-negative", "angry", "quoted"),
      body=c.quote_reply("\"We value your feedback\". No you don't.",
                         """Thank you for contacting Riverside Labour. We value your feedback and aim to respond within 10 working days.

This is an automated message.""", style="gmail"))

c.add("complaint", also=["query"], subject="bins", sender=P("Kelly", "Osei"),
      tags=("short", "confuser", "complaint-as-query"),
      body="bins not collected 3 wks. ur councillor is useless. what r u actually going to do about it")

c.add("complaint", subject="my housing", sender=("Ana Paula", "anapaula.silva@hotmail.com"),
      tags=("short", "hard-negative", "angry", "non-native"),
      body="I send 4 email about my housing, no answer from the councillor. This is not good for Labour party. I am very angry, I vote for you always.")

c.add("complaint", subject="resignation", sender=P("Clive", "Danby"),
      tags=("short", "hard-negative", "angry", "leaving"),
      body="Take this as my resignation. And tell the chair he's finished in this party, politically, once the members see what he's done.")

# ===================================================================== query (5)

c.add("query", subject="sundays?", sender=P("Jade", "Fairweather"),
      tags=("short", "confuser", "terse-query"),
      body="r canvassing sessions on sundays too or just sat")

c.add("query", subject="AGM", sender=P("Rachel", "Oduya"),
      tags=("short", "confuser", "access"),
      body="hi is there a creche at the AGM? ta" + IPH)

c.add("query", subject="guest", sender=P("Tony", "Marchetti"),
      tags=("short", "confuser", "guest"),
      body="Quick one: can a non-member come to the Cannon Lane branch meeting as my guest?")

c.add("query", subject="URGENT!!!!!!!", sender=P("Bernie", "Croft"),
      tags=("short", "confuser", "query-with-urgent"),
      body="whens the next branch meeting")

c.add("query", subject="volunteer", sender=("Rumana", "rumana.begum.rs@gmail.com"),
      tags=("short", "confuser", "volunteering", "non-native"),
      body="Hello, I want to volunteer for help in election. I speak Bengali and Sylheti. Who I contact? Thank you")

# ===================================================================== urgent (4)

c.add("urgent", subject="cheque by noon tomorrow", sender=P("Rob", "Kettering"),
      tags=("short", "confuser", "deadline-tomorrow"),
      body="Treasurer's off sick and the bank wants two signatures on the hall deposit cheque by noon TOMORROW or we lose the Ropewalk for the AGM. Can you sign tonight?")

c.add("urgent", subject="Echo by 4pm", sender=P("Leona", "Birch"),
      tags=("short", "confuser", "press-deadline"),
      body="Echo want a CLP line on the estate regeneration by 4 today. Draft: \"Riverside Labour stands with residents and wants a ballot.\" OK to send?")

c.add("urgent", subject="boards 7am", sender=P("Bina", "Mistry"),
      tags=("short", "confuser", "urgent-tomorrow"),
      body="board pick up first thing tomorrow, 7am at my garage. need 2 strong people, van's only booked for the hour")

c.add("urgent", subject="phone bank tomorrow", sender=P("Femi", "Adebayo"),
      tags=("short", "hard-negative", "benign-violent-word", "fire-safety"),
      body="Fire alarm testing at the office tomorrow 9-11, building's shut. Phone bank needs to move - mine? Need to tell the callers tonight.")

# ===================================================================== procedural (3)

c.add("procedural", subject="Wed EC", sender=P("Precious", "Nwosu"),
      tags=("short", "confuser", "apology"),
      body="Send my apols for Wed EC please, hospital appt. P")

c.add("procedural", subject="emergency motion", sender=P("Marcus", "Boateng"),
      tags=("short", "confuser", "motion"),
      body="Emergency motion on the Ropewalk demolition from Wharf branch, text below. Can it go on Thursday's GC agenda?\n\n\"This CLP opposes demolition without a residents' ballot.\"")

c.add("procedural", subject="draft minutes 14 Oct", sender=P("Tony", "Marchetti"),
      tags=("short", "confuser", "minutes"),
      body="Item 5 says I seconded. I didn't, it was Femi. Please correct before they go out.")

# ===================================================================== data-protection (2)

c.add("data-protection", subject="unsubscribe", sender=P("Graham", "Lyle"),
      tags=("short", "confuser", "dp-no-legal-words", "unsubscribe"),
      body="unsubscribe me from everything please. not a member any more")

c.add("data-protection", subject="found this", sender=P("Irene", "Whitmore"),
      tags=("short", "confuser", "dp-no-legal-words", "lost-canvass-sheet"),
      body="One of your canvassers left a sheet with names, house numbers and 'voting intention' on my front wall, 12 Cannon Lane. I've got it here. Who wants it?")

# ===================================================================== other (4)

c.add("other", subject="flowers", sender=P("Margaret", "Oyelaran"),
      tags=("short", "confuser", "thanks"),
      body="Thank you all so much for the flowers. Meant the world. M x")

c.add("other", subject="phone bank!!", sender=P("Jade", "Fairweather"),
      tags=("short", "hard-negative", "benign-violent-word"),
      body="we absolutely smashed the target seat phone bank tonight, 400 calls 🔥🔥")

c.add("other", subject="print costs", sender=P("Dean", "Pritchard"),
      tags=("short", "confuser", "sales-pitch"),
      body="Hi Sam, Dean from Quayside Print. We do leaflets for a lot of local groups, usually 20% under what you're paying. Fancy a quote? 07700 900284")

c.add("other", subject="that article", sender=P("Rachel", "Oduya"),
      tags=("short", "hard-negative", "news-about-threats"),
      body="Grim read on the abuse councillors got during the May elections (link below). Worth a chat at some point about looking after our new ones?\n\nhttps://news.example.co.uk/councillor-abuse-survey")

# ===================================================================== bulk (3)

c.add("bulk", subject="New members in Riverside CLP", sender=("Membership", "no-reply@membersnet.example-labour.org.uk"),
      tags=("short", "confuser", "robot-no-list-headers", "membership-system"),
      body="3 new members joined Riverside CLP this week. Log in to Membersnet to see their details.\n\nThis mailbox is not monitored.")

c.add("bulk", subject="Out of office: Re: Thursday GC", sender=P("Leona", "Birch"),
      headers=c.autoreply_headers("gmail"),
      tags=("short", "confuser", "out-of-office"),
      body="On leave till the 14th. Press queries to press.office@riverside.example.org.uk")

c.add("bulk", subject="Invitation: Wharf branch doorstep @ Sat 10am - 12pm", sender=("Google Calendar", "calendar-notification@google.com"),
      tags=("short", "confuser", "robot-no-list-headers", "calendar"),
      body="Bina Mistry has invited you to an event.\n\nWharf branch doorstep\nSaturday 10am - 12pm\nMeet outside Wharf Road library\n\nGoing? Yes - Maybe - No\n\nInvitation from Google Calendar")

c.write()
