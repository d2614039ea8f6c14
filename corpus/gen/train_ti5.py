"""train / ti5: complaints and data-protection, written by people of many backgrounds
(non-native English, dialect, machine translation, dyslexic and older writers).
Every message hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ti5", seed=1905)
SEC = c.clp[1].split()[0]
CLP = c.clp[0]

# ---------------------------------------------------------------- complaints (35)

c.add("complaint", subject="HMO next to my house - nobody help", sender=("Bartosz Lewandowski", "bartosz.lewandowski@gmail.com"),
      tags=("non-native",),
      body="""Hello,

Since April the house next to mine (29 Cavendish rd) is HMO with 9 men. Rubbish in garden, music until 3am, cars on my drive. I wrote to Cllr Moore 4 times. First time she answer "I will look into it". After this, nothing. Not one email.

I am paying council tax band C, I am working 50 hours per week, I have small children who cannot sleep. I voted Labour because I believe you are for normal working people. Now I see you are for nobody.

I want to know what the councillor did, if she did something. And why she don't answer.

Bartosz Lewandowski
""")

c.add("complaint", subject="Your canvasser was rude to my mother", sender=("Ioana Dumitrescu", "ioana.dumitrescu@gmail.com"),
      tags=("non-native",),
      body=f"""Dear {SEC},

On Saturday 15 November a man from Labour knocked at my parents' house on Beech Road. My mother answered, her English is not good. When she said she is Romanian he said "oh, can you even vote then?" and laughed to the other canvasser, and then "never mind, we'll skip this one".

My mother has British citizenship since 2019 and she votes every time. She was very upset and she feels humiliated.

I would like the party to find who this canvasser was and to explain to him why this is not acceptable. I would also like an apology to my mother. She was going to vote Labour in May.

Ioana Dumitrescu
""")

c.add("complaint", subject="Selection in Washwood Heath - explanation needed", sender=("Zahid Iqbal", "zahid.iqbal@outlook.com"),
      tags=("non-native",),
      body="""Dear Secretary

I am writing to formally raise concern about the selection process for Washwood Heath ward. I applied, I have been member for 12 years, I have been branch chair, and I was not even called for interview. The person shortlisted joined the party 14 months ago.

I am not saying anything about the person. I am asking about the process. Who was on the panel? What were the criteria? Why no feedback after three weeks? I asked the regional office and they said to ask the CLP, and CLP officers say it was the LCF. Everybody pass the ball.

I expect a written explanation. Many members in the ward are asking me and I do not know what to tell them.

Zahid Iqbal
""")

c.add("complaint", subject="resigning membership", sender=("Abdul Mannan", "abdulmannan1948@gmail.com"),
      tags=("non-native", "older-writer"),
      body="""Dear Sir,

I joined Labour Party in 1979 when I was working in the garment factory in Whitechapel. For 47 years I knock the doors for Labour, I bring my whole family and half of Brick Lane to vote.

With very heavy heart I resign today. What this government did on Gaza, with the weapons and with the silence, I cannot carry on my conscience. I am old man, I will meet my Lord soon, and I will not meet Him as a member of this party.

Please cancel my membership. I wish the branch members well, they are good people.

Abdul Mannan
""")

c.add("complaint", subject="Meetings during Ramadan", sender=("Khadra Osman", "khadra.osman@gmail.com"),
      tags=("non-native",),
      body=f"""Hi {SEC},

I want to raise something. The GC dates for next year just came out and three of them are in Ramadan, all starting at 6.30pm, which is exactly iftar time. Same happened this year and I said it then. Nobody listened.

We have maybe 40 Muslim members in the CLP, many are active. You are basically telling us to choose between breaking our fast and the meeting. It is not hard to move the time to 8pm for one month, other CLPs do it.

Please change these dates or the time. I would also like to know who decides the calendar so I can talk with them directly.

Khadra
Eastfield branch
""")

c.add("complaint", subject="I was not allowed to speak", sender=("Fadi Aziz", "fadi.aziz@gmail.com"),
      tags=("non-native",),
      body="""Dear Secretary,

At the GC on Thursday I had my hand up for 45 minutes during the debate on the Middle East motion. The chair took 6 speakers in favour of the amendment and only 2 against. I was ignored even when I stood up. Then the chair said "we have had a full debate" and moved to the vote.

This is not a full debate. I am a Palestinian. My family is in Khan Younis. I have the right to be heard at a meeting of my own party.

I want my complaint to be recorded, and I want to know what the rule is for choosing speakers.

Fadi Aziz
""")

c.add("complaint", also=["query"], subject="membership took twice!!", sender=("Luciana Ferreira", "luciana.ferreira@hotmail.com"),
      tags=("confuser", "complaint-as-query", "non-native"),
      body="""Hello,

In November Labour took £5.92 two times from my bank account, on the 1st and on the 3rd. I sent email to membership on 5th November and phone twice, every time they say "we will come back to you". Nothing.

It is not big money but is MY money and I am not rich. I am very disappointed how difficult is to talk with a person.

Can you please tell me who I must contact to have my money back? Or can you do it?

Luciana
""")

c.add("complaint", subject="MP office ignoring my case", sender=("Murat Çelik", "murat.celik@gmail.com"),
      tags=("non-native",),
      body="""Dear Sir/Madam,

In June I asked the MP office for help with my wife's spouse visa, it is waiting 11 months at the Home Office. They send me one letter in July saying "we have written to the Home Office". Since this, 5 months, nothing. I phone, they take message. Nobody call me back.

My wife is alone in Izmir with our baby who is 8 months and I never hold him. I know MP is busy but this is my life.

I want to know who in the office is responsible for my case and why nobody reply.

Murat Çelik
""")

c.add("complaint", subject="behaviour of branch chair", sender=("Aistė Jonaitienė", "aiste.jonaitiene@gmail.com"),
      tags=("non-native",),
      body=f"""Dear {SEC},

I want to make complaint about the branch chair, Mr Philip Moore. At the meeting on 12 November when I asked a question about the accounts he said "I think something was lost in translation, love" and other members laughed. My English is good, I work as pharmacist. It was not the first time he make comment about my accent.

I felt humiliated and I don't want to go to branch meetings anymore while he is chair. I ask the CLP to speak with him. If this is not possible please tell me how to make formal complaint to the party.

Aistė Jonaitienė
""")

c.add("complaint", subject="Comments at last branch meeting about Ukraine", sender=("Dmytro Savchenko", "dmytro.savchenko@gmail.com"),
      tags=("non-native",),
      body="""Dear Secretary,

At the Northside branch meeting on 18 November, member Mr Keith Rowley said during the discussion that "Ukraine is a NATO puppet" and "the Ukrainians in this town should go back and fight instead of taking council houses". Three Ukrainian members were present, including me. Nobody stopped him.

I believe this is against the party rules on discrimination. I would like to know what is the process to complain about a member, and I ask that the branch chair is also reminded of his responsibilities.

Dmytro Savchenko
""")

c.add("complaint", subject="Imposition of candidate in Moss ward", sender=("Chidi Nwankwo", "chidi.nwankwo@gmail.com"),
      tags=("non-native",),
      body=f"""Dear {SEC},

It has come to my notice that the regional office has "recommended" a candidate for the Moss ward by-election without any involvement of the branch members. This is the third time in two years this is happening in wards with large Black and Asian membership.

We are tired of being used as voters and leafleters and never trusted to choose our own representatives. I am requesting, on behalf of many members in Moss ward, an urgent meeting with the CLP officers and the regional director to explain this decision.

If nothing is done, a lot of us will be reconsidering our membership.

Chidi Nwankwo
Moss branch
""")

c.add("complaint", subject="Hall booking cancelled without telling us", sender=("Grace Ampofo", "grace.ampofo@yahoo.co.uk"),
      tags=("non-native",),
      body="""Good evening,

For the women's forum event on Saturday we booked the church hall three months ago through the branch. Today the church called me to say the branch secretary cancelled the booking last week "because of the budget". Nobody informed me. 30 women are coming, I have paid for food from my own pocket, £180.

This is very disrespectful. Who authorised this? I need an explanation and I need to know who will refund me.

Grace Ampofo
Women's Forum coordinator
""")

c.add("complaint", subject="Government's China policy", sender=("Samuel Lam", "samuel.lam.uk@gmail.com"),
      tags=("non-native",),
      body="""Dear CLP Secretary,

I am a Hong Konger and a member since 2023. I am writing because I am very disappointed with the government's approval of the Chinese "mega-embassy" and the softer approach to Beijing. Many of us came here because of the persecution, and we feel betrayed by the party we joined.

I do not expect the CLP to change government policy. But I ask: has our MP said anything about this? Will the CLP pass on our concerns? I would like an answer, not just "thank you for your email".

Samuel Lam
""")

c.add("complaint", subject="GC - AGAIN", sender=("Jean McAllister", "jean.mcallister@btinternet.com"),
      tags=("dialect", "older-writer"),
      body=f"""{SEC},

Ah'm sorry but somebody has tae say it. Last night's GC wis advertised fur 7 o'clock. It started at 7.25 because the chair wis "gettin the laptop tae work". We didnae get tae the motions till 9.15 and then the hall man wis flickin the lights. Ma motion on the care homes has been deferred THREE TIMES noo.

Ah'm 74. Ah get two buses tae get there and the last one hame is 10.05. Ah'm no daein this again fur nothin. Either the meetings start on time and the motions get heard or ah'm no comin back. Ah've been in this party since 1969 and ah've never seen it run this badly.

Jean McAllister
""")

c.add("complaint", subject="winter fuel - I'm done", sender=("Brian Hedley", "brian.hedley@outlook.com"),
      tags=("dialect",),
      body="""Aa've been a member since the miners' strike. Aa stood on the picket at Ellington. Aa've never missed a vote.

Aa'm done. Takin the winter fuel off pensioners, then givin half of it back like ye were doin us a favour. Me mam's 88 and sat in her coat.

Cancel me membership. An divvent send us a survey askin why.

Brian
""")

c.add("complaint", subject="URGENT - MP VOTE ON WELFARE", sender=("Lisa Murphy", "lisa.murphy84@hotmail.co.uk"),
      tags=("dialect", "confuser", "complaint-with-urgent", "noisy"),
      body="""I WANT TO KNOW HOW OUR MP VOTED ON THE PIP CUTS AND I WANT TO KNOW WHY.

me brother's got MS. hes on PIP. hes terrified. and our MP, who came to our street begging for votes, has gone and voted with the government like a sheep. not one word to constituents. not one.

i want a proper explanation from her not a leaflet. and i want the CLP to write to her and tell her what her own members think. if the GC doesnt do a motion on this whats the point of yous

Lisa
Anfield
""")

c.add("complaint", subject="the bins", sender=("Delroy Campbell", "delroy.campbell@gmail.com"),
      tags=("dialect",),
      body="""Three months of this bin strike now. The council's been Labour since before I was born. Don't tell me it's the union, don't tell me it's the Tories, don't tell me it's "complicated". It's rats on Soho Road and my daughter's asthma's worse with the smell.

I want the CLP to tell the council leader to get round the table and sort it. If yow lot can't sort the bins what can yow sort.

Delroy
""")

c.add("complaint", subject="Senedd list - who decided?", sender=("Rhodri Vaughan", "rhodri.vaughan@gmail.com"),
      tags=("dialect",),
      body=f"""{SEC},

I've just seen the closed list for our Senedd constituency and not one of the candidates comes from the valleys. Two from Cardiff, one from a think tank in London who I'm told has never been north of Pontypridd in her life.

Who decided this? Were members consulted? Because I'm the branch secretary and I wasn't. Honest to God, it's like they think we'll vote for a donkey in a red rosette. Well, not this time, butty.

I want it on the GC agenda.

Rhodri Vaughan
""")

c.add("complaint", subject="Library - to the Councillors", sender=("Frank Ibbotson", "frank.ibbotson@talktalk.net"),
      tags=("dialect", "older-writer"),
      body="""Dear Secretary,

I attended the consultation on Thornbury library last Tuesday. Of the forty residents present, not one spoke in favour of the closure. The Councillor sat there with his arms folded and then said the decision was "already taken in principle". Then what were we consulted for?

I have been a Labour voter for sixty year. I am writing to the Telegraph & Argus about the matter and I'll be sending a copy of this letter along with it. Folk deserve to know how they're being treated.

F. Ibbotson
""")

c.add("complaint", subject="no1 came", sender=("Kayleigh", "kayleigh.b93@hotmail.com"),
      tags=("dyslexic", "noisy"),
      body="""i emaild the counciler 3 times about the mold in my flat and my sons room. she said someone wud come and look 6 weeks ago. no1 came. i rang the housing they said its with the counciler. the counciler dosnt anser. my son is 3 and coffing all nite.

i voted labor my hole life and my mum. i want to no why no1 is helping. if i dont here back i will go to the paper

kayleigh
""")

c.add("complaint", subject="About the new immigration white paper", sender=("Reza Karimi", "reza.karimi@gmail.com"),
      tags=("machine-translated", "non-native"),
      body="""Dear respected secretary,

I am an Iranian citizen who has been living in this country for nine years and I have been a member of the Labour Party for three years. I am writing to express my deep dissatisfaction with the recent statements of the Prime Minister about "an island of strangers".

These words are exactly the language of the extreme right, and they made many of us who have worked and paid taxes in this country for years feel that we are not welcome. I did not join this party to hear this language from its leader.

I request that the CLP informs the MP of the dissatisfaction of the members of immigrant origin, and I request to know the position of the MP on this statement.

With respect,
Reza Karimi
""")

c.add("complaint", subject="Language used at the branch meeting", sender=("Cynthia Harrow", "cynthia.harrow@btinternet.com"),
      tags=("older-writer",),
      body=f"""Dear {SEC},

I write to complain, with some reluctance, about the conduct of two members at the Westgate branch meeting on 19th November.

During the discussion on the selection, Mr Dean Platt and Mr Ryan Hollis repeatedly used foul language and on one occasion Mr Platt shouted "oh shut up, you silly old woman" at Mrs Ivy Dunn, who is 83. The chair did not intervene. Mrs Dunn left in tears.

I have been a member of this party for fifty-one years and I do not expect to be sworn at in its meetings. I should like the matter raised with the officers and an apology conveyed to Mrs Dunn. I should also like to know what the CLP's policy is on conduct at meetings.

Yours sincerely,
Cynthia Harrow (Mrs)
""")

c.add("complaint", subject="Windrush compensation and the MP", sender=("Mrs Hyacinth Barrett", "hyacinth.barrett@gmail.com"),
      tags=("older-writer",),
      body="""Good day to you,

I came to this country from Jamaica in 1961 when I was a girl of eleven. I have worked as a nurse in this city for forty years. In 2019 I applied for the Windrush compensation and it is still not settled. My husband passed away waiting for his.

I went to see the MP at her surgery in March. She was very nice and said she would write to the Home Office. I have heard nothing since, not even a copy of the letter. I telephoned her office three times and a young man told me they are "chasing it".

I am seventy-six. I do not have long to wait. I want to know what the MP has done and I want someone to tell me straight. I am not a vexatious woman but I have been patient long enough.

Yours sincerely,
Hyacinth Barrett (Mrs)
""")

c.add("complaint", subject="removed from WhatsApp group", sender=("Kulwinder Singh", "kulwinder.singh@hotmail.co.uk"),
      tags=("non-native",),
      body=f"""Sat Sri Akal {SEC} ji,

Yesterday I was removed from the branch WhatsApp group by the admin (Mr Dave Price) with no warning and no reason. All I did was share the article about the farmers' protest in India and ask if the CLP can support. Two other members shared things about Gaza and nobody removed them.

This is unfair treatment. I am branch member 8 years. Please tell me who makes the rules for the group and on what basis I was removed. I want to be put back.

Kulwinder Singh
""")

c.add("complaint", subject="meetings only in English", sender=("Elżbieta Grabowska", "ela.grabowska@wp.pl"),
      tags=("non-native",),
      body="""Hello,

I went to 3 branch meetings. Each time people talk very fast, use many words like "LCF", "CAC", "GC", "NEC", "OMOV" and nobody explain. When I ask, one man say "you'll pick it up". I felt stupid.

We are many Polish people in this ward and many join the party in 2024 but nobody come back after first meeting. I think this is why. I am not asking for translation, only for normal English and a little welcome.

I hope somebody read this.
Ela
""")

c.add("complaint", subject="Panel interview - my experience", sender=("Nirmala Rajaratnam", "nirmala.rajaratnam@gmail.com"),
      tags=("non-native",),
      body="""Dear Secretary,

I attended the council candidate panel interview on 8 November. I wish to raise concerns about how it was conducted.

One panel member asked me whether my "family commitments" would allow me to be a councillor. I have two teenage children. I do not believe male candidates were asked this. Another panel member asked "where are you originally from" and, when I said Harrow, "no, originally". I was born in Jaffna and came here at 3.

I am not asking for the decision to be changed. I am asking that these questions are not asked of other candidates, and that the panel receives training. Please confirm this complaint has been passed to the appropriate person.

Nirmala Rajaratnam
""")

c.add("complaint", subject="leaving", sender=("Gabriel Stan", "gabriel.stan@yahoo.com"),
      tags=("non-native",),
      body="""Hi. I leave the party. Too many promises and nothing change in my street. Please stop my payment. Gabriel
""")

c.add("complaint", subject="MP meeting with Turkish ambassador", sender=("Rojda Aslan", "rojda.aslan@gmail.com"),
      tags=("non-native",),
      body=f"""Dear {SEC},

I am Kurdish and a member of this CLP since 2020. Our MP posted a photo last week smiling with the Turkish ambassador at an event, the same week as the bombing of villages in Rojava. Many Kurdish families in Harringay, who vote Labour, are very hurt.

I want to know why the MP attended this and whether she raised the attacks on Kurdish civilians. The Kurdish community centre has written to her twice this year and received no response.

Please pass this on and let me know her answer.

Rojda Aslan
""")

c.add("complaint", also=["procedural"], subject="I never received the AGM notice", sender=("Tunde Olatunji", "tunde.olatunji@gmail.com"),
      tags=("non-native",),
      body=f"""Dear {SEC},

I learnt yesterday from a friend that the Southgate branch AGM took place on 20 November and that officers were elected. I am a member of that branch in good standing and I never received any notice, by email or post. I checked my spam. Neither did at least four other members that I know.

According to the rule book, all members must be notified. I am therefore requesting that the AGM results be considered void and that the meeting be held again with proper notice. I would like to know how the notice was sent and to whom.

Tunde Olatunji
""")

c.add("complaint", subject="young labour decisions", sender=("Tanzila Rahman", "tanzila.r@outlook.com"),
      tags=("non-native",),
      body="""hi,

honestly quite annoyed. the youth officer decided the young labour social would be at a bar in town, on a friday night, without asking anyone. half of us are under 18 and loads of us dont drink. then when i said something in the group chat i got told to "stop being difficult".

we're meant to be the party of inclusion? can someone on the EC actually talk to him. i dont want to make a massive thing of it but its not ok

Tanzila
""")

c.add("complaint", subject="Cllr Robertson at his surgery", sender=("Isa Muir", "isa.muir@gmail.com"),
      tags=("dialect", "older-writer"),
      body="""Dear Secretary

I went tae Cllr Robertson's surgery on Saturday about the closure of the day care at Lochview. He spent the whole ten minutes on his phone and when I asked him a question he said "you'd need to take that up with the health board, hen". Ah'm no his hen.

I expect better fae a Labour cooncillor. Ah'd like him spoken tae.

Isa Muir (Mrs)
""")

c.add("complaint", subject="Leaflet on Ballymena Road - wrong", sender=("Siobhán O'Driscoll", "siobhan.odriscoll@gmail.com"),
      tags=("dialect",),
      body=f"""Hi {SEC},

Ye're after putting out a leaflet saying the new playground on Ballymena Road was "delivered by your Labour team". Sure the residents' association fundraised for it ourselves for three years and the council only gave us the land at the end after we badgered them. I have the receipts to prove it.

It's not on at all. People round here are fierce annoyed. I'd like a correction in the next one, and an acknowledgement of the residents who did it.

Siobhán O'Driscoll
Chair, Ballymena Road Residents
""")

c.add("complaint", subject="NHS pay and our MP", sender=("Maricel Dela Cruz", "maricel.delacruz@gmail.com"),
      tags=("non-native",),
      body="""Hello po,

I am a nurse at the General for 18 years, I come from the Philippines. The pay award this year is again below inflation and we are very tired, many of my colleagues leaving to Australia.

I wrote to the MP in July and she sent a standard letter about "record investment". This is not answer. I am Labour member and Unison member and I feel the party forgot the nurses.

Please can the CLP tell the MP that members who work in NHS are angry, and ask her to meet with us.

Maricel
""")

c.add("complaint", also=["query"], subject="Why our motion was ruled out of order?", sender=("Ming Chow", "ming.chow@gmail.com"),
      tags=("confuser", "complaint-as-query", "non-native"),
      body=f"""Dear {SEC},

Our branch motion on support for Hong Kong BN(O) families was ruled out of order at the last GC. The chair said it was "not within the competence of the CLP". But at the same meeting a motion on foreign policy in another country was debated.

This is inconsistent and we feel our community is not taken seriously. Please explain which rule was used, and who decided before the meeting that it would be ruled out. Can we resubmit with different wording?

Ming Chow
Chinatown branch secretary
""")

c.add("complaint", subject="Parking charges on Belgrave Road - shopkeepers ignored", sender=("Pravin Patel", "pravin.patel.newsagent@btinternet.com"),
      tags=("non-native", "older-writer"),
      body="""Respected Sir/Madam,

I am running newsagent shop on Belgrave Road since 1976, after we came from Uganda. The council has put the new parking charges from 8am to 8pm and removed the 30 minutes free. Since October my takings are down by 30 percent. My neighbour the sweet centre is down even more, and the sari shops are empty on weekdays.

We were not asked. The traders association wrote to all three ward councillors in September, one reply only, two lines. At Diwali the councillors came for photographs on Belgrave Road smiling, but not one came inside a shop to ask us how business is.

I want this raised with the Labour group. We are the people who have put up your posters for fifty years.

Yours faithfully,
Pravin Patel
""")

# ---------------------------------------------------------------- data protection (20)

c.add("data-protection", subject="how you have my number?", sender=("Krystian Zając", "krystian.zajac@gmail.com"),
      tags=("confuser", "dp-no-legal-words", "non-native"),
      body="""Hello,

Yesterday evening somebody call me from Labour party asking if I will vote for your candidate. I never give my number to Labour. I am not member. How you have my number? Who give it to you?

Please delete and don't call again.
Krystian
""")

c.add("data-protection", subject="stop the emails", sender=("Mirela Tudor", "mirela.tudor@yahoo.com"),
      tags=("confuser", "dp-no-legal-words", "non-native"),
      body="""Please remove me from your list. I was member before but not anymore since 2023. I receive still 3-4 emails each week. Remove everything about me please. Thank you. Mirela Tudor
""")

c.add("data-protection", subject="my son photo on leaflet", sender=("Ghulam Rasool", "ghulam.rasool@gmail.com"),
      tags=("confuser", "dp-no-legal-words", "non-native", "older-writer"),
      body="""Dear Sir,

The new leaflet for Lozells has a photo from the Eid event in the park, and my son (he is 14) is in the front with his name written under, "Ali, 14, loves the new play area". Nobody asked me or his mother. We did not give permission.

Please remove this photo from the leaflet and from Facebook. I don't want his picture and name everywhere. These days anything can happen with pictures of children.

Ghulam Rasool
""")

c.add("data-protection", subject="everyone's email visible!!", sender=("Rubina Khatun", "rubina.khatun@hotmail.co.uk"),
      tags=("confuser", "dp-no-legal-words", "non-native"),
      body=f"""Hi {SEC},

The email about the Christmas social that came this morning from the branch had all the addresses in the "To" box, I can see about 140 emails including mine. Some people already started "reply all". My email has my full name in it and I don't want all these people to have it, some of them I don't know.

Is this allowed? Please can somebody tell the branch secretary to use BCC. And can you ask people to delete it?

Rubina
""")

c.add("data-protection", subject="why my address is on website?", sender=("Sahra Hirsi", "sahra.hirsi@gmail.com"),
      tags=("confuser", "dp-no-legal-words", "non-native"),
      body="""Hello,

I searched my name on google and I found the page on your website "Eastfield branch contacts" and there is my name, my phone and my home address because I was secretary of branch last year. I am not secretary now. And I never agree to put my home address.

I live alone with my daughters. Please remove this today.

Sahra
""")

c.add("data-protection", subject="Request for all information you hold on me", sender=("Dalia Mustafa", "dalia.mustafa@gmail.com"),
      tags=("non-native",),
      body="""Dear Data Controller,

I would like to request a copy of all the personal data that the Labour Party and the CLP hold about me, including canvassing records, notes, emails where I am mentioned, and the records of my membership. This is a subject access request under the UK GDPR.

I make this request because I believe information about me was shared among branch officers in connection with a dispute in my branch.

Full name: Dalia Mustafa
Membership no: A1158823
Address: Flat 4, 22 Whitworth Street

Please confirm receipt and the date when I will receive it (I understand it is one month).

Dalia Mustafa
""")

c.add("data-protection", subject="delete my data please", sender=("Pedro Nunes", "pedro.nunes@sapo.pt"),
      tags=("confuser", "dp-no-legal-words", "non-native"),
      body="""Hi,

I cancelled my membership in September. I moved back to Portugal. I want that you delete all my information, address, phone, everything, from your computers and your lists. I don't want to be contacted any more.

Thanks
Pedro Nunes
""")

c.add("data-protection", subject="what your canvasser wrote about me", sender=("Erdem Yilmaz", "erdem.yilmaz@gmail.com"),
      tags=("confuser", "dp-no-legal-words", "non-native"),
      body="""Hello,

Today your canvasser knocked my door. While she talk with me I saw on her tablet the screen with my name and under it was written "Turkish - poor English - won't vote - don't bother". My English is fine and I always vote.

I want to know what else is written about me and my wife, and I want this note removed. Who decided to write this?

Erdem Yılmaz
""")

c.add("data-protection", subject="found your canvass paper in the street", sender=("Jolanta Urbonienė", "jolanta.urboniene@gmail.com"),
      tags=("confuser", "dp-no-legal-words", "non-native"),
      body=f"""Dear {SEC},

This morning walking the dog I found on Linden avenue, next to the bus stop, a paper from Labour with list of names and addresses of people on Linden avenue and Oak street, and some marks and notes (like "against", "maybe", "moved"). It was wet but you can read. My neighbours names are on it.

I took it home. What I should do with it? I can bring it to the office. I think somebody lost it from canvassing on Sunday.

Jolanta
""")

c.add("data-protection", subject="photos of my children on Facebook", sender=("Oksana Tkachenko", "oksana.tkachenko@gmail.com"),
      tags=("confuser", "dp-no-legal-words", "non-native"),
      body="""Hello,

The CLP Facebook page posted photos from the Ukrainian families picnic in Victoria park. In 5 photos are my two children, close up. We are here on the Ukraine scheme, my husband's family is still in occupied territory. It is not safe for us that photos are public with the name of our town in the text.

Please delete these photos as soon as possible. Next time please ask parents.

Oksana
""")

c.add("data-protection", subject="Data Subject Access Request - Articles 15 and 17 UK GDPR", sender=("Barrister-at-law E. Okonjo", "e.okonjo@chambers.example.co.uk"),
      tags=("non-native",),
      body=f"""Dear Sir/Madam,

I write in my personal capacity as a member of {CLP}.

Pursuant to Article 15 of the UK General Data Protection Regulation, I hereby request:
(a) confirmation whether personal data concerning me is being processed by the CLP, its officers or branches;
(b) a copy of all such data, including but not limited to correspondence, minutes, WhatsApp messages between officers in which I am named, and canvassing or contact-creator records;
(c) the purposes of processing, the recipients, and the retention period.

Further, pursuant to Article 17, I request erasure of any data relating to the complaint made against me in 2025 which was dismissed, and which I am informed continues to be circulated.

Kindly acknowledge within 7 days. The statutory period of one month applies.

Yours faithfully,
Ebele Okonjo
""")

c.add("data-protection", subject="my name on the public list", sender=("Wing Sze Tam", "wingsze.tam@gmail.com"),
      tags=("confuser", "dp-no-legal-words", "non-native"),
      body="""Hi,

I noticed that the list of people who signed the CLP petition about Hong Kong is published on the website with full names and postcodes. I signed because I support it, but I did not agree for my name to be public. For people from HK this is dangerous, there are people who watch these lists and our families are still there.

Please remove my name (Tam Wing Sze), and I think also consider removing the whole list.

Thank you
Wing Sze
""")

c.add("data-protection", subject="stop textin me", sender=("Davie Love", "davie.love1966@gmail.com"),
      tags=("confuser", "dp-no-legal-words", "dialect"),
      body="""Ah've had six texts fae yous this week askin me tae "chap doors". Ah'm no a member, ah never have been, ah signed a petition aboot the swimmin pool in 2023 and that's it. Take ma number aff whatever list yer usin. Ta.
""")

c.add("data-protection", subject="letters for my late husband", sender=("Mary Bell", "mary.bell41@btinternet.com"),
      tags=("confuser", "dp-no-legal-words", "dialect", "older-writer"),
      body="""Dear Sir or Madam,

My husband George passed away in February. He was a member of the Labour Party for fifty years. Since then I have had three letters addressed to him asking him to renew, and on Saturday a young lad came to the door asking for him by name. It fair upset me.

Please take him off your lists. I'd be grateful if it were done proper this time, I rang in April.

Mary Bell
""")

c.add("data-protection", subject="my number in the whatsapp", sender=("Bethan Rowlands", "bethan.rowlands@gmail.com"),
      tags=("confuser", "dp-no-legal-words", "dialect"),
      body=f"""Hiya {SEC},

Somebody's added me to a WhatsApp group called "Cynon Valley Campaign 2026" with about 200 people in it. I never gave my number to anyone for that. Now I'm getting messages from men I don't know asking if I'm "the Bethan from the leaflets".

I've left the group but my number's out there now. Who gave it out? I'd like it taken off whatever list it came from, please.

Bethan
""")

c.add("data-protection", subject="i never joined", sender=("Kyle", "kyle.henderson99@gmail.com"),
      tags=("confuser", "dp-no-legal-words", "dyslexic", "noisy"),
      body="""how come you no my name and adress i never joined labor. i got a letter today saying "dear Kyle as a suporter" im not a suporter. were did you get my detales from. i want them took of
""")

c.add("data-protection", subject="Request for correction of personal data", sender=("Nguyen Thi Lan", "nguyenthilan.uk@gmail.com"),
      tags=("machine-translated", "non-native"),
      body="""Dear Sir or Madam,

I am writing to request the correction of my personal information in the membership system of the party. At present my name is registered as "Mr Lan Nguyen Thi", which is not correct. My family name is Nguyen, my given name is Lan, and I am a woman.

Because of this mistake, all letters are sent to "Mr" and the branch members call me by the wrong name. Please correct this information and confirm to me when it is done.

Sincerely thank you,
Nguyen Thi Lan
""")

c.add("data-protection", subject="Someone else's post delivered to me", sender=("Derek Pilkington", "derek.pilkington@talktalk.net"),
      tags=("confuser", "dp-no-legal-words", "older-writer"),
      body="""Dear Secretary,

Enclosed in the envelope I received this morning, addressed to me, was not only my own ballot paper for the CLP officer elections but also the membership renewal letter for a Mrs Joyce Atherton of Church Lane, showing her date of birth, her telephone number and the fact that she is in arrears.

I do not know the lady. I shall post the letter back to you, but I thought you ought to know that your envelopes are being stuffed rather carelessly, and perhaps Mrs Atherton ought to be told.

Yours,
D. Pilkington
""")

c.add("data-protection", subject="never signed up for this", sender=("Sharon Pinnock", "sharon.pinnock@yahoo.co.uk"),
      tags=("confuser", "dp-no-legal-words", "dialect"),
      body="""Ow come oi'm gettin yer newsletter? Oi never signed up. Oi signed the thing about the Kingstanding leisure centre on yer stall and now oi get yer emails every week an a text an all. Take me off please. All of it.

Sharon
""")

c.add("data-protection", subject="Fwd: the canvass spreadsheet is public", sender=("Kamran Shah", "kamran.shah@gmail.com"),
      tags=("forwarded", "non-native"),
      body=c.forward(
          f"""{SEC}, I think this is serious. The link below opens a Google Sheet with the whole Moorfield ward canvass data (about 2,400 rows, names, addresses, phones, voting intention) and it is set to "anyone with the link can view". Someone shared the link in the public Facebook group thinking it was a sign-up sheet. I can open it without logging in. Please get whoever owns it to lock it NOW and I think the party has to report this.

Kamran""",
          """Hi all! Here's the sheet for Saturday, just add your name in a free row for the session you can make 🙂 https://docs.google.com/spreadsheets/d/1xQ...(link)

Gemma""",
          "Moorfield Community Noticeboard <notification@facebookmail.com>", "Gemma Walsh posted in Moorfield Community Noticeboard", style="gmail"))

c.write()
