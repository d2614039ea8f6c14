"""train/tl3: an ordinary autumn in the inbox of Kelvin North CLP's secretary (Glasgow).

Scottish Labour after the Holyrood election: Kelvinbank, Dowanvale, Balmore Cross and Cleveden
Park branches; council selections for 2027, bulk uplift charges, the LEZ, the MSP's office.
All people and places invented.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus, CLPS  # noqa: E402

c = Corpus("train", "tl3", seed=2503)
c.clp = CLPS[2]  # Kelvin North CLP, Jamie Rennie
SEC = c.secretary()

WEEKS = [list(range(70, 77)), list(range(40, 47)), list(range(8, 15))]


def d():
    return c.date(c.rng.choice(c.rng.choice(WEEKS)))


MORAG = ("Morag Baxter", "morag.baxter@btinternet.com")           # CLP chair
IAIN = ("Iain Docherty", "iain.docherty.kn@gmail.com")            # treasurer
RAVI = ("Ravi Menon", "ravi.menon@outlook.com")                   # vice-chair
KIRSTY = ("Kirsty McAllister", "kirstymcallister@gmail.com")      # women's officer
EUAN = ("Euan Grieve", "euan.grieve.organiser@gmail.com")          # campaign organiser
LORNA = ("Lorna Paterson", "lorna.paterson@hotmail.co.uk")         # membership
MSPOFF = ("Office of Fiona Gilmour MSP", "fiona.gilmour.office@parliament.example.scot")

# =====================================================================================
# SAFETY (8)
# =====================================================================================

c.add("safety", subject="GILHOOLY",
      sender=("big tam", "tam.bc1971@yahoo.co.uk"), date=d(),
      body="""see that cooncillor gilhooly. hes the wan that signed aff the bulk uplift charge
and shut the community flat on Balmore Rd. see if he shows his face roon the bottom end of
balmore again hes gettin his jaw broke. tell him fae me. am no hidin who i am either""",
      tags=("explicit", "conditional", "noisy", "dialect"))

c.add("safety", subject="New form entry: Contact",
      sender=c.form_robot(), reply_to="noname@guerrillamail.example.com", date=d(),
      body=c.webform({
          "Name": "-",
          "Email": "noname@guerrillamail.example.com",
          "Ward": "Dowanvale",
          "Message": """We've got eyes on your wee campaign office on Dowanvale Road. We know
who locks up at night and what bus she gets. Tell your councillor Aslam to drop the housing
plan for the playing fields. Yous have been told.""",
      }, form="Contact"),
      tags=("webform", "implicit", "veiled", "following"))

c.add("safety", subject="Fwd: Call to the office this morning - please read",
      sender=MSPOFF, date=d(),
      body=c.forward(
          """Jamie - Fiona asked me to forward this to you as CLP secretary as it affects
Saturday's surgery at Balmore Cross Library, which branch members help to staff. We've
reported it to Police Scotland (ref to follow) and Parliament security. Saturday's surgery is
going ahead but appointment-only and with police aware. Please make sure the volunteers know
and nobody is on the door alone.

Catriona
Office Manager""",
          """Call log - 10:42, male caller, would not give surname ("call me Davie")

Caller angry about his PIP assessment and says the office "did nothing" in June. Staff member
explained the tribunal process. Caller became abusive, said he knows Fiona does her surgery at
the library on Saturdays and that he'll "be there with a blade this time and see if she does
something then". Said "I'm not joking, I've nothing left to lose". Hung up. Number withheld.

Logged by: Ross (caseworker)""",
          "Catriona Webster <catriona.webster@parliament.example.scot>",
          "Call to the office this morning", style="outlook"),
      tags=("forwarded", "third-party-report", "explicit", "conditional"))

c.add("safety", subject="Saturday's canvass in Kelvinbank - incident",
      sender=EUAN, date=d(),
      body="""Jamie, Morag,

Writing this down while it's fresh. On Saturday in Kelvinbank (Lochend Street end), a silver
Audi followed the team of four for about forty minutes, crawling along behind us from street to
street. The driver photographed each of us on his phone through the window. When Kirsty went
over to ask if he needed anything he wound the window down and said "we know where your lot
stay, hen, all of yous" and drove off. He came back round the block twice more.

I've got a partial plate (SN-something-something-K-X-something) and a description. Nobody was
hurt. Kirsty was pretty rattled and two of the newer volunteers have said they won't come out
again for now.

I think we need to tell the police and the Scottish Labour safety contact, and we need to agree
as a CLP that nobody canvasses in pairs of fewer than three in Kelvinbank for a while.

Euan""",
      tags=("following", "third-party-report"))

c.add("safety", subject="Re: [kelvinbank-residents] Labour and the Lochend flats",
      sender=("Gordon Neil", "gordonneil58@gmail.com"),
      to="kelvinbank-residents@groups.io", date=d(),
      headers=c.list_headers("kelvinbank-residents", domain="groups.io"),
      body=c.quote_reply(
          """Aye well said Sandra. And that Jamie Rennie that sends out all their emails, the
one that runs the local Labour, he was at the meeting grinning away. He's the one that
organised the petition FOR it. Everybody knows he lives in the Lochend flats himself, top floor.

I'm not saying anybody should do anything. But I hope somebody finally gives him what's coming
to him and I'll not lose any sleep when they do.""",
          """The Labour lot on the council are pushing this through whatever we say. There was
no proper consultation with residents.

Sandra""", quoted_from="Sandra Kerr", style="gmail"),
      tags=("list", "wish-harm", "doxxing"))

c.add("safety", subject="THE BULK UPLIFT CHARGE AND THE LEZ AND EVERYTHING ELSE",
      sender=("Raymond Gallacher", "raymond.gallacher@sky.com"), date=d(),
      body="""Mr Rennie

I've been writing to your councillors and your MSP for over a year and I have yet to get one
answer that addresses what I actually asked. So here it is all in one place.

1. Bulk uplift. I put out an old mattress and a broken wardrobe. £35 each item. I'm a
pensioner. The mattress sat on the pavement for three weeks and then I got a fly-tipping
warning letter for my own close.

2. The LEZ. My son drove me to the Western for my eye appointment and got a £60 penalty
because his van is a 2014. The council told us "the LEZ is about clean air". My eyes don't care
about clean air.

3. The potholes on Cleveden Drive. I have reported them nine times. Nine.

4. Your councillor Gilhooly told me at the hustings that he'd "personally look into" all of it.
He has not.

Keep going like this and one of yous is going to end up in the Kelvin some dark night and
nobody in this ward will have seen a thing. You can take that however you like.

5. I want a meeting with Gilhooly and the MSP together. I am entitled to that as a
constituent.

R. Gallacher""",
      tags=("embedded", "veiled", "implicit"))

c.add("safety", subject="(no subject)",
      sender=("J", "jr.watcher.g20@outlook.com"), date=d(),
      body="""nice close. 4 up, left hand door, green bins round the back. shame about the door
entry, been broken for months hasnt it. anyone can walk in.

thats 42 emails now jamie and you still havent answered one. ill keep going till you do. or
maybe ill just come and ask in person""",
      tags=("harassment", "doxxing", "implicit", "stalking"))

c.add("safety", subject="Wreath left at the office",
      sender=KIRSTY, date=d(),
      body="""Jamie,

When I got to the campaign office on Dowanvale Road this morning there was a funeral wreath
propped against the door. White lilies. The card said "RIP Cllr Aslam - Dowanvale will
remember" in block capitals. No name.

I took photos, didn't touch the card, and moved the wreath inside so the kids going to school
wouldn't see it. I phoned 101 and they're sending someone this afternoon. I haven't told
Shabana yet because I didn't want her to hear it from me on the phone - could you or Morag do
that? She's at the council till 4.

It's the playing fields thing, obviously.

Kirsty""",
      tags=("suspicious-item", "third-party-report", "veiled"))

# =====================================================================================
# URGENT (5)
# =====================================================================================

c.add("urgent", also=["procedural"], subject="Counting agents - names to the RO by 12 tomorrow",
      sender=EUAN, date=d(),
      body="""Jamie

The returning officer's office have just reminded me that counting agents' names for the
Kelvinbank by-election count have to be notified by 12 noon TOMORROW, signed by the election
agent, which is you. We get six. I've got four confirmed: me, Ravi, Lorna and Kirsty. Iain said
maybe. Need one more.

Form's attached. If you can sign it tonight and scan it back I'll drop the original at the City
Chambers first thing.

Euan""",
      tags=("urgent-real",))

c.add("urgent", subject="Hall locked - hustings 7pm",
      sender=RAVI, date=d(),
      body="""Jamie, it's 5.40 and St Columba's hall is still locked. The church officer isn't
answering his phone and the minister's on holiday. We've got 60-odd people coming for the
council selection hustings at 7 and the candidates are on their way.

Do you have a number for anybody else at the church with keys? If not we need a plan B - I'm
thinking the back room at the Dowanvale Hub if it's free, but somebody needs to email the
members in the next half hour.

Ravi""",
      tags=("urgent-real",))

c.add("urgent", subject="Herald - comment by 2pm",
      sender=("Alasdair Reid", "alasdair.reid@herald.example.co.uk"), date=d(),
      body="""Mr Rennie,

The Herald has seen screenshots from a Kelvin North Labour WhatsApp group in which members
appear to discuss "getting rid of" a sitting councillor before the 2027 selections. We intend to
publish this evening.

Would the CLP like to respond? I'd need anything by 2pm today to include it.

Alasdair Reid
Political Correspondent""",
      tags=("urgent-real", "press", "hard-negative", "benign-violent-word"))

c.add("urgent", subject="Byres Rd stall permit",
      sender=LORNA, date=d(),
      body="""Jamie, the council's just emailed to say they've got no record of our street stall
permit for TOMORROW (Saturday, 10-2, outside the subway). Apparently it needed the public
liability certificate attached and we didn't.

They'll still issue it if they get the certificate by 9am tomorrow. The certificate is in the
CLP Google Drive I think, or Iain has it. Can you send it to streettrading@glasgow-council.example.gov.uk
tonight? Otherwise we're packing up a table of leaflets and Kirsty's tablet for nothing.

Lorna""",
      tags=("urgent-real",))

c.add("urgent", subject="Tonight - Fiona can't make it",
      sender=MSPOFF, date=d(),
      body="""Hi Jamie,

I'm really sorry - Fiona has been called into an urgent cross-party meeting at Holyrood on the
ferries situation this evening and won't make it to the Kelvinbank branch meeting at 7 tonight.

She's asked whether Ross (her senior caseworker) could come and do a short update on the
casework and the local issues instead, and take questions back to her. If that's not OK, could
you let members know before they set off? Either way, I need to know by 4 so I can tell Ross.

Catriona
Office Manager, Fiona Gilmour MSP""",
      tags=("urgent-real",))

# =====================================================================================
# COMPLAINT (14)
# =====================================================================================

c.add("complaint", subject="URGENT: bulk uplift charges",
      sender=("Agnes McPhee", "agnes.mcphee@btinternet.com"), date=d(),
      body="""Dear Jamie

URGENT. I'm a member in Cleveden Park and I have never been so embarrassed on a doorstep as I
was on Saturday. Every second door was about the bulk uplift charges. People are furious and
they blame us, whatever the council structure is.

I want to know what our councillors are actually doing about it, and I want it raised at the
next GC. This is going to lose us the 2027 council elections in this ward.

Agnes""",
      tags=("confuser", "complaint-with-urgent"))

c.add("complaint", subject="two-child cap - why?",
      sender=("Fraser Lindsay", "fraser.lindsay@gmail.com"), date=d(),
      body="""Hi Jamie,

I'd like somebody to explain to me, and to the members, why the UK Labour government still
hasn't scrapped the two-child limit, and why Scottish Labour has been so quiet about it when
we spent the entire Holyrood campaign attacking the SNP on child poverty.

The Scottish Child Payment is mopping up after a Westminster policy that our own party
could end tomorrow. I put that on a leaflet. I'd like an answer I can give the next person who
asks me about it.

Fraser Lindsay
Dowanvale branch""",
      tags=("confuser", "national-decision-complaint"))

c.add("complaint", subject="Removed from the WhatsApp group",
      sender=("Shona Kerr", "shona.kerr91@icloud.com"), date=d(),
      body="""Jamie,

I've been removed from the Kelvin North Activists WhatsApp group by Euan, with no warning and
no explanation, about ten minutes after I posted asking why we were still defending the winter
fuel decision on the doorstep. I didn't swear, I didn't insult anybody. I asked a question.

I think that's a disgraceful way to treat a member who's delivered every leaflet round in
Kelvinbank for three years. I want to be put back in the group and I want Euan to explain
himself.

Shona""",
      tags=())

c.add("complaint", subject="Balmore Cross - 2027 selection",
      sender=("Brian McGuire", "brian.mcguire@outlook.com"), date=d(),
      body="""Jamie

So the Scottish Executive has decided that Balmore Cross will be an all-women shortlist for
2027 and the branch found out from a press release. No consultation, no vote, nothing.

I'm not against AWS in principle. I'm against decisions about our ward being made by people
who've never set foot in it. I've written to the SEC and I'll be raising it at the GC. Watch
this space - this isn't the end of it, and there are plenty in the branch who feel the same.

Brian McGuire
Balmore Cross branch""",
      tags=("hard-negative", "angry", "selections"))

c.add("complaint", subject="LEZ",
      sender=("Senga Boyle", "sengaboyle@hotmail.com"), date=d(),
      body="""your lot on the council are crucifying ordinary folk with this LEZ. my dad is 81,
his car is 2012, he cant afford a new one, so he cant come into town to see his own
grandweans. i voted labour at holyrood and this is what i get. disgraceful. absolutely
disgraceful.""",
      tags=("hard-negative", "metaphor", "angry"))

c.add("complaint", also=["procedural"], subject="SEC nominations - who decided?",
      sender=("Ewan Fotheringham", "ewan.fotheringham@gmail.com"), date=d(),
      body="""Dear Jamie,

I see from the Scottish Labour website that Kelvin North CLP has nominated candidates for the
Scottish Executive Committee and the Scottish Policy Forum. When did the GC discuss this? I'm a
delegate and I don't remember it being on any agenda, and my branch certainly wasn't asked.

If it was decided by the EC under delegated powers, I'd like to see the minute. If it wasn't
decided by anybody, I'd like the nominations withdrawn and the question brought to the next GC.

Ewan Fotheringham
GC delegate, Cleveden Park""",
      tags=("confuser", "complaint-vs-procedural"))

c.add("complaint", subject="Money money money",
      sender=("Douglas Ure", "douglas.ure@btinternet.com"), date=d(),
      body="""Jamie,

Nine emails this week asking me for money. Nine. Three from "Anas", two from "the Scottish
Labour team", one from the Prime Minister apparently, and three from the CLP about the
fighting fund.

I pay my subs. I paid extra at Holyrood. I'll keep paying. But I'm fed up being treated like
a cashpoint by every part of this party. If you're ever wondering why members don't open the
emails any more, this is why.

Doug""",
      tags=("confuser", "complaint-vs-dp"))

c.add("complaint", subject="Casework - 7 months and counting",
      sender=("Mrs Patricia Devlin", "patdevlin@aol.com"), date=d(),
      body="""Dear Secretary,

I am not sure whether the local party has any influence over its MSP's office but I have run
out of other places to write.

In March I asked Ms Gilmour's office to help with my mother's care package, which was cut from
four visits a day to two without a reassessment. I was told a caseworker would be in touch. I
have chased seven times. I have had two acknowledgements and nothing else.

If this isn't resolved by the end of the month I will be making a formal complaint to the
Standards Commission and I will be speaking to the newspapers about how a constituent in
genuine need has been treated.

Patricia Devlin""",
      tags=("hard-negative", "legal-threat"))

c.add("complaint", also=["query"], subject="Christmas social",
      sender=("Nadia Sadiq", "nadia.sadiq@gmail.com"), date=d(),
      body="""Hi Jamie,

Just saw the Christmas social is in the Doublet again, on a Friday night. That's the third
year. I'd quite like to come but a pub on a Friday evening rules me out and quite a few other
members in Dowanvale. It's not a huge thing but it does feel like nobody thinks about it.

Is there a reason it can't be somewhere that isn't a pub, or on a Saturday afternoon?

Nadia""",
      tags=("confuser", "complaint-as-query"))

c.add("complaint", subject="Resigning",
      sender=("Alistair Munro", "alistair.munro@gmail.com"), date=d(),
      body="""Jamie

I'm resigning my membership. I've been in the party since 1997 but I've finally come round to
independence, and I can't campaign against something I now believe in. I've no complaint
about the CLP, you've all been decent.

Best,
Alistair""",
      tags=("leaving",))

c.add("complaint", subject="Canvass data",
      sender=("Mhairi Dunlop", "mhairi.dunlop@outlook.com"), date=d(),
      body="""Euan/Jamie,

I spent three evenings last week entering the Saturday canvass returns into Contact Creator -
about 300 contacts for Kelvinbank. Tonight I logged in and every single one is gone. Somebody
has "cleaned" the data for those streets and overwritten it all.

Nobody told me. Nobody asked. I'm a volunteer with two kids and a job. I'm not doing it again
unless someone can tell me it won't happen again.

Mhairi""",
      tags=())

c.add("complaint", also=["query"], subject="Meeting times",
      sender=("Gavin Orr", "gavin.orr@gmail.com"), date=d(),
      body="""Every meeting this CLP holds starts at 7pm on a weekday. I finish my shift at
7pm in the Royal. So does half the NHS. Shift workers, carers, anybody with kids - all shut
out.

I've raised this twice at branch. Has anyone actually considered changing the times, or
alternating them, or is it just the way it's always been done?""",
      tags=("confuser", "complaint-as-query"))

c.add("complaint", subject="Re: Your question about the EC decision",
      sender=("Marion Stirling", "marion.stirling@btinternet.com"), date=d(),
      body=c.quote_reply(
          """Jamie, with respect, that's not an answer. You've told me what standing order 12
says. I know what standing order 12 says, I've got a copy. What I asked was WHY the EC decided
to refuse the Cleveden Park branch's request for a hustings, and who voted for it.

I'm getting very tired of being fobbed off with the rulebook.

Marion""",
          """Hi Marion,

Thanks for your email. Under Standing Order 12, the Executive Committee may determine the
arrangements for any CLP meetings between GCs, which includes hustings. The EC considered the
request at its meeting on the 9th.

Best wishes
Jamie""", style="gmail"),
      tags=("quoted-reply",))

c.add("complaint", subject="Winter heating payment",
      sender=("William Hendry", "w.hendry1944@btinternet.com"), date=d(),
      body="""Dear Sir,

I have been told by the Scottish Government that the winter heating payment is now their
responsibility and by the UK Government that it is the Scottish Government's fault that it was
cut, and my MSP, who is Labour, tells me it is the SNP's fault and my MP, who is Labour, tells me
it is "being looked at".

I am 82. I do not care whose fault it is. I would like the Labour Party, which has an MP and an
MSP in this constituency and is the government in London, to explain to me in plain English why
I received less this year than I did two years ago. I have asked this question three times.

W. Hendry""",
      tags=("confuser", "national-decision-complaint"))

# =====================================================================================
# QUERY (16)
# =====================================================================================

c.add("query", subject="meetin",
      sender=("Jim Coyle", "jimcoyle1962@gmail.com"), date=d(),
      body="""whit time's the kelvinbank meetin the nite and is it in the hub or the church.
cheers jim""",
      tags=("short", "dialect"))

c.add("query", subject="Moved from Edinburgh",
      sender=("Eilidh Fraser", "eilidh.fraser@gmail.com"), date=d(),
      body="""Hi Jamie,

I've just moved from Leith to a flat on Dowanvale Road and I've updated my address with the
party. I was the branch secretary in my old CLP so I'm keen to get stuck in. Which branch am I
in now and when does it next meet? Is there a campaign session this weekend?

Eilidh""",
      tags=("change-of-address", "volunteering"))

c.add("query", subject="Can I join?",
      sender=("Lucía Fernández", "lucia.fernandez@gmail.com"), date=d(),
      body="""Hello,

I am Spanish and I live in Glasgow since 2017, I have settled status. I can vote in Scottish
elections. Can I be member of the Labour Party or it is only for British people? And if I can,
I can vote in the selections also?

Thank you very much,
Lucía""",
      tags=("non-native", "membership"))

c.add("query", subject="GC - hybrid?",
      sender=("Keith Morrison", "keith.morrison@outlook.com"), date=d(),
      body="""Jamie - is Thursday's GC hybrid or in person only? I'm working in Aberdeen till
Friday. If there's a Zoom link can you send it? If not, apologies in advance. Keith""",
      tags=())

c.add("query", subject="Strathclyde student",
      sender=("Aidan Quinn", "aidan.quinn.2024@uni.strath.example.ac.uk"), date=d(),
      body="""hi! im a 2nd year at strathclyde, from derry originally. i joined labour last week
and it says im in kelvin north CLP because of my halls address. is there a labour students club
at strath or do i just come to the branch meetings? and do i need to be on the register here to
vote in selections? cheers""",
      tags=("student",))

c.add("query", subject="Parking at the Hub",
      sender=("Hugh Bannerman", "hugh.bannerman@btinternet.com"), date=d(),
      body="""Jamie,

Last time I came to a meeting at the Dowanvale Hub I drove round for twenty minutes and
eventually got a ticket on Craigmore Street because half the road is now permit-only, which
nobody mentioned. Annoying, but there we are.

Is there anywhere that's actually OK to park for the meeting on the 14th, or should I just get
the bus?

Hugh""",
      tags=("confuser", "query-with-grumble"))

c.add("query", subject="Clyde Metro",
      sender=("Dr Sunita Rao", "sunita.rao@gla.example.ac.uk"), date=d(),
      body="""Dear Jamie,

I'm a member in Cleveden Park and I work on transport research at the university. Could you
point me to Scottish Labour's current position on the Clyde Metro - is there a policy document
or manifesto section since the Holyrood election, and does the party support the
Glasgow-Airport link being in phase one? I'd like to contribute to the policy forum
consultation and want to read what's already there first.

Many thanks,
Sunita""",
      tags=("confuser", "info-request"))

c.add("query", subject="membership card",
      sender=("Agnes Tait", "agnes.tait@aol.com"), date=d(),
      body="""Hello dear, I joined in the summer and never got a membership card. Is that
normal these days or should I have had one? I don't mind either way I just like to have it
in my purse. Agnes""",
      tags=("membership", "elderly"))

c.add("query", subject="design help",
      sender=("Callum Reid", "callum@callumreiddesign.example.co.uk"), date=d(),
      body="""Hi Jamie,

I'm a graphic designer and a fairly new member. I can't do much door-knocking with my work
hours but I'd be happy to help with leaflets, social graphics, that sort of thing - for free
obviously. Who should I talk to? Is there a house style from Scottish Labour I'd need to stick
to?

Callum""",
      tags=("volunteering",))

c.add("query", subject="New form entry: Contact",
      sender=c.form_robot(), reply_to=("Maria Kowalczyk", "maria.kowalczyk@gmail.com"), date=d(),
      body=c.webform({
          "Name": "Maria Kowalczyk",
          "Email": "maria.kowalczyk@gmail.com",
          "Ward": "Balmore Cross",
          "Message": """Does Fiona Gilmour MSP have a surgery in Balmore Cross this month? My
son is waiting for ADHD assessment two years and I want to ask her for help. I can come any
Saturday. Thank you""",
      }, form="Contact"),
      tags=("webform", "public", "non-native"))

c.add("query", subject="new email",
      sender=("Sandy Mathieson", "sandy.mathieson@protonmail.com"), date=d(),
      body="""Hi Jamie, I've moved my email from the old BT one to this one. Can you update the
CLP lists? I'll do Membersnet myself. Thanks, Sandy""",
      tags=("change-of-address",))

c.add("query", subject="URGENT!! voting in selection",
      sender=("Stacey McLean", "stacey.mclean@hotmail.co.uk"), date=d(),
      body="""URGENT!!

Hi, I joined in August - will I be able to vote in the Dowanvale council selection on the
28th of next month? Someone said you have to have been a member for 6 months but someone
else said it's from the date the timetable was set. I really want to vote for Shabana. Please
let me know asap!!

Stacey""",
      tags=("confuser", "query-with-urgent", "selections"))

c.add("query", subject="access at the library",
      sender=("Jean Forbes", "jean.forbes@btinternet.com"), date=d(),
      body="""Dear Jamie,

My husband uses a wheelchair. Is the meeting room at Balmore Cross Library on the ground floor,
and is there an accessible toilet? We'd both like to come to the branch AGM.

Thank you,
Jean Forbes""",
      tags=("access",))

c.add("query", subject="Subs",
      sender=("Tommy Doolan", "tommydoolan@talktalk.net"), date=d(),
      body="""Dear Jamie,

Can I still pay my subscription in cash at the branch meeting like I used to with Bill? I don't
have the internet banking and my daughter does the email for me. It's £30 a year isn't it?

Thomas Doolan""",
      tags=("membership", "elderly"))

c.add("query", also=["procedural"], subject="Observing the EC",
      sender=("Ross Cunningham", "ross.cunningham@gmail.com"), date=d(),
      body="""Hi Jamie,

Are ordinary members allowed to sit in on EC meetings as observers? I'm thinking about standing
for an officer role at the AGM and I'd like to see how it works before I commit. If it's not
allowed, no worries.

Ross""",
      tags=("confuser", "procedural-as-query"))

c.add("query", subject="councillor surgeries",
      sender=("Brendan Kearney", "brendan.kearney@gmail.com"), date=d(),
      body="""Do you have a list of when and where the Labour councillors do their surgeries? A
neighbour asked me and I didn't know. Brendan""",
      tags=("short",))

# =====================================================================================
# PROCEDURAL (12)
# =====================================================================================

c.add("procedural", subject="Apologies for the General Committee",
      sender=("Rev. Ann Sutherland", "ann.sutherland@churchmail.example.org.uk"), date=d(),
      body="""Dear Secretary,

I regret that I shall be unable to attend the meeting of the General Committee on Thursday
owing to a prior pastoral commitment. Please record my apologies.

Yours sincerely,
Ann Sutherland
Delegate, Christian Socialist Movement""",
      tags=("apologies",))

c.add("procedural", subject="Motion - bulk uplift charges",
      sender=("Catherine Mair", "catherine.mair@outlook.com"), date=d(),
      body="""Jamie,

Cleveden Park branch carried the following motion on Tuesday (12 for, 1 against) for the
next GC:

"Kelvin North CLP notes the introduction of charges for bulk uplift collections, the rise in
fly-tipping reports in the constituency since their introduction, and the burden the charges
place on pensioners, disabled residents and people in private lets.

The CLP calls on the Labour group on the city council to press for (a) a free annual
collection for every household and (b) exemptions for those in receipt of council tax
reduction, and to report back to the GC within three months."

Proposer: Catherine Mair. Seconder: Agnes McPhee.

Catherine
Secretary, Cleveden Park branch""",
      tags=("motion",))

c.add("procedural", subject="SEC and SPF nominations - process",
      sender=("Scottish Labour - Party Services", "partyservices@scottishlabour.example.org.uk"),
      date=d(),
      body="""Dear CLP Secretary,

Nominations are now open for the CLP section of the Scottish Executive Committee and for the
Scottish Policy Forum. CLPs may nominate one candidate for each position in each region.

Nominations must be agreed at a quorate meeting of the CLP (GC or all-member meeting) and
submitted using the online form, with the date of the meeting and the votes cast.

Closing date: 5pm on the last Friday of next month.

Please ensure that candidates' statements are circulated to members before the meeting.

Party Services
Scottish Labour""",
      tags=("nomination", "from-region"))

c.add("procedural", subject="Scottish conference - delegate report",
      sender=("Grace Ndlovu", "grace.ndlovu@gmail.com"), date=d(),
      body="""Jamie,

Short report for the GC from me and Ravi as delegates to the Scottish Labour special
conference:

- Our CLP's motion on the housing emergency in Glasgow was composited and carried.
- We voted for the rule change on the timetable for council selections, as mandated.
- Anas spoke on the Holyrood result and the programme for the first year in opposition.
- Fringe highlights: Clyde Metro (packed), and one from the Scottish Women's Committee on
  safety for women councillors and candidates, which we'd recommend to the EC.

We'll take questions at the GC.

Grace""",
      tags=("report", "delegates", "hard-negative", "news-about-threats"))

c.add("procedural", also=["query"], subject="Rule change - can the branch propose one?",
      sender=("Derek Lamont", "derek.lamont@btinternet.com"), date=d(),
      body="""Jamie,

Balmore Cross branch would like to propose a change to the CLP standing orders so that
delegates can vote online in hybrid GC meetings, not just speak. Can a branch propose a rule
change directly to the AGM, or does it have to come via the EC? And how much notice is needed?
If you let me know I'll get the wording agreed at our next meeting.

Derek
Branch Chair""",
      tags=("confuser", "procedural-as-query", "standing-orders"))

c.add("procedural", subject="URGENT: branch motion for Scottish conference",
      sender=("Pauline Gourlay", "pauline.gourlay@gmail.com"), date=d(),
      body="""Jamie - URGENT!

Dowanvale branch wants to submit a motion to Scottish conference on private rented sector
rent controls. I know the deadline for motions to the CLP is the GC on the 20th and the
conference deadline is the end of next month, so we're fine for time, but I wanted to get it to
you before I forget. Text below.

"Conference notes that private rents in Glasgow have risen by over 30% in three years...
Conference calls on the Scottish Labour group at Holyrood to bring forward a members' bill..."

Pauline""",
      tags=("confuser", "procedural-with-urgent", "motion"))

c.add("procedural", subject="Re: Draft minutes - GC",
      sender=("Ranjit Gill", "ranjit.gill@outlook.com"), date=d(),
      body=c.quote_reply(
          """Hi Jamie, one small correction - item 1, I'm listed under apologies but I was
there (I came in late, about 7.20, during the treasurer's report). Could you move me to
present? Otherwise all looks fine. Thanks for doing these so quickly.

Ranjit""",
          """Dear delegates,

Draft minutes of Thursday's GC below. Corrections to me by Monday please.

1. Present: ... Apologies: K. Morrison, R. Gill, A. Sutherland ...

Jamie""", style="bottom"),
      tags=("minutes", "quoted-reply"))

c.add("procedural", subject="Accounts for the AGM",
      sender=IAIN, date=d(), fmt="alt",
      body="""Jamie,

Annual accounts for the AGM below. Isobel Crawford has examined them and signed them off
(her note is attached). Please circulate with the AGM papers.

KELVIN NORTH CLP - ANNUAL ACCOUNTS
Opening balance: £6,204.11
Income
  Membership allocation: £2,488.60
  Fundraising (ceilidh, quiz, raffle): £1,912.50
  Donations: £860.00
  Affiliation fees: £240.00
Expenditure
  Holyrood election - CLP contribution: £5,100.00
  Hall hire: £720.00
  Printing (non-election): £412.80
  Software and subscriptions: £298.40
  Sundries: £61.19
Closing balance: £4,912.82

Iain Docherty, Treasurer""",
      tags=("report", "agm"))

c.add("procedural", subject="Agenda item for GC",
      sender=("Cllr Shabana Aslam", "shabana.aslam@glasgow-council.example.gov.uk"), date=d(),
      body="""Dear Jamie,

Could I request a 15-minute slot at the next GC for a presentation from Dowanvale Housing
Association on the playing fields site? They've asked to explain the proposal directly to
members and take questions, given the strength of feeling locally. I think it would help
members to hear it from them rather than from Facebook.

Best wishes,
Shabana""",
      tags=("agenda",))

c.add("procedural", subject="Dowanvale - nomination for ward selection",
      sender=("Pauline Gourlay", "pauline.gourlay@gmail.com"), date=d(),
      body="""Jamie,

Please find below the branch's nomination for the Dowanvale ward selection. Shabana was
nominated at the branch meeting on the 3rd, 23 votes to 4.

Nominee: Cllr Shabana Aslam
Ward: Dowanvale (multi-member ward, first preference candidate)
Branch meeting: 3rd, quorate, 27 present
Proposer: Pauline Gourlay. Seconder: Nadia Sadiq.

Her candidate statement is attached. Please pass to the LCF selection panel.

Pauline
Secretary, Dowanvale branch""",
      tags=("nomination", "selections"))

c.add("procedural", subject="CWU delegate change",
      sender=("CWU Glasgow & District Amal", "secretary@cwu-glasgow.example.org.uk"), date=d(),
      body="""Dear Secretary,

Please note that the branch has replaced Brother Liam Toner with Sister Claire Dunn as one of
its two delegates to Kelvin North CLP GC, with effect from the next meeting. Claire's email is
claire.dunn@cwu-glasgow.example.org.uk.

Yours fraternally,
Stevie Marr
Branch Secretary""",
      tags=("affiliates", "delegates"))

c.add("procedural", also=["query"], subject="our AGM wasn't quorate",
      sender=("Derek Lamont", "derek.lamont@btinternet.com"), date=d(),
      body="""Jamie

Embarrassing - only 6 turned up to the Balmore Cross branch AGM last night and our quorum is
8, so we couldn't elect officers or GC delegates. What happens now? Do the existing officers
carry on? Do we have to hold it again within a certain time, and does it need the full notice
period again?

Derek""",
      tags=("confuser", "procedural-as-query", "agm"))

# =====================================================================================
# DATA-PROTECTION (6)
# =====================================================================================

c.add("data-protection", subject="My daughter",
      sender=("Lesley Barr", "lesley.barr@gmail.com"), date=d(),
      body="""Hello,

My daughter Ellie got a card through the door addressed to her by name saying "Happy 16th
birthday Ellie - you can now vote in Scottish elections! From your Labour team in Kelvin
North".

She's a child. How do you know her name, our address, and when her birthday is? Neither of us
has ever given that to your party. I want to know where it came from and I want it removed.

Lesley Barr""",
      tags=("confuser", "dp-no-legal-words"))

c.add("data-protection", subject="unsubscribe",
      sender=("Kenny Boyd", "kennyboyd@live.co.uk"), date=d(),
      body="""take me off your list""",
      tags=("confuser", "dp-no-legal-words", "short"))

c.add("data-protection", subject="Our client: Mr Dominic Sheridan - subject access request",
      sender=("Harper Lennox LLP", "dpa@harperlennox.example.co.uk"), date=d(), fmt="alt",
      body="""Dear Sirs

We act for Mr Dominic Sheridan, 18 Lochend Street, Glasgow.

On behalf of our client, and with his signed authority (enclosed), we request under Article 15
UK GDPR and section 45 of the Data Protection Act 2018 copies of all personal data relating to
our client held by Kelvin North Constituency Labour Party, including any records held by its
officers, councillors and campaigners in the course of party business.

Please provide the information to this office within one month of receipt.

Yours faithfully

Harper Lennox LLP
This email and any attachments are confidential and may be legally privileged. If you have
received it in error please notify the sender and delete it.""",
      tags=("sar", "legal-words", "solicitor"))

c.add("data-protection", subject="the shared spreadsheet",
      sender=("Amir Hussain", "amir.hussain@outlook.com"), date=d(),
      body="""Jamie,

I clicked the link to the "Kelvinbank volunteers" Google Sheet that was posted in the public
Facebook event for Saturday's action day. It isn't just the volunteer rota - there's a second
tab with what looks like the whole branch membership: names, addresses, phone numbers, and a
column saying who's in arrears. And the link is set to "anyone with the link can view".

I haven't shared it. But it's been up since Tuesday. You probably want to lock it down now.

Amir""",
      tags=("breach",))

c.add("data-protection", subject="you've got me down wrong",
      sender=("Theresa Quinn", "theresa.quinn@gmail.com"), date=d(),
      body="""Jamie

Bit of a daft one. A canvasser came to my door last week, took one look at the sheet and said
"oh, you're down as Against, we'll not bother you". I've been a member for eleven years! I
assume someone's muddled me up with my old upstairs neighbour.

Can you get whatever you've got written about me sorted, and tell me what else is on there?

Theresa""",
      tags=("confuser", "dp-no-legal-words", "rectification"))

c.add("data-protection", subject="Photo on the website",
      sender=("Claire Mullen", "claire.mullen@icloud.com"), date=d(),
      body="""Hi,

There's a photo of me and my two children at your stall on the front page of the Kelvin North
Labour website ("Our summer of action!"). I was only at the stall to ask about the bus lane. I
didn't agree to be photographed and I certainly didn't agree to my kids' faces being on a
political party's website.

Please take it down and confirm it's been deleted from wherever else it's been posted.

Claire""",
      tags=("confuser", "dp-no-legal-words", "published-without-consent"))

# =====================================================================================
# BULK (12)
# =====================================================================================

c.add("bulk", subject="Scottish Labour: building for 2027",
      sender=("Scottish Labour", "news@scottishlabour.example.org.uk"),
      headers=c.newsletter_headers("NationBuilder"), date=d(), fmt="alt",
      body="""BUILDING FOR 2027

Friend,

The Holyrood result showed what's possible when we campaign together. Now the work starts
again: next May's council elections will decide who runs our towns and cities.

THIS MONTH
- Selection timetables published for all 32 councils
- New Contact Creator training for organisers
- Regional action days in Glasgow, Edinburgh, Fife and Aberdeen

Join an action day near you and let's get out there and fight for every ward.

Scottish Labour
Promoted by Scottish Labour, Glasgow.
You're receiving this because you're a member. Unsubscribe.""",
      tags=("newsletter", "hard-negative", "metaphor"))

c.add("bulk", subject="Automatic reply: GC papers",
      sender=MSPOFF, headers=c.autoreply_headers("rfc3834"), date=d(),
      body="""Thank you for your email to the office of Fiona Gilmour MSP.

The Scottish Parliament is in recess until Monday 20th. The office is open with reduced
staffing during this time. Emails will be read and acknowledged as soon as possible.

If your enquiry concerns a constituency casework matter, please include your full postal
address.""",
      tags=("autoreply",))

c.add("bulk", raw=c.bounce("jmcfarlane@scotnet.example.co.uk",
                           reason="550 5.7.1 <%s>: Recipient address rejected: Access denied",
                           orig_subject="Kelvinbank branch meeting tonight"),
      body="", tags=("bounce",))

c.add("bulk", subject="Reminder: General Committee starts in 1 hour",
      sender=("Zoom", "no-reply@zoom.us"), date=d(),
      body="""Hi Jamie Rennie,

This is a reminder that "Kelvin North CLP - General Committee" will begin in 1 hour.

Date & Time: Thursday 7:00 PM London
Join: https://us02web.zoom.us/j/

You have 47 registered attendees.""",
      tags=("notification", "robot-no-list-headers"))

c.add("bulk", subject="A new member has joined Kelvin North CLP",
      sender=("Labour Membership", "membership-noreply@labour.example.org.uk"), date=d(),
      body="""Dear Jamie,

Good news! A new member has joined your CLP.

Name: Aidan Quinn
Branch: Kelvinbank
Joined: online

Please make sure a local officer welcomes them within 7 days. You can find their contact
details in Membersnet.

This is an automatically generated email. Replies to this address are not monitored.""",
      tags=("confuser", "robot-looks-personal", "robot-no-list-headers"))

c.add("bulk", subject="New response: Kelvin North members' survey",
      sender=("Google Forms", "forms-receipts-noreply@google.com"), date=d(),
      body="""Kelvin North members' survey
1 new response

What time of day suits you best for meetings?  Saturday morning
Which issues matter most in your area?  Bins, buses, the LEZ
Would you like to get more involved?  Maybe

View all responses in Google Forms.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
      tags=("notification", "robot-no-list-headers"))

c.add("bulk", subject="@KelvinNorthLab, you have 6 new followers",
      sender=("X", "info@x.com"), headers=c.newsletter_headers(), date=d(), fmt="html",
      body="""<html><body><p>You have 6 new followers</p>
<p>@glasgowbusfacts, @dowanvaledad, @kate_mcg_scot and 3 others followed you.</p>
<p><a href="#">See who followed you</a></p>
<p style="font-size:11px">X Corp. 1355 Market Street, San Francisco. <a href="#">Unsubscribe</a></p>
</body></html>""",
      tags=("social", "notification"))

c.add("bulk", subject="Planning application alert - Dowanvale",
      sender=("Glasgow Planning Portal", "eplanning-noreply@glasgow-council.example.gov.uk"),
      date=d(),
      body="""Planning Alerts

The following applications have been validated within your saved area (Dowanvale):

26/02417/FUL - Erection of 84 flatted dwellings with associated access and landscaping -
Dowanvale Playing Fields, Dowanvale Road

26/02433/LBC - Replacement windows - 12 Kirklee Gardens

Comments may be made online within 21 days.

You are receiving this because you set up a planning alert. Manage alerts.""",
      tags=("notification", "robot-no-list-headers"))

c.add("bulk", subject="You've received £45.00 GBP from Iain Docherty",
      sender=("PayPal", "service@paypal.co.uk"), date=d(), fmt="html",
      body="""<html><body><p>Hello Kelvin North CLP,</p>
<p>Iain Docherty sent you <b>£45.00 GBP</b>.</p>
<p>Note from Iain Docherty: "ceilidh tickets x3 - Morag, Ravi, me"</p>
<p>Transaction ID: 8HG29402UW5531934</p>
<p style="font-size:11px">Please do not reply to this email. PayPal (Europe) S.à r.l. et Cie, S.C.A.</p>
</body></html>""",
      tags=("confuser", "robot-looks-personal", "robot-no-list-headers"))

c.add("bulk", subject="Re: [clp-secretaries] Contact Creator keeps logging me out",
      sender=("Wendy Aitken", "secretary@fifecoastlabour.example.org.uk"),
      to="clp-secretaries@lists.scottishlabour.example.org.uk", date=d(),
      headers=c.list_headers("clp-secretaries", domain="lists.scottishlabour.example.org.uk"),
      body=c.quote_reply(
          """Same here since the update. What fixed it for me was clearing cookies for the
site and logging in from a private window. Annoying but it works. Party IT say a fix is
coming "shortly".

Wendy (Fife Coast)""",
          """Is anyone else getting kicked out of Contact Creator every five minutes? Lost two
lots of data entry this week.

Tam""", quoted_from="Tam Gillespie", style="gmail"),
      tags=("list",))

c.add("bulk", subject="Out of office",
      sender=RAVI, headers=c.autoreply_headers("gmail"), date=d(),
      body="""Hi, I'm on holiday until the 28th with no access to email. For anything urgent
CLP-related please contact Jamie Rennie or Morag Baxter. Ravi""",
      tags=("autoreply",))

c.add("bulk", subject="Book your Christmas party at The Kelvin Rooms",
      sender=("The Kelvin Rooms", "events@kelvinrooms.example.co.uk"),
      headers=c.newsletter_headers("Campaign Monitor"), date=d(), fmt="html",
      body="""<html><body style="font-family:Georgia">
<h2>Christmas at The Kelvin Rooms</h2>
<p>Function suite for up to 120 guests. Two-course festive dinner from £29.50 per head.
Free room hire Sunday to Thursday in December.</p>
<p>Perfect for office parties, clubs and societies. <a href="#">Check availability</a></p>
<p style="font-size:11px">You're receiving this because you hired our venue in the past.
<a href="#">Unsubscribe</a></p></body></html>""",
      tags=("marketing",))

# =====================================================================================
# OTHER (8)
# =====================================================================================

c.add("other", subject="Thank you",
      sender=("Morven Blair", "morven.blair@gmail.com"), date=d(),
      body="""Dear Jamie and everyone at the CLP,

Thank you for the card and the flowers after Dad died. He'd have been chuffed that the party
remembered him - he was so proud of his fifty years' badge. It meant a lot to Mum too.

With love,
Morven""",
      tags=("thanks", "condolence"))

c.add("other", subject="Club night entry",
      sender=("Darren Ogilvie", "darren.ogilvie@gmail.com"), date=d(),
      body="""Hi is this the Kelvin Harriers? I want to enter the club 10k on the 9th, is it
too late? Darren""",
      tags=("misdirected", "confuser", "other-as-query"))

c.add("other", subject="Cheerio from me",
      sender=("Rhona Gillies", "rhona.gillies@outlook.com"), date=d(),
      body="""Jamie,

Just to let you know we're finally doing it - Stuart's got the job in Perth (the Australian
one!) and we fly on the 30th. So I'll be transferring to Labour International, or whatever
it's called, and handing back the Cleveden Park delivery rounds.

I'll miss the Saturday mornings more than I'll admit. Thanks for everything, you're a star.

Rhona""",
      tags=("personal-news",))

c.add("other", subject="Ceilidh!",
      sender=MORAG, date=d(),
      body="""Jamie, the ceilidh's definitely on for the 22nd at the Dowanvale Hub - band
booked, Iain's doing tickets (£15/£8). Can you give it a mention at the end of your next
members' email? I've already told everyone I've met this week. Pure dead brilliant.

Morag""",
      tags=("social",))

c.add("other", subject="Canvassing app - quick hello",
      sender=("Niall Brennan", "niall@doorstepapp.example.co.uk"), date=d(),
      body="""Hi Jamie,

I met you briefly at the Glasgow action day in the spring - I'm the guy who was handing out
the flyers about the app. We've just launched a version that syncs offline canvassing with
walk sheets, and a couple of Edinburgh CLPs are trialling it.

Not trying to sell you anything today - I'd genuinely just value 20 minutes of your thoughts as
someone who actually runs the data side. Happy to buy you a coffee.

Niall""",
      tags=("sales-from-person",))

c.add("other", subject="Thank you from Dowanvale Primary",
      sender=("Mrs K. Aitchison", "headteacher@dowanvaleprimary.example.sch.uk"), date=d(),
      body="""Dear Sir or Madam,

On behalf of the pupils and staff, thank you for arranging for Ms Gilmour to visit our P7
class for our "Democracy Week". The children were thrilled, and several of them have written
letters which I enclose. Please pass them on.

Kind regards,
Mrs K. Aitchison, Headteacher""",
      tags=("thanks", "misdirected"))

c.add("other", subject="congratulations!",
      sender=("Yvonne Cairns", "yvonne.cairns@gmail.com"), date=d(),
      body="""Jamie - just heard from Morag about your new job at the housing association!
Brilliant news, well deserved. Don't let them work you so hard you give up the CLP though,
we'd be lost. Yvonne x""",
      tags=("personal-news",))

c.add("other", subject="Saturday stall",
      sender=("Betty Lochhead", "betty.lochhead@btinternet.com"), date=d(),
      body="""Jamie, this heat is killing me so I'll not be standing at the stall all morning
this time, but I've made two trays of tablet and a tray of millionaire's shortbread for it.
Shoot me a text when you're set up and my grandson will bring them round.
Betty""",
      tags=("hard-negative", "benign-violent-word"))

c.write()
