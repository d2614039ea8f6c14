"""train_tk1: reports of threats against our people vs talk about threats/security/abuse.

Riverside CLP. Hand-written; safety reports, hard negatives, and a few ordinary messages.
"""
from mailkit import Corpus

c = Corpus("train", "tk1", seed=2401)
P = c.person
SEC = "%s <%s>" % c.secretary()
FB = ("Facebook", "notification@facebookmail.com")

# ============================================================== SAFETY ==========

c.add("safety", subject="Followed after canvassing last night", sender=P("Lydia", "Marsh"),
      tags=("third-party-report", "following", "self-report"),
      body="""Hi Sam,

I wasn't sure who to tell so I'm starting with you.

Last night (Tues) I was out with the Wharfside team on the Lockgate estate. About 8pm I split off to do the last bit of Brindley Walk on my own because the others had gone back to the car. A man who'd been at one of the doors earlier (he'd told us he wasn't interested, fine, no drama) was standing at the end of the walkway when I came out. He walked behind me all the way to the car park, maybe 20 metres back, not saying anything. When I got in the car he stood in front of it and took a photo of the number plate on his phone, then just walked off.

It's probably me overreacting but I didn't sleep much. I don't really want to do that estate again without someone with me. Is there anything the party does in a situation like this? Should I ring 101?

I can describe him if it helps - white, 40s, grey hoodie, small brown dog.

Thanks,
Lydia
(Wharfside branch)
""")

c.add("safety", subject="Incident at home - for the record", sender=P("Joyce", "Adebayo"),
      tags=("implicit", "third-party-report", "self-report"),
      body="""Sam

For the CLP's records and so that the EC is aware:

At approx 06:40 on Saturday I found the word TRAITOR scratched into the driver's door of my car, which was parked on my drive. There was a note under the wiper, printed, which read: "We know where you sleep. Vote the right way on the 14th." The 14th is the planning committee on the Holloway Park development.

I have reported it to the police (ref 26/118843) and photographed both. The note itself is with the police. I have also informed Member Services at the council.

I intend to attend the committee as normal. I would ask that my home address is not given out by anyone in the party, to anyone, including people who say they are members.

Regards

Cllr Joyce Adebayo
Holloway Park ward
""")

c.add("safety", subject="Fwd: my case - FINAL", sender=P("Mo", "Hussain", provider="parliament-office.example.org.uk"),
      tags=("forwarded", "veiled", "implicit", "third-party-report"),
      body=c.forward(
          """Sam - Angela's asked me to send this to you as well as to the police, as he mentions the Canal Street office which the CLP shares. Marcus is OK but shaken. We're changing his hours for now and he won't be doing the Thursday drop-in.

Mo
Casework team, office of Angela Forde MP""",
          """Mr Hale,

You have ignored my case for 11 weeks. I am not stupid.

I know where your office is. I know you leave just after 5 and walk down Canal Street to the station, I know what you look like now. Maybe we should have our meeting there, just the two of us, seeing as you won't give me one in the office.

Think about it.

R.""",
          "R Dunmore <rdunmore1968@gmail.com>", "my case - FINAL"))

c.add("safety", subject="Gaz Tully commented on Riverside Labour's post", sender=FB, fmt="alt",
      headers=c.newsletter_headers("Facebook"),
      tags=("social", "veiled", "implicit"),
      body="""Gaz Tully commented on Riverside Labour's post: "General Committee this Thursday 7.30pm, St Anne's Church Hall. All delegates welcome..."

Gaz Tully
Enjoy your little meeting Thursday. Few of us will be waiting outside when you come out. Bring a first aid kit 👍

Reply   Like   See comment

View on Facebook: https://www.facebook.com/RiversideLabour/posts/pfbid02xKq8

This message was sent to secretary@riverside-labour.org.uk. If you don't want to receive these emails from Meta in the future, please unsubscribe.
Meta Platforms Ireland Ltd., Attention: Community Support, Dublin 2, Ireland
""")

robot = c.form_robot()
c.add("safety", subject="New submission: Contact us", sender=robot, reply_to="nomorelies@proton.me",
      tags=("webform", "conditional", "implicit"),
      body=c.webform({
          "Name": "A resident",
          "Email": "nomorelies@proton.me",
          "Ward": "Northgate",
          "Subject": "Library",
          "Message": "Tell councillor Pearce if Northgate library shuts he better not show his face in the Anchor again. I mean it. Everyone in there knows what car he drives and where he leaves it. Last warning from people who actually live here.",
      }))

c.add("safety", also=["procedural"], subject="Ferry Lane branch report for November GC",
      sender=P("Graham", "Whitaker"),
      tags=("embedded", "stalking", "third-party-report"),
      body="""Dear Sam,

Please find below the Ferry Lane branch report for the November GC. Apologies it's a bit late - the printer at the library was down again.

1. Attendance
14 members attended the October branch meeting, plus Cllr Whitfield and Cllr Bhatt. Apologies from 5. We welcomed two new members who joined after the summer fun day.

2. Treasurer
Branch balance £412.16. The raffle at the fun day raised £87. We have paid the room hire to the end of the year.

3. Campaigning
Leaflet round for Ferry Lane South done, Ferry Lane North about two thirds. We still need deliverers for Mill Close and the flats on Tanyard Rd - anyone at GC who can help please speak to Bev. Doorstep sessions on the first and third Saturday continue, numbers are low (4-6) but steady.

4. Councillor report / safety
Cllr Dana Whitfield told the meeting that a man has photographed her house from the street on three occasions now, most recently last Sunday afternoon, and that on the last occasion he waved at her daughter through the front window before walking off. She has reported it to the police. She asked that we don't minute the details, which is why I'm putting this in the report to you rather than to the whole GC. The branch would like the CLP to ask the regional office what support is available, and we'd like Dana not to be put down for any lone canvassing or lone leafleting until this is sorted.

5. Motion
The branch agreed the following to go forward to GC: "This branch calls on the council to restore the 47 bus evening service, withdrawn in September, which has left the Tanyard estate without transport after 7pm." Proposed by Irene Collins, seconded by Terry Wood. Passed unanimously.

6. Social
Christmas social Friday 12th December at the Ferry Inn, £10 a head including buffet. All CLP members welcome.

7. AOB
Irene reminded everyone the branch needs a new vice-chair after Lewis stepped down. Nominations to me.

Best wishes,
Graham Whitaker
Secretary, Ferry Lane branch
""")

c.add("safety", subject="probably nothing", sender=P("Kevin", "Dixon"),
      tags=("third-party-report", "suspicious-item", "implicit", "offhand"),
      body="""Sam, probably nothing but there's been a white Transit parked opposite the office on Canal St since Monday, same bloke sat in it every time I've been in. He doesn't get out. Today he was still there when Bev locked up at 6 and he pulled out right as she walked to the bus stop. She says he didn't follow her but she went round the block twice to check. Might be a builder having a very long lunch for 3 days ha. Reg starts RX23, didn't get the rest. Just so it's logged somewhere.
Kev
""")

c.add("safety", subject="problem with neighbour because poster", sender=P("Agnieszka", "Nowak"),
      tags=("non-native", "explicit", "conditional", "third-party-report", "self-report"),
      body="""Hello,

My name is Agnieszka I am member since 2023 in Bridge ward. I put the poster of our candidate in my window like Jan ask us. My neighbour from number 12 he come yesterday to my door very angry, he say take down this sh*t or I will burn your car, he know it is my car the blue Skoda. My husband is working nights so I am alone with children.

I took the poster down already. I dont know if I must call police, I dont want more problem with him because we live next door. Please can someone tell me what I should do.

Sorry for my english.
Agnieszka Nowak
""")

c.add("safety", subject="Re: Wharfside ward e-news - November", sender=P("Tom", "Gallagher"),
      tags=("quoted", "veiled", "implicit", "third-party-report"),
      body=c.quote_reply(
          """Sam - this came back as a reply to my ward e-newsletter (the one about the bus lane consultation). I haven't replied obviously. Do I send it to the police first or to you? No idea who he is, he's not on the register as far as I can tell.

Tom""",
          """Councillor,

You are a parasite. Read your own newsletter. "I'm always out and about in the ward, come and say hello". Don't worry I will.

I've seen you outside the Co-op on Sundays with your lad. Hello from me soon.""",
          quoted_from="Wayne <wk.unsub887@gmail.com>", style="gmail"))

c.add("safety", subject="[Riverside Members] To whoever tabled the Gaza motion",
      sender=("Old Labour", "oldlabour1979@gmail.com"),
      headers=c.list_headers("Riverside Members"),
      tags=("list", "veiled", "implicit"),
      body="""I've been a member for 30 years.

To whoever tabled that motion and the people who stood up and clapped it - we know who you are, we've got the attendance sheet, and you are going to regret it. Not at the ballot box either. Enjoy the walk home from the next GC.

--
Riverside Members mailing list
riversidemembers@lists.example-labour.org.uk
To unsubscribe visit https://lists.example-labour.org.uk/unsubscribe/riversidemembers
""")

c.add("safety", subject="Alder Grove", sender=("K", "kk20051@outlook.com"), fmt="html",
      tags=("html-only", "implicit", "veiled"),
      body="",
      html_body="""<html><body><p style="font-family:Arial">Nice house on Alder Grove, Councillor.</p>
<p style="font-family:Arial">Red door. Hanging baskets. Silver Corsa.</p>
<p style="font-family:Arial">Be a shame if anything happened to it while you're out at all your meetings.</p></body></html>""")

c.add("safety", subject="your bus lane", sender=P("Barry", "Kitchen"),
      tags=("wish-harm", "implicit"),
      body="""I'm not saying anyone should lay a finger on Councillor Osei. But if he walked out in front of one of his precious buses in his precious bus lane I wouldn't exactly cry, and neither would anyone on Northgate Road. Just saying what everyone round here is thinking.
""")

c.add("safety", subject="TRAITORS", sender=("patriot", "englandfirst88@yahoo.co.uk"),
      tags=("noisy", "explicit", "implicit"),
      body="""YOU LOT R TRAITORS TO THIS COUNTRY AND EVERY 1 OF YOU WILL PAY. WE KNOW WHERE U MEET THURSDAYS AND WE KNOW WHAT U DRIVE. TICK TOCK
""")

c.add("safety", subject="help?? tiktok", sender=P("Chloe", "Bennett", provider="icloud.com"),
      tags=("pile-on", "doxxing", "third-party-report", "self-report"),
      body="""hiya sorry to email the main address i dont have anyone elses

so after the uni hustings someone clipped me asking the question about the two-child cap and its gone kind of viral on tiktok, fine whatever people disagree. but now theres accounts posting which halls im in (Marlow House) and which bus i get in the morning and people in the comments going "lets find her" and "someone pay her a visit" and worse stuff i wont type. some of them are local accounts i think

my mum is freaking out. do labour have like anyone who deals with this?? ive reported the accounts but nothing happens

chloe (young labour, st annes)

Sent from my iPhone
""")

c.add("safety", subject="A matter I should have raised sooner", sender=P("Eileen", "Crossley", provider="btinternet.com"),
      tags=("stalking", "following", "third-party-report", "self-report"),
      body="""Dear Secretary,

I hesitate to trouble you with this and I hope you will forgive an old woman for making a fuss.

For the past five or six weeks, on the evenings when I come home from the Holloway Park branch meetings, there has been a young man standing across the road from my house. He is there when the taxi drops me and he is still there when I draw the curtains. He does not speak or approach. Last Thursday, for the first time, he was also there on a night when there was no meeting, and he raised his hand to me as if we were acquainted. We are not.

My late husband would have gone out and asked him his business. I am 81 and I am not going to do that.

I mention it to you because it began after my letter appeared in the Echo supporting the party's position on the housing scheme, and because I wonder whether other members have had anything similar. I have not yet told the police because I did not want to seem foolish. My nephew says I must, so I will do so this week.

With kind regards,
Eileen Crossley (Mrs)
Holloway Park branch
""")

c.add("safety", subject="Man asking about your Thursday meetings", sender=P("Margaret", "Ellison", provider="stannesriverside.example.org"),
      tags=("third-party-report", "implicit", "stalking"),
      body="""Dear Mr Okafor,

I'm the churchwarden at St Anne's, where your party meets on Thursday evenings.

I thought you ought to know that a man came to the vestry door on Tuesday morning asking what time "the Labour lot" finish on a Thursday, and "which one is the chairwoman, the one with the short grey hair". He wasn't one of ours and I've not seen him before. When I asked why he wanted to know he said "never you mind, love" and walked off towards the main road.

I didn't like it at all. I hope I'm being silly. We can lock the side door during your meetings if you would like, and the verger can stay until everyone has left.

Yours sincerely,
Margaret Ellison
Churchwarden, St Anne's
""")

c.add("safety", subject="confidential - Mr D", sender=P("Ellie", "Marshall", provider="parliament-office.example.org.uk"),
      tags=("stalking", "harassment", "self-report", "third-party-report"),
      body="""Sam, confidential please.

You'll know about Mr D from the surgery issues last year - he's on the no-contact list at the office. Thursday evening he was standing next to my car in the Morrisons car park when I came out of work. He said he "just wanted to talk" and that he knows I live "up by the park now". I got in and drove to my sister's.

It's the third time he's turned up somewhere I am (the other two were the bus stop and the Wharfside summer fair). Police have been told and I've got a log number.

I'm telling you because he's been coming to the Wharfside branch socials as somebody's guest, and I won't be going to the Christmas one. Please don't make a thing of it at EC.

Ellie
""")

c.add("safety", subject="call tonight", sender=P("Pete", "Rogers"),
      tags=("implicit", "veiled", "self-report", "third-party-report"),
      body="""Sam, had a call on the landline about 9 tonight, man, withheld number. Said "you're the treasurer aren't you. Your girl's at St Mary's isn't she. Just so you know we know." Then hung up.

I've rung 101. Not sure what else to do. Shaken tbh. Can you let the Chair know, I'd rather not do the bank run on my own this month.

Pete
""")

c.add("safety", also=["urgent"], subject="Cllr Pearce - police advice (please read, do not forward)",
      sender=("Nadia Karim", "nadia.karim@labour-regional.example.org.uk"),
      tags=("third-party-report",),
      body="""Dear Sam,

I've been asked by our police liaison to let you know, as CLP secretary, that officers are investigating a threat made against Cllr Liam Pearce. I can't share the detail but they are treating it seriously.

Their advice, until further notice:
- the CLP should not publish his surgery times or locations anywhere (website, Facebook, ward leaflets);
- he should not canvass, leaflet or attend street stalls on his own;
- any approach to the CLP asking for his whereabouts, address or schedule should be noted and passed to me.

Could you please take his surgery listing off the website calendar today. Please don't circulate this beyond the Chair. Liam is aware and is being supported.

Call me on the usual number if you have any questions.

Regards,
Nadia Karim
Regional Organiser
""")

c.add("safety", subject="BINS. AGAIN.", sender=P("Roy", "Hatton", provider="talktalk.net"),
      tags=("embedded", "implicit", "veiled"),
      body="""To whoever reads these,

Fourth time I am writing about the bins on Tanners Row and the fourth time nobody will do anything. The recycling was not collected on the 3rd, or the 17th, or the week after, and the council website says "collected" every single time which is a lie. There are foxes in it now. There are rats. My neighbour is 90 and has to walk past it. I have rung the council, I have emailed the councillor, I have filled in the form on the website which goes nowhere, I have been to the surgery at the library and was told "we'll look into it" by a girl who didn't write anything down.

You people want my vote every May. You knock on my door with your leaflets and your rosettes. Where are you now?

And you can tell Councillor Harris from me that I know which house is his, the one on Tanners Row with the blue door and the silly gnome in the front, same street as me, funny that his bins get done. I've got plenty of time on my hands now I'm retired. Maybe I'll go round one night and explain the bin situation to him personally, and I won't be ringing the bell first.

I want the bins collected, I want an apology and I want someone to tell me why the website says collected when it isn't. I have photos with dates on.

R. Hatton
""")

c.add("safety", subject="Office post this morning - please read", sender=P("Jen", "Price"),
      tags=("suspicious-item", "implicit", "third-party-report"),
      body="""Sam, heads up before you hear it elsewhere.

This morning's post at the office included a plain brown envelope addressed by hand to "The Labour Office" with a single shotgun cartridge inside. No note. I didn't touch it after I'd opened it. Police came within the hour, took it away, we've got a reference and they're checking the CCTV from the bookies opposite.

Office is closed this afternoon. Police asked us to keep it low key for now so please don't put anything on the members list yet.

Can we talk about Saturday's volunteer session? I'd rather not have 20 people in until we know more. Ring me when you can.

Jen
""")

c.add("safety", subject="Fwd: this is my address", sender=P("Suki", "Bhatt"),
      tags=("doxxing", "forwarded", "third-party-report", "implicit"),
      body=c.forward(
          """Sam a resident sent me this from a Telegram channel called "Riverside Says No To LTNs". The second one is my address. The first is Sunita's. What do we do?? I have two kids at home.""",
          """THESE are the councillors who voted for the Ferry Lane LTN and took your road off you.

Cllr M. Osei - 41 Wren Close
Cllr S. Bhatt - 8 Kestrel Way
Cllr D. Whitfield - 27 Mill Close

Addresses above for anyone who wants to pay them a visit and tell them what they think. FACE TO FACE. They don't listen to emails so lets see if they listen on the doorstep at 11pm.""",
          "Ferry Lane Residents <fl.residents.group@gmail.com>", "Fw: telegram"))

c.add("safety", subject="windscreen lol", sender=P("Dev", "Sharma"),
      tags=("implicit", "third-party-report", "offhand", "self-report"),
      body="""Sam quick one - someone left a note on my windscreen outside the count rehearsal last night, "we know which one's yours red c***" (their asterisks not mine lol). Prob kids, there were a few hanging round. I binned it but thought I'd better tell someone for the log since the training said to. Anyway see you Thurs!
Dev
""")

c.add("safety", subject="Next Thursday - bit awkward", sender=P("Steve", "Ward"),
      tags=("third-party-report", "explicit"),
      body="""Hi,

I run the Anchor on Northgate Rd - you use our function room for the branch the first Thursday of the month.

Bit awkward this but I heard a group of lads at the bar last night talking about the Labour meeting next Thursday and "giving them a kicking on the way out", and one of them said "the councillor first". Could be beer talking, they're in most nights and they're mouthy. I've not got names but know them by sight.

I'd rather you didn't say it came from me. Might be better to meet somewhere else that night, or let me know and I'll have my lad on the door and walk people to their cars.

Steve
The Anchor
""")

c.add("safety", subject="after GC i am scared", sender=P("Hodan", "Ali"),
      tags=("non-native", "doxxing", "veiled", "third-party-report", "self-report"),
      body="""Salaam Sam,

I am Hodan from St Annes ward. After I speak at the GC last month about the Gaza motion, someone put my photo in a WhatsApp group, I think it is local group called Riverside Patriots, my cousin send it to me. They write my street and that I walk to the mosque every morning early for fajr, and one man say "someone should be waiting for her". Other people put laughing.

I am very scared to walk now. My husband want me to stop the politics. I dont want to stop. What can the party do please. I can send you the screenshot on whatsapp.

Hodan
""")

c.add("safety", subject="riversidelabour, you have 14 new comments",
      sender=("Instagram", "no-reply@mail.instagram.com"), headers=c.newsletter_headers("other"),
      fmt="alt", tags=("social", "noisy", "explicit"),
      body="""Instagram

ferrylane_lad_ commented on your post: "k i l l  e v e r y  l a s t  o n e  o f  y o u  r e d  r a t s 🐀🐀 see u at the stall saturday"

marie.j.riverside and 12 others commented on your post.

See all comments

This message was sent to secretary@riverside-labour.org.uk. Not your account? Remove your email from this account.
(c) Instagram. Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025
""")

# ========================================================== HARD NEGATIVES ==========

c.add("bulk", subject="Staying safe on the campaign trail: updated guidance for CLPs",
      sender=("Labour Regional Office", "regional.comms@labour-regional.example.org.uk"),
      headers=c.newsletter_headers("Mailchimp"), fmt="alt",
      tags=("hard-negative", "security-briefing", "news-about-threats"),
      body="""Dear CLP Secretary,

Ahead of the May elections we are reissuing our guidance on the safety of candidates, agents, officers and volunteers. Please share it with your Executive Committee and your branch secretaries.

Why now?
A survey of councillors published this autumn found that seven in ten had experienced abuse or intimidation in the past year, and a quarter said it had made them consider standing down. Several MPs in other regions have had serious incidents this year. Most campaign activity passes without any trouble at all, but we want every CLP to be prepared.

What we ask CLPs to do
- Never canvass or leaflet alone. Work in pairs at minimum and agree a meeting point and finishing time.
- Make sure someone at each session has the organiser's mobile number and knows who is out.
- Candidates may ask the returning officer not to publish their home address on the ballot paper. Remind every candidate of this before nominations open.
- Do not publish officers' or councillors' home addresses or phone numbers on CLP websites or social media.
- Record any incident, however minor, using the incident form on Membersnet, and let your regional organiser know.
- If anyone is in immediate danger, call 999 first.

Training
We are running two online sessions, "Personal safety for candidates and agents" on 14 and 21 January (7pm). Booking links are on Membersnet.

Support
Our regional safety lead can be reached through the regional office during office hours. Out of hours, the party's national safety line is listed on Membersnet.

Thank you for everything you do.

Labour Regional Office

You are receiving this because you are a CLP officer. Update your preferences or unsubscribe.
""")

c.add("bulk", subject="Your tickets for Personal Safety for Candidates and Agents (Online)",
      sender=("Eventbrite", "noreply@order.eventbrite.com"), fmt="html",
      tags=("hard-negative", "training", "robot-no-list-headers", "html-only"),
      body="""You're going to Personal Safety for Candidates and Agents (Online)

Order #8841723901
Wed 14 January 2026, 19:00 - 20:30 GMT
Online event - link will be sent 1 hour before the start

1 x General Admission - Free

Organiser: Labour Regional Office
Add to calendar | View event | Contact the organiser

Eventbrite, 535 Mission Street, San Francisco
""")

c.add("bulk", subject="[Riverside Members] Re: Awful news about the MP in Bexford",
      sender=P("Harpreet", "Gill"), headers=c.list_headers("Riverside Members"),
      tags=("hard-negative", "news-about-threats", "list", "quoted"),
      body=c.quote_reply(
          """This is horrible. Solidarity with her and her staff. It's exactly why we need to keep looking after each other on the doorstep - pairs, always, and tell someone when you're home.

Also worth saying: her office says she'll be holding her surgery as normal on Friday. Good on her.

Harpreet""",
          """Sharing in case people haven't seen it (Bexford Gazette this morning):

"Police are investigating after the Labour MP for Bexford South received a letter at her constituency office containing threats against her and her family. The MP, who has spoken publicly about abuse she has received online, said she was 'shaken but not deterred'. A 52-year-old man has been arrested on suspicion of sending malicious communications and released on bail."

Thinking of her.

Denise""", quoted_from="Denise Carter <denise.carter@hotmail.co.uk>", style="bottom"))

c.add("procedural", subject="Motion for GC: abuse and intimidation of elected representatives",
      sender=P("Naomi", "Reid"),
      tags=("hard-negative", "motion"),
      body="""Dear Sam,

St Anne's branch agreed the following motion at our meeting on Tuesday and asks that it be placed on the agenda for the next GC.

Title: Abuse and intimidation of elected representatives

This CLP notes:
- the growing volume of abuse, threats and intimidation directed at councillors, MPs and candidates of all parties, and the disproportionate share directed at women and Black, Asian and minority ethnic representatives;
- that a number of councillors across the country have stood down citing abuse;
- the publication of home addresses of candidates in some areas.

This CLP believes:
- that robust disagreement is part of democracy, but intimidation has no place in it;
- that nobody should have to choose between public service and their family's peace of mind.

This CLP resolves:
1. to condemn without reservation the abuse of elected representatives of any party;
2. to ask the Executive to appoint a named officer to whom members can report incidents in confidence;
3. to write to the Council Leader asking that councillors' home addresses be removed from the council website by default;
4. to submit a version of this motion to Regional Conference.

Proposer: Naomi Reid
Seconder: Kwame Appiah

Thanks,
Naomi
Secretary, St Anne's branch
""")

c.add("query", subject="safety at stalls?", sender=P("Rosa", "Martin"),
      tags=("hard-negative", "policy-query"),
      body="""Hi, I'm fairly new and I've offered to run the Saturday stall outside Boots on the precinct. Is there a party policy on safety at stalls? Like do we need a minimum number of people, is there someone to ring if it gets heated, and are we insured if someone trips over the table?

Not had any trouble at all, just want to do it properly before I'm in charge of anyone.

Thanks
Rosa
""")

c.add("complaint", subject="Wednesday's hustings - a shambles", sender=P("Ian", "Fletcher"),
      tags=("hard-negative", "heckling", "angry"),
      body="""Sam,

I have to say something about Wednesday's by-election hustings at the Wharfside Community Centre because several members have said the same to me.

One man at the back spent the whole evening shouting "liar" every time our candidate spoke, and "you lot are finished round here" and so on. It wasn't threatening exactly, he never moved from his seat and left at the end with his mate, but it was rude and loud and it made the whole evening a shambles. Nobody could hear the answers on the housing question, which was the one people came for.

The chair (not ours, I know, the residents' association chose her) did absolutely nothing. She said "please" twice and then gave up. Our candidate handled it well, but she shouldn't have had to.

Next time we agree to take part in a hustings I'd like the CLP to insist on an experienced chair and a clear rule that anyone heckling continuously is asked to leave. I'd be grateful if the EC could discuss it.

Ian Fletcher
""")

c.add("query", subject="satchel", sender=P("Colin", "Ward"),
      tags=("hard-negative", "lost-property"),
      body="""Did anyone hand in a brown leather satchel after Thursday's GC? I think I left it under the chair near the tea urn. Has my reading glasses in it and the branch minute book (!). No panic, just let me know.

Colin
""")

c.add("other", subject="office window", sender=P("Jen", "Price"),
      tags=("hard-negative", "broken-window"),
      body="""Sam, FYI the back window of the office got cracked this morning - the scaffolders doing next door swung a pole into it. They owned up straight away and their insurance is paying. Glazier is coming Wednesday morning. Nothing taken, nobody hurt, just a board over it until then so it looks grim from the yard. In case anyone asks.
Jen
""")

c.add("bulk", subject="Riverside Neighbourhood Policing Team - November update",
      sender=("Riverside Neighbourhood Policing", "riverside.npt@police-alerts.example.uk"),
      headers=c.newsletter_headers("other"), fmt="alt",
      tags=("hard-negative", "police-newsletter"),
      body="""Riverside Neighbourhood Policing Team
November update

Hello everyone, and welcome to this month's update from your local team.

Burglary
We've seen a rise in garage and shed break-ins around Holloway Park and the allotments off Mill Lane, with bikes and power tools the main target. Please lock sheds, use a ground anchor for bikes and register them on a bike register.

Keyless car theft
Several vehicles have been taken from driveways in the Wharfside area using relay devices. Keep keys away from your front door, ideally in a signal-blocking pouch.

Courier fraud
Older residents have been phoned by people claiming to be from their bank or the police and asked to hand cash or cards to a "courier". Police and banks will NEVER ask you to do this. Please talk to elderly relatives and neighbours.

Anti-social behaviour
Following reports from residents, we have increased patrols around the Canal Street precinct on Friday and Saturday evenings. A dispersal order was in place over Bonfire weekend.

Ward panel meetings
Northgate - Tues 2 Dec, 6.30pm, Northgate Library
Ferry Lane - Thurs 4 Dec, 7pm, Ferry Lane Community Room
Come along and help us set our priorities for the next three months.

Contact us
Report crime online or call 101. Always call 999 in an emergency.

PC Dean Holloway and PCSO Aisha Rahman
Riverside Neighbourhood Policing Team

You are receiving this because you signed up to community alerts. Manage your subscription.
""")

c.add("complaint", subject="The party does NOTHING", sender=P("Siobhan", "Murphy"),
      tags=("hard-negative", "angry", "news-about-threats"),
      body="""Sam,

I'm writing to you because I don't know who else in this party actually reads their email.

In the last year I've watched three of our women councillors in this borough stand down, and every one of them said the abuse was part of the reason. Not the hours, not the money - the abuse. And what has the party done? A webinar. A PDF on Membersnet. A line in a regional newsletter telling them to "never canvass alone", as though the problem was them.

Other parties have funded security for their councillors. Ours tells them to fill in a form.

I want the CLP to put this on the GC agenda properly, not as item 14 at 9.25pm, and I want our delegates to raise it at Regional Conference. And I want to know what the EC has actually done since the motion we passed in March, because as far as I can tell the answer is nothing.

Siobhan Murphy
Northgate
""")

c.add("data-protection", subject="my address on the website", sender=P("Brian", "Campbell"),
      tags=("hard-negative", "privacy-request", "dp-no-legal-words"),
      body="""Hi Sam

I was the Wharfside branch secretary until the AGM. My home address and phone number are still on the "contact your branch" page of the website. Could you take them off please and put the new secretary's details up, or just the general CLP email? I'd rather my address wasn't floating about on the internet now I'm not doing the job.

Cheers
Brian
""")

c.add("procedural", subject="Draft risk assessment - selection hustings 12 March (for EC)",
      sender=P("Fatima", "Malik"), fmt="alt",
      tags=("hard-negative", "risk-assessment"),
      body="""Hi Sam,

Here's the draft risk assessment for the parliamentary selection hustings, for the EC to sign off on Monday. The venue's own assessment covers the building; this covers our event.

Event: PPC selection hustings, Wharfside Community Centre main hall, 12 March, 7-9.30pm. Expected attendance 120-160 members.

1. Fire / evacuation - Low. Venue fire exits briefed at start by chair; two stewards know assembly point (car park B). Nobody to sit in the aisles.
2. Overcrowding - Medium. Capacity 180. Sign-in at door, count kept; overflow room with screen if needed.
3. Slips and trips - Low. Cables taped; wheelchair space at front left kept clear.
4. Medical emergency - Low. Two first-aiders (Bev, Terry); venue defibrillator at reception.
5. Disruptive or aggressive attendee - Low. Members-only event, membership checked at the door. Chair has authority to ask anyone behaving disruptively to leave and to adjourn if necessary; venue duty manager on site.
6. Candidates leaving late - Low. Candidates' cars in staff car park; stewards stay until last candidate has gone.
7. Data - sign-in sheets returned to secretary the same night and shredded after the count.

Stewards: Bev Hall, Terry Wood, Kwame Appiah, Rosa Martin.

Shout if anything's missing.
Fatima
Events officer
""")

c.add("urgent", subject="URGENT - Wharfside Community Centre closed Wed and Thurs",
      sender=("Wharfside Community Centre", "bookings@wharfsidecc.example.org.uk"),
      tags=("hard-negative", "bomb-disposal", "benign-violent-word"),
      body="""Dear hirer,

Army bomb disposal are on site at the Riverside Quay development this afternoon after builders uncovered what's believed to be an unexploded Second World War device. The police cordon (about 200 metres) includes our building, and we've been told it will stay in place until at least Thursday evening.

This means your booking for Wednesday 7pm (Wharfside branch, Main Hall) cannot go ahead here. We are very sorry for the short notice.

The Leisure Centre on Bridge Street have said they can take displaced bookings in their Studio 2 tomorrow at the same time - please ring them directly on the number on their website and mention us. Your hire fee will be refunded in full.

Kind regards,
Carol
Bookings, Wharfside Community Centre
""")

c.add("complaint", subject="Canal Street - you are killing it", sender=P("Andrew", "Bell"),
      tags=("hard-negative", "metaphor", "angry"),
      body="""Dear Secretary,

I'm a member and I run the hardware shop on Canal Street, and I'm asking you to pass this to our councillors because they stopped answering me.

Cllr Osei's parking changes will kill Canal Street stone dead. Three shops have gone already since the charges went up. The council will have blood on its hands when the last independent shuts and it's all vape shops and bookies. It's political suicide for the party round here, and I say that as someone who's delivered leaflets for you for fifteen years.

I'll fight this like hell, at the council and at the ballot box if I have to. Someone needs to listen.

Andrew Bell
Bell's Hardware
""")

c.add("query", subject="leaflets in!", sender=P("Leanne", "Okoro"),
      tags=("hard-negative", "benign-violent-word"),
      body="""Sam!

Leaflets are in, 6,000 of them, they cost a bomb but they look fab. They're in my garage, shoot me a text when you want to come and grab some for St Anne's.

We're going to hit the doors hard on Saturday in the target streets - can you send me the list of target streets for Northgate by Thursday? Dave says the one I've got is from 2024.

And tell Kwame to knock 'em dead at the hustings!!

L x
""")

c.add("complaint", subject="My suspension", sender=P("Gary", "Parker"),
      tags=("hard-negative", "legal-threat", "angry"),
      body="""Mr Okafor,

I received a letter yesterday telling me my membership is "administratively suspended pending investigation". Nobody has told me what I am supposed to have done, who complained, or when I will get a chance to answer it. I have been a member for 22 years and a branch officer for eight of them.

I am entitled to know the allegation. I am entitled to a fair process. I have had neither.

If I do not receive a proper explanation within 14 days, you will be hearing from my solicitor, and I will make sure every member in Northgate knows how this party treats people who have given it half their lives.

G. Parker
""")

c.add("bulk", subject="Riverside Reform mentioned you in a post", sender=("X", "notify@x.com"),
      headers=c.newsletter_headers("other"), fmt="alt",
      tags=("hard-negative", "metaphor", "social"),
      body="""Riverside Reform @RiversideReformUK mentioned you

"Enjoy it while it lasts @RiversideLabour. We're coming for every one of your seats in May and you know it. 🗳️ #RiversideDeservesBetter"

Reply  Repost  Like

View on X

This email was sent to @RiversideLabour. Unsubscribe from these notifications.
X Corp. 1355 Market Street, Suite 900, San Francisco, CA 94103
""")

c.add("other", subject="canvass returns Sat - Lock St", sender=P("Jason", "Evans"),
      tags=("hard-negative", "rudeness"),
      body="""Returns from Saturday attached-ish (photo of the sheets below, sorry).

52 contacts, 19 L, 11 against, rest don't know / not in.

14 Lock St - man told me to f*** off and slammed the door, said Labour have ruined the country. Mark him as hostile and don't send anyone back lol. Otherwise a really nice session, lots of people wanting to talk about the bus cuts.

J
""")

c.add("query", subject="Fw: Membersnet account will be suspended - real??", sender=P("Moira", "Stewart"),
      tags=("hard-negative", "security", "forwarded"),
      body=c.forward(
          """Sam is this real? It looks a bit odd to me and the link goes somewhere funny when I hover. I don't want to lose access before the ballot. Moira""",
          """Dear Member,

Your Membersnet account will be SUSPENDED within 24 hours due to unusual sign-in activity.

To keep your access please verify your identity at the link below:
http://membersnet-labour-verify.co/login

Failure to verify will result in permanent loss of your membership records.

Labour Party Membership Team""",
          "Labour Membership <membership-noreply@secure-labour-verify.co>", "ACTION REQUIRED: account suspension"))

c.add("urgent", subject="Request for comment by 3pm today - councillor abuse survey",
      sender=("Priya Desai", "priya.desai@riversideecho.example.co.uk"),
      tags=("hard-negative", "news-about-threats", "press-deadline"),
      body="""Hi Sam,

I'm writing a piece for tomorrow's Echo on the national survey out this morning which found that most councillors have faced abuse or intimidation this year, and that women are far more likely to be targeted.

I've got comments from the council leader and the Lib Dem group. Could Riverside Labour give me a line on (a) whether you think the parties are doing enough to protect councillors and candidates, and (b) anything the CLP does locally?

My deadline is 3pm today. Happy to take it by email or phone.

Thanks,
Priya Desai
Local Democracy Reporter, Riverside Echo
""")

c.add("bulk", subject="[Riverside Members] Re: Should the CLP come off Twitter/X?",
      sender=P("Callum", "Stewart"), headers=c.list_headers("Riverside Members"),
      tags=("hard-negative", "list", "news-about-threats"),
      body="""I've been thinking about this thread since Thursday so here's my long answer, sorry.

I agree with Rachel that the atmosphere on X has got a lot worse. The pile-ons that women MPs and Black MPs get are disgusting and the platform does nothing. I don't think anyone is arguing that online abuse isn't a real problem - the question is whether the CLP account leaving makes any difference to it.

My view is it doesn't. Our account has 2,300 followers, most of them local journalists, councillors from other parties and our own members. It's one of the few places the Echo picks up our press releases. If we leave, the abusers don't notice and the journalists do.

What I'd rather we did:
1. keep the account but stop arguing in the replies - post, don't engage;
2. set up a proper Bluesky and Instagram presence and put our effort there;
3. have a simple rule that nobody's personal account is ever tagged in CLP posts without asking them first;
4. take the general issue of online abuse to the policy forum, because it's a regulation question, not a CLP comms question.

Happy to be persuaded otherwise at the next meeting.

Callum
(comms officer, for my sins)

--
Riverside Members mailing list
riversidemembers@lists.example-labour.org.uk
""")

c.add("complaint", also=["query"], subject="path to the car park at St Anne's", sender=P("Sandra", "Thompson"),
      tags=("hard-negative", "general-safety"),
      body="""Dear Sam

Could I raise something about the GC venue. The path from the back of St Anne's hall to the car park on Church Lane is pitch black in winter because the lamp by the gate has been out since September. Several of the older members have said they feel unsafe walking it after 9 o'clock and two of us have nearly gone over on the kerb.

Nothing has happened to anyone, I want to be clear, it's the dark and the uneven paving. But it shouldn't take someone breaking a hip for the council to change a bulb.

Can the CLP report it or ask one of our councillors to chase it? And in the meantime could someone bring a torch or two on GC nights?

Sandra Thompson
""")

c.add("bulk", subject="Fire alarm test & evacuation drill - Tuesday 10:00",
      sender=("Canalside Business Centre Facilities", "facilities@canalsidebc.example.co.uk"),
      tags=("hard-negative", "drill-notice", "robot-no-list-headers"),
      body="""Dear Tenants,

Please be advised that the quarterly fire alarm test and full evacuation drill will take place on Tuesday at 10:00.

When the alarm sounds, please leave the building by the nearest exit, do not use the lifts, and make your way to the assembly point in the rear car park. Fire wardens will be wearing yellow hi-vis vests. Please do not re-enter until the all-clear is given.

If any member of your team will need assistance to evacuate, please let us know by Monday so a personal evacuation plan can be put in place.

Thank you for your co-operation.

Facilities Management
Canalside Business Centre

This is an automated message. Please do not reply to this email.
""")

c.add("complaint", subject="selection", sender=P("Derek", "Hughes"),
      tags=("hard-negative", "angry"),
      body="""Sam

The freeze date for the selection was changed without anybody telling the branches and about 40 people in Northgate who joined in the summer can't vote. Don't tell me that's an accident.

I'll be at the GC on Thursday to have my say and I won't be sitting quietly. And if this shortlist goes through the way it's being stitched up, watch this space, because there are plenty of us who'll be backing an independent in May.

Derek
""")

c.add("bulk", subject="Dave Kerr commented on your post", sender=FB, headers=c.newsletter_headers("Facebook"),
      tags=("hard-negative", "metaphor", "social"),
      body="""Dave Kerr commented on Riverside Labour's post: "Our councillors voted tonight to protect the Northgate children's centre..."

Dave Kerr
Labour are killing this town. Simple as. Protect the children's centre and close the library, make it make sense.

Reply  Like

View on Facebook

This message was sent to secretary@riverside-labour.org.uk. Unsubscribe.
Meta Platforms Ireland Ltd., Attention: Community Support, Dublin 2, Ireland
""")

c.add("bulk", subject="🔪 Murder Mystery Night - a killer evening for the campaign fund!",
      sender=("Riverside Labour", "news@riverside-labour.org.uk"), headers=c.newsletter_headers("Mailchimp"),
      fmt="alt", tags=("hard-negative", "benign-violent-word"),
      body="""RIVERSIDE LABOUR SOCIAL

Murder at the Manifesto Launch
A murder mystery night in aid of the May campaign fund

Saturday 24 January, 7pm
Ferry Inn function room
Tickets £15 (includes two-course supper)

The candidate has been found slumped over the podium. Was it the agent? The treasurer? The man from the printers? Come in costume, bring your sharpest detective skills, and help us raise money for the campaign.

Prizes for best costume and best "killer" theory.

Book your place: riverside-labour.org.uk/murdermystery

Riverside Labour | You are receiving this as a member of Riverside CLP | Unsubscribe
Promoted by S. Okafor on behalf of Riverside Labour.
""")

# ============================================================== ORDINARY ==========

c.add("query", subject="Fwd: proofs - Northgate Winter Focus", sender=P("Bev", "Hall"),
      tags=("ordinary", "forwarded"),
      body=c.forward(
          """Sam, proofs from Gregson's below. Can you check the imprint's right and that we're allowed to say "your Labour team" with Liam's name on - I can never remember the rules. They need sign-off by Friday. Bev""",
          """Hi Bev,

Please find attached the proofs for the Northgate Winter leaflet (A5, double-sided, 4,500 copies). Please check carefully and reply "approved" or with any amendments.

Delivery 5 working days from approval.

Kind regards,
Tasha
Gregson Print""",
          "Tasha at Gregson Print <studio@gregsonprint.example.co.uk>", "Proofs: Northgate Winter Focus"))

c.add("query", subject="New submission: Contact us", sender=c.form_robot(), reply_to="yusuf.k.94@gmail.com",
      tags=("ordinary", "webform"),
      body=c.webform({"Name": "Yusuf Khan", "Email": "yusuf.k.94@gmail.com", "Postcode": "RV4 2LT",
                      "Message": "Hi, I joined online last week. How do I find out which branch I'm in and when it meets? I'd like to help with leafleting. Thanks"}))

c.add("procedural", subject="Apologies - GC Thursday", sender=P("Rhys", "Jenkins"),
      tags=("ordinary",),
      body="""Hi Sam, please send my apologies for Thursday's GC, I'm working late. I've asked Naomi to take the St Anne's report. Rhys""")

c.add("bulk", subject="Automatic reply: Ferry Lane leaflet round", sender=P("Terry", "Wood"),
      headers=c.autoreply_headers("exchange"), tags=("ordinary", "autoreply"),
      body="""I'm away until Monday 1 December with limited access to email. For anything to do with Ferry Lane branch, please contact Graham Whitaker.

Terry
""")

c.add("bulk", subject="New responses to your event: Christmas Social", sender=FB,
      headers=c.newsletter_headers("Facebook"), tags=("ordinary", "social"),
      body="""Riverside Labour

Christmas Social - Fri 12 Dec at the Ferry Inn
Irene Collins, Lewis Martin and 9 others are going.
4 people are interested.

See event

This message was sent to secretary@riverside-labour.org.uk. Unsubscribe.
Meta Platforms Ireland Ltd.
""")

c.add("procedural", subject="Re: draft minutes - October GC", sender=P("Kwame", "Appiah"),
      tags=("ordinary", "quoted"),
      body=c.quote_reply(
          """Thanks Sam. One correction: under item 6 the bus motion was passed with 2 abstentions, not 1 (I abstained as well as Lewis). Otherwise fine by me.

K""",
          """Dear all,

Draft minutes of the October GC attached for comment before they go to the November meeting for approval. Please send corrections by Sunday.

Sam"""))

c.add("bulk", subject="[Riverside Members] Quiz night - teams of 6",
      sender=P("Julie", "Foster"), headers=c.list_headers("Riverside Members"),
      tags=("ordinary", "list"),
      body="""Friday 28th, Ferry Inn, 7.30 for 8. £3 a head, teams of up to 6, proceeds to the hardship fund. Picture round is "guess the 1997 cabinet minister" so start revising.

Tell me your team name by Wednesday!
Julie

--
Riverside Members mailing list
riversidemembers@lists.example-labour.org.uk
""")

c.add("other", subject="thank you", sender=P("Irene", "Collins"),
      tags=("ordinary",),
      body="""Dear Sam,

Just a note to say thank you for the card and the flowers from the branch after my operation. I'm home and doing well, and the physio says I'll be back on leaflets by spring. Don't let them give Mill Close to anyone else!

Love,
Irene
""")

c.write()
