"""train/ua1: talking about safety is not a threat, part 1 (Wyremouth & Cleaveley CLP, Lancashire coast).
All content hand-written.

44 hard negatives that are about safety or use its words (stewards, lighting, lone canvassing,
online abuse, a motion on MPs' security, a safeguarding policy, police and Neighbourhood Watch
bulletins, a news digest about attacks on politicians elsewhere, ward complaints about crime and
anti-social behaviour, an officer's own well-being, refuge and knife-crime casework), then 16
safety messages written in the same settings and the same vocabulary.

Wyremouth & Cleaveley: a fictional coastal seat. Wards: Harbour, Northcliffe, Marsh Lane,
Stanah Green, Fernhill, Cleaveley Central, Promenade. MP: Joanne Ashworth. Secretary: Gail
Pendlebury. Chair: Trevor Kenyon. Cllrs: Dilys Marsden (Harbour), Asif Hanif (Fernhill),
Kieran Bamber (Northcliffe), Rosie Tattersall (Marsh Lane).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ua1", seed=6301)
c.clp = ("Wyremouth & Cleaveley CLP", "Gail Pendlebury", "secretary@wyremouthlabour.org.uk")


def fwd(note, orig_body, orig_from, orig_subject, orig_to, style):
    """c.forward, with the original message's own recipient in its To: line."""
    text = c.forward(note, orig_body, orig_from, orig_subject, style=style)
    return text.replace("To: %s\n" % c.clp[2], "To: %s\n" % orig_to, 1)


P = c.person
SEC = "Gail Pendlebury <secretary@wyremouthlabour.org.uk>"
HN = ("hard-negative", "safety-talk")
MARSDEN = ("Cllr Dilys Marsden", "dilys.marsden@wyrecoast-council.gov.uk")
HANIF = ("Cllr Asif Hanif", "asif.hanif@wyrecoast-council.gov.uk")
BAMBER = ("Cllr Kieran Bamber", "kieran.bamber@wyrecoast-council.gov.uk")

# ============================================================ hard negatives

# 1 stewards at the hustings
c.add("query", subject="Hustings 14th - stewards?", sender=P("Graham", "Whiteside", "btinternet.com"),
      tags=HN + ("safety-query",),
      body="""Hi Gail,

Quick one about the Northcliffe hustings on the 14th at the Methodist hall. Last time we did one of these (2023?) it got a bit lively when the Reform chap turned up with six mates and they all sat in the front row heckling. Nothing happened as such but the minister who runs the hall mentioned it to me afterwards and I think she'd be happier if we had a couple of people on the door in hi-vis.

Can we have stewards? Does the CLP have a list of people who've done it before, or do I just ask round the branch? And do they need any training or is it just common sense and a smile?

Cheers
Graham
(Northcliffe branch chair)""")

# 2 car park lighting at Fernhill Community Centre
c.add("query", subject="car park at Fernhill", sender=("Edna Rawcliffe", "edna.rawcliffe@talktalk.net"),
      tags=HN + ("safety-query", "access"),
      body="""Dear Gail

I wonder if you can tell me whether the car park at the back of Fernhill Community Centre is lit now. When the GC meetings go on till half nine it is pitch black out there in November and I am not as steady on my feet as I was. Last winter I went over on the kerb by the recycling bins and had to be helped up by Mr Hanif, who was very kind.

If it is not lit could I ask that somebody walks out with me, or I may have to send my apologies till the spring.

Yours sincerely
Edna Rawcliffe (Mrs)
Fernhill branch""")

# 3 how do I report online abuse (mild, not threatening)
c.add("query", subject="how do i report abuse online?", sender=("Maisie Crook", "maisiecrook04@icloud.com"),
      tags=HN + ("safety-query",),
      body="""hiya, sorry if this is the wrong email

i posted a pic from saturdays litter pick on my insta with a little "vote labour in may" thing at the end and some lad i went to school with has been commenting all weekend calling me a "champagne socialist" and a "nepo baby" (my dad drives a bin lorry lol) and saying the party is finished. its not threats or anything its just annoying and quite embarrassing cos everyone can see it

is there a way to report this to the party or like a guidance thing for what to do? should i just block him? i dont want to make a massive deal of it

thanks!! maisie x""")

# 4 lone canvassing policy
c.add("query", subject="Canvassing on my own?", sender=P("Declan", "Fairclough"),
      tags=HN + ("safety-query",),
      body="""Hello,

I joined in September and would like to help with the door-knocking. The problem is that the organised sessions are Saturday mornings and Tuesday evenings and I work both. I was thinking I could do my own street and the two either side on a Sunday afternoon with the app.

Is that allowed? Someone at the branch meeting said there's a rule against canvassing alone, someone else said it only applies after dark. What is the actual policy, and if I can't go alone is there anyone in Stanah Green who'd go round with me?

Thanks,
Declan Fairclough""")

# 5 panic alarm for the MP's surgery
c.add("query", subject="Panic alarm at Harbour Ward Labour Club - who pays?",
      sender=("Hannah Brierley", "hannah.brierley@parliament.example.uk"),
      tags=HN + ("safety-query",),
      body="""Dear Gail,

I'm Joanne's new office manager in the constituency (I started at the beginning of the month, so hello!).

As part of the routine review we do of every venue Joanne uses, the police security adviser has recommended that the back room at the Harbour Ward Labour Club, where she holds the first-Saturday surgery, should have a fixed panic alarm linked to a monitoring centre, as most of her other venues already do. It's a standard recommendation and nothing has prompted it.

IPSA would normally fund an alarm in premises the MP rents. My understanding is that the club is owned by the CLP's holding trust, which makes it a bit unusual. Could you tell me:

1. who I should speak to about permission to install it (the trust, the club committee, or you)?
2. whether there is any objection to a small keypad by the back door?

The installer can do it on a weekday morning and it's about two hours' work.

Many thanks,
Hannah Brierley
Office Manager, Office of Joanne Ashworth MP""")

# 6 motion on MPs' and councillors' security (procedural)
c.add("procedural", subject="Motion for November GC - security for elected representatives",
      sender=P("Rosalind", "Ogden"),
      tags=HN + ("news-about-threats", "motion"),
      body="""Gail,

Harbour branch passed the following at our meeting on Thursday (proposed Rosalind Ogden, seconded Phil Bradshaw, carried unanimously). Please place it on the November GC agenda.

---
SECURITY FOR ELECTED REPRESENTATIVES

This GC notes:
- the murders of Jo Cox MP in 2016 and Sir David Amess MP in 2021;
- that surveys of councillors consistently report rising levels of abuse and intimidation, and that many say they have considered standing down because of it;
- that MPs have access to security funding and police advice, while councillors generally have neither;
- that candidates can now withhold their home address from the ballot paper, but many do not know this.

This GC believes:
- that nobody should be deterred from public service by fear for their safety or their family's;
- that robust debate is healthy and must be protected, and that abuse is not debate.

This GC resolves:
1. to write to Wyre Coast Borough Council asking it to offer every councillor a personal safety assessment and to fund basic measures (doorbell cameras, alarms) where advised;
2. to ask the CLP Executive to produce a one-page safety guide for our candidates before nominations open;
3. to send this motion to the Regional Director.
---

Rosalind Ogden
Secretary, Harbour branch""")

# 7 minutes extract: safeguarding policy adopted
c.add("procedural", subject="Draft minutes - EC 2 October", sender=("Trevor Kenyon", "trevor.kenyon@wyremouthlabour.org.uk"),
      fmt="alt", tags=HN + ("minutes",),
      body="""Gail - draft minutes as promised, for you to check before they go out with the GC papers. Sorry they're late, the grandkids were over.

WYREMOUTH & CLEAVELEY CLP - EXECUTIVE COMMITTEE
Thursday 2 October, 7.00pm, Harbour Ward Labour Club

Present: T Kenyon (Chair), G Pendlebury (Secretary), M Duckworth (Treasurer), R Tattersall, A Hanif, S Bibi (Women's Officer), L Holt (Youth Officer)
Apologies: K Bamber, J Ashworth MP

1. Minutes of the previous meeting agreed as a correct record.

2. Matters arising: the replacement key for the Club's side door has been cut. MD to hold the spare.

3. Safeguarding policy
The Women's Officer introduced the draft safeguarding policy circulated on 20 September, based on the party's model. Discussion covered: the DBS requirement for anyone running Young Labour sessions with under-18s; the need for a named Safeguarding Officer (to be elected at the AGM; interim SB); what to do when a member discloses abuse at home; and the incident log, which will be held by the Secretary only.
AGREED: the policy is adopted and will be reported to the GC. SB and LH to circulate a short version to branch secretaries.

4. Hustings for the Northcliffe by-election
GP reported the venue is booked. Stewarding: GW to recruit four volunteers; the Chair will brief them on the night. The venue's fire exits must be kept clear and the hall capacity is 120.

5. Treasurer's report: current account £4,212.16. Deposit for the Christmas social paid.

6. AOB: none.

Meeting closed 8.40pm.""")

# 8 nomination for safeguarding officer
c.add("procedural", subject="Nomination - CLP Safeguarding Officer", sender=P("Shabana", "Bibi"),
      tags=HN + ("nomination",),
      body="""Dear Gail,

Cleaveley Central branch met on Monday and agreed to nominate me (Shabana Bibi, membership no. L1187302) for the position of CLP Safeguarding Officer at the AGM. Proposer: Wendy Cartmell. Seconder: Imran Patel.

For the statement in the AGM pack, if there is space:

"I've been interim safeguarding officer since October. In my day job I'm a designated safeguarding lead at a primary school, so I know the difference between a worry and an emergency, and I know the policy is only worth anything if members know who to ring. If elected I'll run a short session for every branch in the first six months and keep the incident log properly."

Thank you,
Shabana""")

# 9 GC report: code of conduct and online abuse training
c.add("procedural", subject="Women's Officer report for GC", sender=("Shabana Bibi", "shabana.bibi@wyremouthlabour.org.uk"),
      tags=HN + ("report",),
      body="""Report of the Women's Officer to the General Committee, November

1. Women's Forum. 19 women attended the October forum at the Promenade Hotel. The main discussion was on the experience of women councillors and candidates online. Several members described comments that were sexist or demeaning. None of the incidents described involved threats, and all had been dealt with by blocking or reporting at the time, but members felt that they had been left to handle it alone.

2. Code of Conduct. Following that discussion I asked the Regional Office for the party's guidance on the Code of Conduct as it applies to online behaviour by our own members. The key points:
 - members must not use abusive language about other members, including in private groups that are then shared;
 - complaints about members go to the national complaints process, not the CLP;
 - the CLP can and should support any member on the receiving end.

3. Training. The Regional Office will run a 90-minute online session, "Staying safe online as a candidate", for our candidates and agents on Wednesday 26th. It covers privacy settings, what to report and to whom, and looking after yourself.

4. Recommendation. That the GC notes the report and encourages all council candidates to attend.

Shabana Bibi, Women's Officer""")

# 10 police community bulletin (bulk)
c.add("bulk", subject="Wyremouth Neighbourhood Policing - November update",
      sender=("Wyremouth Neighbourhood Alert", "alerts@wyremouth-nalert.example.org.uk"),
      headers=c.newsletter_headers("Mailerlite"), fmt="alt",
      tags=HN + ("police-bulletin",),
      body="""WYREMOUTH & CLEAVELEY NEIGHBOURHOOD POLICING TEAM
Monthly update for residents, businesses and community groups

Hello everyone,

Here's what we've been up to in October and what we're focusing on this month.

SHED AND GARAGE BURGLARIES
We've had nine reports of sheds and garages broken into in Stanah Green and Marsh Lane, mostly overnight, with bikes, power tools and fishing gear taken. Please use a good quality padlock, mark your property, and don't leave ladders out. If you see anyone loitering around back alleys late at night, call 101, or 999 if a crime is in progress.

KNIFE AMNESTY
Knife bins will be at Cleaveley police station front counter from 10th to 16th. No questions asked.

ROGUE TRADERS
A man calling himself "Terry" has been knocking on doors on the Fernhill estate offering to clean gutters and then demanding £400. Do not let anyone in you don't know. Call us.

PROMENADE
Thanks to the residents who came to our street briefing about anti-social behaviour near the shelters on the Promenade. Extra patrols will continue on Friday and Saturday nights.

YOUR PRIORITIES MEETING
Tuesday 18th, 6.30pm, Fernhill Community Centre. Come and tell us what matters to you.

PC 2214 Karen Whalley and PCSO 7730 Liam Ashcroft
Wyremouth NPT

You are receiving this because you signed up to Neighbourhood Alert. Unsubscribe or change your preferences at any time.""")

# 11 party member-safety briefing newsletter (bulk)
c.add("bulk", subject="Staying safe this campaign: what every candidate and organiser needs to know",
      sender=("Labour North West", "northwest@campaigns.example-labour.org.uk"),
      headers=c.newsletter_headers("NationBuilder"), fmt="html",
      tags=HN + ("security-briefing", "html-only"),
      body="""Dear Gail,

With the May elections approaching, we want to make sure every candidate, agent and organiser in the North West knows about the support available to keep them safe.

Plan before you go out. Always canvass in pairs or groups. Tell someone where you are going and when you will be back. Carry a charged phone.

On the doorstep. You are never obliged to stay in a conversation that makes you uncomfortable. Walk away politely. Note the address and tell your session organiser, who should record it on the app so nobody else knocks.

Online. Don't post your routine, your home address or photos that show where you live. Review your privacy settings. Screenshot anything abusive before you report it.

If something happens. If you are in immediate danger, call 999. If you receive a threat, report it to the police and to the party's safety team using the form on Membersnet. If you are unsure, ask your regional office: we would always rather hear about something that turns out to be nothing.

Candidate addresses. Candidates may choose not to have their home address published on the ballot paper. Ask your agent about the home address form.

Look after each other. Abuse wears people down even when it's not dangerous. Check in with your teams.

Join our webinar, "Campaigning Safely", on Tuesday at 7pm. Register on Membersnet.

In solidarity,
The Labour North West team

Promoted by the Labour Party. You're receiving this as an officer of a CLP in the North West.""")

# 12 council road-safety alert (bulk)
c.add("bulk", subject="Road safety alert: dark evenings and the school run",
      sender=("Wyre Coast Borough Council", "noreply@news.wyrecoast-council.gov.uk"),
      headers=c.newsletter_headers("Campaign Monitor"),
      tags=HN + ("benign-violent-word",),
      body="""Wyre Coast Borough Council - Community Safety

ROAD SAFETY ALERT

The clocks have gone back and the evenings are dark. Over the last five years, half of all child pedestrian casualties in the borough happened between 3pm and 7pm in the winter months.

What you can do:
* Wear something bright or reflective when walking or cycling.
* Drivers: slow down near schools. At 20mph a child hit by a car is far more likely to survive than at 30mph.
* Park considerately: parking on the zig-zags outside schools puts children's lives at risk.

NEW 20MPH ZONE
The 20mph zone on Fleetwood Road between the Marsh Lane roundabout and St Anne's Primary comes into force on Monday. Speed enforcement will be carried out by Lancashire Police and the Safety Camera Partnership.

Report a broken streetlight: wyrecoast-council.gov.uk/streetlights

Wyre Coast Borough Council, Civic Centre, Wyremouth
Unsubscribe""")

# 13 news digest with stories about attacks on politicians elsewhere
c.add("bulk", subject="Morning Briefing: MP's office attacked; council tax rows; the Budget leaks",
      sender=("The Westminster Morning", "briefing@westminstermorning.example.com"),
      headers=c.newsletter_headers("Mailchimp"),
      tags=HN + ("news-about-threats",),
      body="""THE WESTMINSTER MORNING
Tuesday's briefing, in five minutes

1. OFFICE ATTACKED
The constituency office of a Conservative MP in the East Midlands was attacked overnight, with its front window smashed and red paint thrown across the door. Police are treating it as criminal damage and say there is no ongoing risk to the public. The Speaker said "no MP, of any party, should have to come to work wondering what they will find". It is the fourth such incident this year.

2. "I WAS TOLD TO WATCH MY BACK"
A Liberal Democrat councillor in Somerset has described receiving a handwritten note through her door after a planning vote. A man has been charged with sending a malicious communication.

3. ABUSE SURVEY
A new survey by a think tank finds that 7 in 10 local councillors have experienced abuse in the last year, with women and ethnic-minority councillors the most affected. Read our explainer on what protection councillors actually get (spoiler: not much).

4. BUDGET
The Treasury is braced for more leaks before the Budget. Backbenchers are restless about the two-child cap.

5. ON THE RECORD
"If the tax rises land the way they're briefed, it's political suicide," one Red Wall MP told us.

That's it. See you tomorrow.

You're getting this because you signed up at westminstermorning.example.com. Unsubscribe.""")

# 14 Neighbourhood Watch list post about burglaries
c.add("bulk", subject="[StanahGreenNW] Two more break-ins on Kingsway - please check your back gates",
      sender=("Brenda Halsall", "brenda.halsall@sky.com"),
      headers=c.list_headers("StanahGreenNW", domain="groups.example-mail.co.uk"),
      tags=HN + ("list", "crime-casework"),
      body="""Evening all,

Sorry to be the bearer of more bad news. Two houses on Kingsway (the even side, near the bus stop) were broken into on Sunday night between about 2 and 4am. Both through the back, both back gates left unbolted. They took a handbag from a kitchen table and car keys, but the car was on the drive with a steering lock so they didn't get it.

Police have been and taken details. Crime numbers if anyone needs them for CCTV: ask me.

PLEASE:
- bolt your back gates
- keys away from the door and out of sight
- if you have a Ring or similar, could you check your footage from Sunday night and let me know?

Also, Cllr Tattersall is coming to our next meeting (Weds 7pm, St Luke's) to talk about the lighting in the back alley, which the council still hasn't fixed.

Brenda
Stanah Green Neighbourhood Watch coordinator

--
StanahGreenNW mailing list. To leave, email stanahgreennw-leave@groups.example-mail.co.uk""")

# 15 fire-alarm test notice (bulk, no list headers)
c.add("bulk", subject="Fire alarm test - Thursday 10am - Beacon House",
      sender=("Beacon House Facilities", "facilities@beaconhouse-wyremouth.example.co.uk"),
      tags=HN + ("benign-violent-word", "confuser", "robot-no-list-headers"),
      body="""To all tenants of Beacon House

The weekly fire alarm test will take place on Thursday at 10:00 as usual. The alarm will sound for approximately 30 seconds. You do NOT need to evacuate.

Please note: a full evacuation drill will take place at a time to be announced later this month. On hearing a continuous alarm, leave by the nearest fire exit, do not use the lift, and assemble in the car park opposite the Ship Inn.

Tenants are reminded that fire doors on the first floor landing must not be propped open. Fire extinguishers are inspected annually; the next inspection is booked for 3 December.

Beacon House Facilities
This is an automated message. Please do not reply.""")

# 16 Facebook notification, comment that is not threatening
c.add("bulk", subject="Lynne Waring commented on Wyremouth & Cleaveley Labour's post",
      sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers("Facebook"),
      tags=HN + ("social", "benign-violent-word"),
      body="""Lynne Waring commented on Wyremouth & Cleaveley Labour's post.

Lynne Waring: Nice to see Joanne at the prom clean-up but can somebody PLEASE get the lights fixed between the pier and the lifeboat station. It's lethal down there after 5, I nearly broke my neck on Tuesday and there's nobody about. Someone's going to get hurt.

Reply · Like

See all comments: https://www.facebook.com/wyremouthlabour/posts/10161

This message was sent to secretary@wyremouthlabour.org.uk. If you don't want to receive these emails from Meta in the future, please unsubscribe.
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""")

# 17 vandalism complaint to the councillor (forwarded)
c.add("complaint", subject="Fwd: Bus shelter Marsh Lane AGAIN", sender=("Cllr Rosie Tattersall", "rosie.tattersall@wyrecoast-council.gov.uk"),
      tags=HN + ("crime-casework", "forwarded"),
      body=fwd(
          """Gail - FYI, this is the third one this month about the shelter. I've logged it with highways and asked the NPT for patrols. Might be worth a line in the branch newsletter so people know it's being chased.

R""",
          """Councillor Tattersall

The bus shelter outside the Spar on Marsh Lane has been smashed AGAIN. Every panel this time. There is glass all over the pavement, the kids from St Anne's walk through it every morning and the old folk have nowhere to sit waiting for the 14. It was done Friday night and nobody has been to clear it.

We all know who's doing it, it's the same gang of lads on bikes that hang around the Spar till midnight. The police do nothing. You said at election time you'd "sort the Marsh Lane problem". Well it's not sorted.

I want to know when the glass is getting cleared and what is actually being done about the vandals. I'm sick of it.

Colin Heywood
42 Marsh Lane""",
          "Colin Heywood <colin.heywood1957@btinternet.com>", "Bus shelter Marsh Lane AGAIN", "rosie.tattersall@wyrecoast-council.gov.uk", style="gmail"))

# 18 drug dealing complaint to councillor, cc secretary
c.add("complaint", subject="Drug dealing behind the arcades - what are you doing about it",
      sender=P("Natalie", "Swarbrick"), cc=["%s <%s>" % HANIF],
      tags=HN + ("crime-casework",),
      body="""Mr Hanif and whoever else reads this,

I am copying the Labour party in because you never answer your council email.

Every night from about 8 o'clock there are cars pulling into the car park behind the amusement arcades on the Promenade, engine running, a lad leans in, two minutes, gone. It is obvious what it is. My daughter is 14 and she has to walk past there from her dance class. Last week there was a needle on the steps down to the beach. I have rung 101 three times and was on hold for forty minutes the last time.

I'm not stupid, I know the councillor can't arrest anybody. But you can get the CCTV camera on the corner fixed (it's been pointing at the sky since the summer), you can get the council to put the barrier back on the car park at night, and you can put pressure on the police. That is what we elected you for.

I want a reply this time please. Not a leaflet.

Natalie Swarbrick
Promenade ward""")

# 19 dangerous dog
c.add("complaint", also=["query"], subject="dog on Ribble Close", sender=("Tom Cardwell", "tcardwell@hotmail.co.uk"),
      tags=HN + ("crime-casework",),
      body="""hi is this the right place to contact Cllr Bamber? his council email bounced.

theres a big dog at number 9 Ribble Close, some kind of bulldog cross, it gets out through the broken fence most days and goes for anything. it killed Mrs Entwistle's cat on Tuesday in front of her grandson, and it went for my lad's bike on Saturday, he was lucky he was quick. the owner just laughs and says its harmless.

weve reported it to the dog warden and the housing association and nobody has done nothing. what does it take, a kid getting bitten?? can the councillor do something or tell me who actually deals with dangerous dogs

Tom""")

# 20 speeding on the coast road
c.add("complaint", subject="Speeding on Coast Road - formal request for traffic calming",
      sender=P("Geoffrey", "Lonsdale", "btinternet.com"),
      tags=HN + ("crime-casework", "benign-violent-word"),
      body="""Dear Secretary,

I write on behalf of the residents of Coast Road between Northcliffe and the golf club, having failed to get any answer from either the county council highways department or the ward councillor.

Since the resurfacing in the spring the road has become a racetrack. On summer evenings there are cars and motorbikes doing well over 60 in a 30 zone, and there have been two crashes this year, one of which put a lamp-post through the front wall of number 118. It is frankly a miracle that nobody has been killed. Elderly residents are afraid to cross to the bus stop.

We are asking for:
(1) a speed survey,
(2) average-speed cameras or at least a mobile camera van on a regular basis,
(3) a pedestrian refuge at the bus stop.

A petition with 214 signatures is enclosed as a scan. I would be grateful if the Labour group would take this up, as I understand you will be asking us for our votes in May.

Yours faithfully,
Geoffrey Lonsdale
Chair, Coast Road Residents' Association""")

# 21 member reporting a past incident, asking for training
c.add("query", subject="After what happened in the summer - training?", sender=P("Priya", "Chauhan"),
      tags=HN + ("past-incident", "safety-query"),
      body="""Hi Gail,

I don't know if Trevor passed this on, so just to recap: in July I was out canvassing on Newton Drive with Aidan and a man came out and shouted at us for about five minutes about immigration, stood very close to me, and wouldn't let me get past to the gate. Aidan got between us and we left. Trevor reported it to the region, the address was marked do-not-knock, and the police had a word with the man. That was the end of it and I'm honestly fine.

But it made me realise I didn't really know what to do. I froze. I've been asked to lead a team on Saturdays from January and I'd like to feel more confident.

Is there any de-escalation or doorstep safety training I could do? The party mentioned something on Membersnet but I couldn't find a date. If there isn't one, would the CLP consider putting one on? I think a few of the newer members would come.

Thanks,
Priya""")

# 22 officer writing about their own well-being
c.add("other", subject="Stepping back for a few weeks", sender=("Liam Holt", "liam.holt.youth@gmail.com"),
      tags=HN + ("well-being",),
      body="""Gail,

I wanted to tell you before the EC so it doesn't come out as a surprise. I'm going to step back from the youth officer role for about a month.

It's nothing dramatic. Work's been brutal, my mum's been in and out of Victoria Hospital, and I've just been running on empty. I had a bit of a panic attack on the bus last week which frightened me more than anything, so I've been to the GP and they've been really good. I'm safe, I'm looking after myself and I've got people around me. I just need to drop some plates for a while.

Ellie from Cleaveley said she'd cover the Young Labour social on the 20th. The WhatsApp group admin I've passed to her too.

Sorry to drop this on you. Back in the new year, hopefully raring to go.

Liam""")

# 23 refuge funding, asking for a speaker slot
c.add("query", subject="Speaker request - domestic abuse refuge funding", sender=("Carol Entwistle", "carol.entwistle@safeharbourwomen.example.org.uk"),
      tags=HN + ("crime-casework",),
      body="""Dear Ms Pendlebury,

I'm the manager of Safe Harbour, the women's refuge that has served Wyremouth and the Fylde coast for 31 years (I can't give our address, for obvious reasons). 

From April, the county council's proposed cuts to the domestic abuse support budget would reduce our funding by 40%. In practical terms that means closing four of our nine family rooms. Last year we turned away 117 women and their children because we were full. Every one of those is a woman who had found the courage to leave a violent home and had nowhere to go.

I know your CLP has a General Committee with councillors on it and that the Labour group is in opposition on the county council. I'd welcome ten minutes at a GC meeting to explain what the cut means, and to ask the Labour group to table an amendment at the budget meeting.

Could you let me know whether that's possible and what dates you have?

With thanks,
Carol Entwistle
Manager, Safe Harbour Women's Refuge
Registered charity. This email and any attachments are confidential.""")

# 24 knife crime funding - complaint
c.add("complaint", subject="The youth club and the knife crime money", sender=P("Kayleigh", "Ashton"),
      tags=HN + ("crime-casework",),
      body="""I'm writing as a mum and as someone who voted Labour for the first time last year because Joanne promised us the youth service would be a priority.

In August a lad from my son's year got stabbed outside the chippy on Lord Street. He survived, thank God, but he'll never be the same and neither will the kids who saw it. Everyone was saying the same thing afterwards: these lads have nothing to do and nowhere to go since the Marsh Lane youth club shut.

Now I read in the Gazette that the government's knife crime money for Lancashire is going to "police-led interventions" and not one penny to youth work on this coast. And the council (Tory, I know) is selling the youth club building.

I want to know what Joanne has actually done. Has she asked for a share of that money for Wyremouth? Has she spoken to the council about the building? Because from where I'm sitting, the kids are still on the streets and we're waiting for the next one.

Kayleigh Ashton""")

# 25 urgent: stewards with first aid or hustings cancelled
c.add("urgent", subject="Tomorrow's hustings - hall needs names of two first-aiders by 9am or it's off",
      sender=("Graham Whiteside", "graham.whiteside@btinternet.com"),
      tags=HN + ("safety-procedure",),
      body="""Gail,

Just had a call from Rev. Sutcliffe. The Methodist circuit's insurers have changed their conditions and for any public meeting over 50 people they now need two named stewards with a current first aid certificate, and the names by 9am tomorrow. If she hasn't got them, she says she can't let us use the hall tomorrow night.

I've got four stewards but only one of them (Sandra) has a first aid ticket. Does anyone on the EC have one? I think Maureen was a nurse?

Sorry for the late notice, only just found out. Can you ring me tonight? 07700 914 552.

Graham""")

# 26 urgent: fire alarm system failed, GC needs relocating tonight
c.add("urgent", subject="GC TONIGHT - venue change - Fernhill fire panel failed",
      sender=("Asif Hanif", "asif.hanif@wyrecoast-council.gov.uk"),
      tags=HN + ("benign-violent-word",),
      body="""Gail

Fernhill Community Centre just rang me: the fire alarm panel failed at lunchtime and the engineer can't come till tomorrow. Fire officer's advice is the building can't be used for any evening event without a working alarm, so tonight's GC can't be there.

The Harbour club can have us in the back room from 7. I've told the steward there. Can you email the delegates as soon as poss? I'll put a sign on the Fernhill door and stand outside from 6.45 to send people round.

Asif""")

# 27 treasurer query about personal attack alarms - "cost a bomb"
c.add("query", subject="Re: attack alarms for canvassers", sender=("Mick Duckworth", "mick.duckworth@outlook.com"),
      tags=HN + ("benign-violent-word", "quoted"),
      body=c.quote_reply(
          """Happy in principle, Gail, but the ones Priya linked to cost a bomb (£24 each!). The ones on the market are £4.99 and as far as I can see they do exactly the same thing, i.e. make a horrible noise.

How many do we actually need? If it's one per team leader that's about 12. Shoot me a text with a number and I'll get them ordered before the EC. I'll need the receipt for the books so don't let anyone buy them themselves.

Mick""",
          """Mick,

Priya has suggested that every canvassing team leader carries a personal attack alarm, following the party's safety guidance. Is there budget for this? I think it's a sensible idea and not expensive.

Gail""", quoted_from=SEC, style="gmail"))

# 28 thanks to stewards, "casualty was the tea urn"
c.add("other", subject="Thank you from Northcliffe!", sender=("Graham Whiteside", "graham.whiteside@btinternet.com"),
      fmt="alt", tags=HN + ("benign-violent-word",),
      body="""Gail, and through you the stewards,

Huge thanks for last night. 96 people through the door, six candidates, some sharp questions about the sea wall and the hospital, and not a cross word. The Reform lads sat at the back and behaved themselves. Rev. Sutcliffe was delighted and says we can have the hall again whenever.

The only casualty of the evening was the tea urn, which has given up the ghost after forty years. I've offered the church a tenner towards a new one from the branch.

Sandra and Maureen were brilliant on the door. Please pass on my thanks.

Graham""")

# 29 apologies: attending Police and Crime Panel
c.add("procedural", subject="apologies", sender=BAMBER,
      tags=HN + ("apologies",),
      body="""Gail - apologies for Thursday's GC please, I'm at the Police, Fire and Crime Panel in Preston that evening (we're scrutinising the Commissioner's precept, thrilling stuff). Will send a short written report on the knife crime figures for Northcliffe if that's useful.

Kieran""")

# 30 html-only: councillor asks how to withhold home address on nomination paper
c.add("query", subject="Home address on nomination papers", sender=MARSDEN,
      fmt="html", tags=HN + ("safety-query", "html-only"),
      body="""Hi Gail,

I'm standing again in Harbour in May and Tony (agent) has given me the nomination pack. Last time my full home address was printed on the ballot paper and on the statement of persons nominated, which went up on every lamp post and on the council website.

After everything in the news about councillors I'd rather not do that again, especially with the grandchildren staying with us half the week. I understand there's now a form to withhold it and just put "address in Wyre Coast" instead? 

Could you or Tony let me know which form that is and whether it has to go in with the nomination papers or separately? I don't want to leave it too late.

Thanks love,
Dilys""")

# 31 data-protection: take my address off the branch list (no legal words)
c.add("data-protection", subject="My address on the branch contact sheet", sender=P("Robert", "Mawdsley"),
      tags=HN + ("confuser", "dp-no-legal-words"),
      body="""Gail,

I notice the Promenade branch "contact sheet" that went round on the WhatsApp group yesterday has everyone's home address and mobile number on it, mine included.

I sit as a magistrate at Blackpool. As a matter of routine I keep my home address off anything that circulates, and there are 80 people in that group, some of whom I've never met. Nothing has happened, I hasten to add, and I'm not worried about anybody in the branch. It's just sensible.

Could you please remove my address from the sheet and ask whoever made it not to include it in future? Email is fine for contact.

Regards,
Robert Mawdsley""")

# 32 Eventbrite confirmation for personal safety workshop
c.add("bulk", subject="Your tickets for Personal Safety for Campaigners (online)",
      sender=("Eventbrite", "noreply@order.eventbrite.com"),
      headers=c.newsletter_headers("Eventbrite"), fmt="html",
      tags=HN + ("html-only",),
      body="""You're going to Personal Safety for Campaigners (online)!

Order #8812033197 - 1 x General Admission (free)

Wed 26 Nov, 19:00 - 20:30 GMT
Online event. The link will be emailed to you one hour before the event.

Hosted by: Labour North West Training

About this event: A practical session for candidates, agents and canvass organisers: planning safe sessions, handling aggression on the doorstep, lone working, and what to do about online abuse. With a guest speaker from the police's Operation Bridger team.

View your tickets | Contact the organiser

Eventbrite, Inc. You're receiving this email because you registered for an event.""")

# 33 out-of-office: on a personal safety course
c.add("bulk", subject="Automatic reply: Surgery venue review", sender=("Hannah Brierley", "hannah.brierley@parliament.example.uk"),
      headers=c.autoreply_headers("exchange"),
      tags=HN + ("autoreply",),
      body="""Thank you for your email. I'm away on a lone working and personal safety course with the rest of the constituency team until Thursday 20th and will have limited access to email.

For urgent constituency casework please call the office on 01253 000 417. If you need to speak to someone about the security of a surgery venue, please contact Tom Iddon on tom.iddon@parliament.example.uk.

Hannah Brierley
Office Manager, Office of Joanne Ashworth MP""")

# 34 conference motion on violence against women and girls
c.add("procedural", subject="Women's Forum - proposed contemporary motion for conference",
      sender=("Wendy Cartmell", "wendy.cartmell@gmail.com"),
      tags=HN + ("motion", "benign-violent-word"),
      body="""Gail,

The Women's Forum would like the GC to consider the following as our contemporary motion to Annual Conference. I know the window for submission is short so I'm sending it now. 248 words.

VIOLENCE AGAINST WOMEN AND GIRLS: FUND THE FRONT LINE

Conference welcomes the Government's commitment to halve violence against women and girls within a decade.

Conference notes that specialist refuges and domestic abuse services in coastal and rural areas face rising demand and falling local authority funding, and that women fleeing violence in these areas may have to travel 50 miles or more to find a refuge space.

Conference believes that no target can be met if the services that keep women safe are closing.

Conference calls on the Government to:
1. provide multi-year ring-fenced funding for refuges and community-based domestic abuse services;
2. ensure a fair share for coastal communities;
3. fund specialist services for Black and minoritised women, disabled women and LGBT+ survivors.

Proposed by the Wyremouth & Cleaveley Women's Forum, 6 November.

Wendy (Chair, Women's Forum)""")

# 35 misdirected: RNLI water safety volunteer rota
c.add("other", subject="water safety rota - Saturday", sender=("Jack Threlfall", "jackthrelfall@yahoo.co.uk"),
      tags=HN + ("misdirected", "benign-violent-word"),
      body="""Hi Sue

Can you put me down for the water safety stand on Saturday at the lifeboat station 10 till 2, I can't do the afternoon as I'm at the match. Also the throw-line we use for the demo is frayed, someone's going to have their eye out with it, can we get a new one from the shop

Cheers
Jack

(sorry if this is the wrong address, I got it off the noticeboard at the station)""")

# 36 angry complaint with violent metaphor about police station closure
c.add("complaint", subject="Closing Harbour Street police station - the death of this town",
      sender=P("Barry", "Sumner"),
      tags=HN + ("angry", "metaphor"),
      body="""Whoever is in charge,

So the police station on Harbour Street is closing and the "service" is moving to Cleaveley, four miles away, with a front counter open three mornings a week. And not one word of protest from the Labour party. Not a peep.

This is the death of this town, I'm telling you. The high street's already dying on its feet, half the shops are vapes and charity shops, and now every scrote on the coast knows there's no copper within ten minutes. When somebody gets killed on the Promenade on a Saturday night, and it's when not if, there will be blood on the hands of every politician who nodded this through. That includes your lot on the council, who could have made a fuss and didn't.

I've voted Labour all my life. I'll be at your public meeting on the 20th to have my say and I'm bringing half the street.

Barry Sumner""")

# 37 DBS check for Young Labour sessions
c.add("query", subject="DBS for under-18s sessions", sender=("Ellie Parkinson", "ellie.parkinson@live.co.uk"),
      tags=HN + ("safety-query",),
      body="""Hi Gail, 

Liam's asked me to cover the Young Labour social on the 20th. Two of the people coming are 16 and one might be 15. I've got an enhanced DBS through my job (I'm a teaching assistant) but it's with the school. Does that count for the party or do I need a separate one? And is there anything else in the safeguarding policy I need to do, like having two adults in the room at all times?

Thanks!
Ellie""")

# 38 non-native (Polish) query about police priorities meeting
c.add("query", subject="police meeting - can I come?", sender=P("Agnieszka", "Wróblewska", "wp.pl"),
      tags=HN + ("non-native", "safety-query"),
      body="""Good evening,

I see on Facebook there is police meeting in Fernhill Community Centre on Tuesday about "priorities". Is this meeting for everyone or only for Labour members? I am not member, I am only living in Fernhill 6 years.

I want to say about the cars on my street (Pendle Avenue), they are driving very fast in the night and making noise, also one car is parked on the pavement always and my son with wheelchair cannot pass. My English is not so good for speaking in big meeting, can I bring my friend for translate?

Thank you very much,
Agnieszka Wróblewska""")

# 39 complaint: health and safety gone mad (risk assessment)
c.add("complaint", subject="Risk assessment for a leaflet round?!", sender=("Norman Cowburn", "norman.cowburn@aol.com"),
      tags=HN + ("angry", "benign-violent-word"),
      body="""Gail,

I have delivered leaflets for this party since 1974. I delivered them in the three-day week, I delivered them in the snow in '79, I delivered them the day after my hip operation (against advice). Now I get an email from the new organiser telling me I must read a six-page "Lone Working Risk Assessment" and sign a form before I can do my usual round on Cumberland Avenue.

Health and safety gone mad. The most dangerous thing on Cumberland Avenue is the letterbox at number 30 that takes your fingers off.

I am not signing anything. If the party wants my leaflets delivered it can send me the leaflets. If not, I'll go to the bowls club instead.

Norman Cowburn""")

# 40 EC agenda with count security item
c.add("procedural", subject="EC agenda - Thursday 13th", sender=("Gail Pendlebury", "gail.pendlebury@outlook.com"),
      to=["secretary@wyremouthlabour.org.uk"],
      tags=HN + ("agenda",),
      body="""(Sending to the CLP address so it's in the archive.)

WYREMOUTH & CLEAVELEY CLP
Executive Committee, Thursday 13th, 7pm, Harbour Ward Labour Club

1. Apologies
2. Minutes of 2 October and matters arising
3. Northcliffe by-election: report from the agent
   (a) polling day rota
   (b) security at the count - the agent to report on the returning officer's arrangements and the number of counting agents permitted
   (c) post-count: press
4. Safeguarding: confirmation of the interim officer; incident log procedure
5. Personal attack alarms for canvass team leaders (Treasurer)
6. Motion from Harbour branch: security for elected representatives (for GC)
7. Christmas social
8. AOB

Papers to follow.""")

# 41 members' list post sharing an article on online abuse of women MPs
c.add("bulk", subject="[WC-Members] Article on abuse of women MPs - worth a read",
      sender=P("Janet", "Hesketh"),
      headers=c.list_headers("WC-Members", domain="lists.wyremouthlabour.org.uk"),
      tags=HN + ("list", "news-about-threats"),
      body="""Hi all,

Sharing this long piece from the weekend papers about the abuse women MPs get online, with interviews with six of them from different parties. It's grim reading. One of them describes getting hundreds of messages a day during a vote and having her office screen everything before she sees it. Another talks about her kids being mentioned.

What struck me was how normal it's become, and how many of them said they wouldn't have stood if they'd known.

I think we should talk about this at the Women's Forum and about how we support our own candidates. Joanne's always said she's been lucky, but Dilys told me she's had some nasty stuff on Facebook about the caravan park decision.

Link: https://www.example-news.co.uk/politics/women-mps-abuse-long-read

Janet (Cleaveley Central)

--
You received this message because you are subscribed to WC-Members. To unsubscribe, email wc-members-leave@lists.wyremouthlabour.org.uk""")

# 42 PCSO introduces herself, offers to talk at a branch meeting
c.add("other", also=["query"], subject="Introduction - PCSO for Harbour and Promenade",
      sender=("PCSO Bethany Greenhalgh", "bethany.greenhalgh@police.example.uk"),
      tags=HN + ("police",),
      body="""Good afternoon,

My name is Bethany Greenhalgh and I am the new Police Community Support Officer for the Harbour and Promenade wards, taking over from PCSO Ashcroft who has moved to Cleaveley.

I'm contacting local community groups, residents' associations and political parties to introduce myself. I'm happy to attend a branch or ward meeting for 15 minutes to talk about crime prevention (bike and shed security, doorstep scams, and the new Promenade Watch scheme) and to hear residents' concerns about anti-social behaviour.

Please let me know if any dates would suit.

Kind regards,
PCSO 7811 Bethany Greenhalgh
Wyremouth Neighbourhood Policing Team

This email and any attachments are intended only for the named recipient. If you have received it in error please notify the sender and delete it. Views expressed may not be those of the Constabulary.""")

# 43 what to do if a voter is aggressive - new canvasser
c.add("query", subject="first time canvassing sat - bit nervous", sender=("Callum Rigby", "callumrigby99@gmail.com"),
      tags=HN + ("safety-query",),
      body="""hi Gail

signed up for the Saturday session in Cleaveley, first time ever. bit nervous tbh. what do i do if someone kicks off at me on the doorstep? like do i just walk away? do i have to say anything? and what if theres a dog

sorry if thats a daft question

Callum""")

# 44 fireworks and egging complaint to councillor
c.add("complaint", subject="Fireworks being fired at houses - Stanah Green", sender=P("Pauline", "Threlfall"),
      cc=["Cllr Rosie Tattersall <rosie.tattersall@wyrecoast-council.gov.uk>"],
      tags=HN + ("crime-casework", "benign-violent-word"),
      body="""Dear Councillor Tattersall (and the Labour Party, as I couldn't find anyone else to write to),

For the past week a group of teenagers has been firing rockets at the houses on Derwent Road and throwing eggs at windows. On Saturday a rocket went through my neighbour's open porch and set a doormat on fire. She is 84 and lives alone. It could have burned the house down with her in it.

The police came out on Saturday, an hour and a half later, by which time of course they had all gone.

What I would like to know:
1. Can the council ban the sale of fireworks to under-18s more effectively? (The shop on the corner sells them to anyone.)
2. Can we have a camera on the green?
3. Can someone from the council come and see my neighbour? She hasn't slept properly since.

Yours,
Pauline Threlfall""")

# ============================================================ safety

# S1 steward reports a man who said he'd "be waiting" for the MP after the hustings
c.add("safety", subject="Something from last night I should have told you straight away",
      sender=("Sandra Cookson", "sandra.cookson@btinternet.com"),
      tags=("third-party-report", "veiled", "embedded"),
      body="""Gail,

First off, well done on last night, it went really well and the hall was packed. Graham's already told you about the tea urn!

I wasn't sure whether to say anything but Maureen said I must. About twenty minutes before the end, a man in a grey parka came out of the hall to the lobby where I was on the door. Fifties, shaved head, tattoo on his neck, I'd say. He'd been sitting at the side. He asked me which door Joanne would leave by. I said I didn't know. He said "doesn't matter, there's only two, I'll be waiting for her," and then "she wants to be careful, walking about on her own after what she did to the fishing lads." He went out and I saw him standing across the road by the bus shelter for a good half hour. Joanne left by the back with Hannah and Graham in the car so I don't think she saw him.

He didn't shout or anything, which is what bothered me. He was very calm.

I didn't get his name. I think Rev. Sutcliffe might have CCTV on the church porch.

Sandra""")

# S2 threat hidden in a Facebook comment notification
c.add("safety", subject="Dean Parr commented on a post you're following",
      sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers("Facebook"), fmt="html",
      tags=("social", "veiled", "html-only"),
      body="""Dean Parr commented on a post you're following in Wyremouth Community Noticeboard.

Dean Parr: Saw Ashworth's "surgery" is at the library on Saturday 10 till 12. Might pop down with a few of the lads from the boats. She won't be leaving the same way she came in, put it that way. Quotas my arse

Reply · Like

View post: https://www.facebook.com/groups/wyremouthnoticeboard/posts/778120

This message was sent to secretary@wyremouthlabour.org.uk. If you don't want to receive these emails from Meta in the future, please unsubscribe.
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""")

# S3 chair forwards police bulletin with a note that his car was damaged and a message left
c.add("safety", subject="Fwd: Wyremouth Neighbourhood Policing - November update",
      sender=("Trevor Kenyon", "trevor.kenyon@wyremouthlabour.org.uk"),
      tags=("forwarded", "third-party-report", "implicit", "veiled"),
      body=fwd(
          """Gail,

Forwarding this just for the bit about the car crime, because I don't think what happened to mine is kids.

Sunday morning I came out and both front tyres on the Astra had been slashed and somebody had scratched a big rosette into the bonnet. There was a note under the wiper in block capitals: "LABOUR CHAIR. WE KNOW THE HOUSE. NEXT TIME IT WONT BE THE CAR." I've kept it in a sandwich bag.

I've rung 101 and I've got a crime number. Jean's very shaken. I'm going to ring the regional office tomorrow but I think you and Joanne's office need to know now, and I don't want the EC meeting at my house on Thursday as planned.

Trevor""",
          """WYREMOUTH & CLEAVELEY NEIGHBOURHOOD POLICING TEAM - monthly update

VEHICLE CRIME
We have seen an increase in thefts from vehicles in Northcliffe and Cleaveley Central. Please don't leave anything on display and make sure your car is locked.

SHED AND GARAGE BURGLARIES
Nine reports in Stanah Green and Marsh Lane. Please use a good quality padlock.

YOUR PRIORITIES MEETING: Tuesday 18th, 6.30pm, Fernhill Community Centre.

PC 2214 Karen Whalley, Wyremouth NPT""",
          "Wyremouth Neighbourhood Alert <alerts@wyremouth-nalert.example.org.uk>",
          "Wyremouth Neighbourhood Policing - November update", "trevor.kenyon@wyremouthlabour.org.uk", style="gmail"))

# S4 ASB complaint that ends with menace towards the councillor
c.add("safety", subject="The dealers on Lord Street and YOU", sender=("Warren Catterall", "w.catterall82@hotmail.co.uk"),
      cc=["%s <%s>" % HANIF],
      tags=("embedded", "implicit", "veiled", "threat-at-end"),
      body="""Hanif,

Three times I've emailed you about the flat above the bookies on Lord Street. Three times. Cars all night, lads coming and going, a fight on the stairs last Friday with a baseball bat. My kids can hear it through the wall. I've got a crime number for every one of them and the police tell me it's "intelligence-led" and they're "building a picture". Building a picture for two years.

You stood on my doorstep in 2023 and told me you'd get it shut down. You got my vote. What have you done? Nothing. Not a letter, not a phone call.

So here's how it is now. You live on Carr Lane, the white semi with the blue Kia. I've walked past it. Nice and quiet up there isn't it, no dealers on your stairs. Maybe you'll take it seriously when something comes through YOUR window at 3am. Something will, if nothing changes by Christmas.

W. Catterall""")

# S5 Neighbourhood Watch list post - wish-harm and routine of the councillor
c.add("safety", subject="Re: [StanahGreenNW] Two more break-ins on Kingsway - please check your back gates",
      sender=("Kev Battersby", "kevbattersby@gmail.com"),
      headers=c.list_headers("StanahGreenNW", domain="groups.example-mail.co.uk"),
      tags=("list", "wish-harm", "stalking", "quoted"),
      body=c.quote_reply(
          """Tattersall coming to talk about the lights. Big deal. She lives on Hollins Drive, she doesn't have to walk down that alley. Gets home about 11 most nights after her meetings, parks on the road, no lights on in the house. Dead easy target if you ask me.

Not saying anyone should go and do her house over. But if somebody did I wouldn't be losing any sleep, and maybe then she'd know what it's like for the rest of us. Just saying. I know a few who'd be happy to show her.

Kev""",
          """Sorry to be the bearer of more bad news. Two houses on Kingsway were broken into on Sunday night. Also, Cllr Tattersall is coming to our next meeting (Weds 7pm, St Luke's) to talk about the lighting in the back alley.

Brenda""",
          quoted_from="Brenda Halsall <brenda.halsall@sky.com>", style="bottom"))

# S6 web form "safety question" that is a threat
c.add("safety", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to="fylde.patriot.88@protonmail.com",
      tags=("webform", "veiled", "conditional"),
      body=c.webform({
          "Name": "Concerned",
          "Email": "fylde.patriot.88@protonmail.com",
          "Ward": "Northcliffe",
          "Your question": """Question about safety at the by-election count. Will your candidate have police with her at the leisure centre on Thursday night? Because she'll need them. If the asylum hotel in Northcliffe stays open she won't be counting votes, she'll be counting days. Lots of us know what her car looks like.""",
      }))

# S7 member followed home after GC
c.add("safety", subject="Followed home after GC - is it just me?", sender=P("Hayley", "Singleton"),
      tags=("following", "third-party-report", "stalking"),
      body="""Gail,

I hope this is nothing but I'd rather say.

After the GC on Thursday I walked back along Fernhill Road to my flat (it's ten minutes). A dark car, I think a black Corsa, came out of the community centre car park behind me and drove very slowly along the road at walking pace, about twenty yards back. When I stopped at the corner shop, it pulled in across the road and waited. When I came out it followed me again to Marton Street, then when I got to my door it stopped, the window came down, and a man said "night, Hayley" and drove off. I've never told anyone at the GC where I live.

I didn't get the number plate, I was too frightened to look properly.

The only person I can think of is the man who was thrown out of the October meeting for shouting. He was in the car park when I left.

I'm going to report it to the police tomorrow. Can I have a lift home after meetings for a while, and can you check whether anyone has been asking for members' addresses?

Hayley""")

# S8 suspicious package at the MP's constituency office
c.add("safety", subject="Suspicious package at the office this morning - office closed",
      sender=("Hannah Brierley", "hannah.brierley@parliament.example.uk"),
      tags=("suspicious-item", "third-party-report"),
      body="""Gail,

Just so the CLP knows before it's on Facebook: a parcel was left on the step of the constituency office on Beach Road this morning before we opened. No stamp, no courier label, heavy for its size, wrapped in brown tape, with "TO ASHWORTH - FROM THE PEOPLE OF WYREMOUTH" written on it in marker, and something inside that shifted when Tom nudged it with his foot (which he shouldn't have done).

We didn't touch it again. We followed the procedure, cleared the building and the two flats above, and called 999. The police put a cordon up and the bomb disposal team have been. It's been taken away for examination; we don't know what's in it yet.

Joanne is in London and is safe. The office will stay closed today and tomorrow. Please don't let anybody from the CLP go down there, and if anyone is asked by the Gazette please refer them to me.

Hannah""")

# S9 canvasser reports a doorstep threat
c.add("safety", subject="Address on Bispham Way - put it on do not knock AND I think the police need to know",
      sender=("Aidan Rimmer", "aidan.rimmer@gmail.com"),
      tags=("third-party-report", "explicit", "conditional"),
      body="""Gail,

Canvassing Bispham Way this afternoon with Priya and Ken. At number 27 a man opened the door, saw the rosettes and said: "if any of you lot come back to this street I'll set the dogs on you, and then I'll put you in the ground myself, and that goes for your MP." Then he picked up a claw hammer off the hall table and held it while he told us to get off his property.

We left. Nobody got hurt. Ken is 78 and is very shaken.

I've marked it in the app. But he said "this street", not this house, and the rest of Bispham Way is on Saturday's list. I think we need to pull it and report it. Can you call me?

Aidan""")

# S10 quoted reply to a polite response about a dangerous dog
c.add("safety", subject="Re: dog on Ribble Close", sender=("Tom Cardwell", "tcardwell@hotmail.co.uk"),
      tags=("quoted", "implicit", "conditional", "angry"),
      body=c.quote_reply(
          """passed it on?? thats what you said last time

your councillor bamber has got two little girls at St Mary's hasnt he, i see him dropping them off. lets see how he likes it when a dog gets out near THEM at home time. he wont be passing THAT on. maybe ill make sure it does""",
          """Dear Tom,

Thank you for your email. I've passed your concerns about the dog at number 9 on to Cllr Bamber, whose council email address is kieran.bamber@wyrecoast-council.gov.uk. He will be in touch.

Best wishes,
Gail""", quoted_from=SEC, style="gmail"))

# S11 caps, noisy, conditional about a speed camera
c.add("safety", subject="COAST ROAD CAMERA", sender=("J Gornall", "jg.gornall@yahoo.co.uk"),
      tags=("noisy", "conditional", "explicit"),
      body="""SO YOU LOT WANT A SPEED CAMERA ON COAST ROAD. 30 YEARS I DRIVE THAT ROAD NEVER HAD A TICKET.
THAT RESIDENTS ASSOCIATION OLD FOOL LONSDALE AND YOUR COUNCILLORS ARE ALL IN IT TOGETHER.

IF THAT CAMERA GOES UP ILL P U T  THE FIRST ONE OF YOU I SEE THROUGH A WINDSCREEN. I KNOW LONSDALE WALKS HIS DOG PAST THE GOLF CLUB EVERY NIGHT. TELL HIM TO WATCH THE ROAD""")

# S12 non-native, car towed, threatens the councillor
c.add("safety", subject="my car and the councilor", sender=P("Florin", "Dumitrescu", "yahoo.com"),
      tags=("non-native", "explicit", "conditional"),
      body="""Hello

The council is take my car from Promenade on Friday, they say is parking on disabled place but I am delivering food only 5 minutes. Now I must pay 250 pound and I lose my job because no car. I write to councilor Marsden 3 times she say is not her decision. She is liar, all is her decision.

I know she is living near the harbour, I see her in the shop. You tell to her, if she not give me back my money this week I will come to her house and she will pay different way. I am not afraid of police. I have nothing now.

Florin""")

# S13 officer well-being message that is actually a harassment report
c.add("safety", subject="Not coping - the messages haven't stopped", sender=("Shabana Bibi", "shabana.bibi@wyremouthlabour.org.uk"),
      tags=("harassment", "third-party-report", "stalking"),
      body="""Gail,

I'm sorry, I know I said at the EC that I was fine. I'm not.

Since I was nominated for safeguarding officer, the man who was suspended last year (I won't put his name in an email but you know who) has sent me 43 messages. Email, Facebook, and now texts to my personal phone, which I never gave him. At first it was the suspension being "my fault". Now it's things like "I saw you on Church Road with your little boy" and "you should lock your car at the school, anybody could get in", and on Sunday "see you at the AGM, I'll be there even if they say I can't".

I've been to the police. They've given me a reference and said they'll "speak to him". I've stopped taking my son to school myself.

I don't think I can stand at the AGM unless something is done about him being there. Can we talk tomorrow?

Shabana""")

# S14 html-only doxxing newsletter from a local group
c.add("safety", subject="WYREMOUTH FIRST - Bulletin 12 - Know Your Enemy",
      sender=("Wyremouth First", "bulletin@wyremouthfirst.example.net"),
      fmt="html", tags=("html-only", "doxxing", "pile-on", "veiled"),
      body="""WYREMOUTH FIRST - BULLETIN No. 12

The Labour councillors who voted to keep the Northcliffe hotel open are not "faceless". They live among us. Here they are.

Cllr Dilys Marsden - Harbour ward - lives on Anchorage Close, the one with the boat on the drive.
Cllr Asif Hanif - Fernhill - white semi on Carr Lane, blue Kia.
Cllr Rosie Tattersall - Marsh Lane - Hollins Drive, home around 11 most nights.
CLP Chair Trevor Kenyon - we think you already know where he lives.

Don't bother emailing them, they don't answer. Go round and ask them face to face. Take your mates. Let them see how many of us there are. They should feel what the residents of Northcliffe feel every night.

Forward this to everyone you know.

Wyremouth First - Our Town, Our Rules""")

# S15 wish-harm denying a threat, news about attacks on MPs used as menace
c.add("safety", subject="your MP and security", sender=("A. Whittaker", "a.whittaker1961@outlook.com"),
      tags=("wish-harm", "veiled"),
      body="""I read in the paper that MPs get security money now. Panic alarms at their surgeries and the rest. Paid for by us.

Your Ms Ashworth should make the most of it. After the fishing quota vote and the hotel, she's the most hated woman on this coast. Plenty of MPs have found out the hard way that some people stop arguing and start doing. I'm not saying anyone should, I'm a peaceable man. But if something happened to her at one of her surgeries I wouldn't shed a tear, and I don't think many here would. She brought it on herself.""")

# S16 stalking: someone describing the MP's routine
c.add("safety", subject="for Joanne", sender=("watcher", "promcafe.regular@gmail.com"),
      tags=("stalking", "implicit", "veiled"),
      body="""Saturday 8.10, Promenade Cafe, window seat, flat white and a teacake. Walks the long way round to the library for 10. Red coat last week, green the week before. Her husband picks her up at 12.15 in the silver Skoda, parks on the double yellows.

Tell her someone's been paying attention. Tell her we'll be having a coffee together soon.""")

c.write()
