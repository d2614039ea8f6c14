"""Held-out dev set, writer da3: third-party reports of threats (forwarded threats, people waiting
or following, suspicious items, pile-ons, doxxing, stalking), hard negatives and ordinary mail for
an English city CLP. Every message below was written by hand."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("dev", "da3", seed=2103)
SEC = c.secretary()
SITE = c.site()

# ======================================================================================
# SAFETY - third-party reports (class 3)
# ======================================================================================

c.add("safety", subject="Fwd: letter Cllr Adebayo received",
      sender=c.person("Sue", "Marshall", "gmail.com"),
      body=c.forward("""\
Sam - Femi got this through his letterbox on Saturday night, handwritten, no stamp, so someone
delivered it by hand. I've typed it up exactly as written. He's reported it to the police
(ref 14/88213/26) but he asked me to let the CLP know. He's putting a brave face on it but his
wife is very shaken. Can we talk about the surgery on the 15th?

Sue
Branch Secretary, Eastbank
""", """\
COUNCILLOR ADEBAYO

YOU AND YOUR KIND VOTED TO PUT THAT HOSTEL AT THE END OF OUR ROAD. WE KNOW THIS IS YOUR HOUSE.
WE KNOW YOUR CAR. WE WILL BE WATCHING YOU AND YOUR FAMILY UNTIL YOU LEAVE THIS AREA. GO BACK
WHERE YOU CAME FROM WHILE YOU STILL CAN.
""", "Sue Marshall <sue.marshall@gmail.com>", "Fw: letter through Femi's door"),
      tags=("third-party-report", "forwarded", "doxxing", "veiled"))

c.add("safety", subject="Man in the car park after the branch meeting",
      sender=c.person("Liz", "Collins", "btinternet.com"),
      body="""\
Hi Sam,

Something happened after the Northgate branch meeting last night that I think you should know
about.

When we came out of the community centre at about 9.15 there was a man standing by the car
park entrance. Late 40s, shaved head, dark bomber jacket. He asked Pat, "Is that Councillor
Nowak in there?" and when Pat said she didn't know he said "I'll wait then." He was still there
when I drove off. Anna had already left by the side door, thank God, because she'd parked on the
road.

It may be nothing but given everything about the hostel vote I didn't like it. I've told Anna.
Should we be getting the police involved, or having someone walk her to her car?

Liz Collins
Northgate branch
""", tags=("third-party-report", "following"))

c.add("safety", subject="followed while canvassing",
      sender=c.person("Deepak", "Patel", "outlook.com"),
      body="""\
Sam, quick one before I forget the details. Me and Hannah were doing the Clifton Street survey
this afternoon and a grey Transit with no front plate crawled along behind us for two full
streets. When Hannah crossed to do the odd numbers it stopped, the passenger wound the window
down and took a photo of her on his phone and said "see you later sweetheart". Then drove off
towards the retail park.

Partial plate from the back: KN19 something. I've reported it on 101. Hannah's fine but she
doesn't want to go out on that patch again. Thought the CLP should log it.

Deepak
""", tags=("third-party-report", "following", "stalking"))

c.add("safety", subject="SUSPICIOUS PACKAGE AT OFFICE - police here",
      sender=c.person("Maria", "Costa", "riverside-labour.org.uk"),
      body="""\
Sam,

I arrived at the constituency office at 8.30 and there was a parcel propped against the door -
shoebox size, brown tape, no postage, "FOR THE TRAITORS" written on it in marker. It's
ticking, or something inside is making a clicking noise. I haven't touched it.

I've called 999. Police have put a cordon round the front and evacuated the bakery next door.
I'm across the road at the café. The MP's been told. I'll ring you but I'm on the phone to the
police a lot.

Maria
Office Manager
""", tags=("third-party-report", "suspicious-item"))

c.add("safety", subject="bag left at the AGM venue",
      sender=c.person("Imran", "Chaudhry", "gmail.com"),
      body="""\
Hi Sam

Just to let you know in case it comes up, there was an unattended holdall by the fire exit at
St Luke's hall before the AGM. Nobody claimed it. The caretaker said a man dropped it off about
an hour before we arrived and said it was "for the Labour meeting". We moved everyone to the
other end of the hall and the caretaker called the police who came and checked it. It turned
out to be full of torn-up Labour leaflets and a note saying "next time it won't be paper".

Police have taken it. I think the EC needs to know.

Imran
""", tags=("third-party-report", "suspicious-item", "veiled"))

c.add("safety", subject="envelope with powder",
      sender=c.person("Janet", "Wood", "riverside-labour.org.uk"),
      body="""\
Sam - just to tell you before you hear it from anyone else. An envelope addressed to the MP came
in the morning post with white powder inside and a printed card saying "breathe this in". Our
caseworker Tom opened it. He's been checked over by paramedics and he's OK and the police say
it's most likely flour or talc but they've taken it for testing. The office is shut today.

Please don't share this in the WhatsApp groups yet, the police want it kept quiet while they
look at the CCTV.

Janet
""", tags=("third-party-report", "suspicious-item"))

c.add("safety", subject="Cllr Hughes - what's happening on X",
      sender=c.person("Chloe", "Anderson", "icloud.com"),
      body="""\
Sam, have you seen what's happening to Rachel Hughes online? Her post about the mosque extension
planning decision got picked up by one of the big anti-migrant accounts yesterday and she's had
thousands of replies overnight. Most of it is vile abuse but some of it is actual threats -
people saying they'll "pay her a visit", one saying he'll be at her next surgery "with a few
lads", and somebody has posted a Google Street View screenshot of her house with an arrow on it.

She's taken the account private but the screenshots are everywhere. I've saved about 40 of the
worst ones in a folder. Who should I send them to? Does she know? She's not answering her phone.

Chloe
Digital officer
""", tags=("third-party-report", "pile-on", "doxxing"))

c.add("safety", subject="Telegram channel with our addresses",
      sender=c.person("Harpreet", "Kaur", "gmail.com"),
      body="""\
Sam,

A friend who keeps an eye on far-right groups sent me this. There's a Telegram channel called
"Riverside Resists" that has posted a list headed "LABOUR COLLABORATORS" with the names and home
addresses of the CLP chair, you, Cllr Hughes and Cllr Adebayo. Underneath it says "Pay them a
visit. Let them know we know." 400-odd people in the channel.

I'm so sorry to be the one telling you this. I've sent screenshots to the police and to the
regional office. Please don't go home alone tonight if you can avoid it.

Harpreet
""", tags=("third-party-report", "doxxing", "pile-on"))

c.add("safety", subject="Confidential - about Graham",
      sender=c.person("Amara", "Okoro", "hotmail.co.uk"),
      body="""\
Dear Sam,

I don't know who else to tell. I'm sorry this is long.

Since Graham was expelled in the spring he has turned up at four of the five canvassing sessions
I've been on. He doesn't come over, he just stands at the end of the street or sits in his car.
Last Tuesday he was outside my work when I left at six. On Friday there was a card in my
letterbox with no stamp saying "still thinking about you". I never gave him my address.

I don't want a fuss and I don't want people in the branch to know. But I'm scared to go out
canvassing now and I thought the party should have a record. Is there someone at regional I can
speak to?

Amara
""", tags=("third-party-report", "stalking", "harassment"))

c.add("safety", subject="Caseworker - bus stop",
      sender=c.person("Tom", "Bailey", "riverside-labour.org.uk"),
      body="""\
Sam,

For the incident log, and I've also told the MP. For the last week and a half a man has been at
the bus stop opposite the office at half five when Precious leaves. Twice he's got on the same
bus as her and got off at her stop. On Monday he took a photo of her. She recognises him as a
constituent whose housing case we couldn't resolve; he told her in the office in September that
she'd "regret" closing his file.

We're getting her a taxi home for now. Can the CLP cover that if the office budget can't?

Tom
Senior Caseworker
""", also=["query"], tags=("third-party-report", "stalking", "following"))

c.add("safety", subject="Threatening calls - surgery on Saturday",
      sender=c.person("Janet", "Wood", "riverside-labour.org.uk"),
      body="""\
Hi Sam,

The office has had seven calls since yesterday lunchtime from the same withheld number. Same
man each time. He says he's going to "see the MP on Saturday" and that "she'll get what she
deserves for Gaza", and this morning he said "tell her to wear something she doesn't mind
getting ruined".

We've logged them all with the police. The MP's security adviser recommends we move Saturday's
surgery from the library to appointment-only at the office. Could you let the branch know and
take the library booking down from the website?

Janet
""", also=["urgent"], tags=("third-party-report", "veiled"))

c.add("safety", subject="Cllr Shah's car",
      sender=c.person("Bilal", "Shah", "gmail.com"),
      body="""\
Sam,

All four tyres on my dad's car were slashed overnight and there was a note under the wiper:
"THIS IS FOR THE BUS LANE. NEXT TIME ITS THE HOUSE." Dad doesn't do email much so he asked me
to let you know. The police have been round and taken the note. We've got a doorbell camera
but it only shows a figure in a hood.

He says he's fine. He's not fine. Mum wants him to step down.

Bilal (Cllr Shah's son)
""", tags=("third-party-report", "conditional"))

c.add("safety", subject="Graffiti on the office",
      sender=c.person("Maria", "Costa", "riverside-labour.org.uk"),
      fmt="alt",
      body="""\
Hi Sam,

Someone has sprayed "TRAITORS - WE KNOW WHERE YOU ALL LIVE" across the shutter of the office in
red paint overnight, and underneath, the initials of the three ward councillors. Photos
attached. Police informed, crime number to follow. The council graffiti team can't come till
Thursday. Can we authorise a private firm from the office fund to remove it today so the
councillors don't have to walk past it?

Maria
""", tags=("third-party-report", "veiled", "doxxing"))

c.add("safety", subject="Labour Club window",
      sender=c.person("Ken", "Turner", "aol.com"),
      body="""\
Sam,

Somebody put a brick through the front window of the Labour Club about 1am. Wrapped round it
with an elastic band was one of our own leaflets with "you're next" written across Cllr Nowak's
photo. Steward called the police. Glaziers coming at 10. The committee wants to know if the
CLP will still hold the Christmas do there on the 12th.

Ken Turner, Club Secretary
""", tags=("third-party-report", "veiled"))

c.add("safety", subject="DMs to Jade after the video",
      sender=c.person("Naomi", "Williams", "gmail.com"),
      body="""\
Hi Sam,

As Youth Officer I need to raise this. Jade (17) who was in the votes-at-16 campaign video has
been getting messages on TikTok and Snapchat from accounts she doesn't know. Some are just nasty
but a few are frightening - one said "I know you're at Riverside Sixth Form, I'll be outside
on Friday", and another sent a photo of her school gates.

Her mum is aware and has contacted the school. Can we take the video down, and is there a
safeguarding lead at regional? Jade is a minor and I don't think we should be handling this
between ourselves.

Naomi
""", also=["urgent"], tags=("third-party-report", "stalking", "social"))

c.add("safety", subject="funeral card",
      sender=c.person("Anna", "Nowak", "outlook.com"),
      body="""\
Sam, sorry to bother you at the weekend.

Someone left a funeral wreath on my doorstep this morning with a sympathy card inside with my
name written on it. "Deepest sympathy. Cllr A Nowak. Soon." My daughter found it when she went
to get the milk.

I've rung the police. I'm going to stay at my sister's for a few nights. I won't be at the GC
on Thursday. Please don't announce why.

Anna
""", tags=("third-party-report", "veiled"))

c.add("safety", subject="hustings - what he said to Priya",
      sender=c.person("Gemma", "Foster", "gmail.com"),
      body="""\
Sam,

At the end of the hustings last night, while people were milling about, a man went up to Priya
and shook her hand and leaned in and said very quietly "you won't make it to polling day, love".
Then he walked out. She didn't say anything at the time because she was still on stage smiling
for photos. She told me in the car afterwards and was shaking.

I got a look at him - tall, grey ponytail, Barbour jacket. I think he was one of the people
who asked about the asylum hotel. Can we get the sign-in sheet from the organisers?

Gemma (Priya's agent)
""", tags=("third-party-report", "explicit"))

c.add("safety", subject="He followed her to the station",
      sender=c.person("Neil", "Harris", "btinternet.com"),
      body="""\
Sam - the heckler from the Westfield hustings, the one in the England shirt, followed Priya and
her husband out and all the way down to the station, about ten yards behind, filming on his
phone and shouting "traitor" and "we'll find you". The station staff got them into the office.
BTP came. I saw the whole thing.

I think Priya should have someone with her at the next two hustings. Happy to be that person.

Neil
""", tags=("third-party-report", "following"))

c.add("safety", subject="screenshots from Riverside Community Noticeboard",
      sender=c.person("Wendy", "Parker", "yahoo.co.uk"),
      body="""\
Dear Sam,

I'm in the Riverside Community Noticeboard Facebook group (17k members). There's a thread about
the new bus gate and it's turned very nasty about Councillor Shah. I've copied some of the
comments below, I think the party should see them:

"Someone needs to sort that councillor out once and for all"
"He drives through Brook Lane every morning, I've seen him, I'd love to block him in"
"Leave it to me and the lads"  (this one had 60 likes)
"Where does he live anyone know"  ... and then someone replied with the road name.

The admins haven't taken any of it down. I reported it and got nothing. I'm not a member, I
just live here and it frightened me. I hope someone looks out for him.

Wendy Parker
""", tags=("third-party-report", "pile-on", "doxxing", "social"))

c.add("safety", subject="Fwd: for the incident log",
      sender=c.person("Tom", "Bailey", "riverside-labour.org.uk"),
      body=c.forward("""\
Another one for the log, Sam. Came in on the constituency inbox overnight. Reported to the
Parliamentary Liaison and Investigation Team this morning.
""", """\
you've got a nice house for a socialist. big garden. trampoline. I counted three bikes by the
shed so that's how many kids, is it. we'll see how much you care about other people's children
when someone's looking at yours
""", "no name <mrwatcher@proton.me>", "your house"),
      tags=("third-party-report", "forwarded", "implicit", "veiled"))

c.add("safety", subject="PC Ellis - advice following report",
      sender=("PC Dan Ellis", "dan.ellis@police.example.uk"),
      body="""\
Dear Mr Okafor,

I am the neighbourhood officer for Riverside Central. Following the report made by Councillor
Nowak on 3 November regarding threatening letters and items left at her home address, I am
writing to the CLP as the organisation through which she is most often contacted.

We believe the same individual may have attended two Labour Party events in the last month. I
would be grateful if you could let me know the dates and venues of any public meetings,
surgeries or street stalls planned in the next six weeks so that we can arrange patrols, and ask
that officers and volunteers do not engage with anyone matching the description I will send
separately.

Kind regards,
PC 4471 Dan Ellis
Riverside Neighbourhood Policing Team

OFFICIAL. This email and any attachments may contain information that is confidential or
legally privileged. If you are not the intended recipient you must not use, copy or disclose it.
Any views expressed are those of the author and not necessarily those of the Force.
""", tags=("third-party-report", "stalking"))

c.add("safety", subject="car outside Rachel's house",
      sender=c.person("Pauline", "Morris", "talktalk.net"),
      body="""\
Hello Sam, I'm Rachel Hughes's neighbour (the councillor) and a member. I didn't know who else
to write to, and Rachel's away at her mum's.

There's been a dark blue Astra parked across from her house three nights this week with a man
sitting in it, engine running, from about ten till gone midnight. Last night he got out and
walked up her path and looked through the front window, then went back to the car. I've got
the registration written down. Should I call the police or will you?

Pauline (no. 18)
""", tags=("third-party-report", "stalking", "following"))

c.add("safety", subject="Stall on Saturday - photos",
      sender=c.person("Kevin", "Young", "gmail.com"),
      body="""\
Sam,

Bloke came up to the stall in the precinct on Saturday, didn't say a word, just took close-up
photos of each of us one by one. When Sandra asked what he was doing he said "making a
collection. These are going where the right people will see them, and they'll know where to
find you." Then he filmed the table, the leaflets with the office address on, and Sandra's
car keys on the table.

Sandra's a bit rattled. Do we have any guidance for volunteers on this?

Kevin
""", tags=("third-party-report", "veiled", "harassment"))

c.add("safety", subject="Regional safety alert - please share with officers",
      sender=("Regional Office", "safety.alerts@labour-region.example.org.uk"),
      body="""\
OFFICIAL - SENSITIVE. For CLP secretaries and chairs in the Riverside and Eastvale area only.

We have been advised by police that an individual known to have made repeated threats against
Labour representatives in the neighbouring authority, including threats to "take out" a
councillor at a surgery, has recently moved to the Riverside area and has been asking online
about the dates of the MP's surgeries.

A description and photograph are available from the regional organiser on request. Please
ensure that surgeries are not advertised with exact times in advance, that no one holds a
surgery alone, and that any sighting is reported to police on 999.

Regional Governance and Safety Team
""", tags=("third-party-report", "stalking"))

c.add("safety", subject="Tonight's meeting - venue cancelling",
      sender=c.person("Carol", "Jenkins", "eastbankcc.example.org.uk"),
      body="""\
Dear Mr Okafor,

I'm the centre manager at Eastbank Community Centre. I'm sorry to tell you we've received a call
this afternoon from a man who said that if "the Labour lot" meet here tonight, people will be
hurt and the building will be "done over". Our trustees have decided we cannot host your
meeting this evening. We've informed the police.

I am sorry, this is nothing to do with you as a group. You have always been good hirers.

Carol Jenkins
""", also=["urgent"], tags=("third-party-report", "conditional"))

c.add("safety", subject="Sam - your address",
      sender=c.person("Rob", "Edwards", "protonmail.com"),
      body="""\
Sam, I'm sorry, there's no nice way to put this. Your home address has been posted in a reply
under the CLP's post about the hostel. The account says "here's where the Labour secretary
lives, go and give him your feedback in person". It's had quite a few shares. I've reported it
to Facebook. Please take care and maybe let the police know.

Rob
""", tags=("third-party-report", "doxxing", "social"))

c.add("safety", subject="My ex",
      sender=c.person("Leanne", "Mitchell", "hotmail.com"),
      body="""\
Hi Sam,

Awkward one. My ex-partner has found out I'm on the EC and has been texting me saying he's going
to turn up at the next EC "to sort me out in front of my precious comrades". There's a
non-molestation order. I've let the police know. I'm telling you because he knows the venue
and I don't want anyone else to be hurt if he does come. Can we move the meeting or have it on
Zoom?

Leanne
""", tags=("third-party-report", "harassment", "stalking"))

c.add("safety", subject="office phones today",
      sender=c.person("Precious", "Adeyemi", "riverside-labour.org.uk"),
      body="""\
Sam, just logging this. We've had 40-odd silent or abusive calls to the office landline today.
In three of them a man read out the names of Janet's children and the name of their school and
then hung up. Janet has gone to pick them up. We've unplugged the phone and reported it. Could
you ask the chair to ring me?
""", tags=("third-party-report", "harassment", "implicit"))

c.add("safety", subject="A heads up from Eastvale CLP",
      sender=c.person("Martin", "Green", "gmail.com"),
      body="""\
Dear Sam,

I'm secretary of Eastvale CLP. We don't know each other but I wanted to give you a heads up.
The man who harassed our MP for eighteen months (turning up at her house, emailing her
daughter's university) was released from a restraining order last month. He's now posting on
Facebook about your MP, calling her "the next one on my list" and asking people where her
surgeries are.

I've spoken to our police liaison who said they'd contact yours. Happy to talk.

Martin Green
Secretary, Eastvale CLP
""", tags=("third-party-report", "stalking"))

c.add("safety", subject="WhatsApp - please look",
      sender=c.person("Sophie", "Allen", "gmail.com"),
      body="""\
Sam, I'm not comfortable with what's going on in the Westfield members' WhatsApp. After the
vote on the shortlist somebody posted the chair's home address and said "maybe we should all
pop round and explain democracy to him", and another person replied "bring a few bricks".
People are laughing along. I don't think it's a joke. Can the CLP step in? I'd rather not be
named.
""", tags=("third-party-report", "doxxing", "pile-on"))

c.add("safety", subject="sum guy followed us",
      sender=c.person("Jade", "Khan", "gmail.com"),
      body="""\
hi sam its jade from the young labour stall

sum guy followed me n ellie from the stall 2 the bus station on sat he kept saying he knows
where we live n that hes seen us on the labour insta n were "next" he was like 30 maybe. we
got on the bus n he banged on the window. ellie was crying. my mum said to tell u

dont know if we shud do the stall next week tbh

Sent from my iPhone
""", tags=("third-party-report", "following", "noisy"))

c.add("safety", subject="Poster in my shop window",
      sender=c.person("Abdul", "Rahman", "yahoo.co.uk"),
      body="""\
Dear Sir

I am owner of Rahman Convenience Store on Station Road, I have your Labour poster in window for
election like every time since 2001. Yesterday evening two men came in shop and say if I not
remove poster they will come back and break my window and "sort out" my son who is working on
till. They say they know my house also behind the shop. My son is 16.

I remove the poster. I am sorry. I call the police they say they will come. I think you must
know what is happening to people.

Abdul Rahman
""", tags=("third-party-report", "non-native", "conditional"))

c.add("safety", subject="Fwd: Fw: message on Cllr Adebayo's council email",
      sender=c.person("Femi", "Adebayo", "gmail.com"),
      body=c.forward("""\
Sam, FYI. Fourth one this month. Same person I think. Police have the others.
F
""", c.forward("", """\
Councillor,

I have watched you for some time now. Tuesday and Thursday you have the gym at 6am, Wednesday
it's the mosque on Forest Road, Sunday you take the children to the park by the lake. I have
all of this written down. You should think about whether your politics is worth it.
""", "Sender Unknown <noreply.anon.mailer@example-anon.net>", "observations", style="outlook"),
          "Femi Adebayo <cllr.f.adebayo@riverside.gov.example.uk>", "Fw: observations"),
      tags=("third-party-report", "forwarded", "stalking", "implicit"))

c.add("safety", subject="school gate",
      sender=c.person("Nicola", "Robinson", "outlook.com"),
      body="""\
Hi Sam, not sure if this is a CLP thing but Cllr Nowak's little boy is in my son's class at St
Anne's. This morning a woman none of us recognised was asking the other parents at the gate
which one was "the Labour councillor's kid" and whether his mum or his dad picked him up. She
said she had "a message for his mother". The head has been told.

Please let Anna know, I don't have her number.

Nicola
""", tags=("third-party-report", "stalking", "implicit"))

c.add("safety", subject="Man at the MP's surgery at the Hub",
      sender=c.person("Farah", "Hussain", "riversidehub.example.org.uk"),
      body="""\
Hello,

I manage the Riverside Community Hub where the MP holds her surgery. I'd like to report that
on Friday, about half an hour before the surgery, a man came in with a rucksack asking whether
"the MP is here yet" and where she'd be sitting. When told the surgery was appointment-only he
became agitated, said he'd "be back when she's here and then we'll see", and left. Staff felt
very uncomfortable. He did not come back. We have him on CCTV.

Can someone from the MP's team get in touch? We want to review arrangements.

Farah Hussain
Hub Manager
""", tags=("third-party-report", "veiled", "suspicious-item"))

c.add("safety", subject="Knife - Grange estate",
      sender=c.person("Craig", "Bennett", "gmail.com"),
      body="""\
Sam,

Need to report something. Knocking on the Grange estate this evening, flat 14 in Bishop's
Court, man opened the door with a kitchen knife in his hand and said "one more step and I'll
use it on you, Labour scum". I backed off and we left the block. He didn't follow. Police
informed, reference to follow.

I'm OK but we should mark that address as no-visit on the system and warn everyone going out
on that patch.

Craig
""", tags=("third-party-report", "explicit"))

c.add("safety", subject="Returned leaflet",
      sender=c.person("Dennis", "Hall", "btinternet.com"),
      body="""\
Sam,

One of our leaflets came back through the office door today. Someone had written across it in
biro: "Put another one of these through my door and I'll break the fingers of whoever does it.
I've seen the old boy who delivers on Marsh Lane." That's me, I'm the old boy. I'm 78.

I'm not frightened, I did national service. But you'll want it for your records and maybe we
shouldn't send the youngsters round there.

Dennis
""", tags=("third-party-report", "conditional", "explicit"))

# ======================================================================================
# HARD NEGATIVES
# ======================================================================================

c.add("complaint", subject="Budget",
      sender=c.person("Helen", "Ward", "gmail.com"),
      body="""\
Dear Sam,

This budget is an absolute massacre of local services. Children's centres gutted, the youth
service axed, the libraries on their knees. I did not campaign my heart out in May so that a
Labour council could take a chainsaw to everything my community relies on.

I'd like someone to explain to the branch, in person, how this happened.

Helen Ward
""", tags=("hard-negative", "metaphor", "angry"))

c.add("other", subject="soaked",
      sender=c.person("Callum", "Walker", "icloud.com"),
      body="""\
We got absolutely hammered by the rain on the Westfield round, soaked to the bone, leaflets
turned to papier-mache. Did about half. Will finish tomorrow if it's dry. C
""", tags=("hard-negative", "benign-violent-word"))

c.add("query", subject="throwing my hat in the ring",
      sender=c.person("Olu", "Bennett", "outlook.com"),
      body="""\
Hi Sam,

I'm thinking of throwing my hat in the ring for the Northgate council selection and I want to
fight for it properly. What's the deadline for expressions of interest, and do I need nominations
from branches before I apply or after?

Thanks,
Olu
""", tags=("hard-negative", "metaphor"))

c.add("bulk", subject="LabourList Daily: abuse of MPs hits record high",
      sender=("LabourList", "newsletter@labourlist.example.org"),
      headers=c.newsletter_headers("Mailchimp"),
      fmt="alt",
      body="""\
LABOURLIST DAILY

Abuse of MPs hits record high, survey finds
A survey of MPs from all parties found that more than two thirds had received threats in the
past year, with women and ethnic minority MPs disproportionately targeted. Several MPs described
changing their routines, installing panic alarms and no longer advertising surgeries.

Also today: the two-child limit row; council finances; and our guide to this year's NEC
elections.

You're receiving this because you subscribed at LabourList. Unsubscribe.
""", tags=("hard-negative", "news-about-threats"))

c.add("complaint", subject="I have not finished with this",
      sender=c.person("Martin", "Phillips", "btinternet.com"),
      body="""\
Sam,

The shortlist was announced last night and not one of the three branch nominations made it on
to it. I'll be writing to the Chief Whip, the General Secretary, the NEC and the Riverside
Echo. You haven't heard the last of me, and nor has the EC.

Martin Phillips
""", tags=("hard-negative", "angry"))

c.add("other", subject="Final notice - invoice 3390",
      sender=("Accounts, Quicksilver Print", "accounts@quicksilverprint.example.co.uk"),
      body="""\
Dear Sir/Madam,

Invoice 3390 (£1,284.00, leaflets for the May elections) is now 94 days overdue despite two
reminders.

If payment is not received within seven days we will pass the debt to our collection agency and
may commence proceedings in the County Court without further notice.

Regards,
Accounts Department
""", also=["complaint"], tags=("hard-negative", "legal-threat"))

c.add("other", subject="stag do",
      sender=c.person("Dan", "Evans", "gmail.com"),
      body="""\
Sam mate, sorry I went quiet, was on my brother's stag in Newcastle, we got absolutely
annihilated, I've only just recovered. Back on the doors next week I promise. Dan
""", tags=("hard-negative", "benign-violent-word"))

c.add("query", subject="lapsed members list",
      sender=c.person("Yasmin", "Begum", "gmail.com"),
      body="""\
Hi Sam, can you send me the hit list of lapsed members in Eastbank for the phone bank on
Wednesday? Last time I had the 2024 list and half the numbers were dead. Thanks! Yasmin
""", tags=("hard-negative", "benign-violent-word"))

c.add("complaint", subject="back-stabbing",
      sender=c.person("Pat", "Gallagher", "aol.com"),
      body="""\
The EC has stabbed the members in the back with this shortlist, pure and simple. Two of the
three are parachuted in from London and the local lad who's done the work for ten years isn't
even on it. It's a disgrace and I want it noted. I'll see you all at the GC.
""", tags=("hard-negative", "metaphor", "angry"))

c.add("procedural", subject="Women's Officer report - safe campaigning training",
      sender=c.person("Ruth", "Lewis", "outlook.com"),
      body="""\
Report from the Women's Officer to GC

1. Safe campaigning training was held on 18 October with 22 attendees. The trainer from the
   regional office covered doorstep safety, what to do if threatened, reporting online abuse,
   and protecting personal information. A number of women councillors shared experiences of
   harassment, which were very powerful.
2. Recommendation: that the CLP adopt a buddy system for all evening canvassing.
3. Women's forum social, 4 December.

Ruth Lewis
""", tags=("hard-negative", "news-about-threats"))

c.add("procedural", subject="Apologies - station evacuated",
      sender=c.person("Simon", "Foster", "gmail.com"),
      body="""\
Sam, apologies for tonight's GC - Riverside station has been evacuated for an unattended bag
and all trains are suspended, so I'm stuck in town. Sorry. My report's in the pack.
Simon
""", tags=("hard-negative", "benign-violent-word", "news-about-threats"))

c.add("query", subject="online abuse policy?",
      sender=c.person("Hazel", "Moore", "icloud.com"),
      body="""\
Hello,

I've seen quite a bit about the abuse that Cllr Hughes received after the planning decision,
and I read that a Green councillor in the next borough had to get police protection. I'm
thinking of standing next year. Does the CLP have a policy or any support for candidates who get
targeted online? I'd want to know before I put myself forward.

Hazel
""", tags=("hard-negative", "news-about-threats"))

c.add("other", subject="Rovers",
      sender=c.person("Ian", "Foster", "sky.com"),
      body="""\
Sam, we got battered 5-0 at home on Saturday, worst performance in years. Still, the Labour
banner in the away end got on Sky. Fancy the next home game? I've got a spare.
""", tags=("hard-negative", "benign-violent-word"))

c.add("complaint", subject="Conduct of the chair",
      sender=c.person("Joanne", "Clarke", "hotmail.co.uk"),
      body="""\
Dear Secretary,

The chair's conduct at the last GC was appalling. He mocked a young member's accent from the
chair and refused to take a point of order. I am absolutely furious on her behalf.

I'll make sure the whole branch knows what happened, and watch this space at the AGM, because
he won't be chair after it if I have anything to do with it.

Joanne Clarke
""", tags=("hard-negative", "angry"))

c.add("bulk", subject="Riverside Young Labour posted in Riverside Labour Members",
      sender=("Facebook", "notification@facebookmail.com"),
      body="""\
Riverside Young Labour posted in Riverside Labour Members

"Absolutely smashed it today team!! 600 doors knocked, 3 new members signed up, and we killed
it at the freshers' fair. Pizza's on us next week"

See post

You're receiving these emails because you're a member of Riverside Labour Members.
""", tags=("hard-negative", "benign-violent-word", "confuser", "robot-no-list-headers"))

c.add("complaint", subject="Tanner Street - a death trap",
      sender=c.person("Graham", "Wright", "talktalk.net"),
      body="""\
Dear Labour,

The pothole at the junction of Tanner Street and Mill Lane has been there for seven months. It's
a death trap. Someone will get killed on a bike there, mark my words, and when they do I'll be
first in line at the inquest to say the council knew. I've reported it to your councillor
three times. What's the point of you?

Graham Wright
""", tags=("hard-negative", "benign-violent-word", "angry"))

c.add("query", subject="bonfire night",
      sender=c.person("Mandy", "Cooper", "gmail.com"),
      body="""\
Hi, is the CLP having a stall at the council fireworks display on the 5th in Victoria Park
again? If so I'm happy to help, but I'm bringing the kids so can only do the first hour before
the big bang!

Mandy
""", tags=("hard-negative", "benign-violent-word"))

c.add("other", subject="am dram",
      sender=c.person("Linda", "Hall", "yahoo.co.uk"),
      body="""\
Sam, you'll laugh - I've been cast as the murderer in the Riverside Players' Agatha Christie in
December. I strangle the vicar in Act 2. Any chance of a plug in the members' newsletter?
Tickets £8, proceeds to the hospice. Linda
""", tags=("hard-negative", "benign-violent-word"))

c.add("complaint", subject="Cllr Thompson",
      sender=c.person("Ryan", "Lewis", "gmail.com"),
      body="""\
Politically, Councillor Thompson is a dead man walking. He voted against his own ward on the
depot and we'll wipe him out at the selection meeting in January. Every member in Millbrook
branch is going to vote against his reselection and I'm going to make sure of it. Please put
this on record.
""", tags=("hard-negative", "metaphor", "angry"))

c.add("data-protection", subject="Your data breach",
      sender=c.person("Catherine", "Moore", "outlook.com"),
      body="""\
Your branch email this morning went to 200 people with all addresses visible. This is a breach
of data protection law. Unless you confirm within 7 days what steps you're taking I will be
reporting you to the Information Commissioner and I'll take legal advice about compensation.

Catherine Moore
""", tags=("hard-negative", "legal-threat"))

c.add("query", subject="Research interview - harassment of party volunteers",
      sender=("Dr Zainab Ahmed", "z.ahmed@riverside-uni.example.ac.uk"),
      body="""\
Dear Mr Okafor,

I'm a researcher at Riverside University studying the harassment and intimidation of local
party volunteers and councillors, across all parties. Would any officers of your CLP be willing
to take part in a confidential 45-minute interview? The study has ethical approval and I can
send the information sheet.

Best wishes,
Dr Zainab Ahmed
School of Politics
""", tags=("hard-negative", "news-about-threats"))

c.add("other", subject="knock em dead",
      sender=c.person("Grace", "Turner", "icloud.com"),
      body="Good luck tomorrow Sam, knock 'em dead at the hustings, you'll smash it. G x\n",
      tags=("hard-negative", "benign-violent-word"))

c.add("procedural", subject="Motion - Sudan",
      sender=c.person("Kofi", "Mensah", "gmail.com"),
      body="""\
Dear Sam,

Please find attached, and below, Westfield branch's motion for the GC.

"This CLP is appalled by the killing of civilians in Sudan and the siege of El Fasher. We call on
the Government to increase humanitarian aid and to press for an arms embargo on all parties."

Proposed: K Mensah. Seconded: L Hall.
""", tags=("hard-negative", "benign-violent-word"))

c.add("complaint", subject="this will destroy us",
      sender=c.person("Steve", "Baker", "btinternet.com"),
      body="""\
Scrapping the depot plan will destroy what's left of our support in Millbrook. We'll be
slaughtered in May. I've said it at every meeting for a year and nobody listens. If the EC
wants to commit political suicide that's its business but don't ask me to deliver the leaflets.
""", tags=("hard-negative", "metaphor", "angry"))

c.add("other", subject="Great night",
      sender=c.person("Tariq", "Iqbal", "gmail.com"),
      body="""\
Thanks for organising the fundraiser, Sam - the comedian absolutely killed, I was crying
laughing. We made £640 on the door and the raffle. Let's do it again in spring.
""", tags=("hard-negative", "benign-violent-word"))

# ======================================================================================
# OTHERS
# ======================================================================================

c.add("urgent", subject="Count - we need another counting agent for tomorrow",
      sender=c.person("Rebecca", "Moore", "gmail.com"),
      body="""\
Sam, Derek's dropped out as a counting agent for tomorrow's by-election count (his mum's in
hospital). We need one more name to the Returning Officer by 4pm today or we'll be a body short
at the tables. Can you do it? If not, who?

Becky (agent)
""", tags=())

c.add("urgent", subject="leaflets - van tomorrow 7am",
      sender=c.person("Mark", "Taylor", "outlook.com"),
      body="""\
The printer's rung - the 8,000 Eastbank leaflets are ready but they close for a week from
tomorrow lunchtime. Somebody needs to be at the unit on Canal Road at 7am tomorrow with a car or
a van. I can't, I'm on an early. Can you sort? Mark
""", tags=())

c.add("complaint", subject="Still waiting for an answer about the councillor's expenses",
      sender=c.person("Jean", "Roberts", "aol.com"),
      body="""\
I have written to you three times asking what the CLP is going to do about the councillor who
claimed for a taxi to a party social. Three times. Is there anyone there who can answer a simple
question? Or do I need to write to the paper?
""", tags=("confuser", "complaint-as-query"))

c.add("complaint", subject="Why was our branch meeting cancelled?",
      sender=c.person("Colin", "Murphy", "gmail.com"),
      body="""\
Sam, can you tell me why the Millbrook branch meeting was cancelled for the second month running
with a day's notice? We had a motion ready. It's starting to look like somebody doesn't want us
to meet. Members are not happy and neither am I.
""", tags=("confuser", "complaint-as-query"))

c.add("complaint", subject="Leaving",
      sender=c.person("Sandra", "Kelly", "hotmail.co.uk"),
      body="""\
After 31 years I'm resigning my membership. Two-child cap, winter fuel, and now the disability
cuts. I can't knock on doors for this. Please remove me from the branch lists. I wish you all
well personally.

Sandra
""", also=["data-protection"], tags=())

c.add("query", subject="When's the next Eastbank meeting?",
      sender=c.person("Mohammed", "Ali", "gmail.com"),
      body="When is the next Eastbank branch meeting and where? New member. Thanks, Mo\n",
      tags=())

c.add("query", subject="change of address",
      sender=c.person("Val", "Wilson", "btinternet.com"),
      body="""\
Dear Sam,

I have moved from Westfield to Eastbank (same town, new flat - 22B Orchard Court). Do I need to
tell you, or the national party, or both? And will I move branch automatically?

Val Wilson
""", tags=())

c.add("query", subject="hearing loop",
      sender=c.person("Brian", "Hughes", "aol.com"),
      body="""\
Is there a hearing loop at St Luke's hall? I struggled to follow the last GC. If not, could I sit
near the front? Brian
""", tags=())

c.add("procedural", subject="Nomination - CLP Treasurer",
      sender=c.person("Emeka", "Obi", "outlook.com"),
      body="""\
Dear Sam,

Westfield branch nominates Tariq Iqbal for CLP Treasurer. Agreed at the branch AGM on 5 November.

Emeka Obi
Branch Secretary
""", tags=())

c.add("procedural", subject="Delegates to the Local Campaign Forum",
      sender=c.person("Lewis", "Clarke", "gmail.com"),
      body="""\
Sam, for the GC: Eastbank branch has elected Yasmin Begum and Dan Evans as its delegates to the
Local Campaign Forum for the coming year. Please update the delegates list. Lewis
""", tags=())

c.add("procedural", subject="Re: standing orders review",
      sender=c.person("Diane", "Hughes", "btinternet.com"),
      body=c.quote_reply("""\
Two points on the draft:
(a) SO 7.3 should say motions must be received 14 days before, not 10 - that's what the rule
book says.
(b) SO 12 on speaking times - suggest 3 minutes for movers, 2 for everyone else.
Happy to move these at the GC if easier.
""", """\
Dear all, attached is the draft revised standing orders for comment before the December GC.
Sam
"""), tags=())

c.add("data-protection", subject="stop sending me emails",
      sender=c.person("Jack", "Thompson", "gmail.com"),
      body="""\
Stop sending me emails. I went to one meeting two years ago. I don't know how I'm still on
this. Take me off.
""", tags=("confuser", "dp-no-legal-words"))

c.add("data-protection", subject="photo on your website",
      sender=c.person("Sally", "Green", "icloud.com"),
      body="""\
Hi, there's a photo on your website of the litter pick in July with me and my two children in
it, with their names in the caption. I didn't agree to that. Can you take it down please.
""", tags=("confuser", "dp-no-legal-words"))

c.add("data-protection", subject="What data do you hold",
      sender=c.person("Marek", "Kowalski", "wp.pl"),
      body="""\
Hello, I would like to know what information the Labour party in Riverside has about me. A
canvasser knew my name and that I voted last time. How? Please send me everything.
Marek Kowalski
""", tags=("confuser", "dp-no-legal-words", "non-native"))

c.add("bulk", subject="New sign-up via your website",
      sender=("NationBuilder", "no-reply@nationbuilder.com"),
      body="""\
A new person has signed up on riversidelabour.org.uk.

Name: Ngozi Appiah
Email: n.appiah@example.com
Signup page: Join our campaign
Tags: volunteer, eastbank

View profile in your nation.
""", tags=("confuser", "robot-no-list-headers"))

c.add("bulk", subject="Automatic reply: GC papers",
      sender=c.person("Ruth", "Lewis", "outlook.com"),
      headers=c.autoreply_headers("rfc3834"),
      body="I'm on leave until 17 November and not checking email. Ruth\n",
      tags=())

c.add("bulk", subject="Dropbox: Maria shared \"GC papers Nov\" with you",
      sender=("Dropbox", "no-reply@dropbox.com"),
      fmt="alt",
      body="""\
Maria Costa shared a folder with you.

GC papers Nov

Open folder

Enjoy Dropbox!
""", tags=("confuser", "robot-no-list-headers"))

c.add("bulk", subject="Membership: monthly report",
      sender=("Labour Membership System", "membership-noreply@labour.example.org.uk"),
      body="""\
Monthly membership report for Riverside CLP

New members: 14
Lapsed: 9
In arrears: 61
Total: 1,402

Log in to Membersnet to download the full list. This mailbox is not monitored.
""", tags=("confuser", "robot-no-list-headers"))

c.add("other", subject="Congratulations!",
      sender=c.person("Tony", "Ward", "gmail.com"),
      body="""\
Sam, heard the news that you and Ada have had the baby! Congratulations to you both. Take as
long as you need, we'll keep the CLP ticking over.

Tony
""", tags=())

c.add("other", subject="Speaker for your GC?",
      sender=c.person("Fatima", "Malik", "yahoo.co.uk"),
      body="""\
Hello Sam,

I'm a campaigner with Riverside Tenants' Union. We'd love ten minutes at one of your GCs to talk
about the rogue landlord licensing scheme. Is that something the CLP does? No worries if not.

Fatima
""", also=["query"], tags=())

# ---- later additions ------------------------------------------------------------------

c.add("safety", subject="parcel at Rachel's house",
      sender=c.person("Mike", "Hughes", "gmail.com"),
      body="""\
Sam,

This is Rachel's husband. She's asked me to write because she's too upset.

A parcel was left on our doorstep this afternoon, no courier, no postage, addressed by hand to
"Rachel Hughes and Poppy and Jack" - those are our kids' names, they're 6 and 9. Inside were
printed photos of our house taken from across the road at night, a photo of the kids' school
gate, and a photo of Rachel getting into her car outside the council offices. Nothing written.
Nothing else.

Police have been and taken it. They've said to treat any more packages as suspicious and not to
open them. We're going to stay with Rachel's parents for a bit.

Can you make sure nothing about where she is goes on any of the CLP's social media or the
WhatsApp groups? And can someone cover her casework for the next few weeks.

Mike
""", tags=("third-party-report", "suspicious-item", "stalking", "implicit"))

c.add("safety", subject="Written account of events after the GC on 6 November - for the incident log",
      sender=c.person("Margaret", "O'Brien", "btinternet.com"),
      body="""\
Dear Sam,

As requested by the EC, here is my written account of what happened after the General Committee
on Thursday 6 November, as chair of the meeting. I have tried to stick to what I saw and heard.

1. At about 9.20pm, as the meeting was closing, a man who was not a delegate and had been
sitting in the public seats at the back stood up and said loudly, "You'll all be hearing from
us." He then left. I did not recognise him. Two delegates later told me they believed he was
connected to the campaign against the Eastbank hostel.

2. When I left the building at about 9.45pm with Cllr Adebayo, Anna Nowak and our treasurer,
the same man was standing on the opposite side of St Luke's Road, next to a second man I did not
see clearly. Both were filming us on their phones.

3. As we walked to the car park the two men crossed the road and followed us, staying about
twenty yards behind. One of them called out "Femi, we know where you live, say hello to your
wife." Cllr Adebayo did not respond.

4. When we reached the car park the men stopped at the entrance and stayed there until we had
all driven off. I saw in my mirror that one of them was photographing the cars, I assume the
number plates.

5. I phoned 101 from home and was given reference 14/90112/26. Cllr Adebayo reported
separately. Anna Nowak did not wish to make a report at that time.

Recommendations, for the EC to consider:
 - Public seats at GC to be by prior registration only.
 - Stewards at the door, and officers not to leave alone.
 - Venue to be asked about CCTV in the car park.
 - Future meeting venues not to be published on the public website.

I am happy to discuss this with the police or with regional office.

Margaret O'Brien
Chair, Riverside CLP
""", tags=("third-party-report", "following", "doxxing"))

c.add("query", subject="Canvassing and personal safety - a few questions before I start",
      sender=c.person("Priya", "Sharma", "outlook.com"),
      body="""\
Dear Sam,

I joined the party in September and went to my first branch meeting last week, where Liz said
you were the person to ask about this. I'd really like to get involved in canvassing for the
council elections, but I want to go in with my eyes open.

I've been reading a lot in the news about the abuse and threats that candidates and volunteers
have been getting - the councillor in Wakefield, the MP whose office was attacked, the survey
about women MPs and online harassment. I'm a British Indian woman, I wear a headscarf some days,
and my family are understandably a bit nervous about me knocking on strangers' doors.

So a few practical questions:
1. Does the CLP always send people out in pairs or groups?
2. Is there any training on what to do if someone is aggressive on the doorstep?
3. If something does happen, who do I report it to - you, the organiser, or the police?
4. Will my name or photo be put on anything public, like social media?

I don't want to sound negative - I'm really excited to get stuck in and I've already signed up
for the phone bank. Thanks for any help.

Best wishes,
Priya
""", tags=("hard-negative", "news-about-threats"))

# Threats that mailkit happened to render HTML-only get the html-only tag too.
import email as _email  # noqa: E402
for _i, (_data, _cats, _mn, _tags) in enumerate(c.items):
    if _cats[0] == "safety" and "html-only" not in _tags and \
            _email.message_from_bytes(_data).get_content_type() == "text/html":
        c.items[_i] = (_data, _cats, _mn, _tags + ("html-only",))

c.write()
