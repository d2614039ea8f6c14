"""train_tf3: personas writing to the secretary of Tynebridge CLP (Mark Dodds).

Personas: Agnieszka Wróbel (Polish care worker), Terry Graham (furious ex-member, left
faction), Brian Heslop (retired police inspector), Norman Lister (elderly man who forwards
everything), Lynne Charlton (widow of a long-serving councillor). MP: Alison Shields.
All invented.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tf3", seed=1603)
SEC = "%s <%s>" % c.secretary()

AGA = ("Agnieszka Wróbel", "agnieszka.wrobel88@gmail.com")
TERRY = ("Terry Graham", "terrygraham.socialist@yahoo.co.uk")
BRIAN = ("Brian Heslop", "brian.heslop@btinternet.com")
NORMAN = ("Norman Lister", "norman.lister@talktalk.net")
LYNNE = ("Lynne Charlton", "lynnecharlton52@hotmail.com")

P_AW = "persona-agnieszka-wrobel"
P_TG = "persona-terry-graham"
P_BH = "persona-brian-heslop"
P_NL = "persona-norman-lister"
P_LC = "persona-lynne-charlton"

# ---------------------------------------------------------------- Agnieszka Wróbel
c.add("query", sender=AGA, subject="Question about join Labour",
      body="""Dear Sir,

My name is Agnieszka, I am living in Coalburn since 2014 and working in care home (Rosedene) as senior carer. My colleague Dorota is member and she tell me I should join also because Labour is for workers.

I have few questions please:
1. I am Polish citizen with settled status. Can I be member of Labour Party? Can I vote in election for council?
2. Is there cheaper membership for low wage? I am paid £12.60 per hour and I have two children.
3. Where is meeting for Coalburn? I work shifts so maybe I can come only sometimes.

Thank you very much for help.

Best regards,
Agnieszka Wróbel""", tags=(P_AW, "non-native"))

c.add("complaint", sender=AGA, subject="care workers pay - why nothing change",
      body="""Dear Mark,

I am sorry but I must write something because I am very angry and my colleagues also.

Before election Labour promise Fair Pay Agreement for care workers. We was all very happy. In Rosedene we put poster in staff room. Now is more than one year and what is change? Nothing. I still get £12.60, the agency girls get more than me. Night shift is the same money like day shift. Three of my colleagues left this year to work in Aldi because is more money and less stress.

Who is responsible for this? When it will happen? I want that Alison Shields tell us the date, not only "we are working on it".

I am member now so I think I can ask this.

Agnieszka""", tags=(P_AW, "non-native"))

c.add("safety", sender=AGA, subject="something happened on leafleting Saturday",
      body="""Hello Mark,

I am not sure if this is important but Dorota say I must tell you.

On Saturday I was delivering leaflets on Pitt Street in Coalburn, alone because Dorota had to go early. One man came out from house number 30-something and start shouting at me. He say "go home you Polish b***h, we dont want your Labour s**t here". I said OK sorry and I go to next house. He follow me to the end of street. Then he say "I know your car, the blue Skoda. Next time I see you on my street you will regret it. You wont be driving anywhere."

I go to my car very fast and drive home. I was shaking. My children was in the car because no babysitter, they hear everything.

I dont want to make big problem. But I dont want to go to Pitt Street again. Maybe someone else can do it? And maybe other people should know about this man.

Agnieszka""", tags=(P_AW, "third-party-report", "following", "explicit", "non-native"))

c.add("data-protection", sender=AGA, subject="my photo in newsletter",
      body="""Dear Mark,

In new branch newsletter there is my photo and text "welcome to new member Agnieszka from Coalburn, senior carer at Rosedene, mum of two". I did not know this will be printed. Nobody ask me.

My manager at Rosedene is not happy about politics and I am afraid for my job now. Also my ex-husband, I do not want him to know where I am working. It is not good.

Please can you remove this from website version and not put again? And please tell me how many was printed.

Thank you,
Agnieszka""", tags=(P_AW, "non-native", "confuser", "dp-no-legal-words"))

c.add("other", sender=AGA, subject="thank you!",
      body="""Hello Mark and everybody,

Thank you so much for nice welcome on Tuesday. I was very nervous because my English is not perfect but everybody was very kind. Brian explain me everything about how the meeting works and the motions etc.

Next time I bring pierogi for everybody, my mother recipe :)

Aga""", tags=(P_AW, "non-native"))

c.add("query", sender=AGA, subject="meeting in weekend?",
      body="""Hi Mark, is there any branch meeting or activity in weekend? I am on nights now Monday to Thursday and the night shift is killing me, I cannot come Tuesdays for maybe 2 months. I want still to help. Maybe Sunday leaflets? Thank you. Aga""", tags=(P_AW, "non-native", "hard-negative", "benign-violent-word"))

c.add("procedural", sender=AGA, subject="apologies + motion",
      body="""Dear Mark,

Please apologies from me for GC on 19th, I am working.

Also Dorota and me want to second the motion from Coalburn branch about care workers Fair Pay Agreement. Dorota is proposer. Can you put my name as seconder please? Agnieszka Wróbel, Coalburn branch, member number L1204418.

Thank you
Agnieszka""", tags=(P_AW, "non-native"))

c.add("safety", sender=AGA, subject="message on Facebook - I am scared",
      body="""Mark, I am sorry to write late at night.

After the newsletter with my photo I get message on Facebook Messenger from man I dont know. No profile picture, name is "Dave T". I copy exactly:

"saw ur pic in the labour paper. nice. rosedene night shift finishes 7am yeah? car park round the back is quiet that time of the morning. polish labour girls should be more careful who they show there face to. see u soon aga"

I block him. But he know my shift and my name "Aga" which only my friends use. I think maybe he is the man from Pitt Street.

I dont know what I should do. I dont want to go to work tomorrow morning alone. Should I call 999 or 101? Please help.

Aga""", tags=(P_AW, "third-party-report", "stalking", "implicit", "social", "non-native"))

c.add("urgent", sender=AGA, subject="cannot do teller tomorrow - sorry!!",
      body="""Mark I am so sorry, my manager just change my shift and I must work tomorrow 7am to 3pm. So I cannot be teller at Coalburn Methodist polling station tomorrow morning 7 to 10 like I promise. I try to find somebody but Dorota also working. Can you find other person? I am very sorry.

Aga""", tags=(P_AW, "non-native"))

# ---------------------------------------------------------------- Terry Graham (ex-member)
c.add("complaint", sender=TERRY, subject="My resignation - for the record",
      body="""Mark,

Consider this my resignation from the Labour Party after 38 years. I'll save you the trouble of another "administrative suspension".

I joined in 1987 in the back room of the Westgarth Social when we still believed in something. I've delivered leaflets through two miners' strikes' worth of memory, three general election defeats and the Iraq war. I stayed through all of it because the party was worth fighting for. It isn't now.

What's been done to this CLP in the last two years is a purge, plain and simple. Good socialists suspended on the word of anonymous complainants, branches merged to break the left's majority, an AGM rigged by moving it to a weekday lunchtime when working members can't come. And you, Mark, sat there taking the minutes and said nothing.

The Labour Party is dead. The thing that's wearing its clothes is a focus-group machine for careerists. I hope it enjoys its majority while it lasts.

Don't bother sending me the "we're sorry to see you go" email.

Terry Graham
(former) Westgarth branch""", tags=(P_TG, "hard-negative", "metaphor", "angry"))

c.add("complaint", sender=TERRY, subject="My suspension - formal complaint",
      body="""Mr Dodds,

I have now been "administratively suspended" for seven months without being told the allegation against me, who made it, or when I will be interviewed. The Governance and Legal Unit does not answer its emails. The regional office says it is "a matter for GLU". You say it is "a matter for the national party".

This is a breach of the party's own rules, which require that a suspended member be informed of the nature of the allegation, and of natural justice.

I am therefore giving notice that unless I receive, within 21 days, (a) the substance of the allegation and (b) a date for an interview, my solicitor will be instructed to write to the General Secretary. I am copying this to Alison Shields MP, who, I note, has been happy to take my leaflet deliveries for twenty years.

T. Graham""", tags=(P_TG, "hard-negative", "legal-threat", "angry"))

c.add("data-protection", sender=TERRY, subject="Subject Access Request",
      body="""Dear Secretary,

Under Article 15 of the UK GDPR, I request copies of all personal data about me held by Tynebridge CLP and its officers, including:

- all emails between CLP officers in which I am named or referred to (including by nickname - I'm aware of "Trotsky Terry");
- messages in the EC WhatsApp group that mention me;
- any complaint submitted about me by any officer or member of this CLP, and any correspondence with the regional office or GLU about it;
- notes of any meeting at which my suspension was discussed.

Please do not tell me that WhatsApp messages on officers' personal phones are outside scope. They are not, if they were made in the course of CLP business.

Terry Graham""", tags=(P_TG,))

c.add("procedural", also=["complaint"], sender=TERRY, subject="Point of order - validity of Tuesday's AGM",
      body="""Mark,

I am writing formally, as a member of the Westgarth branch who was present, to challenge the validity of Tuesday's AGM.

1. Quorum. Standing Order 4 requires a quorum of 10% of delegates entitled to attend, or 25, whichever is lower. By my count there were 22 delegates present when the officer elections were taken at 8.50pm, several having left after the motions. The chair was asked to count and refused.

2. Notice. Standing Order 9 requires 14 days' written notice of the AGM. The notice to Westgarth branch delegates was sent on the 3rd, twelve days before.

3. Nominations. The nomination from Westgarth for the position of Vice-Chair (Campaigns) was ruled out on the ground that it arrived "after the deadline". It was emailed at 11.42pm on the closing date, and I have the sent receipt.

I request that this letter be placed before the Executive Committee and that the regional office be asked to rule on whether the elections should be rerun.

Terry Graham
Westgarth branch""", tags=(P_TG,))

c.add("safety", sender=TERRY, subject="A friendly word",
      body="""Mark,

I'll say this once, as someone who's known you since you were handing out Socialist Worker outside the Metro station.

You've made a lot of enemies in the last two years. More than you realise. There are people in Westgarth and Coalburn who've been in this movement since before you were born, and who've had their names dragged through the mud by people who take the minutes and say nothing. People remember. They don't forget in this part of the world.

I'd be careful walking home from the Westgarth Social after the AGM, that's all. It's a dark road past the old railway and there's no one about at that time. Not from me - I'm just telling you how people feel.

Terry""", tags=(P_TG, "veiled", "implicit"))

c.add("complaint", sender=TERRY, subject="Removed from the Westgarth WhatsApp",
      body="""So I've been removed from the Westgarth Labour WhatsApp group. By you, I notice. Not a word of explanation.

That group has 84 people in it and I've been in it since it was set up. I put more work into Westgarth than anyone in it. I've never posted anything abusive. I posted a link to a Tribune article and asked a question about the selection timetable. That's it. Apparently that's "disruptive" now.

Fine. But don't think for a minute this stays quiet. I'll make sure every single person in that group knows exactly why I was removed and who did it, and I'll be saying it at the branch meeting as well.

T""", tags=(P_TG, "hard-negative", "angry"))

c.add("complaint", sender=TERRY, subject="May",
      body="""Mark,

Just so you're not surprised: a group of us, including four former Labour councillors, will be standing as independent socialist candidates in Westgarth, Coalburn and Saltmeadows in May. We have the people, we have the money and we have the anger.

You've spent two years purging the activists who actually knocked on doors. Let's see how your Saltmeadows candidate gets on without them. Watch this space. We're going to wipe the floor with you and you'll have nobody to blame but yourselves.

Terry Graham
Tynebridge Socialist Alliance""", tags=(P_TG, "hard-negative", "metaphor", "angry"))

c.add("other", sender=TERRY, subject="Jack Bell",
      body="""Mark,

Whatever's gone on between us, I wanted you to hear it from me before it goes round. Jack Bell died on Sunday night at the hospice. He asked for you a couple of weeks ago and I said I'd pass it on, and then I didn't, and I'm sorry for that.

Funeral is at St Hild's on the 14th at 11. He'd want the banner there. He'd want both of us there, probably, and in the same pew, which is the kind of joke he'd have enjoyed.

Terry""", tags=(P_TG,))

c.add("query", also=["complaint"], sender=TERRY, subject="Still taking my money",
      body="""I resigned in March. Why is the Labour Party still taking £5.29 a month from my account? I've had four payments since. Who do I contact to get it stopped and how do I get the money back? I assume it isn't you, but you're the only person who answers emails in that organisation, so.

T Graham""", tags=(P_TG,))

c.add("bulk", sender=("Tynebridge Socialist Network", "tsn-announce@riseup.net"),
      subject="[TSN] Bulletin #9: The right are killing the party - what next?",
      headers=c.list_headers("TSN Announce", domain="lists.riseup.net"),
      body="""TYNEBRIDGE SOCIALIST NETWORK - BULLETIN #9

In this issue:
* The right are killing the party from the inside - Terry Graham on the Westgarth purge
* Independent socialist candidates: who's standing where
* Fundraiser: ceilidh at the Westgarth Social, Saturday 21st, £5 on the door
* Reading group: "The Ragged Trousered Philanthropists", ch. 20-26

EDITORIAL
Two years ago the left won a majority on Tynebridge GC. Since then: 14 suspensions, 3 branches merged, an AGM on a Tuesday lunchtime. The machine has won the battle. It will lose the war, because you cannot run a party without the people who do the work...

To unsubscribe from this list, email tsn-announce-unsubscribe@lists.riseup.net
TSN is not affiliated to any political party.""", tags=(P_TG, "hard-negative", "metaphor", "list"))

# ---------------------------------------------------------------- Brian Heslop (retired police)
c.add("query", sender=BRIAN, subject="Stewarding at CLP events",
      body="""Mark,

Following our conversation after the GC, I'd be glad to help with stewarding and general event safety for the CLP. For the record I did 30 years with Northumbria Police, the last twelve as an inspector, and spent a fair bit of that on public order and event planning, so I know my way round a risk assessment.

Who should I liaise with - is there an events officer, or is it the chair? And is there a list of events for the next three months? The hustings at St Hild's in particular will need some thought given the size of the hall and the current climate.

Regards,
Brian Heslop
Haddon Bank branch""", tags=(P_BH,))

c.add("safety", sender=BRIAN, subject="Vehicle observed outside constituency office",
      body="""Mark,

For your information and for passing to Alison's office manager.

Over the last three evenings (Mon, Tue, Wed) I have observed the same vehicle parked opposite the constituency office on Front Street between approximately 1800 and 2030hrs: a silver Vauxhall Insignia estate, registration begins ND71, rear nearside light damaged. On each occasion two males were inside. On Tuesday one of them got out and photographed the front of the office, the side door and the staff car park with a phone. On Wednesday they remained until the caseworker left at 2010 and then drove off in the same direction she walked.

I may be reading too much into it. But in my experience that is what reconnaissance looks like, and given the recent threats to the MP I'd rather flag it than not. I have passed the details to the neighbourhood team (ref NP-2304) but I'd suggest the office manager also reports it through Operation Bridger and that staff don't leave alone for the time being.

Brian""", tags=(P_BH, "third-party-report", "following", "implicit"))

c.add("procedural", sender=BRIAN, subject="Item for next EC - security review",
      body="""Mark,

I'd be grateful if the following could be put on the next EC agenda under AOB, or as an item in its own right if there's time.

SECURITY REVIEW FOR CLP EVENTS AND OFFICERS

Background: The Speaker's Conference on the security of candidates and MPs has now published its report, which found that a majority of candidates at the last general election experienced some form of abuse or intimidation, and that local party officers and volunteers are increasingly targeted too. The national party has updated its guidance and the police have expanded Operation Bridger to cover candidates.

Proposal: That the EC (a) appoints a named security lead; (b) reviews the publication of officers' home addresses on CLP documents; (c) agrees a simple protocol for reporting threats; (d) arranges a briefing for branch officers with the local neighbourhood policing team.

I'm happy to take on (a) if the EC wants me to. Paper to follow.

Brian Heslop""", tags=(P_BH, "hard-negative", "news-about-threats"))

c.add("safety", sender=BRIAN, subject="Suspicious package at Front Street office - police attended",
      body="""Mark,

Brief note, more to follow when I know more.

At about 0915 this morning I was passing the constituency office and saw a small padded envelope wedged behind the letterbox flap of the side door, addressed by hand in block capitals to "A. SHIELDS - PERSONAL". No stamp, no postmark. A white powdery substance was visible leaking from one corner and there was an odour I didn't like.

I did not touch it. I moved the two staff who were arriving away from the door, called 999 and set up a cordon with the help of the chap from the bookies. Police and the fire service attended, the street was closed for about three hours, and the package was removed for testing. Nobody was hurt. The staff are shaken but fine and have gone home.

Alison has been informed by her office manager. Please make sure no volunteers go to the office today, and that anything hand-delivered in future is left unopened and reported. I'll write up a proper timeline tonight for the record.

Brian""", tags=(P_BH, "suspicious-item", "third-party-report"))

c.add("procedural", sender=BRIAN, subject="Motion - Neighbourhood policing in Tynebridge",
      body="""Motion from Haddon Bank branch for the GC

NEIGHBOURHOOD POLICING

Tynebridge CLP notes that the number of neighbourhood police officers covering the constituency has fallen from 38 to 21 since 2015, and that two of the five police front counters in the borough have closed.

Tynebridge CLP welcomes the government's commitment to restore neighbourhood policing and to put named, contactable officers in every neighbourhood.

Tynebridge CLP resolves to write to the Police and Crime Commissioner asking how many of the new neighbourhood posts will be allocated to Tynebridge, and to invite the local inspector to a future GC.

Proposer: B. Heslop (Haddon Bank)
Seconder: M. Armstrong (Haddon Bank)

Mark - carried unanimously at the branch on the 6th, 17 present.""", tags=(P_BH,))

c.add("complaint", sender=BRIAN, subject="Conduct at Thursday's GC",
      body="""Mark,

I want to put on record my concern about the conduct of a number of delegates during the debate on the Gaza motion on Thursday.

Whatever one's view on the substance - and I have a view, as you know - it cannot be right that a 19-year-old speaking for the first time was shouted down, called a "Zionist stooge" by one delegate and a "terrorist sympathiser" by another, depending on which sentence they heard. The chair did not intervene until the third interruption. Several newer members left at the break and I doubt we'll see them again.

I'm asking that the chair reminds the GC of the party's code of conduct at the start of the next meeting, and that the EC considers whether formal complaints are needed about the two individuals concerned. I'm willing to give a written account.

Brian Heslop""", tags=(P_BH,))

c.add("safety", sender=BRIAN, subject="Graffiti on the office shutter - photos attached",
      body="""Mark - found this morning at 0710 on my way to the paper shop. Sprayed in red across the shutter of the constituency office, letters about 30cm high:

"SHIELDS YOUR NEXT"

and underneath, smaller: "WE KNOW YOUR ROUTE HOME"

Photos attached (3). I've reported it on 101 (ref 0712-2211), and the council's graffiti team are booked to clean it on Thursday, but I've asked them to leave it until the police have photographed it. Given the reference to "next" and the recent national news, I'd treat this as a threat rather than vandalism and make sure Alison's office knows before she arrives at 9.

B.""", tags=(P_BH, "third-party-report", "explicit", "implicit"))

c.add("other", sender=BRIAN, subject="Stepping back for a bit",
      body="""Mark,

A personal note. Jean has been diagnosed with a recurrence and starts treatment at the Freeman next week, so I'll be stepping back from the doors and the stewarding for a few months. I'm sorry to do it with the county elections coming up.

I'll still do what I can from home - the security paper, phone canvassing, that sort of thing. But I need to be the one doing the hospital runs.

Regards,
Brian""", tags=(P_BH,))

c.add("query", sender=BRIAN, subject="Volunteers' evening - fire safety slot?",
      body="""Mark,

Now that we've moved into the new office on Front Street, someone needs to brief the volunteers on fire safety before we start the evening phone banks. Could I have 15 minutes at the volunteers' evening on the 3rd?

I'd cover: fire exits (the rear one is currently blocked by leaflet boxes, which needs fixing), the assembly point, where the extinguishers are and which is which, and the fire drill. I'll also do a two-minute bit on what to do if someone aggressive comes in, which I'll keep calm and low-key.

Brian""", tags=(P_BH, "hard-negative", "benign-violent-word"))

c.add("urgent", sender=BRIAN, subject="Office keys - need someone TONIGHT",
      body="""Mark,

I've been called in to the Freeman for Jean first thing tomorrow - they've moved her procedure up - so I can't be key-holder for the count night logistics at the office tonight as planned. Volunteers are due from 7pm to sort the tally sheets and the boxes for tomorrow.

I can drop the keys and the alarm code to whoever you nominate by 5pm. I'm at home. 0191 496 0187.

Brian""", tags=(P_BH,))

c.add("safety", sender=BRIAN, subject="Haddon Bank canvass session - man in a van",
      body="""Mark,

Reporting an incident from tonight's canvass session in Haddon Bank, for the CLP's records.

Six of us were working Moor Crescent and Moor View from about 1830hrs. From around 1900 a white Transit (no livery, reg partly obscured by mud) followed the group at walking pace, stopping when we stopped. The driver, IC1 male, 30s, shaven head, filmed us throughout on his phone. At about 1925 he leaned out and said to the group, "Enjoy your walk. We know where all of you live. Every one of you."

I asked the group to stop, we regrouped at the cars and everyone was driven home; I followed the two youngest to their door. I've reported it on 101 and given the partial reg.

The group was rattled. Please can the EC agree that evening sessions in Haddon Bank are suspended until the police have come back to us, and that nobody canvasses in fewer than threes.

Brian""", tags=(P_BH, "third-party-report", "following", "implicit"))

# ---------------------------------------------------------------- Norman Lister (forwards everything)
c.add("other", sender=NORMAN, subject="Fw: Fw: Fw: IMPORTANT - FACEBOOK CHANGES - PLEASE READ AND PASS ON!!!",
      body="""Dear Mark,

Thought you should know about this. Please pass on to the other members.

Regards,
Norman

----- Forwarded Message -----
From: Doreen Lister <doreen.l@talktalk.net>
Subject: Fw: Fw: IMPORTANT - FACEBOOK CHANGES - PLEASE READ AND PASS ON!!!

>> ----- Forwarded Message -----
>> From: Pat Fenwick
>>
>> >>> IMPORTANT!!! From tomorrow Facebook will start charging £4.99 a month
>> >>> to everyone who has not posted the following message on their wall.
>> >>> "I DO NOT GIVE FACEBOOK OR ANY ENTITIES ASSOCIATED WITH FACEBOOK
>> >>> PERMISSION TO USE MY PICTURES, INFORMATION OR POSTS." This was on
>> >>> the news. Copy and paste, DO NOT SHARE, it has to be copied!!!""", tags=(P_NL, "forwarded"))

c.add("other", sender=NORMAN, subject="Fw: SCAM WARNING - HMRC TEXT",
      body="""Mark, this came from the U3A. Might be worth putting in the newsletter as a lot of our older members could be caught out. Norman

-----Original Message-----
From: Tynebridge U3A <info@tynebridgeu3a.org.uk>
Subject: SCAM WARNING - HMRC TEXT

Members are warned that a number of people in the area have received text messages claiming to be from HMRC saying they are owed a tax refund of £387.50 and asking them to click a link and enter their bank details. HMRC never contacts people in this way. Do not click the link. If you have already entered your details, ring your bank immediately.

Please pass this on.""", tags=(P_NL, "forwarded"))

c.add("safety", sender=NORMAN, subject="Fw: Tynebridge Patriots Newsletter",
      body=c.forward("""Mark,

I don't know who these people are or how they got my email address, but I've been getting these for a few weeks. Mostly I delete them. I agree with some of what they say about the small boats, if I'm honest, but I didn't like the last bit of this one at all, about Alison. Thought you ought to see it.

Regards,
Norman""",
      """TYNEBRIDGE PATRIOTS - WEEKLY UPDATE

Another week, another 800 landed at Dover. Another week of "our MP" Alison Shields telling us it's all under control.

Our petition to close the Coalburn Lodge hotel now has 2,341 signatures. Thank you all. The council will receive it on the 14th.

Litter pick: Saturday 10am, Coalburn park. Bring gloves and a flag.

And finally. Shields holds her "surgery" every second Friday at the Haddon Bank library, 4 till 6. She walks to her car alone afterwards - we've watched. Some of our members think it's time she heard from the people directly, somewhere she can't hide behind her staff. We're not telling anybody what to do. We're just telling you where she'll be.

For Queen... sorry, King and Country.""",
      "Tynebridge Patriots <tynebridgepatriots@proton.me>", "Tynebridge Patriots Weekly Update"),
      tags=(P_NL, "forwarded", "embedded", "implicit", "veiled"))

c.add("other", sender=NORMAN, subject="Fw: MPs to get extra security funding",
      body="""Dear Mark,

Saw this on the BBC website and thought it might interest you, given what happened to the MP down south. Terrible business. I hope our Alison is looked after.

Norman

> MPs to get extra security funding after rise in threats
>
> MPs will receive additional funding for security at their homes and
> constituency offices after a sharp rise in threats and abuse, the
> Home Office has announced.
>
> The package, worth £31m over the next year, will also extend police
> protection to some candidates during elections. It follows a report
> from the Speaker's Conference which found that nearly all MPs had
> experienced abuse, and that many had changed how they hold surgeries.
>
> A Home Office spokesperson said: "Intimidation of elected
> representatives is an attack on our democracy." """, tags=(P_NL, "forwarded", "hard-negative", "news-about-threats"))

c.add("query", sender=NORMAN, subject="Christmas dinner",
      body="""Dear Mark,

Could you please put my wife Doreen and myself down for two tickets for the Christmas dinner at the Westgarth Social. We would like the turkey, not the vegetarian. Do we pay on the night or do I send a cheque, and to whom?

Also could we be seated near the front as Doreen's hearing is not what it was.

Kind regards,
Norman Lister
Member since 1961""", tags=(P_NL,))

c.add("safety", sender=NORMAN, subject="Fw: Fw: PASS THIS ON",
      body="""Mark - my nephew sent me this. It's been going round on WhatsApp apparently. I didn't like the sound of it. Norman

---------- Forwarded message ---------
From: Gary Lister <garylister84@gmail.com>
Subject: Fw: PASS THIS ON

>> PASS THIS ON 📢📢 The Labour MP Shields is opening the new
>> community hall at the Coalburn club on FRIDAY 6PM. Lets all give
>> her a Coalburn welcome she wont forget 😉😉 lads meet at the Black
>> Bull 5.30. Bring eggs and whatever else you fancy. She wont be
>> opening anything else for a while after friday. Dont tell the
>> coppers 🤫""", tags=(P_NL, "forwarded", "implicit", "veiled", "noisy"))

c.add("data-protection", sender=NORMAN, subject="my date of birth",
      body="""Dear Mark,

My grandson was helping me with the computer and he says that the "members list" the branch secretary sent out with the AGM papers has everybody's date of birth on it, and that it shouldn't. Is that right? I don't mind people knowing I'm 87, I'm proud of it, but he says it's the sort of thing that gets people's bank accounts taken.

Could you ask them to take it off please. And perhaps Doreen's as well.

Norman""", tags=(P_NL, "confuser", "dp-no-legal-words"))

c.add("other", sender=NORMAN, subject="Fw: Fw: Fw: A LAUGH FOR THE WEEKEND",
      body="""This one killed me! Norman

>>> A man goes to the doctor with a strawberry growing out of his head.
>>> The doctor says, "I'll give you some cream to put on that."
>>>
>>> An elderly couple are at a Labour Party meeting. The wife whispers,
>>> "Shall we leave? My bottom's gone numb." The husband says, "So has
>>> the treasurer's report, but we have to stay for the raffle." """, tags=(P_NL, "forwarded", "hard-negative", "benign-violent-word"))

c.add("complaint", sender=NORMAN, subject="Newsletter",
      body="""Dear Mark,

I have been a member of this party since 1961 and I have never not received the branch newsletter, until now. My neighbour had his through the door on Monday. I have not had mine. When I rang the number on the website nobody answered.

Also, I must say the print on the last one was far too small. I had to get the magnifying glass out, and Doreen could not read it at all. There are a great many of us who are not young and I think somebody should think about that.

Regards,
Norman Lister""", tags=(P_NL,))

c.add("bulk", sender=NORMAN, subject="Recall: Fw: Fw: PASS THIS ON",
      headers={"X-MS-Exchange-Organization-Recall": "true", "Auto-Submitted": "auto-generated"},
      body="""Norman Lister would like to recall the message, "Fw: Fw: PASS THIS ON".""", tags=(P_NL, "confuser", "robot-no-list-headers"))

c.add("safety", sender=NORMAN, subject="Fw: Trending in Coalburn: \"MP's office\"",
      body=c.forward("""Mark, this was in my emails from the Nextdoor thing my grandson set up for me. I think it is about Alison's office. The one from "Kev" is not right. Norman""",
      """Trending in Coalburn

Kev H. · Haddon Bank · 2h
Anyone else see Alison Shields's office has moved to Front Street? Nice new windows. Be a shame if someone paid it a visit one night with a can of petrol. Just saying 🔥

  Sheila M. · Coalburn · "Kev that's not funny"
  Kev H. · Haddon Bank · "wasnt joking"
  Paul R. · Westgarth · "👍"

View conversation on Nextdoor

You're receiving this email because you're a member of Nextdoor Coalburn. Unsubscribe.""",
      "Nextdoor Coalburn <no-reply@rs.email.nextdoor.co.uk>", "Trending in Coalburn: \"MP's office\""),
      tags=(P_NL, "forwarded", "social", "explicit"))

# ---------------------------------------------------------------- Lynne Charlton (bereaved)
c.add("other", sender=LYNNE, subject="Ken",
      body="""Dear Mark,

I don't really know how to write this so I'll just say it. Ken passed away on Thursday morning at home. It was peaceful in the end and me and the girls were with him.

I know he'd want the party told. He was a member for 46 years and a councillor for Saltmeadows for 19 of them and he never missed a GC unless he was in hospital, and even then he once rang in.

The funeral is at St Hild's on Friday 21st at 1.30 and afterwards at the Saltmeadows Community Centre. Everyone is welcome. He said he wanted the Labour banner and "The Red Flag" and no speeches longer than five minutes, so if anyone from the party is going to say something please keep to that, he'll be watching.

Lynne""", tags=(P_LC,))

c.add("data-protection", sender=LYNNE, subject="Please take Ken off",
      body="""Mark,

Sorry to bother you again. Could someone please take Ken off the membership and all the lists. Since he died I've had two letters addressed to him about his direct debit, the ward newsletter with "Dear Ken" on it and an email asking him to help with leafleting this weekend. It knocks me sideways every time I see his name on an envelope.

I don't know who I'm meant to tell. I've rung the membership number twice and been cut off. Can you sort it, or tell me who can?

Thank you love,
Lynne""", tags=(P_LC, "confuser", "dp-no-legal-words"))

c.add("complaint", also=["data-protection"], sender=LYNNE, subject="The canvasser on Saturday",
      body="""Mark,

I'm sorry, I know everyone does their best and they're all volunteers, but I have to tell you about Saturday.

A young lad knocked on the door with a clipboard and asked for Ken. By name. He said "it says here Ken is a strong Labour supporter, is he in?" Three weeks after the funeral. I told him, and he went bright red and said sorry and I ended up comforting him on my own doorstep.

I rang you about Ken three weeks ago. I was told he'd be taken off. Why is he still on the lists the canvassers get? And who else is still on them who shouldn't be? There must be other widows on this estate.

I'm not angry with the lad. I'm angry with whoever didn't do what they said they'd do.

Lynne Charlton""", tags=(P_LC,))

c.add("procedural", sender=LYNNE, subject="Something for the GC, if it's allowed",
      body="""Dear Mark,

The Saltmeadows branch have asked me to put this to you, and said I should write it down properly, so here it is.

The branch would like the General Committee to (1) hold a minute's silence for Ken at the start of the next meeting, and (2) support a request to the council that the community room at the Saltmeadows centre, which Ken campaigned for in 1998, is named the Ken Charlton Room.

Jean Robson (Saltmeadows branch chair) proposed it at the branch and it was agreed. I don't know if I need a seconder. Jean said you'd know how these things work.

Lynne""", tags=(P_LC,))

c.add("other", sender=LYNNE, subject="Thank you all",
      body="""Dear Mark and everyone,

I wanted to thank you all for Friday. I couldn't believe how many came. The church was full and there were people standing at the back, and when the banner came in behind the coffin I'm not ashamed to say I went. Ken would have been so proud, and he'd have counted, he always counted.

Thank you for the wreath, and for the collection for the hospice which came to £1,140. Please thank Alison for coming, I know how busy she is.

With love,
Lynne""", tags=(P_LC,))

c.add("safety", sender=LYNNE, subject="A letter",
      body="""Mark,

I didn't know whether to tell you this or the police or nobody. My daughter says both.

A letter came this morning, posted, second class, no name. It said:

"Read the obituary in the Chronicle. Good riddance to another Labour crook who lined his pockets on the council for 20 years. The town's better off. You'll be next Lynne, you're on your own in that house now aren't you. Number 9, nice roses. We'll be watching you."

I've had Ken's name dragged through the mud before, it comes with being married to a councillor, I'm used to that. But not this, not about me being on my own. I haven't slept. My daughter's staying tonight.

Is it something the party deals with or is it just the police?

Lynne""", tags=(P_LC, "third-party-report", "implicit", "veiled"))

c.add("query", sender=LYNNE, subject="Ken's things",
      body="""Hi Mark,

Sorting through the loft and I've found a lot of Ken's party things: the old Saltmeadows branch banner (1970s, a bit moth-eaten), three boxes of minute books going back to 1974, and a lot of photos from the miners' strike. I don't want them going in the skip. Who should I give them to? Does the CLP keep an archive or should I ask the library?

Lynne""", tags=(P_LC,))

c.add("query", sender=LYNNE, subject="my own membership",
      body="""Mark, a practical one. I've always paid the full rate because Ken said we should. Now I'm on my pension and the widow's bit, can I go on to the reduced rate? And how do I change it - is it on the computer or is there a form? I don't want to stop being a member, it's the one thing that still feels like him. Lynne""", tags=(P_LC,))

c.add("other", sender=LYNNE, subject="For the newsletter - about Ken",
      body="""Mark, Jean asked me to write something about Ken for the branch newsletter. I've done my best, cut it as you see fit.

KEN CHARLTON 1949-2026

Ken started down the pit at Saltmeadows Colliery at 15 and was NUM lodge secretary by 30. When the pit closed in 1986 he said it didn't just put men out of work - it killed the heart of the village, and he spent the rest of his life trying to put it back.

He was elected to the council in 1995 and fought like a lion for that estate: the community centre, the bus route, the new surgery, the play park everyone told him would never happen. He was never a big speech man. He was a knock-on-the-door, "what can I do for you, pet" man.

He is survived by me, our daughters Karen and Amy, and five grandchildren who he was teaching to fold leaflets before they could read.

Lynne""", tags=(P_LC, "hard-negative", "metaphor"))

c.write()
