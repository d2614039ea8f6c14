"""train/tx2: anger and its consequences, part 2 (Ashbourne & Dale CLP, rural Derbyshire).
All content hand-written.

Angry mail whose consequence is political, organisational, legal or social: farmers on the
inheritance tax, a cut bus route, a solar farm vote, a parachuted candidate, a quarry, SEND
transport, care-worker visas, welfare and carer's allowance, rigged-looking AGMs, rude
officers, canvass notes and leaked photos, suspensions. The writers resign, cancel, vote
against, stand against, go to the Dales Courier, the regional office, the NEC, the ICO or a
solicitor, table a no-confidence motion or requisition a meeting (47 hard negatives: mostly
complaint, some procedural, data-protection, other, one bulk notification). Then 13 safety
messages where the same kind of anger ends in menace to a person: veiled, conditional,
wished harm, explicit, in a P.S., mid-rant, quoted, forwarded, on a list, in a web form."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tx2", seed=6002)
P = c.person
SEC = "Helen Pryce <secretary@ashbournedalelabour.org.uk>"
HN = ("hard-negative", "angry")

# ============================================================ hard negatives

# 1 farmer, inheritance tax, long
c.add("complaint", subject="Family farms tax - from a Labour farmer, if there is such a thing any more",
      sender=P("Robert", "Bagshaw"),
      tags=HN + ("political-consequence", "metaphor"),
      body="""Dear Helen,

You won't get many letters like this one, because there aren't many of us left: a Labour member who farms. My grandfather was a tenant on the Calverley estate and a founder of the farmworkers' union branch in Hollowford. My father bought the 140 acres at Top Farm in 1971 with a loan he paid off over thirty years. I have been a member of this party since Neil Kinnock's time and I canvassed for Rachel Thornley in the rain in 2024 when half the valley told me I was a traitor to the farming community for doing it.

I told them Labour would never touch family farms. I said it on the doorstep and I said it at the mart. I said it because Rachel said it to me, in my own kitchen, over a cup of tea.

The farm is worth, on paper, about two and a half million pounds, because land is priced by hedge funds and people buying paddocks for their daughters' ponies. It makes, in a good year, about twenty-eight thousand pounds. My son is meant to take it on. Under these rules, when I die he'll have to find a bill that's several times what the place earns in a decade, or sell the land, or sell the cattle, or sell both. Tell me how that is "the broadest shoulders".

This is a hammer blow to every small farm in the Dales and a gift to the exact landowners and investors the policy is supposed to catch, who'll have their accountants sort it out by Christmas.

I'm not resigning. Not yet. What I am doing is this: I'm on the committee of the Hollowford and District NFU branch, and on Tuesday I'll be standing up at their meeting and telling them that I was wrong and I'm sorry. I'll be telling the young farmers' club the same. And when the district elections come round, I'll be telling anyone who asks that they'd be mad to vote for a party that lied to them across a kitchen table. Every rural ward in this constituency is marginal. You can do the arithmetic.

If Rachel wants to come back to my kitchen and explain, the kettle's on. I'd like her to come.

Robert Bagshaw
Top Farm, Hollowford""")

# 2 bus route cut, elderly, standing for parish council against Labour man
c.add("complaint", subject="The 42 bus", sender=P("Margaret", "Holling"),
      tags=HN + ("political-consequence",),
      body="""Dear Mrs Pryce,

The 42 is the only bus from Kirkby Dale to town. From next month it will run twice a day, Tuesdays and Fridays only, because the district council, which your party runs, has cut the subsidy.

I don't drive. I'm 79. My hospital appointments are on Mondays. My sister is in the care home in town and I visit her on Wednesdays and Sundays. I worked out yesterday that I can now see her once a week if I'm lucky and only if I spend four hours sitting in the bus station.

Councillor Boothroyd came to the village hall and told us "difficult decisions have to be made". He has a Range Rover.

I have never stood for anything in my life. I have now put my name forward for the parish council, for the seat Councillor Boothroyd's wife currently holds, and the Women's Institute have said they'll help me with the leaflets. We'll see how difficult decisions feel from the other side.

Yours faithfully,
Margaret Holling (Mrs)""")

# 3 parachuted candidate, NEC and the press
c.add("complaint", subject="Stanbridge by-election candidate - we will not campaign", sender=P("Alison", "Whitworth"),
      tags=HN + ("political-consequence", "resignation-ultimatum"),
      body="""Helen,

I found out who our candidate in the Stanbridge by-election is from the Dales Courier website. Not from you. Not from regional. From the local paper.

A man none of us have ever met, who lives in Nottingham, who applied to three other seats this year, and who was "approved" by a panel that met on Zoom on a Friday afternoon with no local member on it. Meanwhile Jo Thackeray, who has lived in Stanbridge all her life, chairs the school governors and has run the branch single-handed for six years, was told she "didn't meet the criteria". Which criteria? Nobody will say.

I've written to the NEC's organisation committee tonight. I've also spoken to the Courier's political reporter, who rang me before I'd even had my tea, and I told her exactly what I've told you.

Stanbridge branch officers have agreed: we will not be campaigning for this candidate. If regional want him they can send their own people to stand in the rain outside the Spar. And if this isn't reversed, I will resign as branch secretary and so will the chair.

Alison Whitworth
Secretary, Stanbridge branch""")

# 4 GP surgery closure; public meeting; tell them Labour did nothing
c.add("complaint", subject="Wrenfield surgery - WHERE IS OUR MP", sender=P("Colin", "Beresford"),
      tags=HN + ("political-consequence", "noisy"),
      body="""Helen,

The Wrenfield surgery closes in eight weeks. 4,300 patients will have to go to Ashby Cross, which is 9 miles away and has no bus after 2pm.

The practice manager wrote to the MP in MARCH. The patient group wrote in MAY. I wrote in JULY. We've had one letter back, a standard one, saying Rachel "shares our concerns" and "has raised it with the ICB". Raised it how? When? What did they say?

We're holding a public meeting at Wrenfield Methodist hall on the 19th. The Lib Dems are coming. The Reform lot are coming, God help us. The Conservatives are sending their county candidate. Is anyone from Labour coming?

Because if nobody is, I'll be standing up at that meeting as a Labour member of 22 years and telling 200 people that our MP couldn't be bothered. And it'll be in the paper on the Thursday.

Colin Beresford""")

# 5 solar farm vote, campaigning for the independent
c.add("complaint", subject="Cllr Haddon and the Oakenshaw solar farm", sender=P("Valerie", "Mottram"),
      tags=HN + ("political-consequence", "resignation-ultimatum"),
      body="""Helen

I know this is going to be unpopular with some in the party but I'm going to say it anyway.

Peter Haddon voted on Wednesday for the 180-acre solar farm on Oakenshaw Moor, against the wishes of the parish council, against a petition of 1,200 signatures, and against what he told the Oakenshaw branch in August, which was that he would "abstain as a matter of principle because the application splits the community". He didn't abstain. He voted for it and then he went home.

I'm not against solar panels. I'm against a councillor who says one thing to his own members and does another.

If the CLP doesn't take this up with him, I'll be leaving the party at the end of the month and joining the campaign for Susan Kerridge, who's standing as an independent in Oakenshaw next May. I've known Susan for thirty years. She'll win, and Peter will have nobody but himself to blame.

Valerie Mottram""")

# 6 motion of no confidence in the branch chair (procedural)
c.add("procedural", subject="Motion for the Kirkby Dale branch meeting - no confidence in the Chair",
      sender=P("Philip", "Hargreaves"),
      tags=HN,
      body="""Dear Helen,

I'd be grateful if you'd forward this to the branch secretary, who I understand is currently "not checking email", and make sure it's on the agenda for the December branch meeting, with the required notice to members.

Motion: That this branch has no confidence in its Chair.

Supporting statement: Since the AGM, the Chair has cancelled three of five scheduled branch meetings at less than 24 hours' notice, has refused to call a meeting to discuss the 42 bus service despite a written request from seven members, and has spoken on behalf of the branch to the Dales Courier on matters the branch has never discussed.

Proposer: Philip Hargreaves. Seconder: Denise Oldroyd.

I'll be straight with you. Seven of us have tried doing this the nice way since June. If this motion gets "lost" like the last two letters, we'll be asking the regional office to take the branch into special measures, and I'll include every email I've sent, with dates.

Philip Hargreaves""")

# 7 formal complaint about a member's social media abuse (procedural)
c.add("procedural", also=["complaint"], subject="Formal complaint against a member - online abuse", sender=P("Sunita", "Rai"),
      tags=HN,
      body="""Dear Helen,

I wish to make a formal complaint, under the party's complaints process, against a member of this CLP, Mr Darren Wilde of Calverley branch.

Over the last three weeks Mr Wilde has made a series of posts on X and in the Ashbourne Politics Facebook group about me, in my capacity as a district councillor. They include: calling me "the council's token", describing my vote on the car park charges as "what you'd expect from her lot", and sharing a doctored photograph of me. I attach screenshots of eleven posts (complaint_wilde_screenshots.pdf).

I am not asking the CLP to investigate this itself; I understand it must go to the national complaints team. I'm writing to you because I want the CLP to know, formally, that I have reported it, and because Mr Wilde is due to be a delegate to the next GC and I don't think I should have to sit in a room with him until this is dealt with.

I've also kept copies for the police in case any of it crosses the line, but at the moment I'm treating it as a party disciplinary matter.

Cllr Sunita Rai
Ashby Cross ward""")

# 8 DP: canvass note about her, "I'll sue"
c.add("data-protection", also=["complaint"], subject="'Hostile - drinks' - what your canvassers wrote about me",
      sender=P("Karen", "Sowter"),
      tags=HN + ("legal-threat",),
      body="""Helen Pryce,

Last Saturday a canvasser came to my door, clipboard in hand, and while he was fishing for a leaflet he held the clipboard so I could see the sheet clearly. Against my name and address, in biro: "Hostile. Drinks. Husband left."

I'm not hostile, I told your lot in May I wasn't sure. I don't "drink" any more than anyone else. And my marital situation is none of your business and certainly shouldn't be on a sheet of paper that gets passed round volunteers and left in cars.

I want a copy of everything your party holds about me, I want that comment deleted from whatever computer it's gone on, and I want to know who wrote it. I will be taking legal advice about whether this is defamation as well as a breach of the data laws. Don't think I won't.

Karen Sowter""")

# 9 quoted polite reply, the MP surgery and the paper
c.add("complaint", subject="Re: Your concerns about the care home", sender=P("Derek", "Thirlwell"),
      tags=HN + ("quoted", "political-consequence"),
      body=c.quote_reply(
          """Helen, "pass it on to Rachel's office" is what you said in June. And in August. I've got the emails.

The county's closing Brook House in March. Mum's been there four years. She has dementia. She doesn't know what day it is but she knows the carers' faces, and they'll be gone.

So here's what I'm doing. Rachel's next surgery is in Ashby Cross library on the 2nd. I'll be there with mum's carers and the families of eleven other residents, and the Courier's photographer's coming too. She can explain it to all of us at once. I'm not going away.""",
          """Dear Derek,

Thanks for your email about Brook House. I'm very sorry to hear about your mother's situation. As the CLP, we don't have a role in county council decisions on care provision, but I will pass your concerns on to Rachel's office and ask them to get in touch.

Best wishes,
Helen""", quoted_from=SEC, style="gmail"))

# 10 forward of exchange with regional office re suspension, angry note
c.add("complaint", subject="Fwd: Your membership - notice of administrative suspension", sender=P("Nigel", "Curzon"),
      tags=HN + ("forwarded", "legal-threat"),
      body=c.forward(
          """Helen,

Forwarding you this so you can see what the party thinks is acceptable. Three weeks before the selection for Kirkby Dale, I get this. No allegation. No evidence. No name. "Pending investigation."

You're the CLP secretary; you'll have been told before I was, so don't pretend otherwise.

I've sent it to a solicitor, I've sent it to the NEC, and I've told the Courier that a prospective candidate has been suspended with no reason given, which is true. I'm not going away quietly so that somebody's mate can walk the selection.

Nigel""",
          """Dear Mr Curzon,

I am writing to inform you that, following the receipt of information, the General Secretary has decided to impose an administrative suspension of your membership pending an investigation, in accordance with Chapter 6 of the Labour Party Rule Book.

While suspended, you may not attend party meetings, stand for or hold office, or be considered for selection as a candidate.

This decision is not a finding of guilt. You will be contacted in due course with further details.

Governance and Legal Unit
The Labour Party""",
          "Governance and Legal Unit <no-reply-glu@labour-governance.example.org.uk>", "Your membership - notice of administrative suspension",
          style="apple"))

# 11 webform from public, asylum hotel consultation
c.add("complaint", subject="New submission: Contact the CLP", sender=c.form_robot(),
      reply_to=("Gavin Furness", "gfurness@sky.com"),
      tags=HN + ("webform", "political-consequence"),
      body=c.webform({
          "Your name": "Gavin Furness",
          "Your email": "gfurness@sky.com",
          "Your town or village": "Stanbridge",
          "What is this about?": "Other",
          "Your message": """Nobody in Stanbridge was told the Heights Hotel was being used for asylum seekers until the coaches turned up. Not the parish council, not the school, not the GP, who's already full. Cllr Rai said at the parish meeting that she "only found out the same week". Then what's she for?

I'm not a racist and I'm sick of being called one for asking a question. I want to know who knew what and when.

I've voted Labour in every election since 1997. That's over. I'll be telling everyone in the Fox & Hounds on Friday and they'll tell everyone else. Don't bother sending your leaflets up our lane.""",
      }, form="Contact the CLP"))

# 12 webform, two-child cap, from a mum
c.add("complaint", subject="New submission: Contact the CLP", sender=c.form_robot(),
      reply_to=("Leanne Cotterill", "leanne.cotterill93@hotmail.co.uk"),
      tags=HN + ("webform", "noisy"),
      body=c.webform({
          "Your name": "Leanne Cotterill",
          "Your email": "leanne.cotterill93@hotmail.co.uk",
          "Your town or village": "Ashby Cross",
          "What is this about?": "Policy",
          "Your message": """i have 3 kids my youngest was born 6 weeks after the cut off date. SIX WEEKS. i work 24 hrs at the coop and my partner works nights. we get nothing for her. your lot said you were the party of children. lies

i voted for rachel thornley i had her poster in my window. i took it down today and ill be putting a reform one up if nothing changes i swear. at least they dont pretend. tell her that""",
      }, form="Contact the CLP"))

# 13 non-native Portuguese care worker, immigration white paper
c.add("complaint", subject="Care workers visa - I am very disappointed", sender=P("Joana", "Ferreira", "gmail.com"),
      tags=HN + ("non-native", "political-consequence"),
      body="""Dear Mrs Helen,

My name is Joana, I am from Portugal, I am living in Ashby Cross 9 years and I am carer in Brook House and before in the Meadows home. I have settled status. I am member of Labour party since 2023 and also Unison.

I write because I am very disappointed and angry with the new rules for care workers visa. In my work we have 31 carers, 17 is from overseas, Philippines, Zimbabwe, India, Nigeria. Without them the home is closing tomorrow, this is not exaggerate. English people dont want to do this job for £12 hour and wash old people at 3 in the morning. Now the government say no more visas for care workers and "British workers first". Which British workers? Nobody come for interview!

My colleagues are now scared, they think they will be send home. One colleague she cry in the staff room yesterday.

I go to Unison branch meeting next week, I will propose that our branch write to the MP and also that we dont give money to the Labour campaign in this area until she answer us. And I will not help in election again, I help last time with Portuguese leaflets. Somebody must listen to us.

With regards
Joana Ferreira""")

# 14 non-native Somali mum, SEND transport, ombudsman
c.add("complaint", subject="School transport for my son - complain", sender=P("Hodan", "Farah", "hotmail.co.uk"),
      tags=HN + ("non-native",),
      body="""Assalamu alaikum,

I am mother of Abdirahman, he is 11 and he have autism and he cannot talk much. He go to Oakfield special school in Stanbridge, it is 14 miles. Before, the council give taxi every day. Now the council say the taxi is finish from January and I must take him myself or he must go on the big bus with other children. He cannot go on big bus, he will scream and hit himself, the school know this.

I dont have car. I have 3 other children.

I write to councillor Boothroyd two times, no reply. I go to the MP office, the lady was kind but she say "we will write to council", and nothing happen. I am Labour voter, all my family and all the Somali families in Ashby Cross we vote Labour.

I want someone to help me. If nobody help me I will complain to the Local Government Ombudsman, my cousin tell me how to do it, and I will tell the Somali community association at the meeting in the mosque, and they will know that Labour dont help us.

Thank you
Hodan Farah""")

# 15 noisy caps: AGM rigged
c.add("complaint", subject="THAT WAS NOT AN AGM", sender=("Terry Naylor", "terry.naylor56@btinternet.com"),
      tags=HN + ("noisy",),
      body="""HELEN

I HAVE BEEN TO 30 ODD AGMS IN THIS PARTY AND I HAVE NEVER SEEN ANYTHING LIKE LAST NIGHT. NOMINATIONS CLOSED BEFORE THE MEETING STARTED, NO HUSTINGS, NO SECRET BALLOT, AND FOURTEEN PEOPLE FROM OAKENSHAW WHO HAVE NEVER BEEN TO A MEETING IN THEIR LIVES TURNING UP AT 7.29 AND LEAVING AT 7.50 AFTER THE VOTES.

IT WAS A STITCH UP AND EVERYBODY IN THAT ROOM KNEW IT.

I WILL BE ASKING THE REGIONAL DIRECTOR TO ANNUL THE RESULTS. I HAVE 20 SIGNATURES ALREADY. SEE YOU AT THE NEXT GC.

TERRY NAYLOR""")

# 16 two-liner, quarry
c.add("complaint", subject="quarry vote", sender=P("Hazel", "Redfern"),
      tags=HN + ("resignation-ultimatum",),
      body="""If Cllr Boothroyd votes for the Calverley quarry extension on Thursday, I'm out. Card cut up, DD cancelled, the lot. Simple as that.

Hazel""")

# 17 resignation, long-serving, bitter, no demand (other)
c.add("other", also=["complaint"], subject="Letter of resignation", sender=P("Geoffrey", "Allsop"),
      tags=HN + ("resignation",),
      body="""Dear Helen,

After forty-one years, I am resigning from the Labour Party. I've cancelled the standing order and I'll put my membership card in the post to the regional office, for what it's worth.

I'm not going to ask for anything. There's nothing you can do, and I don't hold it against you personally. You've always been very kind to me and to Sheila when she was poorly.

I joined in 1984 during the strike. I'm leaving because a Labour government has decided that the way to fix the public finances is to take money from disabled people, and has spent the summer telling us that people on PIP are the problem. I used to think there were some things this party would never do. I was wrong.

Best wishes to you and the family.

Geoff Allsop""")

# 18 resignation as women's officer, angry, no demand (other)
c.add("other", subject="Stepping down as Women's Officer", sender=P("Rachel", "Sheldon"),
      tags=HN + ("resignation",),
      body="""Helen,

I'm resigning as CLP Women's Officer with effect from tonight.

After the way I was spoken to at the EC on Tuesday - being told by the chair that the women's forum was "a talking shop" and that I should "focus on the raffle" - I can't see the point of carrying on. I've done it for two years, unpaid, in the evenings after my kids are in bed, and I've been patronised at every single meeting.

I'll pass the forum mailing list to whoever is elected in my place. I'm not interested in discussing it.

Rachel""")

# 19 carer's allowance overpayment; cameras at surgery
c.add("complaint", subject="Carer's Allowance - £6,400 'overpayment'", sender=P("Dawn", "Kirkland"),
      tags=HN + ("political-consequence",),
      body="""Dear Helen,

I care for my husband who had a stroke three years ago. I also work two days a week at the school kitchen. Last month I got a letter from the DWP saying I owe £6,400 in overpaid Carer's Allowance because some weeks my earnings went a few pounds over the limit. A few pounds. Because I did an extra shift when another dinner lady was off sick.

They never told me. It went on for two years. Now they want it back at £150 a month.

The government has said it "will look at this issue". They've said that since the summer. Meanwhile I'm the one who's being chased.

I want Rachel to take up my case personally, and I want her to tell me what she's done about it in Parliament. Not "raised concerns". Done.

If I don't hear back I'll be at every surgery she holds until Christmas, with a placard, and I've been in touch with the BBC's East Midlands programme who are doing a piece on carers. I'm told they want a Labour member to talk. They'll get one.

Dawn Kirkland
Calverley branch""")

# 20 DP: photo used in leaflet without consent, legal threat
c.add("data-protection", also=["complaint"], subject="Photo of me and my children in your leaflet", sender=P("Sarah", "Lomas"),
      tags=HN + ("legal-threat", "dp-no-legal-words"),
      body="""Hi,

The Focus-style leaflet that came through every door in Wrenfield this week has a photo on the back of "local families supporting Cllr Haddon". That's me. And my two kids. It was taken at the school fair in June by someone who said it was "for the PTA newsletter".

I never agreed to be in a Labour leaflet. I'm not even a Labour voter. My ex-husband has seen it and has already texted me about it, and he's not supposed to know which school the children go to, which, thanks to you, he now does.

I want it taken off any further print runs immediately and off the CLP Facebook page, where it's also posted, and I want to know who took it and where else it's been used. I've got an appointment with a family solicitor on Monday and I'll be showing her the leaflet.

Sarah Lomas""")

# 21 treasurer shouted at volunteer; nominating against him at AGM
c.add("complaint", subject="Keith's behaviour at the count", sender=P("Naomi", "Goodall"),
      tags=HN,
      body="""Helen,

At the count on Thursday Keith Marsden screamed at Ellie Dunn, who is 19 and was at her first ever count, because she'd put the tally sheets in the wrong pile. He called her "bloody useless" in front of the council staff and the other parties' agents. She left in tears and hasn't answered any of our messages since.

This isn't the first time. Everyone knows it isn't the first time. People have just put up with it because he "gets things done".

I'm not putting up with it. I'll be standing against him for treasurer at the AGM and I'll be saying why, in the room, to his face. I'd also like the EC to apologise to Ellie properly, in writing, before then.

Naomi Goodall
Youth Officer""")

# 22 you have been warned, branch restructure vote
c.add("complaint", subject="Branch restructure vote - you have been warned", sender=P("Martin", "Dakin"),
      tags=HN + ("political-consequence",),
      body="""Helen,

A word of warning before the GC, since nobody on the EC seems to have listened to the branches at all.

If the officers try to push through the plan to merge the five village branches into one "Dales branch", the village delegates will vote it down, and then we'll move a motion to refer the whole EC's conduct of the consultation to the regional office. We've counted. You haven't got the votes.

You have been warned. Come and talk to us before Thursday and we can avoid all this.

Martin Dakin
Kirkby Dale delegate""")

# 23 sarcastic "consultation"
c.add("complaint", subject="Thank you SO much for the consultation", sender=P("Imogen", "Cartwright"),
      tags=HN,
      body="""Helen,

Thank you so much for the consultation on the new CLP meeting schedule. Really appreciated the two days' notice, the form with only two options (both on a Tuesday, the one night half the village branches can't make because of the parish council), and of course the announcement of the "result" before the form closed. Very thorough. A model of member engagement. I'll be recommending it to the Electoral Commission.

Seriously though: this is going to the GC. I'll be moving that the decision is reversed and that any future changes to the meeting schedule go to a vote of the GC. I've already got a seconder from Wrenfield.

Imogen Cartwright""")

# 24 ignored by the MP, placard at surgery
c.add("complaint", subject="Eleventh email to Rachel Thornley's office", sender=P("Kevin", "Bunting"),
      tags=HN,
      body="""This is the eleventh time I have written to the MP's office about the flooding on Mill Lane, which has come into four houses including mine twice since March. I've kept count. Eleven.

Not one reply from the MP herself. Two replies from a caseworker saying "we'll look into it".

You're the CLP. You can reach her. Tell her that on Saturday I'll be standing outside her surgery at Stanbridge library with a placard saying "Eleven Emails, No Answer" and a photo of my front room under water. I'll be there every Saturday she holds a surgery until someone from her office comes out to Mill Lane in wellies.

Kevin Bunting""")

# 25 metaphor-heavy, care homes closure, wipe you out
c.add("complaint", subject="The care home closures are a death warrant for the Dales", sender=P("Barbara", "Fearn"),
      tags=HN + ("metaphor", "political-consequence"),
      body="""Helen,

There's no other way to say it. Closing three care homes in the Dales is a death warrant for every village they serve. You're bleeding these communities dry and calling it "reshaping provision".

When the Tories did this, the Labour group on the county council stood outside County Hall with banners saying "Hands off our homes". I was there with them. Now half of them are in the cabinet and they've picked up the axe themselves.

This is political suicide in a seat like ours and everyone outside the council chamber can see it. The villages will wipe Labour off the map in May, and frankly, on this, they'd be right to. I'll be telling them so myself.

Barbara Fearn""")

# 26 young carer, winter fuel for nan, alt format
c.add("complaint", subject="my nan and the winter fuel thing", sender=("Chloe Ashworth", "chloeash_x@outlook.com"),
      fmt="alt", tags=HN + ("noisy", "political-consequence"),
      body="""Hi Helen

sorry i know you probably get loads of these but i need to say it to someone. i'm 19 and i basically look after my nan since grandad died, she's 84. she lost her winter fuel payment and she's now sitting in one room with a blanket and saying she "doesn't feel the cold" which is a lie because i can see her hands.

i joined labour last year because i actually believed things would get better. i went canvassing. i got other people from college to go canvassing.

i'm not renewing. and i'm going to make a tiktok about it, my nan said i can, with her sat in her chair in her coat. i've got 11k followers. people need to see what this looks like.

chloe""")

# 27 quoted reply about AGM timing; supervision + no confidence
c.add("complaint", also=["procedural"], subject="Re: AGM date", sender=P("Brian", "Spendlove"),
      tags=HN + ("quoted",),
      body=c.quote_reply(
          """Helen, the "availability of the hall" has nothing to do with it and we both know it.

The AGM has been moved to the night after nominations close for the district selections, so that the new officers - who'll sit on the selection panel - get elected after the shortlist's already been drawn up by the old ones. It's transparent. Everybody can see it.

I'll be writing to regional tonight asking them to send someone to supervise both the AGM and the shortlisting. And if the date isn't moved back, I'll be putting a motion of no confidence in the officers as the first item at the AGM. You'll have it in writing by Friday.""",
          """Hi Brian,

Thanks for getting in touch. The decision to hold the AGM on 21 January was taken purely because of the availability of the hall - the Methodists have their Christmas events throughout December and the Wrenfield Institute is being refurbished. I appreciate the timing isn't ideal.

Best,
Helen""", quoted_from=SEC, style="outlook"))

# 28 requisition for special GC (procedural)
c.add("procedural", subject="Requisition for a special meeting of the General Committee", sender=P("Judith", "Oakley"),
      tags=HN,
      body="""To the Secretary, Ashbourne & Dale CLP

We, the undersigned delegates to the General Committee, being more than one third of its members, hereby requisition a special meeting of the General Committee under Clause VIII of the CLP rules, to be held within 28 days of the receipt of this letter, for the following sole business:

1. To consider a motion of no confidence in the Executive Committee, arising from (a) the failure to hold the scheduled GC meetings of July and September, (b) the decision to enter into a three-year lease on office premises without reference to the GC, and (c) the failure to publish the annual accounts.

Signed (names and branches below; signatures held by the convenor):

Judith Oakley (Wrenfield), Philip Hargreaves (Kirkby Dale), Denise Oldroyd (Kirkby Dale), Terry Naylor (Calverley), Martin Dakin (Kirkby Dale), Imogen Cartwright (Wrenfield), Alan Bradbury (Hollowford), Susan Pegg (Hollowford), Raj Mistry (Ashby Cross), Louise Fenton (Ashby Cross), Owen Priestley (Oakenshaw), Paula Marsh (Stanbridge), Joe Tunnicliffe (Stanbridge), Marie Ollerenshaw (Calverley), plus seven affiliate delegates listed on the attached sheet.

Helen, we've tried everything short of this. Please don't make us go to the regional office to get the meeting called.

Judith Oakley
Convenor""")

# 29 amendment written in anger (procedural)
c.add("procedural", subject="Amendment to EC motion on the welfare reform bill", sender=P("Raj", "Mistry"),
      tags=HN,
      body="""Helen,

Amendment to the EC's motion "Supporting a welfare system that works", for Thursday's GC. Ashby Cross branch, proposed Raj Mistry, seconded Louise Fenton.

Delete from "This GC welcomes" to the end and insert:

"This GC opposes the cuts to Personal Independence Payment and to the health element of Universal Credit, and calls on our MP to vote against them at every stage."

I don't usually write covering notes, but I will say: putting a motion to the GC that "welcomes" taking £5 billion from disabled people, in the name of the EC, without consulting a single branch, is a disgrace. If the chair tries to rule this out of order, we will challenge the ruling and we'll win it.

Raj""")

# 30 DP: call about by-election using dead husband's name
c.add("data-protection", subject="Phone call asking for my late husband", sender=P("Patricia", "Goodwin"),
      tags=HN + ("dp-no-legal-words",),
      body="""I'm writing because I'm upset and I don't know who else to write to.

Yesterday evening a young man rang my landline from "the Labour Party" about the by-election and asked to speak to Mr Frank Goodwin. Frank died in 2021. I have never given the Labour Party my phone number and neither did Frank, we were Liberal all our lives.

I want to know how you got this number and why you think Frank is still alive. I want the number and both our names taken off whatever list you have. If anybody rings again I'll be reporting it to whoever deals with these things and to Trading Standards.

Patricia Goodwin (Mrs)""")

# 31 DP: councillor posted member's email on Facebook to mock it
c.add("data-protection", also=["complaint"], subject="Cllr Boothroyd posted my email on Facebook", sender=P("Lee", "Brough"),
      tags=HN + ("legal-threat",),
      body="""Helen,

I emailed Cllr Boothroyd privately on Monday, as a Labour member, about the quarry. Last night he posted a screenshot of my email on his councillor Facebook page, with my full name and my email address visible, under the caption "this is the kind of nonsense I have to deal with". It's had 90 comments, some of them from people in the village calling me a NIMBY idiot. Someone's put my address in the comments.

That was a private email. He had no right. I want it taken down today and a public apology on the same page.

I'm reporting it to the ICO and I'll be making a formal complaint through the party. And I'll be naming and shaming him at the GC, in front of everyone, so they know what he does with members' emails.

Lee Brough""")

# 32 Gaza motion refused by EC; take it to conference
c.add("complaint", subject="The EC has blocked the Gaza motion AGAIN", sender=P("Ayesha", "Patel"),
      tags=HN + ("political-consequence",),
      body="""Helen,

This is the third time the EC has declined to put a motion on Gaza to the GC. First it was "too late", then "not in the proper form", now it's "outside the competence of the CLP". Funny how the motion supporting the Ukraine appeal wasn't outside our competence.

Three branches passed it. Over 90 members have signed the letter asking for it to be debated.

So we'll do this differently. We'll be holding our own open members' meeting on the 12th, with the motion, and we'll send the result to the NEC and to every other CLP in the region. Then we'll submit it to conference via the affiliates. You can block it here but you can't block it everywhere.

And I'll say this at the next GC: the EC is frightened of its own members.

Ayesha Patel""")

# 33 MP skipped the miners' memorial; village won't forget
c.add("complaint", subject="Sunday's memorial", sender=P("Alan", "Bradbury"),
      tags=HN + ("political-consequence",),
      body="""Helen,

The Hollowford pit memorial service was on Sunday. Forty years since the closure. The brass band played, the NUM banner came out, the old men stood in the cold for an hour. The Conservative county councillor was there. The vicar was there. The Lib Dem candidate was there, laying a wreath.

Rachel Thornley wasn't. Nobody from Labour was. Not one.

I'm told she was "at another engagement". In Hollowford, of all places, where the Labour Party was founded in the welfare hall.

This village won't forget it. I won't let it. And when she comes round asking for votes, she'll find out how long memories are in pit villages.

Alan Bradbury""")

# 34 councillor's second job; standards committee
c.add("complaint", subject="Cllr Haddon's declaration of interests", sender=P("Douglas", "Whittle"),
      tags=HN + ("legal-threat",),
      body="""Helen,

I've discovered, through the Companies House register, that Cllr Peter Haddon became a paid director of Oakenshaw Renewables Ltd eleven days before he voted for the solar farm application. It's not on his register of interests. He didn't declare it at the meeting.

I'm reporting this to the council's monitoring officer for a standards investigation, and I'll be asking the police whether it's a matter for them under the Localism Act. I'm also asking the CLP to suspend him from the Labour group until it's resolved. If the party does nothing, I'll make sure the press knows that too.

Douglas Whittle""")

# 35 unfair hustings; appeal + legal advice
c.add("complaint", subject="Selection appeal - Ashby Cross ward", sender=P("Priya", "Lakhani"),
      tags=HN + ("legal-threat",),
      body="""Dear Helen,

I am appealing the result of the Ashby Cross ward selection held on the 8th, and I'd ask you to forward this to the regional office as the appeal body.

Grounds:
1. The other candidate's campaign was sent the members' contact list a week before I received it.
2. A postal ballot was announced at four days' notice, so members who were away did not receive papers in time.
3. At the hustings, the chair allowed my opponent's supporters four questions and mine one.
4. I lost by three votes.

I have kept all correspondence. I'm a member of the party's BAME network and I'll be raising the treatment of candidates of colour in this CLP with them. I've also been advised that, as the rules form a contract between members, I may have a claim if the appeal isn't handled properly, and I will take that advice further if I need to.

Priya Lakhani""")

# 36 sexist remark by chair; go public
c.add("complaint", subject="What Nigel said to my daughter", sender=P("Gail", "Tomlinson"),
      tags=HN,
      body="""Helen,

My daughter Megan is 20 and went to her first GC on Thursday. At the end, while she was helping stack chairs, Nigel Ashworth (our chair!) told her she should "stick around, we need more pretty faces on the leaflets" and then asked if she had a boyfriend.

She told me on the drive home. She laughed it off. I didn't.

I want this reported properly, through the party's independent complaints process, and I want to know it has been. If I find out it's been "had a quiet word about", I will make it public. I'm not having my girl put off politics by a man like that.

Gail Tomlinson""")

# 37 inaccessible venue, Disability Labour
c.add("complaint", subject="Christmas social at the Crown - again", sender=P("Stuart", "Ollerton"),
      tags=HN,
      body="""Helen,

The Christmas social is at the Crown again. The function room is up a flight of stairs. I'm a wheelchair user. I told the EC this last year, and the year before.

I assume I'm just not expected to come.

I'll be writing to Disability Labour and to the regional equalities officer this week, and I'll be copying them the emails from the last two years. Every year I get "next time", and every year it's the Crown.

Stuart""")

# 38 Facebook notification: angry review on CLP page (bulk)
c.add("bulk", also=["complaint"], subject="New review on Ashbourne & Dale Labour", sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers("Facebook"),
      tags=HN + ("social", "metaphor", "political-consequence"),
      body="""Mick Fearnehough doesn't recommend Ashbourne & Dale Labour.

"Took our winter fuel, took our bus, took our surgery. Labour are finished in the Dales and good riddance. You'll be wiped out in May and I'll be out on polling day making sure of it. Not that any of you will read this."

Reply to this review: https://www.facebook.com/ashbournedalelabour/reviews

You received this email because you are an admin of Ashbourne & Dale Labour. Manage your notification settings.
Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ireland""")

# 39 library closure; full slate of independents
c.add("complaint", subject="Wrenfield library", sender=P("Jennifer", "Storer"),
      tags=HN + ("political-consequence",),
      body="""Dear Helen,

The Friends of Wrenfield Library met on Tuesday, 60 people in the Institute, and voted to run a full slate of independent candidates in every ward where a Labour councillor voted to close it. That's four wards.

We tried asking nicely. We tried the petition, the letters, the consultation, the deputation to full council. Your councillors listened, nodded, and voted it through anyway.

We'd rather have a library than a fight. But if we can't have the library, we'll have the fight, and we'll see who the villages back.

Jennifer Storer
Chair, Friends of Wrenfield Library""")

# 40 union rep, alt format, affiliation fees withheld
c.add("complaint", subject="GMB Dales branch - affiliation", sender=P("Wayne", "Shirt"),
      fmt="alt", tags=HN + ("political-consequence",),
      body="""Helen,

I'm writing as secretary of the GMB Dales general branch, which is affiliated to Ashbourne & Dale CLP and sends three delegates to your GC.

Our branch covers care workers, school support staff, refuse workers and the quarry. On Monday night our members voted, by a big majority, to ask the region to suspend our affiliation fees to the CLP until Rachel Thornley meets with us about three things: the care home closures, the PIP cuts, and the decision by the Labour-run district council to bring in agency drivers during the refuse dispute.

I have asked for that meeting five times since June. Her office keeps offering "a call with a member of staff". Our members want the MP.

This isn't a threat, it's a decision. It'll go to the regional political committee next week. If she wants to turn it round, she knows where we are.

Wayne Shirt
Branch Secretary, GMB Dales""")

# 41 fire station merger, playing with fire, election
c.add("complaint", subject="Stanbridge fire station", sender=P("Ian", "Fidler"),
      tags=HN + ("metaphor", "benign-violent-word", "political-consequence"),
      body="""Helen,

I've been a retained firefighter at Stanbridge for 17 years. The Labour group on the fire authority has just voted to "merge cover" with Ashby Cross, which means closing us at night. The response time to Kirkby Dale goes from 9 minutes to 26.

Your councillors are playing with fire, literally. When a farmhouse burns down in Kirkby Dale at 3am and somebody doesn't get out, that'll be on them, and we'll make sure every voter in the Dales knows who voted for it. The FBU are already planning the leaflet.

Ian Fidler""")

# 42 suspended for liking a tweet; crowdfund
c.add("complaint", subject="Suspended for a LIKE", sender=("Jo Hinchliffe", "jo.hinchliffe@protonmail.com"),
      tags=HN + ("legal-threat",),
      body="""Helen,

I have been suspended, apparently, for "liking" a post on X from a Green Party councillor about the bin strike. Liking it. Eighteen months ago.

I've been a member for 14 years, I was on your EC. I've asked for a hearing date three times.

I've set up a crowdfunder for a legal challenge this morning and it's already at £2,300. I'm going to use every penny of it. The party can explain in court why a like is a disciplinary offence, and I'm sure the papers will be fascinated.

Jo""")

# 43 bin strike, union members won't forget
c.add("complaint", subject="The bin strike and the Labour council", sender=P("Carl", "Slack"),
      tags=HN + ("political-consequence",),
      body="""Helen,

Our lads have been on strike for five weeks over a pay offer that's less than the agency drivers the council's brought in to break it. A Labour council. Using agency strike-breakers. I never thought I'd type that sentence.

I've been a Labour member and a Unite rep for 25 years. Every one of our members will remember which councillors crossed their picket line in spirit, if not in person. This won't be forgotten when the selections come round, and I'll personally make sure of it at every Unite branch meeting in the Dales.

Carl Slack
Unite rep, Dales depot""")

# 44 short resignation, no demand (other)
c.add("other", also=["complaint"], subject="that's me done", sender=P("Kim", "Hopkinson"),
      tags=HN + ("resignation",),
      body="""You've lost my vote, my subs and my Saturdays. Well done everyone.

Kim""")

# 45 elderly noisy iPad email: dropped as polling volunteer
c.add("complaint", subject="Polling day", sender=("Bill Marriott", "billmarriott1941@aol.com"),
      tags=HN + ("noisy",),
      body="""Helen

i have done the tellers at Kirkby Dale school every election since 1966 and this year i get an email from some young man i never heard of saying "we have allocated other volunteers" . Allocated. No phone call nothing. 59 years

i am not daft i know why its because im 84 and they think im past it. Well let me tell you i am not past it and i shall be at that school gate on polling day regardless with my rosette and they can try and move me

and i shall be raising this at the branch and i will say it to the councillor himself

Bill Marriott

Sent from my iPad""")

# 46 DP: canvass sheet left in pub
c.add("data-protection", subject="Your canvass sheet in the Red Lion", sender=P("Mandy", "Cresswell"),
      tags=HN + ("legal-threat",),
      body="""Helen,

On Saturday evening the landlord of the Red Lion in Calverley found a Labour canvass sheet left on a table after your volunteers had their "debrief". He showed it to half the bar before he thought to put it behind the counter. My name's on it, with my address, my age, and a note beside it saying "ex-Lab, angry re fuel, PIP claimant".

Half the village now knows I'm on PIP. My neighbour asked me about it in the Co-op this morning.

I want to know what is being done about this, whether you've reported it to the Information Commissioner (because if you haven't, I will), and whose sheet it was. And I'll be getting advice on compensation. I'm not joking.

Mandy Cresswell""")

# 47 parish council chair, public letter
c.add("complaint", subject="Hollowford Parish Council and the MP", sender=("Cllr Margaret Slinn", "clerk.hollowfordpc@gmail.com"),
      tags=HN + ("political-consequence",),
      body="""Dear Mrs Pryce,

I'm writing to you as chair of Hollowford Parish Council and also, for my sins, as a Labour member of some standing in this village.

The parish council has written to Rachel Thornley four times this year about the 42 bus, the surgery and the speeding on the A-road through the village. We have had one reply, from a caseworker, which got the name of the village wrong.

At our meeting on Monday, the council resolved that if we don't have a substantive reply from the MP by 1 December, we will publish all of our correspondence with her office on the parish noticeboard, in the parish magazine and on the village Facebook group, alongside the correspondence with our county councillor (who, I'm sorry to say, replies promptly and is a Conservative).

I did not vote against the resolution. I could not, in good conscience.

Yours sincerely,
Margaret Slinn
Chair, Hollowford Parish Council""")

# ============================================================ safety

# S1 farmer rant, embedded veiled/conditional menace mid-letter
c.add("safety", subject="Inheritance tax - a farmer's letter", sender=P("John", "Hadfield"),
      tags=("angry", "embedded", "veiled", "conditional"),
      body="""Mrs Pryce,

My family has farmed at Moor End for five generations. We've survived foot and mouth, BSE, the supermarkets, Brexit and three floods in ten years. What we will not survive is your government's death tax. When my father goes, my brother and I will have to sell half the land to pay it, and then the farm won't be viable, and then it's gone. Five generations.

Your MP stood in the mart in 2024 and told us she'd never touch family farms. We've got it on someone's phone.

I'll tell you how it is up here, since you lot don't seem to know. Men have done worse for less. There's a lot of farmers in these hills with nothing left to lose and a shotgun in the cabinet, and if this tax goes through I'd not want to be Rachel Thornley driving home down Moor End lane on her own after dark. I'm just telling you what folk are saying in the mart. Make of it what you will.

We've done the tractor rallies. We've written the letters. We've been to Westminster. Nobody listens. Your party has decided the countryside doesn't vote for it so it can be bled dry.

John Hadfield""")

# S2 solar farm councillor, fire at the end
c.add("safety", subject="Haddon and his solar farm", sender=("Oakenshaw Says No", "oakenshawsaysno@gmail.com"),
      tags=("angry", "veiled", "implicit", "threat-at-end"),
      body="""You tell your Councillor Haddon that Oakenshaw hasn't forgotten. He sold the moor to a company he's a director of and he thinks nobody noticed.

We know which house is his. The one with the new extension and the wooden garage on Mill Lane, paid for with solar money. Old wooden buildings out here, they've a way of catching fire in dry weather. Just saying.""")

# S3 selection complaint, P.S. about daughter's horse
c.add("safety", subject="Kirkby Dale selection - I want an answer", sender=P("Mark", "Pilkington"),
      tags=("angry", "veiled", "implicit", "threat-at-end"),
      body="""Helen,

I've asked three times now why I was left off the Kirkby Dale longlist. Three emails, no answer. I've been in this party 20 years. I've given it thousands of pounds and hundreds of hours. I want the panel's reasons in writing by Friday.

Mark

P.S. Your Lucy's pony's still at Wrenfield stables, isn't it? She's out there on her own most evenings. Lovely spot. Very quiet.""")

# S4 wish-harm about MP, deny threat
c.add("safety", subject="Thornley", sender=("Dales Voter", "dalesvoter2026@outlook.com"),
      tags=("angry", "wish-harm"),
      body="""Your MP has done more damage to this valley in a year than the Tories did in fourteen. Bus gone, surgery gone, care homes going, farms being taxed to death.

I'm not threatening her, before anyone gets excited. But if she went off the top road in the fog one night, I wouldn't shed a tear and nor would half the Dales. Some people have it coming. That's all I'm saying.""")

# S5 explicit, treasurer, count
c.add("safety", subject="Keith Marsden", sender=("Shane Dunn", "shanedunn84@hotmail.com"),
      tags=("angry", "explicit"),
      body="""That treasurer of yours called my little sister bloody useless at the count and made her cry. She's 19.

If he's at the Christmas do, I'm coming, and I'm going to break his jaw. You can tell him that from me. Nobody talks to her like that.

Shane (Ellie's brother)""")

# S6 conditional, long procedural-looking complaint, last line menace
c.add("safety", subject="Formal objection to the AGM result", sender=P("Graham", "Redgate"),
      tags=("angry", "conditional", "embedded", "threat-at-end"),
      body="""Dear Ms Pryce,

I write to lodge a formal objection to the conduct and result of the AGM held on 14 November, on the following grounds:

1. Notice of the meeting was sent on 7 November, less than the 14 days required under the CLP rules.
2. Nominations for officer posts were closed at the start of the meeting without having been invited in the notice.
3. At least eleven of those voting were not, to my knowledge, on the eligible list provided to branches on 1 November.
4. The election of the Vice-Chair (Campaigns) was conducted by show of hands despite a request for a secret ballot.

I ask that the regional office be asked to review the result and that the officers elected on 14 November do not take up their posts until the review is complete.

I have been a member of this party for 28 years and I've never had cause to write a letter like this.

And I'll put it plainly, Helen, since you organised that farce: if the result stands, I'd advise you not to walk home on your own from the next one. Plenty of us are sick of being cheated, and not all of us are as patient as I am.

Graham Redgate""")

# S7 webform, asylum hotel, councillor's kids' school
c.add("safety", subject="New submission: Contact the CLP", sender=c.form_robot(),
      reply_to="stanbridge.says.no@gmail.com",
      tags=("angry", "webform", "conditional", "veiled"),
      body=c.webform({
          "Your name": "Stanbridge resident",
          "Your email": "stanbridge.says.no@gmail.com",
          "Your town or village": "Stanbridge",
          "What is this about?": "My councillor",
          "Your message": """Tell Cllr Rai we know which school her kids go to. St Anne's, the blue uniforms, she drops them at 8.40.

If the second hotel opens in January she'll regret ever putting her name on a ballot paper. That's not a threat, it's a prediction.""",
      }, form="Contact the CLP"))

# S8 quoted reply, menace in new text
c.add("safety", subject="Re: Your complaint about the Kirkby Dale branch", sender=P("Steve", "Broomhead"),
      tags=("angry", "quoted", "veiled", "implicit"),
      body=c.quote_reply(
          """"Following due process." You've followed due process right into my family's business and ruined it, you and your branch gossips.

Due process is what happens in offices, Helen. Out here we sort things different. You drive that red Fiesta home along the reservoir road every Wednesday after your choir. Long road. No signal for two miles.

Have a think about your due process.""",
          """Dear Steve,

Thank you for your email. I understand that you are unhappy with the outcome of the branch's decision. I'm afraid the CLP has to follow due process in these matters, and the branch has acted within the rules.

Kind regards,
Helen Pryce
Secretary, Ashbourne & Dale CLP""", quoted_from=SEC, style="gmail"))

# S9 forwarded by member, a text message received, third-party report
c.add("safety", subject="Fwd: text I got after Thursday's GC - what do I do?", sender=P("Imogen", "Cartwright", "gmail.com"),
      tags=("angry", "forwarded", "third-party-report", "explicit", "conditional"),
      body=c.forward(
          """Helen,

I moved the motion to reverse the meeting schedule on Thursday and it passed. This came to my phone at 11.40 that night from a number I don't know. I've copied it in below exactly as it came (I emailed it to myself from my phone). I think it must be someone who was in the room because of what it says about my car. I'm frightened to go to the next meeting. Should I go to the police?

Imogen""",
          """think ur clever dont u. made the EC look like idiots in front of everyone. keep going like this and ull get what ur asking for. i know the silver yaris in the wrenfield institute car park. ill be waiting by it next time. you wont be walking so proud after""",
          "Imogen Cartwright <imogen.cartwright@gmail.com>", "text from 07700 900418", style="gmail"))

# S10 mailing-list post, menace at end of long rant
c.add("safety", subject="[AD-members] The EC, the lease, and the money", sender=P("Les", "Ackroyd"),
      headers=c.list_headers("AD-members", domain="lists.ashbournedalelabour.org.uk"),
      to="ad-members@lists.ashbournedalelabour.org.uk",
      tags=("angry", "list", "embedded", "veiled"),
      body="""Friends,

Some of you will have heard that the EC has signed a three-year lease on an office above the bookmakers on Market Street, at £9,000 a year, without asking the GC. That is about half our annual income. That is the money you pay in subs every month, and the money you raise at jumble sales, quizzes and raffles.

The accounts haven't been published. The treasurer won't answer questions. The secretary says it's "in hand".

Well I'll tell you what's in hand. Some of us have watched Keith Marsden lock up that office and walk to his car in the dark every Tuesday, and we know exactly what he's done with our money. One of these nights somebody's going to be waiting for him on that stairwell to ask him about it face to face, and it won't be a polite conversation, and he'll only have himself to blame.

Come to the special GC. Ask questions. Don't let them get away with it.

Les Ackroyd
Calverley

--
AD-members mailing list
To unsubscribe: ad-members-leave@lists.ashbournedalelabour.org.uk""")

# S11 noisy symbols
c.add("safety", subject="agm", sender=("dalesbloke", "dalesbloke77@yahoo.co.uk"),
      tags=("angry", "noisy", "explicit"),
      body="""whoever rigged that AGM deserves a proper k1cking and if i find out who it was they'll get one. dont think i wont find out. small place this. n0where to h1de""")

# S12 HTML-only, routine at the Co-op
c.add("safety", subject="A word of advice", sender=("A Friend", "afriend.dales@protonmail.com"),
      fmt="html", tags=("angry", "html-only", "veiled", "implicit", "stalking"),
      body="""Helen,

You and your EC have treated the branches like dirt for two years and you think nobody's keeping count.

You park at the Co-op in Ashby Cross every Friday about six. You shop for your mum and take it round to hers on Derwent Close. Then home. Every week. Like clockwork.

I'd vary that routine if I were you. Some people aren't as forgiving as I am.""")

# S13 non-native conditional threat in the middle of a complaint about being ignored
c.add("safety", subject="No answer from you again", sender=P("Darius", "Kazlauskas", "gmail.com"),
      tags=("angry", "non-native", "conditional", "embedded"),
      body="""Helen Pryce,

I write you four time about the councillor who take my case about the landlord and then nothing. Landlord put me and my wife on street in October. We sleep in car two weeks. Councillor Boothroyd promise to help, he give me his card. He not answer the phone even one time.

I tell you one thing. If he not call me this week, I will find him at his house, I know where is, and he will be sorry, and I dont care what happen to me after. I have nothing now, he take the last thing, the hope.

I am member of Labour 3 years. I pay also when I had no money. For what?

Darius Kazlauskas""")

c.write()
