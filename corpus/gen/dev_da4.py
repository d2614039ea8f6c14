"""Held-out dev set, writer da4: threats under surface noise (misspelling, capitals, spaced or
symbol-broken words, non-native English, no punctuation, emoji), hard negatives and ordinary
mail for a rural CLP. Every message below was written by hand."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("dev", "da4", seed=2104)
SEC = c.secretary()
SITE = c.site()

# ======================================================================================
# SAFETY - surface noise (class 4), mixed with implicit and explicit
# ======================================================================================

c.add("safety", subject="cllr Bradley",
      sender=("", "dalesman1966@hotmail.co.uk"),
      body="""\
someone needs to k i l l that bradley bloke, and if nobody else has the guts i will. hes ruined
this town with his car park charges. saturday market day, he'll be there shaking hands. ill be
there too
""", tags=("noisy", "explicit"))

c.add("safety", subject="ur MP",
      sender=("", "x_dalesboy_x@gmail.com"),
      body="""\
ur mp is d3ad m3at. tell h3r. c u at th3 surg3ry in w1rksw0rth
""", tags=("noisy", "explicit"))

c.add("safety", subject="office",
      sender=("", "brassed.off.farmer@outlook.com"),
      body="""\
Your office in Ashbourne has a lovely old wooden door. Be a shame if it got b*rnt. Or if
somebody st@bbed the tyres on the MP's Prius in the car park behind it. Just saying what COULD
happen, obviously.
""", tags=("noisy", "veiled"))

c.add("safety", subject="YOU WILL PAY",
      sender=("", "angryofmillford@yahoo.co.uk"),
      body="""\
YOU WILL PAY FOR WHAT YOU HAVE DONE TO THIS VILLAGE. THE SCHOOL, THE BUS, THE POST OFFICE, ALL
GONE. I KNOW WHERE YOUR SECRETARY LIVES. STATION ROAD. THE ONE WITH THE RED LABOUR POSTER IN THE
WINDOW. BIG MISTAKE PUTTING THAT UP HELEN. BIG MISTAKE.
""", tags=("noisy", "doxxing", "implicit"))

c.add("safety", subject="solar farm",
      sender=c.person("Trevor", "Hollis", "btinternet.com"),
      body="""\
been to every meeting been to the parish council wrote to the planning people wrote to you lot
and not one of you listens so heres something you might listen to if them panels go up on top
field that councillors barn goes up first and i wont be sorry and nobody in this village will
see nothing
""", tags=("noisy", "conditional", "veiled"))

c.add("safety", subject="gna",
      sender=("", "tyler.r.2007@icloud.com"),
      body="""\
gna smash ur office windows in m8 n then ur cllrs car n then we c how u like it when sum1 takes
sumthin off u. dnt think we wont. saw u all at the skate park thing
""", tags=("noisy", "explicit", "conditional"))

c.add("safety", subject="Prośba / request",
      sender=c.person("Marek", "Zielinski", "o2.pl"),
      body="""\
Hello

I am working on farm near Longcliffe 9 years. The councilor Hartley he is also my boss landlord
of the caravan. He take from my money for the caravan and now he say I must go out in one week
with my family, no reason. I go to him and he laugh and say "go home Polish".

I tell you now, I am not afraid police. If he make us go out I will come to his house at night
and I will make him big problem, very big. He will not laugh after. This is not joke. He must
know this.

Marek
""", tags=("non-native", "conditional", "explicit"))

c.add("safety", subject="Respected Madam Regarding My Son School Place",
      sender=c.person("Tariq", "Mahmood", "hotmail.com"),
      body="""\
Respected Madam,

Assalamu alaikum. I am writing to you regarding the admission of my son Ayaan in Dalebridge High
School. We are living only 0.6 mile from the school and still they have given him place in
school 9 miles away where there is no bus. I have written to Councillor Frost three times and
he has not even given reply to me. It is very humiliating for me as a father.

Madam I am a respected man in my community and I have kept patience. But I am telling you
clearly that if my son is not given place by the end of the term I will go to the house of
Councillor Frost myself and then he will see what a father can do for his son. After that
nobody can blame me, I have given proper warning in writing.

Kindly do the needful.

Tariq Mahmood
""", tags=("non-native", "conditional", "veiled"))

c.add("safety", subject="car wash",
      sender=c.person("Ionut", "Popa", "yahoo.com"),
      body="""\
hello i am Ionut i have the car wash on the ashbourne road. the council man come every week now
and say my business is not legal, planning, water, everything. he want me to close. i pay tax i
pay everything. other car wash is english owner and nobody go there.

i tell you if they close me i lose all, my family go back Romania. if this happen i burn
everything, the car wash and also his house. i have nothing to lose then. you tell him please
stop before is too late
""", tags=("non-native", "conditional", "explicit", "noisy"))

c.add("safety", subject="my brother",
      sender=c.person("Abdirahman", "Hassan", "gmail.com"),
      body="""\
Salaam,

My brother Mustafe was attack in Market Place on Friday night by 3 men, they call him names and
they break his tooth and his phone. Police take report but they do nothing now 2 weeks. We go
to the councilor surgery he say "it is police matter".

We know the men who do this. We know there family and where they drink. If police not do
something this week then we will do something, and the councilor who do nothing also he will
see. We are not want trouble but we will not be quiet any more.

Abdirahman
""", tags=("non-native", "conditional", "veiled"))

c.add("safety", subject="restaurante",
      sender=c.person("Joao", "Ferreira", "outlook.com"),
      body="""\
Boa tarde, sorry my english.

The councillor Mrs Allsop she tell the licensing that my restaurant is problem for the
neighbours, noise, smell, everything. Is lie. Now I lose the licence for the terrace.

I know where she live, is near the church, white house. She will learn what it means to make
problem for a family. My cousins is not nice people like me. I only say you so you know.

Joao

Enviado do meu iPhone
""", tags=("non-native", "implicit", "doxxing", "veiled"))

c.add("safety", subject="Re your leaflet",
      sender=("", "notimpressed.dale@aol.com"),
      body="""\
got ur leaflet with the councilors face on it, smiling like butter wouldnt melt. your gona get
whats comming to you, you and her both. we no your car and we no what time she leaves the
offices on a thursday. not long now
""", tags=("noisy", "implicit", "stalking"))

c.add("safety", subject="W A T C H   Y O U R   B A C K",
      sender=("", "dovedale.ghost@proton.me"),
      body="""\
W A T C H   Y O U R   B A C K   H E L E N

W E   K N O W
""", tags=("noisy", "veiled"))

c.add("safety", subject="Councillor Frost",
      sender=("", "fr0st.bite@gmail.com"),
      body="""\
Hope Frost k1lls h1mself before I get the chance to. Either way works for me lol
""", tags=("noisy", "wish-harm", "explicit"))

c.add("safety", subject="",
      sender=("", "dalesrevenge@outlook.com"),
      body="""\
you'll be d*ad by christmas the lot of you. the MP first
""", tags=("noisy", "explicit"))

c.add("safety", subject="saturday",
      sender=("", "bakewellboy88@gmail.com"),
      body="\U0001F52A\U0001F52A see you saturday helen \U0001F52A\U0001F52A market stall \U0001F609\n",
      tags=("noisy", "implicit", "veiled"))

c.add("safety", subject="Voicemail transcription",
      sender=("Voicemail to Email", "vm2email@voip.example.net"),
      body="""\
New voicemail for 01335 000 410 (Ashbourne & Dale Labour)

Caller: Withheld
Length: 0:37

Transcript:
hi this is a message for helen pryce tell her i no where she lives on church lane she thinks
nobody knows and i am coming round tonite with my mates to have a word about the bins and she
better be in or we will wait end of message
""", tags=("noisy", "embedded", "doxxing", "conditional"))

c.add("safety", subject="roses are red",
      sender=("", "valentine.from.dale@gmail.com"),
      body="""\
roses are red
your front door is too
we know where you live
and we're coming for you

happy AGM helen x
""", tags=("implicit", "veiled", "noisy"))

c.add("safety", subject="Ey up",
      sender=c.person("Roy", "Needham", "btinternet.com"),
      body="""\
Ey up.

If tha sends them leaflet lads up my lane one more time I'll set dogs on 'em, and if Cllr
Hartley comes himsen he'll be goin' home in back o' my trailer. Tha's been told. Private road.
""", tags=("noisy", "conditional", "explicit"))

c.add("safety", subject="Inheritance tax - last warning",
      sender=c.person("Philip", "Bagshaw", "btinternet.com"),
      body="""\
Helen,

Four generations on this farm. Your Chancellor's family farm tax means my son will have to sell
the bottom half to pay it when I go. I have written to the MP, signed every petition, driven my
tractor to Westminster.

So I'll say it plainly. If this farm has to be sold there'll be a tractor through the front of
your Ashbourne office and I'll be the one driving it, and I'll not be checking whether anyone's
at their desk first. You can tell the MP that's a promise.

P. Bagshaw
Low Moor Farm
""", tags=("conditional", "explicit"))

c.add("safety", subject="1'LL 8URN Y0UR 0FF1C3",
      sender=("", "anon_dale_0x@proton.me"),
      body="""\
1'll 8urn y0ur 0ff1c3 t0 th3 gr0und w1th th3 m3mb3rs 1n 1t. s00n.
""", tags=("noisy", "explicit"))

c.add("safety", subject="im gonna brake his nose",
      sender=c.person("Kyle", "Hadfield", "hotmail.com"),
      body="""\
im gonna brake his nose next time i see him. that cllr in wirksworth who reported my mums van
for parking on the pavment she was unloading her SHOPPING shes 70. i know his face now and his
dog and the path he walks it down by the quarry. tell him
""", tags=("noisy", "explicit", "stalking"))

c.add("safety", subject="councillor",
      sender=("", "millford.mum2@yahoo.com"),
      body="""\
i hope she gets run over honestly i wont pretend i wont be pleased if she does she took my kids
bus away and now they walk 2 miles down the A515 with no pavement so let her walk it in the dark
and see what happens im not saying id do anything im saying id laugh
""", tags=("noisy", "wish-harm"))

c.add("safety", subject="H-E-L-E-N",
      sender=("", "countdown.dale@gmail.com"),
      fmt="html",
      body="", html_body="""\
<html><body><p style="font-size:22px;letter-spacing:6px">H-E-L-E-N&nbsp;&nbsp;P-R-Y-C-E</p>
<p style="font-size:22px;letter-spacing:6px">3 &nbsp; D-A-Y-S</p>
<p style="font-size:10px;color:#ccc">we've been in your garden</p></body></html>""",
      tags=("noisy", "html-only", "implicit", "stalking"))

c.add("safety", subject="Pani Helen - sprawa radnego",
      sender=c.person("Agnieszka", "Nowak", "gmail.com"),
      body="""\
Dzień dobry Pani Helen,

Piszę w sprawie radnego Frosta. Mój mąż nie mówi dobrze po angielsku, więc piszę ja.

My husband say to tell you in English so it is clear: the councillor insult our daughter at the
school meeting, he call her "one of them". If he come near our daughter or our house again, my
husband will find him and he will not walk the same after. My husband means this. I try to stop
him but he is very angry.

Przepraszam, że tak piszę. Proszę coś z tym zrobić.

Agnieszka
""", tags=("non-native", "conditional", "explicit", "noisy"))

c.add("safety", subject="THE MP",
      sender=("", "realbritain1914@gmail.com"),
      body="""\
the mp is a TRAITOR TO THIS COUNTRY and TRAITORS know what happens to them, its in the history
books look it up. her surgery at the town hall is 2nd saturday every month, 10am, back door by
the bins. loyal englishmen will be there. SHE HAS BEEN WARNED
""", tags=("noisy", "veiled", "stalking"))

c.add("safety", subject="kids",
      sender=("", "noname12345@outlook.com"),
      body="""\
nice kids the councillor has. the tall one gets the 7.52 bus to queen elizabeths and the little
one gets picked up by nan on wednesdays in a green fiesta. funny what you notice when you pay
attention. tell him to change his vote on the quarry
""", tags=("noisy", "implicit", "stalking", "conditional"))

c.add("safety", subject="RE: RE: RE: RE: DRAINAGE AT THE BOTTOM OF MILL LANE",
      sender=c.person("Doreen", "Slack", "aol.com"),
      body="""\
HELEN

THIS IS THE FIFTH TIME. THE DRAIN AT THE BOTTOM OF MILL LANE FLOODS EVERY TIME IT RAINS AND
MY GARAGE IS UNDER WATER. COUNCILLOR ALLSOP SAID SHE WOULD COME AND LOOK IN MAY. IT IS
NOVEMBER.

MY SON SAYS IF SHE DOESNT COME THIS WEEK HE WILL GO AND FIND HER AND PUT HER HEAD DOWN THAT DRAIN
SO SHE CAN SEE IT FOR HERSELF. I AM NOT GOING TO STOP HIM THIS TIME. HE IS VERY CROSS.

DOREEN SLACK (MRS)
""", tags=("noisy", "embedded", "conditional", "explicit"))

c.add("safety", subject="Re: Re: Dalebridge branch - Christmas social",
      sender=c.person("Gavin", "Marsden", "gmail.com"),
      body=c.quote_reply("""\
ill be there. and so will a few others who arent invited. ask glen how his knee is since the last
time he crossed me. hes bringing his missus isnt he. good. ill say hello to her too. properly
""", """\
Hi all,

The branch Christmas social is at the Red Lion, Dalebridge, Friday 12th from 7.30. Members and
partners welcome. Glen is doing the quiz.

Helen
"""), tags=("noisy", "quoted", "veiled", "implicit"))

c.add("safety", subject="fr0m a fr1end",
      sender=("", "friendly.advice.dd@proton.me"),
      body="""\
A bit of friendly advice, from a friend. Councillor Hartley's wife drives home from the hospital
after her late shift on the Hulland Ward road. It's very dark and very narrow. Deer jump out,
people come off the road all the time round there. Accidents happen to anyone. He might want to
think about dropping the planning objection.
""", tags=("implicit", "conditional", "veiled"))

c.add("safety", subject="Message from the website",
      sender=c.form_robot(), reply_to="daleswatch@mail.com",
      body=c.webform({
          "Name": "DW",
          "Email": "daleswatch@mail.com",
          "Message": """\
no more lies no more traitors. we've got every name and address of your councillors off the
register and were gonna visit them 1 by 1 starting with the newest one in ashbourne north. bring
a tin hat""",
      }), tags=("webform", "noisy", "doxxing", "explicit"))

c.add("safety", subject="Ashbourne hustings",
      sender=c.person("Sharon", "Gratton", "yahoo.co.uk"),
      body="""\
Hi helen its sharon from the ashbourne branch just a quick one i didnt want to say on the group
chat but that man who was shouting at the hustings the one in the flat cap was outside the
church hall again when we locked up last night and he said to me tell your candidate shes
going to have an accident before may and then he walked off towards the park i got in the car
and locked the doors and sat there ages im ok now but should i tell the police or will you
""", tags=("noisy", "third-party-report", "following", "veiled"))

c.add("safety", subject="to the secretary",
      sender=("", "ashbournevet@gmail.com"),
      body="""\
I SERVED THIS COUNTRY 22 YEARS.  I KNOW HOW TO FIND PEOPLE AND I KNOW HOW TO WAIT.  YOUR MP
SHOULD REMEMBER THAT NEXT TIME SHE VOTES TO CUT VETERANS HOUSING.  THIS IS THE ONLY WARNING.
""", tags=("noisy", "veiled", "conditional"))

# ======================================================================================
# HARD NEGATIVES
# ======================================================================================

c.add("complaint", subject="Family farm tax",
      sender=c.person("Margaret", "Bagshaw", "btinternet.com"),
      body="""\
Dear Ms Pryce,

This inheritance tax change will kill family farming in the Dales, plain and simple. It is the
death of everything my husband's family have built since 1870. The Government has declared war
on the countryside and I cannot for the life of me understand how our own MP could vote for it.

I am not going to vote Labour again and I will tell everyone at the WI exactly why.

Margaret Bagshaw
""", tags=("hard-negative", "metaphor", "angry"))

c.add("other", subject="Shoot on Saturday - car park",
      sender=c.person("Hugo", "Fitzherbert", "gmail.com"),
      body="""\
Dear Helen,

Just a courtesy note: there is a pheasant shoot on the Longcliffe estate on Saturday, so the lane
past the village hall will be busy with cars and beaters from 8am. Your canvassers may want to
start at the other end of the village. Guns will be well away from the road.

Best,
Hugo Fitzherbert
""", tags=("hard-negative", "benign-violent-word"))

c.add("query", subject="Quick question",
      sender=c.person("Emma", "Wild", "outlook.com"),
      body="""\
Hi Helen, can I shoot you a quick question about the AGM - are branch officers elected at the
CLP AGM or at the branch AGMs? Our branch hasn't had one in two years and nobody knows. Emma
""", tags=("hard-negative", "benign-violent-word"))

c.add("bulk", subject="Blasting notification - Dale Quarry - week commencing 17 Nov",
      sender=("Dale Quarry Community Liaison", "community@dalequarry.example.co.uk"),
      headers=c.newsletter_headers("Campaign Monitor"),
      body="""\
Dear Neighbour,

Blasting will take place at Dale Quarry on the following days: Tuesday 18 November and Thursday
20 November, between 11:30 and 12:30. A warning siren will sound two minutes before each blast.

If you have any concerns please contact our community liaison officer.

Dale Quarry Ltd
To unsubscribe from blasting notifications, click here.
""", tags=("hard-negative", "benign-violent-word"))

c.add("bulk", subject="Murder Mystery Night - tickets on sale!",
      sender=("Ashbourne & Dale Labour", "events@ashbournedalelabour.org.uk"),
      headers=c.newsletter_headers("Mailerlite"),
      fmt="html",
      body="", html_body="""\
<html><body style="font-family:Verdana">
<h1 style="color:#c00">Murder at the Miners' Arms!</h1>
<p>Join us for our annual murder mystery fundraiser on Friday 28 November. Two courses, a
body in the cellar and a room full of suspects. Who killed the Conservative county
councillor? (Fiction, we promise.)</p>
<p>Tickets &pound;22. All proceeds to the campaign fund.</p>
<p><a href="#">Buy tickets</a></p>
<p style="font-size:10px">You received this because you are a member. Unsubscribe.</p>
</body></html>""", tags=("hard-negative", "benign-violent-word", "metaphor"))

c.add("complaint", subject="Parking charges",
      sender=c.person("Richard", "Slater", "talktalk.net"),
      body="""\
Helen,

The new parking charges in Dalebridge are the death of the high street. Two shops closed this
month. I've run the hardware shop for 28 years and this is the worst it's been. Your councillors
hung us out to dry. I want to know who voted for this and I'll be at the town council meeting on
Tuesday to give them both barrels.

Richard Slater
""", also=["query"], tags=("hard-negative", "metaphor", "angry"))

c.add("complaint", subject="Campaign signs on my land",
      sender=("Brindley Lodge Estate", "estateoffice@brindleylodge.example.co.uk"),
      body="""\
Dear Secretary,

Three Labour Party campaign boards were erected on the verge and fence of Brindley Lodge land at
the junction with the A515 without permission. We have instructed our solicitors. Unless the
boards are removed within 48 hours we will remove them ourselves and will seek to recover the
cost, together with any legal costs, from your party.

Estate Office

This email and any attachments are confidential and intended solely for the addressee. If you
have received it in error please notify the sender and delete it. Brindley Lodge Estate is a
trading name of Brindley Lodge Farms LLP, registered in England and Wales no. OC300000.
""", tags=("hard-negative", "legal-threat"))

c.add("bulk", subject="East Midlands Labour - statement following attack on MP's office",
      sender=("East Midlands Labour", "eastmids@labour.example.org.uk"),
      headers=c.newsletter_headers("NationBuilder"),
      body="""\
Dear member,

You will have seen the news that the constituency office of a Conservative MP in the region was
attacked overnight on Tuesday, with windows smashed and graffiti sprayed. No one was hurt.

We condemn this without reservation. Violence and intimidation have no place in our democracy,
whoever the target. We are working with police to review security for our own representatives,
and CLP secretaries will receive updated guidance next week.

East Midlands Labour

Unsubscribe
""", tags=("hard-negative", "news-about-threats"))

c.add("query", subject="canvassing in the dark",
      sender=c.person("Janet", "Oldham", "gmail.com"),
      body="""\
Hello Helen, a few of us do the rural lanes round Hartsop in the evenings and with the clocks
gone back it's pitch black by five. Last week a farm dog came flying out and nearly took Bill's
leg off. Is there any advice or kit (torches, hi-vis) the CLP can provide? Janet
""", tags=("hard-negative", "benign-violent-word"))

c.add("complaint", subject="Bypass",
      sender=c.person("Malcolm", "Twigg", "btinternet.com"),
      body="""\
So the bypass is dead in the water again. Thirty years we've been promised it. Thirty years of
lorries through the Market Place. I'm disgusted with the county council and with our MP who
couldn't even be bothered to turn up to the public meeting. I'm going to hold every one of them
to account at the ballot box.
""", tags=("hard-negative", "metaphor", "angry"))

c.add("bulk", subject="Fire safety notice - Hartsop Village Hall",
      sender=("Hartsop Village Hall Committee", "bookings@hartsophall.example.org.uk"),
      body="""\
To all regular hirers,

Following the annual fire risk assessment: please ensure both fire exits are unlocked during
your booking, do not prop open the kitchen fire door, and note the new assembly point is the
far end of the car park. Candles and open flames are not permitted.

This notice is sent automatically to all hirers.
""", tags=("hard-negative", "benign-violent-word", "confuser", "robot-no-list-headers"))

c.add("other", subject="your piece in the Dale Reporter",
      sender=c.person("Sean", "Murphy", "outlook.com"),
      body="""\
Helen, your letter in this week's Dale Reporter about the bus cuts was killer. Short, punchy and
not a word wasted. Three people mentioned it to me at the Co-op. More of that please!
""", tags=("hard-negative", "benign-violent-word"))

c.add("procedural", subject="Motion for GC - abuse of elected representatives",
      sender=c.person("Ruth", "Gregory", "gmail.com"),
      body="""\
Dear Helen,

Ashbourne North branch submits this motion to the December GC:

"This CLP notes the rising number of threats and abuse directed at MPs, councillors and
candidates of all parties, including incidents in the East Midlands this year. This CLP believes
intimidation undermines democracy. This CLP resolves to adopt a safety policy for its
representatives and volunteers, and to ask the MP to support stronger action against online
abuse."

Proposer: Ruth Gregory; Seconder: David Kirk. Passed unanimously at branch.
""", tags=("hard-negative", "news-about-threats"))

c.add("complaint", subject="electoral suicide",
      sender=c.person("Andrew", "Buxton", "gmail.com"),
      body="""\
The decision to stand a candidate against the independent in Hartsop is electoral suicide. We'll
get slaughtered, split the vote and hand the seat to Reform. Did anyone on the EC actually look
at the numbers? I'd like an explanation before I spend another Saturday delivering for this.
""", also=["query"], tags=("hard-negative", "metaphor", "angry"))

c.add("query", subject="nervous about speaking",
      sender=c.person("Bethany", "Cope", "icloud.com"),
      body="""\
Hi Helen, I'm a bit gun-shy about speaking at the Wirksworth hustings next week - I've never done
anything like it. Is there anyone in the CLP who could run through some likely questions with me
beforehand? Bethany
""", tags=("hard-negative", "benign-violent-word"))

c.add("data-protection", subject="STOP PHONING ME",
      sender=c.person("Derek", "Boam", "aol.com"),
      body="""\
That's the fourth time your lot have phoned me this month. I am not interested. If you phone me
once more I'll report you to whoever it is you report people to. Take my number off your system.
""", tags=("hard-negative", "angry", "confuser", "dp-no-legal-words"))

c.add("complaint", subject="Defamatory leaflet - Cllr Redfern",
      sender=c.person("Nigel", "Redfern", "btinternet.com"),
      body="""\
Ms Pryce,

Your "Dale Rose" leaflet says that I "voted to close Hartsop school". I did no such thing; I was
not even on the committee. I am taking legal advice and will be seeking a full retraction in
the next edition. I've also sent a copy to the Returning Officer.

Cllr N. Redfern (Independent)
""", tags=("hard-negative", "legal-threat"))

c.add("procedural", subject="Blitz of Wirksworth - Saturday",
      sender=c.person("Owen", "Buckley", "gmail.com"),
      body="""\
Report for the EC from the campaign committee:

We propose a full blitz of Wirksworth on Saturday 22nd ahead of the by-election, with three
teams hitting the doors from 10am. We need the EC to approve £150 for a second leaflet run and
to agree that the Ashbourne teams are redeployed for the day.

Owen Buckley
Campaigns Coordinator
""", tags=("hard-negative", "metaphor", "benign-violent-word"))

c.add("other", subject="ha",
      sender=c.person("Jess", "Wheeldon", "gmail.com"),
      body="""\
Helen I will actually kill you if you put me on the 7am leaflet run again \U0001F602\U0001F602 my
body cannot do that hill before coffee. put me on the afternoon one and I'll bring cake x
""", tags=("hard-negative", "benign-violent-word"))

c.add("other", subject="Macbeth",
      sender=c.person("Colin", "Bateman", "btinternet.com"),
      body="""\
Helen - spare tickets for the Buxton Festival Macbeth on the 9th if you and Phil fancy it. All
the murders happen offstage, you'll be pleased to hear. Let me know by Friday.
""", tags=("hard-negative", "benign-violent-word"))

c.add("complaint", subject="not good enough",
      sender=c.person("Karen", "Fearn", "hotmail.co.uk"),
      body="""\
I'm absolutely furious. I asked for help with my mum's care package from the councillor in
August and she has done nothing. Not a call, not an email. I'm going to be at her next surgery
and I'm going to tell her to her face what I think of her, and then I'll be putting it all on
the Ashbourne Facebook page so everyone knows.
""", tags=("hard-negative", "angry"))

c.add("query", subject="Fire extinguishers",
      sender=c.person("Geoff", "Allsop", "talktalk.net"),
      body="""\
Helen, now that we've got the pop-up campaign shop in Dalebridge do we need our own fire
extinguisher and a fire log, or does the landlord's cover it? I don't want us caught out by the
insurers. Geoff
""", tags=("hard-negative", "benign-violent-word"))

c.add("complaint", subject="Crushed",
      sender=c.person("Anne", "Hodgkinson", "yahoo.co.uk"),
      body="""\
The way the chair crushed every bit of debate at the GC was shameful. Members came to discuss
the farm tax and were shot down before they'd finished a sentence. I'd like it minuted that
several of us walked out in protest, and I want to know whether the chair will be standing
again at the AGM.
""", also=["query"], tags=("hard-negative", "metaphor", "angry"))

c.add("other", subject="Article for your newsletter - the Pentrich Rising",
      sender=c.person("David", "Kirk", "gmail.com"),
      body="""\
Helen,

Attached is my short history of the Pentrich Rising of 1817 for the members' newsletter - the
last armed revolt in England, right on our doorstep in Derbyshire. Three of the leaders were
hanged and beheaded at Derby, so I've kept the executions to one sentence.

David
""", tags=("hard-negative", "benign-violent-word"))

c.add("urgent", subject="Radio Derby want you at 7.20 tomorrow",
      sender=c.person("Liam", "Sherwin", "gmail.com"),
      body="""\
Helen, Radio Derby have been on. They're doing a piece tomorrow morning about the attack on the
Tory MP's office and want a local Labour voice to say we condemn it and talk about the climate
for candidates generally. 7.20am, down the line from home. I need to tell them by 6 tonight. Can
you or the chair do it?

Liam (press)
""", tags=("hard-negative", "news-about-threats"))

# ======================================================================================
# OTHERS
# ======================================================================================

c.add("urgent", subject="Agent sick - count tonight",
      sender=c.person("Philippa", "Lees", "gmail.com"),
      body="""\
Helen, Dave's got Covid and he's our election agent for tonight's Hartsop count. Regional say
you can be sub-agent if you sign the form at the town hall before 9pm. Can you get there? I'll
bring the paperwork.

Sent from my Galaxy
""", tags=())

c.add("urgent", subject="Ballot box for the AGM - needed tomorrow morning",
      sender=c.person("Gerald", "Fox", "btinternet.com"),
      body="""\
Helen, the ballot box and the voting cards for tomorrow's AGM are locked in the cupboard at the
old office and I've just realised I gave the key back to the landlord. He's only in until noon
tomorrow. Can someone collect it first thing? Gerald
""", tags=())

c.add("urgent", subject="Re: minibus for the Westminster lobby",
      sender=c.person("Chris", "Bond", "outlook.com"),
      body=c.quote_reply("""\
Bad news - the minibus firm have just cancelled for tomorrow, driver's off sick. We've got 14
people booked to go down to the farm tax lobby at 6am. I've found a replacement but they need a
deposit by 5pm today. Can the CLP pay on the card?
""", """\
Minibus confirmed for Wednesday, leaving Ashbourne bus station at 6am. Thanks Chris!
Helen
"""), tags=())

c.add("complaint", subject="ignored again",
      sender=c.person("Pauline", "Spencer", "gmail.com"),
      body="""\
I asked three weeks ago how to get on the council panel of approved candidates and nobody has
replied. The men who asked got a phone call the same week. I don't think that's a coincidence.
""", tags=("confuser", "complaint-as-query"))

c.add("complaint", subject="Our MP and the farm vote",
      sender=c.person("John", "Gratton", "btinternet.com"),
      body="""\
Dear Helen,

I am a member in Hartsop. I want the CLP to formally explain to members why our MP - who
represents more farms than almost any Labour MP - voted for the inheritance tax change with no
amendment. I am asking for this to be discussed at GC. Silence is not an option.

John Gratton
""", also=["procedural"], tags=())

c.add("query", subject="lift to the GC",
      sender=c.person("Eileen", "Walker", "aol.com"),
      body="""\
Dear Helen, I don't drive any more and the bus doesn't run after 6 from Longcliffe. Is there
anyone going to the GC in Ashbourne who could give me a lift? Happy to pay petrol. Eileen
""", tags=())

c.add("query", subject="joining as a young member",
      sender=c.person("Harvey", "Bond", "gmail.com"),
      body="""\
hi, im 15, can i join labour yet or do i have to wait? my sixth form politics teacher said young
labour starts at 14 but the website said something different. thanks
""", tags=())

c.add("query", subject="Surgery times",
      sender=c.person("Joyce", "Harrison", "btinternet.com"),
      body="When is Councillor Allsop's next surgery and do I need an appointment? Thank you, Joyce Harrison\n",
      tags=())

c.add("procedural", subject="Apologies + report",
      sender=c.person("Neil", "Spencer", "gmail.com"),
      body="""\
Helen, apologies for tonight's GC - I'm in Sheffield. Here's my treasurer's report to read out:

Balance at 31 October: £3,412.18. Income this month: £640 (murder mystery night £410, standing
orders £230). Expenditure: £285 (printing). Recommendation: GC to approve the draft budget for
next year at its December meeting.

Neil
""", tags=())

c.add("procedural", subject="Nominations for CLP officers - Dalebridge branch",
      sender=c.person("Kate", "Shaw", "outlook.com"),
      body="""\
Hi Helen,

Dalebridge branch nominations for the CLP AGM:
Chair - Philippa Lees
Vice-Chair - no nomination
Women's Officer - Ruth Gregory
BAME Officer - Tariq Mahmood
Youth Officer - no nomination

Kate Shaw, Branch Secretary
""", tags=())

c.add("procedural", subject="Re: GC agenda",
      sender=c.person("Philippa", "Lees", "gmail.com"),
      body=c.quote_reply("""\
Can we move the farm tax motion up to item 4 so it's not squeezed at the end? And the
boundary review report can go to the EC rather than GC. Thanks, P
""", """\
Draft GC agenda attached. Please send any comments by Monday.
Helen
"""), tags=())

c.add("data-protection", subject="why is my name on the list",
      sender=c.person("Susan", "Hall", "gmail.com"),
      body="""\
My neighbour showed me an email from your branch with a list of "people to visit" and my name
and address is on it with "Lab switcher - elderly, lives alone". I am not happy that a stranger
can read that about me. Who wrote it and who has it?
""", tags=("confuser", "dp-no-legal-words"))

c.add("data-protection", subject="Erasure request",
      sender=c.person("Daniel", "Brooks", "protonmail.com"),
      body="""\
Dear Secretary,

Please erase all personal data the CLP holds about me, under Article 17 UK GDPR, including my
details on any local spreadsheets, mailing lists and canvassing software. I left the party in
2023.

Daniel Brooks
""", tags=())

c.add("data-protection", subject="lost clipboard",
      sender=c.person("Wendy", "Goodall", "btinternet.com"),
      body="""\
Helen - embarrassed to say I left my clipboard on the wall outside the Co-op in Wirksworth after
the canvass today. It had the walk sheets for two streets with names and notes. Went back and
it's gone. What do I need to do?
""", also=["query"], tags=())

c.add("bulk", subject="Re: Dalebridge branch meeting",
      sender=c.person("Steve", "Moss", "outlook.com"),
      headers=c.autoreply_headers("bare"),
      body="""\
Thank you for your email. I am out of the office until 24 November. If your enquiry relates to
Moss Haulage please call the depot on 01629 000 228.
""", tags=("confuser", "robot-no-list-headers"))

c.add("bulk", subject="Your Eventbrite order: AGM 2026 - Ashbourne & Dale CLP",
      sender=("Eventbrite", "noreply@order.eventbrite.co.uk"),
      fmt="html",
      body="""\
You're going! AGM 2026 - Ashbourne & Dale CLP. Saturday 29 November, 10:30am. Ashbourne Town
Hall. Order #8120934411. Add to calendar.
""", tags=("confuser", "robot-no-list-headers"))

c.add("bulk", subject="[dalebridge-labour] Digest, Vol 44, Issue 9",
      sender=("dalebridge-labour", "dalebridge-labour@googlegroups.com"),
      headers=c.list_headers("dalebridge-labour", domain="googlegroups.com"),
      body="""\
Today's topics:
1. Leaflet rounds for next week (Kate Shaw)
2. Re: Leaflet rounds for next week (Eileen Walker)

1. Kate: Rounds are in the usual box at the Red Lion. Please tick off when done.
2. Eileen: I'll take Mill Lane and the new estate.

You received this because you are subscribed to the Google Groups "dalebridge-labour" group.
""", tags=())

c.add("bulk", raw=c.bounce("w.goodall@btinternet.co", orig_subject="Wirksworth canvass - Saturday",
                          reason="550 5.4.1 Recipient address rejected: Access denied"),
      body=None, tags=("confuser", "robot-no-list-headers"))

c.add("other", subject="Congratulations on the by-election",
      sender=c.person("Mary", "Kirk", "aol.com"),
      body="""\
Dear Helen,

I am 88 and I've voted Labour since Attlee. I just wanted to say well done to everyone on
Hartsop. It did my heart good to see a red rosette in the village again. I can't knock on doors
any more but I've enclosed a cheque for £20 by post.

Mary Kirk
""", tags=())

c.add("other", subject="Photocopier for sale",
      sender=c.person("Barry", "Stone", "gmail.com"),
      body="""\
Hello, we're closing the parish office and have a Ricoh photocopier that's surplus. Works fine,
prints A3. Thought a political party might want it - £100 or near offer, collection from
Hartsop. Barry
""", tags=())

# ---- later additions ------------------------------------------------------------------

c.add("safety", subject="the quarry vote AND EVERYTHING ELSE",
      sender=c.person("Gary", "Etches", "hotmail.co.uk"),
      body="""\
right helen ive had enough so your getting all of it i moved back to hartsop in 2019 to look
after my dad who had dementia and in 6 years this is what ive seen the bus gone the post office
gone the pub shut for 18 month the doctors now only 2 days a week and you have to ring at 8am
on the dot or forget it and the quarry lorries going past my dads window from 6 in the morning
shaking the whole house and then your councillors vote to let the quarry go another 40 acres
into the hill behind us which means another 20 year of dust and noise and blasting and not one
of them lives in the village not one they all live in ashbourne or matlock in nice houses with
nice gardens and no lorries so heres the thing since they like making decisions about where
other people live maybe ill start making decisions about where they live too i know where
hartley lives i know where allsop lives ive driven past both of them and had a good look and if
that extension goes through they will be finding out what its like to not sleep at night
because of whats outside there window and i dont mean lorries anyway my dad died in march so
its just me now and i dont care about much any more the parish council is useless the county
council is useless and you lot are the worst because you pretend to care and then you dont turn
up its been 3 years since anyone from labour knocked on my door and the last time it was a lad
who didnt even know where hartsop school was because it shut before he was born
""", tags=("noisy", "embedded", "conditional", "doxxing", "veiled"))

# Threats that mailkit happened to render HTML-only get the html-only tag too.
import email as _email  # noqa: E402
for _i, (_data, _cats, _mn, _tags) in enumerate(c.items):
    if _cats[0] == "safety" and "html-only" not in _tags and \
            _email.message_from_bytes(_data).get_content_type() == "text/html":
        c.items[_i] = (_data, _cats, _mn, _tags + ("html-only",))

c.write()
