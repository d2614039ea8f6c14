"""dev2 split, writer dd2: one month (November) of Cwm Taf Valleys CLP's inbox, all categories.

Blind set: written from BRIEF.md and mailkit.py alone, never checked against postbag.
Every message below was written by hand. Places, branches and people are invented.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402


c = Corpus("dev2", "dd2", seed=4403)
assert c.clp[0] == "Cwm Taf Valleys CLP", c.clp
SEC = c.clp[1].split()[0]          # Rhian
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
# safety (6)
# =========================================================================================

add("safety", subject="The Senedd result and who is to blame",
    sender=c.person("Wyn", "Pritchard", "hotmail.co.uk"),
    body=f"""Mrs Evans,

I have been meaning to write since May. Labour lost Cwm Taf for the first time in a hundred years and as far as I can see not one person in your CLP has taken responsibility. The candidate was parachuted in from Cardiff, the leaflets were about nothing, and the only time anyone knocked my door was the Thursday of the election.

You personally told the branch in March that "the Valleys vote is solid". I was in the room. You said it.

I notice you haven't stood down. I notice your husband's van is still outside your house on Heol y Nant every night, the white Transit. I notice your two go to Ysgol Cwmderwen and come out the bottom gate at twenty past three. People round here have long memories Mrs Evans and we know exactly who let this valley down.

Wyn Pritchard""",
    tags=("veiled", "implicit", "embedded", "stalking"))

add("safety", subject="parcel at the office - police here",
    sender=("Lowri Haines", "lowri.haines@parliament.example.uk"),
    body=f"""Rhian,

Heads up as it'll probably be in the group chat before long. A parcel was left on the step of the constituency office on Commercial Street this morning before we opened, no stamp, no courier label, just Nerys's name in black marker and "BY HAND". It's heavier than it looks and there's a sort of chemical smell coming from one corner. Tomos picked it up before he'd thought about it and put it on the counter.

We've evacuated, we're in the café across the road, and the police have taped off the pavement. They've asked us for a list of anyone who was in the office yesterday and whether anything similar has come before. There was that letter in September with the photo of the office door - I've told them about that.

Nerys is in London and knows. Can you let the branch chairs know there's nobody at the office today and the Thursday advice session is off? I'll update you when they've finished.

Lowri
Office Manager, Office of Nerys Vaughan-Price MP

This email is confidential and may be privileged. UK Parliament does not accept liability for any errors or omissions.""",
    tags=("suspicious-item", "third-party-report"))

add("safety", subject="problem at the stall saturday",
    sender=c.person("Marisa", "Carvalho", "hotmail.com"),
    body="""Hello Rhian,

I am Marisa, I help with the stall in Ynysgoch market on saturdays with Gwenda. I want to tell you what happen on saturday because Gwenda say I must to tell the secretary.

Two men come to the stall around 11. They take leaflets and throw on the floor. This is ok, this happen sometimes. But after, one of them he know me, he say "you are the portuguese from the café on Bridge Street". I say yes. He say "we know your café, we know what time you close, we will come and fix you and your labour friends". The other one he laugh and take photo of me with his phone. They go towards the Lion pub.

I close the café early on saturday and my husband come to take me home. I am not sleep good. I dont want to make big problem but I dont know what I must do, call police or not? Please can you tell me. I still want help with the stall but maybe not alone.

Thank you
Marisa""",
    tags=("third-party-report", "non-native", "veiled"))

add("safety", subject="Re: Canvass sessions - rest of November",
    sender=c.person("Hywel", "Jenkins"),
    date=c.date(days_back=9),
    body=c.quote_reply(
        f"""Rhian - before we go ahead with Saturday, you need to see this. I shared your schedule below in the Tonyfelin Residents group on Facebook so people would know we were coming round (my mistake, I know that now). This came back in the comments and also to me privately from an account with no photo:

"Tonyfelin saturday 10am is it. we'll be waiting at the top of Heol Glas for the lot of you. bring a helmet. last lot of politicians round here went home in an ambulance"

I've deleted the post. I don't know if it's a keyboard warrior or not but I'm not taking the young ones up there without talking to somebody first. What do you want to do?

Hywel""",
        f"""Hi all,

Canvass sessions for the rest of the month:

Sat 21st - 10am Tonyfelin, meet at the top of Heol Glas
Sun 22nd - 11am Pentre Isaf, meet at the Co-op
Sat 28th - 10am Ynysgoch, meet at the rugby club

Clipboards and boards in my car. Bring water and decent shoes.

Rhian""",
        quoted_from=SECFROM, quoted_date=c.date(days_back=12), style="gmail"),
    tags=("quoted", "third-party-report", "veiled", "social"))

add("safety", subject="OPEN LETTER to Cwm Taf Valleys Labour: Save Tonyfelin Baths",
    sender=("Save Tonyfelin Baths", "savetonyfelinbaths@gmail.com"),
    fmt="html",
    body="",
    html_body="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h2 style="color:#003366">AN OPEN LETTER TO THE LABOUR COUNCILLORS OF CWM TAF VALLEYS</h2>
<p><i>Sent on behalf of the Save Tonyfelin Baths campaign, 2,400 signatures and counting</i></p>
<p>For ninety-one years Tonyfelin Baths has taught the children of this valley to swim. Our grandparents swam there. Our children swim there. In a valley full of reservoirs and quarry pools, that is not a luxury.</p>
<p>On <b>3 December</b> you will be asked to vote on the cabinet's proposal to close the baths "temporarily" for a "review". We all know what temporary means.</p>
<ul>
<li>The repair bill quoted by officers has gone from &pound;400,000 to &pound;1.9 million in eight months with no explanation.</li>
<li>No equality impact assessment has been published.</li>
<li>Not one of you has come to a public meeting.</li>
</ul>
<p>We are asking every Labour councillor to vote against the closure.</p>
<p>And we are telling you plainly. If the baths close, the councillors who voted for it will not be safe in this valley. Not at the Co-op, not at the school gates, not at their own front doors. We know who you are and we know where you live. Think carefully on the 3rd.</p>
<p style="color:#666">Save Tonyfelin Baths Campaign<br>Facebook: /SaveTonyfelinBaths</p>
</body></html>""",
    tags=("html-only", "conditional", "veiled", "embedded"))

add("safety", subject="Ffion - need advice",
    sender=c.person("Bethan", "Lloyd"),
    body=f"""Rhian,

I'm writing as women's officer because Ffion asked me to and she's too embarrassed to write herself. I think it's serious.

There's a man - late 40s, she thinks his name's Clive, says he's a member but she can't find him on the list - who has turned up to every single canvass session she's organised since September. Cwmderwen, Pentre Isaf, Abernant, all of them, even the ones only posted in the WhatsApp. He doesn't knock doors. He walks a few houses behind her and takes pictures on his phone. Twice he's been parked outside the Workmen's Hall when she's finished a meeting.

Last week he messaged her on Instagram (her private account, not the campaign one) with a photo of her coming out of the gym in Pontnewydd and said "you should vary your routine, it's not safe for a girl to be so predictable". She's blocked him. He's made a new account.

She's 22 and she's running half our field operation. She's now asking if she should step back. I've told her to keep screenshots. What can the CLP do, and should we be going to the police and regional office? I think we should.

Bethan Lloyd
CLP Women's Officer""",
    tags=("stalking", "third-party-report", "following"))

# =========================================================================================
# urgent (5)
# =========================================================================================

add("urgent", subject="Function room tonight - burst pipe",
    sender=c.person("Dai", "Prosser"),
    body=f"""Rhian, Dai here from Ynysgoch RFC.

Bad news I'm afraid - pipe went in the ceiling above the function room at about 3 o'clock, there's water through the light fittings and the electrics are off on that side of the club. No way you can have your meeting up there tonight.

The bar's still open downstairs. You're welcome to the back lounge but it only seats about 20 and it'll be noisy with the darts league in. Or the Workmen's Hall might have something, I'll give Graham a ring if you want.

Let me know what you want to do, I'm here till 6.

Dai
Ynysgoch RFC Club Secretary""",
    tags=("ordinary",))

add("urgent", subject="Abernant Fach by-election: nomination papers close 4pm TOMORROW",
    sender=("Welsh Labour Regional Office", "south.wales.east@welshlabour.example.org.uk"),
    body=f"""Dear Rhian,

We have done a final check on the nomination papers for Ffion Daniel for the Abernant Fach by-election before they are handed in.

Two of the assentors, numbers 6 and 9, have given elector numbers that don't match the register (it looks as though they've used their old addresses). Both need to be replaced with assentors from the current register for the ward, signed in ink, and the form handed to the Returning Officer at the civic centre by 4pm tomorrow, Friday. The consent to nomination is fine.

If the papers are not in by 4pm we will not have a candidate on the ballot. Please ring me as soon as you see this - 029 2087 0455 or my mobile.

Elin Harries
Regional Organiser""",
    tags=("ordinary",))

add("urgent", subject="Cllr Bevan crossing the floor - can someone speak on camera today",
    sender=("Gareth Nicholl", "gareth.nicholl@valleysgazette.example.co.uk"),
    body=f"""Hello,

I'm a reporter with the Valleys Gazette and our sister TV channel Valleys24. We understand that Councillor Huw Bevan (Ynysgoch) has this morning written to the Chief Executive to say he is leaving the Labour group to sit as an independent, citing the baths closure.

We'd like a spokesperson for the Labour Party locally to do a short interview on camera. We're filming in Ynysgoch town centre from 2pm today for the 6 o'clock bulletin. If nobody is available, a written statement by 3.30pm would be the next best thing.

Best,
Gareth Nicholl
Valleys Gazette / Valleys24
07700 900733""",
    tags=("ordinary",))

add("urgent", subject="7am tomorrow at the hall",
    sender=c.person("Graham", "Watkins"),
    body=f"""Hiya Rhian,

Printers have just rung, the Abernant leaflets (12,000) are coming on a pallet at 7 tomorrow morning to the Workmen's Hall. Driver won't leave it outside and won't wait past quarter past.

I'm on an early at the depot and can't get there. Who's got the other set of hall keys? Eirlys had them last. If nobody can be there at 7 the pallet goes back to Newport and we lose two days' delivery before polling day.

Graham""",
    tags=("ordinary",))

add("urgent", subject="wreath for Sunday",
    sender=c.person("Carol", "Beddoe"),
    date=c.date(days_back=24),
    body="""Rhian, sorry to bother you on a Saturday. Blodau Bach the florist in Cwmderwen have just rung me, they've got the CLP's poppy wreath made up for the service tomorrow but it hasn't been paid for (£45) and they close at 5 today. They won't hold it over, they've had people not collect before. I can't get there, I'm in Cardiff with my mother. Can someone pop in and pay and collect? Or ring them with a card number - 01443 800219. Cenotaph service is 10.45 tomorrow. Carol""",
    tags=("ordinary",))

# =========================================================================================
# complaint (7)
# =========================================================================================

add("complaint", also=("query",), subject="URGENT!!! Heol Blaenllyn potholes",
    sender=c.person("Terry", "Lewis", "btinternet.com"),
    body="""How is it that I pay £2,400 a year council tax to a Labour council and the road up to Blaenllyn has had the same three potholes since LAST WINTER. One of them took the tyre and the wheel off my daughter's Fiesta in September. £380. The council "reviewed" it and said the pothole wasn't deep enough to be dangerous. It is deep enough to wreck a wheel apparently.

I have reported it on the app four times. Marked as "inspected". Nothing done.

Cllr Rowlands was up here canvassing for the Senedd and promised it would be sorted "in weeks". That was April.

Terry Lewis""",
    tags=("confuser", "complaint-as-query", "urgent-subject-not-urgent"))

add("complaint", subject="Membership",
    sender=("Glenys Harries-Pugh", "glenys.hp@talktalk.net"),
    body=f"""Dear Rhian,

I have been a member of this party for forty-four years and I have canvassed in every election in this valley since 1982. I was branch secretary in Pentre Isaf when you were in primary school, as you know.

I am resigning.

It is not the Senedd result, though that was a disgrace. It is the way the list candidates were chosen, by a panel in Cardiff that none of us ever met, and the way we were told afterwards that "the process was followed". And it is the two-child cap, which I was promised, by a Labour candidate on my own doorstep, would go. It has not gone.

I will still vote Labour. I don't know what else I would do. But I will not send them another penny.

Please remove me from the branch emails. I will come to Gwyn's retirement do, I promised him.

Glenys""",
    tags=("ordinary",))

add("complaint", subject="Tuesday night",
    sender=c.person("Leon", "Samuels"),
    body="""Rhian

I need to say something about Tuesday's Tonyfelin branch meeting because I went home really upset.

I'm a new member (joined in the summer) and I asked what I thought was a fair question about why the branch hadn't done anything on the baths closure. The chair laughed and said "you'll learn how things work round here, love", and two people at the top table actually sniggered. Then nobody spoke to me for the rest of the meeting.

I'm 34 and I've run a tenants association for six years. I don't need to be patronised. I'm honestly not sure I'll go back, and I brought two friends with me who definitely won't.

I'd like somebody to have a word. I'm not after a big fuss.

Leon""",
    tags=("ordinary",))

add("complaint", subject="The baths",
    sender=c.person("Mererid", "Thomas"),
    body="""Dear Rhian,

I'll be short because I've said it all at the public meeting and I'll say it again at the council on the 3rd.

Closing Tonyfelin Baths will be the death of this village. Everything that made Tonyfelin a place worth living has gone in my lifetime, the pit, the bank, the library van, the bus after 7. Now they want the one thing that still brings every kid in the valley through the same door.

If a child drowns in the reservoir next summer because nobody taught them to swim, the cabinet will have that on their conscience, and every Labour councillor who went along with them.

We are going to fight this tooth and nail, and we will win.

Mererid Thomas
Tonyfelin""",
    tags=("hard-negative", "metaphor", "angry"))

add("complaint", also=("query",), subject="URGENT!! Fwd: Fwd: Fwd: membership card",
    sender=c.person("Kelvin", "Morris", "yahoo.co.uk"),
    body=c.forward(
        """FOURTH time of sending. Is anybody actually reading this inbox? What is the point of having a secretary if emails just disappear into a hole??""",
        """Hello, I rejoined in July after a few years out and I still haven't had a card or any email about my branch (Abernant Fach I think). Can someone check I'm actually on the system? Thanks, Kelvin Morris""",
        "Kelvin Morris <kelvin.morris@yahoo.co.uk>", "membership card",
        orig_date=c.date(days_back=40), style="gmail"),
    tags=("confuser", "complaint-as-query", "forwarded", "urgent-subject-not-urgent"))

add("complaint", subject="URGENT COMPLAINT re your canvassers",
    sender=c.person("Sandra", "Vowles", "sky.com"),
    body="""To whoever is in charge,

At quarter to nine on Sunday NIGHT two of your lot knocked on my door in Pentre Isaf. My grandson was asleep, the dog went berserk and woke him, and when I opened the door the young man asked me if I'd "considered the Labour offer on childcare".

Quarter to nine. On a Sunday. In the dark.

I'm not a member and I don't want a reply telling me about volunteers doing their best. I want you to tell them what time is acceptable to knock on an old woman's door. It isn't that.

S Vowles""",
    tags=("confuser", "urgent-subject-not-urgent"))

add("complaint", subject="Cywilydd - Welsh language",
    sender=c.person("Iolo", "ap Dafydd", "gmail.com"),
    body="""Annwyl Rhian,

Mae'n ddrwg gen i ysgrifennu yn Saesneg, ond I want this to be read by everybody on the EC.

The Abernant Fach by-election leaflet that came through my door this morning is English only, and on the back it spells the name of our own village "Abernant Fack". I am not joking. A quarter of the people in that ward speak Welsh at home, the school is Welsh-medium, and the Plaid leaflet last week was fully bilingual and spelt correctly.

Cywilydd. It's a small thing to get right and we got it badly wrong. I'd like to know who signed it off.

Iolo ap Dafydd""",
    also=("query",),
    tags=("confuser", "complaint-as-query"))

# =========================================================================================
# query (7)
# =========================================================================================

add("query", subject="Taflenni yn Gymraeg / Welsh leaflets",
    sender=c.person("Angharad", "Bowen"),
    body="""Bore da Rhian,

Oes modd cael y daflen newydd yn Gymraeg? Dw i'n dosbarthu ar Stryd y Capel a Heol yr Orsaf yn Cwmderwen ac mae llawer o'r bobl hŷn yn darllen Cymraeg yn well.

(In case it's easier - is there a Welsh version of the new leaflet? About 150 for my round. Happy to collect.)

Diolch,
Angharad""",
    tags=("ordinary",))

add("query", subject="Young Labour age?",
    sender=c.person("Paula", "Gittins"),
    body="""Hi, my son is 15 and has got really into politics this year (blame the school debating club). He wants to join the Labour Party and maybe help out. Is 15 old enough? And if he joins is there anything locally for young people or would he just be at meetings with the adults? I'd want to come with him the first few times. Thanks, Paula Gittins""",
    tags=("ordinary",))

add("query", subject="Moved house",
    sender=c.person("Aled", "Rees"),
    body="""Hi Rhian,

We've finally moved from Ynysgoch up to Pentre Isaf (21 Maes y Dderwen). I've updated my address on the party website. Does that mean I move branch too, and if so who's the Pentre Isaf secretary so I can introduce myself? Sad to leave Ynysgoch, they were a good crowd.

Cheers
Aled""",
    tags=("ordinary",))

add("query", also=("complaint",), subject="christmas do",
    sender=c.person("Jeanette", "Powell"),
    body="""right. third time asking. WHERE is the christmas do this year, WHAT date, and HOW MUCH are the tickets. i need to book a taxi and sort my mother out. a simple answer will do thanks""",
    tags=("confuser", "query-angry"))

add("query", subject="Getting to the GC",
    sender=("Emrys Hopkins", "emrys.hopkins@btinternet.com"),
    body=f"""Dear Rhian,

I had a small stroke in the summer and I am no longer allowed to drive, at least for the time being. I am otherwise quite well and would like to carry on as Abernant's second delegate to the GC.

Is there anyone who comes from the Abernant end of the valley to the meetings in Ynysgoch who might be able to give me a lift? I can of course contribute to petrol. Failing that, are the meetings ever held on Zoom now?

Kind regards,
Emrys Hopkins""",
    tags=("ordinary",))

add("query", subject="standing for the council?",
    sender=c.person("Shanice", "Dacey"),
    body="""Hi Rhian

Bit of a random one. I've been a member for 3 years and I've helped on the doors a lot in the Senedd campaign. A couple of people have said I should think about standing for the county borough council in 2027. How would I actually do that? Is there a form, do I need to be nominated, is there training? I don't want to waste anyone's time if I'm not what they're looking for but I'd like to know how it works.

Shanice""",
    tags=("ordinary",))

add("query", subject="New submission: Contact us",
    sender=c.form_robot(),
    reply_to=("Darren Price", "dazprice1979@gmail.com"),
    body=c.webform({
        "Your name": "Darren Price",
        "Email": "dazprice1979@gmail.com",
        "Phone": "07700 900871",
        "Message": """Is the MP doing a surgery anywhere near Blaenllyn this month. I've got a PIP tribunal in January and the CAB have got a 6 week wait. I can get to Ynysgoch on the bus but not Merthyr.""",
    }, form="Contact us"),
    tags=("webform",))

# =========================================================================================
# procedural (7)
# =========================================================================================

add("procedural", subject="Apologies - General Committee",
    sender=("Eirwyn Bevan", "eirwyn.bevan@btinternet.com"),
    body=f"""Dear Madam Secretary,

I regret that I shall be unable to attend the meeting of the General Committee on Thursday next, owing to a hospital appointment in Prince Charles which I am told I cannot move.

I should be obliged if you would record my apologies, and also convey to the meeting my thanks to those who visited Mair during her illness. She is much improved.

Yours sincerely,

Eirwyn Bevan
Delegate, Cwmderwen Branch""",
    tags=("ordinary",))

add("procedural", subject="Pentre Isaf motion - buses",
    sender=c.person("Alun", "Pritchard"),
    body=f"""Hi Rhian,

Motion from Pentre Isaf for the next GC please. Agreed at the branch on Wednesday, 11 for, none against.

"This CLP notes that the 132 service between Pentre Isaf and Ynysgoch has been cut from half-hourly to hourly, and that the last bus now leaves Ynysgoch at 6.40pm, meaning shift workers at the hospital and the retail park cannot get home.

This CLP welcomes the Welsh Government's Bus Services Bill and calls on our MS to press for the Cwm Taf valleys to be in the first phase of franchised routes, and on the county borough council to use its bus support budget to restore an evening service on the 132 in the meantime."

Proposed Alun Pritchard, seconded Sioned Harries.

Alun""",
    tags=("ordinary",))

add("procedural", subject="Two-child limit motion - Tonyfelin amendment",
    sender=c.person("Shazia", "Karim"),
    body=f"""Dear Rhian,

Tonyfelin branch would like to move an amendment to the Ynysgoch motion on the two-child limit (item 5a on the draft GC agenda):

After "calls on the Government to abolish the two-child limit" insert "and the benefit cap, which together push more than 1,200 children in Cwm Taf Valleys into poverty according to the End Child Poverty Coalition's latest figures".

Delete "at the earliest opportunity" and insert "in the Spring Statement".

Mover: Cllr Shazia Karim. Seconder: Leon Samuels.

Diolch,
Shazia""",
    tags=("ordinary",))

add("procedural", subject="Conference report",
    sender=c.person("Rhodri", "Gwilym"),
    fmt="alt",
    body=f"""Rhian,

Short report from Welsh Labour's autumn policy conference in Llandudno for the GC papers, as I promised:

- Our motion on valleys bus services was accepted into the composite on public transport and carried overwhelmingly.
- The rule change on the selection of list candidates was remitted to the Welsh Executive Committee, which means it'll come back in the spring. Not ideal but better than losing it.
- There was a long and heated debate on the Senedd result. The WEC has promised a "listening exercise" in every CLP before March. We should ask for ours to be held in the valley, not in Cardiff.
- The fringe on community energy was excellent; I've got contacts for the Abernant hydro group.

Happy to take questions on Thursday.

Rhodri Gwilym
CLP delegate""",
    tags=("ordinary",))

add("procedural", subject="money job",
    sender=c.person("Eirlys", "Morgan"),
    body="""Rhian love,

You know I said I'm finishing as treasurer at the AGM. Well, Gwyn Pugh says he'll do it if nobody else wants it, and I'll put his name in myself and Dilys says she'll back it. He's a retired accountant, he'll be better than me. Can you put that down however it needs putting down. I'll have the books audited and ready by the end of January.

Eirlys""",
    tags=("confuser", "procedural-no-keywords"))

add("procedural", subject="Draft agenda - AGM 16 January",
    sender=c.person("Gethin", "Pugh"),
    body=f"""Rhian,

Draft agenda for the AGM below. Can you check it against the rule book and circulate with the notice once you're happy?

CWM TAF VALLEYS CLP - ANNUAL GENERAL MEETING
Saturday 16 January, 11am, Cwmderwen Workmen's Hall

1. Welcome and apologies
2. Minutes of the 2025 AGM
3. Chair's annual report
4. Secretary's annual report
5. Treasurer's report and presentation of the audited accounts
6. Election of officers: Chair, Vice-Chair, Vice-Chair (Membership), Secretary, Treasurer, Women's Officer, Youth Officer, BAME Officer, Disability Officer, LGBT+ Officer, Trade Union Liaison Officer, Political Education Officer
7. Election of the Executive Committee
8. Election of two auditors
9. Rule changes (notice received from Tonyfelin branch on hybrid meetings)
10. Any other business

Gethin""",
    tags=("ordinary",))

add("procedural", subject="Ynysgoch branch minutes - 5 November",
    sender=c.person("Nia", "Crocker"),
    body="""Hi Rhian, minutes as below for the CLP file. Nia

YNYSGOCH BRANCH - MINUTES
5 November, Ynysgoch RFC function room
Present: 16. Apologies: 4.

1. Minutes of October meeting agreed.
2. Cllr Bevan's report: casework mainly housing and potholes; update on the baths consultation. Members asked him to confirm how he would vote on the 3rd; he said he was "still listening".
3. Two-child limit motion: moved Nia Crocker, seconded Aled Rees. Carried 14-0, 2 abstentions. To go to GC.
4. Christmas social: Sat 12 December at the club. Tickets £12 including buffet. Jeanette to coordinate.
5. AOB: thanks to Aled, who is moving to Pentre Isaf.

Next meeting: 3 December.""",
    tags=("ordinary",))

# =========================================================================================
# data-protection (5)
# =========================================================================================

add("data-protection", subject="Found these in the bus shelter",
    sender=c.person("Glyn", "Hathaway"),
    body="""Hello,

I'm not a member of any party. This morning in the bus shelter by the Ynysgoch Co-op I found a clipboard with about 10 sheets on it, headed "Labour - Ynysgoch ward - door knocking". Names, house numbers, ages for some of them, and comments. Mine's on there. So's my neighbour's, with "won't vote Labour - nasty, don't go back". Another one says "wife has dementia, husband deals with post".

I've got them here and I'll hand them in to someone, but I'm not happy that my family's details and what somebody thinks of us were sitting in a bus shelter all night for anyone to read. Who do I give them to, and what are you going to do about it?

Glyn Hathaway""",
    tags=("confuser", "dp-no-legal-words"))

add("data-protection", subject="why is my address on your website",
    sender=c.person("Jodie", "Beynon"),
    body="""Hi,

Someone at work has just shown me the Cwm Taf Valleys Labour website. On the "News" page there is a write-up of the Pentre Isaf branch meeting where Councillor Karim helped me with my housing problem, and it has my full name, my street, AND the fact that I was fleeing domestic abuse. I talked to her in confidence!

I moved to get away from someone. Please take it off today. I'm shaking writing this.

Jodie""",
    tags=("confuser", "dp-no-legal-words"))

add("data-protection", also=("other",), subject="My mother, Mrs Catherine Rosser",
    sender=c.person("Helen", "Rosser-Jones"),
    body=f"""Dear Rhian,

I'm writing to let you know that my mother, Catherine (Kitty) Rosser of Abernant Fach, died on 2 November, aged 88. She was a member for most of her life and was very proud of it.

Letters from the party are still arriving at her house, and she's still in the branch emails, which I'm now looking after. Could you please take her off all your lists, and let the national party know as well? It's upsetting to keep seeing her name.

Thank you for the card the branch sent. It meant a lot.

Helen Rosser-Jones""",
    tags=("confuser", "dp-no-legal-words"))

add("data-protection", subject="Request for rectification of personal data",
    sender=c.person("Morgan", "Sayce"),
    body=f"""Dear Data Protection Officer / CLP Secretary,

I am a member of the Tonyfelin branch. The CLP's records hold me under my former name, which I have not used for four years, and this name continues to appear on GC attendance sheets, on the branch email list, and on the printed delegate list circulated at last month's GC.

Under Article 16 of the UK GDPR I request that my personal data be rectified without undue delay to the name Morgan Sayce, with the title Mx. I also request, under Article 18, that the CLP restrict any further processing of my former name, including in printed papers.

I have already updated my details with the national party membership team. Please confirm when the CLP records have been corrected.

Regards,
Morgan Sayce""",
    tags=("ordinary",))

add("data-protection", subject="added to a whatsapp group",
    sender=c.person("Ceri", "Llewellyn"),
    body="""hiya

somebody has added me to a whatsapp group called "Cwm Taf Labour Campaigners" with 214 people in it. i never asked to be in it. now everyone in it can see my number and i've had 2 messages from men i don't know asking if i want to go leafleting with them 🙄

i've left the group but everyone still has my number now. who gave it out? i signed a petition about the baths at a stall, that's it

Ceri""",
    tags=("confuser", "dp-no-legal-words"))

# =========================================================================================
# bulk (8)
# =========================================================================================

add("bulk", raw=c.bounce("g.pugh@valleyaccountants.example.co.uk",
                         reason="550 5.2.1 <%s>: mailbox disabled, not accepting messages",
                         orig_subject="AGM notice and nominations"),
    tags=("robot-no-list-headers",))

add("bulk", subject="Ateb awtomatig / Automatic reply: Tonyfelin Baths",
    sender=("Swyddfa Carys Protheroe AS", "carys.protheroe@senedd.example.wales"),
    headers=c.autoreply_headers("exchange"),
    body="""Diolch am eich neges. Mae'r swyddfa ar gau ar hyn o bryd. Byddwn yn ymateb cyn gynted â phosibl. Os yw eich mater yn un brys, ffoniwch 01443 800100.

Thank you for your email. The office is currently closed. We will respond as soon as possible. If your matter is urgent, please call 01443 800100.

Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.

Swyddfa Carys Protheroe AS / Office of Carys Protheroe MS
Aelod o'r Senedd dros Gwm Taf / Member of the Senedd for Cwm Taf""",
    tags=("bilingual",))

add("bulk", subject="Llafur Cymru | Welsh Labour: Newyddion Tachwedd / November news",
    sender=("Llafur Cymru Welsh Labour", "news@welshlabour.example.org.uk"),
    headers=c.newsletter_headers("Mailchimp"),
    fmt="alt",
    body="""Welsh Labour - November news / Newyddion Tachwedd

A message from the General Secretary

Friends,

Six months on from May, the Welsh Executive Committee has agreed to a listening exercise in every CLP. Details of how your CLP can host a session will be sent to secretaries.

- Free school meals: every primary pupil in Wales now gets a free lunch. Share the graphic.
- Autumn campaign weekend: 28-29 November. Find a session near you.
- Fundraising: our winter appeal has raised £38,000 so far. Thank you.

Diolch / Thank you,
Welsh Labour

You're receiving this because you're a Labour member in Wales.
Update preferences | Unsubscribe / Dad-danysgrifio""",
    tags=("ordinary",))

add("bulk", subject="New order: Cwm Taf Labour Christmas Social (2 tickets)",
    sender=("Eventbrite", "noreply@order.eventbrite.example.com"),
    fmt="html",
    body="",
    html_body="""<html><body style="font-family:Arial,sans-serif">
<p style="font-size:20px">You sold 2 tickets!</p>
<p><b>Cwm Taf Labour Christmas Social</b><br>Sat, 12 Dec 2026 19:00<br>Ynysgoch RFC</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Order #</td><td>9173348821</td></tr>
<tr><td>Buyer</td><td>Jeanette Powell</td></tr>
<tr><td>Tickets</td><td>2 x General admission (&pound;12.00)</td></tr>
<tr><td>Total</td><td>&pound;24.00</td></tr>
</table>
<p>Total tickets sold: 41 / 80</p>
<p><a href="#">Manage your event</a></p>
<p style="color:#999;font-size:11px">You are receiving this email because you are the organiser of this event. Eventbrite, Inc.</p>
</body></html>""",
    tags=("confuser", "robot-no-list-headers", "html-only"))

add("bulk", subject="Gethin Pugh has responded to 'AGM date'",
    sender=("Doodle", "mailer@doodle.example.com"),
    body="""Gethin Pugh has responded to your poll "AGM date".

Sat 9 Jan - No
Sat 16 Jan - Yes
Sat 23 Jan - If need be

9 participants have now responded. View results.

You're receiving this because you created this poll. Change notification settings.""",
    tags=("confuser", "robot-no-list-headers"))

add("bulk", subject="Your statement is ready to view",
    sender=("Unity Trust Bank", "no-reply@unity.example.co.uk"),
    body="""Dear Customer,

Your monthly statement for account ending ***2290 (CWM TAF VALLEYS CONSTITUENCY LABOUR PARTY) is now available to view in Online Banking.

For your security, we will never ask you to confirm your password or security details by email.

Please do not reply to this email as this mailbox is not monitored.

Unity Trust Bank plc""",
    tags=("confuser", "robot-no-list-headers"))

add("bulk", subject="Cwm Taf Valleys Labour: Your Page's weekly summary",
    sender=("Facebook", "notification@facebookmail.com"),
    headers=c.newsletter_headers("other"),
    body="""Cwm Taf Valleys Labour

Here's how your Page did last week.

Post reach: 4,812 (up 63%)
Post engagement: 1,107
New Page likes: 22

Your top post: "Our councillors will be at the Tonyfelin Baths public meeting on..." reached 2,930 people.

You have 38 unread messages and 211 unread comments.

See more insights

This message was sent to ysgrifennydd@cwmtaflabour.cymru. Unsubscribe.
Meta Platforms, Inc.""",
    tags=("social",))

add("bulk", subject="[WLWN] Training: staying safe online and in public, 30 Nov",
    sender=("Welsh Labour Women's Network", "wlwn-announce@lists.example-labour.org.uk"),
    headers=c.list_headers("WLWN-announce"),
    body="""Welsh Labour Women's Network - announcement

STAYING SAFE: online and in public life
Monday 30 November, 7pm, Zoom

Every woman who has stood for election, or thought about it, knows the reality. Last year more than half of women councillors in Wales reported being threatened or abused online, and several had their home addresses published. This session, led by a former MS and a police liaison officer, will cover:

- reporting threats to the police and the party, and what happens next
- keeping your home address off nomination papers and election material
- surgeries, canvassing and lone working
- supporting each other through an online pile-on

Open to all women members. Please share with your branch women's officers.

Register: wlwn.example/staying-safe

--
You are subscribed to WLWN-announce. To leave, email wlwn-announce-leave@lists.example-labour.org.uk""",
    tags=("list", "hard-negative", "news-about-threats"))

# =========================================================================================
# other (5)
# =========================================================================================

add("other", subject="Sad news - Tom Gwynne",
    sender=c.person("Roger", "Aubrey"),
    body=f"""Dear Rhian,

I'm writing from the Merthyr side to pass on our condolences. We heard yesterday that Tom Gwynne has died. I know he was a fixture in your CLP for the best part of sixty years; he was a fixture in ours too, because whenever we had a by-election he'd turn up with a flask and a pair of good boots and knock harder than any of us.

Our branch would like to send something. Do you know if the family would prefer flowers or a donation, and when the funeral will be?

With best wishes to you all,
Roger Aubrey
Secretary, Troedyrhiw Branch""",
    tags=("ordinary",))

add("other", subject="fixtures for december",
    sender=c.person("Kieron", "Wathan"),
    body="""Hi mate

Can you send over the fixtures for the U12s for December, and whether the Ynysgoch away game is still on after the pitch flooding? Need to sort lifts.

Cheers
Kieron (Cwmderwen Colts)""",
    tags=("confuser", "misdirected"))

add("other", subject="Election print - winter offer",
    sender=("Steffan Morris", "steffan@dragonprint.example.co.uk"),
    body=f"""Hi Rhian,

Steffan here from Dragon Print in Pontnewydd. We did the Senedd leaflets for a few of your neighbouring CLPs in May and I thought I'd get in touch ahead of the 2027 council elections.

We're offering CLPs a winter deal: 20% off A5 and DL leaflets ordered before the end of February, free bilingual typesetting, and we'll hold your print slots for polling-day weekend so you're not left waiting. We're a unionised shop and our prices will blow the big online printers out of the water.

Happy to pop up with samples any time - I'm in Ynysgoch most Thursdays.

Diolch,
Steffan Morris
Sales, Dragon Print Ltd""",
    tags=("hard-negative", "benign-violent-word"))

add("other", subject="Diolch o galon",
    sender=c.person("Menna", "Vaughan"),
    body="""Dear Rhian and everyone,

I just wanted to say thank you to the volunteers who turned up on Sunday after the river came over at Glanrhyd Terrace. I'm not political and never have been but there were eight of you with shovels and bin bags and a carpet cleaner before the council had even answered the phone. You cleared our front room and my neighbour's kitchen in an afternoon.

I've made two bara brith, I'll drop them at the Workmen's Hall on Thursday.

Menna Vaughan
Glanrhyd Terrace""",
    tags=("ordinary",))

add("other", subject="38 years!",
    sender=c.person("Julie", "Harris"),
    body="""Hi Rhian,

I've done it - finished at the hospital on Friday after 38 years, the last 20 on the children's ward. They gave me a cake shaped like a bedpan which was a first.

Having a bit of a do at the Cwmderwen Con Club on the 5th from 7, everyone from the branch is welcome, no presents please, just come and have a drink. And you'll have a lot more of me on the doors from now on, be warned!

Julie xx""",
    tags=("ordinary",))

c.write()
