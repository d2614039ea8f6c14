"""train_tk4: reports of threats against our people vs talk about threats/security/abuse.

Hatherley CLP. Hand-written; safety reports, hard negatives, and a few ordinary messages.
"""
from mailkit import Corpus

c = Corpus("train", "tk4", seed=2404)
P = c.person
FB = ("Facebook", "notification@facebookmail.com")
MPOFFICE = "asante-mp-office.example.org.uk"

# ============================================================== SAFETY ==========

c.add("safety", subject="Car", sender=P("Graham", "Foster"),
      tags=("implicit", "self-report", "third-party-report"),
      body="""Priya,

All four tyres slashed on the car overnight, and someone's scratched "LTN = DEATH" into the bonnet. It's parked outside the house, not at the council. Second time something's happened since the Brookside scheme went in (the first was the wing mirror, which I put down to kids).

Police have been. I'm going to get a camera.

I'll still be at EC Monday but I'll be late - waiting for the tyre place.

Graham
Cllr, Brookside
""")

c.add("safety", subject="on my doorstep this morning", sender=P("Denise", "Wright"),
      tags=("suspicious-item", "implicit", "self-report", "third-party-report"),
      body="""Priya, I'm sorry to bother you so early.

When I opened the front door this morning to take the recycling out there was a dead rat on the step, laid out on a sheet of paper. On the paper someone had written in marker "RATS LIKE YOU". I don't think it's a coincidence that it's the week after my name went on the Moorfield leaflet.

My son has cleared it up and put the paper in a bag for the police. They're coming this afternoon.

I am quite upset. Can we talk about whether I should carry on as candidate.

Denise
""")

c.add("safety", subject="Mrs Okonjo's gate", sender=P("Tariq", "Mahmood"),
      tags=("implicit", "third-party-report", "suspicious-item"),
      body="""Hi Priya,

I'm writing on behalf of Mrs Grace Okonjo on Kingsmead Road (Station branch, 83, no email). She phoned me in a state this morning.

She's had a Labour poster in her front window since the by-election started. This morning there was a length of rope tied to her front gate in a noose. No note. Her neighbour saw two young men by the gate late last night but didn't think anything of it.

I've been round. I've taken the rope off and photographed it, and the police have been called and are treating it as a hate incident. Mrs Okonjo has taken the poster down, and I don't blame her.

Could the CLP write to her, and could one of the councillors visit? She'd like to feel the party hasn't forgotten her.

Tariq
Station branch
""")

c.add("safety", subject="Fw: Re: your housing case", sender=P("Lorraine", "Bailey", provider=MPOFFICE),
      tags=("forwarded", "explicit", "third-party-report", "following"),
      body=c.forward(
          """Priya - Daniel asked me to share this with the CLP as the same man has been turning up at the Saturday stall. Police informed, ref in our log. I've finished at 3 every day this week and someone's been walking me to the car.
Lorraine (caseworker)""",
          """You lied to me. Everyone at that office lies. I will wait for you outside, I know you finish at 4 and I know you park in the Sainsbury's. Then we'll see how you like being ignored.""",
          "Shane Mullins <smullins77@gmail.com>", "Re: your housing case"))

c.add("safety", subject="canvass session Kingsmead - mopeds", sender=P("Hamza", "Chaudhry"),
      tags=("following", "implicit", "third-party-report"),
      body="""Priya,

Report from Thursday evening's session on Kingsmead (there were four of us: me, Zainab, Ruth and Owen).

About 7.15 a group of lads on two mopeds and a bike started riding round us in circles on Kingsmead Crescent, close enough to make us step back. They shouted "Labour scum" and the usual. When we moved on to Alder Walk they followed us at walking pace for about ten minutes. As they left one of them filmed us and said "we'll remember your faces, see you next week".

No one was hurt. Zainab is 17 and was quite frightened. We stopped the session early.

Can we please not do Kingsmead in the evenings in the dark for now, and can someone tell the police? I'm not sure it's for me to do.

Hamza
""")

c.add("safety", subject="Strava: New comment on your activity", sender=("Strava", "no-reply@strava.example.com"),
      headers=c.newsletter_headers("other"), fmt="alt",
      tags=("social", "stalking", "implicit"),
      body="""Strava

Anon Runner commented on your activity "Morning Run - canal loop":

"Same route every morning at 6 eh councillor. Nice and quiet down by the lock. See you there tomorrow 👋"

View activity

You are receiving this email because of your notification settings. Manage your settings.
""")

c.add("safety", subject="FW: (no subject) - from Cllr Hussain's brother", sender=P("Kamran", "Hussain"),
      tags=("non-native", "implicit", "veiled", "third-party-report"),
      body="""Dear Sister Priya,

I am the brother of Councillor Arif Hussain, I am living with him and his family in Sandhill. He is asking me to write you because he is very busy with the council.

Yesterday evening at around 9pm two mens came to the house and knock very loud. When I open, they ask for Arif. I say he is not at home. They say "tell him we are watching him and his family. He know why." Then they go. They was not from our community. One had a tattoo on the neck.

We have tell the police. Arif say also the party must know because it is about the vote on the mosque extension I think.

Please advise what we should do now. The childrens are scared.

Thank you,
Kamran Hussain
""")

c.add("safety", subject="Something written on my car", sender=P("Rasa", "Petrauskaite"),
      tags=("non-native", "implicit", "conditional", "self-report", "third-party-report"),
      body="""Hello Priya,

I am member in Hatherley Green since last year, I help with leaflet delivery. This morning somebody write on my car with a marker pen: "GO HOME RED" and under "NEXT TIME YOUR HOUSE". The car have Labour sticker in the back window, and my Lithuanian flag keyring.

I don't know who. The car is parked on the street. I call police and they give me number. I remove the sticker.

I think I must tell you because maybe other members with stickers have same problem. I am a little afraid now to deliver in my own street.

Best regards,
Rasa
""")

c.add("safety", subject="some1 keeps messaging me", sender=P("Mia", "Thompson", provider="gmail.com"),
      tags=("noisy", "stalking", "third-party-report", "self-report"),
      body="""hi priya sorry 2 bother u

theres this guy whos been dming me on insta + snap since the YL stall at the college. he knows my name n my college n now he says he knows where i live cos he "saw me get off the 14 at the shops" which is like literally my road. he keeps saying hes gonna come to the YL social on fri "to see me properly"

idk if i should go now?? my mum says tell labour. i blocked him but he made a new acc

mia x
""")

c.add("safety", subject="New response to Volunteer sign-up 2026", sender=("Google Forms", "forms-receipts-noreply@google.com"),
      tags=("webform", "veiled", "implicit", "robot-no-list-headers"),
      body="""Volunteer sign-up 2026
A new response was submitted.

Full name: Ray Dobbs
Email: ray.dobbs.hatherley@gmail.com
Ward: Moorfield
How would you like to help?: Canvassing
Do you have any access needs we should know about?: No. But your candidate Denise will after we're finished with her
Anything else?: See you all on the doorstep

View all responses in Sheets
Google Forms: create your own form
""")

c.add("safety", subject="Re: that email to the ward account", sender=P("Bev", "Cooper"),
      tags=("quoted", "veiled", "doxxing", "third-party-report"),
      body=c.quote_reply(
          """Agreed, nobody replies to it. Priya - copying you in so the CLP has it on file. I've sent it to the police this morning.

Bev (Chair)""",
          """Bev - this came into the Castle ward inbox overnight. What do we do?

> From: watchingyou2026@outlook.com
> To: Castle ward Labour
>
> Your candidate Emma lives at 4 Rowan Court, second floor, drives
> a red Fiesta, takes her little boy to Castle Primary at 8.40. We
> know a lot more than that. Pull her out of the election before
> the 7th or we'll start sharing it with people who aren't as nice
> as us.

Sadia""", quoted_from="Sadia Rahman <sadia.castleward@gmail.com>", style="gmail"))

c.add("safety", subject="Letter about Thursday's vote", sender=P("Jonathan", "Peel"),
      tags=("embedded", "conditional", "veiled"),
      body="""Dear Ms Nair,

I hope this finds you well. I'm writing as somebody who has voted Labour at every election since 1979, and who canvassed for the party in Hatherley in the 1990s, so please don't mistake me for a troll.

I'm writing about the vote in Parliament next week on the welfare changes. I've written to Mr Asante twice and had a standard reply both times. Many people in my street, decent people, disabled people, are terrified of what it means for them. Some of them are very angry, angrier than I have ever seen.

I want you to pass this on to him. If he votes for these cuts, I honestly won't be able to stop some of the people I know from doing what they've been talking about doing to him when he next holds his surgery at the library. They know he does the first Saturday. They've talked about waiting for him at his car. I'm telling you so that nobody can say they weren't warned.

I sincerely hope he does the right thing.

Yours sincerely,
Jonathan Peel
""")

c.add("safety", also=["urgent"], subject="Saturday surgery - knife", sender=P("Owen", "Parker"),
      tags=("explicit", "third-party-report"),
      body="""Priya,

I was on the door at Daniel's surgery at the library this morning. A man who wasn't booked in tried to get in and when I said he'd need an appointment, he opened his coat and showed me a knife in the inside pocket and said "just so you know, I'm not going anywhere". The librarian called 999 and he walked off before they arrived. Daniel was inside with a constituent and didn't see.

Police have his description and the library CCTV.

I'm OK. I don't think we should do next week's surgery there without someone from the police or at least two of us on the door. Can we discuss today?

Owen
""")

c.add("safety", subject="my daughter's photo", sender=P("Emma", "Gallagher"),
      tags=("pile-on", "implicit", "self-report", "third-party-report"),
      body="""Priya,

Since my comments in the council meeting about the hostel, there's been a thread in the "Hatherley Uncensored" Facebook group with over 300 comments about me. Most of it I can live with. But someone has posted a photo of me with my daughter at her school gates, taken from the road, and people are commenting things like "she's got a lot to lose" and "shame if the little one found out what mummy's done". One man has asked for "her route to school".

I've reported it and the group admin has refused to take it down. The police have taken screenshots. I'm going to keep my daughter off school tomorrow.

Please can the party help with getting it removed. I don't know who else to ask.

Emma
""")

c.add("safety", subject="leaflet through doors on my road", sender=P("Sally", "Edwards"),
      tags=("doxxing", "implicit", "third-party-report", "self-report"),
      body="""Priya - one of my neighbours gave me this. Someone has put a printed flyer through every door on Beech Crescent: "YOUR NEIGHBOUR COUNCILLOR SALLY EDWARDS SUPPORTS THE HOSTEL. SHE LIVES AT NUMBER 23. LET HER KNOW WHAT YOU THINK - DAY OR NIGHT." With my photo.

Police have a copy. I'm fine, my neighbours are lovely, but I've got a twelve year old. I'll ring you later.

Sally
""")

c.add("safety", also=["urgent"], subject="Tuesday's booking - a call to the school", sender=("Mrs J Whitlock", "head@castleprimary.example.sch.uk"),
      tags=("third-party-report", "veiled", "conditional"),
      body="""Dear Ms Nair,

I'm the headteacher at Castle Primary, where your Castle ward branch has booked the school hall on Tuesday evening.

This afternoon our office received a phone call from a man who would not give his name. He said: "You've got the Labour lot using your hall Tuesday. Be a shame if something happened to the school because of them." Our business manager has reported this to the police.

I'm sorry, but with the children's safety in mind, the governors and I have decided we must cancel Tuesday's booking and any further bookings until the police have looked into this. Your fee will be refunded.

I'm sorry to write with such news.

Yours sincerely,
Jane Whitlock
Headteacher
""")

c.add("safety", subject="silver car - third time", sender=P("Zainab", "Ahmed"),
      tags=("following", "stalking", "self-report", "third-party-report"),
      body="""Hi Priya,

There's been a silver Audi parked opposite my house with the engine running, late at night, on three nights now (Sun, Tues, last night). Last night when I drove to my mum's it pulled out and followed me to the end of the ring road, then turned off when I went into the petrol station. I've got part of the number plate.

It started after I was on Look North about the Sandhill selection. I've reported it. I'm probably going to stay at mum's for a few days.

Z
""")

c.add("safety", subject="the count", sender=P("Rob", "Clarke"),
      tags=("third-party-report", "explicit", "conditional"),
      body="""Priya, a bloke I know from the football told me last night that Gavin Reece (the independent's mate, used to be on the door at the Crown) has been telling people he's going to "turn up at the count with the lads and sort out the Labour agent" if the independent loses. He said it in front of a pub full of people. Might be bravado. But it's Nicola who's agent, and she's 5 foot nothing. I'd tell the returning officer and the police. Rob""")

c.add("safety", subject="WE ARE WATCHING", sender=("watcher", "h4therley.watch@proton.me"), fmt="html",
      tags=("html-only", "implicit", "veiled"),
      body="",
      html_body="""<html><body style="background:#000"><p style="color:#c00;font-size:28px;font-family:Impact">WE ARE WATCHING YOU PRIYA</p>
<p style="color:#fff;font-family:Arial">Larch Road is a nice quiet street isn't it. The secretary of the local Labour party should be more careful what she puts her name to.</p></body></html>""")

c.add("safety", subject="ward office", sender=P("Linda", "Harris"),
      tags=("explicit", "third-party-report"),
      body="""Priya, "HANG THE TRAITOR HARRIS" painted across the shutter of my ward office at the library overnight. Council are cleaning it this afternoon. I've photos and a crime number. I'm cancelling the Friday drop-in this week.
Linda""")

c.add("safety", subject="[Hatherley Members] PLEASE READ - filming outside the GC",
      sender=P("Ruth", "Phillips"), headers=c.list_headers("Hatherley Members", domain="googlegroups.example.com", precedence=False),
      tags=("list", "third-party-report", "doxxing", "following"),
      body="""Hi everyone,

I'm posting this with Priya's agreement.

On Thursday a man was filming members as we left the GC at the Methodist hall. Several of you saw him. He's since posted the video on a far-right Telegram channel with names added to some of the faces (mine is one), and a caption saying "now we know who they are - follow them home". Some comments underneath say they've found addresses.

The police are aware. Until we know more:
- please don't leave meetings alone - wait and walk out together
- if you think someone is following you, go somewhere busy and call 999
- tell Priya or me if you've been contacted or approached

Please don't share the video, even to complain about it.

Ruth
Vice-chair

--
You received this message because you are subscribed to the Google Groups "Hatherley Members" group.
To unsubscribe from this group, send an email to hatherley-members+unsubscribe@googlegroups.example.com
""")

c.add("safety", subject="the house opposite", sender=("Keith Armitage", "keith.armitage@ntlworld.com"),
      tags=("third-party-report", "stalking"),
      body="""Dear Sir/Madam,

I live opposite Councillor Linda Harris on Sandhill Road. I'm not a Labour voter, I should say, but she's a good neighbour.

For about two weeks a man has been sitting in a parked car across from her house, most evenings from about 7 until after 10, and sometimes first thing. He watches the house. When she comes out he starts the engine. I took his number plate (written below) and a photo on my phone. Yesterday he saw me looking and gave me a thumbs up and pointed at her house.

I don't know whether she knows. I didn't want to frighten her. I thought the party should know and would know what to do.

Registration: HX19 ???

Yours faithfully,
Keith Armitage
""")

c.add("safety", subject="persistent caller - need to escalate", sender=P("Lorraine", "Bailey", provider=MPOFFICE),
      tags=("harassment", "stalking", "third-party-report"),
      body="""Priya,

Flagging to you because two of the people affected are CLP volunteers who help on our reception.

We have a caller who rings the office up to 30 times a day. He asks for the women staff and volunteers by first name, and in the last fortnight he's started describing what they're wearing ("Sofia in the green jumper today") and saying he watches them "through the window". Our office is ground floor with a big front window. We've moved desks, put film on the glass and reported it to the police, who are treating it as harassment.

The two volunteers (Sofia and Helen) have asked not to do reception shifts until this is sorted, which is completely fine. If you could let the branches know we're short on reception cover that would help - please don't say why.

Lorraine
""")

c.add("safety", also=["procedural"], subject="Re: minutes and that insta thing", sender=P("Adam", "Rose"),
      tags=("embedded", "offhand", "doxxing", "self-report", "third-party-report"),
      body="""Hi Priya,

Minutes from the Sandhill branch attached. Couple of corrections from last time: it was Jean who seconded the bus motion not Joan, and we agreed the social for the 13th not the 6th.

Also ha, slightly weird thing - someone on Instagram sent me a message that was just a bullet emoji and my home address, the full thing with postcode. Account had no posts and no followers so it's probably some bot, but the training said report everything so I'm reporting it. I've screenshotted it.

Can you confirm the GC is still at the Methodist hall?

Adam
""")

# ========================================================== HARD NEGATIVES ==========

c.add("bulk", subject="New: report an incident online", sender=("Labour Regional Office", "regional.comms@labour-regional.example.org.uk"),
      headers=c.newsletter_headers("Mailchimp"),
      tags=("hard-negative", "security-briefing"),
      body="""Dear CLP officers,

We've launched a new online form for reporting incidents of abuse, intimidation or threats experienced by members, volunteers, candidates and staff during party activity. It replaces the old paper form.

The form is on Membersnet under Support > Safety. Reports go directly to the regional safety lead and are handled confidentially. You can report on someone else's behalf with their consent.

Please share this with your branch secretaries and add a link to your candidate packs.

Thank you,
Regional Office

Unsubscribe | Update preferences
""")

c.add("bulk", subject="Councillors' personal details: new guidance", sender=("Local Councils Network", "bulletin@lcnetwork.example.org.uk"),
      headers=c.newsletter_headers("Campaign Monitor"), fmt="alt",
      tags=("hard-negative", "security-briefing", "news-about-threats"),
      body="""LCN Weekly Bulletin

Councillors' personal details: new guidance published

Following consultation, we've published updated guidance for councils on protecting councillors' personal information. In light of rising concern about intimidation of elected members, the guidance recommends that:
- councillors' home addresses should not be published on council websites by default;
- registers of interests can show "an address in the borough" where a councillor has a reasonable concern;
- councils should offer councillors a dedicated council phone number and email.

Also this week: adult social care funding, pothole league tables, and the new procurement rules.

Read the full bulletin on our website.
""")

c.add("other", subject="Great Get Together - picnic in June?", sender=P("Chloe", "Harris"),
      tags=("hard-negative", "news-about-threats"),
      body="""Hi Priya!

I've been listening to a podcast about the Great Get Together weekend that happens every June in memory of Jo Cox - community picnics, street parties, that sort of thing, all about "more in common". Lots of CLPs do something non-partisan with local groups. Could we do one in Hatherley Park? I'd happily organise it. Thought I'd ask before I get carried away!

Chloe
""")

c.add("procedural", subject="Conference motion: online safety and social media platforms", sender=P("Aisha", "Khan"),
      tags=("hard-negative", "motion"),
      body="""Dear Priya,

Moorfield branch would like to submit the following as a contemporary motion for consideration by the GC for Annual Conference.

Conference notes the scale of abuse, harassment and threats on social media platforms, including the coordinated targeting of women, Black and Asian people, LGBT+ people and elected representatives of every party; and the slow response of platforms to reports.

Conference believes that platforms must be accountable for the harms they profit from.

Conference calls on the government to:
1. strengthen the regulator's powers to fine platforms that fail to act on reported threats within 24 hours;
2. require platforms to share data with police where a credible threat is made;
3. fund digital safety education in every secondary school.

Proposed: Aisha Khan. Seconded: Tariq Mahmood.

Aisha
""")

c.add("query", subject="canvassing in the dark", sender=P("Wendy", "Dixon"),
      tags=("hard-negative", "policy-query"),
      body="""Hello, now the clocks have gone back is there any guidance about canvassing after dark? I'm happy to carry on with the Tuesday sessions but I'd like to know if we should stop at 7 or anything. Wendy (Hatherley Green)""")

c.add("other", subject="Saturday surgery - unpleasant but fine", sender=P("Josh", "Lewis"),
      tags=("hard-negative", "rudeness"),
      body="""Hi Priya, for the record, at Saturday's surgery one constituent swore at me on the door when I told him there was a 20 minute wait, called me a "jumped-up little t***" and stormed out. He came back 10 minutes later, apologised (sort of) and waited his turn. Daniel saw him and it was about his disability benefits, he was very stressed. Nothing to action, just logging it as we're told to. Josh""")

c.add("query", subject="car keys", sender=P("Derek", "Moore"),
      tags=("hard-negative", "lost-property"),
      body="""Found a set of car keys (Ford, with a Blackpool Tower keyring) in the Methodist hall car park after the GC. Anyone? I've left them with the caretaker. Derek""")

c.add("other", subject="noticeboard at Kingsmead", sender=P("Ruth", "Phillips"),
      tags=("hard-negative", "broken-window"),
      body="""Priya, FYI the glass on our branch noticeboard outside the Kingsmead shops got smashed at the weekend. Looks like the same kids who've done the bus shelter and the chippy window - it's been a bad week on the parade, the PCSO says there's been a spate. Nothing written, posters still inside. I'll get a quote for perspex.
Ruth""")

c.add("bulk", subject="Hatherley Policing Team: meet us at the library", sender=("Hatherley Policing Team", "hatherley.npt@police-alerts.example.uk"),
      headers=c.newsletter_headers("other"), fmt="html",
      tags=("hard-negative", "police-newsletter", "html-only"),
      body="""Hatherley Policing Team

Police surgeries this month
Come and talk to us about any concerns in your area.
- Castle Library, Tues 2 Dec, 10-12
- Kingsmead Community Hub, Thurs 4 Dec, 3-5
- Sandhill Co-op (outside), Sat 6 Dec, 11-1

Shoplifting
We've seen an increase in shoplifting in the town centre and are working with retailers.

Christmas
Keep presents out of sight in cars. Be wary of parcel delivery scam texts.

Call 101 or report online. In an emergency, always call 999.""")

c.add("complaint", subject="Respectful debate code = censorship", sender=P("Martin", "Young"),
      tags=("hard-negative", "angry"),
      body="""Priya,

I see the EC has adopted a "respectful debate" code for meetings and online groups following the regional guidance on abuse. I want to register my objection in the strongest terms.

Nobody is in favour of abuse. But the code as written lets the chair shut down anyone who criticises the leadership "in a manner likely to cause distress". Criticising the leadership IS the job of a CLP. This will be used against the left, as these things always are.

I want it back on the GC agenda for a proper vote.

Martin Young
""")

c.add("data-protection", subject="our house in the minutes", sender=P("Carol", "Wilson"),
      tags=("hard-negative", "privacy-request", "dp-no-legal-words"),
      body="""Hi Priya,

We hosted the Castle branch meeting at our house in October while the school hall was being painted. The minutes went on the CLP website and they say "meeting held at the home of Carol and Steve Wilson, 12 Orchard Way". Could that be changed to just "a member's home"? We don't really want our address on a website. Thanks!

Carol
""")

c.add("procedural", subject="Lone working and winter canvassing - draft guidance for branches", sender=P("Hamza", "Chaudhry"),
      tags=("hard-negative", "risk-assessment"),
      body="""Priya,

As asked at EC, here's a draft one-pager for branches. Comments welcome before it goes to GC.

WINTER CANVASSING - GOOD PRACTICE
1. Minimum two people together at all times. Sessions of four or more preferred.
2. Finish by 7.30pm from November to February unless the session is in a well-lit, busy area.
3. The session leader keeps a list of who is out and checks everyone is back. Use the WhatsApp group to say "home safe".
4. Hi-vis optional but sensible on unlit roads.
5. If a conversation turns hostile, thank them and leave. Don't argue. Mark the sheet.
6. Anything that worries you - tell the session leader and the CLP secretary the same day.
7. Under-18s only with a named adult and parental consent.

Hamza
Campaign coordinator
""")

c.add("other", subject="fire alarm test Tuesday", sender=("Castle Primary Office", "office@castleprimary.example.sch.uk"),
      tags=("hard-negative", "drill-notice"),
      body="""Dear hirers,

Please note the fire alarm system will be tested at 6pm on Tuesday 18th as part of the annual service. If you are using the hall at that time you will hear the alarm for up to 5 minutes - there's no need to evacuate unless the caretaker tells you.

Thank you,
School Office
""")

c.add("complaint", subject="winter fuel - blood on your hands", sender=P("Brian", "Ward", provider="aol.com"),
      tags=("hard-negative", "metaphor", "angry"),
      body="""I am 79. I have voted Labour all my life. This government took my winter fuel payment and then gave half of it back as if we should say thank you. Pensioners on this estate will freeze to death this winter and every Labour MP who voted for it will have blood on their hands. Tell Mr Asante he's lost my vote and my family's. I'll be telling everyone at the bowls club why.

B. Ward
""")

c.add("other", subject="THE GAZEBO", sender=P("Leanne", "Shah"),
      tags=("hard-negative", "benign-violent-word"),
      body="""Priya I am going to KILL Dave. He's had the branch gazebo since the summer fete and now he's "not sure where it is". If you see him at EC please strangle him for me (gently). We need it for the Christmas market on the 13th!!
L 🙃""")

c.add("complaint", subject="poster on the lamppost outside my house", sender=P("Nigel", "Bradshaw"),
      tags=("hard-negative", "legal-threat", "angry"),
      body="""Your party has cable-tied an election poster to the lamppost directly outside my front window without permission. I believe this breaches council rules on fly-posting. Remove it within 48 hours or I will remove it myself and pass the matter to my solicitor and the council's enforcement team.

N. Bradshaw
""")

c.add("complaint", subject="Resigning the whip", sender=P("Kevin", "Patel"),
      tags=("hard-negative", "angry"),
      body="""Priya,

Please take this as notice that I'm resigning the Labour whip on the council with immediate effect. I've given this party 14 years and the way the Sandhill selection was handled is the final straw. I'll be sitting as an independent.

I'll have more to say at the right time. Watch this space.

Kevin
""")

c.add("bulk", subject="Stop The Hostel - Hatherley Residents shared an event", sender=FB,
      headers=c.newsletter_headers("Facebook"),
      tags=("hard-negative", "protest-notice", "social"),
      body="""Hatherley Residents Action Group shared an event

PEACEFUL PROTEST: Stop The Hostel
Saturday 10:30am, outside Hatherley Town Hall
"Bring your placards and your families. This is a peaceful, family-friendly protest. Let the council hear our voices before the vote."

312 going · 540 interested

See event

This message was sent to secretary@hatherleylabour.org.uk. Unsubscribe.
Meta Platforms Ireland Ltd.
""")

c.add("bulk", subject="[Hatherley Members] Man jailed for threatening Kent MP",
      sender=P("Stephen", "Kelly"), headers=c.list_headers("Hatherley Members", domain="googlegroups.example.com", precedence=False),
      tags=("hard-negative", "news-about-threats", "list"),
      body="""From the BBC website today:

"A man who sent threatening messages to a Kent MP and her staff has been jailed for 20 months. The court heard he sent more than 200 emails over six months, some referring to her home and family. The judge said elected representatives must be able to do their work without fear."

Good. Hopefully it makes others think twice.

Stephen

--
You received this message because you are subscribed to the Google Groups "Hatherley Members" group.
""")

c.add("other", also=["query"], subject="question for a feature", sender=("Amy Chen", "amy.chen@hatherleyadvertiser.example.co.uk"),
      tags=("hard-negative", "news-about-threats"),
      body="""Hi Priya,

I'm putting together a longer feature for January on how local politics has changed - abuse, online pile-ons, people standing down. I'm asking all the local parties the same questions:

1. Has your party noticed a change in the last five years?
2. Do you find it harder to recruit candidates?
3. Is there anything you'd like councils or platforms to do?

No rush - anything by mid-December would be great. Happy to talk on the phone.

Amy Chen
Hatherley Advertiser
""")

c.add("complaint", subject="Cllr Patel's behaviour at branch", sender=P("Janet", "Moore"),
      tags=("hard-negative", "angry"),
      body="""Dear Secretary,

I want to make a formal complaint about Cllr Kevin Patel's behaviour at the Sandhill branch on 4 November. When I asked a question about the selection timetable he said, in front of twenty people, that it was "a stupid question from someone who should know better", and then talked over me when I tried to reply. This is not the first time.

I'd like to know what the process is and whether it can go to the EC.

Janet Moore
""")

c.add("bulk", subject="Reminder: De-escalation skills for surgery volunteers - tomorrow", sender=("Eventbrite", "noreply@order.eventbrite.com"),
      tags=("hard-negative", "training", "robot-no-list-headers"),
      body="""Reminder: your event is tomorrow

De-escalation skills for surgery volunteers (Online)
Thursday, 7:00 PM - 8:30 PM GMT

Learn practical techniques for calming tense conversations at surgeries, stalls and on the doorstep.

Join link: will be sent 1 hour before.

View your ticket | Contact organiser
""")

c.add("query", subject="process for complaint about a member's tweets", sender=P("Rebecca", "Murray"),
      tags=("hard-negative", "policy-query"),
      body="""Hi Priya,

A member of our branch has been posting some really offensive stuff on X about trans people and about Jewish members. It's not aimed at anyone in particular and it's not threatening, just vile. What's the right process - do I report to you, to region, or directly to the national complaints team? I don't want it to turn into a branch row.

Rebecca
""")

c.add("query", subject="Fw: Urgent payment - treasurer", sender=P("Moira", "Campbell"),
      tags=("hard-negative", "security", "forwarded"),
      body=c.forward(
          """Priya, this came from "Tariq" but the address is odd. Is it a scam? I haven't paid anything. Moira""",
          """Hi Moira, are you available? I need you to process an urgent payment of £1,850 to a supplier for the leaflets today. I'm in meetings all day so can't talk, just reply and I'll send the details. Tariq (Treasurer)""",
          "Tariq Mahmood <treasurer.hatherley.clp@mail-office365.example.net>", "Urgent"))

c.add("procedural", subject="Councillor report for GC - Kingsmead", sender=P("Tariq", "Mahmood"),
      tags=("hard-negative", "benign-violent-word"),
      body="""Kingsmead ward report - November GC

- Knife crime in the ward is down by a third on last year following the youth centre reopening and the extra PCSO. Good news but we can't be complacent.
- Kingsmead Crescent street lighting upgrade finished.
- Housing repairs backlog - still awful. I've escalated damp cases at Alder Walk to the director.
- Crime and ASB: residents' meeting with police on 3 December.

Cllr Tariq Mahmood""")

c.add("bulk", subject="Annual Conference: accreditation and security checks - deadline", sender=("Labour Conference", "conference@labour-events.example.org.uk"),
      headers=c.newsletter_headers("other"),
      tags=("hard-negative", "security-briefing", "robot-no-list-headers"),
      body="""Delegate accreditation

All delegates and visitors must complete accreditation, including a security check, by the deadline. Passes will not be issued on the day. You will need photo ID and a passport-style photograph.

Bags will be searched on entry to the secure zone. Please allow extra time.

Do not reply to this email.
""")

# ============================================================== ORDINARY ==========

c.add("procedural", subject="Conference delegate nomination", sender=P("Aisha", "Khan"),
      tags=("ordinary",),
      body="""Priya, Moorfield branch nominates Zainab Ahmed as one of the CLP's conference delegates (women's place). She's agreed. Aisha""")

c.add("query", subject="New submission: Contact us", sender=c.form_robot(), reply_to="ghall1952@sky.com",
      tags=("ordinary", "webform"),
      body=c.webform({"Name": "Gordon Hall", "Email": "ghall1952@sky.com", "Postcode": "HT7 3QB",
                      "Message": "Which ward am I in and who are my councillors? I've just moved to Brookside Drive."}))

c.add("bulk", subject="Shared with you: \"Christmas leaflet round - map\"", sender=("Google Drive", "drive-shares-dm-noreply@google.com"),
      tags=("ordinary", "robot-no-list-headers"),
      body="""Ruth Phillips shared a document

Christmas leaflet round - map
"Priya - here's the map with the rounds marked, can you check Station ward?"

Open

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043""")

c.add("other", subject="Re: room for the EC", sender=P("Ruth", "Phillips"),
      tags=("ordinary", "quoted"),
      body=c.quote_reply("Perfect, room 2 it is. See you Monday.", """Hi Ruth, the Methodist hall say room 2 is free Monday 7pm instead of the main hall. OK? Priya""", style="outlook"))

c.add("other", subject="Happy news!", sender=P("Zainab", "Ahmed"),
      tags=("ordinary",),
      body="""Hi Priya, just wanted to share - I got into the university I wanted! I'll still be around for the campaign in May, promise. Thank you for all the encouragement xx""")

c.add("bulk", subject="Hatherley Co-operative Party - December news", sender=("Hatherley Co-op Party", "hatherley@coopparty-branches.example.org.uk"),
      headers=c.newsletter_headers("Mailerlite"),
      tags=("ordinary",),
      body="""December news: our AGM is on 14 January, nominations for officers now open. Festive social at the Rose and Crown on the 19th. Unsubscribe.""")

c.add("query", subject="arrears and the AGM", sender=P("Stephen", "Kelly"),
      tags=("ordinary",),
      body="""Hi, I've fallen a few months behind with my direct debit after changing banks. I've set it up again now. Will I still be able to vote at the AGM in January? Stephen""")

c.add("other", subject="Fwd: delivery rounds", sender=P("Derek", "Moore"),
      tags=("ordinary", "forwarded"),
      body=c.forward("FYI Priya, Castle's all covered now.",
                     """Castle rounds: 1 Derek, 2 Carol, 3 Steve, 4 Jean, 5 Emma (with her lad). All done by Sunday.""",
                     "Jean Taylor <jean.taylor@btinternet.com>", "delivery rounds"))

c.write()
