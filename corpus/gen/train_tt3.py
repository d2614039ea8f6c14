"""train/tt3: threats buried in routine party business, and routine business with strong
but harmless endings (Cwm Taf Valleys CLP). All content hand-written.

20 safety messages whose threat sits in the last line, a P.S., the middle of a list of points,
a signature or a quoted/forwarded part of otherwise ordinary CLP business, and 20 hard
negatives of the same shapes."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tt3", seed=5603)
P = c.person
SEC = "Rhian Evans <ysgrifennydd@cwmtaflabour.cymru>"

# ===================================================================== safety (20)

# 1 A&E motion; veiled remark about the MP's panic button at the end
c.add("safety", subject="Motion for GC - Royal Glamorgan A&E", sender=P("Meirion", "Jenkins"),
      tags=("embedded", "veiled", "conditional", "threat-at-end"),
      body="""Rhian,

Motion from Abercwmboi branch, carried unanimously on Monday:

"This CLP opposes any downgrading of the Emergency Department at the Royal Glamorgan Hospital. We call on Huw Prothero MP and Catrin Bevan MS to make public representations to the health board before its meeting on 15 January and to report back to the GC."

Proposer: Meirion Jenkins
Seconder: Eirlys Thomas

Can it go on the agenda as an emergency motion given the date?

And you can tell Huw from me. If he sits on his hands over the Royal Glam like he did over the steelworks, he'll need a lot more than a panic button in that office on Taff Street. People up here have buried relatives because of ambulance waits. They won't settle for a press release.

Meirion""")

# 2 very short apologies with a menacing second line
c.add("safety", subject="apols weds", sender=P("Gavin", "Pritchard"),
      tags=("embedded", "veiled", "implicit", "short", "threat-at-end"),
      body="""Apologies for Weds.

Tell Dilwyn I'll be seeing him Friday night, outside the Con Club, just the two of us. He knows what it's about.""")

# 3 minutes correction; Welsh saying used as a warning
c.add("safety", subject="Cywiriad i'r cofnodion / minutes correction",
      sender=P("Elin", "Rowlands"),
      tags=("embedded", "veiled", "implicit", "home-address", "bilingual", "threat-at-end"),
      body="""Noswaith dda Rhian,

Item 5 of the minutes of the October GC says the Treharris South branch "agreed to withdraw" its motion on the Welsh-medium school. We did not agree. Cllr Lewis-Morgan withdrew it on our behalf without asking us, after the vote was called. Please correct the minutes to say so.

Item 7: my name is spelt Elin, not Ellen.

Mae pawb yn y pentref yn gwybod ble mae hi'n byw. For those who don't have Welsh: everybody in the village knows where she lives. Sian should remember that the next time she speaks for us without asking.

Diolch,
Elin Rowlands""")

# 4 Senedd list nomination; harassment promise in the middle
c.add("safety", subject="Nomination - Senedd candidate longlist", sender=P("Rhodri", "Pask"),
      tags=("embedded", "conditional", "harassment", "threat-in-middle"),
      body="""Dear Rhian,

Cefn Pennar branch nominates Gareth Ellis-Hopkins for inclusion on the Senedd candidate longlist for the new Cwm Taf constituency. The branch vote was 22-3. The nomination form, signed by the branch chair and secretary, is attached, along with Gareth's statement.

Last time Gareth's nomination "didn't arrive" at Welsh Labour and nobody ever explained why. Whoever blocks it this time, I'll make it my business to find out who they are, and they'll have me on their doorstep, at their work and outside their kids' school every day until they wish they'd never heard of Cefn Pennar.

Please confirm receipt by return.

Rhodri Pask
Branch Secretary, Cefn Pennar""")

# 5 subject access request; "I've got yours"
c.add("safety", also=["data-protection"], subject="All my data", sender=P("Lyndon", "Howells"),
      tags=("embedded", "implicit", "veiled", "home-address", "short", "threat-at-end"),
      body="""I want everything your CLP holds about me. Every email, every note, every canvass card, every message about me on your WhatsApp groups. You've got a month.

You've got my address, Rhian. I've got yours. Fair's fair.

L. Howells""")

# 6 room booking at the Welfare Hall; "don't be surprised" P.S.
c.add("safety", subject="Booking Penrhiwceiber Welfare Hall - Jan", sender=P("Dai", "Whitcombe"),
      tags=("embedded", "veiled", "conditional", "property", "threat-in-ps"),
      body="""Hi Rhian,

I'm the bookings sec at the Welfare. Your branch has asked for the lesser hall on the second Thursday of each month from January, 7-9pm. That's fine, £15 a session, invoice quarterly. Can you confirm who's the named contact for the key, and whether you'll need the urn and the projector.

Thanks,
Dai Whitcombe

P.S. Off the record. If the council shuts Ysgol Cwm Cynon like your Gethin Pask wants, don't be surprised if the windows at his office go in one night, and his house after. People here are that angry, and I'm not about to talk them out of it.""")

# 7 non-native (Romanian): membership payment query, reports a doxxing post
c.add("safety", subject="Pay membership in cash? and one Facebook post",
      sender=P("Ioana", "Munteanu"),
      tags=("embedded", "non-native", "third-party-report", "doxxing", "social", "threat-in-middle"),
      body="""Hello Mrs Rhian,

I am new member from Mountain Ash. I don't have bank card from UK yet, only from Romania. It is possible to pay the membership in cash to the treasurer, or with postal order?

Also I want to tell something. In the Facebook group "Cynon Valley Voice" a man post yesterday the home address of councillor Sian Lewis-Morgan with photo of her house and he write "pay her a visit lads, she is in most nights". Many people put laugh and like. I think this is dangerous for her. I don't know if she know. I send you the screenshot.

Thank you and sorry for my English.
Ioana""")

# 8 HTML-only leaflet rota reply; threat in the signature line
c.add("safety", subject="Re: Leaflet rota - Llwyn-y-pia", sender=P("Darren", "Gwynne"), fmt="html",
      tags=("embedded", "html-only", "veiled", "stalking", "threat-in-signature"),
      body="""Rhian

I'll take Tylacelyn Road and the top of Court Street, Sunday morning. Bundles from the Spar like last time?

Darren Gwynne
Llwyn-y-pia delivery | I've got Sian's council rota as well, I know which nights she's home on her own""")

# 9 nomination papers close tomorrow noon; veiled threat to the chair
c.add("safety", also=["urgent"], subject="Nomination papers - close 12 noon TOMORROW",
      sender=P("Carys", "Prosser"),
      tags=("embedded", "veiled", "implicit", "threat-in-middle"),
      body="""Rhian - the nomination papers for the Ynysfach by-election have to be handed in at the council offices in Clydach Vale by 12 noon tomorrow. We still need two more assentors from the ward, and the agent's signature. Cllr Pask says he can sign at 9 at the Co-op cafe.

If Harries tries to hold these up again like he did in May, he'll find out how small this valley really is, and how long people round here remember things. Tell him that.

Can you bring the electoral register printout so we can check the elector numbers? I'll be at the Co-op from 8.30.

Carys""")

# 10 unsubscribe reply to the newsletter; open threat at the MP
c.add("safety", also=["data-protection"], subject="Re: Valleys Voice - winter edition",
      sender=P("Clive", "Bowen"),
      tags=("embedded", "explicit", "conditional", "newsletter-reply", "threat-at-end"),
      body="""Unsubscribe me. I never asked for this.

And tell your MP, the one grinning on the front page, that grin won't last long once a few of us catch him outside the Co-op in Porth without his minders.""")

# 11 surgery times query; "bringing something for him"
c.add("safety", subject="MP surgery Saturday", sender=P("Owain", "Griffiths"),
      tags=("embedded", "veiled", "implicit", "suspicious-item", "threat-at-end"),
      body="""Hello

Is Mr Prothero's surgery still on Saturday mornings at the library in Pontypridd, and do I need an appointment or can I just turn up? Is there disabled parking?

I'll be coming this Saturday and I'll be bringing something for him. He won't like it. He'll understand when he sees it.""")

# 12 quoted reply on the GC agenda; threat between two business points
c.add("safety", subject="Re: GC agenda - comments", sender=P("Neville", "Coombes"),
      tags=("embedded", "quoted", "veiled", "family", "threat-in-middle"),
      body=c.quote_reply(
          """Rhian, three points.

1. Item 4 (Treasurer's report) should come before item 3 (branch allocations), otherwise we're voting on money we haven't seen.

2. People are saying Dilwyn's wife works the late shift at the Spar in Ynysfach on her own. That's a lot of long evenings behind that till with nobody else about. He might want to think about that before he gags us again.

3. Can AOB be kept to 15 minutes? We were there till ten last time.

Nev""",
          """Dear GC delegates,

Draft agenda for the GC on 27 November is below. Please send any comments by Friday.

1. Apologies
2. Minutes of the last meeting
3. Branch allocations 2027
4. Treasurer's report
5. Motions
6. AOB

Rhian Evans
Secretary""", quoted_from=SEC, style="gmail"))

# 13 forwarded by a councillor's caseworker: fly-tipping complaint with a threat at the end
c.add("safety", subject="Fwd: Fly tipping Heol y Nant - see last paragraph",
      sender=P("Bethan", "Lougher"),
      tags=("embedded", "forwarded", "third-party-report", "explicit", "conditional", "threat-at-end"),
      body=c.forward(
          """Rhian, I do casework for Sian. This came in last night. The first part is a normal fly-tipping complaint but the last paragraph worries me, she lives on her own and he obviously knows where. I've told her. What's the CLP process, do we log it?

Bethan""",
          """Councillor,

There is a mattress, two fridges and about twenty black bags dumped at the bottom of Heol y Nant by the bus shelter, and it's been there three weeks. Kids are playing in it. Rats. I have reported it on the RCT app four times, reference numbers 88412, 88790, 89011 and 89377.

If it's not shifted by Friday I'll load it on my trailer and tip the lot on your drive, and if you come out to argue you'll be going in the skip with it. I know it's the one with the white gates.""",
          "Wayne Tudor <waynetudor.heolynant@gmail.com>", "FLY TIPPING - 4TH TIME"))

# 14 web form: speaker request for a school, ends with the MP's children
c.add("safety", subject="New submission: Contact your local party", sender=c.form_robot(),
      reply_to=("No name", "concerned.parent.ctv@protonmail.com"),
      tags=("embedded", "webform", "veiled", "implicit", "children", "threat-at-end"),
      body=c.webform({
          "Name": "A parent",
          "Email": "concerned.parent.ctv@protonmail.com",
          "Subject": "Speaker for school assembly",
          "Message": "Our secondary is running a democracy week in February and would love a local politician to come and talk to Year 10 about how Parliament works. Would Mr Prothero or one of your councillors be free?\n\nAlso, Huw Prothero's two go to Ysgol Gyfun Cwm Rhondda don't they. Year 9 and Year 11. The little one gets the 4 o'clock bus. Just so you know that we know.",
      }, form="Contact your local party"))

# 15 long minutes correction; spaced-out conditional threat at the end
c.add("safety", subject="Minutes of EC 4 Nov - detailed corrections", sender=P("Howard", "Beynon"),
      tags=("embedded", "noisy", "conditional", "long", "threat-at-end"),
      body="""Rhian,

I have gone through the draft EC minutes of 4 November line by line. Corrections below.

Attendance: I was present, not "apologies". Mrs Harries was present as an observer, not as a member, and should be listed separately.

Item 2 (matters arising): the action to write to the health board was mine, not the chair's. It was done on 7 November; I have a copy of the letter.

Item 3 (finance): the balance was £2,318.44, not £2,381.44. The transposition matters because the difference is the exact figure of the Ynysfach printing bill.

Item 4 (campaigns): the Ynysfach by-election campaign plan was "noted", not "approved". There was no vote.

Item 5 (Senedd selection): the minutes say the EC "agreed the timetable". The EC was told the timetable. Those are different things and I said so at the time.

Item 6 (membership): the figure is 412 members, not 421.

Item 7 (correspondence): the letter from Abercwmboi branch about the A&E motion is missing entirely.

Item 8 (AOB): my point about the chair's expenses is missing. It was discussed for ten minutes.

I'd be grateful if a corrected draft could go out before the GC.

I'll say this plainly so it's in writing. If Item 8 gets left out again and the chair carries on like this, some-one will get h.u.r.t before Christmas, and it won't be me.

Howard Beynon""")

# 16 reply to a Zoom invitation; wish-harm in a P.S.
c.add("safety", subject="Re: Zoom link - Women's Forum Thursday", sender=P("Glenys", "Pugh"),
      tags=("embedded", "wish-harm", "quoted", "threat-in-ps"),
      body=c.quote_reply(
          """Thank you Rhian, got it. I'll be on from about 7.20, the grandchildren are with me till then.

Glenys

P.S. I pray every night that Prothero gets what's coming to him over the welfare vote. Something slow and nasty. Not from me, of course, I'm 74. But plenty round here would happily lend God a hand.""",
          """Dear all,

Here is the Zoom link for Thursday's Women's Forum, 7.30pm.

Meeting ID: 834 2210 9917
Passcode: forum

Rhian""", quoted_from=SEC, style="bottom"))

# 17 transfer of membership; warning about the women's officer being passed round the rugby club
c.add("safety", subject="Transferring from Cardiff Central", sender=P("Ffion", "Gregory"),
      tags=("embedded", "doxxing", "third-party-report", "veiled", "threat-at-end"),
      body="""Hi Rhian,

I've just moved back to Treharris from Cardiff and want to transfer my membership to Cwm Taf Valleys. Do I do that on Membersnet or do you need to do it? My new address is 9 Heol Berw, Treharris CF46.

Would love to get involved with the women's forum as well.

One thing you should know. My brother plays for Treharris RFC and he says a photo of your women's officer, with her street name written on it, has been going round the team WhatsApp since the march on Saturday, and the comments are not nice. "Someone should drop in on her" was one of the milder ones. He left the group. I thought you'd want to know before anything happens.

Ffion""")

# 18 conference report on a members' list; threat to delegates at the end
c.add("safety", subject="[cwmtaf-members] Welsh Labour conference - my report",
      sender=P("Kelvin", "Rees"),
      headers=c.list_headers("cwmtaf-members", domain="lists.cwmtaflabour.cymru"),
      tags=("embedded", "list", "conditional", "veiled", "threat-at-end"),
      body="""Report from Welsh Labour conference, Llandudno, for those who couldn't make it.

- Eluned's speech: good on the NHS, nothing on the valleys' buses.
- The closed lists debate: carried, 61-39 on the CLP section. I voted against as mandated.
- Fringe on the steel transition: standing room only. Port Talbot lads very angry.
- Motion on free school meals in secondaries: remitted.

Last thing. I've seen the card vote. Any of our delegates who voted for the closed lists had better not show their faces in Abercwmboi again. We know who you are now.

Kelvin Rees
Abercwmboi

_______________________________________________
cwmtaf-members mailing list
cwmtaf-members@lists.cwmtaflabour.cymru""")

# 19 complaint about a canvasser; turns into a threat on the last line
c.add("safety", subject="Your canvasser", sender=P("Roger", "Llewellyn"),
      tags=("embedded", "explicit", "conditional", "threat-at-end"),
      body="""Your young canvasser came to my door on Saturday with a clipboard and told my wife she was "on the wrong side of history" for voting Reform. She's 81. She was in tears. He wouldn't leave the step until I came down.

I want an apology from the party. Written, not a phone call.

And send that young man round here again, he'll be leaving in an ambulance.

R. Llewellyn""")

# 20 raffle query; noisy threat about the councillor's car, house and kids
c.add("safety", subject="xmas raffle", sender=P("Jason", "Tanti"),
      tags=("embedded", "noisy", "veiled", "children", "coming-date", "threat-at-end"),
      body="""hia is the xmas raffle still at the con club on the 13th, i got a meat hamper to donate from the butchers, who do i give it to

n tell gethin pask wer watchin him. evry day. we no his car we no his house we no his kids school. 2 more weeks till the vote. he nos wat to do""")

# ===================================================================== hard negatives (20)

# 21 A&E motion; "this will kill the valleys"
c.add("procedural", subject="Emergency motion - A&E", sender=P("Menna", "Daniel"),
      tags=("hard-negative", "metaphor"),
      body="""Rhian,

Ynysfach branch emergency motion for the GC:

"This CLP notes with alarm the health board's consultation on moving emergency services from the Royal Glamorgan to Merthyr and Cardiff, and resolves to campaign against it."

Proposer: Menna Daniel. Seconder: Aled Morgan.

This will kill the valleys if it goes through. An hour in an ambulance from Maerdy to the Heath is not an emergency service.

Menna""")

# 22 apologies; man flu
c.add("procedural", subject="Apologies tonight", sender=P("Iwan", "Harries"),
      tags=("hard-negative", "benign-violent-word", "short"),
      body="""Rhian, apologies from me for tonight, I'm dying with man flu. Don't let Dilwyn keep you past nine.

Iwan""")

# 23 nomination; standing against the chair
c.add("procedural", subject="Nomination - CLP Chair", sender=P("Alun", "Watkins"),
      tags=("hard-negative", "selection", "ultimatum"),
      body="""Dear Rhian,

Please accept this as my nomination for the position of CLP Chair at the AGM. I am nominated by Cefn Pennar branch (meeting of 12 November) and by Abercwmboi branch (meeting of 14 November). Both minutes attached.

Yes, that means I'm standing against Dilwyn. He's had nine years. It's time, and I intend to win.

Alun Watkins""")

# 24 minutes correction; will vote against approval
c.add("procedural", subject="Minutes - will vote against approval", sender=P("Sioned", "Probert"),
      tags=("hard-negative", "angry", "ultimatum"),
      body="""Rhian,

The minutes of the October GC do not record the vote on the Treharris South motion. It was carried 18-16. Unless that is corrected I'll be voting against approval of the minutes and asking for my objection to be recorded.

Sioned""")

# 25 venue query: fire exits and defibrillator
c.add("query", subject="Fire safety at the Miners' Institute", sender=P("Hywel", "Price"),
      tags=("hard-negative", "benign-violent-word"),
      body="""Hi Rhian, for the hustings on the 28th at the Miners' Institute: who does the fire safety briefing at the start? Last time nobody told us where the fire exits were, and the back one was padlocked. Also is there a defibrillator in the building? We've got a lot of older members coming.

Hywel""")

# 26 bilingual membership query
c.add("query", subject="Talu aelodaeth / paying membership", sender=P("Gwenllian", "Rhys"),
      tags=("hard-negative", "bilingual"),
      body="""Shwmae Rhian,

Oes modd talu'r aelodaeth bob blwyddyn yn lle bob mis? Is it possible to pay membership once a year rather than monthly? My bank keeps bouncing the direct debit and I'm sick to death of the letters.

Diolch,
Gwenllian""")

# 27 leaflet rota; "crush them"
c.add("query", subject="Re: Leaflet rota - Ynysfach", sender=P("Rhys", "Lovering"),
      tags=("hard-negative", "metaphor", "quoted"),
      body=c.quote_reply(
          """Put me down for the whole of Heol Dewi and Maes-y-Gwaith. Can my daughter come round with me, she's 15? Best thing for getting people to open the door.

We'll crush them in Ynysfach in May. Plaid haven't been near the place.""",
          """Ynysfach rota - please reply with the streets you can cover this weekend.""",
          quoted_from=SEC, style="gmail"))

# 28 urgent: venue for tonight's hustings lost
c.add("urgent", subject="HUSTINGS TONIGHT - venue lost", sender=P("Nerys", "Thorne"),
      tags=("hard-negative", "metaphor", "venue-change"),
      body="""Rhian, the Rugby Club has just rung - flooded changing rooms, the electrics are off, we can't use the function room tonight. Absolute carnage. I've asked the chapel vestry on Bryn Road, they can do 7pm but we need to tell the three candidates and the 60-odd members who've said they're coming. Can you email the members' list? I'll do the candidates and a sign on the Rugby Club door.

Nerys""")

# 29 lost canvass sheet; "someone's head should roll"
c.add("data-protection", subject="Canvass sheet found in the Spar", sender=P("Marian", "Bevan"),
      tags=("hard-negative", "metaphor", "breach"),
      body="""Rhian,

The woman who runs the Spar in Ynysfach handed me a canvass sheet this morning that somebody had left on the counter. It's Heol Dewi, names, house numbers, phone numbers and how everyone said they'd vote. She'd read it. Half the street will know by tonight.

Someone's head should roll for this. I've got the sheet at home. What do you need me to do with it?

Marian""")

# 30 leaving after 50 years
c.add("complaint", subject="Resigning", sender=P("Tudor", "Voyle", "btinternet.com"),
      tags=("hard-negative", "angry", "resignation"),
      body="""Rhian,

I joined the Labour Party in 1974, the year of the miners' strike that brought down Heath. I'm leaving it today. Cutting disability benefits while people in this valley live on £90 a week is not what I joined for.

Please cancel my membership. Don't try and talk me round.

Tudor Voyle""")

# 31 selection process; Welsh Labour general secretary
c.add("complaint", subject="Senedd selection timetable", sender=P("Angharad", "Morse"),
      tags=("hard-negative", "angry", "escalation"),
      body="""Dear Rhian,

The Senedd selection timetable gives branches nine days to nominate over the Christmas period. Four of our nine branches don't meet in December. This excludes most of the membership and I think that's intentional.

I'll be writing to the Welsh Labour general secretary and to the NEC's procedures committee, and I'll be asking the GC to vote on a complaint.

Angharad Morse""")

# 32 car break-in, police dealt with it
c.add("other", subject="Car park at the Welfare - update", sender=P("Dai", "Whitcombe"),
      tags=("hard-negative", "police-dealt"),
      body="""Rhian, just to close this off. The two cars broken into in the Welfare car park during your branch meeting last month - South Wales Police have caught the lad, he'd done six in the area. Crime ref 62200841. Both owners have had their stuff back. Nothing needed from you, we've put a new light up at the back.

Dai""")

# 33 dark humour after the AGM
c.add("other", subject="survived!", sender=P("Llinos", "Ashford"),
      tags=("hard-negative", "dark-humour", "thanks"),
      body="""Diolch Rhian for chairing the count last night. Four hours, three recounts and one walkout, and we all lived to tell the tale. Next AGM I'm bringing a stab vest and a flask of something stronger than tea. Joking! (mostly)

See you at the social.
Llinos""")

# 34 going to WalesOnline
c.add("complaint", subject="Library closures - going to the press", sender=P("Kevin", "Aubrey"),
      tags=("hard-negative", "press-threat", "angry"),
      body="""Rhian,

Our Labour council is closing four libraries in the valley, including Ynysfach, and not one of our councillors has stood up at a public meeting to defend the decision. I emailed Cllr Pask twice.

If I don't get an answer by Friday I'm taking it to WalesOnline and the Rhondda Leader. I've got the papers from the cabinet meeting.

Kevin Aubrey""")

# 35 no-confidence motion in the MP
c.add("procedural", subject="Motion of no confidence - notice", sender=P("Eurig", "Hale"),
      tags=("hard-negative", "no-confidence", "angry"),
      body="""Dear Secretary,

Notice of motion for the next GC, from Penrhiwceiber branch:

"This CLP has no confidence in Huw Prothero MP following his vote for the Universal Credit and PIP Bill, which will cut the incomes of over 6,000 disabled people in this constituency, against the clear wishes of the GC expressed in its motion of 12 June."

Proposer: Eurig Hale. Seconder: Delyth Hale.

Eurig Hale""")

# 36 can I bring my dog?
c.add("query", subject="dog at the GC?", sender=P("Terry", "Jeremiah"),
      tags=("hard-negative", "benign-violent-word"),
      body="""Rhian, is it all right if I bring the dog to the GC? My wife's in hospital and he howls the place down if he's left. He's a big soft lump of a Rottweiler, looks like he'd eat you but he's scared of the cat.

Terry""")

# 37 report to the GC on a candidate safety briefing
c.add("procedural", subject="Report: Welsh Labour candidate safety briefing",
      sender=P("Bronwen", "Caddick"),
      tags=("hard-negative", "news-about-threats", "report"),
      body="""Rhian,

For the GC papers, a short report from the Welsh Labour candidate safety briefing I attended in Cardiff on Saturday.

- Police and the Senedd security team described the rise in abuse and threats to candidates since 2024, including the attacks on constituency offices.
- Candidates can now leave their home address off the ballot paper and nomination papers.
- Officers should log any threats to candidates and officers with the regional office and the police, and not try to handle them locally.
- Canvassing in pairs, sharing routes on WhatsApp, no lone leafleting after dark.

I'd propose the GC adopts a short safety policy based on this. Draft attached.

Bronwen Caddick
Women's Officer""")

# 38 why is my address on your website
c.add("data-protection", subject="WHY IS MY ADDRESS ON YOUR WEBSITE", sender=P("Glyn", "Probert"),
      tags=("hard-negative", "angry", "dp-no-legal-words"),
      body="""I've just found my home address and mobile number on your website under "branch contacts - Treharris South". I stood down as branch secretary in 2023. I never agreed to that going up. Take it down today. I'm absolutely fuming.

Glyn Probert""")

# 39 council cuts: "butchering the library service"
c.add("complaint", also=["query"], subject="Council budget - libraries and leisure",
      sender=P("Carwyn", "Jeffreys"),
      tags=("hard-negative", "metaphor", "angry"),
      body="""Rhian,

The council's draft budget is butchering the library and leisure services in the valleys while the town centre regeneration gets another £4m. This is a Labour council.

Is the CLP going to respond to the consultation? Who decides what the CLP says? I'd like to be involved.

Carwyn Jeffreys""")

# 40 misdirected message about a rugby match
c.add("other", subject="Saturday!!", sender=P("Rhian", "Bowditch"),
      tags=("hard-negative", "misdirected", "metaphor"),
      body="""Rhi! Minibus leaves the club at 11, tell your Dad. We'll smash them this year, Pontypridd have got half their pack injured. Bring the flags, I've lost mine.

Rhi B x""")

c.write()
