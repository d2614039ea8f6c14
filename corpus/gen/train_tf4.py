"""train_tf4: personas writing to the secretary of Riverside CLP (Sam Okafor).

Personas: Hodan Warsame (Somali community organiser), Claire Dunmore (worried parent of a
child with SEND), Mehmet Aslan (shopkeeper, Old Market Street), Steven Mallory (constituent
in a housing-disrepair case who escalates), Tom Ferris (Labour Students chair), and
"Riverside Truth" (anonymous harassment campaign against a councillor).
MP: Daniel Asante. All invented.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tf4", seed=1604)
SEC = "%s <%s>" % c.secretary()

HODAN = ("Hodan Warsame", "hodan.warsame@riversidesomali.org.uk")
CLAIRE = ("Claire Dunmore", "clairedunmore.x@gmail.com")
MEHMET = ("Mehmet Aslan", "aslanfoodcentre@hotmail.co.uk")
STEVEN = ("Steven Mallory", "stevemallory1991@outlook.com")
TOM = ("Tom Ferris", "t.ferris@riverside-students.ac.uk")
TRUTH = ("Riverside Truth", "riversidetruth@proton.me")

P_HW = "persona-hodan-warsame"
P_CD = "persona-claire-dunmore"
P_MA = "persona-mehmet-aslan"
P_SM = "persona-steven-mallory"
P_TF = "persona-tom-ferris"
P_RT = "persona-riverside-truth"

# ---------------------------------------------------------------- Hodan Warsame
c.add("query", sender=HODAN, subject="Hustings for Somali community - can Labour come?",
      body="""Salaam Sam, I hope you are well.

The Riverside Somali Community Association is organising hustings before the council elections, in the community hall at Beacon Hill. The elders they are asking me every week "who we vote for and why", so we decide to bring all the candidates and let the community ask them direct.

My questions:
1. Which Labour candidates should I invite for Beacon Hill and Wharfside wards? Can you give me their emails?
2. We will have Somali interpreter. Is OK if the candidates speak and we translate after each answer? It makes it longer.
3. Can Daniel Asante come also, even for 15 minutes? The community want to see him.

Date we are thinking Sunday 19th after Asr prayer, around 4.30pm.

Thank you walaal,
Hodan Warsame
Coordinator, Riverside Somali Community Association""", tags=(P_HW, "non-native"))

c.add("procedural", sender=HODAN, subject="Nomination BAME officer - AGM",
      body="""Dear Sam,

I would like to put my nomination for BAME Officer at the CLP AGM. Beacon Hill branch nominated me at last meeting (18 present, 16 for). Deqa Hirsi is my seconder, she is member in Beacon Hill also.

I attach my statement, 150 words like the rules say. Please tell me if something is missing. Also, is the vote only for BAME members or all members? Some people are asking me and I do not want to tell them wrong.

Best regards,
Hodan""", tags=(P_HW, "non-native"))

c.add("urgent", sender=HODAN, subject="Hustings TOMORROW - hall is flooded, new venue",
      body="""Sam please read this today.

Water pipe burst in community hall last night and the whole floor is water. Council say nobody can use it this week. The hustings is TOMORROW 4.30pm.

We have now booked the upstairs room at Al-Noor Centre, 22 Canal Street (near the big Tesco). It is smaller, maybe 120 people, but OK.

Can you please tell the Labour candidates and Daniel's office TODAY that venue is changed? I am telling the other parties. And if you can put on Labour Facebook also I will be very grateful, many of our people follow it.

Hodan
07700 900 226""", tags=(P_HW, "non-native"))

c.add("safety", sender=HODAN, subject="letter to the mosque - about Daniel's Eid visit",
      body="""Dear Sam,

I am writing because the Imam ask me to tell the Labour Party before the Eid event.

Yesterday a letter come to Masjid Al-Noor, posted, no name. The committee open it. I write it exactly:

"To the mosque. We hear the Labour MP Asante is coming to your 'Eid party' on the 6th to get your block vote. If he comes, we will burn your mosque down with him in it. We know when your prayers finish and which door the women use. This is your only warning. Cancel it."

The Imam give the letter to the police yesterday evening and they come today and take photos. They say they will send car on the day. But the committee are very worried and some families say they will not come now with the children.

Please tell Daniel's office, they must decide if he still come. We do not want to cancel because then they win. But we want everyone safe.

Hodan""", tags=(P_HW, "third-party-report", "conditional", "explicit", "non-native"))

c.add("complaint", sender=HODAN, subject="The community and Gaza",
      body="""Dear Sam,

I need to tell you honestly how the community is feeling, because if I do not tell you, you will find out in May.

Many young people in Beacon Hill are very angry with Labour about Gaza. At our youth evening on Friday, one boy stand up and say "Daniel Asante has blood on his hands, why should we vote for him?" and many young people clap. I tell them: talk, do not shout, write to him, come to his surgery. But they say they write and they get a letter that say nothing.

The elders have voted Labour for thirty years. My father knock doors for Labour in 1997. But now even some elders say they will vote independent. It will be political suicide for Labour in Beacon Hill if nothing change.

I am not asking you to change the government. I am asking that Daniel come to Beacon Hill and listen, properly, not for a photo. Can you arrange this?

Hodan""", tags=(P_HW, "non-native", "hard-negative", "metaphor", "angry"))

c.add("data-protection", sender=HODAN, subject="photos of the women on Facebook",
      body="""Sam,

On the Riverside Labour Facebook page there are photos from our women's coffee morning with Daniel last week. Some of the sisters are very upset. They did not know the photos will go online, and two of them have reasons they must not be seen - one is escaping from her husband's family. Her face is very clear in the third photo.

Please can you take these photos down today, and next time ask us before, we can show which women are happy to be in photo.

Thank you,
Hodan""", tags=(P_HW, "non-native", "confuser", "dp-no-legal-words"))

c.add("other", sender=HODAN, subject="Eid Mubarak + iftar invitation",
      body="""Dear Sam and all the Riverside Labour friends,

Eid Mubarak from all of us at the Somali Community Association!

Before Ramadan finishes we are having community iftar on Thursday 26th at the centre, from 7.30pm. Everybody is welcome, not only Muslims. Please come and bring the branch. There will be too much food, as always. My aunt is making the sambusa and she does not believe in small portions.

Hodan""", tags=(P_HW, "non-native"))

c.add("safety", sender=HODAN, subject="what happened to our young volunteers on Saturday",
      body="""Sam,

I am very angry and also worried. Please read.

On Saturday four of our young women volunteers (age 17 to 22, all wear hijab) were helping Labour with leaflets on Beacon Hill Road. A group of men, maybe five, start to follow them from the bus station. They shout "go back to Somalia", "Labour's little vote-farmers". They take photos of the girls' faces on their phones. The girls go into the chemist and the men wait outside for 20 minutes.

Now the photos are on a Facebook page called "Riverside Speaks Out" with the words "These are the Somalis Labour pays to rig the vote in Beacon Hill. We know which mosque they go to. Share so everyone knows their faces." It has more than 300 shares. Under it people write very bad things, one says "next time they won't get to the chemist".

One of the girls' fathers now says she cannot volunteer for Labour again. I do not blame him.

We report to police. What will Labour do? These girls were helping YOU.

Hodan""", tags=(P_HW, "third-party-report", "following", "pile-on", "social", "non-native"))

c.add("query", sender=HODAN, subject="voter registration help for elders",
      body="""Hi Sam,

Many of our elders are not registered to vote, or they register but they move flat and the council do not know. Some cannot read English well.

Does Labour have voter registration forms in Somali, or any leaflet explaining postal vote in Somali? If no, can we make one together? We have volunteers who can translate. Also can someone from CLP come to our Tuesday elders' lunch to help them fill the online form? We have laptops.

Thanks
Hodan""", tags=(P_HW, "non-native"))

c.add("other", sender=HODAN, subject="football!! 😂",
      body="""Sam!! I hope the Labour team has recovered from Sunday 😂😂 Our boys absolutely killed it, 7-1 is a massacre, Councillor Dawson will need to practise more. Thank you for coming, everyone loved it and the young people say next year they want rematch. Photos soon (only the ones where people say OK this time!). Hodan""", tags=(P_HW, "hard-negative", "benign-violent-word", "non-native"))

c.add("bulk", sender=("Riverside Somali Community Association", "news@riversidesomali.org.uk"),
      subject="RSCA Monthly News - March",
      headers=c.newsletter_headers("Mailchimp"), fmt="alt",
      body="""RIVERSIDE SOMALI COMMUNITY ASSOCIATION - MONTHLY NEWS

Salaam and welcome to our March newsletter.

THIS MONTH
- Homework club: Mon & Wed 4-6pm, Beacon Hill centre. New volunteer tutors welcome.
- Elders' lunch: every Tuesday 12.30. Free health checks on the 14th with Beacon Hill surgery.
- Women's English class: Thursday mornings, crèche available.
- Community iftar: Thursday 26th, 7.30pm. All welcome.

ELECTIONS
Council elections are on 7 May. Make sure you are registered! Our volunteers can help at the elders' lunch.

THANK YOU to everyone who came to our hustings. Over 150 people attended.

You are receiving this because you signed up at an RSCA event. Unsubscribe | Update preferences
Riverside Somali Community Association, registered charity, Beacon Hill Community Centre""", tags=(P_HW, "newsletter"))

# ---------------------------------------------------------------- Claire Dunmore
c.add("complaint", sender=CLAIRE, subject="SEND transport cuts - my son",
      body="""Dear Mr Okafor,

I'm sorry to write to the party rather than the council but I've tried the council and I'm getting nowhere, and it was a Labour council that made this decision so I think Labour should answer for it.

My son Alfie is nine and autistic, with an EHCP that names Brookfield as his school. It's eleven miles away because there's no suitable place nearer. Until this term he had a council taxi with the same driver and escort every day, which is the only reason he's managed to attend at all. The council has now "reviewed" transport and is offering a bus pass and a "travel training programme". For a nine-year-old who can't cope with a supermarket.

I can't drive him, I work, and even if I gave up work I don't have a car. This decision will kill his chances of staying in school. Last time his attendance dropped he ended up out of education for seven months.

I'd like to know: who made this decision, did anyone on the Labour group vote against it, and what the party is going to do about it.

Claire Dunmore""", tags=(P_CD, "hard-negative", "metaphor", "angry"))

c.add("query", sender=CLAIRE, subject="Who do I actually contact?",
      body="""Hi, sorry if this is a silly question. Is the Labour Party office the same as Daniel Asante's MP office? I want to ask him to help with my son's school transport appeal but I don't know whether to write to you or to him, and I don't want to use the wrong one and lose another two weeks. Is there a surgery I can go to? Thanks, Claire Dunmore (Fairfield)""", tags=(P_CD,))

c.add("safety", sender=CLAIRE, subject="Something I heard at the school gates",
      body="""Dear Sam,

I don't know if this is the sort of thing you should know but I can't stop thinking about it.

This morning at the Fairfield Primary gates (it's Alfie's sister's school, the one that's proposed for closure) a group of dads were talking about the closure. One of them, who I know by sight, said loudly that "that Asante wants stringing up for this." Someone laughed and he said "I'm serious. I know where he lives, it's the new flats on the Wharf, 4th floor. Me and a few of the lads are going round there one night to explain it to him properly. See how he likes it."

Everyone went quiet and then someone changed the subject. I don't know his name but I could point him out and I know which child is his.

I'm probably overreacting. But I've seen what's happened to MPs and I'd never forgive myself if I said nothing.

Claire""", tags=(P_CD, "third-party-report", "explicit"))

c.add("data-protection", sender=CLAIRE, subject="Photo of my son on your website",
      body="""Hello,

There is a photograph on the Riverside Labour website, on the news page about Daniel Asante's visit to Brookfield School, that shows my son Alfie clearly, with his name in the caption ("Daniel with Alfie, 9, who showed him the sensory garden").

I did not give permission for this. I didn't know the visit was being photographed for the party. The school says their consent form was only for the school's own newsletter. Alfie's father and I are separated and there's a court order about where Alfie lives; his name, face and school should not be online together.

Please remove it today and let me know it has gone. And please don't use it anywhere else.

Claire Dunmore""", tags=(P_CD, "confuser", "dp-no-legal-words"))

c.add("other", sender=CLAIRE, subject="Thank you - tribunal date",
      body="""Dear Sam,

I just wanted to say thank you for putting me in touch with Daniel's caseworker, Rosa. She has been brilliant. Alfie's tribunal date has been brought forward to next month and in the meantime the council have reinstated his taxi.

I sat in the car and cried when I got the email.

Please pass my thanks on to Daniel too. I was very rude about Labour in my first email and I stand by some of it, but not about you.

Claire""", tags=(P_CD,))

c.add("urgent", sender=CLAIRE, subject="Petition handover tomorrow 10am - who is coming?",
      body="""Hi Sam,

Just checking about tomorrow: we're handing in the Save Fairfield Primary petition (4,180 signatures!!) at the Civic Centre at 10am, before the cabinet meeting at 10.30. Daniel's office told us on Friday that "someone from the CLP" would come and receive it with us for the photo, as Daniel is in Westminster.

Nobody has confirmed who, and the Echo's photographer is booked for 10. Could you let me know by tonight who's coming? If nobody can, I need to tell the parents and the paper first thing.

Thanks
Claire (07700 900 481)""", tags=(P_CD,))

c.add("complaint", sender=CLAIRE, subject="URGENT!!!! why has nobody replied",
      body="""URGENT - I wrote to you on the 3rd, the 10th and the 17th about the SEND transport review. Nobody has replied. Not even an acknowledgement. I've now written to the council, the MP, the local paper and the Department for Education and the only people who haven't answered are the Labour Party, who run the council.

Is anyone actually reading these? I'm not going away.

Claire Dunmore""", tags=(P_CD, "hard-negative", "angry", "confuser", "complaint-with-urgent"))

c.add("safety", sender=CLAIRE, subject="after the council meeting",
      body="""Sam, I'm sorry, I don't know who else to ask.

After I spoke at the council meeting on Tuesday (the bit about SEND transport that ended up on the Echo website) I've been getting messages all week. Some are lovely. But on the "Riverside Uncensored" Facebook group someone posted my full name, a picture from my own Facebook of me and the kids, and our street, and wrote "this is the mum moaning about free taxis, maybe she should spend less on her nails." Then the comments: "bad mother", "social services should take the kid", and one saying "she's at number 12, I walk my dog past there, might pop in and tell her what I think". And another: "kids at Fairfield Primary, easy to find out which one".

It's not even about Labour really, I know that. But it started because I spoke at a council meeting and your councillors were there. Is there anything the party can do, or anyone who can help get it taken down? I've reported it to Facebook and nothing's happened.

Claire""", tags=(P_CD, "pile-on", "doxxing", "social", "third-party-report", "implicit"))

c.add("query", sender=CLAIRE, subject="joining",
      body="""Hi Sam, I've decided to join the party (Alfie's tribunal went our way and I want to do something useful with all this anger!). Is there a disabled members' group or a SEND parents' network in the party I could get involved with? And is there a reduced rate - I'm part-time. Claire""", tags=(P_CD,))

c.add("procedural", sender=CLAIRE, subject="Motion for Fairfield branch - SEND transport",
      body="""Hi Sam,

The Fairfield branch chair asked me to send you the motion we agreed on Thursday so it can go to the GC. I hope the format is right, it's my first one!

SEND HOME-TO-SCHOOL TRANSPORT

This CLP notes that Riverside City Council's review of SEND home-to-school transport has removed taxi provision from 63 children since September, and that 11 appeals have since been upheld.

This CLP believes that families of disabled children should not have to fight tooth and nail for the support their children are legally entitled to.

This CLP calls on the Labour group to pause further withdrawals until an independent review of the process has reported, and to involve parent carers in its terms of reference.

Proposer: Claire Dunmore (Fairfield)
Seconder: Raj Patel (Fairfield)""", tags=(P_CD, "hard-negative", "metaphor"))

# ---------------------------------------------------------------- Mehmet Aslan
c.add("complaint", sender=MEHMET, subject="Old Market Street - parking and business rates",
      body="""Dear Sir,

I am owner of Aslan Food Centre at 45 Old Market Street since 2009. I am Labour voter and my family also. But I must complain.

1. The new parking restrictions on Old Market Street. Now nobody can stop for 5 minutes to buy bread and milk. Traffic warden is there every morning. My customers are old people, they cannot walk from the multi-storey.

2. Business rates. After relief finished my rates go up 40%. For a small shop this is not possible.

These two things together are killing the high street. Already 4 shops closed this year, the bakery, the phone shop, the charity shop and the shoe repair. Next it will be me.

Please, somebody from the council come and walk on the street and speak to the shop owners. We are not asking for money. We are asking that somebody listen.

Best Regards,
Mehmet Aslan
Aslan Food Centre, 45 Old Market Street""", tags=(P_MA, "non-native", "hard-negative", "metaphor"))

c.add("other", sender=MEHMET, subject="Catering for your Labour party fundraiser",
      body="""Hello Sam my friend,

Councillor Dawson say you are planning fundraiser dinner in November. I want to offer catering from our family, we do weddings and events also.

Menu example:
- Mixed mezze (hummus, cacik, stuffed vine leaves, falafel)
- Chicken or lamb shish with rice and salad
- Vegetarian moussaka
- Baklava and Turkish tea

£14 per person for 50+ people, including delivery and we bring the plates. For Labour Party I give 10% discount :)

Call me anytime, 07700 900 844.

Mehmet
Aslan Food Centre & Catering""", tags=(P_MA, "non-native"))

c.add("safety", sender=MEHMET, subject="Men came to my shop about the poster",
      body="""Sam,

I want you to know what happen today.

Since two weeks I have the Labour poster for Councillor Dawson in my shop window, like every election. Today around 3pm two men come in the shop. Not customers, I never see them before. One of them point at the poster and say "take that down." I say it is my shop, I can put any poster. He say "take it down today or we smash your window, and then we smash you. We know what time you lock up. You are on your own then." The other one take a photo of me behind the counter. Then they leave without buying.

My wife say take the poster down. My son say no, call the police. I call the police, they give me a number and say they will come tomorrow. The poster is still in the window but I am thinking now.

What do other shops do? Please tell Councillor Dawson.

Mehmet""", tags=(P_MA, "third-party-report", "conditional", "explicit", "non-native"))

c.add("query", sender=MEHMET, subject="bigger poster?",
      body="""Hello Sam, the poster you give me for the window is small, A4. The shop window is big. Do you have A2 or bigger one? And is it allowed to put the poster outside on the wall, or only inside the window? I do not want problem with the council :) Thanks, Mehmet""", tags=(P_MA, "non-native"))

c.add("urgent", sender=MEHMET, subject="samosas for tonight - please confirm by 3pm",
      body="""Sam,

For your event tonight at Wharfside Hall you order 200 samosas, 100 spring rolls and the drinks. Everything will be ready at 5pm. But nobody confirm who will collect and I have no address to deliver. My van is busy tonight.

Please tell me before 3pm today who is collecting, or I must sell the food in the shop tomorrow and you will have nothing for the event. Payment on collection please, cash or card.

Mehmet""", tags=(P_MA, "non-native"))

c.add("other", sender=MEHMET, subject="good news + thank you",
      body="""Dear Sam,

Good news from my family - my son Emre got his place at Manchester to study medicine! First doctor in the Aslan family. We are so proud.

Also I want to thank Councillor Dawson, she help us very much with the licence problem last year when the council lose our papers. Without the licence we would close, and Emre would be working in the shop instead of going to university. Please tell her.

Next time you come in the shop, tea is free.

Mehmet""", tags=(P_MA, "non-native"))

c.add("safety", sender=MEHMET, subject="bag left at the door upstairs - police are here",
      body="""Sam, quick message. This morning when I open the shop at 7 there is a black sports bag left in the doorway of the side door, the one that goes upstairs to your Labour committee room. It is zipped. On top is a piece of paper with "FOR THE TRAITORS UPSTAIRS" written with marker.

I did not touch it. I check my camera and at 5.40am a man with a hood put it there and walk away fast. I call 999. Police are here now and they close the street, my shop is closed also. They say nobody go upstairs today.

I will send the CCTV to the police. I think you must tell the others not to come today.

Mehmet""", tags=(P_MA, "suspicious-item", "third-party-report", "non-native"))

c.add("complaint", sender=MEHMET, subject="your canvassers and my loading bay",
      body="""Sam, with respect, I must complain.

Saturday morning your Labour people park two cars in my loading bay in front of the shop for three hours while they go knocking doors. My delivery lorry from the cash and carry come at 10 and cannot stop. The driver go away and I have no stock for the weekend.

Also many of your leaflets are on the pavement outside, wet. My nephew spend half an hour sweeping.

I support Labour, you know this. But please tell your people: the loading bay is for loading.

Mehmet""", tags=(P_MA, "non-native"))

c.add("data-protection", sender=MEHMET, subject="my photo on the Labour leaflet",
      body="""Sam,

The new Labour leaflet for Old Market ward has my photo in front of my shop, with words "Local businessman Mehmet Aslan is backing Sarah Dawson". Nobody ask me about this. The photo was from when the councillor visit last year, I thought it was for her Facebook only.

Now some customers are angry with me, one lady say she will not shop here anymore because I "support Labour". I have customers from every party. I want to decide myself what I tell people about my vote.

Please, no more leaflets with my photo and my name, and take it from the website also.

Mehmet Aslan""", tags=(P_MA, "non-native", "confuser", "dp-no-legal-words"))

c.add("query", sender=MEHMET, subject="invoice from the fundraiser",
      body="""Hello Sam,

Sorry to ask, but the invoice for the fundraiser dinner in November (£742, invoice number AFC-1127) is still not paid. Your treasurer said it will be paid in December. I know you are volunteers. But the lamb cost me a bomb this year and I pay my suppliers on time.

Can you tell me when it will be paid, and who I should talk to?

Thanks, Mehmet""", tags=(P_MA, "non-native", "hard-negative", "benign-violent-word"))

# ---------------------------------------------------------------- Steven Mallory
c.add("query", sender=STEVEN, subject="help with damp flat",
      body="""hi

not sure if this is the right place. i live in a housing association flat on the wharfside estate (Tennyson House) with my partner and our baby who is 7 months. there is black mould in the bedroom and the babys room, its on the walls and the ceiling and coming back a week after we bleach it. the HA keeps sending someone out to "assess" and nothing happens.

how do i get the MP to help? do i have to come to a surgery or can i just email?

thanks
steve mallory""", tags=(P_SM,))

c.add("complaint", sender=STEVEN, subject="still nothing",
      body="""I emailed 6 weeks ago about the mould in our flat. Got an automatic reply and nothing else. Emailed the MPs office twice, nothing. The housing association came out AGAIN on Monday and said it was "condensation from lifestyle" which means they're blaming us for drying clothes indoors. Where else are we meant to dry them.

Our baby has had a chest infection for 3 weeks. The GP wrote a letter saying the damp is making it worse. Still nothing.

Does anybody at labour actually do anything or is it just leaflets

Steve""", tags=(P_SM, "hard-negative", "angry"))

c.add("complaint", sender=STEVEN, subject="URGENT URGENT URGENT mould - Tennyson House",
      body="""URGENT. still no reply. still no repair. the mould is now in the kitchen as well. the HA say the surveyor cant come till next month. i have rung the MPs office 4 times and left messages. its like talking to a wall.

i want to know WHO in the MPs office has my case and WHY nobody has called me back. its been 9 weeks.""", tags=(P_SM, "hard-negative", "angry", "confuser", "complaint-with-urgent"))

c.add("safety", sender=STEVEN, subject="last chance",
      body="""right im done being polite

my son was in hospital last night with his breathing. the doctor asked if we had damp at home. i nearly laughed.

if nobody from the council or the housing association or the MP sorts this flat by friday i am coming down to that office on canal street and i wont be leaving quietly. ill bring the baby's hospital letter and id like to see someone tell me to my face theyre "looking into it". somebody is going to get hurt and it wont be me

you have till friday""", tags=(P_SM, "conditional", "explicit"))

c.add("other", sender=STEVEN, subject="sorry",
      body="""Sam

I want to apologise for the email I sent on Tuesday night. I was out of order. Riley had been in resus most of the night and I hadn't slept and I wrote things I shouldn't have. I'm not a violent person and I'm not going to come down and cause trouble. Please tell the staff at the office I'm sorry, I know they're not the ones who did this.

The caseworker (Rosa?) rang me this morning and she's been great. The HA are coming Thursday with a proper team.

Steve""", tags=(P_SM,))

c.add("data-protection", sender=STEVEN, subject="what have you got on me",
      body="""after the police came round about my email (which i apologised for) i want to know what youve got written down about me. everything - my casework file, the emails, whatever notes the MPs office made, whatever you sent the police. and whether im on some kind of list now as a "dangerous constituent" because if i am i want to know.

steven mallory, flat 31 tennyson house""", tags=(P_SM, "confuser", "dp-no-legal-words"))

c.add("safety", sender=STEVEN, subject="Re: Your email of Tuesday",
      body=c.quote_reply("""go on then tell them. tell the police, tell whoever you like. they cant sit outside his posh flat on the wharf all day can they. ive seen where he parks, its right by the bins at the back, no camera.

hes got a baby of his own hasnt he. id like to see how long he'd leave HIS in a flat like mine""",
      """Dear Mr Mallory,

I'm sorry to hear about your son and I hope he is recovering. I've passed your case to Daniel's casework team, who will contact you this week.

However, I must tell you that your message on Tuesday contained language that staff found threatening, and in line with our policy we have shared it with the police. Please do not come to the office; the caseworker will arrange to speak to you by phone.

Sam Okafor
Secretary, Riverside CLP""", quoted_from=SEC),
      tags=(P_SM, "quoted", "implicit", "veiled"))

c.add("other", sender=STEVEN, subject="we've moved",
      body="""Hi Sam

Just to let you know the HA have moved us to a new flat in Fairfield. Dry, new windows, no mould. Riley's chest is better than it's been since he was born, he slept through last night for the first time in months.

I know I was a nightmare. Thank you for not giving up on us, and say thanks to Rosa and to the MP. I've told everyone in Tennyson House to get on to your office about their own flats, so sorry in advance lol.

Steve, Jade and Riley""", tags=(P_SM,))

c.add("complaint", sender=STEVEN, subject="the police",
      body="""So the police came round last night because of my email. In front of my neighbours, with the baby crying. I apologised for that email the next morning in writing. Nobody told me it had gone to the police anyway.

I know I said stupid things. But I'm a dad with a sick kid in a mouldy flat who got ignored for 9 weeks, not a terrorist. You could have rung me. I'm making a complaint about how this was handled and I want to know who decided to send it to the police after I'd said sorry.

Steve Mallory""", tags=(P_SM, "hard-negative", "angry"))

c.add("query", sender=STEVEN, subject="tenants union?",
      body="""Hi Sam, is there a tenants union or a Labour housing group round here? Loads of people in Tennyson House have the same mould problem and I reckon we'd get further together than one at a time. Happy to help set something up. Steve""", tags=(P_SM,))

# ---------------------------------------------------------------- Tom Ferris (Labour Students)
c.add("bulk", sender=("Eventbrite", "noreply@order.eventbrite.co.uk"), subject="Your ticket for Freshers' Canvass Bash 2026 - Riverside Labour Students",
      headers={"X-Mailer": "Eventbrite", "Auto-Submitted": "auto-generated"}, fmt="html",
      body="",
      html_body="""<html><body style="font-family:Arial,sans-serif">
<div style="max-width:600px;margin:auto">
<h2 style="color:#d1410c">You're going to Freshers' Canvass Bash 2026!</h2>
<p>Hi Sam,</p>
<p>Thanks for registering. Here are your event details:</p>
<table>
<tr><td><b>Event</b></td><td>Freshers' Canvass Bash 2026 - hosted by Riverside Labour Students</td></tr>
<tr><td><b>Date</b></td><td>Saturday 3 October, 11:00 - 16:00</td></tr>
<tr><td><b>Location</b></td><td>Students' Union, Room G14, Riverside University</td></tr>
<tr><td><b>Order</b></td><td>#8834122907 - 1 x Free ticket</td></tr>
</table>
<p>Organiser's message: <i>Pizza provided! Bring comfy shoes - we're hitting the doors in Wharfside after lunch.</i></p>
<p><a href="https://www.eventbrite.co.uk/mytickets">View your tickets</a></p>
<p style="font-size:11px;color:#888">This email was sent to secretary@riverside-labour.org.uk. Eventbrite, Inc.</p>
</div></body></html>""", tags=(P_TF, "notification", "html-only", "robot-no-list-headers"))

c.add("query", sender=TOM, subject="Students voting - home or uni address?",
      body="""Hi Sam!

Quick one ahead of freshers' fair. A lot of first-years are asking whether they can register at both their home and uni addresses, and which one they should vote at in the council elections. My understanding is:
- they can be on the register at both addresses
- they can vote in local elections in BOTH (different councils)
- but only once in a general election

Is that right? Want to make sure our stall isn't telling people something that gets them in trouble! And do you have any voter reg leaflets we could have?

Cheers,
Tom
Chair, Riverside Labour Students""", tags=(P_TF,))

c.add("procedural", sender=TOM, subject="Youth delegate nomination for Annual Conference",
      body="""Dear Sam,

Riverside Labour Students would like to put forward Priya Chaudhary (Wharfside branch, membership number L1231187) for consideration as the CLP's youth delegate to Annual Conference.

As I understand it, the CLP's entitlement includes one delegate under 27 if the CLP has more than a certain number of young members, and the GC elects. Could you confirm the deadline for nominations and whether she needs a branch nomination as well as ours? She's happy to do a short statement or hustings.

Thanks,
Tom Ferris""", tags=(P_TF,))

c.add("other", sender=TOM, subject="Campus hustings - what a night",
      body="""Hi Sam,

Just wanted to report back on last night's campus hustings. Packed out - 180 people, standing room only.

Honestly, Cllr Dawson destroyed them. The Tory candidate's housing answer was dead on arrival ("students should consider living with parents" - to a room of students!) and the Reform guy got absolutely torn apart on the NHS question. The Green was good, to be fair. We signed up 23 volunteers at the door.

We're going to crush it in Wharfside if this carries on. Clip going up on Insta tomorrow.

Tom""", tags=(P_TF, "hard-negative", "metaphor"))

c.add("safety", sender=TOM, subject="Incident at our freshers' stall + Instagram DMs",
      body="""Hi Sam,

Wanted to flag something and ask for advice, as I'm not sure what the party's process is.

At the freshers' fair on Tuesday a man who was clearly not a student (50s, Union Jack badge) spent about ten minutes at our stall filming each of us on his phone, close up, while asking "and what's your name, love?" to the two women on the stall. When security asked him to leave, he said to me, "I'll be back for you lot. Enjoy your little stall while you can."

Since then our society Instagram has had a stream of DMs from new accounts. Most are abuse. But one yesterday said: "we know which halls your president lives in. Kestrel Court, block C. Hope you lock your door." Priya (our president) does live in Kestrel Court, block C.

We've told the SU, campus security and the police. Priya's staying with a friend. Is there anything the CLP or regional office can do? And should we carry on with the stall on Thursday?

Tom""", tags=(P_TF, "third-party-report", "following", "doxxing", "social", "implicit"))

c.add("urgent", sender=TOM, subject="minibus cancelled for tomorrow - need insurance doc tonight",
      body="""Sam - sorry for the short notice. The SU minibus for tomorrow's campaign day in Ashworth has been cancelled (driver off sick). We've found a hire company that can do a 16-seater from 8am tomorrow, but they need proof of the CLP's public liability insurance before they'll release it as it's a party campaign trip, and they close at 7pm tonight.

Is there a PDF of the certificate somewhere I could have? Otherwise 14 students are stuck on campus tomorrow.

Tom (07700 900 190)""", tags=(P_TF,))

c.add("query", sender=TOM, subject="Can I bring a guest to the GC?",
      body="""Hi Sam, one of our society members, Lucas, is an international student from Brazil who's really interested in how the party works at the local level - he's writing his dissertation on UK party democracy. He's not a member (not eligible yet). Could he come and observe the GC on the 14th? Totally fine if not. Tom""", tags=(P_TF,))

c.add("bulk", sender=("Instagram", "no-reply@mail.instagram.com"), subject="riversidelabourstudents mentioned you in their story",
      headers={"X-Mailer": "Instagram", "List-Unsubscribe": "<https://www.instagram.com/emails/unsubscribe/?t=story_mention>"},
      body="""riversidelabourstudents mentioned you in their story

"Huge thanks to @riversidelabour for the pizza fund 🍕 23 new volunteers signed up at the campus hustings - Wharfside we're coming for you 🌹🌹"

See story

Instagram · Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025
This message was sent to secretary@riverside-labour.org.uk. Unsubscribe.""", tags=(P_TF, "social", "notification"))

c.add("complaint", sender=TOM, subject="Students and the canvassing data",
      body="""Hi Sam,

I don't want to make a fuss, but I want to raise something on behalf of the society.

We've brought out 40+ student volunteers across three weekends in Wharfside. Every session we're told we can't have our own Doorstep logins or walk sheets because "students might lose the data", so we're dependent on one branch officer turning up with a clipboard. Twice he hasn't, and we've stood outside the SU with 15 people and nothing to do.

Meanwhile, the branch newsletter this month thanks "branch volunteers" for the Wharfside contact rate and doesn't mention the students once.

We'd like (a) two trained society members given Doorstep access, with whatever training and data agreements are needed, and (b) some acknowledgement at the GC. I'm happy to come and talk it through.

Tom Ferris
Chair, Riverside Labour Students""", tags=(P_TF,))

c.add("data-protection", sender=TOM, subject="Left a sign-up sheet in a lecture theatre - what do I do?",
      body="""Hi Sam,

Bit embarrassed about this. After our speaker event on Wednesday one of our committee left the volunteer sign-up sheet on a desk in lecture theatre B. It had about 30 names, emails, phone numbers, and which ward they live in. When she went back the next morning it was gone - cleaners or someone else, we don't know.

I think that counts as a data breach? Do we need to report it to someone, and should we tell the people on the sheet? Sorry - we'll go digital-only from now on.

Tom""", tags=(P_TF,))

# ---------------------------------------------------------------- "Riverside Truth" (harassment campaign)
c.add("safety", sender=c.form_robot(), reply_to=TRUTH, subject="Website enquiry from Riverside Truth",
      body=c.webform({
          "Your name": "Riverside Truth",
          "Your email": "riversidetruth@proton.me",
          "Your ward": "Docklands",
          "Your message": """Question for Councillor Nadia Rahman. Nadia, why does your Golf park outside 17 Harbour Mews every night when you're registered at your parents' address for council tax? Do your council colleagues know? Do your PARENTS know? We've got photos. Every night this week, 11.20pm, in at the side gate. We'll keep watching until you explain yourself to the people of Docklands.""",
      }), tags=(P_RT, "webform", "stalking", "harassment", "implicit"))

c.add("safety", sender=TRUTH, subject="Dossier: Cllr Nadia Rahman - part 2", fmt="html",
      body="",
      html_body="""<html><body style="font-family:Verdana;font-size:13px">
<p><b>RIVERSIDE TRUTH - DOSSIER ON CLLR NADIA RAHMAN (PART 2 OF 5)</b></p>
<p>Dear Secretary,</p>
<p>Please find below the second part of our public-interest dossier. Parts 3-5 will be published on our channel over the next fortnight unless the councillor resigns.</p>
<ul>
<li>Gym: Riverside Fitness, Wharf Road. Mon/Wed/Fri 6.30am. Leaves via the car park exit.</li>
<li>Mother's address: <i>known to us</i>. Visits Sundays.</li>
<li>Sister's shop: <i>known to us</i>.</li>
<li>New phone number (she changed it last month): ends 4417.</li>
</ul>
<p>We are simply residents holding a public servant to account. Every detail here was observed lawfully from a public place. She should ask herself how much more of her life she wants to read about.</p>
<p>Riverside Truth</p>
</body></html>""", tags=(P_RT, "html-only", "doxxing", "stalking", "harassment", "implicit"))

c.add("safety", sender=("R T", "rtruth.docklands@gmail.com"), subject="n a d i a",
      body="""new email same people 😉 you cant block all of us

tell nadia we saw her at the tesco express on wednesday. 9.14pm. bought wine and a sandwich. she looked over her shoulder twice. good. she should.

r e s i g n  or we turn up at mummy's on sunday""", tags=(P_RT, "stalking", "harassment", "noisy", "conditional"))

c.add("complaint", sender=TRUTH, subject="Censorship of residents",
      body="""Dear Secretary,

For the fourth time our comments have been removed from the Riverside Labour Facebook page and our account blocked. Residents have a right to ask questions of their elected representatives. Deleting questions you don't like is censorship and every resident of Docklands will be told about it.

We request that the block is lifted and a written explanation given of which "community standard" our questions breached.

Riverside Truth""", tags=(P_RT,))

c.add("safety", sender=("X (formerly Twitter)", "notify@x.com"), subject="@RiversideTruth mentioned you",
      headers={"X-Campaign": "mention-notification", "List-Unsubscribe": "<https://x.com/settings/notifications>"},
      fmt="alt",
      body="""@RiversideTruth mentioned you

Riverside Truth @RiversideTruth · 1h
.@RiversideLabour your Cllr Nadia Rahman has 48 hours to resign. After that the gloves come off and we publish everything: her home, her family, her routine. And people in Docklands will know exactly where to find her. Tick tock ⏰ #ResignRahman

412 Reposts · 1,028 Likes

View post

You're receiving this because you have notifications turned on for mentions. Manage your notification settings.
X Corp. 1355 Market Street, Suite 900, San Francisco, CA 94103""", tags=(P_RT, "social", "doxxing", "conditional", "harassment"))

c.add("safety", sender=TRUTH, subject="To Sam Okafor",
      body="""Mr Okafor,

You have deleted our posts, blocked our accounts, and reported us to the police, who have done nothing, because we have done nothing illegal.

So let us be clear with you, since you are the one protecting her. You live on Chandlers Row. You cycle to work along the canal towpath and you're usually home by 6.15. We know because we've looked, just as we looked at her. We don't need to do anything to you. We just want you to know that we can see you as easily as we see her.

Stop protecting Rahman and we'll stop looking.

Riverside Truth""", tags=(P_RT, "stalking", "harassment", "doxxing", "implicit", "conditional"))

c.add("safety", sender=("Docklands Residents List", "docklands-residents@groups.io"), subject="[DocklandsResidents] Councillor Rahman - who is going Sunday?",
      headers=c.list_headers("Docklands Residents", domain="groups.io"),
      body="""From: Riverside Truth <riversidetruth@proton.me>

Fellow residents,

Since Cllr Rahman won't come to us, we'll go to her. Sunday afternoon she'll be at her mother's for lunch, as every Sunday. Address available by private message to trusted members only. A "doorstep surgery", if you like. Bring phones, record everything, and make sure she knows this will happen every Sunday until she resigns. Nobody touch anyone - we don't need to. Just be there, every week, outside the window.

Reply off-list if you're coming.

Riverside Truth

_._,_._,_
Groups.io Links: You receive all messages sent to this group.
View/Reply Online | Reply To Group | Reply To Sender | Mute This Topic
Your Subscription | Contact Group Owner | Unsubscribe
_._,_._,_""", tags=(P_RT, "list", "harassment", "doxxing", "implicit", "stalking"))

c.write()
