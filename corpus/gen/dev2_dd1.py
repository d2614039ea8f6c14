"""dev2 split, writer dd1: one month (November) of Kelvin North CLP's inbox, all categories.

Blind set: written from BRIEF.md and mailkit.py alone, never checked against postbag.
Every message below was written by hand. Places, branches and people are invented.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402


c = Corpus("dev2", "dd1", seed=4412)
assert c.clp[0] == "Kelvin North CLP", c.clp
SEC = c.clp[1].split()[0]          # Jamie
SECFULL = c.clp[1]
SECADDR = c.clp[2]
SECFROM = f"{SECFULL} <{SECADDR}>"

_add = c.add


def when():
    """A date in November 2026: the month this inbox covers."""
    return c.date(days_back=c.rng.randrange(1, 31))


def add(label, body="", tags=(), date=None, **kw):
    tags = (tags,) if isinstance(tags, str) else tuple(tags)
    _add(label, body, tags=tags or ("ordinary",), date=date or when(), **kw)


# =========================================================================================
# safety (6)
# =========================================================================================

add("safety", subject="Apologies + Glenfarrow motion for GC",
    sender=c.person("Alasdair", "Guthrie"),
    body=f"""Jamie,

Apologies from me for Thursday, I'm on backshift all week.

Glenfarrow branch agreed the following at our meeting on the 4th, 9 for, 1 against, and asks it goes on the GC agenda:

"Kelvin North CLP opposes the proposed closure of the Ardlaw Road depot and calls on the Labour group to vote against the transfer of the site to the arm's-length company at the December full council."

Proposer myself, seconder Senga Duff.

And you can pass this on to Moira Quinn from me personally. She parks round the back of the depot every Tuesday after her surgery and that lane has no lights. If she votes for the transfer she might want to start parking somewhere busier.

A. Guthrie""",
    tags=("veiled", "conditional", "embedded", "implicit"))

add("safety", subject="Cllr Bhatt - surgery on Saturday",
    sender=c.person("Morag", "Sillars"),
    body=f"""Hi Jamie,

Not sure who the right person is for this so sending it to you. Is there any sort of guidance for councillors about doing surgeries on their own?

I was at Arjun's surgery in Brackenhill library on Saturday morning (about my sister's housing transfer) and there was a man in a grey North Face jacket sitting at the computers the whole time who wasn't using them. He didn't speak to Arjun. When the surgery finished at 12 he got up as Arjun was packing up, and when I came out to the car park he was standing two cars away from Arjun's car watching him load his bag in. Arjun pulled out and this guy got into a silver Astra and pulled out straight after him, same direction, up towards Balmore Road. I didn't get the whole reg, it started SJ21.

I might be making something out of nothing but it didn't look right to me and I've not stopped thinking about it. I haven't said anything to Arjun as I didn't want to frighten him. Could you make sure someone does?

Morag""",
    tags=("third-party-report", "following"))

add("safety", subject="Fwd: have you seen this",
    sender=c.person("Kieran", "Doig"), date=c.date(days_back=20),
    body=c.forward(
        """Jamie this is on the Westbraes Community Noticeboard group on Facebook since last night. 300 odd shares. That's Douglas's actual street and his actual car. I've reported it but FB have done nothing. Screenshot text below. What do we do? Does Douglas know?""",
        """Douglas Hendry - "Chair" of Kelvin North Labour. Lives at Carrick Crescent in Westbraes, the end house with the green Skoda Octavia in the drive. This is the man who stood up at the community council and said the asylum hotel on the Boclair Road was "not a problem". Maybe some of us should go round and explain to him why it is a problem. Face to face. He's in most nights.

Comments:
Gordon M: Carrick Crescent, that's two minutes from mine. Will pop round
Stacey R: his wife works at the chemists in Westbraes Cross too
Big Tam: let's see how brave he is on his own doorstep
Lynne A: share share share""",
        "Facebook <notification@facebookmail.com>",
        "New post in Westbraes Community Noticeboard",
        orig_date=c.date(days_back=21)),
    tags=("forwarded", "social", "doxxing", "third-party-report", "pile-on"))

add("safety", subject="New submission: Contact your MP",
    sender=c.form_robot(),
    reply_to=("R Cassidy", "rc.kelvin77@gmail.com"),
    body=c.webform({
        "Name": "R Cassidy",
        "Email": "rc.kelvin77@gmail.com",
        "Postcode": "G23",
        "Topic": "Surgery appointment",
        "Message": """Need to know the next date Ellen Cowie is doing her surgery at the Lochend Park hall, and what time it finishes. Not looking for an appointment. Dont need one. Ive been writing to her since March about my son's PIP and got fobbed off by her staff every time, so I'll wait for her outside when she's finished instead. Me and a couple of pals. She can explain it to us on the way to her car. No police, no staff, just us.""",
        "Can we contact you?": "No",
    }, form="Contact your MP"),
    tags=("webform", "veiled", "implicit"))

add("safety", subject="Re: [KelvinNorthMembers] Gaza motion - Thursday's vote",
    sender=c.person("Callum", "Rennick"), date=c.date(days_back=11),
    headers=c.list_headers("KelvinNorthMembers", domain="googlegroups.com"),
    body=c.quote_reply(
        """With respect Fiona, this is exactly the problem. You keep saying "the wording needs work" and "we should wait for the national position". We have been waiting for the national position for two years. Nobody in Lochend Park or Brackenhill is confused about what is happening. The motion asks the CLP to call for an end to arms export licences. It is not complicated and it is already party policy in half the CLPs in Scotland.

I went back through the GC minutes from last year. The same six or seven delegates have voted down or deferred every single Palestine motion that has come to that room. Every one. Deferred for "legal advice". Deferred because "it's not a GC matter". Deferred because it was late.

So here is where I am. There are 40 of us coming on Thursday. We know who the six or seven are. We know where most of you live, it's not a big constituency, and we'll be walking out the same door as you at ten o'clock. Vote how you like.

Callum""",
        """I'd just gently say that the motion as drafted has a couple of factual problems and the GC would be better served by a composite with the Westbraes text. I'm not against the principle at all. Fiona""",
        quoted_from="Fiona Laidlaw <fiona.laidlaw@btinternet.com>",
        quoted_date=c.date(days_back=12), style="bottom"),
    tags=("list", "embedded", "veiled", "implicit", "quoted"))

add("safety", subject="WINTER FUEL",
    sender=c.person("Hugh", "Baird", "aol.com"),
    body="""TO THE SO CALLED LABOUR PARTY

I HAVE VOTED LABOUR SINCE 1966 AND MY FATHER BEFORE ME. I AM 83. THIS WINTER I HAVE SAT IN MY COAT IN THE LIVING ROOM BECAUSE OF YOUR GOVERNMENT AND THAT WOMAN COWIE WHO TOLD THE PAPER IT WAS A "DIFFICULT BUT NECESSARY DECISION". DIFFICULT FOR WHO. NOT HER ON HER SALARY.

I WANT TO KNOW WHY NOBODY FROM HER OFFICE HAS ANSWERED MY THREE LETTERS.

IM NOT SAYING ID DO IT MYSELF IM TOO OLD BUT SOMEBODY WILL S H O O T THAT WOMAN ONE OF THESE DAYS AND THERE WONT BE MANY IN THIS SCHEME SHEDDING TEARS. YOU CAN TELL HER I SAID THAT.

H BAIRD""",
    tags=("wish-harm", "noisy", "embedded"))

# =========================================================================================
# urgent (5)
# =========================================================================================

add("urgent", subject="St Columba's hall - tonight",
    sender=("Irene Kerr", "hallbookings@stcolumbas-brackenhill.example.org.uk"),
    body=f"""Dear Mr Rennie,

I am very sorry, there has been a mix-up on our side. Our new booking volunteer has given the main hall to the Brackenhill Highland Dance class for this evening, 6 till 9, and they have forty children coming. I did not see it until this afternoon. Your General Committee booking for 7pm tonight is in the diary as well.

The best I can offer is the small vestry room, which seats about 15. I know you normally have far more than that. The alternative is that we cancel your booking with a full refund.

Could you ring me on 0141 496 0732 before 5 o'clock so I can let the caretaker know what to set up? I am in the office till then.

Again my sincere apologies.

Irene Kerr
Hall Bookings Secretary
St Columba's Parish Church, Brackenhill""",
    tags=("ordinary",))

add("urgent", subject="proofs - need your ok by 9am",
    sender=("Bryan Ferrie", "studio@clydeprintworks.example.co.uk"),
    body=f"""Morning Jamie

Attached are the proofs for the Glenfarrow by-election leaflet (15,000 A5 double sided). Two things before we can put it on the press:

1. The imprint on the reverse still says "Promoted by Jamie Rennie on behalf of Kelvin North Labour" but has the old Balmore Road office address. Is that right? You mentioned you'd moved.
2. The photo of the candidate on the front is low resolution and will print fuzzy. If you have a better one send it over.

We need the signed-off proof by 9am tomorrow to make the Thursday slot. If we miss that the next slot is Monday, which I think is after your deliveries were meant to start. Reprinting 15k after the fact would cost you a bomb so please check the imprint properly.

Cheers
Bryan
Clyde Printworks""",
    tags=("hard-negative", "benign-violent-word"))

add("urgent", subject="Media enquiry - Cllr Liddell - deadline 4pm today",
    sender=("Nadia Rauf", "n.rauf@clydesideherald.example.co.uk"),
    fmt="alt",
    body=f"""Hi Jamie,

Nadia Rauf, local democracy reporter at the Clydeside Herald.

We're running a story in tomorrow's paper, and online this evening, that Councillor Fraser Liddell has been suspended from the Labour group on Kelvin City Council pending an investigation into comments made on a community WhatsApp group. We have seen screenshots of the messages.

Could Kelvin North CLP tell me:
- whether the CLP has been informed of the suspension;
- whether Cllr Liddell remains a member of the party;
- whether the CLP has a comment on the content of the messages.

My deadline is 4pm today. I'm on 07700 900418 if it's easier to talk.

Thanks,
Nadia

Nadia Rauf | Local Democracy Reporter | Clydeside Herald
This email and any attachments are confidential and may be privileged. If you are not the intended recipient please notify the sender and delete it.""",
    tags=("ordinary",))

add("urgent", subject="keys",
    sender=c.person("Nasreen", "Aziz"),
    body=f"""Jamie - positive test this morning, properly floored. I've got both sets of keys for the Ardlaw Road office and the phonebank is at 6 tonight, 12 volunteers signed up plus the two from Unison.

Keys are in an envelope behind my front door. Someone can collect from mine (14 Larchgrove Gardens) anytime before 5, just text me first and my son will hand it out. Alarm code is the usual. Please don't let it get cancelled, the call lists for Glenfarrow are all loaded.

N x""",
    tags=("ordinary",))

add("urgent", subject="tellers tomorrow - gaps",
    sender=c.person("Gillian", "Strachan"),
    body="""jamie teller rota for tomoro still has gaps

glenfarrow primary 7am-10am - NOBODY
st ninians hall 7am-9am - only me and im doing the knock up from 10 so cant stay

polls open 7, if we have nobody on the door at glenfarrow primary for the first 3 hours we lose the commuter numbers which is the whole ballgame. can you put something on the whatsapp tonight and the members email. i'll bring the rosettes and the clipboards to the committee rooms for 6.30am

gill
sent from my phone""",
    tags=("noisy",))

# =========================================================================================
# complaint (7)
# =========================================================================================

add("complaint", also=("query",), subject="URGENT - three weekly bins??",
    sender=c.person("Lesley", "Orr"),
    body="""Can someone from Labour explain to me why a Labour council, who knocked on my door in May promising to "get the basics right", has now decided that my general waste bin gets emptied once every THREE weeks?

There are six of us in this house including a baby in nappies. The bin is full in eight days. Foxes have had the bags open twice already. I have written to the council and got an automated reply.

I'm not asking for much. Bins. The most basic thing a council does. I'd like an actual explanation of who voted for this and why, not a leaflet.

Lesley Orr
Westbraes""",
    tags=("confuser", "complaint-as-query", "urgent-subject-not-urgent"))

add("complaint", subject="Resignation",
    sender=("Alexander McGlashan", "a.mcglashan@btinternet.com"),
    fmt="plain",
    body=f"""Dear Secretary,

I write, with no little sadness, to resign my membership of the Labour Party with immediate effect. I joined in 1979, in the weeks after the election that brought Mrs Thatcher to power, because it seemed to me then that the party was the only force in this country capable of protecting working people from what was coming. I served as secretary of the old Ardlaw ward party for eleven years and as a district councillor for two terms.

I had expected, when we were returned to government, some disappointments. Governments disappoint. I had not expected to see a Labour Chancellor remove the winter fuel payment from pensioners in my own street who live on very little more than the pension credit threshold, nor to hear a Labour minister defend the two-child limit in terms I had last heard from Iain Duncan Smith. Nor had I expected that a letter I sent to our Member of Parliament in August, a courteous letter, would receive no reply at all.

I do not write in anger, or not chiefly. I write because I can no longer in conscience pay a subscription to an organisation whose leadership appears to regard people like my late wife's sister, who will spend this winter in one room, as an acceptable cost.

Please cancel my direct debit and remove me from the branch mailing list. I would be grateful for an acknowledgement.

I wish the branch, and you personally, well. You have always been courteous.

Yours faithfully,

Alexander McGlashan""",
    tags=("ordinary",))

add("complaint", also=("query",), subject="still waiting",
    sender=c.person("Priyanka", "Menon"), date=c.date(days_back=6),
    body=c.quote_reply(
        """This is my third email. Can somebody explain why a party that sends me about four fundraising emails a week can't manage one reply to a member asking to be put in touch with her branch?

I joined in August. I have not been told which branch I'm in, I have not been invited to a single meeting, and the "welcome pack" was a link to a donate page. I'm genuinely trying to get involved here.""",
        """Hello, I've recently moved to the Lochend Park area from Dundee and I'd love to get involved with my local branch. Could you let me know when and where it meets? Thanks, Priyanka""",
        quoted_from="Priyanka Menon <priyanka.menon@outlook.com>",
        quoted_date=c.date(days_back=27), style="gmail"),
    tags=("confuser", "complaint-as-query", "quoted"))

add("complaint", subject="Ardlaw library",
    sender=c.person("Ruaridh", "Fairlie"),
    body=f"""Jamie,

I want this put in front of the Labour councillors before the budget meeting because somebody has to say it.

Closing Ardlaw library will kill this community stone dead. It is the only warm building on the estate that doesn't charge you to sit in it. It's where the homework club runs, where the job club runs, where half the old folk in the scheme get their bus pass sorted and their Universal Credit journal done because they haven't got a computer. If our councillors vote for this they will have the blood of that community on their hands and they should know it.

It is also political suicide. The SNP took Ardlaw by 38 votes last time. You think they won't put the library on every leaflet from here to May?

We will fight this like hell, every door, every street, and I'd rather we were fighting it together with our own councillors than against them.

Ruaridh Fairlie
Ardlaw branch""",
    tags=("hard-negative", "metaphor", "angry"))

add("complaint", subject="List selection - formal complaint",
    sender=c.person("Sheena", "Kirkwood"),
    body=f"""Dear Mr Rennie,

I am writing to lodge a formal complaint about the conduct of the shortlisting meeting for the Kelvin City Council candidate panel held on 7 November.

I was informed by telephone on the evening before the meeting that my interview had been moved from 11am to 9am. I was at that time on a night shift at Gartnavel and could not attend. The alternative slot I was offered was after the panel had already agreed its shortlist. I have since learned from another applicant that at least two candidates were told the date of the meeting three weeks in advance.

I was not interviewed. I was not shortlisted. I have been a member for fourteen years and have run the Brackenhill branch campaign for the last two elections.

I would like (a) a written explanation of why my slot was moved and by whom, (b) confirmation of the dates on which each applicant was notified, and (c) a fresh interview before the panel is finalised.

I have kept copies of all correspondence. If I do not receive a satisfactory answer within fourteen days I will be taking advice, and you will be hearing from my solicitor.

Yours sincerely,
Sheena Kirkwood""",
    tags=("hard-negative", "legal-threat", "angry"))

add("complaint", subject="URGENT - conduct of the chair at Thursday's GC",
    sender=c.person("Tobias", "Marr"),
    body="""Jamie

I'm putting this in writing because I don't think it'll be minuted otherwise.

At Thursday's GC I had my hand up for the whole of the housing item. Douglas called four speakers, all of whom spoke for the EC position, then moved straight to the vote saying "I think we've heard enough". When I raised a point of order he told me to "sit down, son". I'm 46.

This isn't the first time. Anyone who's been in that room over the last year knows who gets called and who doesn't. It's embarrassing and it drives new members away, I've watched three of them never come back.

I'm not asking for an apology from him, I know I won't get one. I'm telling you I'll be at the next GC and I'll be raising it from the floor under correspondence whether he likes it or not.

Toby Marr
Westbraes""",
    tags=("hard-negative", "angry", "urgent-subject-not-urgent"))

add("complaint", also=("query",), subject="leaflet??",
    sender=c.person("Ewan", "Lusk"),
    body="""why has the brackenhill newsletter that came through my door today got Fraser Liddell's face on the back saying "your local councillor" when he's not our councillor and he's just been suspended?? half the street's laughing about it on the close whatsapp. who checks these things

Sent from my iPhone""",
    tags=("confuser", "complaint-as-query", "noisy"))

# =========================================================================================
# query (7)
# =========================================================================================

add("query", subject="New to the area - which branch?",
    sender=c.person("Haruto", "Brennan"),
    body=f"""Hello,

I've just moved from Aberdeen (was in the Torry branch there) and my membership address has been updated on the party website. My new postcode is G22 7QX, near the Lochend Park bowling green.

Which branch would that put me in, and when does it next meet? I'm happy to help with leafleting, I did a fair bit up north.

Best,
Haruto Brennan""",
    tags=("ordinary",))

add("query", subject="Hearing loop at Ardlaw Community Hub?",
    sender=c.person("Patricia", "Gourlay"),
    body="""Dear Jamie,

I'd very much like to come to the Ardlaw branch meeting on the 19th, but I am quite deaf now and in the past I've found meetings very difficult to follow when people speak from the floor.

Does the hub have a hearing loop in the room you use? If not, would it be possible for me to sit near the front and for the chair to ask people to use the microphone, if there is one?

With thanks,
Pat Gourlay""",
    tags=("ordinary",))

add("query", also=("complaint",), subject="WHERE DOES MY BRANCH MEET",
    sender=c.person("Dennis", "Coyle"),
    body="""I HAVE PAID MY SUBS FOR TWO YEARS AND NOBODY HAS EVER TOLD ME WHERE OR WHEN THE GLENFARROW BRANCH MEETS. I'VE ASKED AT THE STALL. I'VE ASKED A COUNCILLOR.

SO I'M ASKING YOU. WHERE AND WHEN. A DATE AND AN ADDRESS WILL DO FINE.

D COYLE""",
    tags=("confuser", "query-angry"))

add("query", subject="Christmas night - partner?",
    sender=c.person("Siobhan", "Docherty"),
    body="""Hiya Jamie, quick one - for the Christmas night at the Westbraes Bowling Club on the 12th, can I bring my partner? He's not a member (yet!! working on it) but he's done a few sessions on the doors with me. And is it pay on the night or do we need a ticket beforehand? Thanks, Shiv""",
    tags=("ordinary",))

add("query", subject="Change of bank - subs",
    sender=c.person("Graham", "Auld"),
    body=f"""Hello Jamie,

I've moved my account from the Clydesdale to the Nationwide and my membership direct debit will presumably fail next month. Is that something I sort out myself through the party website or does it go through the CLP?

Also, I retired in October. Am I right that there's a reduced rate for retired members, and if so how do I apply for it?

Many thanks,
Graham Auld""",
    tags=("ordinary",))

add("query", subject="helping with campaign",
    sender=c.person("Bartosz", "Wrobel"),
    body="""Hello,

My name is Bartosz, I am from Poland and I live in Glenfarrow since 2014. I am member of Labour since this summer. I see there is election for council in Glenfarrow soon. I want to help with leaflets or knocking doors. But I am not sure, is it allowed for me because I am not British citizen? My friend tell me I can vote in Scotland for council and Holyrood but not for Westminster, is this correct?

I have free time in weekend and Wednesday evening. I have car also if you need to drive people.

Thank you very much
Bartosz Wróbel""",
    tags=("non-native",))

add("query", subject="New submission: Find your councillor",
    sender=c.form_robot(),
    reply_to=("Agnes Rutherford", "agnesruth1951@hotmail.co.uk"),
    body=c.webform({
        "Name": "Agnes Rutherford",
        "Email": "agnesruth1951@hotmail.co.uk",
        "Address": "Flat 2/1, 88 Ardlaw Road",
        "Your question": """My neighbour says there are two councillors for our ward and one of them is Labour. Could you tell me who it is and when they hold a surgery? It's about the damp in the close, the housing association won't come out.""",
    }, form="Find your councillor"),
    tags=("webform",))

# =========================================================================================
# procedural (7)
# =========================================================================================

add("procedural", subject="thursday",
    sender=c.person("Catriona", "Bell"),
    body="""Jamie, not going to make Thursday, hospital appointment at the Queen Elizabeth that's been moved twice already and I'm not risking it again. If the Brackenhill rent controls one comes up I'm very much for it, Niall knows and will speak. C""",
    tags=("confuser", "procedural-no-keywords"))

add("procedural", subject="Brackenhill branch - motion for the GC (rents)",
    sender=c.person("Niall", "Cruickshank"),
    body=f"""Dear Jamie,

Please find below a motion agreed by Brackenhill branch on 3 November (14 in favour, 0 against, 1 abstention) for the December GC.

RENT CONTROL IN KELVIN NORTH

This CLP notes:
1. that average private rents in the Kelvin City Council area have risen by 31% in three years;
2. that the Housing (Scotland) Act gives Scottish Ministers powers to designate rent control areas on the basis of local authority assessments;
3. that Kelvin City Council has not yet published its assessment.

This CLP believes that tenants in Kelvin North cannot wait another three years.

This CLP resolves:
(a) to write to the Labour group leader asking that the council's rent assessment be brought forward to the spring;
(b) to ask our MSP to press Scottish Ministers to designate Kelvin as a rent control area as soon as the assessment allows;
(c) to submit this motion to Scottish Labour conference.

Proposer: Niall Cruickshank
Seconder: Catriona Bell

Niall Cruickshank
Secretary, Brackenhill Branch""",
    tags=("ordinary",))

add("procedural", subject="women's rep",
    sender=c.person("Ayesha", "Malik"),
    body="""Hi Jamie,

Saw in the last email that the CLP women's rep job is going at the AGM because Catriona's not standing again. I'd like to go for it. Westbraes branch said at the last meeting they'd back me (Sadia took a note of it). Do you need something written from me, like a wee paragraph about myself, and when by?

Thanks
Ayesha""",
    also=("query",),
    tags=("confuser", "procedural-no-keywords"))

add("procedural", subject="Re: Draft notes of GC 9 October",
    sender=c.person("Moira", "Quinn"), date=c.date(days_back=22),
    body=c.quote_reply(
        """Jamie, small but important - item 6, I'm recorded as voting against the bus franchising motion. I voted for it, and spoke for it. Think it's been mixed up with Fraser's vote. Could it be put right before these go to the next meeting for approval, please? Otherwise fine. Moira""",
        f"""Dear all,

Draft notes of the GC held on 9 October are below for checking. Corrections to me by the 20th please.

...
6. Motion: Bus franchising (Lochend Park branch). Moved N. Cruickshank, seconded T. Marr. Cllr Quinn and Cllr Liddell spoke against. Carried 22-7.
...

{SECFULL}
Secretary""",
        quoted_from=SECFROM, quoted_date=c.date(days_back=25), style="gmail"),
    tags=("quoted", "confuser", "procedural-no-keywords"))

add("procedural", subject="Unite delegates to Kelvin North CLP",
    sender=("Derek Galloway", "d.galloway@unite-scotland.example.org.uk"),
    body=f"""Dear Secretary,

Unite Scotland GPM&IT branch SC/0214 notifies Kelvin North CLP of a change in its delegates to the General Committee, effective from the December meeting:

Outgoing: Brother William Swanson (retired)
Incoming: Sister Leanne Ure

Brother Craig Mathieson continues as our second delegate.

Leanne's contact details have been passed to her with permission to share with the CLP. Please add her to the circulation list for GC papers.

In solidarity,

Derek Galloway
Branch Secretary

Unite the Union - this message is confidential and intended only for the addressee. If received in error please delete and notify the sender.""",
    tags=("ordinary",))

add("procedural", subject="Lochend Park branch AGM - results",
    sender=c.person("Fiona", "Laidlaw"),
    fmt="alt",
    body=f"""Hi Jamie,

Lochend Park branch held its AGM on Tuesday (quorate, 17 present). Results for your records:

Chair: Fiona Laidlaw (re-elected, unopposed)
Vice Chair: Euan Carswell
Secretary: Tam Gilchrist
Treasurer: vacant - we'll co-opt at the January meeting
Women's officer: Ishbel Mackie
GC delegates: Fiona Laidlaw, Tam Gilchrist, Ishbel Mackie, Rab Kinnaird

We also agreed to move branch meetings from the first Monday to the second Tuesday of the month, from January.

Minutes to follow once Tam has typed them up.

Fiona""",
    tags=("ordinary",))

add("procedural", subject="Hybrid meetings - proposal for the EC",
    sender=c.person("Ishbel", "Mackie"),
    body=f"""Jamie,

Could the following be on the next EC agenda, to be worked up into a rule change for the AGM if the EC agrees?

Since we moved GCs back to in-person only, attendance among delegates with caring responsibilities and those in the outer bits of the constituency has fallen off a cliff (I counted: 11 delegates haven't attended since March, 7 of them women). I'd like the EC to recommend that the GC meets in hybrid format at least every other month, with remote delegates counted for quorum and able to vote, and that the CLP budgets for a proper camera/mic setup rather than someone's laptop on a chair.

Happy to write a short paper if that helps.

Ishbel Mackie
Lochend Park""",
    tags=("ordinary",))

# =========================================================================================
# data-protection (5)
# =========================================================================================

add("data-protection", subject="Subject access request",
    sender=c.person("Stuart", "Pettigrew"),
    body=f"""Dear Data Controller,

Under Article 15 of the UK General Data Protection Regulation I request a copy of all personal data that Kelvin North Constituency Labour Party holds about me, including but not limited to: membership records, canvass returns and voter ID data relating to my address, correspondence, notes of meetings at which I was discussed, and any data held on campaigning software used by the CLP.

Please also tell me the purposes for which the data are processed, the recipients to whom it has been disclosed, how long it will be retained, and the source of any data not collected from me.

My details:
Name: Stuart Pettigrew
Address: 31 Torrance View, Glenfarrow
Date of birth: 14/02/1971

I expect a response within one calendar month as required by law.

Yours faithfully,
Stuart Pettigrew""",
    tags=("ordinary",))

add("data-protection", subject="who gave you my number",
    sender=c.person("Kayleigh", "Boyd"),
    body="""Got a text last night at half 9 from "Jamie from Labour" asking if I'd be voting in the Glenfarrow by-election and if I needed a lift to the polling station.

I'm not a member. I've never signed anything. I've never given Labour or anybody my mobile number apart from the doctors and my work. So where did you get it??? And who else has it? I want it taken off whatever you've got it on.

Kayleigh""",
    tags=("confuser", "dp-no-legal-words"))

add("data-protection", subject="everyone's email addresses",
    sender=c.person("Ross", "Menzies"),
    body=f"""Hi Jamie,

Just flagging - the Westbraes branch email that went out this morning about the Christmas night has every recipient's address in the "To" line. I counted over 130. Including some that are clearly people's work addresses and at least one that's a councillor's personal one.

Not the end of the world but there are people in that branch who keep their membership fairly quiet (work reasons), and now anyone on the list can see who's in it. Someone has already replied-all once.

Might be worth a word with whoever sent it and a quick "sorry, please delete" to the list?

Ross""",
    tags=("confuser", "dp-no-legal-words"))

add("data-protection", subject="photo on your facebook",
    sender=c.person("Louise", "McAteer"),
    body="""Hello,

There is a photo on the Kelvin North Labour facebook page from the Ardlaw gala day in August with me and my two girls at the face painting stall. Nobody asked me if it could go up. I don't mind Labour, but I'm not a member and I don't want my kids' faces on a political party's page, especially with the comments some people leave on there.

Please can you take it down. Thanks.

Louise McAteer""",
    tags=("confuser", "dp-no-legal-words"))

add("data-protection", subject="Erasure of my personal data",
    sender=c.person("Eilidh", "Saunders"),
    body=f"""To whom it may concern,

I resigned my Labour Party membership in February 2025. I continue to receive CLP emails and, last month, a letter addressed to me by name asking me to rejoin.

I am exercising my right to erasure under Article 17 UK GDPR. Please delete all personal data the CLP holds about me, including on any email lists, spreadsheets and campaign software, and confirm in writing when this has been done. Where you have shared my data with any third party, please inform them of this request.

Regards,
Eilidh Saunders""",
    tags=("ordinary",))

# =========================================================================================
# bulk (8)
# =========================================================================================

add("bulk", subject="Automatic reply: Kelvin North GC papers",
    sender=("Cllr Arjun Bhatt", "arjun.bhatt@kelvincity.example.gov.uk"),
    headers=c.autoreply_headers("exchange"),
    body="""Thank you for your email.

I am on leave until Monday 23 November with limited access to email. For urgent council casework please contact the Members' Services team on 0141 496 0100 or members.services@kelvincity.example.gov.uk.

Cllr Arjun Bhatt
Labour Councillor for Brackenhill Ward

Kelvin City Council - this email and any files transmitted with it are confidential. If you have received it in error, please notify the sender and delete it from your system.""",
    tags=("ordinary",))

add("bulk", raw=c.bounce("tam.gilchrist1958@talktalk.net",
                         orig_subject="Lochend Park branch - change of meeting night"),
    tags=("robot-no-list-headers",))

add("bulk", subject="Members' Bulletin: Budget day, campaign days, and keeping safe on the doorstep",
    sender=("Scottish Labour", "members@scottishlabour.example.org.uk"),
    headers=c.newsletter_headers("Mailchimp"),
    fmt="alt",
    body="""Members' Bulletin - November

Dear member,

BUDGET RESPONSE
Our finance spokesperson's response to the UK Budget and what it means for the Scottish block grant is now on Membersnet. Branch briefings will be sent to secretaries next week.

NATIONAL CAMPAIGN DAYS
Join members across Scotland on the doors on Saturday 28 November. Sign up through your CLP.

CANDIDATE AND ACTIVIST SAFETY
Following recent reports of abuse directed at elected representatives across all parties, including the threats made against a councillor in Fife that were widely reported last month, we have updated our guidance on personal safety for candidates, councillors and activists. It covers lone working on the doorstep, running surgeries, keeping your home address off public documents, and how to report threats to the police and the party. Every CLP secretary should make sure the guidance reaches their candidates before the council campaign begins.

WOMEN'S CONFERENCE
Registration is open for Scottish Labour Women's Conference in Perth, 13 February.

You are receiving this email because you are a member of the Labour Party in Scotland.
Unsubscribe | Update your preferences""",
    tags=("hard-negative", "news-about-threats"))

add("bulk", subject="Booking confirmed: Ardlaw Community Hub - Room 2 - Wed 25 Nov",
    sender=("Ardlaw Community Hub Bookings", "no-reply@bookings.ardlawhub.example.org.uk"),
    fmt="html",
    body="",
    html_body="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#0b6e4f;color:#fff;padding:16px;font-size:18px">Ardlaw Community Hub</td></tr>
<tr><td style="padding:16px">
<p>Hi Jamie,</p>
<p>Your booking is confirmed.</p>
<table cellpadding="4">
<tr><td><b>Reference</b></td><td>AH-2026-11-3381</td></tr>
<tr><td><b>Room</b></td><td>Room 2 (capacity 30)</td></tr>
<tr><td><b>Date</b></td><td>Wednesday 25 November 2026</td></tr>
<tr><td><b>Time</b></td><td>18:30 - 21:00</td></tr>
<tr><td><b>Organisation</b></td><td>Kelvin North Labour - Ardlaw Branch</td></tr>
<tr><td><b>Amount paid</b></td><td>&pound;27.50</td></tr>
</table>
<p>Please remember to leave the room as you found it. Cancellations with less than 48 hours' notice are non-refundable.</p>
<p style="font-size:11px;color:#888">This is an automated message. Please do not reply to this email.</p>
</td></tr></table></body></html>""",
    tags=("confuser", "robot-no-list-headers", "html-only"))

add("bulk", subject="Digest for kelvinnorthmembers@googlegroups.com - 4 updates in 2 topics",
    sender=("kelvinnorthmembers@googlegroups.com", "kelvinnorthmembers+noreply@googlegroups.com"),
    headers=c.list_headers("KelvinNorthMembers", domain="googlegroups.com", precedence=True),
    body="""kelvinnorthmembers@googlegroups.com
Today's topic summary

Group: https://groups.google.com/g/kelvinnorthmembers
  - Lift share for Saturday's campaign day [3 Updates]
  - Old leaflets to recycle? [1 Update]

============================================================
Lift share for Saturday's campaign day
============================================================
Tam Gilchrist: I've got 3 seats from Lochend Park, leaving the Co-op car park at 9.45. Shout if you want one.
Haruto Brennan: One please Tam, thanks.
Siobhan Docherty: Westbraes folk - I can take two from the bowling club.

============================================================
Old leaflets to recycle?
============================================================
Graham Auld: There are four boxes of the May leaflets in my garage. Does anybody know if they can go in the blue bin or do they need to go to the tip?

--
You received this digest because you're subscribed to updates for this group. To unsubscribe, visit https://groups.google.com/g/kelvinnorthmembers/unsubscribe""",
    tags=("list",))

add("bulk", subject="You've received a payment of £45.00",
    sender=("SumUp", "no-reply@sumup.example.com"), date=c.date(days_back=18),
    body="""Hi Kelvin North Labour,

You've received a payment.

Amount: £45.00
From: Card payment - Ardlaw Community Hub (terminal 2)
Description: Raffle - Ardlaw quiz night
Date: 12 Nov 2026, 21:14

This amount will be paid out to your bank account ending 4471 within 1-2 working days.

View transaction in your SumUp dashboard.

This email was sent automatically. Please don't reply - this mailbox isn't monitored.
SumUp Ltd""",
    tags=("confuser", "robot-no-list-headers"))

add("bulk", subject="New response: Kelvin North members' priorities survey",
    sender=("SurveyMonkey", "member@surveymonkeyuser.example.com"),
    body="""You have a new response

Survey: Kelvin North members' priorities survey
Total responses: 87

Respondent #87 completed the survey at 20:41.

View the response, or see all results in the Analyze section.

You're receiving this because you enabled response alerts for this survey. Turn off alerts in your survey settings.""",
    tags=("confuser", "robot-no-list-headers"))

add("bulk", subject="Cloud recording - Kelvin North EC is now available",
    sender=("Zoom", "no-reply@zoom.us"),
    fmt="alt",
    body="""Hi Jamie Rennie,

Your cloud recording is now available.

Topic: Kelvin North EC
Date: Nov 17, 2026 07:00 PM London

Click here to view the recording. Share recording link.

Recording will be automatically deleted from the trash after 30 days.

Thank you for choosing Zoom.
-The Zoom Team""",
    tags=("confuser", "robot-no-list-headers"))

# =========================================================================================
# other (5)
# =========================================================================================

add("other", subject="Thank you",
    sender=("Margaret Halliday", "peggyhalliday@btinternet.com"),
    body=f"""Dear Jamie,

My granddaughter is typing this for me as my hands are not what they were.

I wanted to thank you, and Fiona, and the young man with the beard whose name I have shamefully forgotten, for coming to see me on my ninetieth birthday with the card and the flowers. The card signed by all the branch is on my mantelpiece. I did not expect to be remembered after so long away from the meetings.

I joined the party in 1952, in the old Springburn, when my father took me. I think I have missed only one election since, when I was having my second.

You are all doing a grand job. Keep at it.

With warmest regards,
Margaret (Peggy) Halliday""",
    tags=("ordinary",))

add("other", subject="Rats in the back court",
    sender=c.person("Colin", "Harkness"),
    body="""Hello is this the council environmental health? We have rats in the back court at 40-46 Balmore Road, big ones, they're getting into the bin store. The factor says it's the council's job and the council says it's the factor's. Can you send somebody out. Thanks Colin Harkness (flat 3/2)""",
    tags=("confuser", "misdirected"))

add("other", subject="Kelvin North + DoorStep",
    sender=("Josh Whitmore", "josh@doorstep-canvass.example.io"),
    fmt="alt",
    body=f"""Hi Jamie,

I came across Kelvin North Labour while looking at the Glenfarrow by-election - congrats on the campaign so far, your volunteers have been really visible on social.

I'm one of the founders of DoorStep, a canvassing app that a handful of CLPs in the north of England have been trialling this year. In short: offline-first walk sheets on any phone, one-tap responses, and the data syncs back to a dashboard for organisers. It doesn't replace the party's own tools, it sits alongside them for things like petitions and local surveys.

Would you be up for a 20-minute call next week? I'd love to hear how you run things at the moment, and I can set you up on a free trial through to May.

Best,
Josh

Josh Whitmore
Co-founder, DoorStep
doorstep-canvass.example.io""",
    tags=("ordinary",))

add("other", subject="some news",
    sender=c.person("Senga", "Duff"),
    body=f"""Hi Jamie

Wanted you to hear it from me and not on the grapevine. Davie and I have finally done it and bought the wee house on Sanday we've been looking at for years. We move in March.

So this will be my last winter on the Glenfarrow committee. I'll see the by-election out and stay on as minutes secretary till the AGM, then I'm handing over the clipboard. Thirty-one years of Glenfarrow GCs. I'll not miss the hall in January but I will miss all of you.

You'll all be coming up for a holiday, mind. There's a spare room and a lot of wind.

Senga""",
    tags=("ordinary",))

add("other", subject="good luck tomorrow",
    sender=c.person("Kirsty", "Niven"),
    body="""Jamie,

Just a wee note to say good luck at the hustings tomorrow night at the academy. I know you've been dreading the Q&A but you know the Glenfarrow stuff better than anybody in that room. Go knock 'em dead.

I'll be at the back with a flask.

K x""",
    tags=("hard-negative", "benign-violent-word"))

c.write()
