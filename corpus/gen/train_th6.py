"""train/th6: long, formal and institutional mail (Riverside CLP, Wharfside & Larkhill). Hand-written content."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "th6", seed=1806)
SEC_FULL, SEC_ADDR = c.secretary()
SEC = SEC_FULL.split()[0]
CLP = c.clp[0]

# ---------------------------------------------------------------------------------------
# SAFETY
# ---------------------------------------------------------------------------------------

c.add("safety", subject="Post on a parents' Facebook group concerning Cllr Okonkwo - safeguarding and safety",
      sender=("Mr Rafael Mendes", "r.mendes@larkhillprimary.example.sch.uk"),
      body=f"""Dear Mr Okafor,

I am the Deputy Headteacher and Designated Safeguarding Lead at Larkhill Primary School. I am writing to you at the request of Councillor Grace Okonkwo, whose son attends our school, because of a post made on an unofficial parents' Facebook group on Sunday evening. The group is not run by the school, but about 300 of our parents are members of it.

The post was made by a parent (whose identity we know and have passed to the police) in a discussion about the council's decision to close the Larkhill children's centre. It read, in full:

"For anyone who wants to tell Cllr Okonkwo what they think of her shutting the children's centre, she lives at [full street address given], blue door, and she does the school run herself every morning, you can't miss her. Maybe we should all pay her a visit, see how she likes people turning up at HER house. She won't be able to hide behind the council then."

The post received a number of "likes" and several comments, some supportive of the idea. One comment said "I'll be there, she needs a proper talking to" and another "bring eggs". The post was deleted by the group's administrator after about three hours, but screenshots have been circulated.

The school has taken the following steps: we have reported the matter to the police and to the local authority's safeguarding team; we have reminded all parents, through our usual newsletter and without naming anyone, of our code of conduct and of the importance of respectful behaviour towards all members of the school community; and we have arranged for a member of staff to meet Councillor Okonkwo and her son at the side gate for the time being.

Councillor Okonkwo asked that I also make the party aware, since she is concerned that her address may have been obtained from election material, and because she may need support from colleagues while this continues.

I hope you will understand that the school cannot take sides in any political dispute. Our only concern is the safety and wellbeing of the children and families in our care.

Yours sincerely,

Rafael Mendes
Deputy Headteacher and Designated Safeguarding Lead
Larkhill Primary School

Confidentiality: this email may contain sensitive information about a child and must not be forwarded without the sender's agreement.
""",
      tags=("doxxing", "social", "third-party-report", "implicit", "pile-on"))

c.add("safety", subject="FW: Email received by Cllr Farah Siddique - referred under the Members' Code",
      sender=("Office of the Monitoring Officer", "monitoring.officer@castlebridge.gov.example.uk"),
      body=c.forward(
          f"""Dear Mr Okafor,

I am the council's Monitoring Officer. Councillor Farah Siddique has asked me to forward to you the email below, which she received at her council email address on Friday, so that her political party is aware of it. The council has reported it to the police as a suspected hate crime and malicious communication. I would be grateful if you would treat it as confidential and not circulate it further.

I have offered Councillor Siddique the support available to all councillors, including a review of her home security with the police and the removal of her address from the published register of interests. If the party can offer anything further, I know she would be grateful.

Yours sincerely,

Deputy Monitoring Officer
Legal and Democratic Services
Castlebridge City Council

The information in this email is confidential and may be legally privileged. It is intended solely for the addressee.""",
          """Councillor Siddique,

You have been elected by the people of Wharfside to represent them, not to bring your religion into the council chamber. Your speech last week on the Wharfside mosque extension made it very clear where your loyalties lie.

You people are taking over this city one planning application at a time and the Labour Party is helping you do it. Decent people have had enough.

You wear that scarf to every meeting. It makes you very easy to spot. Remember that next time you are walking back across the Wharf Bridge after a late meeting. Not everyone in this city is as polite as me.

A Wharfside Patriot""",
          "wharfside.patriot1@proton.example.me",
          "Your speech",
          style="apple"),
      tags=("forwarded", "implicit", "veiled", "third-party-report"))

c.add("safety", subject="Bag left at our door and questions about your agent's address",
      sender=("Tannery Lane Print & Copy", "orders@tannerylaneprint.example.co.uk"),
      body=f"""Hi Sam,

Deborah here from Tannery Lane Print. Sorry to bother you with this but my husband says I should put it in writing and send it to you today rather than just mention it when you collect on Friday.

Two things happened yesterday and I'm a bit shaken to be honest.

First, at about 2pm a man came into the shop and asked if we were "the ones who print the Labour leaflets". I said we do printing for lots of people. He said he knew we did the Labour ones because he'd seen the imprint, and he wanted to know where he could find "Mr Sheridan, the agent". I said I couldn't give out customers' details. He said, "You must have his address on the invoices. I only want to drop something round to him personally." He got quite insistent. I said no again and asked him to leave, which he did, but he stood on the pavement outside looking in for a good five minutes.

Second, when I went to lock up at 5.30 there was a black rucksack on the step right against the shop door. It wasn't there at 5. There was a note tucked in the front pocket, written in marker pen, that said "FOR SHERIDAN. HE KNOWS WHAT FOR." I didn't touch it. I rang 999 and the police came and closed the road for about an hour and a half while they checked it. In the end it was just full of shredded leaflets, your leaflets, the Wharfside ones with the candidate's face on them, some of them burnt at the edges. But the officer said they were treating it seriously because of the man asking for the address.

The police have the CCTV from our camera and from the bookies next door. They've given me a reference and said they'd want to talk to Mr Sheridan. I haven't got his number, only yours, so could you pass this on to him?

We're happy to keep doing your printing, but I'd be grateful if you could collect orders yourselves for a while rather than us delivering. I don't want the van being followed.

Deborah Kane
Tannery Lane Print & Copy
""",
      tags=("suspicious-item", "stalking", "third-party-report", "implicit"))

c.add("safety", subject="Material sent to the Post concerning you and your family - please call me",
      sender=("Tom Ridley", "tom.ridley@castlebridgepost.example.co.uk"),
      body=f"""Sam,

I'm sorry to be writing to you about this, and I'd rather have rung but you didn't pick up and I didn't want to leave it in a voicemail.

This morning the newsdesk received a large envelope, posted second class from the central sorting office, addressed to me by name. Inside was what the sender calls a "dossier" on you. It is about forty pages long. It includes printouts of your social media posts going back several years, the minutes of several CLP meetings, and a long typed commentary accusing you of "rigging" the Wharfside selection.

That part, frankly, is the sort of thing we get from time to time and would ordinarily throw in the bin. But it also contains your home address, with a photograph of your front door taken from across the street; a photograph of your car with the registration visible; and two photographs of your children, in their school uniforms, walking along what looks like Brunswick Road. Across the bottom of one of those photographs someone has written, "We can do this story the easy way or the hard way. Your choice, Mr Secretary."

The covering letter says the same material has been "sent to others" and that "if the press won't act, people will have to act for themselves".

We have no intention of publishing any of this and I want to make that completely clear. Our editor has reported it to the police this afternoon and the envelope and contents have been handed over. The officer (DC Ashworth, I think you may already know her) asked me to let you know and said she will be in touch with you tonight.

I thought you would want to know before you did the school run tomorrow.

I'm genuinely sorry. Please ring me if there's anything I can do.

Tom

Tom Ridley
Political Reporter, Castlebridge Evening Post
07700 900 418
""",
      tags=("doxxing", "third-party-report", "implicit", "conditional", "stalking"))

c.add("safety", subject="FW: Incident at work - Bro. Keith Sheridan - for the CLP's attention",
      sender=("Paula Whelan", "p.whelan@castlebridgehealthbranch.example.org.uk"),
      body=c.forward(
          """Sam,

I'm Branch Secretary for the health branch of the union, which is affiliated to your CLP. Keith Sheridan (your agent, and one of our members at the General) has asked me to send you this, because the person responsible is referring to Keith's party work and Keith thinks there may be a connection with the Tannery Lane incident.

Below is the statement Keith gave to the trust's HR department this morning, following an incident at work yesterday. The trust is treating it as a disciplinary matter and Keith has also reported it to the police. The colleague involved has been suspended pending investigation.

Please keep this to the CLP officers. Keith is fine but would appreciate a call.

In solidarity,
Paula Whelan
Branch Secretary""",
          """Statement of Keith Sheridan, Estates Supervisor, Castlebridge General Hospital

At approximately 14.20 on Wednesday I was in the estates workshop in the basement when a colleague from the portering team, whose name I have given to HR, came in and closed the door behind him. He said he wanted "a word about the election". I said I didn't discuss politics at work.

He said that he knew I was "the Labour agent" and that I was "the one putting the candidate's face through everyone's door". He said his brother had been thrown out of the Wharfside branch and that it was "my lot" who had done it. He then stood very close to me and said: "I know where you live, Keith. I know what time you finish. The car park's dark after six. You want to think about stepping back from all that, for your own good, before someone makes you." I asked him to leave. He said, "Just a friendly warning," and left.

I was shaken and reported it to my line manager immediately.

Signed: K. Sheridan""",
          "Paula Whelan <p.whelan@castlebridgehealthbranch.example.org.uk>",
          "Statement - K Sheridan - incident 14.20 Weds",
          style="gmail"),
      tags=("forwarded", "third-party-report", "implicit", "explicit", "conditional"))

c.add("safety", subject="Photographs",
      sender=("Castlebridge Accountability Project", "cbap.accountability@protonmail.com"),
      body=f"""Mr Okafor,

We write to you in your capacity as Secretary of the Riverside Labour Party.

Over the past six weeks we have compiled a record of the conduct of your party's officers and councillors in relation to the Wharfside redevelopment. That record includes photographs.

We have photographs of your house. We have photographs of the houses of your Chair, your Treasurer and the three Wharfside councillors. We have photographs of their cars, their front doors, their children's bicycles on the drives. We have photographs of your Chair leaving her gym at 9pm on a Tuesday.

We have not yet decided what to do with them.

That decision will be informed by the vote at full council on the 18th. We would suggest that you share this letter with the persons concerned, so that they may take it into account when deciding how to vote.

We do not intend to write again before the 18th.

Castlebridge Accountability Project
""",
      tags=("doxxing", "veiled", "conditional", "stalking"))

c.add("safety", subject="THE TRAITORS LIST - Castlebridge edition - share widely",
      sender=("Castlebridge Patriots Bulletin", "bulletin@cbpatriots.example.net"),
      headers=c.newsletter_headers("Mailerlite"),
      fmt="html",
      html_body="""<html><head><meta charset="utf-8"><title>Castlebridge Patriots Bulletin</title></head>
<body style="background:#f4f4f4;font-family:Arial,sans-serif">
<table width="600" align="center" style="background:#fff;padding:20px">
<tr><td>
<h2 style="color:#b30000">CASTLEBRIDGE PATRIOTS BULLETIN - ISSUE 14</h2>
<p>Friends,</p>
<p>Last week the Labour councillors of this city voted to open a second asylum hotel on Dockland Road. They did it without asking a single resident. They did it while our own kids wait years for a council flat.</p>
<p>They think they can vote and then go home and shut the door. They are wrong.</p>
<h3>THE TRAITORS LIST</h3>
<p>Below are the names of every Labour councillor who voted for the Dockland Road hotel, <b>with their home addresses</b>. All of these addresses are public record (we got them from old election leaflets and the electoral roll).</p>
<ul>
<li>Cllr G. Okonkwo - Larkhill - [address]</li>
<li>Cllr F. Siddique - Wharfside - [address]</li>
<li>Cllr P. Devlin - Brunswick - [address]</li>
<li>Cllr M. Hughes - Nether Hythe - [address]</li>
<li>and the party secretary who runs them, S. Okafor - [address]</li>
</ul>
<p>We are NOT telling anyone to do anything illegal. We are simply making sure the people of Castlebridge know where their representatives live, so they can <b>make their feelings known personally</b>. Visit them. Let them see your faces. Let their neighbours see. Let them feel what it's like not to feel safe in your own street.</p>
<p>Saturday's "doorstep tour" meets at 10am outside the Dockland Road hotel. Bring friends.</p>
<p style="font-size:11px;color:#777">You are receiving this because you subscribed to the Castlebridge Patriots Bulletin. Forward to a friend. <a href="#">Unsubscribe</a></p>
</td></tr></table>
</body></html>""",
      body="",
      tags=("html-only", "doxxing", "implicit", "list", "pile-on"))

c.add("safety", subject="Incident at the Brunswick Estate residents' meeting - report from Castlebridge Homes",
      sender=("Naomi Ferguson", "naomi.ferguson@castlebridgehomes.example.org.uk"),
      body=f"""Dear Mr Okafor,

I am the Neighbourhood Manager for the Brunswick Estate at Castlebridge Homes. I am writing to report an incident which took place at our residents' meeting at the Brunswick Community Flat on Tuesday evening, which Councillor Paddy Devlin attended at our invitation. Councillor Devlin has asked that I share my account with you.

The meeting was attended by 26 residents and four staff. Councillor Devlin gave an update on the regeneration plans for blocks C and D, which involve the temporary decanting of tenants.

At about 7.50pm, during questions, a tenant of block C, whose identity we know, stood up and began shouting at Councillor Devlin about the decant. He accused the Councillor of "getting backhanders from the developers". Councillor Devlin tried to answer. The tenant then walked to the front of the room, pointed at the Councillor and said, in front of everyone: "You're going to get what's coming to you. I know where you drink. I'll be waiting for you one of these nights and there'll be nobody to help you." He then kicked over a chair and left.

Our staff asked the Councillor to wait in the office while they checked the stairwell and car park, and a member of staff escorted him to his car.

Castlebridge Homes has a zero-tolerance approach to threats against anyone on our premises. We have reported the incident to the police and have written to the tenant about the breach of his tenancy conditions. We will not invite the tenant to future meetings, and we will have two members of staff at the door for the next residents' meeting.

I am sending this to you because the Councillor thought the party would want a record, and because he has asked whether the party can accompany him at future estate meetings.

Yours sincerely,

Naomi Ferguson
Neighbourhood Manager, Brunswick Estate
Castlebridge Homes

Castlebridge Homes is a registered provider of social housing. This message may contain confidential information.
""",
      tags=("third-party-report", "explicit", "stalking"))

# ---------------------------------------------------------------------------------------
# HARD NEGATIVES
# ---------------------------------------------------------------------------------------

c.add("complaint", subject="Our client Mr Harold Pinnock - 17 Tannery Row - election boards",
      sender=("Goodwin Saye & Partners", "property.disputes@goodwinsaye.example.co.uk"),
      body=f"""Dear Sir,

Our client: Mr Harold Pinnock, 17 Tannery Row, Castlebridge

We are instructed by Mr Pinnock in relation to two election boards bearing the name of your party's candidate, which were erected on or about the 3rd of this month at the property adjoining our client's, number 15 Tannery Row.

The boards have been fixed to timber posts driven into the ground along the boundary between the two properties. Our client's title plan, a copy of which we have, shows that the boundary hedge and a strip of approximately 30cm on the number 15 side are within our client's title. One of the posts has been driven through the root system of the hedge. Our client asked the occupier of number 15 to move the boards, and was told that they had been put up by "the Labour people" and that he should take it up with them.

Our client has no objection to the occupier of number 15 displaying whatever material he chooses on his own land. Our client does object to a trespass on his own land and to damage to his hedge.

We therefore ask that:

1. the post(s) on our client's land be removed within seven days, and any damage to the hedge made good;
2. you confirm that your volunteers will not enter our client's land or affix any material to his boundary in future.

If these steps are not taken within seven days, our client will remove the posts himself and will look to you for the cost of doing so and of repairing the hedge. He also reserves the right to bring a claim in trespass.

We trust that this can be resolved without further correspondence.

Yours faithfully,

Goodwin Saye & Partners
""",
      tags=("hard-negative", "legal-threat"))

c.add("complaint", subject="Letter before claim - exclusion from the Wharfside longlist",
      sender=("Ms Vanessa Orchard", "vanessa.orchard@orchardlaw.example.co.uk"),
      body=f"""Dear Mr Okafor,

I write in a personal capacity, as an applicant for selection as the Labour candidate for the Wharfside ward, although, as you may know, I am a practising solicitor and I have prepared this letter with that in mind.

On the 9th I was informed by email that I had not been included on the longlist for Wharfside. No reason was given. On the 10th I asked for one. On the 16th I was told, by the LCF Secretary, that the panel had "concerns about commitment to the area". I have lived in Wharfside for eleven years. I have been a member of the branch for six of them, and its secretary for two. I do not know what "concerns about commitment" could possibly mean, and nobody has been able to tell me.

I have since learned that the panel which drew up the longlist included a member who is the partner of another applicant, and who did not declare that interest. That applicant was longlisted.

The LCF procedures require panel members to declare any conflict of interest and to withdraw from decisions in which they have one. That requirement was not met. The procedures also require applicants to be assessed against published criteria. "Commitment to the area" is not among them.

I am asking, formally, for:

(a) the panel's scoring sheets and notes relating to my application;
(b) confirmation of the membership of the panel and any declarations of interest;
(c) the longlisting to be re-run by a panel with no conflicts.

I would very much prefer to resolve this within the party. But members are entitled to have the party's own rules applied to them, and if this is not resolved I will have to consider whether to seek an injunction to restrain the selection from proceeding. I hope that will not be necessary, and I am copying this letter to the Regional Director so that she is aware of it.

Yours sincerely,

Vanessa Orchard
Wharfside branch
""",
      tags=("hard-negative", "legal-threat", "angry"))

c.add("complaint", subject="Your statement about the Dockland Road development - you'll regret this in May",
      sender=("Clive Ashdown", "clive@ashdownmotors.example.co.uk"),
      body=f"""Mr Okafor,

I have read the statement put out by your local party on the Dockland Road redevelopment, and the comments of your Councillor Hughes in last Thursday's Post, and I feel compelled to reply.

I have owned Ashdown Motors on Dockland Road for twenty-seven years. I employ nineteen people. I have paid more in business rates to this council than most of your councillors have earned in their lives. Your statement describes the businesses on Dockland Road as "low-value" uses that "hold back the regeneration of the waterfront". One of those "low-value uses" put three of your councillors' children through their apprenticeships.

Nobody from your party came to speak to us before this statement was issued. Nobody from the council has yet told us where we are supposed to go, when, or with what compensation. We found out from the newspaper.

I want to put you on notice of three things.

First, I will be at the planning committee on the 4th, with every one of my staff and as many of the other Dockland Road businesses as I can bring, to have my say, and I will be asking for the right to address the committee.

Second, I will make sure that every customer who comes through my doors between now and May knows exactly what the Labour Party thinks of their local garage. I see about four hundred customers a month. You can do the arithmetic.

Third, I have instructed my solicitors to look at the consultation process, which I believe was inadequate.

Watch this space, Mr Okafor. You have picked a fight with the wrong people. You will regret this at the ballot box, and so will Councillor Hughes.

Clive Ashdown
Managing Director, Ashdown Motors Ltd
""",
      tags=("hard-negative", "angry", "legal-threat"))

c.add("bulk", subject="Castlebridge Post Politics Weekly: trial date set in MP threats case; the budget gap; your letters",
      sender=("Castlebridge Evening Post", "newsletters@castlebridgepost.example.co.uk"),
      headers=c.newsletter_headers("Mailchimp"), fmt="alt",
      body="""POLITICS WEEKLY
From the Castlebridge Evening Post politics team

Good morning, and welcome to this week's Politics Weekly.

1. Trial date set in MP threats case
A trial date has been set for next March in the case of a 47-year-old man from the Midlands accused of sending threatening messages to an MP in a neighbouring county. The man, who has pleaded not guilty, is charged with sending communications conveying a threat of death or serious harm and with harassment. The court heard that the MP concerned had been forced to cancel surgeries while the case was investigated. The case is one of several nationally that have prompted calls for stronger protection for elected representatives. Castlebridge's own MPs told the Post this week that they have reviewed their security arrangements but will continue to hold surgeries in person.

2. The £31m hole
The city council's finance director has warned that the council faces a gap of £31 million in next year's budget. The Labour administration says it will protect "frontline services" but has not ruled out library closures. The opposition says the council has "wasted millions" on consultants. We'll be at the budget scrutiny meeting on Tuesday.

3. Wharfside selection row
Labour's selection of a candidate for the Wharfside by-election has become mired in controversy, with one applicant saying she may go to court. The party says its procedures were followed.

4. Your letters
"Three-weekly bins would be a disaster for terraced streets" - R. Holden, Nether Hythe.
"Well done to the council for finally fixing Station Road" - M. Ashraf, Larkhill.

Politics Weekly is written by Tom Ridley. Got a tip? Reply to this email.

You are receiving this email because you signed up to Politics Weekly from the Castlebridge Evening Post. Unsubscribe | Manage preferences
Northgate Regional Media Ltd.
""",
      tags=("hard-negative", "news-about-threats", "newsletter"))

c.add("query", subject="Consultation: Community Safety Partnership strategy - invitation to respond",
      sender=("Community Safety Partnership Team", "community.safety@castlebridge.gov.example.uk"),
      body=f"""Dear Mr Okafor,

Castlebridge Community Safety Partnership - draft strategy: consultation with stakeholders

The Castlebridge Community Safety Partnership, which brings together the city council, the police, the fire and rescue service, the probation service and the health sector, is consulting on its draft strategy for the next three years. We are writing to community organisations, faith groups, residents' associations and the local political parties to invite responses.

The draft strategy proposes five priorities:

1. Serious violence, including knife crime and violence affecting young people. The draft proposes a focus on prevention, diversion and early intervention, building on the work of the regional Violence Reduction Unit.
2. Violence against women and girls, including domestic abuse, stalking and sexual violence. This priority includes the expansion of the city's domestic abuse outreach service.
3. Anti-social behaviour, including deliberate fire-setting, misuse of fireworks and motorbike nuisance in parks. The fire and rescue service reported a 30% increase in deliberate secondary fires last year, concentrated in the Wharfside and Dockland areas.
4. Hate crime, including the rise in incidents reported to the police following recent national events.
5. Drug-related harm, including county lines exploitation of children.

We would be grateful for your views on:

(a) whether these are the right priorities;
(b) whether anything important is missing;
(c) how the Partnership can best engage with residents in your area.

Could the CLP let us know whether it intends to respond, and who we should send the full draft to? The consultation closes in six weeks. We would also welcome the opportunity to attend a meeting of your General Committee to present the draft.

Yours sincerely,

Community Safety Partnership Manager
Castlebridge City Council
""",
      tags=("hard-negative", "news-about-threats", "benign-violent-word"))

c.add("procedural", subject="EC paper: proposal to adopt a volunteer safety policy",
      sender=("Farida Noor", "farida.noor@outlook.com"),
      body=f"""Dear Sam,

As agreed at the last EC, I've drafted a short paper proposing that the CLP adopts a volunteer safety policy. Could you include it in the papers for the next EC, and if the EC agrees, put it to the GC for adoption?

PAPER FOR EC: VOLUNTEER SAFETY POLICY

Purpose
To propose that the CLP adopts a short written policy on the safety of volunteers at CLP events, street stalls and canvassing sessions.

Background
The CLP has no written policy. Arrangements are left to individual team leaders. Several new members have asked what is expected of them and what to do if something goes wrong. The regional office has recommended that CLPs adopt a policy, and has provided a model which I have adapted below. The recent incidents involving our agent, councillors and yourself have made it more urgent.

Proposed policy (summary)
1. Canvassing and leafleting: always in teams of at least two; team leader keeps a list of who is where; no entering homes; no canvassing after dark on estates without a team leader present.
2. Street stalls: at least three volunteers; one person nominated as the point of contact for any incident; stalls not left unattended.
3. Meetings: a named steward at the door for every GC and public meeting; venues must have a second exit; venues not advertised publicly where the EC considers there is a risk.
4. Personal information: officers' and councillors' home addresses not to appear on any CLP material or website; volunteers not photographed for social media without consent.
5. Incidents: any incident to be reported to the Secretary within 24 hours using the regional incident form; serious incidents reported to the police first.
6. Support: the CLP will make sure volunteers affected by an incident are offered support, including the party's wellbeing service.
7. Training: the CLP will offer a personal safety session at least once a year.
8. Review: the EC will review the policy annually.

Recommendation
That the EC recommends the policy to the GC for adoption.

Best wishes,

Farida Noor
Equalities Officer
""",
      tags=("hard-negative", "news-about-threats"))

# ---------------------------------------------------------------------------------------
# COMPLAINTS
# ---------------------------------------------------------------------------------------

c.add("complaint", subject="Sale of the Nether Hythe allotments - a formal objection from the Allotment Society",
      sender=("Nether Hythe Allotment Society", "secretary@netherhytheallotments.example.org.uk"),
      body=f"""Dear Mr Okafor,

I write as Secretary of the Nether Hythe Allotment Society, representing the holders of the 84 plots on the council-owned allotment site off Ferry Road, to express our dismay at the decision of the Labour cabinet to declare the site surplus to requirements and to market it for residential development.

I write to the CLP, rather than the council, because two of the three ward councillors for Nether Hythe are Labour councillors, and because their leaflet at the last election contained the words "We will protect Nether Hythe's green spaces. That's a promise." I have a copy in front of me.

The site has been used for allotments since 1919, when it was given to the city for that purpose by the family of a local mill owner. There are 63 people on the waiting list. Our plot-holders include retired people for whom the allotment is their main social contact, a group from the local mental health charity, a primary school that has grown vegetables on plot 12 for fifteen years, and several families from the refugee resettlement scheme who grow food they cannot buy anywhere in Castlebridge.

The council's report states that "alternative provision will be sought". It does not say where, when or by whom.

The Society does not expect the CLP to overrule the council. But we do think the party locally should be asked to explain why a promise made in its own name eighteen months ago has been broken without so much as a conversation with the people affected.

We would welcome a meeting with the ward councillors and with any CLP officer who would like to see the site for themselves. Any Saturday morning, the kettle is always on in the hut.

Yours sincerely,

Margaret Fairweather
Honorary Secretary
Nether Hythe Allotment Society
""",
      tags=("formal",))

c.add("complaint", subject="Arrears letter sent in error and the response I received",
      sender=("Mr Desmond Achebe", "desmond.achebe@btinternet.com"),
      body=f"""Dear Secretary,

I am writing to complain about two related matters.

Last month I received a letter from the CLP's membership secretary stating that I was "seven months in arrears" and that my membership would "lapse and I would lose my right to vote in selections" unless I paid the outstanding amount within fourteen days.

I have paid my subscription by direct debit, without interruption, since 2009. I have my bank statements. When I logged into Membersnet I found that my membership was shown as current and in good standing.

I replied to the membership secretary, politely, attaching a screenshot. The reply I received, which I quote in full, was: "The system says you're in arrears, so you're in arrears. If you've got a problem, take it up with head office, not me."

I am seventy-four years old. I was treasurer of the Larkhill branch for nine years. I do not expect to be addressed in that manner by a volunteer of my own party, and I was concerned to learn from two friends at church that they had received the same letter, one of whom has since cancelled her membership in disgust.

I ask the CLP to:

(a) confirm that I am not in arrears, and tell me how the error occurred;
(b) check whether other members received the same letter in error, and write to them;
(c) remind the membership secretary that members are owed courtesy.

I should add that if the selection in Larkhill takes place before this is resolved, I expect to be allowed to vote.

Yours faithfully,

Desmond Achebe
Larkhill branch
""",
      also=("query",), tags=("formal",))

c.add("complaint", subject="Conduct of your canvasser on Ferry Road, Saturday afternoon",
      sender=("Dr Imogen Castle", "imogen.castle@castlebridge-uni.example.ac.uk"),
      body=f"""Dear Sir or Madam,

I am writing to complain about the behaviour of a man canvassing on behalf of your party on Ferry Road, Nether Hythe, at about 3pm on Saturday.

He knocked at my door and asked how I intended to vote in the by-election. I told him, politely, that I had not decided, and that I was concerned about the council's plans for the allotments. He then said, and I am quoting as closely as I can recall, "Well if you lot would rather have the allotments than houses for families, you deserve the Tories." When I said I did not think that was a fair way to put it, he said, "Typical university type," looked past me into my hallway, and said, "Nice place. Bet you've never been on the housing list." He then left without giving me a leaflet.

I have voted Labour at every election since I was eighteen. I am a senior lecturer in public health. My partner grew up in a council flat on the Brunswick Estate. None of that, of course, ought to be relevant: nobody on their own doorstep should be spoken to in that way by someone asking for their vote.

I would be grateful if you would:

- identify the canvasser from your records and speak to him about his conduct;
- let me know what guidance your volunteers are given about conduct on the doorstep;
- confirm that my address will not be canvassed by him again.

I do not wish to make a fuss, but I think you should know how your party is being represented.

Yours faithfully,

Dr Imogen Castle
Ferry Road, Nether Hythe
""",
      tags=("formal",))

c.add("complaint", subject="Resignation - the whip, the welfare vote and the party I joined",
      sender=("Jordan Fairclough-Adeyemi", "jordan.fa@protonmail.com"),
      body=f"""Dear Sam,

I'm writing to resign my membership of the Labour Party. I'm also stepping down as Youth Officer of the Wharfside branch, effective immediately. I'll hand over the branch social media passwords to whoever you nominate.

I'm twenty-two. I joined at seventeen. I spent every weekend of the last general election campaign on the doors in Wharfside and Dockland. I was one of the people who persuaded my mates, who had never voted, that it was worth voting Labour because things would actually be different. Some of them did.

I want to be honest about why I'm going, because I think the party should hear it from people like me and not just from the usual suspects.

It isn't one thing. It's the two-child cap staying in place. It's the winter fuel decision. It's the welfare bill, and the way it was forced through. But the thing that finally did it was watching MPs who voted against the welfare cuts, on principle, for disabled people, lose the whip for it, while the MPs who'd been in the papers for far worse kept theirs. That tells me everything I need to know about what this party rewards.

I know some people will say I'm naive, that governing is hard, that you can't do everything at once. I get that. But you can choose what you do first, and who you do it to.

I'm not joining any other party. I'm going to put my energy into the tenants' union and the food bank, where I can see the difference I make.

Thank you for everything you've done as secretary. You always replied to my emails, which is more than can be said for some. I hope the party proves me wrong.

Jordan Fairclough-Adeyemi
(former Youth Officer, Wharfside branch)
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# PROCEDURAL
# ---------------------------------------------------------------------------------------

c.add("procedural", subject="Local Campaign Forum AGM - notice and call for CLP nominations",
      sender=("Castlebridge Local Campaign Forum", "lcf.secretary.castlebridge@gmail.com"),
      body=f"""To: Secretaries of the CLPs and affiliated organisations within the Castlebridge LCF area

Dear colleagues,

NOTICE OF ANNUAL GENERAL MEETING - CASTLEBRIDGE LOCAL CAMPAIGN FORUM

The AGM of the Castlebridge Local Campaign Forum will be held on Wednesday the 26th at 7pm at the Eastgate Institute, Lower Hall. The meeting is open to LCF delegates only.

1. Delegates
Each CLP is entitled to send the number of delegates set out in the LCF's constitution, based on membership. Please confirm your delegates, who must be members in good standing, to this address by the 19th. Delegates from affiliated trade unions and socialist societies should be confirmed by their organisations in the same way.

2. Officer elections
Nominations are invited for the following LCF officer posts: Chair; Vice-Chair; Secretary; Treasurer; Women's Officer; BAME Officer; Disability Officer; Campaign Coordinator. At least half of the officers must be women.

Nominations must be made by a CLP or an affiliated organisation and must be received by the 19th, with the nominee's written consent.

3. Business
The agenda will include: the Secretary's report on the local government selection timetable; the Treasurer's report; the panel of local government candidates (interim report); the campaign plan for May; and any motions received by the 19th.

4. Motions
CLPs and affiliates may submit one motion each, of no more than 250 words, relating to the business of the LCF.

Please circulate this notice to your Executive Committee. I'd be grateful for an acknowledgement.

Yours in comradeship,

Secretary, Castlebridge Local Campaign Forum
""",
      tags=("formal",))

c.add("procedural", subject="Motion for GC - Scrap the two-child limit (Larkhill branch)",
      sender=("Helen Marsh-Obi", "helen.marshobi@gmail.com"),
      body=f"""Dear Sam,

Larkhill branch met on Monday (quorate, 19 present) and agreed the motion below for submission to the next GC. The vote was 16 for, 1 against, 2 abstentions. We'd also like the GC to consider it for submission to Annual Conference as the CLP's contemporary motion, if the timing works.

MOTION: SCRAP THE TWO-CHILD LIMIT

This GC notes:
1. That the two-child limit on Universal Credit and Child Tax Credit affects around 1.6 million children nationally, and an estimated 4,300 children in Castlebridge;
2. That the Resolution Foundation, the Child Poverty Action Group and the Institute for Fiscal Studies have each identified the policy as a leading driver of the rise in child poverty;
3. That scrapping the limit is estimated to be the most cost-effective single measure for reducing child poverty.

This GC believes:
1. That no child should be treated differently by the benefits system because of the number of brothers and sisters they have;
2. That ending child poverty is a core Labour value.

This GC resolves:
1. To call on the government to scrap the two-child limit in full, in the next fiscal event;
2. To ask the Member of Parliament to make representations to this effect to the Chancellor and the Secretary of State for Work and Pensions, and to report back to the GC;
3. To submit this motion to Annual Conference, subject to the rules on contemporary motions.

Proposer: Helen Marsh-Obi (Larkhill branch secretary)
Seconder: Tunde Bakare (Larkhill)

Let me know if you need anything else.

Helen
""",
      tags=("formal",))

c.add("procedural", subject="Treasurer's report to EC: finances, branch levy and the by-election",
      sender=("Ravinder Gill", "ravinder.gill.treasurer@gmail.com"),
      body=f"""Sam,

My report for Tuesday's EC. There is a recommendation at the end that needs a decision, so please put it on as an item for decision rather than for noting.

TREASURER'S REPORT TO THE EXECUTIVE COMMITTEE

1. Balances (as at end of last month)
Current account: £3,412.18
Reserve account: £6,000.00
Wharfside by-election account: £1,104.50
Total: £10,516.68

2. Income and expenditure since last report
Income: membership allocation from the national party (£612.00), raffle at the summer social (£284.00), donations (£150.00).
Expenditure: room hire (£210.00), printing (Tannery Lane, £945.00), website hosting (£96.00), Zoom subscription (£15.99/month).

3. By-election
The by-election budget agreed by the EC is £3,500. Spending committed to date is £2,395.50, of which £1,291 has been paid. The agent has confirmed that spending is within the legal limit for the ward.

4. Branch levy
At present, branches do not contribute to CLP running costs. Several CLPs in the region operate a small levy. With room hire costs up 40% since last year, I propose a levy of £1 per member per year from each branch, payable in January. This would raise roughly £1,050.

5. Recommendations
(a) That the EC notes the report.
(b) That the EC recommends to the GC the introduction of a branch levy of £1 per member per year, with a hardship waiver for branches with balances below £200.
(c) That the EC authorises the Treasurer to move £1,000 from the reserve account to the by-election account if required, to be repaid from fundraising.

Ravinder Gill
Treasurer
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# DATA PROTECTION
# ---------------------------------------------------------------------------------------

c.add("data-protection", subject="What was said about me at the EC",
      sender=("Lorraine Whitby", "lorraine.whitby@hotmail.co.uk"),
      body=f"""Hello Sam,

I hope you're keeping well. I'm writing about something that's been playing on my mind since the summer.

A friend in the Nether Hythe branch told me that my name came up at an Executive Committee meeting in July, in connection with the row about the branch's Facebook page. She said that somebody described me as "a liability" and that there was talk of "taking it further". She didn't know any more than that because she only heard it second hand.

I was never told anything about this. Nobody from the EC contacted me. I'm still a member and as far as I know I've done nothing wrong, apart from posting a couple of things on the branch Facebook page that some people didn't like.

I'd like to see whatever was written down about me. The minutes of that meeting, any notes, any emails between the officers where I'm mentioned, anything. I think I'm entitled to know what's being said about me and by whom, and if it's been passed on to anyone else, like the region, I'd like to know that too.

I'm not looking for a fight. I just don't like the idea of things being said and written about me behind my back that I can't answer.

Thanks,

Lorraine Whitby
Nether Hythe
""",
      tags=("dp-no-legal-words", "confuser"))

c.add("data-protection", subject="Mailchimp account compromise - phishing email sent to 1,400 supporters - breach report",
      sender=("Aaron Bateman", "aaron.bateman.comms@gmail.com"),
      body=f"""Sam, Chair, Ravinder,

As Communications Officer I'm reporting a personal data breach involving the CLP's Mailchimp account. I've set it out in the order the party's breach form asks for. I think this needs to go to the party's DPO today.

What happened
At 06:12 this morning an email was sent from the CLP's Mailchimp account to our entire "Supporters" audience (1,412 contacts). The subject line was "Urgent: your Labour membership payment failed" and it linked to a fake payment page asking for card details. None of us sent it. Mailchimp's activity log shows a login at 05:48 from an IP address in a country none of us has been to.

How it happened
The account was protected only by a password, which was shared between three officers and, it turns out, was also used by one of those officers for another account that appeared in a public data breach last year. Two-factor authentication was not switched on. I take responsibility for not having insisted on it.

What data was involved
The attacker had access to the full audience: names, email addresses, postcodes for about 60% of contacts, and tags showing how each person signed up (e.g. "petition - allotments", "volunteer", "donor"). We don't know whether the list was exported. Mailchimp's logs suggest an export may have been attempted at 05:55.

What I've done
- Changed the password and enabled two-factor authentication at 07:30.
- Removed all other users' access pending review.
- Reported the incident to Mailchimp support.
- Drafted a warning email to all 1,412 contacts telling them to ignore the earlier email and not to enter card details (not yet sent - I'd like your approval).
- Posted a warning on our Facebook page.

What I need from you
Approval to send the warning email; and for someone to report this to the party's DPO and decide about the ICO, since I think the 72-hour clock started this morning.

Aaron Bateman
Communications Officer
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# QUERY
# ---------------------------------------------------------------------------------------

c.add("query", subject="Proposed march and rally on the 12th - do you need a licence or road closure?",
      sender=("Licensing and Events Team", "events.licensing@castlebridge.gov.example.uk"),
      body=f"""Dear Mr Okafor,

We have been made aware, through a post on social media and a query from the police, that {CLP} is planning a march from Wharfside to the Civic Centre on Saturday the 12th, followed by a rally on Civic Square, in support of the refuse workers. We are writing to make sure you have the information you need and to ask a few questions.

The council does not licence processions, which are a matter for the police under the Public Order Act. However, some aspects of your event may require permission from the council:

1. Road closures. If the march will use the carriageway rather than the pavement, a temporary traffic regulation order may be needed. The police will advise. Applications normally require six weeks' notice, although shorter notice is possible in some circumstances.
2. Civic Square. Civic Square is council land, and events on it require a booking through this team. Could you tell us the expected numbers and whether you will be using a stage, PA system or gazebos?
3. Street collections. If you intend to collect money on the day, a street collection permit is required.
4. Amplified sound. Use of amplified sound on the highway may require consent.

Could you also tell us:
(a) who the named organiser is, and a contact number for the day;
(b) whether you have public liability insurance for the event;
(c) whether you have a stewarding plan, and how many stewards you expect.

We are happy to help and there is no fee for booking Civic Square for a free public gathering. We would just ask that we receive the details at least ten working days before the event.

Kind regards,

Licensing and Events Team
Castlebridge City Council
""",
      tags=("formal",))

c.add("query", subject="City Archives - depositing the records of the Riverside Labour Party",
      sender=("Dr Alice Penhaligon", "alice.penhaligon@castlebridge-archives.example.gov.uk"),
      body=f"""Dear Mr Okafor,

I am the archivist responsible for political and trade union collections at Castlebridge City Archives. I was given your name by Mr Geoffrey Allardyce, a long-standing member of your party, who mentioned that the CLP holds a number of old minute books and other records which are currently stored in members' lofts and garages.

I am writing to ask whether the CLP would consider depositing its historic records with the City Archives. We already hold the records of the Castlebridge Trades Council, several trade union branches and the local Co-operative Party, and the records of the Labour Party in the city would be a very valuable addition for historians, students and the public.

In summary, how it works:

1. The records would be deposited on loan, so the CLP would retain ownership and could withdraw them if it wished.
2. We would catalogue and store them in controlled conditions.
3. Access would be managed according to an agreement with you. We usually recommend that records containing personal information about living individuals, such as membership lists, are closed for a period (commonly 75 or 100 years), while minutes and printed material more than thirty years old can be opened.
4. There is no charge.

Could you let me know:

- whether the CLP would be interested in principle;
- roughly what records exist (e.g. minute books, correspondence, election material, banners, photographs) and from what dates;
- whether the Executive would need to approve a deposit.

I would be delighted to meet you, or to attend a meeting of your Executive, to explain more.

With best wishes,

Dr Alice Penhaligon
Archivist (Political and Labour History)
Castlebridge City Archives
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# URGENT
# ---------------------------------------------------------------------------------------

c.add("urgent", subject="Post story on Cllr Hughes's expenses - running at 4pm - need CLP response by 2pm today",
      sender=("Tom Ridley", "tom.ridley@castlebridgepost.example.co.uk"),
      body=f"""Hi Sam,

Giving you a heads-up and a right of reply on a story we're running online at 4pm today and in tomorrow's paper.

The story is based on documents released under freedom of information. They show that Councillor Marcus Hughes claimed £2,340 in mileage expenses last year for journeys between his home and the Civic Centre, which under the council's members' allowances scheme are not claimable. The council has confirmed to us that it is "reviewing" the claims. We've put the details to Cllr Hughes through the council press office and are waiting for his response.

I'd like to include a response from the local Labour Party. Specifically:

1. Was the CLP aware of the claims?
2. Does the CLP think Cllr Hughes should repay the money?
3. Will the CLP be taking any action, for example referring the matter to the party's national complaints process?
4. Is Cllr Hughes still the party's candidate for Nether Hythe in May?

I need anything you want to say by 2pm at the very latest, so that the lawyers can see the final copy before it goes live. If I don't hear from you, the story will say that the local party "did not respond to a request for comment".

I'm on my mobile all day: 07700 900 418.

Thanks,

Tom
""",
      tags=("formal",))

c.add("urgent", subject="Wharfside nomination papers - candidate's consent still unsigned - close at NOON TOMORROW",
      sender=("Keith Sheridan", "keith.sheridan.agent@gmail.com"),
      body=f"""Sam,

I need your help this evening, and I'm sorry to be writing in capitals in the subject but it really is that serious.

Nominations for the Wharfside by-election close at 12 noon tomorrow. I've got the nomination paper signed by the proposer, seconder and eight assentors, all checked against the register this afternoon. I've got the certificate of authorisation signed by the nominating officer. What I have not got is Priya's consent to nomination, which has to be signed by her and witnessed, and it has to be delivered by hand with the rest.

Priya's flight back from her sister's wedding in Lisbon was cancelled this morning. She's been rebooked on a flight landing at 22:40 tonight, and she's been told it's currently on time. She can sign the form tonight, but I can't be there because of the thing at the hospital tomorrow morning (you know about that), and the form has to be witnessed.

What I need from you:

1. Can you meet Priya at the airport arrivals, or at her flat in Larkhill at around midnight, with the consent form (I'll drop it through your door by 7pm), witness her signature, and keep it safe?
2. Can you then deliver the whole set to Electoral Services at the Civic Centre when they open at 9am? I'll leave everything else with you in a sealed envelope. Don't leave it till 11.30, in case anything is wrong.

If her flight is cancelled again, ring me immediately, whatever the time. There is a way for her to sign overseas, but it's messy and I'd rather not.

Thank you, I owe you a very large drink.

Keith
Agent, Wharfside by-election
07700 900 773
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# BULK
# ---------------------------------------------------------------------------------------

c.add("bulk", subject="Undelivered Mail Returned to Sender",
      raw=c.bounce("j.okonkwo-lewis@castlebridge.gov.example.uk",
                   reason="550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table",
                   orig_subject="GC papers - Thursday - please read before the meeting"),
      body="", tags=("bounce", "robot-no-list-headers"))

c.add("bulk", subject="Automatic reply: Our client Mr Pinnock - 17 Tannery Row",
      sender=("Goodwin Saye & Partners", "property.disputes@goodwinsaye.example.co.uk"),
      headers=c.autoreply_headers("exchange"),
      body="""Thank you for your email, which has been received by Goodwin Saye & Partners.

Please note that our offices will be closed from 5.30pm on Friday 22 December until 9.00am on Tuesday 2 January. Emails received during this period will be dealt with on our return, in the order in which they were received. If your matter is urgent and relates to a completion due to take place during the closure period, please telephone the emergency number given in your client care letter.

If your email relates to an existing matter, please ensure that you have quoted our reference. If you are not an existing client and are contacting us for the first time, a member of our team will respond within two working days of our reopening.

IMPORTANT: Goodwin Saye & Partners will NEVER notify you of a change to our bank details by email. If you receive an email purporting to come from us which asks you to send money to a new account, do not act on it and telephone us immediately on a number you have obtained independently.

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient please notify the sender immediately and delete this email. Goodwin Saye & Partners is authorised and regulated by the Solicitors Regulation Authority under number 000000. A list of partners is available for inspection at our registered office.

We wish all our clients and contacts a peaceful festive season.
""",
      tags=("autoreply",))

# ---------------------------------------------------------------------------------------
# OTHER
# ---------------------------------------------------------------------------------------

c.add("other", subject="Helping your CLP win in May - a quick introduction",
      sender=("Dominic Featherstone", "dominic@doorstepdata.example.co.uk"),
      body=f"""Dear Sam,

I hope you don't mind an unsolicited email. My name is Dominic, and before I started Doorstep Data I spent eleven years as a party organiser, mostly in the North West, so I know how precious a CLP secretary's time is, and I'll keep this brief.

Doorstep Data helps constituency parties and local campaign forums get more out of the volunteers they already have. We don't sell lists and we don't do anything that would put you at odds with the party's own systems. What we do is this:

- We run a half-day workshop for your organisers on planning canvass sessions around your volunteers' actual availability, so that you stop asking the same twelve people to do everything.
- We help you design print that works: fewer leaflets, better targeted, with a clear ask. Our clients have typically cut print spend by a quarter.
- We train volunteers in the doorstep conversation itself, including how to handle difficult conversations calmly, which I know is on a lot of CLPs' minds at the moment.

Our fees are modest and we offer a discount for CLPs with fewer than 1,000 members. A couple of CLPs in your region have worked with us this year and I'd be happy to put you in touch with their secretaries so you can hear it from them rather than from me.

If you'd like a no-obligation chat, I'm free most evenings after six, which I've learned is when CLP secretaries actually have time. If not, no problem at all, and good luck in May.

Best wishes,

Dominic Featherstone
Founder, Doorstep Data Ltd
07700 900 310
""",
      tags=("sales-pitch",))

c.write()
