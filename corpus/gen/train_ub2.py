"""train/ub2: many things at once, part 2 (Castle Tarrant & Oxley CLP, a Midlands market town
with an old pit village on its edge). All content hand-written.

Each message mixes two or three concerns and is labelled by what the secretary must do first;
`also` only where a careful reader would accept either. 50 non-threats over urgent, complaint,
query, procedural, data-protection and other, then 10 safety messages: the same kind of
many-topic letter with one menacing sentence, or a report of a threat, somewhere in it.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ub2", seed=6402)
c.clp = ("Castle Tarrant & Oxley CLP", "Dilip Chauhan", "clp.secretary@tarrantoxleylabour.org.uk")
P = c.person
SEC = "Dilip Chauhan <clp.secretary@tarrantoxleylabour.org.uk>"
MX = ("confuser", "mixed")

# ============================================================ urgent (8)

# U1 curry night tonight, caterer gone, wrapped in thanks and a raffle question
c.add("urgent", subject="Curry night - brilliant sales BUT", sender=P("Shabana", "Mir"),
      tags=MX + ("urgent-buried", "other-with-urgent"),
      body="""Dilip bhai,

First the good news, we've sold 84 tickets for tonight!! That's more than last year and the year before put together, Sajid is walking around like he won the lottery. Thank you for sending it round to the whole membership, I think that's what did it.

Quick question I meant to ask, do we need a licence for the raffle if the prizes are donated? Someone at the Welfare said we do and someone said we don't.

Now the bad bit. Spice Garden just phoned. Their chef has walked out and they can't do the food tonight. Eighty-four people, 7pm, Oxley Miners' Welfare. I've rung Bengal Lounge and they can do it if someone pays a £200 deposit by 3pm today, and I can't authorise that, it has to come from the CLP. Gwen isn't answering. Can you or Bernie ring me the minute you see this? 07700 900 366.

If we can't sort it I think we have to tell people by 4 so they can eat before they come.

Shabana""")

# U2 regional office round-up, with tomorrow's AGM returning officer buried
c.add("urgent", also=["procedural"], subject="West Midlands round-up + your AGM", sender=("Kirsty Dunn", "kirsty.dunn@wmlabour.example.org.uk"),
      fmt="alt", tags=MX + ("urgent-buried", "procedural-with-urgent"),
      body="""Hi Dilip,

Hope all's well in Castle Tarrant. A few bits from me:

- Thanks for sending the branch returns so promptly, you're one of only four CLPs in the sub-region who did.
- The candidate training weekend in Wolverhampton is now 14-15 November. Flyer to follow.
- Reminder that CLP accounts for the year need to reach us by 31 January.

And one thing that can't wait, sorry: I've just been going through the AGM list and I don't have a returning officer named for your AGM, which I have as TOMORROW night. Without an independent returning officer the officer elections can't go ahead and you'd have to reconvene. If you can send me the name of someone from outside the CLP (a neighbouring secretary is fine) by noon today I can approve it this afternoon. If you're stuck I can try to find someone but it'll be tight.

Thanks,
Kirsty

Kirsty Dunn
Regional Organiser, West Midlands Labour""")

# U3 MP caseworker: tomorrow's surgery double-booked, plus rota and a grumble
c.add("urgent", subject="Surgery tomorrow", sender=("Aaron Pike", "aaron.pike@rebeccathorne.example.org.uk"),
      tags=MX + ("urgent-buried", "complaint-with-urgent"),
      body="""Dilip,

Library have just told me they've double-booked the meeting room for tomorrow morning. Rhyme time, 10 till 11. We have Rebecca's surgery there 9.30 till 12, booked since July, and I've got seven constituents confirmed including two who are coming with support workers. I've had a very unproductive conversation with the duty manager who says "toddlers take priority". Not impressed.

Do you know if the URC hall on Priory Road is free tomorrow morning, or have you still got the key for the Labour office upstairs at the Wheatsheaf? I need to tell constituents today where to go.

Separately, when you get a minute, could you send me the members' surgery-helper rota for December. Not urgent.

Aaron
Caseworker to Rebecca Thorne MP""")

# U4 tellers rota for tomorrow, gaps, a moan and a tabard question
c.add("urgent", also=["complaint"], subject="TELLERS TOMORROW - 4 gaps", sender=P("Carol", "Bagnall"),
      tags=MX + ("urgent-buried", "complaint-with-urgent"),
      body="""Dilip,

Canal Side by-election is TOMORROW and I still have four gaps on the tellers rota:

Canal Side Community Centre: 7-9am, 2-4pm
St Wystan's church hall: 12-2pm, 8-10pm

I sent the rota round three times. Three. I've had replies from the same nine people who always reply. There are 140 members in that ward. I'm sorry but I'm fed up of carrying it.

Can you send something round from the CLP address? People seem to take it more seriously from you. And can someone check the tabards are in the boot of Stuart's car, because last time they were in his garage and we did the morning in anoraks.

Carol""")

# U5 chair rants about agenda order, Zoom licence lapsed before tonight
c.add("urgent", also=["complaint"], subject="Tonight's agenda (again)", sender=("Bernie Walsh", "bernie.walsh57@gmail.com"),
      tags=MX + ("urgent-buried", "complaint-with-urgent"),
      body="""Dilip,

I've looked at the agenda for tonight and I'm not happy that the councillors' report is item 3 again. Every month it's the same: forty minutes of Lee telling us about gully cleaning while the motions get squeezed into the last ten minutes. Can we agree that from next month motions go before reports? I'll raise it under AOB if I have to.

Also, and this is the bit I actually need you for: I logged into Zoom to set up the link for the hybrid bit and it's saying the account has gone back to the free plan because the card payment failed. So the link will cut everyone off at 40 minutes. Gwen's got the card details but she's at her daughter's in Derby. Can you renew it before 7 tonight? Otherwise the Oxley lot who can't get in will be cut off halfway through and we'll never hear the end of it.

Bernie""")

# U6 sixth-former, txt style: risk assessment form by 9am tomorrow
c.add("urgent", also=["query"], subject="hustings form", sender=("Maisie Dunmore", "maisie.dunmore09@gmail.com"),
      tags=MX + ("urgent-buried", "noisy", "query-with-urgent"),
      body="""hiya

so me and 11 others from tarrant high sixth form r coming to the young persons hustings tmrw night at the library, really excited!! BUT mr okafor (our head of 6th form) says the school needs the risk assessment form signed by someone from the organisers by 9am tmrw or we cant go as a school trip. i've attached it, its just 2 pages, u just need to sign and send back

also random but how do u become youth officer?? my mate said its vacant

thank u sm
maisie (yr 13)""")

# U7 forward of electoral services notice with the agent's apologetic note
c.add("urgent", also=["procedural"], subject="Fwd: Canal Side - certificate of party description", sender=("Stuart Haines", "stuarthaines.agent@outlook.com"),
      tags=MX + ("forwarded", "urgent-buried", "procedural-with-urgent"),
      body=c.forward("""Dilip - I've missed this, sorry. Electoral Services want the certificate authorising "Labour and Co-operative Party" as Tom's description, signed by the nominating officer, and nominations close at 4pm tomorrow. If we don't get it in he goes on the ballot with no description at all. You're the nominating officer. Can you sign the form today and I'll drop it in first thing?

Also sorry about the state I was in at the EC on Monday, it's been a week.

Stuart""", """Dear Mr Haines,

Canal Side ward by-election - nomination of Thomas Ellery

Thank you for submitting the nomination papers for the above candidate. The papers are in order with one exception: the description "Labour and Co-operative Party" requires a certificate of authorisation from the registered nominating officer of the party (or a person appointed by them). We have not received this.

Please note that the deadline for delivery of nomination papers, including this certificate, is 4pm on the day shown in the Notice of Election. We are unable to accept documents after this time.

Kind regards
Electoral Services
Tarrant District Council""", "Electoral Services <elections@tarrantdc.example.gov.uk>", "Canal Side ward by-election - nomination of Thomas Ellery", style="outlook"))

# U8 Somali member, non-native: tomorrow's launch venue closed
c.add("urgent", subject="tomorrow launch - centre closed", sender=P("Abdirahman", "Warsame", "hotmail.co.uk"),
      tags=MX + ("urgent-buried", "non-native", "query-with-urgent"),
      body="""Salaam Dilip,

I am sorry to tell you this late. Tomorrow the door knocking launch in Bridge End, 10am, we said at the Somali Community Association centre. But today our elder Sheikh Hassan passed away, Allah have mercy on him, and the janaza is tomorrow morning and the centre will be closed for the whole community. Nobody can use it.

Maybe you can move to the library car park or the park by the canal, I dont know. You must tell the people who are coming because I dont have their numbers.

Also when the Somali language leaflets will be ready, many people ask me. Not for tomorrow, later.

Thank you brother
Abdirahman""")

# ============================================================ complaint (9)

# C1 URGENT subject, complaint about MP's office with a real question
c.add("complaint", also=["query"], subject="URGENT - rude treatment from Rebecca Thorne's office", sender=P("Denise", "Cartwright"),
      tags=MX + ("complaint-with-urgent-subject", "complaint-as-query"),
      body="""I am a Labour member and a carer for my son who has cerebral palsy. I rang Rebecca Thorne's office on Monday about his PIP review, which has been sitting with the DWP for eleven weeks, and the young man who answered told me "we get a lot of these" and that I should "try Citizens Advice". I said I was a member and he said "that doesn't make any difference to casework". Perhaps it shouldn't, but I didn't expect to be brushed off like that.

I know the government wants to cut PIP. I didn't know the office would start before the law changes.

When is Rebecca's next surgery and can I book a slot? I'd like to speak to her myself.

Denise Cartwright
Canal Side""")

# C2 branch meets in the pub, excludes people; asks whether it can move
c.add("complaint", also=["query"], subject="Bridge End branch meetings in the Wheatsheaf", sender=P("Hamza", "Qureshi"),
      tags=MX + ("complaint-as-query",),
      body="""Dear Dilip,

I've been meaning to write this for a while.

Bridge End branch has met upstairs at the Wheatsheaf for as long as anyone can remember. I understand why, it's cheap and central and the landlord is a member. But Bridge End is about a third Muslim and a lot of the people I've tried to bring along won't set foot in a pub, and neither will my mum, who was a Labour councillor in Bradford for twelve years. Last month a new member brought her fourteen-year-old daughter and they were told at the bar she couldn't go upstairs. They went home.

I raised this at branch in the spring and was told it was "being looked at". Nothing has changed. I was also told, and I quote, "people can always have a lemonade". I don't think the person who said it meant any harm but I think it shows how little thought has gone into it.

So my question is simple: who decides where the branch meets, and is there any CLP money to help us hire the library room or the community centre instead? If there's a process, I'll follow it.

Hamza Qureshi""")

# C3 angry reply quoting the secretary's "out of order" ruling; apologies at the end
c.add("complaint", also=["procedural"], subject="Re: Your motion on the cattle market site", sender=P("Geoff", "Lowndes"),
      tags=MX + ("quoted", "procedural-with-complaint", "hard-negative", "metaphor"),
      body=c.quote_reply("""Out of order because it "concerns a matter currently before the district council's planning committee". So the one time the members of this CLP might actually influence something that matters in this town, we're not allowed to talk about it. Marvellous.

Selling the cattle market to a housebuilder for executive homes is the final nail in the coffin for Castle Tarrant market. Every farmer who still comes in on a Wednesday will stop coming. The cafés will go. And our Labour councillors are going to stand there and vote it through, and the CLP is going to sit on its hands because of a standing order.

I'd like the ruling challenged at the GC. And since I can't attend on the 19th (cataract op), please put my apologies down and make sure someone from Market branch raises it.

Geoff""", """Dear Geoff,

Thank you for the Market branch motion on the former cattle market site. I'm afraid the chair and I have had to rule it out of order for the November GC, as it concerns a planning application currently before Tarrant District Council's planning committee and our councillors on that committee must not be seen to have predetermined it.

I appreciate this will be disappointing.

Best wishes,
Dilip""", quoted_from=SEC, style="gmail"))

# C4 canvassers left the gate open; apology wanted, and who is the candidate
c.add("complaint", also=["query"], subject="New submission: Contact", sender=c.form_robot(),
      reply_to=("Janet Skidmore", "jan.skidmore@gmail.com"),
      tags=MX + ("webform", "complaint-as-query"),
      body=c.webform({
          "Name": "Janet Skidmore",
          "Email": "jan.skidmore@gmail.com",
          "Address": "4 Ferndale Close, Oxley",
          "Message": """Two of your canvassers called on Sunday. Very polite, no complaint about that. But when they left they didn't shut the side gate and my dog got out onto the main road. A neighbour caught her by the bus stop. She is 14 and deaf and she could have been killed.

I put a note on the gate saying PLEASE CLOSE THE GATE for exactly this reason.

I would like an apology and I would like whoever organises this to remind people. Also, who is actually standing for Labour in Oxley Heath? They didn't say and the leaflet just has the MP's photo.""",
      }, form="Contact"))

# C5 resigning as branch treasurer, furious, with a handover question
c.add("complaint", also=["procedural"], subject="Resigning as Priory branch treasurer", sender=P("Malcolm", "Tudor"),
      tags=MX + ("procedural-with-complaint", "officer-resignation"),
      body="""Dilip,

I am resigning as Priory branch treasurer, effective today.

For three years I have asked the CLP treasurer for a statement of the branch's share of funds. For three years I've been told it's coming. Meanwhile the EC has decided, without asking the branches, that all branch money is to be "pooled" from January. I read about it in the EC minutes. Not in an email to me, the treasurer, but in item 9 of the EC minutes, under "any other business".

I'm not going to be a treasurer of a branch that isn't allowed to have any money.

Who do I hand the paying-in book and the cash tin to? There's £63.40 in it and receipts for every penny.

Malcolm Tudor""")

# C6 Indian-heritage member on the PM's immigration speech, with thanks for Diwali
c.add("complaint", also=["other"], subject="The speech, and Diwali", sender=P("Harpreet", "Sandhu"),
      fmt="alt", tags=MX + ("complaint-with-thanks",),
      body="""Dilip ji,

Two things, one good and one not.

The good one first: thank you for the Diwali gathering at the URC hall. My parents came for the first time in years and my father talked to Cllr Mir about the old foundry for an hour. He came home happy. That matters.

The other: I listened to the Prime Minister's speech on immigration on Monday, the one about "taking back control of our borders" and "communities that don't integrate", and I sat in my car outside the surgery afterwards and couldn't go in for ten minutes. My father came here in 1968 to work at that foundry. He paid in for forty years. I am a GP in this town. And the leader of my party sounds like the people who used to shout at him at the bus stop.

I want the CLP to write to the party and to Rebecca and say that this is not in our name. I don't know if that's a thing a CLP can do. If it isn't, I'd like to know why not.

Harpreet""")

# C7 dinner ticket price excludes people; booking question
c.add("complaint", also=["query"], subject="£45 for the Christmas dinner??", sender=P("Tracey", "Hollis"),
      tags=MX + ("complaint-as-query",),
      body="""Hi Dilip

Just seen the flyer. £45 a head at the Castle Hotel. I'm on Universal Credit, so is half of Canal Side branch. That's not a Labour party Christmas do, that's a Rotary club one.

Is there a concession rate or can people pay in instalments? And can I book for myself and my mum and pay on the night, or does it have to be in advance?

I'd genuinely like to come but I'm not paying £90.

Tracey""")

# C8 sarcastic one-paragraph reply to a fundraising email
c.add("complaint", subject="Re: Can you chip in £5 for the Canal Side campaign?", sender=("R. Pountney", "rpountney@btinternet.com"),
      tags=MX + ("quoted", "complaint-with-bulk"),
      body=c.quote_reply("""That's the fourth email this week asking for money. Perhaps you could answer the one I sent in June about the 47 bus being cut to two a day before you ask for another fiver. I'll chip in when someone chips in a reply.""",
                         """Dear member,

The Canal Side by-election is just nine days away and every pound counts. £5 pays for 100 leaflets. Can you chip in today?

Castle Tarrant & Oxley Labour""", quoted_from="Castle Tarrant & Oxley Labour <clp.secretary@tarrantoxleylabour.org.uk>", style="bottom"))

# C9 long, rambling complaint about the EC, a selection and being ignored, ends with questions
c.add("complaint", also=["query"], subject="Where do I even start", sender=P("Kathleen", "Bywater"),
      tags=MX + ("complaint-as-query", "long", "hard-negative", "legal-threat"),
      body="""Dilip,

Where do I even start.

I joined this party in 1983, in the middle of the strike, when my dad was on the picket line at Oxley Colliery and my mum was running the soup kitchen out of the Welfare. I've been a branch secretary, a women's officer, a county council candidate twice (lost twice, both times by fewer than 200), and for the last six years I've run the Oxley Heath foodbank collection at every Saturday stall. I'm not telling you this for sympathy. I'm telling you because I want you to understand that I don't write letters like this lightly.

In the last year:

1. I put my name forward for the county council selection in Oxley. I was told in June that the CLP "wanted to give younger people a chance" and that I'd be "a huge asset to the campaign team". The person selected is 51. I am 62. I'm not sure the difference is what they say it is.

2. I asked in July for a copy of the selection procedures so I could understand what happened. I've not had them. I asked again in August. Still nothing.

3. At the September GC I stood up to ask a question about it and the chair told me it "wasn't the place". When is the place? The only other place is the pub, and that's where it's being talked about, believe me.

4. The Oxley Heath branch WhatsApp, which I set up, was "reorganised" in October and I've been made a normal member instead of an admin. Nobody told me. I found out when I tried to add a new member and couldn't.

5. And the foodbank collection at the Saturday stall has been stopped because "it's off-message". Off-message. Feeding people in Oxley is off-message for the Labour Party. My dad would turn in his grave.

I know some people think I'm a troublemaker. Maybe I am. But there are a lot of people in Oxley who still think of Labour as their party because of people like my mum, and they are watching this, and they are not impressed.

I am not leaving. I want answers. Specifically:

- Can I have a copy of the selection procedures that were used, and the names of the panel?
- Is there an appeal, and what's the deadline?
- Who decided to stop the foodbank collection, and can it be put back on the agenda?

If I don't get a reply this time I'll be writing to the regional office and to the General Secretary, and I've already had a word with a friend who used to be a union solicitor about whether the party followed its own rules. I'd rather not. I'd rather you just answered.

Kath Bywater
Oxley Heath""")

# ============================================================ query (9)

# Q1 URGENT PLEASE READ: can I bring my partner to the social next month
c.add("query", subject="URGENT - PLEASE READ", sender=P("Gemma", "Tilley"),
      tags=MX + ("query-with-urgent",),
      body="""Hi! Can non-members come to the Christmas social on the 12th? My partner isn't a member but is a big supporter and wants to come. Do I need to book for him separately? Thanks!!! Gemma (Tarrant Vale)""")

# Q2 forwarded party fundraising email with "is this a scam?"
c.add("query", also=["bulk"], subject="Fw: Your Labour membership - action needed", sender=("Pat Gorton", "patgorton41@aol.com"),
      tags=MX + ("forwarded", "query-with-bulk", "elderly"),
      body=c.forward("""Dear Dilip, I received this and it wants my card details. Is it real or one of these scams my son keeps warning me about? I pay by direct debit already I thought. Pat""",
                     """Dear Patricia,

Your Labour membership is important to us. Our records show that your payment method needs updating. To keep your membership active and keep your vote in party elections, please update your details today.

[Update my payment details]

Thank you for being part of the movement.

The Labour Party
Membership Team

You are receiving this because you are a member of the Labour Party. Manage your email preferences.""",
                     "The Labour Party <membership@e.labour.example.org.uk>", "Your Labour membership - action needed", style="outlook"))

# Q3 forwarded branch newsletter, which date is it
c.add("query", also=["bulk"], subject="Fwd: Canal Side Labour - November news", sender=P("Olu", "Bankole"),
      tags=MX + ("forwarded", "query-with-bulk"),
      body=c.forward("""This says the branch meeting is Tuesday 17th but the CLP calendar says Wednesday 18th. Which is it?""",
                     """CANAL SIDE LABOUR - NOVEMBER NEWS

Hello everyone!

* Branch meeting: Tuesday 17 November, 7.30pm, Canal Side Community Centre. Speaker: Cllr Pam Whitlock on the local plan.
* Leafleting: every Saturday in November, 10am from the lock.
* Christmas social: Saturday 12 December, Castle Hotel.

Thanks to everyone who came out for the by-election. We couldn't have done it without you!

Canal Side Branch Labour Party
Unsubscribe from this list""",
                     "Canal Side Labour <canalside@tarrantoxleylabour.org.uk>", "Canal Side Labour - November news", style="gmail"))

# Q4 arrears, Membersnet grumble, apologies for branch
c.add("query", also=["complaint"], subject="arrears?", sender=P("Lewis", "Ashby"),
      tags=MX + ("query-with-complaint", "query-with-apologies"),
      body="""Hi Dilip,

I got a letter saying I'm in arrears and might lose my voting rights in the selection. I changed banks in the summer and I thought I'd updated the direct debit but apparently not. How much do I owe and how do I pay it? I tried Membersnet and it just keeps logging me out after the two-factor bit, which is infuriating, I've tried on three devices.

Also apols for branch on Tuesday, I'm at parents' evening.

Cheers
Lewis""")

# Q5 new member: can the kids come to canvassing, dietary needs at the social
c.add("query", subject="new member - a few questions", sender=P("Naomi", "Fairclough"),
      fmt="alt", tags=MX + ("query-with-personal-news",),
      body="""Hi Dilip,

I joined last month (first time ever!) and I'd like to help. A few probably silly questions:

- Can I bring my two kids (9 and 12) to a Saturday leafleting session? They're keen and quite sensible, and it's that or I can't come.
- Is there a meeting for new members, or do I just turn up at my branch? I think I'm Priory.
- For the Christmas social, is the food halal? I'm not Muslim but I'm coeliac and halal places are usually good at listing ingredients, so I'm asking what the caterer is really.

Thanks, and sorry for the essay.

Naomi""")

# Q6 moved ward, offers to be a delegate
c.add("query", also=["procedural"], subject="moved from Oxley to town", sender=P("Ryan", "Machin"),
      tags=MX + ("query-with-procedural",),
      body="""Dilip, we've moved from Oxley Heath to Tanners Row off the market square. Does that make me Market branch now? I was a GC delegate for Oxley Heath. Does that end, or can I carry on till the AGM? If it ends I'd happily stand as a Market delegate if they need one.

Ryan""")

# Q7 Italian with settled status: can I join, can I vote in selections
c.add("query", subject="Can I join?", sender=P("Giulia", "Ferraro", "libero.it"),
      tags=MX + ("non-native", "query-with-personal-news"),
      body="""Dear Secretary,

My name is Giulia, I am Italian and I live in Castle Tarrant since 2016, I have settled status. I work as a nurse at the community hospital. I always followed UK politics and I was very upset during Brexit, but now I would like to help the Labour Party in my town because I think the NHS needs it.

Can I become a member if I am not British citizen? And if I become member, can I vote in the selection of candidates and in the local elections? I know I can vote in local elections because I did it in 2022 but I am not sure about the party.

Also I can help with leaflets on my days off, maybe Tuesdays.

Thank you very much,
Giulia Ferraro""")

# Q8 URGENT URGENT: does the CLP have a position on the 20mph consultation (closes in 3 weeks)
c.add("query", subject="URGENT URGENT - 20mph on Priory Road", sender=P("Colin", "Brereton"),
      tags=MX + ("query-with-urgent",),
      body="""Dilip,

The county's consultation on making Priory Road and the roads round St Wystan's school 20mph closes on the 30th. Does the CLP or Priory branch have a position? I'd like to respond on behalf of the branch if we've got one and as myself if we haven't. Half the parents are for, half the older residents are dead against because of the "war on motorists" stuff in the Tarrant Advertiser.

Colin
Priory branch""")

# Q9 reply to a volunteers request: yes, but parking and a hearing loop
c.add("query", subject="Re: Volunteers for the Miners' Welfare open day", sender=P("Dennis", "Hibbert"),
      tags=MX + ("quoted", "query-with-access"),
      body=c.quote_reply("""Count me in, Dilip, I'll do the tombola, I've done it since the 90s.

Two things: is the car park at the back open that day or is it taken up by the bouncy castle again? I can't walk far since the hip. And is the hearing loop in the main hall actually working now? Last year I couldn't hear a word of Rebecca's speech and I didn't like to say.

Dennis""", """Hi all,

The Oxley Miners' Welfare open day is on Saturday 21st. We're running a stall and a tombola and Rebecca will say a few words at 2pm. Could you let me know if you can help for an hour or two?

Dilip""", quoted_from=SEC, style="gmail"))

# ============================================================ procedural (8)

# P1 apologies and can a substitute delegate attend
c.add("procedural", also=["query"], subject="GC 19th - apols + substitute?", sender=P("Yusuf", "Patel"),
      tags=MX + ("apologies-with-query",),
      body="""Assalamu alaikum Dilip,

Apologies from me for the GC on the 19th, I'm in Leicester for a family wedding. Can Bridge End send a substitute delegate in my place, or does it have to be one of the four elected ones? If it's allowed, Nasreen Begum has offered.

Yusuf""")

# P2 motion on the two-child cap with an angry covering note
c.add("procedural", also=["complaint"], subject="Motion: two-child limit - and I expect it heard this time", sender=P("Sarah", "Okafor"),
      tags=MX + ("procedural-with-complaint", "motion"),
      body="""Dilip,

Please find below Canal Side branch's motion for the GC. Passed at branch on 3 November, 22 for, 1 against.

I'm going to be blunt. Last time we sent a motion on child poverty it was "composited" with a motion about bus shelters from Tarrant Vale, and the result said nothing at all. I don't want that to happen again. This motion stands on its own, and if anyone wants to amend it they can do it on the floor like everybody else.

MOTION: SCRAP THE TWO-CHILD LIMIT

This GC notes that, according to the End Child Poverty coalition's figures, one in three children in Canal Side ward lives in poverty after housing costs; that the two-child limit affects an estimated 1.6 million children nationally; and that the Child Poverty Taskforce has not yet reported.

This GC believes that no child should be penalised for the number of siblings they have, and that the two-child limit is the single most effective measure the Government could scrap to reduce child poverty.

This GC calls on Rebecca Thorne MP to publicly support the abolition of the two-child limit, and resolves to submit this motion to Annual Conference.

Proposer: Sarah Okafor. Seconder: Dean Wardle.

Sarah
Secretary, Canal Side branch""")

# P3 nomination for chair with a thank-you to the outgoing chair
c.add("procedural", also=["other"], subject="Nomination for Chair + a thank you to Bernie", sender=P("Marion", "Lees"),
      tags=MX + ("procedural-with-other", "nomination"),
      body="""Dear Dilip,

Tarrant Vale branch agreed at its meeting last night to nominate Kemi Adebayo for CLP Chair at the AGM. Proposer: Marion Lees. Seconder: Frank Oduya. Kemi has confirmed she is willing to stand.

May I also say, on behalf of the branch, how grateful we are to Bernie for his eight years as chair. He has been patient, funny, occasionally infuriating, and never once missed a meeting, even the one in the snow when only eleven of us got there. We'd like to do something at the AGM to mark it. Would a card and a small collection be appropriate, and could you let us know who's organising it if anyone is?

Best wishes,
Marion Lees
Secretary, Tarrant Vale branch""")

# P4 councillor's written report for the GC, with a dig about time
c.add("procedural", subject="Cllr report for GC - Oxley Heath", sender=("Cllr Lee Hollins", "lee.hollins@tarrantdc.example.gov.uk"),
      tags=MX + ("procedural-with-complaint", "report-to-gc"),
      body="""Dilip,

My written report for the GC papers, below. Since I'm told my verbal reports are too long (Bernie, I know you read these), I've put it in writing so people can read it in advance and I'll keep it to two minutes on the night.

OXLEY HEATH - COUNCILLOR'S REPORT, NOVEMBER

1. Gully cleaning: the county has finally cleaned the gullies on Pit Lane and Station Road after eighteen months of flooding. Thanks to everyone who sent photos.
2. Oxley library: remains open under the community-run model. Volunteers still needed for Thursday afternoons.
3. Planning: the application for 140 homes on the old spoil heap has been deferred for a highways assessment. I have asked for a public meeting.
4. Casework: 34 cases since last GC, mainly housing repairs (Tarrant Homes) and parking.
5. Budget: the district is consulting on its budget until 15 January. The proposed cut to the community grants pot would hit the Welfare and the brass band. I'll be opposing it.

Lee""")

# P5 standing orders amendment, with a two-thirds question
c.add("procedural", also=["query"], subject="Rule change for the AGM - hybrid meetings", sender=P("Kemi", "Adebayo"),
      tags=MX + ("procedural-with-query", "standing-orders"),
      body="""Hi Dilip,

As discussed at the EC, here is the proposed amendment to the CLP standing orders on hybrid meetings, which I'd like to move at the AGM:

Insert new SO 4.6: "General Committee meetings shall be held in a hybrid format where the venue allows, so that delegates unable to attend in person may participate and vote online, subject to the Party's guidance on online voting."

Proposer: Kemi Adebayo (Women's Officer). Seconder: Sean Fallon (Membership Officer).

Questions: does a standing orders amendment need two-thirds of those present, or a simple majority? And does it need to go to the regional office for approval before or after the AGM votes on it?

Thanks,
Kemi""")

# P6 union affiliate names delegates and asks about the fee invoice
c.add("procedural", also=["query"], subject="GMB delegates to Castle Tarrant & Oxley GC", sender=("Trevor Wheelton", "t.wheelton.gmb@gmail.com"),
      tags=MX + ("procedural-with-query", "delegates"),
      body="""Dear Secretary,

I write as branch secretary of GMB Tarrant General (branch T42) to notify you that our delegates to the General Committee for the coming year are:

Trevor Wheelton
Donna Riley
Amjad Hussain

Bernadette Cole remains our substitute.

Could you also confirm the affiliation fee for next year and where to send it? We paid £114 last year but I've had nothing from your treasurer about this year and I don't want our delegates challenged at the door.

In solidarity,
Trevor Wheelton
Branch Secretary, GMB T42""")

# P7 branch secretary relays apologies, minutes, and a motion request
c.add("procedural", subject="Oxley Heath branch - minutes, apologies, motion", sender=P("Andrea", "Slater"),
      tags=MX + ("procedural-with-query", "minutes", "branch-report"),
      body="""Dilip

Minutes of Oxley Heath branch, 4 Nov, Miners' Welfare. Present 12.

1. Apologies: K. Bywater, D. Hibbert, M. Chell.
2. Minutes of last meeting agreed.
3. Cllr Hollins report (gullies done!!).
4. Discussion of the 47 bus cut. Agreed to submit a motion to the GC (below).
5. Foodbank collection: branch asks EC to reconsider stopping it at Saturday stalls. (Kath very upset, see her email no doubt.)
6. AOB: Christmas raffle, Andrea to get prizes.

Motion: "This GC calls on the county council to restore the 47 bus to an hourly service between Oxley and Castle Tarrant, and asks Rebecca Thorne MP to raise the loss of rural bus routes with the Transport Secretary." Prop A. Slater, sec R. Machin.

Also GC apologies for M. Chell please.

Andrea
Branch Sec""")

# P8 women's forum minutes, personal thanks, a grumble about no creche
c.add("procedural", also=["complaint"], subject="Women's Forum - notes from Saturday", sender=P("Funmi", "Adeyemi"),
      fmt="html", tags=MX + ("procedural-with-complaint", "minutes", "html-only"),
      html_body="""<div>Hi Dilip,</div><div><br></div><div>Notes from Saturday's women's forum below, for the GC papers please.</div><div><br></div><div><b>Women's Forum, Sat 7 Nov, Castle Tarrant library</b><br>Present: 9. Apologies: 3.<br>1. Kemi reported on the regional women's conference.<br>2. Discussion on violence against women and girls funding in the county budget. Agreed to ask the Labour group for a briefing.<br>3. Agreed to nominate Funmi Adeyemi as a delegate to the national women's conference.<br>4. Next meeting: 16 January.</div><div><br></div><div>Personally, thank you for getting the library room for us, it was so much better than the Wheatsheaf.</div><div><br></div><div>But I do want it noted: we asked for a crèche in September and again in October and were told there was no budget. Three women told me they couldn't come because of childcare. A women's forum without childcare is a forum for women who've got someone at home to mind the kids. Can the EC please find £40?</div><div><br></div><div>Funmi</div>""",
      body="")

# ============================================================ data-protection (8)

# D1 resignation + delete me + they wrote to my ex-wife
c.add("data-protection", also=["complaint"], subject="Cancelling membership and the letter to my ex", sender=P("Steve", "Wragg"),
      tags=MX + ("dp-in-resignation", "dp-no-legal-words", "dp-breach"),
      body="""Dilip,

I'm cancelling my membership. I've had enough of this government and I'm not going to pay £6 a month to be embarrassed.

But that's not what's really got me. My renewal reminder last month was sent to my ex-wife's house in Oxley. We separated three years ago. I changed my address with the party at the time, I have the confirmation email. She opened it (it was addressed to "the occupier and Steve") and rang me up to have a go about it, which I could do without.

So: cancel me, and I want my old address, my new address and everything else you've got deleted, properly deleted, not "archived". And I'd like to know how the old address came back.

Steve Wragg""")

# D2 councillor's newsletter used my housing case as a "case study"
c.add("data-protection", also=["complaint"], subject="Cllr Whitlock's newsletter - that's me", sender=P("Kelly", "Shenton"),
      tags=MX + ("dp-no-legal-words", "complaint-with-dp"),
      body="""To whoever is in charge

I went to Cllr Whitlock about the damp in my flat on Cooper's Yard in the summer. She was good, she got Tarrant Homes to come out. I was grateful.

Yesterday her "Market Ward Matters" newsletter came through every door on our block and on page 2 it says "Kelly, a single mum on Cooper's Yard, had black mould in her children's bedroom for two years until Pam stepped in." There's one Kelly on Cooper's Yard with kids. Everyone knows it's me. My neighbour's already made a comment about my "filthy flat".

Nobody asked me. I'd have said no.

I want it taken off the website version and I want to be told it won't happen again. I'm not ungrateful for the help but this isn't right.

Kelly""")

# D3 what did canvassers write about me + AGM date question
c.add("data-protection", also=["query"], subject="what's written about me?", sender=P("Barry", "Nuttall"),
      tags=MX + ("dp-no-legal-words", "sar", "query-with-dp"),
      body="""Dilip

At the pub on Friday one of the canvassing lot (won't say who) told me, laughing, that I'm "marked down as a nutter" on the Labour computer because of what I said on the doorstep about the cattle market. I'm a member, for God's sake.

I want to see what's written about me on that system. All of it. And who wrote it.

And when's the AGM? I want to be there.

Barry Nuttall""")

# D4 public: leaflets addressed to my dead mother, how do you have her name
c.add("data-protection", also=["other"], subject="Mrs E. Heathcote", sender=P("Andrew", "Heathcote"),
      tags=MX + ("dp-no-legal-words", "dp-with-bereavement"),
      body="""Sir

My mother, Mrs Edna Heathcote of 2 Orchard Way, died in March. Your party has now sent two letters "Dear Edna" asking for her vote in the Canal Side by-election, the second one handwritten by a volunteer, which my father found on the mat.

I understand the electoral register is not updated overnight. But I would like to know where you got her name from and I'd like her removed from whatever list it's on, today. My father is 88 and doesn't need this.

A. Heathcote""")

# D5 added to a WhatsApp group without asking + what time is the meeting
c.add("data-protection", also=["query"], subject="whatsapp", sender=("Nasreen Begum", "nasreen.begum92@gmail.com"),
      tags=MX + ("dp-no-legal-words", "query-with-dp"),
      body="""Hi, I've been added to a WhatsApp group called "Bridge End Labour Doorknockers 🌹" with 60 people I don't know and my number is now visible to all of them. I only gave my number on the membership form. Who gave it out? Please can someone remove me and stop it happening, I have had two private messages from men in the group already asking if I'm single.

Also what time is the branch meeting on Thursday, 7 or 7.30?

Nasreen""")

# D6 lost USB stick with membership spreadsheet + apologies
c.add("data-protection", also=["procedural"], subject="USB stick - I'm so sorry", sender=("Gwen Lockley", "gwen.lockley@btinternet.com"),
      tags=MX + ("dp-breach", "apologies-with-dp"),
      body="""Dilip,

I don't know how to say this so I'll just say it. I've lost the USB stick with the membership and dues spreadsheet on it. I had it in my handbag at the Castle Hotel on Saturday when we went to look at the room for the Christmas dinner, and when I got home it wasn't in the side pocket. I've rung the hotel twice. It has everyone's names, addresses, phone numbers, emails and how much they pay. It's not password protected. I know it should have been.

What do I need to do? Is there someone at the party I have to tell? I'll do whatever's needed.

Also I won't be at the GC on the 19th, I'm at my daughter's in Derby till the 22nd. I'll send the treasurer's report by email.

I feel sick about it.

Gwen""")

# D7 stop the emails, keep the membership, grumble about volume
c.add("data-protection", also=["complaint"], subject="STOP", sender=P("Roger", "Bramall"),
      tags=MX + ("dp-no-legal-words", "complaint-with-dp", "unsubscribe-request"),
      body="""Eleven emails from the CLP in seven days. Eleven. Take me off every mailing list you've got. I'll still pay my subs and I'll still vote Labour but I don't need to be told about every cake sale in Tarrant Vale. There's no unsubscribe link on the branch ones, I looked.

R. Bramall""")

# D8 HTML-only: my quote on a leaflet without permission, with thanks
c.add("data-protection", also=["other"], subject="the leaflet", sender=P("Sarah", "Ingham"),
      fmt="html", tags=MX + ("dp-no-legal-words", "dp-with-thanks", "html-only"),
      html_body="""<p>Hi Dilip</p><p>First, thank you to Cllr Mir for sorting out my son's school transport. He went above and beyond and I told him so.</p><p>But I've just seen the new Bridge End leaflet and there's a quote from me with my first name, my street and a photo of me at the school gates: "Sarah from Linden Avenue says: Sajid got things done when nobody else would." I did say that. To him. On the phone. I never agreed to be on a leaflet, and I work for the county council, where I'm supposed to be politically neutral.</p><p>Please can it be taken out of the next print run, and off Facebook if it's there, and please don't use my photo again.</p><p>Sarah</p>""",
      body="")

# ============================================================ other (8)

# O1 condolence from the neighbouring CLP, with a funeral question
c.add("other", also=["query"], subject="Frank Dawes", sender=("Liam Ogden", "secretary@northmercialabour.example.org.uk"),
      tags=MX + ("condolence", "other-with-query"),
      body="""Dear Dilip,

We were so sorry to hear of Frank Dawes's death. Everyone in North Mercia CLP knew him, if only from the regional conference, where he had an opinion on everything and a mint imperial for everyone. He helped us through our by-election in 2019 when we had nobody, and he never let us forget it.

Please pass on our condolences to his family and to your members.

Could you let me know the funeral arrangements when they're known? Several of us would like to come, and our chair would like to know whether the family would welcome a banner.

With best wishes,
Liam Ogden
Secretary, North Mercia CLP""")

# O2 misdirected: meant for the Labour Club, a christening booking
c.add("other", also=["query"], subject="Booking the function room - christening", sender=P("Chantelle", "Birch"),
      tags=MX + ("misdirected", "other-with-query"),
      body="""Hi there,

I'd like to book the function room for my son's christening on Sunday 14 February, about 60 people, from 2pm. Do you do a buffet or can we bring our own? And what are the bar prices like, my uncle says you're cheaper than the Castle.

Thanks
Chantelle

(I got this email off Google for "Castle Tarrant Labour", I hope it's the club on Mill Street!)""")

# O3 a person pitching campaign consultancy, with a question
c.add("other", also=["query"], subject="Quick intro - digital campaigns for CLPs", sender=("Jonty Reeve", "jonty@reeve-digital.example.co.uk"),
      fmt="alt", tags=MX + ("sales-pitch-person",),
      body="""Hi Dilip,

I hope you don't mind the cold email. I'm Jonty, I used to work in the party's digital team and now run a small consultancy helping CLPs with their social media and email. I grew up in Tarrant, actually (Tarrant High, class of 2009).

I saw your by-election result in Canal Side and thought your Facebook ads were punching well above their weight. I'd love to have a 20-minute chat about what you're planning for May. No hard sell, and there's a discounted rate for CLPs with fewer than 500 members.

Who looks after digital for the CLP? Happy to talk to them instead if it's not you.

Best,
Jonty Reeve
Reeve Digital""")

# O4 thanks from a resettled family, dinner invitation
c.add("other", subject="Thank you from our family", sender=P("Ahmad", "Haidari", "gmail.com"),
      tags=MX + ("thanks", "non-native", "social"),
      body="""Dear Mr Dilip and all friends,

I am Ahmad, from Afghanistan, we came to Castle Tarrant one year ago with my wife and three children. Mrs Kemi and Mr Sajid and other people from your party help us with the school, with the doctor, with the furniture when we move to the new house in Bridge End. Without them we dont know what we do.

Now I have job in the warehouse and my children speak English better than me!

My wife want to cook for you and the friends who helped us. Please come to our house on Sunday 29th for dinner, at 5 oclock, maybe 10 people is possible. Please tell me who can come.

With respect and thank you
Ahmad Haidari""")

# O5 engagement news, with a joke about the EC
c.add("other", also=["procedural"], subject="An announcement (and a conflict of interest?)", sender=("Sean Fallon", "sean.fallon@outlook.com"),
      tags=MX + ("personal-news", "social"),
      body="""Dilip,

Wanted you to hear it from us before it goes round the WhatsApp: Kemi and I got engaged on Saturday! On the towpath by the lock, in the rain, she said yes before I'd got the ring out of the box.

Half joking: is it a problem that we're both on the EC? Do we need to declare anything? If it's a problem I'll step down as membership officer at the AGM, no drama. If not, ignore me.

Sean""")

# O6 student dissertation request, apologising for an earlier email
c.add("other", also=["query"], subject="Research interview request (and apologies for my last email)", sender=("Priya Raman", "p.raman.23@univ.example.ac.uk"),
      tags=MX + ("research-request", "other-with-query"),
      body="""Dear Mr Chauhan,

I'm a final-year politics student at the University of Nottingham, writing a dissertation on how local party branches in small towns have changed since 2015. I wrote to you in September but I've realised I sent it to the wrong address (I used the one on the old website), so apologies if this is a second copy.

Would you, or another officer, be willing to do a 30-45 minute interview, online or in person, some time before Christmas? Everything would be anonymised and I have ethics approval.

Also, are there any published minutes or annual reports I could look at?

Many thanks,
Priya Raman""")

# O7 reply to a thank-you: more thanks, a joke and a health update
c.add("other", subject="Re: Thank you for the by-election", sender=P("Mick", "Chell"),
      tags=MX + ("quoted", "thanks", "personal-news", "hard-negative", "benign-violent-word"),
      body=c.quote_reply("""No need to thank me, Dilip, I'd have been out anyway, it's the only exercise I get. My feet have only just forgiven me for the Canal Side flats, whoever designed those walkways wants shooting.

Bit of news: I'm going in for the bypass on the 2nd, so I'll be off games for a while. Marg says she'll do my round.

Well done to young Tom, he'll be a cracking councillor.

Mick""", """Dear Mick,

I just wanted to thank you personally for everything you did in the Canal Side by-election. Eleven sessions, by my count. We won by 214 votes and you were a big part of that.

Dilip""", quoted_from=SEC, style="gmail"))

# O8 misdirected casework for the MP with a grumble
c.add("other", also=["complaint"], subject="passport - STILL waiting", sender=P("Debbie", "Renshaw"),
      tags=MX + ("misdirected", "complaint-as-other"),
      body="""Dear Rebecca Thorne,

I wrote to you three weeks ago about my daughter's passport, which has been with the Passport Office for 14 weeks. She's supposed to be flying to Spain with the school on 4 December and if it doesn't come she loses £680. Nobody has replied. Please can someone from your office chase this.

Debbie Renshaw

(My neighbour says this email is the Labour party not the MP - if so please can you forward it to her, I don't know the right address.)""")

# ============================================================ safety (10)

# S1 apologies, AGM question, report of a voicemail about the candidate's children
c.add("safety", subject="Apols + AGM + the office phone", sender=P("Fran", "Mottram"),
      tags=("mixed", "third-party-report", "veiled", "embedded"),
      body="""Hi Dilip,

Apologies for Monday's EC, I'm on a course.

Quick AGM question: are we voting on the hybrid-meetings rule change before or after the officer elections? It affects who'll turn up.

Also, and I'm not sure who else knows about this: when I checked the office answerphone on Friday there was a message from a man, no name, withheld number, about Tom Ellery. He said, quite calmly, "We know where his little girls go to school. St Wystan's. Tell him to think about that before he opens his mouth about the travellers' site again." Then he hung up. I haven't deleted it. I didn't know whether to ring the police or tell Tom first. Please tell me what to do.

Fran""")

# S2 Gaza complaint with a motion question and a veiled line about the office front
c.add("safety", subject="Thorne and the ceasefire vote", sender=("Ali R.", "alir.tarrant@protonmail.com"),
      tags=("mixed", "veiled", "embedded", "implicit"),
      body="""I'm a member in Bridge End. Rebecca Thorne abstained again. Forty thousand dead and she abstained.

I want to submit a motion of no confidence in her to the GC. What's the deadline and does it need to go through the branch first?

She should remember her constituency office on Market Street has a very big glass front and she's in there on her own every Friday afternoon. People round here are very angry and not all of them are as patient as me.

I'd also like to know why the CLP statement on Gaza was taken down from the website after two days.""")

# S3 reply to a meeting notice carrying a typed letter a councillor received
c.add("safety", subject="Re: branch meeting Thursday", sender=P("Lorraine", "Gaskell"),
      tags=("mixed", "quoted", "third-party-report", "veiled", "embedded"),
      body=c.quote_reply("""Dilip, thanks for this. Pam (Cllr Whitlock) asked me to send you something because she's not good with email. This came through her letterbox on Monday, typed, no name. She read it to me on the phone and I've typed it up exactly:

"Councillor Whitlock. You voted to sell the cattle market. You've had your chance. We know you walk home from the council offices through the churchyard every Tuesday. You won't always have company. A friend of the market."

She's shaken. Should she go to the police or does the party have someone for this? And she still wants to come on Thursday, is it 7 or 7.30?

Lorraine""", """Hi all,

Market branch meets on Thursday at the library meeting room. Agenda to follow. Please let me know if you'd like anything added.

Dilip""", quoted_from=SEC, style="gmail"))

# S4 Romanian landlord, non-native: licensing complaint, implicit threat about the councillor's house
c.add("safety", subject="HMO licence and councillor Mir", sender=P("Florin", "Stoica", "yahoo.com"),
      tags=("mixed", "non-native", "implicit", "embedded"),
      body="""Hello,

I am landlord in Bridge End, 3 houses, all legal. Now the council make new licence for HMO, £900 each house, and councillor Mir say in the newspaper this is "to stop bad landlords". I am not bad landlord. I fix everything.

I want to know how I can speak on the meeting of your party about this. It is open for public or only members?

I know where councillor Mir live, the white house near the mosque with the blue car. Maybe me and my friends go to visit him one evening and we explain him better. He will understand then.

Also who is the person in your party for business people? I vote Labour before.

Florin Stoica""")

# S5 web form: travellers' site, a question about the meeting, conditional threat
c.add("safety", subject="New submission: Contact the party", sender=c.form_robot(),
      reply_to=("Concerned Oxley Parent", "oxleyparent@gmail.com"),
      tags=("mixed", "webform", "conditional", "embedded"),
      body=c.webform({
          "Name": "Concerned Oxley parent",
          "Email": "oxleyparent@gmail.com",
          "Message": """Is the public meeting about the Pit Lane travellers' site on the 28th or the 30th, your website says both.

We've been ignored by the council and by your councillor. Nobody asked the village.

If that site goes ahead there'll be a fire or two in Oxley, and it won't be on the site. Your councillors have got houses too.

Also why can't the meeting be in the evening so working people can come""",
      }))

# S6 canvass debrief with a threatening resident and a car following them
c.add("safety", subject="Saturday session report - Tarrant Vale", sender=P("Daniel", "Pryce"),
      tags=("mixed", "third-party-report", "following", "embedded", "long"),
      body="""Hi Dilip,

Report from Saturday's Tarrant Vale session:

- 9 volunteers, 2 hours, 186 doors knocked, 71 contacts.
- Roughly: 28 Labour, 11 Lib Dem, 9 Reform, 6 Con, rest undecided or won't say.
- Big issues: the 47 bus, GP appointments, the cattle market, potholes on Vale Road.
- Leaflets: ran out on Hawthorn Drive, we need another 300 for the estate.

Now the not-so-good bit. On Ashgrove Road a man came out of number 17 with a big dog on a short lead before Ellie and Josh had got to his door. He said, and Ellie wrote it down straight after, "Come on my street again with that rubbish and I'll let him off and watch." Then as we walked back to the cars, a silver Astra drove slowly behind us for two streets and parked up at the end of Hawthorn Drive with the engine running until we left. Ellie's 19 and it's her second session. She was shaking.

I've marked the house as do-not-knock. Do we report this somewhere? I'd like some advice before the next session, which is this Saturday, same area.

Also could you send me the walk sheets for Vale Road for Saturday?

Thanks,
Dan""")

# S7 social notification: doxxing the secretary
c.add("safety", subject="You were mentioned in a post", sender=("X", "notify@x.example.com"),
      headers=c.newsletter_headers("X"),
      tags=("mixed", "social", "doxxing", "pile-on"),
      body="""@TarrantLabour, you were mentioned in a post

TarrantTruth @tarrant_truth · 2h
Castle Tarrant Labour shut down the market, shut the foodbank stall and now they want a travellers site next to a primary school. Their secretary Dilip Chauhan lives on Priory Close, it's on the electoral roll, No.9. Time someone knocked on HIS door for a change 👊

41 Reposts  112 Likes

View post

You're receiving this email because you have notifications turned on. Unsubscribe.""")

# S8 noisy, spaced words, refund question in the middle
c.add("safety", subject="refund + ur EC", sender=("oxleyfed", "oxleyfed@gmail.com"),
      tags=("mixed", "noisy", "explicit", "embedded"),
      body="""paid 45 quid for xmas dinner, not going now after what ur EC did 2 kath bywater, want my refund

the whole EC are t r a i t o r s to oxley and they'll get whats c0ming to them, fists not votes this time, tell ur chair

where do i send my bank details for the refund""")

# S9 list post: event notices, then a report of abuse aimed at the women's officer
c.add("safety", subject="[Oxley Heath Labour] This week + please read about Kemi", sender=P("Andrea", "Slater"),
      headers=c.list_headers("Oxley Heath Labour", domain="lists.tarrantoxleylabour.org.uk"),
      tags=("mixed", "list", "third-party-report", "pile-on", "embedded"),
      body="""Hi all,

This week:
- Thursday 7pm, branch meeting at the Welfare. Cllr Hollins on the spoil heap application.
- Saturday 10am, leafleting Pit Lane and Station Road.
- Christmas raffle prizes to me by the 30th please.

And please read this. Since Kemi spoke at the council meeting about the travellers' site, she's been getting messages on Facebook and Instagram, dozens a day, a lot of them racist. One account has posted a photo of her front door and written "she should be careful walking home from the Welfare on Thursday nights". Kemi has reported it to the police and to the party. Please do not engage with any of these accounts, and please, if you're at Thursday's meeting, don't let her walk back on her own.

Andrea
Branch Secretary""")

# S10 elderly Christian member: apologies, minutes, and wished harm on the council leader
c.add("safety", subject="From Edith Marsh - apologies and some thoughts", sender=("Edith Marsh", "edith.marsh@talktalk.net"),
      tags=("mixed", "wish-harm", "embedded", "elderly"),
      body="""Dear Dilip,

Please give my apologies for the GC, I have a chest infection and Dr Sandhu says I'm to stay in.

I have read the minutes of the last meeting and I believe the item about the foodbank stall is wrong. It says "agreed by consensus". I did not consent and nor did several others.

As for the council leader who pushed through the sale of the cattle market, I am a Christian woman and I would never wish harm on anybody. But if he were to come to grief on a dark night on his way home, I should only say that the Lord works in mysterious ways, and I shouldn't be the one praying for him.

Please also tell me when the carol service is, the Labour one at the URC.

Yours sincerely,
Edith Marsh""")

c.write()
