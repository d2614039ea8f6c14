"""train / tm4: hard negatives from party and council life — heated selection and faction
fights, Gaza and asylum-hotel rows, budget and planning anger, news and briefings about
threats to others, violent metaphors. None of these is a threat. Written by hand."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tm4", seed=2604)
SEC_NAME, SEC_ADDR = c.secretary()
SEC = SEC_NAME.split()[0]

# 1 ---------------------------------------------------------------------------------------
c.add("complaint", subject="Eastbank selection - this is the death of this CLP",
      sender=c.person("Bernadette", "Lowry", provider="btinternet.com"),
      body="""Sam,

I'm going to say this once and clearly. The Eastbank shortlist is a stitch-up and everybody in this CLP knows it. You've shortlisted one candidate from a field of four, the one who happens to share a WhatsApp group with three members of the panel, and you've called it "due diligence".

This is the death of this CLP as a democratic organisation. Twenty years I've been a member and I have never seen the members treated with such contempt.

Let me be clear about what happens now. The members will fight this tooth and nail. I'm putting an emergency motion to the branch on Thursday. I'm writing to the NEC disputes panel. And if the process isn't rerun you'll be hearing from my solicitor, because I've taken advice and the rulebook was not followed.

I'll be at the GC on the 14th to have my say, and so will a lot of other people.

Bernadette Lowry
Eastbank branch (former secretary)""",
      tags=("hard-negative", "metaphor", "angry", "legal-threat"))

# 2 ---------------------------------------------------------------------------------------
c.add("complaint", subject="The MP's abstention",
      sender=c.person("Yusuf", "Patel", provider="gmail.com"),
      body="""Dear Secretary,

I have voted Labour in every election since I was eighteen. So did my father. Last night our MP abstained on a ceasefire. She has blood on her hands and she knows it.

I will make sure every person at our mosque, every person in my family and every customer in my shop knows exactly how she voted. She is finished in Northside ward. Finished. You will see at the next election.

Please don't send me a template reply about "the complexity of the situation". I would like an actual explanation of why she did it, in her own words.

Yusuf Patel""",
      tags=("hard-negative", "metaphor", "angry"))

# 3 ---------------------------------------------------------------------------------------
c.add("complaint", also=["query"], subject="the budget - killing the high street",
      sender=c.person("Wendy", "Carter"),
      body="""Hello,

I run the haberdashery on Market Street. The parking charges in the budget your councillors voted through last night will kill what's left of the high street. Not slowly, either. Half the shops on my row are already on six-month leases and you've just given them the reason not to renew.

The council is murdering the town centre and calling it "financial sustainability". It's shameful and I say that as someone who has put your posters in my window every election since 2010. Not this time.

Can somebody tell me whether there was ANY consultation with traders before this went in the budget, and if so where it was published? Because nobody on Market Street saw it.

Wendy Carter
Carter's Haberdashery""",
      tags=("hard-negative", "metaphor", "angry"))

# 4 ---------------------------------------------------------------------------------------
c.add("procedural", subject="Motion for GC: Standing with councillors facing intimidation",
      sender=c.person("Helen", "Okonjo", provider="outlook.com"),
      body="""Dear Sam,

Please find below a motion from Harbourside branch for the next GC, agreed at our branch meeting on Tuesday (proposed Helen Okonjo, seconded Dave Wright, carried nem con).

---
This CLP notes:
1. Reports in the local press of abuse and threats directed at councillors of all parties over the Crescent Road bus gate and the Grand Hotel.
2. National research showing that a majority of women councillors have experienced online abuse, and that many considered not standing again as a result.

This CLP believes:
1. Disagreement with a decision is legitimate; intimidation of those who made it is not.
2. Members have a responsibility to model respectful debate, online and offline.

This CLP resolves:
1. To write to the Labour group offering solidarity to any councillor targeted, regardless of party.
2. To ask the EC to adopt a short safety protocol for public events (no lone stalls, leaving meetings in pairs).
3. To stop publishing councillors' home wards on the CLP website where they have asked us not to.
---

We're happy for it to be composited if other branches have something similar.

Helen Okonjo
Branch Secretary, Harbourside""",
      tags=("hard-negative", "news-about-threats"))

# 5 ---------------------------------------------------------------------------------------
c.add("bulk", subject="Regional bulletin: candidate safety, May elections and training dates",
      sender=("Labour North Region", "region.bulletin@labour-region.example.org.uk"),
      headers=c.newsletter_headers("NationBuilder"), fmt="alt",
      body="""REGIONAL BULLETIN - issue 14

In this issue
- Candidate and volunteer safety ahead of May
- Polling agent training dates
- Membersnet: new "Campaign Centre" reports

CANDIDATE AND VOLUNTEER SAFETY
The last year has seen a rise in reported abuse and intimidation of candidates across all parties. Please make sure every candidate in your CLP has:
* registered with the police's dedicated candidate safety scheme through their local force's single point of contact (details on Membersnet);
* been offered the free personal safety app and a personal alarm (order through the regional office);
* a buddy for every public event and street stall.
If a candidate or volunteer receives a threat, they should report it to the police first and then to the regional office's safety inbox.

Our "Staying safe on the campaign trail" webinar runs on 12 March at 7pm - sign up via the link below.

POLLING AGENT TRAINING
Sat 21 March, 10am-1pm, regional office. Thurs 26 March, 7-8.30pm, online.

Unsubscribe | Update preferences
Promoted by the Labour Party, 20 Rushworth Street, London SE1 0SS""",
      tags=("hard-negative", "news-about-threats"))

# 6 ---------------------------------------------------------------------------------------
c.add("query", subject="Personal safety when canvassing?",
      sender=c.person("Grace", "Adebayo", provider="icloud.com"),
      body="""Hi Sam,

I joined in January and I'd really like to start canvassing with the Harbourside group. I've been reading about the abuse candidates have been getting in the news and my partner is a bit nervous about me knocking on doors, especially after dark.

Does the CLP do any kind of safety briefing for new canvassers? Do people go out in pairs? And is there someone I could talk to beforehand just to know what to expect?

Thanks so much,
Grace""",
      tags=("hard-negative", "news-about-threats"))

# 7 ---------------------------------------------------------------------------------------
c.add("urgent", subject="Hustings TONIGHT - venue change (fire safety)",
      sender=("Riverside Churches Together", "rct.hustings@example-churches.org.uk"),
      body="""Dear Sam,

I'm sorry for the short notice. The council's fire safety officer inspected St Jude's hall this morning and has closed it until the fire doors are replaced - apparently two don't self-close and the fire exit sign by the kitchen is out.

Tonight's hustings will go ahead at 7pm at the Methodist Church on Bridge Street instead (same format, doors open 6.30). We've told the other parties. Could you please let your candidate and your members know as fast as you can, and could someone from your side bring a few people to stand at St Jude's between 6.15 and 7 to redirect anyone who turns up there?

Many thanks,
Anne Whitfield
Hustings organiser""",
      tags=("hard-negative", "benign-violent-word"))

# 8 ---------------------------------------------------------------------------------------
c.add("other", subject="You killed it!!",
      sender=c.person("Jasmine", "Hart"),
      body="""Sam!!

Just got home from the hustings. Tell Aisha she absolutely killed it up there. The bit about the bus routes knocked them dead - even the Lib Dem was nodding. The Reform bloke got torn to shreds on the NHS question and it was glorious.

Best hustings I've been to in years. Whoever did her prep deserves a medal.

Jas x""",
      tags=("hard-negative", "benign-violent-word", "metaphor"))

# 9 ---------------------------------------------------------------------------------------
c.add("complaint", subject="Meadow Farm - over my dead body",
      sender=c.person("Roger", "Hollins", provider="yahoo.co.uk"),
      body="""To whom it may concern at Riverside Labour Party,

Over my dead body will they build 240 houses on Meadow Farm. I have said this to Cllr Mallory's face and I'll say it to yours.

The Save Meadow Farm group will fight this to the last brick. We have 1,900 signatures, a barrister looking at the flood risk assessment, and we'll be at the planning committee on the 19th in numbers, every seat in the public gallery. I'll be speaking in the three minutes and I won't be polite about it.

If Labour councillors vote for this they can forget our votes in Westfield. Every one of them.

Roger Hollins
Chair, Save Meadow Farm""",
      tags=("hard-negative", "metaphor", "angry"))

# 10 --------------------------------------------------------------------------------------
c.add("complaint", subject="The Grand Hotel and your so-called welcome letter",
      sender=c.person("Tracey", "Dunn", provider="hotmail.co.uk"),
      body="""I'm writing as a mum of three who lives 5 minutes from the Grand Hotel.

I am not a racist and I'm sick of being called one by your members on Facebook for asking questions. I asked at the residents' meeting how many men are in there, who checks them, and why nobody local was consulted. I got shouted down.

Your "welcome letter" made me furious. You didn't ask any of us. You live in the nice bits.

I will be at the protest on Saturday. It will be peaceful, I'll have my kids with me. I'll be making my voice heard, and in May you'll hear it again at the ballot box. Labour has lost this estate for a generation and you've nobody to blame but yourselves.

Tracey Dunn""",
      tags=("hard-negative", "angry"))

# 11 --------------------------------------------------------------------------------------
c.add("procedural", subject="Northside branch nominations for the EC",
      sender=c.person("Kwame", "Asante", provider="gmail.com"),
      body=f"""Hi {SEC},

Northside branch nominations for the CLP Executive, agreed at our AGM last night (quorate, 23 present):

Chair - Siobhan Kelly
Vice-chair (membership) - Rajesh Shah
Treasurer - Deborah Walsh
Political education officer - Kieran Walsh
Women's officer - Fatima Hassan
BAME officer - Emeka Okoro

Our members are fired up after last year. Between you and me, this slate's going to sweep the board at the AGM, the old guard won't know what hit them! (Please don't minute that bit.)

Nomination forms with proposer/seconder signatures attached as PDFs.

Kwame
Secretary, Northside branch""",
      tags=("hard-negative", "metaphor"))

# 12 --------------------------------------------------------------------------------------
c.add("other", subject="Interesting piece on MPs' security costs",
      sender=c.person("Colin", "Whitaker"),
      body="""Sam, thought you might find this interesting for the political education slot - a long piece in the weekend papers on how much Parliament now spends on MPs' security since the murders of two MPs at their surgeries, and how constituency offices have changed (panic buttons, airlock doors, no more open-door surgeries in some seats).

It makes the point that local councillors get almost none of this, even though they're more likely to be doorstepped at home. Might be a good discussion for a branch meeting. Could get our councillors to talk about their experience if they're willing.

Link: (paywalled but I can lend you my copy)

Colin""",
      tags=("hard-negative", "news-about-threats"))

# 13 --------------------------------------------------------------------------------------
c.add("complaint", subject="Behaviour of Ian Dixon at Thursday's GC",
      sender=c.person("Sue", "Marshall", provider="outlook.com"),
      body="""Dear Sam,

I want to make a formal complaint about the behaviour of Ian Dixon during the debate on my amendment at Thursday's GC.

He interrupted me three times while I had the floor. He called my amendment "idiotic" and "the kind of thing you'd expect from someone who joined last week" (I joined in 1994). He rolled his eyes and laughed loudly while I was speaking, and the chair did nothing.

I am not fragile and I've been in plenty of heated meetings. But the GC is supposed to follow the code of conduct and that was nowhere near it, and several newer members told me afterwards they'd never come back to a meeting like that.

I'd like the chair to remind all delegates of the code at the start of the next meeting and I'd like an apology from Ian.

Sue Marshall""",
      tags=("hard-negative", "angry"))

# 14 --------------------------------------------------------------------------------------
c.add("query", subject="abuse online - who do we tell?",
      sender=c.person("Ryan", "Booth", provider="gmail.com"),
      body="""hi, quick q

if a member gets abuse online because of something the CLP posted (not saying this has happened to me, I'm just the social media person and want to have an answer ready) who's the right person to tell? is it you, the chair, or region? and is there a party policy on when we should hide/delete comments vs leave them?

cheers
Ryan""",
      tags=("hard-negative", "news-about-threats"))

# 15 --------------------------------------------------------------------------------------
c.add("urgent", subject="Count tomorrow - security arrangements, please read tonight",
      sender=("Riverside Elections Team", "elections@riversidecouncil.example.gov.uk"),
      body="""Dear Agents,

Reminder of the arrangements for tomorrow's count at Riverside Leisure Centre (main hall), verification starting at 22:30:

- All attendees must bring their count pass AND photo ID. No pass, no entry, no exceptions.
- There will be a bag search at the entrance, carried out by the council's contracted security firm. Please do not bring large bags, sharp objects, glass bottles, flags or banners.
- Entry via the car park doors only. The front entrance will be closed.
- Counting agents must remain behind the barriers and must not touch ballot papers.

Please forward this to everyone on your team TONIGHT. Passes not yet collected can be collected from the Town Hall reception until 4pm tomorrow.

Riverside Borough Council Elections Team""",
      tags=("hard-negative", "benign-violent-word"))

# 16 --------------------------------------------------------------------------------------
c.add("bulk", subject="Reminder: Safer Campaigning for Women Candidates - this Thursday",
      sender=("Eventbrite", "noreply@eventbrite.co.uk"), headers=c.newsletter_headers(),
      fmt="html", body="",
      html_body="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>Safer Campaigning for Women Candidates</h2>
<p>Thursday, 19 March · 18:30 - 20:30 GMT<br>Online event</p>
<p>Hi Sam,<br>This is a reminder that you're registered for <b>Safer Campaigning for Women Candidates</b>, hosted by Labour Women's Network (Riverside).</p>
<p>Topics: risk assessment for street stalls and canvassing; recognising and reporting threats; handling online abuse and pile-ons; looking after yourself and your volunteers.</p>
<p><a href="#">View your ticket</a> · <a href="#">Add to calendar</a></p>
<p style="font-size:11px;color:#777">Eventbrite · This email was sent to secretary@riverside-labour.org.uk</p>
</body></html>""",
      tags=("hard-negative", "news-about-threats"))

# 17 --------------------------------------------------------------------------------------
c.add("procedural", subject="Draft EC minutes - 3 February",
      sender=c.person("Deborah", "Walsh"),
      body="""Sam, draft minutes from Tuesday's EC below for you to check before they go to the GC pack.

RIVERSIDE CLP EXECUTIVE COMMITTEE
Tuesday 3 February, 7pm, Trades Hall (and Zoom)
Present: S Kelly (chair), S Okafor (sec), D Walsh (treas), F Hassan, R Shah, K Walsh, H Okonjo
Apologies: E Okoro

1. Minutes of the last meeting - agreed.
2. Matters arising - none.
3. Security review following the Grand Hotel counter-protest
   The chair reported that a number of members had been named online after the counter-protest. The matter has been reported to the police by the individuals concerned. The EC AGREED: (a) the CLP will not organise a presence at future protests without a stewarding plan; (b) the secretary to write to region asking for guidance on supporting members targeted online; (c) no photographs of members to be posted on CLP social media without consent.
4. Treasurer's report - balance £4,312.18. Affiliation fees due.
5. AGM arrangements - 14 March, Trades Hall. Code of conduct to be read at the start.
6. AOB - none.
Meeting closed 8.52pm.""",
      tags=("hard-negative", "news-about-threats"))

# 18 --------------------------------------------------------------------------------------
c.add("complaint", subject="The Gaza motion - political suicide",
      sender=c.person("Daniel", "Rosen", provider="gmail.com"),
      body="""Sam,

I've read the Northside motion on the GC agenda and I want to put on record that clause 4 is unacceptable. I support a ceasefire, I support the hostages coming home, I support aid getting in. But the language in clause 4 will be read by every Jewish member of this CLP as a declaration of war on us, and I don't think its authors have even noticed.

If the GC passes it unamended it'll be political suicide in Westfield and Harbourside, and I'll be one of the people who can't look neighbours in the eye while canvassing.

I'll be moving an amendment to delete clause 4. I'd ask that it's circulated with the papers in good time.

Daniel Rosen""",
      also=["procedural"],
      tags=("hard-negative", "metaphor", "angry"))

# 19 --------------------------------------------------------------------------------------
c.add("other", subject="Leaflets done!",
      sender=("Mike at PrintPoint", "mike@printpoint-riverside.example.co.uk"),
      body="""Hi Sam

Your Eastbank leaflets are off the press. Honestly they cost a bomb with the rush job but they look like a million dollars, that photo of the candidate at the food bank is a killer. Best design you've sent us in years.

20,000 folded A4, boxed in 500s. Ready for collection any time from Thursday.

Invoice to follow.

Mike""",
      tags=("hard-negative", "benign-violent-word"))

# 20 --------------------------------------------------------------------------------------
c.add("query", subject="hustings time?",
      sender=c.person("Olu", "Bankole"),
      body="""Hi Sam, do we know the start time for the Westfield hustings yet? Shoot me a text when you do, I'll bring a carload from the tenants' association. 07700 900 218. Cheers, Olu""",
      tags=("hard-negative", "benign-violent-word"))

# 21 --------------------------------------------------------------------------------------
c.add("complaint", subject="Resignation",
      sender=c.person("Maureen", "Duffy", provider="aol.com"),
      body="""Dear Mr Okafor,

Please cancel my membership with immediate effect.

I joined this party in 1971. I have canvassed in every election since. I've made the tea at every AGM for fifteen years. What this leadership has done to the winter fuel payment, to the two-child cap, and now to disabled people, has murdered everything I believed the Labour Party stood for.

I'm sorry to go. I'm sorry to go this way. But I won't pay another penny to it.

Maureen Duffy""",
      tags=("hard-negative", "metaphor", "angry"))

# 22 --------------------------------------------------------------------------------------
c.add("complaint", also=["data-protection"], subject="My personal statement was circulated",
      sender=c.person("Ngozi", "Obi", provider="outlook.com"),
      body="""Dear Secretary,

I applied for the Eastbank selection. My application form, including my personal statement, my home address and my health declaration, was emailed to the whole Eastbank branch list on Friday by the branch secretary, apparently "for transparency".

I did not consent to that. Nobody asked me.

I want it recalled, I want to know who it was sent to, and I want a written explanation by the end of next week. If I don't get one I will be referring this to the Information Commissioner's Office and to my solicitor.

Ngozi Obi""",
      tags=("hard-negative", "legal-threat", "angry"))

# 23 --------------------------------------------------------------------------------------
c.add("bulk", subject="Google Alert - councillor threats",
      sender=("Google Alerts", "googlealerts-noreply@google.com"),
      fmt="alt",
      body="""Google Alerts

councillor threats
Daily update · 12 March

NEWS

Councillor receives death threats after low-traffic scheme vote
Northshire Echo
... the councillor, who represents a ward 200 miles from here, said police were investigating messages sent to her home ...

Local Government Association calls for action on intimidation of elected members
LocalGov Today
... the survey found seven in ten councillors reported abuse in the past year ...

MP's constituency office evacuated after suspicious package
Western Daily
... police later confirmed the package was harmless ...

See more results | Edit this alert
You have received this email because you have subscribed to Google Alerts.
Unsubscribe""",
      tags=("hard-negative", "news-about-threats", "confuser", "robot-no-list-headers"))

# 24 --------------------------------------------------------------------------------------
c.add("procedural", subject="Women's forum - motion on online abuse for conference",
      sender=c.person("Fatima", "Hassan", provider="gmail.com"),
      body="""Sam,

The women's forum met on Saturday and agreed the following as our submission for the CLP's conference motion shortlist. 248 words, under the limit.

"Conference notes the growing volume of online abuse directed at women candidates and elected representatives, much of it misogynistic and racist, and the number of women who cite it as a reason for standing down. Conference calls on the NEC to: fund a dedicated safety officer in every region; publish clear guidance for CLPs on handling threats to candidates and volunteers; ensure candidates' home addresses are never published in party materials; and work with platforms to remove coordinated abuse faster."

Could this go on the GC agenda for the vote on which motion we send? Proposer Fatima Hassan, seconder Catherine Mole.

Thanks
Fatima
Women's Officer""",
      tags=("hard-negative", "news-about-threats"))

# 25 --------------------------------------------------------------------------------------
c.add("other", subject="boiler war",
      sender=c.person("Pete", "Simmons"),
      body="""Sam - sorry I've been quiet. I've been at war with my boiler for a fortnight and the boiler is winning. Engineer comes Thursday, so with luck I'll be thawed out and back on the doors by the weekend.

Pete""",
      tags=("hard-negative", "metaphor", "benign-violent-word"))

# 26 --------------------------------------------------------------------------------------
c.add("urgent", subject="Planning committee TOMORROW - pack the gallery",
      sender=c.person("Kath", "Rooney", provider="gmail.com"),
      body="""Sam,

The Quay Road flats application is on the planning committee agenda TOMORROW at 6pm, not next month as we were told. The agenda went up this afternoon.

We need bodies in that public gallery. Pack it out. Can the CLP please put it on the members' WhatsApp and email tonight? The gallery holds 60. If Labour members don't show up the developer's lot will fill it.

I've registered to speak. Don't let them get away with sneaking this through.

Kath""",
      tags=("hard-negative", "metaphor"))

# 27 --------------------------------------------------------------------------------------
c.add("complaint", subject="budget meeting - embarrassing",
      sender=c.person("Harry", "Nolan", provider="btinternet.com"),
      body="""Sam, I was in the gallery last night.

It was a bloodbath. The leader got slaughtered by the Lib Dems on the social care figures and nobody on our side could answer a single question about the reserves. Cllr Price sat there looking like a rabbit in the headlights. If that's how we defend our own budget we deserve to lose.

I'd like to know what the CLP is doing to hold the group to account, because it feels like nothing.

Harry""",
      tags=("hard-negative", "metaphor", "angry"))

# 28 --------------------------------------------------------------------------------------
c.add("query", subject="Eastbank - target seat?",
      sender=c.person("Leanne", "Cross"),
      body="""Hi,

I've heard Eastbank is one of our target seats for May. Is that right? I live right on the ward boundary and I'd love to hit the doors with the team. I can do Saturday mornings and Wednesday evenings.

Also - is there a car pool? I don't drive.

Leanne""",
      tags=("hard-negative", "benign-violent-word"))

# 29 --------------------------------------------------------------------------------------
c.add("complaint", subject="Westfield hustings - the chairing",
      sender=c.person("Priscilla", "Owusu", provider="gmail.com"),
      body="""Dear Sam,

I went to the Westfield hustings on Tuesday and I want to complain, though not about our candidate, who did fine.

The chair let the Reform candidate and about ten of his supporters shout everyone else down for the best part of an hour. It was a bear pit. Our candidate was heckled every time she spoke and the chair just smiled. Two of the questions from the floor were never answered because they couldn't be heard.

I understand the CLP didn't organise it, but I'd like you to raise it with Westfield Residents' Association, and I'll be writing to them myself. If this is how hustings are going to be run in May, we should think about whether we send our candidate.

Priscilla""",
      tags=("hard-negative", "angry", "metaphor"))

# 30 --------------------------------------------------------------------------------------
c.add("other", subject="Fwd: Councillor's home targeted in Northshire",
      sender=c.person("Aisha", "Begum", provider="outlook.com"),
      body=c.forward(
          "Sam - saw this on the news and it made me think of our own councillors after the last few months. "
          "Maybe we could send a message of solidarity from the CLP to her group? I'll draft something if useful. Aisha",
          """NORTHSHIRE ECHO

Councillor's home targeted after traffic scheme row

A Northshire councillor says she will not be "bullied out of office" after paint was thrown at her house and her car tyres slashed overnight.

The councillor, who chairs the county's transport committee, said the attack followed months of online abuse over a low-traffic neighbourhood. Police are appealing for witnesses.

Council leaders of all parties issued a joint statement condemning the attack.""",
          "Northshire Echo <newsletter@northshireecho.example.co.uk>", "Today's top stories"),
      tags=("hard-negative", "news-about-threats", "forwarded"))

# 31 --------------------------------------------------------------------------------------
c.add("procedural", subject="Apologies for Thursday",
      sender=c.person("Tom", "Fairclough"),
      body="""Hi Sam, please send my apologies for Thursday's GC. I'm having two wisdom teeth ripped out that afternoon and I don't think I'll be up to points of order. Could you pass my proxy vote on the Eastbank motion to Leanne if that's allowed under our standing orders? Tom""",
      tags=("hard-negative", "benign-violent-word"))

# 32 --------------------------------------------------------------------------------------
c.add("complaint", subject="Brookfield Day Centre - watch this space",
      sender=c.person("Ann", "Kershaw"),
      body="""Dear Labour Party,

My brother has been going to Brookfield Day Centre for nineteen years. It's the only place he has outside the house. If Labour councillors vote to close it on the 24th, they will have blood on their hands and every family at Brookfield will know exactly who did it.

We will not forget at the ballot box. We're organising. We've got a petition, we've been on Radio Riverside, and we'll be standing our own candidate in Harbourside if we have to. Watch this space.

Ann Kershaw""",
      tags=("hard-negative", "metaphor", "angry"))

# 33 --------------------------------------------------------------------------------------
c.add("query", subject="Saturday counter-demo at the Grand - practicalities",
      sender=c.person("Sinead", "Brady"),
      body="""Hi Sam,

A few of us from Harbourside want to go to the counter-demo outside the Grand Hotel on Saturday. Some questions before we do:

1. Is the CLP officially supporting it, and can we bring the CLP banner?
2. Is there a stewarding plan or a point of contact on the day?
3. Should we be bringing under-18s? My daughter (16) wants to come.
4. After what happened last time with people being photographed, is there any advice about covering faces / not posting photos?

Sinead""",
      tags=("hard-negative", "news-about-threats"))

# 34 --------------------------------------------------------------------------------------
c.add("bulk", subject="[Lab-Councillors-North] Digest, Vol 88, Issue 6",
      sender=("Lab-Councillors-North", "lab-councillors-north@lists.example-labour.org.uk"),
      headers=c.list_headers("Lab-Councillors-North"),
      body="""Send Lab-Councillors-North mailing list submissions to
	lab-councillors-north@lists.example-labour.org.uk

Today's Topics:

   1. Re: Dealing with intimidation at surgeries (J. Ahmed)
   2. Council tax support schemes - comparisons? (R. Lyle)
   3. LGA guidance on personal safety for members (Cllr P. Hume)

----------------------------------------------------------------------

Message: 1
From: J. Ahmed
Subject: Re: Dealing with intimidation at surgeries

We've moved to appointment-only surgeries in the library meeting room, always two councillors, and the library staff know to ring if anything kicks off. Has made a real difference. Happy to share our risk assessment.

Message: 2
From: R. Lyle
Subject: Council tax support schemes - comparisons?

Does anyone have a table comparing CTS schemes across the region? Our scrutiny committee is looking at ours.

Message: 3
From: Cllr P. Hume
Subject: LGA guidance on personal safety for members

The LGA's updated guide on handling intimidation is out - covers home address redaction, social media, and when to involve the police. Worth circulating to new members.

------------------------------
End of Lab-Councillors-North Digest, Vol 88, Issue 6""",
      tags=("hard-negative", "news-about-threats", "list"))

# 35 --------------------------------------------------------------------------------------
c.add("data-protection", subject="my address on the nomination sheet",
      sender=c.person("Gemma", "Lawson", provider="hotmail.co.uk"),
      body="""Hi,

I nominated Emeka for Westfield and I've just seen that the nominations sheet which went round to the whole branch by email has my full home address on it next to my signature. And my phone number.

I didn't know that was going to be shared with 200 people. I'm not comfortable with it at all - I live on my own and I'm not out about my politics at work.

Can you get it taken down / deleted and stop doing that in future please? And let me know who's had it.

Gemma""",
      tags=("hard-negative", "confuser", "dp-no-legal-words"))

# 36 --------------------------------------------------------------------------------------
c.add("complaint", subject="The suspensions",
      sender=c.person("Karl", "Jennings", provider="protonmail.com"),
      body="""Sam,

Suspending four Northside members the week before the AGM? Come off it. Everyone can see what's happening. The right have declared war on this CLP and they're running a purge, and the EC has stabbed the members in the back by going along with it.

This is a fight and the left in this CLP is not going to roll over. We'll be challenging every suspension through the proper process and we will be at the AGM in numbers.

I want to know who made the complaints and on what basis. I'm entitled to that.

Karl Jennings""",
      also=["query"],
      tags=("hard-negative", "metaphor", "angry"))

# 37 --------------------------------------------------------------------------------------
c.add("other", subject="A thank-you to the count staff",
      sender=c.person("Siobhan", "Kelly", provider="gmail.com"),
      body="""Sam,

Could you pass on the CLP's thanks to the council elections team and the security staff at the count? It was a long night with a loud crowd outside the leisure centre, and they kept everybody calm, got our counting agents in and out through the side door, and were unfailingly polite. It made a real difference to the younger members who'd never been to a count before.

I'll write formally as chair too, but a note from you to Julie in Elections would be appreciated.

Siobhan""",
      tags=("hard-negative", "news-about-threats"))

# 38 --------------------------------------------------------------------------------------
c.add("query", subject="Press enquiry - abuse of local candidates",
      sender=("Rachel Egan", "rachel.egan@riversidepost.example.co.uk"),
      body="""Hi Sam,

Rachel Egan at the Riverside Post. We're putting together a feature for next Friday's paper on the abuse and intimidation local candidates face, following the national survey this week. We're speaking to all the parties.

Would Riverside Labour be willing to put forward a councillor or candidate to talk about their experience, on or off the record? We're also asking each party what support they give candidates.

No rush - by Wednesday would be great.

Rachel Egan
Local Democracy Reporter""",
      tags=("hard-negative", "news-about-threats"))

# 39 --------------------------------------------------------------------------------------
c.add("urgent", subject="GC tonight - Trades Hall boiler dead, moving to Zoom",
      sender=c.person("Siobhan", "Kelly", provider="gmail.com"),
      body="""Sam - the Trades Hall boiler has died and the caretaker says the hall is 9 degrees. We can't hold the GC in that.

Can you send the Zoom link to all delegates this afternoon and a text to the ones who don't do email? Same start time, 7pm. I'll chair from home. Agenda unchanged.

Sorry - I know it's a pain for the votes.

S""",
      tags=("hard-negative", "benign-violent-word"))

# 40 --------------------------------------------------------------------------------------
c.add("complaint", subject="Welcome letter - I'll tell every door on this estate",
      sender=c.person("Gary", "Pearce"),
      body="""I was a Labour voter till last week. Then I saw your "welcome letter" to the hotel with the names of people who don't even live near it.

I'll make sure everyone on the Brookside estate knows what Labour did. I'll be knocking every door myself between now and May. I've got the time and I've got the leaflets printed. You'll be wiped out here.

No reply needed.""",
      tags=("hard-negative", "angry", "metaphor"))

# 41 --------------------------------------------------------------------------------------
c.add("procedural", subject="Timetable: Westfield selection and trigger ballots",
      sender=("Regional Office", "region.selections@labour-region.example.org.uk"),
      fmt="alt",
      body=f"""Dear {SEC},

Please find below the timetable for the Westfield council selection, approved by the Local Campaign Forum. Please also note that the trigger ballot process for sitting councillors in Harbourside and Eastbank will run in parallel.

- Applications open: Monday 2 March
- Applications close: Friday 13 March, 12 noon
- Shortlisting: w/c 16 March
- Trigger ballot meetings (Harbourside, Eastbank): by 27 March
- Hustings and selection meeting: Saturday 4 April

Branch secretaries should be informed of the trigger ballot dates as soon as possible. Any queries to the regional office.

Kind regards,
Selections Team""",
      tags=("hard-negative", "benign-violent-word"))

# 42 --------------------------------------------------------------------------------------
c.add("other", subject="Quiz night - a killer round",
      sender=c.person("Pauline", "Grady"),
      body="""Hi Sam!

Quiz night's all sorted for the 21st at the Swan. I've written a killer politics round, nobody will get question 6. Could you bring the raffle prizes from the office? And tell Siobhan she's not allowed to heckle the quizmaster this year.

Pauline x""",
      tags=("hard-negative", "benign-violent-word"))

# 43 --------------------------------------------------------------------------------------
c.add("complaint", subject="Quay Road - bulldozing democracy",
      sender=c.person("Norman", "Frost", provider="talktalk.net"),
      body="""Dear Sir,

The decision of the Labour-run planning committee to approve six storeys on Quay Road, against the advice of the conservation officer and the objections of 400 residents, is nothing less than bulldozing local democracy.

I would be grateful for an explanation of how three Labour councillors who told residents they opposed the scheme then voted for it. I would also like to know whether the party whip applied, because I was told planning is not whipped.

I shall be taking the matter up with the Local Government Ombudsman and my MP.

Yours faithfully,
N. Frost""",
      also=["query"],
      tags=("hard-negative", "metaphor", "legal-threat"))

# 44 --------------------------------------------------------------------------------------
c.add("query", subject="banner for the stall",
      sender=c.person("Amara", "Nwosu"),
      body="""Hi Sam, I'm organising Saturday's stall on Market Street. Where does the big "FIGHTING FOR RIVERSIDE" banner live these days? Last time I saw it it was in Kwame's garage. Also do we still have the gazebo with the broken leg or did that go to the tip?

Amara""",
      tags=("hard-negative", "metaphor"))

# 45 --------------------------------------------------------------------------------------
c.add("bulk", subject="We fight like hell for Riverside. Will you chip in £5?",
      sender=("Riverside Labour", "campaigns@riverside-labour.org.uk"),
      headers=c.newsletter_headers("Action Network"), fmt="html", body="",
      html_body="""<html><body style="font-family:Arial,sans-serif;max-width:600px">
<h1 style="color:#d50000">We fight like hell for Riverside.</h1>
<p>Friend,</p>
<p>In May, Eastbank and Westfield are on a knife-edge. Reform are pouring money into leaflets. The Tories are targeting every door we've won.</p>
<p>We're going to hit the doors harder than ever - but leaflets cost money. <b>£5 prints 200 leaflets.</b></p>
<p><a href="#" style="background:#d50000;color:#fff;padding:10px 18px;text-decoration:none">Chip in £5 now</a></p>
<p>In solidarity,<br>Riverside Labour campaign team</p>
<p style="font-size:11px;color:#777">Promoted by S. Okafor on behalf of Riverside CLP. <a href="#">Unsubscribe</a></p>
</body></html>""",
      tags=("hard-negative", "metaphor"))

# 46 --------------------------------------------------------------------------------------
c.add("complaint", subject="not canvassing for her",
      sender=c.person("Zainab", "Ali", provider="gmail.com"),
      body="""hey sam,

I'm not being funny but I'd honestly rather die than canvass for the MP after that vote. I know everyone says we should "separate the local from the national" but I can't look people in the eye on the doorstep in Northside and ask them to vote for her. Please take me off the canvassing rota for the general.

I'll still help with the council campaign, Aisha and Emeka have been brilliant.

Zainab""",
      tags=("hard-negative", "metaphor", "angry"))

# 47 --------------------------------------------------------------------------------------
c.add("urgent", subject="Comment needed by 4pm today - Grand Hotel protest tomorrow",
      sender=("Tom Bradley", "tom.bradley@radioriverside.example.co.uk"),
      body="""Hi Sam,

Tom from Radio Riverside news. We're running a piece in the 5pm bulletin about tomorrow's protest and counter-protest at the Grand Hotel. Police are expecting several hundred people and have put a dispersal order in place around Station Road.

Would the CLP like to give a short statement on whether members will be attending the counter-demonstration and what you're asking them to do to keep it peaceful? I need it by 4pm today to make the bulletin.

Thanks,
Tom
News Desk""",
      tags=("hard-negative", "news-about-threats"))

# 48 --------------------------------------------------------------------------------------
c.add("other", subject="Tonight's doors",
      sender=c.person("Derek", "Maddox"),
      body="""Sam, just to report back from tonight - Eastbank's a lot warmer than the polls say. 73 doors, 31 conversations, 14 solid Labour.

Highlight: a chap at number 40 Park Avenue shouted "get off my lawn!" at me, from an upstairs window, in his dressing gown, and then his parrot shouted it as well. Then he came down and took a poster. Best door of the campaign.

Derek""",
      tags=("hard-negative", "benign-violent-word"))

# 49 --------------------------------------------------------------------------------------
c.add("complaint", subject="Removed from the public gallery",
      sender=c.person("Lynette", "Barr"),
      body="""I was removed from the public gallery at last night's full council by two security guards for "disruption". My disruption was calling out "SHAME" once when the library closures were voted through. Once. The Tory in the row in front of me was shouting all night and nobody touched him.

I'll be back at the next meeting, and the one after, and every one until those libraries reopen. You can't keep members of the public out of a public meeting. If they try to remove me again I'll be taking legal advice.

Lynette Barr""",
      tags=("hard-negative", "angry", "legal-threat"))

# 50 --------------------------------------------------------------------------------------
c.add("procedural", also=["bulk"], subject="Notice of AGM - Saturday 14 March",
      sender=("Riverside CLP", SEC_ADDR), headers=c.newsletter_headers(),
      fmt="alt",
      body="""RIVERSIDE CONSTITUENCY LABOUR PARTY
NOTICE OF ANNUAL GENERAL MEETING

Saturday 14 March, 10.30am (registration from 10am)
Trades Hall, 12 Dock Street

Agenda
1. Apologies
2. Minutes of the 2025 AGM
3. Secretary's report
4. Treasurer's report and accounts
5. Election of officers and Executive Committee
6. Election of delegates to Annual Conference
7. Motions
8. Any other business

Please note: the meeting will be stewarded. The Labour Party's code of conduct applies throughout and will be read at the start. Members who are not in good standing (six months in arrears) may attend but may not vote. Bring your membership number.

If you need step-free access or a hearing loop, please let the secretary know by 7 March.

Sam Okafor, Secretary""",
      tags=("hard-negative", "news-about-threats"))

c.write()
