"""train/tw2: short mail, the phone-typed, hurried and angry kind (Kelvin North CLP, Glasgow).
All content hand-written.

Every body is a few words to three or four lines (an occasional quoted original, forward or
list post carries more). 33 short threats: veiled and implicit ones about homes, cars,
children and routines, conditional and dated ones, wish-harm with a denial, explicit ones,
Scots dialect, non-native English, spaced and symbol-broken words, reports by members and
staff, a voicemail transcript forwarded, a list post, web-form, X and Messenger notifications.
32 short non-threats: angry complaints (resignations, "watch this space", solicitor letters,
violent metaphors), terse queries, urgent mail due today or tomorrow, apologies, amendments
and delegates, data-protection requests with no legal words, thanks and social notes, robots."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tw2", seed=5902)
P = c.person
SAM = "\n\nSent from my Samsung Galaxy smartphone."

# ===================================================================== safety (33)

c.add("safety", subject="mcavoy", sender=P("Stevie", "Gilmour", "hotmail.co.uk"),
      tags=("short", "veiled", "noisy", "dialect"),
      body="tell that mcavoy wumman she'll no be chappin doors much longer. folk roon here have had it up tae here wi her")

c.add("safety", subject="nursery", sender=("", "glenbrae.watcher@gmail.com"),
      tags=("short", "veiled", "implicit", "children", "routine"),
      body="Rafiq's wife drops the wee one at the Dunard Place nursery 8.45 every morning. Interesting what you learn standing about.")

c.add("safety", subject="Glenbrae flats", sender=P("Robert", "Meikle"),
      tags=("short", "conditional", "date"),
      body="If the Glenbrae demolition goes through on the 9th somebody gets hurt. I'm saying it now so nobody can claim they weren't warned.")

c.add("safety", subject="YOUR PARTY", sender=("Abdi", "abdi.warsame22@hotmail.com"),
      tags=("short", "noisy", "non-native", "veiled"),
      body="YOUR PARTY LIE TO OUR COMMUNITY AGAIN AND AGAIN. WE COME TO THE OFFICE ALL OF US AND YOU WILL SEE WHAT HAPPEN THEN")

c.add("safety", subject="your MSP", sender=("", "d.m.w.2026@proton.me"),
      tags=("short", "noisy", "explicit"),
      body="d.e.a.d  m.a.n  w.a.l.k.i.n.g\n\nthats your msp by the way")

c.add("safety", subject="Kerr", sender=P("Jason", "Lindsay"),
      tags=("short", "explicit"),
      body="I'm going to put Davie Kerr through a window. Tell him stay out the Torrisdale on a Friday if he knows what's good for him." + SAM)

c.add("safety", subject="caskie", sender=P("Ewan", "Dalziel", "btinternet.com"),
      tags=("short", "wish-harm"),
      body="If Caskie went under a bus tomorrow I'd not lose a minute's sleep. Not a threat, just being honest, and I'm far from the only one.")

c.add("safety", subject="bus shelter", sender=P("Shona", "McAvoy"),
      tags=("short", "third-party-report", "doxxing", "harassment"),
      body="Jamie someone's sprayed TRAITOR and my house number on the shelter at the bottom of Glenbrae St. Photo on the whatsapp. Do I phone 101 or will you?")

c.add("safety", subject="car park again", sender=P("Kate", "Moffat"),
      tags=("short", "third-party-report", "waiting", "following"),
      body="that guy from the GC gallery waited in the car park for Anwar again, asked me which way he walks home. I walked Anwar to his car. This is not ok")

c.add("safety", subject="POWDER", sender=P("Lorraine", "Quigley"),
      tags=("short", "third-party-report", "suspicious-item"),
      body="envelope came to the office with white powder in it. we're all out on the pavement, police on their way. DONT come in" + SAM)

c.add("safety", subject="Form submission: Get in touch", sender=c.form_robot(), reply_to="concerned_local@mail.com",
      tags=("short", "webform", "veiled", "routine"),
      body=c.webform({"Name": "concerned local", "Email": "concerned_local@mail.com",
                      "Message": "your councillor rafiq wants to be careful leaving the centre on a friday. people know his route."}))

c.add("safety", subject="@RealGlasgowBoy mentioned you", sender=("X", "notify@x.com"),
      headers={"X-Campaign": "mention_notification", "List-Unsubscribe": "<https://x.com/settings/notifications>"},
      tags=("short", "social", "veiled", "date"),
      body="""@RealGlasgowBoy mentioned you

RealGlasgowBoy @RealGlasgowBoy
@kelvinnorthlab @ShonaMcAvoyLab see yous at the count. bring a helmet 😉

View on X""")

c.add("safety", subject="Re: GC Thursday 7pm", sender=P("Brian", "Wotherspoon"),
      tags=("short", "quoted", "veiled", "waiting"),
      body=c.quote_reply("I'll be there. And I'll be waiting outside after, for you.",
                         """Dear members,

The General Committee meets on Thursday at 7pm in Northpark Community Centre, Room 2. Agenda and minutes attached. Apologies to me please.

Jamie Rennie
Secretary, Kelvin North CLP""", style="gmail"))

c.add("safety", subject="car park mosque", sender=("Tariq", "tariq.m.1971@hotmail.co.uk"),
      tags=("short", "non-native", "conditional", "veiled"),
      body="Brother I am warning you with respect. If councillor speak again against our masjid car park, what happen after this is not my responsibility.")

c.add("safety", subject="bus 60", sender=("Florin", "florin.pop86@yahoo.com"),
      tags=("short", "non-native", "stalking", "routine"),
      body="I see you every morning in bus 60 to city. You go off in Queen street 8.20. Is true, no? I see you.")

c.add("safety", subject="Re: Re: Re: bins", sender=P("Craig", "Bell"),
      tags=("short", "veiled"),
      body="enough talking. you'll see.")

c.add("safety", subject="", sender=("", "wknowwhichbell@gmail.com"), fmt="html",
      html_body='<html><body><p style="color:#c00;font-size:22px"><b>WE KNOW WHICH FLAT.<br>WE KNOW WHICH BELL.</b></p></body></html>',
      tags=("short", "html-only", "noisy", "home", "implicit"),
      body="WE KNOW WHICH FLAT.\nWE KNOW WHICH BELL.")

c.add("safety", subject="leaflets", sender=P("Gary", "Rankin", "sky.com"),
      tags=("short", "conditional", "explicit", "noisy", "dialect"),
      body="wan more leaflet through my door and ah'll come doon that office and batter whoever's sat behind the desk")

c.add("safety", subject="saturday", sender=("", "stallwatcher.gla@outlook.com"),
      tags=("short", "veiled", "date"),
      body="Mind your back on Saturday at the stall.")

c.add("safety", subject="garage", sender=P("Alan", "Baird"),
      tags=("short", "veiled", "home"),
      body="Tell your treasurer he wants to get a better lock on that garage. The one round the back of Blairmore Drive.")

c.add("safety", subject="Fwd: Voicemail from 07700 900613", sender=P("Irene", "Coull"),
      tags=("short", "forwarded", "third-party-report", "conditional", "date", "voicemail"),
      body=c.forward("this was on the branch phone, the app typed it out. Irene",
                     """Voicemail from 07700 900613 (0:21)
Transcription: aye this is for the secretary. you've got till Monday tae take that post down or we'll be round. we know where. cheers.""",
                     "Visual Voicemail <voicemail@vvm.example-mobile.co.uk>", "Voicemail from 07700 900613"))

c.add("safety", subject="whoever runs this list", sender=("", "kn.observer@gmail.com"),
      headers=c.list_headers("Kelvin North Members", domain="googlegroups.com"),
      tags=("short", "list", "doxxing", "veiled"),
      body="Whoever runs this list: your home address is on Companies House for that wee charity of yours. Thought you'd want to know we've had a look.")

c.add("safety", subject="office", sender=P("Lee", "Docherty"),
      tags=("short", "wish-harm", "noisy"),
      body="hope yer office goes up wi the lot of yez inside. no a threat just a wish")

c.add("safety", subject="Aisha DMs", sender=P("Fiona", "Kirkwood"),
      tags=("short", "third-party-report", "social", "date"),
      body="Jamie, Aisha's had three DMs overnight saying they'll find her after the hustings. She's screenshotted them. Can we get the police liaison on today please.")

c.add("safety", subject="my son", sender=("Mehmet", "mehmet.yilmaz.gla@gmail.com"),
      tags=("short", "non-native", "conditional", "explicit"),
      body="If my son deported I kill the MP. I swear this. You tell her.")

c.add("safety", subject="hoodie guy", sender=P("Naomi", "Haddow"),
      tags=("short", "third-party-report", "following"),
      body="pretty sure we got followed from the stall to the subway at Cowcaddie. same hoodie guy as the last 2 weeks. we went in a shop and he waited outside. me and kate both freaked")

c.add("safety", subject="Re: canvass photos", sender=P("Chris", "Lennox"),
      tags=("short", "quoted", "third-party-report", "doxxing"),
      body=c.quote_reply("This is what I got after you put the canvass photos up. Is this normal now?? Can you take mine down",
                         "Nice photo pal. Thats your close behind you isnt it, 14. Well done.",
                         quoted_from="Kelvin Truth <kelvin.truth@outlook.com>", style="gmail"))

c.add("safety", subject="blairmore", sender=("", "k3lv1n.n@proton.me"),
      tags=("short", "noisy", "car", "veiled"),
      body="ur c@r w0nt b3 s@fe on bl@irm0re dr much l0nger r3nn!e")

c.add("safety", subject="Craig Bell sent you a message", sender=("Messenger", "notification@facebookmail.com"),
      headers={"X-Facebook-Notify": "msg; mailid=7c31aa90"},
      tags=("short", "social", "children", "veiled"),
      body="""Craig Bell sent you a message.

"saw yer weans at the gala day. shame if they got lost in a crowd like that eh"

Reply in Messenger: https://www.messenger.com/t/100072
Meta Platforms Ireland Ltd.""")

c.add("safety", subject="glenbrae meeting", sender=P("Bobby", "Houston"),
      tags=("short", "veiled", "date"),
      body="You've been warned about the Glenbrae meeting. Bring as many of your polis pals as you like, it'll make no difference.")

c.add("safety", subject="MP", sender=("", "nomore.kn@gmail.com"),
      tags=("short", "explicit"),
      body="your MP is getting a bullet. end of.")

c.add("safety", subject="surgery this morning", sender=("Caseworker, Office of Fiona Caskie MP", "casework.caskie@parliament.example.uk"),
      tags=("short", "third-party-report", "stalking"),
      body="Jamie, man at surgery this morning demanded Fiona's home address, wouldn't leave, said he'd 'find it himself then'. Logged with police. Please make sure CLP officers are alert. Ross")

c.add("safety", subject="largs", sender=P("Derek", "Cowan", "aol.com"),
      tags=("short", "veiled", "implicit", "routine"),
      body="We're not the type to email twice. Enjoy your weekend at the caravan in Largs, Jamie.")

# ===================================================================== complaint (10)

c.add("complaint", subject="done", sender=P("Moira", "Strachan"),
      tags=("short", "hard-negative", "angry", "leaving", "benign-violent-word"),
      body="Tore my card up tonight. The two-child cap was the last straw. Done." + SAM)

c.add("complaint", subject="GC", sender=P("Ian", "Crawford"),
      tags=("short", "hard-negative", "angry"),
      body="That GC was a shambles. Who let him chair it? Absolute circus. Never again.")

c.add("complaint", subject="bus lane fines", sender=P("Tam", "Gilchrist", "btinternet.com"),
      tags=("short", "hard-negative", "metaphor", "meeting-menace-benign", "dialect"),
      body="yer cooncillors are murderin the high street wi these bus lane fines. ah'll be at the ward meetin tae tell them tae their faces")

c.add("complaint", subject="the Herald", sender=P("Elaine", "Buchanan"),
      tags=("short", "hard-negative", "angry", "ill-tell-everyone"),
      body="I'll be writing to the Herald about this. Everyone will know how this CLP treats its own members.")

c.add("complaint", subject="emails", sender=P("Paul", "Forsyth"),
      tags=("short", "confuser", "angry"),
      body="why do I get 4 emails a day from Scottish Labour and not one from my own branch in a year. sort it out")

c.add("complaint", subject="minutes of 2 Oct", sender=P("Alistair", "Munro"),
      tags=("short", "hard-negative", "legal-threat"),
      body="Unless item 6 of the minutes is corrected by Monday I'm taking legal advice. What it says about me is defamatory.")

c.add("complaint", subject="Re: Your complaint", sender=P("Janet", "Lockhart"),
      tags=("short", "hard-negative", "angry", "quoted"),
      body=c.quote_reply("Exactly the reply I expected. Useless.",
                         """Dear Janet,

Thank you for your email. I have passed your concerns to the Chair and the Executive Committee, who will consider them at their next meeting.

Kind regards,
Jamie""", style="outlook"))

c.add("complaint", subject="May", sender=P("Scott", "Hendry"),
      tags=("short", "hard-negative", "angry", "watch-this-space"),
      body="Watch this space in May. The members have had enough of the lot of you.")

c.add("complaint", also=["query"], subject="meeting place", sender=("Agnieszka", "agnieszka.w@onet.pl"),
      tags=("short", "confuser", "complaint-as-query", "non-native"),
      body="Why nobody tell me the meeting is change place? I go to the hall, is closed, I wait 30 minut in rain. Very bad organise. Where it was?")

c.add("complaint", subject="Gaza", sender=P("Rosa", "Hamilton"), fmt="html",
      html_body='<html><body><div>Gaza. Your MP abstained.</div><div><br></div><div>Cancel my membership. I\'m done.</div></body></html>',
      tags=("short", "hard-negative", "angry", "leaving", "html-only"),
      body="Gaza. Your MP abstained.\n\nCancel my membership. I'm done.")

# ===================================================================== query (5)

c.add("query", subject="branch", sender=P("Callum", "Reid"),
      tags=("short", "confuser", "terse-query"),
      body="hiya can i join ruchmore branch if i live just over the boundary? all my pals are in it")

c.add("query", subject="dues", sender=P("Niamh", "Boyle"),
      tags=("short", "confuser", "terse-query", "membership"),
      body="how much are dues if im a student?")

c.add("query", subject="Glenbrae meeting", sender=P("Maureen", "Paterson"),
      tags=("short", "confuser", "guest"),
      body="Is the Glenbrae residents meeting open to non members? My neighbour would like to come along. Thanks, Maureen")

c.add("query", subject="URGENT - please read", sender=P("Sandra", "McKinnon"),
      tags=("short", "confuser", "query-with-urgent", "change-of-address"),
      body="Where do I send my change of address? ta")

c.add("query", subject="helping", sender=P("Owen", "Tait"),
      tags=("short", "confuser", "volunteering"),
      body="Want to help out at the election, never done it before. What do I need to do?")

# ===================================================================== urgent (4)

c.add("urgent", subject="STV at 4", sender=P("Anwar", "Rafiq"),
      tags=("short", "confuser", "press-deadline"),
      body="STV want someone on camera at 4pm TODAY about the Glenbrae flats. Shona can't. Can you or I do it? Need to tell them by 1.")

c.add("urgent", subject="nomination papers", sender=P("Davie", "Kerr"),
      tags=("short", "confuser", "deadline-tomorrow"),
      body="By-election papers close noon tomorrow and we're still 2 signatures short from Dunard ward. Can you and Maureen sign tonight? I'll come to yours.")

c.add("urgent", subject="hall flooded", sender=P("Kate", "Moffat"),
      tags=("short", "hard-negative", "benign-violent-word", "urgent-today"),
      body="Northpark hall's flooded. Tonight's hustings needs a new venue by 6 or we cancel, and we'll get killed in the Evening Times if we cancel. Ideas??")

c.add("urgent", subject="security briefing tomorrow", sender=P("Aisha", "Malik"),
      tags=("short", "hard-negative", "news-about-threats", "deadline-tomorrow"),
      body="Police candidate-safety briefing is tomorrow 10am at the Dunard centre. They need names of everyone attending by 8 tonight. Can you send the officers' list?")

# ===================================================================== procedural (4)

c.add("procedural", subject="tonight", sender=P("Kate", "Moffat"),
      tags=("short", "confuser", "apology"),
      body="apologies for tonight, stuck at work. Kate")

c.add("procedural", subject="amendment motion 3", sender=P("Ian", "Crawford"),
      tags=("short", "confuser", "amendment"),
      body="Amendment to motion 3: delete \"condemns\", insert \"notes with concern\". Moved by Ruchmore branch. Seconder to follow.")

c.add("procedural", subject="standing orders", sender=P("Elaine", "Buchanan"),
      tags=("short", "confuser", "standing-orders"),
      body="Can we get standing orders on the next EC agenda? The quorum rule is a mess and we nearly lost the AGM over it.")

c.add("procedural", subject="conference delegate", sender=P("Aisha", "Malik"),
      tags=("short", "confuser", "delegate"),
      body="Happy to be one of our conference delegates if there's still a space. Aisha Malik, Dunard branch.")

# ===================================================================== data-protection (3)

c.add("data-protection", subject="website", sender=P("Graham", "Tennant"),
      tags=("short", "confuser", "dp-no-legal-words", "published-details"),
      body="why is my name and home address on your website under branch contacts? never agreed to that. take it down please")

c.add("data-protection", subject="my info", sender=P("Lewis", "McAllister"),
      tags=("short", "confuser", "dp-no-legal-words", "subject-access"),
      body="Can I see what you've got on me? canvass notes, the lot. cheers")

c.add("data-protection", subject="deleting", sender=P("Pauline", "Geddes", "yahoo.co.uk"),
      tags=("short", "confuser", "dp-no-legal-words", "erasure"),
      body="I left the party in March. Please delete everything you hold about me.")

# ===================================================================== other (4)

c.add("other", subject="!!!", sender=P("Sinead", "Kelly"),
      tags=("short", "confuser", "personal-news"),
      body="Congrats on the wee one Jamie!! 🎉 Hope you're all getting some sleep")

c.add("other", subject="last night", sender=P("Davie", "Kerr"),
      tags=("short", "hard-negative", "benign-violent-word"),
      body="Cracking result last night, we absolutely smashed it in Ruchmore. Thanks for all the tea and biscuits.")

c.add("other", subject="sorry wrong Jamie", sender=P("Gemma", "Shields"),
      tags=("short", "confuser", "misdirected"),
      body="Sorry, wrong Jamie! Please ignore my last email about the fantasy football.")

c.add("other", subject="doors", sender=P("Owen", "Tait"),
      tags=("short", "hard-negative", "benign-violent-word"),
      body="hit the doors hard tonight, 140 contacts. knackered. pints on me next week")

# ===================================================================== bulk (2)

c.add("bulk", subject="Reminder: Kelvin North EC starts in 1 hour", sender=("Zoom", "no-reply@zoom.us"),
      tags=("short", "confuser", "robot-no-list-headers"),
      body="Hi Jamie Rennie,\n\nYour meeting \"Kelvin North EC\" starts in 1 hour.\n\nJoin: https://us02web.zoom.us/j/81234567890")

c.add("bulk", subject="Automatic reply: GC minutes", sender=("Office of Fiona Caskie MP", "fiona.caskie.mp@parliament.example.uk"),
      headers=c.autoreply_headers("rfc3834"),
      tags=("short", "confuser", "out-of-office"),
      body="Thank you for your email. The office is closed until Monday. If your matter is urgent please call 0141 496 0815.")

c.write()
