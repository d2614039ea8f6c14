"""train/tg2: short and messy mail -- safety, part 2 (Hatherley CLP, secretary Priya Nair).

Hand-written one- and two-line threats and reports of threats.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tg2", seed=1702)
S = "safety"


def add(subject, body, tags, sender=None, **kw):
    c.add(S, body=body, subject=subject, sender=sender, tags=("short",) + tuple(tags), **kw)


add("next time I see that cllr im putting him through a window", "Sent from my Galaxy",
    ("explicit", "noisy"), sender=c.person("Shaun", "Cooper"))

add("", "hope ur office burns down with u in it", ("wish-harm", "noisy"),
    sender=("", "burnbabyburn@outlook.com"))

add("", "we've got your addresses now. all of you. check the telegram", ("doxxing", "veiled"),
    sender=("", "hatherleypatriots@proton.me"))

add("Councillor Hyde",
    "Dear Secretary,\n\nI write politely to let you know I have been patient for a long time. "
    "My patience has now run out. Whatever happens to Councillor Hyde after Thursday is on your conscience.\n\nRegards",
    ("veiled", "embedded", "implicit"), sender=("R. Pemberton", "r.pemberton@btinternet.com"))

add("r u ok??",
    "r u ok? saw the comments under the MP's post - someone's put up a photo of her house with a red circle round it",
    ("doxxing", "third-party-report", "social"), sender=c.person("Chloe", "Bennett"))

add("justice4hatherley mentioned you in a comment",
    "justice4hatherley mentioned you in a comment: \"@hatherleylabour your candidate lives on Grove Terrace. "
    "no 14. go say hi lads \U0001F440\"\n\nSee comment\n\nInstagram\u00a0\u00b7 from Meta\n"
    "This message was sent to secretary@hatherleylabour.org.uk. Unsubscribe.",
    ("social", "doxxing"), sender=("Instagram", "no-reply@mail.instagram.com"),
    headers={"List-Unsubscribe": "<https://www.instagram.com/emails/unsubscribe/?uid=3f9a&nid=comment_mention>", "X-IG-Notification": "comment_mention"})

add("tonight",
    "the man from tonights meeting sat in his car at the end of my road till 1am. ive rung 101. im not coming thursday",
    ("following", "stalking", "third-party-report"), sender=c.person("Rosa", "Kelly"))

add("that leaflet", "Whoever wrote that leaflet. Im going to find you and when I do youll regret it",
    ("veiled",), sender=c.person("Darren", "Hall"))

add("Councillor Ahmed",
    "Tell Councillor Ahmed I know where his mosque is and I know what time he leaves it exclamation mark",
    ("implicit", "noisy"), sender=("", "stgeorge77@gmail.com"))

add("", "u wont see xmas", ("veiled", "noisy"), sender=("", "xmas.xmas@outlook.com"))

add("letter at home",
    "I'd like to report that I received a letter at home this morning with white powder in it and 'traitor' "
    "written on the envelope. It's with the police now. Do the other officers need warning?\n\nDeborah",
    ("suspicious-item", "third-party-report"), sender=c.person("Deborah", "Lloyd"))

add("", "mate u want to be careful. people round here have long memories and short fuses. just saying",
    ("veiled",), sender=c.person("Lee", "Dixon"))

add("trators", "all trators will hang", ("explicit", "noisy"), sender=("", "ropetime@protonmail.com"))

add("", "F.U.C.K  Y.O.U\nI  W.I.L.L  F.I.N.D  Y.O.U", ("explicit", "noisy"),
    sender=("", "qwerty0987@gmail.com"))

add("problem at market",
    "Hello, I am Ana from St Anne's branch. Some people in the market yesterday they follow me to the car and "
    "one say he know my son school. I am very scared. Please help what I do",
    ("following", "third-party-report", "non-native", "implicit"), sender=c.person("Ana", "Ferreira"))

add("FW: Gaza vigil",
    c.forward("Forwarding for the log - third one this week. MP aware.",
              "Your boss had better not show her face at the Gaza vigil. Plenty of us will be waiting.",
              "\"Anon\" <waiting4u@proton.me>", "Gaza vigil", style="outlook"),
    ("forwarded", "veiled", "third-party-report"), sender=c.person("Precious", "Okoro"))

add("",
    "Hi. Sorry to bother you. The guy from the housing row keeps turning up at my work asking for me by name. "
    "My manager's sent him away twice. He said to tell me 'this isnt over'",
    ("stalking", "third-party-report", "implicit"), sender=c.person("Gemma", "Foster"))

add("library",
    "If Millbrook library closes I will personally make sure the councillors who voted for it cant walk down "
    "the high street without looking over there shoulder",
    ("conditional", "veiled", "noisy"), sender=c.person("Pauline", "Harris"))

add("RE: Canvassing Sat",
    c.quote_reply("what do we do about this?? got it after i put my number on the canvass group",
                  "stay off oakfield estate saturday. last warning",
                  quoted_from="+44 7700 900417", style="bottom"),
    ("quoted", "third-party-report", "veiled", "conditional"), sender=c.person("Josh", "Green"))

add("AGM", "enjoy ur last AGM", ("veiled",), sender=("", "lastagm@outlook.com"))

add("", "i could end you and nobody would ever know", ("explicit",), sender=("", "quietone@proton.me"))

add("New reply to your post",
    "@Hatherley_Lab you have a new reply\n\n@ferncliffe_pat: hope your MP ends up like the last one who got "
    "stabbed at her surgery. see how she likes it\n\nReply \u00b7 Repost \u00b7 Like\n\nX Corp. 1355 Market Street, San Francisco\n"
    "Unsubscribe from these emails",
    ("social", "wish-harm"), sender=("X", "notify@x.com"), headers={"List-Unsubscribe": "<https://x.com/i/unsubscribe?t=1&uid=88213&type=reply>", "Precedence": "bulk"})

add("bag in committee room",
    "there's a rucksack under the table in the committee room, nobody's claiming it. we've moved everyone out "
    "into the car park. calling 999 now",
    ("suspicious-item", "third-party-report"), sender=c.person("Martin", "Stewart"))

add("stall",
    "Pls can you tell the chair i wont be doing the stall any more. the man who spat at me last week came back "
    "and said next time hed bring his dog and let it off the lead on me",
    ("third-party-report", "conditional", "harassment"), sender=c.person("Sandra", "Hughes"))

add("", "k.i.l.l the candidate", ("explicit", "noisy"), sender=("", "k.i.l.l@outlook.com"))

add("", "Saw ur wife in Tesco today. Shes looking well. Tell her I said hi", ("implicit", "veiled"),
    sender=("", "oldfriend1970@gmail.com"))

add("the Grange 14th", "we know about the meeting at the Grange on the 14th. Well be there too. All of us.",
    ("veiled",), sender=("", "watching.hatherley@protonmail.com"))

add("please help",
    "Assalamu alaikum sister, some boys write on our house wall 'Labour p*** out' and they tell my son next "
    "time they burn the car. I am Cllr Iqbal wife please tell someone who can do something",
    ("third-party-report", "non-native", "harassment", "conditional"), sender=c.person("Sadia", "Iqbal"))

add("telegram channel",
    "someone's just posted the entire EC's phone numbers to a telegram channel called 'Hatherley Patriots' "
    "with 'you know what to do' underneath. screenshots attached. ring me",
    ("doxxing", "third-party-report", "pile-on"), sender=c.person("Kwame", "Mensah"))

add("New form submission",
    c.webform({"Name": "concerned", "Email": "x@x.com",
               "Subject": "planning",
               "Message": "the woman councillor on planning committee will get whats coming. shes been warned"},
              form="Contact the CLP"),
    ("webform", "veiled"), sender=c.form_robot(), reply_to="x@x.com")

add("", "y did u delete my comment. ill keep making accounts. ill keep coming. u cant stop me. "
        "i know which one is ur house",
    ("harassment", "stalking", "implicit", "noisy"), sender=("", "notgoingaway2@gmail.com"))

add("HOSPITAL",
    "PROPER BLOOD WILL BE SPILT IF THEY CLOSE THE HOSPITAL AND IT WONT BE OURS",
    ("conditional", "explicit", "noisy"), sender=c.person("Ryan", "Thompson"))

add("office tonight",
    "hi priya quick one is the office locked tonight? only that same man was trying the door handle about 6 "
    "and asking for you by name. didnt like it",
    ("third-party-report", "stalking"), sender=c.person("Irene", "Campbell"))

add("", "stop the boats or we stop you", ("conditional", "veiled"), sender=("", "stoptheboats88@outlook.com"))

add("", "",
    ("html-only", "veiled"), sender=("", "timeisup@proton.me"), fmt="html",
    html_body='<html><body style="background:#000"><p style="color:red;font-size:32px;text-align:center">'
              'YOUR TIME IS UP</p></body></html>')

add("surgery",
    "dont worry about security at the surgery love, we know which door u use after",
    ("implicit", "veiled"), sender=c.person())

add("", "i hope u and ur precious mp get whats coming and i hope its soon and i hope it hurts",
    ("wish-harm",), sender=("", "getwhatscoming@gmail.com"))

add("re your leaflet", "I have got a gun licence you know.", ("implicit",),
    sender=("Roger Pike", "roger.pike@sky.com"))

add("office letterbox",
    "Someone left a dead rat in the office letterbox with the MP's leaflet wrapped round it. Second time this month. "
    "Binned it, photo'd first",
    ("suspicious-item", "harassment", "third-party-report"), sender=c.person("Gary", "Ward"))

add("", "hey. its the lad from the doorstep wednesday. u told me ur name. found ur facebook. found ur street. "
        "see u around \U0001F618",
    ("stalking", "doxxing", "implicit"), sender=("", "doorsteplad@icloud.com"))

add("from branch whatsapp",
    "Forwarded from the branch whatsapp, not sure who he is:\n\n"
    "\"any of u lot knock on my door again with ur rosettes ull be going home in an ambulance\"",
    ("forwarded", "conditional", "third-party-report"), sender=c.person("Hazel", "Robinson"))

add("resign", "The councillor's got 2 weeks to resign. after that its out of our hands",
    ("veiled", "conditional"), sender=("", "oakfieldresidents@outlook.com"))

add("", "hang her. hang all of them", ("explicit",), sender=("", "nooseman@protonmail.com"))

add("stepping back",
    "just to say I'm stepping back from the Gaza group for now - someone has followed me home from the last two "
    "vigils and I don't feel safe. Police informed. take care all x\n\n"
    "--\nYou received this message because you are subscribed to the Google Groups \"Hatherley Labour members\" group.",
    ("list", "following", "third-party-report"), sender=c.person("Niamh", "O'Brien"),
    headers=c.list_headers("Hatherley Labour members", domain="googlegroups.com"))

add("", "d0nt th1nk we f0rg0t what u d1d at the s3l3ct10n. w3 w1ll b3 r0und", ("veiled", "noisy"),
    sender=("", "r3m3mb3r@outlook.com"))

c.write()
