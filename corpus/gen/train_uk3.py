"""train/uk3: a season of one secretary's inbox, part 3 (Strathallie & Carse CLP, a large rural
seat in the Scottish glens: a county town, Kinbrae, and farms, villages and estates spread over
sixty miles). All content hand-written.

Late October to the end of November 2026: Remembrance, the first snow, the UK Budget, the start of
selections for the May 2027 council elections, and a furious row over a new 400kV pylon line
through Glen Allie. The secretary, Morag Henderson, keeps sheep at Glenallie Mains, four miles up a
single-track road; the chair is Callum Rattray, the treasurer Jean Ogilvie, the MP Kirsty Drummond
(office manager Fraser Kerr). Members are scattered: meetings are hybrid, the broadband is bad,
and half the inbox is about halls, roads and weather. Farmers are angry about inheritance tax.
Duncan Lennie, who wants ten minutes alone with Kirsty, stops asking nicely.

48 non-threats (8 complaint, 9 query, 7 procedural, 5 urgent, 4 data-protection, 8 bulk, 7 other)
and 12 safety."""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "uk3", seed=7303)
c.clp = ("Strathallie & Carse CLP", "Morag Henderson", "secretary@strathallielabour.scot")
P = c.person
D = c.date
SEC = "Morag Henderson <secretary@strathallielabour.scot>"


def redate(raw, date):
    """Give a raw message from mailkit a date inside this script's season."""
    return re.sub(rb"^Date: [^\r\n]*", b"Date: " + date.encode(), raw, count=1, flags=re.M)


CALLUM = ("Callum Rattray", "callum.rattray@strathallielabour.scot")
JEAN = ("Jean Ogilvie", "jean.ogilvie@btinternet.com")
FRASER = ("Fraser Kerr", "fraser.kerr@kirstydrummond-office.scot")
LAUREN = ("Lauren McPhee", "lauren.mcphee@scottishlabour-field.scot")
DUNCAN = ("Duncan Lennie", "d.lennie.kinbrae@gmail.com")
MCKAY = ("Cllr Alan McKay", "cllr.alan.mckay@strathallie-council.gov.example")

# ================================================================ late October

c.add("procedural", subject="apols", sender=("Hamish Dow", "dow.balquhidderfarm@gmail.com"), date=D(40),
      tags=("mobile",),
      body="""Morag apols for the GC Thursday. Tups going in that week and Iain's away at the sales. Will try get on the zoom if the signal holds but dont count on it

H""")

c.add("query", subject="join Labour?", sender=("Ionuț Popescu", "ionut.popescu91@yahoo.com"), date=D(39),
      tags=("non-native",),
      body="""Hello,

I am Ionuț, from Romania, I work on the berry farm at Bridge of Carse since 2021, first seasonal and now permanent in the packing shed, I have pre-settled status and now settled. My manager is member of Labour and he say I can also join.

I want to ask, how much is cost for month? And is everything in English only, the meetings? My English for reading is ok but speaking fast in meetings is difficult, especially with the accent here (sorry!).

Also please, in May I can vote for the council? Somebody tell me yes and somebody tell me no.

Thank you,
Ionuț Popescu""")

c.add("complaint", subject="You have killed the family farm", sender=("Graeme Stirling", "stirling.westerallie@btinternet.com"),
      date=D(39), tags=("hard-negative", "metaphor", "angry"),
      body="""Mrs Henderson,

I farm Wester Allie, 640 acres, as my father and his father did before me. My son is 34 and has worked this ground with me since he left school. Under your government's changes to agricultural property relief he now faces an inheritance tax bill that can only be paid by selling land or selling the herd. You know this, because you farm yourself, which makes it worse.

You have killed the family farm in this glen. Not the weather, not the supermarkets, not Brexit. Your party, with one Budget, by a Chancellor who couldn't tell a stirk from a stot.

The Labour Party used to stand for the working man. I have never met a man who works harder than my son. This government has his future's blood on its hands and it will be reminded of it at every show and every mart from now to the election.

I was at the tractor rally in Kinbrae on Saturday and I'll be at the next one. Tell Kirsty Drummond we will be at her surgery, in our boiler suits, every single month until this is reversed.

G. Stirling
Wester Allie""")

c.add("bulk", subject="Doodle: Callum Rattray invited you to \"Christmas ceilidh - planning meeting\"",
      sender=("Doodle", "mailer@doodle.com"), date=D(38), tags=("confuser", "robot-no-list-headers"),
      body="""Hi Morag,

Callum Rattray invited you to participate in a poll:

Christmas ceilidh - planning meeting
"Need 4 of us for an hour on Zoom to sort the band, the raffle and the hall. Pick any that work!"

Options: Mon 2 Nov 7pm | Tue 3 Nov 7pm | Wed 4 Nov 12:30pm | Thu 5 Nov 8pm

Participate now

You received this email because Callum Rattray invited you to a Doodle poll.
Doodle AG, Werdstrasse 21, 8021 Zürich, Switzerland""")

c.add("procedural", subject="Motion for November GC: the Strathallie-Tealing line", sender=("Kirsteen Fyfe", "kirsteen.fyfe@gmail.com"),
      date=D(38), fmt="alt", tags=("hard-negative", "metaphor"),
      body="""Dear Morag,

Glen Allie & Upper Carse branch agreed the following motion at its meeting on 20 October (9 for, 3 against, 1 abstention). Proposer: Kirsteen Fyfe. Seconder: Ewan McNab.

Strathallie & Carse CLP:

1. Supports the transition to clean power and the need to connect new generation in the north to demand in the south.

2. Notes that the preferred route for the proposed 400kV overhead line passes through Glen Allie within 300 metres of Glen Allie Primary School and across the Allie Water at the Falls of Dunie, and that the consultation in September was held during the harvest, on a single weekday afternoon, in Kinbrae.

3. Believes that a line of 60-metre pylons will scar the glen for a century and kill the tourism that keeps the last shop and the hotel open, and that underground or subsea options have not been properly costed.

4. Asks Kirsty Drummond MP to press the operator and Ofgem for a fully costed underground option through the glen, and for a second round of consultation held in Glen Allie in the evening.

5. Asks the EC to organise a members' meeting on the line before the end of the year.

Kind regards,
Kirsteen Fyfe
Branch secretary""")

c.add("query", subject="zoom", sender=("Betty Crerar", "betty.crerar@btinternet.com"), date=D(37),
      tags=("elderly",),
      body="""Dear Morag

My grandson set up the zoom on my tablet when he was home but now it asks me for a meeting number and a pass word and I cannot find them in your email, there is only a blue line that says Join. When I press it nothing happens except it asks me to update something.

Could you please send me the numbers on their own so I can type them in. I do so want to hear the debate on the pylons, we can see the line of the posts from my window.

Yours aye
Betty Crerar
Inverallie""")

c.add("safety", subject="the line", sender=("Murdo Sinclair", "murdo.sinclair@outlook.com"), date=D(36),
      tags=("veiled", "embedded", "implicit"),
      body="""Mrs Henderson,

I attended the operator's "drop-in" in Kinbrae. A girl with an iPad told me the line would be "barely visible" from the Falls. She had never been up the glen. She didn't know where the Falls were.

I have lived at Dalnacraig for 42 years. The surveyors have been on my land three times without permission. Our MP has said nothing. Your councillors have said nothing. Your party's government is going to march pylons through the most beautiful glen in Scotland so that the lights stay on in Birmingham.

I have signed the petitions. I have written to the Energy Secretary. I have been polite for a year.

You live at Glenallie Mains, the last house up the glen, four miles from the nearest neighbour. Lovely spot. Wooden barns. It would be a shame if the pylons weren't the only thing in Glen Allie going up this winter.

Murdo Sinclair""")

c.add("other", subject="Tattie harvest - workers needed", sender=("Andy Laing", "laing.contracting@outlook.com"), date=D(36),
      tags=("misdirected",),
      body="""Hi

Saw your name come up when I searched Strathallie labour. Looking for 6-8 pickers for the last of the tatties at Mains of Carse, start Monday, about 10 days, cash or PAYE whichever suits. Can you send me your rates and whether you supply transport from Kinbrae?

Cheers
Andy Laing
Laing Agricultural Contracting""")

c.add("bulk", subject="[Scottish Labour Organisers] Rural canvassing safety - new guidance for the 2027 selections",
      sender=("Scottish Labour Field Team", "field@scottishlabour-field.scot"), date=D(35),
      headers=c.list_headers("Scottish Labour Organisers", domain="lists.scottishlabour-field.scot"),
      tags=("list", "hard-negative", "news-about-threats"),
      body="""Dear CLP secretaries,

With council selections beginning and the first canvassing of the 2027 cycle under way, we are issuing updated guidance on the safety of candidates, agents and volunteers. This follows several incidents reported across Scotland this year, including abuse of councillors at community council meetings and a volunteer who was followed on a rural road.

Key points for rural CLPs:
- Do not canvass single-track roads or remote farms alone. A minimum of two, and ideally a car with a driver who stays with it.
- Let someone at base know your route and your expected time back. Mobile signal can't be relied on: agree a check-in time.
- Candidates should not publish their home address. Under the rules, the address can be withheld from the ballot paper.
- If anyone is followed, threatened or receives abusive messages, report it to Police Scotland (101, or 999 in an emergency) and to the party's safeguarding team using the form on Membersnet.

A training session (online) will be held on Wednesday 18 November at 7pm. Details on Membersnet.

Scottish Labour Field Team

--
You are receiving this as a registered CLP officer. To leave this list, email organisers-leave@lists.scottishlabour-field.scot""")

c.add("data-protection", subject="Sandy Crerar", sender=("Isobel Crerar", "isobel.crerar@talktalk.net"), date=D(35),
      tags=("confuser", "dp-no-legal-words", "elderly"),
      body="""Dear Secretary,

A letter arrived today addressed to my husband, Alexander Crerar, asking him to renew his membership and "help in the coming elections".

Sandy died in March 2024. I wrote to the party at the time and sent a copy of the certificate. This is the third letter since. Each time it is like having it happen again.

Please would you see that his name is taken off everything, properly this time, and that nothing else is sent to him.

Yours sincerely,
Isobel Crerar (Mrs)""")

c.add("query", subject="Remembrance Sunday - Kinbrae", sender=("Major (retd) Ian Fotheringham", "ian.fotheringham@kinbraelegion.org.uk"),
      date=D(34), tags=(),
      body="""Dear Mrs Henderson,

As in previous years the Kinbrae branch of the Legion is organising the act of remembrance at the war memorial on Sunday 8 November. Parade forms up at the Square at 10.30 for the service at 10.50.

Could you let me know by Monday who will be laying the wreath on behalf of the constituency party, so that I can put the name on the order of wreath-laying, and whether Mrs Drummond MP will be attending in person or sending a representative? I need the MP's office to confirm separately for the police.

Yours sincerely,
Ian Fotheringham
Secretary, Royal British Legion Scotland, Kinbrae Branch""")

c.add("complaint", also=["query"], subject="Kirsty Drummond and the pylons", sender=("Catriona Munro", "catriona.munro@gmail.com"),
      date=D(34), tags=("confuser", "complaint-as-query"),
      body="""Morag,

Can you tell me why our MP hasn't said a single word in public about the Strathallie-Tealing line in eight months?

Can you tell me why her office's reply to me was a letter about "the importance of grid infrastructure for energy security" that I could have got from the operator's website?

Can you tell me whether she has actually been up Glen Allie since the route was announced?

And can you tell me, as a member who delivered leaflets for her in the snow in 2024, why I should do it again in 2029?

Catriona Munro
Glen Allie & Upper Carse branch""")

c.add("bulk", subject="Automatic reply: Glen Allie school consultation", sender=FRASER, date=D(33),
      headers=c.autoreply_headers("rfc3834"), tags=("autoreply",),
      body="""Thanks for your email. I'm in London with Kirsty this week for the Budget and will be picking up email in the evenings only.

Surgeries this month: Kinbrae Library, Friday 13 November 10am-1pm (appointments only); Drumaird Village Hall, Saturday 21 November 10am-12 noon (drop-in).

For urgent casework please call the constituency office on 01738 000 231.

Fraser Kerr
Office Manager to Kirsty Drummond MP""")

c.add("safety", subject="Fwd: pylons", sender=MCKAY, date=D(33),
      tags=("forwarded", "third-party-report", "veiled"),
      body=c.forward(
          """Morag - for the file. Came in to my council email overnight. I've had plenty of stick about the line but this is the first one that's mentioned the house, and Linda's not happy. Copied to Police Scotland this morning.

I'll still do the Drumaird hall meeting on the 12th but I'd like a couple of the lads from the branch to be there and to see me to the car.

Alan""",
          """McKay

You voted for the planning report. So here's a thought for you. How would you like a pylon through your own garden at Craigend, the one with the new conservatory and the trampoline? We know which one it is.

Plenty of folk in Drumaird have long memories and short tempers. Sleep well.""",
          "no.pylons.drumaird@mail.example.net", "pylons", orig_date=D(34), style="gmail"))

c.add("procedural", subject="Inverallie ward - branch nomination", sender=("Ewan McNab", "ewan.mcnab@hotmail.co.uk"),
      date=D(32), tags=(),
      body="""Hi Morag

Inverallie & Glen branch met last night (11 present, quorate) and nominated the following for the Inverallie ward selection:

1. Aileen Moncrieff (on the approved panel)
2. Sandy Pirie (on the approved panel)

Aileen was nominated on the first ballot, Sandy after a second. No other nominations were received. Signed form scanned in, Jean has the original.

Could you confirm these have gone to the selection committee? Also the branch would like it minuted that we want a hustings in Inverallie itself, not in Kinbrae - it's a 50 mile round trip for some of our members.

Ewan
Branch secretary, Inverallie & Glen""")

# ================================================================ early November

c.add("query", subject="EU citizens vote in council?", sender=("Magdalena Kowal", "magda.kowal@wp.pl"), date=D(31),
      tags=("non-native",),
      body="""Hi Morag,

Sorry for disturb you, I met you at the Kinbrae gala in summer on the Labour stand, you give me the leaflet.

I work in the Atholl Arms hotel as housekeeping supervisor, I am from Poland, in Scotland 11 years. My friends say Polish people can vote in Scotland for the council and for Holyrood but not for Westminster, is it correct? How I must register? I have settled status. My husband too.

Many of the girls in the hotel are Polish and Romanian and nobody explain this to us, maybe the Labour can make one small meeting in the hotel staff room?

Pozdrawiam,
Magda""")

c.add("urgent", subject="TONIGHT - Drumaird hall - snow", sender=("Elspeth Guthrie", "elspeth.guthrie@drumairdhall.org.uk"), date=D(31),
      tags=("supplier", "weather"),
      body="""Morag,

The Drumaird road is closed above the Bridge of Carse junction since 11 this morning - a lorry's jack-knifed at the Dunie bend and the snow's coming on again. The gritter can't get past it.

I've spoken to the hall committee and we're not opening the hall tonight, we can't have folk coming over the hill in this and the boiler's playing up anyway. I'm sorry, I know it's your big meeting on the pylons.

Can you let your members know before they set off? Some of them will be leaving Inverallie by 5. I'll put a sign on the door but that's no use to anyone stuck on the hill.

We won't charge. Give me a ring about a new date.

Elspeth Guthrie
Secretary, Drumaird Village Hall Committee""")

c.add("other", subject="Jock", sender=("Sheena Baird", "sheena.baird@btinternet.com"), date=D(30),
      tags=("condolence",),
      body="""Dear Morag

I'm sorry to tell you that my father, Jock Baird, passed away on Thursday night at the cottage hospital in Kinbrae. He was 91. He'd been failing since the summer but he was clear in his mind to the end, and he was still asking for the Advertiser on Wednesday.

Dad was a shepherd at Glenallie for 38 years, long before your time there, and a member of the party since Attlee. He used to say the only two things worth joining were the party and the union, and he'd been thrown out of neither.

The funeral is at Glen Allie Parish Church on Thursday 12 November at 2pm and after at the Allie Inn. Anyone from the party who knew him would be most welcome.

Sheena""")

c.add("query", also=["other"], subject="Ceilidh - tickets and veggie haggis", sender=("Rachel Buchanan", "rachel.buchanan@me.com"),
      date=D(30), tags=(),
      body="""Hi Morag! Two questions about the ceilidh on the 12th of December:

1. Can I pay cash on the door or do I have to do the online thing? My mum doesn't do cards and she's desperate to come.
2. Is there a veggie haggis? Last year there wasn't and my partner ate neeps and tatties and nothing else and has not let it go.

Also happy to run the raffle again if Callum doesn't mind!

Rachel x""")

c.add("safety", subject="Friday surgery", sender=DUNCAN, date=D(29),
      tags=("stalking", "implicit", "persistent"),
      body="""Morag,

I have been to Kirsty Drummond's last seven surgeries. Each time Fraser Kerr tells me I need an appointment. Each time I make one it gets "moved". I am not stupid.

I don't want casework. I want ten minutes with Kirsty herself, on her own, with no Fraser hovering, about the matter I have written to her about eleven times.

She stays at her mother's in Drumaird on a Thursday night before the surgery, I see the red Golf outside the house on Station Brae. I'd rather it was done properly at the office. But if the party keeps standing in the way of me speaking to my own MP, I'll speak to her wherever she is.

Duncan Lennie""")

c.add("complaint", subject="URGENT: Glen road not gritted", sender=("Kenny Robertson", "kennyrobertson@hotmail.com"), date=D(30),
      tags=("confuser", "urgent-subject-not-urgent", "angry", "noisy"),
      body="""URGENT

third morning in a row the glen road hasnt been gritted above the school. the school bus went sideways at the Dunie bend yesterday with 14 weans on it. the council say its "secondary route priority 2". PRIORITY 2. its the ONLY road in or out

your lot run the council budget working group so dont tell me its nothing to do with you. ive emailed the roads dept 4 times. somebody needs to get their finger out before its a headline in the advertiser

Kenny Robertson
Glen Allie""")

c.add("safety", subject="Notification: @StrathallieSaysNo mentioned you", sender=("X", "notify@x.com"), date=D(29), fmt="html",
      headers=c.newsletter_headers("X"), tags=("social", "doxxing", "html-only", "implicit"),
      html_body="""<html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;background:#fff">
<table width="100%" style="max-width:520px"><tr><td style="padding:16px">
<p style="font-size:15px"><b>Strathallie Says No</b> <span style="color:#536471">@StrathallieSaysNo</span> mentioned you</p>
<div style="border:1px solid #cfd9de;border-radius:12px;padding:12px;font-size:15px">
<p>Here's where Labour's <span style="color:#1d9bf0">@StrathLabourSec</span> lives, folks. Glenallie Mains, last farm up the glen road. Cattle grid at the bottom, no neighbours for 4 miles, no phone signal past the church. She gets home after 9 on GC nights.</p>
<p>Just saying. Maybe she'd like to hear what the glen thinks of her pylons up close. 🔥</p>
<p style="color:#536471;font-size:13px">📍 Map pin: Glenallie Mains</p>
<p style="color:#536471;font-size:13px">41 Reposts &nbsp; 118 Likes</p>
</div>
<p><a href="https://x.com/StrathallieSaysNo" style="background:#000;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none">View post</a></p>
<p style="font-size:12px;color:#536471">You're receiving this because you have notifications on for mentions. Unsubscribe. X Corp. 1355 Market Street, Suite 900, San Francisco, CA 94103</p>
</td></tr></table></body></html>""",
      body="")

c.add("data-protection", subject="your WhatsApp group", sender=("Neil Anderson", "neilanderson.kinbrae@gmail.com"), date=D(28),
      tags=("confuser", "dp-no-legal-words"),
      body="""Hi Morag

Not sure if you know but Gordon posted a photo of the Kinbrae branch contact list on the "Strathallie Community Noticeboard" Facebook page yesterday - I think he meant to send it to the branch WhatsApp. It's got about 60 names, phone numbers and which street folk live on. It was up for at least five hours before someone told him. 1,900 people in that group.

It's down now but I've no idea how many folk saw it or screenshotted it. With everything going on about the pylons and people getting abuse, I'm not comfortable. Does someone need to tell everyone on the list? What else should happen?

Neil""")

c.add("urgent", subject="wreath!!", sender=JEAN, date=D(24), tags=(),
      body="""Morag - I've just realised nobody picked up our wreath from the Poppyscotland shop in Kinbrae. Mrs Baxter says she closes at 12 today (Saturday) and she's not open tomorrow, obviously, and the service is at 10.50 tomorrow.

I'm stuck at the Perth Royal with Tam's eye appointment and won't be back till teatime. Can you or Callum get there before 12? It's paid for, it's under "Strathallie Labour".

Otherwise we'll be the only party without one and the Advertiser will notice, you know they will.

J""")

c.add("bulk", subject="You're going! Strathallie Labour Christmas Ceilidh - Order #TS-4417829",
      sender=("TicketSource", "noreply@ticketsource.co.uk"), date=D(27), fmt="alt",
      tags=("confuser", "robot-no-list-headers"),
      body="""Thanks for your order, Morag!

Strathallie Labour Christmas Ceilidh
Saturday 12 December 2026, 7.30pm
Kinbrae Town Hall, High Street, Kinbrae

Tickets: 2 x Adult (incl. supper) £18.00 each
Booking fee: £1.40
Total paid: £37.40

Your e-tickets are attached. Please show them on your phone or printed at the door.

Organiser: Strathallie & Carse CLP. For questions about the event please contact the organiser directly.

TicketSource Ltd. This is an automated email, replies to this address are not monitored.""")

c.add("procedural", subject="Minutes - GC 29 October (draft) - corrections", sender=CALLUM, date=D(27),
      tags=(),
      body="""Morag, thanks for turning these round so quickly. Three small things before they go to branches:

- Item 3: Alan McKay gave apologies, he wasn't absent without apology.
- Item 6 (pylons motion): the vote was 14-6-2, not 14-5-3. I've checked with Kirsteen and the Zoom tally.
- Item 8: please add "The chair reminded members that the GC's discussion of individual councillors' planning decisions should take place within the code of conduct."

And can you add under AOB that the members' meeting on the line is now to be rearranged after the snow cancellation.

Callum""")

c.add("complaint", subject="leaflet", sender=("Lachlan MacRae", "lachlanmacrae@icloud.com"), date=D(26),
      tags=("angry",),
      body="""Dear Sir/Madam,

I received your "Inverallie Matters" leaflet this morning. It says, in large type, that "Labour secured a new bus for Inverallie". The 47 was saved by a petition started by the community council, paid for by the Strathallie Transport Partnership, and voted through by every party on the council, including ones you apparently don't like very much.

It also spells Inverallie "Inverally" on the back page. Twice.

I have no political axe to grind. I would simply ask that you stop claiming credit for other people's work, and that whoever proofreads your literature has at least been to the place.

Yours faithfully,
Lachlan MacRae
Chair, Inverallie Community Council (writing in a personal capacity)""")

c.add("safety", subject="Re: Canvass session Saturday - Auchterlie farms", sender=JEAN, date=D(26),
      tags=("quoted", "embedded", "veiled"),
      body=c.quote_reply(
          """Count me in for Saturday, Morag. I'll bring the flask and the big map. Could we start at Mains of Auchterlie and do the farm road last while it's still light?

Jean""",
          """Morag,

Re your wee email about "canvassing the Auchterlie farms". Save yourself the diesel. Nobody up here is voting Labour ever again after what your Chancellor did to us.

And if you and your pals are coming up the Auchterlie road, I'd think on. It's a long road, it's a dead end, and there's no signal past the burn. If your car ends up in the ditch nobody's going to be in much of a hurry to pull it out. Accidents happen up here, you know that better than anyone.

A. Grant
Mains of Auchterlie""", quoted_from="Alasdair Grant <a.grant.auchterlie@btinternet.com>", quoted_date=D(27), style="gmail"))

c.add("other", subject="thank you from the Legion", sender=("Major (retd) Ian Fotheringham", "ian.fotheringham@kinbraelegion.org.uk"),
      date=D(22), tags=("thanks",),
      body="""Dear Mrs Henderson,

On behalf of the Kinbrae branch, thank you for the constituency party's attendance on Sunday and for the wreath, which arrived in the nick of time I understand. The turnout was the largest since the centenary and the weather was kind to us for once.

Mrs Drummond's reading was very well received. Please pass on our thanks to her office.

Yours sincerely,
Ian Fotheringham""")

c.add("urgent", also=["procedural"], subject="Inverallie selection - Aileen's form missing signature, deadline noon tomorrow",
      sender=LAUREN, date=D(22), tags=(),
      body="""Hi Morag,

Quick flag. Aileen Moncrieff's consent-to-nomination form for Inverallie has come through without the signature of her nominating branch officer - the box is blank. The selection committee's deadline for complete paperwork is 12 noon tomorrow (Wednesday), and I can't put her on the ballot paper without it.

Sandy Pirie's is fine.

Could you get Ewan (or whoever chaired the branch meeting) to sign and scan it back to me tonight or first thing? A photo on a phone is fine as long as it's legible.

Thanks,
Lauren

Lauren McPhee
Organiser, North & East Scotland""")

c.add("query", subject="new member - which branch?", sender=("Priya Venkatesh", "priya.venkatesh@outlook.com"), date=D(25),
      tags=(),
      body="""Hello,

I've just moved from Glasgow (Pollokshields) to Bridge of Carse - we've bought the old schoolhouse - and I've transferred my membership online. I was very active in my old CLP (women's officer for two years).

Which branch would I be in, and when does it next meet? Is it mostly online? We're still waiting on broadband, so Zoom might be a challenge for a few weeks!

Best wishes,
Priya""")

c.add("bulk", subject="Strathallie Farmers' Network - November bulletin: the Budget and us",
      sender=("Strathallie Farmers' Network", "bulletin@strathalliefarmers.scot"), date=D(25), fmt="alt",
      headers=c.newsletter_headers("Mailerlite"), tags=("newsletter", "hard-negative", "metaphor"),
      body="""STRATHALLIE FARMERS' NETWORK - NOVEMBER BULLETIN

THE BUDGET AND US
The Chancellor had a chance on Wednesday to undo the damage of the APR changes. She didn't. For many of the family farms in this strath, that is the final nail in the coffin. Our chair's response is on the website, and we will be writing to every MP and MSP in the area, including Kirsty Drummond.

TRACTOR RALLY
Kinbrae, Saturday 28 November, 11am, assembling at the mart. Please keep it peaceful and lawful: no blocking of the A-roads, and give way to emergency vehicles. The police have been briefed.

MART PRICES
Store lambs up 4p on last month. Suckled calves steady.

DATES
Winter meeting - Allie Inn, 3 December, 7.30pm. Speaker on succession planning.

You are receiving this because you signed up at the Strathallie Show. Unsubscribe.""")

c.add("complaint", subject="Budget and PIP - I'm done", sender=("Shona Cairns", "shona.cairns1972@gmail.com"), date=D(25),
      tags=("hard-negative", "angry"),
      body="""Morag,

I'm writing to resign my membership, and because I want somebody in this party who isn't a minister to read why.

I have MS. I was diagnosed at 41. I worked at the council in Kinbrae for nineteen years until I couldn't manage the stairs or the fatigue. My PIP is what pays for the taxi to the hospital in Perth, the adapted kitchen, the carer who comes on my bad days. The Budget confirms that the new assessment is going ahead, and every person I know on PIP has done the sums.

In 2024 I stood at the Kinbrae Co-op in the rain with a clipboard and told people that Labour would be different. I believed it. I told my neighbour, who has a son with autism, that she'd be all right. She asked me last week whether I'd known. I didn't know what to say.

I know you'll say it's not you. It isn't. You drove me to the count, you sent me flowers when I was in the Royal. But I can't carry a party card that means I signed up to this.

Please cancel my membership and take me off the branch email.

Shona""")

c.add("query", subject="Helping with the newsletter", sender=("Alistair Reid", "alistair.reid.retired@gmail.com"), date=D(24),
      tags=(),
      body="""Dear Morag,

I retired from teaching English at Kinbrae Academy in the summer, and my wife tells me I need a project before I reorganise the garage again.

I noticed the CLP newsletter hasn't come out since the spring. Would it help if I took that on? I can write, edit and (God help me) proofread, and I'm passably competent with a computer. Is there a template, and who decides what goes in? I'd want to know where the editorial lines are before I start.

Best wishes,
Alistair Reid""")

c.add("safety", subject="Sunday on the Auchterlie road", sender=("Ewan McNab", "ewan.mcnab@hotmail.co.uk"), date=D(23),
      tags=("third-party-report", "following"),
      body="""Morag,

Something happened on Sunday's canvass that I think needs to go on record, and I think the police should hear about it.

Rhona and I did the Auchterlie farms in the afternoon (I know, I know - it was supposed to be three of us but Jean had to cancel). From the second farm onwards a green pickup followed us. It sat 50 yards back with the engine running while we were at each door, and pulled out after us when we drove on. At the turning for Mains of Auchterlie it pulled across the road in front of us and a man got out. He had a shotgun broken over his arm - legal enough, it was a Sunday and there's a shoot on that estate - but he stood at Rhona's window and said, "You're on private land. Next time I won't be so friendly." Then he looked at her for a long time and said "Rhona, isn't it. From the school."

We came straight back down. Rhona's a teacher at Glen Allie Primary. She's not slept since.

I didn't get the full reg but it began SV and had a rusty tow bar. I'm sure it's the same man who sent you that message.

Ewan""")

c.add("bulk", subject="Your export is ready: Kinbrae Central - canvass returns (Nov)",
      sender=("Doorstep", "no-reply@doorstep-app.example-labour.org.uk"), date=D(21),
      tags=("confuser", "robot-no-list-headers"),
      body="""Hi Morag,

The export you requested is ready to download.

File: Kinbrae Central - canvass returns (Nov).csv
Records: 1,284
Requested: 20/11/2026 21:47

This link expires in 24 hours. For data protection reasons, exports must not be shared outside the party or stored on personal devices for longer than necessary.

Download

This is an automated message from the party's canvassing system. Please do not reply.""")

c.add("procedural", subject="Notice of rule change for the AGM - hybrid voting", sender=("Ruaridh Morrison", "ruaridh.morrison@outlook.com"),
      date=D(21), fmt="alt", tags=(),
      body="""Dear Secretary,

On behalf of Upper Carse branch I give notice, under the CLP's standing orders, of the following rule change for consideration at the Annual General Meeting in February 2027.

Current text (SO 6.3): "Voting at meetings of the General Committee shall be by show of hands of delegates present."

Proposed text (SO 6.3): "Voting at meetings of the General Committee shall be by show of hands of delegates present, and by a method determined by the Executive Committee for delegates participating remotely, so that every delegate may vote whether attending in person or remotely."

Reason: Many delegates from the upper glens cannot travel to Kinbrae in winter. At the October GC six delegates on Zoom were told they could speak but not vote. The snow cancellation of the pylons meeting shows that this will happen again.

Proposed by Ruaridh Morrison, seconded by Kirsteen Fyfe. The branch agreed this on 17 November (12 for, 0 against).

Kind regards,
Ruaridh Morrison
Upper Carse branch""")

c.add("safety", subject="Contact form: Message", sender=c.form_robot(), date=D(20), reply_to="drumaird.loon@mail.example.net",
      tags=("webform", "noisy", "veiled"),
      body=c.webform({
          "Your name": "drumaird loon",
          "Your email": "drumaird.loon@mail.example.net",
          "Subject": "mckay",
          "Your message": "tell yon cooncillor mckay he better no show his face in the drumaird arms again. the boys are waitin on him. voted for they pylons an he'll get whit's comin tae him, an it'll no be a pint. wee b@st@rd. we ken fine where craigend is",
      }, form="Get in touch"))

c.add("data-protection", subject="Fw: what you wrote about me", sender=("Shamim Ahmed", "shamim.ahmed.kinbrae@gmail.com"), date=D(19),
      tags=("non-native", "confuser", "dp-no-legal-words", "forwarded"),
      body=c.forward(
          """Dear Madam,

My nephew see this in the group chat of the young Labour and send to me. It is the list of the shop on the High Street, and beside my name and my restaurant it say "Bengal Spice - owner hostile, ex-Lab, don't bother". I am not hostile. I was angry one time about the parking in the Square because my customer get ticket, I tell this to your canvasser. Now my name is in the phone of many young people like I am enemy.

Please I want to see everything which the party write about me and my family, and please remove this word hostile. It is not good to write such thing about a businessman in small town.

Shamim Ahmed
Bengal Spice, High Street, Kinbrae""",
          """guys this is the shop list for sat, skip the ones marked dont bother!!

1 Kinbrae Pharmacy - friendly, poster ok
2 Bengal Spice - owner hostile, ex-Lab, don't bother
3 McLaren Butchers - SNP, polite
...""",
          "Rory (Young Labour Strathallie)", "shop list sat", orig_date=D(21), style="outlook"))

c.add("other", subject="Ceilidh band", sender=("Fiona Gillies", "fiona@thecarseramblers.co.uk"), date=D(19),
      tags=("sales-pitch-person",),
      body="""Hi there,

I hear through the grapevine (my cousin's in your Inverallie branch!) that you might still be looking for a band for your Christmas ceilidh on the 12th.

We're the Carse Ramblers - four-piece, fiddle, box, guitar and drums, with a caller - and we've played every village hall from Drumaird to Dunkeld. We happen to have had a cancellation for the 12th. Our usual rate is £650 for the evening; we'd do it for £520 for a community event, including our own PA.

Sample videos on our Facebook page. Happy to chat.

Fiona Gillies
The Carse Ramblers""")

# ================================================================ late November

c.add("safety", subject="Re: Friday surgery", sender=DUNCAN, date=D(18),
      tags=("stalking", "following", "persistent", "conditional"),
      body=c.quote_reply(
          """You say Kirsty "does not meet constituents privately outside surgery, for everyone's safety". Whose safety? Mine?

I was outside her mother's on Station Brae on Thursday night. The Golf was there. I didn't knock. I watched the light go off at half ten.

I'll be at the Drumaird surgery on Saturday and I'll wait for her at the car afterwards, since that's the only place Fraser won't be. If she won't see me there, I know the road she takes back to Edinburgh on a Sunday and where she stops for petrol. It's her choice how this goes.

Duncan""",
          """Dear Mr Lennie,

Thank you for your email. I'm afraid Kirsty does not meet constituents privately outside surgery, for everyone's safety. Her office manager, Fraser Kerr, will be glad to arrange an appointment at the next Kinbrae surgery so that your concerns can be properly raised.

Yours sincerely,
Morag Henderson
Secretary, Strathallie & Carse CLP""", quoted_from=SEC, quoted_date=D(28), style="outlook"))

c.add("procedural", subject="Nominations - Scottish Labour conference delegates", sender=("Aileen Moncrieff", "aileen.moncrieff@gmail.com"),
      date=D(17), tags=(),
      body="""Morag,

Please accept this as my nomination for one of the CLP's two delegate places to Scottish Labour Conference in March. Nominated by Inverallie & Glen branch on 10 November; seconded by Ewan McNab.

I'd also like to be considered for the CLP's nomination to the Rural Scotland policy commission if that's being done at the same GC.

Aileen""")

c.add("urgent", also=["query"], subject="Advertiser: pylons vote - can we get a quote by 5pm?", sender=("Gregor Imrie", "gregor.imrie@kinbraeadvertiser.co.uk"),
      date=D(17), tags=("press",),
      body="""Hi Morag,

Gregor at the Advertiser. We're leading Thursday's paper on the pylons and the council's planning response, which the SNP group say Labour councillors "waved through". We also have a statement from the Glen Allie action group accusing the CLP of "hiding behind Kirsty Drummond".

Would the CLP like to respond? Our deadline is 5pm today as the paper goes to print tomorrow morning. A couple of sentences is fine, or I can call the chair if you'd prefer.

Cheers,
Gregor Imrie
Chief Reporter, Kinbrae Advertiser
01738 000 555""")

c.add("complaint", subject="Glen Allie Primary", sender=("Kerry Menzies", "kerrymenzies@hotmail.co.uk"), date=D(16),
      tags=("hard-negative", "legal-threat", "angry"),
      body="""Dear Secretary,

I am writing as chair of the Glen Allie Primary Parent Council.

Councillor McKay, a Labour councillor, told our parents' meeting in September that he would "fight for the school". Last week he voted with the SNP administration to proceed to statutory consultation on "mothballing" it. Six children. Our youngest are four and five years old. The alternative is a 50-minute bus ride each way, over a road that isn't gritted, on a bus that went sideways at the Dunie bend a fortnight ago.

We do not accept that the consultation has followed the Schools (Consultation) (Scotland) Act, and we have instructed a solicitor. You will be hearing from them and so will the council.

We would also like to know whether the Labour group's position is Councillor McKay's position, and if not, what the CLP intends to do about it. We will make sure every family in the glen knows the answer before May.

Kerry Menzies
Chair, Glen Allie Primary Parent Council""")

c.add("bulk", subject="Kirsty Drummond invited you to an event: Drumaird Drop-in Surgery",
      sender=("Facebook", "notification@facebookmail.com"), date=D(16), fmt="alt",
      headers=c.newsletter_headers("Facebook"), tags=("social",),
      body="""Kirsty Drummond MP invited you to her event.

Drumaird Drop-in Surgery
Saturday 21 November at 10:00 - 12:00
Drumaird Village Hall

"Come and see me about anything that matters to you - no appointment needed. Tea and tablet courtesy of the hall committee!"

Going · Maybe · Can't go

This message was sent to secretary@strathallielabour.scot. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, Ireland. Unsubscribe""")

c.add("safety", subject="constituency office - envelope", sender=FRASER, date=D(15),
      tags=("suspicious-item", "third-party-report", "explicit"),
      body="""Morag,

Kirsty asked me to let you and Callum know before it gets out, as it will.

This morning's post at the Kinbrae office included a stiff brown envelope addressed to Kirsty in block capitals, second class stamp, Perth postmark. Inside was a Christmas card. Taped inside the card was a shotgun cartridge, unfired, and written underneath in the same capitals: "ONE FOR YOU. NO MORE PYLONS."

I put it down on the desk as soon as I saw what it was and didn't touch it again. Police Scotland have been and taken it, the office is shut for today, and the parliamentary security people have been informed. Kirsty is in London.

We are reviewing whether Saturday's Drumaird drop-in goes ahead. Given the reports from the Auchterlie canvass and the message to Alan McKay, the police want a list of any other incidents the CLP knows of in the last month. Can you put one together for me by tomorrow?

Fraser

Fraser Kerr
Office Manager to Kirsty Drummond MP""")

c.add("other", subject="Fw: Fw: a wee laugh", sender=("Wilma Cochrane", "wilma.cochrane@aol.com"), date=D(14),
      tags=("elderly", "forwarded", "hard-negative", "benign-violent-word"),
      body="""Morag dear, my sister sent me this and I thought it would give you a laugh after the week you've had. Don't worry about replying. Love Wilma

-----Original Message-----
From: Nan Cochrane <nan.cochrane@btinternet.com>
Sent: 14 November 2026 09:12
To: wilma.cochrane@aol.com
Subject: Fw: a wee laugh

A Labour canvasser, a Tory canvasser and an SNP canvasser arrive at a farmhouse door at the same time. The farmer comes out with his collie and says "I'll shoot the first one of you that mentions pylons." The Tory says "Well, I'll be off then." The SNP one says "That's a matter for Westminster." And the Labour one says "Could I interest you in a postal vote?"

Ha ha! Nan x""")

c.add("query", subject="URGENT!!!! membership card", sender=("Jamie Stewart", "jamie.stewart04@icloud.com"), date=D(14),
      tags=("confuser", "query-with-urgent", "mobile"),
      body="""URGENT!!!! hi i joined in september and never got a membership card or anything?? do we still get cards or is it all online now. also how do i get on the youth whatsapp

sent from my iphone""")

c.add("data-protection", subject="unsubscribe", sender=("R. Halliday", "rhalliday@sky.com"), date=D(13),
      tags=("confuser", "dp-no-legal-words"),
      body="""Take me off your list please. I don't know how I got on it.""")

c.add("safety", subject="phone calls", sender=CALLUM, date=D(12),
      tags=("harassment", "third-party-report", "implicit", "persistent"),
      body="""Morag,

I didn't want to say at the EC with everyone there, but I think I should tell you and I think it should go on Fraser's list for the police.

Since the pylon motion went through we've had calls to the landline at home, always from a withheld number, always between 10 and 11 at night. Eleven of them now. For the first week nobody spoke, you'd just hear a car engine running. Kirsten started unplugging the phone.

On Tuesday I answered and a man said, quite calm, "How's your lassie getting on at Kinbrae Academy, Callum? Second year, isn't it. She gets the late bus on a Wednesday after hockey." Then he hung up.

I haven't got a landline number listed anywhere and Eilidh's school isn't on any of my social media. Kirsten is picking her up from hockey now. I'm probably overreacting, but I'd rather you knew.

Callum""")

c.add("complaint", subject="GC - being talked over", sender=("Moira Kennedy", "moira.kennedy@btinternet.com"), date=D(12),
      tags=("angry",),
      body="""Morag,

I want to put on record how I was treated at the GC on the 26th. I'd waited forty minutes to speak on the pylons. When I was finally called, Callum cut me off after about ninety seconds to "keep to time", then let Alan McKay speak for six minutes in reply without interruption.

I was the only person from the upper glen in the room. I'd driven an hour and a half to be there, in the dark, on that road.

I don't expect to win every argument. I do expect to be heard. If this happens again I'll make sure every member in Glen Allie branch knows how the upper glen is treated at GC.

Moira Kennedy""")

c.add("procedural", subject="Women's officer - standing down", sender=("Fiona Duthie", "fiona.duthie@outlook.com"), date=D(11),
      tags=(),
      body="""Dear Morag,

I'm afraid I have to stand down as the CLP's women's officer with effect from the end of this month. Mum has moved in with us after her fall, and between her and the kids I can't do the role justice.

I'd be grateful if the EC could arrange for the vacancy to be filled at the January GC. I'm happy to hand over to whoever takes it on, including the notes from the women's forum and the list of contacts for the International Women's Day event, which was pencilled in for the Kinbrae library on 7 March.

Thank you for your support these two years. It's been a pleasure.

Fiona""")

c.add("bulk", subject="Undelivered Mail Returned to Sender", raw=redate(c.bounce(
      "sandy.crerar@talktalk.net", orig_subject="Strathallie Labour - ceilidh tickets now on sale!"), D(10)), body="",
      tags=("bounce",))

c.add("other", subject="a long letter, sorry", sender=("Margaret Ross", "peggy.ross@talktalk.net"), date=D(10),
      tags=("elderly", "hard-negative", "benign-violent-word"),
      body="""Dear Morag,

My niece has shown me how to do the email so you will be getting more of these from me, I'm afraid.

I was sorry to miss the GC but I don't drive in the dark now and the bus from Inverallie stopped running after six years ago. I read the minutes though. I am glad somebody is making a fuss about the pylons but I will say this, and you can tell the young ones: when the Hydro Board came up the glen in 1954, everybody said the same. My father worked on the tunnels with the Irish boys, the tunnel tigers they called them. They blasted clean through the hill at Dunie with gelignite and half the glen was shaking for two years. Folk said it would be the ruin of the place. Then the power came, and we had a light in the byre for the first time and my mother cried. So I am not against the line. I just want it done right, and I want somebody to ask us first, which nobody did in 1954 either.

I hope your ewes are doing well. Jock Baird used to say you had the best eye for a tup in the glen, for an incomer.

With kind regards,
Peggy Ross (Mrs Margaret Ross)
Inverallie""")

c.add("complaint", subject="three emails, no reply", sender=("Tom Harkins", "tom.harkins@gmail.com"), date=D(9),
      tags=(),
      body="""Hi Morag,

I've now sent three emails (19 October, 2 November, 16 November) about my membership transfer from Edinburgh South and haven't had a reply to any of them. I'm still showing on Membersnet as "Edinburgh South West" and I can't get into the Strathallie events.

I appreciate you're a volunteer and it's been a busy month, but I'd like to be able to go to the selection meeting in Kinbrae Central. An acknowledgement would be something.

Tom Harkins""")

c.add("safety", subject="Inverallie selection", sender=("Alec Moffat", "alecmoffat@hotmail.co.uk"), date=D(8),
      tags=("conditional", "veiled", "noisy"),
      body="""Morag

I've been told by Lauren that my application to the panel has been "deferred" AGAIN and I won't be on the Inverallie ballot. Third time. Twenty-two years in this party.

SO LET ME BE CLEAR. If that selection goes ahead on the 4th without my name on it, I will be there, and there will be a scene that nobody in that hall forgets, and some of the people responsible won't be walking out of it the way they walked in. I've got nothing left to lose now, Morag. Nothing.

You can tell Lauren and Ewan and Aileen that. Or don't, and see.

Alec""")

c.add("query", subject="invoice - Town Hall 12 Dec", sender=("Kinbrae Town Hall Bookings", "bookings@kinbraetownhall.org.uk"),
      date=D(7), tags=("supplier",),
      body="""Dear Ms Henderson,

Thank you for your booking of the Main Hall and kitchen for Saturday 12 December (6pm-1am).

Before we can issue the invoice we need to confirm:
1. whether you require the bar licence extension past midnight (additional £45, must be applied for by 1 December);
2. the name of the responsible person who will hold the keys on the night;
3. whether your band is bringing their own PA or will use the hall system.

Please also note that the upstairs fire exit is out of use while the stair is repaired, so the capacity for the evening is reduced to 180.

Kind regards,
Bookings Office
Kinbrae Town Hall Trust""")

c.add("urgent", subject="Fwd: ceilidh hall - fire officer", sender=CALLUM, date=D(6),
      tags=("forwarded", "hard-negative", "benign-violent-word"),
      body=c.forward(
          """Morag - see below. Tomorrow morning. I'm at work in Dundee all day so can you do it? Or Jean? If nobody's there they void the certificate and we lose the hall for the 12th with 160 tickets sold.

C""",
          """Dear Mr Rattray,

Further to our inspection of the upstairs fire exit at Kinbrae Town Hall, the fire safety officer will attend tomorrow, Tuesday 24 November, at 9.30am to test the fire alarm and emergency lighting before the temporary certificate can be issued for December events.

A representative of each hirer with a booking before 20 December must be present to sign the fire safety briefing, including the evacuation procedure and the location of the fire extinguishers and assembly point. If no representative attends, we will be unable to let the hall for your event.

Kind regards,
Bookings Office, Kinbrae Town Hall Trust""",
          "Kinbrae Town Hall Bookings <bookings@kinbraetownhall.org.uk>", "Fire safety inspection - attendance required",
          orig_date=D(6), style="outlook"))

c.add("safety", subject="pylon meeting rearranged", sender=("Hector Fleming", "hfleming.glenallie@btinternet.com"), date=D(4),
      tags=("implicit", "wish-harm", "veiled"),
      body="""Mrs Henderson,

I see you've rearranged the members' meeting on the line for Drumaird on the 9th now the road's open again. Good. Some of us from the glen who aren't members will be outside, since we're not allowed in.

Tell Kirsty Drummond if she comes she'd be wise to park facing down the road.

I'm not wishing anything on the woman. But if that wee car of hers went off the Dunie bend in the ice on her way home, there's not many in Glen Allie would be in a hurry to phone it in.

H. Fleming""")

c.add("other", subject="good news (and thanks)", sender=("Rhona Mitchell", "rhona.mitchell@gmail.com"), date=D(3),
      tags=("personal-news",),
      body="""Hi Morag,

Just to say thanks for ringing on Monday, it really helped. I've spoken to the police and they've been up to see the man at Auchterlie. I'm OK - honestly better than I was.

Nicer news: Dougie proposed on Saturday (on top of Ben Dunie, in a hailstorm, romantic as ever) and I said yes! So I might be less use for canvassing in the spring, what with a wedding to plan.

See you at the ceilidh. I'll be the one showing everyone the ring.

Rhona x""")

# Tag the messages mailkit happened to render as HTML-only, so the per-class figures are honest.
import email  # noqa: E402
c.items = [(data, cats, mn, tags + ("html-only",)
            if email.message_from_bytes(data).get_content_type() == "text/html" and "html-only" not in tags
            else tags) for data, cats, mn, tags in c.items]

c.write()
