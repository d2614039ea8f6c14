"""train/uk2: a season of one secretary's inbox, part 2 (Cwmderw CLP, a former mining town at the
head of a south Wales valley). All content hand-written.

September to early October 2026: conference season, the start of selections for the May 2027
council elections, and a wet autumn in which the old No. 4 tip above Blaenhafod moves. The
secretary, Carys Bevan, teaches at the comprehensive and lives in Gelli-las; the chair is Alun
Jenkins, the MP Huw Tallis (caseworker Bethan Howells). Meetings are in Cwmderw Miners' Welfare
Hall. Rows: the X8 bus, the A&E at Ysbyty Cwm Derw, a councillor defecting to Reform, winter fuel
and the two-child cap, and the Blaenhafod ward selection. Sioned Watkins, the young conference
delegate, acquires a man who will not leave her alone.

48 non-threats (7 complaint, 9 query, 8 procedural, 4 urgent, 4 data-protection, 8 bulk, 8 other)
and 12 safety."""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "uk2", seed=7302)
c.clp = ("Cwmderw CLP", "Carys Bevan", "ysgrifennydd@cwmderwlabour.cymru")
P = c.person
D = c.date
SEC = "Carys Bevan <ysgrifennydd@cwmderwlabour.cymru>"


def redate(raw, date):
    """Give a raw message from mailkit a date inside this script's season."""
    return re.sub(rb"^Date: [^\r\n]*", b"Date: " + date.encode(), raw, count=1, flags=re.M)


ALUN = ("Alun Jenkins", "alun.jenkins@btinternet.com")
BETHAN = ("Bethan Howells", "bethan.howells@huwtallis-office.cymru")
SIONED = ("Sioned Watkins", "sioned.watkins@gmail.com")
GWEN = ("Cllr Gwen Pryce", "cllr.gwen.pryce@cwmderw-cbc.gov.example")
OWAIN = ("Owain Griffiths", "owain.griffiths@welshlabour-south.cymru")
KEITH = ("Keith Morley", "keith.morley66@yahoo.co.uk")

# ================================================================ early September

c.add("bulk", subject="Allan o'r swyddfa / Out of office: Blaenhafod panel dates",
      sender=OWAIN, date=D(91), headers=c.autoreply_headers("gmail"), tags=("autoreply", "bilingual"),
      body="""Diolch am eich neges. Rydw i ar wyliau tan ddydd Llun 7 Medi. Ar gyfer materion brys, cysylltwch â'r swyddfa ranbarthol ar 029 2087 7700.

Thank you for your message. I am on leave until Monday 7 September. For urgent matters please contact the regional office on 029 2087 7700.

Owain Griffiths
Trefnydd / Organiser, De Cymru""")

c.add("procedural", subject="2027 council selections - timetable for Cwmderw", sender=OWAIN, date=D(88), fmt="alt",
      tags=(),
      body="""Dear Carys,

Following the Welsh Executive Committee's agreement of the procedural guidelines for the 2027 local government elections, I attach the timetable for Cwmderw. In summary:

- Applications to the panel of approved candidates open 14 September and close at 12 noon on Friday 2 October.
- Panel interviews: weekends of 10/11 and 17/18 October at the Miners' Welfare (I've pencilled it in with Dilwyn, please confirm).
- Branch nominations (ward by ward): 19 October to 6 November.
- Ward selection meetings: from 9 November, to be completed by 12 December.

Three wards are designated "open to all" (Cwmderw Central, Pontwen, Gelli-las), and Blaenhafod is subject to the gender-balance guidelines because the sitting councillor is retiring. I know that will be a sensitive one, so please make sure the branch understands that this comes from the guidelines and not from the CLP officers.

Could you circulate this to branch secretaries and put it on the agenda for the September GC as a report from the region? I'm happy to come and take questions.

Diolch,
Owain

Owain Griffiths
Organiser, South Wales""")

c.add("query", subject="i want join the party", sender=("Rui Carvalho", "rui.carvalho.pt@hotmail.com"), date=D(87),
      tags=("non-native",),
      body="""Good afternoon

My name is Rui Carvalho, I am from Portugal, I live in Pontwen since 2017 and I work at the meat plant on the industrial estate, shifts nights and days alternate. I have settled status. My colleague who is union rep tell me I can join Labour party even I am not British citizen, is it true? And I can vote in the meetings?

Also the meetings is always in the evening, I work nights two weeks every month, it is possible to participate online in this weeks?

Obrigado,
Rui""")

c.add("other", subject="Dad - Glyn Parry", sender=("Lowri Parry-Jones", "lowriparryjones@gmail.com"), date=D(86),
      tags=("condolence",),
      body="""Dear Carys,

I'm sorry to be writing with sad news. Dad, Glyn Parry, died on Tuesday at home in Tynewydd Terrace, with Mam and me and the boys with him. He'd been poorly with his chest for a long time, as you know - forty years underground will do that.

He was lodge secretary at Derw Colliery from 1979 until it closed, and he never stopped being Labour, even when he was cross with it, which was often. He made me promise to let the branch know before anyone else.

The funeral is at Bethania Chapel, Pontwen, on Monday 14 September at 1pm, then Cwmderw crematorium, and back to the Welfare for tea. Mam would like the lodge banner there if it can still be got out of the cupboard. She says no flowers, but donations to the Welfare Hall roof fund.

Thank you for everything you did for him when the pension people were being difficult.

Lowri""")

c.add("safety", subject="Bins Heol Tâf AGAIN", sender=("Dean Probert", "deanprobert80@gmail.com"), date=D(85),
      tags=("veiled", "embedded", "implicit"),
      body="""Carys

Heol Tâf bins not collected again, thats 3 weeks on the trot. Theres rats now, my missus saw one in the lane by the garages bold as brass. We rang the council, we rang Cllr Pryce, we filled in the thing online. Nothing. Meanwhile council tax up again and the recycling boxes they give you blow down the street when its windy.

Youre all the same. You come round at election time with your leaflets and then its nothing for four years.

And you can tell Gwen Pryce from me, I know she has her half in the Colliers every Friday and walks home up the Graig on her own after. Long old walk up that hill in the dark. I'd get the bins sorted if I was her.

Dean""")

c.add("query", subject="which ward am I in now?", sender=("Marian Bowen", "marianbowen@btinternet.com"), date=D(84),
      tags=("elderly",),
      body="""Dear Carys,

Please could you tell me which ward I am in since the boundaries changed. I live at the top of Gelli-las, at 3 Heol y Bryn, and I used to be in Blaenhafod. Somebody at chapel said I am now in Gelli-las and somebody else said Cwmderw Central. I should like to know which branch meeting I ought to go to and who my councillor is, as I have a problem with the drain at the back.

Thank you very much.

Yours sincerely,
Mrs Marian Bowen""")

c.add("bulk", subject="Your tickets for Derw Colliery Memorial Concert", sender=("Eventbrite", "orders@eventbrite.co.uk"),
      date=D(84), fmt="html", tags=("confuser", "robot-no-list-headers", "html-only"),
      html_body="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="100%" style="max-width:600px;margin:auto"><tr><td>
<h2 style="color:#1e0a3c">You're going to Derw Colliery Memorial Concert</h2>
<p>Order #8473619204 &middot; placed by Carys Bevan</p>
<table style="border:1px solid #ddd;padding:12px;width:100%"><tr><td>
<b>Derw Colliery Memorial Concert - 60 years</b><br>
Sat 10 October 2026, 7:00 pm<br>
Cwmderw Miners' Welfare Hall, Station Road, Cwmderw<br><br>
4 x General admission (£8.00) &middot; Total £32.00
</td></tr></table>
<p><a href="https://www.eventbrite.co.uk/mytickets">View your tickets</a> &middot; <a href="https://www.eventbrite.co.uk">Add to calendar</a></p>
<p style="font-size:11px;color:#6f7287">This email was sent to ysgrifennydd@cwmderwlabour.cymru. Eventbrite, 3 Sheldon Square, London.</p>
</td></tr></table></body></html>""",
      body="")

c.add("complaint", subject="50 years", sender=("Ieuan Price", "ieuan.price1944@talktalk.net"), date=D(83),
      tags=("hard-negative", "metaphor", "angry", "elderly"),
      body="""Dear Secretary,

I joined the Labour Party in 1962 at the age of eighteen, in the back room of the Pontwen Workmen's Hall, the same week I started at Derw. My father was a member before me and his father before him. I stood on the picket line in 1984 for twelve months with nothing coming in but the soup kitchen and the kindness of people in Kent and London who never met us.

I have never voted for anyone else and I have never thought I would.

This government took the winter fuel from people like me and then gave it back half-hearted when it looked bad in the polls. It kept the two-child limit that the Tories brought in and made my granddaughter in Gelli-las feel like a scrounger for having a third baby. Now I hear the A&E at Ysbyty Cwm Derw is to be "reconfigured", which everybody in this valley knows means shut, and not one of our Labour councillors voted against the report.

This is the death of the Labour Party in the valleys. Not Reform, not Plaid - us. We did it to ourselves.

I will not be renewing my membership in January. I'm not going to Reform, before anybody asks, I'd sooner go to my grave. But I won't be knocking doors for this lot either.

You needn't reply. I only wanted it written down somewhere that somebody noticed.

Ieuan Price
Pontwen""")

c.add("other", subject="Re: Welfare function room - 19th Dec", sender=("Kerry Hopkins", "kerryhopkins92@outlook.com"),
      date=D(82), tags=("misdirected",),
      body="""Hiya,

Found your email on the Welfare's Facebook page. Is the function room still free on Saturday 19th December for a wedding reception? About 90 people, we'd want the bar open and a DJ till midnight. My nan had hers there in 1968 so it would mean a lot.

What's the deposit and do we need our own caterer?

Thanks so much!
Kerry x""")

c.add("data-protection", subject="my address on your website", sender=("Rhodri Lewis", "rhodri.lewis@sky.com"), date=D(81),
      tags=("confuser", "dp-no-legal-words"),
      body="""Hi,

I googled myself (don't ask) and the fourth result is a PDF on your website, "Pontwen branch minutes April 2019", which has my full name, my home address and my mobile number in it under "actions". I left the party in 2021 and I'm not happy that's sitting there for anyone to find, especially as I now work in a job where I deal with the public and some of them aren't very nice.

Can it be taken down, and are there any others with my details on?

Rhodri Lewis""")

c.add("procedural", subject="Apologies", sender=("Gwyneth Harries", "gwyneth.harries@btinternet.com"), date=D(80),
      tags=("elderly",),
      body="""Dear Madam Secretary,

Please accept my apologies for the General Committee on Thursday 17 September. I am having my cataract done on the Wednesday and my daughter will not let me out.

I should like it recorded that I support the motion from Pontwen about the X8.

Yours faithfully,
Gwyneth Harries (Mrs)
Blaenhafod & Gelli-las branch delegate""")

c.add("procedural", subject="Motion for September GC - the X8", sender=("Huw Daniel", "huw.daniel@outlook.com"), date=D(80),
      tags=("hard-negative", "metaphor"),
      body="""Carys,

Motion from Pontwen branch below, agreed unanimously last Tuesday (14 present). Mover Huw Daniel, seconder Ffion Rowlands.

SAVE THE X8

Cwmderw CLP notes that:
- The operator intends to withdraw the X8 evening and Sunday service above Pontwen from 1 November, leaving Blaenhafod with no bus after 6.30pm and none on Sundays.
- The X8 is the only public transport link from the top of the valley to Ysbyty Cwm Derw and to the college.

Cwmderw CLP believes that:
- Cutting the X8 is a death sentence for the top of the valley: for the shift workers at the meat plant, for students, and for older people who do not drive.
- Franchising under the Bus Services (Wales) Act must not become an excuse for doing nothing until it arrives.

Cwmderw CLP resolves to:
1. Write to the Cabinet Secretary for Transport and to the county borough council asking for an emergency subsidy until franchising begins.
2. Ask Huw Tallis MP and our Members of the Senedd to support the petition.
3. Hold a public meeting in Blaenhafod in October.

Cheers,
Huw
Pontwen branch secretary""")

c.add("data-protection", subject="Telefon", sender=("Tomasz Zając", "tomek.zajac@wp.pl"), date=D(79),
      tags=("non-native", "confuser", "dp-no-legal-words"),
      body="""Hello,

Yesterday evening somebody call me on my mobile and say he is from Labour party and ask me about bus and hospital and who I vote. I am not member of Labour party. I never give my number to Labour. How you have my number? I think maybe from my landlord or the council?

Please tell me where you have it and please delete my number, I dont want more call. My wife also get the call one week before.

Tomasz Zając
Pontwen""")

c.add("query", also=["other"], subject="Talk for Year 6?", sender=("Mrs Angharad Wynne", "head@ysgolgynradd-pontwen.cymru"),
      date=D(78), fmt="alt", tags=(),
      body="""Dear Ms Bevan,

I understand from one of our parents that you are secretary of the local Labour Party as well as teaching at the comprehensive (small world!).

Our Year 6 classes are doing a project on democracy this half term, ahead of our own school council elections. Would somebody from the local party be willing to come and talk to the children for half an hour about what a political party does and how people are chosen to stand? We are inviting each of the main parties in turn so it is balanced.

Any Tuesday or Thursday afternoon in October would suit us. Could you let me know who might be able to come?

Yn gywir,
Angharad Wynne
Pennaeth / Headteacher
Ysgol Gynradd Pontwen""")

# ================================================================ mid September

c.add("safety", subject="Thursday's selection meeting", sender=("Clive Rowlands", "c.rowlands@hotmail.co.uk"), date=D(77),
      tags=("implicit", "veiled"),
      body="""Carys,

I've been told by a "friend" that Blaenhafod is going to be women-only now and that Glenys is retiring so Alun's girl can walk it. That's nothing to do with any guidelines and we all know it.

There's a branch meeting Thursday to "explain" it to us. Fine. I'll be there and so will a lot of the boys from the rugby club who've been paying their subs for this.

Make sure you've got a first aider booked at the Welfare for Thursday. You'll need one.

Clive""")

c.add("complaint", subject="URGENT URGENT taxi licence", sender=("Tariq Mahmood", "tariqmahmood.cabs@gmail.com"), date=D(77),
      tags=("non-native", "confuser", "urgent-subject-not-urgent", "angry"),
      body="""Dear sir/madam

I am taxi driver in Cwmderw 19 years, hackney licence and private hire both. The council now put up the licence fee 40 percent and also say all cars must be under 8 years old from April. This is very unfair, for small driver like me it is impossible, new car is 20 thousand pound, where I get this money. Already there is no work after 7pm because nobody going out in Cwmderw anymore.

I vote Labour all my life, my father also when he come from Mirpur, all the drivers at the rank vote Labour. Now all are saying we go Reform or we dont vote. I ask to the councillor three times, no answer.

Why Labour council do this to working people? Please give me answer and tell me who is responsible for this decision.

Tariq Mahmood
Station Rank, Cwmderw""")

c.add("procedural", subject="Blaenhafod & Gelli-las branch AGM - not quorate", sender=("Eleri Thomas", "eleri.thomas@gmail.com"),
      date=D(76), tags=("branch-agm",),
      body="""Hi Carys,

Bad news I'm afraid - the branch AGM last night wasn't quorate. Seven of us turned up and we need ten under our rules. Rain like the end of the world and the Wales match on the telly didn't help.

We didn't take any votes. I've pencilled in Tuesday 6 October at the Gelli-las Community Centre for the reconvened AGM - can you check if that's OK under the rules (I think it has to be 14 days' notice?) and whether it's fine to hold it that close to the panel deadline.

Notice attached. Same officers standing as last year except that Gwyneth wants to stand down as treasurer after 22 years, bless her.

Eleri
Branch Secretary""")

c.add("other", subject="food bank", sender=("Pastor Dave Ellison", "dave@cwmderwfoodbank.org.uk"), date=D(75),
      tags=("thanks",),
      body="""Carys,

Just a quick line to say a huge thank you to everyone at the Labour Party who brought tins to the collection at the Welfare on Saturday. We had 23 crates in the end, which will see us through most of October. Our shelves were bare after the summer holidays - more families than ever, and more people in work who still can't make it to payday.

Please pass our thanks to your members. God bless,

Dave
Cwmderw Food Bank (Trussell network)""")

c.add("bulk", subject="Sioned Watkins shared \"Conference report - Cwmderw delegate.docx\" with you",
      sender=("Sioned Watkins (via Google Docs)", "drive-shares-dm-noreply@google.com"), date=D(74),
      tags=("confuser", "robot-no-list-headers"),
      body="""Sioned Watkins shared a document

Sioned Watkins (sioned.watkins@gmail.com) has invited you to edit the following document:

Conference report - Cwmderw delegate

"Carys, first draft, sorry it's long!! can you check I've got the card vote numbers right before it goes to GC"

Open

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because sioned.watkins@gmail.com shared a document with you from Google Docs.""")

c.add("safety", subject="a word to the wise", sender=("a friend", "valleysvoice1984@protonmail.com"), date=D(73),
      tags=("implicit", "veiled"),
      body="""Mrs Bevan,

That green Berlingo with the Labour rose sticker in the back window, parked on Bryn Terrace nights and in the school car park days. You want to think about peeling that sticker off.

People up here have long memories about who did what in '84 and who's doing what to this valley now. Not everyone's as forgiving as me.""")

c.add("query", subject="Can I bring my husband?", sender=("Debbie Cole", "debbiecole@hotmail.co.uk"), date=D(72),
      tags=(),
      body="""Hi Carys

Is it ok if I bring my husband to the conference report back night at the Welfare on the 8th? He's not a member (yet!!) but he's interested and he'll drive me as I don't like doing that road in the dark now.

Do we need tickets or just turn up?

Debbie""")

c.add("urgent", subject="Welfare keys tonight", sender=("Dilwyn Morgan", "dilwyn.morgan@cwmderwwelfare.org.uk"), date=D(72),
      tags=("supplier",),
      body="""Carys love,

Dilwyn here. I'm in the Royal Glam with my hip, they're keeping me in. Came off the ladder doing the guttering Tuesday, don't ask.

Problem is I've got the only set of keys for the main hall and the alarm fob, and you've got GC there tonight at 7. Mair from the committee has the front door key but not the hall, and she doesn't know the alarm code.

If somebody can get to the hospital before 5 (ward 7, visiting 2 till 8 but they'll let you in) I'll hand the keys over, otherwise you'll have to use the lounge bar, which only fits 30 and the darts team are in from 8.

Alarm code is on a bit of paper in the key wallet. Don't put it in an email to anyone.

Dil""")

c.add("complaint", also=["query"], subject="Blaenhafod selection process", sender=("Nerys Evans", "nerysevans@icloud.com"),
      date=D(71), tags=("confuser", "complaint-as-query"),
      body="""Dear Carys,

I have now read the region's timetable three times and I still can't find an answer to some simple questions, so I'll put them to you.

Why is Blaenhafod the only ward in the CLP under the gender-balance guidelines? Who decided that, and when? Why were the branch members not told before the timetable was circulated, when Glenys had told people privately in July that she was retiring? Is it true that someone has already been "encouraged" to apply? And if so, who encouraged them?

I've been a member in Blaenhafod for 14 years, and I'm a woman, so this isn't sour grapes about who can stand. It's about how it was done. I'd like an answer to each question in writing, please.

Nerys Evans""")

c.add("safety", subject="Fwd: Messenger", sender=GWEN, date=D(70),
      tags=("forwarded", "third-party-report", "implicit", "social"),
      body=c.forward(
          """Carys, bach,

I don't know what to do with this. It came on Facebook Messenger on my private account last night, from someone with no picture and no friends. I'd normally just block and get on, God knows I've had worse, but it's the bit about Ron that's got to me. Only people round here know I'm on my own since March.

I've told Alun. Should I tell the police or am I being silly? I've got my surgery at the library Saturday.

Gwen""",
          """Traitor. Your grandfather would spit on you. Shutting the hospital his generation built.

We know you've been on your own in that house since Ron went. Big house for one. Quiet street. You want to think on that before the council vote.""",
          "Facebook <notification@facebookmail.com>", "New message from Cymru Rydd", orig_date=D(71), style="apple"))

c.add("query", subject="retired rate?", sender=("Bryn Edwards", "brynedwards@aol.com"), date=D(69),
      tags=("elderly",),
      body="""Hello

I am 71 and retired from the steelworks. I pay £5.08 a month by direct debit. My neighbour says there is a cheaper rate for pensioners. Is that right and how do I change to it? I don't have the internet at home, this is on the library computer.

Thank you
Bryn Edwards
12 Station Terrace""")

c.add("procedural", also=["query"], subject="emergency motion on the tip?", sender=("Cllr Sian Morris", "cllr.sian.morris@cwmderw-cbc.gov.example"),
      date=D(68), tags=("confuser", "procedural-as-query"),
      body="""Carys - quick one about standing orders.

After last weekend's rain the council's engineers have found movement on No. 4 tip above Blaenhafod (you'll have seen the cordon on the mountain road). The Coal Authority are up there this week. I'd like to bring an emergency motion to Thursday's GC calling on the Welsh Government to bring forward the remediation funding, because the next round isn't until 2028.

Can the GC take an emergency motion without suspending standing orders? My memory is that it needs a two-thirds vote to suspend and the chair has to accept it as genuinely emergency, i.e. arising after the deadline. Is that right? If so I'll get the text to you by tomorrow.

Sian""")

c.add("bulk", subject="New payee added to your account", sender=("Unity Trust Bank", "no-reply@alerts.unity.example.co.uk"),
      date=D(68), tags=("confuser", "robot-no-list-headers"),
      body="""Dear Customer,

A new payee has been added to the account ending 4471 (CWMDERW CONSTITUENCY LABOUR PARTY).

Payee name: CWMDERW MINERS WELFARE
Date: 23/09/2026 20:14

If you made this change, no action is needed.

If you did not make this change, please call us immediately on the number on the back of your card. We will never ask you for your full password or PIN by email or phone.

This is an automated message - please do not reply.""")

c.add("other", subject="Re: Thank you for the funeral", sender=("Lowri Parry-Jones", "lowriparryjones@gmail.com"), date=D(66),
      tags=("hard-negative", "benign-violent-word", "quoted"),
      body=c.quote_reply(
          """Carys, thank you so much for your words at the Welfare, and please thank whoever carried the banner - Mam cried when she saw it come in.

Those stories of Alun's about Dad and the police horses at the pithead in '84, and the battle over the lodge minutes book, I'd never heard half of them. Dad always said they'd have had to kill him to get that book off him, and apparently he wasn't joking!

Mam says come for a cuppa anytime.

Lowri x""",
          """Dear Lowri,

It was an honour to be there. Glyn was one of the people who made this CLP what it is. The branch will be sending a donation to the roof fund in his name.

With love to your mam,
Carys""", quoted_from=SEC, quoted_date=D(70), style="gmail"))

c.add("complaint", also=["procedural"], subject="Minutes of EC 3 September - item 5", sender=("Gerwyn Rees-Thomas", "gerwyn.reesthomas@btinternet.com"),
      date=D(66), fmt="alt", tags=("hard-negative", "legal-threat", "angry"),
      body="""Dear Ms Bevan,

I have now seen the draft minutes of the Executive Committee of 3 September, which were circulated to branch secretaries without my knowledge.

Item 5 records that "G. Rees-Thomas was asked to stop recording the meeting on his phone and refused". This is untrue. I was asked once, I explained that I was taking notes on the device because of my eyesight, and I put it away when the chair asked a second time. Every person in that room knows it.

The minute as drafted implies that I behaved improperly and it has now been read by people in three branches, at a time when I am applying to the panel of candidates. I regard it as defamatory.

I require the minute to be corrected before the GC, and a note sent to every recipient of the draft saying that it was inaccurate. If that is not done by Friday you will be hearing from my solicitor.

Yours sincerely,
Gerwyn Rees-Thomas
Cwmderw Central branch""")

c.add("procedural", subject="Application - panel of candidates (Blaenhafod)", sender=("Rhian Howell", "rhian.howell@outlook.com"),
      date=D(65), tags=(),
      body="""Dear Carys,

Please find attached my completed application to the panel of approved candidates for the 2027 council elections, with my statement and the two nominations (from Blaenhafod branch and from my union, Unison Cwmderw Health branch).

I'd like to be considered for Blaenhafod, where I've lived all my life, and for Gelli-las as second preference.

Could you confirm that you've received it and that the Unison nomination counts as the affiliate nomination? The form wasn't entirely clear.

Diolch yn fawr,
Rhian Howell""")

c.add("query", subject="URGENT!! what time tonight", sender=("Kayleigh Price", "kayleigh.price.x@gmail.com"), date=D(65),
      tags=("confuser", "query-with-urgent", "mobile"),
      body="""URGENT!! what time is the meeting tonight at the welfare and is it the big hall or upstairs? my nan wants to come and she needs to know if theres stairs

Sent from my Samsung Galaxy""")

c.add("bulk", subject="GMB Wales & South West: our pay claim, your voice", sender=("GMB Wales & South West", "news@gmb-wsw.example.org.uk"),
      date=D(64), fmt="alt", headers=c.newsletter_headers("Campaign Monitor"),
      tags=("hard-negative", "metaphor", "newsletter"),
      body="""GMB WALES & SOUTH WEST - MEMBERS' BULLETIN - SEPTEMBER

Dear Carys,

Council workers across Wales have had enough. After a decade of real-terms cuts, the employers' offer of 3.2% is an insult to the cleaners, carers, school support staff and refuse crews who kept our communities running.

We will fight like hell for a fair deal - and we need every member to vote in the consultative ballot, which closes on 30 September.

ALSO IN THIS ISSUE
- Cwmderw CBC: meat plant shifts and the new sick pay policy
- Women's conference report
- Learning centre: free ESOL classes in Pontwen from October

You are receiving this email as a GMB member or supporter. Unsubscribe | Manage preferences
GMB Wales & South West Region""")

c.add("data-protection", subject="lost sheets", sender=("Gareth Lloyd", "gareth.lloyd.cwm@gmail.com"), date=D(63),
      tags=("confuser", "dp-no-legal-words"),
      body="""Carys I'm really sorry. I think I've left the Pontwen canvass sheets on the X8 on Saturday afternoon - the clipboard with the three streets on (Commercial St, Heol Tâf, Bryn Terrace). Names, ages for the over 70s, who said Reform, who said they'd have a postal vote, a couple of notes about people being disabled.

I rang the bus company and they haven't got it. I've looked everywhere.

What do I need to do? Do I need to tell anybody? I feel awful.

Gareth""")

# ================================================================ late September: conference

c.add("urgent", subject="no delegate pass - conference starts tomorrow", sender=SIONED, date=D(66),
      tags=(),
      body="""Carys!!

Sorry to panic but my conference pass still says "awaiting CLP verification" on the portal and registration closes at 5pm TODAY. My train to Liverpool is 7.04 tomorrow morning and the hotel's paid for. Kev from Rhondda says his CLP secretary had to click something to confirm him?

Can you log in and approve me before 5? Or ring Owain? I've tried the helpline three times and it just rings out.

Sioned xx""")

c.add("bulk", subject="Conference 2026: accreditation status changed", sender=("Labour Conference Accreditation", "accreditation-noreply@conference.example-labour.org.uk"),
      date=D(65), tags=("confuser", "robot-no-list-headers"),
      body="""Accreditation update

Name: SIONED WATKINS
Role: CLP Delegate - Cwmderw
Status: APPROVED

Your pass can be collected from the accreditation centre on presentation of photo ID. Passes will not be posted. Please remember that all attendees go through airport-style security screening on arrival; allow at least 45 minutes. Bags larger than 40 x 30 x 20cm are not permitted in the secure zone.

This message was sent automatically. Do not reply.""")

c.add("urgent", also=["query"], subject="Cllr Lewis and Reform - comment by 3pm?", sender=("Mark Harcombe", "mark.harcombe@valleysecho.co.uk"),
      date=D(61), tags=("press",),
      body="""Hi Carys,

Mark Harcombe at the Valleys Echo. We're told Cllr Darren Lewis (Cwmderw Central) is announcing this afternoon that he's leaving Labour to sit as a Reform UK councillor, and that he'll say Labour has "abandoned the valleys".

Can Cwmderw Labour confirm he's resigned the whip, and would anyone like to comment? We're publishing at 4 so I'd need something by 3pm today.

Thanks,
Mark
07700 900 512""")

c.add("safety", subject="Fwd: screenshot - Carys's address", sender=BETHAN, date=D(61),
      tags=("doxxing", "third-party-report", "social", "pile-on"),
      body="""Carys, I'm so sorry to be sending you this today of all days.

A constituent sent us a screenshot from the "Cwmderw Says NO" Facebook group, which has been going mad since the Darren Lewis news. Someone's posted your full address, a picture of your front door on Bryn Terrace and your car, with:

"This is the Labour secretary who's been running the Blaenhafod stitch up. Lives in Gelli-las. Worth popping round to ask her what she thinks she's doing. She's home by 4 most days."

There are about 80 comments. Most are just nasty, but a few are worse: "I know where that is, I'll be passing", "she wants her windows checking", "someone give her a reason to move".

Huw's asked me to report it to the police and to the party's safety team, which I've done (log number to follow), and the group admin has been reported to Facebook. Huw will ring you tonight. Please don't go home alone this evening if you can avoid it - can you stay at your sister's?

Bethan

Bethan Howells
Senior Caseworker, Office of Huw Tallis MP
This email may contain confidential information. If you are not the intended recipient please notify the sender.""")

c.add("urgent", subject="Tynewydd Terrace - rest centre tonight, need bodies", sender=("Cllr Sian Morris", "cllr.sian.morris@cwmderw-cbc.gov.example"),
      date=D(59), tags=(),
      body="""Carys,

Council emergency planning have just decided to move the residents of Tynewydd Terrace, numbers 1 to 28, out for tonight and probably tomorrow night as a precaution. The engineers have found fresh cracking on the lower bench of No. 4 after this morning's rain.

Rest centre is at the Welfare from 5pm (Mair's opening up). The council are sending two staff and the Red Cross are bringing camp beds, but they've asked me whether we can find local volunteers for 5pm to midnight tonight and 7 till 10 tomorrow morning: tea, sandwiches, sitting with the older ones. A lot of them knew Glyn.

Can you put it out on the members' list and the WhatsApps now? People to just turn up at the side door and ask for me. This is NOT a party thing, no rosettes, no leaflets please.

Sian""")

c.add("procedural", subject="Emergency motion text - No. 4 tip", sender=("Cllr Sian Morris", "cllr.sian.morris@cwmderw-cbc.gov.example"),
      date=D(60), tags=(),
      body="""Emergency motion for GC (arising after the deadline - the engineers' report was published on the 18th).

"Cwmderw CLP notes the movement detected on No. 4 tip above Blaenhafod following the rainfall of 12-13 September and the precautionary closure of the mountain road.

Cwmderw CLP calls on the Welsh Government to bring the remediation of No. 4 tip forward from the 2028 programme, and on the UK Government to honour its share of the cost of making safe the coal tips left by an industry that was nationalised and then abandoned.

Cwmderw CLP asks Huw Tallis MP to raise this in Westminster and our Members of the Senedd to raise it with the Cabinet Secretary."

Mover: Cllr Sian Morris. Seconder: Eleri Thomas.""")

c.add("other", subject="back from Liverpool", sender=SIONED, date=D(58),
      tags=("hard-negative", "benign-violent-word", "mobile"),
      body="""Back!! Shattered. That hall was boiling, honestly the heat was killing me by Tuesday and my feet are wrecked.

Spoke in the debate on the Welsh report for 2 minutes and didn't die. A woman from Islington said she cried. Report to follow (the doc I sent you is nearly done).

Thank you for sorting my pass, you're a legend. Lunch on me next week?

S x""")

c.add("query", subject="Sioned's email?", sender=KEITH, date=D(57), tags=("persistent",),
      body="""Dear Secretary,

I watched the conference coverage on the Parliament channel and I saw our young delegate Sioned Watkins speak in the Wales debate. She was superb. I'd like to write and congratulate her personally. Could you let me have her email address or her phone number?

Kind regards,
Keith Morley
Cwmderw Central branch""")

c.add("procedural", subject="Delegate's report - Labour Party Conference 2026", sender=SIONED, date=D(56), fmt="alt",
      tags=("hard-negative", "metaphor"),
      body="""REPORT OF THE CLP DELEGATE TO ANNUAL CONFERENCE 2026
Sioned Watkins, Cwmderw CLP
For the October General Committee

1. Introduction

Thank you to the GC for electing me as your delegate. This was my first conference, and I want to thank Carys and Alun for their help before I went, and Huw's office for arranging for me to meet Huw on the Monday. Conference ran from Sunday to Wednesday in Liverpool. I attended every plenary session apart from Wednesday afternoon, when I was at a fringe on coal tip safety that I'll come to below.

2. How I voted, and why

The GC mandated me on two things: to support a motion on restoring the universal winter fuel payment, and to vote to prioritise the contemporary motion on bus franchising. I did both.

Priorities ballot: the CLP section chose housing, the NHS workforce, social care, and children's poverty (two-child limit). Bus franchising did not make the top four, which I know will disappoint Pontwen branch. It came sixth.

Winter fuel: the composite was remitted to the NEC after the platform asked for it, so there was no card vote. Many delegates were unhappy about this, myself included. I spoke to delegates from Rhondda, Merthyr and Blaenau Gwent who felt the same.

Child poverty (two-child limit): carried on a show of hands. The platform said a decision will come "at the next fiscal event". The reaction in the hall was mixed.

NHS workforce: carried overwhelmingly.

3. The Wales debate

I was called in the debate on the Welsh Labour report. I spoke for two minutes about the X8, the A&E at Ysbyty Cwm Derw and the tips. I said that in places like ours people don't leave Labour because they've changed, they leave because they think we have. I got applause, and afterwards a member of the NEC asked for a copy.

I'll be honest with the GC: the Welsh session was a bloodbath for the leadership after May's Senedd result. Several delegates said the campaign was run from London and took the valleys for granted. One delegate said we were committing political suicide by treating Reform voters as lost. I don't agree with all of that, but the mood was very raw.

4. Fringes and training

I went to five fringes: the coal tips fringe (Coalfields Regeneration Trust and two MSs) - I have contacts for Sian's motion; a Young Labour fringe on organising in towns; the Co-op Party on community energy; a Unison fringe on the NHS in Wales; and a briefing from the party on candidate and volunteer safety, which was very practical: canvassing in threes, sharing your live location, not putting your home address on Facebook, and how to report things. I'd recommend we ask for the same briefing locally before the council selections.

5. Costs

My costs were: registration (paid by the CLP), train £64.20, two nights' accommodation £198 (shared). I'll send receipts to Meirion. I didn't claim meals.

6. Recommendations

- That the GC invites the Coalfields Regeneration Trust to speak on the tips.
- That the CLP organises the candidate safety briefing for all applicants and agents.
- That Pontwen branch keeps pushing franchising through the Welsh Policy Forum, since it didn't get through the priorities ballot.

Thank you again. It was hard work and I loved it.

Sioned Watkins""")

c.add("safety", subject="Re: Sioned's email?", sender=KEITH, date=D(55),
      tags=("stalking", "implicit", "persistent"),
      body=c.quote_reply(
          """I see. "Not able to share members' contact details." Fine.

I found her myself on Instagram, as it happens. She's blocked me now, which was unnecessary. All I did was send a few messages and a photo I took of her on the platform at Cwmderw station on the Sunday morning before she went - she looked lovely in the green coat.

I also know she does Saturdays at the chemist on Commercial Street. I'll pop in and congratulate her in person. She can't block me there.

Keith""",
          """Dear Keith,

Thank you, I'll pass on your kind words to Sioned. I'm afraid I'm not able to share members' contact details, but I'm sure she'll be glad to hear from you if you see her at a meeting.

Best wishes,
Carys""", quoted_from=SEC, quoted_date=D(56), style="gmail"))

c.add("complaint", subject="conference delegate election results?", sender=("Jason Pugh", "jason.pugh@live.co.uk"), date=D(57),
      tags=(),
      body="""Carys

Still waiting for the actual numbers from the conference delegate ballot in July. All we were told was "Sioned elected". How many votes each? How many ballots were spoiled? Was it counted by someone independent?

Not having a go at Sioned, she did a good job by all accounts. But I stood too and I'm entitled to see the figures, and so is every member. This is the second year running results haven't been published. It's not transparent and it's not good enough.

Jason Pugh""")

c.add("other", subject="Campaign support for Cwmderw", sender=("Tom Fairweather", "tom@fairweatherstrategies.co.uk"), date=D(55),
      tags=("sales-pitch-person",),
      body="""Hi Carys,

Congratulations on what sounds like a strong conference for your delegate - I caught the clip of Sioned's speech.

I run a small consultancy that works with local parties on digital campaigning and data (targeted Facebook ads, WhatsApp community groups, voter ID). Ahead of the 2027 council elections we're offering a "valleys package" for CLPs facing Reform and Plaid challenges, at a fixed monthly fee.

Would you have twenty minutes for a call next week? I'm in Cardiff on Tuesday and Wednesday.

Best wishes,
Tom Fairweather
Director, Fairweather Strategies Ltd""")

c.add("complaint", subject="Cllr Lewis's Facebook post", sender=("Anwen Jones", "anwen.jones@gmail.com"), date=D(60),
      tags=("hard-negative", "angry", "quoted"),
      body="""Dear Carys,

I wish to complain about the post that Darren Lewis put up on his councillor Facebook page before he went over to Reform. I know he isn't ours any more, but he was a Labour councillor when he wrote it and nobody in the party said anything.

He wrote: "Foreign workers at the meat plant are taking family homes in Pontwen while local lads sleep on sofas." Half my neighbours work at that plant. They pay rent, they pay tax, their kids go to school with mine.

I raised this with the branch chair in August and was told to "leave it until after conference". Now he's gone and he's taken his post with him as a leaving present.

I'd like to know why nothing was done when he was still one of us, and I'd like the CLP to put out something saying clearly that this doesn't represent us.

Anwen Jones
Pontwen""")

# ================================================================ early October

c.add("safety", subject="first aid kits", sender=("Clive Rowlands", "c.rowlands@hotmail.co.uk"), date=D(54),
      tags=("quoted", "veiled", "implicit"),
      body=c.quote_reply(
          """Got your letter about "conduct at branch meetings" and "intimidating language". Read it out to the lads in the club, got a good laugh.

You and your panel won't be sleeping easy once this selection's done, I can promise you that much. Plenty of us know where Alun lives, and which night he's on his own at the allotment.

Not a threat. Just telling you how it is up here.""",
          """Dear Mr Rowlands,

Following the Blaenhafod branch meeting on Thursday 17 September, the CLP officers have received a number of complaints about your conduct, including your remark to the secretary beforehand about "booking a first aider".

I must ask you to refrain from intimidating language at party meetings. Any further incident will be referred to the party's Governance and Legal Unit.

The gender-balance designation for Blaenhafod follows the Welsh Executive Committee's guidelines and is not a decision of the CLP officers.

Yours sincerely,
Carys Bevan
Secretary, Cwmderw CLP""", quoted_from=SEC, quoted_date=D(68), style="bottom"))

c.add("bulk", subject="[cwmderw-members] Re: Darren Lewis and Reform", sender=("Phil Bowen", "philbowen54@gmail.com"), date=D(59),
      headers=c.list_headers("cwmderw-members", domain="googlegroups.com"), tags=("list",),
      body="""Lot of heat on this list about Darren. Let's not give him the satisfaction. He's gone, good riddance, we've got seven months to show Cwmderw Central what a proper councillor looks like.

Anyone free for the stall outside the Co-op on Saturday 10-12? I've got the gazebo.

Phil

--
You received this message because you are subscribed to the Google Groups "cwmderw-members" group.
To unsubscribe from this group and stop receiving emails from it, send an email to cwmderw-members+unsubscribe@googlegroups.com.""")

c.add("safety", subject="[cwmderw-members] Re: Darren Lewis and Reform", sender=("Roy Tudor", "roytudor48@gmail.com"), date=D(59),
      headers=c.list_headers("cwmderw-members", domain="googlegroups.com"), tags=("list", "wish-harm"),
      body="""Phil's right we shouldn't give him the satisfaction. But I'll say this and I don't care who reads it. Darren Lewis stood on that stage in the Welfare in 2022 with our money and our votes and now he spits on the men who built that hall.

I'm not saying anybody should lay a finger on him. But his house is right under No. 4 tip, and if it comes down on him one wet night this winter I won't be shedding any tears, and neither will half this valley. Some of us might even go up and give it a shove.

Roy

--
You received this message because you are subscribed to the Google Groups "cwmderw-members" group.
To unsubscribe from this group and stop receiving emails from it, send an email to cwmderw-members+unsubscribe@googlegroups.com.""")

c.add("safety", subject="Pontwen session Sunday - something you should know", sender=("Ffion Rowlands", "ffion.rowlands@outlook.com"),
      date=D(58), tags=("third-party-report", "following"),
      body="""Hi Carys,

Something happened on the Gelli-las session on Sunday and Huw Daniel said to tell you straight away rather than wait for the EC.

Me and Rhys (the new member, he's 19) were doing the far end of Heol y Bryn when a white transit van started crawling along behind us. At first I thought he was looking for a house. He stopped every time we stopped, for about 20 minutes, down Heol y Bryn and round into Bryn Terrace. When Rhys went to a door the driver wound the window down and said to me, "I know your mam's house, Ffion. Number 9, isn't it." Then he drove off.

I don't know him. Rhys got part of the number plate (CV-something-KX). I've told my mam and she's in bits.

I don't want to stop canvassing but I'm not going out in twos again. Can we talk about it at EC? And should I go to the police station or ring 101?

Ffion""")

c.add("safety", subject="parcel at the Welfare", sender=("Mair Harries", "mair.harries@btinternet.com"), date=D(56),
      tags=("suspicious-item", "third-party-report"),
      body="""Carys,

I've just come down to open up for the Thursday Club and there's a cardboard box left right against the door of the Labour office at the side of the Welfare. It's wrapped round and round with brown parcel tape and somebody's written LABOUR TRAITORS on the top in black marker. There's no address on it. And Carys there is a smell of petrol off it, I'm sure of it.

I haven't touched it. I've taken the pensioners round the front into the lounge and told them not to use the side door. Dilwyn's still in hospital so there's nobody here from the committee but me.

Should I ring 999? I don't want to make a fuss if it's just some silly boys. Please ring me on the Welfare number, 01443 000 418, my mobile's got no battery.

Mair""")

c.add("complaint", subject="A&E vote", sender=("Nigel Prosser", "nigelprosser@btinternet.com"), date=D(57),
      tags=("hard-negative", "angry"),
      body="""So our Labour councillors sat on their hands on the A&E report. Sat on their hands! Not one of them stood up to the health board.

I was there in the public gallery, Carys. I watched them. When my wife had her stroke in 2019 we got to Cwm Derw in nine minutes. Next time it'll be forty to the Heath if the ambulance comes at all.

I've been Labour 30 years. I'll be at the public meeting in Blaenhafod to have my say, and I'll be telling everyone in Gelli-las exactly how those councillors voted. Watch this space in May.

Nigel Prosser""")

c.add("query", subject="Papurau'r Pwyllgor Cyffredinol yn Gymraeg? / GC papers in Welsh?",
      sender=("Elin Haf Rees", "elinhaf.rees@gmail.com"), date=D(56), tags=("bilingual",),
      body="""Annwyl Carys,

Oes modd cael papurau'r Pwyllgor Cyffredinol yn Gymraeg, neu o leiaf yr agenda a'r cofnodion? Dw i'n dysgu fy mhlant drwy gyfrwng y Gymraeg ac mae'n well gen i ddarllen pethau ffurfiol yn Gymraeg. Oes cyfieithu ar y pryd yn bosibl yn y cyfarfodydd?

Dear Carys, is it possible to have the GC papers in Welsh, or at least the agenda and minutes? I prefer to read formal documents in Welsh. And is simultaneous translation possible at meetings?

Diolch,
Elin""")

c.add("data-protection", subject="delete me", sender=("Craig Mathias", "craig.mathias77@gmail.com"), date=D(55),
      tags=("confuser", "dp-no-legal-words"),
      body="""I've joined Reform. I want every bit of information you have on me deleted, my membership record, my phone number, the canvassing stuff, the lot. Don't contact me again, no leaflets, no calls, no "we're sorry to see you go" emails.

Confirm when done.

C Mathias""")

c.add("other", subject="old days", sender=("Dorothy Llewellyn", "dot.llewellyn@talktalk.net"), date=D(55),
      tags=("elderly", "hard-negative", "benign-violent-word"),
      body="""Dear Carys,

I hope you don't mind an old woman writing to you. I saw your name in the Echo about the memorial concert and I wanted to tell you that I will be there on the 10th, God willing. I was nineteen when the explosion happened at Derw in 1966 and my fiancé Emrys was on the afternoon shift. He came up. Eleven others didn't, and two of them were his cousins. We married the next spring and had fifty-one years.

When I see the young ones like that girl who spoke at the conference I think Emrys would have been proud. He always said the Labour Party was the only thing that ever fought for the valleys, though he also said we'd had to fight the Labour Party itself more than once, especially in '84 when the police came up the valley in their vans and the battles at the pithead were on the news every night.

My great-granddaughter is typing this for me. I have told her to put in that I still have my membership card from 1965.

With warm regards,
Dorothy Llewellyn (Mrs)""")

c.add("safety", subject="waiting", sender=KEITH, date=D(54),
      tags=("stalking", "following", "persistent", "implicit"),
      body="""Carys,

I went into the chemist on Saturday as I said I would. Sioned wasn't on the counter. The girl said she'd "gone in the back". I waited an hour and a half and she never came out.

Then on Tuesday I saw her get off the 5.40 bus at Gelli-las and go up Heol y Bryn. So now I know which way she walks home.

I'm not a bad man. I just want her to talk to me properly, once. You tell her that, since you're so keen on passing messages. You can tell her I'll be at the bus stop again Tuesday.

Keith Morley""")

c.add("safety", subject="Blaenhafod", sender=("Mervyn Ashworth", "mervyn.ashworth@yahoo.co.uk"), date=D(54), fmt="html",
      tags=("conditional", "html-only", "veiled"),
      html_body="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Mrs Bevan,</p>
<p>I understand the panel will interview the Blaenhafod applicants at the Welfare on the weekend of the 17th.</p>
<p>If that panel puts Alun Jenkins's daughter-in-law through to Blaenhafod over the heads of people who have lived and worked in that ward all their lives, then I'd say the people sitting on that panel had better have somebody to drive them home afterwards, and not go the mountain road.</p>
<p>You were warned about this in September. Consider this the last time anyone will put it politely.</p>
<p>M. Ashworth</p>
</div></body></html>""",
      body="")

c.add("query", also=["other"], subject="Memorial concert - Labour stall?", sender=("Huw Daniel", "huw.daniel@outlook.com"),
      date=D(54), tags=(),
      body="""Carys - the memorial concert committee have said we can have a table in the foyer on the 10th, but only for the NUM history display, no party banners or leaflets (fair enough, it's a memorial).

Do we still have the lodge photos from the 2016 exhibition and does anyone know where they are? Meirion thinks the Welfare loft, Dilwyn thinks your garage!

H""")

c.add("bulk", subject="Auto-reply: Heol Tâf refuse collection", sender=("Cwmderw CBC Waste Services", "waste.services@cwmderw-cbc.gov.example"),
      date=D(85), headers=c.autoreply_headers("exchange"), tags=("autoreply",),
      body="""Thank you for contacting Waste Services. This mailbox is no longer monitored.

To report a missed collection, please use the online form at www.cwmderw-cbc.gov.example/bins or call Customer Services on 01443 000 100 (Monday to Friday, 8.30am-5pm).

Diolch am gysylltu â'r Gwasanaethau Gwastraff. Nid yw'r blwch post hwn yn cael ei fonitro mwyach.""")

c.add("other", subject="thanks for the reference", sender=("Liam Jenkins", "liamjenkins2003@gmail.com"), date=D(62),
      tags=("personal-news",),
      body="""hi miss (sorry, Carys!!)

just wanted to say i got the apprenticeship at the council, electrical, start in november. the lady said your reference was the best one she'd had all year. my mam cried.

diolch am bopeth, honestly wouldn't have applied if you hadn't made me

Liam""")

# Tag the messages mailkit happened to render as HTML-only, so the per-class figures are honest.
import email  # noqa: E402
c.items = [(data, cats, mn, tags + ("html-only",)
            if email.message_from_bytes(data).get_content_type() == "text/html" and "html-only" not in tags
            else tags) for data, cats, mn, tags in c.items]

c.write()
