"""train/tv1: mail about a third person, mostly without menace (Kelvin North CLP, Glasgow).
All content hand-written.

Harmless mail full of she/he/they about somebody else (recommendations, nominations, deaths and
hospital news, complaints about an officer, parents and carers writing for someone, misdirected
mail, requests for a colleague's details, data-protection requests about a relative), including
hard negatives with strong words about a person and no threat; then 6 safety messages about a
third person that do carry menace or report it, for contrast."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tv1", seed=5801)
P = c.person
SEC = "Jamie Rennie <clp.secretary@kelvinnorthlabour.org>"
B = ("confuser", "third-person-benign")

# ===================================================================== complaint (12)

# C1 officer never replies
c.add("complaint", subject="Branch secretary - still no reply", sender=P("Eileen", "McAvoy"),
      tags=B + ("angry", "complaint-as-query"),
      body="""Dear Jamie,

I'm sorry to go over anybody's head but I honestly don't know who else to ask.

Since the end of August I have emailed our branch secretary, Stuart Lennox, three times. Once about the street stall in September, once about my renewal which went wrong when I changed bank, and once to ask if the branch would support the petition about the closure of the Balgray library. Not one reply. Not "got it", not "I'll look into it", nothing. I also left a message on his mobile which he listens to because it says "read".

I know everyone is a volunteer. I'm a volunteer too, I have been delivering in the Summerlee flats for nine years with my bad knee. But if he doesn't have the time for the job then he should let somebody else do it. Other people in the branch have said the same to me privately and I'm not going to pretend they haven't.

Could you please tell me whether he is still actually the branch secretary, and if so, who I should complain to about this formally.

Yours sincerely,
Eileen McAvoy
Balgray branch""")

# C2 chair ignored my motion; "I'll make sure everyone at the GC hears"
c.add("complaint", subject="The chair and my motion", sender=P("Declan", "Haughey"),
      tags=B + ("hard-negative", "angry"),
      body="""Jamie

I want it on record that Margaret Kinnaird, as chair of Thursday's branch meeting, refused to take my motion on the two-child cap. It was submitted on time (you have the email, 3rd of the month, 11.42pm, before the deadline) and she said from the chair that it "wasn't received" and moved straight to any other business. When I stood up she talked over me and then closed the meeting at 8.55 so nobody could raise it.

This is the second time. In June it was the motion on the Scottish Child Payment. She does not like motions she does not agree with and she makes them disappear. That is not how a chair is supposed to behave and frankly she knows it.

I'm not letting this go. I'll make sure everyone at the GC hears about her conduct, and I'll be writing to the regional office as well if I have to. I expect the motion to be on the next branch agenda as the first item.

Declan Haughey
Firpark branch""")

# C3 canvasser rude to my father
c.add("complaint", subject="Your canvasser and my dad", sender=P("Lorraine", "Gilchrist"),
      tags=B + ("angry",),
      body="""Hello,

My father is 84 and lives on his own on Drumlaw Crescent. On Saturday afternoon two of your people came to his door. He's a lifelong Labour voter, he told them so, and then he said he wasn't happy about the winter fuel payment, which is fair enough, he lost it.

According to him the younger one, a lad with a beard and a red lanyard, rolled his eyes and said "well you'll not be getting it back" and walked off laughing before he'd finished talking. Dad was really upset, he phoned me that night. He's not somebody who makes things up.

I don't want anybody sacked. I want somebody to say sorry to him, and I want whoever is in charge of these volunteers to have a word with that young man about how you speak to old people.

Lorraine Gilchrist (daughter of Mr R. Gilchrist)""")

# C4 resignation ultimatum; "wants his head examined"
c.add("complaint", subject="treasurer", sender=P("Harry", "Devine"),
      tags=B + ("hard-negative", "angry", "metaphor", "resignation-ultimatum"),
      body="""Jamie,

Derek has now told the branch that we can't have the £40 back for the room hire for the quiz because "the receipt is a photocopy". The church hall doesn't DO original receipts. It's a woman called Nan with a biro.

He wants his head examined. We raised £212 that night for the CLP and he's quibbling over forty quid.

I'll say this plainly so nobody can say I didn't: if Derek is re-elected treasurer at the AGM I'm resigning as branch chair that same night and I know at least two others who'll go with me. I've had enough of it.

Harry""")

# C5 MSP caseworker and my mother's housing case
c.add("complaint", also=["query"], subject="My mother's housing case - MSP office", sender=P("Tariq", "Mahmood"),
      tags=B + ("complaint-as-query",),
      body="""Dear Mr Rennie,

I realise the CLP and the MSP's constituency office are not the same thing, but I'm a party member and I'm hoping you can point me in the right direction.

My mother, Mrs Nasreen Mahmood, has been waiting for a transfer from her second-floor flat since her hip operation in February. In April the MSP's caseworker, a young woman called Kirsty, took up the case, told my mother she would write to the housing association and "be back in touch within a fortnight". That was the last we heard. My mother has phoned the office four times and each time she is told Kirsty will call her back. She doesn't.

My mother is 77 and she gets frightened on those stairs. I am not trying to get anyone into trouble; Kirsty was very kind when she visited. But somebody is letting this case fall through the cracks.

Is there anyone above the caseworker I can contact, or should I go to the surgery myself?

Regards,
Tariq Mahmood""")

# C6 phone-typed, banner
c.add("complaint", subject="banner", sender=P("Gemma", "Rooney"),
      tags=B + ("phone-typed", "noisy"),
      body="""jamie can u tell gary he cant just take the branch banner home after every stall and not bring it back. third time now. we had the stall sat and no banner. ridiculous honestly

Sent from my iPhone""")

# C7 selection gossip as complaint
c.add("complaint", subject="Council selection in Lochburn - is it a stitch-up?", sender=P("Niamh", "Dorran"),
      tags=B + ("angry", "selection"),
      body="""Jamie,

I'll keep this short because I'm raging and I'll only say something I regret.

Everybody in Lochburn knows that the council seat has already been promised to Craig Fullarton. He's been telling people in the Station Bar since summer that "it's sorted". Funny how the nomination window was only open for nine days, over the September weekend, and funny how Craig's pal is on the procedures committee.

I'm not saying Craig would be a bad councillor, he's a nice enough guy. I'm saying if there's a selection it should be a real one. Two women in our branch wanted to go for it and neither knew the window was open until it had closed.

Can you tell me who decided the timetable and whether it can be reopened? Otherwise I'll be raising it at the GC and asking for it to be minuted.

Niamh""")

# C8 quoted reply: women's officer and tone at meeting
c.add("complaint", subject="Re: Thursday's meeting", sender=P("Precious", "Obi"),
      tags=B + ("quoted", "angry"),
      body=c.quote_reply(
          """Jamie, thank you for replying but I don't think you understood what I was saying.

It's not about whether the women's officer "meant it". She said in front of the whole room that my point about childcare at meetings was "a bit of a distraction" and then laughed with the people at her table. I'm new. It was my second meeting. I went home and told my husband I wasn't going back.

I'm not asking for her to be punished. I'm asking whether anyone is going to speak to her, and whether the CLP will look at holding some meetings at a time when people with small children can actually come. If the answer to both is no then please just tell me so.

Precious""",
          """Hi Precious,

Thanks for getting in touch and I'm sorry you left Thursday feeling that way. I'm sure Alison didn't mean anything by it, she's very committed to getting more women involved and I know she'd be sorry to hear it came across badly.

Hope to see you at the next one.

Jamie""", quoted_from=SEC, style="gmail"))

# C9 "I could strangle him for losing the minutes"
c.add("complaint", subject="minutes AGAIN", sender=P("Moira", "Tennant"),
      tags=B + ("hard-negative", "benign-violent-word", "angry"),
      body="""Jamie - honestly. I could strangle him. Brian has lost the minutes of the September branch meeting. Not "can't find the final version". Lost. The notebook is gone and he never typed them up. That's the meeting where we agreed the donation to the foodbank and elected the new fundraising officer, so we've got no record of either.

This is twice now. Can the CLP please make it a rule that branch minutes get emailed to the branch secretary within a week, because clearly we can't rely on goodwill.

Sorry for the rant. Not your fault.

Moira""")

# C10 non-native (Polish) about councillor not helping neighbour
c.add("complaint", subject="Councillor not help my neighbour", sender=P("Agnieszka", "Zielinski"),
      tags=B + ("non-native",),
      body="""Good morning,

I write about my neighbour Mrs Halina, she is 70 years and she have mould in all bedroom, very bad for her lungs. In July we go together to the surgery of councillor Mr Boyce in the community centre and he say he will phone to the housing and come to see the flat. He write down her number. After this, nothing. Three month. She phone to him two times, no answer.

I am member of Labour party since 2022 because I think Labour help people like her. Now I am not so sure. Mr Boyce is very nice in the surgery but is only words I think.

Please can somebody tell to him that Mrs Halina is still waiting and winter is coming now. Her english is not so good so I write for her.

Thank you
Agnieszka Zielinski""")

# C11 nobody from the party at a long-standing member's funeral
c.add("complaint", subject="My father's funeral", sender=P("Graham", "Lusk"),
      tags=B + ("angry", "bereavement"),
      body="""Mr Rennie,

My father, Billy Lusk, was a member of the Labour Party for sixty-one years. He was a shop steward at the yards, he was branch secretary in Keppoch for most of the 1980s, and he delivered leaflets until he was 88. He died on the 2nd of October and his funeral was at Linn crematorium on the 14th.

I emailed the CLP on the 4th with the details. Nobody came. No card, no flowers, not even a reply to my email. The SNP councillor came, for God's sake, because she'd known him from the tenants' association.

I'm not writing to make a fuss. My father would have said the party owes him nothing. But I think it owes him a bit more than silence, and I wanted someone to know how it felt to look round that room.

Graham Lusk""")

# C12 regional organiser; "you'll be hearing from my solicitor"
c.add("complaint", subject="Email from the organiser calling me a troublemaker", sender=P("Sadia", "Iqbal"),
      tags=B + ("hard-negative", "legal-threat", "angry", "forwarded"),
      body=c.forward(
          """Jamie,

See below. This was sent by the regional organiser to the branch officers' group chat and then somebody (I think by mistake) included me on the email version. Read the last paragraph.

I have never been disciplined, I have never been spoken to about anything. I asked questions at two meetings about the selection timetable, which I'm entitled to do. Now I'm "a troublemaker" who should be "kept off" the candidate panel.

I want a written apology from him and I want to know who else this was sent to. If it's not withdrawn you'll be hearing from my solicitor, and I mean that.

Sadia Iqbal""",
          """Hi all,

Thanks for a good session on Saturday, 312 doors is a great effort.

Quick one on the panel for the Lochburn selection - I'd keep Sadia Iqbal off it if we can. She's a troublemaker and she'll only slow things down. Let's discuss offline.

Cheers
Ross""",
          "Ross Gartshore <ross.gartshore@labourscotland-organise.org.uk>", "Saturday + panel"))

# ===================================================================== query (12)

# Q1 parent asking about teenager joining Young Labour
c.add("query", subject="Can my daughter join?", sender=P("Karen", "Strang"),
      tags=B + ("parent",),
      body="""Hi there,

My daughter Erin is 14 and has got very into politics this year (she's doing Modern Studies and won't stop talking about it). She's asked whether she can join the Labour Party and go to the young members' group.

Is 14 old enough? And is there anything I need to sign as her parent? I'd also like to know where and when the young members meet and whether there's an adult there - she'd be going on her own on the bus.

Thanks,
Karen Strang""")

# Q2 carer writing for elderly member, paying dues without internet
c.add("query", subject="Mrs Jean Coulter - membership payment", sender=("Springburn Home Care", "office@springburnhomecare.co.uk"),
      tags=B + ("carer",),
      body="""Good afternoon,

I am a carer for Mrs Jean Coulter, who lives in Ashgill Road and has been a Labour member for many years. She received a letter saying her membership has lapsed because her direct debit was cancelled when her bank closed her old account.

Mrs Coulter does not use the internet and is unable to use the telephone easily due to her hearing. She would like to carry on her membership and has asked me to find out whether she can pay by cheque, or whether someone can come and help her fill in a form.

She also wanted me to ask if she is still getting the newsletter, as she enjoys it.

Kind regards,
Lynn Dyer
Senior Carer, Springburn Home Care
(on behalf of Mrs J. Coulter)""")

# Q3 asking for a colleague's contact details
c.add("query", subject="Fiona from the phone bank?", sender=P("Kofi", "Appiah"),
      tags=B + ("contact-request",),
      body="""Hi Jamie, do you have an email for Fiona who ran the Tuesday phone bank in the spring? Tall, glasses, works at the uni I think. She said she'd send me the script she uses for lapsed members and I never got it. If you'd rather not pass on her address could you maybe forward this to her? Cheers, Kofi""")

# Q4 member worried about a friend who has gone quiet
c.add("query", also=["other"], subject="Has anyone heard from Bernie?", sender=P("Rosa", "Valente"),
      tags=B + ("worried-friend",),
      body="""Jamie,

This might be nothing but I'm a bit worried about Bernie Quigley from our branch. He's been at every meeting since I joined, always first in to put the chairs out, and he's missed the last three. He's not answering his landline and his mobile goes straight to voicemail.

I don't know his family and I don't like to just turn up at his door. Do you know whether he's all right, or whether he's told anyone he's away? He did mention his chest was bad in the summer.

If you have a next-of-kin or anyone I could ring I'd be grateful. Or if you'd rather check yourself, that's fine too, I just want to know he's OK.

Rosa""")

# Q5 journalist asking about a candidate's background (not urgent)
c.add("query", subject="Enquiry: Lochburn by-election candidate", sender=("Euan Patterson", "e.patterson@glasgoweveningpost.co.uk"),
      tags=B + ("journalist",),
      body="""Dear Mr Rennie,

I'm a reporter at the Evening Post working on a profile of the candidates in the Lochburn by-election, which we plan to run next week.

Could you confirm a few things about your candidate, Ms Lynsey Corrigan?
- How long has she been a party member and has she held any CLP or branch office?
- She is described in her leaflet as a "local nurse": is she currently employed by the health board?
- Is it correct that she previously stood for the council in 2017 in a different ward?

I'm happy to speak to her directly if that's easier. My deadline is Tuesday.

Best wishes,
Euan Patterson
Reporter, Glasgow Evening Post
0141 496 0733""")

# Q6 who is the caseworker now
c.add("query", subject="Who's Cllr Boyce's caseworker now", sender=P("Sharon", "Kerr"),
      tags=B,
      body="""Hiya Jamie, my neighbour asked me to find out who has taken over from Aileen as the councillors' caseworker since she left. She had a case open about her daughter's school transport and now she doesn't know who to phone. Have you got a name and number I can pass on? Thanks Sharon""")

# Q7 can my husband come as a guest
c.add("query", subject="Christmas social - bringing my husband", sender=P("Val", "Fitzsimmons"),
      tags=B,
      body="""Hello Jamie,

Is it all right if I bring my husband Alec to the Christmas social at the Partick Burgh Hall? He's not a member (he says he's "more of a Green") but he does come along to help carry things. If there's a charge for non-members that's fine, just let me know how much.

Also, he's coeliac - will there be any gluten-free food or should he bring his own?

Many thanks,
Val""")

# Q8 webform, daughter's school project
c.add("query", subject="New submission from Contact us", sender=c.form_robot(),
      reply_to=("Mohammed Rahman", "m.rahman1978@outlook.com"),
      tags=B + ("webform",),
      body=c.webform({
          "Name": "Mohammed Rahman",
          "Email": "m.rahman1978@outlook.com",
          "Postcode": "G22",
          "Subject": "School project",
          "Message": "Hello, my daughter Amira (S3) has to interview a local politician for her Modern Studies assignment about local democracy. She would love to speak to one of the Labour councillors for this ward for 15 minutes, on the phone or in person. Who would be the best person for her to contact and how? Thank you very much.",
      }))

# Q9 partner's branch allocation
c.add("query", subject="which branch is my partner in", sender=P("Callum", "Baird"),
      tags=B,
      body="""Hi, my partner Shona joined a month ago through the website and she still hasn't heard anything about what branch she's in or when the meetings are. We live together at the same address in Cadder Road so I assume she'd be in Firpark like me? Could someone confirm and add her to the branch emails. She's asked me to ask as she's on night shifts this month. Cheers, Callum""")

# Q10 non-native, father needs access and interpretation
c.add("query", subject="my father want to attend meeting", sender=P("Imran", "Chaudhry"),
      tags=B + ("non-native", "carer"),
      body="""Assalamu alaikum / hello

My father Mr Bashir Chaudhry is member Labour from long time, he was in Pakistan six month for family and now he is back and want to come to the branch meeting in the church hall on 12th. He is using wheelchair since his stroke. Is the hall having a ramp and toilet for disabled? Also his English is not good now after the stroke, can I come with him to translate, I am not member. Is this allowed?

Please reply me on this email or phone 07700 900 418

Thanks
Imran""")

# Q11 is the chair standing down
c.add("query", subject="Is Mags standing down?", sender=P("Deborah", "Muir"),
      tags=B + ("gossip",),
      body="""Jamie, quick one. Someone said at the foodbank on Saturday that Mags is standing down as CLP chair at the AGM because of her work. Is that true? I'm not being nosy, I'm wondering about putting my name forward for vice-chair if there's a reshuffle, and I'd like to know how nominations work and when they close. Deb""")

# Q12 HTML-only: son at uni in Dundee
c.add("query", subject="Son moving to Dundee", sender=P("Neil", "Haldane"), fmt="html",
      tags=B + ("html-only",),
      html_body="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Secretary,</p>
<p>My son Lewis has been a member in Kelvin North since he was 16. He has just started at Dundee University and is living in halls there from September to June, but will be back home with us every summer.</p>
<p>Should he stay a member of your CLP or does he have to transfer to a Dundee one? He would like to help with the student Labour club there but he doesn't want to lose touch with the branch at home.</p>
<p>He's asked me to write because he is "too busy" (!).</p>
<p>Kind regards,<br>Neil Haldane</p>
</body></html>""", body="")

# ===================================================================== procedural (8)

# P1 nomination for women's officer: "she has run our phone bank for two years"
c.add("procedural", subject="Nomination - Women's Officer", sender=P("Joanne", "Mackie"),
      tags=B + ("nomination", "recommendation"),
      body="""Dear Jamie,

Balgray branch met on Tuesday and agreed to nominate Grace Adeyemi for the post of CLP Women's Officer at the AGM. Proposed by me, seconded by Ruth Stirling, agreed without objection (11 present).

A few words in support, which we'd like circulated with the nominations if that's allowed:

Grace has run our phone bank for two years. She set up the Tuesday evening sessions from scratch, trained more than twenty new callers, most of them women who had never done any campaigning before, and she sorted out childcare so mothers could actually come. She's calm, she's organised and she listens. She would be a brilliant Women's Officer.

Grace has confirmed she is willing to stand.

Joanne Mackie
Branch Secretary, Balgray""")

# P2 apologies: mother in hospital
c.add("procedural", subject="Apologies GC Thursday", sender=P("Rhys", "Menzies"),
      tags=B + ("apologies",),
      body="""Jamie, apologies from me for Thursday's GC. My mum was admitted to the Queen Elizabeth on Sunday and I'll be up there every evening this week. Could you record me as apologies and ask Kwame to give the Firpark branch report instead? I've sent him my notes.

Thanks,
Rhys""")

# P3 motion of condolence
c.add("procedural", subject="Motion for GC - in memory of Billy Lusk", sender=P("Martin", "Devlin"),
      tags=B + ("motion", "bereavement"),
      body="""Jamie,

Keppoch branch would like the following to be taken at the start of the November GC:

"This GC notes with great sadness the death of Billy Lusk, a member of the Labour Party for sixty-one years, shop steward, former Keppoch branch secretary and a familiar face on every campaign in this constituency for half a century. The GC extends its condolences to his son Graham and all his family, and agrees to write to them and to make a donation of £50 in his memory to the charity of the family's choice."

Proposed: Martin Devlin
Seconded: Irene Cassells

We'd also like a minute's silence before it, if the chair agrees. And for what it's worth, several of us are embarrassed that nobody from the CLP was at the crematorium. We'd like to put that right.

Martin""")

# P4 delegate replacement
c.add("procedural", subject="Conference delegate - change", sender=P("Sandra", "Quinn"),
      tags=B + ("delegates",),
      body="""Hi Jamie,

I'm very sorry but I'm going to have to withdraw as one of the CLP's delegates to Scottish conference. My husband is having a heart bypass the week before and I won't leave him.

I've spoken to Kwame Mensah, who was the runner-up in the delegate ballot, and he's able and willing to go in my place. Could you let me know what the process is - does the GC need to approve it or can the EC do it, and is there a form for the Scottish Labour office? I can forward my registration details to whoever needs them.

Sorry again for the hassle.

Sandra Quinn""")

# P5 long supporting statement for chair nomination
c.add("procedural", subject="Supporting statement - Aileen Fraser for CLP Chair", sender=P("Tom", "Galbraith"),
      tags=B + ("nomination", "recommendation", "long"),
      body="""Dear Jamie,

As agreed at the Summerlee branch meeting last night, I'm sending the supporting statement for Aileen Fraser's nomination for CLP Chair. The nomination form itself, signed by Aileen, is attached separately. The statement is 390 words, so under the 400 limit in the standing orders.

---

Aileen Fraser for Chair

Aileen joined the party in 1998, the week she started her first job as a classroom assistant in Ruchazie, and she's been knocking doors in this constituency ever since. Most of you will know her as the person who turns up at 9 o'clock on a wet Saturday with a flask and a bag of tablet and somehow gets fourteen people out on the doorstep.

She has been Summerlee branch secretary for six years. In that time the branch has gone from meetings of four or five people in somebody's front room to an average of twenty, and we now have members in every polling district. She did that by phoning people, one at a time, and asking them what they wanted from the party. She still does.

Outside the party Aileen is an EIS rep and sits on the board of the Summerlee Community Flat, which runs the baby bank and the Thursday lunch club. She knows this area, street by street and close by close, and people trust her because she keeps her word.

As chair, Aileen says she wants three things. First, GC meetings that finish on time and where branch reports come before the long debates, so people who've come straight from work aren't sitting there till ten. Second, a proper induction for new members, so nobody goes to a meeting, understands nothing and never comes back. Third, a CLP that campaigns all year round and not just in the six weeks before an election.

She's also honest that she will not always agree with everyone in the room. She's been on the losing side of votes and she has always accepted them and carried on. That is exactly what a chair should be able to do.

We think Aileen would be fair, firm and kind in the chair, and we are proud to nominate her.

Proposed by Tom Galbraith, seconded by Nicola Fleming, on behalf of Summerlee branch.

---

If the formatting needs to change for the ballot paper or the AGM pack, let me know and I'll sort it.

Best,
Tom Galbraith
Summerlee branch chair""")

# P6 minutes correction
c.add("procedural", subject="Corrections to draft GC minutes", sender=P("Tariq", "Hussain"),
      tags=B + ("minutes",),
      body="""Hi Jamie,

Two small corrections to the October GC draft minutes please:

1. Item 5 - the motion on the Balgray library was seconded by me (Tariq Hussain), not Tony Hughes. Tony wasn't at the meeting.
2. Precious Obi sent apologies in advance (she copied me in) but she's recorded as absent.

Otherwise all fine by me.

Tariq""")

# P7 branch AGM result, vote of thanks
c.add("procedural", subject="Keppoch branch AGM - new officers", sender=P("Irene", "Cassells"),
      tags=B + ("agm",),
      body="""Dear Jamie

Keppoch branch held its AGM on 3 November. Results:

Chair - Martin Devlin (re-elected)
Secretary - Anne Lafferty (new)
Treasurer - Jim Boyle (re-elected)
Political education - vacant

Moira Tennant stood down as secretary after eleven years. The branch would like to put a vote of thanks to her on the next GC agenda. She did the job through two general elections, two council elections and a referendum, and she's the reason half of us are members.

Please update the branch contact to Anne: anne.lafferty63@btinternet.com

Irene Cassells
(minutes secretary for the AGM)""")

# P8 forwarding a nomination for a member without email
c.add("procedural", subject="Fwd: nomination form for Bill Kerrigan - Political Education Officer", sender=P("Nicola", "Fleming"),
      tags=B + ("nomination", "forwarded"),
      body=c.forward(
          """Jamie, Bill doesn't do email so his granddaughter typed this up and sent it to me. He'd like to stand for Political Education Officer. He's 79 and sharp as a tack. Branch agreed to nominate him on Tuesday (I'll send the extract from our minutes). Could you confirm you've got it before the deadline? Nicola""",
          """Hi Nicola, this is from my Grandad Bill Kerrigan, he has asked me to send it on.

"I wish to be nominated for the position of Political Education Officer. I have been a member since 1965 and ran the Summerlee reading group for many years. I would like to start again with a series of talks on the history of the labour movement in Glasgow, for new members especially, and I know some good speakers. I am available most evenings except Fridays.
W. Kerrigan, membership number on file."

Thanks!! Chelsea""",
          "Chelsea Kerrigan <chelsk_2004@hotmail.co.uk>", "Grandad's form"))

# ===================================================================== other (12)

# O1 death of a long-standing member, funeral details
c.add("other", subject="Sad news - Jessie Morrow", sender=P("Val", "Fitzsimmons"),
      tags=B + ("bereavement",),
      body="""Dear Jamie,

I'm sorry to be the one to tell you that Jessie Morrow died peacefully on Saturday in the Marie Curie hospice, with her nieces beside her. She was 91.

Many people won't know that Jessie joined the party in 1951 and was on the picket line at the Albion in '71. She was still coming to branch meetings until last winter, always with a tin of shortbread.

The funeral is on Friday 21st at 11am at St Columba's, Hopehill Road, and afterwards at the Maryhill Burgh Halls. The family have said members are very welcome, and they'd like donations to the hospice instead of flowers.

Could you let the GC and the branch secretaries know?

With love,
Val""")

# O2 card to sign for member in hospital
c.add("other", subject="Card for Big Davie", sender=P("Gemma", "Rooney"),
      tags=B + ("hospital",),
      body="""Hi Jamie!! Davie Sneddon is in the Royal after his fall (broken hip but he's in good spirits, already complaining about the food lol). I've got a card going round, I'll bring it to the GC on Thursday so folk can sign it. If anybody wants to chip in for grapes/crossword books there's a wee envelope inside. Gem x""")

# O3 thanks to pass on to a volunteer
c.add("other", subject="Please thank the young man", sender=P("Margaret", "Docherty"),
      tags=B + ("thanks",),
      body="""Dear Sir,

I don't know the name of the young man who came round with the leaflets on Wednesday afternoon, but he had a red jacket and an Irish accent.

My husband had fallen in the hall and I could not get him up and the young man heard me at the door and came in and helped me get him into his chair and waited with us until my son came. He would not take anything for it, not even a cup of tea.

Please will you pass on our very grateful thanks. He is a credit to his mother and to your party.

Yours faithfully,
Margaret Docherty (Mrs)
Ashgill Road""")

# O4 wedding news
c.add("other", subject="Off the rota in June!", sender=P("Paul", "Reid"),
      tags=B + ("personal-news",),
      body="""Jamie

Bit of news - our Callum is getting married on the 13th of June (to Aisha, who some of you met at the summer barbecue). So Linda and I will be off the leaflet rota for the first three weeks of June, we're doing all the organising and the whole family is coming over from Donegal.

Back in time for the summer stalls, promise.

Paul""")

# O5 new baby
c.add("other", subject="Baby news 👶", sender=P("Laura", "Findlay"),
      tags=B + ("personal-news",),
      body="""Hi all (and Jamie, please share with the EC if you think it's OK!)

Hannah, our organiser, had her baby on Tuesday morning - a wee girl, Isla, 7lb 2oz. Both doing well, Hannah says she's exhausted and delighted, and that Isla has "already been to more 6am meetings than the CLP Exec".

I'm collecting for a present, any amount, just let me know.

Laura x""")

# O6 misdirected email
c.add("other", subject="Re: Saturday - Maggie's 60th", sender=P("Sophie", "Lindsay"),
      tags=B + ("misdirected",),
      body="""Hi Jamie!!

So it's definitely 7pm at the Rosevale function room and she still doesn't know ANYTHING. Her sister is taking her "for a quiet drink" and then bringing her in. Can you bring the photo board? And please please don't post on Facebook till after, she checks it constantly.

Also Derek says he'll do the speech but he wants it under five minutes, so you might need to remind him.

Soph xx""")

# O7 "she'll kill me if I forget the raffle"
c.add("other", subject="Raffle prizes", sender=P("Ian", "Ferguson"),
      tags=B + ("hard-negative", "benign-violent-word"),
      body="""Jamie - I've got the bottle of whisky, the M&S hamper and the two tickets for Partick Thistle in the boot of my car for the Christmas social raffle. Can you remind me on Friday morning to actually bring them? Pauline will kill me if I forget the raffle prizes again like last year, she's never let me hear the end of it.

Ian""")

# O8 councillor introducing new caseworker
c.add("other", subject="Introducing our new caseworker", sender=("Cllr Anne Boyce", "cllr.anne.boyce@glasgowcouncil-example.gov.uk"),
      tags=B + ("introduction",),
      body="""Dear Jamie,

I wanted to let you know that from Monday the Lochburn & Summerlee councillors' office has a new caseworker, Kezia Owusu. Kezia has worked for the last four years at the Citizens Advice Bureau in Possilpark and knows housing and benefits inside out.

She'll be covering casework for all three Labour councillors in the ward, and she'll be at our Saturday surgeries at the Summerlee Community Flat. Her email is kezia.owusu@glasgowcouncil-example.gov.uk and her office number is 0141 496 0912.

It would be great if branch secretaries could let members know, particularly anyone who had a case open with Aileen, who left us in September. I'd also be grateful if Kezia could come along to the next GC for ten minutes to say hello.

Best wishes,
Anne

Councillor Anne Boyce
Lochburn & Summerlee ward""")

# O9 son's graduation
c.add("other", subject="Can't make the fundraiser - good reason!", sender=P("Zainab", "Ali"),
      tags=B + ("personal-news",),
      body="""Salaam Jamie,

I'm so sorry, I won't be at the curry night fundraiser on the 28th after all. My son Yusuf is graduating from Strathclyde that day - first in the family to go to university! - and we're taking his grandmother to the ceremony.

I've already done the samosas for the night, 60 of them, they're in my freezer and Hamza will drop them at the hall that morning.

Zainab""")

# O10 volunteer can't come because her mother is ill
c.add("other", subject="sorry - saturday", sender=P("Chloe", "Munro"),
      tags=B + ("phone-typed",),
      body="""hi jamie so sorry but i cant do the stall on saturday after all, my mum's not been well and i'm going through to Falkirk to stay with her for a few days. hopefully back for the one after. really sorry x

Sent from my Samsung Galaxy smartphone.""")

# O11 gossip about a selection
c.add("other", subject="You'll never guess", sender=P("Linda", "Reid"),
      tags=B + ("gossip", "selection"),
      body="""Jamie - just bumped into Lynsey's mum in Morrisons and she says Lynsey's definitely going for the Holyrood list selection as well as the council! Ambitious girl. Her mum's thrilled, she was telling the whole checkout queue. Don't say I told you 🤫 L""")

# O12 thank-you note from a retiring councillor's wife
c.add("other", subject="Thank you from Eddie and me", sender=P("Margaret", "Hendry"), fmt="alt",
      tags=B + ("thanks",),
      body="""Dear Jamie and everyone at Kelvin North,

Eddie has asked me to write because he says he'd only get emotional and ramble.

Thank you so much for Saturday night. After twenty-four years on the council he was dreading a fuss, and instead it was the nicest night we've had in years. The photo album Moira put together made him cry (don't tell him I told you). Our granddaughters haven't stopped talking about the ceilidh.

He says to tell Anne and Kezia that he's only a phone call away if they need him, and to tell the rest of you that he's available for leafleting "but not up any more than three flights of stairs".

With love and thanks,
Margaret Hendry""")

# ===================================================================== data-protection (5)

# D1 remove my late husband from your list
c.add("data-protection", subject="Alexander Paton", sender=P("Helen", "Paton"),
      tags=B + ("dp-no-legal-words", "bereavement"),
      body="""Dear Sir or Madam,

My husband Alexander Paton died in August. Letters from the Labour Party are still coming to the house addressed to him, and someone phoned last week asking for him, which was very upsetting.

Please remove him from all your lists.

Helen Paton (Mrs)
14 Ashgill Road""")

# D2 mother with dementia being phoned
c.add("data-protection", subject="Please stop phoning my mother", sender=P("Fiona", "Strachan"),
      tags=B + ("dp-no-legal-words", "carer"),
      body="""Hello,

My mother, Mrs Catherine Dunn, is 88 and has dementia. Three times this month she has had phone calls from Labour volunteers asking how she intends to vote. She doesn't understand who they are, she gets confused and distressed, and the last time she gave them her bank card details thinking it was the bank (they didn't take them, I know, but it shows you the state she gets into).

She has not been a member for at least ten years. I don't know how you still have her landline number.

Please take her number off whatever list it is on, and please confirm to me by email that you have done so. I have power of attorney for her if you need to see it.

Fiona Strachan""")

# D3 my email about my son was forwarded to the whole branch list
c.add("data-protection", subject="Why did my email go to the whole branch??", sender=P("Denise", "McGuire"),
      tags=B + ("dp-no-legal-words", "angry", "breach"),
      body="""Jamie,

I wrote privately to Stuart Lennox, our branch secretary, asking if the branch could help me get an appointment with the councillor about my son's disability assessment. I put in details about Ryan's autism and his PIP claim because Stuart asked for "background".

This morning I got it back - Stuart has forwarded the whole thing, my email and all, to the Firpark branch mailing list with "can anyone help with this?" on top. That's about 150 people. Some of them are my neighbours. Ryan is 19 and he's mortified.

I want to know what you're going to do about it. Can it be deleted off people's emails? And how do I stop this happening again?

Denise McGuire""")

# D4 subject access on behalf of father (LPA)
c.add("data-protection", subject="Request for information held about my father", sender=P("Richard", "Ogilvie"),
      tags=B + ("subject-access", "carer"),
      body="""Dear Data Protection Officer,

I hold a registered Lasting Power of Attorney (property and financial affairs, and health and welfare) for my father, Mr James Ogilvie, of Drumlaw Crescent. My father was a party member until 2019.

Acting on his behalf, I request a copy of all personal information the CLP holds about him, including any canvassing or voter-intention records and any notes made by volunteers. I would also like to know who it has been shared with.

I can supply a certified copy of the LPA on request.

Yours faithfully,
Richard Ogilvie""")

# D5 daughter's number on a WhatsApp group
c.add("data-protection", subject="My daughter's phone number", sender=P("Agnieszka", "Nowak"),
      tags=B + ("dp-no-legal-words", "non-native", "breach"),
      body="""Hello

My daughter Zuzanna is 16, she help one time with leaflets in summer with her school friend. Now she is added to a whatsapp group "Kelvin North Campaigners" with 80 adult people she don't know and they see her number. Nobody ask her or me. Who give her number? Please remove her from this group and delete her number. She don't want more messages.

Thank you
A. Nowak""")

# ===================================================================== urgent (5)

# U1 key-holder in hospital before tonight's GC
c.add("urgent", subject="Keys for tonight - Ella's in hospital", sender=P("Martin", "Devlin"),
      tags=B + ("hospital",),
      body="""Jamie - Ella Brodie was taken into the Royal this morning (suspected appendix, she's OK, her son texted me). She has the only set of keys for the church hall and the GC is at 7 tonight.

The janitor, Mr Gault, has a spare but he finishes at 5. Can you or somebody get round to the hall office before 5 to pick them up? I'm at work in Paisley till 6 and can't get there. If nobody can, we need to tell people the meeting's off before they leave home.

Martin
07700 900 231""")

# U2 funeral tomorrow; wreath order by 4pm
c.add("urgent", subject="Wreath for Jessie's funeral - florist needs order by 4pm", sender=P("Val", "Fitzsimmons"),
      tags=B + ("bereavement",),
      body="""Jamie

I know the family said donations instead of flowers but her niece phoned me this morning and said Jessie would have loved a red rose wreath from the party on the coffin, and could we do one. Funeral is tomorrow at 11.

Blooms on Maryhill Road can do it but they need the order and payment by 4pm TODAY. It's £65. Can the CLP pay or do I just put it on my card and claim it back? And what do you want on the card - "From all your comrades in Kelvin North Labour"?

Need to know in the next couple of hours please.

Val""")

# U3 tonight's speaker pulled out - son ill
c.add("urgent", subject="Tonight - speaker can't come", sender=P("Joanne", "Mackie"),
      tags=B,
      body="""Jamie,

Just had a call from Pauline Drever - her wee boy has been sent home from nursery with a temperature and her partner's away, so she can't come to speak at tonight's political education session on the housing bill.

Could you email the members who signed up and let them know it's now an open discussion instead? Or do you think we should cancel? Starts at 7 so we'd need to tell them by about 5.

Jo""")

# U4 journalist press deadline 3pm today about a candidate's past
c.add("urgent", also=["query"], subject="Press enquiry - deadline 3pm today - Lynsey Corrigan", sender=("Gillian Orr", "gillian.orr@scottishdailyrecord-example.co.uk"),
      tags=B + ("journalist", "press-deadline"),
      body="""Hi Jamie,

Gillian Orr from the Daily Record here. We're running a piece tomorrow about a number of social media posts by Lynsey Corrigan, your candidate in the Lochburn by-election, dating from 2014-2016, in which she criticised the then Labour leadership in fairly colourful terms.

We'd like to offer the CLP or the candidate the opportunity to comment. Our deadline is 3pm today. I can be reached on 07700 900 677.

Thanks,
Gillian""")

# U5 nomination papers close tomorrow noon; nominee in hospital
c.add("urgent", also=["procedural"], subject="Nomination papers - Jim is in hospital", sender=P("Anne", "Lafferty"),
      tags=B + ("hospital", "nomination"),
      body="""Jamie, help!

The nomination papers for the Keppoch by-election candidate close tomorrow at noon at the City Chambers and Jim Boyle, who's one of our ten assenters, was rushed into hospital last night with chest pains. The returning officer's staff checked the paper informally today and said Jim's electoral number was written wrong, so we need a fresh form with all ten signatures again, and we were doing that tonight.

Can his wife take the new form to him in the Royal this evening and get him to sign it there, or does somebody from the party have to be with him? And if we can't get him, can we swap in another assenter this late?

Anne""")

# ===================================================================== safety (6)

# S1 veiled: the chair's daughter
c.add("safety", subject="your chair", sender=P("Gordon", "Baxter"),
      tags=("veiled", "implicit", "family", "third-person-menace"),
      body="""Mr Rennie,

I've written to Margaret Kinnaird four times about the closure of the day centre and she hasn't had the decency to answer once.

She'll maybe answer now. Lovely girl, her daughter. Blue St Roch's blazer, gets off the 61 at the top of Keppoch Hill Road at twenty past eight every morning, walks the last bit on her own. You'd think a mother would want to keep people happy, the times we're living in.

Pass that on.

G. Baxter""")

# S2 third-party report: "he'd sort him out"
c.add("safety", subject="Something I heard in the pub about Cllr Boyce's husband", sender=P("Kevin", "Doran"),
      tags=("third-party-report", "implicit", "third-person-menace"),
      body="""Jamie,

I wasn't sure whether to send this or not but my wife said I should.

I was in the Station Bar on Saturday watching the football. There's a guy who drinks in there, calls himself Tam, fifties, big, always in a Rangers top, who's been going on for weeks about the bin strike and the councillors. On Saturday he'd had a few and he was saying Anne Boyce's man Robert is the one "whispering in her ear" about the depot closure, and that he knows Robert walks the dog in Ruchill Park every night, and he and a couple of his mates were going to "go and sort him out, make sure he gets the message". People laughed but he didn't.

I don't know his second name. I can describe him. I don't know if it's drink talking but I'd rather somebody told Anne and Robert and maybe the police than not.

Kevin Doran""")

# S3 asking for treasurer's home address with hostile reason
c.add("safety", subject="Address for Derek", sender=P("Stevie", "Lang"),
      tags=("implicit", "doxxing", "third-person-menace"),
      body="""need Derek Gunn's home address. he's blocked my number and he's not answering emails about my expenses so I'll go and see him at his house. he can't hide behind the committee at his own front door. he'll not like it but he'll listen.

S""")

# S4 wish-harm while denying a threat (contrast with hospital news)
c.add("safety", subject="Re: Card for Big Davie", sender=P("Alan", "Purdie"),
      tags=("wish-harm", "quoted", "list", "third-person-menace"),
      headers=c.list_headers("KN-members", domain="groups.kelvinnorthlabour.org"),
      body=c.quote_reply(
          """I'll not be signing it. I'm not threatening the man, before anybody starts, but after what he did to my brother at that disciplinary I hope he never comes out of the Royal. If he fell down another flight of stairs I'd not shed a tear and neither would half this branch, whatever they tell you.""",
          """Hi Jamie!! Davie Sneddon is in the Royal after his fall (broken hip but he's in good spirits). I've got a card going round, I'll bring it to the GC on Thursday so folk can sign it. Gem x""",
          quoted_from="Gemma Rooney <gemma.rooney@gmail.com>", style="gmail"))

# S5 webform: tell your women's officer I know her bus
c.add("safety", subject="New submission: Get in touch", sender=c.form_robot(),
      reply_to="noreply.kn@protonmail.com",
      tags=("webform", "implicit", "veiled", "following", "third-person-menace"),
      body=c.webform({
          "Name": "a member",
          "Email": "noreply.kn@protonmail.com",
          "Subject": "Women's officer",
          "Message": "Tell Alison Reay she should keep her opinions for her own meetings. I know she gets the 57 from Maryhill Road on a Thursday after the GC and sits at the back upstairs. Somebody's been sitting a few rows behind her for a few weeks now. She might want to start getting a taxi.",
      }, form="Get in touch"))

# S6 harassment campaign report from councillor's office
c.add("safety", subject="Cllr Boyce - ongoing harassment, need advice", sender=("Kezia Owusu", "kezia.owusu@glasgowcouncil-example.gov.uk"),
      tags=("harassment", "third-party-report", "stalking", "third-person-menace"),
      body="""Dear Jamie,

I'm writing on behalf of Cllr Anne Boyce, who has asked me to let the CLP officers know what has been happening, because she thinks it may be connected to party members and she wants advice on next steps.

Since the depot vote in September:
- Anne has received around forty emails and letters from the same two or three people, some to the council office and, since mid-October, some hand-delivered to her home address, which is not published anywhere.
- On three occasions a man has stood across the road from her house in the evening filming the front of the house on his phone. Her neighbour took a photo of him on the last occasion.
- A Facebook page called "Boyce Out" has posted pictures of her car with the registration visible and a comment asking "anybody know what time she leaves in the morning?"
- Last Friday a note was left under her windscreen wiper that said "we know you're on your own at night now".

Anne has reported the note and the filming to Police Scotland (reference PS-20261102-0471). She is frightened but wants to keep doing her surgeries. She'd like to know whether the party can help with security advice and whether any of the people involved are members.

Could you call me on 0141 496 0912?

Kezia Owusu
Caseworker to the Lochburn & Summerlee Labour councillors""")

c.write()
