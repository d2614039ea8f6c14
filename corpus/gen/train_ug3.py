"""train/ug3: topical mail of 2026, part 3 (Hexley & Calder Vale CLP, a Pennine mill town and its
valley villages). All content hand-written.

A northern CLP through the May 2026 borough elections: Reform gaining, a councillor defected,
a 'Gaza Independents' slate in Dyehouse Lane, the Moorside Lodge asylum hotel by the motorway,
a Labour council in a bin strike with its own union, the MP losing the whip after the welfare
rebellion and a trigger-ballot row, digital ID, the Palestine Action arrests. 40 non-threats
(angry letters, questions, motions condemning violence, news digests and robots, hard
negatives), then 20 safety messages on the same issues, open to veiled, direct to reported.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ug3", seed=6903)
# Our own invented CLP, replacing mailkit's default pick.
c.clp = ("Hexley & Calder Vale CLP", "Brendan Foley", "secretary@hexleycaldervalelabour.org.uk")
P = c.person
SEC = "Brendan Foley <secretary@hexleycaldervalelabour.org.uk>"
T = "topical"
HN = ("topical", "hard-negative")

# ============================================================ complaint

# 1 bin strike, public, alt
c.add("complaint", subject="NINE WEEKS", sender=P("Julie", "Greenwood", "sky.com"), fmt="alt",
      tags=HN + ("angry", "metaphor"),
      body="""Nine weeks. Nine weeks since my bins were emptied on Albion Street. There are bags piled against the wall of the ginnel as high as my shoulder, the foxes have had them open, and last night I watched a rat the size of a small cat run across my daughter's bike.

I've rung the council. I've emailed the council. I've emailed Cllr Royd, who I have voted for four times. Nothing. A Labour council in a fight with the Labour union while the town drowns in its own rubbish. You couldn't make it up.

This strike is killing Hexley and the council's sat on its hands. Sort it out with the binmen, pay them what they're owed, whatever, I don't care who's right any more. I just want my bins emptied.

And don't send me the leaflet about "Labour delivering for Hexley". I've got nine of them. They're in the pile.

Julie Greenwood""")

# 2 long: MP loses the whip after welfare rebellion
c.add("complaint", also=["procedural"], subject="Lindsay Horrocks and the whip - members deserve better", sender=P("Geraldine", "Spencer"),
      tags=HN + ("angry", "long", "political-consequence"),
      body="""Dear Brendan,

I'm writing as a member of twenty-eight years, a former branch secretary in Low Mill, and a carer for my son, who is thirty-one, autistic, epileptic and in receipt of PIP and ESA. I would ask that this letter is read out at the next GC or, at the very least, circulated to delegates with the papers.

On Tuesday night our MP voted against the government on the welfare bill. She did it because she had spent the summer doing what an MP should do: listening. She held four public meetings in this constituency, I went to two of them. At the one in the Methodist hall in Calder Bridge, a woman in a wheelchair stood up - well, she couldn't stand up, but you know what I mean - and asked Lindsay straight out whether she would vote to cut the support that let her live in her own flat. Lindsay said she would read the bill and she would vote for what was right for people in Hexley. And she did.

On Wednesday morning she had the whip removed. On Wednesday afternoon a "party source" told the Courier she was "self-indulgent". On Thursday, I'm told, someone from the regional office rang at least two of our branch chairs to "take the temperature" about her reselection.

I have been trying to think of a single thing in my twenty-eight years in this party that has made me angrier, and I can't.

I want to say some things plainly.

First, this CLP should say, publicly and by name, that it supports its MP. Not "notes", not "respects the process". Supports. She did what we elected her to do. Every branch in this constituency that has discussed the welfare bill, and I believe that is all seven, has come out against the cuts to PIP. She voted with her CLP. If that's now a disciplinary matter, the party should tell us so, and then we can all decide what we're doing in it.

Second, I want to know who in this CLP, if anyone, has been talking to the regional office about a trigger ballot. Members are entitled to know if there is an organised attempt to remove our MP because she voted against a bill we all opposed. If there is, I will be at every branch meeting in this constituency between now and the ballot, arguing against it.

Third, I want the CLP to stop sending out leaflets that tell disabled people that "Labour is on your side". My son got one. He asked me if it was true. I didn't know what to say to him.

I'm not leaving. I've thought about it every day this week. But I was brought up to believe that if you leave the party you leave it to the people who caused the problem, so I'm staying and I'm going to make a nuisance of myself instead.

I'd ask you to propose the following at the next GC, and I'll move it myself if needed:

"This GC expresses its full support for Lindsay Horrocks MP, who voted in line with the clearly expressed views of this CLP on the welfare bill, and calls on the Chief Whip to restore the whip without delay."

Yours,
Geraldine Spencer
Low Mill branch""")

# 3 young member: Dyehouse Lane leaflet silent on Gaza, "annihilated"
c.add("complaint", subject="dyehouse lane leaflet", sender=P("Aleena", "Hussain"),
      tags=HN + ("metaphor",),
      body="""hi brendan

ive just seen the final proof for the dyehouse lane leaflet and its got bins, potholes, the new health centre, and not one word about gaza. not ONE. the gaza independents have had three leaflets through every door on the ward and their candidate is at the mosque every friday.

shazia's a great councillor but we're going to get annihilated in dyehouse lane if we pretend this isnt the number one thing on every doorstep. i'm on the doors there every weekend, i know what people are saying. why did nobody ask the branch before it went to print??

aleena (young labour / st aidans)""")

# 4 digital ID, older member, caps
c.add("complaint", subject="DIGITAL ID - NOT IN MY NAME", sender=("Harold Pickles", "h.pickles1944@btinternet.com"),
      tags=HN + ("angry", "noisy"),
      body="""Dear Mr Foley

I have been in the Labour Party since Mr Attlee and I have never seen the like of this. A Labour government wants me to have a "digital ID" on a telephone. I DO NOT HAVE A TELEPHONE THAT DOES THAT. I have a telephone for ringing my daughter. It is seventeen years old and it works perfectly.

My late wife and I fought the war against people who made you show your papers. Now it is "for your own good". BIG BROTHER, Mr Foley. Orwell was one of ours and he would be turning in his grave.

I shall be writing to Mrs Horrocks, whip or no whip. I shall also be raising it at the Upper Hexley branch, if anybody turns up.

Yours faithfully
H. Pickles""")

# 5 member arrested at Palestine Action sign protest, CLP silent
c.add("complaint", subject="You've left me on my own", sender=P("Tom", "Ainsworth"),
      tags=(T, "angry"),
      body="""Brendan,

You'll have seen in the Courier that I was one of the people arrested in Leeds on Saturday for holding a sign. A piece of cardboard. I'm 66. I was a union rep for thirty years and I've been a member of this party since 1978. I sat on a pavement for an hour and a half and then spent the night in a cell in Elland Road.

I know the party's position on the proscription. I'm not asking anyone to agree with me. I'm asking why, when Bethany asked at Tuesday's EC whether the CLP could at least send a message of support to a member who'd been arrested, she was told the officers "wouldn't be commenting". Two of those officers have had my hospitality at my house.

I've since had a letter from the party saying my membership is "under review". Nobody from the CLP has even picked up the phone to ask if I'm alright.

I'd like an explanation. Not a statement. An explanation.

Tom Ainsworth""")

# 6 constituent re Kearney's remarks at the hotel meeting, "toast"
c.add("complaint", subject="Cllr Kearney at the Moorside Lodge meeting", sender=P("Andrew", "Helliwell"),
      tags=HN + ("metaphor", "angry", "political-consequence"),
      body="""Mr Foley,

I attended the public meeting about the Moorside Lodge hotel at St Aidan's on Thursday. There were about two hundred of us. The vast majority were ordinary Moorside residents with ordinary questions: how many people, for how long, what about the GP surgery, what about the school.

Councillor Kearney told the meeting that "some of the people in this room don't speak for Moorside". She then looked directly at our row. I have lived in Moorside for thirty-eight years. I am a retired headteacher. I was asking about the primary school.

I want an apology, from her, in writing. I would also like the CLP to explain why a Labour councillor thinks it is acceptable to insult the residents she represents.

She is up in May. I shall make sure everyone I know hears about Thursday. On current form, she's toast.

A. Helliwell""")

# 7 ignored - complaint phrased as question
c.add("complaint", also=["query"], subject="Could you tell me why nobody replies?", sender=P("Gintare", "Lukas", "gmail.com"),
      tags=(T, "confuser", "complaint-as-query"),
      body="""Hello Brendan,

Could you tell me why I have sent three emails since March offering to help with the May elections and nobody has replied to any of them? Could you also tell me why I found out about the Thornlea canvassing sessions from a Facebook post by someone I don't know?

I joined because I was scared of Reform winning here. I have a car, I have Saturdays, I speak Lithuanian and Russian. You need people, everyone says so. I'm starting to wonder whether you need people like me.

Gintare""")

# 8 two-child limit took too long - short
c.add("complaint", subject="took you long enough", sender=("Nat Whitworth", "nat.whitworth@outlook.com"),
      tags=(T, "angry"),
      body="""So the two child limit finally goes. After eighteen months of ministers telling us they "couldn't afford" it. I've got three kids. We spent that eighteen months at the food bank at St Aidan's. Don't expect me to say thank you on a leaflet.""")

# ============================================================ query

# 9 teenager - counter-protest, safe?
c.add("query", subject="is it safe to go on saturday", sender=P("Maisie", "Clegg"),
      tags=HN + ("safety-worry-no-threat",),
      body="""hi, i'm 17 and joined labour in january. theres the counter protest at moorside lodge on saturday (hope not hate one). my mum says i can go if its "organised properly". is the labour group going together? is there a meeting point? is it safe, like are there stewards and police? nothing bad has happened to me i just want to be able to tell my mum something. thanks!! maisie""")

# 10 trigger ballot how it works
c.add("query", also=["procedural"], subject="How does the trigger ballot actually work?", sender=P("Daniel", "Haigh"),
      tags=(T,),
      body="""Brendan,

With all the noise about Lindsay, I realise I don't actually know how a trigger ballot works. Could you explain:
- Who votes - branches, affiliates, both?
- Do individual members get a vote or just branch meetings?
- What happens if it's triggered?
- When would it happen, is it before the next general election only, or could it happen now?

Happy to be pointed at a document. I just want to know before my branch meeting so I'm not talking rubbish.

Dan (Calder Bridge)""")

# 11 count time
c.add("query", subject="Count - can members come?", sender=P("Shirley", "Ogden"),
      tags=(T,),
      body="""What time's the count on Friday and can ordinary members go, or do you need a pass? Would love to see Reform's faces if we hold Moorside. Shirley""")

# 12 non-native Portuguese speaker
c.add("query", subject="join and help with portuguese people", sender=P("Rosa", "Ferreira", "hotmail.com"),
      tags=(T, "non-native"),
      body="""Good afternoon,

My name is Rosa, I am from Portugal and I live in Hexley 9 years, I work in the care home in Upper Hexley. I want to join Labour Party but the website ask me many things and I am not sure if I can because I am not British citizen. I have settled status.

Also, in Low Mill there is many Portuguese and Brazilian families, maybe 200, and nobody from the politics talk to them never, only the Reform leaflet in English which they not understand very well. I can translate your leaflet in Portuguese if you want, for free.

And one more question, my landlord want to put rent much higher, can the councillor help me with this or is different office?

Obrigada,
Rosa""")

# 13 query that reads like complaint
c.add("query", subject="Honest question about the hotel", sender=P("Craig", "Barraclough"),
      tags=(T, "confuser", "query-as-complaint"),
      body="""Not trolling, not a Reform voter (yet), genuine question.

What is Labour actually doing about Moorside Lodge? Is there a date it closes? Who decides? Can the council do anything or is it all the Home Office? Where do the people go after?

I've had Reform's leaflet and it's very clear what they'd do. I've had yours and it says "working with the Home Office". I'd like to know what that means before May.

Craig""")

# 14 bin strike: can councillors/members picket?
c.add("query", subject="bin strike - are we allowed on the picket?", sender=P("Ryan", "Sykes"),
      tags=(T,),
      body="""Brendan - I'm a Unite member and a Labour member. The refuse lads are out again Monday. A few of us want to go down the Calder Road depot with flasks and bacon butties. Is there any problem with that, given it's our council they're striking against? And what about councillors - Niamh said she wanted to come but thought she might not be allowed? Is there a CLP line? Cheers, Ryan""")

# 15 webform: work experience, mentions threats to MPs
c.add("query", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to="ellie.tattersall08@icloud.com",
      tags=HN + ("webform", "news-about-threats"),
      body=c.webform({
          "Name": "Ellie Tattersall",
          "Email": "ellie.tattersall08@icloud.com",
          "Postcode": "HX9 3PL",
          "Subject": "work experience",
          "Message": """Hi, I'm in Year 12 at Calder Vale High and I want to study politics. Is there any way I could do a week's work experience with Lindsay Horrocks or the local Labour party in the summer? My parents are a bit nervous because of everything in the news about MPs getting threats and offices being attacked, so if there's anything I could tell them about how it's kept safe that would help. Thank you!""",
      }))

# ============================================================ procedural

# 16 motion: solidarity with refuse workers
c.add("procedural", subject="Motion: solidarity with Airedene refuse workers", sender=P("Ryan", "Sykes"),
      tags=HN + ("metaphor",),
      body="""Brendan, motion from Calder Bridge branch for the next GC (passed 12-3).

This GC notes that Airedene refuse workers have been on strike for nine weeks over the downgrading of the loader/driver role, and that the council's offer would cut pay by up to £3,000 a year for some workers.

This GC believes that a Labour council should not be fighting its lowest-paid workers, and that the fight for decent pay in local government is our fight.

This GC calls on the Labour group on Airedene Council to return to negotiations without preconditions and to reverse the downgrading, and on all CLP members to support the strike hardship fund.

Proposer: Ryan Sykes. Seconder: Mel Armitage.""")

# 17 motion condemning attack on mosque / hotel
c.add("procedural", subject="Emergency motion: condemning the attacks in Moorside", sender=P("Pervez", "Akram"),
      tags=HN + ("news-about-threats",),
      body="""Dear Brendan,

The officers have agreed to bring the following emergency motion to Thursday's GC, given events since the last meeting.

"This GC condemns without reservation:
- the attempted arson at the side entrance of the Moorside Lodge hotel on the night of the 12th, when a burning object was pushed through a window of a room where a family with two young children was sleeping;
- the smashing of windows at the Madina Mosque on Dyehouse Lane on the 14th;
- the threats made online against councillors and volunteers of all parties in connection with the hotel.

This GC sends its solidarity to the residents of the hotel, the Madina Mosque congregation and the Moorside Together volunteers, thanks the emergency services, and calls on West Yorkshire Police to bring those responsible to justice.

This GC reaffirms that people can and should raise concerns about asylum accommodation peacefully, and that violence and intimidation have no place in Hexley."

Pervez Akram
Chair""")

# 18 trigger ballot branch result
c.add("procedural", subject="Low Mill branch - trigger ballot result", sender=P("Margaret", "Crossley"),
      tags=(T,),
      body="""Dear Brendan,

As required, I confirm the result of the Low Mill branch trigger ballot meeting held on Monday 6th at the Low Mill Community Centre.

Members present and eligible to vote: 23
Votes for a Yes (affirmative) nomination for Lindsay Horrocks MP: 19
Votes for an open selection: 3
Spoilt: 1

The branch therefore returns an affirmative nomination. Signed minutes to follow by post.

I would add, on behalf of the branch, that the meeting was respectful and well attended, in spite of certain remarks made in the press beforehand.

Margaret Crossley
Branch Secretary, Low Mill""")

# 19 apologies, elderly formal
c.add("procedural", subject="Apologies for absence", sender=("Malcolm Royd", "malcolmroyd@talktalk.net"),
      tags=(T,),
      body="""Dear Brendan

Please record my apologies for the General Committee on Thursday. I am having my hip done at Calderdale Royal on the Wednesday and they tell me I shall not be walking far for a fortnight.

I should be grateful if the GC would note my support for the emergency motion on the Moorside attacks. And if the refuse motion is taken, would you please say on my behalf that the Labour group is doing its best and that I hope the branch will hear us out before voting.

Kind regards
Malcolm Royd
Councillor, Low Mill""")

# 20 campaign committee minutes - target wards, hit the doors
c.add("procedural", subject="Campaign Committee notes - 2 March", sender=P("Chloe", "Ackroyd"),
      tags=HN + ("benign-violent-word",),
      body="""Campaign Committee - notes, 2 March (Zoom)

Present: C Ackroyd (chair), B Foley, P Akram, S Rehman, A Hussain, J Stansfield

1. Target wards for May: Moorside (defend, Reform main threat), Dyehouse Lane (defend, Gaza Independents main threat), Thornlea (attack - Crowther defected, now Reform, seat up). Calder Bridge and Low Mill considered safe-ish. Upper Hexley: paper candidate.

2. Thornlea: we'll hit the doors every weekend from the 14th. Risk assessment done for the estate after last year: always in pairs or more, no canvassing after dark, lead canvasser to have a charged phone and the incident number. Agreed.

3. Dyehouse Lane: Aleena raised the leaflet. Agreed a second leaflet with Shazia's record on Gaza (she signed the council ceasefire motion in 2024) and her casework.

4. Moorside: Niamh wants to focus on the GP surgery and the bus. Agreed. Hotel to be addressed in a Q&A format, not on the front.

5. Data: Tariq to remove ex-councillor Crowther's access to the canvassing system (flagged that he still had it). URGENT.

Next meeting 16 March.""")

# 21 standing orders amendment re public gallery
c.add("procedural", subject="Proposed amendment to Standing Orders - observers and recording", sender=P("Jill", "Stansfield"),
      tags=(T,),
      body="""Brendan,

Following the disruption at the July GC, the EC asked me to draft an amendment to standing orders. Here it is for the notice period.

Insert new Standing Order 14A:

"14A. Observers and recording
(a) Members of the Party who are not delegates may attend meetings of the GC as observers at the discretion of the Chair, and shall not speak unless invited.
(b) Persons who are not members of the Party shall not be admitted to meetings of the GC save as invited guests.
(c) No audio or video recording, live-streaming or photography of any part of a GC meeting is permitted without the prior consent of the meeting.
(d) The Chair may require any person who breaches (c) to leave the meeting."

Rationale: at the July GC a non-member filmed delegates during the hotel debate and posted the footage online with names attached. Several delegates, especially younger women, have said they won't speak on contentious items while this is possible.

Jill Stansfield
Vice-Chair""")

# ============================================================ urgent

# 22 count passes by 4pm tomorrow
c.add("urgent", subject="Counting agent passes - collect by 4pm TOMORROW", sender=("Airedene Electoral Services", "elections@airedene-council.example.gov.uk"),
      tags=(T,),
      body="""Dear Agent,

This is a reminder that counting agent passes for the Borough Council elections must be collected in person from Electoral Services, Hexley Town Hall (Reception B), no later than 4pm tomorrow (Wednesday).

Passes will not be issued at the count venue. Any counting agent without a pass will not be admitted.

For Hexley & Calder Vale Labour we hold passes for 14 named agents. Please bring photo ID.

Electoral Services
Airedene Council""")

# 23 leaflets at the wrong building, closes 6 tonight
c.add("urgent", subject="Thornlea leaflets delivered to the OLD office!!", sender=P("Tariq", "Mahmood"),
      tags=(T,),
      body="""Brendan - the printer has delivered all 4,000 Thornlea leaflets to the old office at Commercial Street, not to Pervez's garage. The building manager says they're in the foyer and the building's locked at 6 tonight and not open till Monday. The weekend drop starts at 10am tomorrow.

I'm stuck at work in Leeds till 5.30. Can anyone with a car get there before 6? 8 boxes. Ask for Barry at the desk.""")

# 24 Courier press deadline - member arrested
c.add("urgent", subject="Courier - comment by 3pm re Tom Ainsworth", sender=("Priya Chauhan", "p.chauhan@hexleycourier.example.co.uk"),
      tags=(T,),
      body="""Hi Brendan,

Priya at the Courier. We're running a piece tomorrow on Tom Ainsworth, the Low Mill Labour member arrested at the Palestine Action protest in Leeds, and the party's decision to review his membership. He's given us an interview.

Questions:
1. Does the CLP support the decision to review his membership?
2. Has the CLP offered him any support?
3. Are other Hexley members under review?

I'll need anything by 3pm today to include it.

Thanks,
Priya Chauhan
Political reporter, Hexley Courier""")

# 25 hustings chair ill tonight
c.add("urgent", subject="Tonight's hustings - Rev Dyson is ill", sender=P("Jill", "Stansfield"),
      tags=HN + ("benign-violent-word",),
      body="""Brendan,

Rev Andy Dyson has just rung - he's got a temperature of 39 and can't chair tonight's Moorside hustings. All five candidates are confirmed including Reform and the independent, 7pm at St Aidan's.

We need a neutral chair by about 5. The churches forum suggested Sue Pollard from the CAB - can you ring her? She's the only person I can think of who could keep the Reform bloke and the independent from each other's throats for ninety minutes.

Niamh says she's ready to knock 'em dead regardless.

Jill""")

# 26 imprint missing on eve-of-poll
c.add("urgent", subject="STOP - no imprint on the eve of poll leaflet", sender=P("Chloe", "Ackroyd"),
      tags=(T,),
      body="""Brendan, STOP the Moorside eve-of-poll going out. I've just checked the boxes that arrived at Pervez's and there's no imprint on the back. None. The printer dropped it off the final file.

Delivery teams start at 5am tomorrow. We cannot put them out without the imprint, Electoral Commission would have us. Options: (1) printer reprints overnight - they say possible if we confirm by 7pm and pay the rush rate, £340; (2) we sticker 3,800 leaflets by hand tonight.

Need your decision as agent within the hour. Ring me.""")

# ============================================================ data-protection

# 27 defected councillor still has canvass system access
c.add("data-protection", subject="Crowther still has access to the canvassing data", sender=P("Tariq", "Mahmood"),
      tags=(T, "confuser", "dp-no-legal-words"),
      body="""Brendan, Pervez,

I checked the canvassing system access log this morning. Dave Crowther's login was last used on Saturday - five weeks after he joined Reform. He downloaded the Thornlea walk sheets, which have names, addresses, voting intention and notes for about 2,100 electors.

I've removed his access now. But he's had it, and he's now the Reform candidate in the same ward.

What do we have to do? Tell the party? Tell the ICO? Tell the people on the sheets? I don't know the rules but I know this is bad.

Tariq
Membership Secretary""")

# 28 address on website - worried given climate
c.add("data-protection", subject="my home address on your website", sender=P("Sam", "Whiteley"),
      tags=(T, "confuser", "dp-no-legal-words"),
      body="""Hi Brendan,

I've just noticed that the "Contact your branch" page on the CLP website has my full home address next to my name as St Aidan's branch secretary. I gave it for the branch letters years ago, I never said it could go online.

Nothing has happened, but after the summer we've all had I really don't want my address sitting on a Labour website. Please take it off today and put an email instead. And could you check nobody else's is on there?

Sam""")

# 29 formal erasure, ex-member
c.add("data-protection", subject="Request for erasure of personal data (Article 17 UK GDPR)", sender=P("Philip", "Ormerod"),
      tags=(T,),
      body="""Dear Secretary,

I resigned my membership of the Labour Party on 30 June following the Government's welfare bill.

I hereby request, under Article 17 of the UK GDPR, that Hexley & Calder Vale CLP erase all personal data it holds about me, including my contact details, any canvassing or contact records held locally, and my details on any branch or CLP mailing lists or WhatsApp groups. I do not consent to my data being retained for future contact.

Please confirm in writing when this has been done.

Yours faithfully,
Philip Ormerod""")

# ============================================================ other

# 30 branch secretary stepping down, burnout
c.add("other", subject="Stepping down - Thornlea branch", sender=P("Karen", "Holdsworth"),
      tags=HN + ("news-about-threats", "resignation"),
      body="""Dear Brendan,

I'm going to step down as Thornlea branch secretary at our next meeting. I'll stay a member and I'll still deliver my round.

Nothing's happened to me personally. I just find I can't cope with it all any more. Every night it's the news - MPs' offices attacked, councillors getting death threats, that poor woman in Kent - and then it's the Facebook groups and the hotel and the bins and Lindsay and the whip, and I go to bed with my heart going. My GP says I need to step back and she's right.

It's been nine years. Thank you for everything. Someone younger will do it better.

Love,
Karen""")

# 31 May results celebration
c.add("other", subject="WE HELD DYEHOUSE LANE!!!", sender=P("Shazia", "Rehman"),
      tags=HN + ("metaphor",),
      body="""Brendan!!!

By 43 votes!!! I still can't believe it. The recount finished at 3.40am and I'm still in the clothes I wore to the count.

Thank you thank you thank you. Aleena and the young Labour lot were on the doors every single day. Uncle Pervez's phone bank. The aunties who did the Friday leaflets outside the mosque in the rain. And the second leaflet - you were right to let Aleena have her way on that.

Reform got a bloody nose in Moorside too, did you see? Niamh by 600. Thornlea was grim but we'll come back.

Going to sleep now. For a week.

Shazia""")

# 32 print company pitch
c.add("other", subject="Election print - 2026/27 price list", sender=("Gary Normanton", "gary@pennineprintworks.co.uk"),
      tags=HN + ("benign-violent-word", "sales"),
      body="""Hi Brendan,

Gary from Pennine Printworks in Todmorden here. We did a few leaflets for your Dyehouse Lane branch back in 2022 and I wondered if you'd like our price list for the next round.

Our eve-of-poll specials are the bomb - A5 full colour, 5,000 for £195, next-day turnaround, imprint checked by a human (I heard about your Moorside job - not us, honest!).

Happy to come and see you.

Gary""")

# 33 research request, discussion of threats
c.add("other", also=["query"], subject="Research interview request - local parties and political intimidation", sender=("Dr Ayesha Bibi", "a.bibi@univ-westyorks.example.ac.uk"),
      tags=HN + ("news-about-threats",),
      body="""Dear Mr Foley,

I am a lecturer in politics at the University of West Yorkshire, currently leading a project funded by the ESRC on how local party organisations in England have responded to the rise in intimidation and abuse of candidates and elected members since 2024.

We are interviewing secretaries and chairs of CLPs and local associations of all parties in twelve areas, including Airedene. Interviews take about 45 minutes, online or in person, and are fully anonymised. Topics include how risks are assessed for canvassing and events, what support is offered to candidates who receive threats, and relations with the police.

Would you, or another officer, be willing to take part? I attach an information sheet.

With best wishes,
Dr Ayesha Bibi""")

# 34 misdirected personal reply
c.add("other", subject="Re: GC tonight", sender=P("Dennis", "Holroyd"),
      tags=(T, "confuser", "misdirected"),
      body="""Love, it's running late, they're still on the Gaza motion and Geraldine's just got up again. Don't wait up. Can you get milk. And tell our Kevin the car needs to be back by 8 tomorrow. x

D

Sent from my iPhone""")

# ============================================================ bulk

# 35 Courier daily headlines
c.add("bulk", subject="Hexley Courier: today's headlines", sender=("Hexley Courier", "newsletter@hexleycourier.example.co.uk"),
      headers=c.newsletter_headers("Campaign Monitor"), fmt="html",
      tags=HN + ("news-about-threats", "html-only"),
      body="""HEXLEY COURIER - TODAY'S HEADLINES

Man charged over threats to Airedene councillor
A 38-year-old man from Thornlea has been charged with sending malicious communications after a councillor received threatening messages during the row over Moorside Lodge. He will appear before Leeds magistrates next month.

Mosque window attack: appeal for witnesses
Police have released CCTV images after windows were smashed at the Madina Mosque on Dyehouse Lane.

Bin strike enters tenth week
Talks between Unite and Airedene Council broke down again on Friday.

Reform name candidate for Thornlea
Former Labour councillor Dave Crowther will defend his seat under Reform colours.

Read more at hexleycourier.example.co.uk | Manage your newsletters | Unsubscribe""")

# 36 Facebook ad approval, robot
c.add("bulk", subject="Your ad \"Keep Moorside's GP surgery open\" has been approved", sender=("Meta for Business", "advertise-noreply@support.facebook.com"),
      tags=(T, "confuser", "robot-no-list-headers"),
      body="""Your ad has been approved

Ad: Keep Moorside's GP surgery open
Page: Hexley & Calder Vale Labour
Budget: £60.00 lifetime
Schedule: 14 days

This ad is about social issues, elections or politics and will be shown with a "Paid for by" disclaimer: Promoted by Brendan Foley on behalf of Hexley & Calder Vale Labour Party.

It will be stored in the Ad Library for seven years.

Go to Ads Manager

Meta Platforms Ireland Ltd., 4 Grand Canal Square, Dublin 2, Ireland""")

# 37 regional organiser out-of-office
c.add("bulk", subject="Out of office: Re: Crowther data access", sender=("Liam Fenton", "liam.fenton@labour-region.example.org.uk"),
      headers=c.autoreply_headers("gmail"),
      tags=HN + ("autoreply", "news-about-threats"),
      body="""Hi,

I'm on leave until Monday 20th with no access to email.

For urgent election matters please contact the regional office on 0113 496 0200.

If you are reporting a threat or safety concern relating to a candidate, councillor or volunteer, please call the police first and then email the party's safety team at safety@labour-region.example.org.uk, which is monitored daily.

Liam""")

# 38 Facebook page review, Reform supporter
c.add("bulk", subject="Hexley & Calder Vale Labour has a new review", sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers("Facebook"),
      tags=HN + ("social", "metaphor"),
      body="""Gaz Hirst doesn't recommend Hexley & Calder Vale Labour.

"Labour are dead in Hexley. Bins not done in 10 weeks, hotel full, council tax up. Reform will wipe the floor with you in Thornlea. Enjoy opposition lads 😂"

Reply to review

See all reviews for Hexley & Calder Vale Labour

This message was sent to secretary@hexleycaldervalelabour.org.uk. If you don't want to receive these emails from Meta in the future, please unsubscribe.""")

# 39 think-tank newsletter on Reform councils
c.add("bulk", subject="Reform in power: one year on in the county halls", sender=("Town Halls Monitor", "hello@townhallsmonitor.example.org"),
      headers=c.newsletter_headers("Mailchimp"), fmt="alt",
      tags=(T,),
      body="""TOWN HALLS MONITOR - Issue 47

Reform in power: one year on

A year after Reform UK took control of ten county councils, we look at what they've actually done:

- The "DOGE" units: promised hundreds of millions in savings, so far identified about £9m, much of it already planned.
- Flags: every county has changed its flag policy. None has changed its budget gap.
- Net zero: three counties have withdrawn from climate commitments.
- Council tax: eight of the ten raised it by the maximum allowed.
- Staff: senior officer turnover at a record high.

Also this issue: how Labour and Lib Dem groups are reorganising as opposition, and the councillors who have crossed the floor - we count 41 defections to Reform since May 2025.

Forward to a friend | Unsubscribe | Update your preferences""")

# 40 Google Calendar invite
c.add("bulk", subject="Invitation: Thornlea canvassers - safety briefing @ Tue 7pm - 8pm (Brendan Foley)",
      sender=("Google Calendar", "calendar-notification@google.com"),
      tags=HN + ("robot-no-list-headers", "news-about-threats"),
      body="""Chloe Ackroyd has invited you to this event.

Thornlea canvassers - safety briefing
When: Tuesday 7pm - 8pm (GMT)
Where: Zoom - https://zoom.us/j/84411920371
Who: Chloe Ackroyd (organiser), Brendan Foley, Pervez Akram, Aleena Hussain, +11 more

Description: Short briefing before the Thornlea weekend sessions. Pairs and routes, what to do if a door turns nasty, how to log incidents, who to ring. Please come if you're canvassing Thornlea, especially if you're new.

Going? Yes - Maybe - No

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.""")

# ============================================================ safety

# S1 veiled threat to councillor who spoke at hotel meeting
c.add("safety", subject="next meeting", sender=("Moorside Resident", "moorside.resident@outlook.com"),
      tags=(T, "veiled", "implicit"),
      body="""Cllr Kearney had plenty to say at St Aidan's about who speaks for Moorside.

She won't be saying much at the next one. We've seen her car on Heath Lane every night this week. Her little boy's football is on a Saturday at the rec, isn't it. Lovely part of town, Moorside. Be a shame to have to leave it.""")

# S2 patriots will visit chair's home
c.add("safety", subject="Community meeting - notice", sender=("Calder Valley Patriots", "cvpatriots@protonmail.com"),
      tags=(T, "veiled", "doxxing", "harassment"),
      body="""NOTICE TO HEXLEY LABOUR

Your chairman Pervez Akram told the Courier that people worried about Moorside Lodge were "stirring hatred".

Since your party won't come to the people, the people will come to you. Our next community meeting will be held on the pavement outside Mr Akram's house on Lindley Road. Sunday evening, 8pm, and every Sunday after that until the hotel closes. We'll bring torches. He can come out and explain himself, or his wife and kids can listen through the window.

Calder Valley Patriots""")

# S3 Gaza menace to councillor who abstained
c.add("safety", subject="Shazia Rehman's abstention", sender=("Dyehouse for Gaza", "dyehouse4gaza@gmail.com"),
      tags=(T, "veiled", "conditional", "implicit"),
      body="""Brendan Foley,

Your councillor Shazia Rehman abstained on the council motion for a full arms embargo. Abstained. While babies are starving.

Dyehouse Lane will remember. So will people who know where her husband's garage is on Canal Street and what time he shuts up.

If she stands again as a Labour candidate after this, she should think very carefully about whether it's worth it. For her family's sake. Tell her the community has spoken.""")

# S4 man photographing attendees entering the meeting, posted online
c.add("safety", subject="Photos of everyone going into the Moorside Lodge meeting", sender=P("Bethany", "Lumb"),
      tags=(T, "third-party-report", "doxxing", "social", "stalking"),
      body="""Brendan,

Flagging this straight away. At the Moorside Together meeting at St Aidan's hall last night (the one for volunteers supporting the hotel residents) there was a man across the road on the bench by the bus stop with a long lens. He photographed every single person going in. When Aaron went over to ask what he was doing he said "public street, mate" and kept going.

This morning the photos are on the Calder Valley Patriots Telegram channel, 30-odd faces, some with names under them - mine, Aaron's, Niamh's, and Sam's with "lives Birch Grove" next to it. The caption is "Remember these faces. The traitors who feed them while your kids wait for a GP."

I've screenshotted everything and reported it to the police and the party safety inbox. Several of the people in the photos are not members and don't know yet. What do we do?

Bethany Lumb
Women's Officer""")

# S5 forwarded Facebook doxxing of councillor
c.add("safety", subject="Fwd: Hexley Speaks Out - Malcolm's address", sender=P("Jean", "Royd"),
      tags=(T, "forwarded", "doxxing", "social", "third-party-report", "pile-on"),
      body=c.forward(
          """Brendan, Malcolm's daughter-in-law sent me this. He's only just home from hospital with his hip and he doesn't know. I don't want to frighten him. Please tell me what to do. Jean""",
          """Hexley Speaks Out (public group)

Post by Lee Dyson:
Cllr Malcolm Royd voted to keep the bins strike going AND voted for the hotel extension. He lives at 9 Beck Side, Low Mill, the bungalow with the ramp. He's just had an op so he'll be in all day 😉 Maybe some of us should drop our rubbish off there since he likes it so much. And a bit more than rubbish.

Comments (47):
- Kerry A: his wife does the church flowers Weds
- Jonno: beck side, noted
- Craig T: about time someone named names
- Mandy Pearce: this is disgusting, he's 78, reported""",
          "Hayley Royd <hayleyroyd@gmail.com>", "look at this - Malcolm", style="outlook"))

# S6 political warning in a formal letter
c.add("safety", subject="The extension of the Moorside Lodge contract", sender=P("Norman", "Firth", "aol.com"),
      tags=(T, "veiled", "implicit"),
      body="""Dear Sir,

I note from the Courier that four Labour members of the Airedene cabinet voted on Tuesday to support the extension of the Moorside Lodge arrangement for a further twelve months.

I wish to put on record, for the benefit of your party, that the people of Moorside and Thornlea have long memories. They will remember who voted for it. They will also remember where each of those four lives, which in a town this size is not difficult, and they will not all express their views by way of the ballot box.

I say this not as a threat, but as a statement of fact, and as someone who has lived here long enough to know his neighbours.

Yours faithfully,
N. Firth""")

# S7 canvassers threatened on Thornlea, txt style
c.add("safety", subject="thornlea - bad one", sender=P("Aaron", "Brook"),
      tags=(T, "third-party-report", "explicit", "noisy"),
      body="""brendan me and aleena just had a bad one on thornlea. bottom of Ashdale Crescent, big lad came out with 2 staffies, no leads. said if we didnt get off the crescent hed set them on us and "next time its a bat not the dogs". then shouted to his mate across the road "its that labour girl in the headscarf, the one from the leaflet" and his mate came out too. we legged it. aleena is crying in the car. we're ok. logged it. not going back there without more people and tbh maybe not at all. police?""")

# S8 explicit arson threat about bin strike
c.add("safety", subject="your bins", sender=("Albion St", "albionst.hx@gmail.com"),
      tags=(T, "explicit", "conditional", "angry"),
      body="""Ten weeks of rubbish outside my kids window. Your Labour council did this.

So heres the deal. If Royd and the rest of your cabinet havent sorted it by the end of the month, we'll be bringing the rubbish to them. Every bag on Albion Street, on their drives, and a match in it. They can see what it's like living next to it burning.

Not joking.""")

# S9 wish-harm re MP
c.add("safety", subject="horrocks", sender=P("Gordon", "Schofield"),
      tags=(T, "wish-harm", "angry"),
      body="""Your MP votes against her own government so the scroungers on Thornlea can carry on getting paid to sit on their backsides while my lad works nights and pays for them. Then she's on the telly crying about disabled people.

I won't be the one to do it, I'm too old. But I hope somebody catches her on her own one of these nights and gives her something to cry about. There's plenty round here think the same, and none of us would be sorry.""")

# S10 suspicious item at MP's office
c.add("safety", subject="FW: Incident at constituency office today - for the CLP", sender=("Naz Begum", "naz.begum@lindsayhorrocks.example.org.uk"),
      tags=(T, "suspicious-item", "third-party-report", "forwarded"),
      body=c.forward(
          """Brendan, Pervez - for your information, and please keep to the officers for now. Lindsay asked me to let you know before the GC.

Naz""",
          """Incident summary - Hexley constituency office, 10.20am

An A4 envelope, hand-delivered (no stamp), was pushed through the office letterbox some time between 8.45 and 10.15. On opening, the caseworker (SB) found a quantity of fine white powder and a printed note: "TRAITOR. YOU CHOSE THE SCROUNGERS. NEXT TIME IT WON'T BE FLOUR." SB put the envelope down immediately, washed her hands and left the room. The office was evacuated. West Yorkshire Police and the fire service attended; the powder has been taken for testing. Parliamentary security informed.

SB is shaken but unhurt. Office closed for the rest of the day. Friday's surgery postponed.""",
          "Naz Begum <naz.begum@lindsayhorrocks.example.org.uk>", "Incident report - office", style="outlook"))

# S11 Instagram comment notification with doxxing
c.add("safety", subject="hexleylabour, people are commenting on your post", sender=("Instagram", "no-reply@mail.instagram.com"),
      headers=c.newsletter_headers(),
      tags=(T, "social", "doxxing", "pile-on", "implicit"),
      body="""hexleylabour, people are commenting on your post

calderlad_1: this is the labour woman who runs their thornlea canvassing, the blonde one. chloe something. lives on Birch Grove off Thornlea Rd, blue door, white Fiat 500 outside

thornlea_born: 👀 noted

wy_patriot_: we should all go round and canvass HER for a change 😂😂 see how she likes it at 11 at night

See all 64 comments

Instagram from Meta
This message was sent to secretary@hexleycaldervalelabour.org.uk. Unsubscribe""")

# S12 stalking of women's officer
c.add("safety", subject="I think I'm being followed - need advice", sender=P("Bethany", "Lumb"),
      tags=(T, "stalking", "harassment", "third-party-report"),
      body="""Brendan,

I didn't want to bring it up in front of everyone at the EC, but I think I need to tell someone in the party officially.

Since I spoke at the counter-protest at Moorside Lodge in April, one man has messaged me almost every day. Different accounts - Facebook, Instagram, email, and twice through the CLP website form. He mostly says I'm a "traitor" and a "race traitor" and that he's "watching".

Three weeks ago he started saying where I'd been. "Nice coffee at Lola's today." "Your gym's open late on a Wednesday isn't it." Last Wednesday when I came out of the gym on Commercial Street, a man was sitting in a car opposite with the engine running and the interior light on, and he drove off when I got my phone out. I got half the plate.

The police have given me a reference and a safety plan. They've asked if the party has any record of him contacting the CLP - I think he might be the one who used our website form in May. Could you check the form submissions for "Calder Defender" or anything like it?

Bethany""")

# S13 non-native report of threats while leafleting
c.add("safety", subject="problem when I give leaflets", sender=P("Marek", "Nowak", "wp.pl"),
      tags=(T, "non-native", "third-party-report", "explicit"),
      body="""Hi Brendan,

Sorry my English not perfect. I am Marek, I help with leaflets in Low Mill with Rosa.

Yesterday on Cobden Street two men stop me by the shop. They see Labour leaflets. One of them take all leaflets from my bag and throw in the road. He say "you are polish, you are not even from here, you go home or we send you home in a box". The other one take photo of my face with phone and say "we know you now, we see you again".

They follow me in the car slow to the end of street. I go to my house different way, long way, because I am afraid they see which house.

I am ok. I am strong man. But I have wife and baby. I think I must tell you. Maybe also police? Rosa say you know what to do.

Marek""")

# S14 quoted reply, menace about children
c.add("safety", subject="Re: Your letter about Moorside Lodge", sender=P("Kenneth", "Brear"),
      tags=(T, "quoted", "implicit", "veiled"),
      body=c.quote_reply(
          """Save the "I understand your frustration".

I've done a bit of looking. St Aidan's Primary, two little ones, the red coats. Your missus picks them up at twenty past three most days, you do Fridays. You'll understand my frustration a lot better when it's your family that doesn't feel safe on the way home, Mr Foley.""",
          """Dear Mr Brear,

Thank you for writing to us about Moorside Lodge. I understand your frustration. The use of the hotel is a Home Office decision, but our councillors and our MP are pressing for a clear end date and for proper support for local services in the meantime. I have passed your letter to Cllr Kearney.

Yours sincerely,
Brendan Foley
Secretary, Hexley & Calder Vale CLP""", quoted_from=SEC, style="outlook"))

# S15 threat embedded mid-way in a long grievance from ex-member
c.add("safety", subject="Thornlea - a few home truths", sender=P("Stuart", "Hinchliffe"),
      tags=(T, "embedded", "veiled", "angry"),
      body="""Brendan,

I was a member of this party for twenty years and I was Dave Crowther's agent in Thornlea twice. I left when he left, and I'll tell you why, because nobody in your CLP ever bothered to ask.

Thornlea has had nothing from Labour in a decade. The library's gone, the youth club's gone, the GP is a locum once a week, and the only time we saw the CLP was when it wanted leaflets delivering. Dave fought for that estate at every council meeting and got treated like something on the bottom of a shoe by the cabinet. So he went Reform. So did I. That's called democracy.

Now I see your lot are running a full campaign against him on the estate. Young lads from Leeds on the doors, girls from the university, clipboards. Fair enough, it's a free country. But I'd say this. Tell that Chloe Ackroyd who's been leading them round Thornlea that people on this estate know her car and know her face, and some of them aren't as polite as me. If she keeps bringing strangers onto the Crescent, she's going to find herself on her own one night with the wrong people, and nobody round here will have seen a thing.

You had twenty years to listen. Thornlea's done being polite. We'll see you at the count.

Stuart Hinchliffe""")

# S16 conditional threat to councillor re standing again
c.add("safety", subject="shazia", sender=("gaza_never_forget", "gaza.never.forget.hx@proton.me"),
      tags=(T, "conditional", "explicit"),
      body="""If Shazia Rehman stands again for Labour in Dyehouse Lane she will regret it for the rest of her life. Not a political warning. A personal one. We know the house and we know the car. Pull her or we'll pull her ourselves.""")

# S17 caps noisy short
c.add("safety", subject="TRAITORS", sender=("HX PATRIOT", "hx.patriot.1066@gmail.com"),
      tags=(T, "noisy", "explicit"),
      body="""LABOUR TRAITORS OPENED THE HOTEL, LABOUR TRAITORS WILL PAY. WE HAVE UR NAMES. SEE YOU ALL AT THE COUNT FRIDAY. BRING A HELMET. 🇬🇧🇬🇧🇬🇧""")

# S18 list post reporting threat at stall
c.add("safety", subject="[CVLabourWomen] Incident at the market stall Saturday - please read", sender=P("Jill", "Stansfield"),
      headers=c.list_headers("CVLabourWomen", domain="lists.hexleycaldervalelabour.org.uk"),
      tags=(T, "list", "third-party-report", "following", "veiled"),
      body="""Dear all,

I want to share what happened at Saturday's stall in the market hall, because several of you do the rota.

About 11.30 a man in his forties came to the stall, picked up a leaflet about the GP surgery, and said quietly to me, "I know where you live, Jill. I followed you home last Saturday. Nice garden." He named my street. Then he put the leaflet back and walked off. He didn't raise his voice. That was worse, somehow.

I haven't seen him before. Medium height, grey beard, green waxed jacket, carrying a Morrisons bag.

I've reported it to the police and to the party. From now on, please: no one staffs the stall alone, no one walks home alone afterwards, and if you see him, don't engage - ring me or 999.

Jill

--
CVLabourWomen mailing list
To unsubscribe, email cvlabourwomen-leave@lists.hexleycaldervalelabour.org.uk""")

# S19 html-only "community notice" naming councillors' streets
c.add("safety", subject="COMMUNITY NOTICE - THE HEXLEY FOUR", sender=("Hexley Awake", "hexleyawake@proton.me"),
      fmt="html", tags=(T, "html-only", "doxxing", "implicit"),
      body="""COMMUNITY NOTICE

The following Labour councillors voted to extend Moorside Lodge for another year against the wishes of this town:

Cllr Niamh Kearney - Heath Lane, Moorside
Cllr Malcolm Royd - Beck Side, Low Mill
Cllr Shazia Rehman - off Canal Street, Dyehouse
Cllr Paul Haworth - Greenfield Avenue, Upper Hexley

We are publishing this so that residents know who their neighbours are. What residents choose to do with this information is up to them. We will be printing this notice and putting it through doors on every one of those streets this weekend.

The Hexley Four. Remember them.""")

# S20 left member threatening the regional director, conditional
c.add("safety", subject="if Fenton turns up on Thursday", sender=P("Mick", "Rawnsley"),
      tags=(T, "conditional", "explicit", "angry"),
      body="""Brendan

I hear the regional office are sending Liam Fenton to Thursday's GC to "explain the process" on Lindsay and the whip. Explain it to who? We all know the process. The process is they want her out for voting with her members.

If Fenton stands up in our meeting and lectures us about loyalty, he'll be leaving St Aidan's through the window, not the door, and I'll be the one helping him through it. There's a few of us who've had enough.

Tell him to stay in Leeds.

Mick""")

c.write()
