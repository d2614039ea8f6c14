"""train/ua3: talking about safety is not a threat, part 3 (Ravensholme & Coldwell CLP, West Yorkshire).
All content hand-written.

43 hard negatives about safety or using its words (a gala risk assessment, imprints and home
addresses, a visual fire alarm, a protocol for opening hostile post, a motion after racist attacks,
the count's security, a contested safeguarding nomination, police ward-panel and Neighbourhood
Watch mail, a regional news digest about threats to politicians elsewhere, ward complaints about
dealing in a snicket, e-scooters, rat-running, a vandalised war memorial and stones thrown at
buses, refuge and knife-crime casework, an officer signed off after the count), then 17 safety
messages in the same settings and vocabulary.

Ravensholme & Coldwell: a fictional West Yorkshire seat. Wards: Coldwell, Ravensholme Town,
Marsh Top, Lindley Moor, Saltcote, Birks Lane. MP: Catherine Sugden. Secretary: Marcus Akinola.
Chair: Denise Haigh. Cllrs: Tariq Mahmood (Saltcote), Janice Sykes (Marsh Top), Owen Brearley
(Birks Lane), Fozia Rafiq (Ravensholme Town). Council: Spenvale Council.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ua3", seed=6303)
c.clp = ("Ravensholme & Coldwell CLP", "Marcus Akinola", "clp.secretary@ravensholmelabour.org.uk")


def fwd(note, orig_body, orig_from, orig_subject, orig_to, style):
    """c.forward, with the original message's own recipient in its To: line."""
    text = c.forward(note, orig_body, orig_from, orig_subject, style=style)
    return text.replace("To: %s\n" % c.clp[2], "To: %s\n" % orig_to, 1)


P = c.person
SEC = "Marcus Akinola <clp.secretary@ravensholmelabour.org.uk>"
HN = ("hard-negative", "safety-talk")
SYKES = ("Cllr Janice Sykes", "janice.sykes@spenvale.gov.uk")
BREARLEY = "Cllr Owen Brearley <owen.brearley@spenvale.gov.uk>"

# ============================================================ hard negatives

# 1 risk assessment template for the gala stall
c.add("query", subject="Gala stall - risk assessment?", sender=P("Heather", "Crowther"),
      tags=HN + ("safety-query",),
      body="""Marcus,

The Coldwell Gala committee have sent the stallholders' pack and this year they want every stall to send in a risk assessment and a copy of public liability insurance by the 1st, or we don't get a pitch.

Do we have a template from last year? I'm thinking it's mostly: gazebo weights (after the one that took off in 2024, ha), the tombola table, kids' face painting, and two people on the stall at all times. Does the party's insurance certificate cover a gala stall? If you can send it over I'll do the rest.

Heather
Coldwell branch""")

# 2 html-only from the MP's office: surgery venue addresses for police review
c.add("query", subject="Surgery venues - police security review", sender=("Yasmin Shah", "yasmin.shah@parliament.example.uk"),
      fmt="html", tags=HN + ("safety-query", "html-only"),
      body="""Dear Marcus,

As part of Catherine's annual security review under Operation Bridger, the police security adviser will visit each venue where Catherine holds surgeries or regular public events, to check exits, lighting, CCTV and so on. This is routine and every MP does it.

Could you confirm for me:
- the full address and the name of a key-holder for the Saltcote Community Room, the Birks Lane Methodist Church and the Ravensholme Labour Club;
- whether the CLP has any other venue it expects Catherine to use in the next six months.

The adviser would like to visit in the week of the 24th, during the day.

Many thanks,
Yasmin Shah
Constituency Office Manager, Office of Catherine Sugden MP""")

# 3 imprint and home address
c.add("query", subject="Does my home address have to go on the leaflet?", sender=P("Lauren", "Firth"),
      tags=HN + ("safety-query",),
      body="""Hi Marcus

First time candidate (Lindley Moor) so apologies for the basic question. I've been designing my "meet your candidate" leaflet and the template has the imprint at the bottom. Does the imprint have to be my address? I live alone with my daughter and I'm not keen on 6,000 leaflets with my house number on them going round the ward.

I assume it can be the CLP's address or the agent's? Just want to make sure I get it right before it goes to the printer.

Thanks,
Lauren""")

# 4 hearing-impaired member: visual fire alarm
c.add("query", subject="Fire alarm at the new venue - visual?", sender=P("Gordon", "Ackroyd"),
      tags=HN + ("access", "benign-violent-word"),
      body="""Dear Marcus

I am profoundly deaf (I lip read and use BSL) and I have been asked to be a GC delegate for Birks Lane. Before I say yes, could you find out whether the Ravensholme Enterprise Centre, where the GC now meets, has a visual fire alarm (flashing beacons) in the meeting room and the toilets? At my last job there was a fire alarm and I didn't know until somebody grabbed my arm.

If not, I would need someone sitting with me who knows to tell me. Also a BSL interpreter for the AGM, if the budget allows.

Thank you
Gordon Ackroyd""")

# 5 protocol for opening hostile post at the office
c.add("query", subject="Opening the post at the office", sender=("Dorothy Lumb", "dorothy.lumb@btinternet.com"),
      tags=HN + ("safety-procedure", "safety-query"),
      body="""Marcus,

I do the post at the Labour Club office on Tuesday and Friday mornings. Most of it is bills, membership forms and the odd card. But now and again there's a nasty one, the sort with green ink and capital letters, calling us traitors and worse. Nothing threatening so far, just rude, and I've been putting them in the bin.

Two questions:
1. Should I be keeping those rather than binning them? Somebody at the women's forum said the party likes to know about abusive mail even if it isn't threatening.
2. Is there a proper procedure for anything that looks odd (lumpy, no stamp, powder)? I read about the office in the Midlands. I'd like to know what I'm supposed to do rather than find out on the day.

Dorothy""")

# 6 teen txtspeak: is the Young Labour social ok to come alone
c.add("query", subject="young labour social", sender=("Aliyah", "aliyah.b2008@gmail.com"),
      tags=HN + ("safety-query",),
      body="""hi

ive just moved to ravensholme for college and joined labour online. saw theres a young labour social thurs at the labour club. is it ok to come on my own? i dont know anyone lol. is it like a pub? im 17 so not sure if im allowed in. also is it near the bus station its dark by 5 now

thanks xx""")

# 7 non-native (Romanian): polling agent and ID at the count
c.add("query", subject="To be polling agent - question", sender=P("Ioana", "Munteanu", "yahoo.com"),
      tags=HN + ("non-native", "safety-query"),
      body="""Dear Mr Marcus,

I am member since 2023 and I want to help in the elections in May. My friend Denise tell me I can be "polling agent" or go to the count. Please what I must do for this? 

I am Romanian citizen with settled status, I can vote in local elections. Is this enough to be agent? At the count she says there is security and they check everybody, what ID I must bring, is passport ok or I need something from the party?

Also what time is finish, because I have small child.

Thank you very much,
Ioana Munteanu""")

# 8 lone-worker app reimbursement
c.add("query", subject="lone worker app - can the CLP pay?", sender=("Owen Brearley", "owen.brearley@gmail.com"),
      tags=HN + ("safety-query",),
      body="""Marcus - after the EC talk about lone working, I've downloaded one of the lone-worker apps (the sort where you set a timer and it alerts your contacts if you don't check in). It's £4.99 a month. Several of us on Birks Lane who leaflet alone in the afternoons would use it. Any chance the CLP could cover it for, say, six people for the campaign? Otherwise I'll put it through the branch. Owen""")

# 9 motion after racist attacks
c.add("procedural", subject="Emergency motion - standing with Saltcote", sender=("Tariq Mahmood", "tariq.mahmood@spenvale.gov.uk"),
      tags=HN + ("motion", "benign-violent-word", "news-about-threats"),
      body="""Dear Marcus,

Saltcote branch would like to submit the following emergency motion to Thursday's GC, given the events of last weekend. I appreciate it's past the usual deadline; that's why it's an emergency motion.

STANDING WITH SALTCOTE

This GC notes with horror the attack on the Jamia Masjid on Wellington Street on Saturday night, when windows were smashed and a fire was started at the rear door, and the racist graffiti sprayed on homes on Victoria Road.

This GC thanks the emergency services, the neighbours of all faiths who helped clean up on Sunday morning, and the police for the arrests made.

This GC believes that an attack on one community in Ravensholme is an attack on all of us.

This GC resolves:
1. to send a message of solidarity to the mosque committee and the residents of Victoria Road;
2. to ask our councillors to press the council to fund additional security at places of worship;
3. to support the vigil on Friday at 6pm at the Town Hall steps and encourage members to attend.

Proposed: Tariq Mahmood. Seconded: Helen Bamforth.

Tariq""")

# 10 agent's report: count security arrangements
c.add("procedural", subject="Agent's report to GC - count arrangements", sender=P("Philip", "Greenwood"),
      tags=HN + ("report",),
      body="""Report of the Election Agent to the General Committee

1. Count. The count for the Spenvale Council elections will be held at Ravensholme Sports Centre from 10pm on polling day (verification) with counting overnight.

2. Security. The Returning Officer has briefed agents on the arrangements:
- entry by pre-issued pass and photo ID only; no passes will be issued on the night;
- bag searches at the door, contracted security staff and a police presence throughout;
- no flags, banners or placards; no alcohol;
- candidates and agents may be escorted to their cars at the end if they wish. The Returning Officer's team will offer this to all candidates.
I'd encourage candidates to take up that offer. It isn't a reflection on any particular threat; it's good practice and, frankly, everyone is tired at 4am.

3. Counting agents. Each candidate may appoint up to three. Names to me by the 22nd, please.

4. Postal votes. Opening sessions on the 28th and 1st; agents welcome.

Philip Greenwood, Election Agent""")

# 11 minutes: code of conduct on online abuse
c.add("procedural", subject="Minutes - Women's Forum 9 Oct (draft)", sender=P("Samina", "Begum"),
      tags=HN + ("minutes",),
      body="""Draft minutes of the Women's Forum, Thursday 9 October, Ravensholme Labour Club

Present: 14. Chair: S Begum.

1. Welcome.

2. Online abuse and our code of conduct
Discussion of members' experiences of abuse on social media during the summer by-election, including on the CLP's own Facebook page. Agreed that members had a right to expect the CLP to moderate its own pages.
AGREED:
(a) to propose to the EC that the CLP adopts a short code of conduct for its Facebook page (no personal abuse, no sexist/racist language, comments removed and repeat offenders blocked), to be pinned to the top of the page;
(b) that the Forum's officers will help moderate;
(c) to ask the regional office for training on reporting abuse that crosses the line into threats, so members know the difference and know where to go.

3. Childcare at meetings: agreed to ask the EC for a budget.

4. AOB: Christmas meal, 12 December, the Shears Inn.

Next meeting: 13 November.""")

# 12 nominations: contested safeguarding officer, one withdrawn
c.add("procedural", subject="Withdrawal of nomination - Safeguarding Officer", sender=P("Keith", "Naylor"),
      tags=HN + ("nomination",),
      body="""Dear Marcus,

Lindley Moor branch nominated me for CLP Safeguarding Officer last month. I understand Samina Begum has also been nominated, by three branches.

Having spoken to Samina, and given that she is a trained social worker and I am a retired quantity surveyor, I would like to withdraw my nomination so that she can be elected unopposed. I'm very happy to be her deputy or help in any other way.

Please treat this email as formal notice of withdrawal.

Kind regards,
Keith Naylor""")

# 13 EC paper: stop publishing surgery venues in advance
c.add("procedural", subject="EC paper - publishing surgery venues", sender=("Denise Haigh", "denise.haigh@ravensholmelabour.org.uk"),
      fmt="alt", tags=HN + ("report",),
      body="""Marcus, paper for item 5 at the EC. Please circulate with the agenda.

PUBLISHING COUNCILLORS' SURGERY DETAILS
Paper from the Chair

Background. At present the CLP website and Facebook page list every councillor's surgery, with venue, date and time, for the year ahead. The MP's office publishes Catherine's surgeries only after booking, and the police advice to MPs is not to advertise dates and venues far in advance.

Several councillors have asked whether we should follow the same approach. There has been no specific incident. It's a question of good practice, and of councillors feeling comfortable.

Options.
A: No change.
B: Publish surgeries one week ahead only.
C: Move to appointment-only surgeries, with a phone number and email on the website.

Considerations. Option C is the safest, but some councillors value the drop-in surgery; older residents in particular may not book. Option B is a reasonable compromise.

Recommendation: Option B, with individual councillors free to choose C.

Denise Haigh, Chair""")

# 14 apologies: on nights, security job
c.add("procedural", subject="apols", sender=("Dwayne Lister", "dwaynelister@outlook.com"),
      tags=HN + ("apologies",),
      body="""Hi Marcus, apols for GC Thurs, I'm on nights all week (security at the infirmary, A&E door, living the dream). Will vote by proxy if that's a thing? If not no worries. Dwayne (Coldwell)""")

# 15 police ward-panel newsletter (bulk)
c.add("bulk", subject="Ravensholme Ward Panel News - knife arch at Coldwell bus station and more",
      sender=("Ravensholme NPT", "ravensholme.npt@policealerts.example.org.uk"),
      headers=c.newsletter_headers("Mailerlite"), fmt="alt",
      tags=HN + ("police-bulletin", "crime-casework"),
      body="""RAVENSHOLME & COLDWELL NEIGHBOURHOOD POLICING TEAM
Ward Panel News

Operation Sceptre: knife arch at Coldwell bus station
Last Friday, officers ran a knife arch at Coldwell bus station between 3pm and 8pm as part of the national week of action on knife crime. 412 people walked through. Two knives were recovered, one from a bin and one surrendered voluntarily. Officers also visited Coldwell High and Lindley Moor Academy to talk to Year 9 students about the consequences of carrying a blade.

Catalytic converter thefts
Three thefts in Birks Lane and Marsh Top in October, all from hybrid cars parked on the street. Consider a cage or marking kit.

Marsh Top: stones thrown at buses
We're aware of the stone-throwing at buses on Marsh Top Road and are working with the bus operator and the school. Additional patrols are in place.

Ward panel meeting
Wednesday 19th, 6.30pm, Saltcote Community Room. The panel sets the priorities we work on for the next three months.

PC 4417 Ryan Hirst and PCSO 6620 Amy Dyson

You are receiving this because you signed up to community alerts. Unsubscribe.""")

# 16 party safeguarding newsletter (bulk)
c.add("bulk", subject="Safeguarding update for CLP officers - autumn",
      sender=("Labour Party Safeguarding", "safeguarding-updates@members.example-labour.org.uk"),
      headers=c.newsletter_headers("NationBuilder"),
      tags=HN + ("security-briefing",),
      body="""Dear CLP Secretary,

Here is the autumn safeguarding update for CLP and branch officers.

1. Model policy updated
The model safeguarding policy for CLPs has been updated. Changes: new contact details for the national safeguarding team, and clearer guidance on volunteers under 18 in WhatsApp and other group chats.

2. Safeguarding officers
Every CLP should have a named safeguarding officer. If your CLP's officer has changed, please update the record on Organise.

3. Reporting
Safeguarding concerns about children or adults at risk should be reported to the national safeguarding team. If someone is in immediate danger, call 999 first. Threats or abuse directed at members, candidates or staff should be reported through the separate member safety process.

4. Training
New online modules are available on Learn, including "Safeguarding essentials" (30 minutes) and "Running safe events".

Thank you for everything you do to keep our members safe.

The Labour Party
You are receiving this as an officer of a CLP. Manage your preferences on Membersnet.""")

# 17 council winter gritting and road safety (bulk)
c.add("bulk", subject="Winter is coming: gritting routes and keeping safe on the roads",
      sender=("Spenvale Council", "news@spenvale.gov.uk"),
      headers=c.newsletter_headers("Campaign Monitor"),
      tags=HN,
      body="""SPENVALE COUNCIL - WINTER SERVICE

Our gritting fleet is ready. Priority routes (main roads, bus routes, steep hills including Marsh Top Road and Lindley Moor Bank) will be treated when temperatures are forecast to drop below freezing. You can see the routes and a live map of the gritters at spenvale.gov.uk/winter.

Grit bins: we have refilled 640 grit bins. Please use the salt on roads and pavements, not on private driveways.

Driving in winter: allow extra time, clear ice and snow from all windows, and slow down on the moor roads, where black ice causes crashes every year.

Check on neighbours: if you know someone who is elderly or vulnerable, please check on them during cold snaps.

Spenvale Council. Unsubscribe.""")

# 18 regional news digest about threats to politicians elsewhere (bulk)
c.add("bulk", subject="Your Yorkshire Evening Digest: councillor receives threatening letters | MP's office vandalised",
      sender=("Pennine Courier", "digest@penninecourier.example.co.uk"),
      headers=c.newsletter_headers("Mailchimp"), fmt="html",
      tags=HN + ("news-about-threats", "html-only"),
      body="""YOUR EVENING DIGEST

COUNCILLOR RECEIVES THREATENING LETTERS AFTER LIBRARY VOTE
A councillor in North Yorkshire has received three anonymous letters at her home since voting to merge two branch libraries. Police have confirmed they are investigating. The councillor said: "Disagree with me, vote me out, but leave my family alone."

MP'S OFFICE WINDOWS SMASHED
The constituency office of a Welsh MP was vandalised overnight on Tuesday. The MP said staff were "shaken but determined" and that surgeries would go ahead as planned.

COUNCILS TOLD TO REVIEW SECURITY
The Local Government Association says councils should give every councillor the option of a home security assessment, after a rise in reported abuse.

ELSEWHERE
Ravensholme Rugby League: 24-12 win at Batley. Leeds-Bradford airport expansion: decision delayed. Weather: frost tonight.

You're receiving this because you subscribed to the Pennine Courier digest. Unsubscribe.""")

# 19 Neighbourhood Watch list: catalytic converters
c.add("bulk", subject="[LindleyMoorNW] Catalytic converters - 2 more last night",
      sender=("Mick Fawcett", "mickfawcett@talktalk.net"),
      headers=c.list_headers("LindleyMoorNW", domain="groups.example-mail.co.uk"),
      tags=HN + ("list", "crime-casework"),
      body="""2 more cats nicked last night, both Priuses, Moorside Avenue and the top of Holly Bank. Took about 90 secs each by the sound of it, the lady at 12 heard the saw at 3.15am and by the time she got to the window they'd gone in a dark estate car.

Police say they're on it but they're not.

If youve got a hybrid get a cage fitted, theres a bloke in Brighouse does them for 180 quid, or at least park it against a wall.

Mick
(LMNW)

--
LindleyMoorNW. To leave, email lindleymoornw-leave@groups.example-mail.co.uk""")

# 20 community centre: fire door inspection and evacuation drill (bulk to all hirers)
c.add("bulk", subject="Saltcote Community Room - evacuation drill and notice to all hirers",
      sender=("Saltcote Community Room", "bookings@saltcotecommunityroom.example.org.uk"),
      to=["Undisclosed recipients:;"],
      tags=HN + ("benign-violent-word", "confuser", "robot-no-list-headers"),
      body="""NOTICE TO ALL REGULAR HIRERS

1. Fire evacuation drill. An unannounced evacuation drill will take place during an evening booking in the next four weeks. If the alarm sounds, the group leader must take their group out by the nearest exit to the assembly point (the far end of the car park by the bottle bank) and account for everybody.

2. Fire doors. The fire door by the kitchen has been repaired. Please do not wedge it open with the fire extinguisher. It keeps happening.

3. Emergency lighting test: Monday 10am.

4. Defibrillator: a public-access defibrillator has been installed on the outside wall by the main door. Code from 999.

5. Key holders: please make sure the building is locked and the alarm is set when you leave. The code has changed; ask the office.

Thank you,
Saltcote Community Room Management Committee
(This mailbox is not monitored.)""")

# 21 Facebook notification: "murder trying to park"
c.add("bulk", subject="Bev Sutcliffe commented on your post",
      sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers("Facebook"),
      tags=HN + ("social", "benign-violent-word"),
      body="""Bev Sutcliffe commented on your post: "Catherine's next surgery: Saturday at Birks Lane Methodist Church..."

Bev Sutcliffe: Is it still on? Last time it was absolute murder trying to park, I went round three times and ended up at Aldi. Any chance of moving it somewhere with a car park? 😩

Reply · Like

This message was sent to clp.secretary@ravensholmelabour.org.uk. If you don't want to receive these emails from Meta in the future, please unsubscribe.
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""")

# 22 YouTube comment notification "absolutely killed it"
c.add("bulk", subject="New comment on \"Catherine Sugden speaks at the Save Ravensholme Infirmary rally\"",
      sender=("YouTube", "noreply@youtube.example.com"),
      headers=c.newsletter_headers("YouTube"),
      tags=HN + ("social", "benign-violent-word"),
      body="""Ravensholme & Coldwell Labour, you have a new comment on your video.

@marshtopmick: She absolutely killed it. Shot down every one of the health board's excuses. Murdered the line about "temporary" closures 😂 more of this please

Reply

Manage your email notification settings. YouTube, LLC""")

# 23 out-of-office: Safer Ravensholme Partnership board
c.add("bulk", subject="Out of Office: Re: ward panel", sender=("Janice Sykes", "janice.sykes@spenvale.gov.uk"),
      headers=c.autoreply_headers("gmail"),
      tags=HN + ("autoreply",),
      body="""Thank you for your email. I am at the Safer Ravensholme Partnership board all day today and at the Police and Crime Panel tomorrow, so I'll reply on Friday.

If your enquiry is about anti-social behaviour or a crime happening now, please call 999 (emergency) or 101 (non-emergency). Council services: 01484 000 000.

Cllr Janice Sykes, Marsh Top ward""")

# 24 membership system: DBS check complete
c.add("bulk", subject="Your volunteer DBS check has been completed",
      sender=("Labour Volunteer Checks", "no-reply@checks.example-labour.org.uk"),
      tags=HN + ("confuser", "robot-no-list-headers"),
      body="""Dear Marcus Akinola,

The Disclosure and Barring Service (DBS) check for a volunteer in your CLP has been completed.

Volunteer: Aliyah B.
Role: Young Labour volunteer (Ravensholme & Coldwell)
Check level: Enhanced
Status: Complete - cleared

No further action is required. The certificate has been sent to the volunteer's home address.

Please do not reply to this email. For help, contact the Compliance Unit through Membersnet.""")

# 25 drug dealing in the snicket by the Co-op
c.add("complaint", subject="Snicket by the Co-op - needles", sender=P("Joanne", "Holroyd"),
      cc=[BREARLEY],
      tags=HN + ("crime-casework",),
      body="""Dear Councillor Brearley,

I'm copying in the Labour Party secretary because nobody seems to answer anything.

The snicket that runs from the Co-op on Birks Lane down to Albert Street is being used for dealing every night. Lads on pushbikes, people waiting, it's obvious. This morning my seven-year-old found a needle by the bench halfway down. A NEEDLE. He brought it to me to show me. I nearly had a heart attack.

I want:
- the snicket cleaned and checked properly, today;
- the lights fixing (two out of three have been out since the summer);
- the police to do something, because I've rung 101 four times and I've been told it's "on their radar".

I've lived here 22 years. It's never been this bad. Please reply.

Joanne Holroyd""")

# 26 e-scooters knocking people over
c.add("complaint", subject="E-scooters on Ravensholme high street", sender=("Harold Beaumont", "harold.beaumont@btinternet.com"),
      tags=HN + ("crime-casework",),
      body="""Sir,

On Tuesday my neighbour, Mr Arthur Haigh, 88 years of age, was knocked off his feet outside the post office on King Street by a youth on an electric scooter travelling at considerable speed on the pavement. The youth did not stop. Mr Haigh has a broken wrist and a badly bruised hip and his daughter tells me he is now frightened to go into town.

These machines are illegal on pavements and, I understand, illegal on the roads unless they are rental ones, of which there are none in Ravensholme. Yet there are dozens of them, ridden by young men, some of them delivering food, up and down King Street every day.

What is the Labour council group doing about it? What is Mrs Sugden doing about it in Parliament? I should like a reply in writing.

H. Beaumont""")

# 27 rat-running on Birks Lane
c.add("complaint", also=["query"], subject="Birks Lane is a death trap", sender=P("Sophie", "Dyson"),
      tags=HN + ("benign-violent-word", "crime-casework"),
      body="""Hi,

Since they closed the bridge on Huddersfield Road for repairs, Birks Lane has become the rat run for every van and HGV trying to avoid the queue. It's a narrow lane with no pavement on half of it and there's a primary school at the bottom. Cars doing 40+ at 8.40am while parents and kids are walking down. It's a death trap. Honestly, it's only a matter of time before a kid gets killed.

We've asked for:
- temporary 20mph and "school" signs
- a lollipop person at the bottom
- a weight limit while the bridge is shut

Who actually decides this? Is it the council or highways? And has anyone from Labour been down to see it at 8.40? Happy to meet anyone there.

Sophie (mum of 2, St John's school)""")

# 28 war memorial vandalised
c.add("complaint", subject="War memorial - Marsh Top", sender=P("Brian", "Sowerby"),
      tags=HN + ("crime-casework", "angry"),
      body="""Somebody has sprayed graffiti all over the war memorial at Marsh Top and snapped the wreaths from Remembrance Sunday and thrown them in the beck. My grandad's name is on that memorial. Scum. Absolute scum.

I have rung the council. They say it is "not a priority" for the graffiti team because it is on church land. The church say it is the council's. Meanwhile it sits there covered in filth for everyone to see.

Councillor Sykes was there laying a wreath with her poppy on three weeks ago for the photographs. I'd like to see her there now with a bucket.

Brian Sowerby""")

# 29 stones thrown at buses, evening service withdrawn
c.add("complaint", subject="Evening buses pulled from Marsh Top - we're being punished", sender=P("Tanya", "Mellor"),
      tags=HN + ("crime-casework",),
      body="""Hi Marcus / Cllr Sykes,

The bus company has stopped the 218 going through Marsh Top after 6pm because a few kids have been throwing stones at the buses and a window got smashed. I understand the drivers don't want to be hit and I'm not blaming them at all.

But now I finish at the care home at 9 and I have to walk 25 minutes from the main road in the dark. So do loads of women who work shifts. So the whole estate gets punished for what five kids are doing.

Can the council and police sort the kids out and get the buses back? And what's the Labour group actually doing about it? I voted for Janice.

Tanya""")

# 30 angry member about police cuts, metaphor
c.add("complaint", subject="Police numbers - we're no better than the Tories", sender=P("Stephen", "Lockwood"),
      tags=HN + ("angry", "metaphor"),
      body="""Marcus,

Ward panel last night, Saltcote Community Room. Sergeant stood up and said, straight out, that Ravensholme has fewer neighbourhood officers now than at the election. FEWER. After fourteen years of the Tories butchering the police we promised "13,000 more neighbourhood officers" and what we've got is a PCSO who covers four wards and a knife arch twice a year.

People in that room were spitting feathers. I didn't know where to put myself with my Labour badge on.

I'm not leaving. I'm angry. The party nationally is bleeding working-class votes to Reform on exactly this and if we don't get a grip we'll be slaughtered in May. I want a motion to the GC demanding the PCC publishes the numbers ward by ward, and I'll write it if someone tells me the deadline.

Steve Lockwood
Saltcote""")

# 31 past incident: racist abuse at stall, asks for bystander training
c.add("query", subject="Bystander training for members?", sender=P("Kwame", "Osei"),
      tags=HN + ("past-incident", "safety-query"),
      body="""Dear Marcus,

You may remember that in 2023 a man shouted racist abuse at me and Fozia at the Saturday street stall on King Street. The police took it seriously, he admitted it and received a caution, and both Fozia and I were well supported by the CLP at the time. I'm not raising it again for my own sake.

What stayed with me is that there were five or six of our own members on the stall and nobody knew what to do. Some froze, one argued back and made it worse, and one (sorry, but true) walked off to the bakery. Nobody's fault. Nobody had been told.

There are short "active bystander" training sessions run by a number of organisations, some free. Could the CLP arrange one, for stall volunteers especially, before the May campaign? I'm happy to help organise.

Kind regards,
Kwame Osei""")

# 32 chair's well-being: signed off after the count
c.add("other", subject="Signed off for a bit", sender=("Denise Haigh", "denise.haigh@ravensholmelabour.org.uk"),
      tags=HN + ("well-being",),
      body="""Marcus,

Just a line to say the doctor's signed me off work for two weeks and told me to stay away from "anything involving meetings", which I take to include the CLP!

I think the by-election took more out of me than I realised. The count until 5am, straight into work, then the funeral. I had a bit of a wobble on Monday, sat in the car in the Morrisons car park and couldn't stop crying. I'm OK. I'm safe, I'm sleeping, Pete's looking after me, and I've got a follow-up on the 20th.

Can Tariq chair the EC? Everything's in the shared drive. I'll be reading emails but please don't expect answers.

Denise x""")

# 33 refuge: planning application support, address confidential
c.add("query", subject="Confidential - support for refuge planning application", sender=P("Gillian", "Walsh"),
      to=[SEC, "Cllr Fozia Rafiq <fozia.rafiq@spenvale.gov.uk>"],
      tags=HN + ("crime-casework",),
      body="""Dear Marcus and Cllr Rafiq,

I'm the chief officer of Pennine Women's Aid. We run the refuge in Ravensholme Town ward; I'd be grateful if you kept its location to yourselves, as I'm sure you understand.

We have submitted a planning application to convert the building next door into six self-contained flats for women and children moving on from the refuge. At the moment women are staying with us for up to a year because there is nowhere safe for them to move to, which means we turn away new referrals.

The application has attracted a couple of objections about parking. Because we cannot hold a public consultation without revealing where the refuge is, we are relying on local councillors to speak for the application at committee.

Would Cllr Rafiq be willing to speak in support, and would the CLP write a letter? I can meet you both somewhere neutral to explain more.

With best wishes,
Gillian Walsh
Chief Officer, Pennine Women's Aid""")

# 34 mother of knife-crime victim: youth project cut
c.add("complaint", also=["query"], subject="Why was the Coldwell youth project cut?", sender=P("Michelle", "Asquith"),
      tags=HN + ("crime-casework",),
      body="""Dear Marcus,

My son Jordan was stabbed to death in Coldwell Park two years ago. He was 17. Some of you came to the vigil and I know Catherine raised his name in Parliament, and I've never forgotten that.

After he died, the youth project at the Coldwell Centre was the one place the lads he grew up with went. The workers there kept a lot of them out of trouble. I know, because their mums told me.

I've just found out the project is closing in March because the council didn't renew its funding. The Labour council. I've been told it's "difficult choices".

I'm not writing to shout. I haven't the energy for shouting any more. I want to know who made the decision, whether anyone looked at what the project was doing for knife crime, and whether Catherine will help me make the case to the council before March. I'd like to meet her.

Michelle Asquith""")

# 35 urgent: steward lead ill before tomorrow's count
c.add("urgent", subject="Count tomorrow night - need a replacement lead counting agent",
      sender=("Philip Greenwood", "philip.greenwood@ravensholmelabour.org.uk"),
      tags=HN + ("safety-procedure",),
      body="""Marcus,

Bad news: Anne's gone down with flu and won't be at the count tomorrow. She was our lead counting agent and she held the passes for Lindley Moor and Marsh Top.

The Returning Officer's deadline for changing counting agent names (and getting the security passes reissued) is 12 noon TOMORROW. After that, nobody without a pass gets past the security desk, no exceptions.

I need one experienced person who can do 10pm to finish, and I need their full name and date of birth by 11am. Can you ring round the EC tonight? I'll take whoever. Keith? Dwayne if he's not on nights?

Philip""")

# 36 urgent: police advise moving tomorrow's stall (planned protest)
c.add("urgent", subject="Tomorrow's street stall - police advice to move it", sender=("Fozia Rafiq", "fozia.rafiq@spenvale.gov.uk"),
      tags=HN + ("safety-procedure",),
      body="""Marcus

Just had a call from the neighbourhood inspector. There's a protest planned in the town centre tomorrow at 11 about the asylum hotel, and a counter-protest. The police aren't saying anything will happen, but they'd "strongly advise" we don't have our stall on King Street between 10 and 2 as planned, as it's right where both groups are gathering and they'll have their hands full.

Options: move it to the market hall entrance on Saltcote side, or do it Sunday. I need to tell the volunteers tonight. Can you decide / ring Denise / ring me before 7?

F""")

# 37 data-protection: why is my name in the incident log
c.add("data-protection", subject="Your \"incident log\"", sender=P("Alan", "Pickles"),
      tags=HN + ("confuser", "dp-no-legal-words"),
      body="""Marcus,

I'm told by a fellow member (who shall remain nameless) that my name appears in something called the CLP "incident log" because of the disagreement I had with Owen Brearley at the Birks Lane branch meeting in September.

It was an argument about a planning application. Voices were raised, on both sides. Nobody was threatened, nobody complained to me, and Owen and I had a pint together the following week.

I want to know what exactly has been written about me, who wrote it and who has seen it. And unless there is a very good reason, I want it removed.

Alan Pickles""")

# 38 sales pitch from a self-defence trainer (person)
c.add("other", subject="Personal safety workshops for your women members", sender=("Kerry Lund", "kerry@lundselfdefence.example.co.uk"),
      tags=HN + ("sales", "benign-violent-word"),
      body="""Hi Marcus,

I run women's self-defence and personal safety workshops across West Yorkshire: three-hour sessions covering awareness, de-escalation, and a few simple physical techniques for breaking free if someone grabs you. I'm a former police officer and a second dan in judo, and I work with councils, universities and community groups.

I saw on Facebook that your Women's Forum has been discussing safety while campaigning. I'd love to put on a session for them. For community groups I charge £180 for up to 15 people, and I can come to your usual venue.

Happy to chat,
Kerry Lund
Lund Self Defence""")

# 39 thanks to the gala stewards
c.add("other", subject="Gala - THANK YOU", sender=("Heather Crowther", "heather.crowther@gmail.com"),
      tags=HN + ("benign-violent-word",),
      body="""Marcus,

Can you pass this on to everyone who helped at the gala on Saturday?

We absolutely smashed it. £412 on the tombola, 60 new contacts for the mailing list, 9 people signed up to join. Catherine came by at 2 and did 40 minutes of selfies with the brass band. The gazebo stayed on the ground this time (thanks to Dwayne's 4 paving slabs). The risk assessment was never looked at by anybody, so I'm framing it.

Thank you all. Cake leftovers are in the Labour Club fridge, first come first served.

Heather""")

# 40 complaint-as-query: why were there police at the GC?
c.add("complaint", also=["query"], subject="Why were there police at the GC?", sender=P("Rachel", "Brook"),
      tags=HN + ("confuser", "complaint-as-query"),
      body="""Marcus,

Could you explain why there were two police officers standing in the car park at the GC on Thursday? Several new members asked me about it afterwards, one of them asked if she'd "joined something dodgy". Nobody said anything at the meeting.

If there's a reason, fine, but members ought to be told, not left to gossip about it. And if there isn't a reason, it's a very odd way to welcome people to their first meeting. I'd like an explanation at the next GC please.

Rachel Brook""")

# 41 misdirected: fire station open day
c.add("other", subject="fire station open day - can my son bring his cub pack?", sender=P("Lisa", "Hirst"),
      tags=HN + ("misdirected", "benign-violent-word"),
      body="""Hello, I think I saw this email address on a poster in the library, sorry if not the right one.

Is the Ravensholme fire station open day on the 15th suitable for a cub pack (about 14 boys and girls aged 8-10)? They would love to see the engines and try the hose. Do we need to book? And is there a talk about fire safety at home? We're doing their home safety badge this term.

Many thanks,
Lisa Hirst
Akela, 3rd Ravensholme Cubs""")

# 42 members' list post: debate about turning off Facebook comments
c.add("bulk", subject="[RC-Members] Should we turn comments off on the CLP Facebook page?",
      sender=P("Hannah", "Whitworth"),
      headers=c.list_headers("RC-Members", domain="lists.ravensholmelabour.org.uk"),
      tags=HN + ("list", "news-about-threats"),
      body="""Hi everyone,

Following on from the Women's Forum discussion. The CLP Facebook page is becoming a bit of a cesspit in the comments. Every post about the hotel or the bypass gets 200 comments, most of them from people outside the constituency, and a lot of it is abuse aimed at Fozia and Tariq personally. Some of the national stuff I've read suggests that's how pile-ons start, and that other CLPs have just switched comments off.

On the other hand: we're a political party and people have a right to argue with us. Switching off comments looks like we're scared of debate.

Middle way: comments limited to people who follow the page, plus the code of conduct the Women's Forum proposed.

What do people think? I'll collect views for the EC.

Hannah (Lindley Moor)

--
RC-Members. To unsubscribe, email rc-members-leave@lists.ravensholmelabour.org.uk""")

# 43 hate crime awareness week co-hosting
c.add("query", subject="Hate Crime Awareness Week - co-host an event?", sender=P("Zubair", "Anwar"),
      tags=HN + ("crime-casework",),
      body="""Assalamu alaikum Marcus,

I'm a volunteer at the Jamia Masjid on Wellington Street. First, thank you to all the Labour members who came and helped clean up after the attack. It meant a lot to the community.

During Hate Crime Awareness Week we're planning an open evening at the mosque with the police hate crime officer, Tell MAMA and the Jewish community's security charity, to explain how to report hate incidents and why it matters even when it "isn't serious". We'd like it to be cross-community and cross-party.

Would the CLP be willing to co-host and help publicise it? And would Catherine be able to say a few words?

Zubair Anwar""")

# ============================================================ safety

# U1 steward after the GC: man asking which car is the MP's
c.add("safety", subject="Man in the car park after GC - asking about Catherine's car",
      sender=("Dwayne Lister", "dwaynelister@outlook.com"),
      tags=("third-party-report", "veiled", "implicit"),
      body="""Marcus,

I was on the door at the Enterprise Centre last night (I had the night off for once). About 9.10, just before the end, a bloke came up to me in the car park. Not a member, I'd never seen him before, older lad, 50s, flat cap, Leeds accent. He asked which car was Catherine's. I said I didn't know and what did he want. He said "nowt, just want to know what she drives. Red Golf, is it? I'll find it." Then "tell her the Saltcote lot are done talking."

He sat in a white van at the end of the car park with the engine running until Catherine had gone (she left out the front with Yasmin about 9.40, in Yasmin's car, thank God). Then he drove off towards Marsh Top. I got part of the reg: YD6-something.

I do security for a living and that felt wrong. I've told Yasmin. Thought you and Denise should know too.

Dwayne""")

# U2 forwarded Instagram DM to a young member
c.add("safety", subject="Fwd: instagram message - is this something?", sender=("Aliyah", "aliyah.b2008@gmail.com"),
      tags=("forwarded", "third-party-report", "stalking", "implicit"),
      body=fwd(
          """hi Marcus sorry its me again from young labour. i got this on insta after i posted the pic from the gala with catherine. i dont know who it is, the account has no posts. my mum says to send it to you and not reply. is it something??""",
          """hey labour girl 👀 saw u at the gala on the labour stall. ur mum's house is the one on marsh top rd with the white van outside isnt it. u get the 218 home from college at 4.40. we'll see you around. maybe at the next labour thing. tell ur mp we said hi""",
          "marshtop_watching (Instagram Direct) <no-reply@mail.instagram.example.com>", "New message from marshtop_watching", "aliyah.b2008@gmail.com", style="apple"))

# U3 voicemail transcript notification from the office phone system
c.add("safety", subject="New voicemail from 07700 900812 (0:41)",
      sender=("Ravensholme Labour Club Phone System", "voicemail@ravensholmelabourclub.example.voip.uk"),
      tags=("explicit", "conditional", "embedded", "voicemail"),
      body="""You have a new voicemail.

From: 07700 900812
To: Labour Club Office (ext 201)
Received: Tuesday 02:14
Duration: 0:41

Transcript (automatically generated, may contain errors):
"Yeah this is a message for Tariq Mahmood yeah and the rest of you. You put that hotel full of them in Saltcote, right next to where my kids go school. You carry on like this and I'm going to come down that Labour club and I'm going to burn it down with you lot in it. You think I'm joking. I'm not joking. Tell Tariq I know his shop as well."

Play the message: https://voicemail.example.voip.uk/m/88120441

This message was generated automatically. Do not reply.""")

# U4 rat-running complaint that ends with a wish to harm the councillor's kids
c.add("safety", subject="Re: Birks Lane is a death trap", sender=("Craig Hinchliffe", "craig.hinchliffe@hotmail.co.uk"),
      tags=("quoted", "conditional", "wish-harm", "embedded"),
      body=c.quote_reply(
          """Four weeks since this was sent. Nothing. No signs, no lollipop lady, no councillor. Brearley turned up once, for a photo.

My daughter got clipped by a wing mirror on Monday. She's 6. Bruised arm and she won't walk down there now.

Brearley's kids go to the private school in Harrogate so he doesn't care what happens on Birks Lane. Maybe somebody should drive at HIS kids at 40 mph outside their school gates and see how quick he gets a 20 sign put up. If one of ours gets hurt down here I'll be the one doing the driving.""",
          """Hi,

Since they closed the bridge on Huddersfield Road for repairs, Birks Lane has become the rat run for every van and HGV trying to avoid the queue. It's a death trap. Honestly, it's only a matter of time before a kid gets killed.

Sophie (mum of 2, St John's school)""",
          quoted_from="Sophie Dyson <sophie.dyson@gmail.com>", style="gmail"))

# U5 Neighbourhood Watch list post: councillor's address and "pay him a visit"
c.add("safety", subject="Re: [LindleyMoorNW] Catalytic converters - 2 more last night",
      sender=("Gaz Whiteley", "gazwhiteley@gmail.com"),
      headers=c.list_headers("LindleyMoorNW", domain="groups.example-mail.co.uk"),
      tags=("list", "doxxing", "veiled"),
      body="""Police useless, council useless. Our so called Labour councillor Brearley lives at 14 Crossley Gardens, the one with the Tesla on the drive. Funny how nobody's nicked anything off HIS drive.

I reckon a few of us should go round one night and pay him a visit and explain the problem to him personally. On his doorstep. Late. Let him feel what it's like to look out of your window at 3am and see people on your drive. Who's in?

Gaz

--
LindleyMoorNW. To leave, email lindleymoornw-leave@groups.example-mail.co.uk""")

# U6 suspicious item at the surgery door
c.add("safety", subject="Birks Lane surgery cancelled - suspicious bag left at the door",
      sender=("Yasmin Shah", "yasmin.shah@parliament.example.uk"),
      tags=("suspicious-item", "third-party-report"),
      body="""Marcus,

Please note this morning's surgery at Birks Lane Methodist was cancelled. When the caretaker opened up at 9.15 there was a carrier bag tied to the door handle containing a shoebox wrapped in parcel tape, with "FOR SUGDEN - OPEN IT YOURSELF" written on the lid and what looked like wires coming out of one corner.

We followed the Bridger procedure: nobody touched it, everyone moved back to the far end of the car park, 999. The police evacuated the two houses next door and the army bomb disposal team attended. It turned out to be a box of stones and some old phone chargers. The police are treating it as a hoax intended to cause fear and are looking at the doorbell camera across the road.

Catherine was not at the venue and is fine. Please keep this within the EC for now. Yasmin""")

# U7 racist threat to a councillor
c.add("safety", subject="Rafiq", sender=("True Ravensholme", "trueravensholme@protonmail.com"),
      tags=("explicit", "conditional", "harassment"),
      body="""To the so-called Labour Party,

Your Councillor Rafiq does not represent Ravensholme. She represents her own lot. Everyone on King Street knows it.

She has until the end of the month to resign. If she doesn't, we will make her go. We know the house on Victoria Road. We know which mosque her husband goes to and what time he comes home. Last weekend was just the start.

Don't bother with the police. They can't watch her every hour.""")

# U8 quoted reply to "we've moved the surgery for security reasons"
c.add("safety", subject="Re: Catherine's surgery on Saturday", sender=("Paul Haigh", "paulhaigh66@yahoo.co.uk"),
      tags=("quoted", "veiled", "implicit", "stalking"),
      body=c.quote_reply(
          """Moving it won't help you, Marcus. We know where she parks on a Saturday, round the back of the Co-op where there's no camera. We know she goes to her mum's in Lindley after.

She can hide in a different church hall every week. It's a small town.""",
          """Dear Mr Haigh,

Thank you for your email. Catherine's surgery this Saturday has been moved to a different venue for security reasons. If you would like an appointment, please ring the constituency office on 01484 000 212 and they will give you the details.

Best wishes,
Marcus Akinola
Secretary, Ravensholme & Coldwell CLP""", quoted_from=SEC, style="outlook"))

# U9 stalking: describing the secretary's house
c.add("safety", subject="new curtains", sender=("a neighbour", "rvnsholme.neighbour@gmail.com"),
      tags=("stalking", "implicit", "veiled"),
      body="""Nice new curtains in the front room, Marcus. Grey suits you. Shame you leave them open when you're on your laptop doing your Labour stuff at night, anyone can see right in. 

Bins out on Wednesday. Car back about 6.20. Little one's bike left out on the front lawn Thursday.

Just letting you know someone's keeping an eye on things for you.""")

# U10 women's officer reports persistent harassment
c.add("safety", subject="The emails from P - I need help", sender=("Samina Begum", "samina.begum@ravensholmelabour.org.uk"),
      tags=("harassment", "third-party-report", "veiled"),
      body="""Marcus,

I've tried to handle this on my own, and I can't any more.

Since the Women's Forum minutes went round with the bit about the Facebook code of conduct, one man (you know who - he was blocked from the page in September) has sent me 61 emails. I counted. Some days ten. They started as long arguments about free speech. Then they got personal: my hijab, my marriage, my kids. This week they've changed again. On Monday: "you'll regret putting your name on those minutes". On Wednesday: "I drove past the school today, which one's yours". Last night, at 1.20am: "not long now."

I've blocked him twice and he makes new addresses. I've reported it to the police this morning (I'll send you the reference). 

Can the CLP make sure he can't come to any meetings, and can someone walk me to my car after the Forum? I'm not sleeping.

Samina""")

# U11 web form about knife crime: the councillor needs to feel a blade
c.add("safety", subject="New submission: Contact your councillor", sender=c.form_robot(),
      reply_to="coldwell.dad@outlook.com",
      tags=("webform", "wish-harm", "veiled"),
      body=c.webform({
          "Your name": "Coldwell Dad",
          "Email": "coldwell.dad@outlook.com",
          "Ward": "Coldwell",
          "Which councillor?": "Owen Brearley",
          "Message": """You closed the youth project after a lad was stabbed in that very park. Knife crime, knife crime, knife crime, all you lot talk about, and not one of you has ever been near a blade.

Maybe Councillor Brearley needs to feel one to understand. He walks that park with his dog every night about 10. Plenty of dark bits. I'm not saying I'd do it. I'm saying someone will, and I wouldn't blame them.""",
      }, form="Contact your councillor"))

# U12 noisy: threats about the count
c.add("safety", subject="count thursday", sender=("mt", "marshtop4life@hotmail.com"),
      tags=("noisy", "veiled", "explicit"),
      body="""ur gonna get wat u deserve at the count thurs. all of u. specialy sykes. we no wat time u come out the sports centre n were u park. security cant walk u all 2 ur cars lol

b r a c e  u r s e l v e s. marsh top dont forget""")

# U13 non-native (Polish): neighbour threatened the candidate
c.add("safety", subject="My neighbour say bad things to your lady candidate", sender=P("Tomasz", "Kaczmarek", "wp.pl"),
      tags=("non-native", "third-party-report", "explicit"),
      body="""Hello,

I am living in Holly Bank, Lindley Moor. Yesterday afternoon your lady candidate (I think name Lauren, blond hair, with little girl) was knocking doors with the leaflets. My neighbour in number 9, he is big man, always drunk, he come out and he shout to her very bad words. I was in my garden and I hear all.

He say "if I see you on this street again I will break your legs, and your kid's" and he say he know where she live because he see her picture on the leaflet and "I know people". She was very afraid and she go quick with the little girl.

I think you must know this and maybe tell police. I don't want problem with this neighbour so please not say my name to him. I can tell police if they ask.

Best regards,
Tomasz Kaczmarek""")

# U14 html-only anonymous "final warning" about the mosque extension
c.add("safety", subject="FINAL WARNING", sender=("Concerned Residents Saltcote", "saltcote.concerned@gmail.com"),
      fmt="html", tags=("html-only", "conditional", "veiled"),
      body="""THIS IS YOUR FINAL WARNING.

Councillor Mahmood and Councillor Rafiq will be voting on the Wellington Street extension at planning committee on the 9th.

If they vote for it, what happened on Wellington Street last month will look like a warm-up. We will not be writing any more letters.

You have been told.""")

# U15 explicit: brick through the window
c.add("safety", subject="JANICE SYKES", sender=("Lee Crabtree", "leecrabtree81@gmail.com"),
      tags=("explicit", "noisy"),
      body="""tell janice sykes the buses getting pulled is HER fault, her and her council mates. my missus has to walk home in the dark now.

im going to put a brick through her window on saturday and her with it if shes stood behind it. shes on Moor Edge Road everyone knows""")

# U16 Facebook group pile-on with address
c.add("safety", subject="12 new comments on a post in Ravensholme Uncensored", sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers("Facebook"),
      tags=("social", "pile-on", "doxxing", "explicit"),
      body="""12 new comments on a post you were tagged in: "Labour's Mahmood voted for the hotel. Here's where he lives."

Darren Hoyle: 27 Wellington Terrace. His shop's the convenience store on the corner.
Sharon Gledhill: disgusting man. string him up
Kyle Brook: string him up from his own shop sign 😂 I'll bring the rope
Ian Bairstow: everyone meet outside his shop saturday 12. make him close it for good
Darren Hoyle: and his house after. bring mates
Paula Roebuck: This is going too far, there's kids in that house

See all comments: https://www.facebook.com/groups/ravensholmeuncensored/posts/229910

This message was sent to clp.secretary@ravensholmelabour.org.uk. If you don't want to receive these emails from Meta in the future, please unsubscribe.
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""")

# U17 canvass team followed by a car; tyres let down
c.add("safety", subject="Saturday canvass - followed by a car and tyres let down", sender=P("Keith", "Naylor"),
      tags=("following", "third-party-report", "veiled"),
      body="""Marcus,

Saturday's Lindley Moor session: six of us, Lauren (candidate), me, Gordon, Ioana, Steve and a new lad, Josh.

From about 11 a silver Audi estate followed us round. Three streets. It would drive past slowly, stop at the end of the road, wait, then move on when we did. On Holly Bank the driver wound his window down as he passed Lauren and said "we know where you're all parked, love. Hope you're insured." When we got back to the cars at the church at half 12, all four tyres on Lauren's car and two on Gordon's had been let down. Nothing else touched.

Lauren had her daughter with her in the morning (she'd gone home by then, thank goodness).

I've reported it to the police; reference to follow. I've suggested to Lauren that we stop publishing where we meet in the Facebook group. Can we talk about it at the EC? Several of the team are rattled.

Keith""")

c.write()
