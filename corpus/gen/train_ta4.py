# train / ta4 -- safety: implicit/veiled threats in unusual shapes, explicit threats, reports
# (Kelvin North CLP). All people, streets and events are invented. Content hand-written.
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ta4", seed=1104)
SEC = c.secretary()
SECF = SEC[0].split()[0]
MP_OFFICE = "catriona.lennox.mp@parliament.uk"

# 1 Eventbrite attendee question
c.add("safety", subject="New question from an attendee: Meet Catriona Lennox MP - Community Q&A", sender=("Eventbrite", "noreply@order.eventbrite.com"), headers=c.newsletter_headers(esp="other"), fmt="alt", body="""You have a new question from an attendee

Event: Meet Catriona Lennox MP - Community Q&A
Date: Thu 19 Nov 2026, 18:30
Venue: Ruchill Parish Hall

From: Kenny B (2 x General Admission)

Question:
Will Catriona be leaving by the front door or the side door after? Just asking so me and my pal know where to stand. Don't want to miss her.

Reply to this question in your Eventbrite organiser dashboard.

Eventbrite, 535 Mission Street, 8th Floor, San Francisco, CA 94105""", tags=("social", "veiled"))

# 2 Google Forms member survey response
c.add("safety", subject="New response: Kelvin North CLP member survey 2026", sender=("Google Forms", "forms-receipts-noreply@google.com"), body="""Kelvin North CLP member survey 2026 has a new response.

1. Which branch are you in?
Kelvindale

2. How many meetings have you attended this year?
3-5

3. What is the most important issue for the CLP to campaign on?
Housing

4. What could the CLP do better?
Stop protecting the officers who smeared Andy Tait. We have a list of who they are. They'll be hearing from us, and not at meetings. At home.

5. Would you be willing to help at the Holyrood election?
No

View all responses in Google Forms.
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""", tags=("webform", "implicit", "veiled"))

# 3 reply to the secretary's out-of-office
c.add("safety", subject="Re: Automatic reply: Branch secretaries meeting", sender=("", "kn.neighbour.2@outlook.com"), body=c.quote_reply(
    """Enjoy your week away Jamie. Don't worry about the flat. We'll keep an eye on it for you while you're gone. Close door's never locked anyway is it.""",
    f"""Thanks for your email. I'm on leave until Monday 3 November with limited access to email. For anything urgent please contact the CLP chair, Morag Findlay.

{SEC[0]}
Secretary, Kelvin North CLP""", style="gmail"), tags=("quoted", "implicit"))

# 4 assisted dying, religious, wish-harm/veiled
c.add("safety", subject="The assisted dying vote", sender=c.person("Bernard", "Quinn"), body="""Dear Mr Rennie,

I am a parishioner at St Columba's and have been a Labour voter since 1966. I write about Ms Lennox's vote in favour of the assisted dying bill.

I will not rehearse the arguments; she has heard them all. I will only say that I pray for her every night. I pray that the Lord will one day ask of her what she has been so ready to ask of the sick and the old.

I must also in conscience tell you that there are men in our parish who are less patient than I am, and who have been saying in the hall after Mass that she will not be welcome at the church door on Sunday, or anywhere near it. One of them knows her mother's house, I think. I have told them it is not Christian. I am not sure they listened.

Yours in Christ,
Bernard Quinn""", tags=("wish-harm", "veiled", "implicit"))

# 5 independence cybernat-style
c.add("safety", subject="quislings", sender=("Alba Gu Brath", "albagubrath1320@gmail.com"), body="""Scotland will be free and when it is there will be a reckoning for every Labour quisling who kept us in chains for Westminster. We've been keeping a list for years. Lennox is on it. Rennie is on it. Findlay is on it. We've got addresses for all of them.

Not long now.""", tags=("veiled", "implicit"))

# 6 parade route, conditional
c.add("safety", subject="Kelvinbrae Road parade", sender=c.person("William", "Cochrane"), body="""To the Labour councillors for Kelvinbrae,

If the licensing committee bans the walk going down Kelvinbrae Road in July after 90 years, then the councillors who voted for it can expect to see the lodge outside their own front doors instead. Every one of them. Every Saturday till the ban's lifted. The band plays loud.

We know where you all live. We've been your neighbours for years.

W. Cochrane""", tags=("conditional", "implicit", "harassment"))

# 7 landlord long respectable, embedded
c.add("safety", subject="Rent controls - the view of a small landlord", sender=("Gavin Rutherford", "gavin@rutherfordlettings.example"), fmt="alt", body="""Dear Secretary,

I own eleven flats in Kelvindale and Ruchill, most of them bought in the 1990s when nobody else wanted them, and I've let them at below-market rents ever since. I'm not one of your Airbnb cowboys.

The council's motion calling on Holyrood for a permanent rent cap, moved by Councillor Munro, will drive every small landlord out of this city. We can't raise rents to cover the mortgage increases. We can't afford the new repairing standard. Half of my friends in the landlords' association are selling up. That means fewer homes to rent, not more. It's basic economics.

I've written to Councillor Munro and had an acknowledgement. I'd like a meeting.

I'll add, so there's no misunderstanding, that a lot of people in the property business in this part of Glasgow know Councillor Munro rather well. We know the flat he rented before he bought, who his letting agent was, what he was like as a tenant, and one or two things about his deposit dispute that he'd probably rather weren't in the Evening Times. We also know some of the rougher types who do our evictions. I'd hate for him to meet any of them in the wrong circumstances.

I look forward to hearing from you.

Regards,
Gavin Rutherford
Rutherford Lettings Ltd""", tags=("implicit", "veiled", "embedded"))

# 8 women's forum, faction, veiled
c.add("safety", subject="Women's Forum on Saturday", sender=("", "kn.women.watch@proton.me"), body="""We know the Women's Officer is hosting the Women's Forum at the Burgh Halls on Saturday and we know which speaker she's invited.

We'll be there to give them both a proper welcome. On the way in and on the way out. She should think hard about whether that's the right speaker.""", tags=("veiled", "conditional"))

# 9 drug consumption room, harassment
c.add("safety", subject="Maryhill Road 'safer drug' facility", sender=c.person("Tracey", "Lindsay"), body="""If that place opens on Maryhill Road next to my weans' nursery, then Cllr Rashid will be seeing a lot of us. At her door. At her work. At her mosque on a Friday. At her kids' school gate. Everywhere she goes, there'll be someone from this street standing there. She can see how she likes living next to something she didn't ask for.

Tracey Lindsay""", tags=("conditional", "harassment", "implicit"))

# 10 Zoom chat forwarded
c.add("safety", subject="Fwd: Zoom chat from Tuesday's online branch meeting", sender=c.person("Morag", "Findlay"), body=c.forward(
    """Jamie, saving the chat log from Tuesday's online Kelvindale branch meeting. Nobody noticed "guest_4471" until near the end - he must have got the link from the public Facebook event. The host removed him. I've changed the link for next time. Please log this - the last line is about my house. M""",
    """19:02:14 From guest_4471 to Everyone: evening all
19:15:40 From guest_4471 to Everyone: nice bookcase Morag
19:15:58 From guest_4471 to Everyone: is that your front room on Kelbourne Street? recognise the window
19:31:07 From guest_4471 to Everyone: must be cosy when the curtains are shut
19:48:22 From guest_4471 to Everyone: 1 down from the corner isn't it. see you soon""",
    "Zoom <no-reply@zoom.us>", "Chat saved from Kelvindale branch (meeting ID 871 2294 0012)"), tags=("forwarded", "third-party-report", "implicit"))

# 11 crowdfunder comment notification
c.add("safety", subject="You've received a new donation on 'Kelvin North Holyrood fighting fund'", sender=("Crowdfunder", "hello@crowdfunder.example"), headers=c.newsletter_headers(esp="other"), fmt="html", body="", html_body="""<html><body style="font-family:Arial;color:#333">
<h3>Great news! You've received a new pledge.</h3>
<p><b>Amount:</b> &pound;0.01<br><b>From:</b> Anonymous</p>
<p><b>Message:</b><br><i>&ldquo;Towards the petrol. For the office. You'll see.&rdquo;</i></p>
<p>Your project has now raised &pound;2,417 of &pound;5,000.</p>
<p><a href="#">View your dashboard</a></p>
<p style="font-size:11px;color:#999">Crowdfunder Ltd, Cornwall. You are receiving this as project owner.</p>
</body></html>""", tags=("social", "html-only", "veiled"))

# 12 petition comment
c.add("safety", subject="New comment on your petition \"Save Kelvinbrae Library\"", sender=("Change.org", "mail@change.org"), headers=c.newsletter_headers(), body="""New comment on your petition

Save Kelvinbrae Library - 3,812 supporters

"Signing because Boyle promised us. Davie Boyle lives two minutes from the library, I see him at the bus stop every morning at 8. Next time I see him there I'll let him know how I feel personally and it won't be with a petition."
- a supporter from Glasgow

See all comments

Change.org, 548 Market St, San Francisco, CA""", tags=("social", "implicit", "veiled"))

# 13 explicit tyres/face
c.add("safety", subject="your councillor's motor", sender=("", "slash.kn@yopmail.com"), body="""Tell Munro I'm going to slash his tyres and then I'm going to slash his face. He knows why.""", tags=("explicit",))

# 14 explicit noisy Glaswegian caps
c.add("safety", subject="BOYLE", sender=("", "ruchill.boy.88@hotmail.com"), body="""TELL DAVIE BOYLE AM GONNAE BATTER HIM THE NEXT TIME A SEE HIM AT THE BOOKIES. HE KNOWS WIT FOR. NAE POLIS WILL STOP ME""", tags=("explicit", "noisy"))

# 15 postcard described by office
c.add("safety", subject="Postcard received - for the CLP incident log", sender=("Kirsty Mair", "kirsty.mair@parliament.uk"), body=f"""Hi {SECF},

For your log. A postcard came in today's post addressed to Catriona at the office. The picture side is a printed photo of her house, taken from across the road, with the bins out - so it was taken on a Tuesday night. On the back, in capitals: "WISH YOU WERE HERE. WE ARE." Glasgow postmark, no return address.

It's gone to the police and the parliamentary security team. Catriona knows. Please don't circulate beyond officers.

Kirsty""", tags=("third-party-report", "implicit", "stalking"))

# 16 typed letter transcribed, sinister long
c.add("safety", subject="Fwd: letter to the chair - transcribed", sender=c.person("Hamza", "Iqbal"), body=c.forward(
    """Jamie - Morag asked me to type this up from the letter that came to her house so the officers have it in writing. She's shaken. The original's with the police. H""",
    """Dear Madam Chair,

We have been watching since May. We are patient people.

We know you leave for work at 7.50. We know you take the 61 into town, sit downstairs at the back. We know the café you go to on a Friday and what you order. We know your wife's name and where she works. We know you go to your mother's in Largs the first Sunday of the month.

We are not going to do anything. Not yet. We only want you to understand that there is nothing about your life we do not know.

Step down as chair before the AGM.

A friend.""",
    "Morag Findlay <morag.findlay@gmail.com>", "letter"), tags=("forwarded", "third-party-report", "stalking", "implicit", "conditional"))

# 17 trade union delegate, shop floor
c.add("safety", subject="Affiliated delegates and the rule change", sender=c.person("Jim", "Laird"), body="""Jamie,

As the affiliate delegate from the engineering branch I want it known before the GC that the lads are furious about the proposed rule change cutting the affiliates' vote.

The two other delegates from our union who've said they'll vote for it work in the same plant as me. They'll be back on the shop floor at 7am the next morning. I'd tell them to think hard. It's a big plant and a lot of heavy kit, and accidents happen when folk aren't looking. Nobody ever sees anything.

Jim Laird""", tags=("veiled", "conditional"))

# 18 escalating follow up, stalking
c.add("safety", subject="Second email - no reply", sender=c.person("Norman", "Gallacher", "talktalk.net"), body="""Mr Rennie,

I wrote to you eight days ago about my expulsion from the party and asked for the evidence against me. You didn't reply.

I came to your door on Sunday afternoon to ask in person. You weren't in. Your neighbour said you were at the football. I waited for a while in the close.

I'll try again this week. I've got a lot of free time now you've taken my party away from me. One way or another you'll speak to me.

Norman Gallacher""", tags=("stalking", "implicit", "harassment"))

# 19 teen txt-speak about youth officer
c.add("safety", subject="ur youth officer", sender=("jay", "jayy.kn@icloud.com"), body="""ur youth officer ryan blocked me from the young labour gc for "bullying" which is a lie

its fine tho i no he stays on wilton st and goes to strathclyde uni and gets the subway at st georges cross every morning 😂 tell him he's not as hard to find as he thinks. he'll be seein me""", tags=("implicit", "noisy", "stalking"))

# 20 list digest with embedded threat
c.add("safety", subject="KN Members Digest, Vol 14, Issue 6", sender=("kn-members-request@lists.kelvinnorthlabour.org", "kn-members-request@lists.kelvinnorthlabour.org"), headers=c.list_headers("KN Members", domain="lists.kelvinnorthlabour.org"), body="""Send KN Members mailing list submissions to
	kn-members@lists.kelvinnorthlabour.org

Today's Topics:

   1. Leaflets for Kelvindale (Aileen Munro)
   2. Re: Car share to regional conference (Stuart Bell)
   3. Re: The Andy Tait decision (Euan Blackwood)

----------------------------------------------------------------------

Message: 1
Date: Mon, 9 Nov 2026 10:12:01 +0000
From: Aileen Munro
Subject: Leaflets for Kelvindale

Hi all, the Kelvindale bundles are in my garage, Cleveden Crescent. Help yourselves any time, door's on the latch till 8pm.

------------------------------

Message: 2
Date: Mon, 9 Nov 2026 11:40:55 +0000
From: Stuart Bell
Subject: Re: Car share to regional conference

I've got two spaces in the car leaving 7.30 Saturday from the Botanics.

------------------------------

Message: 3
Date: Mon, 9 Nov 2026 13:02:17 +0000
From: Euan Blackwood
Subject: Re: The Andy Tait decision

The eleven who voted for Andy's suspension know who they are. So do we. Morag, Jamie, Hamza and the rest - enjoy the Christmas social. It's the last one you'll enjoy.

------------------------------

End of KN Members Digest, Vol 14, Issue 6
******************************************""", tags=("list", "embedded", "veiled"))

# 21 Nigerian English, "I will deal with you"
c.add("safety", subject="RE: MY HOUSING MATTER AND COUNCILLOR RASHID", sender=c.person("Chukwuemeka", "Obi", "yahoo.com"), body="""Good day Sir,

I write with due respect concerning my housing matter which Councillor Amina Rashid promised to resolve since April. Till today nothing. My family of five is still in one room in temporary accommodation on Maryhill Road.

She is taking me for a fool. I have been patient, I have been calm. But let me tell you, by God who made me, if this matter is not resolved before end of this month I will deal with her. I know her office, I know her movements. She will see what I will do. Consider this my final warning.

Thank you.
Chukwuemeka Obi""", tags=("conditional", "implicit", "non-native"))

# 22 Holyrood count
c.add("safety", subject="the Holyrood count", sender=("", "holyrood.count.kn@gmail.com"), body="""Ewan Lyle better enjoy the count at the Emirates in May because it'll be the last time he stands anywhere. We'll be at the count. And after the count. Every time he goes out the door for the next four years.""", tags=("veiled", "harassment"))

# 23 overheard threat reported
c.add("safety", subject="Overheard in the Doublet last night", sender=c.person("Stuart", "Bell"), body="""Jamie, might be nothing, you can judge.

I was in the Doublet last night with my brother. Group of four men at the next table, 40s-50s, one in a Partick Thistle top. They were talking about Catriona and the hotel vote. One of them said, clear as anything, "I'll do her myself if nobody else will. She's at the library on Saturday, isn't she." The others laughed but he didn't.

I didn't recognise any of them. I've written down what they looked like. Should I go to the police? Should the office be told before Saturday's surgery?

Stuart""", tags=("third-party-report", "explicit"))

# 24 caseworker: phone call transcribed
c.add("safety", subject="Call to office 14:20 - note for file", sender=("Kirsty Mair", "kirsty.mair@parliament.uk"), body=f"""{SECF} - note of a call, copying you because he mentioned the CLP.

14:20, male, wouldn't give name, withheld number. Calm, slow voice. Said (as close as I could write it):

"I'm phoning about the Labour Party secretary. Rennie. You tell him that we know about the GC on the 27th. Tell him we know the hall. Tell him it's very easy to find out who's a member and who isn't, and we've found out. Tell him to cancel it or we'll make it a night to remember for everybody there."

Then he hung up. Logged with police. Do you want to move the GC?

Kirsty""", tags=("third-party-report", "veiled", "conditional"))

# 25 graffiti on candidate's house
c.add("safety", subject="Graffiti on my house", sender=c.person("Ewan", "Lyle"), body="""Jamie,

Woke up to "LABOUR TRAITOR LIVES HERE" spray-painted across our garage door in red, and a photo of it already circulating in the "Kelvin Says No" Telegram channel with our street name, asking people to "come and add to it".

My partner's 7 months pregnant. We've had the police out. I'm going to keep going with the campaign but I think we need to talk about security, and about whether my address should be on the nomination paperwork at all.

Ewan""", tags=("third-party-report", "doxxing", "harassment"))

# 26 pile-on summary
c.add("safety", subject="Catriona - X pile-on after Question Time", sender=c.person("Chloe", "Gunn"), body="""Jamie,

Social media update. Since Catriona's Question Time appearance the account's had about 3,000 replies overnight. The worst are coming from about 40 accounts that seem linked. Examples I've saved:

"we know she's back in Glasgow Friday"
"Kelvinbrae Road surgery every Sat, easy"
"someone's going to do something and nobody will be surprised"
"that woman needs a visit"

Several have posted a photo of her car. I've reported them and sent the lot to Kirsty and the Parliament security team. Suggest we suspend all event posts with locations for a fortnight.

Chloe""", tags=("third-party-report", "pile-on", "implicit"))

# 27 suspicious item at street stall
c.add("safety", subject="Bag left under the stall table on Saturday", sender=c.person("Aileen", "Munro"), body="""Jamie

Saturday's stall at the Maryhill shops: about 11.15 a man in a hi-vis jacket put a rucksack under our table while we were talking to someone and walked off towards the station. We didn't notice for ten minutes. When we did, it was zipped shut and heavy. We moved everyone back and called 999. Police came, cordoned it off, and in the end it was full of old phone books and a note saying "NEXT TIME".

The police have the note. We've packed up for the day. I think this has to go to the EC and the region.

Aileen""", tags=("third-party-report", "suspicious-item", "veiled"))

# 28 stalking, ex-member at church
c.add("safety", subject="Norman Gallacher again", sender=c.person("Amina", "Rashid"), body="""Jamie,

Norman Gallacher, the man who was expelled in the summer, has now turned up three Fridays running outside the mosque on Garscube Road when I leave after prayers. He doesn't approach. He just stands across the street and watches me to the car. Last Friday he was there again when I came back to the car after shopping.

He's also sent me two letters at home. My home address isn't public. I don't know how he got it.

I've spoken to the police. I'd like the CLP to know, and I'd like to know whether the membership list has been shared with anyone it shouldn't have been.

Amina""", tags=("third-party-report", "stalking", "following"))

# 29 explicit house burn
c.add("safety", subject="LENNOX", sender=("", "burn.the.traitor@proton.me"), body="""Going to burn Lennox's house down with her in it. We know which one. Be soon.""", tags=("explicit", "implicit"))

# 30 explicit canvassers
c.add("safety", subject="re canvassing in summerston", sender=("Davie", "davie.summerston@gmail.com"), body="""Next bunch of your canvassers I see in Summerston I'm going to run them over with the van. Warn them or don't. Up to you.""", tags=("explicit",))

# 31 explicit AGM noisy
c.add("safety", subject="agm", sender=("", "agm.kn.xx@yopmail.com"), body="""im comin to the agm with a blade and ur all gettin it. every 1 of u that stitched andy up. see u thursday""", tags=("explicit", "noisy"))

# 32 alt, NHS, conditional veiled, medium
c.add("safety", subject="My father's cancer referral", sender=c.person("Lorna", "Keir"), fmt="alt", body="""Dear Ms Lennox and Mr Rennie,

My father waited 19 weeks for a cancer referral that should have taken two. By the time he was seen it had spread. He died in October. I have the letters. I have the dates.

The MP's office told me the NHS is devolved and I should write to my MSP. The MSP's office told me to write to the health board. The health board sent me a leaflet.

I want a meeting with Catriona in person. I'm not going to be fobbed off. If I have to find her myself I will, I know which gym she uses and I know where she gets her hair done. I'd rather do it at a surgery like a civilised person. Her choice.

Lorna Keir""", tags=("conditional", "implicit", "stalking"))

# 33 Ukrainian non-native, veiled
c.add("safety", subject="about your volunteer who insult me", sender=c.person("Oksana", "Melnyk", "ukr.net"), body="""Hello,

On market day your volunteer with Labour table, older man with glasses, tell me that Ukrainians in Glasgow "have had enough help now" and must go home. I am here with my daughter because my city is bombed. I tell him this and he laugh.

My husband is in the army at home. His friends here in Glasgow are also soldiers, on rehabilitation. I tell them about this man. They said they will find him and explain him what is war. I did not ask them to do. But I will not stop them. He must not be at the market again.

Oksana""", tags=("veiled", "conditional", "non-native"))

# 34 short veiled to secretary's partner
c.add("safety", subject="your partner", sender=("", "partner.watch.kn@proton.me"), body=f"""{SECF}, your partner gets off the night shift at the Queen Elizabeth at 7.30 and cycles home along the canal. It's very quiet on that canal first thing. Think about the Tait complaint.""", tags=("implicit", "conditional"))

# 35 html-only, sinister politeness, "we would hate"
c.add("safety", subject="A courteous request", sender=("Kelvindale Householders", "kelvindale.householders@gmail.com"), fmt="html", body="", html_body="""<html><body style="font-family:'Times New Roman';font-size:15px">
<p>Dear Councillor Munro,</p>
<p>We write, as a group of long-established Kelvindale householders, with a courteous request: that you withdraw your support for the Cleveden Gardens hostel before the planning committee on the 4th.</p>
<p>We have no wish for unpleasantness. We note only that your daughter's school bus stops at the top of Cleveden Drive at 8.05, that your wife's practice is on Hyndland Road, and that your house backs onto the railway path, which is poorly lit.</p>
<p>We mention these things purely to show how closely the community is following the matter. We are confident you will wish to do the right thing by your neighbours.</p>
<p>With kind regards,<br><i>Kelvindale Householders</i></p>
</body></html>""", tags=("html-only", "implicit", "veiled", "conditional"))

# 36 no punctuation noisy wish-harm
c.add("safety", subject="hotel", sender=("", "maryhill.mum.x@gmail.com"), body="""that councillor rashid wants them men in the hotel next to the school well i hope one of them gets her one night i hope its her that gets it and not one of our lassies thats all i will say and i will be laughing""", tags=("wish-harm", "noisy"))

# 37 veiled, "something will happen at the meeting"
c.add("safety", subject="Public meeting about the hostel", sender=c.person("Derek", "Baird"), body="""Mr Rennie,

I wrote to you before about the Garscube Road scheme and got no reply. Now I see you're hosting a public meeting about the Cleveden hostel on Thursday.

I'll be there. So will a lot of people from Ruchill who are fed up being ignored. I'd make sure the MP has someone with her and that the hall has more than one door. I'm not saying anything's going to happen. I'm saying you've been warned twice now.""", tags=("veiled",))

# 38 wish-harm, cultured tone
c.add("safety", subject="On the death of the Labour Party", sender=c.person("Alasdair", "Menzies", "me.com"), body="""Mr Rennie,

I shan't trouble you with my reasons for resigning; they are the usual ones.

I will only say this. I do not wish Ms Lennox any harm, naturally. But I confess that when I read of the attack on that Conservative member in Essex some years ago, I thought: there but for the grace of God. And on reflection I find I no longer feel the grace of God extends to her. Should something similar befall her, I should read it with more equanimity than I would once have thought possible.

Yours,
A. Menzies""", tags=("wish-harm", "veiled"))

# 39 faction, long, the shortlist, conditional
c.add("safety", subject="Holyrood shortlist - a formal complaint and a personal note", sender=c.person("Gordon", "McAllister"), body="""Jamie,

Formal part first. I'm lodging a complaint about the Holyrood shortlisting for Kelvin North.

(a) The procedures secretary was appointed by the Scottish executive without any consultation with the CLP.
(b) Two of the four applicants were told they'd been longlisted and then heard nothing for three weeks while Ewan Lyle was shown round every branch.
(c) The hustings date was set for the night of the Ruchill tenants' AGM, which everybody on the left of this CLP attends.
(d) The panel met in Ewan's own living room. That isn't a rumour, two people on it have told me.

I'd like this referred to the NEC disputes panel, and I'd like the timetable suspended until it's dealt with.

Now the personal note. I warned you in the spring about the council selection and you ignored me. I'm not going to waste breath warning you again. I'll just say that Ewan's been getting a lot of attention lately, and some of it isn't the kind you can report. If the timetable isn't suspended, some folk will take it as a sign that the gloves are off, and I'll not be the one telling them to put them back on.

Gordon""", tags=("conditional", "veiled", "embedded"))

# 40 short implicit car/kids
c.add("safety", subject="Munro", sender=("", "g20.eyes@proton.me"), body="""Blue Zafira. Two booster seats. Kelvinbank gate 8.45. Tell Munro we see him every morning.""", tags=("implicit", "stalking"))

# 41 quote reply, canvasser booking
c.add("safety", subject="Re: Saturday canvass - Kelvindale", sender=("", "kelvindale.resident.no@gmail.com"), body=c.quote_reply(
    """You sent this to the wrong list, pal. Or the right one.

Thanks for letting us know exactly where your team will be and when. Tell the wee lassie Amy with the tablet we'll be looking out for her on Cleveden Crescent.""",
    """Hi all,

Kelvindale canvass this Saturday! Meet 10.30 at the Botanics gate, Great Western Road side. We'll be doing Cleveden Crescent and the streets off it. Amy's bringing the tablet with the data.

See you there!
Aileen""", quoted_from="Aileen Munro <aileen.munro@btinternet.com>"), tags=("quoted", "implicit", "veiled"))

# 42 explicit written with substitutions
c.add("safety", subject="message for catriona", sender=("", "kn.ender@yopmail.com"), body="""catriona lennox u r g0nna get sh0t. m@rk my w0rds. b4 xmas""", tags=("explicit", "noisy"))

# 43 member's pub talk - conditional menace from 'respectable' former councillor
c.add("safety", subject="Proposed deselection", sender=c.person("Hugh", "Dalgleish"), body="""Jamie,

I was a councillor in this city for 24 years before some of your current EC were born, so I'll not be lectured on loyalty.

If Davie Boyle is deselected at the trigger ballot on the 30th, I'll take it very personally. I've still got a lot of friends on this side of the city, and some of them are not the sort who write emails. Certain people who are organising this might find Maryhill a less comfortable place to live. I'd pass that on if I were you.

H. Dalgleish""", tags=("conditional", "veiled"))

# 44 noisy misspelt, office volunteer
c.add("safety", subject="the volenteer at the office", sender=c.person("Shona", "Cairney", "hotmail.co.uk"), body="""the old man volenteer at the mp office on tuesdays, bald, glasses, he told me to "calm down" and that i wasnt the only one waiting on a housing transfer

i no him from the bowling club. i no his wife. i no were they live up at Summerston. he'l be hearing from my man. hes not a nice man my man when im upset""", tags=("implicit", "conditional", "noisy"))

# 45 pile-on report with doxxing of canvasser
c.add("safety", subject="Amy - canvasser - her photo is everywhere", sender=c.person("Aileen", "Munro"), body="""Jamie,

Amy (our 19-year-old canvasser) has been filmed on a doorstep on Cleveden Crescent by a resident who then put it on TikTok. It has 80k views. Comments are picking apart who she is, her uni, her part-time job. Someone's posted her Instagram handle and another person has replied with what they say is her halls address.

Her mum phoned me in tears. Amy's gone home to Ayr for the week. Can we get the party's help getting the video taken down and is there anyone who can talk to her about safety?

Aileen""", tags=("third-party-report", "pile-on", "doxxing"))

# 46 menace about count, sinister
c.add("safety", subject="good luck", sender=("", "good.luck.ewan@gmail.com"), body="""g o o d   l u c k   o n   t h e   n i g h t   e w a n.   w h a t e v e r   t h e   r e s u l t,   w e ' l l   b e   w a i t i n g.   w i n   o r   l o s e.""", tags=("veiled", "noisy"))

# 47 Arabic-speaker non-native, conditional about councillor's words
c.add("safety", subject="Cllr Boyle words about Syrian families", sender=c.person("Khaled", "Al-Hassan", "gmail.com"), body="""Dear Secretary

Councillor Boyle said in the meeting of the community council that the Syrian families in Ruchill "are not integrating" and "keep to themselves". My family is here since 2016, my children speak Glaswegian better than Arabic.

Our community is very angry. The young men say they will go to his surgery and show him how much they "keep to themselves". I try to stop them. I want that he apologise in public. If not, I cannot be responsible, we cannot control the young ones forever.

Khaled""", tags=("conditional", "veiled", "non-native"))

# 48 webform, "people like you end up"
c.add("safety", subject="New submission: Contact the CLP", sender=c.form_robot(), reply_to="historyrepeats@proton.me", fmt="plain", body=c.webform({
    "Name": "History",
    "Email": "historyrepeats@proton.me",
    "Postcode": "G20 8",
    "Subject": "For the MP",
    "Message": "Tell Catriona Lennox that people like her end up the way that MP in Essex ended up. Nobody will need to plan it. It just happens to people like her. Sooner or later.",
}), tags=("webform", "veiled", "wish-harm"))

# 49 explicit long rant ends in explicit
c.add("safety", subject="the party I gave my life to", sender=c.person("Thomas", "Feeney"), body="""I joined Labour in 1979. I've been a shop steward, a branch chair, a ward organiser. I went to every conference from 1983 to 2010. I stood in the snow outside the Linwood gates. I lost my job in the 80s because of the union.

What have I got now? An MP who won't meet me, a council that wants to close my library and my swimming baths and put me in a care home I'll have to sell my house for. A government that talks about "working people" like they're a focus group. I'm 71 and I've been made a fool of by people I'd have died for.

I'm past arguing. The next time that Lennox woman comes to Ruchill I'll be waiting at the hall with a hammer and I'll do what I should have done in May. I'm saying it plain so nobody can pretend they weren't told.

Tam Feeney""", tags=("explicit", "embedded"))

# 50 alt, veiled about secretary's children
c.add("safety", subject="Your wee boy", sender=("", "a.dad.g20@outlook.com"), fmt="alt", body=f"""{SECF},

Your wee boy plays for Kelvindale Thistle under 10s doesn't he. Sunday mornings at the Ruchill Park pitches. Good wee player, number 7.

Lots of dads on that touchline. Lots of them have opinions on what you've done to Andy Tait. Might be an idea to let his mum take him for a while.""", tags=("implicit", "veiled"))

# 51 harassment campaign, repeated calls report
c.add("safety", subject="Repeated calls and visits - Ross Gilchrist", sender=c.person("Ross", "Gilchrist"), body=f"""Hi {SECF},

Update since I last wrote. The man who came into the pharmacy has now been identified by my manager as someone who was thrown out of a Ruchill branch meeting last year. Since then:

- 23 calls to the pharmacy landline asking for me by name and hanging up.
- A one-star Google review of the pharmacy saying "staff member Ross Gilchrist is a Labour paedo" (Google removed it).
- He was in the car park again Tuesday and Thursday.
- My mum got a letter addressed to me at her house.

Police have given me a crime number and advised a non-molestation order. I'm thinking about withdrawing. I wanted you to hear that from me first.

Ross""", tags=("third-party-report", "harassment", "stalking"))

# 52 short, "consider this a warning"
c.add("safety", subject="warning", sender=("", "last.warning.kn@proton.me"), body="""The EC meets in the back room of the Burgh Halls on the first Monday. We'll be in the front room. Consider this your only warning. Cancel the Tait hearing.""", tags=("veiled", "conditional"))

# 53 leetspeak veiled
c.add("safety", subject="h3ll0 j@m13", sender=("", "n0.m3rcy.kn@yopmail.com"), body="""w3 kn0w wh3r3 y0u l1v3 j@m13. w3 kn0w wh3n y0u l3@v3. w3 kn0w wh0 y0u l1v3 w1th. dr0p th3 t@1t c@s3 0r d0nt. y0ur ch01c3""", tags=("implicit", "conditional", "noisy"))

# 54 txt-speak route home
c.add("safety", subject="gc", sender=("", "bigmac.g20@icloud.com"), body="""c u at the gc m8 😉 hope u got a lift hme after cos its a lang dark walk up that hill n sum of us r gettin awfy impatient wi u lot. nae offence like 😂😂""", tags=("veiled", "implicit", "noisy"))

# 55 dotted letters
c.add("safety", subject="b.o.y.l.e", sender=("", "kb.dots@proton.me"), body="""d.e.a.d m.a.n w.a.l.k.i.n.g

s.u.r.g.e.r.y s.a.t.u.r.d.a.y

w.e w.i.l.l b.e t.h.e.r.e""", tags=("veiled", "noisy"))

# 56 alternating caps mocking
c.add("safety", subject="rE: yOuR lEaFlEt", sender=("", "mocking.kn.77@gmail.com"), body="""oH lOoK "cAtRiOnA iS lIsTeNiNg" 🤡

sHe'S nOt LiStEnInG bUt We ArE. wE lIsTeN tO eVeRyThInG. lIkE wHeN sHe TeLlS hEr CaSeWoRkEr ShE's LeAvInG tHe OfFiCe EaRlY oN a FrIdAy. sEe YoU fRiDaY cAtRiOnA""", tags=("implicit", "veiled", "noisy"))

# 57 dyslexic heavy misspelling, conditional
c.add("safety", subject="my dauter", sender=c.person("Craig", "Wallace", "hotmail.co.uk"), body="""mr renie

my dauter was tole by the mp ofice she carnt get help with her aplication for the flat becuase shes not in the rite area. she has bin liveing in ruchill 6 yeers

i am warning you now if she dosnt get seen i will be waching that ofice evry day and i will folow that woman kirsty home and have it out with her. she wont like it. i no its her car the wite fiesta

Craig""", tags=("conditional", "stalking", "implicit", "noisy"))

# 58 voice-to-text style, no punctuation, misrecognised words
c.add("safety", subject="message for the councillor for cave in bray", sender=c.person("Agnes", "Dunlop", "aol.com"), body="""hello this is a message for the councillor for cave in bray ward full stop i want to say that the bin men have not been for three weeks and my son says he knows where councillor boil lives and he is going to take all the bags round to his house and leave them on his step and then we'll see how he likes it and maybe more than bags my son says full stop he is very angry full stop from agnes dunlop

Sent from my Samsung Galaxy smartphone.""", tags=("implicit", "veiled", "noisy"))

# 59 Chinese student non-native, veiled third-hand
c.add("safety", subject="Complaint about your member on campus", sender=c.person("Wei", "Zhang", "163.com"), body="""Dear Sir/Madam,

I am postgraduate student at university. Last week one man who say he is Labour member at the stall on University Avenue tell me and my friend "go back to China" and he take photo of us.

Now some classmates in our group chat share his photo and his name and the address of his flat, they find it from internet. They say they will go to his flat to "teach him lesson". I think this is not good and I am scared of trouble for everybody but I also want that your party know what your member did. Maybe you should tell him to be careful.

Best regards,
Zhang Wei""", tags=("third-party-report", "doxxing", "veiled", "non-native"))

# 60 Spanish non-native, wish-harm
c.add("safety", subject="the MP and the care workers visa", sender=c.person("Lucia", "Romero", "gmail.com"), body="""Hello,

I am care worker from Spain, 9 years in Glasgow. Now with the new rules about visa for care workers my colleagues from Philippines and Zimbabwe must leave. The residents cry. Nobody will do this work.

Your MP vote for this. I hope that one day she is old and alone and nobody come to wash her and give her the food, and she lie there in her bed and wait and wait. I hope this happen. I wish this to her with all my heart. Is not a threat, is my wish.

Lucía""", tags=("wish-harm", "non-native"))

# 61 ALL CAPS long, veiled line inside
c.add("safety", subject="ENOUGH IS ENOUGH KELVIN NORTH", sender=c.person("Robert", "Gillies", "btinternet.com"), body="""TO THE LABOUR PARTY KELVIN NORTH

I HAVE BEEN ON THE PHONE TO YOUR MP OFFICE 11 TIMES ABOUT MY NEIGHBOURS DOG AND THE NOISE AND THE COUNCIL SAY IT IS THE POLICE AND THE POLICE SAY IT IS THE COUNCIL AND YOUR MP SAYS IT IS THE COUNCIL. NOBODY TAKES ANY RESPONSIBILITY FOR ANYTHING IN THIS COUNTRY ANY MORE.

I PAY MY COUNCIL TAX. I HAVE NEVER BEEN IN TROUBLE IN MY LIFE. I AM 68 YEARS OLD AND I HAVE NOT SLEPT A FULL NIGHT SINCE MARCH.

SINCE NOBODY WILL DO ANYTHING I HAVE STARTED FINDING THINGS OUT FOR MYSELF. I KNOW WHERE COUNCILLOR MUNRO LIVES NOW AND I KNOW HE HAS A DOG TOO. MAYBE HE WOULD LIKE TO FIND OUT WHAT ITS LIKE WHEN SOMEBODY ELSE DECIDES WHAT HAPPENS TO YOUR DOG. THINK ABOUT THAT.

R GILLIES""", tags=("implicit", "veiled", "embedded", "noisy"))

# 62 pakistani-english elder, sinister polite
c.add("safety", subject="Request regarding Councillor Rashid", sender=c.person("Ghulam", "Rasool", "hotmail.co.uk"), body="""Respected Secretary Sahib,

With due respect I am writing on behalf of some elders of the Garscube Road community. Sister Amina is talking too much in newspaper about private matters of our families. We have tried to tell her father kindly.

Kindly request her to stop for the sake of her good family and her small children, whom we all know very well and see every day at the madrassa. It is not good for a lady to have so many enemies. We are only worried for her safety as a brother would be.

JazakAllah,
Ghulam Rasool""", tags=("implicit", "veiled", "non-native"))


# Tag the messages that mailkit happened to render HTML-only (fmt chosen at random).
import email as _email  # noqa: E402
for _i, (_data, _cats, _mn, _tags) in enumerate(c.items):
    if _email.message_from_bytes(_data).get_content_type() == "text/html" and "html-only" not in _tags:
        c.items[_i] = (_data, _cats, _mn, _tags + ("html-only",))

c.write()
