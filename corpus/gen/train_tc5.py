"""train/tc5: genuinely urgent operational mail (Ashbourne & Dale CLP). All content hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tc5", seed=1305)
P = c.person
AGENT = ("Joanne Hurst", "joanne.hurst.agent@gmail.com")
CHAIR = ("Alan Whitlock", "chair@ashbournedalelabour.org.uk")

# 1 hall flooded, GC tonight
c.add("urgent", subject="URGENT - Dovebridge hall flooded, GC tonight",
      sender=P("Alan", "Whitlock"), tags=("venue", "today"),
      body="""Helen

Just had a call from the hall committee - a pipe's burst in the ladies' and the main room is under an inch of water. We can't use it tonight.

I've tried the Royal Oak, they can do the function room from 7 for £40. Shall I book it? If yes can you get an email out to delegates ASAP and I'll put a sign on the hall door.

Alan""")

# 2 keys before 7pm, calm, no urgent word
c.add("urgent", subject="Keys for tonight", sender=P("Margaret", "Fenton", "btinternet.com"),
      tags=("keys", "today", "calm", "no-urgent-word"),
      body="""Dear Helen,

Mr Bradley, the caretaker at the Methodist hall, has rung to say he's in bed with the flu and can't open up for the branch meeting tonight. He says he can leave the keys with his wife at 12 Church Lane but somebody needs to collect them before seven, as she goes out to choir.

I don't drive, otherwise I would go. Could you arrange for someone?

Best wishes,
Margaret""")

# 3 leaflets first thing tomorrow
c.add("urgent", subject="Pallet ready - collect by 9am tomorrow", sender=("Peak Print Ltd", "orders@peakprint.example.co.uk"),
      tags=("leaflets", "tomorrow", "supplier"),
      body="""Hi Helen,

Your order (12,000 x A5 Wirksey by-election leaflets, job 4471) is finished and on a pallet in the yard. We're closed Friday and all next week for the refit, so it needs collecting tomorrow between 7am and 9am or it'll be sat here till the 24th.

It's about 140kg so bring an estate car or a van. Ask for Dean.

Thanks,
Kerry
Peak Print Ltd, Unit 6, Wirksey Trading Estate""")

# 4 press statement by 4pm
c.add("urgent", subject="Comment needed by 4pm today - Cllr Harrison", sender=("Rob Dunmore", "rob.dunmore@dalecourier.example.co.uk"),
      tags=("press", "today"),
      body="""Hi Helen,

We're running a story on our website this afternoon that Cllr Pete Harrison (Millthorpe) has left the Labour group and joined Reform UK. He's confirmed it to us himself.

Does the CLP want to comment? I need anything by 4pm today to get it in. A couple of sentences is fine - e.g. whether you'll be calling for a by-election.

Thanks,
Rob Dunmore
Chief Reporter, Dale Courier""")

# 5 nomination paper missing signature, closes tomorrow noon
c.add("urgent", also=["procedural"], subject="Tom's nomination paper - missing signature, closes noon tomorrow",
      sender=AGENT, tags=("nomination", "tomorrow", "agent"),
      body="""Helen,

I've just had the informal check back from the elections office. Tom's nomination paper for Wirksey South is one subscriber short - number 7 (Mrs Pauline Shaw) signed on the wrong line and they won't accept it, and number 9 is registered in Wirksey North, not South, so doesn't count.

Nominations close at 12 noon TOMORROW. We need two more registered electors from Wirksey South to sign a fresh paper and I need it back at the council offices by 11 at the latest. I'm printing a new form now.

Who do we have in Wirksey South who'll be in this evening? Can you ring round? I'll drive to whoever we find.

Jo
Election agent, Wirksey South""")

# 6 polling-day rota gap for tomorrow
c.add("urgent", subject="Tellers needed tomorrow - Dovebridge 7-10am", sender=AGENT,
      tags=("polling-day", "tomorrow"),
      body="""Helen - we have nobody on the Dovebridge polling station from 7 till 10 tomorrow. Bob dropped out (his daughter's gone into labour, happy reasons!).

That's our best station for turnout. Could you put a shout out to the list tonight? Anyone with a car, I'll send them the teller sheets and rosette by message.

Jo""")

# 7 Zoom link broken for tonight
c.add("urgent", subject="zoom link not working!!", sender=P("Colin", "Marsh"),
      tags=("zoom", "today", "noisy"),
      body="""helen the zoom link in todays email for the 7.30 meeting says "invalid meeting ID" ive tried it 3 times and so has Jean. its ten past seven. is there a new one??

colin""")

# 8 candidate ill, hustings tonight
c.add("urgent", subject="Hustings tonight - Tom has lost his voice", sender=P("Tom", "Raynor"),
      tags=("hustings", "today", "candidate"),
      body="""Helen, I'm so sorry. Laryngitis. I can barely whisper and the doctor's told me to rest it completely.

The Wirksey Chamber of Trade hustings is at 7 tonight at the Miners' Welfare. The organisers say a substitute is fine as long as they know by 5. Could Alan or Nadia's office send someone? I'll write notes for whoever goes. Answer by text is fastest.

Tom""")

# 9 counting agent dropped out
c.add("urgent", subject="Count tonight - need another counting agent", sender=AGENT,
      tags=("count", "today"),
      body="""Helen,

Two counting agents down for tonight (Gail's off sick, Raj's train is cancelled). The count starts at 10pm at Dale Leisure Centre. The returning officer needs names of any replacements by 6pm today or they won't get in.

We're entitled to six. At the moment we have three, which isn't enough to watch all the tables. Can you suggest anyone sensible who can stay up late? I need full name and address for each.

Jo""")

# 10 coach payment by 5pm today
c.add("urgent", subject="Coach to London tomorrow - 12 seats unpaid", sender=P("Dylan", "Hughes"),
      tags=("transport", "today", "finance"),
      body="""Hi Helen,

Dales Coaches have told me that unless the balance (£348 for the last 12 seats) is paid by 5pm today they'll send the smaller bus tomorrow and 12 people will be left at the market place at 6am.

I've collected cash from most of them but the treasurer's away. Can the CLP pay it from the account today and I'll bank the cash on Monday? Their account details are in the invoice I forwarded last week.

Dylan""")

# 11 venue deposit today
c.add("urgent", subject="AGM venue - deposit today or we lose it", sender=P("Sue", "Brindley"),
      tags=("venue", "today", "finance", "no-urgent-word"),
      body="""Helen

Ashbourne Town Hall rang. They've had another enquiry for our AGM date and will release the booking at 5pm today unless the £75 deposit is paid. I'm at my sister's in Stoke without the card reader for the bank. You're the other signatory - could you do it online before 5? Ref ATH-1142.

Sue (Treasurer)""")

# 12 journalist, comment by 6pm on chair's resignation
c.add("urgent", subject="Story tomorrow: CLP chair resignation - right of reply by 6pm", sender=("Aisha Patel", "a.patel@peaklivenews.example.com"),
      tags=("press", "today"),
      body="""Dear Ms Pryce,

Peak Live News intends to publish a story tomorrow morning reporting that the chair of Ashbourne & Dale CLP has resigned in protest at the government's welfare policy, citing a letter he sent to members.

We would like to offer the CLP the opportunity to respond. In particular:
- Can you confirm the resignation?
- Does the CLP share his concerns?
- Who will chair the CLP in the interim?

Our deadline is 6pm today.

Kind regards,
Aisha Patel
Reporter, Peak Live News""")

# 13 postal vote application deadline tomorrow 5pm
c.add("urgent", subject="Postal vote deadline is 5pm tomorrow", sender=AGENT,
      tags=("election", "tomorrow", "deadline"),
      body="""Helen,

Reminder that the deadline for new postal vote applications for the by-election is 5pm TOMORROW. We've got 38 people on the canvass data who told us they wanted a postal vote and haven't applied yet.

I've got application forms printed. Could you email the Wirksey branch list tonight asking for anyone free tomorrow morning to deliver forms and collect them again by 3? Then someone needs to drive them to the elections office. I'll do the drive if I have to.

Jo""")

# 14 consent form witness signature, bring it by 4pm
c.add("urgent", also=["procedural"], subject="Consent form needs witnessing - today",
      sender=P("Tom", "Raynor"), tags=("nomination", "today", "candidate"),
      body="""Helen

The elections office have just told me my consent to nomination has to be witnessed and it isn't - I signed it in the car and forgot. I'm at work in Derby until 6. Jo is at the council offices till 4 and says if I can get a witnessed form to her by then we're safe; otherwise we're into tomorrow morning and cutting it very fine.

Could you meet me halfway with a blank form? I can get to the Little Chef at the A52 junction at 2.30. Or if you know a member near Derby who could witness it...

Tom""")

# 15 leaflet error - print 8am tomorrow
c.add("urgent", subject="Leaflet proof - polling station address wrong", sender=P("Rachel", "Hurst"),
      tags=("leaflets", "tomorrow", "print"),
      body="""Helen, sorry to do this at 9pm.

I've just spotted on the final proof of the eve-of-poll leaflet that the polling station for Longcliffe says "Longcliffe Village Hall". It's moved to the Scout Hut this year. The printer runs it at 8am tomorrow.

I've made the correction - can you approve it tonight so I can send it straight back to them? It's the version attached to my previous email, just reply "approved" and I'll forward.

Rachel""")

# 16 imprint missing - stop delivery today
c.add("urgent", subject="STOP delivering the Thorpe Edge leaflet", sender=P("Gary", "Lund"),
      tags=("leaflets", "today", "legal"),
      body="""Helen

I've just looked at the Thorpe Edge leaflet properly and THERE'S NO IMPRINT on it. Not on the back, not on the front. That's an offence, isn't it? Jo said we can't distribute anything without "Promoted by ... on behalf of ..."

Three teams are out with it now. Can you message everyone to stop and hold the rest? I've rung Jo but she's not answering. I'll bring the unused boxes back to the office this afternoon.

Gary""")

# 17 calm: double booked, moved, email before 5
c.add("urgent", subject="Tonight's branch meeting - change of room", sender=P("Brian", "Elliott"),
      tags=("venue", "today", "calm", "no-urgent-word"),
      body="""Hi Helen,

The Methodist hall have double-booked us tonight with the slimming club. No harm done - I've arranged for us to use the back room at the Royal Oak instead, same time, 7.30.

Could you send a quick email to the Dovebridge branch list before about 5 so people don't go to the wrong place? I'll stand outside the hall at 7.15 to redirect anyone who doesn't see it.

Thanks,
Brian""")

# 18 txt style: van broken down with boards
c.add("urgent", subject="van", sender=P("Kev", "Briggs"),
      tags=("boards", "tomorrow", "noisy", "short"),
      body="helen vans conked out at the garage with all the stake boards in the back. need someone with an estate at Dovebridge garage by 10 tmrw to move them or they cant work on it. can u ask round. kev")

# 19 MP can't make tonight, tell members before 6
c.add("urgent", subject="Nadia - tonight's members' meeting", sender=("Ben Carver (Office of Nadia Crofts MP)", "ben.carver@parliament.example.uk"),
      tags=("mp-office", "today", "calm"),
      body="""Hi Helen,

I'm afraid Nadia won't make tonight's members' meeting in Wirksey - a three-line whip has just been called for a vote at 7pm. She's very sorry.

She's happy to record a short video for you to play, which I can send over by 5.30, and she'll offer a date in the next fortnight to come back. Could you let members know before 6 so nobody travels specially? I can draft a line for you if helpful.

Best,
Ben""")

# 20 online ballot closes noon tomorrow, 40 missing ballots
c.add("urgent", also=["procedural"], subject="Selection ballot: 40 members haven't received their ballot emails",
      sender=P("Fiona", "Whitehead"), tags=("selection", "tomorrow", "ballot"),
      body="""Helen,

The online ballot for the county selection closes at 12 noon tomorrow. Since last night I've had calls from about 40 members in Millthorpe and Longcliffe who never got their ballot email - I think they're all btinternet addresses and it's gone to spam or been blocked.

Can you get on to the ballot provider today and ask them to resend, or extend? If they can't vote we'll have a disputed result and a formal complaint on our hands by lunchtime tomorrow.

Fiona Whitehead
Procedures secretary""")

# 21 caterer numbers by 3pm
c.add("urgent", subject="Final numbers for tomorrow's dinner - by 3 today please", sender=("Maple Kitchen Catering", "hello@maplekitchen.example.co.uk"),
      tags=("events", "today", "supplier"),
      body="""Hi Helen,

Just a nudge - I need final numbers and dietary requirements for tomorrow night's fundraising dinner by 3pm today so I can order from the butcher. Last I heard it was 64 with 9 veggie, 2 vegan, 1 coeliac. Is that still right?

Thanks,
Lou
Maple Kitchen""")

# 22 committee room host ill for tomorrow
c.add("urgent", subject="Committee room tomorrow", sender=P("Sue", "Tranter"),
      tags=("polling-day", "tomorrow", "no-urgent-word"),
      body="""Helen, I'm so sorry, I've got that sickness bug that's going round and I can't possibly have people in the house tomorrow. I know my front room was meant to be the Thorpe Edge committee room.

Could Pat at number 4 do it? She said last year she'd be happy to. I've got all the boxes of sheets here and can leave them on the porch.

Sue x""")

# 23 knock-up sheets not printed, printer broken
c.add("urgent", subject="Knock-up sheets - printer dead", sender=AGENT,
      tags=("polling-day", "tonight", "print"),
      body="""Helen - the office laser has died halfway through the knock-up sheets for tomorrow. We've got Dovebridge and Millthorpe done, Wirksey and Longcliffe not. About 400 pages.

Does anyone have a decent laser printer at home and could do it tonight? I can email the PDFs. We need them in the committee rooms by 6.30am.

Jo""")

# 24 expenses return deadline tomorrow
c.add("urgent", subject="Election expenses return due tomorrow - missing invoices", sender=AGENT,
      tags=("election", "tomorrow", "finance", "legal"),
      body="""Helen,

The candidate's expenses return for the Millthorpe by-election has to be with the returning officer by tomorrow. I'm still missing:

- the invoice for the stake boards (Peak Print, about £180)
- the receipt for the hall hire for the launch (£35)
- a declaration of the value of Brian's donated printing (notional expenditure)

Without them the return is incomplete and I'd have to declare that to the RO, which nobody wants. Do you have copies in the CLP inbox? Please look tonight if you can.

Jo""")

# 25 NEC nominations by noon tomorrow, also procedural
c.add("urgent", also=["procedural"], subject="NEC nominations - portal closes 12 noon tomorrow",
      sender=P("Dave", "Hollinshead"), tags=("nominations", "tomorrow"),
      body="""Helen,

Just checking you've submitted the GC's NEC nominations on the portal? I had a look at the published list and Ashbourne & Dale isn't showing. The portal closes at 12 noon tomorrow and it's only the secretary's login that works.

The GC voted for the two CLP section candidates on the 9th (minutes item 5). If you need the result again I can send it.

Dave
GC delegate, Longcliffe""")

# 26 conference registration closes midnight
c.add("urgent", subject="delegate registration closes midnight tonight", sender=P("Precious", "Moyo"),
      tags=("conference", "today", "delegates"),
      body="""Hi Helen, I've just realised the registration for conference delegates closes at midnight tonight and I can't register myself - it says the CLP secretary has to confirm me on the system first. Could you do that this evening? I'm the elected delegate from the July GC. So sorry for the short notice, I thought it closed next week.

Precious""")

# 27 hustings chair pulled out
c.add("urgent", subject="Need a chair for tonight", sender=P("Gemma", "Roper"),
      tags=("hustings", "today"),
      body="""Helen,

The vicar who agreed to chair tonight's Longcliffe hustings has had to go to a funeral in Sheffield and won't be back. The other parties will only accept a neutral chair, so it can't be one of us.

Do you know anyone - the Rotary president? The head of the primary? - who might do it at 7 tonight? Otherwise we might have to postpone, and the Lib Dems will say we pulled out.

Gemma""")

# 28 speaker's train cancelled - decision now
c.add("urgent", subject="Speaker's train cancelled", sender=CHAIR,
      tags=("meetings", "today"),
      body="""Helen - Professor Shaw's train from London has been cancelled and she can't get here before 9. We start at 7.30.

Options: (a) she joins by video from the train (dodgy signal), (b) we swap the agenda and do the campaign report and motions first, and she joins at 9 in person for a shorter slot, (c) postpone.

I'd go for (b). Can you let me know in the next hour so I can tell her and update the agenda sheet?

Alan""")

# 29 street stall insurance by 9am tomorrow
c.add("urgent", subject="Street stall Saturday - insurance certificate by 9am", sender=("Licensing, Dale District Council", "licensing@daledc.example.gov.uk"),
      tags=("events", "tomorrow", "council"),
      body="""Dear Ms Pryce,

Re: Street trading / promotional stall application ST/2211 (Market Place, Ashbourne, Saturday)

We have not yet received a copy of the public liability insurance certificate required for this application. If it is not received by 9am tomorrow (Friday) the application cannot be approved in time for Saturday and the pitch will be released.

Please reply to this email with the certificate attached.

Regards,
Licensing Team
Dale District Council""")

# 30 shadow minister visit tomorrow, confirm volunteers tonight
c.add("urgent", subject="Visit tomorrow - need names tonight", sender=("Kirsty Lowe", "kirsty.lowe@labour-eastmids.example.org.uk"),
      tags=("campaign", "tomorrow", "regional", "no-urgent-word"),
      body="""Hi Helen,

As discussed on the phone, the Minister's visit to Wirksey is confirmed for tomorrow, arriving about 11.15 at the Market Place, doing an hour on the doors and a local press photo.

Could you send me by 9pm tonight:
- names of 10-15 local members who'll definitely be there by 11 (for the security list)
- the exact street you'd like her to canvass
- a mobile number for whoever is leading on the day

Please ask people to keep it off social media until after she's left.

Thanks,
Kirsty
Regional Organiser""")

# 31 forwarded printer proof, approve by 2pm today
c.add("urgent", subject="Fwd: Proof approval needed by 2pm", sender=P("Rachel", "Hurst"),
      tags=("forwarded", "print", "today"),
      body=c.forward(
          "Helen - see below. The copy's fine now, it just needs your OK as promoter. Can you reply to them direct before 2? Otherwise the Longcliffe leaflet misses the weekend. R",
          """Hi,

Please find attached the final proof for job 4502 (Longcliffe Focus, 4pp A4, 3,000 copies). To meet Thursday delivery we need written approval by 2pm today. Any later and it will go into next week's print run.

Please check carefully - we can't be held responsible for errors once approved.

Dean
Peak Print Ltd""",
          "Peak Print Ltd <proofs@peakprint.example.co.uk>", "Proof for approval - job 4502"))

# 32 quoted reply about keys, still don't have them
c.add("urgent", subject="Re: Keys for the Miners' Welfare", sender=P("Ray", "Cotterill"),
      tags=("keys", "quoted-reply", "today"),
      body=c.quote_reply(
          "Helen I still haven't got them. The steward says he gave them to \"the Labour lady\" on Tuesday. It's now 4.30 and the AGM starts at 6.30. Who's got them??",
          """Hi Ray,

Don't worry, I'll make sure the keys for the Miners' Welfare are with you well before Thursday evening.

Helen""", style="gmail"))

# 33 statement of persons nominated, name misspelt, object by 5pm
c.add("urgent", also=["procedural"], subject="SoPN - Tom's name spelt wrong, objections close 5pm",
      sender=AGENT, tags=("nomination", "today", "agent"),
      body="""Helen,

The Statement of Persons Nominated has just gone up and it says "Thomas Rayner" not "Raynor". If that goes on the ballot paper, half of Wirksey won't recognise him.

Objections / corrections close at 5pm today. I'm going in to see the RO at 3 but I need Tom's written confirmation of the correct spelling signed and with me before then. Can you get hold of him? He's not answering my calls.

Jo""")

# 34 ballot papers for AGM need printing by tomorrow morning
c.add("urgent", also=["procedural"], subject="AGM ballot papers", sender=P("Fiona", "Whitehead"),
      tags=("agm", "tomorrow", "print", "no-urgent-word"),
      body="""Helen,

Nominations closed tonight: we have contested elections for vice-chair (campaigns), women's officer and two EC places. I need ballot papers printed, in different colours, for tomorrow morning's AGM - roughly 120 of each.

I've made the templates (attached). Could you print them at the office tonight, or tell me where the key is and I'll do it? The AGM starts at 10.

Fiona""")

# 35 photo for newspaper supplement by 10am tomorrow
c.add("urgent", subject="Candidate photo for Thursday supplement", sender=("Rob Dunmore", "rob.dunmore@dalecourier.example.co.uk"),
      tags=("press", "tomorrow"),
      body="""Hi Helen,

For Thursday's election supplement we need a headshot and 100 words from each candidate. We have Reform's, the Conservatives' and the Lib Dems'. We still need Tom Raynor's by 10am tomorrow, when the pages go. Otherwise it'll say "no response received".

Rob""")

# 36 radio spokesperson tomorrow 7.10, name by 8pm
c.add("urgent", subject="Radio Dale - breakfast show tomorrow", sender=("Radio Dale Newsdesk", "newsdesk@radiodale.example.co.uk"),
      tags=("press", "tomorrow", "calm"),
      body="""Hello,

We're covering the closure of Millthorpe cottage hospital on the breakfast show tomorrow and would like a Labour voice - ideally a councillor or the MP - live in the studio or down the line at 7.10am for about four minutes.

Could you let us know a name and number by 8pm tonight? If we don't hear we'll say Labour was approached.

Thanks,
Newsdesk
Radio Dale""")

# 37 Polish speaker, keys, sick
c.add("urgent", subject="keys of the hall - I am sick", sender=P("Agnieszka", "Wójcik"),
      tags=("keys", "today", "non-native"),
      body="""Hello Helen,

I have the keys of Longcliffe scout hut for the meeting tonight but I am very sick since morning, temperature 39, I cannot go out. Somebody must take the keys from my house before 6 o'clock because then I go to sleep and my husband is in work. Address 7 Ridgeway Close.

Sorry for this problem.
Agnieszka""")

# 38 teenager teller needs lift tomorrow 7am
c.add("urgent", subject="lift tomorrow morning?", sender=P("Callum", "Dixon"),
      tags=("polling-day", "tomorrow", "youth"),
      body="""hi helen its callum, im meant to be telling at thorpe edge primary from 7 tomorrow but my mums car has broken down and theres no bus that early. is anyone going that way who could pick me up? im on Oakfield Drive. sorry!! really dont want to let anyone down

callum""")

# 39 elderly - fall, can't open hall, Ray has spare key
c.add("urgent", subject="Can't open up tonight", sender=P("Jean", "Tunnicliffe", "aol.com"),
      tags=("keys", "today", "elderly", "calm", "no-urgent-word"),
      body="""Dear Helen

I'm afraid I shan't be able to open up the Parish Rooms for tonight's meeting. I had a little fall in the garden this morning - nothing broken, before you worry, but the doctor wants me to keep my ankle up.

Ray Cotterill has the spare key. His number is 01632 960 214. He's usually in after 4.

Sorry to be a nuisance.
Jean""")

# 40 rosettes haven't arrived for tomorrow
c.add("urgent", subject="Rosettes and teller badges", sender=P("Liam", "Oakes"),
      tags=("polling-day", "tomorrow"),
      body="""Helen - the box of rosettes and teller badges that was meant to come from regional hasn't turned up. Tracking says "delayed". Polling day is tomorrow.

Do we have any left over from May in the office? If not, can we get some red ribbon and print name badges tonight? Tellers without rosettes look like randoms standing outside a school.

Liam""")

# 41 leaflets delivered to wrong address
c.add("urgent", subject="Your leaflets are at my house", sender=P("Derek", "Hancock"),
      tags=("leaflets", "today", "public"),
      body="""Hello,

I'm not in your party but a courier has left six big boxes addressed to "Ashbourne & Dale Labour - Longcliffe Campaign" on my doorstep (14 Moor Lane, Longcliffe). I think they meant number 41.

My wife and I are going away at 4pm today for a fortnight and I'm not leaving them outside. Could somebody come and get them before then? Otherwise they'll have to go back to the depot.

Derek Hancock
07700 900 664""")

# 42 website polling finder broken, polling day tomorrow
c.add("urgent", subject="Website - 'find your polling station' is broken", sender=P("Owen", "Booth"),
      tags=("polling-day", "tomorrow", "website"),
      body="""Hi Helen,

The "find your polling station" button on the CLP website is giving a 404. Polling day is tomorrow and it's the link on every eve-of-poll leaflet and on the Facebook ads that are running tonight.

I think it's because the council changed their URL. If you give me admin for an hour I can point it at the new page, or you could do it - it's just the link under Menu > Vote.

Owen""")

# 43 emergency EC tonight, quorum, also procedural
c.add("urgent", also=["procedural"], subject="Emergency EC tonight 8pm - please confirm",
      sender=CHAIR, tags=("ec", "today", "meetings"),
      body="""Helen,

Given Pete Harrison's defection and the press calls this afternoon, I think we need an emergency EC tonight, 8pm on Zoom, single item: CLP response and by-election planning.

Standing orders need 24 hours' notice unless two-thirds of EC members agree to waive it. Could you email the EC now asking them to confirm attendance and agree to waive notice by 5pm? We need at least 7 for quorum.

Alan""")

# 44 printer won't release leaflets until paid today
c.add("urgent", subject="Payment to Peak Print bounced", sender=P("Sue", "Brindley"),
      tags=("finance", "today", "leaflets"),
      body="""Helen,

The bank has returned the £1,240 payment to Peak Print - apparently the new mandate isn't active yet and my authorisation wasn't enough on its own. Peak Print won't release the eve-of-poll leaflets until it clears, and they're needed on the doors tomorrow.

You're the other signatory. Can you log in and approve the payment today? It should be sitting under "pending" in the business account. Ring me if it's not there.

Sue""")

# 45 HTML-only revised polling-day rota
c.add("urgent", subject="POLLING DAY TOMORROW - revised rota, gaps in red", sender=AGENT,
      tags=("polling-day", "tomorrow", "html-only"), fmt="html",
      body="Revised polling day rota. Gaps: Longcliffe Scout Hut 10am-1pm, Millthorpe Church Hall 4pm-7pm, Wirksey committee room driver 5pm-9pm. Please circulate tonight.",
      html_body="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Helen,</p>
<p>Revised rota for tomorrow below. <b>Gaps in red</b> &ndash; can you circulate to the branch lists tonight and ask people to reply to me directly?</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Station / role</th><th>7&ndash;10</th><th>10&ndash;1</th><th>1&ndash;4</th><th>4&ndash;7</th><th>7&ndash;10</th></tr>
<tr><td>Dovebridge Village Hall</td><td>Fiona W</td><td>Brian E</td><td>Brian E</td><td>Gemma R</td><td>Alan W</td></tr>
<tr><td>Longcliffe Scout Hut</td><td>Liam O</td><td style="color:red"><b>GAP</b></td><td>Jean T (seated)</td><td>Owen B</td><td>Owen B</td></tr>
<tr><td>Millthorpe Church Hall</td><td>Dave H</td><td>Dave H</td><td>Precious M</td><td style="color:red"><b>GAP</b></td><td>Kev B</td></tr>
<tr><td>Wirksey committee room &ndash; driver</td><td>Kev B</td><td>Dylan H</td><td>Dylan H</td><td style="color:red"><b>GAP</b></td><td style="color:red"><b>GAP</b></td></tr>
</table>
<p>Thanks, Jo</p>
</body></html>""")

# 46 room moved because of a wake - calm
c.add("urgent", subject="tonight", sender=P("Pat", "Goodwin"),
      tags=("venue", "today", "calm", "no-urgent-word", "short"),
      body="Hi Helen, the Oak have put us upstairs tonight as there's a wake in the function room. Same time. Could you send a line round? Thanks, Pat")

# 47 MP's office needs meeting point by end of today
c.add("urgent", subject="Tomorrow 10am - Nadia in Wirksey", sender=("Ben Carver (Office of Nadia Crofts MP)", "ben.carver@parliament.example.uk"),
      tags=("mp-office", "today", "campaign"),
      body="""Helen,

Nadia's visit to the Wirksey action day is locked in for 10am tomorrow. I still don't have an exact meeting point or a contact on the ground. Can you send both by the end of today? Her driver needs a postcode and she'll want to know who she's meeting.

Thanks,
Ben""")

# 48 no tellers at Thorpe Edge - no urgent word, curt
c.add("urgent", subject="Thorpe Edge tomorrow", sender=P("Gary", "Lund"),
      tags=("polling-day", "tomorrow", "no-urgent-word", "short"),
      body="Tellers wanted 7am-10am tomorrow at Thorpe Edge Primary. We have nobody. Can you ask the list tonight. G")

# 49 signature on the cheque by 5 today
c.add("urgent", subject="cheque for the hall", sender=P("Sue", "Brindley"),
      tags=("finance", "today", "calm"),
      body="""Helen, sorry to chase - the parish clerk needs the cheque for the Parish Rooms (£120, Jan-Mar bookings) by 5 today or they'll give Tuesdays to the bridge club. I've signed it, just needs your second signature. I'm at the library until 4.30 if you can pop in.

Sue""")

# 50 alarm code changed, GC tonight
c.add("urgent", subject="Alarm code at the Miners' Welfare?", sender=P("Ray", "Cotterill"),
      tags=("keys", "today"),
      body="""Helen, the steward has changed the alarm code at the Welfare and I haven't got the new one. I'm opening up for the GC tonight at 6.45. Have you been sent it? If the alarm goes off it rings through to his mobile and he's at his daughter's in Skegness.

Ray""")

# 51 journalist: nomination ruled invalid, comment within the hour
c.add("urgent", subject="Your candidate's nomination", sender=("Sam Kerr", "sam.kerr@derbyshirebulletin.example.co.uk"),
      tags=("press", "today", "nomination"),
      body="""Helen,

I'm told by the council press office that the Labour candidate for Millthorpe West has had his nomination ruled invalid because one of his subscribers isn't on the register. Can you confirm? Is the party challenging it?

We're publishing online within the hour - anything you can give me before then would be appreciated.

Sam Kerr
Derbyshire Bulletin""")

# 52 leaflet bundles at my house, called into work
c.add("urgent", subject="Bundles for tomorrow morning", sender=P("Nicola", "Sharpe"),
      tags=("leaflets", "tomorrow"),
      body="""Hi Helen,

I've got the 14 bundles for tomorrow's Millthorpe leaflet drop in my garage, but the hospital has just called me in for an early shift - I'll be gone by 6.15am. The team were meeting here at 9.

Can someone pick them up tonight, or shall I leave them in the carport (it's covered) and text the code for the side gate? Whoever's leading tomorrow needs to know either way.

Nicola""")

# 53 quoted reply, Zoom link for tonight still broken after resend
c.add("urgent", subject="Re: New Zoom link for tonight", sender=P("Linda", "Boam"),
      tags=("zoom", "today", "quoted-reply"),
      body=c.quote_reply(
          "Still doesn't work Helen - now it says \"this meeting has been ended by the host\". It's 7.25 and there are about ten of us stuck in the waiting room or outside it. Can you send us something that works or start it from your account?",
          """Dear all,

Apologies - the link in this morning's email was wrong. Here's the right one for tonight's policy forum (7.30pm):

https://zoom.example.us/j/84412209931
Passcode: dale

Helen""", style="gmail"))

# 54 union banner / march tomorrow - steward needs names today
c.add("urgent", subject="Stewards for tomorrow's march", sender=P("Kevin", "Parkin"),
      tags=("events", "tomorrow"),
      body="""Helen,

The police liaison for tomorrow's NHS march through Ashbourne wants the names of the CLP's six stewards by 4pm today - otherwise the Labour contingent goes at the back with no banner. I've got four. Can you find two more who'll be at the bus station for 10.30 and can stay for the rally?

Kevin
Trades Council""")

# 55 caretaker locked up early - members outside now
c.add("urgent", subject="We're locked out", sender=P("Stephen", "Fox"),
      tags=("venue", "today", "short"),
      body="Helen, the hall's locked, lights off, no sign of the caretaker. 15 of us on the pavement in Dovebridge. Meeting was due to start 10 mins ago. Have you got a number for anyone?? Steve")

# 56 nomination papers: subscriber not on register, 4pm tomorrow
c.add("urgent", also=["procedural"], subject="Millthorpe West nomination - replacement subscriber needed",
      sender=AGENT, tags=("nomination", "tomorrow", "agent"),
      body="""Helen,

Following up on the Courier's call: it's true. One of Ian's subscribers (no. 4) has moved and been taken off the register, so the paper is invalid as it stands. The good news is that the deadline for delivering nominations isn't until 4pm tomorrow, so we can submit a completely new paper.

I need ten registered electors in Millthorpe West to sign tonight or first thing. I've got the elector numbers for the branch members who live in the ward - about twenty. Can you help me ring round? I'll take the form door to door from 6.

Jo""")

# 57 GC papers not gone out, GC tomorrow
c.add("urgent", subject="GC papers tomorrow?", sender=P("Dave", "Hollinshead"),
      tags=("gc", "tomorrow"),
      body="""Hi Helen,

The papers for tomorrow's GC haven't arrived - including the treasurer's report and the text of the three motions we're voting on. Delegates can't mandate or even read them in time if they come tomorrow afternoon.

Can they go out tonight? If not, might be worth the chair knowing before the meeting in case someone objects.

Dave""")

# 58 Somali member interpreter tonight dropped out
c.add("urgent", subject="Interpreter for tonight cancelled", sender=P("Hodan", "Farah"),
      tags=("access", "today", "non-native"),
      body="""Hello Helen,

The Somali interpreter we booked for the community meeting with the councillors tonight at 6 she cancel now, her child is sick. Many ladies are coming because they know there is interpreter. I can do some translation but I am also speaking in the meeting about the school bus.

Do you know anybody else? Or we can make the meeting more slow and I translate. Please reply soon, I am at work until 4.

Hodan""")

# 59 sound system for tonight's rally
c.add("urgent", subject="PA for tonight", sender=P("Jack", "Stubbs"),
      tags=("events", "today", "equipment"),
      body="""Helen - the PA we'd borrowed from the Welfare for tonight's rally at the Market Cross has a blown speaker. Do you know who has the CLP's portable one? Last I heard it was in someone's loft after the summer fair. We start at 6 and the Minister's speaking at 6.20.

Jack""")

# 60 Cllr asked to sign off candidate statement for ballot booklet by noon today
c.add("urgent", subject="Candidate statement - council needs it by 12 today",
      sender=("Cllr Tom Raynor", "tom.raynor@daledc.example.gov.uk"),
      tags=("nomination", "today", "calm"),
      body="""Morning Helen,

The council's elections team have reminded me that the candidate statement for the voters' information booklet needs to be with them by 12 noon today, approved by the party's nominating officer. My draft is below. If you're happy could you send them the approval directly (elections@daledc.example.gov.uk) and copy me?

"I have lived in Wirksey for thirty years, raised my children here and worked at the quarry until it closed. As your councillor I will fight to reopen Wirksey library, fix the roads and keep the 41 bus running."

Thanks,
Tom""")

c.write()
