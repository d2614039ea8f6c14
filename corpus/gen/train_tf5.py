"""train_tf5: personas writing to the secretary of Ashbourne & Dale CLP (Helen Pryce).

Personas: Geoffrey Marsden (lifelong-Labour hill farmer, furious about inheritance tax),
Rev. Canon Alison Hurst (vicar who hosts hustings), Ionut Popescu (Romanian warehouse
worker), Pete Ransome (CLP chair, brusque), Martin Crowe (former branch member fixated on
the secretary). MP: Tom Kershaw. All invented.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tf5", seed=1605)
SEC = "%s <%s>" % c.secretary()

GEOFF = ("Geoffrey Marsden", "marsden.hollinsfarm@btinternet.com")
REV = ("Revd Canon Alison Hurst", "vicar@stmichaelsthorncliffe.org.uk")
IONUT = ("Ionut Popescu", "ionut.popescu87@yahoo.com")
PETE = ("Pete Ransome", "pete.ransome@gmail.com")
MARTIN = ("Martin Crowe", "martin.crowe@sky.com")

P_GM = "persona-geoffrey-marsden"
P_AH = "persona-alison-hurst"
P_IP = "persona-ionut-popescu"
P_PR = "persona-pete-ransome"
P_MC = "persona-martin-crowe"

# ---------------------------------------------------------------- Geoffrey Marsden
c.add("complaint", sender=GEOFF, subject="Inheritance tax on farms",
      body="""Mrs Pryce,

I have been a member of the Labour Party since 1979. My father was a member before me and was on the parish council for Labour when that was a brave thing to be in these parts. I have delivered leaflets in Hollins Cross for forty years in the rain for candidates who didnt stand a chance.

So I hope you will believe me when I say this is not a Tory farmer moaning.

The changes to agricultural property relief will kill family farms in the Dale. Not the big estates, they have accountants and trusts. Us. 180 acres, hill ground, worth a fortune on paper because of what some banker from Manchester will pay for it, and making £22,000 a year in a good year. When I die my son will have to sell a third of it to pay the tax, and the farm doesnt work at two thirds.

Tom Kershaw stood in my yard two years ago and told me Labour understood farming. I want to know whether he voted for this and what he is going to do about it.

G. Marsden
Hollins Farm, Hollins Cross""", tags=(P_GM, "hard-negative", "metaphor", "angry"))

c.add("complaint", sender=GEOFF, subject="Saturday",
      body="""Mrs Pryce

Just so you know. Come Saturday there will be a hundred tractors in Ashbourne market place outside Kershaws surgery. Peaceful, police know about it, we have done the paperwork. We will be there from ten till he comes out and talks to us.

He can hide behind his staff all he likes. Watch this space. Farmers vote, and we remember.

G Marsden""", tags=(P_GM, "hard-negative", "angry"))

c.add("safety", sender=GEOFF, subject="A word of warning about Kershaw",
      body="""Mrs Pryce,

I've held my tongue in the meetings but I'll say it to you straight because somebody ought to.

There are men round here who have lost everything this year. Bovine TB took half of Sam Whitworth's herd in the spring and now this tax on top. Men who have been on the same ground for five generations and are going to be the ones who lose it. Some of them have nothing left to lose and a shotgun in the cabinet, licensed, as they all have.

I'm not threatening anybody. I'm a Labour man. But they know where Kershaw lives - everybody knows it's the old rectory at Burnside - and they know he walks that spaniel up Hollins Lane every night about nine, on his own, where there's no houses. If I was him I would stop doing that for a while. If anything happened to him up there I don't know that many round here would be sorry, and that's the truth of how bad it's got.

Tell him that from me.

Geoffrey Marsden""", tags=(P_GM, "veiled", "implicit", "wish-harm"))

c.add("query", sender=GEOFF, subject="Solar farm at Wetton Bridge",
      body="""Mrs Pryce

Who do I talk to about the solar farm application on the Wetton Bridge land. Is it the district council or the county. I'm not against it as such but it backs onto my top fields and nobody has asked about the drainage. Has Labour got a view on it.

GM""", tags=(P_GM,))

c.add("other", sender=GEOFF, subject="Re: ewes",
      body="""Helen,

The 40 Swaledale ewes are yours at £95 a head if you can collect before the 20th. Can't do any cheaper with feed the price it is. Bring a trailer, the wagon's broken.

Geoff

(sorry - wrong Helen. This was for Helen Barker at the mart. Please delete!!)""", tags=(P_GM, "misdirected"))

c.add("urgent", sender=GEOFF, subject="BBQ tomorrow - cant have it at ours",
      body="""Helen

Bad news. The vet was out this morning and we have a TB reactor, so the farm is under movement restrictions from today. I'm not having 80 people traipsing round the yard and the big barn for the CLP barbecue tomorrow, it wouldnt be right and Defra would have my hide.

Im sorry to let you down at the last minute. I've rung Jim at the Burnside Institute and he says you can have the field behind it if you ring him before six tonight (01335 960 227). I can still bring the burgers and the gas BBQ over first thing.

Geoff""", tags=(P_GM,))

c.add("procedural", sender=GEOFF, subject="Motion for the GC - family farms",
      body="""Mrs Pryce,

Hollins Cross and Burnside branch passed this on Tuesday and asked me to send it for the next General Committee.

FAMILY FARMS

This CLP notes that the changes to agricultural and business property relief will apply to working family farms in Ashbourne & Dale as well as to large landowners and investors.

This CLP believes that a tax intended to stop wealthy investors using farmland to avoid inheritance tax should not force working family farms to sell land to pay it.

This CLP calls on Tom Kershaw MP to press the Treasury for a higher threshold for working farms, or for the tax to be payable over a longer period without interest.

Proposed G. Marsden, seconded J. Whitworth. Carried 9 for, 1 against, 2 abstentions.

G. Marsden""", tags=(P_GM,))

c.add("safety", sender=GEOFF, subject="Flyer at the mart",
      body="""Helen

I'm not one for telling tales but you had better see this. There was a stack of these on the cafe counter at Ashbourne mart this morning. I took the lot and put them in the Land Rover, but there will be more about. I've typed out what it says.

"KERSHAW'S DEATH TAX IS KILLING OUR FARMS. THE MAN WHO VOTED FOR IT LIVES AT THE OLD RECTORY, BURNSIDE DE6. HIS WIFE DRIVES THE GREY VOLVO AND THE KIDS GO TO THORNCLIFFE PRIMARY. FARMERS - PAY HIM A VISIT. SHOW HIM WHAT IT'S LIKE TO LOSE YOUR HOME."

There's no name on it. There were men in the cafe saying they'd be going up to Burnside "one night soon". I know some of them, they're not bad men, but they're at the end.

I don't want anybody hurt over this, for all I've said. You had best tell his office and the police. Don't say it came from me.

Geoff""", tags=(P_GM, "third-party-report", "doxxing", "implicit"))

c.add("complaint", sender=GEOFF, subject="Resignation",
      body="""Mrs Pryce,

Please take this as my resignation from the Labour Party after 46 years.

It is not one thing. It is the tax, and the way Tom Kershaw has treated the farmers in this constituency, and the way the party talks about the countryside as if it was a place for other people's houses and other people's windmills. I have put more into this party than I have taken out, and it has not got anything left for people like me.

I have cancelled the direct debit. Please let the branch know. I will return the Hollins Cross banner to Jean.

Geoffrey Marsden""", tags=(P_GM,))

c.add("bulk", sender=("Dale Farmers Action", "dalefarmersaction@groups.io"),
      subject="[DaleFarmersAction] Tractor rally Saturday - route and rules",
      headers=c.list_headers("Dale Farmers Action", domain="groups.io"),
      body="""Posted by: Geoffrey Marsden

All,

Final details for Saturday:
- Assemble 9am at Wetton Bridge lay-by. Convoy leaves 9.30.
- Route: A515 into Ashbourne, round the market place twice, park up on Shaw Croft (council have agreed).
- Police liaison is Sgt Daniels. Do exactly what she says.
- Banners: "NO FARMERS NO FOOD" and "STOP THE FAMILY FARM TAX". Nothing personal about Kershaw or anybody else, I mean it. We are there to make a point, not to give the papers a story.

Labour's death tax is killing this valley, and we'll let the whole county see it.

Geoff

_._,_._,_
Groups.io Links: You receive all messages sent to this group.
View/Reply Online | Reply To Group | Mute This Topic | Unsubscribe
_._,_._,_""", tags=(P_GM, "hard-negative", "metaphor", "list"))

# ---------------------------------------------------------------- Revd Canon Alison Hurst
c.add("query", sender=REV, subject="Churches Together hustings - a few practical questions",
      body="""Dear Helen,

Thank you for your call on Monday. As promised, here are the practical questions about the Churches Together hustings at St Michael's on Thursday 30 April.

1. Would your candidate need a lectern or would a table and microphone be sufficient? All candidates will be treated identically.
2. Does your candidate have any access requirements? The nave is step-free but the vestry, where candidates will wait beforehand, has two steps.
3. Would your party be content for questions to be submitted in advance through the parish office, with a few taken from the floor at the chair's discretion?
4. We have been advised to have two stewards on the door. Would your party be willing to provide one, alongside one from each of the other parties?

I should say that the parochial church council has asked that no campaign material be displayed inside the church itself. Leaflets may be left on a table in the porch.

With every good wish,

Alison

The Revd Canon Alison Hurst
Vicar, St Michael and All Angels, Thorncliffe with Lowther Green""", tags=(P_AH,))

c.add("procedural", sender=REV, subject="Apologies and Faith & Communities report - GC 14 May",
      body="""Dear Helen,

I'm afraid I must send apologies for the General Committee on 14 May, as I have a confirmation service that evening.

I attach my short written report as Faith and Communities Officer, for circulation with the papers:

- The Churches Together hustings on 30 April was attended by about 140 people. All five candidates took part. It was, I think, conducted with courtesy throughout, which is not nothing in the current climate.
- I have met the imam of the Ashbourne mosque and the chair of the Sikh gurdwara committee in Lowther Green about a joint interfaith event on cost of living in the autumn. I will bring a proposal to the Executive.
- The food bank at St Michael's is now seeing 60 households a week, up from 35 a year ago. I would welcome an item at a future GC on how the CLP might support it.

With best wishes,
Alison""", tags=(P_AH,))

c.add("safety", sender=REV, subject="A note on the church door",
      body="""Dear Helen,

I am sorry to be writing with something unpleasant, but I think you and the other parties need to know before Thursday.

When the churchwarden unlocked St Michael's this morning he found a sheet of A4 taped to the west door, and beneath it, on the step, a small cardboard box sealed with tape and with wires of some kind protruding from the lid. The note read:

"LABOUR'S HUSTINGS WILL BE THE LAST THING HELD IN THIS CHURCH. KERSHAW AND HIS TRAITORS ARE NOT WELCOME IN OUR VILLAGE. YOU HAVE BEEN WARNED, VICAR."

We did not touch the box. The police attended within the hour and the area was cordoned; they later told us the box contained nothing dangerous - an old radio, I understand - but they regard it as a deliberate attempt to intimidate, and have taken both away.

The police will attend the hustings on Thursday. I intend to go ahead, as does the PCC. I would be grateful if you could make sure Mr Kershaw's office is aware.

With every good wish, and some weariness,
Alison""", tags=(P_AH, "suspicious-item", "third-party-report", "explicit"))

c.add("urgent", sender=REV, subject="TONIGHT's hustings - moved to Thorncliffe Village Hall",
      body="""Dear Helen,

The boiler at St Michael's failed this afternoon and the church is currently 8 degrees, which I do not think any candidate, however robust, should be asked to endure for two hours, let alone the audience.

Tonight's hustings (7pm) will therefore take place at Thorncliffe Village Hall, Church Lane, 200 yards from the church. Same time, same format. The hall is step-free and there is parking behind the pub.

Could you please let your candidate and agent know before 5pm? I am emailing all the parties. We will put a notice on the church gate.

Alison""", tags=(P_AH,))

c.add("other", sender=REV, subject="Thank you for Thursday",
      body="""Dear Helen,

Thank you, and please thank your candidate and your steward, for Thursday's hustings. In spite of everything that happened beforehand it was a good evening: well-informed questions, civil answers, and a young man from the sixth form who asked the best question of the night and has, I gather, been offered internships by at least three parties.

Whoever wins in May, I shall be praying for them, and for all of you who do the unglamorous work of democracy.

With every blessing,
Alison""", tags=(P_AH,))

c.add("bulk", sender=("St Michael's Parish News", "news@stmichaelsthorncliffe.org.uk"),
      subject="Parish News - June: praying for those in public life",
      headers=c.newsletter_headers("Mailerlite"), fmt="alt",
      body="""ST MICHAEL AND ALL ANGELS, THORNCLIFFE WITH LOWTHER GREEN
PARISH NEWS - JUNE

FROM THE VICARAGE
Last month an MP in another part of the country was attacked outside her surgery, and the latest report to Parliament tells us that most of those who stand for public office now face abuse, and many face threats. Here in the Dale we have had our own small taste of it.

Whatever our politics, we are called to pray for those in authority, and to speak of one another with respect. This month, at the Sunday services, we will pray by name for our MP, our county and district councillors and the parish council. You may disagree with them. You may vote against them. But please do not let anyone in this village say that threats are the price of standing for election.

DIARY
Sun 8th - Patronal festival, bring and share lunch
Wed 11th - Food bank, 10-12
Sat 21st - Summer fair on the vicarage lawn

Alison

To stop receiving Parish News, click here to unsubscribe.""", tags=(P_AH, "hard-negative", "news-about-threats", "newsletter"))

c.add("data-protection", sender=REV, subject="A phone left in the vestry",
      body="""Dear Helen,

After Thursday's hustings a mobile phone was left behind in the vestry. The verger picked it up this morning and, as it was unlocked, looked at the screen to try to find the owner. It was open on what I take to be your party's canvassing application, and showed a list of names and addresses in Lowther Green - many of them my parishioners - each with notes such as "Lab - strong", "Con - hostile", "elderly, lives alone, postal vote".

I have locked the phone in the safe and no one else has seen it. I would be grateful if the owner could collect it from the vicarage. But I thought you should know, because I would be uneasy, and I suspect some of my parishioners would be very unhappy, to know that such notes about them could be read so easily.

Alison""", tags=(P_AH, "confuser", "dp-no-legal-words"))

c.add("safety", sender=REV, subject="Fwd: Thursday",
      body=c.forward("""Helen - I received this from someone I believe to be a parishioner, though the name is unfamiliar. I have forwarded it to the police. I thought you should see it too. A.""",
      """Vicar,

If that man Kershaw shows his face in OUR church on Thursday after what he's done to this valley, there are people who will make sure he doesn't leave it the way he came in. You'll have nobody to blame but yourself for inviting him.

Don't say you weren't told.

A concerned member of the congregation""",
      "D. Holt <dholt.thorncliffe@gmail.com>", "Thursday"),
      tags=(P_AH, "forwarded", "conditional", "third-party-report"))

c.add("complaint", sender=REV, subject="Leaflets in the church porch",
      body="""Dear Helen,

I hesitate to complain, as I know how much your volunteers do. But on Sunday morning the congregation arrived to find a stack of about a hundred Labour leaflets left on the table in the church porch, over the parish notices and the food bank rota, and a poster taped to the noticeboard.

As I mentioned before the hustings, the PCC's position is that St Michael's cannot be seen to favour any party. Two members of the congregation have already written to me, one of them rather forcefully, and I have had to explain that the church did not give permission.

Could you please remind your volunteers that the church porch is not a distribution point, except on the night of a hustings and then for all parties equally? I have removed the leaflets; someone is welcome to collect them from the vicarage.

With kind regards,
Alison""", tags=(P_AH,))

c.add("other", sender=REV, subject="Remembrance Sunday - invitation to Mr Kershaw",
      body="""Dear Helen,

On behalf of the PCC and the Thorncliffe branch of the Royal British Legion, I write to invite Mr Kershaw to lay a wreath at the war memorial on Remembrance Sunday, 8 November, at 10.50am, following the short service in church. The district and parish councils will also be represented.

I'd be grateful if his office could let me know in due course, so that we can print the order of service.

With every good wish,
Alison""", tags=(P_AH,))

c.add("safety", sender=REV, subject="Incident at the Harvest service",
      body="""Dear Helen,

I thought I ought to let you know about something at our Harvest Festival service yesterday, which Mr Kershaw attended privately with his family.

A man I did not recognise sat directly behind the Kershaws through the service. At the Peace, when people exchange a handshake, he leaned forward and said to Mr Kershaw, quite quietly but audibly to me and the family: "God will judge you for what you've done to us. And so will I, when you're not in here." He then left before the final hymn.

Mrs Kershaw was very upset, as were the children. Afterwards one of my churchwardens said he had seen the same man standing at the lychgate during the last two Sunday services, "looking at the cars".

The family have spoken to the police. I have agreed with the churchwardens that someone will be on the door for the next few weeks. I should be grateful if the CLP would make sure the MP's office has all the details.

Alison""", tags=(P_AH, "third-party-report", "veiled", "following"))

# ---------------------------------------------------------------- Ionut Popescu
c.add("query", sender=IONUT, subject="question about membership and union",
      body="""Hello,

My name is Ionut, I am from Romania and living in Lowther Green from 2017. I am working at the distribution centre (the big one by the A515) as picker.

Some colleagues say Labour is the party for the workers and we must join the union also. Please to tell me:
- is possible for Romanian citizen with settled status to be member of Labour?
- is the same thing the Labour party and the union, or are different? Which one I must join first?
- the meetings are in English only? My English is OK for work but in meeting, fast talking, is difficult.

Thank you very much for your time, have a nice day.
Ionut Popescu""", tags=(P_IP, "non-native"))

c.add("complaint", sender=IONUT, subject="MP visit to warehouse - very disappointed",
      body="""Hello Mrs Helen,

Last week the MP Tom Kershaw visit our distribution centre. He take photos with the managers, he say on Facebook it is "a great local employer creating hundreds of jobs".

But he did not speak with any worker. Not one. He did not ask why 30% of us are on agency contract from 3 years. He did not ask why we have target 180 items per hour and if you go toilet too long you get a "point". He did not ask why two people collapsed in the heat in July.

I am member of Labour now 1 year. I do not understand why Labour MP come to the warehouse and speak only with the bosses. Please tell him this from me and from my colleagues. We want that he come back and speak with us, in the canteen, without the managers.

Ionut""", tags=(P_IP, "non-native"))

c.add("safety", sender=IONUT, subject="problem at work with one colleague",
      body="""Hello Helen,

I want to tell you something because I think it is important for the Labour Party, not only for me.

Last Saturday me and two other Romanian members give Labour leaflets at the gate of the warehouse at shift change (we have permission from the union). One colleague, English man, he see us. In the canteen after, he say loud to everybody: "them Romanians are doing Labour's dirty work now. I know where they live, the caravans at Lowther Lakes. One night them caravans burn, and nobody will know who done it."

Some people laugh. But I live in the caravan park with my wife and my daughter 4 years old. Also the other two. Now my wife is scared to sleep.

I tell the manager and he say "it was joke". I do not think it was joke. Is this something for police or for Labour?

Ionut""", tags=(P_IP, "third-party-report", "explicit", "non-native"))

c.add("data-protection", sender=IONUT, subject="how the manager know??",
      body="""Helen,

Two weeks ago I sign the Labour petition online about the safety in warehouses, on the Labour Ashbourne website. I put my name, email, phone and "I work at the distribution centre".

Today my manager call me in the office and say "I see you signed a petition against the company". He know my name on it. How he know this?? I give my details only to Labour. Who see the list of the people who sign? Did somebody give it to the company?

I am very worried for my job now. Please tell me who has this list.

Ionut""", tags=(P_IP, "non-native", "confuser", "dp-no-legal-words"))

c.add("urgent", sender=IONUT, subject="leaflets Romanian - need today",
      body="""Helen, good morning,

Tomorrow 5.30 in the morning is the gate leafleting at the warehouse, the shift change, more than 300 workers. We agree we give the leaflet in Romanian and Polish also.

But the box from the printer came to my house yesterday and the Romanian leaflet is wrong, it say the election is 7 March not 7 May!! I cannot give this.

Is possible that the printer make new ones today? Or if you send me the file I print 200 in the library this afternoon? I need before 5pm today because the library close.

Ionut""", tags=(P_IP, "non-native"))

c.add("procedural", sender=IONUT, subject="motion for voting rights EU citizens",
      body="""Dear Helen,

In the branch meeting in Lowther Green we discuss about the right to vote for EU citizens. We decide to send motion to the GC. The chair Jean help me with the English, so I hope it is correct now.

MOTION: Votes for all residents

This CLP notes that EU citizens who arrived in the UK after 2020 do not have the right to vote in local elections in England, although they pay council tax and use local services.

This CLP believes that everyone who lives and pays taxes here should have a say in local decisions.

This CLP calls on the government to give the right to vote in local elections to all residents with settled or pre-settled status.

Proposer: Ionut Popescu (Lowther Green)
Seconder: Jean Atkinson (Lowther Green)

Thank you,
Ionut""", tags=(P_IP, "non-native"))

c.add("query", sender=IONUT, subject="Saturday door knocking",
      body="""Hi Helen, I come Saturday for the door knocking in Lowther Green. Where we meet and what time? I make my target 50 doors this time, last time only 30 :) The night shift this week kill me but is OK, I sleep Friday. Can I bring my friend Andrei, he is not member yet but he want to see how it works? Ionut""", tags=(P_IP, "non-native", "hard-negative", "benign-violent-word"))

c.add("safety", sender=IONUT, subject="message on my phone",
      body="""Helen I get this SMS today from number I dont know. I copy exact:

"oi romanian rat. stop giving out labour leaflets at the gate or ur car gets it and then u. we no which caravan. last warning"

I go to police station in Ashbourne with my phone. They write report. They say maybe is the same man from canteen. I will not do the gate on Saturday. I am sorry.

Ionut""", tags=(P_IP, "third-party-report", "explicit", "conditional", "noisy", "non-native"))

c.add("other", sender=IONUT, subject="invitation - Romanian National Day",
      body="""Dear Helen,

On 1 December it is Romanian National Day. The Romanian community in Lowther Green and Ashbourne make a small party in the community centre, with music and food (sarmale, cozonac, and of course palinca, but not too much :)).

We invite you and the Labour friends, and the MP also if he want to come. Is from 6pm. It will be nice for the people to see that the Labour party know we are here.

Thank you for everything this year.
Ionut and Alina""", tags=(P_IP, "non-native"))

# ---------------------------------------------------------------- Pete Ransome (chair)
c.add("procedural", sender=PETE, subject="EC agenda - Tues",
      body="""H -

Draft agenda for Tuesday's EC. Shout if I've missed anything, otherwise pls circulate by Fri.

1. Apologies
2. Minutes of last EC + matters arising
3. Correspondence (you)
4. Treasurer's report - incl. the Burnside BBQ takings & the outstanding print bill
5. Campaigns: May county elections - target divs, candidates still needed for Wetton & Lowther
6. GC agenda for the 14th - motions received (farms, votes for EU citizens, anything else?)
7. Security - Brian's paper / the church incident
8. Officer vacancies: youth officer, LGBT+ officer
9. AOB

Ta,
P""", tags=(P_PR,))

c.add("procedural", sender=PETE, subject="Standing orders - proposed change re: motions deadline",
      body="""Helen,

Following last GC's shambles with the late motions, I'd like the EC to propose a rule change to the GC. Draft wording:

"Standing Order 7(b): Delete 'seven days' and insert 'fourteen days'. Insert new 7(c): 'Emergency motions may be accepted by the Chair only where the subject matter arose after the deadline, and the Chair's ruling shall be final.'"

Needs notice at one GC and a vote at the next, so if we want it in place before the AGM it has to be on the agenda for the 14th. Can you check it against the model procedural rules - I don't want regional telling us it's out of order.

Pete""", tags=(P_PR,))

c.add("urgent", sender=PETE, subject="TONIGHT - GC venue changed",
      body="""Helen - Memorial Hall have double-booked us with the Zumba class (!!) for tonight. I've got the Burnside Institute, 7.30pm as before, Jim's opening up from 7.

Can you email all GC delegates NOW and get it on the WhatsApp? I'll put a sign on the Memorial Hall door and stand outside for the first 15 mins to redirect.

P""", tags=(P_PR,))

c.add("safety", sender=PETE, subject="FW: Chair Ashbourne Labour",
      body=c.forward("""Helen, FYI. Came to my personal email via the contact page. I've reported it to police (ref 26000394871) & regional. Don't think it's anything but we need a record. Don't share beyond EC. P""",
      """Ransome,

You're the chair of Ashbourne Labour so you're the one responsible. Your MP is destroying the Dale and you're helping him.

We know you live on Derby Road, the house with the caravan on the drive. We know you go to the Coach & Horses on a Thursday. One of these Thursdays you'll walk home and there'll be some of us waiting to have a proper conversation about it. You won't enjoy it.

A farmer""",
      "no-reply@ashbournedalelabour.org.uk", "Chair Ashbourne Labour"),
      tags=(P_PR, "forwarded", "explicit", "third-party-report", "doxxing"))

c.add("query", sender=PETE, subject="door camera for the office?",
      body="""Helen,

Did you see the piece in the Guardian about the CLP chair in Kent who had his windows put through and the police said his camera footage was the only reason they got anyone? Makes you think.

Could you get a couple of quotes for a video doorbell + a camera over the back door of the office on Compton? Budget up to £300 I reckon, treasurer's OK'd it in principle. Is there a member who does that sort of thing? I think Dave Sykes' son is an electrician.

P""", tags=(P_PR, "hard-negative", "news-about-threats"))

c.add("complaint", sender=PETE, subject="Minutes",
      body="""Helen,

I'm going to be blunt, because I'd rather say it to you than have it said about you. The minutes of the last two GCs still haven't gone out. Delegates are asking me at every meeting and I'm running out of ways to say "they're coming". We're also supposed to have sent regional the AGM return by now and they've chased me twice.

I know you've got a lot on - we all have - but this bit of the job has to get done. If you need someone to take some of the load off, say so and I'll find someone. But I need both sets by the end of next week.

Pete""", tags=(P_PR, "hard-negative", "angry"))

c.add("procedural", sender=PETE, subject="Conference delegate ballot - result",
      body="""Helen,

Result of the conference delegate ballot at last night's GC, for the record and to go to regional:

Women's place: Jean Atkinson 31, Priyanka Shah 18 (Jean elected)
Open place: Dave Sykes 26, Ionut Popescu 23 (Dave elected)
Youth delegate: Ella Crompton, unopposed

Turnout 49 of 61 delegates present. Tellers: B. Hardy, A. Hurst.

Ionut did very well for a first go, I thought. Can you send regional the delegate forms by the 30th.

P""", tags=(P_PR,))

c.add("urgent", sender=PETE, subject="Derbyshire Times want a statement by 3pm",
      body="""Helen - Derbyshire Times have been on: they know Cllr Wilkinson is resigning the whip this afternoon and want a CLP statement by 3pm today. I'm in a meeting till 2 and can't draft it. Can you do 3-4 lines along the lines of "disappointed, thank him for his service, the ward will continue to be served by Labour" - nothing about the reasons - and send it to me to OK by 2.15, then to them at news@derbyshire-times.example. Don't talk to them on the phone.

P""", tags=(P_PR,))

c.add("bulk", sender=PETE, subject="Out of office: EC agenda - Tues",
      headers=c.autoreply_headers("gmail"),
      body="""I'm on holiday until 6 August and not checking email. For anything that can't wait, contact Helen Pryce (CLP Secretary) at secretary@ashbournedalelabour.org.uk. If it's about money, the treasurer - Bob Hardy.

Pete Ransome
Chair, Ashbourne & Dale CLP""", tags=(P_PR, "autoreply"))

c.add("other", sender=PETE, subject="good luck tonight",
      body="""H - good luck tonight for your first GC as secretary. You'll knock 'em dead. Just read the correspondence slowly and don't let Dave go on about the minutes of 2019. Pint after. P""", tags=(P_PR, "hard-negative", "benign-violent-word"))

c.add("safety", sender=PETE, subject="Last night - Martin Crowe",
      body="""Helen,

Writing this down so there's a record, and so you know I've got your back.

Martin Crowe came to last night's GC as a "visitor". I let him in because he's entitled as a member to observe, but he sat at the back and recorded the whole meeting on his phone, and I noticed he was filming you rather than whoever was speaking.

When I locked up at 10.15 he was standing by your car in the Institute car park - you'd already left with Jean, so you'll not have seen him. I asked him what he was doing and he said he was "waiting to give Helen something." He had a card in his hand. I told him to go home and he said "she can't avoid me forever, Pete, I know where she lives."

I've told him in writing he's not to attend CLP meetings while the complaint is being looked at. I think you should report this to the police alongside the other stuff. I'll give a statement.

Pete""", tags=(P_PR, "third-party-report", "following", "stalking"))

c.add("bulk", sender=("Zoom", "no-reply@zoom.us"), subject="Pete Ransome is inviting you to a scheduled Zoom meeting",
      headers={"X-Mailer": "Zoom Video Communications", "Auto-Submitted": "auto-generated"}, fmt="alt",
      body="""Pete Ransome is inviting you to a scheduled Zoom meeting.

Topic: Ashbourne & Dale CLP - Executive Committee
Time: Tue 7:30 PM London

Join Zoom Meeting
https://us06web.zoom.us/j/84412937761?pwd=aGJkT2xRSmM

Meeting ID: 844 1293 7761
Passcode: 448120

One tap mobile
+442034815237,,84412937761#,,,,*448120# United Kingdom""", tags=(P_PR, "notification", "robot-no-list-headers"))

# ---------------------------------------------------------------- Martin Crowe
c.add("procedural", sender=MARTIN, subject="Apologies and an amendment",
      body="""Dear Helen,

Please accept my apologies for the Burnside branch meeting on Thursday; I am at my sister's in Buxton.

I should also like to submit the following amendment to the motion on the solar farm, if it is not too late:

"In the second paragraph, after 'supports renewable energy', insert 'subject to proper consultation with residents and the parish council on drainage, access and screening'."

Perhaps you could let me know whether it has been accepted. I will of course follow up in person.

With kind regards,
Martin Crowe
Burnside branch""", tags=(P_MC,))

c.add("other", sender=MARTIN, subject="coffee?",
      body="""Dear Helen,

I wondered whether you might be free for a coffee one afternoon next week - the Bluebell cafe in Ashbourne perhaps? I've some thoughts about the branch I'd value your view on, and it's so hard to talk properly at meetings, with everyone else there.

I've noticed you're usually in town on Wednesdays, so perhaps Wednesday?

Warmest regards,
Martin""", tags=(P_MC,))

c.add("safety", sender=MARTIN, subject="Re: coffee?",
      body=c.quote_reply("""Helen,

I understand you're busy. Everyone is. But you've found time for Pete, and for Jean, and I saw you having lunch with that Ionut fellow at the Bluebell on Wednesday, so it isn't really about time, is it.

I'll wait outside the Institute after the GC on Thursday so that we can talk properly. Five minutes. I'm sure you won't mind. I'll be by your car.

Martin""",
      """Hi Martin,

Thanks for the invitation, but I'm afraid I'm snowed under with CLP work at the moment. Happy to discuss branch matters at the next branch meeting, or by email.

Best,
Helen""", quoted_from=SEC, style="gmail"),
      tags=(P_MC, "stalking", "quoted", "implicit"))

c.add("safety", sender=MARTIN, subject="Thursday",
      body="""Helen,

You looked lovely on Thursday in the green coat. I thought so during the whole meeting.

I walked behind you to your car afterwards, just to make sure you got there safely - it's very dark by the Institute. I don't think you saw me. You should lock your car when you're loading the boxes, by the way, the passenger door was open the whole time. Anyone could have got in.

I drove behind you as far as the turn for Thorncliffe, to be sure. You drive too fast on that bend.

Martin""", tags=(P_MC, "stalking", "following", "implicit"))

c.add("safety", sender=MARTIN, subject="for you", fmt="html",
      body="",
      html_body="""<html><body><div style="font-family:Georgia;font-size:15px;color:#333">
<p>Helen,</p>
<p>I can't sleep so I'm writing this instead.</p>
<p>I know you're married. I know Richard works nights at the Royal Derby on a Tuesday and Thursday, so you're on your own in the house at Lowther Green on those nights. I've driven past and seen the landing light on at midnight. I don't think you sleep well either.</p>
<p>I'm not a bad person. I just think if we could talk, properly, without Pete and the others, you'd see that. You don't need to be frightened of me. I'd never do anything to you. I just need you to open the door.</p>
<p>Thursday, maybe.</p>
<p>M x</p>
</div></body></html>""", tags=(P_MC, "stalking", "html-only", "implicit"))

c.add("complaint", sender=MARTIN, subject="My exclusion from CLP meetings",
      body="""Dear Ms Pryce,

I have received a letter from the Chair informing me that I may not attend CLP meetings "pending the outcome of a complaint". I have not been told what the complaint is, who made it, or how long this will last.

I have been a member of this party for eleven years and of Burnside branch for six. I have never been disciplined. I wish to register a formal complaint about the Chair's decision, which I believe to be outside his powers, and I request a copy of the relevant rule.

Yours sincerely,
Martin Crowe""", tags=(P_MC,))

c.add("safety", sender=c.form_robot(), reply_to=("A Friend", "afriend.dale@gmail.com"), subject="New contact form submission",
      body=c.webform({
          "Name": "A Friend",
          "Email": "afriend.dale@gmail.com",
          "Phone": "",
          "Message": """For the attention of all CLP members.

Your secretary Helen Pryce lives at 4 Wheelwright Close, Lowther Green. Her husband Richard is a night porter at the Royal Derby, Tuesdays and Thursdays. She is alone those nights. She takes the dog out at 10.

She has spread lies about a member of this party to get him excluded. People should know who she really is and where to find her to ask her about it.""",
      }), tags=(P_MC, "webform", "doxxing", "stalking", "implicit"))

c.add("safety", sender=("m c", "mc.burnside@outlook.com"), subject="h",
      body="""h e l e n

y o u   c a n t   h i d e   f r o m   m e

i   k n o w   y o u r   c a r   y o u r   h o u s e   y o u r   d o g

y o u   s h o u l d   h a v e   h a d   t h e   c o f f e e""", tags=(P_MC, "stalking", "noisy", "implicit"))

c.add("data-protection", sender=MARTIN, subject="Remove my details",
      body="""Ms Pryce,

Since I am apparently no longer welcome in this party, I want all my details removed from everything you hold: branch lists, the WhatsApp group, the CLP email list, canvassing records, the lot. I also want written confirmation that it has been done and a list of everyone you have passed my details to, including the police.

Martin Crowe""", tags=(P_MC,))

c.add("safety", sender=MARTIN, subject="Re: Contact",
      body=c.quote_reply("""You think a letter from the police changes anything. It's just paper, Helen.

I'll still be in Lowther Green. It's a free country, I can walk down any road I like, and I can stand on the pavement outside number 4 as long as I want. Tell Richard I said hello.""",
      """Martin,

I am writing to ask you, for the last time, not to contact me. Please do not email me, come to my home or approach me at CLP events. I have reported your messages to the police, who will be in touch with you.

Helen Pryce""", quoted_from=SEC, style="outlook"),
      tags=(P_MC, "stalking", "quoted", "implicit", "harassment"))

c.add("bulk", body=None, raw=c.bounce("m.crowe.burnside@sky.com", orig_subject="Burnside branch - meeting notice"),
      tags=(P_MC, "bounce", "robot-no-list-headers"))

c.add("bulk", sender=("Google Calendar", "calendar-notification@google.com"),
      subject="Invitation: Ashbourne & Dale CLP General Committee @ Thu 14 May 2026 7:30pm - 9:30pm (BST) (secretary@ashbournedalelabour.org.uk)",
      reply_to=PETE, headers={"Auto-Submitted": "auto-generated", "X-Google-Calendar-Event": "1"}, fmt="alt",
      body="""Ashbourne & Dale CLP General Committee
Thursday 14 May 2026 7:30pm - 9:30pm (United Kingdom Time)

Location: Burnside Institute, Main Street, Burnside

Organiser: pete.ransome@gmail.com
Guests: secretary@ashbournedalelabour.org.uk, treasurer.adclp@gmail.com

Reply for secretary@ashbournedalelabour.org.uk: Yes / No / Maybe / More options

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.""",
      tags=(P_PR, "notification", "robot-no-list-headers"))

c.add("bulk", sender=("Doodle", "mailer@doodle.com"), subject="Alison Hurst invited you to \"Interfaith cost-of-living evening - pick a date\"",
      headers=c.newsletter_headers("Doodle"), fmt="html", body="",
      html_body="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="100%"><tr><td align="center">
<h2>Alison Hurst invited you to a group poll</h2>
<p style="font-size:18px"><b>Interfaith cost-of-living evening - pick a date</b></p>
<p>Lowther Green Community Centre</p>
<p>"Dear friends, please indicate which evenings you could manage. With thanks, Alison"</p>
<p><a href="https://doodle.com/meeting/participate/id/e7Kq2Lmb" style="background:#0066ff;color:#fff;padding:10px 20px;text-decoration:none">Vote now</a></p>
<p style="font-size:11px;color:#999">Doodle AG, Werdstrasse 21, 8021 Zurich. You received this email because Alison Hurst invited you.</p>
</td></tr></table></body></html>""",
      tags=(P_AH, "notification", "html-only"))

c.write()
