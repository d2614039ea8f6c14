"""dev2 split, writer dd3: one month (November) of Hatherley CLP's inbox, all categories.

Blind set: written from BRIEF.md and mailkit.py alone, never checked against postbag.
Every message below was written by hand. Places, branches and people are invented.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402


c = Corpus("dev2", "dd3", seed=4401)
assert c.clp[0] == "Hatherley CLP", c.clp
SEC = c.clp[1].split()[0]          # Priya
SECFULL = c.clp[1]
SECADDR = c.clp[2]
SECFROM = f"{SECFULL} <{SECADDR}>"

_add = c.add


def when():
    """A date in November 2026: the month this inbox covers."""
    return c.date(days_back=c.rng.randrange(1, 31))


def add(label, body="", tags=(), date=None, **kw):
    tags = (tags,) if isinstance(tags, str) else tuple(tags)
    _add(label, body, tags=tags or ("ordinary",), date=date or when(), **kw)


# =========================================================================================
# safety (8)
# =========================================================================================

add("safety", subject="Congratulations to Gemma",
    sender=("A well-wisher", "hatherleyresident2026@proton.me"),
    body="""Dear Hatherley Labour,

Please pass on my congratulations to your Vice Chair Gemma Sutcliffe on the arrival of her little boy. I saw the photos she put up, the two of them outside St Anselm's nursery on the first morning, and the one in the garden with the new swing. Lovely family. Lovely house too, you can see right across to the park from that garden.

She'll want to think hard about her vote on the Coldwell Lane scheme next month, with so much to lose now. Babies are so fragile. It would be such a shame if anything spoiled all that.

All the best to her.""",
    tags=("veiled", "implicit", "stalking"))

add("safety", subject="stewards at GC?",
    sender=c.person("Derek", "Hollins"),
    body=f"""Priya,

Do we have anyone acting as a steward at GCs these days, or anyone who walks people to the car park at the end?

I ask because of what happened on Thursday. Janice left the Methodist hall about ten past nine on her own. I was a minute behind her. There was a man in the car park who I'd seen standing at the back of the hall during the Coldwell Lane item - not a delegate, I don't think he was even signed in. He was leaning on the wall by the bins and when Janice walked to her car he walked to his, a dark blue estate. When she drove out he followed her out, no lights on until he reached the main road.

I got in my car and followed them both as far as the Kingsford roundabout. He stayed right behind her the whole way and took the same turn she did into Chestnut Rise. I lost them after that.

I rang Janice when I got home and she's fine, she hadn't even noticed. But I've not been able to stop thinking about it. I've got half the registration if the police want it.

Derek Hollins
Kingsford Green delegate""",
    tags=("third-party-report", "following"))

add("safety", subject="Karl Webster commented on Hatherley Labour's post",
    sender=("Facebook", "notification@facebookmail.com"),
    headers=c.newsletter_headers("other"),
    fmt="alt",
    body="""Karl Webster commented on Hatherley Labour's post: "Count night this Friday at the leisure centre - come along and support our Brindley Fields candidate..."

Karl Webster
"I'll be at the count Friday don't worry. Tell Cllr Begum to get her brakes looked at before then, that hill down from the leisure centre is a killer in the dark 😉"

Reply   Like   Hide

See all comments

This message was sent to secretary@hatherleylabour.org.uk. If you don't want to receive these emails from Meta in the future, please unsubscribe.
Meta Platforms Ireland Ltd.""",
    tags=("social", "veiled", "implicit"))

add("safety", subject="Fw: this is going round Telegram",
    sender=c.person("Nathan", "Eke"),
    date=c.date(days_back=8),
    body=c.forward(
        """Priya, one of my mates sent me this from a Telegram channel that has about 3,000 local members. All four addresses are real, I checked Janice's and Tom's. The asylum housing vote is on the 10th. I'm going to ring the police non-emergency line as well but thought you should have it straight away.""",
        """HATHERLEY TRAITORS - COLDWELL LANE VOTE 10 DECEMBER

These are the Labour councillors pushing the Coldwell Lane "hostel" on our town. They don't live anywhere near it. But we know where they do live:

Cllr Janice Pell - 7 Chestnut Rise, Kingsford
Cllr Tom Ashworth - The Old Forge, Mill Lane, Oakmere
Cllr Rukhsana Begum - 22 Pargeter Street, Brindley Fields
Marcus Webb (party chairman) - 41 Linden Avenue

Go and say hello. Let them know how we feel before the 10th. Let their neighbours know what they are. Bring your friends. Nobody's saying do anything stupid. Just let them feel what Coldwell Lane is going to feel like.""",
        "Hatherley Patriots <t.me/hatherleypatriots>", "HATHERLEY TRAITORS",
        orig_date=c.date(days_back=9), style="outlook"),
    tags=("forwarded", "doxxing", "social", "third-party-report", "veiled"))

add("safety", subject="Motion for GC - selection procedures",
    sender=c.person("Lee", "Gorman"),
    body=f"""Priya,

Brindley Fields branch passed the following motion at last week's meeting (10-4) and asks that it's placed on the December GC agenda:

"This CLP asks the Executive Committee to publish, before the start of the 2027 council selections, the full timetable, the names of the shortlisting panel, and the criteria used to shortlist, and to ensure that every branch receives these at the same time."

Proposer: Lee Gorman
Seconder: Dawn Kettle

Everyone knows why we're asking for this. Last time the Brindley Fields selection was sewn up before any of us had even seen the application form. I'll say this once and I mean it. If it's stitched up for Marcus's mates again, somebody is going to get hurt, and it won't be me. You can minute that as well.

Lee""",
    tags=("embedded", "conditional", "explicit"))

add("safety", subject="Fwd: what Hollie has been getting - need help",
    sender=c.person("Hollie", "Tranter"),
    date=c.date(days_back=5),
    body=c.forward(
        f"""Priya,

I've put off sending this because I didn't want to make a fuss, but Dan at the MP's office told me to.

Since the women's forum in September, one man (signs himself "Rob") has sent me 43 emails. I've counted. At first it was arguments about the trans policy motion, then it was about me, what I wear in my profile picture, where I work. I blocked the address; he's used six others. Last week he emailed my manager at the council to say I was "using work time for politics" (I'm not). Yesterday my mum got a letter through her door in Sutton Marsh addressed to her, about me. I've never told anyone in the party where she lives.

The latest one is below. I've kept all of them. I don't know what the party can actually do but I can't keep dealing with this on my own. I'm stepping back from the forum until it stops.

Hollie""",
        """You can block me as much as you like Hollie, I'm not going anywhere. I'll keep writing every day until you resign from that post. Your mum seemed nice, shame she's on her own now. Do you still go to the Tuesday spin class at Oakmere? You should think about whether any of this is worth it.

Rob""",
        "Rob <hatherley.truth.teller@outlook.com>", "still here",
        orig_date=c.date(days_back=6), style="gmail"),
    tags=("harassment", "forwarded", "third-party-report", "stalking", "veiled"))

add("safety", subject="mp surgery",
    sender=c.person("Jordan", "Mallett"),
    body="""wen is the next mp surgery at oakmere library. wanna see osei face 2 face. wont take long. he voted to take my nans winter fuel and my brothers benefits so im gonna explain to him how it feels. somebody shud put him in the gr0und honestly n if it happens to b me at the library so be it

jordan""",
    tags=("noisy", "explicit", "wish-harm"))

add("safety", subject="Amara - what's happening online",
    sender=c.person("Sunil", "Varma"),
    body=f"""Hi Priya,

Sorry to email late. I'm writing because Amara asked me to (I'm her branch secretary in Hatherley Central) and she can't face her inbox at the moment.

You'll probably have seen the clip of her speaking at the council's budget consultation on Monday. Someone cut it down to 20 seconds, took out the bit where she was talking about bus passes, and it's been shared by a couple of big accounts as "Labour student says pensioners should give up their homes". It's had well over a million views since yesterday.

She has had hundreds of messages. Most are just vile. But some have found out she's at Hatherley Uni, which hall she's in, and there are at least three posts with a photo of the entrance to Coleridge House and "room 14" written on them. Someone posted that they'd "see her at the library on Thursday". Her mum's driven down to take her home for now.

The uni security team know. I don't think anyone from the party has been in touch with her. Could you get regional office and the safety people involved? She's 19.

Sunil Varma
Secretary, Hatherley Central branch""",
    tags=("pile-on", "doxxing", "third-party-report", "social"))

# =========================================================================================
# urgent (5)
# =========================================================================================

add("urgent", subject="GC zoom link not working!!!",
    sender=c.person("Ravinder", "Sahota"),
    body=f"""Priya - the Zoom link in the GC papers goes to "this meeting ID is not valid". I've had five delegates text me already. Starts at 7.30, i.e. in an hour and a half. Did the EC meeting end up on the same ID and get deleted afterwards?

If you can set up a fresh one and send it round I'll put it on WhatsApp too. There's about 30 planning to join remotely tonight, we won't be quorate in the room without them.

Rav""",
    tags=("ordinary",))

add("urgent", subject="Hatherley Echo - Cllr Ashworth resignation - comment by 5pm",
    sender=("Chloe Marchant", "chloe.marchant@hatherleyecho.example.co.uk"),
    body=f"""Hi Priya,

We've been told this morning that Cllr Tom Ashworth has resigned his Oakmere seat with immediate effect, which will mean a by-election. His resignation letter refers to "the atmosphere" around the Coldwell Lane decision.

I'm writing it up for the website this afternoon and tomorrow's print edition. Is the CLP able to:
1. confirm the resignation,
2. respond to the line in his letter that the party "left councillors to fend for themselves" over Coldwell Lane,
3. comment on the by-election?

Print deadline is 5pm today. Happy to take something short.

Chloe Marchant
Chief Reporter, Hatherley Echo
01632 960 412""",
    tags=("ordinary",))

add("urgent", subject="imprint on the Oakmere leaflet",
    sender=c.person("Paddy", "Rourke"),
    body=f"""Priya,

Just had a proper look at the final PDF that went to Fenton's. The imprint on the back has the agent's name as Keith Dunmore. Keith stood down in September, the agent for this campaign is you.

Fenton's start running it at 7am tomorrow. I've rung them and Sharon says if we get a corrected file to her by 10 tonight she can swap it, otherwise it goes as is and we're putting 9,000 leaflets through doors with the wrong promoter on them. Can you send them the corrected one or give me the OK to get Lucy to fix the artwork?

Paddy""",
    tags=("ordinary",))

add("urgent", subject="Access tonight - Kingsford Green branch meeting",
    sender=c.person("Bernadette", "Coyle"),
    body=f"""Dear Priya,

I'm sorry to trouble you on the day. I've just rung the Methodist hall to check the arrangements for tonight's Kingsford Green meeting, and the caretaker tells me the lift to the upstairs room has been out of action since Monday and won't be fixed until next week.

I use a wheelchair. I was planning to come tonight specifically for the item on the bus cuts, which I've been asked to speak on.

Is there any chance the meeting could move to the downstairs hall for tonight? The caretaker says it's free after the toddler group finishes at 6. Would you be able to sort it out with them, or let me know who can?

Thank you,
Bernadette Coyle""",
    tags=("ordinary",))

add("urgent", subject="Budget consultation closes midnight - need EC sign off",
    sender=c.person("Marcus", "Webb"),
    fmt="alt",
    body=f"""Priya,

The council's budget consultation closes at midnight tonight and our draft CLP response is still sitting in the shared drive unapproved. It's 1,200 words, mainly on the proposed cuts to the youth service and the Oakmere library hours.

Can you email the EC now and ask for any objections by 8pm? If nobody objects, I'll submit it at 9. If we miss tonight we lose our chance to be in the officers' report to cabinet.

Link: the doc called "Budget response FINAL v3" in the EC folder.

Marcus
Chair""",
    tags=("ordinary",))

# =========================================================================================
# complaint (6)
# =========================================================================================

add("complaint", subject="URGENT: complaint about the AGM",
    sender=c.person("Trevor", "Lathbury"),
    body=f"""Dear Priya,

I'm putting URGENT in the subject line because I've learned that's the only way an email gets read round here.

Last year's AGM was held in the upstairs room at the Railway Club. I use a wheelchair. There is no lift. I was told on the night that I could "send in my vote with someone". I sat in the car park for an hour and a half and then went home.

This year's AGM notice has just gone out. Railway Club, upstairs room. Again.

I have been a member for 22 years. I'd like to know how an organisation that goes on about equality manages to hold its most important meeting of the year in a room that a disabled member can't get into, two years running. And I'd like the venue changed.

Trevor Lathbury""",
    also=("query",),
    tags=("confuser", "urgent-subject-not-urgent", "complaint-as-query"))

add("complaint", subject="Our MP and Gaza",
    sender=c.person("Yasmin", "Haq"),
    body=f"""Priya,

I have canvassed for Daniel Osei in three elections. I delivered his leaflets in the rain in Brindley Fields when half the branch wouldn't. I sat in your living room stuffing envelopes.

Will somebody tell me why he was not in the division lobby on Tuesday for the vote on suspending arms export licences? His office says he was "unavoidably detained". Everyone knows what that means. He sat on his hands while children were being pulled out of rubble.

I'm not renewing. I've told the other women in the Brindley Fields group and most of them feel the same. And I'll make sure everyone at the mosque on Friday knows exactly how he didn't vote.

Yasmin Haq""",
    tags=("hard-negative", "angry"))

add("complaint", also=("query",), subject="URGENT: removed from the Oakmere WhatsApp group",
    sender=c.person("Gordon", "Ellery"),
    body="""Hi Priya,

On Sunday night I posted in the Oakmere branch WhatsApp that I thought the Coldwell Lane scheme was being handled badly by our councillors and that we needed to have an honest conversation about it at the branch. On Monday morning I found I'd been removed from the group. No message, no warning.

Who decided that, and on what authority? Is there some rule that says you can be removed from branch communication for disagreeing with a councillor? I'd genuinely like to see it if there is.

I've been a member longer than the person who runs that group has been alive.

Gordon Ellery""",
    tags=("confuser", "complaint-as-query", "urgent-subject-not-urgent"))

add("complaint", also=("procedural",), subject="Re: GC minutes - 15 October",
    sender=c.person("Helen", "Marwood"),
    date=c.date(days_back=17),
    body=c.quote_reply(
        """Priya, I'm very unhappy with how my contribution on the maternity unit has been recorded. I did not say the Trust was "right to consider the options". I said the opposite - that the options appraisal was a fig leaf for a decision already taken. Several people will remember it.

This is the second time this year the minutes have put words in my mouth that suit the EC's position. I'd like it corrected, and I'd like to know who writes these up from the notes.""",
        f"""Dear all,

Draft minutes of the 15 October GC attached. Please send any corrections to me before the November meeting.

Extract, item 7 (Hatherley General maternity services):
"H. Marwood said that the Trust was right to consider the options but that the consultation should be extended."

Priya""",
        quoted_from=SECFROM, quoted_date=c.date(days_back=20), style="outlook"),
    tags=("quoted", "confuser", "complaint-as-procedural"))

add("complaint", subject="URGENT - parking on Wesley Road",
    sender=c.person("Malcolm", "Spedding", "btinternet.com"),
    body="""Dear Sir or Madam,

I live opposite the Methodist hall on Wesley Road. On the second and fourth Thursday of every month, when I understand your party holds its meetings there, I am unable to get my car in or out of my own driveway because of vehicles parked across the dropped kerb. Last Thursday I had to wait until 9.40pm to get out to collect my wife from a hospital appointment.

I have put polite notes on windscreens. I have spoken to the caretaker. Nothing has changed.

I am not interested in politics. I would simply like your members to park legally. If this continues I shall be writing to the council's parking enforcement team and to the Hatherley Echo. Watch this space.

M. Spedding""",
    tags=("hard-negative", "angry", "urgent-subject-not-urgent"))

add("complaint", subject="complain about your volunteer",
    sender=c.person("Farhan", "Qureshi"),
    body="""Assalamu alaikum,

I am writing for my father, Mr Abdul Qureshi, he is 79 and his English is not very good, he ask me to write.

On saturday afternoon one lady from Labour came to our house in Pargeter Street. My father open the door. She ask him if he is voting, he say yes he always vote Labour, since 1974. Then she look at her paper and say "are you sure you are registered to vote? Are you British citizen?" in a loud voice, in front of neighbour. My father was very upset and embarrassed, he show her his polling card.

We are not happy with this. My father have been Labour supporter all his life in this country. Nobody should speak to old man like this on his own door. Please tell her and tell us what you will do.

Thank you
Farhan Qureshi""",
    tags=("non-native",))

# =========================================================================================
# query (6)
# =========================================================================================

add("query", subject="posters?",
    sender=c.person("Nicola", "Brayshaw"),
    body="""hi, do you do the red window posters for the by-election and can I have one? or two, one for the front and one for the shop. we're at 14 Market Row Oakmere. also does somebody put the garden boards in or do we do it ourselves? ta nicola""",
    tags=("ordinary",))

add("query", subject="Helping without knocking on doors",
    sender=c.person("Ethan", "Kowalczyk"),
    body=f"""Hi Priya,

I joined in September and I'd really like to help with the Oakmere by-election. The thing is I have quite bad social anxiety and I don't think I could manage knocking on doors and talking to strangers, at least not yet.

Is there anything I could do that doesn't involve that? I'm good with spreadsheets and I can design things (I do graphic design for a living). Or I could deliver leaflets as long as I don't have to talk to anyone.

Thanks, and sorry if this is a strange question.

Ethan""",
    tags=("ordinary",))

add("query", subject="Transferring - uni student",
    sender=c.person("Tolu", "Adebayo"),
    body="""Hello!

I'm a first year at Hatherley Uni (from Croydon originally). My membership is registered at my parents' address in Croydon Central. I'm here for 30 weeks of the year and would like to be active here during term. Can I be a member of the Hatherley branch for term time and stay on the Croydon list for holidays, or do I have to pick one? And is there a Labour Students society at the uni that links up with you?

Thanks,
Tolu""",
    tags=("ordinary",))

add("query", subject="URGENT - arrears letter but I pay by DD",
    sender=c.person("Brian", "Pidgeon"),
    body=f"""Hello Priya,

I had a letter today from the Labour Party saying my membership is in arrears and I could lose my voting rights at the AGM. I have paid by direct debit every month since 2009 and my bank statement shows the payment going out on the 1st as always, including this month.

What do I need to do to sort this out? I particularly want to vote at the AGM. Is it something the CLP can fix or do I have to ring the national membership line?

Regards,
Brian Pidgeon""",
    tags=("confuser", "query-with-urgent"))

add("query", subject="Raffle money - bank details please",
    sender=c.person("Doreen", "Whitlock"),
    body="""Priya I need the CLP bank details today please. Sort code and account number. I've had £340 in cash from the quiz raffle sitting in a biscuit tin in my kitchen for a fortnight because nobody will tell me where to pay it in and I'm not comfortable with it. Either send me the details or tell me who I give it to. Doreen""",
    tags=("confuser", "query-as-demand"))

add("query", subject="Using the PA system for the community day",
    sender=c.person("Hodan", "Warsame"),
    body="""Hello Priya,

I am the coordinator of the Brindley Fields Somali Community Association. Cllr Begum told me that the Labour Party here has a PA system with microphone and speakers which is sometimes lent for community events.

We are having our community day on Saturday 12 December in the Pargeter Street community centre, for the families and the elders. Is it possible to borrow it for that day? We will take good care of it and bring back on the Monday. And what do I need to do, is there a form or deposit?

Many thanks,
Hodan Warsame""",
    tags=("non-native",))

# =========================================================================================
# procedural (6)
# =========================================================================================

add("procedural", subject="Oakmere branch nominations for CLP officers",
    sender=c.person("Wendy", "Aspinall"),
    body=f"""Dear Priya,

At its meeting on 11 November (quorate, 13 present) Oakmere branch agreed to make the following nominations for CLP officer posts at the AGM:

Chair: Marcus Webb
Vice-Chair (Campaigns): Paddy Rourke
Treasurer: Ravinder Sahota
Women's Officer: Hollie Tranter
Youth Officer: Amara Okonjo

All nominees have been informed and have agreed to stand. We made no nomination for Secretary as we understand you are standing again and we would be glad to see that.

Wendy Aspinall
Secretary, Oakmere Branch""",
    tags=("ordinary",))

add("procedural", subject="Emergency motion - Hatherley General maternity",
    sender=c.person("Anjali", "Dhillon"),
    body=f"""Priya,

Yesterday the Trust board voted to "pause" consultant-led births at Hatherley General from March, meaning women in labour would be sent to Dunsford, 26 miles away. This was not known when the motions deadline closed, so St Anselm's branch submits the following as an emergency motion for Thursday:

"This CLP condemns the decision of the Trust board to suspend consultant-led maternity care at Hatherley General. We call on Daniel Osei MP to seek an urgent meeting with the Health Secretary, on the Labour group to request that the council's Health Scrutiny Committee refer the decision to the Secretary of State, and on the CLP to organise a public meeting in the town before Christmas."

Moved: Anjali Dhillon (midwife, St Anselm's)
Seconded: Helen Marwood

Anjali""",
    tags=("ordinary",))

add("procedural", subject="tmrw",
    sender=c.person("Stacey", "Lomax"),
    body="""not gonna make GC tmrw, kids' parents evening. put me down as apols pls x Stace (Coldwell)""",
    tags=("noisy", "confuser", "procedural-no-keywords"))

add("procedural", subject="Request for a special General Committee",
    sender=c.person("Philip", "Armitage"),
    body=f"""Dear Secretary,

We, the undersigned delegates to the Hatherley CLP General Committee, request that a special meeting of the GC be convened under the CLP rules within 21 days, with a single item of business: the CLP's response to the Hatherley General maternity decision and the organisation of a public campaign.

We believe the matter is too serious to wait for the January GC.

Philip Armitage (Coldwell)
Anjali Dhillon (St Anselm's)
Helen Marwood (St Anselm's)
Sunil Varma (Hatherley Central)
Bernadette Coyle (Kingsford Green)
Derek Hollins (Kingsford Green)
Lee Gorman (Brindley Fields)
Wendy Aspinall (Oakmere)
Cllr Janice Pell (Coldwell)

Each has confirmed their support to me by email, which I can forward if needed.

Philip Armitage""",
    tags=("ordinary",))

add("procedural", subject="Treasurer's report for GC",
    sender=c.person("Ravinder", "Sahota"),
    fmt="alt",
    body=f"""Priya, my report for the GC papers.

TREASURER'S REPORT - NOVEMBER

Balances at 31 October
Current account: £6,842.17
Election fund: £11,250.00

Income since last GC
Membership allocation from national party: £1,104.60
Quiz night (incl. raffle, not yet banked): £712.00 approx
Donations: £265.00

Expenditure since last GC
Methodist hall hire (Sept-Oct): £180.00
Zoom annual licence: £139.90
Oakmere by-election print (deposit to Fenton's): £950.00

Notes
1. The Oakmere by-election will need roughly £2,400 from the election fund in total. I recommend the GC approves this.
2. Three branches have not yet sent in their annual returns. Please chase.

Ravinder Sahota
Treasurer""",
    tags=("ordinary",))

add("procedural", subject="Local government selections 2027 - timetable",
    sender=("Regional Office", "lg.selections@labour-westmids.example.org.uk"),
    body=f"""Dear CLP Secretary,

This is to confirm the timetable agreed by the Regional Board for the 2027 local government selections in Hatherley.

- Local Campaign Forum to confirm the wards and number of seats: by 11 December
- Applications open for the Local Government Candidates' Panel: 4 January
- Applications close: 25 January, 12 noon
- Panel interviews: 6-14 February
- Branch/ward selection meetings: from 1 March

Please ensure branch secretaries are informed and that the LCF meets within the timescale. Any queries about eligibility should be directed to this office, not resolved locally.

Regards,
Local Government Unit
Labour Party West Midlands""",
    tags=("ordinary",))

# =========================================================================================
# data-protection (5)
# =========================================================================================

add("data-protection", subject="Stop",
    sender=c.person("Karen", "Tilsley"),
    body="""Take me off your list. I'm not a member and never have been and I don't know how I ended up getting your "Hatherley Labour News" every week. Just remove me please.""",
    tags=("confuser", "dp-no-legal-words"))

add("data-protection", subject="Membership data - Keith",
    sender=c.person("Paddy", "Rourke"),
    body=f"""Priya,

Something I should have raised weeks ago.

When Keith stood down as membership secretary in September he didn't hand anything over. I've since found out, from Keith himself at the quiz, that he still has the full CLP membership export from Membersnet (names, addresses, phone numbers, emails, dates of birth, arrears status, the lot) on his personal laptop and in his personal Gmail, "in case it's useful for the Oakmere selection". He's now backing a candidate in that selection.

I asked him to delete it and he laughed it off. I think this is a data breach and the party's data protection people need to know, and possibly the ICO, but I don't know the process. Can you take it from here?

Paddy""",
    tags=("ordinary",))

add("data-protection", subject="Our client: Mr Gary Foulkes - data subject access request",
    sender=("Bishop Hale Solicitors", "enquiries@bishophale.example.co.uk"),
    body=f"""Dear Sirs,

Our client: Mr Gary Foulkes, 9 Tannery Close, Hatherley
Our ref: GF/2291/KH

We act for the above-named in connection with his suspension from membership of the Labour Party.

On behalf of our client, and with his signed authority (enclosed), we make a subject access request under Article 15 of the UK General Data Protection Regulation and section 45 of the Data Protection Act 2018 for all personal data relating to our client held by Hatherley Constituency Labour Party, its officers and its branches. This includes, without limitation, emails, WhatsApp and other messaging, minutes and notes of meetings, and any complaint or report concerning our client.

We look forward to receiving the data within one month of the date of this letter.

Yours faithfully,

Bishop Hale Solicitors LLP

This email is confidential and may be legally privileged. If you are not the intended recipient, please notify us immediately and delete it. Bishop Hale Solicitors LLP is authorised and regulated by the Solicitors Regulation Authority.""",
    tags=("ordinary",))

add("data-protection", subject="found at the Railway Club",
    sender=c.person("Lucy", "Farrant"),
    body="""Priya

I found a canvass sheet from Saturday's Coldwell session left on a table at the Railway Club last night. Someone had written notes next to names - "mental health issues, son does the talking", "disabled, blue badge", "recently widowed, very low". It's Wentworth Road, about 40 houses.

I've got it at home now. But it was sitting there for anyone from the bar to read, and I don't think we should even be writing some of that down. Who should I give it to? And should we tell the people on it?

Lucy""",
    tags=("confuser", "dp-no-legal-words"))

add("data-protection", also=("complaint",), subject="my name on your leaflet",
    sender=c.person("Geoffrey", "Strand"),
    body="""I've just had the Oakmere Labour leaflet through my door. On the back, under "Local people backing Sarah", is my name. "Geoff Strand, Oakmere Lane".

I signed a petition about the library at a stall. That's the extent of my "backing". I have not agreed to support your candidate and half the village now think I have. I run a business here.

Who put my name on that and where did they get my address from? I want it off any future leaflets and whatever list it's on.

G. Strand""",
    tags=("confuser", "dp-no-legal-words"))

# =========================================================================================
# bulk (9)
# =========================================================================================

add("bulk", subject="Automatic reply: Coldwell Lane - resident concerns",
    sender=("Daniel Osei MP - Casework", "daniel.osei.casework@parliament.example.uk"),
    headers=c.autoreply_headers("exchange"),
    fmt="html",
    body="",
    html_body="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Thank you for contacting the office of Daniel Osei MP.</p>
<p>This is an automatic acknowledgement. We aim to respond to constituents within 10 working days. Please make sure you have included your full postal address, as we can only take up cases from residents of the Hatherley constituency.</p>
<p>If you are in danger or need emergency help, please call 999.</p>
<p>Office of Daniel Osei MP<br>Member of Parliament for Hatherley<br>House of Commons, London SW1A 0AA</p>
<p style="font-size:8pt;color:#666">UK Parliament disclaimer: this e-mail is confidential to the intended recipient. If you have received it in error, please notify the sender and delete it from your system.</p>
</body></html>""",
    tags=("html-only",))

add("bulk", subject="Re: Oakmere by-election - can you do Saturday?",
    sender=c.person("Maureen", "Sillitoe"),
    headers=c.autoreply_headers("bare"),
    body="""Hello, I'm away in Lanzarote until the 24th with no laptop and I'm not checking my phone (doctor's orders!). I'll reply when I'm back. If it's about the Kingsford Green leaflets, speak to Derek. Maureen""",
    tags=("confuser", "robot-no-list-headers"))

add("bulk", raw=c.bounce("j.stokes@hatherley-fe.example.ac.uk",
                         reason="550 5.1.1 The email account that you tried to reach does not exist",
                         subject="Delivery Status Notification (Failure)",
                         orig_subject="Hatherley Labour News - 20 November"),
    tags=("robot-no-list-headers",))

add("bulk", subject="The Commons Forum weekly: councils, the Budget and the £4bn gap",
    sender=("The Commons Forum", "hello@commonsforum.example.org"),
    headers=c.newsletter_headers("Campaign Monitor"),
    fmt="alt",
    body="""THE COMMONS FORUM - WEEKLY

This week: what the Budget means for town halls

Councils in England face a combined funding gap of around £4bn over the next two years, according to our new analysis. Shire districts and small metropolitan boroughs are hit hardest, because they can raise least from council tax.

Also this week:
- Interview: a Labour council leader on why she's closing libraries she campaigned to save
- Long read: thirty years of the two-child limit debate, from Beveridge to now
- Event: "Local government after devolution", Birmingham, 9 December

Read online

You're receiving this because you signed up at commonsforum.example.org.
Unsubscribe | Manage preferences
The Commons Forum is a registered charity.""",
    tags=("ordinary",))

add("bulk", subject="Your order FP-88213 is out for delivery tomorrow",
    sender=("Fenton Print", "orders@fentonprint.example.co.uk"),
    body="""Hi Hatherley Labour,

Good news! Your order is on its way.

Order: FP-88213
Item: A5 leaflet, 4pp, 9,000 copies - "Oakmere by-election"
Delivery: tomorrow, between 08:00 and 12:00
Address: 17 Station Road, Hatherley

Someone will need to be present to sign for this delivery. If no one is available, your courier will leave a card and attempt redelivery the next working day.

Track your order: fentonprint.example.co.uk/track/FP-88213

This is an automated email from Fenton Print. Replies are not monitored.""",
    tags=("confuser", "robot-no-list-headers"))

add("bulk", subject="Weekly membership report: Hatherley CLP",
    sender=("Labour Membership", "no-reply@membership.labour.example.org.uk"),
    body="""Weekly membership report
Hatherley CLP
Week ending 20 November 2026

New members: 7
Rejoined: 2
Lapsed (now in arrears): 11
Resigned: 4
Deceased: 1

Current membership: 812

Branch-level detail and contact lists are available to authorised officers in the membership system. Please log in to view.

You are receiving this report because you are an authorised officer of this CLP. This mailbox is not monitored.""",
    tags=("confuser", "robot-no-list-headers"))

add("bulk", subject="Invitation: Executive Committee @ Tue 1 Dec 2026 7pm - 9pm (GMT)",
    sender=("Google Calendar", "calendar-notification@google.com"),
    reply_to="marcus.webb.hatherley@gmail.com",
    body="""Marcus Webb has invited you to this event.

Executive Committee
When: Tuesday 1 Dec 2026 7pm - 9pm (GMT)
Where: Kingsford Green Methodist Hall, small room / Zoom
Joining info: zoom link to follow

Guests:
Marcus Webb - organiser
Priya Nair
Ravinder Sahota
Paddy Rourke
Hollie Tranter

Reply for secretary@hatherleylabour.org.uk: Yes / No / Maybe / More options

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.""",
    tags=("confuser", "robot-no-list-headers"))

add("bulk", subject="hatherley-labour-women Digest, Vol 42, Issue 9",
    sender=("hatherley-labour-women-request@lists.example-labour.org.uk",
            "hatherley-labour-women-request@lists.example-labour.org.uk"),
    headers=c.list_headers("hatherley-labour-women"),
    body="""Send hatherley-labour-women mailing list submissions to
	hatherley-labour-women@lists.example-labour.org.uk

Today's Topics:

   1. Re: Jo Cox Foundation report on abuse of women in politics (Anjali Dhillon)
   2. Women's forum date in January (Hollie Tranter)

----------------------------------------------------------------------

Message: 1
From: Anjali Dhillon
Subject: Re: Jo Cox Foundation report on abuse of women in politics

Thanks for sharing the report, Bernadette. The figure that stuck with me was that most women councillors who'd been threatened didn't report it because they assumed nothing would happen. That matches what I hear. Could we get someone in to talk to the forum about the support that's there? Not everyone knows the party has a safety team now.

------------------------------

Message: 2
From: Hollie Tranter
Subject: Women's forum date in January

Provisionally Saturday 23 January, 10.30, Oakmere Library. Creche booked. More soon.

------------------------------

End of hatherley-labour-women Digest, Vol 42, Issue 9""",
    tags=("list", "hard-negative", "news-about-threats"))

add("bulk", subject="Wendy Aspinall shared \"Oakmere by-election - walk sheets\" with you",
    sender=("Dropbox", "no-reply@dropbox.com"),
    fmt="html",
    body="",
    html_body="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Priya,</p>
<p><b>Wendy Aspinall</b> invited you to view the folder "<b>Oakmere by-election - walk sheets</b>" on Dropbox.</p>
<p style="border-left:3px solid #ccc;padding-left:8px;color:#555">"Sheets for weekend sessions, please don't print more than you need"</p>
<p><a href="#" style="background:#0061ff;color:#fff;padding:8px 14px;text-decoration:none">Go to folder</a></p>
<p style="font-size:11px;color:#999">Enjoy!<br>The Dropbox team</p>
</body></html>""",
    tags=("confuser", "robot-no-list-headers", "html-only"))

# =========================================================================================
# other (5)
# =========================================================================================

add("other", subject="Branded merchandise for Hatherley Labour",
    sender=("Kerry-Ann Blythe", "kerryann@redrosepromo.example.co.uk"),
    body=f"""Hi Priya,

Hope you don't mind me getting in touch directly. I'm the account manager at Red Rose Promotions - we supply tote bags, enamel badges, pens, lanyards and rosettes to about forty CLPs and trade union branches, all ethically sourced and made in the UK where we can.

With the Oakmere by-election coming up I wondered if you'd like our winter catalogue. We can do 250 printed tote bags with your logo for under £400, and rosettes in 5 working days.

Could I send you some samples? No obligation at all.

Kind regards,
Kerry-Ann Blythe
Account Manager, Red Rose Promotions""",
    tags=("ordinary",))

add("other", subject="Volunteering",
    sender=c.person("Imogen", "Latchford"),
    body="""Dear Liberal Democrats,

I've just moved to Oakmere and I'd really like to help your candidate in the by-election, Sarah Whitcombe. I have weekends free and I'm a confident leafleter. Please let me know where to go.

Best wishes,
Imogen Latchford""",
    tags=("confuser", "misdirected"))

add("other", subject="Quiz night - what a night",
    sender=c.person("Clive", "Rutter"),
    body=f"""Priya,

Just a note to say thanks for letting me loose with the microphone again. 74 people, 14 teams, and the Brindley Fields "Red Menaces" smashed it in the music round, as threatened. Final total £712 with the raffle (Doreen has the cash!).

Special thanks to the Railway Club for the room and the sandwiches, and to Amara's uni friends who did the tables and washing up.

Same again in March? I'm already writing questions.

Clive
Quizmaster (self-appointed)""",
    tags=("hard-negative", "benign-violent-word"))

add("other", subject="A bit of personal news",
    sender=("Pauline Gaskell", "pauline.gaskell@ntlworld.com"),
    body=f"""Dear Priya,

I wanted you to hear this from me. At the end of October I was told that the cancer I had in 2019 has come back, in my liver this time. The doctors are kind and honest and we are talking about months rather than years.

I'm actually alright. I've had a good life and a lot of it has been spent in draughty halls with you lot, which I wouldn't change.

I'll be stepping down as Coldwell branch chair at the end of the year and I'd like Stacey to take over if the branch agrees; she's ready. I'll still come to the Christmas do if I can.

Please don't make a fuss in the GC. A card would be nice.

Love,
Pauline""",
    tags=("ordinary",))

add("other", subject="Invitation - Bandi Chhor Divas at Guru Nanak Gurdwara",
    sender=("Guru Nanak Gurdwara Hatherley", "secretary@gurunanak-hatherley.example.org.uk"),
    fmt="alt",
    body=f"""Sat Sri Akal,

The committee of Guru Nanak Gurdwara, Hatherley, warmly invites the officers and members of Hatherley Labour Party to join our Bandi Chhor Divas celebrations on Sunday 8 November.

Kirtan from 4pm, followed by langar (free community kitchen) and fireworks in the car park at 7pm. All are welcome, whatever their faith or none. Please cover your head in the prayer hall; head scarves are available at the door.

We would be honoured if your MP and councillors could attend.

With warm regards,
Jaswinder Singh Bains
General Secretary, Guru Nanak Gurdwara""",
    date=c.date(days_back=29),
    tags=("ordinary",))

c.write()
