"""train/th1: long, formal and institutional mail (Riverside CLP). Hand-written content."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "th1", seed=1801)
SEC_FULL, SEC_ADDR = c.secretary()
SEC = SEC_FULL.split()[0]
CLP = c.clp[0]

# ---------------------------------------------------------------------------------------
# SAFETY
# ---------------------------------------------------------------------------------------

c.add("safety", subject="Operation Bridger - incident at constituency surgery, Saturday 14th (ref CB/26/04417)",
      sender=("PS 2291 Dan Marsh", "daniel.marsh@castlebridge.police.example.uk"),
      cc=["caseworkteam@joannawhitcombe.example.org.uk"],
      body=f"""Dear Mr Okafor,

I am the designated Protective Security liaison officer for Castlebridge North and I have been given your details by Ms Whitcombe's office manager as the person who arranges the venues for the MP's advice surgeries and for your party's own meetings.

I am writing to make you aware of an incident that took place at the surgery held at Millbrook Community Hub on Saturday 14th, and to ask for your help with some practical measures over the coming weeks.

At approximately 11.40 a male in his fifties, who had booked an appointment under a name we now believe to be false, became agitated when told that the MP was unable to intervene in a family court matter. He stood up, leaned over the table and told the caseworker present that "she'd better hope I never catch her on her own, because next time I won't be asking nicely". He then said he knew she "does the Quayside one on the first Friday" before leaving on foot towards Harbour Road. Staff activated the alarm and officers attended, but he had gone by then.

The matter is being treated as a malicious communications / public order offence and enquiries are ongoing. We have a partial description and CCTV from the hub. I would ask that you do not circulate the description yourselves at this stage.

What I would ask of the CLP:

1. Please send me a list of any party events in the next six weeks that the MP is expected to attend and which are advertised publicly (including on Facebook), with venues and times.
2. Please avoid publishing surgery dates and venues more than 48 hours in advance until further notice.
3. If any member, officer or volunteer is approached by someone matching the general description (white male, fifties, grey beard, dark green wax jacket, walks with a slight limp), they should call 999 and not engage.

I appreciate this is worrying for volunteers. I am happy to attend your next General Committee to give a short talk on personal safety if that would help.

Kind regards,

PS 2291 Dan Marsh
Protective Security Liaison
Castlebridge Neighbourhood Policing Team
Tel: 01632 960 418 (internal ext 7418)

OFFICIAL-SENSITIVE
This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Any views expressed are those of the author and not necessarily those of Castlebridge Police. Communications may be monitored.
""",
      tags=("third-party-report", "explicit", "stalking"))

c.add("safety", subject="FW: Letter received at constituency office - please read before Thursday",
      sender=("Keeley Armitage", "keeley.armitage@joannawhitcombe.example.org.uk"),
      body=c.forward(
          f"""Sam,

Joanna asked me to send this to you as well as to the police, because it mentions the Thursday ward meeting and Cllr Begum by name. It arrived in the ordinary post this morning, typed, no return address, postmarked Castlebridge. I've typed it out exactly as written below; the original has gone to the police in an evidence bag.

We've given it a log number (CO-0932). Please could you let the Eastgate branch chair know, and think about whether Rukhsana should be at the meeting at all. She has been told.

Keeley Armitage
Senior Caseworker, Office of Joanna Whitcombe MP
Constituency Office, 4 Bridge Street, Castlebridge

This email is intended for the named recipient(s) only. Casework correspondence is handled in line with the MP's privacy notice.""",
          """To the Member of Parliament

I have written three times about the bus depot and had nothing but a form letter signed by a girl who has never set foot in Eastgate. So I am writing one last time, and this time I will be plain.

Your Councillor Begum voted for the closure. She smiles on the leaflets. She should know that I am not the only one who has noticed which house on Dunmore Terrace is hers, that her two girls walk to St Oswald's on their own at twenty past eight, and that she comes home late on Thursdays after your little meetings at the Eastgate Institute.

I am not making any threat. I am pointing out facts that are known. People round here have long memories and short tempers. If the depot shuts, you will have nobody to blame but yourselves for what follows.

A Resident Who Is Owed An Answer""",
          "Constituency Office <office@joannawhitcombe.example.org.uk>",
          "Scan: post received 09:10 - threatening letter re Cllr Begum"),
      tags=("forwarded", "implicit", "third-party-report", "conditional"))

c.add("safety", subject="Suspicious item left at rear entrance - Quayside Hall - before tonight's GC",
      sender=("Neville Osei-Bonsu", "n.osei-bonsu@quaysidehall.example.org.uk"),
      body=f"""Dear Mr Okafor,

I am the duty manager at Quayside Hall and I am writing to record, formally, what happened this afternoon ahead of your General Committee booking (Main Hall, 7pm - 9.30pm), and to tell you what we have done about it.

At about 3.15pm our caretaker, Mr Lennox, found a black holdall placed against the fire door at the rear of the building, on the car-park side, directly below the window of the Main Hall. It was zipped shut. Taped to the handle was a printed A4 sheet in a plastic wallet which read "FOR THE LABOUR MEETING - 7PM". Nobody had delivered or ordered anything for your booking and no other group was due to use that entrance.

Mr Lennox did not touch or move the bag. In line with our procedure we cleared the building, set a cordon at the car-park gate and called the police on 999. Officers attended within twenty minutes and an explosives officer was requested as a precaution. At the time of writing (4.50pm) the rear car park remains closed and we have been told we cannot re-open the building until the item has been examined and the police have given the all-clear.

I have given the police your name as the hirer. They have asked me to pass on that they would like to speak to you and to anyone on your committee who has received any threatening or unusual correspondence in recent weeks, and they asked specifically whether the date and time of tonight's meeting had been published anywhere.

I have to advise that, as things stand, we cannot guarantee the hall will be available this evening. I will telephone you as soon as I know more. Please do not send members to the building until you hear from me.

I'm sorry to be writing with this. Our CCTV covers that door and the footage has been handed over.

Yours sincerely,

Neville Osei-Bonsu
Duty Manager, Quayside Hall
Quayside Community Trust (Registered Charity No. 1190000)
Direct line: 01632 960 771

Quayside Community Trust is a registered charity and a company limited by guarantee. This message may contain confidential information.
""",
      tags=("suspicious-item", "third-party-report"))

c.add("safety", subject="Letter to the CLP on the Middle East motion - for circulation to the GC",
      sender=("Geoffrey Allardyce", "g.allardyce@btinternet.com"),
      body=f"""Dear Secretary,

I have been a member of this party since 1979 and I have sat through more General Committees than I care to count. I hope that, whatever you think of what follows, you will at least grant that I have not written it lightly.

I wish to set out my objection to the way the emergency motion on the Middle East was handled at the last GC. It was tabled late, the Chair ruled that amendments could not be taken, and speakers against were limited to one minute each while the movers were given five. Whatever one's view on the substance, and my own view is close to that of the motion, this was not a fair process. Several members who have been loyal for decades left the room feeling that the meeting had been organised to produce a result rather than to reach one.

I also want to record that the language used from the floor about some of our own councillors was disgraceful. Councillor Patel was called a collaborator. Nobody was called to order.

I have thought carefully about what I am about to write, and I have decided to write it anyway, because I think you ought to know the temper of some people in this constituency. Councillor Patel catches the 7.52 from Millbrook every weekday and sits in the same carriage. A good many people know that. I certainly know it. If he stands up at the next GC and speaks against the motion again, he should not expect that journey to remain a quiet one. I am too old to be anyone's enforcer, but I am not the only one taking notes.

Returning to the procedural point: I would ask that the Executive Committee reviews the standing orders on emergency motions before the next meeting and that the minutes record the objections raised by myself and at least four other members.

Yours faithfully,

Geoffrey Allardyce
Millbrook branch
""",
      tags=("embedded", "implicit", "veiled", "conditional"))

c.add("safety", subject="Councillor Hargreaves and the Fenwick Park consultation",
      sender=("R. J. Whitlow", "rjwhitlow.consulting@outlook.com"),
      body="""Sir,

I write in connection with the council's proposal to extend the controlled parking zone into Fenwick Park and Orchard Rise, which I understand is to be decided at Cabinet on the 22nd with the support of the Labour group and, in particular, of Councillor Anne Hargreaves.

I have made my objections through the proper channels. I have attended the drop-in sessions. I have written to the council, to the Member of Parliament and to Councillor Hargreaves herself on four occasions. None of these letters has received a substantive reply.

I will therefore address you directly, and I will do so without raising my voice.

Councillor Hargreaves walks home from the council chamber after evening meetings. She takes the footpath behind the allotments on Orchard Rise because it is quicker than the road. It is not well lit. I would advise Councillor Hargreaves to reconsider her route home in the weeks around the Cabinet decision. I would advise it most sincerely. Feelings on this matter run high and not everyone in Fenwick Park is as patient as I am.

You may regard this letter however you wish. I regard it as a courtesy.

I would be grateful if you would pass it to the Councillor. I have not copied it to anyone else.

Yours faithfully,

R. J. Whitlow
Orchard Rise
""",
      tags=("veiled", "implicit", "conditional"))

c.add("safety", subject="New submission: Contact the CLP",
      sender=c.form_robot(), reply_to=("Concerned Members of Harbour Ward", "harbourward.truth@protonmail.com"),
      body=c.webform({
          "Name": "Concerned Members of Harbour Ward",
          "Email": "harbourward.truth@protonmail.com",
          "Phone": "",
          "Ward / branch": "Harbour",
          "Subject": "Formal demand for the resignation of the CLP Chair",
          "Message": """To the Secretary and Executive Committee of the Constituency Labour Party.

We write as a group of members and former members of the Harbour branch who have lost all confidence in the Chair of the CLP, Ms Lorraine Fairbairn.

Over the past year the Chair has (i) refused to allow the branch's motion on the housing allocations policy onto the GC agenda on three occasions, (ii) ruled members out of order for raising the suspension of our former branch secretary, and (iii) given the local paper comments about the branch that were defamatory and untrue.

We formally request that the Executive Committee place a motion of no confidence in the Chair on the agenda of the next GC and that she stand aside from chairing that item.

We would add the following, so that there is no misunderstanding about how seriously this is taken. We know the Chair's address. We know she lives alone since her husband passed. We know what time her lights go off. We would much prefer that this be resolved at the GC, through the proper procedure, before the 30th. We trust the Executive will see the sense in that.

We do not give our names because we have seen what happens to members who do.""",
          "How did you hear about us?": "Other",
          "Consent": "I agree to my data being processed in line with the privacy policy",
      }),
      tags=("webform", "implicit", "conditional", "embedded", "stalking"))

c.add("safety", subject="Police Information Notice issued - conduct towards Cllr Nadia Ferreira (our ref CB/26/07712)",
      sender=("DC Helen Ashworth", "helen.ashworth@castlebridge.police.example.uk"),
      body=f"""Dear Mr Okafor,

RE: HARASSMENT - MR CRAIG DENNISON (DOB 04/1979)

I am the officer in charge of an investigation into a course of conduct directed at Councillor Nadia Ferreira, and I am writing to you in your capacity as Secretary of {CLP} with her consent.

On 3rd of this month a Police Information Notice was served on Mr Dennison. The notice sets out that he has been made aware that his behaviour towards Councillor Ferreira, which includes repeated emails to her council and party addresses, attendance outside her home on at least four occasions, comments left under her social media posts, and his presence at two public party events where he filmed her on his phone, may amount to harassment under the Protection from Harassment Act 1997, and that if it continues he may be arrested.

Cllr Ferreira has informed me that Mr Dennison was a party member until last year and that he may still be on mailing lists or in WhatsApp groups used by the CLP or the Holywell branch. I would be grateful if you could:

- confirm whether he holds current membership and, if so, whether he is entitled to attend branch or GC meetings;
- let me know whether he is a member of any party communication groups, and remove him if you are able to do so;
- keep a written log of any contact he makes with the CLP, including any attempt to find out meeting venues or Cllr Ferreira's movements, and send it to me;
- inform me in advance of any public events Cllr Ferreira is due to attend in the next three months.

Please note that Mr Dennison has told officers that he intends to "carry on holding her to account in person". We take that statement seriously.

If you or any member see him near Cllr Ferreira, please call 999 quoting the reference above. For anything non-urgent, you can reach me on the number below.

Kind regards,

Helen Ashworth
Detective Constable
Public Protection Unit, Castlebridge Police
01632 960 233

This communication is intended for the addressee only and may contain sensitive personal data. Do not forward without the sender's permission.
""",
      tags=("third-party-report", "harassment", "stalking"))

c.add("safety", subject="Safeguarding concern - incident at the school gate involving a pupil (Cllr Mensah's daughter)",
      sender=("Mrs Alison Trent", "headteacher@stoswaldsprimary.example.sch.uk"),
      body=f"""Dear Mr Okafor,

I hope you will forgive an email out of the blue. Councillor Kwame Mensah has asked me to write to you directly, as he believes the matter I describe below may be connected to his work as a councillor and he would like his party to be aware of it.

At the end of the school day on Tuesday, one of our Year 5 pupils, who is Councillor Mensah's daughter, was approached on the pavement outside the main gate by an adult man she did not know. Our member of staff on gate duty saw the conversation but was not close enough to hear it. The child has since told us, and her father, that the man asked her whether her "dad was the Labour man who's letting them build on the rec", asked which road she lived on, and told her to "tell your dad we know where he parks his car and we know where you go to school". He walked away towards Station Road when our member of staff approached.

We have followed our safeguarding procedures. The police have been informed and an incident number has been given to Councillor Mensah (I will leave him to share it with you if he chooses). We have increased staff presence at the gates at the start and end of the day and reminded parents, without giving any identifying detail, of our arrangements for collection.

I am not a political person and I have no wish to involve the school in any dispute about the recreation ground. But I have a duty to the children in my care, and I would ask that anyone who organises events or publicity involving Councillor Mensah takes care not to publicise anything that might link him to this school or reveal his family's routine. I understand a photograph of him at our summer fair appeared on a party leaflet last year; I would be grateful if it were not used again.

Please do contact me if you have any information that might help the police.

Yours sincerely,

Alison Trent
Headteacher
St Oswald's C of E Primary School

This email and any files transmitted with it are confidential. St Oswald's Primary takes safeguarding seriously; if you have a concern about a child please contact the Designated Safeguarding Lead.
""",
      tags=("third-party-report", "implicit", "stalking"))

# ---------------------------------------------------------------------------------------
# HARD NEGATIVES
# ---------------------------------------------------------------------------------------

c.add("complaint", subject="Letter before claim - defamation - 'Eastgate Action' leaflet (our ref PLW/DEF/5521)",
      sender=("Pemberton Lowe Whitfield LLP", "litigation@pembertonlowe.example.co.uk"),
      body=f"""Private and confidential - not for publication

Dear Sirs,

Our client: Mr Darren Hollingworth, trading as Hollingworth Lettings
Publication: leaflet headed "Eastgate Action - Rogue Landlords Must Go", promoted by {CLP}

We act for Mr Hollingworth in relation to the above leaflet, which we understand was delivered to approximately 4,000 addresses in the Eastgate ward between 8th and 15th of last month.

The leaflet contains the following statement: "Landlords like Hollingworth Lettings have been allowed to let damp, dangerous flats to families while the Tories looked the other way." It is accompanied by a photograph of our client's office premises, clearly identifiable by its signage.

The natural and ordinary meaning of those words, in context, is that our client knowingly lets dangerous properties to families. That allegation is false and seriously defamatory. Our client holds a full HMO licence for every property he manages, has never been the subject of an improvement notice, and has received no complaint from the council's private sector housing team in eleven years of trading. The publication has already caused serious harm to his reputation, within the meaning of section 1 of the Defamation Act 2013; two prospective landlords have withdrawn instructions citing the leaflet.

Our client requires, within 14 days of the date of this letter:

(a) an undertaking that the leaflet will not be further distributed and that all remaining copies will be destroyed;
(b) a written apology in terms to be agreed with us, to be published on the CLP's website and social media accounts;
(c) confirmation of the identity of the promoter and printer named in the imprint, and of the persons responsible for the content;
(d) a contribution towards our client's costs incurred to date.

If we do not receive a satisfactory response within that period, our client reserves the right to issue proceedings without further notice. This letter is sent in accordance with the Pre-Action Protocol for Media and Communication Claims, and you are referred in particular to paragraph 3.4 regarding your obligations to respond.

We recommend that you seek independent legal advice, and that you forward a copy of this letter to the Labour Party's legal department.

Yours faithfully,

Pemberton Lowe Whitfield LLP

Pemberton Lowe Whitfield LLP is a limited liability partnership registered in England and Wales (OC000000) and is authorised and regulated by the Solicitors Regulation Authority. We will never change our bank details by email.
""",
      tags=("hard-negative", "legal-threat"))

c.add("complaint", subject="Unauthorised use of the Castlebridge Rovers crest on campaign material",
      sender=("Fiona Kettering", "f.kettering@castlebridgerovers.example.co.uk"),
      body=f"""Dear Secretary,

I am the Club Secretary of Castlebridge Rovers Football Club and I write regarding a campaign graphic circulated on the Facebook and X accounts of {CLP} over the past week, and in what appears to be a printed version delivered in the St Anne's area.

The graphic shows the club crest alongside your candidate's photograph and the slogan "Backing the Rovers - backing Castlebridge". The crest is a registered trade mark owned by the club. No permission was sought or given for its use, and the club maintains a strict policy of political neutrality. We have supporters and sponsors of every party and none, and we have already received complaints from season-ticket holders who believed the club had endorsed a candidate.

I want to be fair: I appreciate that your councillors have supported the stadium access works and that the intention was probably to celebrate that. But the club cannot be seen to take sides in an election. I must therefore ask that you:

1. remove the graphic from all social media accounts under the CLP's control within 48 hours;
2. confirm in writing that no further printed material bearing the crest will be distributed, and that existing stocks will be withdrawn;
3. refrain from using the club's name, crest, kit or stadium imagery in any future campaign material without prior written consent.

If I do not receive that confirmation, the matter will be passed to the club's solicitors, who have advised me that the use amounts to an infringement of our registered mark and have indicated that they would be prepared to seek an injunction. I would very much prefer that it does not come to that.

For the avoidance of doubt, the club has no objection to candidates attending matches as paying spectators, as they always have.

Yours sincerely,

Fiona Kettering
Club Secretary
Castlebridge Rovers FC
The Riverside Ground, Ferry Lane

"Up the Rovers!"
""",
      tags=("hard-negative", "legal-threat"))

c.add("complaint", subject="The welfare reform bill - letter of protest from the Holywell branch",
      sender=("Marjorie Kinloch", "marjorie.kinloch@gmail.com"),
      body=f"""Dear {SEC},

At our branch meeting on Wednesday, 23 members present, the Holywell branch voted unanimously to ask me to write to you and, through you, to the Member of Parliament, to express the branch's anger at the government's welfare reform bill and at the MP's vote for it at second reading.

I will not pretend to a neutrality I do not feel. The members who spoke on Wednesday included a woman who cares full-time for her adult son, a retired benefits adviser with thirty years at the Citizens Advice, and two young members who have themselves relied on Universal Credit. Every one of them said the same thing: these cuts to disability support will push people who are already on the edge over it. There are people in Holywell who will not survive another round of reassessments. If that happens, the ministers who wrote this bill and the MPs who voted it through will have blood on their hands, and I say that as a member of this party for forty-one years who has never once voted against the whip at a GC.

The branch asks for three things:

First, that the MP explains, in writing, to this branch, what assessment she made of the impact on her own constituents before voting, and what she was told by the whips.

Second, that the GC debates a motion, which we will submit in the proper form, calling on the MP to vote against the bill at third reading.

Third, that the MP attends a branch meeting, in person, before the third reading, so that members can put their case to her face to face. We are not a rabble; we will be courteous. But we expect her to come.

This is the hardest letter I have written on behalf of this branch. Many of our members are telling me quietly that they are thinking of leaving. I have asked them to stay and to fight like hell to change this from inside. Please help me make that case to them.

In comradeship,

Marjorie Kinloch
Secretary, Holywell Branch Labour Party
""",
      tags=("hard-negative", "metaphor", "angry"), also=("procedural",))

c.add("bulk", subject="Candidate and agent safety: guidance ahead of the May elections",
      sender=("Regional Office - Labour", "regional.office@labour-region.example.org.uk"),
      headers=c.newsletter_headers("NationBuilder"),
      body="""To: CLP Secretaries, Election Agents and Local Campaign Forum Secretaries

Candidate and agent safety: guidance ahead of the May elections

Dear colleagues,

As nominations approach, we are writing to all CLPs and LCFs in the region to remind you of the support available to candidates, agents and volunteers who experience abuse, intimidation or threats during the campaign, and to set out what we expect of local parties.

Over the last two electoral cycles, the number of candidates in the region reporting intimidation has risen significantly. The majority of reported incidents involved online abuse, but there has been an increase in reports of candidates being followed after hustings, of home addresses being shared on social media and of campaign stalls being targeted. Women candidates and candidates from Black, Asian and minority ethnic backgrounds are disproportionately affected.

What we are asking CLPs to do:

- Make sure every candidate has received the national Candidate Safety Guide and knows the name of the regional safety lead.
- Avoid publishing candidates' home addresses. Candidates may now opt to withhold their home address from the ballot paper; agents should make sure candidates know this before they submit nomination papers.
- Never canvass alone. Teams should be at least two, and the team leader should know where everyone is.
- Make contact with your local police single point of contact for elections (SPOC). Every force has one.
- Log every incident, however minor, using the online incident form. Patterns are only visible if incidents are recorded.

Training: we are running two online sessions on Personal Safety on the Campaign Trail, led by an experienced trainer who works with several parliamentary offices. Places can be booked through the regional events page.

If a candidate or volunteer receives a threat, the first call should always be to the police. After that, please inform the regional office so we can offer support.

Thank you for everything you are doing. Let's look after each other this spring.

Regional Director and Regional Safety Lead

---
You are receiving this email because you hold an officer role in a Constituency Labour Party or Local Campaign Forum in this region. Promoted by the Labour Party, 20 Rushworth Street, London SE1 0SS.
Unsubscribe from regional circulars | Manage your preferences
""",
      tags=("hard-negative", "news-about-threats"))

c.add("procedural", subject="Submission to the National Policy Forum - Safer Streets and VAWG - draft for GC approval",
      sender=("Dr Shireen Qureshi", "s.qureshi@castlebridge-uni.example.ac.uk"),
      body=f"""Dear {SEC},

As agreed at the last Executive, I attach (pasted below, as I know attachments sometimes get stuck) the draft submission from the CLP policy working group to the National Policy Forum consultation on Safer Streets, with particular reference to violence against women and girls. I would be grateful if it could go on the GC agenda for approval, with the usual opportunity for amendment from the floor.

DRAFT SUBMISSION - {CLP.upper()}

1. Introduction. This submission draws on a members' workshop held in October attended by 34 members, including two serving police officers, a domestic abuse advocate and a sexual violence counsellor.

2. Scale. Members noted that in our local authority area, reported domestic abuse incidents have risen by 19% over three years, and that the local refuge has turned away more than a third of referrals for lack of space. Violence against women is not a niche concern: it is a daily reality for thousands of our constituents.

3. Prevention. We urge the Forum to commit to statutory, properly funded relationships education in every secondary school, delivered by trained specialists, and to long-term funding for perpetrator programmes which evidence shows reduce reoffending.

4. Policing. Members strongly supported the return of neighbourhood policing and named officers for every ward. However, we also heard concerns about vetting and about how complaints of misconduct by officers are handled. Trust must be rebuilt.

5. Night-time economy. The group recommends that licensing authorities be given powers to require venues to adopt safety charters, including staff training in bystander intervention, as a condition of late licences.

6. Online abuse. The rise in threats and image-based abuse online is driving women out of public life, including out of local politics. We ask for swifter enforcement of the Online Safety Act against platforms that fail to act.

7. Conclusion. We ask the Forum to treat VAWG as a national emergency, with a cross-government strategy and ring-fenced funding for specialist services.

Could the GC vote on this before the consultation closes at the end of next month? Happy to move it.

Best wishes,

Shireen
Convenor, CLP Policy Working Group
""",
      tags=("hard-negative", "news-about-threats", "benign-violent-word"))

c.add("procedural", subject="Lone working policy for constituency office staff and volunteers - revised version for noting",
      sender=("Martin Fairclough", "martin.fairclough@joannawhitcombe.example.org.uk"),
      body=f"""Dear {SEC},

Please find below the revised lone working policy for the constituency office, which Joanna has asked me to share with the CLP Executive for noting. Volunteers who help in the office or at surgeries are covered by the policy, so it would be helpful if the EC could circulate it to branch secretaries.

1. Purpose
This policy sets out how the office protects staff and volunteers who work alone or away from colleagues, including at advice surgeries, home visits and evening events.

2. Principles
- No member of staff or volunteer should conduct a home visit alone. Home visits are by exception only and require the approval of the office manager.
- Surgeries are held only in venues that have been risk-assessed, with a second exit and a staffed reception.
- Staff working alone in the office after 6pm must sign in with the "buddy" system and send a check-in message on leaving.

3. Appointments
Constituents attending surgery must book in advance. Walk-ins may be seen only if two staff are present. Staff should sit nearest the door and keep the desk between themselves and the visitor.

4. Personal alarms
All staff have been issued with personal alarms linked to the monitoring centre. Volunteers who regularly staff the office may request one.

5. Dealing with aggression
If a visitor becomes abusive, staff should end the meeting calmly and leave the room. Staff are not expected to tolerate abuse of any kind. Incidents must be logged on the incident log within 24 hours and reported to the office manager, who will decide whether to inform the police and the Parliamentary Security Department.

6. Review
This policy is reviewed annually or after any serious incident.

Nothing in this policy has been prompted by a specific incident; it is the scheduled annual review, and the changes are mostly about the new alarm provider. Happy to answer questions at the EC if anyone has them.

Best,

Martin Fairclough
Office Manager, Office of Joanna Whitcombe MP
""",
      tags=("hard-negative", "benign-violent-word"))

# ---------------------------------------------------------------------------------------
# COMPLAINTS
# ---------------------------------------------------------------------------------------

c.add("complaint", subject="Formal complaint: conduct of the shortlisting for Quayside ward",
      sender=("Terence Bright", "terry.bright1954@gmail.com"),
      body=f"""Dear Secretary,

I am writing to make a formal complaint about the process by which the shortlist for the Quayside ward council selection was drawn up, and I ask that this letter be placed before the Executive Committee and forwarded to the Local Campaign Forum and the Regional Office as appropriate.

I have been a member of this party for thirty-three years and a Quayside councillor for two terms. I applied for re-selection in the ordinary way and attended an interview with the panel on the 9th. I was informed by email on the 12th that I had not been shortlisted, with no reason given.

I have the following concerns:

1. The panel consisted of three people, two of whom are members of the same branch faction that has openly campaigned against me. One of them, I am told, described my application as "a waste of a slot" in a WhatsApp group before the interview had taken place. I have asked for a copy of that message and will provide it if I receive it.

2. The scoring criteria were not made available to applicants in advance, contrary to the LCF procedures.

3. I asked for feedback on the 13th and again on the 20th. I have received no reply.

4. Two members of the Quayside branch who were entitled to vote at the branch nomination meeting did not receive notice of it.

I am not asking to be reinstated as of right. I am asking for a fair process. If the panel, properly constituted, decides I should not be shortlisted, I will accept that with as good grace as I can manage. What I will not accept is being pushed out by people who decided the outcome before they met me.

I request (a) a copy of my scores and the scoring criteria, (b) the names of the panel members, and (c) confirmation of whether the complaint will be dealt with by the LCF or referred to the region.

I look forward to hearing from you within the time set out in the procedures.

Yours sincerely,

Cllr Terence Bright
Quayside Ward
""",
      also=("procedural",), tags=("formal",))

c.add("complaint", subject="Leafleting outside the school gates - request that this stops",
      sender=("Mr Daniel Osborne", "head@fenwickparkacademy.example.sch.uk"),
      body=f"""Dear Mr Okafor,

I am the Headteacher of Fenwick Park Academy. I am writing, with some reluctance, to ask that members of your party stop distributing leaflets and approaching parents immediately outside our school gates at the start and end of the school day.

On three occasions in the last fortnight, a group of between four and six people wearing Labour rosettes have stood at the pedestrian entrance on Orchard Rise between 8.20 and 8.50am, handing out leaflets about the council's school streets scheme and asking parents to sign a petition. On Thursday they were joined by a gazebo, which partially obstructed the pavement so that parents with buggies had to step into the road.

I want to be clear that I have no objection to political activity in a public place, and I understand that the pavement is not school property. My objection is this: the school must be, and be seen to be, politically impartial. Several parents have asked me whether the school is supporting the campaign, and one parent complained to the governors that she felt pressured to sign in front of her children. Staff on gate duty have also had to manage the obstruction at the busiest time of the day.

I have raised this informally with the group, who were polite but told me they would "carry on until the petition closes". I am therefore writing formally. I would ask that the CLP instructs its members not to campaign within sight of the school entrance during drop-off and pick-up times, and I would be grateful for a reply confirming that this will happen.

If it does not, I will have no option but to raise the matter with the council's highways team regarding the gazebo and with the Regional Director of your party.

I would be happy to meet if that would be useful.

Yours sincerely,

Daniel Osborne
Headteacher, Fenwick Park Academy
Part of the Castlebridge Learning Trust

Castlebridge Learning Trust is a charitable company limited by guarantee registered in England and Wales. This email may contain confidential information; if you are not the intended recipient please notify the sender.
""",
      tags=("formal",))

c.add("complaint", subject="Condition of the church hall after your fundraiser on Saturday",
      sender=("Revd Canon Philippa Stroud", "vicar@stannescastlebridge.example.org.uk"),
      body=f"""Dear Mr Okafor,

I am writing regarding the hire of St Anne's Church Hall by {CLP} on Saturday evening for what was described on the booking form as a "members' social and quiz".

We are glad to have the hall used by community groups of every kind, including political parties, and our PCC has always taken the view that the hall should serve the whole parish. I am sorry, therefore, to have to write as I do.

When our verger arrived on Sunday morning at 8am to prepare for the 10.30 Parish Eucharist, which is followed by coffee in the hall, he found the following:

- tables had not been put away and chairs were stacked across the fire exit on the west side;
- the kitchen had been left with unwashed glasses, food waste on the surfaces and the hot water urn still switched on;
- there were a considerable number of empty wine and beer bottles, despite the booking form stating that no alcohol would be served and that the organiser had not applied for an event licence;
- a window in the small meeting room had been left open and the side door was unlocked.

Volunteers from our congregation, most of them over seventy, spent the best part of an hour clearing up before the service.

I am sure this was not intended and that those responsible simply left in a hurry. But the blocked fire exit in particular is a serious matter, and the alcohol is a breach of the hire agreement. The PCC has asked me to say that we will be retaining the £75 deposit to cover cleaning, and that we would require a written assurance about future conduct before accepting any further bookings from the CLP.

I would also welcome a conversation, in person if possible, because I would much prefer to keep a good relationship.

With every good wish,

The Revd Canon Philippa Stroud
Vicar, St Anne's with St Luke, Castlebridge
""",
      tags=("formal", "benign-violent-word"))

c.add("complaint", subject="Two-child benefit cap - I want an explanation, not a press line",
      sender=("Bernadette Mulholland", "bmulholland@hotmail.co.uk"),
      body=f"""Dear Mr Okafor,

I am writing to you as secretary of the local party because I have written twice to our MP's office about the two-child limit and received, both times, a letter that reads as though it was drafted by the Treasury's press office.

I was a Labour member for twenty years until I let it lapse during the Corbyn years, and I rejoined in 2023 because I believed what I was told on the doorstep: that a Labour government would end child poverty as a matter of principle. I knocked on doors myself in the general election. I told people in Millbrook, many of them families with three or four children and one parent in insecure work, that things would change.

I have now been told by the MP's office that "the government has set up a Child Poverty Taskforce and will set out its strategy in due course." With respect, that is not an answer. The two-child limit is the single biggest driver of child poverty in this country according to every serious study I have read. Removing it is a choice. Keeping it is also a choice.

I would like the CLP to do the following:

1. Tell me, in writing, what the CLP's position is. Has the GC ever debated this? If so, what did it resolve?
2. Ask the MP to explain, not to me but to members at a GC, what representations she has made to ministers.
3. If the CLP agrees that the limit should go, say so publicly.

I am aware the secretary is a volunteer and I do not hold you personally responsible. But I am tired of being treated as a nuisance by people I helped to elect. I have not decided whether to renew my membership in January. I would like to be given a reason to.

Yours sincerely,

Bernadette Mulholland
Millbrook
""",
      also=("query",), tags=("formal",))

c.add("complaint", subject="Cllr Morrow's comments about the refuse strike",
      sender=("Kieran Doherty", "k.doherty@unitecastlebridge.example.org"),
      body=f"""Dear Secretary,

I am writing on behalf of the Castlebridge Municipal Branch of the union, which is affiliated to {CLP} and pays affiliation fees on 212 members.

On Tuesday, Councillor Gavin Morrow, who I understand is a Labour councillor and a member of your CLP, gave an interview to the Castlebridge Evening Post in which he described our members' industrial action over the pay regrading as "holding the city to ransom" and said that the council should "look seriously at bringing in agency workers" to clear the backlog.

I want to set out the branch's position clearly:

- Our members are refuse collectors and street cleaners who, under the regrading, would lose between £1,800 and £3,200 a year. They balloted lawfully and voted overwhelmingly for action.
- The use of agency workers to cover the work of striking employees is, as Councillor Morrow should know, a matter of serious concern to every trade unionist in this party, and the subject of long-standing party policy.
- Several of our members are Labour members. Some of them delivered Councillor Morrow's leaflets at the last election.

The branch committee has asked me to request:

(a) that the CLP Executive considers whether the councillor's comments are consistent with the party's values and with its relationship with affiliated unions;
(b) that the councillor is invited to meet the branch committee and our members on the picket line;
(c) that the CLP issues a statement of solidarity with the refuse workers, as other CLPs in the region have done.

The branch is reviewing its affiliation and its delegates to the GC will raise this at the next meeting. I would much rather this was resolved through dialogue. I look forward to your early response.

In solidarity,

Kieran Doherty
Branch Secretary, Castlebridge Municipal Branch
""",
      also=("procedural",), tags=("formal", "angry"))

# ---------------------------------------------------------------------------------------
# PROCEDURAL
# ---------------------------------------------------------------------------------------

c.add("procedural", subject="Re-selection of sitting MP: trigger ballot timetable and affiliate notification",
      sender=("Governance and Legal Unit", "governance@labour-party.example.org.uk"),
      body=f"""To: The Secretary, {CLP}
Cc: Regional Director; CLP Chair

Dear Secretary,

Re-selection of Westminster candidates: trigger ballot procedure

The NEC has agreed the timetable for the trigger ballot process for sitting Members of Parliament who have indicated that they wish to stand again. Your sitting MP has so indicated. This letter sets out the steps your CLP must take and the dates by which it must take them. Please read it in full and share it with your Executive Committee.

1. Eligibility. Branch meetings and affiliate nominating bodies may take part in the trigger ballot. Members must have been members of the party for at least six months as at the freeze date, and must be in good standing (not in arrears of more than six months). The freeze date is set out in the NEC procedural guidelines which accompany this letter.

2. Branch meetings. Each branch must hold a meeting, quorate under its own standing orders, at which members will vote on whether they wish the sitting MP to be re-selected. Notice of at least seven clear days must be given to all eligible members. The MP should be invited to address each meeting but is not required to attend.

3. Affiliates. You must write to all affiliated organisations in the constituency which have paid affiliation fees for the current and previous year, inviting them to take part. A list of affiliates held by the region is available on request.

4. Results. Results must be submitted on the form provided, signed by the Chair and Secretary of the meeting, no later than the closing date. The region will collate the results.

5. Threshold. If one third or more of branches, or one third or more of affiliates, vote for an open selection, a full selection process will be held.

6. Disputes. Any dispute about the conduct of a branch meeting should be referred to the Regional Director in writing within 48 hours of the meeting.

Please acknowledge receipt of this letter and confirm the name of the person in the CLP who will act as the administrative point of contact for the ballot.

With thanks for your work,

Governance and Legal Unit
The Labour Party

This email and any attachments are confidential and intended solely for the named recipient. If you have received it in error, please notify the sender and delete it.
""",
      tags=("formal",))

c.add("procedural", subject="Motion for GC: Bus franchising in Castlebridge (Millbrook branch)",
      sender=("Priti Ramdas", "priti.ramdas@outlook.com"),
      body=f"""Dear {SEC},

The Millbrook branch met on Thursday 6th (quorate, 17 members present) and passed the following motion for submission to the General Committee. I should be grateful if it could be placed on the agenda of the next GC in accordance with standing order 9, and circulated with the papers.

MOTION: Taking our buses back

This GC notes:
1. That bus patronage in Castlebridge has fallen by 27% since 2014, and that services to Millbrook, Fenwick Park and the Harbour estate have been cut or reduced to hourly in the evening.
2. That the Bus Services Act 2017, and the further powers set out by the government, allow combined and local transport authorities to franchise bus services.
3. That franchising has been adopted by Greater Manchester and other authorities, with reductions in fares and improvements in reliability.

This GC believes:
1. That a reliable, affordable bus network is essential to tackling poverty, isolation and congestion.
2. That public control of routes, timetables and fares is consistent with Labour values.

This GC resolves:
1. To call on the Labour group on Castlebridge City Council to commission a formal assessment of bus franchising within the current municipal year.
2. To ask the Member of Parliament to support this call publicly.
3. To invite the Cabinet Member for Transport to a future GC to report on progress.

Proposer: Priti Ramdas (Millbrook branch secretary)
Seconder: Owen Jarvis (Millbrook)

We would be grateful if the branch's delegates could be called to move it. If there is any problem with the wording or with standing orders, please let me know before the agenda goes out so we can correct it.

Kind regards,

Priti Ramdas
Secretary, Millbrook Branch Labour Party
""",
      tags=("formal",))

c.add("procedural", subject="Eastgate branch: report to GC and apologies",
      sender=("Edwin Lacey", "edwin.lacey@btinternet.com"),
      body=f"""Dear Secretary,

Please accept my apologies for Thursday's General Committee. I am away at my daughter's in Norwich. Our other delegate, Mrs Shahida Akhtar, will attend and will be able to answer any questions on the report below, which I would be grateful if you could include in the GC papers under branch reports.

EASTGATE BRANCH REPORT TO GC

Meetings. The branch met once since the last GC (11 members present, quorate). The AGM is scheduled for the second Wednesday of next month at the Eastgate Institute.

Campaigning. Members took part in four canvass sessions focused on the by-election target streets around Dunmore Terrace and Canal Side. Contact rate was 31% over 612 doors. The main issues raised were the bus depot closure, potholes on Station Road and anti-social behaviour near the shopping parade.

Motions. The branch discussed but did not agree a motion on the council's parking proposals; it will return to this at the AGM.

Membership. 143 members, of whom 19 are more than three months in arrears. The branch secretary has written to them. Three new members have joined; we have asked a buddy to contact each of them.

Councillor report. Cllr Begum reported on the depot consultation and on casework. She thanked members for their support.

Finances. Branch account balance £412.60. No expenditure since last report other than room hire (£25).

Nominations. The branch will nominate for the CLP Women's Officer and BAME Officer posts at its AGM and will submit nominations to you before the deadline.

Any other business. Members asked that the CLP consider holding at least one GC a year in Eastgate, as the bus service to Quayside Hall in the evening is now very poor.

With best wishes,

Edwin Lacey
Secretary, Eastgate Branch
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# DATA PROTECTION
# ---------------------------------------------------------------------------------------

c.add("data-protection", subject="Subject Access Request - UK GDPR Article 15",
      sender=("Colin Prendergast", "colin.prendergast@yahoo.co.uk"),
      body=f"""Dear Data Protection Officer / Secretary,

SUBJECT ACCESS REQUEST

I am writing to make a subject access request under Article 15 of the UK General Data Protection Regulation and section 45 of the Data Protection Act 2018.

My full name is Colin James Prendergast. I was a member of {CLP} from 2011 until my membership lapsed, or was lapsed, in March of this year. My address at the time was 22 Holywell Gardens, Castlebridge. I have since moved and my current postal address is given below.

Please provide me with:

1. A copy of all personal data about me held by the CLP, its officers, or its branches, in whatever form, including but not limited to: membership records, canvassing or contact records, minutes or notes of meetings in which I am named, emails between officers referring to me (whether sent from party addresses or personal ones, insofar as they were sent in the course of CLP business), WhatsApp, Signal or other messaging group content referring to me, and any records relating to complaints made by or about me.
2. The purposes for which my data is processed.
3. The recipients or categories of recipients to whom my data has been disclosed, in particular whether any of it was disclosed to the party's regional office, the Governance and Legal Unit or any third party.
4. How long it will be retained.
5. The source of any data not collected from me.

I understand that you have one calendar month to respond. I do not believe it is appropriate to charge a fee. If you require further information to verify my identity, please tell me promptly what you need.

I am aware that the national party is the data controller for some membership data. If you consider that part of my request should be directed to the national party, I should be grateful if you would forward it, and tell me that you have done so, rather than simply declining it.

Yours faithfully,

Colin Prendergast
Flat 3, 81 Winchcombe Road, Castlebridge
""",
      tags=("formal",))

c.add("data-protection", subject="Our client: Ms Yvonne Castellano - request for erasure and cessation of processing",
      sender=("Harcourt & Bell Solicitors", "enquiries@harcourtbell.example.co.uk"),
      body=f"""Our ref: YC/HB/2291
Your ref: -

Dear Sir or Madam,

We are instructed by Ms Yvonne Castellano of Canal Side, Castlebridge.

Our client is not, and has never been, a member or supporter of the Labour Party. She has, however, received over the past nine months: (i) at least six personally addressed leaflets from {CLP}; (ii) two text messages to her mobile telephone, the most recent on the 2nd of this month, inviting her to "chat to your local Labour team"; and (iii) a telephone call, on a Sunday evening, from a volunteer who referred to her by name and asked whether she would be "voting Labour again this time".

Our client did not provide her mobile number to the party. She is concerned as to how it was obtained and as to what other information is held about her, including any record of her presumed voting intention, which constitutes special category data revealing political opinions under Article 9 UK GDPR.

On behalf of our client we hereby:

1. Request, under Article 17 UK GDPR, that all personal data held about her be erased, save for the minimum necessary to ensure she is not contacted again (a suppression record);
2. Object, under Article 21, to any further processing of her data for the purposes of direct marketing, including political campaigning;
3. Request confirmation of the source from which her mobile number was obtained.

We ask that you confirm compliance within one month of the date of this letter. Should you fail to do so, our client reserves the right to complain to the Information Commissioner's Office and to consider a claim for compensation under Article 82.

Please note that this letter should be forwarded to the Labour Party's Data Protection Officer if that is appropriate, and we would ask you to let us know if you have done so.

Yours faithfully,

Harcourt & Bell
Solicitors

Harcourt & Bell is authorised and regulated by the Solicitors Regulation Authority (SRA No. 000000). Beware of cyber-crime: we will never notify you of a change to our bank details by email.
""",
      tags=("formal", "legal-threat"))

c.add("data-protection", subject="Report of lost canvass sheets - St Anne's, Sunday session",
      sender=("Bethany Carrow", "bethany.carrow@gmail.com"),
      body=f"""Hi {SEC},

I'm really sorry to be writing this but I've been told by the region that I must report it to you as CLP secretary straight away and in writing, so here goes. I've tried to put everything down as clearly as I can.

What happened: on Sunday I led the St Anne's canvass session (11am to 1pm, 7 volunteers). We worked the streets around Chapel Lane and Lindley Street. At the end we went to the Ship on Chapel Lane for a drink and a debrief. I had the clipboard with the printed walk sheets for four streets, about 240 households. When I got home I realised the clipboard wasn't in my bag. I went back to the pub at about 4pm and they hadn't found it. I went back again on Monday morning and it still hasn't turned up.

What was on the sheets: names and addresses of electors from the register, ages for some (from the marked register), the canvass codes we'd entered (voting intention, which for a few was marked "A" for against and a few "L"), and a handful of handwritten notes like "wants a call re bins", "disabled, needs PV form", and one phone number someone gave us.

What I have done: told the pub manager and left my number. Checked the street and the bus stop. Emailed the organiser at region, who said to contact you and that the party's data protection team may need to log it and decide if it has to be reported to the ICO within 72 hours.

I know this is serious and I feel awful. I should have kept the clipboard on me. Could you let me know what else I need to do, and whether we need to tell the people on the sheets? I'm happy to help contact them if that's what is needed.

Bethany Carrow
Campaign coordinator, St Anne's branch
""",
      tags=("formal", "dp-no-legal-words"))

# ---------------------------------------------------------------------------------------
# QUERY
# ---------------------------------------------------------------------------------------

c.add("query", subject="BBC Radio Castlebridge - request for a CLP voice on Sunday's phone-in",
      sender=("Hannah Leeming", "hannah.leeming@bbc.example.co.uk"),
      body=f"""Dear Sam,

I'm a producer on the Sunday morning programme on BBC Radio Castlebridge. We're planning a longer phone-in this Sunday, 9am to 11am, on what the government's first term has meant for the city: cost of living, the NHS waiting lists at the General, the housing list and the state of the roads. We're inviting local party representatives from across the spectrum to join us in the studio for the second hour.

I wondered whether someone from {CLP} would be available. We're not looking for a minister or the MP necessarily, though of course we'd be delighted if Joanna Whitcombe were free. Ideally it would be someone who can speak for the local party and respond to callers, many of whom, I should warn you, will want to talk about winter fuel payments and about the bus depot.

A few practical questions:

- Is there a named press officer for the CLP, or should requests like this come to you as secretary?
- Would the CLP prefer the guest to be a councillor, an officer, or a member? We'd be happy with any.
- Does your guest have any access needs? The studio on Broad Street has step-free access and a hearing loop.

The guest would need to arrive by 9.40am. We can pay reasonable travel expenses.

It would help to know by Thursday afternoon so we can finalise the running order. If Sunday doesn't work, we're planning a similar programme in a fortnight on the council budget.

Many thanks,

Hannah Leeming
Producer, Sunday Morning
BBC Radio Castlebridge
Broad Street, Castlebridge
Tel: 01632 960 902

This e-mail (and any attachments) is confidential and may contain personal views which are not the views of the BBC unless specifically stated.
""",
      tags=("formal",))

c.add("query", subject="Castlebridge Evening Post - your AGM and the chair election",
      sender=("Tom Ridley", "tom.ridley@castlebridgepost.example.co.uk"),
      body=f"""Hello Sam,

Tom Ridley here, politics reporter at the Post. I hope you don't mind me getting in touch directly.

I've been told by a couple of people that the CLP's annual general meeting is coming up and that the chair's position is likely to be contested. I'm planning a preview piece, not a hatchet job, on how the local Labour party is feeling halfway into the parliament, and I'd like to get the facts right rather than rely on gossip, of which there is plenty.

Could you help me with a few questions?

1. What is the date, time and venue of the AGM? Is it open to the press, or to observers at all? I appreciate it may well be members only, and I'd understand that.
2. Which officer posts are up for election this year, and when do nominations close?
3. Roughly how many members does the CLP have at the moment, and is that up or down on last year? I know the national party publishes regional figures but not CLP ones.
4. Is there anyone on the Executive who'd be willing to talk to me, on the record, about the mood of the membership?

I'd also be grateful for a short quote from you as secretary, if you're willing to give one, on what the AGM will focus on.

My deadline for the preview is next Tuesday at noon, but earlier would be lovely. If it's easier to talk, my mobile is below.

Best wishes,

Tom Ridley
Political Reporter
Castlebridge Evening Post
07700 900 418

Castlebridge Evening Post is part of Northgate Regional Media Ltd. This message is intended only for the addressee.
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# URGENT
# ---------------------------------------------------------------------------------------

c.add("urgent", subject="Tonight's booking cancelled - burst main at Millbrook Community Hub",
      sender=("Castlebridge City Council Facilities", "community.venues@castlebridge.gov.example.uk"),
      body=f"""Dear Customer,

Booking reference: MCH-26-1184
Hirer: {CLP}
Room: Assembly Room, Millbrook Community Hub
Date: today, 18:30 - 21:30

We regret to inform you that Millbrook Community Hub will be closed from 2pm today until further notice following a burst water main under the car park which has flooded the ground floor, including the Assembly Room and the accessible toilets. Engineers are on site but the building will not be safe to open this evening.

Your booking for tonight has therefore been cancelled. We sincerely apologise for the very short notice and for the inconvenience this will cause.

Alternatives available for this evening:

We have checked availability across the council's community venues for this evening. At the time of writing the following rooms are free and can be offered to you at no additional charge:

- Harbour Library, Meeting Room 2 (capacity 40, step-free access, available 18:00 - 21:00)
- Eastgate Institute, Lower Hall (capacity 80, step-free access, available 18:00 - 22:00)

Rooms are offered on a first-come basis. To secure one of them for tonight, you must call the bookings line on 01632 960 550 before 4.30pm today. After that time we cannot guarantee access, as caretaking staff must be arranged before the end of the working day.

Your hire fee for tonight will be refunded in full to the card used at booking within 5 working days. If you would prefer a credit towards a future booking, please tell us when you call.

Please could you also let any of your attendees who are expecting to use the hub know about the closure; we will put a notice on the front door, but we do not have contact details for your members.

Once again, our apologies.

Community Venues Team
Castlebridge City Council
Civic Centre, Castlebridge

This email was sent from a mailbox that is monitored during office hours only. For urgent out-of-hours building issues, call 01632 960 000.
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# BULK
# ---------------------------------------------------------------------------------------

c.add("bulk", subject="Returning Officer's briefing note no. 3 to election agents: postal vote opening sessions",
      sender=("Electoral Services - Castlebridge City Council", "noreply-elections@castlebridge.gov.example.uk"),
      headers={"Precedence": "bulk", "Auto-Submitted": "auto-generated"},
      body="""BRIEFING NOTE TO ELECTION AGENTS - No. 3
Local Government Elections - Castlebridge City Council

This note is issued by the Returning Officer to all election agents and candidates standing without an agent. It supersedes any previous information about postal vote opening sessions. Please do not reply to this email; the mailbox is not monitored.

1. Postal vote opening sessions
Opening sessions will be held at the Civic Centre, Committee Room 4, on the dates listed in the schedule published on the council website. Each session will begin at 10.00am. A final session will take place at the count venue on polling day.

2. Attendance
Candidates, election agents and postal voting agents may attend. Postal voting agents must be appointed in writing using the prescribed form, which must reach the Returning Officer no later than 5 working days before the first session at which they intend to be present. A maximum of two postal voting agents per candidate may attend each session.

3. Secrecy
All attendees must make a declaration of secrecy. A copy of the relevant requirements of section 66 of the Representation of the People Act 1983 will be provided. It is an offence to attempt to ascertain the candidate for whom any vote is given, or to communicate such information.

4. Conduct
Attendees may observe the verification of personal identifiers but must not handle any documents. Mobile phones must be switched off. Staff will be happy to explain each stage of the process.

5. Rejected postal votes
Attendees may object to the rejection of a postal vote statement. Objections will be noted by the Returning Officer, whose decision is final.

6. Access
The Civic Centre is fully accessible. Please tell us in advance if you require any reasonable adjustments.

Further briefing notes will follow on the count arrangements and on the declaration of results.

Electoral Services
Castlebridge City Council

You are receiving this email because you are registered as an election agent or candidate for the forthcoming elections. This is an automated message.
""",
      tags=("robot-no-list-headers", "confuser"))

# ---------------------------------------------------------------------------------------
# OTHER
# ---------------------------------------------------------------------------------------

c.add("other", subject="With thanks from the Harbour Road Mosque - interfaith iftar",
      sender=("Imran Siddiqui", "secretary@harbourroadmosque.example.org.uk"),
      body=f"""Dear Mr Okafor,

Assalamu alaikum and peace be with you.

On behalf of the trustees and the management committee of the Harbour Road Mosque and Islamic Centre, I would like to thank you and the members of {CLP} for joining us for our community iftar on Friday evening.

We had more than 180 guests, from our own congregation and from St Anne's, the Quayside Methodist Church, the Sikh gurdwara on Fenwick Road and the Castlebridge Progressive Synagogue, as well as representatives from the local Conservative, Liberal Democrat and Green parties. It was, I think, the most diverse gathering we have held in the twelve years since the centre opened, and it meant a great deal to our elders to see so many neighbours breaking the fast with us.

I would particularly like to thank the young members of your party who stayed behind to help our volunteers stack the chairs and wash up. One of our committee members told me that he had not seen such hard work since his own sons were young.

Our Imam has asked me to pass on his thanks for the kind words of your Chair, who spoke about the contribution of the Muslim community to the city and about the importance of standing together when any community is made to feel unwelcome.

We are planning a summer open day in July, with tours of the mosque, food from our women's group and a cricket match on the recreation ground, and we would be delighted if members of your party would join us again. I will send details nearer the time.

With warm regards and every good wish to you and your family,

Imran Siddiqui
Honorary Secretary
Harbour Road Mosque and Islamic Centre
Registered Charity No. 1100000
""",
      tags=("formal",))

c.write()
