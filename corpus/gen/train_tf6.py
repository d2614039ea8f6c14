"""train_tf6: more personas writing to the secretary of Tynebridge CLP (Mark Dodds).

Personas: Fernanda Costa (Brazilian NHS nurse), Leanne Bainbridge (MP's office manager),
"kevin-john: Ridley" (sovereign-citizen constituent), Dave Robson (local printer),
Haji Mohammed Rafiq (mosque elder and branch officer), Colin Armstrong (CLP treasurer),
Jordan Pike (17, sends a "joke" threat) and his mother Donna. MP: Alison Shields.
All invented.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tf6", seed=1606)
SEC = "%s <%s>" % c.secretary()

FERN = ("Fernanda Costa", "fernandacosta.rn@hotmail.com")
LEANNE = ("Leanne Bainbridge", "leanne.bainbridge@parliament-office.example.uk")
KEVIN = ("kevin-john: Ridley", "kj.ridley.livingman@protonmail.com")
DAVE = ("Dave Robson", "dave@tynesideprint.co.uk")
RAFIQ = ("Mohammed Rafiq", "haji.m.rafiq@yahoo.co.uk")
COLIN = ("Colin Armstrong", "colin.armstrong.treasurer@gmail.com")
JORDAN = ("xJordzx", "jordz.pike08@gmail.com")
DONNA = ("Donna Pike", "donnapike76@hotmail.co.uk")

P_FC = "persona-fernanda-costa"
P_LB = "persona-leanne-bainbridge"
P_KR = "persona-kevin-ridley"
P_DR = "persona-dave-robson"
P_MR = "persona-mohammed-rafiq"
P_CA = "persona-colin-armstrong"
P_JP = "persona-jordan-pike"

LEANNE_SIG = """
Leanne Bainbridge | Office Manager
Office of Alison Shields MP, Member of Parliament for Tynebridge
Front Street, Tynebridge | 0191 496 0450

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Casework information is handled in accordance with the MP's privacy notice and must not be shared with the constituency Labour party."""

# ---------------------------------------------------------------- Fernanda Costa (nurse)
c.add("query", sender=FERN, subject="Is there group for health workers?",
      body="""Hello Mark, all good?

I am Fernanda, I joined the Labour in March, I am nurse in A&E at Tynebridge General since 9 years. I am from Brazil (São Paulo) but living here long time.

I want to ask if there is some group in the party for people who work in NHS? Because in my ward many people are angry and want to do something, but not all want to go in the branch meeting with the minutes and the motions, sorry :) Maybe something more practical?

Thank you!
Fernanda""", tags=(P_FC, "non-native"))

c.add("complaint", sender=FERN, subject="corridor care - I need to say this",
      body="""Mark,

I come from a night shift and I cannot sleep so I write this.

Last night in A&E we have 23 patients in the corridor. Twenty-three. One lady, 91 years, was 31 hours on a trolley next to the toilets. She cried because she was ashamed, she could not get to the toilet in time and everybody see. I am nurse 20 years, in Brazil and here, and I never feel so ashamed of my job.

The government say "we fix the NHS". Alison say in the leaflet "waiting lists are coming down". Maybe in the statistics. Not in my corridor. Corridor care is killing people, this is not exaggeration, we see it. And the staff also are dying inside, three of my team are on sick with stress.

I want Alison to come to A&E, not for photo with the manager at 10am, but on Friday night at 2am. Then she can tell me the waiting lists are coming down.

Fernanda""", tags=(P_FC, "non-native", "hard-negative", "metaphor", "angry"))

c.add("safety", sender=FERN, subject="a man in the waiting room said something about Alison",
      body="""Hello Mark,

I am not sure if I must tell this, but my colleague says yes.

Yesterday in A&E, in the waiting room, a man was very angry because he wait 9 hours with his father. I was triaging. He see my Labour badge on my lanyard (the rose one, from conference). He say: "Labour, is it? Tell your Alison Shields I'll put her in here myself. She can wait on a trolley when I'm done with her. I know she does her surgery at the library on a Friday." Then security come and he calm down.

I know people say things when they are stressed, I hear everything in A&E. But he said the library and the Friday. This is very specific, no?

I did not take his name, it is on the system but I cannot share because of confidentiality. I told my manager and she say to tell the police also, so I did. Reference number 0209 of 14th.

I take off my badge at work now.

Fernanda""", tags=(P_FC, "third-party-report", "explicit", "non-native"))

c.add("procedural", sender=FERN, subject="Motion for GC - corridor care (St Hild's branch)",
      body="""Dear Mark,

St Hild's branch agree this motion last Tuesday, 14 votes for, 0 against. The branch secretary ask me to send because I write it. Brian help me with the English.

CORRIDOR CARE

This CLP notes that patients at Tynebridge General are regularly treated in corridors, with waits of more than 24 hours in A&E, and that the Royal College of Nursing has described corridor care as unsafe and undignified.

This CLP believes that no patient should be treated in a corridor and that staff must not be forced to provide care in unsafe conditions.

This CLP calls on Alison Shields MP to visit the emergency department out of hours, and to press the Health Secretary for a date by which corridor care will end.

Proposer: Fernanda Costa (St Hild's)
Seconder: Paul Hedley (St Hild's)

Obrigada!
Fernanda""", tags=(P_FC, "non-native"))

c.add("procedural", sender=FERN, subject="apologies GC",
      body="""Hi Mark, please put apologies from me for the GC on Thursday, I am on nights the whole week. Paul will move the corridor care motion in my place, he know it well. Thank you, Fernanda""", tags=(P_FC, "non-native"))

c.add("urgent", sender=FERN, subject="my signature on the St Hild's nomination - problem!!",
      body="""Mark, sorry, urgent!!

I am one of the 10 people who sign the nomination paper for Paul for St Hild's by-election. Today I receive my new poll card and my elector number is DIFFERENT from what I write on the form (because I move flat in January, I forgot!). Now it is SH2-0481, not SH1-1170.

The nominations close tomorrow at 4pm, no? If my line is wrong maybe the council reject the whole paper?? Who has the paper now? I can come and sign again tonight or tomorrow morning before work, I finish at 8am.

Fernanda 07700 900 372""", tags=(P_FC, "non-native"))

c.add("data-protection", sender=FERN, subject="what is written about me in the list?",
      body="""Hello Mark,

Last week at the branch meeting, the branch secretary has the members list on the table and I see my name, and next to it is written "Brazilian - can't vote in GE". It is true, I can vote only in local election. But I feel strange that this is written, and who can see this list? Everybody in the branch?

I don't want my nationality written next to my name where everybody can read. Please can you ask them to remove this, and tell me what more is written about me.

Thanks,
Fernanda""", tags=(P_FC, "non-native", "confuser", "dp-no-legal-words"))

c.add("query", sender=FERN, subject="canvassing rota",
      body="""Hi Mark! When the rota for the St Hild's by-election is ready can you shoot me a text? I'm dead on my feet this week after 4 nights but next week I am off Tuesday to Friday and I can do a lot of doors. Also can I bring my husband Rafael, he is not member but he wants to help (and he has car, so he can carry the leaflets 😄). Bjs, Fernanda""", tags=(P_FC, "non-native", "hard-negative", "benign-violent-word"))

c.add("safety", sender=FERN, subject="I need advice - confidential",
      body="""Mark, I write to you because I don't know who else in the party I can ask, and please keep this between you and the MP's office.

Last night we treated a man in Resus after a fight. When we remove his jacket his phone fall and the screen was open: it was a photo of Alison Shields' house, the front door and the car, and under it a message he was writing to somebody: "this is hers. thursday night when the husband's away. bring the stuff."

I did not read more, I put the phone in his property bag. But I cannot stop thinking. I told the nurse in charge and the hospital security, and they called the police who came this morning. But I am worried they don't connect it with Alison, because I don't know what the police tell the MP.

I cannot give you his name, you understand, it is confidentiality. But I think Alison's office must know that the police have this information, and ask them.

Fernanda""", tags=(P_FC, "third-party-report", "implicit", "stalking", "non-native"))

# ---------------------------------------------------------------- Leanne Bainbridge (MP's office)
c.add("safety", sender=LEANNE, subject="CONFIDENTIAL - threats log, w/e 14 March - for CLP officers",
      body="""Mark,

As agreed with the EC, here is the weekly summary of threats and abusive contact received by the office that may be relevant to CLP officers and volunteers. Please keep to officers only. Full details are held by the office and the police.

1. Email, Mon: anonymous sender, "Shields will be dealt with like the last one". Reported to Northumbria Police and Operation Bridger (ref OB-26-1142).
2. Phone, Tue 16:40: male caller, withheld number, asked repeatedly which door staff use to leave the Front Street office and what time they lock up. Refused to give name. Reported.
3. Facebook, Wed: comment on the MP's page naming the caseworker Jess by first name and saying "she parks on Albert Terrace, tell her to watch her tyres". Jess is now parking elsewhere. Reported to Meta and police.
4. Letter, Thu: handwritten, posted locally, containing a photocopy of the CLP's AGM notice with the secretary's and chair's names circled. No text. Passed to police for forensic examination.

Items 3 and 4 touch on CLP officers. Mark, given item 4, the police would like to speak to you and the chair this week about your own security - I've given them your number. Please also remind volunteers not to leave the office alone after 6pm.

Thanks,
Leanne
""" + LEANNE_SIG, tags=(P_LB, "third-party-report", "embedded", "doxxing", "implicit", "explicit"))

c.add("urgent", sender=LEANNE, subject="Tomorrow's surgery CANCELLED - please tell the volunteers today",
      body="""Mark,

On police advice, tomorrow's (Friday) surgery at Haddon Bank library is cancelled. Constituents with appointments are being phoned by the caseworkers today and offered phone appointments.

Could you please let the three CLP volunteers who were due to help with the welcome desk know today, and ask them not to go to the library? Please don't give a reason beyond "change of arrangements" - we'd rather this wasn't on Facebook.

Many thanks,
Leanne
""" + LEANNE_SIG, tags=(P_LB,))

c.add("procedural", sender=LEANNE, subject="MP's written report for the GC - 19 March",
      body="""Dear Mark,

Please find below Alison's written report for circulation with the GC papers. She sends her apologies as the House is sitting on Thursday.

REPORT FROM ALISON SHIELDS MP

Casework: 412 new cases since the last GC, of which 38% housing, 21% benefits and 14% immigration. Average time to first response: 3 working days.

Parliament: Spoke in the debate on the Renters' Rights Act implementation; asked the Health Secretary about corridor care at Tynebridge General (thanks to St Hild's branch for raising this); voted with the government on the Planning Bill.

Constituency: Visited Coalburn Primary, the Saltmeadows food bank, and the Rosedene care home (with thanks to members who work there for arranging it).

Surgeries: Changes to surgery arrangements are being made on police advice. Members will be told of revised arrangements through the CLP.

Alison is happy to take questions by email in advance.

Leanne
""" + LEANNE_SIG, tags=(P_LB,))

c.add("data-protection", sender=LEANNE, subject="Casework email forwarded to the Westgarth branch list",
      body="""Mark,

I'm afraid we have a problem. Yesterday the Westgarth branch secretary, who had been copied into a constituent's email to the MP (the constituent had cc'd half the world), forwarded that whole thread to the Westgarth branch email list with the comment "another one for the file". The thread includes the constituent's name, address, her immigration status and details of her son's mental health.

Casework is the MP's data, not the CLP's, and this shouldn't have gone any further. We need to:
- ask the branch secretary to send a follow-up asking everyone on the list to delete the email, without re-attaching it;
- confirm to us how many people were on that list;
- record it - the office will be logging it as a breach and deciding about the ICO today.

I'll contact the constituent myself. Could you ring me this morning?

Leanne
""" + LEANNE_SIG, tags=(P_LB,))

c.add("bulk", sender=("Alison Shields MP", "news@alisonshields.example.org.uk"),
      subject="Westminster Update from Alison - March",
      headers=c.newsletter_headers("NationBuilder"), fmt="alt",
      body="""WESTMINSTER UPDATE FROM ALISON SHIELDS MP

Dear friend,

It's been a busy month in Parliament and in Tynebridge.

KEEPING OUR DEMOCRACY SAFE
Many of you will have seen the news of the attack on a fellow MP at her constituency office last month. I know many constituents were shocked. The Home Office has now published new funding for the security of MPs' offices and of candidates at elections, following the Speaker's Conference report. Threats against elected representatives of every party are an attack on all of us and on the right of constituents to see their MP face to face. My surgeries will continue, though the format may change - details on my website.

CORRIDOR CARE
I asked the Health Secretary this week when corridor care will end at Tynebridge General...

SURGERIES
Book an appointment on 0191 496 0450.

You are receiving this because you signed up at alisonshields.example.org.uk. Unsubscribe.
Promoted by L. Bainbridge on behalf of Alison Shields, Front Street, Tynebridge.""", tags=(P_LB, "hard-negative", "news-about-threats", "newsletter"))

c.add("safety", sender=LEANNE, subject="FW: Voicemail from 07700 900 118 (0:47)",
      body=c.forward("""Mark - please see the transcript of a voicemail left on the office line overnight. Police are aware (ref 0331 of 2nd). The caller mentions the CLP office and "your secretary", so I'm sharing it with you directly. Please don't go to the CLP office alone this week.

Leanne""",
      """You have a new voicemail from 07700 900 118, received 02:14, duration 0:47.

Transcription (may contain errors):
"Yeah this is a message for Alison Shields. You and your lot are finished. I've been past your office, I've been past the Labour office on Compton Street, I know who goes in and out, I know your secretary with the glasses and the bike. I'm coming for the lot of you. Not tonight. But soon. You'll not see us coming."

Listen to the message in your inbox.
Vodafone Business Voicemail""",
      "Vodafone Voicemail <voicemail@vodafone.example.co.uk>", "Voicemail from 07700 900 118 (0:47)"),
      tags=(P_LB, "forwarded", "explicit", "third-party-report"))

c.add("safety", sender=LEANNE, subject="Item received at the office today - police informed",
      body="""Mark,

A brief note to officers, in confidence.

This morning the office received, by ordinary post, a padded envelope addressed to "Alison Shields MP - Personal". It contained a single spent bullet cartridge and a printed photograph of Alison's children at the school gate, taken from across the road. There was no note.

Staff followed the suspicious-items procedure: the envelope was set down, the room was cleared and the police were called. It has been taken away for examination. Alison and her family have been informed and are receiving advice.

We'd ask that nothing about this is shared on social media or in branch WhatsApps, at the police's request. I'm telling you so that the CLP officers are aware, given the other items this month.

Leanne
""" + LEANNE_SIG, tags=(P_LB, "suspicious-item", "third-party-report", "implicit"))

c.add("urgent", sender=LEANNE, subject="Security survey tomorrow 10am - need access to shared CLP room",
      body="""Mark,

The parliamentary security team are carrying out a survey of the Front Street office tomorrow (Wednesday) at 10am, and they need to see the upstairs room the CLP rents in the same building, because it shares the back stairs and the fire exit with us.

Could you, or someone with a key, meet them there at 10? It should take about 40 minutes. If nobody can make it, could you drop a key to us by 5pm today?

Thanks,
Leanne
""" + LEANNE_SIG, tags=(P_LB,))

c.add("query", sender=LEANNE, subject="Volunteers for the Tyneview gala stall?",
      body="""Hi Mark,

Alison is doing a "meet your MP" stall at the Tyneview community gala on Saturday 28 June, 11-3. Could the CLP provide three or four volunteers to help run it, in two shifts? Mainly handing out the casework leaflets and the kids' colouring sheets and taking contact details for casework (which the caseworker will hold, not the CLP).

Let me know who and I'll send them the briefing.

Thanks,
Leanne""", tags=(P_LB,))

c.add("bulk", sender=LEANNE, subject="Automatic reply: Tomorrow's surgery",
      headers=c.autoreply_headers("exchange"),
      body="""Thank you for contacting the office of Alison Shields MP.

The office is closed for the Christmas recess from 20 December and reopens on Monday 5 January. Emails will be read on our return.

If you are in immediate danger, please call 999. For urgent housing or homelessness issues, contact Tynebridge Council's out-of-hours team on 0191 496 0999. For Samaritans, call 116 123.
""" + LEANNE_SIG, tags=(P_LB, "autoreply", "confuser", "robot-no-list-headers"))

c.add("safety", sender=LEANNE, subject="After Friday's surgery - man following Alison",
      body="""Mark,

For the CLP record, in confidence.

After Friday's surgery at the Coalburn Methodist Church, a man who had not booked an appointment waited in the car park. When Alison left at 6.15pm with Jess, he walked behind them to the car, close enough that Jess asked him to step back. He said "I'm just walking. Free country." When they drove off, he photographed the car and the number plate. Jess saw him again ten minutes later on a bike at the lights on Front Street, looking into the car.

Police have the description and the CCTV from the church. Jess thinks she recognised him from the Nextdoor thread Norman Lister forwarded you in the spring - the "Kev" account.

Could you please make sure the Coalburn volunteers know not to give out information about where or when Alison will be anywhere, even to people who seem friendly?

Leanne""", tags=(P_LB, "following", "third-party-report", "stalking", "implicit"))

c.add("procedural", sender=LEANNE, subject="Request to GC - nominations for the MP's advisory panel",
      body="""Dear Mark,

Alison would like to set up a small advisory panel of members to meet with her quarterly on local issues, and has asked if the GC would nominate four members to sit on it, ideally one from each of Coalburn, Westgarth, Saltmeadows and St Hild's, with a gender balance.

Could this go on the agenda for the next GC as an item for decision? Happy to provide a short paper setting out the terms of reference.

Best,
Leanne""", tags=(P_LB,))

c.add("safety", sender=LEANNE, subject="Facebook pile-on after the vote - for awareness",
      body="""Mark,

Since Alison's vote on Tuesday, the MP's Facebook page has received over 1,900 comments in 48 hours, the large majority from accounts outside the constituency, many created this week. We've been hiding abusive comments as fast as we can. The office has logged the following for the police, among many others:

- "she needs to be made an example of"
- "Coalburn library Friday 4pm. see you there Alison"
- "I hope her kids grow up without a mum"
- "someone post her home address, I'll do the rest"
- a post sharing the CLP's own Facebook event for the St Hild's quiz night, captioned "her Labour mates are here Saturday, who's coming"

We've advised the organisers of the quiz night to have someone on the door and to consider making it members-only. Please pass that on and let me know if anyone gets any direct messages.

Leanne""", tags=(P_LB, "pile-on", "social", "wish-harm", "third-party-report", "explicit"))

# ---------------------------------------------------------------- kevin-john: Ridley (sovereign citizen)
c.add("complaint", sender=KEVIN, subject="NOTICE OF LIABILITY - TYNEBRIDGE CONSTITUENCY LABOUR PARTY",
      body="""NOTICE OF LIABILITY
NOTICE TO AGENT IS NOTICE TO PRINCIPAL - NOTICE TO PRINCIPAL IS NOTICE TO AGENT

To: MARK DODDS, acting as SECRETARY for the corporation known as TYNEBRIDGE CONSTITUENCY LABOUR PARTY

From: kevin-john: of the family Ridley, a living man, sui juris, in the jurisdiction of the common law

TAKE NOTICE that on the 3rd day of the month your corporation caused an unsolicited commercial communication (a "leaflet") to be delivered to my private dwelling without my consent, thereby trespassing upon my property and using my LEGAL NAME in capital letters for commercial purposes.

You have SEVEN (7) DAYS to rebut this notice point by point, under your full commercial liability, sworn under penalty of perjury. Failure to respond is tacit acquiescence and you will be in DEFAULT, and my fee schedule will apply.

This is a lawful notice. Ignorance of the law is no excuse.

Without prejudice, all rights reserved, UCC 1-308
kevin-john: Ridley""", tags=(P_KR, "hard-negative", "legal-threat"))

c.add("data-protection", sender=KEVIN, subject="NOTICE OF NON-CONSENT - DATA",
      body="""NOTICE OF NON-CONSENT

To the DATA CONTROLLER of the corporation TYNEBRIDGE CONSTITUENCY LABOUR PARTY.

I, kevin-john: Ridley, DO NOT CONSENT to the processing, storage or transfer of any data relating to the LEGAL FICTION "KEVIN JOHN RIDLEY", including the electoral register, canvass records and any "marked register".

You are required to:
1. confirm in writing every item of data you hold in relation to the said name, and where you obtained it;
2. DELETE all such data;
3. cease all communication by leaflet, telephone or door-knocking.

Any further contact will be treated as harassment and invoiced accordingly.

Without prejudice.
kevin-john""", tags=(P_KR,))

c.add("safety", sender=KEVIN, subject="FINAL NOTICE OF DEFAULT - ALISON SHIELDS",
      body="""FINAL NOTICE OF DEFAULT

To: ALISON SHIELDS, acting as "Member of Parliament", and all her AGENTS, including MARK DODDS

You have failed to rebut my Notice of Liability and my Notice of Conditional Acceptance within the time given. You are therefore in DEFAULT and in DISHONOUR, and by your silence have agreed that you have committed TREASON against the people of these lands by signing away our sovereignty.

Under common law the people have the right of lawful arrest. A group of common law constables has been formed in Tynebridge. If the said ALISON SHIELDS does not appear before the common law court at the Coalburn Miners' Welfare on the 21st day of this month, she will be brought before it. We know the location of her office and of her private dwelling, and we will attend at both to effect the arrest. Any agent who obstructs the arrest will also be detained.

You have been given every opportunity.

kevin-john: Ridley, for and on behalf of the Common Law Assembly of Tynebridge""", tags=(P_KR, "conditional", "veiled", "implicit"))

c.add("safety", sender=KEVIN, subject="VERDICT OF THE COMMON LAW COURT",
      body="""PUBLIC NOTICE

The Common Law Court of Tynebridge, sitting on the 21st day, with a jury of twelve living men and women, has found ALISON SHIELDS GUILTY of treason, fraud and misprision of treason, she having failed to appear to answer the charges.

The sentence of the court will be carried out by the people at a time of the people's choosing. She may run but the people are everywhere. So are we.

This notice has been served on her agent, the Secretary of the Tynebridge corporation, and will be published.

kevin-john: Ridley, court clerk""", tags=(P_KR, "explicit", "veiled"))

c.add("complaint", sender=KEVIN, subject="INVOICE - FEE SCHEDULE - ACCOUNT 0001",
      body="""INVOICE

Billed to: MARK DODDS and the corporation TYNEBRIDGE CONSTITUENCY LABOUR PARTY, jointly and severally

For unlawful use of my name and trespass (leaflets x 3) ........ £3,000,000.00
For failure to respond to lawful notice .............................. £250,000.00
For harassment by telephone canvasser (1 call) ...................... £100,000.00

TOTAL DUE: £3,350,000.00 in lawful money (gold or silver) within 14 days.

Failure to pay will result in a lien being placed upon the personal property of the agent MARK DODDS and an action before the common law court. You will be hearing from my lawful representatives.

Without prejudice, UCC 1-308""", tags=(P_KR, "hard-negative", "legal-threat"))

c.add("safety", sender=c.form_robot(), reply_to=KEVIN, subject="New submission - Contact the CLP",
      body=c.webform({
          "Full name": "kevin-john: Ridley (living man)",
          "Email": "kj.ridley.livingman@protonmail.com",
          "Ward": "NOT A WARD - i do not consent",
          "Message": """AGENTS of the corporation. You have ignored every notice. The time for paper is OVER. The constables of the people will come for Shields and for EVERY agent who protects her, at your offices, at your homes. Dodds, your name is on the list. Traitors have always met the same end in this country and so will yours. W E  A R E  C O M I N G.""",
      }), tags=(P_KR, "webform", "explicit", "noisy"))

c.add("query", sender=KEVIN, subject="REQUEST FOR PROOF OF CLAIM",
      body="""To the corporation TYNEBRIDGE CONSTITUENCY LABOUR PARTY,

Please provide the following, as is your duty:
1. Your registration number at Companies House, or proof that you are not a corporation.
2. A copy of the oath of office sworn by your Member of Parliament, with wet-ink signature.
3. Proof of the bond held by your agent MARK DODDS.

This is a request for information. Please answer within 14 days.

kevin-john""", tags=(P_KR, "confuser"))

c.add("safety", sender=KEVIN, subject="PUBLIC NOTICE OF THE AGENTS",
      body="""PUBLIC NOTICE - TO ALL COMMON LAW CONSTABLES OF TYNEBRIDGE

The following persons are AGENTS of the traitor ALISON SHIELDS and are to be served personally at their private dwellings with NOTICE OF ARREST:

MARK DODDS - Secretary - Westgarth (street known, the one with the bike shed)
PETER LOWES - Chair - St Hild's, opposite the Co-op
COLIN ARMSTRONG - Treasurer - Haddon Bank, blue door
JESS (surname unknown) - caseworker - parks on Albert Terrace

Constables are to attend in groups of no fewer than four and to film everything. The agents will be given one opportunity to come quietly.

kevin-john: Ridley""", tags=(P_KR, "doxxing", "implicit", "harassment"))

# ---------------------------------------------------------------- Dave Robson (printer)
c.add("urgent", sender=DAVE, subject="St Hild's leaflets - collect by 8am tomorrow",
      body="""Alreet Mark,

Your St Hild's by-election leaflets (12,000 x A5 double sided) are off the press and boxed up. Problem is the van's away to Carlisle all day tomorrow, so I can't deliver like we said.

Can somebody pick them up from the unit by 8am tomorrow? After that I'm out on a job and the lads won't be in till Monday. 24 boxes, you'll want an estate car or two.

Cheers
Dave
Tyneside Print & Design, Unit 4, Saltmeadows Ind Est""", tags=(P_DR,))

c.add("query", sender=DAVE, subject="imprint missing on the artwork",
      body="""Mark, the artwork your lass sent over for the Coalburn leaflet hasn't got an imprint on it - the "Promoted by ... on behalf of ..." bit. I can't print it without, it's the law and it's my neck as well as yours. Who's the promoter and what address do you want on it? Same as last time (Compton St)? Dave""", tags=(P_DR,))

c.add("bulk", sender=("Tyneside Print & Design", "messaging-service@post.xero.com"),
      subject="Invoice INV-2291 from Tyneside Print & Design for Tynebridge CLP",
      headers={"X-Mailer": "Xero", "Auto-Submitted": "auto-generated"}, fmt="html", body="",
      html_body="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Tynebridge CLP,</p>
<p>Here's invoice INV-2291 for <b>£1,486.80</b>.</p>
<p>The amount outstanding of £1,486.80 is due on 30 Apr 2026.</p>
<p><a href="https://in.xero.com/Kf8Qn2xL">View and pay your bill online</a></p>
<p>From your online bill you can print a PDF, export a CSV, or create a free login and view your outstanding bills.</p>
<p>If you have any questions, please let us know.</p>
<p>Thanks,<br>Tyneside Print &amp; Design</p>
<p style="font-size:11px;color:#777">Sent using Xero</p>
</body></html>""", tags=(P_DR, "notification", "html-only", "robot-no-list-headers"))

c.add("other", sender=DAVE, subject="christmas cards + calendars - 15% off for the party",
      body="""Mark,

Now then. Doing a bit of a push on Christmas cards and 2027 calendars this year. Thought the CLP might want some for the members or for Alison to send out - we did the ones for the Saltmeadows branch a few years back, the ones with the pit wheel on.

Cards from 45p each for 200, calendars £4.20 each for 100. 15% off for you lot as you're regulars (and you pay, eventually!).

Give us a shout.
Dave""", tags=(P_DR,))

c.add("urgent", sender=DAVE, subject="bad news - press blew up, leaflets a day late",
      body="""Mark,

Sorry mate. The big Heidelberg blew a gasket at 6 this morning, literally, there was oil all over the floor, and the engineer can't get here till this afternoon. We're killing ourselves trying to get everything out but your Westgarth leaflets won't be ready Wednesday like we said. Earliest is Thursday dinnertime.

I know your delivery round starts Thursday night. Two options:
1. I farm 4,000 out to a mate in Gateshead today (costs me a bomb but I'll eat it) and you get those Wednesday, rest Thursday.
2. All of them Thursday 12pm.

Need to know by 3 today which you want.

Dave""", tags=(P_DR, "hard-negative", "benign-violent-word"))

c.add("complaint", sender=DAVE, subject="outstanding invoices - getting silly now",
      body="""Mark,

I don't like doing this to you because you've always been decent, but I've got three invoices outstanding from Tynebridge CLP: INV-2291 (£1,486.80, 60 days), INV-2240 (£612.00, 94 days) and INV-2187 (£340.00, 121 days). That's nearly two and a half grand.

I'm a small firm, I've got four lads to pay and paper's gone up 30%. Your treasurer keeps saying "next week". If I've not had at least the oldest two by the end of the month I'll have to pass them to the debt recovery people, which I really don't want to do with a customer I've had for 15 years.

Sort it out for us, eh?

Dave""", tags=(P_DR, "hard-negative", "legal-threat", "angry"))

c.add("safety", sender=DAVE, subject="a job I turned down - thought you should know",
      body="""Mark,

Bit of a funny one. Had a bloke in the shop this morning wanting 500 A3 posters printing, cash, today. When I looked at the artwork it was a photo of Alison Shields with "WANTED FOR TREASON" across the top, and under it her home address in full - street and house number - and "PAY HER A VISIT. SHE'S HOME MOST WEEKENDS."

I told him we don't print that sort of thing and he got nasty, said "there's plenty of other printers, mate, and she'll get what's coming whether you print it or not". He had a sports holdall and paid for nowt, and took his memory stick with him, but I've got him on the CCTV by the counter and I kept the proof I'd opened on the screen (screenshot attached).

Have rung the police non-emergency, they're sending someone. Thought Alison's people should know there's a poster with her address on it looking for a printer.

Dave""", tags=(P_DR, "third-party-report", "doxxing", "explicit"))

c.add("bulk", sender=("Tyneside Print Online", "proofs@tynesideprint.co.uk"),
      subject="Your proof is ready - Order #TP-55812 (Coalburn Autumn Newsletter)",
      headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
      body="""Hello,

Your artwork proof for order #TP-55812 (Coalburn Autumn Newsletter, A4 folded, 6,000 copies) is ready for approval.

Please review it carefully, checking spelling, images, contact details and the imprint. Once approved, your order will go to print and changes cannot be made.

Approve or request changes: https://portal.tynesideprint.co.uk/proofs/TP-55812

This is an automated message. Please do not reply to this email.""", tags=(P_DR, "notification", "robot-no-list-headers"))

c.add("data-protection", sender=DAVE, subject="your mailing file - what do you want doing with it",
      body="""Mark,

Quick one. For the addressed letters we did for St Hild's we've still got the data file you sent (names and addresses for about 9,400 electors, plus that column with the letters in, which I assume is your canvass codes). Job's done and delivered.

Our normal policy is we delete customer data files 30 days after the job, but some of the parties like us to hang on to them for reprints. What do you want? And do you want confirmation in writing when it's gone? I've got a form for that somewhere.

Dave""", tags=(P_DR,))

# ---------------------------------------------------------------- Haji Mohammed Rafiq
c.add("procedural", sender=RAFIQ, subject="St Hild's branch - delegates to General Committee",
      body="""Respected Mark sahib,

Assalam-o-Alaikum. I hope you and family are in good health.

This is to inform that at the St Hild's branch AGM held on 9th instant, the following members were elected as delegates to the CLP General Committee for the year:

1. Mr Mohammed Rafiq (myself)
2. Mrs Nasreen Iqbal
3. Mr Paul Hedley
4. Ms Fernanda Costa

Mr Tariq Iqbal was re-elected as branch treasurer. The minutes are being typed by my grandson and will be sent to you shortly.

Kindly update your records and do the needful.

With regards,
Haji Mohammed Rafiq
Chair, St Hild's Branch""", tags=(P_MR, "non-native"))

c.add("complaint", sender=RAFIQ, subject="Feeling of the community - Gaza",
      body="""Respected Mark,

I am writing with heavy heart. I have been Labour member since 1974, when I came to Tynebridge to work in the foundry. I have knocked on doors for every Labour candidate since Ted Garrett. My sons and grandsons also.

But today in our community, I must tell you honestly, many people say they will not vote Labour again. After the government's position on Gaza, the young people say the party has blood on its hands. The elders are quieter but they feel the same. At Friday prayers last week the brothers were asking me, "Haji sahib, why are you still in this party?" and I did not have good answer.

I am not leaving. But I want that Alison comes to St Hild's and meets the community committee, and listens. Not a speech. Listening. Kindly arrange this.

With respect,
M. Rafiq""", tags=(P_MR, "non-native", "hard-negative", "metaphor"))

c.add("safety", sender=RAFIQ, subject="Attack on the house of our treasurer Mr Tariq Iqbal",
      body="""Respected Mark,

I am sorry to inform a very serious matter.

Last night at approximately 11.30pm a brick was thrown through the front window of the house of our branch treasurer Mr Tariq Iqbal on Victoria Road. His children's room is at the front, thank God the children were sleeping at the back with their mother.

With the brick was a paper tied with elastic band. Police have taken it, but Tariq has photograph. It is written:

"LABOUR P*KI LOVERS OUT OF ST HILDS. WE SEEN YOUR POSTERS. NEXT TIME ITS YOUR HEAD NOT YOUR WINDOW"

The Labour poster for the by-election was in his window since two weeks. Police have given crime reference number and say it is being treated as hate crime.

Kindly inform Alison and the officers. Also I think all members with posters in St Hild's should be told. Some are now asking whether they should remove.

With regards,
M. Rafiq""", tags=(P_MR, "third-party-report", "explicit", "non-native"))

c.add("procedural", sender=RAFIQ, subject="Motion - Islamophobia definition (St Hild's branch)",
      body="""Respected Mark,

Please find below motion passed by St Hild's branch for the next GC. Kindly place it on the agenda.

ISLAMOPHOBIA

This CLP notes the rise in anti-Muslim hatred in the North East, including recent attacks on the homes of Labour members in St Hild's.

This CLP welcomes the government's work on a definition of anti-Muslim hatred and calls for it to be adopted and published without further delay.

This CLP resolves to invite representatives of local mosques to address a future GC on the experience of Muslim residents in Tynebridge.

Proposer: M. Rafiq
Seconder: N. Iqbal

Kindly revert if any change is needed in the wording.

Regards,
Rafiq""", tags=(P_MR, "non-native"))

c.add("data-protection", sender=RAFIQ, subject="WhatsApp broadcast - kindly remove my number",
      body="""Dear Mark,

I am receiving many messages on WhatsApp from "Tynebridge Labour Broadcast", sometimes at 11 o'clock at night, which wakes my wife. I do not remember giving my mobile number for this purpose; I gave it only to the branch secretary for branch matters.

Kindly remove my number from this broadcast list, and please tell me who is having my number. I prefer to receive CLP matters by email or by post.

Regards,
M. Rafiq""", tags=(P_MR, "non-native", "confuser", "dp-no-legal-words"))

c.add("urgent", sender=RAFIQ, subject="Alison's visit to Jamia Masjid tomorrow - police advise postponement",
      body="""Respected Mark,

Alison is scheduled to visit Jamia Masjid St Hild's tomorrow (Friday) at 1.15pm after Jummah prayers, to meet the committee.

This afternoon the police community liaison officer came to the masjid and advised the committee to postpone the visit, because of "intelligence about planned protest". The committee has agreed. We do not want any trouble for the worshippers or for Alison.

Kindly inform Alison's office TODAY, as I do not have the number of her office manager. We are very sorry and we will re-arrange the visit very soon, insha'Allah.

Regards,
Rafiq
07700 900 657""", tags=(P_MR, "non-native"))

c.add("safety", sender=RAFIQ, subject="Voice message received by masjid committee - transcription",
      body="""Respected Mark,

The masjid secretary received the voice message below on WhatsApp yesterday from unknown UK number. My grandson has typed it out because the man speaks very fast with bad language. I am sending to you because it speaks of Labour and of Alison.

"listen yeah, yous think yous can have that labour woman in your mosque on friday, aye? yous have been warned. we'll be outside. every one of yous that walks out that door gets it, her an' all. an' don't think the polis'll be there all day cos they won't. we know where your committee live, we've got the list."

Police have copy and the number. The committee now is very worried about the list he mentions. Please also share with Alison's office.

Regards,
M. Rafiq""", tags=(P_MR, "third-party-report", "explicit", "forwarded", "noisy", "non-native"))

c.add("query", sender=RAFIQ, subject="Ward meeting - my son may attend?",
      body="""Respected Mark,

Kindly inform the date and time of the next St Hild's ward campaign meeting. I have hospital appointment that week. May my son Imran attend in my place? He is also member, since 2019.

Also, is there parking at the new Compton Street office, because my knees are not good for walking far.

Regards,
Rafiq""", tags=(P_MR, "non-native"))

# ---------------------------------------------------------------- Colin Armstrong (treasurer)
c.add("procedural", sender=COLIN, subject="Treasurer's report - GC 19 March",
      body="""Mark,

Treasurer's report for circulation. Numbers as at 28 Feb.

Current account (Unity): £4,218.33
Reserve account: £11,002.70
Branch accounts (combined, as notified): £3,140.55

Income since last GC: membership allocation £1,406; St Hild's quiz £288; 100 Club £212; donations £150.
Expenditure: printing £2,438.80 (inc. the St Hild's by-election); office rent £650; Zoom £14.39; insurance renewal £389.

Notes:
1. The St Hild's by-election cost £3,112 against a budget of £2,500. It was a bloodbath for the budget, frankly, but we won the seat.
2. Three Tyneside Print invoices are outstanding. I'll have the two oldest paid by the 25th. Apologies to Dave, who's been very patient.
3. Accounts for the year will be with the examiner in April for the AGM.

Colin Armstrong
Treasurer""", tags=(P_CA, "hard-negative", "metaphor"))

c.add("bulk", sender=("Unity Trust Bank", "alerts@unity.example.co.uk"), subject="Payment alert: Tynebridge CLP - No.1 Account",
      headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
      body="""Dear Customer,

A payment of £1,486.80 to TYNESIDE PRINT & DESIGN has been authorised by the second signatory on account ****4417 and will be processed on the next working day.

If you did not expect this payment, please call us on 0345 140 1000 immediately.

This is an automated message. Please do not reply.
Unity Trust Bank plc, Four Brindleyplace, Birmingham B1 2JB. Authorised by the PRA and regulated by the FCA and PRA.""", tags=(P_CA, "notification", "robot-no-list-headers"))

c.add("urgent", sender=COLIN, subject="Need a second signatory TOMORROW for the office deposit",
      body="""Mark,

The landlord for the Compton Street office wants the deposit (£1,300) by end of business tomorrow or he'll offer the room to the dance school. Unity's online banking needs a second authoriser and the only other signatories are you and Pete, and Pete's in Tenerife.

Can you log in and approve it tomorrow morning? I'll set the payment up tonight. If your security key's playing up again, shoot me a text and we'll go into the branch at 9.

Colin""", tags=(P_CA, "hard-negative", "benign-violent-word"))

c.add("safety", sender=COLIN, subject="Nasty note in the 100 Club envelope",
      body="""Mark,

Opening the post from the PO box this morning for the 100 Club and donations. Among the envelopes was one with a £1 coin taped to a card and the following, in capitals:

"A QUID FOR SHIELDS'S FUNERAL FUND. SHE'LL BE NEEDING IT BEFORE THE NEXT ELECTION. PASS IT ON, TREASURER - WE KNOW YOU LIVE IN HADDON BANK TOO."

Local postmark, no return address. I've put it in a freezer bag and will drop it at the police station on my way home. I'll also tell Leanne at the MP's office. After the list that sovereign chap put out with my name on it, I'm not treating it as a joke.

Colin""", tags=(P_CA, "third-party-report", "veiled", "implicit"))

c.add("procedural", sender=COLIN, subject="AGM - accounts and examiner",
      body="""Mark,

For the AGM papers:

- Examined accounts for year to 31 Dec: the examiner (Sheila Maddison) has signed off, no qualifications. Copy attached.
- Proposed budget for next year attached. Main changes: office rent up £50/month; print budget cut by 20% unless fundraising picks up; £300 added for office security (camera + doorbell), as the EC agreed.
- I'm willing to stand again as treasurer. If anyone else wants it, they're welcome to it.

Nomination form attached, signed, nominated by Haddon Bank branch.

Colin""", tags=(P_CA,))

# ---------------------------------------------------------------- Jordan Pike (17) and his mum
c.add("safety", sender=JORDAN, subject="yo",
      body="""yo labour lot

ur mp shields is a straight up clown fr. voting for more tax on my mams job n that. no cap ima pull up to her office on front st w the mandem n sh00t the place up 🔫🔫💀 she better watch out fr fr

jk... or am i 😈""", tags=(P_JP, "explicit", "noisy"))

c.add("other", sender=DONNA, subject="My son's email - I'm so sorry",
      body="""Dear Mr Dodds,

I'm writing about an email my son Jordan (17) sent to your office last week from his "jordz" account. The police came round on Saturday and showed me what he'd written and I honestly wanted the ground to swallow me up.

He's not a violent lad. He's never been in trouble. He was showing off for his mates on a group call and thought it was funny. It isn't and he knows that now. He's been told by the officer exactly how serious it is and he's written a letter of apology to Ms Shields, which I'll drop into the office this week.

I'm a Labour voter myself. I'm mortified. Please pass my apologies on to whoever had to read it.

Donna Pike""", tags=(P_JP,))

c.add("query", sender=("Jordan Pike", "jordan.pike.college@gmail.com"), subject="work experience",
      body="""Dear Mr Dodds,

My name is Jordan Pike and I'm doing A-level Politics at Tynebridge College. I know I'm probably the last person you want to hear from after my email last year, which I'm still really sorry about. The officer who came round told me to actually find out how politics works instead of mouthing off about it, so I am.

Is there any chance of doing a week's work experience with the Labour Party or at Alison Shields's office in the summer? I can do admin, social media, leafleting, anything.

Thanks for reading this,
Jordan Pike""", tags=(P_JP,))

c.write()
