"""train/th5: long, formal and institutional mail (Kelvin North CLP, Scotland). Hand-written content."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "th5", seed=1805)
SEC_FULL, SEC_ADDR = c.secretary()
SEC = SEC_FULL.split()[0]
CLP = c.clp[0]

# ---------------------------------------------------------------------------------------
# SAFETY
# ---------------------------------------------------------------------------------------

c.add("safety", subject="Online abuse and threats directed at Kelvin North CLP officers - summary and actions (OFFICIAL-SENSITIVE)",
      sender=("Scottish Labour - Member Safety", "membersafety@scottishlabour.example.org.uk"),
      body=f"""OFFICIAL-SENSITIVE - NOT FOR CIRCULATION BEYOND CLP OFFICERS

Dear Jamie,

Following the CLP's statement on the Canal Basin development last Tuesday, our social media monitoring team has identified a coordinated wave of abusive and threatening content directed at Kelvin North CLP officers, and in particular at yourself, the CLP Chair (Cllr Ailsa Mackintosh) and the Women's Officer (Ms Roisin Carberry). I am writing to set out what we have found, what we have done, and what we recommend.

1. Summary

Between Tuesday evening and Sunday we logged 214 posts, replies and comments across X, Facebook and TikTok that referred to the CLP or named its officers. Most were abusive but not threatening. A smaller number, summarised below, we assess as threatening or as an attempt to intimidate. The activity appears to have been driven by two accounts with large followings which shared screenshots of the statement alongside the officers' names and photographs taken from the CLP website.

2. Examples (verbatim, spelling as posted)

(a) X, reply to a post naming Cllr Mackintosh: "Ailsa Mackintosh lives in Maryfield, drives a red Polo. Somebody should remind her who she works for. In person."
(b) Facebook comment on a local community page: "the secretary Jamie whatever his name is, ive seen him at the canal basin cafe every saturday morning, might pop in and say hello to him and his wee laptop"
(c) TikTok comment: "Roisin Carberry deserves everything coming to her. Tick tock."
(d) X, quote-post of the CLP statement: "Names and faces. Save them. They won't be so brave when it's not on a screen."
(e) Facebook: "Kelvin North Labour meet at the Ruchmore Community Centre first Tuesday of the month, 7pm. Just saying. Free country."

3. What we have done

- All of the above and a further 19 items have been reported to the platforms. Items (a), (b) and (d) have been removed.
- We have referred items (a) to (e) to Police Scotland, with screenshots and URLs, and given them your contact details. An officer from the local division will contact you.
- We have asked the digital team to remove officers' photographs and surnames from the CLP website pending a review.

4. What we recommend

- Please change the venue of the next GC and do not advertise the new venue publicly. Notify members by email only.
- Please vary your Saturday routine for the next few weeks, if you are able to.
- Please do not respond to any of the content, and ask members not to "pile in" on your behalf.
- Keep a log of anything further and send it to this address.

I know this is distressing. Please call me if you would like to talk it through. We can also arrange for you to speak to the party's wellbeing service, which is confidential.

Best wishes,

Member Safety Lead
Scottish Labour

This email and any attachments are confidential and may contain personal data. If you are not the intended recipient, please notify the sender and delete it.
""",
      tags=("pile-on", "doxxing", "third-party-report", "quoted", "social", "stalking"))

c.add("safety", subject="Complaint against a member - Cllr Stephen Bryce - and what I intend to do",
      sender=("Donald McAra", "donald.mcara@btinternet.com"),
      body=f"""Dear Mr Rennie,

I wish to make a complaint against Councillor Stephen Bryce, a member of the Ruchmore branch, under the party's complaints procedure. I ask that it be forwarded to the appropriate body.

The facts are these. For the past two years I have been in a dispute with Councillor Bryce about the boundary wall between my property and the property on Ruchmore Terrace that he rents out. Councillor Bryce has used his position to obtain information from the council's building control department about my extension, which he then circulated at a branch meeting in order to embarrass me. He has described me, in front of other members, as "a crank" and a "serial complainer". On one occasion in the branch's WhatsApp group he posted a photograph of my house.

I raised the matter informally with the branch secretary in March. Nothing was done. I raised it again in June. I was told it was "a personal matter between neighbours".

I consider Councillor Bryce's conduct to be an abuse of his position and a breach of the party's code of conduct. I ask that he be investigated and, if appropriate, suspended.

I must also say the following, and I want it on the record so that nobody can say afterwards that they were not warned. I am seventy-one years of age and I have been pushed further than any man should be. If the party will not deal with Stephen Bryce, I will deal with him myself. I know the hours he keeps at that flat. I know he goes there alone on a Sunday night to collect the rent. He will not enjoy our conversation, and he will not be in a position to describe me as a crank afterwards.

I trust I have made myself clear. I would rather the party did its job.

Yours sincerely,

Donald McAra
Ruchmore
""",
      tags=("embedded", "conditional", "veiled", "stalking"))

c.add("safety", subject="Fundraising dinner on Friday - calls received by our events team",
      sender=("Euan Galbraith", "events@theclydeviewhotel.example.co.uk"),
      body=f"""Dear Mr Rennie,

I'm the Events Manager at the Clydeview Hotel, where the CLP's annual fundraising dinner is booked in the Kelvin Suite this Friday.

I wanted to let you know about two telephone calls our events team received this week, which made my staff uncomfortable and which I thought you should hear about before Friday.

On Monday afternoon a man rang the events office and asked what time "Fraser McCallum" would be arriving on Friday and which entrance he would use. My colleague explained that we don't give out information about guests. The caller then asked whether the MP would be staying overnight, and whether there would be "any security". When my colleague said she couldn't discuss the event, he said, "Don't worry, hen, I'll find out on the night," and hung up.

On Wednesday morning a man, who my colleague is fairly sure was the same person, rang again. This time he said he was "from the Labour Party" and needed to confirm the table plan, and asked where the MP would be sitting. My colleague asked for his name and he gave one that does not appear on your booking. When she said she would need to check with you, he became abusive, said that she was "protecting a traitor" and that "he'll get what's coming to him, and so will anyone who gets in the way". He then hung up. The number was withheld.

We have logged both calls and informed the police, who have given us a reference. Our duty manager on Friday will brief the front-of-house team. We will not release any information about your guests to anyone who is not on the approved contact list, which at present is yourself and your Treasurer.

I'd be grateful if you could let me know whether the MP's office would like to liaise with us directly about arrangements on the night, for example the use of our staff entrance on Clyde Lane.

Kind regards,

Euan Galbraith
Events Manager, The Clydeview Hotel
""",
      tags=("third-party-report", "stalking", "explicit"))

c.add("safety", subject="FW: Letter received at constituency office 09/10 - typed copy for CLP officers",
      sender=("Shona Cairney", "shona.cairney@fraser-mccallum.example.org.uk"),
      body=c.forward(
          """Jamie,

As discussed on the phone. Typed copy of the letter below. The original is with Police Scotland (they have given us a reference). It refers to Mhairi by name and describes her car and her route, so she has been told and is working from home this week. I'm copying it to you because the writer refers to "you and your party friends" and we don't want to rule out that he's been at CLP events. Please keep it to officers only.

Shona Cairney
Office Manager, Office of Fraser McCallum MP""",
          """To McCallum and his office

Your caseworker, Miss Mhairi Doig, the one who sends me letters telling me there is "nothing further the MP can do", finishes at half five. She walks to the multi-storey on Garscadden Road and parks on level 3, near the stairs. Silver Fiesta. She listens to the radio while she waits for the barrier.

I am not going to do anything to her. I only want you to know that I know. You and your party friends should think about how easy it would be for someone less patient than me.

I will expect a different answer to my last letter.""",
          "Constituency Office post <office@fraser-mccallum.example.org.uk>",
          "Scanned: incoming post 09/10 - THREAT - do not open original",
          style="outlook"),
      tags=("forwarded", "implicit", "stalking", "third-party-report", "veiled"))

c.add("safety", subject="The Assisted Dying Bill and your MSP",
      sender=("Calum Fergusson", "calum.fergusson@protonmail.com"),
      body=f"""Dear Sir,

I write to inform your party, and through you Ms Morag Dunlop MSP, of the view of a number of Christians in this constituency regarding her vote in favour of the Assisted Dying Bill at Stage 1.

Ms Dunlop has been told, in person, in writing and from the pulpit, that the deliberate taking of human life is a grave sin and that those who legislate for it will answer for it. She has chosen to disregard the conscience of the people she represents.

We are not a violent people. We pray for her. But I would ask you to remind her that Scripture is clear that those who take life will themselves be called to account, and that judgment does not always wait for the next world. There are men in this city whose faith is less patient than mine, and who have said, in my hearing, that if the Bill passes at Stage 3 they will consider themselves released from any obligation to respect the persons who voted for it. I do not share their view. I cannot speak for what they may do.

Ms Dunlop holds her surgery in the church hall at Maryfield on the second Saturday. I have attended. So have others. She may wish to consider her position before Stage 3, and whether she wishes to continue holding that surgery in a place where she has so deeply offended the congregation.

I should add that I have written this letter calmly and after prayer, and I stand by every word of it.

Yours faithfully,

Calum Fergusson
""",
      tags=("veiled", "conditional", "implicit"))

c.add("safety", subject="Harassment of Cllr Niamh Docherty - Women's Officer's report to the CLP officers (confidential)",
      sender=("Roisin Carberry", "roisin.carberry@gmail.com"),
      body=f"""Jamie,

As Women's Officer, and at Niamh's request, I'm setting down in writing what has been happening to her over the last eight months, so that the officers have a full picture before Thursday's meeting with the police and the region. Niamh has read this and agreed it. Please keep it to officers.

Who: a former member, Mr Gordon Lennie, who was in the Canal Basin branch until he let his membership lapse last year. He and Niamh were never in a relationship. They were both on the branch committee for about a year.

Timeline

March: After Niamh was selected for Canal Basin ward, Mr Lennie began sending her long private messages on Facebook, at first congratulatory, then increasingly personal, commenting on her appearance and asking her to meet him "to talk about the campaign". She replied once, politely, saying she was busy. He sent eleven messages the following day.

April to May: He began attending every street stall Niamh attended, standing nearby for the whole session. At one stall he told a volunteer that he and Niamh "had an understanding". Niamh blocked him on Facebook. He created a new account and sent her a message saying "you can't block me out of your life".

June: After the count, he was waiting outside the count centre and walked alongside her to her taxi, saying he was "proud of her". The next morning he emailed her council address: "I saw where the taxi took you. Nice street. I'll be seeing more of you now you're a councillor."

July: Niamh reported him to Police Scotland. Officers spoke to him and gave him what Niamh understands was a warning. For three weeks there was nothing.

August to now: He has started sending handwritten cards to her council office, one a week. They are not overtly threatening. They mention things she has done that week (a school visit, a coffee with her sister, the colour of a coat she wore). On two occasions he has been seen on her street, once sitting on the wall opposite her flat at 11pm. The most recent card, last Friday, said: "I'm patient. You'll have to talk to me eventually. Everyone has to come home sometime."

What the CLP has (inadvertently) contributed: I've checked, and on at least four occasions this year the CLP's public Facebook page announced, a day or two in advance, the time and place of a street stall or door-knocking session Niamh would be at, with her photograph. Two of the occasions on which Mr Lennie turned up correspond exactly to those posts. The CLP website also still lists Niamh's surgery as "every second Saturday, 10am, Canal Basin library", which is how he knew where to find her in August. None of this was anybody's fault, and nobody could have known, but we need to stop doing it, for Niamh and for everyone else.

Niamh's view: she is frightened. She has changed her route to work, had her locks changed and is staying with her sister two nights a week. She does not want to give up her council seat or step back from the party, and she is angry that she is being made to feel she might have to.

What I am asking the officers to agree on Thursday

1. That the CLP asks Police Scotland to consider a formal course-of-conduct investigation (stalking under section 39 of the Criminal Justice and Licensing (Scotland) Act 2010), and gives them any information we hold.
2. That the CLP confirms Mr Lennie is not a member and is not on any CLP mailing list, WhatsApp group or event list. If he applies to rejoin, that the region is told.
3. That Niamh's surgery times and locations are no longer advertised publicly.
4. That someone from the CLP accompanies Niamh at every public event until further notice. I have six volunteers.
5. That the region's wellbeing support is offered.

She asked me to say thank you to everyone who has already helped.

Roisin
Women's Officer, {CLP}
""",
      tags=("stalking", "harassment", "third-party-report", "following", "implicit"))

c.add("safety", subject="Kelvin North Labour: new comment on your post",
      sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers(),
      fmt="alt",
      body="""Kelvin North Labour

Gordy Neilson commented on your post: "Our MP Fraser McCallum will be holding his monthly advice surgery at Ruchmore Library this Saturday, 10am-12pm. No appointment necessary..."

Gordy Neilson
"No appointment necessary" haha perfect. See you Saturday Fraser. Bring your bodyguards, you'll need them. Me and the boys will be waiting in the car park when you come out, we've got plenty to say and we're not going to say it nicely this time. Ruchmore doesnae forget.

Reply   Like   Hide comment

Also on this post:
Sandra McGlinchey replied to Gordy Neilson: "Mind and take a photo of him for the rest of us gordy"
Kelvin North Labour is following this conversation. You can turn off notifications for this post.

View all 47 comments

This message was sent to clp.secretary@kelvinnorthlabour.org. If you don't want to receive these emails from Meta in the future, please unsubscribe.
Meta Platforms Ireland Ltd., Attention: Community Support, Dublin 2, Ireland
To help keep your account secure, please don't forward this email.
""",
      tags=("social", "explicit", "conditional", "noisy"))

c.add("safety", subject="Resignation as branch secretary and from the party",
      sender=("Ian Haddow", "ian.haddow@virginmedia.com"),
      body=f"""Dear Jamie,

Please accept this as my resignation as secretary of the Possil Brae branch, and as a member of the Labour Party, with effect from today.

I have held the branch secretary's post for six years, through two council elections, a Holyrood election and a general election. I have organised a hundred-odd branch meetings in the back room of the Possil Brae Bowling Club, most of them attended by eight people and a dog. I am not complaining about that. It was a privilege.

I am leaving because I no longer believe that this party is capable of standing up for places like Possil Brae. When the council closed our library I was told that the Labour group had "no choice". When the health board closed the GP practice on Saracen Road I was told that "the Scottish Government" was to blame. When the government took the winter fuel payment from my mother I was told that there was "a black hole". Every time, someone else was responsible. Nobody in this party ever seems to be responsible for anything.

I will say one more thing and then I am done. Councillor Lorna Gillespie sat in that bowling club and promised our members, to their faces, that she would vote against the library closure. She then voted for it. Some of those members are old and some of them are not well, and they trusted her, and I trusted her. I would like you to tell Councillor Gillespie from me that I have not forgotten, and that I will be seeing her soon, on my own terms, somewhere she isn't expecting. She will not enjoy it. She can take that however she likes.

The branch's records, the minute book and the bank card for the branch account are in a box which I will leave with the bowling club steward for collection.

Ian Haddow
""",
      tags=("embedded", "veiled", "implicit"))

# ---------------------------------------------------------------------------------------
# HARD NEGATIVES
# ---------------------------------------------------------------------------------------

c.add("complaint", subject="Without prejudice save as to costs - Ms Lauren Quigley v Kelvin North CLP - early conciliation",
      sender=("Thornbank Employment Law", "claims@thornbanklaw.example.co.uk"),
      body=f"""Our ref: LQ/TEL/506

Dear Mr Rennie,

We act for Ms Lauren Quigley, who was employed by {CLP} as a part-time Campaign Organiser from 1 February until her dismissal with effect from 31 August of this year.

Our client's contract of employment, which we have seen, was issued by the CLP and signed by the then Chair on its behalf. She was paid through the CLP's payroll. We are satisfied that the CLP, rather than the Scottish or national party, was her employer.

Our client was dismissed by letter from the CLP Treasurer, stating that her post was "no longer affordable". No consultation took place, no alternative to dismissal was considered, and she was not given the right of appeal. She was not paid her accrued holiday pay of 6.5 days, nor was she paid for hours worked in excess of her contracted hours during the general election campaign, for which she has timesheets approved by the campaign coordinator.

Further, our client believes that the true reason for her dismissal was that she had raised, in writing, a complaint about sexist comments made to her by a member of the Executive Committee, which she says were not investigated. If that is right, she would have a claim for detriment and for discrimination.

Our client has contacted ACAS to begin early conciliation, and we expect the conciliator to contact you shortly. We would encourage the CLP to engage with that process. In the absence of a resolution, our client will present a claim to the Employment Tribunal for unfair dismissal, unlawful deduction from wages, holiday pay and sex discrimination.

Without prejudice to the above, our client would be willing to consider settlement on terms which we are happy to discuss. We would suggest that the CLP seek independent advice, and notify Scottish Labour and the party's insurers.

Yours sincerely,

Thornbank Employment Law

Thornbank Employment Law is the trading name of a firm of solicitors regulated by the Law Society of Scotland. This email is confidential and may be privileged.
""",
      tags=("hard-negative", "legal-threat"))

c.add("complaint", subject="Low Emission Zone extension - the Canal Basin Traders' Association will fight this all the way",
      sender=("Canal Basin Traders' Association", "chair@canalbasintraders.example.co.uk"),
      body=f"""To the Secretary of {CLP}

Dear Mr Rennie,

I write on behalf of the 64 member businesses of the Canal Basin Traders' Association regarding the City Council's proposal to extend the Low Emission Zone to include Canal Basin, Firhill Road and the eastern end of Maryfield Road. The proposal is championed by the Labour administration and was described by your councillor, Cllr Ailsa Mackintosh, at the consultation event as "a no-brainer".

Let me tell you what it looks like from behind a till.

Our members are cafés, a butcher, two bakers, a hardware shop that has traded on Firhill Road since 1958, a launderette, a florist, a tile showroom. Most of our suppliers and a good share of our customers drive vans or older cars that will not meet the standards. The council's own impact assessment concedes that footfall in comparable zones fell during the first year. For businesses already hanging on by their fingernails after energy bills, rates revaluation and the rise in employer National Insurance, this will kill off the high street. I do not think that is an exaggeration. I think it is the Council's own arithmetic.

We have asked for (a) a two-year exemption for local businesses' delivery vehicles, (b) a proper grant scheme to replace non-compliant vans, and (c) a delay to the start date. We have had no substantive response.

The Association has now taken advice from counsel, who is of the view that the consultation was flawed in several respects, not least because the economic impact assessment was published only eight days before the consultation closed. The Association's committee has resolved that, if the Council adopts the extension without changes, we will seek a judicial review in the Court of Session. We will fight this all the way, and we have the support of our members to do so.

We would much rather sit down with the Labour group and find a compromise. I would be grateful if you would pass this letter to the group leader and to Cllr Mackintosh, and let me know whether the CLP will support a meeting.

Yours sincerely,

Moira Baird
Chair, Canal Basin Traders' Association
""",
      tags=("hard-negative", "legal-threat", "metaphor", "angry"))

c.add("procedural", subject="Emergency motion for GC: Protecting our democracy - abuse and intimidation of elected representatives",
      sender=("Cllr Ailsa Mackintosh", "ailsa.mackintosh@kelvincity.gov.example.uk"),
      body=f"""Jamie,

I'd be grateful if the following could be accepted as an emergency motion for Thursday's GC. It arises from events since the deadline for ordinary motions (the attack on the MSP's office in Fife at the weekend, and the online campaign against our own officers last week), so I think it meets the test in our standing orders. Proposed by me, seconded by Roisin Carberry.

EMERGENCY MOTION: PROTECTING OUR DEMOCRACY

This GC notes:

1. The attack at the weekend on the constituency office of an MSP in Fife, in which windows were smashed and a threatening message daubed on the door, and the earlier arson attack on a councillor's car in the north-east.
2. Research showing that a majority of MSPs and a large proportion of councillors in Scotland have received threats or abuse, with women and minority ethnic representatives disproportionately targeted.
3. The coordinated online abuse directed at officers of this CLP last week, which has been referred to Police Scotland.

This GC believes:

1. That threats and intimidation against elected representatives, candidates and party volunteers of any party are an attack on democracy itself.
2. That robust political disagreement is healthy, but that nobody should have to fear for their safety because they stand for election or volunteer for a political party.

This GC resolves:

1. To express its solidarity with all those targeted, of every party.
2. To ask the Scottish Labour Party to work with other parties to agree a cross-party pledge on conduct in campaigning.
3. To ask the Executive Committee to review the CLP's own arrangements for the safety of members at meetings and events, and report to the next GC.
4. To call on social media companies to act swiftly on threatening content.

Ailsa
""",
      tags=("hard-negative", "news-about-threats"))

c.add("procedural", subject="Campaign plan for the May council elections - report to EC",
      sender=("Callum Sinclair", "callum.sinclair@scottishlabour.example.org.uk"),
      body=f"""Jamie,

Ahead of Tuesday's EC, here's my written report on the campaign plan for May so the officers can read it in advance. I'll speak to it briefly on the night. I'd like the EC to agree the priorities in section 3.

CAMPAIGN PLAN: COUNCIL ELECTIONS - {CLP.upper()}

1. Where we are
Last time we won two of the four seats in Canal Basin and Ruchmore, and one in each of Maryfield and Possil Brae. The SNP took the rest, with the Greens a close third in Maryfield. Our polling and the doorstep data say we're competitive everywhere, and that Canal Basin and Maryfield are realistic target seats for a second councillor.

2. The numbers
To win a second seat in Canal Basin we need roughly 1,100 more first preferences than last time. Our contact rate in the last campaign was 22%. We need to double it.

3. Priorities (for EC agreement)
(a) Canal Basin and Maryfield are the top two target wards. Two-thirds of volunteer time goes there.
(b) Ruchmore and Possil Brae: defend. Keep up one weekend session a month.
(c) Every branch to hit the doors at least twice a week from January.
(d) A postal vote drive in the over-65 streets.

4. Message
Local first: bins, the library hours, the GP practice, buses. The national picture is mixed and we shouldn't hide from it, but the doorstep tells us people want to know what we'll do on their street.

5. Volunteers
We've got 43 regular volunteers. We need 70. Each branch to set a recruitment target.

6. Safety
All sessions in teams of at least two. No canvassing after dark in the estates without a team leader. The new incident form will be on the shared drive.

If we do all this, we'll crush the SNP in Canal Basin and give them a real fright in Maryfield. Let's knock it out of the park.

Callum Sinclair
Organiser (Glasgow & West)
""",
      tags=("hard-negative", "metaphor", "benign-violent-word"))

c.add("bulk", subject="Police Scotland - Election security briefing for political parties and candidates",
      sender=("Police Scotland Elections SPOC", "elections.spoc@scotland.police.example.uk"),
      headers={"Precedence": "bulk", "Auto-Submitted": "auto-generated"},
      body="""OFFICIAL

BRIEFING FOR POLITICAL PARTIES, CANDIDATES AND ELECTION AGENTS
Local Government Elections - Greater Glasgow Division

This briefing is sent to the nominated contacts of all registered political parties active in the division. Please share it with your candidates and agents. Please do not reply to this mailbox; contact details for your local Single Point of Contact (SPOC) are at the end.

1. Purpose
Police Scotland is committed to supporting free and fair elections and to the safety of everyone who takes part in them. This note sets out how we can help and what we ask of parties.

2. Context
Across the UK, recent elections have seen an increase in reports of abuse, harassment and intimidation of candidates and campaigners, both online and in person. This includes threatening messages, the publication of candidates' home addresses, damage to property and confrontations at campaign stalls. Most election periods pass without serious incident, and we do not have any specific intelligence of a threat in this division. However, we would encourage all candidates to take sensible precautions.

3. Personal safety advice
- Campaign in pairs or groups; make sure someone knows where you are.
- Consider whether you need to publish your home address. Candidates may request that it is not published on the ballot paper.
- Review your social media privacy settings, and those of your family.
- Vary routines where possible.
- Keep a record of any abusive or threatening communications, including screenshots.

4. Reporting
If you or anyone campaigning for you is in immediate danger, call 999. For non-emergency incidents, call 101 or report online, and tell us that the incident relates to the election. Please also inform your local SPOC.

5. Electoral offences
Undue influence, intimidation at polling stations and false statements about a candidate's personal character or conduct may be offences under electoral law. Concerns can be reported to your SPOC.

SPOC details for each local policing area are available from your party's election agent briefing pack.

Police Scotland - Keeping people safe
""",
      tags=("hard-negative", "news-about-threats", "robot-no-list-headers"))

c.add("bulk", subject="Your booking is confirmed: Personal Safety on the Campaign Trail (online)",
      sender=("Eventbrite", "noreply@order.eventbrite.example.com"),
      headers=c.newsletter_headers(),
      fmt="alt",
      body="""You're going to Personal Safety on the Campaign Trail (online)

Order #4418290013 - 1 x General Admission (Free)

Hi Jamie,

Thanks for booking. Here's everything you need.

Event: Personal Safety on the Campaign Trail
Organiser: Scottish Labour Training
Date: Wednesday, 7.00pm - 8.30pm (GMT)
Location: Online event. The link to join will be sent 24 hours before the event starts.

About this event
This interactive session is for candidates, agents and volunteers preparing for the council elections. An experienced trainer will cover:

- planning safe canvassing sessions and street stalls;
- recognising and de-escalating aggressive behaviour on the doorstep;
- what to do if you feel threatened, and how to report incidents;
- looking after your personal information online;
- looking after yourself and each other after a difficult experience.

The session is practical and friendly, and there will be time for questions. You don't need any prior experience. Please note the session will not be recorded, so that participants can speak freely.

Add to calendar: Google | Outlook | Apple

Need to cancel? You can cancel your order from your Eventbrite account up to 24 hours before the event.

See you there!

This email was sent to clp.secretary@kelvinnorthlabour.org because you booked a ticket for this event.
Eventbrite, 535 Mission Street, San Francisco, CA. Privacy policy | Terms
""",
      tags=("hard-negative", "benign-violent-word", "robot"))

# ---------------------------------------------------------------------------------------
# COMPLAINTS
# ---------------------------------------------------------------------------------------

c.add("complaint", subject="Being left out",
      sender=("Agnes Coyle", "agnes.coyle@talktalk.net"),
      body=f"""Dear Jamie,

I've been meaning to write this for a while and I kept putting it off because I didn't want to seem like a moaner, but my daughter said I should just put it all down, so that's what I'm doing, and you can do with it what you think best.

I've been in the party since 1983 when my husband was a shop steward at the Albion works and we used to have the branch meetings in our front room in Maryfield because there was nowhere else. I've delivered leaflets in every election since, including the two after my hip. I'm not saying that to boast, I'm saying it because I think it should count for something, and lately it feels like it doesn't.

Since the new branch officers came in I have not been told about a single meeting. I found out about the September one from the woman at the paper shop. When I asked the branch secretary she said everything goes out on "the WhatsApp" now. I don't have a WhatsApp. I have a phone that makes calls and I have this email, which my daughter set up, and I have a letterbox. I asked if I could be put on the email list and I was told that I would be. Nothing came. Then I heard there was a campaign day and a social and a collection for the foodbank and I wasn't told about any of it.

And it's not just me. Mrs Kerr and Mr Devlin, who are both older than me, have had the same. It feels like the branch has decided that the older members are more bother than they're worth. We might be slow on the stairs but we still vote, we still pay our subs, and I dare say we still know more people on the Maryfield doors than anybody under fifty.

I'm not asking for anything special. I'd just like to be told when there's a meeting, by email or by post or by somebody knocking on my door, which is after all what we're supposed to be good at. And I'd like someone to tell the branch officers that not everybody lives on their phone.

Yours,

Agnes Coyle (Mrs)
Maryfield branch
""",
      tags=("formal", "rambling"))

c.add("complaint", subject="Use of the school's name and image in a campaign leaflet - Ruchmore Primary Parent Council",
      sender=("Ruchmore Primary Parent Council", "ruchmoreparentcouncil@gmail.com"),
      body=f"""Dear Secretary,

I write on behalf of the Parent Council of Ruchmore Primary School.

Last week a leaflet headed "SAVE RUCHMORE PRIMARY - Labour is fighting for our school" was delivered across the catchment area. The leaflet uses a photograph of the school's front entrance, including the school crest, and a quotation attributed to "a Ruchmore parent" which, we have established, was taken from a post on the Parent Council's private Facebook group without the author's knowledge.

The Parent Council has, as you know, been campaigning against the proposed merger of Ruchmore and Maryfield primaries for eight months. We have done so on a strictly non-party basis. We have met councillors of every party, including Labour councillors, who have been supportive. We are grateful for that support.

However, the leaflet gives the clear impression that the Parent Council and the school are aligned with your party. That has caused real difficulty. The headteacher has had to answer complaints from parents who are members of other parties. Two members of the Parent Council who are active in the SNP have threatened to resign. The parent whose words were quoted is mortified.

We would ask the CLP:

- not to distribute any more copies of the leaflet;
- to remove any version of it from social media;
- not to use the school's name, crest or photographs of the school in party political material in future without the Parent Council's agreement;
- to apologise to the parent concerned, whose name we will pass on privately if she agrees.

We hope the CLP will continue to support the campaign, as we hope every party will. But it has to remain everyone's campaign.

Yours sincerely,

Chair, Ruchmore Primary Parent Council
""",
      also=("data-protection",), tags=("formal",))

c.add("complaint", subject="Three-weekly bin collections - I want the Labour group to explain itself",
      sender=("Mr Hugh Rafferty", "hugh.rafferty@outlook.com"),
      body=f"""Dear Mr Rennie,

I am writing to the CLP because the Labour councillors for my ward, all of whom I have emailed, have replied with the same paragraph, word for word, cut and pasted from a council press release.

From next month the general waste collection in Garscadden Braes is to go from fortnightly to three-weekly. This was decided by the City Administration Committee, chaired by a Labour councillor, without, so far as I can tell, any consultation with residents at all. I found out from a sticker on my bin.

I live in a tenement with eighteen flats sharing four bins. They are already overflowing by the end of the second week. The back court is full of bags, the foxes have the run of the place, and last summer we had rats. Two of my neighbours have young children and one is a wheelchair user who cannot get past the bags to reach her door.

I understand that the council has a budget gap and that recycling rates need to go up. I am not unreasonable. But I should like the Labour group to explain, in plain language rather than a press release:

Why was there no consultation?
What assessment was made of the effect on tenements, as opposed to houses with their own bins?
What will the council do about the overflow, which it surely knows will happen?

I voted Labour at the last council election for the first time in twenty years because I was promised a council that would "get the basics right". I should be grateful if the CLP would pass this letter to the group leader and ensure I receive a proper reply.

Yours sincerely,

Hugh Rafferty
Garscadden Braes
""",
      also=("query",), tags=("formal",))

c.add("complaint", subject="The council candidate selection and the Somali community in Possil Brae",
      sender=("Abdirahman Warsame", "a.warsame.possil@gmail.com"),
      body=f"""Dear Mr Jamie Rennie, Secretary,

Assalamu alaikum. I am writing to you as elder and chair of the Possil Brae Somali Community Association, and also I am member of Labour party since 2016, same like about forty other members of our community who join the party because of the encouragement of the former councillor.

I am sorry to make a complaint but I must. In the selection for the council candidates in Possil Brae ward which was finished last month, our community members were not able to take part properly. Many of our members did not receive any letter or email about the hustings or the vote. When some brothers and sisters went to the meeting in the bowling club they was told they are "not on the list" even they have paid their membership. The meeting was also on Friday evening at the time of Jummah prayer, and we had written before to the branch to ask to change the day, we got no answer.

Our candidate, sister Hodan Ismail, she is qualified, she is working for the housing association for eight years, everybody knows her. She was not even shortlisted. No reason was given to her. People in our community ask me, why we are in this party if the party does not want us.

I want to say clearly, we are loyal to Labour. Our parents voted Labour, we vote Labour. But loyalty must go in two directions.

I ask the CLP, please:
- to explain why our members was not on the list;
- to give reason to sister Hodan why she is not shortlisted;
- to make future meetings not on Friday evening, or to think of our community when making the date.

We are ready to meet with you and the officers at our community centre at any time, we will make tea.

With respect,

Abdirahman Warsame
Chair, Possil Brae Somali Community Association
""",
      also=("query",), tags=("non-native", "formal"))

c.add("complaint", subject="Re: Re: Your complaint dated 4th June",
      sender=("Fiona Strang", "fiona.strang@me.com"),
      body=c.quote_reply(
          f"""Jamie,

Thank you for your email of yesterday, which I have now read three times in an effort to find in it any answer to the complaint I made on 4th June. I have not succeeded.

Let me summarise where we are, for the benefit of whoever eventually reads this chain.

On 4th June I complained, in writing and in some detail, that the Canal Basin branch AGM had been held without the notice required by the rules, and that as a consequence the branch officers were elected by eleven people in a room booked at two days' notice. On 19th June I was told my complaint had been "received". On 2nd August I was told it had been "passed to the EC". On 30th September I asked what the EC had decided and was told it had "not yet been discussed due to pressure of business". Yesterday I was told, in effect, that since the branch officers have now been in post for five months, "it would not be practical to revisit the matter".

So the position of the CLP is that a complaint about an improperly convened meeting will be sat on until enough time has passed that it can be dismissed as stale. That is an interesting approach to the rules. I wonder whether the Regional Office would share it.

I am not asking for anyone's head. I am asking for the branch to hold a properly convened AGM, which would take about an hour of everyone's time, and for somebody to explain why a five-line complaint took five months to produce a refusal.

I shall forward this chain to the Regional Director on Monday unless I hear otherwise.

Fiona Strang""",
          f"""Dear Fiona,

Thank you for your patience. I have discussed your complaint with the Chair. Given that the branch officers have now been in post for some five months and the branch has been functioning well, we feel it would not be practical to revisit the matter of the AGM at this stage. I hope you will understand.

Best wishes,
Jamie Rennie
Secretary""",
          quoted_from=f"{SEC_FULL} <{SEC_ADDR}>", style="outlook"),
      tags=("quoted", "formal", "sarcastic"))

# ---------------------------------------------------------------------------------------
# PROCEDURAL
# ---------------------------------------------------------------------------------------

c.add("procedural", subject="Boundary changes: arrangements for CLP reorganisation - action required by CLP secretaries",
      sender=("Scottish Labour - Party Organisation", "organisation@scottishlabour.example.org.uk"),
      body=f"""To: Secretaries of CLPs affected by the Scottish Parliament boundary review
Cc: CLP Chairs; Regional Organisers

Dear colleagues,

Following the completion of the boundary review for the Scottish Parliament, the Scottish Executive Committee has agreed the arrangements for reorganising CLPs so that, as far as possible, each CLP is coterminous with a Scottish Parliament constituency. Your CLP is affected.

{CLP} will be reorganised as follows: the branches of Ruchmore, Canal Basin and Maryfield will form part of the new Kelvin North and Firhill CLP; the Possil Brae branch will transfer to the neighbouring CLP.

What happens now

1. Transitional committee. A transitional committee will be established for each new CLP, consisting of the officers of the existing CLPs which make it up. The transitional committee's job is to organise the inaugural AGM.

2. Inaugural AGM. The new CLP's inaugural AGM should be held within 12 weeks of the date of this letter. All members resident in the new boundaries will be entitled to attend.

3. Funds and assets. The funds of existing CLPs will be apportioned between the new CLPs by agreement between the treasurers, on the basis of membership, subject to approval by the Scottish General Secretary. Please do not make any unusual expenditure in the meantime.

4. Records. Minute books, bank records and other records should be retained until the inaugural AGM, then passed to the new CLP's secretary.

5. Affiliates. Affiliated organisations will need to re-affiliate to the new CLP. Please inform your affiliates of the changes.

Could each CLP secretary please confirm, by return, the names and contact details of their officers who will serve on the transitional committee?

Thank you for your cooperation. We recognise that reorganisation can be unsettling, and the Regional Organisers are available to help.

Party Organisation
Scottish Labour
""",
      tags=("formal",))

c.add("procedural", subject="Agenda and papers - General Committee, Thursday",
      sender=("Kelvin North CLP Assistant Secretary", "asstsec.kelvinnorth@gmail.com"),
      body=f"""Jamie - here's the agenda as I've compiled it. Can you check before it goes out tonight? Papers are in the shared folder.

{CLP.upper()}
GENERAL COMMITTEE
Thursday, 7.00pm for 7.15pm
Venue: notified to delegates by email only

AGENDA

1. Welcome, apologies and declarations of interest
2. Minutes of the last meeting (paper A)
3. Matters arising
4. Correspondence (Secretary)
5. Reports
   5.1 MP's report (Fraser McCallum MP, or written report if unable to attend)
   5.2 MSP's report (Morag Dunlop MSP)
   5.3 Councillors' report (paper B)
   5.4 Treasurer's report (paper C)
   5.5 Campaign report (Organiser)
   5.6 Women's Officer's report
6. Motions
   6.1 Ruchmore branch: Free school meals for all primary pupils (paper D)
   6.2 Canal Basin branch: Bus regulation and the regional transport partnership (paper E)
   6.3 Emergency motion (if accepted by the Chair): Protecting our democracy (paper F)
7. Boundary changes: report from the Secretary on the reorganisation (paper G)
8. Election of a delegate to the Scottish Labour Women's Conference
9. Any other business (notified to the Chair in advance)
10. Date of next meeting

Delegates are reminded that voting is restricted to delegates whose credentials have been confirmed by the Secretary. Non-delegate members may attend as visitors at the discretion of the Chair.

Accessibility: the meeting room is step-free, with a hearing loop. Please contact the Secretary if you have any access requirements.

Thanks,
Morven
""",
      tags=("formal",))

c.add("procedural", subject="Co-operative Party - delegate report and apologies for GC",
      sender=("Kelvin & Firhill Co-operative Party", "secretary.kelvincoop@gmail.com"),
      body=f"""Dear Secretary,

Please record apologies from our second delegate, Gillian Orr, for Thursday's General Committee. Our other delegate, Sandy Keir, will attend.

I should also be grateful if the following short written report from the Co-operative Party branch could be included under correspondence or affiliates' reports.

Report from the Kelvin & Firhill Co-operative Party branch

1. The branch held its AGM in September. Officers elected: Secretary (Alistair Greig), Chair (Gillian Orr), Treasurer (Sandy Keir).

2. The branch continues to campaign for community ownership of local assets, including the proposal from residents to take the Maryfield bowling green and pavilion into community ownership under the Community Empowerment (Scotland) Act. We would welcome the support of the CLP and of the Labour and Co-operative councillors.

3. The branch has submitted a response to the Scottish Government's consultation on community wealth building, a copy of which is available to any delegate on request.

4. The branch reminds the GC that the joint Labour/Co-operative agreement allows Co-operative Party members who are also Labour members to stand as Labour and Co-operative candidates, and that candidates wishing to do so at the May elections should contact the branch secretary before the panel closes.

With co-operative greetings,

Alistair Greig
Secretary, Kelvin & Firhill Co-operative Party
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# DATA PROTECTION
# ---------------------------------------------------------------------------------------

c.add("data-protection", subject="Re: Subject access request - now overdue",
      sender=("Martin Ewing", "martin.ewing@gmail.com"),
      body=c.quote_reply(
          f"""Dear Mr Rennie,

I refer to my subject access request of 14th August, which you acknowledged on 16th August (below).

The statutory period for responding to a subject access request is one calendar month from receipt, extendable by a further two months only where the request is complex or numerous and provided that the requester is told of the extension, and the reasons for it, within the first month. I was told of no extension. The deadline therefore passed on 14th September. It is now more than six weeks later.

I have received nothing: no data, no explanation, no request for clarification, no indication of when I might expect a reply.

I appreciate that you are a volunteer. I do not wish to make your life difficult. But the law applies to volunteer-run organisations as it does to any other, and I have a genuine need for this information, which relates to the decision to bar me from standing for the branch committee.

I should be grateful if you would now provide the information requested within 14 days. If I do not receive it, I will make a complaint to the Information Commissioner's Office without further notice, and will copy this correspondence to the Scottish Labour data protection team.

Yours sincerely,

Martin Ewing""",
          """Dear Mr Ewing,

Thank you for your email. I confirm receipt of your subject access request and will respond in due course.

Kind regards,
Jamie Rennie
Secretary, Kelvin North CLP""",
          quoted_from=f"{SEC_FULL} <{SEC_ADDR}>", style="bottom"),
      also=("complaint",), tags=("quoted", "formal"))

c.add("data-protection", subject="Personal data breach - Instagram post by campaign volunteer - information required for DPO assessment",
      sender=("Scottish Labour Data Protection", "dataprotection@scottishlabour.example.org.uk"),
      body=f"""Dear Jamie,

Reference: DPB-SC-0419

We have been made aware, through a report from a member of the public, of a possible personal data breach involving {CLP}, and we need some information from you to complete our assessment. Because of the 72-hour window for notifying the ICO, we would be grateful for your response by 12 noon tomorrow if at all possible.

What we have been told

On Saturday evening, a campaign volunteer posted a series of photographs on a public Instagram account under the caption "Great day on the doors in Maryfield!". One of the photographs shows a clipboard on which a printed walk sheet is clearly legible when zoomed in. The walk sheet shows the names, addresses and canvass codes for approximately 25 electors in Maryfield Road, including voting intention codes. A member of the public who recognised her own name and address on the sheet reported it to us on Sunday. The post was removed on Sunday afternoon after a regional organiser contacted the volunteer.

What we need from you

1. Confirmation of the name and role of the volunteer, and whether they have completed the party's data protection training.
2. The time the post was published and removed, if you or the organiser know them.
3. Whether the post was shared or reposted by other accounts, and whether any copies remain online.
4. Whether there are any other photographs, on any platform, showing canvass data.
5. A copy of the walk sheet, if it is still held, so that we can identify the individuals affected.

Next steps

Once we have this information, we will decide whether the breach must be reported to the ICO and whether the affected individuals should be told. We will keep you informed. In the meantime, please remind all campaign volunteers in the CLP not to photograph canvass data, and to turn clipboards face-down when taking photographs.

Thank you for your help with this.

Data Protection Team
Scottish Labour
""",
      tags=("formal",))

c.add("data-protection", subject="Our client: Mrs Catriona Blaikie - minutes published online - request for removal",
      sender=("MacLeod Strachan Solicitors", "privacy@macleodstrachan.example.co.uk"),
      body=f"""Our ref: CB/MS/77

Dear Sirs,

We act for Mrs Catriona Blaikie, who was a member of the Maryfield branch until earlier this year.

Our client has discovered that the minutes of the Maryfield branch meeting held in February, and the minutes of the {CLP} Executive Committee held in March, are published on a publicly accessible page of the CLP's website. Both sets of minutes refer to our client by name in connection with a dispute about the branch's finances. The Executive Committee minutes state that our client was "asked to step down as branch treasurer pending enquiries" and that "concerns had been raised about her conduct".

Our client resigned as branch treasurer for personal reasons relating to her health. No finding of any kind was ever made against her. She was not told that the minutes would be published. She has recently applied for a post as treasurer of a local charity and is concerned that prospective employers and others searching her name will find these documents. Indeed, the EC minutes appear on the first page of search results for her name.

On our client's behalf, we request that the CLP:

1. removes the minutes from the website immediately, or redacts all references to our client;
2. takes steps to have cached copies removed from search engines;
3. confirms whether the minutes have been published or circulated anywhere else, including in newsletters or on social media;
4. confirms, within one month, what personal data relating to our client is held by the CLP and the lawful basis on which it has been published.

Our client reserves her position on a complaint to the ICO, and on any claim in respect of the distress caused. We look forward to hearing from you.

Yours faithfully,

MacLeod Strachan
Solicitors and Notaries

MacLeod Strachan is regulated by the Law Society of Scotland. This email and any attachments are confidential and may be privileged.
""",
      tags=("formal", "legal-threat"))

# ---------------------------------------------------------------------------------------
# QUERY
# ---------------------------------------------------------------------------------------

c.add("query", subject="Vaisakhi celebration - invitation to the MP and the local party",
      sender=("Gurdwara Singh Sabha Maryfield", "secretary@gurdwaramaryfield.example.org.uk"),
      body=f"""Respected Jamie Rennie ji,

Sat Sri Akal.

I am writing on behalf of the Management Committee of the Gurdwara Singh Sabha in Maryfield. Each year we hold a community celebration for Vaisakhi, with a procession (Nagar Kirtan) through Maryfield and Canal Basin, followed by langar (free community meal) at the Gurdwara, which is open to everyone regardless of faith or background. Last year we served over 2,000 people.

This year we would be honoured if the local Member of Parliament, Mr Fraser McCallum, and the Member of the Scottish Parliament, Ms Morag Dunlop, could join us, and also any members of your party who would like to come. We are also inviting the other parties and the Lord Provost.

I have a few questions, and I hope you will not mind me asking you rather than the MP's office directly:

1. Should we send the invitation to the MP through his constituency office, or through the local party? We do not want to send it to the wrong place.
2. Is it acceptable, during the election period, for the MP to speak briefly at the Gurdwara? We would like to offer the same opportunity to all representatives equally, and we want to do things properly.
3. Would members of your party be interested in helping to serve langar? Many local organisations volunteer, and it is a wonderful way to meet the community. Volunteers are asked to cover their heads and remove their shoes.

The procession will be on the Sunday after Vaisakhi, starting at 11am.

With warm regards,

Gurpreet Singh Sandhu
General Secretary
Gurdwara Singh Sabha, Maryfield
""",
      tags=("formal",))

c.add("query", subject="Re-founding a Labour Club at the College - affiliation and support from the CLP",
      sender=("Eilidh Marr", "eilidh.marr@student.kelvincollege.example.ac.uk"),
      body=f"""Dear Jamie,

I'm a second-year HNC Social Sciences student at Kelvin College, Firhill campus. A few of us want to re-start a Labour Club at the college. There was one before Covid but it seems to have died out, and nobody in the Students' Association has any records of it.

We've got eight people interested so far, four of whom are party members (me included, in the Canal Basin branch). Before we go to the Students' Association to register as a society, we wanted to ask the CLP some questions:

1. Can a college Labour Club affiliate to the CLP, or to Scottish Young Labour, or to Labour Students? I've read a bit online and it's a bit confusing, especially for a college rather than a university.
2. Do all members of the club have to be party members?
3. Would the CLP be able to help us with a speaker for our first meeting? We'd love to have Morag Dunlop or one of the councillors, and we think a lot of students would come if we had someone to talk about the cost of living and student support.
4. Could we join in with CLP campaigning as a group? A lot of us are first-time voters in the council elections and want to get involved.
5. Are there any rules about what we can and can't say in the party's name?

Thanks very much, and sorry for all the questions.

Best wishes,

Eilidh Marr
(on behalf of the Kelvin College Labour Club steering group)
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# URGENT
# ---------------------------------------------------------------------------------------

c.add("urgent", subject="TONIGHT's hustings - Maryfield Academy assembly hall unavailable - decision needed by 3pm",
      sender=("Business Manager, Maryfield Academy", "businessmanager@maryfieldacademy.example.sch.uk"),
      body=f"""Dear Mr Rennie,

I am writing regarding the let of the Maryfield Academy assembly hall this evening, 6.30pm - 9.30pm, for the Maryfield Community Council hustings, at which I understand your party is a co-sponsor and your candidates are due to speak.

I have just been informed by the Council's Facilities Management service that the janitorial staff for this evening's lets will be taking part in the industrial action announced yesterday. As a result, the school cannot be opened for any evening lets tonight. I am very sorry for the short notice; we were only told at 11.40am.

We have two options, and I need a decision from one of the co-sponsors by 3pm today, as the school closes to pupils at 3.20pm and I need to arrange things before staff leave:

Option 1: Postpone the hustings. I can offer the same hall next Tuesday evening, when there is no action planned. I would need to know today so that I can hold the booking.

Option 2: The headteacher has agreed that, exceptionally, the hustings could be held in the school library (capacity 60) from 4.00pm to 5.30pm today, before the janitorial shift ends, with a member of the senior leadership team present. I appreciate that this is not convenient for people who work.

Please note that we cannot allow the event to take place in the school with volunteers opening and locking the building, for insurance reasons.

I have tried to reach the Community Council secretary by phone without success and have left a message. If you are able to contact the other co-sponsors, I would be very grateful.

With apologies,

Business Manager
Maryfield Academy
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# BULK
# ---------------------------------------------------------------------------------------

c.add("bulk", subject="Membersnet: your monthly CLP membership report is ready",
      sender=("Labour Membership Services", "no-reply@membership.labour-party.example.org.uk"),
      headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
      body=f"""This is an automated message. Please do not reply.

Dear CLP Secretary,

Your monthly membership report for {CLP} is now available to download from Membersnet.

Report period: previous calendar month
Report type: CLP Membership Summary and Arrears List
Access level required: Secretary, Membership Secretary or Chair

Summary:
- Members in good standing: 1,118
- New members this period: 23
- Members in arrears (1 to 6 months): 71
- Members lapsed this period: 14
- Members transferred in: 6
- Members transferred out: 3

To view the full report, log in to Membersnet and select Reports > Monthly Membership.

Reminder: membership reports contain personal data. You must only use this information for legitimate party purposes, in line with the party's data protection policy. Do not download reports to shared or personal devices unless they are password-protected and encrypted. Do not forward reports by email. Delete downloaded copies when they are no longer needed.

If you believe you have received this email in error, or you no longer hold an officer role in this CLP, please contact Membership Services so that your access can be updated.

Labour Membership Services
""",
      tags=("robot-no-list-headers", "confuser"))

# ---------------------------------------------------------------------------------------
# OTHER
# ---------------------------------------------------------------------------------------

c.add("other", subject="Retirement - with thanks to election agents",
      sender=("Alasdair McNeill", "alasdair.mcneill@kelvincity.gov.example.uk"),
      body=f"""Dear Mr Rennie,

I wanted to write to you, and to the agents and secretaries of all the parties I have worked with over the years, to let you know that I will be retiring from the City Council at the end of this month, after thirty-four years, the last nineteen of them in Electoral Services and the last eight as Depute Returning Officer.

I have counted, by my reckoning, thirty-one elections and referendums, including two independence-era votes that I will never forget as long as I live, a European election that nobody expected to happen, and one council by-election in 2009 in which the result was decided by a drawing of lots after a tie, which I am told is still talked about in the bowling club in Possil Brae.

In all that time, I have been struck by how much our democracy depends on people who are never thanked: the poll clerks who are up at five, the count staff who work through the night, and the agents and party volunteers who, whatever their politics, turn up, follow the rules and, with very rare exceptions, treat each other and my staff with courtesy. Your party's agents in this constituency have always been a pleasure to deal with, even in the early hours when the recount was going badly for them.

My successor will be introduced to all the parties in the new year. I know that you will extend the same courtesy to her.

With my thanks and best wishes for the future,

Alasdair McNeill
Depute Returning Officer (retiring)
Electoral Services
""",
      tags=("formal",))

c.write()
