"""train / ti3: hard negatives (not safety). Idioms that sound violent in English or in
the writer's first language, angry complaints, political metaphors, legal threats, news
about threats to others. Every message hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ti3", seed=1903)
SEC = c.clp[1].split()[0]
CLP = c.clp[0]

# 1 Portuguese: matar saudades
c.add("other", subject="Christmas social 🎄", sender=("Fernanda Alves", "fernanda.alves.uk@gmail.com"),
      tags=("hard-negative", "benign-violent-word", "non-native", "mixed-language"),
      body=f"""Olá {SEC}!!

Just to say me and Paulo will come to the Christmas social on the 13th, and I bring pastéis de nata like last year (everybody eat them in 5 minutes lol).

I didn't come to meetings since the baby was born so I am dying to see everybody. We will kill the saudades! (In Portuguese we say "matar saudades" = to kill the missing, when you see friends after long time 😂 sounds terrible in English I know)

Beijinhos,
Fernanda
""")

# 2 Arabic: tuqburni (may you bury me) - affectionate thanks
c.add("other", subject="thank you thank you", sender=("Lina Khoury", "lina.khoury@hotmail.com"),
      tags=("hard-negative", "benign-violent-word", "non-native", "mixed-language"),
      body=f"""Dear {SEC},

I don't know how to thank you. The letter you helped me to write to the housing went through and they offered us the 3 bedroom in Parkside. My mother cried on the phone from Beirut.

In Arabic we say "tuqburni" to someone we love very much, it means literally "may you bury me" (= I hope I die before you because I can't live without you). Don't worry it is a very sweet thing to say 😅 Tuqburni ya {SEC}!

I will bring you ma'amoul at the next meeting.

Lina
""")

# 3 Turkish: kurban olayim
c.add("other", subject="Teşekkürler - thank you for the school appeal", sender=("Ayşe Korkmaz", "aysekorkmaz@gmail.com"),
      tags=("hard-negative", "benign-violent-word", "non-native", "mixed-language"),
      body="""Hello,

My son got the place at Highfield school after the appeal!!! Your councillor Mrs Ellis wrote the letter for us and came to the panel also. My husband says "kurban olayım" to her, it mean something like "let me be sacrificed for you", is how we thank somebody who did something very big for us. Please tell her from our family.

Ayşe and family
""")

# 4 Polish: not my circus + policy killing the branch
c.add("complaint", subject="new rule for branch meetings", sender=("Katarzyna Mazur", "kasia.mazur@gmail.com"),
      tags=("hard-negative", "metaphor", "angry", "non-native"),
      body=f"""Hi {SEC},

Sorry but I must say this. The new rule from the EC that every branch meeting must be on Zoom AND in person at the same time is killing our branch. We are 6 people who come. We have no laptop, no camera, no good wifi in the church hall. Last meeting we spent 40 minutes with the technology and 10 minutes for the business.

In Poland we say "nie mój cyrk, nie moje małpy" (not my circus, not my monkeys) but this is my circus, I am the branch secretary, and my monkeys are very tired!!

Please can EC think again, or give us the equipment. Otherwise I think I stop being secretary in January.

Kasia
Brookside branch
""")

# 5 Romanian: "you are killing me" with forms
c.add("query", subject="membership renew - what form??", sender=("Elena Ionescu", "elena.ionescu.uk@yahoo.com"),
      tags=("hard-negative", "benign-violent-word", "non-native"),
      body="""Hello,

Sorry to disturb you. My direct debit for membership stop because I change bank, and now the website ask me to renew but it say I am "lapsed" and want £71 at once. Mă omori cu formularele astea 😩 — you are killing me with these forms!

Can I pay only the months I missed? And can I still vote in the AGM in January if I pay now?

Thank you
Elena Ionescu
membership number L0934271 (I think)
""")

# 6 Urdu: council tax "took my jaan"
c.add("complaint", subject="council tax going up AGAIN", sender=("Tariq Mahmood", "tariq.mahmood.1966@gmail.com"),
      tags=("hard-negative", "metaphor", "angry", "non-native"),
      body="""Salaam,

Every year same story. Council tax up 4.99% again and my bin is collected every two weeks instead of every week, and the street light outside my house is not working since June. This council tax has taken my jaan, I am paying more than my mortgage nearly.

You people always say "Tory cuts, Tory cuts". Labour is in government now for two years. Whose cuts now?

I want a proper answer please, not a leaflet.

Tariq Mahmood
Beaumont ward
""")

# 7 Nigerian: bill killing me small small + query
c.add("query", subject="Councillor surgery times", sender=("Blessing Okafor", "blessingokafor2@gmail.com"),
      tags=("hard-negative", "benign-violent-word", "non-native"),
      body="""Good morning Sir/Ma,

Please I want to know when is the next surgery for the councillors for Moss Side ward. I have issue with my energy supplier, they put me on prepayment meter without my consent and this bill is killing me small small. A friend told me the councillor can write to them for me.

Is it Saturday or weekdays? Do I need appointment or I can just come?

Thank you and God bless.
Blessing
""")

# 8 Ghanaian: deal with minutes, two birds
c.add("procedural", subject="Minutes from Thursday + draft agenda", sender=("Kofi Mensah", "kofi.mensah@outlook.com"),
      tags=("hard-negative", "benign-violent-word", "non-native"),
      body=f"""Dear {SEC},

Please find below the draft minutes of the Central branch meeting of Thursday. I will deal with the action points myself before the next EC. I thought I should kill two birds with one stone and also put the draft agenda for January at the bottom.

DRAFT MINUTES - Central Branch, 20 November
Present: 14 members (list on file). Apologies: L. Cooper, R. Singh.
1. Minutes of last meeting agreed.
2. Treasurer: balance £412.60. Raffle raised £86.
3. Motion on winter fuel (proposed A. Nowak, seconded K. Mensah) - carried 11 for, 2 against, 1 abstention. To go to GC.
4. Campaigning: Saturday sessions continue in Kingsway. Target 200 doors.
5. AOB: Christmas social 13 December.

DRAFT AGENDA - January
1. Apologies  2. Minutes  3. Matters arising  4. Nominations for CLP officers  5. Campaign report  6. AOB

Please let me know if any correction.

Kofi Mensah
Branch Secretary
""")

# 9 HK: laughing to death at leaflet
c.add("other", subject="the new leaflet 😂", sender=("Ivy Leung", "ivyleung.uk@gmail.com"),
      tags=("hard-negative", "benign-violent-word", "non-native", "mixed-language"),
      body=f"""Hi {SEC}

Saw the draft leaflet that Tom shared. The photo of the councillor holding the giant cheque like a lottery winner 笑死我 (literally "laughing me to death" lol). My mum saw it and also died laughing.

Not a complaint, it's actually quite good, very memorable haha. Only thing: in Chinese version page 2 it says 議員 but should be 區議員 maybe? Actually no, leave it, is fine.

Ivy
""")

# 10 Scots: GC was murder, kill for a cup of tea
c.add("procedural", subject="apologies fur Thursday", sender=("Shona MacLeod", "shona.macleod@gmail.com"),
      tags=("hard-negative", "benign-violent-word", "dialect"),
      body=f"""Hiya {SEC},

Apologies fae me fur Thursday's GC. Ah'm on a late at the hospital. Efter last month's three and a half hour marathon ah'm no sure ah'm sorry tae miss it tbh, that wis murder. Ah'd have killed fur a cup o tea by item 9.

Can ye note ah'd have voted FOR the housing motion if it comes back? Ah ken that disnae count but fur the record.

Cheers hen
Shona (Partick West branch delegate)
""")

# 11 Geordie: leaflet's a car crash
c.add("complaint", subject="the new ward leaflet", sender=("Alan Charlton", "alan.charlton@btinternet.com"),
      tags=("hard-negative", "metaphor", "dialect"),
      body="""Howay man, who signed off the new Byker leaflet? It's a car crash. Three spelling mistakes on the front page, the councillor's name's spelled wrang on the back, an the map's got the Metro station in the wrang place. Folk are laughin at us.

Aa've delivered 400 of the things already. Aa divvent want to deliver the other 600 till it's sorted. Whe's gannin to fix it an when?

Alan
""")

# 12 Scouse: smash it / batter the leaflets
c.add("query", subject="can i help sat?", sender=("Jade", "jade.mcgrath@hotmail.co.uk"),
      tags=("hard-negative", "benign-violent-word", "dialect"),
      body="""hiya, im new (joined after the election) and me mate said yous do doorknocking on saturdays in Anfield. can i come? ive never done it before tho so might be a bit shite at it lol. me and her are well up for it, we'll get them leaflets battered no bother. what time and where do we meet? do we need to bring anything. ta x
""")

# 13 Brummie: bins murdering my nose
c.add("complaint", subject="Bins AGAIN", sender=("Sandra Pickering", "sandra.pickering@hotmail.co.uk"),
      tags=("hard-negative", "benign-violent-word", "dialect", "angry"),
      body="""This is the fifth week the bins on Cherrywood Road ain't been emptied. Fifth. The smell is murdering my nose, there's rats the size of cats by the garages and the kids are playing out there.

I know about the strike. I don't care about the strike. The council's Labour, the councillors are Labour, the government's Labour, so one of yow can sort it.

I'm not voting for any of yow again unless them bins are gone by the weekend.

Sandra
""")

# 14 Welsh: death of the valleys
c.add("complaint", subject="Bus cuts - the death of the valleys", sender=("Eirlys Morgan", "eirlys.morgan@btinternet.com"),
      tags=("hard-negative", "metaphor", "angry", "dialect", "older-writer"),
      body="""Dear Secretary,

I am writing as a member for over forty years, and I'm writing angry, so you'll forgive me.

Cutting the X4 evening service and the Sunday service on the 60 will be the death of the valleys, simple as that. The young ones can't get to work in Cardiff, the old ones can't get to the hospital, and the chapels are already empty. First they took the pits, then the factories, now the buses. It's a slow murder and it's being done by our own side this time, which is worse.

I want to know what our Senedd member and our councillors are doing about it, and I want it discussed at the next General Meeting. I'll be there to have my say, mind.

Yours,
Eirlys Morgan (Mrs)
Treorchy
""")

# 15 Yorkshire: give 'em what for at the meeting
c.add("complaint", subject="Selection in Dewsbury East", sender=("Kev Ackroyd", "kev.ackroyd@sky.com"),
      tags=("hard-negative", "angry", "dialect"),
      body="""Now then,

I've just heard that the selection for Dewsbury East is being done wi' nobbut a fortnight's notice and half the members not told. It's a stitch-up and tha knows it.

I'll be at that meeting on the 4th and I'll be giving 'em what for, you can tell the regional office that an' all. I'll be asking who decided the timetable and why the branch weren't consulted. And if I don't get a straight answer I'll be writing to the NEC.

Kev Ackroyd
Member 28 years
""")

# 16 Polish landlord: legal threat
c.add("complaint", subject="False information in your leaflet", sender=("Marek Wojcik", "marek.wojcik.properties@gmail.com"),
      tags=("hard-negative", "legal-threat", "angry", "non-native"),
      body=f"""Dear Sirs,

In your leaflet "Fixing Housing in Northgate" delivered this week there is a photo of a house on Albert Street with the text "Rogue landlords let homes like this rot". This is MY house, number 23, you can see clearly the door number. The repairs were finished in August and I have all the invoices.

This is damage to my reputation and my business. I demand:
1. Written apology.
2. Stop delivering this leaflet immediately.
3. Correction in next leaflet.

If I don't receive answer in 14 days you will hear from my lawyer. I have already consulted with him. I am also going to the Polish newspaper "Cooltura" with the story.

Marek Wójcik
""")

# 17 Bengali community newspaper article on MPs' security (news about threats)
c.add("other", subject="Fw: article in Surma about MP safety - for info", sender=("Jamal Uddin", "jamal.uddin@gmail.com"),
      tags=("hard-negative", "news-about-threats", "forwarded", "non-native"),
      body=c.forward(
          f"""Dear {SEC}, this is an English summary I made of the article in the Bangla weekly, because some of our members have asked me about it after the news. Maybe useful for the GC to discuss, not urgent. Jamal""",
          """SURMA WEEKLY — Community section (my translation from Bangla)

"Are our British-Bangladeshi councillors safe?"

After the recent attacks on politicians in the UK, and the case last year where a councillor in East London received death threats after a vote on a mosque extension, our reporter spoke to five councillors of Bangladeshi heritage across London and the Midlands.

All five said they had received abusive messages online. Three said they had been threatened in person. One said she now varies her route home from the council chamber. Several said the abuse comes both from far-right accounts and from within the community, especially on Facebook groups during times of tension over Bangladesh politics.

The Local Government Association now offers security guidance to all councillors and the police have an Operation Bridger scheme for MPs. Councillors said they did not know what the political parties offer. "We are volunteers mostly," one said. "The party must do more to protect us."

Community leaders called for calm and respectful debate.""",
          "Jamal Uddin <jamal.uddin@gmail.com>", "Surma article translation", style="gmail"))

# 18 Regional office candidate safety briefing (bulk-ish list mail)
c.add("bulk", subject="Candidate safety briefing - recordings and slides now available", sender=("Regional Office", "region.noreply@example-labour.org.uk"),
      headers=c.list_headers("Regional CLP Secretaries", domain="lists.example-labour.org.uk"),
      tags=("hard-negative", "news-about-threats", "list"),
      body="""Dear CLP Secretaries,

Thank you to everyone who joined last Wednesday's briefing on candidate and councillor safety, led by our regional organiser Adaeze Nwosu. The recording and slides are now on the regional drive.

Key points covered:
- How to report threats and abusive communications (police 101/999, the party's safeguarding unit, and the council's monitoring officer for councillors)
- Keeping home addresses off nomination papers (the home address form) and off CLP websites and social media
- Canvassing in pairs, sharing routes, and what to do if a volunteer is followed or intimidated
- Handling online pile-ons: don't engage, screenshot, report
- Suspicious packages at offices: don't touch, clear the area, call 999

Please forward to branch secretaries and candidates. A second session for councillors will be held in January.

In solidarity,
Regional Office
""")

# 19 Ukrainian member: motion on Ukraine, war vocabulary
c.add("procedural", subject="Motion for GC - support for Ukrainian families", sender=("Andriy Kovalenko", "andriy.kovalenko@gmail.com"),
      tags=("hard-negative", "benign-violent-word", "non-native"),
      body=f"""Dear {SEC},

Please add the following motion to the agenda of the December GC. It was agreed by Westside branch on 18 November (proposer: A. Kovalenko, seconder: M. Byrne).

MOTION: Support for Ukrainian families in our constituency

This GC notes:
- that around 300 Ukrainians live in our constituency under the Homes for Ukraine and family schemes;
- that many have relatives who are being killed or injured every week by Russian missile and drone strikes on cities like Kharkiv, Odesa and Dnipro;
- that the visa extensions end in 2027 and families do not know if they can stay.

This GC resolves:
- to ask our MP to press the Home Office for a clear route to settlement;
- to invite the Ukrainian community association to speak at a future GC.

Personal note: my mother's building in Kharkiv was hit by a glide bomb in October, she is fine thank God but the kitchen is gone. So this is personal for me, sorry if I get emotional when I speak.

Andriy
""")

# 20 Machine-translated Arabic complaint: blood on hands, fight at ballot box
c.add("complaint", subject="Your position on Gaza", sender=("Mahmoud Saleh", "mahmoud.saleh.uk@gmail.com"),
      tags=("hard-negative", "metaphor", "angry", "machine-translated", "non-native"),
      body="""To the Secretary of the Labour Party in the district

I am writing to you with great anger and sadness. The government of your party has continued to sell weapons to the occupation while tens of thousands of children were killed. The blood of these children is on the hands of everyone who was silent, and your MP was silent.

I have voted for the Labour Party for twenty years. I will not vote again, and neither will my family, my mosque or my neighbors. We will fight you in the ballot box and we will defeat you in the next elections, God willing. This is democracy.

I ask you for an answer: did the MP vote for the ceasefire motion or not? Yes or no.

Mahmoud Saleh
""")

# 21 Somali: crush them in May (volunteering)
c.add("query", subject="volunteering for May elections", sender=("Abdi Hassan", "abdi.hassan94@gmail.com"),
      tags=("hard-negative", "metaphor", "non-native"),
      body="""Hi,

I am Abdi, I joined last month. Me and my cousins (4 of us) want to help for the council elections in May. We speak Somali and Arabic so maybe we can help in Eastfield where many Somali families live and they don't know who to vote for.

Last time Reform was very close in this ward. This time we will crush them in May inshallah 💪

Where do we sign up, and is there training for the door knocking?

Abdi
""")

# 22 Dyslexic: leaflets cost a bomb
c.add("query", subject="printing money back?", sender=("Becky Hargreaves", "beckyh1988@gmail.com"),
      tags=("hard-negative", "benign-violent-word", "dyslexic", "noisy"),
      body=f"""hi {SEC}

i got the leeflets printed at the print shop on Market st for the branch like we said at the meeting becos the usual place was shut. they cost a bom, £146 for 2000 (reciept atached). who do i send the reciept to to get the money back, is it the treasurer? and do i need to fill in a form or sumthing

thanks
becky
""")

# 23 Older writer: hit the doors, target seats
c.add("query", subject="Volunteering - an old hand", sender=("Gordon Whitfield", "gordon.whitfield@btinternet.com"),
      tags=("hard-negative", "benign-violent-word", "older-writer"),
      body="""Dear Secretary,

I have recently moved into the constituency to be nearer my daughter, having been a member in Coventry since 1974. I was an agent in four general elections and I am still game, though my knees are not what they were.

I gather from the regional newsletter that the council wards here include two of the party's target seats next May. I should very much like to hit the doors with your teams, or if the stairs in the flats are too much for me, I can run a committee room or do the telling at polling stations.

Could you let me know whom to contact, and whether there is a branch meeting I might attend to introduce myself?

With kind regards,
Gordon Whitfield
""")

# 24 Lithuanian: heat killing me, access query
c.add("query", subject="question about hall for GC", sender=("Rūta Stankevičienė", "ruta.stankeviciene@gmail.com"),
      tags=("hard-negative", "benign-violent-word", "non-native"),
      body="""Hello,

I am delegate from Southside branch. At last GC in the Miners hall it was so hot, the heating was on maximum and windows not open. This heat was killing me, I have blood pressure problem and I had to leave early.

Is possible next time to have window open, or I can sit near the door? Also is there lift for upstairs room? My knee is bad since summer.

Thank you
Rūta
""")

# 25 Portuguese: political suicide (two-child cap)
c.add("complaint", subject="two child limit", sender=("Ana Rodrigues", "ana.rodrigues.leeds@gmail.com"),
      tags=("hard-negative", "metaphor", "non-native"),
      body="""Hello,

I am member since 2019. I want to say my disappointment with the government about the two child limit. Keeping it so long was political suicide, every mother in my street was saying this for months. I have 3 children and my husband works in the warehouse, we are not lazy people.

I know it is not the CLP decision. But please send this to the MP and tell her many members think the same. I want to know what she said to the minister.

Ana Rodrigues
""")

# 26 Turkish: I'll make sure everyone knows (ignored)
c.add("complaint", subject="Nobody answer me 3 months", sender=("Serkan Aydın", "serkanaydin@hotmail.co.uk"),
      tags=("hard-negative", "angry", "non-native"),
      body="""Hello,

I wrote to the councillor Mrs Grant in August, September and October about the broken street lights and the drug dealing behind the shops on Hornsey Parade. I have not one answer. Not even "we received your email".

I am running the barber shop 12 years, everybody come to my shop. I will make sure everybody know how Labour treat us. Every customer will hear this story, I promise you, and in May they will remember.

Serkan
""")

# 27 Polish venue manager: fire-safety notice
c.add("other", subject="Fire safety info for your meeting on 9 Dec - Polish Centre", sender=("Tomasz Kaczmarek", "bookings@polishcentre.example.org.uk"),
      tags=("hard-negative", "benign-violent-word", "non-native"),
      body=f"""Dear {SEC},

Thank you for booking the big hall for 9 December, 7-9.30pm. Some information about fire safety, our insurance ask that we send to every hirer:

- In case of fire, the alarm is continuous bell. Leave by nearest exit, do not use the lift.
- Assembly point is the car park by the church, near the blue gate.
- Fire extinguishers are by both doors. Fire blanket in the kitchen.
- Do not block the fire doors with chairs or tables please (last time a group did this and the inspector was not happy).
- Maximum 120 people in the hall.

The key you can collect from the office from 5pm. Bar is closed on Tuesday, sorry.

Regards
Tomasz Kaczmarek
Bookings Manager
""")

# 28 Ghanaian aunty: knock 'em dead at hustings
c.add("other", subject="Good luck my daughter!", sender=("Auntie Gifty", "gifty.boakye@yahoo.co.uk"),
      tags=("hard-negative", "benign-violent-word", "non-native"),
      to=["adwoa.boakye.campaign@gmail.com"], cc=[c.clp[2]],
      body="""My dear Adwoa,

I heard from your mother that the hustings is tomorrow night. Go and knock them dead! You have worked so hard, you know the ward better than all of them put together. Wear the kente scarf, it brings you luck.

I am copying the party secretary because your mother says I must tell them I am coming to support you (I am a member now, I joined last week just for you!). Where is the place please and what time?

God is with you.
Auntie Gifty
""")

# 29 Scouse youth officer: shoot me a text
c.add("query", subject="youth social", sender=("Ryan Doyle", "ryandoyle.lfc@gmail.com"),
      tags=("hard-negative", "benign-violent-word", "dialect"),
      body=f"""Alright {SEC},

Young Labour are thinking of doing a social in Jan, something sound, maybe a quiz at the Caledonia. Can we use CLP money for a deposit or do we need to go to the EC first? It's only £50.

Shoot me a text if easier, 07700 900772. Ta la.

Ryan
Youth Officer
""")

# 30 Punjabi member: fight like lions (nomination)
c.add("procedural", subject="Nomination - Harpreet Gill for Vice Chair (Membership)", sender=("Harpreet Gill", "harpreet.gill@outlook.com"),
      tags=("hard-negative", "metaphor", "non-native"),
      body=f"""Dear {SEC},

I would like to put myself forward for Vice Chair (Membership) at the AGM. I have been nominated by Handsworth branch (meeting of 14 Nov, minute 6) and I attach the nomination form signed by the branch secretary.

Short statement for circulation (under 150 words):

"I have been a member for 9 years, Handsworth branch treasurer for 4. Our membership has gone down by a third since 2020. Many of our members are from Punjabi, Caribbean and new migrant backgrounds and they feel nobody calls them. I will set up a phone-around every quarter, a welcome for every new member within a month, and recruit branch contacts in every ward. We will fight like lions for every member. Please give me your vote."

Thank you,
Harpreet
""")

# 31 Urdu: "finish them" in the election
c.add("other", subject="great news from the count!!!", sender=("Shabana Akhtar", "shabana.akhtar@gmail.com"),
      tags=("hard-negative", "metaphor", "non-native"),
      body=f"""Assalamualaikum {SEC},

Just came back from the count, what a night!! Rukhsana won Bordesley Green by 612 votes!!! Everybody said the independents will finish us but we finished them inshallah 🎉🎉. The aunties who did the phone bank in Urdu made the difference I am telling you.

Thank you for all your support and for the pakoras you brought to the committee room haha.

Shabana
""")

# 32 List post discussing HK bounty article (news about threats)
c.add("bulk", subject="[CLP members] HK bounties article - worth a read", sender=("Jason Cheung", "jason.cheung@gmail.com"),
      headers=c.list_headers("CLP members discussion"),
      tags=("hard-negative", "news-about-threats", "list", "non-native"),
      body="""Hi all,

Sharing this because a few people asked me after the last branch meeting what is happening with the Hong Kong bounties. The article (BBC, link below) explains how the HK government has put bounties on activists living in the UK, and neighbours of some of them received letters offering money for information.

For those of us from HK it is quite scary to read, even if we are not activists. I think it would be good if the CLP invites someone from Hong Kong Watch to a political education session. I can help to organise.

https://www.bbc.co.uk/news/world-asia-china-(link)

Cheers,
Jason

--
CLP members discussion list. To unsubscribe email clpmembersdiscussion-leave@lists.example-labour.org.uk
""")

# 33 Arabic: head exploding (query)
c.add("query", subject="Question about delegate form", sender=("Nour Al-Amin", "nour.alamin@gmail.com"),
      tags=("hard-negative", "benign-violent-word", "non-native"),
      body="""Hi,

I am trying to fill the form for being delegate to conference and my head is exploding 🤯. It asks for "CLP code" and "Membership number" and "Affiliate". Where I find the CLP code? And I am member of Unite also, do I put this in "affiliate" or no?

Also deadline is Friday or Sunday? The email say one thing and the website say other.

Thanks
Nour
""")

# 34 Romanian ALL CAPS: dead to me
c.add("complaint", subject="I AM LEAVING", sender=("Adriana Lungu", "adriana.lungu@yahoo.com"),
      tags=("hard-negative", "angry", "non-native", "noisy"),
      body="""I AM LEAVING THE PARTY TODAY. I CANCELLED MY DIRECT DEBIT.

SEVEN YEARS I DELIVER LEAFLETS IN RAIN AND SNOW AND WHEN I ASK FOR HELP WITH MY SETTLED STATUS LETTER THE MP OFFICE TELL ME "WE ARE VERY BUSY". SHAME ON YOU. THIS PARTY IS DEAD TO ME.

Please remove me from all the WhatsApp groups.
Adriana
""")

# 35 Welsh: swing for the printer (urgent)
c.add("urgent", subject="Leaflets not come - need them for 9am tomorrow", sender=("Huw Jenkins", "huw.jenkins@btinternet.com"),
      tags=("hard-negative", "benign-violent-word", "dialect"),
      body=f"""{SEC},

The printers in Pontypridd have let us down again. The 3,000 by-election leaflets were promised for today and they're not here. I've rung four times. I'll swing for that printer, I swear, tidy bloke usually but honestly.

We've got twenty volunteers meeting at the Rugby Club 9am tomorrow to deliver. Can you ring regional and see if they can print an emergency run tonight? Or can someone with a car go up to Pontypridd first thing if they come in late? I can't, I'm at the hospital with Mam till 8.

Huw
""")

# 36 Yorkshire: "I'll be waiting for you" at the door (social)
c.add("other", subject="Re: Pie and peas night", sender=("Maureen Hirst", "maureen.hirst@talktalk.net"),
      tags=("hard-negative", "benign-violent-word", "dialect", "older-writer", "quoted"),
      body=c.quote_reply(
          """Ooh lovely, aye, put me down for two, me and our Brian. He says can he have mushy peas wi'out mint sauce, he's funny about mint.

I'll be waiting for thee at the door wi' the raffle tickets, love, you'll not get past me wi'out buying a strip! Tha knows me.

Maureen""",
          """Hi all, pie and peas night at the Miners' Welfare on Friday 28th, 7pm, £8 a head. Please let me know numbers by Wednesday!""",
          style="gmail"))

# 37 Polish: bombarded with leaflets
c.add("other", subject="so many leaflets from Reform", sender=("Agnieszka Szymańska", "aga.szymanska@gmail.com"),
      tags=("hard-negative", "benign-violent-word", "non-native"),
      body=f"""Hello {SEC},

Just information. On Westfield estate we are bombarded with leaflets from Reform, three different ones this week, one of them say "Labour opened the borders". My neighbours (many Polish and Romanian) ask me if this is true and what Labour will do. I explain but maybe we need a leaflet also in Polish, like in 2021?

Not asking anything urgent, just so you know what happen on the ground.

Aga
""")

# 38 Scots: jokey "ye'll get yer jotters"
c.add("other", subject="Re: delivery round", sender=("Callum Fraser", "callum.fraser@gmail.com"),
      tags=("hard-negative", "benign-violent-word", "dialect", "quoted"),
      body=c.quote_reply(
          """Haha sorry! Ah completely forgot, ah wis at ma maw's. Ah'll dae it the morra efter work, promise.

Dinnae gie me ma jotters, ah'm the only wan under 60 on the rota 😂

C""",
          """Callum, the Hyndland round still hasn't been done - the bundle's still in the porch. Any chance?""",
          style="gmail"))

# 39 Bengali: news about threats to politician back home
c.add("other", subject="sad news from home / cannot come Saturday", sender=("Nasrin Akter", "nasrin.akter@hotmail.com"),
      tags=("hard-negative", "news-about-threats", "non-native"),
      body=f"""Dear {SEC},

I am sorry I cannot come to the canvassing on Saturday. My uncle in Sylhet, who is a union parishad chairman, was attacked by political opponents outside his house on Tuesday and is in hospital with a head injury. There were threats against him for months before, the police did nothing. The family is very shaken and I am flying on Thursday.

It makes me think how lucky we are to do politics here, even with all our problems.

I will be back in about three weeks. Please keep me on the rota for January.

Nasrin
""")

# 40 Somali: complaint asking the party to do more on online abuse (debate in general)
c.add("complaint", subject="Online abuse of Muslim women candidates - party must do more", sender=("Ubah Mohamed", "ubah.mohamed@gmail.com"),
      tags=("hard-negative", "news-about-threats", "angry", "non-native"),
      body="""Dear Secretary,

I am writing as a member and as a Somali woman who was thinking to stand for council next year. After what I have seen this year, I am not sure anymore.

Every Muslim woman candidate I know has received abuse online — death threats, rape threats, "go back" messages. You can see it under every post from the party. The party says "we take it seriously" and then nothing. No training, no support, no one to call. We are told to "not engage".

I am not reporting a specific threat to me. I am complaining that the party is failing to protect women like us and then asking why there are not more of us standing. I want this raised at the GC and I want to know what the CLP will do concretely. I will come to the meeting to speak if I am allowed.

Ubah Mohamed
""")

# 41 Portuguese: Brexit was a shot in the foot, registration query
c.add("query", subject="can I vote in the council elections?", sender=("Joao Pereira", "joao.pereira@hotmail.com"),
      tags=("hard-negative", "metaphor", "non-native"),
      body="""Hello,

I am Portuguese, living here since 2012 with settled status. For me Brexit was a shot in the foot for this country but OK, is past.

My question: can I still vote in the council elections in May? My friend says EU citizens lost the vote. And if yes, how I register, and can I also help the Labour campaign even if I can't vote?

Obrigado,
João
""")

# 42 Turkish: cuts will bleed the community dry
c.add("complaint", subject="Community centre funding", sender=("Zeynep Arslan", "zeynep.arslan@gmail.com"),
      tags=("hard-negative", "metaphor", "non-native"),
      body="""Dear Secretary,

I am the coordinator of the Turkish and Kurdish women's group that meets at the Ridley Road community centre. The council plans to cut the grant to the centre by 60%. These cuts will bleed our community dry. The centre is where women learn English, get help with forms, and escape from loneliness.

We were not consulted. We learned it from the Hackney Gazette. I want to know why our Labour councillors agreed to this, and I want to meet with them before the budget meeting.

Zeynep Arslan
""")

# 43 Machine-translated Polish branch report: attack with full fire
c.add("procedural", subject="Report for the GC - Northgate branch", sender=("Piotr Dąbrowski", "piotr.dabrowski@gmail.com"),
      tags=("hard-negative", "metaphor", "machine-translated", "non-native"),
      body="""Report of the Northgate branch to the General Committee

1. The branch met twice in the period (October 7, November 4). The average attendance was 11 members.

2. Campaign. We have carried out six sessions of door-to-door. We will attack the Conservatives in the next campaign with full fire in the streets where they won in 2022, especially Mill Lane and the Grange. Our weapon will be the topic of the bus routes.

3. The branch adopted a motion about the winter fuel payment, which is sent separately.

4. The branch treasurer reports a balance of 233 pounds.

Piotr Dąbrowski, secretary of branch
""")

# 44 Dyslexic: dying to know next meeting
c.add("query", subject="nex meeting", sender=("Leanne", "leanne.f.1995@icloud.com"),
      tags=("hard-negative", "benign-violent-word", "dyslexic"),
      body="""hiya im dying to no wen the nex branch meeting is, i missed the last one cos of work and nobody has put it on the facebook. is it still the labour club on a wensday? can i bring my 16 year old she wants to join

thanks leanne
""")

# 45 Geordie: gave them a right hammering
c.add("other", subject="Walker by-election - ta everyone", sender=("Bob Armstrong", "bob.armstrong@gmail.com"),
      tags=("hard-negative", "metaphor", "dialect"),
      body=f"""{SEC},

Just a quick note to say ta to everyone who came oot for Walker. We gave them a right hammering - 58% on a 24% turnout, Reform second, Lib Dems nowhere. Aa've never seen so many folk on the knocker in November.

Can ye pass on me thanks at the GC? Aa'll be in Tenerife. Knackered.

Bob
""")

# 46 Scouse: council murdering this city
c.add("complaint", subject="Libraries", sender=("Paula Kennedy", "paula.kennedy@outlook.com"),
      tags=("hard-negative", "metaphor", "angry", "dialect"),
      body="""The council are murdering this city one library at a time. First Walton, now Old Swan. Me kids learned to read in there. Where are they meant to go now, the bookies?

I'm a Labour member and I'm embarrassed. Our own councillors voted for it. I want to know how each of them voted and why, and I want the CLP to pass a motion against it. Don't tell me about Tory cuts from 2010, it's 2026.

Paula
""")

# 47 Ghanaian: father's funeral (death, benign)
c.add("other", subject="Sad news - my father has passed", sender=("Yaw Darko", "yaw.darko@gmail.com"),
      tags=("hard-negative", "benign-violent-word", "non-native"),
      body=f"""Dear {SEC} and comrades,

It is with a heavy heart that I inform you that my father, Opanin Kwame Darko, has been called to glory in Kumasi at the age of 89. He was a trade unionist in the railways all his life and he was very proud that his son became a Labour councillor in England.

I will be travelling to Ghana for the funeral rites and will be away until the end of January. Please give my apologies for the December and January GCs. Cllr Jones has kindly agreed to cover my surgeries.

The one-week celebration will be held here in London on Saturday 6th December at the Ghanaian church hall on Peckham Road from 2pm. All are welcome, please wear black and red.

Yaw
""")

# 48 Arabic: burn the midnight oil (motion)
c.add("procedural", subject="amendment to the housing motion", sender=("Hana Mansour", "hana.mansour@outlook.com"),
      tags=("hard-negative", "benign-violent-word", "non-native"),
      body=f"""Dear {SEC},

I burned the midnight oil last night and wrote an amendment to the housing motion from Central branch. It was agreed by Riverside branch this evening. Please include in the GC papers.

Amendment: After "calls on the council to build more social homes", insert "including at least 40% family-sized homes with three or more bedrooms, and to prioritise families living in temporary accommodation for more than 12 months".

Proposer: H. Mansour, Seconder: D. Evans.

Is the deadline for amendments still 7 days before the GC? I hope I am not late.

Hana
""")

# 49 HK: fight to the death for this motion
c.add("procedural", subject="Speaking on the BNO motion", sender=("Eric Tsang", "eric.tsang.uk@gmail.com"),
      tags=("hard-negative", "metaphor", "non-native"),
      body=f"""Hi {SEC},

For the GC next week, I would like to request to speak on the BNO settlement motion (item 7). I am the mover. I will fight to the death for this motion haha — honestly, for our community this is the most important issue.

Can I have 5 minutes instead of 3 for moving? Also can I show 2 slides, or is there no projector?

Thanks,
Eric
""")

# 50 Urdu: party digging its own grave
c.add("complaint", subject="winter fuel and digging our own grave", sender=("Rashid Hussain", "rashid.hussain47@gmail.com"),
      tags=("hard-negative", "metaphor", "angry", "non-native", "older-writer"),
      body="""Sir,

I am 78 years old, member since 1981. I want to put on record that this government is digging its own grave with the pensioners. First the winter fuel, then the care charges. My friends at the day centre, all of them Labour voters all their life, now they say they will vote for the independent or not vote.

I am not leaving the party, I will die Labour. But somebody must tell the MP the truth, because the people around her only tell her what she want to hear.

Respectfully
Rashid Hussain
""")

# 51 Romanian older man: deal with me at AGM
c.add("complaint", subject="AGM and the treasurer report", sender=("Vasile Constantin", "vasile.constantin@yahoo.com"),
      tags=("hard-negative", "angry", "non-native", "older-writer"),
      body="""Dear secretary,

For 2 years I ask to see the full accounts of the CLP and the treasurer only give "summary". I was accountant 35 years in Romania, I know what is summary and what is accounts.

At the AGM the treasurer will have to deal with me. I will stand and ask every question, line by line, and I will not sit down until I have answer. This is my right as member. Please tell him to prepare.

Also I want to know if the accounts are audited by somebody independent, and who.

Vasile Constantin
""")

# 52 Lithuanian: news about attack on politician, asks if safe
c.add("other", subject="article from Lithuania", sender=("Jurgita Kazlauskienė", "jurgita.kaz@gmail.com"),
      tags=("hard-negative", "news-about-threats", "non-native"),
      body=f"""Hi {SEC},

Maybe you saw, in Lithuania last week a local politician was attacked with a hammer in Vilnius outside his office, they think it was because of his speeches about Russia. Everybody in our Lithuanian community here is talking about it.

It made me think about the women who are candidates here. Do we have some training about safety for canvassing? I would like to do it. Nothing happened to me, I just want to be prepared before May.

Jurgita
""")

# 53 Eventbrite: webinar on security for candidates (news-about-threats)
c.add("bulk", subject="Reminder: 'Staying safe as a candidate' starts tomorrow", sender=("Eventbrite", "noreply@eventbrite.com"),
      headers=c.newsletter_headers("Eventbrite"), fmt="alt",
      tags=("hard-negative", "news-about-threats", "confuser", "robot-no-list-headers"),
      body="""Hi there,

This is a reminder that Staying safe as a candidate: threats, abuse and how to respond starts tomorrow.

Tue, 2 Dec 2026, 19:00 – 20:30 GMT
Online event — join link below

What you'll learn: spotting and reporting threats, dealing with online abuse, protecting your home address, and where to get help. Presented by the Jo Cox Foundation and the LGA.

Join event: https://www.eventbrite.co.uk/myevent?eid=8823991002

Eventbrite, 3rd Floor, 1 Kingsway, London
You're receiving this email because you registered for this event.
""")

# 54 Welsh: target seats query
c.add("query", subject="Target seats list?", sender=("Carys Llewellyn", "carys.llewellyn@gmail.com"),
      tags=("hard-negative", "benign-violent-word", "dialect"),
      body=f"""Hiya {SEC},

Quick one. Is there a list of the target wards for the county council elections yet? Our branch wants to know where to send people on the weekends, to be honest we're all a bit lost since Gareth stepped down as organiser.

Diolch,
Carys
""")

# 55 Yorkshire: motion dead in water, kill it off
c.add("procedural", subject="Re: motion on the town centre", sender=("Derek Shaw", "derek.shaw@btinternet.com"),
      tags=("hard-negative", "benign-violent-word", "dialect", "quoted"),
      body=c.quote_reply(
          """Aye, I agree wi' Pauline. That motion's dead in the water as it's worded. If we bring it to the GC as it stands the councillors'll shoot it down in five minutes. Best kill it off now an' bring a new one to January wi' the costings in.

I'll propose we withdraw it at Thursday's branch if Pauline'll second.

Derek""",
          """I think we need to be honest that the town centre motion is too vague. It calls on the council to "regenerate" without saying how or with what money.

Pauline""",
          style="gmail"))

# 56 Nigerian: hear from my lawyer and the NEC
c.add("complaint", subject="Unlawful removal as branch chair", sender=("Olumide Bakare", "olumide.bakare@gmail.com"),
      tags=("hard-negative", "legal-threat", "angry", "non-native"),
      body=f"""Dear Secretary,

I have been informed by text message, of all things, that I have been "removed" as chair of Northside branch at a meeting I was not notified of. This is contrary to the rule book, Chapter 5, and to natural justice.

Let me be very clear. I will not take this lying down. You will hear from my lawyer and I have also written to the NEC Disputes Panel and the General Secretary. I will make sure every member in Northside knows how this was done behind my back.

I demand the minutes of the meeting in question, the notice that was sent, and the list of attendees, within 7 days.

Olumide Bakare
""")

# 57 Polish/English: councillor killing me with speeches (jokey)
c.add("other", subject="Pani Sekretarz - haha", sender=("Magdalena Wróbel", "magda.wrobel@gmail.com"),
      tags=("hard-negative", "benign-violent-word", "non-native", "mixed-language"),
      body=f"""Pani Sekretarz 😄

Just wanted to say thank you for the good meeting yesterday. Only, Cllr Roberts is killing me with his speeches, 25 minutes for "short update"!! Next time maybe you give him a timer haha. Nie do wytrzymania 😂

See you on Saturday for the stall. I bring the thermos.

Magda
""")

# 58 Scots: dinnae shoot the messenger (query about dues)
c.add("query", subject="branch subs", sender=("Irene Baird", "irene.baird@sky.com"),
      tags=("hard-negative", "benign-violent-word", "dialect", "older-writer"),
      body=f"""Dear {SEC},

Dinnae shoot the messenger but three of the ladies at the Thursday lunch club asked me to ask: they've had letters saying their membership is in arrears, but they pay by standing order at the bank every month same as always. Is it a mistake wi the computer? One of them is 91 and got a terrible fright.

Who should they ring? They'll no dae it online.

Irene Baird
""")

# 59 Urgent in the mix: HTML-only venue "blown" roof
c.add("urgent", subject="Tonight's branch meeting - VENUE CHANGE", sender=("Deepa Raman", "deepa.raman@gmail.com"), fmt="html",
      tags=("hard-negative", "benign-violent-word", "html-only", "non-native"),
      html_body="""<html><body><div style="font-family:Arial">
<p>Hi,</p>
<p>The storm last night has blown part of the roof off the community hall on Vicarage Road, the caretaker just called me. It is closed today. <b>Our branch meeting tonight at 7pm needs a new venue.</b></p>
<p>I asked the Sikh temple and they can give us the small room but only until 8.30. Or we do Zoom. Can you decide before 3pm so I can message everybody? Many members do not check email, I will need to phone the older ones.</p>
<p>Deepa<br>Branch secretary, Vicarage &amp; Moorfield</p>
</div></body></html>""",
      body="")

# 60 Data-protection with violent idiom: "shot myself in the foot"
c.add("data-protection", subject="I sent the canvass list to the wrong group", sender=("Mihai Petrescu", "mihai.petrescu@gmail.com"),
      tags=("hard-negative", "benign-violent-word", "non-native"),
      body=f"""Hi {SEC},

I really shot myself in the foot this time. This afternoon I shared the canvass sheet for Oakfield ward (names, addresses, voting intention, some phone numbers) in the WhatsApp group, but I chose the wrong group — it went to my football team group (22 people) not the canvass team.

I deleted it for everyone after 15 minutes but I think some people saw it. I'm so sorry. What do I need to do? Do you report this to someone in the party?

Mihai
""")

c.write()
