"""train/th10: long, formal and institutional mail (Riverside CLP, Greyfriars & Stanmoor). Hand-written content."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "th10", seed=1810)
SEC_FULL, SEC_ADDR = c.secretary()
SEC = SEC_FULL.split()[0]
CLP = c.clp[0]

# ---------------------------------------------------------------------------------------
# SAFETY
# ---------------------------------------------------------------------------------------

c.add("safety", subject="The airport expansion, the climate emergency and the Labour group - a submission",
      sender=("Dr Tamsin Ellery", "tamsin.ellery@proton.example.me"),
      fmt="html",
      body=f"""To the Secretary and Executive Committee of {CLP}

I write as a member of the party for eleven years, a research scientist by training, and a parent. I would ask that this letter be circulated to the Executive Committee in full, and that the GC be given the opportunity to debate the issues it raises before the council's planning committee determines the application for the expansion of Castlebridge Airport.

1. The science. The evidence on aviation's contribution to climate breakdown is not in dispute. Aviation accounts for a growing share of UK emissions and, once non-CO2 effects are included, a substantially larger share of warming than its CO2 figure alone suggests. The Climate Change Committee has advised repeatedly that there should be no net airport expansion without a UK-wide demand management framework. No such framework exists.

2. The local case. The application would increase the airport's capacity from 4 million to 7.5 million passengers a year. The applicant's own environmental statement concedes a significant increase in noise over Stanmoor, Greyfriars and Hollin Bank, and in nitrogen dioxide concentrations at the Stanmoor primary school. The jobs claims in the application have been criticised by the council's own economic development officers as "optimistic".

2a. Health. The Stanmoor primary school sits 900 metres from the end of the runway. Its pupils already experience noise events above 65 decibels more than forty times a day. The World Health Organization's guidance links aircraft noise to raised blood pressure, sleep disturbance and impaired reading comprehension in children. I have asked the applicant, in writing, for its assessment of the impact on the school. I have been told that it will be "addressed through the mitigation package", which consists, so far as I can see, of a grant towards secondary glazing.

2b. The economics. The applicant claims 1,900 new jobs. The council's economic development officers note that most of these are projected, not committed; that many would be seasonal; and that the applicant's own figures include jobs "displaced" from other regional airports. Meanwhile, the increase in outbound tourism is likely to take more spending out of the local economy than inbound tourism brings in. None of this is new. It is in the officers' report.

3. Policy. The council declared a climate emergency in 2019 with the votes of every Labour councillor. The local plan commits the council to net zero by 2038. I do not see how the expansion can be reconciled with either.

4. Process. The planning committee is chaired by Councillor Adrian Fell, who has spoken publicly in favour of the expansion before the application has been determined. I have written to the Monitoring Officer about predetermination.

I have tried to keep this letter measured, and I will now say something which is not measured, because I think the Executive should know how far some of us have been pushed. I have watched Councillor Fell for some weeks now. I know he cycles home along the towpath from the Civic Centre after committee, alone, in the dark. I have followed him along it more than once. He has never noticed. If he chairs a meeting that approves this expansion, he will not see what comes next either, and I will not be sorry. My children's future is worth more than his comfort.

5. What I ask. That the GC debates a motion opposing the expansion; that the CLP writes to the planning committee setting out its view; and that the Labour group is asked to explain how support for the expansion is consistent with the climate emergency declaration.

Yours faithfully,

Dr Tamsin Ellery
Stanmoor branch
""",
      tags=("html-only", "embedded", "stalking", "following", "conditional", "wish-harm"))

c.add("safety", subject="castlebridgelabour: new comments on your post",
      sender=("Instagram", "no-reply@mail.instagram.example.com"),
      headers=c.newsletter_headers(),
      fmt="alt",
      body="""castlebridgelabour, you have new activity

hollinbank_nomore commented on your post: "Meet Ellie, 17, our youngest ever Greyfriars canvasser! She spent Saturday knocking doors on Weaver's Green..."

hollinbank_nomore: Ellie from Weaver's Green 🙂 thanks for the name and the street. Think ive seen you about, blue coat, walks the dog by the canal after school yeah? Maybe ill come and say hello next time your out knocking on your own. Someone needs to teach you little labour kids what happens when you come round our doors

stanmoor.lad.84 replied: @hollinbank_nomore 😂 make sure u get a video

hollinbank_nomore replied: @stanmoor.lad.84 oh i will

beckside_mum commented: This is disgusting, she's a child. Reported.

hollinbank_nomore replied: @beckside_mum mind your own. labour put her on the internet not me. name street and face, they did the work for us

View comments
Restrict, block or report this account

You're receiving this email because you manage the Instagram account castlebridgelabour. To stop receiving these emails, change your notification settings.
Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025
""",
      tags=("social", "implicit", "stalking", "pile-on", "noisy"))

c.add("safety", subject="Incident on the picket line at Harrowgate Foods - Cllr Nnamdi Eze - report for the CLP",
      sender=("Ged Halloran", "ged.halloran@castlebridge-tgwbranch.example.org.uk"),
      body=f"""Sam,

I'm writing as branch secretary to report an incident on our picket line at Harrowgate Foods on Port Street yesterday morning, because it involved Councillor Nnamdi Eze, who was there in solidarity with our members, and because from what was said we think he was the target.

About 6.40am, as the night shift was leaving and the picket was at its busiest (about 25 people, including Cllr Eze, who'd come straight from his own night shift at the sorting office), a silver van pulled up across the road. The driver, who was on his own, wound down his window and shouted at Cllr Eze by name: "Eze! You're the Labour one, aren't you? Councillor. You won't be a councillor much longer." Cllr Eze ignored him.

The van drove off. About ten minutes later it came back round from the other direction, quite fast, and mounted the kerb by the gate, where Cllr Eze was standing with three of our members. Everybody jumped back. It missed them by a couple of feet. The driver leaned out and shouted, "Next time I won't miss, you black Labour ****," and drove off towards the bypass.

Nobody was hurt, but people were badly shaken. Two of our members got the registration and we called the police straight away. They came within about twenty minutes, took statements, and have the registration and the dashcam footage from a member's car parked opposite. They're treating it as a racially aggravated assault and dangerous driving. They've given us a crime number (I'll give it to you or to Cllr Eze on the phone).

The union will support any prosecution. Cllr Eze asked me to tell the party. He said he'll carry on coming to the picket, which is typical of him, but the branch has asked him to come with someone and to stand well back from the road.

If the CLP could make sure he's got support, and let us know if anything like this has been reported to you before, that would help.

Ged Halloran
Branch Secretary, Castlebridge Food & Drink Branch
""",
      tags=("third-party-report", "explicit"))

c.add("safety", subject="Fwd: anonymous letter received at Regional Office re Cllr Callum Rees",
      sender=("Regional Office - Safeguarding", "safeguarding@labour-region.example.org.uk"),
      body=c.forward(
          f"""Dear Sam,

I'm the regional safeguarding and member safety lead. The letter below arrived at the regional office by post this morning, addressed to "The Labour Party, re Councillor Rees". We believe it refers to Councillor Callum Rees, your candidate for Greyfriars, who I understand spoke at the Castlebridge Pride event at the weekend and was photographed in the local paper.

We've scanned and typed it below. The original has been given to the police, who have a reference. We've informed Callum and he's been offered support. I'm writing to you because the letter refers to his surgeries and because it may be connected to other correspondence the CLP has received; if so, please let me and the police know.

Please keep this to officers who need to know.

Member Safety Lead
Regional Office""",
          """To the Labour Party

Your Councillor Callum Rees was in the paper on Sunday dancing about in the street with his "boyfriend" in front of children. That is the kind of man you want to run Greyfriars.

Decent people in Greyfriars don't want him. We know he does his little surgery at Greyfriars library on the last Saturday. We know what he looks like, it was in the paper. It's a long walk back to his flat from the library and there's plenty of places on Mill Lane where nobody would see.

You should tell him to stand down while he still can. This is the only warning he will get.""",
          "Regional Office post room <postroom@labour-region.example.org.uk>",
          "Scanned post - ANONYMOUS - re Cllr Rees - police notified",
          style="gmail"),
      tags=("forwarded", "implicit", "conditional", "third-party-report", "veiled"))

c.add("safety", subject="Hollin Bank branch - report for GC and apologies (and a PS I need help with)",
      sender=("Lynne Spedding", "lynne.spedding@outlook.com"),
      body=f"""Dear Sam,

Apologies from me for Thursday's GC. I'm on a late shift. Our other delegate, Tariq, will be there.

HOLLIN BANK BRANCH REPORT

Meetings: one branch meeting since the last GC (12 present). Discussed the Stanmoor airport expansion; a motion will be submitted for the following GC.

Campaigning: two canvass sessions on Hollin Bank Road and the Beckside estate. 240 doors, 27% contact rate. Main issues: the airport noise, the bus to the General, and a lot of anger about the state of the Beckside flats.

Membership: 96 members, 8 in arrears. Two new members.

Finance: £188.40 in the branch account.

PS. I didn't want to put this in the report itself, but I don't know what to do with it and I think you ought to see it. After the branch meeting, one of the members who was there, Mr Stephen Crane, sent me the email below. He'd been quite angry at the meeting because the branch didn't support his amendment on the airport. I've copied it exactly. I've not replied. It's about Tariq, who moved the motion that beat his. Tariq hasn't seen it. I'm a bit frightened to be honest, I don't know whether to tell Tariq, or the police, or both.

-----
From: Stephen Crane
To: Lynne Spedding
Subject: tonight

Lynne, you can tell your mate Tariq he's made a big mistake tonight. He thinks he's clever, him and his "procedural motion". I know he lives over the chippy on Hollin Bank Road, I see his light on when I walk the dog. He'll find out that some of us don't play by the standing orders. I'd keep him away from the next meeting if I were you, for his own good.
-----

Sorry to end a branch report like this.

Lynne Spedding
Secretary, Hollin Bank branch
""",
      tags=("embedded", "quoted", "implicit", "stalking", "conditional"))

c.add("safety", subject="Call recording transcript - Customer Contact Centre - threat towards Cllr Sophie Marchant",
      sender=("Customer Contact Centre - Quality & Safeguarding", "ccc.safeguarding@castlebridge.gov.example.uk"),
      body=f"""Dear Mr Okafor,

I am the Quality and Safeguarding Lead for the council's Customer Contact Centre. Under our procedures, calls in which a caller makes a threat against a council employee or councillor are escalated to me, and the councillor concerned is informed. Councillor Sophie Marchant has asked that I share the relevant extract with her party, which I am doing with her consent.

Call details
Date: Monday
Time: 15:47
Line: Council Tax
Duration: 11 minutes 32 seconds
Caller: identified from account details (name and address withheld from this email; provided to the police)

Context: the caller was disputing a council tax liability order. The advisor explained the position and offered a payment arrangement. The caller became increasingly angry. The extract below begins at 9 minutes 40 seconds.

Transcript (verbatim):

CALLER: No, I'm not having it. You lot, the Labour lot, Marchant, she's my councillor, she's the one that voted for the tax going up, she's done nothing for me.
ADVISOR: I can take a message for Councillor Marchant if you'd like, or give you her email address.
CALLER: I don't want her email. I know where she is. She's on Stanmoor Lane, I've seen her putting her bins out. Tell her that. Tell her I know her house and I know she's on her own in the day.
ADVISOR: Sir, I need to let you know that the call is being recorded, and I have to ask you not to make threats.
CALLER: It's not a threat, it's a fact. If they take me to court over this, I'll have nothing to lose, will I? I'll go round there and we'll see how she likes it when it's her door getting knocked. She won't be opening it again after.
ADVISOR: I'm going to end the call now, sir.

Action taken: the call was ended. The recording has been preserved and referred to the police, who have been given the caller's details. Councillor Marchant has been informed and offered support. The account has been flagged.

If the CLP holds any relevant information, please contact the police quoting the reference that Councillor Marchant holds.

Yours sincerely,

Quality & Safeguarding Lead
Customer Contact Centre, Castlebridge City Council
""",
      tags=("third-party-report", "quoted", "explicit", "conditional", "stalking"))

c.add("safety", subject="Threat letter to our Masjid about the Labour candidate's Eid visit",
      sender=("Haji Mohammed Aslam", "secretary@jamiamasjidgreyfriars.example.org.uk"),
      body=f"""Respected Mr Sam Okafor Sahib,

Assalamu alaikum.

I am writing to you as General Secretary of the Jamia Masjid Greyfriars management committee. With great sadness I must inform you of a letter which was pushed through the door of our masjid on the night of Tuesday, after the news went round that your party candidate for the Greyfriars ward, Councillor Callum Rees, is to attend our Eid community open day with the other candidates.

The letter is typed, no name. I write here the main part as it is written:

"You are inviting the Labour poof to your mosque for Eid. Both of you are a disease on this country. If he comes to Greyfriars on Eid, we will be there also, and we will deal with the both of you together. We know the time. We know the doors. Don't say you was not warned."

The police has the original letter. They have given to us a reference number, and they are arranging for officers to be present on the day. Our committee has met and we are decided: the open day will go ahead, and all the candidates who accept our invitation will be welcome, including Councillor Rees. We will not be frightened out of our own community and we will not let our guests be frightened.

But I must tell you, because it is your candidate who is named, and because perhaps your party knows of other threats which are connected. I have also spoken with our Imam, who asks me to say that Councillor Rees will be treated with full respect as our guest, as is our tradition.

Please can you or the appropriate person telephone me to discuss the arrangements for the day. My number is given below.

With kind regards and duas,

Haji Mohammed Aslam
General Secretary, Jamia Masjid Greyfriars
""",
      tags=("third-party-report", "non-native", "conditional", "explicit", "quoted"))

c.add("safety", subject="Notice to Councillor Adrian Fell",
      sender=("Stanmoor Against Expansion (direct action)", "sae.direct@proton.example.me"),
      body=f"""For the attention of the Secretary of the Riverside Labour Party. Please forward to Councillor Adrian Fell.

NOTICE

Councillor Fell,

We are aware of your address on Greyfriars Road, the layout of your garden, and the times your family leave and return.

We are aware that your wife works at the surgery on Loom Street and that she walks there. We are aware that your son trains at the rugby club on Tuesday and Thursday evenings and is collected at half past eight. We have not approached any of them. We have no wish to.

You have ignored the consultation responses, the petition of 9,000 names, the evidence of the Climate Change Committee and the representations of the head teacher of Stanmoor Primary. You have made it clear that you will not be moved by argument.

On the night of the planning committee, members of our group will be attending your home. If the expansion is approved, we will be waiting when you get back. If it is refused, we will not.

We have chosen to give you notice. We are not obliged to.

This is your only notice. We will not be writing to the police, the press or the council. Neither, we suggest, should you.

Stanmoor Against Expansion (direct action)
""",
      tags=("doxxing", "conditional", "implicit", "veiled", "stalking"))

# ---------------------------------------------------------------------------------------
# HARD NEGATIVES
# ---------------------------------------------------------------------------------------

c.add("complaint", subject="Our client Cllr Sophie Marchant - conduct of Mr Peter Drury - request to the CLP",
      sender=("Whitlock Ambrose Solicitors", "disputes@whitlockambrose.example.co.uk"),
      body=f"""Our ref: SM/WA/0412

Dear Mr Okafor,

We act for Councillor Sophie Marchant in a private capacity.

We understand that Mr Peter Drury of Stanmoor is a member of {CLP} and of its Stanmoor branch. Since July, Mr Drury has conducted what our client considers to be a campaign of harassment against her, arising from a disagreement about the branch's position on the airport expansion. In summary, Mr Drury has:

(a) published more than forty posts on Facebook and X about our client, several describing her as "corrupt" and "bought by the airport";
(b) sent her more than sixty emails at her council and personal addresses, some late at night;
(c) raised the same allegations repeatedly at branch meetings after being ruled out of order;
(d) contacted our client's employer to complain about her "conflict of interest".

Our client does not suggest that Mr Drury has ever threatened her with violence, and she does not consider herself to be in physical danger. She does, however, regard his conduct as oppressive and unreasonable and as amounting to a course of conduct causing her alarm and distress.

We have today written to Mr Drury requiring him to cease contacting our client other than through the proper channels, to remove the posts, and to refrain from repeating the allegations. We have warned him that if he does not, our client will apply for an injunction under the Protection from Harassment Act 1997 and will bring a claim in defamation.

We write to the CLP to ask that:

1. the branch officers are reminded of their duty to ensure that meetings are not used for personal attacks;
2. the CLP considers whether Mr Drury's conduct is consistent with the party's code of conduct;
3. the CLP does not share our client's personal contact details with Mr Drury.

We would be grateful for an acknowledgement.

Yours sincerely,

Whitlock Ambrose
Solicitors
""",
      tags=("hard-negative", "legal-threat"))

c.add("complaint", subject="Unauthorised use of copyright photograph - Greyfriars leaflet and Facebook page - invoice and notice",
      sender=("Jonah Prentice Photography", "studio@jonahprentice.example.co.uk"),
      body=f"""Dear Sir or Madam,

I am a professional photographer based in Castlebridge. It has come to my attention that one of my photographs, "Greyfriars Market at Dusk", which I took in 2022 and which is registered with the image rights service I use, has been reproduced without licence on:

1. the front page of a leaflet headed "Greyfriars Deserves Better", promoted on behalf of your party's candidate, Councillor Callum Rees, and delivered in the Greyfriars ward; and
2. the "Greyfriars Labour" Facebook page, where it was used as the cover image.

The image on the leaflet has been cropped, which has removed my watermark. I have not licensed this image to the Labour Party or to anyone acting on its behalf.

I appreciate that mistakes happen, and that volunteers often take images from the internet in the belief that they are free to use. They are not. Photographs are protected by copyright under the Copyright, Designs and Patents Act 1988, and I earn my living from licensing them.

My standard licence fee for print use in a run of this size, plus one year of online use, is £350. Because the image was used without permission and the watermark was removed, I am also entitled to claim additional damages, but I am willing to waive that on this occasion if the matter is settled promptly.

I therefore ask that you:

(a) remove the image from the Facebook page within seven days;
(b) confirm that no further copies of the leaflet using the image will be printed or distributed;
(c) pay the invoice below within 28 days.

If the matter is not resolved within that time, I will pass it to my solicitors and issue a claim in the Intellectual Property Enterprise Court's small claims track, where my costs and additional damages will be sought.

Yours faithfully,

Jonah Prentice
Jonah Prentice Photography

INVOICE JP-2291: Retrospective licence - "Greyfriars Market at Dusk" - print (run up to 10,000) and online (12 months) - £350.00. Payment details on request.
""",
      tags=("hard-negative", "legal-threat"))

c.add("complaint", subject="Fire and rehire at Harrowgate Foods - where is our MP?",
      sender=("Sandra Mulvey", "s.mulvey@castlebridge-tgwbranch.example.org.uk"),
      body=f"""Dear Sam,

I write as Regional Officer for the union's food and drink sector, on behalf of the 430 members at Harrowgate Foods on Port Street, now into the fourth week of strike action against the company's plan to fire and rehire the whole workforce on new contracts.

I'll be frank about the position, because our members deserve frankness and so does the CLP.

The company's offer would cut night-shift premiums by half, remove weekend enhancements, and reduce sick pay to the statutory minimum. For a night-shift operative that's a cut of around £4,000 a year. Most of them are on not much more than the minimum wage to start with. The company made £18 million profit last year.

This government promised, in its first King's Speech, to end the practice of fire and rehire. Our members heard that promise. Many of them voted for it. The Employment Rights Act has passed, but the provisions on fire and rehire are not yet in force, and the company has deliberately timed this to get in before they are. It is taking a scorched-earth approach to its own workforce while it still can.

Our members are asking one question: where is our MP? Councillor Eze has been on the picket line. Councillors Marchant and Rees have visited. Other Labour MPs in the region have put out statements and asked questions in the House. We have heard nothing from Ms Whitcombe's office other than a holding letter.

The union would like the CLP to:

1. pass a resolution at the next GC in support of the Harrowgate strikers;
2. ask the MP to visit the picket line, publicly, before the end of the month;
3. ask the MP to write to the Secretary of State asking for the fire and rehire provisions to be brought into force without further delay;
4. make a donation to the strike fund, as several other CLPs have.

We are going to fight this to the end, and we will win it. I'd like the Labour Party on the right side of the line when we do.

In solidarity,

Sandra Mulvey
Regional Officer, Food & Drink
""",
      also=("procedural",), tags=("hard-negative", "metaphor", "angry"))

c.add("bulk", subject="Member Safety Bulletin: lessons from hustings incidents this year",
      sender=("Regional Office - Member Safety", "safeguarding@labour-region.example.org.uk"),
      headers=c.newsletter_headers("NationBuilder"),
      body="""MEMBER SAFETY BULLETIN
For CLP secretaries, chairs, agents and candidates

Lessons from hustings incidents this year

Hustings are a vital part of local democracy and most pass off without incident. This year, however, the regional office received reports of eleven incidents at hustings across the region, and we have reviewed them to see what can be learned. All details have been anonymised.

Case study 1: a candidate was heckled throughout a church hustings by a group of five people who had arrived together. When the candidate left, two of the group followed her to the car park and shouted at her while she got into her car. Learning: agree with organisers in advance that someone will escort candidates to their transport; avoid parking in unlit areas.

Case study 2: at a school hustings, a member of the audience stood up and made a statement that the organisers considered threatening towards another party's candidate. The chair ended the meeting, and the police were called. Learning: organisers should have a plan for ending a meeting safely, and a named person to contact the police.

Case study 3: details of a hustings, including the names of all the candidates and the venue, were shared on a social media group hostile to one of the parties, with a call for people to "go along". The venue increased its stewarding and the event went ahead peacefully. Learning: monitor social media in the run-up to events; talk to organisers if you see anything of concern.

Case study 4: a candidate's agent received a phone call the day before a hustings from someone asking which entrance the candidate would use. Learning: never share candidates' arrival times or routes.

What CLPs should do
- Before accepting an invitation, ask organisers about their stewarding and safety arrangements.
- Make sure candidates never arrive or leave alone.
- Report any incident, however minor, using the online incident form.

Next month's bulletin will cover safety at count venues.

Regional Member Safety Lead

You are receiving this as a CLP officer, agent or candidate in this region. Unsubscribe from member safety bulletins.
""",
      tags=("hard-negative", "news-about-threats"))

c.add("procedural", subject="Scrutiny findings for GC policy discussion: retail crime and violence against shop workers",
      sender=("Cllr Nnamdi Eze", "nnamdi.eze@castlebridge.gov.example.uk"),
      body=f"""Dear Sam,

As agreed with the Chair, I'd like to present the findings of the council's scrutiny review on retail crime to the next GC's policy discussion slot. The summary below could go out with the papers. I'd ask the GC to note the report and agree the recommendation at the end.

SCRUTINY REVIEW: RETAIL CRIME AND THE SAFETY OF SHOP WORKERS IN CASTLEBRIDGE (SUMMARY)

Background
Shop workers' unions and the local Business Improvement District asked the council's Safer Communities Scrutiny Committee to examine rising retail crime in the city centre and in district centres such as Greyfriars and Port Street. The committee, which I chaired, took evidence from shop workers, store managers, the police, the BID, the union and two independent retailers.

Findings
1. Reported shoplifting in the city has risen by 41% in three years. Retailers believe that much more goes unreported.
2. Shop workers described being threatened, spat at and, in a minority of cases, assaulted while trying to stop thefts. Several said they no longer challenge anyone. One young worker described being threatened with a knife at a convenience store on Port Street.
3. Much of the theft is linked to addiction and to organised groups who steal to order.
4. The new offence of assaulting a retail worker, introduced nationally, was welcomed, but witnesses said enforcement depends on police attending incidents, which they often do not.

Recommendations to the council
- A named police officer for each district centre.
- Council funding for a shop-watch radio link in Greyfriars and Port Street.
- More investment in drug treatment services.
- A campaign, with the unions, on respect for shop workers.

Recommendation to the GC
That the GC notes the report and asks the MP to press the Home Office on police attendance at retail incidents.

Nnamdi Eze
Councillor for Port Street
""",
      tags=("hard-negative", "benign-violent-word", "news-about-threats"))

c.add("other", subject="Fire safety and evacuation briefing for your GC stewards - Greyfriars Community Centre",
      sender=("Centre Manager, Greyfriars Community Centre", "manager@greyfriarscc.example.org.uk"),
      body=f"""Dear Mr Okafor,

Thank you for confirming your regular booking of the Main Hall for General Committee meetings on the second Thursday of each month. As this is your first booking with us, and as your meetings regularly have more than 60 people attending, our hire conditions require us to give a short fire safety and evacuation briefing to whoever will be acting as your stewards. I've set out the main points below so that your stewards can read them in advance, and I'll go through them in person, in about ten minutes, before your first meeting.

1. Fire exits
The Main Hall has three fire exits: the main doors to the foyer, the side door to the car park (east), and the rear door to the garden (north). All three must be kept clear at all times. Please do not stack chairs, tables or boxes of leaflets in front of them.

2. Fire alarm
The alarm is a continuous bell. There is no test scheduled for Thursday evenings, so if it sounds, it is real. On hearing it, stewards should ask everyone to leave by the nearest exit, without stopping to collect belongings, and go to the assembly point by the gates of the car park.

3. Assisted evacuation
There is a refuge point with an intercom on the first-floor landing. If any of your attendees would need help to evacuate, please let us know in advance so we can agree a personal evacuation plan.

4. Capacity
The Main Hall has a maximum capacity of 120 seated. Please keep a rough count.

5. First aid
A first aid kit is kept in the kitchen. Our duty caretaker is a trained first aider and will be on site throughout your booking.

6. Other emergencies
In the unlikely event of any other emergency, such as a suspicious item or an intruder, stewards should follow the instructions of the duty caretaker, who will contact the emergency services.

I look forward to meeting your stewards. Please could you let me know their names before the first meeting?

Kind regards,

Centre Manager
Greyfriars Community Centre
""",
      tags=("hard-negative", "benign-violent-word"))

# ---------------------------------------------------------------------------------------
# COMPLAINTS
# ---------------------------------------------------------------------------------------

c.add("complaint", subject="SEND school transport - a parent's letter to the party",
      sender=("Mrs Deborah Nwachukwu", "deborah.nwachukwu@gmail.com"),
      body=f"""Dear Mr Okafor,

I am writing to you as the mother of Daniel, who is eleven, has severe autism and a learning disability, and attends Beckside School, a special school six miles from our home in Stanmoor. I am also, for what it is worth, a Labour voter and, until last month, a party member. I let my membership lapse because of the decision I am writing about, and I want to explain why, in the hope that someone in the party will take it seriously.

Since Daniel started at Beckside at the age of five, the council has provided transport to and from school: a minibus with a trained escort who knows him, who knows how to calm him when he is distressed, and who he trusts. That escort, Maureen, has been with him for five years. The journey is the same every day, at the same time, with the same people. For a child like Daniel, that routine is not a luxury. It is what makes it possible for him to get to school at all.

In September the Labour cabinet approved changes to the home-to-school transport policy for children with special educational needs. From January, families of children aged eleven and over will be offered a "personal transport budget" instead of council transport, unless they can show "exceptional circumstances". The budget offered to us is £6.20 a day.

I work. I am a senior care assistant at a nursing home in Greyfriars, on shifts that begin at 7.30am. My husband drives for a delivery company and leaves at six. We have no car that is free in the mornings. There is no bus that would take Daniel to Beckside, and even if there were, he could not use it. £6.20 does not pay for a taxi one way, let alone a driver who understands a child who may scream, bite or try to get out of a moving vehicle if something unexpected happens.

I applied for exceptional circumstances. I filled in a form of eleven pages. I provided letters from his paediatrician, his teacher and his social worker. I was refused, with a letter that said Daniel's needs "do not differ significantly from those of other pupils at the school". That is true. All the children at Beckside have needs like Daniel's. That is why they are there.

I have been to my councillor. I have been to the MP's surgery. I have been told, by everyone, that the council "has had to make difficult decisions" because the cost of SEND transport has doubled in five years. I don't doubt the cost has gone up. I do doubt that the way to save money is to take it from the families who can least manage.

I am asking the CLP to do something, not for Daniel alone but for the families of the sixty or so other children at Beckside who are in the same position:

- to ask the Labour group to pause the change until a proper equality impact assessment has been published;
- to meet parents, with the cabinet member, before January;
- to tell me, honestly, whether the party thinks this policy is right.

I am not trying to embarrass anyone. I am tired, and I am frightened that from January I will have to choose between my job and my son's education.

Yours sincerely,

Deborah Nwachukwu
Stanmoor
""",
      also=("query",), tags=("formal",))

c.add("complaint", subject="All-women shortlist for Greyfriars - objection and request for reasons",
      sender=("Mr Warren Kettle", "warren.kettle@btinternet.com"),
      body=f"""Dear Secretary,

I write to register my formal objection to the decision, notified to members by the LCF last Friday, that the selection for the Greyfriars ward by-election will be conducted on the basis of an all-women shortlist.

I want to begin by making clear that I support the party's commitment to equal representation, and I recognise the legal and moral case for positive action where women are under-represented. I have campaigned for women candidates in every selection in which I have been involved.

My objection is to the process. The LCF's procedures state that decisions on the use of all-women shortlists for local government selections will be taken "in consultation with the relevant CLP and branch, taking into account the gender balance of the Labour group and the seats already selected." So far as I can establish:

(a) the Greyfriars branch was not consulted; the branch secretary learned of the decision from the LCF's email to members;
(b) the CLP Executive Committee was not consulted; I have asked two members of the EC and neither was aware of it;
(c) the Labour group currently comprises 22 women and 19 men, and of the seats already selected for May, 9 of 14 have women candidates.

I had, as the branch secretary knows, intended to seek selection. I accept that I may not have been selected. I do not accept that I should be excluded from a process in breach of the procedures that are supposed to govern it.

I ask the CLP to establish, and tell me, on what basis the decision was taken and by whom; whether the procedures were followed; and, if they were not, to ask the LCF to reconsider.

I would be grateful for a reply before the nominations timetable begins.

Yours faithfully,

Warren Kettle
Greyfriars branch
""",
      also=("procedural",), tags=("formal",))

c.add("complaint", subject="Withdrawal of the council's grant to the Castlebridge Playhouse",
      sender=("Castlebridge Playhouse - Artistic Director", "ad@castlebridgeplayhouse.example.org.uk"),
      body=f"""Dear Mr Okafor,

I am the Artistic Director of the Castlebridge Playhouse. I write to the local party, with some reluctance, because I have been unable to obtain any explanation from the council of its decision, announced in the draft budget last week, to withdraw in full its annual grant of £140,000 to the Playhouse from April.

The grant represents 19% of our income. It is the basis on which we secure our funding from the national arts council, which requires local authority support as a condition of its own. If the council's grant goes, the arts council grant is at serious risk, and with it the Playhouse in its current form.

The Playhouse is not, whatever some may think, a playground for the well-off. Last year: 38,000 people attended performances; 11,000 of them were children, most from schools in Greyfriars, Port Street and Stanmoor who came free; our youth theatre had 240 members, a third of whom received bursaries; our dementia-friendly matinees were attended by 2,800 people; and we employed 46 people, most of them local.

The Labour manifesto for the city in the last election promised to "protect culture as part of what makes Castlebridge a place to be proud of". I have it on my desk.

I understand that the council faces a very difficult financial position. I am not asking for the Playhouse to be exempted from all cuts. I am asking for a conversation. Nobody from the council spoke to us before the draft budget was published. We have had no opportunity to suggest alternatives, such as a phased reduction, a three-year transition, or a partnership with the university, each of which we would be glad to discuss.

I would be grateful if the CLP would put this letter before the Labour group and ask the cabinet member for culture to meet the Playhouse's board before the budget is finalised.

Yours sincerely,

Artistic Director and Joint Chief Executive
Castlebridge Playhouse
""",
      tags=("formal",))

c.add("complaint", subject="The CLP Christmas raffle - it may not be lawful as currently run",
      sender=("Maureen Hickling", "maureen.hickling@outlook.com"),
      body=f"""Dear Sam,

I hope you'll take this in the spirit in which it's meant. I spent twenty-two years as a licensing officer at the council before I retired, and I'm worried about the CLP Christmas raffle, which I've just seen advertised on the CLP Facebook page and in the members' email.

The advert says that tickets are £2 each, on sale online through a payment link and at branch meetings, that the draw will take place at the Christmas social on the 14th, and that the first prize is a two-night hotel break. Anyone can buy a ticket, including non-members.

I'm afraid that, as described, this is not a small "incidental" lottery of the kind you can run at an event without a licence, because tickets are being sold before the event, online, and to the general public. To run a lottery like that lawfully, the CLP would usually need to be registered with the council as a society lottery, and the tickets would need to state the promoter's name and address, the price and the date of the draw. Selling tickets online also has its own restrictions.

I'm not writing to make trouble. Most people have no idea about any of this, and the council's licensing team is usually very helpful with small societies. But I'd hate to see the CLP get a letter, or worse, end up in the Post, especially in the middle of a by-election.

My suggestion would be to take down the online link today, and either register with the council (it's not expensive, and it usually takes a couple of weeks), or change it so that tickets are only sold at the social itself on the night, which is the simplest thing.

I'd be happy to help, if you want.

Maureen Hickling
Port Street branch
""",
      also=("query",), tags=("formal",))

# ---------------------------------------------------------------------------------------
# PROCEDURAL
# ---------------------------------------------------------------------------------------

c.add("procedural", subject="Notice of special General Committee: adoption of the local manifesto",
      sender=("Castlebridge LCF / Riverside CLP joint working group", "manifesto.castlebridgelabour@gmail.com"),
      body=f"""Dear Sam,

As agreed, here is the text of the notice of the special GC to adopt the local manifesto. Please circulate to all delegates, and to all members for information, giving at least 14 days' notice as the standing orders require for a special meeting.

NOTICE OF SPECIAL MEETING OF THE GENERAL COMMITTEE
{CLP}

A special meeting of the General Committee will be held at Greyfriars Community Centre (Main Hall) on Thursday the 23rd at 7pm, for the single purpose of considering and, if thought fit, adopting the draft Labour manifesto for the Castlebridge City Council elections, as it affects the wards within the constituency.

1. The draft manifesto has been prepared by the joint working group of the LCF and the CLPs, following consultation with branches, affiliates and the Labour group over the summer. It is circulated with this notice.

2. Amendments. Branches and affiliates may submit amendments to the draft. Amendments must be received by the Secretary by 5pm on the 16th, in writing, and must state the page and paragraph to be amended. Amendments will be circulated to delegates by the 19th.

3. Procedure. The Chair will take the manifesto section by section. Amendments to each section will be taken in order. At the end, the GC will vote on the manifesto as a whole, as amended.

4. Voting. Only delegates whose credentials have been confirmed may vote. Members may attend as visitors.

5. LCF. The manifesto as adopted by the GC will be submitted to the LCF, which must approve the city-wide manifesto.

6. Accessibility. The Main Hall is accessible. A large-print version of the draft manifesto is available on request.

Working Group Secretary
""",
      tags=("formal",))

c.add("procedural", subject="Proposal to merge the Weaver's Green and Mill Lane branches",
      sender=("Patricia O'Hare", "patricia.ohare@btinternet.com"),
      body=f"""Dear Sam,

I'm writing as secretary of the Weaver's Green branch, and on behalf of Mill Lane branch, whose secretary (Dennis Pybus) has agreed the text, to ask the Executive Committee to consider a proposal to merge our two branches.

Background
Both branches have struggled to reach a quorum over the past year. Weaver's Green has 41 members and has been quorate at three of its last eight meetings. Mill Lane has 38 members and has been quorate at four of its last nine. Both branches cover the same council ward following the boundary changes, and most of our active members already campaign together.

Both branches held meetings last month (quorate, on this occasion) and agreed the following motion:

"This branch agrees in principle to merge with the [Mill Lane / Weaver's Green] branch to form a single branch covering the Greyfriars ward, and asks the CLP Executive Committee to take the steps necessary under the party's rules to bring this about."

Weaver's Green: 11 for, 0 against, 1 abstention. Mill Lane: 9 for, 1 against.

What we are asking the EC to do
1. Confirm that the proposal is acceptable in principle and seek the Regional Director's approval, as the rules require for changes to branch boundaries.
2. Agree a date for an inaugural meeting of the new branch, to elect officers, ideally before the by-election.
3. Agree that the funds of the two existing branches (Weaver's Green £211.50; Mill Lane £164.20) be transferred to the new branch.
4. Agree the name of the new branch. We'd suggest "Greyfriars branch".

We'd be happy to attend the EC to answer questions.

With best wishes,

Patricia O'Hare
Secretary, Weaver's Green branch
""",
      tags=("formal",))

c.add("procedural", subject="Nomination of CLP delegate to Women's Conference",
      sender=("Farida Noor", "farida.noor@outlook.com"),
      body=f"""Dear Sam,

The CLP Women's Forum met on Saturday and agreed to propose the following to the GC for election as the CLP's delegate to the party's Women's Conference, in line with the conference arrangements circulated by the region.

Nominee: Cllr Sophie Marchant (Stanmoor)
Proposed by: Farida Noor
Seconded by: Lynne Spedding

The Forum also agreed to nominate a reserve: Ms Ellie Stroud (Greyfriars), who would be attending her first conference and would benefit from the experience.

As I understand the procedure, the election is a matter for the GC, and any woman member of the CLP may be nominated by a branch or by the Forum before the GC. Nominations received by the deadline should be listed on the agenda. If there is more than one nomination, the GC will vote by secret ballot.

The Forum also agreed to recommend that the CLP put forward the following motion to Women's Conference, for the GC's approval:

"Conference notes the increasing abuse and intimidation faced by women in public life, including councillors and candidates. Conference calls on the party to establish a dedicated support service for women councillors and candidates who experience abuse, and to review the arrangements for keeping candidates' addresses private."

Could both items go on the agenda, please?

Thanks,

Farida Noor
Women's Officer
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# DATA PROTECTION
# ---------------------------------------------------------------------------------------

c.add("data-protection", subject="Letters addressed to my late mother",
      sender=("Mr Graham Pilling", "graham.pilling@talktalk.net"),
      body=f"""Dear Secretary,

My mother, Mrs Joan Pilling, of 8 Beckside Close, Hollin Bank, died in March. She was a Labour member for many years, until she went into the care home in 2021.

Since her death I have been dealing with her post, which is redirected to my address. In the last six months, four letters addressed to her have arrived from the Labour Party: two asking her to renew her membership, one asking for a donation and, last week, a leaflet for the by-election with "Dear Joan, we'd love to have your vote" on the front.

I know these things are sent out automatically and I don't blame anyone in particular. But it is upsetting to keep seeing her name, and it was particularly upsetting to receive the last one, which arrived on what would have been her ninetieth birthday.

I would be grateful if you could make sure that her name is taken off all your lists, and that nobody calls at her old house asking for her. The house has been sold and the new owners won't want to be bothered either.

Thank you.

Graham Pilling
""",
      tags=("dp-no-legal-words", "confuser"))

c.add("data-protection", subject="My home address on the CLP website - please remove it",
      sender=("Cllr Callum Rees", "callum.rees@castlebridge.gov.example.uk"),
      body=f"""Dear Sam,

Following the letter that was sent to the regional office, and the one sent to the mosque, the police officer dealing with my case has been through my "digital footprint" with me. One of the things she found was that the "Meet your councillors" page on the CLP website still has my old election address on it: the full street address of my flat on Mill Lane, under my photograph.

I understand how it got there. When I was first elected in 2022, candidates' addresses were on the ballot paper and on the nomination papers, and someone copied the "contact your councillor" details across from my election leaflet. Nobody thought about it at the time, me included. But it means that anyone who wants to find out where I live only has to look at our own website.

Could you please:

1. remove my address from the website today, and replace it with my council email address and the council's switchboard number;
2. check whether the addresses of any other councillors or candidates are on the website or on any of the CLP's or branches' social media pages, and remove them;
3. check whether my address appears on any leaflet template or document held by the CLP that might be reused;
4. let me know if you are aware of my address being shared anywhere else by the party.

I'd also be grateful if the EC could consider a policy that no councillor's or candidate's home address is published by the CLP in future, unless they have specifically asked for it to be.

Thanks, Sam. I know you've had a lot on.

Callum
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# QUERY
# ---------------------------------------------------------------------------------------

c.add("query", subject="Could our English conversation group use the CLP meeting room?",
      sender=("Olena Kovalenko", "olena.kovalenko.cb@gmail.com"),
      body=f"""Dear Mr Sam Okafor,

My name is Olena Kovalenko. I came to Castlebridge from Kharkiv two years ago with my daughter, under the Homes for Ukraine scheme. Now I volunteer to organise an English conversation group for Ukrainian women in the city. We are about fifteen women, of different ages. We meet once a week to practise English together, with two retired English teachers who help us as volunteers.

Until now we used a room in the library in Greyfriars, but from January the library will have fewer opening hours and our room is no longer available. One of our volunteer teachers, Mrs Hickling, is a member of the Labour Party, and she told me that the party has a meeting room in Unity House which is sometimes free in the daytime.

I would like to ask, please:

1. Is it possible for our group to use the room one morning each week, for example on Tuesday from 10 to 12?
2. If yes, what is the cost? We have a very small budget from a charity, but we can pay something.
3. Must our members be members of the Labour Party? Some women in the group are not interested in politics, and some of them are worried about this, because in Ukraine things are different.
4. Is the room accessible? One lady uses a walking frame.

I understand if it is not possible. Thank you very much for reading my letter.

With best regards,

Olena Kovalenko
""",
      tags=("non-native", "formal"))

c.add("query", subject="National Policy Forum - how can a branch make a submission, and can individuals?",
      sender=("Tariq Mahmood", "tariq.mahmood.hollinbank@gmail.com"),
      body=f"""Dear Sam,

I'm a member of Hollin Bank branch and its delegate to the GC. At our last branch meeting, members asked me to find out how we can contribute to the National Policy Forum's current consultation, and I realised I didn't actually know, so I hope you can help.

Our branch has been discussing two things in particular: the future of local bus services (given the problems in Hollin Bank since the cuts), and aviation and climate (given the airport expansion). Members would like to put their views to the NPF.

My questions:

1. Can a branch make a submission to the NPF directly, or does it have to go through the CLP? If through the CLP, does the GC have to approve it?
2. Can individual members make their own submissions as well?
3. Is there a deadline for the current round, and where are the consultation documents? I've looked on Membersnet but couldn't find them.
4. Is there a word limit, or a required format?
5. Does the CLP have a policy officer, or anyone who coordinates policy submissions, who we should talk to?
6. We've heard that there's a regional policy event coming up. Is it open to any member, or only to delegates?

Thanks in advance. I'll report back to the branch once I know.

Best,

Tariq Mahmood
Hollin Bank branch delegate
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# URGENT
# ---------------------------------------------------------------------------------------

c.add("urgent", subject="POLLING DAY: Weaver's Green committee room flooded - need a new one by 7am tomorrow",
      sender=("Ellen Truscott", "ellen.truscott@gmail.com"),
      body=f"""Sam,

I'm so sorry. The pipe under my kitchen sink burst about two hours ago while I was at the last canvass session, and by the time I got home the whole ground floor was under an inch of water. The plumber's been and stopped it, but the kitchen and the front room, which was going to be the Weaver's Green committee room tomorrow, are wrecked, the electrics on that floor are off, and the insurance people have told me not to use the rooms until they've been dried out and checked.

So we have no committee room for Weaver's Green for polling day, and we've got:

- about 30 volunteers due to arrive from 7am, most of whom only know to come to my address;
- the printed knock-up sheets for all four polling districts, which are upstairs and dry, thank goodness;
- the two laptops and the printer for the "get out the vote" lists (also upstairs);
- the tea urn and the sandwiches, which were in the kitchen and are now a write-off.

What I need from you or Keith tonight:

1. A new committee room in or near Weaver's Green, available from 6.30am tomorrow until about 10.30pm, with power and ideally a toilet. Does anyone on the EC live nearby? Or could we ask the Methodist hall on Loom Street? I don't have the minister's number.
2. Someone to send a message to all the Weaver's Green volunteers tonight with the new address. I've got the list on my phone but I'd rather it came from the CLP.
3. If all else fails, I can run it from my car outside my house, but that's a last resort.

I'll be up till late sorting out the house. Ring me any time on 07700 900 604.

Ellen
Committee room host, Weaver's Green
""",
      tags=("formal",))

c.add("urgent", subject="Street collection permit for tomorrow - issued with the wrong date - must re-sign by 5pm TODAY",
      sender=("Licensing Team", "licensing@castlebridge.gov.example.uk"),
      body=f"""Dear Mr Okafor,

Street Collection Permit SC/26/0881
Promoter: {CLP}
Purpose: Collection in aid of the Harrowgate Foods strike hardship fund
Location: Greyfriars Market and Port Street

I am writing to let you know that, owing to an administrative error on our part, the street collection permit issued to you last week shows the date of the collection as Saturday the 21st, rather than tomorrow, Saturday the 14th, which is the date you applied for.

A collection carried out on a date not covered by a permit would not be lawful, and collectors could be asked to stop by the police or by our enforcement officers. I am very sorry for the mistake.

We can issue a corrected permit today. However, under our procedures the corrected permit must be signed by the named promoter, in person, at the Licensing counter in the Civic Centre, and the counter closes at 5pm. We cannot issue it by email.

Please bring with you:
- photo identification;
- the original (incorrect) permit, if you have it;
- the list of collectors, which we will attach to the corrected permit.

If you cannot attend before 5pm, we will not be able to correct the permit in time for tomorrow, and the collection would need to be rescheduled. You could then apply for the 21st, on which date, as it happens, the existing permit is valid.

Please call us on the number below to let us know whether you will be coming in.

Yours sincerely,

Licensing Officer
Castlebridge City Council
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# BULK
# ---------------------------------------------------------------------------------------

c.add("bulk", subject="Your weekly Page summary: Riverside Labour",
      sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers(),
      fmt="alt",
      body="""Riverside Labour
Weekly Page summary

Here's how your Page did in the last 7 days.

Reach: 14,208 (up 212%)
Post engagement: 3,991 (up 340%)
New Page likes: 46
New followers: 61
Messages received: 38
Response rate: 24% (respond faster to improve your response rate)

Top post
"Statement from Riverside Labour on the Harrowgate Foods strike. We stand with the workers..."
Reach: 9,842 - Reactions: 611 - Comments: 418 - Shares: 203

Your audience
Most of your audience is aged 35-54 and located in Castlebridge.

Tips for your Page
- Posts with photos get more engagement. Try sharing a photo from your next event.
- You have 38 unread messages. People expect a reply within a day.
- Boost your top post to reach up to 25,000 more people in Castlebridge. Boost post

See more insights in Meta Business Suite.

This message was sent to secretary@riverside-labour.org.uk. You're receiving this email because you're an admin of Riverside Labour. Unsubscribe from Page summaries.
Meta Platforms Ireland Ltd., Dublin 2, Ireland
""",
      tags=("robot", "social"))

c.add("bulk", subject="Automatic reply: Cllr Rees - Greyfriars",
      sender=("Office of Joanna Whitcombe MP", "office@joannawhitcombe.example.org.uk"),
      headers=c.autoreply_headers("rfc3834"),
      body="""Thank you for contacting the office of Joanna Whitcombe, Member of Parliament for Castlebridge Riverside. This is an automatic acknowledgement; please do not reply to it.

We aim to respond to all correspondence from constituents within 10 working days. Because of the high volume of correspondence we receive, it may take longer during busy periods. If you have not already done so, please make sure your email includes your full name and postal address, including postcode, as we can only take up casework for residents of the constituency.

If your enquiry is urgent:
- If you or someone else is in immediate danger, call 999.
- For an urgent immigration matter with a removal date in the next 72 hours, please call the office and say that your matter is urgent.
- For urgent housing issues out of hours, including homelessness tonight, contact Castlebridge City Council's emergency housing line.
- For urgent mental health support, call NHS 111 and select the mental health option, or contact the Samaritans on 116 123.

Advice surgeries: Joanna holds regular advice surgeries across the constituency. Appointments must be booked in advance by calling the office. For security reasons we do not publish surgery venues in advance.

Campaign emails: if you are contacting Joanna as part of an organised campaign, you will receive a response once Joanna has set out her position on the issue.

Data protection: the office will process your personal data in line with its privacy notice, which is available on Joanna's website. We may need to share your information with the organisations you ask us to contact on your behalf.

The Office of Joanna Whitcombe MP, Constituency Office, Castlebridge
""",
      tags=("autoreply", "benign-violent-word"))

# ---------------------------------------------------------------------------------------
# OTHER
# ---------------------------------------------------------------------------------------

c.add("other", subject="A thank you from the Haddad family",
      sender=("Rami Haddad", "rami.haddad.cb@gmail.com"),
      body=f"""Dear Mr Sam and all the members of the Labour Party in Riverside,

My name is Rami Haddad. I am writing on behalf of my family, my wife Lina and our three children, to say thank you.

We arrived in Castlebridge in September through the refugee resettlement scheme. We did not know anybody here. The first week we were in the flat in Port Street, a lady from your party, Mrs Maureen Hickling, and two young men, came to our door with a big box. Inside the box there were winter coats for the children, bedding, pans, a kettle, a map of Castlebridge with the school and the doctor and the mosque marked with a pen, and a card with a message in Arabic. My wife cried when she read it. I will be honest, I also cried.

Since then Mrs Hickling has taken Lina to the college to register for English classes, and one of the young men, Tariq, helped me to write my CV. Last week I started work in a warehouse, my first job since we left Syria eleven years ago.

I know that a political party is about elections and votes. We cannot vote yet. We did not expect anything from you, and you did not ask anything from us. But I wanted you to know that in this city, the first people who knocked on our door were your people, and they came to help.

When my English is better I would like to help also, with other families who arrive after us.

With gratitude and respect,

Rami Haddad and family
Port Street
""",
      tags=("thanks", "non-native"))

c.write()
