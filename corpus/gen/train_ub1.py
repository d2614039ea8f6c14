"""train/ub1: many things at once, part 1 (Whitmoor & Skelby CLP, an East Riding coastal seat:
the resort of Skelby and the market town of Whitmoor). All content hand-written.

Members rarely write about one thing. Each message here mixes two or three concerns
(apologies, a question, a grumble, a deadline, a data request, thanks, a nomination) and is
labelled by what the secretary must do first; `also` only where a careful reader would accept
either. 50 non-threats spread over urgent, complaint, query, procedural, data-protection and
other, then 10 safety messages: the same kind of many-topic letter with one menacing sentence,
or a report of a threat, somewhere in the middle.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ub1", seed=6401)
# Our own invented CLP and secretary.
c.clp = ("Whitmoor & Skelby CLP", "Ruth Ainsworth", "secretary@whitmoorskelbylabour.org.uk")
P = c.person
SEC = "Ruth Ainsworth <secretary@whitmoorskelbylabour.org.uk>"
MX = ("confuser", "mixed")

# ============================================================ urgent (9)

# U1 chair's chatty thank-you with tonight's venue problem in paragraph three
c.add("urgent", also=["other"], subject="Saturday - and a wee problem", sender=("Keith Braithwaite", "keith.braithwaite@btinternet.com"),
      tags=MX + ("urgent-buried", "other-with-urgent"),
      body="""Morning Ruth,

What a day Saturday was! I've had three separate people stop me in the Co-op to say how much they enjoyed the barbecue, and Mavis from Cliff Top says it's the first time in ten years she's seen the young ones and the old guard actually talking to each other instead of standing at opposite ends of the garden. The raffle made £212 according to Annette, which is more than the last two put together. You did all the hard work and I just stood by the grill so thank you.

I've put some of the photos on the shared drive, the ones where nobody has their eyes shut anyway.

Now the less nice bit. I had a call from Rev. Pollard at about half eight this morning. The Methodist hall can't have us tonight after all, they've got a funeral tea for old Mr Harker and it's running into the evening, and she was very apologetic but there it is. So tonight's EC has nowhere to go. I've rung Darren at the Lifeboat and he says we can have the back room from seven if we buy a drink, which I think we can manage.

Could you send something round to the EC before five so nobody turns up at a locked hall? I'd do it but I'm hopeless with the group email and last time I sent it to the whole membership by mistake. I'll stand outside the Methodist at seven just in case anyone doesn't see it.

All the best,
Keith""")

# U2 printer: invoice question plus a wrong polling date on a proof that goes to press tomorrow
c.add("urgent", also=["query"], subject="RE: Invoice 4471 + Fenside proof", sender=("Bev Hollingworth", "bev@coastlineprint.co.uk"),
      fmt="alt", tags=MX + ("urgent-buried", "query-with-urgent"),
      body="""Hi Ruth

Thanks for the payment on the August job. I've had a query from our accounts about invoice 4471 (the A-boards), it shows as paid twice on your side? Not a problem, we can credit it against the next one, just let me know which you'd prefer.

More pressing though - I've been checking the proof for the Fenside by-election leaflet before it goes on the press and the back page says polling day is Thursday 14th. The notice of election on the council site says Thursday 15th. One of them is wrong and I'd rather it wasn't us!

We've got it scheduled on the press first thing tomorrow (9am) to hit Phil's collection slot at 2. If I don't have a corrected proof signed off by close of play today I'll have to bump it to Monday, which I know you don't want.

Cheers
Bev

Bev Hollingworth
Coastline Print & Design, Unit 4 Quayside Estate, Skelby
01262 555 019""")

# U3 Polish member with the keys, non-native
c.add("urgent", also=["procedural"], subject="Keys Saltholme centre / sorry for Thursday", sender=P("Agnieszka", "Wróbel", "wp.pl"),
      tags=MX + ("urgent-buried", "non-native", "apologies-with-urgent"),
      body="""Hello Ruth,

Sorry I must give apologies for GC on Thursday, I cannot come. My daughter have operation on appendix, she is in Hull hospital from this morning and I go there tonight and I dont know when I come back, maybe 2 or 3 days.

The problem is I have the keys from Saltholme Community Centre for tomorrow morning canvassing (10 oclock). Nobody else have them, the caretaker is on holiday. I can leave them in my neighbour Mrs Dowson number 14 Lark Rise but someone must take them tonight before 9 because she go to bed early.

Please can you tell Phil or somebody? I try to call him but no answer.

Also I wanted to ask if the leaflet for Polish families is ready, but this is not important now.

Thank you and sorry for trouble
Agnieszka""")

# U4 agent: three points, the middle one due tomorrow
c.add("urgent", also=["procedural"], subject="three things", sender=("Phil Stead", "phil.stead.agent@gmail.com"),
      tags=MX + ("urgent-buried", "list-of-issues"),
      body="""Ruth

1. Expenses. Do we count the hire of the Lifeboat back room for the launch as a candidate expense or a party one? I've got it down as party but the regional guidance is ambiguous. No rush, return isn't due for weeks.

2. THIS IS THE ONE. Ian Rudd's consent to nomination for Fenside is not signed. I've just gone through the pack. Everything else is there, subscribers, the lot, but the consent page is blank. Nominations close 4pm TOMORROW at the Whitmoor civic centre. He's working in Grimsby today. Can you ring him? I've left two messages. If he can get back for 9 tomorrow I'll meet him at the office and we'll walk it round.

3. Whoever ordered the rosettes has ordered them in a red that is basically pink. I'm not wearing one.

P""")

# U5 journalist, friendly questions, deadline this afternoon
c.add("urgent", also=["query"], subject="Skelby Mercury - request for comment (deadline 3pm today)", sender=("Hannah Exley", "hannah.exley@skelbymercury.co.uk"),
      tags=MX + ("press-deadline", "query-with-urgent"),
      body="""Dear Ms Ainsworth,

I hope you're well. I'm the new local democracy reporter at the Mercury, taking over from Gareth, and I'd love to come for a coffee some time and get to know who's who in the local party, if that would be welcome.

Today, though, I'm writing about something more specific. We've been told by two separate sources that Cllr Tony Rudd intends to leave the Labour group on East Riding council and sit as an independent, and that this is connected to the Fenside selection. We intend to run the story in tomorrow's paper and online this evening.

Could the CLP give us a comment on:
- whether Cllr Rudd remains a member of the Labour group;
- whether the Fenside selection process is being reviewed.

Our deadline for comment is 3pm today. If we don't hear back we will say that the party was approached and did not respond.

Separately, and not urgent at all: do you have a list of branch meeting dates for the autumn? We'd like to include them in our community diary.

Many thanks,
Hannah Exley
Local Democracy Reporter, Skelby Mercury
07700 900 482""")

# U6 reply about Saturday's action day, but tomorrow's stall is the problem
c.add("urgent", subject="Re: Action day Saturday", sender=("Margaret Unsworth", "m.unsworth@sky.com"),
      tags=MX + ("urgent-buried", "quoted", "complaint-with-urgent"),
      body=c.quote_reply("""Hi Ruth, Saturday's fine, put me down for the Cliff Top end, I'll bring flasks.

BUT. Went to the market office this afternoon to pay for tomorrow's stall pitch and the inspector says our street trading consent for political stalls ran out at the end of last month and nobody renewed it. He won't let us set up tomorrow without it. He says if someone from the party rings the licensing team before 5 today and pays the £35 over the phone he'll accept the reference number in the morning. I haven't got the authority to do that and I don't have the card.

Honestly £35 to hand out leaflets about a library on a public street, it's a racket. But that's for another day. Can you or Annette ring them? 01482 555 770, ask for licensing.

Margaret""", """Hi all,

Just a reminder that Saturday's action day starts at 10.30 from the bandstand on the front. We're splitting into two groups, Cliff Top and Harbour. Please reply to me if you can come so I can print enough boards.

Thanks,
Ruth""", quoted_from=SEC, style="gmail"))

# U7 web form from the venue: insurance certificate by 2pm or tonight is off
c.add("urgent", subject="New submission: Room hire enquiry", sender=c.form_robot(),
      reply_to=("Saltholme Community Centre", "bookings.saltholmecc@outlook.com"),
      tags=MX + ("webform", "urgent-buried", "query-with-urgent"),
      body=c.webform({
          "Name": "Lesley Garbutt (Bookings, Saltholme Community Centre)",
          "Email": "bookings.saltholmecc@outlook.com",
          "Phone": "01262 555 311",
          "Your message": """Hello, I couldn't find a direct email for the secretary so I'm using this form, sorry.

Your booking for the main hall TONIGHT (Weds, 7-9.30pm, 'Members meeting with Ian Coverdale MP') - our trustees have just pointed out we still don't have a copy of your public liability insurance certificate. Our insurers insist on it for any booking over 50 people. If we don't have it by 2pm today I'm afraid we'll have to cancel, which I really don't want to do as I know the MP is coming.

Also while I'm writing, would you like the tea urn and the big urn put out, and do you need the hearing loop switched on? And can I ask whether you want to make this a regular monthly booking in the new year, as we're putting the 2027 calendar together.

Lesley""",
      }, form="Contact the party"))

# U8 treasurer: chatty raffle news, bank mandate by 10am tomorrow
c.add("urgent", also=["other"], subject="raffle money, gift aid, and bank (sorry)", sender=("Annette Pickering", "annettepickering@talktalk.net"),
      tags=MX + ("urgent-buried",),
      body="""Hello Ruth love

Banked the raffle money this morning, £212 as Keith said, and I've put the £40 from the cake stall in separately so it shows up properly for the accounts. Maureen asked me whether we can claim gift aid on the raffle and I said I didn't think political parties could but I'll double check, if you know off the top of your head let me know.

Now the bank. When I went in they said the mandate change from the AGM still hasn't gone through because they need the second signatory to come in with ID. That's you. Until that's done they've put a hold on any payment over £500, and the Coastline Print payment (£1,140) is due to go out tomorrow, and Bev won't release the Fenside leaflets till it clears. The lady said if you come in before 10 tomorrow with your passport and a utility bill she'll sort it on the spot. Barclays on King Street. I can meet you there at half nine if you like and we can have a coffee after.

Sorry to dump this on you, I know you're up to your eyes.

Annette x""")

# U9 youth officer, html-only, laptop has to be collected tonight
c.add("urgent", subject="laptop!!! (and sorry)", sender=("Callum Dent", "callumdent03@icloud.com"),
      fmt="html", tags=MX + ("urgent-buried", "html-only", "noisy", "apologies-with-urgent"),
      html_body="""<div dir="auto">hey ruth<br><br>sorry ive been rubbish at replying, exams have been carnage and i missed the last two ECs, put me down as apologies for the next one too tbh</div><div dir="auto"><br>BUT the actual reason im emailing - i still have the campaign laptop (the one with contact creator logged in) and the two canvass boards at my flat. i only just realised im flying to malaga at 6am tomorrow for my cousins wedding and im gone 2 weeks. so someone needs to grab it TONIGHT or its locked in my flat til the 28th and the fenside canvass is friday 😬</div><div dir="auto"><br>im in til about 11, flat 3, 19 Albion terrace whitmoor. buzzer doesnt work just ring me 07700 900 913</div><div dir="auto"><br>also random q is the young labour conference thing happening this year or not, nobody knows</div><div dir="auto"><br>cal</div><div dir="auto"><br>Sent from my iPhone</div>""",
      body="")

# ============================================================ complaint (8)

# C1 GC moved to Whitmoor, no bus home; ends with a real question
c.add("complaint", also=["query"], subject="GC venue change", sender=P("Hilary", "Cowling"),
      tags=MX + ("complaint-as-query",),
      body="""Dear Ruth,

I've just seen the notice for next month's GC and it says it's moving permanently to the Market Hall in Whitmoor.

I don't drive. I'm 74. The last 121 bus from Whitmoor to Skelby leaves at 9.10pm. GCs have never in the history of this CLP finished before half past nine, and usually nearer ten when Mr Stokes gets going on the treasurer's report. So what this means in practice is that those of us on the coast without cars are being told, quite politely, not to bother.

I wasn't asked. Nobody in Harbour branch was asked, because I asked them. It appears to have been decided by the EC, where I understand the coast has two people and Whitmoor has six.

I'd like to know who proposed it and why, and whether there is any intention to alternate the venue or to let people take part on Zoom. If the answer is no, I'd at least like to hear the reason from someone rather than read about it.

Yours,
Hilary Cowling
Harbour branch""")

# C2 URGENT subject, really a complaint about branch merger, with apologies tacked on
c.add("complaint", also=["procedural"], subject="URGENT - treatment of Cliff Top branch", sender=P("Gordon", "Fewster"),
      tags=MX + ("complaint-with-urgent-subject", "procedural-with-complaint"),
      body="""Ruth,

I am putting URGENT on this because frankly I think it is.

Cliff Top branch has been told, by email, by the EC, that we are to be merged with Harbour "for administrative efficiency". We were not consulted. We have 41 members. We meet every month, which is more than can be said for some. We raised £600 for the by-election fund. And we find out from a three-line email signed "on behalf of the EC" that we effectively no longer exist.

Which rule allows the EC to do this? I have read the rule book and I can't find one. I'd like the decision reversed or at the very least put to the GC where it should have gone in the first place.

I will not be at Thursday's GC as I am in Leeds at my son's, so please record my apologies, but our delegates will be raising it and they have my full backing.

Gordon Fewster
Chair, Cliff Top branch""")

# C3 forwarded MP newsletter, angry note, one question at the end; metaphor
c.add("complaint", also=["query"], subject="Fw: Ian Coverdale MP - September update", sender=P("Doreen", "Sutcliffe"),
      tags=MX + ("forwarded", "complaint-as-query", "hard-negative", "metaphor"),
      body=c.forward("""Ruth,

Have you read this? "Tough but fair decisions." Tough on who? Not on him.

Half my street are pensioners who missed out on the winter fuel by twenty quid. This policy is going to kill us on the doorstep in May, and he sends round a glossy newsletter with a picture of himself at a cricket match.

Is there anyone at all on the GC who is going to put this to him to his face, or am I going to have to come and do it myself? When is he next actually at a GC?

Doreen""", """IAN COVERDALE MP - YOUR VOICE IN WESTMINSTER

September update

It's been a busy summer in Whitmoor & Skelby! I was delighted to open the new play area at Fenside Park and to present the prizes at Skelby Cricket Club's junior tournament.

In Parliament, the Government has had to take some tough but fair decisions to fix the foundations after fourteen years of chaos. I know some of these decisions, including changes to the Winter Fuel Payment, have been difficult for some residents. I want to reassure you that the Pension Credit take-up campaign is...

Surgery dates: 2nd and 4th Friday, Whitmoor Library, by appointment.

Promoted by Phil Stead on behalf of Ian Coverdale, both at 12 Quay Street, Skelby.""",
          "Ian Coverdale MP <ian.coverdale.mp@parliament.example.uk>", "Ian Coverdale MP - September update", style="outlook"))

# C4 Romanian member, non-native, complaint about councillor plus how to become a delegate
c.add("complaint", also=["query"], subject="Councillor never answer + question", sender=P("Ioana", "Dumitrescu", "yahoo.com"),
      tags=MX + ("complaint-as-query", "non-native"),
      body="""Good evening,

I write because I am very disapointed. In Whitmoor Town ward there is house in multiple occupation on Mill Lane where the landlord put 11 people, I live next door. Rubbish everywhere, noise all night, the garden is like dump. I write to Cllr Akhtar three times since June. She reply one time to say "I will look into it" and after this nothing. I am Labour member and I vote for her and I tell my friends vote for her. This is not correct way to treat people.

Please tell me what I must do so she answer me. I dont want to go to other party but I feel nobody care.

Also second thing, my friend told me members can go to the GC meeting as delegate from branch. How I can do this? Is there election or I can just come? I think maybe if I am in meetings I can say about these problems directly.

Thank you,
Ioana Dumitrescu""")

# C5 two-line complaint plus apologies
c.add("complaint", also=["procedural"], subject="minutes", sender=("Stan Ibbotson", "stan.ibbotson@ntlworld.com"),
      tags=MX + ("procedural-with-complaint",),
      body="""Still no minutes from July's GC, we were promised them "within the week" three months ago. How are we supposed to approve them at the next one if we've never seen them. Apols for Thursday anyway, hospital appt.

Stan""")

# C6 long: Harbour selection stitched up, thanks to Ruth, question about appeals
c.add("complaint", also=["query"], subject="Harbour ward selection - I need to put this on record", sender=P("Natalie", "Brough"),
      tags=MX + ("complaint-as-query", "long", "hard-negative", "metaphor"),
      body="""Dear Ruth,

Before anything else I want to say that none of what follows is aimed at you. You have been nothing but helpful to me throughout this, you answered every email within a day, and when I rang you in tears after the hustings you stayed on the phone for forty minutes. I am grateful and I want that on the record too.

But I cannot let the Harbour ward selection go without saying something, and I would rather say it to you properly than in the branch WhatsApp, which is where half the CLP seems to be saying it anyway.

I applied in June. I have lived in Harbour ward for nineteen years. I chair the Friends of Skelby Lifeboat Station, I ran the campaign against the closure of the harbour toilets (I know, glamorous, but 800 signatures), and I've delivered every leaflet round on Marine Parade for six years. I was longlisted. I was interviewed by a panel of three. I was not shortlisted.

Of the three people on the panel, one is Cllr Harland's partner and another runs the café that Cllr Harland's son manages. I'm not making an accusation about anybody's honesty, and I'm sure they'd say they declared it. But nobody told the candidates. I only found out because somebody mentioned it at the Lifeboat afterwards. And the candidate who was shortlisted alongside Cllr Harland joined the party eleven months ago and has, as far as anyone can tell, never been to a branch meeting.

I know the answer I'll get: the panel followed the procedures, the scores were fair, I can ask for feedback. I did ask for feedback. I was told I "lacked campaigning experience". I nearly laughed. I have knocked on more doors on Marine Parade than anyone on that panel has knocked on in their lives.

What this does, Ruth, is it kills people's goodwill stone dead. There are at least four people in Harbour branch who've told me they won't be out for Denise in May, and these are people who've never missed a session. I'm not one of them, for what it's worth. I'll still deliver. But I'm angry and I think the way this was done was wrong.

So, my actual questions, because I want to do this the right way:

1. Is there an appeal process for a shortlisting decision, and if so who do I write to and what is the deadline?
2. Were the panel members required to declare their connections to the sitting councillor, and if they did, is that declaration written down anywhere I can see?
3. Can this be raised at the GC, or is it something that has to go to the regional office?

I'm not trying to cause trouble for the sake of it. I love this party and I love this town. But if we don't get this kind of thing right, what's the point of any of it.

Thank you again, genuinely.

Natalie Brough
Harbour branch""")

# C7 reply: charged for the dinner that was supposedly free
c.add("complaint", subject="Re: Thank you for coming to the Autumn Dinner", sender=P("Clive", "Marr"),
      tags=MX + ("quoted", "complaint-with-thanks"),
      body=c.quote_reply("""Nice of you to thank me. Less nice to then find £28 taken off my card by the Lifeboat for "2 x dinner" when the flyer, which I still have, says "free to members, £10 for guests". My wife is a member. She has been since 1997.

I've spoken to Darren at the Lifeboat and he says he charged what the CLP told him to charge. So somebody at the CLP told him. I'd like the £28 back, and I'd like whoever organised this to check nobody else has been charged for something they were told was free, because I bet I'm not the only one.

Clive Marr""", """Dear Clive,

Thank you so much for coming to the Autumn Dinner on Saturday. It was wonderful to see so many members and guests at the Lifeboat, and the speech from Ian was very well received. We raised £1,300 for the campaign fund.

Best wishes,
Ruth Ainsworth
Secretary, Whitmoor & Skelby CLP""", quoted_from=SEC, style="outlook"))

# C8 MP Gaza vote; also take me off the WhatsApp
c.add("complaint", also=["data-protection"], subject="The vote and the WhatsApp group", sender=P("Sadia", "Akram"),
      tags=MX + ("complaint-with-dp", "hard-negative", "metaphor"),
      body="""Salaam Ruth,

I'm writing because I don't know where else to put this. Our MP voted against the amendment on arms export licences last night. I have family in the West Bank. I sat up watching the vote and I felt sick.

I've been on the Whitmoor Town branch WhatsApp for two years. Last night after the vote somebody posted "good, about time he showed some backbone" with a thumbs up and three people liked it. When I said how that made me feel I was told not to "bring foreign politics into a branch chat". Foreign politics. People are being killed. It's not a football result.

I want a proper explanation of why Ian voted that way, from him, in writing, not a standard letter.

And please remove me from that WhatsApp group and from the branch email list for now. I'm not leaving the party, not yet, but I can't read that chat any more.

Sadia""")

# ============================================================ query (8)

# Q1 URGENT in subject, nothing due today
c.add("query", subject="URGENT!!! membership card", sender=("Derek Ormerod", "derek.ormerod1951@aol.com"),
      tags=MX + ("query-with-urgent",),
      body="""Dear Sir/Madam

I rejoined the Labour Party on line in August after a gap of some years. I have had an email saying welcome but I have not had a card. When will it come? My brother in law says you need the card to vote in the selections in the spring, is that correct?

Thanking you in anticipation

D. Ormerod (Mr)""")

# Q2 forwarded regional newsletter with one-line question
c.add("query", also=["bulk"], subject="Fwd: Yorkshire & Humber Labour - Organising Academy autumn dates", sender=P("Jasmine", "Okonkwo"),
      tags=MX + ("forwarded", "query-with-bulk"),
      body=c.forward("""Is this the same training Phil mentioned at branch, and do I need to book it myself or does the CLP do it?

J x""", """YORKSHIRE & THE HUMBER LABOUR
Organising Academy - autumn 2026

Want to win in May? Our Organising Academy is back, with free in-person and online sessions across the region.

 * Doorstep conversations that change minds - Sat 10 Oct, Leeds
 * Running a branch that grows - online, Tues 13 Oct, 7pm
 * Data and Contact Creator for beginners - online, Thurs 22 Oct, 7pm
 * Digital organising for small CLPs - Sat 7 Nov, Hull

Places are limited. Book now at the link below.

You are receiving this email because you are a Labour member in Yorkshire & the Humber. Unsubscribe | Manage preferences
Promoted by the Labour Party, 20 Rushworth Street, London SE1 0SS""",
          "Yorkshire & Humber Labour <noreply@yorkshirelabour.example.org.uk>", "Organising Academy - autumn dates", style="apple"))

# Q3 can't come, can I join online, which ward am I in now
c.add("query", also=["procedural"], subject="thursday + ward", sender=P("Leanne", "Gledhill"),
      tags=MX + ("query-with-apologies",),
      body="""Hi Ruth, sorry I can't make Thursday's branch meeting in person, it's my youngest's nativity (in October, don't ask). Is there a Zoom link or a way to dial in? I'd like to hear the discussion about the library.

Also we've just moved from Cliff Top to 8 Saltholme Road, is that still Cliff Top branch or am I Fenside now? And do I need to tell anyone other than you about the new address?

Thanks, Leanne""")

# Q4 access needs, grumble about last time
c.add("query", also=["complaint"], subject="Access at the Lifeboat function room", sender=P("Martin", "Haigh"),
      tags=MX + ("query-with-complaint", "access"),
      body="""Ruth,

I see the November members' meeting is at the Lifeboat function room. I'm a wheelchair user, as you may remember. Is the function room step-free, and is there an accessible toilet on that floor?

I ask because at the quiz night at the Market Hall I was told it was "fully accessible" and then had to be lifted up three steps by two men I'd never met, which I didn't enjoy, and then couldn't use the loo all evening. I didn't make a fuss at the time. But I'd rather know in advance this time so I can decide whether to come.

Thanks,
Martin Haigh""")

# Q5 URGENT: AGM nominations, AGM is six weeks away
c.add("query", also=["procedural"], subject="URGENT: question about the AGM", sender=P("Rajesh", "Mistry"),
      tags=MX + ("query-with-urgent",),
      body="""Hi,

Quick one, but I need to know so I can plan. When do nominations for CLP officer posts open for the AGM in December, and is there a form, or do we just email you? I'm thinking of standing for vice-chair (membership) and want to get branch nominations lined up before the branches meet.

Thanks
Rajesh Mistry
Whitmoor Town""")

# Q6 new baby and a question about reduced dues
c.add("query", also=["other"], subject="News! and a membership question", sender=P("Chloe", "Pennington"),
      fmt="alt", tags=MX + ("query-with-personal-news",),
      body="""Hi Ruth!

Just wanted to let you know that baby Isla arrived on the 3rd, 7lb 2oz, both of us doing well if very tired. Thank you for the card from the branch, it made me cry (everything makes me cry at the moment).

Practical question: I'm on maternity pay now so money's tight for a while. Is there a reduced rate for members on low income, and can I switch to it myself on Membersnet or does it have to go through you? I don't want to cancel, I just can't do the full amount for a few months.

Also I'll obviously be out of action for the Fenside canvassing, sorry!

Chloe x""")

# Q7 elderly member: change of address, grandson joining, memories
c.add("query", subject="Change of address", sender=("Joan Whitfield", "joan.whitfield@btinternet.com"),
      tags=MX + ("query-with-personal-news", "elderly"),
      body="""Dear Secretary

I have moved from 22 Cliff Road to Seaview Court (flat 9) on Beverley Road, Skelby, it is a sheltered scheme and very nice. Please will you change my address for the newsletters. I do not use the computer much so my grand-daughter is typing this for me.

My grandson Tyler is 16 and is interested in politics, he says he would like to join. Is he old enough and how does he do it and does it cost the full amount.

My late husband Ernest was treasurer of the Skelby party in the 1980s when the fish dock was closing, some of the older ones might remember him. I still have his membership cards going back to 1961.

Yours sincerely
Joan Whitfield (Mrs)""")

# Q8 web form from the public: volunteer, plus a bins grumble
c.add("query", subject="New submission: Get involved", sender=c.form_robot(),
      reply_to=("Owen Thackray", "owenthackray@gmail.com"),
      tags=MX + ("webform", "query-with-complaint"),
      body=c.webform({
          "First name": "Owen",
          "Last name": "Thackray",
          "Email": "owenthackray@gmail.com",
          "Postcode": "YO99 3FL",
          "I'd like to help with": "Delivering leaflets, Social media",
          "Anything else?": """Not a member yet but thinking about it. Moved here from Sheffield in the summer. Happy to deliver leaflets on my street (Fenside Avenue) and I'm decent at Canva if that's any use. Do I have to be a member to help?

Also is it the Labour council that's responsible for the bins here? Because the recycling hasn't been picked up for three weeks and I'd like to know who to shout at. Not you, probably!""",
      }, form="Get involved"))

# ============================================================ procedural (9)

# P1 apologies + venue question
c.add("procedural", also=["query"], subject="Apologies for GC 12th", sender=P("Helen", "Garside"),
      tags=MX + ("apologies-with-query",),
      body="""Ruth, please send my apologies for the GC on the 12th, I'm away. Is it still at the Methodist hall or has it moved to the Market Hall like someone said? Asking for my husband who is going in my place.

Helen""")

# P2 motion with angry covering note
c.add("procedural", also=["complaint"], subject="Motion for November GC - second homes and holiday lets (THIRD time)", sender=P("Tom", "Featherstone"),
      tags=MX + ("procedural-with-complaint", "motion"),
      body="""Ruth,

Attached below is the Harbour branch motion on second homes and holiday lets. This is the third time we have submitted it. In July it was "received too late" (it was received 16 days before, I have the email). In September it was "deferred for lack of time" after forty minutes on the minutes of the previous meeting. I don't think it's paranoid to wonder whether somebody on the EC owns a holiday let.

It was passed at Harbour branch on 2 October, proposed by me, seconded by Jill Newsome, carried 19 votes to 3.

MOTION: SKELBY IS FOR LIVING IN

This CLP notes:
- that 31% of homes in Harbour ward are now second homes or short-term holiday lets;
- that Skelby Primary has lost a class in three years;
- that local young people cannot afford to rent in the town they grew up in.

This CLP believes that councils should have the power to charge a full council tax premium on second homes from day one, and to require planning permission for change of use to short-term let.

This CLP resolves:
- to ask our MP to press the Government for these powers in the forthcoming housing bill;
- to ask the Labour group on East Riding council to adopt the maximum second homes premium;
- to submit this motion to the regional policy forum.

If this isn't heard at the November GC, we'll be asking the GC to suspend standing orders to hear it, and we'll be asking why.

Tom Featherstone
Secretary, Harbour branch""")

# P3 thank-you with a nomination attached
c.add("procedural", also=["other"], subject="Quiz night - thank you! (and a nomination)", sender=P("Wendy", "Lumb"),
      tags=MX + ("procedural-with-other", "nomination"),
      body="""Ruth,

Just a quick thank you for Friday's quiz night. I haven't laughed so much in ages, and Keith in the fez will stay with me forever. Please thank whoever did the round on 1970s Skelby, my mum would have loved it.

While I'm here: Fenside branch met on Tuesday and agreed to nominate Jas Kaur for women's officer at the AGM. Proposed Wendy Lumb, seconded Pat Dunning, nem con. Jas has said she's happy to stand. Is an email enough or do you need it on a form?

Wendy
Secretary, Fenside branch""")

# P4 minutes correction with a grumble
c.add("procedural", also=["complaint"], subject="Correction to draft minutes, EC 18 Sept", sender=P("Imran", "Bashir"),
      tags=MX + ("procedural-with-complaint", "minutes"),
      body="""Ruth,

The draft EC minutes from 18 September, item 6 (Fenside candidate), record me as having voted in favour of the recommendation. I voted against and I said so at the time, quite loudly as I recall. Please correct this before they go to the next EC.

This is the second set of minutes this year where a vote has been recorded wrong. I'm not accusing anyone of anything, but could we please have the votes counted out loud and written down at the time, rather than reconstructed afterwards from memory.

Imran Bashir
Vice-Chair (Campaigns)""")

# P5 conference delegate nomination + expenses question
c.add("procedural", also=["query"], subject="Regional conference delegate", sender=P("Ngozi", "Ifeanyi"),
      tags=MX + ("procedural-with-query", "delegates"),
      body="""Hello Ruth,

I would like to put myself forward as one of the CLP's delegates to the regional conference in February. I've been a member for four years, I'm on the Skelby North branch committee, and I'm the UNISON rep at the hospital, so I'd particularly like to be involved in the health policy sessions.

Two questions:
1. Does the CLP cover travel and the hotel, or is it only the delegate fee? I'd need to know before I commit because I'm on a nurse's salary.
2. Does the nomination need a proposer and seconder from my branch, or do I just put my name in at the GC?

Many thanks,
Ngozi""")

# P6 branch AGM results, bank mandate question, apologies
c.add("procedural", subject="Skelby North branch AGM - results", sender=P("Barry", "Storr"),
      tags=MX + ("procedural-with-query", "branch-report"),
      body="""Ruth

Skelby North held its AGM on Monday 5th, 17 present. Results:

Chair - Ngozi Ifeanyi (new)
Vice chair - Barry Storr (re-elected)
Secretary - Emma Tindall (new, replacing me)
Treasurer - Mike Rhodes (re-elected)
Women's officer - vacant
Delegates to GC - Ngozi Ifeanyi, Emma Tindall, Sue Haxby, Mike Rhodes

So I'm not secretary any more, please update your lists and send everything to Emma from now on (emma.tindall@outlook.com). Do we need to do anything with the bank for the branch account or does Mike just take it in with the minutes?

Apologies for the GC, I'm having my knee done.

Barry""")

# P7 amendment, with personal news
c.add("procedural", also=["other"], subject="Amendment to the coastal erosion motion + my news", sender=P("Sheila", "Dobson"),
      tags=MX + ("procedural-with-other", "amendment"),
      body="""Dear Ruth,

Cliff Top branch would like to submit the following amendment to the Saltholme branch motion on coastal erosion (GC, 12 November):

After "calls on the Environment Agency to publish its updated shoreline management plan", insert: "and to hold public meetings in Skelby and Saltholme before the plan is adopted, with proper notice to residents of Cliff Road, Beach Lane and the Saltholme chalets whose homes are directly affected".

Proposed: Sheila Dobson. Seconded: Ray Gant. Agreed at branch, 6 October.

On a personal note, I'm retiring from the library at the end of the month after 31 years (if it's still open by then!) so I should have more time to be useful. Don't let Keith volunteer me for anything before Christmas though.

Best,
Sheila""")

# P8 reply to apologies request: stepping down from the EC, with thanks
c.add("procedural", also=["other"], subject="Re: Apologies for Tuesday's EC?", sender=P("Brian", "Holmes"),
      tags=MX + ("quoted", "procedural-with-other", "officer-resignation"),
      body=c.quote_reply("""Ruth, yes, apologies from me for Tuesday, and I'm afraid for good. I've had the results from the cardiologist and they want me to take things a lot easier, so I'm stepping down as political education officer with immediate effect. I'll write something more formal if you need it.

I've loved it. Twelve years on that EC and I never once left a meeting without learning something, usually about patience. Thank you for keeping it all together.

Brian""", """Hi all,

Could you let me know by Monday if you can't make Tuesday's EC (7pm, Methodist hall)? We need to be quorate for the Fenside decision.

Thanks
Ruth""", quoted_from=SEC, style="bottom"))

# P9 emergency motion with a standing-orders question
c.add("procedural", also=["query"], subject="Emergency motion - lifeboat station", sender=P("Dylan", "Rawson"),
      tags=MX + ("procedural-with-query", "motion", "hard-negative", "metaphor"),
      body="""Ruth,

RNLI announced on Monday they're "reviewing" the Skelby all-weather boat. Everyone knows what reviewing means. Losing it would be the death of the harbour.

Saltholme branch wants to put an emergency motion to the GC on the 12th. Is it right that SO 7 says emergency motions need seven days' notice and the agreement of the chair? If so this is inside seven days, just. Text below.

"This GC notes the RNLI review of the Skelby all-weather lifeboat. This GC calls on Ian Coverdale MP to meet the RNLI and the harbour users, and to oppose any reduction of lifeboat cover on this coast."

Prop Dylan Rawson, sec Kath Mellor.

Dylan""")

# ============================================================ data-protection (8)

# D1 data request inside a resignation, with a political grumble
c.add("data-protection", also=["complaint"], subject="Resignation", sender=P("Graham", "Laycock"),
      tags=MX + ("dp-in-resignation", "dp-no-legal-words"),
      body="""Ruth,

I'm resigning my membership. The two-child cap is still there, the winter fuel cut is still there, and I'm sick of defending it on doorsteps.

I want everything you've got on me deleted. My phone number, my address, whatever Contact Creator says about how I vote, all of it. And I don't want a phone call from anyone asking me to reconsider, and I definitely don't want a leaflet through the door at the next election with my name on the "dear Graham" bit.

Please confirm when it's done.

Graham Laycock""")

# D2 CC'd list breach, complaint, apologies
c.add("data-protection", also=["complaint"], subject="Harbour branch email - everyone's addresses on show", sender=P("Fiona", "Ridsdale"),
      tags=MX + ("dp-breach", "dp-no-legal-words", "complaint-with-dp"),
      body="""Hi Ruth,

Last night's Harbour branch email about the action day went out with about 80 people in the "To" box, not bcc. So I now have the email addresses of everyone in the branch and they've all got mine. One of them has already replied-all with a link to his crypto newsletter.

I'm a domestic abuse support worker. I keep my personal email address very, very tight for reasons I won't go into. I'm genuinely upset.

Can you find out who else has seen it (was it forwarded?), and make sure it never happens again? Maybe branch secretaries need some kind of training on this.

Apologies for Thursday, by the way, I'm on nights.

Fiona""")

# D3 how did you get my number, plus who is my councillor
c.add("data-protection", also=["query"], subject="text message", sender=("Kev Bramley", "kevbramley77@hotmail.co.uk"),
      tags=MX + ("dp-no-legal-words", "query-with-dp"),
      body="""got a text off you lot tonight saying "Hi Kevin, its Callum from Whitmoor & Skelby Labour, can we count on your support on the 15th". never gave my number to anyone in the labour party. how did you get it? want it deleting

also while im at it who actually is my councillor in fenside because the bloke whos name is on the leaflet doesnt seem to live here""")

# D4 photo of kids on Facebook, after a lovely day
c.add("data-protection", also=["other"], subject="Beach clean photos", sender=P("Rosa", "Ferreira"),
      tags=MX + ("dp-no-legal-words", "dp-with-thanks"),
      body="""Hello Ruth,

The beach clean on Sunday was brilliant, thank you. The kids talked about it all the way home and my eldest wants to go again next month.

There's a photo on the Whitmoor & Skelby Labour Facebook page of the children's litter-pick team, and my two are right at the front with their names in the caption ("well done Tiago and Bea!"). I didn't agree to that. My ex-partner is not supposed to know where we live and the photo has the Skelby sign right behind them.

Please could you take it down today, or at least crop them out and take the names off. I don't want to make a fuss, I just didn't expect it.

Thanks
Rosa""")

# D5 lost canvass sheet on the bus, with apologies
c.add("data-protection", also=["procedural"], subject="Really sorry - clipboard", sender=P("Pauline", "Scargill"),
      tags=MX + ("dp-breach", "dp-no-legal-words", "apologies-with-dp"),
      body="""Ruth, I'm so sorry. I think I've left the clipboard from Saturday's canvass on the 121 bus. It had the sheet for Beach Lane and Marine Parade on it, about sixty households, names and house numbers and the little codes for how people said they'd vote, plus a couple of my notes ("husband hostile, wife maybe").

I've rung East Yorkshire buses and they say nothing's been handed in yet but to ring again tomorrow.

Do I need to tell someone official about this? I didn't know who to tell so I'm telling you. I feel awful.

Also I won't be at the GC, I'm looking after my sister.

Pauline""")

# D6 subject access request wrapped in a selection complaint
c.add("data-protection", also=["complaint"], subject="Everything the CLP holds about me", sender=P("Leon", "Asquith"),
      tags=MX + ("complaint-with-dp", "sar"),
      body="""Ruth,

Following my rejection at the Fenside longlisting stage, I have been told informally by two people that an officer of this CLP "put the word in" with the panel about me. I don't know whether that is true. I would like to find out.

So I am asking for a copy of all the personal information the CLP holds about me, including any emails, messages or notes between officers, or between officers and the selection panel, in which I am named or discussed, from 1 January this year to date. I understand I am entitled to this and that there is a one-month time limit.

I would also like it noted that I think the longlisting process was unfair, and that I will be raising it separately.

Leon Asquith
Whitmoor Town branch""")

# D7 father died, stop writing to him, Urdu speaker
c.add("data-protection", also=["other"], subject="my father Mr Mohammed Yaqub", sender=P("Tariq", "Yaqub"),
      tags=MX + ("dp-no-legal-words", "dp-with-bereavement", "non-native"),
      body="""Dear Sir/Madam

My father Mohammed Yaqub passed away in July, he was member of your party since long time, I think 40 years, he was very proud. But still letters and the magazine are coming to his name at the house and also last week someone knock the door and ask for him, my mother was very upset.

Please remove his name and all the details from your list so this dont happen again. Thank you to everyone who helped him in the past, he always talk about the elections with Mr Coverdale and before him Mrs Ward.

Tariq Yaqub""")

# D8 web form: why is my address on your website; and can I help again
c.add("data-protection", also=["query"], subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Carol Nettleton", "carolnettleton@yahoo.co.uk"),
      tags=MX + ("webform", "dp-no-legal-words", "query-with-dp"),
      body=c.webform({
          "Name": "Carol Nettleton",
          "Email": "carolnettleton@yahoo.co.uk",
          "Subject": "My address on the branches page",
          "Message": """I was Saltholme branch secretary until 2022. Your "Find your branch" page still lists me as the contact, with my home address and landline. I've had two people turn up at the door this month asking about the party and someone selling solar panels who'd clearly got it off there. Please take it down.

I'd actually be happy to get involved again now the kids are older, in a small way. Who's the Saltholme contact now?""",
      }))

# ============================================================ other (8)

# O1 thanks for the card after bereavement, with apologies for a while
c.add("other", also=["procedural"], subject="Thank you", sender=P("Irene", "Chadwick"),
      tags=MX + ("other-with-procedural", "bereavement"),
      body="""Dear Ruth,

Thank you, and please thank everyone in Fenside branch, for the lovely card and the flowers after Jim died. I read out some of the messages at the funeral. Jim would have been embarrassed by all the fuss but secretly very pleased.

I won't be at GCs for a while. I will come back, but not yet. Please put me down as apologies until the new year.

With love,
Irene""")

# O2 misdirected: meant for the town council, with a grumble
c.add("other", also=["complaint"], subject="Skelby Town Council - Christmas lights", sender=P("Barbara", "Hepworth"),
      tags=MX + ("misdirected", "complaint-as-other"),
      body="""To the Clerk,

I am writing once again about the Christmas lights on Station Road which were not repaired last year and were left dangling from the lamp posts until March. It looked like a town that had given up. Could the council confirm what the budget is this year and whether Station Road is included.

I would also like to know why the council meeting minutes are no longer put up in the library window.

Yours faithfully,
Barbara Hepworth (Mrs)

P.S. Apologies if this has gone to the wrong address, I found it on a leaflet.""")

# O3 a person selling printing and offering a hall
c.add("other", also=["query"], subject="Introduction - Whitmoor Scout Hut and printing", sender=("Stuart Keld", "stuart@keldgraphics.co.uk"),
      tags=MX + ("sales-pitch-person", "other-with-query"),
      body="""Hello Ruth,

My name's Stuart, I run Keld Graphics on Market Place (next to the bakery) and I'm also treasurer of the 1st Whitmoor Scouts. Two hats, one email, sorry.

Printing: we do short-run leaflets and posters, no minimum order, with same-day turnaround if it's in by ten. I'm not political either way but plenty of local groups use us, so if you ever get let down by your usual printer give me a ring. Happy to match prices.

Scout hut: we've started letting the hut out on weekday evenings to help with the roof fund. It seats 60, has a kitchen and disabled access, £15 an hour. Would the party be interested in using it for meetings? I gather the Methodist hall isn't always available.

Best wishes,
Stuart Keld
Keld Graphics | 01262 555 446""")

# O4 moving abroad, thanks, can I keep my membership
c.add("other", also=["query"], subject="Goodbye (sort of)", sender=P("Anna", "Lindqvist"),
      tags=MX + ("personal-news", "other-with-query"),
      body="""Dear Ruth and everyone,

Some news: I've got a job in Gothenburg and I'll be moving at the end of November. It's a great opportunity and I'm excited, but I'm going to miss this place and this branch far more than I expected. When I moved to Whitmoor five years ago I didn't know a soul, and the first people who invited me round for dinner were from Whitmoor Town branch. That means a lot.

Thank you for everything, especially for putting up with my spreadsheets.

One question: can I keep my membership while I'm living abroad, or does it lapse? I'd like to stay in if I can, I'll be back.

Love,
Anna""")

# O5 70th birthday invitation, with a GC aside
c.add("other", subject="Keith's 70th!!", sender=("Linda Braithwaite", "linda.braithwaite@btinternet.com"),
      fmt="alt", tags=MX + ("social", "other-with-procedural"),
      body="""Ruth,

Keith is 70 on the 21st and I'm doing a surprise do at the Cricket Club on Saturday 24th from 7. Please don't tell him!! You and your Dave are very welcome, and please pass the word to the EC, quietly. Bring a bottle, I'm doing a buffet.

He's also told me to tell you he's got the signed minutes from September in his car and he'll bring them to the GC, he keeps forgetting.

Linda""")

# O6 thanks for support in hospital, with an NHS grumble not aimed at the party
c.add("other", subject="Home at last", sender=P("Ray", "Gant"),
      tags=MX + ("personal-news", "complaint-as-other"),
      body="""Ruth, just to say I'm home from Castle Hill. Three weeks! Thank you for the visits and the grapes and the Guardian crossword, it kept me sane.

The nurses were wonderful but I'll tell you what, if anyone from the government wants to know what's wrong with the NHS they want to try parking there. £4.80 for two hours. Sheila's spent a fortune. That's for the next leaflet!

See you when I'm up and about.

Ray""")

# O7 school raffle prize request and a question about the MP
c.add("other", also=["query"], subject="Christmas fair raffle - Skelby Primary PTA", sender=("Skelby Primary PTA", "pta.skelbyprimary@gmail.com"),
      tags=MX + ("other-with-query", "request-for-donation"),
      body="""Dear Whitmoor & Skelby Labour,

We are the PTA of Skelby Primary and we're collecting raffle prizes for our Christmas fair on Saturday 5 December. Last year the Conservatives donated a hamper and the Lib Dems a voucher for the Harbour Café, so we thought we'd ask you too! Anything at all would be gratefully received - we are raising money for a new reading corner.

Also, a few parents asked whether Mr Coverdale might come and draw the raffle? We know he's busy but the children would love it. Who would we ask?

Thank you,
Kirsty Fell
PTA Chair, Skelby Primary School""")

# O8 reply-all to a list post: photos, plus lost fleece
c.add("other", subject="Re: [Skelby members] Beach clean - thank you!", sender=P("Sue", "Haxby"),
      headers=c.list_headers("Skelby members", domain="lists.whitmoorskelbylabour.org.uk", precedence=False),
      tags=MX + ("list", "social", "quoted"),
      body=c.quote_reply("""Lovely photos! Forty-three bags is amazing.

Random question for everyone: did anybody pick up a navy North Face fleece by the slipway? It was my husband's and he's sulking.

Sue""", """Thank you to all 38 of you who came to Sunday's beach clean. We collected 43 bags of rubbish, two shopping trolleys and a garden gnome (now adopted by Keith). Photos are on the Facebook page.

Ruth""", quoted_from=SEC, style="gmail"))

# ============================================================ safety (10)

# S1 apologies, venue question, and a report of a man following a member to her car
c.add("safety", also=[], subject="Apologies + the Methodist hall + something I should tell you", sender=P("Jas", "Kaur"),
      tags=("mixed", "third-party-report", "following", "embedded"),
      body="""Hi Ruth,

Apologies for Thursday's GC, I've got a work thing in York that I can't move. Is it definitely at the Methodist hall? Someone said it might move to the Market Hall.

I also need to tell you something and I don't want to make a drama of it. After the last GC there was a man standing across the road from the Methodist hall, grey parka, fifties, and when I walked to my car on Chapel Street he followed me all the way, about twenty yards behind, and stood by the postbox watching while I got in. He was there after the EC in September too. I didn't recognise him. I drove round the block twice before going home.

I don't know if anyone else has noticed him. Maybe we should walk out in pairs.

And could you send me the draft women's forum agenda when you have it? No rush.

Jas""")

# S2 second homes rant, with one veiled line in the middle
c.add("safety", subject="Your 'Skelby is for living in' motion", sender=("A Skelby Resident", "skelbyres@protonmail.com"),
      tags=("mixed", "veiled", "embedded", "implicit"),
      body="""I've read the motion your Harbour branch keeps pushing about second homes. I own two cottages on Beach Lane. I pay business rates, I employ a cleaner and a gardener, and my guests spend money in every café on the front. Without us half this town would be boarded up.

Do you actually know who pays for the Christmas lights? Do you know who sponsors the carnival? We do.

People who push this sort of thing round Harbour tend to find their windows don't last the winter. I'd pass that on to Mr Featherstone, since I know which house is his.

I'd also like to know whether your MP supports it, and if so, why he has never once answered a letter from the Skelby Holiday Lets Association.""")

# S3 forwarded community Facebook post, doxxing, with a question
c.add("safety", subject="Fwd: have you seen this?", sender=P("Kath", "Mellor"),
      tags=("mixed", "forwarded", "doxxing", "third-party-report", "social"),
      body=c.forward("""Ruth, someone's shared this in Skelby Community Noticeboard. That's Denise's house, the red door. I've reported it to Facebook. Should we tell the police? And do you know if Denise has seen it? I didn't want to be the one to tell her.

Also, separately, are we still doing the stall on Saturday?

Kath""", """Skelby Community Noticeboard

Martyn Foley
So the Labour councillor who voted to shut the harbour toilets lives at the red door on Harbour Street, three up from the chippy, drives the little white Fiat. Gets home about six most nights. Maybe a few of us should go round and explain how we feel about it. Face to face. Bet she won't be so keen then.

👍 27   💬 14""", "Facebook <notification@facebookmail.com>", "Martyn Foley posted in Skelby Community Noticeboard", style="gmail"))

# S4 web form: surgery question, potholes, explicit threat to the MP
c.add("safety", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Dean Hartas", "deanhartas@gmail.com"),
      tags=("mixed", "webform", "explicit", "embedded"),
      body=c.webform({
          "Name": "Dean Hartas",
          "Email": "deanhartas@gmail.com",
          "Subject": "surgery",
          "Message": """When is Coverdale's next surgery in Saltholme. Been trying to get through to his office since August about my mam's care package which the council cut.

The road outside her bungalow has a pothole you could lose a wheelchair in, reported it 4 times. 

You tell him if he shows his face at Saltholme and doesn't sort this he'll be going home in an ambulance. I mean that.

And why has the bus to the hospital been cut to one an hour""",
      }))

# S5 Portuguese member: apologies, membership question, car vandalised with a threat
c.add("safety", subject="apologies and something happen to my car", sender=P("Luciana", "Moreira", "hotmail.com"),
      tags=("mixed", "third-party-report", "non-native", "embedded"),
      body="""Hi Ruth,

Sorry I will not come to branch on Monday, I work late shift in the care home all this week.

Other question: my membership say "lapsed" on the website but the bank pay every month, I check. Can you see what is wrong please?

And I want to tell you, maybe is nothing. On Sunday after I put the Labour poster in my window somebody write on my car with paint "LABOUR TRAITOR - NEXT TIME YOUR HOUSE". My husband say take the poster out and I did. I am a little afraid because my children sleep in the front room. I did not call police because I dont know if they do something. What you think I should do?

Obrigada,
Luciana""")

# S6 elderly member, long letter, suspicious package in the middle
c.add("safety", subject="Various", sender=("Norman Ackroyd", "norman.ackroyd@btinternet.com"),
      tags=("mixed", "suspicious-item", "third-party-report", "embedded", "elderly"),
      body="""Dear Ruth,

Several things, I'm afraid, as usual.

First, thank you for the minutes of the September GC. I note that my point about the state of the office carpet has again been left out. I don't mind being ignored but I would like to be ignored in writing.

Second, can you tell me when the AGM is? I want to stand again for auditor, assuming anybody still thinks we need one.

Third, and I should probably have put this first. When I went in to the Quay Street office on Tuesday morning to do the envelope-stuffing, there was a cardboard box left on the step inside the porch, taped all round with brown tape, no label, no stamp, and "TRAITORS" written on the lid in marker pen. It was heavier than it looked when I nudged it with my foot. I didn't open it. I didn't like it at all, so I left it where it was, went home and didn't go back in. I don't know whether anyone has been in since or whether it's still there.

Fourth, Mrs Ackroyd sends her regards and says the Fenside leaflet has a spelling mistake on the back ("commited").

Yours,
Norman Ackroyd""")

# S7 reply from a suspended member: grievance, appeal question, veiled remark about the dog walk
c.add("safety", subject="Re: Your membership", sender=("Gary Stainthorpe", "g.stainthorpe@outlook.com"),
      tags=("mixed", "quoted", "veiled", "stalking", "implicit"),
      body=c.quote_reply("""So that's it, is it. Twenty years and a three-line email.

I'd like to know how I appeal, who hears it, and when. I'd like the names of whoever complained, which I'm told I'm not allowed. I'd like to know why Keith Braithwaite, who's said far worse than me in the Lifeboat on a Friday, is still chair.

And Ruth, I'd think twice about walking that spaniel along the cliff path at seven every morning. It's a lonely stretch up past the coastguard hut. Anything could happen up there and nobody would see.

I'll expect a reply about the appeal.""", """Dear Mr Stainthorpe,

I am writing to let you know that, following a complaint, your membership has been administratively suspended by the national party pending investigation. You will be contacted by the Governance and Legal Unit in due course.

Regards,
Ruth Ainsworth
Secretary, Whitmoor & Skelby CLP""", quoted_from=SEC, style="gmail"))

# S8 list post with wished harm in the middle of event chat
c.add("safety", subject="[Whitmoor Town members] Quiz, leafleting, and Harland", sender=P("Trevor", "Holgate"),
      headers=c.list_headers("Whitmoor Town members", domain="lists.whitmoorskelbylabour.org.uk"),
      tags=("mixed", "list", "wish-harm", "embedded"),
      body="""Evening all,

Three things.

Quiz team for the Cricket Club on the 30th - we need a fourth, anyone?

Leafleting on Saturday, Mill Lane and the Avenues, meet by the war memorial at 10.

And Cllr Harland. After what she did to Natalie in that selection, I'll say it here since we're all friends. I'm not saying anyone should do anything to her. But if her little white Fiat went off the end of the harbour one night with her in it I wouldn't be shedding any tears, and I don't think I'd be the only one.

Right, who's bringing the flask on Saturday?

Trev""")

# S9 noisy caps: bins, apologies, and a threat to a councillor
c.add("safety", subject="fenside", sender=("Wayne Cattle", "waynecattle1981@hotmail.co.uk"),
      tags=("mixed", "noisy", "implicit", "embedded"),
      body="""BINS NOT DONE AGAIN 3 WEEKS. rang council they say its labour cabinet decision to go fortnightly. wont be at ur meeting weds cos im on nights but some1 tell councillor rudd he wants 2 watch his back fri nite at the club, lads no what he did. and when is the new bin day cos nobody can tell me""")

# S10 HTML-only, polished letter with a conditional threat in the middle
c.add("safety", subject="Fenside Library and the GC motion", sender=("Friends of Fenside Library", "friendsoffensidelibrary@gmail.com"),
      fmt="html", tags=("mixed", "html-only", "conditional", "embedded"),
      html_body="""<html><body style="font-family:Georgia,serif"><p>Dear Secretary,</p>
<p>We write on behalf of the Friends of Fenside Library regarding the proposed closure of the branch library on Fenside Parade, which we understand will be decided by the council cabinet on 4 December.</p>
<p>We would be grateful if you could tell us whether the Fenside branch motion opposing the closure will be heard at your November General Committee, and whether members of the public may attend and observe.</p>
<p>We would also like it known that if that library closes, some of us will make sure that the people who voted for it feel it personally. We know which of your councillors voted which way, and we know where they live.</p>
<p>We enclose our petition of 1,214 signatures and would welcome a meeting with Mr Coverdale.</p>
<p>Yours faithfully,<br>Friends of Fenside Library</p></body></html>""",
      body="")

c.write()
