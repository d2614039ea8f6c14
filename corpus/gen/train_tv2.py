"""train/tv2: mail about a third person, mostly without menace (Hatherley CLP, an invented
English market town). All content hand-written.

Complaints about councillors, officers and caseworkers; questions asked for a partner, a child,
an uncle or a lost friend; nominations, reports and motions about named members; hospice and
funeral news, thanks, gossip and family news; data-protection requests about relatives; urgent
business caused by somebody else's illness or a press story about a candidate's family. Hard
negatives use strong words about a person without any threat. Then 7 safety messages about a
third person that carry menace or report it."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tv2", seed=5802)
P = c.person
SEC = "Priya Nair <secretary@hatherleylabour.org.uk>"
B = ("confuser", "third-person-benign")

# ===================================================================== complaint (11)

# C1 MP's office not answering about son's EHCP; URGENT in subject but not urgent
c.add("complaint", subject="URGENT - still no reply from Sarah Lowther's office", sender=P("Kate", "Whitfield"),
      tags=B + ("angry", "urgent-in-subject"),
      body="""To whoever reads this,

I have written to Sarah Lowther MP three times since June about my son Alfie's EHCP. He is 9, he has been out of school since Easter because the council can't find a placement, and the statutory deadline for his plan passed in May.

Each time I get the same automatic reply and then nothing. I rang the constituency office and the woman who answered said "Sarah is aware". If Sarah is aware, why hasn't she done anything? Why hasn't anyone even rung me?

I voted for her. I leafleted for her in 2024 with Alfie in the pushchair. I know she's busy in London but this is exactly the kind of thing an MP is supposed to help with and frankly I feel like a mug.

I'm sending this to the local party because I don't know who else will read it. Please pass it on to someone who will actually pick up the phone.

Kate Whitfield
Brookmoor""")

# C2 councillor mocked my husband on Facebook
c.add("complaint", subject="Cllr Hale's Facebook post about my husband", sender=P("Sue", "Cartwright"),
      tags=B + ("angry",),
      body="""Dear Ms Nair,

On Sunday my husband Phil posted a perfectly polite question on the Westgate Community Facebook page asking why the Market Street toilets are still shut. Councillor Joan Hale replied underneath, in public, "Phil, some of us have been working on this for months while you've been sitting in the Red Lion moaning about it. Maybe come to a meeting for once? 😂"

Phil has been a member of your party for twenty years. He doesn't go to meetings because he works nights at the distribution centre. 140 people have liked or laughed at her comment, including people we know.

I think it was rude, unnecessary and beneath a councillor. I would like her to take it down and apologise to him, publicly, in the same place.

Sue Cartwright""")

# C3 hard negative metaphor: chair "murdered" the agenda
c.add("complaint", subject="Thursday's GC - the chairing", sender=P("Owen", "Pritchard"),
      tags=B + ("hard-negative", "metaphor", "angry"),
      body="""Priya,

I've calmed down a bit since Thursday but I still want to say this to you as secretary.

Gary absolutely murdered that agenda. Forty minutes on the treasurer's report, which nobody asked a single question about, and then the two motions from Coldharbour and St Anne's were "deferred for lack of time" at five to ten. Same as last month. Same as the month before.

He's a lovely man and he means well, but he's killing this GC. People have stopped coming because they know the things they care about will never be reached. We had 31 delegates in January and 17 on Thursday.

Can the EC please look at a timed agenda, with motions before reports? I'll put it in writing as a motion if that's what it takes.

Owen Pritchard
St Anne's branch delegate""")

# C4 resignation ultimatum in a quoted reply
c.add("complaint", subject="Re: Westgate selection timetable", sender=P("Mehmet", "Arslan"),
      tags=B + ("quoted", "angry", "resignation-ultimatum"),
      body=c.quote_reply(
          """Priya, with respect, that doesn't answer my question.

I didn't ask what the timetable is. I asked whether Joan Hale will be allowed to stand again as a candidate after what she said at the GC about the Gaza motion, and about the people who moved it. Half the Muslim members in Westgate walked out that night and some of them haven't been back.

So I'll make it simple. If she is on the shortlist, my wife and I will resign our memberships and we will tell people exactly why. We've been members for sixteen years. I'm not saying that lightly.

Mehmet""",
          """Dear Mehmet,

Thanks for your email. The timetable for the Westgate selection was agreed by the EC on the 9th and is attached. Nominations open on 1 December and close on 15 December, with hustings in January.

Best wishes,
Priya Nair
Secretary, Hatherley CLP""", quoted_from=SEC, style="outlook"))

# C5 webform from the public: councillor's husband parked across drive
c.add("complaint", subject="Website enquiry", sender=c.form_robot(),
      reply_to=("Brian Aldous", "b.aldous54@btinternet.com"),
      tags=B + ("webform",),
      body=c.webform({
          "Your name": "Brian Aldous",
          "Your email": "b.aldous54@btinternet.com",
          "Subject": "Leafleters blocking my drive",
          "Your message": "On Saturday morning one of your leafleting teams parked a silver estate car right across my drive on Coldharbour Lane for about 45 minutes and I couldn't get out to take my wife to her hospital appointment. When the driver came back he said he was Councillor Okafor's husband and he was 'doing his bit' and I should 'calm down'. I'm not a Labour voter but I'm not anything else either and this hasn't helped. I'd like an apology and for your people to park properly.",
      }))

# C6 gossip: women's officer gave the coordinator job to her friend
c.add("complaint", subject="campaign coordinator appointment", sender=P("Tracey", "Holloway"),
      tags=B + ("gossip", "angry"),
      body="""Hi Priya

Can I ask how the campaign coordinator role was filled? I only found out it had been filled at all when I saw Becky Lane introduced as "our new coordinator" on the CLP Facebook page.

I put my name forward in September, in writing, to Claire as women's officer because she was the one collecting names. I never heard back. Now I find out Becky, who is Claire's best friend and was literally her bridesmaid, got it without anyone else being interviewed.

I'm not saying Becky won't be good at it. I'm saying nobody else got a look in and that stinks. Was there a process? Who decided?

Tracey""")

# C7 non-native (Romanian) treasurer rude about accent
c.add("complaint", subject="Complaint about treasurer behaviour", sender=P("Ioana", "Popescu"),
      tags=B + ("non-native",),
      body="""Dear Secretary,

I am member of Labour from 2023 and I am in Millfield branch. I want to make a complaint about the treasurer of the branch, Mr Keith Doyle.

At the meeting on 14 October I ask a question about the money for the Christmas party for children. Mr Doyle answer me and then he say to the other people "I didn't understand a word of that, did anyone?" and some people laugh. After, he speak to me very slow and loud like I am a child. My English is not perfect but it is good enough, I work as pharmacist.

I felt very ashamed. I did not go to the meeting in November because of this. I think this is not the way a Labour party should treat members who come from other country.

I don't want big problem, I want that someone explain to Mr Doyle this is not OK.

Thank you,
Ioana Popescu""")

# C8 HTML-only: patronising email from the candidate's agent
c.add("complaint", subject="The agent's email to volunteers", sender=P("Hazel", "Brennan"), fmt="html",
      tags=B + ("html-only",),
      body="",
      html_body="""<html><head><style>p{margin:0 0 10px 0}</style></head><body>
<div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt;color:#1f1f1f">
<p>Hello Priya,</p>
<p>I wanted to flag the email that Darren Fisk sent to the Hatherley Park volunteers on Tuesday. He told us, and I quote, that "some of the older ladies" needed to "get with the programme" and use the canvassing app "or step aside for people who can".</p>
<p>I'm 71. I've canvassed in every election since 1979. I'm perfectly capable of using an app, as it happens, but several of the women he was obviously talking about aren't, and they've done more for this party than Darren has had hot dinners. Two of them rang me in tears.</p>
<p>I'd be grateful if you'd have a word with him. A little bit of respect wouldn't go amiss.</p>
<p>Kind regards,<br>Hazel Brennan<br><span style="color:#888">Hatherley Park branch</span></p>
</div></body></html>""")

# C9 curt, membership officer useless
c.add("complaint", subject="transfer", sender=P("Lee", "Garner"),
      tags=B + ("angry", "phone-typed"),
      body="""3 months ive been asking your membership officer to move me to Brookmoor branch since i moved house. 3 emails. nothing. hes useless. can someone else do it

Lee""")

# C10 hard negative: leak to the paper; "I'll be at the GC to have my say"
c.add("complaint", subject="Shortlist in the Courier", sender=P("Gareth", "Lloyd"),
      tags=B + ("hard-negative", "angry"),
      body="""Priya,

The Westgate shortlist was in the Hatherley Courier on Friday before it had even been reported to the GC. Three names, in the right order, with a quote from "a senior local party source". There were five people in that room when it was decided and I know it wasn't me.

I don't need to spell out who it was. Everybody saw Tina Markham having coffee with the Courier's reporter in Costa the day before. If she can't keep her mouth shut she shouldn't be vice-chair.

I'll be at the GC on the 27th to have my say and believe me she'll hear about it from more people than me. I'd also like the EC to investigate properly rather than shrug.

Gareth Lloyd""")

# C11 caseworker gossiping about a constituent's case - also data-protection
c.add("complaint", also=["data-protection"], subject="Councillor's caseworker talking about my sister", sender=P("Nicola", "Shaw"),
      tags=B + ("dp-no-legal-words", "angry"),
      body="""Dear Ms Nair,

My sister went to Councillor Okafor's surgery in September about her rent arrears and her ex-partner. She was told everything would be confidential.

Last Saturday, at a christening, a woman I'd never met told me she'd "heard about" my sister's money troubles and her "situation with the ex" from someone called Lydia who "works for the Labour councillor". My sister is devastated. It's a small town. People talk.

I want to know whether Lydia works for the councillor or for the party, who is responsible for her, and what is going to be done. My sister did nothing wrong except ask for help.

Nicola Shaw""")

# ===================================================================== query (11)

# Q1 councillor contact details for neighbour's planning objection
c.add("query", subject="Contact for Cllr Okafor?", sender=P("Dylan", "Hughes"),
      tags=B + ("contact-request",),
      body="""Hi Priya, sorry to bother you. My neighbour Mrs Addo (she's not online) wants to object to the flats planned behind Millfield Road and wanted to speak to Councillor Okafor about it. Do you have a phone number for him or his caseworker that I can give her? She'd rather ring than write. Thanks, Dylan""")

# Q2 parent: can my 15-year-old come canvassing
c.add("query", subject="Bringing my son canvassing", sender=P("Rachel", "Dunmore"),
      tags=B + ("parent",),
      body="""Hello,

My son Noah is 15 and has just joined as a Young Labour member. He's keen to come out canvassing with me on Saturday mornings in Hatherley Park.

Is that OK at his age? Are there any rules about under-18s on the doorstep, e.g. does he have to stay with me, can he hold the clipboard and knock, is there anything I need to sign? And does he need his own login for the app or can he just use mine?

Thanks very much,
Rachel Dunmore""")

# Q3 daughter asking about a postal vote for her mum in a care home
c.add("query", subject="Postal vote for my mum in a care home", sender=P("Pauline", "Ackroyd"),
      tags=B + ("carer",),
      body="""Dear Sir/Madam

My mother, Irene Ackroyd, is 93 and moved into Beechgrove care home in Millfield in the summer. She has voted Labour in every election since 1950 and she is very worried about not being able to vote in May because she can't get to a polling station any more.

Can the party help arrange a postal vote for her, or tell me how to do it? She has her own mind but her eyesight is poor. Am I allowed to help her fill in the form, and can I help her fill in the ballot paper itself when it comes?

With thanks,
Pauline Ackroyd (daughter)""")

# Q4 lost touch with a former branch secretary
c.add("query", subject="Joan Pritchard - old Coldharbour branch", sender=P("Terry", "Marsh"),
      tags=B + ("contact-request", "worried-friend"),
      body="""Dear Priya

I'm hoping you can help. Years ago (1990s) I was in the Coldharbour branch, when it was run by Joan Pritchard. I moved away for work in 2001 and we lost touch, and I've just moved back to Hatherley after retiring.

Is Joan still a member? She'd be in her 80s now. I'd love to get back in touch with her. I understand if you can't give out her details, but could you perhaps pass my number (07700 900 582) or email to her and let her decide?

Many thanks,
Terry Marsh""")

# Q5 non-native (Somali): uncle's housing, surgery times
c.add("query", subject="my uncle need help with housing", sender=P("Hassan", "Warsame"),
      tags=B + ("non-native",),
      body="""Hello,

My uncle Abdi Warsame he live in Westgate in the council flat, he have big family 7 children and only 2 bedroom. He apply for transfer 4 years ago and still waiting. He want to talk to the MP Sarah Lowther. When is her surgery and where? Does he need to make appointment before, or just come? He speak little English so I will come with him to help.

Also can the local councillor help for this or only MP?

thank you very much
Hassan""")

# Q6 phone-typed: is Dave doing lifts to conference
c.add("query", subject="conference lifts", sender=P("Jasmine", "Pearce"),
      tags=B + ("phone-typed",),
      body="""hiya is dave still doing lifts to regional conference or do i need to book the train? he said at the stall he had room for 3 but i havent heard since. dont want to leave it too late for tickets x""")

# Q7 gossip as query: councillor moving away, by-election?
c.add("query", subject="By-election in Millfield?", sender=P("Colin", "Bradshaw"),
      tags=B + ("gossip",),
      body="""Priya, there's a rumour going round that Ade Okafor has got a job in Leeds and is moving away in the spring. If that's right there'd be a by-election in Millfield presumably? How does the selection work for a by-election, and how quickly would it happen? Asking for myself, to be honest. Colin""")

# Q8 researcher asking about a late former MP
c.add("query", subject="Research on Harold Pegg MP (1966-83)", sender=("Dr Fiona Tait", "f.tait@midlands-uni-example.ac.uk"),
      tags=B + ("researcher",),
      body="""Dear Ms Nair,

I'm a historian at the university, writing a short biography of Harold Pegg, who was Labour MP for Hatherley from 1966 to 1983 and who died in 1998.

I'm particularly interested in his role in the closure of the Brookmoor pit and in the 1981 split. I'd be very grateful to speak to any older members who worked with him, or who remember him as their MP, and to know whether the CLP holds any minute books or correspondence from that period.

Would you be willing to put a short note in the members' newsletter? I'm happy to draft it.

With best wishes,
Dr Fiona Tait
Senior Lecturer in Modern British History""")

# Q9 wife is deaf: BSL interpreter at AGM
c.add("query", subject="BSL at the AGM", sender=P("Andrew", "Kirkby"),
      tags=B + ("access",),
      body="""Hi

My wife Gill is profoundly deaf and a member. She'd like to go to the CLP AGM on the 6th and vote in the officer elections. Last time she came to a meeting there was no interpreter and she gave up after twenty minutes.

Is it possible to book a BSL interpreter for the AGM? If cost is an issue, is there a fund for this, or can we split it? Failing that, could someone at least send her the papers in advance so she can follow?

Thanks,
Andrew""")

# Q10 webform: did the donation in memory of my mother arrive
c.add("query", subject="New submission from Contact Us", sender=c.form_robot(),
      reply_to=("Lisa Bassett", "lisabassett@icloud.com"),
      tags=B + ("webform", "bereavement"),
      body=c.webform({
          "Name": "Lisa Bassett",
          "Email": "lisabassett@icloud.com",
          "Telephone": "",
          "How can we help?": "Hello, at my mum Dorothy's funeral in October we asked for donations to the Hatherley Labour women's fund instead of flowers, because it meant so much to her. The funeral directors say they passed on £385 by bank transfer on 3 November. Could someone confirm it arrived, and would it be possible to let us know what it will be used for? Mum would have liked that. Thank you.",
      }))

# Q11 quoted reply: thanks for putting me in touch with Rachel; when is training
c.add("query", subject="Re: Volunteering", sender=P("Amara", "Nwosu"),
      tags=B + ("quoted",),
      body=c.quote_reply(
          """Thanks Priya, I met Rachel on Saturday and she's lovely, she showed me how the phone bank works. She mentioned there's a training session for new canvassers "before Christmas" but wasn't sure of the date. Do you know when it is and whether I need to book?""",
          """Hi Amara,

Lovely to hear from you and welcome to the party! I've copied in Rachel Dunmore, who runs our Saturday sessions in Hatherley Park, and she'll be in touch about getting you started.

Priya""", quoted_from=SEC, style="gmail"))

# ===================================================================== procedural (9)

# P1 nomination statement for youth officer by his mentor
c.add("procedural", subject="Youth Officer nomination - Kieran Walsh", sender=P("Bev", "Thornton"),
      tags=B + ("nomination", "recommendation"),
      body="""Priya,

Brookmoor branch nominates Kieran Walsh for CLP Youth Officer. Proposer Bev Thornton, seconder Ali Hussain. Extract from the branch minutes attached.

Supporting statement (150 words):

Kieran is 19 and has been a member since he was 15. He set up the Hatherley College Labour Society last year and got forty students registered to vote before the county elections. He's done the Saturday stall almost every week since, rain or shine, and he was the one who got the branch onto Instagram (we'd never have managed it). He's thoughtful, he turns up, and young members trust him. He wants to run a monthly young members' social that isn't in a pub, and to get young members onto the doorstep in pairs with experienced canvassers. We think he'd be brilliant.

Bev Thornton
Brookmoor branch secretary""")

# P2 short apologies: dad ill
c.add("procedural", subject="apols", sender=P("Simon", "Rudd"),
      tags=B + ("apologies",),
      body="""Apologies for EC tonight please, Dad's had another fall and I'm driving up to Stoke. Report attached, nothing controversial. S""")

# P3 motion of thanks to retiring councillor and his caseworker
c.add("procedural", subject="Motion for November GC - thanks to Ron Bassett", sender=P("Maureen", "Walsh"),
      tags=B + ("motion",),
      body="""Dear Priya,

Please add the following to the agenda of the November GC on behalf of Westgate branch:

"This GC thanks Cllr Ron Bassett, who is standing down after 28 years as a councillor for Westgate, for his service to the people of Hatherley, including his work to save the Market Street baths, the Westgate library and the 42 bus route. The GC also thanks Margaret Doyle, who has worked alongside Ron as a volunteer caseworker for most of that time, often unpaid and unthanked. The GC resolves to hold a reception for Ron and Margaret in the new year and to nominate Ron for the party's Long Service award."

Proposed: Maureen Walsh
Seconded: Dennis Cole

Kind regards,
Maureen""")

# P4 request for special meeting: no confidence in branch chair (angry procedural)
c.add("procedural", also=["complaint"], subject="Request for special branch meeting - Coldharbour", sender=P("Ruth", "Ingham"),
      tags=B + ("angry", "motion"),
      body="""Dear Priya,

Under the branch standing orders (section 7.3), we the undersigned members of Coldharbour branch request that a special branch meeting be called within 21 days to consider the following motion:

"Coldharbour branch has no confidence in the branch chair, Gary Stokes, and calls on him to stand down."

The reasons: three branch meetings cancelled at less than 24 hours' notice since July; motions from members not placed on the agenda; the branch bank mandate still not updated after six months, so we can't pay for the hall.

This isn't personal. Gary has done a lot for the branch over the years. But it can't go on like this.

Signed (by email, each copied in):
Ruth Ingham, Peter Sykes, Nadia Rahman, Tom Beckett, Carol Fenwick, Lewis Hart, Denise Mason

Please confirm receipt and the date of the meeting.""")

# P5 report to GC on volunteer coordinator's work
c.add("procedural", subject="Campaigns report for GC - November", sender=P("Becky", "Lane"),
      tags=B + ("report",),
      body="""Hi Priya, report for the GC papers below. Can you put it in as item 6?

CAMPAIGNS REPORT - NOVEMBER

Doors: 2,140 contacts in October across Westgate and Millfield, up from 1,480 in September.

Phone bank: Tuesday sessions now run by Rachel Dunmore. Rachel has trained eleven new callers since taking over in August, and she's the reason we now have a Tuesday AND a Thursday session. I'd like the GC to formally thank her.

Stalls: Saturday market stall every week. Kieran Walsh and the college group have covered most of them.

Deliveries: the winter newsletter is out to 92% of rounds. Four rounds in Coldharbour are still uncovered since Mr and Mrs Fenwick moved to their daughter's. If anyone can take one, please speak to me.

Next: day of action on 6 December, meeting 10am at the Brookmoor Community Centre.

Becky Lane
Campaign Coordinator""")

# P6 request for agenda item on safeguarding
c.add("procedural", subject="Agenda item - safeguarding young members", sender=P("Claire", "Moss"),
      tags=B + ("agenda",),
      body="""Priya,

As women's officer I'd like to request an item at the next EC on safeguarding. We now have six members under 18 coming to branch meetings and campaign sessions, some of them on their own, and I don't think we have a named safeguarding lead or any guidance for the adults who run sessions.

Nothing has happened and I'm not raising a concern about any individual. I just think we should get ahead of it. I can bring a short paper based on the national party guidance.

Claire Moss
Women's Officer""")

# P7 nomination for Long Service / life membership
c.add("procedural", subject="Nomination - 50 years' membership, Reg Bellamy", sender=P("Dennis", "Cole"),
      tags=B + ("nomination",),
      body="""Priya

Westgate branch would like the CLP to apply to the regional office for a 50-year membership certificate and badge for Reg Bellamy, who joined in March 1976 and has been a member continuously since.

Reg was branch treasurer for 14 years and still counts the raffle money at every social. He's 88 and doesn't get out much now, so we'd like to present it to him at home with a few of us there, if the region agrees.

His membership number is on the branch list. Tell me if anything else is needed.

Dennis""")

# P8 chair in hospital; vice-chair to chair branch AGM
c.add("procedural", subject="Millfield branch AGM - chairing", sender=P("Sheila", "Garvey"),
      tags=B + ("agm", "hospital"),
      body="""Hi Priya,

Just so you have it on record: Pat Connolly, our branch chair, is in Hatherley General after a small stroke (she's recovering well and sends her love to everyone). The branch AGM is going ahead on Tuesday as planned and I'll chair it as vice-chair.

Pat has said she doesn't want to stand for chair again this year. I'll report the results to you on Wednesday.

Sheila Garvey
Vice-chair, Millfield branch""")

# P9 delegate's report back from regional conference
c.add("procedural", subject="Delegate report - regional conference", sender=P("Ali", "Hussain"), fmt="alt",
      tags=B + ("report", "delegates"),
      body="""Dear Priya,

Here is my report as one of our two delegates to regional conference, for the GC papers.

Our delegates: me and Jasmine Pearce (Jasmine stepped in for Carol Fenwick, who couldn't go as her husband was unwell; thanks to the EC for agreeing the swap at short notice).

Key items:
1. The regional board elections. Results have been published on Membersnet; none of our nominees were elected.
2. The composite on social care was carried. Jasmine spoke in the debate, very well, about her grandmother's home care being cut to 15-minute visits.
3. There was a fringe on rural bus services where Cllr Okafor spoke about the 42 route.

I have two copies of the conference report if anyone would like one.

Ali Hussain""")

# ===================================================================== other (12)

# O1 member in hospice; cards welcome, no visitors
c.add("other", subject="Ken Fairbrother", sender=P("Jean", "Fairbrother"),
      tags=B + ("hospital",),
      body="""Dear Priya,

I'm writing to let Ken's friends in the party know that he moved into St Luke's Hospice on Monday. The cancer has spread and the doctors think it's a matter of weeks.

He is comfortable and still himself, still arguing with the radio. He's asked that people don't visit as he gets very tired, but he would love cards, and he asked me specifically to tell the Brookmoor lot that he wants a photo of them all on a doorstep in the rain, "like old times".

Cards can go to him at St Luke's, Vicarage Lane, Hatherley.

Thank you for everything you've all done for him over the years.

Jean""")

# O2 widow thanking the CLP for flowers
c.add("other", subject="Thank you", sender=P("Dorothy", "Kemp"),
      tags=B + ("thanks", "bereavement"),
      body="""Dear Priya and all,

Thank you for the beautiful flowers and the card signed by so many of Frank's friends. I read every name. It meant a great deal to me and to the boys that so many of you came to the service on such a horrible wet day.

Frank used to say the Labour Party was his second family. I see now what he meant.

With love and thanks,
Dorothy Kemp""")

# O3 misdirected: meant for a school PTA
c.add("other", subject="Christmas fair rota", sender=P("Joanne", "Price"),
      tags=B + ("misdirected",),
      body="""Hi Priya,

Great to see you at pickup! As promised here's the rota for the St Anne's Primary Christmas fair:

Tombola - you and Mrs Khan, 12-1
Cake stall - Sam's mum and me, 1-2
Santa's grotto - Mr Beattie (don't tell the kids it's him!!)

Can you also bring a float of £20 in change? Let me know if 12-1 doesn't work.

Jo
(PTA secretary)""")

# O4 hard negative: "my husband says he's going to shoot me"
c.add("other", subject="Leaflets in my hallway", sender=P("Mandy", "Croft"),
      tags=B + ("hard-negative", "benign-violent-word"),
      body="""Priya, can someone come and take the spare Westgate leaflets off my hands? There are eleven boxes in my hallway and my husband says if I bring home one more he's going to shoot me and then the leaflets. He's been climbing over them for a fortnight. Any time this week is fine! Mandy""")

# O5 thanks to caseworker for grandmother's bus pass
c.add("other", subject="Thank you to Lydia", sender=P("Jordan", "Pike"),
      tags=B + ("thanks",),
      body="""hi, I just wanted to say thank you to Lydia who works for Cllr Okafor. My nan has been trying to get her disabled bus pass renewed since July and kept getting sent round in circles, Lydia sorted it in a week and even rang nan to explain it. Nan wants to send her a box of chocolates, where should she send them? Please tell her thank you from Mrs Pike in Millfield. Jordan""")

# O6 daughter qualified as a nurse
c.add("other", subject="Proud mum moment", sender=P("Pauline", "Mensah"),
      tags=B + ("personal-news",),
      body="""Priya

Just had to tell someone who'll appreciate it - my Abena passed her final placement and is now a qualified nurse! She starts on the children's ward at Hatherley General in January. Three years of nights and bus journeys and essays at the kitchen table. I cried all the way home.

She says she's joining the union before she's joining anything else, which I think you'll agree is the correct order.

Pauline x""")

# O7 sales pitch from a person: photographer mentions candidate's photo
c.add("other", subject="Candidate headshots - a friendly offer", sender=("Marcus Yeo", "marcus@yeophotography-example.co.uk"),
      tags=B + ("sales-pitch",),
      body="""Hi Priya,

Hope you don't mind me getting in touch out of the blue. I'm a local photographer (weddings, corporate, the odd dog) and I've photographed a few of your councillors for the Courier over the years.

I couldn't help noticing that the photo of your Westgate candidate on the leaflet that came through my door is, how can I put it, not doing her justice: it's a bit dark and looks like it was cropped from a group shot at a barbecue. She deserves better!

I do a candidates' package: 30-minute session, outdoor or studio, five edited headshots, full rights for print and social, £120. I did the same for two Lib Dem candidates last year but I'm a Labour voter myself, so I'd rather you had the good photos.

Happy to chat. No hard sell.

Marcus Yeo
Yeo Photography, Hatherley""")

# O8 gossip, positive: MP on Question Time
c.add("other", subject="Did you see Sarah on QT??", sender=P("Lewis", "Hart"),
      tags=B + ("gossip", "hard-negative", "metaphor"),
      body="""Priya did you see Sarah on Question Time last night?! She absolutely destroyed that bloke from Reform on the NHS waiting lists bit, the audience were clapping before he'd finished. My mum texted me in capitals. First time I've been proud to say she's my MP in months, if I'm honest. Lewis""")

# O9 rambling elderly volunteer: husband's operation
c.add("other", subject="Not able to help this month", sender=P("Margaret", "Sowerby"),
      tags=B + ("elderly",),
      body="""Dear Priya,

I hope you are keeping well. I am afraid I will not be able to do my round of newsletters in Hatherley Park this month, nor help with the envelopes for the AGM, which I am sorry about as I know how short you are.

My husband Geoffrey is having his knee replaced on the 19th at the Nuffield (at last, after two years on the list, we paid in the end which I am not proud of but he could not manage the stairs any more) and he will need me at home for a few weeks as he is not a good patient, as you can imagine if you have ever met him.

Mrs Allardyce at number 14 says she might be able to do my round if someone drops the newsletters at hers. She is not a member but she is a sensible woman and votes the right way.

I hope to be back in the new year. Please give my best to everyone at the branch.

With kind regards,
Margaret Sowerby""")

# O10 forwarded obituary of a former agent
c.add("other", subject="Fwd: Courier obituary - Stan Whitlock", sender=P("Dennis", "Cole"),
      tags=B + ("bereavement", "forwarded"),
      body=c.forward(
          """Priya - in case you hadn't seen. Stan was our agent in '97. Funeral details at the bottom. D""",
          """STAN WHITLOCK, 1936-2026

Stan Whitlock, who has died aged 90, was for three decades the quiet engine of the Labour Party in Hatherley. A fitter at the Brookmoor colliery until its closure, he became the constituency's election agent in 1983 and remained so, with one short break, until 2005, winning the seat back in 1997 with a majority few had thought possible.

Colleagues remember a man who never raised his voice, kept every receipt, and knew the name of every polling-station clerk in the borough. He is survived by his daughter Carol, two grandchildren and a great-grandson.

The funeral will be held at Hatherley Crematorium on Thursday 3 December at 2pm. Donations, if desired, to the Brookmoor Miners' Welfare.""",
          "Hatherley Courier <newsdesk@hatherleycourier-example.co.uk>", "Obituary: Stan Whitlock",
          orig_date="Fri, 20 Nov 2026 06:02:11 +0000"),
      date="Fri, 20 Nov 2026 10:37:45 +0000")

# O11 non-native (Portuguese): thank you for helping my husband
c.add("other", subject="Obrigada - thank you", sender=P("Giulia", "Ferreira"),
      tags=B + ("non-native", "thanks"),
      body="""Dear Priya,

I want to say thank you very much for the help to my husband Rui. He have problem with the council tax because they send the bill to old address and put fine, and Councillor Hale she call to the council and now is resolved and no fine. Rui is too shy to write so I write.

We are from Portugal, 9 years in Hatherley, we can't vote in the big election but we vote in the local one and next time we vote for her for sure!

Many thanks, and for Councillor Hale also please.

Giulia Ferreira""")

# O12 member introducing her nephew who has moved to the area (also query)
c.add("other", also=["query"], subject="My nephew Sam", sender=P("Carol", "Fenwick"),
      tags=B + ("introduction",),
      body="""Priya, hello,

My nephew Sam Fenwick has just moved to Hatherley for a job at the hospital (he's a physio) and he's renting a flat in Westgate. He's been a member in Sheffield for a couple of years and was quite active there.

I've told him all about the branch and he'd like to get involved once he's settled. I've given him your email, I hope that's OK. He's a good lad and he's a much better canvasser than me. Maybe you could add him to the Westgate list?

Carol""")

# ===================================================================== data-protection (5)

# D1 ex-husband's name off the list
c.add("data-protection", subject="letters for my ex", sender=P("Leanne", "Doyle"),
      tags=B + ("dp-no-legal-words",),
      body="""Hi,

I keep getting Labour letters and the newsletter at my address addressed to Mr Craig Doyle. We divorced in 2022 and he hasn't lived here since. He doesn't pay for anything to do with this house and I don't want his post.

Please take him off whatever list has him at 27 Fern Close, and please don't send stuff to me either, I never joined.

Leanne""")

# D2 councillor posted a photo of my daughter without asking
c.add("data-protection", subject="Photo of my daughter on Cllr Hale's page", sender=P("Hamza", "Rashid"),
      tags=B + ("dp-no-legal-words", "parent"),
      body="""Dear Priya Nair,

At the Westgate community fun day on Sunday my daughter (she is 7) was at the face-painting table. Today I see that Councillor Hale has put a photo of her on her public Facebook page, with her face clearly visible and the school jumper showing, with the caption "Making Westgate a happier place for families!"

Nobody asked me. I do not want my daughter's photo used to promote any politician. Please ask Councillor Hale to remove it today and not use it again anywhere, including leaflets.

Regards
Hamza Rashid""")

# D3 canvasser asked for late mother by name
c.add("data-protection", subject="How do you have my mother's details?", sender=P("Graham", "Firth"),
      tags=B + ("dp-no-legal-words", "bereavement"),
      body="""Last night a young woman with a Labour rosette knocked on my door and asked for "Edna Firth". My mother died at this address in 2021. The woman read her name off a tablet and said she had her down as "a likely Labour voter who hasn't voted recently".

I'd like to know what else you have on my mother, where you got it, and I'd like it deleted. I'd also like to know what you have on me, since presumably I'm on the same tablet.

G. Firth""")

# D4 spreadsheet with everyone's addresses sent round - breach
c.add("data-protection", subject="Spreadsheet sent to everyone", sender=P("Nadia", "Rahman"),
      tags=B + ("breach", "dp-no-legal-words"),
      body="""Priya,

I think there's been a mistake. Peter Sykes, who's organising the Coldharbour delivery rounds, has just sent an email to the whole branch (I count 63 addresses in the To: field, not even BCC) attaching a spreadsheet with the round allocations. It has every member's name, home address, phone number and a column headed "notes" that says things like "disabled, can't do stairs", "going through divorce", "arrears - chase".

My son's name and phone number are on it and so is mine.

Can you get Peter to recall it or ask everyone to delete it? And what happens now, do you have to report this to someone?

Nadia""")

# D5 stop giving my details to Cllr Hale
c.add("data-protection", subject="please stop passing my email to Cllr Hale", sender=P("Josh", "Unwin"),
      tags=B + ("dp-no-legal-words",),
      body="""Hi Priya,

Since I asked a question at the branch meeting about the allotments, Councillor Hale has been emailing me at my personal address every few days with her newsletters, her survey and invitations to her coffee mornings. I never gave her my email. I gave it to the branch when I joined.

I don't mind the branch having it. I do mind it going to individual councillors for their own mailing lists. Please can you make sure she removes it and that it isn't passed to anyone else.

Josh""")

# ===================================================================== urgent (5)

# U1 counting agent ill before tomorrow's count
c.add("urgent", subject="Count tomorrow - Denise is ill, need a replacement counting agent", sender=P("Darren", "Fisk"),
      tags=B,
      body="""Priya,

Denise Mason has just rung me, she's got norovirus and can't be at the Millfield by-election count tomorrow night. She was one of our three counting agents.

The returning officer needs the name of any replacement counting agent by noon tomorrow, on the form I sent round last week. Can you think of anyone? Ideally someone who's done a count before. Kieran's keen but he's never been to one.

I'll need a name by 10am at the latest so I can get the form in.

Darren""")

# U2 minibus driver bereaved; polling day tomorrow
c.add("urgent", subject="Minibus for tomorrow - Bill can't drive", sender=P("Sheila", "Garvey"),
      tags=B + ("bereavement",),
      body="""Priya

Bill Horrocks, who was driving the community minibus tomorrow to take the residents at Beechgrove and Oaklands to the polling station, has had a bereavement (his brother, last night) and understandably he's not up to it.

We have eleven elderly voters booked in from 10 till 3. The minibus is booked. We just need someone with a D1 on their licence, or failing that two or three people with cars who can do a few trips each.

Can you put a shout out to the EC and the branch lists tonight? I'll ring the care homes first thing either way.

Sheila""")

# U3 press story about candidate's husband, comment by 5pm
c.add("urgent", subject="Courier - story on Westgate candidate's husband - comment by 5pm", sender=("Tom Naylor", "tom.naylor@hatherleycourier-example.co.uk"),
      tags=B + ("journalist", "press-deadline"),
      body="""Hi Priya,

We're planning to run a story in tomorrow's paper that the husband of Labour's Westgate candidate, Mr Simon Blake, is the director of a company that owns several HMOs in Coldharbour, two of which were served improvement notices by the council this year.

We'd like to give the candidate or the local party a chance to respond. Our deadline is 5pm today.

Thanks,
Tom Naylor
Chief Reporter, Hatherley Courier
01632 960 418""")

# U4 leaflet collection: collector's daughter in labour
c.add("urgent", subject="printer pickup 8am tomorrow - Kev's out", sender=P("Kevin", "Ashworth"),
      tags=B + ("personal-news", "phone-typed"),
      body="""Priya sorry for short notice. Our Leanne's gone into labour 2 weeks early so I'm at the hospital and wont be doing the printer run at 8 tomorrow. 6000 leaflets at Brookmoor Print on the industrial estate, theyre paid for, just need collecting. They close at 12 saturday so it has to be tomorrow morning or we lose the weekend. Can someone with a big car do it? Becky has the collection number. Kev

Sent from my iPhone""")

# U5 funeral today; family want Priya to read tribute
c.add("urgent", subject="Ken's funeral this afternoon - tribute", sender=P("Jean", "Fairbrother"),
      tags=B + ("bereavement",),
      body="""Priya, I'm sorry to ask this on the day.

Gary was going to read the tribute from the party at Ken's funeral at 2.30 this afternoon but his flight back from Malaga has been cancelled. I'd so like someone from the party to say a few words, Ken would have wanted it.

Would you be able to? Gary has written it, I can send it to you now. Please let me know by twelve so I can tell the celebrant.

Jean""")

# ===================================================================== safety (7)

# S1 conditional, "not a threat, a prediction"
c.add("safety", subject="Westgate shortlist", sender=P("Kyle", "Brannigan"),
      tags=("conditional", "wish-harm", "veiled", "third-person-menace"),
      body="""Priya,

Seen the shortlist. Joan Hale on it again after everything.

So let me be clear so nobody can say they weren't told. If she is selected she won't make it to polling day. That's not a threat, it's a prediction. There's a lot of angry people in Westgate and not all of them write polite emails like me. She knocks doors on her own in the dark. Anything could happen.

K""")

# S2 report: man following a councillor after the branch meeting
c.add("safety", subject="Man waiting for Cllr Okafor after the meeting", sender=P("Nadia", "Rahman"),
      tags=("third-party-report", "following", "stalking", "third-person-menace"),
      body="""Priya,

I wanted to tell you about something that happened after the Millfield branch meeting last night, because I'm still uneasy about it.

When we came out of the community centre at about 9.15 there was a man sitting in a dark grey van in the car park with the engine running. He'd been there when I arrived at 7. When Ade Okafor left and walked towards Victoria Road, the van pulled out and drove slowly behind him, at walking pace, all the way to the corner, then stopped and waited when Ade stopped to talk to someone. I rang Ade and he said he hadn't noticed. He got a lift the rest of the way.

Lydia says a similar van was parked outside his surgery two Saturdays ago. I got part of the registration: it starts "HN17".

I think Ade and the police should know. Could you make sure he takes it seriously? He tends to laugh things off.

Nadia""")

# S3 forwarded doxxing: chair's address posted with "pay him a visit"
c.add("safety", subject="Fwd: look what's been posted about Gary", sender=P("Tom", "Beckett"),
      tags=("doxxing", "forwarded", "third-party-report", "social", "third-person-menace"),
      body=c.forward(
          """Priya - someone sent me this from the "Hatherley Uncensored" Facebook group. It's been up since last night and has 60-odd comments. I've reported it to Facebook but nothing yet. Gary doesn't know yet. I don't know whether to tell him or go to the police first. Advice please.""",
          """Coldharbour Labour chairman Gary Stokes voted for the travellers site on the old depot. Here's where he lives: 14 Ashdown Rise, Coldharbour, silver Skoda in the drive, wife and two kids. Maybe a few of us should pay him a visit and let him know what we think. Let's see how he likes it on his doorstep.

[64 comments] Top comment: "Bet he's home every night by 6, I'll bring a few lads" """,
          "Facebook <notification@facebookmail.com>", "New post in Hatherley Uncensored"))

# S4 noisy, spaced-out violent words about treasurer
c.add("safety", subject="KEITH DOYLE", sender=P("Shaun", "Bickley"),
      tags=("explicit", "noisy", "implicit", "third-person-menace"),
      body="""tell your so called treasurer KEITH DOYLE that laughing at my wife in front of the whole meeting was the biggest mistake of his life. somebody needs to k n o c k his teeth down his throat and i know he drinks in the Crown on a friday on his own after 10. he wont be laughing then

i dont care if you show him this""")

# S5 veiled, shaped like a recommendation
c.add("safety", subject="re your agent", sender=P("Craig", "Naylor"),
      tags=("veiled", "implicit", "following", "third-person-menace"),
      body="""Afternoon Priya,

I see you're short of people for the Westgate campaign. I'd like to recommend a few of my lads for it. They'll be happy to keep an eye on your agent Darren for you while he's out and about, make sure he gets home safe every night, his wife and all. They already know the way to his house, and the school run.

He'll know why. Tell him we'll be seeing him.

C.N.""")

# S6 veiled threat about the councillor's husband's shop
c.add("safety", subject="Cllr Hale", sender=P("Wayne", "Potts"),
      tags=("veiled", "implicit", "third-person-menace"),
      body="""Nice little shop her husband's got on Market Street. All that glass at the front. Be a terrible shame if anything happened to it, with the way she's been voting on the depot. Someone should tell her before the next council meeting. I'm just saying what people are saying.""")

# S7 social notification (HTML-only): comment on councillor's family photo
c.add("safety", subject="Craig Naylor commented on your photo", sender=("Facebook", "notification@facebookmail.com"),
      fmt="html", headers=c.newsletter_headers("Facebook"),
      tags=("social", "html-only", "veiled", "implicit", "family", "third-person-menace"),
      body="",
      html_body="""<html><body style="margin:0;padding:0;background:#f0f2f5">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif"><tr><td align="center">
<table width="520" style="background:#ffffff;padding:16px">
<tr><td style="font-size:16px;color:#1c1e21"><b>Craig Naylor</b> commented on a photo in <b>Cllr Joan Hale - Westgate</b>:</td></tr>
<tr><td style="padding:12px 0;font-size:15px;color:#1c1e21;border-left:3px solid #ccd0d5;padding-left:10px">"Lovely garden Joan. Kids' bikes left out on the front lawn every night I see. Number 9 isn't it, the one with the blue gate. Be a shame if the wrong people noticed. Vote the right way on Thursday 👍"</td></tr>
<tr><td><a href="https://www.facebook.com/photo/?fbid=1029384756" style="background:#1877f2;color:#fff;padding:8px 14px;text-decoration:none;border-radius:6px">View comment</a></td></tr>
<tr><td style="font-size:11px;color:#8a8d91;padding-top:20px">This message was sent to secretary@hatherleylabour.org.uk. You are receiving this because you manage the page. Unsubscribe.<br>Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, Ireland</td></tr>
</table></td></tr></table></body></html>""")

c.write()
