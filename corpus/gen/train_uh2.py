"""train/uh2: persistence, fixation and stalking, part 2 (Pelham Sands & Fleetholme CLP, a
north-west seaside resort and the inland town behind it). All content hand-written.

Secretary Carys Mottram has two children. Persistent but harmless: Norman Eccles and the Marsh
End bins (weekly, sometimes furious), Bogdan Zając chasing his membership card, Gerald Whitlow
and his amendments, Tom Hesketh of the Pelham Gazette, Rita Lomax and the canvass calls, Alfie
Crook the retired fisherman with his chatty notes, a neighbour who saw the MP's caseworker in
Boots, a member who praises Carys's children after the lifeboat day. Safety: Dean Ashworth's
fixation on the caseworker Leah Spooner (her bus, her hair, waiting outside the office, a
necklace, new addresses, entitlement, her door); a drip campaign against Cllr Jean Fairclough
ending in her phone number posted online; remarks about Carys's children on the beach and her
front door; a member who turns up at her house; reports of a man photographing canvassers,
someone at the youth officer's halls, a man asking a café owner about Carys's routine.
40 non-threats (10 complaint, 7 query, 5 procedural, 4 urgent, 5 data-protection, 8 other,
1 bulk) and 20 safety."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "uh2", seed=7002)
c.clp = ("Pelham Sands & Fleetholme CLP", "Carys Mottram", "secretary@pelhamsandslabour.org.uk")
P = c.person
D = c.date
SEC = "Carys Mottram <secretary@pelhamsandslabour.org.uk>"

NORMAN = ("Norman Eccles", "normaneccles@virginmedia.com")
BOGDAN = ("Bogdan Zając", "bogdan.zajac@onet.pl")
GERALD = ("Gerald Whitlow", "gerald.whitlow@btinternet.com")
TOM = ("Tom Hesketh", "tom.hesketh@pelhamgazette.co.uk")
RITA = ("Rita Lomax", "ritalomax52@hotmail.co.uk")
ALFIE = ("Alfie Crook", "alfiecrook.fleetwood@gmail.com")
DEAN = ("Dean Ashworth", "deanashworth1988@gmail.com")

# ============================================================ Norman Eccles and the bins

c.add("complaint", subject="bins Marsh End", sender=NORMAN, date=D(160),
      tags=("persistent",),
      body="""Bins not emptied on Marsh End Road again. 3rd week out of the last 5. Green ones this time. Who is our councillor now and does she know?

N Eccles""")

c.add("complaint", subject="bins Marsh End - week 2", sender=NORMAN, date=D(153),
      tags=("persistent",),
      body="""Carys,

Still nothing back from you or the councillor. Blue bins now. Gulls have had the lot all over the pavement. My neighbour is 84 and had to pick up other people's rubbish off her path this morning on her hands and knees.

Norman""")

c.add("complaint", subject="I am not going away", sender=NORMAN, date=D(139), fmt="alt",
      tags=("persistent", "hard-negative", "angry", "long"),
      body="""Dear Mrs Mottram,

I have now written to you every Monday for five weeks about the bins on Marsh End Road. I have written to the council's waste department seven times. I have rung the contact centre four times and spent, by my reckoning, two hours and forty minutes on hold listening to Vivaldi. I have written to Councillor Fairclough twice and her "surgery" at the Mariners' Institute was cancelled the one Saturday I went. I am starting to keep a diary, which my wife says makes me sound like a madman, and perhaps it does, but I would rather be a madman with a diary than a fool without one.

Let me set it out for you plainly, since it seems nobody has read my previous emails to the end.

Marsh End Road is at the far end of the route. The crew start at the prom and work inland, and by the time they reach us they are either full or out of time. I know this because I spoke to one of the lads, a decent young fellow called Ryan, who told me so, and told me they had asked their supervisor for a second wagon on a Tuesday in the summer months and been told there was no money. So the bins are not emptied, and the next week there are twice as many, and the crew are even further behind.

In the summer the caravan park on the marsh road also puts its overflow out on the pavement by the bus stop, which is not our fault, but the gulls do not know whose rubbish it is and nor do the rats. Yes, rats. My grandson saw one run under the bus shelter bench on Saturday. I have photographs, which I attach to this message for the third time.

Now I understand, because I am not a stupid man, that the council has had its budget cut year on year, and that Labour is not in charge of the council in any case. I know all that. I was a union rep at the Fleetholme bakery for twenty-two years and I know what a budget is. What I do not understand is why a Labour councillor, who knocked on my door two years ago and told me she would "always be there for Marsh End", cannot send me one line to say she has raised it. One line. Not even an email, I would take a note through the door.

And I do not understand why the secretary of my own party, which I have paid into since 1979, cannot do me the courtesy of an acknowledgement. I know you are a volunteer. I know you have children. I was a volunteer for this party for forty years, and I had children too, and I answered my post.

This is what I would like, and I don't think it's much:

1. Somebody to tell me, in writing, whether Cllr Fairclough has raised the Marsh End collection with the waste department, and what they said.
2. Somebody to ask the council whether a Tuesday second wagon can be found in July and August.
3. An acknowledgement of this email.

I will keep writing every Monday until I get those three things. I will also be at the Harbour branch meeting on the 12th to say my piece, and I will be telling everyone on the road, at the bus stop and in the Anchor on a Friday night exactly how much help they have had from their Labour councillor. There are a hundred and ten houses on Marsh End Road and Jean's majority was sixty-one. I was a polling agent, I can count.

Yours, still a member, for now,
Norman Eccles
Marsh End Road, Fleetholme""")

c.add("complaint", subject="New submission: Contact us", sender=c.form_robot(), date=D(118),
      reply_to=NORMAN, tags=("persistent", "webform", "hard-negative", "angry"),
      body=c.webform({
          "Your name": "Norman Eccles",
          "Your email": "normaneccles@virginmedia.com",
          "Postcode": "FY99 2MJ",
          "Message": """Using the website form in case my emails are going in your junk. Week NINE. Still no reply to my email of the 3rd. The bins went yesterday but the food caddies were left and it's 24 degrees. I will be at the branch meeting.""",
      }))

# ============================================================ Bogdan and his card

c.add("query", subject="membership card", sender=BOGDAN, date=D(130),
      tags=("persistent", "non-native"),
      body="""Hello Mrs Carys,

I join the Labour Party online on 2 of June. I pay by direct debit, the money is taken from my account already three times. But I never receive the membership card and I cannot enter Membersnet, the website say "your membership cannot be found".

Please can you check if I am member? My membership number from the email is L2291847.

Thank you very much,
Bogdan Zając
Fleetholme""")

c.add("query", subject="Re: membership card", sender=BOGDAN, date=D(115),
      tags=("persistent", "non-native", "quoted"),
      body=c.quote_reply(
          """Hello,

Thank you for answer. I did like you say, I write to the membership team on 12 of August. They answer me automatic, "we will reply in 5 working days". Now is more than one month. Nothing.

Also my friend Marta tell me in the branch meeting people vote for the councillor candidate and only members on the list can vote. I want to vote. Can you put me on the list from you? I show you my bank statement if you need.

Bogdan""",
          """Dear Bogdan,

Thanks for your email and welcome to the party. I can see you on our list as a new member, but the card and Membersnet login are handled by the national membership team, not by us. Could you contact them at the address on the welcome email? They'll be able to fix the login.

Best wishes,
Carys""", quoted_from=SEC, style="outlook"))

c.add("complaint", also=["query"], subject="third time - I am member or not??", sender=BOGDAN, date=D(99),
      tags=("persistent", "non-native", "confuser", "complaint-as-query"),
      body="""Mrs Carys,

This is third time I write. I am sorry but I am little bit angry now. Five months I pay. The selection meeting was on Saturday and the man at the door say I am not on the list, so I cannot vote. I stand at the back like stupid person.

In Poland I was in trade union 15 years and always I get my card. Here nobody can tell me if I am member or not. If I am not member, please give back my money. If I am member, why I cannot vote?

Bogdan""")

# ============================================================ Gerald Whitlow, procedure

c.add("procedural", subject="Amendment to the seafront regeneration motion - for GC on 24th", sender=GERALD,
      date=D(128), tags=("persistent",),
      body="""Dear Carys,

Further to my emails of 2nd and 9th, please find below my amendment (on behalf of Westcliff branch) to the Promenade branch motion on the seafront regeneration scheme. I should be grateful for written confirmation that it has been received and that it will appear on the agenda, as required by Standing Order 11(c).

Amendment:
In the resolution, delete "welcomes the scheme" and insert "welcomes investment in the seafront but notes with concern that the scheme contains no social or affordable housing, and calls on the Labour group to press for a minimum of 30% affordable units on the former Winter Gardens site".

Proposed: G. Whitlow. Seconded: S. Ibe. Carried at Westcliff branch, 6th inst., 11 for, 2 against.

Yours sincerely,
Gerald Whitlow
Secretary, Westcliff branch""")

c.add("procedural", also=["complaint"], subject="Minutes of the 24th - correction (third request)", sender=GERALD,
      date=D(100), tags=("persistent", "hard-negative", "angry"),
      body="""Carys,

I must ask, for the third time, that the draft minutes of the GC of the 24th be corrected before they are put to the next meeting for approval.

Item 6 records that my amendment was "withdrawn". It was not withdrawn. It was put to the vote and lost, 19 to 23. I have the count in my notebook and so, I am certain, do the tellers. It matters because a withdrawn amendment can be brought back and a defeated one, under our standing orders, cannot be brought back for six months.

If the correction is not made I will move it from the floor and ask for a recorded vote.

Gerald Whitlow""")

c.add("procedural", subject="delegate list for regional conference", sender=GERALD, date=D(72),
      tags=("persistent", "confuser", "procedural-as-query"),
      body="""Carys, one more from me, I'm afraid. Has the list of our delegates to the regional conference gone to the regional office yet? I ask because Westcliff's nominee, Shola Ibe, has had nothing, and I believe the deadline for the names was last Friday. If it has gone, could you let me have a copy for our branch records. Gerald""")

c.add("procedural", subject="apologies - GC", sender=ALFIE, date=D(90),
      tags=("persistent",),
      body="""carys love

cant make GC thursday, taking the boat round to the yard for her hull while the tides right. apologies please. I vote yes on the buses thing if it comes up, tell Declan

alfie (harbour)""")

c.add("procedural", subject="RE: Nominations for Executive Committee - Harbour branch (resent with signatures)", sender=("Shirley Pike", "shirley.pike@outlook.com"),
      date=D(48), tags=("persistent",),
      body="""Hi Carys,

I'm resending the Harbour branch nominations for the EC elections with the signatures this time, as you said the last lot couldn't be accepted without them (and the one before that went to Declan's old address, sorry!). Scanned forms attached. Summary:

- Women's Officer: Nadia Hussain (nominated by Harbour and Promenade)
- Youth Officer: Jordan Kay (Harbour)
- Political Education Officer: Pat Ormerod (Harbour)

Please confirm these are now valid. Third time lucky!

Shirley Pike
Secretary, Harbour branch""")

# ============================================================ Tom Hesketh, Pelham Gazette

c.add("query", subject="Gazette query: Harbour ward selection", sender=TOM, date=D(85),
      tags=("persistent",),
      body="""Hi Carys,

Tom Hesketh at the Pelham Gazette. I've been told by two members that the Harbour ward selection has been paused and that there's been a complaint to the regional office about the shortlisting. Can you confirm either of those? And is Cllr Fairclough still the candidate?

Cheers,
Tom
Tom Hesketh | Local Democracy Reporter | Pelham Gazette""")

c.add("query", subject="URGENT - Gazette - Harbour selection", sender=TOM, date=D(80),
      tags=("persistent", "confuser", "query-with-urgent"),
      body="""Carys, hi again. Marking this urgent because I'm told the story's being looked at for next Thursday's edition, so I'd be grateful for any response by the end of next week. Same questions as before. Also: is it right the chair has been asked to step back from the selection committee? Happy to take something off the record to start with. Tom""")

c.add("urgent", subject="Gazette - going to press at 5pm today", sender=TOM, date=D(74),
      tags=("persistent",),
      body="""Carys,

Final chase, honestly. The Harbour ward piece is going online at 5pm today and in Thursday's paper. It says the selection was paused after a complaint and that the regional office is reviewing it. I've had a statement from the complainant.

If the CLP wants to be in it I need a line by 4. If not, it'll say the party was approached and didn't comment. My mobile's 07700 900 612, I'll have it on me all afternoon.

Tom""")

c.add("other", subject="moving on", sender=TOM, date=D(20),
      tags=("persistent",),
      body="""Hi Carys,

Just to let you know I'm leaving the Gazette at the end of the month to go to the BBC in Salford. My replacement on the council beat is Amira Siddiqui, amira.siddiqui@pelhamgazette.co.uk.

I know I've been a pain in your inbox this year, and thanks for always coming back to me, even if it was sometimes at 3.58pm. Good luck with May.

Tom""")

# ============================================================ Rita Lomax and the canvassing

c.add("data-protection", subject="stop calling me", sender=RITA, date=D(110),
      tags=("persistent", "confuser", "dp-no-legal-words"),
      body="""hello

Can you stop your people ringing me. 4 times this month. I am not interested, I have told every one of them I am not interested, the last girl wrote it down she said. I didnt give the labour party my number so I'd like to know how you've got it. My husband is poorly and every time the phone goes at teatime I think its the hospital.

Rita Lomax""")

c.add("data-protection", subject="Re: stop calling me", sender=RITA, date=D(76), fmt="html",
      tags=("persistent", "confuser", "dp-no-legal-words", "html-only", "quoted"),
      body=c.quote_reply(
          """Well now they've come to the door instead. Saturday dinner time, two lads with a clipboard, and one of them had a sheet with my name on it and "DO NOT CALL" written next to it, so you did write it down, and then you sent them round to knock instead!

Take me off whatever you've got. Phone, door, post. And I still want to know where my number came from. I'm asking for the second time.""",
          """Dear Mrs Lomax,

I'm very sorry about the calls, and sorry to hear your husband isn't well. I've marked your number so that our phone-bank volunteers won't call it again.

Best wishes,
Carys Mottram""", quoted_from=SEC, style="gmail"))

c.add("data-protection", subject="Photo on your website", sender=("Dennis Fagan", "dennis.fagan@icloud.com"), date=D(62),
      tags=("persistent", "confuser", "dp-no-legal-words"),
      body="""Hello again,

I emailed three weeks ago asking for the photo of the Westcliff street stall to be taken off your website, or at least my name taken out of the caption. It's still there. "Dennis Fagan of Bickerstaffe Road chats to Cllr Edeh." I didn't know the photo was being taken, never mind that you'd put my road on it. I'm not a member and I don't want my name and street on a political party's website. Please take it down.

Dennis Fagan""")

c.add("data-protection", subject="Canvass sheet - now on Facebook", sender=("Sandra Hulme", "sandrahulme@gmail.com"), date=D(42),
      tags=("persistent", "confuser", "dp-no-legal-words"),
      body="""Carys,

I told Declan last Tuesday that a canvass sheet from the Promenade session had been left on the bench in the bus shelter opposite the Cosy Café. I also told the branch WhatsApp. Nobody went to get it, apparently.

Somebody has now photographed it and put it on the Pelham Sands Residents page with the caption "this is what Labour think of you". You can read names, house numbers and the little codes next to them, including one that says "LAB - elderly, needs lift". At least thirty households.

Someone needs to get the post taken down, and I think the people on that sheet need telling. What do we do?

Sandra""")

c.add("data-protection", subject="Subject access request - second reminder", sender=("K. Varley", "kvarley@protonmail.com"), date=D(15),
      tags=("persistent", "hard-negative", "legal-threat"),
      body="""Dear Secretary,

I made a subject access request to Pelham Sands & Fleetholme CLP on 14 September (copy below for ease of reference) and sent a reminder on 16 October. The statutory one-month period expired on 14 October. I have received no data and no explanation for the delay.

Please treat this as a final reminder. Unless I receive a complete response within 14 days of today I shall complain to the Information Commissioner's Office without further notice.

> I request copies of all personal data held about me by the CLP, its branches and officers, including
> emails and messages in which I am named, notes of the disciplinary meeting of 2 July, and any
> canvassing or contact records.

K. Varley""")

# ============================================================ Alfie Crook

c.add("other", subject="the prom on saturday", sender=ALFIE, date=D(135),
      tags=("persistent", "confuser", "benign-familiarity"),
      body="""carys

you looked frozen on that stall saturday love, I should of brought you a brew from the kiosk. wind off the sea like that goes right through you, I know, 40 year on the boats. you wanna get yourself one of them fleeces with the hood like the lifeboat lads have.

good turnout for the leaflets though, that young lad with the ginger hair never stopped.

saw your two on the front after with the dog, the little one was feeding chips to the gulls, tell her not to, they'll have her fingers off!

alfie""")

c.add("other", subject="a few crabs", sender=ALFIE, date=D(58),
      tags=("persistent",),
      body="""Carys

Left a bag of crabs and a few mackerel with Jean at the Mariners for the raffle on Friday. Dressed the crabs myself. If nobody wins them she can have them, she likes a crab.

Weather's turning. Had the boat out this morning and it was flat as a pancake, then by eleven you couldn't see Fleetholme church for the mist.

Alfie""")

# ============================================================ the caseworker in town; the children at the lifeboat day

c.add("other", subject="Saw Leah in Boots", sender=("Mavis Threlfall", "mavis.threlfall@btinternet.com"), date=D(104),
      tags=("persistent", "confuser", "benign-familiarity"),
      body="""Hello dear

Just a quick one. I saw that lovely Leah from Mr Tennant's office in Boots on Tuesday afternoon, buying cough medicine, she's got that cold that's going round. I didn't like to bother her while she was poorly but would you tell her Mavis says thank you again for sorting out my pension credit, it's made all the difference, and that I live three doors down from her mum on Cedar Avenue so if she ever needs anything she only has to knock.

I hope you're keeping well. I know I email a lot!

Mavis""")

c.add("other", subject="your two at the lifeboat day", sender=("Brian Cottam", "brian.cottam@sky.com"), date=D(96), fmt="alt",
      tags=("persistent", "hard-negative", "confuser", "benign-familiarity"),
      body="""Hi Carys,

Just wanted to say your two were a credit to you at the lifeboat open day on Sunday. Your eldest helped on our tombola all afternoon without being asked and never once touched the prizes, and the little one won the crab-catching on the slipway with (I counted) seventeen crabs! The lifeboat lads were very impressed.

Tell them the Harbour branch are proud of them. And thank you for all you do, I know it's a lot on top of work and family.

Brian
(Harbour branch treasurer)""")

# ============================================================ other: sales rep, misdirected, poems

c.add("other", subject="Just bumping this to the top of your inbox!", sender=("Jake Pemberton", "jake@printpeak-campaigns.co.uk"), date=D(52),
      tags=("persistent", "sales"),
      body="""Hi Carys,

Just bumping this to the top of your inbox in case it got lost! I know it's a busy time of year for you guys.

As I mentioned in my last three emails, PrintPeak can do 10,000 two-sided A5 campaign leaflets on 130gsm silk for just £289 + VAT, with imprints included and FREE delivery anywhere in Lancashire. We've worked with loads of CLPs and candidates across the North West.

Would you be free for a quick 10-minute call this week? Even if the timing's not right, let me know and I'll stop pestering you! 😊

Cheers,
Jake
Jake Pemberton | Account Manager | PrintPeak Campaigns""")

c.add("other", subject="resident parking permit renewal - 4th email!!", sender=("Gail Prescott", "gailprescott@yahoo.co.uk"), date=D(44),
      tags=("persistent", "misdirected"),
      body="""To whom it may concern,

This is the fourth time I have emailed about renewing my residents parking permit for Zone C (Promenade North). My old permit ran out on the 30th and I have had TWO tickets since. I have paid online and have the receipt. Can you please send the new permit out urgently or tell the wardens.

Gail Prescott
Flat 3, 18 Clifton Parade""")

c.add("other", subject="this weeks poem for Rob", sender=("Harold Shenton", "h.shenton@talktalk.net"), date=D(26),
      tags=("persistent",),
      body="""Dear Carys,

Please find below this week's poem for Mr Tennant. You will remember I send him one every week, and I know he is busy so I do not expect a reply, but Leah told me once that they pin the good ones up in the office and that has kept me going.

THE LAST TRAM (for Rob Tennant MP)

The last tram goes at twenty past,
the conductor's long retired,
the lights along the front go out
like ministers are fired.

The sea still comes in twice a day,
it never asks permission,
I wish the same were true of those
in Her Majesty's Opposition.

(I know it's His Majesty now but it doesn't scan.)

Best wishes,
Harold Shenton""")

# ============================================================ other complaints

c.add("complaint", subject="Removed from the Harbour branch WhatsApp", sender=("Janice Ord", "janice.ord@gmail.com"), date=D(88),
      tags=("persistent", "hard-negative", "angry", "legal-threat"),
      body="""Carys,

I have now asked you four times, twice by email and twice at the branch, why I was removed from the Harbour branch WhatsApp group on 3 June without any warning or explanation. I was the one who set it up!

If I'm not told who removed me and why by the end of the month I'll be taking advice. I know my rights as a member and you'll be hearing from my solicitor. I will also be raising it at the AGM under any other business, and I'll be telling every member I can find how this branch treats people who ask questions.

Janice Ord""")

c.add("complaint", subject="Winter Gardens - the death of the old town", sender=("Philip Ainscough", "p.ainscough@outlook.com"), date=D(66),
      tags=("persistent", "hard-negative", "angry", "metaphor"),
      body="""Dear Secretary,

I wrote in June, July and September about the Winter Gardens scheme, and each time I got a polite note saying my views had been "passed to the Labour group". Well, the Labour group voted it through on Tuesday.

Two hundred and forty luxury flats and a "boutique hotel" on the site of the only public hall in the old town. No social housing. No community space. It is the death of the old town, and the Labour group has signed the certificate. Those councillors have killed off the last thing that made Pelham Sands more than a car park with a beach.

I want to know how each of our councillors voted, and whether anyone in this CLP was consulted. I've been asking since June. I'm not going away.

Philip Ainscough
Promenade branch""")

c.add("complaint", subject="voluntario - ninguém me responde / nobody answer", sender=("Rui Fonseca", "rui.fonseca@sapo.pt"), date=D(34),
      tags=("persistent", "non-native"),
      body="""Boa tarde Carys,

Sorry my English is not perfect. I write you in April and again in September, I want to help the party, I have the café on Harbour Street (the Cosy) and I can put posters in the window and speak with the Portuguese and Brazilian people, we are many now in Pelham, working in the hotels and in the care homes.

Nobody answer. Only one time one man come in the café and take a coffee and say "someone will be in touch". Nobody was in touch.

I think is not correct to ask people to vote and then ignore them when they want to help. I still want to help but I am a bit disappointed, honestly.

Rui""")

c.add("complaint", subject="this is the 6th time", sender=NORMAN, date=D(30),
      tags=("persistent", "hard-negative", "angry", "noisy"),
      body="""SIX. I have now had ONE reply in twenty-one weeks and it said "thanks Norman, I'll chase". Chase WHAT.

The bins went on time this week, by the way. I expect it was a mistake.

I'll see you at the AGM.
N.E.""")

c.add("complaint", subject="Fleetholme surgery cancelled - AGAIN", sender=("Beryl Hodgkinson", "beryl.hodgkinson@btinternet.com"), date=D(28),
      tags=("persistent", "hard-negative", "angry"),
      body="""Dear Mrs Mottram,

For the third time this year I have taken two buses to Fleetholme library for Mr Tennant's advertised surgery, only to find a handwritten notice on the door saying it had been "postponed". No email, nothing on the Facebook page, nothing in the Gazette.

I do not have a computer at home (I am writing this at the library, as it happens) and I cannot sit on a telephone for forty minutes. The surgery is the only way people like me can see our MP.

I am not writing for my own sake only. There were four of us standing outside the door this morning, one with a walking frame.

I should like to know why the surgeries keep being cancelled, and I should like to be told in advance next time. I shall be mentioning it at the WI on Tuesday and I'm sure I won't be the only one with something to say.

Yours sincerely,
Beryl Hodgkinson (Mrs)""")

# ============================================================ queries

c.add("query", subject="wheelchair access - Mariners' Institute (asking again)", sender=("Heather Woan", "heather.woan@outlook.com"),
      date=D(56), tags=("persistent",),
      body="""Hi Carys,

Sorry to ask again, I don't think my last two emails got through. I'd like to come to the AGM at the Mariners' Institute but I use a wheelchair. Is there step-free access, and is the accessible loo actually usable (last time it was full of chairs)? If not, is there any chance of joining by Zoom?

Thanks,
Heather (Promenade)""")

c.add("query", subject="Re: interview for dissertation", sender=("Amelia Grundy", "a.grundy@student.uclan.example.ac.uk"), date=D(38),
      tags=("persistent",),
      body="""Hi Carys,

Just following up on my emails from the 4th and the 18th! I'm a third-year politics student writing my dissertation on volunteer burnout in local political parties (the irony is not lost on me, given I'm adding to your inbox).

Would you be willing to do a 30-minute interview, online or in person, some time before Christmas? It would be anonymised and I can send you the ethics form first.

Thanks so much,
Amelia""")

c.add("query", subject="how do I join the Fleetholme branch", sender=("Kyle Brindle", "kylebrindle02@gmail.com"), date=D(12),
      tags=("persistent", "noisy"),
      body="""hiya

messaged on facebook twice and nobody got back so trying email. joined in september, live in fleetholme, how do i get to a branch meeting?? when is it? do i just turn up

kyle""")

# ============================================================ urgent

c.add("urgent", subject="Harbour by-election - nomination papers close NOON TOMORROW", sender=("Declan Furey", "declan.furey@pelhamsandslabour.org.uk"),
      date=D(64), tags=("persistent",),
      body="""Carys,

I've asked Pat three times since Friday and she still hasn't got the last two assentor signatures for Jean's nomination form, and the papers close at noon tomorrow at the town hall. We've got eight out of ten.

Can you get onto the Harbour register tonight and find two members on the register in the ward who'll sign? Shirley and Alfie are both in the ward but Alfie's at sea till morning. I'll take the form round myself tonight if you get me names. I'm going to the town hall at 9 tomorrow regardless.

D""")

c.add("urgent", subject="van for tomorrow 7am - STILL no driver", sender=("Pat Ormerod", "pat.ormerod@gmail.com"),
      date=D(9), tags=("persistent",),
      body="""Carys, I've asked in every email since Monday. The Luton van is booked for 7am tomorrow from Hertz on Talbot Road to pick up the 30,000 leaflets from the printers in Preston. Nobody has put their name down to drive it. I can't drive a van, my licence is pre-1997 but I've never done it and I'm not starting on the M55.

If we don't have a driver by 8 tonight I'll have to cancel it and we lose the £95 and the leaflets sit in Preston for another week. Please help!!

Pat""")

c.add("urgent", subject="Re: Room booking tonight - please confirm by 2pm", sender=("Mariners' Institute Bookings", "bookings@marinersinstitute.org.uk"),
      date=D(6), tags=("persistent",),
      body="""Dear Mrs Mottram,

We wrote on Monday and Wednesday about tonight's booking of the Long Room (7pm to 9.30pm). The Sea Cadets have also asked for the room tonight, having been told it was free, and we need to resolve this by 2pm today.

If we do not hear from you by 2pm we will release the room to the Cadets. The small committee room is available as an alternative but seats only 20.

Please reply or ring the office on 01253 000 480.

Linda Gaskell
Bookings Secretary, Mariners' Institute""")

# ============================================================ bulk

c.add("bulk", subject="[PSF Members] Digest, Vol 4, Issue 31", sender=("psf-members-request@lists.pelhamsandslabour.org.uk", "psf-members-request@lists.pelhamsandslabour.org.uk"),
      date=D(124), headers=c.list_headers("PSF Members", domain="lists.pelhamsandslabour.org.uk"),
      tags=("persistent", "list"),
      body="""Send PSF Members mailing list submissions to
	psf-members@lists.pelhamsandslabour.org.uk

Today's Topics:

   1. Marsh End bins (again) (Norman Eccles)
   2. Re: Marsh End bins (again) (Shirley Pike)
   3. Quiz night - teams needed (Brian Cottam)

----------------------------------------------------------------------

Message: 1
From: Norman Eccles <normaneccles@virginmedia.com>
Subject: Marsh End bins (again)

Week 7. Posting here as well since nobody answers emails. If anyone else on Marsh End or Sandy Lane is missed please reply so I can add you to my list.

------------------------------

Message: 2
From: Shirley Pike <shirley.pike@outlook.com>
Subject: Re: Marsh End bins (again)

Norman, Jean has raised it with the waste team, she told the branch on Thursday. I'll get her to email you directly.

------------------------------

Message: 3
From: Brian Cottam <brian.cottam@sky.com>
Subject: Quiz night - teams needed

Quiz night at the Mariners' on Friday 21st, 7.30 start, teams of up to six, £3 a head. Prizes include a dressed crab courtesy of Alfie.

------------------------------

End of PSF Members Digest, Vol 4, Issue 31
******************************************""")

# ============================================================ SAFETY: Dean Ashworth and the caseworker

c.add("safety", subject="Leah", sender=DEAN, date=D(120),
      tags=("stalking", "implicit", "persistent"),
      body="""Hi

I'm writing to the Labour party because Rob Tennant's office won't put me through to Leah directly anymore and I want it passed on.

Leah sorted my PIP appeal in the spring. She's the only person who's ever actually listened to me. I think we had a real connection and I'd like to take her for a drink to say thank you properly.

I've seen her a few times since on the 14 from Fleetholme, she gets on at the stop by the Co-op at 8.05 and always sits on the left near the back with her headphones in. She never notices me. I don't want to just go up to her on the bus in case it looks weird, so can you give her my number. 07700 900 775.

Dean""")

c.add("safety", subject="Re: Leah", sender=DEAN, date=D(113),
      tags=("stalking", "implicit", "persistent", "quoted"),
      body=c.quote_reply(
          """With respect that's not your decision to make. Leah's an adult. You can't stop two adults talking.

She's had her hair cut shorter, it suits her. I noticed on Thursday when she came out of the office on Albert Road for her dinner, she went to the Greggs and then sat on the wall by the war memorial. I was going to say hello then but she was on the phone.

I'll keep trying. Just pass it on.""",
          """Dear Dean,

Thank you for your email. I'm afraid I can't pass on personal messages or phone numbers to members of the MP's staff. If you have a new casework matter, please contact the constituency office in the usual way.

Kind regards,
Carys Mottram
Secretary, Pelham Sands & Fleetholme CLP""", quoted_from=SEC, style="outlook"))

c.add("safety", subject="not fair", sender=("D", "dean.a.pelham@outlook.com"), date=D(105),
      tags=("stalking", "persistent", "new-address-after-block", "implicit", "escalation"),
      body="""You've blocked my email and so has the office. Not fair. I've done nothing wrong. All I've done is be nice.

She's stopped getting the 14. Gets a lift now in a silver Corsa, somebody's dropping her at the end of Albert Road. Is that because of you lot telling her stuff about me?

I think I deserve to hear it from her. I'm not going to just disappear because some secretary says so.""")

c.add("safety", subject="Parcel for Leah - Dean Ashworth again", sender=("Yvonne Garside", "yvonne.garside@parliament-office.example.uk"),
      date=D(98), tags=("stalking", "third-party-report", "suspicious-item", "persistent"),
      body="""Carys,

Yvonne, office manager at Rob's constituency office. Following up on our phone call, for the CLP's file.

This morning a small padded parcel was pushed through the office letterbox before we opened, addressed by hand "LEAH - PERSONAL". Leah didn't open it; I did, with gloves on, in the back office. Inside was a silver necklace with an L pendant in a jeweller's box and a card: "For the girl on the 14. Wear it Friday so I know. D."

We've logged it and handed it to the police, who already have the file from the emails. Leah is working from home until further notice and we're changing the office rota so nobody opens or closes up alone. Please make sure nobody at the CLP gives out anything about where any of the office staff live, which branch they go to, or what their hours are, even to people who seem friendly.

Yvonne""")

c.add("safety", subject="New submission: Contact us", sender=c.form_robot(), date=D(92),
      reply_to="leahsfriend@proton.me",
      tags=("stalking", "webform", "persistent", "new-address-after-block", "implicit"),
      body=c.webform({
          "Name": "A friend",
          "Email": "leahsfriend@proton.me",
          "Subject": "Leah's not at the office",
          "Message": """Where is she? She hasn't been in the office for eight days. Her mum's car is outside the house on Cedar Avenue every day now, so I'm guessing she's there.

I just want to know she's all right. I'm worried about her. I have every right to be worried about her. Tell her I'm not angry about the police.""",
      }))

c.add("safety", subject="Leah - photo", sender=("Dean", "d.ashworth.88@yahoo.com"), date=D(88), fmt="html",
      tags=("stalking", "html-only", "persistent", "new-address-after-block", "implicit", "photos"),
      html_body="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>To whoever reads this at Labour,</p>
<p>I've attached a photo so you can see I'm not making it up. That's Leah on the wall by the war memorial on Thursday 12.40, eating her dinner. Look how happy she looks. She always looks happy when she doesn't know anyones watching.</p>
<p><img src="cid:IMG_4471.jpg" alt="IMG_4471.jpg" width="480"></p>
<p>I've got loads more. The bus, the Co-op, outside her mums. I'm not showing them to anyone else. They're just for me. But I think if you all saw how much I care you wouldn't keep treating me like some kind of criminal.</p>
<p>Dean</p>
<p style="color:#888">Sent from Yahoo Mail for iPhone</p>
</div></body></html>""",
      body="")

c.add("safety", subject="last time I ask nicely", sender=("Dean", "d.ashworth.88@yahoo.com"), date=D(84),
      tags=("stalking", "conditional", "veiled", "persistent", "new-address-after-block", "escalation"),
      body="""This is the last time I ask nicely.

I gave her the necklace and she gave it to the POLICE. After everything. She owes me an explanation at the very least, and so do you.

If she won't come out and talk to me I'll go to her. I know the house, I know the back lane, I know which window is hers. I'm not going to be made out to be the bad guy when she's the one who led me on. Tell her that.""")

c.add("safety", subject="Fwd: Westcliff canvass - bloke taking photos", sender=("Marcus Edeh", "cllr.marcus.edeh@pelhamsandslabour.org.uk"),
      date=D(80), tags=("third-party-report", "following", "forwarded", "persistent", "stalking"),
      body=c.forward(
          """Carys - see below from Nadia after Saturday. Might be connected to the Leah situation, might not, but he fits the description Yvonne gave. I think we need to tell the police and change the Westcliff session. M""",
          """Marcus,

Something weird on the Westcliff session today. A man in a grey hoodie followed the team from Bickerstaffe Road to the end of Holland Avenue, about an hour, always staying across the road. He was taking photos of us on his phone, mostly of the two younger women. When Jordan went over and asked if he wanted to talk about anything, he said "I'm just looking for someone, she used to come out with you lot" and asked if "the girl from Rob's office" was coming next week.

He walked off towards the Fleetholme bus. Thirties, short, beard, grey hoodie, black rucksack. The girls are quite shaken and don't want to do Westcliff on their own next week.

Nadia""",
          "Nadia Hussain <nadia.hussain.psf@gmail.com>", "Westcliff canvass - bloke taking photos", style="apple"))

# ============================================================ SAFETY: Cllr Jean Fairclough, drip campaign

c.add("safety", subject="jean", sender=("harbour resident", "harbourres@proton.me"), date=D(70),
      tags=("harassment", "persistent", "implicit", "stalking"),
      body="""Nice of Jean to put her bins out at ten past ten last night. Shame she can't do the same for Marsh End.""")

c.add("safety", subject="jean 2", sender=("harbour resident", "harbourres@proton.me"), date=D(68),
      tags=("harassment", "persistent", "veiled", "stalking"),
      body="""Her grandson's at St Anne's isn't he. Year 4. Plays out on the green after tea with the Fishwick lads. Nice to see kids playing out, like the old days. Nobody watching them much though.""")

c.add("safety", subject="Jean Fairclough shared your post", sender=("Facebook", "notification@facebookmail.com"), date=D(65),
      headers=c.newsletter_headers("Facebook"),
      tags=("social", "doxxing", "harassment", "persistent", "pile-on"),
      body="""New comments on a post you're tagged in.

Pelham Sands Uncensored: "Cllr Jean Fairclough voted for the Winter Gardens flats. Couldn't give a toss about the old town."

Harbour Watch: Her landline is 01253 000 372 and she lives on Anchorage Walk, the one with the boat in the drive. She's always in after 6. Ring her and let her know what you think. Or go round. Every night till she resigns.
 ↳ Dazza Mc: on it 👍 been round twice already, she was watching telly
 ↳ Kel B: I'll take the day shift lol

View all 58 comments: https://www.facebook.com/pelhamsandsuncensored/posts/55102281

This message was sent to secretary@pelhamsandslabour.org.uk. To stop receiving these emails, unsubscribe.
Meta Platforms Ireland Ltd.""")

c.add("safety", subject="Fwd: this is every night now", sender=("Jean Fairclough", "cllr.jean.fairclough@pelhamsandslabour.org.uk"),
      date=D(61), tags=("harassment", "forwarded", "third-party-report", "persistent", "stalking"),
      body=c.forward(
          """Carys love,

I didn't want to make a fuss but our Gary says I must. This is the latest, it came to my council email. I've had twenty-odd of these since the Winter Gardens vote, texts on the landline too now someone's put the number on Facebook. Somebody has been ringing at night and not speaking. Last Tuesday there was a man standing across the road at eleven o'clock, just standing, looking at the house.

I've not told the grandchildren's mum. I've stopped letting Callum play out. I'm 71 and I've never felt like this in my own house. What do I do?

Jean""",
          """Evening Jean. Saw your hall light go off at 10.40. Early night? Don't worry, we're not going anywhere either. Every night till you resign. You'll get used to us.""",
          "harbourres@proton.me", "still here", style="gmail"))

c.add("safety", subject="c a r y s", sender=("anon", "nowthen1234@proton.me"), date=D(55),
      tags=("harassment", "noisy", "persistent", "implicit"),
      body="""c a r y s

u protect jean u get same

c u at the mariners thurs. we no ur car. blue polo. back seat full of leaflets and kids stuff lol""")

# ============================================================ SAFETY: Carys herself

c.add("safety", subject="your children", sender=("A parent", "concernedparent.psf@gmail.com"), date=D(50),
      tags=("veiled", "implicit", "stalking", "persistent"),
      body="""Mrs Mottram,

Your two were on the beach by groyne 6 on Sunday afternoon for a good ten minutes without you anywhere near them. The little one in the yellow wellies, the older one with the kite. You were on the prom on your phone, organising something, I expect.

Anyone could have walked off with them. Just something for you to think about before Thursday's GC, when you decide whose side you're on.""")

c.add("safety", subject="front door", sender=("A parent", "concernedparent.psf@gmail.com"), date=D(46),
      tags=("veiled", "implicit", "stalking", "persistent"),
      body="""See you've had the front door painted. Dark green, very smart. Not sure about the new gravel though, noisy when you walk on it at night. Still, easy to see who's home from the prom. I'll be watching how you vote on Thursday.""")

c.add("safety", subject="sorry I missed you Sunday", sender=("Keith Rimmer", "keith.rimmer@aol.com"), date=D(40),
      tags=("stalking", "persistent", "turned-up-uninvited", "implicit"),
      body="""Hi Carys

Sorry I missed you on Sunday. I came round to yours about 4 with the Westcliff leaflet figures and some flapjack, because you never answer my emails these days and I thought it would be easier face to face. I knocked a few times and went round the side. Your car was there and I could hear the telly so I think you must have been upstairs.

I waited in my car at the end of the road till about half six in case you were just out for a walk, then went home.

I'll call round again next Sunday, same time, so you know to expect me. Don't worry about getting anything in, I'll bring the flapjack again.

Keith""")

c.add("safety", subject="Sunday again", sender=("Keith Rimmer", "keith.rimmer@aol.com"), date=D(33),
      tags=("stalking", "persistent", "turned-up-uninvited", "implicit", "escalation"),
      body="""Carys,

I came round again on Sunday like I said I would. I know you were in. I saw the upstairs curtain move when I was on the path, so please don't insult me by pretending you were out.

I've given this party twenty-two years. I've stuffed more envelopes than you've had hot dinners. The least you could do is open your door to me for ten minutes.

I've moved my Sunday visit to Saturday mornings, when your husband's at the football. It'll be easier to talk without him hovering.

Keith""")

c.add("safety", subject="the Labour lady and the man asking", sender=("Rui Fonseca", "rui.fonseca@sapo.pt"), date=D(24),
      tags=("third-party-report", "non-native", "stalking", "following", "persistent"),
      body="""Carys hello,

Is Rui from the Cosy café again, sorry. Not about volunteering this time. I think I must tell you something.

Three times this week a man come in the café, sit by the window, one coffee, two hours. He watch the street. Today he ask me "what time the lady from Labour come for her coffee, the one with the red hair and the two kids". I say I dont know. He say "she come most days about quarter past nine after the school, dont she". I say nothing. Then he ask if you come alone or with your husband.

He is maybe 50 years, big, grey beard, green jacket, blue cap. When he leave he go to white van parked on Harbour Street, I write the number: it start PK19.

I dont like this. Please dont come alone for a while, or come and I make sure my brother is here. I am sorry if I make you worried.

Rui""")

c.add("safety", subject="Someone at my halls last night", sender=("Jordan Kay", "jordan.kay.psf@gmail.com"), date=D(16),
      tags=("third-party-report", "stalking", "persistent", "turned-up-uninvited"),
      body="""Hi Carys,

Sorry it's long, I wanted to get it all down.

You know the account that kept replying to everything I posted about the Winter Gardens, that I blocked in September? Then the new accounts, which I blocked too (I think it was 6 in the end). I thought it had stopped.

Last night about 11 someone buzzed my flat at the halls in Preston. I didn't answer because I wasn't expecting anyone. Then a message request from yet another new account: "Buzzed your flat, Jordan. Block 2, third floor. Nice view of the car park. You can't block a front door." This morning there was a Labour rose cut out of a leaflet stuck to my door with chewing gum.

I've told the halls security and I've reported it to Lancashire Police (incident number 0418 of today). They asked if the party has a safety contact. I didn't know what to say. Can we talk later?

Jordan""")

c.add("safety", subject="[PSF Members] warning re banned former member", sender=("Shirley Pike", "shirley.pike@outlook.com"), date=D(8),
      headers=c.list_headers("PSF Members", domain="lists.pelhamsandslabour.org.uk"),
      tags=("list", "third-party-report", "stalking", "persistent", "following"),
      body="""Dear all,

Posting this on behalf of the Harbour branch officers, with Carys's agreement.

A former member who was expelled earlier this year has been turning up outside branch meetings, though he hasn't tried to come in. At the last two Harbour meetings he sat in a car opposite the Mariners' Institute until we finished, and on both nights he followed one of our women officers' cars home and parked at the end of her road for some time afterwards. The police are aware.

Please:
- don't leave meetings alone; go out in twos and threes to the car park;
- don't discuss officers' addresses, routines or children on this list, on the branch WhatsApp or on Facebook;
- if you see a dark blue Astra estate parked opposite the Institute on a meeting night, tell a branch officer, don't approach.

Thanks all. Look after each other.

Shirley Pike
Secretary, Harbour branch

_______________________________________________
PSF Members mailing list
psf-members@lists.pelhamsandslabour.org.uk""")

c.write()
