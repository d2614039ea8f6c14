"""train/tl4: an ordinary summer in the inbox of Riverside CLP's secretary.

An inner-city seat: Canal Street, St Jude's, Northgate, Albert Park and Millwharf branches;
Gaza, the asylum hotel, HMOs, settlement rules, many members whose first language is not
English. All people and places invented.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus, CLPS  # noqa: E402

c = Corpus("train", "tl4", seed=2504)
c.clp = CLPS[0]  # Riverside CLP, Sam Okafor
SEC = c.secretary()

WEEKS = [list(range(180, 187)), list(range(165, 172)), list(range(120, 127))]


def d():
    return c.date(c.rng.choice(c.rng.choice(WEEKS)))


BERNIE = ("Bernadette Walsh", "bernie.walsh@gmail.com")           # CLP chair
IMRAN = ("Imran Chaudhry", "imran.chaudhry@outlook.com")          # vice-chair
COLIN = ("Colin Marsh", "colin.marsh.treasurer@btinternet.com")    # treasurer
NGOZI = ("Ngozi Eze", "ngozi.eze@gmail.com")                      # women's officer
ABDI = ("Abdi Warsame", "abdi.warsame@hotmail.co.uk")             # BAME officer
JADE = ("Jade Lovell", "jadelovell02@gmail.com")                   # youth officer
TOMASZ = ("Tomasz Nowicki", "tomasz.nowicki@gmail.com")           # membership secretary
DEMPSEY = ("Cllr Phil Dempsey", "phil.dempsey@riverside-council.example.gov.uk")
HODAN = ("Cllr Hodan Farah", "hodan.farah@riverside-council.example.gov.uk")
MPOFFICE = ("Office of Anthony Kellett MP", "anthony.kellett.office@parliament.example.uk")
MEMBERS = "riverside-labour-members@googlegroups.com"

# =====================================================================================
# SAFETY (7)
# =====================================================================================

c.add("safety", subject="my son",
      sender=("Fadumo Ali", "fadumo.ali1979@gmail.com"), date=d(),
      body="""Salaam brother Sam,

I am writing about my son Mustafe, he is 17 and he is doing the leaflets for Cllr Hodan with
the youth group. Yesterday evening he was doing the leaflets in Wharf Road near the bookmaker
and two men they follow him and shout at him. They call him bad names and they say "go back
to your country" and one of them push him on the wall.

Then they say to him, next time we see you with this Labour papers on our street we will hurt
you properly, we know you live by the mosque. He came home shaking. He did not want to tell me
but his sister tell me.

I do not want him to go again alone. Please can you tell me what to do, should we go to
police? He is good boy, he want to help the community. I am very worried.

Fadumo (Mustafe mother)""",
      tags=("third-party-report", "non-native", "conditional", "explicit", "following"))

c.add("safety", subject="Cllr Dempsey",
      sender=("Riverside Resident", "justice4gaza.riverside@protonmail.com"), date=d(),
      body="""To the Labour secretary,

Your councillor Phil Dempsey abstained on the ceasefire motion at full council. The whole of
Canal Street saw it.

Everybody knows his pharmacy on Canal Street. Everybody knows what time he locks up on his
own on a Thursday night. He will answer for what he did, and not at the ballot box. The
community does not forget.

Pass this on to him. He should be careful.""",
      tags=("implicit", "veiled"))

c.add("safety", subject="Millwharf Hotel",
      sender=("Patriot", "riversidepatriot88@gmail.com"), date=d(),
      body="""Tell your councillor Hodan Farah who's backing the Millwharf "hotel" that we know
her kids go to St Jude's primary and what time the school lets out. Things happen to people
who betray their own community. This is the only time we'll ask nicely.""",
      tags=("implicit", "veiled", "doxxing"))

c.add("safety", subject="riversidelabour, you have a new comment",
      sender=("Instagram", "no-reply@mail.instagram.com"),
      headers=c.newsletter_headers(), date=d(), fmt="alt",
      body="""riversidelabour, you have a new comment

kev_m_1987 commented on your post: "Thursday's GC at the Trades Hall - all members welcome"

"all members welcome eh. ill be waiting outside the trades hall thursday for that sam okafor
when he comes out. will he be walking back to the bus stop on his own again like last time"

See comment

This message was sent to secretary@riverside-labour.org.uk. Not your account? Remove your
email from this account.
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""",
      tags=("social", "implicit", "following"))

c.add("safety", subject="FW: Voicemail - constituency office line",
      sender=MPOFFICE, date=d(),
      body=c.forward(
          """Sam,

Forwarding as it names the CLP and mentions the Trades Hall. This came in on the office
answerphone overnight. We've passed it to the police and the parliamentary security team, who
may want to speak to you about security at Thursday's GC. Please don't circulate widely.

Leah
Senior Caseworker""",
          """Voicemail transcription (automated) - 02:14, withheld number, 0:38

"...yeah this is a message for Kellett and his Labour mates at the Trades Hall. You've
brought them here, into our town, into our hotels. You'll get a brick through your windows,
all of you, the office, the Trades Hall, the lot. We know where you are. We know where you
meet. Thursday. Enjoy your meeting..."
[end of message]""",
          "Voicemail to Email <voicemail-noreply@office-phones.example.net>",
          "Voicemail from Withheld", style="outlook"),
      tags=("forwarded", "third-party-report", "explicit"))

c.add("safety", subject="Re: Riverside Labour - July news",
      sender=("G Pearce", "gpearce.riverside@outlook.com"), date=d(),
      body=c.quote_reply(
          """Unsubscribe me.

And tell Sam Okafor I saw him at the big Tesco on Canal St on Saturday with his little girl
in the pink coat. Interesting what you see when you're just doing your shopping. Be seeing
him.""",
          """RIVERSIDE LABOUR - JULY NEWS

Thank you to everyone who came out for the St Jude's fun day - over 300 people came and we
raised £640 for the community pantry.

Next GC: Thursday 7pm, Trades Hall.

Sam Okafor, Secretary""", style="gmail"),
      tags=("embedded", "implicit", "stalking", "quoted-reply"))

c.add("safety", subject="message for the secretary", sender=("-", "rvrsd.anon@tutanota.com"),
      date=d(), fmt="html", body="",
      html_body="""<html><body><div style="font-family:Courier New;font-size:18px;letter-spacing:3px">
s a m &nbsp; o k a f o r<br><br>
y o u &nbsp; w i l l &nbsp; d ! e &nbsp; b e f o r e &nbsp; t h e &nbsp; e l e c t i o n<br><br>
w e &nbsp; k n o w &nbsp; t h e &nbsp; h o u s e
</div></body></html>""",
      tags=("html-only", "noisy", "explicit"))

# =====================================================================================
# URGENT (5)
# =====================================================================================

c.add("urgent", subject="Interpreter for tonight - cancelled",
      sender=ABDI, date=d(),
      body="""Sam,

Faisal, who was going to interpret for the MP at tonight's meeting at the Somali Community
Centre, has just phoned - his wife has gone into labour. We've got about 70 people coming, a
lot of the elders don't speak much English, and the whole point was the housing questions.

I can do some of it but I can't interpret and chair at the same time. Do you know anybody
else? Otherwise we need to decide by 5 whether to postpone, and I'll need you to let the MP's
office know.

Abdi""",
      tags=("urgent-real",))

c.add("urgent", subject="Imprint wrong on 20,000 leaflets",
      sender=("Sunil at PrintHub", "sunil@printhub-riverside.example.co.uk"), date=d(),
      body="""Hi Sam,

Sorry to hit you with this. Going through the final check on the St Jude's by-election run,
I've spotted that the imprint on the back says "Promoted by S. Okafor on behalf of R. Begum"
but the candidate is Rukhsana Begum and your agent is Colin Marsh - it should say "Promoted
by C. Marsh". I know that matters legally.

The run is 20,000 and due for delivery Saturday. If you can approve a corrected proof by 10am
tomorrow we can reprint overnight at our cost and still deliver Saturday. After 10 I lose the
press slot.

Proof attached. Just reply "approved".

Sunil""",
      tags=("urgent-real",))

c.add("urgent", also=["other"], subject="BBC Radio Riverside - breakfast tomorrow 7.10",
      sender=("Hannah Goode", "hannah.goode@bbc.example.co.uk"), date=d(),
      body="""Hi Sam,

Hannah from the breakfast show. We're doing a piece tomorrow on the Millwharf Hotel and the
protest planned for the weekend, and we'd love someone from Riverside Labour to come on live
at 7.10 - either in the studio or down the line. We've got the council and a residents' group.

I need a name by 8 tonight at the latest to get them booked in. 07700 900281.

Hannah
Producer, Breakfast""",
      tags=("urgent-real", "press"))

c.add("urgent", subject="keys - I fly tomorrow 6am",
      sender=TOMASZ, date=d(),
      body="""Sam,

I have bad news, my father in Poland is in hospital, stroke, I must fly tomorrow morning
6am from the airport. I don't know when I come back, maybe two weeks.

Problem is I have the keys of the Trades Hall office and also the box with the clipboards and
the canvass sheets for Saturday action day. Someone must take them from me tonight, I am at
home until 11pm, 14 Ash Grove. After that nobody is in the house.

Also membership reports, I will tell you the password for Membersnet by phone, not email.

Sorry for this. Tomasz""",
      tags=("urgent-real", "non-native"))

c.add("urgent", subject="Coach for Saturday's demo cancelled",
      sender=NGOZI, date=d(),
      body="""Sam - the coach company (Swift Travel) has just cancelled the 49-seater for
Saturday's national Gaza demo in London - "driver shortage". 47 people have paid £20 each
through the CLP PayPal.

I've found another firm who can do it for £1,150 (was £980) but they need a deposit by 6pm
TODAY. Colin's not answering. Can you authorise the extra £170 from CLP funds, or shall I tell
everyone it's off and start refunds? I need to know within the next couple of hours either way.

Ngozi""",
      tags=("urgent-real",))

# =====================================================================================
# COMPLAINT (14)
# =====================================================================================

c.add("complaint", subject="URGENT!!!!! Settlement rules",
      sender=("Mariana Costa", "mariana.costa.rvs@gmail.com"), date=d(),
      body="""Dear Sam,

I am member of Labour since 2021 and I was very happy when Labour win the election. Now I
am very sad and also angry with this situation. My husband is from Brazil, he is working as
a carer in the night shifts for five years, paying all the taxes, and now the government say
he must wait ten years for settlement and not five. Nobody tell us before. We made all our
plan for our life with the rules from before.

How this is Labour? The carers are the people who keep the NHS working. I want to understand
why our party do this to people like us. I ask that the MP explain in a meeting with the
members, not only send a letter.

Mariana""",
      tags=("confuser", "national-decision-complaint", "complaint-with-urgent", "non-native"))

c.add("complaint", subject="The CLP and Gaza",
      sender=("Yasmin Akhtar", "yasmin.akhtar@gmail.com"), date=d(),
      body="""Sam,

It is now the third GC in a row where the Gaza motion has been "deferred for lack of time".
Meanwhile we spent forty minutes on the barbecue.

I want it on record that I think the officers are deliberately running down the clock. Our
government has blood on its hands and this CLP can't even find fifteen minutes to say so.
Members in Northgate are leaving every week and I don't blame them.

I'll be at the next GC and I'll be moving to suspend standing orders if I have to.

Yasmin""",
      tags=("hard-negative", "metaphor", "angry"))

c.add("complaint", subject="HMO next door - 4th email",
      sender=("Graham Nuttall", "graham.nuttall@btinternet.com"), date=d(),
      body="""To the Riverside Labour Party,

This is my fourth email. The first three went to Cllr Dempsey and not one has been answered.

The house next door, 22 Albert Terrace, has been turned into an 8-bed HMO without, as far as I
can tell, a licence. There are bins overflowing into my garden and the fire door is padlocked.
I've reported it to the council twice.

I'm copying this to you because I'm told you can get councillors to do things. I'm a Labour
voter. Please get one of yours to do something.

Graham Nuttall""",
      tags=("ignored", "hard-negative", "benign-violent-word"))

c.add("complaint", subject="BAME officer election",
      sender=("Rukhsar Iqbal", "rukhsar.iqbal@outlook.com"), date=d(),
      body="""Dear Secretary,

I want to complain about how the election for BAME officer was run at the AGM. Only members
who self-identify as BAME are meant to vote for that post. Nobody checked. I counted at least
six people voting who I know do not identify as BAME, and the result was won by four votes.

I am not making any accusation against Abdi personally - he is a good man. But the process was
wrong and the officers should have known better. I ask that the EC looks at it and reports to
the GC.

Rukhsar Iqbal""",
      tags=())

c.add("complaint", subject="leaflets all over the street",
      sender=("Mrs J. Hardcastle", "jhardcastle@aol.com"), date=d(),
      body="""Somebody from your party left a pile of leaflets on the wall outside the flats on
Mill Street on Saturday and they've blown all up the road and into the gutters. I've picked up
about forty. It's litter, plain and simple. Please tell your people.""",
      tags=("short",))

c.add("complaint", also=["query"], subject="Millwharf hotel",
      sender=("Dean Halliwell", "dean.halliwell@gmail.com"), date=d(),
      body="""Hi,

I live on Millwharf Road and I'm not a racist before anybody says it. But nobody asked us about
turning the hotel into housing for asylum seekers. Not the council, not the MP, nobody. We found
out from a Facebook post. There's no extra GP places, no extra school places, and the bus is
already rammed.

I want to know why the Labour council is backing it without talking to residents, and is there
going to be a public meeting where we can actually ask questions?

Dean""",
      tags=("confuser", "complaint-as-query"))

c.add("complaint", subject="Women's officer's tweets",
      sender=("Eamon Gallagher", "eamon.gallagher@gmail.com"), date=d(),
      body="""Sam

Our women's officer has tweeted from an account with "Riverside Labour Women's Officer" in the
bio calling the MP a "coward" and telling people to vote Green in the by-election in
Hatherley. I don't much like the MP's position either but an officer can't campaign for
another party from an account with the CLP's name on it.

I'd like the EC to deal with it. I've screenshotted the posts.

Eamon""",
      tags=("conduct",))

c.add("complaint", subject="direct debit",
      sender=("Kwabena Asante", "k.asante@outlook.com"), date=d(),
      body="""Sam,

I'm not resigning. I want to be clear about that. But I've cancelled my direct debit and I'll
set it up again on the day the government restores the winter fuel payment in full and ends
the two-child cap. If that makes me lapsed, so be it.

You can pass that to the MP.

Kwabena""",
      tags=("leaving",))

c.add("complaint", also=["query"], subject="Respected Secretary Sahib",
      sender=("Muhammad Aslam", "m.aslam1956@yahoo.co.uk"), date=d(),
      body="""Respected Secretary Sahib,

Assalam o alaikum. I am member of Northgate branch from many years, since time of the old
MP. I wish to raise one matter. In Northgate branch more than half members are from Pakistani
and Bangladeshi background, many of the elders are not comfortable in English. But all the
meetings, all the papers, only in English, and the speaking is very fast. So the elders stop
coming. Before, Chaudhry sahib used to translate for us in the meeting but now nobody is doing.

This is not fair. Kindly tell me, can the CLP arrange some translation in Urdu or at least
Urdu summary of the papers? We are also members and paying our subscription.

With regards,
Muhammad Aslam
Northgate""",
      tags=("confuser", "complaint-as-query", "non-native"))

c.add("complaint", subject="Award-winning leaflet",
      sender=("Clare Whitehead", "clare.whitehead@icloud.com"), date=d(),
      body="""Hi all,

Congratulations to whoever wrote the new Canal Street leaflet, which has (1) the wrong bin day,
(2) a photo of the councillor standing outside a pub that closed in 2019, and (3) a freepost
address for responses that bounces back. It's genuinely impressive to get three things wrong
on one side of A5.

I delivered 400 of them before I noticed. Can somebody please proof read the next one? I'm
happy to do it myself if it means I don't have to apologise on doorsteps.

Clare""",
      tags=("sarcastic",))

c.add("complaint", subject="Canal Street selection",
      sender=("Ollie Brennan", "ollie.brennan@gmail.com"), date=d(),
      body="""Sam,

The Canal Street selection was a joke and everyone in the branch knows it. The "hustings"
lasted 25 minutes, the shortlist was announced the night before, and the candidate who won
had signed up 40 new members in March who've never been seen since.

I'm going to make sure every member in Canal Street knows exactly how it was done. If the
party wants to lose that ward, it's going the right way about it.

Ollie""",
      tags=("hard-negative", "angry", "selections"))

c.add("complaint", subject="Re: Your complaint",
      sender=("Ruth Adeyemi", "ruth.adeyemi@gmail.com"), date=d(),
      body=c.quote_reply(
          """"Noted". That's it? I wrote to you with three specific examples of the chair
cutting off women in the Gaza debate and you've "noted" it?

I would like to know what happens next. Does the EC discuss it? Is there a process? Or does it
just sit in your inbox until I give up? Because I won't.

Ruth""",
          """Hi Ruth,

Thanks for your email about the last GC. Your concerns have been noted and I'll make sure
the chair is aware.

Best,
Sam""", style="bottom"),
      tags=("quoted-reply", "confuser", "complaint-as-query"))

c.add("complaint", subject="My complaint - 18 months",
      sender=("David Rosen", "david.rosen@protonmail.com"), date=d(),
      body="""Dear Sam,

In February of last year I submitted a complaint to the national party about antisemitic
comments made to me at a Riverside branch meeting. I gave names, dates and witnesses. I have
had an acknowledgement and two emails saying it is "being progressed".

Eighteen months. I understand the CLP doesn't run the complaints process. But I'd like the CLP
officers to tell me whether they have been contacted about it at all, and I'd like the CLP to
write to the General Secretary asking why it is taking this long. I don't think that is an
unreasonable thing to ask of my own local party.

David Rosen""",
      tags=())

c.add("complaint", subject="tuition fees",
      sender=("Jayden Clarke", "jaydenclarke06@gmail.com"), date=d(),
      body="""ok so can someone actually explain why labour put tuition fees UP again?? i literally
joined last year bc i thought u were the party for young people. i start uni in september and
im gonna owe like 60k. make it make sense""",
      tags=("confuser", "national-decision-complaint", "teen"))

# =====================================================================================
# QUERY (16)
# =====================================================================================

c.add("query", subject="which ward",
      sender=("Katarzyna Mazur", "kasia.mazur@gmail.com"), date=d(),
      body="""Hello,

I am new member from two weeks. I am living in Canal Street, flat 5, number 31, near the
bridge. Which is my ward and which branch is for me? I want to come to the meeting but I don't
know where I should go.

Thank you,
Kasia""",
      tags=("non-native",))

c.add("query", subject="joining for my father",
      sender=("Hamse Yusuf", "hamse.yusuf@outlook.com"), date=d(),
      body="""Hi Sam,

My dad wants to join the Labour Party. He's 68, he's been a British citizen for 20 years and
he votes every time, but he doesn't read English well and he doesn't do anything online. Is
there a paper form, and is there anything in Somali that explains what membership means? I can
help him fill it in.

Thanks,
Hamse""",
      tags=())

c.add("query", subject="guest at GC",
      sender=("Rachel Oyelaran", "rachel.oyelaran@gmail.com"), date=d(),
      body="""Hi Sam, can I bring a friend (not a member, thinking of joining) to watch Thursday's
GC? She's interested in the Gaza motion debate. She'd sit in the public seats if there are any.
Rach""",
      tags=())

c.add("query", subject="can I help?",
      sender=("Ahmad Rahimi", "ahmad.rahimi.uk@gmail.com"), date=d(),
      body="""Hello,

My name is Ahmad, I am from Afghanistan. I am living in Riverside one year, I am waiting
the decision of my asylum claim. I cannot vote and I know I cannot be member maybe. But I want
to help the community and I like what Labour is doing for the people in Millwharf.

Is it possible to help with something, like carrying things in the events or cleaning after?
I speak Dari, Pashto and some Farsi, maybe useful for translation.

Thank you
Ahmad""",
      tags=("non-native", "volunteering"))

c.add("query", subject="immigration white paper - what changed?",
      sender=("Beatriz Almeida", "beatriz.almeida@gmail.com"), date=d(),
      body="""Hi Sam,

A few people in our Albert Park WhatsApp group (lots of us are from Portugal, Brazil, Angola)
are confused and some are panicking about the settlement changes. Is there a proper summary
from the party or the MP of what actually changed - who it applies to, whether people already
on a five-year route are affected, and from when? I'd like to share something accurate rather
than the rumours.

Obrigada!
Beatriz""",
      tags=("confuser", "info-request"))

c.add("query", subject="pay membership",
      sender=("João Pereira", "joao.pereira.rvs@hotmail.com"), date=d(),
      body="""Good evening,

I want to pay my membership but I don't have British bank account yet, only my Portuguese
account. It is possible to pay with card every year, or with cash? The website is asking
direct debit only.

Best regards
João""",
      tags=("non-native", "membership"))

c.add("query", subject="New submission from Contact Riverside Labour",
      sender=c.form_robot(), reply_to=("Saira Bibi", "saira.bibi@gmail.com"), date=d(),
      body=c.webform({
          "First name": "Saira",
          "Last name": "Bibi",
          "Email": "saira.bibi@gmail.com",
          "Phone": "07700 900 736",
          "How can we help?": """Hi, is the community iftar at the Northgate Centre open to
everyone or just members? Can I bring my kids (7 and 9)? What date is it this year?""",
      }, form="Contact Riverside Labour"),
      tags=("webform",))

c.add("query", subject="councillor",
      sender=("Tyler Morgan", "tyler.morgan2008@icloud.com"), date=d(),
      body="""how do u become a councillor. like whats the youngest u can be. asking for a
school project but also maybe me lol""",
      tags=("teen", "short"))

c.add("query", subject="events page??",
      sender=("Pete Lonsdale", "pete.lonsdale@gmail.com"), date=d(),
      body="""Sam - whoever designed the new website has a lot to answer for, I can't find
anything on it and it takes 30 seconds to load on my phone. Rant over! Where's the events
calendar gone? I want to know when the next Albert Park branch meeting is and whether the
canvassing is still Sunday mornings. Pete""",
      tags=("confuser", "query-with-grumble"))

c.add("query", also=["procedural"], subject="Am I still a delegate?",
      sender=("Femi Adebola", "femi.adebola@outlook.com"), date=d(),
      body="""Hi Sam,

I've missed the last three GCs (night shifts, sorry) and someone at branch said delegates who
miss three in a row are automatically removed. Is that true? If I'm still a delegate I'll be
there Thursday. If not, does the branch need to elect someone new?

Femi""",
      tags=("confuser", "procedural-as-query", "delegates"))

c.add("query", subject="name change",
      sender=("Emily Hussain", "emily.hussain@gmail.com"), date=d(),
      body="""Hi Sam, I got married in June (!) and I'm now Emily Hussain, previously Emily
Clegg. Same email, same address. Do I need to tell anyone else apart from you? Thanks! Emily""",
      tags=("change-of-details",))

c.add("query", subject="meetings in Ramadan",
      sender=("Zainab Sheikh", "zainab.sheikh@outlook.com"), date=d(),
      body="""Salaam Sam,

Ramadan starts soon and the GC in that month is at 7pm, which is around iftar time. Will
there be a short break so people can break their fast, and is there a quiet room at the
Trades Hall for prayer? Last year a few of us had to leave halfway through.

Thanks,
Zainab""",
      tags=("access",))

c.add("query", subject="URGENT please - letter",
      sender=("Andrei Popa", "andrei.popa.uk@gmail.com"), date=d(),
      body="""URGENT please

Hello Mr Sam, I am applying for a job in the council and in the form they ask if I have any
political activity. Also for my university application I want to write I am volunteer with
Labour. Can you give me a letter or email which say I am member since 2024 and I help in the
campaign? I need it before end of next month.

Many thanks,
Andrei Popa""",
      tags=("confuser", "query-with-urgent", "non-native"))

c.add("query", subject="LGBT+ officer?",
      sender=("Kai Fletcher", "kai.fletcher@protonmail.com"), date=d(),
      body="""Hiya, does Riverside CLP have an LGBT+ officer or network? Just moved here from
Brighton where ours was really active. If not, is anyone thinking of setting one up? Kai
(they/them)""",
      tags=())

c.add("query", also=["other"], subject="english classes",
      sender=("Elena Rusu", "elena.rusu88@yahoo.com"), date=d(),
      body="""Good morning,

My friend tell me the Labour Party in Riverside is helping with the English classes for the
people from other countries. Is it true? Where is it and how much it cost? I am from Romania,
I am working in a hotel and I want to improve my English for a better job.

Thank you very much
Elena""",
      tags=("confuser", "misdirected", "non-native", "other-as-query"))

c.add("query", subject="Fwd: question from a member - postal votes",
      sender=("Lorraine Hebden", "lorraine.hebden@btinternet.com"), date=d(),
      body=c.forward(
          """Sam, one for you I think - I didn't know the answer. Can you reply to Mr Oduya
direct? Thanks, Lorraine (Millwharf branch sec)""",
          """Dear Lorraine,

I'll be in Lagos for my sister's wedding during the by-election. How do I get a postal vote
or a proxy, and is it too late? And can the party help with the form? My eyesight is not
what it was.

Thank you,
Samuel Oduya""",
          "Samuel Oduya <samuel.oduya@aol.com>", "postal vote", style="apple"),
      tags=("forwarded",))

# =====================================================================================
# PROCEDURAL (12)
# =====================================================================================

c.add("procedural", subject="apologies GC",
      sender=("Mihaela Dumitrescu", "mihaela.dumitrescu@gmail.com"), date=d(),
      body="""Hello Sam,

Please send my apologies for the GC on Thursday, I am working late shift in the hospital.
I read the papers and I agree with the St Jude's motion, if this is useful.

Thank you,
Mihaela (delegate St Jude's)""",
      tags=("apologies", "non-native"))

c.add("procedural", subject="Motion from St Jude's branch - Gaza",
      sender=("Siobhan Keane", "siobhan.keane@gmail.com"), date=d(),
      body="""Sam,

St Jude's branch passed the following motion on Monday for the next GC (proposed Yasmin
Akhtar, seconded Siobhan Keane, carried 21-3-2). Please include it on the agenda - the
branch asks that, as it has now been deferred twice, it is taken before other business.

"Riverside CLP notes the continuing humanitarian catastrophe in Gaza and the UK government's
recognition of the State of Palestine.

This CLP calls on the government to:
1. suspend all arms export licences to Israel where there is a clear risk of their use in
   violations of international humanitarian law;
2. press for unimpeded humanitarian access;
3. support accountability through the international courts.

This CLP instructs the secretary to write to our MP informing him of this motion and asking
for a response to be reported to the GC."

Siobhan Keane
Secretary, St Jude's branch""",
      tags=("motion",))

c.add("procedural", subject="Amendment - St Jude's Gaza motion",
      sender=IMRAN, date=d(),
      body="""Dear Sam,

Northgate branch submits the following amendment to the St Jude's motion:

After point 3, insert:
"4. release of all hostages and a permanent ceasefire;
5. funding for UNRWA to be maintained."

In the final paragraph, after "our MP", insert "and the Foreign Secretary".

Proposer: Imran Chaudhry. Seconder: Rukhsar Iqbal.

Imran""",
      tags=("amendment",))

c.add("procedural", subject="Notice of motion to rescind",
      sender=("Yasmin Akhtar", "yasmin.akhtar@gmail.com"), date=d(),
      body="""Sam,

Under Standing Order 14, I give notice that at the next GC I will move that the GC rescinds
the EC's decision of the 3rd to cap motions at two per meeting. Seconded by Ruth Adeyemi.

I understand a motion to rescind needs notice on the agenda and a two-thirds majority. Please
confirm it will be included.

Yasmin""",
      tags=("standing-orders",))

c.add("procedural", subject="Nomination - BAME officer",
      sender=("Northgate branch", "northgate.labour.branch@gmail.com"), date=d(),
      body="""Dear Secretary,

Northgate branch nominates Cllr Rukhsana Begum for the position of BAME Officer at the
forthcoming re-run election. Cllr Begum has confirmed she is willing to stand.

Branch meeting: Wednesday, quorate (16 present).

Regards,
Tariq Mahmood
Branch Secretary""",
      tags=("nomination",))

c.add("procedural", subject="FW: Albert Park branch meeting - minutes and delegates",
      sender=("Precious Okoro", "precious.okoro@gmail.com"), date=d(),
      body=c.forward(
          """Hi Sam, minutes from our meeting as promised, including the two new delegates.
Sorry it's late - my laptop died. P""",
          """ALBERT PARK BRANCH - MINUTES (draft)
Present: 13. Apologies: C. Whitehead, P. Lonsdale.

1. Welcome to new members Kai Fletcher and Beatriz Almeida.
2. Cllr Farah's report - Albert Park play area refurbishment agreed; HMO licensing scheme
   consultation open until the end of the month; Millwharf Hotel update.
3. Election of GC delegates to fill two vacancies:
   Beatriz Almeida (elected unopposed)
   Femi Adebola (re-elected unopposed)
4. Campaigning: Sunday canvassing continues 10.30am from the library.
5. AOB: Pete asked about the website (see Sam).

Next meeting: second Tuesday.""",
          "Precious Okoro <precious.okoro@gmail.com>", "Albert Park minutes", style="gmail"),
      tags=("forwarded", "minutes", "delegates"))

c.add("procedural", subject="Labour Group report to GC",
      sender=HODAN, date=d(), fmt="alt",
      body="""Dear Sam,

Report from the Labour councillors for the GC papers:

- Budget: the group has agreed in principle to protect libraries and youth services in next
  year's budget; savings will come from procurement and the estates review.
- Housing: the selective licensing scheme for HMOs in Albert Park and Canal Street goes to
  cabinet next month.
- Millwharf Hotel: the council is not the decision-maker on asylum accommodation, but we are
  pressing the Home Office for extra GP and school capacity and a community liaison group.
- Casework: councillors have handled 412 cases since the last report.

Happy to take questions on Thursday.

Cllr Hodan Farah
Secretary, Labour Group""",
      tags=("report",))

c.add("procedural", subject="Item for GC - MP's annual report",
      sender=BERNIE, date=d(),
      body="""Sam,

Can we put "MP's annual report to the CLP" on September's GC agenda? Anthony's office has
confirmed he can attend that night and would speak for 15 minutes and take questions for 30.
I think we should ask branches to send questions in advance so we get a spread rather than
the same six people.

Bernie""",
      tags=("agenda",))

c.add("procedural", also=["query"], subject="emergency motion tonight?",
      sender=("Kevin Oduro", "kevin.oduro@gmail.com"), date=d(),
      body="""Sam - can I move an emergency motion at tonight's GC on the protest planned at the
Millwharf Hotel on Saturday? Something short - the CLP condemns any intimidation of residents
and supports the counter-demo. It only got announced yesterday so it couldn't have gone in
earlier. What do I need to do - send you the text now? Kevin""",
      tags=("confuser", "procedural-as-query", "emergency-motion"))

c.add("procedural", subject="Women's Officer report",
      sender=NGOZI, date=d(),
      body="""Sam, my report for the papers:

WOMEN'S OFFICER'S REPORT
1. Women's Forum met on the 12th (18 attended) - session on the Women's Safety in Public
   Life guidance and a discussion of childcare at CLP meetings.
2. We propose the CLP funds a crèche at the AGM (est. £120). Motion to follow.
3. Eight women have now completed the regional "Be a Councillor" course.
4. Reminder: the Women's Forum is open to all women members; next meeting the 9th.

Ngozi Eze""",
      tags=("report", "hard-negative", "news-about-threats"))

c.add("procedural", subject="Conference delegate ballot - result",
      sender=("Harold Mensah", "harold.mensah@btinternet.com"), date=d(),
      body="""Dear Sam,

As returning officer for the CLP's conference delegate ballot I can report the result:

Women's place: Ngozi Eze 64, Yasmin Akhtar 51. Ngozi Eze elected.
Open place: Imran Chaudhry 58, Kevin Oduro 49, Pete Lonsdale 8. Imran Chaudhry elected.

Turnout 115 of 412 eligible (28%). Ballot papers and the marked list are sealed in the
envelope in the Trades Hall safe.

Please report to the GC and notify the party.

Harold Mensah""",
      tags=("delegates", "report"))

c.add("procedural", subject="Stepping down as GC delegate",
      sender=("Lorraine Hebden", "lorraine.hebden@btinternet.com"), date=d(),
      body="""Sam,

Please take this as notice that I'm stepping down as one of Millwharf's GC delegates after
Thursday's meeting. I'm staying on as branch secretary - it's just too many evenings. The
branch will elect a replacement in September.

Lorraine""",
      tags=("delegates",))

# =====================================================================================
# DATA-PROTECTION (6)
# =====================================================================================

c.add("data-protection", subject="delete my data",
      sender=("Cristina Lungu", "cristina.lungu@gmail.com"), date=d(),
      body="""Hello,

I was member in 2023 but I cancel. Now I still receive the emails and the messages on my
phone from Riverside Labour, also a letter at my house. Please I want you delete all my
information, my phone, my email and my address. I don't want nothing more.

Thank you
Cristina Lungu""",
      tags=("confuser", "dp-no-legal-words", "non-native", "erasure"))

c.add("data-protection", subject="whatsapp",
      sender=("Liam Doherty", "liamdoherty@live.co.uk"), date=d(),
      body="""who gave you my number? got added to a whatsapp group called "Canal St Labour
supporters" this morning with 200 other people. never signed up for that. i can see all their
numbers and they can see mine. sort it""",
      tags=("confuser", "dp-no-legal-words", "breach"))

c.add("data-protection", subject="What your canvasser wrote",
      sender=("Nasreen Qureshi", "nasreen.qureshi@gmail.com"), date=d(),
      body="""Dear Sam,

Your canvassers called at my door on Sunday. While I was talking to them I could see the
tablet the young man was holding, and next to my name it said "Muslim - Gaza issue - lapsed
Lab". I was shocked.

I didn't tell him my religion. Why is the Labour Party writing down what religion people are?
Who can see that? I want to know what you have written about me and my family and I want the
religion part taken off.

Nasreen Qureshi""",
      tags=("confuser", "dp-no-legal-words", "special-category"))

c.add("data-protection", subject="wrong attachment - sorry",
      sender=("Tariq Mahmood", "northgate.labour.branch@gmail.com"), date=d(),
      body="""Sam,

I've made a mistake and I want to tell you straight away. I emailed the manager at the
Northgate Community Centre yesterday to confirm the room booking for the iftar and I attached
the wrong spreadsheet - it was the Northgate branch membership list (names, addresses, phone
numbers, emails, and the column about who's in arrears) instead of the booking form.

I've asked him to delete it and he says he has. He's not a party member. What else do I need
to do? Do we have to report it?

Tariq""",
      tags=("breach",))

c.add("data-protection", subject="Information request",
      sender=("Brian Castle", "brian.castle@btinternet.com"), date=d(),
      body="""Dear Mr Okafor,

I'm making a request under data protection law for all the information Riverside CLP holds
about me. In particular I'd like copies of any emails between CLP officers and Cllr Dempsey
that mention me or my complaints about the Albert Terrace HMO, and any notes on me in the
canvassing system.

I'd be grateful for an acknowledgement.

Brian Castle
16 Albert Terrace""",
      tags=("sar",))

c.add("data-protection", subject="My husband",
      sender=("Joyce Pemberton", "joyce.pemberton@talktalk.net"), date=d(),
      body="""Dear Sir,

My husband Ronald died in March. I am still getting letters and leaflets from the Labour
Party addressed to him by name, "Dear Ronald, can we count on your vote", and last week
someone knocked and asked for him. It upsets me every time.

Please would you take him off all your lists.

Yours faithfully,
Joyce Pemberton""",
      tags=("confuser", "dp-no-legal-words"))

# =====================================================================================
# BULK (12)
# =====================================================================================

c.add("bulk", subject="URGENT: riverside-labour.org.uk expires in 7 days",
      sender=("DomainsDirect Renewals", "renewals@domainsdirect.example.co.uk"), date=d(),
      body="""URGENT ACTION REQUIRED

Dear Customer,

Your domain name riverside-labour.org.uk is due to expire in 7 days.

If you do not renew, your website and email addresses using this domain will stop working.
Auto-renew is OFF for this domain.

Renew now: https://domainsdirect.example.co.uk/renew

This is an automated message. Please do not reply.""",
      tags=("confuser", "robot-no-list-headers", "robot-says-urgent"))

c.add("bulk", subject="Out of office: GC papers",
      sender=HODAN, headers=c.autoreply_headers("exchange"), date=d(),
      body="""Thank you for your email. I am on annual leave until Monday 4th and will not be
checking emails. For urgent council matters please contact Cllr Rukhsana Begum or the
Members' Support Office on 0161 555 0330.

Cllr Hodan Farah, Albert Park Ward""",
      tags=("autoreply",))

c.add("bulk", raw=c.bounce("abdullahi.h@somalicc-riverside.example.org.uk",
                           reason="550 5.4.1 <%s>: Recipient address rejected: Access denied. AS(201806281)",
                           subject="Delivery Status Notification (Failure)",
                           orig_subject="Community meeting with the MP - tonight"),
      body="", tags=("bounce",))

c.add("bulk", subject="This week in Labour",
      sender=("The Labour Party", "news@labour.example.org.uk"),
      headers=c.newsletter_headers("NationBuilder"), date=d(), fmt="html",
      body="""<html><body style="font-family:Arial;max-width:600px">
<h1 style="background:#e4003b;color:#fff;padding:12px">This week in Labour</h1>
<h3>Building 1.5 million homes</h3><p>The planning bill has passed its final stage.</p>
<h3>Your NHS</h3><p>Waiting lists have fallen for the sixth month in a row.</p>
<h3>Get involved</h3><p>Find a campaign session near you this weekend.</p>
<p style="font-size:11px;color:#777">Promoted by the Labour Party, 20 Rushworth Street, London.
You're receiving this as a member. <a href="#">Manage preferences</a></p>
</body></html>""",
      tags=("newsletter",))

c.add("bulk", subject="Sam, you appeared in 9 searches this week",
      sender=("LinkedIn", "notifications-noreply@linkedin.com"),
      headers=c.newsletter_headers(), date=d(),
      body="""Sam, you appeared in 9 searches this week

Your profile was found by people from:
- Riverside Council
- BBC
- University of Riverside

See all searches

You are receiving LinkedIn notification emails. Unsubscribe.
LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""",
      tags=("social", "notification"))

c.add("bulk", subject="12 new RSVPs for Community Iftar - all welcome",
      sender=("Meetup", "info@meetup.com"), date=d(), fmt="alt",
      body="""Community Iftar - all welcome
Riverside Labour Community Events

12 new people are going:
Saira B., Ahmed K., Joanne T., and 9 others

Total going: 87 · Spots left: 33

Manage event · Message attendees

Meetup LLC, POB 4668 #37895 New York, NY 10163""",
      tags=("notification", "robot-no-list-headers"))

c.add("bulk", subject="See what you've missed from riversidelabour",
      sender=("Instagram", "no-reply@mail.instagram.com"),
      headers=c.newsletter_headers(), date=d(), fmt="html",
      body="""<html><body><p>riversidelabour, see what you've missed</p>
<p>cllrhodanfarah and 4 others shared new posts.</p>
<p>Your post "St Jude's fun day" has 214 likes.</p>
<p><a href="#">Open Instagram</a></p>
<p style="font-size:11px">Meta Platforms, Inc. <a href="#">Unsubscribe</a></p></body></html>""",
      tags=("social", "notification"))

c.add("bulk", subject="[Riverside Labour members] Lift share to the demo on Saturday?",
      sender=("Chris Tanner", "chris.tanner@gmail.com"), to=MEMBERS, date=d(),
      headers=c.list_headers("Riverside Labour members", domain="googlegroups.com"),
      body="""Hi all,

Anyone driving down to London for Saturday's demo who has a spare seat? I missed the coach
booking. Happy to chip in for petrol and I'll bring the sandwiches.

Chris (Canal Street)

--
You received this message because you are subscribed to the Google Groups "Riverside Labour
members" group. To unsubscribe from this group and stop receiving emails from it, send an
email to riverside-labour-members+unsubscribe@googlegroups.com.""",
      tags=("list",))

c.add("bulk", subject="Your request has been received [Ref: HSG-2026-118834]",
      sender=("Riverside Council Housing", "housing-noreply@riverside-council.example.gov.uk"),
      date=d(),
      body="""Dear Sam Okafor,

Thank you for your repair request. Your reference is HSG-2026-118834.

Property: Flat 9, Quayside House
Issue: Communal lighting - stairwell
Priority: Routine (28 days)

You can track the status of your request online.

This mailbox is not monitored. Please do not reply.""",
      tags=("robot-no-list-headers", "autoreply"))

c.add("bulk", subject="Riverside Tenants' Union - July bulletin",
      sender=("Riverside Tenants' Union", "hello@riversidetenants.example.org"),
      headers=c.newsletter_headers("Mailerlite"), date=d(), fmt="alt",
      body="""RIVERSIDE TENANTS' UNION - JULY BULLETIN

- Eviction resistance training: Tuesday 7pm, Canal St Library
- HMO licensing consultation: make your voice heard before the 31st
- Renters' Rights Act: what changes for you and when
- Members' assembly: Saturday 2pm

Know your rights. Join the union: £2/month.

You're getting this because you signed up at one of our stalls. Unsubscribe.""",
      tags=("newsletter",))

c.add("bulk", subject="Unusual sign-in activity",
      sender=("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
      date=d(),
      body="""Microsoft account

Unusual sign-in activity

We detected something unusual about a recent sign-in to the Microsoft account
se**@riverside-labour.org.uk.

Sign-in details
Country/region: Netherlands
IP address: 185.220.101.xx
Platform: Windows
Browser: Firefox

If this was you, you can safely ignore this email. If not, secure your account.

Thanks,
The Microsoft account team""",
      tags=("robot-no-list-headers", "notification", "security"))

c.add("bulk", subject="New Event: Abdi Warsame - 30 Minute Meeting",
      sender=("Calendly", "notifications@calendly.com"), date=d(),
      body="""Hi Sam Okafor,

A new event has been scheduled.

Event Type: 30 Minute Meeting
Invitee: Abdi Warsame
Invitee Email: abdi.warsame@hotmail.co.uk
Event Date/Time: 10:00am - Wednesday
Invitee Time Zone: UK, Ireland, Lisbon Time

Questions: "Quick catch-up about the iftar and the community meeting"

View event in Calendly""",
      tags=("confuser", "robot-looks-personal", "robot-no-list-headers", "notification"))

# =====================================================================================
# OTHER (8)
# =====================================================================================

c.add("other", subject="obrigada",
      sender=("Luciana Santos", "luciana.santos@gmail.com"), date=d(),
      body="""Dear Sam,

I only want to say thank you very much for helping me write the letter to the council about
my flat. They came last week and they fix the window and the damp in the bedroom of my
daughter. Finally! I think without your help they never come.

You are a good person. If the party need help in the events, count on me.

Beijos,
Luciana""",
      tags=("thanks", "non-native"))

c.add("other", subject="boiler AGAIN",
      sender=("Desmond Clarke", "desmond.clarke@hotmail.com"), date=d(),
      body="""Riverside Housing,

This is the THIRD time I'm reporting my boiler at 7 Weaver Court. No hot water since Tuesday.
Your engineer came Friday, said he needed a part, and nobody has been back. I have a
newborn in the house. Sort it out please.

Desmond Clarke
Tenant ref 40188""",
      tags=("misdirected", "confuser", "complaint-as-other"))

c.add("other", subject="Eid Mubarak",
      sender=("Northgate Mosque Committee", "committee@northgatemasjid.example.org.uk"), date=d(),
      body="""Dear friends at Riverside Labour,

On behalf of the Northgate Mosque Committee and our community, we send you warm Eid Mubarak
greetings, and our thanks to the members and councillors who joined us for the community
iftar. It was a blessing to see people of all faiths and none sharing a meal together.

With peace and best wishes,
Haji Abdul Rashid
Chair""",
      tags=("social", "thanks"))

c.add("other", subject="I am British now!!",
      sender=("Zofia Kowalska", "zofia.kowalska@gmail.com"), date=d(),
      body="""Sam!! I had my citizenship ceremony today at the town hall!! After 11 years. I cried
like a baby. So now I can vote in EVERYTHING, also the general election. I wanted to tell you
because you were the one who told me to apply and not wait.

See you Sunday at the canvassing - now as a real voter haha.

Zosia""",
      tags=("personal-news", "non-native"))

c.add("other", subject="Catering for your events",
      sender=("Amina Hassan", "amina@aminaskitchen.example.co.uk"), date=d(),
      body="""Hello Sam,

I'm Amina, I run Amina's Kitchen on Northgate Road (Somali and East African food). I catered
the iftar at the community centre last year for the mosque. I'd love to cater your next CLP
social or fundraiser - buffet from £8 a head, halal, with vegetarian and vegan options.

Happy to drop off some samples at the Trades Hall!

Amina""",
      tags=("sales-from-person",))

c.add("other", subject="Harry",
      sender=COLIN, date=d(),
      body="""Sam,

I'm sorry to tell you that Harry Pilling died on Saturday. He was CLP treasurer for 22 years
before I took over and he taught me everything I know about Unity Trust and the electoral
commission returns - mostly by shouting. His daughter rang me. The funeral is at St Jude's on
the 14th at 1pm.

I'd like the GC to stand for a minute's silence on Thursday if the chair agrees.

Colin""",
      tags=("condolence",))

c.add("other", subject="you smashed it",
      sender=("Jess Harper", "jess.harper@gmail.com"), date=d(),
      body="""Sam - just wanted to say you absolutely smashed it chairing the hustings last night.
That bloke at the back was gunning for Rukhsana all night and you shot him down so politely
he didn't even notice. Legend. Jess x""",
      tags=("hard-negative", "benign-violent-word", "thanks"))

c.add("other", subject="FW: FW: FW: Politicians say the funniest things!!!",
      sender=("Maurice Bolton", "maurice.bolton@btinternet.com"), date=d(),
      body=c.forward(
          """Sam thought you'd enjoy these, some of them are priceless!! Maurice""",
          """> > > THE FUNNIEST THINGS POLITICIANS HAVE EVER SAID - number 7 will make you cry
> > > laughing!!!!
> > >
> > > 1. "I'm not going to be lectured by a man in a hat"
> > > 2. "The thing about statistics is that they're 80% made up"
> > > 3. "We're going to build a bridge to the future, and then we're going to cross it"
> > >
> > > PASS IT ON TO 10 FRIENDS!!!""",
          "Brenda Bolton <brendabolton@aol.com>", "FW: FW: Politicians say the funniest things!!!",
          style="outlook"),
      tags=("confuser", "real-person-looks-bulk", "forwarded"))

c.write()
