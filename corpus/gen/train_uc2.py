"""train/uc2: tone is not menace, part 2 (Wenlow & Aldbury CLP, a market-town seat in the Marches).
All content hand-written.

33 hard negatives: furious, contemptuous, insulting mail (farmers and inheritance tax, the
cattle market sale, the bank closing, the GP surgery, buses, floods, selections) aimed at named
officers, councillors and the MP, with sarcasm, swearing and capitals and only political,
social or legal consequences. Then 27 safety messages written calmly and courteously whose
content is menace: farm "accidents", a wreath on a doorstep, a wife's roses, a car's brakes,
minutes recording a threat, a police warning, quiet wishes for harm."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "uc2", seed=6502)
c.clp = ("Wenlow & Aldbury CLP", "Owen Pritchard", "secretary@wenlowaldburylabour.org.uk")
P = c.person
SEC = "Owen Pritchard <secretary@wenlowaldburylabour.org.uk>"
HN = ("hard-negative", "angry", "contempt", "insult")
CALM = ("calm",)

# ============================================================ hard negatives

# 1 long, farmer, inheritance tax
c.add("complaint", subject="From a farmer in Kennet Heath - please give this to Catherine Lomax",
      sender=P("Richard", "Bywater"),
      tags=HN + ("metaphor", "political-consequence"),
      body="""Mr Pritchard,

I don't suppose this will reach Mrs Lomax, since nothing else I've sent has, but I'll write it anyway, because my father would have.

My family has farmed Upper Bank Farm at Kennet Heath since 1887. Four generations. One hundred and sixty acres, a suckler herd of 70, and a few hundred ewes on the hill. On paper, because of what land is "worth", we're millionaires. In the bank we've got enough to cover the feed bill to March if the lambing goes right. Last year I paid myself less than the lad who stacks shelves at the Co-op on Mill Street, and I was grateful to.

Your government, with our new MP sitting on the benches behind it, has decided that when I die my son will have to find something in the region of £300,000 in inheritance tax to keep the farm. He'll have to sell half of it to do that, and half a farm this size isn't a farm, it's a hobby. So he'll sell the lot, probably to one of the big estates or an investment fund, and that will be that. 138 years, gone because a man in the Treasury who has never mucked out a shed in his life needed a line for a Budget speech.

You are killing family farming. Not slowly, either. It's the death of every small holding between here and the Welsh border and you all know it. I'd call it political suicide in a seat like this but I don't think you've got the brains to notice.

As for Catherine Lomax. She stood at the Wenlow show in August in her brand new wellies, four sizes too clean, and told a tent full of farmers she "understood rural life". She's a sneering townie who couldn't tell a heifer from a hatchback. When the NFU branch asked for a meeting she sent a twenty-five-year-old researcher who asked my neighbour what "APR" stood for. Agricultural Property Relief, love. It's in the Budget your boss wrote.

I voted Labour for the first time in my life last July. A lot of us did round here, because we were sick of the other lot. More fool us. She got in by 1,212 votes. I can count more than 1,212 farmers, farm workers, vets, feed merchants, hauliers and auctioneers within ten miles of the cattle market, and every one of them is going to remember this.

So, for the record:
- I've cancelled the membership I took out in the excitement of July.
- I'll be on the tractor run to Westminster next month with the rest of the valley.
- I'll be at her surgery on the 14th, with a dozen others, to put it to her face in front of the Journal's photographer.
- And when the election comes I'll be out knocking doors for whoever stands against her, and I hope she loses her seat by a country mile. She'll be a one-term wonder and she'll have earned it.

Yours,
Richard Bywater
Upper Bank Farm, Kennet Heath""")

# 2 one-liner
c.add("complaint", subject="Catherine Lomax", sender=("Jean Aston", "jeanaston@btinternet.com"),
      tags=HN,
      body="""Catherine Lomax is a shameless hypocrite and a disgrace to the office. That's all. Feel free to forward it to her.""")

# 3 procedural amendment with snide commentary
c.add("procedural", subject="Amendment to Market ward's motion on the cattle market site",
      sender=P("Frances", "Mold"),
      tags=("hard-negative", "angry", "contempt", "insult", "sarcasm"),
      body="""Owen,

Aldbury branch submits the following amendment to the Market ward motion on the cattle market site, for the GC on the 20th. Carried at our meeting on the 11th, 12-1.

Delete "welcomes the council's decision to market the site for mixed-use development" and insert "regrets the council's decision to market the site without consulting the Thursday market traders, and calls on the Labour group to defer any sale until a community asset bid has been considered".

Proposer: Frances Mold. Seconder: Ivor Mainwaring.

I'd add, unofficially, that the original motion reads as if it were drafted by Cllr Ingram's estate agent, and its grasp of economics would embarrass a Year 7. I appreciate that's not something you can minute.

Frances Mold
Secretary, Aldbury branch""")

# 4 sarcasm, Labour estate agent
c.add("complaint", subject="Many congratulations, Stuart", sender=P("Geoff", "Tranter"),
      tags=("hard-negative", "angry", "contempt", "sarcasm", "insult"),
      body="""Dear Owen,

Could you please pass my congratulations to Cllr Stuart Ingram on becoming Wenlow's first Labour estate agent.

Selling the cattle market, which has stood on Smithfield Road since 1871, to the highest bidder for "a vibrant mix of retail and residential" (a Lidl and forty flats) is a tremendous achievement for a man who, at the last election, put "SAVE OUR MARKET" on the front of his leaflet in letters two inches high. I have the leaflet. I've had it framed.

It takes real courage to be that brazen. Most people would need a few years in the job before they sold out so completely. Stuart managed it in eighteen months. A natural.

I look forward to helping him enjoy a long and restful retirement from public life in May.

Geoff Tranter
Market ward""")

# 5 DP: late husband's name, heartless
c.add("data-protection", subject="My husband died in January", sender=P("Glenys", "Parry"),
      tags=HN + ("dp-no-legal-words",),
      body="""Mr Pritchard,

My husband Dai died on the 9th of January. I rang your membership secretary, Mr Sandhu, in February and told him. I wrote to him in April. I have now had a "We miss you, Dai! Renew today" email, a letter addressed to him asking for a donation, and a volunteer at my door on Saturday asking for him by name.

Mr Sandhu is a heartless, careless man and I don't care who knows I said it. Take Dai off everything. Every list, every spreadsheet, every leaflet round. And tell me when it's done, because I don't believe it will be unless I hear it.

Glenys Parry""")

# 6 non-native Portuguese, HMO landlord
c.add("complaint", subject="councillor Qureshi not help - complain", sender=P("Joao", "Ferreira", "hotmail.com"),
      tags=HN + ("non-native",),
      body="""Good morning

I am Joao, I live in Brookside in house with 9 other mens, we all work in the meat factory. The landlord take £480 each and there is one bathroom, no heating in winter, the ceiling in kitchen is falling. I go to councillor Rashid Qureshi surgery in April, in May and in July. Every time he say "I will write to the landlord". Nothing happen. Then I see in Facebook the landlord and councillor together at the cricket club dinner smiling.

I think he is hypocrite and coward, he is friend with landlord and not care for workers because we are Portuguese and we dont vote. But I have now british citizenship and I vote. All my friends also soon.

I write also to the Journal newspaper and to the Shelter. Please answer me.

Joao Ferreira""")

# 7 webform, bank closing
c.add("complaint", subject="New submission: Get in touch", sender=c.form_robot(),
      reply_to=("Pamela Cresswell", "pam.cresswell@outlook.com"),
      tags=HN + ("webform",),
      body=c.webform({
          "Name": "Pamela Cresswell",
          "Email": "pam.cresswell@outlook.com",
          "Postcode": "SY99 4RE",
          "Message": """The last bank in Wenlow closes on Friday. The nearest branch is now 19 miles away and the 435 bus only goes twice a day, which your council also cut.

I wrote to our MP in June. I got a form letter about "banking hubs" that had the wrong town name in the second paragraph. Somebody in her office can't even copy and paste. She is a complete waste of space and so is her office.

I have given the letter, wrong town and all, to the Wenlow Journal. I hope she enjoys reading it.""",
      }, form="Get in touch"))

# 8 all caps, potholes, stand as independent
c.add("complaint", subject="MUCH DUNSTOW ROAD", sender=("Barry Onions", "barryonions@aol.com"),
      tags=HN + ("noisy", "political-consequence"),
      body="""I HAVE NOW BURST TWO TYRES ON THE MUCH DUNSTOW ROAD IN ONE MONTH. THE POTHOLE BY THE OLD CHAPEL IS DEEP ENOUGH TO BATH A SHEEP IN. I HAVE REPORTED IT ON THE COUNCIL APP SIX TIMES. "STATUS: UNDER REVIEW".

THIS COUNCIL IS A JOKE AND YOUR LABOUR GROUP ARE THE PUNCHLINE. MARTIN EBDON HASN'T BEEN DOWN THIS ROAD SINCE HE WAS ELECTED. USELESS. ABSOLUTELY USELESS.

I AM STANDING AGAINST HIM AS AN INDEPENDENT IN MAY AND I WILL BEAT HIM. WATCH THIS SPACE.

B ONIONS""")

# 9 quoted reply (outlook) about Pam Threlfall
c.add("complaint", subject="RE: Cllr Threlfall at Aldbury parish council", sender=P("Helen", "Gittins"),
      tags=HN + ("quoted",),
      body=c.quote_reply(
          """Owen,

With respect, your reply is insulting.

I didn't "perhaps misunderstand the tone". Cllr Threlfall called me "a professional moaner" in front of forty people and then laughed about it with the parish clerk. It's on the parish council's own recording at 47 minutes. I've listened to it three times.

She is an arrogant, lazy relic who has treated Aldbury as her personal kingdom for twenty years, and the party keeps reselecting her because nobody can be bothered to stand against her. Well, somebody can now. I'm putting my name forward for the selection and I'll see her at the hustings.

Helen Gittins""",
          """Dear Helen,

Thank you for getting in touch. I'm sorry you found the meeting upsetting. I wonder if you perhaps misunderstood the tone of Cllr Threlfall's remark, which I'm sure was not intended personally. I'd encourage you to raise any concerns with her directly.

Kind regards,
Owen Pritchard
Secretary, Wenlow & Aldbury CLP""", quoted_from=SEC, style="outlook"))

# 10 other: reply to volunteer thank-you
c.add("other", also=["complaint"], subject="Re: A big thank you from Catherine!", sender=P("Mervyn", "Caldicott"),
      tags=HN + ("quoted",),
      body=c.quote_reply(
          """I knocked 1,400 doors for her. Give my "certificate of appreciation" to the farmers she's about to bankrupt. Hypocrite.""",
          """Dear Mervyn,

As we mark one year since the election, Catherine wanted to say a personal THANK YOU to every volunteer who helped make history in Wenlow & Aldbury. Please find your certificate of appreciation attached!

With gratitude,
Team Lomax""", quoted_from="Team Lomax <team@catherinelomax.example.org.uk>", style="gmail"))

# 11 other: misdirected, meant for a friend
c.add("other", subject="Re: Tuesday", sender=P("Alison", "Breeze"),
      tags=HN + ("misdirected",),
      body="""Bev, I swear to God if Dennis does his twenty-minute "when I was on the county council" speech again on Tuesday I'm going to walk out. Pompous old windbag. He thinks he's Nye Bevan and he's more like Nye's dog.

Anyway, are you still OK to give me a lift? I'll bring the cake for the raffle.

Al x

PS just realised this has gone to the CLP secretary address instead of yours. Owen, if you're reading this, sorry. Sort of.""")

# 12 other: ending a friendship with the secretary
c.add("other", subject="Us", sender=P("Gareth", "Pumford"),
      tags=HN + ("personal",),
      body="""Owen,

I won't be at the Castle Inn on Friday, or any Friday for a while.

We've known each other since the under-11s and I always thought you were straight. But I watched you on the Journal's video defending the cuts to the school buses, reading the council press release off your phone like a parrot, and I didn't recognise you. You've turned into exactly the kind of smug little party apparatchik we used to laugh at.

I'm not having a go at your family, Sian's always been great. It's you. I just don't want to sit across a table from you at the moment.

Gaz""")

# 13 procedural complaint under rules, vice-chair called members dinosaurs
c.add("procedural", also=["complaint"], subject="Formal complaint - conduct of the Vice-Chair at the October GC",
      sender=P("Keith", "Lowndes"),
      tags=HN + ("legal-threat",),
      body="""Dear Secretary,

I wish to make a formal complaint under the Party's complaints procedure about remarks made by the CLP Vice-Chair, Hayley Stott, at the General Committee on 16 October.

During the debate on the council's budget, Ms Stott described those members who had spoken against the cuts to rural bus routes as "dinosaurs who should have been put out to grass years ago", and added that "some of us are actually trying to win elections, not relive 1984".

The members concerned are, to my knowledge, all over 65. I regard the remarks as ageist, contemptuous and conduct unbecoming an officer. I ask that:

1. this complaint be acknowledged in writing within 14 days;
2. it be referred to the regional office under the procedure;
3. Ms Stott be asked to apologise to the GC.

Ms Stott is a sneering careerist who plainly regards the members as a nuisance between her and a parliamentary seat. I appreciate that last observation is not part of the formal complaint. I have, however, taken advice from a friend who practises employment law and I reserve my position.

Keith Lowndes
Delegate, Teal Bridge branch""")

# 14 procedural: trigger ballot and censure motion
c.add("procedural", subject="Motion for December GC - censure of the MP", sender=P("Ffion", "Hatherall"),
      tags=HN + ("political-consequence",),
      body="""Owen,

Please add the following to the December GC agenda. Passed by Castle branch, 9 votes to 4.

"This GC censures Catherine Lomax MP for voting in favour of the Universal Credit and Personal Independence Payment Bill at second reading, in defiance of the resolution of this GC of 19 June, and requests that she attend the January GC to explain her vote."

I'm not going to pretend this is a neutral request. She's treated this GC with contempt since the day she was elected and she's now voted to take money off disabled people while telling us in June she'd "listen". She's a coward, and I'll say so from the floor.

When the trigger ballot comes round, I'll see her at the selection meeting.

Ffion Hatherall
Castle branch secretary""")

# 15 DP SAR, WhatsApp group, legal threat
c.add("data-protection", subject="Subject access request - WhatsApp messages", sender=P("Anthony", "Rees"),
      tags=HN + ("legal-threat",),
      body="""Dear Mr Pritchard,

I am making a subject access request under the UK GDPR.

I want copies of all personal data about me held by Wenlow & Aldbury CLP or by its officers in their capacity as officers, and I specifically include messages in the "W&A EC" WhatsApp group in which I am named or referred to. I know such messages exist. One of them was forwarded to me by a member of that group who was, to put it mildly, embarrassed on your behalf.

The message in question, from your treasurer, calls me "that tedious little Trot from Brookside". I'd like to know what else those snakes have been saying about me, and to whom.

You have one month. If I don't have a full response, I will be complaining to the Information Commissioner and considering my position in respect of defamation.

Anthony Rees""")

# 16 DP, canvass sheet left on doorstep with "nutter"
c.add("data-protection", subject="Your canvass sheet", sender=P("Lorraine", "Hockenhull"),
      tags=HN + ("dp-no-legal-words",),
      body="""One of your canvassers left a clipboard on my garden wall on Saturday. I picked it up to hand it back and read my own name on it, with "NUTTER - AVOID - DOG" written next to it in biro. My neighbours' names and phone numbers are on it too, with comments about who's "soft Labour" and who "drinks".

I have a dog. I am not a nutter. The only nutters here are whoever thought it was clever to write that on a sheet of paper and then lose it on a stranger's wall. Sniggering, ignorant idiots.

I've got the sheet. I'll give it back when you tell me, in writing, what else you've got written about me and who's seen it, and when you've deleted it. If that doesn't happen I'll be showing it to everyone on that list.

L. Hockenhull""")

# 17 solar farm, career finished
c.add("complaint", subject="Kennet Heath solar farm - Cllr Ebdon", sender=P("Victoria", "Swanwick"),
      tags=HN + ("political-consequence",),
      body="""Owen,

Cllr Ebdon promised the Kennet Heath residents' meeting in March that he would "speak and vote against" the 140-acre solar farm at Lower Moor. He did neither. He declared he had "a prior engagement" and left the committee room ten minutes before the item. It was approved by one vote.

He is a spineless, slippery little man and I'm embarrassed I ever shook his hand.

His career in Kennet Heath is finished. There are 600 houses in the village and I'm going to make sure every one of them knows he ran away.

Victoria Swanwick""")

# 18 young parent txt, school transport
c.add("complaint", subject="school bus", sender=("Kayleigh Moss", "kayleighmoss93@gmail.com"),
      tags=HN + ("noisy",),
      body="""my son is 12 and now has to walk 2.8 miles down the A-road with no pavement to get to wenlow high because ur council scrapped the bus for anyone under 3 miles. 2.8 miles. nice one

hayley stott said on facebook "parents need to take responsibility". easy for her to say in her range rover. shes a snob and a hypocrite and everyone on the estate knows it

not voting labour again. ever""")

# 19 one-line sarcasm, bus cuts
c.add("complaint", subject="435", sender=P("Colin", "Pugh"),
      tags=("hard-negative", "angry", "contempt", "sarcasm"),
      body="""Well done on cutting the 435 to twice a day. Really inspiring stuff. Truly the party of working people. Keir must be so proud.""")

# 20 html-only, retired nurse, GP surgery
c.add("complaint", subject="Hollins Surgery", sender=P("Mary", "Beddoes"),
      fmt="html", tags=HN + ("html-only",),
      body="""Dear Secretary,

I nursed in this district for thirty-eight years, eleven of them at Hollins Surgery.

On 1 March Hollins closes and its 4,300 patients are "merged" into the Wenlow Health Centre, which already can't offer an appointment inside three weeks. The ICB consultation ran for four weeks over Christmas. Our MP issued a statement saying she was "disappointed". Disappointed. She has a platform in Parliament and she used it to be disappointed.

I asked Cllr Ingram at the Labour coffee morning what the group was doing about it. He said, and I quote, "Mary, it's really not a council matter." Then he turned his back to talk to the man from the Chamber of Commerce.

They are cowards, both of them. Comfortable, complacent cowards.

I've written today to the General Secretary to ask what a CLP is for if not for this, and I'll be standing up at the public meeting on the 30th to say exactly what I've said here.

Mary Beddoes RGN (retired)""")

# 21 market trader, asterisked swearing
c.add("complaint", subject="Stall fees", sender=("Dean Whitcombe", "deanwhitcombe.fruitveg@gmail.com"),
      tags=HN + ("political-consequence",),
      body="""Owen

Thursday market stall fees up 60%. Sixty. I've stood on that market in all weathers for 22 years, my dad stood there for 30 before me.

Stuart Ingram walked past my stall this morning and said "tough times for everyone, Dean". He's a f***ing disgrace. Smirking git in a fleece.

I'll be telling every stall holder on that market what he's done, and every customer who buys a pound of apples off me between now and May. That's a lot of apples.

Dean""")

# 22 legal threat, called a racist
c.add("complaint", subject="Cllr Qureshi's remarks at the Brookside residents' meeting", sender=P("Nigel", "Corfield"),
      tags=HN + ("legal-threat",),
      body="""Dear Mr Pritchard,

At the Brookside residents' meeting on the 3rd, I asked Cllr Qureshi a perfectly reasonable question about why the flood alleviation scheme had been moved down the capital programme. He replied, in front of about sixty people, that he "wasn't going to take lectures from a racist".

I have never said or written anything racist in my life. I am a retired magistrate. Several people recorded the meeting.

Cllr Qureshi is a sanctimonious prig who reaches for the worst insult he can find whenever he can't answer a question. I have instructed solicitors. They will be writing to him and to the CLP this week unless I receive a full public retraction and apology.

Yours sincerely,
N. J. Corfield JP (retd)""")

# 23 forward of councillor's dismissive reply
c.add("complaint", subject="Fwd: Re: Aldbury village hall", sender=P("Sue", "Drinkwater"),
      tags=HN + ("forwarded",),
      body=c.forward(
          """Owen. See below. This is how your councillor speaks to the chair of a village hall committee who has raised £38,000 for a new roof. "I don't have time for this." She has time for the Rotary dinner, mind.

I've had it with her. Rude, idle and smug. I'll be telling the committee, the WI and the bowls club, which between them is most of the voters in Aldbury.""",
          """Sue, I don't have time for this. The hall is a parish matter. Please stop copying me in.

Pam

Cllr Pam Threlfall
Aldbury Division""",
          "Cllr Pam Threlfall <pam.threlfall.cllr@northmarches.example.gov.uk>", "Re: Aldbury village hall", style="apple"))

# 24 elderly gent, flooding, General Secretary
c.add("complaint", subject="Brookside flooding - a letter for the record", sender=("Wing Cdr (retd) F. Ollerenshaw", "f.ollerenshaw@btinternet.com"),
      tags=HN,
      body="""Sir,

My house on Mill Lane, Brookside, has now flooded four times in nine years. On the latest occasion I was carried out by the fire brigade at three in the morning in my pyjamas, at the age of eighty-six.

The flood alleviation scheme has been "next year's priority" for six consecutive years. I have the letters. The Labour group on North Marches Council, who promised at the last election that Brookside would be "first in the queue", have pushed it back again in favour of resurfacing the car park at the council offices.

You are, collectively, a shower. In the RAF we had a rather stronger word for it.

I have written to the General Secretary of your party and to my Member of Parliament, for all the good either will do. I would be obliged to receive an explanation from somebody with the authority to give one.

F. Ollerenshaw""")

# 25 campaign coordinator, Napoleon, see you at AGM
c.add("complaint", subject="Jonno", sender=P("Rhian", "Tudor"),
      tags=HN,
      body="""Owen,

I've been told by Jonno Steadman, in front of the whole phone bank, that my calls were "a bit too chatty" and that I should "stick to the script like a grown-up". I'm 63. I've been phone banking since before he was potty trained.

He's a condescending little Napoleon with a clipboard and I won't be spoken to like that by a boy who thinks a lanyard is a personality.

I'll be raising it at the AGM, and I'll be voting against him for campaign coordinator. So will the rest of the Tuesday crew.

Rhian""")

# 26 metaphor, ex-member defected, crush you
c.add("complaint", subject="Enjoy it while it lasts", sender=("Craig Boulton", "craig.boulton@outlook.com"),
      tags=HN + ("metaphor",),
      body="""Owen,

Just so you know, I've joined Reform. So have my dad and my brother-in-law.

You knifed the farmers in the back, you knifed the pensioners in the back, and then you lot stood in the market square and wondered why nobody clapped. Catherine Lomax is a lightweight and a fraud and she'll be gone in four years. We'll crush you in May in every ward in this town, and I'll be the one leafleting Castle ward to do it.

No hard feelings. Actually, plenty.

Craig""")

# 27 stand against, alt
c.add("complaint", subject="Aldbury division - I'm standing", sender=P("Tom", "Harries"),
      fmt="alt", tags=HN + ("political-consequence",),
      body="""Owen,

I've given the party twelve years in Aldbury and I've watched Pam Threlfall coast on a Labour rosette for every one of them. She doesn't hold surgeries, she doesn't answer email, she doesn't turn up to the parish council unless there's a photographer.

The branch won't stand anyone against her because they're frightened of her. I'm not. If she's reselected, I'll resign my membership and stand as an independent in Aldbury. I've already got my ten nominations and a printer.

She's an arrogant, idle old hack and Aldbury deserves better. I'm sorry it's come to this.

Tom Harries""")

# 28 asylum hotel from the left, you make me sick
c.add("complaint", subject="Catherine's statement on the Aldbury Grange", sender=P("Nasrin", "Rowlands"),
      tags=HN + ("noisy",),
      body="""Owen,

Catherine's statement on the Aldbury Grange Hotel is the most cowardly thing I've read from a Labour MP in years. "Residents' concerns are legitimate." Which concerns? The ones shouted through a megaphone outside a building full of frightened families, by men with flags who drove in from three counties away?

Catherine, if this gets to you: YOU MAKE ME SICK. Kowtowing to a mob because you're scared of losing 500 votes. Have some spine.

I'll be at the GC and I'll be moving that the CLP dissociates itself from that statement.

Nasrin""")

# 29 at the secretary, yes-man
c.add("complaint", subject="Our motion", sender=P("Bryn", "Ellery"),
      tags=HN,
      body="""Owen - ruling our motion on the two-child limit "not competent" because it "relates to national policy" is pathetic and you know it. Half the motions on the agenda relate to national policy. You're a spineless yes-man doing the regional office's dirty work and everyone at the GC could see it.

See you on the 20th. Bring the rulebook.

Bryn""")

# 30 complaint also query: double charge
c.add("complaint", also=["query"], subject="Charged twice AGAIN", sender=P("Mandy", "Tolley"),
      tags=HN,
      body="""Hello,

For the second month running I've been charged twice for my membership, £5.46 and then £5.46 again three days later. Last time it took 11 weeks and four emails to get it back, and Mr Sandhu told me it was "probably my bank".

It is not my bank. Your membership system is run by chimps and your membership secretary couldn't organise a raffle in a paper bag.

Can somebody tell me, in plain English, who I actually need to contact to get this stopped and refunded? Because it clearly isn't him.

Mandy Tolley""")

# 31 other: returning award
c.add("other", also=["complaint"], subject="Returning my Volunteer of the Year award", sender=P("Douglas", "Fenwick"),
      tags=HN + ("resignation",),
      body="""Dear Owen,

You'll find my Volunteer of the Year shield in a Jiffy bag in the CLP office letterbox. I won't be needing it.

I was proud of it when Dennis gave it to me. I'm not proud of anything this party's done since. Give it to somebody who still believes the rubbish on the leaflets. Hayley Stott, maybe. She'll enjoy polishing it.

Douglas""")

# 32 bottom-posted quoted thread, insults to the chair
c.add("complaint", subject="Re: GC 16 October - chair's ruling", sender=P("Iwan", "Pennant"),
      tags=HN + ("quoted",),
      body=c.quote_reply(
          """No, Owen, it's not "a matter for the chair's discretion". Standing order 8(c) says the chair "shall" put a challenge to his ruling to the meeting. Shall. Not "may, if he's in the mood".

Dennis has treated that chair as a throne for six years. He's a pompous, bullying old man who can't bear being contradicted, and the GC is sick of him. The only reason nobody stands against him is that they can't face the sulk.

I'm going to the regional office with it and I'll be nominating Carys for chair at the AGM.

Iwan""",
          """Iwan,

Thanks for your email. I've spoken to Dennis and I think this is a matter for the chair's discretion. He felt the challenge was being used to delay the vote. I know you feel strongly but I'd rather we didn't escalate this.

Owen""", quoted_from=SEC, style="bottom"))

# 33 noisy no punctuation, field turned into car park
c.add("complaint", subject="teal bridge field", sender=("Lyn Steadman", "lynsteadman@talktalk.net"),
      tags=HN + ("noisy",),
      body="""the field at teal bridge where everybody walks there dogs and the kids play football is now going to be a car park for the new health centre nobody asked us not one person knocked on a door your councillor stuart ingram voted for it and then put a post on facebook saying he was proud to deliver investment for the town proud of what a car park hes a liar and a crook and a clown and i hope he loses in may i will be telling everyone at the school gate and at bingo""")

# ============================================================ safety, calm

# S1 farm accidents, calm wish-harm
c.add("safety", subject="Catherine's farm visit on Friday", sender=P("Alun", "Preece"),
      tags=CALM + ("wish-harm", "veiled"),
      body="""Dear Mr Pritchard,

I understand from the Journal that Mrs Lomax is visiting Hollins Farm on Friday for a photograph with the young farmers.

Farms are dangerous places, as I'm sure the NFU will have told her. Accidents happen every week. A gate left open, a bull out of his pen, a slurry lagoon with the fence down, a quad bike on a steep bank. Nobody is ever really to blame.

I'd hate for Mrs Lomax to have one of those accidents on Friday. Though I don't think many in the valley would be surprised, after the Budget, and I'm not sure how many would be sorry.

Please do pass on my best wishes for the visit.

Alun Preece""")

# S2 courteous note listing councillor's daughter's school
c.add("safety", subject="Your daughter", sender=("A neighbour", "brookside.neighbour@outlook.com"),
      tags=CALM + ("veiled", "implicit", "doxxing"),
      body="""Dear Secretary,

Would you be kind enough to pass this to Cllr Qureshi, since he won't reply to me himself.

His daughter Aleena is in Year 9 at Wenlow High. She gets the 8.05 from the stop outside the Spar on Brook Road, usually with her friend in the green coat, and she walks home the long way past the allotments on Tuesdays because of netball.

She seems a lovely girl. I'd like her father to think about her when he votes on the Mill Lane development next week.

With thanks,
A neighbour""")

# S3 formal letter putting on notice
c.add("safety", subject="Notice regarding the cattle market site", sender=("The Smithfield Committee", "smithfield.committee@gmail.com"),
      fmt="alt", tags=CALM + ("conditional", "veiled"),
      body="""To: The Secretary, Wenlow & Aldbury Constituency Labour Party

Re: Disposal of the Smithfield Road cattle market site

Dear Sir,

This letter is to put you on notice.

We have exhausted the ordinary channels in respect of the proposed sale of the cattle market site: petitions, deputations, letters, the public meeting of 4 September. We have received courtesy and no answers.

We wish to make our position clear in writing so that there can be no later suggestion of surprise. Should the Labour group proceed with the sale at Cabinet on the 9th, members of this committee will attend at the private residence of Councillor Stuart Ingram, on Castle Hill, on the evening of the decision, and on subsequent evenings. We will not be attending to present a petition.

We would ask that you draw this letter to Councillor Ingram's attention and to that of his family.

Yours faithfully,
For the Smithfield Committee""")

# S4 friendly offer to call round when husband on nights
c.add("safety", subject="Hayley - a friendly chat?", sender=P("Gavin", "Roper"),
      tags=CALM + ("veiled", "stalking"),
      body="""Hi Owen,

Would you pass this on to Hayley? She's blocked my number, which is a shame, because I only ever wanted to talk.

Hayley, I gather Rob's on nights at the County again all this month. I know the house gets quiet after the kids are down. I thought I'd call round one evening, maybe Wednesday, after ten, and we can go over why you had me removed from the branch committee. Just the two of us. No need to make a fuss or mention it to anyone.

I'll bring a bottle.

Gav""")

# S5 draft minutes recording a threat, dry
c.add("safety", subject="Draft minutes - Teal Bridge branch, 7 November", sender=("Beryl Stanier", "berylstanier@btinternet.com"),
      tags=CALM + ("third-party-report", "embedded"),
      body="""Owen,

Draft minutes of Thursday's branch meeting attached below for the file. Please note item 6. I've minuted it exactly as said, on the chair's instruction.

TEAL BRIDGE BRANCH - DRAFT MINUTES
Thursday 7 November, Teal Bridge Methodist Hall, 7.30pm
Present: 11 (list held by secretary). Apologies: 3.

1. Minutes of previous meeting agreed.
2. Matters arising: none.
3. Treasurer's report: balance £412.18.
4. Council report (Cllr Ingram): health centre car park, library hours.
5. Canvassing: Saturday sessions to continue, meet at the Spar 10am.
6. AOB: Mr R. Tonks, a visitor, asked to speak on the car park. He stated that if the Teal Bridge field was lost he would "see to Stuart Ingram personally, at home, where his family can watch". When asked by the chair to withdraw the remark, Mr Tonks said he had nothing to withdraw and left. The chair stated that the matter would be referred to the CLP secretary.
7. Date of next meeting: 5 December.

Meeting closed 9.05pm.

Beryl Stanier
Branch secretary""")

# S6 measured conditional, solar farm landowners
c.add("safety", subject="Lower Moor solar farm - a considered view", sender=P("Hugh", "Catchpole"),
      tags=CALM + ("conditional",),
      body="""Dear Mr Pritchard,

I write as one of several landowners adjoining Lower Moor.

I am a reasonable man and I have tried to be reasonable throughout. I have listened to Cllr Ebdon explain, at some length, that the decision "is out of his hands".

I would ask you to tell him, in a calm and considered way, as I am telling you, that if the appeal is not withdrawn by the new year, he should not expect to be able to walk his dogs across Kennet Heath without meeting some of us, and that he would be wise not to do so alone. We know which paths he takes.

I trust that is clear.

Hugh Catchpole""")

# S7 car brakes, concern
c.add("safety", subject="Catherine's drive home", sender=("Pauline", "pauline.w.aldbury@gmail.com"),
      tags=CALM + ("veiled", "wish-harm", "implicit"),
      body="""Hello Owen,

I do worry about Catherine driving back down from Wenlow so late on a Friday after her surgery. Those bends at Teal Bridge are treacherous when it's icy, and that little silver Honda of hers sits out in the Market Street car park all afternoon where anybody could get at it.

It only takes one thing to go wrong with the brakes on that hill.

I'd hate to read about it in the Journal. Do tell her to take care.

Pauline""")

# S8 suspicious item, white powder
c.add("safety", subject="Incident at the constituency office this morning", sender=("Elin Vaughan", "elin.vaughan@parliament.example.uk"),
      tags=CALM + ("suspicious-item", "third-party-report"),
      body="""Hi Owen,

A quick note so the CLP officers hear it from us first.

At about 9.40 this morning, Dewi opened a hand-addressed envelope in the post at the Castle Street office. It contained a folded sheet with the words "FOR CATHERINE" and a small quantity of white powder. He put it down, washed his hands and we followed the procedure: office evacuated, 999, parliamentary security informed.

West Mercia attended with a specialist team. The powder has been taken for testing, and we've been told it's likely to be harmless, but we won't know for a day or two. Dewi has been checked over and is fine, just a bit shaken. The office will stay closed until Monday and Friday's surgery is cancelled.

Catherine wasn't in the office. Please don't discuss on social media.

Elin
Office Manager, Catherine Lomax MP""")

# S8b following, first person
c.add("safety", subject="After Tuesday's GC", sender=("Carys Lloyd-Hume", "carys.lloydhume@gmail.com"),
      tags=CALM + ("following",),
      body="""Owen,

I didn't want to say anything on Tuesday in front of everyone, but I think I should put it in writing.

When I left the Guildhall after the GC, a dark blue estate car pulled out of the Market Street car park behind me. It stayed behind me through the lights, past the roundabout and all the way out to Much Dunstow, which is eight miles of back lanes. When I turned into my lane it slowed down, sat at the end with its engine running for a couple of minutes, then drove off.

It might be nothing. But it's the second time since I spoke at the Aldbury Grange meeting, and the first time I put it down to coincidence.

I've rung 101 and I've got a reference number. I'd rather not leave meetings on my own for a while, if someone could walk out with me.

Carys""")

# S10 webform, secretary's address passed to friends
c.add("safety", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to="aldbury.says.no@proton.me",
      tags=CALM + ("webform", "doxxing", "veiled"),
      body=c.webform({
          "Name": "Aldbury Says No",
          "Email": "aldbury.says.no@proton.me",
          "Subject": "The Aldbury Grange",
          "Message": """Mr Pritchard,

We note that your CLP issued a statement "welcoming" the people at the Aldbury Grange Hotel. We also note that you live at 6 Bellfounders Lane, Wenlow, with your wife and two young children, some distance from the hotel.

I have passed your address to some friends who share our views. They may wish to call round and explain them to you in person. I'm sure you'll make them welcome, as you have the others.

Regards""",
      }, form="Contact us"))

# S11 quoted reply, wife's roses
c.add("safety", subject="Re: Your appeal", sender=P("Stanley", "Hewer"),
      tags=CALM + ("quoted", "veiled", "stalking"),
      body=c.quote_reply(
          """Understood, Owen. Thank you for taking the time to explain.

Please give my regards to Sian. The roses along your front wall on Bellfounders Lane are coming on well this year. She must be out there most mornings after the school run, on her own, seeing to them.

I'll be in touch.

Stan""",
          """Dear Stanley,

Thank you for your email. I've looked into your appeal against the decision of the Brookside branch not to nominate you, and I'm afraid there's no provision in the rules for the CLP to overturn it. I know this isn't the answer you wanted.

Kind regards,
Owen""", quoted_from=SEC, style="gmail"))

# S12 forwarded by councillor: note through the door
c.add("safety", subject="Fwd: letter through my door - what do I do?", sender=("Cllr Rashid Qureshi", "rashid.qureshi.cllr@northmarches.example.gov.uk"),
      tags=CALM + ("forwarded", "third-party-report", "veiled", "stalking"),
      body=c.forward(
          """Owen,

This was pushed through my door last night, typed, no name. I've typed it out below exactly. I've given the original to the police. My wife has seen it and she's frightened. I'm going to miss the GC on Tuesday.

Rashid""",
          """Councillor Qureshi,

You leave the mosque on Brook Road at about ten past one on Fridays and walk back up Mill Lane alone. You leave your car on the drive with the side gate unlocked. Your son has football at the leisure centre on Saturday mornings.

We are not asking for much. Stand down at the next election and we will leave you alone.

We hope you'll be sensible.""",
          "(typed letter, hand delivered)", "(no subject)", style="gmail"))

# S13 html-only doxxing newsletter
c.add("safety", subject="Know your councillors", sender=("Wenlow Watch", "newsletter@wenlowwatch.example.net"),
      fmt="html", headers=c.newsletter_headers("Mailerlite"),
      tags=CALM + ("html-only", "doxxing", "pile-on", "veiled"),
      body="""WENLOW WATCH - Issue 14

KNOW YOUR COUNCILLORS

Following the council's decision to support the use of the Aldbury Grange Hotel, we thought members might find it useful to know where the Labour councillors responsible can be found outside office hours.

Cllr Stuart Ingram: Castle Hill House, Castle Hill, Wenlow (black Audi).
Cllr Rashid Qureshi: 41 Mill Lane, Brookside.
Cllr Pam Threlfall: The Old Forge, Aldbury (lives alone).
Cllr Martin Ebdon: 2 Heath Cottages, Kennet Heath.

We ask members to be polite and respectful when visiting. They have had every chance to listen. Perhaps a personal visit will help.

You are receiving this because you subscribed at wenlowwatch.example.net. Unsubscribe.""")

# S14 social: Nextdoor-style notification
c.add("safety", subject="New post in Wenlow Town Centre: \"Where does our MP live?\"", sender=("Nextdoor", "no-reply@rs.email.nextdoor.example.com"),
      headers=c.newsletter_headers(),
      tags=CALM + ("social", "pile-on", "doxxing"),
      body="""Wenlow Town Centre · Posted by Darren H. · 2 hr ago

Where does our MP live?

Genuine question, nothing sinister. Does anyone know which house is Catherine Lomax's? Someone said it's one of the new ones off Teal Bridge Road. A few of us would like to call round one evening, late-ish, for a quiet word about the farm tax. Message me privately if you know.

18 Thanks · 11 Replies

Top reply · Kevin P.: It's the one with the grey door at the end of Otter Close. Her car's usually on the drive after 9.

View post · Mute this post

You're receiving this email because you're a member of Nextdoor Wenlow Town Centre. Unsubscribe.""")

# S15 explicit but calm
c.add("safety", subject="Martin Ebdon", sender=("P. Goode", "p.goode.kennetheath@gmail.com"),
      tags=CALM + ("explicit",),
      body="""Owen,

I'm writing this calmly so that there is a record.

I intend to put Martin Ebdon in hospital. Not this week, and not at a meeting where there are witnesses. But it will happen, and he'll know why.

I'm not asking for anything. There's nothing the party can do about it now.

P. Goode""")

# S16 list post, welcoming committee
c.add("safety", subject="[wenlow-forum] MP surgery Saturday - welcoming committee", sender=P("Les", "Hamer"),
      headers=c.list_headers("wenlow-forum", domain="lists.wenlowtownforum.example.org"),
      tags=CALM + ("list", "veiled"),
      body="""Morning all,

For those who asked, Catherine Lomax's next surgery is Saturday 10-12 at the Guildhall. She always comes in and out the back way, through the yard behind the old Corn Exchange, where there's no camera and it's only her and the caseworker.

I thought a few of us might form a small welcoming committee at the back gate, around twelve. Nothing noisy. No placards needed. Bring something a bit more persuasive than a placard, if you take my meaning.

Les

_______________________________________________
wenlow-forum mailing list
To unsubscribe send an email to wenlow-forum-leave@lists.wenlowtownforum.example.org""")

# S17 non-native Portuguese, conditional, calm
c.add("safety", subject="my position in branch", sender=P("Rui", "Machado", "gmail.com"),
      tags=CALM + ("non-native", "conditional", "veiled"),
      body="""Good afternoon Owen

I am calm person and I write to you calm. Three weeks ago the Brookside branch remove me from committee, they say I am "disruptive". I am not disruptive, I ask questions about money.

I ask you please to reverse this before the meeting of 28.

If not reversed, I will go to Mr Dennis house, I know is the white house near the river bridge, and we will solve this man to man, outside. His wife will not like what she see. I prefer not, but I am not a man who forget.

Thank you for your time and have a good day.

Rui Machado""")

# S18 stalking: watching from the church
c.add("safety", subject="You look tired", sender=("A friend", "quiet.watcher.wenlow@gmail.com"),
      tags=CALM + ("stalking", "implicit"),
      body="""Owen,

I've been sitting in St Laurence's most afternoons this week. From the third pew on the left you can see straight into the CLP office window across the square.

You work very late. You look tired. You always leave by the side door at about half six and cut through Church Walk to the car park, where the light is broken.

I'll be there again tomorrow. Don't work too hard.""")

# S19 embedded: long procedural email with a calm threat in the middle
c.add("safety", subject="Regional conference delegates, standing orders, and one other thing", sender=P("Ieuan", "Morgan"),
      tags=CALM + ("embedded", "conditional"),
      body="""Hi Owen,

Three things ahead of the EC.

1. Regional conference delegates. Castle branch would like to nominate Ffion Hatherall and Tom Harries. I've got both their consents in writing and I'll forward them tonight. Can you confirm the closing date for nominations? I've seen both the 14th and the 21st quoted.

2. Standing orders. The working group has finished its draft. The main changes are a 14-day deadline for emergency motions to be replaced by 48 hours, a time limit of three minutes for speakers other than movers, and a clearer process for challenges to the chair. I'll circulate it to the EC on Friday.

3. Dennis. I'll say this once and quietly. If he blocks the standing orders review again on Thursday, there are people in Castle branch who've decided he won't be chairing anything for a good while afterwards, and they'll make sure of it on his way home from the Guildhall. I'm not one of them, but I'm not going to stand in their way either. You may want to tell him to get a lift.

Thanks as ever for all you do. I know it's a thankless job.

Ieuan""")

# S20 harassment report: wreath on doorstep
c.add("safety", subject="Something left at my house", sender=("Ruth Abberley", "ruth.abberley.treasurer@gmail.com"),
      tags=CALM + ("third-party-report", "harassment"),
      body="""Owen,

I'm writing this down while it's fresh and so you have it for the EC.

This morning there was a funeral wreath on my doorstep. White lilies, a card in the cellophane with my full name on it and "With deepest sympathy. Soon." No florist's label.

It follows the silent phone calls, which have been coming every night at around 3am for about a fortnight, always withheld, and the two letters I mentioned at the last EC asking why the treasurer "hides the accounts from the members".

I've phoned the police and a PCSO is coming at four. I'm all right, honestly. I'd just like it on record, and I'd like the EC to think about whether the treasurer's name and town need to be on the website.

Ruth""")

# S21 police liaison officer, calm official
c.add("safety", subject="OFFICIAL-SENSITIVE: Hustings on 3 December", sender=("PC J. Marsh", "j.marsh@westmercia.police.example.uk"),
      tags=CALM + ("third-party-report",),
      body="""Dear Mr Pritchard,

I am the neighbourhood officer for Wenlow town centre.

I'm contacting you in confidence. We have received information that an individual known to us has expressed an intention to attend the by-election hustings at the Guildhall on 3 December and to "settle things" with the Labour candidate, Ms Carys Lloyd-Hume, after the event. We assess the information as credible.

We would like to meet with you and the event organiser this week to discuss arrangements, including the route the candidate will use to enter and leave the building and whether she can be accompanied at all times. Please do not share the content of this email beyond those who need to know.

Could you let me know a convenient time? My direct line is below.

PC J. Marsh
Wenlow Safer Neighbourhood Team""")

# S22 quiet wish: operation
c.add("safety", subject="Cllr Threlfall", sender=P("Margery", "Lane"),
      tags=CALM + ("wish-harm",),
      body="""Dear Mr Pritchard,

I hear from the village that Cllr Threlfall is going into the County for her operation next month.

I do hope it doesn't go well.

I don't say that lightly. I've thought about it a great deal since the village hall decision, and I find I mean it. I'll be thinking of her on the day.

Yours,
Margery Lane""")

# S23 sympathy card, early
c.add("safety", subject="With sympathy", sender=("W. Jukes", "wjukes.wenlow@outlook.com"),
      fmt="alt", tags=CALM + ("veiled", "implicit"),
      body="""Dear Mr Pritchard,

I have put a sympathy card through your door this afternoon, addressed to Sian and the children.

I thought I would send it early. I find it is always better to be prepared.

Yours sincerely,
W. Jukes""")

# S24 noisy, calm, waiting after surgery
c.add("safety", subject="rashid", sender=("kev brimble", "kevbrimble71@hotmail.co.uk"),
      tags=CALM + ("noisy", "explicit"),
      body="""hello owen i hope your keeping well

i want you to no i am not angry any more, i have calmed down since the last email. but i have desided i will be wating for rashid after the surgry on saturday in the car park at the back of the libary and he will no about it when i have finished with him. i am just telling you so its fair.

regards kev""")

# S25 journalist passing on a letter for publication
c.add("safety", subject="Letter received for publication - passing on", sender=("Sophie Gatland", "sophie.gatland@wenlowjournal.example.co.uk"),
      tags=CALM + ("third-party-report", "quoted", "conditional"),
      body="""Dear Owen,

I'm the news editor at the Journal. We received the letter below for our letters page yesterday, signed with a name and an Aldbury address that don't appear to exist. We won't be publishing it, obviously, but our editor felt we should pass it to the CLP and to the police, which we have done (ref. 22-114-08).

> Sir,
> As Cllr Ingram is so keen on selling off the town's property, perhaps he would
> like to think about his own. Houses on Castle Hill are old and full of timber.
> They burn very well, I'm told, particularly at night, when everybody inside
> is asleep. He has until the Cabinet meeting to change his mind.
> A Wenlow ratepayer

If you'd like to comment for any story on councillor safety, which we may run without quoting the letter, please let me know.

Best,
Sophie Gatland
News Editor, Wenlow Journal""")

# S26 file on EC members, conditional
c.add("safety", subject="The EC vote on the 12th", sender=("G.", "g.wenlow.ec@proton.me"),
      tags=CALM + ("conditional", "doxxing"),
      body="""Dear Secretary,

Over the summer I have put together a file on each member of your Executive Committee: home address, vehicle, place of work, children's schools where applicable, and the times each of them usually leaves home.

I have no wish to use it. It will stay in a drawer unless the EC votes on the 12th to suspend the Brookside branch, in which case copies will go to a number of people who are less patient than I am.

I would be grateful if you could share this with the EC before the vote.

G.""")

# S27 gift in porch
c.add("safety", subject="A little something", sender=("A friend of the market", "friend.of.smithfield@gmail.com"),
      tags=CALM + ("suspicious-item", "veiled"),
      body="""Hello Owen,

I've left a little something for you in the porch at Bellfounders Lane. It's in a shoebox, taped up.

Please don't let the children open it. It's for you, after what the council did to the market. You'll understand when you see it.

Best wishes""")

c.write()
