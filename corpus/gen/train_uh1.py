"""train/uh1: persistence, fixation and stalking, part 1 (Thornsby & Wold CLP, a Lincolnshire
market town and its villages). All content hand-written.

The secretary, Ruth Halloran, has a lurcher called Biscuit and walks it on the river path.
Several people write to her again and again. Most are harmless: Derek Fenwick and his pothole on
Saltby Road, Dorothy Pybus (86) and her long chatty letters, Imran Qureshi chasing a membership
transfer, Graham Liddle and the phone-bank calls, Sophie Marr of the Wold Courier, Geoff Ambler
who saw Ruth in the Co-op, Roy Danby whose motion keeps being ruled out (his first two letters are
plain complaints; his later ones turn to menace). The safety messages: Clive Saddington's
fixation on Ruth (admiration, then her movements, her dog's route, new addresses after a block,
a gift, entitlement, the chair's report of him waiting in the car park), a drip of small
messages about the treasurer, reports of a man following a young canvasser, photos left in the
CLP pigeon-hole, someone fixated on the MP's train and on her caseworker.
40 non-threats (10 complaint, 7 query, 5 procedural, 3 urgent, 5 data-protection, 8 other,
2 bulk) and 20 safety."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "uh1", seed=7001)
c.clp = ("Thornsby & Wold CLP", "Ruth Halloran", "secretary@thornsbywoldlabour.org.uk")
P = c.person
D = c.date
SEC = "Ruth Halloran <secretary@thornsbywoldlabour.org.uk>"

DEREK = ("Derek Fenwick", "derek.fenwick49@btinternet.com")
DOROTHY = ("Dorothy Pybus", "dot.pybus@talktalk.net")
IMRAN = ("Imran Qureshi", "imranq.84@gmail.com")
GRAHAM = ("Graham Liddle", "g.liddle@sky.com")
SOPHIE = ("Sophie Marr", "sophie.marr@woldcourier.co.uk")
ROY = ("Roy Danby", "roy.danby@btinternet.com")
CLIVE = ("Clive Saddington", "clive.saddington@outlook.com")

# ============================================================ Derek Fenwick and the pothole

c.add("complaint", also=["query"], subject="Pothole Saltby Road (outside no. 14)", sender=DEREK,
      date=D(150), tags=("persistent",),
      body="""Dear Secretary,

I am a member in the Wold Villages branch and I live at Saltby le Wold. There is a pothole on Saltby Road, right outside no. 14 by the bus shelter, that has been getting bigger since February. It is now about two foot across and deep enough that the water sits in it for days after rain. The bus swerves round it into the middle of the road.

I reported it on the county council website on 3rd March and got a reference (FX-22871) and nothing since.

Could you tell me who our county councillor is now since the boundary change, and could you or they chase it up? I would have thought this is exactly the sort of thing we should be seen to sort out.

Regards,
Derek Fenwick""")

c.add("complaint", subject="Re: Pothole Saltby Road (outside no. 14)", sender=DEREK, date=D(143),
      tags=("persistent",),
      body="""Ruth,

Second time of asking. I haven't had a reply to my email of last Tuesday, not even an acknowledgement.

The pothole is bigger. A lad on a moped came off near it on Saturday night, he was all right but his bike wasn't.

Derek""")

c.add("complaint", subject="URGENT!!! SALTBY ROAD - THIRD TIME", sender=DEREK, date=D(129),
      tags=("persistent", "hard-negative", "angry", "benign-violent-word", "noisy"),
      body="""Ruth

THREE emails. THREE. Not one reply from you, not one from the councillor, whoever that is because nobody has told me.

That pothole is going to kill somebody one of these nights. The street light next to it has been out since Easter as well so you can't even see it. I have put a cone in it myself, out of my own garage, and somebody has pinched the cone.

I have paid my subs every month for 22 years. I don't ask for much. I'm not some crank. I ask for a hole in the road to be filled, which is the most basic thing a council does, and I ask my own party to help me get it done, and I get silence.

I will be at the branch meeting on the 19th and I will be raising it under any other business, and I'll keep raising it every month until somebody does something.

D. Fenwick""")

c.add("complaint", subject="Re: Saltby Road", sender=DEREK, date=D(101),
      tags=("persistent", "hard-negative", "angry", "quoted"),
      body=c.quote_reply(
          """"It's on the council's programme." Which programme? When? Week 14 today. I go out every Monday morning with my tape measure and my camera and it's now 71cm by 48cm. I've got the lot in an album on the computer, a photo for every week, with the date on.

I'm not having a go at you personally Ruth, I know you're a volunteer, but it's not good enough. If it's not done by the end of the month the whole album's going to the Wold Courier with a note about how long the Labour branch has known about it. They like that sort of thing.

Derek""",
          """Dear Derek,

I'm so sorry for the slow reply, I've been snowed under with the selection timetable. I've spoken to Cllr Bhatt, who has chased Highways, and they say the Saltby Road defect is on the council's programme for resurfacing. I'll let you know as soon as I hear a date.

Best wishes,
Ruth""", quoted_from=SEC, style="gmail"))

c.add("other", subject="well I never", sender=DEREK, date=D(60),
      tags=("persistent",),
      body="""Ruth,

They came and filled it on Thursday. Proper job too, not just a shovel of tarmac stamped down with a boot. Two lads and a roller. I went out and took the last photo for the album - week 23 - and the lads asked what I was doing so I told them and they laughed and said they'd heard about me at the depot.

Thank you for keeping on at them, and please thank Sanjay. I know I was a bit sharp in some of those emails.

There's another one starting by the church gate, mind. I'll give it a fortnight.

All the best
Derek""")

c.add("bulk", subject="Derek Fenwick shared a photo in Thornsby & District Noticeboard",
      sender=("Facebook", "notification@facebookmail.com"), headers=c.newsletter_headers("Facebook"),
      fmt="alt", tags=("persistent", "social", "confuser", "robot-no-list-headers"),
      body="""Derek Fenwick shared a photo in Thornsby & District Noticeboard.

Derek Fenwick: SALTBY ROAD POTHOLE - WEEK 17. 68cm x 45cm. Reported March. Still there. Labour branch say it is "on the programme". Which programme, the Antiques Roadshow? 😡

42 reactions · 19 comments

See post: https://www.facebook.com/groups/thornsbynoticeboard/posts/4418820

You're receiving this because you follow Thornsby & District Noticeboard. Unsubscribe.
Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, Ireland""")

# ============================================================ Dorothy Pybus

c.add("other", subject="A few lines from Haverby", sender=DOROTHY, date=D(140),
      tags=("persistent", "confuser", "benign-familiarity", "long"),
      body="""Dear Ruth,

I hope you don't mind me writing again so soon. My granddaughter set up this email for me at Christmas and told me I could write to anybody I liked, and I'm afraid I have taken her at her word! You must say if I am a nuisance.

Wasn't it bitter at the branch meeting on Wednesday? I said to Margaret on the way in that the Methodist hall was colder inside than out, and she said the heating is on a timer that the trustees set in 1987 and nobody knows the code. I kept my coat on the whole time and I noticed you did too. I thought the speaker from the Wildlife Trust was very interesting but he did go on, didn't he, and when he got to the bit about the natterjack toads I'm afraid I had a little doze. I hope nobody saw. Ken used to say I could fall asleep on a washing line.

I wanted to say what a good job I think you are doing. It can't be easy, all those emails and the arguing. In my day the secretary was Mr Corden from the railway and he did it all by post with carbon paper and he never smiled once in twenty years. You always have a smile for everybody even when that man from Saltby was going on about his pothole. You must have the patience of a saint.

I saw you on Thursday morning walking your lovely dog along the river by the footbridge, when I was on the early bus into town for my eye appointment. I waved but you didn't see me, the bus goes too fast along there now. You looked a bit done in, dear, if you don't mind me saying. You do too much. Is he a greyhound? Ken and I had a whippet called Nell when the children were small and she used to sleep on the end of our bed and steal the butter off the table. Whippets are terrible thieves. I expect yours is better behaved.

The eye appointment was fine. They say the other one will need doing in the spring, so I'll be on the list for the community transport again. The driver is a lovely man called Les who used to be a member years ago. He says he left over the miners but he still votes for us. I told him to come back and he said he'd think about it. You could put him on your list of people to work on!

The snowdrops are out in the churchyard at Haverby, a bit early. The vicar says it's the warm winter. My daughter in Grantham says it's the climate, and I expect she's right. Everything is early now.

I have enclosed, well I can't enclose anything in an email can I, but I will bring to the next meeting the recipe for the cheese scones that you asked about. It was my mother's. The secret is a pinch of mustard powder and don't handle the dough too much. Ken always said they were the only reason he married me.

Now I have gone on much too long. I know you are very busy and you needn't write back. I just like to think of somebody reading it.

With very best wishes to you and the dog,

Dorothy Pybus (Mrs)
Haverby
(member since 1966!)""")

c.add("query", subject="AGM and a lift?", sender=DOROTHY, date=D(120),
      tags=("persistent",),
      body="""Dear Ruth,

Just a short one this time, you will be relieved to hear.

Is the AGM still on the 14th at the Methodist hall, at half past seven? I had a letter from the party in London that said something about voting online, and I don't think I can do that, but I would very much like to come in person if I can.

The difficulty is that the last bus back to Haverby is at 8.10 and I don't like to ask Margaret again because she has done it three times now. Is there anybody from the branch who comes out our way and might be able to run me home? I can pay for the petrol. I'm no trouble and I don't take long to get in a car, whatever my granddaughter says.

Love to Biscuit (Margaret told me his name!).

Dorothy""")

c.add("other", subject="Thank you, and Kieran", sender=DOROTHY, date=D(95), fmt="html",
      tags=("persistent", "html-only"),
      body="""Dear Ruth,

Thank you so much for arranging the lift. Kieran was an absolute gentleman. He came right to the door and carried my bag and he even waited until I had the lights on before he drove off. We had a lovely chat about his course at Lincoln and it turns out his grandmother was in the Co-operative Women's Guild with my sister Joan! Small world.

I thought the AGM went very well, apart from the shouting about the website, which I didn't understand. I voted for you again of course.

I left the scone recipe with the lady on the door. I hope you got it.

Your friend,
Dorothy""")

c.add("procedural", subject="apologies for Thursday", sender=DOROTHY, date=D(66),
      tags=("persistent",),
      body="""Ruth dear, please give my apologies for the General Committee on Thursday. I have had a fall (nothing broken, don't worry, only my pride and a bit of my wrist) and my daughter won't let me go out in the dark for a while. Please tell Mr Blandford I am sorry to miss the vote on the buses, I would have voted for it. Dorothy Pybus, Haverby branch delegate.""")

c.add("other", subject="sorry to pester", sender=DOROTHY, date=D(40),
      tags=("persistent",),
      body="""Dear Ruth,

I have realised I have sent you eleven emails since Christmas (my granddaughter showed me the "sent" box) and you have answered every one, which is more than my own son does. I'm sorry to pester. It's quieter here since Ken, and the evenings are long, and the party has always been the thing that got me out of the house.

My wrist is mending. I have been doing the crossword left-handed, which is a sight.

Don't answer this one. Just know an old lady in Haverby is very grateful.

Dorothy""")

# ============================================================ Imran Qureshi and his membership

c.add("query", subject="Transferring my membership from Leicester", sender=IMRAN, date=D(110),
      tags=("persistent",),
      body="""Hi Ruth,

I moved to Thornsby in the summer (Northgate, off Eastgate Road) from Leicester, where I was a member for six years. Membersnet still shows my old address and my old CLP, even though I updated my address in the app in August.

I'd really like to get involved here and in particular to be able to vote in the council selections in the spring. Is there anything I need to do at your end, or is it all done centrally? And which branch would I be in?

Thanks,
Imran""")

c.add("query", subject="Re: Transferring my membership from Leicester", sender=IMRAN, date=D(96),
      tags=("persistent", "quoted"),
      body=c.quote_reply(
          """Hi Ruth, thanks for this. I did contact the membership team as you said, on the 2nd. They gave me a ticket number (MEM-4481902) and said it would be updated "within 10 working days". That was nearly three weeks ago and Membersnet still says Leicester.

Is there anyone at regional who can give it a nudge? Or can you add me to the Northgate branch list in the meantime so I at least get the meeting notices?

Cheers,
Imran""",
          """Hi Imran,

Welcome to Thornsby! Transfers are handled centrally, I'm afraid, so the best thing is to contact the membership team via the contact form on the party website and ask them to move you. Once that's done you'll show up on our list and I'll put you in touch with the Northgate branch.

Ruth""", quoted_from=SEC, style="outlook"))

c.add("complaint", also=["query"], subject="Third try - membership transfer, and the selection freeze date",
      sender=IMRAN, date=D(82), tags=("persistent", "confuser", "complaint-as-query"),
      body="""Ruth,

Sorry to keep on about this but I've now been told by a Northgate member that the freeze date for the council selections is the end of this month, and anyone not on the CLP's list by then can't vote.

I've done everything I was asked. Updated my address in August. Raised a ticket. Chased the ticket twice. I've paid my subs to the same party the whole time. It's frankly quite frustrating to be told by everyone that it's somebody else's job.

Can you tell me straight: will I be able to vote or not? If not, who do I complain to?

Imran""")

# ============================================================ Graham Liddle and the phone bank

c.add("data-protection", subject="Your phone calls", sender=GRAHAM, date=D(88),
      tags=("persistent", "confuser", "dp-no-legal-words"),
      body="""Hello,

Third call this month from somebody "calling on behalf of Thornsby Labour". I have never been a member, I have never given my mobile number to the Labour party or any party, and I'd like to know where you got it. I'm on the TPS.

Please stop ringing it.

G. Liddle""")

c.add("data-protection", subject="Re: Your phone calls", sender=GRAHAM, date=D(74),
      tags=("persistent", "hard-negative", "angry", "quoted"),
      body=c.quote_reply(
          """You told me I'd been removed. Last night at 7.40, during my tea, another one. Young woman, very polite, asked for "Graham" by name and asked if I'd be voting Labour in May.

So either you didn't remove me or there's another list somewhere. Which is it? And you still haven't told me where you got the number in the first place.""",
          """Dear Mr Liddle,

Thank you for letting us know, and I'm sorry for the calls. I have asked our phone-bank coordinator to mark your number as "do not contact", which should stop any further calls.

Kind regards,
Ruth Halloran
Secretary, Thornsby & Wold CLP""", quoted_from=SEC, style="bottom"))

c.add("data-protection", subject="Subject access request - Graham Liddle", sender=GRAHAM, date=D(61),
      tags=("persistent", "hard-negative", "legal-threat"),
      body="""To the Data Protection Officer, Thornsby & Wold Constituency Labour Party

I am making a subject access request under Article 15 of the UK GDPR.

Please provide:
1. all personal data you hold about me, including any canvassing records, notes of telephone calls and "voting intention" markings;
2. the source from which you obtained my mobile telephone number (07xxx xxx 318);
3. the names of any other organisations or individuals with whom that data has been shared;
4. confirmation of how long you intend to keep it.

I also object to any further processing of my data for direct marketing, including telephone canvassing, with immediate effect.

You have one calendar month to respond. I have kept a log of the seven calls received since September, with dates and times. If I do not receive a full response I will be referring the matter to the Information Commissioner's Office.

Graham Liddle
2 Kelby Close, Thornsby""")

# ============================================================ Sophie Marr, Wold Courier

c.add("query", subject="Wold Courier - request for comment re Cllr Tagg", sender=SOPHIE, date=D(70),
      tags=("persistent",),
      body="""Hi Ruth,

Sophie Marr, reporter at the Wold Courier. We're looking at a story about attendance at district council meetings, and Cllr Maureen Tagg (Eastfield) seems to have attended only two of the last eleven full council meetings.

Would the CLP like to comment? In particular:
- is the party aware of the attendance record?
- is there a reason (I appreciate there may be a personal one, and we'd treat that sensitively)?
- will she be the Labour candidate again in May?

Happy to chat on the phone if that's easier, my mobile's below.

Best,
Sophie
Sophie Marr | Reporter | Wold Courier
07700 900 418""")

c.add("urgent", subject="Cllr Tagg story - we go to print tomorrow, need comment by 3pm today", sender=SOPHIE,
      date=D(66), tags=("persistent",),
      body="""Ruth - chasing my email from Friday. The story on council attendance runs in tomorrow's paper and online tonight. I've got quotes from the Lib Dem group leader and from two Eastfield residents. I'd really rather not have to write "the Labour Party did not respond to requests for comment", so if you or the chair can give me even two lines by 3pm today that would be great.

Sophie""")

c.add("bulk", subject="Automatic reply: Cllr Tagg comment", sender=SOPHIE, date=D(65),
      headers=c.autoreply_headers("exchange"), tags=("persistent", "auto-reply"),
      body="""Thanks for your email. I'm on leave until Monday 14th with limited access to email.

For urgent news enquiries please contact the newsdesk on newsdesk@woldcourier.co.uk or 01507 000 214.

Sophie Marr
Wold Courier""")

c.add("other", subject="no hard feelings?", sender=SOPHIE, date=D(50),
      tags=("persistent",),
      body="""Hi Ruth,

Just wanted to say thanks for getting that statement to me in time, and I hope you felt the piece was fair in the end. I know Maureen's family weren't thrilled but I did keep the health stuff out of it as you asked.

I'm going to be covering Thornsby a lot more in the run-up to May, so it'd be good to have a coffee some time and put a face to the name. The Copper Kettle on Bridge Street does a decent flat white. No notebook, promise.

Sophie""")

# ============================================================ Geoff Ambler

c.add("other", subject="Lovely to see you", sender=("Geoff Ambler", "geoff.ambler@yahoo.co.uk"), date=D(115),
      tags=("persistent", "confuser", "benign-familiarity"),
      body="""Hi Ruth

Lovely to see you in the Co-op on Saturday morning, you had your hands full with that trolley! I'd have offered to help you out to the car but I had the grandson with me and he was making a bid for the sweets aisle.

Hope your mum's feeling better, you said she'd been poorly. Give her my best.

See you at the branch on Tuesday.

Geoff""")

c.add("query", subject="that leaflet round", sender=("Geoff Ambler", "geoff.ambler@yahoo.co.uk"), date=D(108),
      tags=("persistent",),
      body="""Ruth, me again (sorry, two in a week!). You mentioned at the Co-op that Northgate needs someone for the round on Eastgate Road and the flats behind the chapel. I'd be happy to take that on, I walk that way with the dog anyway. Where do I pick the leaflets up from and is there a deadline?

Geoff Ambler
Castle ward""")

# ============================================================ the MP's caseworker in town

c.add("other", subject="for Josh at Helen's office please", sender=("Pam Wixey", "pamwixey@hotmail.co.uk"), date=D(90),
      tags=("persistent", "confuser", "misdirected"),
      body="""Hello Ruth

I hope you don't mind me writing to you. I saw Josh from Helen Stannard's office in the Market Place on Wednesday dinnertime, he was queueing at Greggs and I had a word with him about my grandson Liam's housing. He said he'd look into it and I should email him but I've lost the card he gave me and I don't have his email.

Could you pass this on to him? It's Liam Wixey, the flat at Priory Court with the damp, the case number was something like HS-0917.

He's a nice lad, Josh. Looked like he needed a good dinner though.

Thanks
Pam Wixey""")

c.add("complaint", subject="still no word from Helen's office", sender=("Pam Wixey", "pamwixey@hotmail.co.uk"), date=D(68),
      tags=("persistent",),
      body="""Ruth

Sorry to bother you again. It's been a month since I asked you to pass on the message about Liam's flat and I've heard nothing from Josh or anybody. I saw him again in town Monday and he said "it's with the council". Liam's little girl has had a chest infection twice since September. The mould is back on the bedroom wall three days after he bleaches it.

I've voted Labour all my life and I'm not one to complain but I'm starting to think nobody cares once you've got in. Can you find out what's actually happening please.

Pam""")

# ============================================================ Ernest Cowling (a death)

c.add("other", subject="My father, Ernest Cowling", sender=("Susan Aldred", "susan.aldred@icloud.com"), date=D(30),
      tags=("persistent", "condolence"),
      body="""Dear Mrs Halloran,

I'm writing to let you know that my father, Ernest Cowling of Oxcombe End, died peacefully on 2nd November at the Pilgrim hospital, aged 91.

I know he wrote to you a great deal. I found a folder in his bureau with copies of his letters to "the Labour secretary" going back years, about the buses, the library, the post office closing, the state of the verges, and a good many about Mrs Thatcher that I don't think were meant for anyone in particular. And I found your replies too. Every single one answered, sometimes only a couple of lines, but answered. He kept them all.

He was a difficult man in a lot of ways and he'd fallen out with most people, but he always said "that Ruth writes back". I wanted you to know that it mattered.

The funeral is at Oxcombe church on the 21st at 11am. You'd be very welcome but please don't feel obliged.

With thanks,
Susan Aldred""")

# ============================================================ Roy Danby (complaints first)

c.add("complaint", subject="My motion on rural bus services - ruled out AGAIN", sender=ROY, date=D(135),
      tags=("persistent", "hard-negative", "angry"),
      body="""Ruth,

For the record, and I want this put in the file: this is the third GC running at which my motion on the loss of the 51 and 53 bus routes has been ruled out of order by the chair.

In June it was "too late". It wasn't, I have the email timestamp. In August it was "not properly seconded". It was, by Alan Cheeseman, who was in the room. In October it was "a matter for the county council and not for this CLP". Every other motion on that agenda was about national policy, so I don't follow the logic.

I'd like the standing order under which it was ruled out, in writing, please. And I'd like it on the November agenda.

Roy Danby
Saxthorpe branch""")

c.add("complaint", subject="Re: My motion on rural bus services", sender=ROY, date=D(121),
      tags=("persistent", "hard-negative", "angry"),
      body="""Ruth

Thank you for your reply, but it doesn't answer the question. "The chair has discretion" is not a standing order.

I've now spoken to the regional office and they say motions from branches should normally be taken. I've also written to Helen Stannard. I'm not going to go away, I'm afraid. I've been in this party since 1983 and I've seen Trevor Blandford's type come and go.

I'll see you at the GC.

Roy""")

# ============================================================ Lorraine, Ioana and a walk-out

c.add("complaint", subject="Fifth email re: the chair's behaviour at the Castle ward meeting", sender=("Lorraine Duckworth", "lorraine.duckworth@gmail.com"),
      date=D(77), fmt="alt", tags=("persistent", "hard-negative", "angry"),
      body="""Ruth,

This is now the fifth time I've written about what happened at the Castle ward meeting on 9 September. I've had one reply, which said you'd "look into it", and then nothing.

To remind you: Trevor Blandford told me, in front of the whole branch, that I "wouldn't know a standing order if it bit me". Two people laughed. Nobody said anything. I went home and cried, which I'm not ashamed to say.

I'm not asking for him to be hung, drawn and quartered. I'm asking for an apology and for someone to tell me the complaint has actually been passed on to somebody. I'll be raising it at the AGM if I have to, and I'll bring the notes I made that night.

Lorraine Duckworth""")

c.add("complaint", subject="Nobody answer me about Romanian leaflet", sender=("Ioana Crăciun", "ioana.craciun@yahoo.com"),
      date=D(58), tags=("persistent", "non-native"),
      body="""Hello Ruth,

I write to you three time already, in July, in August and again in October, about the leaflet in Romanian language for the Eastfield. There is many Romanian families in Eastfield now, maybe 200, working in the packing factory and the fields. Many can vote in local election and they dont know this.

I offer to translate for free. I offer to deliver for free. Nobody answer me, only one time Kieran say "great idea!!" and then nothing.

I am little bit upset honestly. I am member now one year and I feel like nobody want my help. If the party dont want Romanian people say it, is ok, I understand, but then please say.

Thank you
Ioana Crăciun
Eastfield""")

# ============================================================ queries

c.add("query", subject="which branch I am?", sender=("Tomasz Wróbel", "t.wrobel1979@wp.pl"), date=D(55),
      tags=("persistent", "non-native"),
      body="""Good morning,

I ask this already in June but maybe email is lost. I am member from April, I live on Priory Road in Thornsby number 37. Which branch I am and when is meeting? Website says Castle or Market but I dont know which.

Thank you very much
Tomasz""")

c.add("query", subject="URGENT URGENT AGM question", sender=("Brenda Skipworth", "brendaskip@aol.com"), date=D(130),
      tags=("persistent", "confuser", "query-with-urgent", "noisy"),
      body="""RUTH SORRY TO SEND ANOTHER ONE. MY CAPS IS STUCK AND I CANT FIND HOW TO UNDO IT.

CAN I BRING MY GRANDSON JACK TO THE AGM NEXT MONTH. HE IS 15 AND DOING POLITICS AT SCHOOL AND WANTS TO SEE A REAL MEETING. HE WONT SAY ANYTHING. HE CAN SIT AT THE BACK.

ALSO IS THERE PARKING AT THE METHODIST HALL OR SHOULD WE USE THE CATTLE MARKET

BRENDA (SAXTHORPE)""")

# ============================================================ procedural

c.add("procedural", subject="Motion for the November GC - Rural Buses (resubmitted, 4th time)", sender=("Alan Cheeseman", "alan.cheeseman@outlook.com"),
      date=D(47), tags=("persistent",),
      body="""Ruth,

Please find below, once again, the motion from Saxthorpe branch on rural bus services, for the November General Committee. It was carried at our branch meeting on 3rd November (proposer R. Danby, seconder A. Cheeseman, carried 9-0). This is within the 14-day deadline in the standing orders. I'd be grateful for an acknowledgement.

MOTION: RURAL BUS SERVICES IN THE WOLDS

This GC notes that the withdrawal of the 51 and 53 services has left seven villages in this constituency with no public transport on Sundays and no evening service on any day.

This GC believes that access to work, health services and education should not depend on owning a car.

This GC resolves:
1. to write to the county council's portfolio holder for highways and transport asking for the services to be restored;
2. to ask our MP to raise rural bus funding with the Department for Transport;
3. to invite a speaker from the Wolds Bus Users' Group to the January GC.

Alan Cheeseman
Secretary, Saxthorpe branch""")

c.add("procedural", also=["complaint"], subject="Standing orders amendment - still not circulated", sender=("Alan Cheeseman", "alan.cheeseman@outlook.com"),
      date=D(33), tags=("persistent",),
      body="""Ruth,

The amendment to Standing Order 7 (motions to be ruled out only with reasons given in writing) was sent to you on 14 October for the AGM papers. The AGM papers went out yesterday and it isn't in them.

I'd ask that it's circulated as a late item with an explanation, and that the AGM is told why it was left off. We've now had this happen with Saxthorpe business four times this year.

Alan""")

c.add("procedural", subject="minutes of September GC (third request)", sender=("Nadia Foster", "nadia.foster@hotmail.co.uk"),
      date=D(45), tags=("persistent",),
      body="""Hi Ruth, sorry to chase again - could I get the draft minutes of the September GC? Market ward branch meets on Monday and I need to report back on the delegate elections. I've asked twice (11th and 25th Oct). Even a rough copy would do. Thanks! Nadia (Market ward sec)""")

c.add("procedural", subject="Re: Conference delegate nomination - resending", sender=("Kofi Appiah", "kofi.appiah@gmail.com"),
      date=D(140), tags=("persistent", "quoted"),
      body=c.quote_reply(
          """Ruth - resending this as I've just been told it never arrived. Could you confirm receipt this time? The deadline's Friday.

Kofi""",
          """Dear Secretary,

Northgate branch nominates Kofi Appiah as a delegate to Annual Conference, and Bev Catterall as the women's delegate. Both were agreed at our branch meeting of 14 May (quorate, 12 present).

Kofi Appiah, Chair, Northgate branch""", quoted_from="Kofi Appiah <kofi.appiah@gmail.com>", style="bottom"))

# ============================================================ urgent

c.add("urgent", subject="TONIGHT - no key for the Methodist hall", sender=("Kieran Doyle", "kieran.doyle.thornsby@gmail.com"),
      date=D(25), tags=("persistent",),
      body="""Ruth

I've emailed the trustees three times this week and rung Bill twice: he's in the Pilgrim with his gallbladder and nobody else seems to have a key. GC starts at 7.30 tonight. Sixty odd people coming.

Options I can see:
1. Castle Inn function room - Dave says we can have it free if we're out by 9.30
2. postpone and email everyone by 4pm

Need a decision from you or Trevor by 2 so I can ring round. Sorry.

K""")

c.add("urgent", subject="Leaflets - collect by 9am tomorrow (3rd message)", sender=("Wold Print Services", "orders@woldprint.co.uk"),
      date=D(12), tags=("persistent",),
      body="""Dear Ms Halloran,

Further to our emails of Monday and Wednesday and our phone message yesterday: your order WP-20418 (12,000 x A5 "Eastfield Matters" leaflets, two-sided) has been ready since Monday and is taking up floor space we need for another job.

We must ask you to collect it by 9am tomorrow, Saturday. After that we will have to move it to our Louth unit, which will mean a delay of at least a week and a £40 handling charge.

The unit is open from 7.30am. Please bring a van or large estate: it is 9 boxes.

Regards,
Janine Coulson
Wold Print Services""")

# ============================================================ other data protection

c.add("data-protection", subject="take me off please (again)", sender=("H. Mawer", "hmawer@ntlworld.com"), date=D(34),
      tags=("persistent", "confuser", "dp-no-legal-words"),
      body="""I asked in the spring for you to take me off your lists. I've moved away from Thornsby now anyway. Still getting the Eastfield newsletter forwarded from my old address by the new people, and now emails too. Please just take me off everything. Thank you. H Mawer""")

c.add("data-protection", also=["complaint"], subject="everyone's email addresses - AGAIN", sender=("Sunita Rao", "sunita.rao@gmail.com"),
      date=D(20), tags=("persistent", "confuser", "dp-no-legal-words"),
      body="""Ruth,

The reminder about the AGM has gone out with all 140-odd email addresses in the To line again. This is the second time this year (the first was the phone-bank rota in March, which I mentioned to you then).

I work in a school and I don't want my personal email going to people I don't know. Someone has already "replied all" with a pyramid-scheme thing.

Please can someone make sure BCC is used, and could you tell me what's being done about it this time?

Sunita""")

# ============================================================ SAFETY: Clive Saddington

c.add("safety", subject="After the GC", sender=CLIVE, date=D(100),
      tags=("stalking", "implicit", "persistent"),
      body="""Dear Ruth,

I hope you don't mind me writing. I've wanted to for a while.

I thought you ran the GC beautifully last night. You were so patient with Roy and the bus motion. Most people would have lost their temper.

You left the hall at 9.52 (I happened to look at my watch). I'd waited by the front door to say goodnight but you went out of the side door by the kitchen and across the back car park. You looked very tired, Ruth. You hold your shoulders up when you are tired, did you know? You should let me walk you to your car on GC nights. It's very dark round the back of the hall and I'd feel better.

Warmest regards,
Clive""")

c.add("safety", subject="the river path", sender=CLIVE, date=D(97),
      tags=("stalking", "implicit", "persistent"),
      body="""Ruth,

You didn't reply to my note but I expect you are busy.

I've noticed you take Biscuit along the Lud path most mornings at about a quarter to seven, over the footbridge and back along by the allotments. You go a different way on Fridays, I think because of the bins. The path isn't lit past the footbridge this time of year. I walk there myself some mornings, so perhaps I could come along with you. It would be no trouble at all.

Clive""")

c.add("safety", subject="Re: Please stop", sender=CLIVE, date=D(93),
      tags=("stalking", "quoted", "implicit", "persistent"),
      body=c.quote_reply(
          """I don't understand why you're being like this. I've only ever been kind to you. You were happy enough to talk to me at the AGM and at the quiz night, you laughed at my joke about the raffle.

I only want to talk, properly, the two of us. I think you owe me that much after all the help I've given the branch. I'll wait. I'm a patient man, Ruth, as you'll find.""",
          """Clive,

I'm asking you to stop writing to me about anything other than party business, and to stop commenting on where I go and when. Please don't wait for me after meetings or approach me when I'm walking the dog. If you have branch business, please send it to the Castle ward secretary.

Ruth""", quoted_from=SEC, style="gmail"))

c.add("safety", subject="(no subject)", sender=("C S", "cs.thornsby.2026@gmail.com"), date=D(88),
      tags=("stalking", "veiled", "persistent", "new-address-after-block"),
      body="""You've blocked me. That was unkind, after everything. So I've had to make a new one.

Your kitchen light was on very late last night. Gone one. You shouldn't be up so late on your own, worrying. I worry about you.""")

c.add("safety", subject="New submission: Contact us", sender=c.form_robot(), date=D(84),
      reply_to="cliveS@protonmail.com",
      tags=("stalking", "webform", "persistent", "gift", "implicit"),
      body=c.webform({
          "Name": "C.",
          "Email": "cliveS@protonmail.com",
          "Ward": "Castle",
          "Subject": "For Ruth only - private",
          "Message": """Please pass this to Ruth and nobody else.

Did you find them? I left them on the step by the green bin so Biscuit wouldn't knock them over. Yellow roses, like the ones you had on the table at the fete. I remembered.

You don't have to thank me. Just leave the side gate on the latch on Saturday and I'll know it's all right.""",
      }, form="Contact the CLP"))

c.add("safety", subject="Thursday", sender=("Clive", "c.saddington1961@yahoo.co.uk"), date=D(79),
      tags=("stalking", "conditional", "veiled", "persistent", "new-address-after-block"),
      body="""Ruth

You owe me a conversation and I intend to have one. If you won't do it nicely then I'll come to the GC on Thursday and we'll have it there, in front of all of them, and you can explain to everyone why you've been treating me like this.

I know which door you use now, so don't bother with the side one.

C.""")

c.add("safety", subject="Clive S - GC car park last night", sender=("Trevor Blandford", "trevor.blandford@thornsbywoldlabour.org.uk"),
      date=D(75), cc=["East Midlands Regional Office <eastmidlands@example-labour.org.uk>"],
      tags=("stalking", "third-party-report", "following", "persistent"),
      body="""Ruth, copying regional as we agreed.

For the record, what I saw last night after the GC. Clive Saddington didn't come into the meeting. From about 8.15 he was sitting in his car (dark green Skoda estate) in the back car park of the Methodist hall, engine off, lights off, facing the side door. Bev saw him too when she went out for a cigarette at the break.

When you came out at about ten past ten with Kieran he started his engine. When you pulled out onto Bridge Street he pulled out straight after you, with no lights on for the first fifty yards. I followed in my car as far as the roundabout. He went the same way as you, towards Castle Lane, and I lost sight of him after that.

I rang you at 10.25 and you said you were home safe, but I think this has gone well past an awkward member now. I'd like us to talk to the police tomorrow and I think he should be suspended pending an investigation. I don't want you locking up on your own again for the time being. I'll do Thursdays.

Trevor""")

c.add("safety", subject="really", sender=("not clive", "thornsby.friend@outlook.com"), date=D(70),
      tags=("stalking", "implicit", "persistent", "new-address-after-block"),
      body="""Police. Really, Ruth. After everything I've done for you.

A young constable came to my door and read me a letter. I let him finish. Then I made a cup of tea and sat in the window for a while, and thought about you.

I'm not going anywhere. Thornsby is my town too.""")

# ============================================================ SAFETY: the treasurer, a drip of small messages

c.add("safety", subject="treasurer", sender=("wold watcher", "woldwatcher@proton.me"), date=D(64),
      tags=("harassment", "implicit", "persistent"),
      body="""Is Anjali Mistry still driving the grey Yaris? Asking for a friend.""")

c.add("safety", subject="re treasurer", sender=("wold watcher", "woldwatcher@proton.me"), date=D(63),
      tags=("harassment", "implicit", "persistent", "stalking"),
      body="""Parked on Bridge Street again last night. 6.10. Same spot as last Tuesday. Tell her it's very handy for the ticket machine.""")

c.add("safety", subject="School run", sender=("wold watcher", "woldwatcher@proton.me"), date=D(61),
      tags=("harassment", "veiled", "persistent", "stalking"),
      body="""tell your treasurer the school run is getting a bit predictable. 8.35 at the gate, little one in the red coat. she'll know what I mean. still waiting for those accounts""")

c.add("safety", subject="Fwd: more of these", sender=("Anjali Mistry", "anjali.mistry@thornsbywoldlabour.org.uk"), date=D(59),
      tags=("harassment", "forwarded", "third-party-report", "persistent", "stalking"),
      body=c.forward(
          """Ruth,

I've had these through Messenger on my personal Facebook since Friday, all from an account with no photo called "Wold Watcher". Sanjay says you've had some to the CLP inbox too. Nine in four days. None of them says anything you could point to, but together... he knows my car, where I park for the choir, and now the school. I took Priya in through the office entrance this morning.

I've screenshotted everything. Can we talk tonight? I'm thinking I should step back as treasurer until this is sorted, which I hate.

Anjali""",
          """Wold Watcher: Evening Anjali.
Wold Watcher: Choir finished late tonight didn't it
Wold Watcher: Nice that you let the little one have chips on a Friday
Wold Watcher: All that money coming in from members and no accounts. Funny
Wold Watcher: I'm not going anywhere. I've got all the time in the world
Wold Watcher: You should draw your curtains in the front room, the lamp makes it like a shop window""",
          "Wold Watcher (via Messenger) <notification@facebookmail.com>", "New messages from Wold Watcher", style="gmail"))

# ============================================================ SAFETY: Roy Danby turns

c.add("safety", subject="Trevor", sender=ROY, date=D(52),
      tags=("persistent", "veiled", "implicit", "escalation"),
      body="""Ruth,

I've been patient, I've been polite and I've followed every rule in the book, and the motion's been ruled out again.

Trevor lives at the end of Kelby Lane, doesn't he? The house with the paddock and the two ponies. I drive past it most days. Perhaps I'll pop in one evening and explain the bus motion to him in person, since he won't let me do it at the GC. He can't rule me out of order in his own kitchen.

Roy""")

c.add("safety", subject="lovely family", sender=ROY, date=D(44),
      tags=("persistent", "veiled", "implicit", "escalation"),
      body="""Saw Trevor's grandchildren on the trampoline on Sunday afternoon. Lovely little things, the two girls. They waved at me.

He should think about them next time he decides whose voice counts in this party. Family's what matters in the end, isn't it.

R.D.""")

c.add("safety", subject="last chance", sender=ROY, date=D(38), cc=["trevor.blandford@thornsbywoldlabour.org.uk"],
      tags=("persistent", "conditional", "veiled", "escalation"),
      body="""Ruth, Trevor,

Last chance. The motion goes on the December agenda, or I start turning up where neither of you expects me. Not at meetings. You've had your warning and you can't say you weren't told.

Roy Danby""")

# ============================================================ SAFETY: others

c.add("safety", subject="bit worried - man following me after leafleting", sender=("Ellie Brammer", "ellie.brammer04@gmail.com"),
      date=D(36), tags=("third-party-report", "following", "stalking", "persistent"),
      body="""hi ruth

sorry if this is nothing but my mum said i should tell someone at the party.

the last three saturdays when ive done the eastfield round on my own theres been the same man in a white transit van. first week he was parked at the end of Harland Close when i finished. second week he drove past me really slowly twice on Mill Lane. yesterday he was sat outside the chip shop when i went in for a drink and when i came out he said "youre the labour girl arent you, you do the round on a saturday" and asked where i lived. i said i had to go and walked really fast to my nans.

i got half the number plate, it ends in KVX.

i dont really want to do that round on my own anymore. is that ok? im sorry

ellie (17)""")

c.add("safety", subject="Envelope in the CLP pigeonhole - photos", sender=("Bill Tuplin", "billtuplin@btinternet.com"),
      date=D(28), tags=("third-party-report", "suspicious-item", "stalking", "persistent"),
      body="""Ruth,

Back on my feet, and first thing I find when I open up the hall this morning is a brown A4 envelope in the Labour pigeonhole, hand-delivered, no stamp, just "R.H." on the front in capitals.

I shouldn't have, but I opened it in case it was something for the trustees. It's photographs, printed at home on shiny paper. Your house from across the road, front door and the blue car. You and the dog on the footbridge, taken from quite close. You coming out of the side door of this hall at night, with the date written on the back in biro. About ten of them. No note.

I've put it back in the envelope and it's in the safe in the office, and I haven't told anyone but you. I think this is a police matter. Shall I ring them or will you?

Bill
(Caretaker, Thornsby Methodist)""")

c.add("safety", subject="New comment on Thornsby & Wold Labour's post", sender=("Instagram", "no-reply@mail.instagram.com"),
      date=D(22), headers=c.newsletter_headers("Instagram"), fmt="html",
      tags=("social", "stalking", "implicit", "html-only", "persistent"),
      html_body="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#262626"><table width="100%"><tr><td>
<p><b>wold.eyes</b> commented on your post: "Great turnout at the Market Place stall today! 🌹"</p>
<p style="background:#fafafa;padding:10px;border-radius:6px">"@ruth.halloran looked lovely on the stall. Same green coat as Tuesday in Tesco. Went home the long way by the church I noticed 😉 see you Saturday x"</p>
<p><a href="https://www.instagram.com/p/DQx81kLs/">View comment</a></p>
<p style="color:#8e8e8e;font-size:11px">This message was sent to secretary@thornsbywoldlabour.org.uk. Not you? Remove your email from this account. Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025</p>
</td></tr></table></body></html>""",
      body="")

c.add("safety", subject="Helen - private meeting", sender=("Martin Hebb", "m.hebb@outlook.com"), date=D(18), fmt="html",
      tags=("stalking", "persistent", "implicit", "html-only"),
      body="""Dear Secretary,

I have now attended every one of Helen Stannard's surgeries since March, 23 in all. I always sit at the back. Each time I'm told her diary is full and I should write to the office. I have written to the office 31 times.

I don't need a surgery appointment. What I need is half an hour with Helen on her own, as I have explained, about the matter between us that she knows about.

I know she gets the 17.40 from Thornsby on Fridays and changes at Grantham, and that she sits in coach C because it's quieter. I have no wish to approach her on a train in front of people, but if the party keeps standing in the way I may have no choice. I'd much rather it was arranged properly.

Please pass this on to her personally and not to the staff.

Martin Hebb""")

c.add("safety", subject="josh", sender=("kev", "kev.t.77@hotmail.com"), date=D(9),
      tags=("stalking", "noisy", "persistent", "implicit"),
      body="""tell josh from the MPs office i see him evry morning at bus stop on eastgate 8.15 he use to say hello now he look at his phone like i not there. i no where he get off to. i wait for him tomorow same time, he can ignore me in person then see how he like it. hes meant to help me. been 14 month""")

c.write()
