"""train/ue2: surface noise across every category, part 2 (Stannerby CLP, an old pit town on
the edge of Tyneside). All content hand-written.

Geordie and Pitmatic, a few Scousers who came for work and stayed, members whose first
language is Bengali (Sylheti), Urdu/Punjabi or Somali, voice-mail transcripts and dictation,
autocorrect, txt-speak and caps. 43 non-threats across every category but safety (hard
negatives among them: "we'll batter them in May", "dead chuffed", "cost a bomb", "killin kids"
about the two-child cap), then 17 safety messages in the same voices, where dialect words,
symbol-breaking and missing punctuation hide the threat."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ue2", seed=6702)
c.clp = ("Stannerby CLP", "Lisa Charlton", "secretary@stannerbylabour.org.uk")
P = c.person
SEC = "Lisa Charlton <secretary@stannerbylabour.org.uk>"

# ============================================================ complaint (7)

# 1 Geordie, leisure centre pool, batter them in May
c.add("complaint", subject="the baths", sender=P("Alan", "Hedley", "btinternet.com"),
      tags=("noisy", "dialect", "hard-negative", "metaphor", "caps"),
      body="""Lisa pet

Howay man. Ah've just read in the Chronicle that the Labour group's votin tae shut the Stannerby baths in April. THE BATHS. Every bairn in this toon learnt tae swim there, me, wor lass, wor three, the grandbairns. Ah did me lifeguard badge in that pool in 1968.

Ged Armstrong stood in the Welfare in the summer and telt a room full o folk it was "safe". Safe! Ah want tae knaa what changed, and ah want tae hear it from him not from some press release.

Ah'm not leavin the party, divvent worry, ah've been in it too lang. But ah'll be at the branch and ah'll be movin a motion against it, and if the group divvent listen then the members'll batter them at the selections in May. Politically like. Ah'm 74, ah'm not batterin anybody.

Alan Hedley
Colliery Row""")

# 2 Scouse, not called at GC, leaving
c.add("complaint", subject="Im done", sender=("Kev Molyneux", "kevmolyneux_lfc@hotmail.co.uk"),
      tags=("noisy", "dialect", "hard-negative", "angry", "benign-violent-word"),
      body="""Lisa

Three GCs on the bounce now I've had me hand up for the whole debate and Trevor's not called me once. Not once la. Same five fellas every time. Last night he called Paul Bewick twice on the same motion and looked straight past me like I was a coat stand.

I moved up from Kirkby for work in 2019 and I joined this CLP cos I thought it'd be like home. Proper Labour. It's not. It's a closed shop. Yer either one of Trevor's mates from the Welfare or yer invisible.

I'm dead annoyed to be honest with yer. I've cancelled me DD. Don't send me the "we're sorry to see you go" email, I've had it before.

Kev""")

# 3 Bengali elder, Gaza, blood on their hands
c.add("complaint", subject="Complain about our MP - Gaza", sender=P("Abdul", "Mannan", "hotmail.co.uk"),
      tags=("noisy", "non-native", "hard-negative", "metaphor"),
      body="""Respected Secretary Sister,

Assalamu alaikum. I am Abdul Mannan, aged 68, member of Labour Party since 1987, I was first Bangladeshi in Stannerby to join party. I was driving the taxi for 30 years and I am giving lift to every Labour candidate at every election, free of charge. Everybody know me.

I am very much hurt and angry about our MP Joanne Scorer not voting for ceasefire. Thousands people are dying in Gaza, children are dying. Our community is asking me "Uncle, why you are still Labour?" and I am having no answer to give.

These people in government have the blood on their hands. I am saying this in every meeting, I will say also in the GC.

I am requesting that our MP come to the Burnside Jamia Masjid and explain to our community face to face. Not letter. Not the Facebook video. Face to face. If she is not coming, many people in Burnside will not vote Labour next time, and I can not blame them.

With regards,
Abdul Mannan
Burnside""")

# 4 Somali woman, no interpreter at surgery
c.add("complaint", subject="surgery no interpreter", sender=P("Hodan", "Warsame", "gmail.com"),
      tags=("noisy", "non-native"),
      body="""Hello Lisa,

I want to complain. Last month the MP office say me, come to the surgery on Friday in library, we will have Somali interpreter for your mother. My mother is 71 she dont speak english. I take her, we wait 1 hour, no interpreter. The man from office say "sorry she is sick". OK, people get sick. But this month, same thing. Again no interpreter, again waiting, again nobody call us to say.

My mother problem is about her pension and her flat, is very important. Two times she go with her bad knee for nothing. I think if it was english old lady this will not happen two times.

Please I want somebody to answer me why.

Hodan Warsame""")

# 5 autocorrect carnage, wrong names on the leaflet
c.add("complaint", subject="The Pitside leaflet", sender=P("Denise", "Lumsden", "icloud.com"),
      tags=("noisy", "autocorrect", "typos"),
      body="""Lisa I've just had 600 of the Pitside leaflets delivered to mine and they've got my name on the back as "Denise Lumsdon" and the ward as "Pits ide". Who proofed this?? And the councillor's name is Ged not "Fed". Fed Armstrong. I'm not delivering something that says Fed Armstrong. People will think it's a joke.

Also the photo is from about 2009, he had hair then.

Can we get it reprinted or do I shred them. I'm livid. Livid. Lived. Oh for heaven's sake, my phone.

Denise""")

# 6 txt-speak young mum, meetings with no childcare
c.add("complaint", subject="meetings", sender=("Chelsea Dunn", "chelsea.dunn93@outlook.com"),
      tags=("noisy", "txt-speak", "no-punctuation"),
      body="""hiya just wanted to say i think its well out of order that every meeting is 7pm on a school night at the welfare where u cant bring kids. i asked at the womens forum in sept if there could be a creche or even just zoom and everyone nodded and then nowt happened. u lot are always on about getting more women and young mams involved but then make it impossible. im not being funny but its the same retired blokes every time bc theyre the only ones who can come

chelsea (hedley moor)""")

# 7 webform, Urdu-speaker, parking fines outside the mosque, "make sure whole community knows"
c.add("complaint", subject="New submission: Contact the CLP", sender=c.form_robot(),
      reply_to=("Tariq Mahmood", "tariq.mahmood.sty@gmail.com"),
      tags=("noisy", "non-native", "webform", "hard-negative", "angry"),
      body=c.webform({
          "Name": "Tariq Mahmood",
          "Email": "tariq.mahmood.sty@gmail.com",
          "Ward": "Burnside",
          "Message": """Sir/Madam, on every Friday prayer now the council warden is coming and giving tickets to cars outside the masjid on Cross Street, £70 each. Last Friday 23 tickets. For 45 minutes prayer!! Before, for 20 years, nobody give ticket. Our councillor Sister Nasreen Akhtar say she "will look into it" in June. Now is November. 

This is very unfair. The church on Front Street is having same parking on Sunday and nobody get ticket. I want proper answer why. If there is no answer I will make sure the whole community know that Labour councillors did nothing and I will say it in the masjid committee meeting also.""",
      }, form="Contact the CLP"))

# ============================================================ query (6)

# 8 Geordie, bring grandson
c.add("query", subject="meetin thursday", sender=P("Norma", "Dodd", "talktalk.net"),
      tags=("noisy", "dialect"),
      body="""Hiya Lisa, is it alreet if ah fetch wor Connor tae the branch meetin on Thursday? He's 14 an daein a project on the council for school. He'll sit quiet, ah'll make sure. Does he need tae be a member or owt?

Ta pet
Norma""")

# 9 Bengali, postal vote for mother, which branch
c.add("query", subject="Postal vote for my mother and other question", sender=P("Shahina", "Begum", "yahoo.co.uk"),
      tags=("noisy", "non-native"),
      body="""Dear Lisa apa,

Sorry to disturb. My mother is 79 and she can not walk to the polling station at the school, last time she went with her stick and it take 1 hour. How she can apply for postal vote? Is it from the council or from you? She can sign only in Bengali, is this allowed?

Also, I move from Burnside to Whinfield Road last month. Now which branch I am belonging? I was in Burnside branch with Nasreen apa.

Thank you so much
Shahina""")

# 10 Somali young man, how to become a councillor
c.add("query", subject="how to become councillor candidate", sender=P("Abdirahman", "Hussein", "gmail.com"),
      tags=("noisy", "non-native"), fmt="alt",
      body="""Hi,

My name is Abdirahman, I am 24, I study at Northumbria and I work part time in the Asda. I am member 1 year. I want to ask what is the process to become council candidate for Station ward in the next elections. Do I need to be member for some time? Is there training? My uncle say you need to know somebody important, I hope this is not true.

Also who I can talk to, maybe a councillor who can give me advise.

Thank you walaal
Abdirahman""")

# 11 dictation, Christmas quiz
c.add("query", subject="Christmas quays", sender=P("Ron", "Gibbon", "aol.com"),
      tags=("noisy", "dictation"),
      body="""Hello Lisa it's Ron from Hedley more I'm talking into the phone so excuse it

when is the Christmas quays this year is it still at the minors welfare. Me and Brenda want to get a team together we had the table by the bar last year can we have that again. and is it still five pounds a head and do we bring our own food or is there a buffet

thank you Ron""")

# 12 Scouse, transferring membership from Liverpool
c.add("query", subject="moving my membership over", sender=("Jodie Kavanagh", "jodiekav@live.co.uk"),
      tags=("noisy", "dialect"),
      body="""Hiya Lisa

I've just moved to Stannerby from Liverpool (got a job at the hospital, dead excited). I was in the Labour party back home for like 6 year, in a branch in Everton. Do I need to do anything to move over to yous or does it just happen when I change me address on the website? I'm sound with helping out on the doors, I done loads back home.

Also which branch is Whinfield? And is there a women's group, me mate said there was.

Ta
Jodie x""")

# 13 all caps, neighbour typing
c.add("query", subject="MEETINGS", sender=("Frank Bowman", "lynnsmith1961@btinternet.com"),
      tags=("noisy", "caps"),
      body="""DEAR SECRETARY THIS IS FRANK BOWMAN FROM PITSIDE MY NEIGHBOUR LYNN IS TYPING THIS FOR ME AS I HAVE NOT GOT A COMPUTER. I GOT A LETTER SAYING THE BRANCH MEETINGS HAVE MOVED BUT IT DID NOT SAY WHERE TO. IS IT STILL THE FIRST TUESDAY AND WHERE IS IT NOW. PLEASE WRITE BACK TO LYNNS EMAIL OR PHONE ME ON THE HOUSE PHONE 0191 496 0384. I AM IN MOST DAYS. FRANK""")

# ============================================================ procedural (6)

# 14 Geordie, apologies plus branch report
c.add("procedural", subject="apologies an Colliery Row report", sender=P("Paul", "Bewick", "stannerbylabour.org.uk"),
      tags=("noisy", "dialect", "typos"),
      body="""Lisa, apologies from me for Tuesdays GC, ah'm on nights all week. Can you read this out under branch reports please.

COLLIERY ROW BRANCH REPORT
- met 4th Nov, 11 there, apologies from 3
- passed the motion on the baths (see Alan's email, he'll send it proper)
- doorknockin on Sat mornins continues, 40ish doors a week, main issues are the baths, the buses an the state of the back lanes
- raffle made £84, goin to the foodbank
- new member Jodie (moved from Liverpool) is goin to be wor social media person, champion

Ta
Paul""")

# 15 Urdu-speaker branch secretary, Burnside minutes
c.add("procedural", subject="Burnside branch minutes 28 October", sender=P("Rukhsana", "Akhtar", "gmail.com"),
      tags=("noisy", "non-native"),
      body="""Dear Lisa,

Please find the minutes of Burnside branch meeting held on 28th October at the Burnside community centre, for GC papers.

Present: 14 members (list attached). Apologies: Cllr Nasreen Akhtar (council meeting), Mr Abdul Mannan (doctor appointment).

1. Minutes of last meeting - approved, proposed by Shahina Begum, seconded by Tariq Mahmood.
2. Matters arising - the parking tickets at the masjid on Friday, members are very upset, councillor will take to the highways committee, report next meeting.
3. Motion on Gaza ceasefire - discussed in detail, passed 13 for 0 against 1 abstain, to be send to GC for next meeting.
4. Election of branch BAME officer - Mr Abdirahman Hussein, no other nomination, elected unopposed.
5. AOB - Eid/Christmas community dinner, date to be fixed, Shahina will ask the restaurant.

Meeting closed 9.05pm.

Rukhsana Akhtar
Branch Secretary (no relation to the councillor, people always asking!)""")

# 16 txt-speak, Young Labour motion on bus passes
c.add("procedural", subject="motion for GC - bus passes", sender=("Liam Tait", "liamtait.ylab@gmail.com"),
      tags=("noisy", "txt-speak", "typos"),
      body="""hi lisa, motion from the young labour group for next GC. we voted on it on discord lol (7-0). can u put it on the agenda

MOTION: FREE BUSES FOR UNDER 22s

this GC notes that a return to the toon from stannerby is £7.80 on the 22 bus which is like an hour of wages for a 18yo on min wage. scotland has free buses for under 22s n its worked

this GC beleives young ppl cant get to college, jobs, or anything w/o a lift n its not fair

this GC resolves to
1) ask the combined authority labour members to back a under 22 free fare scheme
2) ask Joanne Scorer MP to raise it
3) send this motion to the regional conference

proposed liam tait (whinfield), seconded chelsea dunn (hedley moor)

is that the rite format? the template on membersnet wuldnt open on my phone""")

# 17 Somali delegate, nomination BAME officer for CLP
c.add("procedural", subject="Nomination form - CLP BAME officer", sender=P("Abdi", "Warsame", "stannerbylabour.org.uk"),
      tags=("noisy", "non-native"),
      body="""Dear Lisa,

I nominate sister Hodan Warsame (my cousin's wife, but I nominate because she is good, not because family!) for the post of CLP BAME officer at the AGM. She have agreed. She is member since 2022 in Station branch.

Seconder: Shahina Begum (Whinfield branch). She will send you email herself to confirm.

Please let me know if the form need to be signed by paper or this email is okay. Last year I send by email and somebody say it must be paper, so I want be sure this time.

Thank you,
Cllr Abdi Warsame
Station ward""")

# 18 dictation, conference delegate report
c.add("procedural", subject="Report from regional conference for the GC", sender=P("Maureen", "Patterson", "gmail.com"),
      tags=("noisy", "dictation"),
      body="""Lisa here is my report as delegate to the regional conference. I have done this with the speech to text because of my wrist so please check it before it goes in the papers.

Report to the general committee from the northern regional conference comma Durham comma 18th and 19th October

I attended as one of our two delegates along with Liam Tate. The conference was well attended with about 300 delegates.

The main debates were on the regional transport plan comma the NHS dentistry crisis and the two child benefit cap. Our own motion on the Stannerby baths was not prioritised in the ballot which was disappointing but we did get it raised in the local government session where Cllr Bewick spoke really well.

The two child cap motion was carried overwhelmingly and I voted for it in line with the GC mandate. The dentistry motion was carried. The transport motion was remitted which means it goes back to the regional board to look at again I think.

There was a very good fringe meeting about women in local government and I got lots of leaflets which I will bring to the GC.

Liam spoke in the youth debate about buses and got a standing ovation from about half the hall which was lovely to see.

Expenses for travel and one night in the Premier in in Durham come to 148 pounds 60 and I have given the receipts to the treasurer.

Maureen Patterson
Whinfield branch""")

# 19 Scouse, two-child cap motion, "killin kids", "political suicide"
c.add("procedural", subject="Motion - two child cap (Station branch)", sender=("Kev Molyneux", "kevmolyneux_lfc@hotmail.co.uk"),
      tags=("noisy", "dialect", "hard-negative", "metaphor"),
      body="""Lisa

Before I go (I haven't changed me mind about that but I'm finishing this first, promised the branch) here's the Station branch motion for the GC. Passed unanimous.

MOTION: SCRAP THE TWO-CHILD LIMIT NOW

This GC notes that the two-child limit is keepin thousands of kids in this region in poverty and that the Child Poverty Action Group says scrappin it is the quickest way to lift kids out.

This GC believes the policy is killin kids' chances in places like Stannerby and that keepin it is political suicide for a Labour government.

This GC calls on Joanne Scorer MP to publicly back scrappin it and to vote for it at every opportunity, and resolves to send this motion to the NEC and to national conference.

Proposed: Kev Molyneux. Seconded: Jodie Kavanagh.

Kev""")

# ============================================================ urgent (7)

# 20 Geordie, Welfare double-booked tonight, there's a wake
c.add("urgent", subject="TONIGHT - welfare", sender=P("Trevor", "Hindmarch", "btinternet.com"),
      tags=("noisy", "dialect", "caps"),
      body="""Lisa, just had Maureen on from the Welfare. They've double booked, there's a wake for Geordie Robson in the big room tonight an they're not movin a funeral for us, fair enough. We've got NOWT for the GC at 7.

Can you ring St Aidan's hall or the community centre? Ah'm stuck in Gateshead at the hospital wi wor lass till 5. If we cannit get owt it'll have tae be postponed an we'll need tae tell 60 delegates by text. Ring us.

Trevor""")

# 21 Bengali restaurant owner, fundraiser tomorrow, final numbers tonight
c.add("urgent", subject="Tomorrow dinner - final number please", sender=("Sylhet Spice Stannerby", "sylhetspice.stannerby@gmail.com"),
      tags=("noisy", "non-native"),
      body="""Dear Lisa madam,

For the fundraising dinner tomorrow (Saturday) 7pm, I am needing final number of guests by tonight 9pm latest because our supplier is coming early morning and I have to order the lamb and chicken. Last time you say 60, now I hear maybe 80? Big difference for me.

Also how many vegetarian and is any halal only, any nut allergy. Please reply or call me on 07700 920 114, I am in restaurant until 11pm.

Thank you,
Jamal Uddin
Sylhet Spice, Front Street""")

# 22 txt-speak, collect leaflets 7am tomorrow, print shop
c.add("urgent", subject="leaflets 2moro", sender=("Jodie Kavanagh", "jodiekav@live.co.uk"),
      tags=("noisy", "txt-speak", "dialect"),
      body="""lisa sorry 2 do this but the print shop on front st just rang n said the by-election leaflets r ready but they shut at 12 2moro n wont be open til mon. i start my shift at 8 so cant get them. sumone needs 2 pick them up between 7 n 12 2moro or we miss the weekend drop. 4000 of them so need a car not a bike lol. can u put it on the group chat""")

# 23 Geordie press officer, Chronicle deadline 3pm
c.add("urgent", subject="Chronicle want a quote by 3 TODAY", sender=P("Gemma", "Ridley", "outlook.com"),
      tags=("noisy", "dialect", "typos"),
      body="""Lisa, the Chronicle have been on, they're runnin the baths story tomorra an want a quote from the CLP by 3 o'clock today. They've already got one off the Lib Dems callin it "a betrayl of Stannerby". If we divvent give them owt they'll print "Labour declined to comment" which'll look terrible.

I've drafted summat below, can you or Trevor OK it or change it an send back before half 2. Reporter is Kelly Armstrong (no relation to Ged!!).

DRAFT: "Stannerby Labour members have made their views clear: we want the baths kept open. We'll be putting that case to the council group and to the people of Stannerby."

Gemma""")

# 24 Somali, venue for tomorrow's surgery lost, funeral at the mosque hall
c.add("urgent", subject="Tomorrow surgery in Station ward - hall not possible", sender=P("Abdi", "Warsame", "stannerbylabour.org.uk"),
      tags=("noisy", "non-native"),
      body="""Lisa,

Bad news. Tomorrow morning the MP surgery we plan in the Station Road mosque hall is not possible, there is janaza (funeral) for old man from our community, everybody will be there, they need the hall from 9 to 1.

We need other place for 10am tomorrow. Maybe library? Maybe the community centre small room? Can you call MP office today, I already tell them but the lady say she need confirm from the CLP. 16 people are booked, I will call all of them tonight when I know new place, so please tell me before 6pm.

Abdi""")

# 25 dictation, councillor in hospital, ballot papers to collect
c.add("urgent", subject="Ballot papers for tonight", sender=P("Nasreen", "Akhtar", "stannerbylabour.org.uk"),
      tags=("noisy", "dictation"),
      body="""Lisa I'm dictating this from the hospital bed so forgive it. They've kept me in with my gallbladder and I'm not getting out today.

The ballot papers and the box for tonight's Burnside branch election are in my house in the front room in a carrier bag by the TV. My husband Shahid is home until 5 then he goes to work. Someone needs to pick them up before 5 or the ballot can't happen tonight. And Rukhsana will have to chair the count instead of me.

Please ring Shahid on 07700 921 776. Sorry sorry sorry.

Nasreen""")

# 26 Urdu-speaking treasurer, bank signature today or lose the hall deposit
c.add("urgent", also=["query"], subject="Need second signature TODAY for bank - hall deposit", sender=P("Naveed", "Iqbal", "hotmail.co.uk"),
      tags=("noisy", "non-native"),
      body="""Assalam o alaikum Lisa,

The bank (Front Street branch) is saying the cheque for the St Aidan's hall deposit for the AGM need two signature, and Trevor is away. The hall lady say if deposit not reach today before 4pm she will give the date to the dance school. You are second signatory on the mandate I think? Can you come to bank before 3.30? I will wait inside.

If you are not signatory please tell me who is, I am not finding the mandate paper.

Naveed
Treasurer""")

# ============================================================ data-protection (7)

# 27 Geordie caps, mam's number, 89
c.add("data-protection", subject="Ringin me mam", sender=P("Steve", "Laidler", "sky.com"),
      tags=("noisy", "dialect", "caps", "confuser", "dp-no-legal-words"),
      body="""Who gave yous me mam's number? She's 89, lives on her own in Pitside, and she had somebody ringin her at half eight at night from "Labour" askin how she was votin. She thought it was the bank scam people an she was in a state. SHE HAS NEVER BEEN A MEMBER. She's never given her number tae anybody except the doctors an me.

Ah want her number wiped off whatever yous have got it on an ah want tae knaa where it came from. Steve Laidler""")

# 28 Bengali, photo on Facebook without permission
c.add("data-protection", subject="Please remove my photo from facebook", sender=P("Farzana", "Chowdhury", "gmail.com"),
      tags=("noisy", "non-native", "confuser", "dp-no-legal-words"),
      body="""Hello,

In your facebook page "Stannerby Labour" there is a photo from Eid dinner at Burnside community centre, with me in front with my two daughters. Nobody ask me before taking or putting on internet. My husband family is not happy, and also I not want my daughters face on internet for political thing, they are 9 and 12.

Please remove today. Also please tell me where else you use this photo, for leaflet or something.

Farzana Chowdhury""")

# 29 Scouse, take me off, third time
c.add("data-protection", subject="THIRD TIME", sender=("Gary Rimmer", "garyrimmer68@gmail.com"),
      tags=("noisy", "dialect", "caps", "confuser", "dp-no-legal-words"),
      body="""Right. This is the third time I'm asking. I left the party in March. I am not a member. TAKE ME OFF YER EMAILS. Every week another "Stannerby Labour update" or "can you help this Saturday". No I can't la, I'm not in yer party. Delete me. Delete me address, delete me phone number, delete the lot. Ta.""")

# 30 Somali subject access, after a complaint
c.add("data-protection", subject="Request all what you write about me", sender=P("Mohamed", "Farah", "hotmail.com"),
      tags=("noisy", "non-native"),
      body="""Dear Secretary

After I make complaint in September about the Station branch chair, I think some people are writing things about me in emails and on WhatsApp, one person tell me "they say you are troublemaker". I want to see everything the CLP have about me: emails about me, notes of meetings where they talk about me, my membership information, everything. I know I have this right by the data protection law.

Please send it to this email. I wait for 30 days.

Mohamed Farah
Station branch member""")

# 31 txt-speak teen, address on volunteer sheet shared to WhatsApp
c.add("data-protection", subject="my address", sender=("Ellie Charlton", "elliecharltonx@gmail.com"),
      tags=("noisy", "txt-speak", "confuser", "dp-no-legal-words"),
      body="""hi (no relation lol) someone put the volunteer spreadsheet in the whatsapp group n its got my home address n my mobile n my date of birth on it. theres like 90 ppl in that group n loads of them i dont even kno. im 17 and my mum is fuming. can u get it taken down n tell every1 to delete it pls""")

# 32 Urdu-speaker, ethnic note on the canvass tablet
c.add("data-protection", subject="What your canvasser write about my family", sender=P("Sajid", "Hussain", "yahoo.co.uk"),
      tags=("noisy", "non-native"),
      body="""Sir/Madam,

On Saturday two of your canvassers come to my door on Whinfield Road. Very polite, no problem. But when the young man was typing on his tablet I see the screen, because I was standing next to him, and he write in the notes "Pakistani household, Muslim, ask about Gaza". 

Why you are writing my religion and my country? Who decide this? Who can see this? I am British, born in Bradford, I never tell him I am Pakistani. I want to know what is written about me and my wife and I want the religion and this other thing deleted.

Sajid Hussain""")

# 33 autocorrect, CC'd list
c.add("data-protection", also=["complaint"], subject="Re: Volunteers needed Saturday!!", sender=P("Pauline", "Tweddle", "icloud.com"),
      tags=("noisy", "autocorrect", "quoted"),
      body=c.quote_reply(
          """Lisa, you've CD'd everybody. CC'd. Everyone's email is in the top of this, all 70 of us, I can see every single address including my own work one which I never gave to the party, how is that even in there.

Can you use BCC in future please. Blind copy. My employer is NOT to know I'm politically active, I work for the council. I'm quite upset about this to be honest.

Pauline""",
          """Hi all,

We need 10 volunteers for Saturday's by-election action day in Pitside, meeting 10am outside the Welfare. Reply to let me know if you can make it!

Lisa""", quoted_from=SEC, style="outlook"))

# ============================================================ other (7)

# 34 Geordie thanks, pit disaster memorial
c.add("other", subject="Sunday", sender=P("Jimmy", "Coxon", "btinternet.com"),
      tags=("noisy", "dialect"),
      body="""Lisa

Just a line tae say thank you for Sunday at the pit wheel. Me fatha was one o the lads that brought the bodies up in '51 and ah've been gannin tae that memorial every year since ah was six. Ah've never seen as many there. The bairns from the primary singin, the band, the wreath from the party. Ah was fillin up, ah'll admit it.

Canny job pet. Tell Trevor an all.

Jimmy Coxon""")

# 35 Scouse personal news, baby, dead chuffed
c.add("other", subject="news!!", sender=("Jodie Kavanagh", "jodiekav@live.co.uk"),
      tags=("noisy", "dialect", "hard-negative", "benign-violent-word"),
      body="""Lisa!! Just to let yer know I'll be off the doors for a bit... I'm pregnant!! 12 week scan today, due in May, right in the middle of the elections haha. Me and Dan are dead chuffed. Me ma's already bought about 40 babygros.

I'll still do the socials from the sofa, don't worry. Just not climbing up any more steps in Pitside, them flats were killin me anyway

Jodie xx""")

# 36 Bengali invitation to community iftar / dinner
c.add("other", subject="Invitation - Burnside community dinner for all", sender=P("Shahina", "Begum", "yahoo.co.uk"),
      tags=("noisy", "non-native"), fmt="alt",
      body="""Dear Lisa apa and all Labour friends,

With great pleasure we are inviting you to the Burnside community dinner on Sunday 14th December, 6pm, at Burnside Community Centre. It is for everybody, all religions and no religion! We are doing it for bringing the people together after this difficult year.

There will be biryani, curry, samosa and also (for Christmas) the mince pie, my neighbour Mrs Hall is baking. No charge, only bring a smile and maybe one dessert if you want.

Please share to all members. Our MP Joanne is also invited, please remind her, her office is not replying to me.

Many thanks,
Shahina Begum
on behalf of Burnside Women Together""")

# 37 misdirected, Somali man writing to "DWP"
c.add("other", subject="Universal credit my payment stop", sender=P("Ahmed", "Abdullahi", "gmail.com"),
      tags=("noisy", "non-native"),
      body="""Dear DWP,

My universal credit is stop from 3 week. I have no message in my journal why. My landlord is asking the rent. I have 3 children. I call to the number but wait 2 hour then cut. Please help me what is happening, my NI number is on the letter I am sending before.

Thank you
Ahmed Abdullahi
Station Road""")

# 38 txt-speak, raffle prizes cost a bomb, shoot me a txt
c.add("other", subject="raffle stuff", sender=("Chelsea Dunn", "chelsea.dunn93@outlook.com"),
      tags=("noisy", "txt-speak", "hard-negative", "benign-violent-word"),
      body="""got all the raffle prizes for the quiz!! the hamper cost a bomb but the co-op gave us the wine for free so swings n roundabouts lol. ive got them all in my boot. shoot me a txt wen u want me to drop them at the welfare, im free thurs after 3. x""")

# 39 sales pitch, minibus hire for polling day
c.add("other", subject="Minibus for election day - special price", sender=("Waqas Ali", "waqas@northeastminibus.co.uk"),
      tags=("noisy", "non-native"),
      body="""Dear Sir/Madam,

I am Waqas from North East Minibus Hire, we are local family business in Stannerby since 2015 (my father was taxi driver 25 years, maybe you know him, Ali Cabs). 

For the next election day we can offer 16 seat minibus with driver, all day 7am to 10pm, to take old people and disabled people to the polling station. Price £280 for full day (normal price £400). Wheelchair ramp available.

Many parties use us. We are very reliable, DBS checked drivers, insurance for everything.

Please call me for booking, 07700 922 309.

Kind regards
Waqas Ali""")

# 40 dictation condolences
c.add("other", subject="Ged's wife", sender=P("Brenda", "Gibbon", "aol.com"),
      tags=("noisy", "dictation"),
      body="""Lisa I have just heard about Ged's wife Sandra. I am so sorry. I am dictating this because I can't see the keys for crying.

She was the one who ran the tombola at every summer fair and she always kept the best prizes back for the kids from the children's home. She never wanted any thanks.

Is there going to be a card from the party I would like to sign it. And does anyone know when the funeral is. I would like to go to the crematorium if the family don't mind

love Brenda Gibbon
Hedley more""")

# ============================================================ bulk (3)

# 41 Geordie auto-reply
c.add("bulk", subject="Auto: Re: GC agenda and papers", sender=P("Paul", "Bewick", "stannerbylabour.org.uk"),
      headers=c.autoreply_headers("exchange"),
      tags=("noisy", "dialect", "confuser", "robot-no-list-headers"),
      body="""Ah'm off on me holidays till Monday 17th. Divvent bother ringin, there's nae signal in the caravan at Cresswell. If it's a council thing ring the members' services desk. If it's a bin thing, report it online. If it's Trevor, ah'll see ye at the GC.

Paul""")

# 42 bounce to a misspelt address
c.add("bulk", raw=c.bounce("trevor.hindmarch@btinternat.com",
                            reason="550 5.1.2 <%s>: Host or domain name not found. Name service error for name=btinternat.com",
                            orig_subject="GC tonight - venue change"),
      body="", tags=("noisy", "typos", "confuser", "robot-no-list-headers"))

# 43 badly translated newsletter, Bangladeshi welfare association
c.add("bulk", subject="Newsletter of Winter - Stannerby Bangladeshi Welfare Association", sender=("SBWA", "news@sbwa-stannerby.org.uk"),
      headers=c.newsletter_headers("Mailchimp"), fmt="alt",
      tags=("noisy", "non-native"),
      body="""STANNERBY BANGLADESHI WELFARE ASSOCIATION
Newsletter of Winter

Respected members and well-wishers,

Assalamu alaikum and warmly greeting. With the mercy of Almighty our association is completing 31 years of serving the community. Below please find the newses of the season.

** Victory Day programme - 16th December **
The Victory Day of Bangladesh will be celebrating in Burnside Community Centre from 5pm. Cultural programme by our childrens, poetry, songs of Liberation War, and after the dinner. All are kindly requested to attend with family.

** Free advice surgery **
Brother Naveed Iqbal (accountant) is giving free advice of tax return every second Saturday. January deadline is coming so please do not make late.

** Winter warm pack **
For the elders who are feeling cold, warm pack of blanket and hat and gloves is ready for collecting. Please telephone the office.

** Meeting with councillors **
Our committee was meeting with the local councillors of all parties in regard to the parking problem of the Friday prayer. The matter is under considering.

With best regards and dua,
General Secretary, SBWA

You are receiving this mail because you are member or well-wisher of SBWA.
Unsubscribe from this list | Update your preferences
*|LIST:ADDRESSLINE|*""")

# ============================================================ safety (17)

# S1 Geordie, explicit, brick through the window then him
c.add("safety", subject="armstrong", sender=("Pitside Lad", "pitsidelad1@gmail.com"),
      tags=("noisy", "dialect", "explicit", "implicit", "no-punctuation"),
      body="""tell that armstrong ah knaa the hoose on Pit Row wi the red Astra ootside. he shut the baths wor bairns swim in so ah'm gan tae hoy a brick through his windee and then ah'm gan tae hoy him after it. he'll not be smilin in the Chronicle then. divvent think ah'm jokin""")

# S2 Scouse, menace about the coming meeting
c.add("safety", subject="next tuesday", sender=("yer worst nightmare", "scally4life@outlook.com"),
      tags=("noisy", "dialect", "veiled", "implicit"),
      body="""Trevor thinks he can kick me out the branch does he. Sound. Tell him I'll be outside the Welfare Tuesday when his little GC finishes. Tell him to bring his mates. He's gettin done in la, simple as. No bizzies, no committee, just me and him in the car park. He knows what I mean""")

# S3 webform, symbol-broken, bomb under her car
c.add("safety", subject="New submission: Contact the CLP", sender=c.form_robot(),
      reply_to=("true brit", "truebrit.ne@proton.me"),
      tags=("noisy", "symbol-broken", "webform", "explicit", "wish-harm"),
      body=c.webform({
          "Name": "true brit",
          "Email": "truebrit.ne@proton.me",
          "Ward": "n/a",
          "Message": """akhtar and warsame should be sent back where they came from. some1 should put a b0mb under that akhtar w*mans car, the black qashqai outside the m0sque every friday. easy target. bet nobody wud miss her. this is OUR country""",
      }, form="Contact the CLP"))

# S4 Bengali member reports her son's shop threatened over a Labour poster
c.add("safety", subject="Please help - threat to my son shop", sender=P("Shahina", "Begum", "yahoo.co.uk"),
      tags=("noisy", "non-native", "third-party-report", "explicit"),
      body="""Dear Lisa apa,

I am very worried and I dont know who to tell. My son Rahim has the phone shop on Front Street (Fix-It Mobile). He put the poster for our by-election candidate in the window, you gave it to him.

Yesterday evening two men come in, maybe 30 years age, one with a dog. They point to the poster and say "take that down or we'll burn you out, you and your p*ki shop". Then they say "we know you live upstairs". He does live upstairs, with his wife and the baby.

He took down the poster. He is not sleeping. I tell him call the police, he say police will not do anything. Lisa, what to do? Is the party can help? I feel it is my fault because I give him the poster.

Shahina""")

# S5 social, doxxing Somali councillor
c.add("safety", subject="New comments on a post in Stannerby Residents Unfiltered", sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers("Facebook"),
      tags=("noisy", "social", "doxxing", "pile-on", "veiled"),
      body="""Wayne Gowland commented on a post in Stannerby Residents Unfiltered: "Labour councillor Abdi Warsame backs mosque extension"

Wayne Gowland: he lives at 31 Hawthorn Terrace. end house with the grey door. his missus walks the kids to St Bede's at 8.40 every morning. just so people know where to find him if they want to "discuss" it

Darren Pye: send him back in a box 📦

Kayleigh Moss: ^^^ 😂😂 doorstep him lads

Wayne Gowland: already been past twice this week. lights are on late

View post: https://www.facebook.com/groups/stannerbyunfiltered/posts/771204

This message was sent to secretary@stannerbylabour.org.uk. If you don't want to receive these emails from Meta in the future, please unsubscribe.
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""")

# S6 stalking reported by the young women's officer, txt-speak
c.add("safety", subject="this guy", sender=("Chelsea Dunn", "chelsea.dunn93@outlook.com"),
      tags=("noisy", "txt-speak", "stalking", "third-party-report", "following"),
      body="""lisa i need 2 tell someone. theres this guy who came to 2 canvass sessions in sept, said his name was craig. since then hes messaged me on insta like 60 times, i blocked him n he made a new account. last week he was sat in his car outside my kids nursery at pick up. yesterday he was at the asda when i was there n he said "u shud wear ur hair down more". today there was a card thru my door with no stamp so he knows where i live. it says "we're meant to be together, dont make me prove it". im scared 2 go out. can u check if hes a member, he had a labour rosette on at the canvass""")

# S7 conditional, Geordie, chair's house
c.add("safety", subject="Whinfield site", sender=P("Keith", "Fairless", "hotmail.co.uk"),
      tags=("noisy", "dialect", "conditional", "veiled"),
      body="""Lisa,

Ah'll keep this short. If that site on the Whinfield field gans ahead at planning on the 9th, your chair Trevor Hindmarch'll be needin a new hoose, cos the one he's got on Moor View'll not be standin. Ah'm not sayin ah'll dae owt. Ah'm sayin there's lads roond here that's had enough an ah'll not be stoppin them. Pass it on.

K Fairless""")

# S8 forwarded voicemail-to-text transcript, councillor
c.add("safety", subject="Fwd: New voicemail from Unknown", sender=P("Nasreen", "Akhtar", "stannerbylabour.org.uk"),
      tags=("noisy", "non-native", "forwarded", "third-party-report", "explicit"),
      body=c.forward(
          """Lisa this came last night 11.40pm, the phone type it out automatic so the words are funny but you can understand. It is the third one this month. I did not tell you before because I thought it will stop. My husband say I must tell the party and the police. Please what is the procedure.

Nasreen""",
          """Voicemail from: Unknown (no caller ID)
Duration: 0:38
Transcription (beta):

yeah it's me again miss akhtar yeah you know who it is you went in the council and voted for them parking is not parking it's letting your lot take over the whole town innit and nobody asked us well we know where you live we know you go at the friday prayers on your own in the black car well one of these days you're going to come out and find that car is not a car anymore and you in it so think about that yeah think about resigning before we make you [inaudible] bye

Was this transcription useful? Yes / No""",
          "Visual Voicemail <voicemail@vm.mobile-carrier.co.uk>", "New voicemail from Unknown", style="gmail"))

# S9 caps wish-harm, other MPs
c.add("safety", subject="SCORER", sender=("Disgusted of Stannerby", "disgustedstannerby@aol.com"),
      tags=("noisy", "caps", "wish-harm", "veiled"),
      body="""SHE LIES TO THE POOR AND CRAWLS TO THE RICH. SHE VOTED TO TAKE THE WINTER FUEL OFF MY MAM. I HOPE SOMEBODY DOES TO HER WHAT HAPPENED TO THEM OTHER MPS AT THEIR SURGERIES. AND WHOEVER DID IT, I'D BE FIRST IN THE QUEUE TO SHAKE HIS HAND. SHE DOES HER SURGERY IN THE LIBRARY ON THE FIRST FRIDAY DOESNT SHE. ANYBODY CAN WALK IN.""")

# S10 suspicious item, white powder at surgery, reported by Somali volunteer
c.add("safety", subject="powder in envelope at surgery today", sender=P("Hodan", "Warsame", "gmail.com"),
      tags=("noisy", "non-native", "suspicious-item", "third-party-report"),
      body="""Lisa,

Today at the councillor surgery in the library (Cllr Warsame, 10-12) I was opening the post for him because he was talking to people. One envelope, handwriting on it "ABDI THE TERRORIST", inside there was white powder, like flour but more fine, and a paper saying "HOW DO YOU LIKE IT". Some of powder go on my hands and on the table.

The library lady call 999. Fire brigade and police came, they close the library and they take the envelope. They wash my hands and check my breathing, they say probably not dangerous but they will test. I am ok, only very shaking.

Police say we must tell the party. Abdi is with police now giving statement. I write you so you know before Monday. Who else I must tell?

Hodan""")

# S11 following after canvassing, Scouse
c.add("safety", subject="car followin us", sender=("Kev Molyneux", "kevmolyneux_lfc@hotmail.co.uk"),
      tags=("noisy", "dialect", "following", "third-party-report"),
      body="""Lisa, I know I said I'm out but I'm still doin the doors with Jodie cos she asked, and you need to know this.

Saturday in Pitside, a white Transit (partial reg, something 71 something, dent in the back door) went past us four times in an hour, real slow. Fourth time the window come down and the fella filmed us on his phone and shouted "see yer later Labour" in a way that wasn't friendly. Then when I drove Jodie home it was behind us all the way to Whinfield Road. Pulled up across the road from her house and sat there with the engine on for ten minutes.

She's pregnant, la. I'm not havin it. I've told the bizzies. Can yous tell everyone doin the doors in Pitside to go in pairs at least and not go home straight after.

Kev""")

# S12 Geordie no-punctuation rant, threat mid-way then back to bins
c.add("safety", subject="the state of pitside", sender=("Mick Hepple", "mickhepple64@btinternet.com"),
      tags=("noisy", "dialect", "no-punctuation", "embedded", "explicit"),
      body="""the back lanes in pitside are a disgrace the bins get emptied when they feel like it there's rats the size of whippets the streetlights have been oot on station road since august an nobody fixes them ah've rung the council 9 times ah've emailed armstrong 6 times he never answers the bairns cannit walk tae school in the dark so ah'll tell ye what ah'll dae next time ah see armstrong in the club ah'm gan tae glass him ah mean it he'll need stitches an his lass can visit him in the rvi an see how he likes it anyway the other thing is the bus shelter on the front street has been smashed since june an the council says it's not theirs it's nexus's an nexus says it's the council's so naebody fixes it an the old folk stand in the rain""")

# S13 list post, txt-speak, veiled, "i kno where she prays"
c.add("safety", subject="[stannerby-members] Re: Friday parking - councillor statement", sender=("Ryan Bone", "ryanbone.sty@gmail.com"),
      headers=c.list_headers("stannerby-members", domain="lists.stannerbylabour.org.uk"),
      tags=("noisy", "txt-speak", "list", "veiled", "implicit"),
      body="""so akhtar gets her lot off the parking fines n the rest of us pay. typical. ppl like her need 2 b dealt wiv proper n i dont mean at the ballot box. i kno where she prays n i kno wat time she leaves. just sayin. she shud watch herself

_______________________________________________
stannerby-members mailing list
stannerby-members@lists.stannerbylabour.org.uk
https://lists.stannerbylabour.org.uk/mailman/listinfo/stannerby-members""")

# S14 HTML-only, Scouse, the secretary's kids
c.add("safety", subject="lisa", sender=("a well wisher", "wellwisher.ne@gmail.com"),
      fmt="html", tags=("noisy", "dialect", "html-only", "veiled", "implicit"),
      body="""Nice kids you've got Lisa. Little lad's in the blue coat isn't he. St Mary's, out at quarter past three, your mam picks him up on a Wednesday.

Shame if yer mam was late one day.

Tell yer mate Trevor to call off the disciplinary on our kid. Yer know the one. You've got till Friday.""")

# S15 quoted reply, Geordie, threat below the quote
c.add("safety", subject="Re: Your membership has been suspended", sender=("Darren Shotton", "dazshotton@hotmail.com"),
      tags=("noisy", "dialect", "quoted", "explicit", "caps"),
      body=c.quote_reply(
          """suspended for a facebook post. ye jumped up wee woman. ah've been in this party 20 year. ah knaa where ye live, ah knaa ye drive the red fiesta, ah knaa ye work at the council offices an finish at five. WATCH YER BACK. ah'm gan tae make ye sorry ye ever sent this. an that's not a political threat hinny""",
          """Dear Darren,

I am writing to let you know that, following a complaint, the party has administratively suspended your membership pending investigation. This means you cannot attend party meetings or hold office while the investigation takes place. You will be contacted by the national complaints team.

Regards,
Lisa Charlton
Secretary, Stannerby CLP""", quoted_from=SEC, style="bottom"))

# S16 spaced letters, txt-speak, underpass after the hustings
c.add("safety", subject="hustings", sender=("nobody", "nobody4u@outlook.com"),
      tags=("noisy", "txt-speak", "symbol-broken", "explicit", "implicit"),
      body="""tell ur candidate to enjoy the hustings on thurs. he walks home after dont he. thru the underpass by the station. ur gonna get k i l l e d mate thats wat happens 2 grasses who call the police on ppl. sum1 will b waitin. thats not a joke""")

# S17 treasurer reports WhatsApp group sharing her address, doxxing
c.add("safety", subject="WhatsApp group - my address - please read", sender=P("Naveed", "Iqbal", "hotmail.co.uk"),
      tags=("noisy", "non-native", "doxxing", "third-party-report", "harassment", "pile-on"),
      body="""Lisa,

My nephew show me screenshot from a WhatsApp group called "Stannerby Patriots" (about 200 people). Somebody post my photo from our Labour Facebook page, with my full address (12 Elm Grove) and my shop name, and write "this is the one who counts Labour's money, foreign money for foreign councillors". Then many people reply, one say "time for a house call", one say "his shop windows look very breakable", one send picture of petrol can with laughing face.

Since 3 days, two times somebody knocked my door at night and ran. Yesterday my shop window have spit and a sticker "GO HOME".

I have screenshots, I send to police also. Lisa, my wife and my daughters are at home alone in the day. Please, can the party take down my photo from facebook page today, and tell regional office. I think also other officers are in danger, they post Trevor name also.

Naveed Iqbal
Treasurer""")

c.write()
