"""train/tg5: short and messy mail -- procedural, data-protection, urgent
(Cwm Taf Valleys CLP, secretary Rhian Evans).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tg5", seed=1705)


def add(label, subject, body, tags=(), sender=None, also=(), **kw):
    c.add(label, body=body, subject=subject, sender=sender, tags=("short",) + tuple(tags), also=also, **kw)


# ---------------------------------------------------------------- procedural (25)
P = "procedural"
add(P, "", "apols for tonight, stuck in work till 8", ("noisy",))
add(P, "bus motion", "I second the motion on the Aberdarren bus routes. Sian")
add(P, "treasurer", "nominating Jo Griffiths for treasurer. she's said yes")
add(P, "Apologies", "Sent from my iPhone", ("subject-only",))
add(P, "vice chair nomination",
    "Penrhiw branch nominates Cllr Dai Morgan for vice chair (membership). Proposer me, seconder Sian Lloyd.\n\n"
    "Huw\nPenrhiw branch sec")
add(P, "amendment", "amendment to motion 3: delete 'condemns', insert 'notes with concern'. proposer G. Bowen")
add(P, "youth officer", "can i put myself forward as youth officer? is this the right email for that",
    ("confuser", "procedural-as-query"), also=("query",))
add(P, "Cefn Isaf minutes", "draft minutes from cefn isaf branch attached, sorry they're late, laptop died")
add(P, "", "please add library closures to AOB for thursday GC. 5 mins max")
add(P, "Ymddiheuriadau", "Ymddiheuriadau - can't make GC, family thing. Rhys", ("welsh",))
add(P, "conference delegate",
    "I'd like to stand as conference delegate. Statement: branch sec 3 yrs, USDAW rep, never been before "
    "and want to take the hospital motion. Lowri")
add(P, "correction", "correction to the minutes - it was Gwen who proposed the bus motion, not me")
add(P, "motion for GC",
    "This CLP calls on our Senedd members to oppose the downgrading of A&E at Ysbyty Cwm Taf and to hold a "
    "public meeting in Aberdarren before the consultation closes.\n\nProposed: Treharris Rd branch")
add(P, "Re: standing orders change",
    c.quote_reply("seconded.", "Proposal: amend SO 6.1 so GC starts at 7pm not 7.30pm.\n\nRhian",
                  quoted_from="Rhian Evans <ysgrifennydd@cwmtaflabour.cymru>", style="gmail"))
add(P, "", "agenda item request pls: report from the women's forum, 5 mins. Bethan")
add(P, "branch AGM result",
    "Penrhiw AGM results: chair - Ieuan Price, sec - Nia Bowen, treasurer - vacant (again \U0001F643)")
add(P, "EC", "i wont be at the EC, can Gareth vote as my proxy?", ("confuser", "procedural-as-query"),
    also=("query",))
add(P, "Nomination: CLP chair",
    "Nomination for CLP chair: Bethan Rees.\nProposed: Alun Davies (Penrhiw)\nSeconded: Lowri Jenkins (Treharris Rd)")
add(P, "", "withdrawing my motion, the council reversed it this morning \U0001F44D")
add(P, "EMERGENCY MOTION",
    "emergency motion re steelworks job losses, attached. hope its in time for sat", ("caps",))
add(P, "AGM",
    "Apologies for the AGM. I'd like to nominate Cerys Hughes to replace me on the EC if that's allowed",
    also=("query",))
add(P, "delegate report",
    "delegate report from welsh conference, short version: 3 of our motions got into a composite, "
    "full write up before GC")
add(P, "", "sorry late apology for last night - phone died and i was on nights. Aled")
add(P, "suspension of SOs",
    "I move that we suspend standing orders at GC to take the emergency motion first. Please put on the agenda")
add(P, "Re: draft agenda",
    c.quote_reply("item 6 should be before 5 or we run out of time for the vote again",
                  "1. Apologies\n2. Minutes\n3. Matters arising\n4. Treasurer\n5. Reports\n6. Motions\n7. AOB",
                  style="bottom"))

# ---------------------------------------------------------------- data protection (20)
D = "data-protection"
add(D, "", "take me off ur list", ("dp-no-legal-words", "noisy"))
add(D, "", "who gave u my number", ("dp-no-legal-words", "noisy"))
add(D, "letter", "how did you get my address? I never gave it to Labour. Never.", ("dp-no-legal-words",))
add(D, "texts", "stop texting me. im not a member. never was", ("dp-no-legal-words",))
add(D, "leaflet",
    "why is my name and phone number on the Cefn Isaf leaflet?? i didnt agree to that", ("dp-no-legal-words",))
add(D, "your email",
    "you've just emailed the whole branch with everyone's addresses in the To box. 80-odd of them. not great",
    ("dp-no-legal-words", "breach"))
add(D, "", "I want to see everything you hold on me please. All of it.", ("dp-no-legal-words", "sar"))
add(D, "canvass sheet",
    "found a canvass sheet with names and addresses blowing about outside the Co-op on High St. think its ours. "
    "got it in my bag",
    ("dp-no-legal-words", "breach"))
add(D, "old address",
    "you keep sending my post to my old address where my ex still lives. please update it and get rid of the old one",
    ("dp-no-legal-words",))
add(D, "Erasure request",
    "I am writing under Article 17 UK GDPR to request erasure of all personal data you hold about me. "
    "Please confirm within one month.\n\nR. Pugh", ("legal-words",))
add(D, "UNSUBSCRIBE", "UNSUBSCRIBE ME NOW", ("dp-no-legal-words", "caps"))
add(D, "canvasser",
    "how do you know how i vote? canvasser said you had me down as a 'labour promise'. who told you that",
    ("dp-no-legal-words",))
add(D, "photo", "my photo is on your facebook page from the fun day. I didnt agree to that, please take it down",
    ("dp-no-legal-words",))
add(D, "", "pls delete my number off the branch whatsapp, i left the party in march", ("dp-no-legal-words",))
add(D, "letters",
    "Hello, I don't want receive letters anymore, please delete my data. I never join the party. Thank you. Ioana",
    ("dp-no-legal-words", "non-native"), sender=c.person("Ioana", "Dumitru"))
add(D, "", "why does the canvasser know my daughters name", ("dp-no-legal-words",))
add(D, "WEBSITE",
    "your website still lists my HOME address as the Penrhiw branch contact. I stepped down 2 years ago!!!",
    ("dp-no-legal-words",))
add(D, "newsletter",
    "The newsletter came addressed to my late husband again. Please remove him from your records.",
    ("dp-no-legal-words",))
add(D, "library printer",
    "someone left the membership list on the printer at Aberdarren library. anyone could have picked it up. "
    "ive got it now", ("dp-no-legal-words", "breach"))
add(D, "petition", "gave my email for the petition, not to go on a mailing list. remove pls",
    ("dp-no-legal-words",))

# ---------------------------------------------------------------- urgent (20)
U = "urgent"
add(U, "VENUE CANCELLED", "hall flooded!! venue cancelled for tonight. need somewhere by 7",
    ("caps",))
add(U, "leaflets", "leaflets ready at printers, must be collected by 9am tomorrow or they charge storage")
add(U, "BBC Wales", "BBC Wales want a quote on the hospital vote by 3pm today. who can speak?")
add(U, "nominations", "nomination papers close noon tomorrow - still 2 signatures short for Cerys")
add(U, "key", "Alun's been taken into hospital, who else has a key for the hall for the count tonight??")
add(U, "", "zoom licence has expired and GC starts in an hour", ("noisy",))
add(U, "tellers", "need 4 more tellers tomorrow morning at Penrhiw polling station, 7am start. anyone??")
add(U, "budget vote moved",
    "council have moved the budget vote to TOMORROW 10am. we need bodies in the public gallery")
add(U, "van", "van for the stall's broken down. need a car with a big boot by 8 tomorrow")
add(U, "postal votes", "postal vote deadline is 5pm today - anyone not sent theirs yet??")
add(U, "speaker", "speaker for tonight's dropped out, covid. anyone?")
add(U, "press release",
    "press release needs your sign off before 4 today, text below. just reply OK\n\n"
    "\"Cwm Taf Valleys Labour welcomes the reversal of the Aberdarren bus cuts...\"")
add(U, "hustings tmrw", "school says we cant use the hall for the hustings tmrw after all, insurance. need plan B")
add(U, "AGENDA", "agenda for tonight hasnt gone out! can you send it asap", ("caps",))
add(U, "delegate forms", "conference delegate forms must be with region by midnight tonight, ours arent in")
add(U, "imprint", "printer's put the wrong imprint on the leaflets and they go out tomorrow. stop the run??")
add(U, "cheque", "treasurer needs your signature on the venue cheque today or we lose saturday's booking")
add(U, "", "sorry candidate's double booked tonight - hustings or the surgery? need to tell them in 20 mins")
add(U, "bank",
    "bank says the account's frozen till the signatory change goes through - deposit for saturday has to clear "
    "by tomorrow. can you go in first thing?")
add(U, "spending return", "Electoral Commission return due tomorrow and Gwyn still hasnt sent the receipts")

c.write()
