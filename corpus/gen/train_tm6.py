"""train / tm6: ordinary mail from campaign and party life — canvassing, stalls, leaflets,
hustings, counts, selections, budget and planning business, welcome groups, members and
robots. No threats here. Written by hand."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tm6", seed=2606)
SEC_NAME, SEC_ADDR = c.secretary()
SEC = SEC_NAME.split()[0]

# 1 ---------------------------------------------------------------------------------------
c.add("query", subject="Canvassing in a wheelchair",
      sender=c.person("Deepak", "Sharma", provider="gmail.com"),
      body=f"""Hi {SEC},

I'd like to get involved in the canvassing for May but I use a wheelchair, so steps and steep paths are a problem. Is there a session that's mostly flats with lifts, or terraced streets without front steps? Alternatively I'm very happy to do phone banking or data entry if that's more useful.

Deepak""",
      tags=("ordinary",))

# 2 ---------------------------------------------------------------------------------------
c.add("query", subject="stall rota swap",
      sender=c.person("Linda", "Moore"),
      body="""Priya, I'm down for the Saturday 11th stall on the precinct but it's my granddaughter's christening. Could I swap to the 18th? Or if you'd rather, Jackie says she'll swap with me. Linda""",
      tags=("ordinary",))

# 3 ---------------------------------------------------------------------------------------
c.add("urgent", subject="Tonight's Ashfield branch meeting - room double booked",
      sender=c.person("Rob", "Ellis", provider="outlook.com"),
      body="""Priya - just had a call from the community centre. They've double-booked the small hall tonight with a Zumba class and Zumba got in first. We've been moved to the Scout hut on Grange Road, same time (7.30).

I've texted the branch but could you put it on the CLP Facebook page and email Ashfield members this afternoon? About 30 usually come.

Rob (Ashfield branch sec)""",
      tags=("ordinary",))

# 4 ---------------------------------------------------------------------------------------
c.add("procedural", subject="Apologies - GC 19th",
      sender=c.person("Margaret", "Jackson"),
      body="""Dear Priya,
Please record my apologies for the General Committee on the 19th, I shall be away visiting my sister in Lytham.
With best wishes,
Margaret Jackson (Hatherley Central branch delegate)""",
      tags=("ordinary",))

# 5 ---------------------------------------------------------------------------------------
c.add("procedural", subject="Nomination - conference delegate",
      sender=c.person("Harpreet", "Gill", provider="hotmail.co.uk"),
      body="""Hi Priya,

I'd like to put myself forward as one of the CLP's delegates to Annual Conference this year. I understand one of the two places has to go to a woman. I've attended twice as a visitor and I've been branch secretary in Millbrook for three years.

Short statement (under the 100 word limit): "I'll report back to every branch within a month of conference, I'll vote the way the GC mandates on the priority ballot, and I'll publish how I voted on every card vote."

Nominated by Millbrook branch on the 4th (minute attached).

Harpreet Gill""",
      tags=("ordinary",))

# 6 ---------------------------------------------------------------------------------------
c.add("procedural", subject="Corrections to the February branch minutes",
      sender=c.person("Colin", "Bailey"),
      body="""Priya, two small corrections to the February branch minutes before they're approved:

Item 3: it was Janet Reid who seconded the motion on the leisure centre, not Janet Reed (different Janet).
Item 6: the date of the Hatherley Mill planning committee is 24 March, not 24 May.

Otherwise fine. Thanks for turning them round so quickly.

Colin""",
      tags=("ordinary",))

# 7 ---------------------------------------------------------------------------------------
c.add("bulk", subject="Invitation: Hatherley CLP Executive Committee",
      sender=("Zoom", "no-reply@zoom.us"), fmt="alt",
      body="""Hi Priya,

Siobhan Walker is inviting you to a scheduled Zoom meeting.

Topic: Hatherley CLP Executive Committee
Time: Tuesday 7:00 PM London

Join Zoom Meeting
https://us02web.zoom.us/j/84400000000

Meeting ID: 844 0000 0000
Passcode: rose26

Add to calendar

Zoom Video Communications, Inc.""",
      tags=("ordinary", "confuser", "robot-no-list-headers"))

# 8 ---------------------------------------------------------------------------------------
c.add("bulk", subject="Out of office: Re: Millbrook ward leaflet",
      sender=("Cllr Jacqueline Fry", "cllr.jacqueline.fry@hatherley.example.gov.uk"),
      headers=c.autoreply_headers("exchange"),
      body="""Thank you for your email. I am on annual leave until Monday 16 March with no access to email.

For urgent casework please contact Members' Services on 01632 960123. For ward matters in Millbrook please contact Cllr Mohammed Ali.

Cllr Jacqueline Fry
Millbrook Ward""",
      tags=("ordinary",))

# 9 ---------------------------------------------------------------------------------------
c.add("bulk", body=None, raw=c.bounce("tony.h.1958@btinternet.com", orig_subject="Canvassing this Saturday - Grange ward"),
      tags=("ordinary",))

# 10 --------------------------------------------------------------------------------------
c.add("query", subject="Submitting a question for the hustings",
      sender=c.person("Amelia", "Ward"),
      body="""Hello,

I saw on Facebook that there's a hustings for the Hatherley by-election at the library on the 26th. Can questions be submitted in advance, or only on the night? I'd like to ask the candidates about the bus services to the hospital but I'm not sure I'll be able to stay late.

Thank you,
Amelia Ward""",
      tags=("ordinary",))

# 11 --------------------------------------------------------------------------------------
c.add("other", subject="news!",
      sender=c.person("Jess", "Oduya", provider="gmail.com"),
      body="""Priya!!

Baby Ada arrived on Tuesday, 7lb 2oz, both doing well 💕 So I'm officially off leaflet duty for a bit - sorry to leave you short for the Grange round. Sam says he'll take my streets.

See you at the count if I can get a babysitter ha

Jess xx""",
      tags=("ordinary",))

# 12 --------------------------------------------------------------------------------------
c.add("complaint", also=["query"], subject="Arrears letter - I've been paying!",
      sender=c.person("Terry", "Harper", provider="yahoo.co.uk"),
      body="""I've had a letter saying I'm six months in arrears and can't vote in the selection. I've paid by direct debit every month since 2009. I've got the bank statements in front of me.

This is the second time this has happened. Last time it took three months to sort out. Can somebody look at it before the selection meeting on the 4th please, because I intend to vote, and can you tell me who I should actually be talking to about this?

Terry Harper
Membership no. L0412877""",
      tags=("ordinary", "confuser", "complaint-as-query"))

# 13 --------------------------------------------------------------------------------------
c.add("data-protection", subject="please remove me",
      sender=c.person("Susan", "Fletcher"),
      body="""Hi, I left the party last year but I'm still getting the branch emails and someone phoned me about canvassing last week. Please take me off all your lists and delete my details, phone number included. Thanks, Susan Fletcher""",
      tags=("ordinary", "confuser", "dp-no-legal-words"))

# 14 --------------------------------------------------------------------------------------
c.add("urgent", subject="Statement on Hatherley Mill decision - needed by 3pm",
      sender=("Ben Rowe", "ben.rowe@hatherleyadvertiser.example.co.uk"),
      body="""Hi Priya,

Ben at the Advertiser. The planning committee approved the Hatherley Mill conversion about an hour ago, 6-3. We're going online with it this afternoon and in print tomorrow.

Would the CLP like to comment, given your councillors split on it? I'd need something by 3pm today.

Ben""",
      tags=("ordinary",))

# 15 --------------------------------------------------------------------------------------
c.add("query", subject="Can members watch the count?",
      sender=c.person("Neil", "Ashworth"),
      body="""Hi,

Is it possible for ordinary members to come and watch the count on the 7th? I've never been to one and I'd love to see it. If it's passes only, how do I get one?

Neil""",
      tags=("ordinary",))

# 16 --------------------------------------------------------------------------------------
c.add("procedural", subject="Motion for GC - two-child limit",
      sender=c.person("Rachel", "Singh", provider="gmail.com"),
      body="""Dear Priya,

Grange branch passed the following motion on Thursday and asks that it be placed on the GC agenda.

"This CLP notes that the two-child limit pushes thousands of children in our constituency into poverty. This CLP calls on the government to scrap it in full at the next fiscal event, and instructs the secretary to write to our MP asking her to make the case publicly."

Proposed: Rachel Singh. Seconded: Olu Adeyemi. Carried 17-2.

Many thanks,
Rachel (Grange branch chair)""",
      tags=("ordinary",))

# 17 --------------------------------------------------------------------------------------
c.add("bulk", subject="New members in your CLP this week",
      sender=("Membership System", "membership-noreply@membersnet.example.org.uk"),
      body="""Hello Priya Nair,

5 new members joined Hatherley CLP in the last 7 days.

Branch breakdown:
  Hatherley Central   2
  Millbrook           1
  Grange              2

View the full list and download contact details in Membersnet > Reports > New Members.

Please remember to send a welcome within 14 days.

This is an automated message. Replies to this address are not monitored.""",
      tags=("ordinary", "confuser", "robot-no-list-headers"))

# 18 --------------------------------------------------------------------------------------
c.add("bulk", subject="Rob Ellis shared \"Grange leaflet FINAL v3\" with you",
      sender=("Dropbox", "no-reply@dropbox.com"), fmt="alt",
      body="""Rob Ellis shared a folder with you

"Grange leaflet FINAL v3"
4 files

"Priya - print-ready PDF and the photos, printer wants it Thursday"

Go to folder

Dropbox, Inc., PO Box 77767, San Francisco, CA 94107""",
      tags=("ordinary",))

# 19 --------------------------------------------------------------------------------------
c.add("other", subject="Booking for 2 nights",
      sender=c.person("Gerald", "Marsh", provider="btinternet.com"),
      body="""Dear Sir/Madam,

I would like to book a double room for two nights, Friday 20th and Saturday 21st March, for myself and my wife. We will be arriving by car at about 6pm. Could you confirm whether you have parking and whether breakfast is included?

Regards,
Gerald Marsh""",
      tags=("ordinary",))

# 20 --------------------------------------------------------------------------------------
c.add("query", subject="which polling station",
      sender=c.person("Fatima", "Bibi"),
      body="""Salam, I moved to Orchard Street in January. Which polling station do I go to now for the by-election? I didnt get a card yet. Thank you""",
      tags=("ordinary",))

# 21 --------------------------------------------------------------------------------------
c.add("procedural", also=["query"], subject="Grange selection - timetable and branch meeting",
      sender=c.person("Olu", "Adeyemi"),
      body="""Priya,

Region have told us the Grange council selection will run in April. Before I call the branch nomination meeting I need to check:
1. Do branches nominate before or after shortlisting this time?
2. Is the hustings a branch meeting or a CLP meeting?
3. Who is the procedures secretary?

I want to give members the 7 days' notice the rules require.

Olu""",
      tags=("ordinary",))

# 22 --------------------------------------------------------------------------------------
c.add("urgent", subject="Polling agent forms - signatures needed by noon tomorrow",
      sender=c.person("Anne", "Wood", provider="gmail.com"),
      body="""Priya,

Electoral Services need the polling agent appointment forms by 12 noon tomorrow. I've got 9 filled in but 4 still need the agent's signature and Gill is in Manchester till late.

Could you sign as the agent's sub-agent tonight if that's allowed, or get them to Gill first thing? They're in the blue folder in the office.

Anne""",
      tags=("ordinary",))

# 23 --------------------------------------------------------------------------------------
c.add("other", subject="Print for your May campaign - 15% off",
      sender=("Darren Cole", "darren@redroseprint.example.co.uk"),
      body="""Hi Priya,

Hope you don't mind me getting in touch directly. I'm Darren, I look after political accounts at Red Rose Print in Oldfield. We do a lot of work for Labour CLPs in the North West - leaflets, posters, direct mail with imprint checks included.

For May we're offering 15% off orders placed before the end of March, plus free delivery within 30 miles. Happy to send samples or pop in for a coffee.

Best,
Darren Cole
Account Manager, Red Rose Print""",
      tags=("ordinary",))

# 24 --------------------------------------------------------------------------------------
c.add("query", subject="DBS for youth volunteers",
      sender=c.person("Callum", "Hughes"),
      body="""Hi Priya,

I'm the new youth officer. A few of the Young Labour members are 15 and 16 and want to canvass. Do the adults who supervise them need a DBS check? Does the party pay for it? And is there a standard consent form for parents?

Callum""",
      tags=("ordinary",))

# 25 --------------------------------------------------------------------------------------
c.add("complaint", subject="Offered to help 3 times",
      sender=c.person("Abdul", "Karim", provider="outlook.com"),
      body="""Hello,

I've now filled in the "get involved" form on the website three times since January, ticking leafleting, canvassing and driving on polling day. Nobody has been in touch. Not once.

I hear people say the party can't find volunteers. Well, here's one. Is anybody actually reading those forms?

Abdul Karim""",
      also=["query"],
      tags=("ordinary", "confuser", "complaint-as-query"))

# 26 --------------------------------------------------------------------------------------
c.add("bulk", subject="Your statement is ready to view",
      sender=("Unity Trust Bank", "noreply@unity.example.co.uk"),
      body="""Dear Customer,

Your monthly statement for the account ending 4417 (HATHERLEY CONSTITUENCY LABOUR PARTY) is now available to view in Internet Banking.

For your security, we will never ask you for your password or security codes by email.

Unity Trust Bank
This is an automated email. Please do not reply.""",
      tags=("ordinary", "confuser", "robot-no-list-headers"))

# 27 --------------------------------------------------------------------------------------
c.add("procedural", subject="Draft CLP response to the council budget consultation",
      sender=c.person("Siobhan", "Walker"),
      body="""Priya,

Attached is my draft of the CLP's response to the council's budget consultation for the EC to approve on Tuesday. Key points:

- Support for protecting adult social care and the homelessness budget
- Opposition to the proposed cut in opening hours at Millbrook and Grange libraries
- A request that the council publishes an equality impact assessment for the parking charges
- Support for the 4.99% council tax rise, with a strong council tax support scheme

Consultation closes on the 28th, so it needs EC sign-off this week.

Siobhan (chair)""",
      tags=("ordinary",))

# 28 --------------------------------------------------------------------------------------
c.add("query", subject="bringing my son to the stall",
      sender=c.person("Gemma", "Price"),
      body="""Hi, my son is 14 and doing a school project on local democracy. Would it be OK for him to come and help on the stall on the precinct on Saturday with me? He's polite and he'll hand out stickers! Gemma""",
      tags=("ordinary",))

# 29 --------------------------------------------------------------------------------------
c.add("other", subject="Sad news - Eddie Walsh",
      sender=c.person("Jean", "Walsh", provider="talktalk.net"),
      body="""Dear Priya,

I'm writing to let the party know that my husband Eddie passed away on Sunday, peacefully, at home. He was a member for 58 years and I think he went to more GCs than anyone in Hatherley. He'd want me to tell you that he posted his ballot for the Grange selection last week.

The funeral is at the crematorium on the 14th at 11am. Members are very welcome. He asked for the Red Flag.

Jean Walsh""",
      tags=("ordinary",))

# 30 --------------------------------------------------------------------------------------
c.add("procedural", subject="AGM - nominations for officers",
      sender=c.person("Mohammed", "Ali"),
      body="""Priya,

Nominations from Millbrook branch for the CLP AGM:

Chair: Siobhan Walker (re-standing)
Vice-chair campaigns: Rob Ellis
Treasurer: Anne Wood
Youth officer: Callum Hughes
Trade union liaison: Mohammed Ali

All five have confirmed they're willing to stand.

Mohammed""",
      tags=("ordinary",))

# 31 --------------------------------------------------------------------------------------
c.add("query", subject="Hatherley Mill planning - date?",
      sender=c.person("Paula", "Stone"),
      body="""Hello, do you know when the Hatherley Mill flats are going to planning committee? I'd like to go and listen. I live opposite. Is it open to the public? Thanks, Paula Stone""",
      tags=("ordinary",))

# 32 --------------------------------------------------------------------------------------
c.add("bulk", subject="[Hatherley Welcome] March update: English conversation café and coat drive",
      sender=("Hatherley Refugee Welcome", "welcome@lists.hatherleywelcome.example.org.uk"),
      headers=c.list_headers("Hatherley Refugee Welcome", domain="lists.hatherleywelcome.example.org.uk"),
      body="""Hello everyone,

Thank you to the 40 people who came to the conversation café at St Mark's last Tuesday. We now run every Tuesday, 2-4pm.

The coat drive runs until 31 March. Drop-off at St Mark's or the Millbrook library.

We're still looking for volunteers who can help with GP registrations and school places. Training on the 12th.

With thanks,
Hatherley Refugee Welcome steering group

To unsubscribe, reply with "unsubscribe" in the subject line.""",
      tags=("ordinary",))

# 33 --------------------------------------------------------------------------------------
c.add("query", subject="volunteering with the families at the hotel",
      sender=c.person("Sally", "Moss"),
      body="""Hi Priya,

I'd like to volunteer with the families staying at the hotel on Station Road. I'm a retired primary teacher and could help with the children's reading. Does the CLP have any links with the groups who organise this, or should I contact them directly?

Sally Moss""",
      tags=("ordinary",))

# 34 --------------------------------------------------------------------------------------
c.add("urgent", subject="MP's surgery tomorrow - library flooded",
      sender=("Kate Brennan", "kate.brennan@mp-office.example.uk"),
      body="""Hi Priya,

Burst pipe at Millbrook library overnight and they're closed until further notice. The MP's surgery tomorrow 10-12 will now be at the Grange community centre, same times.

We've phoned everyone with an appointment. Could the CLP please share on social media today in case anyone was planning to drop in?

Thanks,
Kate
Senior Caseworker""",
      tags=("ordinary",))

# 35 --------------------------------------------------------------------------------------
c.add("procedural", subject="Report from the Local Campaign Forum - 3 March",
      sender=c.person("Anne", "Wood", provider="gmail.com"),
      body="""Report for the GC from the CLP's LCF delegates (Anne Wood, Rob Ellis)

- The LCF confirmed the panel of approved candidates for the May council elections. 4 Hatherley members are on it.
- The draft manifesto consultation runs until 20 March. Branches are invited to submit up to three priorities each.
- The LCF agreed a joint campaign day with Oldfield CLP on 28 March.
- Next meeting 7 April.

Anne""",
      tags=("ordinary",))

# 36 --------------------------------------------------------------------------------------
c.add("data-protection", subject="how did you get my number",
      sender=c.person("Lee", "Rowley"),
      body="""Someone rang me last night from "Hatherley Labour" asking if I'd be voting in the by-election. I'm not a member and I've never given you my number. How did you get it? And please don't ring again.""",
      tags=("ordinary", "confuser", "dp-no-legal-words"))

# 37 --------------------------------------------------------------------------------------
c.add("other", subject="Thank you to Kate at the office",
      sender=c.person("Irene", "Clarke"),
      body="""Dear Priya,

I don't know if this is the right place, but I wanted to say thank you to Kate at the MP's office. She sorted out my husband's Attendance Allowance after eight months of us getting nowhere. She rang us back every time she said she would.

Please pass it on.

Irene Clarke""",
      tags=("ordinary",))

# 38 --------------------------------------------------------------------------------------
c.add("query", subject="Change of address and branch",
      sender=c.person("Tom", "Harding", provider="gmail.com"),
      body="""Hi, I've moved from Oldfield to Millbrook Road in Hatherley. New address: 22 Millbrook Road. Does my membership move to your CLP automatically, and which branch will I be in? Membership number L1198734. Thanks, Tom""",
      tags=("ordinary",))

# 39 --------------------------------------------------------------------------------------
c.add("bulk", subject="Order confirmation: Hatherley Labour Curry Night",
      sender=("Eventbrite", "noreply@eventbrite.co.uk"), headers=c.newsletter_headers(),
      body="""Thanks for your order!

Hatherley Labour Curry Night
Friday 27 March · 7:00 PM
Spice Garden, 14 High Street, Hatherley

Order #9921455 · 2 x Standard (£15.00)
Total: £30.00

View event | Contact organiser

Eventbrite""",
      tags=("ordinary",))

# 40 --------------------------------------------------------------------------------------
c.add("complaint", subject="Thursday's GC",
      sender=c.person("Stephen", "Burke"),
      body="""Priya,

Thursday's GC started 25 minutes late, then spent 50 minutes on correspondence, and we ran out of time for the two motions at the end, including ours. Members who'd come specifically for the motions went home having heard nothing.

Could the EC please look at the timings, put motions earlier, and stick to the finishing time? It's not fair on branches who've done the work.

Stephen Burke (Grange)""",
      tags=("ordinary",))

# 41 --------------------------------------------------------------------------------------
c.add("procedural", subject="Amendment to the Millbrook motion on Gaza",
      sender=c.person("Hannah", "Levy", provider="outlook.com"),
      body="""Dear Priya,

I'd like to submit the following amendment to the Millbrook branch motion on Gaza, to be circulated with the GC papers.

In the resolves, after "calls for an immediate ceasefire", insert: "the release of all hostages, unimpeded humanitarian access,".

Proposer: Hannah Levy. Seconder: Paul Greene.

Kind regards,
Hannah""",
      tags=("ordinary",))

# 42 --------------------------------------------------------------------------------------
c.add("query", subject="count start time",
      sender=c.person("Ryan", "Clegg"),
      body="""What time does the count start on Thursday? Do counting agents need photo ID as well as the pass? First time doing it. Ta, Ryan""",
      tags=("ordinary",))

# 43 --------------------------------------------------------------------------------------
c.add("other", subject="photos from Saturday",
      sender=c.person("Aisha", "Mahmood", provider="icloud.com"),
      body="""Hi Priya, here's a link to the photos from Saturday's action day in Grange - 28 of us! Feel free to use them on the website. Everyone in the group shots said it's fine. Aisha 🌹

https://photos.example.com/share/grange-action-day""",
      tags=("ordinary",))

# 44 --------------------------------------------------------------------------------------
c.add("bulk", subject="[Ticket #40817] We have received your enquiry",
      sender=("Regional Office", "support@labour-region.example.org.uk"),
      headers=c.autoreply_headers("rfc3834"),
      body="""Thank you for contacting the regional office.

Your enquiry has been logged with reference #40817 and will be dealt with by a member of the team within 5 working days.

Subject: Grange selection - procedures secretary

Please quote this reference in any further correspondence.""",
      tags=("ordinary",))

# 45 --------------------------------------------------------------------------------------
c.add("urgent", subject="Leaflet round tomorrow - Dennis in hospital",
      sender=c.person("Jackie", "Dunn"),
      body="""Priya, Dennis has been taken into hospital (not serious, a fall, he's fine) so his Sunday round on Orchard Street and Pear Tree Close won't get done. That's the last delivery before the postal votes land on Tuesday.

Anyone who can do it tomorrow morning? 340 leaflets, they're at my house. I can do half if someone does the other half.

Jackie""",
      tags=("ordinary",))

# 46 --------------------------------------------------------------------------------------
c.add("query", subject="student membership rate",
      sender=c.person("Maya", "Chandra"),
      body="""hi! is there a reduced rate for students? I'm at the uni and currently paying the full amount. and can I be in the Hatherley branch while living here in term time but go home to Leicester in the summer? thanks, Maya""",
      tags=("ordinary",))

# 47 --------------------------------------------------------------------------------------
c.add("procedural", subject="Boundary commission - CLP response",
      sender=c.person("Keith", "Ramsay"),
      body="""Priya,

The Local Government Boundary Commission's draft proposals for Hatherley's wards are out. The main change is Orchard Street moving from Grange to Millbrook. Consultation closes 10 April.

I suggest the EC agrees a short response, and that we invite the two affected branches to comment first. I can draft it.

Keith""",
      tags=("ordinary",))

# 48 --------------------------------------------------------------------------------------
c.add("data-protection", subject="what do you have on me",
      sender=c.person("Gordon", "Hale"),
      body="""I'd like a copy of everything the Hatherley Labour Party holds about me - canvass notes, whatever's written down from when your people came round, the lot. I'd also like to know who has seen it. Address: 8 Pear Tree Close.

G. Hale""",
      tags=("ordinary", "confuser", "dp-no-legal-words"))

# 49 --------------------------------------------------------------------------------------
c.add("other", subject="You're invited - Val's retirement do",
      sender=c.person("Paul", "Greene"),
      body="""Priya,

Val is retiring from the council after 31 years in housing and we're giving her a send-off at the Fleece on Friday 3rd from 7. She's been a great friend to the CLP over the years (and a Labour member since before most of us were born). We'd love you to come and say a few words if you're free.

Paul""",
      tags=("ordinary",))

# 50 --------------------------------------------------------------------------------------
c.add("query", subject="URGENT!!! office wifi",
      sender=c.person("Josh", "Barker"),
      body="""URGENT lol - what's the wifi password at the campaign office? I'm in doing data entry and nobody's here to ask. Not the end of the world, I'll tether to my phone. Josh""",
      tags=("ordinary", "confuser", "query-with-urgent"))

c.write()
