# train / ta5 -- hard negatives (class 5) for the safety category (Riverside CLP).
# Hot, violent-sounding, but to a careful reader not threats. All people invented; content by hand.
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ta5", seed=1105)
SEC = c.secretary()
SECF = SEC[0].split()[0]
MP_OFFICE = "joanna.whitfield.mp@parliament.uk"

# 1 long furious complaint, swimming baths, metaphors
c.add("complaint", subject="Millbrook Baths - you are killing this community", sender=c.person("Tina", "Holroyd"), body="""Mr Okafor,

I'm the mum of three and a volunteer at Millbrook Swimming Club, which has taught kids in this ward to swim since 1962. I'm writing because the cabinet report recommending the closure of Millbrook Baths was published on Friday and I am so angry I can barely type.

Let's be honest about what this decision does. It kills Millbrook. Not slowly, not "over time", it kills it. The baths are the last public building on the High Street that isn't a charity shop or a bookie. The swimming club has 240 kids. The over-60s aqua class has been going for 30 years. The school swimming lessons for six primaries happen there. The "alternative" is the leisure centre in Quayside, two buses away, which is already full.

We live next to a river. Every single summer a child gets into trouble in that water. If this goes through and a kid drowns because they never learned to swim, the councillors who voted for it will have blood on their hands, and I will say so, loudly, in every paper that will print it.

I've been a Labour voter my whole life. My dad was a docker and a shop steward. I'm not some Tory who wants to bash the council. I know the government's settlement is a disgrace. But it's our councillors who drew up this list and put the baths on it.

I will be at full council on the 12th with as many parents and kids as I can fit on the bus, and we will make our views known. We'll fight this all the way.

Tina Holroyd
Millbrook Swimming Club""", tags=("hard-negative", "metaphor", "angry"))

# 2 resignation in anger
c.add("complaint", subject="Resignation", sender=c.person("Frank", "Ellery", "btinternet.com"), body="""Sam,

After 34 years I'm resigning from the Labour Party, effective today.

I stuck with it through Iraq, through Brown, through Corbyn and the antisemitism mess, through 2019. I thought when we finally won we'd do something. Instead we took the winter fuel off pensioners, kept the two-child cap, and now they're going after disabled people's PIP. This government has knifed its own voters in the back, and it'll be the death of the party in towns like ours. You mark my words, it's political suicide.

Please don't send anyone round to talk me out of it. I've cut my card up. I'll vote for whoever I like from now on.

Frank Ellery
(former branch chair, St Jude's)""", tags=("hard-negative", "metaphor", "angry"))

# 3 legal threat, defamation in minutes
c.add("complaint", subject="Minutes of St Jude's branch 3 October - defamatory statement", sender=c.person("Deborah", "Vance"), body=f"""Dear {SEC[0]},

The draft minutes of the St Jude's branch meeting held on 3 October, circulated to over 90 members on 9 October, record that I "was asked to leave after behaving aggressively towards the chair". This is false. I left voluntarily, before the item, because I had a migraine, as at least four members can confirm.

This statement is defamatory and has caused me considerable distress and embarrassment. I require:

1. that the minutes be corrected before they are approved;
2. that a correction be circulated to everyone who received the draft;
3. a written apology from the branch secretary.

If I do not receive confirmation within 14 days, you will be hearing from my solicitor, and I will also be raising a formal complaint with the Governance and Legal Unit.

Yours sincerely,
Deborah Vance""", tags=("hard-negative", "legal-threat"))

# 4 faction, gloves are off
c.add("complaint", subject="Foundry ward selection", sender=c.person("Marcus", "Oyelaran"), body="""Sam

The Foundry selection was a stitch-up from start to finish and everyone knows it. Two of our nominations "went missing", the hustings was moved to a Tuesday at 5pm, and the panel included the winning candidate's partner.

We'll be fighting this all the way to the NEC. The gloves are off. I've got a dozen members ready to sign the appeal and I'll be moving a motion of no confidence in the procedures secretary at the next GC.

Consider this fair warning that we won't be going quietly.

Marcus""", tags=("hard-negative", "metaphor", "angry"))

# 5 "I'll make sure everyone knows"
c.add("complaint", subject="Joanna Whitfield's office - disgraceful treatment", sender=c.person("Pauline", "Rudd"), to=MP_OFFICE, cc=(SEC[1],), body="""I have now waited eleven weeks for a reply about my mother's care package. Eleven weeks. I have rung the office nine times. I have been told three times that "a caseworker will call you back". Nobody has called me back.

I am copying the local party secretary because I want somebody in Riverside Labour to know how your MP's office treats its constituents.

If I don't hear from someone by Friday I will make sure everybody knows. I'll go to the Echo, I'll go on the Riverside Community Facebook page, and I'll stand up at the next public meeting and tell them exactly what happened. Joanna Whitfield will regret ignoring me at the ballot box, I promise you that.

Pauline Rudd""", tags=("hard-negative", "angry"))

# 6 knock 'em dead
c.add("other", subject="Tonight!", sender=c.person("Angela", "Price"), body=f"""{SECF}! Good luck at the hustings tonight. Knock 'em dead. Don't let the Reform lad get away with that rubbish about the hotels - you've got the figures, batter him with them 😄

Ange x""", tags=("hard-negative", "benign-violent-word"))

# 7 query, shoot me a text, hit the doors
c.add("query", subject="Saturday canvass", sender=c.person("Callum", "Pryor"), body="""Hi Sam,

New member here, keen to get involved! Could you shoot me a text with the meeting point for Saturday? I saw on the WhatsApp that we're hitting the doors in Eastbank but I'm not on the group yet. My number's 07700 914 228.

Also is there a session where somebody explains how the app works? I don't want to kill the data by tapping the wrong thing.

Cheers
Callum""", tags=("hard-negative", "benign-violent-word"))

# 8 ALL CAPS bins rage, no threat
c.add("complaint", subject="BINS!!!!!!!", sender=c.person("Maureen", "Toft", "aol.com"), body="""I AM SICK TO DEATH OF RINGING THE COUNCIL ABOUT THE BINS ON WHARF STREET. FOUR WEEKS!!! FOUR WEEKS AND NOBODY HAS EMPTIED THE RECYCLING. THE RATS ARE THE SIZE OF CATS. I HAVE RUNG COUNCILLOR SULLIVAN AND LEFT MESSAGES AND HE DOES NOT RING BACK.

I AM 76 YEARS OLD AND I HAVE VOTED LABOUR SINCE HAROLD WILSON AND THIS IS HOW YOU TREAT ME. I AM FURIOUS. IF THIS IS NOT SORTED BY NEXT WEEK I WILL BE VOTING FOR SOMEBODY ELSE AND I WILL TELL EVERY SINGLE PERSON IN THE SHELTERED HOUSING TO DO THE SAME. THERE ARE 60 OF US.

MRS M TOFT""", tags=("hard-negative", "angry", "noisy"))

# 9 bulk newsletter with benign violent words
c.add("bulk", subject="Riverside Labour Roundup - November", sender=("Riverside Labour", "news@riversidelabour.org.uk"), headers=c.newsletter_headers(), fmt="alt", body="""RIVERSIDE LABOUR ROUNDUP - NOVEMBER

Hello members!

TARGET WARDS BLITZ
We're hitting the doors in our two target wards, Foundry and Eastbank, every weekend until Christmas. Meet 10.30 at the Ropewalk. Bring a brolly.

LEAFLETS COST A BOMB
Printing the winter Rose leaflet cost us £1,400 this year. If you can chip in a fiver, please use the donate link below. Every pound goes on the doorstep.

QUIZ NIGHT RESULTS
Congratulations to "The Usual Suspects" who absolutely destroyed the competition with 47 points. The committee team came joint last. We don't want to talk about it.

FIRE ALARM TEST
St Jude's Hall will test its fire alarm at 7.15 during the GC on the 18th. It's loud. Don't panic.

Donate: https://riversidelabour.org.uk/donate
Unsubscribe from this list""", tags=("hard-negative", "benign-violent-word"))

# 10 procedural motion condemning abuse
c.add("procedural", subject="Motion for GC - abuse and intimidation of elected representatives", sender=c.person("Harriet", "Lane"), body=f"""Dear {SECF},

Please find below a motion from Quayside branch for the GC on the 18th. It was passed unanimously at our branch meeting on Tuesday.

MOTION: Standing together against abuse and intimidation

This CLP notes:
- Research by the Local Government Association showing that a majority of councillors have experienced abuse or intimidation, and that many women and ethnic minority councillors report threats of violence;
- The murders of two sitting MPs in the past decade, and the continuing rise in threats reported to parliamentary security;
- That several candidates across the region withdrew from this year's elections citing online abuse.

This CLP believes:
- That nobody should face threats for standing for public office;
- That political disagreement, however strong, must never become intimidation.

This CLP resolves:
- To adopt the regional safety guidance for all candidates and officers;
- To ask the EC to nominate a safety lead;
- To write to the council leader supporting the LGA's Debate Not Hate campaign.

Proposer: Cllr Harriet Lane
Seconder: Dev Mistry""", tags=("hard-negative", "news-about-threats"))

# 11 urgent, venue lost tonight, violent words
c.add("urgent", subject="GC TONIGHT - hall flooded, need a new venue by 5", sender=c.person("Graham", "Tolley"), body="""Sam,

Disaster. St Jude's caretaker has just rung - a pipe burst overnight and the hall's under two inches of water. Tonight's GC is dead in the water unless we find somewhere by 5pm so we can email everyone.

I've tried the Ropewalk (booked) and Millbrook CC (no answer). Can you try the Methodist church on Union Street? If we can't get anything I think we have to postpone and I'm going to kill myself explaining it to the delegates who've organised childcare.

Ring me.
Graham""", tags=("hard-negative", "benign-violent-word"))

# 12 complaint, crush them in May
c.add("complaint", subject="Eastbank candidate", sender=c.person("Bernard", "Kettle"), body="""Sam,

With respect, the EC has got this badly wrong. We should be crushing Reform in Eastbank in May. Instead we're running a candidate who lives twenty miles away and has never knocked a door in the ward. Reform will slaughter us on the doorstep with that, and frankly we'll deserve it.

I'd like my objection minuted at the next EC.

Bernard Kettle
Eastbank branch""", tags=("hard-negative", "metaphor"))

# 13 condolence, killed in accident
c.add("other", subject="Sad news - Dave Morrow", sender=c.person("Sylvia", "Morrow"), body=f"""Dear {SECF},

I'm so sorry to be writing with this news. My brother Dave Morrow, who was a member of Millbrook branch for many years and delivered leaflets on Canal Street right up to this summer, was killed on Tuesday when a lorry hit his bike on the Quayside roundabout.

He'd have wanted the party to know. He always said the branch was his second family.

The funeral is on Friday 28th at 11am at St Jude's, and afterwards at the Ropewalk. Everyone from the branch is welcome. He'd want red roses, not lilies.

Sylvia Morrow""", tags=("hard-negative", "benign-violent-word"))

# 14 complaint, political suicide
c.add("complaint", subject="Two-child limit", sender=c.person("Leanne", "Cottam"), body="""Keeping the two-child limit is political suicide and every Labour MP who voted for it knows it. I've got three kids and I've canvassed for Joanna twice. I won't a third time. You can tell her I said so.""", tags=("hard-negative", "metaphor", "angry"))

# 15 bulk news digest about threats
c.add("bulk", subject="The Daily Red: MPs' security bill doubles after surge in threats", sender=("The Daily Red", "briefing@dailyred-news.example"), headers=c.newsletter_headers(esp="Campaign Monitor"), fmt="html", body="", html_body="""<html><body style="font-family:Georgia;max-width:640px">
<h2>The Daily Red &mdash; Tuesday briefing</h2>
<h3>MPs' security bill doubles after surge in threats</h3>
<p>Spending on security for MPs has doubled in two years, according to figures released yesterday, with police recording more than 600 threats against parliamentarians in the past twelve months. Several MPs have described receiving messages mentioning their children's schools and their home addresses.</p>
<h3>Bloodbath for Tories in council by-elections</h3>
<p>The Conservatives lost six of seven seats they were defending on Thursday, in what one party source called &ldquo;a massacre&rdquo;.</p>
<h3>Union fires warning shot over public sector pay</h3>
<p>Unison says members will be balloted for strike action unless ministers improve on 2.8%.</p>
<p style="font-size:11px;color:#888">You're receiving this because you subscribed to The Daily Red. <a href="#">Unsubscribe</a></p>
</body></html>""", tags=("hard-negative", "news-about-threats", "metaphor"))

# 16 regional office candidate safety briefing
c.add("procedural", subject="Candidate safety briefing - action for CLP secretaries by 30 Nov", sender=("Rachel Ibbotson", "rachel.ibbotson@labour-regional.example"), body=f"""Dear {SECF},

Ahead of the May elections, all CLP secretaries are asked to make sure that every approved council candidate has:

1. completed the party's online candidate safety module (link on Membersnet);
2. registered with their local police force's candidate liaison scheme;
3. been offered the option of not publishing their home address on nomination papers (the "address withheld" form);
4. been given the regional contact number for reporting threats, abuse or intimidation.

Sadly, we know from the last two years that candidates - particularly women and candidates of colour - are increasingly being targeted with online abuse and, in a few cases, threats to their homes and families. The guidance covers what to do if this happens, how to keep records and when to involve the police.

Please confirm by 30 November which of your candidates have completed the module. A spreadsheet template is attached.

Thanks,
Rachel
Regional Organiser""", tags=("hard-negative", "news-about-threats"))

# 17 journalist query
c.add("query", subject="Riverside Echo - piece on abuse of councillors", sender=("Tom Haverley - Riverside Echo", "tom.haverley@riversideecho.example"), body="""Hi Sam,

I'm putting together a longer feature for next week on the abuse and intimidation local councillors face - prompted by the LGA survey and by the Conservative councillor in Wharfside who stood down in the summer after threats.

Would anybody from Riverside Labour be willing to talk to me, on or off the record, about their experience and what the party does to support people? No rush - I'm filing on Thursday.

Best,
Tom Haverley
Local democracy reporter, Riverside Echo
07700 900 341""", tags=("hard-negative", "news-about-threats"))

# 18 "I'll be at the meeting"
c.add("complaint", subject="You won't shut me up", sender=c.person("Norma", "Bright"), body="""Sam,

I was ruled out of order three times at last month's GC for trying to raise the Millbrook Baths. Three times. The chair said it "wasn't on the agenda". Well it should be.

I'll be at the next one, and the one after that, and every single one until somebody lets me speak. I've been a member for 41 years and I've earned that. You won't shut me up.

Norma Bright""", tags=("hard-negative", "angry"))

# 19 watch this space, independent
c.add("complaint", subject="Deselection", sender=c.person("Pete", "Sullivan"), body="""Sam,

So that's it then. Twelve years as councillor for Millbrook and I find out I've been deselected from a Facebook post.

I won't be taking this lying down. Plenty of people in Millbrook know what I've done for them and plenty of them are telling me to stand as an independent. Watch this space. May's going to be very interesting.

Pete""", tags=("hard-negative", "angry"))

# 20 Polish non-native complaint, killing budget
c.add("complaint", subject="council tax is too much", sender=c.person("Katarzyna", "Wrobel", "wp.pl"), body="""Hello,

I write about the council tax for my flat in Foundry. This year it go up again 5 percent and also the parking permit now cost £90. I work two jobs in hotel and cleaning. This is killing my family budget, really. Every month we are minus.

Your party promise that working people will be better. I dont see this. I am very angry and also my neighbours. We will not vote Labour next time if nothing change, this I promise you.

Please explain me why the tax go up when the bins are collected less.

Katarzyna""", also=["query"], tags=("hard-negative", "metaphor", "angry", "non-native"))

# 21 heads should roll
c.add("complaint", subject="Leaflet disaster", sender=c.person("Keith", "Bellamy"), body="""Sam,

5,000 leaflets delivered across Foundry with the wrong date for Joanna's public meeting on them. Five thousand. Half the branch spent two weekends putting them through doors.

Who signed off the proof? Heads should roll for this. I'd like to know what went wrong and who's paying for the reprint, because it's not coming out of branch funds.

Keith""", tags=("hard-negative", "metaphor", "angry"))

# 22 thanks, smashed it
c.add("other", subject="You smashed it!", sender=c.person("Priya", "Desai"), body="""Sam just wanted to say you absolutely killed it at the Quayside hustings last night. You murdered the Reform guy on housing, he had nothing. Half the room were nodding along by the end.

Drinks on me next time x""", tags=("hard-negative", "benign-violent-word"))

# 23 apologies, dead on my feet
c.add("procedural", subject="Apologies - GC 18th", sender=c.person("Chris", "Abara"), body="""Hi Sam, apologies for Tuesday's GC - I'm on nights all week and I'll be dead on my feet. Could you note Eastbank branch will be represented by Ola instead of me. Thanks, Chris""", tags=("hard-negative", "benign-violent-word"))

# 24 trigger ballot, procedural
c.add("procedural", subject="Trigger ballot - branch nomination timetable", sender=c.person("Dev", "Mistry"), body="""Hi Sam,

Foundry branch wants to make sure we don't miss the window for the trigger ballot. Could you confirm:

- the date by which branches must hold their trigger ballot meetings;
- whether affiliates' returns have to reach you or go straight to region;
- whether we can hold the ballot at an online meeting, given half the branch can't get to the Ropewalk on a weeknight.

We'd like to schedule ours for the week of the 9th if that works.

Thanks,
Dev
Secretary, Foundry branch""", also=["query"], tags=("hard-negative", "benign-violent-word"))

# 25 legal threat injunction, expulsion
c.add("complaint", subject="Notice of intended legal action - administrative suspension", sender=c.person("Adrian", "Lockwood"), body="""Dear Secretary,

I was administratively suspended on 2 September without being given the specific allegations against me, in breach of the party's own rules and of natural justice. I have written to the Governance and Legal Unit four times and received one acknowledgement.

I have now instructed solicitors. Unless the suspension is lifted, or I am provided with the full particulars of the complaint within 21 days, I intend to apply to the High Court for an injunction restraining the party from excluding me from the forthcoming AGM and selection meetings, and to seek my costs.

I am copying this to the CLP because the CLP will be named as an interested party. Please preserve all emails, minutes and correspondence relating to me.

Yours faithfully,
Adrian Lockwood""", tags=("hard-negative", "legal-threat"))

# 26 persistent casework complaint, not threat
c.add("complaint", subject="Third request - housing repair case", sender=c.person("Sharon", "Mellor"), to=MP_OFFICE, cc=(SEC[1],), body="""This is my third email. My daughter has asthma and there is black mould in her bedroom. The housing association says it's "condensation" and tells us to open a window. In November.

I'm going to keep ringing your office every single day, and I'm going to come to every one of Joanna's surgeries until someone actually helps us. I'm not going away. I know that's annoying. I don't care. My daughter's been in hospital twice.

Sharon Mellor""", tags=("hard-negative", "angry"))

# 27 query, safe to canvass after news
c.add("query", subject="Canvassing safety - question", sender=c.person("Joy", "Akande"), body="""Hi Sam,

I've just joined and I'd love to help with canvassing, but I'll be honest, after all the news stories about MPs and councillors being attacked I'm a bit nervous. Does the CLP have guidance on staying safe on the doorstep? Do people always go in pairs? And is it okay if I only do daytime sessions?

Thanks,
Joy""", tags=("hard-negative", "news-about-threats"))

# 28 knife in the back, welfare
c.add("complaint", subject="Joanna's vote on the welfare bill", sender=c.person("Simon", "Frayne"), fmt="alt", body="""Dear Sam,

I am a wheelchair user and a member of Millbrook branch. I want the CLP to know how many disabled members feel about Joanna voting for the welfare bill.

It's a knife in the back. There's no other way to put it. She sat in my living room in 2024 and told me a Labour government would never balance the books on disabled people. The bill she voted for will take £4,000 a year off people like me.

I'd like the GC to debate a motion asking Joanna to explain her vote, and I'd like to move it myself. Can you tell me what the deadline is for the January GC?

Simon Frayne""", also=["query"], tags=("hard-negative", "metaphor", "angry"))

# 29 murder mystery fundraiser
c.add("other", subject="Murder mystery night - can we put it in the newsletter?", sender=c.person("Gwen", "Latimer"), body="""Hi Sam,

St Jude's branch is doing a murder mystery fundraiser at the Ropewalk on Saturday 6 December - "Death at the Conference". Three courses, costumes optional, the victim is a fictional regional organiser (no resemblance to anyone living, honest!). £20 a head, all proceeds to the Eastbank campaign.

Could it go in the next Roundup? Poster attached.

Gwen""", tags=("hard-negative", "benign-violent-word"))

# 30 venue robot fire safety notice, no list headers
c.add("bulk", subject="Fire safety notice - St Jude's Church Hall bookings", sender=("St Jude's Hall Bookings", "no-reply@stjudeshall-bookings.example"), body="""This is an automated message to all regular hirers of St Jude's Church Hall.

FIRE SAFETY NOTICE

- The weekly fire alarm test takes place on Tuesdays at 7.15pm. You do not need to evacuate during the test.
- In a real fire, leave by the nearest exit and assemble in the car park by the lych gate. Do not re-enter the building.
- Fire extinguishers are located by the kitchen and the main door. The fire blanket is in the kitchen.
- Hirers must keep the emergency exits clear at all times and take a head count.

Please do not reply to this email. Booking queries: bookings@stjudeshall.example""", tags=("hard-negative", "benign-violent-word", "confuser", "robot-no-list-headers"))

# 31 Gaza, blood on hands, placard protest
c.add("complaint", subject="Gaza - Joanna Whitfield", sender=c.person("Yasmin", "Qadir"), body="""To the Riverside Labour Party,

Joanna Whitfield has abstained, or voted against, every attempt in Parliament to stop arms sales to Israel. She has blood on her hands. So does every member of this party who keeps quiet.

I will be outside her office on Dock Street every Friday at 5pm with a placard, with as many people as I can bring, until she changes her position or resigns. It will be peaceful, it will be legal and it will be loud.

Yasmin Qadir""", tags=("hard-negative", "metaphor", "angry"))

# 32 "this is war"
c.add("complaint", subject="Re: Regional office decision on Foundry", sender=c.person("Marcus", "Oyelaran"), body=c.quote_reply(
    """Right. So that's how it is.

If the regional office thinks it can overturn a branch vote by email, this is war. Every member of Foundry branch will be writing to the general secretary, we'll take it to the NEC and to conference, and I'll be asking every other branch in the region to pass a motion of support. They've picked a fight they will not win.""",
    f"""Dear Marcus,

I've been asked by the regional office to let branches know that the Foundry nomination has been set aside pending a review of the branch's membership records. I understand this will be disappointing. I'll update you as soon as I can.

{SEC[0]}""", style="gmail"), tags=("hard-negative", "metaphor", "angry"))

# 33 query, Membersnet, could throw laptop
c.add("query", subject="Membersnet is killing me", sender=c.person("Irene", "Holt", "hotmail.co.uk"), body="""Hello dear,

I'm trying to renew my membership on the website and it keeps telling me my password is wrong. I've reset it four times. I could cheerfully throw the laptop out of the window.

Is there a way to pay by cheque? Or can someone ring me and do it over the phone? I'm 79 and I'd rather not lose my membership after all these years.

Irene Holt
0151 496 0722""", tags=("hard-negative", "benign-violent-word"))

# 34 urgent, leaflets collection
c.add("urgent", subject="Leaflets - collect by 8am TOMORROW or they go in the shredder", sender=c.person("Angela", "Price"), body="""Sam,

Printer just rang. The Eastbank leaflets are ready but they're closing the unit for a deep clean from 9am tomorrow and anything not collected by 8am goes in the shredder (their words). They cost a bomb so we can't let that happen.

I can't get there, I'm at work at 7. Can you or someone with a car get to Unit 4, Foundry Trading Estate, before 8? Ask for Les.

Ange""", tags=("hard-negative", "benign-violent-word"))

# 35 slaughter at polls
c.add("complaint", subject="The Eastbank leaflet", sender=c.person("Olu", "Adeyemi"), body="""Sam,

I've just read the draft Eastbank leaflet and I'm horrified. Not one word about the baths, not one word about the bus cuts, a whole page on "national renewal".

Reform are going to massacre us in Eastbank with that. They're already all over the estate. We need a local leaflet with local issues and a photo of the candidate actually in the ward.

Olu""", tags=("hard-negative", "metaphor"))

# 36 query, target seats volunteer
c.add("query", subject="Helping in target seats", sender=c.person("Hannah", "Whitcombe"), body="""Hello,

I've moved to Riverside from London and I'm keen to help. Which wards are the target seats for May, and when are the canvassing sessions? I'm free most weekends. I'm happy to do data entry too if that helps.

Hannah""", tags=("hard-negative", "benign-violent-word"))

# 37 thrown under the bus, ex-councillor
c.add("complaint", subject="How I've been treated", sender=c.person("Maxine", "Doyle"), body=f"""{SECF},

I need to say this to someone in the CLP before I say it in public.

I mentored half the people on the current EC. I got Kemi onto the council. I drove Dev to his first branch meeting. And when the Echo ran that hatchet job on me over the allotments sale, not one of them picked up the phone. I was thrown under the bus by people I trusted, stabbed in the back by my own group, and left to twist in the wind while the leader's office briefed against me.

I'm not resigning. I'm not going anywhere. But I want an apology from the group whip, and I want it at the next group meeting in front of everyone.

Maxine Doyle
Councillor, Wharfside""", tags=("hard-negative", "metaphor", "angry"))

# 38 solicitors' letter
c.add("complaint", subject="Our client: Mr Leonard Ashby - Riverside Labour leaflet (Wharfside ward)", sender=("Pryce Holloway LLP", "litigation@pryceholloway.example"), fmt="alt", body="""PRIVATE AND CONFIDENTIAL
WITHOUT PREJUDICE SAVE AS TO COSTS

Dear Sirs,

We act for Mr Leonard Ashby, the independent candidate in the forthcoming Wharfside ward by-election.

Our client has drawn our attention to a leaflet distributed by your party in the ward on or around 14 November, which states that our client "was sacked from the council for fiddling his expenses". This statement is false and seriously defamatory. Our client resigned from the council in 2019 for health reasons, as the council's own records confirm.

We require that you:
(a) cease distribution of the leaflet immediately;
(b) publish a correction and apology in terms to be agreed with us; and
(c) confirm the number of copies distributed.

Should we not receive a satisfactory response within 7 days, our client reserves all his rights, including the right to issue proceedings for defamation and under section 106 of the Representation of the People Act 1983, without further notice.

Yours faithfully,
Pryce Holloway LLP""", tags=("hard-negative", "legal-threat"))

# 39 campaign group bulk, fight to the end
c.add("bulk", subject="Save Millbrook Baths: the fight of our lives starts now", sender=("Save Millbrook Baths", "team@savemillbrookbaths.example"), headers=c.newsletter_headers(esp="Action Network"), fmt="html", body="", html_body="""<html><body style="font-family:Arial;max-width:600px">
<h1 style="color:#0066cc">The fight of our lives starts NOW</h1>
<p>Friends,</p>
<p>The council wants to kill off Millbrook Baths. We say: <b>over our dead bodies</b>.</p>
<p>We've got 4,100 signatures. We need 10,000 by full council on the 12th. We're going to fight this to the bitter end &mdash; in the council chamber, in the papers and at the ballot box.</p>
<ul>
<li>Sign and share the petition</li>
<li>Come to the rally outside the Town Hall, Thursday 12th, 5.30pm</li>
<li>Email every councillor (template below)</li>
</ul>
<p>Let's make it impossible for them to ignore us.</p>
<p>&mdash; The Save Millbrook Baths team</p>
<p style="font-size:10px;color:#999">Sent via Action Network. <a href="#">Unsubscribe</a></p>
</body></html>""", tags=("hard-negative", "metaphor"))

# 40 I'll be at the meeting with neighbours
c.add("complaint", subject="Wharf Street HMO licence - public meeting", sender=c.person("Clive", "Arkwright"), body="""Sam,

I hear Councillor Adebayo will be at the Quayside residents' meeting on Wednesday to "explain" the decision on the Wharf Street HMOs.

Good. I'll be there, and so will fifty of my neighbours, and we will be asking some very pointed questions. We're not going away and we're not going to be fobbed off with another powerpoint. She owes us an explanation and she's going to give it to us in front of the whole street.

Clive Arkwright
Wharf Street Residents""", tags=("hard-negative", "angry"))

# 41 misspelled, PIP killing disabled people
c.add("complaint", subject="PIP cuts", sender=c.person("Wayne", "Hollins", "hotmail.com"), body="""this goverment is killing disabeld people. i no that sounds dramatic but its true, my mate took his own life after his PIP was stopped last year. and now yous want to make it worse.

i used to deliver for labour. never again. joanna whitfield should be ashamed of her self. i hope she looses her seat and i will be doing every thing i can at the next election to make shure she does.""", tags=("hard-negative", "metaphor", "angry", "noisy"))

# 42 boxing club thanks
c.add("other", subject="Thank you from Riverside ABC", sender=("Riverside Amateur Boxing Club", "riversideabc@gmail.com"), body="""Dear Sam and everyone at Riverside Labour,

Thank you so much for the £150 from the branch raffle. It's paid for new gloves and pads for the junior section. The kids will be knocking seven bells out of each other at the Christmas show on 19 December (under strict supervision!) - you'd all be very welcome, and Joanna's promised to present the trophies.

Thanks again,
Lenny Fairhurst
Head Coach, Riverside ABC""", tags=("hard-negative", "benign-violent-word"))

# 43 conference motion, cuts killing NHS
c.add("procedural", subject="Contemporary motion for conference - 'Stop the cuts killing our NHS'", sender=c.person("Ruth", "Ogunbiyi"), body="""Dear Sam,

As agreed at the last GC, here is the final text of our contemporary motion for conference, for submission by the deadline on Thursday.

Title: Stop the cuts killing our NHS

Conference notes that Riverside General's A&E has missed the four-hour target every month for three years; that the integrated care board has frozen recruitment; and that patients in our area are dying on trolleys in corridors.

Conference calls on the government to:
1. lift the recruitment freeze;
2. restore capital funding for Riverside General's new A&E;
3. publish a workforce plan for nursing with funded training places.

Proposer: Ruth Ogunbiyi (Millbrook)
Seconder: Chris Abara (Eastbank)

Could you confirm once it's submitted?
Ruth""", tags=("hard-negative", "metaphor"))

# 44 long rigged selection, fight isn't over
c.add("complaint", subject="Formal complaint - Wharfside by-election selection", sender=c.person("Naomi", "Quarshie"), body="""Dear Sam,

I'm writing to make a formal complaint about the selection of the Wharfside by-election candidate on 21 October.

I was one of three applicants. I submitted my application on time, I had nominations from two branches and Unison, and I attended the longlisting interview. I was then told by phone, not in writing, that I had not been shortlisted "for strategic reasons". When I asked what those reasons were I was told there was "no obligation to give feedback".

The candidate who was selected joined the party eleven months ago. She had no branch nominations. She was the only applicant shortlisted, which means the "selection meeting" was a yes/no vote on one name. Members were not told this until they arrived.

I've been a member for fourteen years. I chaired Wharfside branch through the worst of the 2019 election. I have knocked on more doors in that ward than anyone alive. I do not expect to be selected by right. I do expect a fair process.

I am asking:
1. that the CLP refer the selection to the regional director for review;
2. for a written explanation of the "strategic reasons";
3. for the shortlisting panel's notes.

Let me be clear: I'm not going away, and this fight isn't over. If the CLP won't act, I'll take it to the NEC, and if the NEC won't act I'll take it to conference. Members deserve to know how their candidates are chosen.

Naomi Quarshie""", tags=("hard-negative", "metaphor", "angry"))

# 45 shooting club query
c.add("query", subject="Can Joanna help with our shooting club?", sender=c.person("Roger", "Whitlam", "btinternet.com"), body="""Good afternoon,

I'm the secretary of Riverside Rifle & Pistol Club (est. 1921), a small target shooting club with 60 members, including several Paralympic hopefuls. The council has given us notice on the range under the old market hall, and we can't find anywhere else.

Does Joanna hold surgeries where I could raise this, or should I write to her directly? I'm not sure whether this is a matter for the MP or the council.

Kind regards,
Roger Whitlam
Hon. Secretary, Riverside R&PC""", tags=("hard-negative", "benign-violent-word"))

# 46 teen, killing the planet
c.add("complaint", subject="airport expansion", sender=("mia", "mia.r.2009@icloud.com"), body="""hi so i'm 16 and i'm in the youth climate group at school and i just want to say the airport expansion thing is literally killing the planet and your mp voted FOR it??? like how. my generation is going to have to live with this. everyone at my school is so angry. we're going to be at her office on friday with banners (it's allowed i checked). we're not going to stop. thanks""", tags=("hard-negative", "metaphor", "angry"))

# 47 "I know where your office is" - visit to complain
c.add("complaint", subject="I'll be at your office on Monday", sender=c.person("Gordon", "Bickerstaff"), to=MP_OFFICE, cc=(SEC[1],), body="""To Joanna Whitfield's office,

I have emailed five times about my blue badge appeal and had nothing but auto-replies.

I know where your office is - 12 Dock Street, I've been there four times and found it shut. I'll be there at 9am on Monday and I'll sit in reception until somebody sees me, however long it takes. I'll bring a flask. If it has to be in front of the Echo photographer, so be it.

Gordon Bickerstaff""", tags=("hard-negative", "angry"))

# 48 you'll pay at the ballot box
c.add("complaint", subject="Parking permits", sender=c.person("Heather", "Lomax"), body="""You've put the residents' parking permit up from £30 to £90 without a single word of consultation. Mark my words, Councillor Mistry will pay for this in May. Every household on Foundry Road is furious and we all vote. Enjoy your last six months.""", tags=("hard-negative", "angry"))

# 49 heat is killing me, stall query
c.add("query", subject="Saturday stall - can we move it?", sender=c.person("Bev", "Appleby"), body="""Sam, quick one - can we move Saturday's stall from outside Boots to under the market arcade? Last week the heat was killing me, I was dying by 11 and two of the older volunteers had to go home. Is the arcade pitch ours to use or do we need the council's OK?

Bev""", tags=("hard-negative", "benign-violent-word"))

# 50 bulk campaign email, hit the doors
c.add("bulk", subject="This weekend: hit the doors in our target seats", sender=("Labour North West", "campaigns@labour-nw.example"), headers=c.newsletter_headers(esp="NationBuilder"), fmt="alt", body="""Hi Sam,

This is it. Five months to polling day and our target seats need you on the doorstep.

This weekend we're running a Day of Action across the region. We'll be hitting the doors in twelve key wards - including Foundry and Eastbank in Riverside.

Sign up for a session near you: https://labour-nw.example/dayofaction

Every conversation counts. Let's blitz it.

Labour North West

Promoted by Labour North West on behalf of the Labour Party. Unsubscribe.""", tags=("hard-negative", "benign-violent-word"))

# 51 Romanian angry caps complaint
c.add("complaint", subject="VERY ANGRY ABOUT THE LANDLORD", sender=c.person("Ionela", "Stan", "yahoo.com"), body="""Hello

I AM VERY ANGRY. 3 months I write to councillor Adebayo about my landlord who dont repair the heating and the windows. NOBODY ANSWER ME. I have 2 small children and we sleep in coats!!! This is not normal in England in 2026.

I think your party only want our vote and after they forget us. I will tell all the Romanian community in Quayside not to vote Labour, we are many, 400 families. Also I will write to the newspaper.

Please somebody call me. 07700 918 550

Ionela Stan""", tags=("hard-negative", "angry", "non-native", "noisy"))

# 52 urgent press deadline, councillor threatened
c.add("urgent", subject="Press enquiry - deadline 4pm today - Cllr Adebayo", sender=("Lucy Marsh - Northern Evening Post", "lucy.marsh@nep-news.example"), body="""Hi Sam,

I'm writing a story for tomorrow's paper about a man who has been convicted at Riverside Magistrates this morning of sending threatening messages to a Liberal Democrat councillor in the neighbouring borough. As part of it I'm asking each local party what support they give their own councillors.

Would Riverside Labour like to comment? I'd need anything by 4pm today to get it in. A couple of lines is fine.

Lucy Marsh
Northern Evening Post
07700 900 772""", also=["query"], tags=("hard-negative", "news-about-threats"))

# 53 quoted reply: you've killed democracy
c.add("complaint", subject="Re: Emergency motion - ruling", sender=c.person("Yusuf", "Ahmed"), body=c.quote_reply(
    """With respect, Sam, that's nonsense. The standing orders allow emergency motions where events have arisen since the deadline, and the ceasefire collapsed AFTER the deadline.

You and the chair have killed democracy in this CLP. I'll be challenging the ruling from the floor on Tuesday, and I'll ask for a card vote.""",
    f"""Dear Yusuf,

Thank you for submitting the emergency motion on Gaza. Having consulted the chair, I'm afraid it doesn't meet the criteria for an emergency motion under standing order 7.3, as the matters it raises were known before the deadline for ordinary motions. You're welcome to submit it for the next GC.

Best wishes,
{SEC[0]}""", style="outlook"), tags=("hard-negative", "metaphor", "angry"))

# 54 discussion of online abuse in general - other
c.add("other", subject="Idea: a session on handling online abuse", sender=c.person("Lola", "Bankole"), body=f"""Hi {SECF},

I work in digital safety for a charity and I've been thinking it would be really useful to run an evening session for members, especially new and younger councillors, on dealing with online abuse. Things like: what's just unpleasant versus what's criminal, how to document it, how to report it to the platforms and the police, how to lock down your accounts and stop your home address leaking.

It's something I do at work anyway so I could run it for free. If the EC thinks it's a good idea, maybe one evening in January?

Lola""", also=["query"], tags=("hard-negative", "news-about-threats"))

# 55 "if you impose, I'll campaign against"
c.add("complaint", subject="If you impose this candidate", sender=c.person("Carl", "Dunmore"), body="""Sam,

If the EC imposes a candidate on St Jude's over the heads of the branch, I will personally campaign against them. I'll tell every doorstep I knock on exactly how they were selected. I'll write to the Echo. I'll stand up at every public meeting. You'll regret it.

Carl Dunmore""", tags=("hard-negative", "angry"))

# 56 webform, wiped out in May
c.add("complaint", subject="New submission: Contact Riverside Labour", sender=c.form_robot(), reply_to="kfenwick64@gmail.com", fmt="plain", body=c.webform({
    "Name": "Ken Fenwick",
    "Email": "kfenwick64@gmail.com",
    "Postcode": "RV4",
    "Message": "You lot are a disgrace. Closed the baths, closed the library, put the parking up, and you want my vote? I hope you get wiped out in May. Every last one of you. I'll be cheering at the count.",
}), tags=("hard-negative", "metaphor", "angry"))

# 57 forwarded by councillor: angry but not threatening constituent
c.add("complaint", subject="Fwd: Pothole on Canal Street - FYI for the CLP", sender=("Cllr Kemi Adebayo", "kemi.adebayo@riverside.gov.example"), body=c.forward(
    """Sam - FYI, this is the fourth angry email about the Canal Street potholes this month. I've replied to him. Might be worth a line in the next leaflet about what we're doing on highways. K""",
    """Councillor,

I've just wrecked my second tyre in a month on the pothole outside number 40 Canal Street. It's like driving through a war zone. The council's had photos since August.

If I'd hit it on my motorbike I'd be dead. That's not an exaggeration. Somebody is going to get killed on that road and it'll be on the council's conscience.

Fix it, or I'll be putting in a claim for both tyres and taking it to the ombudsman.

Alan Birtles""",
    "Alan Birtles <a.birtles@ntlworld.com>", "Canal Street pothole AGAIN"), tags=("hard-negative", "metaphor", "legal-threat", "forwarded"))

# 58 list post, heated faction argument, no threat
c.add("procedural", also=["bulk"], subject="[riverside-ec] Re: Draft agenda - AGM", sender=c.person("Graham", "Tolley"), headers=c.list_headers("riverside-ec", domain="lists.riversidelabour.org.uk"), body="""All,

I've read the comments on the draft AGM agenda. Can I suggest we stop tearing lumps out of each other on this list and sort it out on Thursday?

For what it's worth: I think Marcus's amendment to move the officer elections to the start of the meeting is fine and we should accept it. I don't think we should take the rule change on the day - it needs the two weeks' notice in the standing orders. Happy to be shot down.

Graham

_______________________________________________
riverside-ec mailing list
riverside-ec@lists.riversidelabour.org.uk""", tags=("hard-negative", "benign-violent-word"))

# 59 Somali non-native complaint, hot but fine
c.add("complaint", subject="complain about the councillor", sender=c.person("Faadumo", "Hassan", "hotmail.com"), body="""Assalamu alaikum,

I am very upset with councillor Dev Mistry. I go to his surgery 2 times for my son school transport because my son have disability and the council stop the taxi. He say he will call me back. Nobody call.

My son miss school 3 weeks now. This is make me crazy. I am not sleeping. I will go to his surgery again next Saturday and again and again until he help me, I will not leave. Also I will tell all mothers in Eastbank mosque what happen.

Faadumo""", tags=("hard-negative", "angry", "non-native"))

# 60 data protection with heated language
c.add("data-protection", subject="How did you get my mobile number??", sender=c.person("Darren", "Oakes"), body="""I've just had a text from "Riverside Labour" asking if I'll put a poster up. I've never given you my number. I've never been a member. I'm absolutely fuming.

Where did you get it? Who gave it to you? Delete it now and tell me you've deleted it. If I get one more text I'll be reporting you.""", tags=("hard-negative", "angry", "confuser", "dp-no-legal-words"))

c.write()
