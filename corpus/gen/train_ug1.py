"""train/ug1: topical mail of 2026, part 1 (Wrexby & Saltmarsh CLP, a coastal seat on the east
coast). All content hand-written.

The year as a CLP secretary lives it in a seaside town where Reform UK took the county council
and a Labour councillor has defected: the asylum hotel on the Esplanade and the protests and
counter-protests outside it, a council by-election on the Brackenholme estate, Gaza motions,
PIP and welfare cuts, digital ID, winter fuel. 40 non-threats across every category but
safety (furious policy letters, stewarding questions, motions condemning violence, news about
attacks on other politicians, general worries about stalls, hard negatives in the year's
language), then 20 safety messages tied to the same issues: open, veiled, conditional and
reported; doxxing in Telegram and Facebook groups; a man photographing cars; a parcel.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ug1", seed=6901)
# Our own invented CLP (seaside town + marsh villages), replacing mailkit's default pick.
c.clp = ("Wrexby & Saltmarsh CLP", "Carole Ashdown", "secretary@wrexbysaltmarshlabour.org.uk")
P = c.person
SEC = "Carole Ashdown <secretary@wrexbysaltmarshlabour.org.uk>"
T = "topical"
HN = ("topical", "hard-negative")

# ============================================================ complaint

# 1 long PIP letter, "death sentence" metaphor
c.add("complaint", subject="The PIP changes - a letter I want passed to Rachel Dunmore",
      sender=P("Lorraine", "Skeldon"), tags=HN + ("metaphor", "angry", "long"),
      body="""Dear Carole,

I am sorry to send you something this long. I have tried to write it short three times and every time it comes out longer, so here it is.

I have been a member of the party in Wrexby since 2015. I joined for Jeremy if I am honest, stayed through everything after, and I stood at the polling station on Marsh Lane in 2024 from seven in the morning with my stick and my folding chair because I believed, really believed, that a Labour government would not do to people like me what the last lot did.

I have fibromyalgia and a spinal condition that means on a bad day I cannot lift a kettle. I get the standard rate of the daily living part of PIP. It is not a fortune. It pays for the taxi to the hospital in Grimsford when the bus does not run, which on a Sunday is always. It pays for the cleaner who comes for two hours every fortnight because I cannot hoover. It pays for the heated airer because I cannot get washing on a line.

Now I read that the reassessments are coming and that the "points" are being looked at again, and the Minister goes on the radio to say it is about "fairness" and "getting people back into work". I WOULD LOVE TO WORK. I was a dental nurse for nineteen years. Nobody in Wrexby is going to employ a dental nurse who has to lie on the floor for forty minutes when her back goes.

I know what people will say. They will say it has been watered down, that there is a review, that existing claimants are protected for now. For now. Everyone I know in the support group on a Thursday at the Carrfield community centre is living "for now". One woman there has stopped opening her post. Another one told me she has worked out which of her tablets she could stop taking if she needed to save money. This policy, the way it is being talked about, is a death sentence for disabled people in towns like this, where there is no work that fits round a body that does not work, and I want Rachel to hear me say that.

I am not writing to say I am leaving. I am not leaving. I am writing because I want three things:

1. I want this letter passed to Rachel Dunmore, not to a caseworker, to her.
2. I want the CLP to put something on the GC agenda about what we are actually saying on the doorstep when people ask us about this, because I was out in Brackenholme for the by-election and I did not know what to say and I do not think anybody else did either.
3. I want someone from the CLP to come to the Thursday support group and listen for an hour. Not talk. Listen.

I was proud to be Labour when we won. I would like to be proud again. At the moment I am embarrassed to wear the rosette, and I have worn it for ten years.

Yours,
Lorraine Skeldon
Carrfield branch""")

# 2 curt: defection handled badly; "slaughtered" metaphor
c.add("complaint", subject="Halloran", sender=("Mick Tarrant", "micktarrant@btinternet.com"),
      tags=HN + ("metaphor",),
      body="""Carole

Dean Halloran crosses the floor to Reform on the Tuesday and the CLP says NOTHING until the Friday. Three days. The Mercury had his "why I left Labour" piece on the front page and we had a two line statement on Facebook that looked like it was written by the council comms team.

Reform will get hammered in North Dunes at the next election IF we actually go out and tell people what he did. Sitting on our hands is how we lose it.

Who decided to say nothing? I want to know.

Mick""")

# 3 public anger at councillor at counter-protest, political consequence, "watch this space"
c.add("complaint", subject="Cllr Oduya at the hotel on Saturday", sender=P("Sharon", "Pinder", "hotmail.co.uk"),
      tags=HN + ("angry", "political-consequence"),
      body="""To the Labour Party,

I live on Rope Walk, two streets from the Esplanade Hotel, and I want it on record that your councillor Maxine Oduya does NOT speak for me or for anyone I know.

On Saturday she stood outside that hotel with the "refugees welcome" lot and gave a speech through a megaphone about how the people protesting were "not Wrexby". I AM Wrexby. My family has been on this coast four generations. I was on the other side of the road with my daughter and a Union Jack and I'm not a fascist, I'm a mum who doesn't feel safe walking her kids past 180 single men on the seafront of a holiday town in the middle of the summer.

She has been our councillor for six years and never once knocked my door. Now she's on the front of the Mercury.

I have been Labour all my life. My dad was NUM. Not any more. She is up for election in 2027 and I will be making sure every single person on Rope Walk and Fisher Row remembers that Saturday when they go in the booth. Watch this space.

Sharon Pinder""")

# 4 left member: weak statement on hotel protests, quoted reply
c.add("complaint", also=["procedural"], subject="Re: CLP statement on the Esplanade protests",
      sender=P("Ravi", "Menon"), tags=HN + ("quoted",),
      body=c.quote_reply(
          """Carole, with respect, this is not good enough.

"We recognise the genuine concerns of residents on all sides" - all sides? One side is a group of frightened people in a hotel who can't leave the building without being filmed, and the other side includes men who were chanting things on Saturday I won't repeat. There aren't two sides to that.

Maxine went down there and stood in the rain and did what a Labour councillor should. The CLP's statement reads as if we are embarrassed by her. I know regional told us to "keep it local and keep it calm". Fine. But calm doesn't mean hedging.

I'm going to move at the GC that we withdraw the statement and replace it with one that backs Maxine by name. I'll send the wording tonight. If the officers want to oppose it, they can do it in the room.

Ravi Menon
Old Harbour branch""",
          """Dear all,

Following discussion among the officers, the following statement has been posted on the CLP's website and Facebook page:

"Wrexby & Saltmarsh Labour recognises the genuine concerns of residents on all sides about the use of the Esplanade Hotel. We urge everyone to express their views peacefully and lawfully, and we continue to press the Home Office for a clear timetable to end the use of hotels."

Best wishes,
Carole""", quoted_from=SEC, style="gmail"))

# 5 webform from public - "blood on your hands", hotels, no threat
c.add("complaint", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to=("Terence Bowe", "tbowe1956@aol.com"),
      tags=HN + ("webform", "metaphor", "angry", "noisy"),
      body=c.webform({
          "Name": "Terence Bowe",
          "Email": "tbowe1956@aol.com",
          "Postcode": "WX4 2JD",
          "Subject": "the hotel",
          "Message": """TWO YEARS your government has been "ending hotels". Two years. The Esplanade is still full, the pier is dead, the B&Bs either side have lost their summer trade and you lot just keep saying "we inherited it". You've had long enough.

This town is being killed off and Labour have got its blood on their hands. The Tories started it, you carried it on, Reform are the only ones even talking about it round here and I'll be voting for them for the first time in my life in May.

I want a reply from an actual person telling me the date that hotel closes. A DATE.""",
      }, form="Contact your local Labour Party"))

# 6 selection row, regional parachute, NEC
c.add("complaint", subject="Brackenholme by-election candidate - how was this decided?",
      sender=P("Denise", "Wragg"), tags=HN + ("political-consequence",),
      body="""Carole,

I want to put in writing what I said to you on the phone on Sunday, because I don't think you took it seriously.

Brackenholme branch met on 4th and nominated Kath Ellery for the by-election, 11 votes to 2. Kath has lived on the estate for thirty years, runs the food larder at St Wilfrid's and knows every family on the Crescent. On the 9th we were told by email that the "by-election panel" (which panel? who's on it?) had "in consultation with the regional office" selected Josh Ferriby. Josh is a lovely lad. He lives in Grimsford. He has been a member for eighteen months. He works for an MP in London.

Nobody from the branch was on the panel. Nobody asked us. We found out from a WhatsApp.

I've been a member 26 years and branch secretary for 9 of them. I'm not going to be told this is how it's done now.

I want the minutes of the panel, the names of who sat on it and on what authority. I have copied my letter to the regional director and if I don't get an answer I'll take it to the NEC. And I won't be organising the Brackenholme knock-up for a candidate the branch didn't choose. Someone else can do it.

Denise Wragg
Secretary, Brackenholme branch""")

# 7 winter fuel, elderly, caps
c.add("complaint", subject="WINTER FUEL AGAIN", sender=("Ron Ingledew", "r.ingledew@talktalk.net"),
      tags=HN + ("angry", "noisy"),
      body="""Dear Sirs

They gave it back to SOME of us after all the fuss, and now I'm told that because I have a small pension from the gas board I'll have it TAKEN BACK off me through the tax. I didn't ask for it then I didn't ask to pay it back. I am 83 and I do not understand the letter from HMRC and nobody on the phone does either.

I voted Labour in every election since Wilson. I will be at your AGM at the Seafront Methodist hall and I will be asking your MP in front of everybody why a man of 83 needs a computer and a accountant to get £200 for his gas.

Yours faithfully
R. Ingledew (Mr)
North Dunes""")

# 8 digital ID, member threatens to resign, "burn" benign
c.add("complaint", subject="Digital ID. Seriously?", sender=P("Fern", "Cattermole"),
      tags=HN + ("benign-violent-word", "resignation-ultimatum"),
      body="""Hi Carole,

Quick one but I'm properly angry so bear with me.

I spent three years at uni campaigning against ID cards with the Lib Dems (sorry) and then joined Labour because I thought it was the party of civil liberties in practice. Now we're going to make every person in the country carry a government app to get a job? In a town where half the older residents can't work the NHS app and the other half don't trust anything with a government logo on it?

I knocked 300 doors in Brackenholme. You know what came up most after the hotel? "You lot want to track us." Reform are running their whole by-election leaflet on it and honestly they're not wrong on this one.

I've written to Rachel. If she votes for the bill I'm done. I'll burn my membership card on the prom and post the video (joke, mostly - it's a plastic card, it'll just smell).

Can the CLP at least debate it at the next GC? Or is that not allowed either?

Fern""")

# ============================================================ query

# 9 stewarding counter-protest
c.add("query", subject="Stewarding on Saturday - what are we allowed to do?",
      sender=P("Alison", "Grundy"), tags=(T, "confuser", "safety-topic-query"),
      body="""Hi Carole,

A few of us from Old Harbour branch are planning to go down to the counter-demo outside the Esplanade on Saturday (the Stand Up to Racism one, 11am). Couple of questions before we do:

- Is the CLP officially supporting it, or are we going as individuals? Can we take the branch banner?
- SUTR have asked for volunteer stewards. If a Labour member stewards, is there anything from the party about that? Insurance, training, anything?
- Is anyone from the CLP liaising with the police beforehand? Last time the two groups ended up about ten yards apart on the crossing and nobody seemed to know who was in charge.
- Maxine said she might speak again. Is that happening?

Not trying to make work for you, just want to do it properly.

Thanks,
Ali""")

# 10 general worry about street stall, no threat made
c.add("query", subject="street stall on the prom - any guidance?", sender=P("Pat", "Holmes", "yahoo.co.uk"),
      tags=HN + ("safety-worry-no-threat",),
      body="""Hello Carole

I'm down to run the Saturday stall by the clock tower again next month. Nothing has happened to us, I want to be clear, nobody has said anything nasty beyond the usual "traitors" muttering from the odd passer-by. But the mood on the seafront is not what it was, with the hotel and everything, and two of my regulars are ladies in their seventies.

Is there any guidance from the party about stalls these days? Should we always have a man there, should we let the police know when we're out, should we have a phone number to ring? I'd rather ask now than wish I had.

Thanks
Pat Holmes""")

# 11 non-native Polish, EU citizen helping
c.add("query", subject="can I help with election?", sender=P("Tomasz", "Zielinski", "gmail.com"),
      tags=(T, "non-native"),
      body="""Hello,

My name is Tomasz, I live in Brackenholme since 2014, I work at the fish factory on night shift. I join Labour Party last month on the internet. I am Polish citizen with settled status.

I see on Facebook there is by-election in my ward. Many Polish and Lithuanian people in Brackenholme but nobody speak to them, only Reform leaflet come. I can help to speak with them in Polish, I have day free Tuesday and Wednesday.

Question - I am allowed to do this if I am not British? And can I vote in this election? My neighbour say EU people cannot vote anymore after Brexit but I think for council is ok?

Thank you
Tomasz""")

# 12 bring teenage son, "hit the doors"
c.add("query", subject="Under 18s canvassing?", sender=P("Gemma", "Thirkell"),
      tags=HN + ("benign-violent-word",),
      body="""Hiya, my lad is 15 and after all the stuff at school about the hotel protests he's suddenly desperate to get involved and hit the doors with me on Sunday in Brackenholme. Is he allowed? Does he need to be a member (he can't be yet I think?). He's sensible, I'd keep him with me the whole time. Gem x""")

# 13 change of address + dues, brief two-child mention
c.add("query", subject="moving house + direct debit", sender=P("Kirsty", "Bramley"),
      tags=(T,),
      body="""Hi,

I'm moving from Seafront ward to Saltmarsh (Mill Lane) on the 28th. Do I need to tell you or national or both? And will I be moved to a different branch?

Also I'm on the reduced rate because I'm on UC and with the two-child limit going at last I might be a bit better off from April - does that mean I have to go back to full dues? Not complaining, just don't want to be fiddling it.

Ta
Kirsty""")

# 14 Palestine march banner
c.add("query", also=["procedural"], subject="Palestine march 14th - Labour banner?", sender=P("Yasmin", "Haddad"),
      tags=(T,),
      body="""Dear Carole,

The Wrexby Palestine Solidarity group are holding their monthly march from the station to the clock tower on the 14th. A number of us in the CLP will be marching.

Could you let me know:
1. Whether the CLP has ever formally affiliated to the PSC or passed anything that would let us march behind a CLP banner?
2. If not, what would we need to do to put that to the GC?
3. Whether there is any party guidance we should be aware of about chants, placards etc. I know there's been trouble in other places with people being arrested over signs and I don't want any member to get into difficulty.

Thank you,
Yasmin Haddad
Seafront branch""")

# 15 webform, which councillor
c.add("query", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to="jdarnell.wrexby@outlook.com", tags=(T, "webform"),
      body=c.webform({
          "Name": "J Darnell",
          "Email": "jdarnell.wrexby@outlook.com",
          "Postcode": "WX3 9QL",
          "Subject": "who is my councillor",
          "Message": "I live on Cliff Terrace, who is my councillor and is it Labour or is it that Halloran who went Reform. I want to ask them about the hotel lease and also the bins.",
      }))

# ============================================================ procedural

# 16 motion condemning violence at the hotel
c.add("procedural", subject="Motion for GC - violence and intimidation at the Esplanade Hotel",
      sender=P("Bernie", "Clough"), tags=HN + ("news-about-threats",),
      body="""Carole,

Please find below a motion passed unanimously at Old Harbour branch on Monday (proposer Bernie Clough, seconder Ravi Menon) for the next GC.

---

ESPLANADE HOTEL: CONDEMNING VIOLENCE AND INTIMIDATION

This GC notes:
- that on 23 August a fire door of the Esplanade Hotel was forced during a protest and a window on the ground floor was smashed;
- that residents of the hotel, including families, have reported being filmed, followed to the shops and shouted at;
- that Cllr Maxine Oduya has received abuse online after speaking at a peaceful counter-protest;
- that a volunteer from the Wrexby Welcome group was pushed to the ground outside the hotel on 6 September.

This GC believes:
- that residents have every right to raise concerns about the use of hotels, and to protest peacefully;
- that violence, intimidation and threats against hotel residents, councillors, volunteers or anyone else are never acceptable and must be condemned without qualification.

This GC resolves:
- to condemn the violence of 23 August and 6 September;
- to send a message of solidarity to Cllr Oduya;
- to ask the MP to press the Home Office for a published date for ending the use of the hotel and for proper community engagement in the meantime;
- to ask the police to meet the CLP officers about safety at future protests and counter-protests.

---

Thanks,
Bernie Clough
Women's Officer and Old Harbour branch secretary""")

# 17 apologies, picket line
c.add("procedural", subject="Apologies - GC Thursday", sender=P("Gavin", "Rudd"),
      tags=(T,),
      body="""Apologies for Thursday, I'm on the picket at the Grimsford depot till 10. Bins out again, it'll be week six. Can someone proxy my vote on the hotel motion - for it.

Gav (Carrfield delegate)""")

# 18 amendment to a Gaza motion
c.add("procedural", subject="Amendment to the North Dunes motion on Gaza", sender=P("Harold", "Levene"),
      tags=(T,),
      body="""Dear Secretary,

On behalf of Saltmarsh branch I submit the following amendment to the North Dunes motion "Gaza: End Arms Sales Now", for the September GC. Saltmarsh branch agreed it on 2 September (11 for, 3 against, 1 abstention).

Amendment:

In the third paragraph, after "calls on the Government to suspend all arms export licences to Israel", insert:

"; to press for the immediate and unconditional release of all remaining hostages; and to support a two-state solution with a recognised, viable State of Palestine alongside a secure State of Israel"

In the fourth paragraph, delete "condemns the Labour leadership for its complicity" and insert "urges the Labour leadership to go further".

Add a new final paragraph:

"This GC also condemns the rise in antisemitic and Islamophobic incidents in the UK since October 2023, including in Lincolnshire, and commits the CLP to working with local faith groups."

Mover: Harold Levene
Seconder: Anita Curry

I would be grateful for confirmation that this has been received in time.

Yours sincerely,
Harold Levene
Saltmarsh branch""")

# 19 nomination for AGM
c.add("procedural", subject="Nomination - Political Education Officer", sender=P("Zainab", "Khalil"),
      tags=(T,),
      body="""Hi Carole,

I would like to nominate myself for Political Education Officer at the AGM. Seconded by Alison Grundy (Old Harbour). Nomination form attached, though I'm not sure the attachment went through last time so I'm pasting the statement here too:

"This year every one of us has been asked on the doorstep about Reform, about the hotels, about Gaza, about benefits, and most of us have stumbled. I want to run short monthly sessions - one hour, one issue, with facts and honest answers - so members can talk to their neighbours with confidence. First three: asylum and hotels, the welfare bill, and how to talk to a Reform voter without a row."

Thanks!
Zainab Khalil""")

# 20 minutes draft with security item
c.add("procedural", subject="Draft minutes - Executive Committee 11 September (for checking)",
      sender=P("Neil", "Sowerby"), fmt="alt", tags=HN + ("news-about-threats",),
      body="""Carole, draft EC minutes below for your check before they go to members. Please shout about anything wrong by Friday.

WREXBY & SALTMARSH CLP - EXECUTIVE COMMITTEE
Thursday 11 September, 7.30pm, Seafront Methodist Hall (back room)

Present: G Tuckwell (Chair), C Ashdown (Sec), S Vyas (Treasurer), B Clough, O Pengelly, N Sowerby (minutes)
Apologies: M Oduya, J Whitlam

1. Minutes of last meeting - agreed.

2. Matters arising - the Chair reported that Dean Halloran's resignation from the party had been formally received by national. His seat on the EC (Local Government rep) is vacant.

3. Brackenholme by-election - O Pengelly reported 1,840 contacts so far. Reform "very strong" on the Crescent and the flats. Leaflet 3 at printers. Polling day agent still needed.

4. Security at meetings and events - The Chair reported a conversation with the neighbourhood inspector following the events at the Esplanade Hotel and the national news about attacks on MPs' offices. Police advice: keep meeting venues off public social media until the day, have a named contact for each event, report any incident however small. B Clough asked that women canvassers are never sent out alone. Agreed. The Secretary to circulate the party's candidate and volunteer safety guidance to branch secretaries.

5. Statement on the Esplanade protests - discussed; to be considered at GC with the Old Harbour motion.

6. Treasurer's report - balance £4,212.60. By-election spend to date £1,130.

7. AOB - none.

Meeting closed 9.20pm.""")

# 21 emergency motion welfare bill, "political suicide"
c.add("procedural", also=["complaint"], subject="Emergency motion - welfare bill vote next week",
      sender=P("Ollie", "Pengelly"), tags=HN + ("metaphor",),
      body="""Carole,

Carrfield branch would like the following accepted as an emergency motion at Thursday's GC. It couldn't have been submitted within the deadline because the second reading was only announced on Monday.

"This GC calls on Rachel Dunmore MP to vote against any measure in the forthcoming welfare bill that reduces the income of existing disabled claimants, and to make her position public before the vote."

Speaking personally as campaign coordinator, and not as the branch: I have spent six weeks on the doorstep in Brackenholme. Voting through another round of disability cuts six months before the county by-elections would be political suicide in this seat. Reform don't have to do anything. We'd be doing it for them.

Ollie""")

# 22 delegate report from regional conference, candidate safety session
c.add("procedural", subject="Delegate report - regional conference, Saturday", sender=P("Sunita", "Vyas"),
      fmt="html", tags=HN + ("news-about-threats", "html-only"),
      body="""Report to the GC from the CLP delegates (S Vyas, R Menon)

The regional conference was held at the Lincoln Drill Hall. Around 240 delegates.

Morning: the General Secretary's address focused on the May elections and on "winning back the towns". Lots on Reform: internal polling shows them ahead in most of our coastal seats. Key line: "don't talk about them, talk about us".

Workshop 1 - Candidate and volunteer safety. Led by the party's safety team and a retired police officer. Frank session. They described what has happened to candidates elsewhere in the country since 2024: offices vandalised, a councillor in the north west who had her home address posted online, canvassers followed back to their cars. The advice: always canvass in pairs; never post live locations; keep a log of incidents; report threats to the police and to the party's safety inbox; candidates can ask for their home address to be withheld from ballot papers. I have the slides and will circulate.

Workshop 2 - Talking about immigration on the doorstep. Mixed. Some delegates felt the line was too close to Reform's.

Motions: the Gaza composite was ruled out of order for timing. Several delegates walked out.

Sunita Vyas (Treasurer) and Ravi Menon""")

# ============================================================ urgent

# 23 GC venue pulled tonight
c.add("urgent", subject="GC TONIGHT - Seaview Club have pulled out", sender=P("Graham", "Tuckwell"),
      tags=(T, "confuser"),
      body="""Carole - just had a call from Dawn at the Seaview Social Club. Her committee met at lunchtime and they've cancelled our booking for tonight. She was apologetic but said after what happened outside the hotel on Saturday they "don't want to be seen taking sides" and they're worried about people turning up. Nobody's said anything to them, she just doesn't want the hassle.

That leaves us with nowhere for 7.30 and the hotel motion on the agenda. Can you try the Methodist hall (Rev Sarah) and I'll try St Wilfrid's? Then we need a text round to all delegates by 5pm at the latest.

G""")

# 24 leaflets collection
c.add("urgent", subject="Brackenholme eve-of-poll leaflets - collection 7am tomorrow",
      sender=("Marsh Print Ltd", "orders@marshprint.co.uk"), tags=(T,),
      body="""Hi Carole,

Your eve-of-poll run (3,200 x A5 "Polling day is tomorrow", Brackenholme by-election) is printed and boxed. We shut at 5pm today and we're not open again until Monday, so the only option is collection from the back gate on Dock Road at 7am tomorrow. Steve will be there till 7.45 and no later.

Can you confirm who's collecting? 6 boxes - you'll need a car boot, not a bike.

Regards
Lynne
Marsh Print""")

# 25 press deadline today, defection
c.add("urgent", subject="Mercury - comment needed by 4pm today re Halloran", sender=("Jade Ellwood", "jade.ellwood@wrexbymercury.co.uk"),
      tags=(T,),
      body="""Hi Carole,

Jade at the Mercury. We're running a piece tomorrow on Dean Halloran's first month as a Reform councillor. He's told us he left Labour because the party "no longer listens to people in towns like Wrexby" and that "at least three more" Labour councillors are "thinking about it".

Would the CLP like to comment? I need anything by 4pm today to get it in.

Thanks
Jade Ellwood
Chief reporter, Wrexby Mercury
01632 960412""")

# 26 count agent ill
c.add("urgent", subject="Tomorrow night's count - Pete's in hospital", sender=P("Jo", "Whitlam"),
      tags=(T,),
      body="""Carole, Pete Stannard's been taken into Grimsford General with chest pains, he's ok but he's not going to be at the count tomorrow night. He was our counting agent for Brackenholme and the only one who'd done the training.

Returning officer needs the name of any replacement by noon tomorrow. Can you or Graham do it? I'm the candidate's agent so I can't. Ring me.

Jo""")

# 27 nomination papers, missing signature
c.add("urgent", also=["procedural"], subject="Re: Nomination papers - one signature invalid, closes noon tomorrow",
      sender=P("Kath", "Ellery"), tags=(T, "quoted"),
      body=c.quote_reply(
          """Carole - the elections office just rang me. One of the ten on Josh's nomination paper (no. 7, Mrs Dransfield) isn't on the register at that address any more, she moved to her daughter's in the spring. So we're one short and the paper closes at 12 noon tomorrow.

I know I wasn't happy about the selection but I'm not having us not on the ballot. I've got two people on the Crescent who'll sign tonight. Can you or Josh meet me at the elections office at 9 with the new paper? I'll bring them.

Kath""",
          """Kath, thanks so much for getting the signatures - delivered to the elections office this afternoon, all ten plus proposer and seconder. Fingers crossed!
Carole""", quoted_from=SEC, style="gmail"))

# ============================================================ data-protection

# 28 name on petition never signed
c.add("data-protection", subject="my name on your hotel petition", sender=P("Brenda", "Foulstone"),
      tags=(T, "confuser", "dp-no-legal-words"),
      body="""Hello

A neighbour showed me a Labour leaflet with a list of "Wrexby residents calling for a date to end the hotel" and my name and my street are on it. I never signed any such thing. I may have told a young man on the doorstep that I wanted the hotel closed, that is all.

I do not want my name on anything political, especially about that hotel, with all that is going on. Please take it off and tell me where else you have put it.

B Foulstone""")

# 29 canvass sheet left at bus shelter
c.add("data-protection", subject="Found this in the bus shelter on Crescent Road", sender=P("Lee", "Ackroyd"),
      tags=(T, "confuser", "dp-no-legal-words"),
      body="""Not a member, not a Labour voter, but I thought you ought to know. There was a clipboard sheet in the bus shelter on Crescent Road this morning, soaked but readable. It's got names and door numbers for the whole of Kestrel Court with letters next to them, and notes in biro like "Reform - hostile, don't go back", "wife L, husband R", "asylum - angry", "disabled, needs lift".

I've got it in a plastic bag. My neighbours wouldn't be thrilled to see what your lot wrote about them. Do you want it back or shall I shred it? And do you tell people when this happens?""")

# 30 formal SAR from ex-member who resigned over Gaza
c.add("data-protection", subject="Subject Access Request - Article 15 UK GDPR", sender=P("Hamza", "Qureshi"),
      tags=(T,),
      body="""Dear Data Controller,

I resigned my membership of the Labour Party in March 2026 in protest at the Government's position on Gaza. I understand the CLP continues to hold information about me, including in relation to a complaint I made about a GC meeting in January.

Under Article 15 of the UK GDPR I request copies of all personal data held about me by Wrexby & Saltmarsh CLP and its officers, including emails and WhatsApp messages between officers that refer to me by name or by description, notes of meetings, and any canvassing or contact records.

Please respond within one month. I am content to receive the information electronically.

Yours faithfully,
Hamza Qureshi
14 Harbour View, Wrexby""")

# ============================================================ other

# 31 thanks after by-election loss, "cleaners" metaphor
c.add("other", subject="Thank you, Brackenholme", sender=P("Josh", "Ferriby"),
      tags=HN + ("metaphor",),
      body="""Dear Carole and everyone,

Well, Reform took us to the cleaners on Thursday. 1,204 to 611, with the Tories on 190 and the Greens on 88. I won't pretend I expected to win, but I hoped to be closer.

I want to say thank you. Forty-one people knocked doors for me in three weeks, some of them people who had every reason to be cross about how I was selected and came out anyway - Kath and Denise especially. Kath's nomination paper rescue at 9am was the most Labour thing I've ever seen.

We found people on that estate who haven't been spoken to by any party in years. We have their names now. Let's not wait four years to go back.

With thanks,
Josh""")

# 32 resignation over Gaza
c.add("other", also=["complaint"], subject="Resignation", sender=P("Mariam", "Osei"),
      tags=HN + ("resignation",),
      body="""Dear Carole,

Please accept this as my resignation from the Labour Party with immediate effect.

I have thought about it for a long time. I stayed after the ceasefire vote, stayed after the arms licences, stayed through the summer. I can't stay any longer. I have cancelled my direct debit.

I want to thank you personally, and the Seafront branch, who have always been kind to me. This isn't about any of you.

Mariam""")

# 33 condolence
c.add("other", subject="Eric Gathercole", sender=P("Jean", "Gathercole", "btinternet.com"),
      tags=(T,),
      body="""Dear Carole,

I'm sorry to tell you that Eric passed away on Sunday morning at the hospice. He was 88. He was a member for sixty-one years and I think he'd have wanted you all to know.

He was still asking about the by-election on Thursday. He said to tell you not to be downhearted about Brackenholme, he'd seen worse in 1983, and that Reform were "just the SDP with a worse haircut". He had his rosette on the bedside table.

The funeral is at the crematorium on the 24th at 2pm. He asked for no flowers but donations to the lifeboat. Anyone from the party who knew him would be very welcome, and he'd have liked a red flag on the coffin if someone has one.

Jean""")

# 34 misdirected to Labour thinking it's Reform
c.add("other", subject="volunteering", sender=("Dave", "davidhorncastle@sky.com"),
      tags=(T, "confuser", "misdirected"),
      body="""Hi Reform

I'd like to volunteer to help for your campaign in Wrexby. I am retired, I have a car, and I agree with Nigel about the boats and the hotel. Can I deliver leaflets or put a board in my garden? I'm on Dunes Avenue.

Regards
Dave Horncastle""")

# 35 security firm sales pitch
c.add("other", subject="Event security for political meetings - 2026 rates", sender=("Carl Hebden", "carl@shieldlinesecurity.co.uk"),
      tags=HN + ("news-about-threats", "sales"),
      body="""Good afternoon Carole,

I hope you don't mind me contacting you directly. With everything in the news this year - MPs' surgeries being targeted, councillors having their home addresses shared online, protests outside hotels turning nasty - we've had a lot of enquiries from local political parties of all colours who want a bit of reassurance at public meetings and hustings.

Shieldline provides SIA-licensed door staff for community events across Lincolnshire and the Humber. Two staff for a three-hour evening meeting from £180 + VAT. We are discreet, we don't take sides, and our team have done council meetings, hustings and count venues.

Happy to pop in for a coffee if that's useful.

Kind regards,
Carl Hebden
Shieldline Security Services
07700 900318""")

# ============================================================ bulk

# 36 union bulletin
c.add("bulk", subject="GMB Grimsford Branch Bulletin - Bin Strike Week 6", sender=("GMB Grimsford Branch", "bulletin@gmb-grimsford.example.org.uk"),
      headers=c.list_headers("GMB Grimsford Bulletin", domain="lists.gmb-grimsford.example.org.uk"),
      tags=HN + ("list", "metaphor"),
      body="""GMB GRIMSFORD BRANCH BULLETIN
Week 6 of the refuse strike

1. WHERE WE ARE
The employer's "final" offer still takes £2,800 a year off the loaders' grade. Members rejected it by 94%. We are not going back for less.

2. PICKETS
Dock Road depot, 5.30am daily. Carrfield transfer station, 6am Mon/Wed/Fri. Flasks welcome.

3. THE COUNCIL
The Reform-led county has tried to blame the Labour group on the district. The district hasn't got the power to settle this and they know it. We will take the fight to the county cabinet on the 18th - lobby from 9am.

4. HARDSHIP FUND
£6,410 raised so far. Thanks to Wrexby & Saltmarsh Labour, Unite Community and the Seafront Methodists.

5. AND FINALLY
A reminder that picket line conduct matters. Be firm, be loud, be polite to the public. Nobody wins a strike by losing their temper.

In solidarity,
Branch Committee

You are receiving this because you subscribed to the GMB Grimsford branch bulletin. Unsubscribe: https://lists.gmb-grimsford.example.org.uk/unsubscribe""")

# 37 news digest with attacks on politicians
c.add("bulk", subject="The Morning Rose: MP's office attacked, Reform surge, welfare rebellion",
      sender=("The Morning Rose", "digest@morningrose-news.example.com"),
      headers=c.newsletter_headers("Mailerlite"), fmt="alt",
      tags=HN + ("news-about-threats",),
      body="""THE MORNING ROSE - your daily Labour briefing

TOP STORY: Windows smashed at MP's constituency office
Police are investigating after the constituency office of a Labour MP in the Midlands was attacked overnight, the third such incident this year. Graffiti calling the MP a "traitor" was sprayed on the door. The Speaker said threats against MPs had "reached a level none of us should accept". Security for constituency offices is to be reviewed again.

POLLS: Reform lead widens
Two polls this week put Reform UK between 6 and 9 points ahead nationally. Labour strategists privately concede that dozens of coastal and post-industrial seats are "in play".

WELFARE: Backbench rebellion grows
More than 60 Labour MPs have now signed an amendment to the welfare bill. Whips say the government "has listened". Rebels say it hasn't.

COUNCILS: Another defection
A Labour councillor in Kent became the 14th this year to cross to Reform.

IN BRIEF
- Resident doctors announce new strike dates.
- Digital ID consultation closes Friday.
- Palestine Solidarity march in London passes peacefully; 11 arrests.

You're receiving this because you signed up at morningrose-news.example.com. Unsubscribe | Manage preferences""")

# 38 campaign tool robot, no list headers
c.add("bulk", subject="Your canvass session has been synced", sender=("DoorStep Sync", "no-reply@doorstep-sync.example.com"),
      tags=(T, "confuser", "robot-no-list-headers"),
      body="""Hi Carole,

Your canvass session "Brackenholme - Crescent Road (Sun am)" has been synced.

Doors knocked: 87
Contacts made: 41
  Labour: 9
  Reform: 17
  Conservative: 2
  Green: 1
  Won't say / undecided: 12
Flags raised: 3 (hostile - do not revisit)

Next scheduled session: Brackenholme - Kestrel Court (Tue pm)

This is an automated message. Please do not reply.""")

# 39 autoreply from MP's caseworker
c.add("bulk", subject="Automatic reply: Re: Lorraine Skeldon - PIP letter", sender=("Rachel Dunmore MP (Office)", "casework@racheldunmore.example.org.uk"),
      headers=c.autoreply_headers("exchange"),
      tags=(T, "autoreply"),
      body="""Thank you for contacting the office of Rachel Dunmore MP.

Due to the very high volume of correspondence we are currently receiving about the welfare bill, it may take up to 15 working days to respond. If your matter relates to an immediate risk to someone's safety, please contact the police on 999.

Constituents in Wrexby & Saltmarsh can also attend Rachel's advice surgery, held monthly. Details on the website.

This mailbox is monitored Monday to Friday, 9am-5pm.""")

# 40 Eventbrite, safety training
c.add("bulk", subject="Your tickets for Staying Safe on the Doorstep: training for campaigners",
      sender=("Eventbrite", "noreply@order.eventbrite.com"), headers=c.newsletter_headers(), fmt="html",
      tags=HN + ("news-about-threats", "html-only"),
      body="""You're going to Staying Safe on the Doorstep: training for campaigners

Order #88314702 - 2 tickets

Tuesday 7 October, 19:00 - 20:30
Online (Zoom link will be sent 24 hours before)

Organised by Hope Not Hate Lincolnshire

About this event: With abuse and intimidation of canvassers and candidates rising across the country, this session covers risk assessment for canvassing sessions, de-escalation on the doorstep, what to do if you are followed or threatened, and how to report incidents.

View your tickets | Contact the organiser

This email was sent to secretary@wrexbysaltmarshlabour.org.uk. Eventbrite, 535 Mission Street, San Francisco, CA 94105""")

# ============================================================ safety

# S1 explicit threat to councillor who spoke at hotel counter-protest
c.add("safety", subject="maxine oduya", sender=("Kyle", "kyle.br4ck3n@gmail.com"),
      tags=(T, "explicit", "noisy"),
      body="""tell your councillor if she stands outside that hotel with a megaphone again shes getting dragged off the prom. we all seen her. we know her face now. shes not welcome in wrexby and next time there wont be police there to hold her hand""")

# S2 patriots will visit the chair's home
c.add("safety", subject="A friendly visit", sender=("Wrexby Patriots", "wrexbypatriots@protonmail.com"),
      tags=(T, "veiled", "implicit", "doxxing"),
      body="""Mrs Ashdown,

Please pass this to your chairman Mr Tuckwell.

Some of us patriots have decided that since your party won't listen to us at the hotel, or at the council, or in the papers, we will come and talk to him where he can't ignore us. Marram Close is a nice quiet cul-de-sac. The green Skoda, the bird table, the grandchildren on a Sunday afternoon. We'll be round one Sunday soon. He won't know which one.

We're all very polite people. Until we're not.

WP""")

# S3 Telegram doxxing of councillor forwarded by member
c.add("safety", subject="Fwd: look at this - Jo's address on the Telegram channel", sender=P("Anita", "Curry"),
      tags=(T, "forwarded", "third-party-report", "doxxing", "social", "pile-on"),
      body=c.forward(
          """Carole, my son is in the "Wrexby Says No" Telegram group (long story, he's not one of them, he joined to keep an eye). He sent me this last night. That's Jo Whitlam's house. The photo is her front door, you can see the house number and her car. He says there were 60-odd reactions by midnight. I've copied the text below as best I can because I can't work out how to forward the picture.

Please tell Jo tonight, and the police. I don't know what else to do.

Anita""",
          """[Forwarded from channel: Wrexby Says No 🇬🇧]

THIS is where Cllr Jo Whitlam lives. 17 Sandpiper Way, North Dunes. She voted to let the Esplanade keep its licence. She goes to work at 8 every morning in the silver Yaris. Feel free to pop round and give her your views in person, she clearly doesn't read emails. 📍

👍 38  🔥 22  😂 9

Comments:
> about time someone did this
> she wont be sleeping easy tonight
> sandpiper way lads, sunday?""",
          "Daniel Curry <dancurry99@gmail.com>", "Fwd: jo whitlam", style="apple"))

# S4 man photographing cars at the hotel meeting
c.add("safety", subject="Man photographing cars after the hotel meeting - should I report?", sender=P("Hilary", "Stather"),
      tags=(T, "third-party-report", "stalking", "following"),
      body="""Dear Carole,

I'm not sure if I'm overreacting so please tell me if I am.

After the public meeting about the Esplanade Hotel at the Methodist hall on Wednesday, I was one of the last out because I'd been helping stack chairs. In the car park there was a man, fifties, grey hooded coat, walking slowly along the line of cars and photographing each one from the back, so the number plate. When he saw me he didn't stop, he just took a picture of me too and then got into a white van without lights on at the far end.

Mine was one of the cars. So was Maxine's, and Graham's. I've had a look on the Wrexby Uncensored Facebook page and someone has posted "we know who was at the traitors' meeting" with a thumbs up emoji from someone whose profile picture is a white van, but that may be nothing.

I haven't slept well. Should I go to the police? Should the CLP?

Hilary Stather
Saltmarsh branch""")

# S5 webform: political warning, where they live
c.add("safety", subject="New submission: Contact us", sender=c.form_robot(),
      reply_to="brackenholmeborn@gmail.com",
      tags=(T, "webform", "veiled", "implicit"),
      body=c.webform({
          "Name": "Brackenholme born and bred",
          "Email": "brackenholmeborn@gmail.com",
          "Postcode": "",
          "Subject": "the vote on the hotel licence",
          "Message": """Every Labour councillor who voted to renew the Esplanade's licence on Tuesday should understand something. This is a small town. People round here will remember who voted for it. And they know where you all live, where you drink, where your kids go to school. Nobody will need to look anything up.

Think hard before the next vote.""",
      }))

# S6 canvasser reports threat on estate
c.add("safety", subject="Kestrel Court tonight - not going back", sender=P("Callum", "Rudd"),
      tags=(T, "third-party-report", "explicit"),
      body="""Carole

Me and Fern were doing Kestrel Court tonight for the by-election. Third floor, no. 31, bloke in his forties opened the door, saw the rosette and said "you come back on this landing with that thing on and you'll be going home in an ambulance, the pair of you". Then he stood at his door watching us all the way down the stairwell and shouted it again from the walkway. Fern was shaking.

We left and logged it in DoorStep as hostile but I think it needs to be more than that. He said it twice and he meant it. I don't want anyone else sent to that block on their own.

Callum""")

# S7 Gaza motion menace, conditional
c.add("safety", subject="Thursday's vote", sender=("No Genocide Votes", "nogenocidevotes.wrexby@proton.me"),
      tags=(T, "conditional", "veiled"),
      body="""To the officers of Wrexby Labour,

We know the North Dunes motion on arms sales is on Thursday's GC and we know the Saltmarsh "amendment" is there to gut it.

If you water that motion down, if one of you stands up and talks about "both sides" while children are starving, don't expect to walk out of the Methodist hall as easily as you walked in. We will be outside. We'll be there at the end, when you're all going to your cars. You'll be leaving that night with a lot more than a bad conscience.

Vote for the motion as written.""")

# S8 noisy, implicit about councillor's home and kids
c.add("safety", subject="ur councilor", sender=("Esplanade Watch", "esp.watch.wrexby@outlook.com"),
      tags=(T, "implicit", "noisy", "veiled"),
      body="""maxine loves the migrants so much, shes got a big house on Lighthouse Rd with 3 kids bikes on the drive and a trampoline. be a shame if she had to have a few "guests" of her own. we no which window is the kids room. pass it on""")

# S9 wish-harm while denying threat
c.add("safety", subject="Re the Esplanade", sender=P("Wayne", "Sleightholme"),
      tags=(T, "wish-harm"),
      body="""Your councillors keep that hotel open against the wishes of this whole town. They go down the prom and make speeches calling us racists.

I'm not threatening anybody, I know how this works, you'll have the police on me. I'm just saying if one of them had a nasty accident on the prom one dark night, fell off the sea wall or got a brick through the windscreen on the coast road, you wouldn't find a single person in Wrexby who'd be sorry. I certainly wouldn't. I'd buy the first round.

W.S.""")

# S10 quoted reply with veiled threat about routine
c.add("safety", subject="Re: Your email about the Esplanade Hotel", sender=P("Gordon", "Haxby"),
      tags=(T, "quoted", "veiled", "implicit"),
      body=c.quote_reply(
          """Very nice. "Decisions about asylum accommodation are made by the Home Office." Then what are you for?

I've read your reply and I've looked you up, Carole. Librarian at the Wrexby branch library. Finishes at 5 on a Thursday, walks across the Dock Road car park to the blue Fiesta. It's very dark there this time of year. I'd get someone to walk you over if I were you.""",
          """Dear Mr Haxby,

Thank you for your email about the Esplanade Hotel. I do understand the strength of feeling in the town. Decisions about asylum accommodation are made by the Home Office, not by the CLP or the district council, but our MP Rachel Dunmore is pressing ministers for a clear date for the hotel to close, and I have passed your comments on to her office.

Yours sincerely,
Carole Ashdown
Secretary, Wrexby & Saltmarsh CLP""", quoted_from=SEC, style="outlook"))

# S11 suspicious package at office
c.add("safety", subject="Parcel at the office - DON'T OPEN", sender=P("Derek", "Lound"),
      tags=(T, "suspicious-item", "third-party-report"),
      body="""Carole,

I've just gone in to do the envelopes at the office on Quay Street and there was a parcel wedged in the letterbox porch. Brown paper, heavy for its size, a lot of tape, no stamp, no postmark, so somebody's put it there by hand. Written on the front in marker: "TO THE TRAITORS UPSTAIRS - FROM WREXBY". It smells of petrol or white spirit. There's a bit of liquid stained through one corner.

I haven't touched it. I've come out, locked the street door and I'm standing across the road. I'm ringing 999 now. Don't let anyone go in, and can you tell whoever's meant to be in for the phone bank at 6 not to come.

Derek""")

# S12 Facebook comment notification doxxing
c.add("safety", subject="Kelly Norburn commented on a post you're following", sender=("Facebook", "notification@facebookmail.com"),
      headers=c.newsletter_headers("Facebook"),
      tags=(T, "social", "doxxing", "pile-on", "implicit"),
      body="""Kelly Norburn commented on a post in Wrexby Uncensored.

Kelly Norburn: Labour councillor Maxine Oduya was the one with the megaphone. She lives above the old chippy on Quay Street, flat 2, the door round the side. Somebody should go and teach her a lesson about who this town belongs to 👊👊

Reply · 52 reactions · 19 replies

Top reply - Steve Mawer: name and address shared, job done 😎

View comment: https://www.facebook.com/groups/wrexbyuncensored/posts/771045

This message was sent to secretary@wrexbysaltmarshlabour.org.uk. To unsubscribe from these emails, click here.
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""")

# S13 list post: followed home from the stall
c.add("safety", subject="[WSLabour-members] Followed home from Saturday's stall", sender=P("Niamh", "Bellwood"),
      headers=c.list_headers("WSLabour-members", domain="googlegroups.com"),
      tags=(T, "list", "following", "third-party-report"),
      body="""Hi all, posting here because I think everyone who does stalls needs to know, not just the officers.

On Saturday I packed up the stall at the clock tower at about 1 and walked home up Cliff Terrace with the folded table. A man who'd been hanging about near the stall all morning - he'd shouted "traitor" twice and taken photos of the leaflets - walked behind me the whole way, about 20 yards back. When I turned into my road he stopped at the corner and just stood there. When I looked out of the window 10 minutes later he was still there, looking at my house. Then on Sunday morning there was a Reform leaflet pushed through my door with "WE SEE YOU" written on it in biro.

I've reported it to the police (ref 0412 of the 20th). Please, nobody walk home alone from a stall.

Niamh (Seafront branch)

--
You received this message because you are subscribed to the Google Groups "WSLabour-members" group.
To unsubscribe from this group and stop receiving emails from it, send an email to wslabour-members+unsubscribe@googlegroups.com.""")

# S14 non-native report of threat while leafleting
c.add("safety", subject="man say he break my legs", sender=P("Ioana", "Popescu", "yahoo.com"),
      tags=(T, "non-native", "third-party-report", "explicit"),
      body="""Hello Carole,

I am Ioana from Carrfield, I do leaflet for Josh last week. I want tell you something happen Tuesday on Gull Street. I put leaflet in door number 8 and man open door very fast and take leaflet and he say "you foreign b**** you are why this town is finish, if I see you on my street again I break your legs". He come on the path to me. I go away quick. He follow me to the end of street, shouting, his dog also.

I am ok. But I am scared to go again alone. My husband say I must tell police. I don't know if I should. Please tell me what to do. And please nobody go to Gull Street alone.

Thank you
Ioana""")

# S15 conditional threat at MP surgery over digital ID
c.add("safety", subject="Dunmore + digital ID", sender=("Free Born Briton", "freebornbriton1215@gmail.com"),
      tags=(T, "conditional", "explicit"),
      body="""Tell Rachel Dunmore from me. If she votes for digital ID, her surgery at Saltmarsh village hall next month won't be a surgery, it'll be a reckoning. We know the date, we know the time, we know she comes in the back way from the car park. It won't be placards this time. Consider yourselves told.""")

# S16 html-only veiled about treasurer's daughter
c.add("safety", subject="Your treasurer", sender=("A Wrexby Mum", "wrexby.mum.2026@gmail.com"),
      fmt="html", tags=(T, "html-only", "implicit", "veiled"),
      body="""Mrs Ashdown,

Your treasurer Sunita Vyas put her name to the Welcome group letter in the Mercury asking people to donate clothes to the hotel.

Her daughter works the Saturday shift at Boots on the High Street. Pretty girl. Long dark hair, leaves by the back entrance at half five.

Tell Mrs Vyas to take her name off that letter. She'll understand why.""")

# S17 harassment campaign reported by councillor
c.add("safety", subject="I need help - it's not stopping", sender=("Cllr Pete Stannard", "pete.stannard.cllr@wrexbysaltmarshlabour.org.uk"),
      tags=(T, "harassment", "stalking", "third-party-report"),
      body="""Carole,

Sorry to do this by email but I can't say it on the phone without my voice going.

Since the council vote on the hotel licence, which I supported, I have had:
- 38 emails, most of them abuse, four that mention my wife by name;
- phone calls to the house at 2 and 3 in the morning, no one speaks;
- "TRAITOR" written in the dust on my car windscreen, twice;
- a car, black Audi, parked opposite my house three evenings this week with someone sitting in it. It was there again last night from 9 till gone midnight.

Last night there was a knock at the door at 11.40 and when I opened it nobody was there, but the wheelie bin had been dragged onto the drive and tipped over.

I've given the police everything. They've given me a crime number and a leaflet. I'm just out of hospital and I don't know how much more of this Lesley can take. I think I need to stand down from the committee. Can we talk?

Pete""")

# S18 explicit short, flags and more
c.add("safety", subject="saturday", sender=("patriot_wx", "patriot.wx@protonmail.com"),
      tags=(T, "explicit"),
      body="""Your lot turn up with your Stand Up To Racism placards again on Saturday we're bringing more than flags this time. You've been warned. Anyone wearing a Labour badge is fair game.""")

# S19 threat embedded in long welfare rant
c.add("safety", subject="welfare", sender=P("Barry", "Chapman"),
      tags=(T, "embedded", "conditional", "angry"),
      body="""Carole or whoever reads this,

My wife has MS. She was diagnosed at 38. She was a teaching assistant at Carrfield primary for eleven years and she loved every day of it. She now needs help to get out of bed, to get dressed, to get to the toilet. I gave up work to look after her. We get her PIP and my carer's allowance and that is what we live on, in a rented bungalow on Marsh Lane that the landlord wants to put up by £60 a month.

Every time the news is on there's another minister saying "the welfare bill is unsustainable". They say "we'll protect the most vulnerable". My wife IS the most vulnerable. They mean someone else. They always mean someone else until it's you.

I went to Rachel Dunmore's surgery in March. She was nice. She wrote things down. Nothing came of it. I wrote again in June. A form letter.

So here's the bit I want you to read twice. If my wife loses one penny of that PIP in the reassessment, I will find Rachel Dunmore. Not her office, not her caseworker. Her. I know she drives back to the house in Saltmarsh on a Friday night. I've got nothing else to lose by then, have I.

I voted Labour for thirty years. You've had your last vote off this house.

Barry Chapman""")

# S20 forward from MP's office: voicemail transcript, Gaza
c.add("safety", subject="FW: Voicemail transcript - constituency office, Monday 09:12", sender=("Ellie Marsden", "ellie.marsden@racheldunmore.example.org.uk"),
      tags=(T, "forwarded", "third-party-report", "explicit"),
      body=c.forward(
          """Hi Carole,

For your awareness - this was left on the office answerphone on Monday morning after Rachel's Gaza statement. We've passed it to the parliamentary security team and to Lincolnshire Police. They've asked us to let the local party know in case any of the officers are approached, particularly at Thursday's GC. We'd suggest not advertising the venue publicly until the day.

Ellie Marsden
Senior Caseworker, Office of Rachel Dunmore MP""",
          """Automated transcript (Voicemail to Text), 01632 960 555, 09:12, length 0:48

"Yeah, this is for Rachel Dunmore. You had a chance to vote against the genocide and you sat there. You're a coward and a liar. Everyone in Wrexby knows where your office is and where your surgery is and we're going to find you. We'll find you and your staff. You've got children's blood on you and you're going to answer for it. [inaudible] You've been warned."

Caller number withheld.""",
          "Voicemail Service <voicemail@office-phones.example.net>", "New voicemail from Withheld", style="outlook"))

c.write()
