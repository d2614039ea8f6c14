"""train/th7: long, formal and institutional mail (Tynebridge CLP, riverside wards). Hand-written content."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "th7", seed=1807)
SEC_FULL, SEC_ADDR = c.secretary()
SEC = SEC_FULL.split()[0]
CLP = c.clp[0]

# ---------------------------------------------------------------------------------------
# SAFETY
# ---------------------------------------------------------------------------------------

c.add("safety", subject="The vote on the 14th",
      sender=("J. R. Oliver", "jroliver.saltmeadows@gmail.com"),
      body=f"""Sir,

I write regarding the Cabinet decision, scheduled for the 14th, on the disposal of the Saltmeadows playing fields to the housing company.

I have set out my objections in writing on three previous occasions, to the council, to your Member of Parliament and to each of the Labour councillors for Saltmeadows. Those letters were detailed and courteous. I will not repeat them.

This letter is shorter.

This is a final warning. The councillors concerned have been told, by me and by many others, what that field means to this community. They have chosen not to listen. If the disposal is approved on the 14th, the consequences will not be confined to the ballot box, and they will not be confined to the council chamber. They will follow the councillors concerned home.

I would ask you to ensure that each of them reads this letter before the meeting. I shall know if they have not.

J. R. Oliver
Saltmeadows
""",
      tags=("veiled", "conditional", "implicit"))

c.add("safety", subject="Incident at Labour Party street stall, Heworth Gate precinct, Saturday - (log ref 0419)",
      sender=("PS 3318 Claire Hetherington", "claire.hetherington@tyneandwear.police.example.uk"),
      body=f"""Dear Mr Dodds,

I am the Neighbourhood Sergeant for Heworth Gate and Low Team. I am writing following the incident at your party's street stall in the Heworth Gate shopping precinct on Saturday, which was reported to us by your volunteer Mrs Pauline Reay, and I would be grateful if you could share this letter with the organisers of any future stalls in the area.

From the accounts we have taken, at about 11.30am a man approached the stall, which was staffed by four volunteers, and began shouting about the council's decision on the Heworth Gate swimming pool. He swept leaflets off the table and knocked over the banner stand. When Mrs Reay asked him to calm down, he leaned across the table and said, "You'd better pack up and go home, because I'm going to come back with a few friends and if you're still here we'll pack you up ourselves." He then said, "Same goes for next Saturday, and the one after." He walked off towards the bus station.

The volunteers packed up the stall and left. Nobody was physically hurt. Mrs Reay called 101, and an officer took statements later that afternoon.

We have identified a possible suspect from precinct CCTV and enquiries are continuing. I cannot share his identity at this stage.

For your information and planning:

- I would advise against holding a stall at the same location next Saturday. If you do intend to, please let me know by Thursday and I will try to arrange for a PCSO to be present in the precinct.
- Volunteers should not attempt to reason with anyone who is aggressive. They should move away, and call 999 if they feel in danger.
- Please report any repeat of this behaviour, quoting the log reference above.

I appreciate how unpleasant this was for the volunteers, some of whom I understand are in their seventies. If any of them would like to talk to an officer about their personal safety, I would be very happy to arrange it.

Kind regards,

Claire Hetherington
Police Sergeant 3318
Heworth Gate & Low Team Neighbourhood Team

This email is for the addressee only. It may contain information that is protectively marked. If you are not the intended recipient, please notify the sender and delete it.
""",
      tags=("third-party-report", "explicit", "conditional"))

c.add("safety", subject="[Saltmeadows Residents] Petition delivery to Cllr Ward's home - join us",
      sender=("Keith Rowntree", "k.rowntree@hotmail.co.uk"),
      headers=c.list_headers("Saltmeadows Residents", domain="groups.saltmeadows-residents.example.org.uk"),
      to=["saltmeadows-residents@groups.saltmeadows-residents.example.org.uk"],
      body=f"""Dear neighbours,

As many of you know, the Save Saltmeadows Fields petition has now passed 2,200 signatures, which is more than the number of people who voted in the last council election in this ward. Thank you to everybody who has knocked on doors, stood outside the Co-op in the rain and shared it online.

At last Wednesday's meeting in the Methodist hall, we agreed that the committee would present the petition formally to the council before the Cabinet meeting on the 14th. I have written to the Democratic Services office to request a slot, and I will let you know the outcome.

However, the committee has also agreed that a petition which has been ignored at the Civic Centre needs to be delivered somewhere it cannot be ignored.

Councillor Denise Ward has not replied to a single one of our letters. She lives on Heworth Crescent, the house with the green door at the end, as half of this list already knows. On Saturday morning, the committee will be delivering a copy of the petition to her in person, at her home. We would like as many of you as possible to come with us. We will stand outside her house until she comes out and takes it from us. If she does not come out on Saturday, we will come back on Sunday, and every day after that, at whatever time of day or night it takes, with as many of us as it takes, until she understands that this community will not be ignored.

We are not looking for trouble. But we are not going away either, and she needs to know that her front door is not going to protect her from the people she is meant to represent.

Meet at the corner of Heworth Crescent at 9.30am on Saturday. Bring your neighbours.

Keith Rowntree
Chair, Save Saltmeadows Fields

--
You received this message because you are subscribed to the Saltmeadows Residents group.
To unsubscribe, email saltmeadowsresidents-leave@groups.saltmeadows-residents.example.org.uk
""",
      tags=("list", "implicit", "doxxing", "harassment", "conditional"))

c.add("safety", subject="Constituent correspondence - escalating emails concerning Ms Ashby (senior caseworker) - RESTRICTED",
      sender=("Pauline Hogarth", "pauline.hogarth@lindsaycharlton.example.org.uk"),
      body=f"""Mark,

RESTRICTED. I'm sharing this with you on Lindsay's instruction because the writer has mentioned the CLP and because Becky Ashby, the caseworker involved, is also a member of the Low Team branch and attends GCs. Becky has agreed that I can share it.

Since the beginning of August, a constituent, Mr Stuart Laidlaw of Low Team, has sent 41 emails to the constituency office, the great majority addressed to Becky personally. His casework concerns a long-running dispute with the DWP about a sanction, which Becky has been handling. The office has done everything it properly can on the case; the matter is now with an independent tribunal.

The tone of the emails has changed over the period. I summarise below, with short quotations. The full set has gone to the police and to PSD.

August (emails 1-12): long, angry, but focused on the case. "I expect you to do your job, Miss Ashby."

September (emails 13-25): increasingly personal. He comments on Becky's photograph on the MP's website. "You look like someone who has never had to worry about money." He asks which branch of the Labour Party she belongs to and whether she "goes to their little meetings".

October (emails 26-37): he begins to refer to her movements. Email 29: "I saw you at the Low Team Labour meeting at the Community Centre on Thursday. You didn't see me." Email 33: "You leave the office at 5. You get the 56 bus. You sit on the left."

Last week (emails 38-41): Email 39: "I'm not going away. I've got nothing left to lose now they've taken everything." Email 41, received on Sunday at 02:14: "I'll find her. If the office won't deal with me, I'll deal with her myself. She can't hide at her meetings either."

Action taken:

- Police have been informed and are treating the emails as harassment and malicious communications. An officer has spoken to Mr Laidlaw and he has been warned. The officer has asked to be told immediately if he makes contact again.
- Becky is working from the Westminster office for the next fortnight and is being driven home by a colleague.
- Mr Laidlaw's emails are now routed to me only, and he has been told in writing that further correspondence will be handled by the office manager.

What I'd ask of the CLP:

1. Could you check whether Mr Laidlaw is a member, or has attended any party meetings, and if he has, let me know?
2. Please don't publish the venue or time of Low Team branch meetings publicly for now, and ask the branch secretary to keep an eye out at the door.
3. Becky would like to keep attending the GC. Could someone be asked to walk her to her car afterwards?

Thanks Mark. Ring me if you want to talk.

Pauline Hogarth
Office Manager, Office of Lindsay Charlton MP

This email may contain information which is confidential or privileged. If you are not the intended recipient, please contact the sender and delete it.
""",
      tags=("harassment", "stalking", "third-party-report", "quoted", "explicit", "following"))

c.add("safety", subject="Member under administrative suspension - social media content concerning the CLP Chair (ref GLU/26/3310)",
      sender=("Governance and Legal Unit", "complaints@labour-party.example.org.uk"),
      body=f"""STRICTLY PRIVATE AND CONFIDENTIAL
For the attention of the CLP Secretary only

Dear Mr Dodds,

Re: Mr Lee Furness (membership no. withheld) - Ouse Bank branch

I am writing to inform you that the above-named member has today been placed under administrative suspension pending investigation of a complaint, in accordance with Chapter 6 of the Labour Party Rule Book.

While suspended, Mr Furness may not attend any party meeting, hold any office in the party, or be involved in any party activity. He has been informed of this in writing. Please ensure that he does not attend any meeting of the CLP or its branches, and that his access to any CLP email lists, WhatsApp groups, shared drives or campaign tools is removed.

I am also writing because of the nature of some of the material which forms part of the complaint. Without going into the full detail, the material includes a number of public posts made by Mr Furness on Facebook and X over the past fortnight concerning your CLP Chair, Mrs Anne Tindale. Among them:

- a post that reads: "Anne Tindale thinks she can get rid of me with a complaint. She's got another thing coming. I know where she lives and I'm not scared of a suspension."
- a post, accompanied by a photograph of what appears to be Mrs Tindale's home, which reads: "Might pop round for a cuppa and a proper chat. Just me and her. No minutes."
- a reply to another user in which he writes: "if the party won't sort her out, someone will."

The Unit considers that this material raises a concern for Mrs Tindale's safety in addition to being a matter for the disciplinary process. We have informed Mrs Tindale and advised her to report the posts to the police; she has done so. We would ask you, as Secretary, to:

1. ensure that venues for CLP meetings are not published publicly while the suspension is in place;
2. nominate a steward for each CLP meeting who is aware of the suspension and can ask Mr Furness to leave if he attempts to attend, and call the police if he refuses;
3. report to this Unit, and to the police, any attempt by Mr Furness to contact Mrs Tindale or other officers.

Please do not discuss the details of the complaint with other members. Any queries should be directed to this Unit, quoting the reference above.

Yours sincerely,

Governance and Legal Unit
The Labour Party

This email and any attachments are confidential and may be legally privileged. It is intended solely for the addressee. Unauthorised disclosure is prohibited.
""",
      tags=("third-party-report", "implicit", "doxxing", "conditional", "social"))

c.add("safety", subject="Attempt to obtain candidate's home address at the Civic Centre - Low Team by-election",
      sender=("Electoral Services Manager", "electoral.services@tynebridge.gov.example.uk"),
      body=f"""Dear Mr Dodds,

I am writing to you as the secretary of the party whose candidate is standing in the Low Team ward by-election, Ms Jade Milburn, because I think you and her agent should be aware of an incident at the Electoral Services counter this morning. I have sent the same letter to her agent.

At about 10.15am a man came to the reception counter in the Civic Centre and asked to see "the list of candidates' addresses for the Low Team election". The member of staff explained that the statement of persons nominated has been published and is available to view, and showed it to him. He noted that Ms Milburn, like several other candidates this year, had chosen not to have her home address made public, and the statement shows only that her address is "in the Tynebridge area".

He then asked for her home address. Staff explained that we are not permitted to give it. He became increasingly agitated. He said that "she can't hide behind the council", that he "knows people on her estate" and would "find out easy enough", and that "when I do, she'll be getting a visit she won't forget". He struck the glass screen with the flat of his hand and left.

Civic Centre security reviewed the CCTV and the police have been informed. They have the footage. The member of staff concerned was shaken but is fine.

I would recommend that the agent, Ms Milburn and the party consider whether any party literature, social media or past leaflets give her address. Please also let us know if any further attempts are made to obtain her details by anyone purporting to be from the council.

We will of course continue to protect candidates' personal information.

Yours sincerely,

Electoral Services Manager
Tynebridge Metropolitan Borough Council
""",
      tags=("stalking", "third-party-report", "conditional", "explicit"))

c.add("safety", subject="Housing in Heworth Gate - a long letter, I'm afraid",
      sender=("Brian Coxon", "brian.coxon54@gmail.com"),
      body=f"""Dear Mark,

I hope you will forgive the length of this. I have been a Labour member for thirty years and I have never written to the CLP before, but I have reached the end of my rope and I want somebody to understand how we got here.

In 2019 my daughter Kelly and her two children were placed by the council in a flat in Heworth Gate House, the high-rise on the corner of Station Road. The council said it was temporary. Six years later they are still there. The flat has black mould in both bedrooms. The youngest, Tyler, is eight and has asthma, and he has been in the Queen Elizabeth three times in the last two winters. Kelly has reported the damp fourteen times. We have a folder of photographs as thick as a phone book.

After the little boy in Rochdale died, we were told things would change. They did not. The housing company sent a man with a bucket of anti-mould paint. It came back within a month.

In March I went to Councillor Gary Pringle's surgery. He was kind enough, and he said he would "escalate it". In May I went again and he said the same. In July he was not at his surgery at all. In September I emailed him and got an automatic reply. Councillor Pringle is the Cabinet member for housing. He chairs the board of the housing company. If anyone in this borough could fix my grandson's bedroom, it is him.

So I will tell you what I did next. I have been outside his house on Sheriff Leazes. I have seen his nice car on the drive, the new one, and the extension at the back. I have seen his children's bedroom windows, with the nice curtains and no mould on the walls. I have sat in my car at the end of his street on more than one evening and thought about what I would say to him if he came out. I have not said it yet.

I am not telling you this to frighten anybody. I am telling you because I want the party to understand that people like me are being driven to places we never thought we would go. I am sixty-nine. I have never been in trouble in my life. But if my grandson goes back in that hospital this winter, I will go back to Sheriff Leazes, and I will not be sitting in the car. Councillor Pringle should know that.

What I am asking the CLP to do:

First, I want someone to come and look at the flat. Not a councillor. A CLP officer, or anybody from the party. Come and see what your housing company is letting children live in.

Second, I want the CLP to ask, formally, how many families in Heworth Gate House are in the same position. I know of at least six on Kelly's floor alone.

Third, I would like the GC to debate a motion on damp and mould in council-owned housing. I will write it, if you tell me the rules.

I voted for this party when it was popular and when it was not. I have knocked on doors for it in the snow. I do not want to be the kind of man I am turning into.

Yours,

Brian Coxon
Heworth Gate branch
""",
      tags=("embedded", "implicit", "stalking", "conditional"))

c.add("safety", subject="Is this normal? (Ouse Bank branch)",
      sender=("Samuel Adebayo", "samuel.adebayo@outlook.com"),
      body=c.quote_reply(
          f"""Dear Mr Dodds,

I'm sorry to write to you directly, I'm quite new (I joined in the spring) and I don't really know who I'm supposed to ask about this.

After the Ouse Bank branch meeting last week I sent an email to the branch officers and a few members who had been there, suggesting that the branch might hold a joint event with the local mosque and the Polish Catholic club about the cost of living, since so many of our new members come from those communities. I thought it was a fairly uncontroversial idea.

I got a few friendly replies, and then I received the email below from another member, Mr Duffy, who was at the meeting. He sent it only to me. I've been thinking about it for three days and I don't know if I'm overreacting. My wife says I'm not.

I've copied it exactly. Is this normal in the party? Should I report it, and to whom? I haven't replied to him.

Thank you,

Samuel Adebayo
Ouse Bank branch""",
          f"""Mr Adebayo,

You've been in this branch five minutes and you're already trying to turn it into something it isn't. This is a working-class branch. It was a working-class branch when your lot were still getting off the boat.

I'll say this once, between you and me. I know where you live, I've seen you walking up Quarry Road with your little lad. I'd think very carefully before you bring your "community events" anywhere near our branch. There's plenty of us who won't stand for it and not all of us will be as polite as me. Keep your head down and you'll be fine.

Tony Duffy""",
          quoted_from="Tony Duffy <tony.duffy1961@btinternet.com>", style="gmail"),
      tags=("quoted", "implicit", "conditional", "third-party-report", "harassment"))

# ---------------------------------------------------------------------------------------
# HARD NEGATIVES
# ---------------------------------------------------------------------------------------

c.add("complaint", subject="Defamatory Facebook post by a member of your party - request for intervention",
      sender=("Former Cllr Raymond Tait", "raymond.tait@btinternet.com"),
      body=f"""Dear Mr Dodds,

I write to you in your capacity as Secretary of {CLP}, though I write, I should say, as a former Labour councillor of sixteen years' standing and now as an independent.

On the 2nd of this month, Mrs Sandra Gowland, who I understand is a member of the Saltmeadows branch of your party, published a post on the "Saltmeadows Matters" Facebook group, which has around 4,800 members. The post stated that I had "pocketed thousands" from the developers of the Saltmeadows fields while I was a councillor, and that I "should be in prison, not standing for election".

Those allegations are entirely false. I have never received any payment or benefit from any developer. My register of interests, which is public, confirms it. The allegation that I have committed a criminal offence is defamatory and has caused me serious distress and embarrassment, particularly as I intend to stand as an independent candidate in the Saltmeadows ward in May.

I have written to Mrs Gowland directly asking her to remove the post and apologise. She has not responded. I have reported the post to the group's administrators, who have declined to remove it.

I do not want to litigate against a pensioner over a Facebook post. But I am advised that I have a strong claim, and if the post is not removed and an apology published within fourteen days, I will instruct solicitors to issue proceedings.

I am writing to you because I believe the party has an interest in ensuring that its members do not defame candidates of other parties, and because I believe a word from the party may resolve this where a letter from me has not. I would be grateful if you would raise the matter with Mrs Gowland and let me know the outcome.

Yours sincerely,

Raymond Tait
""",
      tags=("hard-negative", "legal-threat"))

c.add("complaint", subject="Your leaflet in Low Team has no imprint - I am reporting this",
      sender=("Mr Geoffrey Lamb", "geoff.lamb@outlook.com"),
      body=f"""To the Secretary,

Yesterday a leaflet headed "Jade Milburn - Working Hard for Low Team" was delivered through my door. I have examined it carefully. It bears no imprint whatsoever: no name and address of the printer, no name and address of the promoter, and no statement of on whose behalf it is published.

As you will be aware, section 110 of the Representation of the People Act 1983, and the digital imprint regime now in force, require election material to carry an imprint. Failure to include one is an offence.

I am a retired magistrate and I take this sort of thing seriously. I do not believe that the rules should apply with less force to the party of government than to anyone else. I have no particular axe to grind with Ms Milburn, whom I do not know; I have voted for your party in the past.

I am writing to inform you, as a courtesy, that I will today be reporting the matter to the Electoral Commission and to the police, and I will be sending a copy of the leaflet to the Returning Officer. I will also be writing to the Tynebridge Chronicle, because I think the public are entitled to know how seriously the parties take the rules.

I would be interested to know:

(a) whether the leaflet was printed in this form, or whether the imprint was omitted through some error in the print run;
(b) how many copies were distributed;
(c) what steps you have taken to withdraw it.

Yours faithfully,

G. Lamb, JP (retired)
""",
      also=("query",), tags=("hard-negative", "legal-threat", "angry"))

c.add("complaint", subject="The bus network review - this is a betrayal of every community on the river",
      sender=("Cllr Bernadette Hogg", "bernadette.hogg@tynebridge.gov.example.uk"),
      body=f"""Mark,

I'm writing in a personal capacity as a CLP delegate, not as a councillor, and I'd like this circulated to the EC ahead of Thursday. I know I'm putting myself in the firing line with the group by doing it. So be it.

The combined authority's bus network review, which our own Labour mayor is about to sign off, will cut the 27, the 27A and the 93, reduce the 56 to hourly after seven, and end all Sunday services to Low Team and Ouse Bank. I have read all 212 pages. It is a hatchet job dressed up as "network optimisation".

The people it hits are the people we exist to represent. The care workers on the early shift at the Queen Elizabeth. The lads on zero-hours contracts at the distribution centre. The pensioners in Ouse Bank who have no other way to get to the GP. A woman at my surgery on Friday told me the 93 is the only reason her son, who is disabled, can get to his day centre. After April, he can't.

This will kill off what's left of Low Team's high street. It will cut Ouse Bank off from the rest of the borough. And when the people of these estates turn round in May and ask who did this to them, the answer will be us. We are about to shoot ourselves in the foot and then wonder why we're limping.

I want the CLP to do three things. Pass a motion at the next GC opposing the cuts. Write to the mayor and to the transport committee, as a CLP, before the decision. Stand with the residents' groups who are organising a public meeting in Ouse Bank, and make sure our councillors are there, on the right side of the table.

I'll be fighting this like hell inside the group and I'd like the CLP to be fighting it outside. If that costs me my cabinet seat, I'll live with it.

Bernadette
""",
      also=("procedural",), tags=("hard-negative", "metaphor", "angry", "benign-violent-word"))

c.add("other", subject="Joint statement of faith leaders following the attack on Masjid Al-Noor - invitation to add your name",
      sender=("Tynebridge Interfaith Forum", "interfaith.tynebridge@gmail.com"),
      body=f"""Dear Mr Dodds,

As you will have heard, in the early hours of Saturday morning the windows of Masjid Al-Noor in Bankside were smashed and a threatening slogan was painted on the door. Thankfully nobody was in the building and nobody was hurt. The police are treating the attack as a hate crime. It follows a similar incident at the Hindu temple in Ravensworth in the spring and graffiti at the synagogue cemetery last year.

The faith leaders of the Tynebridge Interfaith Forum have issued the statement below, and are inviting civic organisations, including the local branches of all political parties, to add their names. We are writing to every party in the borough in the same terms. There is no obligation at all, and we understand that the CLP may wish to consult its officers.

JOINT STATEMENT

"We, the undersigned faith leaders of Tynebridge, stand together in condemning the attack on Masjid Al-Noor. An attack on any place of worship is an attack on all of us. Our communities have lived and worked side by side in this borough for generations, and we will not allow those who seek to divide us to succeed.

We thank the police for their swift response and urge anyone with information to come forward. We call on everyone in Tynebridge, whatever their faith or none, to reject hatred and intimidation, and to show their neighbours solidarity. On Friday, members of every faith will form a ring of peace around the mosque at the time of Friday prayers. All are welcome."

If the CLP would like to add its name, please reply by Thursday with the name and title as you would like it to appear. Members of the CLP would of course be very welcome at the ring of peace, which will begin at 12.45pm.

With peace and good wishes,

Revd Andrew Tait (Chair), Imam Yusuf Khalid (Vice-Chair), and the officers of the Tynebridge Interfaith Forum
""",
      also=("query",), tags=("hard-negative", "news-about-threats"))

c.add("procedural", subject="Political education discussion paper: prisons, sentencing and early release",
      sender=("Harry Oyelaran", "harry.oyelaran@gmail.com"),
      body=f"""Dear Mark,

For the political education session before the next GC (6.15pm, as agreed), here's the short discussion paper I'll be introducing. Could it go out with the papers?

DISCUSSION PAPER: PRISONS, SENTENCING AND EARLY RELEASE
{CLP} Political Education

1. The problem
Prisons in England and Wales are full. The government has twice used emergency early-release schemes since taking office, releasing prisoners after serving 40% rather than 50% of their sentences. Ministers say they had no choice; the alternative was that courts would have had nowhere to send people convicted of serious violent and sexual offences. Critics say early release puts the public at risk, and there have been cases, widely reported, of released prisoners reoffending within days.

2. How did we get here?
Sentences have lengthened steadily over three decades, under governments of both parties. The number of people serving very long sentences for serious violence has risen sharply. At the same time, prison building has not kept pace, and many prisons are in poor condition. Violence in prisons, against staff and between prisoners, is at or near record levels.

3. The sentencing review
The independent sentencing review has recommended greater use of community sentences for lower-level offending, earned progression for some longer-sentence prisoners, and more investment in probation. Some of these recommendations have been accepted.

4. Questions for discussion
(a) Is it possible to be "tough on crime" and reduce the prison population at the same time?
(b) What do victims of violent crime need from the justice system, and are they getting it?
(c) How should a Labour government talk about this on the doorstep, where people are understandably worried about crime?
(d) What does the evidence say works in reducing reoffending?

5. Further reading
Sentencing review final report; Prison Reform Trust Bromley Briefings; the HM Chief Inspector of Prisons annual report.

All welcome. Bring your own opinions.

Harry Oyelaran
Political Education Officer
""",
      tags=("hard-negative", "news-about-threats", "benign-violent-word"))

c.add("bulk", subject="Returning Officer's guidance for polling station staff and party representatives: incidents at polling stations",
      sender=("Tynebridge Electoral Services", "elections-noreply@tynebridge.gov.example.uk"),
      headers={"Precedence": "bulk", "Auto-Submitted": "auto-generated"},
      body="""LOW TEAM WARD BY-ELECTION
GUIDANCE FOR CANDIDATES, AGENTS AND TELLERS: CONDUCT AND INCIDENTS AT POLLING STATIONS

This guidance is issued by the Returning Officer to all candidates and agents. Please share it with anyone who will act as a teller or polling agent on polling day. This is an automated email; please do not reply.

1. Tellers
Tellers may stand outside polling stations and ask voters, on a voluntary basis, for their elector number. Tellers must not obstruct voters, must not enter the polling station, and must remain outside any area marked by the Presiding Officer. Tellers must not wear rosettes larger than the approved size.

2. Conduct
Everyone at or near a polling station must behave in a way that allows voters to vote freely. Intimidation of voters is an offence. If a teller is approached by a voter who is abusive or aggressive, they should disengage and inform the Presiding Officer.

3. Incidents affecting safety
Presiding Officers have been briefed on the action to take in the event of:
- an aggressive or violent person at the polling station;
- a fire alarm or other emergency requiring evacuation;
- a suspicious package or unattended item;
- a medical emergency.
In each case, the Presiding Officer will follow the Returning Officer's procedures, which include contacting the police on 999 where there is any risk to safety. Tellers and agents must follow the Presiding Officer's instructions and must not attempt to deal with an incident themselves.

4. Evacuation
If a polling station has to be evacuated, voting will be suspended. Ballot boxes will be sealed and remain in the custody of polling station staff. Voting will resume at the same or an alternative location as soon as it is safe.

5. Reporting
All incidents, however minor, should be reported to the Presiding Officer and to the Elections Office on the agents' hotline number provided in your pack.

Electoral Services
Tynebridge Metropolitan Borough Council
""",
      tags=("hard-negative", "benign-violent-word", "robot-no-list-headers"))

# ---------------------------------------------------------------------------------------
# COMPLAINTS
# ---------------------------------------------------------------------------------------

c.add("complaint", subject="Formal complaint: antisemitic remarks at the Heworth Gate branch meeting",
      sender=("Dr Miriam Goldblatt", "miriam.goldblatt@gmail.com"),
      body=f"""Dear Secretary,

I am writing to make a formal complaint about remarks made at the Heworth Gate branch meeting on Tuesday, and about the failure of the Chair to respond to them. I am aware that complaints of this nature must be dealt with by the party's national complaints process, and I ask that this letter be forwarded there, but I am also writing to you because I believe the CLP has a responsibility to its own members.

I have been a member of the party for nineteen years. I am Jewish. My grandparents came to Tynebridge as refugees in 1938, and my grandfather was a founder member of the Heworth Gate branch in the 1950s.

During the debate on the branch's motion on the Middle East, which I supported, a member who I will name in my complaint to the national party stood up and said that "everybody knows who really runs the Labour Party" and that "the Zionist lobby has bought the leadership". When another member objected, he said that he was "talking about Zionists, not Jews", and then looked directly at me and said, "some people in this room should decide where their loyalties lie."

I want to be clear. I have no objection whatsoever to robust criticism of the Israeli government, which I share. I voted for the motion. What I object to is the invocation of an ancient conspiracy theory about Jewish power, and the suggestion, made directly to my face, that as a Jew my loyalty to my own country and my own party is in question.

The Chair did not intervene. The meeting moved on. Afterwards, two members came to apologise to me privately. Nobody did so publicly.

I ask:

1. that this complaint be forwarded to the national complaints process;
2. that the CLP remind all branch chairs of their responsibility to act when discriminatory remarks are made at meetings;
3. that the Heworth Gate branch minutes record that the remark was made and that an objection was raised.

I would also like a conversation, in person, with a CLP officer about what the CLP is doing to ensure that Jewish members, and Muslim members, and every other member, can attend meetings without being made to feel like this.

Yours sincerely,

Dr Miriam Goldblatt
Heworth Gate branch
""",
      tags=("formal",))

c.add("complaint", subject="Misrepresentation of the Low Team Community Food Bank in your candidate's leaflet",
      sender=("Low Team Community Food Bank", "coordinator@lowteamfoodbank.example.org.uk"),
      body=f"""Dear Mr Dodds,

I am the coordinator of the Low Team Community Food Bank. I am writing about the leaflet distributed last week on behalf of your by-election candidate, Ms Jade Milburn.

The leaflet includes a photograph of Ms Milburn in our warehouse, holding a crate of tins, with the caption: "Jade has volunteered at the Low Team Food Bank for years, and she'll fight to make sure no family in Low Team goes hungry."

I should make the following points.

Ms Milburn has visited the food bank on two occasions: once as part of a visit by the Labour group in December, and once in September when the photograph was taken. She has not, as far as our records show, volunteered a shift. She is very welcome to, as is anyone.

The food bank is a registered charity and is required to be politically neutral. Our trustees include people of all political views. We allowed the photograph to be taken on the understanding, which was stated at the time, that it was for Ms Milburn's personal use as a councillor's record of a visit. We did not agree to its use in election material.

Since the leaflet was delivered we have had calls from donors asking whether we have endorsed the Labour candidate, and one regular donor has said she will stop giving because of it.

I would ask the CLP to withdraw the leaflet, remove the photograph from any online material, and publish a correction on its social media making clear that the food bank does not endorse any candidate. I would also ask that our name is not used in any further material without the trustees' permission.

Yours sincerely,

Coordinator
Low Team Community Food Bank (registered charity)
""",
      tags=("formal",))

c.add("complaint", subject="GC meetings moving online - digital exclusion of older members",
      sender=("Mr & Mrs J. Charlton", "jack.charlton.ousebank@talktalk.net"),
      body=f"""Dear Mr Dodds,

My wife and I have been delegates to the General Committee from the Ouse Bank branch, between us, for a little over forty years. We are writing to register our objection to the decision of the Executive Committee, announced in last month's email, that the General Committee will meet online "as the default" from January, with one in-person meeting a quarter.

We do understand the reasons. We know the costs of room hire have gone up, that some members have caring responsibilities, and that many younger members prefer online meetings. We are not against progress.

But we must tell you plainly what this means for us. We do not own a computer. We have one mobile telephone between us, which my wife uses for calls and the occasional photograph of the grandchildren. We tried to join the last online GC using it, with our grandson's help, and we could neither see the papers nor work out how to vote. We gave up after twenty minutes. We know of at least five other members in Ouse Bank who are in the same position.

The effect of the decision is that a significant group of members, largely older and largely less well off, will be unable to take part in three out of every four meetings of the body that governs the local party. We do not think that is what the EC intended, but it is what will happen.

We would ask the EC to reconsider, and in particular to consider hybrid meetings, with a room available for those who cannot join online, even if it is a small one, and a telephone dial-in that allows members to vote.

We would also like to know whether the decision was discussed at the General Committee, as we do not recall it being so.

Yours sincerely,

Jack and Irene Charlton
Ouse Bank branch
""",
      also=("query",), tags=("formal",))

c.add("complaint", subject="Withdrawal of CLP funding for the Heworth Gate lodge banner",
      sender=("Heworth Gate Banner Group", "heworthgatebanner@gmail.com"),
      body=f"""Dear Secretary,

We write on behalf of the Heworth Gate Banner Group, the volunteers who look after and carry the Heworth Gate colliery lodge banner at the Miners' Gala and other events each year.

For as long as any of us can remember, the Labour Party locally has contributed towards the cost of the bus and the band for the Gala, and towards the insurance and upkeep of the banner. The sum has been modest, usually between £250 and £400 a year. We were informed last week, in a two-line email from your Treasurer, that the CLP would "no longer be in a position" to contribute.

We appreciate that money is tight and that the CLP has other priorities. But we find it hard to accept the manner of the decision. Nobody spoke to us. Nobody asked what the money is used for or what the consequences would be. We found out three weeks before we were due to book the band.

The banner was made in 1923. It carries the names of the eleven men killed in the explosion of 1909, and it has been carried at every Gala since. It is not just a piece of cloth. For many families in Heworth Gate it is the only memorial they have. The Labour Party in this town was built by the men who marched behind it, and many of them would be astonished that the party could not find three hundred pounds.

We ask the CLP to reconsider. If it cannot, we would at least like someone to come and explain the decision to the group, in person.

Yours,

On behalf of the Heworth Gate Banner Group
""",
      tags=("formal",))

c.add("complaint", subject="Closure of the maternity unit at the Queen Elizabeth - what is our MP doing?",
      sender=("Laura Blenkinsop", "laura.blenkinsop@hotmail.co.uk"),
      body=f"""Dear Mark,

I'm a midwife at the Queen Elizabeth and I've been a Labour member since I was at college. I'm writing to the CLP because I don't know where else to turn, and because I want the officers to understand what is happening, in plain language, from someone who works there.

The trust announced last Thursday that the consultant-led maternity unit at the Queen Elizabeth will close from next summer, and that all births, except for a small midwife-led unit, will move to the city hospital twelve miles away. The trust says it can't staff two units safely. That part is true. We have been short of midwives for years. But the answer to that is to recruit and keep midwives, not to make women from Low Team and Ouse Bank travel forty minutes in labour, on roads that are gridlocked every rush hour, to a hospital that is itself already full.

I have delivered babies in the back of ambulances. I don't say that to be dramatic. It happens, and it will happen more.

I have three questions for the CLP.

1. Has the MP made any public statement? I've looked and can't find one. If she has made representations privately, I think members and the public should know.
2. Will the CLP support the campaign to keep the unit open? There's a public meeting next Wednesday at the Ouse Bank community centre.
3. Would the CLP ask the MP to meet midwives, not just the trust's management? We can tell her things the management won't.

I'm not anti-government. I knocked on doors for this government. But I didn't do it so that the maternity unit where I was born, and where my daughter was born, could be closed on its watch without a word.

Laura Blenkinsop
Low Team branch
""",
      also=("query",), tags=("formal",))

# ---------------------------------------------------------------------------------------
# PROCEDURAL
# ---------------------------------------------------------------------------------------

c.add("procedural", subject="Confirmed minutes of the General Committee - resolutions for action",
      sender=("Tynebridge CLP Minutes Secretary", "minutes.tynebridgeclp@gmail.com"),
      body=f"""Mark,

Here are the confirmed minutes from last month's GC (approved at this month's meeting without amendment), with the action points at the end as you asked, so they can be chased.

{CLP.upper()} - GENERAL COMMITTEE
Held at: Ouse Bank Community Centre
Present: 44 delegates, 6 visitors. Chair: Anne Tindale.

1. Apologies: received from 9 delegates (list held by the Secretary).

2. Minutes: the minutes of the previous meeting were approved.

3. Correspondence: the Secretary reported correspondence from the Regional Office (LCF AGM), the Tynebridge Interfaith Forum (joint statement), the Heworth Gate Banner Group, and a number of members on the bus network review.

4. MP's report: received in writing. Questions were taken by the MP's office manager.

5. Motions:
5.1 Heworth Gate branch - Damp and mould in council housing. Carried (41-0-3).
5.2 Emergency motion (Cllr Hogg) - Bus network review. After debate, carried (29-12-3).
5.3 Low Team branch - Maternity services at the Queen Elizabeth. Carried unanimously.

6. Reports: Treasurer's report received. Campaign report received; Low Team by-election update given by the agent.

7. Joint statement: agreed that the CLP should add its name to the Interfaith Forum statement. Agreed (unanimous).

8. AOB: the Chair reminded delegates of the suspension of a member and that the matter is confidential. Delegates were asked not to discuss it on social media.

ACTIONS

A1. Secretary to write to the council's Cabinet member for housing and the housing company asking for figures on damp and mould in Heworth Gate House (motion 5.1).
A2. Secretary to write to the combined authority mayor and transport committee setting out the CLP's opposition to the bus cuts (motion 5.2). Chair to agree the text.
A3. Secretary to write to the MP asking her to meet maternity staff (motion 5.3).
A4. Secretary to confirm the CLP's signature to the Interfaith Forum.
A5. Treasurer to report back on the Banner Group funding at the next EC.

Minutes Secretary
""",
      tags=("formal",))

c.add("procedural", subject="NEC elections - CLP nominations open - guidance for secretaries",
      sender=("Labour Party - Governance", "nec-nominations@labour-party.example.org.uk"),
      body=f"""To: CLP Secretaries

Dear colleague,

Elections to the National Executive Committee: CLP nominations

Nominations are now open for the CLP section of the National Executive Committee and for the other member-elected positions. This email sets out how CLPs may make nominations.

1. Who may nominate
Each CLP may make nominations at a properly convened meeting of its General Committee or, where a CLP operates an all-member meeting structure, at an all-member meeting. Nominations must be made in accordance with the procedures issued by the NEC.

2. Candidates
A list of candidates seeking nominations, together with their statements, is available on the CLP officers' area of Membersnet. Candidates may contact CLPs to ask for the opportunity to send a statement to members, but CLPs are not obliged to circulate material beyond the official statements.

3. Gender balance
CLPs are asked to note the gender balance requirements for the CLP section. A CLP may nominate up to the number of candidates set out in the guidance, of whom at least half must be women.

4. Submitting nominations
Nominations must be submitted by the CLP Secretary using the online nomination form before the closing date. Please have the date of the meeting and the number of votes cast for each nominee available.

5. Conduct
Nominations are a matter for the CLP. Party staff will not advise on which candidates to nominate. Officers should ensure that meetings at which nominations are made are conducted fairly, and that all eligible members are given proper notice.

6. Ballot
Nominations determine which candidates appear on the ballot paper. The ballot of all eligible members will take place later in the year.

If you have any questions about the process, please contact the Governance team.

Governance and Legal Unit
The Labour Party
""",
      tags=("formal",))

c.add("procedural", subject="Ouse Bank branch AGM - results and officer contact details",
      sender=("Derek Ord", "derek.ord@outlook.com"),
      body=f"""Dear Mark,

Ouse Bank branch held its AGM on Wednesday at the community centre. 21 members were present (quorate). I'm writing to notify the CLP of the results and to ask you to update the officer list and pass the details to the membership secretary.

Elected officers:
- Chair: Lynne Bainbridge
- Vice-Chair: Samuel Adebayo
- Secretary: Derek Ord (re-elected)
- Treasurer: Margaret Lowes
- Women's Officer: Joanne Hetherington
- Campaign Coordinator: Kyle Foster
- Delegates to GC: Lynne Bainbridge, Jack Charlton, Irene Charlton, Kyle Foster (and Samuel Adebayo as substitute)

The Chair's election was contested (Lynne Bainbridge 13, Tony Duffy 7, 1 spoilt). All others were unopposed.

The branch also agreed:
(a) to hold meetings on the second Wednesday of each month at 7pm, at the community centre;
(b) to ask the CLP to reconsider the decision to hold GCs online by default, in line with the letter sent by Jack and Irene Charlton;
(c) to run a joint cost-of-living event with the Ouse Bank mosque and the Polish Catholic club in the spring, led by the Vice-Chair.

Accounts: the branch account stands at £318.40. The accounts were approved.

Could you confirm the new officers' access to Membersnet for the branch and let me know if you need any forms signed?

Best wishes,

Derek Ord
Secretary, Ouse Bank Branch
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# DATA PROTECTION
# ---------------------------------------------------------------------------------------

c.add("data-protection", subject="New submission: Subject Access Request form",
      sender=c.form_robot(), reply_to=("Carl Mallaburn", "carl.mallaburn@gmail.com"),
      body=c.webform({
          "Full name": "Carl Anthony Mallaburn",
          "Email": "carl.mallaburn@gmail.com",
          "Postal address": "23 Quarry Road, Ouse Bank, Tynebridge",
          "Are you, or have you been, a member?": "Yes - until 2024",
          "Membership number (if known)": "",
          "What information are you requesting?": """All personal information the Tynebridge CLP and its branches hold about me. In particular:
- canvass records and voter ID data relating to me or my household at 23 Quarry Road;
- any notes, emails or messages between CLP officers or branch officers that mention me, including any relating to my resignation in 2024 and the complaint I made before I left;
- minutes of any meeting at which I was discussed;
- anything held in Contact Creator or any other campaign system about me, including "notes" fields.

I also want to know who you have shared my information with, and how long you keep it.

I am making this request under data protection law (UK GDPR Article 15). I understand you have one month to respond.""",
          "Preferred format": "Electronic (email)",
          "ID verification": "I will provide ID if requested",
          "Declaration": "I confirm the information I have given is true",
      }, form="Subject Access Request"),
      tags=("webform", "formal"))

c.add("data-protection", subject="Correspondence",
      sender=("His Honour Edmund Baxter (retd)", "edmund.baxter@btinternet.com"),
      body=f"""Sir,

Over the past two years I have received from your organisation, at my home address, no fewer than nineteen items of printed material, of which several were personally addressed; four telephone calls; and, since I made the mistake of signing a petition about the Saltmeadows fields on what I took to be a residents' website, some thirty emails.

I have not joined your party. I have not asked to receive anything. I have on two occasions written "no circulars" on the returned envelope, and on one occasion told a young man on my doorstep, politely, that I would be grateful to be left alone.

I now write, for what I trust will be the final time, to say that I do not wish to receive anything further from your organisation, by any means, at any address, for any purpose, and that I should be obliged if you would ensure that every list, file and system in which my name appears is amended accordingly. If the petition website was yours, I should like to know that, and I should like to know why it did not say so.

I should be grateful for a brief acknowledgement. I do not require anything more.

Yours faithfully,

E. R. Baxter
""",
      tags=("dp-no-legal-words", "confuser"))

c.add("data-protection", subject="URGENT - Low Team canvass spreadsheet was publicly accessible via Google Drive link",
      sender=("Kyle Foster", "kyle.foster.labour@gmail.com"),
      body=f"""Mark,

I need to report a data problem and I've been told by the organiser to put it in writing to you tonight. I'm really sorry.

For the Low Team by-election I set up a Google Sheet to coordinate the volunteers: who's doing which street, on which day, and the results of each session. To make it easier for people, I also pasted in the canvass returns from each session, which includes elector names, addresses, and the voting intention codes. I set the sharing to "anyone with the link can view", because some of our older volunteers couldn't log in with a Google account.

On Saturday I posted the link in the Low Team volunteers' WhatsApp group. That's fine. But this evening a volunteer told me that the link had also been posted, by someone I don't know, in a comment on the "Low Team Community Noticeboard" Facebook group, which has nearly 5,000 members. The comment said "here's who's voting Labour on your street lol".

What I've done: as soon as I found out (about 21:20), I changed the sharing settings so only named people can view. I checked the file's activity panel, which says it was viewed by 34 "anonymous" users since Saturday. I've reported the Facebook comment and it's still up at the moment.

What was in it: about 1,100 rows. Names, addresses, and for about 640 of them a voting intention code (L, C, R, G, LD, W, A for against, etc.). Some rows have notes like "postal vote", "elderly - needs lift", "husband Reform, wife Labour". No phone numbers or emails.

I know this is really bad, especially the notes. Please tell me what I need to do next. I can come and see you tomorrow.

Kyle Foster
Campaign Coordinator, Ouse Bank
""",
      tags=("formal", "dp-no-legal-words"))

# ---------------------------------------------------------------------------------------
# QUERY
# ---------------------------------------------------------------------------------------

c.add("query", subject="Public liability insurance renewal - a few questions before we can quote",
      sender=("Nicola Armstrong", "n.armstrong@northquayinsurance.example.co.uk"),
      body=f"""Dear Mr Dodds,

Thank you for your enquiry about renewing the CLP's public liability cover, which expires at the end of next month. I've been through the proposal form you returned and there are a few points I need to clarify before I can obtain quotes from the insurers on our panel.

1. Activities. The form lists "meetings, canvassing, leafleting, street stalls, fundraising events". Could you tell me roughly how many fundraising events you hold each year, and whether any involve the sale of alcohol, bouncy castles or other inflatables, fireworks, or food prepared by volunteers?

2. Volunteers. Roughly how many volunteers are active in a typical month, and is anyone under the age of 16 or over 80? Some insurers apply conditions to volunteers over 80.

3. Premises. The form says the CLP doesn't own or lease premises. Do you store any equipment (gazebos, banners, PA equipment) anywhere, and if so, whose premises?

4. Claims history. You've answered "no" to previous claims. Can you confirm there have been no incidents in the last five years which could give rise to a claim, for example a volunteer bitten by a dog while leafleting, or a member of the public tripping over a stall? These are more common than you might think.

5. Employees. Do you employ anyone, even part-time? If so, employers' liability insurance is a legal requirement.

6. Party cover. Some political parties arrange insurance centrally for their local units. It may be worth checking with your regional office whether you're already covered for some or all of these activities, as we would not want you to pay twice.

If it's easier to talk it through, I'm in the office Monday to Thursday.

Kind regards,

Nicola Armstrong
Commercial Account Handler
North Quay Insurance Brokers Ltd

North Quay Insurance Brokers Ltd is authorised and regulated by the Financial Conduct Authority.
""",
      tags=("formal",))

c.add("query", subject="BSL interpretation at GC meetings - request and questions",
      sender=("Rachel Wilkinson", "rachel.wilkinson.deaf@gmail.com"),
      body=f"""Dear Mark,

My name is Rachel Wilkinson and I have just been elected as a GC delegate for the Low Team branch. I am Deaf, and British Sign Language is my first language. I am writing (with some help from a hearing friend with the English) to ask about access arrangements for GC meetings, and I have a few questions.

1. Would the CLP be able to book a BSL/English interpreter for the GC meetings I attend? For a meeting of two hours, two interpreters are usually needed, as interpreters work in pairs for longer meetings. I can give you the names of interpreters who work in the area.

2. Does the CLP have a budget for access costs? If not, I understand that the party nationally has a fund to help with reasonable adjustments for disabled members, and I would be grateful if you could find out how to apply. I can help with the application.

3. If meetings are held online, could the CLP make sure that the interpreter is "spotlighted" on screen, and that live captions are switched on?

4. Could the papers for each meeting be sent at least a week in advance, so that I and the interpreters can prepare?

5. Is there anything else I need to do as a new delegate, such as a form to fill in?

I know this might be new for the CLP. I am very happy to meet you and explain anything. I am really looking forward to taking part.

Best wishes,

Rachel Wilkinson
Low Team branch
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# URGENT
# ---------------------------------------------------------------------------------------

c.add("urgent", subject="Bank mandate - second signatory needed in branch by 3pm tomorrow or account restricted",
      sender=("Margaret Lowes", "margaret.lowes@btinternet.com"),
      body=f"""Mark,

I've just come off the phone with the bank after forty minutes on hold, and I need your help tomorrow, I'm afraid.

You'll remember that after the AGM we sent the bank the change of signatories form, removing Geoff (who has stood down as Treasurer) and adding me and you. The bank has now told me that the form was "not accepted" because it was only signed by one of the new signatories. Apparently they wrote to Geoff's address to tell us, three weeks ago, and of course Geoff didn't pass it on.

Because the old mandate has been cancelled and the new one hasn't been accepted, the bank says the account will be placed under restriction at close of business tomorrow. That means:

- the printer's payment for the Low Team by-election leaflets (£1,640), which is scheduled to go out on Thursday, will fail;
- the direct debit for the room hire will bounce;
- nobody will be able to make any payments until the mandate is sorted, which the bank says can take "up to ten working days" once restricted.

The only way to avoid this is for both new signatories to go into a branch in person with photo ID and proof of address and sign the form in front of staff, by 3pm tomorrow. I've checked, and the Heworth Gate branch is open until 4pm but they've asked us to be there by 3pm to leave time for the checks.

I can go at any time tomorrow. Can you? If you can do lunchtime, I'll meet you there at 12.30. Please bring your passport or driving licence and a utility bill or bank statement dated in the last three months.

Sorry to drop this on you. Please ring me tonight if you can.

Margaret
Treasurer
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# BULK
# ---------------------------------------------------------------------------------------

c.add("bulk", subject="NEC ballot: your ballot pack is on its way",
      sender=("Labour Party Ballots", "ballots@labour-party.example.org.uk"),
      headers=c.newsletter_headers("NationBuilder"),
      fmt="alt",
      body="""Dear member,

Your ballot for the National Executive Committee elections

The ballot for this year's elections to the National Executive Committee and the other member-elected positions opens today. As an eligible member, you will shortly receive an email from our independent scrutineer containing your unique voting link. If you have opted to vote by post, your ballot paper will arrive within the next ten days.

What you are voting for
The NEC is the governing body of the Labour Party. It sets the party's objectives, oversees the running of the party, and has responsibility for the party's rules and procedures. Members elect nine representatives of CLPs, as well as representatives of disabled members and other sections.

How to vote
You can rank as many or as few candidates as you wish, in order of preference. Candidates' statements are available through the link in your ballot email.

Keeping the ballot secure
- The email from the scrutineer will come from a verified address and will never ask for your password or payment details.
- Your voting link is unique to you. Please do not forward it.
- If you think you should have received a ballot and have not done so by the closing date minus seven days, please contact the membership team.

Closing date
The ballot closes at 12 noon on the closing date shown in your ballot email. Results will be announced shortly afterwards.

Thank you for taking part in the democracy of our party.

The Labour Party

Promoted by the Labour Party, 20 Rushworth Street, London SE1 0SS.
You are receiving this email because you are a member of the Labour Party. Manage your email preferences
""",
      tags=("newsletter",))

# ---------------------------------------------------------------------------------------
# OTHER
# ---------------------------------------------------------------------------------------

c.add("other", subject="Thank you from St Cuthbert's Hospice - the Riverside Walk",
      sender=("St Cuthbert's Hospice Fundraising", "fundraising@stcuthbertshospice.example.org.uk"),
      body=f"""Dear Mr Dodds,

I am writing on behalf of everyone at St Cuthbert's Hospice to thank the members of {CLP} who took part in our Riverside Walk last month, and to let you know what your efforts have achieved.

Your team of fourteen walkers, ranging in age from nine (Councillor Tindale's granddaughter, who I am told did not complain once) to eighty-one (Mr Jack Charlton, who I am told complained cheerfully throughout), completed the full ten miles from Saltmeadows to the Millennium Bridge and back, and between them raised £2,186.50 in sponsorship. With Gift Aid, the total will be over £2,600.

To put that in context: it costs around £300 a day to provide one of our inpatient beds, with the specialist nursing, medical and family support that goes with it. Your team has paid for more than eight days of care for someone in the last stage of their life, and for the support their family will receive while they are with us and afterwards.

I know that several of your walkers took part in memory of people we cared for. I hope they know how grateful we are that they chose to give something back.

We are, of course, a non-political charity, and we are grateful to every organisation that supports us. But I did want to say that your team's good humour on the day lifted everyone's spirits, including the volunteers on the water station at the halfway point, who have asked me to pass on that they have "never been sung at like that before".

With warmest thanks,

Community Fundraising Manager
St Cuthbert's Hospice
Registered Charity No. 500000
""",
      tags=("formal",))

c.write()
