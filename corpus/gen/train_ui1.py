"""train/ui1: "the one sentence that matters in a long letter", part 1 (Marwick Vale CLP, a
Pennine-fringe constituency of old mill towns and moor villages: Marwick, Holme Bridge,
Scarcliffe, Netherby, Lowfold). All content hand-written.

The secretary is Gwen Attwood. Chair Barry Noakes (walks a collie on Scarcliffe Moor), treasurer
Lakshmi Rao, MP Claire Venn, councillors Fran Haigh (Marwick Central), Pete Oduya (Netherby) and
Tom Greatorex (Scarcliffe). Live rows: Holme Bridge library closure, three-weekly bins, the
Lowfold Farm housing scheme, the Netherby council selection, winter fuel, the two-child cap.
GCs are at Kirkgate Methodist Hall, some meetings at Scarcliffe Miners' Welfare, the office is
on Market Street.

Every message is long (250-700 words) and about ordinary business; one sentence in it matters.
27 safety (the menace sits in a middle paragraph, the second half of a rant, a P.S., after the
signature, one line of a motion or report, quoted or forwarded text, the last item of a list,
a member's newsletter) and 33 non-threats carrying one strong sentence that is not menace
(10 complaint, 5 query, 6 procedural, 3 urgent, 3 data-protection, 4 other, 2 bulk)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ui1", seed=7101)
c.clp = ("Marwick Vale CLP", "Gwen Attwood", "secretary@marwickvalelabour.org.uk")
P = c.person
D = c.date
SEC = "Gwen Attwood <secretary@marwickvalelabour.org.uk>"

# 1 ------------------------------------------------------------------ safety: middle of casework
c.add("safety", subject="Damp and mould - 7 Dyers Yard, still not fixed",
      sender=("Kerry Whitworth", "kerrywhitworth82@gmail.com"), date=D(212),
      tags=("embedded", "implicit", "veiled", "long"),
      body="""Dear Ms Attwood,

I was given your address by the lady on the Labour stall on Marwick market last Saturday, who said you could pass things on to the right councillor, because I have had no joy going direct.

I rent a two-bed flat from Pennine Valley Homes at 7 Dyers Yard, off Kirkgate. Since last October there has been black mould coming through in the back bedroom where my youngest sleeps. It starts behind the wardrobe and now it's up the wall and across the ceiling in the corner. I wipe it down with the spray they gave me every week. I keep the window open even in January. I bought a dehumidifier out of my own money (£149 from Argos) and it fills a tank a day. The surveyor came in November, said it was condensation and "lifestyle", and left. My daughter has been to the GP three times with her chest and the GP has written a letter, which I have a copy of.

I wrote to Cllr Haigh in December and again in February. The first time she replied saying she would raise it. The second time nothing. I went to her surgery at the library and she wasn't there, a man said she'd been called away.

I'll be honest with you. I know where Fran Haigh lives. Everyone on Kirkgate knows, it's the double-fronted one on Ainsley Crescent with the new conservatory and the white Range Rover on the drive. Nice and dry in there I expect. I walk past it most nights on my way back from my shift at the care home. I've not done anything and I'm not saying I will, but people round here are at the end of their tether with her and I can't speak for all of them, and I want her to know it's been noticed.

What I want is simple. I want someone from Pennine Valley out to do a proper survey, not a man with a moisture meter for five minutes, and I want the wall treated and my daughter back in a dry room before next winter. I have photographs going back to October and I can send them.

I'm on nights this week so the best time to ring me is after 2pm, on 07700 900461.

Thank you for reading this,

Kerry Whitworth
7 Dyers Yard
Marwick""")

# 2 ------------------------------------------------------------------ complaint: metaphor in a winter fuel rant
c.add("complaint", subject="Winter fuel - I have had enough",
      sender=("Alan Sutcliffe", "alan.sutcliffe@btinternet.com"), date=D(300),
      tags=("long", "hard-negative", "metaphor", "angry"),
      body="""Gwen,

I have been a member of this party since 1974. I joined the week of the February election, in a room above the Co-op in Holme Bridge that isn't there any more, and I have delivered leaflets in every election since including the ones we lost badly and the ones where we lost worse. I have never once written a letter like this and I'd hoped I never would.

The winter fuel decision is the worst thing I have seen a Labour government do to its own people. I say its own people deliberately. The pensioners on the Lowfold estate and up at Scarcliffe are not rich. They are people who worked in the mills and the pits and the hospitals and brought up families on very little, and a good number of them are just above the Pension Credit line, which means they get nothing. I know because I sit with them at the luncheon club every Thursday and they ask me, as the Labour man, what on earth we think we are doing. I don't have an answer for them.

Let me tell you about one of them, since nobody in London ever seems to meet them. Edna is 84 and lives on her own in a two-up two-down on Beck Side. Her pension, with the bit of widow's pension from her husband's time at the council, puts her about nine pounds a week over Pension Credit. Last winter she got the £300 and it went straight on the gas. This winter she got a leaflet from us about "checking your entitlement". She checked. She isn't entitled. So she's decided she'll heat the back room only, and go to bed at eight with a hot water bottle, and she told me this at the luncheon club as though it was the most normal thing in the world, because for her generation it is. She's not complaining. That's the worst of it. She's not complaining and we've let her down.

I understand about the black hole. I read the papers. I understand that choices have to be made. But you don't balance the books on the backs of eighty-year-olds in stone terraces with single glazing and a coal-effect gas fire they are frightened to switch on. That isn't a hard choice, it's an easy one dressed up as a hard one, because they were never going to march on Downing Street.

This decision is a knife in the back of every pensioner in Marwick Vale, and the people who made it have blood on their hands if we get a cold January, and I'll say that to Claire Venn's face if she comes to the luncheon club, which I invite her to do.

What I want from the CLP is this. I want the GC to pass a motion asking the government to think again, and I want it sent to Claire and to the Chancellor with the numbers for our constituency. I want our councillors to get the Pension Credit take-up campaign going properly, door to door, not a leaflet in the library. And I want someone to tell me, honestly, whether anybody in the party nationally is listening to branches at all, or whether we are just there to fold leaflets.

I have not resigned. I'm too old and too stubborn. But I'm closer than I have ever been.

Alan Sutcliffe
Holme Bridge & Lowfold branch""")

# 3 ------------------------------------------------------------------ safety: P.S. on a membership query
c.add("safety", subject="Low waged rate?", sender=("Neil Brigg", "neilbrigg@outlook.com"), date=D(248),
      tags=("embedded", "veiled", "stalking", "implicit", "threat-at-end", "long"),
      body="""Hi,

Quick (ish) question about my membership. I have been paying the standard rate by direct debit for about six years, but I was made redundant from Holroyd's in the summer when they closed the dyeworks and I'm now on Universal Credit while I look for something. Somebody at the branch told me there is a reduced rate for people who are unwaged or on benefits, but when I went on the membership site it just kept showing me the full amount and the only option was to cancel, which I don't want to do.

So my questions are:

1. Is there a reduced rate and how much is it now? I've seen £2-something mentioned and also £1 a month, I don't know which is right.
2. Do I have to prove anything, like send a UC statement? I'd rather not if I can help it.
3. If I change the direct debit will it count as me leaving and rejoining? I want to keep my continuous membership because I would like to vote in the selection next year and I was told you need six months.
4. Can it be backdated to August when I actually lost the job? Not the end of the world if not.

Also I think my address is still showing as my old one on Cawthorne Street. I moved to 22 Weavers Row in Scarcliffe in the spring. Can you update that, or is that something I have to do myself online? I've tried logging in and it says my email isn't recognised, possibly because I used my old work email originally, which has gone now obviously.

Sorry for the long list. I know you're a volunteer and I appreciate it.

Cheers,
Neil Brigg
Scarcliffe

P.S. Tell Barry Noakes I haven't forgotten what he did at the AGM, and I'm not the only one. He walks that collie up the top track on Scarcliffe Moor at six every morning, on his own, in the dark this time of year. I see him most days. He should think on.""")

# 4 ------------------------------------------------------------------ safety: one line of a branch report
c.add("safety", subject="Netherby branch report for GC - March",
      sender=("Shirin Malik", "shirin.malik.netherby@gmail.com"), date=D(245),
      tags=("embedded", "third-party-report", "following", "long"),
      body="""Dear Gwen,

Please find below the Netherby branch report for Thursday's GC. Apologies it's a day late, it's been one of those weeks.

NETHERBY BRANCH REPORT TO THE GENERAL COMMITTEE

1. Meetings. The branch met on 4 March at the Netherby Institute with 17 members present, which is our best turnout since the autumn. We welcomed three new members, two of whom joined after the library campaign stall. The guest speaker was Cllr Oduya on the council budget, which generated a lively discussion on the adult social care precept.

2. Campaigning. We have now knocked on 1,140 doors across Netherby since January, mostly on Cross Lane, the Brookfield estate and the new houses off Moor Road. Contact rate is around 38%. Main issues on the doorstep remain bins (three-weekly collections are very unpopular), the library, and speeding on Moor Road. We are short of drivers for Saturday mornings and would welcome help from other branches.

3. Safety. On Tuesday evening's session, two of our canvassers (both women, one of them 19) reported that a man in a white Transit van followed them slowly down Cross Lane for several minutes, photographed each of them on his phone, and when they walked back to the car said "I know your faces now, I'll know where to find you." They had the sense to get in the car and go. We have reported it to the police (reference on request) and to regional office, and the branch has agreed nobody canvasses Cross Lane without at least four people until further notice. We would like the GC to discuss this properly please.

4. Fundraising. The quiz night at the Fleece raised £312 after costs. Thanks to Des for the questions and apologies again for the round on 1970s B-sides. The raffle for the hamper will be drawn at the May meeting.

5. Library campaign. The petition now has 2,214 signatures, of which roughly 600 are Netherby addresses. We are organising a read-in on the library steps on the 22nd and would welcome a CLP banner if one is still in the office.

6. Motions. The branch agreed to forward the attached motion on local bus services to the GC (proposed Janet Pickles, seconded Lewis Armitage), passed 15-0-2.

7. AOB. The Institute is raising room hire to £25 from April. We are looking into alternatives but it is still the cheapest room in Netherby.

Regards,
Shirin Malik
Secretary, Netherby branch""")

# 5 ------------------------------------------------------------------ query: lone canvassing, news about threats
c.add("query", subject="New member - is it safe to canvass on my own?",
      sender=("Hannah Leckie", "hannah.leckie@icloud.com"), date=D(230),
      tags=("long", "hard-negative", "news-about-threats"),
      body="""Hello,

I joined the party in January (the first thing I have ever joined apart from a gym I never went to) and I've been to two Marwick Central branch meetings. Everyone has been really welcoming and I would like to start helping with the door-knocking before the May elections. Fran Haigh said to email you about getting on the list and about training.

I have a slightly awkward question though, and I'd rather ask it than not.

I'm 24, I live on my own, and I work shifts at the hospital so the times I'm free are often weekday afternoons when there might not be a big group going out. Is it OK to go out on my own with a clipboard if I only do streets near where I live? Or is there a rule against it?

The reason I'm asking is that over the last year I have read quite a lot of stories in the news about MPs and councillors being threatened, and the one about a canvasser in the Midlands who was punched on a doorstep in the autumn really stuck with me. I know that's national and probably very rare, and I don't want to be dramatic about it. Marwick is not exactly a war zone. But I would like to know what the sensible thing is before I start rather than after.

So, specifically:

- Is there any safety training or a buddy system for new canvassers?
- Do people usually carry anything, like an alarm, or share their location with someone?
- What should I do if someone is aggressive on the doorstep? Just walk away?
- Is there a WhatsApp group for the Marwick Central canvassing sessions I could join?

I'm also happy to help with non-doorstep things in the meantime, like data entry or leaflet delivery (I'm quite quick, I used to do a paper round). I can also drive, if that's ever useful for getting people up to the villages.

Thanks very much, and sorry if this is a silly question.

Hannah Leckie
Marwick Central""")

# 6 ------------------------------------------------------------------ safety: motion with doxxing in supporting notes
c.add("safety", subject="Motion for GC - Holme Bridge library", sender=("Raymond Earnshaw", "ray.earnshaw@talktalk.net"),
      date=D(238), tags=("embedded", "doxxing", "implicit", "long"),
      body="""Dear Secretary,

I submit the following motion for the next General Committee. It has been passed by nobody yet because the Holme Bridge branch has not met since January, so I am submitting it as an individual member, as I understand I am entitled to under the rules. If I am wrong about that, please tell me who can move it.

MOTION: SAVE HOLME BRIDGE LIBRARY

This CLP notes:
- That the Labour-run council's cabinet voted on 14 February to close Holme Bridge library from September as part of the "Libraries Review".
- That the library is the only public building left in Holme Bridge since the police station and the bank closed.
- That it is used by over 400 people a month, including the job club, the under-5s rhyme time and the knit and natter group, and is the only free access to computers and printing in the village.
- That the saving claimed is £61,000 a year, less than the council spends on consultants in a month.

This CLP believes:
- That closing libraries in our poorest villages while keeping the central library's café open is indefensible.
- That Labour councillors should not be doing the Tories' work for them.

This CLP resolves:
- To write to the council leader and cabinet asking that the decision be reversed.
- To support the Friends of Holme Bridge Library campaign publicly.
- To invite the cabinet member to explain her vote at the next GC.

Supporting notes for members (please circulate with the motion):

The three Marwick Vale councillors who sat on the cabinet and voted for the closure are listed below with their home addresses, which I have taken the trouble to find. Cllr Haigh, 9 Ainsley Crescent, Marwick. Cllr Greatorex, Fold House, Top Road, Scarcliffe. Cllr Dunn, 41 Moorside View, Netherby. Residents who want to explain to them what the library means may prefer to call round in person of an evening, since emails go unanswered. There are a lot of us and they are only three.

I expect the motion to be taken in full and the notes circulated as written. I will be at the meeting.

Raymond Earnshaw
Friends of Holme Bridge Library (member)""")

# 7 ------------------------------------------------------------------ complaint: selection ultimatum
c.add("complaint", subject="Netherby selection - this is not democracy",
      sender=("Maureen Crossley", "mocrossley@sky.com"), date=D(180),
      tags=("long", "hard-negative", "angry"),
      body="""Dear Gwen

I'm writing as a member of Netherby branch for 19 years and as the person who has organised every single one of our leafleting rounds since 2012, so I would like this read by the Executive and not just filed.

The selection meeting for Netherby ward on Sunday was a shambles from start to finish. We were told on the Wednesday, with four days' notice, that there would be a shortlist of one. One. Pete Oduya has been our councillor for eleven years and some of us think he's done a fine job on some things and a poor one on others, which is exactly why members should have a choice. Two other members applied, both from the branch, both with years of work behind them, and neither was interviewed. Nobody has told us why. When Lewis asked at the meeting he was told by the regional rep that "the panel's deliberations are confidential." That is not good enough.

Then we were told there would be no hustings, no questions, just a vote to endorse. Eleven of us voted against. It was still carried, because half the people in the room had not been to a branch meeting in a year and were brought in by car for the occasion. I'm not naming names. Everybody knows.

Let me be very clear about where I stand. If Pete Oduya is imposed on us again without a proper contest, I will resign my membership that same night, and I'm not the only one. Half the branch has said the same thing to me in the last three days. You can't run a ward campaign in May without the people who actually do the work.

I'm asking for three things:

1. A written explanation of how the shortlisting panel was made up and what criteria it used.
2. The selection to be re-run with the other two applicants interviewed.
3. An apology to the members who were told at the door that they could not speak.

I have copied this to the Chair. I don't expect it to be popular. I've been around long enough to know that the people who complain are the ones who get called troublemakers. But I'd rather be a troublemaker than a doormat.

Maureen Crossley""")

# 8 ------------------------------------------------------------------ safety: quoted text (councillor forwards resident's message via reply)
c.add("safety", subject="Re: Ward surgery changes", sender=("Cllr Fran Haigh", "cllr.fran.haigh@marwickvale.gov.example"),
      date=D(205), tags=("embedded", "quoted", "third-party-report", "veiled", "stalking", "long"),
      body=c.quote_reply("""Gwen,

Thanks for sorting the room at the library for the surgeries. Thursday 6-7.30 works for me and I've told the ward office. Can you put it in the next members' bulletin?

I've left the rest of the thread below because I want you to see what came in underneath it. This is the third email from the same man. I haven't replied to any of them. Read his second paragraph. I'm not going to do the Thursday surgery on my own now, I'm afraid, so if you can find a member to sit in with me I'd be grateful. I'll ring you tonight about whether to involve the police.

Fran""",
      """Fran, the library can do Thursdays 6-7.30 from next month, first and third week. Is that OK? I've put his latest underneath, it came to the CLP address as well. Gwen

From: D. Rushworth
Sent: Sunday
To: Fran Haigh
Subject: Parking on Kirkgate

Councillor Haigh, I have now written three times about the residents' parking scheme on Kirkgate and the fact that I am being charged £60 a year to park outside my own house while the surgery staff park for free. I have had no reply.

I have been watching how you live since you stopped answering me. You leave your house at ten to eight, you drop the little one at Kirkgate Primary, you park on Station Road and walk the rest. You do your shopping at Aldi on a Friday. I know it all now. I'll be at your Thursday surgery, and I will get my answer one way or another.

I also want to know why the scheme was extended to Mill Street without any consultation of the existing permit holders, and who decided on the price increase.

D. Rushworth""", quoted_from=SEC, style="gmail"))

# 9 ------------------------------------------------------------------ procedural: motion with a metaphor
c.add("procedural", subject="Motion on bus services for the May GC (from Holme Bridge & Lowfold branch)",
      sender=("Dev Chauhan", "dev.chauhan@gmail.com"), date=D(160),
      tags=("long", "hard-negative", "metaphor"),
      body="""Dear Gwen,

At its meeting on Tuesday the Holme Bridge & Lowfold branch agreed the following motion for submission to the May General Committee. It was proposed by me and seconded by Alan Sutcliffe, and carried 12 for, 0 against, 1 abstention. I'd be grateful if you could confirm receipt and let me know if it needs to go to the Executive first under standing orders, because I was not clear on that from the last GC.

MOTION: RESTORE THE 581 AND 583 BUS SERVICES

This CLP notes:

1. That the operator withdrew the evening 581 (Marwick-Holme Bridge-Lowfold) in January and cut the 583 to Scarcliffe to four journeys a day, none after 6pm and none on Sundays.
2. That the combined authority has not used its franchising powers in our area and that there is no timetable for doing so.
3. That the cuts fall hardest on people without cars: the young, the old, shift workers at Marwick General and the care homes, and disabled residents.

This CLP believes:

1. That a village without a bus after six o'clock is a village that is slowly being switched off.
2. That the withdrawal of the 581 will rip the heart out of Holme Bridge's evening economy. The Fleece, the chippy and the community centre all depend on people being able to get home.
3. That franchising, as in Greater Manchester, is the long-term answer, and the party nationally has said so.

This CLP resolves:

1. To write to the Mayor and the combined authority's transport committee asking for the 581 evening service to be restored as a supported service, and for a timetable for franchising in Marwick Vale.
2. To ask Claire Venn MP to raise rural bus services in Parliament and with the Department for Transport.
3. To ask all branches to collect bus stories from residents for a short report to be presented to the combined authority in the autumn.

Speaking notes, if there is time: the branch did a survey at the Lowfold stop over two Saturdays and found 41 people who had missed a hospital appointment, a shift or a family event in the last three months because of the cuts. We can bring the forms to the GC.

If the motion needs tidying up for the agenda, I am happy for you to correct the formatting but please don't change the wording of the resolves without checking with me.

Thanks,
Dev Chauhan
Branch Secretary, Holme Bridge & Lowfold""")

# 10 ----------------------------------------------------------------- safety: second half of a national rant (children)
c.add("safety", subject="Two-child limit - shame on all of you",
      sender=("Jodie Bairstow", "jodie.bairstow@hotmail.co.uk"), date=D(288),
      tags=("embedded", "veiled", "implicit", "wish-harm", "long"),
      body="""To whoever reads this at the Labour office,

I voted Labour last year for the first time in my life. My mum always did and her dad before her but I never bothered because I thought you were all the same. Then I had my third, and I thought, well, they'll get rid of the two-child limit, they've as good as said it, the Tories brought it in and Labour will scrap it. I went round my friends and told them to vote for Claire Venn. I actually did that.

And what happened. Nothing. Another year, another "review", another "when the money allows". My third is nearly two now and she doesn't exist as far as the benefits system is concerned. That's about £290 a month we don't get. That's the difference between the heating going on and not. I work 20 hours at the Co-op in Netherby, my partner does agency work at the warehouse when there's any going. We are not scroungers. We are the people you said you were for.

I went to Claire Venn's surgery in November. She was nice enough to my face, took notes, said she'd "been making the case internally". Then she went and voted with the government on every single thing. She's got a nice life. Two kids of her own. I don't suppose she's ever had to choose between a school coat and a gas top-up.

I've seen her girls, you know. They go to St Oswald's, they come out of the side gate at half three with their nanny or whatever she is and walk down to the car on Chapel Street. Pretty little things. Matching coats. It must be nice to be able to keep your children safe and warm. She should think about that. She should think about how it would feel if her girls weren't safe, because that's how I feel every single day, and somebody ought to make her feel it too.

I am not the only mum saying this. We talk at the school gates and we are all sick of it. You have lost every one of us for the next election and you have lost my mum and my nan as well.

Scrap the limit. It isn't hard. You found the money for everything else.

Jodie Bairstow
Netherby""")

# 11 ----------------------------------------------------------------- safety: one message in a forwarded thread
c.add("safety", subject="Fwd: Re: Re: Welfare booking and the room rate",
      sender=("Lakshmi Rao", "lakshmi.rao.treasurer@gmail.com"), date=D(198),
      tags=("embedded", "forwarded", "third-party-report", "veiled", "stalking", "long"),
      body=c.forward("""Gwen - forwarding the whole thread about the Welfare booking because (a) you need the new room rate for the budget paper and (b) I want you to see the message from Colin in the middle of it. I didn't notice it at first because I was skimming for the numbers. Jas saw it when I showed her the thread. I'm honestly a bit shaken. I don't think he should be at the GC on the 12th and I'm not walking out to the car park on my own after it. Can we talk tomorrow? L""",
      """From: Scarcliffe Miners' Welfare <bookings@scarcliffewelfare.example>
Subject: Re: Re: Welfare booking and the room rate

Dear Lakshmi, further to the below, the committee has agreed to hold the rate at £30 for the concert room for the remainder of this year if the CLP confirms the six GC dates by the end of the month. From January it will be £38, which includes heating. Kind regards, Brenda (bookings)

---

From: Colin Firth-Hargreaves
Subject: Re: Welfare booking and the room rate

Lakshmi,

I note you've copied me in, I assume because I raised the question of the rent at the last GC. I see the room is now costing more while my subs have gone up too, and nobody asked the members. You went red when I asked where the money goes and you still haven't answered. I'd be careful if I was you. It's a long dark walk from the Welfare to where you leave that blue Fiesta on Pit Lane, and people remember who's been treating them like idiots. Just a word to the wise.

I also want to see the full accounts before the AGM, not the summary.

Colin

---

From: Lakshmi Rao
Subject: Welfare booking and the room rate

Dear Brenda, thank you for your call. For the CLP's records could you confirm in writing (1) the current hourly rate for the concert room, (2) whether heating is included, (3) whether there is any discount for a block booking of six dates a year, and (4) whether the bar will be open for the AGM in March. I've copied in Colin who asked about room costs at the last GC. Many thanks, Lakshmi Rao, Treasurer, Marwick Vale CLP""",
      orig_from="Scarcliffe Miners' Welfare <bookings@scarcliffewelfare.example>",
      orig_subject="Re: Re: Welfare booking and the room rate", style="gmail"))

# 12 ----------------------------------------------------------------- data-protection: canvass sheet found
c.add("data-protection", subject="Found one of your canvassing sheets in the Lowfold bus shelter",
      sender=("Patricia Gaunt", "pat.gaunt@yahoo.co.uk"), date=D(155),
      tags=("long", "hard-negative", "angry", "dp-no-legal-words"),
      body="""Good evening,

I hope this is the right address. It was the one on the bottom of the leaflet.

This afternoon I was waiting for the 583 in the shelter at the bottom of Lowfold Lane (another story, it never came) and there was a clipboard sheet wedged behind the timetable. I took it out to put it in the bin and then I saw my own name on it. My name, my house number, my date of birth, a tick in a column marked "PV", and then a letter "A" in a column with a heading I can't read. Underneath me was my next-door neighbour, Mr Lister, who is 91, with a note in pen that says "deaf, knock loud, lives alone". Then about thirty other people on Lowfold Lane and Beck Side, all with the same kind of information, and some of them with comments like "v hostile" and "Green?" and "don't bother".

I'm not naive. I know parties keep lists of who votes and who doesn't. I've probably said more on my own doorstep than I should. But to leave it in a bus shelter, for anybody to pick up, with a note saying which of my neighbours is old and deaf and on his own, is beyond careless. There have been two break-ins on Beck Side since Christmas. You've written a shopping list for whoever did them.

I have the sheet here on my kitchen table. I am not going to post it back to you because I don't trust it to get there. I would like somebody from the party to come and collect it in person and tell me, and Mr Lister's daughter, what happens now. Who else has copies? Is this on a computer somewhere? Are you going to tell the other people on it? Is there anything you're meant to report to, because I'd imagine there is.

If nobody has been in touch by the weekend I'll take it to the Examiner, and I'll tell everyone on Lowfold Lane exactly who dropped it, because I'm furious, frankly. Mr Lister voted Labour for seventy years.

I'll be in most days, it's number 6 with the green door. Please ring first on 01632 960214.

Patricia Gaunt (Mrs)""")

# 13 ----------------------------------------------------------------- safety: last item of a long list of points
c.add("safety", subject="The AGM - my points, since I wasn't allowed to make them",
      sender=("Gordon Spink", "g.spink1958@aol.com"), date=D(275),
      tags=("embedded", "conditional", "veiled", "threat-at-end", "long"),
      body="""Secretary,

Since the Chair decided on Saturday that my points of order were "not points of order" and then had me muted on the Zoom link for the rest of the meeting, I will put them in writing and I expect them to be recorded in the minutes under correspondence.

1. The AGM was not quorate at the start. I counted 23 in the room and 9 on Zoom at 10.30. The standing orders say 35. The meeting should not have begun until 10.47 when the Scarcliffe car arrived.

2. The agenda was circulated eight days before the meeting, not the required fourteen. I have the email with the date on it.

3. Nominations for Vice-Chair (Membership) closed on a Wednesday evening which was not advertised anywhere except the website. Many members do not look at the website.

4. The Treasurer's report gave a figure for "sundries" of £1,140. I asked what that meant and was told it would be answered "afterwards". It was not answered afterwards.

5. The proposal to move GCs permanently to Kirkgate Methodist Hall was taken under AOB with no notice. Scarcliffe and Netherby members will now have a forty-minute bus journey each way in winter, when there is a bus.

6. The vote on the delegate to regional conference was taken by show of hands in the room but the Zoom participants were not counted separately. I would like the numbers.

7. I was muted on Zoom by the Chair while I was speaking, which I understand is against the party's own guidance on hybrid meetings.

8. And finally, a warning, which I want passed on to Barry Noakes word for word. The next time he shuts me up in front of a room of people, I won't be so polite about it in the car park afterwards. He knows I'm a big lad and he knows I don't forget.

Gordon Spink
Scarcliffe branch""")

# 14 ----------------------------------------------------------------- complaint: legal threat in P.S.
c.add("complaint", also=["query"], subject="Charged twice AGAIN and still no reply",
      sender=("Trevor Ackroyd", "trevor.ackroyd@ntlworld.com"), date=D(142),
      tags=("long", "hard-negative", "legal-threat", "angry"),
      body="""Dear Ms Attwood

This is my fourth email on this subject, and the previous three (sent 3 January, 17 January, 2 February) have had no reply whatsoever, not even one of those automatic ones. I am therefore writing again and copying in the regional office, whose address I found on the internet.

The facts are these. I renewed my membership by card over the telephone in December, having been rung up by a very pleasant young man from a phone bank, who said my direct debit had "failed" and asked me to pay the year up front. I paid £42 by card. Four days later the direct debit came out of my account as normal, £3.75, and it has come out every month since. So I have paid twice, once for the year and once monthly. The young man's name was Josh, which is not a great deal of help I realise.

I rang the membership line in January and after forty minutes on hold I was told the CLP would have to "reconcile" it locally. I don't know what that means but whatever it is it has not happened.

I would like:

(a) confirmation of which payment you are treating as my membership,
(b) a refund of the other, and
(c) the direct debit cancelled if you are keeping the annual payment, or the annual payment refunded if you are keeping the direct debit. I don't mind which, I would just like to be charged once, like everybody else.

I would also like to know how the phone bank got my number. I don't remember giving it to the party and I'm ex-directory.

I have been a member since Kinnock, and a treasurer myself (of a bowls club, admittedly), so I know how these things get tangled up. But four emails is four emails.

Regards,

Trevor Ackroyd
Holme Bridge

P.S. If the £42 hasn't been refunded by the end of the month you'll be hearing from my solicitor, who happens to be my son-in-law and who has said he will be very happy to write to you for nothing.""")

# 15 ----------------------------------------------------------------- safety: a member's newsletter with doxxing
c.add("safety", subject="Holme Bridge Notes no. 14 - spring!",
      sender=("Sylvia Marsden", "holmebridgenotes@gmail.com"), date=D(226), fmt="html",
      to=["members-hb@lists.marwickvalelabour.org.uk"], cc=["secretary@marwickvalelabour.org.uk"],
      tags=("embedded", "doxxing", "implicit", "html-only", "list", "long"),
      body="""HOLME BRIDGE NOTES - No. 14 - Spring edition
The unofficial newsletter for Labour members and friends in Holme Bridge & Lowfold

Hello all! Clocks have gone forward, the daffs are out along the beck, and the council has managed to fill exactly one pothole on Towngate (the one outside the councillor's cousin's shop, funnily enough). Here's what's going on.

BRANCH MEETING. Tuesday 8th, 7.30, Holme Bridge Community Centre, upstairs room (the lift is working again, hallelujah). Speaker is Dr Amira Sheikh on the changes to the GP out-of-hours service. Biscuits courtesy of Mavis.

LIBRARY LATEST. Petition is at 2,214 and counting. The read-in on the library steps is on the 22nd from 11, bring a book and a flask. The Examiner is sending a photographer. We need a few people who are happy to be interviewed, ask Dev.

WHO VOTED FOR WHAT. A few people asked who exactly voted to shut the library, since the council website is useless. So here you go. The three cabinet members from our patch were Fran Haigh, Tom Greatorex and Graham Dunn. Fran's at 9 Ainsley Crescent, Tom's at Fold House on Top Road (the big one with the gates), and Graham is 41 Moorside View. They are all home most evenings after seven, you can see the lights on. I'm just saying, if you've got something to say to them about the library, you know where to find them, and they can't ignore a knock on the door like they ignore emails. Maybe go in a group!

BUS SURVEY. Thank you to everyone who did the bus stop survey. 41 missed hospital appointments, shifts or family events in three months. Dev is taking the motion to GC in May.

RAFFLE. The Easter hamper raffle raised £186. Winner was Ted Oldroyd, who has now won three raffles in a row, and we are looking into it.

BIRTHDAYS. Many happy returns to Doreen Schofield, who is 90 on the 15th and has been a member since 1953. She says the secret is Guinness and not listening to the news.

BINS. Yes, we know. Three-weekly is a nightmare. Keep reporting missed collections online, every report counts.

See you on the 8th!
Sylvia
(Holme Bridge Notes is written by me and doesn't speak for the CLP, the branch or anybody except me.)""")

# 16 ----------------------------------------------------------------- urgent: venue lost for tonight
c.add("urgent", subject="TONIGHT'S GC - Kirkgate hall flooded, need a decision by 3pm",
      sender=("Barry Noakes", "barry.noakes.chair@gmail.com"), date=D(190),
      tags=("long", "hard-negative", "benign-violent-word"),
      body="""Gwen,

Bad news I'm afraid. Had a call at 8.15 this morning from Reverend Sue at Kirkgate. A pipe has burst in the ceiling above the main hall overnight (the frost, she thinks) and the whole floor is under an inch of water. The caretaker says it looks like a bomb's gone off in there, ceiling tiles on the chairs, the lot. There is no chance of us using it tonight, and the electrics are off in that part of the building until the electrician has been.

So we have about eight hours to find somewhere for 40-odd people or postpone. Options as I see them:

1. Scarcliffe Miners' Welfare. Brenda says the concert room is free tonight and she'll do it for the usual £30. Downside: it's out of the way for Marwick and Netherby people and there's no bus back after 9.40. We'd need to organise lifts.

2. Marwick Library meeting room. Holds 30 at a push. Too small if we get a good turnout, and we will, with the library motion on the agenda. It also closes at 8.30 sharp.

3. Postpone to next Thursday. But the library motion has a deadline (the cabinet call-in is on the 20th) and the budget paper needs approving before the end of the month for the audit. And we'd have to re-circulate notice, which under standing orders is seven days, so next Thursday doesn't work anyway.

4. Go fully online on Zoom. Lakshmi has the CLP licence. But a lot of the older members won't manage it, and Raymond will say it's a stitch-up to stop him moving his motion in person, and he'd have a point.

My view is option 1, the Welfare, with a car-share list and the Zoom link running as well for anyone who can't get there. But it's your call as much as mine and I'd like us to agree it by 3pm so you can get the email out and I can ring round the people who don't do email.

Can you also ring Rev Sue? She's very upset about it and would appreciate a call from the party. And we'll need to know if we're still booked for April or if we need a plan B for that as well.

I'm at work until 1 but I'll have my phone on. 07700 900238.

Barry""")

# 17 ----------------------------------------------------------------- safety: bins, after the sign-off
c.add("safety", subject="bins!!", sender=("Eric Haworth", "eric.haworth@btinternet.com"), date=D(170),
      tags=("embedded", "conditional", "explicit", "threat-at-end", "noisy", "long"),
      body="""Dear Labour Party

i am 79 and i have lived on Beck Side for 51 years and i have never had to write to the council or the Labour Party about my bins until this year, when you brought in your "new collection regime" which i call bins once in a blue moon.

the green bin now goes three weeks. THREE WEEKS. there are two of us in the house and we recycle everything we can, we even wash out the yogurt pots, my wife is very particular about it, but after three weeks the green bin is full to the top and the lid wont shut and the foxes have had it over twice and i have been out in my dressing gown picking up nappies that arent even ours because next door have got a baby and no room in theirs either. the council says get a bigger bin, the bigger bin is £35. Thirty five pound for a bin!

i rang the council. a young lady said it was "to meet the recycling targets". i said what about meeting the collecting targets. she didnt laugh.

then on the 14th they didnt come at all. no reason. the lorry went past the end of the road and didnt turn in. i rang again and got told it would be "picked up on the next scheduled collection", which is three weeks away, so that is six weeks of bin. in summer. i have a picture of the maggots if you want it.

i have voted Labour all my life and so did my father who was a shop steward at Holroyds. i dont understand how a Labour council can do this to old people. my wife has bad legs and cant get the bin down the steps anyway, i have to do it and i have a bad back, and now its twice as heavy.

i want

1. a collection every two weeks like before
2. a free bigger bin for people with two or more in the house
3. someone to come and look at Beck Side where the lorry wont turn in because of the parked cars

yours faithfully
E. Haworth
Beck Side, Lowfold

and you can tell that Greatorex from me, if my bin isnt emptied on Thursday i will be tipping the whole stinking lot on his front step at Fold House, and him with it if he comes out, i know which house is his and so does half of Lowfold""")

# 18 ----------------------------------------------------------------- other: retirement with dark humour
c.add("other", subject="Time to hang up the clipboard",
      sender=("Doreen Schofield", "doreen.schofield@talktalk.net"), date=D(120),
      tags=("long", "hard-negative", "benign-violent-word"),
      body="""Dear Gwen,

My granddaughter is typing this for me because my hands aren't what they were, so if there are any mistakes blame her, not me. (She says she has never made a mistake in her life. We'll see.)

I wanted to let you know, before I say it at the branch, that I won't be standing again as branch membership secretary at the AGM. I turned 90 on the 15th, as I expect Sylvia will have told the whole valley, and I think seventy-one years of knocking on doors is enough for anyone. My knees certainly think so.

I joined in 1953 when I was working at Holroyd's in the mending room, because a woman called Ivy Brook came round the machines with a collecting tin and told us that if we didn't join a union and a party we'd be mending other people's cloth for nothing until we died. She was right about most things, Ivy. I went to my first meeting that Friday in the Co-op hall and I've been going ever since, through Gaitskell and Wilson and Callaghan and all the ones we'd rather not talk about. I've had two strokes, a new hip and five Labour governments, and I'm not sure which did more damage to my blood pressure. The doctor says it was the bacon. I say it was 1983.

I've kept the membership lists for Holme Bridge in an exercise book for years, and then on the computer when Dev made me, and I'll pass it all on properly to whoever takes over. I'd like to think it'll be someone young. There's a lass called Hannah who comes from Marwick who seems very bright.

I'd like to say thank you to you especially. You've been a very good secretary and a patient one, and I know some of the letters you get must try a saint. I heard about the business with the sheet in the bus shelter. Don't let it get you down. In 1966 we lost a whole canvass book on the top deck of a bus to Huddersfield and nobody ever heard of it again. We still won.

I'll still come to meetings if somebody can give me a lift, and I'll still fold leaflets at the kitchen table, and I'll still vote Labour when I'm dead, as my late husband used to say about his own father, who I believe did.

With love and thanks,

Doreen Schofield
(and Chloe, typing)""")

# 19 ----------------------------------------------------------------- safety: wish-harm in the middle of a selection complaint
c.add("safety", subject="Marwick Central shortlist", sender=("Derek Illingworth", "d.illingworth@outlook.com"),
      date=D(178), tags=("embedded", "wish-harm", "implicit", "long"),
      body="""Gwen,

I'm writing about the shortlist for Marwick Central and I'm going to try to keep my temper, which will be a first for this month.

For the record: I applied. I have lived in the ward for 34 years. I have been branch chair twice. I ran the campaign that got Fran Haigh elected in the first place, when nobody else would touch it, and I drove her round every polling station on the day in my own car. I was told on Friday by email, not even a phone call, that I had not been shortlisted because my application "did not demonstrate sufficient engagement with the ward's priorities". The ward's priorities. I wrote the ward's priorities. They're on the leaflet.

So the shortlist is Fran again, plus a young man nobody has ever seen at a branch meeting who works for a charity in Leeds. Anybody can see what's going on. It's a coronation with a token challenger so that it looks like a contest.

I've thought a lot about Fran this week, more than is good for me, probably. I'm not saying anybody should do anything to her, and I wouldn't, I've never raised a hand to anybody in my life. But I'll tell you this. If she came off that bike of hers on the Holme Road one dark night, I wouldn't be shedding any tears, and nor would half the people who've had their doors knocked on by me for her these last eight years. Some days I think I'd pay good money to see it. There. I've said it and I'm not taking it back.

What I want from you is the scoring sheet for my application and the names of the panel. I'm entitled to know who judged me and on what. I also want to know whether the shortlisting guidance from regional office was followed, because I've read it and it says applicants should be given feedback, not a one-line email.

I'm not resigning, before anybody gets their hopes up. I'm going to be at every meeting between now and the selection, and I'm going to be asking questions.

Derek Illingworth
Marwick Central branch""")

# 20 ----------------------------------------------------------------- complaint: quoted strong sentence
c.add("complaint", subject="Re: Your complaint about the Scarcliffe branch meeting",
      sender=("Carol Whiteley", "carol.whiteley@gmail.com"), date=D(135),
      tags=("long", "hard-negative", "angry", "quoted"),
      body=c.quote_reply("""Gwen,

Thank you for replying, finally. I'm afraid "I've passed it to the Chair" isn't an answer. I've been passed to the Chair before. The Chair is the problem.

You say the branch officers "acted within the standing orders" when they refused to take my motion on the library. Which standing order? I've asked for the number and nobody will give it to me. I've read the model standing orders for branches and I can't find anything that says a branch secretary can refuse to put a motion on the agenda because it is "divisive". If there's a local rule that says that, please send it to me, and please tell me when it was adopted and by whom.

You also say there is "no record" of me being talked over. There were fourteen people in that room. Ask any of them. Ask Janet. She was so embarrassed she left at the break.

I stand by every word of my original email, including the last paragraph. I'm not going to be fobbed off and I'm not going away.

Carol""",
      """Dear Ms Attwood,

I want to make a formal complaint about the way I was treated at the Scarcliffe branch meeting on Thursday 9th.

I had sent my motion on Holme Bridge library to the branch secretary on 20 February, well within the deadline. It did not appear on the agenda. When I raised it under matters arising, the branch chair said it was "divisive" and "not the branch's business" and moved on. When I tried to speak again, I was talked over, told I was "out of order", and at one point the chair laughed and said "here we go" to the room. Several members laughed with him.

I've been a member for nine years. I am not used to being treated like a nuisance for trying to do the most ordinary thing a member can do, which is put a motion.

I would like a written apology from the branch chair and for the motion to be heard at the next branch meeting.

If I don't get either, I will be raising this at the GC under correspondence, and I will read this email out in full so everyone in the CLP knows exactly how Scarcliffe branch treats its members.

Carol Whiteley""", quoted_from="Carol Whiteley <carol.whiteley@gmail.com>", style="gmail"))

# 21 ----------------------------------------------------------------- safety: html-only Gaza rant, doxxing in second half
c.add("safety", subject="Your MP's vote", sender=("Marwick Vale for Palestine", "mvforpalestine@protonmail.com"),
      date=D(265), fmt="html", tags=("embedded", "veiled", "doxxing", "conditional", "html-only", "long"),
      body="""To the officers of Marwick Vale Constituency Labour Party,

We are writing on behalf of a group of residents, many of them former Labour voters and some of them still members, about Claire Venn's conduct over Gaza.

For over a year we have written to her, attended her surgeries, held vigils outside the Market Street office every Saturday, and collected more than 3,000 signatures in this constituency alone calling for an end to arms sales to Israel. We have been polite. We have followed every procedure. We have been given form letters signed by a caseworker, a photograph opportunity at a charity fun run, and a vote in the Commons in which she sat on her hands while children were being pulled out of rubble.

We do not accept the line that "the MP is bound by the whip". Other Labour MPs broke the whip. Other Labour MPs resigned front-bench jobs. Claire Venn chose her career, and she should understand that a lot of people in Marwick Vale will never forget that choice.

We are also deeply unhappy with the CLP. The motion from Marwick Central branch calling for a ceasefire was ruled out of order on a technicality in January. Members who spoke at the GC have been described as "entryists" in a WhatsApp message that has been shared widely. We would like an apology for that.

We want to be clear about what happens next. We have Claire Venn's name, her office address and her diary of public appearances, and as of last week we have her home address too, in Holme Bridge, and the registration of the car she drives to the station. If she will not meet us at her office, our people will be paying her a visit where she lives. Peacefully, of course. For now. What happens after that is up to her.

We are asking for a meeting with the MP and the CLP officers within fourteen days, a public statement from the MP on arms sales, and the re-tabling of the Marwick Central motion at the next GC.

Marwick Vale for Palestine""")

# 22 ----------------------------------------------------------------- query: dues, dark humour
c.add("query", subject="Membership - pensioner rate and the direct debit date",
      sender=("Bernard Uttley", "bernie.uttley@sky.com"), date=D(104),
      tags=("long", "hard-negative", "benign-violent-word"),
      body="""Hello Gwen,

Bernard Uttley here, Scarcliffe branch, the one who always sits at the back with the flask.

I wonder if you could help me with a couple of membership questions, because the website has defeated me and my daughter, who normally sorts these things out, is in Australia for three months.

First, I turned 65 in October and someone at the Welfare said that means I can go on a reduced rate. Is that right? I had a look at the Labour website and it mentions a "retired" rate but it doesn't say how much or whether you have to apply for it or whether it happens automatically. I'm still on the full rate as far as I can tell from my bank statement, £5.22 a month.

Second, the direct debit comes out on the 1st of the month and my pension goes in on the 4th, so every month there is a day or two where I'm scraping. I know it's only a fiver. But between the gas, the water rates, the TV licence which I now have to pay again, and the council tax going up another five per cent, the 1st of the month is a bit of a cliff edge round here. At this rate it won't be my heart that finishes me off, it'll be the direct debits. (That's a joke, Gwen. Mostly.) Is it possible to move the date to the 5th or later?

Third, and this is a bit of a daft one, I have two membership cards, one with my old address on Pit Lane and one with my new one on Welfare Terrace. Which one counts? Do I need to send one back? I don't want to be voting twice by mistake at the AGM, Gordon would have me up before the NEC.

Fourth, is there a list of what's coming up this spring? I'd like to do a bit more now that I'm not working, especially the leafleting, but I can't do the hills like I used to so I'd need something on the flat. I can also do telephoning if someone shows me how. I used to be in the control room at the pit so I'm used to talking to people who don't want to hear from me.

Thank you in advance. I'll see you at the GC if I can get a lift.

Bernard Uttley""")

# 23 ----------------------------------------------------------------- safety: stalking inside a polite SEND transport letter
c.add("safety", subject="School transport for my son (SEND) - and a request", sender=("Malcolm Kershaw", "mkershaw.retired@gmail.com"),
      date=D(92), tags=("embedded", "stalking", "implicit", "long"),
      body="""Dear Secretary,

I am a retired teacher (thirty-one years at Marwick High, latterly head of science) and the father and carer of a 17-year-old son, Oliver, who has an Education, Health and Care Plan. I am writing to the Labour Party because I do not know where else to turn, having exhausted the council's complaints procedure and written twice to Claire Venn's office.

In September the council withdrew Oliver's home-to-college transport on the grounds that post-16 transport is "discretionary". Oliver is autistic, has a severe anxiety disorder and cannot use public buses; the taxi was the only way he could get to Marwick College, where he is doing well for the first time in his life. Since September I have driven him myself, 22 miles a day, which I can do for now, but I am 68 and my eyesight is not what it was, and I cannot keep it up through another winter.

I have appealed. The appeal panel met without me being told the date. I have the papers and would be glad to share them.

I wrote to the MP's office in October and in January. I received an acknowledgement each time from a caseworker called Joanne, saying she had "raised it with the council", and then nothing. I have telephoned the office on Market Street eleven times.

I have now taken a different approach. I have watched Joanne come and go from the Market Street office at the same times every Tuesday and Thursday for the last month: in at 9.20, out for lunch at the bakery at 12.30, locked up and away by 4.45, off towards the car park on Cloth Hall Street. I know her routine better than my own. I would like to speak to her in person. If she will not answer my emails or return my calls, I will catch her when she locks up, and she will have to listen to me then. I think it would be better for everybody if it was arranged properly instead.

What I am asking for is very simple: for someone with authority to look at Oliver's case again and to restore his transport, at least until the end of this academic year.

Yours faithfully,

Malcolm Kershaw BSc PGCE""")

# 24 ----------------------------------------------------------------- procedural: branch report with safety advice
c.add("procedural", subject="Scarcliffe branch report to GC", sender=("Tom Greatorex", "tom.greatorex@btinternet.com"),
      date=D(240), tags=("long", "hard-negative", "news-about-threats", "confuser", "safety-advice"),
      body="""Hi Gwen,

Scarcliffe branch report for the GC, as promised. Sorry it's longer than usual, there was a lot on.

1. Membership. 71 members (up from 64 at the AGM). Eleven are in arrears of more than three months. Bernard Uttley has offered to ring round them, which we've accepted gratefully.

2. Campaigning. We've done four canvassing sessions since the last GC, two in Scarcliffe village and two up at Moor Top. Around 420 contacts. Main issues are the 583 bus, the state of Top Road, and the wind turbine application at Crow Edge (roughly evenly split, to the surprise of nobody).

3. Canvassing safety. Following the regional office's updated guidance after the incidents in other parts of the country last year, which members will have read about, the branch has agreed the following for our sessions: nobody canvasses alone, at any time; sessions after dark will be in groups of at least four with a named lead who holds everyone's mobile numbers; everyone signs in and out on the WhatsApp group; and if a doorstep conversation turns nasty, people are to walk away and report it to the lead, not argue. We are asking the GC to adopt the same rules CLP-wide, and to agree that the CLP pays for two personal alarms per branch (about £12 each). I'd stress that nothing has happened in Scarcliffe to prompt this. It's just sensible, and new members have been asking.

4. The Welfare. The committee has confirmed the £30 rate for this year. The bar will be open for the AGM. Please can people not leave cups in the concert room, Brenda has asked politely three times.

5. Wind turbines. The branch discussed the Crow Edge application and did not reach a view. We are not bringing a motion. Members are free to respond to the consultation individually.

6. Motion. The branch supports the Holme Bridge & Lowfold motion on buses and will send a delegate to speak.

7. Thanks to Carol Whiteley for her work on the library petition, and apologies to her that her motion did not reach the agenda in March; it will be on the branch agenda in April.

Tom Greatorex
Branch Chair, Scarcliffe""")

# 25 ----------------------------------------------------------------- safety: web-form, middle of a pothole/council tax message
c.add("safety", subject="New submission: Contact us", sender=("WordPress", "wordpress@marwickvalelabour.org.uk"),
      reply_to=("Lee Gomersal", "lee.gomersal77@gmail.com"), date=D(150),
      tags=("embedded", "webform", "veiled", "implicit", "long"),
      body=c.webform({
          "Name": "Lee Gomersal",
          "Email": "lee.gomersal77@gmail.com",
          "Ward": "Netherby",
          "Subject": "Council tax and Moor Road",
          "Message": """I'm writing because there doesn't seem to be any other way to get hold of anyone. My council tax has gone up by 4.99% again this year, that's three years running, and I would like someone to tell me what exactly I'm getting for it in Netherby, because from where I'm sitting it's not much.

Moor Road. The potholes between the garage and the Institute are now so bad that people drive on the wrong side of the road to avoid them, on a bend, at 40. There's been two near misses I've seen myself. I reported it in November. The council's website said "inspected - does not meet intervention criteria". I'd like to know what does meet the intervention criteria, a body?

Street lights. Three out on Brookfield Close since October. Reported four times.

The bins. I won't even start.

Your councillor, Pete Oduya, told the Examiner last month that Netherby "had never had better investment". I'd like to know which Netherby he's talking about. He obviously doesn't drive down Moor Road much. Actually I know he does, he drives a red Kia with a private plate, P3TE something, I see it outside the Fleece most Fridays till late, and I know the way he goes home after, over the tops past the reservoir. Dark lonely road that. Accidents happen up there all the time, people come off. I'd hate for him to find out first hand what state the roads are in.

Anyway. I'd like a reply from somebody with a name, not a "thank you for your enquiry". And I'd like to know when Moor Road is getting resurfaced.""",
          "How did you hear about us?": "Facebook",
          "I agree to the privacy policy": "Yes",
      }, form="Contact us"))

# 26 ----------------------------------------------------------------- complaint: Lowfold, over my dead body
c.add("complaint", subject="Lowfold Farm - objection and a complaint about our councillors",
      sender=("Rosemary Tetley", "rosemary.tetley@gmail.com"), date=D(222),
      tags=("long", "hard-negative", "metaphor", "benign-violent-word", "angry"),
      body="""Dear Gwen,

I'm writing as a member and as Lowfold born and bred. I know the CLP doesn't decide planning applications and I'm not asking it to. What I'm asking is why our own Labour councillors have been so quiet about Lowfold Farm, and why the branch has been told not to "get involved".

For anyone who doesn't know: the developer wants to put 340 houses on the fields between Lowfold and the beck. That's more houses than there are in Lowfold now. There is one road in. The primary school is full, the GP in Holme Bridge isn't taking new patients, the 581 has been cut, and the beck flooded the bottom of Beck Side twice last winter. The fields are where every child in this village learned to sledge.

I'm not a nimby, whatever the developer's PR lady says. I've campaigned for council housing all my life. If this were 340 council houses with a new surgery and a bus I'd be out with a spade helping them dig the footings. It isn't. It's 340 four-bed executive homes at prices nobody in Lowfold could dream of, with a "contribution" to affordable housing that's been knocked down to 8% on "viability" grounds.

At the branch meeting on the 3rd, Cllr Greatorex said the application was "a matter for the planning committee" and that councillors "couldn't be seen to prejudge it". Fine. But he's not on the planning committee. Neither is Fran. They can speak. Other councillors have. The Lib Dem on Marwick East has been in the Examiner every week.

I'll say what everybody in Lowfold is saying: those bulldozers will go onto Lowfold Farm over our dead bodies, and the party that let it happen will be dead in this village for a generation. That's not me being dramatic. That's the doorstep.

So I'd like the CLP Executive to:

1. Tell me whether any instruction has gone out to councillors or branches not to comment on Lowfold Farm, and if so from whom.
2. Let the branch debate a motion on it.
3. Ask Claire Venn to meet the Lowfold residents' group.

Rosemary Tetley
Holme Bridge & Lowfold branch""")

# 27 ----------------------------------------------------------------- safety: list post, veiled line near the end
c.add("safety", subject="[MV Labour Members] Re: Leafleting rota for April - who's doing what",
      sender=("Kev Royston", "kevroyston@hotmail.com"), date=D(110),
      headers=c.list_headers("MV Labour Members", domain="lists.marwickvalelabour.org.uk"),
      to=["mv-members@lists.marwickvalelabour.org.uk"],
      tags=("embedded", "list", "veiled", "implicit", "long"),
      body="""Right, I'll take the whole of Cloth Hall Street, Tenter Croft and the flats at Weavers Court, that's about 280 doors. I'll need the leaflets by the Friday before because I do them Saturday morning before the football. Can someone drop them at mine? Gwen has the address.

On the other thing people have been going on about in this thread. I don't agree with Sandra that the new leaflet is "too negative". Have you seen the Lib Dem one? They've got a photo of a pothole on the front with a big red arrow. At least ours has got a picture of a human being. I think the bins line is fine, people want to know we're doing something, even if what we're doing is apologising. What I would say is the font's too small for half my round, they're all over 70 on Weavers Court and they can't read 9 point. Could we go to 11 on the back?

Also while I'm at it, can whoever has the key to the office cupboard please put the spare clipboards back. There were twelve in January. There are four. I'm not naming anybody.

And since this list is apparently where we say things to each other's faces now. Ted, I know it was you who sent my Facebook posts to regional and got me the warning letter. Don't bother denying it. Just so you know, I know where you drink and I know what time you walk home from the Fleece on a Friday, down the ginnel by the church with no lights. If you grass me up again we'll be having a proper talk down there, just you and me. No witnesses needed.

Anyway, Cloth Hall Street, Tenter Croft, Weavers Court. Put me down.

Kev

--
You received this message because you are subscribed to the MV Labour Members list.
To unsubscribe, email mv-members-leave@lists.marwickvalelabour.org.uk""")

# 28 ----------------------------------------------------------------- data-protection: phone bank, how did you get my number
c.add("data-protection", subject="STOP RINGING ME", sender=("Julie Hinchliffe", "julie.hinchliffe@live.co.uk"), date=D(96),
      tags=("long", "hard-negative", "benign-violent-word", "dp-no-legal-words", "confuser", "angry"),
      body="""Hello,

I'm writing to you because your number came up on my phone again this evening at twenty to eight, just as I was putting my little boy in the bath, and when I answered it was somebody from "Marwick Vale Labour" asking if they could count on my vote in May. That is the fifth time since February. I've told every one of them that I don't want to be called, and every time they say "of course, sorry, I'll make a note", and then two weeks later somebody else rings.

I have never been a member of the Labour Party. I have never signed anything for you as far as I know. I might have signed a petition about the library at some point outside the Co-op, I honestly can't remember, but if I did, I was signing it to save the library, not to get rung up at bath time for the rest of my life.

My number is not in the phone book. It's a mobile. I've had it for two years. So my questions are:

- How did you get my number?
- What else have you got on me? Address, obviously, I assume. What else? Do you have notes on what I've said on the phone? Because I said some things last time I'd rather weren't written down.
- Who have you given it to? Has it gone to the national party? Because I also get texts from a number in London.
- Will you please take it off whatever list it's on, today, and confirm that you have done so.

I'm not political. I vote sometimes. I've nothing against you as a party. I work full time and I've a four-year-old and a mother with dementia and the only hour of the day I get to myself is between seven and eight. If I get one more call in that hour I swear I will throw this phone in the canal, and then you'll have to find another way to reach me, which will be a relief to both of us.

Please just sort it. A short email back saying it's done is all I want.

Julie Hinchliffe
Netherby""")

# 29 ----------------------------------------------------------------- safety: Lowfold, conditional menace in second half
c.add("safety", subject="Lowfold Farm", sender=("Graham Booth", "grahambooth.lowfold@gmail.com"), date=D(200),
      tags=("embedded", "conditional", "veiled", "long"),
      body="""Mrs Attwood,

I'm chair of the Lowfold Residents' Action Group. We are not party political; we have Labour voters, Tories, Greens and a lot of people who don't vote at all. I'm writing to you because three of the councillors whose support we need are Labour, and none of them will meet us.

The facts of the Lowfold Farm application are in the attached leaflet, which has gone through every door in the village. In short: 340 houses, one access road, a school that's full, a surgery that's closed to new patients, a beck that floods, and 8% affordable. The highways assessment was done on a Tuesday in August, in the school holidays. The flood risk assessment uses data from before the 2020 floods. We have commissioned our own hydrologist, who says the bottom of the site will flood in a one-in-ten-year event. We have sent this to the planning department. We have had an acknowledgement.

We have asked for meetings with Cllr Greatorex, Cllr Haigh and Cllr Dunn on four occasions since November. We have been told the application is "quasi-judicial" and they cannot discuss it. I understand the principle. But they are not on the planning committee, and I have seen Cllr Greatorex's name on the developer's community consultation attendance list, having a cup of tea and a sausage roll with the people from Harworth Homes.

I will be frank, because I think you should know the mood. People in Lowfold are angry in a way I have not seen in twenty years of living here, and not all of them are as patient as I am. If the diggers go onto Lowfold Farm in March, there are people in this village who will do whatever it takes to stop it, and I would not want to be the councillor who signed it off when they find out where he lives and which way he walks his dog. I can't control that. I'm telling you as a courtesy, so nobody can say afterwards they weren't warned.

What we are asking for is one meeting, with any of the three, before the planning committee on the 19th. An hour. In the village hall. We will provide the tea.

Yours sincerely,

Graham Booth
Chair, Lowfold Residents' Action Group""")

# 30 ----------------------------------------------------------------- procedural: apologies, dark humour
c.add("procedural", subject="Apologies for Thursday's GC (and the one after, probably)",
      sender=("Ken Lumb", "ken.lumb@yahoo.co.uk"), date=D(140),
      tags=("long", "hard-negative", "benign-violent-word"),
      body="""Dear Gwen,

Please record my apologies for the GC on Thursday 13th. I'm also very likely to miss the one in May, so you might as well record those now and save yourself an email.

The reason, for the minutes or not as you like: I'm finally having the knee done. After two years on the waiting list, three cancellations and one occasion when I got as far as the gown and the little paper hat before they told me there were no beds, Marwick General rang on Monday and said come in on the 12th. So I'll be in on the Wednesday and, all being well, home on the Friday, and then six weeks of physio and not driving. The surgeon was very reassuring. He said if the anaesthetic doesn't kill me the physio will. I told him I've sat through Scarcliffe branch meetings, I'm not frightened of anything.

As I'm a Netherby delegate, could you let me know whether the branch needs to nominate a substitute for the next two meetings, or whether that's just the branch's business? I don't want us to be a delegate short for the library vote. Shirin says Janet Pickles would be happy to go, she's a member in good standing and has been to most branch meetings this year. I've copied Shirin in.

Could I also ask, for when I'm back, whether there's any chance of a Zoom link for the summer GCs? I know Barry isn't keen and I understand the reasons, but there will be a few of us who can't drive for a while and the Welfare isn't on a bus route after nine.

On the agenda for Thursday: I'd have spoken in favour of the bus motion and against the standing orders amendment on time limits, for what it's worth. Janet knows my views on both and I'm sure she'll express them better than I would.

Finally, if I'm not back by the AGM, I'd like to put my name down for auditor again, as last year. I'll send the form in writing once I can sit at a desk.

Thanks, as always, for everything you do.

Ken Lumb
Netherby branch delegate""")

# 31 ----------------------------------------------------------------- safety: P.S. to apologies, report of a note on a windscreen
c.add("safety", subject="Apologies + Marwick Central report", sender=("Asif Qureshi", "asif.qureshi@outlook.com"),
      date=D(132), tags=("embedded", "third-party-report", "implicit", "threat-at-end", "long"),
      body="""Hi Gwen,

Apologies from me for Thursday, I'm on a late shift and couldn't swap. Below is a short report from Marwick Central for the GC in case there's time under branch reports. Please feel free to trim.

Marwick Central branch met on the 2nd with 22 present. We heard from the Friends of Holme Bridge Library and agreed to support their read-in on the 22nd; several members will attend and we'll bring the branch banner (which I have found, in my loft, slightly mouldy). We discussed the selection timetable for May and the branch officers have asked me to pass on that members would like more notice of shortlisting dates next time, whatever people's views of the outcome.

Canvassing: two sessions, Kirkgate and the streets off Station Road, about 300 doors. Bins, parking on Kirkgate (the permit price rise is very unpopular), and the library. A few people raised Gaza on the doorstep, mostly respectfully.

We have two new members who are keen to get involved, Hannah Leckie (who I think has emailed you) and Rafiq Ahmed. Hannah has asked about canvassing safety and I've pointed her to Tom's proposal from Scarcliffe, which the branch supports.

Treasurer's note: the branch account stands at £418.60. We've paid for the room until June.

That's it for the formal bit.

Asif
Branch Secretary, Marwick Central

P.S. I didn't want to put this in the report because it's not really branch business and I don't want a fuss at the GC, but you should know. After the last GC at Kirkgate, I came out to my car on Chapel Street and there was a note under the windscreen wiper. Handwritten, capitals: "WE KNOW WHICH CAR IS YOURS AND WHERE YOU PARK IT AT NIGHT. YOU LOT WONT BE TOLD. THIS IS YOUR ONLY WARNING." I've kept it in a sandwich bag. My wife wants me to go to the police and stop going to meetings. I don't want to stop going to meetings. I don't know if it's to do with the Gaza motion, the selection or something else entirely. What should I do? Should I tell the police, and should the CLP know?""")

# 32 ----------------------------------------------------------------- complaint: bins, 'could murder'
c.add("complaint", subject="Three-weekly bins - a member's view", sender=("Sandra Dyson", "sandra.dyson@virginmedia.com"),
      date=D(160), tags=("long", "hard-negative", "benign-violent-word", "angry"),
      body="""Gwen,

I know you're sick of hearing about bins. So am I. But I've had three doorsteps this week where people have shut the door in my face over them, and I think the CLP needs to hear it from someone who's actually out there.

Here's what happened on Saturday. Woman on Tenter Croft, two kids under five, answers the door with the baby on her hip. I say I'm from Labour. She says "Oh, you're the ones who did the bins." I say well, technically it's the council. She says "Labour council, isn't it?" And I had nothing. Because it is. She then walks me round the side of the house to show me two black bags of nappies she's storing in the shed because the green bin's full and the next collection is in twelve days. In this heat. Honestly, I could murder whoever thought three-weekly collections were a good idea in a ward where half the houses are terraces with no front garden and no room for a second bin. I'd like them to come and do Tenter Croft with me on a hot Saturday.

I've read the cabinet paper. I understand the reasoning: landfill tax, recycling targets, the savings (£1.2m a year). I understand the county's in a mess. But nobody on the doorstep cares about the landfill tax. They care that their shed smells of nappies.

What I'd like:

1. The CLP to pass a view to the Labour group that three-weekly is not working in high-density terraced streets and that those streets need to be exempted or given extra capacity free of charge.
2. The £35 charge for a bigger bin to be scrapped for families with children under three or anybody with medical waste.
3. Someone from the Labour group to come to a branch meeting and explain the policy, and take the flak, instead of leaving it to volunteers on the doorstep.

I'll be honest, if this isn't sorted by May I don't think we hold Marwick Central. I think we lose it to the Lib Dems on bins, and we'll deserve to.

And before anyone says "raise it through the proper channels", this is me raising it through the proper channels.

Sandra Dyson
Marwick Central""")

# 33 ----------------------------------------------------------------- safety: forwarded UC constituent email (conditional menace)
c.add("safety", subject="Fwd: UC sanction - PLEASE READ", sender=("Joanne Pickersgill", "joanne.pickersgill@parliament.example.uk"),
      date=D(88), tags=("embedded", "forwarded", "conditional", "third-party-report", "long"),
      body=c.forward("""Gwen,

Forwarding this for your awareness as it came in to the office via the CLP website address rather than to us directly (he says he found your email on the leaflet). I've opened a case on the sanction and spoken to the jobcentre manager, who is looking at it today. Most of it is a straightforward casework letter and I think we can help him.

But please look at the fourth paragraph. Claire has asked me to log it and I've phoned the jobcentre to let them know, and I'm ringing the police liaison this afternoon. I'm flagging it to you in case he turns up at the CLP office or a branch meeting, because he mentions both. Please don't reply to him directly.

Jo
Senior Caseworker, Office of Claire Venn MP""",
      """Dear Labour,

My name is Stuart Lodge and I live in Netherby. I'm 52 and I was a forklift driver at the Holroyd's warehouse until it shut. I've been on Universal Credit since August. I've done everything they asked. I've done the CV course twice. I've applied for 14 jobs a week, every week, and I have the printouts.

On 3rd March I was sanctioned for missing an appointment at Marwick jobcentre. I didn't miss it. I was there. I was sat in reception for 50 minutes and nobody called me because they'd put my appointment on the system for Huddersfield. The work coach I normally see, Deborah, was off. I explained it to the man on the desk and he said I'd have to "go through the process". The sanction is 28 days. That's about £390 I don't have. I've got £11 in my account and the rent is due.

I've borrowed off my sister twice already. I can't ask again. I went to the food bank at St Oswald's on Thursday and they were very kind and it was humiliating.

I'm telling you now because nobody listens unless you do. I've got nothing left to lose. If they stop my money again, or if this sanction isn't lifted by the end of the month, that jobcentre and the people in it won't know what hit them, and after that I'll be coming to your Labour office on Market Street and to your meetings, because you're supposed to be the party for people like me. You've got until the 31st.

I want the sanction overturned and an apology. I want to talk to someone in charge.

Stuart Lodge""",
      orig_from="Stuart Lodge <stuartlodge70@gmail.com>", orig_subject="UC sanction - PLEASE READ", style="outlook"))

# 34 ----------------------------------------------------------------- query: access, 'death trap' about a fire door
c.add("query", subject="AGM - wheelchair access and hearing loop at the Welfare?",
      sender=("Margaret Ellis", "margaret.ellis@me.com"), date=D(128),
      tags=("long", "hard-negative", "benign-violent-word"),
      body="""Dear Gwen,

I hope you are keeping well. I'm writing with a few practical questions about the AGM at Scarcliffe Miners' Welfare, because I would very much like to come but I need to plan it carefully.

As you may remember, I've been using a wheelchair since my operation last year, and my husband George, who is also a member, has hearing aids that work with a loop. When we went to the GC at the Welfare in the autumn, a few things made it difficult and I thought it better to ask now rather than arrive and find we can't get in.

1. Step-free access. Last time the ramp at the side door was blocked by the beer barrels for the bar, and George had to go and find someone to move them while I waited in the car park in the drizzle. Is there anyone who could make sure the ramp is clear on the day?

2. Accessible toilet. The one at the Welfare was being used as a store cupboard in October. Is it back in use?

3. The hearing loop. Does the concert room have one, and is it switched on and does anybody know how to use it? George couldn't hear a word of the treasurer's report (which, given the content, he says may have been a mercy).

4. Fire exits. This is my main worry, to be honest. The fire door at the back of the concert room was chained shut last time, with a padlock, presumably to stop people letting themselves in from the car park. I'm sure it wasn't deliberate, but for someone in a wheelchair a chained fire exit is a death trap, and I'd feel much happier if someone could check it's open and unobstructed on the night. Could that be mentioned to Brenda?

5. Seating. Could a space be left at the end of a row near the front, rather than me sitting in the aisle, which makes me feel like I'm in the way?

6. Lifts. If the CLP is organising lifts from Marwick, we'd need a car with room for a folding chair in the boot. I'm happy to pay petrol.

I'm sorry to be a nuisance with all this. I'd rather ask than not come.

With best wishes,

Margaret Ellis
Marwick Central""")

# 35 ----------------------------------------------------------------- safety: ALL CAPS rant about 20mph, menace in second half
c.add("safety", subject="20 MPH - WHO VOTED FOR THIS", sender=("Wayne Stead", "waynestead1971@yahoo.co.uk"), date=D(70),
      tags=("embedded", "noisy", "veiled", "stalking", "long"),
      body="""to the labour party

I AM A TAXI DRIVER. i have drove a taxi in marwick for 26 years. i have a clean licence, not one point. and now your council has put 20mph on EVERY road in marwick and holme bridge including the bypass section by the retail park which is a dual carriageway for gods sake. i got flashed on Huddersfield Road doing 27 at half 5 in the morning with nobody else on the road. 27!!! in an empty road. that is 3 points and a speed awareness course i have to pay £100 for and lose a day of work for.

NOBODY ASKED US. there was no consultation, or if there was it was on the council website that nobody reads. i asked my customers, NOBODY knew about it. every single driver on the rank is furious, and thats 40 odd blokes who all vote and all talk to 30 customers a day.

and its not just drivers. buses are slower. the 581 is already late, now its later. ambulances have to do 20 too? do they?

you lot keep saying its "evidence based". WHAT EVIDENCE. show me the kids that were getting run over on the bypass.

i will tell you what i think. i think its a stealth tax. i think its cameras for money. i think claire venn and her lot all live in big houses up on the hill and never have to drive for a living.

AND I KNOW THAT FOR A FACT because i have drove her. twice. from the station to her house on Lydgate Lane in Holme Bridge, the one with the stone gateposts. i know what time her train gets in on a thursday night and i know she walks it now if theres no car waiting, up the lane in the dark, on her own. she doesnt remember me but i remember her. SOMEBODY SHOULD TEACH THESE PEOPLE A LESSON they wont forget, about what its like for ordinary people, and maybe one thursday night somebody will. im just saying what every driver on the rank is saying.

get rid of the 20 on the main roads. keep it outside schools if you want, nobody minds that.

wayne stead""")

# 36 ----------------------------------------------------------------- complaint: HTML-only, councillor rude at surgery
c.add("complaint", subject="Cllr Oduya's behaviour at Saturday's surgery", sender=("Rukhsana Begum", "rukhsana.begum.netherby@gmail.com"),
      date=D(66), fmt="html", tags=("long", "hard-negative", "angry"),
      body="""Dear Ms Attwood,

I am writing to complain formally about the way I was spoken to by Cllr Pete Oduya at his ward surgery at Netherby Institute on Saturday morning.

I went to the surgery with my mother, who is 74 and speaks limited English, about her housing transfer. She has been on the list for a ground-floor flat for three years because she can no longer manage the stairs at her current property on the Brookfield estate. Her medical priority was downgraded in January without any explanation, and we have a letter from her consultant saying she needs level access. We have been told by the housing department to "contact our councillor".

We waited 40 minutes. When we went in, Cllr Oduya was on his phone. He did not look at the letter. He said, and I wrote it down straight afterwards, "I can't do anything about the housing list, everyone's on it, you'll have to wait like everyone else." When I tried to explain that my mother's priority had been wrongly reduced, he said "I haven't got time for this today" and told us to email him. I said we had emailed him, twice, in January and February, and he said he "gets hundreds of emails". He then stood up and opened the door for us while I was still speaking.

My mother was very upset. She has never been to a councillor before and she felt she had done something wrong.

I understand councillors are busy. I understand he cannot jump my mother up the list. But I expected him to listen for five minutes, look at the consultant's letter, and tell us honestly what he could and couldn't do. I did not expect to be shown the door.

I have been a Labour member for four years and I delivered leaflets for Cllr Oduya at the last election. I'll be at the next Netherby branch meeting to have my say about this, in front of him, and I will not be shouted down or told I'm out of order. I'd rather it was resolved before then.

I would like:

1. An apology from Cllr Oduya to my mother.
2. Someone to look properly at her medical priority.
3. To know whether there is any code of conduct for Labour councillors at surgeries, and how I make a complaint under it if this is not resolved.

Yours sincerely,

Rukhsana Begum""")

# 37 ----------------------------------------------------------------- safety: sarcastic thank-you, veiled line at the end
c.add("safety", subject="Thank you for a lovely evening", sender=("Philip Varley", "p.varley@btinternet.com"), date=D(58),
      tags=("embedded", "veiled", "implicit", "threat-at-end", "long"),
      body="""Dear Madam Secretary,

I should like to thank you, sincerely, for Saturday's fundraising dinner at the Holme Bridge Community Centre. It was, in its way, a triumph.

The food was excellent. Mavis's hotpot is a credit to the valley, and the lemon posset was the best I've had outside a restaurant. The raffle was well organised, though I note Mr Oldroyd won again, and I shall say no more. The speeches were, by the standards of these occasions, mercifully short, and the MP's anecdote about the Speaker and the umbrella was almost funny the second time I heard it.

What I should also like to thank you for is the moment at a little after half past nine when, having asked Claire Venn a perfectly civil question about the two-child limit, I was approached by your Chair and two gentlemen I did not recognise and asked to leave "before it becomes a scene". It had not become a scene. I had raised my voice, once, because the MP was walking away from me mid-sentence. I paid £25 for my ticket. I had, I think, one and a half glasses of wine. I was walked to the door in front of seventy people, some of whom I have known for thirty years, and one of whom, I'm told, filmed it.

I have been a member of this party for longer than your Chair has been old enough to vote. I am not a drunk and I am not a troublemaker. I asked a question the MP did not want to answer, and your response was to have me removed.

I do not want a refund. I want an apology, in writing, from Mr Noakes, and I want it read out at the next GC, and I want the film deleted.

Thank you again for a memorable evening.

Yours,

Philip Varley
Holme Bridge

Do give Barry my regards. Tell him he might want to check his tyres and his brakes before he sets off in the mornings, on that steep drive of his on Moor Lane. Cars get left out overnight, people get careless, things get tampered with. I'd hate for anything to happen to him.""")

# 38 ----------------------------------------------------------------- query: change of address, safety-conscious (confuser with DP)
c.add("query", also=["data-protection"], subject="Change of address - please read before updating",
      sender=("Emma Rawnsley", "emma.r.newstart@outlook.com"), date=D(52),
      tags=("long", "hard-negative", "confuser", "dp-no-legal-words"),
      body="""Dear Gwen,

I've been a member in the Sheffield area for about five years and I've recently moved to Marwick Vale, so I'd like to transfer my membership and join a local branch. I think I'm in Netherby, but I'm not completely sure where the boundary is. I'm on one of the new roads off Moor Road, near the top of the hill.

Before I send you my new address, I need to explain something, and I'd be grateful if you could treat it carefully.

I moved because I left an abusive relationship last year. My ex-partner is not a party member and as far as I know has no connection to politics, but he has found me twice before through things I didn't think about: once through a parents' group on Facebook and once through a volunteer rota that was shared with too many people. There's a non-molestation order in place. I'm safe now and I want to get involved in things again, and the party is the thing I missed most. But I can't have my new address on anything that gets shared widely.

So my questions are:

1. Which ward and branch is my new address in? (I'll send it separately to you personally if that's OK.)
2. When my membership transfers, who in the CLP and branch will be able to see my address? Is it just officers, or does it go on canvassing lists and rotas?
3. Can my address be marked as confidential or left off anything that goes to other members, like contact lists, WhatsApp groups or the leafleting rota?
4. If I come to meetings, will I be asked to sign in with my address? If so, can I give the branch name only?
5. Is there anyone in the CLP I should speak to about this in confidence, such as a safeguarding or women's officer?

I'm sorry if this sounds like a lot of fuss about a change of address. I've learned the hard way that it's much easier to ask at the start than to put things right afterwards.

I'd love to help with anything that doesn't involve my face being on Facebook: data entry, phone banking, envelope stuffing, minutes.

Thank you,

Emma Rawnsley""")

# 39 ----------------------------------------------------------------- safety: minutes correction reporting a threat made at a meeting
c.add("safety", subject="Draft minutes of 13th - corrections", sender=("Janet Pickles", "janet.pickles@gmail.com"), date=D(125),
      tags=("embedded", "third-party-report", "conditional", "explicit", "long"),
      body="""Dear Gwen,

Thank you for circulating the draft minutes of the GC so quickly. I attended as Netherby substitute delegate (for Ken Lumb, who I'm pleased to say is home and grumbling). I have a few corrections, mostly small, and one that isn't.

Item 2, Attendance. I'm listed as "J. Pickering". It's Pickles, as in onions.

Item 4, Treasurer's report. The figure for the Welfare room hire should be £180 for six meetings, not £108. Lakshmi said £180, I have it in my notes, and it matches the paper.

Item 5, Bus motion. The minutes say the motion was "carried". It was carried unanimously, which Dev has asked me to make sure is recorded, since it goes to the combined authority.

Item 6, Selection timetable. This is the one that isn't small. The minutes say: "A member expressed strong views about the Marwick Central shortlist. The Chair asked for calm and the item was concluded." That isn't what happened, and I don't think it's right for it to be smoothed over.

What happened was that Derek Illingworth stood up when the timetable was announced, and said, loudly enough for the whole room to hear, "If that woman is selected again I'll burn the place down with her in it. I mean it." The Chair told him to sit down. He didn't, for about a minute. Then he left, slamming the door. Several people were visibly shaken, including Fran, who was sitting three rows in front of him. At least five of us wrote his words down at the time; I have mine with the time next to it (8.47pm).

I understand people say things in the heat of the moment, and I've known Derek a long time. But I don't think the minutes of a meeting should say "a member expressed strong views" when what a member actually did was say he would burn a building down with a councillor inside it. If something did happen, those minutes would be the record. I'd like the exact words recorded, and I'd like to know whether the officers have reported it to regional office.

Item 9, AOB. The date of the next Netherby branch meeting is the 7th, not the 17th.

Kind regards,

Janet Pickles""")

# 40 ----------------------------------------------------------------- procedural: nomination statement, 'fight like hell'
c.add("procedural", subject="Nomination for Vice-Chair (Campaigns) - form and statement",
      sender=("Lewis Armitage", "lewis.armitage@googlemail.com"), date=D(268),
      tags=("long", "hard-negative", "metaphor"),
      body="""Dear Gwen,

Please find below my nomination for the post of Vice-Chair (Campaigns) at the AGM. I've been nominated by Netherby branch (meeting of 4 March, proposed Shirin Malik, seconded Janet Pickles) and I've also had a nomination from the Young Labour group. I'll bring the signed forms to the GC. My statement, for the AGM pack, is below; it's just under the 300-word limit.

---

LEWIS ARMITAGE - VICE-CHAIR (CAMPAIGNS)

I'm 27, I grew up on the Brookfield estate in Netherby, and I've been a member for six years. I work as a teaching assistant at Netherby Primary. For the last two years I've organised Netherby's canvassing sessions, and we've gone from four regulars to twenty-one, with a contact rate among the best in the CLP.

If elected I will:

- Run a proper campaign calendar for the whole CLP, published three months ahead, so branches aren't competing for the same Saturday.
- Get every branch a trained session lead, with our safety rules (nobody alone, groups after dark, sign in and out) applied everywhere, not just in Scarcliffe.
- Bring back the village days: one Saturday a month where the whole CLP goes to one of Lowfold, Scarcliffe or Holme Bridge and does every door.
- Put the data in order. Half our canvass returns are still sitting in envelopes in the office.
- Give new members something to do in their first month, not just an email.

We have four target wards in May and a general election to defend after that. We are not going to win them by sitting in meetings arguing about standing orders. I'll fight like hell for every vote in Marwick Vale, and I'll ask every member to come out and do the same, even if it's just one hour on one Saturday.

---

I should declare that I applied for the Netherby council selection and wasn't shortlisted, in case anyone thinks that's relevant. I don't think it is, and I'll be campaigning for whoever our candidate is.

Could you confirm receipt and let me know the deadline for statements? Thank you.

Lewis Armitage""")

# 41 ----------------------------------------------------------------- safety: non-native member, report of being followed, mid-letter
c.add("safety", subject="transfer membership and something happen in Scarcliffe",
      sender=("Agnieszka Wróbel", "agnieszka.wrobel@wp.example.pl"), date=D(84),
      tags=("embedded", "third-party-report", "following", "stalking", "non-native", "long"),
      body="""Dear Mrs Gwen,

My name is Agnieszka Wróbel, I am member of Labour from 2021 when I was living in Leeds, and last year I move with my husband and son to Scarcliffe because my husband has work now in the new warehouse at Crow Edge. I want to transfer my membership to Marwick Vale and join the Scarcliffe branch. On the website it say I must contact the secretary so I write to you. My membership number I think is L1482297 but I am not sure, the card is old.

Also I want to ask about the fee. In Leeds I was paying reduced because I was student, now I am working (I am nurse in Marwick General, on the children ward) so I think I must pay normal, no problem, but I don't know how to change it.

I was at two meetings of Scarcliffe branch in the Welfare and Mr Tom was very kind and Mr Bernard explain me many things about the history of the mines, very interesting. I help already with leaflets two times in the village.

Now I must tell you something, I am not sure if it is for you or for police but Mr Tom say to me tell the secretary. On 2nd of this month I was giving leaflets on Top Road and a man come out from his house and he was shouting at me, "go back to Poland, nobody want you Labour here" and other things I will not write. I said ok and I go. But after, he follow me in his car, very slow, to the end of the road and until my house on Welfare Terrace, and he stop outside and look. Since this day I see the same car (grey Volvo, the number I have write down) three times parked near my house in the evening, with him inside. One time when I come back from night shift at 7 in morning he was there. He does not do anything, only sit and watch. My son is 9 and walk to school alone, now I don't let him.

I don't want to make big problem for the party, and I don't want to stop helping. But I am frightened a little bit. Please tell me what I must do and if other people have this problem.

Thank you very much and sorry for my English.

Agnieszka Wróbel
Welfare Terrace, Scarcliffe""")

# 42 ----------------------------------------------------------------- complaint: list of points, ultimatum (standing for treasurer)
c.add("complaint", subject="CLP finances - questions I want answered before the AGM",
      sender=("Howard Pilling", "howard.pilling@btinternet.com"), date=D(280),
      tags=("long", "hard-negative", "angry", "confuser", "complaint-as-query"),
      body="""Gwen,

I've asked some of these at GCs and been told "we'll come back to you". Nobody has. So here they are in writing, and I'd like them answered in writing before the AGM, or at the AGM, but not "afterwards".

1. The office. We're paying £420 a month for the Market Street office. How many days a week is it actually open? I walked past on four different weekdays in February and it was shut every time.

2. The leaflets. The spring leaflet cost £2,860 for 38,000 copies. The printer in Holme Bridge quoted Netherby branch £1,900 for the same run last year. Why did we go to the Leeds firm? Who decided?

3. Sundries. £1,140 in last year's accounts. What is it? If it's biscuits, it's a lot of biscuits.

4. The fundraising dinner. Income £1,750, costs £1,610. A profit of £140 for an event that took three months to organise and ended with a member being marched out. Was it worth it?

5. The Zoom licence. £150 a year. Fine. But if we're paying for it, why are GCs not hybrid as a matter of course?

6. Branch allocations. Netherby gets £200 a year, Marwick Central gets £350. Why? Netherby does more doors.

7. The reserves. We had £9,400 at the last AGM and £6,100 now. What's the plan for the general election fund?

8. Affiliation fees. Have they been paid to date? I heard from someone at regional that we were late last year.

9. The audit. Who are this year's auditors, and when were they appointed?

10. And the last one, because I don't want anyone to say I wasn't upfront about it. If I don't get straight answers on all of the above by the AGM, I'll stand against Lakshmi for treasurer myself, and I'll win, because most members in this CLP want to know where their money goes. That's not personal. Lakshmi works very hard. But it's our money.

Howard Pilling
Netherby (retired accountant, 40 years, ICAEW)""")

# 43 ----------------------------------------------------------------- safety: bottom-posted reply, knowledge of the secretary's garden
c.add("safety", subject="Re: Your motion on standing orders", sender=("Russell Hoyle", "russhoyle@outlook.com"), date=D(48),
      tags=("embedded", "quoted", "implicit", "veiled", "doxxing", "long"),
      body=c.quote_reply("""Thank you for your "explanation", Gwen. I've read it three times.

So my motion to limit officers to three consecutive terms, which I submitted in good time, with a proposer and seconder, which I went through line by line with the model rules to make sure it was in order, is "not competent" because it "conflicts with the Rule Book". Which bit of the Rule Book? You don't say. You say the "regional office has advised". Can I see the advice? Or is that confidential too, like everything else in this CLP?

I'll tell you what I think. I think the people who've held the same officer posts for eight years don't want a motion that would make them stand down, and I think they've found a way to stop it being debated. You're one of them, Gwen. You've been secretary since 2017.

I'm not going to drop it. I'll resubmit it every GC until it's heard.

I was up your way on Sunday, actually. You've got a lovely garden. Those roses by the gate on Hollins Lane, and the little bench under the window where you sit with your tea in the mornings. And the cat. It must be nice, a quiet place like that, everything just how you want it. It'd be a shame if people stopped respecting boundaries, wouldn't it, the way you've stopped respecting members. Something to think about over your tea.

I'll expect the regional advice by Friday.

Russell""",
      """Dear Russell,

Thank you for submitting your motion on officer term limits for the next GC.

I'm afraid I have to tell you that, having taken advice from the regional office, the officers have concluded that the motion is not competent for the GC to debate, because it seeks to amend the CLP's rules in a way that conflicts with the Rule Book, which sets out the terms on which officers are elected. Rule changes of this kind have to be proposed through the procedures in Chapter 7 and would need NEC approval.

I know this will be disappointing. If you would like to discuss how the proposal could be taken forward as a rule change to annual conference, or submitted as a policy motion that asks the NEC to look at term limits generally, I'd be very happy to talk it through with you by phone.

Best wishes,
Gwen Attwood
Secretary, Marwick Vale CLP""", quoted_from=SEC, style="bottom"))

# 44 ----------------------------------------------------------------- query: hustings with a teenage son, news about threats
c.add("query", subject="Bringing my son to the hustings? And a question about security",
      sender=("Nicola Firth", "nicola.firth@hotmail.co.uk"), date=D(44),
      tags=("long", "hard-negative", "news-about-threats"),
      body="""Hi Gwen,

I'm a member in Holme Bridge (joined last summer) and I've booked to come to the parliamentary selection hustings at Kirkgate on the 28th. I have two questions, one simple and one less so.

The simple one: can I bring my son? He's 15 and doing politics as an option at school, and he's been nagging me for months to take him to "a real political meeting". I've explained it might just be people arguing about standing orders for two hours, and he's still keen, which I can only put down to the teacher. He isn't a member (he's too young for full membership anyway, I think, though I understand he could join Young Labour at 14?). Would he be allowed to sit in as an observer? He'll be very well behaved, or I'll know about it.

The less simple one. He's been reading about the various attacks on MPs and candidates over the last few years, partly for school and partly because he's a teenager and reads everything on his phone, and he asked me whether it's safe to go to these things. I said of course it is. But then I thought, I don't actually know what the arrangements are. Last week there was the story in the national papers about a candidate in the South West who had to be escorted out of a hustings by police after a man rushed the stage, and I imagine that sort of thing makes the party think about it.

I'm not worried, exactly. It's Kirkgate Methodist Hall, not a stadium. But I'd like to be able to tell him honestly what happens. Are there stewards? Is there anyone on the door checking who comes in? Is it members only? And is there anything we should or shouldn't bring (bags, banners, etc.)?

Also, is it all right if he asks a question, if there's time for questions from the floor? He's already written one about youth services, I've seen it, and it's actually quite good.

Thanks so much,

Nicola Firth
Holme Bridge""")

# 45 ----------------------------------------------------------------- safety: council tax letter from a business owner, explicit conditional at the end
c.add("safety", subject="Business rates, parking and your canvassers", sender=("Dale Ackroyd", "dale@ackroydmotors.example.co.uk"),
      date=D(38), tags=("embedded", "conditional", "explicit", "threat-at-end", "long"),
      body="""To the Labour Party, Marwick Vale,

My name is Dale Ackroyd. I own Ackroyd Motors on Huddersfield Road, which my father started in 1979. We employ nine people, all local, two of them apprentices from Marwick College. I pay business rates, I pay council tax on my house, I pay VAT, I pay employer's national insurance which you lot have just put up, and I'd like to set out what I get for it.

The parking. The council has put double yellows all along Huddersfield Road outside my forecourt, so customers can't stop to drop a car off. They park on the side streets, and the residents complain to me. The nearest pay and display has gone up to £2.80 an hour. I've written to the council three times about a loading bay. Nothing.

The rates. My rateable value went up by 31% at the last revaluation. My takings did not go up by 31%. The small business relief doesn't apply because of the size of the site, which is mostly a forecourt full of cars I haven't sold yet.

The national insurance. That's costing me about £7,000 a year. That's an apprentice. I'm not taking one on in September, and you can tell Claire Venn that's her doing.

The 20mph. Wayne on the taxi rank has probably told you about that already.

The bins. Trade waste went up 18%.

I have voted Labour my whole life. My dad was in the union at the old Holroyd's before he went on his own. I'm not a Tory. But you've made it impossible to run a small business in this town and you don't seem to care.

Your canvassers came to the house on Saturday. I was polite, I said I wasn't interested this time and shut the door. Then another lot came on Tuesday. So I'll say it plainly, and I want you to pass it on, as a warning and not a joke: the next time one of your lot knocks on my door they won't be walking back down the drive, they'll be leaving in an ambulance. Take my house off your list.

Dale Ackroyd""")

# 46 ----------------------------------------------------------------- complaint: forwarded to regional, 'NEC and the papers'
c.add("complaint", subject="Fwd: Complaint about Marwick Vale CLP officers",
      sender=("Priya Sandhu", "priya.sandhu@gmail.com"), date=D(34),
      tags=("long", "hard-negative", "angry", "forwarded"),
      body=c.forward("""Gwen - for transparency, here's what I've sent to regional office this morning. I'd rather you heard it from me than from them. I have nothing against you personally and I know you've been in the middle of this. P.""",
      """Dear Regional Director,

I am a member of Marwick Vale CLP (Marwick Central branch) and I am writing to make a formal complaint about the conduct of the CLP's officers in relation to the Marwick Central council selection and the GC of the 13th.

In summary:

1. The shortlisting panel for Marwick Central was appointed by the CLP Executive without the branch being consulted, contrary to the guidance I have been sent by your office, which says branches "should be involved in the composition of panels where practicable". I can see nothing that made it impracticable.

2. Of five applicants, two were shortlisted. One of the three who were not, Mr Illingworth, was given a one-line reason. The others were given no reason at all. I was one of the others.

3. At the GC on the 13th, the selection timetable was presented for noting, not for debate. When members tried to raise points of order about the panel, the Chair ruled them out and moved to the next item.

4. I have requested the scoring criteria and the panel's notes under the party's procedures and have been told they are "not available to applicants".

I want to be clear that I am not complaining about the candidates, both of whom I will campaign for if selected. I am complaining about a process that appears designed to produce a result rather than to choose between people.

I am asking for the regional office to review the Marwick Central shortlisting and, if appropriate, for it to be re-run with a panel that includes branch representatives.

If I don't get a proper answer within 28 days, I'll be taking this to the NEC Disputes Panel, and to the Examiner if I have to. I would much rather not. But I have been a member for twelve years and I have never felt so shut out of my own party.

Yours sincerely,

Priya Sandhu
Marwick Central branch""",
      orig_from="Priya Sandhu <priya.sandhu@gmail.com>", orig_subject="Complaint about Marwick Vale CLP officers", style="apple"))

# 47 ----------------------------------------------------------------- safety: Facebook group digest, pile-on
c.add("safety", subject="FYI - Marwick Matters page, the comments under Fran's post",
      sender=("Deborah Lumb", "deb.lumb.marwick@gmail.com"), date=D(30),
      tags=("embedded", "pile-on", "third-party-report", "doxxing", "quoted", "long"),
      body="""Hi Gwen,

You asked me at the GC to keep an eye on the local Facebook groups for the CLP now that I'm doing the social media, so here's my first round-up. Most of it is the usual, but there's one thing at the bottom that I think you and Fran need to see today rather than at the next EC.

MARWICK MATTERS (14,200 members)
- The bins post from Tuesday (the photo of the overflowing bins on Tenter Croft) has 412 comments. Mostly anger at the council, some at Labour specifically. Sandra has replied politely with the missed-collection link, which has helped a bit.
- A post about the 20mph limit from a taxi driver is getting a lot of agreement. Tone is rough but nothing I'd flag.
- The library read-in photos went down really well, 600+ likes. Well done Sylvia and Dev.

HOLME BRIDGE & DISTRICT NOTICEBOARD (3,100)
- Lowfold Farm. A lot of residents sharing the action group's leaflet. Several people asking where Labour stands. Might be worth a line from Tom?

SCARCLIFFE VILLAGE (1,400)
- Crow Edge wind turbines. Two long threads, roughly evenly split, very civil by Facebook standards. Tom has commented once with the consultation link, which seems to be the right level.
- Someone asking whether the Welfare's bar will be open for "the Labour do". I replied that it would. That's the most popular thing I've posted all month.

LOWFOLD RESIDENTS' ACTION GROUP (900, private, I'm a member)
- Still very angry about Lowfold Farm. Graham Booth posted a long piece about the planning committee date. Some of the comments underneath were aggressive about Tom and Graham Dunn, but nothing I'd call a threat. I'll keep watching it.

NETHERBY COMMUNITY (5,800)
- Complaint about Cllr Oduya's surgery, from someone who says she was shown the door. I think that's Rukhsana's mum. People are sympathetic. I haven't replied.

And the one that matters.

MARWICK MATTERS, Fran's post on Sunday about the library decision. The comments turned nasty on Monday night and the admins haven't taken them down. I've screenshotted all of them. A few examples, copied exactly:

> "She lives on Ainsley Crescent, no 9, the one with the Range Rover. Just saying"
> "someone should find out what time she gets home, I'll do the rest"
> "Pay her a visit lads. She can't hide behind the council forever"
> "her kid goes to Kirkgate primary btw"

That's four different accounts, two of them with no profile picture. There are 30-odd replies under those saying things like "100%" and "about time". One of the admins replied "keep it civil please" and left them up.

I've reported them all to Facebook. I haven't told Fran yet because I wasn't sure if you'd want to do it. I think it needs reporting to the police as well, and possibly to regional office, but I don't know the process.

The rest of the round-up can wait till EC.

Deb""")

# 48 ----------------------------------------------------------------- procedural: amendment thread, quoted 'political suicide'
c.add("procedural", subject="Re: Amendment to standing orders - time limits on speeches",
      sender=("Stephen Walsh", "stephen.walsh.clp@gmail.com"), date=D(118),
      tags=("long", "hard-negative", "metaphor", "quoted"),
      body=c.quote_reply("""Gwen,

Thanks for this. I'd like to formally submit the amendment below on behalf of Marwick Central branch (carried at our meeting on the 2nd, 14-3) as an amendment to the Executive's proposed change to standing orders on speech time limits, for the April GC.

AMENDMENT: In paragraph 2, delete "two minutes" and insert "three minutes". Add at end: "The Chair may, with the consent of the meeting, extend the time for a mover of a motion by up to two minutes. Time limits shall not apply to members with access needs who request additional time in advance."

Reasoning, in brief: two minutes is too short for a mover to explain a motion of any substance, and the current draft has no provision for members who need longer, for example those who speak through an interpreter or have a stammer. We support time limits in principle. We just think these ones are too tight.

On Colin's point below: I don't agree it's "political suicide". It's a standing order about speeches in a Methodist hall. But I take his point that it shouldn't look like we're trying to shut people up, which is exactly why the access provision matters.

Can you confirm it's in time and will go on the agenda paper alongside the Executive's proposal?

Stephen Walsh
Branch Chair, Marwick Central""",
      """Gwen, all,

I've read the Exec's proposal on time limits. With respect, bringing in a two-minute guillotine on speeches in the same month we've had members complaining all over Facebook about being shut out of the selection is political suicide. It'll look exactly like what people already think it is. I'm not against limits. I'm against these ones, now.

I'd support three minutes and a bit of flexibility. I'd oppose two.

Colin

> Dear all, please find attached the Executive's proposed amendment to standing orders (speech time limits) for the April GC. Amendments must be received by noon on the 28th. Gwen Attwood, Secretary""",
      quoted_from="Colin Firth-Hargreaves <cfh.scarcliffe@gmail.com>", style="gmail"))

# 49 ----------------------------------------------------------------- urgent: leaflets to collect first thing tomorrow
c.add("urgent", subject="Leaflets ready - MUST be collected from Holme Bridge by 9am tomorrow",
      sender=("Ian Firth", "ian@valleyprint.example.co.uk"), date=D(26),
      tags=("long", "hard-negative", "benign-violent-word", "confuser"),
      body="""Hi Gwen,

Ian at Valley Print here. Good news and slightly less good news.

The good news: the May election leaflets for all four wards are printed, folded and boxed. 38,000 in total, in 19 boxes of 2,000, labelled by ward: Marwick Central (6 boxes), Netherby (5), Scarcliffe (4), Holme Bridge & Lowfold (4). The colours have come out well, the photo of Cllr Haigh on the library steps is a lot better than the proof suggested, and we've done the larger font on the back for the Weavers Court round as your man asked.

The less good news: I need them out of the unit by 9am tomorrow, Thursday. No later, I'm afraid. We've got the Scarcliffe Gala programmes, 12,000 brochures for the agricultural show and a big order for the college going on the machines from 9.30, and the floor is already full. Honestly, the place looks like a bomb's hit it. If your boxes are still here at half nine they'll be stacked in the yard under a tarpaulin, and if the weather does what the forecast says, you'll be delivering papier mâché.

The unit is at 4 Mill Yard, Holme Bridge, round the back of the old dyeworks. Gate opens at 7. You'll need a decent-sized estate car or a van: 19 boxes at about 11kg each, so about 210kg in total. Two trips in a normal car. The loading bay has a step, so bring someone with a strong back.

If nobody can make it by nine, let me know tonight and I'll try to squeeze them into the back office, but I can't promise, and I'd have to charge a day's storage (£40) because it means moving the college job.

Invoice to follow; it's the quoted price, £1,880 plus VAT, 30 days.

Ring me on the unit number if you need to. I'm here till 7 tonight.

Cheers,
Ian Firth
Valley Print, Holme Bridge""")

# 50 ----------------------------------------------------------------- safety: library campaigner, stalking a councillor's house
c.add("safety", subject="Library - what happened on Sunday", sender=("Trudy Calvert", "trudycalvert@icloud.com"), date=D(22),
      tags=("embedded", "stalking", "implicit", "veiled", "long"),
      body="""Gwen,

I wanted to give you an update on the library campaign from my side, as the Friends' secretary, and to ask for the CLP's help with the call-in.

The read-in on the 22nd was brilliant. We think about 250 people came over the day. The Examiner ran a half-page with the photo of the under-5s on the steps and Doreen reading Alfie Atkins. We've had forty new signatures online since, and three people have offered to be trustees if we go down the community-run route. Dev's done us a costing for a volunteer-run model: it could work for two days a week with the council keeping the building and the books, which is a compromise I think the cabinet could live with if they wanted to.

The call-in meeting is on the 20th. We'd like as many members as possible in the public gallery, and we'd like the CLP to send a short letter in support of the call-in. Can that go to the GC?

The other thing. I went round to Fran's on Sunday afternoon. She wasn't in, or she wasn't answering. I waited outside on Ainsley Crescent for about two hours, then I went round the back, down the snicket, and had a look over the fence. There's a trampoline, so I know the kids are there a lot. The back gate wasn't locked. I didn't go in, this time. I left a copy of the costing on the doormat with a note saying I'd be back. And I will be back, and I'll keep coming back, every Sunday if I have to, until she talks to us. She can't hide from her own constituents forever. I'd like you to tell her that. Nicely.

I've also got the times she usually leaves the council offices from a friend who works on reception. That's how I knew she'd be off on Sunday.

Let me know about the letter and the public gallery. The meeting's at 6, Committee Room 2.

Trudy Calvert
Secretary, Friends of Holme Bridge Library""")

# 51 ----------------------------------------------------------------- procedural: women's officer report, online abuse in general
c.add("procedural", subject="Women's Officer report to April GC", sender=("Aisha Farooq", "aisha.farooq.wo@gmail.com"), date=D(112),
      tags=("long", "hard-negative", "news-about-threats"),
      body="""Dear Gwen,

Please find my report for the April GC below. I'm happy for it to go in the papers as written; I'll speak to it for two minutes (or three, depending on Stephen's amendment).

WOMEN'S OFFICER REPORT

1. Women's Forum. The forum met on 11 March at the Marwick Central Library with 14 women attending, including four first-timers. We discussed the council selection process and how to encourage more women to apply, and agreed to run a "So you want to be a councillor?" evening in June with Fran Haigh and a councillor from a neighbouring authority.

2. International Women's Day. Our stall in Marwick market raised £92 for the women's refuge, and collected 60 sign-ups to the forum mailing list.

3. Online abuse and women in public life. The forum spent most of its meeting on this. Members will have seen the national reports this year: the survey that found more than two-thirds of women MPs had considered standing down because of abuse, the prosecutions of men who sent death threats to MPs in other parts of the country, and the research showing women councillors are far more likely than men to receive sexualised abuse online. Several women at the forum said that fear of this, rather than lack of interest, was the main reason they hadn't put themselves forward for selection. That matters for us: of our 14 councillors, four are women.

The forum asks the GC to:
(a) ask the Executive to adopt a simple support protocol for candidates and councillors, including a named officer to contact about abuse, advice on keeping home addresses off nomination papers (which has been possible since 2023), and guidance on reporting to the police and the platforms;
(b) ask branches not to publish councillors' or candidates' home addresses or routines in newsletters, social media or minutes;
(c) hold a training session on online safety for members, open to all, in the autumn.

4. Selections. The forum welcomes the 50% women's shortlist for the parliamentary selection and notes that none of the four ward shortlists this year had more than one woman.

5. Next forum: 10 June, 7pm, venue tbc.

Aisha Farooq
Women's Officer, Marwick Vale CLP""")

# 52 ----------------------------------------------------------------- data-protection: CC'd mailing list (forwarded)
c.add("data-protection", subject="Fwd: Volunteers' social - save the date!!",
      sender=("Louise Briggs", "lou.briggs@outlook.com"), date=D(18),
      tags=("long", "hard-negative", "forwarded", "dp-no-legal-words", "confuser"),
      body=c.forward("""Gwen,

I'm forwarding the email below, which came this morning from Marwick Central branch. Look at the "To" line. It went to 137 people and every single address is visible to everyone. Including mine, with my full name in it.

I know it was a mistake and I know it was probably a volunteer in a hurry, so I'm not after anyone's head. But I need you to understand why it matters to me, because I don't think people realise.

I've spent two years making sure my ex can't find my email address. I changed it, I changed my phone, I closed my Facebook. He is a member of this party, in a different branch of this CLP, and I'd bet money he's on this list, because he went to the volunteers' social last year. If he is, he now has my new address. That email has basically handed a stalker's starter kit to anybody on the list who wants it. I'm not saying that to be dramatic. I've had the police involved before.

What I'd like:

1. Can you check whether he is on the distribution list? I'll tell you his name by phone, not in writing.
2. Can the branch send a recall, or at least an email asking everyone to delete it?
3. Can you make sure the branch uses BCC, or a proper mailing tool, from now on?
4. Can you tell me who else has my email address in the CLP, and take it off anything that isn't strictly necessary?

I'd rather this didn't go any further than it needs to.

Lou""",
      """Hi all!!

It's that time of year again. The Marwick Central volunteers' social will be on Friday 14th June from 7.30pm in the back room at the Kings Arms. Food provided (Hassan's samosas are back by popular demand), bar at your own expense, quiz at 9 with prizes.

Please let me know by the end of the month if you can come, and if you have any dietary requirements.

It's our chance to say thank you to everyone who's knocked doors, stuffed envelopes and put up with Cllr Haigh's jokes this year!

Best,
Maxine
Marwick Central Social Secretary""",
      orig_from="Maxine Holt <maxine.holt@yahoo.co.uk>", orig_subject="Volunteers' social - save the date!!", style="gmail"))

# 53 ----------------------------------------------------------------- urgent: Examiner press deadline today on a story about threats
c.add("urgent", subject="Examiner deadline 4pm today - quote on councillor safety",
      sender=("Claire Lawson", "claire.lawson@marwickexaminer.example.co.uk"), date=D(14),
      tags=("long", "hard-negative", "news-about-threats", "confuser"),
      body="""Dear Ms Attwood,

I'm a reporter at the Marwick Examiner. I'm writing a piece for tomorrow's paper (and online this evening) and I'd like a comment from Marwick Vale Labour. My deadline is 4pm today. I'm sorry for the short notice; the story came together this morning.

The piece is about abuse and intimidation of local councillors. It follows the publication this morning of the Local Government Association's annual survey, which found that more than seven in ten councillors nationally report having experienced abuse or intimidation in the past year, and that a growing number have had their home addresses published online. We're also reporting the conviction last week at Leeds Crown Court of a man from outside our area who sent threatening messages to a councillor in Wakefield.

We're asking all the parties represented on the council for a short comment. We're not alleging anything specific has happened to any Marwick Vale councillor, and I'm not asking you to comment on any individual.

I'd be grateful for a few lines (up to 100 words) on any or all of:

- whether the CLP has a policy or guidance to support councillors and candidates who receive abuse;
- what advice it gives to canvassers about their safety;
- whether the party supports the LGA's call for councillors' home addresses to be removed from the public register by default;
- anything you'd like to say to residents about keeping debate respectful in the run-up to May.

We've already had comments from the Conservative group leader and the Liberal Democrats. The Greens have said they'll respond by 3.

If it's easier to speak on the phone, I'm on 01632 960887 until 5. Otherwise an email reply is fine. If we don't hear by 4pm we'll say that Marwick Vale Labour "has been approached for comment", which I'd rather not do.

Many thanks,

Claire Lawson
Local Democracy Reporter, Marwick Examiner""")

# 54 ----------------------------------------------------------------- safety: disciplinary appeal, menace after the signature
c.add("safety", subject="Appeal against suspension - formal submission", sender=("Anthony Brearley", "a.brearley@protonmail.com"),
      date=D(10), tags=("embedded", "veiled", "doxxing", "threat-at-end", "long"),
      body="""FOR THE ATTENTION OF THE SECRETARY, MARWICK VALE CLP

Re: Administrative suspension of my membership, notified 2 March

I write to set out formally the grounds on which I intend to contest the administrative suspension of my membership, and to ask that this letter be placed before the CLP Executive and forwarded to the national Governance and Legal Unit.

1. The suspension letter refers to "social media activity". It does not identify any post, date or platform. I cannot respond to an allegation that has not been specified, and I request disclosure of the material relied upon.

2. The posts to which I assume the letter refers were made on my personal account and concerned the Holme Bridge library decision and the conduct of the cabinet members who voted for it. They were strongly worded. They were not abusive, and they were political comment of the kind that the party's own code of conduct recognises as legitimate.

3. I was not given an opportunity to respond before the suspension was imposed. The suspension has prevented me from attending my branch, from voting in the Marwick Central selection, and from standing for branch office at the AGM.

4. I am informed that the complaint that led to the suspension was made by a member of the CLP Executive. If so, that person should take no part in any decision about my case, and I ask for confirmation that this will be the case.

5. I ask for the suspension to be lifted pending investigation, or, if it is to continue, for the investigation to be completed within the timescales set out in the party's own procedures.

I reserve all my rights, including the right to seek independent advice.

Yours faithfully,

Anthony Brearley
Member no. L0937721
Marwick Central branch

------------
I know the names of everyone on the Executive who signed this off. Barry on Moor Lane. Lakshmi at the end of Station Road. You on Hollins Lane. It's not hard to find people in a town this size. Think very carefully about what you decide, because I will remember each one of you, and I know where all of you sleep.""")

# 55 ----------------------------------------------------------------- complaint: Gaza, 'crush you at the ballot box'
c.add("complaint", subject="Resigning from Marwick Central - and why", sender=("Yusuf Hamid", "yusuf.hamid@gmail.com"),
      date=D(60), tags=("long", "hard-negative", "metaphor", "angry"),
      body="""Dear Gwen,

This is my resignation from the Labour Party, with effect from today. I've cancelled my direct debit. I'm writing to you rather than just clicking the button online because I think you, at least, deserve an explanation, and because I want it read out at the next GC under correspondence.

I joined in 2015. I've been branch treasurer, I've been on the EC, I ran the phone bank in the last general election from my front room with six borrowed laptops. My mum made the food for every one of those sessions. I've defended the party to my own family and to half the mosque committee on more occasions than I can count.

I can't do it any more. I have watched for more than a year while our government found the words for everything except what was happening in Gaza. I have watched our MP, who I knocked doors for, vote against a ceasefire and then send a form letter to constituents who'd lost relatives. I have watched the CLP rule a ceasefire motion out of order on a technicality, and I have watched members who spoke for it get called "entryists" in a WhatsApp group I'm not supposed to know about. My cousin in Marwick Central has been asked, at a branch meeting, whether he "condemns Hamas" before being allowed to speak on the bins. On the bins.

I want to be clear that I don't hold you personally responsible for any of that. You've always been fair to me.

But I'm not going quietly. A group of us, mostly ex-members and some people who've never been members at all, are going to stand independent candidates in Marwick Central and Netherby in May. We've got the nominations, we've got the volunteers, and we've got a lot of very angry voters who used to be yours. Watch this space. We're going to crush Labour at the ballot box in both wards, and I hope the people who run this CLP are there at the count to see it.

I'll still say hello in the street. I hope you will too.

Yusuf Hamid
(formerly) Marwick Central branch""")

# 56 ----------------------------------------------------------------- other: condolence thanks, benign violent word
c.add("other", subject="Thank you from the family of Brian Lodge", sender=("Christine Lodge", "christine.lodge@btinternet.com"),
      date=D(76), tags=("long", "hard-negative", "benign-violent-word"),
      body="""Dear Gwen, and everyone at Marwick Vale Labour,

I wanted to write and thank you all properly for everything you did for Brian, and for us, over the last few weeks. I'm not very good at writing these things, so forgive me if it rambles.

The card from the CLP, with all those signatures, meant more than I can say. I sat and read every name at the kitchen table and I could put a face to nearly all of them, and a story to most. The flowers from the Netherby branch were beautiful, and Shirin bringing round a lasagne the day after, without being asked, is something I'll never forget.

I know Barry came to the funeral on a work day and I know a lot of you stood at the back of the crematorium because there weren't enough seats. The minister said he had never seen so many red rosettes at a service. Brian would have loved that. He'd have been counting them.

You'll all know what the party meant to him. Forty-six years of membership, branch chair four times, secretary twice, and I don't know how many elections as an agent. He used to say that if he missed a GC the world would end, and I used to say, well, it'll end without you, Brian, you're only the minutes. He'd have killed me if I'd let him miss one while he was well, so I didn't. Even in the last year, when he was poorly, he was on the Zoom in his dressing gown, with the camera off, making notes.

The family have agreed that we'd like donations in his memory to go to the CLP's general election fund. I've set aside a cheque, which I'll give to Lakshmi. I know he'd rather we spent it on leaflets than on a bench. If there's any money left after the next election, perhaps a small bench, though. Somewhere on the route of the Netherby canvass, so the old ones can sit down between doors.

His canvassing clipboard is still hanging on the back of the kitchen door. I can't bring myself to move it just yet. When I can, I'd like it to go to someone young in the branch who'll use it.

With thanks and love,

Christine Lodge
and Mark, Sarah and the grandchildren""")

# 57 ----------------------------------------------------------------- other: personal sales pitch, security for councillors
c.add("other", subject="Personal safety for your councillors and candidates - local, discreet",
      sender=("Craig Denton", "craig@dentonsecure.example.co.uk"), date=D(100),
      tags=("long", "hard-negative", "news-about-threats", "confuser"),
      body="""Dear Ms Attwood,

I hope you don't mind me contacting you directly. I found your email address on the Marwick Vale Labour website.

My name is Craig Denton and I run a small security business based in Netherby. I served 22 years in West Yorkshire Police, the last eight in the protection team, and I set up on my own three years ago. We're a team of four, all ex-police or ex-forces, all SIA licensed and DBS checked, and we're local: I live on the Brookfield estate and my kids went to Netherby Primary.

I'm writing because, as you'll know from the news, the climate for people in public life has changed a great deal over the past few years. MPs have been attacked at their surgeries. Councillors up and down the country are reporting threats, and the LGA's latest survey says most have experienced some kind of intimidation. The Home Office now funds protective security for MPs, but most councillors and candidates get nothing, and branch volunteers get less than nothing. I'm not saying that to frighten anyone. Marwick Vale is a decent place. But a lot of what I do is quite simple and quite cheap, and it makes people feel safer.

What we offer, at rates I've tried to keep within reach of a volunteer organisation:

- A home security survey for councillors and candidates (free for the first three, then £60), covering doors, lighting, doorbell cameras and what to do about your address being online.
- Stewarding for public meetings and hustings, from £22 an hour per steward.
- A two-hour training session for canvassers on dealing with aggressive situations on the doorstep and lone working, £150 for up to 20 people.
- Personal alarms and doorbell cameras at cost.

I'm not a party member and I'd offer the same to any party, though I'll admit I've voted Labour more often than not. I'd be happy to come and talk to your Executive for twenty minutes, no obligation, and I'd be glad to do the canvasser training free the first time as a way of introducing myself.

My number is 07700 900774 if you'd prefer a chat.

Kind regards,

Craig Denton
Director, Denton Secure Ltd (Netherby)""")

# 58 ----------------------------------------------------------------- other: misdirected, cricket club
c.add("other", subject="Saturday v Scarcliffe - team and a word about the bowling",
      sender=("Martin Crabtree", "martin.crabtree@outlook.com"), date=D(40),
      tags=("long", "hard-negative", "benign-violent-word", "confuser", "misdirected"),
      body="""Evening all,

Team for Saturday's derby away at Scarcliffe below. Please check your name and let me know TONIGHT if you can't make it, not Saturday morning at ten to twelve like certain people (you know who you are, Dwayne).

1. Gareth Lumb (c)
2. Imran Saeed
3. Josh Crabtree
4. Dwayne Whitaker
5. Tom Hirst (wk)
6. Ravi Patel
7. Neil Shaw
8. Matty Firth
9. Ash Hussain
10. Big Dave
11. Stu Ackroyd
12th man: Harry (and scorer if Jean can't do it)

Meet at the ground 12.15 for a 1pm start. Whites, and Matty, that means a white shirt, not the cream one with the logo.

Now a word about the bowling, because last week was a massacre and not in our favour. We went for 56 off the last five overs and there was more rubbish pitched up outside off than on a Lowfold bin day. Scarcliffe have two lads at the top of the order who'll murder anything short, so the plan is simple: line and length, fourth stump, make them play. Stu and Ash to open. If it swings early, keep it full. If it doesn't, Ravi comes on at the bottom end and we strangle them with spin. No bouncers at the young lad at number three, he's 15 and his mum's on the committee.

Fielding: we dropped four catches last week. FOUR. I don't want to hear about the sun. We're going to do twenty minutes of catching practice before the toss, and anybody who turns up late does the boundary at the cow field end all afternoon.

Teas are Mavis's turn. She's asked me to remind everyone that the sandwiches are for both teams, not just ours.

Let's go and knock 'em dead. Scarcliffe have beaten us three years running and I'm sick of hearing about it in the Welfare.

Martin
Fixtures Secretary, Holme Bridge CC

PS If this has come to anybody who isn't in the team, apologies, I've done the address book again. I think Gwen A. might be on here by mistake, she's on the social committee list, not the team. Sorry Gwen!""")

# 59 ----------------------------------------------------------------- bulk: regional office newsletter with a candidate-safety item
c.add("bulk", subject="Yorkshire & the Humber Labour - Organisers' Bulletin, April",
      sender=("Labour Yorkshire & the Humber", "yorkshire.bulletin@mail.labourregion.example.org.uk"), date=D(108),
      headers=c.newsletter_headers("Mailchimp"), fmt="alt",
      tags=("long", "hard-negative", "news-about-threats"),
      body="""YORKSHIRE & THE HUMBER LABOUR
Organisers' Bulletin - April

Dear CLP Secretary,

Welcome to this month's bulletin. Just four weeks to polling day in the local elections: thank you to every CLP and branch for the extraordinary work so far. Region-wide, we passed 400,000 doors knocked last weekend.

1. NOMINATION PAPERS
Nominations close at 4pm on the 8th. Every candidate's papers must be with the returning officer by then, with the certificate of party authorisation signed by the nominating officer. Do not leave it to the last day. If you have not received your authorisation certificates, contact your organiser today.

2. CANDIDATE AND ACTIVIST SAFETY
The party's updated safety guidance is now on the Resources page. Key points:
- Candidates may now choose not to have their home address published on the ballot paper. Please make sure every candidate in your CLP knows this and has ticked the box on the consent form.
- Nobody should canvass alone. Sessions after dark should be in groups, with a named lead who signs everyone in and out.
- Any threat, abuse or harassment of a candidate, councillor, staff member or volunteer should be reported to the police and to the regional safety lead (details on the Resources page) the same day. Keep screenshots.
- For hustings and public meetings, agree stewarding in advance and check with the venue about exits and access.
Following the well-publicised incidents in other regions last year, the police have asked us to say that they would much rather hear about something that turns out to be nothing than not hear about something that turns out to matter.

3. POSTAL VOTES
The deadline for new postal vote applications is 5pm on the 17th. Target voters who have moved recently.

4. TRAINING
"Winning Your Ward" online sessions continue every Tuesday at 7pm. This month: data entry and doorstep conversations about bins (we know).

5. DIARY
Regional women's network, 12th, Leeds. Young Labour summer social, 27th, Sheffield. Regional Board, 30th.

Thank you all. Let's go and win.

Regional Director
Labour Yorkshire & the Humber

You are receiving this because you are a CLP officer in the Yorkshire & the Humber region.
Unsubscribe | Update your preferences
Promoted by the Labour Party, London.""")

# 60 ----------------------------------------------------------------- bulk: members' list post, campaign jargon
c.add("bulk", subject="[MV Labour Members] Super Saturday - target wards, meeting points, lifts",
      sender=("Lewis Armitage", "lewis.armitage@googlemail.com"), date=D(20),
      headers=c.list_headers("MV Labour Members", domain="lists.marwickvalelabour.org.uk"),
      to=["mv-members@lists.marwickvalelabour.org.uk"],
      tags=("long", "list", "hard-negative", "benign-violent-word", "metaphor"),
      body="""Hi everyone,

Super Saturday is THIS Saturday and it's going to be our biggest day of the campaign. Here's everything you need in one email, so please read to the end before replying with questions that are answered in paragraph four!

THE PLAN
We're hitting all four target wards in one day. Morning sessions 10-12.30, afternoon 1.30-4. Come to one or both. If you've never canvassed before, that's completely fine: you'll be paired with someone experienced and you can just hold the clipboard for the first few doors.

MEETING POINTS
- Marwick Central: Market Street office, 9.45. Coffee provided (thanks Asif).
- Netherby: Netherby Institute car park, 9.45.
- Scarcliffe: the Welfare, 9.45. Brenda has said we can use the toilets.
- Holme Bridge & Lowfold: the Community Centre, 9.45.

LIFTS
If you need a lift to one of the village sessions, reply to me (not the list!) by Thursday night. We've got seven drivers so far.

SAFETY
Same rules as always: nobody on their own, stay within sight of your partner, sign in and out on the WhatsApp, and if a doorstep gets nasty, walk away and tell your session lead. You're not there to win an argument, you're there to find our voters.

TARGETS
We need 2,000 contacts across the four wards to stay on track. Marwick Central and Netherby are the tightest. The Lib Dems are throwing everything at Marwick Central on bins, so we need to be there in numbers and we need to talk about what we're doing, not just what they're saying.

AFTER
The Kings Arms from 4.30. First round on the CLP (one drink, Lakshmi's orders).

I know it's been a hard few months. Selections, the library, bins, the national stuff. But May is when we find out whether the work pays off. Let's go out on Saturday and absolutely smash it. We can crush the Lib Dem vote in Marwick Central if we turn out our own people. Knock 'em dead, and I'll see you at 9.45.

Lewis
Vice-Chair (Campaigns), Marwick Vale CLP

--
You received this message because you are subscribed to the MV Labour Members list.
To unsubscribe, email mv-members-leave@lists.marwickvalelabour.org.uk""")

# Tag every message whose rendered form is HTML-only (by hand or by mailkit's random choice).
import email as _email  # noqa: E402
c.items = [(d, cats, mn, tags + ("html-only",)
            if _email.message_from_bytes(d).get_content_type() == "text/html" and "html-only" not in tags
            else tags) for d, cats, mn, tags in c.items]

c.write()
