"""train/te5: people's queries, complaints and procedural business for Riverside CLP that arrive
through the website's forms and through lists (posts addressed to the secretary personally).
All message text hand-written."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "te5", seed=1505)
SEC = c.clp[2]
SITE = "riverside-labour.org.uk"


def form(label, fields, who, subject, formname="Contact us", tags=(), also=(), **kw):
    """A website form notification; reply_to is the person who filled it in."""
    c.add(label, c.webform(fields, site=SITE, form=formname), subject=subject, sender=c.form_robot(),
          reply_to=who, also=also, tags=("webform", *tags), **kw)


def lpost(label, listname, tag, subject, body, sender, tags=(), also=(), precedence=True, **kw):
    h = c.list_headers(listname, domain="lists.riverside-labour.org.uk", precedence=precedence)
    c.add(label, body, subject=(f"[{tag}] " if tag else "") + subject, sender=sender,
          to=h["List-Post"][8:-1], headers=h, also=also, tags=("list", *tags), **kw)


# ====================================================================== queries
form("query", {"Name": "Joanna Blythe", "Email": "jo.blythe@gmail.com", "Postcode": "RV3 2QL",
               "Message": "Hi - I've just moved to Millbrook from Leeds (transferred my membership last month). When and where does the Millbrook branch meet? Would love to get involved. Jo"},
     ("Joanna Blythe", "jo.blythe@gmail.com"), "New contact form submission")

form("query", {"First name": "Adebola", "Last name": "Okonjo", "Email": "a.okonjo@outlook.com",
               "Anything you'd like to tell us?": "I joined online about 10 days ago but haven't heard anything from anyone locally. How do I find out which branch I'm in and when the meetings are? Is there a welcome thing for new members?"},
     ("Adebola Okonjo", "a.okonjo@outlook.com"), "New submission: Join Riverside Labour", formname="Join us")

form("query", {"Name": "Martin Colley", "Email": "martin.colley@btinternet.com", "Phone": "",
               "How would you like to help?": "Phone banking, Other",
               "Tell us more": """I'd like to help with the campaign but I use a wheelchair. Are any of the canvassing sessions on flat, step-free routes, or would I be better off on the phones? Also is the office on Wharf Street accessible - I've never been in. Thanks, Martin"""},
     ("Martin Colley", "martin.colley@btinternet.com"), "New submission: Volunteer", formname="Volunteer",
     tags=("access-needs",))

form("query", {"Name": "Patricia Nwosu", "Email": "patnwosu@yahoo.co.uk",
               "Message": "Hello, I have moved from 41 Ferry Lane to Flat 2, 9 Northgate Terrace, RV1 4DS. Do I need to change it on the Labour website myself or can you do it for me? Also does that mean I change branch? Many thanks, Pat"},
     ("Patricia Nwosu", "patnwosu@yahoo.co.uk"), "Website enquiry", tags=("change-of-address",))

form("query", {"Name": "Ioana Munteanu", "Email": "ioana.munteanu88@yahoo.com",
               "Message": """Hello, good day. I am Romanian citizen and I live in Riverside since 6 years, in Quayside, I have settled status. Please I want to ask, I can vote in the council election in May? My neighbour say only British can vote. And also I can be member of Labour party if I am not British? I like very much what your councillor did for our street with the lights.
Thank you very much and sorry for my English."""},
     ("Ioana Munteanu", "ioana.munteanu88@yahoo.com"), "New contact form submission", tags=("non-native",))

form("query", {"Name": "Gill Harrop", "Email": "gill.harrop@icloud.com",
               "Message": "Quick one - my daughter (15) is doing a citizenship project at school and would like to watch a real political meeting. Could she come to the GC with me on the 12th? She'd sit quietly at the back, I promise!"},
     ("Gill Harrop", "gill.harrop@icloud.com"), "Website enquiry", tags=("guest",))

form("query", {"Name": "DENNIS FARRELL", "Email": "dfarrell1949@aol.com",
               "Message": "MY DIRECT DEBIT FOR THE LABOUR PARTY HAS COME OUT TWICE THIS MONTH £5.83 AND £5.83. WHO DO I SPEAK TO ABOUT GETTING IT BACK. IS IT YOU OR LONDON. PLEASE RING ME I DONT DO EMAILS MUCH 01632 960 477"},
     ("Dennis Farrell", "dfarrell1949@aol.com"), "URGENT - DIRECT DEBIT", also=["complaint"],
     tags=("confuser", "query-with-urgent", "dues"))

lpost("query", "Riverside GC Delegates", "RiversideGC", "Am I still a delegate?", """Sam - sorry to use the list, your address keeps bouncing my emails back (maybe my work filter?).

Since the Quayside branch AGM last week, am I still one of the branch's GC delegates or did that change? Nobody said at the AGM and I don't want to turn up on the 12th and not be allowed to vote.

Cheers
Kwame""", ("Kwame Boateng", "kwame.boateng@riverside-nhs.example.net"), also=["bulk"],
      tags=("confuser", "addressed-to-secretary"))

lpost("query", "Riverside Labour All Members", "Riverside Labour", "Re: AGM - Saturday 28th", c.quote_reply("""@Sam Okafor what time will the hall be open on the 28th? I'm doing the creche again and need half an hour to set up the mats and toys before people arrive.

Leanne""", """Notice is hereby given that the Annual General Meeting of Riverside CLP will be held on Saturday 28 March at 10.30am at St Anne's Community Hall.""",
    quoted_from="Sam Okafor <secretary@riverside-labour.org.uk>", style="gmail"),
      ("Leanne Doherty", "leanne.doherty@hotmail.co.uk"), tags=("addressed-to-secretary", "quoted"))

form("query", {"Name": "Freya Lindqvist", "Email": "f.lindqvist@students.riverside-uni.example.ac.uk",
               "Message": """Hi,

I'm a second-year politics student and I write for the student paper, The Riverside Tide. I'm doing a piece on how local parties are preparing for the May elections and on why young people are/aren't getting involved. Would your chair or secretary be free for a 20 minute interview (in person or on Teams) in the next fortnight? Happy to send questions in advance.

Best wishes,
Freya"""},
     ("Freya Lindqvist", "f.lindqvist@students.riverside-uni.example.ac.uk"), "Interview request - student newspaper",
     tags=("press",))

form("query", {"Name": "Hayley", "Email": "hayleyjw@hotmail.com",
               "Message": "is there a cheaper membership for carers? i look after my mum full time and £5 a month is a lot when your on carers allowance. would really like to stay in"},
     ("Hayley Walsh", "hayleyjw@hotmail.com"), "New contact form submission", tags=("dues",))

c.add("query", """Someone submitted the form "Find your ward" on Riverside Labour.

Name: Brian Tulloch
Email: briantulloch@sky.com
Postcode: RV4 7TT
Question: Which ward am I in since the boundaries changed? Used to be St Anne's. And who are my councillors now? The council website just goes round in circles.

View in Control Panel""", subject="[Riverside Labour] New form submission: Find your ward",
      sender=("NationBuilder", "no-reply@nationbuilder.com"), reply_to=("Brian Tulloch", "briantulloch@sky.com"),
      tags=("webform", "nationbuilder"))

form("query", {"Name": "Muhammad Aslam", "Email": "m.aslam1952@hotmail.co.uk",
               "Message": """Respected Sir/Madam,

Assalam o alaikum. I am old member of Labour party since 1983 in Millbrook ward. I want to know the time and place of surgery of our MP sahib because I have problem with my grandson visa application and the Home Office is not replying since 7 months. Previously the surgery was in the library on Saturday but now library is closed. Kindly tell me where it is now and do I need appointment.

With kind regards and thanks,
Muhammad Aslam"""},
     ("Muhammad Aslam", "m.aslam1952@hotmail.co.uk"), "Contact form: MP surgery", tags=("non-native",))

form("query", {"Name": "kai", "Email": "kai.p2009@gmail.com",
               "Message": "hi im 16 can i join young labour or do i have to be 18?? also do i have to pay. my mates want to join as well"},
     ("Kai Pritchard", "kai.p2009@gmail.com"), "New submission: Join Riverside Labour", formname="Join us",
     tags=("txt-speak",))

form("query", {"Name": "Sharon Kelly", "Email": "sharonkelly77@live.co.uk",
               "Message": "I've been sanctioned on Universal Credit and I don't understand why, my work coach won't tell me anything. Who do I contact for help with this? Is it the MP or the council? I haven't got any money for gas till the 20th."},
     ("Sharon Kelly", "sharonkelly77@live.co.uk"), "Website enquiry", tags=("casework",))

lpost("query", "Riverside Womens Forum", None, "Sam - women's conference delegate?", """Hi Sam,

Posting here because the forum committee are all on this list and might know too. Can Riverside send a delegate to Labour Women's Conference this year, and if so does the GC have to elect them or can the women's forum choose? And what's the deadline?

Thanks
Priscilla (CLP Women's Officer)""", ("Priscilla Amadi", "priscilla.amadi@gmail.com"), also=["procedural"],
      tags=("addressed-to-secretary",), precedence=False)

# ====================================================================== complaints
form("complaint", {"Name": "Roger Haines", "Email": "roger.haines@btinternet.com",
                   "Message": """This is the third time I've filled in this form.

In January I was told someone would ring me about my membership, which lapsed when my bank changed. In February I was told again. Nobody has rung. I've been a member for 22 years. Is anyone actually running this party locally or is it just a website?

I'd like a phone call from a human being this week please."""},
     ("Roger Haines", "roger.haines@btinternet.com"), "New contact form submission", tags=("ignored",))

form("complaint", {"Name": "Deborah Quist", "Email": "deb.quist@outlook.com",
                   "Subject": "URGENT: Millbrook selection",
                   "Message": """I want it recorded that the Millbrook council selection on Tuesday was a stitch-up from start to finish.

- The shortlist was drawn up by three people in a room.
- Two members who applied were told they'd "missed the deadline" when the deadline had never been published.
- The hustings was announced four days before it took place.

I want an explanation from the CLP officers of how this process was run, who was on the shortlisting panel, and why the deadline wasn't published. And I want to know how to appeal."""},
     ("Deborah Quist", "deb.quist@outlook.com"), "URGENT: Millbrook selection", also=["query"],
     tags=("confuser", "selection"))

form("complaint", {"Name": "Les Arkwright", "Email": "lesarkwright@talktalk.net",
                   "Message": """I'm leaving the party. 46 years. Winter fuel was the last straw, the welfare cuts were the nail in the coffin. I didn't march in the 80s so that a Labour government could take money off pensioners and disabled people.

Cancel my direct debit. Don't send anyone round to change my mind."""},
     ("Les Arkwright", "lesarkwright@talktalk.net"), "Website enquiry", tags=("leaving", "hard-negative", "metaphor"))

lpost("complaint", "Riverside GC Delegates", "RiversideGC", "Minutes - again", """Sam,

With respect, this is the third GC in a row where the minutes of the previous meeting haven't been circulated before the meeting. We were handed them on paper at the door last time and asked to approve them ten minutes later. That's not good enough and it isn't what the standing orders say.

I know you're a volunteer and I know it's a lot of work. But if the secretary can't do it, the EC needs to find someone who can help. I'll raise it under matters arising on Thursday.

Alan Mercer
Northgate branch delegate""", ("Alan Mercer", "alan.mercer@gmail.com"), also=["procedural"],
      tags=("addressed-to-secretary",))

form("complaint", {"Name": "Valerie Prothero", "Email": "vprothero@sky.com",
                   "Message": """Two of your canvassers came to my door on Saturday. Lovely manners, I'll give them that. But one of them trod right through my tulip border on the way out, and they left my gate open and the cat got out. It took me until 9pm to find him.

I'm not political and I won't be voting for anyone at this rate. Please tell your people to use the path and shut the gate."""},
     ("Valerie Prothero", "vprothero@sky.com"), "New contact form submission", tags=("public", "hard-negative", "angry"))

form("complaint", {"Name": "Yusuf Rahimi", "Email": "yusuf.rahimi@protonmail.com",
                   "Message": """I am writing as a member of six years to demand an explanation.

Our MP voted against the amendment on arms sales to Israel last week. The CLP passed a motion in November calling on him to support exactly that. What is the point of passing motions if our own MP ignores them? Does the CLP intend to do anything about it, or are we just here to deliver leaflets?

This government has blood on its hands and so does every MP who voted with it. I'll be at the GC on the 12th to have my say and I expect the officers to explain what they've done about the November motion."""},
     ("Yusuf Rahimi", "yusuf.rahimi@protonmail.com"), "Website enquiry", tags=("hard-negative", "metaphor", "angry", "national-policy"))

lpost("complaint", "Riverside Labour All Members", "Riverside Labour", "Removed from the WhatsApp group?", """Sam, can you tell me why I've been removed from the Riverside campaign WhatsApp group? No message, nothing. I've delivered more leaflets than most people on there. If it's because of what I said about the council budget, say so.

Not impressed.
Colette""", ("Colette Brannigan", "colettebrannigan@gmail.com"), tags=("addressed-to-secretary",))

form("complaint", {"Name": "Harjit Sandhu", "Email": "h.sandhu@riverside-lawcentre.example.org.uk",
                   "Message": """Dear Secretary,

I attended last Thursday's public meeting on the Wharf End regeneration as a resident and a member. I want to make a formal complaint about the conduct of Cllr Terry Gaskell.

When a resident in a wheelchair asked about lift access in the new blocks, Cllr Gaskell cut her off, said "we've been through this", and then muttered something to the council officer next to him that a number of us heard and that I won't repeat. When I asked him to apologise he told me to "sit down and stop grandstanding".

This is not how a Labour councillor should treat residents. I would like to know how to make this complaint formally and whether the CLP will be taking it up with the Labour group whip.

Yours faithfully,
Harjit Sandhu"""},
     ("Harjit Sandhu", "h.sandhu@riverside-lawcentre.example.org.uk"), "Complaint about councillor conduct",
     also=["query"], tags=("conduct",))

form("complaint", {"Name": "Graham Noakes", "Email": "graham.noakes.indep@gmail.com",
                   "Message": """Your latest Millbrook leaflet states that I "backed the incinerator". I did no such thing. I voted to defer the planning decision pending an air quality report, as the minutes clearly show.

This is a false statement about a candidate's personal character and conduct. Withdraw the leaflet and publish a correction or you'll be hearing from my solicitor.

Graham Noakes
Independent candidate, Millbrook"""},
     ("Graham Noakes", "graham.noakes.indep@gmail.com"), "Your leaflet", tags=("hard-negative", "legal-threat"))

form("complaint", {"Name": "Tanya Oduya", "Email": "tanya.oduya@gmail.com",
                   "Message": "I couldn't get into last night's GC. There's no ramp at the side entrance of the Ferry Lane Institute and the main door was locked. I sat in the car park for 20 minutes then went home. This is the second time. I was told in January it would be sorted. It's 2026."},
     ("Tanya Oduya", "tanya.oduya@gmail.com"), "Website enquiry", tags=("access-needs",))

form("complaint", {"Name": "Owen Bracewell", "Email": "o.bracewell@riverside-bins.example.org.uk",
                   "Message": """Could someone explain to me why Riverside CLP decided not to back the bin workers at the GC? I'd genuinely like to understand how a Labour party can side with management against low-paid workers who are being asked to take a £3,000 pay cut. I'm a GMB member and a Labour member and I'm struggling to see the point of the second one at the moment."""},
     ("Owen Bracewell", "o.bracewell@riverside-bins.example.org.uk"), "New contact form submission",
     also=["query"], tags=("confuser", "complaint-as-query"))

lpost("complaint", "Riverside GC Delegates", "RiversideGC", "Imposed candidate - open letter to the secretary", """Dear Sam,

I'm copying this to the delegates' list because I think everyone has a right to see it.

We were told on Monday, by email, that the regional office has "expedited" the selection for the Quayside by-election and that a candidate will be "put forward" by the NEC panel. Nobody in Quayside branch was consulted. The branch has three people who have worked that ward for years and at least one who wanted to stand.

I understand the timescale is tight. I understand there are rules for by-elections. But this is the third time in five years a candidate has been parachuted in here and it is the death of local democracy in this party. Every time it happens we lose more of the people who actually knock on the doors.

I'd like the officers to tell the GC on Thursday:
1. when the CLP was told about this,
2. whether the officers objected,
3. and what the timetable for the NEC panel is.

I'll still campaign for whoever it is. I always do. But I'm furious.

Brenda Haslam
Quayside branch chair""", ("Brenda Haslam", "brendahaslam@btinternet.com"), also=["procedural"],
      tags=("addressed-to-secretary", "selection", "hard-negative", "metaphor"))

form("complaint", {"Name": "Ian Whitworth", "Email": "ian.w@ntlworld.com",
                   "Message": "I have a NO JUNK MAIL sticker. Your party has put 4 leaflets through my door since Christmas. It's not hard. Stop it."},
     ("Ian Whitworth", "ian.w@ntlworld.com"), "New contact form submission", tags=("public",))

# ====================================================================== procedural
form("procedural", {"Name": "Siobhan Regan", "Email": "siobhan.regan@gmail.com",
                    "Message": "Apologies for Thursday's GC from me (Millbrook branch sec) and from Dave Pike - he's in hospital for his knee. Could you record both please. Sending Millbrook's branch report separately. S"},
     ("Siobhan Regan", "siobhan.regan@gmail.com"), "New contact form submission", tags=("apologies",))

lpost("procedural", "Riverside GC Delegates", "RiversideGC", "Motion for GC - St Anne's library", """Sam,

Please find below a motion from St Anne's branch for the GC on the 12th. It was passed at our branch meeting on 3 March (quorate, 14 present, 12 for, 2 abstentions).

---
Riverside CLP notes the proposal by Riverside City Council to reduce St Anne's library to two days a week.
Riverside CLP believes libraries are a lifeline for older residents, children and job-seekers.
Riverside CLP resolves to write to the Labour group leader opposing the reduction, and to invite the cabinet member for communities to the next GC to explain the proposal.
Proposer: Fatima Chaudhry. Seconder: Luke Ormsby.
---

Could you confirm receipt and that it will be on the agenda?

Fatima Chaudhry
St Anne's branch secretary""", ("Fatima Chaudhry", "fatima.chaudhry@hotmail.co.uk"), also=["bulk"],
      tags=("motion", "addressed-to-secretary"))

lpost("procedural", "Riverside GC Delegates", "RiversideGC", "Re: Motion for GC - bins (amendment)", c.quote_reply("""Sam - Northgate branch would like to move the following amendment to the bins motion. Please include it in the papers.

Amendment: delete "calls on the council to reverse the decision" and insert "calls on the council to pause the introduction of three-weekly collections until a full equalities impact assessment has been published and discussed with residents' groups".

Moved: Alan Mercer. Seconded: Precious Mensah.

Thanks, Alan""", """Riverside CLP opposes the move to three-weekly black bin collections and calls on the council to reverse the decision.""",
    quoted_from="Sam Okafor <secretary@riverside-labour.org.uk>", style="gmail"),
      ("Alan Mercer", "alan.mercer@gmail.com"), tags=("amendment", "quoted", "addressed-to-secretary"))

form("procedural", {"Name": "Niamh Costello", "Email": "niamh.costello@outlook.com",
                    "Message": """Dear Sam,

I would like to nominate Precious Mensah for the position of CLP Women's Officer at the AGM on 28 March.

Nominated by: Niamh Costello (Millbrook)
Seconded by: Rukhsana Bibi (Northgate) - she's copied on the email I'll send you as well
Precious has confirmed she is willing to stand.

Is the form enough or do you need a paper nomination?

Niamh"""},
     ("Niamh Costello", "niamh.costello@outlook.com"), "Website enquiry - AGM nomination", also=["query"],
     tags=("nomination",))

lpost("procedural", "Quayside and Wharf End Branch", "QWE", "AGM results - for Sam's records", """Hi all, and Sam for the CLP records,

Results of the Quayside & Wharf End branch AGM held 4 March (22 present, quorate):

Chair: Brenda Haslam (re-elected)
Vice-chair: Dev Raman
Secretary: Chloe Anstey
Treasurer: Mike Fenn
Women's Officer: Rosa Oliveira
GC delegates: Brenda Haslam, Kwame Boateng, Chloe Anstey, Dev Raman

Sam - could you update the CLP contact list and let the delegates know they're confirmed for the 12th?

Chloe""", ("Chloe Anstey", "chloe.anstey@gmail.com"), tags=("agm-business", "addressed-to-secretary"),
      precedence=False)

form("procedural", {"Name": "Trevor Jukes", "Email": "t.jukes@gmb-riverside.example.org.uk",
                    "Organisation": "GMB Riverside General Branch",
                    "Message": """To the Secretary, Riverside CLP

GMB Riverside General Branch (affiliated on 400 members) confirms its delegates to the General Committee for 2026:

1. Trevor Jukes
2. Mandy Oakes
3. Zainab Hassan

Political levy paid up to date. Please add them to the delegates' list and send GC papers to the addresses below.

Trevor Jukes, Branch Secretary"""},
     ("Trevor Jukes", "t.jukes@gmb-riverside.example.org.uk"), "Affiliate delegates 2026", formname="Affiliates",
     tags=("delegates",))

lpost("procedural", "Riverside GC Delegates", "RiversideGC", "Point of order for Thursday - emergency motion", """Sam, and copying delegates,

Standing order 7.2 says motions must be received by the secretary 14 days before the GC, and emergency motions are only admissible if they concern a matter that arose after the deadline. The "emergency" motion on the hospital merger circulated on Monday concerns a decision the trust announced in January.

I'm not against the motion - I'll probably vote for it - but I'd like a ruling from the chair on admissibility before it's taken, so we're not challenged afterwards. Could you make sure the chair has this?

Rukhsana Bibi""", ("Rukhsana Bibi", "rukhsanabibi@yahoo.co.uk"), also=["bulk"],
      tags=("standing-orders", "addressed-to-secretary"))

form("procedural", {"Name": "Mike Fenn", "Email": "mikefenn@sky.com",
                    "Message": "can't make EC tues, apols pls"},
     ("Mike Fenn", "mikefenn@sky.com"), "New contact form submission", tags=("confuser", "apologies", "one-line"))

form("procedural", {"Name": "Chloe Anstey", "Email": "chloe.anstey@gmail.com",
                    "Subject": "URGENT - conference delegate nomination",
                    "Message": """Hi Sam, I know it's not till June but I wanted to get this in before I forget. Quayside & Wharf End branch would like to nominate Dev Raman as one of the CLP's delegates to Annual Conference. Dev has agreed. He's never been and would really value it.

We understand the GC has to elect the delegates - please just put his name forward when nominations open."""},
     ("Chloe Anstey", "chloe.anstey@gmail.com"), "URGENT - conference delegate nomination",
     tags=("confuser", "query-with-urgent", "nomination"))

lpost("procedural", "Riverside GC Delegates", "RiversideGC", "Draft minutes - corrections", """Sam,

Two corrections to the draft minutes of the February GC:

Item 5: the vote on the housing motion was 31 for, 4 against, 3 abstentions, not 31-3-4.
Item 8: I was recorded as "Cllr Hassan" - I'm not a councillor (yet!).

Otherwise fine. Happy to move their approval on Thursday.

Zainab Hassan (GMB)""", ("Zainab Hassan", "zainab.hassan.gmb@gmail.com"), tags=("minutes", "addressed-to-secretary"))

form("procedural", {"Name": "Dr Amira Salem", "Email": "amira.salem@nhs.example.net",
                    "Message": """Dear Secretary,

Northgate branch would like to submit an emergency motion to Thursday's GC on the proposed downgrading of Riverside General's maternity unit, which the trust board announced on Tuesday (i.e. after the motions deadline).

Motion: "Riverside CLP opposes the downgrading of the maternity unit at Riverside General, calls on our MP to seek an urgent meeting with the Health Secretary, and will support the campaign by Save Riverside Maternity."

Proposer: Dr Amira Salem. Seconder: Precious Mensah.

Please let me know if the chair needs anything else to accept it as an emergency motion.

Amira"""},
     ("Amira Salem", "amira.salem@nhs.example.net"), "Emergency motion - maternity unit", tags=("motion",))

c.write()
