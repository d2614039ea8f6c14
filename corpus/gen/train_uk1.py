"""train/uk1: a season of one secretary's inbox, part 1 (Lambourne Cross CLP, an inner-city London
seat). All content hand-written.

Late February to early April 2026: the run-up to the May borough elections. The secretary, Nadia
Chowdhury, works part-time at Lambourne library and lives off Ropewalk Street. The chair is Femi
Adebayo; the MP is Helen Mabry, whose caseworker is Kieran Doyle. The rows of the season: the Market
Row low-traffic neighbourhood, the Brunswick Estate demolition and ballot, the Tollgate youth club
closure in the council budget, Gaza, Ramadan falling across the GC dates, and a Tollgate ward
selection that some people think was rigged. Cllr Kofi Osei (Market Row) gets the worst of it.
Lionel Pratt starts as an admirer of Nadia's chairing and becomes a problem.

48 non-threats (8 complaint, 8 query, 7 procedural, 5 urgent, 4 data-protection, 8 bulk, 8 other)
and 12 safety, most of them quiet: a remark at the end of a complaint, a car noticed, a canvasser
followed, a forwarded message, an envelope, an address posted in a Facebook group."""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "uk1", seed=7301)
c.clp = ("Lambourne Cross CLP", "Nadia Chowdhury", "secretary@lambournecrosslabour.org.uk")
P = c.person
D = c.date


def redate(raw, date):
    """Give a bounce from mailkit a date inside this script's season."""
    return re.sub(rb"^Date: [^\r\n]*", b"Date: " + date.encode(), raw, count=1, flags=re.M)


SEC = "Nadia Chowdhury <secretary@lambournecrosslabour.org.uk>"

FEMI = ("Femi Adebayo", "femi.adebayo@lambournecrosslabour.org.uk")
KIERAN = ("Kieran Doyle", "kieran.doyle@helenmabry-office.org.uk")
OSEI = ("Cllr Kofi Osei", "kofi.osei@lambourne-council.gov.example")
LIONEL = ("Lionel Pratt", "lionel.pratt52@btinternet.com")
PAULINE = ("Pauline Shaw", "pauline.shaw.tollgate@gmail.com")

# ================================================================ late February

c.add("procedural", subject="apologies thurs", sender=("Marcia Greaves", "marciag78@icloud.com"),
      date=D(281), tags=("mobile",),
      body="""Hi Nadia, apols for GC on Thursday, on nights all week. Can you put me down as voting for the Brunswick motion if thats allowed (prob isnt lol)

Marcia

Sent from my iPhone""")

c.add("procedural", subject="Motion for March GC - Brunswick Estate ballot (Brunswick & Canal Basin branch)",
      sender=("Declan Furey", "declan.furey@outlook.com"), date=D(280), fmt="alt",
      tags=("hard-negative", "metaphor"),
      body="""Dear Nadia,

Please find below the motion passed at Brunswick & Canal Basin branch on 17 February for inclusion on the agenda of the March General Committee. It was passed 23 for, 2 against, 1 abstention. Mover: Cllr Joy Amankwah. Seconder: Declan Furey.

MOTION: A BALLOT BEFORE THE BULLDOZERS

This CLP notes:
1. Lambourne Council's cabinet agreed on 4 February to proceed to the "options appraisal" stage for the Brunswick Estate, including full demolition of Kestrel, Heron and Plover Houses.
2. The Mayor of London's funding conditions require a residents' ballot where demolition is proposed, but the council has described the current stage as "pre-ballot engagement".
3. Over 300 residents signed the Brunswick Tenants' and Residents' Association petition in January.

This CLP believes:
1. That regeneration done to a community rather than with it will tear the heart out of an estate that has housed working-class Londoners since 1968.
2. That Labour councils should be the first, not the last, to give tenants a vote.

This CLP resolves:
1. To write to the Leader of the Council and the Cabinet Member for Housing asking that no demolition option is taken forward without a binding residents' ballot.
2. To ask our Brunswick ward candidates to make this commitment in their May literature.
3. To invite the BTRA to address a future GC.

Could you let me know if it's in time? I think the deadline was the 21st but the branch only met on the 17th and I've been off sick since.

Thanks,
Declan

Declan Furey
Branch Secretary, Brunswick & Canal Basin
07700 900 418""")

c.add("bulk", subject="Your weekly membership report - Lambourne Cross CLP",
      sender=("Labour Membership System", "no-reply@members-portal.example-labour.org.uk"), date=D(279),
      fmt="html", tags=("confuser", "robot-no-list-headers", "html-only"),
      html_body="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#d50000;color:#fff;padding:12px 16px;font-size:18px">Membership report</td></tr>
<tr><td style="padding:16px">
<p>Hello Nadia,</p>
<p>Your weekly membership report for <b>Lambourne Cross CLP</b> (week ending 20 February 2026) is ready.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>New members</td><td><b>7</b></td></tr>
<tr><td>Rejoined</td><td><b>2</b></td></tr>
<tr><td>Lapsed (more than 6 months in arrears)</td><td><b>3</b></td></tr>
<tr><td>Resigned</td><td><b>4</b></td></tr>
<tr><td>Transfers in / out</td><td><b>1 / 2</b></td></tr>
</table>
<p>Log in to view and download the full report. Reports are kept for 28 days.</p>
<p style="font-size:11px;color:#777">This is an automated message. Please do not reply to this email, replies are not monitored. You are receiving this because you are registered as an officer with access to membership data. Handle member data in line with the party's data protection policy.</p>
</td></tr></table></body></html>""",
      body="")

c.add("query", subject="change of adress and branch", sender=("Agnieszka Wróbel", "a.wrobel.lond@gmail.com"),
      date=D(278), tags=("non-native", "hard-negative", "benign-personal-details"),
      body="""Good morning,

My name is Agnieszka Wróbel, I am member of Labour since 2019 in Tollgate ward. In January I moved with my family to new flat in Ropewalk Street (number 19, flat 4) because the old landlord sell the building. Please can you tell me now which branch I am belong and when is the meeting? Also I must change my adress on the membership, I try on the website but it ask me for password which I dont remember and the email for reset it not coming.

Thank you very much for help
Agnieszka""")

c.add("complaint", subject="URGENT - why was I not informed??", sender=("Terry Bolt", "terrybolt1951@aol.com"),
      date=D(277), tags=("confuser", "urgent-subject-not-urgent", "angry", "elderly"),
      body="""Nadia

I've just found out from a neighbour that St Judes had its meeting to pick the second council candidate LAST MONTH. I have been a member of this party for 31 years and I didn't get an email, a letter, a text, nothing. Neither did my wife. Apparently it was "on Membersnet". I don't go on Membersnet. I'm 74.

This is not the first time. The campaign day in November - same thing. I'm starting to think certain people in St Judes only want certain people in the room and you know exactly who I mean.

I want an explanation in writing and I want to know what you're going to do to make sure it never happens again.

T. Bolt""")

c.add("urgent", subject="Tonight - Main Hall problem", sender=("Sharon Petit", "centre.manager@ropewalkcentre.org.uk"),
      date=D(276), fmt="alt", tags=("supplier",),
      body="""Hi Nadia,

I'm really sorry to be emailing about this at 2pm but I can't get through on your mobile. We've had a burst pipe above the main hall - water came through the ceiling tiles at lunchtime and the electrician has told us nobody can use the hall until the circuits have been checked, which won't be before Monday.

That means your General Committee tonight (7pm, booked for 60) can't go ahead in here. The small meeting room upstairs only takes 20.

I've rung St Jude's church hall on your behalf and Father Tom says they are free from 7 but he needs to hear from someone in charge by 4pm today so he can get the caretaker in. His number is 020 7946 0311.

Obviously there'll be no charge for tonight. Again, so sorry.

Sharon

Sharon Petit | Centre Manager
Ropewalk Community Centre
Ropewalk Street, London
Registered charity no. 1099431
This email and any attachments are confidential and intended solely for the addressee.""")

c.add("safety", subject="Market Row LTN", sender=("Gary Pinnock", "gpinnock@virginmedia.com"), date=D(275),
      tags=("implicit", "veiled", "embedded"),
      body="""To whoever reads this,

I've written to the council three times about the planters on Market Row and Tanner's Lane and I'm told it's "an experimental order" and I can "comment on the consultation". I commented. So did about 400 other people on the Facebook group. It made no difference.

My mum is 81 and lives on Heron Street. Her carer now has to drive all the way round by the gasworks to get to her, which adds twenty minutes each way and the agency charges by the hour. The 188 is slower. The cabs won't come in. None of this was in your leaflet.

I'd like to know what your candidates in Market Row are going to do about it, because they were happy enough to knock on my door in 2022.

One more thing. Tell Cllr Osei he wants to be careful. People round here know the silver Prius with the residents' permit that's always outside 27 Tanner's Lane. It's a very quiet road at night now, thanks to him.

Gary Pinnock""")

c.add("bulk", subject="Automatic reply: Brunswick motion - can Helen respond?", sender=KIERAN, date=D(275),
      headers=c.autoreply_headers("exchange"), tags=("autoreply",),
      body="""Thank you for your email.

I am out of the office until Monday 9 March with limited access to email. For constituency casework please call the office on 020 7946 0552 or email casework@helenmabry-office.org.uk and a member of the team will pick it up.

If your matter concerns an immediate risk to life, please contact the emergency services.

Kieran Doyle
Senior Caseworker, Office of Helen Mabry MP""")

# ================================================================ early March

c.add("other", subject="Thank you", sender=("Edna Coyle", "edna.coyle@talktalk.net"), date=D(274),
      tags=("elderly",),
      body="""Dear Nadia,

Just a short note to say thank you to you and to the young man, Callum I think he was, who brought me home after the meeting on Thursday. It was very kind as the lift in my block was broken again and he carried my bag of leaflets all the way up to the fifth floor. I have delivered them all now, Kestrel House floors 1 to 8. My knees won't be doing Heron House!

I hope your mother is keeping better.

With love,
Edna Coyle
(Brunswick branch, member since 1961)""")

c.add("data-protection", subject="Your canvasser", sender=("Claire Hendry", "claire.hendry@gmail.com"), date=D(273),
      tags=("confuser", "dp-no-legal-words"),
      body="""Hello,

A woman came to my door on Saturday with a Labour rosette and a clipboard and said "Hello, is it Claire?" I have never given my name to the Labour Party. I'm not a member. I've never signed anything. She also seemed to know that my partner lives here, and asked for him by name.

I'm not angry, I'm just a bit unsettled. Where did you get our names from? What else is written on that clipboard about us? And could you please make sure nobody comes to this flat again.

Claire Hendry
Flat 9, Plover House""")

c.add("complaint", subject="LTN - you are killing Market Row", sender=("Mehmet Arslan", "arslanfoodcentre@hotmail.co.uk"),
      date=D(272), tags=("hard-negative", "metaphor", "angry", "non-native"),
      body="""Dear Labour party,

I have the grocery shop on Market Row 22 years. Since your council put these flower boxes in the road my takings is down by one third. Delivery lorry can not reach my shop before 10am now. Customers from other side cannot drive to me. This scheme is killing Market Row, slowly, shop by shop. Three shutters down since Christmas, the barber, the phone shop and Mr Lam.

I always vote Labour, my father always vote Labour. This year I dont know. Somebody from your party should come and stand in my shop for one Saturday and see with his own eyes.

Mehmet Arslan
Arslan Food Centre, 41 Market Row""")

c.add("query", subject="Step-free access at St Jude's hall?", sender=("Jo Whitlock", "jo.whitlock@outlook.com"),
      date=D(271), tags=("access-needs",),
      body="""Hi,

I'm a new member (joined in January) and I'd like to come to my first GC, but I use a wheelchair. Is St Jude's church hall step-free, and is there an accessible loo? I also have a PA who comes with me - is that OK, and does she need to sign in as a guest?

Many thanks
Jo Whitlock""")

c.add("query", subject="iftar 12 march", sender=("Rokeya Begum", "rokeya.begum87@hotmail.com"), date=D(270),
      tags=("non-native",),
      body="""Assalamu alaikum Nadia apa,

I see on the facebook the branch is doing iftar in Tollgate community centre on 12 March. My mother and my aunty want to come, they are not member but they support Labour long time. They not speak much English. Is it ok they come? Is there separate place for the ladies to pray?

And I can bring some food, my mother make very good samosa for everyone, how many people is coming?

Thank you
Rokeya""")

c.add("procedural", subject="Tollgate branch AGM - officer returns", sender=("Aaliyah Grant", "aaliyah.grant@gmail.com"),
      date=D(270), tags=("branch-agm",),
      body="""Nadia - Tollgate AGM was last night, quorate (19 present). Results below, signed form to follow when Ken's scanned it.

Chair: Ken Adu (re-elected unopposed)
Vice-chair: Ruth Mensah-Lyle
Secretary: me again, sadly
Treasurer: Rafael Duarte
Women's officer: Shanice Broome
Youth officer: vacant
Delegates to GC (4): Ken Adu, Rafael Duarte, Pauline Shaw, Omar Farah
Auditor: not elected - can branches skip this now we don't hold our own account?

The meeting also agreed to send a motion on Tollgate Leisure Centre to the April GC. I'll send the text separately once Rafael has tidied up the wording.

A.""")

c.add("urgent", subject="Press enquiry - Brunswick motion - deadline 4pm today",
      sender=("Lauren Fogarty", "lauren.fogarty@lambournegazette.co.uk"), date=D(269), tags=("press",),
      body="""Hi Nadia,

Lauren from the Gazette here. We're running a piece online this afternoon and in Thursday's paper about the Brunswick Estate, and we understand Lambourne Cross Labour is due to debate a motion calling for a ballot, which would put the CLP at odds with the council cabinet.

Could you confirm:
- whether the motion is on this week's GC agenda
- whether the CLP has a position on a ballot
- who I should speak to for a comment (your chair?)

My deadline is 4pm today. If I don't hear back I'll have to say the local party did not respond to a request for comment.

Best,
Lauren Fogarty
Local Democracy Reporter, Lambourne Gazette
m. 07700 900 233""")

c.add("safety", subject="Re: GC agenda 12 March", sender=("Barry Feeney", "barry.feeney@sky.com"), date=D(268),
      tags=("veiled", "implicit", "quoted"),
      body=c.quote_reply(
          """Noticed my LTN motion isn't on it. Third month running. Fine.

Tell Femi to enjoy chairing on Thursday. A few of us will be there. He might want to have a think about who's walking him back to his bike afterwards, because it won't be anyone he'd choose.

B.""",
          """Dear all,

Please find attached the agenda and papers for the General Committee on Thursday 12 March, 7pm, Ropewalk Community Centre (main hall). Motions received by the deadline are at item 7. Apologies to me please.

Nadia Chowdhury
Secretary, Lambourne Cross CLP""", quoted_from=SEC, quoted_date=D(271), style="gmail"))

c.add("bulk", subject="Spring election print: order by 20 March for May delivery",
      sender=("Redhouse Print Co-op", "hello@redhouseprint.co.uk"), date=D(268), fmt="alt",
      headers=c.newsletter_headers("Mailchimp"), tags=("hard-negative", "benign-violent-word", "newsletter"),
      body="""REDHOUSE PRINT CO-OP - ELECTION SEASON 2026

Hello Nadia,

Polling day is 7 May. If you want your final "Good Morning" leaflets and your postal-vote mailing on the mat in time, artwork needs to reach us by Friday 20 March.

THIS MONTH ONLY
* 10,000 A5 full colour, both sides, 130gsm silk - £389 + VAT
* 25,000 DL three-fold - £612 + VAT
* Imprints checked free by our studio (no more reprints because someone forgot the promoter's address!)

Target letters that don't cost a bomb: personalised, folded, inserted and handed to Royal Mail for you from 29p each.

Union-recognised (Unite), 100% recycled stock available, and we're two stops from Lambourne Cross on the Overground.

Order online or reply to this email.

Redhouse Print Co-operative Ltd, Unit 4 Arches Yard, London
You're receiving this because you ordered from us in 2024. Unsubscribe | Update preferences""")

c.add("query", subject="volunteering??", sender=("Maya", "mayaxjones04@gmail.com"), date=D(267),
      tags=("noisy", "mobile"),
      body="""hiya im at uni (kcl) and wanna help w the campaign, never done it b4 tho. do i need to be a member?? also can i do weekends only bc i work fridays. thx x

maya""")

c.add("complaint", subject="Resignation", sender=("Ibrahim Jalloh", "ibrahim.jalloh@gmail.com"), date=D(266),
      tags=("hard-negative", "angry"),
      body="""Dear Nadia,

I have thought about this email for a long time and rewritten it more times than I want to admit, so I'm going to try to keep it calm.

I joined the Labour Party in 2015. I came to my first meeting in the back room of the Ropewalk Tavern because a councillor had helped my uncle with his housing, and I thought: these are people who turn up. I have turned up ever since. I have delivered in the rain on Heron Street. I ran the phone bank in 2019 when we lost nearly everywhere else. I sat through four years of EC meetings that went past eleven o'clock. I'm telling you this not to boast but so you understand this isn't a tantrum.

I cannot stay in a party whose government has spent two years refusing to say plainly what everyone can see in Gaza, whose ministers talked about "the right to defend" while children were being pulled out of rubble, and which suspended members in this borough for saying so. I raised this at branch in 2024 and was told it was "not a matter for the branch". I raised it at GC and the motion was ruled out of order on a technicality. I wrote to Helen twice and got the same paragraph back twice.

I also can't stand on the doorsteps of Tollgate, where half the people I know are Muslim, and ask them to trust us in May. I've done it. They look at me like I should know better. Maybe I should.

So please take this as my resignation from the party with immediate effect. I've already cancelled the direct debit. Please remove me from the branch lists and the WhatsApp groups.

I want to say clearly: this is not about you. You have always been fair to me, including when I was difficult. And I hope the Brunswick ballot motion passes - that's the kind of thing that made me join.

What I would ask is that you read this out, or at least report it, at the next GC. I think members should know why people like me are going. There are more of us than the officers think.

With respect and real sadness,
Ibrahim Jalloh
(formerly Tollgate branch, political education officer 2019-2022)""")

c.add("procedural", subject="Nomination - London Labour conference delegate",
      sender=("Chidinma Eze", "chidinma.eze@outlook.com"), date=D(265), tags=(),
      body="""Dear Secretary,

I'd like to nominate myself as one of the CLP's delegates to London Labour Conference in June.

I've been a member for four years, I'm Market Row branch's political education officer and I was a GC delegate last year. I'd like to be considered for one of the women's places.

Please let me know whether I need a seconder, whether there's a word limit for a statement, and when the ballot will be.

Best wishes,
Chidinma Eze""")

c.add("other", subject="council tax", sender=("Denise Marlowe", "denise.marlowe@yahoo.co.uk"), date=D(264),
      tags=("misdirected",),
      body="""Hi there

I got a letter saying I owe £312 council tax arrears from 2024 but I paid it all by direct debit, I have the bank statements. I've attached them. Account ref 4470019852. Please can you sort this out as the letter says it will go to enforcement agents after 14 days and I'm panicking a bit.

Thanks
Denise Marlowe
14b Canal Row""")

# ================================================================ mid March

c.add("data-protection", subject="Your email yesterday - everyone's address visible",
      sender=("Tom Ashworth-Reid", "tom.ashworthreid@protonmail.com"), date=D(263),
      tags=("confuser", "dp-no-legal-words"),
      body="""Nadia,

Yesterday's "Canvassing this weekend!!" email from the Market Row branch account went out with all 140-odd of us in the CC box, not BCC. I can now see the personal email of every member in the branch, including a couple of people I know for a fact don't want it known that they're members (one of them works for the council in a politically restricted post).

Somebody has already hit reply-all to moan about it, which has made it worse.

Can you (a) ask people to delete it, (b) tell me whether this needs reporting to anyone, and (c) get whoever runs the branch account to use BCC or the party's mailing tool. It isn't the first time.

Tom""")

c.add("safety", subject="the red Fiat", sender=("a neighbour", "lambourne.watcher@protonmail.com"), date=D(262),
      tags=("implicit", "veiled"),
      body="""Nadia.

You should tell whoever does your car that the red Fiat's got a slow puncture, back left. It was in the staff spaces behind the library again on Tuesday and Thursday, same as always, same corner by the bins. You leave at half five. It's dark at half five for a few more weeks yet.

People like you should think harder about who you let speak for you on that estate.""")

c.add("query", subject="Can my son come canvassing?", sender=("Lisa Carrington", "lisa.carrington@sky.com"), date=D(262),
      tags=("hard-negative", "benign-personal-details"),
      body="""Hi Nadia,

My son Kayden is 15 and doing politics at school, and he's really keen to come out on the doors with me on Saturdays. Is that allowed with the insurance or whatever, and does he need to be a member? (I think you can join Young Labour at 14?)

He'd be with me the whole time. We're usually free after his football, which finishes about 11 at Ropewalk Rec, so we could do the afternoon sessions.

Thanks,
Lisa""")

c.add("urgent", subject="Your job LC-2291 - collection tomorrow", sender=("Dev Raichura", "dev@redhouseprint.co.uk"),
      date=D(261), tags=("supplier",),
      body="""Nadia, quick one - your 12,000 Brunswick/Canal Basin A5s are off the press and boxed.

We've had a clash with the van so we can't deliver Friday like we said. Can someone collect from the unit tomorrow (Thursday) between 7.30 and 9am? After 9 the loading bay's taken by another job all day and we'd have to put your pallets in the yard, and with the rain forecast I really don't want to.

It's 12 boxes, so an estate car or a small van. Ring me on 07700 900 781 tonight to confirm.

Dev
Redhouse Print Co-op""")

c.add("other", subject="Dad", sender=("Siobhan Rourke-Mills", "siobhan.rm@gmail.com"), date=D(260),
      tags=("condolence",),
      body="""Dear Nadia and everyone at the Labour Party,

I'm writing with sad news. My dad, Patrick (Paddy) Rourke, died peacefully at St Thomas' on Sunday after a short illness. He was 84.

He was so proud of his party card. He joined in 1958, the year he came over from Mayo to work on the buildings, and he was still delivering leaflets in Heron Street until last summer, whatever we said.

The funeral is at Our Lady of the Assumption, Tollgate Road, on Friday 20 March at 11am, and afterwards at the Ropewalk Tavern. He would have loved it if some of his comrades (his word!) could come. If anyone has a banner that could be there, I think he'd have liked that even more.

With thanks,
Siobhan""")

c.add("safety", subject="Worried about something on Saturday", sender=("Ruth Mensah-Lyle", "ruth.mensahlyle@gmail.com"),
      date=D(259), tags=("third-party-report", "following"),
      body="""Hi Nadia,

I'm not sure who I should tell about this so I'm starting with you. Please pass it on if it should go to regional or the police.

On Saturday's Brunswick session I was paired with Tanisha, the 17-year-old from the sixth form. We finished on Plover House about 4.15. A man who'd been standing by the bins on the ground floor when we arrived was still there when we came out, and he followed us across the green to the bus stop on Tollgate Road. He didn't say anything at first. At the stop he asked Tanisha which road she lived on and whether she "did this every week". She said no and he laughed and took a photo of her on his phone, then walked off towards Kestrel House.

White guy, fifties, grey hoodie, small dog. I think he might be the one who shouted at us on the same block in February.

Tanisha was shaken and her mum rang me last night. I've told her she doesn't have to do Brunswick again. But I think we should stop pairing young volunteers on that block without a third person, and someone should know about it officially.

Ruth""")

c.add("complaint", also=["query"], subject="Cllr Manning - Tollgate branch meeting 10 March",
      sender=("Rafael Duarte", "rafael.duarte@duarteaccountancy.co.uk"), date=D(259), fmt="alt", tags=(),
      body="""Dear Nadia,

I am writing, as treasurer of Tollgate branch, to raise a formal complaint about the conduct of Cllr Derek Manning at our branch meeting on Tuesday 10 March.

During the item on the leisure centre, Cllr Manning repeatedly spoke over two women members, Shanice Broome and Pauline Shaw. He described Ms Broome's contribution as "hysterical". When the chair asked him to withdraw the remark he refused, slammed his folder on the table and said, in front of a new member attending her first meeting, that "this branch is finished if people like you are running it". He then left.

Several members have since told me they will not come back while he attends.

I would be grateful if you could tell me what the correct process is. Does a complaint of this kind go to the CLP officers, or directly to the party's national complaints team? I have written notes made the same evening and three members willing to give statements.

Kind regards,

Rafael Duarte
Treasurer, Tollgate branch

Duarte & Co Chartered Accountants | 3 Tollgate Parade, London
This e-mail is confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it. Duarte & Co accepts no liability for viruses.""")

c.add("complaint", also=["query"], subject="GC dates", sender=("Omar Farah", "omar.farah.lc@gmail.com"), date=D(258),
      tags=("confuser", "complaint-as-query"),
      body="""Nadia,

Could you explain why the GC was moved to Thursdays this year, when Tollgate members told the EC in January that a Thursday meeting during Ramadan means leaving before the vote to break fast?

Was anyone asked? Was it decided by the EC or just by the officers? And is there a reason the minutes of the EC that supposedly agreed this still haven't been circulated, six weeks later?

I'd be grateful for an answer to each of those questions before the next GC.

Omar Farah
GC delegate, Tollgate""")

c.add("bulk", subject="Nadia, 3 days left to stop the library closures",
      sender=("Save Lambourne Libraries", "info@savelambournelibraries.org"), date=D(258), fmt="alt",
      headers=c.newsletter_headers("Action Network"), tags=("campaign-tool",),
      body="""Nadia,

On Monday the council's cabinet will decide whether to close three of Lambourne's seven libraries, including Tollgate and Canal Basin.

Over 6,200 people have already signed. Can you add your name before the consultation closes at midnight on Sunday?

[ SIGN THE PETITION ]

Then forward this to five friends. Libraries are where our kids do homework, where older neighbours get warm and where people without the internet apply for jobs.

Thank you,
Bea, Jordan and the Save Lambourne Libraries team

Sent via Action Network. Update your email preferences or unsubscribe.""")

c.add("safety", subject="Tollgate selection", sender=("Desmond Faye", "desfaye@hotmail.com"), date=D(257),
      tags=("conditional", "veiled"),
      body="""Nadia

I'm told the NEC panel are "reviewing" the Tollgate selection and might let it stand. I'll be plain with you. If that selection stands and Carter is our candidate after what went on in that room, I won't be responsible for what happens at her first surgery, and I won't be the only one there.

I've held my tongue in this party for twenty years. Not this time.

Des Faye""")

c.add("procedural", subject="Re: draft EC minutes 24 Feb", sender=FEMI, date=D(257),
      tags=("hard-negative", "news-about-threats"),
      body="""Nadia - thanks for these. Two corrections before they go out:

item 4: it was Rafael not Ruth who reported on the bank mandate
item 6: the vote on the April GC date was 7-2, not unanimous. Pauline and Omar against, and Omar asked for it to be recorded.

Otherwise fine.

Can we also add "Candidate and volunteer safety" as a standing item on the April EC agenda? Regional have asked every CLP in London to after what happened to that candidate in Enfield, and I'd rather we had a plan before someone gets hurt than after.

F""")

c.add("bulk", subject="[London Labour Bulletin] Week 11: nominations timetable, candidate safety webinar, phone bank targets",
      sender=("London Labour", "bulletin@labour-london-region.org.uk"), date=D(256),
      headers=c.list_headers("London Labour Bulletin", domain="lists.labour-london-region.org.uk"),
      tags=("hard-negative", "news-about-threats", "list"),
      body="""LONDON LABOUR BULLETIN - WEEK 11

1. NOMINATIONS
Nomination papers for the borough elections must be delivered by hand to your council's Electoral Services by 4pm on Thursday 9 April. Agents: please book your informal check appointment now. Do not leave it to the last day.

2. CANDIDATE AND VOLUNTEER SAFETY WEBINAR - Tuesday 24 March, 7pm
Following a number of incidents across London in recent weeks, including a candidate who was threatened on a doorstep and others targeted online, all CLP secretaries, agents and candidates are asked to attend. We will cover: never canvassing alone, sharing your location with a buddy, keeping home addresses off nomination papers where the law allows, what to do if you are followed, and how to report threats to the police and the party. Register via the events page.

3. PHONE BANK
London made 41,322 calls last week. Our target for this week is 50,000. Every CLP is asked to run at least one session.

4. TRAINING
Postal vote sign-up clinics - Saturdays at the regional office.

You are receiving this as a CLP officer. To stop receiving the bulletin, email london-bulletin-leave@lists.labour-london-region.org.uk""")

c.add("query", also=["other"], subject="Local elections hustings - 21 April",
      sender=("Rev. Grace Okonjo", "secretary@lambourneinterfaith.org.uk"), date=D(255), tags=(),
      body="""Dear Secretary,

The Lambourne Cross Interfaith Forum is holding its local elections hustings on Tuesday 21 April at 7pm in the hall of Masjid al-Noor, Tollgate Road. As in previous years the evening is non-partisan and chaired by our president.

We would like to invite one candidate from each party for each of the three ward clusters (Brunswick/Canal Basin, Tollgate/St Jude's, Market Row/Ropewalk). Each will have three minutes to introduce themselves followed by questions from the floor.

Could you let us know by 31 March which of your candidates will attend, and whether any have access or dietary needs (light refreshments will be served)?

With warm regards,
Rev. Grace Okonjo
Secretary, Lambourne Cross Interfaith Forum""")

c.add("other", subject="Website", sender=("Sunil Mehra", "sunil@mehradigital.co.uk"), date=D(255),
      tags=("sales-pitch-person",),
      body="""Hi Nadia,

I hope you don't mind me getting in touch out of the blue. I'm a freelance web developer based in Lambourne and I noticed your CLP website still has the 2022 candidates on the front page and doesn't display properly on a phone (the menu covers half the screen on my iPhone).

I've built sites for two local charities and a tenants' association, and I could have a simple, mobile-friendly site with your candidates, events and a join button up in a couple of weeks, well before May. I offer 30% off for community groups.

Happy to do a free half-hour call if that's useful - no obligation at all.

Best,
Sunil Mehra
Mehra Digital
07700 900 655""")

c.add("safety", subject="Fwd: message to my council inbox", sender=OSEI, date=D(254),
      tags=("forwarded", "third-party-report", "implicit"),
      body=c.forward(
          """Nadia,

This came into my council inbox last night. Probably nothing, and I know I'm fair game in a budget year, but after that email about my car outside Tanner's Lane last month I'm a bit rattled, and my wife is more than a bit.

Should I cancel Saturday's surgery? I've reported it to the council's member services and they've given me a crime reference, but I'd like the party to know. Can you let Femi and regional know please.

Kofi""",
          """You voted to shut the youth club. Then you smiled about it in the Gazette.

People round here don't forget. Your surgery is Saturday at Tollgate library 10 till 12 isn't it. Small room at the back with one door.

See you there.""",
          "tollgate.resident@mail.example.net", "youth club", orig_date=D(255), style="outlook"))

c.add("query", subject="Am I still a member??", sender=("Bernadette Oyelaran", "b.oyelaran@btinternet.com"),
      date=D(254), tags=(),
      body="""Hello,

I got an email saying my membership is "in arrears" and that I might not be able to vote in "selections and ballots". I changed banks in November and I think the direct debit didn't move across.

How do I pay what I owe, and if I pay now, will I still be allowed to vote at the next meeting? I don't want to lose my 12 years continuous membership over a bank form.

Thanks,
Bernadette Oyelaran""")

c.add("data-protection", also=["complaint"], subject="STOP", sender=("Graham Tully", "g.tully@ntlworld.com"),
      date=D(253), tags=("confuser", "dp-no-legal-words", "angry", "noisy"),
      body="""THIS IS THE THIRD TIME I HAVE ASKED.

I resigned my membership in October. Stop emailing me. Stop texting me. Take my number off whatever system you use. If I get one more "Hi Graham, can you help on Saturday?" text I will report you to whoever it is you report people to.

Graham Tully""")

c.add("safety", subject="Thursday", sender=LIONEL, date=D(252), tags=("stalking", "implicit"),
      body="""Dear Nadia,

I waited at the front of St Jude's after the GC on Thursday but you must have gone out by the side door with the chair. I had wanted to walk you home. It's only ten minutes to yours and I don't like to think of a woman on her own on Ropewalk Street at that hour, with the street light out by the launderette.

I'll wait by the side door next time so we don't miss each other.

I hope you liked the card.

Warmest,
Lionel""")

c.add("complaint", subject="canvassers at 8.45pm", sender=("Kelly Dunmore", "kellydunmore@live.co.uk"), date=D(252),
      tags=("hard-negative", "angry", "benign-personal-details"),
      body="""Hi,

Your lot knocked on my door at quarter to nine on a Wednesday night. Quarter to nine. My two were asleep and the knocking woke the little one who then didn't go back down till gone eleven. I've got a sign on the door that says NO COLD CALLERS, which apparently doesn't apply to the Labour Party.

Honestly when I heard the knock I nearly rang the police because nobody knocks at that time round here unless something's wrong.

Then I open the door and it's a lad with a clipboard asking if I've "thought about May". I hadn't, I'd thought about getting some sleep.

Please put my address down as do not knock. 6 Heron Street. I'm not saying I won't vote for you but you're not helping.

Kelly

Sent from Outlook for Android""")

c.add("procedural", subject="Amendment to Tollgate motion (leisure centre)", sender=("Ioana Munteanu", "ioana.munteanu@yahoo.com"),
      date=D(251), tags=("non-native",),
      body="""Hello Nadia,

I write for the Canal Basin branch. We discussed last night the Tollgate motion about the leisure centre and we want to propose one amendment, the branch voted for it (11 for, 0 against, 1 abstain).

Amendment: in point 2 of "resolves", after "to keep the pool open" add "and to keep the prices for children and for over 60 at the 2025 level".

Please tell me if this is the correct form or I must write it different. In Romania we had other system and I am not sure yet how is working here the amendments. Also I think there is a deadline for send it, which day is it?

Thank you,
Ioana Munteanu
Canal Basin branch secretary""")

c.add("urgent", also=["query"], subject="Minister visit tomorrow - need people", sender=KIERAN, date=D(250),
      tags=("hard-negative", "benign-violent-word"),
      body="""Nadia - sorry for the short notice, this has only just been confirmed by the department.

The Housing Minister is visiting the Brunswick Estate tomorrow (Tuesday) at 10.15 to see the damp remediation work in Kestrel House, and Helen will be with her. There's no press release until after it's happened, for security reasons, so please don't put it on social media or in the WhatsApps.

Helen would love 10-15 members and residents there who can talk about the repairs, ideally Brunswick people. Could you send a message round today? Meet at the TRA hut by Kestrel House from 10am.

Names to me by 8pm tonight please so I can pass them to the Minister's protection officers - they won't let anyone through who isn't on the list.

Thanks,
K

Kieran Doyle
Senior Caseworker, Office of Helen Mabry MP""")

c.add("safety", subject="Re: Re: Tollgate selection - still waiting", sender=("Stuart Kell", "stuart.kell@gmail.com"),
      date=D(250), tags=("quoted", "veiled", "conditional"),
      body=c.quote_reply(
          """See below. Three weeks. Not even an acknowledgement.

I'll take that as your answer then.""",
          """Nadia,

I've now spoken to six members who were at the Tollgate selection and every one of them says the same: the count was done in the kitchen with the door shut, two of Carter's people did it, and nobody from the other side was allowed in.

I want the ballot papers kept and a recount with both sides present, and I want it in writing.

Because if this party won't sort it out properly, people will sort it out themselves, and the people who rigged it will get what's coming to them. I'd make sure Carter understands that. I know which door is hers on Canal Row.

Stuart""", quoted_from="Stuart Kell <stuart.kell@gmail.com>", quoted_date=D(271), style="outlook"))

c.add("safety", subject="Constituency office - suspicious package this morning",
      sender=("Grace Ndlovu", "grace.ndlovu@helenmabry-office.org.uk"), date=D(249),
      tags=("suspicious-item", "third-party-report"),
      body="""Hi Nadia,

Letting you know as the CLP officers will get questions: we've had to close the constituency office on Tollgate Parade this morning.

When I opened up at 8.45 there was a padded envelope on the mat that had been pushed through the letterbox overnight. It's hand-addressed in capitals to "HELEN MABRY - TRAITOR", no stamp, no postmark. It's lumpy at one end and there is a greasy stain coming through one corner. I didn't touch it beyond picking it up off the mat before I read it - I put it straight down again.

We followed the security guidance: left the building, rang 999 and the parliamentary security helpline. The police have put a cordon on the Parade and are waiting for a specialist team. Helen has been told and is not coming in.

Could you make sure no one from the CLP comes to the office today (I know Pauline was due to drop off nomination forms) and let people know Saturday's surgery may be moved? I'll update you when we know more.

Grace

Grace Ndlovu
Office Manager, Office of Helen Mabry MP""")

c.add("other", subject="First time on the doors!", sender=("Hannah Kowalczyk", "hannahkow@gmail.com"), date=D(249),
      tags=("hard-negative", "benign-violent-word"),
      body="""Hi Nadia,

Just wanted to say thank you for Saturday and for pairing me with Callum, who was so patient. I was absolutely terrified beforehand and by the end I was knocking on my own.

Highlights: a lovely lady in Heron Street who gave us both a Penguin; a man who said he'd rather shoot himself than vote Labour, then asked if we could get his bins collected (Callum says this is normal?); and a very small dog who tried to eat my clipboard.

Count me in for next week!

Hannah""")

c.add("bulk", subject="Undelivered Mail Returned to Sender", raw=redate(c.bounce(
      "paddy.rourke@talktalk.net", orig_subject="March GC agenda and papers"), D(249)), body="",
      tags=("bounce",))

c.add("other", subject="news!!", sender=("Joy Amankwah", "joy.amankwah@gmail.com"), date=D(248),
      tags=("personal-news",),
      body="""Nadia!! Sorry for the radio silence - baby Esi arrived on Saturday at 3.12am, 7lb 2oz, both fine, Kwesi a wreck.

I'm taking a couple of weeks off completely but I'll be back on the doors by Easter (with the sling, probably). Could you let the EC know and ask Declan to cover the Brunswick TRA meeting on the 19th?

Thank you for the flowers from everyone, they're gorgeous.

J xx""")

c.add("bulk", subject="Invitation: Lambourne Cross EC (April) @ Tue 31 Mar 2026 7:30pm - 9pm (BST)",
      sender=("Zoom", "no-reply@zoom.us"), date=D(247), tags=("confuser", "robot-no-list-headers"),
      body="""Femi Adebayo is inviting you to a scheduled Zoom meeting.

Topic: Lambourne Cross EC (April) - includes candidate & volunteer safety item
Time: Mar 31, 2026 07:30 PM London

Join Zoom Meeting
https://us06web.zoom.us/j/84417730261?pwd=Rk9xT1hMbFZq

Meeting ID: 844 1773 0261
Passcode: 552190

One tap mobile
+442034815240,,84417730261#,,,,*552190# United Kingdom

Add to calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

Zoom Video Communications, Inc. | 55 Almaden Blvd, San Jose, CA 95113
Visit zoom.com""")

c.add("query", subject="Help with damp", sender=("Hodan Abdi", "hodanabdi1985@hotmail.com"), date=D(247),
      tags=("non-native", "misdirected"),
      body="""Salaam,

my name is Hodan. I live in Plover House with my 4 children, the flat it have damp very bad, the black mould in bedroom and my youngest son he have asthma. I call the council many times they say somebody coming, nobody coming.

My neighbour say Labour party can help. Who I must talk to, the MP or the councillor? I dont know how to do. Please help me, thank you.

Hodan Abdi
flat 31 Plover House""")

c.add("safety", subject="Femi's address on the anti-LTN group", sender=("Shanice Broome", "shanicebroome@outlook.com"),
      date=D(246), tags=("doxxing", "third-party-report", "pile-on", "social"),
      body="""Nadia,

Someone's just sent me this from the "Lambourne Residents Against the LTN" Facebook group (about 3,000 members). I've screenshotted it before they take it down. This is the post, word for word:

"This is where the chair of Lambourne Cross Labour lives. 18 Canal Row, the one with the orange bike chained outside. He's the one pushing the planters. Maybe we should all pop round and explain the LTN to him in person, seeing as he won't listen to the consultation. Bring your mates 😉"

It's got 140-odd reactions. Some of the comments:
- "his kids go to St Saviour's an all"
- "he'll get a visit"
- "door's not that strong on them old houses lol"

I've reported it to Facebook. Has Femi seen it? Someone needs to ring him and I think the police need to see this tonight, not on Monday.

Shanice""")

c.add("complaint", subject="URGENT: the Tollgate youth club vote", sender=("Andre Clarke-Bishop", "andre.cb@tollgateyouth.org.uk"),
      date=D(246), tags=("hard-negative", "metaphor", "angry", "confuser", "urgent-subject-not-urgent"),
      body="""To the Secretary and officers of Lambourne Cross CLP,

I run the Tollgate youth club. I've run it for nine years. On Wednesday night four of your councillors voted to close it from September as part of a "modernisation" of youth services.

Let me be really clear about what that means. 140 young people a week, most of them from the Brunswick and Tollgate estates, lose the one place that's warm, safe and free between 4 and 9pm. Voting for this in a ward you hold by 140 votes is political suicide, and frankly those councillors will have blood on their hands next summer when the kids are back on the stairwells with nowhere to go and something happens.

We will fight this like hell. There will be a petition, there will be a deputation to full council and there will be young people at your GC on 9 April. I'll be there to have my say and so will thirty of them, and I expect the officers to let them speak.

Andre Clarke-Bishop
Youth Work Manager, Tollgate Youth Club""")

c.add("procedural", subject="Youth Officer report for GC + apols",
      sender=("Zainab Hussain", "zainab.hussain.lyl@gmail.com"), date=D(245), fmt="alt", tags=(),
      body="""Hi Nadia - apologies for the GC, I have an exam the next morning (last one!!). Could you or the chair read this out under reports?

REPORT OF THE YOUTH OFFICER - APRIL GC

1. Lambourne Young Labour has met twice since the last GC (14 and 28 March), with 11 and 16 attending. We have 38 members under 27 on the list.
2. We ran a joint session with KCL Labour on 21 March in Canal Basin - 19 volunteers, 410 doors knocked.
3. We have submitted a motion to the youth club item at branch level (Tollgate) and will support any deputation.
4. We need a safeguarding lead for under-18 volunteers before the final campaign weeks. Can the EC please nominate one?
5. Social: pizza and phone bank, Thursday 23 April, Ropewalk Centre (if the hall is dry by then!).

Thanks,
Zainab Hussain
Youth Officer""")

c.add("safety", subject="why", sender=LIONEL, date=D(243), tags=("stalking", "implicit", "persistent"),
      body="""Nadia,

You haven't replied to my last four emails, or the card, or the flowers I left with the caretaker at St Jude's.

I saw you on Saturday at the Ropewalk Street stall and you looked straight through me as if I was nobody. I've given this party a lot of my time this year because of you.

I know you walk your daughter to St Saviour's at twenty to nine and then go straight to the library. I've seen you most mornings. I only want ten minutes to explain myself properly. If you won't answer I'll just have to come and find you on the way, or knock at the house. I'd rather you chose.

Lionel""")

c.add("bulk", subject="Pauline Shaw commented on your post in Lambourne Cross Labour Members",
      sender=("Facebook", "notification@facebookmail.com"), date=D(243), fmt="alt",
      headers=c.newsletter_headers("Facebook"), tags=("social", "hard-negative", "benign-violent-word"),
      body="""Pauline Shaw commented on your post in Lambourne Cross Labour Members.

Pauline Shaw
"Good luck to all our candidates at the Tenants' Federation hustings tonight, go knock 'em dead!! 🌹🌹 I'll be at the back with the flask"

Like   Reply   View comment

See all comments

This message was sent to secretary@lambournecrosslabour.org.uk. If you don't want to receive these emails from Meta in the future, please unsubscribe.
Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, Ireland""")

c.add("other", subject="Off to the seaside", sender=("Bill Harrop", "bill.harrop@btinternet.com"), date=D(242),
      tags=("elderly",),
      body="""Dear Nadia,

After 41 years in Canal Basin, Maureen and I are off to Margate next month to be near our daughter and the grandchildren. The flat's sold (to a nice young couple who I am fairly sure are Green, but never mind).

We wanted to say thank you. We came to our first ward meeting in 1985, in the middle of the rate-capping business, and we've never once regretted it. You've been a wonderful secretary and you've put up with my long emails about the minutes with more patience than I deserved.

We'll transfer our membership to Thanet. If you're ever down that way there'll be a cup of tea and a seat on the front.

With every good wish for May,
Bill (and Maureen)""")

c.add("data-protection", subject="information you hold about me", sender=("Kwame Asante-Boateng", "kwame.ab@gmail.com"),
      date=D(241), tags=("confuser", "dp-no-legal-words"),
      body="""Nadia,

I'd like a copy of everything the CLP holds about me.

That includes the EC's discussion of my application to go on the council candidates' panel in November, any emails between officers that mention me, and whatever notes the interview panel made on the day. I was told I "wasn't ready yet", and I'd like to see for myself what was said and by whom.

Please let me know how long this will take and whether you need anything from me to prove who I am.

Kwame Asante-Boateng""")

c.add("safety", subject="Contact form: Message", sender=c.form_robot(), date=D(241),
      reply_to="nomorelabour@mail.example.net", tags=("webform", "noisy", "veiled", "wish-harm"),
      body=c.webform({
          "Name": "local",
          "Email": "nomorelabour@mail.example.net",
          "Postcode": "",
          "Subject": "ur candidates",
          "Message": "traitors the lot of u. ur candidate in st judes the one with the headscarf is gna get wat she deserves on the doorstep one of these days, shes been warned. k i l l the LTN or we'll sort the planters ourselves.\n\nnot saying anyone should do anything to mabry but if she fell under a 188 bus nobody round here would cry",
      }, form="Contact us"))

c.add("complaint", subject="WhatsApp", sender=("Leon Baptiste", "leonbaptiste@icloud.com"), date=D(240),
      tags=("mobile",),
      body="""So I've been removed from the Market Row campaign WhatsApp. No message, no explanation, just "Femi removed you". Brilliant.

Is that how we treat people who've done every Saturday since September? Because I made one comment about the LTN? Thought we were a broad church. Apparently not.

Leon

Sent from my iPhone""")

c.add("urgent", also=["procedural"], subject="Tollgate nomination paper - must fix by noon tomorrow", sender=PAULINE,
      date=D(240), tags=(),
      body="""Nadia, the elections office has just rung.

One of Shanice's ten subscribers on the Tollgate nomination paper has the wrong elector number (TG-1142 instead of TG-1124). They won't accept it as it is. Nominations close at 4pm tomorrow but Electoral Services want a corrected paper by NOON to check it in time.

I need Shanice and a fresh set of ten signatures tonight - I've started ringing round Tollgate. Can you find me the original proposer's phone number? Her membership record isn't on my list and she's not answering email.

Pauline (agent)""")

c.add("other", subject="a note of thanks", sender=LIONEL, date=D(272), tags=("persistent",),
      body="""Dear Nadia,

Forgive me writing to you directly. I only wanted to say how much I admired the way you handled the GC on Thursday. When the room got heated over the Brunswick motion you kept everyone calm and gave everybody a fair hearing, even the ones who didn't deserve it. It's a rare skill.

I'm fairly new to the party (I joined after retiring from the Post Office last year) and I'd be very glad to help in any way you need - envelopes, tea, whatever is useful.

With best regards,
Lionel Pratt
Ropewalk branch""")

# Tag the messages mailkit happened to render as HTML-only, so the per-class figures are honest.
import email  # noqa: E402
c.items = [(data, cats, mn, tags + ("html-only",)
            if email.message_from_bytes(data).get_content_type() == "text/html" and "html-only" not in tags
            else tags) for data, cats, mn, tags in c.items]

c.write()
