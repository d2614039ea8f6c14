"""dev2 split, writer dc3: Hatherley CLP (an English market town and its estates and villages).

Blind evaluation set. 15 safety (noisy explicit, pile-on, implicit, date menace, web form,
third-party, forwarded, list doxxing, embedded, wish-harm, non-native, stalking, html-only,
quoted, voicemail robot), 15 hard negatives and 20 ordinary messages.
Every message below was written by hand.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402


c = Corpus("dev2", "dc3", seed=4103)
SEC = c.clp[1].split()[0]          # Priya
SECFULL = c.clp[1]
SECADDR = c.clp[2]

_add = c.add


def _tagged_add(label, body=None, tags=(), **kw):
    tags = (tags,) if isinstance(tags, str) else tuple(tags)
    return _add(label, body, tags=tags or ("ordinary",), **kw)


c.add = _tagged_add

# 1 ---------------------------------------------------------------------------------------
c.add("query", subject="Murder mystery night - tickets",
      sender=c.person("Judith", "Ashcroft"),
      body=f"""Hi {SEC},

Couple of questions about the murder mystery fundraiser at the Kingsmead Hotel on the 6th ("Death at the Dispatch Box" - love it).

1. Can I bring two guests who aren't members? My neighbours are keen. They're Lib Dems but they're harmless.
2. Is there a vegetarian option for the dinner?
3. Do we have to dress up? I've been told somebody is coming as the victim, complete with a dagger, and I don't want to be the only one in a cardigan.

Judith""",
      tags=("hard-negative", "benign-violent-word"))

# 2 ---------------------------------------------------------------------------------------
c.add("safety", subject="message for the labour party",
      sender=("anon", "hatherleytruth@proton.me"),
      body="""that traitor whitcombe wants a b u l l e t between the eyes for what shes done to this town. p u t  h e r  d 0 w n. plenty of us have got shotgun licences round cold norton and we're sick of asking. shes at the wharf on the 14th we all saw the poster""",
      tags=("explicit", "noisy"))

# 3 ---------------------------------------------------------------------------------------
c.add("complaint", subject="Brookfield fields - murdered by our own councillors",
      sender=c.person("Philippa", "Rowntree"),
      body="""Dear Ms Nair,

I have been a Labour member for 23 years and I have never been more ashamed than I was watching the planning committee on Tuesday.

Our own councillors have murdered the Brookfield meadows. Twelve acres of green belt, skylarks, the only open space the estate has, handed to a developer for 400 "executive homes" that no one in Brookfield will ever be able to afford. Two Labour councillors voted for it. One sat on his hands.

I want to know how our group voted in the pre-meeting, why the whip wasn't applied, and whether the CLP is going to say anything at all. I also want this on the agenda at the next GC so the councillors concerned can explain themselves to the members who got them elected.

Philippa Rowntree
Brookfield branch""",
      also=("query",),
      tags=("hard-negative", "metaphor", "angry"))

# 4 ---------------------------------------------------------------------------------------
c.add("safety", subject="I need some help, I don't know what to do",
      sender=("Zara Haddad", "zara.haddad03@gmail.com"),
      body=f"""Hi {SEC},

Sorry, this is long. I'm writing it down now while I can think straight.

Since the clip of me at the youth hustings went viral on Sunday (the bit about the asylum hotel) I've had over 400 messages across Instagram, TikTok and my email. I expected some of it, I'm a 22 year old Arab woman standing for council, I'm not naive. But it's got worse.

- Someone has worked out that my parents own the Cedar Tree café on Bridge Street and posted a photo of it with "pay them a visit".
- There are a load of one-star reviews on the café's Google page saying "the daughter will get hers".
- Last night someone messaged me a photo of Dad locking up, taken from across the road. No words with it. Just the photo.
- My university email is in a screenshot that's been shared on a Telegram channel.

My parents didn't want me to stand in the first place and now Mum's not sleeping. I've reported the Instagram accounts but nothing happens.

What does the party do in this situation? Do I go to the police myself or does the CLP? I don't want to pull out but I can't have my family dragged into this.

Zara""",
      tags=("pile-on", "doxxing", "social"))

# 5 ---------------------------------------------------------------------------------------
c.add("procedural", subject="EC minutes - 3 November (draft)",
      sender=c.person("Malcolm", "Treharne"),
      body=f"""{SEC},

Draft EC minutes for your comments before circulation.

HATHERLEY CLP EXECUTIVE COMMITTEE - 3 NOVEMBER
Present: M Treharne (Chair), P Nair (Secretary), D Sandhu, T Greenway, J Kowalczyk, R Osei

1. Apologies: A Pike.
2. Minutes of 6 October: agreed.
3. Treasurer: balance £4,112. Quiz night raised £380.
4. Officer and candidate safety: the Chair reported on the national party's updated guidance on safety for officers and candidates, following recent well-publicised incidents elsewhere in the country. Agreed: (a) surgery times to be published without the room location; (b) no one to lock up the Unity Hall alone; (c) the Secretary to circulate the guidance to all branch secretaries.
5. Selection timetable for St Aldhelm's: agreed as circulated.
6. AOB: Christmas social on 13 December.

Malcolm""",
      tags=("hard-negative", "news-about-threats"))

# 6 ---------------------------------------------------------------------------------------
c.add("safety", subject="Ms Whitcombe's Saturdays",
      sender=("Terence Gould", "t.gould.hatherley@outlook.com"),
      body="""Dear Secretary,

Your MP's daughter plays goal attack for the Marston Vale under-14s. Saturday mornings, Abbeyfields courts, 10 o'clock, Mum on the touchline with a flask. It's nice to see a family so involved in the community.

I just think Ms Whitcombe should bear in mind, next time she stands up in the House to lecture the rest of us about "community cohesion", that the community can see her too.

Regards
T. Gould""",
      tags=("implicit", "veiled"))

# 7 ---------------------------------------------------------------------------------------
c.add("complaint", subject="Stabbed in the back",
      sender=c.person("Norman", "Bastable"),
      body="""Priya,

I've been a councillor for St Aldhelm's for sixteen years. I've held the seat through two Tory landslides. And I find out from a text from a member, not even from the CLP, that I'm not on the shortlist for my own ward.

The EC has stabbed me in the back and I think most of the members will see it for what it is. I'm asking for the reasons in writing, and for the scoring sheets from the interview panel.

Norman Bastable""",
      tags=("hard-negative", "metaphor", "angry"))

# 8 ---------------------------------------------------------------------------------------
c.add("safety", subject="polling day",
      sender=c.person("Lee", "Carver", "gmail.com"),
      body="""Polling day's the 7th. I'd tell your leafleting lot to be finished before it gets dark that day.

The Brookfield estate isn't very friendly after dark to people wearing red rosettes, as some of them found out at the last one. There's a lot of unlit walkways and a lot of people who'll have had a drink by then and read what your candidate said about them.

Nobody's saying anything will happen. I'm just saying I wouldn't.""",
      tags=("veiled", "implicit"))

# 9 ---------------------------------------------------------------------------------------
c.add("query", subject="Police in Kingsmead - can the MP help?",
      sender=c.person("Ravinder", "Bassi"),
      body="""Dear Sir or Madam,

We've had three burglaries on Coppice Close since September, including ours: they came through the back while we were asleep and took the car keys and the car. The police attended the next day, gave us a crime number and we've heard nothing since. A neighbour says the Kingsmead neighbourhood team has been cut from six officers to two.

Could Ms Whitcombe ask the Chief Constable why, and whether there are any plans to restore it? We'd also like to know if there's a residents' meeting we could go to.

Many thanks
Ravinder Bassi""",
      tags=("hard-negative", "crime-casework"))

# 10 --------------------------------------------------------------------------------------
c.add("safety", subject="Cllr Sandhu - hotel",
      sender=c.form_robot(),
      reply_to="patriot.hatherley@gmail.com",
      body=c.webform({
          "Your name": "A resident",
          "Your email": "patriot.hatherley@gmail.com",
          "Ward": "Hatherley Wharf",
          "How can we help?": "Tell Councillor Sandhu if he signs off on the Riverside Hotel for asylum seekers, whatever happens to him after that is on his own head. Hes been told. People in the Wharf dont make idle noises and he knows where he lives better than anyone, so do we.",
      }, form="Get in touch"),
      tags=("webform", "conditional", "implicit"))

# 11 --------------------------------------------------------------------------------------
c.add("complaint", subject="Pension age - a kick in the teeth",
      sender=c.person("Dorothy", "Pargeter", "aol.com"),
      body="""Dear Sir/Madam,

I am 65 and was told last week that I will have to wait another year for my state pension because of the latest change. I worked 47 years, 30 of them on the tills at the Co-op. This is a kick in the teeth to every woman of my age who trusted Labour to stand up for us after the WASPI shambles.

Please pass this to Ms Whitcombe and ask her to explain herself. I shan't hold my breath.

Mrs D. Pargeter""",
      tags=("hard-negative", "metaphor"))

# 12 --------------------------------------------------------------------------------------
c.add("safety", subject="something I overheard - probably nothing",
      sender=c.person("Gordon", "Fairweather"),
      body=f"""Priya,

Probably nothing, but my wife says I should tell you.

I was in the Boat Inn on Wharf Road on Friday night. Two blokes at the next table, forties, one in a hi-vis jacket. They were talking about the council vote on the Riverside Hotel, and one said "if it goes through we'll do the Labour office on the Monday", and the other laughed and said he'd "sort the door", that his cousin did the alarm install there and "the code's still 1984, they never change it".

I didn't hear anything else because they went out for a smoke. I know the hi-vis one by sight, he drives for the builders' merchants on the industrial estate.

I don't know if it's just beer talking. But they knew about the alarm, and I don't.

Gordon""",
      tags=("third-party-report",))

# 13 --------------------------------------------------------------------------------------
c.add("complaint", subject="AGM - I will be heard",
      sender=c.person("Yvonne", "Castle"),
      body=f"""Priya,

Since the EC has decided not to put my motion on the AGM agenda, I will be at the AGM anyway and I will raise it under any other business. If the Chair refuses to take it I will ask the meeting to overrule the Chair. I know the standing orders better than most of your EC.

I'll make sure every member in that room knows exactly how this CLP handles motions it doesn't like. You can't stop me speaking.

Yvonne Castle""",
      tags=("hard-negative", "angry"))

# 14 --------------------------------------------------------------------------------------
c.add("safety", subject="Fw: letter received at home",
      sender=("Cllr Tasha Greenway", "tasha.greenway@hatherley-dc.example.gov.uk"),
      body=c.forward(
          """Priya, I've typed this out from a letter that came to my HOME address yesterday (not the council). Typed, no signature, posted in Hatherley. The police have the original. I'm staying at my sister's this week. Can we talk about the Thursday surgery - I don't think I can do it on my own.

Tasha""",
          """Councillor Greenway,

We've watched you for a while now. Tuesdays you swim at Abbeyfields before work. Wednesdays you do the big shop at Morrisons and always park in the parent and child bay even though your son is 12. Thursday is your surgery and you walk home the back way past the allotments.

You are not as private as you think you are.

You should step down before May.""",
          "Cllr Tasha Greenway <tasha.greenway@hatherley-dc.example.gov.uk>", "letter received at home",
          style="outlook"),
      tags=("forwarded", "stalking", "third-party-report", "implicit"))

# 15 --------------------------------------------------------------------------------------
c.add("query", subject="Abuse of councillors - request for comment by Fri",
      sender=("Hannah Oyelaran", "h.oyelaran@hatherleyherald.example.co.uk"),
      body=f"""Dear {SEC},

I'm a reporter at the Hatherley Herald. We're preparing a feature for next Friday's paper on the abuse and threats faced by local councillors in the district, of all parties, following the LGA's survey last month, which found that seven in ten councillors had been abused in the last year.

Would someone from the CLP, perhaps the Chair or one of your councillors, be willing to speak to me about their own experience in general terms, and about what support the party gives? We would not identify anyone who doesn't want to be identified.

I'd need to speak by Wednesday. My number is 01632 960 118.

Best wishes,
Hannah Oyelaran
Hatherley Herald""",
      tags=("hard-negative", "news-about-threats"))

# 16 --------------------------------------------------------------------------------------
c.add("safety", subject="Re: [Cold Norton & District Residents] Who voted for the road closures",
      sender=("Ray Dimmock", "raydimmock@sky.com"),
      headers=c.list_headers("Cold Norton & District Residents", domain="groups.io"),
      body=f"""Since nobody from the council has had the decency to come to a single meeting, here are the councillors who voted FOR the Cold Norton "low traffic neighbourhood" that's doubled my journey to work, with their home addresses off the declarations of interest:

Cllr Adrian Pike (Labour) - 7 Orchard Rise, Cold Norton
Cllr Tasha Greenway (Labour) - 22 Mill Lane, Hatherley
Cllr Dev Sandhu (Labour) - 3 The Paddocks, Kingsmead

I think it's only fair they get a taste of what they've done to us. Let's see how they like having their roads blocked. Let's see how they like having fifty of us outside their front doors at 7am, every morning, until they change their minds. I'll be at Orchard Rise Monday. Bring your car and something loud.

Ray

--
You received this message because you are subscribed to the Cold Norton & District Residents group.
To unsubscribe, email coldnortondistrictresidents+unsubscribe@groups.io""",
      tags=("list", "doxxing", "harassment"))

# 17 --------------------------------------------------------------------------------------
c.add("bulk", subject="The Week in Westminster: knives out for the Chancellor",
      sender=("The Red Briefing", "hello@redbriefing.example.co.uk"),
      headers=c.newsletter_headers("Mailerlite"),
      fmt="alt",
      body="""THE RED BRIEFING - your week in Labour politics

1. Knives out for the Chancellor
Backbench anger over the spending review boiled over on Tuesday, with three select committee chairs openly briefing against the Treasury. One senior MP told us the Chancellor "is a dead woman walking if the growth figures don't turn". Number 10 insists she has the PM's full confidence.

2. Reform's ground war
Reform say they will "annihilate" Labour in the Midlands next May. Our analysis of 40 target seats suggests they're over-reaching.

3. The battle for the NEC
Ballots go out on Monday. Here's our guide to who's standing and what they stand for.

Read online | Forward to a friend | Unsubscribe
The Red Briefing is independent and is not affiliated with the Labour Party.""",
      tags=("hard-negative", "metaphor"))

# 18 --------------------------------------------------------------------------------------
c.add("safety", subject="Selection in St Aldhelm's - a formal complaint",
      sender=c.person("Keith", "Marlow"),
      body=f"""Dear Ms Nair,

I write to make a formal complaint about the conduct of the St Aldhelm's ward selection and I ask that it be put before the EC and forwarded to the regional office.

1. The freeze date. Members who joined after 1 June were excluded from voting. I have been told that in at least two other wards in this district the freeze date was set later. I would like to know why St Aldhelm's was treated differently.

2. The shortlisting panel. Two of the three panel members are known to be close friends of Ms Ferreira. One of them has been seen in her shop most mornings. I raised this at the time and was told it was "not a conflict". I disagree.

3. The hustings. Ms Ferreira was allowed to speak for six minutes, I was cut off at four. There are witnesses.

I have given twenty years to this party. Ms Ferreira has given three. Anyone thinking of standing against me in this ward should know what they're taking on. I'd hate for anything to happen to that lovely little bakery of hers on the High Street. Plate glass is terribly expensive to replace these days and insurers get funny after the second time. She should think very carefully about whether she wants this.

4. The ballot. I am told the count was conducted without a representative of each candidate present, contrary to the procedural guidelines.

I expect a written response within fourteen days.

Yours sincerely,
Cllr Keith Marlow""",
      tags=("embedded", "veiled", "implicit"))

# 19 --------------------------------------------------------------------------------------
c.add("query", subject="stewarding at conference - training?",
      sender=c.person("Femi", "Adewale"),
      body="""Hi Priya,

I signed up to be a steward at regional conference in February. The training pack they sent has a section on crowd safety, evacuation, and what to do about suspicious packages and bomb threats (slightly alarming reading on the train!).

Two questions: do I need to do the online module before the in-person briefing, or is the briefing on the day enough? And does the CLP reimburse the train fare to Birmingham, or does regional?

Thanks
Femi""",
      tags=("hard-negative", "benign-violent-word"))

# 20 --------------------------------------------------------------------------------------
c.add("safety", subject="NHS",
      sender=c.person("Sheila", "Marchant", "hotmail.co.uk"),
      body="""Dear Ms Nair

My mother lay on a trolley in a corridor at Hatherley General for 31 hours last month. She was 88. She died a week later.

I don't wish violence on anyone, I'm not that sort of person. But I hope your MP ends up on a trolley in that same corridor one day, cold and frightened with nobody coming, and I hope it takes a long, long time. And if it did happen I wouldn't lift a finger. Call it what you like. I call it fair.

Sheila Marchant""",
      tags=("wish-harm",))

# 21 --------------------------------------------------------------------------------------
c.add("other", subject="Saturday - we smashed it",
      sender=("Cllr Dev Sandhu", "dev.sandhu@hatherley-dc.example.gov.uk"),
      body="""Team,

What a day. 31 volunteers, 1,140 doors knocked in Kingsmead, and we absolutely smashed the target for postal vote sign-ups. Special shout out to the Young Labour crew who took on the flats on Coppice Road (five floors, no lift, in that heat - I thought it was going to kill me).

Pizza's on me next time.

Dev""",
      tags=("hard-negative", "benign-violent-word"))

# 22 --------------------------------------------------------------------------------------
c.add("safety", subject="Someone write on my door",
      sender=("Hodan Warsame", "hodan.warsame@hotmail.com"),
      body="""Salaam Priya,

I am Hodan from Brookfield, I help with the Somali women for the voter registration in summer and I put the Labour poster in my window for the election.

This morning when I open the door there is written in red paint on my door "LABOUR RAT" and "WE COME BACK". Also the poster is torn. My neighbour say she saw two men last night take photo of my house from the car, she think maybe 1 o clock.

My children are afraid to go to school. I call 101 and they give me number but nobody come yet. I am not want to make trouble for the party but I think you must know because maybe they do this to other people who help.

Thank you sister
Hodan""",
      tags=("harassment", "non-native", "third-party-report"))

# 23 --------------------------------------------------------------------------------------
c.add("query", subject="laser tag social?",
      sender=c.person("Ellis", "Brennan"),
      body="""hey priya! young labour want to do a social in Jan, thinking laser tag at the place on the retail park (basically running round in the dark shooting each other, its great). can we use any of the CLP social budget for it or do we have to fundraise? its £14 a head and theres about 12 of us. also do under 18s need a parent's consent form for CLP events?? ellis""",
      tags=("hard-negative", "benign-violent-word", "noisy"))

# 24 --------------------------------------------------------------------------------------
c.add("safety", subject="the man at the canvass sessions",
      sender=c.person("Imogen", "Stafford"),
      body=f"""Hi {SEC},

I've been putting off writing this because I kept thinking I was imagining it.

There's a man who has turned up at the last four Saturday canvass sessions, each time in a different ward. He's not a member as far as I can tell - he's never on the sign-in sheet and he never takes a board. He just attaches himself to whichever group I'm in and walks with us. Last week he asked me which road I lived on and whether I walked home.

Then on Sunday night I got an Instagram follow request from an account with no posts, and a DM with six photos of me on the doorsteps in Kingsmead, taken from across the street. The last one was of me getting into my car at the end of the session. The message just said "you look happiest in the blue scarf".

I've blocked the account. I have screenshots. I'm not going to the session this Saturday. Could you or Malcolm check if anyone knows who he is? I can describe him.

Imogen""",
      tags=("stalking", "following", "social"))

# 25 --------------------------------------------------------------------------------------
c.add("complaint", subject="If the merger goes ahead I resign",
      sender=c.person("Bernard", "Coombes"),
      body=f"""{SEC},

Please put on record that if the EC goes ahead with merging Cold Norton branch into Marston Vale I will resign as branch secretary with immediate effect, and I suspect half the branch will go with me. Twelve miles of country lanes between the two villages, and no bus after six.

This is the end of any Labour presence in the villages, and it'll be on the EC's head.

Bernard Coombes
Secretary, Cold Norton branch""",
      tags=("hard-negative", "conditional-not-threat", "angry"))

# 26 --------------------------------------------------------------------------------------
c.add("safety", subject="nice door",
      sender=("watching", "hthly.watch@mail.example.com"),
      fmt="html",
      html_body="""<html><body>
<p>Ms Nair,</p>
<p>Photo attached, taken this morning about 8.05 as you were leaving.</p>
<p><img src="cid:img001" alt="IMG_4471.jpg" width="480"></p>
<p>Lovely blue door. The hanging basket's had it, mind. Your other half should see to that.</p>
<p>You put a lot of people's names and addresses on your canvass lists. Fair's fair.</p>
</body></html>""",
      body="",
      tags=("html-only", "implicit", "doxxing"))

# 27 --------------------------------------------------------------------------------------
c.add("other", subject="May",
      sender=c.person("Maggie", "Oduya"),
      body="""Priya love, just wanted to say what a tonic the branch meeting was last night. First time in ages I've felt we might actually do it. I hope the Tories in Marston Vale get everything that's coming to them in May, and I hope I'm at the count to watch their faces! Mags x""",
      tags=("hard-negative", "metaphor"))

# 28 --------------------------------------------------------------------------------------
c.add("safety", subject="Re: Re: canvassing Abbeyfields - sheets for Saturday",
      sender=("Jan Kowalczyk", "jan.kowalczyk@gmail.com"),
      body=c.quote_reply(
          f"""Priya, Malcolm - I'm replying to all of you because I think everyone going out on Saturday needs to see what Mr Beddoes said to Femi on the doorstep in Abbeyfields last week, which Femi wrote down as soon as he got back to the car (below). Femi's fine but he was shaken. I've put a DO NOT KNOCK on 14 Larch Way. Please nobody go down that cul-de-sac alone.

Jan""",
          """Jan - for the log, as near word for word as I can remember. 14 Larch Way, Mr Beddoes, 70s:

"You lot again. I told the last one. I've got a garage full of tools and a lot of time on my hands, son, and I know what your little red car looks like now. You come up my drive one more time and you'll go back down it in a different shape. Tell your MP that too."

He then stood at the end of the drive and watched me until I'd got to the end of the road.

Femi""",
          quoted_from="Femi Adewale <femi.adewale@outlook.com>", style="gmail"),
      tags=("quoted", "third-party-report", "explicit"))

# 29 --------------------------------------------------------------------------------------
c.add("bulk", subject="Google Alert - \"Hatherley Labour\"",
      sender=("Google Alerts", "googlealerts-noreply@google.com"),
      fmt="html",
      html_body="""<html><body style="font-family:Arial,sans-serif">
<div style="font-size:18px;color:#666">Google Alerts</div>
<div style="font-size:14px;margin:10px 0">"Hatherley Labour"</div>
<div style="font-size:12px;color:#888">Daily update &sdot; 19 November 2026</div>
<hr>
<p style="font-size:11px;color:#888">NEWS</p>
<p><a href="https://www.example-midlandspost.co.uk/news/councillor-threats">Police investigate threats against <b>Labour</b> councillor in Wyre Bridge</a><br>
<span style="font-size:12px">Midlands Post &middot; A district councillor in Wyre Bridge, forty miles from <b>Hatherley</b>, has received a series of threatening letters, police confirmed yesterday. The councillor's party said ...</span></p>
<p><a href="https://www.hatherleyherald.example.co.uk/politics/brookfield-meadows-vote">Brookfield meadows: <b>Hatherley Labour</b> members demand answers</a><br>
<span style="font-size:12px">Hatherley Herald &middot; Members of <b>Hatherley Labour</b> Party have called for an emergency meeting after two councillors backed ...</span></p>
<hr>
<p style="font-size:11px;color:#888">You have received this email because you have subscribed to Google Alerts. <a href="https://www.google.com/alerts/remove?example">Unsubscribe</a></p>
</body></html>""",
      body="",
      tags=("hard-negative", "news-about-threats", "robot-no-list-headers", "html-only"))

# 30 --------------------------------------------------------------------------------------
c.add("safety", subject="New voicemail from 07700 900 561",
      sender=("Hatherley CLP Voicemail", "voicemail@vm.phonebox.example.net"),
      headers={"Auto-Submitted": "auto-generated"},
      body="""You have a new voicemail.

From: 07700 900 561
Received: Tuesday 23:47
Duration: 0 min 41 sec
Mailbox: Hatherley Labour office

Transcription (may contain errors):
"Yeah hello this is for the labour party. I've been reading about your councillor, Adrian Pike, on the group. Cold Norton. Orchard Rise. Lives with his wife and the two girls yeah. Tell him we've been past tonight, the lights were on upstairs. Tell him to leave the porch light on for us next time. We'll be back when he's least expecting it. Cheers then."

Listen to this message: https://vm.phonebox.example.net/m/88213ab
To stop voicemail emails, change your settings in the Phonebox portal.""",
      tags=("embedded", "implicit", "veiled"))

# 31 --------------------------------------------------------------------------------------
c.add("urgent", subject="MP visit tomorrow - venue needs insurance cert by 5 TODAY",
      sender=c.person("Rachel", "Osei"),
      body=f"""Priya,

Just spoken to St Aldhelm's church hall. They will NOT let us in for Joanne's visit tomorrow morning unless they have a copy of our public liability insurance certificate by 5pm today. They say it was in the booking terms (it was, I've checked, my fault).

I don't have a copy. Do you? Or does the treasurer? If not, who's the insurer so I can phone them? Joanne's office has already sent out the press release with the venue on it.

Rachel""")

# 32 --------------------------------------------------------------------------------------
c.add("query", subject="change of address",
      sender=c.person("Stuart", "Lamb"),
      body="""Hello, I've moved from 18 Canal Street to Flat 4, Wharfside House, Wharf Road (same town!). Can you update my details, and will I still be in the same branch? Thanks, Stuart Lamb""")

# 33 --------------------------------------------------------------------------------------
c.add("bulk", subject="Out of office",
      sender=c.person("Jan", "Kowalczyk"),
      headers=c.autoreply_headers("gmail"),
      body="""Hi, I'm away visiting family in Gdańsk until 2 December with very little signal. For anything about Abbeyfields branch please contact Rachel Osei. Jan""",
      tags=("ordinary",))

# 34 --------------------------------------------------------------------------------------
c.add("complaint", subject="URGENT!!! no ballot paper",
      sender=c.person("Veronica", "Haig"),
      body="""URGENT

Every other member of Kingsmead branch I've spoken to has had their ballot paper for the CLP officer elections. I haven't. I have been a member for 31 years and I have never missed an AGM.

This is the second year running. Last year my membership was "lost in the system" for three months. I'm beginning to think somebody would rather I didn't vote.

Veronica Haig""",
      also=("query",),
      tags=("confuser", "urgent-subject-complaint"))

# 35 --------------------------------------------------------------------------------------
c.add("procedural", subject="apols + abbeyfields",
      sender=c.person("Rachel", "Osei"),
      body="""Apologies for GC Thurs, parents evening. Abbeyfields report: 2 sessions, 310 doors, 4 new members, and we'd like the GC to note that Larch Way is now a no-knock street for safety reasons (Jan has details). R

Sent from my iPhone""",
      tags=("noisy",))

# 36 --------------------------------------------------------------------------------------
c.add("bulk", subject="Your order: Hatherley Labour Christmas Social (2 tickets)",
      sender=("Eventbrite", "noreply@order.eventbrite.com"),
      fmt="alt",
      body="""You're going to Hatherley Labour Christmas Social!

Order #8841205563 - 2 x General Admission (£12.00 each)
Sat 13 Dec 2026, 19:00 - 23:00
Unity Hall, 4 Mill Lane, Hatherley

Total: £24.00 (incl. £1.46 fees)

View your tickets in the Eventbrite app.
This email was sent to secretary@hatherleylabour.org.uk.
Eventbrite, 535 Mission Street, San Francisco, CA 94105""",
      tags=("confuser", "robot-no-list-headers"))

# 37 --------------------------------------------------------------------------------------
c.add("data-protection", subject="photo of my kids on your leaflet",
      sender=c.person("Danielle", "Kerslake"),
      body="""Hi

Your latest "Marston Vale Matters" leaflet has a big photo on the back of the summer fun day with Councillor Pike and some kids on the bouncy castle. Two of those kids are mine. Nobody asked me, nobody asked them, and now it's been through 3,000 letterboxes including my ex-partner's.

I'd like to know why you didn't ask, and I don't want it used again anywhere, including your Facebook page where it's also up.

Danielle Kerslake""",
      tags=("confuser", "dp-no-legal-words"))

# 38 --------------------------------------------------------------------------------------
c.add("query", subject="how to be delegate",
      sender=("Joana Ferreira", "joana.ferreira.hth@gmail.com"),
      body="""Hello Priya, good afternoon,

I am member since one year in Marston Vale branch. I would like to know how I can become a delegate for the General Committee. Is it by election in the branch or somebody choose? And when is the next time to apply? I work in the hospital so I can only come when I am not on night shift, is this a problem?

Thank you very much,
Joana""",
      tags=("non-native",))

# 39 --------------------------------------------------------------------------------------
c.add("bulk", raw=c.bounce("b.coombes@coldnorton-mail.example.co.uk",
                           reason="552 5.2.2 <%s>: Mailbox full, quota exceeded",
                           orig_subject="Branch merger consultation - your views"),
      body=None, tags=("ordinary",))

# 40 --------------------------------------------------------------------------------------
c.add("other", subject="Sad news - Alf Whitlock",
      sender=c.person("Pauline", "Whitlock"),
      body=f"""Dear Priya,

I'm sorry to tell you that Dad, Alf Whitlock, died peacefully on Sunday at the Abbeyfields care home. He was 94. He often said he was the last of the men who re-founded the Hatherley party after the war, and he was very proud of his 75-year badge.

The funeral is at Hatherley Crematorium on Friday 28th at 11.30, and afterwards at the Unity Hall, which he'd have liked. Members are very welcome. No flowers, donations to the food bank please.

With best wishes,
Pauline Whitlock""",
      tags=("ordinary",))

# 41 --------------------------------------------------------------------------------------
c.add("complaint", subject="Meetings on Zoom only",
      sender=c.person("Harold", "Finch"),
      body=f"""Dear Ms Nair,

I see from the newsletter that Marston Vale branch meetings are now to be held "online only" from January to save the room hire.

I am 83. I do not have a computer, I have a telephone which is attached to the wall. I have attended branch meetings for fifty years and it seems I am now not to attend them at all. I doubt I'm the only one.

I should like to know who made this decision and whether anyone considered members like me before making it.

Yours sincerely,
H. Finch""",
      also=("query",),
      tags=("ordinary",))

# 42 --------------------------------------------------------------------------------------
c.add("bulk", subject="[Hatherley Trades Council] December meeting + Unison picket",
      sender=("Hatherley Trades Council", "secretary@hatherleytuc.example.org.uk"),
      headers=c.list_headers("Hatherley Trades Council", domain="lists.hatherleytuc.example.org.uk"),
      body="""Dear affiliates and friends,

1. December delegate meeting: Tuesday 9th, 7.30pm, Unity Hall. Guest speaker from the FBU on the fire station review.

2. Solidarity: Unison members at Hatherley General are holding a lunchtime picket on Thursday 4th, 12-1, main entrance, over agency staffing. Please come if you can.

3. Christmas collection for the food bank: bring tins to the December meeting.

In solidarity,
Mick Farrant
Secretary, Hatherley Trades Union Council

---
To unsubscribe from this list, email hatherleytuc-leave@lists.hatherleytuc.example.org.uk""",
      tags=("ordinary",))

# 43 --------------------------------------------------------------------------------------
c.add("urgent", subject="key for tonight - Malcolm's ill",
      sender=c.person("Gemma", "Treharne"),
      body="""Priya, Malcolm's got a temperature of 39 and isn't going anywhere tonight. He's got the only key to the Unity Hall that I know of and the phone bank starts at 6.30 with 14 people booked. Is there another key? Does the caretaker live nearby? I can drive over and collect it if you tell me where. Gemma (Malcolm's wife)""")

# 44 --------------------------------------------------------------------------------------
c.add("data-protection", subject="stop emailing me",
      sender=c.person("Craig", "Lockett"),
      body="""I have clicked unsubscribe on your newsletter THREE times and I'm still getting it. I signed a petition about the Brookfield bus in 2024, I never joined anything. Stop using my email and delete it. Thanks.""",
      tags=("confuser", "dp-no-legal-words"))

# 45 --------------------------------------------------------------------------------------
c.add("procedural", subject="Amendment to the Brookfield meadows motion",
      sender=c.person("Ruth", "Okonjo"),
      body=f"""Dear {SEC},

Kingsmead branch wishes to move the following amendment to the Brookfield branch motion on the meadows development:

Delete "condemns the councillors who voted for the application" and insert "regrets the decision of the planning committee".

Add at the end: "and asks the Labour group to press for at least 40% genuinely affordable housing in the section 106 agreement, and for the retention of the northern meadow as public open space."

Moved: Ruth Okonjo. Seconded: Ravi Chauhan.

Ruth""")

# 46 --------------------------------------------------------------------------------------
c.add("other", subject="wrong people probably - bulky waste",
      sender=c.person("Eileen", "Pratt", "btinternet.com"),
      body="""Dear Council

Could you please collect an old three piece suite and a fridge from 41 Beech Road Brookfield. The man said to email but I think I have the wrong address as this is the Labour one. I did vote for you.

Regards Mrs E Pratt""",
      tags=("ordinary",))

# 47 --------------------------------------------------------------------------------------
c.add("query", subject="Christmas social - plus one?",
      sender=c.person("Marcus", "Whitfield"),
      body="""Hi Priya, can I bring my partner to the Christmas social? He's not a member (yet...). Also is it a sit-down meal or a buffet? Cheers, Marcus""")

# 48 --------------------------------------------------------------------------------------
c.add("other", subject="Thank you from Brookfield Community Pantry",
      sender=("Sunita Mehra", "brookfieldpantry@gmail.com"),
      body=f"""Dear {SEC} and all at Hatherley Labour,

On behalf of the volunteers at Brookfield Community Pantry, thank you for the £300 from the quiz night and the car boot full of tins from your members. It arrived just as our shelves were emptier than they've ever been. We're now seeing 140 households a week, up from 90 this time last year.

If any of your members would like to volunteer on Tuesday or Friday mornings, they'd be very welcome.

With warm thanks,
Sunita Mehra
Coordinator""",
      tags=("ordinary",))

# 49 --------------------------------------------------------------------------------------
c.add("complaint", subject="MP's vote on welfare",
      sender=c.person("Owen", "Radley"),
      body="""Priya,

I'd like the CLP to get an explanation from Joanne Whitcombe about last week's vote on the welfare bill. She told the GC in September that she would "never vote to take money from disabled people". Last Tuesday she did exactly that.

I'm not interested in a press release. I'd like her to come to a members' meeting and explain it face to face. Will she? And if she won't, will the CLP pass a motion asking her to?

Owen Radley
Marston Vale""",
      also=("query",),
      tags=("confuser", "complaint-as-query"))

# 50 --------------------------------------------------------------------------------------
c.add("bulk", subject="Your November statement is ready",
      sender=("Unity Mutual Bank", "no-reply@statements.unitymutual.example.co.uk"),
      fmt="html",
      html_body="""<html><body style="font-family:Arial;font-size:13px">
<p>Dear HATHERLEY CONSTITUENCY LABOUR PARTY,</p>
<p>Your statement for account ending <b>4471</b> for the period 1 to 30 November 2026 is now available to view in Online Banking.</p>
<p>For your security, we will never ask you for your full password or PIN by email.</p>
<p style="color:#888;font-size:11px">Please do not reply to this email. This mailbox is not monitored. Unity Mutual Bank plc is authorised by the Prudential Regulation Authority.</p>
</body></html>""",
      body="",
      tags=("confuser", "robot-no-list-headers", "html-only"))

c.write()
