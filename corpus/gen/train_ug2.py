"""train/ug2: topical mail of 2026, part 2 (Brampton & Ledwell CLP, a Midlands market town and
its villages). All content hand-written.

A market-town CLP in the year Reform run the county: the Ledwell Park asylum hotel on the
bypass and its Sunday protests, a Labour councillor suspended over leaked WhatsApp messages
and the row about it, a councillor deselected, another defecting, a county by-election on
the Coldharbour estate, fortnightly Palestine vigils in the Market Square and a Gaza motion,
the two-child limit, digital ID, a resident doctors' strike. 40 non-threats (angry letters,
stewarding and canvassing questions, motions on the abuse of councillors, briefings, worried
members, hard negatives), then 20 safety messages on the same issues.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ug2", seed=6902)
# Our own invented CLP, replacing mailkit's default pick.
c.clp = ("Brampton & Ledwell CLP", "Nasreen Akhtar", "secretary@bramptonledwelllabour.org.uk")
P = c.person
SEC = "Nasreen Akhtar <secretary@bramptonledwelllabour.org.uk>"
T = "topical"
HN = ("topical", "hard-negative")

# ============================================================ complaint

# 1 Fenwick suspension a witch hunt, quoted reply
c.add("complaint", subject="Re: Cllr Gail Fenwick", sender=P("Maureen", "Tansley"),
      tags=HN + ("angry", "quoted", "metaphor"),
      body=c.quote_reply(
          """"Unable to comment on individual cases." That's what they said about the Post Office.

Nasreen, Gail Fenwick has been our councillor in Northgate for fourteen years. She got the zebra crossing outside St Mary's, she saved the day centre, she sat with my mother when the ambulance took four hours. And she's suspended on the say-so of somebody who screenshotted a private WhatsApp group and ran to the Advertiser with it. One message. Sent at midnight. About a hotel that the whole of Northgate is angry about.

This is a witch hunt and everybody in this town knows it. Half the branch think the same and they're too frightened to say so.

I want to know who made the complaint, who decided to suspend her, and why she wasn't allowed to put her side first. We'll fight this tooth and nail, at the GC, at regional and at the NEC if we have to. And if she stands as an independent in 2027 I'll be delivering her leaflets.

Maureen Tansley
Northgate branch""",
          """Dear Maureen,

Thank you for your email. I understand that many members in Northgate are upset. I'm afraid that the CLP has no role in the party's disciplinary process and I am unable to comment on individual cases while an investigation is ongoing.

With best wishes,
Nasreen""", quoted_from=SEC, style="bottom"))

# 2 the other side: why wasn't she suspended sooner
c.add("complaint", subject="Fenwick - why did it take a newspaper?", sender=P("Kofi", "Boateng"),
      tags=(T, "angry"),
      body="""Nasreen,

Members in this CLP raised Gail Fenwick's comments about "the hotel lot" with the officers in March. In writing. I have the email. Nothing happened until the Advertiser printed the screenshots in July.

So was the CLP sitting on it, or did nobody think it mattered until it was embarrassing? Either answer is bad. I'd like to know which.

Kofi""")

# 3 Reform voter sarcasm, "wiped out"
c.add("complaint", subject="enjoy May", sender=("Steve Gough", "stevegough.brampton@gmail.com"),
      tags=HN + ("metaphor", "angry"),
      body="""Got your leaflet about "delivering for Brampton". Delivering what exactly? The hotel on the bypass is still full, my council tax went up 5%, A&E at the General had a 14 hour wait when my dad went in, and your councillor went Reform himself because even HE couldn't stand you lot.

Labour is finished in this town. You'll be wiped out in Coldharbour and you know it. Don't waste any more paper on my house.

Enjoy May.""")

# 4 deselection of Barry Lathom - long rant, knife in the back
c.add("complaint", subject="The deselection of Barry Lathom - a disgrace", sender=P("Trevor", "Iliffe"),
      tags=HN + ("metaphor", "angry", "political-consequence", "long"),
      body="""Dear Secretary,

I have been a member of the Labour Party for forty-two years and of Market Cross branch for the whole of that time. I have been branch chair, branch treasurer, ward organiser and, for one unfortunate year, social secretary. I say that not to boast but so that you understand I know how this party works, and I know when it isn't working.

On Thursday evening the selection meeting for Market Cross ward chose a candidate for the 2027 district elections. Barry Lathom, who has represented Market Cross for twenty-three years, was not that candidate. He was beaten by eleven votes to nine by a young woman who joined the party in 2024 and whom, until three months ago, none of us in the branch had ever met.

Now, I have nothing against Ms Okwu personally. She spoke well. But I want to set out what happened in the three months before Thursday, because I believe the members of this CLP ought to know.

First, eighteen people joined Market Cross branch between April and June. Eighteen. The branch had thirty-one members before that. Of those eighteen, I am told at least twelve were recruited by the same two people, both of whom sit on the CLP executive.

Second, the branch meeting in May at which the selection timetable was agreed was moved at four days' notice from the usual Tuesday to a Monday, which is the night Barry chairs the planning committee and everybody knows it.

Third, the hustings was limited to five minutes per candidate with no questions from the floor "in the interests of time". We were out of the room by 8.25pm.

Fourth, at least two members who have been in the branch for many years did not receive their ballot notices and were told on the night they were "not eligible", which no one has been able to explain to me.

Barry was stabbed in the back by people he has helped into this party, and I will say that to anyone who asks. He voted against the hotel contract when it came to the district. He has opposed every cut to the Market Cross library. He is the reason the Shambles car park is still free after six. I cannot think of a single thing he has done wrong except to be sixty-eight and not on Instagram.

I am therefore asking you formally:

(a) for the names of everyone who joined Market Cross branch in the six months before the selection, and who recruited them;
(b) for the CLP's explanation of why the May meeting was moved;
(c) for the procedures secretary's report on the selection;
(d) that the result be held until the regional office has reviewed it.

I have written to the regional director in the same terms. I will be raising this at the GC, and if I get no satisfaction there I shall take it to the NEC disputes panel. I will not be campaigning for the new candidate and I know of at least six others who say the same.

Yours sincerely,
Trevor Iliffe
Market Cross branch""")

# 5 two-child limit - voter thinks lifting it is wrong
c.add("complaint", subject="two child limit", sender=P("Paula", "Hemsley", "hotmail.co.uk"),
      tags=(T, "angry"),
      body="""Im a single mum, I work 32 hours at the Co op and I have ONE child because I couldnt afford two. Now your lot have scrapped the two child limit so people who never worked a day can have five and I pay for it. Where is the fairness in that? Nobody asked people like me.

I voted Labour in 2024 because Ben Ashworth promised he'd stand up for working people. Well I'm working and I dont see it. Tell him from me hes lost my vote.

Paula""")

# 6 Jewish member re placards at vigil
c.add("complaint", also=["procedural"], subject="Placards at Saturday's vigil in the Market Square", sender=P("Ruth", "Gellman"),
      tags=(T,),
      body="""Dear Nasreen,

I am writing with real sadness, and I hope you will read this carefully.

I have been a member of this CLP for nineteen years. I have marched for a ceasefire. I signed the branch letter on arms sales. I don't need anyone to tell me what is happening in Gaza is unbearable.

On Saturday I walked past the vigil in the Market Square on my way to the library. Two of our councillors were there, one wearing a Labour rosette. Three metres from them was a placard with a Star of David merged into a swastika. Nobody asked the man holding it to take it down. Nobody from our party moved away from it. There is a photograph of that placard, and of the rosette, on the Brampton Matters Facebook page. I have been sent it four times.

I am not asking the CLP to stop supporting the vigil. I am asking for three things: that the CLP makes clear to members and councillors that they should not stand alongside antisemitic imagery; that the officers talk to the vigil organisers about it; and that someone acknowledges to me that this happened and it was wrong.

I am finding it increasingly hard to explain to my family why I am still a member.

Ruth Gellman
Abbeyfields branch""")

# 7 officers at counter-protest wearing lanyards - "shooting ourselves in the foot"
c.add("complaint", subject="Labour lanyards at Ledwell Park on Sunday", sender=P("Graham", "Sisson"),
      tags=HN + ("benign-violent-word", "metaphor"),
      body="""Nasreen,

I'm all for people going to counter-protests in their own time. But three members of our EC were stood on the verge outside Ledwell Park on Sunday wearing CLP lanyards and holding a "Brampton Labour welcomes refugees" banner, and that photo was on the front of the Advertiser website by teatime.

We have a county by-election in Coldharbour in five weeks. Coldharbour is where the hotel is. Coldharbour is where every second door says the hotel. We are shooting ourselves in the foot, and Reform are laughing all the way to the count.

Who authorised the CLP name being used? Was it discussed at the EC? I'm on the EC and I don't remember it.

Graham Sisson
Campaigns sub-committee""")

# 8 non-native, Urdu speaker, language on immigration & police at vigil
c.add("complaint", subject="Complain about party and police", sender=P("Abdul", "Rashid", "yahoo.co.uk"),
      tags=(T, "non-native", "angry"),
      body="""Assalamu alaikum Sister Nasreen

I am writing to you as Labour member in Spital ward from 1987. My whole family Labour. My father vote for Labour when nobody in Brampton even talk to us.

Now I am very upset. Two thing.

First thing, our Prime Minister and our ministers talk about immigration like Reform party. "Strangers", "control", "send back". My grandson ask me is this about us grandad? What I tell him? I come here 1974. I work in Brampton foundry 30 year. I am not stranger.

Second thing, at Market Square on Saturday, police officers come to the old men at the Palestine vigil, old men, 70 year old, and take names because of one flag. Why? We are peaceful. We pray for the children. Our councillor Imran was there he saw it. Why Labour party say nothing about this?

Please reply to me, do not send me form letter. I want to know the party position. If no answer many family in Spital not vote Labour in by-election, I tell you honestly.

Abdul Rashid""")

# 9 html-only - MP and the resident doctors' strike
c.add("complaint", subject="Ben Ashworth and the doctors' strike", sender=P("Hannah", "Carrick"),
      fmt="html", tags=(T, "html-only"),
      body="""Hi,

I'm a resident doctor at Brampton General and a Labour member. On Tuesday I stood on the picket line at the main entrance for six hours in the rain. So did thirty of my colleagues.

Ben Ashworth drove past us into the hospital car park for a visit to the new diagnostic centre, had his photo taken with the chief exec, and then put out a statement calling on us to "get back round the table". We have been round the table. The table was empty.

He told the Advertiser last year that he would "always stand with NHS staff". I'd like to know where he was standing on Tuesday, because it wasn't with us.

I'm asking the CLP to invite him to explain at the next GC. I'll be there.

Dr Hannah Carrick""")

# ============================================================ query

# 10 coach to national march
c.add("query", also=["procedural"], subject="Coach to the national Palestine march?", sender=P("Sana", "Mir"),
      tags=(T,),
      body="""Hi Nasreen,

Is anybody organising a coach from Brampton for the national march in London on the 18th? Last time a few of us went from Spital on the train and it was £60 each which is a lot for the students and pensioners.

If not, could the CLP help? Either pay a deposit or put it to the GC? I can collect names and money. PSC say a 53-seater from the Midlands is about £1,100.

Thanks
Sana (Spital branch)""")

# 11 general safety worry canvassing alone on estate, no threat
c.add("query", subject="Canvassing Coldharbour on my own?", sender=P("Denise", "Kaur"),
      tags=HN + ("safety-worry-no-threat",),
      body="""Nasreen, quick question. Rob has put me down for Coldharbour on Wednesday afternoon but the sheet says "solo - Ferncroft Road". Nothing's happened to me, nobody's said anything, but after the last couple of months on that estate with the hotel I'm not comfortable doing a whole road on my own as a woman, and I think as Women's Officer I should be setting the example. Do we have a buddy system written down anywhere, or should I just ask Rob to pair me? Don't want to make a fuss. D""")

# 12 can I go to the anti-hotel protest?
c.add("query", subject="question - am I allowed", sender=P("Kerry", "Wheatcroft"),
      tags=(T, "confuser"),
      body="""hi, bit of an awkward one

i've been a member for about a year, joined after the election. i live on the Ledwell side of the bypass, literally the next road from the hotel. i'm not racist, my partner is from Ghana, but i've got real worries about the hotel - no extra doctors, no extra school places, the bus is rammed, and nobody from the council has come and talked to us once.

there's a residents' protest on Sunday which is NOT the far right one (it's the Ledwell residents association, they've said no flags, no chanting). am i allowed to go as a labour member? will i get in trouble? i don't want to end up in the Advertiser like Gail.

thanks
Kerry""")

# 13 digital ID - CLP position?
c.add("query", subject="digital ID meeting?", sender=("Jon Peake", "jpeake@protonmail.com"),
      tags=(T,),
      body="""Is the CLP going to hold any kind of discussion about digital ID before Ben votes on it? Or is there a CLP position already? I'd just like to know before I start arguing with people about it at work. Cheers, Jon""")

# 14 accessibility at the new venue
c.add("query", subject="Access at the Scout hut?", sender=P("Philippa", "Dowd"),
      tags=(T,),
      body="""Dear Nasreen,

I gather the GC has moved from the Corn Exchange to the Scout hut on Mill Lane, I assume because the Corn Exchange didn't want us after the business with the protest outside in June.

I use a wheelchair. Is there step-free access at the Scout hut, and is there an accessible toilet? If not, could the meeting be made hybrid so that I can take part on Zoom? I'd like to vote on the Fenwick motion either way.

Kind regards,
Philippa Dowd""")

# 15 URGENT subject but ordinary query
c.add("query", subject="URGENT!!! where do I vote", sender=P("Shelley", "Marlow"),
      tags=(T, "confuser", "query-with-urgent"),
      body="""URGENT pls - my polling card for the county by-election has gone in the recycling by accident. Where is my polling station? I'm on Coldharbour Way, number 114. It's next Thursday isnt it? Want to make sure I get to vote against Reform!!

Shelley""")

# ============================================================ procedural

# 16 motion on abuse of councillors
c.add("procedural", subject="Motion for September GC - standing with our councillors", sender=P("Layla", "Mensah"),
      tags=HN + ("news-about-threats",),
      body="""Nasreen,

Motion from Abbeyfields branch for the September GC. Proposed by Layla Mensah, seconded by Helen Moss. Passed 16-0-2.

STANDING WITH OUR COUNCILLORS

This GC notes:
- the Local Government Association's survey showing that a majority of councillors have experienced abuse or intimidation, and that many are considering not standing again;
- that councillors of every party in this district, including Labour and Reform, have reported threats since the protests at the Ledwell Park Hotel began;
- that Cllr Imran Sadiq's surgery in Spital was disrupted in August and that he was followed to his car;
- that women councillors and councillors of colour are disproportionately targeted.

This GC believes that robust debate is part of democracy and that threats, intimidation and the publication of councillors' home addresses are attacks on democracy itself, whoever the target.

This GC resolves:
1. to ask the district council to make home-address withholding the default for all candidates and councillors;
2. to ask the EC to adopt a safety protocol for CLP events, canvassing and stalls;
3. to write to the leaders of all groups on the district council, including Reform, proposing a joint cross-party statement condemning abuse of councillors.

Layla Mensah
Vice-Chair""")

# 17 request for special GC
c.add("procedural", subject="Requisition for a special General Committee meeting", sender=P("Colin", "Marchant"),
      tags=(T,),
      body="""Dear Secretary,

In accordance with the CLP rules, we, the secretaries of the undermentioned branches, hereby requisition a special meeting of the General Committee to consider the following business only:

"The suspension of Cllr Gail Fenwick and the response of the CLP to it, including a motion calling on the regional office to conclude its investigation within 28 days."

Northgate branch - Colin Marchant (Secretary)
Market Cross branch - Trevor Iliffe (acting Secretary)
Ledwell & Villages branch - Sheila Orton (Secretary)
Brook Meadow branch - Peter Dunkley (Secretary)

Each branch has agreed to this requisition at a quorate meeting. Minutes are available on request.

We would ask that the meeting is held within 21 days and that the notice is sent to all delegates.

Yours sincerely,
Colin Marchant""")

# 18 apologies, txt-speak
c.add("procedural", subject="apols", sender=P("Kieran", "Dwyer"),
      tags=(T,),
      body="""hiya apols for GC tmrw, on shift at the warehouse (they've moved us to nights cos of the strike ballot, coincidence i'm sure 🙄). can u note young labour report will come by email. cheers K""")

# 19 selection application statement
c.add("procedural", subject="Application - Brook Meadow ward selection", sender=P("Priya", "Dhillon"),
      tags=(T,),
      body="""Dear Nasreen,

Please find my application for selection as the Labour candidate for Brook Meadow ward below. I've also completed the online form via the regional office.

Statement (250 words):

I have lived in Brook Meadow for eleven years and worked as a pharmacist on the High Street for nine. Every day someone asks me about their prescription costs, their PIP review, their mum's care package, or why the GP can't see them for three weeks. I know this ward's worries because I hear them over the counter.

This year has been hard. The hotel on the bypass has divided neighbours. Reform are promising easy answers. Some of our own members have lost faith. I don't think the answer is to shout louder than Reform or to copy them. I think it is to turn up, listen and fix things: the Brook Meadow bus, the flooding on Watery Lane, the empty units on the parade.

If selected I will hold a surgery every month in the ward, knock every door before May, and never tell a resident I'll do something I can't.

Proposer: Helen Moss. Seconder: Dennis Kaye.

Best wishes,
Priya Dhillon""")

# 20 minutes correction
c.add("procedural", also=["complaint"], subject="Correction to the July GC minutes, item 6", sender=P("Elaine", "Pountney"),
      tags=(T,),
      body="""Dear Nasreen,

Item 6 of the draft minutes of the July GC (Ledwell Park Hotel) records me as saying that "the hotel should be closed and the residents moved out of the area".

That is not what I said. I said that the hotel was an unsuitable place to house vulnerable people, that the Home Office should move them into proper dispersed accommodation, and that the council should be given resources to support it. The difference matters, given that the minutes go to 600 members and my words will be read in the current climate.

Please amend the minute to read: "E Pountney said the hotel was unsuitable accommodation for vulnerable people and called for the Home Office to move residents into properly supported dispersed accommodation." I will move this correction under item 2 at the next GC if it is not accepted beforehand.

Elaine Pountney
Ledwell & Villages delegate""")

# 21 conference delegate report
c.add("procedural", subject="Conference delegate report for the GC", sender=P("Imran", "Sadiq"),
      tags=(T,),
      body="""Nasreen, here's my report for the GC papers.

ANNUAL CONFERENCE - DELEGATE'S REPORT (Cllr Imran Sadiq)

Our CLP's contemporary motion on Gaza (arms sales and recognition) was composited with 14 others. The composite was debated on the Tuesday. It was carried on a card vote: CLPs 78%, affiliates 41%. The NEC statement was also carried. Both now "party policy" which is a Labour outcome if ever there was one.

The welfare debate: the platform faced a lot of heckling. The disability rights composite was remitted.

Digital ID: a fringe meeting of about 300 people. Several MPs openly against.

Reform: almost every speech mentioned them. A lot of talk about "towns like ours". Less talk about what we'd actually do.

On a personal note: as a Muslim councillor it was a strange conference. Warm inside the hall, hostile outside on the approaches. I'll say more at the meeting.

I voted as mandated on all the items the GC mandated.

Imran""")

# 22 AGM agenda with police item (html)
c.add("procedural", subject="Draft AGM agenda - please check before it goes out", sender=P("Keith", "Ambrose"),
      fmt="alt", tags=HN + ("news-about-threats",),
      body="""Nasreen - draft agenda for the AGM below. Can you check the standing orders bits and sort the nomination deadline date? I've put the police item in because of everything this summer; PC Draycott has agreed to come for 15 minutes.

BRAMPTON & LEDWELL CLP - ANNUAL GENERAL MEETING
Scout Hut, Mill Lane

1. Welcome and apologies
2. Minutes of last AGM
3. Chair's report
4. Secretary's report
5. Treasurer's report and accounts
6. Presentation: "Safety at political events" - PC Tom Draycott, Brampton Neighbourhood Policing Team (15 mins, incl. what to do about intimidation at stalls and protests, and how to report threats)
7. Election of officers
8. Election of EC members
9. Election of delegates to Annual Conference
10. Motions (Abbeyfields: Standing with our councillors)
11. AOB

Nominations close: ___ (14 days before?)

Keith""")

# ============================================================ urgent

# 23 police asks to move stall
c.add("urgent", subject="Tomorrow's stall - police want us out of the Market Square", sender=P("Rob", "Sallis"),
      tags=(T, "confuser"),
      body="""Nasreen,

PS Hollinshead rang me ten minutes ago. There's an anti-hotel march coming through the Market Square tomorrow at 12, they've had notice of it today, and they've "strongly advised" we don't have our stall there in the morning. Not because of any threat to us, she was clear, just that they don't want two groups in the same space.

So: we need a new spot by tonight and I need to text the 9 volunteers. I'm thinking outside the Co-op on Spital Road. Can you OK it and let Imran know as it's his ward? And can someone collect the gazebo from Frank's garage before 9am, I'm at work.

Rob""")

# 24 radio at 7.10am tomorrow
c.add("urgent", subject="BBC Radio Midlands - 7.10 tomorrow - Barraclough", sender=("Sam Orrell", "sam.orrell@bbc-midlands.example.co.uk"),
      tags=(T,),
      body="""Hi Nasreen,

Sam from the breakfast programme. Tony Barraclough is coming in tomorrow to talk about why he's left Labour for Reform, four weeks before the Coldharbour by-election. We'd like a Labour voice in the same slot, live at 7.10am, studio or phone.

I need a name by 6pm today please or we'll have to say Labour declined. Number below.

Sam Orrell
Producer, Breakfast
0121 496 0773""")

# 25 tellers for tomorrow
c.add("urgent", subject="Tellers tomorrow - only 2 of 8 slots filled!", sender=P("Ashok", "Patel"),
      tags=(T,),
      body="""Nasreen,

Polling day is tomorrow and the Coldharbour Community Centre polling station rota has two tellers for the whole day. TWO. The 7-10am and 7-10pm slots are empty and those are the ones that matter. Reform have had someone outside since the postal votes went out.

Can you send a message to the all-members list tonight? Everyone who's done a teller shift before. It's a 15-minute walk from the bus station. Fully briefed, clipboard provided, tea provided by Mrs Akinola at no. 3.

Ashok""")

# 26 bank mandate by noon tomorrow
c.add("urgent", also=["procedural"], subject="bank - need your signature by 12 tomorrow", sender=P("Frank", "Heeley"),
      tags=(T,),
      body="""Nasreen

Unity Bank have frozen payments out because the mandate still has Tony Barraclough on it as a signatory (from when he was treasurer before). They won't release the printer's payment for the by-election leaflets until the new mandate is back with two current officer signatures. Deadline 12 noon tomorrow or the printer won't release the leaflets and we lose the weekend.

I've got the form. Can I bring it round to yours tonight or first thing? Keith's signed already.

Frank""")

# 27 MP visit meeting point
c.add("urgent", subject="Ben on the doors tomorrow - need meeting point today", sender=("Aimee Costello", "aimee.costello@benashworth.example.org.uk"),
      tags=(T,),
      body="""Hi Nasreen,

Ben can do an hour on the doors in Coldharbour tomorrow, 4.30-5.30pm, before the Ledwell parish meeting. I need to confirm the meeting point and the lead canvasser's name and number to his diary and to the police liaison by 3pm today (they like to know where he is these days, routine).

Is the Ferncroft Road car park still the plan?

Thanks,
Aimee
Office of Ben Ashworth MP""")

# ============================================================ data-protection

# 28 photo on Facebook page from counter-protest
c.add("data-protection", subject="please take my picture down", sender=P("Leanne", "Boothby"),
      tags=(T, "confuser", "dp-no-legal-words"),
      body="""Hi

The Brampton Labour Facebook page has put up photos from the Ledwell Park counter-protest and I'm in three of them, full face, holding a sign. I'm not a member, I went with my church. I didn't know anyone was taking photos for a party page and nobody asked me.

My picture's already been shared on Brampton Matters with nasty comments under it. I work in a shop in town. Please take the pictures down today and don't use my face again without asking.

Leanne""")

# 29 CC'd addresses
c.add("data-protection", also=["complaint"], subject="You've just sent my email address to 140 people", sender=P("Martin", "Gosling"),
      tags=(T, "confuser", "dp-no-legal-words"),
      body="""Nasreen,

The special GC notice that went out at 9.14 this morning has every delegate's email address in the CC line. All 140 of them. Including mine, which is my work address.

Given how heated this Fenwick business has got, and given that someone in this CLP has already leaked one WhatsApp group to the paper, I'm not delighted that my work address is now in the hands of everyone on both sides. Can you at least send a "please delete" message and use BCC next time? And is this something you have to report to someone?

Martin""")

# 30 erasure, left over Gaza
c.add("data-protection", subject="Remove me from everything", sender=P("Idris", "Farah"),
      tags=(T, "dp-no-legal-words"),
      body="""I left the party in January because of Gaza. Since then I've had phone calls about the by-election, two texts about the AGM and a letter addressed to me as "Dear Member". I am not a member.

Delete my phone number, my email and my address from whatever you have. Don't pass them to Ben Ashworth's office or anyone else. Just confirm it's done.

Idris Farah""")

# 31 how did you get my number - by-election text
c.add("data-protection", subject="who gave you my number?", sender=("07700 900 664 via SMS-to-email", "sms.reply.0770090066@textgateway.example.net"),
      tags=(T, "dp-no-legal-words", "confuser"),
      body="""Reply received from 07700900664:

"Who is this? How have you got my mobile number? I have never given it to the Labour party. I don't want texts about Coldharbour or Reform or anything. Take my number off whatever list it's on and tell me where you got it from."

--
Reply to this email to respond via SMS. Powered by TextGateway.""")

# ============================================================ other

# 32 thanks from a hotel resident, non-native
c.add("other", subject="Thank you", sender=P("Samir", "Haile", "gmail.com"),
      tags=(T, "non-native"),
      body="""Dear Labour party in Brampton,

My name is Samir, I live in the Ledwell Park hotel since 8 months. I am from Eritrea. Your friend Mrs Layla give me this address.

I want to say thank you for the people who come on Sunday and stand with the signs and sing. Inside the hotel we are afraid on Sundays, the noise is very big. But when we see the other people with the hearts on the signs we feel not alone. The children wave from the window.

Also thank you for the English books and the football boots. We play now every Saturday in the park with the Brampton church team. We lost 6-2 but next time we win.

God bless you,
Samir""")

# 33 fundraiser social, "knock 'em dead", "killer"
c.add("other", subject="Curry & quiz night - 25th!", sender=P("Saima", "Begum"), fmt="alt",
      tags=HN + ("benign-violent-word",),
      body="""Salaam / hello all!

Spital branch curry and quiz night is ON - Friday 25th, 7pm, at the Shalimar on Spital Road. £15 a head, kids £7. All money to the Coldharbour by-election fund.

Quizmaster: Cllr Imran, who has promised a round on "Reform councillors' greatest gaffes" (there's a lot of material). The raffle prizes are killer this year - a signed Villa shirt and a meal for four.

Teams of up to six. Come and knock 'em dead. Let me know numbers by Wednesday.

Saima x""")

# 34 Barry Lathom's farewell
c.add("other", also=["complaint"], subject="A few words from Barry", sender=("Barry Lathom", "barry.lathom@btinternet.com"),
      tags=(T, "resignation"),
      body="""Dear Nasreen,

I'd be grateful if you could share this with members.

Friends,

After twenty-three years as councillor for Market Cross, I won't be standing again in 2027. The branch has chosen, and that's democracy, even if I think some of it was done in a way I wouldn't have done it.

I'm staying a member. I'm not joining anybody else, whatever the Advertiser says, and I've told Reform's lot where to go when they rang me (politely). I'll serve out my term and I'll help whoever needs it.

Thank you to everybody who's knocked doors for me since 2003. It's been the privilege of my life.

Barry""")

# 35 misdirected letter to newspaper
c.add("other", subject="Letter for publication - the hotel", sender=P("Eric", "Wolstenholme"),
      tags=(T, "confuser", "misdirected"),
      body="""To the Editor, Brampton Advertiser

Sir,

Amid all the noise about the Ledwell Park Hotel, may I make one observation. My late father came to this country in 1951 from Poland with one suitcase and a wife who spoke no English. He was housed in a Nissen hut in Elmstone for three years. The town did not riot. It gave him a job at the tannery and, eventually, a council house.

We were kinder when we had less.

Yours faithfully,
E. Wolstenholme
Ledwell""")

# 36 member sends thanks and photos to vigil stewards
c.add("other", subject="well done the stewards", sender=P("Fatima", "Nawaz"),
      tags=(T,),
      body="""Nasreen - just wanted to say the stewarding at Saturday's vigil was brilliant. Calm, friendly, kept everyone off the road, had a word with the one bloke with the dodgy placard and he put it away. Took some nice photos, will send them over once I've blurred the kids' faces. Please pass on thanks to Imran and Kofi's team. F""")

# ============================================================ bulk

# 37 Unite Community bulletin
c.add("bulk", subject="Unite Community East Midlands - September update", sender=("Unite Community EM", "community.em@unite-lists.example.org"),
      headers=c.list_headers("Unite Community East Midlands", domain="unite-lists.example.org"),
      tags=HN + ("list", "metaphor"),
      body="""UNITE COMMUNITY - EAST MIDLANDS
September update

LEDWELL DISTRIBUTION CENTRE
Workers at the Ledwell distribution centre have voted 88% for strike action over the scrapping of night-shift allowances. First walkout planned for the 29th. The battle for fair pay in logistics is the battle of this decade. Picket support needed - see the rota link.

WELFARE
Our "Hands Off PIP" petition has passed 40,000 signatures across the region. Thank you to every CLP and branch that has shared it.

ANTI-RACISM
Unite is supporting peaceful counter-protests at hotels in the region. Members should attend with their branch, follow steward instructions and not engage with provocateurs.

DATES
- 21st: Welfare rights training, Derby
- 29th: Ledwell picket, 5am onwards
- 4th: Regional committee

To unsubscribe from this list, email community-em-leave@unite-lists.example.org""")

# 38 membership system notification, no list headers
c.add("bulk", subject="Weekly membership report: Brampton & Ledwell CLP", sender=("Labour Membership System", "noreply@membership.labour-system.example.org.uk"),
      tags=(T, "confuser", "robot-no-list-headers"),
      body="""Weekly membership report
Brampton & Ledwell CLP
Week ending Sunday

New members: 4
Rejoined: 1
Lapsed (arrears > 6 months): 9
Resigned: 7

Resignation reasons recorded (where given):
- Gaza / Middle East: 3
- Welfare / disability: 2
- Local issue: 1
- Not given: 1

Current membership: 612

This is an automated report. Replies to this address are not monitored.""")

# 39 Zoom recording notification
c.add("bulk", subject="Cloud Recording - Candidate safety briefing (East Midlands) is now available",
      sender=("Zoom", "no-reply@zoom.us"), fmt="html",
      tags=HN + ("news-about-threats", "html-only", "robot-no-list-headers"),
      body="""Hi Nasreen Akhtar,

Your cloud recording is now available.

Topic: Candidate safety briefing for CLP secretaries (East Midlands) - threats, doxxing and reporting
Date: Tuesday

Share recording with viewers:
https://zoom.us/rec/share/aB7xQ2mLkP9r

Passcode: 7k#Lm2qP

Thank you for choosing Zoom.
-The Zoom Team""")

# 40 bounce of Fenwick's old address
c.add("bulk", raw=c.bounce("gail.fenwick.cllr@bramptonledwelllabour.org.uk",
                           reason="550 5.2.1 <%s>: Mailbox disabled for this recipient",
                           orig_subject="Special GC - notice of meeting"),
      tags=(T, "bounce", "robot-no-list-headers"), body="")

# ============================================================ safety

# S1 racist menace to councillor after counter-protest
c.add("safety", subject="Sadiq", sender=("Ledwell Lad", "ledwell.lad88@gmail.com"),
      tags=(T, "explicit", "noisy"),
      body="""your councillor sadiq wants to stand on OUR verge at Ledwell and call us racists. he can go back to spital while he can still walk there. next sunday we wont be on the other side of the road. tell him to bring a helmet""")

# S2 Gaza motion mover, conditional
c.add("safety", subject="Your 'Gaza' motion", sender=("A Concerned Brampton Resident", "brampton.resident.2026@proton.me"),
      tags=(T, "conditional", "veiled", "implicit"),
      body="""Ms Akhtar,

Your GC has passed a motion drafted by Layla Mensah that demonises the only democracy in the Middle East and gives cover to terrorists. I have read it. So have others.

Ms Mensah teaches at Brampton College, I believe. Tuesday and Thursday evenings, adult education, out at nine. If the motion is not rescinded at your next meeting she may find the walk to the bus stop a good deal less pleasant than it has been. Some of us are tired of writing letters.

I trust you will pass this on.""")

# S3 deselected councillor's son to the chair
c.add("safety", subject="what you did to my dad", sender=("Lee Lathom", "leelathom@hotmail.co.uk"),
      tags=(T, "veiled", "angry"),
      body="""Keith Ambrose needs to know this and you can tell him from me.

My dad gave this party 23 years. He sat with dying people, he got kids into schools, he got your lot elected. You and your mates packed that branch with strangers and knifed him in a back room in twenty-five minutes.

Dad says let it go. I'm not dad.

Keith won't be paying for this at the ballot box. Tell him to have a good look round next time he's locking up that Scout hut on his own. He'll know when.

Lee""")

# S4 man waiting outside after GC, followed officer
c.add("safety", subject="Someone followed Denise to her car after the GC", sender=P("Helen", "Moss"),
      tags=(T, "third-party-report", "following"),
      body="""Nasreen,

I didn't want to say this on the WhatsApp group. After the GC on Thursday (the hotel item), Denise and I came out of the Scout hut about 9.40. There was a man sitting on the wall by the gate who had been at the back of the public gallery earlier - bald, black North Face jacket, filmed on his phone the whole time Denise was speaking.

When we split at the gate he got up and walked behind Denise down Mill Lane. Not fast, just keeping pace. She crossed the road, he crossed the road. She got in her car and locked it and he stood by the bonnet for a good ten seconds, looking at her, then walked off without a word.

Denise is shaken but says she's fine. She isn't. She's reported it to the police (crime ref on the way). I think we need a rule that nobody leaves a meeting alone, and we need to stop putting our public gallery seats right behind the speakers.

Helen""")

# S5 Telegram doxxing of welcome volunteers, forwarded
c.add("safety", subject="Fwd: names and addresses of the welcome group - from Ledwell Says Enough", sender=P("Rev Clare", "Tinsley"),
      tags=(T, "forwarded", "doxxing", "social", "third-party-report", "pile-on"),
      body=c.forward(
          """Nasreen,

A parishioner who is (I'm afraid) a member of this Telegram group sent me the message below. It lists eight of the volunteers who run the Sunday welcome table at Ledwell Park. Five of them are your members. I have removed nothing. The addresses are correct - I know three of those houses.

I have called the police. Please would you contact your members tonight. I'm contacting mine.

Clare
Vicar, St Michael's Ledwell""",
          """📢 LEDWELL SAYS ENOUGH 📢

These are the "welcome" traitors who carry food in to the hotel every Sunday while our own kids go without. Brampton Labour to a man. Time they had a welcome of their own 😉

- Layla Mensah, 4 Orchard Rise, Brampton
- Denise Kaur, 27 Hawthorn Ave
- Kofi Boateng, flat 6 Wharf House
- Martin Gosling, The Old Forge, Thorpe Ledwell
- Sheila Orton, 2 Church Cottages, Ledwell
[3 more]

Know your neighbours. Pay them a visit. Share before it gets taken down.

👁 1.2K  🔁 84""",
          "Daniel Beardsall <dbeardsall@outlook.com>", "you need to see this", style="gmail"))

# S6 formal, elderly, veiled to councillor
c.add("safety", subject="Councillor Moss", sender=P("Geoffrey", "Alsop", "btinternet.com"),
      tags=(T, "veiled", "implicit"),
      body="""Dear Madam,

I write regarding Councillor Helen Moss and her recent remarks in the Advertiser concerning residents who oppose the Ledwell Park Hotel.

I am seventy-four years of age, a former magistrate, and I have never in my life written a letter of this kind. I would advise Councillor Moss, for her own sake, to reconsider her position and to withdraw her remarks publicly before the next meeting of the district council.

There are men in this town who are not as patient as I am, and they know her address on Priory Walk as well as I do. They also know which evenings her husband works late. I should not like to be responsible for what happens should she continue.

I remain, Madam,
G. R. Alsop""")

# S7 canvassers threatened by group, reported
c.add("safety", subject="incident on Ferncroft Road - canvassing", sender=P("Rob", "Sallis"),
      tags=(T, "third-party-report", "explicit", "pile-on"),
      body="""Nasreen, for the log and for the police if you think so (I've called 101 as well).

Coldharbour, Ferncroft Road, 6.15pm, four of us canvassing. Group of maybe eight lads, late teens / early twenties, on bikes, followed us from number 40 to the end of the road shouting "traitors" and "refugee lovers". One of them rode right up to Saima and said "get off our estate or we'll torch your car, we know it's the red Corsa". Another one had his phone out filming her face. They followed us to the car park and stood round the cars till we drove off.

Nobody was touched. Everyone's shaken. Saima's car is the red Corsa. I've told her to park it round the back at her brother's for a bit.

I've pulled Ferncroft Road from the rota till further notice.

Rob""")

# S8 webform - conditional threat to MP over digital ID/welfare
c.add("safety", subject="New submission: Contact Ben", sender=c.form_robot(),
      reply_to="notmyid2026@gmail.com",
      tags=(T, "webform", "conditional", "explicit"),
      body=c.webform({
          "Name": "Not your ID",
          "Email": "notmyid2026@gmail.com",
          "Postcode": "BR7",
          "Subject": "digital id vote",
          "Message": """You tell Ashworth if he votes for the digital prison card he won't be able to show his face in Brampton again. We'll be at his surgery, we'll be at his house, we'll be at his kids school gate. Every day. Vote it down or find out what happens to traitors.""",
      }, form="Contact Ben"))

# S9 councillor replies quoting the threat she got
c.add("safety", subject="Re: Hotel vote - thank you", sender=("Cllr Helen Moss", "helen.moss.cllr@bramptonledwelllabour.org.uk"),
      tags=(T, "quoted", "forwarded", "third-party-report", "conditional"),
      body=c.quote_reply(
          """Thanks Nasreen, kind of you. It didn't feel like a win at 11pm though. This was waiting in my council inbox when I got home - pasting it under yours so it's all in one place. Police have it. I'd like it logged with the CLP too.

-----
From: stopthehotel.brampton@gmail.com
Subject: Priory Walk

We watched you vote. We watched you smile about it. You've got three weeks to get that contract cancelled or you'll have a crowd on Priory Walk every night till you do. And if any of them lose their temper, that's on you, love. Your windows, your car, your kids. Your choice.
-----

Helen""",
          """Helen - just wanted to say thank you for speaking so clearly at the district council tonight. It can't have been easy with the gallery like that. Proud of you.
Nasreen""", quoted_from=SEC, style="gmail"))

# S10 X notification with doxxing
c.add("safety", subject="@BramptonPatriot mentioned you", sender=("X", "notify@x.com"),
      headers=c.newsletter_headers(),
      tags=(T, "social", "doxxing", "explicit"),
      body="""@BramptonPatriot mentioned you

Brampton Patriot 🇬🇧 @BramptonPatriot
.@BramptonLabour secretary Nasreen Akhtar organises the hotel "welcome" rota from her house on Abbey Road, the one with the green door by the postbox. Maybe the patriots of Brampton should organise a welcome of our own. She'll get what's coming to her, they all will.

14 Reposts  61 Likes

View post

You're receiving this email because you have mention notifications turned on. Unsubscribe
X Corp. 1355 Market Street, Suite 900, San Francisco, CA 94103""")

# S11 html-only "final notice"
c.add("safety", subject="FINAL NOTICE TO BRAMPTON LABOUR", sender=("Ledwell Defence League", "ldl.final.notice@proton.me"),
      fmt="html", tags=(T, "html-only", "explicit", "conditional"),
      body="""FINAL NOTICE

To the officers and councillors of Brampton & Ledwell Labour.

You have ignored the residents of Ledwell for fourteen months. You have called us racists in your newspapers. You have stood on our verges and laughed at us.

From the 1st of next month, any Labour councillor or officer seen at Ledwell Park will be dealt with. We have your names. We have your faces. We have your addresses. This is the only notice you will receive.""")

# S12 non-native, conditional, Gaza
c.add("safety", subject="about your MP and Gaza", sender=P("Yusuf", "Jama", "hotmail.com"),
      tags=(T, "non-native", "conditional", "explicit"),
      body="""Hello the Labour,

I write you because your MP Ben Ashworth he say in newspaper he is "proud" of government on Middle East. Proud! My cousin family in Gaza they are all gone, eleven people. He is proud of this?

I go to his office two time, they say make appointment. I make appointment, they cancel.

I tell you now, if he come to Spital mosque for Eid again like last year for photo, the young men will not let him leave same like he come. I will not stop them. I am not joking. He must not come. Better he stay in London.""")

# S13 chair's tyres slashed with note
c.add("safety", subject="my car last night", sender=P("Keith", "Ambrose"),
      tags=(T, "third-party-report", "explicit", "implicit"),
      body="""Nasreen,

All four tyres on my car slashed overnight on the drive. Under the windscreen wiper, a Labour leaflet from the by-election with my face on it, and across my face in red marker: "NEXT TIME IT WON'T BE THE TYRES".

Police have been, photographed it, taken the leaflet. They think it's connected to the Lathom business or the hotel, or both. I don't know. I'm more worried about Jan than me.

I'll still chair the special GC, but I want two people to walk me out afterwards and I'd rather nobody posts the venue until the day. Don't share this with the whole EC yet.

Keith""")

# S14 stalking by a man at events and at work
c.add("safety", subject="The man with the camera - it's getting worse", sender=P("Layla", "Mensah"),
      tags=(T, "stalking", "third-party-report", "harassment"),
      body="""Nasreen,

You remember I mentioned the man who's been filming at our events since the hotel protests started - the one with the selfie stick and the "Brampton Truth" YouTube channel. I've now counted him at seven of our events since June: the two stalls, the vigil, the GC public session, the county by-election launch, Priya's selection meeting (outside) and Sunday's welcome table.

On Tuesday he was in the car park at Brampton College when I came out of my evening class. He didn't say anything. He filmed me walking to the bus stop and then got on the same bus and sat three rows behind me. I got off two stops early and rang my husband.

His latest video has my name in the title and 11,000 views. The comments include my college and my route home.

I've got a solicitor friend helping me with a harassment complaint to the police. I need the CLP to keep a record of every time he's been at one of our events. Can we talk tomorrow?

Layla""")

# S15 wish-harm toward the defector, from a Labour member
c.add("safety", subject="Barraclough", sender=P("Shane", "Ridgway"),
      tags=(T, "wish-harm", "angry"),
      body="""That rat Barraclough took Labour money and Labour votes for 12 years and walks into Reform the month before the by-election.

I'm not saying I'd do anything, I'm a member, I know the rules. But if some lads on Coldharbour gave him a proper kicking outside the Fox one night I'd hold their coats and buy them a pint after. He's got it coming, and everyone on that estate knows where he drinks.""")

# S16 noisy symbol-broken threat
c.add("safety", subject="tr@itors", sender=("b_pat_88", "b.pat.88@outlook.com"),
      tags=(T, "noisy", "explicit"),
      body="""L@bour tr@itors. U let the h0tel st@y u will p@y. ev3ry 1 of u at that meeting w3 got ur n@mes. sadiq m0ss mensah. k!ll the h0tel or w3 k!ll ur c@mpaign and th@ts not all. h u r t is coming""")

# S17 pile-on report from councillor
c.add("safety", subject="Video gone viral - need support", sender=("Cllr Imran Sadiq", "imran.sadiq.cllr@bramptonledwelllabour.org.uk"),
      tags=(T, "pile-on", "third-party-report", "harassment", "doxxing"),
      body="""Nasreen,

A 40-second clip of my speech at the counter-protest has been cut (they've taken out "peaceful" and "all communities") and put on TikTok and X by a national account. It has about 900,000 views. Since last night I have had over 400 messages, email and social. Most are just abuse. About twenty say they'll "see me at my surgery" on Saturday at Spital library. Several give the address of my parents' shop on Spital Road and say it "would be a shame if it burned". One has a photo of my daughter's school uniform with the logo circled.

I've closed my accounts. The police have a log number. I'm not going to do Saturday's surgery.

I'd like the CLP to: (1) put out a statement, (2) cancel anything public I'm down for this week, (3) tell the branch not to engage with any of it online. I'm OK. I'll phone you later.

Imran""")

# S18 threat embedded in a "motion" submission
c.add("safety", also=["procedural"], subject="Motion - no confidence in the Chair", sender=P("Wayne", "Brittain"),
      tags=(T, "embedded", "conditional"),
      body="""Dear Secretary,

Please place the following on the agenda of the special GC.

"This GC has no confidence in the Chair, Keith Ambrose, in light of his handling of the Market Cross selection and the suspension of Cllr Fenwick, and calls on him to resign."

Proposer: Wayne Brittain. Seconder: to follow.

I've been told the EC will try to rule this out of order like they did the last one. If they do, some of us won't bother with motions any more. We'll settle it with Keith in the car park afterwards, the old way, and he can rule that out of order.

W. Brittain
Northgate""")

# S19 political warning re vigils
c.add("safety", subject="Market Square vigils", sender=("Brampton First", "bramptonfirst@gmail.com"),
      tags=(T, "veiled", "conditional"),
      body="""A message for Brampton Labour and your councillors who stand at the Saturday "vigil" in the Market Square every fortnight.

The vigils will stop. Either your councillors stop going, or they will be stopped. How that happens is your choice, not ours. We've been patient. People know what Cllr Sadiq drives and what time he leaves the square.

Consider this the polite version.""")

# S20 list post: veiled threat at the informant
c.add("safety", subject="[BL-members] Re: Gail", sender=P("Darren", "Pickering"),
      headers=c.list_headers("BL-members", domain="lists.bramptonledwelllabour.org.uk"),
      tags=(T, "list", "veiled", "quoted"),
      body=c.quote_reply(
          """Fine words Colin. I'll be less polite.

Somebody in this CLP screenshotted a private group and sold Gail out to the Advertiser. We'll find out who. It's a small town and people talk. And when we do find out, whoever it is should think very carefully about walking round Northgate on their own. That's not a threat, it's just how things are round here.""",
          """All, the special GC has been requisitioned by four branches. Whatever your view on Gail's suspension, please keep it civil on this list. Colin""",
          quoted_from="Colin Marchant <colin.marchant@talktalk.net>", style="gmail"))

c.write()
