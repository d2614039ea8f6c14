"""train/uj2: the public's voice through machines, part 2 (Eastholme CLP, a seaside town on the
east coast with a harbour, a pier and a lot of holiday lets). All content hand-written.

The secretary is Dev Chauhan, a retired maths teacher. The rows of the year: the council (leader
Cllr Maxine Tull, Harbour ward) agreed to the Home Office using the Esplanade Hotel for asylum
seekers; the NHS trust is closing the minor injuries unit at the cottage hospital; beach-hut
rents are going to auction; promenade parking charges; a Gaza motion at the GC that Dev
seconded. Cllr Owen Pask (Sandhills) chairs the seafront committee; Cllr Rosa Ferreira
(Marshside) was born in Porto. The MP is Kieran Boyce; his office manager is Leah Gorman.

The machines: the website form, the Facebook page and the Eastholme Matters group, TikTok,
Instagram, X, Nextdoor, the office text line (SMS-to-email), the office voicemail, the surgery
booking page, the ticketing site for the curry night, the petition site, Typeform and
SurveyMonkey, the council's member-enquiry system and the MP's casework system.
37 non-threats (10 bulk, 10 complaint, 5 query, 4 data-protection, 3 procedural, 2 urgent,
3 other) and 23 safety."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "uj2", seed=7202)
c.clp = ("Eastholme CLP", "Dev Chauhan", "dev.chauhan@eastholmelabour.org.uk")
P = c.person
D = c.date
SITE = c.site()  # eastholmelabour.org.uk
SMS = ("SMSDesk", "inbound@smsdesk-mail.co.uk")
VM = ("Voicemail", "vm-noreply@talkbridge-voice.net")
FB = ("Facebook", "notification@facebookmail.com")
SLOT = ("SlotBook", "notifications@slotbook.io")
LEAH = ("Leah Gorman", "leah.gorman@kieranboyce-office.org.uk")
PASK = ("Owen Pask", "cllr.owen.pask@eastholme-dc.gov.uk")
TICKETS = ("Tickettree", "hello@tickettree.co.uk")


def sms(number, when, text):
    """The office text line's SMS-to-email relay (the text itself is hand-written per message)."""
    return (f"New inbound SMS to 07700 900500 (Eastholme Labour office)\n\nFrom: {number}\n"
            f"Received: {when}\n\nMessage:\n{text}\n\n--\nReply to this email to send an SMS back "
            f"(160 characters per message). SMSDesk - business texting made simple.")


# =================================================================== office text line (SMS)

c.add("safety", subject="SMS from +44 7700 900813", sender=SMS,
      headers={"Auto-Submitted": "auto-generated"},
      tags=("sms", "veiled", "robot-shape"),
      body=sms("+44 7700 900813", "Sun 02:14",
               "You had your warning about the hotel. You cleaned the paint off quick enough. Next time it wont be paint and it wont be the office."))

c.add("safety", subject="SMS from +44 7700 900377", sender=SMS,
      tags=("sms", "harassment", "noisy", "stalking"),
      body=sms("+44 7700 900377", "Thu 23:48",
               "r u ignoring me dev. i no u got my msgs. thats 14 now. u dont get 2 just block ppl when ur supposed to represent them. il come 2 ur work then, the old school, i no u do tuesdays there still"))

c.add("complaint", subject="SMS from +44 7700 900129", sender=SMS,
      tags=("sms", "robot-shape"),
      body=sms("+44 7700 900129", "Mon 09:02",
               "Your canvassers stuffed 3 leaflets through my door Sat in the rain, all soaked, one for each of us + 1 for my husband who died in March. I asked at the door to be taken off & the girl said she would. Clearly not. Pls sort it. Mrs P Gotts, 8 Quay Rd"))

c.add("query", subject="SMS from +44 7700 900650", sender=SMS,
      tags=("sms", "noisy"),
      body=sms("+44 7700 900650", "Wed 17:31",
               "hi is there a labour meeting in marshside this month?? just moved here from norwich, was a member there. want to get involved b4 may. ta - Kai"))

c.add("data-protection", subject="SMS from +44 7700 900441", sender=SMS,
      tags=("sms", "confuser", "dp-no-legal-words"),
      body=sms("+44 7700 900441", "Tue 19:05",
               "STOP. Who gave you this number? I've never had anything to do with Labour. I want it deleted and I want to know where you got it."))

c.add("urgent", subject="SMS from +44 7700 900902", sender=SMS,
      tags=("sms", "confuser", "robot-shape"),
      body=sms("+44 7700 900902", "Fri 10:47",
               "Dev it's Bev at the Sailing Club. So sorry, we've double booked the Harbour Room tonight - a wedding party have it from 6. Your GC can't go ahead here. Can offer the bar snug for 20 max or next Thurs. Ring me asap pls so I can tell the manager x"))

c.add("other", subject="SMS from +44 7700 900058", sender=SMS,
      tags=("sms", "scam", "misdirected"),
      body=sms("+44 7700 900058", "Sat 11:20",
               "Hi Mum its me, I dropped my phone down the toilet lol this is my new number. Can you text me back on here when you get this, need a favour x"))

c.add("bulk", subject="Bulk SMS report: 'GC reminder' - 412 sent", sender=SMS,
      headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
      tags=("sms", "robot-shape", "confuser", "robot-no-list-headers"),
      body="""SMSDesk campaign report

Campaign: GC reminder (Eastholme CLP)
Sent: 412
Delivered: 401
Failed: 11 (invalid or unreachable numbers)
Replies: 6 (3 x STOP - opted out automatically)

Replies received:
+44 7700 900215: Thanks see u there
+44 7700 900781: STOP
+44 7700 900336: apologies cant make it - Jan
+44 7700 900904: STOP
+44 7700 900117: 👍
+44 7700 900622: STOP

Credits remaining: 1,188

SMSDesk - business texting made simple. Manage notifications in your account settings.""")

# =================================================================== website contact form

c.add("complaint", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Trevor Bunting", "t.bunting@btinternet.com"),
      tags=("webform", "hard-negative", "angry", "contempt"),
      body=c.webform({
          "Name": "Trevor Bunting",
          "Email": "t.bunting@btinternet.com",
          "Message": """Councillor Tull should be ashamed of herself. Nobody in Harbour ward was asked about the Esplanade. Not one public meeting. We read about it in the Mercury like everybody else.

This isn't about the people in the hotel, I've nothing against them, it's about a council leader who treats the town like it's none of our business. Seventy years my family have been in this town and I have never once voted anything but Labour. That's finished. You've lost me and you've lost my sons and their wives.

I'll be at the full council meeting on the 21st and I'll be saying it to her face in the public gallery.""",
      }))

c.add("safety", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Local mum", "prommum2019@gmail.com"),
      tags=("webform", "embedded", "implicit", "veiled"),
      body=c.webform({
          "Name": "Local mum",
          "Email": "prommum2019@gmail.com",
          "Message": """Hi, I'm writing about the new parking charges on the promenade. I have to park there for the school run because there is nowhere else near St Botolph's and £3.40 a day is a lot when you're on Universal Credit. I don't think the council has thought about families at all.

Also, tell Councillor Tull we've seen where her daughter works. The café on the prom by the crazy golf. Lovely girl, always smiling. It'd be a shame for her if her mum keeps on making decisions like this.

Thanks.""",
      }))

c.add("query", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Sarah Loveday", "sarah.loveday@outlook.com"),
      tags=("webform",),
      body=c.webform({
          "Name": "Sarah Loveday",
          "Email": "sarah.loveday@outlook.com",
          "Message": """Hello. I'm profoundly deaf and I'd like to come to a branch meeting in St Botolph's. Do you ever have BSL interpreters, or would it be all right for me to bring my own (she's a friend) and would she need to be a member too? Also is there a hearing loop at the church hall? I'd rather ask now than turn up and sit there not understanding a word for two hours.

Many thanks
Sarah""",
      }))

c.add("data-protection", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("J. Mobbs", "jmobbs1958@aol.com"),
      tags=("webform", "confuser", "dp-no-legal-words"),
      body=c.webform({
          "Name": "J Mobbs",
          "Email": "jmobbs1958@aol.com",
          "Message": """Two of your people knocked on my door last Saturday asking about the hotel. I gave them a piece of my mind, I admit it. As they walked off I saw the young man write something on his clipboard next to my house number and the other one laughed.

I would like to know what you have written down about me, and about my wife, and I want to see it. I don't like the idea of a list somewhere with "difficult" or whatever next to our names. If it's something nasty I want it taken off.""",
      }))

c.add("complaint", also=["query"], subject="Website message - holiday lets", sender=c.form_robot(),
      reply_to=("Kerensa Doy", "kerensa.doy@icloud.com"),
      tags=("webform", "hard-negative", "angry", "confuser", "complaint-as-query"),
      body=c.webform({
          "Name": "Kerensa Doy",
          "Email": "kerensa.doy@icloud.com",
          "Ward": "Northcliffe",
          "Message": """I have now written to this address four times since June about the holiday lets on Cliff Road - there are 11 out of 16 houses on our side now with key safes on the wall - and about the Labour council's promise in its manifesto to introduce a register. I have had one reply, a form letter.

Is there going to be a register or not? It's a yes or no question. My daughter is 29, works at the hospital and lives in my back bedroom because there is nothing to rent in Eastholme for less than £1,100.

If I don't get a proper answer I'll be taking it to the Mercury and I'll make sure everybody on Cliff Road knows how interested the Labour party is in local people. Watch this space.""",
      }))

c.add("safety", subject="New submission: Report a problem", sender=c.form_robot(),
      reply_to=("Sanjay Mistry", "mistry.newsagents@gmail.com"),
      tags=("webform", "third-party-report", "suspicious-item"),
      body=c.webform({
          "Name": "Sanjay Mistry",
          "Email": "mistry.newsagents@gmail.com",
          "Phone": "07700 900287",
          "Message": """I run the newsagent next door to your office on King Street. I couldn't get through on your phone so I'm using this.

About 7.15 this morning a man in a dark hoodie put a holdall in your doorway, said to my paper lad "that's for the Labour lot" and walked off fast towards the harbour. It's still there. It smells strongly of petrol, you can smell it from my door. I haven't touched it. I've rung 101 and they said they'd send someone but that was 40 minutes ago.

Is anyone due in today? I don't think anyone should open it.""",
      }, form="Report a problem"))

c.add("bulk", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Ethan", "ethan.cryptowealth@fastprofit-mail.net"),
      tags=("webform", "robot-shape", "spam"),
      body=c.webform({
          "Name": "Ethan Walker",
          "Email": "ethan.cryptowealth@fastprofit-mail.net",
          "Message": "Good day!! Are you tired of slow returns? Our AI Bitcoin trading platform made members £2,400 per week with only £250 deposit. Limited places for UK residents. Click here to claim your bonus >>> hxxp://profit-ai-uk.example/claim <<<  Regards Ethan, Wealth Consultant",
      }))

c.add("procedural", also=["query"], subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Colm Rafferty", "colm.rafferty@gmail.com"),
      tags=("webform", "confuser"),
      body=c.webform({
          "Name": "Colm Rafferty",
          "Email": "colm.rafferty@gmail.com",
          "Message": """Dev - sorry to use the website form, I don't have your direct email on this phone.

Harbour branch met last night and agreed an emergency motion for Thursday's GC on the Esplanade Hotel (calling on the council to hold a public meeting and publish the Home Office agreement). Text below, moved by me, seconded by Ama Owusu.

Can you confirm it'll be accepted as an emergency motion given the decision was only announced on Monday? And do you need it on branch headed paper or is this enough?

MOTION: This CLP notes the decision to accommodate asylum seekers at the Esplanade Hotel was taken without public consultation. This CLP believes the information vacuum has been filled by rumour and hostility. This CLP calls on the Labour group to hold a public meeting before the end of the month and publish the terms agreed with the Home Office.""",
      }))

# =================================================================== surgery booking (SlotBook)

c.add("safety", subject="New booking: Councillor surgery (15 min) with Cllr Owen Pask", sender=SLOT,
      tags=("booking", "stalking", "implicit"),
      body="""New event scheduled

Event type: Councillor surgery (15 min) - Sandhills Library
Invitee: M. Dunne
Invitee email: mdunne77@hotmail.co.uk
Date: Saturday, 10:45

Questions
What would you like to discuss?
Nothing really. I just like seeing him up close. I've booked every free slot this month under different names, you'll have seen. He knows who I am. He parks round the back of the Sailing Club when he thinks nobody's looking. I'll see him Saturday.

Do you have any access needs?
No

View event in SlotBook · Cancel · Reschedule

Sent by SlotBook on behalf of Eastholme Labour councillors.""")

c.add("query", subject="New booking: Councillor surgery (15 min) with Cllr Rosa Ferreira", sender=SLOT,
      headers={"Auto-Submitted": "auto-generated"},
      tags=("booking",),
      body="""New event scheduled

Event type: Councillor surgery (15 min) - Marshside Community Hall
Invitee: Hodan Warsame
Invitee email: hodan.w@gmail.com
Date: Tuesday, 18:15

Questions
What would you like to discuss?
My son (14) has autism and the council is saying his EHCP review is late because they have no staff. He is not going to school since September. I want to ask what councillor can do. Is it ok to bring him with me? He does not like to be alone at home. I also need to know if hall has parking.

Do you have any access needs?
No

View event in SlotBook · Cancel · Reschedule""")

c.add("bulk", subject="Canceled: Councillor surgery (15 min) with Cllr Owen Pask", sender=SLOT,
      tags=("booking", "robot-shape", "confuser", "robot-no-list-headers"),
      body="""Event canceled

Event type: Councillor surgery (15 min) - Sandhills Library
Invitee: Gordon Eke
Date: Saturday, 11:00

Cancellation reason: "sorted now thanks, council came and took the fridge"

This slot is now available for other invitees.

SlotBook""")

# =================================================================== voicemail

c.add("safety", subject="Voicemail received - 01632 960388 - 1:34", sender=VM,
      tags=("voicemail", "conditional", "robot-shape"),
      body="""Voicemail received

Caller: 01632 960388
Called: Eastholme Labour office
Date: Monday 14:20
Length: 1:34

Message text (automatically transcribed, may contain errors):
"This is a message for Kieran Boyce, the MP, or whoever reads this. My name's uh not important. I'm seventy three. I'm not a violent man, I've never been a violent man in my life, ask anybody in Northcliffe. But I'm telling you now. My wife has a heart condition. If they shut the minor injuries at the cottage hospital and she dies on the A one four nine waiting for an ambulance to come from Kings Lynn, I will hold him personally responsible. Personally. And I'll find him. I've got nothing else to lose by then have I. You pass that on."

To listen, open the attached file or dial 1571.
TalkBridge Voice""")

c.add("complaint", subject="Voicemail received - 01632 960712 - 2:08", sender=VM,
      tags=("voicemail", "hard-negative", "metaphor", "angry", "robot-shape"),
      body="""Voicemail received

Caller: 01632 960712
Called: Eastholme Labour office
Date: Wednesday 10:03
Length: 2:08

Message text (automatically transcribed, may contain errors):
"Hello, hello, is this on, right. It's Mrs Edie Thurlow from Marshside. I'm ringing about the cottage hospital, the minor injuries unit. Now I've been told by the lady at the chemist it's shutting in the new year and that your Mr Boyce has said nothing, not a dicky bird. My grandson broke his wrist on the pier in August and they had him seen and plastered in an hour. An hour! Where are we supposed to go now, Norwich? On the bus? It'll be the death of this town I'm telling you, there's nothing left, no bank, no police station, now this. I've voted Labour since Attlee. Well since my mother did. And there's a meeting at the Methodists on the fourth and I shall be there and I shall have my say, so you can tell him that. I don't want a leaflet, I want somebody to ring me. Thurlow. T H U R. Oh it's gone, has it gone"

To listen, open the attached file or dial 1571.
TalkBridge Voice""")

c.add("safety", subject="Voicemail received - Number withheld - 0:19", sender=VM,
      tags=("voicemail", "stalking", "following", "implicit"),
      body="""Voicemail received

Caller: Number withheld
Called: Eastholme Labour office
Date: Friday 22:51
Length: 0:19

Message text (automatically transcribed, may contain errors):
"Dev. [pause] I'm outside. Your house I mean not the office. Lights are off. Thought you'd be in on a Friday. [pause] Never mind. Another time. Tell the wife I said hello."

To listen, open the attached file or dial 1571.
TalkBridge Voice""")

c.add("urgent", subject="Voicemail received - 07700 900533 - 0:58", sender=VM,
      tags=("voicemail", "press", "robot-shape"),
      body="""Voicemail received

Caller: 07700 900533
Called: Eastholme Labour office
Date: Thursday 11:12
Length: 0:58

Message text (automatically transcribed, may contain errors):
"Hi, Hannah Cork from the Eastholme Mercury. We're running the story about the paint on your office window on the website this afternoon and in Friday's paper. We've got a statement from the police, I'd really like one from the local party as well, the secretary or the chair. My deadline is four o'clock today. I'm on 07700 900533, or h dot cork at eastholme mercury dot co dot uk. Thanks very much."

To listen, open the attached file or dial 1571.
TalkBridge Voice""")

c.add("procedural", subject="Voicemail received - 07700 900164 - 0:41", sender=VM,
      tags=("voicemail", "robot-shape"),
      body="""Voicemail received

Caller: 07700 900164
Called: Eastholme Labour office
Date: Tuesday 19:37
Length: 0:41

Message text (automatically transcribed, may contain errors):
"Hiya Dev it's Gill Cattermole. Bad news I'm afraid, I can't go to conference after all, my mum's going in for her hip the same week. So can you tell the EC I'm withdrawing as delegate and the reserve, Ferdie, is it Ferdie, should go instead. I'll send it in writing as well if you need it for the regional office. Sorry. Bye."

To listen, open the attached file or dial 1571.
TalkBridge Voice""")

c.add("bulk", subject="Voicemail received - 0800 048 9912 - 0:07", sender=VM,
      headers={"Auto-Submitted": "auto-generated"},
      tags=("voicemail", "robot-shape", "confuser", "robot-no-list-headers"),
      body="""Voicemail received

Caller: 0800 048 9912
Called: Eastholme Labour office
Date: Saturday 09:30
Length: 0:07

Message text (automatically transcribed, may contain errors):
[No speech detected]

To listen, open the attached file or dial 1571.
TalkBridge Voice""")

c.add("other", subject="Voicemail received - 01632 960095 - 1:02", sender=VM,
      tags=("voicemail", "condolence"),
      body="""Voicemail received

Caller: 01632 960095
Called: Eastholme Labour office
Date: Monday 12:15
Length: 1:02

Message text (automatically transcribed, may contain errors):
"Oh hello, this is Margaret Spall, I used to live next door to Ted Capps on Anchor Street. I've only just heard he passed. I know he was a councillor for you for years and years, he was always out with his bucket for the lifeboat as well. I wondered if you knew when the funeral is, and I just wanted to say how sorry I am. He was a gentleman. He fixed my gate for nothing. Anyway. That's all. Thank you dear."

To listen, open the attached file or dial 1571.
TalkBridge Voice""")

# =================================================================== Facebook

c.add("safety", subject="New post in Eastholme Matters", sender=FB, headers=c.newsletter_headers("Facebook"),
      fmt="alt",
      tags=("social", "doxxing", "pile-on", "implicit"),
      body="""Eastholme Matters

Rob Hewitt posted in Eastholme Matters

"This is where the woman who put 90 men in our hotel without asking a single one of us lives. Marine Parade, the white one with the flag pole, number's on the gate. Photo below. Just saying. Maybe she'd like some visitors of her own. SHARE so everyone knows."

[Photo]

👍 212   💬 87   ↗ 64

Top comment: Lee Bullen: shared 👊
Top comment: Tina Reeve: Rob take this down, her grandkids stay there
Top comment: Rob Hewitt: good, she can explain it to them then

View post

You're receiving this because you're a member of Eastholme Matters. Turn off notifications for this group.""")

c.add("bulk", also=["complaint"], subject="Eastholme Matters: 14 new posts", sender=FB,
      headers=c.newsletter_headers("Facebook"),
      tags=("social", "robot-shape", "digest", "hard-negative", "angry"),
      body="""Eastholme Matters · Highlights

Dawn Reeve: Beach huts going to auction now?? My dad built ours in 1974. It'll be London money that wins it. The council should hang their heads in shame.
💬 103

Phil Gotts: Parking on the prom £3.40 a day now. Cheers Labour. Killing the town one car park at a time.
💬 41

Ameera K: Does anyone know if the minor injuries is really closing? My daughter's asthmatic
💬 29

Graham Sayer: Cllr Tull interview in the Mercury: "difficult decisions". Difficult for who love
💬 66

Sue B: LOST - grey tabby, Quay Road area, answers to Biscuit
💬 8

See all 14 posts

You're receiving this email because you are a member of Eastholme Matters. Unsubscribe.
Meta Platforms Ireland Ltd.""")

c.add("complaint", subject="New message from Ama Owusu", sender=FB,
      tags=("social", "hard-negative", "metaphor", "angry"),
      body="""Ama Owusu sent a message to Eastholme Labour

Ama Owusu: I'm writing here because I know Dev reads the page. I sat in the GC last night and watched half the room refuse to even vote on the Gaza motion - "not a local matter". Twenty thousand children. Not a local matter. Our government is still selling parts for the planes. There is blood on this party's hands and I can't keep knocking doors for it. I'm not leaving Eastholme, I'm not leaving the campaign on the MIU, but I'm leaving the party. I'll send the form tonight. I want my reasons minuted.

Reply in Messenger · Mark as done""")

c.add("other", subject="New message from Keith Barnard", sender=FB,
      tags=("social", "thanks"),
      body="""Keith Barnard sent a message to Eastholme Labour

Keith Barnard: Morning. Don't know who to thank so I'll put it here. My mobility scooter conked out at the far end of the prom Saturday by the lifeboat station, battery died, and two of your lot out leafleting (lad with a beard and a lady in a red hat) pushed me and the thing all the way back to Quay Road. Half a mile uphill. Wouldn't take anything for it. I'm not voting for you mind but tell them thanks.

Reply in Messenger""")

c.add("query", subject="New message from Abdirahman Yusuf", sender=FB, fmt="alt",
      tags=("social", "non-native"),
      body="""Abdirahman Yusuf sent a message to Eastholme Labour

Abdirahman Yusuf: Salaam alaikum. I am living in Eastholme 6 years, last month I am getting British passport alhamdulillah. Now I want to vote in election in May for council. How I register please? The website of council is asking me National Insurance number, I have it, but it say error. Also my wife she is not British yet, she have Somali passport and Dutch residence before, she can vote or no? Thank you for your help brother.

Reply in Messenger · Mark as done""")

c.add("safety", subject="New message from Jordan", sender=FB,
      tags=("social", "noisy", "veiled"),
      body="""Jordan sent a message to Eastholme Labour

Jordan: watch ur back at the count thursday dev. me n the boys will b there. u wont see us till u do. hotel out or ur out 🙂

Reply in Messenger · Mark as done""")

c.add("bulk", also=["complaint"], subject="Eastholme Labour Party got a new review", sender=("Google Business Profile", "businessprofile-noreply@google.com"),
      tags=("review", "robot-shape", "angry"),
      body="""New review for Eastholme Labour Party, 14 King Street

★★☆☆☆ Barry Feek · Local Guide · 112 reviews

"Office says open Tues and Thurs 10-2. Went three times, shut every time, sign on the door says 'back soon'. Soon when? Rang and got a machine. Two stars because the lady in the newsagent next door was helpful."

Reply to review

Google Business Profile · Manage notifications""")

c.add("safety", subject="New review for Eastholme Labour Party", sender=("Google Business Profile", "businessprofile-noreply@google.com"),
      fmt="html",
      tags=("review", "veiled", "html-only", "sarcasm"),
      body="""New review for Eastholme Labour Party, 14 King Street

★★★★★ Mark T · 1 review

"Lovely office. Very easy to find, right on King Street. Nice big windows on the front. Be a real shame if anything happened to them, or to whoever's sat behind them on a Tuesday. Five stars, see you soon."

Reply to review · Flag as inappropriate

Google Business Profile""")

# =================================================================== TikTok / Instagram / X / Nextdoor

c.add("safety", subject="New comments on your video", sender=("TikTok", "no-reply@account.tiktok-mail.com"),
      tags=("social", "implicit", "noisy", "pile-on"),
      body="""TikTok

You have 36 new comments on your video "Cllr Maxine Tull on why we need a fair deal for the Esplanade"

eastholme_kev: shes not even from here
lilymay.xo: the jacket 😭
notmyhotel2026: wanna see her face when her house gets the same treatment as that hotel 🔥🔥🔥
    ↳ bigsteve_ehm: 🔥 soon 🔥
    ↳ notmyhotel2026: marine parade innit 🏠🔥
harbourgirl: bring back the bingo hall

Open TikTok to see all comments

You're receiving this email because of your notification settings. TikTok Ltd.""")

c.add("bulk", subject="Your video is getting noticed! 🎉", sender=("TikTok", "no-reply@account.tiktok-mail.com"),
      headers=c.newsletter_headers("TikTok"),
      tags=("social", "robot-shape", "hard-negative", "metaphor"),
      body="""TikTok

Your video "Dev explains the Minor Injuries Unit campaign in 60 seconds" has reached 10K views!

Top comments:
harbourlad: fair play, knocked it out the park 👏
sandhills_sal: closing it is political suicide for Boyce tbh
norfolk.nurse: as someone who works there - we are fighting like hell to keep it. thank you
eastholme_kev: still not voting for u lol

Keep creating! Open TikTok

TikTok Ltd. Unsubscribe from these emails.""")

c.add("safety", subject="eastholme_truth mentioned you in a comment", sender=("Instagram", "no-reply@mail.instagram.com"),
      tags=("social", "doxxing", "pile-on", "implicit"),
      body="""Instagram

eastholme_truth mentioned you in a comment on their post:

"the little labour helpers out canvassing for the hotel lot 🤡 @eastholmelabour. The lad in the red coat lives above the chippy on King St, flat 2. Go and tell him what u think. He's only 17 so he'll be in after school"

214 likes · 58 comments

View comment

Instagram. Meta Platforms, Inc.""")

c.add("safety", subject="New post from @CllrMaxineTull mentions", sender=("X", "notify@x.com"),
      tags=("social", "explicit", "noisy"),
      body="""You were mentioned in a post

@EnglandAwake_77 · 14m
@CllrMaxineTull @EastholmeLabour someone needs to k i l l this traitor b!tch before she fills every hotel on the coast. pure scum

1 repost · 9 likes

View on X

You're receiving this because you turned on email notifications for mentions. X Corp.""")

c.add("complaint", subject="@Harbour_Hazel sent you a Direct Message", sender=("X", "notify@x.com"),
      tags=("social", "hard-negative", "angry", "contempt"),
      body="""@Harbour_Hazel sent you a Direct Message

Hazel Rudd @Harbour_Hazel
"You put it on your leaflet. FREE RESIDENTS' PARKING ON THE PROM. Big red letters. I've still got it on my fridge. Now it's £3.40 a day and residents pay the same as the day trippers. You're liars. Plain and simple. I knocked on doors for you in 2024. Never again. See you at the ballot box, Labour."

View message

X Corp.""")

c.add("safety", subject="Saltings Way: Suspicious vehicle - please read", sender=("Nextdoor Marshside", "no-reply@email.nextdoor-uk.com"),
      tags=("social", "third-party-report", "following", "stalking"),
      body="""Nextdoor · Marshside · Safety

Suspicious vehicle - please read · Carol F. · Marshside

Not trying to scaremonger but this is the third night running a grey Transit (no markings, something-Y-registration) has parked opposite Rosa Ferreira's house on Saltings Way - the councillor. Two men in it, engine running, and tonight one got out and was taking photos of her front door and car with his phone. When my husband went over they drove off. Rosa's been getting a lot of stick online over the hotel. Has anyone got doorbell footage? I've told her and rung 101.

27 replies · 4 thanks

View post

Nextdoor, 420 Taylor Street, San Francisco""")

# =================================================================== ticketing

c.add("safety", subject="New order: Curry Night & Raffle (2 tickets)", sender=TICKETS,
      tags=("booking", "stalking", "implicit", "veiled"),
      body="""Tickettree · New order

Event: Eastholme Labour Curry Night & Raffle - The Taj, Harbour Road
Order ref: TT-88410
Name: A. Friend
Tickets: 2 x Adult (£18.00)

Message for the organiser:
Could you put me on the same table as Kieran's wife please. I'd love to meet her properly. I already know her a bit from the school gates at St Botolph's, I'm there most afternoons. Tell her the man in the green car says hello. She'll know.

Manage your event · Tickettree Ltd""")

c.add("complaint", also=["query"], subject="Message from attendee: Curry Night & Raffle", sender=TICKETS,
      tags=("booking", "confuser", "complaint-as-query"),
      body="""Tickettree · Message from an attendee

Event: Eastholme Labour Curry Night & Raffle
From: Julie Ringer (order TT-88377 and TT-88378)

"I've been charged twice for the same four tickets, £72 each time, see both order numbers. I used your 'request a refund' button and it says the organiser has to approve it. It's been nine days. That's £72 of my money sitting with the Labour party. Who approves it and when? Not impressed."

Reply to attendee · Tickettree Ltd""")

c.add("bulk", subject="Your payout of £1,026.00 is on its way", sender=TICKETS,
      headers=c.newsletter_headers("Tickettree"),
      tags=("booking", "robot-shape"),
      body="""Tickettree · Payout

Good news! We've sent your payout for Eastholme Labour Curry Night & Raffle.

Gross ticket sales: £1,080.00
Tickettree fees: £54.00
Payout: £1,026.00
To: account ending 4471
Expected arrival: 2-3 working days

View payout details

Tickettree Ltd · You're receiving this because you're an organiser.""")

# =================================================================== petitions, surveys

c.add("safety", subject="12 new comments on \"Close the Esplanade Hotel NOW\"", sender=("OurVoice Petitions", "updates@ourvoice-petitions.org.uk"),
      headers=c.newsletter_headers("OurVoice"),
      tags=("petition", "doxxing", "pile-on", "embedded"),
      body="""OurVoice Petitions

New comments on a petition you're following: Close the Esplanade Hotel NOW (to Eastholme District Council)

"Our kids walk past there to school. Not acceptable." - Nicola, Eastholme

"Signed for my nan." - Ryan, Eastholme

"If the council won't close it we'll close it ourselves. And Tull lives on Marine Parade, house number's on the electoral roll for anyone who wants a proper word. Go in numbers." - Anonymous

"Please keep this about the decision and not people's homes. - petition starter" - Wayne, Eastholme

"Signed" - Kelly, Sandhills

Read all 12 comments

Don't want these updates? Unfollow this petition.""")

c.add("safety", subject="New signatures and comments: \"Save Eastholme Minor Injuries Unit\"", sender=("OurVoice Petitions", "updates@ourvoice-petitions.org.uk"),
      tags=("petition", "veiled", "embedded", "following"),
      body="""OurVoice Petitions

Your petition "Save Eastholme Minor Injuries Unit" has 88 new signatures today (3,412 total).

Recent comments:

"They saved my life when I came off my bike. Keep it open!" - Oliver, Northcliffe

"Disgraceful, absolutely disgraceful." - Pam, Marshside

"Signed. And a message for Boyce if he reads this: we know which train you get on a Monday. 06:12 from Eastholme, carriage D, you always sit on the left. Not so safe in London once you're off it, is it." - Anonymous

"Please share this everyone" - Dionne, Eastholme

Share · Update supporters

OurVoice Petitions""")

c.add("data-protection", subject="Re: Eastholme Labour shared your petition",
      sender=P("Wendy", "Aldous"),
      tags=("petition", "confuser", "dp-no-legal-words", "quoted"),
      body=c.quote_reply(
          """This is the first I've heard of you "sharing" anything. When I signed the MIU petition I ticked the box that says "don't display my name publicly". Today a friend sent me a screenshot of your Facebook page, where someone's posted a picture of the comments with my full name, my village and what I wrote about my late husband's stroke right there for everyone to read.

Please get it taken down and tell me how my name ended up on it when I said not to show it.

Wendy Aldous""",
          """Thank you for signing "Save Eastholme Minor Injuries Unit"!

Eastholme Labour has shared this petition with their supporters. You'll receive updates when the petition starter posts news.

OurVoice Petitions""", quoted_from="OurVoice Petitions <updates@ourvoice-petitions.org.uk>", style="gmail"))

c.add("procedural", subject="New Typeform response: Motion submission form", sender=("Typeform", "notifications@typeform-mail.com"),
      tags=("survey", "robot-shape", "webform"),
      body="""You got a new response to Motion submission form

Branch submitting the motion
→ Marshside

Meeting at which it was agreed
→ Marshside branch, 2 October

Motion title
→ Keep Eastholme MIU Open

Motion text
→ This CLP notes the NHS trust's proposal to close the Minor Injuries Unit at Eastholme Cottage Hospital. This CLP believes the nearest alternative is 26 miles away with no direct bus. This CLP resolves to (1) support the Save Eastholme MIU campaign, (2) ask Kieran Boyce MP to request a meeting with the trust chair, and (3) submit this as a motion to the regional policy forum.

Mover
→ Rosa Ferreira

Seconder
→ Gill Cattermole

For the GC on
→ 16 October

View all responses · Typeform""")

c.add("safety", subject="New Typeform response: Seafront futures consultation", sender=("Typeform", "notifications@typeform-mail.com"),
      tags=("survey", "implicit", "veiled", "embedded"),
      body="""You got a new response to Seafront futures consultation

How often do you visit the seafront?
→ Every day

What should be the council's top priority for the seafront?
→ Keep the beach huts for local families

Do you support moving beach hut rents to auction?
→ Strongly oppose

Anything else you want to tell the seafront committee?
→ Tell Cllr Pask he should think about whose side he's on. He walks that spaniel on the north beach every morning before seven, right up past the groynes where there's nobody. Lonely old beach that. Tide comes in fast. Nobody would hear a thing out there.

Postcode (optional)
→ (skipped)

View all responses · Typeform""")

c.add("complaint", also=["bulk"], subject="New Typeform response: Seafront futures consultation", sender=("Typeform", "notifications@typeform-mail.com"),
      tags=("survey", "robot-shape", "hard-negative", "angry", "benign-violent-word"),
      body="""You got a new response to Seafront futures consultation

How often do you visit the seafront?
→ Most weekends

What should be the council's top priority for the seafront?
→ Other: Stop pretending this consultation matters

Do you support moving beach hut rents to auction?
→ Strongly oppose

Anything else you want to tell the seafront committee?
→ Everybody in Eastholme knows the decision's already made, it was in the cabinet papers in August, so this "consultation" is a sham and frankly an insult. The hut rents going up will kill off the families who've had them for generations. I'd like a reply from a real person, not a thank-you email, explaining why the committee is bothering to ask. My email is p.reeve@sky.com.

View all responses · Typeform""")

c.add("bulk", subject="Your survey \"Eastholme Labour members' priorities\" has closed", sender=("SurveyMonkey", "member@surveymonkey-notices.com"),
      headers=c.newsletter_headers("SurveyMonkey"), fmt="alt",
      tags=("survey", "robot-shape"),
      body="""Your survey has closed

"Eastholme Labour members' priorities" closed at midnight as scheduled.

Responses: 186
Completion rate: 81%
Typical time spent: 6m 12s

Analyze results · Export all responses

SurveyMonkey · One Curiosity Way, San Mateo, CA 94403 · Unsubscribe""")

# =================================================================== council member enquiries, MP office, councillors

c.add("safety", subject="Fwd: Member Enquiry ME/2026/04417 - Beach huts", sender=PASK,
      tags=("forwarded", "conditional", "explicit", "third-party-report"),
      body=c.forward(
          """Dev, I'm sending you this because it came through the council's member enquiry system and the officer who triaged it flagged it to me. I've told the council's security lead. Putting it on your radar since I'm speaking at the GC and the seafront meeting next week and I'd rather the party knew. He gave a name and an address in Sandhills, which is almost worse.

Owen""",
          """Eastholme District Council - Member Enquiry System

Enquiry ref: ME/2026/04417
Assigned to: Cllr Owen Pask (Sandhills)
Category: Seafront / Beach huts
Received via: online form

Enquirer's message:
I have had hut 41 on the north prom since my father died in 1998. If the huts go to auction and some London family outbids me I want Councillor Pask to understand that there will be fires on that prom. You mark my words. And his will be the first hut to go up, and he won't like where the second one is.

Officer note: flagged for member's attention - possible threat. Enquirer details held on file.

This is an automated message. Do not reply.""",
          "Member Enquiries <member.enquiries@eastholme-dc.gov.uk>", "Member Enquiry ME/2026/04417 - Beach huts"))

c.add("safety", subject="FW: Contact Kieran form - Leah", sender=("Jo Burrell", "jo.burrell@kieranboyce-office.org.uk"),
      tags=("forwarded", "third-party-report", "stalking", "webform"),
      body=c.forward(
          """Dev,

I'm sending this to you as well as to our security contact because Leah volunteers with the CLP at weekends and does the Saturday street stall. This came through the MP's website form this morning. Leah's seen it and she's very shaken; she's not going to do the stall this week and I'd ask that nobody tells anyone where she is instead.

If you could let the Saturday stall team know to look out for a man on his own hanging around, and to not give out any volunteer's name, that would be a help.

Jo Burrell
Office Manager, Office of Kieran Boyce MP""",
          """Contact Kieran - new enquiry

Name: Simon
Email: s.i.m.o.n.1980@gmx.co.uk
Postcode: (not given)
Subject: Leah

Message:
I've been looking at Leah's Instagram. She's very pretty in the one on the beach. Tell her I'll be at the Saturday street stall on the high street. I'll wait until she finishes, she doesn't need to worry about getting home, I know which way she goes.""",
          "Website <noreply@kieranboyce-office.org.uk>", "Contact Kieran - new enquiry"))

c.add("data-protection", subject="URGENT: case notes sent to you in error - please delete", sender=LEAH,
      tags=("crm", "breach", "confuser", "dp-with-urgent"),
      body="""Dev,

Apologies - at 10.14 this morning our casework system sent you an automated "case referred" email for case KB-2026-2210 which was meant to go to the council's housing team. It contains a constituent's full name, address, date of birth, and notes about their health and a domestic abuse situation.

Please could you delete it from your inbox and your deleted items without opening the attachment, and reply to confirm you've done so? We have to log this as a data breach and I need to record that the recipient has deleted it. Please don't forward it to anyone, including other officers.

Sorry for the hassle, and thank you.

Leah Gorman
Office Manager, Office of Kieran Boyce MP""")

c.add("complaint", subject="FW: Case KB-2026-1987 - complaint re CLP leaflet", sender=LEAH,
      tags=("crm", "forwarded"),
      body=c.forward(
          """Hi Dev - one for the CLP I think. The constituent rang us but it's really about the "Labour saved the pier" leaflet, which was a CLP leaflet not an MP one. Notes below. She'd like a reply from the party in writing. Kieran is happy for you to handle it.

Leah""",
          """CaseBook - case summary

Ref: KB-2026-1987
Type: Complaint
Channel: Telephone
Summary: Constituent (Mrs D. Cole, Pier Approach) complains about CLP leaflet "Labour saved the pier"

Notes:
Mrs Cole says the pier was saved by the Pier Trust volunteers (she is a trustee) after a public appeal, and the council contributed "£5,000 and a lot of meetings". She is angry the leaflet takes the credit and uses a photo of volunteers at the reopening, some of whom are not Labour supporters and did not consent to appearing in a political leaflet. She wants (1) a correction in the next leaflet, (2) an apology to the trust, (3) assurance the photo won't be used again.

Status: referred to CLP secretary.""",
          "CaseBook <no-reply@casebook-mp.co.uk>", "Case KB-2026-1987 summary"))

c.add("complaint", also=["query"], subject="Fwd: texts - am I allowed to block him?", sender=("Rosa Ferreira", "cllr.rosa.ferreira@eastholme-dc.gov.uk"),
      tags=("forwarded", "hard-negative", "insult", "contempt"),
      body="""Dev, quick one. This man from Marshside has been texting my council mobile every day since the hotel decision. He is rude but I don't think he's dangerous, he's been like this at the residents' meetings for years. Below is the last week. Am I allowed to block him, or does the council say we have to keep the line open for residents? And is there any party guidance? I don't want it to look like I'm ignoring constituents.

Rosa

---
Mon: You're a useless waste of space. Worse than the Tories and that's saying something
Tue: What exactly do we pay your allowance for
Tue: Still waiting for your answer on the drains on Fen Lane. 3 months
Wed: Pathetic. You couldn't run a bath
Fri: I'll be at your surgery again Tuesday to ask in person since you won't answer. Bring the drains man
Sat: Disgrace""")

c.add("safety", subject="Fwd: Harbour Ward Residents (WhatsApp) - worried", sender=P("Lorraine", "Cutting"),
      tags=("forwarded", "third-party-report", "pile-on", "implicit"),
      body="""Dev,

I'm in the Harbour Ward Residents WhatsApp because I'm on the allotment committee. I've copied some of last night's messages below (names as they show in the group). It's about Rosa. I know people are angry about the hotel but this is not the same as being angry. Tuesday is her surgery at Marshside hall, she's on her own there.

Please don't say who sent you this, I still have to live here.

Lorraine

---
[22:10] Gaz: who is this ferreira woman anyway. foreigner telling us who to put in our hotels
[22:11] Mand: she does the councillor thing at marshside hall tuesdays 6 till 7
[22:11] Gaz: on her own?
[22:12] Mand: think so, used to be someone with her
[22:14] Gaz: few of us should go see her tuesday then. make sure she gets the message properly
[22:14] Dean 🎣: im in
[22:15] Trace: Just talk to her
[22:16] Gaz: we'll talk 👊
[22:20] Dean 🎣: what time does she lock up""")

c.add("safety", subject="Fwd: saw this under the Mercury's Gaza story", sender=P("Tariq", "Iqbal"),
      tags=("forwarded", "third-party-report", "doxxing", "social"),
      body="""Dev

A comment under the Eastholme Mercury's Facebook post about the GC motion on Gaza. I've copied it exactly. It's got 40-odd likes. I've reported it to Facebook but they'll do nothing. I thought you needed to see it, given it names you. Please take care, and tell me if you want me to walk you to your car after GC.

Tariq

---
"Whoever the secretary is who put that motion forward, we've got your name, Dev Chauhan. Retired teacher from Northcliffe. Bet you don't live far from the mosque. People round here will remember your face."
""")

c.add("query", subject="Voicemail received - 07700 900270 - 0:46", sender=VM,
      tags=("voicemail", "robot-shape", "noisy"),
      body="""Voicemail received

Caller: 07700 900270
Called: Eastholme Labour office
Date: Sunday 16:02
Length: 0:46

Message text (automatically transcribed, may contain errors):
"Oh hi, um, my name's Priya, Priya Soni, I filled in the volunteer card at the fair the fete on the green. I said I could do leaf letting. Leafleting. I can only do Sundays though because I work Saturdays at the garden centre and I don't drive. Is that still any use? And do I need to like come to a meeting first or can I just turn up. Ring me back on this number, or text is better actually. Thanks, bye."

To listen, open the attached file or dial 1571.
TalkBridge Voice""")

c.add("bulk", subject="Update on \"Save Eastholme Minor Injuries Unit\": the decision maker has responded", sender=("OurVoice Petitions", "updates@ourvoice-petitions.org.uk"),
      headers=c.newsletter_headers("OurVoice"), fmt="alt",
      tags=("petition", "robot-shape"),
      body="""OurVoice Petitions

The decision maker has responded to your petition

Save Eastholme Minor Injuries Unit
Addressed to: East Coast Community Healthcare NHS Trust

Response from the Trust's Head of Communications:
"We thank the 3,412 people who signed this petition. No final decision has been taken. The proposals will be subject to a formal public consultation beginning in January, and we will hold drop-in events in Eastholme. We encourage residents to take part."

Read the full response · Share this update with your supporters

You're receiving this because you started this petition.""")

c.add("safety", subject="harbourgirl_ehm sent you a message", sender=("Instagram", "no-reply@mail.instagram.com"),
      tags=("social", "wish-harm", "implicit"),
      body="""Instagram

harbourgirl_ehm sent you a message

"not being funny but if that hotel went up one night with tull inside it nobody in this town would lift a bucket. nobody. just so you know what people are saying. id be telling her to stay away from the esplanade after dark"

Open Instagram

Instagram. Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025""")

c.write()
