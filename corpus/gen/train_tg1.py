"""train/tg1: short and messy mail -- safety, part 1 (Hatherley CLP, secretary Priya Nair).

Every message here is hand-written: one- and two-liners, phone mail, no greetings,
surface noise, reports from members. All are safety.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tg1", seed=1701)
S = "safety"


def add(subject, body, tags, sender=None, **kw):
    c.add(S, body=body, subject=subject, sender=sender, tags=("short",) + tuple(tags), **kw)


add("", "we know where you live priya. nice blue door",
    ("implicit", "veiled", "doxxing"), sender=("", "truthhurts77@protonmail.com"))

add("councillor marsh",
    "tell marsh to watch himself walking home from the ward meeting thurs. its dark down that cut",
    ("veiled", "implicit", "noisy"), sender=("Gaz", "gazza.h1969@hotmail.co.uk"))

add("K1LL YOURSELF TRAITOR", "", ("explicit", "noisy", "harassment"),
    sender=("", "xx88patriot@outlook.com"))

add("vote",
    "if the mosque vote goes thru on tuesday someone will get hurt. not a joke\n\nSent from my Galaxy",
    ("conditional", "explicit", "noisy"), sender=c.person())

add("", "u lot r d3ad. every 1 of u. wait n see", ("explicit", "noisy"),
    sender=("kev", "kevbo_1983@yahoo.co.uk"))

add("van",
    "someone was hanging round the office again last night, same white van. sat there from 8 till gone 10. "
    "got part of the reg KX-something. didnt get out once\n\nSent from my iPhone",
    ("third-party-report", "stalking"), sender=c.person("Maureen", "Bell"))

add("parcel at office??",
    "Priya theres a parcel on the step at the office no stamp no label just LABOUR SCUM wrote on it in marker. "
    "not touching it. shall i ring the police or you",
    ("suspicious-item", "third-party-report", "noisy"), sender=c.person("Colin", "Fletcher"))

add("", "hope your kids enjoy St Marys. lovely playground they've got. saw it this morning",
    ("implicit", "veiled"), sender=("", "j.smith.hatherley@gmail.com"))

add("candidate", "she wont be standing for long", ("veiled",),
    sender=("Local Resident", "localresident.hatherley@outlook.com"))

add("", "b u r n  i t  d o w n\nthe whole office\nsoon", ("explicit", "noisy"),
    sender=("", "nmn1234@protonmail.com"))

add("help please",
    "Sister the man from the meeting he wait outside again for me in car park, he follow me to bus stop "
    "and say things. I am scare to come next time. What I should do",
    ("following", "third-party-report", "non-native"), sender=c.person("Shabana", "Begum"))

add("Dean Cartwright commented on your post",
    "Dean Cartwright commented on your post in Hatherley Labour Party.\n\n"
    "Dean Cartwright: \"ill be at the hustings with a few of the lads. lets see how brave ur candidate is "
    "then \U0001F44A\"\n\nView comment\nReply\n\n"
    "Facebook\nMeta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ireland\n"
    "This message was sent to secretary@hatherleylabour.org.uk. To help keep your account secure, please don't forward this email.",
    ("social", "veiled"), sender=("Facebook", "notification@facebookmail.com"),
    headers={"X-Facebook-Notify": "comment_reply; mailid=5f3a1b2cG4e7d"})

add("New submission from Contact us",
    c.webform({"Name": "Tom", "Email": "tomtom4@gmail.com", "Phone": "",
               "Your message": "Your MP should be strung up with the rest of them. Ive got the rope ready"}),
    ("webform", "explicit"), sender=c.form_robot(), reply_to=("Tom", "tomtom4@gmail.com"))

add("Fwd: (no subject)",
    c.forward("fyi this came thru to my personal account, bit shaken tbh",
              "I know youre the one doing the leaflets. seen your car on Ferncliffe Rd every morning 7.40. "
              "silver corsa",
              "unknown <ferncliffewatch@gmail.com>", "(no subject)"),
    ("forwarded", "implicit", "stalking", "third-party-report"), sender=c.person("Leanne", "Turner"))

add("your address is on facebook",
    "someones posted your home address on the Hatherley Matters group with 'pay her a visit' under it. "
    "140 comments already. can we get it taken down?? ring me",
    ("doxxing", "pile-on", "third-party-report", "social"), sender=c.person("Declan", "Murphy"))

add("IMMIGRATION",
    "YOU PEOPLE WANT OUR STREETS FLOODED WITH THEM. WHEN IT KICKS OFF ROUND HERE YOUR OFFICE IS FIRST ON THE LIST",
    ("veiled", "conditional", "noisy"), sender=("", "englandfirst1066@outlook.com"))

add("", "not saying anyone should do anything to the councillor. but if his car went up in flames id laugh my head off",
    ("wish-harm",), sender=c.person())

add("Re: your email",
    c.quote_reply("Bit late for sorry. Ill be waiting when you lock up thursday.",
                  "Dear Mr Haines,\n\nI'm sorry you were unhappy with how the ward meeting was run. "
                  "The chair has asked me to say that everyone is welcome to raise concerns.\n\nBest wishes\nPriya",
                  style="gmail"),
    ("veiled", "implicit"), sender=("Ray Haines", "rayhaines@btinternet.com"))

add("Re: branch whatsapp",
    c.quote_reply("this is what he sent back when i asked him to stop messaging the group. do we report it?",
                  "keep messaging me and see what happens to u love. i know ur shifts at the coop",
                  quoted_from="Lee <07xxx via WhatsApp export>", style="gmail"),
    ("quoted", "third-party-report", "implicit", "harassment"), sender=c.person("Jasmine", "Ahmed"))

add("", "kil all labour mps", ("explicit", "noisy"), sender=("", "zz99@aol.com"))

add("Councillor",
    "I'm going to come down there and sort you out properly this time you and that councillor friend "
    "of yours full stop don't think I won't full stop\n\nSent from my Samsung Galaxy smartphone.",
    ("explicit", "noisy"), sender=c.person("Brian", "Rogers"))

add("6th May", "tick tock \U0001F570\ufe0f\U0001F4A3", ("veiled", "noisy"), sender=("", "ticktock2026@proton.me"))

add("Jo",
    "Hi, just to flag - the bloke who was shouting at the AGM was sat outside Jo's house this morning. "
    "She's not ok. I'm with her now. x",
    ("third-party-report", "stalking", "following"), sender=c.person("Sue", "Harris"))

add("", "Your a dead woman walking", ("explicit", "noisy"), sender=("", "deadwomanwalking@gmail.com"))

add("office",
    "someone put the office window in again overnight and left a note on the desk, 'next time its you'. "
    "police been. just so u know before you go in",
    ("third-party-report", "explicit"), sender=c.person("Graham", "Wood"))

add("photo",
    "Hello I want to tell you, the man in black jacket he take photo of me and my daughter when we give leaflets "
    "on Oakfield estate, he say he put it on internet and 'people will come for you'. I am afraid now to go.",
    ("harassment", "non-native", "third-party-report"), sender=c.person("Agnieszka", "Nowak"))

add("think about it",
    "shame if someone told your husband where you were last tuesday night. or worse. think about it before the vote",
    ("implicit", "conditional", "harassment"), sender=("", "wellwisher.hath@outlook.com"))

add("", "",
    ("html-only", "veiled", "stalking"), sender=("", "eyes.on.hatherley@protonmail.com"), fmt="html",
    html_body='<html><body><p style="font-size:28px;color:#b00"><b>WE ARE WATCHING</b></p>'
              '<p>every meeting. every canvass. photos of all of you.</p></body></html>')

add("", "nice car. be a shame. reg ends 7HX", ("implicit", "veiled"), sender=("", "a.n.other55@gmail.com"))

add("Bilal",
    "can someone check on Bilal, he's had 40 odd messages overnight after that clip went round, "
    "some saying they'll find him. he's not answering his phone",
    ("pile-on", "third-party-report"), sender=c.person("Naomi", "Clarke"))

add("count", "ur gonna get ur head kicked in at the count. bring ur mates", ("explicit", "noisy"),
    sender=("", "millbrookmad@hotmail.com"))

add("Apologies - GC",
    "Apologies for absence tonight.\n\nAlso I wasn't going to mention it but the man who had a go at me at the "
    "last GC was in the car park again when I left and he followed me to the Shell garage. Can someone walk me "
    "out next time?\n\nCarol",
    ("following", "third-party-report", "embedded"), sender=c.person("Carol", "Watson"))

add("", "stop n think who ur upsetting. we no ur routine. gym tues n thurs 6am",
    ("implicit", "stalking", "noisy"), sender=("", "hatherleylad@icloud.com"))

add("A WARNING", "drop the selection challenge or it gets personal", ("conditional", "veiled"),
    sender=("", "concernedmember@proton.me"))

add("whatsapp",
    "Brother the people in the WhatsApp group they send me message say they will come to my shop if I do "
    "canvas for Labour again. I dont know what to do. Please advise\n\nYusuf",
    ("non-native", "third-party-report", "conditional"), sender=c.person("Yusuf", "Ali"))

add("your daughter", "she walks home alone doesnt she", ("implicit", "veiled"),
    sender=("", "p0stbox@protonmail.com"))

add("", "p i g s  l i k e  y o u  s h o u l d  b e  s h o t", ("explicit", "noisy"),
    sender=("", "nobodyhere@mail.com"))

add("[Millbrook Branch] Please be careful Friday",
    "Heads up all - someone has been ringing Pat's landline at 3am and hanging up. Last night a man's voice "
    "said 'we're coming'. Police have it. Please go in pairs leaving Friday's meeting.\n\nIan (branch sec)\n\n"
    "--\nYou received this message because you are subscribed to the Millbrook Branch group.",
    ("list", "third-party-report", "harassment"), sender=c.person("Ian", "Marshall"),
    headers=c.list_headers("Millbrook Branch", domain="googlegroups.com"))

add("website chat",
    "Got this on the website live chat about 5 mins ago: 'ill be at your surgery saturday with something for "
    "the MP she wont forget'. Probably nothing but thought you should see before Sat.",
    ("third-party-report", "veiled"), sender=c.person("Owen", "Reid"))

add("nhs", "i hope you get cancer like my mum did waiting for ur NHS", ("wish-harm", "noisy"),
    sender=c.person())

add("my name",
    "I am very angry and i tell you now, if you put my name again on paper i come to office and i break "
    "everything and you also. Understand?",
    ("conditional", "explicit", "non-native"), sender=c.person("Ioana", "Popescu"))

add("outside the GC now",
    "There's a bloke filming everyone going into the community centre. Been there 40 mins. "
    "Shouted 'see you all soon' when Maureen went in. Shall I call someone",
    ("third-party-report", "harassment", "stalking"), sender=c.person("Hassan", "Malik"))

add("", "\U0001F52A\U0001F52A\U0001F52A see u saturday", ("veiled", "noisy"),
    sender=("", "satnite@outlook.com"))

add("Message from Hatherley Labour website",
    c.webform({"Name": "a friend", "Email": "afriend@anon.com",
               "Message": "Advise your candidate not to do the school gate leafleting at Millbrook any more. "
                          "For her own safety. People are not happy."}),
    ("webform", "veiled"), sender=c.form_robot(), reply_to="afriend@anon.com")

add("LEAFLETS",
    "ANY MORE LEAFLETS THRU MY DOOR AND ILL FIND OUT WHO DELIVERED THEM AND BREAK THERE LEGS",
    ("conditional", "explicit", "noisy"), sender=c.person("Terry", "Walker"))

c.write()
