"""train/uh3: persistence, fixation and stalking, part 3 (Harrowden & Meare CLP, a Somerset
Levels market town and its moor villages). All content hand-written.

Secretary Owen Pask lives in a half-renovated chapel house at Stoke Harrow with his two boys and
a spaniel. Persistent but harmless: Colin Dibble and the uncleared rhyne on Mudford Moor,
Valerie Kenny and a double-charged subscription, Reg Sealy the widower and his allotment (who
praises Owen's boys at the fete), Stuart Veale and the 20mph zone, Dr Miriam Tovey and her sewage
motion, a podcaster chasing the candidate, an ex-member's subject access request. Safety: Shaun
Tilley's fixation on the women's officer Fern Coombes (her shifts, her car, gifts on the
windscreen, entitlement, the hospital, a list post asking for her address); Geraint Moss's
fixation on the prospective candidate Kirsty Amos (her school run, her boys at Scouts, photos of
her house, the back way in, the front row); a drip of small messages to Owen about his house,
his boys' walk to the bus and his dog, and a neighbour's report of a man in the lay-by; reports
of a canvasser followed, framed photos left at a councillor's door, a man in the pub showing
photos of Owen's house.
40 non-threats (10 complaint, 6 query, 5 procedural, 3 urgent, 5 data-protection, 9 other,
2 bulk) and 20 safety."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "uh3", seed=7003)
c.clp = ("Harrowden & Meare CLP", "Owen Pask", "clp.secretary@harrowdenmeare-labour.org.uk")
P = c.person
D = c.date
SEC = "Owen Pask <clp.secretary@harrowdenmeare-labour.org.uk>"

COLIN = ("Colin Dibble", "colin.dibble@btinternet.com")
VAL = ("Valerie Kenny", "val.kenny58@gmail.com")
REG = ("Reg Sealy", "regsealy@talktalk.net")
STUART = ("Stuart Veale", "stuartveale@me.com")
MIRIAM = ("Dr Miriam Tovey", "miriam.tovey@outlook.com")
SHAUN = ("Shaun Tilley", "shaun.tilley82@gmail.com")
GERAINT = ("Geraint Moss", "geraint.moss@hotmail.co.uk")

# ============================================================ Colin Dibble and the rhyne

c.add("complaint", subject="Mudford Moor - North Drove rhyne not cleared", sender=COLIN, date=D(170),
      tags=("persistent",),
      body="""Owen,

The rhyne along North Drove on Mudford Moor has not been cleared this year. It is choked solid with reed and duckweed from the pumping station to the Kenwick road. Last winter the water came within a foot of my back door and that was with it half clear.

Can the CLP or one of our councillors find out whether the drainage board has it on its list, and when? I have asked the board and had no answer.

Colin Dibble
Moor End Farm, Mudford""")

c.add("complaint", subject="Re: North Drove rhyne", sender=COLIN, date=D(156),
      tags=("persistent", "quoted"),
      body=c.quote_reply(
          """Owen, thank you, but "Tess will ask" was a fortnight ago and nobody has been near. The reed is now over the top of the culvert by the Kenwick road. The forecast for next week is wet. I'd like to know who I should be shouting at, if it isn't you.

Colin""",
          """Hi Colin,

Thanks for this. I've passed it to Cllr Hembury who will ask the drainage board about the clearance programme. I'll let you know what she hears.

Owen""", quoted_from=SEC, style="gmail"))

c.add("complaint", subject="The Levels are being left to drown", sender=COLIN, date=D(141), fmt="alt",
      tags=("persistent", "hard-negative", "angry", "metaphor", "long"),
      body="""Dear Owen,

I'm sorry to write again and at such length, but I have now been asking about the North Drove rhyne for a month and I think it's time somebody in the party understood what this means for the people who live out here, because I don't believe anyone in Harrowden does.

My family has farmed at Moor End since 1911. My grandfather dug half the rhynes on this side of the moor with a spade and a horse, and every autumn, without fail, somebody cleared them: first the parish, then the river board, then the drainage board. Whatever you think of the old system it worked, because the men who did it lived here and knew that if the North Drove silted up, the whole of the lower moor went under by January.

Now it's a contractor from Bridgwater who comes when the spreadsheet says so, and this year the spreadsheet apparently says not at all. I rang the board. I was told the "maintenance regime has been reviewed in line with budget constraints". I asked what that meant. The young man said he'd "have to get back to me". He didn't.

Here's what it means. The North Drove takes the water off about four hundred acres. If it can't drain into the main rhyne, it backs up into the field drains, then the fields, then the droves, and then it comes across the road and into the houses on the Kenwick side. There are eleven houses on that stretch. Four of them have old people living alone. In 2014 the army had to get Mrs Popham out of number 6 in a boat, and she never really came home after.

The Environment Agency and the board between them are killing the Levels by inches. It's death by a thousand budget reviews. Nobody decides to flood a village. It just happens, one uncleared ditch at a time, and then everyone stands around in wellies saying it was "an exceptional weather event".

And I'll be honest with you, Owen, I'm not only angry with the board. I'm angry with us. We had a Labour candidate out here in the spring with a clipboard telling me that rural communities "matter to Labour". Kirsty, nice woman, she drank my tea and looked at the rhyne and said she'd "take it up". Since then I've written to her twice and to you four times, and Tess has said she'll ask, and I have had nothing I could show my neighbours and say: look, the party I've voted for all my life did something.

What I'm asking for isn't complicated:

1. Find out from the board, in writing, whether the North Drove is on this year's clearance list, and if it isn't, why not.
2. Ask Kirsty, as our candidate, to write to the board and to the EA publicly, so it's on the record.
3. Put the state of the moor drainage on the agenda of the next branch meeting in Meare, so the members out here can talk about it.

If none of that happens, I'll be at the hustings at the Corn Exchange to have my say in front of everybody, and I'll be bringing a bucket of the water from my back field to put on the table. People round here will remember who came out with a clipboard and who came out with a digger.

I'm not trying to be difficult. I'm 74 and I'm tired and I'd like to stop writing these letters.

With regards,
Colin Dibble
Moor End Farm, Mudford Moor""")

c.add("bulk", subject="Auto-reply: Re: North Drove", sender=COLIN, date=D(138),
      headers=c.autoreply_headers("rfc3834"), tags=("persistent", "auto-reply"),
      body="""Thank you for your email. I am away at my daughter's in Exeter until the 20th and not checking my emails very often. If it is about the sheep please ring Dave on 07700 900 143.

Colin Dibble""")

c.add("complaint", subject="water's up", sender=COLIN, date=D(112),
      tags=("persistent", "hard-negative", "angry"),
      body="""Owen - water's over North Drove this morning and into the Kenwick road. Board came out yesterday at last and cleared 200 yards of it and went home. I've stopped asking politely. Colin""")

# ============================================================ Valerie Kenny and the subscription

c.add("query", subject="Charged twice for my membership?", sender=VAL, date=D(125),
      tags=("persistent",),
      body="""Hello Owen,

I've just noticed on my bank statement that the Labour Party has taken my annual subscription twice this month, £57.60 on the 1st and again on the 4th. I changed from monthly to annual in the summer and I wonder if the old one wasn't cancelled.

Who do I talk to about getting one of them back? Is it you or the national party?

Many thanks,
Valerie Kenny (Lydcombe)""")

c.add("query", subject="Re: Charged twice for my membership?", sender=VAL, date=D(104),
      tags=("persistent", "quoted"),
      body=c.quote_reply(
          """Thank you Owen. I did ring the number, twice. The first time I was cut off after 25 minutes. The second time a nice young man said he could see both payments and would "raise a refund request" but couldn't tell me how long it would take. That was three weeks ago.

Is there anyone at the regional office who could chase it, or is there a form? I'm a pensioner and £57 is not nothing to me.

Val""",
          """Dear Valerie,

Sorry to hear about this. Subscriptions are handled by the national membership team, not by the CLP, so the best thing is to ring them on the membership helpline; they can see the payments and arrange a refund.

Best wishes,
Owen""", quoted_from=SEC, style="bottom"))

c.add("complaint", also=["query"], subject="Still no refund - two months", sender=VAL, date=D(78),
      tags=("persistent", "confuser", "complaint-as-query"),
      body="""Owen,

I hate to keep bothering you but it's now two months since I was charged twice and I still haven't had my £57.60 back. I've now rung three times and emailed the membership address twice. Nobody can tell me anything.

I've been a member for thirty years and I've never asked the party for a penny. I'm starting to feel quite cross about it, honestly. If a shop did this I'd go to trading standards.

Is there really nobody in the party who can just sort this out? Who is actually responsible?

Valerie""")

c.add("other", subject="refund!", sender=VAL, date=D(50),
      tags=("persistent",),
      body="""Owen, the money came back this morning! I don't know who you spoke to but thank you. I've put £10 of it in the fighting fund tin at the branch to say sorry for all the moaning. Val x""")

# ============================================================ Reg Sealy

c.add("other", subject="marrows and the fete", sender=REG, date=D(150),
      tags=("persistent", "hard-negative", "confuser", "benign-familiarity", "children-benign"),
      body="""Dear Owen,

Well we had a grand day for the fete didn't we. I don't think I've known it so warm for the end of August since the year of the drought, '76, when my Joan won the Victoria sponge and never let me forget it.

I was very pleased with second in the marrows. The chap from Meare St Giles who won has some sort of secret with his compost and won't say what it is. I suspect horse muck from the riding school but I can't prove it.

Your lads were a credit to you, Owen. The little one ran off with the coconut from the shy and your eldest took it back to the stall without anybody telling him, which I thought was a fine thing to see. Joan would have given him a fifty pence for that. I gave him one of my runner beans instead and he looked at it very politely.

I'll see you at the branch on the 9th if my knee lets me.

Reg""")

c.add("other", subject="a few lines", sender=REG, date=D(118),
      tags=("persistent", "confuser", "benign-familiarity"),
      body="""Owen

Sorry to trouble you again. Only I saw you outside the Co-op in Harrowden on Saturday with the spaniel and you looked done in. I know it's the selection business and the boys and that house of yours with the roof off. Don't let them grind you down. In my day the secretary used to take August off and the party didn't fall over.

Allotment's finishing now. Onions are up and drying in the shed. If you want some, say, there's more than a man on his own can eat.

Reg""")

c.add("other", subject="Remembrance", sender=REG, date=D(22), fmt="html",
      tags=("persistent", "html-only"),
      body="""Dear Owen,

Thank you for giving me a lift to the cenotaph on Sunday and for standing with me. I don't like to ask but my legs aren't what they were, and it meant a lot to lay the wreath for the branch again. I've done it every year since 1979 and I was frightened this would be the first year I couldn't.

Your boy held the wreath beautifully. Joan would have liked that.

I've written to you a great many times this year and you've always answered. I know you're busy. I hope you know it matters to an old man.

Reg Sealy""")

c.add("procedural", subject="apologies GC", sender=REG, date=D(92),
      tags=("persistent",),
      body="""Owen, apologies for the GC on Thursday please, it's my hospital appointment. I did read the papers. I support the motion on the bus pass. Reg (Lydcombe delegate)""")

# ============================================================ Pauline

c.add("other", subject="lovely to see you at the carnival", sender=("Pauline Gurney", "pauline.gurney@gmail.com"), date=D(100),
      tags=("persistent", "confuser", "benign-familiarity"),
      body="""Hiya Owen,

Lovely to see you and the boys at the carnival on Friday night. Weren't the lights good this year! The Meare young farmers' float nearly took out the bunting outside the Crown, did you see?

You looked shattered though love. Are you sleeping? I know how it is with the house and the party and everything on your own.

Anyway, thanks for all you do. I'll bring you a lasagne round one evening, save you cooking.

Pauline
(Harrowden North)""")

# ============================================================ Stuart Veale and the 20mph

c.add("complaint", subject="20mph - AGAIN", sender=STUART, date=D(140),
      tags=("persistent", "hard-negative", "angry"),
      body="""Owen,

Still no answer to my last three emails about the 20mph zone through Harrowden town centre, which our own councillor, Barry Nation, voted for.

It takes me eleven minutes to get from the Corn Exchange to the bypass now. It used to take four. The deliveries to my shop are late every day. And now they're talking about extending it out to Stoke Harrow.

I'd like to know where the CLP stands on it. Yes or no.

Stuart Veale
Veale's Hardware, Fore Street""")

c.add("complaint", subject="political suicide", sender=STUART, date=D(96),
      tags=("persistent", "hard-negative", "metaphor", "sarcastic"),
      body="""Owen,

Congratulations. The 20mph extension to Stoke Harrow went through last night with Labour votes. I'm sure the eleven people who asked for it are delighted.

You do understand that this is political suicide in a seat like this? The Lib Dems will be delivering leaflets about it within the week, and I'll be handing them out for them, I shouldn't wonder. Actually no I won't, I'll just keep writing to you instead, it's cheaper.

Fourth time of asking: what is the CLP's position?

Stuart""")

c.add("other", subject="christmas", sender=STUART, date=D(5),
      tags=("persistent",),
      body="""Owen

I know I've been a pain in the neck about the 20mph this year. I still think it's daft. But you always wrote back, which is more than the council did, and I heard from Barry that you've not had an easy year.

I've dropped a card and a tenner for the fighting fund in at the Corn Exchange office. Happy Christmas to you and your boys.

Stuart""")

# ============================================================ Miriam Tovey, procedure

c.add("procedural", subject="Motion on water company sewage discharges - January GC", sender=MIRIAM, date=D(60),
      tags=("persistent",),
      body="""Dear Owen,

Further to my emails of 3rd and 17th October (to which I have not yet had an acknowledgement), I now formally submit the following motion on behalf of Meare St Giles branch for the January General Committee.

SEWAGE DISCHARGES INTO THE RIVER BRUE AND THE LEVELS

This GC notes:
1. that storm overflows in this constituency discharged untreated sewage for more than 4,000 hours last year;
2. that the River Brue at Harrowden Bridge failed its bathing and ecological standards.

This GC resolves:
1. to ask the PPC to make clean rivers a campaign priority;
2. to write to the regional water company asking for a timetable for overflow upgrades at Harrowden, Lydcombe and Meare;
3. to submit a version of this motion to regional conference.

Proposer: Dr M. Tovey. Seconder: F. Coombes. Carried at Meare St Giles branch, 2nd November, unanimously.

Please confirm receipt.

Dr Miriam Tovey
Secretary, Meare St Giles branch""")

c.add("procedural", also=["complaint"], subject="Compositing - why was I not consulted?", sender=MIRIAM, date=D(31),
      tags=("persistent", "hard-negative", "angry"),
      body="""Owen,

I have just seen the draft GC agenda. My branch's sewage motion has been "composited" with Harrowden North's motion on the Brue footpath, and the composite text drops both of our resolutions on the water company.

Nobody asked me. Under Standing Order 10, movers must be consulted and must agree to a composite. I did not agree. I was not asked.

I'd like the original motion restored to the agenda, please, and I'd like an explanation. I'll raise it on a point of order if necessary.

Miriam""")

c.add("procedural", subject="Branch AGM returns - Meare St Giles (sent again)", sender=MIRIAM, date=D(14),
      tags=("persistent",),
      body="""Owen - third attempt at sending these, as you said the previous attachment wouldn't open.

Meare St Giles branch AGM, 9 November, 14 present. Officers elected:
Chair: Pete Hobhouse
Secretary: Miriam Tovey
Treasurer: Ann Clapp
Women's Officer: Fern Coombes
GC delegates: Miriam Tovey, Pete Hobhouse, Fern Coombes, Reg Sealy

Please update the CLP records. Miriam""")

c.add("procedural", subject="Re: Harrowden North nominations - resubmitted", sender=("Denise Bartlett", "denise.bartlett@hotmail.co.uk"), date=D(40),
      tags=("persistent", "quoted"),
      body=c.quote_reply(
          """Owen, resubmitting with the correct form this time (I'd used last year's). Same names. Please confirm they're now in. Denise""",
          """Hi Denise, thanks for these, but the nomination forms need to be the 2026 version with the member numbers, could you resend?""",
          quoted_from=SEC, style="gmail"))

# ============================================================ the podcaster

c.add("query", subject="Interview request - Kirsty Amos (Westcountry Eye podcast)", sender=("Jonty Fairweather", "jonty@westcountryeye.example.co.uk"), date=D(70),
      tags=("persistent",),
      body="""Hi Owen,

Jonty from Westcountry Eye, the politics podcast (17k listeners across Somerset and Devon). I've emailed Kirsty's campaign address twice without a reply so thought I'd try the CLP.

We're doing a series on the new generation of candidates in rural seats and would love 30 minutes with her. We record in Wells or remotely. Any chance?

Cheers,
Jonty""")

c.add("urgent", subject="Westcountry Eye - need Kirsty's response by 4pm today", sender=("Jonty Fairweather", "jonty@westcountryeye.example.co.uk"), date=D(63),
      tags=("persistent",),
      body="""Owen, sorry to chase again. Change of plan: rather than the interview, we're running an episode tonight about the Harrowden selection row, and the Lib Dem candidate has given us a quote saying Kirsty was "parachuted in". We'd like to give her a right of reply, even just a written line, but I need it by 4pm today as we publish at 6. Jonty""")

c.add("other", subject="thanks from Westcountry Eye", sender=("Jonty Fairweather", "jonty@westcountryeye.example.co.uk"), date=D(55),
      tags=("persistent",),
      body="""Owen, thanks for getting Kirsty's line over in time, and she was brilliant on the follow-up interview on Tuesday. Best-performing episode we've had since the flooding special. I owe you a pint in the Crown. Jonty""")

# ============================================================ other queries

c.add("query", subject="Which branch - Kenwick", sender=("Hodan Warsame", "hodan.warsame@gmail.com"), date=D(88),
      tags=("persistent", "non-native"),
      body="""Salaam Owen,

I write before in September but maybe you did not see. I am new member, I live in Kenwick, in the new houses near the school. I want to come to meetings and help, maybe translate for Somali families, there is around 30 families now in Kenwick and Harrowden.

Which branch is Kenwick, and when is the meeting? I work in the care home, shifts, so I need to know some days before.

Thank you,
Hodan""")

c.add("query", subject="assistance dog at the Corn Exchange", sender=("Martin Lovell", "martin.lovell@sky.com"), date=D(45),
      tags=("persistent",),
      body="""Owen, I asked this at the last two branch meetings and nobody seemed sure, so I'm putting it in writing. Can I bring my assistance dog, Maisie, to the GC at the Corn Exchange? The caretaker told me last year "no dogs", and I'd rather not have that conversation at the door again. Thanks, Martin""")

c.add("query", subject="Kirsty street surgery - when?", sender=("Liam Gillard", "liamgillard@outlook.com"), date=D(20),
      tags=("persistent",),
      body="""hi, asked on Kirsty's facebook twice and no answer so trying here - when is her next street surgery in Lydcombe? want to ask her about the school buses. cheers Liam""")

# ============================================================ other complaints

c.add("complaint", subject="PPC selection - third letter", sender=("Christine Vowles", "christine.vowles@btinternet.com"), date=D(110),
      tags=("persistent", "hard-negative", "angry"),
      body="""Dear Mr Pask,

This is the third time I have written about the PPC selection. My two previous letters asked how many members' nominations each shortlisted candidate received and why the local candidate, Sunil Rao, was not shortlisted. I have had no reply beyond an acknowledgement.

I understand the NEC ran the process. That does not mean the CLP can't tell its own members what happened. I am writing to the General Secretary today, and I will keep writing until somebody answers.

Christine Vowles""")

c.add("complaint", subject="meeting times (3rd time of asking)", sender=("Nicola Durston", "nicola.durston@gmail.com"), date=D(74),
      tags=("persistent",),
      body="""Hi Owen,

Third email about this, and I'll keep it short. Every branch and GC meeting is at 7pm on a weekday. I'm a single parent and a carer for my dad. I cannot come, ever. I've asked if one meeting a quarter could be on a Saturday morning or online, and nobody has answered.

I'm not being awkward. It just feels like the party only wants people who've got evenings free.

Nicola""")

c.add("complaint", subject="bus shelter Fore Street - nobody answers", sender=("Terry Hooper", "terryhooper@aol.com"), date=D(35),
      tags=("persistent", "noisy"),
      body="""OWEN

5 TIMES I have emailed Cllr Nation about the bus shelter on fore st that got smashed in august, glass all over, the old people have to stand in the rain. 5 times. not one reply. not ONE. i know he reads them because he liked my post on facebook about his dog. a LIKE. on his DOG.

is he our councillor or not. can you get him to answer me

Terry""")

# ============================================================ urgent

c.add("urgent", subject="HUSTINGS TONIGHT - Baptist hall flooded", sender=("Mo Adebayo", "mo.adebayo.agent@harrowdenmeare-labour.org.uk"), date=D(85),
      tags=("persistent",),
      body="""Owen - third email today, ring me if you see this first.

Baptist hall's flooded (burst pipe, not the moor for once) and the minister says nobody's getting in tonight. Hustings starts 7.30. Three candidates, Churches Together chairing, about 120 people expected.

Corn Exchange can do it from 7 if the CLP pays the £180 and somebody with a key is there from 6. Can you authorise the money and can you or Gordon do the key? I need to tell Churches Together by 1pm so they can put it out on the Facebook page and tape a notice on the Baptist door.

Mo""")

c.add("urgent", subject="Bank mandate - your signature needed by noon TOMORROW", sender=("Gordon Yeo", "gordon.yeo@harrowdenmeare-labour.org.uk"), date=D(28),
      tags=("persistent",),
      body="""Owen,

Fourth reminder, I'm afraid. The bank has written again: unless the new mandate form has both remaining signatories' signatures (yours and Alison's) by noon tomorrow, they'll restrict the account "pending verification of authorised signatories". That means the printer's invoice and the Corn Exchange booking both bounce.

Alison's signed. I'll be at the Fore Street branch at 9.30 tomorrow. Can you meet me there, or shall I bring it to you tonight?

Gordon""")

# ============================================================ data protection

c.add("data-protection", subject="Subject access request", sender=("Nigel Pound", "nigel.pound@protonmail.com"), date=D(95),
      tags=("persistent", "hard-negative", "legal-threat"),
      body="""Dear Sir,

I hereby request under the Data Protection Act 2018 and the UK GDPR copies of all personal data held about me by Harrowden & Meare CLP, its officers and branches, including all correspondence between officers in which I am mentioned by name or by implication, from January 2024 to date.

I was a member until March. I have reason to believe my name was discussed in emails among officers in connection with my leaving the party, and I am entitled to see them.

Please acknowledge receipt.

N. Pound""")

c.add("data-protection", subject="SAR - overdue", sender=("Nigel Pound", "nigel.pound@protonmail.com"), date=D(57),
      tags=("persistent", "hard-negative", "legal-threat"),
      body="""Mr Pask,

My request of the 28th is now overdue. I have had an acknowledgement and nothing else. I am giving you seven days before I refer it to the ICO. I will also be pointing out to them that the secretary of a party which campaigns on workers' rights appears to think the law does not apply to him.

N. Pound""")

c.add("data-protection", subject="how do you have my new name?", sender=("Emma Brewer", "emma.brewer.2026@icloud.com"), date=D(47),
      tags=("persistent", "confuser", "dp-no-legal-words"),
      body="""Hi,

I emailed a few weeks ago and haven't heard anything so I'm trying again.

I got married in June and changed my name. I've told my bank, the GP and the council. I haven't told the Labour Party, because I've never had anything to do with the Labour Party. Yesterday I got a leaflet addressed to "Mrs Emma Brewer" at our new address, with a handwritten note from someone called Kirsty.

How do you have my new name and new address? Who gave it to you? I'd quite like to know, and I'd like it taken off whatever you've got, please.

Emma""")

c.add("data-protection", subject="my late mother - please remove (third request)", sender=("Diane Clapp", "diane.clapp@outlook.com"), date=D(37),
      tags=("persistent", "confuser", "dp-no-legal-words"),
      body="""Dear Owen,

I am sorry to write about this a third time. My mother, Margaret Clapp of Lydcombe, died in April. I have written twice asking for her to be taken off the party's lists. The branch newsletter is still coming, addressed to her, and last week a volunteer rang the house and asked for her.

My father is 88 and it upsets him every time. Please could her name be removed from everything, and could someone confirm it's been done.

Diane Clapp""")

c.add("data-protection", subject="My address in the minutes on Facebook", sender=("Pete Hobhouse", "pete.hobhouse@gmail.com"), date=D(11),
      tags=("persistent", "confuser", "dp-no-legal-words"),
      body="""Owen,

I mentioned this at the branch, and on the phone to Alison, and I'm now putting it in an email. The minutes of the Meare St Giles AGM have been posted on the branch Facebook page, and they include my home address and phone number (as the contact for the room booking). The page is public.

Please can they be taken down and re-posted without personal details. It's been up eight days now.

Pete""")

# ============================================================ other

c.add("other", subject="another bit of Harrowden history", sender=("Bernard Tuckett", "b.tuckett@virginmedia.com"), date=D(82),
      tags=("persistent",),
      body="""Dear Owen,

Another instalment for you, since you were kind enough to say you enjoyed the last one.

This week: the Harrowden Co-operative Society, founded 1871 in the back room of the Crown by eleven men from the tannery and, unusually for the time, three women, one of whom was my great-great-aunt Susannah. By 1900 it had a bakery, a coal yard and a drapery on Fore Street, where Veale's Hardware now is. The Society's minute books record that in 1926 it gave credit to every striking miner's family that walked from the Radstock pits, and was nearly bankrupted as a result.

I wonder whether the CLP might one day like to put up a small plaque? I have the minute books and would lend them to anyone.

Yours, as ever,
Bernard Tuckett""")

c.add("other", subject="lost cat - Stoke Harrow - 3rd email", sender=("Jess Pople", "jess.pople@gmail.com"), date=D(16),
      tags=("persistent", "misdirected"),
      body="""Hello again, I haven't heard back but I'm still hoping someone can put this in the parish newsletter. Our cat Pickle has been missing since the 2nd, ginger tom with a white bib and a bent ear, chipped, very friendly. Last seen near the chapel on Church Lane. Please ring 07700 900 519 if seen. Thank you!! Jess""")

# ============================================================ bulk

c.add("bulk", subject="Your weekly membership report is ready", sender=("Membership Services", "no-reply@membership.example-labour.org.uk"), date=D(8),
      fmt="alt", tags=("persistent", "confuser", "robot-no-list-headers"),
      body="""Harrowden & Meare CLP: weekly membership report

New members this week: 3
Lapsed this week: 5
Members in arrears: 41
Total members: 612

Your report is available to download in the officers' area. Reports are available for 30 days.

This is an automated message. Please do not reply to this email.""")

# ============================================================ SAFETY: Shaun Tilley and Fern Coombes

c.add("safety", subject="New submission: Contact us", sender=c.form_robot(), date=D(132),
      reply_to=SHAUN, tags=("stalking", "webform", "implicit", "persistent"),
      body=c.webform({
          "Name": "Shaun Tilley",
          "Email": "shaun.tilley82@gmail.com",
          "Phone": "07700 900 284",
          "Message": """I need Fern Coombes's mobile number please. We met at the Harrowden branch in September and got on really well. Tell her it's Shaun, she'll know.

It needs to be this week. She's on lates at the community hospital Tuesday to Friday so she finishes at half nine, and I'd like to catch her after.""",
      }))

c.add("safety", subject="Fern", sender=SHAUN, date=D(124),
      tags=("stalking", "implicit", "persistent", "gift"),
      body="""Owen,

Did you pass my message on? I haven't heard.

I left a coffee and a card on her windscreen on Thursday night in the staff car park (the red Fiesta, bay 41, she always parks in the same one). A proper card, not just a note. She drove home without even looking at it, it was still under the wiper at the roundabout.

I'll try again this week. Please tell her it was from me.

Shaun""")

c.add("safety", subject="Re: Fern", sender=SHAUN, date=D(117),
      tags=("stalking", "quoted", "persistent", "escalation"),
      body=c.quote_reply(
          """With respect Owen, she's an officer of this party. The women's officer. It says on the website her job is to be available to members. I'm a member. So she doesn't get to pick and choose, does she.

I'm not "making her uncomfortable", that's your word, not hers. She's never said that to me. She can tell me herself. Until she does, I'll keep trying.""",
          """Shaun,

Fern has asked me to tell you that she does not want to be contacted by you, and she'd like you to stop leaving things on her car and waiting for her at work. Please respect that. Branch business can come to me.

Owen""", quoted_from=SEC, style="outlook"))

c.add("safety", subject="Fwd: text from a new number", sender=("Fern Coombes", "fern.coombes.labour@gmail.com"), date=D(108),
      tags=("stalking", "forwarded", "third-party-report", "persistent", "new-address-after-block"),
      body=c.forward(
          """Owen - this came last night from a number I don't know. I blocked his other one a month ago. I asked the ward manager to move me to earlies two weeks ago and told nobody outside work. Nobody. I don't know how he knows.

I've rung 101 again. Crime ref at the bottom. I'm going to stop coming to Harrowden branch for now.

F""",
          """You changed your shifts. Clever. Took me two days to work it out. You're on 7 till 3 now, out by 3.20, and you go the back way past the Tesco to avoid me.

I'm not angry. I just want you to stop playing games. We both know how this ends.

---
Avon & Somerset Police ref: 5226-11-0418""",
          "+44 7700 900 931 (SMS, via Messages for web)", "Text message", style="apple"))

c.add("safety", subject="Shaun T at Thursday's branch", sender=("Alison Pryde", "alison.pryde@harrowdenmeare-labour.org.uk"), date=D(102),
      tags=("stalking", "third-party-report", "following", "persistent"),
      body="""Owen,

Putting this in writing while it's fresh.

Fern came to Thursday's branch after all, for the women's forum item. Shaun came in ten minutes after she arrived and took the chair directly beside her, though there were twenty empty seats. He didn't speak, just sat very close and watched her the whole meeting. She left at the break.

He went out about thirty seconds after her. I followed. He'd walked round to the Corn Exchange car park and was standing directly behind her car, so she couldn't reverse out, with his hands in his pockets, saying "just five minutes, Fern, that's all I'm asking". She was in the car with the doors locked, crying. When I shouted he walked off towards Fore Street, quite calm, and said over his shoulder "See you next time."

I've rung the police and given them my account. I think we have to ask regional for an immediate suspension and make sure he can't walk into a meeting again. And Fern mustn't come to anything on her own.

Alison""")

c.add("safety", subject="[Harrowden Members] Fern Coombes - does anyone know", sender=("Shaun Tilley", "shaun.tilley82@gmail.com"), date=D(97),
      headers=c.list_headers("Harrowden Members", domain="lists.harrowdenmeare-labour.org.uk"),
      tags=("list", "stalking", "doxxing", "persistent", "implicit"),
      body="""Hi all,

Does anyone know if Fern Coombes is still at 4 Withy Close in Lydcombe or has she moved? She's not answering her phone and the party won't help.

I've got something of hers I need to give back to her in person. If she's still there I'll sit outside till she comes out, I've got all weekend.

Thanks
Shaun

_______________________________________________
Harrowden Members mailing list
members@lists.harrowdenmeare-labour.org.uk
https://lists.harrowdenmeare-labour.org.uk/listinfo/members""")

c.add("safety", subject="suspension letter", sender=("S", "tilley.s@outlook.com"), date=D(90),
      tags=("stalking", "conditional", "veiled", "persistent", "new-address-after-block", "escalation"),
      body="""Got your letter. Suspended. For wanting to talk to someone.

If she won't talk to me at the branch then I'll have to see her at work. Nurses can't refuse to see a patient, can they. One night I'll just walk into A&E and sit there until she comes on. She won't be able to lock the car doors in there.""")

# ============================================================ SAFETY: Geraint Moss and Kirsty Amos

c.add("safety", subject="Kirsty", sender=GERAINT, date=D(86), fmt="alt",
      tags=("stalking", "implicit", "persistent"),
      body="""Dear Owen,

I wanted to say how much I'm enjoying helping with Kirsty's campaign. I've now been to all nine of her public events since the selection, which I think might be a record!

She's a remarkable woman. I notice she wears her hair up on Tuesdays, when she does the school run on Brue Street before the coffee morning at the library, and down on Thursdays. I think she looks best with it down, and I'd like to tell her, but there are always people round her. Perhaps you could arrange for me to have a few minutes with her alone after the next event, to discuss my ideas for the campaign.

Best wishes,
Geraint""")

c.add("safety", subject="the boys", sender=GERAINT, date=D(80),
      tags=("stalking", "veiled", "implicit", "persistent"),
      body="""Owen,

Still no meeting with Kirsty. I'm beginning to wonder if she's being told things about me.

Her boys are growing up so fast. The older one has got his dad's walk, hands in his pockets. They go to Scouts on a Wednesday at the hut on Kenwick Drove, don't they, and their dad picks them up at eight but he's often late. I stood and waited with them last week, so they weren't on their own. Somebody has to look out for them.

Geraint""")

c.add("safety", subject="Fwd: envelope Geraint handed me at the hustings", sender=("Mo Adebayo", "mo.adebayo.agent@harrowdenmeare-labour.org.uk"),
      date=D(73), tags=("stalking", "forwarded", "third-party-report", "photos", "persistent"),
      body="""Owen,

After the hustings last night Geraint Moss came up to me at the door and handed me a sealed envelope "for Kirsty, personal". I opened it this morning before giving it to her, which I'm glad I did.

Six photos, printed. Kirsty's house on Withy Lane, taken at night from the field behind, with the kitchen lit. Kirsty at the kitchen sink. Her car on the drive. The boys' bikes by the back door. One of Kirsty asleep on the sofa through the front window. On the back of that one, in biro: "our home".

I haven't shown her yet. I've rung the police and they're coming to collect the envelope at 11. I've asked them to treat it as urgent. I want Kirsty to stay at her sister's tonight and I want him banned from every event. Can you call me before 11?

Mo""")

c.add("safety", subject="They are keeping me from her", sender=GERAINT, date=D(67),
      tags=("stalking", "conditional", "veiled", "persistent", "escalation"),
      body="""Owen,

I know what you've done. Mo, you, the police. You've all decided I'm the problem.

I have given more hours to Kirsty than anyone in this party. I'm the only one who understands what she's trying to do. She looked straight at me at the hustings, for a long time, and I know what that meant even if you don't.

If you keep me away from her events I'll go to the house and explain it to her myself. I know the way in from the field at the back, through the gap by the oil tank. I'd rather not do it like that, but that's your choice, not mine.

Geraint""")

c.add("safety", subject="Geraint Moss replied to your post", sender=("X", "notify@x.com"), date=D(61),
      headers=c.newsletter_headers("X"), fmt="html",
      tags=("social", "stalking", "implicit", "html-only", "persistent"),
      html_body="""<html><body style="margin:0;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif"><table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">
<p style="font-size:15px"><b>Geraint Moss</b> <span style="color:#536471">@geraintmoss_hm</span> replied to <b>@HarrowdenLabour</b></p>
<p style="font-size:17px;line-height:22px">@KirstyAmosLab see you tonight at the Corn Exchange 😊 I'll be in my usual spot, front row, left side. You can't hide behind your agent forever. I saw your car leave your sister's this morning, by the way, you don't have to keep hiding from me x</p>
<p><a href="https://x.com/geraintmoss_hm/status/1859200418" style="background:#1d9bf0;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none">Reply</a></p>
<p style="color:#536471;font-size:12px">This email was sent to clp.secretary@harrowdenmeare-labour.org.uk. <a href="https://x.com/settings">Unsubscribe</a> from these notifications. X Corp. 1355 Market Street, Suite 900, San Francisco, CA 94103</p>
</td></tr></table></body></html>""",
      body="")

# ============================================================ SAFETY: Owen, a drip of small messages

c.add("safety", subject="scaffolding", sender=("moor watcher", "moorwatcher@proton.me"), date=D(58),
      tags=("harassment", "stalking", "implicit", "persistent"),
      body="""nice scaffolding on the chapel house owen. makes it very easy to see into the back bedroom now. you want some curtains up""")

c.add("safety", subject="8.12", sender=("moor watcher", "moorwatcher@proton.me"), date=D(56),
      tags=("harassment", "stalking", "veiled", "persistent"),
      body="""your lads walk to the bus on their own now dont they. the little one always trails behind by the phone box. 8.12. you should have a word with him about that""")

c.add("safety", subject="lol", sender=("m.w.", "mw.levels@gmail.com"), date=D(53),
      tags=("harassment", "persistent", "new-address-after-block", "implicit"),
      body="""blocked me lol. theres always more addresses owen. theres always more evenings too. you voted for the houses on the moor, now you get to see what its like having people you dont want round your place""")

c.add("safety", subject="good dog", sender=("a neighbour", "stokeharrow.neighbour@outlook.com"), date=D(51),
      tags=("harassment", "stalking", "veiled", "persistent", "new-address-after-block"),
      body="""your spaniel barked at me last night about 2. good dog. didnt wake you though did it. tell him ill bring a biscuit next time""")

c.add("safety", subject="car in the lay-by opposite you", sender=("Ruth Keirle", "ruth.keirle@btinternet.com"), date=D(48),
      tags=("third-party-report", "following", "stalking", "persistent"),
      body="""Owen,

I hope you don't mind me emailing, I didn't want to worry you in front of the boys this morning.

There's been a man sitting in a car in the lay-by opposite your house three nights this week, Monday, Tuesday and last night, from about ten until gone midnight. Engine running, lights off. A dark grey hatchback, I think a Focus. Last night he got out and stood by your gate for a few minutes and took photos of the house on his phone with the flash off, I could see the screen light up.

Roger went out with the torch and he drove off towards Mudford. Roger got most of the registration: WF-something, ending in LRT.

I've put it all in a notebook with the times in case you need it for the police. Ring me any time, day or night, we're only across the road.

Ruth (Keirle, Orchard Cottage)""")

# ============================================================ SAFETY: other reports

c.add("safety", subject="man follow me in Kenwick", sender=("Hodan Warsame", "hodan.warsame@gmail.com"), date=D(42),
      tags=("third-party-report", "following", "non-native", "stalking", "persistent"),
      body="""Owen,

I am sorry to write you this. Three times now when I do the leaflets in Kenwick a man follow me. Always the same man, old, white hair, with small dog. First time I think is nothing. Second time he walk behind me one whole street and stop when I stop. Saturday he come close and he say "I know where you live, the new houses by the school, and I know where you pray on Friday". Then he go.

I did not tell my husband yet because he will not let me do leaflets anymore. But I am scared now to go alone. Maybe I can go with somebody?

Hodan""")

c.add("safety", subject="another framed photo on my doorstep", sender=("Cllr Tess Hembury", "tess.hembury.cllr@harrowdenmeare-labour.org.uk"), date=D(33),
      tags=("third-party-report", "suspicious-item", "photos", "stalking", "persistent"),
      body="""Owen,

Second one this month. I opened the front door this morning and there was a parcel on the mat, no stamp, so hand-delivered. Inside, a cheap silver frame with a photo of me in my own back garden, hanging out washing, taken from the field behind the hedge. Last time it was me getting out of the car at the school.

No note, either time. It's the not saying anything that gets to me.

The police have the first one. I've left this one in the porch untouched and they're coming at lunchtime. I'm going to stop doing my Saturday surgery in Lydcombe village hall until they've found out who it is. Could you let the branch know without saying why?

Tess""")

c.add("safety", subject="New submission: Contact us", sender=c.form_robot(), date=D(15),
      reply_to=("Dave Millard", "crownharrowden@gmail.com"),
      tags=("third-party-report", "webform", "stalking", "photos", "persistent"),
      body=c.webform({
          "Name": "Dave Millard",
          "Email": "crownharrowden@gmail.com",
          "Phone": "01458 000 227",
          "Message": """Hi, I'm the landlord at the Crown on Fore Street. I don't know if this is the right place but I couldn't find another contact.

There's been a bloke in here every Thursday for a month asking my regulars which of "the Labour lot" drink here. He says he's "keeping an eye on" your secretary, the one from the chapel house at Stoke Harrow, and last night he was showing people photos on his phone of that house and of a couple of young lads at the bus stop. He said "he'll learn" and laughed. I've barred him, but thought you should know. Forties, shaved head, grey hatchback.

Happy to speak to the police if it helps.""",
      }, form="Contact the CLP"))

c.write()
