"""dev split, writer db1: complaints, queries and urgent mail for a semi-rural CLP.

Every message below was written by hand for the held-out set.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("dev", "db1", seed=2201)
SEC = c.clp[1].split()[0]          # Helen
SECFULL = c.clp[1]
SECADDR = c.clp[2]

_add = c.add


def _tagged_add(label, body=None, tags=(), **kw):
    """Every message carries tags; those exercising no special class are tagged 'ordinary'."""
    tags = (tags,) if isinstance(tags, str) else tuple(tags)
    return _add(label, body, tags=tags or ("ordinary",), **kw)


c.add = _tagged_add

# ======================================================================================
# COMPLAINTS
# ======================================================================================

c.add("complaint", subject="URGENT - Winter fuel - WHO decided this",
      sender=("Maureen Tideswell", "mtideswell41@btinternet.com"),
      body="""Dear Sir or Madam

I have been a Labour voter for 61 years and a member on and off since the miners strike. My late husband was a NUM man. I am writing because I want somebody to explain to me in plain words why my winter fuel payment was taken off me last year and then I am told now it is being given back to some people but not others and I still do not know if I am one of them.

I rang the MP's office twice. The first time a young man said he would ring back. He did not. The second time I was told to look on the government website. I am 83 and I do not have the internet, my granddaughter is typing this for me.

I want to know who in this party thought it was a good idea to go after pensioners first. I want a letter back, not an email, to the address below. I have put up with a lot from this party but this is the end unless somebody has the decency to answer me.

Mrs M. Tideswell
4 Quarry Bank Cottages
Millthorpe

(typed by Chloe - please reply to this email too as nan's letters sometimes go to next door)""",
      tags=("confuser", "complaint-as-query", "complaint-with-urgent"))

c.add("complaint", subject="two child limit",
      body="""Helen,

I'll be brief because I've said all this at branch meetings and got nowhere. We were told in opposition that the two-child limit was something we'd look at "when the money allows". The money has apparently allowed for a lot of other things. Half the kids at the school where I work qualify for free meals and the ones who don't are often the third and fourth children in families that were doing fine until somebody lost a job.

I'd like the CLP to formally ask our MP to state, in writing, what her position is, and I'd like that answer reported to the next GC. Not a line from the whips' office, her actual position. If she can't give one I think members deserve to know that too.

Gemma
Kingsmoor branch""",
      sender=c.person("Gemma", "Rowlands"))

c.add("complaint", subject="Gaza. Again.",
      sender=("Imran Sheikh", "imran.sheikh.derby@gmail.com"),
      body="""Salaam Helen,

I am not going to write a long email because I have written so many and nobody reads them. Three motions from our branch on Gaza have now been "deferred due to time" at GC. Three. Meanwhile we had forty minutes on the new banner.

Our government has blood on its hands on this and the CLP acts like it is a matter of scheduling. People at my mosque ask me why I still carry a Labour card and honestly I am running out of answers. I will be at the next GC to say this in person and I expect the motion to be taken FIRST, not last.

Imran""",
      tags=("hard-negative", "metaphor", "angry"))

c.add("complaint", subject="Branch meeting moved and nobody told me",
      body="""Hi

Turned up at the Dale End community room last night at 7.30 for the branch meeting as per the calendar on the website. Locked. Stood in the rain for twenty minutes with Mrs Ellis who is 79 and had got a taxi specially. Found out this morning from facebook it had been moved to the Fox & Hounds back room on Monday. 

I'm not on facebook much, I'm on the email list, I've been on it for years. So why did the email list not get told?? This is the second time this year. Somebody owes Mrs Ellis her taxi fare if nothing else.

Dave""",
      sender=c.person("Dave", "Hollingworth"))

c.add("complaint", subject="Conduct of the Chair at Thursday's GC",
      sender=("Fiona Marsh", "fiona.marsh@outlook.com"),
      body=f"""Dear {SEC},

I am writing formally, as a GC delegate for Hillcote branch, to raise my concern about how Thursday's meeting was chaired.

During item 6 (the housing motion) I was called to speak and was cut off after roughly forty seconds, while the two speakers against had been allowed well over the three minutes in standing orders. When I pointed this out the Chair said, and I wrote it down at the time, "we all know where you're going with this, Fiona". That was said in front of forty people, several of them new members at their first GC.

I don't think that is acceptable from anybody in the chair, and I would like:

1. this letter to be noted in the correspondence section of the next GC agenda;
2. an explanation of why speaking times were applied unevenly;
3. an assurance that the Chair will be reminded of the standing orders before the next meeting.

I have copied nobody else in at this stage because I would rather this was dealt with properly and quietly. If that can't happen I'll take it to the Regional Office.

Regards,
Fiona Marsh
GC delegate, Hillcote""",
      also=("procedural",))

c.add("complaint", subject="Council candidate selections - stitch up",
      body="""I've just found out that the shortlist for Calderbrook ward was drawn up by a panel of three people, two of whom are married to each other and one of whom is the sitting councillor who is standing again. Tell me how that is a fair process.

I applied. I did the training. I've knocked on more doors in Calderbrook than any of them in the last two years, ask anyone. I didn't even get an interview, just an email saying "the panel has decided not to take your application further at this stage". No reasons. 

I want to see the scoring sheet and I want to know who agreed the panel. If this isn't sorted I am going to put in a formal complaint to the LCF and to region.

Jason Pickering""",
      sender=c.person("Jason", "Pickering"))

c.add("complaint", subject="Leaflets",
      body="""I have a sign on my door saying NO JUNK MAIL, NO FLYERS, NO POLITICAL LEAFLETS. It has been there for three years. Your people have put four leaflets through it since September. I do not care which party you are. The sign is there for a reason - I have a dog that goes mad at the letterbox.

Please tell whoever does Wetton Road to respect it.

J Barlow, 22 Wetton Road""",
      sender=("J Barlow", "jbarlow22@sky.com"),
      fmt="plain")

c.add("complaint", subject="Your canvasser was rude to my wife",
      sender=c.person("Graham", "Stubbs"),
      body="""Good afternoon,

On Saturday morning a woman and a young lad came to our door with clipboards and red rosettes. My wife answered. She told them politely we vote Conservative and always have. According to my wife the woman said "well you'll be wanting your winter fuel back then" and laughed, and the lad said something under his breath my wife didn't catch but she didn't like the tone.

I have nothing against people campaigning, it's a free country. But if you're going to knock on people's doors you should be civil to them whether they agree with you or not. My wife is 76 and was upset by it.

I'd appreciate it if you would pass this on to whoever organises these things.

Graham Stubbs
Marsh Lane""")

c.add("complaint", also=("query",), subject="Charged twice??",
      body="""Hello, I looked at my bank statement and there are two payments to The Labour Party on the 1st of the month, £5.08 and £5.08. This has been happening since August as far as I can see. I have been on the phone to the membership line for 35 min and got cut off. Its not a huge amount but its not right either and I am on pension credit.

Can you please sort this out or tell me who can because Im getting nowhere. How do I get the money back?

Thanks
Pauline Hague
member no I think 0L7726…""",
      sender=c.person("Pauline", "Hague"),
      tags=("confuser", "complaint-with-question"))

c.add("complaint", subject="Resignation",
      sender=("Owen Bradbury", "owen.bradbury@protonmail.com"),
      body="""Helen

Please take this as notice that I'm resigning my membership, effective immediately. I'll be doing it through the membership portal as well but I wanted the CLP to know why, since you're the people I actually campaigned with.

My brother is on PIP. He has MS. He has spent the past month in a state of absolute terror about the reassessments and the changes to the daily living component. I joined this party in 2015 because I thought it was the one place that would never do this to people like him. I was wrong.

I know most people in the CLP feel the same and I'm not blaming you personally. Thanks for everything over the years. I'll miss the Tuesday leafleting crew.

Owen""",
      tags=("leaving-party",))

c.add("complaint", subject="LIBRARY CLOSURE = DEATH OF MILLTHORPE",
      body="""So the Labour-run district council has voted to close Millthorpe library "and move services to the leisure centre" which is 3 miles away with no bus after 4pm. 

Well done. Absolutely brilliant. You've managed to do what 14 years of Tory cuts couldn't. This is the death of the town centre, plain and simple. The library is the only warm space we have left apart from the pub and the Co-op.

I have been a Labour councillor's election agent TWICE. I will not be lifting a finger in May unless somebody from the group comes down and explains this to our faces at a public meeting. Not a press release. A meeting. In the library, while it's still open.

Ruth Ashworth""",
      sender=("Ruth Ashworth", "ruth.ashworth@talktalk.net"),
      tags=("hard-negative", "metaphor", "angry"))

c.add("complaint", subject="potholes on the B-road past Hartsop",
      body="""who do i actually complain to about the state of the road between hartsop bridge and the quarry. ive done the council website thing three times. ive had two tyres and a wheel rim. the council is labour and you are labour so you can sort it out. i am not paying another £180 for a tyre.

sent from my phone sorry for typos""",
      sender=c.person("Lee", "Goodwin"),
      tags=("confuser", "complaint-as-query", "noisy"))

c.add("complaint", subject="URGENT - bins Orchard Close", tags=("confuser", "complaint-with-urgent"),
      sender=c.person("Sandra", "Kirk"),
      fmt="alt",
      body="""Dear Labour Party

Three weeks now the recycling has not been collected on Orchard Close. THREE. Every time we ring we're told it is "a crew issue". The blue bins are overflowing into the road and the foxes have had the black bags open twice.

I know it's the council and not you but your councillors were the ones who signed off the new contract, it was in their leaflet last year as a great achievement, so I am holding them to it. Could you please pass this on to Cllr Hulme as she does not answer her phone.

Sandra Kirk (Orchard Close residents)""")

c.add("complaint", subject="Re: Cllr Hulme",
      sender=c.person("Tomasz", "Wójcik"),
      body=c.quote_reply(
          """Hello again,

Sorry but it is now six weeks from my first email and still nothing from councillor Hulme. You told me she will contact me "within the week". I understand she is busy person, everyone is busy. But I was told to write to the party and I did this, and nobody is answering me. The problem with the damp in the flat is still the same and my daughter has asthma.

I don't want to make trouble. I only want somebody to answer.

Tomasz Wójcik""",
          f"""Dear Mr Wójcik,

Thank you for getting in touch. I have passed your email on to Cllr Hulme, who covers Dale End, and she will contact you within the week.

Best wishes,
{SECFULL}""",
          style="gmail"),
      tags=("non-native", "quoted"))

c.add("complaint", subject="URGENT: Surgery cancelled AGAIN", tags=("confuser", "complaint-with-urgent"),
      body="""This is the second time the MP's Saturday surgery in Millthorpe has been cancelled with less than a day's notice. I took unpaid time off the first time. This time I'd arranged for my neighbour to have my kids. 

I'm not asking for much - I'm asking for 10 minutes with my MP about my son's EHCP. If she can't do Millthorpe anymore can you just say so and stop advertising it.

K. Adeyemi""",
      sender=c.person("Kwame", "Adeyemi"))

c.add("complaint", subject="Treasurer - accounts still not circulated",
      sender=("Peter Lomas", "peterlomas@me.com"),
      body=f"""{SEC},

For the record: the annual accounts were due to be circulated to GC delegates fourteen days before the AGM under our own rules. The AGM is a week on Saturday. Nothing has arrived. When I asked the Treasurer at the last EC she said "it's in hand".

I'm not interested in a row. I'm interested in the accounts. Members are being asked to approve a budget that includes £2,400 for "campaign materials" with no breakdown. If the accounts aren't out by Friday I'll be moving that the item be deferred.

Peter Lomas
Auditor (internal), Ashbourne North branch""",
      also=("procedural",))

c.add("complaint", subject="the minutes",
      sender=c.person("Colin", "Fearn"),
      body=f"""Helen, with respect, the draft minutes of the last GC say "Cllr Fearn spoke against the motion". I did NOT speak against the motion. I spoke in favour of the motion with an amendment which I then withdrew when the mover accepted the point. Anyone who was there would tell you that.

This matters because those minutes go to the group and people will now think I voted against the council tenants. I've already had one phone call about it.

I expect this corrected before circulation to branches, not at the next meeting when it will be too late.

Colin""",
      also=("procedural",))

c.add("complaint", subject="Women's officer election",
      body="""Dear Secretary,

I stood for women's officer at the AGM. I lost by two votes. Fine - that's democracy. But I have since been told by three separate women that they were given ballot papers at the door by a man who said "you'll want to vote for Karen, she's the official one". I don't know who he was. I don't think anybody should be telling women how to vote in the women's officer election, and certainly not a man handing out ballots.

I'd like to know who was on the door and whether this was raised with the returning officer on the night.

Kind regards
Nicola Barker""",
      sender=c.person("Nicola", "Barker"),
      tags=("confuser", "complaint-as-query"))

c.add("complaint", subject="Councillor's Facebook post",
      sender=c.person("Rebecca", "Oduya"),
      fmt="alt",
      body="""Hi,

I'm a member in Hillcote and I wanted to flag a post Cllr Dennis Wragg shared on his public Facebook page on Sunday night. It's a meme about "boat people" with a laughing face underneath. It's since been deleted, but I took a screenshot (attached to a separate email if you need it).

I've got family who came here as refugees and it honestly made me feel sick that someone elected under our rosette thinks this is funny. I'd like to know whether this is going to be taken up with him and by whom. If the answer is "it's a national matter" then please tell me where to send it.

Rebecca""")

c.add("complaint", subject="Noise from your do on Saturday",
      body="""To whoever organised the Labour party "fundraiser social" at the Scout Hut on Greenhill Lane on Saturday night,

The music was still going at 12.40am. Some of us have to get up for work on Sunday. People were shouting and singing in the car park at ten past one. One car sat with the engine running and the bass thumping for half an hour.

I don't mind a party. I mind not being able to sleep. If there's another one please tell people to keep it down after eleven or I will be ringing the council's noise line.

Resident, Greenhill Lane""",
      sender=("Greenhill Lane resident", "ghlane.resident@hotmail.co.uk"))

c.add("complaint", subject="Imposed candidate = political suicide",
      sender=("Barry Tonge", "barry.tonge@btinternet.com"),
      body="""Helen,

So it's true then. The NEC has put the selection for the by-election into "special measures" and we're getting a shortlist of one, a special adviser from London who has never been to the Dales in her life and whose only connection to the area is that her gran once had a caravan at Hartsop.

Political suicide. That's what this is. We held Calderbrook by 84 votes last time with a candidate who'd lived there 40 years. We are going to get absolutely slaughtered, and the people who made this decision will be on the train back to Euston by the time the count finishes.

I want it minuted at the EC that this CLP objects. I want the objection sent to the Regional Director. And I want the regional office to come and face the members, because I am not going to be the one explaining it on the doorstep.

Barry
Vice-chair (campaigns)""",
      tags=("hard-negative", "metaphor", "angry"))

c.add("complaint", subject="URGENT - suspended with no reason given", tags=("confuser", "complaint-with-urgent"),
      body="""Dear CLP Secretary,

On the 3rd of this month I received an email from the Governance and Legal Unit informing me that my membership has been "administratively suspended pending investigation". It does not say what I am being investigated for. It does not say who complained. It tells me I can't attend meetings, including my own branch where I have been the secretary for four years.

I have emailed GLU twice and received an automated response both times. I appreciate the CLP isn't running the investigation but surely you can at least find out what I'm supposed to have done? I have a branch AGM to organise next month and now I can't even go to it.

I'm angry, I'm frankly frightened about what someone may have said about me, and I feel completely abandoned by the people I've worked alongside for years.

Rosa Fielding""",
      sender=c.person("Rosa", "Fielding"))

c.add("complaint", also=("query",), subject="Access at the Hillcote meeting room",
      sender=("Margaret Ince", "mags.ince@gmail.com"),
      body="""Hello

I use a wheelchair, as you may remember. The last two branch meetings have been in the upstairs room at the Red Lion. There is no lift. On both occasions I have been told "we'll try to get somewhere accessible next time". I have now missed both.

I don't think it's acceptable that a Labour Party branch, of all things, meets somewhere that a member can't get into. Is there any plan to move it? If not I'd like to know who I need to raise this with formally.

Margaret""")

c.add("complaint", subject="scrapping zoom for GC",
      body="""I see from the EC minutes that GC is going "back to fully in person" from January and the hybrid option is being dropped because "attendance in the room has fallen".

Has anyone thought about why it fell? I'm a carer for my mum. I can't leave her on a weekday evening. Zoom was the only way I could take part and I've been a delegate for two years on that basis. Same for at least three others I know of — one is a shift worker, one lives 25 miles away out past Wetton with no bus.

You are going to end up with a GC of retired men who live in Ashbourne. Congratulations.

Sinead""",
      sender=c.person("Sinead", "Mulvey"))

c.add("complaint", subject="Greenhill field housing approval",
      sender=c.person("Anthony", "Fretwell"),
      fmt="html",
      html_body="""<html><body><p style="font-family:Calibri,sans-serif">Dear Labour Party,</p>
<p style="font-family:Calibri,sans-serif">I was at the planning committee on Tuesday. I watched four Labour councillors vote to approve 220 houses on Greenhill Field, the same field three of them stood in front of for a photo in their 2023 leaflet with the words <b>"Protect Our Green Spaces"</b>.</p>
<p style="font-family:Calibri,sans-serif">I am not against housing. My kids can't afford to live here either. But there is no new school place, no GP capacity and the sewage works already overflows into the brook twice a month. Not one of them mentioned any of that.</p>
<p style="font-family:Calibri,sans-serif">I would like an explanation, from the group, of what changed between the leaflet and the vote. I'll be sharing whatever answer I get (or don't get) with the Greenhill Field Action Group, which has 600 members.</p>
<p style="font-family:Calibri,sans-serif">Anthony Fretwell</p></body></html>""",
      body="",
      tags=("html-only",))

c.add("complaint", subject="PM immigration speech",
      body="""Helen - I don't usually do this. I'm a quiet member, pay my subs, deliver my round, never go to meetings.

But that speech on immigration yesterday made me ashamed to be in the party. My wife is from Lagos. She's a nurse at the Royal. She has paid into this country for 19 years. Listening to our own Prime Minister talk about "strangers" like that, in language I'd have expected from Reform, was genuinely sickening.

I don't know what you can do from a CLP. Maybe nothing. But please put it on record that a member in Kingsmoor branch complained. I'm thinking hard about whether to keep paying.

Chris""",
      sender=c.person("Chris", "Obi"))

c.add("complaint", subject="Saturday's campaign session",
      sender=("Leanne Dakin", "leanne.dakin94@icloud.com"),
      body="""hi helen, i didnt want to make a fuss on the day but i feel like i need to say something.

at the campaign session in ashbourne on saturday the organiser (i think his name is Keith?) shouted at me in front of everyone because i went back to a door that he'd already marked as "against". it was my first time out and nobody had explained the marking. he said "are you thick or something". a couple of the older members laughed.

i went home afterwards and honestly almost cried. ive wanted to get involved for ages and i really dont want to go back now. i just think someone should know that new people are being treated like that. 

leanne""")

c.add("complaint", also=("procedural",), subject="URGENT: why was my motion ruled out of order",
      sender=c.person("Declan", "Feeney"),
      body="""Madam Secretary,

The motion on the Dales bus network submitted by Marsh Lane branch on the 2nd was NOT on the GC agenda. When I asked the Chair under any other business, I was told it had been "ruled out of order by the officers" because it "related to council policy". 

I have read the rulebook, and the CLP standing orders, twice. There is nothing that prevents a CLP from passing a motion about council policy. We have done it at least four times this year on other matters - including the Chair's own motion on the leisure centre.

I want to see the written ruling and the names of the officers who made it. The motion will be resubmitted for next month and I'll expect it to be on the agenda.

Declan Feeney
Secretary, Marsh Lane branch""",
      tags=("confuser", "complaint-with-urgent"))

c.add("complaint", subject="URGENT!! walk in centre closing",
      body="""The minor injuries unit at Millthorpe is closing and the MP hasn't said one word. Not one. Not on Facebook, not in the paper, nothing. When it was a Tory government she would have been outside it with a placard. Now its the ICB and Labour's in charge in Westminster suddenly she's busy?? 

Nearest A&E is 40 minutes in good weather. Somebody will die on that road this winter and I want it on record that we told you.""",
      sender=c.person("Tracey", "Sowter"),
      tags=("hard-negative", "angry", "confuser", "complaint-with-urgent"))

c.add("complaint", subject="Raffle prize",
      sender=c.person("Janet", "Gregory"),
      body=f"""Dear {SEC},

I hate to be petty but I won the hamper in the summer fair raffle (ticket 274, pink) and was told it would be "dropped round". It is now October. I've asked Bev twice. I'm not that bothered about the hamper to be honest but my grandson is, he thinks I've been fibbing!

Janet Gregory""",
      tags=("mild",))

c.add("complaint", subject="Calderbrook branch is a private club",
      body="""I transferred into Calderbrook from Sheffield in the spring. I've now been to four branch meetings. At every one, the same five people sit at the top table and do all the talking, motions are "agreed by consensus" without a vote, and when I asked how I could get the agenda in advance I was told "it's usually the same as last time".

Last month I asked to put something on the agenda about the bus cuts and the chair said "we'll see". It didn't appear.

I'm not a troublemaker. I'm a 58 year old retired social worker who wants to do something useful. But this branch is run like a private members' club and I think the CLP should know about it before it drives off everyone who isn't already in the club.

Irene Calloway""",
      sender=c.person("Irene", "Calloway"))

c.add("complaint", subject="tuition fees vote",
      sender=("Josh Ellery", "josh.ellery05@gmail.com"),
      body="""hiya

so im 19 and i joined labour last year bc i thought you lot were against tuition fees going up. then the government literally put them up. and our MP voted for it?? i asked about it in the young labour group chat and someone said "thats just how it is". thats not an answer lol

like genuinely what is the point. i have £40k of debt and ive not even finished second year. can someone actually explain why we voted for this bc i keep getting asked by my mates and i look like an idiot defending it

josh""",
      tags=("confuser", "complaint-as-query", "noisy"))

c.add("complaint", subject="Parking outside school - promises",
      sender=c.person("Agnieszka", "Nowak"),
      body="""Good morning,

I am writing about problem with cars parking on pavement outside Hartsop primary school. Before the election one lady from Labour party came to my door and said if I vote for councillor Wragg he will fix this, he will put the yellow lines and the bollards. I voted. Now is one and half year and nothing is changed. Every morning I must walk with pushchair in the road because the pavement is full with cars. Last week my son was almost hit.

I wrote to councillor two times, no answer. Please, I want to know why is promised and not done. I am very disappointed. In my country also politicians promise and then nothing, I thought in England is different.

Agnieszka Nowak""",
      tags=("non-native", "confuser", "complaint-as-query"))

c.add("complaint", subject="Visit to the Dale End mosque",
      sender=("Tariq Mahmood", "tariq.mahmood1972@yahoo.co.uk"),
      body="""Dear Helen sahiba,

Assalamu alaikum. I am writing on behalf of the committee of Dale End Jamia Masjid. In March the MP office confirm to us she will visit the masjid after Jummah prayer on the 14th. We informed the whole community, around 300 people, many were coming specially to raise about Gaza and about the hate crime on Station Road. On the day nobody came. No phone call, no sorry, nothing. We have find out from the newspaper she was at a opening of a new coffee shop in Ashbourne the same afternoon.

Our community is voting Labour for three generations. My father was delivering Labour leaflets in 1970s. But the young ones are telling me "uncle why you are still with them", and after this what can I say to them.

We are requesting a proper explanation and a new date. We are not wanting a message from a junior staff.

Tariq Mahmood
General Secretary""",
      tags=("non-native",))

c.add("complaint", subject="Fwd: complaint re Wetton Vale councillor",
      sender=("Bev Sutcliffe", "bev.sutcliffe.wettonvale@gmail.com"),
      body=c.forward(
          f"""{SEC} - this came in to the branch address yesterday. I've acknowledged it but I think it's one for the CLP rather than me, as it's about a councillor. Happy to talk it through. Bev""",
          """Dear Wetton Vale Labour,

I am writing to complain about Councillor Ray Maddox. At the parish meeting last Wednesday he was openly dismissive of the residents who had come to speak about the quarry expansion, rolled his eyes while my neighbour was talking and at one point said "we've heard all this before, can we move on".

My neighbour is 84 and has lived opposite the quarry for 50 years. He was humiliated. Councillor Maddox may not agree with us but he was elected to represent us and he should show basic courtesy.

I would like to know what the party intends to do.

Susan Haworth
Quarry View, Wetton""",
          "Susan Haworth <s.haworth@aol.com>", "Complaint about Cllr Maddox"),
      tags=("forwarded",))

c.add("complaint", subject="New submission: Contact us",
      sender=c.form_robot(),
      reply_to=("Stuart Renshaw", "stuart.renshaw@virginmedia.com"),
      body=c.webform({
          "Name": "Stuart Renshaw",
          "Email": "stuart.renshaw@virginmedia.com",
          "Postcode": "DE6 9QX",
          "Subject": "MP vote on the welfare bill",
          "Message": """I voted for her. I knocked doors for her in 2024 with my lad. I'd like her to explain to me why she voted for a bill that will take £4,000 a year off my lad, who has cerebral palsy. A proper explanation, not a template letter about "fixing the foundations". I've had two of those already and they went in the recycling.""",
      }),
      tags=("webform",))

c.add("complaint", subject="Facebook page deleting comments",
      body="""Why is the CLP Facebook page deleting comments that disagree with the MP? I posted a perfectly polite comment under the post about the hospital funding asking why the walk-in centre was still closing, and within an hour it had gone. Two friends say the same happened to them.

I'm a member. I'm not a troll. I used my real name. If the page is going to be run as a PR channel that only allows praise, say so, but don't pretend it's a place for discussion.

Lorraine Cartledge""",
      sender=c.person("Lorraine", "Cartledge"),
      tags=("confuser", "complaint-as-query"))

c.add("complaint", subject="hustings format",
      sender=c.person("Neil", "Brocklehurst"),
      body="""Helen,

Quick one, and I'll raise it at EC too. The hustings for the county council selection was a farce. Forty minutes of candidates' prepared speeches, ten minutes for questions, and the questions were "pre-selected from submissions" by a person who turned out to be one candidate's agent.

Three of us had questions about the bus network. None was taken. One candidate's answer on SEND lasted six minutes and the chair let it run.

We need a proper format agreed in advance by the EC, not made up on the night.

Neil""",
      also=("procedural",))

c.add("complaint", subject="Removal from the ballot",
      sender=("Deborah Killick", "d.killick@killickassociates.co.uk"),
      body="""Ms Pryce,

I was notified on Friday that my nomination for the position of CLP Chair has been declared invalid on the grounds that I "had not been a member for 12 continuous months". This is incorrect. My membership lapsed for eleven days in February 2025 because my bank card expired, and was restored with full back-payment of arrears, which under the rules as I understand them preserves continuity.

I have the bank statements and the confirmation email from the membership team. I enclose neither at this stage.

I require the decision to be reversed and my name restored to the ballot before papers are issued on the 20th. If that is not done, you'll be hearing from my solicitor, and I will be asking the Regional Office why a CLP officer took it upon herself to disqualify a candidate without so much as a phone call.

Deborah Killick""",
      tags=("hard-negative", "legal-threat", "angry"))

c.add("complaint", subject="You lot",
      body="""you lot make me sick honestly. spent 3 weekends doing doors in the rain for the byelection and then i find out on the local news that the group has done a deal with the lib dems to give them the chair of planning. nobody asked members. nobody even told members. we were told on the doors "a labour council will protect the greenbelt" and now planning is chaired by the bloke who wants the bypass through hartsop woods

i'll make sure everyone in the branch knows exactly who agreed this and how. dont think it'll stay quiet

Darren""",
      sender=c.person("Darren", "Slack"),
      tags=("hard-negative", "angry", "noisy"))

c.add("complaint", subject="Re: Re: Youth officer",
      sender=c.person("Sophie", "Tunnicliffe"),
      body=c.quote_reply(
          """That's not really good enough though is it. I was told last month "the EC would look at it". I've now been told it's "not a CLP matter". It IS a CLP matter, he's the CLP youth officer.

He has not organised a single youth event in ten months. He does not reply to messages in the Young Labour group. Three of us have asked him to call a meeting so we can at least elect a committee and he has ignored us.

I'd like the EC to actually discuss this, with minutes, please.""",
          f"""Hi Sophie,

Thanks for your email. I understand your frustration. The youth officer role is an elected CLP position and any concerns would need to be raised through the proper channels. I'll let the Chair know you've been in touch.

{SEC}""",
          style="outlook"),
      tags=("quoted",))

c.add("complaint", subject="Chair's comment at the AGM",
      body="""Hi,

I'm a trans woman and a member in Ashbourne North. At the AGM on Saturday, during the vote for LGBT+ officer, the Chair referred to me twice as "he", and when another member corrected him he said "sorry, I can't keep up with it all" and people laughed.

I'm not looking for a huge drama. I've had enough of those. I want an apology from him and I want to know that the CLP will do something so it doesn't happen to the next person. I'd also like to know what the CLP's process is for this sort of thing, because I genuinely couldn't find it anywhere.

Jess""",
      sender=("Jess Amberley", "jess.amberley@protonmail.com"),
      also=("query",))

c.add("complaint", subject="URGENT: complaint made in April - still no response", tags=("confuser", "complaint-with-urgent"),
      sender=c.person("Harpreet", "Sandhu"),
      body=f"""Dear {SEC},

In April I submitted a written complaint about comments made at a branch meeting by another member about Sikh and Muslim members "sticking together". I submitted it, as advised, through the national complaints portal and copied you in.

It is now November. I have received one automated acknowledgement and nothing since. I have been told by two people that the member concerned is now standing for branch chair.

I appreciate the CLP doesn't investigate. But I would like the CLP to chase it, and I'd like to know that somebody in this party thinks it matters.

Harpreet Sandhu""")

c.add("complaint", subject="URGENT council tax up 4.99% - explain",
      body="""Please can someone in the Labour group explain why my council tax has gone up by 4.99% AGAIN while the brown bin charge has gone up to £65 AND the library is closing?? What exactly am I paying more for?

Im not a member, I just vote labour. Or did.""",
      sender=c.person("Kevin", "Toplis"),
      tags=("confuser", "complaint-as-query", "complaint-with-urgent"))

c.add("complaint", subject="Treatment of the Unite delegate",
      sender=("Paul Critchlow", "p.critchlow@unitetheunion-branch.org.uk"),
      body=f"""Dear {SEC},

I'm the branch secretary for the local Unite community branch, which affiliates to the CLP and sends two delegates to the GC.

Our delegate, Sister Maria Dunn, has reported that at the last meeting she was challenged at the door and told she couldn't vote because her credentials "hadn't been received". They were sent on the 2nd of last month from this address, and I have the sent email. She was then left to sit at the back for an hour while the Chair "checked".

Affiliated delegates are not second-class participants. I'd ask that the CLP confirms in writing that her credentials are in order and that this won't happen again.

In solidarity,
Paul Critchlow""",
      also=("procedural",))

c.add("complaint", subject="Sunday morning door knocking",
      body="""Is it really necessary to knock on doors at 9.45 on a Sunday morning? Some of us are at church and some of us are having the one lie-in of the week. My husband works nights. Two of your people rang the bell three times and then knocked on the window.

Please have a word.""",
      sender=c.person("Hazel", "Mather"))

c.add("complaint", subject="URGENT car across my drive", tags=("confuser", "complaint-with-urgent"),
      sender=c.person("Terry", "Blackwell"),
      body="""One of your canvassers parked a silver Corsa with a Labour poster in the back window across my drive on Sycamore Rise this morning from about 10 until 12.15. I couldn't get out to take my wife to her hospital appointment and we had to get a taxi. I went round half the street looking for the owner.

I don't want an apology letter, I want it not to happen again.

T Blackwell""")

c.add("complaint", subject="£45 for the dinner??",
      body="""Hello,

I've just seen the invitation for the CLP annual dinner. £45 a head, plus "suggested donation" for the raffle. I'm a pensioner on a £4.38 reduced rate membership and I'd have loved to come, as I did every year when it was a pie and peas do at the Miners Welfare.

I understand we need money for the election. But a party for working people pricing out the people who've been members the longest doesn't feel right. Could there not be a concession rate? Or is that not the kind of people you want there any more?

Eileen Moss""",
      sender=c.person("Eileen", "Moss"),
      tags=("confuser", "complaint-as-query"))

c.add("complaint", subject="ALL CAPS BECAUSE NOBODY LISTENS",
      body="""I HAVE NOW WRITTEN FOUR TIMES ABOUT THE 199 BUS. FOUR. THE COUNTY HAS CUT IT TO TWO A DAY AND I CANNOT GET TO MY DIALYSIS IN DERBY WITHOUT A £60 TAXI. YOUR COUNCILLOR SAID AT THE ELECTION HE WOULD "FIGHT LIKE HELL" FOR RURAL BUSES. WHERE IS THE FIGHT. WHERE IS HE.

i am sorry for shouting but i dont know what else to do.

arthur pegg, 71""",
      sender=("Arthur Pegg", "arthurpegg@aol.com"),
      tags=("hard-negative", "metaphor", "angry", "noisy"))

c.add("complaint", subject="Quarry closure and the MP",
      sender=c.person("Gareth", "Holme"),
      fmt="alt",
      body="""Helen,

Forty-one jobs went at Dale Quarry on Friday. I was one of them. Twenty-six years.

Our MP put out a statement saying she was "disappointed" and "in contact with the company". She hasn't been to the site. She hasn't met the union. She hasn't met any of us. The Tory candidate was at the gate by 11am with a flask of tea. Think about that.

I'm not writing to rant. I'm writing because I want the CLP to pass a motion calling on her to meet the workforce, and I want to know which branch I should send it through. But mostly I want somebody to understand how this looks from where I'm sitting.

Gareth Holme
(for now) Kingsmoor branch""",
      also=("procedural",))

c.add("complaint", subject="No-one at the vigil",
      body=f"""{SEC},

Last Thursday there was a candlelit vigil in Ashbourne market place for the two lads killed on the Hartsop road. Four hundred people. The vicar, the imam, the Lib Dem councillors, the Tory candidate, the football club. Nobody from Labour. Not one councillor, not one officer, not a message read out.

People noticed. I was asked three times "where's your lot". I didn't have an answer. 

I'm not expecting anything back, I just think someone at the top of this CLP ought to know how it felt.

Wendy""",
      sender=c.person("Wendy", "Bagshaw"))

c.add("complaint", subject="Newsletter photo",
      sender=c.person("Michael", "Twigg"),
      body="""Hello - the autumn newsletter has a photo on page 2 captioned "Labour volunteers clearing the Hartsop brook". That was the Hartsop Conservation Volunteers, a non-political group. I'm the chair. None of us are Labour members and at least two are Conservative councillors' spouses.

We've had a couple of unhappy emails from members thinking we've "gone political". Please print a correction in the next issue and please ask before using our photos in future.

Michael Twigg, Chair, HCV""")

c.add("complaint", subject="URGENT - third email", tags=("confuser", "complaint-with-urgent"),
      body="""Third email. Won't be a fourth.

I asked in July whether the CLP would support the bin workers' strike fund. I asked in August. I was told it would go to the EC. I've now seen the EC minutes for September and October. It isn't mentioned.

You could just say no. That would at least be honest.

M. Chadwick
GMB""",
      sender=c.person("Mandy", "Chadwick"))

c.add("complaint", subject="A very disappointed lady",
      sender=("Valerie Swindell", "val.swindell@btinternet.com"),
      fmt="html",
      html_body="""<html><body><div style="font-size:16px;font-family:Georgia">Dear Mrs Pryce<br><br>
I was very disappointed to receive a letter from the party addressed to my late husband <b>Harold</b> asking him to "renew his support". Harold passed in January and I rang the number at the time to let you know.<br><br>
Then at the coffee morning in the Methodist hall a gentleman from your branch asked me where Harold was. When I told him, he said "oh I thought he'd just stopped coming".<br><br>
Harold was a member for 52 years. He was branch treasurer when you were still at school. I would have thought someone might have sent a card.<br><br>
Yours sincerely<br>Valerie Swindell (Mrs)</div></body></html>""",
      body="",
      tags=("html-only",))

c.add("complaint", subject="Hatchet job on the leisure centre",
      body="""Helen, the council's budget plan takes a hatchet to the leisure centre, the youth service and the rural bus subsidy in one go. And the Labour group whipped everyone to vote for it without a single amendment.

I know there's no money. I know it's the fault of fourteen years of Tory austerity. I've said it on the doorstep a thousand times. But when Labour councillors vote through the exact cuts we campaigned against, I can't say it anymore with a straight face.

I want the group leader to come to GC and answer questions. This isn't a request for a "briefing note".

Steve Bunting
Chair, Dale End branch""",
      sender=c.person("Steve", "Bunting"),
      tags=("hard-negative", "metaphor"))

c.add("complaint", subject="bad experience at the quiz",
      sender=c.person("Ioana", "Popescu"),
      body="""Hello,

I came to the quiz night of Labour on Friday with my husband, was our first time at any Labour event. We are members since 4 month. When I went to the table and said hello, one man asked me "and where are you from originally" and when I said Romania he said "ah, are you here for the strawberries" and his friends laugh. My husband said nothing because he didn't want problem. 

I don't think he is bad person, maybe he was thinking it is joke. But for me it was not a joke, and nobody at the table said anything. I think I will not come again to this events. I write only so you know.

Ioana""",
      tags=("non-native",))

c.add("complaint", subject="Why did the EC refuse to nominate",
      body="""I'd like to know why the EC decided, without consulting GC, that the CLP would not make a nomination in the NEC elections this year. Two branches had asked for a nominations meeting. The decision was taken at an EC with five people present.

This isn't a question, it's a complaint, though I'd still like the answer.

Owen Trafford
Hillcote branch""",
      sender=c.person("Owen", "Trafford"),
      also=("procedural",),
      tags=("confuser", "complaint-as-query"))

c.add("complaint", subject="Poor response from MP's caseworker",
      sender=("Zainab Yusuf", "zainab.y@outlook.com"),
      body="""Dear Helen,

I contacted the MP's office in August about my mother's visa, which has been with the Home Office for 14 months. The caseworker replied once to say she had "made an enquiry" and has not answered my three follow up emails.

My mother is 72, in Mogadishu, unwell, and alone. I know the CLP is not the MP's office but I don't know who else to tell. I'm paying my membership, I volunteered at the election, and I feel completely brushed off.

Please could someone at least push the office to reply to me.

Zainab Yusuf""")

c.add("complaint", subject="Re: Your membership renewal",
      sender=c.person("Richard", "Bainbridge"),
      body=c.quote_reply(
          """Renew? You're joking. 

Not while the government is cutting disability benefits and keeping the two child cap. Take me off the renewal reminders, I'm not coming back until something changes. And you can pass that on to whoever in London reads these.""",
          """Dear Richard,

We noticed your Labour membership has lapsed. We'd love to have you back — our movement is stronger with you in it. Renew today from just £1.25 a month.

Helen Pryce, on behalf of Ashbourne & Dale CLP""",
          style="bottom"),
      also=("data-protection",),
      tags=("quoted", "leaving-party"))

# ======================================================================================
# QUERIES
# ======================================================================================

c.add("query", subject="next branch meeting?",
      body="""hi when's the next Kingsmoor branch meeting and where? cheers, ian""",
      sender=c.person("Ian", "Critchley"))

c.add("query", subject="Joining - which branch would I be in?",
      sender=c.person("Naomi", "Wheatcroft"),
      body="""Hello,

I joined the party online last week (membership number should come through soon apparently). I've just moved to Upper Calderbrook, postcode DE6 4LR. Could you tell me which branch and ward I'd be in, and how I'd find out about meetings? I'd like to get involved but don't know anyone locally yet.

Thanks very much,
Naomi""")

c.add("query", subject="Volunteering",
      body="""Hi there

I'm not really a "meetings" person but I'd like to help in the run up to May. I can drive and I've got a big car, could do lifts for people to polling stations or drop leaflets off to the rural deliverers. I've got most Saturday mornings free. Who should I talk to?

Rob Hancock""",
      sender=c.person("Rob", "Hancock"))

c.add("query", subject="URGENT - membership card",
      sender=c.person("Brian", "Twells"),
      body="""Hi I joined 3 weeks ago and havent got my card yet. Do I need it to come to the meeting on the 19th? Or can I just turn up. 

Brian""",
      tags=("confuser", "query-with-urgent"))

c.add("query", subject="Reduced rate membership",
      body="""Good evening,

I've recently been made redundant and money is tight. I'd like to stay a member but the standard rate is a bit much at the moment. Is there a reduced rate for people who are unwaged, and can I switch to it without losing my continuous membership (I'm hoping to stand for branch secretary next year)?

With thanks,
Gareth Sheldon""",
      sender=c.person("Gareth", "Sheldon"))

c.add("query", subject="hearing loop?",
      sender=("Pat Boden", "patboden@talktalk.net"),
      body="""Dear Helen, I'm quite hard of hearing now and I struggled at the last GC to follow anything from the back. Does the Methodist hall have a hearing loop, and if so could it be switched on? If not, would it be alright if I sat right at the front near the Chair? I don't want to make a fuss. Pat""")

c.add("query", subject="Can I bring my partner?",
      body="""Hey, is it OK to bring my partner along to the Christmas social on the 13th? She's not a member (yet!) but she's keen. Do we need to buy an extra ticket or just pay on the door?

Thanks - Callum""",
      sender=c.person("Callum", "Fraser"))

c.add("query", subject="Change of address",
      sender=c.person("Margaret", "Allsop"),
      body="""Dear Secretary

I have moved from 12 Field Lane, Millthorpe to Flat 3, The Maltings, Church Street, Ashbourne. Can you please tell me whether I need to tell anyone else about this, and whether I will now be in a different branch? I should like to keep receiving the newsletter by post as I don't use the computer much (my son is sending this).

Yours faithfully
Margaret Allsop""")

c.add("query", subject="Becoming a councillor",
      body="""Hi Helen,

This might be a silly question but how does someone become a Labour council candidate? I've been a member for about a year, I've been out canvassing quite a bit, and a couple of people have said I should think about it for the district elections. I have literally no idea where to start - is there an application, training, do I need to be nominated by my branch?

Any pointers appreciated, and sorry if this is the wrong person to ask.

Amara Okoye""",
      sender=c.person("Amara", "Okoye"))

c.add("query", subject="Membersnet login",
      sender=c.person("Denise", "Salt"),
      body="""Hiya, I can't get into Membersnet. It keeps telling me my email isn't recognised but it's the one I joined with. I've tried the password reset thing about five times. Is there someone at the CLP who can check what email I'm registered under or do I have to ring London? Thanks, Denise x""")

c.add("query", subject="Direct debit change",
      body="""Hello, I've changed banks. How do I move my membership direct debit over? Will it get switched automatically with the bank switching service or do I need to do something on the Labour website? I don't want to end up in arrears.
Cheers
Luca""",
      sender=c.person("Luca", "Ferraro"))

c.add("query", subject="young labour",
      sender=("Chloe Haslam", "chloeh.2008@gmail.com"),
      body="""hi!! im 17 and just joined, is there a young labour group in ashbourne & dale? or do i just go to the normal meetings. also can i go canvassing if im under 18? my mum says she'll come with me the first time lol

chloe""",
      tags=("noisy",))

c.add("query", subject="LGBT+ group",
      body="""Hi, does the CLP have an LGBT+ officer or group? I've recently come out and joined the party and I'd like to meet other LGBT+ members if possible. I'm a bit nervous about just showing up to a general meeting. Is there a contact you could pass on?

Thanks,
Ryan""",
      sender=c.person("Ryan", "Beardmore"))

c.add("query", subject="Childcare at GC",
      sender=c.person("Siobhan", "Carr"),
      body=f"""Hi {SEC},

I've been elected as a GC delegate for Hillcote (yay!) but I've got a 3-year-old and a baby, and my partner works evenings. Does the CLP offer any help with childcare costs for delegates? I think I read somewhere that the party has a policy on this. Or would it be OK to bring the baby to the meeting? She mostly sleeps.

Thanks,
Siobhan""")

c.add("query", subject="Borrowing the banner",
      body="""Morning Helen - Dale End branch would like to borrow the big CLP banner for the Remembrance parade? Not to march with obviously, for the wreath-laying bit. Who has it at the moment and can we collect it the week before?
Steve B""",
      sender=c.person("Steve", "Bunting"))

c.add("query", subject="non-member canvassing",
      sender=c.person("Hamza", "Akhtar"),
      body="""Hello, my cousin is staying with me for the next month and she's really into politics, she's a member in Bradford. Can she come out canvassing with our branch on Saturday even though she's not a member here? Also she has a question about whether she needs to do any training first.

Hamza""")

c.add("query", subject="Transferring from Sheffield Central",
      body="""Hello,

I've moved from Sheffield to Ashbourne for work. I'm a member in Sheffield Central CLP at the moment and I'm on their GC. What's the process for transferring? Does it happen automatically when I update my address, and is there a waiting period before I can vote at meetings here?

Many thanks,
Jasmine Chowdhury""",
      sender=c.person("Jasmine", "Chowdhury"))

c.add("query", subject="Next campaign day",
      sender=c.person("Tom", "Gratton"),
      body="""Alright Helen. Any idea when the next big campaign day is? Me and the lad want to come out. He's just passed his test so he can drive us. We're in Wetton. Tom""")

c.add("query", subject="Window posters",
      body="""Hi, could I get a couple of the red "Vote Labour" window posters for our front window and one for my mum's next door? Do I pick them up or do you deliver? We're on Church Street in Millthorpe. Thanks, Anna""",
      sender=c.person("Anna", "Weston"))

c.add("query", subject="how to see the MP",
      sender=("Yusuf Abdi", "yusuf.abdi88@hotmail.com"),
      body="""Hello sister,

I want to ask how I can see the MP for a meeting. I have problem with my housing, the council is not helping, and my friend told me to ask Labour party. Is there a day she is coming to our town? What documents I should bring? I am working until 5 every day but I can come on Saturday.

Thank you very much
Yusuf""",
      tags=("non-native",))

c.add("query", subject="Donating",
      body="""Dear CLP,

My father, a member for many years, passed away in the summer and left a small sum (£500) in his will to "the local Labour Party". The solicitor has asked me who the cheque should be made out to and where to send it. Could you let me know? He'd also have liked it to go towards something in Millthorpe if possible - is that something we can request?

Kind regards,
Simon Needham""",
      sender=c.person("Simon", "Needham"))

c.add("query", subject="Standing orders",
      sender=c.person("Deepak", "Raval"),
      body="""Hi Helen, do you have a current copy of the CLP standing orders? The one on the website says "draft 2019" and I'm not sure if it's the latest. I'm trying to work out how many days' notice is needed for an emergency motion. Thanks, Deepak""")

c.add("query", subject="parking at the Methodist hall",
      body="""Is there parking at the Methodist hall for the AGM? My knees aren't great and I can't walk far from the main car park. Thanks - Moira""",
      sender=c.person("Moira", "Lees"))

c.add("query", subject="URGENT URGENT",
      sender=("Irene Wragg", "irenewragg@aol.com"),
      body="""Helen dear, I have lost the paper with the date of the AGM, is it the 22nd or the 29th? I want to put it on the calendar before I forget again. Irene""",
      tags=("confuser", "query-with-urgent"))

c.add("query", subject="Signer for the public meeting",
      body="""Hi,

I'm Deaf and a Labour member. I saw the CLP is holding a public meeting about the health service with the MP next month. Will there be a BSL interpreter? If not, could one be booked? I can suggest an agency that covers Derbyshire if that helps. I'd need at least two weeks' notice to arrange transport.

Thanks
Jacqueline Roe""",
      sender=c.person("Jacqueline", "Roe"))

c.add("query", subject="14 yr old joining",
      sender=c.person("Sharon", "Eyre"),
      body="""My son (14) is desperate to join the Labour party, he's been watching PMQs every week since the election (!). Is he allowed to join at 14 and is there a youth rate? And is it safe for him to come to meetings - i.e. are they suitable for a teenager, would I need to come with him? Sorry, lots of questions. Sharon""")

c.add("query", subject="affiliating our union branch",
      body=f"""Dear {SEC},

I'm secretary of the Ashbourne branch of Unison (health). A few of our members have asked whether we could affiliate to the CLP. What's the process, what does it cost, and how many delegates would we be entitled to? We have about 140 members living in the constituency.

Best,
Karen Woolley""",
      sender=c.person("Karen", "Woolley"))

c.add("query", subject="Why have I not had any emails?",
      sender=c.person("Sean", "Doherty"),
      body="""Hi. Genuine question, not a moan - I joined in June and I haven't had a single email from the CLP or my branch. Friends in other areas say they get loads. Am I on the list? Is there a list? Is there something I need to sign up to?

Sean""",
      tags=("confuser", "query-as-complaint"))

c.add("query", subject="Christmas quiz team",
      body="""Hi Helen! Is it teams of 6 for the quiz again this year? We've got 7 this time, could we squeeze one more on or is that cheating lol. Also is it bring your own booze again? Jan""",
      sender=c.person("Janet", "Gregory"))

c.add("query", subject="proxy vote",
      sender=("Bill Hinds", "bill.hinds@btinternet.com"),
      body="""Helen,

I'll be in hospital for a hip op when the county elections come round. How do I go about getting a proxy vote, and can my daughter in Matlock be my proxy even though she doesn't live in the constituency? I gather the deadline is a few weeks before, so I'm asking in good time.

Regards
Bill Hinds""")

c.add("query", subject="Where does my subs go?",
      body="""This might be a daft question. Of my membership fee, how much actually comes to the CLP? Someone at branch said it's pennies and that the CLP survives on the raffle. Is that true? Just curious really, not stirring.

Val""",
      sender=c.person("Val", "Hardy"),
      tags=("confuser", "query-as-complaint"))

c.add("query", subject="Co-op Party",
      sender=c.person("Lewis", "Hand"),
      body="""Hi - can I be a member of the Co-op Party as well as Labour? And does the CLP have a Co-op Party branch or contact? I'd like to get involved with that side too. Thanks, Lewis""")

c.add("query", subject="dog",
      body="""Is it ok if I bring my dog to the branch meeting in the pub? She's very quiet and just sleeps under the table. Don't want to upset anyone if people have allergies. Zofia""",
      sender=c.person("Zofia", "Kaminska"))

c.add("query", subject="Leaflet round near me?",
      sender=c.person("Emma", "Pidcock"),
      body="""Hi, I'd like to do a leaflet round. I live on Beech Avenue in Hillcote and walk the dog twice a day anyway so I might as well be useful! Is there a round going near me? How many leaflets is it usually and how often? Shoot me a text on 07700 900233 if easier. Emma""",
      tags=("hard-negative", "benign-violent-word"))

c.add("query", also=("complaint",), subject="Why were there no minutes?",
      body="""Hi Helen. I'm a bit confused - I looked for the minutes of the last two branch meetings on the shared drive and there's nothing there. Are minutes taken for branch meetings? Is there somewhere else I should be looking? I'd like to check what was decided about the Christmas leafleting.

Thanks,
Gary""",
      sender=c.person("Gary", "Hobson"),
      tags=("confuser", "query-as-complaint"))

c.add("query", subject="Re: branch meeting",
      sender=c.person("Chris", "Wilde"),
      body=c.quote_reply(
          """Thanks! Sorry, one more - is it ok to turn up late? I finish work at 7 so I'd probably get there about 7.30. Don't want to walk in on someone mid-speech.""",
          """Hi Chris, the next Ashbourne North branch meeting is on Wednesday 12th at 7pm, upstairs at the Green Man. All welcome. Helen""",
          style="gmail"),
      tags=("quoted",))

c.add("query", subject="New submission: Get involved",
      sender=c.form_robot(),
      reply_to=("Abdul Rahim", "abdul.rahim.uk@gmail.com"),
      body=c.webform({
          "Full name": "Abdul Rahim",
          "Email": "abdul.rahim.uk@gmail.com",
          "Phone": "07700 900418",
          "Ward / village": "Hartsop Bridge",
          "I'm interested in": "Delivering leaflets; Social media",
          "Anything else?": "Do I need to be a member to help with the social media side? I do graphics for a living and your posts could do with a bit of love (no offence!)",
      }, form="Get involved"),
      tags=("webform",))

c.add("query", subject="translation",
      sender=("Marek Zielinski", "marek.zielinski@wp.pl"),
      body="""Hello,

I am member of party from two months. My wife is also interested but her English is not so good, she is speaking Polish. Is there any information about party in Polish? Or is there maybe other Polish members in this area which she can talk to? We live in Millthorpe near the Tesco.

Thank you
Marek""",
      tags=("non-native",))

c.add("query", subject="membership arrears",
      body="""Dear Sir/Madam

I have a letter saying I'm in arrears of £14.50 and that I won't be able to vote in the selection unless I pay it by the end of the month. I thought I'd paid annually in March. Could you tell me how I check, and who I pay if I do owe it? I don't want to miss the selection.

Thank you
R. Pegg""",
      sender=c.person("Ruth", "Pegg"))

c.add("query", subject="Question re: hustings",
      sender=c.person("Mehmet", "Yilmaz"),
      body="""Hi, for the hustings on Friday can members submit questions in advance or is it just from the floor? And will it be recorded for people who can't come? Mehmet""")

c.add("query", subject="Gift aid",
      body="""Hi, quick one: when I donate to the CLP can I gift aid it? I assume not as it's not a charity but thought I'd check. Also is there a limit on how much an individual can give before it has to be declared somewhere? Thinking of giving a bit more before the election. Richard""",
      sender=c.person("Richard", "Tomlinson"))

c.add("query", subject="Zoom link?",
      sender=c.person("Liz", "Gilman"),
      body="""hello, I've been asked to join the policy forum discussion on Thursday but I can't find a zoom link anywhere, is there one? I'm stuck at home with covid. liz""")

c.add("query", subject="Count volunteers",
      body="""Hi Helen

Is the CLP looking for people to be counting agents at the district election count? I did it once in Sheffield and really enjoyed it. What would I need to do and when would I need to let you know by?

Thanks
Kofi""",
      sender=c.person("Kofi", "Appiah"))

# ======================================================================================
# URGENT (genuinely due today / tomorrow)
# ======================================================================================

c.add("urgent", subject="Tonight - Methodist hall have cancelled on us",
      sender=("Bev Sutcliffe", "bev.sutcliffe.wettonvale@gmail.com"),
      body=f"""{SEC} - just had a call from the caretaker at the Methodist hall. There's been a burst pipe in the ceiling over the main room and they've shut the building. We've got the GC there at 7.30 TONIGHT.

Options I can think of: the Fox back room (I've rung, they can do it but want £40 and it only seats about 30), or the Scout hut if Alan can get the key. Can you ring me as soon as you see this? 07700 900561. We need to get an email out by about 4 at the latest or people will turn up at a locked door.

Bev""")

c.add("urgent", subject="leaflets - collection 8am tomorrow",
      body="""Helen,

Printer has just confirmed the 12,000 by-election leaflets are ready but they can't deliver (driver off sick). They need them collected from the unit in Belper by 8am tomorrow because they're closed Saturday and Sunday and the leaflets are due out this weekend. 

I can't do it - I'm on an early shift. Is there anyone with a van or a big estate car who can do it first thing? It's about 20 boxes. If we don't get them tomorrow we lose the weekend.

Neil""",
      sender=c.person("Neil", "Brocklehurst"))

c.add("urgent", subject="Press query - Dales Courier deadline 3pm",
      sender=("Rachel Blount", "r.blount@dalescourier-news.co.uk"),
      body="""Hi Helen,

I'm writing a piece for tomorrow's paper about the decision to close Millthorpe library and I'd like a comment from the local Labour party, given the council is Labour-controlled and several of your members have publicly criticised it.

My deadline is 3pm today. Happy to take a short statement by email or a quick call on 01332 960 412.

Thanks,
Rachel Blount
Chief Reporter""")

c.add("urgent", subject="Nomination papers - by-election - close noon tomorrow",
      body=f"""Hi {SEC},

Just checked with Democratic Services. Nomination papers for the Calderbrook by-election close at 12 noon TOMORROW, not Friday as we thought. We still need two more assentors on the form - signatures from registered electors in the ward - and Alison hasn't signed the consent to nomination yet.

I can take the form round tonight if you can send me a couple of names of members in the ward who are likely to be in. Then it needs to be hand delivered to the Town Hall by 11 at the latest to give time if they find a problem.

Declan""",
      sender=c.person("Declan", "Feeney"))

c.add("urgent", subject="URGENT - count tonight - keyholder ill",
      sender=c.person("Alan", "Riley"),
      body="""Helen, Barry's been taken into hospital this afternoon (he's OK, suspected gallstones). Problem is he has the keys to the office AND the box with all the count passes and the tally sheets for tonight's count. His wife says she can't find the keys. The count starts at 10.

Can you ring Mrs Tonge? You know her better than I do. Or does anyone else have a spare? Failing that we'll need to get the returning officer to reissue passes, which means ringing them before 5.

Alan""")

c.add("urgent", subject="Speaker pulled out - tonight",
      body="""Hi Helen

Sorry to do this on the day. The shadow... sorry, I mean the minister's office has just rung to say she can't do tonight's fundraiser at the Bell - vote in the Commons has been moved. 60 tickets sold. 

Could you ask whether the MP would step in? Or the council leader? Either would do, I just need someone who can talk for 15 minutes and pull the raffle. Can you let me know by 5?

Wendy""",
      sender=c.person("Wendy", "Bagshaw"))

c.add("urgent", subject="Polling day tellers - SHORT",
      sender=c.person("Alan", "Riley"),
      body="""Tomorrow's by-election: we have nobody telling at Hartsop school polling station from 7am to 10am or 2pm to 5pm. Also the committee room at Marsh Lane hasn't got a second knocker-up for the evening. Can you put out a plea to the all-members list this afternoon? Lists go out at 6.30am tomorrow. Alan""")

c.add("urgent", subject="Postal vote - form has to be in by 5pm",
      body="""Helen

Mrs Ince has just phoned me in a panic. Her postal vote application for the by-election needs to be with the electoral registration office by 5pm TODAY and she's filled it in but can't get to the post office (she can't get out because of the wheelchair and the lift's broken at the flats). Is there anybody in the Marsh Lane area who could pick it up and drop it at the council offices in the next couple of hours?

Pauline""",
      sender=c.person("Pauline", "Cresswell"))

c.add("urgent", subject="double booked",
      sender=c.person("Jean", "Roome"),
      body="""Helen love, the school hall we booked for the candidate's meeting tomorrow night has ALSO been booked by the PTA for their bingo. The head has only just realised. She says the PTA booked first. So we have no room tomorrow. 

Can you have a look for somewhere else, or do we put it back a week? Candidate has already put it on her Facebook. Ring me, don't email. Jean""")

c.add("urgent", subject="Radio Derby 7.10am tomorrow",
      body="""Helen - BBC Radio Derby have just been on. They want someone from the local party to go on the breakfast show tomorrow at 7.10 about the quarry closure, live, about four minutes. They need a name by 6pm tonight or they'll just use the Tory statement.

I'm not the right person (I'd lose my temper). Can you or the Chair do it, or can you find someone who can? They can do it down the phone.

Gareth""",
      sender=c.person("Gareth", "Holme"))

c.add("urgent", subject="cheque for printer",
      sender=("Sue Brassington", "sue.brassington@btinternet.com"),
      body="""Helen,

The printer won't release the by-election leaflets tomorrow unless they've been paid - new policy after someone else didn't pay. They want a bank transfer today. I can set it up online but it needs a second authoriser on the account and you're the only other one. £1,140.30 to Peakland Print Ltd.

Can you log in and approve it before the end of today? Otherwise the leaflets sit there all weekend.

Sue (Treasurer)""")

c.add("urgent", subject="Gazebo for the gala tomorrow",
      body="""Hi

The Wetton Gala is tomorrow (stall set up from 9.30). We've just found out the gazebo has a broken leg - Jim tried to put it up in his garden this afternoon. Does anyone have one we can borrow? Or could the CLP buy one today? Argos has a 3x3 for £70. Forecast is rain.

Cheers, Tom""",
      sender=c.person("Tom", "Gratton"))

c.add("urgent", also=("procedural",), subject="Conference delegate registration closes midnight",
      sender=c.person("Naomi", "Wheatcroft"),
      body=f"""Hi {SEC},

Just a nudge - I got an email from the conference team saying CLP delegate registration closes at midnight tonight. I'm elected as our delegate but I can't complete the registration until the CLP secretary confirms me on the system. Could you do it this evening? Otherwise we don't have a delegate.

Thanks so much,
Naomi""")

c.add("urgent", subject="Flooded - URGENT",
      body="""Helen - the river's over at Dale End and the road to the community centre is shut. Police have closed it. Tonight's branch AGM can't happen there. Can you email everyone to say it's postponed? I'm stuck at home myself and my laptop's at work. Thanks, Steve""",
      sender=c.person("Steve", "Bunting"))

c.add("urgent", subject="MP visit tomorrow - no-one to meet her at the station",
      sender=("Hannah Lowe", "hannah.lowe@parliament-office.example.uk"),
      body=f"""Dear {SEC},

I'm in the MP's parliamentary office. She's confirmed for the visit to the Quarry Workers' meeting in Kingsmoor tomorrow, arriving on the 10.47 into Matlock. Our local caseworker is now off sick so we have nobody to collect her and drive her to Kingsmoor for 11.30.

Could the CLP arrange a driver? I need to confirm the name and a mobile number to her by 7pm tonight.

Many thanks,
Hannah Lowe
Diary Manager""")

c.add("urgent", subject="Re: Keys for tonight",
      sender=c.person("Brian", "Hulme"),
      body=c.quote_reply(
          """Helen I've just got back and Eileen didn't leave the keys under the pot like she said. There's nothing there. Meeting's at 7. Do you know who else has a set?? I'm outside now""",
          """Brian - Eileen is leaving the hall keys under the blue pot by the side door for you this afternoon. Can you open up by 6.45? H""",
          style="gmail"),
      tags=("quoted",))

c.add("urgent", subject="Can't get into the office - leaflets for tomorrow",
      body="""Helen, the landlord's changed the locks on the office (something about the lease, I've left a message). All the leaflets for tomorrow morning's delivery are inside, plus the rosettes. Deliverers meet at 9am at the office. Any idea who I ring? If we can't get in tonight I'll need to tell 20 people not to come.

Bilal""",
      sender=c.person("Bilal", "Hussain"))

c.write()
