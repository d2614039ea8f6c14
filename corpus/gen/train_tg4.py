"""train/tg4: short and messy mail -- queries and complaints (Tynebridge CLP, secretary Mark Dodds).

One- to five-line questions and gripes, phone-typed, often without greeting or sign-off.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tg4", seed=1704)


def add(label, subject, body, tags=(), sender=None, also=(), **kw):
    c.add(label, body=body, subject=subject, sender=sender, tags=("short",) + tuple(tags), also=also, **kw)


# ---------------------------------------------------------------- queries (40)
Q = "query"
add(Q, "", "when is the next branch meeting", ("noisy",))
add(Q, "what ward am i in", "NE6 postcode, moved in last month off Heworth Lane\n\nSent from my iPhone")
add(Q, "GC", "can i bring my son to GC? hes 16 and wants to join")
add(Q, "tonite?", "hi is the meeting still on tonite", ("noisy",))
add(Q, "membersnet", "How do i change my address on membersnet its not letting me save it")
add(Q, "access", "Is there step free access at Heworth community hall? Wheelchair user. Thanks, Moira",
    sender=c.person("Moira", "Campbell"))
add(Q, "", "want to help with leaflets. can do Benwell Rise. who do i talk to", ("noisy",))
add(Q, "dues", "how much is it for unwaged now")
add(Q, "AGM",
    "Hi Mark question mark when is the AGM and do I need to register or just turn up full stop thanks",
    ("noisy", "dictation"))
add(Q, "", "do u need anyone for the stall sat? free after 11", ("noisy",))
add(Q, "xmas social", "is the xmas social ticketed or just turn up?? \U0001F384")
add(Q, "apologies", "where do i send apologies for the GC, is it you or the chair?",
    ("confuser", "procedural-as-query"))
add(Q, "new member!!", "Hi! Just joined \U0001F389\U0001F389 what happens now?? do i get a welcome pack or something")
add(Q, "meeting",
    "Hello, I am member from 2 months. I want to know how I can come in meeting, is it only English? "
    "My English is not so good. Thank you, Giulia",
    ("non-native",), sender=c.person("Giulia", "Moretti"))
add(Q, "", "Can ordinary members observe the EC or is it officers only?")
add(Q, "URGENT", "what time does the count start next thursday? want to come and watch",
    ("confuser", "query-with-urgent"))
add(Q, "conference", "is there a creche at regional conference? 2 under 5s \U0001F605")
add(Q, "", "whos our womens officer now? need to ask her something. ta")
add(Q, "arrears??", "got a letter saying im in arrears?? i pay by direct debit. whats going on",
    ("noisy",), also=("complaint",))
add(Q, "boundary",
    "Can I be a member of Tynebridge CLP if I live just outside the boundary? I work in the town centre.\n\n"
    "Get Outlook for Android")
add(Q, "", "hiya are we allowed to put labour posters in a council flat window or will i get done")
add(Q, "parking", "where's the parking for the Felling Gate meeting")
add(Q, "zoom?", "is there a zoom link for people who cant make it in person tmrw")
add(Q, "", "Does the CLP have a BAME members forum? If not how would we set one up", also=("procedural",))
add(Q, "canvassing whatsapp", "how do i get on the canvassing whatsapp, my mate said ask you")
add(Q, "YL", "can young labour members vote at GC or just speak")
add(Q, "", "any lifts going to the regional conference from heworth? can chip in for petrol")
add(Q, "subs", "can i pay subs in cash at the meeting. dont do online banking")
add(Q, "motions deadline", "whens the deadline for motions for next GC?",
    ("confuser", "procedural-as-query"), also=("procedural",))
add(Q, "surgery", "Is the MPs surgery this friday or next", ("noisy",))
add(Q, "", "whats the password for the branch zoom again sorry!!")
add(Q, "COFFEE MORNING",
    "DEAR SIR CAN YOU TELL ME WHAT TIME THE COFFEE MORNING IS ON SATURDAY. I HAVE NOT GOT A COMPUTER MY "
    "GRANDSON IS SENDING THIS FOR ME. THANK YOU. MRS E JACKSON",
    ("noisy", "caps", "elderly"), sender=c.person("Connor", "Jackson"))
add(Q, "", "do we have any spare rosettes for the count")
add(Q, "joining", "my hubby wants to join too, is there a family rate or do we both pay full")
add(Q, "canvass sat",
    "Can I bring my dog to the canvass session lol. Shes very friendly and v good at doors \U0001F436")
add(Q, "summer fete",
    "Would the CLP want a stall at the Benwell Rise summer fete on the 12th? Who decides that kind of thing?")
add(Q, "", "is the branch meeting kid friendly? childcare nightmare this month")
add(Q, "Re: GC", "is it hybrid this month or in person only", ("noisy",))
add(Q, "councillor", "how do i stand as a councillor? seriously interested. no idea where to start")
add(Q, "minutes", "can u send me the minutes from last month pls, didnt get them", also=("procedural",))

# ---------------------------------------------------------------- complaints (35)
C = "complaint"
add(C, "", "3rd time ive emailed. no reply. is anyone actually there", ("ignored",))
add(C, "URGENT!!!!",
    "why was i not told the branch meeting had moved. turned up to a locked door in the rain. not good enough",
    ("confuser", "urgent-subject"))
add(C, "leaving", "im leaving the party. winter fuel was the last straw. dont bother ringing")
add(C, "GC", "why did the chair cut me off at GC. had my hand up for 20 mins",
    ("confuser", "complaint-as-query"))
add(C, "candidate",
    "Disgusted that our candidate was parachuted in from London. Who decided this and why were members not asked?",
    also=("query",))
add(C, "", "no leaflets on our street for 2 yrs and NOW you want my vote \U0001F644")
add(C, "welfare",
    "Can someone explain why we're backing the welfare cuts. I'd genuinely like to know because I can't defend it on the doorstep",
    ("confuser", "complaint-as-query"), also=("query",))
add(C, "minutes", "the minutes are wrong AGAIN. i never said that about the treasurer")
add(C, "phone bank",
    "the phone bank rang me 4 times this week. once is fine. 4 times is harassment.",
    ("confuser", "benign-violent-word"))
add(C, "councillor help",
    "I am very upset. I ask 3 times for help with my housing from councillor and nobody answer me. "
    "Is this how Labour treat the people who vote?",
    ("non-native", "ignored"), sender=c.person("Abdul", "Hassan"))
add(C, "AGM time", "why is the AGM on a weekday at 2pm. some of us work")
add(C, "Cllr Rowe",
    "The way Cllr Rowe spoke to me on my own doorstep was disgraceful. I want an apology in writing.")
add(C, "", "ward selection was a stitch up and everyone knows it", ("noisy",))
add(C, "emails", "you sent me 9 emails today. NINE.", ("confuser",))
add(C, "Gaza", "Gaza. Silence from this CLP. Shameful. Cancelling my membership.")
add(C, "my motion",
    "my motion was ruled out of order with no explanation whatsoever. i want to know why",
    ("confuser", "complaint-as-query"), also=("procedural",))
add(C, "membership card", "still waiting for my membership card. 4 months.")
add(C, "potholes",
    "the potholes on Elswick Moor Rd are a joke, 2 Labour councillors and nothing done. "
    "burst my tyre last week\n\nSent from Yahoo Mail for iPhone")
add(C, "bins", "bins not collected 3 weeks. what do our labour councillors actually DO")
add(C, "Why does nobody in this CLP ever reply to emails", "Sent from my iPhone", ("subject-only", "ignored"))
add(C, "GC heating",
    "The hall was freezing at GC and nobody had the key for the heating. Elderly members sat in coats for 2 hrs. Unacceptable.")
add(C, "", "was told i couldnt vote because my dues lapsed by 3 days. ridiculous")
add(C, "chair's email", "Very disappointed in the tone of the chair's email last night. Members deserve better.")
add(C, "my name", "youve spelled my name wrong on the nomination paper. twice now. its Siobhán with a fada",
    also=("procedural",), sender=c.person("Siobhan", "Murphy"))
add(C, "trans inclusion motion", "why was the trans inclusion motion not debated? it was on the agenda",
    ("confuser", "complaint-as-query"))
add(C, "branch sec",
    "the new branch sec is a bully. several of us are thinking of a formal complaint. wanted u to know first")
add(C, "ZOOM", "link didnt work AGAIN. thats 3 meetings ive been shut out of", ("noisy",))
add(C, "",
    "didnt join the party to be lectured on immigration by reform-lite nonsense from the top. sort it out")
add(C, "drive",
    "whoever parked across my drive at the canvass meet-up this morning. not on. I was late for work")
add(C, "venue",
    "Still no accessible venue. Ive asked since january. Its discrimination frankly.")
add(C, "canvasser",
    "My son was shouted at by one of your canvassers at the door on Saturday. He is 14. I want this looked into.")
add(C, "residents meeting", "REALLY poor that the councillor didnt turn up to the residents meeting. 60 people there")
add(C, "", "tired of being ignored as a disabled member. done.", ("ignored",))
add(C, "leaflet date", "youve put the wrong date on the leaflet. 300 of them. who checks these??")
add(C, "youth club",
    "Cllr O'Neill voted for the cuts to the youth club. I want to know why and I want it raised at GC",
    ("confuser", "complaint-as-query"), also=("query",))

c.write()
