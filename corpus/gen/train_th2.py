"""train/th2: long, formal and institutional mail (Cwm Taf Valleys CLP). Hand-written content."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "th2", seed=1802)
SEC_FULL, SEC_ADDR = c.secretary()
SEC = SEC_FULL.split()[0]
CLP = c.clp[0]

# ---------------------------------------------------------------------------------------
# SAFETY
# ---------------------------------------------------------------------------------------

c.add("safety", subject="Parliamentary Security Department - request for information (fixated individual)",
      sender=("PSD Member Security Team", "membersecurity@parliament-security.example.uk"),
      body=f"""OFFICIAL-SENSITIVE: PERSONAL

Dear Ms Evans,

I am writing from the Members' Security Team in the Parliamentary Security Department. Catrin Maddocks MP has given us your contact details and has asked us to speak to you in your role as Secretary of the constituency party.

We are currently assessing the behaviour of an individual who has come to the attention of the MP's office over the last four months. We are not able to share all the details, but in summary: the individual has written to the MP at Westminster and at the constituency office more than sixty times; the letters have become increasingly personal and make reference to a "relationship" with the MP that does not exist; and on two occasions he has been seen outside the constituency office in Pontcerrig after closing time. Most recently he wrote that he would "come to find her at one of her party meetings where she can't hide behind her staff".

Because of that last remark, we would be grateful for your help with the following:

1. Does anyone by the name of Mr Aled Prosser, or with an address in the Nantyrhos area, hold membership of the party locally, or attend branch or CLP meetings as a guest? We would ask you to check and reply to this address only. Please do not make enquiries with other members.

2. Could you tell us the dates and venues of any meetings in the next eight weeks which the MP is expected to attend, and whether they are advertised publicly?

3. Could you let us know whether the CLP has received any correspondence from him, or any unusual requests for information about the MP's movements, her home or her family?

We would also recommend that meeting venues are not published on open social media for the time being and that someone at each meeting is designated to liaise with the police if needed. The local force is aware and the Operation Bridger officer will be in touch separately.

Please treat this email as confidential. If you have any immediate concern for the MP's safety, call 999.

Kind regards,

Members' Security Adviser
Parliamentary Security Department
Houses of Parliament

This email is intended solely for the addressee and may contain information which is sensitive. If you have received it in error please delete it and notify the sender.
""",
      tags=("stalking", "third-party-report", "conditional"))

c.add("safety", subject="Fwd: Letter received by the chapel ahead of the Senedd hustings",
      sender=("Parch. Elfed Harries", "gweinidog@capelbethesda.example.cymru"),
      body=c.forward(
          f"""Annwyl Rhian,

I am forwarding to you, with a heavy heart, a letter which our chapel secretary found pushed through the vestry door this morning. I have copied it out below as it was written. The original has been given to PC Morgan, our community officer, who came up straight away, and she has advised me to make sure your party has a copy, because it refers to your candidate.

As you know, Bethesda has agreed to host the churches' hustings on Thursday week. We have done this at every election since 1999, and we welcome every candidate who accepts the invitation. The deacons met last night and agreed unanimously that we will not be intimidated and that the hustings will go ahead. But we will be guided by the police on arrangements, and I thought it only right that you should know before your candidate confirms.

Please be assured of our prayers for everyone concerned.

Yn gywir,

Elfed Harries
Gweinidog, Capel Bethesda, Cwmgarw""",
          """To the minister and deacons

You have invited the Labour candidate, Mr Rowlands, to speak in your chapel. He voted to bring the asylum hostel to the old Glanrhyd hotel without asking one person in this valley. You call yourselves Christians and you give him a pulpit.

If he is in that building on the Thursday, some of us will be coming to pay a visit too. We will not be coming to listen. Think very carefully about who is sat in your pews that night and whether you want them there when we arrive.

You have been told.""",
          "(hand delivered - no sender)",
          "Letter found at vestry door",
          style="gmail"),
      tags=("forwarded", "conditional", "veiled", "third-party-report"))

c.add("safety", subject="My expulsion - a final letter to the CLP officers",
      sender=("Gethin Morris", "gethin.morris62@btinternet.com"),
      body=f"""To the Secretary, {CLP}

I am writing to you for what I expect will be the last time.

On the 3rd of last month I was informed by the Governance and Legal Unit that my membership of the Labour Party had been terminated, on the basis of comments I was alleged to have made at a branch meeting in Treharne and subsequently on Facebook. I have appealed, and I will say no more about the substance of it here, except that the allegations came from people in this CLP who have wanted me gone since I stood against the current Chair for the secretary's post four years ago.

I have served this party for thirty-one years. I was a councillor for Treharne for two terms. I have delivered leaflets in the rain on streets where some of the people who complained about me had never set foot. My father was a lodge secretary at the Deep Navigation. I do not say that for sympathy. I say it so that you understand what has been taken from me and who took it.

I have asked under the rules for copies of the complaints. I have been refused. I have asked to see the minutes of the Executive at which, I am told, my case was "discussed informally". I have been refused. I have been told I may not attend any party meeting, including the AGM.

I will be at the AGM all the same. I will be outside the Workmen's Hall when it finishes. The people responsible for this know who they are, and I know who they are, and they should think very carefully about whether they want to be walking out of that building on their own that night. I am not a young man, but I am not a forgiving one either.

I would like this letter put on file with the rest of them.

Gethin Morris
Treharne
""",
      tags=("veiled", "conditional", "embedded"))

c.add("safety", subject="Incident report - canvasser followed and photographed, Llwynderw, Saturday",
      sender=("Nerys Bevan", "nerys.bevan@outlook.com"),
      body=f"""Dear Rhian,

As organiser for the Llwynderw by-election I am required to report any incident involving volunteer safety to the CLP secretary and to the region. I've done the region's online form as well, but I wanted you to have a proper written account.

Date and time: Saturday, between about 11.15 and 12.30.
Location: Heol y Coed, Maes yr Haf and the lane down to the Co-op, Llwynderw.
Volunteers involved: myself, plus two volunteers (Ffion, 19, and Bryn, 72). We were canvassing as a group of three.

What happened: Shortly after we started on Heol y Coed, a man in his thirties, tall, shaved head, grey hoodie with a logo I couldn't read, came out of a house near the top of the street and asked what we were doing. We explained and offered a leaflet. He said "you lot again" and went back inside.

About twenty minutes later, on Maes yr Haf, Ffion noticed him standing at the end of the street holding his phone up towards us. He stayed about thirty metres behind us for the rest of the session, stopping when we stopped. When we moved on to the lane, he walked closer and took photos of each of us, including Bryn's car and its registration. I asked him to stop. He said, "No need to be nervous. We know who you all are now. We'll be seeing you again before the vote." He then walked off towards the park.

We abandoned the session. I drove Ffion home. Bryn was quite shaken.

What I've done since: reported to police on 101 (reference given to region). I've told the other team leaders not to send fewer than four people to that part of the ward, and not to let younger volunteers go out without an experienced canvasser.

What I'd ask of the CLP: could the EC agree that the by-election canvass sessions are not posted on the public Facebook page from now on, and could someone check whether a photo of any of us has appeared online? Ffion is worried about her picture being shared.

Diolch,

Nerys Bevan
By-election organiser, Llwynderw
""",
      tags=("following", "third-party-report", "implicit"))

c.add("safety", subject="The downgrading of the Ysbyty Cwm Garw A&E",
      sender=("Dr. H. M. Lloyd (retd)", "hmlloyd.retired@gmail.com"),
      body=f"""Madam,

I have been a doctor in these valleys for thirty-eight years, twenty-two of them as a general practitioner in Cwmgarw, and I write to you in a state of controlled fury which I hope this letter will manage to convey without descending into the sort of language I hear daily in the surgery waiting room.

The health board's decision to downgrade the emergency department at Ysbyty Cwm Garw to a minor injuries unit overnight will cost lives. That is not rhetoric; it is arithmetic. The journey to the nearest full emergency department at night is forty minutes by ambulance in good weather, longer when the mountain road is closed, and the ambulance response times in this county are already among the worst in Wales. Patients with strokes, heart attacks and major trauma will die in the back of ambulances on that road.

Your Member of the Senedd, Mr Rowlands, stood on the steps of the hospital two years ago and promised that this would not happen on his watch. He has since said nothing. He sat through the health board's consultation meeting in Treharne with his arms folded and left by the side door.

I want to be careful with my words. I do not advocate violence of any kind and I never have. But I will say this: if Mr Rowlands were to collapse on a dark night on the Cwmgarw road, and lie there for an hour waiting for an ambulance that is not coming, I would not think it an injustice. I would think it a lesson. There are a great many people in this valley who would say the same, and one or two who might be tempted to help the lesson along.

I request that the CLP passes this letter to Mr Rowlands and that he replies to me personally.

Yours faithfully,

Dr H. M. Lloyd MB BCh FRCGP (retired)
""",
      tags=("wish-harm", "veiled", "embedded"))

c.add("safety", subject="Planning application 26/0419/FUL - Bryn Isaf - Councillor Powell",
      sender=("Lyndon Vaughan", "lyndon@vaughanbuildcymru.example.co.uk"),
      body=f"""Dear Ms Evans,

I write as the managing director of Vaughan Build (Cymru) Ltd, the applicant in the above planning application for 48 homes on the land at Bryn Isaf. I am writing to you rather than to the council because I understand Councillor Sian Powell, who chairs the planning committee, is a member of your party, and because I believe her conduct in this matter is a party matter as much as a council one.

Councillor Powell has been, to put it neutrally, unhelpful. She has twice moved deferrals of the application on what our planning consultants describe as spurious grounds. She has been quoted in the local paper describing the scheme as "a land grab". The application will be determined at the committee on the 19th.

I employ forty-one local people. I have been building in this valley since I was sixteen. I do not take kindly to being made the villain of someone's political career.

I understand Councillor Powell's family runs the café on Stryd Fawr in Pontcerrig, the one with the flat above it where her parents live. It's an old building. Lots of timber. Those old places go up like a box of matches if there's ever a problem with the wiring, and it would be a shame, a real shame, if anything like that happened to a family business just when it's doing so well. I'd hate for Councillor Powell to have to deal with that sort of worry on top of her committee work.

I trust that you will speak to Councillor Powell before the 19th and help her to see the application in a more balanced light.

Yours sincerely,

Lyndon Vaughan
Managing Director
Vaughan Build (Cymru) Ltd

Registered in Wales No. 00000000. This email and any attachments are confidential and may be legally privileged.
""",
      tags=("veiled", "implicit", "conditional"))

c.add("safety", subject="Ameninţare la magazin - threat to my shop because of Labour poster",
      sender=("Ionuț Dumitrescu", "ionut.dumitrescu.ro@yahoo.com"),
      body=f"""Dear Madam Secretary of Labour Party,

My name is Ionut Dumitrescu, I am owner of "Carpati Mini Market" on Commercial Street in Treharne, since 2019. I am writing to you because your volunteer Mr. Bryn give me this email when he came in shop, he said if any problem I must write to secretary.

I want to report a serious situation. Two weeks ago I have agreed to put in my window the poster of your candidate for the by-election, because she helped my wife with the housing problem last year, she is a good person and I want to support. I am not member of any party, I am just a small business.

Last Friday evening, around 8 o clock, two men came in the shop. They are not customers, I never see them before. One of them, big, maybe 40 years, took the poster from the window with his hand and put it on the counter. He said me: "You foreigners put this in your window again, we burn this place with you inside it." The other one was laughing and was filming with the phone. Then they take some drinks and leave without paying. My daughter of 15 years was in the back and she heard everything, now she is afraid to help in the shop.

I have called the police the same night and they gave me the number of the crime, I can send it. The officer said it is hate crime. But I want also that the Labour Party knows what is happening, because maybe other shops have same problem, and maybe your candidate is also in danger, because these men they was very angry about her.

I am sorry my English is not perfect. I don't want to make problems. I just want to be safe and to know if your party can help or speak with the police also.

Thank you very much.

Respectfully,
Ionut Dumitrescu
Carpati Mini Market, Commercial Street, Treharne
""",
      tags=("non-native", "third-party-report", "explicit", "conditional"))

c.add("safety", subject="FW: RE: RE: Branch WhatsApp / Cwmgarw minutes - please see below, not acceptable",
      sender=("Alun Pritchard", "alun.pritchard@hotmail.co.uk"),
      body=c.forward(
          f"""Rhian,

I'm forwarding you the chain below as Chair of the Cwmgarw branch because I honestly don't know what the procedure is and I'm not comfortable dealing with this on my own. It started as a row about the minutes and it has gone somewhere it should never have gone. Please read to the bottom. Delyth has seen it and is very upset, and her husband wants to go to the police. I've told him I'd support that.

Can we speak tomorrow? I think this needs to go to the region as well.

Alun""",
          """From: Rhodri Bowen <rhodri.bowen1971@gmail.com>
Sent: Sunday 22:41
To: Delyth Jenkins; Alun Pritchard; Cwmgarw branch officers
Subject: RE: RE: Branch WhatsApp / Cwmgarw minutes

Delyth,

You can "correct" the minutes all you like. Everybody in that room knows what was said and everybody knows you doctored them to make me look like the bad guy with the region. It's pathetic.

I'll say this once and then I'm done with emails. You've got a lot to say for yourself in meetings. Let's see how much you've got to say when it's just you and me and there's no Chair to hide behind. You walk that dog past my sister's house every night at ten, you know. I'd be careful where you walk it.

Rhodri

-----Original Message-----
From: Delyth Jenkins
Sent: Sunday 19:02
To: Rhodri Bowen; Alun Pritchard; Cwmgarw branch officers
Subject: RE: Branch WhatsApp / Cwmgarw minutes

Rhodri, the minutes record that you were asked twice by the Chair to stop interrupting and that you left the meeting at 8.15. That is what happened. If you want to propose a correction you can do that at the next meeting in the usual way. I will not be changing them by email. Delyth (branch secretary)""",
          "Rhodri Bowen <rhodri.bowen1971@gmail.com>",
          "RE: RE: Branch WhatsApp / Cwmgarw minutes",
          style="outlook"),
      tags=("quoted", "forwarded", "implicit", "third-party-report", "harassment"))

# ---------------------------------------------------------------------------------------
# HARD NEGATIVES
# ---------------------------------------------------------------------------------------

c.add("complaint", subject="Our client Mr Wyn Griffiths - administrative suspension - notice of intended proceedings",
      sender=("Morgan Price Solicitors", "disputes@morganpricesolicitors.example.co.uk"),
      body=f"""Our Ref: WG/MPS/0788

Dear Ms Evans,

We act for Mr Wyn Griffiths of Aberdulas, a member of the Labour Party and until recently Treasurer of the Aberdulas branch.

On the 11th of last month our client received an email from the Governance and Legal Unit informing him that he had been administratively suspended pending investigation of a complaint. No details of the complaint were given. Our client has since learnt, from other members, that officers of {CLP}, including yourself, were informed of the suspension before he was, and that it was referred to at the CLP Executive Committee in terms which suggested that he had misappropriated branch funds.

Our client categorically denies any impropriety. The branch accounts for the relevant period were audited and approved at the branch AGM. Any suggestion to the contrary, communicated to third parties, is defamatory.

Our client is entitled, under the Labour Party Rule Book and the contract of membership, to be dealt with fairly, to be told the substance of the allegations against him, and to be given an opportunity to respond. None of this has happened. We are in separate correspondence with the party's legal department on the question of the suspension itself.

In relation to the CLP we ask that you:

1. confirm whether the suspension, or any allegation concerning branch finances, was discussed at any meeting of the CLP Executive Committee or General Committee, and provide copies of the relevant minutes;
2. confirm the names of any persons to whom the allegation was communicated;
3. undertake that no further statements will be made by CLP officers concerning our client's conduct pending the outcome of the investigation.

We look forward to your response within 14 days. In default, our client reserves his right to seek injunctive relief and damages without further notice, and we will refer to this letter on the question of costs.

Yours sincerely,

Morgan Price Solicitors

Morgan Price Solicitors is authorised and regulated by the Solicitors Regulation Authority. This email is confidential and may be subject to legal professional privilege.
""",
      tags=("hard-negative", "legal-threat"))

c.add("complaint", subject="FINAL DEMAND - invoice INV-4471 - notice of intention to issue County Court proceedings",
      sender=("Gwasg y Cwm Print Ltd - Accounts", "accounts@gwasgycwm.example.co.uk"),
      body=f"""Dear Sir/Madam,

Account: {CLP}
Invoice: INV-4471 (A4 two-colour leaflets, 12,000; A3 window posters, 500)
Amount outstanding: £1,486.20 (including VAT)
Original due date: 30 days from invoice

We refer to our invoice above, our statement of the 2nd and our reminder letter of the 16th, none of which has been answered.

The goods were ordered by your agent, Mr Iwan Thomas, by email, were printed to your supplied artwork and approved proof, and were collected from our premises by your volunteers. We hold a signed collection docket. No complaint about the quality of the goods has ever been made to us.

We appreciate that political parties often rely on volunteers and that invoices can go astray when officers change. We have therefore telephoned twice and left messages. We are a small family business and we cannot carry debts of this size.

Please treat this letter as a letter before action in accordance with the Pre-Action Protocol for Debt Claims. Unless payment in full, or a reasonable proposal for payment, is received within 30 days of the date of this letter, we intend to issue proceedings in the County Court without further reference to you. We will also claim statutory interest and compensation under the Late Payment of Commercial Debts (Interest) Act 1998, which would increase the sum payable.

Payment may be made by bank transfer to the account shown on the invoice, quoting INV-4471. If you dispute the debt, please tell us why in writing as soon as possible.

We would much rather resolve this amicably and keep printing for you at the next elections, as we have done for the past fifteen years.

Yours faithfully,

Menna Howells
Accounts Manager
Gwasg y Cwm Print Ltd
Uned 4, Ystad Ddiwydiannol Glanrhyd, Pontcerrig

Registered in Wales. VAT No. GB 000 0000 00
""",
      tags=("hard-negative", "legal-threat"))

c.add("complaint", subject="Ysbyty Cwm Garw - the party is committing political suicide in these valleys",
      sender=("Cllr Glenys Parry", "glenys.parry@taf-valleys.gov.example.uk"),
      body=f"""Dear Rhian,

I am writing in my capacity as a member of the CLP and as a councillor for Cwmgarw for eighteen years, not on behalf of the council, so please treat this as a personal and political letter.

I want the Executive Committee to understand, in plain terms, the damage the health board's A&E decision is doing to us, and the further damage that our own silence is doing.

I was on the doorstep in Cwmgarw on Saturday and on Sunday. I lost count of the people who raised the hospital. Not one of them mentioned the Tories or Reform until I did. Every one of them said that Labour runs the Senedd, Labour runs the council, Labour appointed the health board chair, and Labour has let it happen. One woman, a lifelong Labour voter whose husband died of a heart attack in the ambulance bay at Garw in 2019, told me that the decision would be the death of the valleys and that we would be the ones to bury them. I did not have an answer for her.

If we allow this to go through without so much as a motion at GC, we are committing political suicide in the valleys. We will be wiped out in Cwmgarw, Treharne and Llwynderw at the council elections, and we will deserve it.

I therefore ask:

1. That the EC places an emergency motion on the agenda of the next GC opposing the downgrade and calling on our MS and the Health Secretary to intervene;
2. That the CLP writes to the health board formally, as it did in 2014;
3. That our MS, Mr Rowlands, is invited to the next GC to explain himself.

I have never written a letter like this in eighteen years of membership. I am angry, and I think I have a right to be. We will fight this with everything we have, and I want the party at my side, not on the other side of the barricade.

Yn gywir,

Glenys Parry
Cynghorydd / Councillor, Cwmgarw
""",
      tags=("hard-negative", "metaphor", "angry"), also=("procedural",))

c.add("query", subject="Press enquiry: threats against councillors - request for comment by Wednesday",
      sender=("Sioned Watkins", "sioned.watkins@valleysobserver.example.co.uk"),
      body=f"""Dear Ms Evans,

I am a reporter at the Valleys Observer. I'm writing a feature for next week's edition on the abuse and intimidation of local councillors and candidates across the county, and I would like to include a response from {CLP}.

By way of background, the piece will report that:

- In the neighbouring borough, a Plaid Cymru councillor had a brick thrown through her front window in March, and an independent councillor received a letter containing a threat to her family. Both matters were reported to the police and one man has been charged.
- A survey by the Welsh Local Government Association found that a majority of councillors in Wales who responded had experienced abuse, and that a significant number said they would not stand again as a result.
- Several councillors we have spoken to, from all parties, say they have had to stop holding surgeries in public venues.

Nothing in the article concerns any member of your party specifically, and I am not aware of any incident involving Labour councillors in this constituency, though if there is anything you would like us to know I would of course treat it with care.

My questions for the CLP are:

1. Has the CLP changed the way it organises public events or canvassing because of concerns about safety?
2. Does the party offer any support or training to candidates on personal safety?
3. Would you, or another officer, be willing to be quoted on whether the level of abuse is putting people off standing for election in the valleys?

A statement of a few lines would be very welcome. My deadline is Wednesday at 5pm.

Diolch yn fawr,

Sioned Watkins
Reporter, Valleys Observer
Ffôn/Tel: 01443 000 000
""",
      tags=("hard-negative", "news-about-threats"))

c.add("bulk", subject="Cylchlythyr Diogelwch / Safety Bulletin: lone working for union reps and community organisers",
      sender=("Community Organising Unit", "organising@valleysunionbranch.example.org.uk"),
      headers=c.list_headers("Valleys Branch Reps", domain="lists.valleysunionbranch.example.org.uk"),
      body="""SAFETY BULLETIN - LONE WORKING
Issued to: branch reps, workplace contacts, community organisers and affiliated CLP delegates

Colleagues,

Following the branch health and safety committee last month, we are re-issuing our guidance on lone working. Reps increasingly visit members at home, meet them in cafés, travel between workplaces and attend evening meetings on their own. Most of the time this is perfectly safe. But the committee heard from two reps who found themselves in situations that could have gone badly, and we want everyone to think about their own arrangements.

1. Plan ahead. Before any visit or meeting away from your usual workplace, tell someone where you are going, who you are meeting and when you expect to finish. Use the "buddy" text system: message your buddy on arrival and on leaving.

2. Venues. Wherever possible, meet members in public places or union premises, not in private homes. If you must visit a home, go in pairs.

3. Travel. If you are driving, park facing the way out and in a well-lit place. If you rely on buses, check the last bus times in advance, particularly in the upper valleys where evening services have been cut.

4. Personal alarms. The branch has a supply of personal safety alarms which are free to reps. Contact the branch office.

5. If something goes wrong. If you feel threatened, leave. You are never expected to stay in a situation where you feel unsafe. Report incidents to the branch secretary, and to the police if appropriate.

6. Training. The regional office is running a half-day course, "Personal Safety and De-escalation for Reps", in Pontcerrig. Places are limited; book through your branch secretary.

Remember: the most dangerous phrase in lone working is "it'll be fine, it's only ten minutes".

In solidarity,

Branch Health & Safety Officer

--
You are receiving this because you are subscribed to the Valleys Branch Reps list.
To unsubscribe, email valleysbranchreps-leave@lists.valleysunionbranch.example.org.uk
""",
      tags=("hard-negative", "benign-violent-word", "list"))

c.add("procedural", subject="Draft minutes - Executive Committee, 4th - for approval",
      sender=("Ceri Lewis", "ceri.lewis.cwmtaf@gmail.com"),
      body=f"""Rhian,

Draft minutes of the EC below for you to check before they go out with the GC papers. I've marked one item I wasn't sure how to word.

{CLP.upper()} - EXECUTIVE COMMITTEE
Held at: Treharne Workmen's Hall, Committee Room
Present: Chair (Mair Hopkins), Vice Chair, Secretary (R. Evans), Treasurer, Women's Officer, Membership Secretary, Youth Officer, 2 x branch reps. Apologies: Political Education Officer, TULO.

1. Minutes of previous meeting. Approved as a correct record.

2. Matters arising. Treasurer reported that the printer's invoice has been queried with the agent and will be settled once the quantity is confirmed.

3. Security at meetings. The Chair reported on the regional briefing circulated following recent national incidents, including the attacks on MPs' offices elsewhere in the UK and the threats reported in the press against councillors in neighbouring authorities. Members discussed whether the CLP's current arrangements were adequate. It was noted that no specific threat had been received locally. Agreed: (a) meeting venues to be circulated by email to members only, not posted publicly; (b) the Secretary to ask each venue for its emergency procedures and fire evacuation plan; (c) a volunteer "door steward" to be nominated for each GC; (d) the Women's Officer to organise a personal safety session for candidates, using the region's trainer. [Rhian - is it OK to mention the national incidents like this or would you rather I kept it general?]

4. By-election, Llwynderw. Agent reported on progress. Target is 2,000 contacts by polling day. Agreed to prioritise the Maes yr Haf and Heol y Coed area.

5. Membership. 612 members, down 14 since last report. Membership Secretary to contact those in arrears.

6. GC agenda. Agreed as circulated, with the addition of the emergency motion on Ysbyty Cwm Garw if received in order.

7. AOB. None.

Meeting closed 9.05pm.

Ceri
Assistant Secretary
""",
      tags=("hard-negative", "news-about-threats"))

# ---------------------------------------------------------------------------------------
# COMPLAINTS
# ---------------------------------------------------------------------------------------

c.add("complaint", subject="Cwyn ffurfiol: gohebiaeth uniaith Saesneg / Formal complaint: English-only communications",
      sender=("Eirlys Tomos", "eirlys.tomos@gmail.com"),
      body=f"""Annwyl Ysgrifennydd,

Rwy'n ysgrifennu i wneud cwyn ffurfiol am y ffaith fod bron pob gohebiaeth gan y Blaid Lafur Etholaethol yn uniaith Saesneg. I will set out the complaint in English as well, so that there is no doubt about what I am asking.

I have been a member of the CLP for nine years. I am a first-language Welsh speaker, as are roughly one in five people in the upper part of the constituency, and as are a good number of our members in Cwmgarw and Nantyrhos. In the past twelve months I have received from the CLP: notices of eleven meetings, three sets of GC papers, a ballot for the officer elections, and a members' newsletter. Not one of these was bilingual. The AGM notice, which I was told was "a legal document, so it has to be in English", was nothing of the sort.

At the GC in May, when I asked whether I might speak in Welsh, the Chair said that there were no translation facilities and that I should "stick to English so everyone can follow". I did so, but I was embarrassed and, frankly, insulted.

Welsh Labour has rightly committed to a million Welsh speakers by 2050. It is hard to take that seriously when our own CLP treats the language as an inconvenience.

I ask the Executive to:

1. adopt a Welsh language policy for the CLP, with the aim that all notices to members and all public material are bilingual;
2. make clear that members may speak in Welsh at meetings, and explore low-cost ways of providing interpretation (several members would volunteer);
3. apologise for the remark at the May GC.

I would be grateful for a reply, in either language.

Yn gywir,

Eirlys Tomos
Cangen Nantyrhos / Nantyrhos branch
""",
      tags=("formal",))

c.add("complaint", subject="Resignation of membership",
      sender=("Raymond Jeremy", "ray.jeremy@talktalk.net"),
      body=f"""Dear Ms Evans,

Please accept this letter as notice that I am resigning my membership of the Labour Party, with immediate effect. I have cancelled my direct debit.

I joined the party in 1966, the year of Aberfan, when I was seventeen and working underground at the Merthyr Vale. I have been a member through Wilson, Callaghan, Foot, Kinnock, Smith, Blair, Brown, Miliband, Corbyn and Starmer, and I have disagreed with most of them about something. I stayed because I believed the party was on the side of people like the ones I grew up with.

I do not believe that any longer.

The decision last year to take the winter fuel payment away from pensioners like me, and then the half-hearted partial reversal, was the final straw, but it was not the only one. I have watched this government talk about "tough choices" while the people making the choices have never had to choose between heating and eating in their lives. I have neighbours on Heol Glan who sit in their coats in the evening. I have one who spent the winter in the library because it was warm.

I raised this at my branch meeting, politely. I wrote to the MP and received a reply which did not address a single point I made. I asked for it to be discussed at GC, and was told there was no time on the agenda.

I do not expect this letter to change anything. I am writing it because I think someone in this party should know why people like me are leaving, and because I would like it recorded. I would ask that you read it out at the next GC, or at least report that I have resigned and why.

I wish you personally well. I know the secretaries do a thankless job.

Raymond Jeremy
(formerly Treharne branch)
""",
      tags=("formal",))

c.add("complaint", subject="Posters and placards on the Clwb Rygbi Pontcerrig boundary fence",
      sender=("Dilwyn Rees", "secretary@pontcerrigrfc.example.co.uk"),
      body=f"""Dear Secretary,

I write on behalf of the committee of Pontcerrig RFC.

Over the weekend, members of your party fixed some thirty posters and two large correx boards to the club's boundary fence along the main road, and one on the scoreboard. Nobody asked the club's permission. When our groundsman removed them on Sunday morning, he was told by a gentleman who said he was a Labour councillor that "the club's always been Labour" and that the boards "had every right to be there".

With respect, they had no right at all. The fence and scoreboard are club property. The club is a community amateur sports club with members of every political persuasion, and our constitution requires us to be non-political. We have a sponsor's board on that fence which we are contractually obliged to keep clear.

The committee asks that:

1. no further material is placed on any club property;
2. the CLP confirms in writing that it has instructed its members accordingly;
3. the CLP collects the boards, which are being kept in the clubhouse store, by the end of this week, after which they will be disposed of.

We are also unhappy with the manner in which our groundsman was spoken to. He is seventy-four and has given fifty years to the club. An apology to him would be appreciated.

Regards,

Dilwyn Rees
Honorary Secretary, Pontcerrig RFC
""",
      tags=("formal",))

c.add("complaint", subject="Treatment of constituency casework - repeated failure to respond",
      sender=("Bronwen Caddick", "bronwen.caddick@sky.com"),
      body=c.quote_reply(
          f"""Ms Evans,

Thank you for your reply. I note that you "cannot comment on casework" and that you have "passed my concerns to the MP's office". I have been passed to the MP's office four times. The MP's office then tells me to speak to the council. The council tells me to speak to the housing association. The housing association tells me it is waiting for the council. I am writing to you because the CLP is the only part of this arrangement that is meant to answer to members, and I am a member.

My mother is eighty-six. She has been waiting fourteen months for an adaptation to her bathroom, since the occupational therapist assessed her as needing a level-access shower. In that time she has fallen twice. The second fall put her in Ysbyty Cwm Garw for nine days.

I am not asking the CLP to fix the housing association. I am asking the CLP to tell the MP's office that when a member writes four times, the member is owed a proper reply: a named caseworker, a timescale, and an explanation of what has been done. I would also like to know if there is a complaints procedure for the MP's office, because I intend to use it.

I am not a difficult person. I have been made into one.

Bronwen Caddick
Pontcerrig branch""",
          f"""Dear Mrs Caddick,

Thank you for your email. I am sorry to hear about your mother's situation.

As CLP secretary I'm afraid I cannot comment on or intervene in individual casework, which is handled by the MP's constituency office. I have forwarded your message to the office manager and asked that someone contacts you.

Kind regards,
Rhian Evans
Secretary, {CLP}""",
          quoted_from=f"{SEC_FULL} <{SEC_ADDR}>"),
      also=("query",), tags=("quoted", "formal"))

# ---------------------------------------------------------------------------------------
# PROCEDURAL
# ---------------------------------------------------------------------------------------

c.add("procedural", subject="Senedd selections: closed list procedure - CLP nominations and timetable",
      sender=("Welsh Labour - Selections", "selections@welshlabour.example.cymru"),
      body=f"""I: Ysgrifenyddion y Pleidiau Llafur Etholaethol / To: CLP Secretaries

Annwyl gyfeillion, Dear colleagues,

Selection of candidates for the Senedd: nominations from CLPs

Following the decision of the Welsh Executive Committee, we write to set out the procedure by which CLPs within each new Senedd constituency may make nominations to the selection process for candidates on the closed lists.

1. Who may be nominated. Any member who has applied through the online application process and been approved for longlisting by the selections panel. The list of longlisted applicants will be sent to CLP secretaries once the panel has met.

2. Nomination meetings. Each CLP may hold one nomination meeting. Notice must be given to all eligible members at least seven clear days before the meeting. The meeting may be held in person, online, or in hybrid form, provided that all eligible members have a fair opportunity to take part and vote. Members who require reasonable adjustments to participate should be able to request them through the CLP secretary.

3. Voting. Nominations are made by an exhaustive ballot. CLPs may nominate up to two applicants, of whom at least one must be a woman.

4. Gender balance. CLP secretaries are reminded of the gender balancing rules applying to the final lists, which are set out in the procedural guidelines enclosed.

5. Returns. The result must be submitted using the nomination return form, signed by the Chair and Secretary, to this address by the closing date.

6. Hustings. Applicants may not be asked to pay for hustings, and CLPs may not hold "private" hustings for selected applicants only.

Questions about the procedure should be sent to this address. We aim to reply within three working days.

Diolch am eich gwaith caled. Thank you for your hard work.

Uned Dethol / Selections Unit
Welsh Labour / Llafur Cymru
""",
      tags=("formal",))

c.add("procedural", subject="Nomination: Ffion Jenkins for Youth Officer - with supporting statement",
      sender=("Tomos Watkin", "tomos.watkin@outlook.com"),
      body=f"""Dear Rhian,

On behalf of the Aberdulas branch, I am submitting a nomination for the post of CLP Youth Officer at the forthcoming AGM. The branch agreed the nomination at its meeting on Monday (quorate, 14 present; nomination carried 12 for, 0 against, 2 abstentions).

Nominee: Ffion Jenkins
Membership number: (on Membersnet - Ffion has confirmed she is in good standing)
Branch: Aberdulas
Age: 19 (eligible under the rules for the youth officer post)
Proposer: Tomos Watkin
Seconder: Mererid Owen
Nominee's consent: Ffion has confirmed in writing (email below) that she consents to being nominated.

Supporting statement (150 words, as requested in the AGM notice):

"I joined the party at sixteen and have canvassed in every election since. I'm studying at the college in Pontcerrig and I work weekends at the leisure centre. Most young people I know have never been asked what they think by a political party. I want to change that. As Youth Officer I would set up a monthly young members' social, run a campaign on bus fares for under-21s, which is the number one issue my friends raise, and work with the college to hold a politics Q&A before the next elections. I'd also make sure our meetings are somewhere young members can actually get to. I'm not afraid of hard work, and I'd be proud to represent young members on the Executive."

Could you please confirm receipt, and let us know if anything else is needed?

Best wishes,

Tomos Watkin
Secretary, Aberdulas Branch

---
From: Ffion Jenkins
I confirm I consent to being nominated for CLP Youth Officer. Ffion
""",
      tags=("formal",))

c.add("procedural", subject="Proposed amendments to CLP standing orders - for the AGM",
      sender=("Hywel Edmunds", "hywel.edmunds@btinternet.com"),
      body=f"""Dear Secretary,

The Treharne branch has asked me to submit the following amendments to the CLP's standing orders, for consideration at the AGM. I understand from the model procedural rules that amendments to standing orders require notice and a two-thirds majority of those present and voting, and that they take effect only once approved by the Regional Director. I would be grateful if you could confirm the deadline for such amendments and let me know if they are in order.

Amendment 1 (Standing Order 5 - Meetings)
Delete: "The General Committee shall meet at Pontcerrig Community Centre unless the Executive Committee determines otherwise."
Insert: "The General Committee shall meet in rotation between venues in the north, centre and south of the constituency, to be agreed by the Executive Committee at the start of each year. At least two meetings each year shall be held in hybrid form."

Reason: members in Treharne and Llwynderw have no evening bus to Pontcerrig after 7.10pm.

Amendment 2 (Standing Order 9 - Motions)
Delete: "Motions must be received by the Secretary fourteen days before the meeting."
Insert: "Motions must be received by the Secretary ten clear days before the meeting and shall be circulated to delegates not less than seven clear days before the meeting."

Reason: at present, motions are received in time but sometimes circulated only the day before.

Amendment 3 (Standing Order 12 - Speaking)
Insert new paragraph: "The Chair shall, so far as practicable, call speakers alternately for and against a motion, and shall not limit the time of one side without equally limiting the other."

Reason: to ensure fairness in contested debates.

Proposed: Hywel Edmunds
Seconded: Olwen Probert
On behalf of Treharne branch (agreed at branch meeting, 9 members present)

Yours faithfully,

Hywel Edmunds
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# DATA PROTECTION
# ---------------------------------------------------------------------------------------

c.add("data-protection", subject="ICO case reference IC-000000-X0X0 - complaint from Mr Daniel Hopkin",
      sender=("Information Commissioner's Office", "casework@ico-example.org.uk"),
      body=f"""Case Reference Number: IC-000000-X0X0

Dear Ms Evans,

Complaint about {CLP}

We have received a complaint from Mr Daniel Hopkin about the way in which {CLP} has handled his personal information. We are writing to you because we understand from our records and from Mr Hopkin that you act as the contact for the CLP's correspondence.

Mr Hopkin says that on the 12th of May he made a request for erasure of his personal data and asked that he should no longer receive text messages from the CLP. He says that he received an acknowledgement, but that he has since received three further text messages, most recently on the 1st of this month, promoting a by-election candidate.

We have not made any decision about whether the CLP has complied with data protection law or the Privacy and Electronic Communications Regulations. However, based on the information we currently hold, it appears that the CLP may not have acted on Mr Hopkin's objection to direct marketing.

We would like you to:

- reconsider Mr Hopkin's request and respond to him directly;
- explain to us what steps you have taken to make sure that he will not receive further marketing messages, including whether his details have been passed to, or are held by, any other part of the Labour Party;
- explain what procedures you have in place to deal with similar requests in future.

Please respond within 14 calendar days of the date of this letter.

We may use the information from this case, together with other information we hold, to decide whether to take further action. You can find guidance on political campaigning and direct marketing on our website.

Yours sincerely,

Case Officer
Public Advice and Data Protection Complaints Service
Information Commissioner's Office

Please do not reply to this email with new information about a different case. If you wish to respond, please quote the case reference number above.
""",
      tags=("formal",))

c.add("data-protection", subject="My address on your website",
      sender=("Mrs Olwen Davies", "olwen.davies34@btinternet.com"),
      body=f"""Dear Secretary,

I hope you will not mind me writing. My granddaughter showed me something on her telephone on Sunday which has upset me rather, and I did not know who else to ask.

She had been looking at the Labour party page for the Treharne area, the one with the pictures of the councillors and the news, and she found a page about the petition last winter to save the day centre on Heol Glan. I was one of the people who organised that petition with the ladies from the chapel, and I was very glad your councillor helped us. But on that page, under the photograph of us handing over the petition at the council offices, it gives my full name and says "Olwen Davies of 14 Maes y Dderwen, Treharne, who started the petition". My house number and street are there for anyone to read.

I live on my own since my husband died. I am eighty-one. I do not think anyone would want to bother me, but my granddaughter says you can never be sure these days and that it is not right for my address to be there. Nobody asked me if they could put it.

Would you be kind enough to have my address taken off the page? I don't mind my name or the photograph being there, it was a happy day and I am proud of it. It's just the house. And if it has been put anywhere else, in a leaflet or a newsletter, I would be grateful if you could tell me.

I'm sorry to trouble you with something so small when you must be very busy.

With kind regards,

Olwen Davies (Mrs)
""",
      tags=("dp-no-legal-words", "confuser"))

# ---------------------------------------------------------------------------------------
# QUERY
# ---------------------------------------------------------------------------------------

c.add("query", subject="Hustings Gymunedol / Community hustings - invitation and questions about arrangements",
      sender=("Margaret Ellis-Hughes", "cytun.cwmgarw@gmail.com"),
      body=f"""Dear Ms Evans,

I am writing as secretary of Cytûn Cwmgarw, the churches together group for the upper valley, which has organised a community hustings before each election for many years.

We are hoping to hold a hustings for the Senedd election on a weekday evening in the second half of April, probably in the vestry of Capel Seion, which holds about 120 and has level access. We have written to all the parties standing in the constituency, and I am writing to you to ask who we should invite on behalf of Labour, and to check a few practical things before we send formal invitations.

1. Who should receive the invitation: the candidates themselves, or their agent? And could you let us have an email address that will reach them?
2. We understand that, because the election uses closed lists, more than one candidate from each party may be standing. Would your party prefer to send one speaker or more? We would like to be fair to every party and are minded to limit it to one speaker per party.
3. We intend to invite questions in advance from the public, and to allow some from the floor. Do your candidates have any objection to the meeting being recorded and put on the chapel's Facebook page?
4. We will conduct the meeting bilingually, with the chair speaking Welsh and English and simultaneous translation available through headsets. Please let us know if your speaker would like to use Welsh.
5. Are there any access requirements we should know about?

We have been asked by the community police officer to let her know the date once it is fixed, which we do for every hustings as a matter of course.

Thank you for your help.

Yn gywir,

Margaret Ellis-Hughes
Ysgrifennydd / Secretary, Cytûn Cwmgarw
""",
      tags=("formal",))

c.add("query", subject="Estate of the late Mr Idris Llewellyn - bequest to the CLP",
      sender=("Hopkins & Vaughan LLP (Private Client)", "probate@hopkinsvaughan.example.co.uk"),
      body=f"""Our ref: IL/PC/1190
Date: as email

Dear Sirs,

The Estate of Idris Llewellyn deceased, late of Glanrhyd, Pontcerrig

We act as solicitors for the executors of the above-named deceased, who died on the 28th of January of this year. We enclose (in the body of this email) an extract of the relevant clause of his will dated 2019:

"I GIVE the sum of Two Thousand Pounds (£2,000) free of tax to the Cwm Taf Valleys Constituency Labour Party for its general purposes, and I DIRECT that the receipt of the Treasurer or other proper officer for the time being of that party shall be a sufficient discharge to my Executors."

Before we can make payment, we should be grateful for the following information:

1. Confirmation that {CLP} is the body referred to in the will (we note that the constituency boundaries and names have changed since 2019, and we should be grateful if you would confirm that your CLP is the successor to the body the testator intended to benefit).
2. The name of the current Treasurer and confirmation that he or she is authorised to give a receipt on behalf of the CLP.
3. Bank details for the CLP account, on headed paper signed by two officers. For security reasons we will not accept bank details by email alone, and we will telephone to verify them before payment.
4. Whether the CLP is aware of any rules or reporting requirements that apply to its acceptance of the bequest; we understand that bequests to political parties above certain thresholds may be reportable to the Electoral Commission, and that this is a matter for you.

The executors anticipate being in a position to distribute within the next three months. We should be grateful for your reply at your convenience.

Yours faithfully,

Hopkins & Vaughan LLP

Hopkins & Vaughan LLP is authorised and regulated by the Solicitors Regulation Authority. Please be aware that we will never change our bank details by email.
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# URGENT
# ---------------------------------------------------------------------------------------

c.add("urgent", subject="Llwynderw by-election - nomination paper for your candidate - DEFECT - must be corrected by 12 noon tomorrow",
      sender=("Gwasanaethau Etholiadol / Electoral Services", "etholiadau@taf-valleys.gov.example.uk"),
      body=f"""Annwyl Asiant / Dear Agent,

Llwynderw Ward By-Election - Nomination of Ms Angharad Protheroe (Labour)

I am writing to inform you that, on checking the nomination paper delivered on behalf of your candidate this afternoon, the Returning Officer's staff have identified a problem which, unless it is corrected, would make the nomination invalid.

The problem: the electoral number given for the seconder (Mr Dafydd Lloyd) does not correspond to the entry on the current register of electors. The register shows Mr Lloyd at a different polling district and number. It appears that the number was copied from the previous year's register. The Returning Officer is not able to correct this on your behalf.

The deadline for the delivery of nomination papers is 4pm tomorrow. However, because a new paper would require all subscribers to sign again, the Returning Officer strongly recommends that a corrected paper be delivered by 12 noon tomorrow, so that it can be checked and any further problems identified in time.

You may either:
(a) deliver a new nomination paper with a seconder whose electoral number is correctly stated; or
(b) deliver a new paper with the same subscribers, with the correct electoral number for Mr Lloyd.

The consent to nomination and the certificate of party authorisation already delivered remain valid and need not be resubmitted.

Nomination papers must be delivered by hand to the Electoral Services Office, Canolfan Ddinesig, Pontcerrig. They may not be delivered by post, fax or email. The office will be open from 9am.

Please telephone us on 01443 000 111 if you have any questions. I am sorry to bring you this news at such short notice.

Yn gywir / Yours sincerely,

Electoral Services Officer
on behalf of the Returning Officer
Taf Valleys County Borough Council

Mae croeso i chi gysylltu â ni yn Gymraeg neu'n Saesneg. You are welcome to contact us in Welsh or English.
""",
      tags=("formal",))

c.add("urgent", subject="Re: Llwynderw leaflets - van off the road, collection needed by 8am tomorrow",
      sender=("Huw Tanner", "huw@gwasgycwm.example.co.uk"),
      body=c.quote_reply(
          f"""Rhian,

Bad news I'm afraid. Our delivery van failed its MOT this afternoon (brakes) and it won't be back until Thursday at the earliest. Your 6,000 polling-day-minus-two leaflets for Llwynderw are printed, guillotined and boxed and are sitting in the despatch bay now.

I know your volunteers are starting delivery at 10am tomorrow, so here is what we can do. The unit will be open from 7am tomorrow. If someone can get here with a car - ideally an estate, it's 12 boxes and they're heavy, about 14kg each - and collect by 8am, you'll have them in time. After 8am I'm afraid the despatch bay is booked for a council job (the recycling calendars, 40,000 of them) and your boxes will have to go into the back store, which means you wouldn't get them until after lunch.

Can you confirm tonight who's coming so I can tell Gareth on the early shift? He'll need a name. He won't let them go to anyone else.

Sorry, I know this is the last thing you need two days out.

Huw
Production Manager, Gwasg y Cwm Print Ltd""",
          f"""Hi Huw,

Just confirming our delivery of the 6,000 Llwynderw leaflets to the committee room (12 Heol y Coed) by 9am on the morning of the 14th, as per the order.

Thanks,
Rhian""",
          quoted_from=f"{SEC_FULL} <{SEC_ADDR}>", style="gmail"),
      tags=("quoted", "formal"))

# ---------------------------------------------------------------------------------------
# BULK
# ---------------------------------------------------------------------------------------

c.add("bulk", subject="Y Llythyr / The Letter - Welsh Labour members' update",
      sender=("Welsh Labour / Llafur Cymru", "newyddion@welshlabour.example.cymru"),
      headers=c.newsletter_headers("Action Network"), fmt="alt",
      body="""Y LLYTHYR / THE LETTER
Diweddariad i aelodau / Members' update

Annwyl gyfaill, Dear friend,

Welcome to this month's update for members of Welsh Labour.

Ymgyrch y Senedd / The Senedd campaign
With less than six months to go until the Senedd election, every CLP is now running a regular programme of campaign sessions. Over the last month members across Wales had more than 40,000 conversations on the doorstep. The top issues raised were the cost of living, waiting times in the NHS and the state of local bus services. Find your nearest campaign session on the events map.

Cynhadledd / Conference
Registration for Welsh Labour's spring conference is now open. Delegates must be registered by their CLP secretary. Motions and rule changes must be submitted through CLPs by the published deadline.

Addysg wleidyddol / Political education
Our autumn programme of online political education sessions continues, with sessions on the history of the Welsh labour movement, on how the new Senedd voting system works, and on organising in your community. All sessions are free and open to members.

Aelodaeth / Membership
Please check your membership details are up to date on Membersnet. If you have moved house, your CLP may have changed.

Diogelwch ar-lein / Staying safe online
A reminder that members can find guidance on protecting their personal information online, including how to set social media accounts to private and how to report abuse, on the members' resources page.

Diolch am bopeth rydych chi'n ei wneud. Thank you for everything you do.

Tîm Llafur Cymru / The Welsh Labour team

Hyrwyddwyd gan / Promoted by Welsh Labour, Transport House, Cardiff.
Rydych yn derbyn yr e-bost hwn fel aelod o'r Blaid Lafur. You are receiving this as a Labour Party member.
Dad-danysgrifio / Unsubscribe
""",
      tags=("newsletter",))

c.add("bulk", subject="Allan o'r swyddfa / Out of office: Re: Community Centre booking - AGM",
      sender=("Gwenllian Harris", "gwenllian.harris@taf-valleys.gov.example.uk"),
      headers=c.autoreply_headers("exchange"),
      body="""Diolch am eich neges. Rydw i allan o'r swyddfa tan ddydd Llun 17eg. Ni fydd eich neges yn cael ei hanfon ymlaen.

Ar gyfer ymholiadau brys am archebion canolfannau cymunedol, cysylltwch â'r Tîm Archebion ar 01443 000 222 neu archebion@taf-valleys.gov.example.uk.

Thank you for your message. I am out of the office until Monday 17th. Your message will not be forwarded.

For urgent enquiries about community centre bookings, please contact the Bookings Team on 01443 000 222 or archebion@taf-valleys.gov.example.uk. For matters relating to the safety of a building, including fire alarms, flooding or loss of power at a community centre outside office hours, please call the council's emergency line on 01443 000 000.

Gwenllian Harris
Swyddog Cyfleusterau Cymunedol / Community Facilities Officer
Cyngor Bwrdeistref Sirol Cymoedd Taf / Taf Valleys County Borough Council

Mae'r Cyngor yn croesawu gohebiaeth yn Gymraeg a Saesneg. Byddwn yn ymateb yn yr un iaith heb oedi.
The Council welcomes correspondence in Welsh and English. We will respond in the same language without delay.

Gall y neges hon gynnwys gwybodaeth gyfrinachol. Os nad chi yw'r derbynnydd bwriadedig, rhowch wybod i'r anfonwr a dilëwch y neges.
This message may contain confidential information. If you are not the intended recipient, please inform the sender and delete the message.
""",
      tags=("autoreply", "robot-no-list-headers"))

# ---------------------------------------------------------------------------------------
# OTHER
# ---------------------------------------------------------------------------------------

c.add("other", subject="Lease renewal - Clubhouse, Heol y Maes - our ref CV/LEASE/204",
      sender=("Beynon Thomas Solicitors - Property", "property@beynonthomas.example.co.uk"),
      body=f"""Dear Mr Bowen,

Renewal of Lease: Clubhouse and Grounds, Heol y Maes, Cwmgarw
Landlord: Taf Valleys County Borough Council
Tenant: Cwmgarw Valleys Rugby & Social Club Ltd

Further to our telephone conversation on Tuesday, we now write to confirm the position in relation to the renewal of the Club's lease, which expires at the end of March next year.

1. The Council's Estates Department has confirmed that it is willing in principle to grant a new lease of 25 years, subject to agreement of the rent and of a new repairing covenant relating to the roof of the clubhouse.

2. The Council's surveyor has proposed a rent of £4,200 per annum, which represents an increase of some 40% on the passing rent. We consider that this is high for a community sports club, and we suggest that the Club's committee considers instructing an independent surveyor to advise before we respond.

3. The Council has asked whether the Club would accept a break clause in the Council's favour after ten years. We would advise against this without a corresponding break in the Club's favour.

4. The Club's lease is protected under Part II of the Landlord and Tenant Act 1954. If agreement cannot be reached, the Club would be entitled to apply to the court for a new tenancy. We do not anticipate that this will be necessary.

We should be grateful if you would put the above to the Club's committee at its next meeting and let us have the committee's instructions. We would also be grateful for a copy of the Club's most recent accounts.

Yours sincerely,

Beynon Thomas Solicitors

[Sent to: ysgrifennydd@cwmtaflabour.cymru - if you are not Mr Gareth Bowen, Secretary of Cwmgarw Valleys Rugby & Social Club Ltd, please notify us and delete this email.]

Beynon Thomas Solicitors is authorised and regulated by the Solicitors Regulation Authority. This email is confidential and may be legally privileged.
""",
      tags=("misdirected",))

c.write()
