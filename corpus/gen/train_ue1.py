"""train/ue1: surface noise across every category, part 1 (Ardmuir Coast CLP, a fishing and
fish-processing seat on the north-east coast of Scotland). All content hand-written.

Members who write the way real people write: Doric and general Scots, txt-speak, ALL CAPS,
voice dictation that never got read back, autocorrect, no punctuation at all, and members
whose first language is Polish, Romanian, Punjabi/Urdu or Arabic. 43 non-threats across every
category but safety (with noisy hard negatives: "this will KILL the harbour", "fight them like
hell at the AGM", "shoot me a text"), then 17 safety messages in the same kinds of writing,
where the noise hides the menace: misspelt and symbol-broken violent words, Scots words for a
doing, no sentence boundaries, reports of threats written in a second language."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ue1", seed=6701)
# Our own invented CLP (secretary, address and website used by forwards and web forms).
c.clp = ("Ardmuir Coast CLP", "Fiona Lennox", "secretary@ardmuircoastlabour.org.uk")
P = c.person
SEC = "Fiona Lennox <secretary@ardmuircoastlabour.org.uk>"

# ============================================================ complaint (7)

# 1 caps, Doric, parking charges "wil KILL" the high street
c.add("complaint", subject="PARKIN CHARGES", sender=P("Sandy", "Buchan", "btinternet.com"),
      tags=("noisy", "dialect", "caps", "hard-negative", "metaphor"),
      body="""fit wye did oor cooncillors vote for THE PARKIN CHARGES ON THE SHORE STREET. THIS CUTS WIL KILL OUR HIGH ST. the butchers already says hes shuttin at new year, the wool shop is gone, naebody fae the country is comin in tae pay £2.40 an oor tae get a pun o mince.

I HAE VOTED LABOUR FOR FIFTY YEAR an this is fit we get. Cllr Moodie stood ootside the Co-op in April an telt me he wis against it. AGAINST IT. then he votes for it. i wid like an explanation fae him an no a leaflet.

A Buchan
Seaton Braes""")

# 2 Polish member laughed at in the branch meeting
c.add("complaint", subject="about meeting on tuesday - I am not happy", sender=P("Agnieszka", "Wróbel", "wp.pl"),
      tags=("noisy", "non-native"),
      body="""Hello Fiona,

I want to write about what happen on Tuesday in Harbourside branch meeting. When I ask my question about the bus to the fish factory (night shift, there is no bus after 22:00 and many people walk 4 km in the dark) the chair man say "sorry, can you say again in English" and some people was laughing. I was speaking in English. My English is not perfect but it is English.

I am member two years. I pay my fee every month. I go to leaflets with Shona in the rain. I dont think is correct to make joke of somebody because of accent, especially in Labour party where we say everybody is welcome.

I not want big problem for anybody, but I want that the chair man say sorry to me, and I want that my question about the bus is in the minutes because it is not there. I read the minutes and it is not there.

Thank you
Agnieszka Wróbel
Harbourside""")

# 3 voice dictation, never read back, welfare cuts
c.add("complaint", subject="Disability cuts and Kirsty Lamont", sender=P("Norman", "Gauld", "aol.com"),
      tags=("noisy", "dictation", "hard-negative", "metaphor"),
      body="""Dear Fiona comma

I am dictating this because my hands are not good these days so please forgive any mistakes full stop

I want to complain in the strongest terms about our MP Kirsty Lamont voting with the government on the personal independence payment cuts full stop. I am 71 and I have had MS for 30 years and I have been a member of the label party since 1974 when I was in the union at the paper mill. New paragraph

When she came to the Kirk ton hall before the election she said she would never vote to take money from disabled people. Now she has. I listen to her on radio Scotland saying it was about getting people into work. I am not going into work Fiona I am 71 question mark

This is political suicide for the party up here and everybody in my street knows it. The SNP will walk it next time and she will only have herself to blame. I want a written answer from her not from her office and I want you to put my letter to the general committee.

Yours sincerely

Norman Gold
sent from my iPad""")

# 4 txt-speak, youth, ignored for youth officer
c.add("complaint", also=["query"], subject="youth officer??", sender=("Kayden Reid", "kaydenreid07@icloud.com"),
      tags=("noisy", "txt-speak", "confuser", "complaint-as-query"),
      body="""hiya

so i emailed in september bout bein youth officer n nobody got back 2 me. then i see on the fb page that sum1 else got it at the EC?? didnt even kno there was an EC lol. ngl thats pretty rubbish when u lot keep sayin u want young ppl involved

like i did 3 canvass sessions in the summer n got soakt every time. fr i feel a bit used

who actually decides this stuff n why wasnt it advertised

kayden
(ballochmyre)""")

# 5 Romanian, councillor ignores damp flat
c.add("complaint", subject="Councillor dont answer for 3 months", sender=P("Ionela", "Dumitrescu", "yahoo.com"),
      tags=("noisy", "non-native"),
      body="""Good day,

I write to you because I not know who else. I live in Craigend, flat in Mill Wynd, council flat. In the bedroom of my children is black mold on the wall, also the window is broken from July. My smallest son (4 years) have asthma and is every month to the doctor.

I send email to Mrs Cllr Shona Baird in August, in September, in October. She never answer. Not one time. My neighbour say she is Labour so I write to Labour.

I know she is not the housing office, I call housing office 11 times. But she is my councillor, she must help, this is her job no? In my country when politician dont answer we say they only come for the vote. I thinked in Scotland is different.

Please, I ask you to tell her to answer me. I am very tired.

Ionela Dumitrescu
Mill Wynd, Craigend""")

# 6 long Scots rant, selection, "fight them like hell at the AGM", "death of the branch"
c.add("complaint", subject="Craigend selection - a long one sorry", sender=P("Margaret", "Cowie", "hotmail.co.uk"),
      tags=("noisy", "dialect", "hard-negative", "metaphor", "angry"),
      body="""Fiona

Ah've been sittin on this for a week an ma man says if ah dinnae write it doon ah'll nae sleep again so here it is. It's a lang een, pit the kettle on.

Ye'll ken fine fit ah'm on aboot. The Craigend selection. Ah've been in that branch since 1988. Ah wis branch secretary fae 1994 tae 2011, ah've run every jumble sale, every coffee mornin, every Burns supper that's ever made the branch a penny, an ah've knocked every door in Craigend an Mill Wynd that many times the dugs ken me by name.

So fan the notice for the selection meetin went oot, ah expected tae be telt aboot it by the branch. Naw. Ah found oot aboot it fae Jean Milne at the chemist, fa found oot fae her daughter-in-law, fa is apparently the candidate's girlfriend's cousin. That's how this branch works noo. By the chemist.

The meetin wis held on a Wednesday at 2 o'clock in the efterneen. 2 o'clock! Every workin member in Craigend wis at their work. Half o the fish hoose lassies are on the back shift. Fa picks 2 o'clock? Ah'll tell ye fa. Somebody fa kens fine that the folk that wid vote against their pal are at their work at 2 o'clock.

Seven folk turned up. SEVEN. In a branch o ower eighty members. An the seven picked the lad fa moved up fae Edinburgh in March, fa has never delivered a leaflet in Craigend in his life, fa didnae ken far the community centre wis fan ah asked him at the gala. Lovely laddie, nae doot, he's got a good suit. But he disnae ken Craigend fae a hole in the road.

Noo, ah'm nae daft. Ah ken there's rules an ah ken the regional office is the one that signs aff on it. Ah've read the rulebook, it's on ma kitchen table wi a coffee ring on it. An ah'm tellin ye there's nae wye that meetin wis quorate under the branch standin orders, an ah've written that doon an got three ither members tae sign it.

Fit ah want:

1. The minutes o that meetin, wi the attendance.
2. The date the notice went oot, an fa it went tae.
3. For the regional office tae be telt there's a complaint.

An ah'll be honest wi ye Fiona, because ah like ye an ah ken ye're a volunteer same as me an ye're nae tae blame for this. If this gets waved through, it'll be the death o the branch. Ah'm nae exaggeratin. Ah've already had twa folk say they're nae renewin, an een o them is Bella Stephen fa's been in the party langer than me. The young eens will just nae bother. Ye cannae build a branch on seven folk on a Wednesday efterneen.

An if it dis get waved through, we'll be at the AGM in March, aa o us, an we'll fight them like hell. Every motion, every nomination, every vote. Ah've got the numbers, or ah will hae by March. They'll nae ken fit's hit them. Democratically, ah mean, afore onybody reads that wrang, ah'm seventy-three wi a new hip.

Ah've nae got onything against the laddie. Ah've got somethin against the wye it wis done. If he'd come tae three branch meetins an done a coupla Saturdays on the doors an stood in an open selection, ah'd hae voted for him masel maybe. But this isnae it.

Sorry for the length o this. Ma granddaughter says ah should learn tae text. Ah says ah'll learn tae text fan they learn tae hud a meetin at a sensible time.

Let me ken fan ye've got the minutes. Ye can phone if it's easier, ah'm in maist days except Thursday (the club).

Margaret Cowie
Craigend branch (secretary 1994-2011, nae that onybody remembers)""")

# 7 quoted reply, no punctuation, solicitor
c.add("complaint", subject="Re: Your membership", sender=P("Gordon", "Thain", "sky.com"),
      tags=("noisy", "no-punctuation", "hard-negative", "legal-threat", "quoted"),
      body=c.quote_reply(
          """no fiona thats not good enough i paid by direct debit every month for 6 year and now your system says im in arrears and cant vote at the selection thats rubbish i have my bank statements the bank says every payment went out so somebody in your party has messed up not me i want this fixed before the selection meeting or youll be hearing from my solicitor my son in law is one and hes already looked at it and he says its a breach of your own rules so dont tell me to phone a helpline again i phoned it 3 times and got cut off every time""",
          """Dear Gordon,

Thanks for getting in touch. I'm sorry to hear about the problem with your membership. The CLP doesn't hold membership payment records itself - these are managed centrally. The best thing to do is to contact the membership team on the number on Membersnet, and they will be able to check your payments and update your record.

Kind regards,
Fiona

Fiona Lennox
Secretary, Ardmuir Coast CLP""", quoted_from=SEC, style="gmail"))

# ============================================================ query (7)

# 8 Polish, which ward, moved
c.add("query", subject="which ward i am now", sender=P("Paweł", "Zając", "gmail.com"),
      tags=("noisy", "non-native"),
      body="""Hi

I move from Harbourside to new flat in Kirkton Gardens (number 14B) in October. Which ward i am now and which branch I must go? Before I was in Harbourside branch with Mr Derek. Also I must tell somebody my new adress or is automatic?

thanks, Paweł""")

# 9 Doric one-liner
c.add("query", subject="", sender=P("Dod", "Stephen", "btinternet.com"),
      tags=("noisy", "dialect", "no-punctuation"),
      body="""fit time's the meetin on thursday an is it still in the scout hut or the new place""")

# 10 txt-speak, canvassing, "shoot me a txt"
c.add("query", subject="sat canvass", sender=("Lauren McKay", "lozmckay_x@hotmail.com"),
      tags=("noisy", "txt-speak", "hard-negative", "benign-violent-word"),
      body="""hiya is the canvas still on sat 10am at harbour car pk? can i bring my m8 shes not a member yet but wants 2 see wot its like. shoot me a txt on 07700 914 382 if ok as i never check emails lol

thx L x""")

# 11 Punjabi-speaking father, daughter joining
c.add("query", subject="Membership for my daughter student", sender=P("Gurdeep", "Sandhu", "hotmail.com"),
      tags=("noisy", "non-native"),
      body="""Respected Madam,

My name is Gurdeep Singh Sandhu, I am running the Ardmuir Superstore on Kirk Street since 2009 and I am member of your party from long time. My daughter Simran is now 16 years old and she is very much interested in politics, she is doing Modern Studies in the academy and her teacher is saying she is very good.

Kindly advise me following points:
1) She can join the party at 16 or she must wait?
2) What is the fee for student, is there any concession. She is not earning.
3) Can she attend the meetings with me or there is separate youth meeting.

Please reply at your earliest convenience. Also please pass my regards to Kirsty madam, she came to our shop in summer, very nice lady.

With regards,
Gurdeep Singh Sandhu""")

# 12 webform, Romanian, wants to drive people on polling day
c.add("query", subject="New submission: Volunteer with us", sender=c.form_robot(),
      reply_to=("Vasile Moldovan", "vasile.moldovan84@yahoo.com"),
      tags=("noisy", "non-native", "webform"),
      body=c.webform({
          "Name": "Vasile Moldovan",
          "Email": "vasile.moldovan84@yahoo.com",
          "Phone": "07700 915 227",
          "Ward": "westfield",
          "How would you like to help?": """hello, i am not member but i want to help. I have a big car (7 seats, Sharan) and i am free in weekend. I can drive old people to vote in the election day or to the meeting. Is possible if I am not british citizen? I have settled status. I vote in council election last time. please tell me what i need to do, maybe some paper or check""",
      }, form="Volunteer with us"))

# 13 dictation, access needs
c.add("query", subject="Access at the new venue", sender=P("Elspeth", "Mair", "outlook.com"),
      tags=("noisy", "dictation"),
      body="""Hello Fiona I am using the voice thing on my phone because my eyesight is not what it was so please forgive the mistakes

I see the general committee is moving to the Seaton brays community centre from next month. Can you tell me is there a hearing loop in the main hall. Also is there steps at the front door. I use a walking frame and the old venue at the Kirk ton hall had the ramp at the side which was fine

also would it be all right if my daughter comes with me to help me she is not a member. she would just sit at the back and not vote

Many thanks Elspeth Mayor
Kirkton branch""")

# 14 autocorrect, arrears
c.add("query", subject="Arrears letter??", sender=P("Craig", "Ritchie", "icloud.com"),
      tags=("noisy", "autocorrect"),
      body="""Hi Fiona

Got a letter saying my membership is in arrears and I'll lapse if I don't pay by the end of the month. I changed bank in the summer and I think the direct debt didn't move over. Ducks. Dues I mean, sorry, autocorrect.

Can I just pay the missing months in one go or do I have to rejoin? And will I still be able to vote in the selection for Westfield ward, I've heard you need to be a member for 6 months unbroken.

Cheers
Craig

Sent from my iPhone""")

# ============================================================ procedural (7)

# 15 Scots apologies
c.add("procedural", subject="apols GC", sender=P("Hamish", "Leask", "gmail.com"),
      tags=("noisy", "dialect"),
      body="""Fiona, apols fae me for GC on the 12th, it's ma granddochter's christenin in Elgin an ah'll be in the bad books for a year if ah miss it. Can ye mark me doon please. Ma vote on the harbour motion wid be FOR if onybody's countin.

Hamish""")

# 16 dyslexic branch secretary, motion with typos and caps
c.add("procedural", subject="MOTION FOR GC - FERRY", sender=P("Derek", "Moodie", "ardmuircoastlabour.org.uk"),
      tags=("noisy", "caps", "typos"),
      body="""Fiona, motion below from Harbourside brnach, passed at our meeting on 3rd (16 for, 1 aganst). Sorry for spelling, you know what Im like, can you tidy it up befor it goes on the agenda.

MOTION - THE ISLAND FERRY

This GC notes:
- the Saturday ferry from Ardmuir to the islands has been cancled 19 times since Easter
- the new timetable cuts the winter sailings from 3 a day to 2
- fish merchants, carers and school kids all rely on the early boat

This GC beleives the ferry is a LIFELINE not a luxury and that our MSP and MP should be pressing for the replacment vessel to be brought forward.

This GC resolves:
1. to write to the transport minister and to Kirsty Lamont MP
2. to send this motion to the Scottish Labour confernce
3. to support the harbour users campain on 15th Nov

Proposer: Derek Moodie
Seconder: Agnieszka Wrobel

Derek""")

# 17 Polish treasurer's report
c.add("procedural", subject="Treasurer report for GC 12 Nov", sender=("Wojtek Mazur", "wojtek.mazur.ardmuir@gmail.com"),
      tags=("noisy", "non-native"), fmt="alt",
      body="""Hi Fiona,

Below is my report for GC. Please put it in the papers. I will be there to answer questions but please put me near the beginning because I have night shift at 22:00.

TREASURER REPORT - OCTOBER

Balance in bank 31 Oct: £4,118.62 (in September was £3,902.10)
Income in October:
- membership allocation from party: £311.40
- raffle in Burns supper planning meeting (yes I know is early): £46.00
- donation from Cllr Gill: £50.00
Expenses:
- hall hire Kirkton, 2 times: £90.00
- printing of leaflets for Westfield by-election: £100.88 (I have invoice)

Notes:
1. The printing is less than we planned because Derek found cheaper company in Peterhead. Very good.
2. Two branches still not send me their bank statement from last year. I will not say who but they know. Please, I need this for the accounts to regional office before December.
3. I propose we keep £1,500 minimum for election fund, not to touch. I ask GC to vote this.

Thank you,
Wojtek (Wojciech) Mazur
Treasurer""")

# 18 txt-speak nomination
c.add("procedural", subject="nomination", sender=("Ellie Robertson", "elliexrobertson@gmail.com"),
      tags=("noisy", "txt-speak"),
      body="""hey fiona

wanna nominate kayden reid 4 youth officer at the agm. hes well up 4 it n he did loads in the summer. i'm in ballochmyre branch, member since jan. does this need a form or is an email ok? also can i second sum1 else 4 womens officer or is it 1 each

ellie""")

# 19 dictated amendment, spoken punctuation left in
c.add("procedural", subject="Amendment to the harbour motion", sender=P("Ravinder", "Gill", "ardmuircoastlabour.org.uk"),
      tags=("noisy", "dictation"),
      body="""Fiona hi dictating this in the car so bear with me

amendment to the Harbourside motion on the ferry colon

add at the end of the resolves section comma new point 4 colon to ask the council labour group to table a motion at full council calling on cal mac to publish the reliability figures for the ardmuir route every quarter full stop

delete the words quote send this motion to the Scottish labour conference unquote and replace with quote submit this motion to Scottish labour conference if the constituency is allocated a contemporary slot unquote full stop

proposed by me seconded by Stephen Cooper from Westfield branch he's agreed by text

Thanks Ravinder

Cllr Ravinder Gill
Westfield ward""")

# 20 AGM slate, "fight like hell", Scots
c.add("procedural", subject="AGM nominations - Kirkton branch", sender=P("Jean", "Milne", "talktalk.net"),
      tags=("noisy", "dialect", "hard-negative", "metaphor"),
      body="""Fiona,

Kirkton branch met last nicht an agreed oor nominations for the CLP AGM. Here they are:

Chair - Euan Galbraith (he's agreed)
Vice chair membership - Elspeth Mair
Women's officer - Shona Baird
Political education - Alan Wishart
Delegates tae Scottish conference - Jean Milne (me) an Rory Findlay

Nomination forms signed by the branch chair an secretary are in the post tae ye, a scan is attached (if the attachment disnae come through tell me, ma computer is a museum piece).

Ah'll be honest, there's a wee group on the EC that wants rid o Euan, so we'll be fightin like hell for every vote at the AGM. Aa above board, mind! Just tellin ye so ye ken tae book a bigger room.

Jean Milne
Secretary, Kirkton branch""")

# 21 Romanian, correction to minutes
c.add("procedural", subject="Correction to minutes of 8 October", sender=P("Ioana", "Popescu", "gmail.com"),
      tags=("noisy", "non-native"),
      body="""Dear Secretary,

I read the draft minutes of GC from 8 October and there is two mistakes, please correct before approve in next meeting:

1. My name is written "Joanna Popesco". Correct is Ioana Popescu.
2. Item 6 (motion on asylum hotel) say "all delegates from Westfield voted for". This is not true, I voted against and I said it also with my hand clear. Please write the numbers correct, I think was 14 for, 3 against, 2 abstain.

I will ask this also in the meeting under "matters arising" if is not changed.

Thank you
Ioana Popescu, delegate Westfield branch""")

# ============================================================ urgent (7)

# 22 caps Scots, key-holder off sick tonight
c.add("urgent", subject="KEYS FOR THE NICHT!!!", sender=P("Bill", "Jappy", "btinternet.com"),
      tags=("noisy", "dialect", "caps"),
      body="""FIONA. Agnes that has the key for the Kirkton hall is in the Royal wi her chest since this mornin. NAEBODY ELSE HAS A KEY. The GC is at 7 the nicht. The caretaker's phone's aff. Dae you ken if the church office has a spare? Ah'm at ma work till 5 an cannae go roon. Somebody needs tae sort it or we're staundin in the car park. Phone me 07700 913 604.

Bill""")

# 23 Polish printer, proof approval today
c.add("urgent", subject="Proof approve today please - Westfield leaflet", sender=("Druk-Tech Printing Peterhead", "zamowienia@druktech-peterhead.co.uk"),
      tags=("noisy", "non-native"),
      body="""Dear Ms Lennox,

I send yesterday the proof of your leaflet for Westfield (5,000 copies, A5 double side). I still not have approval from you or Mr Moodie.

Please check and reply "approved" today before 15:00. If I have approval today, we print tonight and the delivery is tomorrow morning 9:00 to the address in Harbour Road like you ask. If I not have it today, next free slot on machine is Monday, so delivery Tuesday, and Mr Moodie told me the delivery in weekend is very important for you.

Also please check on back side: the phone number of councillor is 07700 901 33 - I think is missing one number.

Best regards,
Marcin Krawczyk
Druk-Tech Printing""")

# 24 txt-speak, van broke down, leaflets tomorrow 8am
c.add("urgent", subject="help van", sender=("Jordan Will", "jordan.will94@gmail.com"),
      tags=("noisy", "txt-speak", "dialect", "no-punctuation"),
      body="""fiona the van wi the leaflets broke doon on the a90 at ellon waitin on the aa could be hours, need sum1 wi a car at the harbour car park by 8 the morra to get them aff me for the westfield drop otherwise naebody has leaflets for sat. can u put it on the whatsapp im on 4% battery""")

# 25 Arabic-speaking interpreter can't come tomorrow
c.add("urgent", also=["query"], subject="Tomorrow - I can not come, sorry", sender=P("Rana", "Haddad", "hotmail.com"),
      tags=("noisy", "non-native"),
      body="""Dear Fiona

I am very sorry. My mother in Homs is in hospital and I travel tomorrow early morning to Turkey to see her. So I can not come tomorrow to the door knocking in the Mill Wynd with Kirsty at 11:00, to translate with the Syrian families.

I ask my friend Samer, he speak Arabic and good English, he is happy to come. His number is 07700 917 845. Please call him today if it is ok for you, because he need to change his work.

Again sorry, I know it is last minute.
Rana""")

# 26 candidate panicking, nomination papers close tomorrow noon
c.add("urgent", subject="nomination papers", sender=P("Rory", "Findlay", "gmail.com"),
      tags=("noisy", "no-punctuation"),
      body="""Fiona just had a call from the returning officers office my nomination papers for the Westfield by election are missing the agent's signature on the consent page and they close tomorrow at 12 noon I thought Derek had signed it but he hasnt and hes offshore till Friday can you sign as agent or does it have to be him whats the rule I can be at the council offices at 9 tomorrow if someone can meet me please call me as soon as you get this 07700 916 120""")

# 27 caretaker, hall flooded, meeting tonight
c.add("urgent", subject="Seaton Braes hall - nae meeting the nicht", sender=P("Ally", "Strachan", "hotmail.co.uk"),
      tags=("noisy", "dialect"),
      body="""Hiya Fiona, Ally the caretaker at Seaton Braes. The main pipe's went in the roof space an the main hall's under an inch o watter. The power's aff the whole buildin till the electrician's been. Ye'll hae tae move the branch meetin the nicht, sorry. The Lifeboat club said ye could maybe hae their upstairs room if ye phone Maggie before 4. Her number's 07700 912 558.

Ally""")

# 28 Punjabi/Urdu speaker, press on radio, answer by 2pm today
c.add("urgent", subject="Radio interview TODAY 5pm - need a speaker", sender=P("Imran", "Qureshi", "gmail.com"),
      tags=("noisy", "non-native"),
      body="""Salaam Fiona sister,

I am presenter of the Sunday community show on Ardmuir Community Radio (you know, 98.2). Today we have live discussion at 5pm about the council closing the Westfield day centre. The SNP councillor is coming, the Lib Dem is coming, and the Labour side nobody confirm yet. I ask Cllr Gill but he dont pick up phone.

Please I need to know by 2pm today who will come from Labour, otherwise we will say on air "Labour did not send anybody", which I dont want to say because many of my listeners are Labour supporters.

Studio is at the old bank building, Castle Street, first floor. 30 min slot.

JazakAllah,
Imran Qureshi""")

# ============================================================ data-protection (6)

# 29 Polish, number on WhatsApp group without consent
c.add("data-protection", subject="my phone number", sender=P("Katarzyna", "Nowicka", "o2.pl"),
      tags=("noisy", "non-native", "confuser", "dp-no-legal-words"),
      body="""Hello,

Yesterday I was added to whatsapp group "Ardmuir Labour Doorstep Crew" with 140 people. I never give my number to this group. I give my number only to Derek when I sign petition about the ferry. Now 140 people I dont know have my number and one man already write to me private message.

Please remove me and tell me who give my number. I am not happy.

Katarzyna""")

# 30 caps, Scots, take me off your list
c.add("data-protection", subject="STOP", sender=("Ina Thom", "inathom@btinternet.com"),
      tags=("noisy", "dialect", "caps", "confuser", "dp-no-legal-words"),
      body="""TAK ME AFF YER LIST. AH'M NAE A MEMBER AN NEVER HIV BEEN. THAT'S THE FIFTH EMAIL THIS MONTH. AH DINNAE KEN FAR YE GOT MA EMAIL FAE AN AH DINNAE WANT TAE HEAR FAE YE AGAIN.""")

# 31 txt-speak, how did u get my number
c.add("data-protection", subject="who gave u my numbr", sender=("Mia Coutts", "miacoutts2006@gmail.com"),
      tags=("noisy", "txt-speak", "confuser", "dp-no-legal-words"),
      body="""got a txt last nite at like 9pm sayin "Hi Mia, its Rory from Ardmuir Labour, can we count on ur vote on thurs?" um how do u have my number?? n my name?? ive never signed up 2 anythin. my mum says it mite be from the college thing but i never ticked any box. pls delete it n tell me where u got it from cos its actually creepy""")

# 32 Romanian, subject access in broken English
c.add("data-protection", subject="GDPR - I want my information", sender=P("Florin", "Stanciu", "yahoo.com"),
      tags=("noisy", "non-native"),
      body="""Dear Sir/Madam,

In base of GDPR law (article 15) I request to receive all information which you have about me: my name, address, phone, what I said at the door, if I vote or not, if you have notes about me, everything.

Reason: in election campaign a volunteer from you come to my house and ask "are you the Romanian in number 7?". I want to know what is written about me and why you write I am Romanian. I think is not correct to keep this.

Please answer in 1 month like law say.

Florin Stanciu
7 Westfield Crescent""")

# 33 reply-all to a CC'd email, Scots
c.add("data-protection", subject="Re: Ardmuir Labour Burns Supper - tickets", sender=P("Fraser", "Gray", "outlook.com"),
      tags=("noisy", "dialect", "quoted"),
      body=c.quote_reply(
          """Fiona, ye've pit aa the addresses in the CC box. Aa hunner an twenty o them. Ah can see ma ex-wife's email in there, an she can see mine, an ah moved tae Ardmuir specifically sae she wid hae nae wye o contactin me. Ah'm nae jokin. Ah've got a court order.

Can ye please send a message tae aa o them askin them tae delete it, an tell me fit ye're gaun tae dae aboot it. This is serious for me.

Fraser""",
          """Hi everyone!

Tickets for the Ardmuir Labour Burns Supper (Saturday 24 January, Lifeboat Club, 7pm) are now on sale, £22 including haggis, neeps and tatties. Veggie haggis available. Reply to this email to book.

Fiona""", quoted_from=SEC, style="outlook"))

# 34 dictation, canvass sheet found at bus shelter
c.add("data-protection", subject="Found your papers at the bus stop", sender=P("Moira", "Sim", "gmail.com"),
      tags=("noisy", "dictation", "confuser", "dp-no-legal-words"),
      body="""Hello I found a bunch of papers in the bus shelter on harbour road this morning with the label logo at the top. It's got names and addresses for all of Shore Street and numbers beside them and letters like a and L and SNP and one says won't vote husband drinks

my name's on it and my mothers. I don't think this should be lying in a bus shelter for anyone to pick up. I've got it in my kitchen what do you want me to do with it. I'm not happy about what's written beside my mother's name either

Moira""")

# ============================================================ other (6)

# 35 Polish thanks for the Christmas social
c.add("other", subject="Thank you for the party!!", sender=P("Beata", "Kamińska", "gmail.com"),
      tags=("noisy", "non-native"),
      body="""Dear Fiona and everybody,

Big thank you for the Christmas party on Saturday in Lifeboat Club. My husband Tomek was first time and he say now he want to join the party, so you win one more member :) Everybody was very kind with us.

I hope people like the pierogi, I make 120 and only 6 come back home! Next year I bring more.

Wesołych Świąt (Happy Christmas in Polish)
Beata, Tomek and little Zosia""")

# 36 condolences, Scots
c.add("other", subject="Wattie", sender=P("Isobel", "Duthie", "btinternet.com"),
      tags=("noisy", "dialect"),
      body="""Fiona,

Ah've jist heard aboot Wattie. Ah cannae believe it. He wis at the coffee mornin on Saturday cracking his jokes an sellin raffle tickets like he aye did.

Wattie Duncan wis the first person fa chapped ma door in 1979 an asked me tae come tae a meetin. Ah went because ah wis feart tae say no tae him, an ah've been in the party ever since. He wis a good, good man. Forty year a cooncillor an never took a penny he didnae need.

If there's a collection for a wreath or for the lifeboat (he'd want the lifeboat) please pit me doon for £20. Could ye let me ken fan the funeral is.

Isobel""")

# 37 misdirected, Urdu speaker, bins (meant for the council)
c.add("other", also=["complaint"], subject="Bins not collected 3 week", sender=P("Nasir", "Mahmood", "hotmail.co.uk"),
      tags=("noisy", "non-native"),
      body="""To Council Environment Department

Sir, our street bins (blue and grey both) is not collected since 3 weeks. 22 to 40 Kirkton Gardens. Seagulls are making big mess everywhere, bags are torn, my children cannot play outside. I call to 0345 number two times, the lady said it will be done next day but nothing happen.

Kindly send the lorry as soon as possible.

Regards
Nasir Mahmood
34 Kirkton Gardens""")

# 38 txt-speak, buzzing after the doors, knock em dead
c.add("other", subject="today!!", sender=("Shona Baird", "cllr.shona.baird@gmail.com"),
      tags=("noisy", "txt-speak", "hard-negative", "benign-violent-word"),
      body="""omg fiona we absolutely smashed it on the doors today, 11 of us out in westfield n only 2 slammed doors lol. rory was amazing, honestly hes going to knock em dead at the hustings tmrw. my feet are killing me tho. thx for the flask of soup u r a legend xx

S""")

# 39 sales pitch from a person, Romanian web designer
c.add("other", subject="New website for Ardmuir Labour?", sender=("Andrei Munteanu", "andrei@munteanu-webdesign.co.uk"),
      tags=("noisy", "non-native"), fmt="alt",
      body="""Hello Fiona,

My name is Andrei, I am freelancer web designer living in Ardmuir since 2019 (not member of party, but I vote for Kirsty last time). I was look at your website ardmuircoastlabour.org.uk and I see it is not working very well on the mobile phone, the menu is covering the text and the "Join" button go to page not found.

I can make new website, modern, fast, also with form for volunteers and events calendar. For local community organisation I make special price: £450 all included, 1 year hosting free.

If you are interested I can come to a meeting and show you examples, no obligation. Also if not, no problem, I just want to help.

Best regards,
Andrei Munteanu
Munteanu Web Design
07700 918 390""")

# 40 personal news, Doric, moving to sheltered housing
c.add("other", subject="nae mair leaflets fae me", sender=P("Bella", "Stephen", "aol.com"),
      tags=("noisy", "dialect", "hard-negative", "benign-violent-word"),
      body="""Fiona ma dear

Jist a wee note tae say ah'm movin intae the sheltered hoosin at Braeheid Court at the end o the month. Ma legs are killin me an the stairs at Shore Street have got the better o me. So ah'll nae be able tae dae ma round on Seaton Braes nae mair. Forty-one year ah've done that round. Gie it tae somebody young wi good knees.

Ah'll still come tae the coffee mornins if somebody gies me a lift.

Aa the best
Bella""")

# ============================================================ bulk (3)

# 41 Polish/English out-of-office
c.add("bulk", subject="Automatyczna odpowiedź: GC papers - 12 November", sender=("Wojtek Mazur", "wojtek.mazur.ardmuir@gmail.com"),
      headers=c.autoreply_headers("gmail"),
      tags=("noisy", "non-native", "confuser", "robot-no-list-headers"),
      body="""Dzień dobry, jestem na urlopie do 18.11. W pilnych sprawach proszę dzwonić.

Hello, I am in holiday in Poland until 18 November, no internet in my mother village. For urgent thing about money of Labour party please write to Fiona secretary. I answer everything when I come back.

Wojtek""")

# 42 badly machine-translated newsletter, Romanian community association
c.add("bulk", subject="Newsletter Noiembrie / November - Asociatia Romanilor din Nord-Est Scotia", sender=("Asociația Românilor NE Scotia", "newsletter@romani-nescotia.org"),
      headers=c.newsletter_headers("Mailerlite"), fmt="html",
      tags=("noisy", "non-native"),
      html_body="""<html><body style="font-family:Arial"><h2>Newsletter November - Association of Romanians from North-East Scotia</h2>
<p>Dear members and friends,</p>
<p>The autumn is arriving with cold and with many activities for our community! Please find below the news of this month.</p>
<h3>1. Romanian National Day - 1 December</h3>
<p>We celebrate the Great Union with traditional food (sarmale, cozonac) and music from the Ardmuir folk group "Doina". The event is in the Westfield Community Hall at hours 16:00. Entrance is free, donation is welcome. Please bring your children in national costume if you have.</p>
<h3>2. Help with the settled status and the council tax</h3>
<p>Our volunteer Mrs Ioana is making consultations free of charge each Thursday from 18:00. Please do not be shy, the council tax is not a thing to be afraid.</p>
<h3>3. Local politics</h3>
<p>We have invited the representatives of all parties to come speak with us about the problems of the bus to the fish factory. The Labour party and the SNP party have answered to us. The others are still thinking, we hope.</p>
<h3>4. Romanian school on Saturday</h3>
<p>The lessons of Romanian language and history for children are continuing in the Kirkton library, 10:00-12:00. The teacher Mrs Dana is waiting your children with patience.</p>
<p>With warm greetings and "La mulți ani" to all who celebrate in November!</p>
<p>The Committee</p>
<p style="font-size:11px;color:#888">You are receiving this e-mail because you have subscribed to our list at an event. <a href="https://romani-nescotia.org/unsubscribe">Dezabonare / Unsubscribe</a></p>
</body></html>""",
      body="")

# 43 Facebook notification, noisy comment, "gonna kill the harbour"
c.add("bulk", subject="Sandy Buchan commented on Ardmuir Coast Labour's post", sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers("Facebook"),
      tags=("noisy", "dialect", "social", "hard-negative", "metaphor"),
      body="""Sandy Buchan commented on Ardmuir Coast Labour's post: "Labour councillors standing up for Ardmuir harbour jobs..."

Sandy Buchan: standin up? ye voted for the parkin charges an the harbour dues rise. that's gonna kill the harbour deid, the wee boats cannae afford it. dinnae come chappin ma door in may

Reply · Like

View on Facebook: https://www.facebook.com/ardmuircoastlabour/posts/10228810

This message was sent to secretary@ardmuircoastlabour.org.uk. If you don't want to receive these emails from Meta in the future, please unsubscribe.
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""")

# ============================================================ safety (17)

# S1 Doric, explicit, knows where the councillor lives
c.add("safety", subject="moodie", sender=("big dod", "doddie1972x@gmail.com"),
      tags=("noisy", "dialect", "explicit", "implicit", "no-punctuation"),
      body="""tell yer pal moodie ah ken far he bides. the hoose wi the blue door at the tap o the brae. he voted tae shut the day centre ma mither wis in. next time ah see him he's gettin his jaw burst an that's a promise nae a threat. he can stick his leaflets""")

# S2 webform, symbol-broken wish-harm
c.add("safety", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("no name", "ardmuirpatriot@proton.me"),
      tags=("noisy", "symbol-broken", "webform", "wish-harm", "explicit"),
      body=c.webform({
          "Name": "no name",
          "Email": "ardmuirpatriot@proton.me",
          "Postcode": "AB",
          "Message": """sum1 shud k!ll that lamont w*man. filling our toon wi migrants in hotels while locals cant get a hoose. shes a tr@itor an tr@itors get wat they deserve. wen she does her "surgery" in the library on sat the 1st, ill b there. she wont b smiling in her leaflets after""",
      }, form="Contact us"))

# S3 spaced words, txt-speak
c.add("safety", subject="kirsty", sender=("x", "x88ardmuir@outlook.com"),
      tags=("noisy", "txt-speak", "symbol-broken", "veiled", "explicit"),
      body="""tell ur mp shes g o n e by may. d e a d n buried. we no wen she gets the boat to the islands on a friday n we no shes on her own on the pier. tick tock""")

# S4 Polish member reports threat at street stall
c.add("safety", subject="Man at our stall Saturday - I am scared", sender=P("Agnieszka", "Wróbel", "wp.pl"),
      tags=("noisy", "non-native", "third-party-report", "explicit"),
      body="""Fiona, sorry to write on Sunday.

Yesterday on the street stall near the Co-op (me and Paweł and old Mr Hamish) one man come, maybe 50 years, grey jacket, tattoo on his hand. First he take all the leaflets and throw on the ground. OK. Then he hear my accent and he come very close to my face and he say "you go home or I burn your house with you inside, I know you live in Shore Street." He say it two times. Hamish tell him to go away and he say to Hamish "and you old man you are next".

I am very scared. I do live on Shore Street. I dont know how he knows this. I dont sleep this night.

Paweł take photo of him on his phone when he walk away, I send it to you. Please tell me what I must do, must I go to police? I dont want to make trouble for the party.

Agnieszka""")

# S5 social, doxxing councillor's child, Scots
c.add("safety", subject="Craig Strachan mentioned Shona Baird in a post", sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers("Facebook"),
      tags=("noisy", "dialect", "social", "doxxing", "veiled", "pile-on"),
      body="""Craig Strachan mentioned Shona Baird in a post in Ardmuir Speaks Oot.

Craig Strachan: this is the cooncillor that wants the asylum hotel in westfield. Shona Baird. lives 9 Mill Brae Craigend, the white hoose wi the trampoline. her wee lassie's at Kirkton primary, comes oot at quarter past three. mibbe somebody should ask her how SHE'D like it. just sayin. share this

32 reactions · 18 comments · 11 shares

Top comment - Lee Gibb: someone wants tae pay her a wee visit 👀

View post: https://www.facebook.com/groups/ardmuirspeaksoot/posts/55192

This message was sent to secretary@ardmuircoastlabour.org.uk. If you don't want to receive these emails from Meta in the future, please unsubscribe.
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""")

# S6 stalking, no punctuation, to the secretary herself
c.add("safety", subject="saw you", sender=("a friend", "ardmuirwatcher@gmail.com"),
      tags=("noisy", "no-punctuation", "stalking", "implicit", "veiled"),
      body="""saw you in the tesco again the day fiona nice blue jacket you had your hair up you didnt see me but i saw you i always see you you park in the same place every thursday by the trolleys and you walk the dog up the golf course road at half 7 on your own you should be more careful a woman on her own in the dark you never know who's about""")

# S7 conditional, Scots, wind farm, a wee visit
c.add("safety", subject="The Ballochmyre wind farm", sender=P("Ewan", "Forbes", "hotmail.co.uk"),
      tags=("noisy", "dialect", "conditional", "veiled"),
      body="""Fiona,

Ye'll be aware the Ballochmyre community's against the turbines tae a man. Yer cooncillors are backin it for the money.

Ah'll say this the once. If that vote goes through on the 20th, there's boys in Ballochmyre that'll be payin yer chair a wee visit at his hoose on Station Road. Nae phone calls, nae emails. A visit. An he'll nae enjoy it. Ah'm jist passin on fit ah've heard, mind. But ah'd tell him tae think on.

E Forbes""")

# S8 forwarded threat, Romanian member, her note broken English
c.add("safety", subject="Fwd: message on facebook - please read", sender=P("Ioana", "Popescu", "gmail.com"),
      tags=("noisy", "non-native", "forwarded", "explicit", "third-party-report"),
      body=c.forward(
          """Fiona, this message come to me on Messenger last night after I speak in the GC about the asylum hotel (I think somebody from the meeting tell about me, because the man know my name and my car). I dont know him. My husband say we go to police today. I send you because maybe he write also to other delegates. I am afraid for my children, they go to school alone.""",
          """u think u can come here n tell us who we let in our own toon. ur no even fae here. we ken ur motor the silver corsa. we ken ur kids walk tae the academy past the burn. keep yer mooth shut at yer meetins or ye'll find oot whit happens tae grasses. last warnin""",
          "Scott M <scottm.ardmuir@facebookmail.com>", "Message from Scott M", style="apple"))

# S9 dictated, wish-harm, MP off the harbour wall
c.add("safety", subject="That woman", sender=P("George", "Rennie", "aol.com"),
      tags=("noisy", "dictation", "wish-harm", "veiled"),
      body="""Dear sir or madam I am dictating this to my phone full stop

I am not saying anybody should do anything comma but if Kirsty Lamont went off the end of the harbour wall one dark night I would not shed a tear and neither would anybody in this town full stop. She walks along there every Saturday morning with that dog of hers as if she owns the place question mark

Accidents happen in the harbour all the time. The water is very cold in December. I am just saying.

George Rennie""")

# S10 suspicious item reported by Polish office volunteer
c.add("safety", subject="Strange package at office door - I did not open", sender=("Tomasz Wróbel", "tomasz.wrobel77@gmail.com"),
      tags=("noisy", "non-native", "suspicious-item", "third-party-report"),
      body="""Fiona,

I come this morning 8:30 to the office on Harbour Road to collect the leaflets for Westfield. In front of the door is a box, brown, with tape all around, no stamp, no address, only written with black marker "FOR LABOUR - ENJOY". It is heavy for the size and there is a smell like petrol or something chemical. Also I see one wire coming out of the corner.

I did not touch it more. I did not go inside. I walked away to the Co-op car park and I call 999, police are coming now. I write you so you know and nobody else come to the office today. Please tell Derek and the others.

Tomasz (Agnieszka husband)""")

# S11 following after GC, Scots, reported
c.add("safety", subject="efter the GC last nicht", sender=P("Lorna", "Bremner", "gmail.com"),
      tags=("noisy", "dialect", "following", "third-party-report", "stalking"),
      body="""Fiona, ah didnae want tae say onything at the meetin but ah'm nae richt aboot it.

Thon man that sat at the back an didnae sign in, the big lad in the black jaiket that shouted at Euan durin the housing motion. Fan ah left at half nine he wis staundin ootside in the dark by the bins. He followed me doon tae the harbour car park. Nae close, aye twenty yards back, but every time ah stopped he stopped. Fan ah got in the car he came ower an chapped on ma windae an said "see ye next month Lorna" an laughed. Ah've never telt him ma name.

Ah drove roon the toon twice afore ah went hame in case he followed me. Ah'm nae gaun tae the next een on ma ain. Can we nae hae somebody on the door checkin membership cards?

Lorna""")

# S12 long no-stop rant, threat buried at the end, misspelt
c.add("safety", subject="fish hoose", sender=("Gary Cormack", "gcormack81@hotmail.co.uk"),
      tags=("noisy", "no-punctuation", "dialect", "embedded", "explicit", "typos"),
      body="""three hunner jobs at the fish hoose and yous said nothing nothing at all the mp came doon for a photo in her wellies and then went back tae london and the cooncil gave the owners a grant last year tae stay and they took the money and shut it anyway and yous were aw there at the ribbon cuttin smiling and noo ma wife's oot a job and ma brother's oot a job and ma neebor and her man baith and the food bank in the kirk hall's got a queue oot the door on a tuesday and yous are puttin leaflets through the doors aboot a new swimmin pool a swimmin pool when folk cannae feed their bairns and naebody fae labour has come tae one meetin o the workers committee no one and ah've been tae every wan o yer surgeries an got nothin but a leaflet an a cup o tea an ah'm done bein polite wan o youse is gettin stabbd afore this is finished ah swear on ma bairns an ah'm no carin which wan""")

# S13 list post, branch google group, bullet
c.add("safety", subject="[ardmuir-members] Re: Tonight's GC vote on the hotel", sender=("Dean Sutherland", "deansutherland.ard@gmail.com"),
      headers=c.list_headers("ardmuir-members", domain="googlegroups.com"),
      tags=("noisy", "list", "explicit", "caps", "typos"),
      body="""ANYBODY who voted for that motion tonight is a TRAITOR to this toon and i hope you know everybody knows who you are. the chair especialy. galbraith deserves a bulet for what he done tonight and theres plenty of folk in westfield who'd be happy to give him one. dont say you werent warned

--
You received this message because you are subscribed to the Google Groups "ardmuir-members" group.
To unsubscribe from this group and stop receiving emails from it, send an email to ardmuir-members+unsubscribe@googlegroups.com.""")

# S14 HTML-only, caps, we know your car
c.add("safety", subject="ARDMUIR LABOUR", sender=("Concerned Local", "concernedlocal.ab@outlook.com"),
      fmt="html", tags=("noisy", "caps", "html-only", "veiled", "implicit"),
      body="""WE KNOW WHAT YOUR TREASURER DRIVES. GREY SKODA ESTATE, PARKS OUTSIDE THE FISH HOOSE FOR HIS NIGHTSHIFT. WE KNOW WHEN HE FINISHES. 6AM. NOBODY ABOUT AT 6AM.

FOREIGNERS SHOULDNT BE HANDLING OUR MONEY. TELL HIM TO RESIGN BEFORE CHRISTMAS. HE'LL KNOW WHY.""")

# S15 quoted reply, txt-speak, fire
c.add("safety", subject="Re: Ardmuir Labour - thank you for your feedback", sender=("Kai Dunbar", "kaidunbar_00@gmail.com"),
      tags=("noisy", "txt-speak", "quoted", "explicit"),
      body=c.quote_reply(
          """lol "ur feedback is important to us". u wont b laffin wen ur office on harbour rd goes up in flames one nite. got plenty petrol. ur cllr moodie's hoose 2. c how important it is then""",
          """Dear Kai,

Thank you for getting in touch with Ardmuir Coast Labour. Your feedback is important to us and I have passed your comments about the harbour dues to our councillors.

Best wishes,
Fiona Lennox
Secretary, Ardmuir Coast CLP""", quoted_from=SEC, style="gmail"))

# S16 harassment campaign, reported by councillor (Punjabi Sikh), non-native phrasing
c.add("safety", subject="Harassment continuing - need help please", sender=P("Ravinder", "Gill", "ardmuircoastlabour.org.uk"),
      tags=("noisy", "non-native", "harassment", "third-party-report", "veiled"),
      body="""Dear Fiona ji,

I did not want to trouble you but it is now going beyond what I can take alone, and my wife is insisting I write.

Since the council vote on the day centre there have been phone calls to my house every night, between 11pm and 2am, sometimes 6 or 7 times. No number showing. When my wife picks up, a man say "we know your daughter's shift at the hospital" and then put down. On Monday a note came through the door, printed, it said "TURBAN MAN - YOUR TIME IS COMING - GO BACK". On Wednesday somebody has put dog dirt through the letterbox and scratched the car along the side.

I have reported to police, reference number is PS-2026-0419-88 (they said they will "look into it"). I am asking, can the party please inform the regional office and the security people for councillors? I heard there is some scheme for this.

I am not frightened for myself, I am 61 year old man, but my daughter is 24 and she comes home alone in the night after the hospital shift.

With regards,
Ravinder
Cllr Ravinder Gill, Westfield ward""")

# S17 social pile-on, X notification, symbol-broken
c.add("safety", subject="Your post has new replies", sender=("X", "notify@x.com"),
      headers=c.newsletter_headers("X"),
      tags=("noisy", "social", "pile-on", "symbol-broken", "wish-harm", "explicit"),
      body="""@ArdmuirLabour, people are replying to your post

Ardmuir Coast Labour @ArdmuirLabour · "Proud to welcome refugee families to Ardmuir this week. This town has always been..."

@north_east_laddie: f*cking traitors the lot of yous. hope that Baird wumman gets whats comin tae her

@jock_no_surrender: someone shud pay her a visit. 9 Mill Brae. just sayin 😂

@WestfieldMum77: ^ she's got a wee girl at Kirkton primary, haud on she might get the message

@north_east_laddie: h@ng them aw fae the harbour light. start wi the cooncillors

@ardmuir_truth: d3ad meat the lot o them come may

See all replies: https://x.com/ArdmuirLabour/status/18203377

You're receiving this email because of your notification settings. Unsubscribe: https://x.com/settings/notifications
X Corp. 1355 Market Street, Suite 900 San Francisco, CA 94103""")

c.write()
