"""train/th8: long, formal and institutional mail (Riverside CLP, Abbeyfields & Kingsmead). Hand-written content."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "th8", seed=1808)
SEC_FULL, SEC_ADDR = c.secretary()
SEC = SEC_FULL.split()[0]
CLP = c.clp[0]

# ---------------------------------------------------------------------------------------
# SAFETY
# ---------------------------------------------------------------------------------------

c.add("safety", subject="An open letter to the CLP on the NHS, migration and the state of Kingsmead",
      sender=("Roger Pennington", "roger.pennington@aol.com"),
      body=f"""To the Secretary and officers of {CLP}

Dear Sir,

I have been a resident of Kingsmead for fifty-one years, and a Labour voter for most of them. I voted for Mr Blair three times and for your present Member of Parliament twice. I write now to explain, as fully and as fairly as I can, why I shall not be doing so again, and why I believe many of my neighbours feel as I do.

First, the health service. My wife waited nineteen months for a hip replacement. For the last six of them she could not climb the stairs, and slept in a chair in our front room. When she finally had the operation at the General, the surgeon, a decent man, told us candidly that the waiting list for his clinic had doubled in five years and that he saw no prospect of it shrinking. I do not blame the staff. I blame a system that has been promised money by every government and seen it vanish into management consultants and agency fees.

Second, housing. My grandson, who is twenty-six and works full-time as an electrician, cannot afford to rent a flat in the town where he was born. He lives in our back bedroom. He is on the council's housing list, in band C, and he has been told he is unlikely ever to be offered a property. Meanwhile the council has agreed to house a further sixty families in temporary accommodation at the old Abbeyfields hotel. I am not a racist, whatever your councillors may think. I am asking a simple question about priorities.

Third, the way in which people like me are spoken to. When I raised these matters at the MP's surgery in March, I was told by a young caseworker that "these are national issues" and given a leaflet. When I wrote to Councillor Adeyemi, I received no reply at all.

I must add something here which I have thought long and hard about. The young woman on the front desk at the MP's office on Ropewalk, the one with the red hair who locks up at five, has been very rude to me on two occasions. She might want to be more careful. People notice who is rude to them, and they remember, and a young woman on her own at that time of the evening on Ropewalk cannot count on everyone being as forgiving as I have been. I would pass that on to her, if I were you, for her own sake.

Fourth, and finally, the party itself. I read that the CLP has lost a third of its members in two years. I am not surprised. It no longer appears to be a party for working people who have played by the rules. It appears to be a party for people who make rules for others.

I ask that this letter be read out at your next General Committee. I do not expect it to be, but I shall ask to see the minutes.

Yours faithfully,

Roger Pennington
Kingsmead
""",
      tags=("embedded", "implicit", "stalking", "veiled"))

c.add("safety", subject="FW: RE: RE: RE: Sallow Green play area - what do I do about this?",
      sender=("Cllr Yetunde Adeyemi", "yetunde.adeyemi@castlebridge.gov.example.uk"),
      body=c.forward(
          f"""Sam,

I'm sorry to drop this on you. I've been going back and forth with this resident for a month about the Sallow Green play area, and I thought I was handling it. You'll see from the bottom of the chain that it started off perfectly civil. You'll also see where it ended up last night.

I've reported the last message to the council's member support team and they've told me to go to the police, which I'll do this morning. But I'd like the party to know too, and I'd like advice on whether I should still do my surgery at Sallow Green library on Saturday. Part of me says I shouldn't let him stop me. Part of me has two kids at home.

Yetunde""",
          """From: Darren Mellor
Sent: Tuesday 23:48
To: Cllr Yetunde Adeyemi
Subject: RE: RE: RE: Sallow Green play area

Another "I understand your frustration." Another nothing. You've had a month. My daughter still can't use that park because the equipment's been taped off since July.

I'll be at your surgery Saturday. I know it's at the library. I know you park round the back by the bins where there's no camera. I'll wait as long as it takes. Don't bother bringing anyone with you, it won't make any difference to what I've got to say, or what I'll do if I don't like the answer.

-----Original Message-----
From: Cllr Yetunde Adeyemi
Sent: Tuesday 17:02
Subject: RE: RE: Sallow Green play area

Dear Mr Mellor, I understand your frustration. I have chased the parks team again today and I have been told the replacement equipment is on order. I will update you as soon as I have a date. Kind regards, Cllr Adeyemi

-----Original Message-----
From: Darren Mellor
Sent: Friday 09:15
Subject: RE: Sallow Green play area

Thanks for replying. Can you tell me when it will be fixed? It's been weeks.

-----Original Message-----
From: Darren Mellor
Subject: Sallow Green play area

Dear Councillor, the climbing frame and swings at Sallow Green have been taped off for a month. Can you find out when they'll be repaired? Thanks, Darren Mellor""",
          "Cllr Yetunde Adeyemi <yetunde.adeyemi@castlebridge.gov.example.uk>",
          "FW: RE: RE: RE: Sallow Green play area",
          style="outlook"),
      tags=("forwarded", "quoted", "conditional", "stalking", "implicit"))

c.add("safety", subject="Parliamentary Security Department - advisory: release of previously convicted individual",
      sender=("PSD Members' Security Team", "membersecurity@parliament-security.example.uk"),
      body=f"""OFFICIAL-SENSITIVE: PERSONAL

Dear Mr Okafor,

Joanna Whitcombe MP has asked us to contact you in your role as Secretary of the constituency party.

In 2022, an individual was convicted of offences relating to a course of threatening conduct towards Ms Whitcombe, including threatening letters and attendance at party events. He received a custodial sentence and was made subject to a restraining order. We have been informed by the probation service that he will be released on licence within the next fortnight. His licence conditions prohibit him from contacting Ms Whitcombe or entering a defined exclusion zone which covers much of the constituency.

We have no information to suggest that he intends to breach those conditions. However, while in custody he is understood to have told others that he "has unfinished business with Whitcombe and her party people", and he has previously attended CLP meetings and events.

We would be grateful for your help with the following:

1. Please do not publish the dates or venues of CLP events that the MP is expected to attend for the next three months, and let our team know about them in advance.
2. Please ensure that the person on the door at GC meetings and public events has been briefed. The police will provide the CLP Chair and you with a photograph and description in person; please do not circulate these more widely.
3. If he, or anyone acting on his behalf, contacts the CLP in any way, including by email, social media, post or by turning up at an event, please call 999 if there is any immediate risk, and otherwise inform the officer named below and this team as soon as possible.

We understand this may cause concern among officers who remember the previous events. Support is available and we would be glad to talk to you or to any officer.

Kind regards,

Members' Security Adviser
Parliamentary Security Department

Local point of contact: DC Helen Ashworth, Public Protection Unit, Castlebridge Police.

This email is intended solely for the addressee. It may contain sensitive information. If you have received it in error please delete it and notify the sender.
""",
      tags=("third-party-report", "stalking", "veiled"))

c.add("safety", subject="Suspicious package received at Unity House - evacuation this morning",
      sender=("Unity House Office Manager", "office@unityhouse-castlebridge.example.org.uk"),
      body=f"""Dear Sam,

I'm writing formally as office manager of Unity House, in my capacity as your landlord for the CLP's room on the first floor, to let you know about this morning's incident and what happens next.

At 09:35 the postman delivered a small parcel, about the size of a shoebox, addressed in handwriting to "THE LABOUR PARTY - RIVERSIDE - FIRST FLOOR - FAO THE SECRETARY". There was no return address. The parcel had been taped all over with brown tape, was heavier than it looked, and there was a dark oily stain seeping through one corner, with a strong chemical smell. One of the union staff took it to the first floor and left it outside your door, then came back down and mentioned the smell to me.

I went up to look and didn't like it at all. Under our building procedures I raised the alarm, evacuated both floors (there were 23 people in the building) to the assembly point in the car park of the Kingsmead Tavern, and called 999. Police and fire attended. They set up a cordon and closed Ropewalk between the junctions for about two and a half hours while it was examined.

The officers told me at 12:40 that the parcel did not contain anything explosive, but that it did contain a quantity of what they believe to be engine oil, some printed material, and a note. They have taken the whole thing away. They would not tell me what the note said, but one of them asked whether "anyone in the Labour Party has been getting threats", and said that they'd be in touch with you directly today.

I'm afraid the union's executive has asked me to tell you that, until the police have finished, no CLP post should be delivered to Unity House. Please arrange for it to be redirected to a PO box. We'll also be asking the police for advice about the building's security generally.

Everybody is fine, though a bit shaken. Please do ring me.

Office Manager
Unity House
""",
      tags=("suspicious-item", "third-party-report"))

c.add("safety", subject="Reclamação formal - despejo e a vereadora Sra. Adeyemi",
      sender=("Joao Ferreira da Silva", "joaofsilva.castlebridge@gmail.com"),
      body=f"""To the Secretary of Labour Party Riverside,

My name is João Ferreira da Silva, I am from Portugal, living in Castlebridge since 2011, in the Abbeyfields estate. I work in the food factory on the night shift. I write this formal complaint because I have no more where to go.

Since two years my family (me, my wife and our three children) live in a flat of the council with big problem of humidity and fungus, my son of seven years has problem of breathing. I have complained to council many many times. Now the council say we must leave the flat because of "rent arrears", but the arrears is because they stop the housing benefit by mistake in March, it is not our fault, I have all the papers.

I have write to the councillor Mrs Adeyemi four times. She answer one time only, she said she will "look into it". After this, nothing. In two weeks we are evicted. My children will be in the street or in a hotel room, all five in one room.

I am a calm man, I always pay, I always work. But I say you clearly, if my family is put in the street, Mrs Adeyemi will pay for this. I know where is her surgery, I know she is there on Saturday morning at the library. I will go there and I will not be calm any more. She will know what it is to lose everything. This is not a joke, I say it in serious.

Please, I ask the party to help me before this happen. I don't want problems. I want a home for my children.

João Ferreira da Silva
Abbeyfields
""",
      tags=("non-native", "explicit", "conditional", "stalking"))

c.add("safety", subject="Winter fuel payments and our Member of Parliament",
      sender=("Mr Cyril Hanway", "cyril.hanway@btinternet.com"),
      body=f"""Dear Mr Okafor,

I have now received, in reply to my letter to Ms Whitcombe about the removal of the winter fuel payment, a letter from her office which contains the phrase "the government has had to make difficult decisions to fix the foundations". I have read it several times. I should like to set out my response in some detail, and then say one further thing.

I am eighty-three. My late wife and I worked all our lives: she as a school cook, I as a fitter at the Kingsmead works until it closed in 1991. My pension, with the small occupational pension, puts me perhaps forty pounds a month above the threshold for pension credit. I therefore lost the payment entirely. Last winter I heated one room. I went to bed at seven on the coldest nights because it was the only place I could be warm. My neighbour, who is eighty-eight and in a worse way than I am, spent most of February with a hot-water bottle and a blanket in her armchair. She was taken into hospital in March with pneumonia.

I accept that the later changes have restored the payment to some. They came too late for last winter, and they did not come with an apology.

Ms Whitcombe voted for all of it. She has never, so far as I know, had to choose between heating and eating.

Now the further thing. I am a churchgoer and I do not wish anyone harm. But I will say, in all honesty, that if Ms Whitcombe were to find herself, one night this winter, stranded somewhere cold and dark with no help coming, as my neighbour was, I would regard it as a kind of justice, and I would not pray for her. There are many in Kingsmead who would feel the same, and some who, I think, would be glad to help it along. I mention that not as a threat, which I am too old to make, but so that she understands the temperature of feeling in this constituency.

I should be grateful if the CLP would pass my letter to her.

Yours sincerely,

Cyril Hanway
Kingsmead
""",
      tags=("wish-harm", "veiled", "embedded"))

c.add("safety", subject="Video circulating on TikTok filmed outside Cllr Brannigan's home",
      sender=("Priya Chaudhari", "priya.chaudhari@castlebridgepost.example.co.uk"),
      body=f"""Dear Sam,

I'm the social media and audience editor at the Castlebridge Evening Post. I'm writing because our team came across a video this morning that I think you and Councillor Neil Brannigan need to know about, if you don't already.

The video was posted on TikTok yesterday evening by an account that has about 9,000 followers and has posted a number of videos about the Abbeyfields hotel. In it, a man, whose face is not visible, films himself walking along a residential street which I'm fairly confident is Old Foundry Lane, and stops outside a house. He says (I've transcribed it):

"This is where Councillor Neil Brannigan lives. Labour councillor. Voted to put sixty families in the Abbeyfields. He's got a nice quiet street, hasn't he. No hotel on his street. Lights are on, so he's in. Wonder if he'd like some of us to come and keep him company one night. Bet his wife would love that. Share this. Everyone should know where these people live. We'll be back, Neil."

He then zooms in on the house number and the car on the drive. The video has been viewed about 41,000 times and has several hundred comments, some of which, as you'd expect, are supportive and a few of which are very nasty.

We have reported the video to TikTok for violating its policies on doxxing and harassment and we are not going to reproduce it or identify the address. Our editor has asked me to let the police know, which I've done through the online reporting form, quoting our newsroom's details.

We'd like to run a story about the targeting of councillors' homes without identifying anyone, and we'd like to give Councillor Brannigan the chance to comment if he wants to, but that's entirely secondary. I mainly wanted to make sure he knows.

Best wishes,

Priya Chaudhari
Social Media & Audience Editor
Castlebridge Evening Post
""",
      tags=("social", "doxxing", "third-party-report", "stalking", "conditional"))

c.add("safety", subject="Your members' social on Friday night - incident in our car park",
      sender=("The Ropewalk Arms", "landlord@theropewalkarms.example.co.uk"),
      body=f"""Dear Mr Okafor,

I'm the licensee of the Ropewalk Arms. I wanted to write to you properly about what happened on Friday, because I don't want you to hear a garbled version from someone else, and because I've had to make a report to the police and to the licensing team.

Your members had the back room booked from 7pm for the social and quiz. About thirty of them. No trouble from them at all, and I'd have you back tomorrow.

From about 9pm, a group of four men in the front bar, who are not regulars and whom I have since barred, started taking an interest in your lot. They'd clearly seen the Labour posters on the back-room door. One of them asked my bar staff, more than once, "what time are the Labour lot finishing?" and "are the councillors in there?". At about 10.15pm, one of them went to the back-room door and shouted something about "traitors" before my door supervisor moved him back.

At 10.40pm, as your members started to leave, the same men went out to the car park ahead of them. My door supervisor heard one of them say, "We'll wait for them by the cars, let's see how brave they are out here." Another said, "That black councillor's in there, we'll have her." They stood by the cars at the far end, where it's dark.

I didn't like it, so I locked the rear door, kept your members in the back room, and called the police. My door supervisor and I walked your members out to their cars in twos and threes through the front, and I asked two of my regulars to walk with the older ladies to the taxi rank. The men were gone by the time the police arrived at 11.05pm.

I have the CCTV of the front bar, the car park and the men's faces, and the police have it now. I have also barred all four.

I've never had anything like this in my pub and I'm sorry it happened to your people. Please pass on my apologies to your members, particularly Councillor Adeyemi.

Yours,

Martin Crossley
Designated Premises Supervisor, The Ropewalk Arms
""",
      tags=("following", "third-party-report", "explicit"))

# ---------------------------------------------------------------------------------------
# HARD NEGATIVES
# ---------------------------------------------------------------------------------------

c.add("complaint", subject="Representation of the People Act 1983, s.106 - false statement regarding our client - Kingsmead",
      sender=("Astley Wainwright LLP", "elections@astleywainwright.example.co.uk"),
      body=f"""URGENT - FOR THE ATTENTION OF THE ELECTION AGENT AND THE CLP SECRETARY

Dear Sirs,

Our client: Mr Julian Sedgwick, Liberal Democrat candidate, Kingsmead ward by-election

We act for Mr Sedgwick.

A leaflet headed "Kingsmead Labour News", promoted by your party's agent, was delivered across the Kingsmead ward on the 3rd and 4th. On page two, under the heading "Who can you trust?", it states: "The Lib Dem candidate was sacked from his job at the council for fiddling his expenses."

That statement is false. Mr Sedgwick left the employment of the City Council in 2019 by voluntary resignation, to take up a post in the private sector. He was never subject to any disciplinary process. He has a letter from the council confirming this, which we are happy to show you.

Section 106 of the Representation of the People Act 1983 makes it an illegal practice, before or during an election, for the purpose of affecting the return of a candidate, to make or publish any false statement of fact in relation to the candidate's personal character or conduct, unless the maker had reasonable grounds for believing it to be true. The statement in the leaflet plainly concerns our client's personal character and conduct.

Our client requires, by 5pm on the second working day after the date of this email:

1. an undertaking that no further copies of the leaflet will be distributed, and that all digital versions will be removed;
2. a correction, in terms to be agreed with us, to be delivered to every address in the ward which received the leaflet;
3. confirmation of the identity of the person who authorised the statement.

In default, our client will apply to the court for an injunction under section 106(3), and will consider whether to bring an election petition should your candidate be returned. He also reserves his position in respect of a claim in defamation.

We are copying this letter to the Returning Officer.

Yours faithfully,

Astley Wainwright LLP

Authorised and regulated by the Solicitors Regulation Authority. This email is confidential and may be legally privileged.
""",
      tags=("hard-negative", "legal-threat"))

c.add("complaint", subject="Unity House - Room 1.4 - notice of arrears and breach of licence",
      sender=("Unity House Management Committee", "committee@unityhouse-castlebridge.example.org.uk"),
      body=f"""Dear Mr Okafor,

Licence to occupy Room 1.4, Unity House, Ropewalk, Castlebridge
Licensee: {CLP}

We write on behalf of the Management Committee of Unity House regarding the above licence.

1. Arrears
Under clause 3 of the licence, the licence fee of £145 per calendar month is payable in advance on the first day of each month. Our records show that no payment has been received for the months of July, August, September and October. The arrears currently stand at £580. We have written to your Treasurer on two occasions and have received no reply.

2. Breach
Under clause 7, the licensee must not store any hazardous or flammable materials in the room, must not obstruct fire escapes, and must keep the room in a clean and tidy condition. On inspection last week, our caretaker found that the corridor outside Room 1.4 was partially obstructed by boxes of leaflets and two folded gazebos, and that a quantity of paint and white spirit (presumably for placard-making) was being stored in the room.

3. Action required
The Committee requires that:
(a) the arrears are paid in full within 28 days; and
(b) the corridor is cleared and the paint and white spirit removed within 7 days.

4. Consequences
If these requirements are not met, the Committee will give notice to terminate the licence in accordance with clause 12, and will take such steps as are necessary to recover the arrears, including, if necessary, proceedings in the County Court.

We value the long association between the Labour Party and Unity House and we would much prefer to resolve this amicably. If the CLP is experiencing difficulties, we would be happy to discuss a payment plan.

Yours sincerely,

Secretary to the Management Committee
Unity House, Ropewalk
""",
      tags=("hard-negative", "legal-threat"))

c.add("complaint", subject="Kingsmead Engineering, defence jobs and the party - a long letter from a shop steward",
      sender=("Phil Garside", "phil.garside@outlook.com"),
      body=f"""Dear Sam,

I'm a member of the Kingsmead branch and, for my sins, the senior shop steward at Kingsmead Engineering, where about 1,100 people, most of them union members and a fair few of them Labour members, make components for military vehicles and naval systems. I'm writing, at length I'm afraid, because of the motion that's been submitted for the next GC by Abbeyfields branch calling on the CLP to back "an end to all arms manufacturing in Castlebridge" and "a just transition away from the war industry".

I want to be careful here, because I respect the people who wrote that motion. Some of them I've known for years. I've marched with them. I understand where they're coming from, especially after the last two years in Gaza, which have sickened me as much as anyone. But I need the GC to hear from the people whose jobs they're talking about, before they vote.

Kingsmead Engineering is the last big manufacturing employer in this constituency. When the steelworks went in 1991, this town was gutted. I remember it. I was an apprentice. The engineering works is the reason there are still apprenticeships in Castlebridge that pay a proper wage. The average wage on our shop floor is about £38,000. For a lot of lads and lasses round here who didn't go to university, it's the only route into a decent life.

If the CLP passes a motion calling for the plant to close, even as an "aspiration", I can tell you exactly what will happen. The Reform leaflets will be through every door on the Kingsmead estate by the weekend saying Labour wants to shut the works. We'll be slaughtered at the polls in Kingsmead and Sallow Green, and frankly we'll deserve it. It would be political suicide, and worse than that, it would be the death of the last bit of real industry we've got.

I'd also ask people to remember who actually works there. It isn't generals and arms dealers. It's Shaz on the CNC machines, whose dad worked at the steelworks. It's the lads on the apprenticeship scheme, half of them from the Kingsmead estate, who'd otherwise be stacking shelves or on the sick. It's the forty-odd people on our disability employment programme, which the company runs with the union and which is the best thing of its kind in the county. It's a workforce that gives more to the hospice and the food bank every year than most of the businesses in this town put together. When people talk about "the war industry" as if it were something a long way off, they're talking about my members' kids' dinner money.

That's not to say nothing should change. The union has argued for years for diversification: the same skills that make armoured vehicle components can make parts for offshore wind, for rail, for medical equipment. We've got a plan on paper. What we haven't got is the investment. That's where I'd like the CLP to put its energy.

So I'm asking for three things:

1. that the GC gives the union a speaking slot before the Abbeyfields motion is debated;
2. that the EC considers an amendment, which I'm happy to draft, replacing the call for an end to arms manufacturing with a call for a properly funded diversification plan for Kingsmead Engineering;
3. that the CLP invites the MP to visit the plant and meet the workforce.

I'll be at the GC. I'll bring a few of the lads. We'll be polite, but we'll fight our corner.

In solidarity,

Phil Garside
Kingsmead branch
""",
      also=("procedural",), tags=("hard-negative", "metaphor", "benign-violent-word", "angry"))

c.add("query", subject="BBC Radio Castlebridge - Should MPs still hold open surgeries? Guest request",
      sender=("Hannah Leeming", "hannah.leeming@bbc.example.co.uk"),
      body=f"""Dear Sam,

I hope you're well. Hannah from the Sunday morning programme again; thank you for your help earlier in the year.

Next Sunday we're planning a 40-minute discussion on the safety of elected representatives. It follows the national reports this week about the rising number of MPs who say they have stopped holding open-door surgeries, and the case in the Midlands where a man has been convicted of threatening to kill an MP. We want to ask: is face-to-face democracy still possible? What do constituents lose when surgeries become "by appointment only"? And what does it mean for people who don't have email or can't use online booking?

We've already got a former senior police officer who worked on MP protection, and an academic who researches the abuse of politicians. We'd like to hear from people at the local level too: councillors, party volunteers, and people who run surgeries.

Would anyone from the CLP be willing to take part? It wouldn't have to be the MP, though of course we'd be glad to have her. It could be a councillor who has experience of running ward surgeries, or you as secretary. I should say we won't be asking anybody to talk about any specific incident involving them, and we'll agree the areas of discussion in advance.

The programme goes out live at 9am and this would be in the second half hour. A phone line is fine if someone can't come in.

If you could let me know by Thursday, that would be brilliant.

Best wishes,

Hannah Leeming
Producer, Sunday Morning
BBC Radio Castlebridge

This e-mail (and any attachments) is confidential and may contain personal views which are not the views of the BBC unless specifically stated.
""",
      tags=("hard-negative", "news-about-threats"))

c.add("procedural", subject="Motion for GC: Support for Ukraine and European security (Ropewalk branch)",
      sender=("Oksana Hrytsenko-Bell", "oksana.hbell@gmail.com"),
      body=f"""Dear Sam,

Ropewalk branch met on Tuesday (quorate, 14 present) and agreed the following motion for the next GC, 11 votes to 2 with 1 abstention. I would be grateful if it could be placed on the agenda.

MOTION: STANDING WITH UKRAINE

This GC notes:

1. That Russia's full-scale invasion of Ukraine has continued for almost four years, with tens of thousands of civilians killed, millions displaced, and repeated missile and drone strikes on cities, hospitals and energy infrastructure;
2. That more than 200 Ukrainian families have been welcomed in Castlebridge under the Homes for Ukraine scheme, many of them in this constituency;
3. That the government has committed to increasing defence spending and to continued military and humanitarian support for Ukraine.

This GC believes:

1. That Ukraine has the right to defend itself, and that the Labour movement has a proud history of solidarity with people resisting invasion and occupation;
2. That a just and lasting peace must be based on Ukraine's sovereignty and territorial integrity, and on accountability for war crimes;
3. That support for Ukrainian families in Castlebridge must continue as the scheme changes.

This GC resolves:

1. To reaffirm the CLP's solidarity with the people of Ukraine;
2. To call on the council to maintain support for Ukrainian families and their hosts;
3. To ask the MP to press for continued humanitarian aid, including for the reconstruction of civilian energy infrastructure before winter;
4. To invite a speaker from the Castlebridge Ukrainian community to a future GC.

Proposed: Oksana Hrytsenko-Bell
Seconded: David Wren

I should add that I am aware the Abbeyfields branch has submitted a motion on arms manufacturing. Ours is not intended as a response to theirs, although I imagine the two debates may touch.

Thank you,

Oksana Hrytsenko-Bell
Secretary, Ropewalk branch
""",
      tags=("hard-negative", "benign-violent-word"))

c.add("bulk", subject="Training: Lone working, de-escalation and personal safety for constituency caseworkers",
      sender=("Members' Staff Training", "staff.training@parliament-learning.example.uk"),
      headers=c.newsletter_headers("Campaign Monitor"), fmt="alt",
      body="""Members' Staff Learning and Development
Course announcement

LONE WORKING, DE-ESCALATION AND PERSONAL SAFETY FOR CONSTITUENCY CASEWORKERS

Who is this for?
Caseworkers, office managers and volunteers working in MPs' constituency offices, particularly those who staff surgeries, handle telephone calls from constituents, or work alone.

Why?
Constituency staff deal every day with people who are distressed, frustrated or in crisis. Most interactions are positive. A small number can become difficult, and staff told us in our last survey that they would like more practical training on handling them safely. This course has been developed with the Parliamentary Security Department and an external provider experienced in training frontline public service staff.

What does it cover?
- Understanding the triggers of aggression and recognising early warning signs
- Verbal and non-verbal de-escalation techniques
- Setting boundaries with persistent or abusive callers and correspondents
- Planning safe surgeries and home visits; buddy systems; dynamic risk assessment
- Personal safety when travelling to and from the office, and when working alone
- Recording and reporting incidents; when to involve the police
- Looking after your own wellbeing after a difficult incident

Format
Half-day, in person, at regional venues, or online in two 90-minute sessions. The course is free for Members' staff.

How to book
Log in to the learning portal and search for "Lone working". Places are limited; priority is given to staff who have not previously attended.

Please note: this is a general training offer. If you have a concern about a specific threat or incident, contact the Parliamentary Security Department or the police directly.

You are receiving this because you are registered as a Member's staff contact. Unsubscribe from course announcements.
""",
      tags=("hard-negative", "benign-violent-word", "news-about-threats"))

# ---------------------------------------------------------------------------------------
# COMPLAINTS
# ---------------------------------------------------------------------------------------

c.add("complaint", subject="Library hours and the Sallow Green family hub - a letter from the Friends",
      sender=("Friends of Sallow Green Library", "friendsofsallowgreenlibrary@gmail.com"),
      body=f"""Dear Secretary,

The committee of the Friends of Sallow Green Library has asked me to write to the local Labour Party, as the party that controls the city council and holds both of our ward seats, about the council's decision to reduce the library's opening hours from 38 to 18 a week and to close the family hub which shares the building.

We have been told that the decision is "necessary to balance the budget". We do not doubt that the council faces hard choices. What we object to is that the people who use the library and the hub were not asked, and that the decision appears to have been made with no understanding of what these services actually do.

Let me tell you what they do. On a Tuesday morning the hub runs a stay-and-play for parents of under-fives; about thirty families come, many of them from the Abbeyfields hotel and from the flats on Sallow Green Road, and for some of those mothers it is the only time in the week they speak to another adult. On a Wednesday afternoon the library hosts a job club, run by volunteers, which helped fourteen people into work last year. On a Thursday evening there is homework club. The library is also the only place on the estate where people without internet at home can apply for Universal Credit, book a GP appointment or print a boarding pass.

Under the new hours, the library will be closed on Tuesdays and Thursdays and after 1pm on Wednesdays.

We ask the CLP to raise with the Labour group three questions. What equality impact assessment was carried out? Why were users not consulted? And will the council consider the Friends' offer to provide volunteers to keep the building open for additional hours, as has been done in other towns?

We would be delighted to show any member of the CLP around the library on a Tuesday morning, while it is still open.

Yours sincerely,

Secretary, Friends of Sallow Green Library
""",
      also=("query",), tags=("formal",))

c.add("complaint", subject="Conduct of a CLP officer on social media - formal complaint",
      sender=("Alex Marlowe", "alex.marlowe@protonmail.com"),
      body=f"""Dear Secretary,

I wish to make a formal complaint about a series of posts made on X over the past month by a member who holds an officer post in {CLP}. I am aware that complaints of this nature are generally dealt with by the national party, and I have submitted the same complaint through the online form. I am writing to you as well because the CLP has a duty to its own members, and because I would like to know what the CLP itself intends to do.

I am a trans woman, and a member of the Kingsmead branch. I have been a member for seven years and I have delivered leaflets and knocked on doors in every election since I joined.

The officer concerned, whose name and the URLs of the posts are in my complaint to the national party, has posted a number of comments about trans people which I found degrading. One post describes trans women as "men in dresses playing at being victims". Another, replying to a post about a trans member of another CLP, says "people like that shouldn't be let anywhere near a women's officer post". A third refers to "the trans lobby" that has "captured" the party.

I want to be clear that I am not asking for anyone to be punished for holding views I disagree with. Members are entitled to debate the law and the party's policy. But there is a difference between debate and contempt, and these posts, made by someone who holds office in the CLP and describes herself as such in her profile, cross that line. Since they were published, I have not felt able to attend a branch meeting.

I ask the CLP:

- to acknowledge this complaint;
- to ask the officer to remove the posts, or at least to remove the reference to her CLP role from her profile;
- to remind officers of the party's code of conduct on the use of social media.

I would also welcome a conversation with the Chair or the Equalities Officer.

Yours sincerely,

Alex Marlowe
Kingsmead branch
""",
      tags=("formal",))

c.add("complaint", subject="Road conditions on the Ropewalk and Kingsmead Road cycle routes",
      sender=("Castlebridge Cycle Campaign", "campaign@castlebridgecycle.example.org.uk"),
      body=f"""Dear Mr Okafor,

I write as Chair of the Castlebridge Cycle Campaign, a voluntary group with some 400 members, many of whom live in your constituency. We are non-party. We have written in similar terms to the other parties represented on the council.

Since the spring, the condition of the carriageway on the two main cycle routes through the constituency, Ropewalk and Kingsmead Road, has deteriorated sharply. Our members have logged 67 potholes and defects on the council's reporting system along a four-kilometre stretch. Eleven are deeper than 40mm, which the council's own highway maintenance standards treat as a safety defect requiring repair within 24 hours. Many have been open for more than three months.

Two of our members have been injured in falls. One, a 62-year-old retired nurse, broke her wrist in August after her front wheel dropped into an unmarked pothole at the junction of Ropewalk and Foundry Street. She has made a claim against the council.

At the last local elections, the Labour manifesto committed to "fixing our roads for everyone who uses them" and to "making Castlebridge a cycling city". We supported those commitments. We have since been told by the council that the highways maintenance budget has been cut by 18% this year.

We would ask the CLP to put the following to the Labour group: will the council publish a timetable for repairing the safety defects on these routes; will it review the decision to cut the maintenance budget; and will it meet with the Campaign to discuss priorities for the coming year?

We would be grateful for a reply. We intend to publish the responses from all parties to our members.

Yours sincerely,

Chair, Castlebridge Cycle Campaign
""",
      also=("query",), tags=("formal",))

c.add("complaint", subject="Re: Re: Fwd: Motion on free school meals - third time of asking",
      sender=("Bridget Nolan", "bridget.nolan@hotmail.co.uk"),
      body=c.quote_reply(
          f"""Sam,

I'm afraid I have to ask again, and I'm going to be blunter than I was in September and October.

The Sallow Green branch submitted a motion on universal free school meals for primary pupils on the 2nd of September. I have the email, and your acknowledgement, which I've pasted below. It was not on the September GC agenda, and I was told that was because the agenda was "full". It was not on the October agenda; I was told it had been "mislaid". I re-sent it on the 14th of October, with a covering note, and you replied that it would "definitely" be on November's. I have just received the November papers. It is not there.

I don't know whether this is disorganisation or whether someone on the EC doesn't want the motion debated. Either way, the effect is the same: a properly submitted branch motion has been kept off the agenda for three months. Under our own standing orders, motions received by the deadline "shall" be placed on the agenda of the next GC. Not "may".

I'd like: (a) an explanation; (b) confirmation that the motion will be added to the November agenda as a late item, since it was submitted on time; and (c) if that isn't going to happen, a note of who decided it and why, so that the branch can raise it with the region.

Sorry to be sharp. I know you're a volunteer and you do a huge amount. But my branch members are asking me why they bother.

Bridget Nolan
Secretary, Sallow Green branch""",
          f"""Hi Bridget,

Thanks for re-sending. Apologies again for October, it got lost in the shuffle. It will definitely be on the November agenda.

Best,
Sam""",
          quoted_from=f"{SEC_FULL} <{SEC_ADDR}>", style="gmail"),
      also=("procedural",), tags=("quoted", "formal"))

# ---------------------------------------------------------------------------------------
# PROCEDURAL
# ---------------------------------------------------------------------------------------

c.add("procedural", subject="Local government panel - interview timetable and arrangements for CLP observers",
      sender=("Castlebridge LCF Procedures Secretary", "lcf.procedures.castlebridge@gmail.com"),
      body=f"""Dear Sam,

Panel of local government candidates - interviews

As agreed at the LCF AGM, the interviews for the panel of local government candidates will take place over three evenings at the Eastgate Institute. I am writing to all CLP secretaries with the arrangements, and to ask you to nominate observers.

1. Applications
The LCF received 47 applications, of which 14 are from members in {CLP}. All applicants who met the eligibility criteria will be invited to interview. Applicants will be told their slot by the end of this week.

2. Panels
Each interview panel will consist of three members drawn from the LCF's trained panel members, including at least one woman and, where possible, at least one member from an under-represented group. No panel member will interview an applicant from his or her own branch. Panel members must declare any interest.

3. Criteria
Applicants will be assessed against the published criteria: commitment to Labour values; knowledge of local government; campaigning and community engagement; and communication skills. Scoring sheets will be retained by the LCF Secretary and made available to applicants on request after the panel has been agreed.

4. Observers
Each CLP may nominate one observer for each interview evening. Observers may sit in on interviews but may not ask questions or take part in scoring. They must be members in good standing with no interest in any applicant being interviewed that evening. Please send me the names of your observers by Friday.

5. Appeals
Applicants not accepted onto the panel may appeal to the Regional Director within seven days of notification.

6. Timetable
Panel recommendations will go to the LCF for approval at its meeting next month. Branch shortlisting and selection meetings will follow.

Please let me know if you have any questions.

Best wishes,

Procedures Secretary
Castlebridge Local Campaign Forum
""",
      tags=("formal",))

c.add("procedural", subject="Delegate's report from Annual Conference - for the GC papers",
      sender=("Cllr Shauna Devereux", "shauna.devereux@gmail.com"),
      body=f"""Dear Sam,

Please find below my report as one of the CLP's two delegates to Annual Conference, for inclusion in the GC papers. Leroy's report will follow separately; we agreed to write individually so the GC gets two perspectives. Happy to take questions at the GC.

REPORT TO THE GENERAL COMMITTEE: ANNUAL CONFERENCE
Delegate: Shauna Devereux

1. Overview
This was my first conference as a delegate. It was a long, tiring and occasionally exhilarating four days. Attendance was high. The mood among delegates was, I would say, anxious rather than triumphant: there was pride in some of the government's achievements, particularly on workers' rights and the minimum wage, and real unease about welfare, the two-child limit and the polls.

2. Our contemporary motion
Our motion on bus regulation was not selected in the priorities ballot. It received support from a number of CLPs, but the CLP section prioritised motions on housing, social care, Gaza and child poverty. Several delegates from other CLPs asked for copies of our motion, and I have sent them.

3. Votes
I voted, as mandated by the GC, in favour of the composite on child poverty, which called for the two-child limit to be scrapped; it was carried overwhelmingly on a card vote, against the advice of the NEC. I voted for the composite on social housing (carried) and the composite on Gaza (carried). On the rule changes, I voted in line with the GC's guidance where we had given it, and used my judgement on the others, which I will explain at the meeting if asked.

4. Leader's speech
The speech focused on economic growth, the NHS and the threat from Reform. It was well received in the hall, although a number of delegates sat on their hands during the section on immigration.

5. Fringe
I attended fringes on local government finance, on councillors' safety and wellbeing, and on organising in towns. The local government finance session was the most useful; I will share my notes with the Labour group.

6. Reflections
The most striking thing about conference is how much of the real work happens in corridors. If we want our motions prioritised in future, we need to build alliances with other CLPs in the region well before conference, not in the week itself.

7. Expenses
My expenses (travel and accommodation) came to £312.40; receipts have gone to the Treasurer.

Thank you for the opportunity to represent the CLP.

Shauna Devereux
""",
      tags=("formal",))

c.add("procedural", subject="Apologies for GC and request to send a substitute delegate",
      sender=("Dr Kenneth Ashworth-Price", "k.ashworthprice@castlebridge-uni.example.ac.uk"),
      body=f"""Dear Secretary,

I write to offer my apologies for Thursday's General Committee. I am required to examine a doctoral thesis in Edinburgh that day and will not be back in Castlebridge until late evening.

I am one of the two delegates from the Castlebridge Fabian Society, which is affiliated to the CLP. The Society's executive has asked whether, in my absence, it may send a substitute delegate, Ms Imani Osei, who is a member of both the Fabian Society and the Labour Party and who lives in the Abbeyfields ward.

I have looked at the CLP's standing orders, which are silent on the question of substitute delegates for affiliates, and at the model procedural rules, which I think permit substitution only where the affiliate has notified the Secretary in writing of the substitute's name before the meeting and the substitute's eligibility has been confirmed. I should be grateful if you would treat this email as that notification, and let me know whether Ms Osei will be able to attend and vote.

If a substitution is not possible, I would be grateful if you would record my apologies and note that the Society's other delegate, Mr Barnabas Ogundipe, will attend.

I should also be grateful if the minutes could record, under item 6, that the Society supports the Sallow Green branch's motion on free school meals, should it reach the agenda.

With thanks and best wishes,

Kenneth Ashworth-Price
Delegate, Castlebridge Fabian Society
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# DATA PROTECTION
# ---------------------------------------------------------------------------------------

c.add("data-protection", subject="Request for personal data - former councillor",
      sender=("Mr Anthony Brindle", "anthony.brindle@outlook.com"),
      body=f"""Dear Mr Okafor,

I was a Labour councillor for the Ropewalk ward from 2014 to 2022 and a member of {CLP} until last year.

Please treat this email as a request under Article 15 of the UK GDPR for a copy of all personal data concerning me held by the CLP and its branches, including:

1. the record of my membership, including any notes on my status;
2. any records, notes or correspondence relating to the decision not to re-select me in 2022, including panel scoring sheets and notes, and any correspondence between CLP or LCF officers about my application;
3. any records relating to the complaint I made to the CLP in 2023 about the conduct of the re-selection;
4. any references to me in the minutes of EC or GC meetings from 2021 onwards;
5. any messages about me in any WhatsApp, Signal or similar group used by CLP officers for CLP business.

I am content for third-party personal data to be redacted where necessary.

Please also tell me with whom the above has been shared, including the regional office and the Governance and Legal Unit.

I look forward to your response within one month.

Yours sincerely,

Anthony Brindle
""",
      tags=("formal",))

c.add("data-protection", subject="ICO decision - case IC-000000-Y7Y7 - complaint from Ms Yvonne Castellano",
      sender=("Information Commissioner's Office", "casework@ico-example.org.uk"),
      body=f"""Case reference: IC-000000-Y7Y7

Dear Mr Okafor,

Complaint about {CLP}

Thank you for your response of last month to our enquiries about Ms Castellano's complaint. We have now considered the information you provided, together with the information provided by Ms Castellano and by the Labour Party's Data Protection Officer.

Our decision

Having considered the matter, our view is that the CLP has infringed data protection law in this case. In particular:

- Ms Castellano's mobile telephone number was obtained from a petition on the CLP's website about bus services in 2023, which did not make clear that the information would be used for political campaigning. We do not consider that the CLP had a lawful basis for using the number to send campaigning text messages, or that it complied with the Privacy and Electronic Communications Regulations in doing so.
- A note of Ms Castellano's presumed voting intention was recorded on the party's canvassing system. Political opinions are special category data. While political parties may process such data in the course of their legitimate activities, individuals must be given clear information about this.
- Ms Castellano's request for erasure was not acted upon within one month.

We note that, since our enquiries, Ms Castellano's data has been suppressed, and that the CLP has revised the wording of its online petitions.

What we expect

We do not intend to take formal regulatory action at this stage. However, we expect the CLP to:

1. review all petitions and sign-up forms on its website and social media to ensure that they clearly explain how personal data will be used;
2. make sure that requests from individuals are recognised and acted upon within statutory timescales;
3. ensure that officers and volunteers who handle personal data receive appropriate training.

We will keep a record of this complaint. It may inform our approach should we receive further complaints about the CLP.

Yours sincerely,

Lead Case Officer
Information Commissioner's Office
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# QUERY
# ---------------------------------------------------------------------------------------

c.add("query", subject="Sixth-form politics students - speaker request and a possible visit to Parliament",
      sender=("Mr Dev Raghunathan", "d.raghunathan@kingsmeadsixthform.example.sch.uk"),
      body=f"""Dear Mr Okafor,

I teach A-level Politics at Kingsmead Sixth Form College. I'm writing to ask whether the local Labour Party might be able to help with two things for my students this year.

First, speakers. As part of the course, students study political parties, elections and pressure groups. Each year I try to invite speakers from the main parties to talk about how their party works at the local level: how candidates are selected, how campaigns are organised, what motivates volunteers. I invite all the parties and give them equal time. Would someone from the CLP be willing to speak to a group of about 40 Year 12 and 13 students for an hour one afternoon in the spring term? It doesn't need to be an elected representative. In fact, students often find officers and volunteers more interesting, because they explain the parts of politics nobody sees.

Second, Parliament. I understand that MPs can sponsor school visits to Parliament, including tours and sometimes a Q&A. Would you know whether Ms Whitcombe would be willing to do this, and if so, who in her office I should approach? I have written to the other local MPs as well.

For safeguarding purposes I should mention that visitors speaking to students will be accompanied by a member of staff at all times, and that we would need the name of the speaker in advance. We don't require a DBS check for a one-off supervised talk.

Many thanks for considering this.

Dev Raghunathan
Head of Politics and Sociology
Kingsmead Sixth Form College
""",
      tags=("formal",))

c.add("query", subject="Periodic review of your account - information required",
      sender=("Hannah Obuya", "hannah.obuya@castlebridgecommunitybank.example.co.uk"),
      body=f"""Dear Mr Okafor,

Periodic customer due diligence review - {CLP} (account ending 8812)

As part of our regulatory obligations, we periodically review the information we hold about our business and community customers. Your account has been selected for review. I am your relationship officer and I am writing to ask for some information. I'm sorry for any inconvenience; this is a routine process and doesn't indicate any concern about the account.

Could you please provide the following:

1. A copy of the CLP's current rules or constitution (we understand these may be the party's model rules and the CLP's standing orders).
2. A list of the current officers of the CLP, with their roles and dates of appointment, and confirmation of which of them are signatories on the account.
3. For any signatory who has been added since our last review, proof of identity and address. I can see that your Treasurer changed this year.
4. A brief description of the CLP's main sources of income (e.g. membership allocation from the national party, fundraising events, donations) and its main areas of expenditure.
5. Whether the CLP expects to receive any single payment of more than £5,000 in the next twelve months, such as a bequest.
6. Confirmation that the CLP is not registered with the Electoral Commission as a separate accounting unit, or, if it is, its registration number.

The easiest way to provide these is through the secure upload link in your online banking. Please don't send documents by ordinary email.

We ask that you provide the information within 30 days. If we don't receive it, we may have to place some restrictions on the account, but I'm confident we can get it done long before then. Please call me if you have any questions.

Kind regards,

Hannah Obuya
Relationship Officer, Community & Charities
Castlebridge Community Bank

Castlebridge Community Bank will never ask you to transfer money or disclose your security details by email.
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# URGENT
# ---------------------------------------------------------------------------------------

c.add("urgent", subject="Eve-of-poll leaflet - proof must be approved by 10am TOMORROW or we lose the press slot",
      sender=("Tannery Lane Print & Copy", "orders@tannerylaneprint.example.co.uk"),
      body=f"""Hi Sam,

Deborah here again. Sorry for the late email.

I've attached the proof for the Kingsmead eve-of-poll leaflet (the A5 "Polling Day Thursday - Vote Labour" one, 5,500 copies, two-sided, with the polling station finder on the back). Keith sent the artwork over at 4.45 this afternoon.

There are two problems I need you or Keith to sort out before we can print:

1. The imprint on the back says "Promoted by K. Sheridan on behalf of..." but the address given is the old Unity House address. Keith told me last week you'd moved the CLP's postal address to the PO box. The imprint needs to be right or we can't print it; we've had a customer get in trouble for that before.

2. The polling station for Kingsmead district KM3 is listed as "St Barnabas Church Hall". The council's notice of poll, which I checked on their website, says KM3 has moved to "Kingsmead Sixth Form College, Sports Hall" for this election. If that's right, the leaflet will send people to the wrong place.

Here's the timetable problem. We've got the big press booked for 10.30am tomorrow for your job, and then it's on a council job all afternoon and Friday. If I don't have the approved proof (with the two corrections) by 10am tomorrow, I can't run it until Saturday, which would be too late for an eve-of-poll leaflet, as I'm sure you know better than me.

Could you check both points tonight and send me the corrected artwork, or the go-ahead for my designer to make the changes, by 10am at the latest? My mobile's on all evening if it's easier to ring.

Thanks,

Deborah
Tannery Lane Print & Copy
""",
      tags=("formal",))

c.add("urgent", subject="Kingsmead selection meeting TONIGHT - procedures secretary ill - replacement needed by 5pm",
      sender=("Regional Office - Organisation", "organisation@labour-region.example.org.uk"),
      body=f"""Dear Sam,

I'm writing about tonight's selection meeting for the Kingsmead ward (7pm, Kingsmead Community Centre).

The procedures secretary appointed by the LCF for the meeting, Mrs Hilary Marston, has called in sick this afternoon and will not be able to attend. As you know, the selection cannot proceed without a procedures secretary, who must be a trained member of the LCF procedures panel, must have no interest in any of the applicants and must not be a member of the Kingsmead branch.

I have rung the three other trained procedures secretaries in the area. One is already conducting a selection in another ward tonight; one is on holiday; and one, Mr Barnabas Ogundipe, has said he could do it but lives in the Abbeyfields ward and would need to confirm he has no interest. I have left him a message.

I need one of the following by 5pm today:

(a) confirmation from you, as CLP Secretary, that you know of another trained procedures secretary who is available and has no interest, with their name and contact details; or
(b) confirmation that the CLP is content for Mr Ogundipe to act, once he has made the necessary declaration; or
(c) if neither is possible, your agreement to postpone the meeting, in which case the branch secretary will need to contact every eligible member before 7pm to tell them.

I'd prefer not to postpone: three applicants have taken the evening off work and the hall is booked. But the meeting must be properly conducted, or the result may be challenged.

Please ring me as soon as you get this. My mobile is 07700 900 221.

Regional Organiser
""",
      tags=("formal",))

# ---------------------------------------------------------------------------------------
# BULK
# ---------------------------------------------------------------------------------------

c.add("bulk", subject="Cloud recording is now available: Riverside CLP - General Committee",
      sender=("Zoom", "no-reply@zoom.example.us"),
      headers={"Auto-Submitted": "auto-generated", "X-Mailer": "Zoom Notifications"},
      fmt="alt",
      body=f"""Hi Sam Okafor,

Your cloud recording is now available.

Topic: Riverside CLP - General Committee
Date: Thursday, 07:00 PM London
Meeting ID: 834 2219 0041
Duration: 2 hours 14 minutes

Share recording with viewers:
https://zoom.example.us/rec/share/xXyYzZ-riversideclp-gc

Passcode: (hidden - view in your account)

Recording files:
- Shared screen with speaker view (1.2 GB)
- Audio only (118 MB)
- Audio transcript (auto-generated)
- Chat file

The recording will be automatically deleted after 30 days, according to your account's retention settings.

Please note: recordings may include the names, images and voices of participants and the contents of the chat. If you share this recording, make sure participants have been told that the meeting was being recorded, and that sharing it is consistent with your organisation's policies.

Thank you for choosing Zoom.
-The Zoom Team

You are receiving this email because you are the host of this meeting. Manage your notification settings.
Copyright Zoom Communications, Inc. All rights reserved.
""",
      tags=("robot-no-list-headers", "confuser"))

c.add("bulk", subject="Castlebridge Fabians - Autumn programme and AGM notice",
      sender=("Castlebridge Fabian Society", "castlebridgefabians@gmail.com"),
      headers=c.newsletter_headers("Mailerlite"),
      body="""CASTLEBRIDGE FABIAN SOCIETY
Autumn Programme

Dear members and friends,

We are delighted to share our autumn programme of events. All events are free for members, with a suggested donation of £3 for non-members. Everyone is welcome, whether or not you are a member of the Fabian Society or any political party.

THE STATE OF THE STATE: CAN LOCAL GOVERNMENT SURVIVE?
A panel discussion with a former council chief executive, a councillor from a neighbouring authority, and an academic specialising in local government finance. With budget gaps opening up across the country, and several councils having issued section 114 notices, what is the future of local democracy?
Eastgate Institute, Lower Hall, 7.30pm

BOOK CLUB: "THE SPIRIT LEVEL", FIFTEEN YEARS ON
An informal discussion of the influential book on inequality and what has changed since it was published. Please read as much as you can. Refreshments provided.
The Ropewalk Arms (back room), 7pm

ANNUAL GENERAL MEETING
The AGM of the Castlebridge Fabian Society will be held after the book club, at approximately 8.30pm. Business will include the Chair's report, the Treasurer's report and accounts, and elections to the executive committee. Nominations for the committee should be sent to the Secretary at least seven days before the meeting.

FROM THE NATIONAL SOCIETY
The Fabian Society's latest report, on the future of the welfare state, is available to download from the national website. Members should receive a printed copy with the autumn Fabian Review.

We look forward to seeing you.

Castlebridge Fabian Society Executive

You are receiving this because you are a member of the Castlebridge Fabian Society or have asked to receive our emails. Unsubscribe | Update preferences
""",
      tags=("newsletter",))

# ---------------------------------------------------------------------------------------
# OTHER
# ---------------------------------------------------------------------------------------

c.add("other", subject="Sad news - Eileen Quarmby",
      sender=("Michael Quarmby", "michael.quarmby@btinternet.com"),
      body=f"""Dear Sam,

I'm writing with sad news, and I hope you won't mind me writing to you as secretary, as I'm not sure who else in the party to tell and Mum always said that you were the one who "actually answered his emails".

My mother, Eileen Quarmby, died peacefully on Sunday at St Luke's Hospice, with my sister and me beside her. She was ninety-one. She had been unwell since the summer, but she was her usual self almost to the end, and on Friday she asked the nurse to read her the local paper's report on the council budget, and gave her views on it, at some length.

Mum joined the Labour Party in 1951, the year she started work at the Co-op on Kingsmead Road. She was a branch secretary in the 1970s, a councillor for Sallow Green from 1986 to 1998, and a delegate to the GC for longer than anyone can remember. She delivered leaflets until she was eighty-seven, and she made the tea at every count until the council banned the urn. She used to say that she had "never missed a general election, and only missed one GC, for my own wedding".

The funeral will be at St Anne's Church on Friday the 21st at 11am, followed by a celebration of her life at the Kingsmead Community Centre. Everyone is welcome. Mum asked for no flowers, but for donations to St Luke's Hospice, which cared for her so well, or to the Sallow Green Food Bank.

She also asked, and I promised her, that someone from the party would say a few words at the service. I wondered whether you, or the Chair, or someone who knew her well, might be willing. Please do let me know.

With best wishes,

Michael Quarmby
""",
      tags=("personal-news",))

c.write()
