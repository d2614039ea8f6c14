"""dev2 split, writer dc1: Kelvin North CLP (Glasgow-ish, fictional wards and branches).

Blind evaluation set. 15 safety (mostly veiled, implicit, embedded and third-party
reports), 15 hard negatives (violent metaphor, angry complaints, news about threats,
benign violent words) and 20 ordinary messages across the other categories.
Every message below was written by hand.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402


c = Corpus("dev2", "dc1", seed=4106)
SEC = c.clp[1].split()[0]          # Jamie
SECFULL = c.clp[1]
SECADDR = c.clp[2]

_add = c.add


def _tagged_add(label, body=None, tags=(), **kw):
    tags = (tags,) if isinstance(tags, str) else tuple(tags)
    return _add(label, body, tags=tags or ("ordinary",), **kw)


c.add = _tagged_add

# 1 ---------------------------------------------------------------------------------------
c.add("safety", subject="your councillor",
      sender=("a neighbour", "lochend.nightshift@protonmail.com"),
      body="""Mr Rennie

Tell Ewan Gillespie that a silver Skoda Octavia with roof bars and a Partick Thistle sticker in the back window is very easy to pick out. He leaves it on the same bit of Lochend Crescent every night, right under the lamp that's been out since August (funny, you'd think a councillor could get his own street light fixed).

He'll know what this is about.""",
      tags=("implicit", "veiled"))

# 2 ---------------------------------------------------------------------------------------
c.add("complaint", subject="Parking charges will finish Springvale Road",
      sender=c.person("Hamish", "Dunnachie"),
      body=f"""Dear {SEC},

I have run the hardware shop at 212 Springvale Road for 31 years and I have never been as angry with a Labour council as I am this week.

Putting pay-and-display on the whole length of Springvale Road, with no free half hour, is going to kill this street. Not slowly either. My customers are pensioners who drive down for a packet of screws and a chat, and they will not pay £1.80 for the privilege. They'll go to the B&Q at the retail park where the parking is free and that will be the end of it. Two units have already gone this year. This is the last nail.

The councillors who voted this through have the death of the local high street on their conscience and I want them to come down here and look the shopkeepers in the eye and explain it. I've left three messages with Cllr Tennant's office and heard nothing.

I expect a reply, and I expect the GC to discuss this.

Hamish Dunnachie
Dunnachie & Son, Ironmongers""",
      tags=("hard-negative", "metaphor", "angry"))

# 3 ---------------------------------------------------------------------------------------
c.add("query", subject="bringing my daughter?",
      sender=c.person("Eilidh", "Paterson"),
      body="""Hi Jamie,

Is it ok if I bring my daughter (15) to the Ruchmount branch meeting next week? She's doing Modern Studies and her teacher suggested going along to something. She won't say anything, promise! Or is it members only?

Thanks
Eilidh""")

# 4 ---------------------------------------------------------------------------------------
c.add("safety", subject="St Columba's / Dalcross merger consultation",
      sender=c.person("Graeme", "Laidlaw"),
      body="""Dear Secretary,

I am writing as a parent about the proposed merger of St Columba's and Dalcross primaries. I have attended both consultation evenings and have submitted my response online, for all the good it will do.

I notice Councillor Tennant's own two aren't affected, being at Hillpark. The older one in the red jacket and the wee one with the Spider-Man bag, out the side gate at about twenty past three. She might want to think about how it feels when it's your own children whose routine gets turned upside down. Plenty of us pass that gate every day and we all know who they are now.

I trust the council will listen to parents before the vote on the 19th.

Regards
G. Laidlaw""",
      tags=("implicit", "veiled", "embedded"))

# 5 ---------------------------------------------------------------------------------------
c.add("urgent", subject="GC tonight - we've lost the hall",
      sender=c.person("Catriona", "MacLeod"),
      body=f"""{SEC} - bad news. Springvale Community Centre have double booked the main hall for tonight (a christening party, they say the booking was made before ours, I don't believe them but there's nothing to be done).

I've got the back room at the Lochburn Tavern, 7pm, but only until 9.15 when their quiz starts. It holds about 40 seated.

Can you get the change out to all GC delegates this afternoon? Text as well as email if you can, half of them won't look at their email before they leave the house. I'll put a sign on the community centre door.

Catriona (Chair)""")

# 6 ---------------------------------------------------------------------------------------
c.add("safety", subject="Thursday the 12th",
      sender=("Kelvin Patriot", "kp1707@outlook.com"),
      body="""Springvale Community Centre. Thursday the 12th. 7pm. Your so called hustings.

A good few of us will be there and we're not coming to ask polite questions about bin collections.

Your candidate had better know where the back door is. Last time one of your meetings finished like that the police had to walk people to the subway. There won't be enough of them this time.""",
      tags=("veiled", "implicit"))

# 7 ---------------------------------------------------------------------------------------
c.add("procedural", subject="Motion - Lochburn Library",
      sender=c.person("Ishbel", "Cowan"),
      body=f"""Hi {SEC},

Lochburn branch passed this on Tuesday (22 present, unanimous) and asks for it to go on the next GC agenda.

---
Save Lochburn Library

This CLP notes the proposal in the council's draft budget to close Lochburn Library, the only public building in the ward open in the evenings, used by the homework club, the job club and the Gaelic playgroup.

This CLP believes that closing it would rip the heart out of a community that has already lost its post office and its bank.

This CLP resolves:
1. to oppose the closure and to ask our councillors to vote against it;
2. to support the Friends of Lochburn Library petition and campaign;
3. to make clear that the members of this party will fight this closure street by street and door by door, for as long as it takes.

Proposer: Ishbel Cowan
Seconder: Tam Fairlie
---

Ishbel
Secretary, Lochburn branch""",
      tags=("hard-negative", "metaphor"))

# 8 ---------------------------------------------------------------------------------------
c.add("safety", subject="Saturday surgery",
      sender=c.form_robot(),
      reply_to=("D McCallum", "dmccallum.g20@gmail.com"),
      body=c.webform({
          "Name": "D McCallum",
          "Email": "dmccallum.g20@gmail.com",
          "Postcode": "G20 9",
          "Subject": "Saturday surgery",
          "Message": "If Alasdair Kerr abstains again on Gaza then he shouldnt bother opening the doors at the library on Saturday. Weve asked nicely for two years. Weve done the petitions and the vigils and the letters. Next time we come it wont be with a petition. Consider yourselves told.",
      }),
      tags=("webform", "conditional", "veiled"))

# 9 ---------------------------------------------------------------------------------------
c.add("query", subject="RENEWAL PAGE",
      sender=c.person("Maureen", "Dolan"),
      body="""Jamie I could cheerfully strangle whoever designed the membership renewal page. Three times I've put my card details in, three times it's taken me back to the start, and now my bank's phoned me to ask if I'm being defrauded.

Membersnet says I'm "lapsed". I've been a member since 1979.

Two questions: am I a member or not, and can I still vote at the AGM on the 28th if it's not sorted by then? I am not doing that page a fourth time.

Maureen Dolan
Ruchmount""",
      tags=("hard-negative", "benign-violent-word"))

# 10 --------------------------------------------------------------------------------------
c.add("data-protection", subject="why is my phone number on your leaflet",
      sender=c.person("Stacey", "Gourlay"),
      body="""Hello

Your leaflet that came through the doors in Dalcross this week says "Got a problem? Call your Labour team" and then a mobile number. That's MY mobile number. I am not in the Labour party, I've never been in the Labour party, and I've had eleven phone calls since Monday about potholes, a dog fouling and one man who wanted to shout at me about the SNP.

Where did you get it? And can you make it stop. I'm a nurse, I sleep in the day.

Stacey""",
      tags=("confuser", "dp-no-legal-words"))

# 11 --------------------------------------------------------------------------------------
c.add("safety", subject="BINS. AGAIN.",
      sender=c.person("Robert", "Haughey"),
      body=f"""I don't even know why I'm bothering writing to you lot but here goes.

It is now the FIFTH week in a row the blue bins have not been emptied on Kirkhill Avenue. Fifth. The lane behind the shops is a midden. There are rats the size of cats running about in broad daylight, my neighbour's wee boy saw one in their kitchen. The council website says "collections are operating normally". Normally for who? I phoned the contact centre, 47 minutes on hold then cut off. I emailed. I tweeted. I went to the Saturday surgery and got a leaflet about the Labour "bin pledge" handed to me by a student who'd never been to Kirkhill in his life.

And our council tax has gone up AGAIN. For what? We pay for a service we don't get. The pensioners in the flats can't carry their rubbish to the recycling point at the Co-op, some of them can't get down the stairs, so it just piles up on the landing.

Ewan Gillespie promised at the last election that he'd "get the basics right". He's not been seen on this street since. His address was on his nomination papers so it's no secret, Kirklee Gardens, the one with the big beech hedge and the electric gates. Maybe a few of us should go round there one night, tip the lot over his gates, and have a proper word with him on his own doorstep where he can't hide behind a switchboard. I wonder how smug he'd be at two in the morning with a crowd outside. He wouldn't be the first councillor to find out people round here have had enough.

Anyway. I want to know when the bins will be emptied, I want a named person at the council who is responsible, and I want Gillespie to answer his emails.

R. Haughey
Kirkhill Avenue""",
      tags=("embedded", "implicit", "veiled"))

# 12 --------------------------------------------------------------------------------------
c.add("other", subject="Book club - November pick",
      sender=c.person("Fraser", "Lindsay"),
      fmt="alt",
      body="""Evening all,

Right, the Maryfield Red Readers have voted and November's book is "The Quiet Drowning" by Morven Sutherland. Crime, set in Glasgow in 1987: a body in the Clyde, a councillor with something to hide, a detective who drinks too much and a ferry that never sails. Bodies start turning up in chapter 3 and don't stop. I'm two thirds through and I've no idea who did it, so NO SPOILERS at the meeting please, or I'll be murdering someone myself.

Thursday 20th, 7.30, upstairs at the Maryfield Bowling Club. Bring your own wine, Ailsa's doing a tray bake.

Fraser""",
      tags=("hard-negative", "benign-violent-word"))

# 13 --------------------------------------------------------------------------------------
c.add("safety", subject="last night after the branch meeting",
      sender=c.person("Nasreen", "Aslam"),
      body=f"""Jamie,

I need to flag something from last night and I'd like it written down properly somewhere, not just me and you talking about it.

When we came out of the Maryfield branch meeting at the church hall (about 9.15) there was a man standing across the road at the bus shelter. I'm fairly sure it was the same man who sat at the back of the October meeting and kept asking which days our councillors hold surgeries and whether they come on their own. He didn't get on any of the buses that came.

When Leigh and Ruth left to walk up towards Queen Margaret Road he crossed over and walked about 20 yards behind them the whole way to the corner, then stood outside the chip shop watching them until they'd got into Leigh's car. Leigh phoned me at ten and she was properly shaken, and Ruth's not the type to be rattled by anything.

Description as best we've got: white, fifties, grey beard, dark green waterproof with the hood up, carrying a Lidl bag.

Can we talk about a buddy system for walking people to cars after meetings? And should we be reporting this to the police ourselves or is that something the party does? I don't want to overreact but I'd never forgive myself if I'd said nothing.

Nasreen
Branch Secretary, Maryfield""",
      tags=("third-party-report", "following"))

# 14 --------------------------------------------------------------------------------------
c.add("bulk", subject="Automatic reply: GC papers for Thursday",
      sender=("Cllr Morag Tennant", "morag.tennant@kelvincity-council.example.gov.uk"),
      headers=c.autoreply_headers("exchange"),
      body="""Thank you for your email.

I am on annual leave until Monday 3rd and will have limited access to email. For urgent ward matters please contact the Members' Services team on 0141 496 0000 or email members.services@kelvincity-council.example.gov.uk.

Cllr Morag Tennant
Scottish Labour Councillor for Dalcross & Hillpark""",
      tags=("ordinary",))

# 15 --------------------------------------------------------------------------------------
c.add("safety", subject="Fwd: your garden",
      sender=("Cllr Morag Tennant", "morag.tennant@kelvincity-council.example.gov.uk"),
      body=c.forward(
          """Jamie - sending you this one for the file. It came into my council inbox overnight. The photo he's talking about IS on my Instagram, from June, so he's been scrolling a long way back. I've screenshotted everything for Police Scotland. Not telling Donald yet.

M""",
          """Lovely wee garden, Morag. Saw the photos.

That's a lot of timber in one shed, and a long dry spell forecast. Fences like those go up quick, don't they.

Might want to have a think about who you're annoying with your low emission zone.""",
          "\"gardenadmirer\" <gardenadmirer88@gmail.com>", "your garden"),
      tags=("forwarded", "veiled", "third-party-report"))

# 16 --------------------------------------------------------------------------------------
c.add("complaint", subject="4th time of asking",
      sender=c.person("Derek", "Munro"),
      body=f"""Mr Rennie

This is the fourth email I have sent to this address since the beginning of September. The previous three are below, unanswered. I moved from Lochburn to Springvale in July and asked to be transferred to Springvale branch. I have heard nothing. I have not been sent notice of a single meeting since. I am paying £5.21 a month for the privilege of being ignored.

If this is how the CLP treats a member of 40 years I dread to think how it treats anyone who's just joined.

Derek Munro""",
      also=("query",),
      tags=("confuser", "complaint-as-query"))

# 17 --------------------------------------------------------------------------------------
c.add("other", subject="the article about MPs' security",
      sender=c.person("Sandy", "Rutherford"),
      body=f"""Hi {SEC},

Don't know if you saw the piece in the Sunday paper yesterday - "Cost of protecting MPs doubles in three years". Some grim figures: over 600 threats reported to the parliamentary liaison unit last year, MPs giving up surgeries in pubs and libraries, one in Yorkshire who now only does them by appointment with a police officer in the next room.

Got me thinking about how relaxed we are by comparison. Our surgery at the library is advertised on the website with the exact time and nobody's ever checked the fire exit. Might be worth the EC having a proper chat about it at some point - not because anything's happened, just so we're not caught out.

Link: https://www.example-sundaypaper.co.uk/politics/mps-security-costs

Sandy""",
      also=("procedural",),
      tags=("hard-negative", "news-about-threats"))

# 18 --------------------------------------------------------------------------------------
c.add("safety", subject="Re: Ruchmount selection - what now?",
      sender=("Gordon Leckie", "gordonleckie1958@btinternet.com"),
      headers=c.list_headers("Kelvin North Members", domain="googlegroups.com", precedence=False),
      body=c.quote_reply(
          """Frankly, Kenny, I've listened to enough about "the process". The process was three people in a room deciding who we were allowed to vote for and then telling us it was democracy.

Mairi Donaldson has knocked more doors in Ruchmount than the rest of the shortlist put together and she wasn't even interviewed. Everybody on this list knows why. She wasn't the right friend of the right person.

I'll not be leafleting for whoever they've parachuted in and I'd be surprised if anyone else in Ruchmount does either.

And the folk on the procedures committee who stitched this up might want to remember that members have long memories, and that some of us know exactly which close in Hillpark each of them goes home to. Enjoy the winter.

Gordon""",
          """Can I suggest everyone takes a breath? The shortlist was agreed under the rules the GC adopted in March. If people think the rules are wrong, the place to change them is a motion to the GC, not this list.

Kenny""",
          quoted_from="Kenny Baird <kenny.baird@outlook.com>", style="bottom"),
      tags=("list", "veiled", "implicit", "quoted"))

# 19 --------------------------------------------------------------------------------------
c.add("query", subject="self defence course - room booking",
      sender=c.person("Aileen", "Kinnaird"),
      body=f"""Hi {SEC},

The Women's Forum would like to run a six-week self-defence course for members and their friends, Tuesday evenings from mid-January. The instructor (Lesley, she does Krav Maga at the sports centre) says she needs a space at least 8m x 8m with no furniture in the middle, because they'll be practising breaking wrist holds, striking pads and getting out of a grab from behind. She brings her own mats.

Could we book the main hall at Dalcross Community Hall through the CLP's account, or do we need to go direct to the council letting office? And does the CLP's insurance cover a physical activity like that or does Lesley need her own?

Thanks
Aileen
Women's Officer""",
      tags=("hard-negative", "benign-violent-word"))

# 20 --------------------------------------------------------------------------------------
c.add("bulk", raw=c.bounce("t.fairlie@lochburnmail.example.co.uk",
                           orig_subject="GC papers - Thursday 7pm Lochburn Tavern"),
      body=None, tags=("ordinary",))

# 21 --------------------------------------------------------------------------------------
c.add("safety", subject="winter fuel",
      sender=c.person("Theresa", "McGarrigle", "yahoo.co.uk"),
      body="""I WANT IT ON THE RECORD THAT I AM NOT THREATENING ANYONE. Write that down.

but if your MP went down on the ice outside his nice house in the west end this winter and lay there a few hours like my mother did in january i wouldnt lose a minutes sleep. let him find out what its like waiting. id be the last one in the street to phone for the ambulance

thats not a threat its just the truth, and theres plenty round here feel the same""",
      tags=("wish-harm", "noisy"))

# 22 --------------------------------------------------------------------------------------
c.add("procedural", subject="apols",
      sender=c.person("Kieran", "Docherty"),
      body="""Apols for the EC jamie, on a late shift. Can someone give my report - phone bank did 340 calls over the 3 nights, 12 new volunteers. Cheers K

Sent from my iPhone""",
      tags=("noisy",))

# 23 --------------------------------------------------------------------------------------
c.add("complaint", subject="Welfare cuts - political suicide",
      sender=c.person("Margo", "Sneddon"),
      body=f"""Dear Jamie,

I was at the doors in Ruchmount on Saturday for the first time in years, because I believe in this party, and I've never had a morning like it. Every third door was someone on PIP who's terrified, and I had nothing to say to them.

I want the CLP to write to Alasdair and ask him, in plain terms, how he intends to vote on the welfare bill. Cutting disabled people's support a year before the Holyrood election is political suicide. If this goes through as it stands we won't just lose, we'll be slaughtered, and we'll deserve it. I'm not exaggerating when I say I think it could be the death of Scottish Labour in this part of the city.

I'd like my letter read out under correspondence at the GC.

Margo Sneddon
Springvale branch""",
      also=("procedural",),
      tags=("hard-negative", "metaphor", "angry"))

# 24 --------------------------------------------------------------------------------------
c.add("safety", subject="package at office - NOT opened",
      sender=c.person("Davie", "Crombie"),
      body=f"""{SEC} - you're a keyholder so you need to know this now.

When I opened up at 9 there was a padded envelope that had been pushed through the office letterbox overnight. Addressed in black marker in capitals "ALASDAIR KERR - TRAITOR". No stamp, no postmark. It's heavier than a letter should be, something lumpy in one end, and there's a greasy stain come through the corner.

I have NOT opened it. I left it where it was on the mat, I've come out and shut the front door and I'm standing outside. Phoning 999 now, not 101, I'd rather look daft.

The caseworkers are due in at 10. Can someone phone them and tell them not to come to the office until the police say so? I haven't got their mobile numbers on me.

Davie""",
      also=("urgent",),
      tags=("suspicious-item", "third-party-report"))

# 25 --------------------------------------------------------------------------------------
c.add("query", subject="Help for my son - police not getting back",
      sender=c.person("Linda", "Strachan"),
      body="""Dear Sir/Madam

I'm sorry if this is the wrong place, I found your address on the Labour website and I don't know where else to go.

My son Connor (17) was assaulted at the bus station in the town centre three weeks ago by a group of lads who took his phone and his jacket. He needed stitches above his eye. We reported it that night and were given a crime reference number. Since then nobody from Police Scotland has been in touch. I've phoned 101 four times. There's CCTV all over that bus station and as far as I know nobody has even asked for it.

Connor won't get the bus on his own any more, he's missing college.

Could Mr Kerr or one of the councillors raise this with the police? I'm not looking for anyone to be strung up, I just want somebody to look at the case. I can give you the reference number.

Yours faithfully
Linda Strachan""",
      also=("complaint",),
      tags=("hard-negative", "crime-casework"))

# 26 --------------------------------------------------------------------------------------
c.add("safety", subject="traitors",
      sender=("no name", "kelvinrevenge@proton.me"),
      body="""every last one of yous deserves a r0pe for what you did to the pensioners and the 2 child cap and the rest of it

s t r u n g   u p

from the lampposts on Byres Road so the students can see. and Id happily supply the rope. gonna be a lot of us when the time comes, yous wont see it coming""",
      tags=("explicit", "noisy"))

# 27 --------------------------------------------------------------------------------------
c.add("urgent", subject="Courier - Ruchmount selection, comment by 4pm today",
      sender=("Joanna Feeney", "joanna.feeney@westcourier.example.co.uk"),
      body=f"""Hi {SEC},

Joanna Feeney, political reporter at the West of Scotland Courier. I'm writing up the Ruchmount selection row for tomorrow's paper. A number of members have told me on the record that the shortlist was "stitched up" and that at least one candidate was excluded without interview.

I'd like to give the CLP the chance to respond. Could you, or the Chair, send me a statement, or give me a call, by 4pm today? That's my deadline for the print edition. After that I'll say the party did not respond.

Joanna Feeney
07700 900412""",
      tags=("ordinary",))

# 28 --------------------------------------------------------------------------------------
c.add("complaint", subject="suspension - you'll be hearing from my solicitor",
      sender=c.person("Bryce", "Cathcart"),
      body="""Mr Rennie,

I received today an email from "the Governance and Legal Unit" informing me that I have been administratively suspended pending investigation into "social media activity". I have been given no details of which posts, no copy of the complaint and no indication of who made it.

I know perfectly well who made it. It was made by people in this CLP who didn't like me asking questions about the accounts at the AGM.

I have instructed my solicitor. You will be hearing from her about defamation and about the CLP's handling of my personal data. In the meantime I expect you to confirm in writing which CLP officers were involved in this complaint.

I will also be making sure every member in Dalcross knows exactly how this party treats people who ask awkward questions.

B. Cathcart""",
      tags=("hard-negative", "legal-threat", "angry"))

# 29 --------------------------------------------------------------------------------------
c.add("safety", subject="please help - about Councillor Baird",
      sender=("Arben Hoxha", "arben.hoxha79@gmail.com"),
      body="""Dear Labour party

I write many times to councillor Shona Baird about my flat in Wyndford Court. The damp is on all walls, my two children are sick all winter, the small one in hospital with his chest. She never answer, only one time her office send me a form.

I know she live in Dalcross. I see her every morning 7 o clock walking the small white dog on the canal path by the bridge. One of these mornings I will wait for her there and she will listen to me, she cannot run away from me like she run from the emails. I am not asking any more.

Arben Hoxha""",
      tags=("implicit", "stalking", "non-native"))

# 30 --------------------------------------------------------------------------------------
c.add("data-protection", subject="Christmas social email",
      sender=c.person("Innes", "Urquhart"),
      body=f"""Hi {SEC},

Just to let you know the email about the Christmas social that went out this morning had everyone's address in the To: line, not hidden. I count about 130 of us. Mine is my work email (long story) and now 130 people have it, plus whoever they reply-all to. Three people already have.

Can you send something round asking people to delete it, and use BCC in future? I don't want to make a big thing of it but I'm not thrilled.

Innes""",
      also=("complaint",),
      tags=("confuser", "dp-no-legal-words"))

# 31 --------------------------------------------------------------------------------------
c.add("bulk", subject="Briefing: abuse and intimidation of candidates in the 2026 elections",
      sender=("Civic Futures Institute", "briefings@civicfutures.example.org"),
      headers=c.newsletter_headers("Campaign Monitor"),
      fmt="alt",
      body="""CIVIC FUTURES INSTITUTE - MONTHLY BRIEFING

Abuse and intimidation of candidates: what the 2026 elections tell us

Our survey of 1,412 candidates who stood in this year's local, Scottish Parliament and Senedd elections found that 58% experienced abuse, threats or intimidation during the campaign, up from 44% in 2022. Women candidates were almost twice as likely as men to report threats to their personal safety, and 1 in 5 candidates said they had stopped publishing their home ward or surgery times as a result.

Key findings
- Online abuse remains the most common form, but in-person intimidation at hustings and on the doorstep rose sharply.
- Only 31% of candidates who received threats reported them to the police.
- Parties' own safety support varied widely; candidates in smaller local parties felt least supported.

Our recommendations to the Electoral Commission, parties and police forces are set out in the full report.

Read the report: https://civicfutures.example.org/reports/candidate-safety-2026

You are receiving this because you subscribed to Civic Futures briefings. Unsubscribe | Update preferences
Civic Futures Institute, 14 Albion Street, London EC1""",
      tags=("hard-negative", "news-about-threats"))

# 32 --------------------------------------------------------------------------------------
c.add("safety", subject="Re: planning application - Wyndford Lane",
      sender=("Cllr Ewan Gillespie", "ewan.gillespie@kelvincity-council.example.gov.uk"),
      body=c.quote_reply(
          f"""{SEC},

This is what came back after I replied to him about the Wyndford Lane application (I'd just explained it's a planning committee decision and I can't prejudge it). Second one this week from the same man. I haven't told Karen yet, and I'm not sure I should be telling Callum at all.

What do I do with this? Do I go to the police or does the party?

Ewan""",
          """Councillor,

You've had your chance. I've read your wee reply about "due process".

Do you think people don't talk in this area? Everybody knows your boy drinks in the Doublet on a Friday and walks home up the hill on his own after. Tell him to keep his wits about him. That's just friendly advice.

A.B.""",
          quoted_from="Alan Brodie <abrodie61@btinternet.com>", style="gmail"),
      tags=("quoted", "implicit", "third-party-report"))

# 33 --------------------------------------------------------------------------------------
c.add("other", subject="knock 'em dead",
      sender=c.person("Agnes", "Moffat"),
      body="""Jamie son,

Just a wee note to say good luck tomorrow night at the hustings, and tell Kirsty from me to knock 'em dead. She was brilliant at the branch last week, she'll run rings round the lot of them.

I'll be there in the second row with my flask.

Love
Agnes (Maryfield, the one with the walking stick)""",
      tags=("hard-negative", "benign-violent-word"))

# 34 --------------------------------------------------------------------------------------
c.add("query", subject="which branch am i in",
      sender=c.person("Tolu", "Adebayo"),
      body="""Hi, I've just moved to Glasgow from Aberdeen for work and transferred my membership. My new address is on Ruchmount Road, near the big Tesco. Which branch does that put me in and when does it meet? I was pretty active up north (ran the phone bank for a while) so happy to help. Thanks, Tolu""")

# 35 --------------------------------------------------------------------------------------
c.add("safety", subject="Kirsty - online stuff getting out of hand",
      sender=c.person("Ruaridh", "Stewart"),
      body=f"""{SEC},

Heads up, and I think this needs more than me hitting the report button.

Since the clip of Kirsty at the housing hustings went round on Tuesday she's been absolutely piled on. Last count about 600 quote posts on X, plus a TikTok stitch with 80k views. Most of it is the usual rubbish but it's changed in the last 24 hours:

- someone has posted the name of the pharmacy where she works, with a Street View screenshot of the front
- replies underneath include "she'll learn", "someone local should sort her out" and "shift finishes at 6 lads"
- one account has posted a photo of her getting into her car, which is newer than the clip

She hasn't gone into work today. Her manager's been good about it.

What's the procedure for getting the party's safety people involved? And should we be contacting Police Scotland as the CLP, or does it have to come from her? I've screenshots of everything with timestamps.

Ruaridh
Digital Officer""",
      tags=("pile-on", "third-party-report", "doxxing", "social"))

# 36 --------------------------------------------------------------------------------------
c.add("query", subject="leaflet print quote",
      sender=c.person("Jordan", "Keir"),
      body="""Jamie, the Springvale leaflets cost a bomb last time from the place in town (nearly £400 for 5k?!). I've got a quote from a printer in Paisley - £245 for 5,000 A5 double-sided, 2 day turnaround. Do I need the treasurer's sign-off before I order, or can I go ahead under the branch budget? Shoot me a text if easier, 07700 900871. J""",
      tags=("hard-negative", "benign-violent-word"))

# 37 --------------------------------------------------------------------------------------
c.add("procedural", subject="Nomination - CLP Treasurer",
      sender=c.person("Ishbel", "Cowan"),
      body=f"""Dear {SEC},

Lochburn branch nominates Tam Fairlie for the position of CLP Treasurer at the AGM. Agreed at our branch meeting on the 4th, 15 for, 0 against, 1 abstention. Tam has confirmed he is willing to stand and his statement will follow separately.

Ishbel Cowan
Secretary, Lochburn""")

# 38 --------------------------------------------------------------------------------------
c.add("safety", subject="I don't know who else to tell",
      sender=("Cllr Lorna Quigley", "lorna.quigley@kelvincity-council.example.gov.uk"),
      body=f"""Jamie,

I'm sorry to put this on you but I don't know who else in the party to tell and I need it written down somewhere.

For about six weeks there's been a man at every one of my surgeries in Springvale. He never raises a case. He sits at the back, waits until the end, and asks if he can walk me to my car. I've said no every time.

Two weeks ago I noticed a blue Vauxhall parked across from my flat on two nights running with someone sitting in it. Last Tuesday I got a card through my door - my home door, which I've never given out, I use the council address for everything. Inside it just said "Always nearby. x". No name.

Police Scotland have given me a reference number and said to keep a diary.

Two things I'd like from the CLP, please: take my surgery times off the website and the Facebook page, and can someone come with me to surgeries until this is sorted? I'll feel daft asking but I'd feel dafter if something happened.

Lorna""",
      tags=("stalking", "harassment"))

# 39 --------------------------------------------------------------------------------------
c.add("other", subject="Fire safety at Dalcross Community Hall",
      sender=("Gerry Boyle", "dalcross.hall@kelvinleisure.example.org.uk"),
      body="""Hello,

A reminder to all regular hirers of Dalcross Community Hall ahead of the winter season.

- The fire alarm is tested every Tuesday at 7.30pm. If it sounds at any other time, it is not a test: evacuate by the nearest exit and assemble at the far end of the car park by the recycling bins.
- Please do not prop open the fire doors in the corridor, however hot it gets. (I know the heating is killing everyone. A new thermostat is on order.)
- The fire blanket and extinguisher in the kitchen have been replaced. Please do not use the extinguisher to hold the kitchen door open.
- Hirers are responsible for counting their group out in an evacuation.

Thank you, and keep the hall in one piece!

Gerry Boyle
Hall Manager""",
      tags=("hard-negative", "benign-violent-word"))

# 40 --------------------------------------------------------------------------------------
c.add("urgent", subject="leaflets - need a car first thing tomorrow",
      sender=c.person("Jordan", "Keir"),
      body=f"""{SEC},

Printer in Paisley just rang - the by-election leaflets (8,000) are ready but they're only open until 12 tomorrow (Saturday) and then closed till Tuesday. Delivery van is off the road. If we don't collect first thing tomorrow we've nothing for the weekend, and the postal votes land on Monday.

I don't drive. Need someone with a big boot (it's 6 boxes) at Abbey Print, Mill Street, by 11 latest. Can you put it round the EC?

Jordan""")

# 41 --------------------------------------------------------------------------------------
c.add("complaint", subject="I'm leaving",
      sender=c.person("Frances", "O'Hagan"),
      body="""Dear Jamie,

This isn't a letter I ever thought I'd write. I joined at 17 and I'm 62 now.

I can't stay in a party that keeps the two-child limit. I teach in Ruchmount. I see what it does: the coats that don't fit, the kids who can't go on the trip. I kept telling myself it would change after the election, then after the first budget, then after the second. It hasn't.

Please cancel my membership. I'll miss all of you, I really will. You personally have been nothing but decent.

Frances O'Hagan""",
      tags=("ordinary",))

# 42 --------------------------------------------------------------------------------------
c.add("data-protection", subject="Wniosek o dostęp do danych / request for my data",
      sender=("Krzysztof Wiśniewski", "k.wisniewski@onet.example.pl"),
      body="""Dear Sir

I am living in Dalcross since 2015. In September a person from Labour party come to my door and ask many questions, about my vote and about my wife, and they write all on a tablet. Later my neighbour tell me that you have list of all people on the street and what they vote.

I want to have a copy of all information what your party keep about me and my wife (Agnieszka Wiśniewska), also where you take it from. I know in UK law I have right to ask this (subject access request). Please answer in one month.

Best regards
Krzysztof Wiśniewski
Flat 3/1, 44 Dalcross Street""",
      tags=("non-native",))

# 43 --------------------------------------------------------------------------------------
c.add("complaint", subject="Ruchmount shortlist - I'll be at the GC",
      sender=c.person("Mairi", "Donaldson"),
      body=f"""{SEC},

I have now had a formal reply from the procedures committee which runs to four lines and does not answer a single one of my questions. I was not interviewed. I was not told why. I was told, by a member of that committee, in the pub, that I "wasn't what they were looking for".

I will be at Thursday's GC and I will be raising this under matters arising whether the Chair likes it or not. I have every right to be there as a delegate and every right to speak, and I'd like that noted now so nobody tries to tell me on the night that it's out of order.

Mairi Donaldson""",
      tags=("hard-negative", "angry"))

# 44 --------------------------------------------------------------------------------------
c.add("bulk", subject="New member in your CLP",
      sender=("Labour Membership", "no-reply@membership.example-labour.org.uk"),
      fmt="html",
      html_body="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#d50000;color:#fff;padding:14px;font-size:18px"><b>Membership notification</b></td></tr>
<tr><td style="padding:16px">
<p>Dear Secretary,</p>
<p>A new member has joined <b>Kelvin North CLP</b>.</p>
<table cellpadding="4"><tr><td>Membership no.</td><td>L2026-48813</td></tr><tr><td>Branch</td><td>Springvale</td></tr><tr><td>Joined</td><td>via labour.org.uk</td></tr></table>
<p>Full details are available to authorised officers in Membersnet. Please remember to welcome new members within 14 days.</p>
<p style="font-size:11px;color:#888">This is an automated message. Please do not reply to this email.</p>
</td></tr></table></body></html>""",
      body="",
      tags=("confuser", "robot-no-list-headers", "html-only"))

# 45 --------------------------------------------------------------------------------------
c.add("query", subject="access",
      sender=c.person("Graham", "Ure"),
      body="""hi jamie is maryfield church hall ok for a wheelchair? i use a powerchair since the stroke and the last place (the bowling club) had 3 steps and i had to go home. also is there a loop, my hearings not great either. want to come to the AGM. graham

sent from my samsung""",
      tags=("noisy",))

# 46 --------------------------------------------------------------------------------------
c.add("procedural", subject="Minutes of last GC - correction",
      sender=c.person("Tam", "Fairlie"),
      body=f"""Dear {SEC},

Two corrections to the draft minutes of the October GC, please, before they're approved:

Item 4 (Correspondence) - the letter from the Friends of Lochburn Library was noted, not "received and filed". There's a difference, the GC agreed to reply to it.

Item 7 (Motions) - I did not second the LEZ motion. Ishbel seconded it. I spoke against.

Regards,
Tam Fairlie""")

# 47 --------------------------------------------------------------------------------------
c.add("bulk", subject="Re: Protecting our councillors online - ideas?",
      sender=c.person("Nicola", "Devlin"),
      headers=c.list_headers("Kelvin North Members", domain="googlegroups.com", precedence=False),
      body=c.quote_reply(
          """Picking up on Ewan's point - the Unison guidance is actually pretty good and it's not just for staff. Key bits:

- Don't put home addresses anywhere public, including the nomination papers if the returning officer allows it (you can now withhold it in Scotland).
- Turn off location on photos before posting.
- Keep a log of every abusive message with a screenshot and the date, even if you don't report it at the time.
- Agree in advance who handles the social accounts when the councillor is getting a pile-on, so they're not reading it all themselves at midnight.

I think the CLP should have a short written policy. Happy to draft one with Ruaridh if the EC wants.

Nicola""",
          """Does anyone have a decent guide on how councillors should handle abuse online? There was a good piece in the LGA magazine but I can't find it. It's the general stuff I'm after, not anything specific.

Ewan""",
          quoted_from="Ewan Gillespie <ewan.gillespie@kelvincity-council.example.gov.uk>", style="gmail"),
      tags=("hard-negative", "news-about-threats", "quoted"))

# 48 --------------------------------------------------------------------------------------
c.add("urgent", subject="count tonight - Morven's out",
      sender=c.person("Calum", "Rae"),
      body="""Jamie - Morven's just phoned, she's been sick all morning and can't come to the count tonight. She's our only counting agent for the Ruchmount by-election with a pass from the returning officer.

The RO's office says we can name a replacement if they get the form by 5pm TODAY, signed by the election agent (that's you). Form attached. I can do it - I've done counts before. Can you sign it and get it back to them, or tell me who else you'd rather?

Calum
07700 900233""")

# 49 --------------------------------------------------------------------------------------
c.add("other", subject="wrong club?",
      sender=c.person("Bill", "Ferrie"),
      body="""Hello there,

I'm trying to get in touch with the Kelvin North Bowling Club about the winter league fixtures and this is the address that came up when I searched for Kelvin North. I take it you're not them! If you happen to know the club secretary's address I'd be grateful, otherwise sorry to bother you.

Regards
Bill Ferrie""",
      tags=("ordinary",))

# 50 --------------------------------------------------------------------------------------
c.add("other", subject="Thank you",
      sender=c.person("Roisin", "Gallacher"),
      body=f"""Dear {SEC} and everyone at the branch,

Thank you so much for the flowers and the card after Dad's funeral. He'd have been chuffed that so many of you came - he never missed a branch meeting in forty years unless he was in the hospital, and he'd still phone in his apologies from the ward.

Mum has asked me to say that his red flag and his old union banner are going to the branch if you'll have them.

With love
Roisin Gallacher""",
      tags=("ordinary",))

c.write()
