"""train/tg3: short and messy mail -- hard negatives (Tynebridge CLP, secretary Mark Dodds).

Short angry mail, violent metaphors, ordinary violent words, news about threats to others.
Each was judged on its own: none of these threatens anyone, so none is safety.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "tg3", seed=1703)
HN = "hard-negative"


def add(label, subject, body, tags, sender=None, also=(), **kw):
    c.add(label, body=body, subject=subject, sender=sender, tags=("short", HN) + tuple(tags), also=also, **kw)


add("complaint", "winter fuel", "this will kill us in may. every pensioner on my street is furious",
    ("metaphor", "angry"), sender=c.person("Eileen", "Jackson"))

add("complaint", "", "youre dead to me as a party. cancelled the DD. 30 years.",
    ("metaphor", "angry"), sender=c.person("Derek", "Nowak"))

add("complaint", "print run??", "leaflets cost a bomb this time, who signed off the print run",
    ("benign-violent-word",), also=("query",), sender=c.person("Val", "Parker"))

add("other", "", "shoot me a text when ur back and we'll sort the rota for sat",
    ("benign-violent-word",), sender=c.person("Lewis", "Young"))

add("query", "GC venue",
    "this heat is killing me. can we move the GC somewhere with windows that actually open?",
    ("benign-violent-word",), sender=c.person("Sharon", "Morris"))

add("complaint", "two child cap",
    "ABSOLUTE POLITICAL SUICIDE the way the two child cap vote was handled. whoever advised the leadership needs sacking",
    ("metaphor", "angry"), sender=c.person("Tony", "Allen"))

add("other", "", "we're going to crush them in Felling Gate, 3 new canvassers signed up tonight \U0001F4AA",
    ("metaphor",), sender=c.person("Kate", "Robinson"))

add("other", "hustings", "knock em dead tonight Dev!!! x", ("benign-violent-word",),
    sender=c.person("Jacqueline", "Mitchell"))

add("complaint", "Selection",
    "You'll be hearing from my solicitor about the way I was treated at the selection meeting.\n\nP. Ogden",
    ("legal-threat", "angry"), sender=("Philip Ogden", "p.ogden@btinternet.com"))

add("complaint", "thursday", "I will be at the GC on thursday to have my say and I wont be shouted down this time.",
    ("angry",), sender=c.person("Barbara", "Carter"))

add("complaint", "care home",
    "the council has blood on its hands over the Ashgrove care home closure. shameful. utterly shameful",
    ("metaphor", "angry"), sender=c.person("Moira", "Stewart"))

add("other", "fire alarm test",
    "Fire alarm test at the office weds 10am, dont panic if it goes off. Alarm man says it takes 20 mins",
    ("benign-violent-word",), sender=c.person("Colin", "McKenzie"))

add("other", "worth a read before the AGM",
    "thought this worth reading before the AGM, given everything\n\n"
    "\"MPs report sharp rise in threats and abuse, survey finds - more than half say they have changed how they "
    "travel to surgeries...\"\nhttps://www.examplenews.co.uk/politics/mps-threats-survey",
    ("news-about-threats",), sender=c.person("Ruth", "Griffiths"))

add("other", "", "Lib Dems think theyve got Heworth Lane sewn up. watch this space \U0001F609",
    ("metaphor",), sender=c.person("Neil", "Owen"))

add("query", "", "target seats list for the region is out, are we on it?", ("benign-violent-word",),
    sender=c.person("Rebecca", "Shah"))

add("other", "sat", "whos up for hitting the doors sat? 10am at the clock, bring a brolly",
    ("benign-violent-word",), sender=c.person("Callum", "Reid"))

add("complaint", "my mum",
    "ill make sure everyone in the ward knows how you lot treated my mum. every single person",
    ("angry",), sender=c.person("Leanne", "Walker"))

add("other", "hospital march", "fight like hell for the hospital. count me in for the march \u270a",
    ("metaphor",), sender=c.person("Bev", "Gallagher"))

add("other", "", "I could murder a cuppa after that GC \U0001F602 3 hours!!",
    ("benign-violent-word",), sender=c.person("Linda", "Thomas"))

add("complaint", "boundary review", "the new boundary review absolutely butchers our ward. who agreed to this",
    ("metaphor", "angry"), sender=c.person("Rhys", "Jones"))

add("query", "candidate safety",
    "Can we talk about a safety briefing for our candidates before the campaign starts? Regional sent round "
    "something on personal security, not sure anyone read it",
    ("news-about-threats",), sender=c.person("Nicola", "Edwards"))

add("complaint", "", "the two child cap is killing families round here and you lot voted to keep it. disgusted",
    ("metaphor", "angry"), sender=c.person("Sinead", "Murray"))

add("complaint", "the decision",
    "This decision will be the death of the party in the north east. Mark my words.",
    ("metaphor",), sender=c.person("Kevin", "Dixon"))

add("complaint", "resigning",
    "I'm not threatening anyone before you start but I'm done. Resigning my membership today.",
    ("angry",), sender=c.person("Pat", "Hughes"))

add("other", "printer", "Bloody hell Mark the printer has died AGAIN. ive given it a good kick and nothing",
    ("benign-violent-word",), sender=c.person("Joanne", "Bailey"))

add("complaint", "HIGH STREET",
    "THE HIGH STREET IS DYING AND OUR LABOUR COUNCIL ARE HOLDING THE KNIFE",
    ("metaphor", "angry"), sender=c.person("Gary", "Clarke"))

add("other", "branch session idea",
    "Does anyone else think we spend too little time on online abuse of women councillors? Could we do a branch "
    "session on it, maybe get someone from regional in",
    ("news-about-threats",), also=("procedural",), sender=c.person("Fatima", "Khan"))

add("complaint", "", "stab in the back. thats what the whip removal is. stab in the back",
    ("metaphor", "angry"), sender=c.person("Steve", "Lewis"))

add("urgent", "BBC Radio Tyne - response needed by 4pm",
    "Mark - Radio Tyne are doing a piece on the attack on the Tory councillor's office last night and want a Labour "
    "line on abuse of politicians. Deadline 4pm today. Can you or the chair do 2 mins?\n\nSent from my iPhone",
    ("news-about-threats",), sender=c.person("Olu", "Adeyemi"))

add("query", "poster", "my landlord is going to kill me if the labour poster stays in the window lol. can someone collect it",
    ("benign-violent-word",), sender=c.person("Chris", "Phillips"))

add("complaint", "by-election",
    "we got slaughtered in the by-election and nobody's even putting it on the GC agenda??",
    ("metaphor", "angry"), also=("procedural",), sender=c.person("Andrew", "Cooper"))

add("complaint", "", "You people make me sick. Sick. Thirty years I campaigned for you.",
    ("angry",), sender=c.person("Margaret", "Wilson"))

add("complaint", "cuts", "the cuts will hit disabled people hardest and the cllrs should be ashamed",
    ("metaphor",), sender=c.person("Joseph", "Rose"))

add("other", "", "sorry missed ur call, was at the firing range with the cadets haha. whats up?",
    ("benign-violent-word",), sender=c.person("Ryan", "Baker"))

add("complaint", "candidate", "id rather die than vote for that candidate. just so you know.",
    ("metaphor", "angry"), sender=c.person("Sandra", "Kelly"))

add("procedural", "Gaza motion for GC",
    "the bombing of civilians has to be condemned by this CLP full stop. my draft motion attached, "
    "Jean has agreed to second",
    ("benign-violent-word",), sender=c.person("Hamza", "Rahman"))

add("other", "Candidate safety - reminder",
    "Dear CLP Secretaries,\n\nPlease ensure all candidates have completed the personal safety webinar before "
    "nominations close. Any threats or abuse should be reported to the police and to the regional office.\n\n"
    "Regional Organiser, Labour North",
    ("news-about-threats",), also=("procedural",), sender=("Labour North", "north.region@labour-example.org.uk"))

add("complaint", "Cllr Gill",
    "Please tell Cllr Gill she's finished. Absolutely finished. Nobody in Benwell Rise will vote for her again",
    ("metaphor", "angry"), sender=c.person("Tracey", "Wright"))

add("other", "quiz", "we're going to batter them at the pub quiz fri \U0001F602 Labour Lions reunited",
    ("benign-violent-word",), sender=c.person("Emma", "Anderson"))

add("complaint", "", "this planning decision is an absolute car crash. who voted for it",
    ("metaphor",), sender=c.person("Brian", "Marshall"))

add("complaint", "RE: your complaint",
    c.quote_reply("I'll be waiting for a proper answer.",
                  "Thank you for your email. Your concerns have been passed to the chair.\n\nMark Dodds\nSecretary",
                  quoted_from="Mark Dodds <tynebridgeclp.secretary@gmail.com>", style="gmail"),
    ("angry",), sender=c.person("Pauline", "Moore"))

add("complaint", "RIP", "RIP Labour. 1900-2026. \u26b0\ufe0f", ("metaphor",), sender=c.person("Alan", "Taylor"))

add("other", "", "happy to take a bullet for the team and chair the hustings lol. just tell me when",
    ("benign-violent-word",), sender=c.person("Deepak", "Sharma"))

add("complaint", "library",
    "if the council close the library there will be a war. a war of letters, petitions and ballot papers. "
    "they have no idea what's coming",
    ("metaphor",), sender=c.person("Janet", "Foster"))

add("complaint", "selection", "if this selection goes ahead im out. and ill take half the branch with me",
    ("angry",), sender=c.person("Mandy", "Collins"))

add("other", "", "canvass team got absolutely hammered by the rain sat. 40 doors though!! \u2614",
    ("benign-violent-word",), sender=c.person("Sophie", "Evans"))

add("complaint", "bin cuts",
    "councillors who voted for the bin cuts should be strung up - politically I mean. deselect the lot of them",
    ("metaphor", "angry"), sender=c.person("Peter", "Harris"))

add("query", "trigger ballot", "trigger ballot - when do branches get the paperwork?",
    ("benign-violent-word",), also=("procedural",), sender=c.person("Siobhan", "Ward"))

add("bulk", "Mandy Price commented on a post you shared",
    "Mandy Price commented on a post you shared.\n\nMandy Price: \"this policy is murdering the high street \U0001F621\"\n\n"
    "Reply  Like\n\nFacebook\nThis message was sent to tynebridgeclp.secretary@gmail.com.",
    ("metaphor", "confuser", "robot-no-list-headers"), sender=("Facebook", "notification@facebookmail.com"))

add("query", "",
    "news says the Tory candidate in Elswick Moor had a brick through her window last night. horrible. "
    "should we send something in solidarity?",
    ("news-about-threats",), also=("other",), sender=c.person("Wendy", "Gill"))

add("complaint", "surgery", "the MPs surgery is a joke. ill keep turning up every week until someone listens",
    ("angry",), sender=c.person("Dylan", "Mahmood"))

add("complaint", "", "ur gonna get absolutely destroyed in the ward selection, just saying, members are sick of u",
    ("metaphor", "angry"), sender=c.person("Zainab", "Hussain"))

add("complaint", "my amendment", "LOL youd think someone had died the way the chair reacted to my amendment",
    ("benign-violent-word",), sender=c.person("Simon", "Kaur"))

add("procedural", "apols", "my kids will kill me if i miss parents evening so apologies for tonight",
    ("benign-violent-word",), sender=c.person("Grace", "Lloyd"))

add("query", "the MP",
    "Is it true someone threw eggs at the MP in Castle Square? hope she's ok. does she need people with her at surgeries?",
    ("news-about-threats",), sender=c.person("Hassan", "Patel"))

add("other", "", "cheers for sorting the knife crime forum speaker, great turnout",
    ("benign-violent-word",), sender=c.person("Kofi", "Appiah"))

add("complaint", "the vote",
    "You lot are going to get what's coming to you at the ballot box. Don't say nobody warned you",
    ("metaphor", "angry"), sender=c.person("Stephen", "Bell"))

add("other", "", "im going to blow up the group chat tonight about the budget meeting, be warned \U0001F602",
    ("benign-violent-word",), sender=c.person("Laura", "Watson"))

add("other", "", "shot myself in the foot volunteering for treasurer didnt i \U0001F648",
    ("benign-violent-word",), sender=c.person("Ian", "Chaudhry"))

add("other", "last night",
    "hustings was a massacre. our Jess wiped the floor with the Reform bloke, he didnt know where to look \U0001F923",
    ("metaphor",), sender=c.person("Val", "Okoro"))

c.write()
