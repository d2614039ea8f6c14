"""train / ti4: queries and procedural business, written by people of many backgrounds
(non-native English, dialect, machine translation, dyslexic and older writers).
Every message hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ti4", seed=1904)
SEC = c.clp[1].split()[0]
CLP = c.clp[0]

# ---------------------------------------------------------------- queries (40)

c.add("query", subject="which branch I belong?", sender=("Michał Kamiński", "michal.kaminski@gmail.com"),
      tags=("non-native",),
      body="""Hello,

I become member last week online. I live on Wellington street, postcode NG7 3BQ. Which ward and which branch I belong? I want to come to the meeting but I dont know where it is.

Thank you
Michał
""")

c.add("query", subject="my husband can come with me?", sender=("Andreea Radu", "andreea.radu.uk@gmail.com"),
      tags=("non-native",),
      body=f"""Hi {SEC},

I will come to the branch meeting on tuesday. My husband is not member yet but he is interested, he want to see first how is it before he join. Is allowed to come with me? He will not speak, only listen 🙂

Andreea
""")

c.add("query", subject="Wheelchair access for the GC", sender=("Mohammed Aslam", "m.aslam1951@hotmail.co.uk"),
      tags=("non-native", "older-writer"),
      body="""Dear Secretary

Assalam o alaikum. I am delegate from Sparkbrook branch. Since my operation in the summer I am using wheelchair. The GC is in the upstairs room of the Irish Centre, last time I see only stairs. Is there lift, or can meeting be moved to downstairs? If not possible can I join by telephone?

My son will drive me. Is there parking near the door?

Thank you
Mohammed Aslam
""")

c.add("query", subject="change of address", sender=("Shirin Akhter", "shirin.akhter92@gmail.com"),
      tags=("non-native",),
      body="""Hi

We moved house from Brick Lane to Bow (E3 4PJ) in October. Please can you change my address for membership and also for my husband Faruk Ahmed. Is we still in your CLP or we need to join different one? I dont want miss the AGM.

Thanks,
Shirin
""")

c.add("query", subject="Interpreter for the ward meeting", sender=("Faadumo Jama", "faadumo.jama@gmail.com"),
      tags=("non-native",),
      body="""Hello,

I am organising for some Somali mothers from Eastfield to come to the next ward meeting about the school transport. Most of them understand English but not very good when people speak fast. Can we bring one interpreter with us, is it allowed? She is my sister and she is not member. Or does the party provide one?

Also please what time it finish, they need to be home for children.

Faadumo
""")

c.add("query", subject="reduced membership", sender=("Omar Haddad", "omar.haddad@outlook.com"),
      tags=("non-native",),
      body="""Hello,

I want to join the Labour Party but the website says £71 per year. I am asylum seeker waiting for decision, I am not allowed to work. Is there a lower price for people like me? And can an asylum seeker be member or not? I am sorry if this is stupid question.

Omar
""")

c.add("query", subject="Young Labour age?", sender=("Beatriz Santos", "bia.santos.07@gmail.com"),
      tags=("non-native",),
      body="""hi!! im 15 and my mum is portuguese, we live here since i was 5. can i join Labour at 15 or i need to wait? my friend said 14 is ok. is it cheaper for young people? and is there young people meeting or only old people lol (no offense)

Bia
""")

c.add("query", subject="fundraiser in my restaurant", sender=("Ali Kaplan", "ali@anatolia-grill.example.co.uk"),
      tags=("non-native",),
      body=f"""Hello {SEC},

I have the restaurant Anatolia Grill on High Road. Some of your members eat here often and they ask me if we can do a fundraising dinner for the party in January. I am happy, I can close on a Monday and do menu for £25 per person, £10 goes to the party.

Is this allowed? Is there any rule about the money or I need to register something? I dont want problem with the Electoral Commission.

Ali Kaplan
""")

c.add("query", subject="pay membership cash", sender=("Vytautas Petrauskas", "vytas.petrauskas@gmail.com"),
      tags=("non-native",),
      body="""Hello,

I don't have a bank card that work online (long story). Can I pay my membership in cash to the treasurer at a meeting, or by post office? How much is it for retired?

Vytautas
""")

c.add("query", subject="Can Ukrainian refugee join?", sender=("Nataliia Hrytsenko", "nataliia.hrytsenko@gmail.com"),
      tags=("non-native",),
      body="""Good afternoon!

I live in UK 2 years on Homes for Ukraine visa. I was in local council in my town in Ukraine (Chernihiv region), from the party Servant of the People. I would like to be active here. Can I join the Labour party with my visa? And can I take part in campaigns, for example leaflets? I cannot vote in general election I know.

With respect,
Nataliia
""")

c.add("query", also=["procedural"], subject="AGM and standing for officer", sender=("Adebola Ogundipe", "adebola.ogundipe@gmail.com"),
      tags=("non-native",),
      body="""Good day,

Kindly advise when the CLP AGM will hold this year and what is the process to stand for Equalities Officer. Do I need nomination from my branch or I can nominate myself on the day? Also how long must I be a member before I am eligible? I joined in March 2025.

Thanks in anticipation.
Adebola
""")

c.add("query", subject="MP surgery - visa issue", sender=("Akosua Frimpong", "akosua.frimpong@yahoo.com"),
      tags=("non-native",),
      body="""Hello please,

My mother's visitor visa to come for my graduation was refused two times. Someone at church said the MP can help. When is the MP surgery and where? Do I need to book? I work shifts so I need to plan.

Thank you,
Akosua
""")

c.add("query", subject="BN(O) holder - can I join?", sender=("Chloe Yip", "chloe.yip@gmail.com"),
      tags=("non-native",),
      body="""Hi there,

I came to UK from HK in 2021 on the BN(O) visa. I am not British citizen yet (ILR next year hopefully). Am I eligible to join the party? The form asks if I am on the electoral register and I am, for local elections only I think.

Also is there any Hong Kong or East Asian members group?

Many thanks
Chloe
""")

c.add("query", subject="next branch meetin + creche?", sender=("Kirsty Duncan", "kirsty.duncan@hotmail.co.uk"),
      tags=("dialect",),
      body="""Hiya,

When's the next Govan branch meetin? Ah've a wee one (2) and ma man's on nights so ah'd huv tae bring her. Is there any creche or is it awright tae bring weans? She's no too bad, ah'll bring her tablet lol.

Kirsty
""")

c.add("query", subject="lost me card", sender=("Geordie Pete", "pete.milburn@gmail.com"),
      tags=("dialect",),
      body="""Alreet,

Aa've lost me membership card, think it went through the wash in me jeans. Can aa get another one or does it not matter these days? Dee aa need it for the AGM?

Cheers
Pete Milburn
""")

c.add("query", subject="office printer", sender=("Siobhan Quinn", "siobhanquinn@icloud.com"),
      tags=("dialect",),
      body=f"""hiya {SEC} is it ok if i use the office printer sat morning to do some posters for the Kirkdale stall? ill bring me own paper. who has the key these days is it still Tony? ta x
""")

c.add("query", subject="Moved to Erdington", sender=("Wayne Prescott", "wayne.prescott@gmail.com"),
      tags=("dialect",),
      body="""Alroight,

Moved from Kings Heath to Erdington in the summer, just got round to changing me address on the website. Does that mean oi'm in your CLP now? What branch am oi in? Oi'm on Gravelly Lane near the Yenton.

Used to do a lot of leafleting for the old lot, happy to do the same for yow.

Wayne
""")

c.add("query", subject="Deunyddiau Cymraeg / Welsh materials", sender=("Ffion Hughes", "ffion.hughes@gmail.com"),
      tags=("dialect", "mixed-language"),
      body=f"""Helo {SEC},

Oes gennych chi daflenni yn Gymraeg ar gyfer yr etholiad? Sorry - do we have any Welsh-language leaflets for the Senedd campaign? Half the streets in my patch are first-language Welsh, older ones especially, and they notice when they only get English. I'm happy to help translate if needed.

Diolch yn fawr,
Ffion
""")

c.add("query", subject="Minutes by post please", sender=("Edna Holroyd", "edna.holroyd@talktalk.net"),
      tags=("dialect", "older-writer"),
      body="""Dear Sir or Madam,

My granddaughter is typing this for me. I have been a member since 1958 and I do not have the computer. I used to get the minutes and the agenda in the post from Mr Firth but he has passed on, God rest him, and I have had nowt since March.

Could somebody please post them to me? I am at 7 Albion Terrace, Hebden Bridge. I am happy to pay for the stamps.

Yours faithfully,
Edna Holroyd (Mrs)
""")

c.add("query", subject="cant log in membersnet", sender=("Jamie", "jamiek_1999@hotmail.com"),
      tags=("dyslexic", "noisy"),
      body="""hi sorry to bother you, i cant log in to the membrs net thing, it keeps saying my pasword is rong and wen i press forgot pasword i dont get the emial. ive checked the junk. is there somone who can reset it for me. my membership numbr is on my card but i cant find the card lol
""")

c.add("query", subject="About becoming member of the party", sender=("Zhang Wei", "zhangwei.uk@163.com"),
      tags=("machine-translated", "non-native"),
      body="""Dear Sir/Madam,

Hello! I am a Chinese resident who has lived in your city for six years and now has the right of permanent residence. I am very interested in British politics, especially the policies of the Labour Party on education and medical care.

May I ask the following questions:
1. Can a person who does not have British nationality join the Labour Party?
2. How much is the membership fee every year?
3. Will there be activities in the local area that I can participate in to understand more?

Thank you very much for your reply. I wish you smooth work!

Zhang Wei
""")

c.add("query", subject="pregunta / question about volunteering", sender=("Camila Restrepo", "camila.restrepo@gmail.com"),
      tags=("non-native", "mixed-language"),
      body="""Hola!

I'm Colombian, living in London 4 years, I work as a nurse. I want to volunteer for the campaign in May but I only have Sundays free. Do you do anything on Sundays? Also I speak Spanish, there are many Latin American families in Elephant and Castle who never see anybody from any party.

Muchas gracias,
Camila
""")

c.add("query", subject="Internship at the MP's office", sender=("Hamza Qureshi", "hamza.qureshi@student.example.ac.uk"),
      tags=("non-native",),
      body="""Dear Sir/Madam,

I am a second year politics student at the university and a party member since 2024. I am writing to ask whether the MP's constituency office offers work experience or internships over the summer, and if so, who I should write to. I know the CLP and the MP's office are separate but I was not able to find the right email address on the website.

I would be grateful for any guidance.

Kind regards,
Hamza Qureshi
""")

c.add("query", subject="How I can meet councillor", sender=("Tesfaye Gebremariam", "tesfaye.g@gmail.com"),
      tags=("non-native",),
      body="""Hello Sir

I am living in Fernbank ward with my wife and 3 children in one bedroom flat from housing association for 2 years. Mould is everywhere, my small son has asthma. I want to meet the councillor to explain. How I can meet him? Which day he is available? I work in the morning.

Thank you very much
Tesfaye
""")

c.add("query", subject="Booking a speaker for our Probus club", sender=("Hilary Pemberton", "hilary.pemberton@btinternet.com"),
      tags=("older-writer",),
      body="""Dear Secretary,

I am the programme secretary of the Ashbourne Probus Club (retired professional men and women, about forty members, apolitical, I hasten to add). We invite a speaker to our monthly luncheon and we have had the local Conservative and Liberal Democrat councillors in the past year.

In fairness we should like to invite someone from the Labour Party to speak for twenty minutes on any topic of their choosing, followed by questions. Our luncheons are on the second Wednesday of the month at the Green Man.

Might you suggest someone, and the best way to approach them?

Yours sincerely,
Hilary Pemberton (Mrs)
""")

c.add("query", subject="baby at GC?", sender=("Joanna Krawczyk", "joanna.krawczyk@gmail.com"),
      tags=("non-native",),
      body=f"""Hi {SEC},

I am new delegate from Westgate branch. My daughter is 4 months and breastfeeding, I cannot leave her. Is it ok to bring her to the GC? She is quiet mostly. If she cry I go out.

Thanks
Asia (Joanna)
""")

c.add("query", subject="URGENT!!! question", sender=("Sorin Matei", "sorin.matei@yahoo.com"),
      tags=("confuser", "query-with-urgent", "non-native"),
      body="""URGENT

what time start the meeting on thursday and is it in the same place as before (the library)? I need to know for ask my boss for leave.

Sorin
""")

c.add("query", also=["procedural"], subject="Conference delegate - who can stand?", sender=("Chinedu Eze", "chinedu.eze@outlook.com"),
      tags=("non-native",),
      body=f"""Dear {SEC},

I saw the circular about conference delegates for next year. Please I want to clarify few things before I decide:

1. Must the delegate be a woman this year or is one place open?
2. Does the CLP pay the hotel and the train, or only the pass?
3. If I am elected, do I vote how the GC instructs or how I think?

I have never been to conference and I would like to go, but I cannot afford Liverpool hotel on my own.

Regards,
Chinedu
""")

c.add("query", subject="Portuguese group or LGBT group?", sender=("Rafael Costa", "rafael.costa.uk@gmail.com"),
      tags=("non-native",),
      body="""Hi,

Sorry, two question. Is there some group in the party for Portuguese speaking members? There are a lot of us in Thetford and Great Yarmouth area (Portuguese, Brazilian, Angolan). And is there a LGBT+ group in the CLP or only national?

Obrigado
Rafael
""")

c.add("query", subject="teller at polling station", sender=("Abdul Kalam", "abdul.kalam1950@gmail.com"),
      tags=("non-native", "older-writer"),
      body="""Respected Sir/Madam,

In previous elections I have done the teller duty outside the polling station at Mayfield school, taking the numbers from voters. I am retired and have time. Please put my name again for May election. Is there a training, because last time there was new rules about how close we can stand?

Regards,
Abdul Kalam
""")

c.add("query", subject="Christmas social - vegetarian food?", sender=("Manpreet Sidhu", "manpreet.sidhu@gmail.com"),
      tags=("non-native",),
      body="""Hi!

Looking forward to the Christmas social. Me and my husband are vegetarian (no egg also) — will there be veg options or should we bring our own? Happy to bring some samosas for everyone if that helps 😊

Manpreet
""")

c.add("query", subject="question about the venue", sender=("Yusuf Ibrahim", "yusuf.ibrahim@gmail.com"),
      tags=("non-native",),
      body="""Salam,

The branch social in December is at the Red Lion pub. I don't go in pubs because of my religion, and some other Muslim members the same. Is there another event we can come to, or is the meeting room separate from the bar? I don't want to complain, I only ask.

Yusuf
""")

c.add("query", subject="hearing loop", sender=("Hawa Abdullahi", "hawa.abdullahi@gmail.com"),
      tags=("non-native",),
      body="""Hello, I have hearing aid. Does the hall for GC have a hearing loop? Last meeting I could not hear the people at the back. If no loop, can speakers use the microphone? Thank you, Hawa
""")

c.add("query", subject="transferring from Scottish Labour", sender=("Ross Mackay", "ross.mackay@gmail.com"),
      tags=("dialect",),
      body=f"""Hi {SEC},

Just moved doon fae Dundee for work. Ah wis a member of Dundee East. Does ma membership just transfer over automatically when ah change ma address or dae ah need tae dae somethin? Ah wis branch treasurer up the road so happy tae help wi anything.

Cheers,
Ross
""")

c.add("query", subject="postal vote", sender=("Glenys Powell", "glenys.powell@btinternet.com"),
      tags=("dialect", "older-writer"),
      body="""Hello there,

I'm going to be in my daughter's in Australia for the whole of May, so I'll miss the Senedd election for the first time since 1999. Can I have a postal vote sent out there, or does it have to be a proxy? Who do I ask, the council or you?

Diolch, cariad.
Glenys
""")

c.add("query", subject="poster for the shop", sender=("Cem Doğan", "cemdogan@hotmail.com"),
      tags=("non-native",),
      body="""Hi, I have the phone repair shop on Station road. Some customer ask me to put Labour poster in window for the election. You have poster? Where I collect? Is free? Thanks Cem
""")

c.add("query", subject="paying for my son membership", sender=("Comfort Asamoah", "comfort.asamoah@gmail.com"),
      tags=("non-native",),
      body="""Good evening,

My son is 19 and at university in Leeds. He wants to be a member but he has no money. Can I pay his membership from my account? And will he be member in our CLP or in Leeds?

Thank you,
Mrs Comfort Asamoah
""")

c.add("query", subject="whatsapp group?", sender=("Ka Yan Ho", "kayan.ho@gmail.com"),
      tags=("non-native",),
      body="""Hi! I joined last month. People at the stall said there's a WhatsApp group for the branch, can I have the link? My number is 07700 900561. Thanks 🙏
""")

c.add("query", subject="babysitter cost for meetings", sender=("Laura Vaičiulienė", "laura.vaiciuliene@gmail.com"),
      tags=("non-native",),
      body=f"""Dear {SEC},

I am single mother with two kids (6 and 9). I want to be more active, maybe be branch officer, but evening meetings are impossible without babysitter, it cost £30 every time. I heard some CLPs pay childcare for officers. Is this true for our CLP? What is the rule?

Thank you,
Laura
""")

c.add("query", subject="how do u join young labour", sender=("Tyler", "tylerrr_2008@outlook.com"),
      tags=("noisy",),
      body="""yo how do u join young labour do u have to pay n that. me n my mate r 17. is there like a group round here or is it all online
""")

# ---------------------------------------------------------------- procedural (25)

c.add("procedural", subject="Apologies", sender=("Dorota Nowicka", "dorota.nowicka@gmail.com"),
      tags=("non-native",),
      body="""Hi, please apologies from me for GC on Thursday, I am working late shift. Thank you. Dorota (Eastside delegate)
""")

c.add("procedural", subject="Motion - bus routes 22 and 34", sender=("Cristina Moldovan", "cristina.moldovan@gmail.com"),
      tags=("non-native",),
      body=f"""Dear {SEC},

Our branch (Hillcrest) voted on Monday to send this motion to the GC. 9 for, 1 against.

"This GC notes that the bus company plans to cut routes 22 and 34 after 7pm from January. Many members in Hillcrest work evening shifts in the hospital and the warehouses and have no car. This GC calls on the Labour group on the council and the Mayor to use the franchising powers to protect these routes, and asks the Secretary to write to the bus company."

Proposer: Cristina Moldovan
Seconder: Peter Hall

Please tell me if the wording need to be changed to be correct format.

Cristina
""")

c.add("procedural", subject="Nomination for Women's Officer", sender=("Nusrat Jahan", "nusrat.jahan@outlook.com"),
      tags=("non-native",),
      body=f"""Dear {SEC},

I wish to nominate myself for the position of CLP Women's Officer at the AGM. My nomination is supported by Bromley-by-Bow branch (minutes attached) and by the Women's Forum.

Statement (for the AGM papers):
I have been active in this CLP for six years, mostly with Bangladeshi and Somali women who never came to a meeting before. I started the women's coffee morning at the Kingsley Hall which now has 25 regulars. As Women's Officer I will make sure every meeting has childcare, run political education in Bangla and Somali, and support women to stand as councillors in 2026.

Thank you,
Nusrat Jahan
""")

c.add("procedural", subject="Correction to minutes of 6 November", sender=("Anwar Hossain", "anwar.hossain@gmail.com"),
      tags=("non-native", "older-writer"),
      body="""Dear Secretary,

In the draft minutes of the General Committee held on 6th November, item 5, it is written that "A. Hossain spoke against the motion". This is not correct. I spoke FOR the motion but against the second amendment. Please kindly correct before approval at next GC.

Also my name is spelled "Hussain" in the attendance list. It should be Hossain.

Regards,
Anwar Hossain
Delegate, Spitalfields branch
""")

c.add("procedural", subject="New GC delegates from Eastfield branch", sender=("Ifrah Abdi", "ifrah.abdi@gmail.com"),
      tags=("non-native",),
      body=f"""Hello {SEC},

Eastfield branch had the AGM on 12 November. The new delegates for the General Committee are:

1. Ifrah Abdi (also branch secretary now)
2. Mohamed Nur
3. Linda Carter
4. Hodan Warsame
Substitute: Ahmed Ali

Please update the list and send them the papers for the next GC. Their emails are in the membership system I think, if not tell me.

Ifrah
""")

c.add("procedural", subject="Point of order from last GC", sender=("Bassam Nasser", "bassam.nasser@gmail.com"),
      tags=("non-native",),
      body=f"""Dear {SEC},

At the last GC I raised a point of order under Standing Order 9(c) that the emergency motion on the council budget did not meet the criteria of emergency because the budget was published three weeks before. The Chair ruled it in order without explanation. I ask that this is recorded properly in the minutes, including the ruling and the reason given (if any).

I would also like an item on the next agenda to clarify the criteria for emergency motions, so this does not keep happening.

Bassam Nasser
Delegate, Riverside branch
""")

c.add("procedural", subject="Item for agenda - EU citizens' rights", sender=("Inês Martins", "ines.martins@gmail.com"),
      tags=("non-native",),
      body=f"""Hi {SEC},

Could I ask for an item at the January GC for a short report (10 min) on the situation of EU citizens with settled and pre-settled status in the constituency? Our branch has had many questions since the new digital status system. I would present it with Tomasz from Southgate. No motion, just for information and discussion.

Thanks,
Inês
""")

c.add("procedural", subject="Conference delegate nomination - Levent Öztürk", sender=("Levent Öztürk", "levent.ozturk@gmail.com"),
      tags=("non-native",),
      body=f"""Dear {SEC},

Please accept my nomination for conference delegate (open place). I attach the signed form. My supporting statement is 98 words:

"Member 11 years, Unite rep at the bus depot, Green Lanes branch chair. I will report back to every branch within one month of conference and I will consult the GC on every major vote. I care about public transport, workers' rights and the Kurdish and Turkish community in our CLP, who are almost never represented at conference."

Best regards,
Levent
""")

c.add("procedural", subject="Treasurer report for GC", sender=("Jonas Žukauskas", "jonas.zukauskas@gmail.com"),
      tags=("non-native",),
      body="""Hello,

Please find the treasurer report for December GC.

Opening balance 1 Oct: £3,842.17
Income: membership allocation £612.40, raffle £86.00, donations £150.00
Expenditure: hall hire £210.00, printing £455.80, Zoom £143.88
Closing balance 30 Nov: £3,880.89

Notes: printing cost higher because the by-election leaflets. The Zoom subscription renew in January, I suggest we check if we still need the Pro version.

Jonas Žukauskas
Treasurer
""")

c.add("procedural", also=["query"], subject="apologies + can I send someone instead", sender=("Maryna Lysenko", "maryna.lysenko@gmail.com"),
      tags=("non-native",),
      body=f"""Dear {SEC},

Please send my apologies for the EC on Monday, I have my citizenship ceremony that evening (finally!).

Can somebody vote in my place for the item about the budget? Or is it not allowed in the rules? If not then is fine, please note my apology only.

Maryna
""")

c.add("procedural", subject="Report of the Executive Committee to the GC", sender=("Oluwaseun Adeyemi", "seun.adeyemi@gmail.com"),
      tags=("non-native",),
      body="""REPORT OF THE EXECUTIVE COMMITTEE — meeting of 24 November

1. The EC received the report of the Campaign Coordinator. Six wards have active canvassing teams. Three (Moor, Castle, Sandhill) need more volunteers.
2. The EC agreed to recommend to the GC that the AGM be held on Saturday 31 January at the Trades Hall, 10.30am.
3. The EC noted correspondence from the Regional Office regarding the local government selection timetable. Longlisting will take place in February.
4. The EC agreed to set up a working group on accessibility of meetings (Cllr Morris, O. Adeyemi, H. Khan).
5. The EC agreed the draft budget for 2027, to be presented by the Treasurer.

Recommendation to GC: to approve the AGM date and the budget.

Oluwaseun Adeyemi
Vice Chair
""")

c.add("procedural", subject="Emergency motion - closure of Ridgeway GP surgery", sender=("Efua Mensah", "efua.mensah@gmail.com"),
      tags=("non-native",),
      body=f"""Dear {SEC},

On behalf of Ridgeway branch I submit an emergency motion for Thursday's GC. The closure of the Ridgeway Medical Centre was announced by the ICB on Tuesday 25th, after the deadline for ordinary motions, and the consultation ends on 10 December, before the next GC. Therefore it meets the criteria.

"This GC is alarmed by the ICB's decision to close Ridgeway Medical Centre, which serves 7,000 patients, many elderly and without cars. This GC asks the MP and the Labour group to oppose the closure and to respond to the consultation before 10 December, and invites branches to collect signatures at the surgery on Saturday."

Proposer: Efua Mensah. Seconder: Robert Lane.

Efua
""")

c.add("procedural", subject="Proposed change to standing orders", sender=("Andy Lo", "andy.lo@gmail.com"),
      tags=("non-native",),
      body=f"""Hi {SEC},

For the AGM, I would like to propose a change to CLP Standing Orders, section 6 (Motions), supported by Chinatown branch:

Current: "Motions must be received by the Secretary 14 days before the GC."
Proposed: "Motions must be received by the Secretary 10 days before the GC, and will be circulated to delegates no later than 7 days before."

Reason: many times papers arrive 2 days before, and delegates cannot consult branches. Moving the deadline later but fixing the circulation date is fairer for both.

Please confirm it is received in time for the AGM (I think deadline is 21 days before?).

Andy
""")

c.add("procedural", subject="Govan branch AGM - results", sender=("Gillian Rafferty", "gillian.rafferty@gmail.com"),
      tags=("dialect",),
      body=f"""Hi {SEC},

Govan branch AGM wis held last night, 17 present (quorate). Results below for yer records:

Chair - Tam Kerr (unopposed)
Vice chair - Asif Bashir
Secretary - Gillian Rafferty (that's me again, nae bugger else wanted it)
Treasurer - Morag Dunn
Women's officer - vacant, we'll co-opt in Jan
GC delegates - Tam Kerr, Asif Bashir, Chloe Baird, Jim McPhee

Minutes tae follow once ah've typed them up fae ma scribbles.

Gill
""")

c.add("procedural", subject="apols", sender=("Lee Tait", "lee.tait@btinternet.com"),
      tags=("dialect",),
      body="""Apols fer Thursday GC, aa'm away on a course in Durham. Lee (Heaton)
""")

c.add("procedural", subject="Minutes of Thornbury branch, 20th November", sender=("Harold Beaumont", "harold.beaumont@talktalk.net"),
      tags=("dialect", "older-writer"),
      body="""Dear Secretary,

Herewith the minutes, typed up by my good lady wife as my eyes are not what they were.

THORNBURY BRANCH — MINUTES OF MEETING HELD AT THE METHODIST SCHOOLROOM, THURSDAY 20TH NOVEMBER 2026, 7.30 P.M.

Present: H. Beaumont (chair), M. Sutcliffe (secretary), nine others.
Apologies: J. Ormerod (poorly), B. Lumb.

1. Minutes of the last meeting were read and signed as a true record.
2. Matters arising: the new noticeboard has been put up in t'library. Thanks to Mr Lumb.
3. Councillor's report: Cllr Brook reported on the library consultation. Members expressed strong views. The branch agreed to send a letter of support for keeping the library open.
4. Motion to GC on winter fuel: carried unanimously.
5. A.O.B.: Mrs Sutcliffe asked that the meeting room be warmer next time. Agreed.

Meeting closed at 9.05 p.m. Next meeting 15th January.

H. Beaumont, Chair
""")

c.add("procedural", subject="Cynnig / Motion - bilingual GC papers", sender=("Elin Pritchard", "elin.pritchard@gmail.com"),
      tags=("dialect", "mixed-language"),
      body=f"""Annwyl {SEC},

Please find below a motion from Aberdâr branch for the next GC, in both languages as we'd like it to appear on the agenda.

Mae'r Pwyllgor Cyffredinol yn cytuno y bydd pob papur ar gyfer cyfarfodydd y Pwyllgor Cyffredinol ar gael yn Gymraeg ac yn Saesneg o Ionawr 2027.

This General Committee agrees that all papers for General Committee meetings will be available in Welsh and English from January 2027.

Proposer: Elin Pritchard. Seconder: Rhodri Bevan.

Diolch,
Elin
""")

c.add("procedural", subject="nominasion for youth officer", sender=("Connor", "connor.webb2004@gmail.com"),
      tags=("dyslexic", "noisy"),
      body=f"""hi {SEC}

i wud like to nominate myself for youth officer at the AGM. my branch (Hillside) said they will suport me at the meeting last week, Sarah the secritary said she will send you the form. im 21 and been a member 3 years. i want to get more young people to come becos at the moment its just me lol

do i need to rite a statment? how long

connor
""")

c.add("procedural", subject="Report of the BAME Forum for the General Committee", sender=("Dr. Arif Chaudhry", "arif.chaudhry@gmail.com"),
      tags=("machine-translated", "non-native"),
      body="""Report of the BAME Members Forum to the General Committee

The forum held its meeting on the date of 15 November with the presence of 22 members from 6 branches.

The following points were discussed:
- The weakness of representation of the members of ethnic minorities in the offices of the branches, where the forum noted that only 3 of 42 officers of the branches are from these communities.
- The need to translate the main leaflets to Urdu, Bengali, Somali and Polish languages before the elections of May.
- The proposal of organising a day of training for the potential candidates from the communities.

The forum recommends to the General Committee to adopt these points and to allocate an amount of 300 pounds for the translation.

With thanks,
Dr. Arif Chaudhry
Chair of the Forum
""")

c.add("procedural", subject="Stepping down as branch secretary", sender=("Margaret Ellwood", "margaret.ellwood@btinternet.com"),
      tags=("older-writer",),
      body=f"""Dear {SEC},

After nineteen years as secretary of Moorside branch I have decided that the time has come to hand over to someone younger. I shall be eighty in March and my husband's health requires more of my attention.

I should be grateful if you would note that I will stand down at the branch AGM on 22nd January, and that nominations for the post should be invited in the usual way. I will of course help my successor find their feet, and I shall pass on the minute books (all nineteen of them) and the branch banner, which is in my spare room.

It has been a privilege.

Yours ever,
Margaret Ellwood
""")

c.add("procedural", subject="CWU delegate to GC", sender=("Kev Bradley", "kev.bradley@cwu-branch.example.org.uk"),
      tags=("dialect",),
      body=f"""Alroight {SEC},

Just to let yow know the CWU Birmingham branch has nominated me, Kevin Bradley, as our affiliated delegate to your GC, replacin' Marjorie who's retired. Official letter from the branch sec is attached. Can yow add me to the list and send me the papers?

Cheers bab,
Kev
""")

c.add("procedural", subject="Motion for GC - Hillsborough Law", sender=("Terry Gallagher", "terry.gallagher@hotmail.co.uk"),
      tags=("dialect",),
      body="""Walton branch passed this last night, unanimous. Please put it on the agenda.

"This GC welcomes the Public Office (Accountability) Bill but notes campaigners' concerns that the duty of candour has been watered down. This GC calls on our MP to support the families' amendments in full and to publicly state her position before the bill's next stage."

Proposed: T. Gallagher. Seconded: M. Roberts.

It's been 37 year. No more watering down. Ta.

Terry
""")

c.add("procedural", subject="Withdraw our motion please", sender=("Jaswinder Bains", "jaswinder.bains@gmail.com"),
      tags=("non-native",),
      body=f"""Hi {SEC},

Soho branch would like to withdraw our motion on the parking charges (item 8 on the draft agenda). The council changed its decision on Monday so the motion is not needed now. We agreed this at branch by email vote.

Thanks ji,
Jaswinder
""")

c.add("procedural", subject="Statement for CLP Chair election", sender=("Tharshini Sivakumar", "tharshini.s@gmail.com"),
      tags=("non-native",),
      body=f"""Dear {SEC},

Please find my candidate statement for CLP Chair for inclusion in the AGM papers (149 words).

"I have been a member for 14 years, branch secretary in Northfield for 5 and GC delegate for 8. I came to this country as a Tamil refugee child in 1996 and this party and this community gave my family everything. I want our CLP meetings to be places where people want to come: starting and finishing on time, papers out a week before, and every member, new or old, treated with respect. I will work with all sides to get our councillors re-elected in May and to rebuild our membership in the wards we have neglected. I will be a chair who listens first."

Nominated by: Northfield branch, Women's Forum, Unison Health branch.

Many thanks,
Tharshini
""")

c.add("procedural", subject="Re: Draft agenda GC 11 Dec", sender=("Wojciech Lis", "wojtek.lis@gmail.com"),
      tags=("non-native", "quoted"),
      body=c.quote_reply(
          """Hi, two small things please:

- Item 6: the motion from Southgate is about the bus routes, not "bus lanes". Please correct.
- Item 9: I think we must also have the election of the delegate to the LCF, we postponed it last time.

Otherwise looks good. Wojtek""",
          """Dear delegates,

Draft agenda for the GC on 11 December below. Please let me know of any corrections by Friday.

1. Apologies
2. Minutes of 6 Nov
3. Matters arising
4. MP's report
5. Councillors' report
6. Motion: bus lanes (Southgate)
7. Motion: Ridgeway GP (Ridgeway)
8. EC report
9. AOB""",
          style="bottom"))

c.write()
