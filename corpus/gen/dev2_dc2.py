"""dev2 split, writer dc2: Cwm Taf Valleys CLP (south Wales valleys, fictional branches).

Blind evaluation set. 15 safety (veiled, conditional, doxxing, social, forwarded,
suspicious items, list, html-only, following), 15 hard negatives and 20 ordinary messages.
Every message below was written by hand.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402


c = Corpus("dev2", "dc2", seed=4102)
SEC = c.clp[1].split()[0]          # Rhian
SECFULL = c.clp[1]
SECADDR = c.clp[2]

_add = c.add


def _tagged_add(label, body=None, tags=(), **kw):
    tags = (tags,) if isinstance(tags, str) else tuple(tags)
    return _add(label, body, tags=tags or ("ordinary",), **kw)


c.add = _tagged_add

FB = ("Facebook", "notification@facebookmail.com")

# 1 ---------------------------------------------------------------------------------------
c.add("complaint", subject="20mph - you are killing the valleys",
      sender=c.person("Wyn", "Jenkins"),
      body="""Dear Secretary

I run a small plumbing and heating firm out of Aberfelin with four vans. Since the 20mph came in my lads are spending an extra forty minutes a day sat in traffic on the Cwmcarreg bypass, which is not a residential road by any definition, and I am paying for every minute.

This policy is killing small business in these valleys. It's death by a thousand speed cameras. And when I raised it at Delyth Prosser's surgery I was told it was "a national Senedd decision" as if she had nothing to do with it.

I have voted Labour all my life and so did my father. I will not be doing so in May unless someone can explain to me why the bypass was not exempted when the council had the power to do it.

Wyn Jenkins
Jenkins Heating Ltd""",
      also=("query",),
      tags=("hard-negative", "metaphor", "angry"))

# 2 ---------------------------------------------------------------------------------------
c.add("safety", subject="Saturday mornings",
      sender=("A friend", "valleyvoice1984@tutanota.com"),
      fmt="html",
      html_body="""<html><body><div style="font-family:Georgia,serif;font-size:15px">
<p>Mrs Evans,</p>
<p>Pass this on to your Member of the Senedd.</p>
<p>We know Delyth does her big shop at the Aldi in Pontgarreg on a Saturday, about half nine, parks by the trolley bay because of her knee. Takes the grandson with her some weeks. Lovely to see. Very ordinary. Very <i>easy</i>.</p>
<p>Tell her to make the most of her Saturdays. Things change very quickly round here.</p>
<p style="color:#777">&mdash; people who voted for her once</p>
</div></body></html>""",
      body="",
      tags=("html-only", "implicit", "veiled"))

# 3 ---------------------------------------------------------------------------------------
c.add("query", subject="Ble mae'r cyfarfod / where's the meeting",
      sender=c.person("Elin", "Rhys"),
      body="""Shwmae Rhian,

Cwestiwn bach - ble mae cyfarfod cangen Llwynbedw nos Iau? Mae'r neuadd arferol ar gau medden nhw.

(Quick one - where is Llwynbedw branch meeting on Thursday? Someone said the usual hall is shut for the new roof.)

Diolch,
Elin""",
      tags=("ordinary",))

# 4 ---------------------------------------------------------------------------------------
c.add("safety", subject="Ysgol Cwmcarreg",
      sender=c.person("Lee", "Prothero", "hotmail.co.uk"),
      body="""Mrs Evans

My three went to Ysgol Cwmcarreg and my granddaughter starts there in September, if there is a there by September.

I want you to pass this to Cllr Gethin Rowlands because he won't answer me. If he votes to close that school on the 21st I will make sure that man doesn't have a quiet night's sleep for the rest of his time on this council. I'm 58, my wife's gone, my job's gone, I have absolutely nothing left to lose, and he has plenty. He should think about that.

Lee Prothero""",
      tags=("conditional", "veiled"))

# 5 ---------------------------------------------------------------------------------------
c.add("procedural", subject="Campaign report for GC",
      sender=c.person("Aled", "Pugh"),
      body=f"""Hi {SEC},

Campaigns report for the GC papers:

- 9 doorstep sessions since last GC, 1,870 contacts, strongest in Pantygraig and Trefelin.
- Postal vote sign-up drive: 212 new PV applications, mostly over-70s.
- Phone bank Tuesdays at the Labour Club is now averaging 11 callers.

Honest assessment: Pantygraig is ours to lose. On these numbers we will crush Plaid there in May, and Trefelin's closer than people think. Llwynbedw is the worry; we're getting hammered on the 20mph and the hospital.

Proposal for the GC: move two of the Saturday sessions from Pantygraig to Llwynbedw from January.

Aled Pugh
Campaign Coordinator""",
      tags=("hard-negative", "metaphor"))

# 6 ---------------------------------------------------------------------------------------
c.add("safety", subject="Dewi's address on Facebook",
      sender=c.person("Bethan", "Morgan"),
      body=f"""Rhian,

Have you seen the Pantygraig Community Noticeboard group this morning? Somebody's put up a photo of Dewi's front door - number on the door clear as anything, the van on the drive - with "This is where our CLP chair lives, the one who backed the wind farm on Mynydd Du. Maybe someone should pay him a visit and explain how we feel."

Underneath there's over 100 comments. Some just angry about the wind farm, fair enough, but there's "he lives on his own since his wife passed, be easy enough", and "I'm free Friday night", and somebody put the times the 132 bus goes past his stop.

I've reported it to Facebook twice, nothing. The admin's a bloke from the rugby club who I know won't take it down.

Dewi's 74. I don't think he's seen it and I don't want to be the one to tell him without us knowing what we're doing about it. Can you ring me?

Bethan""",
      tags=("doxxing", "third-party-report", "social"))

# 7 ---------------------------------------------------------------------------------------
c.add("complaint", subject="You will hear from my solicitor - your leaflet",
      sender=c.person("Martyn", "Bowen"),
      body="""Madam,

Your "Llwynbedw Labour News" delivered this week states that I, as an independent councillor, "voted to shut the day centre". I did no such thing. I abstained, and I gave my reasons in full in the meeting, which are in the public minutes.

That statement is false and damaging to my reputation, and it was published weeks before an election. I require a correction in your next leaflet, of the same size and prominence, and a written apology by the end of the month.

Failing that, you will be hearing from my solicitors.

Cllr Martyn Bowen (Independent)
Llwynbedw""",
      tags=("hard-negative", "legal-threat", "angry"))

# 8 ---------------------------------------------------------------------------------------
c.add("safety", subject="Gareth Lloyd-Hopkins replied to a comment on your post",
      sender=FB,
      fmt="alt",
      body="""Facebook

Gareth Lloyd-Hopkins replied to a comment on your post in Cwm Taf Valleys Labour.

"Watch your back Rowlands. Everyone in this valley knows your mam's house on Heol y Nant and what time the carer leaves. Think on before you vote for that incinerator."

Reply    Like    See post

This message was sent to ysgrifennydd@cwmtaflabour.cymru. If you don't want to receive these emails from Meta in the future, please unsubscribe.
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""",
      tags=("social", "implicit", "veiled"))

# 9 ---------------------------------------------------------------------------------------
c.add("data-protection", subject="take me off",
      sender=c.person("Gaynor", "Rees", "btinternet.com"),
      body="Please take me off your list. I've asked twice. Gaynor Rees",
      tags=("confuser", "dp-no-legal-words"))

# 10 --------------------------------------------------------------------------------------
c.add("complaint", subject="Gethin - a dead man walking",
      sender=c.person("Ceri", "Watkins"),
      body=f"""Rhian,

I'll be blunt because I've known you twenty years. Gethin Rowlands is a dead man walking. After the way he spoke to the parents at the Ysgol Cwmcarreg meeting, "you're being emotional", to a mother with a disabled child, he is finished in Cwmcarreg and he'll take the rest of the slate down with him.

I want the CLP to ask him to apologise publicly. If he doesn't, I'll make sure every family at that school gate knows the party stood by him.

Ceri""",
      tags=("hard-negative", "metaphor", "angry"))

# 11 --------------------------------------------------------------------------------------
c.add("safety", subject="FW: Voicemail transcript - constituency office 09:14",
      sender=("Nerys Gwilym", "nerys.gwilym@parliament.example.uk"),
      body=c.forward(
          f"""Rhian - flagging this one to the CLP as well as to the Parliamentary security team and South Wales Police (ref. given to Huw). Left on the office answerphone this morning. Huw is travelling back on the Friday train as usual. We're changing his arrangements but please don't mention his travel plans in any CLP emails or on Facebook for the time being.

Nerys
Caseworker, office of Huw Bevan MP""",
          """Transcript (auto-generated, checked by NG):

"Yeah, this is a message for Mr Bevan. We know you come back on the London train Fridays, gets in Aberfelin about ten past seven. Some of us will be on the platform to meet you this week. Proper welcome committee. You won't forget it. Tell him his friends from the steelworks said hello."

Caller number withheld. Duration 0:24.""",
          "Office Voicemail <voicemail@bevanoffice.example.uk>", "Voicemail from withheld number"),
      tags=("forwarded", "third-party-report", "veiled"))

# 12 --------------------------------------------------------------------------------------
c.add("query", subject="my car - can Delyth do anything",
      sender=c.person("Kayleigh", "Price"),
      body="""hiya

sorry if this isnt the right email but i couldnt find Delyth Prossers on the website. my car has been done 3 times in 2 months outside my house on Bryn Terrace, windows smashed twice and the tyres slashed last week. theres a group of lads who hang around the garages at the top. i reported it every time to south wales police and got a crime number but nobody has ever come out. i work nights at the care home and i need the car.

is there any way delyth can ask the police why nobody comes out anymore? we used to have a pcso in the village now theres nobody.

thanks
Kayleigh""",
      also=("complaint",),
      tags=("hard-negative", "crime-casework", "noisy"))

# 13 --------------------------------------------------------------------------------------
c.add("urgent", subject="Count tonight - Siân in hospital",
      sender=c.person("Owain", "Bevan"),
      body=f"""{SEC},

Siân was taken into the Royal Glamorgan at 6 this morning (appendix, she's fine, they're operating this afternoon). She was the election agent for the Trefelin community council by-election and the count is TONIGHT at 10 at the leisure centre.

The returning officer says an agent can be replaced but the notice of appointment has to be in by 4pm today, signed by the candidate. Carys has said she'll do it. Carys is on shift in Tesco till 2.

Can you draft the notice and get it to Bryn (candidate) to sign, and one of us will run it down to the civic centre? I've got the form if you haven't.

Owain""")

# 14 --------------------------------------------------------------------------------------
c.add("safety", subject="The so called 20mph, the wind farm, and the state of this council",
      sender=c.person("Clive", "Harries"),
      body="""To whoever reads this, if anyone does.

I have written before. I was told my comments had been "noted". So let me note a few things back.

The 20mph. It was brought in without asking anybody in this valley. The bus now takes 14 minutes longer to get to the hospital, which is a hospital you are busy closing the A&E at, so an ambulance will take longer too. Well done.

The wind farm on Mynydd Du. Eighty turbines, every one taller than the Millennium Stadium, on the mountain my grandfather was buried beside, approved by a Labour cabinet member who lives in Cardiff Bay and wouldn't be able to find Mynydd Du on a map. The "community benefit fund" is £4,000 a year for the rugby club. That's the price of a mountain in your book.

The council tax. Up again. The bins every three weeks. The libraries closing. The Senedd getting 36 more members while we get less.

I'll tell you something for nothing, that office of yours on the high street has got one camera over the door and a letterbox at knee height. That's not much protection against a man with a can of petrol and a long memory, and there's more than one of those in this valley who's thought about it lately, believe me. I'm only saying what's said in the club every Saturday.

Sort the mountain out. Nobody round here is going to ask twice.

Clive Harries
Pantygraig""",
      tags=("embedded", "veiled", "implicit"))

# 15 --------------------------------------------------------------------------------------
c.add("other", subject="a favour - my book",
      sender=c.person("Menna", "Lloyd"),
      body=f"""Hi {SEC}!

Exciting (well, for me) news - my crime novel "The Reservoir" is finally coming out in March with a small Welsh press. It's set in a fictional valley not a million miles from here: a body turns up in the Llyn Fawr reservoir during a drought, the local MS is hiding something, and the detective is a former miner's daughter with a drink problem. There's quite a lot of murder for a book written by a retired primary head!

Launch is at Pantygraig library on 14 March. Any chance of a mention in the members' newsletter? Totally understand if it's not appropriate.

Menna (Trefelin branch)""",
      also=("query",),
      tags=("hard-negative", "benign-violent-word"))

# 16 --------------------------------------------------------------------------------------
c.add("data-protection", subject="How did you get my work number?",
      sender=c.person("Rebecca", "Coles"),
      body="""Hello,

One of your volunteers rang me yesterday on my WORK landline, at the surgery where I'm a receptionist, to ask how I'd be voting in May. I've never given that number to anyone outside the practice. I'd like to know where it came from, and I want it deleted from whatever list it's on today.

Rebecca Coles""",
      tags=("confuser", "dp-no-legal-words"))

# 17 --------------------------------------------------------------------------------------
c.add("safety", subject="Rugby club car park after GC",
      sender=("Cllr Dewi Harries", "dewi.harries@cwmtaf-council.example.gov.uk"),
      body=f"""{SEC},

For the record, and because I think we need to change how we do things.

When the GC finished at Pantygraig RFC last night three men were waiting in the car park, by the gate where everybody has to drive out. Not members, not from the club as far as the steward knows. One was filming every car as it left, the number plates mostly, and saying names out loud into the phone when he recognised people. "There's Carys. There's the Mathias woman." Another one shouted "we know your cars now" as Sian Pritchard went past.

They followed Aled's car as far as the roundabout at Trefelin, a dark BMW estate, then turned off.

I've phoned South Wales Police and given them the BMW's partial plate. I'd like us to stop publishing the GC venue on the public Facebook page, and for the next meeting to ask the club if we can use the back car park with the barrier.

Dewi Harries
Chair""",
      tags=("third-party-report", "following", "harassment"))

# 18 --------------------------------------------------------------------------------------
c.add("complaint", subject="Gaza - I'm done",
      sender=c.person("Yasmin", "Ali"),
      body="""I've cancelled my direct debit this morning. I won't be renewing.

This government has blood on its hands over Gaza and I can't keep knocking doors asking people to trust it. I know that's not your fault personally Rhian, and I know lots of people in the CLP agree with me. But I'm done.

Yasmin Ali
(ex) Aberfelin branch""",
      tags=("hard-negative", "metaphor"))

# 19 --------------------------------------------------------------------------------------
c.add("safety", subject="still waiting",
      sender=("Roger Pask", "r.pask@tiscali.example.co.uk"),
      body=f"""Ms Evans

This is my 23rd email to you. You will have the other 22. I have them all printed in a folder, in date order, with the times you were "too busy to reply".

You will answer me about the minutes of 14th May. I have all the time in the world. I am a patient man and I'm retired.

I'll keep writing until you answer. And when the emails stop coming, Ms Evans, that's when you might want to start looking out of your front window.

R. Pask""",
      tags=("harassment", "veiled"))

# 20 --------------------------------------------------------------------------------------
c.add("procedural", subject="Candidate safety - names for training by Fri",
      sender=("Tomos Griffith", "tomos.griffith@welshlabour-regional.example.org.uk"),
      body=f"""Dear {SEC},

As trailed at the secretaries' meeting, Welsh Labour is running personal safety training for all candidates and agents ahead of May, following the wider increase in abuse and intimidation of candidates across the UK.

The session covers: planning safe canvassing routes, what to do on the doorstep if a conversation turns hostile, online abuse and when to report it, keeping home addresses off nomination papers, and the personal alarm scheme (each candidate can have one, free).

Dates: Saturday 17 January, Merthyr; Wednesday 21 January, online.

Please send me by Friday the names of your candidates and agents who'll attend, and which date, and let me know how many alarms you need.

Diolch,
Tomos Griffith
Regional Organiser, South Wales Valleys""",
      tags=("hard-negative", "news-about-threats"))

# 21 --------------------------------------------------------------------------------------
c.add("safety", subject="wedi cael llond bol / had enough",
      sender=c.person("Dai", "Rosser", "outlook.com"),
      body="""Rhian

You can forward this to Huw Bevan and tell him it's not a threat. I'm not threatening anybody, I'm a chapel man.

But I hope his heart gives out on him at the count in front of all the cameras. That would be justice, after he voted to take the winter fuel off my brother who froze last February. Half this valley would be dancing in the street. I'd be first.

That's not a threat. It's a prayer.

D. Rosser""",
      tags=("wish-harm",))

# 22 --------------------------------------------------------------------------------------
c.add("query", subject="reduced rate",
      sender=c.person("Jason", "Hopkins"),
      body="""Hi, I've been made redundant from the packaging plant in Trefelin (along with 200 others, you'll have seen it in the paper). Is there a cheaper membership rate for people out of work? I don't want to leave but £5 a month is a lot at the minute. Cheers, Jason""")

# 23 --------------------------------------------------------------------------------------
c.add("bulk", subject="This week: let's hit the doors in Llwynbedw!",
      sender=("Cwm Taf Valleys Labour via Mobilise", "no-reply@mobilise.example-labour.org.uk"),
      fmt="alt",
      body="""Hi there,

This Saturday we're hitting the doors in LLWYNBEDW, one of our two target seats for May. It's tight, and every conversation counts.

Saturday 10am - meet at Llwynbedw Workmen's Hall car park
Saturday 2pm - second session, same place

New to canvassing? Don't worry - we'll pair you with someone experienced, and you can just hold the clipboard.

[ I'm coming ]   [ Can't make it ]

Tea and Welsh cakes afterwards at the Hall.

You're receiving this email because you're a member or supporter of Cwm Taf Valleys Labour. Manage your notification settings.""",
      tags=("hard-negative", "benign-violent-word", "robot-no-list-headers"))

# 24 --------------------------------------------------------------------------------------
c.add("safety", subject="package at the Labour Club",
      sender=c.person("Alun", "Thomas"),
      body=f"""Rhian,

Bryn the steward phoned me at half eight. When he opened the Labour Club this morning there was a brown envelope taped to the inside of the porch, addressed by hand to "CARYS MATHIAS". He opened it thinking it was a card. Inside was a single shotgun cartridge and a piece of paper with her name on it and a date, the 12th, which is the night of the planning vote on the quarry.

He's put it in a carrier bag behind the bar and nobody else has touched it. I've told him to ring the police and not to move it again. I haven't been able to get hold of Carys, she's at work. Can you try her? I'd rather it was one of us told her than the police turning up at the school.

Alun
Club Secretary""",
      tags=("suspicious-item", "third-party-report"))

# 25 --------------------------------------------------------------------------------------
c.add("query", subject="hustings tickets",
      sender=c.person("Geraint", "Daniel"),
      body="""Rhian - any tickets left for the hustings at the Workmen's Hall on the 9th? Me and the missus want to come, and her sister. It's going to be a bloodbath by all accounts, Reform have sent some lad from Bristol who's never been north of Cardiff. Wouldn't miss it. G""",
      tags=("hard-negative", "benign-violent-word"))

# 26 --------------------------------------------------------------------------------------
c.add("safety", subject="following me after leaflet",
      sender=("Ioana Munteanu", "ioana.munteanu91@yahoo.com"),
      body="""Hello Rhian,

I am Ioana, I help with the leaflets in Trefelin since summer. I need to tell you something what happened on Sunday.

I was delivering on Maes yr Haf, alone because Gareth was late. A man came out from number 30 and took the leaflet and tear it and say "go back to Romania, you are not voting here, nobody want your party". I said nothing and continue. But then he walk behind me all the street, maybe 10 metres, and when I turned the corner to Heol Newydd he shout "we know where you live now, we saw your car". My car was parked near his house.

I did not sleep good since. My husband say I must stop leaflets. I do not want to stop but I do not want to go alone anymore. Please can you tell me what I should do, and if the party tell the police or I must do it.

Thank you
Ioana""",
      tags=("following", "non-native", "veiled"))

# 27 --------------------------------------------------------------------------------------
c.add("other", subject="Sunday's charity match",
      sender=c.person("Rhodri", "James"),
      body=f"""Rhian,

Well, that was humbling. Plaid 34, Labour 12. We got absolutely hammered in the second half - Aled's hamstring went, Gethin was still in the bar at kick-off, and their prop is a former Ospreys trialist, which nobody mentioned beforehand. I've never been tackled so hard in my life and I'm 51.

But £1,460 raised for the Cwmcarreg food bank, which is the point. Thanks for running the raffle. Same again next year, and next year we're cheating.

Rhodri""",
      tags=("hard-negative", "benign-violent-word"))

# 28 --------------------------------------------------------------------------------------
c.add("safety", subject="Re: Selection timetable - Llwynbedw ward",
      sender=("Gwyn Llewellyn", "gwyn.llewellyn@talktalk.net"),
      headers=c.list_headers("Cwm Taf Valleys Labour Members", domain="lists.cwmtaflabour.cymru"),
      body=c.quote_reply(
          """I'll say it plainly so nobody can say they weren't told.

If Gethin's lot rig this selection the way they did Trefelin's last time, some of us will sort it the old way, in the car park at the Workmen's Hall after the meeting, and nobody will be calling the regional office to complain afterwards because they won't be in a fit state to type.

Everyone knows what went on last time. Not again.

Gwyn""",
          """Dear members,

The timetable for the Llwynbedw ward selection has been agreed by the EC: applications close 30 November, shortlisting 6 December, hustings and ballot at the Workmen's Hall on 13 December. Full guidance attached.

Rhian Evans
Secretary""",
          quoted_from=f"{SECFULL} <{SECADDR}>", style="gmail"),
      tags=("list", "conditional", "veiled"))

# 29 --------------------------------------------------------------------------------------
c.add("query", subject="hall clash with kickboxing",
      sender=c.person("Lowri", "Pritchard"),
      body="""Hi Rhian,

Just went to book the Aberfelin Community Centre for the branch AGM on the 15th. They say the main hall's got Junior Kickboxing until 8 every Thursday (you can hear them punching the bags through the wall, it's quite something). Options are the committee room at 7 (holds 20) or the main hall from 8.15. Which would you rather? I need to tell them by Friday.

Lowri""",
      tags=("hard-negative", "benign-violent-word"))

# 30 --------------------------------------------------------------------------------------
c.add("safety", subject="HOSPITAL",
      sender=c.person("Tracey", "Fowler", "hotmail.com"),
      body="""YOU WANT TO SHUT THE A&E AT THE ROYAL?? FINE. SHUT IT.

BUT YOUR CANDIDATE LIVES ON THE SAME MOUNTAIN AS THE REST OF US. ONE NIGHT HE'LL NEED IT AND THERE'LL BE NOBODY TO STITCH HIM BACK UP. AND THERES PEOPLE ROUND HERE WHO'D BE HAPPY TO MAKE SURE HE NEEDS IT

YOU'VE BEEN WARNED

T""",
      tags=("noisy", "veiled", "conditional"))

# 31 --------------------------------------------------------------------------------------
c.add("other", subject="could murder a pint",
      sender=c.person("Huw", "Ellis"),
      body="""Rhian, after three hours of standing orders I could murder a pint. Few of us are going to the Colliers after. Come, you've earned it. Huw""",
      tags=("hard-negative", "benign-violent-word"))

# 32 --------------------------------------------------------------------------------------
c.add("data-protection", subject="I left the clipboard on the bus",
      sender=c.person("Sophie", "Walters"),
      body=f"""Rhian, I'm so sorry.

I left the canvass clipboard on the 132 bus coming back from Pantygraig this afternoon. It had the printed sheets for Heol Fach and Bryn Terrace on it - names, house numbers, and the voting intentions we'd marked, plus a few notes like "husband disabled, postal vote?" I rang the bus company and it's not been handed in yet.

I know this is bad. What do I need to do?

Sophie""",
      tags=("ordinary",))

# 33 --------------------------------------------------------------------------------------
c.add("safety", subject="A friendly word about Cllr Pritchard",
      sender=("Concerned", "concerned.trefelin@gmail.com"),
      body="""Dear Mrs Evans,

I am writing discreetly, and I hope you will take this in the spirit in which it's meant. I have always had a lot of time for the Labour Party in this valley.

Certain people are very unhappy with Councillor Pritchard over the quarry extension. Not people you would want to be unhappy with you. I'm in a position to hear these things.

I would advise her, as a friend, not to walk home alone from her Thursday surgery at the library. It gets dark early now, and that lane behind the library has no lights. I'd also advise her to think hard about how she votes on the 12th.

Consider this a warning, kindly given. There may not be another.

A well-wisher""",
      tags=("veiled", "implicit", "conditional"))

# 34 --------------------------------------------------------------------------------------
c.add("complaint", subject="THE DEATH OF WELSH LABOUR",
      sender=c.person("Glenys", "Davies"),
      body="""I AM ABSOLUTELY FURIOUS. I HAVE JUST READ THAT THE SENEDD GROUP IS BACKING THE HOSPITAL "REORGANISATION" AFTER ALL.

THIS WILL BE THE DEATH OF WELSH LABOUR IN THE VALLEYS. MARK MY WORDS. My mother was a nurse at the Royal for 38 years. The party that built the NHS is taking a knife to it in the very place Bevan came from and nobody on this CLP has said a WORD.

I want to know why the CLP has not put out a statement. I want to know what Delyth actually said in the group meeting. And I want this on the agenda of the next GC.

Glenys Davies
Trefelin""",
      also=("query",),
      tags=("hard-negative", "metaphor", "angry", "noisy"))

# 35 --------------------------------------------------------------------------------------
c.add("safety", subject="Re: Thank you for talking to us!",
      sender=c.person("Kevin", "Lake"),
      body=c.quote_reply(
          """Don't thank me.

Tell that canvasser of yours, the woman in the blue coat with the little terrier, I know which house is hers now. I watched her go in after she'd finished Bryn Terrace. Number 9 with the yellow door. She won't be knocking on mine again if she knows what's good for her, and you can tell her I'll be passing hers.""",
          f"""Dear resident,

Thank you for taking the time to talk to the Labour team when we called this weekend. If there's anything you'd like us to follow up, just reply to this email.

Best wishes,
{SECFULL}
Cwm Taf Valleys Labour""",
          style="outlook"),
      tags=("implicit", "stalking", "veiled"))

# 36 --------------------------------------------------------------------------------------
c.add("query", subject="security at Delyth's surgery after the attack in the news?",
      sender=c.person("Nia", "Llewelyn"),
      body=f"""Hi {SEC},

Did you see the BBC story about the councillor in north Wales who was attacked in the car park after her surgery? Horrible. Thankfully she's ok.

It made me wonder what arrangements we have for Delyth's surgeries at Pantygraig library. As far as I can see it's usually her and one volunteer, and the room's at the back with one door. Is there a panic alarm? Does anyone check who's booked in? I'm not trying to scare anyone, just asking whether someone's thought about it.

I'd be happy to volunteer as the second person on alternate Saturdays if that helps.

Nia""",
      tags=("hard-negative", "news-about-threats"))

# 37 --------------------------------------------------------------------------------------
c.add("urgent", subject="Minibus for Cardiff tomorrow cancelled",
      sender=c.person("Mared", "Owen"),
      body="""Rhian, Valley Coaches have just rung to say the minibus for the NHS rally in Cardiff tomorrow is off - driver sick, no replacement. 16 people booked, leaving Aberfelin Square 8.30am.

I've tried Pant Coaches (full) and Gwalia (no answer). Do you know anyone with a minibus licence, or do we go for cars and trains? I need to tell people by tonight either way.

Mared""")

# 38 --------------------------------------------------------------------------------------
c.add("complaint", subject="no Welsh again",
      sender=c.person("Iestyn", "ap Gwilym"),
      body="""Annwyl Rhian,

For the third time this year, the notice of the CLP AGM has gone out in English only. So did the branch newsletter. So did the candidate's leaflet for Llwynbedw, where over a third of residents speak Welsh.

We are a Welsh party, in a Welsh-speaking valley, under a Welsh Government that has a target of a million speakers. I should not have to keep asking.

I'd like an explanation of why this keeps happening, and a commitment that the AGM papers will be bilingual. Happy to help translate if it's a matter of capacity, as I've offered twice before.

Yn gywir,
Iestyn ap Gwilym""",
      tags=("ordinary",))

# 39 --------------------------------------------------------------------------------------
c.add("procedural", subject="Motion - bus services in the upper valley",
      sender=c.person("Gareth", "Vaughan"),
      body=f"""{SEC},

Aberfelin branch motion for the GC:

"This CLP notes that since the withdrawal of the 132A evening service in June, residents of the upper valley have had no public transport after 6.30pm, cutting off shift workers at the Royal Glamorgan and the Trefelin industrial estate.

This CLP welcomes the Welsh Government's Bus Services Bill and calls on the Cabinet Secretary and on our MS to ensure that the upper valley is included in the first franchising area, and asks the Labour group on the council to seek interim funding to restore the 132A."

Proposed: Gareth Vaughan. Seconded: Mared Owen.

Gareth""")

# 40 --------------------------------------------------------------------------------------
c.add("data-protection", subject="my address in your minutes",
      sender=c.person("Angharad", "Bevan"),
      body=f"""Dear {SEC},

I searched my own name online last night (don't ask) and the third result is a PDF of your GC minutes from 2023 on your website. It quotes my letter objecting to the quarry extension, including my full home address and my phone number.

I wrote to the council's planning department, not to the Labour Party. I've no idea how it ended up in your minutes, and I'm not happy that it's sitting on the internet for anybody to find.

Please take it down, or at least take my details out of it.

Angharad Bevan""",
      tags=("confuser", "dp-no-legal-words"))

# 41 --------------------------------------------------------------------------------------
c.add("bulk", subject="Ymateb awtomatig / Automatic reply",
      sender=("Delyth Prosser MS", "delyth.prosser@senedd.example.wales"),
      headers=c.autoreply_headers("exchange"),
      body="""Diolch am eich e-bost. Bydd y swyddfa ar gau rhwng 24 Rhagfyr a 2 Ionawr. Os yw'ch mater yn un brys, ffoniwch 0300 200 6565.

Thank you for your email. The office is closed between 24 December and 2 January. If your matter is urgent, please call 0300 200 6565.

Gohebiaeth yn Gymraeg neu Saesneg / Correspondence welcome in Welsh or English.""",
      tags=("ordinary",))

# 42 --------------------------------------------------------------------------------------
c.add("complaint", subject="the Chair's behaviour at the GC",
      sender=c.person("Hayley", "Probert"),
      body=f"""Dear {SEC},

I'd like to make a formal complaint about the way the Chair handled the debate on the quarry motion at Thursday's GC.

Three of us had our hands up from the start and were never called. Dewi called the same four men twice each. When I raised a point of order he said "sit down, love, we haven't got all night" - in front of forty people. I am 44 years old and a GC delegate. I am not his love.

I'd like this raised with the EC and a response in writing. I know he's under a lot of pressure at the moment and I'm sorry to add to it, but that's not an excuse.

Hayley Probert
Trefelin branch""",
      tags=("ordinary",))

# 43 --------------------------------------------------------------------------------------
c.add("query", subject="volunteering - retired",
      sender=c.person("Brian", "Hughes"),
      body="""Dear Rhian,

I retired from teaching in July and have finally got the time to do something useful. I'd like to help the party but my knees won't do doorstep work or the hills in Pantygraig.

Is there anything I could do sitting down? I'm good with spreadsheets, I can type, and I'm Welsh-speaking if that's any use for translations.

Regards
Brian Hughes""")

# 44 --------------------------------------------------------------------------------------
c.add("procedural", subject="Unite - nominations for CLP officers",
      sender=("Stuart Pike", "stuart.pike@unite-wales.example.org.uk"),
      body=f"""Dear Secretary,

Unite the Union, South Wales Valleys branch (affiliated), nominates the following for CLP officer posts at the AGM:

Vice-Chair (Affiliates): Bryn Rowe
Trade Union Liaison Officer: Jayne Collier

Both are fully paid-up Unite members and individual Labour members in the constituency. Branch minute reference 2026/11/04.

In solidarity,
Stuart Pike
Branch Secretary""")

# 45 --------------------------------------------------------------------------------------
c.add("bulk", subject="Your Zoom meeting recording is now available",
      sender=("Zoom", "no-reply@zoom.us"),
      fmt="alt",
      body="""Hi Cwm Taf Valleys CLP,

Your cloud recording is now available.

Topic: Llwynbedw branch - online meeting
Date: Nov 18, 2026 07:00 PM London

Share recording with viewers: https://zoom.us/rec/share/Ab3kQz7example
Passcode: 7y!Fk2#p

This recording will be deleted automatically after 30 days.

Thank you for choosing Zoom.
-The Zoom Team""",
      tags=("confuser", "robot-no-list-headers"))

# 46 --------------------------------------------------------------------------------------
c.add("other", subject="Thank you for 25 years",
      sender=c.person("Eirlys", "Morris"),
      body=f"""Dear Rhian and everybody,

I wanted to write properly to say thank you for the lovely evening on Friday. I had no idea the branch was planning anything - Huw kept me talking in the car park so I wouldn't notice everybody arriving. The cake with the red rose on it was far too good to cut.

Twenty five years as branch secretary goes by in a flash. I'm not going anywhere, I'll still be doing the teas.

Cofion cynnes,
Eirlys""",
      tags=("ordinary",))

# 47 --------------------------------------------------------------------------------------
c.add("urgent", subject="nomination papers - missing signature, close noon tomorrow",
      sender=c.person("Bryn", "Rowe"),
      body=f"""Rhian

Just had a call from the elections office. The nomination papers for Jayne for the Cwmcarreg community council by-election are one subscriber short - one of the ten signatures is from someone not on the register at that address (moved in August apparently).

Nominations close at NOON TOMORROW. We need a new signature from a registered elector in Cwmcarreg ward, on a fresh form, and Jayne needs to hand it in herself.

Can you check the register and find me someone in Cwmcarreg who'll sign tonight? I'll drive round.

Bryn""")

# 48 --------------------------------------------------------------------------------------
c.add("procedural", subject="Minutes - Trefelin branch, 6 November",
      sender=c.person("Carys", "Mathias"),
      body="""Rhian, minutes of our last meeting for the CLP file.

TREFELIN BRANCH - 6 NOVEMBER - 14 present

1. Apologies: Owain Bevan, Menna Lloyd
2. Minutes of October agreed.
3. Matters arising: the bus motion has gone to Aberfelin branch to combine with theirs.
4. Councillor report (Cllr Mathias): quarry planning decision deferred to 12th. Food bank referrals up 30% on last year.
5. Campaigns: Saturday doorstep sessions to continue. Ioana asked for a buddy for leafleting - agreed nobody delivers alone from now on.
6. AOB: Christmas social at the Colliers, 19 December.

Next meeting 4 December.

Carys Mathias
Branch Secretary""")

# 49 --------------------------------------------------------------------------------------
c.add("other", subject="printing for your campaign",
      sender=("Daniel Hurst", "dan@valleyprintworks.example.co.uk"),
      body=f"""Hi {SEC},

I'm Dan from Valley Printworks in Aberfelin - we've just moved into the old Woolworths unit on the high street. I know election season's coming up and thought I'd introduce myself.

We do A5 leaflets, bilingual, imprint done properly, 5,000 for £210 with 48-hour turnaround, and we can deliver to your door. Happy to pop in with samples, or match any written quote.

All the best,
Dan Hurst
Valley Printworks""",
      tags=("ordinary",))

# 50 --------------------------------------------------------------------------------------
c.add("data-protection", subject="SAR",
      sender=("Huw Llywelyn-Jones", "huw.lj@protonmail.com"),
      body="""To the Data Protection Officer, Cwm Taf Valleys CLP

Under Article 15 of the UK GDPR I request a copy of all personal data the CLP holds about me, including canvassing records, any notes on my voting intention, membership records, correspondence, and any records of complaints made about me or by me, together with the sources of that data and the recipients to whom it has been disclosed.

I am a former member (2011-2024). Please respond within one calendar month.

H. Llywelyn-Jones
12 Heol Fach, Pantygraig""",
      tags=("ordinary",))

c.write()
