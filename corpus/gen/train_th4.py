"""train/th4: long, formal and institutional mail (Cwm Taf Valleys CLP, upper valley). Hand-written content."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "th4", seed=1804)
SEC_FULL, SEC_ADDR = c.secretary()
SEC = SEC_FULL.split()[0]
CLP = c.clp[0]

# ---------------------------------------------------------------------------------------
# SAFETY
# ---------------------------------------------------------------------------------------

c.add("safety", subject="Graffiti naming Cllr Angharad Wyn and giving her address - Ynysfach (our ref ENV/GR/2611)",
      sender=("Dean Llewellyn", "dean.llewellyn@taf-valleys.gov.example.uk"),
      body=f"""Dear Ms Evans,

I am the Community Safety and Enforcement Officer for the northern area of the borough. Councillor Angharad Wyn has asked me to make you aware of the following, as she believes it relates to her role and to her membership of your party, and she has consented to me sharing the details with you.

On Monday morning our graffiti removal team responded to a report of offensive graffiti at three locations in Ynysfach:

1. The rear wall of the bus shelter on Heol yr Orsaf, opposite the Co-op.
2. The gable end of the old Bethania chapel on Stryd y Farchnad.
3. The pavement outside the primary school on Ffordd Blaen-nant, painted in white road-marking paint.

At each location the wording was substantially the same: Councillor Wyn's full name, the words "LABOUR TRAITOR" and "SOLD OUT YNYSFACH", and her home address, including the house number. At location 3 the wording also included "WE KNOW WHERE YOU SLEEP" and an arrow pointing up the hill in the direction of her street.

The team photographed the graffiti and removed it from the bus shelter and the chapel the same morning. The pavement marking took longer and was not fully removed until Tuesday afternoon, by which time I understand it had been photographed by passers-by and shared on at least one local Facebook group.

I have reported the matter to the police, who are treating it as a possible offence of harassment and criminal damage, and I have provided them with our photographs. I have also arranged for the CCTV camera at the Co-op to be checked.

Councillor Wyn has asked me to pass on that she would be grateful if the party could (a) check whether the Facebook posts can be reported and removed, and (b) think about whether her address appears on any party material, as she believes it may have been taken from an old election leaflet.

Please contact me if you have any information which might assist.

Yours sincerely,

Dean Llewellyn
Swyddog Diogelwch Cymunedol a Gorfodi / Community Safety and Enforcement Officer
Taf Valleys County Borough Council

Mae'r Cyngor yn croesawu gohebiaeth yn Gymraeg. The Council welcomes correspondence in Welsh.
""",
      tags=("doxxing", "third-party-report", "implicit", "harassment"))

c.add("safety", subject="Caller to Radio Cymoedd phone-in - threat concerning your candidate",
      sender=("Llinos Griffith", "llinos.griffith@bbc.example.co.uk"),
      body=f"""Dear Ms Evans,

I'm the senior producer of the morning phone-in on BBC Radio Cymoedd. I am writing, on the advice of our editorial policy team, to let you know about a call we received during this morning's programme, and what we have done about it.

This morning's topic was the Senedd election. At 10.22am a caller who gave his name as "Kev from Blaen-nant" was being screened by our broadcast assistant before being put to air. During the screening conversation, which is recorded, he said that he wanted to talk about your candidate, Mr Dafydd Rowlands. Asked what he wanted to say, he said (I quote from the recording): "I want to tell him on air that if he turns up at the Blaen-nant hustings on Thursday he won't be going home in one piece. Someone's going to teach him a lesson he won't forget." Our broadcast assistant ended the call and it did not go to air.

Our procedures require us to report threats of this kind. We have passed the recording, the phone number from which the call was made, and the time of the call to the police, who have given us a reference which I will share with you or with Mr Rowlands on request. We have also informed the BBC's security team.

I am telling you because the caller named a specific event. I do not know whether the hustings he referred to is one your party is attending, but if it is, you may wish to speak to the organisers and to the police about arrangements.

We will, of course, continue to invite Mr Rowlands and the other candidates onto the programme, and nothing about this incident will affect our coverage. If you or Mr Rowlands would like to talk to me about it, my direct line is below.

Best wishes,

Llinos Griffith
Senior Producer, Mornings
BBC Radio Cymoedd
Ffôn / Tel: 029 0000 0000

This e-mail (and any attachments) is confidential and may contain personal views which are not the views of the BBC unless specifically stated.
""",
      tags=("third-party-report", "explicit", "conditional"))

c.add("safety", subject="Threats to our rep following the CLP solidarity statement - bin strike",
      sender=("Carys Pugh", "carys.pugh@valleysunionbranch.example.org.uk"),
      body=f"""Dear Rhian,

I'm writing as Branch Secretary about something that has happened to one of our workplace reps since the CLP put out its statement last Tuesday supporting the refuse collectors' strike. I'm grateful for the statement, and the members were too. But I need you to know what has followed, because your statement named our rep, and I think the CLP has a part to play in making sure nothing like this happens again.

The statement quoted our rep, Gavin Davies, by name, and included a photograph of him on the picket line at the Cefn Glas depot. It was shared widely on Facebook. Since then:

- Gavin has received eleven private messages on Facebook from people he does not know, most of them abusive. Three of them, which I have seen, go further. One says "you'll be getting a visit from some of the lads who've had rubbish piled up outside their house for three weeks". Another says "I know your van, I'll be waiting by it one night". The third included a photograph of his house, taken from the street.
- On Friday night someone let down all four tyres on his van, which was parked outside his house.
- His wife has had a message through her workplace's Facebook page asking whether she's "the scab-lover's missus".

Gavin has reported all of this to the police. He has taken his Facebook account down. He is, understandably, shaken, and he has asked not to be named in any further public material. The branch is supporting him and has arranged for him not to picket alone.

What I'd ask of the CLP:

1. Please remove his name and photograph from the statement on your website and social media today, and ask anyone who shared it to do the same.
2. In future, please check with the branch before naming any of our members or reps in public statements.
3. If any of your members know anything about who is behind this, please tell the police.

I'm not blaming you. But people need to understand what happens to ordinary workers who end up in the public eye.

In solidarity,

Carys Pugh
Branch Secretary
""",
      tags=("third-party-report", "explicit", "doxxing", "pile-on", "implicit"))

c.add("safety", subject="Observations regarding Councillor Iwan Harries - for the attention of the party",
      sender=("A Concerned Resident of Cefn Glas", "cefnglas.resident@outlook.com"),
      body=f"""To the Secretary

I am writing to the Labour Party because I have been unable to obtain any response from Councillor Iwan Harries regarding the proposed closure of the Cefn Glas community centre, which he supported at the cabinet meeting in September.

Since I have had no reply, I have taken it upon myself to observe the Councillor's conduct, so that I may judge for myself whether he is as busy as his office claims.

For the record, therefore, I set out below what I have observed over the past three weeks.

- Mondays: leaves home (the semi-detached on Heol Gwenllian, with the silver Skoda) at approximately 7.40am. Drops his son at Ysgol Cefn Glas. Drives to the civic centre.
- Wednesdays: leaves the civic centre at approximately 5.15pm. Attends the gym at the leisure centre. Returns home by 7pm.
- Thursdays: his wife works a late shift; Councillor Harries collects his son from after-school club at 5.30pm and they walk home through the park.
- Saturdays: attends the rugby with his brother-in-law. Drinks in the Colliers Arms afterwards, usually until around 9pm. Walks home alone.

I trust this demonstrates that the Councillor has ample time in which to reply to his constituents.

I have kept a full log, with photographs, and I will continue to keep it. I shall be interested to see whether the Councillor's routine changes once he reads this letter. He may wish to reply to me before it becomes necessary for me to observe him further, and before others who are less patient than I am ask me for a copy.

I do not give my name. The Councillor does not need it. I know his.

A Concerned Resident of Cefn Glas
""",
      tags=("stalking", "veiled", "implicit", "conditional"))

c.add("safety", subject="The Ynysfach war memorial and the Labour group",
      sender=("Major (retd) T. G. Hopkins", "tghopkins.ynysfach@btinternet.com"),
      body=f"""Madam,

I write concerning the council's decision, taken by the Labour cabinet last week, to relocate the Ynysfach war memorial from the square to the grounds of the new library "as part of the town centre regeneration scheme".

I served twenty-two years in the Royal Welch Fusiliers. My grandfather's name is on that memorial, as are the names of seventy-three other men of this valley who did not come home from two wars. I attended the public consultation. I made my objection in writing. So did the Royal British Legion branch, the chapels and more than four hundred residents. The cabinet went ahead regardless, with your Councillor Mostyn describing the memorial, in the minutes, as "an obstacle to the pedestrian flow".

I wish to make the following clear in the most measured terms I can find.

There are a good many men in this town who have served. They are not young any more, most of them, but they have not forgotten how to organise, and they have not forgotten what it means to defend something that matters. They are watching this decision very closely. They know Councillor Mostyn. They know the council leader. They know where the contractors' plant will be parked the night before the work begins.

I would counsel your councillors, very seriously, not to put a single spade in the ground in that square. If they do, I cannot promise them that the matter will end with a strongly worded letter, and I shall not be inclined to try.

I have copied this letter to nobody else. I prefer that it be dealt with quietly.

Yours faithfully,

T. G. Hopkins
Major (retired)
Ynysfach
""",
      tags=("veiled", "conditional"))

c.add("safety", subject="Incident report form (copy to CLP Secretary) - polling station, Pentre Isaf Community Hall",
      sender=("Welsh Labour Regional Office", "incidents@welshlabour.example.cymru"),
      body=f"""INCIDENT REPORT - COPY FOR CLP SECRETARY
Reference: WL-IR-26-0147
Submitted by: Helen Morgan (polling day volunteer, Pentre Isaf)
Received: polling day, 19:52

Dear Rhian,

Please find below a copy of an incident report submitted through the online form on polling day. We are sending it to you as CLP Secretary because the volunteer is a member of your CLP and because the person involved may be known locally. The Regional Safety Lead has spoken to the volunteer and to the police. Please treat this report as confidential.

1. Where did the incident happen?
Outside the entrance to Pentre Isaf Community Hall polling station, on the pavement beyond the council's "no campaigning" line, where I was telling (taking polling numbers).

2. When?
About 17:15.

3. What happened?
A man came out of the polling station after voting and stood about two metres from me. He asked if I was "one of Rowlands's lot". I said I was a Labour volunteer. He said, "You've got a nerve standing there after what you lot did to the day centre." I said I was sorry he felt that way and that I was only taking numbers. He then came right up close to me, so his face was about a foot from mine, and said, "You want to go home now, love, while you still can. I know where you live, you're on Heol y Bryn. I've seen you out with your dog." He then said, "When this is all over, I'll be round." He walked off towards the Lamb.

4. Was anyone else present?
The polling station's presiding officer came out at the end of the conversation and asked if I was all right. A Plaid Cymru teller also saw it and offered to give a statement.

5. Was anyone hurt?
No.

6. Have you reported it to the police?
Yes, the presiding officer phoned the police. An officer came at about 18:00 and took my details.

7. Do you know who the person is?
I think he lives in Pentre Isaf but I don't know his name. I would recognise him.

8. Is there anything else we should know?
I live alone. I'm not staying at home tonight.

Regional Office note: the volunteer has been advised and supported. Please do not contact her about this report unless she contacts you; she has asked for some space. If you become aware of any further contact from the man described, please inform the police and the Regional Safety Lead immediately.

Regional Safety Lead
Welsh Labour
""",
      tags=("third-party-report", "implicit", "stalking", "explicit"))

c.add("safety", subject="Ynysfach baths - a final appeal to the Labour group before Thursday",
      sender=("Rhys ap Gruffydd", "rhys.apgruffydd@gmail.com"),
      body=f"""Dear Ms Evans,

I hope you will pass this letter to the Leader of the Labour group and to every Labour councillor before Thursday's full council meeting. I have written to them individually and received no replies.

I am the chair of the Friends of Ynysfach Baths. For six years we have run the swimming club, the Saturday family sessions and the over-60s aquafit out of that building. We raised £38,000 towards the new boiler. We offered, in writing, to take on the running of the baths as a community asset transfer. The cabinet's report does not even mention our offer.

On Thursday the council will vote on the budget, which includes the closure of the baths from April. If it passes, the nearest public pool for the children of the upper valley will be in Pontcerrig, an hour there and back on the bus, at a cost most of our families cannot afford.

I need to tell you frankly where things stand in this town. I have been at every public meeting. I have watched people who have never been to a protest in their lives shaking with anger. There is talk, in the pubs and on the Facebook groups, that I have never heard before. I have tried to calm it. I am not sure I can any longer, and I am not sure I want to.

Should the council proceed with closing the baths, I cannot guarantee the safety of the Labour group when they leave the chamber on Thursday night, and I will not be the one standing between them and the people they have betrayed. If anyone asks me afterwards, I will say I warned you. Consider yourselves warned.

Please let the councillors know that our offer of a community asset transfer still stands. There is still time.

Rhys ap Gruffydd
Chair, Friends of Ynysfach Baths
""",
      tags=("conditional", "veiled", "embedded"))

c.add("safety", subject="Security concern - enquiries made about a member of staff (Cllr Nia Probert) - Ysbyty Cwm Garw",
      sender=("Security & Site Services Manager", "site.security@cwmgarw-uhb.example.wales.nhs.uk"),
      body=f"""PERSONAL - SENSITIVE

Dear Ms Evans,

I am the Security and Site Services Manager at Ysbyty Cwm Garw. One of our ward sisters, Mrs Nia Probert, who I understand is also a Labour councillor for Blaen-nant, has asked me to inform you of the following incidents. She has asked that the information be shared with her party so that appropriate precautions can be taken for her council and party activities.

Over the past fortnight, our staff have recorded three occasions on which a member of the public has made enquiries about Mrs Probert:

1. Tuesday 2nd, approx. 14:30: a man approached the main reception desk and asked whether "Nia Probert, the councillor" was working that day, and what time her shift finished. Reception staff declined to answer.

2. Saturday 6th, approx. 19:00: a man, believed to be the same person, was seen by a porter in the corridor outside Ward 7 (Mrs Probert's ward), which is not open to visitors at that time. When challenged he said he was "looking for the toilets" and left.

3. Wednesday 10th, approx. 07:15: a member of staff arriving for the early shift saw a man matching the description sitting in a car in the staff car park, near the space where Mrs Probert usually parks. He drove off when approached. The staff member noted part of the registration.

Description: white male, 40-50, stocky, short grey hair, dark blue work jacket with a hi-vis panel.

Actions taken by the health board: the incidents have been reported to the police; CCTV has been preserved; Mrs Probert has been offered an escort to and from her car at the start and end of each shift; reception and ward staff have been briefed not to confirm the presence or shift pattern of any staff member.

Mrs Probert believes the man may be connected with a planning dispute in Blaen-nant. I would ask that the party takes care not to publish her council surgery times in a way that could be linked with her shifts, and that you let me or the police know if you become aware of anything relevant.

Yours sincerely,

Security & Site Services Manager
Ysbyty Cwm Garw

Mae'r neges hon yn gyfrinachol. This message is confidential and is intended solely for the addressee. Bwrdd Iechyd Prifysgol / University Health Board.
""",
      tags=("stalking", "third-party-report", "following"))

# ---------------------------------------------------------------------------------------
# HARD NEGATIVES
# ---------------------------------------------------------------------------------------

c.add("complaint", subject="The Colliers Arms, Cefn Glas - outstanding account and damage following fundraising evening",
      sender=("Protheroe & Daniel Solicitors", "pd@protheroedaniel.example.co.uk"),
      body=f"""Our ref: CA/PD/912

Dear Madam,

Our client: Mr Alun Bevan, licensee, The Colliers Arms, Cefn Glas

We are instructed by Mr Bevan in relation to the fundraising evening held by {CLP} in the function room of The Colliers Arms on Saturday the 14th.

Our client informs us that the function room was booked by your Treasurer, Mr Geraint Hughes, on the basis that the CLP would (i) pay the room hire of £120, (ii) settle a bar tab for the "welcome drink" and the raffle prizes, capped at £300, and (iii) be responsible for any damage to the room.

On the night the bar tab reached £287.40, within the agreed cap. However, our client has since been informed by Mr Hughes that the CLP "does not have the funds" to settle the tab at present, and that the room hire will be paid "once the raffle money is counted". More than four weeks have passed. In addition, two upholstered chairs were damaged during the evening (one with a broken leg, one with a cigarette burn), and a framed photograph of the 1984 lodge banner was knocked from the wall and the glass broken. Our client has obtained quotations for repair totalling £265.

The total sum due to our client is therefore £672.40.

Our client has enjoyed a good relationship with the Labour Party in Cefn Glas for many years and has no wish to pursue this matter through the courts. However, he runs a small business in difficult times and cannot absorb this loss.

We therefore ask that payment of the above sum be made within 14 days. If payment is not received, we are instructed to issue a claim in the County Court without further notice, which will increase your liability by court fees and interest.

Should the CLP dispute any part of the sum claimed, please let us know the grounds in writing.

Yours faithfully,

Protheroe & Daniel
Solicitors

Regulated by the Solicitors Regulation Authority. This communication is confidential.
""",
      tags=("hard-negative", "legal-threat"))

c.add("complaint", subject="Statements made by Cllr Mostyn regarding Ynysfach Community Council",
      sender=("Clerk to Ynysfach Community Council", "clerk@ynysfach-cc.example.cymru"),
      body=f"""Annwyl Ms Evans / Dear Ms Evans,

I write as Clerk to Ynysfach Community Council, on the instructions of the Council, which met in extraordinary session on Monday.

In an article published in the Valleys Observer last week, and in a post on the "Ynysfach Labour" Facebook page, Councillor Huw Mostyn, a county borough councillor and, I understand, a member of your party, made a number of statements about the Community Council. In particular, he stated that the Community Council had "wasted" its reserves on "jollies", that its members "never turn up" and that the Clerk (myself) was "paid to do nothing".

The Community Council regards these statements as inaccurate and damaging. The Community Council's reserves are held in accordance with its published reserves policy and are audited annually by the external auditor. Attendance at meetings is recorded in minutes available online and averages over 80%. As to myself, I will not dignify the remark with a response.

The Community Council resolved:

1. To ask Councillor Mostyn to withdraw the statements publicly and remove the Facebook post;
2. To write to the Labour Party locally, asking the party to take the matter up with the Councillor;
3. If the statements are not withdrawn within 21 days, to refer the matter to the Public Services Ombudsman for Wales as a possible breach of the Code of Conduct for Members, and to seek legal advice regarding the comments made about the Clerk.

The Community Council would much prefer to resolve the matter amicably, and would welcome a meeting with Councillor Mostyn.

Yn gywir / Yours sincerely,

Clerk and Responsible Financial Officer
Ynysfach Community Council / Cyngor Cymuned Ynysfach
""",
      tags=("hard-negative", "legal-threat"))

c.add("complaint", subject="Arms sales, Gaza and the MP's vote - the CLP cannot stay silent",
      sender=("Dr Yasmin Farouk", "yasmin.farouk@doctors.example.org.uk"),
      body=f"""Dear Rhian,

I am a GP in Pontcerrig and a member of the Blaen-nant branch. I am writing formally to ask that my letter be circulated to the Executive Committee and that the Executive schedule a debate at the next GC.

Last week the MP voted against an amendment that would have suspended all export licences for components used in military aircraft operating over Gaza. The government's own legal advice, now published, acknowledged "a clear risk" that such components might be used in serious violations of international humanitarian law. I have read that advice. It is not ambiguous.

I have worked, in my twenties, with Médecins Sans Frontières. I have seen what happens to a hospital when it is bombed. More than half of Gaza's hospitals are not functioning. Children are dying of malnutrition and of wounds that would be treated in an afternoon in Ysbyty Cwm Garw. These facts are documented by the UN, by the Red Cross and by every serious humanitarian organisation.

Those who continue to supply the weapons have blood on their hands. I do not use that phrase lightly. I use it because I cannot find a gentler one that is true.

I have written to the MP three times. I have received a standard letter. I should like the CLP to:

1. debate a motion calling on the MP and the government to suspend all arms export licences to Israel until there is a lasting ceasefire and humanitarian access;
2. invite the MP to a GC to explain her vote;
3. publish the result of the debate.

I will be at the next GC to have my say, and I will bring as many members of the Blaen-nant branch as I can persuade to come. If the Executive refuses to table the debate, I will make sure every member of this CLP knows that it refused, and why.

With regards,

Dr Yasmin Farouk
Blaen-nant branch
""",
      also=("procedural",), tags=("hard-negative", "metaphor", "angry"))

c.add("bulk", subject="Newyddion gan Dafydd / News from Dafydd - your Member of the Senedd",
      sender=("Dafydd Rowlands MS", "dafydd.rowlands@senedd-member.example.wales"),
      headers=c.newsletter_headers("Mailchimp"), fmt="alt",
      body="""Newyddion gan Dafydd / News from Dafydd
Your Member of the Senedd for Cwm Taf Valleys

Annwyl gyfaill, Dear friend,

It has been a busy few weeks both in the Senedd and here in the valleys, and I wanted to update you on some of the work I have been doing.

Ysbyty Cwm Garw
I have met the chair and chief executive of the health board twice in the last month to press the case against the proposed overnight downgrading of the emergency department. I have asked the Health Secretary to call in the decision. I know how strongly people feel about this, and I share that feeling.

Bus services
Following the cuts to the 132 and 132A evening services, I have secured a meeting between the operator, the county borough council and Transport for Wales. I will report back as soon as I can.

A word about safety in public life
Many of you will have seen the news last month about the attack on a constituency office in the north of England, and the arson attempt at an MS's office in North Wales earlier in the year. Thankfully nobody was hurt in either incident. These events have, understandably, led many people to ask about the safety of elected representatives.

I want to reassure constituents that my office remains open and that I will continue to hold surgeries in every community in the constituency. Like every Member, I have reviewed arrangements with the Senedd's security team and with the police. Some of you may notice small changes, such as appointments being booked in advance. I hope you will understand.

Democracy depends on people being able to meet their representatives face to face. I will not let anyone take that away from us.

Surgeries
My next surgeries are in Ynysfach, Cefn Glas and Blaen-nant. To book an appointment, please call my office.

Diolch,
Dafydd

Dafydd Rowlands MS, Aelod o'r Senedd dros Gymoedd Cwm Taf
You are receiving this because you signed up to receive updates from Dafydd. Unsubscribe | Update your preferences
Mae'r cylchlythyr hwn ar gael yn Gymraeg. This newsletter is available in Welsh.
""",
      tags=("hard-negative", "news-about-threats", "newsletter"))

c.add("procedural", subject="Women's Forum paper for the GC: refuge provision and domestic abuse in Cwm Taf",
      sender=("Sioned Pryce-Jones", "sioned.pryce.jones@gmail.com"),
      body=f"""Dear Rhian,

The Women's Forum met last week and agreed the paper below, which we would like to put to the GC as a report with a recommendation. We would be grateful if it could be included in the GC papers under "Reports from the Women's Forum", with ten minutes for presentation and discussion.

REFUGE PROVISION AND DOMESTIC ABUSE IN CWM TAF: A PAPER FROM THE CLP WOMEN'S FORUM

1. Purpose
To inform the GC of the current state of specialist domestic abuse services in the constituency, and to recommend that the CLP supports the campaign to secure long-term funding for the Cwm Taf refuge.

2. Background
Domestic abuse affects one in four women in Wales over their lifetime. In the police area covering this constituency, domestic abuse-related incidents make up roughly one in five of all violent crimes recorded. Behind those numbers are women who are beaten, threatened and controlled in their own homes, and children who grow up in fear. Domestic homicides, in Wales as elsewhere, are overwhelmingly of women killed by partners or former partners.

3. Local services
The constituency has one refuge, with eight family units. Last year it turned away 61 referrals for lack of space. It is funded on a year-to-year basis, and its current funding ends in March. The specialist outreach service, which supports women who stay in their homes, has lost two posts.

4. The evidence
Every pound spent on specialist domestic abuse services saves considerably more in costs to the NHS, the police and social services. More importantly, it saves lives.

5. Recommendation
That the GC:
(a) notes the paper;
(b) calls on the Labour group on the county borough council, and on our MS, to work with the Welsh Government to secure a minimum three-year funding settlement for the refuge and outreach service;
(c) invites the refuge manager to address a future GC;
(d) asks branches to consider supporting the refuge's Christmas appeal.

Proposed on behalf of the Women's Forum: Sioned Pryce-Jones (Women's Officer)

Diolch,
Sioned
""",
      tags=("hard-negative", "benign-violent-word", "news-about-threats"))

c.add("other", subject="Guidance on safe surgeries and lone working for councillors and candidates - for circulation",
      sender=("Emyr Watkins", "emyr.watkins@taf-valleys.gov.example.uk"),
      body=f"""Dear Ms Evans,

I am the Head of Democratic Services at the county borough council. Each year before the local elections we write to the secretaries of all the political parties and groups in the borough to share the council's guidance for councillors on personal safety, in the hope that parties will pass it on to their candidates as well as to sitting councillors. I would be grateful if you would do so.

The guidance is not prompted by any specific incident. It reflects good practice recommended by the Welsh Local Government Association and the police.

Key points:

Ward surgeries
- Hold surgeries in public buildings with staff present, such as libraries and community centres, rather than in private homes or isolated rooms.
- Where possible, hold surgeries with another councillor or a colleague.
- Arrange the room so that you are nearest the door.
- Consider advertising surgeries as "by appointment", so that you know who to expect.

Home visits
- Avoid them. If one is unavoidable, go with another person, tell someone where you are going and when you expect to be back, and keep your phone charged.

Personal information
- Councillors may apply to have their home address withheld from the council's published register of interests, where there is a risk to their safety. Candidates may opt not to have their home address printed on the ballot paper. Please make sure candidates know this.

Online abuse
- Keep records. Report threatening messages to the police. The council's communications team can help with reporting content to platforms.

Support
- The council provides personal safety alarms to any councillor who requests one, and can arrange a home security assessment with the police on request.

If any of your candidates or councillors would like a conversation about any of this, I am very happy to help.

Yn gywir,

Emyr Watkins
Pennaeth Gwasanaethau Democrataidd / Head of Democratic Services
""",
      tags=("hard-negative", "news-about-threats"))

# ---------------------------------------------------------------------------------------
# COMPLAINTS
# ---------------------------------------------------------------------------------------

c.add("complaint", subject="Formal grievance: conduct of the Chair at the General Committee on the 9th",
      sender=("Lowri Mathias", "lowri.mathias@hotmail.co.uk"),
      body=f"""Dear Secretary,

I write to lodge a formal grievance about the conduct of the Chair of the CLP, Mr Ieuan Lloyd, towards me at the General Committee meeting on the 9th. I ask that it be dealt with under the party's complaints procedure, and if the CLP considers that it does not have jurisdiction, that it be referred to the Regional Office.

The facts are as follows.

Under item 6, the GC debated the Blaen-nant branch motion on the health board's A&E proposals. I indicated that I wished to speak against an amendment moved by the Executive. After about ninety seconds, the Chair interrupted me and said, in front of roughly fifty delegates, "That's enough from you, Lowri, we all know whose side you're on." When I objected, he said, "Sit down, or I'll have you put out." I sat down.

Later, during any other business, I asked whether the minutes would record that I had been cut short. The Chair said that I was "always causing trouble" and that "some people should think about whether this party is the right place for them". A number of delegates laughed.

I am twenty-six. This was only the third GC I had attended as a delegate. I left the meeting in tears and I have not been to a party meeting since.

I do not believe that any delegate should be spoken to in this way. Under the party's code of conduct, members are expected to treat each other with respect. I believe the Chair's conduct amounted to bullying, and that it was directed at me because I am young, a woman and new to the CLP.

I ask for:

1. an acknowledgement of this complaint;
2. confirmation of who will deal with it and how;
3. a written apology from the Chair;
4. that the minutes of the meeting accurately record what happened.

I can provide the names of three delegates who are willing to confirm my account.

Yours sincerely,

Lowri Mathias
Delegate, Ynysfach branch
""",
      tags=("formal",))

c.add("complaint", subject="Imposition of the Senedd candidate - a letter from the Cefn Glas branch",
      sender=("Cefn Glas Branch Officers", "cefnglas.labour@gmail.com"),
      body=f"""Annwyl Rhian,

The officers of the Cefn Glas branch have asked me to write to you, and through you to the Regional Office and the Welsh Executive Committee, regarding the outcome of the selection process for the Senedd closed list covering our constituency.

We understand from the Regional Office's email of Friday that the list has been finalised by the selections panel and that the first position has been allocated to a candidate who was not nominated by any CLP in the new Senedd constituency, and who did not attend any hustings in our area. We further understand that two candidates who were nominated by local CLPs, including by this CLP, have been placed lower on the list or removed from it altogether.

We are not questioning the quality of the candidate allocated first place. We are questioning the process.

1. Members were told that nominations from CLPs would be "taken into account" by the panel. It is not clear how or whether they were.
2. The panel's scoring and reasoning have not been published or shared with CLPs.
3. Members who spent their evenings at nomination meetings and hustings feel that their participation was a formality.

The branch passed the following resolution on Tuesday (14 for, 1 against, 2 abstentions):

"This branch expresses its dismay at the outcome of the Senedd list selection, calls on the Welsh Executive Committee to publish the panel's reasoning, and asks the CLP to seek an urgent meeting with the General Secretary of Welsh Labour."

We would be grateful if the CLP would act on that request, and if the Executive Committee would let the branch know what it intends to do.

Many of our most active members are saying they will not campaign for the list. We do not want that to happen. But we cannot persuade them without an explanation.

Yn gywir,

Ifor Rees
Secretary, on behalf of the Officers of the Cefn Glas Branch
""",
      also=("procedural",), tags=("formal",))

c.add("complaint", subject="Access to GC meetings at the Blaen-nant Workmen's Institute",
      sender=("Mr Gwyn Thomas", "gwyn.thomas.blaennant@sky.com"),
      body=f"""Dear Ms Evans,

I am a delegate to the General Committee from the Blaen-nant branch. I use a wheelchair following a spinal injury sustained underground in 1987.

The last three General Committees have been held in the upstairs room of the Blaen-nant Workmen's Institute. As you will know, there is no lift. On each occasion I have had to sit in the downstairs bar while the meeting took place, and my branch's second delegate has come down to tell me what happened. On the last occasion, when a card vote was taken, I was not able to vote at all, because nobody came to fetch my card.

I raised this in writing with the previous secretary in the spring and again at the AGM. I was told that the Institute is "the only venue we can afford" and that the matter would be "looked at". Nothing has changed.

I would ask you to consider the following. The party's own rules and guidance require meetings to be accessible to disabled members. The Equality Act requires associations to make reasonable adjustments. I do not want to make a legal point of it. But I have been a member of this party for forty-four years, and I find it humiliating to be sat in a bar while my comrades decide things upstairs.

I would like:

1. an assurance that the next GC, and all future GCs, will be held in a venue with step-free access to the meeting room;
2. if that is genuinely not possible for the next meeting, arrangements for me to take part online, with the ability to vote;
3. an explanation of why my previous complaint was not acted upon.

Could you also let me know whether there is any money available to help members with transport to meetings, as the community transport scheme does not run in the evening?

With best wishes,

Gwyn Thomas
Blaen-nant branch delegate
""",
      also=("query",), tags=("formal",))

c.add("complaint", subject="Complaint - nobody answer my emails, and about the words of our MP",
      sender=("Katarzyna Wójcik", "kasia.wojcik84@wp.example.pl"),
      body=f"""Dear Secretary Rhian Evans,

My name is Katarzyna Wójcik, I am member of Labour Party since 2021 and I live in Pentre Isaf with my husband and two children. I work as nurse assistant in the care home in Cefn Glas. I am writing to make complaint, please forgive my English, I try to write formal and correct.

First complaint. In March I wrote to the branch email to say I want to help with the campaign, I can do leaflets and also I can speak with the Polish community, there are many Polish families in Pentre Isaf and Ynysfach who have the vote now for Senedd and council and nobody speak with them. I wrote three times. Nobody answer. I went to one branch meeting in May, I introduced myself, the chairman said "lovely, we will be in touch". Nobody was in touch. I feel that I am not wanted, maybe because I am foreigner.

Second complaint, it is more important for me. Last month our MP said in the interview on the television that the country must "take back control of who comes here" and that some towns "feel like a foreign country". My children was born in Wales. They speak Welsh in school better than me! My daughter asked me after school, "Mama, is it about us?" I did not know what to answer her. Many Polish people I know, they vote Labour before, now they say they will not vote.

I do not want to leave the party. But I want to know:
- why nobody answer my emails about volunteering;
- if the local party agree with the words of the MP, and if not, if you will say something.

I ask that this letter go to the Executive Committee please.

Thank you for reading.

Yours sincerely,
Katarzyna (Kasia) Wójcik
Pentre Isaf
""",
      also=("query",), tags=("non-native", "formal"))

# ---------------------------------------------------------------------------------------
# PROCEDURAL
# ---------------------------------------------------------------------------------------

c.add("procedural", subject="Draft minutes of the Annual General Meeting - for approval at the next GC",
      sender=("Ceri Lewis", "ceri.lewis.cwmtaf@gmail.com"),
      body=f"""Rhian,

Here are the draft minutes of the AGM. Please check the officer results in particular, as the count for Vice-Chair (Membership) was very close and I want to be sure I have the figures right before they go out.

{CLP.upper()} - ANNUAL GENERAL MEETING
Blaen-nant Workmen's Institute (ground floor hall)
Present: 58 members (quorum met). Apologies: 14 (list held by the Secretary).

1. Welcome. The Chair welcomed members, and in particular new members attending for the first time.

2. Standing orders. The meeting agreed the standing orders for the AGM as circulated.

3. Minutes of the previous AGM. Approved as a correct record.

4. Secretary's report. The Secretary reported on the year's activity: 10 GC meetings, 11 EC meetings, two by-elections, and the submission of three motions to Welsh Labour conference. She thanked branch secretaries and the membership secretary. Report received.

5. Treasurer's report and accounts. The Treasurer presented the accounts for the year, showing a surplus of £1,204 after the by-election costs. The accounts have been examined by the auditor. One member asked about the outstanding printing invoice; the Treasurer confirmed it has now been paid. Accounts adopted.

6. Election of officers.
Chair: Ieuan Lloyd (unopposed) - elected.
Vice-Chair: Mererid Owen (31) defeated Alun Pritchard (25) - elected. 2 abstentions.
Vice-Chair (Membership): Hywel Edmunds (29) defeated Lowri Mathias (27) - elected. 2 abstentions.
Secretary: Rhian Evans (unopposed) - elected.
Treasurer: Geraint Hughes (unopposed) - elected.
Women's Officer: Sioned Pryce-Jones (unopposed) - elected.
Youth Officer: Ffion Jenkins (unopposed) - elected.
Equalities Officer: vacant; to be filled at a future GC.

7. Auditors. Agreed to re-appoint the existing auditor.

8. Motions. The standing orders amendments from Treharne branch were debated. Amendment 1 (rotation of venues) carried by the required two-thirds majority (44-11). Amendment 2 carried (50-4). Amendment 3 fell (30-24; two-thirds not reached). Carried amendments to be submitted to the Regional Director for approval.

9. Any other business. A member raised access to meetings for disabled members. The Chair undertook that the EC would consider this urgently.

Meeting closed 9.25pm.

Ceri
""",
      tags=("formal",))

c.add("procedural", subject="CLP Women's Forum - notice of AGM and call for nominations",
      sender=("Sioned Pryce-Jones", "sioned.pryce.jones@gmail.com"),
      body=f"""Dear Rhian,

Please could you circulate the notice below to all women members of the CLP by email, and by post to those without an email address, in time for the 14-day notice period? I have checked the dates against the Women's Forum guidelines.

NOTICE OF ANNUAL GENERAL MEETING
{CLP} Women's Forum

The Annual General Meeting of the Women's Forum will be held on Saturday the 22nd at 10.30am at Canolfan Cefn Glas (ground floor, step-free access, hearing loop available). Tea, coffee and Welsh cakes will be provided. A crèche can be arranged if requested by the 15th.

All women members of the CLP are entitled to attend and vote.

Agenda
1. Welcome and apologies
2. Minutes of the last AGM
3. Women's Officer's report
4. Election of Forum officers: Chair, Secretary, Political Education Coordinator
5. Agreement of priorities for the coming year (proposals so far: refuge funding; women in local government; period dignity in schools)
6. Any other business

Nominations
Nominations are invited for the posts listed at item 4. Nominations should be made by a member of the Forum with the consent of the nominee, and sent to the Women's Officer at the email address above by 5pm on Saturday the 15th. Nominees may submit a statement of up to 100 words.

Members who wish to attend but need help with transport should contact me; we have volunteers willing to give lifts.

Diolch,

Sioned Pryce-Jones
Women's Officer
""",
      tags=("formal",))

c.add("procedural", subject="Cwm Taf Valleys CLP - investigation and temporary arrangements for CLP meetings",
      sender=("Regional Director - Welsh Labour", "regional.director@welshlabour.example.cymru"),
      body=f"""To: The Secretary, {CLP}
Cc: The Chair; General Secretary, Welsh Labour

Dear Rhian,

I write following the meeting of the Welsh Executive Committee's Procedures Sub-committee on Monday.

As you are aware, a number of complaints have been received by this office concerning the conduct of meetings of the CLP's General Committee over the past three months, including complaints about the conduct of the Chair and the accessibility of meeting venues. The Sub-committee has authorised an investigation under the party's rules. The investigation will be conducted by two members of the Sub-committee who have no connection with the CLP.

Pending the outcome of the investigation, the Sub-committee has decided as follows:

1. The CLP's General Committee and Executive Committee may continue to meet. However, meetings of the General Committee will be chaired by the Vice-Chair, Ms Mererid Owen, rather than the Chair. This is not a finding against the Chair and should not be understood as such.

2. A representative of the Regional Office will attend the next two meetings of the General Committee as an observer.

3. All meetings of the General Committee must be held in a venue with step-free access to the meeting room. The Secretary is asked to confirm the venue for the next meeting to this office at least fourteen days in advance.

4. No selection processes for local government candidates may commence in the CLP until the Sub-committee has considered the investigators' report.

5. Members of the CLP should not discuss the investigation on social media.

I should be grateful if you would circulate this letter to members of the Executive Committee and read it out at the next meeting of the General Committee. I would be very happy to speak to you about any of this.

Yours sincerely,

Regional Director
Welsh Labour

This email and any attachments are confidential and intended solely for the named recipients.
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# DATA PROTECTION
# ---------------------------------------------------------------------------------------

c.add("data-protection", subject="Stolen laptop - membership spreadsheet - need to report",
      sender=("Geraint Hughes", "geraint.hughes.treasurer@gmail.com"),
      body=f"""Rhian,

I'm afraid I have to report something serious and I want to get it to you in writing straight away.

Last night, between about 10pm and 7am, my car was broken into on the drive at home in Cefn Glas. Among the things taken was my personal laptop, in its bag on the back seat. I know, I know. I had been at the bank in Pontcerrig in the afternoon doing the CLP's quarterly reconciliation and I forgot to bring it in.

On the laptop, as well as the CLP accounts, was a copy of the membership spreadsheet I use for chasing arrears and for the Gift Aid-style donor list. It has roughly 640 members' names, postal addresses, email addresses and phone numbers, their membership status and arrears, and for about 90 people a note of regular donations and the amounts. There are also bank details (sort code and last four digits of the account) for about 25 people who pay standing orders to the CLP rather than to the national party.

The laptop is password-protected (Windows login) but I don't think the hard drive is encrypted. The spreadsheet itself is not password-protected. I realise now it shouldn't have been on there at all.

What I've done so far: reported the theft to the police this morning (I have a crime reference number); changed the passwords on my email and the CLP bank's online account; rung the bank to tell them.

I've read the party guidance and I think this has to go to the party's data protection people, and possibly to the ICO within 72 hours, and that members whose bank details were on it may need to be told. But I don't want to do anything until you and the Chair say so.

I'm mortified. Please ring me when you get this.

Geraint
Treasurer
""",
      tags=("formal", "dp-no-legal-words"))

c.add("data-protection", subject="Photograph of the children from the Cylch Meithrin on your leaflet",
      sender=("Mrs Eleri Vaughan", "cylchmeithrin.ynysfach@gmail.com"),
      body=f"""Annwyl Ms Evans,

I am the leader of the Cylch Meithrin (Welsh-medium playgroup) that meets in the vestry of Capel Seion in Ynysfach. I am writing because one of our parents brought in the Labour leaflet that came through doors in Ynysfach last week, the one with the headline "Investing in our children's future".

On the back of the leaflet is a photograph of Councillor Mostyn sitting on a small chair in our playroom, surrounded by six of our children, who are three and four years old. Their faces are clearly visible, and one little girl is wearing a jumper with her name embroidered on it. The photograph was taken when the councillor visited us in June to present a cheque from the council's community fund. I gave permission for the councillor to have his photograph taken with the cheque for the council's own newsletter. Nobody asked me, or the parents, whether the photograph could go on a party leaflet.

Two of the parents are very upset. One family has particular reasons, which I will not go into, for not wanting their child's picture to be published anywhere at all, and she had told us this when she enrolled. Another parent simply does not want her child used to advertise a political party, of any colour, and I think that is fair.

We are not a political organisation. We welcome everyone.

I would be grateful if you would:

- make sure no more copies of the leaflet are delivered;
- take the photograph down if it is on your website or Facebook page;
- and let me know what has been done, so that I can tell the parents.

Diolch yn fawr,

Eleri Vaughan
Arweinydd / Leader, Cylch Meithrin Ynysfach
""",
      tags=("dp-no-legal-words", "confuser"))

# ---------------------------------------------------------------------------------------
# QUERY
# ---------------------------------------------------------------------------------------

c.add("query", subject="Tenants' hustings - co-hosting and impartiality",
      sender=("Bethan Maddox", "bethan.maddox@cymoeddhomes.example.co.uk"),
      body=f"""Dear Ms Evans,

I'm the Community Engagement Officer at Cymoedd Homes, the housing association that owns and manages around 2,300 homes across the upper valley, including most of the Ynysfach and Pentre Isaf estates.

Our Tenants' Panel has asked us to hold a hustings for tenants before the Senedd election, focusing on housing: repairs, rents, damp and mould, new social housing and the Welsh Government's plans on the right to adequate housing. We think this is a good idea, but as a registered social landlord we have to be scrupulously impartial, and I'd be grateful for your help with a few questions.

1. We would like to invite one speaker from each party standing in the constituency. Who should we approach on behalf of Labour, and how much notice would you normally need?
2. One member of our Tenants' Panel, who is a Labour member, has suggested that the CLP might co-host the event and help with publicity. Our board's view is that we couldn't co-host with any party. Would the CLP be willing for us to host alone, with all parties invited on equal terms?
3. We'd like to hold it in the community room at Ynysfach Court on a weekday evening in April. Is there any date in April when your candidates are already committed, so we can avoid clashing?
4. Are there any rules you are aware of, under electoral law, about what a housing association can or can't do in hosting an event like this? We've read the Electoral Commission's guidance on non-party campaigners but it's not entirely clear how it applies to a hustings.

Thank you in advance. I'm in the office Tuesday to Thursday.

Best wishes,

Bethan Maddox
Swyddog Ymgysylltu Cymunedol / Community Engagement Officer
Cymoedd Homes

Cymoedd Homes is a registered society under the Co-operative and Community Benefit Societies Act 2014 and a registered social landlord. This email may contain confidential information.
""",
      tags=("formal",))

c.add("query", subject="Membership transfer from England and eligibility to stand for the council",
      sender=("Dr Owain Parry-Williams", "owain.parrywilliams@outlook.com"),
      body=f"""Dear Secretary,

I recently moved back to Wales after twenty years in Bristol, where I was a member of the party and, for the last six years, a city councillor. My wife and I have bought a house in Blaen-nant, where I grew up. I would like to become active in the local party and, in due course, I might be interested in standing for the county borough council, though I am conscious that I am new (or rather returning) to the area and that I should earn my place.

I have a few questions, which I hope you can help with:

1. I updated my address on the membership system a fortnight ago. How long does it normally take for my membership to be transferred to {CLP}, and will I be allocated to a branch automatically? I think I should be in the Blaen-nant branch, but I am not entirely sure where the boundary runs.

2. Is there a minimum period of membership of the CLP, as opposed to of the party, before a member can apply to go on the panel of local government candidates? I understand the rules in Wales may differ slightly from those in England.

3. When is the next GC? I would very much like to come along, as an observer if I am not yet a delegate.

4. I am a fluent Welsh speaker, although rusty. Are there opportunities to help with Welsh-language campaigning?

I should say that I am not arriving with any agenda other than wanting to be useful. I'd be happy to deliver leaflets, knock on doors or stuff envelopes, whatever is most needed.

With best wishes,

Owain Parry-Williams
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# URGENT
# ---------------------------------------------------------------------------------------

c.add("urgent", subject="Polling day minibus - our driver is ill - need a D1 driver by 5pm TODAY",
      sender=("Upper Valley Community Transport", "bookings@uppervalleyct.example.org.uk"),
      body=f"""Dear Ms Evans,

I'm afraid I have bad news regarding your booking for tomorrow (polling day).

Booking ref: UVCT-2291
Vehicle: 16-seat accessible minibus (wheelchair lift)
Date: tomorrow, 09:00 - 20:00
Purpose: transport for elderly and disabled voters to polling stations in Ynysfach, Pentre Isaf and Blaen-nant

The driver we had allocated, Mr Jenkins, has been taken ill this morning and will not be able to drive tomorrow. We have checked with all our other volunteer drivers, and unfortunately everyone who holds the required D1 entitlement and has completed our MiDAS minibus training is either already booked (polling day is, as you can imagine, our busiest day of the year) or unavailable.

The minibus itself is still available for you. However, we can only release it to a driver who:

(a) holds a D1 category on their licence (drivers who passed their test before 1997 usually have this), and
(b) has completed the MiDAS training, or is willing to take a one-hour assessment with our transport manager this evening at 6pm at our depot in Cefn Glas.

If you have a volunteer who meets condition (a), please send me their name, date of birth and licence number by 5pm today, so that we can run the licence check and book the assessment. If we do not hear from you by 5pm, we will have to cancel the booking and release the vehicle, and the deposit will be refunded.

Please also note that our insurance does not allow the vehicle to be decorated with party material, and that passengers must not be canvassed on board. We apologise for having to remind you of this.

I'm very sorry for the late notice.

Yours sincerely,

Transport Coordinator
Upper Valley Community Transport
Registered Charity No. 1000000
""",
      tags=("formal",))

c.add("urgent", subject="Counting agents for Thursday night - names needed by 12 noon tomorrow or no admission",
      sender=("Huw Tanat", "huw.tanat@welshlabour.example.cymru"),
      body=f"""Rhian,

Quick but important. The Returning Officer has confirmed to all agents this afternoon that the deadline for notice of appointment of counting agents for the count on Thursday night is 12 noon tomorrow, not Wednesday as it said in the briefing pack. The briefing pack was wrong and they've apologised.

That means I need the full list of our counting agents from your CLP - full names and home addresses, which the form requires - by 10am tomorrow so I can put them on the form, sign it as agent, and get it to the Civic Centre in person before noon. Anyone who isn't on the form will not be admitted to the count, no exceptions, the RO's office was very clear about that.

We're allowed 14 counting agents for the constituency count. As of now I've got 9 names from you and 3 from the other CLP. So that leaves 2 places. If you've got anyone else keen, send them now.

Please also remind everyone:
- bring photo ID on the night;
- the count starts at 22:00 and they must be there by 21:30 for the security check;
- no rosettes inside the count centre this year, the RO has banned them;
- they must not use their phones in the counting area;
- and there's no food allowed, so eat before.

Ring me if there's any problem. I'm on 07700 900 551 all evening.

Diolch,

Huw Tanat
Election Agent
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# BULK
# ---------------------------------------------------------------------------------------

c.add("bulk", subject="Important changes to your Community Account terms and conditions",
      sender=("Valleys & Marches Building Society", "no-reply@vmbs-notices.example.co.uk"),
      headers={"Precedence": "bulk", "Auto-Submitted": "auto-generated",
               "X-Mailer": "VMBS Notify 4.2"},
      fmt="alt",
      body="""Important information about your account
Account name: CWM TAF VALLEYS CLP
Account type: Community Account (ending 4417)

Dear Customer,

We are writing to tell you about changes to the terms and conditions of your Community Account. These changes will take effect in 60 days. You do not need to do anything, but we recommend that you read this message and keep a copy for your records.

What is changing?

1. Monthly account fee. From the date above, a monthly fee of £4.50 will apply to Community Accounts with an average monthly balance below £2,000. Accounts with an average monthly balance of £2,000 or more will continue to be free.

2. Cheque deposits. Cheques paid in at our branches will now clear in two working days rather than three.

3. Signatories. For accounts that require two signatories to authorise payments, both signatories must now be registered for online banking to approve payments online. Signatories who are not registered will be able to authorise payments in branch only.

4. Inactive accounts. Accounts with no customer-initiated transactions for 24 months will be treated as inactive. We will write to you before this happens.

Why are we making these changes?
We keep our charges under review so that we can continue to offer accounts to community and voluntary organisations across Wales and the Marches.

What if I don't agree?
If you do not agree to the changes, you may close your account or switch to another provider without charge at any time before they take effect.

For more information, visit our website or call us. Please do not reply to this email; this mailbox is not monitored.

Valleys & Marches Building Society. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.
We will never ask you for your password or PIN by email. If you think you have received a suspicious email claiming to be from us, please report it.
""",
      tags=("robot-no-list-headers", "confuser"))

c.add("bulk", subject="Party and Election Finance Bulletin: reporting deadlines for accounting units",
      sender=("Electoral Commission - Party Finance", "partyfinance-bulletin@electoralcommission.example.org.uk"),
      headers=c.newsletter_headers("Campaign Monitor"),
      body="""Party and Election Finance Bulletin
For treasurers and registered officers of political parties and accounting units

In this bulletin:
- Accounting units: annual accounts and donation reporting
- Reminder: thresholds for reportable donations
- Campaign spending at the Senedd election
- Upcoming webinars

Accounting units: annual accounts
Accounting units whose gross income or total expenditure exceeds the relevant threshold in a calendar year must submit a statement of accounts. Please check with your party's central finance team whether your unit is registered as an accounting unit and what your deadline is. Most constituency parties are not separately registered and report through their central party; if you are unsure, your central party can advise you.

Reportable donations
Donations and loans to accounting units above the reporting threshold must be reported through the central party. Donations must come from a permissible source. You must check the permissibility of a donor before accepting a donation, and return any impermissible donation within 30 days of receipt.

Bequests
Gifts left in wills are treated as donations for the purposes of the rules, and permissibility rules apply in a modified form. Treasurers who are notified of a bequest should consult our guidance before accepting it.

Senedd election: campaign spending
Candidates' spending limits for the Senedd election are set out in our guidance for candidates and agents. Agents must keep invoices and receipts for all spending, and the spending return must be submitted within the statutory deadline after the result is declared.

Webinars
We are running free online sessions for new treasurers in the coming months. Booking details are on our website.

If you have any questions, please contact our party and election finance team.

You are receiving this bulletin because you are registered as an officer of a political party or accounting unit, or because you have subscribed. Unsubscribe | Manage subscriptions
""",
      tags=("newsletter",))

# ---------------------------------------------------------------------------------------
# OTHER
# ---------------------------------------------------------------------------------------

c.add("other", subject="Gwahoddiad / Invitation - St David's Day civic service and reception",
      sender=("Swyddfa'r Maer / Office of the Mayor", "mayor@taf-valleys.gov.example.uk"),
      body=f"""Annwyl Ms Evans / Dear Ms Evans,

Y Maer, y Cynghorydd Gwenda Rees, a'i Chydymaith, Mr Alun Rees, sydd yn eich gwahodd chi i Wasanaeth Dinesig Gŵyl Dewi, ac i'r dderbyniad wedyn.

The Mayor of Taf Valleys County Borough, Councillor Gwenda Rees, and her Consort, Mr Alun Rees, request the pleasure of the company of the Secretary of {CLP} at the St David's Day Civic Service, to be held at Capel Bethesda, Cwmgarw, on the Sunday before St David's Day at 2.30pm, and afterwards at a reception in the Mayor's Parlour, Canolfan Ddinesig, Pontcerrig.

The service will be bilingual and will include readings by pupils of Ysgol Gyfun Cwm Taf and music by the Cwmgarw Male Voice Choir. The Mayor has invited the secretaries of all political parties represented on the council, the leaders of faith communities, representatives of the emergency services and the armed forces, and the chairs of community councils.

Dress: lounge suit or equivalent. Medals and decorations may be worn.

The Mayor's chosen charities this year are the Cwm Taf Refuge and the Upper Valley Community Transport scheme. A retiring collection will be taken at the service.

R.S.V.P. by the 15th to the Mayor's Office, by email to this address or by telephone on 01443 000 333. Please let us know of any dietary or access requirements; Capel Bethesda has step-free access through the vestry door.

Yn gywir / Yours sincerely,

Swyddog y Maer / Mayor's Officer
Cyngor Bwrdeistref Sirol Cymoedd Taf / Taf Valleys County Borough Council
""",
      tags=("formal",))

c.write()
