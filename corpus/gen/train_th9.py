"""train/th9: long, formal and institutional mail (Kelvin North CLP, Dalmore & Lambhill). Hand-written content."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "th9", seed=1809)
SEC_FULL, SEC_ADDR = c.secretary()
SEC = SEC_FULL.split()[0]
CLP = c.clp[0]

# ---------------------------------------------------------------------------------------
# SAFETY
# ---------------------------------------------------------------------------------------

c.add("safety", subject="Police Scotland - incident at Dalmore Community Council meeting - information request",
      sender=("PC 4471 Gillian McPhee", "gillian.mcphee@scotland.police.example.uk"),
      body=f"""Dear Mr Rennie,

I am the community officer for Dalmore and Lambhill Cross. I am writing in connection with an incident which took place at the Dalmore Community Council meeting on Monday evening, at which Councillor Graeme Orr, a Labour councillor for the ward, was present as an ex officio attendee.

I understand from Councillor Orr that the man involved may be a member of your party, and I would be grateful for your help.

At approximately 20:10, during an item on the council's proposal to close the Dalmore recycling centre, a member of the public stood up and began shouting at Councillor Orr. Witnesses state that he said, among other things: "You're finished, Orr. You and your family. I know the street, I know the motor, and I know you walk that dog on your own at night. See when it's dark, you'll not see me coming." He then left the hall. The community council chair called the police.

We are treating this as a potential offence of threatening or abusive behaviour under section 38 of the Criminal Justice and Licensing (Scotland) Act 2010. Enquiries are ongoing and a man has been identified.

Councillor Orr has told me that he believes the man, whom he knows by name, has attended Labour Party branch meetings in Dalmore in the past year, and may still be a member. I would be grateful if you could:

1. confirm whether a Mr Kenneth Baird, of Dalmore, holds membership of the party locally, and whether he has attended any meetings in the past six months;
2. let me know of any other contact the CLP has had from him, including emails, social media messages or letters;
3. inform me in advance of any public party event in Dalmore or Lambhill Cross that Councillor Orr is expected to attend over the next two months.

I appreciate there may be data protection considerations, and I can provide a formal request under the appropriate exemption if required.

Kind regards,

PC 4471 Gillian McPhee
Community Policing Team, Dalmore & Lambhill Cross
Police Scotland

OFFICIAL. This email and any attachments are intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
""",
      tags=("third-party-report", "explicit", "stalking"))

c.add("safety", subject="Re: yer leaflet",
      sender=("Big Tam", "tam.mcgarrigle1968@hotmail.co.uk"),
      body=c.quote_reply(
          """Aye very good Mr Secretary. Thanks fur yer "reply". Two lines. Took ye three weeks.

Ah'll put this as polite as ah can since ye like things polite.

Yer cooncillor Morrison stood at ma door in April n said the Acre Road centre wid stay open. Ah've got it on ma phone. Noo it's shut. Ma maw went there every day, it wis the only place she saw folk. She's been in her hoose on her ain since August.

Ah'm no gonnae waste ma time wi emails. Ye can tell Morrison fae me, he's gettin a visit. No a leaflet, a visit. Ah know his close in Bellfield, ah know his motor, ah know he comes hame fae the chambers aboot seven on a Tuesday. He'll no see me comin n he'll no enjoy it when ah get there. Ye'll get whit's comin tae ye Morrison, you n yer pals.

Dinnae bother sendin the polis roon. Ah'm no feart o them.

Tam McGarrigle""",
          f"""Dear Mr McGarrigle,

Thank you for your email. I have passed your concerns on to Councillor Morrison, who will be in touch.

Kind regards,
Jamie Rennie
Secretary, {CLP}""",
          quoted_from=f"{SEC_FULL} <{SEC_ADDR}>", style="gmail"),
      tags=("quoted", "noisy", "explicit", "stalking"))

c.add("safety", subject="New submission: Request a surgery appointment",
      sender=c.form_robot(), reply_to=("Derek Lauder", "dlauder.dalmore@gmail.com"),
      body=c.webform({
          "Name": "Derek Lauder",
          "Email": "dlauder.dalmore@gmail.com",
          "Phone": "07700 900 818",
          "Address / postcode": "Dalmore",
          "Who would you like to see?": "Cllr Sheena Kilpatrick",
          "What is your enquiry about?": "Housing",
          "Please give brief details": """I have asked for an appointment with Councillor Kilpatrick six times. Six. Each time I am told the surgery is "full" or that I should "email my concern". I have emailed my concern. It is about my son, who is 19 and autistic and has been sleeping in a hostel in the city centre since March because the council says it has no suitable tenancy. He has been robbed twice. 

I am asking politely, for the last time, for an appointment at a time and place convenient to the Councillor.

If I do not get an appointment within seven days I will stop asking. I know she lives in Dalmore, I know the house, it's three streets from me, and I have seen her at the Co-op with her daughter. I will come to her door instead and we will have the conversation there, in front of her family, and I will not be leaving until I get an answer. I have nothing left to lose. You can take that however you want.""",
          "Do you have any access needs?": "No",
          "How would you like us to contact you?": "Email",
      }, form="Request a surgery appointment"),
      tags=("webform", "conditional", "implicit", "stalking"))

c.add("safety", subject="FW: Postcard received at the MSP's office - for CLP officers' information",
      sender=("Kirsty Baillie", "kirsty.baillie@moragdunlop-msp.example.scot"),
      body=c.forward(
          """Jamie,

Morag has asked me to forward you this for information, because it arrived the day after the CLP posted photos from the Canal Basin street stall, which included Morag and three of your volunteers.

It's a picture postcard, posted in the city. On the front is a printed photograph of Morag's house, taken from the street, in colour, clearly recent (the new fence is in it). The text on the back is typed out below exactly as it appears. It's been handed to Police Scotland, who have given us a reference and are treating it seriously.

Morag is fine, but she's asked that the CLP doesn't post photographs of her at street stalls in real time for the next while, and that volunteers who were in those photos are made aware so they can be alert.

Kirsty Baillie
Office Manager, Office of Morag Dunlop MSP

This email is confidential and intended for the named recipient only.""",
          """Nice house Morag.
Nice fence.
Shame about the windows.
Shame about whatever else happens.
See you soon. You and your wee helpers from the stall.""",
          "Constituency Office <office@moragdunlop-msp.example.scot>",
          "Post log 14/11 - item 3 - POLICE INFORMED",
          style="gmail"),
      tags=("forwarded", "implicit", "doxxing", "veiled", "third-party-report"))

c.add("safety", subject="Incident report - box left under the street stall, Lambhill Cross, Saturday",
      sender=("Marion Doherty", "marion.doherty@outlook.com"),
      body=f"""Dear Jamie,

As the organiser of Saturday's stall in Lambhill Cross, I am writing up what happened for the CLP's records, as the region asked me to.

We set up the stall outside the post office at 10.30am. Four of us: myself, Callum, Mrs Fitzpatrick and her grandson, who's sixteen. It was quiet and mostly friendly.

At about 11.50am, Mrs Fitzpatrick noticed a small cardboard box, about the size of a shoebox, under the table at the back, by our bags. None of us had put it there. None of us saw anyone put it there, though a number of people had stopped at the stall in the previous half hour, and one man had stood very close to the table for a few minutes without saying anything and then walked away quickly.

The box was taped shut. On the lid, in black marker, someone had written "FOR THE LABOUR STALL - A PRESENT". I did not want anyone to open it. I moved everyone away from the stall, asked the post office staff to keep people back, and called 999.

Police arrived in about fifteen minutes. An officer carefully opened the box in the middle of the closed-off pavement. Inside was a dead pigeon, and a folded piece of paper. The officer read the note to me before taking it away. It said: "This is what happens to grasses and traitors. There's plenty more where this came from. We know your faces now."

The police have the box and the note and have given me a reference number. They took statements from all of us and looked at the post office's CCTV. They said they would be in touch with the CLP.

Mrs Fitzpatrick's grandson was very upset. I have spoken to his mum. I have also told the others that we will not be doing a stall in Lambhill Cross for the time being without speaking to the police first.

I'd like the EC to discuss this, please, and I think the regional office should know.

Marion Doherty
Lambhill Cross branch
""",
      tags=("suspicious-item", "third-party-report", "implicit"))

c.add("safety", subject="Tracking device found on Cllr Aisha Bakr's car - notification to the party",
      sender=("DS Ruaraidh Munro", "ruaraidh.munro@scotland.police.example.uk"),
      body=f"""Dear Mr Rennie,

I am the officer in charge of an investigation concerning Councillor Aisha Bakr, and I am writing to you with her consent and at her request.

On Tuesday, while her car was being serviced at a garage in Bellfield, a mechanic discovered a small GPS tracking device attached by a magnet to the inside of the rear bumper. The device was of a type readily available online. The garage contacted Councillor Bakr, who contacted us. The device has been recovered and is being examined.

We are treating this as a potential offence of stalking under section 39 of the Criminal Justice and Licensing (Scotland) Act 2010. We do not yet know who placed the device, or for how long it had been in place. Councillor Bakr has not been aware of anyone following her, but on reflection she has recalled two occasions over the past month when a man she did not know appeared at places she had gone to at short notice, including a party meeting at the Bellfield Community Hall.

I should be grateful for the CLP's assistance with the following:

1. a list of party events Councillor Bakr has attended over the past three months, with dates and venues, and, where available, a list of those present;
2. any correspondence the CLP has received that refers to Councillor Bakr in a hostile or unusual way, including social media messages;
3. the names of any members or former members with whom Councillor Bakr has been in dispute, if known to the CLP.

I would ask you to keep this matter confidential to those officers who need to know. Councillor Bakr has been given personal safety advice and we are reviewing her home security.

Thank you for your help.

Yours sincerely,

DS Ruaraidh Munro
Public Protection Unit, Greater Glasgow Division
Police Scotland

OFFICIAL-SENSITIVE. This email and any attachments are intended solely for the addressee.
""",
      tags=("stalking", "third-party-report", "following"))

c.add("safety", subject="Motion for GC - Community wealth building (resubmitted) - with a covering note",
      sender=("Gerry Kinnaird", "gerry.kinnaird@btinternet.com"),
      body=f"""Jamie,

I'm resubmitting the Bellfield branch motion below for the next GC. It was submitted in good time for the last two GCs and both times the Chair ruled it "not competent" on the grounds that it "commits the council to spending". It does nothing of the sort. It asks the Labour group to look at something. If that's not competent then nothing is.

MOTION: COMMUNITY WEALTH BUILDING IN KELVIN NORTH

This GC notes the Community Wealth Building (Scotland) Bill and the experience of councils elsewhere in using procurement, land and local anchor institutions to keep wealth in local communities.

This GC believes that the council should make community wealth building central to its economic strategy.

This GC resolves to ask the Labour group to bring forward a report on community wealth building to the relevant committee within twelve months, and to invite the group's economy spokesperson to report back to a future GC.

Proposed: Gerry Kinnaird. Seconded: Ann-Marie Toal (Bellfield).

Now the covering note, and I want this one on the record too.

I've been in this party forty years. I've had my motions ruled out by better Chairs than Ms Mackintosh. But I've never been laughed at from the chair, which is what happened last month. So I'll put it plainly. If that motion is ruled out of order again, the Chair might want to think about whether she fancies walking to the bus stop on her own afterwards. It's a dark road, Firhill Road, after nine. I'm not saying anything will happen. I'm saying she should think about it.

Gerry Kinnaird
Bellfield branch
""",
      tags=("embedded", "conditional", "veiled", "implicit"))

c.add("safety", subject="Your councillor's vote on the parades policy",
      sender=("W. Sloan", "wsloan.bellfield@gmail.com"),
      body=f"""To the Secretary of the Labour Party, Kelvin North

I write about the vote in the council's licensing committee last Thursday on the revised policy on processions, which restricts the routes of parades through Bellfield and Acre Road, and in particular about the part played in that vote by your Councillor Declan Morrison.

Councillor Morrison moved the amendment that removed Acre Road from the permitted route. He did so, by his own account in the minutes, "to reduce tension". He will find that it has had the opposite effect.

Our lodge has walked that road for one hundred and twelve years. Our grandfathers walked it. Councillor Morrison, who has lived in Bellfield for fewer than ten, has decided that we are not to walk it any more.

I want to say this carefully, so I will say it only once. The brethren are disciplined men and I have always kept them so. But there are others, not all of them brethren, who are not disciplined and who are very angry, and who have been asking me where Councillor Morrison lives and which chapel his wife attends and what school his boys go to. I have not told them. I do not know how long others will keep their mouths shut.

Councillor Morrison will be remembered in July. I would advise your party to ask him to reconsider his position before then, and to reconsider it publicly. That is the best advice he will get from anybody in Bellfield this year.

W. Sloan
""",
      tags=("veiled", "conditional", "implicit"))

# ---------------------------------------------------------------------------------------
# HARD NEGATIVES
# ---------------------------------------------------------------------------------------

c.add("complaint", subject="Defamatory statements by Cllr Sheena Kilpatrick - Acre Road development - letter of claim",
      sender=("Brodie Keane Solicitors", "litigation@brodiekeane.example.co.uk"),
      body=f"""Our ref: AR/BK/2207

Dear Sir,

Our clients: Acre Road Developments Limited

We act for Acre Road Developments Limited, the applicant for planning permission for the redevelopment of the former Acre Road bus depot.

On the 5th of this month, Councillor Sheena Kilpatrick, who we understand to be a member of your party, spoke at a public meeting in Dalmore organised by the CLP and advertised on its social media pages. A recording of the meeting was subsequently posted on the CLP's Facebook page, where it has been viewed over 3,000 times. In the course of her speech, Councillor Kilpatrick stated that our clients had "bribed their way through the planning department" and were "a bunch of crooks".

Those statements are false and defamatory of our clients. Our clients have not offered or given any inducement to any officer or member of the council. They are a company of good standing which has been developing housing in the west of Scotland for twenty-three years.

We are aware that councillors enjoy a degree of latitude in political speech, and our clients do not seek to stifle legitimate debate about their application. However, an allegation of criminal bribery is not legitimate debate.

Our clients require that the CLP:

1. removes the recording from its Facebook page and any other platform within seven days;
2. publishes a statement, in terms to be agreed with us, making clear that the CLP does not endorse the allegation;
3. confirms that it will not republish the allegation.

We have written separately to Councillor Kilpatrick. Should the CLP fail to comply, our clients will raise proceedings in the Court of Session against all parties responsible for the publication, without further notice.

Yours faithfully,

Brodie Keane Solicitors

Brodie Keane is regulated by the Law Society of Scotland. This email may contain privileged and confidential information.
""",
      tags=("hard-negative", "legal-threat"))

c.add("complaint", subject="Refused entry to the branch AGM - I will be seeking legal advice",
      sender=("Martin Toner", "martin.toner@virginmedia.com"),
      body=f"""Mr Rennie,

On Thursday night I was refused entry to the Dalmore branch AGM by the branch secretary, on the grounds that I was "in arrears". I was not in arrears. I changed my bank in August and my direct debit failed for one month, which I paid in full as soon as I was told, on the 2nd of October. I have the receipt from the party. I showed it on my phone at the door. I was told that "the list is the list" and that I could "take it up with head office".

As a result I was unable to vote in the election for branch chair, which was decided by two votes, or to stand for the post of branch secretary, for which I had been nominated.

I regard this as a breach of the party's rules and of my rights as a member. The Rule Book says a member is in arrears only if six months' subscription is unpaid. I was one month behind, for a matter of weeks.

I want the following:

1. written confirmation that I was, on the night, a member in good standing;
2. the branch AGM to be declared void and re-run;
3. an apology from the branch secretary.

I have been a party member for twenty-two years and have never before felt the need to go outside the party with a complaint. If I do not receive a satisfactory answer within fourteen days, I will be seeking legal advice on the question of whether the party has breached its contract with me, and I will be raising it with the Scottish Executive Committee. I'll also be at the next GC to make sure every delegate hears about it.

Martin Toner
Dalmore branch
""",
      tags=("hard-negative", "legal-threat", "angry"))

c.add("complaint", subject="The education budget - a bloodbath for Kelvin's schools",
      sender=("Carol Ann Gilchrist", "c.gilchrist@eis-kelvin.example.org.uk"),
      body=f"""Dear Jamie,

I'm writing as the EIS local association secretary for the north of the city, and as a Labour member in the Maryfield branch, about the council's draft budget, which proposes to cut 140 teaching posts across the city over two years, including an estimated 18 in schools in Kelvin North.

The council describes this as "rebalancing the staffing model to reflect falling rolls". Let me tell you what it looks like in the staffroom.

Class sizes in the upper primary at Dalmore Primary will go from 28 to 33. Support for learning, which is already stretched to breaking, will lose a third of its staff. Additional support needs teachers, whose caseloads are already unmanageable, will be expected to cover two schools instead of one. Probationer teachers, who we have trained at great public expense, will be let go at the end of their year, and most of them will go to England or to Dubai, where they are wanted.

The union's view is clear. This budget is a bloodbath for our schools, and the children who will bleed the most are the ones who have least: kids with additional support needs, kids from the poorest streets, kids who need a teacher who knows their name. It would be the death knell for the Labour administration's claim to care about closing the attainment gap.

I don't say any of this lightly, and I know that the council is squeezed by the settlement from Holyrood. I've argued that on the doorstep for years. But there are choices, and the Labour group has made the wrong one.

The EIS will be lobbying every councillor. Our members will be at the City Chambers on budget day. We are going to fight this every inch of the way.

What I'd like from the CLP is a debate at the next GC, with a motion calling on the Labour group to reverse the cuts to teaching posts, and an invitation to the convener for education to come and explain the proposals to members.

Best wishes,

Carol Ann Gilchrist
Local Association Secretary (North)
""",
      also=("procedural",), tags=("hard-negative", "metaphor", "angry"))

c.add("query", subject="Kelvin Herald - sentencing of man who threatened Morag Dunlop MSP - comment?",
      sender=("Andrew Sutherland", "andrew.sutherland@kelvinherald.example.co.uk"),
      body=f"""Dear Mr Rennie,

I'm a court reporter with the Kelvin Herald. I'm writing to ask whether the CLP would like to comment on a case at the Sheriff Court this morning, which we will be reporting online this afternoon and in tomorrow's paper.

A 52-year-old man from the south side was sentenced to 14 months in prison after pleading guilty to sending threatening communications to the MSP Morag Dunlop in 2024, during the debate on the assisted dying bill. The court heard that he sent 23 emails to her parliamentary and constituency addresses over a period of six weeks, some of which referred to her home and made threats against her. The sheriff described the messages as "vile and sustained" and said that elected representatives "must be able to do their jobs without fear".

Ms Dunlop's office has provided a short statement, which we will use. I'm contacting the CLP because the court also heard that the man had, on one occasion, attended a public meeting organised by the local Labour Party, and I wondered whether the party locally wished to say anything, either about the case or, more generally, about the safety of elected representatives and party volunteers.

I'd need anything by 3pm today. I'm happy for a statement to be attributed to "a spokesperson for Kelvin North Labour" if you'd prefer not to be named.

Thank you,

Andrew Sutherland
Court Reporter, Kelvin Herald
""",
      tags=("hard-negative", "news-about-threats"))

c.add("procedural", subject="Draft CLP response to the consultation on misogyny and online abuse legislation",
      sender=("Roisin Carberry", "roisin.carberry@gmail.com"),
      body=f"""Jamie,

Here's the draft response the Women's Forum has prepared to the Scottish Government consultation on the draft misogyny bill and on online abuse. We'd like the GC to approve it so it can go in as the CLP's response rather than just the Forum's. Could it go on the agenda? Deadline is the end of next month.

DRAFT RESPONSE OF {CLP.upper()}

Q1. Do you agree that there should be a specific offence of threatening or abusive behaviour motivated by misogyny?
Yes. Members' experience, and that of women across Scotland, is that misogynistic threats, harassment and abuse are widespread and too often treated as trivial. A specific offence would send a clear message and allow the aggravation to be recorded and tracked.

Q2. Do you agree with the proposed offence of "stirring up hatred against women and girls"?
Members were divided. Some strongly supported it; others were concerned about how it would interact with existing hate crime legislation and freedom of expression. We would urge the Government to publish clear guidance and to consult further on the threshold.

Q3. How should the law respond to online abuse and threats directed at women in public life?
This is a matter of deep concern to members. Women councillors, MSPs, candidates and activists, including in this CLP, have been subjected to sustained online abuse, threats of sexual violence and the publication of their home addresses. Many women tell us they would not stand for election because of it. We support (a) stronger enforcement against platforms that fail to remove threatening content, (b) better training for police in investigating online threats, and (c) a review of the protections available to candidates' personal information.

Q4. What else should the Government do?
Invest in prevention: education in schools about healthy relationships and online behaviour; funding for specialist support services; and action on the misogynistic content young men are exposed to online.

Roisin
Women's Officer
""",
      tags=("hard-negative", "news-about-threats"))

c.add("bulk", subject="Door-knocking and organising safely - free community training (Unite Community)",
      sender=("Unite Community West", "community.west@unite-community.example.org.uk"),
      headers=c.list_headers("Unite Community West", domain="lists.unite-community.example.org.uk", precedence=False),
      body="""UNITE COMMUNITY WEST - TRAINING BULLETIN

Knock, Talk, Organise - and stay safe doing it
A free one-day course for community activists, tenants' union reps and campaign volunteers

Whether you're knocking doors for a tenants' union, a foodbank appeal, a campaign against a closure or for a political party, the doorstep is where organising happens. This course, designed and led by experienced community organisers, gives you the skills to have better conversations and to look after yourself and your team while you do it.

The morning: Organising conversations
- How to open a conversation and listen more than you talk
- Moving from a complaint to an action
- Recording what you hear, and keeping people's information safe

The afternoon: Staying safe on the doorstep
- Planning a session: pairs, check-ins, routes, timings
- Dogs, stairwells, closes and lifts: the practical hazards nobody tells you about
- Reading the situation: when to step back and leave
- De-escalation techniques for when a conversation turns angry
- What to do after a difficult encounter: reporting and looking after each other

Our trainers have between them spent thousands of hours on doorsteps in every kind of neighbourhood. They know the difference between someone who is angry about their damp and someone who means you harm, and they'll help you learn it too.

Where and when: Unite Community Centre, Springburn Road, Saturday 10am - 4pm. Lunch provided. Travel expenses reimbursed for unwaged participants. Creche available on request.

Who can come: Anyone involved in community or campaigning work. You don't have to be a Unite member.

To book, reply to this email with your name and the organisation you're involved with.

In solidarity,
Unite Community West

--
You are receiving this because you are subscribed to the Unite Community West list. To unsubscribe, email unitecommunitywest-leave@lists.unite-community.example.org.uk
""",
      tags=("hard-negative", "benign-violent-word", "list"))

# ---------------------------------------------------------------------------------------
# COMPLAINTS
# ---------------------------------------------------------------------------------------

c.add("complaint", subject="Misrepresentation of the Church's position in your leaflet on assisted dying",
      sender=("Fr Brendan Mullan", "parish.stcolumba.dalmore@gmail.com"),
      body=f"""Dear Mr Rennie,

I am the parish priest of St Columba's, Dalmore. I write with regret about the leaflet distributed in the parish last weekend by the Kelvin North Labour Party, headed "Morag Dunlop: Listening to Kelvin North".

The leaflet states that Ms Dunlop's support for the Assisted Dying Bill "reflects the views of the overwhelming majority of people in Kelvin North, including many people of faith". It then quotes "a Dalmore parishioner" as saying that "even the Church accepts that people should be allowed a dignified death".

I do not know who the parishioner is, and I would not presume to say what any individual parishioner believes. But the leaflet, by placing those words alongside a photograph taken outside our church, implies that the Catholic Church accepts assisted suicide. It does not. The Church's teaching is clear and long-standing. Our bishops have written to every MSP on the subject, and we have said so from the pulpit.

Many of my parishioners are Labour voters, as their parents were. Several have come to me upset and confused. Some felt that the Church's building had been used to support a position the Church opposes.

I have no wish to enter into party politics. Ms Dunlop is entitled to her view, and I have met her and found her courteous. But I would ask the CLP to withdraw the leaflet, not to use images of St Columba's in any future campaign material without the parish's permission, and to take more care, in future, when characterising the views of a faith community.

With every good wish,

Fr Brendan Mullan
Parish Priest, St Columba's, Dalmore
""",
      tags=("formal",))

c.add("complaint", subject="Casting vote at the Bellfield branch meeting - complaint about the Chair's ruling",
      sender=("Ann-Marie Toal", "annmarie.toal@gmail.com"),
      body=f"""Dear Secretary,

I am writing to complain about a ruling made by the Chair of the Bellfield branch at our meeting on Tuesday, and to ask for the CLP's view on whether it was correct. I have copied the relevant extract from our branch standing orders below.

The branch was voting on whether to nominate Mr Gerry Kinnaird or Ms Liz Beattie as the branch's nominee for CLP Vice-Chair. The vote was tied, 9-9. The Chair, Mr Hugh Sweeney, then used his casting vote in favour of Ms Beattie.

My complaint is this. Mr Sweeney had already voted, in the ordinary way, for Ms Beattie. He therefore voted twice. Our standing orders (section 6.3) say: "In the event of an equality of votes, the Chair shall have a second or casting vote, except in elections, where the matter shall be decided by lot." This was an election. It should have been decided by lot.

When I raised this at the meeting, the Chair said the standing orders were "out of date" and that he was "following normal practice". He did not allow any further discussion.

I have nothing against Ms Beattie, who I am sure would do the job well. But the rules are the rules, and if they are ignored when it suits the Chair then members will stop trusting the branch.

I would like the CLP:

1. to give a ruling on whether the Chair's decision was correct;
2. if it was not, to ask the branch to re-run the nomination by drawing lots, as the standing orders require, before the CLP AGM;
3. to remind branch chairs of the importance of following standing orders.

Yours faithfully,

Ann-Marie Toal
Bellfield branch
""",
      also=("procedural",), tags=("formal",))

c.add("complaint", subject="Non-residential care charges - a carer's letter to the CLP",
      sender=("Mrs Frances Quinn", "frances.quinn@talktalk.net"),
      body=f"""Dear Mr Rennie,

I have never written to a political party before and I hope you will forgive me if I get the tone wrong. My daughter, who is more used to these things, says I should write to the party rather than to the council, because it is the party that makes the promises, so here I am.

I am sixty-seven. I care full-time for my husband, Joe, who has vascular dementia and Parkinson's, and who needs help with almost everything now: washing, dressing, eating, getting in and out of his chair. Until this year Joe went to the Acre Road day centre three days a week. Those three days were what kept me going. I could do the shopping, go to the doctor myself, sleep for an hour in the afternoon, and see my sister, who is not well either.

In April the council closed Acre Road. Joe was offered a place at a centre on the other side of the city, two buses away, which he cannot manage, and the council's transport now costs more than we can afford. At the same time, the council has raised its charges for home care. Our bill for the carer who comes in the mornings went from nothing to £41 a week, because Joe's small pension from the railway takes him just over the threshold.

People talk about "respite" as if it were a holiday. It is not. On the days Joe went to Acre Road, I did the things that keep a house and two people going: the washing, the pharmacy, the bank, the forms. There are always forms. Since the closure, I do those things with Joe beside me, which means I do very few of them, because a trip to the chemist with Joe takes two hours and usually ends with him frightened and me in tears in the car park. Last month I missed my own hospital appointment for the second time. The consultant's letter said that if I miss a third they will discharge me back to my GP. I do not know what I will do if something happens to me, because there is nobody else.

I went to Councillor Morrison's surgery. He was very kind and said he understood completely. He said the council had been "forced" into the cuts because of the Scottish Government's settlement. I went to Ms Dunlop's office and was told the opposite: that the council had "chosen" to make the cuts. I do not understand how both of these things can be true, and I am too tired to find out which one is.

What I do know is this. When the Labour Party asked for my vote at the council elections, the leaflet said "Protecting the most vulnerable". It had a picture of an old man holding a younger woman's hand. I kept it. I have it on the kitchen table now.

I am not asking for anything for myself. I would like the CLP to find out, and tell me in writing, which of the two stories is true; and I would like it to ask the council to think again about the charges for people like Joe, and about the day centre.

I would also like somebody from the party to come and see what caring for someone like Joe actually involves. You would be very welcome. I'll put the kettle on.

Yours sincerely,

Frances Quinn (Mrs)
Bellfield
""",
      also=("query",), tags=("formal",))

c.add("complaint", subject="Councillor Kilpatrick's failure to attend the case conference",
      sender=("Lambhill Cross Tenants' Association", "lambhillcross.tra@outlook.com"),
      body=f"""Dear Secretary,

I am the chair of Lambhill Cross Tenants' Association. I write to complain about Councillor Sheena Kilpatrick's failure to attend the multi-agency case conference on the condition of the Lambhill Cross high-rise blocks, held at the housing association's office on Friday.

The case conference was arranged at the request of the tenants' association, with the housing association, the council's environmental health department, the fire service and the health and social care partnership. It took eleven weeks to set up. All four ward councillors were invited, and Councillor Kilpatrick, who is the council's housing convener, confirmed her attendance in writing on the Monday. She did not come, did not send apologies, and did not send anybody in her place.

Twenty-three tenants took time off work or arranged childcare to be there. One of them, a woman with a baby with chronic chest problems, had been promised that the Councillor would hear her case personally.

I want to be fair. Councillors have busy lives and emergencies happen. But when we tried to find out what had happened, we were told by her office that she had been "at another engagement". We have since seen photographs on social media of her at the opening of a new café in the city centre at the same time.

The tenants' association asks the CLP to raise this with Councillor Kilpatrick and to ask her to (a) apologise to the tenants and (b) meet them, on the estate, within a month. If that doesn't happen, I'll make sure every tenant in every block knows exactly where their housing convener was when they needed her.

Yours sincerely,

Chair, Lambhill Cross Tenants' Association
""",
      tags=("formal", "angry"))

c.add("complaint", subject="Racist image shared in the Canal Basin branch WhatsApp group",
      sender=("Kelvin Chinese Community Association", "secretary@kelvinchinesecommunity.example.org.uk"),
      body=f"""Dear Mr Rennie,

I write on behalf of the Kelvin Chinese Community Association. I have been asked to do so by two of our members who are also members of the Canal Basin branch of the Labour Party.

Last week, in the Canal Basin branch WhatsApp group, which has about sixty members, a member of the branch shared an image, presented as a joke, relating to the recent news about a Chinese company's investment in the port. The image used a crude caricature of an East Asian face with exaggerated features, with a caption using a slur that I will not repeat.

Our members were shocked. One of them, a young woman who joined the party last year and has been out campaigning every week, replied asking for the image to be removed. The member who had shared it replied "lighten up, it's a joke". Two other members added laughing emojis. Nobody else said anything. The image remained in the group for three days, until our member left the group.

Our Association has worked closely with all parties in the city, and with the Labour Party in particular, over many years. We have been proud to see Chinese-heritage members take part in the party. But I have to tell you that this incident has caused real hurt, and that our members are asking whether they are welcome.

We would ask the CLP to ensure that the matter is referred to the party's complaints process; to ask the branch officers to remind members of the standards expected in branch communications; and to meet us, to discuss how the CLP can make sure that this does not happen again.

Yours sincerely,

General Secretary
Kelvin Chinese Community Association
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# PROCEDURAL
# ---------------------------------------------------------------------------------------

c.add("procedural", subject="Scottish Labour deputy leadership election - CLP supporting nominations",
      sender=("Scottish Labour - General Secretary's Office", "gensec@scottishlabour.example.org.uk"),
      body=f"""To: CLP Secretaries

Dear colleagues,

Election for Deputy Leader of the Scottish Labour Party: supporting nominations from CLPs

Following the resignation of the Deputy Leader, the Scottish Executive Committee has agreed the timetable and procedures for the election of a new Deputy Leader. This letter sets out the role of CLPs.

1. Candidates
Candidates must first secure nominations from the required number of members of the Scottish Parliamentary Labour Party. The candidates who have done so will be announced once that stage closes.

2. Supporting nominations
CLPs may then make a supporting nomination for one candidate. Supporting nominations are not required for a candidate to appear on the ballot, but they will be published.

3. Meetings
A supporting nomination must be made at a properly convened meeting of the General Committee, or an all-member meeting where that is the CLP's structure. At least seven clear days' notice must be given. Candidates or their representatives should be given an equal opportunity to address the meeting, in person or in writing.

4. Voting
Where there are more than two candidates, the nomination shall be decided by exhaustive ballot.

5. Submission
The result must be submitted by the CLP Secretary using the online form by the closing date for supporting nominations, with the number of votes cast for each candidate in each round.

6. Ballot of members
All eligible members and affiliated supporters will be balloted. CLPs should not use CLP resources to campaign for any candidate.

Please contact this office if you have any questions.

Scottish Labour
""",
      tags=("formal",))

c.add("procedural", subject="Motion for GC: Rent controls and the housing emergency (Canal Basin branch)",
      sender=("Niamh Docherty", "niamh.docherty@kelvincity.gov.example.uk"),
      body=f"""Jamie,

Canal Basin branch agreed the following motion for the next GC, unanimously (16 present). I'll move it; Eilidh Marr will second. Could you confirm it's in order?

MOTION: RENT CONTROLS AND THE HOUSING EMERGENCY

This GC notes:

1. That the city council declared a housing emergency in 2023;
2. That average private rents in Kelvin North have risen by more than 30% in three years, and that more than a third of households in Canal Basin now rent privately;
3. That the Housing (Scotland) Act provides for the designation of rent control areas, in which annual rent increases can be capped;
4. That the number of households in temporary accommodation in the city continues to rise.

This GC believes:

1. That secure, affordable housing is a basic need, not a luxury;
2. That rent controls, alongside a major programme of social house-building, are needed to end the housing emergency.

This GC resolves:

1. To call on the Labour group to press for the designation of Kelvin North, or the whole city, as a rent control area, as soon as the legislation permits;
2. To call on the Labour group to set out a target for new social rented homes in the north of the city over the next five years;
3. To invite Living Rent and the Kelvin North tenants' associations to a future GC;
4. To forward this motion to Scottish Labour's policy forum.

Proposed: Cllr Niamh Docherty (Canal Basin)
Seconded: Eilidh Marr (Canal Basin)

Thanks,
Niamh
""",
      tags=("formal",))

c.add("procedural", subject="TULO report and request for agenda item: affiliation fees and union delegates",
      sender=("Brian Fallon", "brian.fallon.tulo@gmail.com"),
      body=f"""Dear Jamie,

As Trade Union Liaison Officer I would like to submit the following short report to the next GC, and request that an item be added to the agenda for a decision on affiliation arrangements.

TULO REPORT

1. Affiliated organisations. Seven trade union branches and two socialist societies are currently affiliated to the CLP. Two union branches (the council's local government branch and the hospital branch) have not paid affiliation fees for the current year, and I have written to their secretaries.

2. Delegates. Of the 21 delegate places to which affiliates are entitled, only 9 have been filled. Attendance by affiliated delegates at the GC averaged 5 last year.

3. Engagement. Following the EC's discussion in the spring, I have met the secretaries of four affiliated branches. The main reasons they gave for low engagement were: GCs held at a time that clashes with shift patterns; a feeling that union business is always "at the end of the agenda"; and the cost of sending delegates.

4. Proposals for decision
(a) That the EC be asked to consider holding at least two GCs a year on a Saturday morning.
(b) That "reports from affiliates" be moved from the end of the GC agenda to immediately after the MP's and MSP's reports.
(c) That the CLP invite each affiliated union branch to nominate a speaker for a ten-minute slot at one GC a year.

I would be grateful if these could be taken as a single item, for decision.

Best wishes,

Brian Fallon
Trade Union Liaison Officer
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# DATA PROTECTION
# ---------------------------------------------------------------------------------------

c.add("data-protection", subject="Why did your canvasser write down my religion?",
      sender=("Mr Iqbal Hussain", "iqbal.hussain.dalmore@gmail.com"),
      body=f"""Dear Sir or Madam,

On Saturday afternoon two of your canvassers called at my home in Dalmore. We had a perfectly pleasant conversation about the bins and the bus service, and I told them I had not made up my mind how to vote.

As they were leaving, I saw the young man write something on his clipboard. He was not hiding it and I was standing close enough to read it. Beside my house number he wrote my name, "U" (which I assume means undecided), and then the word "Muslim", and then "mosque vote - Gaza", and underlined it.

I did not tell him my religion. I did not mention Gaza, or the mosque. I assume he guessed from my name and the fact that I have a beard.

I would like to know why your party thinks it is appropriate to write down a person's religion, which they have not told you, next to their name and address, and what that information is used for. I would like to know what else is written about me and my family, and who can see it. And I would like it removed.

I have voted Labour all my life. My father was a Labour councillor in Bradford. I am not writing to make trouble. But I was upset to see it, and my wife, when I told her, was more upset than me.

I would appreciate a reply.

Iqbal Hussain
Dalmore
""",
      tags=("dp-no-legal-words", "confuser"))

c.add("data-protection", subject="Our client - anonymous registration - removal of personal data from party records",
      sender=("Edinburgh & West Women's Legal Service", "casework@ewwls.example.org.uk"),
      body=f"""PRIVATE AND CONFIDENTIAL

Dear Mr Rennie,

We are a specialist legal service supporting women affected by domestic abuse. We act for a client who lives in the Kelvin North constituency. For obvious reasons we do not name her in this email; we will confirm her identity to you by telephone once we have confirmed that this email has reached you and is being handled in confidence.

Our client fled an abusive relationship eighteen months ago and has since been granted anonymous registration on the electoral register, on the basis of a court order, which means that her name and address do not appear on the published or full register.

Our client has recently received, at her new address, a leaflet from the Labour Party addressed to her by name. She was a member of the party at her previous address, some years ago, and believes that when she updated her address on the party's membership system after moving, the new address was attached to her membership record. She is extremely concerned that her address may be accessible to volunteers in either her old or her new constituency, and in particular that the perpetrator, who she believes may be a party member in her old area, could obtain it.

On our client's behalf we ask that the CLP, and through you the Labour Party's Data Protection Officer, as a matter of urgency:

1. confirm whether her current address is held on any party system, including the membership system and any canvassing or campaign database, and who has access to it;
2. restrict access to her record so that her address cannot be seen by any volunteer or officer other than those strictly necessary;
3. ensure that no material is sent to her by name;
4. confirm whether her address has been disclosed to anyone, including volunteers in her previous constituency.

Given the risk to our client, we would ask for an initial response within 48 hours. Please telephone us on the number below before replying by email, so that we can agree a safe means of communication.

Yours sincerely,

Solicitor
Edinburgh & West Women's Legal Service
""",
      tags=("formal",))

c.add("data-protection", subject="Data retention: action required by CLP secretaries before the end of the year",
      sender=("Scottish Labour Data Protection", "dataprotection@scottishlabour.example.org.uk"),
      body=f"""To: CLP Secretaries and Membership Secretaries

Dear colleagues,

Annual data retention review

As part of the party's commitment to complying with data protection law, we ask all CLPs to carry out an annual review of the personal data they hold locally and to delete information that is no longer needed. This email sets out what we are asking you to do this year. Please read it carefully and return the confirmation form by 31 December.

1. What is in scope
Personal data held by the CLP or its branches outside the party's central systems. This includes: spreadsheets of members or supporters; downloaded membership reports; printed canvass sheets and walk sheets; sign-up sheets from events and petitions; email lists held in personal or CLP email accounts; contact lists in WhatsApp, Signal or similar groups used for CLP business; and correspondence with members and the public.

2. Retention periods
- Downloaded membership reports: delete after 30 days.
- Printed canvass and walk sheets: return to the organiser and destroy securely within 7 days of the end of the campaign.
- Petition and event sign-up sheets: enter onto the party's systems and then destroy within 30 days.
- Correspondence with members and the public: retain for no longer than necessary, and in any case no longer than six years.
- Minutes: minutes may be retained, but should not be published online if they contain personal information about individuals in connection with complaints, disputes or personal circumstances.

3. Former officers
Where an officer has stood down, please ensure that they have returned or deleted any CLP data they hold, and that their access to CLP accounts has been removed.

4. Confirmation
Please complete the short online confirmation form. The form asks you to confirm that the review has been carried out, and to tell us about any data that you believe needs to be kept for longer than the periods above.

If you have any questions, please contact the data protection team.

Scottish Labour Data Protection Team
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# QUERY
# ---------------------------------------------------------------------------------------

c.add("query", subject="Festive period community events - any CLP events I should be aware of?",
      sender=("PC 4471 Gillian McPhee", "gillian.mcphee@scotland.police.example.uk"),
      body=f"""Dear Mr Rennie,

I hope you are well. This is a routine email that I send to all community organisations, faith groups and political parties in Dalmore and Lambhill Cross at this time of year, and it has nothing to do with any incident.

Over the festive period, the community policing team tries to have a presence at community events in the area: carol services, Christmas fairs, the lights switch-on at Lambhill Cross, and so on. It helps us get to know people, and it's a chance for residents to raise issues with us informally.

Could you let me know whether the CLP or any of its branches is planning any public events in Dalmore or Lambhill Cross between now and the New Year, such as a Christmas social, a street stall, a toy or food collection, or a community event in partnership with another organisation? If so, it would be helpful to have the date, time and venue, and a contact for the day.

I'd also be grateful if you could pass on to your councillors that the team's festive drop-in sessions will be held in the Lambhill Cross library on the first and third Wednesdays of December, from 2pm to 4pm, in case any constituents raise issues with them that we might help with.

Finally, a gentle reminder that the council's winter advice for community groups organising events, including guidance on fire safety, capacity and first aid, is on its website.

With best wishes for the season,

PC 4471 Gillian McPhee
Community Policing Team, Dalmore & Lambhill Cross
Police Scotland
""",
      tags=("confuser", "formal"))

c.add("query", subject="A donation in memory of my father - how should I make it?",
      sender=("Dr Shona Macrae", "shona.macrae@nhs-example.scot"),
      body=f"""Dear Mr Rennie,

My father, Alasdair Macrae, who was a member of the Maryfield branch for more than fifty years, died last month. Several people from the branch came to the funeral, which meant a great deal to our family. Please thank them again for me.

Dad was very clear, in the letter he left with his will, that he wanted "a few bob to go to the local party, for leaflets, not for London". My brother and I would like to honour that, and we'd like to make a donation to the CLP of £1,000 in his memory. Before we do, I have some questions, because I'd like to get it right.

1. Who should the donation be made to, and how? Is there a CLP bank account we can transfer to, or would you prefer a cheque? (For obvious reasons, I'd want to confirm bank details by phone rather than by email.)
2. Is there any paperwork we need to complete? I understand there are rules about donations to political parties. Does the fact that it's in memory of Dad, and from his estate or from us personally, make any difference?
3. Would it be possible for the donation to be used specifically for the Maryfield branch's leaflets, as he wished?
4. Dad also left a box of old party material: leaflets going back to the 1970s, some photographs of branch events, a couple of rosettes and a banner pole. Would the CLP like them? If not, could you suggest somewhere that might?

Thank you very much for your help.

Kind regards,

Shona Macrae
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# URGENT
# ---------------------------------------------------------------------------------------

c.add("urgent", subject="Tonight's GC - Lambhill Cross Community Hall - keyholder ill - keys must be collected from Bellfield depot by 4pm",
      sender=("Community Facilities - North", "facilities.north@kelvincity.gov.example.uk"),
      body=f"""Dear Mr Rennie,

Let reference: LCH-2291
Venue: Lambhill Cross Community Hall, Main Hall
Date: this evening, 18:30 - 21:30
Hirer: {CLP}

I am writing to let you know that the duty keyholder for Lambhill Cross Community Hall this evening, who would normally open the building for your let and lock up afterwards, has phoned in sick this afternoon, and we have been unable to find a replacement member of staff.

Rather than cancel your let, we can offer the following arrangement, which we use in exceptional circumstances for regular hirers with a good record:

1. A nominated representative of your organisation collects the keys and alarm fob from the reception at the Bellfield Depot, 14 Acre Road, before 4pm today. The depot reception closes at 4pm sharp and we cannot make an exception.
2. The representative must bring photo ID and sign the keyholder's declaration, which confirms that they will open and close the building, set the alarm, ensure the building is empty at the end of the let, and act as fire marshal for the duration.
3. The keys must be returned through the secure letterbox at the Bellfield Depot by 10am tomorrow.

If nobody is able to collect the keys by 4pm, the let will have to be cancelled and the fee refunded. We apologise for this.

Please reply to this email, or call the facilities team on the number below, to tell us who will be collecting.

Kind regards,

Community Facilities Team (North)
Kelvin City Council
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# BULK
# ---------------------------------------------------------------------------------------

c.add("bulk", subject="Scottish Labour Conference: registration now open for CLP delegates",
      sender=("Scottish Labour Events", "conference@scottishlabour.example.org.uk"),
      headers=c.newsletter_headers("NationBuilder"),
      fmt="alt",
      body="""SCOTTISH LABOUR CONFERENCE
Registration is now open

Dear CLP Secretary,

Registration for delegates, visitors and exhibitors for this year's Scottish Labour Conference is now open.

Delegate entitlement
Each CLP is entitled to send delegates in accordance with its membership, as set out in the Conference Arrangements Committee's guidance. At least half of each CLP's delegation must be women. The CLP's entitlement is shown on your Membersnet dashboard.

How to register delegates
CLP secretaries must confirm the names of elected delegates using the online delegate registration form. Once confirmed, each delegate will receive an email inviting them to complete their registration and pay the delegate fee. Delegates must register individually by the deadline.

Motions and rule changes
Each CLP may submit one motion on a topic of its choice. Motions must be no longer than 250 words and must be submitted by the CLP secretary through the online portal. Rule changes must be submitted by the separate deadline.

Accessibility
Conference will be accessible to all delegates. Please tell us about any access requirements when registering, including BSL interpretation, hearing loops, step-free access and quiet spaces.

Security
All attendees must wear their conference pass at all times. Passes will be checked at the secure perimeter. Please allow time for bag searches.

We look forward to seeing you at conference.

Scottish Labour Events Team

Promoted by Scottish Labour. You are receiving this because you are registered as a CLP officer. Manage your preferences.
""",
      tags=("newsletter",))

# ---------------------------------------------------------------------------------------
# OTHER
# ---------------------------------------------------------------------------------------

c.add("other", subject="Partnership proposal from the SPD Ortsverein Nürnberg-Nord",
      sender=("Katharina Wendt", "katharina.wendt@spd-nuernberg-nord.example.de"),
      body=f"""Dear Mr Rennie,

Please excuse my English, which is not perfect. My name is Katharina Wendt and I am the chair of the local branch (Ortsverein) of the Social Democratic Party of Germany (SPD) in the north of Nürnberg, which is, as you may know, twinned with your city since many years.

Some of our members visited your city last summer as part of the official twinning delegation and met, by chance, some members of your party at a street stall in Canal Basin. They had a very friendly conversation about the cost of housing, which is a big problem here also, and they came home full of enthusiasm. Since then, our board has discussed the idea of a partnership between our two local parties.

What we imagine is something quite simple: an exchange of experience between members about local campaigning, about housing and transport policy, and about how to reach young people and people who have stopped trusting politics. Perhaps a video call every few months, and, if there is interest, a small visit in each direction. We would be happy to host members of your party in Nürnberg, and our members would be delighted to come to you, at their own expense.

I know that your party is very busy, and I understand completely if it is not possible. But if you and your executive think it could be interesting, I would be very happy to have a first conversation.

With social democratic greetings from Franconia,

Katharina Wendt
Vorsitzende / Chair, SPD Ortsverein Nürnberg-Nord
""",
      tags=("non-native", "formal"))

c.write()
