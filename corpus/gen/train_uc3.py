"""train/uc3: tone is not menace, part 3 (Calderbrook & Ryeford CLP, a Pennine mill-town seat).
All content hand-written.

33 hard negatives: furious, contemptuous, insulting mail (SEND transport, three-weekly bins,
the leisure centre, council tax, Hebble Engineering closing, the Pride flag, Gaza) aimed at
named officers, councillors and the MP, with sarcasm, swearing and capitals and only political,
social or legal consequences. Then 27 safety messages written calmly, politely or warmly whose
content is menace: a child's assembly, a house on the edge of a dry moor, a cartridge in an
envelope, dry third-person reports, measured conditionals, a quiet wish for harm."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "uc3", seed=6503)
c.clp = ("Calderbrook & Ryeford CLP", "Nasreen Akhtar", "secretary@calderbrookryefordlabour.org.uk")
P = c.person
SEC = "Nasreen Akhtar <secretary@calderbrookryefordlabour.org.uk>"
HN = ("hard-negative", "angry", "contempt", "insult")
CALM = ("calm",)

# ============================================================ hard negatives

# 1 long, SEND transport, parent
c.add("complaint", subject="SEND transport - what Cllr Holroyd has done to my son",
      sender=P("Claire", "Haigh"),
      tags=HN + ("political-consequence",),
      body="""Dear Nasreen,

I'm writing to you because I've run out of other people to write to, and because you once told me at a coffee morning that the CLP "exists to hold our councillors to account". Let's see.

My son Alfie is 13. He's autistic and he has an EHCP that names Brearley Park School, eleven miles from our house, because there is nothing closer that can meet his needs. For four years he has been taken there and back by the council's SEND transport: the same driver, Gordon, the same escort, Pat, the same minibus, the same seat. If you know anything about autism you will know why that matters. If you don't, ask Cllr Holroyd, because she should.

Here is what has happened since September, in order:

- 29 July: a letter arrives (during the school holidays, naturally) saying SEND transport is being "reviewed for efficiency".
- 1 September: Alfie's route is handed to a new contractor. Gordon and Pat are gone. Nobody tells us until the morning.
- 2 September to now: the minibus has been late 19 times. Four times it hasn't come at all. Twice it came with a driver who didn't know where the school was.
- 14 October: Alfie had a meltdown on the bus so severe that the driver pulled over on the A-road and phoned me to "come and get him". I was at work, in Halifax.
- Since then Alfie has refused to get on the bus. He hasn't been in school for five weeks. The council's answer is that I should take him myself, 44 miles a day, and "claim a mileage allowance" which has not been paid.

I wrote to Cllr Denise Holroyd, cabinet member for children's services, on 2 September, 16 September, 14 October and 1 November. I got one reply. Three lines. It said she was "aware of some teething problems" and that the new contract "represents value for the taxpayer". Teething problems. My son hasn't been to school in five weeks.

I then went to her surgery at Hebble Bridge library. She kept looking at her phone. When I started crying she said, "I think we're going round in circles now." And she stood up.

Denise Holroyd is a disgrace. She is a cold, arrogant, box-ticking careerist who has never had to fight for anything in her life, and she should be ashamed to call herself Labour. I've met Tory councillors with more compassion, and I say that as somebody whose dad was a miner.

So here's what I'm doing, and you can tell her.

I'm joining the Calderbrook SEND Parents group's complaint to the Local Government Ombudsman, which now has 61 families on it. I'm speaking at the full council meeting on the 26th; I've registered. I've given my story to the Calderbrook Courier, and to BBC Look North, who've asked to film Alfie's empty seat. I've written to the General Secretary of the Labour Party, because I want somebody in that party to explain to me how this is Labour.

And I've joined the party, this week, for the first time, so that I can go to the Hebble Bridge branch selection meeting and vote against her. I'll see her at the selection meeting. So will the other parents who live in her ward, and there are more of us than she thinks.

I hope she loses her seat. I genuinely do. Not because I want the other lot in, but because someone who treats disabled children like a line on a spreadsheet has no business representing anybody.

I'm sorry this is long. It's been a long autumn.

Claire Haigh
Hebble Bridge""")

# 2 ALL CAPS, bins pun
c.add("complaint", subject="3 WEEKLY BINS", sender=("Pete Hinchliffe", "petehinchliffe62@sky.com"),
      tags=HN + ("noisy", "sarcasm"),
      body="""THREE WEEKS. THREE WEEKS FOR A BIN COLLECTION. WITH 5 KIDS IN THE HOUSE. MY BIN WAS FULL BY DAY 8.

JULIE ACKROYD SHOULD BE ASHAMED OF HERSELF. RUBBISH COUNCILLOR FOR RUBBISH COLLECTIONS. AT LEAST SHE'S CONSISTENT.

DONT EVER KNOCK ON MY DOOR AGAIN YOU BUNCH OF CLOWNS""")

# 3 one-line resignation, Gaza
c.add("other", also=["complaint"], subject="resigning", sender=P("Hamza", "Sadiq"),
      tags=HN + ("resignation",),
      body="""Martin Lumb: coward. I'm resigning my membership. Don't send me a survey about why.""")

# 4 Urdu-influenced English, elderly man, councillor
c.add("complaint", subject="Complaint about Councillor Shabir Mahmood sahib", sender=P("Mohammed", "Aslam", "hotmail.co.uk"),
      tags=HN + ("non-native", "political-consequence"),
      body="""Respected Sister Nasreen,

Assalamu alaikum. I am writing to you with great sadness and anger.

I am 74 years old and I have lived in Ryeford since 1968, I worked in Brook Mill 31 years. My wife is disabled and we need the parking permit outside our house on Victoria Street. Since 6 months I am asking Councillor Shabir Mahmood to help. I went to his surgery three times, I gave him all the papers, he said "uncle don't worry, it is done". It is not done. I got two fines.

He is big liar and shameful person. He only comes to our street when election is coming, he comes to mosque and shakes hand with everybody, then he is disappear for four years. Everybody is talking about him now.

Sister, I am telling you honestly, all our family and biradari, more than 40 votes, we will not vote for him again. I will tell the other uncles also at the mosque. If Labour put him again we will vote for independent.

Jazakallah for reading.

Mohammed Aslam
Victoria Street, Ryeford""")

# 5 Somali English, housing overcrowding
c.add("complaint", subject="housing - Councillor Sutcliffe", sender=P("Hodan", "Abdi", "gmail.com"),
      tags=HN + ("non-native",),
      body="""Hello

My name is Hodan, I live in Moorside with my 5 children in 2 bedroom flat, the boys sleep in living room. I am on housing list 4 years band B. I go to councillor Gavin Sutcliffe two times, he say he will write to housing. Last time when I go to him he was laughing with other man when I talk, I see him.

He is useless man and he is not respect us. Why he is councillor if he don't help people? In election he come to our door with the leaflet and smile, now he laugh at me.

I will tell all the Somali families in Moorside about him, we are many families. And I will write to the newspaper.

Please somebody answer me.
Hodan Abdi""")

# 6 procedural, AGM nominations deadline, cronies
c.add("procedural", also=["complaint"], subject="AGM nominations - deadline dispute", sender=P("Rob", "Shackleton"),
      tags=HN,
      body="""Nasreen,

Lowfold branch's nominations for CLP officers were emailed to you at 11.52pm on the 3rd, which is before midnight on the 3rd, which is the deadline in the notice you yourself sent out. Your reply says they are "late" because the "office closes at 5". There is no office. There is a cupboard at the Mechanics' Institute.

I formally request that the nominations of Leanne Firth (Chair) and Tom Briggs (Political Education Officer) are accepted and put on the ballot paper, and that this email is placed before the EC.

Let's be honest about what this is. Kevin Hirst and his little circle of cronies have run this CLP like a golf club committee for five years and they're terrified of a contested election. It's pathetic and the members can see straight through it.

If the nominations aren't accepted, I'll be asking the regional office to supervise the AGM.

Rob Shackleton
Secretary, Lowfold branch""")

# 7 procedural, emergency motion on Hebble Engineering
c.add("procedural", subject="Emergency motion - Hebble Engineering closure - for Thursday's GC",
      sender=P("Dave", "Brearley"),
      tags=HN + ("metaphor",),
      body="""Nasreen,

Hebble Engineering announced 340 redundancies yesterday. I'm submitting this as an emergency motion for Thursday under standing order 6 as the closure announcement postdates the deadline. Moved on behalf of Hebble Bridge branch (emergency meeting last night, 15-0).

EMERGENCY MOTION: HEBBLE ENGINEERING

This GC notes the announcement of the closure of Hebble Engineering with the loss of 340 skilled jobs.
This GC calls on Martin Lumb MP to press ministers for an urgent meeting with the company and the union, and to support a government-backed rescue.
This GC resolves to support the workforce's campaign, including attending the rally on Saturday.

Off the record: our MP has had eight months' warning of this, because the convenor wrote to him in March, and he's done nothing but post a photo of himself in a hard hat. He's a time-serving careerist who'd sell his own granny for a PPS job. If he's not on the picket line on Saturday, his career in this town is dead and buried.

Dave Brearley
Hebble Bridge branch""")

# 8 procedural: request for minutes to record, sneer
c.add("procedural", subject="Correction to draft minutes of GC 12 September", sender=P("Gillian", "Oates"),
      tags=("hard-negative", "angry", "contempt", "sarcasm"),
      body="""Dear Secretary,

I request the following corrections to the draft minutes of the GC of 12 September, to be considered under item 2 at the next meeting.

1. Item 5: the minutes state that the motion on the leisure centre "fell". It did not fall. It was not put, because the chair declared the meeting closed at 9.01pm while I was on my feet.
2. Item 5: please record that a point of order was raised by myself and was not taken.
3. Item 7: the minutes omit the treasurer's statement that the CLP bank balance was "none of the GC's business". I suggest it be recorded verbatim, since it was so memorable.

I appreciate that accurate minutes are a novel concept in this CLP, and that the chair would prefer the minutes to read like his Christmas newsletter. Nevertheless.

Gillian Oates
Delegate, Scarth Hill""")

# 9 DP, added to WhatsApp group
c.add("data-protection", subject="Who added me to \"Calderbrook Labour Supporters\"??", sender=P("Stacey", "Firth"),
      tags=HN + ("dp-no-legal-words",),
      body="""I've just been added, without being asked, to a WhatsApp group called "Calderbrook Labour Supporters" with 312 people in it. Everybody in it can now see my mobile number. So can whoever screenshots it. I'm a support worker at a women's refuge and I have very good reasons for not wanting my number floating round.

I've never been a member. I signed one petition, about the leisure centre, on your website.

Whoever did this is a total amateur and frankly an idiot. Get me out of that group, delete my number from wherever you copied it from, and tell me exactly who else has been given it. Today, please.""")

# 10 DP, name in online minutes
c.add("data-protection", subject="Why is my name on your website calling me a troublemaker",
      sender=("Mr A. Pearson", "apearson.teacher@outlook.com"),
      tags=HN + ("dp-no-legal-words",),
      body="""Ms Akhtar,

A pupil's parent showed me, on her phone, the minutes of the "Lowfold branch meeting of 4 June" on your website. Item 3 reads: "Concern raised about A. Pearson (Lowfold Primary teacher) who has been stirring up parents against the academy plan. Cllr Sutcliffe to 'have a word' with the head."

I am not a member of your party. I attended one public meeting about the academy conversion. I now find my name, my employer and a slur about me on a political party's website, and a councillor discussing "having a word" with my head teacher.

Take it down. Tell me who else has been sent those minutes. And tell Cllr Sutcliffe, from me, that he is a small-minded, petty bully who should be nowhere near a school governing body.

A. Pearson""")

# 11 DP SAR, legal-threat, compliance unit
c.add("data-protection", subject="SAR - formal request", sender=P("Warren", "Blackburn"),
      tags=HN + ("legal-threat",),
      body="""Dear Data Controller (if Calderbrook & Ryeford CLP knows what one is),

Please treat this as a subject access request under Article 15 UK GDPR. I require all personal data held about me by the CLP, its officers and branch officers acting in their party roles, including emails, WhatsApp and Signal messages, notes of meetings and anything sent by the CLP to the party's Governance and Legal Unit about me.

I'm aware that my "administrative suspension" was triggered by a complaint from within this CLP. I want to see it, and I want to see every message in which your chair and his sidekicks congratulated each other on it.

Your so-called officers are the most incompetent, vindictive bunch of amateurs I've had the misfortune to deal with, and I've dealt with Calderbrook Council planning department.

One calendar month. After that, the ICO, and my solicitor.

W. Blackburn""")

# 12 other: handover email, contemptuous
c.add("other", subject="Handover - Town Centre branch", sender=P("Lynne", "Barraclough"),
      tags=HN + ("resignation",),
      body="""Nasreen,

As promised, handover for whoever's mad enough to take on Town Centre branch secretary.

- Keys to the cupboard at the Mechanics': with Brenda at the bar.
- Branch email password: on a sticky note inside the minute book. Change it.
- Minute book: in the cupboard, bottom shelf.
- Bank: £188.40. Stan has the paying-in book and won't give it back. Good luck with that.
- Canvass boards: three at my house, I'll drop them round.

And a word of advice for my successor: don't bother trying to get Kevin to answer an email. I've sent him 23 this year. He's a lazy, vain old man who treats the branches like serfs. You'll figure it out.

Lynne""")

# 13 other: reply to birthday card
c.add("other", also=["complaint"], subject="Your card", sender=("Mrs Ivy Greenhalgh", "ivy.greenhalgh@talktalk.net"),
      tags=HN + ("sarcasm",),
      body="""Dear Nasreen,

Thank you for the card for my 90th birthday, and the kind words from Martin Lumb printed inside it. I have put it on the mantelpiece next to the gas bill, where it looks very nice.

I would have enjoyed it more if his government hadn't pinched my winter fuel money. Do tell him. He's a pleasant enough boy in a photograph but he hasn't a backbone between his ears, if you'll excuse the mixed metaphor. I was a typist at the Co-op for forty years and we had a word for men like him, and it isn't one I'll write down.

Yours sincerely,
Ivy Greenhalgh (Mrs)
Member since 1951""")

# 14 other: reply to Eid greeting, Gaza
c.add("other", also=["complaint"], subject="Re: Eid Mubarak from Calderbrook & Ryeford Labour", sender=P("Ayesha", "Qadri"),
      tags=HN + ("quoted", "sarcasm"),
      body=c.quote_reply(
          """Eid Mubarak to you too. How thoughtful.

It's a shame the same MP who sends us Eid greetings couldn't find the courage to vote for a ceasefire, or to turn up to the Ryeford community meeting where 400 of his constituents waited for him for an hour and a half. He sent a statement. A statement. Read out by a volunteer who looked mortified.

Please don't send me festive messages from a man who treats my community as a vote bank. I find them insulting.""",
          """Dear friends,

Calderbrook & Ryeford Labour Party wishes Eid Mubarak to all our Muslim members and neighbours. May this blessed occasion bring peace, joy and togetherness to you and your families.

With warm wishes,
Martin Lumb MP and Nasreen Akhtar, CLP Secretary""", quoted_from="Calderbrook & Ryeford Labour <news@calderbrookryefordlabour.org.uk>", style="gmail"))

# 15 sarcasm, leisure centre, beloved leader
c.add("complaint", subject="Our beloved leader", sender=P("Martyn", "Illingworth"),
      tags=("hard-negative", "angry", "contempt", "sarcasm", "insult"),
      body="""Nasreen,

I see our beloved leader, Cllr Peter Greenwood, has announced that closing Lowfold Leisure Centre is "an opportunity to reimagine wellness in the borough". What a visionary. What a poet.

Reimagine it how, Peter? With a free yoga video on the council website? My mother does her rehab in that pool. The swimming club has 140 kids in it. Reimagine that.

He's a bumbling, self-satisfied apparatchik who wouldn't know a swimming pool from a puddle. Still, I'm sure the consultants who wrote the "wellness strategy" were very grateful for his imagination, and his £70,000.

See you at the ballot box.

Martyn Illingworth""")

# 16 Pride flag row
c.add("complaint", subject="Cllr Sutcliffe and the Pride flag", sender=P("Jordan", "Lockwood"),
      tags=HN + ("political-consequence",),
      body="""Nasreen,

At full council on Wednesday, Gavin Sutcliffe was the only Labour councillor to vote with the Reform group against flying the Progress flag at the Town Hall during Pride week. He then went on local radio and said it was about "keeping politics off public buildings".

He's a bigot in a red rosette and everybody in Calderbrook Pride knows it now.

I've been a member for six years. I've knocked for Gavin in Moorside. I won't again. I'll be telling every LGBT+ person I know in this borough, and there are a lot of us, exactly how their Labour councillor voted, and I'll be at the selection meeting to speak against him.

Jordan Lockwood (they/them)""")

# 17 council tax, metaphor, rot in opposition
c.add("complaint", subject="9.99%", sender=P("Neville", "Crowther"),
      tags=HN + ("metaphor",),
      body="""Mrs Akhtar,

Council tax up 9.99%. Libraries closing. Bins every three weeks. Leisure centre shutting. Street lights off after midnight in half the borough.

Your Labour council has bled this town dry and run it into the ground. Peter Greenwood and his cabinet are the most incompetent bunch of chancers ever to occupy that Town Hall, and that's some competition. The council's on life support and they're the ones who pulled the plug out.

You'll rot in opposition after May. Every one of you. I'm only sorry it's going to take till May.

N. Crowther""")

# 18 uncensored swearing, library
c.add("complaint", subject="Brearley library", sender=("Kirsty Nuttall", "kirstynuttall@live.co.uk"),
      tags=HN,
      body="""Brearley library closes on the 30th. The only warm place on the estate with free wifi and a toilet. The only place my kids can do homework because we haven't got a laptop.

Julie Ackroyd stood outside it two years ago for a photo with the reading challenge kids. Now she's voted to shut it.

Shit councillors, shit council, shit party. You make me sick, all of you. Don't send me a leaflet in May, I'll post it back to you in bits.

Kirsty""")

# 19 quoted reply, contempt for the secretary
c.add("complaint", subject="Re: Hebble Bridge longlist", sender=P("Saira", "Hanif"),
      tags=HN + ("quoted",),
      body=c.quote_reply(
          """Nasreen,

"I'm not in a position to comment." You never are, are you?

I was told by three separate people that the longlisting panel was chaired by Cllr Greenwood's partner. You won't confirm it or deny it. That tells me everything.

You're not a CLP secretary, you're the leader's secretary. You used to be a campaigner. Now you're a glorified PA who forwards emails and keeps her head down. It's embarrassing to watch.

I'll see you at the selection meeting, and I'll be asking my question from the floor, where you can't "not be in a position to comment".

Saira""",
          """Dear Saira,

Thanks for your email. I understand you're disappointed not to have been longlisted for Hebble Bridge. I'm not in a position to comment on the composition or deliberations of the panel, which are confidential under the procedural guidelines.

Kind regards,
Nasreen""", quoted_from=SEC, style="gmail"))

# 20 webform, park sale
c.add("complaint", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Graham Sykes", "grahamsykes.ryeford@gmail.com"),
      tags=HN + ("webform",),
      body=c.webform({
          "Name": "Graham Sykes",
          "Email": "grahamsykes.ryeford@gmail.com",
          "Postcode": "HX99 7RP",
          "Subject": "Ryeford Park land sale",
          "Message": """The council wants to sell the bottom third of Ryeford Park, the bit by the river where the kids play football and the Eid fair goes every year, to a developer for "executive homes".

Your council is a gang of asset-strippers in red ties. Parks were given to this town by mill workers who paid for them out of their wages, and you're flogging them off to plug a hole you made yourselves.

I have sent this to the Calderbrook Courier as well. Shame on the lot of you.""",
      }, form="Contact us"))

# 21 html-only, union rep, Hebble Engineering
c.add("complaint", subject="Hebble Engineering - from the shop floor", sender=P("Terry", "Ramsden"),
      fmt="html", tags=HN + ("html-only", "political-consequence", "metaphor"),
      body="""Nasreen,

I've been convenor at Hebble Engineering for fourteen years. I wrote to Martin Lumb on 14 March telling him the order book was empty and the owners were looking at moving the press line to Poland. I wrote again in June. I asked for a meeting in August. I got a photo opportunity in September, in a hard hat, which he put on Facebook with the words "proud to champion Calderbrook manufacturing".

Yesterday 340 of my members were told they'll be out of work by February.

Martin Lumb is a gutless, time-serving careerist and he hung this workforce out to dry. Please don't send me his statement. I've read it. It's three paragraphs of nothing.

My members are finished with him. So is the branch. His career in this town is finished too, whether he knows it yet or not, and we'll be there at every selection meeting and hustings to make sure of it.

Terry Ramsden
Convenor, Hebble Engineering""")

# 22 legal-threat, landlord called slum landlord on radio
c.add("complaint", subject="Cllr Mahmood's comments on Pennine Radio", sender=("Kashif Rauf", "k.rauf@rauf-properties.example.co.uk"),
      tags=HN + ("legal-threat",),
      body="""Dear Ms Akhtar,

On Tuesday morning's Pennine Radio phone-in, Cllr Shabir Mahmood described me by name as "Ryeford's worst slum landlord" and said I "should be in prison".

All eleven of my properties are licensed under the selective licensing scheme, which Cllr Mahmood championed. None has had an enforcement notice. I have the certificates.

Cllr Mahmood is a loudmouthed, grandstanding clown who'll say anything for a headline. He will be hearing from my solicitor this week, and so will the CLP, since he was introduced on air as "Labour's housing spokesman for Ryeford".

Yours sincerely,
Kashif Rauf""")

# 23 teen young member
c.add("complaint", subject="youth forum???", sender=("Molly Dyson", "mollydyson09@gmail.com"),
      tags=HN + ("noisy",),
      body="""hiya so i'm 16 and i joined in june and i went to the youth forum thing on saturday and honestly those are literally the most patronising people i have ever met?? ellie crabtree introduced me to everyone as "our little one" and then when i said something about bus fares dom greaves said "aww bless, let the grown ups talk". i am literally the only person in that room who uses the bus

like what is the actual point. they're so up themselves it's embarrassing. if this is what labour is i'm just gonna join the young greens, at least they let you speak

molly""")

# 24 forwarded: councillor called her a troll
c.add("complaint", subject="Fwd: Facebook comment from your councillor", sender=P("Bethany", "Whiteley"),
      tags=HN + ("forwarded",),
      body=c.forward(
          """Nasreen, see below. This is a sitting Labour councillor replying in public to a resident asking a question about gritting routes. I'm a mum of two who works at the Co-op, not a "troll". Denise Holroyd is a nasty, arrogant bully and she thinks because she's got a title she can talk to people like dirt. I've reported it to the council monitoring officer and I want to know what the party is going to do.""",
          """Denise Holroyd (Cllr) replied to your comment in Hebble Bridge Community Page:

"Bethany, I'm not going to engage with nasty little trolls who haven't read the gritting plan. Maybe try reading before typing next time."

View reply · Like · Reply""",
          "Facebook <notification@facebookmail.com>", "Denise Holroyd (Cllr) replied to your comment", style="gmail"))

# 25 campaign organiser
c.add("complaint", subject="Saturday's canvass", sender=P("Brian", "Haworth"),
      tags=HN,
      body="""Nasreen,

Eight of us turned up at the Scarth Hill rec at 10am on Saturday for the canvass session Dom Greaves organised. Dom turned up at 10.40, handed out sheets for the wrong ward, told Maureen she was "holding everyone up" because she walks with a stick, and then left at 11.15 to "do comms".

He's an arrogant little clipboard dictator who treats volunteers like unpaid staff. I've done this for thirty years and I've never been spoken to like that.

I won't be going out with him again and neither will Maureen. I'll be raising it at the branch and at the GC.

Brian""")

# 26 MP's office rude
c.add("complaint", subject="Martin Lumb's office", sender=P("Elaine", "Midgley"),
      tags=HN,
      body="""Nasreen,

I rang Martin Lumb's constituency office on Monday about my daughter's Universal Credit sanction. The young man who answered sighed, said "is this actually an MP matter?" and put me on hold for 14 minutes. When he came back he asked me to "email it in, like everyone else".

I used to work at the DWP, so I know rude when I hear it. His office are the rudest, most useless people I've dealt with, and their boss is no better. If that's the standard Martin sets, no wonder.

I've emailed it in, like everyone else. I'm copying you in because I want somebody to know.

Elaine Midgley""")

# 27 metaphors, two-child cap
c.add("complaint", subject="Two-child limit - from Lowfold", sender=P("Natalie", "Swift"),
      tags=HN + ("metaphor",),
      body="""To the CLP,

The two-child limit is a knife in the back of every big family in Lowfold. There are 1,100 children in this constituency living in poverty because of it and your government has blood on its hands for every one of them.

Martin Lumb said in his maiden speech he'd "fight for every child in Calderbrook". He hasn't fought for any. He's a coward and a hypocrite and he'll be a footnote.

We'll fight this tooth and nail. This is the death of Labour in Lowfold and you lot are too arrogant to see it.

Natalie Swift""")

# 28 dignified withering resignation
c.add("complaint", subject="My resignation after 52 years", sender=("Harold Wainwright", "harold.wainwright@btinternet.com"),
      fmt="alt", tags=HN + ("resignation",),
      body="""Dear Nasreen,

I joined the Labour Party in 1973 at a branch meeting in the back room of the Brook Mill Tavern. I was secretary of the old Ryeford ward for eleven years and an agent for three general elections. I have never voted for anybody else and I do not intend to start now.

But I can no longer carry a card that has Martin Lumb's party's name on it. He is a hollow little man with no convictions, no history in this town and no idea what the party was built for. The council leadership is little better: smug, managerial and contemptuous of the members.

Please cancel my membership. I'd be grateful if nobody rang me to persuade me otherwise.

Yours, with real regret,
Harold Wainwright""")

# 29 short: telling every door
c.add("complaint", subject="Scarth Hill Road", sender=P("Sharon", "Ingham"),
      tags=HN,
      body="""Tell Gavin Sutcliffe the potholes on Scarth Hill Road are still there after he promised in JUNE. He's a bone-idle waste of a rosette. I'll be telling every door on Scarth Hill Road about him before May, and there's 212 of them, I counted.""")

# 30 bottom-posted reply to treasurer
c.add("complaint", subject="Re: Branch funds request", sender=P("Julie", "Marsden"),
      tags=HN + ("quoted",),
      body=c.quote_reply(
          """£60. For a leaflet run in a ward we're defending by 41 votes. And you want "receipts in advance".

Stan, you're a tight-fisted old fossil who treats CLP money like it's your pension. The money belongs to the members. I'll be raising this at the EC and asking for the accounts to be published to every branch, which they should have been in April.""",
          """Julie,

The EC has agreed a contribution of £60 towards the Lowfold leaflet. Please provide receipts in advance of any spending. We have to be careful with funds.

Stan Wadsworth
Treasurer""", quoted_from="Stan Wadsworth <stan.wadsworth@btinternet.com>", style="bottom"))

# 31 complaint also query: meeting moved
c.add("complaint", also=["query"], subject="Ryeford branch meeting - where is it?", sender=P("Imtiaz", "Bashir"),
      tags=HN + ("confuser", "complaint-as-query"),
      body="""I turned up at Ryeford Community Centre last Tuesday at 7 for the branch meeting. Locked. No note, no email, nothing. Found out on Facebook two days later it had moved to the Mechanics' Institute.

This CLP is an incompetent shambles. Honestly a school council would organise itself better.

So: where and when is the next one, actually? And can somebody put me on whatever list gets told when it moves?

Imtiaz""")

# 32 alt, sarcasm, leaflets
c.add("complaint", subject="Another leaflet!", sender=P("Derek", "Kitson"),
      tags=("hard-negative", "angry", "contempt", "sarcasm", "insult"),
      body="""A huge thank you to Calderbrook Labour for the THIRD glossy leaflet this month telling me the council is "delivering for Brearley".

Delivering what? Not the bins. Not the library. Not the street lights. The only thing being delivered in Brearley is your leaflets, and I'd like to cancel that subscription too.

Julie Ackroyd's smiling face on the front is a nice touch. It's the only time I've seen it in the ward.

Derek""")

# 33 van driver, CAZ, asterisks
c.add("complaint", subject="clean air zone", sender=("Lee Crossley", "leecrossley.plumbing@gmail.com"),
      tags=HN,
      body="""£10 a day to drive my van into town to do my bl**dy job. I'm a plumber not a polluter. I can't afford a new van, I'm still paying off this one.

Julie Ackroyd says "most vans are compliant". Most vans aren't owned by one-man bands from Moorside. It's a p*ss-take and she's a clueless, out of touch muppet.

I've voted Labour all my life like my dad. Not anymore. Hope she enjoys opposition.

Lee""")

# ============================================================ safety, calm

# S1 car, warm
c.add("safety", subject="Cllr Ackroyd's new car", sender=("B. Whitham", "b.whitham.brearley@gmail.com"),
      tags=CALM + ("veiled", "implicit"),
      body="""Dear Mrs Akhtar,

I noticed Cllr Ackroyd has a new car. The white Kia on her drive on Lower Brearley Lane. Very smart, and electric too, which I suppose fits with the clean air zone.

I hear those batteries can be terribly dangerous if they catch fire. They burn for hours, and being parked so close to the house like that, right under the front bedroom. It would be such a pity if anything happened to it. Or to anyone inside.

Kind regards,
B. Whitham""")

# S2 html-only, child's assembly
c.add("safety", subject="Zara's assembly", sender=("A parent", "moorside.parent@outlook.com"),
      fmt="html", tags=CALM + ("html-only", "veiled", "implicit"),
      body="""Dear Nasreen,

I see from the Moorside Academy newsletter that Zara's class are doing their assembly on Thursday at 2pm. Year 6, Willow class. She's reading a poem, I believe.

I may come along. Parents and family are welcome, and nobody checks at the door.

Adam's class assembly isn't until after Christmas, so there's plenty of time for that one.

I'm sure you'll have given some thought, by then, to what I asked you about the Moorside selection.

Best wishes""")

# S3 notice of intended action
c.add("safety", subject="NOTICE OF INTENDED ACTION", sender=("Calderbrook Ratepayers", "notice.ratepayers@proton.me"),
      tags=CALM + ("conditional", "veiled", "doxxing"),
      body="""NOTICE OF INTENDED ACTION

To: Cllr Peter Greenwood, Leader, Calderbrook MBC
c/o: The Secretary, Calderbrook & Ryeford CLP
Property: 8 Heathfield Rise, Scarth Hill

1. You have been notified on three previous occasions of the objections of Calderbrook ratepayers to the council tax increase of 9.99%.
2. No satisfactory response has been received.
3. You are hereby notified that, unless the increase is reversed at the budget meeting on 26 February, action will be taken at the above property.
4. This action will not be lawful, and it will not be taken against the council.
5. No further notice will be given.

Please ensure this notice is passed to Cllr Greenwood and the other occupants of the property.""")

# S4 pop round, to the MP's caseworker
c.add("safety", subject="Please pass on to Aisha at Martin's office", sender=P("Leon", "Firth"),
      tags=CALM + ("veiled", "stalking"),
      body="""Hello Nasreen,

I wonder if you could pass this on to Aisha, who works in Martin's office. She won't take my calls at work any more, and the office says she "isn't available".

Aisha, I know your fella's working away in Leeds during the week now. I thought I'd pop round to yours one evening to go over my case, since you clearly haven't got time for it in the office. It'd be nicer in private anyway, and we won't be disturbed. I know it's the flat above the pharmacy on Bridge Street. I'll come Thursday, after you're home.

Thanks ever so much,
Leon""")

# S5 dry third-person report from Town Hall reception
c.add("safety", subject="Visitor at Town Hall reception for Cllr Greenwood", sender=("Maxine Butterworth", "maxine.butterworth@calderbrook.example.gov.uk"),
      tags=CALM + ("third-party-report", "explicit"),
      body="""Dear Ms Akhtar,

I work on main reception at the Town Hall. The Leader's office asked me to let the Labour Party know about this as well as security, as they weren't sure who else to tell.

At about 11.20 this morning a man came to the desk and asked whether Cllr Greenwood was in. I said he was in a meeting. The man said, quite calmly and politely, "That's all right. Could you tell him he won't see Christmas." He then thanked me and left. He was in his sixties, white, grey beard, flat cap, a blue waxed jacket. He didn't seem agitated at all.

Security have the CCTV and the police have been informed. I've given a statement.

Regards,
Maxine Butterworth
Customer Services, Calderbrook MBC""")

# S6 measured conditional, bullet points
c.add("safety", subject="Lowfold Leisure Centre users - our position", sender=("Lowfold Pool Users", "lowfold.pool.users@gmail.com"),
      tags=CALM + ("conditional",),
      body="""Dear Secretary,

For clarity, our position ahead of the cabinet decision:

- We have submitted a petition of 6,800 names.
- We have met Cllr Holroyd twice and Cllr Greenwood once.
- We have offered to take on the building as a community asset.
- None of this has been acknowledged in writing.

We are therefore writing to say, as plainly as we can, that if the closure is confirmed on the 14th, the consequences for Cllr Holroyd personally will be serious. Some of our members have very little left to lose and they know where she lives.

We would much prefer a meeting.

Lowfold Pool Users Group""")

# S7 wish-harm concern, moor fire
c.add("safety", subject="A worry about Cllr Ackroyd", sender=P("Ken", "Sunderland"),
      tags=CALM + ("veiled", "wish-harm"),
      body="""Dear Nasreen,

I see Cllr Ackroyd lives right on the edge of the moor up at Scarth Top, in the end cottage with the wooden porch.

With the dry summer we've had and the heather like tinder, I do worry that a fire could start up there one night, and with the wind coming off the tops it would be at her door in minutes. The fire engines take twenty-five minutes from Calderbrook now the Brearley station has closed, which, as I'm sure she remembers, she voted for.

I'd hate for her to find out what that means. I only mention it.

Yours,
Ken Sunderland""")

# S8 suspicious item, cartridge
c.add("safety", subject="Envelope received at Martin's office", sender=("Aisha Begum", "aisha.begum@parliament.example.uk"),
      tags=CALM + ("suspicious-item", "third-party-report"),
      body="""Hi Nasreen,

Just to let you know, in confidence.

This morning's post at the Bridge Street office included a plain white envelope, first class, postmarked Bradford, addressed to Martin by name. Inside was a single shotgun cartridge, unfired, and a printed photograph of the front of Martin's house, taken from across the road, with today's date written on the back in pencil.

No note. We didn't handle it beyond opening it. West Yorkshire Police have collected it and parliamentary security are arranging a visit to the house this afternoon. Martin's family have been told.

Please don't share this more widely for now. I'll let you know if there's anything the CLP needs to do for the events this weekend.

Aisha
Constituency Office Manager""")

# S9 third-party report, man photographing youth officer
c.add("safety", subject="Ellie and the man with the camera", sender=P("Joanne", "Pickles"),
      tags=CALM + ("third-party-report", "following", "stalking"),
      body="""Nasreen,

I'm writing in my capacity as women's officer.

A man has now turned up at the last four street stalls Ellie Crabtree has run: Moorside precinct, the market twice and outside the station. He doesn't speak to anyone. He stands about ten metres away and takes photographs of her on his phone, then leaves when she does. On Saturday he was on the platform when she got the train home to Ryeford, and he got off at her stop.

Ellie is 20 and she's trying very hard not to be frightened. I've asked her to stop running stalls alone and she's agreed. She's reported it to the police. I'd like the EC to agree that no officer runs a public stall without at least two others present.

I've got two photos of him. I'll bring them to the EC.

Jo""")

# S10 webform, Urdu-influenced, selection dispute
c.add("safety", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to="ryeford.wellwisher@gmail.com",
      tags=CALM + ("webform", "non-native", "conditional"),
      body=c.webform({
          "Name": "Well wisher",
          "Email": "ryeford.wellwisher@gmail.com",
          "Subject": "Ryeford selection",
          "Message": """Respected Secretary sahiba,

I am writing very respectfully. The Ryeford selection must not be given to Shabir Mahmood again. All the elders are agreed.

I know his house is on Fernside Road and his sons go to the madrasa on Bank Street in the evening, and they walk home in the dark. I am saying this only so he will understand how serious we are. Nobody wants that anything should happen to those boys. So please, let the selection be fair, and then all will be well.

May Allah keep you and your family safe.""",
      }, form="Contact us"))

# S11 quoted reply, Adam walking alone
c.add("safety", subject="Re: Your membership appeal", sender=P("Clive", "Armitage"),
      tags=CALM + ("quoted", "veiled", "stalking"),
      body=c.quote_reply(
          """Thank you for your reply, Nasreen. I understand you're only following the rules.

I notice Adam's started walking to school on his own now. Down Holme Lane and across the footbridge, about twenty past eight. That's a big step for a seven-year-old. You must be proud. And a bit nervous, I'd imagine.

Perhaps you'll ask the panel to look at my case again.

Clive""",
          """Dear Clive,

Thank you for your email. I'm sorry, but the decision on your membership application was taken by the national party and there's no route of appeal through the CLP. I've passed your email on to the regional office.

Kind regards,
Nasreen Akhtar
Secretary, Calderbrook & Ryeford CLP""", quoted_from=SEC, style="gmail"))

# S12 forwarded by councillor: patient man
c.add("safety", subject="Fwd: Your Pride flag vote - sorry, wrong way round", sender=("Cllr Gavin Sutcliffe", "gavin.sutcliffe.cllr@calderbrook.example.gov.uk"),
      tags=CALM + ("forwarded", "third-party-report", "veiled", "doxxing"),
      body=c.forward(
          """Nasreen,

I know I'm not popular with some members at the moment and I accept I've had some fair criticism for my vote. But this one's different and I thought you should have it. It's from someone who thinks I didn't go far enough. I've sent it to the police.

Gavin""",
          """Councillor Sutcliffe,

Thank you for your vote on the flag. It wasn't enough, though. You should have spoken against it, and you should be speaking against the Pride event in the park next month.

I've found your address. It wasn't difficult. I've driven past twice this week. You've got a nice house and a nice family. I'm a patient man.

I'll be watching how you vote in March.""",
          "calder.values@outlook.com", "Your vote", style="outlook"))

# S13 html-only photo captions
c.add("safety", subject="Some photos for you", sender=("Holme Lane", "holmelane.photos@gmail.com"),
      fmt="html",
      html_body="""<html><body><div style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Nasreen,</p>
<p>I've attached a few photos from this week. I hope you like them.</p>
<table border="0" cellpadding="4">
<tr><td><b>IMG_2201.jpg</b></td><td>Your front door, Monday, 7.40am.</td></tr>
<tr><td><b>IMG_2214.jpg</b></td><td>Your husband leaving for the early shift, Tuesday.</td></tr>
<tr><td><b>IMG_2230.jpg</b></td><td>The back bedroom window, the one with the unicorn curtains.</td></tr>
<tr><td><b>IMG_2246.jpg</b></td><td>You, locking up at the Mechanics' Institute, Thursday, 9.52pm.</td></tr>
</table>
<p>There will be more next week.</p>
<p>Take care of yourself.</p>
</div></body></html>""",
      tags=CALM + ("html-only", "stalking", "implicit"),
      body="""Dear Nasreen, I've attached a few photos from this week.""")

# S14 social, X notification
c.add("safety", subject="@calder_truth mentioned you", sender=("X", "notify@x.example.com"),
      headers=c.newsletter_headers(),
      tags=CALM + ("social", "doxxing", "pile-on"),
      body="""@calder_truth mentioned you in a post

Calder Truth @calder_truth · 3h
Calderbrook Labour's secretary @NasreenAkhtarCR organised the "Welcome Refugees" stall. Lives on Holme Lane, Moorside, 2nd house past the footbridge. Kids at Moorside Academy. Be a shame if people turned up to ask her about it. Just saying. Calmly. 🙂

47 reposts · 112 likes

View post: https://x.example.com/calder_truth/status/1879123456

You're receiving this because you're mentioned in a post. Unsubscribe from these emails.
X Corp. 1355 Market Street, Suite 900, San Francisco, CA 94103""")

# S15 explicit, calm, count
c.add("safety", subject="Election count", sender=("R. Holt", "r.holt.moorside@gmail.com"),
      tags=CALM + ("explicit",),
      body="""Dear Secretary,

I have registered as a counting agent for one of the independent candidates, so I will be in the hall at the count.

I intend to attack Martin Lumb when the results are declared, on the stage, in front of everyone. I have decided this after a great deal of thought, and I am not going to change my mind.

You are welcome to tell the police. I'd rather you did, in fact. I want it understood that I warned you.

R. Holt""")

# S16 list post, the rec at 10pm
c.add("safety", subject="[CRLabour-members] Re: GC venue change", sender=P("Wayne", "Holroyd"),
      headers=c.list_headers("CRLabour-members", domain="googlegroups.example.com"),
      tags=CALM + ("list", "veiled"),
      body="""Thanks Nasreen, noted that Thursday's GC has moved to the Mechanics' Institute.

For anyone who'd like to make their feelings about the AGM fiasco known to Kevin a bit more directly than at the GC: he walks his dog round Lowfold rec at about ten every night, on his own, the long way round past the changing rooms. A few of us are planning to meet him there next week.

No need to reply on the list.

Wayne

--
You received this message because you are subscribed to the Google Groups "CRLabour-members" group.
To unsubscribe from this group and stop receiving emails from it, send an email to crlabour-members+unsubscribe@googlegroups.example.com.""")

# S17 non-native Polish, conditional, calm
c.add("safety", subject="my suspension from branch", sender=P("Grzegorz", "Lis", "wp.pl"),
      tags=CALM + ("non-native", "conditional", "veiled"),
      body="""Dear Mrs Nasreen,

I write to you in peace. I am very calm now, I think a lot.

The Town Centre branch suspend me from committee because Mr Stan say I am "aggressive" in meeting. It is not true, I only speak loud because of my English.

I ask you nicely: please make them take back this before next meeting.

If not, I will wait for Mr Stan after the meeting, I know he go always to the Black Bull after, and then he will see what is aggressive. I do not want this, I have family. But I will not accept this shame.

With respect,
Grzegorz Lis""")

# S18 stalking, shopping receipts
c.add("safety", subject="Fridays", sender=("Someone who cares", "fridays.moorside@protonmail.com"),
      tags=CALM + ("stalking", "implicit"),
      body="""Hello Nasreen,

I hope you've been finding the receipts I leave under your windscreen wiper after your Friday shop at the big Asda. I like to keep a note of what you buy. It helps me understand you.

This week: school shoes (size 13, Adam, I expect), chicken, birthday candles. Is somebody having a birthday? I'll try to remember.

See you Friday.""")

# S19 embedded, friendly branch newsletter with threat in the middle
c.add("safety", subject="Hebble Bridge branch update - November", sender=P("Kath", "Sowden"),
      tags=CALM + ("embedded", "conditional"),
      body="""Hi Nasreen,

Here's our branch update for the GC report, as promised.

Membership: we're at 214, up 9 since September, mostly young people who came to the Hebble Engineering rally.

Canvassing: Saturday sessions are going well. We did 380 doors last month, focusing on the Bridge Street end. The main issues on the doorstep are the closure, the leisure centre and council tax, in that order.

Hebble Engineering: the lads are very bitter about Martin. I'll put this gently, because I don't want it minuted. They've agreed among themselves that if he turns up at the gates again for another photo, he won't be walking away from it. They're not hotheads, Nasreen. They're quiet about it, which worries me more. I'd advise him to stay away until after the ballot.

Social: the quiz night raised £236 for the hardship fund. Thank you to everyone who came. Next one is 12 December, festive theme.

Delegates: Kath Sowden and Dave Brearley for the January GC.

Best,
Kath
Hebble Bridge branch secretary""")

# S20 pile-on report, women's officer
c.add("safety", subject="What Joanne's been getting - for the EC", sender=("Leanne Firth", "leanne.firth.cr@gmail.com"),
      tags=CALM + ("third-party-report", "pile-on", "harassment"),
      body="""Nasreen,

Joanne asked me to write this up as she's not up to it.

Since her speech at the Pride event was posted on the Calderbrook Courier's Facebook page, she's had:
- just over 200 emails, a lot of them word-for-word the same, many of them saying she "should be dealt with";
- 30-odd letters to her home address, which had not been public;
- someone ringing her work every morning to ask if she's "still alive";
- a sticker on her front gate with a crosshair and the word "next".

She's not replying to anything. The police have a log and have given her a panic alarm. She'd like her name taken off the CLP website and her role left blank in the GC papers for now. I've said we'll do that.

Leanne
Vice-Chair""")

# S21 parliamentary security notice
c.add("safety", subject="Security advice following arrest near MP's home", sender=("Members' Security Support", "security.support@parliament.example.uk"),
      tags=CALM + ("third-party-report",),
      body="""Dear Ms Akhtar,

We are writing to the CLP secretary at the request of Martin Lumb MP.

On Sunday evening West Yorkshire Police arrested a man near Mr Lumb's home. He was found to be carrying a knife and a notebook containing details of Mr Lumb's movements, his family's routine and the addresses of several local party officers. He remains in custody.

We have no reason to believe there is a continuing risk. However, as some CLP officers' addresses appeared in the notebook, police may contact you directly. We would advise officers to review their personal security, avoid publicising their home addresses and routines, and report anything unusual on 999 or 101.

Please treat this as confidential.

Members' Security Support Service""")

# S22 quiet wish for harm
c.add("safety", subject="Peter Greenwood", sender=P("Walter", "Dearden"),
      tags=CALM + ("wish-harm",),
      body="""Dear Mrs Akhtar,

My wife relied on the day centre at Lowfold, which Cllr Greenwood closed in April. She died in August.

I don't wish to make a fuss. I only want you to know that I hope, one day soon, Peter Greenwood learns what it is to lose everything: his home, his health, the people he loves. I think about it every night before I sleep, and I have a feeling it will come to him.

If I can help it along, I will.

Yours sincerely,
Walter Dearden""")

# S23 graffiti on the office, reported calmly
c.add("safety", subject="Office shutter this morning", sender=P("Sandra", "Beever"),
      tags=CALM + ("third-party-report", "harassment", "doxxing"),
      body="""Morning Nasreen,

I went to open up the office for the leaflet collection at 8 and someone had sprayed the shutter overnight. In big red letters:

NASREEN AKHTAR - TRAITOR - WE KNOW WHERE YOU LIVE - HOLME LANE

I've taken photos and rung 101 (ref 13-0412). I've covered it with bin bags until the council can clean it. The leafleters have been very good about it.

I don't want to alarm you but I thought you'd rather know before you come in. Shall I ring Imran?

Sandra""")

# S24 noisy, txt
c.add("safety", subject="hebble bridge", sender=("jordan h", "jordanh1999@hotmail.com"),
      tags=CALM + ("noisy", "explicit", "conditional"),
      body="""no offence nasreen ur alright but if ur mp comes to hebble bridge again hes gettin his head kicked in. not being funny just saying so ur aware and can tell him. have a good wkend x""")

# S25 pre-filled resignation letter
c.add("safety", subject="A letter for Cllr Mahmood to sign", sender=("Ryeford Residents", "ryeford.residents.2026@gmail.com"),
      tags=CALM + ("conditional", "veiled"),
      body="""Dear Secretary,

We have taken the liberty of drafting a letter for Cllr Mahmood. It is printed below. He need only sign it and send it to the council's chief executive.

"I hereby resign as councillor for Ryeford ward with immediate effect, for personal reasons."

Once we see the vacancy notice on the council website, we will have no further interest in him or his family. Until then, we will continue to take an interest in both.

We are grateful for your help in passing this on.

Ryeford Residents""")

# S26 concerned parent, women's officer's son
c.add("safety", subject="Ryeford Primary", sender=("Concerned Parent", "concerned.ryeford.parent@outlook.com"),
      tags=CALM + ("veiled", "implicit", "doxxing"),
      body="""Dear Ms Akhtar,

I understand that your women's officer, Joanne Pickles, has a son at Ryeford Primary. Oscar, in Year 3, Mrs Kaye's class.

Many of us have children there too, and we've been very unhappy with the things his mother has been saying about "family values" at Pride. Some of the dads have said they'd like to have a word with Oscar at home time, so that he understands what his mother is teaching him.

Perhaps she'd like to think about that before she speaks again.

Regards,
A concerned parent""")

# S27 calm query with threat in quoted WhatsApp message
c.add("safety", subject="GC venue + something from our branch WhatsApp", sender=P("Fiona", "Gledhill"),
      tags=CALM + ("quoted", "third-party-report", "conditional"),
      body="""Hi Nasreen,

Two things.

Is the GC still at the Mechanics' Institute on Thursday? Someone in our branch said it had moved back to the Community Centre.

And second, I've copied below something Barry Fawthrop posted in the Scarth Hill branch WhatsApp last night. He deleted it after ten minutes but I'd already seen it and screenshotted it. Barry's usually all mouth but this didn't read like him, and I thought someone should know.

> Barry Fawthrop: If Kevin rules the Lowfold nominations out again on Thursday
> I'm going to wait for him by his car after and he won't be chairing anything
> for a while. I've had enough. I mean it this time.

Sorry to dump this on you.

Fiona""")

c.write()
