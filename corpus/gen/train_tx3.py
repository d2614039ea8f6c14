"""train/tx3: anger and its consequences, part 3 (Kelvin North CLP, Glasgow, other branches).
All content hand-written.

More angry mail whose consequence is political, organisational, legal or social: the
antisemitism process, council tax, the low-emission zone, the infirmary, free school meals,
a children's respite centre, a developer's donation, deadnaming in the canvass data, an
address on the website, a childcare policy ignored, a deselection, the by-election post-mortem.
The consequences: resign, cancel, vote against, stand for the EC, appeal, the Standards
Commission, the Herald, the ICO, the EHRC, the NEC, a rival meeting, court. Shapes include a
furious apology for absence, a nomination, an appeal, a list post, web forms, quoted and
forwarded exchanges, HTML-only and two-line blasts (46 hard negatives: mostly complaint, some
procedural, data-protection, other). Then 14 safety messages where the anger ends in menace to
a person: veiled, conditional, wished harm, explicit, stalking, doxxing, a suspicious item, a
threat in quoted text, in a social notification, mid-rant and in a P.S."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tx3", seed=6003)
P = c.person
SEC = "Jamie Rennie <clp.secretary@kelvinnorthlabour.org>"
HN = ("hard-negative", "angry")

# ============================================================ hard negatives

# 1 Jewish member, antisemitism complaint ignored, EHRC
c.add("complaint", subject="My complaint of 3 March - eight months and counting", sender=P("Daniel", "Rosenthal"),
      tags=HN + ("legal-threat", "political-consequence"),
      body="""Dear Jamie,

On 3 March I submitted a complaint about remarks made to me at the Springvale branch meeting by another member, who said in front of the room that people like me "always put Israel first" and asked whether I'd been "sent" to the meeting. You acknowledged receipt. The national complaints team gave me a reference number. Since then: nothing. Not an interview. Not an update. The member concerned was elected branch vice-chair in June.

I have been a member of this party for twenty-two years. I marched against the war in Iraq. I've campaigned for Palestinian statehood since before some of the people in that room were born. None of which should matter, and all of which I'm now made to feel I have to say.

The party signed up to an action plan with the Equality and Human Rights Commission precisely because complaints like mine were being left to rot. If mine isn't progressed by the end of this month, I will be writing to the EHRC to ask whether the party is complying with that plan, and I will be giving the Jewish Labour Movement full details of how this CLP has handled it. I'd much rather not. It shouldn't be necessary.

Daniel Rosenthal""")

# 2 council tax rise, short, vote elsewhere
c.add("complaint", subject="9.8% council tax rise", sender=P("Ronnie", "Gault"),
      tags=HN + ("political-consequence",),
      body="""9.8 per cent. On top of the water charges. While the bins go fortnightly and the pothole outside my door has been there since the Commonwealth Games.

I've voted Labour at every council election since 1980. Not this time, and neither will my wife, my two sons or their partners. That's six votes gone in one house. Pass it on to your councillors.

Ronnie Gault
Broomknowe""")

# 3 non-native (Arabic-speaker) taxi driver, LEZ
c.add("complaint", subject="LEZ fines - taxi drivers very angry", sender=P("Khaled", "Haddad", "hotmail.com"),
      tags=HN + ("non-native", "political-consequence"),
      body="""Dear sir,

I am taxi driver 11 years in Glasgow, I come from Syria in 2015 and I start to drive in 2016. I am member of Labour because Labour help refugees when I come.

Now the Low Emission Zone, my car is 2016 diesel, is not allowed. I must buy new car £28,000 or I cannot work in the city centre. The council give grant only £5,000 and the list for grant is close. Last month I get 2 fines, £60 and £120, because I take old lady to hospital and I forget the route.

Labour councillors vote for this. I ask Cllr Cassells at the mosque open day, he say "is for the health of the children". OK, and my children? How I feed them?

We are 340 drivers in the Springvale rank association. I am secretary. Next week we have meeting and I will tell to everybody that Labour councillors dont care about us, and we will not vote Labour in May, and we will tell our passengers also. Every day we speak with 30, 40 passengers. Think about this.

Khaled Haddad""")

# 4 nurse, A&E closure at the infirmary, long
c.add("complaint", subject="Kelvin North Infirmary A&E - from a nurse who's had enough", sender=P("Claire", "McInally"),
      tags=HN + ("political-consequence", "metaphor", "resignation-ultimatum"),
      body="""Jamie,

I've been an A&E nurse at the Infirmary for nineteen years. I've been a Labour member for twenty-four. I'm writing on my break, in the car, because I can't sleep after nights and I need to get this out.

The health board announced on Monday that the Infirmary's A&E is "transitioning to a minor injuries unit". That means closing. It means that someone having a heart attack in Broomknowe or Whinhill goes to the Royal, forty minutes on a good day, longer in traffic. We had a man last Tuesday who wouldn't have survived an extra forty minutes. I held his wife's hand in the relatives' room. He's alive.

The health board will tell you it's a clinical decision. It isn't. It's staffing, and it's money, and it's a decade of nobody training enough of us. Every party at Holyrood has its fingerprints on it. But our MSP, Ailsa Drummond, stood outside the front doors in 2021 and promised on camera that she would "never, ever" let this A&E close. Now she's "disappointed" and "seeking assurances".

Seeking assurances. We are drowning in there. I had six patients on trolleys in the corridor on Sunday and a student nurse crying in the sluice.

So, three things.

One. I'm the RCN steward for the department, and on Thursday the staff side will be voting on a motion that no union representative will share a platform with any MSP who doesn't publicly oppose this closure. That includes Ailsa.

Two. I'm writing to the Herald, with the names of every nurse in the department who's willing to put their name to it, and so far that's thirty-one.

Three. If Ailsa Drummond doesn't come out against it by the end of the month, I'm resigning my membership, and I'll tell the Herald why. I can't go round the doors at the next Holyrood election asking people to vote for her, knowing what I know.

Our MSP can come and see for herself. She's welcome to do a night shift with me. Bring comfortable shoes.

Claire McInally
Whinhill branch""")

# 5 teacher, free school meals, resigning from education committee (complaint)
c.add("complaint", subject="Free school meals - I'm off the education committee", sender=P("Lesley", "Dunlop"),
      tags=HN + ("resignation-ultimatum",),
      body="""Jamie,

I teach P6 at Kilncroft Primary. Last week a boy in my class was found eating the leftover toast from the breakfast club bin. He's not eligible for free meals because his mum works 30 hours at the care home.

The CLP education committee wrote a paper in March calling on the Labour group to extend free meals to every child in a family on Universal Credit. It was passed unanimously at the GC. The Labour group "noted" it. Then they voted for a budget that doesn't include a penny for it.

I'm stepping down from the education committee from today. I'm not spending my evenings writing papers for councillors to "note". And unless the group leader comes to the next GC to explain why our policy got binned, I'll be proposing at the next branch meeting that Kilncroft branch withholds its support from the group's budget in February.

Lesley Dunlop""")

# 6 the leader's freebies row, cancel DD unless
c.add("complaint", subject="Freebies", sender=P("Ewan", "Fotheringham"),
      tags=HN + ("resignation-ultimatum",),
      body="""Jamie,

Just so it's on record somewhere. I have spent this year telling my mother she can't have the winter fuel payment because "the money isn't there", on the instructions of the party. Meanwhile the man at the top of that party has taken more in free suits, glasses and football tickets than my mother's pension for a year.

I'm not daft enough to think a CLP secretary can do anything about it. But I want the GC to debate a motion on it, and I want it sent to the NEC. If that doesn't happen by Christmas, my direct debit gets cancelled. Don't take that as an empty threat; it's the only lever I've got.

Ewan Fotheringham""")

# 7 formal complaint about racist remark (procedural)
c.add("procedural", also=["complaint"], subject="Formal complaint - remark at the Broomknowe branch meeting, 11 November",
      sender=P("Kwame", "Appiah"),
      tags=HN,
      body="""Dear Jamie,

Please treat this as a formal complaint under the party's complaints procedure, for forwarding to the national complaints team.

At the Broomknowe branch meeting on 11 November, during the discussion on the asylum accommodation at the former Whinhill Hotel, a member, Mr Raymond Cuthill, said: "We don't need any more of them in Whinhill, we've got enough." When I asked him who "them" referred to, he looked at me and said, "You know fine well."

I am Black and was the only Black person in the room. At least four other members heard this and two have told me they will give statements. The branch chair did not intervene.

I request:
- that the complaint be forwarded to the national complaints team within seven days;
- that I am told when this has been done;
- that the failure of the chair to intervene is also considered.

I'll be honest, Jamie. If this goes the way other complaints in this CLP have gone, I'll be taking it to the press and to Labour's BAME network, and I won't be staying in the party to watch.

Kwame Appiah""")

# 8 motion to GC on winter fuel, angry covering note (procedural)
c.add("procedural", subject="Motion for December GC - winter fuel (Kilncroft branch)", sender=P("Agnes", "Whyte"),
      tags=HN + ("political-consequence",),
      body="""Jamie,

Motion from Kilncroft branch for December GC. Passed 19-0 with 2 abstentions.

"This GC notes that more than 10 million pensioners have lost the Winter Fuel Payment, and that the partial reversal does not help pensioners just over the new threshold. This GC calls on our MP and MSP to press for the full restoration of the Winter Fuel Payment and instructs the Secretary to write to both, and to the Chancellor, conveying this motion."

Proposed Agnes Whyte, seconded Ian Orr.

And Jamie, since the last two winter fuel motions vanished in the EC, let me be clear: if this one isn't on the agenda, Kilncroft branch will send it directly to every other CLP in Glasgow and to the Herald letters page, along with the dates we sent you the previous two.

Agnes""")

# 9 angry nomination for Chair (procedural)
c.add("procedural", subject="Nomination for CLP Chair - AGM", sender=P("Maggie", "Brennan"),
      tags=HN + ("political-consequence",),
      body="""Jamie,

Please accept the nomination below for the AGM.

Position: Chair, Kelvin North CLP
Nominee: Margaret (Maggie) Brennan, Springvale branch, membership no. L2041187
Nominated by: Springvale branch (meeting of 6 November)
Nominee consents: Yes

A word of explanation since I know it'll raise eyebrows. I've never wanted to be chair. I'm standing because I've sat through two years of GCs where the current chair talks over women, rules motions out without reasons, and closes meetings at 9pm on the dot when there's a vote he doesn't like. I've had enough of complaining about it in the car park. If he wants the job he can fight me for it at the AGM, in front of the members, and we'll see who they want.

I expect a proper count, with tellers from both sides.

Maggie Brennan""")

# 10 furious apology for absence (procedural)
c.add("procedural", subject="Apologies for Thursday's GC", sender=P("Neil", "Carmichael"),
      tags=HN + ("resignation-ultimatum",),
      body="""Jamie,

Please record my apologies for Thursday's GC.

For the minutes, you can put "other commitments". For you, the real reason: I'm not sitting through another meeting where the EC report takes 70 minutes and the branch motions get five minutes at 9.25 with the chair looking at his watch. I've done it at every GC this year.

I won't be at any more GCs until the agenda changes so that motions come first. I'll be telling Broomknowe branch why, and suggesting they send someone else if they think it's worth their while.

Neil Carmichael
Delegate, Broomknowe""")

# 11 DP: SAR, "I know the chair keeps a file"
c.add("data-protection", also=["complaint"], subject="I want everything you've got on me", sender=P("Frances", "Muir"),
      tags=HN + ("legal-threat",),
      body="""Jamie,

I'm formally asking for a copy of every piece of personal information the CLP and its officers hold about me. Emails, minutes where I'm named, notes, spreadsheets, WhatsApp messages among officers, the lot.

I've been told by two separate people that the chair keeps a "file" on members he considers troublemakers, and that I'm in it, and that it was shown to the selection panel. If that's true, it's not only outrageous, it's illegal, and I'll be going to the ICO and to a lawyer.

You've got one month. I've marked the date.

Frances Muir""")

# 12 DP: home address on the CLP website
c.add("data-protection", subject="WHY IS MY HOME ADDRESS ON YOUR WEBSITE", sender=("Gordon Pirie", "gpirie52@virginmedia.com"),
      tags=HN + ("dp-no-legal-words", "noisy"),
      body="""Jamie

I stepped down as Whinhill branch secretary in 2023. My home address is STILL on the CLP website as "contact the branch", along with my landline. I've had three people turn up at my door this month wanting to "talk to Labour" about the hotel, one of them at half nine at night, and my wife is not well.

Take it down TODAY. I asked in January and in June. If it's still there on Monday I'm reporting it to whoever polices this and I'm telling the Evening Times the party puts ex-volunteers' home addresses online and leaves them there.

Gordon Pirie""")

# 13 WhatsApp screenshots shared with councillor (complaint also data-protection)
c.add("complaint", also=["data-protection"], subject="Someone screenshotted the branch WhatsApp to Cllr Shields", sender=P("Amy", "Galbraith"),
      tags=HN,
      body="""Jamie,

On Saturday Cllr Raymond Shields phoned me at home to complain about "things I'd been saying about him" on the Springvale branch WhatsApp. He read out my own messages to me, word for word. Somebody in that group has been sending him screenshots.

What I said was that he'd missed four surgeries in a row and that the branch should ask him why. That's a fair question for a member to ask and I'll ask it again.

I want the branch admin to find out who did it and remove them from the group, and I want Cllr Shields told that phoning members at home to intimidate them about a private group chat is unacceptable. If the EC won't do anything, I'll bring it up at the GC and name him for it, in the room.

Amy Galbraith""")

# 14 forward of councillor's dismissive reply; Standards Commission
c.add("complaint", subject="Fwd: Re: Whinhill Court", sender=P("Tracey", "Boyle"),
      tags=HN + ("forwarded", "legal-threat"),
      body=c.forward(
          """Jamie - this is what our councillor thinks of a tenants' association representing 96 households.

"Professional complainers." That's us. Pensioners, single mums, a man on dialysis, families with kids in bedrooms black with mould.

I've sent a complaint to the Standards Commission this morning, quoting this email. I've also sent it to every tenant in the block. I'd like the Labour group to tell me whether it agrees with him. I'd like that in writing, for our next newsletter.

Tracey Boyle
Chair, Whinhill Court Tenants' Association""",
          """Tracey,

I've had nine emails from your association in four weeks and I'm not going to keep answering the same points. The demolition is going ahead as part of the regeneration plan and the council will be consulting on rehousing in the usual way.

Frankly some of your members seem to be professional complainers and I'd suggest they direct their energy somewhere more constructive.

Cllr Raymond Shields""",
          "Cllr Raymond Shields <raymond.shields.cllr@kelvinnorthlabour.org>", "Re: Whinhill Court", style="outlook"))

# 15 reply to secretary's polite answer on suspension status; court
c.add("complaint", subject="Re: Your enquiry", sender=P("Malcolm", "Kerr"),
      tags=HN + ("quoted", "legal-threat"),
      body=c.quote_reply(
          """"Not in a position to comment." You were in a position to comment to half the branch, Jamie, because three of them have told me what you said about me in the pub after the AGM.

I've been suspended since April with no hearing. I've missed a selection, a conference and an AGM. I've written to the Governance and Legal Unit four times.

I'm done asking. I've got a solicitor and a funded claim from my union's legal scheme. I'll see the lot of you in court, and we'll see how "confidential" it all is when it's read out in front of a sheriff.""",
          """Dear Malcolm,

Thank you for your email. As you know, disciplinary matters are handled by the national party and the CLP is not in a position to comment on individual cases or on timescales. I'd encourage you to continue to correspond with the Governance and Legal Unit directly.

Kind regards,
Jamie""", quoted_from=SEC, style="gmail"))

# 16 webform from public, canvasser rude at door
c.add("complaint", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Siobhan Devine", "siobhandevine1990@gmail.com"),
      tags=HN + ("webform",),
      body=c.webform({
          "Name": "Siobhan Devine",
          "Email": "siobhandevine1990@gmail.com",
          "Postcode": "G99 7QA",
          "Message": """One of your canvassers came to my door on Sunday afternoon. When I said I was thinking of voting Green because of Gaza, he said "that's a wasted vote for people who don't understand politics" and then, when my partner came to the door, asked her if she was "the sensible one".

Patronising doesn't even cover it.

I'll be posting about this on the Springvale Community page, which has 7,000 members, and I'll be describing him in detail. If you want to stop that, you could try apologising.""",
      }))

# 17 web "volunteer" form used for a complaint
c.add("complaint", subject="New volunteer sign-up", sender=c.form_robot(),
      reply_to=("Derek McAra", "dmcara@outlook.com"),
      tags=HN + ("webform", "confuser", "complaint-as-volunteer-signup", "resignation-ultimatum"),
      body=c.webform({
          "First name": "Derek",
          "Last name": "McAra",
          "Email": "dmcara@outlook.com",
          "Mobile": "07700 900377",
          "I can help with": "Other",
          "Anything else?": """I'm using your volunteer form because none of your email addresses answer. I've volunteered for this CLP for eight years. I signed up again in September for the by-election and nobody contacted me. Then I got a leaflet through my own door saying "we need YOU". You had me. You ignored me.

Take me off the volunteer list. I'll be delivering for the independent candidate instead. At least she phoned back.""",
      }, form="Volunteer with us"))

# 18 two-line blast
c.add("complaint", subject="Laidlaw", sender=("Sharon Quigg", "sharonquigg@hotmail.co.uk"),
      tags=HN + ("political-consequence",),
      body="""Tell Laidlaw he's lost four votes in our house tonight. And my gran's. Never again.

Sent from my iPhone""")

# 19 one-line legal blast with context
c.add("complaint", subject="Your leaflet", sender=P("Hugh", "Abernethy"),
      tags=HN + ("legal-threat",),
      body="""Your leaflet says I "supported" the Whinhill demolition at the community council. I voted against it and it's in the minutes. Correct it in writing within seven days or you'll be hearing from my solicitor.

H. Abernethy""")

# 20 long rant about everything; standing for EC with 30 people
c.add("complaint", subject="Everything that's wrong with this CLP (long, sorry, not sorry)", sender=P("Rosa", "Cairney"),
      tags=HN + ("political-consequence", "metaphor"),
      body="""Jamie,

I've started this email about six times over the last fortnight and deleted it, so this time I'm just going to write it and press send.

I joined in 2015. I was 22. I came to my first branch meeting in the back room of the Springvale library and there were eleven people, and I was the only one under 50, and they were so pleased to see me that somebody made me a cup of tea before I'd taken my coat off. I've been to nearly every meeting since. I've been youth officer, branch secretary, GC delegate, and I ran the phone bank in the general election from my kitchen.

I'm writing because I don't recognise this CLP any more.

The GC is a rubber stamp. The EC meets, decides, and then spends an hour and ten minutes "reporting" to the GC, and then motions get squeezed into the last fifteen minutes and ruled out of order if the chair doesn't like them. I've watched the Gaza motion, the winter fuel motion and the two-child cap motion die like that. Three motions from three different branches, all with the same ending.

The selections are sewn up before the nomination forms are printed. Everybody knows who's "getting" which ward. I've been asked, twice, by people who should know better, whether I'd "step back this time" to let somebody's pal through.

The membership's halved. We had 740 members in 2020. The last GC report said 361. Nobody on the EC seems to think that's a problem worth a single agenda item.

The party nationally is doing things I never thought I'd see. Means-testing pensioners' heating. Keeping the two-child cap, which the CLP voted against unanimously. Cutting disability benefits. The Prime Minister making speeches about immigration that could have been written by the people we used to knock doors against. I've had people on the doorstep literally laugh in my face. One woman in Kilncroft shut the door and then opened it again to tell me she'd voted Labour all her life and I should be ashamed. I didn't have an answer for her.

And the answer from this CLP's leadership to all of this? Silence. A newsletter about the Christmas raffle.

So here's where I've got to. I'm not leaving. I think that's what they want - they want the awkward ones to leave so they can have the place to themselves. I'm staying. I'm standing for the EC at the AGM, for vice-chair, and I'm bringing thirty people with me who've all said they're sick of the same thing. Some of them haven't been to a meeting in two years. They'll be at this one. We're going to take this CLP back from the people who've been running it into the ground and give it to the members.

You can pass this on to whoever you like. I'd actually quite like the chair to read it.

Rosa Cairney
Springvale branch""")

# 21 non-native Italian, told she can't vote; Electoral Commission
c.add("complaint", subject="Your canvasser say I cannot vote - this is wrong", sender=P("Giulia", "Russo", "gmail.com"),
      tags=HN + ("non-native",),
      body="""Buongiorno,

I am Italian, I live in Scotland 14 years, I have settled status and I am on the electoral register. I always vote in Holyrood and council election because in Scotland EU citizens can vote in these election, this is the law.

Yesterday one of your canvasser, a young man with a red rosette, come to my door and when he hear my accent he say "oh you can't vote anyway" and he go away to next door. I try to tell him but he is already gone.

I am very angry. Maybe he say this also to my neighbours, there is Polish, Spanish, Romanian families on my street. Maybe they believe him and they don't vote. This is very serious.

I want you to tell all your canvasser the correct rules. If I hear this one more time I will complain to the Electoral Commission and I will write to the Italian community association newsletter that Labour tell Europeans they cannot vote.

Giulia Russo""")

# 22 benign violent words in an angry rota complaint
c.add("complaint", subject="this rota will be the death of me", sender=P("Irene", "Forsyth"),
      tags=HN + ("benign-violent-word",),
      body="""Jamie,

The street stall rota for December has me down for all four Saturdays. ALL FOUR. It's killing me. I'm 71 and I've got a bad hip and I'm standing in the wind outside the Springvale shopping centre while the EC members who drew up the rota are nowhere to be seen.

I'll do one. Pick one. Any more than that and you can shoot me now, I'm not doing it, and I'll be telling the branch exactly how many of the EC have done a stall this year (zero).

Irene""")

# 23 metaphor: EC declared war on the branches
c.add("complaint", subject="The EC has declared war on the branches", sender=P("Steven", "Lockhart"),
      tags=HN + ("metaphor", "political-consequence"),
      body="""Jamie,

Let's not dress it up. Taking away the branches' right to send motions straight to the GC and making them go through an EC "filter" is a declaration of war on the branches. That's what it is. It's a hatchet job on party democracy dressed up as "streamlining".

We'll fight it every inch of the way. Every branch meeting between now and the AGM, every GC, every email list. And we'll win, because there are a lot more of us than there are of you.

Steven Lockhart
Kilncroft""")

# 24 deselection of popular councillor; make EC pay at AGM
c.add("complaint", subject="The political execution of Nasreen Akhtar", sender=P("Bilal", "Hussain"),
      tags=HN + ("metaphor", "political-consequence"),
      body="""Dear Jamie,

I'm writing on behalf of a group of Broomknowe members who are disgusted at the way Cllr Nasreen Akhtar has been treated.

She has been the hardest-working councillor in this CLP for eight years. Her surgery is the only one that runs every single week. She got the Broomknowe community centre its roof. And now she's been left off the longlist for her own ward with no reason given, two weeks after she spoke against the group leader on the LEZ.

This was a political execution, carried out by people who didn't have the nerve to do it in the open.

We will make the EC pay for this at the AGM. Every single one of them is up for election and we'll be standing candidates against every one who had a hand in it. There are 70 members in Broomknowe and most of them have never bothered with an AGM. They'll bother with this one.

Bilal Hussain""")

# 25 MSP rude on social media; Standards Commissioner
c.add("complaint", subject="Ailsa Drummond's reply to my mum on Facebook", sender=P("Connor", "Baird"),
      tags=HN + ("legal-threat",),
      body="""Jamie,

My mum, who is 68 and has COPD, commented on Ailsa Drummond's Facebook post about the Infirmary asking her whether she'd keep her promise about the A&E. Ailsa replied, publicly: "I don't think scaremongering helps anyone, Moira. Perhaps check the facts before posting." Then her office deleted my mum's follow-up.

My mum wasn't scaremongering. She's been in that A&E three times this year.

I've reported it to the Commissioner for Ethical Standards, and I've taken screenshots of everything before anything else gets deleted. If Ailsa wants to apologise, my mum will accept it. Otherwise we'll let the Commissioner decide.

Connor Baird""")

# 26 youth, uni Gaza encampment disowned; rival society
c.add("complaint", subject="uni labour club + the encampment", sender=("Aoife Kelly", "aoife.kelly.02@student-mail.example.ac.uk"),
      tags=HN + ("noisy", "political-consequence"),
      body="""hi jamie

so the CLP put out a statement "distancing" itself from the encampment at the uni, which literally like 15 of your youngest members were part of, peacefully, with a reading tent and a first aid table. and you didnt even ask us first?? we found out on insta

ngl im so angry i could scream. we're the ones who canvassed in the by-election when nobody else turned up

so a bunch of us are leaving the uni labour club and starting our own socialist society and we're not encouraging anyone to join the party anymore. you did this

aoife""")

# 27 ignored, "I'll just go to the SNP then"
c.add("complaint", subject="Still waiting", sender=P("Graeme", "Hamill"),
      tags=HN + ("political-consequence",),
      body="""Jamie

Six weeks ago I asked, as a member, for help with a housing issue and to be put in touch with my councillor. Nothing. I phoned the office number on your website; it rings out.

My SNP councillor replied to me within a day. He's been round to the flat.

I'll just join them then, shall I? Because that's where this is heading. And I'll tell everybody at the bowling club why.

Graeme Hamill""")

# 28 heads need to roll after the by-election
c.add("complaint", subject="Kilncroft by-election post-mortem", sender=P("Alison", "Gunn"),
      tags=HN + ("metaphor",),
      body="""Jamie,

We lost a seat we've held since 1974, by 212 votes, in a by-election where we had three weeks' notice and a candidate everybody liked.

Two weeks of the campaign with no leaflets because the print order was never placed. A canvassing app nobody was trained on. Polling day with nobody on the knock-up in two of the three polling districts. I was there. I saw it.

After that result heads need to roll, starting with the campaign coordinator. I'll be moving at the GC that the EC commissions an independent review, by someone from outside the CLP, and publishes it. If the EC tries to mark its own homework I'll be taking it to the regional office.

Alison Gunn""")

# 29 affiliate: there will be consequences
c.add("complaint", subject="Unison Kelvin North health branch - the CLP statement on the Infirmary", sender=P("Gillian", "Strathearn"),
      tags=HN + ("political-consequence",),
      body="""Dear Jamie,

I'm writing as branch secretary of Unison's Kelvin North health branch, which is affiliated to the CLP.

The CLP statement issued yesterday "welcoming the health board's clarity" on the future of the Infirmary was not discussed with the affiliates and does not reflect the views of the 1,100 health workers our branch represents. Some of our members have been in tears at work today.

There will be consequences for the relationship between our branch and this CLP. Our committee meets on Monday and the question of our affiliation, and of our delegates' participation in GC business, is on the agenda. I'd urge the officers to withdraw the statement before then.

Gillian Strathearn
Branch Secretary""")

# 30 selection count, recount, NEC appeal
c.add("complaint", subject="Springvale ward selection - recount demanded", sender=P("Stuart", "Niven"),
      tags=HN,
      body="""Jamie,

The Springvale ward selection was declared at 41-40. The count was done by one person, in a side room, with no scrutineer for my candidate. When I asked to see the ballot papers I was told they'd "already been bagged".

We want a recount, observed by both sides, within the week. If that's refused, we're appealing to the NEC and asking for the selection to be rerun. Forty votes to forty-one, Jamie. You'd think someone would want it done properly.

Stuart Niven
Agent for Elaine Caskie""")

# 31 resignation over immigration speech, no demand (other)
c.add("other", also=["complaint"], subject="My resignation from the party", sender=P("Farida", "Noor"),
      tags=HN + ("resignation",),
      body="""Jamie,

I'm resigning my membership today. I've cancelled the direct debit.

My parents came to Glasgow in 1972. My father drove a bus for thirty years and was in the T&G. He joined the Labour Party the year I was born because he said it was the only party that thought he belonged here.

I listened to the Prime Minister's speech on immigration on the radio in my car on Monday and I had to pull over. I'm not going to write an essay about it. I just can't be in a party that talks like that about people like my dad.

Please don't send anyone to change my mind.

Farida Noor""")

# 32 withdrawing as council candidate, no demand (other)
c.add("other", also=["complaint"], subject="Withdrawing my candidacy for Kilncroft", sender=P("Owen", "McAllister"),
      tags=HN + ("resignation",),
      body="""Jamie,

I'm withdrawing as the Labour candidate for Kilncroft ward in May.

I've spent the last month on doorsteps being shouted at about winter fuel, the two-child cap and the Infirmary, defending decisions I don't agree with, made by people who've never heard of Kilncroft. Then I found out from a journalist that the group leader had already told the council's chief executive that I "won't be a problem". I'm not here to be not a problem.

I wish the next candidate well. I'm keeping my membership for now. Don't ask me to reconsider.

Owen McAllister""")

# 33 children's respite centre closure; stand against
c.add("complaint", subject="Lochend respite centre - from the parents", sender=P("Michelle", "Carlin"),
      tags=HN + ("political-consequence",),
      body="""Jamie,

Our children are disabled. Lochend House gives us one weekend a month where we can sleep. For some of us it's the only thing keeping our families together. Cllr Cassells and Cllr Shields both voted on Wednesday to close it.

We're not organised like a union. We're knackered mums and dads. But we've set up a group, there are 58 of us, and we've agreed that one of us is going to stand against Paul Cassells in May. We'll do the leaflets at 2am if we have to; we're up anyway.

Tell him we'll see him on the doorsteps.

Michelle Carlin""")

# 34 husband of member: stop ringing my wife at 10pm
c.add("complaint", subject="Stop phoning my wife", sender=P("Robert", "Lyle"),
      tags=HN,
      body="""To whoever runs this,

My wife is a member of your party. She's also a nurse on early shifts. This is the fourth time this month someone from your "campaign team" has rung her mobile after 10pm to ask her to deliver leaflets. Last night it woke our baby.

She's too polite to say anything. I'm not. Stop it. If it happens again I'll be making a complaint to your regional office and I'll be telling her to cancel her membership, and I don't think she'd argue.

Robert Lyle""")

# 35 GC in a pub; person in recovery
c.add("complaint", subject="GC venue", sender=P("Sean", "Docherty"),
      tags=HN,
      body="""Jamie,

I'm in recovery. Four years sober this month. The November GC has been moved to the function room of the Broomknowe Arms because the church hall double-booked.

I raised this when the Christmas social went to a pub last year and was told it "wouldn't happen with formal meetings". It has.

I won't be there. I'll be raising it with the equalities officer and, if I have to, with the regional office, because I'm a delegate and I have the right to attend without walking through a bar to do it.

Sean""")

# 36 list post, angry, moving no confidence (complaint on GC list)
c.add("complaint", subject="[KN-GC] Re: EC report for Thursday", sender=P("Hamish", "Strachan"),
      headers=c.list_headers("KN-GC", domain="lists.kelvinnorthlabour.org"),
      to="kn-gc@lists.kelvinnorthlabour.org",
      tags=HN + ("list", "political-consequence"),
      body="""Colleagues,

I've just read the EC report for Thursday. Eleven pages. Not one word about the by-election result, the membership figures, or the accounts we've been promised since June.

I'll be asking on Thursday for the report not to be accepted. If the chair refuses to take that vote, I'll move that the GC has no confidence in the EC's handling of the by-election, and I'd ask delegates who feel the same to be there and to stay for the whole meeting.

Hamish Strachan
Kilncroft

--
KN-GC mailing list
kn-gc@lists.kelvinnorthlabour.org""")

# 37 sarcastic about annual report; vote against accepting
c.add("complaint", subject="Annual report - a few small points", sender=P("Morag", "Ireland"),
      tags=HN,
      body="""Jamie,

Having read the annual report with the care it deserves, a few small points:

- Page 2 congratulates "our MP Gordon Laidlaw" on a campaign he voted against.
- Page 4 lists the Kilncroft by-election as "a strong result". We lost.
- Page 5 gives membership as 740. Your own GC report last month said 361.
- Page 7 thanks "the Women's Forum for their fantastic support". The Women's Forum has not been allowed to put a motion to the GC all year.

Great stuff. Really inspiring.

I'll be voting against accepting the report at the AGM and I'll be asking others to do the same. It's fiction.

Morag Ireland""")

# 38 appeal against suspension (procedural)
c.add("procedural", also=["complaint"], subject="Notice of appeal - decision of 2 October", sender=P("Duncan", "Rae"),
      tags=HN + ("legal-threat",),
      body="""Dear Secretary,

I write to give formal notice that I am appealing against the decision, communicated to me on 2 October, to exclude me from the Springvale ward selection shortlist and to refer my conduct to the national party.

I ask that this notice be forwarded to the relevant appeals body and that I be given (a) the full reasons for the decision, (b) copies of any material considered, and (c) an opportunity to respond in person.

I would point out that no one has yet told me what conduct is alleged. The party's own rules, which form the contract of membership, require that I be told. I have placed the matter with my solicitors and they will take whatever steps are necessary if this appeal is not handled in accordance with those rules.

Duncan Rae""")

# 39 developer donation; Herald
c.add("complaint", subject="The £5,000 from Calder Living", sender=P("Neil", "Hutcheson"),
      tags=HN + ("political-consequence",),
      body="""Jamie,

The accounts show a £5,000 donation from Calder Living Ltd in August. Calder Living is the developer behind the Whinhill Court demolition and the "luxury rental" scheme going up in its place. Our councillors voted for that scheme in September.

I don't know who accepted this or why. I do know how it looks, because I've just seen it through the eyes of the Whinhill tenants, who I represent on the community council.

Return the money, publicly, and explain who accepted it. If that isn't done before the GC, I'll be handing the accounts to the Herald. I'm not willing to stand in front of those tenants and defend it.

Neil Hutcheson""")

# 40 DP: deadnamed on leaflet
c.add("data-protection", subject="You used my old name", sender=("Alex Strang", "alex.strang@protonmail.com"),
      tags=HN + ("legal-threat",),
      body="""Hi,

I changed my name two years ago and updated it on Membersnet straight away. Today a Labour leaflet arrived at my flat addressed to my old name, which my new flatmates saw, and which I've not told them about. I'm trans. I didn't choose to come out to two people I met three weeks ago, over the recycling.

The party obviously still has my old name on some system and is using it. I want it deleted from everything, the canvass records, the mailing database, all of it, and I want to know where it came from.

I'm also making a complaint to the ICO. I'm done being polite about this kind of thing.

Alex""")

# 41 childcare costs policy; women's conference
c.add("complaint", subject="Childcare expenses for the GC", sender=P("Nicola", "Renfrew"),
      tags=HN + ("political-consequence",),
      body="""Jamie,

The CLP's own policy, agreed in 2023, says delegates can claim reasonable childcare costs for attending GC meetings. I've claimed £24 for each of the last four GCs. I've been paid nothing. The treasurer told me on Thursday the policy is "under review" and that "most parents manage".

Most parents don't come. That's the point of the policy.

I want the £96 paid by the end of the month. If it isn't, I'll take it to the regional women's officer and I'll be speaking about it at regional women's conference in March, where I'm a delegate. I'll name the CLP.

Nicola Renfrew""")

# 42 candidate denied canvass data
c.add("complaint", subject="Access to Contact Creator - Springvale", sender=P("Elaine", "Caskie"),
      tags=HN,
      body="""Jamie,

I'm one of two approved candidates for the Springvale ward selection. The other candidate was given access to the members' contact data on the 1st. I asked on the 1st, the 4th and the 8th. I was given access on the 15th, after she'd had two weeks of phoning members.

I'm making a formal complaint to the procedures secretary about this and asking for the ballot to be postponed by two weeks to even things up. If that's refused, I'll appeal whatever result comes out, and I'll make sure the members know why.

Elaine Caskie""")

# 43 HTML-only, caps, winter fuel hypocrisy
c.add("complaint", subject="HYPOCRITES", sender=("Jean Caldwell", "jeancaldwell48@btinternet.com"),
      fmt="html", tags=HN + ("html-only", "noisy", "resignation-ultimatum"),
      body="""Mr Rennie

My MP voted to take the winter fuel off me last year and now he's put out a leaflet saying he "fought" to get it partly back. FOUGHT. He voted for it. I have the leaflet in front of me and Hansard on my granddaughter's laptop.

I'VE HAD ENOUGH OF BEING TREATED LIKE I'M DAFT.

I'll renew in January if he writes to me and admits what he voted for. Otherwise that's me finished, after 38 years, and the women at the church guild will know exactly why.

Jean Caldwell""")

# 44 long DP/complaint: officer took membership list when he left, using for his own party
c.add("data-protection", also=["complaint"], subject="Former officer using our membership list for his new party", sender=P("Callum", "Sneddon"),
      tags=HN + ("legal-threat",),
      body="""Jamie,

I've had an email today, to my personal address, from "Kelvin North Independents", inviting me to their launch. It's signed by Brian Lafferty, who was our membership secretary until he resigned in August. I only gave that email address to the Labour Party.

Three other members have had the same. One of them had only been a member for six weeks.

It's obvious what's happened. He took the list with him. I want to know (1) whether the CLP knows, (2) whether it's been reported to the party's data protection officer and to the ICO, which I understand it has to be, and (3) what's being done to stop him using it.

If the answers are no, no and nothing, I'll report it myself and I'll be making a claim. I didn't join Labour to end up on his mailing list.

Callum Sneddon""")

# 45 complaint also query: councillor never at surgery; "watch this space"
c.add("complaint", also=["query"], subject="Where is Cllr Shields?", sender=P("Ann", "Gilchrist"),
      tags=HN + ("political-consequence",),
      body="""Jamie,

Cllr Shields's surgery at Springvale library has been "cancelled" five weeks in a row. There's a sign on the door written in biro. Last week there were seven of us standing there in the rain.

Is he still a councillor? Is he ill? Has he moved? Can somebody just tell us?

Because if he's just not bothering, the folk who stood in the rain last week will remember it in May. Watch this space.

Ann Gilchrist""")

# 46 short furious about the CLP's Christmas card featuring a developer
c.add("complaint", subject="the Christmas card", sender=P("Pauline", "Meek"),
      tags=HN,
      body="""Jamie, who on earth approved a CLP Christmas card with a photo of our councillors cutting the ribbon at the Calder Living show flats? On the site of Whinhill Court. Where 96 families were evicted. I'm sending mine back with a note and I'll be asking at the GC who signed it off. Unbelievable.

Pauline""")

# ============================================================ safety

# S1 third-party report: someone waited outside councillor's house after LEZ vote
c.add("safety", subject="Man outside our house after the LEZ vote", sender=P("Helen", "Cassells"),
      tags=("angry", "third-party-report", "following", "implicit"),
      body="""Jamie,

I'm Paul Cassells's wife. Paul doesn't want to make a fuss but I do.

Since the LEZ vote, a man has sat in a grey van across the road from our house three nights out of the last five. On Tuesday he got out when Paul came home and said, loud enough for me to hear from the window, "You've taken my living. I'll take something of yours." Then he got back in the van and sat there till midnight.

We've phoned the police. I'm writing because Paul's got a surgery on Saturday and the CLP needs to know, and because I think somebody should be with him. I don't want him there on his own.

Helen Cassells""")

# S2 LEZ rant, conditional explicit
c.add("safety", subject="your LEZ", sender=("Springvale Cabbie", "springvalecab@gmail.com"),
      tags=("angry", "conditional", "explicit"),
      body="""£180 in fines in a month and now they want me to buy a £28k car. Your Labour councillor voted for this.

Tell Cassells, one more fine and I'll run him off the road myself. I mean it. I see his Prius on the Lochend Road every morning. He won't be breathing much clean air after.""")

# S3 long rant with menace buried mid-letter (platform)
c.add("safety", subject="The state of this CLP and what happens next", sender=P("Gerard", "Tonner"),
      tags=("angry", "embedded", "veiled", "implicit"),
      body="""Jamie,

I've been a member of this party for thirty-three years and I've never been treated the way the chair and the EC have treated me this year.

In February I was told my motion on the Infirmary was "not competent". In April I was removed as GC delegate on a technicality about my subs, which had been paid, I had the bank statement. In June my name was left off the Kilncroft longlist. In September I found out from a friend that the chair had described me in an EC meeting as "a liability who should have been put out years ago".

I've written to you about all of this. I've written to the regional office. I've had a total of two replies, both of which told me the matter was "closed".

Your chair gets the 8.10 from Springvale into town every morning. I've stood beside him on that platform more than once. Busy platform at that time, everybody pushing. Easy for a man to lose his footing. You might mention that to him. Maybe he'll think twice about what he says in EC meetings.

Anyway. I want a meeting with the officers, with a regional representative present, before the end of November. I want my delegate status restored. And I want a written apology for the "liability" remark.

Gerard Tonner""")

# S4 P.S. about wife's workplace
c.add("safety", subject="Lochend House decision", sender=P("Scott", "Ferguson"),
      tags=("angry", "veiled", "implicit", "threat-at-end"),
      body="""Jamie,

I'd like you to pass on to the Labour group that closing Lochend House is the cruellest thing this council has done in my lifetime. My son has been going there since he was six. It's the only break my wife gets.

I want a meeting with the group leader. I'm not asking.

Scott

P.S. Your wife still works in the Springvale library, doesn't she? Fridays, till seven. I'll maybe pop in and say hello. She should know what kind of people she's married to.""")

# S5 wish-harm, MSP
c.add("safety", subject="Ailsa Drummond", sender=("Whinhill Mum", "whinhillmum@outlook.com"),
      tags=("angry", "wish-harm"),
      body="""She promised us the A&E would never close. It's closing. My dad died in the back of an ambulance on the way to the Royal in September.

I'm not threatening her. I wouldn't waste my time. But if she ends up waiting on a trolley for an ambulance that never comes, I'll be glad. I hope it happens. I hope she knows what it feels like. She deserves it more than my dad did.""")

# S6 explicit, short
c.add("safety", subject="thursday", sender=("Raymond Cuthill", "rcuthill@sky.com"),
      tags=("angry", "explicit"),
      body="""Heard that Appiah's made a complaint about me. If the chair lets him speak about it at Thursday's meeting, I'll put the pair of them through the window. Tell them both.""")

# S7 webform volunteer form, veiled
c.add("safety", subject="New volunteer sign-up", sender=c.form_robot(),
      reply_to="kn.truthteller@protonmail.com",
      tags=("angry", "webform", "veiled", "implicit"),
      body=c.webform({
          "First name": "Truth",
          "Last name": "Teller",
          "Email": "kn.truthteller@protonmail.com",
          "Mobile": "",
          "I can help with": "Door knocking",
          "Anything else?": """Happy to do some door knocking for you. I'll start with your chair's door on Broomknowe Avenue, the one with the hanging baskets. Then the secretary's. Late at night suits me best. I'll keep knocking until somebody answers for what you did to Nasreen.""",
      }, form="Volunteer with us"))

# S8 threat in quoted text of the sender's own follow-up
c.add("safety", subject="Re: Re: Whinhill Court - I meant what I said", sender=P("Billy", "Nairn"),
      tags=("angry", "quoted", "conditional", "explicit"),
      body=c.quote_reply(
          """No reply from you or Shields. So you know I meant it.""",
          """Jamie,

I've lived in Whinhill Court for 31 years. My wife died in that flat. Your councillor Shields is knocking it down for his developer pals and calling us professional complainers.

If the bulldozers come in January, he'd better have his own security, because I'll be waiting for him and I won't be coming to talk. I'm 64 and I've nothing left to lose.

Billy Nairn
Flat 14/2""",
          quoted_from="Billy Nairn <billy.nairn55@gmail.com>", style="gmail"))

# S9 social notification (X mention)
c.add("safety", subject="New mention from @KNfedup", sender=("X", "notify@x.com"),
      headers=c.newsletter_headers("X"),
      tags=("angry", "social", "veiled", "explicit"),
      body="""@KNfedup mentioned you

@KNfedup · 3h
@KelvinNorthLab your chair Rintoul stitched up Nasreen Akhtar. we know where he drinks on a thursday. see how tough he is without his standing orders. coming for you pal, literally

Reply · Repost · Like

View post: https://x.com/KNfedup/status/1861045522093

You're receiving this email because you have mention notifications turned on. Unsubscribe
X Corp. 865 FM 1209, Building 2, Bastrop, TX 78602""")

# S10 doxxing email listing officers' addresses
c.add("safety", subject="Home visits", sender=("Kelvin North Members for Democracy", "kn.democracy@proton.me"),
      tags=("angry", "doxxing", "veiled", "implicit"),
      body="""To the officers of Kelvin North CLP,

You've blocked motions, rigged selections and ignored members for two years. Since you won't come to us, we'll come to you.

Chair: 7 Broomknowe Avenue, the hanging baskets.
Secretary: Lomondbank Drive, silver Golf.
Treasurer: 31 Kilncroft Road, flat 2/1.

These addresses are now with a lot of angry members. We'd suggest you think very carefully about the AGM. Some of us would rather settle this in person.""")

# S11 suspicious item
c.add("safety", subject="A wee present", sender=("Anon", "knpresent@protonmail.com"),
      tags=("angry", "suspicious-item", "veiled"),
      body="""Jamie

I've left something in a box at the CLP office door for your chair, since he won't answer letters. It's addressed to him. He'll find out what's in it when he opens it. Don't let anybody else touch it.

Maybe then he'll listen to the branches.""")

# S12 conditional about tower block demolition
c.add("safety", subject="Whinhill Court comes down, so does he", sender=("Whinhill Tenant", "whinhill14@gmail.com"),
      tags=("angry", "conditional", "explicit"),
      body="""Pass this on to Shields. If Whinhill Court comes down, so does he, and I'll be the one that puts him down. He's got till the demolition date to change his mind.""")

# S13 stalking, harassment, outside house every night
c.add("safety", subject="Every night until you reinstate me", sender=P("Desmond", "Quail"),
      tags=("angry", "stalking", "harassment", "conditional", "implicit"),
      body="""Jamie,

You won't reinstate me, you won't give me a hearing, and you won't tell me who complained. Fine.

I've been outside your house the last three nights. I expect you noticed the car. I'll be there every night until I'm back in the party. I'll watch your windows and I'll watch who comes and goes. Your kids will get used to seeing me. I've got all the time in the world now, thanks to you.

Desmond Quail""")

# S14 alt format, polite opening, menace mid-letter about a candidate
c.add("safety", subject="Broomknowe selection - a concerned member", sender=P("Martin", "Gorrie"),
      fmt="alt", tags=("angry", "embedded", "veiled", "conditional"),
      body="""Dear Jamie,

I hope you're keeping well. I know it's been a difficult autumn for the officers and I don't want to add to your workload.

I'm writing about the Broomknowe ward selection. I understand Cllr Akhtar is considering an appeal against being left off the longlist, and that there's talk of her standing as an independent if the appeal fails.

You might want to pass something on to her, as a friend. There are people in Broomknowe who've had enough of her and her lot running the community centre like a private club. If she stands in May, she'll need a lot more than a police escort to get round the doors. I'd hate for anything to happen to her, or to those boys of hers walking home from the high school.

Otherwise I think the branch is in good heart and I look forward to the AGM.

Kind regards,
Martin Gorrie""")

c.write()
