"""train_tf2: personas writing to the secretary of Kelvin North CLP (Jamie Rennie).

Personas: Tam McGovern (Unite bus workers' branch secretary), Jessie Rankin (81, types in
capitals), "Gary Wylie" (far-right agitator, several addresses), Cllr Siobhan Docherty
(councillor under pressure over the budget), Callum Baird (reporter, Kelvin Courier).
MP: Fiona Rutherford. MSP: Kenny Lennox. All invented.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tf2", seed=1602)
SEC = "%s <%s>" % c.secretary()

TAM = ("Tam McGovern", "tam.mcgovern@unite-g712.org.uk")
JESSIE = ("JESSIE RANKIN", "jessierankin1944@aol.com")
WYLIE = ("Gary Wylie", "britishandproud_gw@gmail.com")
WYLIE2 = ("Kelvin North Patriot", "kelvinnorthpatriot@proton.me")
DOCHERTY = ("Cllr Siobhan Docherty", "siobhan.docherty@councillors.cityofkelvin.gov.uk")
DOCHERTY_P = ("Siobhan Docherty", "shivdocherty@hotmail.co.uk")
BAIRD = ("Callum Baird", "callum.baird@kelvincourier.co.uk")

P_TM = "persona-tam-mcgovern"
P_JR = "persona-jessie-rankin"
P_GW = "persona-gary-wylie"
P_SD = "persona-siobhan-docherty"
P_CB = "persona-callum-baird"

# ---------------------------------------------------------------- Tam McGovern (Unite)
c.add("procedural", sender=TAM, subject="Unite G/712 - affiliation and GC delegates 2026",
      body="""Jamie,

Confirming the branch has paid its affiliation to Kelvin North CLP for 2026 (paid by BACS on the 9th, ref G712-KN-AFF, £156 on 52 levy-paying members at the current rate).

Our delegates to the General Committee for the year are:

1. Tam McGovern (branch secretary)
2. Rose Kilbride (Parkhead depot rep)
3. Abdi Nur (Firpark depot rep)

All three are individual party members. Rose's membership number is on the form - she had a mix-up with her direct debit in the summer but it's sorted.

Can you confirm they'll be on the credentials list for the March GC.

In solidarity,
Tam

Tam McGovern
Branch Secretary, Unite G/712 (Bus Workers)
""", tags=(P_TM,))

c.add("complaint", sender=TAM, subject="Firpark depot - where is the CLP on this",
      body="""Jamie,

I'll not dress this up. First Kelvin have announced they're shutting Firpark depot and moving the routes to the out-of-town site. That's 140 jobs gone or moved somewhere half the drivers can't get to at 5 in the morning without a car. It'll gut the north side of the city's bus network and it'll kill off half the evening services to the schemes.

We've had a statement from the SNP councillors. We've had a statement from the Greens. We've had nothing from Kelvin North Labour, nothing from Fiona and nothing from Kenny. That's not good enough from a party that was founded by the unions and takes our affiliation money every year.

The branch is going to fight this like hell. We'll be at the gates, we'll be at the council, and we'll be at every Labour meeting until somebody stands up and says where they are. I want to know by the end of the week whether the CLP will back us publicly, yes or no.

Tam""", tags=(P_TM, "hard-negative", "metaphor", "angry"))

c.add("urgent", sender=TAM, subject="Depot gates rally the morra 6am - banner + speaker",
      body="""Jamie - quick one, sorry for the late notice.

The rally's been moved forward to TOMORROW (Wednesday) 6am at the Firpark depot gates because management have brought the consultation meeting forward to 9. We were told at 4 o'clock today.

Two things:
- Can someone bring the CLP banner? Last I heard it was in Kenny's office.
- Fiona said she'd speak. Is she still coming, and if not can someone from the CLP say a few words? 3 minutes max, it'll be freezing.

I need to know tonight so I can sort the running order. Phone's on: 07700 900 781.

Tam""", tags=(P_TM,))

c.add("query", sender=TAM, subject="Union delegates and the selection",
      body="""Jamie,

Question from the branch: when the CLP selects for the Holyrood list ranking next year, do our affiliated delegates get a vote at the GC, or is it a one member one vote ballot? And can the branch nominate? We had a nomination from Unite for Kenny last time but some of the younger reps weren't around then and I'd rather tell them right.

Cheers
Tam""", tags=(P_TM,))

c.add("safety", sender=TAM, subject="Incident at the picket line this morning - councillor Mullen",
      body="""Jamie,

For the record, and so the CLP is aware, as Gerry Mullen is your candidate for Firpark.

At approximately 06.40 this morning a man in a dark grey pickup (partial reg SF19, we've given what we have to the police) slowed alongside the picket line at the depot gates, wound his window down and shouted at Gerry, who was standing with us. Words to the effect of: "Mullen, you're the Labour boy. I'll be back for you with the lads when there's nae cameras about." He then accelerated towards the line before swerving off. Nobody was hurt. Two of our members were close enough to jump back.

He came past again at about 07.15, slowly, and pointed at Gerry.

The branch has reported it to Police Scotland (incident number 0347 of today) and to Unite's regional office. Gerry was shaken but is fine. He's asked that we don't make a big thing of it on social media, but I think your officers need to know, and I'd suggest he's not out canvassing on his own for a while.

Tam McGovern
Branch Secretary""", tags=(P_TM, "third-party-report", "explicit", "following"))

c.add("complaint", sender=TAM, subject="Fiona at the picket",
      body="""Jamie,

Fiona's office told us on Monday she'd be at the gates on Wednesday. She wasn't. No phone call, no message, nothing. 80 drivers stood in the sleet for two hours and half of them asked me where she was.

I've been a Labour member 31 years. I know MPs are busy and I know things come up. But the message it sends when the Tory-voting bus company gets a meeting with her and the drivers get a no-show is a bad one, and I'll be saying so at the GC.

I'd appreciate it if you passed that on. I'm not after an apology, I'm after her being there next time.

Tam""", tags=(P_TM,))

c.add("other", sender=TAM, subject="thanks from the branch",
      body="""Jamie,

Just wanted to say a proper thank you from G/712 to the CLP. The bucket collection at the GC raised £347 for the strike fund and your Braeside branch put in another £200 on top. That's real money for drivers who've lost three days' pay.

The dispute's settled, by the way - the depot stays open until at least 2028 and there's a no-compulsory-redundancy agreement. Not everything we wanted but a lot more than we were offered.

See you at the GC. First round's on me.

Tam""", tags=(P_TM,))

c.add("bulk", sender=("Unite G/712 Bus Workers", "bulletin@unite-g712.org.uk"),
      subject="Branch Bulletin - ballot result: 94% YES",
      headers=c.newsletter_headers("Mailchimp"), fmt="alt",
      body="""UNITE G/712 BRANCH BULLETIN
Bus Workers - Kelvin & North Side

BALLOT RESULT: 94% YES ON A 78% TURNOUT

Brothers and sisters, the result is in and it is overwhelming. Management said we wouldn't get over the threshold. We smashed it.

WHAT HAPPENS NOW
Strike dates will be announced once the legal notice period has run. We'll hit them where it hurts: the first dates will be timed for the Christmas shopping weekends.

PICKET ROTA
Your depot rep has the rota. Please sign up for at least one shift.

HARDSHIP FUND
Any member facing hardship during action should speak to Tam in confidence.

Solidarity forever,
G/712 Branch Committee

You are receiving this as a member or supporter of Unite G/712. Unsubscribe from this list | Update your preferences
Unite the Union, G/712 Branch, c/o 145 Firpark Road""", tags=(P_TM, "hard-negative", "metaphor", "newsletter"))

c.add("procedural", sender=TAM, subject="Motion for GC - Bus franchising",
      body="""Jamie,

Motion from the Unite delegates for the next GC. Could it go on the agenda please.

BUS FRANCHISING

Kelvin North CLP notes the powers now available to the regional transport partnership to franchise bus services under the Transport (Scotland) Act 2019, and the continuing cuts to evening and Sunday services on the north side.

Kelvin North CLP believes public transport should be run for passengers and workers, not shareholders.

Kelvin North CLP resolves to:
(a) call on the Labour group on the council to support a franchising assessment;
(b) ask Fiona Rutherford MP and Kenny Lennox MSP to back the campaign publicly;
(c) send a delegation to the partnership's public consultation.

Moved: T. McGovern (Unite G/712)
Seconded: R. Kilbride (Unite G/712)

Tam""", tags=(P_TM,))

c.add("safety", sender=TAM, subject="Fwd: email to the branch - think this is about Fiona",
      body=c.forward("""Jamie - this came into the branch inbox overnight. Most of the abuse we get during a strike is just people fed up waiting for a bus and I'd normally bin it, but this one names Fiona and her office and it reads nasty. Passing it on. Do with it what you think best.

Tam""",
      """Your strike is a JOKE. I've lost a day's wages twice now because of you lazy greedy b******s and I hear your pal Fiona Rutherford is backing you.

If the buses aren't back on Monday I'm coming down to her wee office on Maryfield Street and I'll be dealing with her personally. She won't be smiling in her leaflets after. Tell her to think about that when she's locking up on her own at night.

A very angry commuter""",
      "no name <busrage2026@gmail.com>", "your strike"),
      tags=(P_TM, "forwarded", "conditional", "third-party-report"))

# ---------------------------------------------------------------- Jessie Rankin (capitals)
c.add("complaint", sender=JESSIE, subject="WINTER FUEL",
      body="""DEAR SIR

I AM 81 YEARS OF AGE AND HAVE VOTED LABOUR ALL MY LIFE AS DID MY FATHER WHO WAS A SHOP STEWARD IN THE YARDS. I HAVE NEVER BEEN SO ASHAMED.

TAKING THE WINTER FUEL AWAY FROM PENSIONERS WILL KILL PEOPLE THIS WINTER AND THE GOVERNMENT KNOWS IT. MY NEIGHBOUR MRS FERGUSON IS 88 AND SITS IN HER COAT. WHAT IS FIONA GOING TO DO ABOUT IT. I WANT AN ANSWER NOT A LEAFLET.

YOURS
JESSIE RANKIN (MRS)
BRAESIDE""", tags=(P_JR, "hard-negative", "metaphor", "angry", "noisy"))

c.add("query", sender=JESSIE, subject="MEETING",
      body="""HELLO

WHEN IS THE NEXT BRAESIDE BRANCH MEETING AND IS IT STILL IN THE CHURCH HALL. LAST TIME I COULD NOT GET UP THE STAIRS WITH MY STICK. IS THERE A LIFT NOW OR CAN I GET A LIFT OFF SOMEBODY IN A CAR

JESSIE RANKIN""", tags=(P_JR, "noisy"))

c.add("query", sender=JESSIE, subject="MEMBERSHIP CARD",
      body="""DEAR JAMIE

MY MEMBERSHIP CARD HAS NOT COME THIS YEAR. MY GRANDSON SAYS THEY DONT SEND CARDS NOW AND ITS ALL ON THE PHONE BUT I DONT HAVE THAT KIND OF PHONE.

ALSO CAN I STILL PAY BY CHEQUE. I HAVE ALWAYS PAID BY CHEQUE AND I DO NOT WANT THE DIRECT DEBIT.

THANK YOU SON
JESSIE""", tags=(P_JR, "noisy"))

c.add("safety", sender=JESSIE, subject="A MAN AT THE BUS STOP",
      body="""JAMIE I AM WRITING THIS BECAUSE I DO NOT KNOW WHO ELSE TO TELL AND I DO NOT WANT TO PHONE THE POLICE IN CASE I AM MAKING A FUSS

THIS MORNING AT THE BUS STOP OUTSIDE THE CO OP ON BRAESIDE ROAD THERE WAS A MAN TALKING TO ANOTHER MAN VERY LOUD. HE HAD THE LEAFLET WITH KENNYS FACE ON IT AND HE SAID KENNY LENNOX WANTS A DOING AND HE WOULD GIVE HIM ONE. THEN HE SAID HE KNOWS WHERE HIS WEAN GOES TO THE SCHOOL ON THE HILL AND HE SEES HIM AT THE GATES ON A FRIDAY. THE OTHER MAN LAUGHED.

HE WAS ABOUT 50 WITH A RANGERS JACKET AND A BALD HEAD AND HE GOT OFF AT THE SHOPS. I HAVE SEEN HIM BEFORE IN THE BOOKIES

I HAVE KNOWN KENNY SINCE HE WAS A BOY AND I DO NOT LIKE IT. PLEASE TELL HIM TO BE CAREFUL

JESSIE RANKIN""", tags=(P_JR, "third-party-report", "explicit", "implicit", "noisy"))

c.add("other", sender=JESSIE, subject="MERRY CHRISTMAS",
      body="""MERRY CHRISTMAS AND A GUID NEW YEAR TO JAMIE AND ALL AT THE LABOUR

I HAVE LEFT A TIN OF SHORTBREAD AT KENNYS OFFICE FOR THE VOLUNTEERS. MIND AND SHARE IT.

LOVE JESSIE X""", tags=(P_JR, "noisy"))

c.add("data-protection", sender=JESSIE, subject="PHONE CALL",
      body="""DEAR SIR

A YOUNG MAN PHONED ME AT TEN PAST NINE LAST NIGHT SAYING HE WAS FROM THE LABOUR PARTY AND ASKING HOW I WAS GOING TO VOTE. I WAS IN MY BED.

I AM EX DIRECTORY AND HAVE BEEN FOR 30 YEARS. WHO GAVE YOU MY NUMBER. I DID NOT. I WANT IT TAKEN OFF WHATEVER LIST YOU HAVE IT ON AND I DO NOT WANT TO BE PHONED AGAIN. WRITE TO ME IF YOU WANT ME.

MRS J RANKIN""", tags=(P_JR, "noisy", "confuser", "dp-no-legal-words"))

c.add("complaint", sender=JESSIE, subject="THE BINS AGAIN",
      body="""DEAR JAMIE

THIS IS THE THIRD TIME I HAVE WRITTEN ABOUT THE BINS IN OUR BACK COURT. THEY HAVE NOT BEEN EMPTIED FOR FOUR WEEKS AND THERE ARE RATS. I TOLD SIOBHAN AT THE SURGERY AND SHE SAID SHE WOULD PHONE THE COUNCIL. NOTHING HAS HAPPENED.

I AM NOT BLAMING YOU SON YOU ARE A VOLUNTEER BUT SOMEBODY HAS TO DO SOMETHING. WE PAY OUR COUNCIL TAX LIKE EVERYBODY ELSE

JESSIE RANKIN
FLAT 2/1 14 BRAESIDE ROAD""", tags=(P_JR, "noisy"))

c.add("other", sender=JESSIE, subject="FOR GRANT",
      body="""DEAR GRANT

YOUR MUM SAYS YOU ARE COMING ON SUNDAY. I WILL MAKE THE MINCE. CAN YOU HAVE A LOOK AT THE TELLY WHEN YOU ARE HERE IT HAS GONE ALL GREEN AGAIN

LOVE GRAN XXX""", tags=(P_JR, "noisy", "misdirected"))

c.add("complaint", sender=JESSIE, subject="THE HALL",
      body="""JAMIE

THANK YOU FOR A GOOD MEETING LAST NIGHT AND THE SOUP WAS LOVELY. BUT I HAVE TO SAY THAT HALL IS A DEATH TRAP. THE STAIRS HAVE NO RAIL ON ONE SIDE AND THE LIGHT ON THE LANDING IS BROKE. MRS AHMED NEARLY WENT HEADFIRST DOWN THEM AND SHE IS 76. THE HEAT IN THAT ROOM WAS KILLING ME AS WELL.

CAN WE NOT HAVE IT SOMEWHERE ON THE GROUND FLOOR. THERE ARE PLENTY OF US OLD ONES IN THIS BRANCH

JESSIE""", tags=(P_JR, "noisy", "hard-negative", "benign-violent-word"))

# ---------------------------------------------------------------- Gary Wylie (far-right agitator)
c.add("safety", sender=WYLIE, subject="TRAITOR RUTHERFORD",
      body="""Fiona Rutherford is a TRAITOR to this country and every one of you who votes for her is too. 3 hotels in Kelvin North full of military age men and our own veterans sleeping in doorways

She'll get whats coming to her. Somebody should k!ll the b!tch before she fills another hotel. Plenty of lads round here would do it and everybody would shake their hand after 🇬🇧🇬🇧🇬🇧

No surrender""", tags=(P_GW, "explicit", "noisy"))

c.add("safety", sender=WYLIE2, subject="Jamie Rennie",
      body="""Jamie Rennie. Secretary. Lives at 3/2, 41 Kelvinmuir Street, close door's got a dodgy buzzer so it's usually open. Drives the red Corsa. Works at the uni in the week, home by 6.

See how easy that was? Took us one afternoon.

You lot publish everyone else's business, time somebody published yours. Tell your MP to shut the Firpark hotel. Until then we'll be keeping an eye on you.""", tags=(P_GW, "doxxing", "implicit", "stalking"))

c.add("safety", sender=("Facebook", "notification@facebookmail.com"),
      subject="New comment on Kelvin North Labour's post",
      headers={"X-Facebook-Notify": "page_comment; mailid=7f2a99e1", "List-Unsubscribe": "<https://www.facebook.com/o.php?k=AS3k&u=100093>"},
      fmt="alt",
      body="""Gary Wylie commented on Kelvin North Labour's post: "Fiona Rutherford MP will be holding her advice surgery this Saturday at Firpark Library, 10am-12pm..."

Gary Wylie: "Right lads hotel demo sat 10am at firpark then we'll all take a wee walk round to the library after and give Fiona some ADVICE 😂😂 she'll no be holding many more surgeries after sat thats for sure. be there 🇬🇧"

Like · Reply · View comment

Kelvin North Labour · 47 comments

You received this email because you manage the Page Kelvin North Labour. Unsubscribe
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""", tags=(P_GW, "social", "veiled"))

c.add("complaint", sender=WYLIE, subject="the Firpark hotel",
      body="""To whoever reads this

I've lived in Firpark 40 year. My da lived here, his da before him. Now there's a hotel at the end of my road with 200 men in it and not one of yous asked us. Not one. The council says its the Home Office, the Home Office says its the council. Fiona Rutherford says she "shares residents concerns" in her leaflet and then does NOTHING.

I'll be at your so called public meeting on Thursday to have my say and so will a lot of other people, and yous had better be ready for some hard questions. Labour is finished round here. Yous will get wiped out in May and yous will deserve it.

Gary Wylie""", tags=(P_GW, "hard-negative", "angry", "metaphor"))

c.add("data-protection", sender=WYLIE, subject="take me off",
      body="""how did yous get this email address. i never gave it to the labour party and i never would. take it off whatever list its on and dont send me any more of your propaganda

and tell me who gave it yous""", tags=(P_GW, "confuser", "dp-no-legal-words"))

c.add("safety", sender=WYLIE2, subject="Firpark hotel - end of the month",
      body="""This is for your councillors.

The Firpark hotel gets shut by the end of this month or we shut it ourselves. We've asked nicely. We've marched. We've signed the petitions. Nobody listened.

Every councillor that voted to keep it open has a name and an address and we've got them all. If it's still open on the 1st, don't be surprised when people turn up at their doors instead of the council chambers. Docherty first.""", tags=(P_GW, "conditional", "explicit", "doxxing"))

c.add("safety", sender=WYLIE, subject="Re: MP attacked at constituency office",
      body="""seen the news about that MP getting attacked down south

shame it wasnt yours eh. next time maybe 🤞

not a threat by the way before you go crying to the polis. just saying what everybody round here is thinking""", tags=(P_GW, "wish-harm", "veiled"))

c.add("safety", sender=("G", "g.w.1690@outlook.com"), subject="r u t h e r f o r d",
      body="""y o u r   m p   w i l l   s w i n g   f o r   t r e a s o n

t i c k   t o c k

w e   k n o w   w h e r e   s h e   s l e e p s""", tags=(P_GW, "explicit", "noisy"))

c.add("query", sender=WYLIE, subject="public meeting",
      body="""When and where is the public meeting about the hotel. Is it open to people who arent members of your party or is it just for the faithful. Is there parking.""", tags=(P_GW,))

c.add("safety", sender=("Gary W", "garywylie.gw@gmail.com"), subject="Re: [firpark-residents] Hotel update from Cllr Docherty",
      headers=c.list_headers("Firpark Residents", domain="googlegroups.com"),
      body=c.quote_reply("""Update? The update is she voted to keep it open. I've got her home address if anyone wants to go and give her an update of our own. PM me. Friday night, bring a few of the boys, nice and peaceful 😉 let's see how she likes having strangers outside her house every night""",
      """Dear residents,

I wanted to give you an update on the Firpark hotel. I have met with the Home Office and with the hotel operator and I have pressed for a firm end date. I will report back at the residents' meeting on Thursday.

Siobhan Docherty
Councillor, Braeside & Firpark""", quoted_from="Siobhan Docherty <siobhan.docherty@councillors.cityofkelvin.gov.uk>")
      + "\n--\nYou received this message because you are subscribed to the Google Groups \"Firpark Residents\" group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to firpark-residents+unsubscribe@googlegroups.com.\n",
      tags=(P_GW, "list", "implicit", "doxxing", "veiled"))

# ---------------------------------------------------------------- Cllr Siobhan Docherty
c.add("safety", sender=DOCHERTY, subject="FW: Library closure",
      body=c.forward("""Jamie,

Passing this on for the CLP's records. Third one this week but the first that's mentioned the kids. I've sent it to the council's member services and to the police. I'm fine. I'm not fine. You know what I mean.

S""",
      """You closed Braeside library. My kids did their homework there because we've no internet at home. You should be ashamed of yourself.

You've got two kids of your own at Braeside Primary, I've seen you at the gates. How would you like it if somebody took away something that belonged to them? Think about that next time you vote. Because I'll be thinking about it every morning at half eight.""",
      "angry mum <nolibrarynohope@hotmail.com>", "Library closure"),
      tags=(P_SD, "forwarded", "third-party-report", "veiled", "implicit"))

c.add("complaint", sender=DOCHERTY_P, subject="Tuesday's GC",
      body="""Jamie,

I'm writing from my own email because I don't want this on the council system.

I sat through Tuesday's GC while a motion was passed "condemning" the Labour group for voting for the budget. Not one officer of the CLP spoke against it. Not one person pointed out that we were handed a £38m gap and that the alternative was the council going bust and commissioners coming in and cutting twice as deep.

I've had people spit at me in the street over that budget. I've had my kids' school named in an email. And my own party stands up in a church hall and condemns me. Then the motion turns up on Facebook before I'm even home.

I'd like to know why the EC let it go to a vote without the Labour group being invited to respond, and I want that question minuted. And honestly, I'd like somebody to pick up the phone.

Siobhan""", tags=(P_SD,))

c.add("procedural", sender=DOCHERTY, subject="Request for agenda slot - budget report to GC",
      body="""Dear Jamie,

I'd like to request a 10-minute slot at the next GC for a report from the Labour group on the budget, followed by questions. I'll circulate a two-page written report a week in advance.

I know some members think we have blood on our hands over the library closures. I also know that if we'd refused to set a budget it would have been political suicide for the group and far worse for the services. I'd rather have that argument face to face with members than read about it on Facebook. Happy to take every question.

Kind regards,

Cllr Siobhan Docherty
Braeside & Firpark Ward""", tags=(P_SD, "hard-negative", "metaphor"))

c.add("urgent", sender=DOCHERTY, subject="Tonight's surgery - venue closed",
      body="""Jamie,

The council have just told me Braeside library is closed from today with immediate effect - burst pipe - which means my 6pm surgery tonight has nowhere to go. I've arranged for the Braeside Community Flat at 12 Drumhead Place to open up instead.

Can you or someone with the password put a post on the CLP Facebook page and the Braeside WhatsApp this afternoon? Something like: "Cllr Docherty's surgery TONIGHT 6-7pm has moved to the Community Flat, 12 Drumhead Place (round the back, blue door)". I'll stick a sign on the library door on my way.

Thanks, S""", tags=(P_SD,))

c.add("safety", sender=DOCHERTY_P, subject="Last night",
      body="""Jamie,

I'm sorry to keep sending you this stuff.

After full council last night a man followed me from the City Chambers to the car park. He walked about ten feet behind me the whole way, filming on his phone, saying nothing. When I got to my car he stopped and filmed the number plate, and then said "see you at home, Siobhan."

This morning the video's on TikTok with the caption "this is where Cllr Docherty parks. Wonder where she sleeps 🤔". It's got 12,000 views. The comments are what you'd expect.

I've reported it. The police say they'll "look into it". I'm going to stop driving in for a while and get a taxi. But I think the CLP should know in case anybody else on the group has had the same - I'm hearing Gerry might have.

S""", tags=(P_SD, "following", "third-party-report", "social", "implicit", "stalking"))

c.add("other", sender=DOCHERTY_P, subject="Thank you",
      body="""Jamie - just a quick one to say thank you to you and the branch for the card and the flowers. It really did mean a lot after the last few weeks. The kids have put the card on the fridge, which is the highest honour available in our house.

I'm taking a fortnight off with them. Back for the planning committee on the 22nd.

Siobhan x""", tags=(P_SD,))

c.add("query", sender=DOCHERTY, subject="Women's officer?",
      body="""Hi Jamie,

Who's the CLP's women's officer now that Linda's moved to Edinburgh? I've been asked to speak at a Labour Women's Network event in April and want to make sure the CLP is involved. Also - is there still a budget for childcare at CLP events or did that go?

Thanks,
Siobhan""", tags=(P_SD,))

c.add("safety", sender=DOCHERTY_P, subject="facebook",
      body="""Jamie

I know I said I wouldn't look but I looked. The Evening Times piece about the library is on the "Kelvin North Community Noticeboard" page and there are over 400 comments. I've screenshotted the worst ones for the police. Some of them:

"Hope her house goes up in flames with her in it"
"someone knows where she lives surely"
"she's at Braeside Primary every morning, easy to find"
"burn the witch 🔥🔥"
"I'm not saying do anything but I wouldn't be sad"

The page admin won't take it down, says it's "free speech". Can the party do anything? Can regional office? I can't keep doing this.

S""", tags=(P_SD, "pile-on", "social", "wish-harm", "third-party-report"))

c.add("data-protection", sender=DOCHERTY, subject="My mobile number in the newsletter",
      body="""Jamie,

The Braeside branch newsletter that went through 3,000 doors last week has my personal mobile number on the back page under "contact your councillor". That's not my councillor phone; it's my own number, which I give to friends and family and which my children use.

I didn't agree to it being printed and I'm now getting calls at all hours, including some you can imagine. Could you find out who put it on, make sure it comes off the template, and that any future print run uses the council switchboard number instead?

Thanks,
Siobhan""", tags=(P_SD, "confuser", "dp-no-legal-words"))

c.add("procedural", sender=DOCHERTY, subject="Apologies + written councillor report, March GC",
      body="""Jamie,

Apologies for Thursday's GC - I'm at the licensing board.

Written report from the Braeside & Firpark councillors for circulation:

1. Bins - the back-court collection on Braeside Road has been restored after four missed weeks; we've asked for the route to be reviewed. (Thanks to Mrs Rankin for her persistence!)
2. Firpark hotel - Home Office has given a provisional end date of 30 June. We'll hold them to it.
3. Potholes - 46 reported in the ward since January, 31 fixed.
4. Library - Braeside library reopens on weekday mornings from 1 April as a community-run pilot.

Cllr S. Docherty / Cllr G. Mullen""", tags=(P_SD,))

# ---------------------------------------------------------------- Callum Baird (Kelvin Courier)
c.add("urgent", sender=BAIRD, subject="Courier - request for comment - deadline 4pm today",
      body="""Hi Jamie,

Callum Baird at the Kelvin Courier. We're running a story in tomorrow's paper that Cllr Gerry Mullen is facing a trigger ballot after three branches in Kelvin North voted against his automatic reselection.

Could the CLP provide a comment on:
1. Whether the trigger ballot is going ahead and when the result is expected
2. Whether the CLP is supporting Cllr Mullen

I need anything by 4pm today for it to make the print edition. If I don't hear back I'll say the CLP was approached and did not comment.

Thanks,
Callum

Callum Baird | Chief Reporter | Kelvin Courier
07700 900 663 | @CallumBairdKC""", tags=(P_CB,))

c.add("query", sender=BAIRD, subject="MPs' security - piece for Saturday",
      body="""Hi Jamie,

We're putting together a longer piece for Saturday's edition on MPs' and councillors' security, following the attack on the MP in the south of England last month and the Speaker's comments about threats to elected members. We're speaking to MPs from all parties in the area.

Would Fiona be willing to talk to us, even off the record, about how things have changed for her and her staff? We're not looking for details of security arrangements - obviously - more about the day-to-day experience and what it does to surgeries and local democracy. Deadline is Thursday.

Best,
Callum""", tags=(P_CB, "hard-negative", "news-about-threats"))

c.add("query", sender=BAIRD, subject="AGM - press?",
      body="""Jamie, is the CLP AGM open to press? And what date is it? Not planning a big splash, just want to know who the new officers are for our "who's who" round-up. Cheers. C""", tags=(P_CB,))

c.add("other", sender=BAIRD, subject="Invitation: Kelvin Courier hustings, Thursday 23 April",
      body="""Dear Jamie,

The Kelvin Courier is hosting a hustings for the Kelvin North constituency at the Maryfield Halls on Thursday 23 April at 7pm, chaired by our editor, Moira Halliday. We have invited the candidates of all the main parties and expect an audience of around 250.

Format: two-minute opening statements, 60 minutes of audience questions submitted in advance, one-minute closing statements.

Could you pass this invitation to the Labour candidate's agent and confirm attendance by 10 April? We'll send the full ground rules separately. Tell your candidate to come ready to knock 'em dead - the last one was a lively night.

Kind regards,
Callum Baird
on behalf of the Kelvin Courier""", tags=(P_CB, "hard-negative", "benign-violent-word"))

c.add("bulk", sender=BAIRD, subject="Automatic reply: Courier - request for comment",
      headers=c.autoreply_headers("exchange"),
      body="""Thanks for your email. I'm on leave until Tuesday 11th. For anything urgent please contact the newsdesk on newsdesk@kelvincourier.co.uk or 0141 496 0300.

Callum Baird
Chief Reporter, Kelvin Courier""", tags=(P_CB, "autoreply", "robot-no-list-headers"))

c.add("data-protection", sender=BAIRD, subject="Leaked membership spreadsheet - giving you a heads-up",
      body="""Jamie,

Giving you a heads-up as a courtesy, off the record for now.

We've been sent, anonymously, what appears to be a spreadsheet of Kelvin North CLP members - around 600 names, with addresses, phone numbers, email addresses and a column headed "faction" with entries like "left", "soft left", "unreliable". It came from a Proton address. We have no intention of publishing any personal details, and we haven't shared it.

But you should know it's out there, and I'd guess you'll want to work out where it came from. I'll need to ask for a comment at some point if we decide there's a story in the "faction" column, but not this week.

Callum""", tags=(P_CB,))

c.add("safety", sender=BAIRD, subject="Letter sent to the Courier for Fiona Rutherford",
      body="""Jamie,

We received a handwritten letter at the Courier office this morning addressed to "Fiona Rutherford MP, c/o the Kelvin Courier". The reception staff opened it as they open all post. Our editor has passed the original to Police Scotland, and we won't be reporting on it, but I thought the CLP and Fiona's office should see the text. Transcribed below, spelling as written:

"Rutherford, you think your safe in your office with your panic button. You wernt in it on Saturday, you were at your mothers in Kelvinmuir with the green gate. I watched you go in. I can wait. Everybody has to go home sometime. Tell the Courier to print that."

I'm sorry to send something so unpleasant. If Fiona's office wants to speak to our editor about it, her number is 0141 496 0301.

Callum""", tags=(P_CB, "third-party-report", "stalking", "implicit"))

c.add("complaint", sender=BAIRD, subject="Your chair's Facebook post",
      body="""Jamie,

Your CLP chair has posted on the Kelvin North Labour Facebook page that I "made up" quotes in last week's story about the trigger ballot and that the Courier is "a Tory rag that prints lies". Both quotes were given on the record by a member of your EC, and I have the recording.

I'm asking for the post to be taken down and for a correction to be posted by the end of the week. If not, the matter will be passed to the Courier's lawyers. I'd rather it didn't come to that - we have a decent working relationship with the CLP and I'd like to keep it - but I can't let my professional integrity be attacked in public.

Callum Baird""", tags=(P_CB, "hard-negative", "legal-threat", "angry"))

c.add("query", sender=BAIRD, subject="fact check",
      body="""Hi Jamie, quick fact check for a piece tomorrow - roughly how many members does the CLP have now? We had "about 900" from two years ago. And is it right that Braeside is the biggest branch? Happy to say "a party source" if you'd rather not be named. Thanks, C""", tags=(P_CB,))

c.add("safety", sender=WYLIE, subject="AN OPEN LETTER TO THE PEOPLE OF KELVIN NORTH", fmt="html", body="",
      html_body="""<html><body style="font-family:Arial;font-size:14px">
<p style="text-align:center"><b><span style="color:#00247d;font-size:20px">AN OPEN LETTER TO THE PEOPLE OF KELVIN NORTH</span></b><br>(and to the Labour Party, who will not print it)</p>
<p>Friends and neighbours,</p>
<p>I am an ordinary working man. I was born in Firpark and I have never lived anywhere else. I have worked on the buses, on the building sites and in the warehouses. I have paid my taxes and I have never asked anybody for anything.</p>
<p>Over the last five years I have watched this area change beyond recognition. The library is shut. The police station is shut. The swimming baths are shut. The doctor's surgery has a three-week wait. And at the end of my road is a hotel with two hundred men in it that nobody asked us about and nobody will give us a date for closing.</p>
<p>I went to the council. I went to the public meeting. I signed the petition. I wrote to Fiona Rutherford six times. I got one letter back, which said she "understood residents' concerns". She does not understand anything. She lives in a nice house in Kelvinmuir and she has never had to walk past that hotel at night with her daughter.</p>
<p>People call us racists for asking questions. We are not racists. We are people who have been ignored for so long that we have stopped expecting anybody to listen.</p>
<p>So this is my last letter. There will not be another one. The next time Fiona Rutherford comes to Firpark for a photo, she will find out what the people of Firpark think of her, and it will not be in writing. She has a daughter too. She should think about how it feels to be scared walking home. She is about to find out.</p>
<p>Gary Wylie<br>Firpark</p>
<p style="font-size:11px"><i>Please share this letter as widely as you can.</i></p>
</body></html>""", tags=(P_GW, "html-only", "embedded", "veiled", "implicit"))

c.add("safety", sender=BAIRD, subject="Comment removed from our website - about Fiona",
      body="""Jamie,

Another one for your records, I'm afraid. Our moderators removed the following comment from under our online story about Fiona's vote on the welfare bill last night. It was posted by an account called "FirparkLad88" at 23:52 and was up for about 40 minutes before it was taken down, by which point it had 31 "likes".

"Rutherford's surgery is every 2nd Saturday at Firpark library 10am. Small room at the back, one door, one wee lassie on the desk. Be a shame if it got busy. Few of us will be there this Saturday to ask her about her vote. She'll wish she'd stayed in London."

We have passed the account details we hold to Police Scotland, as we now do routinely. I'm not planning to write about it. Do let Fiona's office know.

Callum""", tags=(P_CB, "third-party-report", "social", "implicit", "veiled"))

c.write()
