"""train/tc4: queries, part 2 (Hatherley CLP). All content hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tc4", seed=1304)
P = c.person

# 1 long new-member email with numbered questions
c.add("query", subject="New member - a few (ok, lots of) questions", sender=P("Emma", "Rose"),
      tags=("joining", "long", "meetings", "volunteering"),
      body="""Hi Priya,

I hope you don't mind me emailing you directly - your address was on the welcome email. I joined the party three weeks ago after years of meaning to, and I've realised I know almost nothing about how it works locally. I've tried the website but it seems to assume you already know what a GC is! So here goes, and please feel free to answer in one line each or point me somewhere:

1. I live on Sycamore Avenue (HT3 postcode). Which branch am I in, and when does it meet? Is it the same as my council ward?

2. What's the difference between a branch meeting and the GC? Can any member go to the GC, or is it delegates only?

3. I work shifts (I'm a paramedic) so I'll miss a lot of evening meetings. Are any of them online or hybrid? Are there minutes I can read afterwards?

4. I'd like to help with the campaign but I'm nervous about knocking on doors. Is there something I could start with - leaflet delivery, maybe? How do I find out when sessions are?

5. I saw there's a health policy forum mentioned on the national site. Is there anything like that locally? Given my job I'd be interested in anything to do with the NHS, the ambulance service, A&E waits at Hatherley General...

6. Is there a Labour group at work / for NHS staff, or is that the union's job? I'm in Unison.

7. Are there any socials? It would be nice to meet people before walking into a formal meeting on my own.

8. Finally - I put "standard rate" when I joined but I'm not sure if there's a rate for people in the NHS or public sector. Is it worth checking?

Sorry, that turned into an essay. Thank you so much for all you do - I know it's all volunteers.

Best wishes,
Emma Rose""")

# 2 bring a guest to Christmas social
c.add("query", subject="Plus one for Christmas social?", sender=P("Lee", "Campbell"),
      tags=("events", "guests", "short"),
      body="Hi Priya, can I bring my husband to the Christmas social on the 13th? He's not a member but he'll eat his body weight in mince pies and buy a raffle ticket. Lee")

# 3 parking
c.add("query", subject="Parking at Millbrook Community Centre", sender=P("Terry", "Walker"),
      tags=("meetings", "access"),
      body="""Hello

Is there parking at the Millbrook Community Centre for the GC, or do I need to use the pay and display on Mill Lane? I've a blue badge if that helps.

Terry Walker""")

# 4 double payment refund
c.add("query", subject="Charged twice in October", sender=P("Shaun", "Patel"),
      tags=("dues", "finance"),
      body="""Hi,

My bank statement shows two payments of £5.21 to "LABOUR PARTY MEMBERSHIP" on 1 October and 3 October. I think the first one bounced from my old account and the second one went through but now both have gone out? Is that something you can sort or do I need to call the national membership team? Not a big deal, just want to make sure I'm not paying double every month.

Shaun""")

# 5 student rate
c.add("query", subject="Student rate?", sender=P("Bilal", "Ahmed"),
      tags=("dues", "students", "short"),
      body="Hello, I'm doing a PGCE at Hatherley Uni. Am I eligible for the student/reduced rate or is that only for undergrads? Thanks Bilal")

# 6 old minutes
c.add("query", subject="Old GC minutes", sender=P("Joseph", "Lloyd"),
      tags=("minutes", "history"),
      body="""Dear Priya,

I'm researching the history of the CLP's campaign against the closure of Hatherley Colliery for a talk at the local history society. Do the CLP's minutes from the 1980s still exist anywhere? I wondered whether they'd been deposited at the county archive, or whether someone has a box in their loft.

With thanks,
Joe Lloyd""")

# 7 polling day driver
c.add("query", subject="Driving on polling day", sender=P("Graham", "Bell"),
      tags=("volunteering", "election"),
      body="I've got a 7-seater and a free day on polling day next May. Could I be useful giving lifts to the polling station for people who need one? How does that work - is there a list, and is it allowed? Graham")

# 8 can't walk far - static stall
c.add("query", subject="Campaigning when you can't walk far", sender=P("Maureen", "Hall"),
      tags=("volunteering", "access", "campaign"),
      body="""Hello dear,

I'm 77 and I'd like to do my bit for the elections but my legs won't do the stairs on the Westcombe flats any more. Are there street stalls I could sit at, or envelope-stuffing afternoons, or anything like that?

Maureen Hall""")

# 9 webform: how do I join
c.add("query", subject="New submission - Get involved", sender=c.form_robot(),
      reply_to=("Tomasz Nowak", "tomasz.nowak88@gmail.com"), tags=("webform", "joining", "public"),
      body=c.webform({
          "First name": "Tomasz",
          "Last name": "Nowak",
          "Email": "tomasz.nowak88@gmail.com",
          "Phone": "07700 900 233",
          "I'm interested in": "Joining the party, Volunteering",
          "Anything else?": "I have lived in Northgate 11 years. Can I join even if I am Polish citizen? And do I join on national website or with you?",
      }, form="Get involved"))

# 10 webform: which ward
c.add("query", subject="Website contact form: Which ward?", sender=c.form_robot(),
      reply_to=("Val Jenkins", "valjenkins@sky.com"), tags=("webform", "which-ward"),
      body=c.webform({
          "Your name": "Val Jenkins",
          "Your email": "valjenkins@sky.com",
          "Postcode": "HT6 3LR",
          "Your message": "hi which ward is Brook Lane in, we're on the far end near the canal bridge and the leaflets we get are for two different ones!! who are our councillors",
      }, form="Get in touch"))

# 11 moving away, transfer
c.add("query", subject="Moving to Sheffield", sender=P("Rhys", "Morgan"),
      tags=("transfer", "membership"),
      body="""Hi Priya,

Sad news - I'm moving to Sheffield for a new job in January. How do I transfer my membership to the CLP there? Is it automatic when I change my address, or do I need to tell someone? Also, I'm currently treasurer of Canal Side branch - what do I need to do before I go to hand over properly?

Rhys""")

# 12 conference delegate, also procedural
c.add("query", also=["procedural"], subject="Annual conference delegate - how is it decided?",
      sender=P("Harpreet", "Kaur"), tags=("delegates", "conference"),
      body="""Hi Priya,

I'd love to go to annual conference next year as the CLP's delegate. How is the delegate chosen - is it at the AGM, or a separate GC ballot? When do nominations open, and do I need to be nominated by a branch? Also does the CLP help with costs, as I couldn't afford the hotel on my own?

Thanks,
Harpreet""")

# 13 URGENT Christmas social tickets
c.add("query", subject="URGENT: Christmas social tickets", sender=P("Sandra", "Thomas"),
      tags=("confuser", "query-with-urgent", "events", "tickets"),
      body="""Hi Priya

Are there any tickets left for the Christmas social on the 13th? Want to get 6 for our table before they go. Can pay by bank transfer whenever suits.

Sandra""")

# 14 URGENT change of email
c.add("query", subject="URGENT - change of email address", sender=P("Alan", "Wright"),
      tags=("confuser", "query-with-urgent", "membership"),
      body="""Please update my email address from alan.wright@hatherleybc-old.net to this one. My old work address will stop working when I retire at Christmas. Is this something you can do or do I do it on Membersnet?

Many thanks
Alan Wright""")

# 15 URGENT photo ID
c.add("query", subject="Urgent: photo ID for voting", sender=P("Sadia", "Begum"),
      tags=("confuser", "query-with-urgent", "election"),
      body="""Salaam Priya,

Quick one, my mum has asked me to find out. Does she need photo ID to vote in the council elections in May? She doesn't have a passport or driving licence, only her bus pass. If she needs something else how does she get it?

Thank you,
Sadia""")

# 16 URGENT standing order
c.add("query", subject="URGENT QUESTION ABOUT MY STANDING ORDER", sender=P("Brian", "Hughes", "aol.com"),
      tags=("confuser", "query-with-urgent", "dues", "elderly"),
      body="""DEAR PRIYA

I STILL PAY MY SUBS BY STANDING ORDER AT THE BANK, £48 A YEAR IN JANUARY. THE BANK LADY SAID THE PARTY WANTS DIRECT DEBIT NOW. DO I HAVE TO CHANGE IT OR CAN I CARRY ON AS BEFORE. NO RUSH, WHENEVER YOU HAVE A MINUTE.

BRIAN HUGHES
FOXHILL""")

# 17 complaint as query: AGM during Diwali
c.add("complaint", also=["query"], subject="AGM date",
      sender=P("Rajesh", "Patel"), tags=("confuser", "complaint-as-query", "agm"),
      body="""Hi Priya,

Is there a reason the CLP AGM has been set for the Friday of Diwali? I raised at the last GC that the date clashes and was told it would be looked at. It hasn't moved. A large number of our Northgate members - including two officers - will not be able to attend, and several of them want to stand for election.

I'd appreciate knowing whether anyone considered this.

Rajesh""")

# 18 complaint as query: sarcastic "how many emails"
c.add("complaint", also=["query"], subject="Question", sender=P("Nicola", "Fletcher"),
      tags=("confuser", "complaint-as-query", "ignored", "sarcastic"),
      body="Out of interest, how many times does a member have to email the CLP before getting a reply? I'm on five now (about the canvassing rota, since August). Just trying to work out whether I'm nearly there.\n\nNicola")

# 19 shouting but just a query
c.add("query", subject="WHERE IS THE ZOOM LINK", sender=P("Derek", "Taylor"),
      tags=("confuser", "query-angry-tone", "online", "meetings"),
      body="""WHERE is the link for the policy forum on the 28th?? I've looked on the website, facebook and every email since September and cant find it anywhere!!! am I going mad

Derek""")

# 20 casework contacting MP
c.add("query", subject="Mum's carer's allowance", sender=P("Kelly", "Ward"),
      tags=("casework", "mp"),
      body="""Hi,

I'm a member in Millbrook. My mum's carer's allowance has been stopped because DWP say she earned £3 over the limit two years ago and now they want £4,000 back. She's in bits. Can Dawn's office help with things like this? What's the best way to get in touch - email, phone or the surgery? And what information will they need?

Kelly""")

# 21 two boards on corner house
c.add("query", subject="Boards", sender=P("Neil", "Robinson"),
      tags=("boards", "campaign", "short"),
      body="We're on a corner plot (Westcombe Rd / Holly Way) - could we have two stake boards, one for each side? We had one last time and people stopped us to chat about it. Neil & Sue")

# 22 shop window poster
c.add("query", subject="Poster for the shop", sender=P("Imran", "Malik"),
      tags=("posters", "campaign"),
      body="""Hello

I own the newsagent on Northgate Parade. Happy to have a poster for the Northgate candidate in the window when the time comes. Who should I speak to? Also could I have a few leaflets for the counter?

Imran
Northgate News""")

# 23 Somali speaker
c.add("query", subject="meeting with councillor for somali community", sender=P("Amina", "Warsame"),
      tags=("non-native", "councillor", "meetings"),
      body="""Asc Priya

I am volunteer at Northgate Somali Women Group. Our women they want to ask the Labour councillor about school places and the buses to the hospital. We can have the meeting in our centre on Saturday morning any week, we make tea and sambusa. How we can arrange this? Who I must call?

Thank you very much sister
Amina Warsame
07700 900 518""")

# 24 Portuguese speaker, pre-settled status
c.add("query", subject="Can I join Labour with pre-settled status?", sender=P("Giulia", "Santos"),
      tags=("non-native", "joining"),
      body="""Hello,

I am from Brazil but I have Portuguese passport and I live in UK since 2022 with pre-settled status. I want to know if I can join the Labour Party and if I can participate in the meetings and vote in the internal elections. I search in internet but the informations are confusing.

Also I work in a care home and the hours are difficult, so maybe I can help with things online?

Obrigada,
Giulia Santos""")

# 25 observe GC
c.add("query", subject="Observing the GC", sender=P("Sean", "Foster"),
      tags=("meetings", "gc"),
      body="Hi Priya - I'm not a delegate but would like to sit in on a GC to see how it works. Are observers allowed? Do I need to let someone know in advance? Thanks, Sean")

# 26 hybrid branch
c.add("query", subject="Hybrid option for St Anne's?", sender=P("Jacqueline", "Owen"),
      tags=("meetings", "online"),
      body="""Hello Priya,

Does the St Anne's branch have any way of joining meetings online now? I'm working in Manchester three nights a week until March and would love to keep up. Even a phone line on speaker would do.

Jacqueline""")

# 27 childcare reimbursement form
c.add("query", subject="Claiming childcare for GC", sender=P("Chloe", "Evans"),
      tags=("childcare", "finance"),
      body="""Hi Priya,

I was told at my first GC that the CLP reimburses childcare for delegates. How do I claim - is there a form, and do I need receipts from the babysitter? She's my neighbour's daughter so I just pay her cash.

Thanks,
Chloe""")

# 28 Labour Women's Network mentoring
c.add("query", subject="Mentoring for women thinking of standing", sender=P("Jasmine", "Khan"),
      tags=("women", "selection"),
      body="Hi, is there any mentoring locally for women who are thinking about standing for the council? I've heard of the Labour Women's Network programme but wondered if the CLP does anything itself. Jasmine")

# 29 preferred name / pronouns on Membersnet - dp-adjacent query
c.add("query", subject="Updating my name on the membership system", sender=P("Alex", "Morris"),
      tags=("membership", "confuser", "dp-adjacent"),
      body="""Hi Priya,

I've changed my name by deed poll (I'm trans, and I'm now Alex rather than my old name). Membersnet lets me change my email and address but not my name. How do I get it updated? And could the branch attendance lists and GC papers use Alex from now on? Thank you!

Alex""")

# 30 donation - what details needed
c.add("query", subject="Making a donation", sender=P("Richard", "Baker"),
      tags=("finance", "donations"),
      body="""Dear Priya,

I'd like to give the CLP £500 towards the May campaign, in memory of my father who was a member for fifty years. What's the best way to do it, and do you need my address or anything else for the records? I understand there are rules about donations to parties. Also - is it possible for it to be earmarked for the Foxhill campaign specifically?

Richard Baker""")

# 31 borrow the gazebo
c.add("query", subject="Gazebo?", sender=P("Pauline", "Jones"),
      tags=("events", "equipment", "short"),
      body="Does the CLP still have the red gazebo? Brindley Park branch would like to borrow it for the community fun day on 7 June. Who's got it? Pauline")

# 32 quoted follow-up
c.add("query", subject="Re: Political education evening", sender=P("Ngozi", "Adeyemi"),
      tags=("quoted-reply", "events"),
      body=c.quote_reply(
          "Thanks Priya! What time does it finish, roughly? I need to get the last bus back to Westcombe at 9.40.",
          """Hi Ngozi,

Yes, the political education evening on the history of the NHS is open to all members - Thursday 20th, 7pm at the Trades Club, Carver Street. No need to book.

Best,
Priya""", style="outlook"))

# 33 forwarded invite - is this legit Labour?
c.add("query", subject="Fwd: Invitation - Hatherley Progressive Forum", sender=P("Gwen", "Parry"),
      tags=("forwarded", "events"),
      body=c.forward(
          "Hi Priya, I got this out of the blue. Is this an official Labour thing? I don't recognise the name and don't want to go to something I shouldn't. Gwen",
          """Dear Labour member,

You are warmly invited to the launch of the Hatherley Progressive Forum, a space for Labour members and friends to discuss the future of our town. Speakers include local activists and a special guest from a national campaign group.

Tuesday 18th, 7.30pm, The Fleece (upstairs room). Refreshments provided.

RSVP to this email.
The Organising Team""",
          "Hatherley Progressive Forum <hpf.organisers@gmail.com>", "Invitation - Hatherley Progressive Forum"))

# 34 list post question, also bulk
c.add("query", also=["bulk"], subject="[Hatherley-members] Is Saturday's canvass still on?",
      sender=P("Colin", "Davies"), headers=c.list_headers("Hatherley-members"),
      tags=("list", "canvassing"),
      body="""Hi all,

Forecast for Saturday is looking grim (yellow warning for rain). Is the Millbrook canvass still going ahead, or will there be a call in the morning? Happy to go either way, just don't want to drive over for nothing.

Colin

_______________________________________________
Hatherley-members mailing list
To unsubscribe send an email to hatherley-members-leave@lists.example-labour.org.uk""")

# 35 councillor asks which GC for budget
c.add("query", subject="Budget consultation at GC", sender=("Cllr Anita Desai", "anita.desai@hatherleybc.gov.uk"),
      tags=("councillor", "gc", "budget"),
      body="""Hi Priya,

The cabinet would like to bring the draft budget proposals to members before they go out to public consultation. Which GC would that fit best - December or January? And how much time could we realistically have, 20 minutes plus questions?

Thanks,
Anita""")

# 36 MP's caseworker asks for event dates
c.add("query", subject="Dates for Dawn's diary", sender=("Holly Brennan (Office of Dawn Ashworth MP)", "holly.brennan@parliament.example.uk"),
      tags=("mp-office", "diary"),
      body="""Hi Priya,

Hope you're well. I'm putting together Dawn's constituency diary for January to March. Could you send me the dates of the GCs, any branch AGMs she should drop into, and the date of the annual dinner if it's been fixed?

Many thanks,
Holly

Holly Brennan | Senior Caseworker | Office of Dawn Ashworth MP
Constituency office: 21 Peel Street, Hatherley
This email is intended only for the named recipient.""")

# 37 journalist question
c.add("query", subject="Selection timetable - Hatherley Echo", sender=("Tom Ellery", "t.ellery@hatherleyecho.example.co.uk"),
      tags=("press",),
      body="""Hi Priya,

Tom from the Echo here. Could you confirm when the CLP expects to select its candidates for the Millbrook and Foxhill council seats? We're doing a preview piece on the May elections for next week's paper. Happy to attribute to "a party spokesperson" if you'd prefer.

Thanks,
Tom Ellery
Local Democracy Reporter, Hatherley Echo""")

# 38 neighbouring CLP secretary asks to borrow boards
c.add("query", subject="Borrowing stake boards", sender=P("Gareth", "Jenkins"),
      tags=("boards", "other-clp"),
      body="""Hi Priya,

Gareth here, secretary over in Aldwick & Farley. We've got a county by-election on the 6th and the printer's let us down on boards. I don't suppose Hatherley has any spare blank stake boards and stakes we could borrow? We'd return them (and the favour).

Cheers,
Gareth""")

# 39 venue confirming numbers
c.add("query", subject="AGM room booking - numbers", sender=("Millbrook Community Centre", "bookings@millbrookcc.example.org.uk"),
      tags=("venue", "agm"),
      body="""Dear Priya,

Just checking the booking for the main hall on Saturday 6 December (AGM, 10am-1pm). Could you let us know expected numbers and whether you'll need the kitchen and the PA? We'll set out the chairs accordingly.

Kind regards,
Julie
Bookings, Millbrook Community Centre""")

# 40 membership of another group OK?
c.add("query", subject="Is it ok to be in another group?", sender=P("Owen", "Lewis"),
      tags=("membership", "rules"),
      body="Random question but is it allowed to be a member of the Labour party and also a member of a campaign group like a tenants union or a climate group? Don't want to get myself in trouble. Owen")

# 41 polling station
c.add("query", subject="polling station", sender=P("Tracey", "Wilson"),
      tags=("election", "short"),
      body="where will my polling station be for may, I moved to Canal Side from Foxhill. thanks tracey")

# 42 large print
c.add("query", subject="Large print", sender=P("Peter", "Young"),
      tags=("access", "elderly"),
      body="""Good afternoon,

My mother, who is 92 and still a very proud member, has macular degeneration. Do you have the newsletter or leaflets in large print, or could they be sent as a PDF I could enlarge for her?

With thanks,
Peter Young""")

# 43 quorum if online, also procedural
c.add("query", also=["procedural"], subject="Online AGM - quorum?", sender=P("Stephen", "Thomas"),
      tags=("agm", "rules"),
      body="""Priya,

Canal Side branch is thinking of holding its AGM online this year. Do members joining by Zoom count towards quorum? And can officer elections be done by Zoom poll, or does it have to be a secret ballot via some other tool?

Stephen
Branch Chair""")

# 44 dress code
c.add("query", subject="dinner dress code?", sender=P("Jade", "Collins"),
      tags=("events", "short"),
      body="is the annual dinner black tie or is smart casual ok? dont want to turn up in jeans if everyones in a ballgown x")

# 45 lost key fob
c.add("query", subject="Office key fob", sender=P("Marcus", "Leigh"),
      tags=("office", "keys"),
      body="""Priya, I've managed to lose my fob for the Peel St office. I'm not in again until next Wednesday so no rush, but who holds the spares? And is there a charge for a replacement? Marcus""")

# 46 can branch see member list - dp-adjacent
c.add("query", also=["data-protection"], subject="Contacting members in the branch", sender=P("Hazel", "Price"),
      tags=("confuser", "dp-adjacent", "branch"),
      body="""Hi Priya,

I've just been elected social secretary for Brindley Park. I'd like to send everyone in the branch an invite to a Christmas drinks. Can I have a list of members' emails and addresses? Or is there a rule about that? I don't want to break any data rules, just want to get people along.

Hazel""")

# 47 Punjabi-English, Vaisakhi stall
c.add("query", subject="Vaisakhi mela and Labour stall", sender=P("Harpreet", "Singh"),
      tags=("non-native", "events"),
      body="""Sat Sri Akal ji,

Every year Guru Nanak Gurdwara Northgate is doing Vaisakhi mela in April in the park. Last year Labour party have the stall and councillors came, sangat was very happy. This year committee is asking, Labour will come again? Also, the committee is thinking maybe to do hustings for the May election inside the gurdwara hall, all parties. Is it possible? Who we can speak?

Thanking you
Harpreet Singh (Secretary, Gurdwara committee)""")

# 48 volunteer if not member
c.add("query", subject="Non-member volunteering", sender=P("Dan", "Wood"),
      tags=("volunteering", "non-members"),
      body="Hi - I'm not a member (my job means I have to stay politically neutral on paper) but I'd like to help deliver leaflets on my own street. Is that allowed? Dan")

# 49 women-only canvassing
c.add("query", subject="Women-only canvass sessions?", sender=P("Fatima", "Hussain"),
      tags=("canvassing", "women"),
      body="""Hi Priya,

Do any of the branches run women-only canvassing sessions? A few of the women from my mosque would like to get involved but would feel more comfortable in an all-women group, at least to start with.

Fatima""")

# 50 carer - daytime meetings
c.add("query", subject="Any daytime meetings?", sender=P("Lorraine", "Parker"),
      tags=("meetings", "access", "carer"),
      body="""Hello,

I'm a full-time carer for my husband and evenings are impossible (bedtime routine). Are there any daytime CLP or branch meetings, or daytime activities I could join? I'd love to be more involved.

Lorraine Parker""")

# 51 stand for branch secretary after 6 months
c.add("query", subject="Can I stand for branch secretary?", sender=P("Kwame", "Owusu"),
      tags=("rules", "branch", "agm"),
      body="Hi Priya - our branch AGM is in January and I've been asked to stand for secretary. I've only been a member since June. Is there a minimum membership period for branch officers? Thanks, Kwame")

# 52 social media code of conduct
c.add("query", subject="Branch Facebook page - any rules?", sender=P("Sophie", "Gill"),
      tags=("social-media", "rules"),
      body="""Hi Priya,

I've just taken over admin of the Foxhill branch Facebook page. Is there a CLP or national code of conduct for what we can post? E.g. can we share council news, criticise other parties, post photos of members canvassing (do we need their permission)? Want to get it right from the start.

Sophie""")

# 53 reduced rate for retired
c.add("query", subject="retired rate", sender=P("Tony", "Evans"),
      tags=("dues",),
      body="Hello, I retired last month. Is there still a reduced rate for retired members, and how much is it? Do I have to apply or does it change automatically? Tony Evans (Westcombe)")

# 54 street stall outside Tesco
c.add("query", subject="Street stall - permission?", sender=P("Zainab", "Shah"),
      tags=("campaign", "events"),
      body="""Hi Priya,

Northgate branch would like to do a monthly Saturday street stall outside the Tesco on Northgate Road. Do we need permission from the council, from Tesco, or both? Is there anything about insurance the CLP needs to know? We have a pasting table and a lot of enthusiasm.

Zainab""")

# 55 is this email genuine? phishing check
c.add("query", subject="Is this genuine?", sender=P("Margaret", "Collins"),
      tags=("confuser", "phishing-check", "membership"),
      body=c.forward(
          "Priya, I got this today. It looks a bit odd to me - the address isn't labour.org.uk. Is it real? I haven't clicked anything. Margaret",
          """Dear Member,

Our records show your Labour membership payment has FAILED. To avoid suspension of your membership please verify your card details within 24 hours using the secure link below.

>> VERIFY MEMBERSHIP NOW <<

Labour Membership Services""",
          "Labour Membership Services <membership@labour-renewals-uk.example.com>", "Action required: membership payment failed"))

# 56 Gaza vigil - is CLP attending
c.add("query", subject="Vigil on Sunday", sender=P("Yusuf", "Hussain"),
      tags=("events", "foreign-policy"),
      body="""Hi,

There's an interfaith vigil for the civilians killed in Gaza and Israel this Sunday at 4pm in Victoria Gardens. Will the CLP or any of the councillors be attending? Some of us would like to go as Labour members and wondered if there's a banner or if we should just go as individuals.

Yusuf""")

# 57 sarcastic genuine question, also complaint
c.add("query", also=["complaint"], subject="Westcombe branch - does it exist?", sender=P("Pat", "Jones"),
      tags=("confuser", "complaint-as-query", "branch"),
      body="""Is there actually still a Westcombe branch or did I dream it? I've not had a meeting notice since March. If it's been merged with somewhere, could someone tell me where and when it meets now? I'd like to go to something before I forget what a meeting looks like.

Pat""")

# 58 complaint-as-query labelled complaint
c.add("complaint", also=["query"], subject="A polite question about the candidate meeting",
      sender=P("Gemma", "Stewart"), tags=("confuser", "complaint-as-query", "selection"),
      body="""Dear Priya,

May I ask, politely, who decided that only members of the EC would be invited to meet our new parliamentary candidate on Friday? I only found out because a friend on the EC mentioned it. Most of us have been delivering for her all summer and would have liked to say hello too.

I'm sure there's a reason, and I'd be glad to hear it, but I think a lot of members will be disappointed when they find out.

Regards,
Gemma Stewart""")

# 59 one-liner membership number
c.add("query", subject="membership no", sender=P("Ryan", "Hall"),
      tags=("membership", "short"),
      body="lost my card whats my membership no? need it for the regional training thing. cheers")

# 60 book club / social
c.add("query", subject="Any social stuff?", sender=P("Lucy", "Turner"),
      tags=("events", "socials"),
      body="""Hey,

Is there anything social that happens in the CLP outside meetings? Book club, pub quiz, walks, anything? I've just moved here and don't know anyone and meetings are a bit intimidating as a first step.

Lucy""")

# 61 receipt for donation
c.add("query", subject="Receipt", sender=P("Michael", "Green"),
      tags=("finance", "donations", "short"),
      body="Hi Priya, could I have a receipt for the £100 I gave at the summer fair bucket collection? Need it for my own records. Thanks, Mike Green")

# 62 watching the count
c.add("query", subject="Can members watch the count?", sender=P("Hannah", "Lewis"),
      tags=("election",),
      body="""Hi,

Can ordinary members go to the count in May, or is it only candidates and agents? I've always wanted to see one. If you need to be appointed as something, what do I need to do and when?

Hannah""")

# 63 LGBT+ group
c.add("query", subject="LGBT+ Labour locally?", sender=P("Jamie", "Owens"),
      tags=("networks",),
      body="Hi! Is there an LGBT+ Labour group or officer in Hatherley? Moved here from Brighton where there was a really active one. Would love to get involved or help set one up if not. Jamie (he/him)")

# 64 "unallocated" branch
c.add("query", subject="'Unallocated' on Membersnet", sender=P("Adam", "Foster"),
      tags=("membership", "which-branch"),
      body="""Hello,

My Membersnet profile says Branch: Unallocated. What does that mean and how do I get put in one? My address is 3 Kingfisher Way, HT2 - I think it's Canal Side but I'm not sure.

Adam Foster""")

c.write()
